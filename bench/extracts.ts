import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRegister } from '../electron/db/open';
import { renderExtracts } from '../electron/services/documents/extracts';
import { importSession } from '../electron/services/sessions/session-import';
import { referenceSession } from '../electron/testing/temp-register';
import { medianAsync, report } from './measure';

const now = new Date('2023-10-20T08:00:00Z');

/** The 16 extracts of the reference session, in PDF and DOCX, beside the LibreOffice route. */
export async function benchExtracts(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'registre-bench-extracts-'));
  try {
    const db = openRegister(join(dir, 'r.sqlite'));
    importSession(db, referenceSession());
    const args = { body: 'CP' as const, date: '2023-10-16', now };
    await renderExtracts(db, { ...args, format: 'pdf' }); // warm-up: fonts and modules loaded once
    // The median of 5: one run of 150 ms is at the mercy of a moment of the shared machine.
    const pdfMs = await medianAsync(5, () => renderExtracts(db, { ...args, format: 'pdf' }));
    report('extraits : les 16 actes de la séance en PDF (médiane de 5), cible < 200 ms', pdfMs, 'ms');
    let t = performance.now();
    const docx = await renderExtracts(db, { ...args, format: 'docx' });
    report('extraits : les 16 actes de la séance en DOCX', performance.now() - t, 'ms');
    db.close();

    if (spawnSync('soffice', ['--version']).status !== 0) {
      process.stdout.write('extraits : LibreOffice (soffice) absent, comparaison avec la conversion DOCX → PDF ignorée\n');
      return;
    }
    const files = docx.map((e) => {
      const file = join(dir, `${e.number}.docx`);
      writeFileSync(file, e.bytes);
      return file;
    });
    const profile = `-env:UserInstallation=file://${join(dir, 'lo-profile')}`;
    const convert = (inputs: string[]) =>
      execFileSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'lo'), ...inputs], { stdio: 'ignore' });
    convert([files[0] ?? '']); // first start creates the profile: not counted
    t = performance.now();
    for (const f of files) convert([f]);
    const perDocMs = performance.now() - t;
    t = performance.now();
    convert(files);
    const batchMs = performance.now() - t;
    report('LibreOffice : un appel par document (16)', perDocMs, 'ms');
    report('LibreOffice : un seul appel pour les 16', batchMs, 'ms');
    process.stdout.write(
      `extraits : Registre est ${(perDocMs / pdfMs).toFixed(1)}× plus rapide que la conversion par document (cible ≥ 10×), ` +
        `${(batchMs / pdfMs).toFixed(1)}× plus rapide que l'appel groupé (cible ≥ 3×)\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
