// What the runner gathers from the screen while it runs: the index of importers and the test
// modules outside the run, the same in whatever order the screen's chunks come back.
import { describe, expect, it } from 'vitest';
import { rng } from './fuzz/generator.js';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ScreenedFacts } from '../src/runner/screened.js';
import { moduleBasename } from '../src/runner/project.js';

type Screened = { path: string; importWords?: string; deferred?: boolean; doubles?: string[]; patches?: string[] };

/** The index as the runner built it after the screen, in one pass over the files in order per hop (the reference). */
function reference(screened: Screened[], deferred: string[]) {
  const words = screened.map((r) => r.importWords?.split(' ') ?? []);
  const importers: Record<string, string[]> = {};
  let frontier = new Set(deferred.map(moduleBasename));
  for (let hop = 0; hop < 2 && frontier.size; hop++) {
    for (const w of frontier) importers[w] = [];
    const next = new Set<string>();
    for (let i = 0; i < screened.length; i++) {
      for (const w of words[i]) {
        if (!frontier.has(w)) continue;
        importers[w].push(screened[i].path);
        const b = moduleBasename(screened[i].path);
        if (!Object.hasOwn(importers, b)) next.add(b);
      }
    }
    if (hop > 0) for (const w of frontier) if (importers[w].length > 8) delete importers[w];
    frontier = next;
  }
  const doubles: Record<string, string[]> = {};
  for (const r of screened) for (const attr of r.doubles ?? []) (doubles[attr] ??= []).push(r.path);
  const callbacks: Record<string, string[]> = {};
  for (const r of screened) for (const p of r.patches ?? []) if (p.startsWith('callback:')) (callbacks[p.slice(9)] ??= []).push(r.path);
  return { importers, doubles, callbacks, roots: [] as string[] };
}

describe('ScreenedFacts', () => {
  it('builds the index of importers the one-pass build gives, key order and list order too, from screens added in any order', () => {
    const next = rng(5);
    const names = ['util', 'server', 'client', 'relay', 'conn', 'helpers', 'base', 'main', 'x', 'y', 'os', 'socket'];
    for (let round = 0; round < 300; round++) {
      const count = 1 + Math.floor(next() * 40);
      const screened: Screened[] = [];
      for (let i = 0; i < count; i++) {
        const name = names[Math.floor(next() * names.length)];
        const file = next() < 0.2 ? `/p/pkg${i}/${name}/__init__.py` : `/p/d${i}/${name}.py`;
        const words = [...new Set(Array.from({ length: Math.floor(next() * 5) }, () => names[Math.floor(next() * names.length)]))];
        screened.push({ path: file, ...(words.length ? { importWords: words.join(' ') } : {}), deferred: next() < 0.2, ...(next() < 0.1 ? { doubles: ['sock'] } : {}), ...(next() < 0.1 ? { patches: ['pkg.client', 'callback:handle_accepted'] } : {}) });
      }
      const deferred = screened.filter((r) => r.deferred).map((r) => r.path);
      const gathered = new ScreenedFacts(screened.map((r) => r.path), []);
      // Chunks of a few files, back in a shuffled order; some files came from the cache
      const order = screened.map((_, i) => i).sort(() => next() - 0.5);
      for (const i of order) if (next() < 0.8) gathered.add(i, screened[i]);
      else gathered.addKept(i, screened[i]);
      expect(JSON.stringify(gathered.importers(screened, deferred))).toBe(JSON.stringify(reference(screened, deferred)));
    }
  });

  it('finds the test modules of the projects outside the run, in the order of the analysed files, and leaves out those in the run', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pysockfix-screened-'));
    try {
      const file = (rel: string) => {
        const full = path.join(dir, rel);
        mkdirSync(path.dirname(full), { recursive: true });
        writeFileSync(full, '');
        return full;
      };
      file('one/pyproject.toml');
      file('two/setup.py');
      const a = file('one/src/a.py');
      const b = file('two/lib/b.py');
      file('one/tests/test_a.py');
      file('two/tests/test_b.py');
      file('two/conftest.py');
      const c = file('two/tests/test_c.py');
      const run = [b, a, c];
      const gathered = new ScreenedFacts(run, [path.join(dir, 'one', 'src'), path.join(dir, 'two', 'lib')]);
      // a.py's chunk comes back first; b.py is first in the run (two/ first, each project's tests in its walk's order)
      gathered.add(1, { path: a, deferred: true });
      gathered.add(2, { path: c });
      gathered.add(0, { path: b, deferred: true });
      expect(gathered.testsOutside().map((f) => path.relative(dir, f))).toEqual(['two/conftest.py', 'two/tests/test_b.py', 'one/tests/test_a.py']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
