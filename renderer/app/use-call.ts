import { useCallback, useEffect, useState } from 'react';
import type { AppErrorInfo } from '../../shared/domain/errors';
import type { ContractClient } from '../../shared/contract/client';
import type { Channel, Input, Output } from '../../shared/contract/contract';

export type Loaded<T> = { state: 'loading' } | { state: 'ok'; value: T } | { state: 'error'; error: AppErrorInfo };

/**
 * Calls the contract when the input changes; the answer or the French error, never a throw.
 * A screen that changes what it shows can `replace` it with a change's answer, or `reload` it.
 */
export function useLiveCall<C extends Channel>(client: ContractClient, channel: C, input: Input<C>) {
  const [loaded, setLoaded] = useState<Loaded<Output<C>>>({ state: 'loading' });
  const [version, setVersion] = useState(0);
  const key = JSON.stringify(input);
  // Another input shows nothing of the previous one; a reload keeps it on screen until the answer.
  useEffect(() => setLoaded({ state: 'loading' }), [key]);
  useEffect(() => {
    let current = true;
    void client.call(channel, JSON.parse(key) as Input<C>).then((reply) => {
      if (!current) return;
      setLoaded(reply.ok ? { state: 'ok', value: reply.value } : { state: 'error', error: reply.error });
    });
    return () => {
      current = false;
    };
  }, [client, channel, key, version]);
  const replace = useCallback((value: Output<C>) => setLoaded({ state: 'ok', value }), []);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { loaded, replace, reload };
}

/** The contract's answer for `input`, loaded when the input changes. */
export function useCall<C extends Channel>(client: ContractClient, channel: C, input: Input<C>): Loaded<Output<C>> {
  return useLiveCall(client, channel, input).loaded;
}
