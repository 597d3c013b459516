import type { ActContentView, ActEditorView, VoteView } from '../../../shared/contract/channels/acts';
import type { BodyCode } from '../../../shared/domain/body';
import { AppError, pointedAt, validationError } from '../../../shared/domain/errors';
import type { IsoDate } from '../../../shared/rules/french-dates';
import { longInstant } from '../../../shared/rules/french-dates';
import { checkVoteHeld } from '../../../shared/rules/session-date';
import { inTableOrder, listName } from '../../../shared/domain/member';
import type { Outcome } from '../../../shared/domain/outcome';
import type { Act } from '../../../shared/domain/session';
import { checkActDecides } from '../../../shared/rules/act-standing';
import { actVerdict } from '../../../shared/rules/act-verdict';
import { actVoters, voteSumIssue } from '../../../shared/rules/ballot';
import { formatActNumber, parseActNumber } from '../../../shared/rules/numbering';
import { PRINTED_ACT_FIELDS, unprintableActText } from '../../../shared/rules/printable-glyphs';
import { printableCodePoints } from '../../../templates/render/printable-characters';
import type { Db } from '../../db/open';
import { actChangeSince, actVersion, journalActText } from '../../db/repositories/act-version';
import { deleteAct, isActNumberUsed, setActNumber, updateActText } from '../../db/repositories/acts';
import { appendDraft } from './act-append';
import { checkActsStand } from './act-checks';
import { checkDecisionTables } from './decision-tables';
import type { SessionContext } from './session-context';
import { assertEditable, sessionContext } from './session-context';

const voteOf = (o: Outcome): VoteView =>
  o.kind === 'pending' || o.kind === 'unanimity'
    ? { kind: o.kind }
    : { kind: o.kind, ballot: o.ballot, ...o.votes, names: o.names };

function outcomeOf(v: VoteView, ctx: SessionContext): Outcome {
  if (v.kind === 'pending' || v.kind === 'unanimity') return { kind: v.kind };
  if (v.names !== null) for (const id of [...v.names.against, ...v.names.abstentions, ...v.names.notVoting]) ctx.nameOf(id, 'vote');
  return {
    kind: v.kind,
    ballot: v.ballot,
    votes: { for: v.for, against: v.against, abstentions: v.abstentions, notVoting: v.notVoting },
    // A public ballot prints who voted against, abstained or took no part (CGCT L3121-15): the
    // names are then required, as many as the counts.
    names: v.ballot === 'public' ? (v.names ?? { against: [], abstentions: [], notVoting: [] }) : null,
  };
}

/** The text fields of an act as the journal names them when they change. */
const TEXT_FIELDS: readonly [keyof Act, string][] = [
  ['object', 'objet'],
  ['serviceCodeLines', 'codes du service'],
  ['examinationSentence', "phrase d'examen"],
  ['visas', 'visas'],
  ['considerants', 'considérants'],
  ['decisions', 'décisions'],
  ['decisionNotes', 'notes'],
  ['annexes', 'annexes'],
];

const changedTexts = (before: Act, after: Act): string[] =>
  TEXT_FIELDS.filter(([key]) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).map(([, label]) => label);

function editorView(db: Db, ctx: SessionContext, act: Act): ActEditorView {
  const verdict = actVerdict(ctx.session, act);
  return {
    number: ctx.numberOf(act),
    state: ctx.stateLabelOf(act),
    editable: ctx.editable(act),
    content: {
      object: act.object,
      serviceCodeLines: act.serviceCodeLines,
      examinationSentence: act.examinationSentence,
      visas: act.visas,
      considerants: act.considerants,
      decisions: act.decisions,
      decisionNotes: act.decisionNotes,
      vote: voteOf(act.outcome),
      annexes: act.annexes.map((a) => ({ kind: a.kind, title: a.title })),
    },
    voters: verdict.counts.present + verdict.counts.proxies,
    voterIds: actVoters(verdict),
    members: [...ctx.session.roster].sort(inTableOrder).map((m) => ({ id: m.id, name: listName(m) })),
    version: actVersion(db, act.id),
  };
}

/** An act as the editor opens it. */
export function actEditor(db: Db, body: BodyCode, date: string, number: string): ActEditorView {
  const ctx = sessionContext(db, body, date);
  return editorView(db, ctx, ctx.act(number));
}

/**
 * Refuses a save made over another's change: the act's text or vote was changed (by another
 * secretary, or in another window) after the editor loaded `version`. Checked inside the save's
 * transaction — SERIALIZABLE on a shared register — so that of two saves of one version, only one
 * goes through.
 */
function checkVersion(db: Db, ctx: SessionContext, act: Act, version: number | undefined): void {
  if (version === undefined) return;
  const change = actChangeSince(db, act.id, version);
  if (change === null) return;
  throw new AppError(
    'conflict',
    `L'acte ${ctx.numberOf(act)} a été modifié par ${change.author} le ${longInstant(change.at)} pendant que vous le rédigiez : votre texte n'a pas été enregistré. Copiez-le, rechargez l'acte, puis reportez vos changements.`,
    // The refused input: the version the editor sent. The editor offers to reload the act for this
    // conflict only, not for a server that does not answer or a turn not come (also conflicts, which a retry settles).
    'version',
  );
}

