import type { BodyCode } from '../../../shared/domain/body';
import { AppError, validationError } from '../../../shared/domain/errors';
import { formalName } from '../../../shared/domain/member';
import { actVerdict } from '../../../shared/rules/act-verdict';
import { longDate } from '../../../shared/rules/french-dates';
import { formatActNumber } from '../../../shared/rules/numbering';
import { buildExtract } from '../../../templates/extrait/build-extract';
import { buildRegistre, registreTemplates, type RegistreEntry, type SubjectGroup } from '../../../templates/registre/build-registre';
import type { PdfSink } from '../../../templates/render/pdf';
import type { Db } from '../../db/open';
import { loadActHeadings, loadActs } from '../../db/repositories/acts';
import { getCollectivity } from '../../db/repositories/collectivity';
import { loadSessionLegality } from '../../db/repositories/legality';
import { listSessions, loadSessionById } from '../../db/repositories/sessions';
import { activeClassification } from '../ctes/ctes-classification';
import { savedTemplates } from '../settings/custom-templates';
import { extractTemplateOf } from './issued-templates';
import { isDecided } from '../../../shared/domain/outcome';
import type { Act } from '../../../shared/domain/session';

/** Where the writing of a registre stands, told once per séance. */
export interface RegistreProgress {
  /** 1-based rank of the séance just written, out of `sessions`. */
  done: number;
  sessions: number;
  /** ISO date of the séance and its number of délibérations. */
  date: string;
  acts: number;
  /** Pages written so far. */
  pages: number;
}

export interface RenderedRegistre {
  /** The PDF; empty when it went to `output`. */
  bytes: Uint8Array;
  pageCount: number;
  /** Every délibération of the year, in date then number order, with the page where it starts. */
  entries: RegistreEntry[];
  /** The annual table by @ctes matière, as printed at the end of the registre. */
  subjects: SubjectGroup[];
}

/**
 * Renders the "Registre des délibérations" of a body for a year: every séance of that year that
 * has acts, in date order, each act's extract then the séance's closing page; then the annual
 * tables by date and by @ctes matière (labels from the classification in use).
 * `now` dates the file's properties: the same register gives the same bytes. With `output`, the
 * bytes go there as they are written (a file) instead of being returned. `onProgress` is told of
 * each séance written; an aborted `signal` stops the rendering there, throwing its reason.
 */
export async function renderRegistre(
  db: Db,
  args: { body: BodyCode; year: number; now: Date; onProgress?: (progress: RegistreProgress) => void; signal?: AbortSignal; output?: PdfSink },
): Promise<RenderedRegistre> {
  args.signal?.throwIfAborted();
  if (!Number.isInteger(args.year) || args.year < 1900 || args.year > 2999) {
    throw validationError(`année : « ${args.year} » n'est pas une année (AAAA).`, 'year');
  }
  const collectivity = getCollectivity(db);
  if (collectivity === null) throw new AppError('not_found', 'Ce registre est vide : aucune collectivité.', 'collectivity');
  const summaries = listSessions(db).filter((s) => s.body === args.body && s.date.startsWith(`${args.year}-`) && s.acts > 0);
  if (summaries.length === 0) {
    throw new AppError('not_found', `année : aucune délibération de l'organe ${args.body} en ${args.year} dans ce registre.`, 'year');
  }
  const saved = savedTemplates(db);
  // Each act prints with its extract template: the one it was issued with once it left the secretariat.
  const templateOf = extractTemplateOf(db, saved);
  const classification = activeClassification(db);
  const subjectOf = (code: string | null) =>
    code === null ? null : { code, label: classification.subjects.find((s) => s.code === code)?.label ?? '' };
  // The acts' texts are read a séance at a time, as its extracts are drawn, and let go once drawn:
  // a year's texts are never all in memory.
  const texts = sessionTexts(db);
  const sessions = summaries.map((summary) => {
    const session = loadSessionById(db, summary.id);
    const subjectCodes = new Map(loadSessionLegality(db, session.id).map((a) => [a.id, a.subjectCode]));
    const president = session.roster.find((m) => m.id === session.presidentId);
    return {
      session,
      date: session.date,
      longDate: longDate(session.date),
      president: president === undefined ? '' : formalName(president),
      presidentQuality: president?.quality ?? '',
      // A projet (vote to come) is not a délibération yet: it is not in the registre.
      acts: [...loadActHeadings(db, session.id).filter((a) => isDecided(a.outcome))]
        .sort((a, b) => a.number - b.number)
        .map((heading) => ({
          number: formatActNumber({ series: session.body.series, value: heading.number }),
          title: heading.object,
          extract: () => {
            const act = texts.take(session.id, heading.id);
            // Read again as it is drawn: an act changed since the writing began would not match its lines in the tables.
            if (act.number !== heading.number || act.object !== heading.object || !isDecided(act.outcome)) {
              const number = formatActNumber({ series: session.body.series, value: heading.number });
              throw new AppError('conflict', `L'acte ${number} du ${longDate(session.date)} a été modifié pendant l'écriture du registre : relancez-la.`, 'act');
            }
            return buildExtract({ collectivity, session, act, verdict: actVerdict(session, act) }, templateOf(act.id), args.now);
          },
          subject: subjectOf(subjectCodes.get(heading.id) ?? null),
        })),
    };
  });
  const body = sessions[0]!.session.body;
  const built = await buildRegistre(
    {
      collectivityName: collectivity.name,
      bodyName: body.name,
      year: args.year,
      sessions,
      meta: {
        title: `Registre des délibérations — ${body.name} — ${args.year}`,
        subject: `Registre des délibérations de l'année ${args.year}`,
        author: collectivity.name,
        createdAt: args.now.toISOString(),
      },
      output: args.output,
      onSession: (index, pages) => {
        const s = sessions[index]!;
        args.onProgress?.({ done: index + 1, sessions: sessions.length, date: s.date, acts: s.acts.length, pages });
        // A cancelled run stops after the séance just written; its bytes are dropped, nothing is written.
        args.signal?.throwIfAborted();
      },
    },
    registreTemplates(saved),
  );
  return { bytes: built.bytes, pageCount: built.pageCount, entries: built.entries, subjects: built.subjects };
}

/** The acts of one séance at a time, read when the first is asked for, each given once. */
function sessionTexts(db: Db): { take(sessionId: number, actId: number): Act } {
  let sessionId: number | null = null;
  let acts = new Map<number, Act>();
  return {
    take(id, actId) {
      if (sessionId !== id || !acts.has(actId)) {
        sessionId = id;
        acts = new Map(loadActs(db, id).map((act) => [act.id, act]));
      }
      const act = acts.get(actId);
      if (act === undefined) throw new AppError('not_found', `Acte n° ${actId} introuvable dans sa séance.`, 'act');
      acts.delete(actId);
      return act;
    },
  };
}
