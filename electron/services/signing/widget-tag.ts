import { type PDF, type PDFPage, PdfArray, PdfDict, PdfName, PdfNumber, PdfRef, PdfString, type PdfObject } from '@libpdf/core';

/**
 * Files the signature's widget in the structure tree of a tagged PDF, so that the signed file
 * stays tagged (PDF/UA and PDF/A-2a want every annotation in it): a /Form element at the end of
 * the document's top element, whose content is the widget (an OBJR), with `alt` as its /Alt; the
 * widget gets the next /StructParent and the ParentTree its entry. An untagged PDF is left as is.
 */
export function tagSignatureWidget(doc: PDF, page: PDFPage, widget: PdfRef, alt: string): void {
  const resolve = (ref: PdfRef): PdfObject | null => doc.getObject(ref);
  const treeRoot = doc.getCatalog().getDict('StructTreeRoot', resolve);
  if (treeRoot === undefined) return;
  // The element the form joins: the document's top element (PDFKit's /Document), else the root.
  const rootKids = treeRoot.get('K');
  const top = rootKids instanceof PdfArray ? rootKids.at(0) : rootKids;
  const parentRef = top instanceof PdfRef && resolve(top) instanceof PdfDict ? top : doc.getCatalog().getRef('StructTreeRoot');
  const parent = parentRef === undefined ? undefined : resolve(parentRef);
  const leaf = parentTreeLeaf(treeRoot.getDict('ParentTree', resolve), resolve);
  if (parentRef === undefined || !(parent instanceof PdfDict) || leaf === undefined) return;

  const key = treeRoot.getNumber('ParentTreeNextKey', resolve)?.value ?? 0;
  const form = doc.register(
    PdfDict.of({
      Type: PdfName.of('StructElem'),
      S: PdfName.of('Form'),
      P: parentRef,
      Pg: page.ref,
      Alt: PdfString.fromString(alt),
      K: PdfDict.of({ Type: PdfName.of('OBJR'), Obj: widget, Pg: page.ref }),
    }),
  );
  const kids = parent.get('K', resolve);
  parent.set('K', new PdfArray([...(kids instanceof PdfArray ? kids.toArray() : kids === undefined ? [] : [kids]), form]));
  const widgetDict = resolve(widget);
  if (widgetDict instanceof PdfDict) widgetDict.set('StructParent', PdfNumber.of(key));
  leaf.nums.push(PdfNumber.of(key), form);
  for (const node of leaf.path) if (node.has('Limits')) node.set('Limits', new PdfArray([node.getArray('Limits', resolve)?.at(0) ?? PdfNumber.of(key), PdfNumber.of(key)]));
  treeRoot.set('ParentTreeNextKey', PdfNumber.of(key + 1));
}

/** The last leaf of a number tree (where a new highest key goes) and the nodes down to it. */
function parentTreeLeaf(node: PdfDict | undefined, resolve: (ref: PdfRef) => PdfObject | null): { nums: PdfArray; path: PdfDict[] } | undefined {
  const path: PdfDict[] = [];
  for (let current = node; current !== undefined; ) {
    path.push(current);
    const nums = current.getArray('Nums', resolve);
    if (nums !== undefined) return { nums, path };
    const kids = current.getArray('Kids', resolve);
    current = kids === undefined || kids.length === 0 ? undefined : (kids.at(kids.length - 1, resolve) as PdfDict | undefined);
  }
  return undefined;
}
