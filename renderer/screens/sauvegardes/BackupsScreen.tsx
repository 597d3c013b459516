import type { ContractClient } from '../../../shared/contract/client';

/** Sauvegardes: the register's backups, previewed and restored (to be built). */
export function BackupsScreen(_props: { client: ContractClient }) {
  return <h1>Sauvegardes</h1>;
}
