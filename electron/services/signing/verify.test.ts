import { P12Signer, PDF, PdfArray, PdfDict, PdfStream } from '@libpdf/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/domain/errors';
import { readCertificate } from './certificate';
import { signPdf } from './sign';
import {
  PASSPHRASE,
  SIGNING_TIME,
  type TestPki,
  makeActPdf,
  makeSelfSignedP12,
  makeTestPki,
  missingTools,
  pdfsig,
  skipReason,
  withPageTwoAltered,
} from './testing/fixtures';
import { verifyPdf } from './verify';

const missing = missingTools('openssl', 'pdfsig');

/** A copy of `signed` with one hex digit of the CMS signature value changed (outside the signed range). */
function withSignatureValueAltered(signed: Uint8Array): Uint8Array {
  const copy = Buffer.from(signed);
  const contents = copy.indexOf('/Contents <', 0, 'latin1') + '/Contents <'.length;
  // The DER starts with 30 82 LLLL; the signature value is the last element of the CMS.
  const cmsLength = 4 + parseInt(copy.toString('latin1', contents + 4, contents + 8), 16);
  const at = contents + 2 * cmsLength - 6;
  copy[at] = copy[at] === '0'.charCodeAt(0) ? '1'.charCodeAt(0) : '0'.charCodeAt(0);
  return new Uint8Array(copy);
}

