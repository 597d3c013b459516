import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { P12Signer, PDF } from '@libpdf/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPki } from '../../services/signing/testing/fixtures';
import { makeActPdf, makeSelfSignedP12, makeTestPki, PASSPHRASE, pdfsig, SIGNING_TIME } from '../../services/signing/testing/fixtures';
import { openRegister } from '../../db/open';
import { renderExtracts } from '../../services/documents/extracts';
import { importSession } from '../../services/sessions/session-import';
import { referenceSession } from '../../testing/temp-register';
import { runCaptured } from '../capture';

let pki: TestPki;
let dir: string;
beforeAll(async () => {
  pki = makeTestPki();
  dir = mkdtempSync(join(tmpdir(), 'registre-sign-'));
  // An extract the app produced, and a PDF made elsewhere.
  const db = openRegister(join(dir, 'r.sqlite'));
  importSession(db, referenceSession());
  const [g25] = await renderExtracts(db, { body: 'CP', date: '2023-10-16', act: 'G25', format: 'pdf', now: SIGNING_TIME });
  db.close();
  writeFileSync(join(dir, 'acte.pdf'), g25?.bytes ?? new Uint8Array());
  writeFileSync(join(dir, 'autre.pdf'), await makeActPdf());
  writeFileSync(join(dir, 'masson.p12'), pki.signerP12);
  process.env.REGISTRE_TEST_P12 = PASSPHRASE;
  process.env.REGISTRE_TEST_WRONG = 'pas-le-bon';
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(pki.dir, { recursive: true, force: true });
});

/** A copy with one byte changed inside the first content stream: in the signed range, structure intact. */
function withContentAltered(pdf: Buffer): Buffer {
  const copy = Buffer.from(pdf);
  const at = copy.indexOf('stream\n') + 'stream\n'.length + 10;
  copy[at] = (copy[at] ?? 0) ^ 0xff;
  return copy;
}

function cli(...argv: string[]) {
  return runCaptured(argv, () => SIGNING_TIME);
}

describe('registre sign and verify', () => {
  it('signs a PDF that pdfsig finds valid and whole, and verify agrees', async () => {
    const signed = join(dir, 'signe.pdf');
    const r = await cli('sign', join(dir, 'acte.pdf'), '--p12', join(dir, 'masson.p12'), '--password-env', 'REGISTRE_TEST_P12', '--out', signed, '--qualite', 'Président du Conseil départemental');
    expect(r.err).toBe('');
    expect(r.out).toContain('PDF signé par Jean-Louis MASSON');
    const report = pdfsig(signed, '-nocert');
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Total document signed');
    const v = await cli('verify', signed);
    expect(v.code).toBe(0);
    // Integrity, then who vouches for the signer: Registre recognises no authority, the test CA included.
    expect(v.out).toContain(
      "Signé par Jean-Louis MASSON, le 14/03/2025 09:15 (ETSI.CAdES.detached) : intact ; certificat émis par une autorité que Registre ne reconnaît pas : l'identité du signataire n'est garantie par aucune autorité de certification reconnue.",
    );
  });

  it('says intact but warns that a self-signed certificate proves nobody’s identity, as pdfsig does', async () => {
    writeFileSync(join(dir, 'bernard.p12'), makeSelfSignedP12(pki));
    const signed = join(dir, 'auto-signe.pdf');
    expect((await cli('sign', join(dir, 'acte.pdf'), '--p12', join(dir, 'bernard.p12'), '--password-env', 'REGISTRE_TEST_P12', '--out', signed)).err).toBe('');
    expect(pdfsig(signed)).toContain('Certificate issuer is unknown');
    const v = await cli('verify', signed);
    expect(v.code).toBe(0);
    expect(v.out).toBe(
      "Signé par Jean-Marie BERNARD, le 14/03/2025 09:15 (ETSI.CAdES.detached) : intact ; certificat auto-signé : l'identité du signataire n'est garantie par aucune autorité de certification.",
    );
  });

  it('reports a flipped byte as an altered document', async () => {
    const signed = join(dir, 'signe.pdf');
    const tampered = join(dir, 'altere.pdf');
    writeFileSync(tampered, withContentAltered(readFileSync(signed)));
    expect(pdfsig(tampered, '-nocert')).toContain('Digest Mismatch');
    const v = await cli('verify', tampered);
    expect(v.code).toBe(1);
    expect(v.out).toContain('ALTÉRÉ depuis la signature');
    expect(v.err).toContain('a été modifié après sa signature');
  });

  it('exits 0 when a later revision only adds a countersignature, 1 when it writes on a signed page', async () => {
    const signed = readFileSync(join(dir, 'signe.pdf'));
    const countersigning = await PDF.load(signed);
    await countersigning.sign({ signer: await P12Signer.create(pki.signerP12, PASSPHRASE), signingTime: SIGNING_TIME, fieldName: 'Contreseing' });
    const countersigned = join(dir, 'contresigne.pdf');
    writeFileSync(countersigned, await countersigning.save({ incremental: true }));
    const kept = await cli('verify', countersigned);
    expect(kept.code).toBe(0);
    expect(kept.out).toContain(': signature valide ; des ajouts postérieurs ne modifient pas le contenu signé ; certificat émis par');
    const writing = await PDF.load(signed);
    writing.getPage(0)?.drawText('ANNULÉ', { x: 100, y: 400, size: 40 });
    const overwritten = join(dir, 'surcharge.pdf');
    writeFileSync(overwritten, await writing.save({ incremental: true }));
    const altered = await cli('verify', overwritten);
    expect(altered.code).toBe(1);
    expect(altered.out).toContain('ALTÉRÉ : des modifications postérieures à la signature changent les pages ou le contenu signés.');
    expect(altered.err).toContain('a été modifié après sa signature : ne le publiez pas.');
  });

  it('refuses a wrong passphrase, a missing variable, an unsigned PDF and a PDF made elsewhere in French, writing nothing', async () => {
    const target = join(dir, 'rien.pdf');
    const wrong = await cli('sign', join(dir, 'acte.pdf'), '--p12', join(dir, 'masson.p12'), '--password-env', 'REGISTRE_TEST_WRONG', '--out', target);
    expect(wrong.err).toBe('Erreur : Le mot de passe du certificat est incorrect.');
    const missing = await cli('sign', join(dir, 'acte.pdf'), '--p12', join(dir, 'masson.p12'), '--password-env', 'REGISTRE_ABSENTE', '--out', target);
    expect(missing.err).toContain("la variable d'environnement REGISTRE_ABSENTE n'est pas définie");
    expect(existsSync(target)).toBe(false);
    expect((await cli('verify', join(dir, 'acte.pdf'))).err).toContain('ne porte aucune signature électronique');
    const foreign = await cli('sign', join(dir, 'autre.pdf'), '--p12', join(dir, 'masson.p12'), '--password-env', 'REGISTRE_TEST_P12', '--out', target);
    expect(foreign.err).toContain("n'a pas été produit par Registre");
    expect(existsSync(target)).toBe(false);
  });
});
