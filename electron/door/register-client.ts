import type { Result } from '../../shared/domain/errors';
import type { OpenedRegister, Port, RegisterReply, RegisterRequest } from './register-port';

// A request before it gets its id (Omit applied to each kind of request).
type Unsent<R> = R extends unknown ? Omit<R, 'id'> : never;
type Request = Unsent<RegisterRequest>;

/** The main process's side of the register's line: each request gets an id, its reply settles it. */
export interface RegisterClient {
  /**
   * Opens `file` (an existing register; with `create`, a new empty one; postgres://… a shared one,
   * with `password` when given), or the app's own register when left out.
   */
  open(file?: string, create?: boolean, password?: string): Promise<Result<OpenedRegister>>;
  call(channel: string, payload: unknown): Promise<Result<unknown>>;
  /** A manual backup beside the register, or a copy saved to `to`; answers the file written. */
  backup(to?: string): Promise<Result<string>>;
  close(): Promise<Result<null>>;
  /** The register's process stopped: every waiting request, and every later one, gets `message` as an internal error. */
  stopped(message: string): void;
}

export function registerClient(port: Port): RegisterClient {
  let nextId = 1;
  const waiting = new Map<number, (result: Result<unknown>) => void>();
  port.on('message', (message) => {
    const { id, result } = message as RegisterReply;
    waiting.get(id)?.(result);
    waiting.delete(id);
  });
  let down: string | undefined;
  const send = <T>(request: Request): Promise<Result<T>> =>
    new Promise((resolve) => {
      if (down !== undefined) return resolve({ ok: false, error: { type: 'internal', message: down } });
      const id = nextId++;
      waiting.set(id, resolve as (result: Result<unknown>) => void);
      port.postMessage({ ...request, id });
    });
  return {
    open: (file, create, password) =>
      send(file === undefined ? { kind: 'open' } : { kind: 'open', file, create: create === true, ...(password === undefined ? {} : { password }) }),
    call: (channel, payload) => send({ kind: 'call', channel, payload }),
    backup: (to) => send(to === undefined ? { kind: 'backup' } : { kind: 'backup', to }),
    close: () => send({ kind: 'close' }),
    stopped: (message) => {
      down = message;
      for (const settle of waiting.values()) settle({ ok: false, error: { type: 'internal', message } });
      waiting.clear();
    },
  };
}
