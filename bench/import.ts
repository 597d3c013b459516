import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRegister, type Db } from '../electron/db/open';
import { importSessionText, importSessionTexts } from '../electron/services/sessions/session-import';
import { report } from './measure';
import { tenYearsSessionFiles, YEARS } from './ten-years';

/** Wall and CPU milliseconds of an import into a new register by `run`, and what the register holds then. */
function timedImport(run: (db: Db) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'registre-bench-import-'));
  try {
    const db = openRegister(join(dir, 'bench.sqlite'));
    const cpu = process.cpuUsage();
    const started = performance.now();
    run(db);
    const wallMs = performance.now() - started;
    const { user, system } = process.cpuUsage(cpu);
    const acts = db.prepare('SELECT count(*) FROM acts').pluck().get() as number;
    const members = db.prepare('SELECT count(*) FROM members').pluck().get() as number;
    db.close();
    return { wallMs, cpuMs: (user + system) / 1000, acts, members };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The import of 10 years (500 session files) into a new register: as one command, `registre import
 * <fichier.json>…` (one transaction for all the files, see importSessionTexts), then one file at
 * a time as the Séances screen imports them (one transaction a file, each synced to disk), both
 * after a warm-up import of one year.
 * The CPU time is printed beside the wall time: on a loaded machine it is the steadier figure.
 */
export function benchImport(): void {
  const files = tenYearsSessionFiles();
  // A first import compiles the code (JIT): done once before, so that neither way pays it alone.
  timedImport((db) => importSessionTexts(db, files.slice(0, 50).map((f) => ({ name: `${f.date}.json`, text: f.text }))));
  const all = timedImport((db) => importSessionTexts(db, files.map((f) => ({ name: `${f.date}.json`, text: f.text }))));
  report(
    `registre : import de ${YEARS} ans en une commande (${files.length} fichiers de séance, ${all.acts} actes, ${all.members} membres), cible < 3 s`,
    all.wallMs,
    'ms',
  );
  report(`registre : import de ${YEARS} ans en une commande, temps processeur (charge ${loadavg()[0]!.toFixed(1)})`, all.cpuMs, 'ms');
  const oneByOne = timedImport((db) => {
    for (const file of files) importSessionText(db, file.text);
  });
  report(`registre : import de ${YEARS} ans fichier par fichier (une transaction chacun)`, oneByOne.wallMs, 'ms');
  report(`registre : import de ${YEARS} ans fichier par fichier, temps processeur`, oneByOne.cpuMs, 'ms');
}
