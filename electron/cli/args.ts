import { parseArgs } from 'node:util';
import type { BodyCode } from '../../shared/domain/body';
import { BODY_CODES } from '../../shared/domain/body';
import { validationError } from '../../shared/domain/errors';
import { parseIsoDate } from '../../shared/rules/french-dates';
import { optionMessage } from '../option-message';

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
    throw validationError(optionMessage(e, ['db', ...Object.keys(spec)]), 'options');
  }
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
