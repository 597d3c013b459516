import type { Db } from '../open';

/*
 * The template an act's documents were issued with (table act_templates, migration 0012): written
 * just before the act leaves the secretariat, sealed afterwards by the table's triggers.
 */

/** The source text of template `name` kept with the act, or null while the act has none (it is still in the secretariat). */
export function issuedTemplate(db: Db, actId: number, name: string): string | null {
  const source = db.prepare('SELECT source FROM act_templates WHERE act_id = ? AND name = ?').pluck().get(actId, name) as string | undefined;
  return source ?? null;
}

/**
 * Keeps `source` as the act's template `name` while the act is still in the secretariat, unless
 * one is kept already (the first issue stands). An act that left before the register kept
 * templates (before migration 0012) gets none: it goes on printing from the current one.
 */
export function keepIssuedTemplate(db: Db, actId: number, name: string, source: string): void {
  db.prepare(
    `INSERT INTO act_templates (act_id, name, source)
     SELECT @actId, @name, @source
     WHERE NOT EXISTS (SELECT 1 FROM act_templates WHERE act_id = @actId AND name = @name)
       AND NOT EXISTS (SELECT 1 FROM signatures WHERE act_id = @actId)
       AND NOT EXISTS (SELECT 1 FROM acts WHERE id = @actId AND (executory_date IS NOT NULL OR transmission_date IS NOT NULL))`,
  ).run({ actId, name, source });
}

/**
 * Keeps `source` as template `name` of acts that arrive in the register already out of the
 * secretariat (a session file's transmitted or executory acts): they were issued elsewhere, with
 * the register's template of the day as the best record of it. Their seal (trigger
 * act_templates_sealed_insert) is set aside for these rows only, in the caller's transaction, and
 * put back exactly as it was; an act that has its template keeps it. A register before migration
 * 0012 has neither the seal nor the table: nothing is kept, the migration will do it.
 */
export function keepImportedTemplate(db: Db, actIds: readonly number[], name: string, source: string): void {
  if (actIds.length === 0) return;
  if (!db.inTransaction) throw new Error("keepImportedTemplate : hors transaction, le sceau des modèles d'émission serait levé pour tous.");
  const seal = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = 'act_templates_sealed_insert'").pluck().get() as string | undefined;
  if (seal === undefined) return;
  db.exec('DROP TRIGGER act_templates_sealed_insert');
  const keep = db.prepare('INSERT INTO act_templates (act_id, name, source) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
  for (const id of actIds) keep.run(id, name, source);
  db.exec(seal);
}
