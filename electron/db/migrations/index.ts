import type { Migration } from '../migration';
import { migration0001 } from './0001-register';
import { migration0002 } from './0002-conventions';
import { migration0003 } from './0003-legality';

/** Every migration, in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003];
