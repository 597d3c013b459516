import type { ContractClient } from '../../../shared/contract/client';
import type { BodyCode } from '../../../shared/domain/body';
import { longDate } from '../../../shared/rules/french-dates';
import { seriesTakenNote } from '../../../shared/session-file/series-taken';
import { FileImport } from '../../ui/FileImport';
import { counted } from '../../../shared/rules/plural';

/** « Importer une séance »: a session file (JSON, the format of `registre import`), all or nothing. */
export function SessionFileImport({ client, imported }: { client: ContractClient; imported: (body: BodyCode, date: string) => void }) {
  return (
    <section aria-labelledby="session-import-title" className="session-import">
      <h2 id="session-import-title">Importer une séance</h2>
      <FileImport
        label="Fichier de séance (JSON)"
        accept=".json,application/json"
        hint="Le format de la commande registre import (reference/session-2023-10-16.json) : tout ou rien, le registre reste inchangé si le fichier est refusé."
        send={(base64) => client.call('session:import', { base64 })}
        done={(s) => (imported(s.body, s.date), `Séance du ${longDate(s.date)} importée : ${counted(s.acts, 'acte', 'actes')}, ${counted(s.members, 'membre en exercice', 'membres en exercice')}.${seriesTakenNote(s.seriesTaken)}`)}
      />
    </section>
  );
}
