import { describe, expect, it } from 'vitest';
import type { Block } from '../model';
import { fillTemplate } from './fill-template';
import { parseTemplate } from './parse-template';

describe('fillTemplate sauf=', () => {
  const catalogue = { texts: { hypothèque: '', quota: '' }, lists: {} };
  const template = parseTemplate('t', '@paragraphe si=hypothèque\nArticle hypothèque\n\n@paragraphe sauf=hypothèque\nSans hypothèque\n\n@paragraphe\nQuota {quota}', catalogue);
  const text = (blocks: Block[]) => blocks.map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : b.kind));

  it('prints a sauf= block only when its field is empty, the other branch of si=', () => {
    expect(text(fillTemplate(template, { texts: { hypothèque: 'oui', quota: 'nul' }, lists: {} }))).toEqual(['Article hypothèque', 'Quota nul']);
    expect(text(fillTemplate(template, { texts: { hypothèque: null, quota: 'nul' }, lists: {} }))).toEqual(['Sans hypothèque', 'Quota nul']);
  });

  it('refuses a sauf= condition on an unknown field', () => {
    expect(() => parseTemplate('x', '@paragraphe sauf=inconnu\ntexte', catalogue)).toThrow(/ligne 1 : condition sauf=inconnu : champ inconnu/);
  });
});
