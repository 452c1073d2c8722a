// The runner's workers (src/runner/workers.ts): each goes through its own stretch of the tasks in
// order, a worker done with its stretch takes from the end of the stretch with most left, every task
// runs once, and the results come in the tasks' order.
import { describe, expect, it } from 'vitest';
import type Tinypool from 'tinypool';
import { Workers } from '../src/runner/workers.js';
import { analysisChunks } from '../src/runner/run.js';

/** A one-thread pool that records the tasks it was given and finishes each after `cost(task)` turns of the event loop. */
function fakePools(cost: (task: number) => number) {
  const taken: number[][] = [];
  let destroyed = 0;
  const make = () => {
    const mine: number[] = [];
    taken.push(mine);
    let busy = Promise.resolve();
    return {
      run(task: number) {
        mine.push(task);
        // One task at a time in the thread: the second waits for the first.
        const done = busy.then(async () => {
          for (let i = 0; i < cost(task); i++) await new Promise((r) => setImmediate(r));
          return task * 10;
        });
        busy = done.then(() => undefined);
        return done;
      },
      async destroy() {
        destroyed++;
      },
    } as unknown as Tinypool;
  };
  return { make, taken, destroyed: () => destroyed };
}

describe('Workers', () => {
  it('every task once, results in order, each worker its own stretch in order', async () => {
    const pools = fakePools(() => 1);
    const workers = new Workers(pools.make, 2);
    const tasks = Array.from({ length: 20 }, (_, i) => i);
    const seen: number[] = [];
    const results = await workers.run<number>(tasks, (r, k) => {
      expect(r).toBe(k * 10);
      seen.push(k);
    });
    expect(results).toEqual(tasks.map((t) => t * 10));
    expect(seen.sort((a, b) => a - b)).toEqual(tasks);
    expect([...pools.taken[0], ...pools.taken[1]].sort((a, b) => a - b)).toEqual(tasks);
    // Equal costs: each worker goes through its half, in order
    expect(pools.taken[0]).toEqual(tasks.slice(0, 10));
    expect(pools.taken[1]).toEqual(tasks.slice(10));
    await workers.destroy();
    expect(pools.destroyed()).toBe(2);
  });

  it('a worker done with its stretch takes from the end of the stretch with most left', async () => {
    // The second half is slow: the first worker ends its half and then works back from the last task.
    const pools = fakePools((t) => (t >= 10 ? 8 : 1));
    const workers = new Workers(pools.make, 2);
    const tasks = Array.from({ length: 20 }, (_, i) => i);
    expect(await workers.run<number>(tasks)).toEqual(tasks.map((t) => t * 10));
    const [first, second] = pools.taken;
    expect(first.slice(0, 10)).toEqual(tasks.slice(0, 10));
    const stolen = first.slice(10);
    expect(stolen.length).toBeGreaterThan(2);
    expect(stolen).toEqual([...stolen].sort((a, b) => b - a));
    expect(stolen[0]).toBe(19);
    // ...and the second worker never takes a task twice or one of the first's
    expect(second).toEqual(tasks.slice(10, 10 + second.length));
    expect(new Set([...first, ...second]).size).toBe(20);
  });

  it('three workers, more workers than tasks, and no tasks', async () => {
    const three = fakePools((t) => 1 + (t % 3));
    const tasks = Array.from({ length: 31 }, (_, i) => i);
    expect(await new Workers(three.make, 3).run<number>(tasks)).toEqual(tasks.map((t) => t * 10));
    expect(three.taken.flat().sort((a, b) => a - b)).toEqual(tasks);
    const many = fakePools(() => 1);
    expect(await new Workers(many.make, 4).run<number>([0, 1])).toEqual([0, 10]);
    expect(many.taken.flat().sort()).toEqual([0, 1]);
    expect(await new Workers(fakePools(() => 1).make, 2).run<number>([])).toEqual([]);
  });

  it('a failing task fails the run, and no further task is started', async () => {
    let started = 0;
    const make = () =>
      ({
        run(task: number) {
          started++;
          return task === 3 ? Promise.reject(new Error('worker died')) : new Promise((r) => setImmediate(() => r(task)));
        },
        async destroy() {},
      }) as unknown as Tinypool;
    await expect(new Workers(make, 2).run<number>(Array.from({ length: 40 }, (_, i) => i))).rejects.toThrow('worker died');
    expect(started).toBeLessThan(40);
  });
});

describe('Workers, a result handler that throws', () => {
  it('fails the run with its error', async () => {
    const make = () => ({ run: (t: number) => Promise.resolve(t), async destroy() {} }) as unknown as Tinypool;
    await expect(
      new Workers(make, 2).run<number>([0, 1, 2, 3], (_r, k) => {
        if (k === 2) throw new Error('handler broke');
      }),
    ).rejects.toThrow('handler broke');
  });
});

describe('Workers, one task at a time', () => {
  it('a worker stuck on its first task leaves the rest of its stretch to the other', async () => {
    // Task 0 is slow: with one task in flight, worker 0 holds nothing else, so worker 1 ends its own
    // half and then takes all of worker 0's stretch but task 0, from the end.
    const pools = fakePools((t) => (t === 0 ? 200 : 1));
    const tasks = Array.from({ length: 10 }, (_, i) => i);
    expect(await new Workers(pools.make, 2).run<number>(tasks, undefined, 1)).toEqual(tasks.map((t) => t * 10));
    expect(pools.taken[0]).toEqual([0]);
    expect(pools.taken[1]).toEqual([5, 6, 7, 8, 9, 4, 3, 2, 1]);
  });
});

describe('analysisChunks', () => {
  const sizes: Record<string, number> = {};
  const files = Array.from({ length: 60 }, (_, i) => {
    const f = `m${String(i).padStart(2, '0')}.py`;
    // Ex) two big modules side by side (test_socket.py and test_ssl.py)
    sizes[f] = i === 30 || i === 31 ? 250_000 : 10_000 + ((i * 7919) % 30_000);
    return f;
  });
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);

  it('the files in their order, in chunks of at most a 32nd of the bytes with two workers, a bigger file alone', () => {
    const chunks = analysisChunks(files, 2, (f) => sizes[f]);
    expect(chunks.flat()).toEqual(files);
    for (const c of chunks) {
      const bytes = c.reduce((a, f) => a + sizes[f], 0);
      if (c.length > 1) expect(bytes).toBeLessThanOrEqual(total / 32);
    }
    expect(chunks).toContainEqual(['m30.py']);
    expect(chunks).toContainEqual(['m31.py']);
  });

  it('at most CHUNK files to a chunk, and a file whose size is unknown (0) still goes', () => {
    const many = Array.from({ length: 100 }, (_, i) => `f${i}.py`);
    const chunks = analysisChunks(many, 2, () => 0);
    expect(chunks.flat()).toEqual(many);
    expect(Math.max(...chunks.map((c) => c.length))).toBe(32);
  });
});
