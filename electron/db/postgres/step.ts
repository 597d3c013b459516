/**
 * One step of the PostgreSQL schema. The register's schema has one history, numbered by the SQLite
 * migrations (electron/db/migrations); a PostgreSQL step brings the database through the versions it
 * `covers`, and records each of them in `schema_migrations` under the SQLite migration's own name,
 * so that both engines say « version 12 » of the same thing and refuse the same unknown steps.
 */
export interface PostgresStep {
  /** The SQLite migration versions this step brings, in order (the baseline: 1 to 12 at once). */
  covers: readonly number[];
  sql: string;
}

/** The SQL text literal of a French message (quotes doubled). */
export const sqlText = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** The SQLSTATE of every refusal by a seal or the journal's rules: the app maps it to « verrouillé ». */
export const SEALED_SQLSTATE = 'RG001'; // also in ../register.ts (isSealRefusal), which the services import

/** A PL/pgSQL statement refusing the write with `message`. */
export const refuse = (message: string) => `RAISE EXCEPTION USING MESSAGE = ${sqlText(message)}, ERRCODE = '${SEALED_SQLSTATE}';`;

/**
 * A row trigger and its function. The function returns what lets the row through; while the
 * register is being copied in (registre_copying(), see baseline/copying.ts) it does nothing.
 */
export function rowTrigger(name: string, when: 'BEFORE' | 'AFTER', events: string, table: string, body: string): string {
  return `CREATE FUNCTION ${name}_fn() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF NOT registre_copying() THEN
    ${body}
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $fn$;
CREATE TRIGGER ${name} ${when} ${events} ON ${table} FOR EACH ROW EXECUTE FUNCTION ${name}_fn();
`;
}

/** `NEW.c IS NOT DISTINCT FROM <row>.c AND …`: every column unchanged (SQLite's `NEW.c IS OLD.c`). */
export const same = (columns: readonly string[], row = 'OLD') => columns.map((c) => `NEW.${c} IS NOT DISTINCT FROM ${row}.${c}`).join('\n      AND ');
