import { readFileSync } from 'node:fs';
import { normalizeForGolden } from '../../testing/extract-text';

/**
 * Lines of the published G26 convention in the reference recueil: from its letterhead
 * (« DÉPARTEMENT / DES ALPES-MARITIMES ») through the commune's signature block. What follows
 * (« ANNEXE A LA CONVENTION PROTECTION DES DONNEES PERSONNELLES » and the plans, annexes 1 and 2)
 * is an annex of the convention, not the convention proper, and is not generated.
 */
export const PUBLISHED_TRIPARTITE_LINES: Record<string, [number, number]> = {
  G26: [3775, 3994],
};

/** The published text of one act's tripartite convention. */
export function publishedTripartite(act: string): string {
  const range = PUBLISHED_TRIPARTITE_LINES[act];
  if (range === undefined) throw new Error(`no published tripartite convention for ${act}`);
  const lines = readFileSync(new URL('../../../reference/recueil-2023-59.txt', import.meta.url), 'utf8').split('\n');
  return lines.slice(range[0] - 1, range[1]).join('\n');
}

/**
 * The published text as the generated convention must read after normalizeForGolden. The text dump
 * marks italics with single asterisks: « (*Prénom Nom, titre + cachet*) » and « (*qu'il soit
 * considéré … sous-traitant*) ». The generated document prints the signature hints in italics and
 * the article 10.2 parenthesis in roman (the template has no inline italics): these markers are the
 * only part of the published text left out of the comparison.
 */
export function expectedTripartite(act: string): string {
  return normalizeForGolden(publishedTripartite(act)).replace(/\(\*([^*]*)\*\)/g, '($1)');
}
