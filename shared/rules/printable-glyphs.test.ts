import { describe, expect, it } from 'vitest';
import { unprintableActText, unprintableCharacters } from './printable-glyphs';

// A font that has the small letters, « V », the space, « à », « é », « œ » and « € » only.
const printable = new Set([...'abcdefghijklmnopqrstuvwxyzV àéœ€'].map((c) => c.codePointAt(0) ?? 0));
const act = { object: 'objet', serviceCodeLines: [], examinationSentence: null, visas: [], considerants: [], decisions: [], decisionNotes: [] };

describe('unprintableCharacters', () => {
  it('gives each character without a glyph once, in its order, emoji whole', () => {
    expect(unprintableCharacters('a ℃ b 😀 c ℃', printable)).toEqual(['℃', '😀']);
    expect(unprintableCharacters('œuvre de vie', printable)).toEqual([]);
  });

  it('finds the same with a font covering the common Latin ranges, whose texts take the quick scan', () => {
    const latin = new Set([...Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => 0x20 + i), ...Array.from({ length: 0x36f - 0xa0 + 1 }, (_, i) => 0xa0 + i), 0x3b1]);
    expect(unprintableCharacters('Vu le code général, « œuvre » à 19 °C', latin)).toEqual([]);
    expect(unprintableCharacters('α et ω, 19 ℃ — 😀', latin)).toEqual(['ω', '℃', '—', '😀']);
    expect(unprintableCharacters('ligne\tcellule\u200b', latin)).toEqual([]);
    // The quick scan reads UTF-16 units: a character of two, alone in its text, is still found.
    expect(unprintableCharacters('seul 😀', latin)).toEqual(['😀']);
  });

  it('leaves out what is never drawn: tabs and line breaks (the layout), format characters (invisible)', () => {
    expect(unprintableCharacters('a\tb\nc\r\n\u200d\u2060\ufeff', printable)).toEqual([]);
  });
});

describe('unprintableActText', () => {
  it('names the first field as the editor labels it, and the character with its code point', () => {
    expect(unprintableActText({ ...act, visas: ['Vu le code'], decisions: ['de chauffer à 19 ℃'] }, printable)).toEqual({
      field: 'decisions',
      message: "Décisions : les caractères « 1 » (U+0031), « 9 » (U+0039) et « ℃ » (U+2103) ne peuvent pas être imprimés dans l'extrait ; retirez-les ou remplacez-les.",
    });
    expect(unprintableActText({ ...act, visas: ['Vu 😀'] }, printable)).toEqual({
      field: 'visas',
      message: "Visas : le caractère « 😀 » (U+1F600) ne peut pas être imprimé dans l'extrait ; retirez-le ou remplacez-le.",
    });
  });

  it('checks only the fields given, and accepts what the font prints', () => {
    expect(unprintableActText({ ...act, visas: ['Vu 😀'] }, printable, ['object', 'decisions'])).toBeNull();
    expect(unprintableActText({ ...act, examinationSentence: 'œuvre à vie', decisions: ['de payer €'] }, printable)).toBeNull();
  });
});
