import type { BodyCode } from '../../../shared/domain/body';
import { conventionDocuments } from './conventions';
import { AppError } from '../../../shared/domain/errors';
import type { Act, Collectivity, Session } from '../../../shared/domain/session';
import { actVerdict } from '../../../shared/rules/act-verdict';
import { longDate } from '../../../shared/rules/french-dates';
import { formatActNumber } from '../../../shared/rules/numbering';
import { buildExtract } from '../../../templates/extrait/build-extract';
import { createDocument, type Document, spacer } from '../../../templates/model';
import type { PdfSink } from '../../../templates/render/pdf';
import { buildRecueil, recueilTemplates, type SommaireEntry } from '../../../templates/recueil/build-recueil';
import type { Db } from '../../db/open';
import { annexesOfAct, annexPdf } from '../../db/repositories/act-annexes';
import { loadActs } from '../../db/repositories/acts';
import { getCollectivity } from '../../db/repositories/collectivity';
import { loadSession } from '../../db/repositories/sessions';
import type { SavedTemplates } from '../../../templates/catalogue';
import { savedTemplates } from '../settings/custom-templates';
import { extractTemplateOf } from './issued-templates';
import type { AnnexPlacement } from './recueil-annex-pages';
import { isDecided } from '../../../shared/domain/outcome';

/**
 * By default an act's annexes are the conventions it approves, generated from their templates,
 * then the PDF files attached to it: each page of a file stands in the layout as a document of
 * one blank numbered page, onto which it is drawn once the recueil is rendered (see
 * drawAttachedAnnexes) — one page a document, so that the anchor of the file's first page, which
 * the sommaire's line opens, lands on that page.
 */
const defaultAnnexes =
  (db: Db, saved: SavedTemplates): AnnexDocuments =>
  ({ session, act, now }) => [
    ...conventionDocuments(db, session.date, act.id, now, saved),
    ...annexesOfAct(db, act.id).flatMap((a) =>
      Array.from({ length: a.pageCount }, () => blankPage({ title: a.title, author: '', subject: '', createdAt: now.toISOString() })),
    ),
  ];

/** A document of one blank page (numbered in the recueil like the others). */
function blankPage(meta: Document['meta']): Document {
  return createDocument({ meta, blocks: [spacer(1)] });
}

/** The pages of an act's attached PDFs, which stand last among its annex documents. */
const attachedPages = (attached: readonly { pageCount: number }[]): number => attached.reduce((n, a) => n + a.pageCount, 0);

export type AnnexDocuments = (args: { collectivity: Collectivity; session: Session; act: Act; now: Date }) => readonly Document[];

export interface RenderedRecueil {
  /** The PDF; empty when it went to `output`. */
  bytes: Uint8Array;
  pageCount: number;
  /** Every act of the recueil in number order, with the page where its extract starts. */
  sommaire: (SommaireEntry & { page: number })[];
}

/**
 * Renders the "Recueil des actes administratifs" of a séance as one PDF: cover, sommaire with
 * the pages computed from the layout, every act's extract followed by its annexes, back cover.
 * `now` dates the file's properties: the same register gives the same bytes. With `output`, the
 * bytes go there (a file): as they are written, unless attached PDFs are to be drawn onto the whole.
 */
export async function renderRecueil(
  db: Db,
  args: { body: BodyCode; date: string; now: Date; annexesOf?: AnnexDocuments; output?: PdfSink },
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
  // A projet (vote to come) is not published in the recueil.
  const acts = loadActs(db, session.id).filter((a) => isDecided(a.outcome));
  if (acts.length === 0) throw new AppError('not_found', "Cette séance n'a aucun acte voté : le recueil serait vide.", 'act');
  const saved = savedTemplates(db);
  // Each act prints with its extract template: the one it was issued with once it left the secretariat.
  const templateOf = extractTemplateOf(db, saved);
  const annexesOf = args.annexesOf ?? defaultAnnexes(db, saved);
  const printed = [...acts]
    .sort((a, b) => a.number - b.number)
    .map((act) => ({
      id: act.id,
      number: formatActNumber({ series: session.body.series, value: act.number }),
      title: act.object,
      extract: buildExtract({ collectivity, session, act, verdict: actVerdict(session, act) }, templateOf(act.id), args.now),
      annexes: annexesOf({ collectivity, session, act, now: args.now }),
    }))
    // The PDF files attached to an act, its last annexes, are named in the sommaire under it.
    .map((act) => {
      const attached = args.annexesOf === undefined ? annexesOfAct(db, act.id) : [];
      let index = act.annexes.length - attachedPages(attached);
      const listed = attached.map((a) => {
        const first = index;
        index += a.pageCount;
        return { index: first, title: a.title };
      });
      return { ...act, attached, listed };
    });
  const streamed = printed.every((act) => act.listed.length === 0) ? args.output : undefined;
  const built = await buildRecueil(
    {
      output: streamed,
      recueil,
      sessionDate: session.date,
      acts: printed.map(({ number, title, extract, annexes, listed }) => ({ number, title, extract, annexes, listed })),
      meta: {
        title: `${recueil.title} — Année ${recueil.year} - n° ${recueil.number}`,
        subject: `Recueil des actes administratifs — séance du ${longDate(session.date)}`,
        author: collectivity.name,
        createdAt: args.now.toISOString(),
      },
    },
    recueilTemplates(saved),
  );
  // The attached PDFs are the last annexes of their act: they start after its extract and other
  // annexes. The documents are cover, sommaire, each act's extract and annexes, back cover; each
  // page of a file is one of them, which the rendering placed (no act laid out again to count it).
  const placements: AnnexPlacement[] = [];
  let section = 2;
  for (const act of printed) {
    section += 1 + act.annexes.length - attachedPages(act.attached);
    for (const a of act.attached) {
      placements.push({ at: (built.documents[section]?.firstPage ?? 0) - 1, section, title: a.title, pdf: annexPdf(db, a.id) });
      section += a.pageCount;
    }
  }
  const rendered = { pageCount: built.pageCount, sommaire: built.sommaire };
  if (streamed !== undefined) return { ...rendered, bytes: new Uint8Array() };
  // The PDF library that draws attached files is loaded only for a recueil that has some.
  const { drawAttachedAnnexes } = await import('./recueil-annex-pages');
  const bytes = await drawAttachedAnnexes(built.bytes, placements);
  if (args.output === undefined) return { ...rendered, bytes };
  args.output(bytes);
  return { ...rendered, bytes: new Uint8Array() };
}
