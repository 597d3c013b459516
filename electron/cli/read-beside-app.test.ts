import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRegister } from '../db/open';
import { holdRegister, killHard } from '../testing/register-holder';
import { referenceSession } from '../testing/temp-register';
import { runCaptured } from './capture';

/*
 * The app (or the host) holds the register's lock while it is open: the commands that only read
 * the register open it read-only and work beside it; every command that writes takes the lock
 * and is refused with its message.
 */
let dir: string;
let file: string;
let host: Awaited<ReturnType<typeof holdRegister>>;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'registre-cli-beside-'));
  file = join(dir, 'registre.sqlite');
  const session = join(dir, 'seance.json');
  writeFileSync(session, JSON.stringify(referenceSession()));
  openRegister(file).close();
  // The host imports the session and keeps it in its WAL, uncheckpointed.
  host = await holdRegister(file, session);
}, 60_000);
afterAll(async () => {
  await killHard(host);
  rmSync(dir, { recursive: true, force: true });
});

const cli = (...argv: string[]) => runCaptured([...argv, '--db', file], () => new Date('2023-10-20T00:00:00Z'));
const LOCKED = /est déjà ouvert par une autre fenêtre de Registre \(.*processus \d+/;

describe('the CLI beside a running app', () => {
  it('reads the register: show, journal, export, opendata, extract without --sign, as the host committed it', async () => {
    const show = await cli('show', '--session', '2023-10-16', '--body', 'CP', '--act', 'G25');
    expect(show).toMatchObject({ code: 0, err: '' });
    expect(show.out).toContain('G25');
    expect((await cli('journal')).code).toBe(0);
    const json = join(dir, 'seance-exportee.json');
    expect(await cli('export', '--session', '2023-10-16', '--body', 'CP', '--out', json)).toMatchObject({ code: 0 });
    expect((JSON.parse(readFileSync(json, 'utf8')) as { acts: unknown[] }).acts.length).toBe(referenceSession().acts.length);
    const csv = join(dir, 'opendata.csv');
    expect(await cli('opendata', '--year', '2023', '--siret', '22830001800014', '--out', csv)).toMatchObject({ err: '', code: 0 });
    const pdf = join(dir, 'G25.pdf');
    expect(await cli('extract', '--session', '2023-10-16', '--body', 'CP', '--act', 'G25', '--format', 'pdf', '--out', pdf)).toMatchObject({ err: '', code: 0 });
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    // Reading made no backup and left no lock of its own.
    expect(existsSync(join(dir, 'sauvegardes'))).toBe(false);
  }, 120_000);

  it('refuses every command that writes, exit 1, with the lock message', async () => {
    const again = await cli('import', join(dir, 'seance.json'));
    expect(again.code).toBe(1);
    expect(again.err).toMatch(LOCKED);
    const backup = await cli('backup');
    expect(backup.code).toBe(1);
    expect(backup.err).toMatch(LOCKED);
    // Since when, as the screens write it, on Paris time: the holder's own record, given a known instant.
    const holder = JSON.parse(readFileSync(`${file}.lock-info`, 'utf8')) as Record<string, unknown>;
    writeFileSync(`${file}.lock-info`, JSON.stringify({ ...holder, since: '2026-12-04T16:44:09.000Z' }));
    expect((await cli('backup')).err).toContain(`processus ${host.pid}, depuis le 04/12/2026 à 17:44). Fermez-la`);
  }, 60_000);
});
