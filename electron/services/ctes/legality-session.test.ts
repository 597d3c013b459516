import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel, Input } from '../../../shared/contract/contract';
import { callValue, refusalOf } from '../../testing/contract-call';
import { referenceRegister, snapshot } from '../../testing/temp-register';
import { errorOf } from '../../../shared/testing/error-of';
import { recordLegalityDates } from './legality';

const now = new Date('2024-01-20T10:00:00Z');
const reg = referenceRegister();
const session = { body: 'CP', date: '2024-01-15' } as const;
const call = <C extends Channel>(channel: C, input: Input<C>) => callValue(reg.db, channel, input, now);
const refusal = (channel: string, input: object) => refusalOf(reg.db, channel, input, now);
const base64 = (text: string) => Buffer.from(text, 'latin1').toString('base64');
const ar = (id: string, date: string) =>
  `<?xml version="1.0" encoding="ISO-8859-1"?>
<actes:ARActe xmlns:actes="http://www.interieur.gouv.fr/ACTES#v1.1-20040216" actes:IDActe="${id}" actes:DateReception="${date}"/>`;

async function vote(act: string) {
  const editor = await call('act:get', { ...session, act });
  await call('act:save', { ...session, act, content: { ...editor.content, decisions: ["d'approuver le projet."], vote: { kind: 'unanimity' } } });
}

beforeAll(async () => {
  const members = await call('members:in-office', session);
  const president = members.find((m) => m.name === 'M. Jean-Louis MASSON')?.id ?? 0;
  await call('session:create', { ...session, time: '10:00', place: 'Toulon', presidentId: president });
  for (const object of ['Garantie d’emprunt', 'Subvention', 'Projet reporté']) await call('act:create', { ...session, object });
  await vote('G1');
  await vote('G2');
});
afterAll(() => reg.cleanup());

describe('nature and matière of an act', () => {
  it('offers the natures and the matières of the classification in force, searchable by code and label', async () => {
    const view = await call('act:reference', { ...session, act: 'G1' });
    expect(view).toMatchObject({ number: 'G1', nature: 'DE', subject: null, editable: true });
    expect(view.natures.map((n) => n.code)).toEqual(['DE', 'AR', 'AI', 'CC', 'BF', 'AU']);
    expect(view.subjects.find((s) => s.code === '7.3')?.label).toMatch(/^7\.3 Finances locales – Emprunts/);
    expect(view.subjects.every((s) => s.code.includes('.'))).toBe(true);
  });

  it('records them, and refuses a matière absent from the classification with its value', async () => {
    const saved = await call('act:set-reference', { ...session, act: 'G1', nature: 'DE', subject: '7.3' });
    expect(saved.subject).toBe('7.3');
    await call('act:set-reference', { ...session, act: 'G2', nature: 'AU', subject: '7.5' });
    expect(reg.db.prepare("SELECT nature, subject_code FROM acts a JOIN sessions s ON s.id = a.session_id WHERE s.date = ? ORDER BY number").all(session.date)).toEqual([
      { nature: 'DE', subject_code: '7.3' },
      { nature: 'AU', subject_code: '7.5' },
      { nature: 'DE', subject_code: null },
    ]);
    const before = snapshot(reg.db);
    const e = await refusal('act:set-reference', { ...session, act: 'G1', nature: 'DE', subject: '9.99' });
    expect(e).toMatchObject({ type: 'validation', field: 'subjectCode' });
    expect(e.message).toContain('matière @ctes « 9.99 » absente de la classification');
    const nature = await refusal('act:set-reference', { ...session, act: 'G1', nature: 'XX', subject: null });
    expect(nature.type).toBe('validation');
    expect(snapshot(reg.db)).toEqual(before);
    await call('act:set-reference', { ...session, act: 'G2', nature: 'DE', subject: '7.5' });
  });
});

