import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCaptured } from '../capture';
import { demoRegisterFile } from '../../testing/demo-register-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'registre-ctes-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function cli(...argv: string[]) {
  return runCaptured(argv, () => new Date(2023, 9, 21, 9, 30));
}

const ar = (date: string) =>
  iconv.encode(
    `<?xml version="1.0" encoding="ISO-8859-1"?>\n<actes:ARActe xmlns:actes="http://www.interieur.gouv.fr/ACTES#v1.1-20040216" ` +
      `actes:IDActe="083-228300018-20231016-lmc172330-DE" actes:DateReception="${date}"><actes:ActeRecu actes:Objet="RÉSILIATION"/></actes:ARActe>\n`,
    'latin1',
  );

describe('registre ctes / ar / classification', () => {
  it('writes the @ctes zip of an act of the demo register', async () => {
    const db = await demoRegisterFile(dir);
    const zip = join(dir, 'g25.zip');
    const r = await cli('ctes', '--session', '2023-10-16', '--body', 'CP', '--act', 'G25', '--out', zip, '--db', db);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`Paquet @ctes de l'acte G25 écrit dans ${zip}.`);
    const bytes = readFileSync(zip);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.includes(Buffer.from('083-228300018-20231016-lmc171929-DE-1-1_0.xml'))).toBe(true);
  });

  it('writes the archive form of an act once Paramètres name the arrondissement, the nature and the référent', async () => {
    const db = await demoRegisterFile(dir);
    const folder = join(dir, 'archives');
    const archive = ['ctes', '--session', '2023-10-16', '--body', 'CP', '--act', 'G25', '--archive', '--out', folder, '--db', db];
    const refused = await cli(...archive);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/l'arrondissement de la collectivité n'est pas renseigné ; renseignez-le dans Paramètres › Transmission @ctes \(ou registre settings\)/);
    const bad = await cli('settings', '--referent-courriel', 'pas une adresse', '--db', db);
    expect(bad.err).toMatch(/^Erreur : Courriel du référent « pas une adresse » invalide/);
    const set = await cli('settings', '--arrondissement', '1', '--nature-collectivite', '03', '--referent-nom', 'Service de l’Assemblée', '--referent-courriel', 'assemblee@var.fr', '--db', db);
    expect(set.code).toBe(0);
    expect(set.out).toContain('Arrondissement : 1\nNature @ctes de la collectivité : 03\nRéférent @ctes : Service de l’Assemblée\nTéléphone du référent : —\nCourriel du référent : assemblee@var.fr');
    const r = await cli(...archive);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`Archives @ctes écrites dans ${folder} : G25 → EACT--228300018--20231021-1.tar.gz.`);
    expect(readFileSync(join(folder, 'EACT--228300018--20231021-1.tar.gz')).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
  });

  it('reads an ISO-8859-1 ARActe: the same date is accepted, another one is refused on an executory act', async () => {
    const db = await demoRegisterFile(dir);
    const same = join(dir, 'ar-same.xml');
    const other = join(dir, 'ar-other.xml');
    writeFileSync(same, ar('2023-10-18'));
    writeFileSync(other, ar('2023-10-19'));
    const ok = await cli('ar', same, '--db', db);
    expect(ok.code).toBe(0);
    expect(ok.out).toBe('Acte G1 de la séance du 16/10/2023 : reçu en préfecture le 18/10/2023 ; exécutoire le 20/10/2023.');
    const refused = await cli('ar', other, '--db', db);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^Erreur : Acte G1 exécutoire depuis le 20\/10\/2023/);
    writeFileSync(other, '<actes:ARActe');
    expect((await cli('ar', other, '--db', db)).code).toBe(1);
    expect((await cli('ar', join(dir, 'absent.xml'), '--db', db)).err).toMatch(/illisible ou introuvable/);
  });

  it('shows and replaces the classification in use', async () => {
    const db = await demoRegisterFile(dir);
    expect((await cli('classification', '--db', db)).out).toBe('Classification @ctes en vigueur : version du 01/12/2022, 66 matières.');
    const file = join(dir, 'classification.xml');
    writeFileSync(
      file,
      iconv.encode(
        `<?xml version="1.0" encoding="ISO-8859-1"?><actes:RetourClassification xmlns:actes="http://www.interieur.gouv.fr/ACTES#v1.1-20040216">` +
          `<actes:DateClassification>2024-03-01</actes:DateClassification><actes:Matieres><actes:Matiere1 actes:CodeMatiere="7" actes:Libelle="Finances locales">` +
          `<actes:Matiere2 actes:CodeMatiere="3" actes:Libelle="Emprunts"/></actes:Matiere1></actes:Matieres></actes:RetourClassification>`,
        'latin1',
      ),
    );
    expect((await cli('classification', file, '--db', db)).out).toBe(
      'Classification @ctes de la préfecture enregistrée : version du 01/03/2024, 2 matières.',
    );
    writeFileSync(file, '<actes:RetourClassification xmlns:actes="http://www.interieur.gouv.fr/ACTES#v1.1-20040216"/>');
    const bad = await cli('classification', file, '--db', db);
    expect(bad.code).toBe(1);
    expect(bad.err).toBe('Erreur : Classification @ctes : élément actes:DateClassification absent.');
    expect((await cli('classification', '--db', db)).out).toBe('Classification @ctes en vigueur : version du 01/03/2024, 2 matières.');
  });
});
