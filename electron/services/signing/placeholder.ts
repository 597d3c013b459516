import { type PDF, type PDFPage, PdfArray, PdfDict, PdfName, PdfNumber, PdfRef, PdfString } from '@libpdf/core';
import { AppError } from '../../../shared/domain/errors';
import type { BlockRect } from './appearance';
import type { ByteRange } from './byte-range';
import { formatPdfDate } from './dates';

/** What goes in the signature dictionary besides the placeholders. */
export interface SignatureDictionaryEntries {
  signingTime: Date;
  reason?: string | undefined;
  location?: string | undefined;
  /** Bytes reserved for the DER CMS; the hex string in the file is twice as long. */
  contentsSize: number;
}

/** Where the placeholders ended up in the saved file, and the /ByteRange they define. */
export interface PlaceholderPositions {
  byteRange: ByteRange;
  /** Offset of the first hex digit of /Contents and the number of hex digits. */
  contentsStart: number;
  contentsLength: number;
}

// Ten digits each: the numbers patched in later must fit in the same bytes (files up to 9.9 GB).
const BYTE_RANGE_PLACEHOLDER = 9_999_999_999;
const BYTE_RANGE_TEXT = `[0 ${BYTE_RANGE_PLACEHOLDER} ${BYTE_RANGE_PLACEHOLDER} ${BYTE_RANGE_PLACEHOLDER}]`;
// Print + Locked (ISO 32000 §12.5.3): the widget is printed with the page and cannot be moved.
const WIDGET_FLAGS = 4 | 128;

const pdfNumbers = (numbers: number[]) => new PdfArray(numbers.map((n) => PdfNumber.of(n)));

const internal = (detail: string) =>
  new AppError('internal', `La signature n'a pas pu être préparée dans le PDF (${detail}).`);

function uniqueFieldName(doc: PDF): string {
  const taken = new Set((doc.getForm()?.getFields() ?? []).map((field) => field.name));
  let n = 1;
  while (taken.has(`Signature${n}`)) n++;
  return `Signature${n}`;
}

function annotationsOf(doc: PDF, page: PDFPage): PdfArray {
  const existing = page.dict.get('Annots');
  const resolved = existing instanceof PdfRef ? doc.getObject(existing) : existing;
  // A fresh direct array replaces a possibly shared indirect one, so that only this page changes.
  return new PdfArray(resolved instanceof PdfArray ? resolved.toArray() : []);
}

/**
 * Adds to `doc` a signature field whose widget covers `rect` on `page` (an empty appearance: the
 * visible text is in the page content), and its signature dictionary with a /ByteRange and a
 * /Contents placeholder to be filled once the file is saved. Returns the field's widget.
 */
export function addSignatureField(
  doc: PDF,
  page: PDFPage,
  rect: BlockRect,
  entries: SignatureDictionaryEntries,
): PdfRef {
  const signature = PdfDict.of({
    Type: PdfName.of('Sig'),
    Filter: PdfName.of('Adobe.PPKLite'),
    SubFilter: PdfName.of('ETSI.CAdES.detached'),
    ByteRange: pdfNumbers([0, BYTE_RANGE_PLACEHOLDER, BYTE_RANGE_PLACEHOLDER, BYTE_RANGE_PLACEHOLDER]),
    Contents: PdfString.fromHex('00'.repeat(entries.contentsSize)),
    M: PdfString.fromString(formatPdfDate(entries.signingTime)),
  });
  if (entries.reason) signature.set('Reason', PdfString.fromString(entries.reason));
  if (entries.location) signature.set('Location', PdfString.fromString(entries.location));

  const appearance = doc.createStream(
    { Type: PdfName.of('XObject'), Subtype: PdfName.of('Form'), BBox: pdfNumbers([0, 0, rect.width, rect.height]) },
    new Uint8Array(),
  );
  const field = doc.getOrCreateForm().createSignatureField(uniqueFieldName(doc));
  const fieldRef = field.getRef();
  if (fieldRef === null) throw internal('champ de signature sans référence');
  // One dictionary serves as field and widget, the form readers expect for signatures.
  const widget = field.getDict();
  widget.delete('Kids');
  widget.set('Type', PdfName.of('Annot'));
  widget.set('Subtype', PdfName.of('Widget'));
  widget.set('F', PdfNumber.of(WIDGET_FLAGS));
  widget.set('P', page.ref);
  widget.set('Rect', pdfNumbers([rect.x, rect.y, rect.x + rect.width, rect.y + rect.height]));
  widget.set('AP', PdfDict.of({ N: appearance }));
  widget.set('V', doc.register(signature));

  const annotations = annotationsOf(doc, page);
  annotations.push(fieldRef);
  page.dict.set('Annots', annotations);
  return fieldRef;
}

/** The only occurrence of `needle` in `haystack` from `from` on, or -1 when absent or repeated. */
function uniqueIndex(haystack: Buffer, needle: string, from: number): number {
  const index = haystack.indexOf(needle, from, 'latin1');
  if (index === -1 || haystack.indexOf(needle, index + 1, 'latin1') !== -1) return -1;
  return index;
}

/**
 * Finds the placeholders in the saved file (searching only the part written by this save) and
 * writes the real /ByteRange in place, padded with spaces to keep every offset unchanged.
 */
export function fillByteRange(
  saved: Uint8Array,
  searchFrom: number,
  contentsSize: number,
): PlaceholderPositions {
  const buffer = Buffer.from(saved.buffer, saved.byteOffset, saved.length);
  const byteRangeStart = uniqueIndex(buffer, BYTE_RANGE_TEXT, searchFrom);
  const contentsHex = `<${'0'.repeat(contentsSize * 2)}>`;
  const contentsAt = uniqueIndex(buffer, contentsHex, searchFrom);
  if (byteRangeStart === -1 || contentsAt === -1) throw internal('emplacements réservés introuvables');

  const afterContents = contentsAt + contentsHex.length;
  const byteRange: ByteRange = [0, contentsAt, afterContents, saved.length - afterContents];
  const text = `[0 ${byteRange[1]} ${byteRange[2]} ${byteRange[3]}`;
  buffer.write(`${text.padEnd(BYTE_RANGE_TEXT.length - 1, ' ')}]`, byteRangeStart, 'latin1');
  return {
    byteRange,
    contentsStart: contentsAt + 1,
    contentsLength: contentsSize * 2,
  };
}

/** Writes the DER CMS into the /Contents placeholder, zero-padded as ISO 32000 allows. */
export function embedSignature(saved: Uint8Array, positions: PlaceholderPositions, cms: Uint8Array): void {
  const hex = Buffer.from(cms).toString('hex').toUpperCase();
  if (hex.length > positions.contentsLength) throw internal('signature plus grande que la place réservée');
  Buffer.from(saved.buffer, saved.byteOffset, saved.length).write(
    hex.padEnd(positions.contentsLength, '0'),
    positions.contentsStart,
    'latin1',
  );
}
