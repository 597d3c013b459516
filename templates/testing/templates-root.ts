import { fileURLToPath } from 'node:url';
import { useTemplatesRoot } from '../template-files';

// Vitest setup: tests run from the sources, where templates/ is this file's parent folder.
useTemplatesRoot(fileURLToPath(new URL('..', import.meta.url)));
