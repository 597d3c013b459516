import type { Result } from '../domain/errors';
import { ACT_CHANNELS } from './channels/acts';
import { ATTENDANCE_CHANNELS } from './channels/attendance';
import { DOCUMENT_CHANNELS } from './channels/documents';
import { GENERATION_CHANNELS } from './channels/generation';
import { LEGALITY_CHANNELS } from './channels/legality';
import { OPENING_CHANNELS } from './channels/opening';
import { READING_CHANNELS } from './channels/reading';
import { REGISTER_CHANNELS } from './channels/register';
import { SESSION_CHANNELS } from './channels/sessions';
import { SETTINGS_CHANNELS } from './channels/settings';
import type { z } from './zod-fr';

/*
 * The one contract between the renderer and main: channel 'domain:action' → input schema + result
 * type. The Electron IPC and the local HTTP host both carry exactly these calls, validated by the
 * same schemas; nothing else crosses the boundary. Compiles in Node and in the browser.
 */

export type * from './channels/acts';
export type * from './channels/attendance';
export type * from './channels/documents';
export type * from './channels/generation';
export type * from './channels/legality';
export type * from './channels/opening';
export type * from './channels/reading';
export type * from './channels/register';
export type * from './channels/sessions';
export type * from './channels/settings';

/** Every channel of the app. Inputs are strict objects: an unknown key is a validation error. */
export const CONTRACT = {
  ...READING_CHANNELS,
  ...SESSION_CHANNELS,
  ...ATTENDANCE_CHANNELS,
  ...ACT_CHANNELS,
  ...DOCUMENT_CHANNELS,
  ...SETTINGS_CHANNELS,
  ...GENERATION_CHANNELS,
  ...REGISTER_CHANNELS,
  ...LEGALITY_CHANNELS,
  ...OPENING_CHANNELS,
};

export type Channel = keyof typeof CONTRACT;
/** What the caller sends on a channel. */
export type Input<C extends Channel> = z.input<(typeof CONTRACT)[C]['input']>;
/** What the service receives once the schema accepted it. */
export type ParsedInput<C extends Channel> = z.output<(typeof CONTRACT)[C]['input']>;
/** What a channel answers with when it succeeds. */
export type Output<C extends Channel> = (typeof CONTRACT)[C]['result'];
/** What a channel answers with, always: `{ ok: true, value } | { ok: false, error }`. */
export type Reply<C extends Channel> = Result<Output<C>>;

export const CHANNELS = Object.keys(CONTRACT) as Channel[];

/** Whether a string names a channel of the contract, e.g. isChannel('session:acts') → true. */
export function isChannel(name: string): name is Channel {
  return Object.hasOwn(CONTRACT, name);
}
