import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidCtesId } from '../../../shared/rules/ctes-id';
import { actesSchemaErrors } from '../../testing/actes-xsd';
import { referenceRegister, referenceSession, tempRegister } from '../../testing/temp-register';
import { buildCtesBundle } from './ctes-bundle';
import { replaceClassification, shippedClassificationXml } from './ctes-classification';
import { addAnnex, markPaperPieces } from '../editing/act-annexes';
import { assignSubjects } from './legality';
import { signExtract } from '../documents/signed-extracts';
import { makeAnnexPdf } from '../../testing/annex-pdf';
import { makeTestPki, missingTools, PASSPHRASE, pdfsig, pdftotext, SIGNING_TIME } from '../signing/testing/fixtures';
import { importSession } from '../sessions/session-import';
import demoConventions from '../../../reference/conventions-2023-10-16.json' with { type: 'json' };
import demoSubjects from '../../../reference/ctes-matieres-2023-10-16.json' with { type: 'json' };

const NOW = new Date(2023, 9, 21, 9, 30, 0);

function unzip(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (err, zip) => {
      if (err !== null) return reject(err);
      const files = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e !== null) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(files));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

let r: ReturnType<typeof tempRegister>;
beforeAll(() => {
  r = referenceRegister();
  assignSubjects(r.db, 'CP', '2023-10-16', demoSubjects.subjects);
});
afterAll(() => r.cleanup());

