import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/open';
import { prepareRegister } from '../services/register/register-prepare';
import type { RunningHost } from './server';
import { MAX_BODY_BYTES, startHost } from './server';
import { demoRegisterFile } from '../testing/demo-register-file';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

// node:http sends the path as written (fetch would normalise "/../" away) and lets a test set Host.
function send(port: number, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: init.method ?? 'GET', headers: init.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

const dir = mkdtempSync(join(tmpdir(), 'registre-host-'));
const web = join(dir, 'dist-renderer');
let db: Db;
let host: RunningHost;

const api = (channel: string, payload: unknown, headers: Record<string, string> = {}) =>
  send(host.port, `/api/${channel}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(payload),
  });

beforeAll(async () => {
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(join(web, 'index.html'), '<!doctype html><head><title>Registre</title></head>');
  writeFileSync(join(web, 'assets', 'app.js'), 'export {};');
  writeFileSync(join(dir, 'secret.txt'), 'secret');
  symlinkSync(join(dir, 'secret.txt'), join(web, 'lien.txt'));
  ({ db } = await prepareRegister(join(dir, 'registre.sqlite'), new Date('2026-11-24T09:00:00Z')));
  host = await startHost({ db, port: 0, staticDir: web, now: () => new Date('2023-10-20T10:00:00Z') });
});

afterAll(async () => {
  await host.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('host', () => {
  it('listens on 127.0.0.1 and prints a URL carrying the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(40);
  });

  it('answers a valid call with the data of the register', async () => {
    const r = await api('session:acts', { body: 'CP', date: '2023-10-16' });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^application\/json/);
    expect(r.headers['access-control-allow-origin']).toBeUndefined();
    const json = JSON.parse(r.body) as { ok: true; value: { acts: { number: string; quorum: { figures: string } }[] } };
    expect(json.ok).toBe(true);
    expect(json.value.acts).toHaveLength(16);
    expect(json.value.acts.find((a) => a.number === 'G25')?.quorum.figures).toBe('33 + 3 ≥ 24');
  });

  it('accepts the page’s own origin, on localhost too', async () => {
    const r = await api('sessions:list', {}, { Origin: `http://127.0.0.1:${host.port}` });
    expect(r.status).toBe(200);
    const local = await api('sessions:list', {}, { Host: `localhost:${host.port}`, Origin: `http://localhost:${host.port}` });
    expect(local.status).toBe(200);
  });

  it('refuses a call without the token or with a wrong one', async () => {
    const none = await send(host.port, '/api/sessions:list', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(none.status).toBe(401);
    expect(none.body).not.toContain('"ok":true');
    const wrong = await api('sessions:list', {}, { Authorization: `Bearer ${'x'.repeat(host.token.length)}` });
    expect(wrong.status).toBe(401);
    const inQuery = await send(host.port, `/api/sessions:list?token=${host.token}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(inQuery.status).toBe(401);
  });

  it('refuses a foreign Origin', async () => {
    const r = await api('sessions:list', {}, { Origin: 'http://evil.example' });
    expect(r.status).toBe(403);
    expect(r.body).not.toContain('2023-10-16');
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const r = await api('sessions:list', {}, { Host: `evil.example:${host.port}` });
    expect(r.status).toBe(421);
    const page = await send(host.port, '/', { headers: { Host: `evil.example:${host.port}` } });
    expect(page.status).toBe(421);
  });

  it('answers an invalid payload with a French validation error naming the field', async () => {
    const r = await api('session:acts', { body: 'CP', date: '16 octobre' });
    expect(r.status).toBe(400);
    const json = JSON.parse(r.body) as { ok: boolean; error: { type: string; message: string; field?: string } };
    expect(json).toMatchObject({ ok: false, error: { type: 'validation', field: 'date' } });
    expect(json.error.message).toBe('Date complète attendue (JJ/MM/AAAA).');
  });

  it('refuses malformed JSON, a wrong content type, GET on the API and a body over the limit', async () => {
    const headers = { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' };
    expect((await send(host.port, '/api/sessions:list', { method: 'POST', headers, body: '{' })).status).toBe(400);
    expect((await api('sessions:list', {}, { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await send(host.port, '/api/sessions:list', { headers })).status).toBe(405);
    const big = await send(host.port, '/api/sessions:list', { method: 'POST', headers, body: ' '.repeat(MAX_BODY_BYTES + 1) });
    expect(big.status).toBe(413);
    // An annex upload carries a whole PDF: its channel alone accepts more; the handler then judges the file.
    const annex = { body: 'CP', date: '2023-10-16', act: 'G1', title: 'Plan', pieceType: null, fileName: 'plan.jpg', base64: 'A'.repeat(2 * MAX_BODY_BYTES) };
    const upload = await api('act-annex:add', annex);
    expect(upload.status).toBe(400);
    expect(upload.body).toContain('Annexe « plan.jpg » : ce fichier n');
    const unknown = await api('db:exec', {});
    expect(unknown.status).toBe(404);
  });

  it('serves the built renderer with a strict CSP and nosniff', async () => {
    const r = await send(host.port, `/?token=${host.token}`);
    expect(r.status).toBe(200);
    expect(r.body).toContain('<title>Registre</title>');
    expect(r.headers['content-security-policy']).toContain("default-src 'self'");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['set-cookie']).toBeUndefined();
    const js = await send(host.port, '/assets/app.js');
    expect(js.headers['content-type']).toMatch(/^text\/javascript/);
    expect(js.headers['content-security-policy']).toContain("style-src 'self';");
  });

  it("allows react-aria's injected style by a fresh nonce given to the page, never by 'unsafe-inline'", async () => {
    const nonces = [];
    for (let i = 0; i < 2; i++) {
      const r = await send(host.port, '/');
      const nonce = /<meta property="csp-nonce" nonce="([^"]+)" \/>/.exec(r.body)?.[1];
      expect(r.headers['content-security-policy']).toContain(`style-src 'self' 'nonce-${nonce}';`);
      expect(r.headers['content-security-policy']).not.toContain('unsafe-inline');
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('answers 404 to a path traversal, encoded or not, and to a symbolic link leaving the folder', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/lien.txt', '/absent.js']) {
      const r = await send(host.port, path);
      expect(r.status, path).toBe(404);
      expect(r.body, path).not.toContain('secret');
    }
  });
});

describe('npm run serve', () => {
  it('prints the URL with its token on one line, and the API answers with it', async () => {
    const file = await demoRegisterFile(dir, 'servi.sqlite');
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host/serve.ts', '--db', file, '--port', '0'], {
      cwd: join(import.meta.dirname, '..', '..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const first = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout }).once('line', resolve);
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const match = /^Registre : (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]+))$/.exec(first);
      expect(match, first).not.toBeNull();
      const port = Number(match?.[2]);
      const r = await send(port, '/api/sessions:list', {
        method: 'POST',
        headers: { Authorization: `Bearer ${match?.[3] ?? ''}`, 'Content-Type': 'application/json' },
        body: '{}',
      });
      expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: [{ body: 'CP', date: '2023-10-16', acts: 16 }] });
      // A second instance on the same register is refused: two windows never write one register.
      const second = spawnSync(process.execPath, ['--import', 'tsx', 'electron/host/serve.ts', '--db', file, '--port', '0'], {
        cwd: join(import.meta.dirname, '..', '..'),
        encoding: 'utf8',
        timeout: 240_000,
      });
      expect(second.status).toBe(1);
      expect(second.stderr).toContain('est déjà ouvert par une autre fenêtre de Registre');
    } finally {
      // The signal, if the process died of one instead of stopping cleanly, says which.
      const exited = new Promise<number | string | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  }, 300_000);
});

describe('npm run serve on a file that does not exist', () => {
  const serve = (...args: string[]) =>
    spawn(process.execPath, ['--import', 'tsx', 'electron/host/serve.ts', ...args, '--port', '0'], { cwd: join(import.meta.dirname, '..', '..'), stdio: ['ignore', 'pipe', 'pipe'] });
  /** A serve that stops on its own: its exit code and what it wrote on stderr. */
  const refused = async (...args: string[]) => {
    const child = serve(...args);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    return { code, stderr };
  };

  it('refuses it without --new, naming registre init, and creates nothing', async () => {
    const file = join(dir, 'faute-de-frappe.sqlite');
    const { code, stderr } = await refused('--db', file);
    expect(code).toBe(1);
    expect(stderr).toContain(`Le registre « ${file} » n'existe pas`);
    expect(stderr).toContain('registre init');
    expect(existsSync(file)).toBe(false);
    expect(existsSync(`${file}.lock`)).toBe(false);
  }, 300_000);

  it('refuses a mistyped option in French, with the options it knows, and creates nothing', async () => {
    const file = join(dir, 'option.sqlite');
    const { code, stderr } = await refused('--dbb', file);
    expect(code).toBe(1);
    expect(stderr).toContain('Option --dbb inconnue pour cette commande ; ses options : --db, --new, --port.');
    expect(stderr).toContain('Usage : npm run serve');
    expect(stderr).not.toMatch(/Unknown option/);
    expect(existsSync(file)).toBe(false);
  }, 300_000);

  it('creates it empty with --new', async () => {
    const file = join(dir, 'nouveau.sqlite');
    const child = serve('--db', file, '--new');
    try {
      const first = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout }).once('line', resolve);
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const match = /^Registre : http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]+)$/.exec(first);
      const r = await send(Number(match?.[1]), '/api/sessions:list', {
        method: 'POST',
        headers: { Authorization: `Bearer ${match?.[2] ?? ''}`, 'Content-Type': 'application/json' },
        body: '{}',
      });
      expect(JSON.parse(r.body)).toEqual({ ok: true, value: [] });
    } finally {
      // The signal, if the process died of one instead of stopping cleanly, says which.
      const exited = new Promise<number | string | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  }, 300_000);
});

