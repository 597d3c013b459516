import { rmSync } from 'node:fs';
import { openRegister } from '../electron/db/open';
import { boundHeapGrowth } from '../electron/heap-growth';
import { writeOutputAsProduced } from '../electron/cli/output';
import { renderRecueil } from '../electron/services/documents/recueil';
import { renderRegistre } from '../electron/services/documents/registre';

/**
 * One big book rendered from a register the bench prepared, alone in its process so that its peak
 * memory is the book's own (not the import's, nor tsx's): run bundled, as the app ships it, by
 * `node dist-bench/book-child.cjs <register> registre <year> | recueil <date> [<runs>]`. With
 * several runs, the first warms up (fonts, JIT) and the median of the others is told. Prints one
 * JSON line: wall and CPU milliseconds, pages, max RSS in MB.
 */
async function main(): Promise<void> {
  // As the app's register process and the CLI render it.
  boundHeapGrowth();
  const [file = '', kind = 'registre', when = '', runsText = '1'] = process.argv.slice(2);
  const db = openRegister(file);
  const now = new Date(`${when.slice(0, 4)}-12-31T08:00:00Z`);
  // Written to a file as the CLI does, beside the register.
  const target = `${file}.${kind}.pdf`;
  const render = async () =>
    writeOutputAsProduced<{ pageCount: number }>(target, (output) =>
      kind === 'recueil' ? renderRecueil(db, { body: 'CP', date: when, now, output }) : renderRegistre(db, { body: 'CP', year: Number(when), now, output }),
    );
  const runs = Number(runsText);
  if (runs > 1) await render();
  const times: { ms: number; cpuMs: number; pages: number }[] = [];
  for (let run = 0; run < Math.max(1, runs - 1); run++) {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const { pageCount } = await render();
    const cpu = process.cpuUsage(cpuBefore);
    times.push({ ms: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000, pages: pageCount });
  }
  db.close();
  if (process.env.KEEP_PDF === undefined) rmSync(target, { force: true });
  times.sort((a, b) => a.ms - b.ms);
  const median = times[Math.floor(times.length / 2)]!;
  process.stdout.write(`${JSON.stringify({ ...median, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