describe('@ctes bundle', () => {
  it('zips one act: its PDF and its Acte message, named after the reference "-1-1"', async () => {
    const bundle = await buildCtesBundle(r.db, { body: 'CP', date: '2023-10-16', act: 'G1', now: NOW });
    expect(bundle.entries).toEqual([
      '083-228300018-20231016-lmc172330-DE-1-1_0.xml',
      '99_DE-083-228300018-20231016-lmc172330-DE-1-1_1.pdf',
    ]);
    const files = await unzip(bundle.bytes);
    expect(files.get('99_DE-083-228300018-20231016-lmc172330-DE-1-1_1.pdf')?.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const xml = files.get('083-228300018-20231016-lmc172330-DE-1-1_0.xml')!;
    const text = xml.toString('latin1');
    expect(text.startsWith('<?xml version="1.0" encoding="ISO-8859-1"?>')).toBe(true);
    expect(text).toContain('xmlns:actes="http://www.interieur.gouv.fr/ACTES#v1.1-20040216"');
    expect(text).toContain('xmlns:insee="http://xml.insee.fr/schema"');
    expect(text).toContain('actes:Date="2023-10-16" actes:NumeroInterne="lmc172330" actes:CodeNatureActe="1"');
    const order = [...text.matchAll(/<actes:(\w+)/g)].map((m) => m[1]);
    expect(order).toEqual(['Acte', 'CodeMatiere1', 'CodeMatiere2', 'Objet', 'ClassificationDateVersion', 'Document', 'NomFichier', 'Annexes', 'DocumentPapier']);
    expect(text).toContain('<actes:CodeMatiere1 actes:CodeMatiere="3"/>');
    expect(text).toContain('<actes:CodeMatiere2 actes:CodeMatiere="3"/>');
    expect(text).toContain('<actes:NomFichier>99_DE-083-228300018-20231016-lmc172330-DE-1-1_1.pdf</actes:NomFichier>');
    expect(text).toContain('<actes:Annexes actes:Nombre="0"/>');
    expect(text).toContain('<actes:DocumentPapier>N</actes:DocumentPapier>');
    // The date of the classification in force (the one shipped with the app), not the act's own.
    expect(text).toContain('<actes:ClassificationDateVersion>2022-12-01</actes:ClassificationDateVersion>');
    expect(actesSchemaErrors([{ name: 'g1.xml', bytes: xml }])).toBe('');
  });

  it('gives the same bytes for the same act and clock (fixed zip dates)', async () => {
    const one = await buildCtesBundle(r.db, { body: 'CP', date: '2023-10-16', act: 'G1', now: NOW });
    const two = await buildCtesBundle(r.db, { body: 'CP', date: '2023-10-16', act: 'G1', now: NOW });
    expect(Buffer.from(two.bytes).equals(Buffer.from(one.bytes))).toBe(true);
  });

  it('encodes the message in ISO-8859-1 (é is the byte 0xE9) and € as a character reference', async () => {
    const bundle = await buildCtesBundle(r.db, { body: 'CP', date: '2023-10-16', act: 'G6', now: NOW });
    const files = await unzip(bundle.bytes);
    const xml = files.get(bundle.entries[0]!)!;
    expect(bundle.entries[0]).toBe('083-228300018-20231016-lmc172960-DE-1-1_0.xml');
    expect(xml.includes(Buffer.from([0xc3, 0xa9]))).toBe(false);
    expect(xml.toString('latin1')).toContain('AFFECTATION DE 3 000 000 &#8364; DE');
    const g3 = await unzip((await buildCtesBundle(r.db, { body: 'CP', date: '2023-10-16', act: 'G3', now: NOW })).bytes);
    const g3xml = [...g3.entries()].find(([n]) => n.endsWith('_0.xml'))![1];
    expect(g3xml.indexOf(Buffer.from('MARCH\xc9 RELATIF', 'latin1'))).toBeGreaterThan(0);
    expect(g3xml.toString('latin1')).toContain('<actes:CodeMatiere1 actes:CodeMatiere="1"/>');
  });

  it('zips a session as one folder per act, reproducing every reference, and the same messages', async () => {
    const bundle = await buildCtesBundle(r.db, { body: 'CP', date: '2023-10-16', now: NOW });
    const reference = referenceSession().acts.map((a) => a.technicalReference as string);
    const folders = [...new Set(bundle.entries.map((e) => e.split('/')[0]!))];
    expect(folders).toEqual(reference);
    for (const folder of folders) {
      const id = folder.replace(/-1-1$/, '');
      expect(isValidCtesId(id)).toBe(true);
      expect(bundle.entries).toContain(`${folder}/${folder}_0.xml`);
      expect(bundle.entries).toContain(`${folder}/99_DE-${folder}_1.pdf`);
    }
    const files = await unzip(bundle.bytes);
    for (const [name, bytes] of files) {
      if (!name.endsWith('.xml')) continue;
      const internal = /actes:NumeroInterne="([^"]*)"/.exec(bytes.toString('latin1'))?.[1] ?? '';
      expect(internal.length).toBeGreaterThan(0);
      expect(internal.length).toBeLessThanOrEqual(15);
    }
    const messages = [...files].filter(([name]) => name.endsWith('_0.xml')).map(([name, bytes]) => ({ name, bytes }));
    expect(messages).toHaveLength(16);
    expect(actesSchemaErrors(messages)).toBe('');
    // Messages and PDFs are byte-identical from one run to the next.
    const again = await unzip((await buildCtesBundle(r.db, { body: 'CP', date: '2023-10-16', now: NOW })).bytes);
    for (const [name, bytes] of files) expect(again.get(name)?.equals(bytes), name).toBe(true);
  }, 60_000);

  it('dates the message with the classification in force when the bundle is made, not the one in force at the vote', async () => {
    const other = referenceRegister();
    try {
      assignSubjects(other.db, 'CP', '2023-10-16', demoSubjects.subjects);
      const before = await unzip((await buildCtesBundle(other.db, { body: 'CP', date: '2023-10-16', act: 'G25', now: NOW })).bytes);
      const dateIn = (files: Map<string, Buffer>) => /<actes:ClassificationDateVersion>([^<]*)</.exec([...files].find(([name]) => name.endsWith('_0.xml'))?.[1].toString('latin1') ?? '')?.[1];
      expect(dateIn(before)).toBe('2022-12-01');
      const newer = shippedClassificationXml().replace('<actes:DateClassification>2022-12-01<', '<actes:DateClassification>2024-03-01<');
      replaceClassification(other.db, newer, new Date('2024-03-02T08:00:00Z'));
      const after = await unzip((await buildCtesBundle(other.db, { body: 'CP', date: '2023-10-16', act: 'G25', now: NOW })).bytes);
      expect(dateIn(after)).toBe('2024-03-01');
      expect(actesSchemaErrors([...after].filter(([name]) => name.endsWith('.xml')).map(([name, bytes]) => ({ name, bytes })))).toBe('');
    } finally {
      other.cleanup();
    }
  }, 60_000);

  it('refuses an act without matière, in French', async () => {
    const other = tempRegister();
    try {
      importSession(other.db, referenceSession());
      await expect(buildCtesBundle(other.db, { body: 'CP', date: '2023-10-16', act: 'G22', now: NOW })).rejects.toThrow(
        /^Acte G22 : matière non renseignée ; la préfecture la demande pour chaque acte\. Choisissez-la dans l'éditeur de l'acte, champ « Matière »\.$/,
      );
    } finally {
      other.cleanup();
    }
  });
});

