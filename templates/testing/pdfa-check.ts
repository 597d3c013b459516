import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDF, PdfArray, PdfDict, type PdfNumber, PdfRef, PdfStream, type PdfObject } from '@libpdf/core';
import { readMarkedContent } from './marked-content';

const execFileAsync = promisify(execFile);

/** What the structural PDF/A check found in a file. */
export interface PdfaFindings {
  /** Lines of what is missing or wrong; empty when the file passes. */
  problems: string[];
  /** Number of bookmarks, nested ones included. */
  bookmarks: number;
  /** `pdfaid:part` and `pdfaid:conformance` of the XMP, e.g. '2A'. */
  claim: string;
}

/**
 * A structural check of the PDF/A-2 claim, in place of a validator (no veraPDF here): poppler's
 * `pdfinfo` says Tagged: yes and its XMP is well-formed XML naming PDF/A part 2 (xmllint);
 * `pdffonts` lists every font embedded; the catalog, read with @libpdf/core, has an sRGB ICC
 * output intent, a structure tree, MarkInfo Marked and /Lang fr-FR; every page's painting
 * operators are tagged content or artifacts, every MCID and every annotation has its structure
 * element in the ParentTree (an annotation through an OBJR), every annotation is printed (/F 4)
 * and every /Figure has an /Alt. Signed files included: the last revision's catalog is read.
 */
