import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/domain/errors';
import type { Db } from '../../db/open';
import { referenceSession, tableNames, tempRegister } from '../../testing/temp-register';
import { importSession, importSessionText } from './session-import';

/**
 * Row counts of every table, plus the whole of `mandates`, the one table an import updates: enough to
 * see any write of a refused import, and cheap enough for 1 000 runs on a growing register.
 */
function fingerprint(db: Db): string {
  const tables = tableNames(db);
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
    // Before the acts' legality dates (18 and 20 October 2023), so that an unmutated file is valid.
    (copy.session as Record<string, unknown>).date = `2023-0${(date % 9) + 1}-1${date % 10}`;
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

  it('refuses what the editor and `registre dates` refuse, naming the field, the register unchanged', () => {
    type Fields = Record<string, unknown>;
    type SessionJson = { session: Fields; collectivity: Fields; acts: Fields[] };
    type Edit = (f: SessionJson) => void;
    const act = (edit: (a: Fields) => void): Edit => (f) => edit(f.acts[0] ?? {});
    const cases: [string, Edit, RegExp][] = [
      ['exécutoire avant la séance', act((a) => (a.executoryDate = '2023-10-01')), /acts\[0\]\.executoryDate \(G1\).*antérieure à la date de la décision/],
      ['réception le 01/01/1900', act((a) => (a.legalityReceptionDate = '1900-01-01')), /acts\[0\]\.legalityReceptionDate \(G1\).*\(01\/01\/1900\) antérieure à la date de la décision/],
      ['publication avant la séance', act((a) => (a.onlineDate = '2023-09-01')), /acts\[0\]\.onlineDate \(G1\).*avant d'avoir été décidé/],
      ['exécutoire sans réception ni publication', act((a) => ((a.legalityReceptionDate = null), (a.onlineDate = null))), /acts\[0\]\.executoryDate \(G1\).*sans réception en préfecture ni mise en ligne/],
      ['exécutoire en 2099', act((a) => (a.executoryDate = '2099-01-01')), /acts\[0\]\.executoryDate \(G1\).*postérieure à aujourd'hui/],
      ['heure 24:00', (f) => (f.session.time = '24:00'), /session\.time : heure attendue au format HH:MM, de 00:00 à 23:59/],
      ['heure 29:59', (f) => (f.session.time = '29:59'), /session\.time : heure attendue/],
      ['ESC dans le lieu', (f) => (f.session.place = 'Toulon\u001b[31m'), /session\.place : caractère de contrôle interdit \(U\+001B\)/],
      ['BEL dans un objet', act((a) => (a.object = 'Objet\u0007')), /acts\[0\]\.object : caractère de contrôle interdit \(U\+0007\)/],
      ['objet de 1 Mo', act((a) => (a.object = 'x'.repeat(1_000_000))), /acts\[0\]\.object : 2000 caractères au plus/],
      ['100 000 visas', act((a) => (a.visas = Array.from({ length: 100_000 }, () => 'Vu'))), /acts\[0\]\.visas : 500 lignes au plus/],
      ['ESC dans un nom de présent', act((a) => ((a.present as string[])[0] += '\u001b[31m')), /G1 : un nom \(présents\) : caractère de contrôle interdit \(U\+001B\)\./],
      ['mandataire sans nom', act((a) => ((a.proxies as { to: string }[])[0]!.to = ' ')), /G1 : un nom \(mandataire\) : nom vide\./],
      ['élu inconnu parmi les absents', act((a) => ((a.absent as string[])[0] = 'M. Jean INCONNU')), /G1 : « M\. Jean INCONNU » \(absents\) n'est pas un membre en exercice de la séance\./],
      ['nom de collectivité invisible', (f) => (f.collectivity.name = '\u200b'), /collectivity\.name : aucun caractère visible/],
    ];
    for (const [label, edit, message] of cases) {
      const file = JSON.parse(text) as SessionJson & { recueil?: unknown };
      file.session.date = '2023-10-12';
      delete file.recueil;
      edit(file);
      const before = fingerprint(db);
      let error: unknown;
      try {
        importSession(db, file, new Date('2024-01-10T09:00:00Z'));
      } catch (e) {
        error = e;
      }
      expect(error, label).toBeInstanceOf(AppError);
      expect((error as AppError).message, label).toMatch(message);
      expect((error as AppError).message.length, label).toBeLessThan(1_000);
      expect(fingerprint(db), label).toBe(before);
    }
    // The same file without the defect is imported: each case was refused for its defect alone.
    const valid = JSON.parse(text) as Record<string, unknown>;
    (valid.session as Record<string, unknown>).date = '2023-10-12';
    delete valid.recueil;
    expect(importSession(db, valid, new Date('2024-01-10T09:00:00Z')).acts).toBe(reference.acts.length);
  });
});
