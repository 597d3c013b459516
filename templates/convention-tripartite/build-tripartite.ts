import type { Template } from '../engine/template';
import { fillTemplate } from '../engine/fill-template';
import type { Document } from '../model';
import { createDocument } from '../model';
import type { TripartiteInput } from './tripartite-values';
import { tripartiteValues } from './tripartite-values';

/**
 * A tripartite convention (maîtrise d'ouvrage unique) as a document, every variable taken from the
 * convention's data. `now` is the creation date written in the file's properties.
 */
export function buildTripartite(input: TripartiteInput, template: Template, now: Date): Document {
  return createDocument({
    meta: {
      title: `Convention ${input.number}`,
      subject: `Convention tripartite — ${input.data.subject}`,
      author: 'Département du Var',
      createdAt: now.toISOString(),
    },
    blocks: fillTemplate(template, tripartiteValues(input)),
  });
}
