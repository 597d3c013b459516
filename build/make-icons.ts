import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';

/*
 * `npx tsx build/make-icons.ts`: draws the app's icon (a register's page on a deep blue tile, with a
 * ribbon bookmark) as a one-page vector PDF with pdfkit, rasterizes it with poppler's pdftocairo
 * (transparent corners) to build/icon.png and build/icons/<n>x<n>.png, and wraps the Windows sizes
 * in build/icon.ico. The images are committed: the packaging needs no drawing tool.
 */

const BUILD = fileURLToPath(new URL('.', import.meta.url));
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
const SIDE = 512;

function iconPdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: [SIDE, SIDE], margin: 0, info: { Title: 'Registre', CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.roundedRect(16, 16, 480, 480, 96).fill('#1f3a5f');
  doc.roundedRect(136, 92, 240, 328, 14).fill('#ffffff');
  // Lines of text; the first two stop short of the ribbon.
  for (const [i, width] of [128, 128, 176, 140, 176, 104].entries()) {
    doc.rect(168, 150 + i * 38, width, 12).fill('#8a9bb0');
  }
  // The ribbon: a bookmark hanging from the top of the page.
  doc.polygon([316, 92], [352, 92], [352, 196], [334, 178], [316, 196]).fill('#c0392b');
  doc.end();
  return done;
}

/** An ICO file holding the given PNG images (PNG entries: Windows Vista and later). */
export function icoFromPngs(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  const entries: Buffer[] = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    entries.push(entry);
    offset += png.length;
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'registre-icons-'));
  try {
    const pdf = join(work, 'icon.pdf');
    writeFileSync(pdf, await iconPdf());
    mkdirSync(join(BUILD, 'icons'), { recursive: true });
    const pngs = new Map<number, Buffer>();
    for (const size of LINUX_SIZES) {
      const stem = join(work, `icon-${size}`);
      execFileSync('pdftocairo', ['-png', '-transp', '-singlefile', '-scale-to', String(size), pdf, stem]);
      const png = readFileSync(`${stem}.png`);
      pngs.set(size, png);
      writeFileSync(join(BUILD, 'icons', `${size}x${size}.png`), png);
    }
    writeFileSync(join(BUILD, 'icon.png'), pngs.get(512) as Buffer);
    writeFileSync(join(BUILD, 'icon.ico'), icoFromPngs(ICO_SIZES.map((size) => ({ size, png: pngs.get(size) as Buffer }))));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await main();
