import type { Alignment, Run } from '../model';
import type { FontFace } from './fonts';

/** How a piece of text is drawn. `risePt` lifts superscripts above the baseline. */
export interface InlineStyle {
  face: FontFace;
  sizePt: number;
  underline: boolean;
  risePt: number;
}

/** Text drawn in one call, `xPt` from the left of the line box. */
export interface PlacedFragment {
  text: string;
  style: InlineStyle;
  xPt: number;
  widthPt: number;
}

export type Measure = (text: string, style: InlineStyle) => number;

interface Piece {
  text: string;
  style: InlineStyle;
  widthPt: number;
}

/** Pieces printed without a break opportunity between them, e.g. "1" and a superscript "er". */
interface Word {
  pieces: Piece[];
  widthPt: number;
}

/** Lines may break between two tokens; two words in a row meet after a compound's hyphen. */
type Token =
  | { kind: 'word'; word: Word }
  /** Breakable spaces; dropped when a line wraps there. */
  | { kind: 'space'; pieces: Piece[] }
  | { kind: 'newline' };

type Segment = { kind: 'word'; word: Word } | { kind: 'space'; pieces: Piece[] };

const NEWLINE = 10;
const SPACE = 32;
const TAB = 9;
const isBlank = (code: number): boolean => code === SPACE || code === TAB;

/**
 * Where the piece of `text` starting at `start` ends: a newline alone, a row of spaces and tabs,
 * or a row of anything else. Only U+0020 and tabs break lines: U+00A0 and U+202F bind
 * "16 octobre" and "« guillemets »". Scanned by hand: a regular expression's match was an array a
 * word, the most allocated object of a book.
 */
function pieceEnd(text: string, start: number): number {
  const first = text.charCodeAt(start);
  if (first === NEWLINE) return start + 1;
  let end = start + 1;
  if (isBlank(first)) while (end < text.length && isBlank(text.charCodeAt(end))) end++;
  else
    while (end < text.length) {
      const code = text.charCodeAt(end);
      if (code === NEWLINE || isBlank(code)) break;
      end++;
    }
  return end;
}
// A line may end after the hyphen of "LIEU-DIT" or "083-228300018-…"; no hyphen is ever added.
const AFTER_HYPHEN = /(?<=[\p{L}\p{N}]-)(?=[\p{L}\p{N}])/u;

/**
 * Breaks `runs` into lines of at most `widthPt` points (greedy, as Word does) and places their
 * fragments. A word wider than a whole line is cut between characters as a last resort. With
 * `place` false, only the lines are counted: each comes back empty (a measuring pass).
 */
export function breakLines(
  runs: readonly Run[],
  styleOf: (run: Run) => InlineStyle,
  widthPt: number,
  align: Alignment,
  measure: Measure,
  place = true,
): PlacedFragment[][] {
  const lines: PlacedFragment[][] = [];
  let line: Segment[] = [];
  let lineWidth = 0;
  // Whether `line` holds a word yet (not only spaces).
  let lineHasWord = false;
  // Spaces seen since the last word: kept only if another word follows on the same line.
  let pendingSpace: Piece[] = [];

  const finish = (isLastOfParagraph: boolean): void => {
    lines.push(place ? placeLine(line, lineWidth, widthPt, align, isLastOfParagraph) : []);
    line = [];
    lineWidth = 0;
    lineHasWord = false;
  };

  for (const token of tokenize(runs, styleOf, measure)) {
    if (token.kind === 'newline') {
      finish(true);
      pendingSpace = [];
    } else if (token.kind === 'space') {
      pendingSpace = pendingSpace.length === 0 ? token.pieces : [...pendingSpace, ...token.pieces];
    } else {
      const space = pendingSpace;
      const spaceWidth = sumWidths(space);
      pendingSpace = [];
      if (lineHasWord && lineWidth + spaceWidth + token.word.widthPt > widthPt) {
        finish(false);
      } else if (space.length > 0) {
        // Leading spaces of a paragraph are printed; spaces where a line wraps are not.
        line.push({ kind: 'space', pieces: space });
        lineWidth += spaceWidth;
      }
      let word = token.word;
      while (!lineHasWord && lineWidth + word.widthPt > widthPt) {
        const [head, rest] = cutWord(word, widthPt - lineWidth, measure);
        if (rest === null) break;
        line.push({ kind: 'word', word: head });
        lineWidth += head.widthPt;
        finish(false);
        word = rest;
      }
      line.push({ kind: 'word', word });
      lineWidth += word.widthPt;
      lineHasWord = true;
    }
  }
  finish(true);
  return lines;
}

/**
 * The tokens of `runs`, each piece measured. An array, not a generator: a paragraph's tokens are
 * few, and a generator object for every word was a tenth of the time of a book.
 */
