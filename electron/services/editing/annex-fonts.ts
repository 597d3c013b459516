import { type PDF, PdfDict, PdfRef, PdfStream, type PdfObject } from '@libpdf/core';

/*
 * PDF/A wants every font of a file embedded, and the recueil prints an annex's pages as they are:
 * a font the annex only names (the standard Helvetica, a font of the author's computer) would
 * make the recueil fail its PDF/A claim, and print differently on every reader.
 */

/** Whether a font dictionary carries its font program (Type 3 fonts are drawn by the file itself). */
function isEmbedded(font: PdfDict, resolve: (ref: PdfRef) => PdfObject | null): boolean {
  const subtype = font.getName('Subtype', resolve)?.value;
  if (subtype === 'Type3') return true;
  const described = subtype === 'Type0' ? (font.getArray('DescendantFonts', resolve)?.at(0, resolve) as PdfDict | undefined) : font;
  const descriptor = described?.getDict('FontDescriptor', resolve);
  return descriptor !== undefined && ['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor.has(key));
}

/**
 * The names of the fonts drawn on the pages of `doc` (their form XObjects included) whose
 * program is not embedded, each once, e.g. ['Helvetica'].
 */
export function unembeddedFonts(doc: PDF): string[] {
  const resolve = (ref: PdfRef): PdfObject | null => doc.getObject(ref);
  const missing = new Set<string>();
  const seen = new Set<PdfObject>();
  const walk = (resources: PdfDict | undefined): void => {
    if (resources === undefined || seen.has(resources)) return;
    seen.add(resources);
    const fonts = resources.getDict('Font', resolve);
    for (const [, value] of fonts ?? []) {
      const font = value instanceof PdfRef ? resolve(value) : value;
      if (font instanceof PdfDict && !isEmbedded(font, resolve)) missing.add(font.getName('BaseFont', resolve)?.value ?? 'sans nom');
    }
    for (const [, value] of resources.getDict('XObject', resolve) ?? []) {
      const xobject = value instanceof PdfRef ? resolve(value) : value;
      if (xobject instanceof PdfStream && xobject.getName('Subtype', resolve)?.value === 'Form') walk(xobject.getDict('Resources', resolve));
    }
  };
  for (let i = 0; i < doc.getPageCount(); i++) walk(doc.getPage(i)?.getResources());
  return [...missing].map((name) => name.replace(/^[A-Z]{6}\+/, ''));
}
