import type { Channel, Output, ParsedInput } from '../../../shared/contract/contract';
import type { Db } from '../../db/open';

/** The service behind one channel: the register, the input its schema accepted, the clock. */
export type Handler<C extends Channel> = (db: Db, input: ParsedInput<C>, now: Date) => Output<C> | Promise<Output<C>>;

/** The services of a group of channels; a missing or mistyped one is a compile error. */
export type Handlers<G> = { [C in keyof G & Channel]: Handler<C> };
