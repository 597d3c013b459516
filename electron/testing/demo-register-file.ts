import { join } from 'node:path';
import { runCaptured } from '../cli/capture';

/** `registre init --demo` in `dir`: a register file holding the demo, as the CLI tests start from. */
export async function demoRegisterFile(dir: string, name = 'r.sqlite'): Promise<string> {
  const file = join(dir, name);
  const r = await runCaptured(['init', '--db', file, '--demo']);
  if (r.code !== 0) throw new Error(r.err);
  return file;
}
