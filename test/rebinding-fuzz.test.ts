// Random functions that bind one name to one socket after another (new sockets, wrap_socket() of the
// same one, an alias that listens, `with socket() as s:`, and `if` and `for` blocks around any of it),
// checked against a model of which sockets the name may hold at each close: a close of a socket that
// may have listened gets no fix of either kind. (order.ts bindingStretch() judges a rebound name by
// the calls made while it holds the closed socket; its first version fixed a wrapped listener.)
import { beforeAll, describe, expect, it } from 'vitest';
import { initParser, lintSource } from '../src/index.js';

type Kind = 'fresh' | 'connected' | 'wrap' | 'alias' | 'aliasListen' | 'bind' | 'listen' | 'connect' | 'with' | 'close';

const TEXT: Record<Kind, string> = {
  fresh: 's = socket.socket()',
  connected: 's = socket.create_connection(addr)',
  wrap: 's = ctx.wrap_socket(s, server_side=True)',
  alias: 't = s',
  aliasListen: 't.listen(5)',
  bind: 's.bind(addr)',
  listen: 's.listen(5)',
  connect: 's.connect(addr)',
  with: 'with socket.socket() as s:',
  close: 's.close()',
};

/** mulberry32: a seeded generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(r: () => number): Kind {
  const k = r();
  if (k < 0.15) return 'fresh';
  if (k < 0.25) return 'connected';
  if (k < 0.31) return 'wrap';
  if (k < 0.36) return 'alias';
  if (k < 0.4) return 'aliasListen';
  if (k < 0.48) return 'bind';
  if (k < 0.6) return 'listen';
  if (k < 0.68) return 'connect';
  if (k < 0.72) return 'with';
  return 'close';
}

/** A module of 30 functions, and for each close's line whether the socket it closes may have listened. */
function program(seed: number): { text: string; listened: Map<number, boolean> } {
  const r = random(seed);
  const lines = ['import socket', '', ''];
  const listened = new Map<number, boolean>();
  const emit = (s: string) => lines.push(s);
  for (let fn = 0; fn < 30; fn++) {
    emit(`def f${fn}(addr, ctx):`);
    emit('    s = socket.socket()');
    // The model: each socket made is an object; a name holds a set of the objects it may hold.
    const heard: boolean[] = [false];
    let s = new Set([0]);
    let t = new Set<number>();
    const make = () => heard.push(false) - 1;
    const step = (kind: Kind, line: number, extra: Set<number>) => {
      if (kind === 'fresh' || kind === 'connected' || kind === 'with') s = new Set([make()]);
      else if (kind === 'alias') t = new Set(s);
      else if (kind === 'aliasListen') for (const o of t) heard[o] = true;
      else if (kind === 'listen') for (const o of s) heard[o] = true;
      else if (kind === 'close') listened.set(line, (listened.get(line) ?? false) || [...s, ...extra].some((o) => heard[o]));
    };
    const count = 4 + Math.floor(r() * 9);
    for (let i = 0; i < count; i++) {
      const b = r();
      if (b < 0.2) {
        const loop = b >= 0.12;
        emit(loop ? '    for _ in addr:' : '    if addr:');
        const body: [Kind, number][] = [];
        for (let j = 1 + Math.floor(r() * 3); j > 0; j--) {
          const kind = pick(r);
          emit(`        ${TEXT[kind]}`);
          body.push([kind, lines.length]);
          if (kind === 'with') emit("            s.sendall(b'x')");
        }
        // A loop's body runs again after itself: two rounds (and a third to settle what they made), or not at all
        const before = new Set(s);
        const beforeT = new Set(t);
        // (what the name held before the loop may reach a close in it, until the body binds the name to a new socket:
        // a close after `s = socket.create_connection(addr)` in the body closes that connection, every round)
        for (let round = 0; round < (loop ? 3 : 1); round++) {
          let carried = loop ? before : new Set<number>();
          for (const [kind, line] of body) {
            if (kind === 'fresh' || kind === 'connected' || kind === 'with') carried = new Set();
            step(kind, line, carried);
          }
        }
        s = new Set([...before, ...s]);
        t = new Set([...beforeT, ...t]);
      } else {
        const kind = pick(r);
        emit(`    ${TEXT[kind]}`);
        step(kind, lines.length, new Set());
        if (kind === 'with') emit("        s.sendall(b'x')");
      }
    }
    emit('');
    emit('');
  }
  return { text: `${lines.join('\n')}\n`, listened };
}

describe('a rebound name, on random functions', () => {
  beforeAll(async () => {
    await initParser();
  });

  it('never gives a fix to a close of a socket that may have listened', () => {
    let closes = 0;
    let fixed = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const { text, listened } = program(seed);
      const result = lintSource(text, { select: ['SOCK001'] });
      expect(result.errors).toEqual([]);
      for (const f of result.findings) {
        const may = listened.get(f.location.line);
        expect(may, `seed ${seed}, line ${f.location.line}: not a close the model made`).not.toBeUndefined();
        closes++;
        if (f.outcome === 'fix-safe' || f.outcome === 'fix-unsafe') {
          fixed++;
          expect(may, `seed ${seed}, line ${f.location.line}: ${f.outcome} for a socket that may have listened\n${text}`).toBe(false);
        }
      }
    }
    // The check means something only if most closes are judged and many are fixed
    expect(closes).toBeGreaterThan(500);
    expect(fixed).toBeGreaterThan(100);
  });
});
