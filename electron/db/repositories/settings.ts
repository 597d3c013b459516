import type { NatureCode } from '../../../shared/rules/ctes-id';
import { DEFAULT_INTERNAL_NUMBER_PATTERN } from '../../../shared/rules/internal-number';
import type { Db } from '../open';

const INTERNAL_NUMBER_PATTERN = 'ctes.internal_number_pattern';

/** The pattern that numbers acts imported or created without an @ctes internal number. */
export function internalNumberPattern(db: Db): string {
  const value = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(INTERNAL_NUMBER_PATTERN) as string | undefined;
  return value ?? DEFAULT_INTERNAL_NUMBER_PATTERN;
}

export function setInternalNumberPattern(db: Db, pattern: string): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(INTERNAL_NUMBER_PATTERN, pattern);
}

/** The @ctes internal numbers already given to acts decided on that date (for uniqueness). */
export function internalNumbersOn(db: Db, decisionDate: string): { internalId: string; nature: NatureCode }[] {
  return db
    .prepare(
      `SELECT a.internal_id AS internalId, a.nature FROM acts a JOIN sessions s ON s.id = a.session_id
       WHERE s.date = ? AND a.internal_id IS NOT NULL`,
    )
    .all(decisionDate) as { internalId: string; nature: NatureCode }[];
}

const NEXT_SEQUENCE = 'ctes.next_sequence';

/** The next value of the pattern's {SEQ:n}, kept per collectivity. */
export function nextSequence(db: Db): number {
  const value = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(NEXT_SEQUENCE) as string | undefined;
  return value === undefined ? 1 : Number(value);
}

export function setNextSequence(db: Db, next: number): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(NEXT_SEQUENCE, String(next));
}

/** Any setting by key (signatories, custom templates…), or undefined when never set. */
export function settingValue(db: Db, key: string): string | undefined {
  return db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
}

export function setSetting(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

export function removeSetting(db: Db, key: string): void {
  db.prepare('DELETE FROM settings WHERE key = ?').run(key);
}
