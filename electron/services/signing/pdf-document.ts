import { type FormField, PDF, type SignatureField } from '@libpdf/core';
import { AppError } from '../../../shared/domain/errors';

const NOT_A_PDF = "Le fichier n'est pas un PDF.";
// ISO 32000 allows bytes before the header; readers look for it in the first kilobyte.
const HEADER_WINDOW = 1024;

function hasPdfHeader(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, HEADER_WINDOW)).includes('%PDF-');
}

/** Loads a PDF with @libpdf/core; throws `AppError('validation')` when the bytes are not a readable PDF. */
export async function loadPdf(bytes: Uint8Array): Promise<PDF> {
  if (!hasPdfHeader(bytes)) throw new AppError('validation', NOT_A_PDF);
  try {
    return await PDF.load(bytes);
  } catch {
    throw new AppError('validation', 'Le fichier PDF est endommagé : il ne peut pas être lu.');
  }
}

/** Narrows a form field to a signature field (@libpdf/core exports the class as a type only). */
export const isSignatureField = (field: FormField): field is SignatureField => field.type === 'signature';

/** True when the document already carries at least one signature value. */
export function isSigned(doc: PDF): boolean {
  return (doc.getForm()?.getFields() ?? []).some((field) => isSignatureField(field) && field.isSigned());
}

/** The Creator our renderer writes in every PDF (templates/render/pdf.ts). */
export const REGISTRE_CREATOR = 'Registre';

/**
 * Refuses a PDF the app did not produce: only its extracts, recueils and registres are signed in
 * the name of the collectivity.
 */
export async function checkProducedByRegistre(bytes: Uint8Array, name: string): Promise<void> {
  const doc = await loadPdf(bytes);
  // PDFKit writes the creator in the XMP metadata, which @libpdf/core's getCreator() does not read:
  // a guard against signing the wrong file, not a proof of origin.
  const xmp = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(`<xmp:CreatorTool>${REGISTRE_CREATOR}</xmp:CreatorTool>`);
  if (doc.getCreator() !== REGISTRE_CREATOR && !xmp) {
    throw new AppError(
      'validation',
      `« ${name} » n'a pas été produit par Registre : seuls les extraits, recueils et registres de l'application se signent ici.`,
      'fichier',
    );
  }
}
