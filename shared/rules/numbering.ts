import { validationError } from '../domain/errors';

/**
 * Act numbers: the body's series letter and an integer, unique within a session, gaps allowed,
 * and a number once used in a session is never given again.
 */
export interface ActNumber {
  series: string;
  value: number;
}

const PATTERN = /^([A-Z])([1-9][0-9]{0,4})$/;

/** "G25" → { series: 'G', value: 25 }. */
export function parseActNumber(text: string, expectedSeries?: string): ActNumber {
  const match = PATTERN.exec(text.trim());
  if (match === null) {
    throw validationError(
      `Numéro d'acte « ${text} » : attendu une lettre de série suivie d'un entier, par exemple G25.`,
      'numero',
    );
  }
  const series = match[1] ?? '';
  if (expectedSeries !== undefined && series !== expectedSeries) {
    throw validationError(
      `Numéro d'acte « ${text} » : les actes de cet organe sont de la série ${expectedSeries}.`,
      'numero',
    );
  }
  return { series, value: Number(match[2]) };
}

export const formatActNumber = (n: ActNumber): string => `${n.series}${n.value}`;

/** The next free number: one more than any number ever used in the session. */
export function nextActNumber(everUsed: readonly number[]): number {
  return everUsed.reduce((max, n) => Math.max(max, n), 0) + 1;
}

/** Refuses a number already given in the session, even to an act since renumbered or withdrawn. */
export function checkNumberFree(value: number, series: string, everUsed: readonly number[]): void {
  if (everUsed.includes(value)) {
    throw validationError(
      `Numéro d'acte ${series}${value} : ce numéro a déjà été attribué dans cette séance et ne peut pas être réutilisé.`,
      'numero',
    );
  }
}
