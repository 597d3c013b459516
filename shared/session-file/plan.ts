import type { ActEntry, SessionEntry, WithdrawalBasis } from '../domain/attendance';
import { quotedValue } from '../rules/quoted-value';
import type { BodyCode } from '../domain/body';
import { BODY_DEFAULTS, bodyCodeFromName } from '../domain/body';
import { AppError, validationError } from '../domain/errors';
import type { Member } from '../domain/member';
import { listName, plainName, proxyName } from '../domain/member';
import type { Outcome } from '../domain/outcome';
import type { Act, Annex, Certifier, Collectivity, Recueil, Session } from '../domain/session';
import type { ActVerdict } from '../rules/act-verdict';
import { actVerdict } from '../rules/act-verdict';
import { canHoldProxy, checkProxies, checkSessionEntries } from '../rules/attendance';
import { parseActNumber } from '../rules/numbering';
import { precedenceFromQuality } from '../rules/precedence';
import { printableTextIssue } from '../rules/printable-text';
import { outcomeText, parseOutcomeText } from '../rules/vote';
import type { SessionFile, SessionFileAct } from './schema';
import { checkActDecides, checkActStands } from '../rules/act-standing';
import { actVoters, checkBallotNames } from '../rules/ballot';

/**
 * A session file turned into the register's terms, every rule checked, nothing written yet.
 * Member ids here are provisional: 1 + the member's index in the file.
 */
export interface SessionPlan {
  collectivity: Collectivity;
  body: { code: BodyCode; name: string };
  recueil: Recueil | null;
  session: Session;
  acts: PlannedAct[];
}

/** An act to write, with its transmission date (the register keeps it beside the act's content). */
export type PlannedAct = Omit<Act, 'id' | 'sessionId'> & { transmissionDate: string | null };

// Whitespace that normalizing changes: a run, a tab or line break, or at either end.
const UNTIDY_SPACE = /\s\s|[^\S ]|^\s|\s$/;
/** A name as compared: NFC, single inner spaces (the common, tidy name is returned as it is). */
const normalize = (s: string) => {
  const nfc = s.normalize('NFC');
  return UNTIDY_SPACE.test(nfc) ? nfc.replace(/\s+/g, ' ').trim() : nfc;
};

/**
 * Why a printed name found no member: the name's own defect (empty, a control character, nothing
 * visible), told without quoting it, else `unknown`, the message for a well-formed stranger.
 */
function noMember(name: string, where: string, unknown: string): string {
  const issue = name.trim() === '' ? 'nom vide' : printableTextIssue(name);
  return issue === null ? unknown : `un nom (${where}) : ${issue}.`;
}

/** The file's members by their printed name: `tidy` normalizes a name, `member` finds its member. */
interface PrintedNames {
  tidy: (name: string) => string;
  member: (name: string) => Member | undefined;
}

/**
 * Every act prints the whole roster again (46 names × hundreds of acts): each printed form is
 * normalized once for the file, not at each of its appearances.
 */
function printedNames(byListName: ReadonlyMap<string, Member>): PrintedNames {
  const tidied = new Map<string, string>();
  const tidy = (name: string) => {
    let t = tidied.get(name);
    if (t === undefined) {
      t = normalize(name);
      tidied.set(name, t);
    }
    return t;
  };
  return { tidy, member: (name) => byListName.get(tidy(name)) };
}

/** One act's lists read: its entries in print order, and each member's entry. */
interface ActLists {
  entries: SessionEntry[];
  byMember: ReadonlyMap<number, SessionEntry>;
}

