import { DOCUMENT_FORMATS } from '../../domain/document-format';
import { act, body, channel, date } from '../channel';
import { z } from '../zod-fr';
import type { SignerIssuer } from '../../rules/signature-verdict';

/** A generated file, its bytes in base64 so that JSON and structured clone carry it alike. */
export interface RenderedFileView {
  number: string;
  fileName: string;
  mediaType: string;
  base64: string;
}

/** What a PDF's signatures say, as the verification screen shows it. */
export interface VerificationView {
  signed: boolean;
  signatures: {
    /** The signed bytes are unchanged and the CMS signature verifies. */
    intact: boolean;
    /** Nothing was added after the signature. */
    coversWholeDocument: boolean;
    /** What was added after the signature only adds signatures, timestamps or validation data. */
    signedContentKept: boolean;
    /** Whether a recognised certification authority issued the signer's certificate. */
    signerIssuer: SignerIssuer;
    signer: string;
    /** ISO instant of the signature dictionary's /M, or null. */
    signingTime: string | null;
    subFilter: string;
  }[];
}

/** The year's open data (SCDL Délibérations), as `registre opendata` writes it. */
export interface OpenDataView {
  fileName: string;
  mediaType: string;
  base64: string;
  rows: number;
  /** Acts exported without a matière @ctes ("2023-10-16 G25"). */
  withoutSubject: string[];
}

/** Documents: an extract rendered, a signed PDF verified, the year's open data. */
export const DOCUMENT_CHANNELS = {
  'extract:render': channel<RenderedFileView>()('renderExtract', z.strictObject({ body, date, act, format: z.enum(DOCUMENT_FORMATS) })),
  'opendata:export': channel<OpenDataView>()(
    'exportOpenData',
    z.strictObject({ year: z.number({ error: 'année : nombre attendu' }).int({ error: 'année : quatre chiffres attendus' }).min(1982, { error: 'année : 1982 ou après' }).max(2999) }),
  ),
  'pdf:verify': channel<VerificationView>()(
    'verifyPdf',
    z.strictObject({ base64: z.string().min(1, 'fichier vide').regex(/^[A-Za-z0-9+/]+=*$/, 'contenu attendu en base64') }),
  ),
};
