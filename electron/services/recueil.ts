import type { BodyCode } from '../../shared/domain/body';
import { conventionDocuments } from './conventions';
import { AppError } from '../../shared/domain/errors';
import type { Act, Collectivity, Session } from '../../shared/domain/session';
import { actVerdict } from '../../shared/rules/act-verdict';
import { longDate } from '../../shared/rules/french-dates';
import { formatActNumber } from '../../shared/rules/numbering';
import { templateFor } from '../../templates/catalogue';
import { buildExtract } from '../../templates/extrait/build-extract';
import type { Document } from '../../templates/model';
import { buildRecueil, recueilTemplates, type SommaireEntry } from '../../templates/recueil/build-recueil';
import type { Db } from '../db/open';
import { loadActs } from '../db/repositories/acts';
import { getCollectivity } from '../db/repositories/collectivity';
import { loadSession } from '../db/repositories/sessions';
import { savedTemplates } from './settings/custom-templates';

/** The documents printed after an act's extract in the recueil (its conventions…), in order. */
/** By default an act's annexes are the conventions it approves, generated from their templates. */
const conventionsAsAnnexes =
  (db: Db): AnnexDocuments =>
  ({ session, act, now }) =>
    conventionDocuments(db, session.date, act.id, now);

export type AnnexDocuments = (args: { collectivity: Collectivity; session: Session; act: Act; now: Date }) => readonly Document[];

export interface RenderedRecueil {
  bytes: Uint8Array;
  pageCount: number;
  /** Every act of the recueil in number order, with the page where its extract starts. */
  sommaire: (SommaireEntry & { page: number })[];
}

/**
 * Renders the "Recueil des actes administratifs" of a séance as one PDF: cover, sommaire with
 * the pages computed from the layout, every act's extract followed by its annexes, back cover.
 * `now` dates the file's properties: the same register gives the same bytes.
 */
export async function renderRecueil(
  db: Db,
  args: { body: BodyCode; date: string; now: Date; annexesOf?: AnnexDocuments },
): Promise<RenderedRecueil> {
  const collectivity = getCollectivity(db);
  if (collectivity === null) throw new AppError('not_found', 'Ce registre est vide : aucune collectivité.', 'collectivity');
  const session = loadSession(db, args.body, args.date);
  const recueil = session.recueil;
  if (recueil === null) {
    throw new AppError(
      'not_found',
      `recueil : la séance du ${longDate(session.date)} (${session.body.name}) n'a pas de recueil des actes administratifs ; ` +
        "renseignez d'abord son titre, son année, son numéro et sa date de publication.",
      'recueil',
    );
  }
  const acts = loadActs(db, session.id);
  if (acts.length === 0) throw new AppError('not_found', "Cette séance n'a aucun acte : le recueil serait vide.", 'act');
  const saved = savedTemplates(db);
  const template = templateFor(saved, 'extrait');
  const built = await buildRecueil(
    {
      recueil,
      sessionDate: session.date,
      acts: [...acts]
        .sort((a, b) => a.number - b.number)
        .map((act) => ({
          number: formatActNumber({ series: session.body.series, value: act.number }),
          title: act.object,
          extract: buildExtract({ collectivity, session, act, verdict: actVerdict(session, act) }, template, args.now),
          annexes: (args.annexesOf ?? conventionsAsAnnexes(db))({ collectivity, session, act, now: args.now }),
        })),
      meta: {
        title: `${recueil.title} — Année ${recueil.year} - n° ${recueil.number}`,
        subject: `Recueil des actes administratifs — séance du ${longDate(session.date)}`,
        author: collectivity.name,
        createdAt: args.now.toISOString(),
      },
    },
    recueilTemplates(saved),
  );
  return { bytes: built.bytes, pageCount: built.pageCount, sommaire: built.sommaire };
}
