/** Properties written into the file, read by viewers and by the @ctes platform's checks. */
export interface DocumentMeta {
  title: string;
  author: string;
  subject: string;
  keywords?: string;
  /**
   * ISO 8601 instant the document is dated with, e.g. '2023-10-20T00:00:00Z'. Injected by the
   * caller so that the same register gives the same bytes.
   */
  createdAt: string;
}

/** Parses `meta.createdAt`; throws on a value that is not an ISO 8601 instant. */
export function creationDate(meta: DocumentMeta): Date {
  const date = new Date(meta.createdAt);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(meta.createdAt) || Number.isNaN(date.getTime())) {
    throw new Error(`Invalid document creation date "${meta.createdAt}": expected ISO 8601, e.g. 2023-10-20T00:00:00Z`);
  }
  return date;
}
