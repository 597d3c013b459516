import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pdfText } from '../../templates/render/extract-text';
import type { Db } from '../db/open';
import { referenceSession, tempRegister, type ReferenceSession } from '../testing/temp-register';
import { renderRegistre } from './registre';
import { importSession } from './session-import';

const now = new Date('2023-12-31T08:00:00Z');
const page = async (bytes: Uint8Array, n: number) => pdfText(bytes, { raw: true, firstPage: n, lastPage: n });

/** A second séance of 2023 with two of the reference acts, renumbered, without recueil. */
function novemberSession(): ReferenceSession {
  const reference = referenceSession();
  const acts = reference.acts.slice(0, 2).map((act, i) => {
    const internalId = `lmc${190000 + i}`;
    return {
      ...act,
      number: `G${i + 1}`,
      internalId,
      technicalReference: (act.technicalReference as string).replace(act.internalId as string, internalId).replace('20231016', '20231120'),
      technicalReferenceParts: { ...(act.technicalReferenceParts as object), internalId, internalNumber: 190000 + i, decisionDate: '2023-11-20' },
      legalityReceptionDate: '2023-11-22',
      executoryDate: '2023-11-24',
      onlineDate: '2023-11-24',
    };
  });
  const copy: ReferenceSession = { ...reference, session: { ...reference.session, date: '2023-11-20' }, acts };
  delete copy.recueil; // its number is the October séance's
  return copy;
}

describe('renderRegistre', () => {
  let register: ReturnType<typeof tempRegister>;
  let db: Db;
  beforeEach(() => {
    register = tempRegister();
    db = register.db;
    importSession(db, referenceSession());
  });
  afterEach(() => register.cleanup());

  it("holds every délibération of the year's séances in date then number order, each closed by its list", async () => {
    importSession(db, novemberSession());
    const { bytes, pageCount, entries } = await renderRegistre(db, { body: 'CP', year: 2023, now });
    expect(entries.map((e) => `${e.date} ${e.number}`)).toEqual([
      ...['G1', 'G2', 'G3', 'G4', 'G6', 'G7', 'G8', 'G11', 'G12', 'G20', 'G22', 'G23', 'G24', 'G25', 'G26', 'G28'].map((n) => `2023-10-16 ${n}`),
      '2023-11-20 G1',
      '2023-11-20 G2',
    ]);
    expect((await page(bytes, 1)).replace(/\s+/g, ' ').trim()).toBe(
      'Département du Var REGISTRE DES DÉLIBÉRATIONS Commission permanente du Conseil départemental du Var Année 2023 2 séances, 18 délibérations',
    );
    let previous = 1;
    for (const e of entries) {
      expect(e.page).toBeGreaterThan(previous);
      const text = await page(bytes, e.page);
      expect(text).toContain(`N° : ${e.number}\n`);
      expect(text).toContain(`Séance du ${e.date === '2023-10-16' ? '16 octobre 2023' : '20 novembre 2023'}`);
      expect(text).toContain(`Page ${e.page} / ${pageCount}`);
      previous = e.page;
    }
    // The October séance is closed after G28, before the November séance starts.
    const closing = (await pdfText(bytes, { raw: true, firstPage: entries[15]!.page + 1, lastPage: entries[16]!.page - 1 })).replace(/\s+/g, ' ');
    expect(closing).toContain('Clôture de la séance du 16 octobre 2023');
    expect(closing).toContain('a donné lieu à 16 délibérations, inscrites au présent registre');
    expect(closing).toContain('G28 — CESSION AU PROFIT DE');
    expect(closing).not.toContain('N° : G');
    const last = (await page(bytes, pageCount)).replace(/\s+/g, ' ');
    expect(last).toContain('Clôture de la séance du 20 novembre 2023');
    expect(last).toContain('G2 — SORTIE D\'INVENTAIRE');
    expect(last).toContain('Le président de séance, Monsieur Jean-Louis MASSON Président du Conseil départemental');
  });

  it('gives the same bytes twice', async () => {
    const a = await renderRegistre(db, { body: 'CP', year: 2023, now });
    const b = await renderRegistre(db, { body: 'CP', year: 2023, now });
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });

  it('refuses, in French, a year or a body without délibération', async () => {
    await expect(renderRegistre(db, { body: 'CP', year: 2022, now })).rejects.toThrow("année : aucune délibération de l'organe CP en 2022 dans ce registre.");
    await expect(renderRegistre(db, { body: 'CD', year: 2023, now })).rejects.toThrow("année : aucune délibération de l'organe CD en 2023 dans ce registre.");
  });
});
