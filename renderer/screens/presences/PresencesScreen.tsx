import type { ContractClient } from '../../../shared/contract/client';
import type { BodyCode } from '../../../shared/domain/body';

/** Présences: the attendance grid of the session (to be built). */
export function PresencesScreen(_props: { client: ContractClient; body: BodyCode; date: string }) {
  return <h2>Présences</h2>;
}
