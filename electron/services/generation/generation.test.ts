import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import demoSubjects from '../../../reference/ctes-matieres-2023-10-16.json' with { type: 'json' };
import demoConventions from '../../../reference/conventions-2023-10-16.json' with { type: 'json' };
import { pdfText, zipEntryText } from '../../../templates/testing/extract-text';
import type { Db } from '../../db/open';
import { referenceRegister, snapshot } from '../../testing/temp-register';
import { handle } from '../../door/dispatch';
import { assignSubjects } from '../ctes/legality';
import { verifyPdf } from '../signing';
import type { TestPki } from '../signing/testing/fixtures';
import { makeTestPki, missingTools, PASSPHRASE, SIGNING_TIME, skipReason } from '../signing/testing/fixtures';
import { exportFolder } from './export-folder';
import { planDocuments } from './plan';
import { fileManagerCommand, revealablePath } from './reveal';
import { runGeneration } from './run';

const session = { body: 'CP', date: '2023-10-16' } as const;
const now = new Date('2023-10-20T08:00:00Z');

let db: Db;
let dir: string;
let cleanup = () => {};
afterEach(() => cleanup());

/** The reference session with its conventions and @ctes matières, as the demo register holds it. */
function register() {
  const r = referenceRegister(demoConventions);
  assignSubjects(r.db, 'CP', demoSubjects.session, demoSubjects.subjects);
  ({ db, dir, cleanup } = r);
  return r;
}

/** Every file under the register's folder, to prove a refusal wrote nothing. */
function files(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).sort();
}

