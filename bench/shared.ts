import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { handle } from '../electron/door/dispatch';
import { openSharedRegister } from '../electron/db/postgres/open-shared';
import { migratedDatabase } from '../electron/db/postgres/testing/pg-register';
import { importSession } from '../electron/services/sessions/session-import';
import { startPgCluster } from '../electron/testing/pg-cluster';
import { draftReferenceSession } from '../electron/testing/temp-register';
import { twoSecretariesWriting } from '../electron/testing/two-secretaries';
import { medianAsync, report } from './measure';

const now = new Date('2026-12-04T10:00:00Z');
const session = { body: 'CP' as const, date: '2023-10-16' };

/**
 * The shared register on a PostgreSQL server of this machine (a throwaway cluster): the session
 * screen's load, an attendance change's round trip, and two secretaries writing at once on
 * different acts of one session (each in her own process) — no write lost.
 */
export async function benchShared(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'registre-bench-shared-'));
  const cluster = await startPgCluster();
  try {
    const { client, url } = await migratedDatabase(cluster);
    await client.end();
    const db = await openSharedRegister(url, join(dir, 'app'));
    importSession(db, draftReferenceSession());
    const load = await medianAsync(20, async () => {
      await handle(db, 'session:acts', session, now);
      await handle(db, 'attendance:get', session, now);
    });
    report('registre partagé (PostgreSQL local) : écran de la séance de référence (ordre du jour, présences et quorum des 16 actes), médiane de 20', load, 'ms');
    const member = db.prepare("SELECT id FROM members WHERE last_name = 'GUISIANO'").pluck().get() as number;
    const change = await medianAsync(20, (i) =>
      handle(db, 'attendance:set', { ...session, memberId: member, status: i % 2 === 0 ? 'absent' : 'present', holderId: null }, now),
    );
    report('registre partagé : aller-retour d’un changement de présence (écrit, quorum recalculé, vue rendue), cible < 50 ms', change, 'ms');

    db.close();
    const { lost, refused, reasons, elapsedMs } = await twoSecretariesWriting(url, dir, 500);
    process.stdout.write(
      `registre partagé : deux secrétaires à la fois (deux processus), 1000 changements de présence sur des actes différents d'une séance en ${(elapsedMs / 1000).toFixed(1)} s : ${lost} écriture(s) perdue(s), ${refused} refusée(s)${reasons.length > 0 ? ` (${reasons.join(' ; ')})` : ''} — cible 0 perdue, 0 refusée\n`,
    );
  } finally {
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
