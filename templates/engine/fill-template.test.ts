import { describe, expect, it } from 'vitest';
import type { Block } from '../model';
import { decisionItem, fillTemplate, fillText } from './fill-template';
import { parseTemplate } from './parse-template';

describe('fillText', () => {
  it('inserts values literally, never reading them as placeholders', () => {
    expect(fillText('Objet : {a} {{b}}', { a: '{b} < & "x"', b: 'NON' })).toBe('Objet : {b} < & "x" {b}');
  });
});

describe('fillTemplate', () => {
  const catalogue = { texts: { date: '', reception: '' }, lists: { visas: '' } };
  const template = parseTemplate('t', '@paragraphe\nle {date}\n\n@paragraphe si=reception\nReçu le {reception}\n\n@pour-chaque visas\nVu {élément},', catalogue);
  const text = (blocks: Block[]) => blocks.map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : b.kind));

  it('repeats a block for each element and leaves out a block whose condition is empty', () => {
    expect(text(fillTemplate(template, { texts: { date: '16 octobre 2023', reception: null }, lists: { visas: ['le code', 'la loi'] } }))).toEqual([
      'le 16 octobre 2023',
      'Vu le code,',
      'Vu la loi,',
    ]);
    expect(text(fillTemplate(template, { texts: { date: 'x', reception: '18 octobre 2023' }, lists: { visas: [] } }))).toEqual(['le x', 'Reçu le 18 octobre 2023']);
  });
});

describe('fillTemplate @tableau', () => {
  const template = parseTemplate('t', '@tableau lignes largeurs=9,1 alignements=gauche,droite', { texts: {}, lists: { lignes: '' } });

  it('makes one row per element, its cells split at the tabs', () => {
    expect(fillTemplate(template, { texts: {}, lists: { lignes: ['G1 OBJET\t5', 'G2 AUTRE\t8'] } })).toEqual([
      { kind: 'table', rows: [['G1 OBJET', '5'], ['G2 AUTRE', '8']], columnWidths: [9, 1], columnAlign: ['left', 'right'] },
    ]);
  });

  it('prints nothing for an empty list', () => {
    expect(fillTemplate(template, { texts: {}, lists: { lignes: [] } })).toEqual([]);
  });
});

describe('decisionItem', () => {
  it('makes continuation lines, sub-items and a table with its header', () => {
    const item = decisionItem('de voter :\nconcernant le lot 1 :\n* pour la partie forfaitaire\nMontant\t2023\n3 000 €\t600 €');
    expect(item).toMatchObject({
      kind: 'dashItem',
      runs: [{ text: 'de voter :' }],
      content: [
        { kind: 'paragraph', runs: [{ text: 'concernant le lot 1 :' }] },
        { kind: 'subItem', runs: [{ text: 'pour la partie forfaitaire' }] },
        { kind: 'table', header: ['Montant', '2023'], rows: [['3 000 €', '600 €']] },
      ],
    });
  });

  it('prints one dash before a decision typed or pasted with its own, as the recueil shows them', () => {
    for (const typed of ["- d'accorder la garantie,", "– d'accorder la garantie,", "-  d'accorder la garantie,"]) {
      expect(decisionItem(typed)).toMatchObject({ kind: 'dashItem', runs: [{ text: "d'accorder la garantie," }] });
    }
    expect(decisionItem('-10 % sur le loyer,')).toMatchObject({ runs: [{ text: '-10 % sur le loyer,' }] });
  });
});
