import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRegister } from '../electron/db/open';
import { listActsOfYear } from '../electron/services/sessions/acts-list';
import { sessionActs } from '../electron/services/sessions/session-view';
import { median, report } from './measure';
import { ACTS_PER_SESSION, fillTenYears } from './ten-years';

/** Reading a synthetic register of 10 years (≈ 15 000 acts, 46 members), built from the reference session. */
export function benchRegister(): void {
  const dir = mkdtempSync(join(tmpdir(), 'registre-bench-'));
  try {
    const db = openRegister(join(dir, 'bench.sqlite'));
    // The import itself is measured by bench/import.ts.
    const dates = fillTenYears(db);
    const acts = db.prepare('SELECT count(*) FROM acts').pluck().get() as number;
    const yearMs = median(20, () => listActsOfYear(db, 'CP', 2019));
    report(`registre : liste des actes d'une année (${listActsOfYear(db, 'CP', 2019).length} actes), cible < 50 ms`, yearMs, 'ms');
    const sessionDate = dates[Math.floor(dates.length / 2)] ?? '';
    const sessionMs = median(20, () => sessionActs(db, 'CP', sessionDate));
    report(`registre : présences, quorum et présidence d'une séance (${ACTS_PER_SESSION} actes), cible < 20 ms`, sessionMs, 'ms');
    const allMs = median(1, () => dates.forEach((d) => sessionActs(db, 'CP', d)));
    report(`registre : présences de tous les actes (${acts} actes)`, allMs, 'ms');
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
