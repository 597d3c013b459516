import type { ContractClient, Transport } from '../../shared/contract/client';
import { createClient, httpTransport } from '../../shared/contract/client';
import type { PreloadApi } from '../../shared/contract/preload-api';
import type { Result } from '../../shared/domain/errors';

declare global {
  interface Window {
    /** Set by the Electron preload; absent when the page comes from the local HTTP host. */
    registre?: PreloadApi;
  }
}

/**
 * Calls go through the preload's named functions in Electron. The table of their names comes with
 * the contract's schemas (zod): it is fetched on the first call, so that the first screen's bundle
 * carries no validation code it never runs (the register validates every call on its side).
 */
function ipcTransport(api: PreloadApi): Transport {
  const functions = api as unknown as Record<string, (input: unknown) => Promise<Result<unknown>>>;
  const names = import('../../shared/contract/preload-api').then((m) => m.PRELOAD_FUNCTIONS);
  return async (channel, payload) => {
    const table = await names;
    const call = Object.hasOwn(table, channel) ? functions[table[channel]] : undefined;
    return call === undefined ? Promise.reject(new Error(channel)) : call(payload);
  };
}

/** Where the tab keeps the host's token: sessionStorage lives as long as the tab, reloads included, and no longer. */
const TOKEN_KEY = 'registre.token';

/**
 * The contract client: over the Electron preload when there is one, otherwise over the local host,
 * whose per-run token comes in the page's address, is kept for the tab's life (so that F5 keeps
 * the session) and removed from the address bar so it is not bookmarked or shared.
 */
export function connect(location: Location, history: History, storage: Storage = window.sessionStorage): ContractClient {
  if (window.registre !== undefined) return createClient(ipcTransport(window.registre));
  const params = new URLSearchParams(location.search);
  const given = params.get('token');
  if (given !== null) {
    storage.setItem(TOKEN_KEY, given);
    // The token leaves the address; the view it names (#/acte/…) stays: a link to an act opens it.
    history.replaceState(null, '', `${location.pathname}${location.hash}`);
  }
  return createClient(httpTransport(location.origin, storage.getItem(TOKEN_KEY) ?? ''));
}
