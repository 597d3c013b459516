import type { SavedTemplates } from '../catalogue';
import { templateFor } from '../catalogue';
import { fillTemplate } from '../engine/fill-template';
import type { Template } from '../engine/template';
import type { Document, DocumentMeta } from '../model';
import { anchorDocument, createDocument, linkRows, type Block } from '../model';
import { writePdf, type Bookmark, type PdfSink } from '../render/pdf';
import { numericDate } from '../../shared/rules/french-dates';
import { countOf } from './registre-values';

/** The editable templates of the registre: cover, closing of a séance, and the two annual tables. */
export interface RegistreTemplates {
  cover: Template;
  closing: Template;
  chronologicalTable: Template;
  subjectTable: Template;
  subjectGroup: Template;
}

/** The registre's templates: the versions saved in Paramètres, else the shipped ones. */
export function registreTemplates(saved: SavedTemplates = {}): RegistreTemplates {
  return {
    cover: templateFor(saved, 'registre-couverture'),
    closing: templateFor(saved, 'registre-cloture'),
    chronologicalTable: templateFor(saved, 'registre-table-chronologique'),
    subjectTable: templateFor(saved, 'registre-table-matieres'),
    subjectGroup: templateFor(saved, 'registre-table-matieres-groupe'),
  };
}

export interface RegistreSession {
  /** ISO date. */
  date: string;
  /** Printed date, « 16 octobre 2023 ». */
  longDate: string;
  president: string;
  presidentQuality: string;
  /** In number order. */
  acts: readonly RegistreAct[];
}

export interface RegistreAct {
  number: string;
  title: string;
  /** Built when drawn, so that a year's extracts are never all in memory. */
  extract: () => Document;
  /** @ctes matière ("7.3" and its label); absent or null: the act goes under « Sans matière ». */
  subject?: { code: string; label: string } | null;
}

export interface RegistreInput {
  collectivityName: string;
  bodyName: string;
  year: number;
  /** In date order. */
  sessions: readonly RegistreSession[];
  meta: DocumentMeta;
  /** Called once a séance's pages are written: its index, and the pages written so far. */
  onSession?: (index: number, pagesSoFar: number) => void;
  /** Where the PDF's bytes go as they are written (a file); unset: they are returned as `bytes`. */
  output?: PdfSink;
}

export interface RegistreEntry {
  date: string;
  number: string;
  title: string;
  /** Page where the act's extract starts, numbered continuously through the registre. */
  page: number;
  /** @ctes matière code, null when the act has none. */
  subjectCode: string | null;
}

/** One group of the table by subject: a matière (null: « Sans matière ») and its acts. */
export interface SubjectGroup {
  code: string | null;
  heading: string;
  entries: RegistreEntry[];
}

export interface BuiltRegistre {
  /** The PDF; empty when it went to `output`. */
  bytes: Uint8Array;
  pageCount: number;
  entries: RegistreEntry[];
  /** The table by subject as printed: groups in code order, « Sans matière » last. */
  subjects: SubjectGroup[];
}

/** Header row of both annual tables (a template row would be editable but could lose a column). */
const TABLE_HEADER = 'Séance\tN°\tOBJET\tPage';

/** Anchor of an act's first block, unique across the registre (numbers restart with the year only). */
const actAnchor = (date: string, number: string) => `registre-${date}-${number}`;
const CHRONOLOGICAL_ANCHOR = 'table-chronologique';
const SUBJECT_ANCHOR = 'table-matieres';

/**
 * The "Registre des délibérations" of a body for a year as one PDF: a cover, then for each séance
 * in date order its acts' extracts in number order, each from a new page, and the séance's closing
 * page that lists them; then the annual tables: by date and by @ctes matière, each naming the page
 * where every act starts. The acts' pages do not depend on the tables that follow them: the
 * documents are laid out and written once, one by one (memory stays that of one document, whatever
 * the year's size), the tables filled from the pages where the acts landed, and the total printed
 * in "Page N / M" written once the last page is.
 */
