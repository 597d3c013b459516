import { type ChildProcess, spawn } from 'node:child_process';

const probe = new URL('./register-holder-process.ts', import.meta.url).pathname;

/**
 * Another process holding `file` as the app does (its lock, an open connection), resolved once it
 * holds it; with `session`, a session file it imports first and leaves committed in the WAL.
 */
export function holdRegister(file: string, session?: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', probe, file, ...(session === undefined ? [] : [session])], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => d.toString().includes('prêt') && resolve(child));
    child.once('exit', (code) => reject(new Error(`le processus détenteur s'est arrêté (${code})`)));
  });
}

/** SIGKILL: no cleanup runs, as after a crash or a power cut. */
export async function killHard(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}
