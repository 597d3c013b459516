import { shippedTemplate } from '../template-files';
import type { Template } from '../engine/template';
import { fillTemplate } from '../engine/fill-template';
import { parseTemplate } from '../engine/parse-template';
import type { Document } from '../model';
import { createDocument } from '../model';
import type { ConventionInput } from './convention-values';
import { CONVENTION_CATALOGUE, conventionValues } from './convention-values';

/** The loan-guarantee convention template shipped with the app, checked against its catalogue. */
export function loadConventionTemplate(
  source = shippedTemplate('convention-garantie/convention-garantie.modele'),
): Template {
  return parseTemplate('convention-garantie', source, CONVENTION_CATALOGUE);
}

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
