import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDF, type PdfDict, type PdfNumber, type PdfObject, type PdfRef } from '@libpdf/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../../templates/testing/extract-text';
import { checkPdfA } from '../../../templates/testing/pdfa-check';
import { referenceRegister, snapshot } from '../../testing/temp-register';
import { sameName, signExtract } from './signed-extracts';
import type { TestPki } from '../signing/testing/fixtures';
import { makeTestPki, missingTools, PASSPHRASE, pdfsig, SIGNING_TIME, skipReason } from '../signing/testing/fixtures';

const missing = missingTools('openssl', 'pdfsig');

let pki: TestPki;
let durandP12: Uint8Array;
beforeAll(() => {
  if (missing.length > 0) return;
  pki = makeTestPki();
  durandP12 = makeDurand(pki.dir);
});
afterAll(() => pki?.cleanUp());

/** A certificate of another person, issued by the same test CA. */
function makeDurand(dir: string): Uint8Array {
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  openssl('req', '-config', 'ca.cnf', '-new', '-utf8', '-nodes', '-newkey', 'rsa:2048', '-keyout', 'durand.key', '-out', 'durand.csr',
    '-subj', '/C=FR/O=Département du Var/CN=Marie DURAND');
  openssl('ca', '-config', 'ca.cnf', '-batch', '-utf8', '-notext', '-cert', 'ca.crt', '-keyfile', 'ca.key', '-extensions', 'signer',
    '-startdate', '20250101000000Z', '-enddate', '20350101000000Z', '-in', 'durand.csr', '-out', 'durand.crt');
  openssl('pkcs12', '-export', '-inkey', 'durand.key', '-in', 'durand.crt', '-certfile', 'ca.crt', '-out', 'durand.p12',
    '-passout', `pass:${PASSPHRASE}`);
  return new Uint8Array(readFileSync(join(dir, 'durand.p12')));
}

let cleanup = () => {};
afterEach(() => cleanup());

function register() {
  const r = referenceRegister();
  cleanup = r.cleanup;
  return r;
}

const G25 = { body: 'CP', date: '2023-10-16', act: 'G25', passphrase: PASSPHRASE, now: SIGNING_TIME } as const;

describe('sameName', () => {
  it('ignores case, accents and hyphens, not the letters', () => {
    expect(sameName('Jean-Louis MASSON', 'jean louis masson')).toBe(true);
    expect(sameName('Élodie BÉNARD', 'ELODIE BENARD')).toBe(true);
    expect(sameName('Jean-Louis MASSON', 'Marie DURAND')).toBe(false);
  });
});

