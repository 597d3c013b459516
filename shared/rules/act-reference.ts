import type { Act, Collectivity } from '../domain/session';
import { buildCtesId, printedReference } from './ctes-id';

/**
 * "Référence technique" of an act: its @ctes identifier (decision date = session date) followed by
 * "-1-1"; null while the act has no internal number.
 *
 * @example technicalReference(var83, '2023-10-16', g1) === '083-228300018-20231016-lmc172330-DE-1-1'
 */
export function technicalReference(
  collectivity: Pick<Collectivity, 'departmentCode' | 'siren'>,
  sessionDate: string,
  act: Pick<Act, 'internalId' | 'nature'>,
): string | null {
  if (act.internalId === null) return null;
  return printedReference(
    buildCtesId({
      departmentCode: collectivity.departmentCode,
      siren: collectivity.siren,
      decisionDate: sessionDate,
      internalNumber: act.internalId,
      nature: act.nature,
    }),
  );
}
