import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import demoSubjects from '../../../reference/ctes-matieres-2023-10-16.json' with { type: 'json' };
import demoConventions from '../../../reference/conventions-2023-10-16.json' with { type: 'json' };
import { actesSchemaErrors } from '../../testing/actes-xsd';
import { referenceRegister, type tempRegister } from '../../testing/temp-register';
import { buildCtesArchives } from './ctes-archive';
import { assignSubjects } from './legality';
import { saveCtesTransmission } from '../settings/ctes-transmission';

const NOW = new Date(2023, 9, 21, 9, 30, 0);
const SESSION = { body: 'CP', date: '2023-10-16', now: NOW } as const;
const SETTINGS = {
  arrondissement: '1',
  collectivityNature: '03',
  referentName: 'Service de l’Assemblée',
  referentTelephone: '04 83 95 00 00',
  referentEmail: 'assemblee@var.fr',
};

let r: ReturnType<typeof tempRegister>;
beforeAll(() => {
  r = referenceRegister(demoConventions);
  assignSubjects(r.db, 'CP', '2023-10-16', demoSubjects.subjects);
});
afterAll(() => r.cleanup());

/** The files of a .tar.gz as GNU tar reads them. */
function untar(bytes: Uint8Array, name: string): Map<string, Buffer> {
  const folder = join(r.dir, name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'a.tar.gz'), bytes);
  const names = execFileSync('tar', ['-tzf', 'a.tar.gz'], { cwd: folder, encoding: 'utf8' }).trim().split('\n');
  execFileSync('tar', ['-xzf', 'a.tar.gz'], { cwd: folder });
  return new Map(names.map((n) => [n, readFileSync(join(folder, n))]));
}

describe('@ctes archive form', () => {
  it('refuses without the arrondissement, the collectivité’s nature or the référent’s e-mail, saying where to set them', async () => {
    await expect(buildCtesArchives(r.db, { ...SESSION, act: 'G1' })).rejects.toThrow(
      /^Enveloppe @ctes : l'arrondissement de la collectivité n'est pas renseigné ; renseignez-le dans Paramètres › Transmission @ctes/,
    );
    expect(() => saveCtesTransmission(r.db, { ...SETTINGS, arrondissement: '12' })).toThrow(/^Arrondissement « 12 » invalide : un chiffre/);
    expect(() => saveCtesTransmission(r.db, { ...SETTINGS, collectivityNature: '3' })).toThrow(/^Nature @ctes de la collectivité « 3 » invalide/);
    expect(() => saveCtesTransmission(r.db, { ...SETTINGS, referentEmail: 'assemblee@var' })).toThrow(/^Courriel du référent « assemblee@var » invalide/);
    saveCtesTransmission(r.db, { ...SETTINGS, referentEmail: null });
    await expect(buildCtesArchives(r.db, { ...SESSION, act: 'G1' })).rejects.toThrow(/le courriel du référent .* n'est pas renseigné/);
  });

  it('writes per act a .tar.gz named after its envelope, holding the envelope, the message and the pieces, all valid against the XSD', async () => {
    saveCtesTransmission(r.db, SETTINGS);
    const archives = await buildCtesArchives(r.db, SESSION);
    expect(archives).toHaveLength(16);
    expect(archives.map((a) => a.fileName)).toEqual(archives.map((_, i) => `EACT--228300018--20231021-${i + 1}.tar.gz`));
    const g25 = archives.find((a) => a.number === 'G25')!;
    const base = '083-228300018-20231016-lmc171929-DE-1-1';
    const envelope = g25.fileName.replace('.tar.gz', '.xml');
    expect(g25.entries).toEqual([envelope, `${base}_0.xml`, `99_DE-${base}_1.pdf`, `99_DE-${base}_2.pdf`]);
    const files = untar(g25.bytes, 'g25');
    expect([...files.keys()]).toEqual(g25.entries);
    const text = files.get(envelope)!.toString('latin1');
    expect(text).toContain('<actes:IDCL insee:SIREN="228300018" actes:Departement="083" actes:Arrondissement="1" actes:Nature="03"/>');
    expect(text).toContain('<actes:Nom>Service de l&#8217;Assembl\xe9e</actes:Nom>');
    expect(text).toContain(`<actes:NomFichier>${base}_0.xml</actes:NomFichier>`);
    expect(files.get(`99_DE-${base}_2.pdf`)?.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const xml: { name: string; bytes: Uint8Array }[] = [];
    for (const [i, archive] of archives.entries()) {
      for (const [name, bytes] of untar(archive.bytes, `a${i}`)) if (name.endsWith('.xml')) xml.push({ name, bytes });
    }
    expect(xml).toHaveLength(32);
    expect(actesSchemaErrors(xml)).toBe('');
  }, 300_000);
});
