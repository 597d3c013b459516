import { readFileSync } from 'node:fs';

/**
 * The published text of one act's extract in the reference recueil: from its service-code lines
 * through "Acte mis en ligne … le : 20/10/2023".
 */
export function publishedExtract(firstLine: number): string {
  const lines = readFileSync(new URL('../../../reference/recueil-2023-59.txt', import.meta.url), 'utf8').split('\n');
  const from = firstLine - 1;
  const end = lines.findIndex((l, i) => i >= from && l.startsWith('Acte mis en ligne'));
  return lines.slice(from, end + 1).join('\n');
}
