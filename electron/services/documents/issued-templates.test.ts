import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedTemplate } from '../../../templates/template-files';
import { pdfText, zipEntryText } from '../../../templates/testing/extract-text';
import type { Channel, Input } from '../../../shared/contract/contract';
import { callValue } from '../../testing/contract-call';
import { referenceRegister } from '../../testing/temp-register';
import { renderExtracts } from './extracts';
import { planDocuments } from '../generation/plan';
import { renderListeDeliberations } from './liste-deliberations';
import { renderRecueil } from './recueil';
import { renderRegistre } from './registre';
import { saveTemplate } from '../settings/custom-templates';
import { signExtract } from './signed-extracts';
import type { TestPki } from '../signing/testing/fixtures';
import { makeTestPki, PASSPHRASE, SIGNING_TIME } from '../signing/testing/fixtures';

const reg = referenceRegister();
const session = { body: 'CP', date: '2025-03-10' } as const;
const now = new Date('2025-03-14T09:00:00Z');
const call = <C extends Channel>(channel: C, input: Input<C>) => callValue(reg.db, channel, input, now);
const pdf = async (act: string) => (await renderExtracts(reg.db, { ...session, act, format: 'pdf', now }))[0]?.bytes ?? new Uint8Array();
let pki: TestPki;

beforeAll(async () => {
  pki = makeTestPki();
  const members = await call('members:in-office', session);
  const president = members.find((m) => m.name === 'M. Jean-Louis MASSON')?.id;
  await call('session:create', { ...session, time: '10:00', place: 'Toulon', presidentId: president ?? 0 });
  for (const object of ['Acte signé', 'Acte en préparation']) await call('act:create', { ...session, object });
  const g1 = await call('act:get', { ...session, act: 'G1' });
  await call('act:save', { ...session, act: 'G1', content: { ...g1.content, decisions: ["d'approuver le projet."], vote: { kind: 'unanimity' } } });
  await signExtract(reg.db, { ...session, act: 'G1', p12: pki.signerP12, passphrase: PASSPHRASE, now: SIGNING_TIME });
}, 60_000);
afterAll(() => {
  rmSync(pki.dir, { recursive: true, force: true });
  reg.cleanup();
});

describe('the template an act was issued with', () => {
  it('is kept with the act when it is signed', () => {
    const kept = reg.db.prepare("SELECT source FROM act_templates t JOIN acts a ON a.id = t.act_id JOIN sessions s ON s.id = a.session_id WHERE s.date = '2025-03-10' AND a.number = 1 AND t.name = 'extrait'").pluck().all();
    expect(kept).toEqual([shippedTemplate('extrait/extrait.modele')]);
  });

  it('is kept with the acts a session import brings in already executory, the seal put back after them', async () => {
    const reference = { body: 'CP', date: '2023-10-16', act: 'G1', format: 'pdf', now } as const;
    const kept = reg.db.prepare("SELECT count(*) FROM act_templates t JOIN acts a ON a.id = t.act_id WHERE a.executory_date IS NOT NULL AND t.name = 'extrait'").pluck().get();
    expect(kept).toBe(reg.db.prepare('SELECT count(*) FROM acts WHERE executory_date IS NOT NULL').pluck().get());
    const before = (await renderExtracts(reg.db, reference))[0]?.bytes ?? new Uint8Array();
    saveTemplate(reg.db, 'extrait', shippedTemplate('extrait/extrait.modele').replace('Extrait du registre des délibérations\n', 'Extrait importé du registre des délibérations\n'));
    const after = (await renderExtracts(reg.db, reference))[0]?.bytes ?? new Uint8Array();
    expect(Buffer.from(after).equals(Buffer.from(before))).toBe(true);
    const g1 = reg.db.prepare("SELECT a.id FROM acts a JOIN sessions s ON s.id = a.session_id WHERE s.date = '2023-10-16' AND a.number = 1").pluck().get();
    expect(() => reg.db.prepare("INSERT INTO act_templates (act_id, name, source) VALUES (?, 'autre', 'x')").run(g1)).toThrow("l'acte a quitté le secrétariat");
  });

  it('keeps a signed act’s PDF byte-identical after the extract template is edited; an act in the secretariat takes the edit', async () => {
    const signedBefore = await pdf('G1');
    const draftBefore = await pdf('G2');
    const edited = shippedTemplate('extrait/extrait.modele').replace('Extrait du registre des délibérations\n', 'Extrait conforme du registre des délibérations\n');
    expect(edited).not.toBe(shippedTemplate('extrait/extrait.modele'));
    saveTemplate(reg.db, 'extrait', edited);
    expect(Buffer.from(await pdf('G1')).equals(Buffer.from(signedBefore))).toBe(true);
    const draftAfter = await pdf('G2');
    expect(Buffer.from(draftAfter).equals(Buffer.from(draftBefore))).toBe(false);
    expect(await pdfText(Buffer.from(draftAfter), { raw: true })).toContain('Extrait conforme du registre des délibérations');
  });

  it('prints the signed act in the registre and the recueil with its issued template: a template edit leaves both byte-identical', async () => {
    await call('session:recueil', { ...session, number: 12, year: 2025, publicationDate: '2025-03-14' });
    const registre = async () => (await renderRegistre(reg.db, { body: 'CP', year: 2025, now })).bytes;
    const recueil = async () => (await renderRecueil(reg.db, { ...session, now })).bytes;
    const [registreBefore, recueilBefore] = [await registre(), await recueil()];
    expect(await pdfText(Buffer.from(recueilBefore), { raw: true })).toContain('Extrait du registre des délibérations');
    const edited = shippedTemplate('extrait/extrait.modele').replace('Extrait du registre des délibérations\n', 'Extrait modifié du registre des délibérations\n');
    saveTemplate(reg.db, 'extrait', edited);
    expect(Buffer.from(await registre()).equals(Buffer.from(registreBefore))).toBe(true);
    const recueilAfter = await recueil();
    expect(Buffer.from(recueilAfter).equals(Buffer.from(recueilBefore))).toBe(true);
    expect(await pdfText(Buffer.from(recueilAfter), { raw: true })).not.toContain('Extrait modifié');
  });
});

