import type { DOCUMENT_CHANNELS } from '../../../shared/contract/channels/documents';
import { checkExportName } from '../../../shared/rules/file-name';
import { renderExtracts } from '../extracts';
import { MEDIA_TYPES } from '../media-types';
import { verifyPdf } from '../signing';
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
  'pdf:verify': async (_db, { base64 }) => {
    const report = await verifyPdf(Buffer.from(base64, 'base64'));
    return {
      signed: report.signed,
      signatures: report.signatures.map((s) => ({
        intact: s.intact,
        coversWholeDocument: s.coversWholeDocument,
        signer: s.signerCommonName,
        signingTime: s.signingTime === null ? null : s.signingTime.toISOString(),
        subFilter: s.subFilter,
      })),
    };
  },
};
