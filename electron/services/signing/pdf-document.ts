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
