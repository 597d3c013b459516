import type { DocumentFormat } from '../../../shared/domain/document-format';
import type { BodyCode } from '../../../shared/domain/body';
import { AppError } from '../../../shared/domain/errors';
import { actVerdict } from '../../../shared/rules/act-verdict';
import { formatActNumber } from '../../../shared/rules/numbering';
import { buildExtract } from '../../../templates/extrait/build-extract';
import type { Document } from '../../../templates/model';
import { renderDocx } from '../../../templates/render/docx';
import { renderPdf } from '../../../templates/render/pdf';
import type { Db } from '../../db/open';
import { getCollectivity } from '../../db/repositories/collectivity';
import { savedTemplates } from '../settings/custom-templates';
import { actOf, sessionWithActs } from '../../db/repositories/session-acts';
import { extractTemplateOf } from './issued-templates';


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
  const { session, acts: all } = sessionWithActs(db, args.body, args.date);
  const acts = args.act === undefined ? all : [actOf(session, all, args.act)];
  if (acts.length === 0) throw new AppError('not_found', "Cette séance n'a aucun acte.", 'act');
  const saved = savedTemplates(db);
  const templateOf = extractTemplateOf(db, saved);
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
  args: { body: BodyCode; date: string; act?: string; format: DocumentFormat; now: Date; onProgress?: (number: string) => void },
): Promise<RenderedExtract[]> {
  const rendered: RenderedExtract[] = [];
  for (const { number, doc } of extractDocuments(db, args)) {
    const bytes = args.format === 'pdf' ? (await renderPdf(doc)).bytes : await renderDocx(doc);
    rendered.push({ number, bytes });
    args.onProgress?.(number);
  }
  return rendered;
}
