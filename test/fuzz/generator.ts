// A seeded generator of hostile Python sources for the fuzzer: real files
// (fixtures and windows of the CPython standard library) put through random
// mutations at the byte level.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rand, n: number) => Math.floor(r() * n);

/** Seed sources: every fixture, and socket-heavy standard library files cut into windows of whole lines. */
export function loadSeeds(root: string, stdlibLimit = 120): Buffer[] {
  const seeds: Buffer[] = [];
  const fixtures = path.join(root, 'fixtures');
  for (const code of readdirSync(fixtures)) {
    for (const f of readdirSync(path.join(fixtures, code))) if (f.endsWith('.py')) seeds.push(readFileSync(path.join(fixtures, code, f)));
  }
  const stdlib = spawnSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).stdout.trim();
  const names = ['socket.py', 'socketserver.py', 'ftplib.py', 'smtplib.py', 'http/client.py', 'asyncio/base_events.py', 'asyncio/selector_events.py',
    'logging/handlers.py', 'nntplib.py', 'telnetlib.py', 'imaplib.py', 'poplib.py', 'test/test_socket.py', 'test/test_ssl.py',
    'test/test_socketserver.py', 'multiprocessing/connection.py', 'urllib/request.py', 'ssl.py', 'selectors.py', 'asyncore.py'];
  for (const name of names) {
    let text: Buffer;
    try {
      text = readFileSync(path.join(stdlib, name));
    } catch {
      continue;
    }
    const lines = text.toString('latin1').split('\n');
    for (let start = 0; start < lines.length && seeds.length < stdlibLimit + 200; start += 150) {
      seeds.push(Buffer.from(lines.slice(start, start + 200).join('\n'), 'latin1'));
    }
  }
  return seeds;
}

const CLOSES = ['sock.close()', 'self.sock.close()', 'conn.close()', 's.close()', 'sock.shutdown(socket.SHUT_RDWR)', 'with socket.socket() as s:', 'atexit.register(sock.close)'];

function lines(b: Buffer): string[] {
  return b.toString('latin1').split('\n');
}

const MUTATIONS: ((r: Rand, input: Buffer, other: Buffer) => Buffer)[] = [
  // truncate at a random byte
  (r, b) => b.subarray(0, int(r, b.length + 1)),
  // insert random bytes, NUL and invalid UTF-8 among them
  (r, b) => {
    const at = int(r, b.length + 1);
    const junk = Buffer.from(Array.from({ length: 1 + int(r, 6) }, () => pick(r, [0x00, 0xff, 0xc3, 0x80, 0x0a, 0x0d, 0x09, 0x28, 0x29, 0x3a, 0x22, int(r, 256)])));
    return Buffer.concat([b.subarray(0, at), junk, b.subarray(at)]);
  },
  // delete a line
  (r, b) => {
    const ls = lines(b);
    ls.splice(int(r, ls.length), 1);
    return Buffer.from(ls.join('\n'), 'latin1');
  },
  // duplicate a line
  (r, b) => {
    const ls = lines(b);
    const i = int(r, ls.length);
    ls.splice(i, 0, ls[i] ?? '');
    return Buffer.from(ls.join('\n'), 'latin1');
  },
  // change a line's indentation
  (r, b) => {
    const ls = lines(b);
    const i = int(r, ls.length);
    ls[i] = pick(r, ['', ' ', '    ', '\t', '        ', '  \t']) + (ls[i] ?? '').replace(/^[ \t]*/, '');
    return Buffer.from(ls.join('\n'), 'latin1');
  },
  // flip LF and CRLF
  (_r, b) => {
    const t = b.toString('latin1');
    return Buffer.from(t.includes('\r\n') ? t.replace(/\r\n/g, '\n') : t.replace(/\n/g, '\r\n'), 'latin1');
  },
  // insert a socket close (or a look-alike) at a random depth
  (r, b) => {
    const ls = lines(b);
    const depth = int(r, 5);
    ls.splice(int(r, ls.length + 1), 0, pick(r, ['    ', '\t', '  ']).repeat(depth) + pick(r, CLOSES) + pick(r, ['', '; x = 1', '  # c', ' ;']));
    return Buffer.from(ls.join('\n'), 'latin1');
  },
  // splice two files
  (r, b, other) => Buffer.concat([b.subarray(0, int(r, b.length + 1)), other.subarray(int(r, other.length + 1))]),
];

/** The n-th input of a seeded run: a seed file with one to three mutations. */
export function generate(seed: number, n: number, seeds: Buffer[]): Buffer {
  const r = rng(seed * 1_000_003 + n);
  let input = pick(r, seeds);
  const count = 1 + int(r, 3);
  for (let i = 0; i < count; i++) input = pick(r, MUTATIONS)(r, input, pick(r, seeds));
  return input;
}
