import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import yauzl from 'yauzl';

const execFileAsync = promisify(execFile);

export interface PdfTextOptions {
  /** `pdftotext -raw`: content-stream order, as the golden references were made. */
  raw: boolean;
  /** First and last 1-based pages to extract; all pages when unset. */
  firstPage?: number;
  lastPage?: number;
}

/** Text of a PDF as poppler's `pdftotext` reads it (UTF-8; pages end with a form feed). */
export async function pdfText(bytes: Uint8Array, options: PdfTextOptions): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'registre-pdftext-'));
  try {
    const file = join(dir, 'document.pdf');
    await writeFile(file, bytes);
    const args = [
      ...(options.raw ? ['-raw'] : []),
      ...(options.firstPage === undefined ? [] : ['-f', String(options.firstPage)]),
      ...(options.lastPage === undefined ? [] : ['-l', String(options.lastPage)]),
      '-enc',
      'UTF-8',
      file,
      '-',
    ];
    const { stdout } = await execFileAsync('pdftotext', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The text of one part of a zip package, e.g. 'word/document.xml' of a .docx. */
export function zipEntryText(bytes: Uint8Array, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (openError, zip) => {
      if (openError !== null) return reject(openError);
      zip.on('error', reject);
      zip.on('end', () => reject(new Error(`No ${path} in the package`)));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== path) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError !== null) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => {
            zip.close();
            resolve(Buffer.concat(chunks).toString('utf8'));
          });
        });
      });
      zip.readEntry();
    });
  });
}

/**
 * Text of a .docx body: paragraphs joined by "\n", runs concatenated, w:tab as "\t", w:br as
 * "\n"; in tables, cells separated by "\t" and rows by "\n".
 */
export async function docxText(bytes: Uint8Array): Promise<string> {
  return wordBodyText(await zipEntryText(bytes, 'word/document.xml'));
}

interface Container {
  /** Finished paragraphs, or whole tables, of a body or a cell. */
  items: string[];
  paragraph: string;
  /** Rows of the table being read in this container, each a list of cell texts. */
  rows: string[][];
}

const TOKEN = /<(\/?)w:(p|t|tab|tabs|br|tc|tr|tbl)(?=[\s/>])[^>]*?(\/?)>|<[^>]*>|([^<]+)/g;

function wordBodyText(xml: string): string {
  const stack: Container[] = [{ items: [], paragraph: '', rows: [] }];
  let inText = false;
  // <w:tab> also defines tab stops inside <w:tabs>, where it is no character.
  let inTabStops = false;
  for (const [, closing, name, selfClosing, text] of xml.matchAll(TOKEN)) {
    const top = stack[stack.length - 1]!;
    if (text !== undefined) {
      if (inText) top.paragraph += decodeXml(text);
    } else if (name === 't') {
      inText = closing === '' && selfClosing === '';
    } else if (name === 'tabs') {
      inTabStops = closing === '' && selfClosing === '';
    } else if (name === 'tab' && !inTabStops) {
      top.paragraph += '\t';
    } else if (name === 'br') {
      top.paragraph += '\n';
    } else if (name === 'p' && (closing === '/' || selfClosing === '/')) {
      top.items.push(top.paragraph);
      top.paragraph = '';
    } else if (name === 'tr' && closing === '') {
      top.rows.push([]);
    } else if (name === 'tc' && closing === '') {
      stack.push({ items: [], paragraph: '', rows: [] });
    } else if (name === 'tc' && closing === '/') {
      stack.pop();
      stack[stack.length - 1]!.rows.at(-1)?.push(top.items.join('\n'));
    } else if (name === 'tbl' && closing === '/') {
      top.items.push(top.rows.map((cells) => cells.join('\t')).join('\n'));
      top.rows = [];
    }
  }
  return stack[0]!.items.join('\n');
}

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, entity: string) => {
    if (entity[0] === '#') {
      return String.fromCodePoint(entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
    }
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[entity as 'lt' | 'gt' | 'amp' | 'quot' | 'apos'];
  });
}

/**
 * Reduces a text to what golden tests compare: NFC, ’ as ', conversion artefacts `**` and
 * `^{er}` reduced to their text, "Page N / M" lines removed, a line break after a hyphen
 * removed ("LIEU-\nDIT" → "LIEU-DIT"), every run of white space (U+00A0 and U+202F included)
 * made one space, trimmed.
 */
export function normalizeForGolden(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u2019/g, "'")
    .replace(/\*\*/g, '')
    .replace(/\^\{([^}]*)\}/g, '$1')
    .replace(/^[^\S\n]*Page \d+ \/ \d+[^\S\n]*$/gm, '')
    .replace(/-[^\S\n]*\n/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
