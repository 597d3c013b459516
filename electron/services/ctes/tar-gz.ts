import { gzipSync } from 'node:zlib';
import { validationError } from '../../../shared/domain/errors';

/*
 * A minimal tar writer (POSIX ustar, regular files only) gzip-compressed with Node's zlib: what
 * the @ctes archive form needs, without a dependency. Entries keep their order; `mtime` is
 * given so that the same files give the same bytes.
 */

const BLOCK = 512;

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\0`;
}

function header(name: string, size: number, mtime: Date): Buffer {
  const bytes = Buffer.from(name, 'utf8');
  if (bytes.length > 100) throw validationError(`Archive : nom de fichier « ${name} » de plus de 100 octets.`, 'name');
  const h = Buffer.alloc(BLOCK);
  bytes.copy(h, 0);
  h.write(octal(0o644, 8), 100, 'latin1');
  h.write(octal(0, 8), 108, 'latin1');
  h.write(octal(0, 8), 116, 'latin1');
  h.write(octal(size, 12), 124, 'latin1');
  h.write(octal(Math.floor(mtime.getTime() / 1000), 12), 136, 'latin1');
  h.write('        ', 148, 'latin1');
  h.write('0', 156, 'latin1');
  h.write('ustar\0', 257, 'latin1');
  h.write('00', 263, 'latin1');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  return h;
}

/** A .tar.gz holding `files` in order, each dated `mtime`. */
export function tarGz(files: readonly { name: string; bytes: Uint8Array }[], mtime: Date): Uint8Array {
  const parts: Buffer[] = [];
  for (const f of files) {
    parts.push(header(f.name, f.bytes.length, mtime), Buffer.from(f.bytes));
    const pad = (BLOCK - (f.bytes.length % BLOCK)) % BLOCK;
    if (pad > 0) parts.push(Buffer.alloc(pad));
  }
  parts.push(Buffer.alloc(2 * BLOCK));
  return new Uint8Array(gzipSync(Buffer.concat(parts)));
}
