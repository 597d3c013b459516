import { parseArgs } from 'node:util';
import type { BodyCode } from '../../shared/domain/body';
import { BODY_CODES } from '../../shared/domain/body';
import { validationError } from '../../shared/domain/errors';
import { parseIsoDate } from '../../shared/rules/french-dates';

export type Options = Record<string, string | boolean | undefined>;

/** Parses a command's flags; an unknown flag or a missing value is a French usage error. */
export function parseCommand(
  argv: string[],
  spec: Record<string, { type: 'string' | 'boolean' }>,
): { values: Options; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: { db: { type: 'string' }, ...spec }, allowPositionals: true, strict: true });
    return { values, positionals };
  } catch (e) {
    throw validationError(optionError(e as Error & { code?: string }, ['db', ...Object.keys(spec)]), 'options');
  }
}

/**
 * Node's parseArgs explains in English (« Unknown option '--acte'. To specify a positional
 * argument… »): a secretary who typed --acte for --act read that. Its error codes are stable, the
 * option it names is between quotes in its message.
 */
function optionError(e: Error & { code?: string }, known: string[]): string {
  const option = /'(-[^' ]+)/.exec(e.message)?.[1];
  if (option === undefined) return `Options : ${e.message}`;
  const list = known.map((name) => `--${name}`).join(', ');
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Option ${option} inconnue pour cette commande ; ses options : ${list}.`;
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return e.message.includes('does not take an argument')
      ? `L'option ${option} ne prend pas de valeur.`
      : `L'option ${option} attend une valeur (par exemple ${option} <valeur>).`;
  }
  return `Options : ${e.message}`;
}

export function required(values: Options, name: string): string {
  const v = values[name];
  if (typeof v !== 'string' || v === '') throw validationError(`Option --${name} obligatoire.`, name);
  return v;
}

export function sessionDate(values: Options): string {
  return parseIsoDate(required(values, 'session'), '--session');
}

export function bodyCode(values: Options): BodyCode {
  const v = required(values, 'body').toUpperCase();
  if (!(BODY_CODES as readonly string[]).includes(v)) {
    throw validationError(`Option --body : « ${v} » inconnu ; attendu CP (Commission permanente) ou CD (Conseil départemental).`, 'body');
  }
  return v as BodyCode;
}
