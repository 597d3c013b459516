import type { SavedTemplates } from '../catalogue';
import { templateFor } from '../catalogue';
import type { Recueil } from '../../shared/domain/session';
import { fillTemplate } from '../engine/fill-template';
import type { Template } from '../engine/template';
import type { Block, Document, DocumentMeta } from '../model';
import { anchorDocument, createDocument, linkRows } from '../model';
import { layOutPdf, writePdf, type Bookmark, type LaidOutDocument, type PdfPlacement, type PdfSink } from '../render/pdf';
import { recueilValues, type SommaireEntry } from './recueil-values';

export type { SommaireEntry } from './recueil-values';

/** The three editable templates of a recueil. */
export interface RecueilTemplates {
  cover: Template;
  sommaire: Template;
  backCover: Template;
}

/** The recueil's templates: the versions saved in Paramètres, else the shipped ones. */
export function recueilTemplates(saved: SavedTemplates = {}): RecueilTemplates {
  return {
    cover: templateFor(saved, 'recueil-couverture'),
    sommaire: templateFor(saved, 'recueil-sommaire'),
    backCover: templateFor(saved, 'recueil-quatrieme-de-couverture'),
  };
}

/** One act of the recueil: its extract, then the documents annexed to it (conventions…), each from a new page. */
export interface RecueilAct {
  /** 'G25' */
  number: string;
  /** The sommaire's title: the act's OBJET, so that the two cannot drift apart. */
  title: string;
  extract: Document;
  annexes: readonly Document[];
  /** Annexes also named in the sommaire and the bookmarks under the act (the PDF files attached to it), by their index in `annexes`. */
  listed?: readonly { index: number; title: string }[];
}

export interface RecueilInput {
  recueil: Recueil;
  /** Date of the séance, ISO. */
  sessionDate: string;
  /** In the order they are published: increasing act number. */
  acts: readonly RecueilAct[];
  /** Properties of the PDF file; `createdAt` makes the bytes reproducible. */
  meta: DocumentMeta;
  /** Where the PDF's bytes go as they are written (a file); unset: they are returned as `bytes`. */
  output?: PdfSink;
}

export interface BuiltRecueil {
  /** The PDF; empty when it went to `output`. */
  bytes: Uint8Array;
  pageCount: number;
  sommaire: (SommaireEntry & { page: number })[];
  /** Where each document landed: cover, sommaire, each act's extract then its annexes, back cover. */
  documents: PdfPlacement['documents'];
  /** Layouts of the sommaire needed before its page numbers were stable. */
  passes: number;
}

/** Anchor of an act's first block, unique across the recueil's documents. */
export const actAnchor = (number: string): string => `acte-${number}`;

/** Anchor of the first block of an act's annex, `index` in its `annexes`. */
const annexAnchor = (number: string, index: number): string => `annexe-${number}-${index + 1}`;

const anchorOf = (e: SommaireEntry): string => (e.annex === true ? e.title : actAnchor(e.number));

const SOMMAIRE_ANCHOR = 'sommaire';

const MAX_PASSES = 6;

/**
 * The "Recueil des actes administratifs" as one PDF: cover, sommaire, every act's extract followed
 * by its annexes (each from a new page), back cover; pages numbered continuously.
 * The sommaire's page numbers come from the real layout: every document is laid out once and its
 * layout kept, the sommaire alone refilled and laid out again until its own length stops changing,
 * then the whole recueil is written from those layouts; its anchors confirm every page.
 *
 * @example const { bytes, sommaire } = await buildRecueil({ recueil, sessionDate: '2023-10-16', acts, meta }, recueilTemplates())
 */
