import { describe, expect, it } from 'vitest';
import type { ActContentView } from '../../../shared/contract/contract';
import { draftSaved } from './act-draft';
import { textsOf } from './act-text';

const content: ActContentView = {
  object: 'Aide à la cantine',
  serviceCodeLines: ['DEJ'],
  examinationSentence: null,
  visas: ['Vu le code de l’éducation ;'],
  considerants: [],
  decisions: ['Article 1 : une aide est accordée.'],
  decisionNotes: [],
  annexes: [],
  vote: { kind: 'majority', ballot: 'public', for: 29, against: 1, abstentions: 0, notVoting: 0, names: null },
};

describe('a draft kept in the tab', () => {
  it('is known as saved when the register holds all of it, whatever the order of its vote’s keys', () => {
    const vote = Object.fromEntries(Object.entries(content.vote).reverse()) as ActContentView['vote'];
    expect(draftSaved({ texts: textsOf(content), vote, version: 3 }, content)).toBe(true);
  });

  it('is a change to keep when one field or the vote differs', () => {
    expect(draftSaved({ texts: { ...textsOf(content), visas: 'Vu le code de l’éducation ;\nVu la demande ;' }, vote: content.vote }, content)).toBe(false);
    expect(draftSaved({ texts: textsOf(content), vote: { ...content.vote, kind: 'majority', ballot: 'public', for: 28, against: 2, abstentions: 0, notVoting: 0, names: null } }, content)).toBe(false);
  });
});
