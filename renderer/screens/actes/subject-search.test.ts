import { describe, expect, it } from 'vitest';
import { matchingSubjects } from './subject-search';

const subjects = [
  { code: '1.1', label: '1.1 Commande Publique – Marchés publics' },
  { code: '7.3', label: '7.3 Finances locales – Emprunts' },
  { code: '7.3.1', label: '7.3.1 Finances locales – Emprunts – Garanties' },
  { code: '8.1', label: '8.1 Domaines de compétences par thèmes – Enseignement' },
  { code: '8.3', label: '8.3 Domaines de compétences par thèmes – Voirie' },
  { code: '10.1', label: '10.1 Autres – Équipement' },
];
const codes = (search: string) => matchingSubjects(subjects, search).map((s) => s.code);

describe('matchingSubjects', () => {
  it('finds a matière by a word of its label, whatever its case and accents', () => {
    expect(codes('enseignement')).toEqual(['8.1']);
    expect(codes('emprunt')).toEqual(['7.3', '7.3.1']);
    expect(codes('EQUIPEMENT')).toEqual(['10.1']);
    expect(codes('domaines voirie')).toEqual(['8.3']);
  });

  it('finds a matière and those under it by its code, never another that starts with the same digit', () => {
    expect(codes('7.3')).toEqual(['7.3', '7.3.1']);
    expect(codes('1')).toEqual(['1.1']);
    expect(codes('8.')).toEqual(['8.1', '8.3']);
  });

  it('finds nothing for a search that names no matière, and all for an empty one', () => {
    expect(codes('zzz')).toEqual([]);
    expect(codes('  ')).toHaveLength(subjects.length);
  });
});
