/*
 * The register's SQL is written once, for both engines: standard SQL where SQLite and PostgreSQL
 * agree (ON CONFLICT, coalesce, CAST…). What only SQLite spells its own way is turned into
 * PostgreSQL here, once per statement text: the placeholders (`?` and `@name` become `$n`),
 * `INSERT OR IGNORE`, `IS ?` (PostgreSQL's IS NOT DISTINCT FROM), json_extract, and the id of the
 * row an INSERT wrote (better-sqlite3's lastInsertRowid: RETURNING id), the case of `AS camelCase`.
 */

export interface PostgresSql {
  text: string;
  /** Names of `@name` placeholders, in `$n` order; empty for positional `?`s. */
  names: string[];
  /** An INSERT into a table with an `id` column: the text returns that id. */
  returnsId: boolean;
}

/** Splits `sql` into code and quoted parts (strings, identifiers, comments), code at even indexes. */
function parts(sql: string): string[] {
  const out: string[] = [];
  let code = '';
  let i = 0;
  while (i < sql.length) {
    const c = sql[i] as string;
    const close = c === "'" ? "'" : c === '"' ? '"' : sql.startsWith('--', i) ? '\n' : sql.startsWith('/*', i) ? '*/' : null;
    if (close === null) {
      code += c;
      i++;
      continue;
    }
    out.push(code);
    code = '';
    let end = sql.indexOf(close, i + 1 + (close === '*/' ? 1 : 0));
    // A quote doubled inside a literal is part of it.
    while (end !== -1 && close.length === 1 && close !== '\n' && sql[end + 1] === close) end = sql.indexOf(close, end + 2);
    const stop = end === -1 ? sql.length : end + close.length;
    out.push(sql.slice(i, stop));
    i = stop;
  }
  out.push(code);
  return out;
}

/** The statement in PostgreSQL's words; `idTables` are the tables whose rows have an `id`. */
export function toPostgres(sql: string, idTables: ReadonlySet<string>): PostgresSql {
  const names: string[] = [];
  let position = 0;
  const split = parts(sql);
  const code = split.filter((_, index) => index % 2 === 0);
  const uses = (name: string) => code.join(' ').split(new RegExp(`@${name}\\b`)).length - 1;
  const pieces = split.map((piece, index) => {
    if (index % 2 === 1) return piece;
    return (
      piece
        // PostgreSQL folds unquoted names to lower case: `AS firstName` keeps its case quoted.
        .replace(/\bAS\s+([a-z_]\w*[A-Z]\w*)/g, 'AS "$1"')
        .replace(/\bIS\s+NOT\s+\?/gi, 'IS DISTINCT FROM ?')
        .replace(/\bIS\s+\?/gi, 'IS NOT DISTINCT FROM ?')
        // `? IS NULL` alone gives PostgreSQL no type to infer: any type answers IS NULL alike.
        .replace(/(\?|@([A-Za-z_]\w*))(?=\s+IS\s+(?:NOT\s+)?NULL\b)/g, (match, _p: string, name: string | undefined) =>
          name === undefined || uses(name) === 1 ? `${match}::text` : match,
        )
      .replace(/\?|@([A-Za-z_]\w*)/g, (_match, name: string | undefined) => {
        if (name === undefined) return `$${++position}`;
        const known = names.indexOf(name);
        if (known !== -1) return `$${known + 1}`;
        names.push(name);
        return `$${names.length}`;
      })
    );
  });
  let text = pieces.join('');
  text = text.replace(/json_extract\(([\w.]+), '\$\.(\w+)'\)/g, "(($1)::jsonb ->> '$2')");
  const ignore = /^\s*INSERT\s+OR\s+IGNORE\s+INTO\b/i.test(text);
  if (ignore) text = `${text.replace(/^\s*INSERT\s+OR\s+IGNORE\s+INTO\b/i, 'INSERT INTO').replace(/;\s*$/, '')} ON CONFLICT DO NOTHING`;
  const insertInto = /^\s*INSERT\s+INTO\s+"?(\w+)"?/i.exec(text);
  const returnsId = insertInto !== null && idTables.has((insertInto[1] as string).toLowerCase()) && !/\bRETURNING\b/i.test(text);
  if (returnsId) text = `${text.replace(/;\s*$/, '')} RETURNING id`;
  return { text, names, returnsId };
}
