import type { Template } from '../engine/template';
import { fillTemplate } from '../engine/fill-template';
import type { Document } from '../model';
import { createDocument } from '../model';
import type { ConventionInput } from './convention-values';
import { conventionValues } from './convention-values';

/**
 * A loan-guarantee convention as a document, every variable taken from the convention's data.
 * `now` is the creation date written in the file's properties.
 */
export function buildConvention(input: ConventionInput, template: Template, now: Date): Document {
  return createDocument({
    meta: {
      title: `Convention ${input.number}`,
      subject: `Garantie départementale d'emprunt — ${input.data.borrower.name}`,
      author: 'Département du Var',
      createdAt: now.toISOString(),
    },
    blocks: fillTemplate(template, conventionValues(input)),
  });
}
