import type { Channel, Input, Reply } from './contract';

/**
 * The functions the Electron preload puts on `window.registre`: one named function per channel of
 * the contract, nothing else (no generic send or invoke reaches the renderer).
 */
export const PRELOAD_FUNCTIONS = {
  'sessions:list': 'listSessions',
  'session:acts': 'sessionActs',
  'act:show': 'showAct',
  'extract:render': 'renderExtract',
  'pdf:verify': 'verifyPdf',
} as const satisfies Record<Channel, string>;

type Names = typeof PRELOAD_FUNCTIONS;

/** `window.registre` as the renderer sees it. */
export type PreloadApi = {
  [C in Channel as Names[C]]: (input: Input<C>) => Promise<Reply<C>>;
};