/** Reads a parsed session file into a plan, or throws the first rule it breaks, in French. */
export function planSession(file: SessionFile): SessionPlan {
  const bodyCode = bodyCodeFromName(file.body);
  const defaults = BODY_DEFAULTS[bodyCode];
  // Older files do not name the letter: their acts carry it (each act number is checked against it below).
  const series = file.series ?? file.acts[0]?.number.charAt(0) ?? defaults.series;
  const roster: Member[] = file.members.map((m, i) => {
    const quality = m.role ?? null;
    return { id: i + 1, civility: m.civility, firstName: normalize(m.firstName), lastName: normalize(m.lastName), quality, precedence: precedenceFromQuality(quality) };
  });
  const byListName = new Map<string, Member>();
  for (const m of roster) {
    const key = listName(m);
    if (byListName.has(key)) throw validationError(`membres : ${key} figure deux fois dans la liste des membres.`, 'members');
    byListName.set(key, m);
  }
  if (file.session.membersInOffice !== roster.length) {
    throw validationError(
      `séance : ${file.session.membersInOffice} membres en exercice annoncés, mais ${roster.length} membres listés.`,
      'session.membersInOffice',
    );
  }
  const president = findByPlainName(roster, file.session.presidentName, 'session.presidentName', 'président de séance');

  const byId = new Map(roster.map((m) => [m.id, m]));
  const names = printedNames(byListName);
  // Acts of a séance mostly print the same lists (a member leaves or comes back now and then): each
  // distinct printing is read, and its changes derived below, once for the file. What is kept is
  // only what passed every rule: a printing that breaks one is refused at its first act.
  const printings = file.acts.map(printingOf);
  const listsOf = new Map<string, ActLists>();
  const perAct = file.acts.map((act, index) => {
    const printing = printings[index] ?? '';
    let lists = listsOf.get(printing);
    if (lists === undefined) {
      lists = readActLists(act, index, names, roster, byId);
      listsOf.set(printing, lists);
    }
    return lists;
  });
  const sessionDefaults = deriveDefaults(roster, perAct);
  const defaultOf = new Map(sessionDefaults.map((e) => [e.memberId, e]));
  const session: Session = {
    id: 0,
    body: { id: 0, code: bodyCode, name: file.body, heading: defaults.heading, assembly: defaults.assembly, series },
    date: file.session.date,
    time: file.session.time,
    place: file.session.place,
    presidentId: president.id,
    certifier: file.session.dgs satisfies Certifier,
    roster,
    defaults: sessionDefaults,
    recueil: null,
  };

  const changesOf = new Map<string, ReturnType<typeof deriveChanges>>();
  const seen = new Set<number>();
  const nameOf = (id: number) => {
    const m = byId.get(id);
    return m === undefined ? '' : listName(m);
  };
  const acts = file.acts.map((act, index): PlannedAct => {
    const number = parseActNumber(act.number, series).value;
    if (seen.has(number)) {
      throw validationError(`${act.number} figure deux fois dans le fichier : un numéro d'acte est unique dans une séance.`, `acts[${index}].number`);
    }
    seen.add(number);
    const lists = perAct[index] ?? { entries: [], byMember: new Map() };
    const printing = printings[index] ?? '';
    let derived = changesOf.get(printing);
    if (derived === undefined) {
      derived = deriveChanges(session, defaultOf, lists, act, names, readWithdrawals(act, index, names));
      changesOf.set(printing, derived);
    }
    const { changes } = derived;
    // The verdict without a chosen presiding member serves the three checks, computed once.
    let computed = derived.verdict;
    const withoutChoice = () => (computed ??= inAct(act, () => actVerdict(session, { changes, presidingId: null })));
    const presidingId = readPresiding(session, act, index, withoutChoice);
    const verdict = presidingId === null ? withoutChoice() : inAct(act, () => actVerdict(session, { changes, presidingId }));
    const outcome = readOutcome(act, index, names);
    // A public ballot names only the act's voters (present or represented), as the editor requires.
    inAct(act, () => checkBallotNames(outcome, actVoters(verdict), nameOf), `acts[${index}].vote`);
    inAct(act, () => checkActStands(outcome, verdict));
    inAct(act, () => checkActDecides(outcome, act.decisions), `acts[${index}].decisions`);
    const printed = outcomeText(outcome, nameOf);
    // A file exported before the verbs agreed with the names prints them all plural: still its vote.
    if (printed !== act.outcome.trim() && outcomeText(outcome, nameOf, 'plural') !== act.outcome.trim()) {
      throw validationError(`${act.number} : le résultat imprimé ${quotedValue(act.outcome)} ne correspond pas au vote (« ${printed} »).`, `acts[${index}].outcome`);
    }
    return {
      number,
      object: act.object,
      serviceCodeLines: act.serviceCodeLines,
      examinationSentence: act.examinationSentence ?? null,
      presidingId,
      visas: act.visas,
      considerants: act.considerants,
      decisions: act.decisions,
      decisionNotes: act.decisionNotes,
      outcome,
      annexes: act.annexes satisfies Annex[],
      internalId: act.internalId ?? null,
      nature: act.nature ?? 'DE',
      transmissionDate: act.transmissionDate ?? null,
      legalityReceptionDate: act.legalityReceptionDate ?? null,
      executoryDate: act.executoryDate ?? null,
      onlineDate: act.onlineDate ?? null,
      changes,
    };
  });

  return {
    collectivity: {
      name: file.collectivity.name,
      departmentCode: file.collectivity.departmentCode,
      siren: file.collectivity.siren,
      websiteLabel: file.collectivity.website,
    },
    body: { code: bodyCode, name: file.body },
    recueil: file.recueil
      ? {
          title: file.recueil.title,
          year: file.recueil.year,
          number: file.recueil.number,
          publicationDate: file.recueil.publicationDate,
          section: file.recueil.section ?? null,
          backCover: file.recueil.backCover ?? [],
        }
      : null,
    session,
    acts,
  };
}

