import type { Migration } from '../migration';
import { migration0001 } from './0001-register';
import { migration0002 } from './0002-conventions';
import { migration0003 } from './0003-legality';
import { migration0004 } from './0004-tripartite-conventions';
import { migration0005 } from './0005-signatures';
import { migration0006 } from './0006-settings';
import { migration0007 } from './0007-journal';
import { migration0008 } from './0008-seals';
import { migration0009 } from './0009-collectivity-siret';
import { migration0010 } from './0010-session-details';
import { migration0011 } from './0011-act-annexes';
import { migration0012 } from './0012-issued-templates';
import { migration0014 } from './0014-conventions-sealed-insert';

/** Every migration, in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
  migration0012,
  migration0014,
];
