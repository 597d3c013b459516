import type { BodyCode } from '../../../shared/domain/body';
import { AppError } from '../../../shared/domain/errors';
import type { Member } from '../../../shared/domain/member';
import { formalName, listName, plainName } from '../../../shared/domain/member';
import type { Outcome } from '../../../shared/domain/outcome';
import type { Act, Session } from '../../../shared/domain/session';
import { actVerdict } from '../../../shared/rules/act-verdict';
import { technicalReference } from '../../../shared/rules/act-reference';
import { longDate, numericDate, printedTime } from '../../../shared/rules/french-dates';
import { defaultExaminationSentence, dossierSentence, sessionSentence } from '../../../shared/rules/sentences';
import { formatActNumber } from '../../../shared/rules/numbering';
import { outcomeText } from '../../../shared/rules/vote';
import type { Db } from '../../db/open';
import { correctedActOf, loadActs } from '../../db/repositories/acts';
import { getCollectivity } from '../../db/repositories/collectivity';
import { loadSessionLegality } from '../../db/repositories/legality';
import { loadSession } from '../../db/repositories/sessions';

const printed = (date: string | null, format: (d: string) => string) => (date === null ? null : format(date));

/**
 * The session in the import format, with every computed field filled in by the register's own
 * rules (lists, counts, presiding member, sentences, printed dates, technical references).
 * Importing the result gives the same session back.
 */
export function exportSession(db: Db, body: BodyCode, date: string): Record<string, unknown> {
  const collectivity = getCollectivity(db);
  if (collectivity === null) throw new AppError('not_found', 'Ce registre est vide : aucune collectivité.', 'collectivity');
  const session = loadSession(db, body, date);
  const acts = loadActs(db, session.id);
  const president = memberOf(session, session.presidentId);
  const legality = new Map(loadSessionLegality(db, session.id).map((l) => [l.id, l]));
  const first = acts[0];
  const defaults = first === undefined ? null : actVerdict(session, { changes: [], presidingId: null });
  return {
    collectivity: {
      name: collectivity.name,
      departmentCode: collectivity.departmentCode,
      siren: collectivity.siren,
      website: collectivity.websiteLabel,
    },
    body: session.body.name,
    series: session.body.series,
    ...(session.recueil === null
      ? {}
      : {
          recueil: {
            ...session.recueil,
            section: session.recueil.section ?? undefined,
            publicationDatePrinted: longDate(session.recueil.publicationDate),
            sommaire: acts.map((a) => ({ number: formatActNumber({ series: session.body.series, value: a.number }), title: a.object })),
          },
        }),
    session: {
      date: session.date,
      datePrinted: longDate(session.date),
      time: session.time,
      timePrinted: printedTime(session.time),
      place: session.place,
      president: formalName(president),
      presidentName: plainName(president),
      presidentQuality: president.quality,
      membersInOffice: session.roster.length,
      ...(defaults === null
        ? {}
        : {
            defaultAttendance: {
              present: defaults.present.map(listName),
              proxies: defaults.proxies.map((p) => ({ from: listName(p.giver), to: listName(p.holder) })),
              excused: defaults.excused.map(listName),
              absent: defaults.absent.map(listName),
            },
          }),
      dgs: session.certifier,
    },
    members: session.roster.map((m) => ({
      civility: m.civility,
      firstName: m.firstName,
      lastName: m.lastName,
      printedName: listName(m),
      ...(m.quality === null ? {} : { role: m.quality }),
    })),
    acts: acts.map((a) => {
      const corrects = correctedActOf(db, a.id);
      const subject = legality.get(a.id)?.subjectCode ?? null;
      return {
        ...exportAct(session, a, president, collectivity),
        transmissionDate: legality.get(a.id)?.transmissionDate ?? null,
        ...(subject === null ? {} : { subject }),
        ...(corrects === null ? {} : { corrects }),
      };
    }),
  };
}

function memberOf(session: Session, id: number): Member {
  const m = session.roster.find((x) => x.id === id);
  if (m === undefined) throw new AppError('internal', `Le membre n° ${id} n'est pas dans la séance.`);
  return m;
}

function exportAct(
  session: Session,
  act: Act,
  president: Member,
  collectivity: { departmentCode: string; siren: string },
): Record<string, unknown> {
  const v = actVerdict(session, act);
  const number = formatActNumber({ series: session.body.series, value: act.number });
  return {
    number,
    object: act.object,
    serviceCode: act.serviceCodeLines.join(' '),
    serviceCodeLines: act.serviceCodeLines,
    annexes: act.annexes,
    sessionSentence: sessionSentence(session, president),
    dossierSentence: dossierSentence(v.quorum, v.presiding, v.presidingQuality, v.membersInOffice),
    presiding: formalName(v.presiding),
    presidingName: plainName(v.presiding),
    presidingQuality: v.presidingQuality,
    membersInOffice: v.membersInOffice,
    signer: plainName(v.presiding),
    signerQuality: v.presidingQuality,
    present: v.present.map(listName),
    proxies: v.proxies.map((p) => ({ from: listName(p.giver), to: listName(p.holder) })),
    excused: v.excused.map(listName),
    absent: v.absent.map(listName),
    ...(v.withdrawn.length === 0
      ? {}
      : { withdrawals: v.withdrawn.map((w) => ({ name: listName(memberOf(session, w.memberId)), basis: w.basis, reason: w.reason })) }),
    counts: v.counts,
    quorum: { met: v.quorum.met, figures: v.quorum.figures, article: v.quorum.article },
    examinationSentence: act.examinationSentence ?? defaultExaminationSentence(session.body),
    visas: act.visas,
    considerants: act.considerants,
    decisions: act.decisions,
    decisionNotes: act.decisionNotes,
    outcome: outcomeText(act.outcome, (id) => listName(memberOf(session, id))),
    ...(act.outcome.kind === 'unanimity' || act.outcome.kind === 'pending' ? {} : { vote: exportVote(session, act.outcome) }),
    legalityReceptionDate: act.legalityReceptionDate,
    legalityReceptionDatePrinted: printed(act.legalityReceptionDate, longDate),
    technicalReference: technicalReference(collectivity, session.date, act),
    internalId: act.internalId,
    nature: act.nature,
    executoryDate: act.executoryDate,
    executoryDatePrinted: printed(act.executoryDate, numericDate),
    dgsBlock: [session.certifier.formula, session.certifier.quality, session.certifier.name],
    onlineDate: act.onlineDate,
    onlineDatePrinted: printed(act.onlineDate, numericDate),
  };
}

/** A vote other than unanimity, in the session file's terms (names printed as in the lists). */
function exportVote(session: Session, o: Extract<Outcome, { votes: unknown }>): Record<string, unknown> {
  const names = (ids: number[]) => ids.map((id) => listName(memberOf(session, id)));
  return {
    kind: o.kind,
    ballot: o.ballot,
    ...o.votes,
    ...(o.names === null
      ? {}
      : { againstNames: names(o.names.against), abstentionNames: names(o.names.abstentions), notVotingNames: names(o.names.notVoting) }),
  };
}
