import { BODY_CODES } from '../domain/body';
import { isIsoDate } from '../rules/french-dates';
import { z } from './zod-fr';

/*
 * How a channel of the contract is declared: the name of its function on the Electron preload,
 * its input schema and, as a phantom, its result type. Groups of channels live in `channels/`,
 * one file per screen or domain; `contract.ts` joins them.
 */
export const channel =
  <R>() =>
  <const F extends string, S extends z.ZodType>(fn: F, input: S) => ({ fn, input, result: undefined as unknown as R });

/** The inputs most channels share. */
export const body = z.enum(BODY_CODES);
export const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date complète attendue (JJ/MM/AAAA)', abort: true })
  .refine(isIsoDate, { error: "date impossible : ce jour n'existe pas au calendrier" });
// The numbering rule (parseActNumber) checks the series letter; here only the shape of the text.
export const act = z.string().trim().min(1, { error: 'obligatoire' }).max(20, { error: '20 caractères au plus' });
/** A file chosen by the user, its bytes in base64 (JSON and structured clone carry it alike); 20 MB at most. */
export const fileBytes = z
  .string({ error: 'fichier : contenu attendu' })
  .min(1, { error: 'fichier vide' })
  .max(28_000_000, { error: 'fichier : 20 Mo au plus' })
  .regex(/^[A-Za-z0-9+/]+=*$/, { error: 'fichier : contenu attendu en base64' });
