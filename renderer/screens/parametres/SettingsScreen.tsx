import type { ContractClient } from '../../../shared/contract/client';

/** Paramètres: the collectivity, its bodies, members and templates (to be built). */
export function SettingsScreen(_props: { client: ContractClient }) {
  return <h1>Paramètres</h1>;
}