describe.skipIf(missing.length > 0)(`verifyPdf${skipReason(missing)}`, () => {
  let pki: TestPki;
  let act: Uint8Array;
  let signed: Uint8Array;
  const save = (name: string, bytes: Uint8Array) => {
    const path = join(pki.dir, name);
    writeFileSync(path, bytes);
    return path;
  };

  beforeAll(async () => {
    pki = makeTestPki();
    act = await makeActPdf(3);
    signed = await signPdf(act, pki.signerP12, PASSPHRASE, {
      signingTime: SIGNING_TIME,
      signerLabel: 'Jean-Louis MASSON, Président du Conseil départemental',
    });
  });
  afterAll(() => pki.cleanUp());

  it('reports an unsigned PDF as such', async () => {
    expect(await verifyPdf(act)).toEqual({ signed: false, signatures: [] });
  });

  it('agrees with pdfsig on a valid signature and says who signed and when', async () => {
    expect(pdfsig(save('valid.pdf', signed), '-nocert')).toContain('Signature is Valid.');
    const certificate = await readCertificate(pki.signerP12, PASSPHRASE, SIGNING_TIME);
    expect(await verifyPdf(signed)).toEqual({
      signed: true,
      signatures: [
        {
          intact: true,
          coversWholeDocument: true,
          signedContentKept: true,
          signerIssuer: 'unrecognised',
          signerCommonName: 'Jean-Louis MASSON',
          subject: 'CN=Jean-Louis MASSON, O=Département du Var, C=FR',
          serialNumber: certificate.serialNumber,
          signingTime: SIGNING_TIME,
          subFilter: 'ETSI.CAdES.detached',
        },
      ],
    });
  });

  it('says whether a recognised authority issued the signer: not the test CA unless listed, never a self-signed certificate', async () => {
    const ca = new Uint8Array(execFileSync('openssl', ['x509', '-in', pki.caCertificate, '-outform', 'DER']));
    expect((await verifyPdf(signed, [ca])).signatures[0]?.signerIssuer).toBe('recognised');
    const selfSigned = await signPdf(act, makeSelfSignedP12(pki), PASSPHRASE, { signingTime: SIGNING_TIME, signerLabel: 'Jean-Marie BERNARD' });
    expect(pdfsig(save('self-signed.pdf', selfSigned))).toContain('Certificate issuer is unknown');
    const [signature] = (await verifyPdf(selfSigned, [ca])).signatures;
    expect(signature).toMatchObject({ intact: true, coversWholeDocument: true, signerIssuer: 'self-signed', signerCommonName: 'Jean-Marie BERNARD' });
  });

  it('agrees with pdfsig on a changed byte of the signed range', async () => {
    const tampered = withPageTwoAltered(signed);
    expect(pdfsig(save('tampered.pdf', tampered), '-nocert')).toContain('Digest Mismatch.');
    const [signature] = (await verifyPdf(tampered)).signatures;
    expect(signature).toMatchObject({ intact: false, coversWholeDocument: true, signerCommonName: 'Jean-Louis MASSON' });
  });

  it('agrees with pdfsig on a changed signature value', async () => {
    const forged = withSignatureValueAltered(signed);
    const report = pdfsig(save('forged.pdf', forged), '-nocert');
    expect(report).not.toContain('Signature is Valid.');
    const [signature] = (await verifyPdf(forged)).signatures;
    expect(signature?.intact).toBe(false);
  });

  it('agrees with pdfsig when bytes were added after the signature', async () => {
    const extended = new Uint8Array(Buffer.concat([signed, Buffer.from('\n% ajouté après la signature\n', 'latin1')]));
    const report = pdfsig(save('extended.pdf', extended), '-nocert');
    expect(report).toContain('Signature is Valid.');
    expect(report).not.toContain('Total document signed');
    const [signature] = (await verifyPdf(extended)).signatures;
    // A comment adds nothing to the document: the signed content is what was signed.
    expect(signature).toMatchObject({ intact: true, coversWholeDocument: false, signedContentKept: true });
  });

  it('finds the signed content kept when a countersignature is added later, as pdfsig finds both valid', async () => {
    const doc = await PDF.load(signed);
    await doc.sign({ signer: await P12Signer.create(pki.signerP12, PASSPHRASE), signingTime: SIGNING_TIME, fieldName: 'Contreseing' });
    const countersigned = await doc.save({ incremental: true });
    const report = pdfsig(save('countersigned.pdf', countersigned), '-nocert');
    expect(report.match(/Signature is Valid\./g)).toHaveLength(2);
    const [first, second] = (await verifyPdf(countersigned)).signatures;
    expect(first).toMatchObject({ intact: true, coversWholeDocument: false, signedContentKept: true });
    expect(second).toMatchObject({ intact: true, coversWholeDocument: true });
  });

  it('finds the signed content kept when validation data (DSS) is added later', async () => {
    const doc = await PDF.load(signed);
    const certificate = doc.register(new PdfStream(new PdfDict(), new Uint8Array([0x30, 0x82, 0x00, 0x00])));
    doc.getCatalog().set('DSS', PdfDict.of({ Certs: new PdfArray([certificate]) }));
    const withDss = await doc.save({ incremental: true });
    expect(Buffer.from(withDss.subarray(0, signed.length)).equals(Buffer.from(signed))).toBe(true);
    const [signature] = (await verifyPdf(withDss)).signatures;
    expect(signature).toMatchObject({ intact: true, coversWholeDocument: false, signedContentKept: true });
  });

  it('finds the signed content ALTERED when a later revision writes on a page or adds one, the signed bytes being intact', async () => {
    const written = await PDF.load(signed);
    written.getPage(1)?.drawText('Montant : 1 000 000 €', { x: 72, y: 400 });
    const overwritten = await written.save({ incremental: true });
    expect(pdfsig(save('overwritten.pdf', overwritten), '-nocert')).toContain('Signature is Valid.');
    expect((await verifyPdf(overwritten)).signatures[0]).toMatchObject({ intact: true, coversWholeDocument: false, signedContentKept: false });
    const grown = await PDF.load(signed);
    grown.addPage({});
    const added = await grown.save({ incremental: true });
    expect((await verifyPdf(added)).signatures[0]).toMatchObject({ intact: true, signedContentKept: false });
  });

  it('refuses what is not a PDF', async () => {
    await expect(verifyPdf(new TextEncoder().encode('Bonjour'))).rejects.toThrow(AppError);
  });
});
