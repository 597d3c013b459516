import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { registerAt, rowsOf } from './testing/register-at';
import { MIGRATIONS } from '.';

const SIGN_G26 = `INSERT INTO signatures (act_id, signed_at, sha256, signer_member_id, signer_label, certificate_subject, certificate_issuer,
    serial_number, not_before, not_after, pdf)
  VALUES (2, '2025-03-14T08:15:00.000Z', '${'a'.repeat(64)}', 1, 'Président', 'CN=X', 'CN=AC', '1',
    '2025-01-01T00:00:00.000Z', '2035-01-01T00:00:00.000Z', x'255044462d')`;

const convention = (act: number, number: string) => `INSERT INTO conventions (act_id, number, kind, data) VALUES (${act}, '${number}', 'garantie-emprunt', '{}')`;

describe('migration 0014 conventions sealed on insert', () => {
  it('is registered as step 14 « conventions-sealed-insert », after 0012', () => {
    expect(MIGRATIONS.find((m) => m.version === 14)?.name).toBe('conventions-sealed-insert');
    expect(MIGRATIONS.map((m) => m.version).slice(-2)).toEqual([12, 14]);
  });

  it('upgrades a register whose executory act already has a convention: rows unchanged', () => {
    const db = registerAt(12);
    const before = rowsOf(db);
    migrate(db, MIGRATIONS);
    expect(rowsOf(db)).toEqual(before);
  });

  it('refuses a new convention on an executory act and on a signed act, the register unchanged; a draft act takes one', () => {
    const db = registerAt(12);
    migrate(db, MIGRATIONS);
    const before = rowsOf(db);
    expect(() => db.exec(convention(1, 'CO 2023-2000'))).toThrow(/Convention verrouillée : une convention ne peut plus être ajoutée à un acte exécutoire ou signé/);
    expect(() => db.exec(`INSERT OR IGNORE INTO conventions (act_id, number, kind, data) VALUES (1, 'CO 2023-2001', 'tripartite', '{}')`)).toThrow(/Convention verrouillée/);
    expect(rowsOf(db)).toEqual(before);
    db.exec(convention(2, 'CO 2023-2002'));
    db.exec('DELETE FROM conventions WHERE act_id = 2');
    db.exec(SIGN_G26);
    const signed = rowsOf(db);
    expect(() => db.exec(convention(2, 'CO 2023-2003'))).toThrow(/Convention verrouillée : une convention ne peut plus être ajoutée/);
    expect(rowsOf(db)).toEqual(signed);
  });
});
