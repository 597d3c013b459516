import type { GeneratedFileView } from '../../../shared/contract/channels/generation';
import type { BodyCode } from '../../../shared/domain/body';
import { AppError, validationError } from '../../../shared/domain/errors';
import { checkExportName } from '../../../shared/rules/file-name';
import type { Db } from '../../db/open';
import { renderConvention } from '../documents/conventions';
import { buildCtesBundle } from '../ctes/ctes-bundle';
import { renderExtracts } from '../documents/extracts';
import { renderListeDeliberations } from '../documents/liste-deliberations';
import { MEDIA_TYPES } from '../documents/media-types';
import { renderRecueil } from '../documents/recueil';
import { renderRegistre } from '../documents/registre';
import { signExtract } from '../documents/signed-extracts';
import { exportPath, writeExport } from './export-folder';
import type { DocumentSource, PlannedDocument } from './plan';
import { planDocuments } from './plan';
import { actNotFound } from '../../db/repositories/session-acts';

export interface RunRequest {
  body: BodyCode;
  date: string;
  /** A document id of the session's plan, e.g. "extrait:G25:pdf". */
  id: string;
  /** Another name than the plan's; its extension is added when missing. */
  fileName?: string | undefined;
  /**
   * Signed extracts only: the PKCS#12 and its passphrase, for this call only; the delegation of
   * signature (« arrêté n° … du … ») when its holder is not the presiding member, kept with the signature.
   */
  certificate?: { p12: Uint8Array; passphrase: string; delegation?: string } | undefined;
}

/** Where the writing of a long document stands: séances written out of the year's, pages so far. */
export interface RunProgress {
  done: number;
  total: number;
  pages: number;
}

/** How a caller follows a run and stops it: the registre tells each séance written and stops there. */
export interface RunControl {
  onProgress?: (progress: RunProgress) => void;
  /** Aborted: the run throws the signal's reason and writes nothing. */
  signal?: AbortSignal;
}

/**
 * Renders one document of the session's plan and writes it into the session's export folder.
 * The name is checked before anything is rendered: a refused name writes nothing anywhere.
 */
export async function runGeneration(db: Db, request: RunRequest, now: Date, control: RunControl = {}): Promise<GeneratedFileView> {
  const session = { body: request.body, date: request.date };
  const planned = planDocuments(db, session).find((d) => d.id === request.id);
  if (planned === undefined) throw new AppError('not_found', `Document « ${request.id} » : la séance ${request.body} du ${request.date} ne le produit pas.`, 'id');
  const fileName = request.fileName === undefined ? planned.fileName : withExtension(checkExportName(request.fileName), planned.format);
  exportPath(db, session, fileName);
  const bytes = await render(db, session, planned, request.certificate, now, control);
  // Cancelled while the last pages were written: the file is not written at all.
  control.signal?.throwIfAborted();
  const path = writeExport(db, session, fileName, bytes);
  return { id: planned.id, fileName, path, bytes: bytes.length, mediaType: MEDIA_TYPES[planned.format], base64: Buffer.from(bytes).toString('base64') };
}

/** "G25 signé" → "G25 signé.pdf"; "G25.PDF" stays as it is. */
function withExtension(name: string, format: PlannedDocument['format']): string {
  return name.toLowerCase().endsWith(`.${format}`) ? name : checkExportName(`${name}.${format}`);
}

async function render(
  db: Db,
  session: { body: BodyCode; date: string },
  planned: PlannedDocument,
  certificate: RunRequest['certificate'],
  now: Date,
  control: RunControl,
): Promise<Uint8Array> {
  const source: DocumentSource = planned.source;
  switch (source.kind) {
    case 'extract': {
      const [file] = await renderExtracts(db, { ...session, act: source.act, format: source.format, now });
      if (file === undefined) throw actNotFound(source.act, session.date);
      return file.bytes;
    }
    case 'convention':
      return (await renderConvention(db, { ...session, act: source.act, number: source.number, format: source.format, now })).bytes;
    case 'recueil':
      return (await renderRecueil(db, { ...session, now })).bytes;
    case 'registre':
      return (
        await renderRegistre(db, {
          body: session.body,
          year: source.year,
          now,
          onProgress: (p) => control.onProgress?.({ done: p.done, total: p.sessions, pages: p.pages }),
          signal: control.signal,
        })
      ).bytes;
    case 'liste':
      return (await renderListeDeliberations(db, { ...session, now })).bytes;
    case 'ctes':
      return (await buildCtesBundle(db, { ...session, act: source.act, now })).bytes;
    case 'signed': {
      if (certificate === undefined && planned.needsCertificate) {
        throw validationError(`Extrait signé ${source.act} : choisissez le certificat (fichier .p12) et saisissez son mot de passe.`, 'certificate');
      }
      // An act signed before gives back its stored bytes: the certificate is then not read.
      const { p12, passphrase, delegation } = certificate ?? { p12: new Uint8Array(), passphrase: '' };
      return (await signExtract(db, { ...session, act: source.act, p12, passphrase, now, ...(delegation === undefined ? {} : { delegation }) })).bytes;
    }
  }
}
