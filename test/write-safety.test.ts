// The runner never overwrites a file that changed on disk after it was read,
// and a failed write leaves the original in place.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

const SAFE = 'import socket\ns = socket.create_connection(("h", 1))\ns.close()\n';
let reads = 0;
let afterFirstRead: (() => void) | null = null;

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    readFileSync: ((file: string, ...rest: unknown[]) => {
      const data = (fs.readFileSync as (...a: unknown[]) => unknown)(file, ...rest);
      // (the runner reads a file to check through its descriptor, and again by its name before it writes)
      if ((typeof file === 'number' || (typeof file === 'string' && file.endsWith('.py'))) && ++reads === 1) afterFirstRead?.();
      return data;
    }) as typeof fs.readFileSync,
  };
});

const { initParser } = await import('../src/parse.js');
const { processFile } = await import('../src/runner/process-file.js');

beforeAll(async () => {
  await initParser();
});
afterEach(() => {
  reads = 0;
  afterFirstRead = null;
});

describe('processFile --write', () => {
  it('reports a file edited between read and write, and keeps the edit', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pysockfix-race-'));
    const file = path.join(dir, 'a.py');
    writeFileSync(file, SAFE);
    const edited = `${SAFE}# edited by someone else\n`;
    afterFirstRead = () => writeFileSync(file, edited);
    const r = processFile(file, { mode: 'write', fix: true });
    expect(r.status).toBe('failed');
    expect(r.error).toContain('changed on disk since it was read');
    expect(r.findings.every((f) => !f.fixed)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(edited);
    rmSync(dir, { recursive: true, force: true });
  });
  it('writes the fix when nothing else touched the file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pysockfix-race-'));
    const file = path.join(dir, 'a.py');
    writeFileSync(file, SAFE);
    const r = processFile(file, { mode: 'write', fix: true });
    expect(r.status).toBe('changed');
    expect(readFileSync(file, 'utf8')).toContain('s.shutdown(socket.SHUT_RDWR)');
    rmSync(dir, { recursive: true, force: true });
  });
});
