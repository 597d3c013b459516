import type { DocumentMeta, FontFamily } from '../model';
import { WORD_FONTS } from './fonts';

/** Escapes text for an XML element or attribute value. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * docProps/core.xml with the injected date: docx writes the clock's time there and offers no
 * option to change it.
 */
export function corePropertiesXml(meta: DocumentMeta, createdAt: Date): string {
  const iso = createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const element = (name: string, value: string | undefined): string =>
    value === undefined ? '' : `<${name}>${escapeXml(value)}</${name}>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    element('dc:title', meta.title) +
    element('dc:subject', meta.subject) +
    element('dc:creator', meta.author) +
    element('cp:keywords', meta.keywords) +
    element('cp:lastModifiedBy', meta.author) +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/**
 * word/fontTable.xml naming the Liberation font with its Times New Roman / Arial fallback, so
 * that Word on a machine without Liberation substitutes the metric-compatible font.
 */
export function fontTableXml(family: FontFamily): string {
  const font = WORD_FONTS[family];
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `<w:font w:name="${font.name}"><w:altName w:val="${font.altName}"/><w:panose1 w:val="${font.panose}"/>` +
    `<w:charset w:val="00"/><w:family w:val="${font.family}"/><w:pitch w:val="variable"/></w:font>` +
    '</w:fonts>'
  );
}