describe.skipIf(missingTools('openssl', 'pdfsig').length > 0)('@ctes bundle of a signed act with its annexes', () => {
  it('packs G25 signed (pdfsig finds the signature) with its convention as _2.pdf, declared as its annex', async () => {
    const pki = makeTestPki();
    const other = referenceRegister(demoConventions);
    try {
      assignSubjects(other.db, 'CP', '2023-10-16', demoSubjects.subjects);
      const G25 = { body: 'CP', date: '2023-10-16', act: 'G25' } as const;
      await signExtract(other.db, { ...G25, p12: pki.signerP12, passphrase: PASSPHRASE, now: SIGNING_TIME });
      const bundle = await buildCtesBundle(other.db, { ...G25, now: NOW });
      const base = '083-228300018-20231016-lmc171929-DE-1-1';
      expect(bundle.entries).toEqual([`${base}_0.xml`, `99_DE-${base}_1.pdf`, `99_DE-${base}_2.pdf`]);
      const files = await unzip(bundle.bytes);
      const act = join(other.dir, 'act.pdf');
      writeFileSync(act, files.get(`99_DE-${base}_1.pdf`)!);
      expect(pdfsig(act, '-nocert')).toMatch(/Signature Validation: Signature is Valid/);
      const convention = join(other.dir, 'convention.pdf');
      writeFileSync(convention, files.get(`99_DE-${base}_2.pdf`)!);
      expect(pdftotext(convention, 1, 1)).toMatch(/CONVENTION/);
      const xml = files.get(`${base}_0.xml`)!;
      expect(xml.toString('latin1')).toContain(
        `<actes:Annexes actes:Nombre="1">\n    <actes:Annexe>\n      <actes:NomFichier>99_DE-${base}_2.pdf</actes:NomFichier>`,
      );
      expect(actesSchemaErrors([{ name: 'g25.xml', bytes: xml }])).toBe('');
    } finally {
      other.cleanup();
      pki.cleanUp();
    }
  }, 60_000);

  it('sends an attached PDF as the next annex with its piece type, and DocumentPapier « O » when paper pieces follow', async () => {
    const other = referenceRegister();
    try {
      other.db
        .prepare(
          `INSERT INTO acts (session_id, number, object, outcome, internal_id, nature, subject_code, classification_date)
           VALUES (1, 99, 'ACTE EN PRÉPARATION', '{"kind":"unanimity"}', 'TEST99', 'DE', '7.3', '2022-12-01')`,
        )
        .run();
      const G99 = { body: 'CP', date: '2023-10-16', act: 'G99' } as const;
      const plan = await makeAnnexPdf(2);
      await addAnnex(other.db, { ...G99, title: 'Plan de situation', pieceType: null, fileName: 'plan.pdf', bytes: plan });
      markPaperPieces(other.db, { ...G99, paper: true });
      const bundle = await buildCtesBundle(other.db, { ...G99, now: NOW });
      const base = '083-228300018-20231016-TEST99-DE-1-1';
      expect(bundle.entries).toEqual([`${base}_0.xml`, `99_DE-${base}_1.pdf`, `99_DE-${base}_2.pdf`]);
      const files = await unzip(bundle.bytes);
      expect(files.get(`99_DE-${base}_2.pdf`)?.equals(Buffer.from(plan))).toBe(true);
      const xml = files.get(`${base}_0.xml`)!;
      expect(xml.toString('latin1')).toContain('<actes:DocumentPapier>O</actes:DocumentPapier>');
      expect(xml.toString('latin1')).toContain('<actes:Annexes actes:Nombre="1">');
      expect(actesSchemaErrors([{ name: 'g99.xml', bytes: xml }])).toBe('');
    } finally {
      other.cleanup();
    }
  }, 60_000);
});
