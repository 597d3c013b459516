import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectedTripartite } from '../../../templates/convention-tripartite/testing/golden';
import { docxText, normalizeForGolden, pdfText } from '../../../templates/testing/extract-text';
import type { Db } from '../../db/open';
import { draftReferenceRegister, snapshot } from '../../testing/temp-register';
import { importConventions, renderConvention } from './conventions';

interface ConventionsJson {
  session: { body: string; date: string };
  conventions: { act: string; number: string; kind: string; data: Record<string, unknown> }[];
}
const reference = (): ConventionsJson =>
  JSON.parse(readFileSync(new URL('../../../reference/conventions-2023-10-16.json', import.meta.url), 'utf8')) as ConventionsJson;

/** The reference file reduced to its G26 tripartite convention. */
function g26File(): ConventionsJson & { conventions: [ConventionsJson['conventions'][number]] } {
  const file = reference();
  const g26 = file.conventions.find((c) => c.act === 'G26');
  if (g26 === undefined) throw new Error('G26 missing from the reference conventions');
  return { ...file, conventions: [g26] };
}

let db: Db;
let cleanup: () => void;
beforeEach(() => {
  ({ db, cleanup } = draftReferenceRegister());
});
afterEach(() => cleanup());

const now = new Date('2023-10-20T00:00:00Z');

describe('tripartite conventions in the register', () => {
  it('imports G26 as a tripartite convention and renders it as published, in PDF and DOCX', async () => {
    expect(importConventions(db, g26File()).numbers).toEqual(['CO 2023-1330']);
    expect(db.prepare('SELECT kind FROM conventions').pluck().all()).toEqual(['tripartite']);
    const pdf = await renderConvention(db, { body: 'CP', date: '2023-10-16', act: 'G26', format: 'pdf', now });
    expect(pdf.number).toBe('CO 2023-1330');
    expect(normalizeForGolden(await pdfText(pdf.bytes, { raw: true }))).toBe(expectedTripartite('G26'));
    const docx = await renderConvention(db, { body: 'CP', date: '2023-10-16', act: 'G26', format: 'docx', now });
    expect(normalizeForGolden(await docxText(docx.bytes))).toBe(expectedTripartite('G26'));
  });

  const data = (f: ReturnType<typeof g26File>) => f.conventions[0].data;
  const refused: [string, (f: ReturnType<typeof g26File>) => void, RegExp][] = [
    ['a share rate above 100 %', (f) => void (data(f).partnerSharePercent = 150), /Convention CO 2023-1330 \(conventions\[0\], acte G26\) : données invalides — data\.partnerSharePercent : participation entre 1 et 100 %/],
    ['a cost in euros with cents as a fraction', (f) => void (data(f).costInclTaxCents = 500000.5), /data\.costInclTaxCents : coût TTC en centimes entiers/],
    ['a cost excluding tax above the cost including tax', (f) => void (data(f).costExclTaxCents = 60_000_000), /data\.costExclTaxCents : le coût HT ne peut dépasser le coût TTC/],
    ['a missing commune', (f) => void delete data(f).commune, /data\.commune/],
    ['a loan-guarantee kind on tripartite data', (f) => void (f.conventions[0].kind = 'garantie-emprunt'), /données invalides — data\./],
    ['a wording override naming no template field', (f) => void (data(f).wording = { 'mot.inconnu': 'x' }), /Convention CO 2023-1330 : wording\.mot\.inconnu ne correspond à aucun champ du modèle/],
  ];
  for (const [what, spoil, message] of refused) {
    it(`refuses ${what} with a French message and leaves the register unchanged`, () => {
      const before = snapshot(db);
      const file = g26File();
      spoil(file);
      expect(() => importConventions(db, file)).toThrow(message);
      expect(snapshot(db)).toEqual(before);
    });
  }
});
