import { createHash } from 'node:crypto';
import { median, report } from './measure';

const MIB = 1024 * 1024;
// The same bytes each time: hashing them is the same work on every run.
const BYTES = Buffer.alloc(64 * MIB, 'Registre');

/**
 * Two fixed pieces of work timed before and after the figures (medians of 3): the processor's
 * (SHA-256 of 64 MiB) and fresh memory's (256 MiB asked of the system and written once). The
 * development machine is a shared virtual machine: the same code runs up to 1.6 times slower from
 * one quarter of an hour to the next, whatever its load average says, and a page of fresh memory
 * costs it ~12 µs (256 MiB: ~0.7 s). These lines tell which machine the figures met.
 */
export function benchYardstick(when: string): void {
  report(`machine : étalon processeur (SHA-256 de 64 Mio), ${when}`, median(3, () => createHash('sha256').update(BYTES).digest()), 'ms');
  report(`machine : étalon mémoire (256 Mio neufs, écrits une fois), ${when}`, median(3, () => Buffer.alloc(256 * MIB, 1)), 'ms');
}