function tokenize(runs: readonly Run[], styleOf: (run: Run) => InlineStyle, measure: Measure): Token[] {
  const tokens: Token[] = [];
  let word: Word | null = null;
  for (const run of runs) {
    const style = styleOf(run);
    const source = run.text;
    for (let start = 0, end = 0; start < source.length; start = end) {
      end = pieceEnd(source, start);
      const text = source.slice(start, end);
      if (text === '\n') {
        if (word !== null) tokens.push({ kind: 'word', word });
        word = null;
        tokens.push({ kind: 'newline' });
      } else if (text[0] === ' ' || text[0] === '\t') {
        // A tab has no glyph in the font: it is printed as a space.
        const spaces = text.includes('\t') ? text.replace(/\t/g, ' ') : text;
        const piece = { text: spaces, style, widthPt: measure(spaces, style) };
        if (word !== null && word.pieces[word.pieces.length - 1]!.text.endsWith('-')) {
          // "Laugiers - Îlot" must not wrap after "-": read back, "-" at a line end is a word
          // broken at its hyphen and the lines are joined without a space.
          word.pieces.push(piece);
          word.widthPt += piece.widthPt;
          continue;
        }
        if (word !== null) tokens.push({ kind: 'word', word });
        word = null;
        tokens.push({ kind: 'space', pieces: [piece] });
      } else {
        const parts = text.includes('-') ? text.split(AFTER_HYPHEN) : [text];
        for (const [index, part] of parts.entries()) {
          if (index > 0 && word !== null) {
            tokens.push({ kind: 'word', word });
            word = null;
          }
          const piece = { text: part, style, widthPt: measure(part, style) };
          word ??= { pieces: [], widthPt: 0 };
          word.pieces.push(piece);
          word.widthPt += piece.widthPt;
        }
      }
    }
  }
  if (word !== null) tokens.push({ kind: 'word', word });
  return tokens;
}

function sumWidths(pieces: readonly Piece[]): number {
  return pieces.reduce((total, piece) => total + piece.widthPt, 0);
}

/** Splits `word` after the most characters that fit in `availablePt` (at least one). */
function cutWord(word: Word, availablePt: number, measure: Measure): [Word, Word | null] {
  const head: Piece[] = [];
  const rest: Piece[] = [];
  let used = 0;
  for (const piece of word.pieces) {
    const chars = Array.from(piece.text);
    let taken = 0;
    if (rest.length === 0) {
      while (taken < chars.length) {
        const charWidth = measure(chars[taken] ?? '', piece.style);
        if (used + charWidth > availablePt && (head.length > 0 || taken > 0)) break;
        used += charWidth;
        taken += 1;
      }
    }
    if (taken > 0) head.push(pieceOf(chars.slice(0, taken).join(''), piece.style, measure));
    if (taken < chars.length) rest.push(pieceOf(chars.slice(taken).join(''), piece.style, measure));
  }
  if (rest.length === 0) return [word, null];
  return [wordOf(head), wordOf(rest)];
}

function pieceOf(text: string, style: InlineStyle, measure: Measure): Piece {
  return { text, style, widthPt: measure(text, style) };
}

function wordOf(pieces: Piece[]): Word {
  return { pieces, widthPt: sumWidths(pieces) };
}

/** Positions a line's fragments; justified lines stretch the spaces between words. */
function placeLine(
  line: readonly Segment[],
  naturalWidthPt: number,
  widthPt: number,
  align: Alignment,
  isLastOfParagraph: boolean,
): PlacedFragment[] {
  const freePt = Math.max(0, widthPt - naturalWidthPt);
  // Leading spaces (a paragraph's indentation typed as spaces) are never stretched.
  let stretchable = 0;
  for (let index = 1; index < line.length; index++) if (line[index]!.kind === 'space') stretchable += 1;
  const extraPt = align === 'justify' && !isLastOfParagraph && stretchable > 0 ? freePt / stretchable : 0;
  let x = align === 'center' ? freePt / 2 : align === 'right' ? freePt : 0;
  const fragments: PlacedFragment[] = [];
  for (let index = 0; index < line.length; index++) {
    const segment = line[index]!;
    if (segment.kind === 'space' && extraPt > 0) {
      // Stretched spaces are left as gaps: PDF viewers and pdftotext read them as spaces.
      x += sumWidths(segment.pieces) + (index > 0 ? extraPt : 0);
      continue;
    }
    for (const piece of segment.kind === 'word' ? segment.word.pieces : segment.pieces) {
      appendFragment(fragments, piece, x);
      x += piece.widthPt;
    }
  }
  return fragments;
}

/** Adds `piece` at `xPt`, joining it to the previous fragment when it continues it in the same style. */
function appendFragment(fragments: PlacedFragment[], piece: Piece, xPt: number): void {
  const last = fragments[fragments.length - 1];
  if (last !== undefined && sameStyle(last.style, piece.style) && Math.abs(last.xPt + last.widthPt - xPt) < 1e-6) {
    last.text += piece.text;
    last.widthPt += piece.widthPt;
  } else {
    fragments.push({ text: piece.text, style: piece.style, xPt, widthPt: piece.widthPt });
  }
}

function sameStyle(a: InlineStyle, b: InlineStyle): boolean {
  return (
    a.face.family === b.face.family &&
    a.face.bold === b.face.bold &&
    a.face.italic === b.face.italic &&
    a.sizePt === b.sizePt &&
    a.underline === b.underline &&
    a.risePt === b.risePt
  );
}
