import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Whether a process of this machine is alive (signal 0 only asks). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it lives, under another user.
    return (e as { code?: string }).code === 'EPERM';
  }
}

/**
 * Removes from `folder` the temporary files of writers that were killed: a file is written under a
 * temporary name carrying its writer's process id, then renamed; a process killed in the middle
 * cannot remove its own, so the next writer does. `pattern` matches such a name, its first group
 * the writer's id (e.g. /^G25\.pdf\.(\d+)\.tmp$/); a file of a writer still at work is left alone.
 */
export function removeStalePartials(folder: string, pattern: RegExp): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return; // no folder yet: nothing left in it
  }
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1]);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !alive(pid)) rmSync(join(folder, name), { force: true });
  }
}

/** `text` as a literal inside a RegExp. */
export const regExpLiteral = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
