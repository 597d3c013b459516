import type { Channel, Input, Reply } from './contract';
import { CHANNELS, CONTRACT } from './contract';

type Names = { [C in Channel]: (typeof CONTRACT)[C]['fn'] };

/**
 * The functions the Electron preload puts on `window.registre`: one named function per channel of
 * the contract, nothing else (no generic send or invoke reaches the renderer).
 */
export const PRELOAD_FUNCTIONS = Object.fromEntries(CHANNELS.map((c) => [c, CONTRACT[c].fn])) as Names;

/** `window.registre` as the renderer sees it. */
export type PreloadApi = {
  [C in Channel as Names[C]]: (input: Input<C>) => Promise<Reply<C>>;
};
