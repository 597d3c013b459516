import { describe, expect, it } from 'vitest';
import { shippedTemplate, templateFile } from './template-files';

describe('template files', () => {
  it('reads a shipped template by its name inside templates/', () => {
    expect(shippedTemplate('extrait/extrait.modele')).toContain('@titre');
  });

  it.each(['../package.json', 'extrait/../../package.json', '/etc/passwd', '..', '', 'extrait/\0.modele'])(
    'refuses %j, which would read outside templates/, with a French message',
    (name) => {
      expect(() => templateFile(name)).toThrow(/un modèle est lu dans le dossier des modèles de l'application, et nulle part ailleurs/);
    },
  );
});
