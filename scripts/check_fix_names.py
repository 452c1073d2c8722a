#!/usr/bin/env python3
"""Check, with Python's own symtable and ast, that every name a pysockfix fix
inserted is bound to the socket module (or the right member of it) in the
scope where it is used.

Usage: check_fix_names.py ORIGINAL_DIR FIXED_DIR FILE...   (FILE relative to both dirs)
Prints one line per problem and a summary line; exits 1 if any name is wrong.
"""
import ast
import difflib
import socket as socket_module
import io
import sys
import symtable
import tokenize

SOCKET_MODULES = {"socket", "_socket"}
# The member each written name must stand for: X.SHUT_RDWR needs X = the module.
MEMBER_NAMES = {"SHUT_RDWR": "SHUT_RDWR", "socket_error": "error", "error": "error"}


def read(path):
    with open(path, "rb") as f:
        data = f.read()
    enc, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    return data.decode(enc)


def inserted_lines(before, after):
    a, b = before.splitlines(), after.splitlines()
    out = set()
    for tag, _i1, _i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag in ("insert", "replace"):
            out.update(range(j1 + 1, j2 + 1))
    return out


class Scopes(ast.NodeVisitor):
    """Every function/class/lambda/comprehension node with its parent scope node."""

    def __init__(self):
        self.parent = {}
        self.stack = [None]

    def generic_visit(self, node):
        scoped = isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp))
        if scoped:
            self.parent[node] = self.stack[-1]
            self.stack.append(node)
        super().generic_visit(node)
        if scoped:
            self.stack.pop()


