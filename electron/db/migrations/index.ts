import type { Migration } from '../migration';
import { migration0001 } from './0001-register';

/** Every migration, in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [migration0001];
