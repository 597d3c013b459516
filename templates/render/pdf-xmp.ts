import type { Pdf } from './pdf-measure';

export interface XmpInfo {
  title: string;
  author: string;
  subject: string;
  keywords?: string;
  creator: string;
  producer: string;
  date: Date;
}

const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

const xmpDate = (date: Date): string => `${date.toISOString().split('.')[0]}Z`;

/**
 * The XMP twin of the document information dictionary, which PDF/A wants equivalent to it.
 * PDFKit writes its own twin unescaped (a title with « & » or « < » would break the XML) and
 * without the modification date; this one replaces it.
 */
export function writeXmpInfo(pdf: Pdf, info: XmpInfo): void {
  (pdf as unknown as { _addInfo: () => void })._addInfo = () =>
    pdf.appendXML(
      [
        '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
        `<xmp:CreateDate>${xmpDate(info.date)}</xmp:CreateDate>`,
        `<xmp:ModifyDate>${xmpDate(info.date)}</xmp:ModifyDate>`,
        `<xmp:CreatorTool>${escapeXml(info.creator)}</xmp:CreatorTool>`,
        '</rdf:Description>',
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
        `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(info.title)}</rdf:li></rdf:Alt></dc:title>`,
        `<dc:creator><rdf:Seq><rdf:li>${escapeXml(info.author)}</rdf:li></rdf:Seq></dc:creator>`,
        `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(info.subject)}</rdf:li></rdf:Alt></dc:description>`,
        '<dc:language><rdf:Bag><rdf:li>fr-FR</rdf:li></rdf:Bag></dc:language>',
        '</rdf:Description>',
        '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
        `<pdf:Producer>${escapeXml(info.producer)}</pdf:Producer>`,
        ...(info.keywords === undefined ? [] : [`<pdf:Keywords>${escapeXml(info.keywords)}</pdf:Keywords>`]),
        '</rdf:Description>',
      ].join('\n'),
    );
}