describe('npm start on a fresh machine', () => {
  it('creates the user data folder before its lock and register, and prints the URL line', async () => {
    const home = join(dir, 'maison-vide');
    // No --db: the app's own register, in a user folder that does not exist yet (Linux, Windows, macOS variables).
    const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), APPDATA: join(home, 'AppData', 'Roaming') };
    delete env.REGISTRE_DB;
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host/serve.ts', '--port', '0'], {
      cwd: join(import.meta.dirname, '..', '..'),
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    try {
      const first = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout }).once('line', resolve);
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
      });
      expect(first).toMatch(/^Registre : http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+$/);
      expect(existsSync(join(home, '.config', 'Registre', 'registre.sqlite'))).toBe(true);
      expect(existsSync(join(home, '.config', 'Registre', 'registre.sqlite.lock'))).toBe(true);
    } finally {
      // The signal, if the process died of one instead of stopping cleanly, says which.
      const exited = new Promise<number | string | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });
});

describe('contract client over the host', () => {
  it('makes typed calls and reports a wrong token as an error, not a throw', async () => {
    const { createClient, httpTransport } = await import('../../shared/contract/client');
    const client = createClient(httpTransport(host.origin, host.token));
    const acts = await client.call('session:acts', { body: 'CP', date: '2023-10-16' });
    expect(acts.ok && acts.value.acts.length).toBe(16);
    const shown = await client.call('act:show', { body: 'CP', date: '2023-10-16', act: 'G25' });
    expect(shown.ok && shown.value.quorum.figures).toBe('33 + 3 ≥ 24');
    const refused = await createClient(httpTransport(host.origin, 'faux')).call('sessions:list', {});
    expect(refused).toMatchObject({ ok: false, error: { type: 'validation', field: 'token' } });
    const down = await createClient(httpTransport('http://127.0.0.1:1', host.token)).call('sessions:list', {});
    expect(down).toMatchObject({ ok: false, error: { type: 'internal' } });
  });
});

describe('host without a built renderer', () => {
  it('says the interface is not built, and still serves the API', async () => {
    const bare = await startHost({ db, staticDir: join(dir, 'absent') });
    try {
      const page = await send(bare.port, '/');
      expect(page.status).toBe(404);
      expect(page.body).toContain("L'interface n'est pas construite");
      expect(page.body).toContain('npm run build:renderer');
      const r = await send(bare.port, '/api/sessions:list', {
        method: 'POST',
        headers: { Authorization: `Bearer ${bare.token}`, 'Content-Type': 'application/json' },
        body: '{}',
      });
      expect(r.status).toBe(200);
      expect(bare.token).not.toBe(host.token);
    } finally {
      await bare.close();
    }
  });
});
