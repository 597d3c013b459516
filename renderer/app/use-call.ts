import { useEffect, useState } from 'react';
import type { AppErrorInfo } from '../../shared/domain/errors';
import type { ContractClient } from '../../shared/contract/client';
import type { Channel, Input, Output } from '../../shared/contract/contract';

export type Loaded<T> = { state: 'loading' } | { state: 'ok'; value: T } | { state: 'error'; error: AppErrorInfo };

/** Calls the contract when the input changes; the answer or the French error, never a throw. */
export function useCall<C extends Channel>(client: ContractClient, channel: C, input: Input<C>): Loaded<Output<C>> {
  const [loaded, setLoaded] = useState<Loaded<Output<C>>>({ state: 'loading' });
  const key = JSON.stringify(input);
  useEffect(() => {
    let current = true;
    setLoaded({ state: 'loading' });
    void client.call(channel, JSON.parse(key) as Input<C>).then((reply) => {
      if (!current) return;
      setLoaded(reply.ok ? { state: 'ok', value: reply.value } : { state: 'error', error: reply.error });
    });
    return () => {
      current = false;
    };
  }, [client, channel, key]);
  return loaded;
}
