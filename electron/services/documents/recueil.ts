import { PDF } from '@libpdf/core';
import type { BodyCode } from '../../../shared/domain/body';
import { conventionDocuments } from './conventions';
import { AppError } from '../../../shared/domain/errors';
import type { Act, Collectivity, Session } from '../../../shared/domain/session';
import { actVerdict } from '../../../shared/rules/act-verdict';
import { longDate } from '../../../shared/rules/french-dates';
import { formatActNumber } from '../../../shared/rules/numbering';
import { buildExtract } from '../../../templates/extrait/build-extract';
import { createDocument, type Document, pageBreak, spacer } from '../../../templates/model';
import { countPdfPages } from '../../../templates/render/pdf';
import { buildRecueil, recueilTemplates, type SommaireEntry } from '../../../templates/recueil/build-recueil';
import type { Db } from '../../db/open';
import { annexesOfAct, annexPdf } from '../../db/repositories/act-annexes';
import { loadActs } from '../../db/repositories/acts';
import { getCollectivity } from '../../db/repositories/collectivity';
import { loadSession } from '../../db/repositories/sessions';
import { savedTemplates } from '../settings/custom-templates';
import { extractTemplateOf } from './issued-templates';
import { isDecided } from '../../../shared/domain/outcome';

/**
 * By default an act's annexes are the conventions it approves, generated from their templates,
 * then the PDF files attached to it: each stands in the layout as blank numbered pages, onto
 * which its own pages are drawn once the recueil is rendered (see drawAttachedAnnexes).
 */
const defaultAnnexes =
  (db: Db): AnnexDocuments =>
  ({ session, act, now }) => [
    ...conventionDocuments(db, session.date, act.id, now),
    ...annexesOfAct(db, act.id).map((a) => blankPages(a.pageCount, { title: a.title, author: '', subject: '', createdAt: now.toISOString() })),
  ];

/** A document of `count` blank pages (numbered in the recueil like the others). */
function blankPages(count: number, meta: Document['meta']): Document {
  return createDocument({ meta, blocks: Array.from({ length: count }, (_, i) => (i === 0 ? [spacer(1)] : [pageBreak(), spacer(1)])).flat() });
}

/** Room left at the foot of a page for the recueil's page number, in points. */
const FOOTER_PT = 42;

/**
 * Draws each attached PDF onto the blank pages that stand for it, scaled to fit above the page
 * number: `at` is the 0-based index of its first page in the recueil.
 */
async function drawAttachedAnnexes(bytes: Uint8Array, placements: { at: number; pdf: Uint8Array }[]): Promise<Uint8Array> {
  if (placements.length === 0) return bytes;
  const recueil = await PDF.load(bytes);
  for (const { at, pdf } of placements) {
    const source = await PDF.load(pdf);
    for (let k = 0; k < source.getPageCount(); k++) {
      const page = recueil.getPage(at + k);
      if (page === null) throw new AppError('internal', `Recueil : page ${at + k + 1} absente pour une annexe jointe.`);
      const embedded = await recueil.embedPage(source, k);
      const scale = Math.min(page.width / embedded.width, (page.height - FOOTER_PT) / embedded.height);
      const width = embedded.width * scale;
      const height = embedded.height * scale;
      page.drawPage(embedded, { x: (page.width - width) / 2, y: FOOTER_PT + (page.height - FOOTER_PT - height) / 2, width, height });
    }
  }
  return recueil.save();
}

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
  // A projet (vote to come) is not published in the recueil.
  const acts = loadActs(db, session.id).filter((a) => isDecided(a.outcome));
  if (acts.length === 0) throw new AppError('not_found', "Cette séance n'a aucun acte voté : le recueil serait vide.", 'act');
  const saved = savedTemplates(db);
  // Each act prints with its extract template: the one it was issued with once it left the secretariat.
  const templateOf = extractTemplateOf(db, saved);
  const printed = [...acts]
    .sort((a, b) => a.number - b.number)
    .map((act) => ({
      id: act.id,
      number: formatActNumber({ series: session.body.series, value: act.number }),
      title: act.object,
      extract: buildExtract({ collectivity, session, act, verdict: actVerdict(session, act) }, templateOf(act.id), args.now),
      annexes: (args.annexesOf ?? defaultAnnexes(db))({ collectivity, session, act, now: args.now }),
    }));
  const built = await buildRecueil(
    {
      recueil,
      sessionDate: session.date,
      acts: printed.map(({ number, title, extract, annexes }) => ({ number, title, extract, annexes })),
      meta: {
        title: `${recueil.title} — Année ${recueil.year} - n° ${recueil.number}`,
        subject: `Recueil des actes administratifs — séance du ${longDate(session.date)}`,
        author: collectivity.name,
        createdAt: args.now.toISOString(),
      },
    },
    recueilTemplates(saved),
  );
  // The attached PDFs are the last annexes of their act: they start after its extract and other annexes.
  const placements: { at: number; pdf: Uint8Array }[] = [];
  if (args.annexesOf === undefined) {
    for (const act of printed) {
      const attached = annexesOfAct(db, act.id);
      if (attached.length === 0) continue;
      const start = built.sommaire.find((e) => e.number === act.number)?.page ?? 0;
      const generated = act.annexes.slice(0, act.annexes.length - attached.length);
      let at = start - 1 + [act.extract, ...generated].reduce((n, doc) => n + countPdfPages(doc), 0);
      for (const a of attached) {
        placements.push({ at, pdf: annexPdf(db, a.id) });
        at += a.pageCount;
      }
    }
  }
  return { bytes: await drawAttachedAnnexes(built.bytes, placements), pageCount: built.pageCount, sommaire: built.sommaire };
}
