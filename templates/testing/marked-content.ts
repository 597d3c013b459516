/** A marked-content sequence of a content stream: its tag and its MCID, when it has one. */
interface Marking {
  tag: string;
  mcid: number | null;
}

/** What a page's content stream says of its tagging. */
export interface ContentMarking {
  /** Painting operators (text, images, forms, paths, shadings) outside every marked-content sequence. */
  unmarked: string[];
  /** The MCIDs of the page's marked content, in stream order. */
  mcids: number[];
}

const PAINTING = new Set(['Tj', 'TJ', "'", '"', 'Do', 'sh', 'EI', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'S', 's']);
const DELIMITERS = '()<>[]{}/%';
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;

/**
 * Reads a content stream token by token (strings, hex strings, dictionaries, inline images
 * skipped whole) and says which painting operators stand outside marked content — PDF/UA and
 * PDF/A-2a want every mark on a page either tagged or an /Artifact — and which MCIDs it uses.
 */
export function readMarkedContent(stream: Uint8Array): ContentMarking {
  const text = Buffer.from(stream).toString('latin1');
  const stack: Marking[] = [];
  const unmarked: string[] = [];
  const mcids: number[] = [];
  let operands: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
    } else if (text[i] === '%') {
      while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
    } else if (text[i] === '(') {
      let depth = 0;
      do {
        if (text[i] === '\\') i++;
        else if (text[i] === '(') depth++;
        else if (text[i] === ')') depth--;
        i++;
      } while (i < n && depth > 0);
      operands.push('(string)');
    } else if (text.startsWith('<<', i) || text.startsWith('>>', i)) {
      operands.push(text.slice(i, i + 2));
      i += 2;
    } else if (text[i] === '<') {
      i = text.indexOf('>', i) + 1 || n;
      operands.push('<hex>');
    } else if ('[]{}'.includes(text[i] ?? '')) {
      operands.push(text[i] ?? '');
      i++;
    } else {
      const start = i;
      i++;
      while (i < n && !isSpace(text.charCodeAt(i)) && !DELIMITERS.includes(text[i] ?? '')) i++;
      const token = text.slice(start, i);
      if (token.startsWith('/') || /^[+-]?(\d+\.?\d*|\.\d+)$/.test(token) || token === 'true' || token === 'false' || token === 'null') {
        operands.push(token);
        continue;
      }
      if (token === 'BMC' || token === 'BDC') {
        const at = operands.indexOf('/MCID');
        const mcid = at === -1 ? null : Number(operands[at + 1]);
        if (mcid !== null) mcids.push(mcid);
        stack.push({ tag: operands[0] ?? '', mcid });
      } else if (token === 'EMC') {
        stack.pop();
      } else if (token === 'ID') {
        // Inline image data, up to « EI » standing alone.
        const end = /\sEI(?=\s|$)/g;
        end.lastIndex = i;
        i = end.exec(text) === null ? n : end.lastIndex;
        if (stack.length === 0) unmarked.push('BI');
      } else if (PAINTING.has(token) && stack.length === 0) {
        unmarked.push(token);
      }
      operands = [];
    }
  }
  return { unmarked, mcids };
}
