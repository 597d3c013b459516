import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRegister } from '../electron/db/open';
import { importSessionText } from '../electron/services/sessions/session-import';
import { report } from './measure';
import { tenYearsSessionFiles, YEARS } from './ten-years';

/**
 * The import of 10 years: the 500 session files imported one after the other into a new register,
 * each through the service `registre import` and the Séances screen use (one transaction a file).
 * The CPU time is printed beside the wall time: on a loaded machine it is the steadier figure.
 */
export function benchImport(): void {
  const files = tenYearsSessionFiles();
  const dir = mkdtempSync(join(tmpdir(), 'registre-bench-import-'));
  try {
    const db = openRegister(join(dir, 'bench.sqlite'));
    const cpu = process.cpuUsage();
    const started = performance.now();
    for (const file of files) importSessionText(db, file.text);
    const wallMs = performance.now() - started;
    const { user, system } = process.cpuUsage(cpu);
    const acts = db.prepare('SELECT count(*) FROM acts').pluck().get() as number;
    const members = db.prepare('SELECT count(*) FROM members').pluck().get() as number;
    db.close();
    report(`registre : import de ${YEARS} ans (${files.length} fichiers de séance, ${acts} actes, ${members} membres), cible < 3 s`, wallMs, 'ms');
    report(`registre : import de ${YEARS} ans, temps processeur`, (user + system) / 1000, 'ms');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
