// The published library types compile on their own: a TypeScript project
// without skipLibCheck (and with no ambient @types) that imports pysockfix
// type-checks. The package is packed as npm would publish it, and unpacked
// beside its declared dependencies.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

describe('published types', () => {
  it('compile in a strict project without skipLibCheck', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pysockfix-types-'));
    const pack = spawnSync('npm', ['pack', '--pack-destination', dir, '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    expect(pack.status, pack.stderr).toBe(0);
    const tarball = path.join(dir, pack.stdout.trim().split('\n').pop()!);
    const modules = path.join(dir, 'node_modules');
    mkdirSync(path.join(modules, 'pysockfix'), { recursive: true });
    expect(spawnSync('tar', ['-xzf', tarball, '-C', path.join(modules, 'pysockfix'), '--strip-components', '1']).status).toBe(0);
    // Only what the package declares it depends on is there to resolve.
    const deps = Object.keys(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).dependencies);
    for (const dep of deps) {
      mkdirSync(path.dirname(path.join(modules, dep)), { recursive: true });
      symlinkSync(path.join(ROOT, 'node_modules', dep), path.join(modules, dep));
    }
    writeFileSync(path.join(dir, 'package.json'), '{ "name": "user", "type": "module" }\n');
    writeFileSync(
      path.join(dir, 'main.ts'),
      "import { initParser, lintSource, RULES, type Finding, type LintOptions } from 'pysockfix';\n" +
        'await initParser();\n' +
        "const options: LintOptions = { unsafeFixes: true };\n" +
        "const found: Finding[] = lintSource('import socket\\n', options).findings;\n" +
        'console.log(RULES.length, found.length);\n',
    );
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, types: [] },
        files: ['main.ts'],
      }),
    );
    const tsc = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  }, 120_000);
});
