import { AppError } from '../../../shared/domain/errors';
import type { Collectivity } from '../../../shared/domain/session';
import type { Db } from '../open';
import { statement } from '../statements';
import type { CollectivityRow } from '../rows';

export function getCollectivity(db: Db): Collectivity | null {
  const row = statement(db, 'SELECT * FROM collectivity WHERE id = 1').get() as CollectivityRow | undefined;
  return row === undefined
    ? null
    : { name: row.name, departmentCode: row.department_code, siren: row.siren, websiteLabel: row.website_label };
}

/** The SIRET of the collectivity's seat (open data), null while unknown or without a collectivity. */
export function getCollectivitySiret(db: Db): string | null {
  return (db.prepare('SELECT siret FROM collectivity WHERE id = 1').pluck().get() as string | null | undefined) ?? null;
}

/** A register belongs to one collectivity: the first import sets it, later ones must match its SIREN. */
export function ensureCollectivity(db: Db, c: Collectivity): void {
  const current = getCollectivity(db);
  if (current === null) {
    db.prepare(
      'INSERT INTO collectivity (id, name, department_code, siren, website_label) VALUES (1, ?, ?, ?, ?)',
    ).run(c.name, c.departmentCode, c.siren, c.websiteLabel);
    return;
  }
  if (current.siren !== c.siren) {
    throw new AppError(
      'conflict',
      `collectivité : ce registre est celui de ${current.name} (SIREN ${current.siren}) ; le fichier est celui de ${c.name} (SIREN ${c.siren}).`,
      'collectivity.siren',
    );
  }
}

/** Writes the collectivity's one row (created on first use). */
export function setCollectivity(db: Db, c: Pick<Collectivity, 'name' | 'departmentCode' | 'siren' | 'websiteLabel'> & { siret: string | null }): void {
  db.prepare(
    `INSERT INTO collectivity (id, name, department_code, siren, siret, website_label) VALUES (1, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, department_code = excluded.department_code,
       siren = excluded.siren, siret = excluded.siret, website_label = excluded.website_label`,
  ).run(c.name, c.departmentCode, c.siren, c.siret, c.websiteLabel);
}
