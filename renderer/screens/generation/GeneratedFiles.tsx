import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { ContractClient } from '../../../shared/contract/client';
import type { GeneratedFileView } from '../../../shared/contract/contract';
import type { BodyCode } from '../../../shared/domain/body';
import { saveFile } from '../../app/download';
import type { Outcome } from './use-generation-run';

const kilo = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** "812 octets", "48,3 ko", "1,2 Mo". */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} octets`;
  if (bytes < 1024 * 1024) return `${kilo.format(bytes / 1024)} ko`;
  return `${kilo.format(bytes / (1024 * 1024))} Mo`;
}

/** The documents of the last run: each file with its size, to download or show in its folder; or why it failed. */
export function GeneratedFiles(props: { client: ContractClient; body: BodyCode; date: string; outcomes: Outcome[] }) {
  const [shown, setShown] = useState<{ message: string; ok: boolean } | null>(null);
  if (props.outcomes.length === 0) return null;

  const reveal = async (file: GeneratedFileView) => {
    const reply = await props.client.call('generation:reveal', { body: props.body, date: props.date, fileName: file.fileName });
    setShown(
      reply.ok
        ? { ok: true, message: `${file.fileName} : dossier ouvert (${reply.value.path}).` }
        : { ok: false, message: reply.error.message },
    );
  };

  return (
    <section aria-labelledby="generated-title" className="generation-results">
      <h3 id="generated-title">Fichiers générés</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">Document</th>
            <th scope="col">Fichier</th>
            <th scope="col" className="number">
              Taille
            </th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {props.outcomes.map((o) => (
            <tr key={o.doc.id}>
              <th scope="row">{o.doc.label}</th>
              {o.state === 'done' ? (
                <>
                  <td>{o.file.fileName}</td>
                  <td className="number nowrap">{fileSize(o.file.bytes)}</td>
                  <td className="generation-actions">
                    <Button className="link" onPress={() => saveFile(o.file)} aria-label={`Télécharger ${o.file.fileName}`}>
                      Télécharger
                    </Button>
                    <Button className="link" onPress={() => void reveal(o.file)} aria-label={`Afficher ${o.file.fileName} dans le dossier`}>
                      Afficher dans le dossier
                    </Button>
                  </td>
                </>
              ) : (
                <td colSpan={3} className="error">
                  {o.error.message}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {shown !== null && (
        <p role={shown.ok ? 'status' : 'alert'} className={shown.ok ? 'ok' : 'error'}>
          {shown.message}
        </p>
      )}
    </section>
  );
}