/**
 * Saves what the secretary wrote (the editor's autosave): one transaction, refused whole when the
 * act has left the secretariat, when another changed it since the editor loaded `version`, when
 * its vote does not fit its attendance (its counts must close on the voters, its names come from
 * them), when an adopted act has no quorum, when a voted act decides nothing, or when a text
 * holds a character the PDF's font cannot print. A change of its text is journaled (who, which fields).
 */
export function saveAct(db: Db, input: { body: BodyCode; date: string; act: string; content: ActContentView; version?: number }, today: IsoDate): ActEditorView {
  return db.transaction(() => {
    const ctx = sessionContext(db, input.body, input.date);
    const act = ctx.act(input.act);
    assertEditable(ctx, act);
    checkVersion(db, ctx, act, input.version);
    const c = input.content;
    checkDecisionTables(c.decisions);
    // Only the texts this save changes: a field the register already holds as it is stays as it is,
    // and the editor, sending it back as the register has it, saves the others.
    const changedPrinted = PRINTED_ACT_FIELDS.filter((f) => JSON.stringify(c[f]) !== JSON.stringify(act[f]));
    const unprintable = unprintableActText(c, printableCodePoints(), changedPrinted);
    if (unprintable !== null) throw validationError(unprintable.message, `content.${unprintable.field}`);
    const outcome = outcomeOf(c.vote, ctx);
    // A result is a fact: refused before the session is held (a result recorded earlier is left to its author).
    const voteChanged = JSON.stringify(outcome) !== JSON.stringify(act.outcome);
    if (voteChanged) checkVoteHeld(outcome, ctx.session.date, today);
    const annexes = act.annexes.map((a, i) => ({ ...a, ...c.annexes[i] })).slice(0, c.annexes.length);
    const saved: Act = {
      ...act,
      object: c.object,
      serviceCodeLines: c.serviceCodeLines,
      examinationSentence: c.examinationSentence || null,
      visas: c.visas,
      considerants: c.considerants,
      decisions: c.decisions,
      decisionNotes: c.decisionNotes,
      outcome,
      annexes: [...annexes, ...c.annexes.slice(annexes.length)],
    };
    checkActsStand(ctx.session, [saved], 'vote');
    const verdict = actVerdict(ctx.session, saved);
    const sum = voteSumIssue(saved.outcome, verdict.counts.present + verdict.counts.proxies);
    if (sum !== null) throw validationError(`${ctx.numberOf(saved)} : ${sum}`, 'vote');
    // A voted act decides something. Pointed at what this save changes, so that the editor, sending
    // the register's value of the refused field back, saves the rest: the decisions when they were
    // emptied, else the vote. An act voted without decisions before the rule keeps its other fields editable.
    if (voteChanged || JSON.stringify(saved.decisions) !== JSON.stringify(act.decisions)) {
      const emptied = act.decisions.some((d) => d.trim() !== '');
      pointedAt(emptied ? 'content.decisions' : 'vote', () => checkActDecides(saved.outcome, saved.decisions));
    }
    updateActText(db, saved);
    const changed = changedTexts(act, saved);
    if (changed.length > 0) journalActText(db, act.id, changed);
    return editorView(db, ctx, saved);
  })();
}

/**
 * Adds an act to the ordre du jour under the next number never given in the session, as a draft
 * (vote to come) with its @ctes internal number made from the collectivity's pattern.
 */
export function createAct(db: Db, input: { body: BodyCode; date: string; object: string }): { number: string } {
  return db.transaction(() => {
    const { session } = sessionContext(db, input.body, input.date);
    const empty = { serviceCodeLines: [], examinationSentence: null, visas: [], considerants: [], decisions: [], decisionNotes: [], annexes: [] };
    return { number: appendDraft(db, session, { ...empty, object: input.object, nature: 'DE' }).number };
  })();
}

/** Gives an act another number; a number once given in the session is never given again. */
export function renumberAct(db: Db, input: { body: BodyCode; date: string; act: string; number: string }): { number: string } {
  return db.transaction(() => {
    const ctx = sessionContext(db, input.body, input.date);
    const act = ctx.act(input.act);
    assertEditable(ctx, act);
    const value = parseActNumber(input.number, ctx.session.body.series).value;
    const printed = formatActNumber({ series: ctx.session.body.series, value });
    if (isActNumberUsed(db, ctx.session.id, value)) {
      throw new AppError('conflict', `Nouveau numéro : ${printed} a déjà été donné dans cette séance ; un numéro n'est jamais redonné, même à un acte retiré.`, 'number');
    }
    setActNumber(db, act.id, value);
    return { number: printed };
  })();
}

/** Withdraws a draft from the ordre du jour; its number stays used. A voted act is never withdrawn. */
export function withdrawAct(db: Db, input: { body: BodyCode; date: string; act: string }): { number: string } {
  return db.transaction(() => {
    const ctx = sessionContext(db, input.body, input.date);
    const act = ctx.act(input.act);
    assertEditable(ctx, act);
    if (act.outcome.kind !== 'pending') {
      throw validationError(`${ctx.numberOf(act)} a été voté : il ne peut plus être retiré de l'ordre du jour.`, 'act');
    }
    deleteAct(db, act.id);
    return { number: ctx.numberOf(act) };
  })();
}
