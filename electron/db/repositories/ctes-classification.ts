import type { Db } from '../open';

/** The préfecture's classification file as imported, or undefined while the shipped one is in use. */
export function storedClassificationXml(db: Db): string | undefined {
  return db.prepare('SELECT xml FROM ctes_classification WHERE id = 1').pluck().get() as string | undefined;
}

/** Keeps the préfecture's classification file in place of the previous one. */
export function saveClassification(db: Db, c: { date: string; xml: string; importedAt: string }): void {
  db.prepare(
    `INSERT INTO ctes_classification (id, classification_date, xml, imported_at) VALUES (1, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET classification_date = excluded.classification_date, xml = excluded.xml,
       imported_at = excluded.imported_at`,
  ).run(c.date, c.xml, c.importedAt);
}
