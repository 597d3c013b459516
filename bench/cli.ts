import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, report } from './measure';
import { tenYearsSessionFiles, YEARS } from './ten-years';

const registre = (args: string[]) => execFileSync(process.execPath, ['bin/registre.mjs', ...args], { stdio: 'pipe' });

/**
 * The `registre` command as the user waits for it, in a process of its own: its start (loading
 * the code of the command called), then the import of 10 years from the files on disk.
 */
export function benchCli(): void {
  report('registre : démarrage de la commande (registre --help, médiane de 5)', median(5, () => registre(['--help'])), 'ms');
  const dir = mkdtempSync(join(tmpdir(), 'registre-bench-command-'));
  try {
    const files = tenYearsSessionFiles().map((f) => {
      const path = join(dir, `${f.date}.json`);
      writeFileSync(path, f.text);
      return path;
    });
    const register = join(dir, 'registre.sqlite');
    registre(['init', '--db', register]);
    const started = performance.now();
    registre(['import', ...files, '--db', register]);
    report(`registre : import de ${YEARS} ans, la commande entière (démarrage, lecture des ${files.length} fichiers)`, performance.now() - started, 'ms');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
