import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, formatISO } from 'date-fns';
import { openRegister } from '../electron/db/open';
import { listActsOfYear } from '../electron/services/acts-list';
import { importSession } from '../electron/services/session-import';
import { sessionActs } from '../electron/services/session-view';
import { referenceSession } from '../electron/testing/temp-register';
import { median, report } from './measure';

const YEARS = 10;
const SESSIONS_PER_YEAR = 50;
const ACTS_PER_SESSION = 30;

/** A synthetic register of 10 years (≈ 15 000 acts, 46 members), built from the reference session. */
export function benchRegister(): void {
  const dir = mkdtempSync(join(tmpdir(), 'registre-bench-'));
  try {
    const db = openRegister(join(dir, 'bench.sqlite'));
    const reference = referenceSession();
    const template = reference.acts;
    const dates: string[] = [];
    const started = performance.now();
    for (let y = 0; y < YEARS; y++) {
      for (let s = 0; s < SESSIONS_PER_YEAR; s++) {
        const date = formatISO(addDays(new Date(2014 + y, 0, 5), s * 7), { representation: 'date' });
        dates.push(date);
        const acts = Array.from({ length: ACTS_PER_SESSION }, (_, i) => ({ ...template[i % template.length], number: `G${i + 1}`, internalId: undefined }));
        importSession(db, { ...reference, recueil: undefined, session: { ...reference.session, date }, acts });
      }
    }
    const importMs = performance.now() - started;
    const acts = db.prepare('SELECT count(*) FROM acts').pluck().get() as number;
    report(`registre : import de ${YEARS} ans (${dates.length} séances, ${acts} actes, 46 membres), cible < 3 s`, importMs, 'ms');
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
