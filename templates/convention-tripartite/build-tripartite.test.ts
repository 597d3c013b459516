import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conventionsFileSchema } from '../../shared/convention/loan-guarantee';
import type { Tripartite } from '../../shared/convention/tripartite';
import { partnerShareCents, tripartiteSchema } from '../../shared/convention/tripartite';
import { renderDocx } from '../render/docx';
import { renderPdf } from '../render/pdf';
import { docxText, normalizeForGolden, pdfText } from '../testing/extract-text';
import { templateFor } from '../catalogue';
import { buildTripartite } from './build-tripartite';
import { expectedTripartite } from './testing/golden';
import { pointedEuros, tripartiteValues } from './tripartite-values';

const file = conventionsFileSchema.parse(JSON.parse(readFileSync(new URL('../../reference/conventions-2023-10-16.json', import.meta.url), 'utf8')));
const template = templateFor({}, 'convention-tripartite');
const now = new Date('2023-10-20T00:00:00Z');

function g26() {
  const c = file.conventions.find((x) => x.act === 'G26');
  if (c === undefined) throw new Error('G26');
  return { number: c.number, data: tripartiteSchema.parse(c.data) };
}

describe('tripartite convention G26 against the published recueil', () => {
  it('reproduces G26 word for word in PDF', async () => {
    const { bytes } = await renderPdf(buildTripartite(g26(), template, now));
    expect(normalizeForGolden(await pdfText(bytes, { raw: true }))).toBe(expectedTripartite('G26'));
  });
  it('reproduces G26 word for word in DOCX', async () => {
    const bytes = await renderDocx(buildTripartite(g26(), template, now));
    expect(normalizeForGolden(await docxText(bytes))).toBe(expectedTripartite('G26'));
  });
});

describe("the act's own wording", () => {
  it('keeps the published typos of G26 as wording overrides; without them the model prints the correct words', async () => {
    const plain = { ...g26(), data: { ...g26().data, wording: {} } };
    const text = normalizeForGolden(await pdfText((await renderPdf(buildTripartite(plain, template, now))).bytes, { raw: true }));
    const published = expectedTripartite('G26');
    expect(published).toContain('IL EST CONVENU CE QUI SUIV Article 1');
    expect(text).toBe(
      published.replace('CE QUI SUIV ', 'CE QUI SUIT ').replace('du FCVTA', 'du FCTVA').replace("d'Intervention Ulérieur", "d'Intervention Ultérieur"),
    );
  });
});

describe('financing', () => {
  it("computes the Var's 50 % share from the total cost, in figures and in words", () => {
    const t = tripartiteValues(g26()).texts;
    expect(partnerShareCents(50, 50_000_000)).toBe(25_000_000);
    expect(t['financement.part_partenaire_points']).toBe('250.000 €');
    expect(t['financement.part_partenaire']?.replace(/\u00A0/g, ' ')).toBe('250 000 €');
    expect(t['financement.part_partenaire_en_lettres']).toBe('deux cent cinquante mille euros');
    expect(t['financement.coût_ht_points']).toBe('416.666 €');
    const other = tripartiteValues({ number: 'CO 2023-1', data: { ...g26().data, partnerSharePercent: 30 } }).texts;
    expect(other['financement.part_partenaire_points']).toBe('150.000 €');
  });

  it('writes small amounts without points and keeps the cents', () => {
    expect(pointedEuros(99_900)).toBe('999 €');
    expect(pointedEuros(123_456_789)).toBe('1.234.567,89 €');
  });
});

describe('tripartite data', () => {
  it('fills the deliberation date when it is known, and the parties in the feminine where needed', () => {
    const data: Tripartite = { ...g26().data, commune: { ...g26().data.commune, deliberation: { body: 'la délibération du conseil municipal', date: '2023-09-28' } } };
    const t = tripartiteValues({ number: 'CO 2023-1330', data }).texts;
    expect(t['commune.délibération']).toBe('la délibération du conseil municipal en date du 28 septembre 2023');
    expect([t['commune.représenté'], t['maître.représenté'], t['commune.dénommé']]).toEqual(['Représentée', 'Représenté', 'dénommée']);
  });

  it('refuses a wording override naming no field, and inconsistent amounts', () => {
    const data: Tripartite = { ...g26().data, wording: { 'mot.inconnu': 'x' } };
    expect(() => tripartiteValues({ number: 'CO 2023-1330', data })).toThrow(/Convention CO 2023-1330 : wording\.mot\.inconnu ne correspond à aucun champ du modèle/);
    const bad = tripartiteSchema.safeParse({ ...g26().data, costExclTaxCents: 60_000_000 });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('le coût HT ne peut dépasser le coût TTC');
  });
});
