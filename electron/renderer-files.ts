import { randomBytes } from 'node:crypto';
import { realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/**
 * How the renderer's files are served, the same through both doors (the local HTTP host and
 * Electron's app:// protocol): one Content-Security-Policy and one path check.
 */
const directives = (styleSrc: string) => [
  "default-src 'self'",
  "script-src 'self'",
  `style-src ${styleSrc}`,
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The CSP of every file but the page itself: only the app's own files. */
export const RENDERER_CSP = directives("'self'");

/**
 * A renderer file as one response sends it. The page (index.html) gets a fresh nonce: react-aria
 * injects a small `<style>` (touch-action, overscroll) that it marks with the nonce of the page's
 * `csp-nonce` meta, so the CSP allows that style and no other inline one (never 'unsafe-inline').
 */
export function rendererResponse(file: string, bytes: Buffer): { body: Buffer; csp: string } {
  if (!file.endsWith('.html')) return { body: bytes, csp: RENDERER_CSP };
  const nonce = randomBytes(18).toString('base64');
  const html = bytes.toString('utf8').replace('<head>', `<head>\n    <meta property="csp-nonce" nonce="${nonce}" />`);
  return { body: Buffer.from(html, 'utf8'), csp: directives(`'self' 'nonce-${nonce}'`) };
}

/**
 * The file under `root` that a URL path names, or null: no `..` segment (raw or %-encoded), no
 * backslash or NUL, and the real path (symbolic links resolved) must stay inside the real root.
 * "/" names index.html.
 */
export function resolveStatic(root: string, rawPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (!path.startsWith('/') || path.includes('\0') || path.includes('\\')) return null;
  const segments = path.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.' || s.includes(':'))) return null;
  if (segments.length === 0) segments.push('index.html');
  try {
    const realRoot = realpathSync(root);
    const real = realpathSync(join(realRoot, ...segments));
    if (!real.startsWith(realRoot + sep)) return null;
    return statSync(real).isFile() ? real : null;
  } catch {
    return null;
  }
}

