/** The formats a document (extract, convention) is written in, and how the screens name them. */
export const DOCUMENT_FORMATS = ['pdf', 'docx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const DOCUMENT_FORMAT_LABELS: Record<DocumentFormat, string> = { pdf: 'PDF', docx: 'Word' };
