import { readFileSync } from 'node:fs';
import type { Act, Collectivity, Session } from '../../shared/domain/session';
import { planSession } from '../../shared/session-file/plan';
import { sessionFileSchema } from '../../shared/session-file/schema';

/**
 * The reference session (Var, Commission permanente, 16 octobre 2023) in the register's terms,
 * read by the same plan the import uses but without a register: templates are tested on their own.
 * Acts get ids 1, 2… in file order; `published` gives each act's lines in the published recueil.
 */
export function referencePlan(): {
  collectivity: Collectivity;
  session: Session;
  acts: Act[];
  published: { number: string; lineRange: [number, number] }[];
} {
  const json: unknown = JSON.parse(readFileSync(new URL('../../reference/session-2023-10-16.json', import.meta.url), 'utf8'));
  const plan = planSession(sessionFileSchema.parse(json));
  const acts = plan.acts.map((a, i) => ({ ...a, id: i + 1, sessionId: plan.session.id }));
  const published = (json as { acts: { number: string; lineRange: [number, number] }[] }).acts.map(({ number, lineRange }) => ({ number, lineRange }));
  return { collectivity: plan.collectivity, session: plan.session, acts, published };
}
