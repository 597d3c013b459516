import { readFileSync } from 'node:fs';

/** Lines of the published loan-guarantee conventions in the reference recueil (first, last). */
export const PUBLISHED_CONVENTION_LINES: Record<string, [number, number]> = {
  G22: [2997, 3098],
  G23: [3189, 3294],
  G24: [3388, 3489],
  G25: [3579, 3687],
};

/** The published text of one act's convention, from its first line through "Fait à Toulon, le". */
export function publishedConvention(act: string): string {
  const range = PUBLISHED_CONVENTION_LINES[act];
  if (range === undefined) throw new Error(`no published convention for ${act}`);
  const lines = readFileSync(new URL('../../../reference/recueil-2023-59.txt', import.meta.url), 'utf8').split('\n');
  return lines.slice(range[0] - 1, range[1]).join('\n');
}
