import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRegister } from '../electron/db/open';
import { renderRecueil } from '../electron/services/documents/recueil';
import { importSession } from '../electron/services/sessions/session-import';
import { referenceSession, type ReferenceSession } from '../electron/testing/temp-register';
import { medianAsync, report } from './measure';

const now = new Date('2023-10-20T08:00:00Z');
const args = { body: 'CP' as const, date: '2023-10-16', now };

/**
 * A copy of the reference session with 30 acts made long by repeating their visas and decisions
 * (about 160 pages of recueil), each with its own number and internal id.
 */
export function longSession(): ReferenceSession {
  const reference = referenceSession();
  const source = reference.acts;
  const repeat = <T>(items: unknown, times: number): T[] => Array.from({ length: times }, () => items as T[]).flat();
  const acts = Array.from({ length: 30 }, (_, i) => {
    const act = structuredClone(source[i % source.length]!);
    const internalId = `lmc${180000 + i}`;
    const parts = act.technicalReferenceParts as Record<string, unknown>;
    return {
      ...act,
      number: `G${i + 1}`,
      visas: repeat<string>(act.visas, 6),
      decisions: repeat<string>(act.decisions, 6),
      internalId,
      technicalReference: (act.technicalReference as string).replace(act.internalId as string, internalId),
      technicalReferenceParts: { ...parts, internalId, internalNumber: 180000 + i },
    };
  });
  return { ...reference, acts };
}

async function timed(dir: string, name: string, session: ReferenceSession): Promise<{ ms: number; pages: number }> {
  const db = openRegister(join(dir, `${name}.sqlite`));
  try {
    importSession(db, session);
    const { pageCount } = await renderRecueil(db, args); // warm-up: fonts and modules loaded once
    return { ms: await medianAsync(3, () => renderRecueil(db, args)), pages: pageCount };
  } finally {
    db.close();
  }
}

/** Median time of the recueil of the reference session (the 30-act one is among the big books, books.ts). */
export async function benchRecueil(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'registre-bench-recueil-'));
  try {
    const reference = await timed(dir, 'reference', referenceSession());
    report(`recueil : séance de référence (16 actes, ${reference.pages} pages)`, reference.ms, 'ms');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
