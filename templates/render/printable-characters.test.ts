import { describe, expect, it } from 'vitest';
import { unprintableCharacters } from '../../shared/rules/printable-glyphs';
import { AWKWARD_TEXT } from '../testing/sample-document';
import { printableCodePoints } from './printable-characters';

describe('printableCodePoints', () => {
  it('has what French acts print today: ligatures, typographic apostrophe and spaces, €, °, №, superscripts, dashes', () => {
    const french = 'œŒ’«\u202f»\u00a0€°№ ²³¹ ᵉʳ –—… ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸàâäçéèêëîïôöùûüÿ §½‰•−ß';
    expect(unprintableCharacters(french, printableCodePoints())).toEqual([]);
    expect(unprintableCharacters(AWKWARD_TEXT, printableCodePoints())).toEqual([]);
  });

  it('has no emoji, no ℃ (Liberation has neither), and is computed once', () => {
    expect(unprintableCharacters('19 ℃ 😀 ✓', printableCodePoints())).toEqual(['℃', '😀', '✓']);
    expect(printableCodePoints()).toBe(printableCodePoints());
  });
});
