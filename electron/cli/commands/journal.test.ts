import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRegister } from '../../db/open';
import { runCaptured } from '../capture';
import { osUser } from '../../services/journal/journal';
import { demoRegisterFile } from '../../testing/demo-register-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'registre-cli-journal-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('registre journal', () => {
  it("prints an act's changes with who made them, and exports the journal as CSV", async () => {
    const file = await demoRegisterFile(dir);
    expect((await runCaptured(['journal', '--db', file])).out).toMatch(/ — CP 2023-10-16 — import : — → séance importée : 16 actes, 46 membres$/);
    // A change by another writer (raw SQL): the triggers record it with the user who last opened the register.
    const db = openRegister(file);
    db.exec(`INSERT INTO acts (session_id, number, object, outcome) VALUES (1, 99, 'ACTE', '{"kind":"unanimity"}')`);
    db.exec("UPDATE acts SET online_date = '2023-10-20' WHERE number = 99");
    db.close();
    const act = await runCaptured(['journal', '--seance', 'cp:2023-10-16', '--acte', 'G99', '--db', file]);
    expect(act.code).toBe(0);
    const lines = act.out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^\\S+Z ${osUser()} — CP 2023-10-16 G99 — dates : mise en ligne : — → mise en ligne : 20/10/2023$`));
    const csv = join(dir, 'journal.csv');
    expect((await runCaptured(['journal', '--csv', csv, '--db', file])).out).toBe(`3 entrée(s) du journal écrites dans ${csv}.`);
    expect(readFileSync(csv, 'utf8').split('\r\n')[0]).toBe('\uFEFFQuand (UTC);Qui;Organe;Séance;Acte;Quoi;Avant;Après');
  });

  it('refuses a malformed session or an act without its session, in French', async () => {
    const file = await demoRegisterFile(dir);
    expect((await runCaptured(['journal', '--seance', '2023-10-16', '--db', file])).err).toContain('attendu ORGANE:AAAA-MM-JJ');
    const r = await runCaptured(['journal', '--acte', 'G25', '--db', file]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('précisez aussi la séance');
  });
});
