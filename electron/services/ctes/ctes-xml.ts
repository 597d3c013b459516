import type { Element, Node } from '@oozcitak/dom/lib/dom/interfaces';
import iconv from 'iconv-lite';
import { create } from 'xmlbuilder2';
import { validationError } from '../../../shared/domain/errors';

/** Namespace of the @ctes messages (prefix `actes`). */
export const ACTES_NS = 'http://www.interieur.gouv.fr/ACTES#v1.1-20040216';
/** Namespace of the INSEE types used by @ctes (prefix `insee`). */
export const INSEE_NS = 'http://xml.insee.fr/schema';

const ELEMENT_NODE = 1;

/**
 * Decodes an XML file as its declaration says: the préfecture writes ISO-8859-1 (or
 * windows-1252), the app's own files are UTF-8 (the default of XML).
 */
export function decodeXmlBytes(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  const encoding: string = /^<\?xml[^>]*encoding=["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
  const unknown = `Fichier XML : encodage « ${encoding} » inconnu.`;
  if (!iconv.encodingExists(encoding)) throw validationError(unknown, 'xml');
  return iconv.decode(Buffer.from(bytes), encoding).replace(/^\uFEFF/, '');
}

/**
 * Parses an @ctes message and returns its root element, which must be `actes:<rootName>`;
 * otherwise a French validation error naming what was expected (`what`, e.g. « accusé de réception »).
 */
export function parseActesRoot(xmlText: string, rootName: string, what: string): Element {
  const broken = tagBalanceIssue(xmlText);
  if (broken !== null) throw validationError(`${what} : XML mal formé (${broken}).`, 'xml');
  let root: Node | null = null;
  try {
    root = create(xmlText.replace(/^\uFEFF/, '')).root().node;
  } catch (e) {
    throw validationError(`${what} : XML mal formé (${(e as Error).message}).`, 'xml');
  }
  const element = root as Element | null;
  if (element === null || Number(element.nodeType) !== ELEMENT_NODE || element.localName === '') {
    throw validationError(`${what} : XML mal formé ou vide.`, 'xml');
  }
  if (element.namespaceURI !== ACTES_NS || element.localName !== rootName) {
    throw validationError(
      `${what} : élément racine « ${element.nodeName} » inattendu ; attendu actes:${rootName} ` +
        `(espace de noms ${ACTES_NS}).`,
      'xml',
    );
  }
  return element;
}

/*
 * xmlbuilder2's reader is lenient: it accepts unclosed or crossed elements. A message from the
 * préfecture that is cut or mangled must be refused, so tags are checked to nest properly first.
 */
function tagBalanceIssue(xmlText: string): string | null {
  const text = xmlText.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>/g, '');
  const stack: string[] = [];
  let roots = 0;
  for (const m of text.matchAll(/<(\/?)([^\s/>]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g)) {
    const [, closing, name = '', , selfClosing] = m;
    if (closing === '/') {
      const open = stack.pop();
      if (open !== name) return open === undefined ? `balise </${name}> sans ouverture` : `balise <${open}> fermée par </${name}>`;
    } else {
      if (stack.length === 0) roots += 1;
      if (selfClosing !== '/') stack.push(name);
    }
  }
  const unclosed = stack.at(-1);
  if (unclosed !== undefined) return `balise <${unclosed}> non fermée`;
  if (roots !== 1) return roots === 0 ? 'aucun élément' : 'plusieurs éléments racines';
  const stray = text.replace(/<(?:[^>"']|"[^"]*"|'[^']*')*>/g, '');
  if (stray.includes('<')) return 'caractère « < » isolé';
  return null;
}

/** The value of an `actes:` attribute (also accepted without prefix, as some TdT write it), or null. */
export function actesAttribute(element: Element, name: string): string | null {
  return element.getAttributeNS(ACTES_NS, name) ?? element.getAttribute(name);
}

/** The child elements `actes:<name>` of an element, in document order. */
export function actesChildren(element: Element, name: string): Element[] {
  const found: Element[] = [];
  for (const child of Array.from(element.childNodes)) {
    if (Number(child?.nodeType) === ELEMENT_NODE) {
      const e = child as Element;
      if (e.namespaceURI === ACTES_NS && e.localName === name) found.push(e);
    }
  }
  return found;
}
