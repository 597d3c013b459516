import iconv from 'iconv-lite';
import { validationError } from '../../../shared/domain/errors';

/** One data row of a spreadsheet file: its line number in the file (the header is line 1) and its cells by column. */
export interface SpreadsheetRow {
  line: number;
  cells: Map<string, string>;
}

/**
 * Reads a CSV file saved by a spreadsheet: UTF-8 (with or without BOM) or, failing that,
 * Windows-1252 (Excel's « CSV (séparateur : point-virgule) » on a French Windows); « ; » or « , »
 * as the header line uses; quoted cells may hold the separator, quotes ("") and line breaks.
 * Column names are compared without case, accents or spaces (« Prénom » = « prenom »).
 */
export function readSpreadsheetCsv(bytes: Uint8Array): { columns: string[]; rows: SpreadsheetRow[] } {
  const text = decode(bytes);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const separator = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records = parse(text, separator).filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [header, ...data] = records;
  if (header === undefined) throw validationError('Fichier vide : la première ligne doit nommer les colonnes.', 'file');
  const columns = header.cells.map(columnKey);
  return {
    columns,
    rows: data.map((r) => ({ line: r.line, cells: new Map(columns.map((c, i) => [c, (r.cells[i] ?? '').trim()])) })),
  };
}

/** « Prénom » → « prenom », « Début » → « debut »: how a column is named in code. */
export const columnKey = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // Not UTF-8: the spreadsheet wrote the Windows code page.
    return iconv.decode(Buffer.from(bytes), 'windows-1252');
  }
}

/** RFC 4180 records, each with the file line it starts on. */
function parse(text: string, separator: string): { line: number; cells: string[] }[] {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === separator) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      records.push({ line: start, cells: [...cells, cell] });
      cells = [];
      cell = '';
      line++;
      start = line;
    } else cell += ch;
  }
  if (cell !== '' || cells.length > 0) records.push({ line: start, cells: [...cells, cell] });
  return records;
}