export async function buildRegistre(input: RegistreInput, templates: RegistreTemplates): Promise<BuiltRegistre> {
  const actCount = input.sessions.reduce((n, s) => n + s.acts.length, 0);
  if (actCount === 0) throw new Error('A registre needs at least one act');
  const common = {
    'collectivité.nom': input.collectivityName,
    'organe.nom': input.bodyName,
    'registre.année': String(input.year),
    'registre.séances': `${countOf(input.sessions.length, 'séance', 'séances')}, ${countOf(actCount, 'délibération', 'délibérations')}`,
  };
  const cover = createDocument({ meta: input.meta, page: { pageNumbers: 'never' }, blocks: fillTemplate(templates.cover, { texts: common, lists: {} }) });
  /** The cover, then each séance's extracts and closing page. */
  function* sessionDocuments(): Generator<Document> {
    yield cover;
    for (const s of input.sessions) yield* sessionPages(s);
  }
  /** A séance's extracts, each built when drawn, then its closing page. */
  function* sessionPages(s: RegistreSession): Generator<Document> {
    // Every sheet of a session carries the collectivity's name and the session date.
    const runningHeader = `${input.collectivityName} — ${input.bodyName} — séance du ${s.longDate}`;
    for (const act of s.acts) {
      const extract = act.extract();
      yield anchorDocument({ ...extract, page: { ...extract.page, runningHeader } }, actAnchor(s.date, act.number));
    }
    const values = {
      texts: {
        ...common,
        'séance.date_longue': s.longDate,
        'séance.nombre_délibérations': countOf(s.acts.length, 'délibération', 'délibérations'),
        'séance.président': s.president,
        'séance.président.qualité': s.presidentQuality,
      },
      lists: { 'séance.délibérations': s.acts.map((a) => `${a.number} — ${a.title}`) },
    };
    yield createDocument({ meta: input.meta, page: { runningHeader }, blocks: fillTemplate(templates.closing, values) });
  }
  // Index of each séance's closing page among the documents: the cover, then each act and a closing page.
  const sessionEnds = new Map<number, number>();
  let closing = 0;
  for (const [index, s] of input.sessions.entries()) sessionEnds.set((closing += s.acts.length + 1), index);

  // The tables follow every act: they are filled from the pages where the acts were drawn, and the
  // page numbers ("Page N / M") written once the last page is, so the registre is laid out once.
  let placed: Readonly<Record<string, number>> = {};
  let entries: RegistreEntry[] = [];
  let subjects: SubjectGroup[] = [];
  function* tables(): Generator<Document> {
    entries = input.sessions.flatMap((s) =>
      s.acts.map((a) => ({ date: s.date, number: a.number, title: a.title, page: placed[actAnchor(s.date, a.number)] ?? 0, subjectCode: a.subject?.code ?? null })),
    );
    subjects = subjectGroups(input.sessions, entries);
    const row = (e: RegistreEntry) => `${numericDate(e.date)}\t${e.number}\t${e.title}\t${e.page}`;
    // Each line of the tables links to the page where its act starts.
    const links = new Map(entries.map((e) => [row(e), actAnchor(e.date, e.number)]));
    const tableDocument = (blocks: Block[], at: string) => anchorDocument(createDocument({ meta: input.meta, blocks: linkRows(blocks, links) }), at);
    yield tableDocument(fillTemplate(templates.chronologicalTable, { texts: common, lists: { 'table.chronologique': [TABLE_HEADER, ...entries.map(row)] } }), CHRONOLOGICAL_ANCHOR);
    yield tableDocument(
      [
        ...fillTemplate(templates.subjectTable, { texts: common, lists: {} }),
        ...subjects.flatMap((g) =>
          fillTemplate(templates.subjectGroup, { texts: { ...common, 'matière.intitulé': g.heading }, lists: { 'matière.lignes': [TABLE_HEADER, ...g.entries.map(row)] } }),
        ),
      ],
      SUBJECT_ANCHOR,
    );
  }
  // The bookmarks: each séance and its acts, then the two tables.
  const bookmarks: Bookmark[] = [
    ...input.sessions.map((s) => ({
      title: `Séance du ${s.longDate}`,
      anchor: actAnchor(s.date, s.acts[0]!.number),
      children: s.acts.map((a) => ({ title: `${a.number} — ${a.title}`, anchor: actAnchor(s.date, a.number) })),
    })),
    { title: 'Table chronologique', anchor: CHRONOLOGICAL_ANCHOR },
    { title: 'Table par matière', anchor: SUBJECT_ANCHOR },
  ];
  const parts: Uint8Array[] = [];
  const rendering = await writePdf(
    (function* () {
      yield* sessionDocuments();
      yield* tables();
    })(),
    input.output ?? ((chunk) => parts.push(chunk)),
    {
      numbering: 'continuous',
      meta: input.meta,
      bookmarks,
      onDocument: (index, pagesSoFar, anchors) => {
        placed = anchors;
        const session = sessionEnds.get(index);
        if (session !== undefined) input.onSession?.(session, pagesSoFar);
      },
    },
  );
  for (const e of entries) if (e.page < 2) throw new Error(`Act ${e.date} ${e.number} was not placed before the tables`);
  return { bytes: Buffer.concat(parts), pageCount: rendering.pageCount, entries, subjects };
}

/** Groups the entries by matière, codes in numeric order level by level ("7.9" before "7.10"), « Sans matière » last. */
function subjectGroups(sessions: readonly RegistreSession[], entries: readonly RegistreEntry[]): SubjectGroup[] {
  const labels = new Map(sessions.flatMap((s) => s.acts.flatMap((a) => (a.subject == null ? [] : [[a.subject.code, a.subject.label] as const]))));
  const codes = [...labels.keys()].sort(compareCodes);
  const groups: SubjectGroup[] = codes.map((code) => {
    const label = labels.get(code) ?? '';
    return { code, heading: label === '' ? code : `${code} — ${label}`, entries: entries.filter((e) => e.subjectCode === code) };
  });
  const without = entries.filter((e) => e.subjectCode === null);
  if (without.length > 0) groups.push({ code: null, heading: 'Sans matière', entries: without });
  return groups;
}

function compareCodes(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d !== 0) return d;
  }
  return a.localeCompare(b);
}
