import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRegister } from '../../db/open';
import { runCaptured } from '../capture';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'registre-cli-init-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const count = (file: string, table: string) => {
  const db = openRegister(file);
  try {
    return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
  } finally {
    db.close();
  }
};

describe('registre init', () => {
  it('creates an empty register: it has no session, so show exits 1', async () => {
    const file = join(dir, 'new.sqlite');
    const init = await runCaptured(['init', '--db', file]);
    expect(init.code).toBe(0);
    expect(init.out).toContain(`Registre vide créé : ${file}`);
    expect(count(file, 'sessions')).toBe(0);
    expect(count(file, 'collectivity')).toBe(0);
    const show = await runCaptured(['show', '--session', '2023-10-16', '--body', 'CP', '--db', file]);
    expect(show.code).toBe(1);
    expect(show.err).toContain('Erreur : ');
  });

  it('creates the demo register with --demo', async () => {
    const file = join(dir, 'demo.sqlite');
    expect((await runCaptured(['init', '--db', file, '--demo'])).code).toBe(0);
    expect((await runCaptured(['show', '--session', '2023-10-16', '--body', 'CP', '--act', 'G25', '--db', file])).out).toContain('quorum atteint (33 + 3 ≥ 24');
  });

  it('refuses an existing file, leaving it as it was', async () => {
    const file = join(dir, 'r.sqlite');
    await runCaptured(['init', '--db', file, '--demo']);
    const before = readFileSync(file);
    const again = await runCaptured(['init', '--db', file]);
    expect(again.code).toBe(1);
    expect(again.err).toBe(`Erreur : Le fichier « ${file} » existe déjà : registre init ne crée qu'un registre nouveau, il n'en remplace jamais un.`);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a folder that does not exist', async () => {
    const r = await runCaptured(['init', '--db', join(dir, 'absent', 'r.sqlite')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`Le dossier « ${join(dir, 'absent')} » n'existe pas`);
  });

  it('imports a session file into an empty register', async () => {
    const file = join(dir, 'r.sqlite');
    await runCaptured(['init', '--db', file]);
    const session = new URL('../../../reference/session-2023-10-16.json', import.meta.url).pathname;
    const r = await runCaptured(['import', session, '--db', file]);
    expect(r.code).toBe(0);
    expect(count(file, 'acts')).toBe(16);
  });
});

describe('a --db file that does not exist', () => {
  it.each([
    ['show', '--session', '2023-10-16', '--body', 'CP'],
    ['import', new URL('../../../reference/session-2023-10-16.json', import.meta.url).pathname],
    ['journal'],
    ['backup'],
  ])('is refused by %s, exit 1, naming the file and `registre init`, and never created', async (...argv) => {
    const file = join(dir, 'faute-de-frappe.sqlite');
    const r = await runCaptured([...argv, '--db', file]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `Erreur : Le registre « ${file} » n'existe pas ; vérifiez le chemin, ou créez-le avec : registre init --db "${file}".`,
    );
    expect(existsSync(file)).toBe(false);
  });
});
