import { validationError } from '../../../shared/domain/errors';

/**
 * In a decision, consecutive lines with tabs form a table (the first line is its header): every
 * line of one table needs the same number of cells, or the extract cannot be laid out.
 */
export function checkDecisionTables(decisions: readonly string[]): void {
  decisions.forEach((decision, d) => {
    let columns: number | null = null;
    decision.split('\n').forEach((line, i) => {
      if (!line.includes('\t')) {
        columns = null;
        return;
      }
      const cells = line.split('\t').length;
      if (columns === null) columns = cells;
      else if (cells !== columns) {
        throw validationError(
          `décision ${d + 1}, ligne ${i + 1} : ${cells} colonnes, alors que le tableau qu'elle continue en a ${columns} ; ` +
            "chaque ligne d'un tableau a le même nombre de cellules (séparées par des tabulations).",
          'content.decisions',
        );
      }
    });
  });
}
