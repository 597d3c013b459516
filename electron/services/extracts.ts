import type { BodyCode } from '../../shared/domain/body';
import { AppError } from '../../shared/domain/errors';
import { actVerdict } from '../../shared/rules/act-verdict';
import { formatActNumber, parseActNumber } from '../../shared/rules/numbering';
import { buildExtract, loadExtractTemplate } from '../../templates/extrait/build-extract';
import type { Document } from '../../templates/model';
import { renderDocx } from '../../templates/render/docx';
import { renderPdf } from '../../templates/render/pdf';
import type { Db } from '../db/open';
import { loadActs } from '../db/repositories/acts';
import { getCollectivity } from '../db/repositories/collectivity';
import { issuedTemplate } from '../db/repositories/issued-templates';
import { loadSession } from '../db/repositories/sessions';
import { customTemplate } from './settings/custom-templates';

export type ExtractFormat = 'pdf' | 'docx';

export interface RenderedExtract {
  number: string;
  bytes: Uint8Array;
}

/**
 * The extracts of a session's acts (all of them, or the one named) as documents, in act order:
 * what the files print and what the act editor previews. `now` dates the documents' properties.
 */
export function extractDocuments(db: Db, args: { body: BodyCode; date: string; act?: string; now: Date }): { number: string; doc: Document }[] {
  const collectivity = getCollectivity(db);
  if (collectivity === null) throw new AppError('not_found', 'Ce registre est vide : aucune collectivité.', 'collectivity');
  const session = loadSession(db, args.body, args.date);
  const wanted = args.act === undefined ? undefined : parseActNumber(args.act, session.body.series).value;
  const acts = loadActs(db, session.id).filter((a) => wanted === undefined || a.number === wanted);
  if (acts.length === 0) {
    throw new AppError('not_found', args.act === undefined ? "Cette séance n'a aucun acte." : `L'acte ${args.act} n'existe pas dans cette séance.`, 'act');
  }
  const current = loadExtractTemplate(customTemplate(db, 'extrait'));
  // An act that has left the secretariat prints from the template it was issued with (migration 0012).
  const templateOf = (actId: number) => {
    const issued = issuedTemplate(db, actId, 'extrait');
    return issued === null ? current : loadExtractTemplate(issued);
  };
  return acts.map((act) => ({
    number: formatActNumber({ series: session.body.series, value: act.number }),
    doc: buildExtract({ collectivity, session, act, verdict: actVerdict(session, act) }, templateOf(act.id), args.now),
  }));
}

/**
 * Renders the extracts of a session's acts (all of them, or the one named), in act order.
 * `now` dates the files' properties: the same register gives the same bytes.
 */
export async function renderExtracts(
  db: Db,
  args: { body: BodyCode; date: string; act?: string; format: ExtractFormat; now: Date; onProgress?: (number: string) => void },
): Promise<RenderedExtract[]> {
  const rendered: RenderedExtract[] = [];
  for (const { number, doc } of extractDocuments(db, args)) {
    const bytes = args.format === 'pdf' ? (await renderPdf(doc)).bytes : await renderDocx(doc);
    rendered.push({ number, bytes });
    args.onProgress?.(number);
  }
  return rendered;
}
