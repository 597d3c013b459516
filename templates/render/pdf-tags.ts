import type { Pdf } from './pdf-measure';

/** Standard structure types (ISO 32000-1 §14.8.4) the blocks are tagged with, so screen readers read the acts. */
export type StructRole = 'P' | 'H1' | 'H2' | 'H3' | 'L' | 'LI' | 'LBody' | 'Table' | 'TR' | 'TH' | 'TD' | 'Link';

/** One element of a document's structure tree; its identity is the object, its parent null at the top. */
export interface StructNode {
  role: StructRole;
  parent: StructNode | null;
}

export const structNode = (role: StructRole, parent: StructNode | null = null): StructNode => ({ role, parent });

type StructElement = PDFKit.PDFStructureElement;

/**
 * Writes one document's marked content and its structure elements under a `Sect` of the PDF's
 * `Document` element. Elements are created on their first content, so that a block cut across
 * pages stays one element; `end()` writes them out, so a long book keeps no tree in memory.
 */
/** What PDFKit keeps, until the end, of the elements whose content a page holds (its parent tree). */
interface ParentTreeHolder {
  getStructParentTree(): { get(key: number): unknown; add(key: number, value: unknown): unknown };
}

/** An indirect reference as PDFKit writes it ("12 0 R"): its id and generation, nothing more. */
interface PdfRef {
  id: number;
  gen: number;
  toString(): string;
}

export class DocumentTagger {
  private readonly elements = new Map<StructNode, StructElement>();
  private readonly section: StructElement;
  /** Parent-tree keys of the pages this document's content is on. */
  private readonly pageKeys = new Set<number>();

  constructor(
    private readonly pdf: Pdf,
    root: StructElement,
  ) {
    this.section = pdf.struct('Sect');
    root.add(this.section);
  }

  /** The element of `node`, created with its parents when first met. */
  element(node: StructNode): StructElement {
    let element = this.elements.get(node);
    if (element === undefined) {
      const parent = node.parent === null ? this.section : this.element(node.parent);
      element = this.pdf.struct(node.role);
      parent.add(element);
      this.elements.set(node, element);
    }
    return element;
  }

  /** Draws `draw` as content of `node` (text a screen reader reads). */
  content(node: StructNode, draw: () => void): void {
    const element = this.element(node);
    const content = this.pdf.markStructureContent(node.role);
    this.notePage();
    draw();
    this.pdf.endMarkedContent();
    element.add(content);
  }

  private notePage(): void {
    const key = (this.pdf.page.dictionary.data as { StructParents?: number }).StructParents;
    if (key !== undefined) this.pageKeys.add(key);
  }

  /**
   * Draws `draw` as content of a new `Link` element under `node`, with the link annotation
   * `annotate` makes; ended at once, so that its annotation is filed under this page.
   */
  link(node: StructNode, draw: () => void, annotate: (link: StructElement) => void): void {
    const link = this.pdf.struct('Link');
    this.element(node).add(link);
    const content = this.pdf.markStructureContent('Link');
    this.notePage();
    draw();
    this.pdf.endMarkedContent();
    link.add(content);
    annotate(link);
    link.end();
  }

  /** Draws `draw` as an artifact: rules, cell fills, running headers, repeated table headers. */
  artifact(draw: () => void, type?: 'Pagination' | 'Layout'): void {
    this.pdf.markContent('Artifact', type === undefined ? {} : { type });
    draw();
    this.pdf.endMarkedContent();
  }

  /**
   * Ends the document's elements: PDFKit writes them out at once, but its parent tree (page →
   * elements, written at the very end) would hold every element of the book in memory, each with
   * its parents and pages. The tree needs only how it writes each page's entry ("[12 0 R 13 0 R]"):
   * it is left with that, one string a page instead of an object an element.
   */
  end(): void {
    this.section.end();
    this.elements.clear();
    const parentTree = (this.pdf as unknown as ParentTreeHolder).getStructParentTree();
    for (const key of this.pageKeys) {
      const entries = parentTree.get(key) as unknown[];
      const written = writtenEntries(entries);
      if (written !== null) parentTree.add(key, written);
    }
    this.pageKeys.clear();
  }
}

const isRef = (value: unknown): value is PdfRef =>
  typeof value === 'object' && value !== null && typeof (value as PdfRef).id === 'number' && typeof (value as PdfRef).gen === 'number';

/**
 * A value that PDFKit writes as it writes `entries`, an array of references and holes
 * ("[12 0 R null 13 0 R]"), without the objects they refer to: an object of the references' own
 * class, which PDFKit writes by its `toString()`. Null when an entry is something else.
 */
function writtenEntries(entries: readonly unknown[]): unknown {
  let prototype: object | null = null;
  const items: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (entry === undefined || entry === null) items.push('null');
    else if (isRef(entry)) {
      prototype ??= Object.getPrototypeOf(entry) as object;
      items.push(entry.toString());
    } else return null;
  }
  if (prototype === null) return null;
  const text = `[${items.join(' ')}]`;
  return Object.assign(Object.create(prototype) as object, { toString: () => text });
}
