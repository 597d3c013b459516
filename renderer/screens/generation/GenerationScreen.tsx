import type { ContractClient } from '../../../shared/contract/client';
import type { BodyCode } from '../../../shared/domain/body';

/** Génération: the documents of a session (to be built). */
export function GenerationScreen(_props: { client: ContractClient; body: BodyCode; date: string }) {
  return <h2>Génération</h2>;
}
