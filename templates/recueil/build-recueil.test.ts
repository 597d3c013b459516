import { describe, expect, it } from 'vitest';
import type { Recueil } from '../../shared/domain/session';
import { createDocument, pageBreak, paragraph, type Block, type Document } from '../model';
import { pdfText } from '../testing/extract-text';
import { buildRecueil, recueilTemplates, type RecueilAct } from './build-recueil';

const meta = { title: 'Recueil', author: 'Département du Var', subject: 'essai', createdAt: '2023-10-20T08:00:00Z' };
const recueil: Recueil = {
  title: 'ACTES ADMINISTRATIFS DU DÉPARTEMENT DU VAR',
  year: 2023,
  number: 59,
  publicationDate: '2023-10-20',
  section: 'Commission permanente — DÉLIBÉRATIONS',
  backCover: ['PARTOUT, POUR TOUS,'],
};

/** An act of `pages` pages whose first page says "N° : G<n>". */
function act(n: number, pages: number): RecueilAct {
  const blocks: Block[] = [paragraph(`N° : G${n}`)];
  for (let p = 1; p < pages; p++) blocks.push(pageBreak(), paragraph(`suite ${p} de G${n}`));
  return { number: `G${n}`, title: `OBJET DE L'ACTE G${n} `.repeat(4).trim(), extract: createDocument({ meta, blocks }), annexes: [] };
}

const pagesOf = async (bytes: Uint8Array) => (await pdfText(bytes, { raw: true })).split('\f');

describe('buildRecueil', () => {
  it('settles the page numbers of a sommaire that runs over several pages', async () => {
    const acts = Array.from({ length: 70 }, (_, i) => act(i + 1, 1 + (i % 3)));
    const built = await buildRecueil({ recueil, sessionDate: '2023-10-16', acts, meta }, recueilTemplates());
    const pages = await pagesOf(built.bytes);
    const firstAct = built.sommaire[0]!.page;
    expect(firstAct).toBeGreaterThan(3); // cover + a sommaire of two pages or more
    expect(built.passes).toBeGreaterThan(1);
    for (const entry of built.sommaire) {
      expect(pages[entry.page - 1]).toContain(`N° : ${entry.number}\n`);
      expect(pages[entry.page - 2]).not.toContain(`N° : ${entry.number}\n`);
    }
    // The sommaire's pages print those numbers, and nothing else sits between the cover and the first act.
    const sommaire = pages.slice(1, firstAct - 1).join('\n').replace(/\s+/g, ' ');
    expect(sommaire.startsWith('SOMMAIRE ')).toBe(true);
    for (const entry of built.sommaire) expect(sommaire).toContain(` ${entry.number} ${entry.title} ${entry.page} `);
    expect(built.pageCount).toBe(pages.filter((p) => p.trim() !== '').length);
  });

  it('puts each act\'s annexes after its extract and counts them', async () => {
    const annex: Document = createDocument({ meta, blocks: [paragraph('ANNEXE'), pageBreak(), paragraph('ANNEXE suite')] });
    const acts = [{ ...act(1, 2), annexes: [annex, annex] }, act(2, 1)];
    const built = await buildRecueil({ recueil, sessionDate: '2023-10-16', acts, meta }, recueilTemplates());
    expect(built.sommaire.map((e) => e.page)).toEqual([3, 9]);
    const pages = await pagesOf(built.bytes);
    expect(pages.slice(2, 9).map((p) => p.split('\n')[0])).toEqual(['N° : G1', 'suite 1 de G1', 'ANNEXE', 'ANNEXE suite', 'ANNEXE', 'ANNEXE suite', 'N° : G2']);
  });

  it('fills edited templates', async () => {
    const templates = recueilTemplates({
      'recueil-couverture': '@titre centré\n{recueil.titre} n° {recueil.numéro}/{recueil.année}',
      'recueil-sommaire': '@titre\nTABLE\n\n@tableau sommaire.lignes largeurs=3,1 alignements=gauche,droite',
      'recueil-quatrieme-de-couverture': '@paragraphe\nFin du recueil publié le {recueil.date_publication}',
    });
    const built = await buildRecueil({ recueil, sessionDate: '2023-10-16', acts: [act(1, 1)], meta }, templates);
    const pages = await pagesOf(built.bytes);
    expect(pages.slice(0, 4).map((p) => p.replace(/\s+/g, ' ').trim())).toEqual([
      'ACTES ADMINISTRATIFS DU DÉPARTEMENT DU VAR n° 59/2023',
      `TABLE G1 ${act(1, 1).title} 3 Page 2 / 4`,
      'N° : G1 Page 3 / 4',
      'Fin du recueil publié le 20 octobre 2023',
    ]);
  });

  it('refuses a template field the recueil does not know', () => {
    expect(() => recueilTemplates({ 'recueil-couverture': '@paragraphe\n{acte.objet}' })).toThrow(/Modèle « recueil-couverture », ligne 1 : champ inconnu \{acte\.objet\}/);
  });
});
