import { PDF } from '@libpdf/core';
import { afterEach, describe, expect, it } from 'vitest';
import { referenceRegister } from '../../testing/temp-register';
import { makeAnnexPdf } from '../../testing/annex-pdf';
import { makeActPdf } from '../signing/testing/fixtures';
import { actAnnexes, addAnnex, MAX_ANNEX_BYTES, markPaperPieces, removeAnnex } from './act-annexes';

let cleanup = () => {};
afterEach(() => cleanup());

const G99 = { body: 'CP', date: '2023-10-16', act: 'G99' } as const;

function register() {
  const r = referenceRegister();
  cleanup = r.cleanup;
  r.db.exec(`INSERT INTO acts (session_id, number, object, outcome) VALUES (1, 99, 'ACTE EN PRÉPARATION', '{"kind":"unanimity"}')`);
  return r.db;
}

async function encryptedPdf(): Promise<Uint8Array> {
  const pdf = PDF.create();
  pdf.addPage({});
  pdf.setProtection({ userPassword: 'secret', ownerPassword: 'owner' });
  return pdf.save();
}

describe('annex files of an act', () => {
  it('attaches PDFs in order with their page count, removes one, and marks paper pieces', async () => {
    const db = register();
    const plan = await addAnnex(db, { ...G99, title: '  Plan   de situation ', pieceType: null, fileName: 'C:\\dossier\\plan.pdf', bytes: await makeAnnexPdf(2) });
    expect(plan).toMatchObject({ position: 1, title: 'Plan de situation', fileName: 'plan.pdf', pageCount: 2, pieceType: null });
    const table = await addAnnex(db, { ...G99, title: 'Tableau', pieceType: '99_DE', fileName: 'tableau.pdf', bytes: await makeAnnexPdf(1) });
    expect(table.position).toBe(2);
    markPaperPieces(db, { ...G99, paper: true });
    const view = actAnnexes(db, G99);
    expect(view.annexes.map((a) => a.title)).toEqual(['Plan de situation', 'Tableau']);
    expect(view.paperPieces).toBe(true);
    expect(view.pieceTypes.map((t) => t.code)).toEqual(['99_DE']);
    removeAnnex(db, { ...G99, id: plan.id });
    expect(actAnnexes(db, G99).annexes.map((a) => a.title)).toEqual(['Tableau']);
  });

  it('refuses by name a file that is not a PDF, an encrypted PDF, a file over 150 MB, an unknown piece type, a font not embedded', async () => {
    const db = register();
    const add = (fileName: string, bytes: Uint8Array, pieceType: string | null = null) => addAnnex(db, { ...G99, title: 'Annexe', pieceType, fileName, bytes });
    await expect(add('photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).rejects.toThrow(/^Annexe « photo\.jpg » : ce fichier n'est pas un PDF\.$/);
    await expect(add('protege.pdf', await encryptedPdf())).rejects.toThrow(/^Annexe « protege\.pdf » : le PDF est chiffré/);
    const huge = new Uint8Array(MAX_ANNEX_BYTES + 1);
    huge.set(Buffer.from('%PDF-1.7\n'));
    await expect(add('enorme.pdf', huge)).rejects.toThrow(/^Annexe « enorme\.pdf » : 151 Mo ; une annexe @ctes pèse 150 Mo au plus\.$/);
    await expect(add('plan.pdf', await makeAnnexPdf(1), '41_NC')).rejects.toThrow(/Type de pièce @ctes « 41_NC »/);
    // Helvetica, named and not embedded: the recueil that prints the annex would no longer be PDF/A.
    await expect(add('helvetica.pdf', await makeActPdf(1))).rejects.toThrow(
      /^Annexe « helvetica\.pdf » : la police « Helvetica » n'est pas incorporée au PDF, et le recueil PDF\/A ne peut pas l'imprimer ; enregistrez le fichier en PDF\/A/,
    );
    expect(actAnnexes(db, G99).annexes).toEqual([]);
  });

  it('refuses to attach to an act that has left the secretariat, saying what to do', async () => {
    const db = register();
    await expect(addAnnex(db, { ...G99, act: 'G25', title: 'Plan', pieceType: null, fileName: 'plan.pdf', bytes: await makeAnnexPdf(1) })).rejects.toThrow(
      /^G25 est .* : il ne peut plus être modifié ; pour le corriger, créez un nouvel acte/,
    );
    expect(() => markPaperPieces(db, { ...G99, act: 'G25', paper: true })).toThrow(/^G25 est /);
  });
});
