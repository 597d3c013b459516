import type { ContractClient } from '../../../shared/contract/client';
import { counted } from '../../../shared/rules/plural';
import { FileImport } from '../../ui/FileImport';

/** Élus and their mandates from a spreadsheet saved as CSV: every line checked, all or nothing. */
export function MembersImport({ client, imported }: { client: ContractClient; imported: () => void }) {
  return (
    <FileImport
      label="Importer les élus d'un tableur (CSV)"
      accept=".csv,text/csv"
      hint="Une ligne par mandat, colonnes civilité ; prénom ; nom ; organe (CP ou CD) ; début ; fin ; qualité ; rang (0 pour le Président). UTF-8 ou Windows-1252, séparateur « ; » ou « , ». Une seule ligne refusée et rien n'est importé."
      send={(base64) => client.call('members:import', { base64 })}
      done={(r) => (imported(), `${counted(r.members, 'élu ajouté', 'élus ajoutés')}, ${counted(r.mandates, 'mandat enregistré', 'mandats enregistrés')}.`)}
    />
  );
}
