import type { ContractClient, Transport } from '../../shared/contract/client';
import { createClient, httpTransport } from '../../shared/contract/client';
import { CHANNELS } from '../../shared/contract/contract';
import type { PreloadApi } from '../../shared/contract/preload-api';
import { PRELOAD_FUNCTIONS } from '../../shared/contract/preload-api';
import type { Result } from '../../shared/domain/errors';

declare global {
  interface Window {
    /** Set by the Electron preload; absent when the page comes from the local HTTP host. */
    registre?: PreloadApi;
  }
}

/** Calls go through the preload's named functions in Electron. */
function ipcTransport(api: PreloadApi): Transport {
  const functions = api as unknown as Record<string, (input: unknown) => Promise<Result<unknown>>>;
  return (channel, payload) => {
    const call = CHANNELS.includes(channel) ? functions[PRELOAD_FUNCTIONS[channel]] : undefined;
    return call === undefined ? Promise.reject(new Error(channel)) : call(payload);
  };
}

/**
 * The contract client: over the Electron preload when there is one, otherwise over the local host,
 * whose per-run token comes in the page's address and is then kept in memory only, and removed
 * from the address bar so it is not bookmarked or shared.
 */
export function connect(location: Location, history: History): ContractClient {
  if (window.registre !== undefined) return createClient(ipcTransport(window.registre));
  const params = new URLSearchParams(location.search);
  const token = params.get('token') ?? '';
  if (params.has('token')) history.replaceState(null, '', location.pathname);
  return createClient(httpTransport(location.origin, token));
}