describe.skipIf(missing.length > 0)(`signExtract${skipReason(missing)}`, () => {
  it('signs G25 with the presiding member’s certificate, records it, and gives the same bytes again', async () => {
    const { db, dir } = register();
    const first = await signExtract(db, { ...G25, p12: pki.signerP12 });
    expect(first.alreadySigned).toBe(false);
    const file = join(dir, 'G25.pdf');
    writeFileSync(file, first.bytes);
    const report = pdfsig(file, '-nocert');
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('Total document signed');
    expect(await pdfText(first.bytes, { raw: true })).toContain('VAR HABITAT');
    // The signature's incremental update keeps the PDF/A-2 claim, its stamp in an embedded font.
    expect(await checkPdfA(first.bytes)).toMatchObject({ problems: [], claim: '2A' });

    const rows = db.prepare('SELECT * FROM signatures').all() as Record<string, unknown>[];
    expect(rows).toHaveLength(1);
    const row = rows[0] ?? {};
    expect(row.sha256).toBe(createHash('sha256').update(first.bytes).digest('hex'));
    expect(Buffer.compare(row.pdf as Buffer, Buffer.from(first.bytes))).toBe(0);
    expect(row).toMatchObject({
      signed_at: '2025-03-14T08:15:00.000Z',
      signer_label: 'Jean-Louis MASSON, Président du Conseil départemental',
      certificate_subject: 'CN=Jean-Louis MASSON, O=Département du Var, C=FR',
      not_before: '2025-01-01T00:00:00.000Z',
      not_after: '2035-01-01T00:00:00.000Z',
      delegation: null,
    });
    expect(row.serial_number).toMatch(/^[0-9A-F]+$/);
    const masson = db.prepare("SELECT id FROM members WHERE last_name = 'MASSON'").pluck().get();
    expect(row.signer_member_id).toBe(masson);

    const again = await signExtract(db, { ...G25, p12: pki.signerP12, now: new Date('2025-06-01T10:00:00Z') });
    expect(again.alreadySigned).toBe(true);
    expect(Buffer.compare(Buffer.from(again.bytes), Buffer.from(first.bytes))).toBe(0);
    expect(db.prepare('SELECT count(*) FROM signatures').pluck().get()).toBe(1);
  });

  it('files the signature widget in the structure tree: a printed widget, its Form element (OBJR) in the ParentTree', async () => {
    const { db, dir } = register();
    const { bytes } = await signExtract(db, { ...G25, p12: pki.signerP12 });
    const file = join(dir, 'G25.pdf');
    writeFileSync(file, bytes);
    expect(pdfsig(file, '-nocert')).toContain('Signature is Valid.');
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Tagged:\s+yes$/m);
    const pdf = await PDF.load(bytes);
    const resolve = (ref: PdfRef): PdfObject | null => pdf.getObject(ref);
    const widgetRef = pdf.getForm()?.getFields().find((f) => f.type === 'signature')?.getRef();
    const widget = resolve(widgetRef!) as PdfDict;
    expect(widget.getName('Subtype')?.value).toBe('Widget');
    expect((widget.getNumber('F')?.value ?? 0) & 4).toBe(4);
    const key = widget.getNumber('StructParent')?.value;
    const treeRoot = pdf.getCatalog().getDict('StructTreeRoot', resolve)!;
    const nums = treeRoot.getDict('ParentTree', resolve)!.getArray('Nums', resolve)!;
    const at = nums.toArray().findIndex((n, i) => i % 2 === 0 && (n as PdfNumber).value === key);
    const form = nums.at(at + 1, resolve) as PdfDict;
    expect(form.getName('S')?.value).toBe('Form');
    expect(form.getString('Alt')?.asString()).toMatch(/^Signé électroniquement par Jean-Louis MASSON/);
    const objr = form.getDict('K', resolve)!;
    expect([objr.getName('Type')?.value, objr.getRef('Obj')?.objectNumber]).toEqual(['OBJR', widgetRef?.objectNumber]);
    expect(treeRoot.getNumber('ParentTreeNextKey')?.value).toBe(key! + 1);
    // The form is the last element of the document, read after the act's text.
    const kids = (treeRoot.getArray('K', resolve)!.at(0, resolve) as PdfDict).getArray('K', resolve)!;
    expect(kids.at(kids.length - 1, resolve)).toBe(form);
  });

  it('refuses the certificate of someone else, naming both, and writes nothing', async () => {
    const { db } = register();
    const before = snapshot(db);
    const refusal = signExtract(db, { ...G25, p12: durandP12 });
    await expect(refusal).rejects.toThrow(/certificat est celui de Marie DURAND, mais l'acte G25 a été présidé par Jean-Louis MASSON/);
    expect(snapshot(db)).toEqual(before);
  });

  it('accepts it under a stated delegation, which is recorded', async () => {
    const { db, dir } = register();
    const delegation = 'Délégation de signature, arrêté n° 2023-45 du 3 janvier 2023';
    const signed = await signExtract(db, { ...G25, p12: durandP12, delegation });
    const file = join(dir, 'G25.pdf');
    writeFileSync(file, signed.bytes);
    expect(pdfsig(file, '-nocert')).toContain('Signature is Valid.');
    expect(db.prepare('SELECT delegation, signer_label, certificate_subject FROM signatures').get()).toEqual({
      delegation,
      signer_label: 'Marie DURAND',
      certificate_subject: 'CN=Marie DURAND, O=Département du Var, C=FR',
    });
  });

  it('refuses a wrong passphrase, an expired certificate, a truncated file and an empty delegation, writing nothing', async () => {
    const { db } = register();
    const before = snapshot(db);
    await expect(signExtract(db, { ...G25, p12: pki.signerP12, passphrase: 'pas-le-bon' })).rejects.toThrow('Le mot de passe du certificat est incorrect.');
    await expect(signExtract(db, { ...G25, p12: pki.expiredP12 })).rejects.toThrow(/Le certificat de Ancien SIGNATAIRE a expiré le/);
    await expect(signExtract(db, { ...G25, p12: pki.truncatedP12 })).rejects.toThrow(/PKCS#12|certificat/);
    await expect(signExtract(db, { ...G25, p12: durandP12, delegation: '  ' })).rejects.toThrow(/Délégation : indiquez le texte/);
    await expect(signExtract(db, { ...G25, act: 'G999', p12: pki.signerP12 })).rejects.toThrow("L'acte G999 n'existe pas dans la séance du 16 octobre 2023.");
    expect(snapshot(db)).toEqual(before);
  });
});
