import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, watch } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRegister } from '../db/open';
import { backupByName, backupViews } from '../services/register/backup-catalog';
import { listBackups } from '../services/register/backups';
import { demoRegisterFile } from '../testing/demo-register-file';
import { runCaptured } from './capture';

/*
 * What a killed or failed write leaves behind: never a file under a normal name (a backup killed
 * half-way is never listed nor offered for restore), and no temporary file once the next write of
 * the same kind has run (a killed process cannot clean up after itself; the next one does).
 */
const bin = new URL('../../bin/registre.mjs', import.meta.url).pathname;
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'registre-restes-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const temporaries = (folder: string) => (existsSync(folder) ? readdirSync(folder).filter((f) => /\.tmp$|\.partiel$/.test(f)) : []);

/** Runs `registre …` in its own process and SIGKILLs it as soon as a temporary file appears in `folder`. */
function killedWhileWriting(folder: string, argv: string[]): Promise<string> {
  return new Promise((resolve) => {
    const child: ChildProcess = spawn(process.execPath, [bin, ...argv], { stdio: 'ignore' });
    const kill = () => temporaries(folder).length > 0 && child.kill('SIGKILL');
    const poll = setInterval(kill, 2);
    // Where the folder exists already, the system says at once that a file appeared in it.
    const watcher = existsSync(folder) ? watch(folder, (_, name) => /\.tmp$|\.partiel$/.test(String(name)) && child.kill('SIGKILL')) : null;
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      watcher?.close();
      resolve(signal ?? String(code));
    });
  });
}

describe('leftovers of killed and failed writes', () => {
  it('a backup killed half-way is never listed nor offered for restore, and the next backup removes it', async () => {
    const file = join(dir, 'registre.sqlite');
    const db = openRegister(file);
    // Ballast, so that the backup takes long enough to be killed in the middle of it.
    db.exec('CREATE TABLE ballast (b BLOB)');
    const row = db.prepare('INSERT INTO ballast VALUES (randomblob(1048576))');
    for (let i = 0; i < 60; i++) row.run();
    db.close();
    const folder = join(dir, 'sauvegardes');
    expect(await killedWhileWriting(folder, ['backup', '--db', file])).toBe('SIGKILL');
    const [partial] = temporaries(folder);
    expect(partial).toBeDefined();
    expect(listBackups(file)).toEqual([]);
    expect(backupViews(file)).toEqual([]);
    expect(() => backupByName(file, partial ?? '')).toThrow(/n'est pas une sauvegarde de ce registre/);
    const listed = await runCaptured(['restore', '--db', file]);
    expect(listed.code).toBe(1);
    expect(listed.err).toContain('Aucune sauvegarde pour le registre');
    const next = await runCaptured(['backup', '--db', file]);
    expect(next.code, next.err).toBe(0);
    expect(temporaries(folder)).toEqual([]);
    expect(listBackups(file).length).toBeGreaterThan(0);
  }, 120_000);

  it('extracts killed while being written leave no temporary file once the same command has run again', async () => {
    const file = await demoRegisterFile(dir);
    const out = join(dir, 'extraits');
    mkdirSync(out);
    const argv = ['extract', '--session', '2023-10-16', '--body', 'CP', '--all', '--format', 'pdf', '--out', out, '--db', file];
    // An extract is written in a few milliseconds: the kill may land after its rename, between two
    // files. Killed again until one is caught half-way (its temporary left behind).
    for (let attempt = 0; attempt < 20 && temporaries(out).length === 0; attempt++) await killedWhileWriting(out, argv);
    expect(temporaries(out).length).toBeGreaterThan(0);
    const again = await runCaptured(argv, () => new Date('2023-10-20T00:00:00Z'));
    expect(again.code, again.err).toBe(0);
    expect(temporaries(out)).toEqual([]);
  }, 300_000);

  it('a write that fails (a folder has the name of the file) leaves no temporary file and says so in French', async () => {
    const file = await demoRegisterFile(dir);
    const target = join(dir, 'G25.pdf');
    mkdirSync(target);
    const r = await runCaptured(['extract', '--session', '2023-10-16', '--body', 'CP', '--act', 'G25', '--format', 'pdf', '--out', target, '--db', file]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^Erreur : Impossible d'écrire « .*G25\.pdf »/);
    expect(temporaries(dir)).toEqual([]);
  }, 60_000);
});
