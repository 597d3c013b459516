import type { ParagraphChild } from 'docx';
import { AlignmentType, Document as DocxDocument, Footer, Header, ImportedXmlComponent, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { A4_HEIGHT_MM, A4_WIDTH_MM, BLOCK_DEFAULTS, creationDate, type Document, type PageSettings } from '../model';
import { corePropertiesXml, fontTableXml } from './docx-parts';
import { docxBody, mmToTwip, ptToTwip } from './docx-blocks';
import { WORD_FONTS } from './fonts';
import { countPdfPages } from './pdf';
import { setZipEntryDates } from './zip-dates';

export interface DocxRenderOptions {
  /**
   * Pages the document takes, e.g. `renderPdf(doc).pageCount`, to decide whether the footer
   * numbers pages; laid out again with the PDF engine when unset.
   */
  pageCount?: number;
}

/**
 * Renders `doc` as an A4 Word document in Liberation Serif/Sans (Times New Roman/Arial as
 * fallback), with "Page N / M" fields in the footer of multi-page documents.
 * Deterministic: two renderings of the same document are byte for byte equal (the core
 * properties and the zip entries carry `meta.createdAt`, never the clock).
 */
export async function renderDocx(doc: Document, options: DocxRenderOptions = {}): Promise<Uint8Array> {
  const date = creationDate(doc.meta);
  const { page, typography } = doc;
  const policy = page.pageNumbers;
  const numbered = policy === 'always' || (policy === 'whenMultiPage' && (options.pageCount ?? countPdfPages(doc)) > 1);
  const textWidthTwip = mmToTwip(A4_WIDTH_MM - page.marginLeftMm - page.marginRightMm);
  const file = new DocxDocument({
    title: doc.meta.title,
    subject: doc.meta.subject,
    creator: doc.meta.author,
    lastModifiedBy: doc.meta.author,
    ...(doc.meta.keywords === undefined ? {} : { keywords: doc.meta.keywords }),
    styles: {
      default: {
        document: {
          run: { font: WORD_FONTS[typography.fontFamily].name, size: typography.fontSizePt * 2, language: { value: 'fr-FR' } },
        },
        // Word's built-in headings are blue Calibri Light: ours stay in the body font, in black.
        heading1: { run: { color: '000000', bold: true } },
        heading2: { run: { color: '000000', bold: true } },
        heading3: { run: { color: '000000', bold: true } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: mmToTwip(A4_WIDTH_MM), height: mmToTwip(A4_HEIGHT_MM) },
            margin: {
              top: mmToTwip(page.marginTopMm),
              bottom: mmToTwip(page.marginBottomMm),
              left: mmToTwip(page.marginLeftMm),
              right: mmToTwip(page.marginRightMm),
              footer: mmToTwip(BLOCK_DEFAULTS.pageNumberBottomMm) - ptToTwip(BLOCK_DEFAULTS.pageNumberFontSizePt),
            },
          },
        },
        ...(numbered ? { footers: { default: pageNumberFooter() } } : {}),
        ...(page.runningHeader === undefined && page.watermark === undefined ? {} : { headers: { default: pageHeader(page) } }),
        children: docxBody(doc, textWidthTwip),
      },
    ],
  });
  const zip = await Packer.toBuffer(file, false, [
    { path: 'docProps/core.xml', data: corePropertiesXml(doc.meta, date) },
    { path: 'word/fontTable.xml', data: fontTableXml(typography.fontFamily) },
  ]);
  return setZipEntryDates(new Uint8Array(zip.buffer, zip.byteOffset, zip.byteLength), date);
}

/**
 * The header of every page: the running header, and the watermark (« PROJET »). Word repeats a
 * header on each page; the watermark is Word's own kind (a WordArt shape anchored in the header,
 * behind the text, centred on the page and slanted at 45°), so it lies across every page as in the PDF.
 */
function pageHeader(page: PageSettings): Header {
  const lines: Paragraph[] = [];
  if (page.watermark !== undefined) lines.push(new Paragraph({ children: [watermarkRun(page.watermark)] }));
  if (page.runningHeader !== undefined) {
    lines.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: page.runningHeader, size: BLOCK_DEFAULTS.pageNumberFontSizePt * 2 })] }));
  }
  return new Header({ children: lines });
}

const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A run holding a VML text path (`_x0000_t136`, the shape Word writes for « Filigrane »): light grey,
 * half transparent, rotated 315° (rising from bottom left), behind the text (negative z-index).
 * The docx library has no builder for it, so its XML is given as Word writes it.
 */
function watermarkRun(word: string): ParagraphChild {
  const xml =
    '<w:r><w:pict>' +
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">' +
    '<v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/>' +
    '<v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/>' +
    '<v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas>' +
    '<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>' +
    '<v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles><o:lock v:ext="edit" text="t" shapetype="t"/>' +
    '</v:shapetype>' +
    '<v:shape id="Filigrane" o:spid="_x0000_s1025" type="#_x0000_t136" ' +
    'style="position:absolute;margin-left:0;margin-top:0;width:430pt;height:143pt;rotation:315;z-index:-251657216;' +
    'mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin" ' +
    'o:allowincell="f" fillcolor="#bfbfbf" stroked="f">' +
    '<v:fill opacity=".5"/>' +
    `<v:textpath style="font-family:&quot;Liberation Sans&quot;;font-size:1pt;font-weight:bold" string="${xmlEscape(word)}"/>` +
    '<w10:wrap anchorx="margin" anchory="margin"/>' +
    '</v:shape></w:pict></w:r>';
  return ImportedXmlComponent.fromXmlString(xml) as unknown as ParagraphChild;
}

function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            size: BLOCK_DEFAULTS.pageNumberFontSizePt * 2,
            children: ['Page ', PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}
