import { realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/**
 * How the renderer's files are served, the same through both doors (the local HTTP host and
 * Electron's app:// protocol): one Content-Security-Policy and one path check.
 */
export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

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

