import { validationError } from '../../shared/domain/errors';
import type { Alignment } from '../model';
import type { BlockStyle, Catalogue, TableColumns, Template, TemplateBlock } from './template';

const DIRECTIVES = ['titre', 'paragraphe', 'pour-chaque', 'lignes', 'décisions', 'tableau', 'saut-de-page'] as const;
const ALIGNMENTS: Record<string, Alignment> = { centré: 'center', gauche: 'left', droite: 'right', justifié: 'justify' };
const ELEMENT = 'élément';

/** `{nom}` placeholders of a text; `{{` and `}}` write literal braces. */
export function placeholdersOf(text: string): string[] {
  return [...text.replace(/\{\{|\}\}/g, '').matchAll(/\{([^{}]*)\}/g)].map((m) => (m[1] ?? '').trim());
}

/**
 * Reads a template file: blocks separated by blank lines, each opened by a directive line
 * `@paragraphe centré gras` and followed by its text; `#` starts a comment line.
 * Every placeholder must be in the catalogue: otherwise the template is refused with a message
 * naming the line, the placeholder and the allowed ones.
 *
 * @example parseTemplate('extrait', '@paragraphe centré\nSéance du {séance.date_longue}', catalogue)
 */
export function parseTemplate(name: string, source: string, catalogue: Catalogue): Template {
  const blocks: TemplateBlock[] = [];
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  let current: { directive: string; args: string[]; text: string[]; line: number } | null = null;
  const fail = (line: number, message: string): never => {
    throw validationError(`Modèle « ${name} », ligne ${line} : ${message}`, `modèles/${name}`);
  };
  const close = () => {
    if (current !== null) blocks.push(toBlock(current, catalogue, fail));
    current = null;
  };
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.startsWith('#')) return;
    if (raw.trim() === '') return close();
    if (raw.startsWith('@')) {
      close();
      const [directive = '', ...args] = raw.slice(1).trim().split(/\s+/);
      current = { directive, args, text: [], line };
      return;
    }
    if (current === null) return fail(line, `texte hors d'un bloc ; commencez le bloc par une ligne @paragraphe, @titre, @pour-chaque…`);
    current.text.push(raw);
  });
  close();
  if (blocks.length === 0) fail(1, 'le modèle ne contient aucun bloc.');
  return { name, blocks };
}

function toBlock(
  b: { directive: string; args: string[]; text: string[]; line: number },
  catalogue: Catalogue,
  fail: (line: number, message: string) => never,
): TemplateBlock {
  if (!(DIRECTIVES as readonly string[]).includes(b.directive)) {
    return fail(b.line, `directive « @${b.directive} » inconnue ; directives possibles : ${DIRECTIVES.map((d) => `@${d}`).join(', ')}.`);
  }
  const text = b.text.join('\n');
  const takesList = b.directive === 'pour-chaque' || b.directive === 'lignes' || b.directive === 'décisions' || b.directive === 'tableau';
  const list = takesList ? (b.args.shift() ?? '') : '';
  const columns = b.directive === 'tableau' ? readColumns(b.args, b.line, fail) : undefined;
  const style = readStyle(b.args, b.line, catalogue, fail);
  if (takesList && !(list in catalogue.lists)) {
    fail(b.line, `liste « ${list} » inconnue pour @${b.directive} ; listes disponibles : ${Object.keys(catalogue.lists).join(', ')}.`);
  }
  const allowed = b.directive === 'pour-chaque' ? [ELEMENT, ...Object.keys(catalogue.texts)] : Object.keys(catalogue.texts);
  for (const p of placeholdersOf(text)) {
    if (!allowed.includes(p)) {
      const listHint = p in catalogue.lists ? ` (« ${p} » est une liste : utilisez @pour-chaque ${p})` : '';
      fail(b.line, `champ inconnu {${p}}${listHint}. Champs disponibles : ${allowed.map((a) => `{${a}}`).join(', ')}.`);
    }
  }
  switch (b.directive) {
    case 'titre':
    case 'paragraphe':
      if (text.trim() === '') fail(b.line, `le bloc @${b.directive} n'a pas de texte.`);
      return { kind: b.directive === 'titre' ? 'heading' : 'paragraph', text, style, line: b.line };
    case 'pour-chaque':
      return { kind: 'each', list, text: text === '' ? `{${ELEMENT}}` : text, style, line: b.line };
    case 'lignes':
      return { kind: 'lines', list, style, line: b.line };
    case 'décisions':
      return { kind: 'decisions', list, style, line: b.line };
    case 'tableau':
      if (text.trim() !== '') fail(b.line, `le bloc @tableau n'a pas de texte : chaque élément de ${list} est une ligne, ses cellules séparées par des tabulations.`);
      return { kind: 'table', list, columns: columns ?? { widths: [], align: [] }, style, line: b.line };
    default:
      return { kind: 'pageBreak', style, line: b.line };
  }
}

/**
 * Takes the `largeurs=6,1` and `alignements=gauche,droite` options of a `@tableau` block out of
 * `args` (both required, one value per column) so that the remaining ones are read as a style.
 */
function readColumns(args: string[], line: number, fail: (line: number, message: string) => never): TableColumns {
  const take = (prefix: string): string[] | undefined => {
    const index = args.findIndex((a) => a.startsWith(prefix));
    if (index < 0) return undefined;
    const [arg = ''] = args.splice(index, 1);
    return arg.slice(prefix.length).split(',');
  };
  const widthsText = take('largeurs=');
  const alignText = take('alignements=');
  if (widthsText === undefined || alignText === undefined) {
    return fail(line, '@tableau demande les options largeurs=… et alignements=…, une valeur par colonne (ex. largeurs=9,1 alignements=gauche,droite).');
  }
  const widths = widthsText.map((w) => {
    const n = Number(w);
    return Number.isFinite(n) && n > 0 ? n : fail(line, `largeurs : « ${w} » n'est pas un nombre positif.`);
  });
  const align = alignText.map((a) => ALIGNMENTS[a] ?? fail(line, `alignements : « ${a} » inconnu ; attendu ${Object.keys(ALIGNMENTS).join(', ')}.`));
  if (widths.length !== align.length) fail(line, `@tableau : ${widths.length} largeurs mais ${align.length} alignements ; il en faut une de chaque par colonne.`);
  return { widths, align };
}

function readStyle(args: string[], line: number, catalogue: Catalogue, fail: (line: number, message: string) => never): BlockStyle {
  const style: BlockStyle = { align: undefined, bold: false, italic: false, keepTogether: false, onlyIf: undefined };
  for (const arg of args) {
    if (arg in ALIGNMENTS) style.align = ALIGNMENTS[arg];
    else if (arg === 'gras') style.bold = true;
    else if (arg === 'italique') style.italic = true;
    else if (arg === 'insécable') style.keepTogether = true;
    else if (arg.startsWith('si=')) {
      const name = arg.slice(3);
      if (!(name in catalogue.texts) && !(name in catalogue.lists)) fail(line, `condition si=${name} : champ inconnu.`);
      style.onlyIf = name;
    } else if (arg.startsWith('sauf=')) {
      const name = arg.slice(5);
      if (!(name in catalogue.texts) && !(name in catalogue.lists)) fail(line, `condition sauf=${name} : champ inconnu.`);
      style.unless = name;
    } else {
      fail(line, `option « ${arg} » inconnue ; options possibles : ${[...Object.keys(ALIGNMENTS), 'gras', 'italique', 'insécable', 'si=<champ>', 'sauf=<champ>'].join(', ')}.`);
    }
  }
  return style;
}
