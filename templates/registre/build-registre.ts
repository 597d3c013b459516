import type { SavedTemplates } from '../catalogue';
import { templateFor } from '../catalogue';
import { fillTemplate } from '../engine/fill-template';
import type { Template } from '../engine/template';
import type { Document, DocumentMeta } from '../model';
import { createDocument } from '../model';
import { countPdfPages, renderPdf } from '../render/pdf';
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
  extract: Document;
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
  bytes: Uint8Array;
  pageCount: number;
  entries: RegistreEntry[];
  /** The table by subject as printed: groups in code order, « Sans matière » last. */
  subjects: SubjectGroup[];
}

/** Header row of both annual tables (a template row would be editable but could lose a column). */
const TABLE_HEADER = 'Séance\tN°\tOBJET\tPage';

/**
 * The "Registre des délibérations" of a body for a year as one PDF: a cover, then for each séance
 * in date order its acts' extracts in number order, each from a new page, and the séance's closing
 * page that lists them; then the annual tables: by date and by @ctes matière, each naming the page
 * where every act starts. The acts' pages do not depend on the tables that follow them: they are
 * counted first (one layout per document), the tables filled, and the final rendering's anchors
 * confirm every page.
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
  const anchor = (s: RegistreSession, number: string) => `registre-${s.date}-${number}`;
  const documents: Document[] = [cover];
  for (const s of input.sessions) {
    // Every sheet of a session carries the collectivity's name and the session date.
    const runningHeader = `${input.collectivityName} — ${input.bodyName} — séance du ${s.longDate}`;
    for (const act of s.acts) {
      const [first, ...rest] = act.extract.blocks;
      if (first === undefined) throw new Error(`The extract of ${act.number} has no block`);
      documents.push({ ...act.extract, page: { ...act.extract.page, runningHeader }, blocks: [{ ...first, anchor: anchor(s, act.number) }, ...rest] });
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
    documents.push(createDocument({ meta: input.meta, page: { runningHeader }, blocks: fillTemplate(templates.closing, values) }));
  }
  // First pass: where each act starts, from the page counts of the documents before the tables.
  const firstPages = new Map<string, number>();
  let next = 1;
  for (const doc of documents) {
    const first = doc.blocks[0]?.anchor;
    if (first !== undefined) firstPages.set(first, next);
    next += countPdfPages(doc);
  }
  const entries: RegistreEntry[] = input.sessions.flatMap((s) =>
    s.acts.map((a) => ({ date: s.date, number: a.number, title: a.title, page: firstPages.get(anchor(s, a.number)) ?? 0, subjectCode: a.subject?.code ?? null })),
  );
  const subjects = subjectGroups(input.sessions, entries);
  const row = (e: RegistreEntry) => `${numericDate(e.date)}\t${e.number}\t${e.title}\t${e.page}`;
  documents.push(
    createDocument({ meta: input.meta, blocks: fillTemplate(templates.chronologicalTable, { texts: common, lists: { 'table.chronologique': [TABLE_HEADER, ...entries.map(row)] } }) }),
    createDocument({
      meta: input.meta,
      blocks: [
        ...fillTemplate(templates.subjectTable, { texts: common, lists: {} }),
        ...subjects.flatMap((g) =>
          fillTemplate(templates.subjectGroup, { texts: { ...common, 'matière.intitulé': g.heading }, lists: { 'matière.lignes': [TABLE_HEADER, ...g.entries.map(row)] } }),
        ),
      ],
    }),
  );
  // Second pass: the real rendering; its anchors must name the pages the tables print.
  const rendering = await renderPdf(documents, { numbering: 'continuous', meta: input.meta });
  for (const s of input.sessions) {
    for (const a of s.acts) {
      const placed = rendering.anchors[anchor(s, a.number)];
      if (placed !== firstPages.get(anchor(s, a.number))) throw new Error(`Act ${s.date} ${a.number} starts on page ${placed}, not where the tables say`);
    }
  }
  return { bytes: rendering.bytes, pageCount: rendering.pageCount, entries, subjects };
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