def own_statements(scope_node, tree):
    """Nodes that bind in this scope: everything below it except nested scopes' bodies."""
    root = tree if scope_node is None else scope_node
    out = []
    todo = list(ast.iter_child_nodes(root))
    while todo:
        n = todo.pop()
        out.append(n)
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue  # its name binds here; its body does not
        if isinstance(n, (ast.Lambda, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            continue
        todo.extend(ast.iter_child_nodes(n))
    return out


def bindings_of(name, scope_node, tree):
    """What binds `name` in a scope: ('import', module, member) tuples or ('other', kind)."""
    found = []
    for n in own_statements(scope_node, tree):
        if isinstance(n, ast.Import):
            for a in n.names:
                if (a.asname or a.name.split(".")[0]) == name:
                    found.append(("import", a.name if a.asname else a.name.split(".")[0], None))
        elif isinstance(n, ast.ImportFrom):
            for a in n.names:
                if a.name == "*":
                    # A star import binds public names only, and a socket module's star only its own names.
                    if name.startswith("_") or (n.module in SOCKET_MODULES and not hasattr(socket_module, name)):
                        continue
                    found.append(("import", n.module, "*"))
                elif (a.asname or a.name) == name:
                    found.append(("import", n.module, a.name))
        elif isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and n.name == name:
            found.append(("other", "def"))
        elif isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, (ast.Store, ast.Del)):
            found.append(("other", "assignment"))
        elif isinstance(n, ast.ExceptHandler) and n.name == name:
            found.append(("other", "except"))
        elif isinstance(n, ast.arg) and n.arg == name:
            found.append(("other", "parameter"))
        elif isinstance(n, (ast.MatchAs, ast.MatchStar)) and getattr(n, "name", None) == name:
            found.append(("other", "pattern"))
    if scope_node is None:
        # `global name` in a function rebinds the module's name
        for fn in ast.walk(tree):
            if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                if any(isinstance(s, ast.Global) and name in s.names for s in ast.walk(fn)):
                    if any(isinstance(s, ast.Name) and s.id == name and isinstance(s.ctx, ast.Store) for s in ast.walk(fn)):
                        found.append(("other", "global assignment"))
    return found


def symtable_for(table, node):
    """The symtable of an ast scope node (matched by kind and line)."""
    if node is None:
        return table
    want = node.lineno
    todo = [table]
    while todo:
        t = todo.pop()
        if t.get_lineno() == want and t.get_type() in ("function", "class") and (not hasattr(node, "name") or t.get_name() == node.name):
            return t
        todo.extend(t.get_children())
    return None


def resolve(name, use_scope, scopes, table, tree):
    """(scope node holding the binding or 'module' or 'builtin', bindings) by Python's rules."""
    node = use_scope
    first = True
    while node is not None:
        if isinstance(node, ast.ClassDef) and not first:
            node = scopes.parent.get(node)
            continue
        first = False
        st = symtable_for(table, node)
        if st is not None:
            try:
                sym = st.lookup(name)
            except KeyError:
                sym = None
            if sym is not None:
                if sym.is_global() or sym.is_declared_global():
                    break
                if sym.is_local() or (isinstance(node, ast.ClassDef) and sym.is_assigned()):
                    return node, bindings_of(name, node, tree)
        node = scopes.parent.get(node)
    module = bindings_of(name, None, tree)
    return ("module", module) if module else ("builtin", [])


def check_use(name, member, line, scope, scopes, table, tree):
    where, binds = resolve(name, scope, scopes, table, tree)
    if member == "OSError":
        return None if where == "builtin" else f"OSError is rebound ({binds})"
    if not binds:
        return f"{name} is not bound"
    for b in binds:
        if b[0] != "import":
            return f"{name} is also bound by {b[1]}"
        module, imported = b[1], b[2]
        if member is None:
            if imported is not None or module not in SOCKET_MODULES:
                return f"{name} is {module}.{imported}, not the socket module"
        elif module not in SOCKET_MODULES or imported not in (member, "*"):
            return f"{name} is {module}.{imported}, not socket.{member}"
    return None


def names_on_line(tree, line):
    """(name, member) pairs the fix writes: X.SHUT_RDWR / X.error -> (X, None); SHUT_RDWR -> (SHUT_RDWR, member)."""
    out = []
    for n in ast.walk(tree):
        if getattr(n, "lineno", None) != line:
            continue
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "shutdown":
            for arg in n.args:
                if isinstance(arg, ast.Attribute) and isinstance(arg.value, ast.Name) and arg.attr == "SHUT_RDWR":
                    out.append((arg.value.id, None))
                elif isinstance(arg, ast.Name):
                    out.append((arg.id, MEMBER_NAMES.get(arg.id, arg.id)))
        if isinstance(n, ast.ExceptHandler) and n.type is not None:
            t = n.type
            if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.attr == "error":
                out.append((t.value.id, None))
            elif isinstance(t, ast.Name):
                out.append((t.id, "OSError" if t.id == "OSError" else MEMBER_NAMES.get(t.id, t.id)))
    return out


def innermost_scope(scopes, line):
    best = None
    for node in scopes.parent:
        end = getattr(node, "end_lineno", node.lineno)
        if node.lineno <= line <= end and (best is None or node.lineno >= best.lineno):
            best = node
    return best


def main():
    orig_dir, fixed_dir, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    problems, checked, unparsed = [], 0, 0
    for rel in files:
        before, after = read(f"{orig_dir}/{rel}"), read(f"{fixed_dir}/{rel}")
        try:
            tree = ast.parse(after)
            table = symtable.symtable(after, rel, "exec")
        except SyntaxError:
            unparsed += 1
            continue
        scopes = Scopes()
        scopes.visit(tree)
        for line in sorted(inserted_lines(before, after)):
            for name, member in names_on_line(tree, line):
                checked += 1
                scope = innermost_scope(scopes, line)
                err = check_use(name, member, line, scope, scopes, table, tree)
                if err:
                    problems.append(f"{rel}:{line}: {err}")
    for p in problems:
        print(p)
    print(f"checked {checked} inserted names in {len(files)} files ({unparsed} not Python 3), {len(problems)} wrong")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
