import { describe, expect, it } from 'vitest';
import { printableTextIssue } from './printable-text';

describe('printableTextIssue', () => {
  it('accepts French text with accents, apostrophes and non-breaking spaces', () => {
    expect(printableTextIssue('Hôtel du Département, l’Assemblée\u00a0: 11 h')).toBeNull();
  });

  it('names the control character that a DOCX could not hold (ESC, BEL, NUL)', () => {
    expect(printableTextIssue('Séance\u001b[31m')).toBe('caractère de contrôle interdit (U+001B)');
    expect(printableTextIssue('a\u0007')).toBe('caractère de contrôle interdit (U+0007)');
    expect(printableTextIssue('\u0000')).toBe('caractère de contrôle interdit (U+0000)');
  });

  it('refuses a text with nothing visible: a zero-width space, spaces', () => {
    expect(printableTextIssue('\u200b')).toBe('aucun caractère visible');
    expect(printableTextIssue(' \u00a0\ufeff')).toBe('aucun caractère visible');
  });
});
