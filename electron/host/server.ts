import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { MAX_ANNEX_UPLOAD_BYTES } from '../../shared/contract/channels/acts';
import type { ErrorType, Result } from '../../shared/domain/errors';
import type { Db } from '../db/open';
import { RENDERER_CSP, rendererResponse, resolveStatic } from '../renderer-files';
import { appFile } from '../resources';
import { isOpeningChannel } from '../../shared/contract/channels/opening';
import { AppError } from '../../shared/domain/errors';
import { isShared } from '../db/register';
import { handle } from '../door/dispatch';
import type { OpenShared } from '../door/opening';
import { answerOpening } from '../door/opening';
import { KnownSharedRegisters } from '../services/register/known-shared-registers';

/*
 * The HTTP door: the same contract as the Electron IPC, for a browser on the same machine.
 * Defences, all here: bound to 127.0.0.1 only; a per-run secret token on every API call
 * (`Authorization: Bearer <token>`); the Host header must name this very server (DNS rebinding);
 * a request with a foreign Origin is refused; no CORS headers; a strict CSP; static files only
 * from the built renderer folder, after a path check that also resolves symbolic links.
 *
 * The token reaches the page through the URL printed at start (`/?token=…`): the page itself is
 * public (it holds no data), the renderer's contract client reads the token from `location` and
 * keeps it in the tab's sessionStorage, so that a reload keeps the session; it dies with the tab
 * and the host's run (no cookie, nothing on disk beyond the browser's session). `Referrer-Policy:
 * no-referrer` keeps the URL, token included, from leaking.
 */

/** The built renderer, served as static files. */
export const DEFAULT_STATIC_DIR = appFile('dist-renderer');

/** Largest API request body accepted, in bytes. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Channels that carry a whole file, with their own body limit: an annex PDF of up to 150 MB, in base64. */
const LARGE_BODY_CHANNELS: Record<string, number> = { 'act-annex:add': MAX_ANNEX_UPLOAD_BYTES };

export interface HostOptions {
  db: Db;
  /** 0 (the default) picks a free port. */
  port?: number;
  staticDir?: string;
  /** The clock given to the services (documents are dated with it). */
  now?: () => Date;
  /** Only for tests; a fresh random token otherwise. */
  token?: string;
  /**
   * Replaces the register served by the shared one at `url` (« Ouvrir un registre partagé »):
   * resolves to the new connection once the old one is closed. Left out, the host refuses.
   */
  reopen?: (url: string, password: string | undefined) => Promise<Db>;
  /** The shared registers opened from this computer; the host has no keychain: it keeps no password. */
  known?: KnownSharedRegisters;
}

export interface RunningHost {
  /** The URL to open, token included: `http://127.0.0.1:<port>/?token=<token>`. */
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': RENDERER_CSP,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

const STATUS_OF: Record<ErrorType, number> = { validation: 400, not_found: 404, conflict: 409, locked: 423, internal: 500 };

/** Starts the host on 127.0.0.1; resolves once it listens. */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const expected = Buffer.from(token);
  const now = options.now ?? (() => new Date());
  const staticDir = options.staticDir ?? DEFAULT_STATIC_DIR;
  const known = options.known ?? new KnownSharedRegisters(null);
  let db = options.db;
  let port = 0;

  const openShared: OpenShared = async (url, password) => {
    if (options.reopen === undefined) throw new AppError('validation', 'Ce serveur local sert un seul registre : relancez-le avec --db pour en ouvrir un autre.', 'db');
    db = await options.reopen(url, password);
    return { file: db.name, shared: isShared(db) };
  };

  const server = createServer((req, res) => {
    serve(req, res).catch((e: unknown) => {
      console.error('[host]', e);
      if (!res.headersSent) sendText(res, 500, 'Erreur interne du serveur local.');
      else res.destroy();
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      return sendText(res, 421, 'Hôte refusé : ce serveur ne répond qu’à 127.0.0.1 et localhost.');
    }
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${host}`) {
      return sendText(res, 403, 'Origine refusée : seule la page servie par ce registre peut l’appeler.');
    }
    const rawPath = (req.url ?? '/').split('?')[0] ?? '/';
    if (rawPath.startsWith('/api/')) return api(req, res, rawPath.slice('/api/'.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Méthode non autorisée.', { Allow: 'GET, HEAD' });
    return staticFile(req, res, rawPath);
  }

  async function api(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    if (!authorized(req.headers.authorization)) {
      return sendJson(res, 401, fail('validation', 'Jeton absent ou invalide : ouvrez le registre par l’adresse affichée au lancement.', 'token'), {
        'WWW-Authenticate': 'Bearer',
      });
    }
    if (req.method !== 'POST') return sendJson(res, 405, fail('validation', 'Méthode non autorisée : utilisez POST.'), { Allow: 'POST' });
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') {
      return sendJson(res, 415, fail('validation', 'Le corps de la requête doit être du JSON (Content-Type: application/json).', 'content-type'));
    }
    let name: string;
    try {
      name = decodeURIComponent(channel);
    } catch {
      name = channel;
    }
    const limit = LARGE_BODY_CHANNELS[name] ?? MAX_BODY_BYTES;
    const body = await readBody(req, limit);
    if (body === 'too-large') {
      return sendJson(res, 413, fail('validation', `Requête trop volumineuse (plus de ${limit} octets).`), { Connection: 'close' });
    }
    let payload: unknown;
    try {
      payload = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return sendJson(res, 400, fail('validation', 'Le corps de la requête n’est pas du JSON valide.'));
    }
    const result = isOpeningChannel(name) ? await answerOpening(name, payload, openShared, known, db.name) : await handle(db, name, payload, now());
    return sendJson(res, result.ok ? 200 : STATUS_OF[result.error.type], result);
  }

  function authorized(header: string | undefined): boolean {
    const match = /^Bearer ([A-Za-z0-9_-]+)$/.exec(header ?? '');
    if (match?.[1] === undefined) return false;
    const given = Buffer.from(match[1]);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  async function staticFile(req: IncomingMessage, res: ServerResponse, rawPath: string): Promise<void> {
    const file = resolveStatic(staticDir, rawPath);
    if (file === null && resolveStatic(staticDir, '/') === null) {
      return sendText(res, 404, `L'interface n'est pas construite : ${join(staticDir, 'index.html')} est absent. Construisez-la avec « npm run build:renderer » (ou lancez « npm start », qui la construit), puis rechargez la page. L'API reste disponible.`);
    }
    if (file === null) return sendText(res, 404, 'Page introuvable.');
    const { body, csp } = rendererResponse(file, await readFile(file));
    const headers = {
      'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': String(body.length),
      'Cache-Control': 'no-store',
      'Content-Security-Policy': csp,
    };
    res.writeHead(200, { ...SECURITY_HEADERS, ...headers });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function fail(type: ErrorType, message: string, field?: string): Result<never> {
  return { ok: false, error: field === undefined ? { type, message } : { type, message, field } };
}

function sendJson(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(text);
}

function sendText(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(text);
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > limit) return 'too-large';
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) return 'too-large';
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
