import type { Result } from '../domain/errors';
import type { Channel, Input, Reply } from './contract';

/** Carries one call to main: Electron IPC or the local HTTP host. */
export type Transport = (channel: Channel, payload: unknown) => Promise<Result<unknown>>;

/** The typed calls of the contract over any transport, e.g. `await client.call('session:acts', { body: 'CP', date })`. */
export interface ContractClient {
  call<C extends Channel>(channel: C, input: Input<C>): Promise<Reply<C>>;
}

/** A client over a transport; a transport failure becomes an 'internal' error, never a throw. */
export function createClient(transport: Transport): ContractClient {
  return {
    async call<C extends Channel>(channel: C, input: Input<C>): Promise<Reply<C>> {
      try {
        return (await transport(channel, input)) as Reply<C>;
      } catch {
        return { ok: false, error: { type: 'internal', message: `Le registre ne répond pas (opération « ${channel} »). Relancez l'application.` } };
      }
    },
  };
}

/**
 * The HTTP host's transport: `POST /api/<channel>` with the per-run token as a Bearer header.
 * In the browser, `origin` is `location.origin` and the token comes from `?token=` in the URL.
 */
export function httpTransport(origin: string, token: string, fetchImpl: typeof fetch = fetch): Transport {
  return async (channel, payload) => {
    const response = await fetchImpl(`${origin}/api/${channel}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(payload),
    });
    if (!response.headers.get('content-type')?.startsWith('application/json')) {
      return { ok: false, error: { type: 'internal', message: `Réponse inattendue du registre (HTTP ${response.status}).` } };
    }
    return (await response.json()) as Result<unknown>;
  };
}
