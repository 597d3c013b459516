import type { DOCUMENT_CHANNELS } from '../../../shared/contract/channels/documents';
import { checkExportName } from '../../../shared/rules/file-name';
import { renderExtracts } from '../../services/documents/extracts';
import { MEDIA_TYPES } from '../../services/documents/media-types';
import { exportOpenData } from '../../services/documents/opendata';
import { verifyPdf } from '../../services/signing';
import type { Handlers } from './handler';
import { actNotFound } from '../../db/repositories/session-acts';

export const DOCUMENT_HANDLERS: Handlers<typeof DOCUMENT_CHANNELS> = {
  'extract:render': async (db, { body, date, act, format }, now) => {
    const [file] = await renderExtracts(db, { body, date, act, format, now });
    if (file === undefined) throw actNotFound(act, date);
    return {
      number: file.number,
      fileName: checkExportName(`${file.number}.${format}`),
      mediaType: MEDIA_TYPES[format],
      base64: Buffer.from(file.bytes).toString('base64'),
    };
  },
  'opendata:export': (db, { year }) => {
    const result = exportOpenData(db, { year, siret: null });
    return {
      fileName: `deliberations-${year}.csv`,
      mediaType: MEDIA_TYPES.csv,
      base64: Buffer.from(result.csv, 'utf8').toString('base64'),
      rows: result.rows,
      withoutSubject: result.withoutSubject,
    };
  },
  'pdf:verify': async (_db, { base64 }) => {
    const report = await verifyPdf(Buffer.from(base64, 'base64'));
    return {
      signed: report.signed,
      signatures: report.signatures.map((s) => ({
        intact: s.intact,
        coversWholeDocument: s.coversWholeDocument,
        signedContentKept: s.signedContentKept,
        signerIssuer: s.signerIssuer,
        signer: s.signerCommonName,
        signingTime: s.signingTime === null ? null : s.signingTime.toISOString(),
        subFilter: s.subFilter,
      })),
    };
  },
};
