import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/domain/errors';
import type { Db } from '../db/open';
import { referenceSession, tempRegister } from '../testing/temp-register';
import { importSession, importSessionText } from './session-import';

/**
 * Row counts of every table, plus the whole of `mandates`, the one table an import updates: enough to
 * see any write of a refused import, and cheap enough for 1 000 runs on a growing register.
 */
function fingerprint(db: Db): string {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  const counts = tables.map((t) => `${t}:${String(db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get())}`);
  return createHash('sha256').update(counts.join('|')).update(JSON.stringify(db.prepare('SELECT * FROM mandates ORDER BY id').all())).digest('hex');
}

const reference = referenceSession();
const text = JSON.stringify(reference);

/** A JSON value at a random path of the reference file replaced by a random value, or removed. */
const mutated = fc
  .tuple(fc.nat(), fc.oneof(fc.jsonValue(), fc.constant(undefined)), fc.nat())
  .map(([pick, value, date]) => {
    const copy = JSON.parse(text) as Record<string, unknown>;
    (copy.session as Record<string, unknown>).date = `2024-0${(date % 9) + 1}-1${date % 10}`;
    delete copy.recueil;
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
      else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    };
    walk(copy, []);
    const path = paths[pick % paths.length] ?? [];
    if (path.length === 0) return value;
    let parent: unknown = copy;
    for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
    const last = path.at(-1) as string | number;
    if (value === undefined) delete (parent as Record<string | number, unknown>)[last];
    else (parent as Record<string | number, unknown>)[last] = value;
    return copy;
  });

let db: Db;
let cleanup: () => void;
beforeAll(() => {
  ({ db, cleanup } = tempRegister());
  importSession(db, reference);
});
afterAll(() => cleanup());

describe('session import under fuzzing', () => {
  it('imports 1 000 random and mutated files whole or refuses them with a French message, the register unchanged', () => {
    let refused = 0;
    fc.assert(
      fc.property(fc.oneof({ weight: 4, arbitrary: mutated }, { weight: 1, arbitrary: fc.jsonValue() }), fc.boolean(), (file, asText) => {
        const before = fingerprint(db);
        try {
          const report = asText ? importSessionText(db, JSON.stringify(file) ?? 'null') : importSession(db, file);
          const count = db.prepare('SELECT count(*) FROM acts WHERE session_id = ?').pluck().get(report.sessionId);
          expect(count).toBe(report.acts);
        } catch (e) {
          refused += 1;
          if (!(e instanceof AppError)) throw e;
          expect(e.message).toMatch(/[a-zà-ÿ]/);
          expect(fingerprint(db)).toBe(before);
        }
      }),
      { numRuns: 1000, seed: 20231016 },
    );
    expect(refused).toBeGreaterThan(500);
  }, 120_000);

  it('refuses a truncated file at every length without writing anything', () => {
    const before = fingerprint(db);
    for (let n = 0; n < text.length; n += Math.ceil(text.length / 200)) {
      expect(() => importSessionText(db, text.slice(0, n))).toThrow(AppError);
    }
    expect(fingerprint(db)).toBe(before);
  });
});
