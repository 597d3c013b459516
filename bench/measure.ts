/** The middle value of `values` (the upper one of an even count). */
export function middle(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
}

/** Median wall time of `runs` calls, in milliseconds. */
export function median(runs: number, fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return middle(times);
}

/** Median wall time of `runs` calls of `fn`, one after the other (each given its index), in milliseconds. */
export async function medianAsync(runs: number, fn: (i: number) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(i);
    times.push(performance.now() - t);
  }
  return middle(times);
}

/** One line of the bench's output. */
export function report(label: string, value: number, unit: string): void {
  process.stdout.write(`${label} : ${value.toFixed(1)} ${unit}\n`);
}
