import { printableTextIssue } from '../rules/printable-text';
import type { z } from './zod-fr';

/**
 * The zod check of every text field (the contract and the session file): a control character or
 * a text with nothing visible is refused with the rule of shared/rules/printable-text. An empty
 * text is left to the field's own « obligatoire » rule.
 *
 * @example z.string().trim().max(200).superRefine(printable)
 */
export function printable(value: string, ctx: z.RefinementCtx): void {
  const issue = value === '' ? null : printableTextIssue(value);
  if (issue !== null) ctx.addIssue({ code: 'custom', message: issue });
}
