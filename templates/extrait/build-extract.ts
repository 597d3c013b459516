import { plainName } from '../../shared/domain/member';
import { formatActNumber } from '../../shared/rules/numbering';
import type { Template } from '../engine/template';
import { fillTemplate } from '../engine/fill-template';
import type { Document } from '../model';
import { createDocument } from '../model';
import type { ExtractInput } from './extract-values';
import { extractValues } from './extract-values';

/**
 * The "Extrait du registre des délibérations" of one act as a document, every sentence composed
 * from the register. `now` is the creation date written in the file's properties.
 */
export function buildExtract(input: ExtractInput, template: Template, now: Date): Document {
  const number = formatActNumber({ series: input.session.body.series, value: input.act.number });
  return createDocument({
    meta: {
      title: `Extrait du registre des délibérations — ${number}`,
      subject: input.act.object,
      author: plainName(input.verdict.presiding),
      createdAt: now.toISOString(),
    },
    blocks: fillTemplate(template, extractValues(input)),
  });
}
