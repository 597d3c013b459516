import type { Session, WebContents } from 'electron';
import { BrowserWindow, protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { rendererResponse, resolveStatic } from './renderer-files';

/** The renderer is served from app://registre/, never from file:// nor from the network. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://registre`;

/**
 * The app's window: isolated, sandboxed, no Node in the page, no middle-click new windows, and
 * locked to the app's origin. The settings are written out here, literally, so that the security
 * scan (electronegativity, see security-scan.test.ts) reads them.
 */
export function createAppWindow(title: string, preload: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    title,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  lockNavigation(window.webContents);
  return window;
}

/** Must run before `app` is ready: app:// behaves like a secure, standard origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** Serves the built renderer on app://registre/ with the path check and the CSP of the HTTP host. */
export function serveRenderer(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'registre' ? resolveStatic(rendererDir, url.pathname) : null;
    if (file === null) return new Response('Introuvable', { status: 404 });
    const { body, csp } = rendererResponse(file, await readFile(file));
    return new Response(body, {
      headers: {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}

/** No permission (camera, notifications, geolocation…) is ever granted to the page. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** The window never navigates away from the app nor opens another one. */
function lockNavigation(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Only the app's own page may call the contract. */
export function isAppFrame(senderUrl: string | undefined): boolean {
  return senderUrl !== undefined && senderUrl.startsWith(`${APP_ORIGIN}/`);
}
