import { PDF, PdfArray, PdfDict, PdfName, PdfNumber, PdfRef, PdfString, ops, type PdfObject } from '@libpdf/core';
import { AppError } from '../../../shared/domain/errors';

/** An attached PDF to draw into the recueil. */
export interface AnnexPlacement {
  /** 0-based index of the recueil page that takes its first page. */
  at: number;
  /** 0-based index, among the recueil's documents, of the blank one-page document that stands for its first page (the next pages follow). */
  section: number;
  /** The title the secretary gave it: the screen reader's text for its pages. */
  title: string;
  pdf: Uint8Array;
}

/** Room left at the foot of a page for the recueil's page number, in points. */
const FOOTER_PT = 42;

const numbers = (values: number[]) => new PdfArray(values.map((n) => PdfNumber.of(n)));

const internal = (detail: string) => new AppError('internal', `Recueil : ${detail}.`);

/**
 * Draws each attached PDF onto the blank numbered pages that stand for it in the recueil, scaled
 * to fit above the page number, and keeps the recueil a tagged PDF/A: each drawn page is the
 * marked content of a /Figure element whose /Alt reads « Annexe : <titre>, page n sur m », in
 * the (empty) /Sect the renderer wrote for its blank page, with the page's /StructParents and its
 * entry in the ParentTree. The annex's own tags are not carried over: its text reaches screen
 * readers through the Alt text only.
 */
export async function drawAttachedAnnexes(bytes: Uint8Array, placements: readonly AnnexPlacement[]): Promise<Uint8Array> {
  if (placements.length === 0) return bytes;
  const recueil = await PDF.load(bytes);
  const resolve = (ref: PdfRef): PdfObject | null => recueil.getObject(ref);
  const treeRoot = recueil.getCatalog().getDict('StructTreeRoot', resolve);
  const document = treeRoot?.getArray('K', resolve)?.at(0, resolve);
  const parentTree = treeRoot?.getDict('ParentTree', resolve);
  const nums = parentTree?.getArray('Nums', resolve);
  if (treeRoot === undefined || !(document instanceof PdfDict) || parentTree === undefined || nums === undefined) {
    throw internal("arbre de structure absent ou d'une forme inattendue");
  }
  let nextKey = treeRoot.getNumber('ParentTreeNextKey', resolve)?.value ?? 0;
  const sections = document.getArray('K', resolve);

  for (const { at, section, title, pdf } of placements) {
    const source = await PDF.load(pdf);
    const count = source.getPageCount();
    for (let k = 0; k < count; k++) {
      const sectionRef = sections?.at(section + k);
      const sect = sectionRef instanceof PdfRef ? resolve(sectionRef) : undefined;
      if (!(sectionRef instanceof PdfRef) || !(sect instanceof PdfDict) || sect.getName('S', resolve)?.value !== 'Sect') {
        throw internal(`section ${section + k + 1} absente pour l'annexe « ${title} »`);
      }
      sect.set('T', PdfString.fromString(`Annexe : ${title}`));
      const page = recueil.getPage(at + k);
      if (page === null) throw internal(`page ${at + k + 1} absente pour une annexe jointe`);
      if (page.dict.has('StructParents')) throw internal(`la page ${at + k + 1} d'une annexe jointe porte déjà du contenu balisé`);
      const embedded = await recueil.embedPage(source, k);
      const scale = Math.min(page.width / embedded.width, (page.height - FOOTER_PT) / embedded.height);
      const width = embedded.width * scale;
      const height = embedded.height * scale;
      const x = (page.width - width) / 2;
      const y = FOOTER_PT + (page.height - FOOTER_PT - height) / 2;

      const key = nextKey++;
      const figure = recueil.register(
        PdfDict.of({
          Type: PdfName.of('StructElem'),
          S: PdfName.of('Figure'),
          P: sectionRef,
          Pg: page.ref,
          K: PdfNumber.of(0),
          Alt: PdfString.fromString(`Annexe : ${title}, page ${k + 1} sur ${count}`),
          A: PdfDict.of({ O: PdfName.of('Layout'), Placement: PdfName.of('Block'), BBox: numbers([x, y, x + width, y + height]) }),
        }),
      );
      sect.set('K', new PdfArray([figure]));
      page.dict.set('StructParents', PdfNumber.of(key));
      nums.push(PdfNumber.of(key), new PdfArray([figure]));
      // The blank page holds only its page number, an artifact: the annex is its MCID 0.
      page.drawOperators([ops.beginMarkedContentProps('/Figure', PdfDict.of({ MCID: PdfNumber.of(0) }))]);
      page.drawPage(embedded, { x, y, width, height });
      page.drawOperators([ops.endMarkedContent()]);
    }
  }
  treeRoot.set('ParentTreeNextKey', PdfNumber.of(nextKey));
  // PDFKit gives the tree's only node the Limits of a leaf: they grow with it.
  if (parentTree.has('Limits')) parentTree.set('Limits', numbers([0, nextKey - 1]));
  return recueil.save();
}
