import { describe, expect, it } from 'vitest';
import { checkCtesTransmission, envelopeName } from './ctes-envelope';

const OK = { arrondissement: '1', collectivityNature: '03', referentName: 'Service de l’Assemblée', referentTelephone: '04 83 95 00 00', referentEmail: 'assemblee@var.fr' };

describe('@ctes envelope', () => {
  it('names the envelope EACT--<SIREN>--<AAAAMMJJ>-<n>.xml', () => {
    expect(envelopeName('228300018', '2023-10-21', 1)).toBe('EACT--228300018--20231021-1.xml');
    expect(() => envelopeName('228300018', '2023-10-21', 0)).toThrow(/Numéro d'envoi 0 invalide/);
  });

  it('checks the settings as the schema does, naming the field', () => {
    expect(() => checkCtesTransmission(OK)).not.toThrow();
    expect(() => checkCtesTransmission({ ...OK, arrondissement: 'A' })).toThrow(/^Arrondissement « A » invalide/);
    expect(() => checkCtesTransmission({ ...OK, collectivityNature: '123' })).toThrow(/^Nature @ctes de la collectivité « 123 » invalide/);
    expect(() => checkCtesTransmission({ ...OK, referentTelephone: 'appeler' })).toThrow(/^Téléphone du référent « appeler » invalide/);
    expect(() => checkCtesTransmission({ ...OK, referentEmail: 'assemblee@var.francais' })).toThrow(/^Courriel du référent/);
  });
});
