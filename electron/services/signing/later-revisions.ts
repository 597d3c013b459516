import { type PDF, PdfArray, PdfBool, PdfDict, PdfName, PdfNumber, type PdfObject, PdfRef, PdfStream, PdfString } from '@libpdf/core';
import { createHash } from 'node:crypto';
import { loadPdf } from './pdf-document';

/*
 * A signature covers the revision of the file that ends with it; revisions appended later
 * (incremental updates) are outside it. A countersignature, a document timestamp or validation
 * data (DSS) are such later revisions and leave the signed document as it was; a later revision
 * that changes a page, its content or resources, the document's outline or structure, or a form
 * value alters it even when the signed bytes are intact. This compares the signed revision with
 * the whole file, object by object, and allows only those additions.
 */

/** Catalog entries that later validation data and signatures may add or change. */
const CATALOG_ADDITIONS = new Set(['DSS', 'AcroForm', 'Extensions', 'Pages', 'Perms']);
/** Page entries compared apart: the annotations (new signature widgets are allowed) and the parent (the tree). */
const PAGE_APART = new Set(['Annots', 'Parent']);

/**
 * A canonical text of an object and everything it references, so that two revisions compare
 * equal when their content is: references are followed once (then written `R<n>`), stream data
 * is hashed, `skip` names the keys of the top dictionary left out.
 */
function canonical(doc: PDF, obj: PdfObject | undefined | null, seen: Set<number>, skip: ReadonlySet<string> = new Set()): string {
  if (obj === undefined || obj === null) return 'null';
  if (obj instanceof PdfRef) {
    if (seen.has(obj.objectNumber)) return `R${obj.objectNumber}`;
    seen.add(obj.objectNumber);
    return `R${obj.objectNumber}{${canonical(doc, doc.getObject(obj), seen)}}`;
  }
  if (obj instanceof PdfStream) {
    return `stream(${canonical(doc, new PdfDict(obj), seen)};${createHash('sha256').update(obj.data).digest('hex')})`;
  }
  if (obj instanceof PdfDict) {
    const keys = [...obj.keys()].map((k) => k.value).filter((k) => !skip.has(k)).sort();
    return `<<${keys.map((k) => `/${k} ${canonical(doc, obj.get(k), seen)}`).join(' ')}>>`;
  }
  if (obj instanceof PdfArray) return `[${obj.toArray().map((o) => canonical(doc, o, seen)).join(' ')}]`;
  if (obj instanceof PdfName) return `/${obj.value}`;
  if (obj instanceof PdfNumber) return String(obj.value);
  if (obj instanceof PdfString) return `(${Buffer.from(obj.bytes).toString('hex')})`;
  if (obj instanceof PdfBool) return String(obj.value);
  return obj.type;
}

const refNumbers = (array: PdfArray | undefined): number[] =>
  (array?.toArray() ?? []).map((o) => (o instanceof PdfRef ? o.objectNumber : -1));

/** A widget annotation of a signature field (its own /FT or its parent's): what a countersignature adds to a page. */
function isSignatureWidget(doc: PDF, ref: number): boolean {
  const annot = doc.getObject(PdfRef.of(ref));
  if (!(annot instanceof PdfDict) || annot.getName('Subtype')?.value !== 'Widget') return false;
  const parent = annot.get('Parent');
  const field = parent instanceof PdfRef ? doc.getObject(parent) : annot;
  return (annot.getName('FT')?.value ?? (field instanceof PdfDict ? field.getName('FT')?.value : undefined)) === 'Sig';
}

/**
 * Whether the revisions appended after the first `signedLength` bytes of `pdf` leave the signed
 * revision's pages, content and form values unchanged (they only add signatures, timestamps or
 * validation data). A file that cannot be read that way counts as changed.
 */
export async function laterRevisionsKeepSignedContent(pdf: Uint8Array, signedLength: number): Promise<boolean> {
  let signed: PDF;
  let whole: PDF;
  try {
    signed = await loadPdf(pdf.subarray(0, signedLength));
    whole = await loadPdf(pdf);
  } catch {
    return false;
  }
  const before = signed.getPages();
  const after = whole.getPages();
  if (before.length !== after.length) return false;
  for (const [i, page] of before.entries()) {
    const later = after[i];
    if (later === undefined || later.ref.objectNumber !== page.ref.objectNumber) return false;
    const same = canonical(signed, page.dict, new Set([page.ref.objectNumber]), PAGE_APART) === canonical(whole, later.dict, new Set([page.ref.objectNumber]), PAGE_APART);
    if (!same) return false;
    const oldAnnots = refNumbers(page.dict.getArray('Annots', (r) => signed.getObject(r)));
    const newAnnots = refNumbers(later.dict.getArray('Annots', (r) => whole.getObject(r)));
    if (oldAnnots.some((n) => !newAnnots.includes(n))) return false;
    for (const n of oldAnnots) {
      if (canonical(signed, PdfRef.of(n), new Set([page.ref.objectNumber])) !== canonical(whole, PdfRef.of(n), new Set([page.ref.objectNumber]))) return false;
    }
    if (newAnnots.some((n) => !oldAnnots.includes(n) && !isSignatureWidget(whole, n))) return false;
  }
  const pages = new Set(before.map((p) => p.ref.objectNumber));
  const catalogBefore = canonical(signed, signed.getCatalog(), new Set(pages), CATALOG_ADDITIONS);
  const catalogAfter = canonical(whole, whole.getCatalog(), new Set(pages), CATALOG_ADDITIONS);
  if (catalogBefore !== catalogAfter) return false;
  // The fields of the signed revision (their values included) stay; new ones must be signatures.
  const fieldsOf = (doc: PDF) => refNumbers(doc.getCatalog().getDict('AcroForm', (r) => doc.getObject(r))?.getArray('Fields', (r) => doc.getObject(r)));
  const oldFields = fieldsOf(signed);
  const newFields = fieldsOf(whole);
  if (oldFields.some((n) => !newFields.includes(n))) return false;
  for (const n of oldFields) {
    if (canonical(signed, PdfRef.of(n), new Set(pages)) !== canonical(whole, PdfRef.of(n), new Set(pages))) return false;
  }
  return newFields.every((n) => oldFields.includes(n) || isSignatureWidget(whole, n) || fieldIsSignature(whole, n));
}

function fieldIsSignature(doc: PDF, ref: number): boolean {
  const field = doc.getObject(PdfRef.of(ref));
  return field instanceof PdfDict && field.getName('FT')?.value === 'Sig';
}