export async function checkPdfA(bytes: Uint8Array): Promise<PdfaFindings> {
  const problems: string[] = [];
  const dir = await mkdtemp(join(tmpdir(), 'registre-pdfa-'));
  try {
    const file = join(dir, 'document.pdf');
    await writeFile(file, bytes);
    const run = async (tool: string, args: string[]) => (await execFileAsync(tool, [...args, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })).stdout;

    if (!/^Tagged:\s+yes$/m.test(await run('pdfinfo', []))) problems.push('pdfinfo: Tagged is not yes');
    const xmp = await run('pdfinfo', ['-meta']);
    const xmpFile = join(dir, 'xmp.xml');
    await writeFile(xmpFile, xmp);
    await execFileAsync('xmllint', ['--noout', xmpFile]).catch((error: Error) => problems.push(`XMP is not well-formed XML: ${error.message}`));
    const part = /<pdfaid:part>(\d)<\/pdfaid:part>/.exec(xmp)?.[1];
    const conformance = /<pdfaid:conformance>([A-Z])<\/pdfaid:conformance>/.exec(xmp)?.[1] ?? '';
    if (part !== '2') problems.push(`XMP: pdfaid:part is ${part ?? 'absent'}, not 2`);
    if (!['A', 'B'].includes(conformance)) problems.push(`XMP: pdfaid:conformance is « ${conformance} », not A or B`);

    const fonts = (await run('pdffonts', [])).split('\n').slice(2).filter((line) => line.trim() !== '');
    if (fonts.length === 0) problems.push('pdffonts: no font');
    for (const line of fonts) {
      // Columns: name, type (may hold spaces), encoding, emb, sub, uni, object number, generation.
      const columns = line.trim().split(/\s+/);
      if (columns.at(-5) !== 'yes') problems.push(`pdffonts: ${columns[0]} is not embedded`);
    }

    const pdf = await PDF.load(bytes);
    const resolve = (ref: PdfRef): PdfObject | null => pdf.getObject(ref);
    const catalog = pdf.getCatalog();
    const intent = catalog.getArray('OutputIntents', resolve)?.at(0, resolve) as PdfDict | undefined;
    const profile = intent?.get('DestOutputProfile', resolve);
    if (intent?.getName('S', resolve)?.value !== 'GTS_PDFA1') problems.push('no GTS_PDFA1 output intent');
    // An ICC profile names its colour space at byte 16 and carries the signature 'acsp' at 36.
    const icc = profile instanceof PdfStream ? Buffer.from(profile.getDecodedData()) : Buffer.alloc(0);
    if (icc.toString('latin1', 16, 20) !== 'RGB ' || icc.toString('latin1', 36, 40) !== 'acsp') problems.push('the output intent has no RGB ICC profile');
    if (catalog.getDict('StructTreeRoot', resolve)?.getName('Type', resolve)?.value !== 'StructTreeRoot') problems.push('no StructTreeRoot');
    if (catalog.getDict('MarkInfo', resolve)?.getBool('Marked', resolve)?.value !== true) problems.push('MarkInfo Marked is not true');
    const lang = catalog.getString('Lang', resolve)?.asString();
    if (lang !== 'fr-FR') problems.push(`Lang is ${lang ?? 'absent'}, not fr-FR`);

    problems.push(...structureProblems(pdf));

    return { problems, bookmarks: countOutline(catalog.getDict('Outlines', resolve), resolve), claim: `${part ?? ''}${conformance}` };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * What the tagging leaves out: content outside marked content, MCIDs and annotations without
 * their element in the ParentTree, annotations not printed, figures without alternative text.
 */
function structureProblems(pdf: PDF): string[] {
  const problems: string[] = [];
  const resolve = (ref: PdfRef): PdfObject | null => pdf.getObject(ref);
  const deref = (value: PdfObject | undefined): PdfObject | undefined => (value instanceof PdfRef ? (resolve(value) ?? undefined) : value);
  const treeRoot = pdf.getCatalog().getDict('StructTreeRoot', resolve);
  const parents = new Map<number, PdfObject | undefined>();
  const readTree = (node: PdfDict | undefined): void => {
    const nums = node?.getArray('Nums', resolve);
    for (let i = 0; i + 1 < (nums?.length ?? 0); i += 2) parents.set((nums?.at(i) as PdfNumber).value, nums?.at(i + 1));
    const kids = node?.getArray('Kids', resolve);
    for (let i = 0; i < (kids?.length ?? 0); i++) readTree(kids?.at(i, resolve) as PdfDict);
  };
  readTree(treeRoot?.getDict('ParentTree', resolve));
  const sameRef = (a: PdfObject | undefined, b: PdfRef) => a instanceof PdfRef && a.objectNumber === b.objectNumber && a.generation === b.generation;

  for (let index = 0; index < pdf.getPageCount(); index++) {
    const page = pdf.getPage(index);
    if (page === null) continue;
    const where = `page ${index + 1}`;
    const contents = page.dict.get('Contents', resolve);
    const streams = contents instanceof PdfArray ? contents.toArray().map(deref) : [contents];
    const data = Buffer.concat(streams.map((stream) => (stream instanceof PdfStream ? Buffer.concat([Buffer.from(stream.getDecodedData()), Buffer.from('\n')]) : Buffer.alloc(0))));
    const marking = readMarkedContent(data);
    if (marking.unmarked.length > 0) problems.push(`${where}: ${marking.unmarked.length} painting operators outside marked content (${[...new Set(marking.unmarked)].join(' ')})`);
    const key = page.dict.getNumber('StructParents', resolve)?.value;
    const onPage = key === undefined ? undefined : deref(parents.get(key));
    for (const mcid of marking.mcids) {
      if (!(onPage instanceof PdfArray) || !(deref(onPage.at(mcid)) instanceof PdfDict)) problems.push(`${where}: MCID ${mcid} has no structure element in the ParentTree`);
    }
    const annots = page.dict.getArray('Annots', resolve);
    for (let i = 0; i < (annots?.length ?? 0); i++) {
      const ref = annots?.at(i);
      const annot = deref(ref);
      if (!(ref instanceof PdfRef) || !(annot instanceof PdfDict) || annot.getName('Subtype', resolve)?.value === 'Popup') continue;
      const subtype = annot.getName('Subtype', resolve)?.value ?? '?';
      if (((annot.getNumber('F', resolve)?.value ?? 0) & 4) === 0) problems.push(`${where}: ${subtype} annotation without the print flag`);
      const parentKey = annot.getNumber('StructParent', resolve)?.value;
      const element = parentKey === undefined ? undefined : deref(parents.get(parentKey));
      const kids = element instanceof PdfDict ? deref(element.get('K')) : undefined;
      const objrs = (kids instanceof PdfArray ? kids.toArray() : [kids]).map(deref);
      if (!objrs.some((kid) => kid instanceof PdfDict && kid.getName('Type', resolve)?.value === 'OBJR' && sameRef(kid.get('Obj'), ref))) {
        problems.push(`${where}: ${subtype} annotation has no structure element (OBJR) in the ParentTree`);
      }
    }
  }

  const seen = new Set<PdfObject>();
  const walk = (node: PdfObject | undefined): void => {
    const element = deref(node);
    if (!(element instanceof PdfDict) || seen.has(element)) return;
    seen.add(element);
    if (element.getName('S', resolve)?.value === 'Figure' && element.getString('Alt', resolve) === undefined) problems.push('a Figure has no Alt text');
    const kids = deref(element.get('K'));
    for (const kid of kids instanceof PdfArray ? kids.toArray() : [kids]) walk(kid);
  };
  walk(treeRoot);
  return problems;
}

function countOutline(parent: PdfDict | undefined, resolve: (ref: PdfRef) => PdfObject | null): number {
  let count = 0;
  for (let item = parent?.getDict('First', resolve); item !== undefined; item = item.getDict('Next', resolve)) {
    count += 1 + countOutline(item, resolve);
  }
  return count;
}

/** A link annotation of a PDF: the 1-based page it sits on and the 1-based page it opens. */
export interface PdfLink {
  page: number;
  target: number;
}

/** Every GoTo link to a named destination, in page order: a sommaire's lines and where they lead. */
export async function pdfLinks(bytes: Uint8Array): Promise<PdfLink[]> {
  const pdf = await PDF.load(bytes);
  const resolve = (ref: PdfRef): PdfObject | null => pdf.getObject(ref);
  const catalog = pdf.getCatalog();
  const key = (ref: unknown): string => (ref instanceof PdfRef ? `${ref.objectNumber} ${ref.generation}` : '');
  const pageRefs: string[] = [];
  const pageDicts: PdfDict[] = [];
  const walkPages = (node: PdfDict): void => {
    const kids = node.getArray('Kids', resolve);
    for (let i = 0; i < (kids?.length ?? 0); i++) {
      const ref = kids?.at(i);
      const kid = kids?.at(i, resolve) as PdfDict;
      if (kid.getName('Type', resolve)?.value === 'Pages') walkPages(kid);
      else {
        pageRefs.push(key(ref));
        pageDicts.push(kid);
      }
    }
  };
  const root = catalog.getDict('Pages', resolve);
  if (root !== undefined) walkPages(root);

  const destinations = new Map<string, number>();
  const walkNames = (node: PdfDict): void => {
    const names = node.getArray('Names', resolve);
    for (let i = 0; i + 1 < (names?.length ?? 0); i += 2) {
      const name = (names?.at(i, resolve) as { asString(): string }).asString();
      const destination = names?.at(i + 1, resolve) as { at(index: number): unknown } | undefined;
      destinations.set(name, pageRefs.indexOf(key(destination?.at(0))) + 1);
    }
    const kids = node.getArray('Kids', resolve);
    for (let i = 0; i < (kids?.length ?? 0); i++) walkNames(kids?.at(i, resolve) as PdfDict);
  };
  const dests = catalog.getDict('Names', resolve)?.getDict('Dests', resolve);
  if (dests !== undefined) walkNames(dests);

  const links: PdfLink[] = [];
  pageDicts.forEach((page, index) => {
    const annots = page.getArray('Annots', resolve);
    for (let i = 0; i < (annots?.length ?? 0); i++) {
      const action = (annots?.at(i, resolve) as PdfDict).getDict('A', resolve);
      if (action?.getName('S', resolve)?.value !== 'GoTo') continue;
      const name = action.getString('D', resolve)?.asString() ?? '';
      links.push({ page: index + 1, target: destinations.get(name) ?? 0 });
    }
  });
  return links;
}
