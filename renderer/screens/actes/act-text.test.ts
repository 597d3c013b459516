import { describe, expect, it } from 'vitest';
import type { ActContentView } from '../../../shared/contract/contract';
import { contentOf, textsOf } from './act-text';

const content: ActContentView = {
  object: 'Objet',
  serviceCodeLines: ['DSI', 'n° 12'],
  examinationSentence: null,
  visas: ['Vu le code ;', 'Vu le budget ;'],
  considerants: [],
  decisions: ["d'attribuer :\nCommune\tMontant\nToulon\t10 €", "d'autoriser le Président."],
  decisionNotes: [],
  vote: { kind: 'unanimity' },
  annexes: [{ kind: 'convention', title: 'Convention' }],
};

describe('act texts', () => {
  it('round-trips an act through the text areas, decisions separated by an empty line', () => {
    const texts = textsOf(content);
    expect(texts.decisions).toBe("d'attribuer :\nCommune\tMontant\nToulon\t10 €\n\nd'autoriser le Président.");
    expect(texts.visas).toBe('Vu le code ;\nVu le budget ;');
    expect(texts.examinationSentence).toBe('');
    // The vote is edited by its own fields, not by the text areas.
    const { vote, ...rest } = content;
    expect(contentOf(texts, content)).toEqual(rest);
  });

  it('drops empty lines, keeps tabs, and gives new annexes a kind', () => {
    const texts = { ...textsOf(content), visas: 'Vu A ;\n\n  \nVu B ;\n', decisions: 'un\n\n\n\ndeux\tcolonnes\n', annexes: 'Convention\nPlan' };
    const c = contentOf(texts, content);
    expect(c.visas).toEqual(['Vu A ;', 'Vu B ;']);
    expect(c.decisions).toEqual(['un', 'deux\tcolonnes']);
    expect(c.annexes).toEqual([{ kind: 'convention', title: 'Convention' }, { kind: 'annexe', title: 'Plan' }]);
  });
});
