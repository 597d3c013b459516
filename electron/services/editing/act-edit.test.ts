import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviewBlock } from '../../../shared/contract/contract';
import { pdfText } from '../../../templates/testing/extract-text';
import { referenceRegister, snapshot } from '../../testing/temp-register';
import type { Channel, Input } from '../../../shared/contract/contract';
import { callValue } from '../../testing/contract-call';
import { handle } from '../../door/dispatch';
import { onPostgres } from '../../testing/engine';

const now = new Date('2024-01-15T10:00:00Z');
const reg = referenceRegister();
const session = { body: 'CP', date: '2024-01-15' } as const;

const call = <C extends Channel>(channel: C, input: Input<C>) => callValue(reg.db, channel, input, now);
const previewText = (blocks: PreviewBlock[]) =>
  blocks.map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : b.kind === 'table' ? b.rows.map((r) => r.join(' | ')).join('\n') : '---')).join('\n');

beforeAll(async () => {
  const members = await call('members:in-office', session);
  const president = members.find((m) => m.name === 'M. Jean-Louis MASSON');
  if (president === undefined) throw new Error('président absent du registre de référence');
  await call('session:create', { ...session, time: '10:00', place: 'Toulon', presidentId: president.id });
});
afterAll(() => reg.cleanup());

describe('the ordre du jour', () => {
  it('numbers new acts in sequence and never gives a number twice, even after a renumbering or a withdrawal', async () => {
    expect(await call('act:create', { ...session, object: 'Premier dossier' })).toEqual({ number: 'G1' });
    expect(await call('act:create', { ...session, object: 'Deuxième dossier' })).toEqual({ number: 'G2' });
    expect(await call('act:renumber', { ...session, act: 'G2', number: 'G5' })).toEqual({ number: 'G5' });
    const reuse = await handle(reg.db, 'act:renumber', { ...session, act: 'G5', number: 'G2' }, now);
    expect(reuse).toMatchObject({ ok: false, error: { type: 'conflict', field: 'number' } });
    expect(!reuse.ok && reuse.error.message).toContain("G2 a déjà été donné dans cette séance ; un numéro n'est jamais redonné");
    expect(await call('act:create', { ...session, object: 'Troisième dossier' })).toEqual({ number: 'G6' });
    expect(await call('act:withdraw', { ...session, act: 'G6' })).toEqual({ number: 'G6' });
    expect(await call('act:create', { ...session, object: 'Quatrième dossier' })).toEqual({ number: 'G7' });
    const acts = await call('session:acts', session);
    expect(acts.acts.map((a) => [a.number, a.state, a.editable])).toEqual([
      ['G1', 'brouillon', true],
      ['G5', 'brouillon', true],
      ['G7', 'brouillon', true],
    ]);
  });

  it('refuses a number of another series, and an empty object, in French', async () => {
    expect(await handle(reg.db, 'act:renumber', { ...session, act: 'G1', number: 'A3' }, now)).toMatchObject({ ok: false, error: { type: 'validation' } });
    const empty = await handle(reg.db, 'act:create', { ...session, object: '   ' }, now);
    expect(empty).toMatchObject({ ok: false, error: { type: 'validation', field: 'object' } });
    expect(!empty.ok && empty.error.message).toContain('Objet du nouvel acte : obligatoire');
    expect(await handle(reg.db, 'act:renumber', { ...session, act: 'G1', number: ' ' }, now)).toEqual({
      ok: false,
      error: { type: 'validation', field: 'number', message: 'Nouveau numéro : obligatoire.' },
    });
  });

  it('gives a new act its @ctes internal number from the collectivity pattern', () => {
    const ids = reg.db.prepare("SELECT a.internal_id FROM acts a JOIN sessions s ON s.id = a.session_id WHERE s.date = '2024-01-15'").pluck().all();
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the act editor', () => {
  // The acts voted below decide something: a voted act without a decision is refused (see the end of this file).
  beforeAll(async () => {
    for (const act of ['G5', 'G7']) {
      const { content } = await call('act:get', { ...session, act });
      await call('act:save', { ...session, act, content: { ...content, decisions: ["d'approuver le projet."] } });
    }
  });

  it('saves what the secretary writes and previews the extract as it will print', async () => {
    const opened = await call('act:get', { ...session, act: 'G1' });
    expect(opened).toMatchObject({ number: 'G1', state: 'brouillon', editable: true, voters: 46, content: { vote: { kind: 'pending' } } });
    expect(previewText(await call('act:preview', { ...session, act: 'G1' }))).toContain('Vote à venir.');
    const saved = await call('act:save', {
      ...session,
      act: 'G1',
      content: {
        ...opened.content,
        object: 'Attribution de subventions aux communes',
        visas: ['Vu le code général des collectivités territoriales ;'],
        considerants: ['Considérant l’intérêt départemental ;'],
        decisions: ["d'attribuer les subventions suivantes :\nCommune\tMontant\nToulon\t10 000,00 €\nHyères\t5 000,00 €", "d'autoriser le Président à signer les conventions."],
        vote: { kind: 'majority', ballot: 'show-of-hands', for: 40, against: 5, abstentions: 1, notVoting: 0, names: null },
      },
    });
    expect(saved.state).toBe('voté');
    const text = previewText(await call('act:preview', { ...session, act: 'G1' }));
    expect(text).toContain('OBJET : Attribution de subventions aux communes');
    expect(text).toContain('Toulon | 10 000,00 €');
    expect(text).toContain('Adopté à la majorité des suffrages exprimés (40 voix pour, 5 voix contre, 1 abstention).');
    const row = reg.db.prepare("SELECT a.object, a.outcome FROM acts a JOIN sessions s ON s.id = a.session_id WHERE s.date = '2024-01-15' AND a.number = 1").get();
    expect(row).toEqual({ object: 'Attribution de subventions aux communes', outcome: JSON.stringify({ kind: 'majority', ballot: 'show-of-hands', votes: { for: 40, against: 5, abstentions: 1, notVoting: 0 }, names: null }) });
    const pdf = await call('extract:render', { ...session, act: 'G1', format: 'pdf' });
    expect(await pdfText(Buffer.from(pdf.base64, 'base64'), { raw: true })).toContain('OBJET : Attribution de subventions aux communes');
  });

  it('refuses a vote with more voices than voters, a result that does not follow the votes, a ragged table — changing nothing', async () => {
    const { content } = await call('act:get', { ...session, act: 'G5' });
    const before = snapshot(reg.db);
    const tooMany = await handle(reg.db, 'act:save', { ...session, act: 'G5', content: { ...content, vote: { kind: 'majority', ballot: 'secret', for: 40, against: 7, abstentions: 0, notVoting: 0, names: null } } }, now);
    expect(tooMany).toMatchObject({ ok: false, error: { type: 'validation', field: 'vote' } });
    expect(!tooMany.ok && tooMany.error.message).toContain('47 voix et non-participations déclarées pour 46 votants');
    const wrong = await handle(reg.db, 'act:save', { ...session, act: 'G5', content: { ...content, vote: { kind: 'rejected', ballot: 'secret', for: 30, against: 7, abstentions: 0, notVoting: 0, names: null } } }, now);
    expect(wrong).toMatchObject({ ok: false, error: { field: 'vote' } });
    const ragged = await handle(reg.db, 'act:save', { ...session, act: 'G5', content: { ...content, decisions: ['de retenir :\nA\tB\nun\tdeux\ttrois'] } }, now);
    expect(ragged).toMatchObject({ ok: false, error: { field: 'content.decisions' } });
    expect(!ragged.ok && ragged.error.message).toContain('décision 1, ligne 3 : 3 colonnes');
    expect(snapshot(reg.db)).toEqual(before);
  });

  it('will not withdraw a voted act', async () => {
    const reply = await handle(reg.db, 'act:withdraw', { ...session, act: 'G1' }, now);
    expect(reply).toMatchObject({ ok: false, error: { type: 'validation' } });
    expect(!reply.ok && reply.error.message).toBe("G1 a été voté : il ne peut plus être retiré de l'ordre du jour.");
  });

  it('never edits an act that has left the secretariat: G25 of the reference session is locked', async () => {
    const g25 = await call('act:get', { body: 'CP', date: '2023-10-16', act: 'G25' });
    expect(g25).toMatchObject({ editable: false, state: 'publié', voters: 36 });
    const before = snapshot(reg.db);
    const reply = await handle(reg.db, 'act:save', { body: 'CP', date: '2023-10-16', act: 'G25', content: { ...g25.content, object: 'Autre objet' } }, now);
    expect(reply).toMatchObject({ ok: false, error: { type: 'locked' } });
    expect(!reply.ok && reply.error.message).toContain('G25 est publié : il ne peut plus être modifié');
    expect(snapshot(reg.db)).toEqual(before);
  });
});

describe('the journal of an act', () => {
  it('tells the vote as the extract prints it, before and after', async () => {
    const entries = await call('journal:act', { ...session, act: 'G1' });
    expect(entries.find((e) => e.subject === 'vote')).toMatchObject({
      before: 'Vote à venir.',
      after: 'Adopté à la majorité des suffrages exprimés (40 voix pour, 5 voix contre, 1 abstention).',
    });
  });

  it("starts at the act's own creation, even when SQLite gives it the id of a withdrawn act", async () => {
    await call('act:create', { ...session, object: 'Projet retiré' });
    const withdrawn = reg.db.prepare('SELECT max(id) FROM acts').pluck().get();
    await call('act:withdraw', { ...session, act: 'G8' });
    expect(await call('act:create', { ...session, object: 'Nouveau projet' })).toEqual({ number: 'G9' });
    // SQLite reuses the id of the last row deleted; PostgreSQL's identity never does.
    if (!onPostgres) expect(reg.db.prepare('SELECT max(id) FROM acts').pluck().get()).toBe(withdrawn);
    const entries = await call('journal:act', { ...session, act: 'G9' });
    expect(entries.map((e) => e.after)).toEqual(['acte créé : Nouveau projet']);
  });
});

describe('a public ballot', () => {
  it('requires the names of those who voted against, as many as the count, and prints them', async () => {
    const { content, members } = await call('act:get', { ...session, act: 'G5' });
    const vote = { kind: 'majority', ballot: 'public', for: 44, against: 2, abstentions: 0, notVoting: 0 } as const;
    const unnamed = await handle(reg.db, 'act:save', { ...session, act: 'G5', content: { ...content, vote: { ...vote, names: null } } }, now);
    expect(unnamed).toMatchObject({ ok: false, error: { type: 'validation', field: 'vote' } });
    expect(!unnamed.ok && unnamed.error.message).toContain('0 nom « contre » pour 2 voix');
    const [a, b] = members;
    const named = { against: [a?.id ?? 0, b?.id ?? 0], abstentions: [], notVoting: [] };
    await call('act:save', { ...session, act: 'G5', content: { ...content, vote: { ...vote, names: named } } });
    const text = previewText(await call('act:preview', { ...session, act: 'G5' }));
    expect(text).toContain(`Adopté à la majorité des suffrages exprimés (44 voix pour, 2 voix contre). Ont voté contre : ${a?.name}, ${b?.name}.`);
  });
});

describe('a vote lets no wrong fact into the register', () => {
  it('refuses to name, in a public ballot, a member absent for the act: only its voters can be named', async () => {
    const { content, members } = await call('act:get', { ...session, act: 'G7' });
    const absent = members.find((m) => m.name === 'M. Thierry ALBERTINI');
    await call('act-attendance:set', { ...session, act: 'G7', memberId: absent?.id ?? 0, status: 'absent', holderId: null, basis: null, reason: null });
    const opened = await call('act:get', { ...session, act: 'G7' });
    expect(opened.voters).toBe(45);
    expect(opened.voterIds).not.toContain(absent?.id);
    const before = snapshot(reg.db);
    const vote = { kind: 'majority', ballot: 'public', for: 44, against: 1, abstentions: 0, notVoting: 0, names: { against: [absent?.id ?? 0], abstentions: [], notVoting: [] } } as const;
    const reply = await handle(reg.db, 'act:save', { ...session, act: 'G7', content: { ...content, vote } }, now);
    expect(reply).toMatchObject({ ok: false, error: { type: 'validation', field: 'vote' } });
    expect(!reply.ok && reply.error.message).toBe("G7 : Vote : Ont voté contre : M. Thierry ALBERTINI n'est pas votant pour cet acte (ni présent ni représenté).");
    expect(snapshot(reg.db)).toEqual(before);
  });

  it('refuses counts that do not close on the voters, and accepts them once « ne prennent pas part » closes the sum', async () => {
    const { content } = await call('act:get', { ...session, act: 'G7' });
    const vote = { kind: 'majority', ballot: 'show-of-hands', for: 38, against: 0, abstentions: 0, notVoting: 0, names: null } as const;
    const short = await handle(reg.db, 'act:save', { ...session, act: 'G7', content: { ...content, vote } }, now);
    expect(short).toMatchObject({ ok: false, error: { type: 'validation', field: 'vote' } });
    expect(!short.ok && short.error.message).toBe(
      'G7 : Vote : 38 voix et non-participations pour 45 votants (présents et représentés) : 7 votants manquent ; comptez-les en abstention ou dans « Ne prennent pas part ».',
    );
    const closed = await call('act:save', { ...session, act: 'G7', content: { ...content, vote: { ...vote, notVoting: 7 } } });
    expect(closed.content.vote).toMatchObject({ for: 38, notVoting: 7 });
  });

  it('refuses to make absent a member already named in a public ballot: he would print as absent and voting', async () => {
    const { content, members, voterIds } = await call('act:get', { ...session, act: 'G7' });
    const named = members.find((m) => voterIds.includes(m.id) && m.name !== 'M. Jean-Louis MASSON');
    const vote = { kind: 'majority' as const, ballot: 'public' as const, for: 44, against: 1, abstentions: 0, notVoting: 0, names: { against: [named?.id ?? 0], abstentions: [], notVoting: [] } };
    await call('act:save', { ...session, act: 'G7', content: { ...content, vote } });
    const reply = await handle(reg.db, 'act-attendance:set', { ...session, act: 'G7', memberId: named?.id ?? 0, status: 'absent', holderId: null, basis: null, reason: null }, now);
    expect(reply).toMatchObject({ ok: false, error: { type: 'validation' } });
    expect(!reply.ok && reply.error.message).toContain(`n'est pas votant pour cet acte`);
  });
});

describe('a voted act decides something', () => {
  const row = (number: number) =>
    reg.db.prepare("SELECT a.decisions, a.outcome, a.visas FROM acts a JOIN sessions s ON s.id = a.session_id WHERE s.date = '2024-01-15' AND a.number = ?").get(number);
  const message =
    "Décisions : un acte voté doit décider quelque chose (rejeté, il dit ce qui était proposé) ; écrivez au moins une décision avant d'enregistrer le résultat du vote.";

  it('refuses a result on an act with no decision, on the vote, the register unchanged; the other fields save once the vote is sent back as it was', async () => {
    const { number } = await call('act:create', { ...session, object: 'Dossier sans décision' });
    const { content } = await call('act:get', { ...session, act: number });
    const before = snapshot(reg.db);
    const visas = ['Vu le code général des collectivités territoriales ;'];
    const reply = await handle(reg.db, 'act:save', { ...session, act: number, content: { ...content, visas, vote: { kind: 'unanimity' } } }, now);
    expect(reply).toEqual({ ok: false, error: { type: 'validation', message, field: 'vote' } });
    expect(snapshot(reg.db)).toEqual(before);
    // What the editor does with a refused field: the register's vote, and the rest as typed.
    const rest = await call('act:save', { ...session, act: number, content: { ...content, visas } });
    expect(rest.content).toMatchObject({ visas, vote: { kind: 'pending' } });
    const rejected = { kind: 'rejected', ballot: 'show-of-hands', for: 6, against: 40, abstentions: 0, notVoting: 0, names: null } as const;
    const refusedToo = await handle(reg.db, 'act:save', { ...session, act: number, content: { ...rest.content, vote: rejected } }, now);
    expect(refusedToo).toMatchObject({ ok: false, error: { message, field: 'vote' } });
    const decided = await call('act:save', { ...session, act: number, content: { ...rest.content, decisions: ["d'approuver le dossier."], vote: rejected } });
    expect(decided.state).toBe('voté');
  });

  it('refuses to empty the decisions of a voted act, on the decisions, the register unchanged', async () => {
    const { content } = await call('act:get', { ...session, act: 'G1' });
    const before = snapshot(reg.db);
    const stored = row(1);
    const reply = await handle(reg.db, 'act:save', { ...session, act: 'G1', content: { ...content, decisions: [] } }, now);
    expect(reply).toEqual({ ok: false, error: { type: 'validation', message, field: 'content.decisions' } });
    expect(row(1)).toEqual(stored);
    expect(snapshot(reg.db)).toEqual(before);
  });

  it('lets an act voted without decisions before the rule be edited, as long as its vote and decisions stay', async () => {
    const { number } = await call('act:create', { ...session, object: 'Acte ancien' });
    const value = Number(number.slice(1));
    reg.db.prepare("UPDATE acts SET outcome = '{\"kind\":\"unanimity\"}' WHERE number = ? AND session_id = (SELECT id FROM sessions WHERE date = '2024-01-15')").run(value);
    const { content } = await call('act:get', { ...session, act: number });
    const saved = await call('act:save', { ...session, act: number, content: { ...content, object: 'Acte ancien, objet précisé' } });
    expect(saved.content).toMatchObject({ object: 'Acte ancien, objet précisé', decisions: [], vote: { kind: 'unanimity' } });
  });
});

describe('a text the PDF font cannot print', () => {
  it('is refused at the save, naming the field and the character, the register unchanged; the other fields save once it is sent back as it was', async () => {
    const { number } = await call('act:create', { ...session, object: 'Chauffage des collèges' });
    const { content } = await call('act:get', { ...session, act: number });
    const considerants = ['Considérant la consigne de chauffage des collèges ;'];
    const before = snapshot(reg.db);
    const reply = await handle(reg.db, 'act:save', { ...session, act: number, content: { ...content, visas: ['Vu la consigne de 19 ℃ ;'], considerants } }, now);
    expect(reply).toEqual({
      ok: false,
      error: { type: 'validation', message: "Visas : le caractère « ℃ » (U+2103) ne peut pas être imprimé dans l'extrait ; retirez-le ou remplacez-le.", field: 'content.visas' },
    });
    expect(snapshot(reg.db)).toEqual(before);
    const rest = await call('act:save', { ...session, act: number, content: { ...content, considerants } });
    expect(rest.content).toMatchObject({ visas: [], considerants });
  });

  it('accepts what prints today — œ, ’, €, °, №, non-breaking spaces — and the extract prints it', async () => {
    const { number } = await call('act:create', { ...session, object: 'Œuvres d’art des collèges' });
    const { content } = await call('act:get', { ...session, act: number });
    const visas = ['Vu l’arrêté № 2023-118 du 1er mars 2023 ;'];
    const decisions = ['d’attribuer 4\u202f500,00\u00a0€ pour l’œuvre « Été », exposée à 19 °C.'];
    const saved = await call('act:save', { ...session, act: number, content: { ...content, visas, decisions } });
    expect(saved.content).toMatchObject({ visas, decisions });
    const pdf = await call('extract:render', { ...session, act: number, format: 'pdf' });
    const text = await pdfText(Buffer.from(pdf.base64, 'base64'), { raw: true });
    for (const printed of ['OBJET : Œuvres d’art des collèges', 'l’arrêté № 2023-118', 'pour l’œuvre « Été », exposée à 19 °C.', '€']) expect(text).toContain(printed);
  });

  it('leaves a character the register already holds to its field: the act stays editable', async () => {
    const { number } = await call('act:create', { ...session, object: 'Acte importé avant la règle' });
    reg.db
      .prepare("UPDATE acts SET visas = ? WHERE number = ? AND session_id = (SELECT id FROM sessions WHERE date = '2024-01-15')")
      .run(JSON.stringify(['Vu la consigne de 19 ℃ ;']), Number(number.slice(1)));
    const { content } = await call('act:get', { ...session, act: number });
    const saved = await call('act:save', { ...session, act: number, content: { ...content, object: 'Acte importé avant la règle, objet précisé' } });
    expect(saved.content).toMatchObject({ object: 'Acte importé avant la règle, objet précisé', visas: ['Vu la consigne de 19 ℃ ;'] });
  });
});
