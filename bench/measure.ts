/** Median wall time of `runs` calls, in milliseconds. */
export function median(runs: number, fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/** One line of the bench's output. */
export function report(label: string, value: number, unit: string): void {
  process.stdout.write(`${label} : ${value.toFixed(1)} ${unit}\n`);
}
