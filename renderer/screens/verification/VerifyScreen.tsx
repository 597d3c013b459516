import { useId, useState } from 'react';
import type { ContractClient } from '../../../shared/contract/client';
import type { VerificationView } from '../../../shared/contract/contract';
import type { AppErrorInfo } from '../../../shared/domain/errors';
import { base64Of } from '../../app/file-base64';
import { Refused } from '../../app/Status';

const paris = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });

/** Vérifier un PDF signé: whether it is intact and who signed it, read by the register itself. */
export function VerifyScreen({ client }: { client: ContractClient }) {
  const inputId = useId();
  const [file, setFile] = useState<string | null>(null);
  const [report, setReport] = useState<VerificationView | null>(null);
  const [failure, setFailure] = useState<AppErrorInfo | null>(null);

  const check = async (chosen: File | undefined) => {
    setReport(null);
    setFailure(null);
    if (chosen === undefined) return;
    setFile(chosen.name);
    const reply = await client.call('pdf:verify', { base64: await base64Of(chosen) });
    if (reply.ok) setReport(reply.value);
    else setFailure(reply.error);
  };

  return (
    <section aria-labelledby="verify-title">
      <h1 id="verify-title">Vérifier un PDF signé</h1>
      <p>
        <label htmlFor={inputId}>Fichier PDF à vérifier </label>
        <input id={inputId} type="file" accept="application/pdf,.pdf" onChange={(e) => void check(e.target.files?.[0])} />
      </p>
      {failure !== null && <Refused error={failure} />}
      {report !== null && !report.signed && (
        <p role="alert" className="error">
          {file} ne porte aucune signature électronique.
        </p>
      )}
      {report !== null &&
        report.signatures.map((s, i) => {
          const sound = s.intact && s.coversWholeDocument;
          return (
            <p key={i} role="status" className={sound ? 'ok' : 'error'}>
              Signé par {s.signer}
              {s.signingTime === null ? '' : `, le ${paris.format(new Date(s.signingTime))}`} :{' '}
              {!s.intact
                ? 'document ALTÉRÉ depuis la signature — ne le publiez pas.'
                : s.coversWholeDocument
                  ? 'document intact.'
                  : 'signature intacte, mais des modifications ont été ajoutées après la signature.'}
            </p>
          );
        })}
    </section>
  );
}
