import { useId, useState } from 'react';
import type { ContractClient } from '../../../shared/contract/client';
import type { VerificationView } from '../../../shared/contract/contract';
import type { AppErrorInfo } from '../../../shared/domain/errors';
import { signatureVerdict } from '../../../shared/rules/signature-verdict';
import { Refused } from '../../app/Status';
import { fileBase64 } from '../../app/upload';
import { screenInstant } from '../../../shared/rules/french-dates';


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
    const reply = await client.call('pdf:verify', { base64: await fileBase64(chosen) });
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
          const verdict = signatureVerdict(s);
          return (
            <p key={i} role="status" className={verdict.sound && verdict.recognised ? 'ok' : 'error'}>
              Signé par {s.signer}
              {s.signingTime === null ? '' : `, le ${screenInstant(s.signingTime, 'long')}`} : {verdict.sound ? `${s.coversWholeDocument ? 'document ' : ''}${verdict.text}.` : `document ${verdict.text} — ne le publiez pas.`}
            </p>
          );
        })}
    </section>
  );
}
