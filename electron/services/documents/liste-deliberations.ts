import type { BodyCode } from '../../../shared/domain/body';
import { AppError } from '../../../shared/domain/errors';
import { listName } from '../../../shared/domain/member';
import { isoDateOf, longDate, parseIsoDate, printedTime } from '../../../shared/rules/french-dates';
import { formatActNumber } from '../../../shared/rules/numbering';
import { outcomeText } from '../../../shared/rules/vote';
import { templateFor } from '../../../templates/catalogue';
import { buildListe } from '../../../templates/liste-deliberations/build-liste';
import type { Db } from '../../db/open';
import { loadActs } from '../../db/repositories/acts';
import { getCollectivity } from '../../db/repositories/collectivity';
import { loadSession } from '../../db/repositories/sessions';
import { savedTemplates } from '../settings/custom-templates';
import { checkChronology } from '../../../shared/rules/chronology';
import { isDecided } from '../../../shared/domain/outcome';

export interface RenderedListe {
  bytes: Uint8Array;
  pageCount: number;
  /** The rows as printed: number, OBJET, outcome, in number order. */
  acts: { number: string; title: string; outcome: string }[];
}

/**
 * Renders the « liste des délibérations » of a séance (CGCT L3121-13: published within a week):
 * the séance's heading, then each act's number, OBJET and outcome, in number order.
 * `now` dates the list and the file's properties: the same register gives the same bytes.
 */
export async function renderListeDeliberations(db: Db, args: { body: BodyCode; date: string; now: Date }): Promise<RenderedListe> {
  const date = parseIsoDate(args.date, 'séance');
  const collectivity = getCollectivity(db);
  if (collectivity === null) throw new AppError('not_found', 'Ce registre est vide : aucune collectivité.', 'collectivity');
  const session = loadSession(db, args.body, date);
  const nameOf = (id: number) => {
    const m = session.roster.find((x) => x.id === id);
    return m === undefined ? '' : listName(m);
  };
  // The liste publishes what was decided (CGCT L3121-13), published on or after the séance: not a projet still to be voted.
  checkChronology({ decisionDate: date, listePublicationDate: isoDateOf(args.now) });
  const acts = [...loadActs(db, session.id).filter((a) => isDecided(a.outcome))]
    .sort((a, b) => a.number - b.number)
    .map((act) => ({ number: formatActNumber({ series: session.body.series, value: act.number }), title: act.object, outcome: outcomeText(act.outcome, nameOf) }));
  if (acts.length === 0) throw new AppError('not_found', `séance : la séance ${args.body} du ${longDate(date)} n'a aucune délibération.`, 'session');
  const built = await buildListe(
    {
      collectivityName: collectivity.name,
      bodyName: session.body.name,
      longDate: longDate(date),
      time: printedTime(session.time),
      place: session.place,
      publicationDate: longDate(args.now.toISOString().slice(0, 10)),
      acts,
      meta: {
        title: `Liste des délibérations — ${session.body.name} — ${longDate(date)}`,
        subject: `Liste des délibérations de la séance du ${longDate(date)}`,
        author: collectivity.name,
        createdAt: args.now.toISOString(),
      },
    },
    templateFor(savedTemplates(db), 'liste-deliberations'),
  );
  return { ...built, acts };
}