describe('planDocuments', () => {
  it('lists what the reference session produces, each with a stable id, a French label and its file name', () => {
    register();
    const plan = planDocuments(db, session);
    const ids = (group: string) => plan.filter((d) => d.group === group).map((d) => d.id);
    expect(ids('extraits')).toHaveLength(32);
    expect(ids('extraits').slice(0, 2)).toEqual(['extrait:G1:pdf', 'extrait:G1:docx']);
    expect(ids('conventions')).toEqual([
      'convention:CO 2023-983:pdf', 'convention:CO 2023-983:docx',
      'convention:CO 2023-991:pdf', 'convention:CO 2023-991:docx',
      'convention:CO 2023-980:pdf', 'convention:CO 2023-980:docx',
      'convention:CO 2023-1098:pdf', 'convention:CO 2023-1098:docx',
      'convention:CO 2023-1330:pdf', 'convention:CO 2023-1330:docx',
    ]);
    expect(ids('recueil-registre')).toEqual(['recueil', 'registre:2023', 'liste']);
    expect(ids('ctes')).toHaveLength(16);
    expect(ids('signes')).toHaveLength(16);
    const g25 = plan.find((d) => d.id === 'extrait:G25:pdf');
    expect(g25).toMatchObject({ label: 'Extrait G25 (PDF)', fileName: 'G25 - extrait.pdf', format: 'pdf', needsCertificate: false });
    expect(g25?.detail).toMatch(/^VAR HABITAT - GARANTIE D'EMPRUNT/);
    expect(plan.find((d) => d.id === 'convention:CO 2023-1098:docx')).toMatchObject({
      label: 'Convention CO 2023-1098 — G25 (Word)',
      fileName: 'G25 - convention CO 2023-1098.docx',
    });
    expect(plan.find((d) => d.id === 'ctes:G25')).toMatchObject({ format: 'zip', fileName: 'G25 - @ctes.zip' });
    expect(plan.find((d) => d.id === 'signe:G25')).toMatchObject({ label: 'Extrait signé G25', needsCertificate: true });
    expect(plan.find((d) => d.id === 'recueil')?.fileName).toBe('Recueil CP 2023-10-16.pdf');
    expect(planDocuments(db, session)).toEqual(plan);
  });

  it('answers the plan over the contract, with the export folder beside the register', async () => {
    register();
    const reply = await handle(db, 'generation:plan', session, now);
    expect(reply.ok && reply.value).toMatchObject({ folder: join(dir, 'exports', 'CP-2023-10-16') });
    expect(reply.ok && (reply.value as { documents: object[] }).documents[0]).not.toHaveProperty('source');
  });
});

describe('runGeneration', () => {
  it('writes the extract of G25 into the export folder and answers its bytes', async () => {
    register();
    const file = await runGeneration(db, { ...session, id: 'extrait:G25:pdf' }, now);
    expect(file).toMatchObject({ id: 'extrait:G25:pdf', fileName: 'G25 - extrait.pdf', mediaType: 'application/pdf' });
    expect(file.path).toBe(join(dir, 'exports', 'CP-2023-10-16', 'G25 - extrait.pdf'));
    const written = readFileSync(file.path);
    expect(file.bytes).toBe(written.length);
    expect(Buffer.from(file.base64, 'base64').equals(written)).toBe(true);
    const text = await pdfText(written, { raw: true });
    expect(text).toContain('N° : G25');
    expect(text).toContain('VAR HABITAT');
  });

  it('writes the convention of G25, the liste and the @ctes bundle of G25 under their names', async () => {
    register();
    const convention = await runGeneration(db, { ...session, id: 'convention:CO 2023-1098:pdf' }, now);
    expect(await pdfText(readFileSync(convention.path), { raw: true })).toContain('CO 2023-1098');
    const liste = await runGeneration(db, { ...session, id: 'liste' }, now);
    expect(await pdfText(readFileSync(liste.path), { raw: true })).toContain('G25');
    const ctes = await runGeneration(db, { ...session, id: 'ctes:G25' }, now);
    expect(ctes).toMatchObject({ fileName: 'G25 - @ctes.zip', mediaType: 'application/zip' });
    expect(await zipEntryText(readFileSync(ctes.path), '083-228300018-20231016-lmc171929-DE-1-1_0.xml')).toContain('actes:Acte');
    expect(files(exportFolder(db, session))).toEqual(['G25 - @ctes.zip', 'G25 - convention CO 2023-1098.pdf', 'Liste des délibérations CP 2023-10-16.pdf']);
  });

  it('takes a name chosen by the secretary and adds the extension it lacks', async () => {
    register();
    const file = await runGeneration(db, { ...session, id: 'extrait:G25:docx', fileName: 'G25 - extrait à relire' }, now);
    expect(file.fileName).toBe('G25 - extrait à relire.docx');
    expect(existsSync(join(dir, 'exports', 'CP-2023-10-16', 'G25 - extrait à relire.docx'))).toBe(true);
  });

  const refusedNames: [string, RegExp][] = [
    ['../G25.pdf', /« \.\. » désigne le dossier parent/],
    ['../../x.pdf', /dossier parent/],
    ['C:\\x', /chemin absolu/],
    ['/etc/passwd', /chemin absolu/],
    ['\\\\serveur\\partage\\x.pdf', /chemin absolu/],
    ['CON.pdf', /nom réservé par Windows/],
    ['lpt1', /nom réservé par Windows/],
    ['a/b.pdf', /ne sont pas permis/],
  ];
  for (const [fileName, message] of refusedNames) {
    it(`refuses the name ${JSON.stringify(fileName)} over the contract and in the service, writing nothing anywhere`, async () => {
      register();
      const before = { files: files(dir), rows: snapshot(db) };
      const reply = await handle(db, 'generation:run', { ...session, id: 'extrait:G25:pdf', fileName }, now);
      expect(reply).toMatchObject({ ok: false, error: { type: 'validation', field: 'fileName' } });
      expect(!reply.ok && reply.error.message).toMatch(message);
      await expect(runGeneration(db, { ...session, id: 'extrait:G25:pdf', fileName }, now)).rejects.toThrow(message);
      expect({ files: files(dir), rows: snapshot(db) }).toEqual(before);
      expect(existsSync(join(dir, '..', 'G25.pdf'))).toBe(false);
      expect(existsSync(join(dir, 'exports'))).toBe(false);
    });
  }

  it('says in French when the file cannot take its name, and leaves no partial file', async () => {
    register();
    const folder = exportFolder(db, session);
    mkdirSync(join(folder, 'G25 - extrait.pdf', 'occupé'), { recursive: true });
    await expect(runGeneration(db, { ...session, id: 'extrait:G25:pdf' }, now)).rejects.toThrow(
      /^« G25 - extrait\.pdf » n'a pas pu être écrit dans .*CP-2023-10-16 \(E[A-Z]+\) : le fichier est peut-être ouvert dans une autre application/,
    );
    expect(files(folder)).toEqual(['G25 - extrait.pdf', join('G25 - extrait.pdf', 'occupé')]);
  });

  it('refuses an id the session does not produce, in French', async () => {
    register();
    await expect(runGeneration(db, { ...session, id: 'extrait:G99:pdf' }, now)).rejects.toThrow(
      'Document « extrait:G99:pdf » : la séance CP du 2023-10-16 ne le produit pas.',
    );
  });

  it('refuses an export folder that is a link leading out of the register folder', async () => {
    register();
    const elsewhere = join(dir, 'ailleurs');
    mkdirSync(elsewhere);
    mkdirSync(join(dir, 'exports'));
    symlinkSync(elsewhere, join(dir, 'exports', 'CP-2023-10-16'));
    await expect(runGeneration(db, { ...session, id: 'liste' }, now)).rejects.toThrow(/mène hors du dossier du registre/);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('refuses a linked exports folder before creating the session folder in it', async () => {
    register();
    const elsewhere = join(dir, 'ailleurs');
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, join(dir, 'exports'));
    await expect(runGeneration(db, { ...session, id: 'liste' }, now)).rejects.toThrow(/mène hors du dossier du registre : rien n'a été écrit/);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('asks for the certificate of a signed extract not signed yet', async () => {
    register();
    await expect(runGeneration(db, { ...session, id: 'signe:G25' }, now)).rejects.toThrow(
      'Extrait signé G25 : choisissez le certificat (fichier .p12) et saisissez son mot de passe.',
    );
  });
});

const missing = missingTools('openssl', 'pdfsig');
describe.skipIf(missing.length > 0)(`signed extracts${skipReason(missing)}`, () => {
  let pki: TestPki;
  beforeAll(() => {
    pki = makeTestPki();
  });
  afterAll(() => pki?.cleanUp());

  it('signs G25 with the PKCS#12 sent over the contract and writes the signed PDF', async () => {
    register();
    const reply = await handle(
      db,
      'generation:run',
      { ...session, id: 'signe:G25', certificate: { p12: Buffer.from(pki.signerP12).toString('base64'), passphrase: PASSPHRASE } },
      SIGNING_TIME,
    );
    if (!reply.ok) throw new Error(reply.error.message);
    const file = reply.value as { path: string; fileName: string };
    expect(file.fileName).toBe('G25 - extrait signé.pdf');
    const report = await verifyPdf(readFileSync(file.path));
    expect(report.signatures).toHaveLength(1);
    expect(report.signatures[0]).toMatchObject({ intact: true, coversWholeDocument: true, signerCommonName: 'Jean-Louis MASSON' });
    expect(planDocuments(db, session).find((d) => d.id === 'signe:G25')).toMatchObject({ label: 'Extrait signé G25 (déjà signé)', needsCertificate: false });
    // Signed once: the stored bytes come back without a certificate.
    const again = await runGeneration(db, { ...session, id: 'signe:G25', fileName: 'G25 copie.pdf' }, SIGNING_TIME);
    expect(readFileSync(again.path).equals(readFileSync(file.path))).toBe(true);
  });

  it('refuses a wrong passphrase with the signing service’s French message, writing and recording nothing', async () => {
    register();
    const before = { files: files(dir), rows: snapshot(db) };
    const reply = await handle(
      db,
      'generation:run',
      { ...session, id: 'signe:G25', certificate: { p12: Buffer.from(pki.signerP12).toString('base64'), passphrase: 'pas le bon' } },
      SIGNING_TIME,
    );
    expect(reply).toMatchObject({ ok: false, error: { type: 'validation', message: 'Le mot de passe du certificat est incorrect.' } });
    expect({ files: files(dir), rows: snapshot(db) }).toEqual(before);
  });
});

describe('revealablePath', () => {
  it('gives the path of a file of the export folder', async () => {
    register();
    const file = await runGeneration(db, { ...session, id: 'liste' }, now);
    expect(revealablePath(db, session, file.fileName)).toBe(file.path);
  });

  const refused: [string, RegExp][] = [
    ['../registre.sqlite', /dossier parent/],
    ['/etc/passwd', /chemin absolu/],
    ['C:\\Windows\\explorer.exe', /chemin absolu/],
    ['NUL', /nom réservé/],
    ['G25 - extrait.pdf', /« G25 - extrait\.pdf » n'est pas un fichier du dossier d'export de la séance ; générez-le d'abord\./],
  ];
  for (const [fileName, message] of refused) {
    it(`refuses ${JSON.stringify(fileName)} in French, over the contract too`, async () => {
      register();
      expect(() => revealablePath(db, session, fileName)).toThrow(message);
      const reply = await handle(db, 'generation:reveal', { ...session, fileName }, now);
      expect(!reply.ok && reply.error.message).toMatch(message);
    });
  }

  it('refuses a folder or a link planted in the export folder', () => {
    register();
    const folder = exportFolder(db, session);
    mkdirSync(join(folder, 'dossier.pdf'), { recursive: true });
    writeFileSync(join(dir, 'secret.txt'), 'x');
    symlinkSync(join(dir, 'secret.txt'), join(folder, 'lien.pdf'));
    expect(() => revealablePath(db, session, 'dossier.pdf')).toThrow(/n'est pas un fichier du dossier d'export/);
    expect(() => revealablePath(db, session, 'lien.pdf')).toThrow(/n'est pas un fichier du dossier d'export/);
  });
});

describe('fileManagerCommand', () => {
  it('selects the file in Explorer and the Finder, opens its folder on Linux', () => {
    expect(fileManagerCommand('C:\\Registre\\exports\\CP-2023-10-16\\G25 - extrait.pdf', 'win32')).toEqual({
      command: 'explorer.exe',
      args: ['/select,', 'C:\\Registre\\exports\\CP-2023-10-16\\G25 - extrait.pdf'],
    });
    expect(fileManagerCommand('/Users/s/exports/CP-2023-10-16/G25.pdf', 'darwin')).toEqual({ command: 'open', args: ['-R', '/Users/s/exports/CP-2023-10-16/G25.pdf'] });
    expect(fileManagerCommand('/home/s/exports/CP-2023-10-16/G25.pdf', 'linux')).toEqual({ command: 'xdg-open', args: ['/home/s/exports/CP-2023-10-16'] });
  });
});
