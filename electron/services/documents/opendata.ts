import { AppError, validationError } from '../../../shared/domain/errors';
import { adopts } from '../../../shared/domain/outcome';
import { actVerdict } from '../../../shared/rules/act-verdict';
import { buildCtesId } from '../../../shared/rules/ctes-id';
import { checkSiret } from '../../../shared/rules/siret';
import type { Db } from '../../db/open';
import { loadActs } from '../../db/repositories/acts';
import { getCollectivity, getCollectivitySiret } from '../../db/repositories/collectivity';
import { loadSessionLegality } from '../../db/repositories/legality';
import { loadSessionById, sessionsOfYear } from '../../db/repositories/sessions';
import { activeClassification } from '../ctes/ctes-classification';

/*
 * Open data: the délibérations of a year in the SCDL « Délibérations » format (schema.data.gouv.fr,
 * scdl/deliberations 2.1.5, copied in reference/scdl/): UTF-8 CSV, comma-separated, one line per
 * adopted act. DELIB_ID is the @ctes identifier; DELIB_MATIERE_CODE the first two levels of the
 * matière and DELIB_MATIERE_NOM their labels as « Matière/Sous-matière »; PREF_ID the préfecture
 * that controls the acts (PREF083), empty until the act is transmitted, and PREF_DATE the date it
 * registered the act (the @ctes AR's), empty until the AR is recorded — the schema takes it only
 * « si sa date d'enregistrement est connue », not the transmission's; VOTE_EFFECTIF the members in office,
 * VOTE_REEL those who voted (for, against or abstaining: the schema checks the sum); for a
 * unanimous vote every member present or represented voted for. BUDGET_* and DELIB_URL are left
 * empty (the register does not know them).
 */

export const OPENDATA_COLUMNS = [
  'COLL_NOM',
  'COLL_SIRET',
  'DELIB_ID',
  'DELIB_DATE',
  'DELIB_MATIERE_CODE',
  'DELIB_MATIERE_NOM',
  'DELIB_OBJET',
  'BUDGET_ANNEE',
  'BUDGET_NOM',
  'PREF_ID',
  'PREF_DATE',
  'VOTE_EFFECTIF',
  'VOTE_REEL',
  'VOTE_POUR',
  'VOTE_CONTRE',
  'VOTE_ABSTENTION',
  'DELIB_URL',
] as const;

export interface OpenDataExport {
  csv: string;
  rows: number;
  /** Acts exported without a matière (DELIB_MATIERE_CODE is required by the schema). */
  withoutSubject: string[];
}

/** The SCDL identifier of the préfecture of a département: "PREF083", "PREF02A", "PREF974". */
export function prefectureId(departmentCode: string): string {
  return `PREF${departmentCode.padStart(3, '0')}`;
}

const cell = (v: string | number | null): string => {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** What an export wrote, complete once its parts have all been read. */
export interface OpenDataSummary {
  rows: number;
  /** Acts exported without a matière (DELIB_MATIERE_CODE is required by the schema). */
  withoutSubject: string[];
}

/**
 * The SCDL CSV of the délibérations adopted in `year`, in date and number order, in parts (the
 * header, then one line per act, each ended by CRLF) produced as the séances are read one at a
 * time: a year of thousands of acts is never held whole. `siret` replaces the collectivity's own
 * for this export (null: the one set in Paramètres, refused if none). Everything is checked
 * before the first part is given.
 */
export function openDataParts(db: Db, args: { year: number; siret: string | null }): { parts: Iterable<string>; summary: OpenDataSummary } {
  const found = getCollectivity(db);
  if (found === null) throw new AppError('not_found', 'Ce registre est vide : aucune collectivité.', 'collectivity');
  const collectivity = found;
  // COLL_SIRET is required by the schema: the collectivity's, unless one is given for this export.
  const known = args.siret ?? getCollectivitySiret(db);
  if (known === null) {
    throw validationError(
      'SIRET de la collectivité non renseigné : saisissez-le dans Paramètres › Collectivité (ou précisez --siret <14 chiffres> à la commande registre opendata).',
      'siret',
    );
  }
  const siret = checkSiret(known, collectivity.siren);
  if (!Number.isInteger(args.year) || args.year < 1982 || args.year > 2999) {
    throw validationError(`Année « ${args.year} » invalide : quatre chiffres attendus, par exemple 2023.`, 'year');
  }
  const classification = activeClassification(db);
  const labels = new Map(classification.subjects.map((s) => [s.code, s.label]));
  const labelOf = (code: string) => labels.get(code) ?? '';
  const summary: OpenDataSummary = { rows: 0, withoutSubject: [] };

  function* parts(): Generator<string> {
    yield `${OPENDATA_COLUMNS.join(',')}\r\n`;
    for (const { id: sessionId } of sessionsOfYear(db, args.year)) {
      const session = loadSessionById(db, sessionId);
      const legality = new Map(loadSessionLegality(db, session.id).map((l) => [l.id, l]));
      for (const act of loadActs(db, session.id)) {
        if (!adopts(act.outcome)) continue;
        const l = legality.get(act.id);
        const number = `${session.body.series}${act.number}`;
        const id =
          act.internalId === null
            ? `${session.date}_${number}`
            : buildCtesId({
                departmentCode: collectivity.departmentCode,
                siren: collectivity.siren,
                decisionDate: session.date,
                internalNumber: act.internalId,
                nature: act.nature,
              });
        // The schema takes the first two levels of the matière ("3.2" for "3.2.1").
        const code = l?.subjectCode?.split('.').slice(0, 2).join('.') ?? null;
        if (code === null) summary.withoutSubject.push(`${session.date} ${number}`);
        const [top = ''] = (code ?? '').split('.');
        const subjectName = code === null ? '' : `${labelOf(top)}/${labelOf(code)}`;
        const verdict = actVerdict(session, act);
        const present = verdict.counts.present + verdict.counts.proxies;
        const votes = 'votes' in act.outcome ? act.outcome.votes : { for: present, against: 0, abstentions: 0 };
        const transmitted = l?.transmissionDate != null || l?.legalityReceptionDate != null;
        // The schema's « date d'enregistrement » au contrôle de légalité: the AR's, only once known.
        const prefDate = l?.legalityReceptionDate ?? null;
        summary.rows += 1;
        yield `${[
          collectivity.name,
          siret,
          id,
          session.date,
          code,
          subjectName,
          act.object.replace(/\s+/g, ' ').trim(),
          null,
          null,
          transmitted ? prefectureId(collectivity.departmentCode) : null,
          prefDate,
          verdict.membersInOffice,
          votes.for + votes.against + votes.abstentions,
          votes.for,
          votes.against,
          votes.abstentions,
          null,
        ]
          .map(cell)
          .join(',')}\r\n`;
      }
    }
  }
  return { parts: parts(), summary };
}

/** The same CSV whole, for the screen's download (its bytes cross the contract in one reply). */
export function exportOpenData(db: Db, args: { year: number; siret: string | null }): OpenDataExport {
  const { parts, summary } = openDataParts(db, args);
  const csv = [...parts].join('');
  return { csv, rows: summary.rows, withoutSubject: summary.withoutSubject };
}
