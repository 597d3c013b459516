import type { SignatoryView } from '../../../shared/contract/channels/settings';
import type { BodyCode } from '../../../shared/domain/body';
import type { Certifier } from '../../../shared/domain/session';
import type { Db } from '../../db/open';
import { latestCertifier } from '../../db/repositories/sessions';
import { setSetting, settingValue } from '../../db/repositories/settings';
import { bodyId, listBodies } from './bodies';

/*
 * The register has no table of delegations: a signature records its own delegation statement
 * (migration 0005). What the secretary sets here is the default certifier of each body — the
 * « Pour le Président…, la directrice générale des services, Nom » block of the extracts — kept in
 * the settings table under `signatory.<CP|CD>` as JSON, for the sessions created from now on.
 * A session keeps its own copy: changing the default never rewrites a past extract.
 */
const key = (body: BodyCode) => `signatory.${body}`;

/** The body's default certifier: set here, else the one of its latest session, else empty. */
export function defaultSignatory(db: Db, body: BodyCode): SignatoryView {
  const stored = settingValue(db, key(body));
  if (stored !== undefined) return { body, ...(JSON.parse(stored) as Certifier), source: 'settings' };
  const latest = latestCertifier(db, body);
  return latest === undefined ? { body, formula: '', quality: '', name: '', source: 'none' } : { body, ...latest, source: 'session' };
}

export function listSignatories(db: Db): SignatoryView[] {
  return listBodies(db).map((b) => defaultSignatory(db, b.code));
}

export function saveSignatory(db: Db, s: { body: BodyCode } & Certifier): SignatoryView {
  db.transaction(() => {
    bodyId(db, s.body);
    setSetting(db, key(s.body), JSON.stringify({ formula: s.formula, quality: s.quality, name: s.name }));
  })();
  return defaultSignatory(db, s.body);
}