describe('from vote to publication', () => {
  it('refuses a transmission before the decision, naming both dates, or of a draft, and changes nothing', async () => {
    const before = snapshot(reg.db);
    const early = await refusal('legality:transmit', { ...session, acts: ['G1', 'G2'], transmissionDate: '2024-01-10' });
    expect(early).toMatchObject({ type: 'validation', field: 'G1.transmissionDate' });
    expect(early.message).toContain('(10/01/2024) antérieure à la date de la décision (15/01/2024)');
    const draft = await refusal('legality:transmit', { ...session, acts: ['G1', 'G3'], transmissionDate: '2024-01-16' });
    expect(draft.message).toContain("Acte G3 : il n'a pas été voté");
    const ahead = await refusal('legality:transmit', { ...session, acts: ['G1'], transmissionDate: '2024-01-25' });
    expect(ahead.message).toBe(
      "Acte G1 : Date de transmission en préfecture (25/01/2024) postérieure à aujourd'hui (20/01/2024) : une date enregistrée est celle d'un fait accompli.",
    );
    expect(snapshot(reg.db)).toEqual(before);
  });

  it('gives a draft no date through `registre dates` either: it would become executory, and sealed, before its vote', () => {
    const before = snapshot(reg.db);
    const draft = errorOf(() => recordLegalityDates(reg.db, 'CP', '2024-01-15', 'G3', { transmissionDate: '2024-01-16', onlineDate: '2024-01-17' }, now));
    expect(draft.type).toBe('validation');
    expect(draft.message).toBe(
      "Acte G3 : il n'a pas été voté ; ses dates de transmission, de réception et de mise en ligne ne s'enregistrent qu'après son vote.",
    );
    expect(snapshot(reg.db)).toEqual(before);
  });

  it('refuses an object @ctes could not carry where it is typed, and does not record the transmission of one written before the rule', async () => {
    const before = snapshot(reg.db);
    const editor = await call('act:get', { ...session, act: 'G2' });
    const long = `Subvention ${'à l’association des amis du collège '.repeat(15)}`;
    const typed = await refusal('act:save', { ...session, act: 'G2', content: { ...editor.content, object: long } });
    expect(typed).toMatchObject({ type: 'validation', field: 'content.object' });
    expect(typed.message).toBe(
      `Objet : ${long.trim().length} caractères ; @ctes, par lequel l’acte est transmis au contrôle de légalité, en accepte 500 au plus : raccourcissez-le.`,
    );
    expect(snapshot(reg.db)).toEqual(before);

    const id = reg.db.prepare("SELECT a.id FROM acts a JOIN sessions s ON s.id = a.session_id WHERE s.date = ? AND a.number = 2").pluck().get(session.date) as number;
    reg.db.prepare('UPDATE acts SET object = ? WHERE id = ?').run(long, id);
    const legacy = snapshot(reg.db);
    const sent = await refusal('legality:transmit', { ...session, acts: ['G1', 'G2'], transmissionDate: '2024-01-16' });
    expect(sent).toMatchObject({ type: 'validation', field: 'G2.object' });
    expect(sent.message).toContain('Acte G2 : objet de ');
    expect(sent.message).toContain('en accepte 500 au plus : raccourcissez-le avant d’enregistrer sa transmission.');
    expect(snapshot(reg.db)).toEqual(legacy);
    reg.db.prepare('UPDATE acts SET object = ? WHERE id = ?').run(editor.content.object, id);
  });

  it('records the transmission of a selection, the AR files one by one and the online date of the session', async () => {
    const sent = await call('legality:transmit', { ...session, acts: ['G1', 'G2'], transmissionDate: '2024-01-16' });
    expect(sent.map((a) => [a.number, a.state, a.transmissionDate])).toEqual([
      ['G1', 'transmis', '2024-01-16'],
      ['G2', 'transmis', '2024-01-16'],
      ['G3', 'brouillon', null],
    ]);
    const internal = reg.db.prepare("SELECT a.internal_id FROM acts a JOIN sessions s ON s.id = a.session_id WHERE s.date = ? ORDER BY number").pluck().all(session.date) as string[];
    const id = (n: number) => `083-228300018-20240115-${internal[n]}-DE`;
    const before = snapshot(reg.db);
    const report = await call('legality:acknowledgements', {
      files: [
        { name: 'ar-G1.xml', base64: base64(ar(id(0), '2024-01-17')) },
        { name: 'ar-inconnu.xml', base64: base64(ar('083-228300018-20240115-NOPE-DE', '2024-01-17')) },
        { name: 'illisible.xml', base64: base64('<actes:ARActe') },
        { name: 'ar-G2-trop-tot.xml', base64: base64(ar(id(1), '2024-01-15')) },
        { name: 'ar-G2-futur.xml', base64: base64(ar(id(1), '2024-01-25')) },
      ],
    });
    expect(report.files.map((f) => [f.name, f.taken])).toEqual([
      ['ar-G1.xml', true],
      ['ar-inconnu.xml', false],
      ['illisible.xml', false],
      ['ar-G2-trop-tot.xml', false],
      ['ar-G2-futur.xml', false],
    ]);
    expect(report.files[0]).toMatchObject({ act: 'G1', receptionDate: '2024-01-17' });
    const [, unknown, unreadable, early, ahead] = report.files.map((f) => (f.taken ? '' : f.message));
    expect(ahead).toContain("(25/01/2024) postérieure à aujourd'hui (20/01/2024)");
    expect(unknown).toContain("aucun acte du registre n'a l'identifiant 083-228300018-20240115-NOPE-DE");
    expect(unreadable).toContain('XML mal formé');
    expect(early).toContain('(15/01/2024) antérieure à la date de transmission en préfecture (16/01/2024)');
    // Only the valid file changed the register.
    const after = snapshot(reg.db);
    expect(after.acts).not.toEqual(before.acts);
    expect(after.sessions).toEqual(before.sessions);

    const tooEarly = await refusal('legality:online', { ...session, onlineDate: '2024-01-14' });
    expect(tooEarly.message).toContain('(14/01/2024) antérieure à la date de la décision (15/01/2024)');
    const online = await call('legality:online', { ...session, onlineDate: '2024-01-18' });
    expect(online.map((a) => [a.number, a.state, a.legalityReceptionDate, a.onlineDate, a.executoryDate])).toEqual([
      ['G1', 'publié', '2024-01-17', '2024-01-18', '2024-01-18'],
      ['G2', 'publié', null, '2024-01-18', '2024-01-18'],
      ['G3', 'brouillon', null, null, null],
    ]);
    // Executory: nature and matière are locked like the rest.
    const locked = await refusal('act:set-reference', { ...session, act: 'G1', nature: 'DE', subject: '7.5' });
    expect(locked.type).toBe('locked');
  });
});
