import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, formatISO } from 'date-fns';
import { bundleNodeEntries } from '../build/bundle-electron';
import { openRegister } from '../electron/db/open';
import { importSession } from '../electron/services/sessions/session-import';
import { referenceSession } from '../electron/testing/temp-register';
import { longSession } from './recueil';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** One folder below the root, as dist-electron/: the bundle finds templates/ and fonts the same way. */
const BUNDLE_DIR = join(ROOT, 'dist-bench');
const TIME_TARGET_MS = 8000;
const MEMORY_TARGET_MB = 300;
const SHORT_RECUEIL_TARGET_MS = 500;

interface BookRun {
  ms: number;
  cpuMs: number;
  pages: number;
  maxRssMb: number;
}

/** A register of one year of `sessions` séances of the CP with `acts` délibérations each, the first with its recueil. */
export function yearRegister(file: string, sessions: number, acts: number): string[] {
  const db = openRegister(file);
  try {
    const reference = referenceSession();
    return Array.from({ length: sessions }, (_, s) => {
      const date = formatISO(addDays(new Date(2019, 0, 7), s * 60), { representation: 'date' });
      const copies = Array.from({ length: acts }, (_, i) => ({ ...reference.acts[i % reference.acts.length], number: `G${i + 1}`, internalId: undefined }));
      importSession(db, { ...reference, recueil: s === 0 ? reference.recueil : undefined, session: { ...reference.session, date }, acts: copies });
      return date;
    });
  } finally {
    db.close();
  }
}

/** Renders one book in its own process (see book-child.ts): its time, pages and peak memory (max RSS). */
function runBook(file: string, kind: 'registre' | 'recueil', when: string, runs = 1): BookRun {
  const child = spawnSync(process.execPath, [join(BUNDLE_DIR, 'book-child.cjs'), file, kind, when, String(runs)], { encoding: 'utf8', maxBuffer: 1024 * 1024 });
  if (child.status !== 0) throw new Error(`bench ${kind}: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as BookRun;
}

/**
 * The same book rendered cold by `processes` child processes in turn, as a user's command renders
 * it: the median time (one run is at the mercy of a moment of the shared machine), the highest
 * peak memory.
 */
function runColdBook(file: string, kind: 'registre' | 'recueil', when: string, processes = 3): BookRun {
  const runs = Array.from({ length: processes }, () => runBook(file, kind, when)).sort((a, b) => a.ms - b.ms);
  const median = runs[Math.floor(runs.length / 2)]!;
  return { ...median, maxRssMb: Math.max(...runs.map((run) => run.maxRssMb)) };
}

const line = (label: string, run: BookRun, targets: string) =>
  process.stdout.write(
    `${label}, ${run.pages} pages : ${run.ms >= 1000 ? `${(run.ms / 1000).toFixed(1)} s` : `${run.ms.toFixed(0)} ms`} ` +
      `(CPU ${(run.cpuMs / 1000).toFixed(1)} s), ${(run.ms / run.pages).toFixed(2)} ms par page, ` +
      `mémoire max ${run.maxRssMb.toFixed(0)} Mo (processus enfant) — ${targets} ; charge ${loadavg()[0]!.toFixed(1)}\n`,
  );

/**
 * The big books of issue 16, each rendered by the bundled app code in a child process so that its
 * max RSS is the book's own: the registre of a year of 5 séances × 300 acts (1 500) and the recueil
 * of one 300-act séance (each cold, median of 3 processes), and the recueil of a 30-act séance of
 * about 160 pages (median of warm runs).
 * The machine's load average is printed on each line: on a shared machine, CPU time is the steadier figure.
 */
export async function benchBooks(): Promise<void> {
  const { warnings } = await bundleNodeEntries(BUNDLE_DIR, { 'book-child': 'bench/book-child.ts' });
  if (warnings.length > 0) throw new Error(`bench: bundle: ${warnings.map((w) => w.text).join('; ')}`);
  const dir = mkdtempSync(join(tmpdir(), 'registre-bench-books-'));
  try {
    const year = join(dir, 'year.sqlite');
    const [first] = yearRegister(year, 5, 300);
    const registre = runColdBook(year, 'registre', '2019');
    const perPageTarget = TIME_TARGET_MS / registre.pages;
    line('registre : année de 1500 délibérations (5 séances × 300, médiane de 3 processus, leur mémoire la plus haute)', registre, `cibles < ${TIME_TARGET_MS / 1000} s et < ${MEMORY_TARGET_MB} Mo`);
    const recueil = runColdBook(year, 'recueil', first!);
    line('recueil : séance de 300 actes (médiane de 3 processus, leur mémoire la plus haute)', recueil, `cibles < ${perPageTarget.toFixed(2)} ms par page (celle du registre) et < ${MEMORY_TARGET_MB} Mo`);
    const short = join(dir, 'short.sqlite');
    const db = openRegister(short);
    const session = longSession();
    importSession(db, session);
    db.close();
    line('recueil : séance de 30 actes (médiane de 3 après un tour à vide)', runBook(short, 'recueil', session.session.date, 4), `cibles < ${SHORT_RECUEIL_TARGET_MS} ms et < ${MEMORY_TARGET_MB} Mo`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
