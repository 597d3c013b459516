import { describe, expect, it } from 'vitest';
import type { Catalogue } from './template';
import { parseTemplate, placeholdersOf } from './parse-template';

const catalogue: Catalogue = {
  texts: { 'séance.date_longue': 'date', 'acte.numéro': 'numéro' },
  lists: { 'acte.visas': 'visas' },
};

describe('parseTemplate', () => {
  it('reads directives, options, text lines and comments', () => {
    const t = parseTemplate('essai', '# commentaire\n@paragraphe centré gras\nSéance du {séance.date_longue}\nN° {acte.numéro}\n\n@pour-chaque acte.visas justifié\n', catalogue);
    expect(t.blocks).toEqual([
      { kind: 'paragraph', text: 'Séance du {séance.date_longue}\nN° {acte.numéro}', style: { align: 'center', bold: true, italic: false, keepTogether: false, onlyIf: undefined }, line: 2 },
      { kind: 'each', list: 'acte.visas', text: '{élément}', style: { align: 'justify', bold: false, italic: false, keepTogether: false, onlyIf: undefined }, line: 6 },
    ]);
  });

  it('refuses an unknown placeholder, naming the line and the allowed ones', () => {
    expect(() => parseTemplate('extrait', '@paragraphe\nSéance du {séance.date}', catalogue)).toThrow(
      'Modèle « extrait », ligne 1 : champ inconnu {séance.date}. Champs disponibles : {séance.date_longue}, {acte.numéro}.',
    );
  });

  it('tells when a list is used as a text', () => {
    expect(() => parseTemplate('extrait', '@paragraphe\n{acte.visas}', catalogue)).toThrow(/« acte\.visas » est une liste : utilisez @pour-chaque acte\.visas/);
  });

  it('refuses an unknown directive, option, list or condition', () => {
    expect(() => parseTemplate('x', '@image\ntexte', catalogue)).toThrow(/ligne 1 : directive « @image » inconnue ; directives possibles : @titre, @paragraphe/);
    expect(() => parseTemplate('x', '@paragraphe clignotant\ntexte', catalogue)).toThrow(/option « clignotant » inconnue/);
    expect(() => parseTemplate('x', '@pour-chaque acte.annexes', catalogue)).toThrow(/liste « acte\.annexes » inconnue pour @pour-chaque ; listes disponibles : acte\.visas/);
    expect(() => parseTemplate('x', '@paragraphe si=acte.date\ntexte', catalogue)).toThrow(/condition si=acte\.date : champ inconnu/);
  });

  it('refuses text outside a block and an empty template', () => {
    expect(() => parseTemplate('x', 'texte libre', catalogue)).toThrow(/ligne 1 : texte hors d'un bloc/);
    expect(() => parseTemplate('x', '# rien\n', catalogue)).toThrow(/le modèle ne contient aucun bloc/);
  });
});

describe('placeholdersOf', () => {
  it('skips doubled braces, which print literal braces', () => {
    expect(placeholdersOf('{{pas un champ}} {acte.numéro}')).toEqual(['acte.numéro']);
  });

  it('reads a @tableau with its column widths and alignments, and refuses missing or bad ones', () => {
    const t = parseTemplate('sommaire', '@tableau acte.visas largeurs=9,1 alignements=gauche,droite gras', catalogue);
    expect(t.blocks).toEqual([
      {
        kind: 'table',
        list: 'acte.visas',
        columns: { widths: [9, 1], align: ['left', 'right'] },
        style: { align: undefined, bold: true, italic: false, keepTogether: false, onlyIf: undefined },
        line: 1,
      },
    ]);
    expect(() => parseTemplate('x', '@tableau acte.visas largeurs=9,1', catalogue)).toThrow(/ligne 1 : @tableau demande les options largeurs=… et alignements=…/);
    expect(() => parseTemplate('x', '@tableau acte.visas largeurs=9,0 alignements=gauche,droite', catalogue)).toThrow(/largeurs : « 0 » n'est pas un nombre positif/);
    expect(() => parseTemplate('x', '@tableau acte.visas largeurs=9,1 alignements=gauche,haut', catalogue)).toThrow(/alignements : « haut » inconnu/);
    expect(() => parseTemplate('x', '@tableau acte.visas largeurs=9,1 alignements=gauche', catalogue)).toThrow(/2 largeurs mais 1 alignements/);
    expect(() => parseTemplate('x', '@tableau acte.visas largeurs=1 alignements=gauche\ntexte', catalogue)).toThrow(/le bloc @tableau n'a pas de texte/);
  });
});
