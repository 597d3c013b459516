import { describe, expect, it } from 'vitest';
import { CHANNELS, CONTRACT } from './contract';
import { fieldLabel, labelledMessage } from './field-labels';
import { schemaFields } from './testing/schema-fields';

describe('field labels', () => {
  it('label every field of every channel in French, so that no identifier reaches the secretary', () => {
    const unlabelled = CHANNELS.flatMap((channel) => schemaFields(CONTRACT[channel].input).filter((path) => fieldLabel(channel, path) === null).map((path) => `${channel} ${path.join('.')}`));
    expect(unlabelled).toEqual([]);
    // The walk does reach nested fields.
    expect(schemaFields(CONTRACT['act:save'].input).map((p) => p.join('.'))).toContain('content.vote.names.against');
  });

  it('label a key per channel where it means another field', () => {
    expect(fieldLabel('session:recueil', ['number'])).toBe('Numéro du recueil');
    expect(fieldLabel('act:renumber', ['number'])).toBe('Nouveau numéro');
    expect(fieldLabel('collectivity:save', ['name'])).toBe('Nom de la collectivité');
    expect(fieldLabel('body:save', ['name'])).toBe("Nom de l'organe");
    expect(fieldLabel('act:save', ['content', 'visas', 3])).toBe('Visas');
  });

  it('write one sentence with a capital, naming the field once', () => {
    expect(labelledMessage('Nom de la collectivité', 'nom de la collectivité : obligatoire')).toBe('Nom de la collectivité : obligatoire');
    expect(labelledMessage("Lettre de série des numéros d'actes", 'lettre de série : texte attendu')).toBe("Lettre de série des numéros d'actes : texte attendu");
    expect(labelledMessage('Lieu', '200 caractères au plus')).toBe('Lieu : 200 caractères au plus');
    expect(labelledMessage('Objet du nouvel acte', 'objet obligatoire')).toBe('Objet du nouvel acte : obligatoire');
    // Said once, whichever apostrophe the rule and the label were written with.
    expect(labelledMessage("Version de l'acte", 'version de l\u2019acte : nombre attendu')).toBe('Version de l\u2019acte : nombre attendu');
    expect(labelledMessage('Objet', 'objet obligatoire')).toBe('Objet : obligatoire');
    expect(labelledMessage('Date de publication du recueil', 'date complète attendue (JJ/MM/AAAA)')).toBe('Date de publication du recueil : date complète attendue (JJ/MM/AAAA)');
  });
});
