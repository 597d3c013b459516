import { useCallback, useEffect, useState } from 'react';
import type { AppErrorInfo } from '../../shared/domain/errors';
import type { ContractClient } from '../../shared/contract/client';
import type { Channel, Input, Output, Reply } from '../../shared/contract/contract';
import { onRegisterChange } from './live-changes';

/**
 * Reads in flight, by client and by channel and input: screens drawn together that show the same
 * thing (Séances and the sidebar, both the sessions) share one request instead of asking twice.
 */
const inFlight = new WeakMap<ContractClient, Map<string, Promise<unknown>>>();

/**
 * Reads sent before their screen asks for them, kept until that screen takes them (once): the
 * answer may arrive before the screen's code does, and is not asked for twice.
 */
const early = new WeakMap<ContractClient, Map<string, Promise<unknown>>>();

/**
 * Sends a read before any screen asks for it — the first screen's, while React draws the desk; a
 * session's, at the click that opens it, while its screen's code loads —: the screen that then
 * asks joins it or takes its answer, e.g. prefetchRead(client, 'sessions:list', {}).
 */
export function prefetchRead<C extends Channel>(client: ContractClient, channel: C, input: Input<C>): void {
  const key = JSON.stringify(input);
  let reads = early.get(client);
  if (reads === undefined) early.set(client, (reads = new Map<string, Promise<unknown>>()));
  // A read sent earlier and never taken is dropped: this one asks afresh.
  reads.delete(`${channel} ${key}`);
  const read = sharedRead(client, channel, key);
  reads.set(`${channel} ${key}`, read);
}

function sharedRead<C extends Channel>(client: ContractClient, channel: C, key: string): Promise<Reply<C>> {
  let calls = inFlight.get(client);
  if (calls === undefined) inFlight.set(client, (calls = new Map<string, Promise<unknown>>()));
  const id = `${channel} ${key}`;
  // The first reader takes a read sent early: a later one (after a change, maybe) asks afresh.
  const sent = early.get(client)?.get(id) as Promise<Reply<C>> | undefined;
  early.get(client)?.delete(id);
  const pending = (calls.get(id) as Promise<Reply<C>> | undefined) ?? sent;
  if (pending !== undefined) return pending;
  const call = client.call(channel, JSON.parse(key) as Input<C>).finally(() => calls.delete(id));
  calls.set(id, call);
  return call;
}

export type Loaded<T> = { state: 'loading' } | { state: 'ok'; value: T } | { state: 'error'; error: AppErrorInfo };

/**
 * Calls the contract when the input changes; the answer or the French error, never a throw.
 * A screen that changes what it shows can `replace` it with a change's answer, or `reload` it;
 * `followsOthers` reloads it at each change another secretary makes to a shared register.
 */
export function useLiveCall<C extends Channel>(client: ContractClient, channel: C, input: Input<C>, options: { followsOthers?: boolean } = {}) {
  const [loaded, setLoaded] = useState<Loaded<Output<C>>>({ state: 'loading' });
  const [version, setVersion] = useState(0);
  const key = JSON.stringify(input);
  // Another input shows nothing of the previous one; a reload keeps it on screen until the answer.
  useEffect(() => setLoaded({ state: 'loading' }), [key]);
  useEffect(() => {
    let current = true;
    // A reload follows a change: it asks afresh rather than join a read sent before the change.
    const read = version === 0 ? sharedRead(client, channel, key) : client.call(channel, JSON.parse(key) as Input<C>);
    void read.then((reply) => {
      if (!current) return;
      setLoaded(reply.ok ? { state: 'ok', value: reply.value } : { state: 'error', error: reply.error });
    });
    return () => {
      current = false;
    };
  }, [client, channel, key, version]);
  const replace = useCallback((value: Output<C>) => setLoaded({ state: 'ok', value }), []);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  // What another secretary changes in a shared register is shown without reloading the page.
  const followsOthers = options.followsOthers === true;
  useEffect(() => (followsOthers ? onRegisterChange(reload) : undefined), [followsOthers, reload]);
  return { loaded, replace, reload };
}

/** The contract's answer for `input`, loaded when the input changes. */
export function useCall<C extends Channel>(client: ContractClient, channel: C, input: Input<C>): Loaded<Output<C>> {
  return useLiveCall(client, channel, input).loaded;
}
