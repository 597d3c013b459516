import { describe, expect, it } from 'vitest';
import { parseJsonText } from './json-text';

describe('parseJsonText', () => {
  it('reads valid JSON', () => {
    expect(parseJsonText('{"a": [1]}', 'Le fichier')).toEqual({ a: [1] });
  });

  it('says in French where a malformed file breaks, never in the engine’s English', () => {
    expect(() => parseJsonText('{\n  "a": 1,\n}', 'Le fichier')).toThrow("Le fichier n'est pas un JSON valide : erreur à la ligne 3, colonne 1.");
    expect(() => parseJsonText('{"a": [1, 2', 'Le fichier')).toThrow(/^Le fichier n'est pas un JSON valide : (le texte s’arrête avant la fin \(fichier tronqué \?\)|erreur à la ligne 1, colonne 12)\.$/);
    expect(() => parseJsonText('  ', 'Le fichier')).toThrow("Le fichier n'est pas un JSON valide : il est vide.");
  });
});
