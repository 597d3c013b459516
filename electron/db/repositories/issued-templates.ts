import type { Db } from '../open';
import { statement } from '../statements';
import { isShared } from '../register';

/*
 * The template an act's documents were issued with (table act_templates, migration 0012): written
 * just before the act leaves the secretariat, sealed afterwards by the table's triggers.
 */

/** The source text of template `name` kept with the act, or null while the act has none (it is still in the secretariat). */
export function issuedTemplate(db: Db, actId: number, name: string): string | null {
  // Compiled once: a recueil or a registre asks it for each of its acts.
  const source = statement(db, 'SELECT source FROM act_templates WHERE act_id = ? AND name = ?', { pluck: true }).get(actId, name) as string | undefined;
  return source ?? null;
}

/**
 * Keeps `source` as the act's template `name` while the act is still in the secretariat, unless
 * one is kept already (the first issue stands). An act that left before the register kept
 * templates (before migration 0012) gets none: it goes on printing from the current one.
 */
export function keepIssuedTemplate(db: Db, actId: number, name: string, source: string): void {
  // Compiled once: an import keeps each template of each of its acts that has left (15 000 for 10 years).
  statement(
    db,
    `INSERT INTO act_templates (act_id, name, source)
     SELECT CAST(@actId AS INTEGER), CAST(@name AS TEXT), CAST(@source AS TEXT)
     WHERE NOT EXISTS (SELECT 1 FROM act_templates WHERE act_id = @actId AND name = @name)
       AND NOT EXISTS (SELECT 1 FROM signatures WHERE act_id = @actId)
       AND NOT EXISTS (SELECT 1 FROM acts WHERE id = @actId AND (executory_date IS NOT NULL OR transmission_date IS NOT NULL))`,
  ).run({ actId, name, source });
}

/**
 * Whether the register keeps issued templates: a SQLite file before migration 0012 (an import
 * while it is brought up to date, the migrations' tests) has no such table; a shared register is
 * always at the current schema.
 */
export function keepsIssuedTemplates(db: Db): boolean {
  return isShared(db) || db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'act_templates'").get() !== undefined;
}
