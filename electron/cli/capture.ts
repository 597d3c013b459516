import { runCli } from './main';

/** Runs a `registre` command in-process, as the tests do, and returns its exit code and output. */
export async function runCaptured(argv: string[], now?: () => Date): Promise<{ code: number; out: string; lines: string[]; err: string }> {
  const lines: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (s) => lines.push(s), err: (s) => err.push(s), ...(now === undefined ? {} : { now }) });
  return { code, out: lines.join('\n'), lines, err: err.join('\n') };
}
