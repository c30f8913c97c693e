import { performance } from 'node:perf_hooks';

/** Collects garbage when Node was started with --expose-gc (as `npm run bench` does), so that no run pays for the one before it. */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** The median time of each of `fs`, run in turns `runs` times after a warm-up round, each from a collected heap. */
export async function medians(runs: number, fs: readonly (() => unknown)[], warmUp = true): Promise<number[]> {
  const times: number[][] = fs.map(() => []);
  if (warmUp) for (const f of fs) await f();
  for (let i = 0; i < runs; i++) {
    for (const [j, f] of fs.entries()) {
      collect();
      const t0 = performance.now();
      await f();
      times[j].push(performance.now() - t0);
    }
  }
  return times.map(middle);
}

/** The middle of some figures (the upper middle of an even number). */
export const middle = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export const median = async (runs: number, f: () => unknown): Promise<number> => (await medians(runs, [f]))[0];
