import { describe, expect, it } from 'vitest';
import type { JournalEntryView } from '../contract/channels/register';
import { groupTextEdits } from './text-edits';

let id = 100;
const entry = (at: string, author: string, after: string, subject = 'acte'): JournalEntryView => ({
  id: id--,
  at: `2026-12-05T${at}:00.000Z`,
  author,
  body: 'CP',
  sessionDate: '2026-12-10',
  act: 'G1',
  subject,
  before: null,
  after,
});

describe("an act's journal as its panel shows it", () => {
  it("shows one secretary's saves of a working stretch as one line, naming every field changed", () => {
    const shown = groupTextEdits([
      entry('10:40', 'amelie', 'texte modifié : décisions'),
      entry('10:31', 'amelie', 'texte modifié : visas, décisions'),
      entry('10:30', 'amelie', 'texte modifié : objet'),
      entry('10:00', 'amelie', 'acte créé : Travaux de voirie'),
    ]);
    expect(shown.map((e) => e.after)).toEqual(['texte modifié (3 enregistrements) : objet, visas, décisions', 'acte créé : Travaux de voirie']);
    // The newest save stands for the group: its instant and its id.
    expect(shown[0]).toMatchObject({ at: '2026-12-05T10:40:00.000Z', author: 'amelie' });
  });

  it('keeps apart the saves of two secretaries, those more than half an hour apart, and any other change between them', () => {
    const shown = groupTextEdits([
      entry('11:50', 'amelie', 'texte modifié : visas'),
      entry('11:10', 'amelie', 'texte modifié : visas'),
      entry('11:05', 'luc', 'texte modifié : objet'),
      entry('11:04', 'luc', 'texte modifié : objet'),
      entry('11:03', 'luc', 'unanimité', 'vote'),
      entry('11:02', 'luc', 'texte modifié : objet'),
    ]);
    expect(shown.map((e) => `${e.author} ${e.after}`)).toEqual([
      'amelie texte modifié : visas',
      'amelie texte modifié : visas',
      'luc texte modifié (2 enregistrements) : objet',
      'luc unanimité',
      'luc texte modifié : objet',
    ]);
  });
});
