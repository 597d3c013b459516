import { deflateQuickly, type StreamReference } from './pdf-deflate';
import type { Pdf } from './pdf-measure';

/**
 * Gathers strings and hands them to `write` as one chunk of the bytes PDFKit would have made of
 * them one by one: each ended by a newline, the low byte of each UTF-16 unit kept (Latin-1).
 */
function lineBatch(write: (chunk: Uint8Array) => unknown): { add: (line: string) => void; flush: () => void } {
  let lines: string[] = [];
  return {
    add: (line) => void lines.push(line),
    flush: () => {
      if (lines.length > 0) write(Buffer.from(`${lines.join('\n')}\n`, 'latin1'));
      lines = [];
    },
  };
}

/** What PDFKit's page holds of what is drawn on it, members its types do not list. */
interface WritablePage {
  write(chunk: string | Uint8Array): void;
  content: StreamReference;
}

/**
 * Gathers what is drawn on the current page and hands it to PDFKit in one piece when the returned
 * function is called (before the next page is added), then deflates the page's content stream.
 * PDFKit turns each operator line it is given into bytes of its own, character by character: a
 * page of text is several hundred of them. The bytes are the same: PDFKit ends each string with a
 * newline and keeps the low byte of each UTF-16 unit, as Latin-1 encoding does.
 */
export function bufferPageContent(pdf: Pdf): () => void {
  const page = pdf.page as unknown as WritablePage;
  const write = page.write.bind(page);
  const batch = lineBatch(write);
  page.write = (chunk) => {
    if (typeof chunk === 'string') batch.add(chunk);
    else {
      batch.flush();
      write(chunk);
    }
  };
  return () => {
    batch.flush();
    deflateQuickly(page.content);
  };
}

/** What PDFKit's document does with each piece of the file, members its types do not list. */
interface WritableDocument {
  _write(data: string | Uint8Array): void;
  _offset: number;
  push(chunk: Uint8Array | null): boolean;
}

/**
 * Gathers the strings PDFKit writes to the file (object headers, dictionaries, the cross-reference
 * table: a dozen for each paragraph of a tagged PDF) and hands them to the stream in one piece
 * before the next binary chunk, at the end, or when the returned function is called. PDFKit
 * would turn each into bytes and push it down its stream on its own. Offsets are counted as
 * PDFKit counts them (a byte a UTF-16 unit and the newline it adds), so the cross-reference
 * table and the bytes are the same.
 */
export function batchDocumentWrites(pdf: Pdf): () => void {
  const doc = pdf as unknown as WritableDocument;
  const push = doc.push.bind(doc);
  const batch = lineBatch(push);
  const flush = batch.flush;
  doc._write = (data) => {
    if (typeof data === 'string') {
      batch.add(data);
      doc._offset += data.length + 1;
    } else {
      flush();
      push(data);
      doc._offset += data.length;
    }
  };
  doc.push = (chunk) => {
    flush();
    return push(chunk);
  };
  return flush;
}
