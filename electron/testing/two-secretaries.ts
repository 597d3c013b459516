import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openSharedRegister } from '../db/postgres/open-shared';

const run = promisify(execFile);

export interface TwoSecretariesOutcome {
  /** Writes a secretary was told were saved that the register does not hold. */
  lost: number;
  /** Writes refused to a secretary (she was told; nothing was written), and why. */
  refused: number;
  reasons: string[];
  elapsedMs: number;
}

/**
 * Two secretaries at once on the shared register at `url` holding the reference session (CP of
 * 16 October 2023): each in a process of her own (shared-writer.ts) makes `writesEach` attendance
 * changes on her half of the acts, then the register is read back: what each was told was saved must
 * be there. `dir` receives the apps' local folders.
 */
export async function twoSecretariesWriting(url: string, dir: string, writesEach: number): Promise<TwoSecretariesOutcome> {
  const reader = await openSharedRegister(url, join(dir, 'lecture'));
  try {
    const acts = reader
      .prepare('SELECT b.series || a.number FROM acts a JOIN sessions s ON s.id = a.session_id JOIN bodies b ON b.id = s.body_id ORDER BY a.number')
      .pluck()
      .all() as string[];
    const halves = [acts.slice(0, acts.length / 2), acts.slice(acts.length / 2)];
    const writer = new URL('./shared-writer.ts', import.meta.url).pathname;
    const started = performance.now();
    const outcomes = await Promise.all(
      halves.map(async (mine, i) => {
        const args = ['--import', 'tsx', writer, url, join(dir, `secretaire-${i}`), mine.join(','), String(writesEach)];
        const { stdout } = await run(process.execPath, args, { maxBuffer: 1 << 24 });
        return JSON.parse(stdout) as { last: Record<string, string>; refused: number; reasons: string[] };
      }),
    );
    const elapsedMs = performance.now() - started;
    const statusOf = reader.prepare(
      `SELECT aa.status FROM act_attendance aa JOIN acts a ON a.id = aa.act_id JOIN sessions s ON s.id = a.session_id JOIN bodies b ON b.id = s.body_id
       WHERE b.series || a.number = ? AND aa.member_id = ?`,
    );
    let lost = 0;
    for (const { last } of outcomes) {
      for (const [key, status] of Object.entries(last)) {
        const [act, memberId] = key.split(':');
        // No row: the member follows the séance's attendance for that act.
        if (((statusOf.pluck().get(act, Number(memberId)) as string | undefined) ?? 'session') !== status) lost++;
      }
    }
    return {
      lost,
      refused: outcomes.reduce((n, o) => n + o.refused, 0),
      reasons: [...new Set(outcomes.flatMap((o) => o.reasons))],
      elapsedMs,
    };
  } finally {
    reader.close();
  }
}
