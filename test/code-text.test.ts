// The prefilters read the code without its comments and string contents
// (src/code-text.ts). Blanking must keep offsets and lines, blank only what
// Python reads as a comment or a string's contents, and give the text back
// unchanged wherever it cannot be sure where a string ends.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeText } from '../src/code-text.js';

const blanked = (s: string) => s.replace(/[^\n]/g, ' ');

describe('codeText', () => {
  it('blanks comments and string contents, keeping quotes, offsets and lines', () => {
    const src = 'x = "sock.close()"  # sock.close()\ny = \'socket\'\n';
    const out = codeText(src);
    expect(out.length).toBe(src.length);
    expect(out).toBe(`x = "${blanked('sock.close()')}"  ${blanked('# sock.close()')}\ny = '${blanked('socket')}'\n`);
  });

  it('blanks triple-quoted strings over lines, and keeps their newlines', () => {
    const src = 'def f():\n    """Uses socket.socket().\n\n    sock.close()\n    """\n    return 1\n';
    const out = codeText(src);
    expect(out.split('\n').length).toBe(src.split('\n').length);
    expect(out).not.toContain('socket');
    expect(out).toContain('return 1');
  });

  it('knows escapes: a quote after a backslash does not end the string', () => {
    expect(codeText('a = "x\\"sock.close()"\nsock.close()\n')).toBe(`a = "${blanked('x\\"sock.close()')}"\nsock.close()\n`);
    expect(codeText("a = r'\\'' ; sock.close()\n")).toBe("a = r'  ' ; sock.close()\n");
  });

  it('continues a string over a backslash and a line end (\\n or \\r\\n)', () => {
    expect(codeText('a = "one \\\nsocket"\nb = 1\n')).not.toContain('socket');
    expect(codeText('a = "one \\\r\nsocket"\r\nb = 1\r\n')).not.toContain('socket');
  });

  it('ends a comment at a lone \\r (Python accepts \\r line endings)', () => {
    expect(codeText('# c\rsock.close()\r')).toBe('   \rsock.close()\r');
  });

  it('keeps f-strings whole: their replacement fields are code', () => {
    const src = 'x = f"{sock.close()} and {d["k"]} {{socket}}"\ny = "socket"\n';
    const out = codeText(src);
    expect(out.startsWith('x = f"{sock.close()} and {d["k"]} {{socket}}"\n')).toBe(true);
    expect(out.endsWith(`y = "${blanked('socket')}"\n`)).toBe(true);
    expect(codeText("x = rf'''{a}\n''' + 'socket'\n")).toBe("x = rf'''{a}\n''' + '      '\n");
  });

  it('handles string prefixes, and keeps Python 2 backticks (code)', () => {
    expect(codeText("a = b'socket' + u'socket' + Rb'socket' + br'socket'\n")).not.toContain('socket');
    expect(codeText('x = `sock.close()`\n')).toBe('x = `sock.close()`\n');
  });

  it('gives the text back unchanged where it cannot be sure', () => {
    for (const src of [
      'x = "unterminated\nsock.close()\n', // a single-quoted string that runs into a line end
      'x = """never closed\nsock.close()\n',
      'print"socket"\n', // Python 2: a word runs into the quote
      "x = f'{a'\n",
    ]) {
      expect(codeText(src)).toBe(src);
    }
  });

  it('agrees with Python\'s tokenize on what is a comment or a string, on tricky input', () => {
    const cases = [
      'a = "x" # c "not a string"\nb = \'#not a comment\'\n',
      'a = """x "" \' \\""" y"""\nb = 2\n',
      "a = '''x\n#y\n''' # z\n",
      'a = f"{x!r:>{w}}" + "s"  # t\n',
      'a = (1,  # c\n     "s")\n',
      'a = 1 \\\n    + 2  # c\n',
    ];
    const dir = mkdtempSync(path.join(tmpdir(), 'pysockfix-codetext-'));
    const script = path.join(dir, 'tok.py');
    writeFileSync(
      script,
      [
        'import io, json, sys, tokenize',
        'src = sys.stdin.read()',
        'lines = src.splitlines(True)',
        'starts = [0]',
        'for l in lines: starts.append(starts[-1] + len(l))',
        'out = []',
        'for t in tokenize.generate_tokens(io.StringIO(src).readline):',
        '    if t.type in (tokenize.COMMENT, tokenize.STRING):',
        '        a = starts[t.start[0] - 1] + t.start[1]; b = starts[t.end[0] - 1] + t.end[1]',
        '        out.append([a, b, t.type == tokenize.COMMENT])',
        'print(json.dumps(out))',
      ].join('\n'),
    );
    for (const src of cases) {
      const r = spawnSync('python3', [script], { input: src, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const tokens = JSON.parse(r.stdout) as [number, number, boolean][];
      const out = codeText(src);
      // Outside comments and strings the text is unchanged; inside, only spaces and newlines differ.
      let expected = '';
      let at = 0;
      for (const [a, b, comment] of tokens) {
        expected += src.slice(at, a);
        const tok = src.slice(a, b);
        if (comment) expected += blanked(tok);
        else {
          const m = /^([A-Za-z]*)('''|"""|'|")/.exec(tok)!;
          const q = m[2].length;
          const body = tok.slice(m[0].length, tok.length - q);
          expected += /f/i.test(m[1]) ? tok : m[0] + blanked(body) + tok.slice(tok.length - q);
        }
        at = b;
      }
      expected += src.slice(at);
      expect(out).toBe(expected);
    }
  });
});