function findByPlainName(roster: Member[], name: string, field: string, what: string): Member {
  const wanted = normalize(name);
  const found = roster.filter((m) => plainName(m) === wanted);
  if (found.length !== 1 || found[0] === undefined) {
    throw validationError(`${field} : le ${what} ${quotedValue(name)} n'est pas dans la liste des membres.`, field);
  }
  return found[0];
}

/** Runs a rule for one act and prefixes its message with the act number. */
function inAct<T>(act: SessionFileAct, run: () => T, field?: string): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof AppError) throw new AppError(e.type, `${act.number} : ${e.message}`, field ?? e.field ?? act.number);
    throw e;
  }
}

function readOutcome(act: SessionFileAct, index: number, names: PrintedNames): Outcome {
  if (act.vote === undefined) {
    const outcome = parseOutcomeText(act.outcome);
    if (outcome === null) {
      throw validationError(
        `${act.number} : résultat du vote ${quotedValue(act.outcome)} non reconnu (attendu : « Adopté à l'unanimité. », ou le décompte dans « vote »).`,
        `acts[${index}].outcome`,
      );
    }
    return outcome;
  }
  const v = act.vote;
  const ids = (listed: string[] | undefined, label: string) =>
    (listed ?? []).map((name) => {
      const m = names.member(name);
      if (m === undefined) {
        throw validationError(`${act.number} : ${noMember(name, label, `${quotedValue(name)} (${label}) n'est pas un membre en exercice.`)}`, `acts[${index}].vote`);
      }
      return m.id;
    });
  const named = v.againstNames !== undefined || v.abstentionNames !== undefined || v.notVotingNames !== undefined;
  return {
    kind: v.kind,
    ballot: v.ballot,
    votes: { for: v.for, against: v.against, abstentions: v.abstentions, notVoting: v.notVoting },
    names: named
      ? { against: ids(v.againstNames, 'contre'), abstentions: ids(v.abstentionNames, 'abstentions'), notVoting: ids(v.notVotingNames, 'ne prend pas part au vote') }
      : null,
  };
}

/**
 * Checks the four printed lists of one act — every member once, procurations held by present
 * members, one procuration per holder — and returns one entry per member: the present, excused
 * and absent in roster order, then the procurations in the order printed.
 */
function readActLists(
  act: SessionFileAct,
  index: number,
  names: PrintedNames,
  roster: Member[],
  byId: Map<number, Member>,
): ActLists {
  const where = new Map<number, string>();
  const entries = new Map<number, SessionEntry>();
  const place = (name: string, list: string, status: SessionEntry['status'], holderId: number | null) => {
    const m = names.member(name);
    if (m === undefined) {
      throw validationError(
        `${act.number} : ${noMember(name, list, `${quotedValue(name)} (${list}) n'est pas un membre en exercice de la séance.`)}`,
        `acts[${index}].${list}`,
      );
    }
    const previous = where.get(m.id);
    if (previous !== undefined) {
      throw validationError(
        `${act.number} : ${listName(m)} figure deux fois (${previous} et ${list}) ; chaque élu figure une seule fois par acte.`,
        `acts[${index}].${list}`,
      );
    }
    where.set(m.id, list);
    entries.set(m.id, { memberId: m.id, status, holderId });
    return m;
  };
  for (const name of act.present) place(name, 'présents', 'present', null);
  for (const name of act.excused) place(name, 'excusés', 'excused', null);
  for (const name of act.absent) place(name, 'absents', 'absent', null);
  const proxies = act.proxies.map(({ from, to }) => {
    const holder = names.member(to);
    if (holder === undefined) {
      throw validationError(
        `${act.number} : ${noMember(to, 'mandataire', `le mandataire ${quotedValue(to)} n'est pas un membre en exercice de la séance.`)}`,
        `acts[${index}].proxies`,
      );
    }
    return { giverId: place(from, 'procurations', 'absent', holder.id).id, holderId: holder.id };
  });
  const nameOf = (id: number) => {
    const m = byId.get(id);
    return m === undefined ? `n° ${id}` : listName(m);
  };
  inAct(act, () => checkProxies(proxies, (id) => entries.get(id)?.status, nameOf, "l'acte"), `acts[${index}].proxies`);
  const total = act.present.length + act.proxies.length + act.excused.length + act.absent.length;
  const missing = roster.filter((m) => !entries.has(m.id));
  if (missing.length > 0 || total !== roster.length) {
    throw validationError(
      `${act.number} : présents (${act.present.length}) + procurations (${act.proxies.length}) + excusés (${act.excused.length}) + absents (${act.absent.length}) = ${total}, ` +
        `au lieu des ${roster.length} membres en exercice` +
        (missing.length > 0 ? ` ; absent(s) de toutes les listes : ${missing.map(listName).join(', ')}.` : '.'),
      `acts[${index}]`,
    );
  }
  // Registration order of the procurations, as printed.
  const proxyOrder = act.proxies.map((p) => names.member(p.from)?.id);
  const ordered = [
    ...roster.filter((m) => entries.get(m.id)?.holderId === null).map((m) => entries.get(m.id)),
    ...proxyOrder.map((id) => (id === undefined ? undefined : entries.get(id))),
  ].filter((e): e is SessionEntry => e !== undefined);
  return { entries: ordered, byMember: entries };
}

/** What an act's attendance depends on in the file: its four printed lists and its withdrawals, as one key. */
const printingOf = (act: SessionFileAct): string => JSON.stringify([act.present, act.excused, act.absent, act.proxies, act.withdrawals ?? []]);

/** Whether two entries print the same line: the same status and the same holder. */
const sameLine = (a: SessionEntry, b: SessionEntry) => a.status === b.status && a.holderId === b.holderId;

/**
 * The session default: each member's most frequent line across the acts (the first act breaks
 * ties); procurations in the order they first appear. Falls back to the first act's lines when the
 * most frequent ones do not make a valid whole.
 */
function deriveDefaults(roster: Member[], perAct: ActLists[]): SessionEntry[] {
  const first = perAct[0]?.entries;
  if (first === undefined) return roster.map((m) => ({ memberId: m.id, status: 'absent', holderId: null }));
  const chosen = new Map<number, SessionEntry>();
  for (const m of roster) {
    // A member has a line or two across the acts: a short list, in order of first appearance.
    const tally: { entry: SessionEntry; count: number }[] = [];
    for (const { byMember } of perAct) {
      const e = byMember.get(m.id);
      if (e === undefined) continue;
      const t = tally.find((x) => sameLine(x.entry, e));
      if (t === undefined) tally.push({ entry: e, count: 1 });
      else t.count += 1;
    }
    let best: { entry: SessionEntry; count: number } | undefined;
    for (const t of tally) if (best === undefined || t.count > best.count) best = t;
    if (best !== undefined) chosen.set(m.id, best.entry);
  }
  const proxyOrder: number[] = [];
  for (const { entries } of perAct) {
    for (const e of entries) if (e.holderId !== null && !proxyOrder.includes(e.memberId) && chosen.get(e.memberId)?.holderId !== null) proxyOrder.push(e.memberId);
  }
  const modal = [
    ...roster.map((m) => chosen.get(m.id)).filter((e): e is SessionEntry => e !== undefined && e.holderId === null),
    ...proxyOrder.map((id) => chosen.get(id)).filter((e): e is SessionEntry => e !== undefined),
  ];
  try {
    checkSessionEntries(modal, String);
    return modal;
  } catch {
    return first;
  }
}

/**
 * The act's changes to the session default that make the computed lists equal the printed ones.
 * A procuration that lapses because its holder is away needs no change: the rule does it.
 * Gives back the verdict of these changes when it computed it (the caller needs it too).
 * `byDefault` is the session default by member, the same for every act.
 */
function deriveChanges(
  session: Session,
  byDefault: ReadonlyMap<number, SessionEntry>,
  { entries, byMember: byAct }: ActLists,
  act: SessionFileAct,
  names: PrintedNames,
  withdrawals: Map<number, Withdrawal>,
): { changes: ActEntry[]; verdict: ActVerdict | null } {
  const toChange = (e: SessionEntry): ActEntry => {
    const w = withdrawals.get(e.memberId);
    return w === undefined ? { ...e, basis: null, reason: null } : { ...e, status: 'withdrawn', holderId: null, ...w };
  };
  const changes = entries.filter((e) => {
    // A withdrawal is printed among the absents but is a fact of its own: always a change.
    if (withdrawals.has(e.memberId)) return true;
    const d = byDefault.get(e.memberId);
    if (d === undefined || sameLine(d, e)) return false;
    const lapses = d.holderId !== null && !canHoldProxy(byAct.get(d.holderId)?.status) && e.holderId === null && e.status === d.status;
    return !lapses;
  });
  const expected = act.proxies.map((p) => `${names.tidy(p.from)} à ${names.tidy(p.to)}`);
  const asChanges = changes.map(toChange);
  const verdict = actVerdict(session, { changes: asChanges, presidingId: null });
  if (verdict.proxies.map(proxyName).join('|') === expected.join('|')) return { changes: asChanges, verdict };
  // The printed order is not the session's: record every procuration of the act, in its order.
  const withoutProxies = changes.filter((e) => e.holderId === null);
  const proxies = entries.filter((e) => e.holderId !== null);
  return { changes: [...withoutProxies, ...proxies].map(toChange), verdict: null };
}

type Withdrawal = { basis: WithdrawalBasis; reason: string | null };

/** The act's withdrawals by member id: each one names a member of the act's absents. */
function readWithdrawals(act: SessionFileAct, index: number, names: PrintedNames): Map<number, Withdrawal> {
  const withdrawals = new Map<number, Withdrawal>();
  for (const w of act.withdrawals ?? []) {
    const m = names.member(w.name);
    const field = `acts[${index}].withdrawals`;
    if (m === undefined || !act.absent.some((name) => names.tidy(name) === listName(m))) {
      throw validationError(
        `${act.number} : ${noMember(w.name, 'retraits', `${quotedValue(w.name)} (retraits) doit figurer parmi les absents de l'acte : un élu qui se retire ne prend pas part au vote.`)}`,
        field,
      );
    }
    if (withdrawals.has(m.id)) throw validationError(`${act.number} : ${listName(m)} figure deux fois parmi les retraits.`, field);
    withdrawals.set(m.id, { basis: w.basis, reason: w.reason || null });
  }
  return withdrawals;
}

/** The presiding member the file names when the rules would give another one, else null. */
function readPresiding(session: Session, act: SessionFileAct, index: number, withoutChoice: () => ActVerdict): number | null {
  if (act.presidingName === undefined) return null;
  const wanted = findByPlainName(session.roster, act.presidingName, `acts[${index}].presidingName`, 'président pour ce dossier');
  return withoutChoice().presiding.id === wanted.id ? null : wanted.id;
}
