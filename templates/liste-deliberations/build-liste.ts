import { fillTemplate } from '../engine/fill-template';
import type { Template, TemplateValues } from '../engine/template';
import type { DocumentMeta } from '../model';
import { createDocument } from '../model';
import { renderPdf } from '../render/pdf';
import type { LISTE_CATALOGUE } from './liste-values';

export interface ListeInput {
  collectivityName: string;
  bodyName: string;
  /** Printed date, « 16 octobre 2023 ». */
  longDate: string;
  /** Printed time, « 11h00 ». */
  time: string;
  place: string;
  /** Printed date of the list. */
  publicationDate: string;
  /** In number order. */
  acts: readonly { number: string; title: string; outcome: string }[];
  meta: DocumentMeta;
}

/** Header row of the table (a template row would be editable but could lose a column). */
const HEADER = 'N°\tOBJET\tRésultat';

/** The « liste des délibérations » of a séance as a PDF: heading of the séance, then one row per act. */
export async function buildListe(input: ListeInput, template: Template): Promise<{ bytes: Uint8Array; pageCount: number }> {
  const n = input.acts.length;
  const values: TemplateValues<typeof LISTE_CATALOGUE> = {
    texts: {
      'collectivité.nom': input.collectivityName,
      'organe.nom': input.bodyName,
      'séance.date_longue': input.longDate,
      'séance.heure': input.time,
      'séance.lieu': input.place,
      'séance.nombre_délibérations': `${n} ${n > 1 ? 'délibérations' : 'délibération'}`,
      'liste.date_publication': input.publicationDate,
    },
    lists: { 'liste.lignes': [HEADER, ...input.acts.map((a) => `${a.number}\t${oneLine(a.title)}\t${oneLine(a.outcome)}`)] },
  };
  const rendering = await renderPdf(createDocument({ meta: input.meta, blocks: fillTemplate(template, values) }));
  return { bytes: rendering.bytes, pageCount: rendering.pageCount };
}

/** A tab or line break inside a cell would split the row. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
