import { readFileSync } from 'node:fs';
import { fillTemplate } from '../engine/fill-template';
import { parseTemplate } from '../engine/parse-template';
import type { Template } from '../engine/template';
import type { Document, DocumentMeta } from '../model';
import { createDocument } from '../model';
import { renderPdf } from '../render/pdf';
import { countOf, REGISTRE_CATALOGUE } from './registre-values';

/** The two editable templates of the registre. */
export interface RegistreTemplates {
  cover: Template;
  closing: Template;
}

const FILES = { cover: 'couverture.modele', closing: 'cloture.modele' } as const;

/** The registre's templates shipped with the app (or the given sources), checked against their catalogue. */
export function loadRegistreTemplates(sources: Partial<Record<keyof RegistreTemplates, string>> = {}): RegistreTemplates {
  const load = (key: keyof RegistreTemplates) =>
    parseTemplate(`registre/${FILES[key].replace('.modele', '')}`, sources[key] ?? readFileSync(new URL(`./${FILES[key]}`, import.meta.url), 'utf8'), REGISTRE_CATALOGUE);
  return { cover: load('cover'), closing: load('closing') };
}

export interface RegistreSession {
  /** ISO date. */
  date: string;
  /** Printed date, « 16 octobre 2023 ». */
  longDate: string;
  president: string;
  presidentQuality: string;
  /** In number order. */
  acts: readonly { number: string; title: string; extract: Document }[];
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
}

export interface BuiltRegistre {
  bytes: Uint8Array;
  pageCount: number;
  entries: RegistreEntry[];
}

/**
 * The "Registre des délibérations" of a body for a year as one PDF: a cover, then for each séance
 * in date order its acts' extracts in number order, each from a new page, and the séance's closing
 * page that lists them; pages numbered continuously.
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
    for (const act of s.acts) {
      const [first, ...rest] = act.extract.blocks;
      if (first === undefined) throw new Error(`The extract of ${act.number} has no block`);
      documents.push({ ...act.extract, blocks: [{ ...first, anchor: anchor(s, act.number) }, ...rest] });
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
    documents.push(createDocument({ meta: input.meta, blocks: fillTemplate(templates.closing, values) }));
  }
  const rendering = await renderPdf(documents, { numbering: 'continuous', meta: input.meta });
  const entries = input.sessions.flatMap((s) =>
    s.acts.map((a) => ({ date: s.date, number: a.number, title: a.title, page: rendering.anchors[anchor(s, a.number)] ?? 0 })),
  );
  return { bytes: rendering.bytes, pageCount: rendering.pageCount, entries };
}