export async function buildRecueil(input: RecueilInput, templates: RecueilTemplates): Promise<BuiltRecueil> {
  if (input.acts.length === 0) throw new Error('A recueil needs at least one act');
  const document = (blocks: Block[]) => createDocument({ meta: input.meta, blocks, page: { pageNumbers: 'never' } });
  const values = (sommaire: readonly SommaireEntry[]) => recueilValues(input.recueil, input.sessionDate, sommaire);
  const cover = document(fillTemplate(templates.cover, values([])));
  const backCover = document(fillTemplate(templates.backCover, values([])));
  const acts = input.acts.map((a) => {
    const listed = new Map((a.listed ?? []).map((l) => [l.index, l.title]));
    return {
      ...a,
      extract: anchorDocument(a.extract, actAnchor(a.number)),
      annexes: a.annexes.map((doc, i) => (listed.has(i) ? anchorDocument(doc, annexAnchor(a.number, i)) : doc)),
      listed: [...listed].map(([index, title]) => ({ index, title, anchor: annexAnchor(a.number, index) })),
    };
  });
  // While laid out, an annex's entry carries its anchor as title; the sommaire prints its own.
  const printable = (entries: readonly SommaireEntry[]) =>
    entries.map((e) => (e.annex === true ? { ...e, title: titles.get(e.title) ?? e.title } : e));
  const titles = new Map(acts.flatMap((a) => a.listed.map((l) => [l.anchor, l.title] as const)));
  // Each line of the sommaire links to the page where its act, or its annex, starts.
  const sommaireOf = (entries: readonly SommaireEntry[]) => {
    const filled = values(printable(entries));
    const lines = filled.lists['sommaire.lignes'] ?? [];
    const links = new Map(entries.map((e, i) => [lines[i] ?? '', anchorOf(e)]));
    const blocks = linkRows(fillTemplate(templates.sommaire, filled), links);
    return anchorDocument(createDocument({ meta: input.meta, blocks, page: { pageNumbers: 'always' } }), SOMMAIRE_ANCHOR);
  };
  const bookmarks: Bookmark[] = [
    { title: 'Sommaire', anchor: SOMMAIRE_ANCHOR },
    ...acts.map((a) => ({
      title: `${a.number} — ${a.title}`,
      anchor: actAnchor(a.number),
      ...(a.listed.length === 0 ? {} : { children: a.listed.map((l) => ({ title: `Annexe : ${l.title}`, anchor: l.anchor })) }),
    })),
  ];

  // The acts' pages do not depend on the sommaire: each document is laid out once, before the
  // sommaire that numbers them, and drawn from that layout. A séance's layouts are kept until they
  // are written (about 50 kB a page: 35 MB for 300 acts); a registre's year never is (see buildRegistre).
  const pageCountOf = (layout: LaidOutDocument) => layout.pagination.pages.length;
  const coverLayout = layOutPdf(cover);
  const backCoverLayout = layOutPdf(backCover);
  const actLayouts = acts.map((a) => [a.extract, ...a.annexes].map(layOutPdf));
  const coverPages = pageCountOf(coverLayout);
  const documentPages = actLayouts.map((layouts) => layouts.map(pageCountOf));
  const actPages = documentPages.map((pages) => pages.reduce((sum, count) => sum + count, 0));
  const pagesAfter = (sommairePages: number): SommaireEntry[] => {
    let next = coverPages + sommairePages + 1;
    return acts.flatMap((a, i) => {
      const page = next;
      next += actPages[i] ?? 0;
      const pages = documentPages[i] ?? [];
      const sum = (count: number) => pages.slice(0, count).reduce((total, n) => total + n, 0);
      return [
        { number: a.number, title: a.title, page },
        ...a.listed.map((l) => ({ number: a.number, title: l.anchor, page: page + sum(1 + l.index), annex: true })),
      ];
    });
  };

  let entries: SommaireEntry[] = acts.flatMap((a) => [
    { number: a.number, title: a.title, page: null },
    ...a.listed.map((l) => ({ number: a.number, title: l.anchor, page: null, annex: true })),
  ]);
  for (let passes = 1; passes <= MAX_PASSES; passes++) {
    const sommaire = layOutPdf(sommaireOf(entries));
    const sommairePages = pageCountOf(sommaire);
    const next = pagesAfter(sommairePages);
    if (!samePages(entries, next)) {
      entries = next;
      continue;
    }
    const documents = [coverLayout, sommaire, ...actLayouts.flat(), backCoverLayout];
    const pageCounts = documents.map(pageCountOf);
    const parts: Uint8Array[] = [];
    const rendering = await writePdf(documents, input.output ?? ((chunk) => parts.push(chunk)), {
      numbering: 'continuous',
      meta: input.meta,
      bookmarks,
      pageCounts,
    });
    const placed = entries.map((e) => ({ ...e, page: rendering.anchors[anchorOf(e)] ?? 0 }));
    if (!samePages(entries, placed)) throw new Error('The recueil was not laid out as measured');
    const sommaireEntries = placed.filter((e) => e.annex !== true);
    return { bytes: Buffer.concat(parts), pageCount: rendering.pageCount, sommaire: sommaireEntries, documents: rendering.documents, passes };
  }
  throw new Error(`The sommaire's page numbers did not settle after ${MAX_PASSES} passes`);
}

function samePages(a: readonly SommaireEntry[], b: readonly SommaireEntry[]): boolean {
  return a.length === b.length && a.every((e, i) => e.page === b[i]?.page);
}
