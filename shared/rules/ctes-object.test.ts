import { describe, expect, it } from 'vitest';
import { CTES_MAX_OBJECT, ctesObject, ctesObjectIssue } from './ctes-object';

describe("an act's object and @ctes", () => {
  it('counts runs of spaces and line breaks as one, as actes:Objet carries them', () => {
    expect(ctesObject('  Garantie  d’emprunt\n\n– Toulon  ')).toBe('Garantie d’emprunt – Toulon');
    expect(ctesObjectIssue(`${'a'.repeat(CTES_MAX_OBJECT - 2)}\n\n\nb`)).toBeNull();
  });

  it('refuses 501 characters, saying how many and the limit', () => {
    expect(ctesObjectIssue('x'.repeat(501))).toBe(
      '501 caractères ; @ctes, par lequel l’acte est transmis au contrôle de légalité, en accepte 500 au plus : raccourcissez-le',
    );
  });
});
