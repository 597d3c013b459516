import { describe, expect, it } from 'vitest';
import { actVerdict } from '../../shared/rules/act-verdict';
import { renderPdf } from '../render/pdf';
import { renderDocx } from '../render/docx';
import { docxText, normalizeForGolden, pdfText } from '../testing/extract-text';
import { checkPdfA } from '../testing/pdfa-check';
import { referencePlan } from '../testing/reference-plan';
import { templateFor } from '../catalogue';
import { buildExtract } from './build-extract';
import { publishedExtract } from './testing/golden';

const { collectivity, session, acts, published } = referencePlan();

function extractOf(number: string) {
  const act = acts.find((a) => `G${a.number}` === number);
  if (act === undefined) throw new Error(number);
  return buildExtract({ collectivity, session, act, verdict: actVerdict(session, act) }, templateFor({}, 'extrait'), new Date('2023-10-20T00:00:00Z'));
}

describe('extract PDF against the published recueil', () => {
  for (const act of published) {
    it(`reproduces ${act.number} word for word`, async () => {
      const { bytes } = await renderPdf(extractOf(act.number));
      const firstLine = act.lineRange[0];
      expect(normalizeForGolden(await pdfText(bytes, { raw: true }))).toBe(normalizeForGolden(publishedExtract(firstLine)));
    });
  }
});

describe('extract PDF as an archivable, accessible file', () => {
  it('is a tagged PDF/A-2a for every act of the reference séance', async () => {
    for (const act of published) {
      const { bytes } = await renderPdf(extractOf(act.number));
      expect(await checkPdfA(bytes), act.number).toEqual({ problems: [], bookmarks: 0, claim: '2A' });
    }
  });
});

describe('extract DOCX against the published recueil', () => {
  for (const act of published) {
    it(`reproduces ${act.number} word for word`, async () => {
      const bytes = await renderDocx(extractOf(act.number));
      const firstLine = act.lineRange[0];
      expect(normalizeForGolden(await docxText(bytes))).toBe(normalizeForGolden(publishedExtract(firstLine)));
    });
  }
});

describe('extract of an act with awkward text', () => {
  it('prints <, &, ", {placeholder} and 2 000-character paragraphs literally in PDF and DOCX', async () => {
    const g1 = acts[0];
    if (g1 === undefined) throw new Error('G1');
    const long = `Considérant ${'la continuité du service public départemental & la sécurité des usagers '.repeat(28)}`.slice(0, 2000);
    const act = {
      ...g1,
      object: 'OBJET <B> & "GUILLEMETS" {acte.numéro} {{double}}',
      visas: ['Vu le code « L.3211-2 » & l’article <3>,', 'Vu {séance.date_longue} écrit tel quel,'],
      considerants: [long],
      decisions: ['d’approuver le montant de 1 894 056,50 € pour l’œuvre,\nCommune\tMontant\n<Bandol>\t5 000 €'],
    };
    const doc = buildExtract({ collectivity, session, act, verdict: actVerdict(session, act) }, templateFor({}, 'extrait'), new Date('2023-10-20T00:00:00Z'));
    const expected = [
      'OBJET : OBJET <B> & "GUILLEMETS" {acte.numéro} {{double}}',
      "Vu le code « L.3211-2 » & l'article <3>,",
      'Vu {séance.date_longue} écrit tel quel,',
      normalizeForGolden(long),
      "- d'approuver le montant de 1 894 056,50 € pour l'œuvre, Commune Montant <Bandol> 5 000 €",
    ];
    const pdf = normalizeForGolden(await pdfText((await renderPdf(doc)).bytes, { raw: true }));
    const docx = normalizeForGolden(await docxText(await renderDocx(doc)));
    for (const text of expected) {
      expect(pdf).toContain(text);
      expect(docx).toContain(text);
    }
  });
});

describe('extract determinism', () => {
  it('gives the same bytes for every act when the whole session is rendered twice in one process', async () => {
    const render = () => Promise.all(published.map(async (a) => Buffer.from((await renderPdf(extractOf(a.number))).bytes)));
    const first = await render();
    const second = await render();
    first.forEach((bytes, i) => expect({ act: published[i]?.number, same: bytes.equals(second[i] ?? Buffer.alloc(0)) }).toEqual({ act: published[i]?.number, same: true }));
  });
});
