import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('./book-child.ts', import.meta.url));
const TIME_TARGET_MS = 8000;
const MEMORY_TARGET_MB = 300;

interface BookRun {
  ms: number;
  pages: number;
  maxRssMb: number;
}

/** Runs one book in its own process (see book-child.ts): its time, pages and peak memory (max RSS). */
function runBook(kind: 'registre' | 'recueil', sessions: number, acts: number): BookRun {
  const child = spawnSync(process.execPath, ['--import', 'tsx', CHILD, kind, String(sessions), String(acts)], { encoding: 'utf8', maxBuffer: 1024 * 1024 });
  if (child.status !== 0) throw new Error(`bench ${kind}: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as BookRun;
}

const line = (label: string, run: BookRun, targets: string) =>
  process.stdout.write(
    `${label}, ${run.pages} pages : ${(run.ms / 1000).toFixed(1)} s, ${(run.ms / run.pages).toFixed(2)} ms par page, ` +
      `mémoire max ${run.maxRssMb.toFixed(0)} Mo (processus enfant) — ${targets}\n`,
  );

/**
 * The two big books of issue 16: the registre of a year of 5 séances × 300 acts (1 500), and the
 * recueil of one 300-act séance, each in a child process so that its max RSS is its own.
 */
export function benchBooks(): void {
  const registre = runBook('registre', 5, 300);
  const perPageTarget = TIME_TARGET_MS / registre.pages;
  line('registre : année de 1500 délibérations (5 séances × 300)', registre, `cibles < ${TIME_TARGET_MS / 1000} s et < ${MEMORY_TARGET_MB} Mo`);
  const recueil = runBook('recueil', 1, 300);
  line('recueil : séance de 300 actes', recueil, `cibles < ${perPageTarget.toFixed(2)} ms par page (celle du registre) et < ${MEMORY_TARGET_MB} Mo`);
}
