import { readFileSync } from 'node:fs';
import { hasLuhnKey } from '../../shared/rules/luhn';

/*
 * A small Table Schema validator (frictionless specs) for the SCDL « Délibérations » schema, with
 * the custom checks the national validator (Validata) runs: what the tests use instead of the
 * national tool, which needs Python and the network. It checks the header (every field, in the
 * schema's order), `required`, `pattern`, the types string, integer and date, the `uri` format,
 * and the custom checks french-siret-value, year-interval-value, cohesive-columns-value,
 * compare-columns-value, sum-columns-value and nomenclature-actes-value.
 */

interface Field {
  name: string;
  type: 'string' | 'integer' | 'date' | 'number' | 'boolean';
  format?: string;
  constraints?: { required?: boolean; pattern?: string; enum?: string[] };
}

interface CustomCheck {
  name: string;
  params: Record<string, unknown>;
}

export interface TableSchema {
  fields: Field[];
  custom_checks?: CustomCheck[];
}

/** The SCDL « Délibérations » 2.1.5 schema shipped with the project. */
export function scdlDeliberationsSchema(): TableSchema {
  return JSON.parse(readFileSync(new URL('../../reference/scdl/schema-2.1.5.json', import.meta.url), 'utf8')) as TableSchema;
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes (doubled) and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Validata's SIRET check: 14 digits with a Luhn key (La Poste's establishments sum their digits to a multiple of 5). */
function validSiret(v: string): boolean {
  if (!/^[0-9]{14}$/.test(v)) return false;
  if (v.startsWith('356000000')) return [...v].reduce((s, d) => s + Number(d), 0) % 5 === 0;
  return hasLuhnKey(v);
}

const simplified = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** The matières of level 1 of the ACTES nomenclature, as Validata lists them. */
const ACTES_MATIERES = [
  'Commande publique',
  'Urbanisme',
  'Domaine et patrimoine',
  'Fonction publique',
  'Institutions et vie politique',
  'Libertés publiques et pouvoirs de police',
  'Finances locales',
  'Domaines de compétences par thèmes',
  'Autres domaines de compétences',
].map(simplified);

function validDate(v: string): boolean {
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(v);
  if (m === null) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === v;
}

function typeError(f: Field, v: string): string | null {
  if (f.type === 'integer' && !/^-?[0-9]+$/.test(v)) return 'entier attendu';
  if (f.type === 'number' && !Number.isFinite(Number(v))) return 'nombre attendu';
  if (f.type === 'date' && !validDate(v)) return 'date AAAA-MM-JJ attendue';
  if (f.format === 'uri' && !/^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(v)) return 'URI attendue';
  return null;
}

const compare = (a: string, op: string, b: string, numeric: boolean): boolean => {
  const [x, y] = numeric ? [Number(a), Number(b)] : [a, b];
  switch (op) {
    case '>=':
      return x >= y;
    case '>':
      return x > y;
    case '<=':
      return x <= y;
    case '<':
      return x < y;
    case '==':
      return x === y;
    default:
      throw new Error(`opérateur inconnu ${op}`);
  }
};

/**
 * Every error of a CSV against a Table Schema and its custom checks, one line each
 * (« ligne 3, VOTE_REEL : … »); empty when the file is valid.
 */
export function tableSchemaErrors(schema: TableSchema, csv: string): string[] {
  const errors: string[] = [];
  const [header = [], ...rows] = parseCsv(csv);
  const names = schema.fields.map((f) => f.name);
  if (header.join(',') !== names.join(',')) errors.push(`en-tête : ${header.join(',')} ; attendu ${names.join(',')}`);
  const typeOf = new Map(schema.fields.map((f) => [f.name, f.type]));
  rows.forEach((cells, i) => {
    const line = i + 2;
    if (cells.length !== header.length) errors.push(`ligne ${line} : ${cells.length} cellules pour ${header.length} colonnes`);
    const value = (name: string) => cells[header.indexOf(name)] ?? '';
    for (const f of schema.fields) {
      const v = value(f.name);
      if (v === '') {
        if (f.constraints?.required === true) errors.push(`ligne ${line}, ${f.name} : obligatoire`);
        continue;
      }
      const wrongType = typeError(f, v);
      if (wrongType !== null) errors.push(`ligne ${line}, ${f.name} : « ${v} », ${wrongType}`);
      const pattern = f.constraints?.pattern;
      if (pattern !== undefined && !new RegExp(pattern, 'u').test(v)) errors.push(`ligne ${line}, ${f.name} : « ${v} » ne suit pas ${pattern}`);
      if (f.constraints?.enum !== undefined && !f.constraints.enum.includes(v)) errors.push(`ligne ${line}, ${f.name} : « ${v} » hors liste`);
    }
    for (const check of schema.custom_checks ?? []) {
      const p = check.params;
      const column = String(p.column);
      const v = value(column);
      switch (check.name) {
        case 'french-siret-value':
          if (v !== '' && !validSiret(v)) errors.push(`ligne ${line}, ${column} : SIRET « ${v} » invalide`);
          break;
        case 'year-interval-value': {
          const m = /^([0-9]{4})(?:\/([0-9]{4}))?$/.exec(v);
          if (v !== '' && (m === null || (m[2] === undefined && p['allow-year-only'] !== 'yes') || (m[2] !== undefined && m[2] <= (m[1] ?? '')))) {
            errors.push(`ligne ${line}, ${column} : intervalle d'années « ${v} » invalide`);
          }
          break;
        }
        case 'cohesive-columns-value': {
          const group = [column, ...(p.othercolumns as string[])];
          const filled = group.filter((c) => value(c) !== '');
          if (filled.length > 0 && filled.length < group.length) errors.push(`ligne ${line} : ${group.join(', ')} doivent être tous remplis ou tous vides`);
          break;
        }
        case 'compare-columns-value': {
          const other = String(p.column2);
          const w = value(other);
          if (v !== '' && w !== '' && !compare(v, String(p.op), w, typeOf.get(column) === 'integer')) {
            errors.push(`ligne ${line} : ${column} (${v}) ${String(p.op)} ${other} (${w}) est faux`);
          }
          break;
        }
        case 'sum-columns-value': {
          const parts = p.columns as string[];
          if (v !== '' && parts.every((c) => value(c) !== '')) {
            const sum = parts.reduce((s, c) => s + Number(value(c)), 0);
            if (sum !== Number(v)) errors.push(`ligne ${line} : ${column} (${v}) ≠ ${parts.join(' + ')} (${sum})`);
          }
          break;
        }
        case 'nomenclature-actes-value': {
          const top = v.split('/')[0] ?? '';
          if (v !== '' && (!v.includes('/') || v.includes(' / ') || !ACTES_MATIERES.includes(simplified(top)))) {
            errors.push(`ligne ${line}, ${column} : « ${v} » hors nomenclature ACTES (« Matière/Sous-matière » attendu)`);
          }
          break;
        }
        default:
          errors.push(`contrôle « ${check.name} » inconnu de ce validateur`);
      }
    }
  });
  return errors;
}
