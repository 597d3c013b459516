import { ctesObjectIssue } from '../rules/ctes-object';
import type { z } from './zod-fr';

/** The zod check of an act's object (the contract and the session file): it must fit @ctes (shared/rules/ctes-object). */
export function fitsCtes(value: string, ctx: z.RefinementCtx): void {
  const issue = ctesObjectIssue(value);
  if (issue !== null) ctx.addIssue({ code: 'custom', message: issue });
}
