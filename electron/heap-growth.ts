import { setFlagsFromString } from 'node:v8';

/**
 * Bounds how far V8 lets the heap grow between two full collections. By default it grows to a few
 * times what it holds: rendering the registre of a year (1 500 acts) holds about 35 MB, yet its heap
 * reached 200 MB before a collection, and the process 260 to 335 MB resident from one run to the
 * next. Growing by half at most, the heap stays near 120 MB and the process at 230–255 MB, for the
 * same time (a full collection of so small a heap takes a few milliseconds). V8 reads the flag at
 * each collection: set first thing in every process that renders documents — the app's register
 * process, the local host, the `registre` command.
 */
export function boundHeapGrowth(): void {
  setFlagsFromString('--heap-growing-percent=50');
}
