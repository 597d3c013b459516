import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docxText, normalizeForGolden, pdfText } from '../../../templates/testing/extract-text';
import { checkPdfA } from '../../../templates/testing/pdfa-check';
import { publishedConvention } from '../../../templates/convention-garantie/testing/golden';
import type { Db } from '../../db/open';
import { draftReferenceRegister, referenceRegister, snapshot } from '../../testing/temp-register';
import { importConventions, renderConvention } from './conventions';

interface ConventionsJson {
  session: { body: string; date: string };
  conventions: { act: string; number: string; kind: string; data: Record<string, unknown> }[];
}
const reference = (): ConventionsJson =>
  JSON.parse(readFileSync(new URL('../../../reference/conventions-2023-10-16.json', import.meta.url), 'utf8')) as ConventionsJson;

let db: Db;
let cleanup: () => void;
// The reference session before the control of legality: its acts are prepared and take conventions.
beforeEach(() => {
  ({ db, cleanup } = draftReferenceRegister());
});
afterEach(() => cleanup());

const now = new Date('2023-10-20T00:00:00Z');

describe('importConventions', () => {
  it('stores the four loan-guarantee conventions and the tripartite one of the reference session', () => {
    expect(importConventions(db, reference())).toEqual({
      body: 'CP',
      date: '2023-10-16',
      numbers: ['CO 2023-983', 'CO 2023-991', 'CO 2023-980', 'CO 2023-1098', 'CO 2023-1330'],
    });
    expect(db.prepare('SELECT a.number, c.number AS convention, c.kind FROM conventions c JOIN acts a ON a.id = c.act_id ORDER BY a.number').all()).toEqual([
      { number: 22, convention: 'CO 2023-983', kind: 'garantie-emprunt' },
      { number: 23, convention: 'CO 2023-991', kind: 'garantie-emprunt' },
      { number: 24, convention: 'CO 2023-980', kind: 'garantie-emprunt' },
      { number: 25, convention: 'CO 2023-1098', kind: 'garantie-emprunt' },
      { number: 26, convention: 'CO 2023-1330', kind: 'tripartite' },
    ]);
  });

  const refused: [string, (f: ConventionsJson) => void, RegExp][] = [
    ['an unknown act', (f) => void ((f.conventions[3] as ConventionsJson['conventions'][number]).act = 'G99'), /Convention CO 2023-1098 \(conventions\[3\], acte G99\) : L'acte G99 n'existe pas dans la séance du 16 octobre 2023\./],
    ['a number twice in the file', (f) => void ((f.conventions[1] as ConventionsJson['conventions'][number]).number = 'CO 2023-983'), /conventions\[1\], acte G23\) : le numéro CO 2023-983 figure deux fois dans le fichier/],
    [
      'a negative loan amount',
      (f) => void (((f.conventions[3] as ConventionsJson['conventions'][number]).data.loan as { amountCents: number }).amountCents = -5),
      /Convention CO 2023-1098 \(conventions\[3\], acte G25\) : données invalides — data\.loan\.amountCents : montant du prêt positif/,
    ],
    ['an unknown operation kind', (f) => void (((f.conventions[0] as ConventionsJson['conventions'][number]).data.operation as { kind: string }).kind = 'réhabilitation'), /data\.operation\.kind : nature attendue : VEFA ou construction/],
    ['a wording override naming no template field', (f) => void ((f.conventions[2] as ConventionsJson['conventions'][number]).data.wording = { inconnu: 'x' }), /Convention CO 2023-980 : wording\.inconnu ne correspond à aucun champ du modèle/],
    ['an unknown kind', (f) => void ((f.conventions[0] as ConventionsJson['conventions'][number]).kind = 'bail'), /Fichier de conventions invalide — conventions\[0\]\.kind : type de convention attendu : garantie-emprunt/],
  ];
  for (const [what, spoil, message] of refused) {
    it(`refuses ${what} with a French message and leaves the register unchanged`, () => {
      const before = snapshot(db);
      const file = reference();
      spoil(file);
      expect(() => importConventions(db, file)).toThrow(message);
      expect(snapshot(db)).toEqual(before);
    });
  }

  it('refuses a convention for an executory act, naming it, and leaves the register unchanged', () => {
    const sealed = referenceRegister();
    try {
      const before = snapshot(sealed.db);
      expect(() => importConventions(sealed.db, reference())).toThrow(
        /^Convention CO 2023-983 \(conventions\[0\], acte G22\) : l'acte G22 est exécutoire ou signé ; une convention ne peut plus lui être ajoutée\./,
      );
      expect(snapshot(sealed.db)).toEqual(before);
    } finally {
      sealed.cleanup();
    }
  });

  it('comes in with its session, before the acts are executory: the demo register holds the five', () => {
    const sealed = referenceRegister(reference());
    try {
      expect(sealed.db.prepare('SELECT count(*) FROM conventions').pluck().get()).toBe(5);
      expect(sealed.db.prepare('SELECT count(*) FROM acts WHERE executory_date IS NULL').pluck().get()).toBe(0);
    } finally {
      sealed.cleanup();
    }
  });

  it('refuses a number already in the register, and writes nothing of the second file', () => {
    importConventions(db, reference());
    const before = snapshot(db);
    const file = reference();
    (file.conventions[0] as ConventionsJson['conventions'][number]).number = 'CO 2023-5000';
    expect(() => importConventions(db, file)).toThrow(/Convention CO 2023-991 \(conventions\[1\], acte G23\) : le numéro CO 2023-991 est déjà attribué dans ce registre/);
    expect(snapshot(db)).toEqual(before);
  });
});

describe('renderConvention', () => {
  it('renders the G25 convention of the executory act as published, in PDF and DOCX', async () => {
    cleanup();
    ({ db, cleanup } = referenceRegister(reference()));
    const expected = normalizeForGolden(publishedConvention('G25'));
    const pdf = await renderConvention(db, { body: 'CP', date: '2023-10-16', act: 'G25', format: 'pdf', now });
    expect(pdf.number).toBe('CO 2023-1098');
    expect(normalizeForGolden(await pdfText(pdf.bytes, { raw: true }))).toBe(expected);
    expect(await checkPdfA(pdf.bytes)).toEqual({ problems: [], bookmarks: 0, claim: '2A' });
    const docx = await renderConvention(db, { body: 'CP', date: '2023-10-16', act: 'G25', format: 'docx', now });
    expect(normalizeForGolden(await docxText(docx.bytes))).toBe(expected);
  });

  it('says in French when the act has no convention', async () => {
    await expect(renderConvention(db, { body: 'CP', date: '2023-10-16', act: 'G25', format: 'pdf', now })).rejects.toThrow("L'acte G25 n'a pas de convention dans ce registre.");
    await expect(renderConvention(db, { body: 'CP', date: '2023-10-16', act: 'G99', format: 'pdf', now })).rejects.toThrow("L'acte G99 n'existe pas dans la séance du 16 octobre 2023.");
  });
});
