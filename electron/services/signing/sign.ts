import { createHash } from 'node:crypto';
import { AppError } from '../../../shared/domain/errors';
import { drawSignatureBlock, embedStampFont, signatureStatement } from './appearance';
import { signedContent } from './byte-range';
import { openSigningIdentity } from './certificate';
import { buildCadesSignature, cadesSignatureSizeBound } from './cms';
import { isSigned, loadPdf } from './pdf-document';
import { addSignatureField, embedSignature, fillByteRange } from './placeholder';
import { tagSignatureWidget } from './widget-tag';

export interface SignOptions {
  /** The claimed signing time, written to /M and to the visible block; the certificate must be valid then. */
  signingTime: Date;
  /** "<Prénom NOM>, <qualité>", e.g. "Jean-Louis MASSON, Président du Conseil départemental". */
  signerLabel: string;
  reason?: string;
  location?: string;
  /** Time zone of the date printed in the visible block; "Europe/Paris" by default. */
  timeZone?: string;
}

/**
 * Signs a PDF as PAdES baseline B-B (SubFilter ETSI.CAdES.detached, CMS with content-type,
 * message-digest and signing-certificate-v2, no signing-time) with the key of a PKCS#12 file, and
 * prints "Signé électroniquement par …, le JJ/MM/AAAA à HHhMM" at the bottom of the last page.
 *
 * The original bytes are kept and the signature is appended as an incremental update. A PDF that
 * is already signed is refused (`AppError('conflict')`): drawing the block would change pages
 * covered by the earlier signature. Other failures are `AppError('validation')` in French.
 */
export async function signPdf(
  pdf: Uint8Array,
  p12: Uint8Array,
  passphrase: string,
  options: SignOptions,
): Promise<Uint8Array> {
  if (options.signerLabel.trim() === '') {
    throw new AppError('validation', 'Le nom et la qualité du signataire sont obligatoires.', 'signerLabel');
  }
  const doc = await loadPdf(pdf);
  if (doc.isEncrypted) {
    throw new AppError('validation', 'Le PDF est protégé par un mot de passe : il ne peut pas être signé.');
  }
  if (isSigned(doc)) {
    throw new AppError(
      'conflict',
      'Le PDF est déjà signé : y ajouter le bloc de signature modifierait le document signé. ' +
        'Signez le PDF d’origine.',
    );
  }
  const page = doc.getPage(doc.getPageCount() - 1);
  if (page === null) throw new AppError('validation', 'Le PDF ne contient aucune page.');
  const identity = await openSigningIdentity(p12, passphrase, options.signingTime);

  const statement = signatureStatement(options.signerLabel, options.signingTime, options.timeZone);
  const rect = drawSignatureBlock(page, embedStampFont(doc), statement);
  const contentsSize = cadesSignatureSizeBound(identity);
  const widget = addSignatureField(doc, page, rect, {
    signingTime: options.signingTime,
    reason: options.reason,
    location: options.location,
    contentsSize,
  });
  tagSignatureWidget(doc, page, widget, statement);

  const incremental = doc.canSaveIncrementally() === null;
  const saved = await doc.save({ incremental });
  const positions = fillByteRange(saved, incremental ? pdf.length : 0, contentsSize);
  const digest = createHash('sha256').update(signedContent(saved, positions.byteRange)).digest();
  embedSignature(saved, positions, await buildCadesSignature(digest, identity));
  return saved;
}