describe('a projet (vote to come)', () => {
  it('prints « PROJET » on its extract, without signature nor reference; a voted act has them and no « PROJET »', async () => {
    const projet = await pdfText(Buffer.from(await pdf('G2')), { raw: true });
    // pdftotext reads the slanted word letter by letter.
    const slanted = /P\s*R\s*O\s*J\s*E\s*T/;
    expect(projet).toMatch(slanted);
    expect(projet).toContain('Vote à venir.');
    expect(projet).not.toContain('Signé :');
    expect(projet).not.toContain('Référence technique');
    const voted = await pdfText(Buffer.from(await pdf('G1')), { raw: true });
    expect(voted).not.toMatch(slanted);
    expect(voted).toContain('Signé : Jean-Louis MASSON');
  });

  it('lays « PROJET » across each page of its Word extract too (a slanted shape behind the text, in the header); a voted act has none', async () => {
    const docx = async (act: string) => (await renderExtracts(reg.db, { ...session, act, format: 'docx', now }))[0]?.bytes ?? new Uint8Array();
    const header = await zipEntryText(await docx('G2'), 'word/header1.xml');
    expect(header).toMatch(/<v:shape [^>]*style="[^"]*rotation:315;z-index:-/);
    expect(header).toContain('string="PROJET"');
    await expect(zipEntryText(await docx('G1'), 'word/header1.xml')).rejects.toThrow('No word/header1.xml');
  });

  it('is left out of the liste and of what is transmitted or signed, and is never signed', async () => {
    const liste = await renderListeDeliberations(reg.db, { ...session, now });
    expect(liste.acts.map((a) => a.number)).toEqual(['G1']);
    const planned = planDocuments(reg.db, session).map((d) => d.id);
    expect(planned).toContain('extrait:G2:pdf');
    expect(planned.filter((id) => id.endsWith(':G2'))).toEqual([]);
    await expect(signExtract(reg.db, { ...session, act: 'G2', p12: pki.signerP12, passphrase: PASSPHRASE, now: SIGNING_TIME })).rejects.toThrow(
      "G2 : vote à venir ; un projet ne se signe pas, enregistrez d'abord son vote.",
    );
  });

  it('refuses a liste published, or an act signed, before the séance', async () => {
    const before = new Date('2025-03-09T09:00:00Z');
    await expect(renderListeDeliberations(reg.db, { ...session, now: before })).rejects.toThrow(
      'Date de publication de la liste des délibérations (09/03/2025) antérieure à la date de la décision (10/03/2025)',
    );
    const g2 = await call('act:get', { ...session, act: 'G2' });
    await call('act:save', { ...session, act: 'G2', content: { ...g2.content, decisions: ["d'approuver le projet."], vote: { kind: 'unanimity' } } });
    await expect(signExtract(reg.db, { ...session, act: 'G2', p12: pki.signerP12, passphrase: PASSPHRASE, now: before })).rejects.toThrow(
      "Date de signature (09/03/2025) antérieure à la date de la décision (10/03/2025) : un acte ne peut être signé avant d'avoir été décidé.",
    );
  });
});
