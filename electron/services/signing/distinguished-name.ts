import * as asn1js from 'asn1js';
import type * as pkijs from 'pkijs';

// Short names of RFC 4514 plus those French qualified certificates carry (ETSI EN 319 412-1).
const SHORT_NAMES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.4': 'SN',
  '2.5.4.5': 'SERIALNUMBER',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.9': 'STREET',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.12': 'T',
  '2.5.4.42': 'GN',
  '2.5.4.97': 'organizationIdentifier',
  '1.2.840.113549.1.9.1': 'E',
  '0.9.2342.19200300.100.1.1': 'UID',
  '0.9.2342.19200300.100.1.25': 'DC',
};

const COMMON_NAME = '2.5.4.3';

// Typed by pkijs as a string type, but certificates in the wild may hold any ASN.1 value there.
function attributeText(value: asn1js.BaseBlock): string {
  // asn1js decodes UTF8String, BMPString, PrintableString… to JS strings, which keeps "Département" intact.
  if (value instanceof asn1js.BaseStringBlock) return value.getValue();
  return `#${Buffer.from(value.toBER(false)).toString('hex')}`;
}

function escapeValue(text: string): string {
  return text
    .replace(/[\\,+"<>;]/g, (c) => `\\${c}`)
    .replace(/^[ #]/, (c) => `\\${c}`)
    .replace(/ $/, '\\ ');
}

/**
 * RFC 4514 string of a certificate name, most specific first, with accents kept:
 * e.g. "CN=Jean-Louis MASSON, O=Département du Var, C=FR".
 */
export function formatDistinguishedName(name: pkijs.RelativeDistinguishedNames): string {
  return name.typesAndValues
    .map((tv) => `${SHORT_NAMES[tv.type] ?? tv.type}=${escapeValue(attributeText(tv.value))}`)
    .reverse()
    .join(', ');
}

/** The most specific common name (CN) of a name, or "" when it has none. */
export function commonNameOf(name: pkijs.RelativeDistinguishedNames): string {
  const cns = name.typesAndValues.filter((tv) => tv.type === COMMON_NAME);
  const last = cns[cns.length - 1];
  return last === undefined ? '' : attributeText(last.value);
}
