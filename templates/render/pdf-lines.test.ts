import { describe, expect, it } from 'vitest';
import type { Alignment, Run } from '../model';
import { breakLines, type InlineStyle, type Measure, type PlacedFragment } from './pdf-lines';

// A monospaced stand-in for the font: every character is half the size wide.
const measure: Measure = (text, style) => Array.from(text).length * style.sizePt * 0.5;
const styleOf = (run: Run): InlineStyle => ({
  face: { family: 'serif', bold: run.bold === true, italic: false },
  sizePt: run.superscript === true ? 6 : 10,
  underline: false,
  risePt: run.superscript === true ? 3 : 0,
});
// 10 pt characters of 5 pt: a 50 pt line holds 10 characters.
const lines = (text: string | Run[], align: Alignment = 'left', widthPt = 50): PlacedFragment[][] =>
  breakLines(typeof text === 'string' ? [{ text }] : text, styleOf, widthPt, align, measure);
const texts = (placed: PlacedFragment[][]): string[] => placed.map((line) => line.map((f) => f.text).join('|'));

describe('breakLines', () => {
  it('fills lines greedily and drops the space where a line wraps', () => {
    expect(texts(lines('aaa bbb ccc ddd'))).toEqual(['aaa bbb', 'ccc ddd']);
  });

  it('never breaks at a non-breaking space or a narrow non-breaking space', () => {
    expect(texts(lines('aaaa 16\u00a0octobre'))).toEqual(['aaaa', '16\u00a0octobre']);
    expect(texts(lines('aaaa «\u202fmot\u202f»'))).toEqual(['aaaa', '«\u202fmot\u202f»']);
  });

  it('may break after the hyphen of a compound word, never adding one', () => {
    expect(texts(lines('aa LIEU-DITS'))).toEqual(['aa LIEU-', 'DITS']);
  });

  it('never ends a line on a hyphen followed by a space', () => {
    expect(texts(lines('Laugiers - Îlot D'))).toEqual(['Laugiers', '- Îlot D']);
  });

  it('cuts a word longer than the line between characters rather than overflowing', () => {
    expect(texts(lines('abcdefghijklmnopqrstuvwxy'))).toEqual(['abcdefghij', 'klmnopqrst', 'uvwxy']);
  });

  it('honours "\\n" as a line break and keeps an empty line for an empty paragraph', () => {
    expect(texts(lines('un\ndeux'))).toEqual(['un', 'deux']);
    expect(texts(lines(''))).toEqual(['']);
  });

  it('stretches the spaces of justified lines but not of the last line', () => {
    const [first, last] = lines('aa bb cc dd ee', 'justify');
    // "aa bb cc" is 40 pt wide: the 10 pt left are shared by its two spaces.
    expect(first?.map((f) => [f.text, f.xPt])).toEqual([
      ['aa', 0],
      ['bb', 20],
      ['cc', 40],
    ]);
    expect(last?.map((f) => f.text)).toEqual(['dd ee']);
  });

  it('centres and right-aligns on the free width', () => {
    expect(lines('abcd', 'center')[0]?.[0]?.xPt).toBe(15);
    expect(lines('abcd', 'right')[0]?.[0]?.xPt).toBe(30);
  });

  it('keeps a superscript glued to its number and in its own style', () => {
    const [line] = lines([{ text: 'le 1' }, { text: 'er', superscript: true }, { text: ' mai' }], 'left', 200);
    expect(line?.map((f) => [f.text, f.style.risePt])).toEqual([
      ['le 1', 0],
      ['er', 3],
      [' mai', 0],
    ]);
  });
});
