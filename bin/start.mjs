#!/usr/bin/env node
// `npm start`: opens the app's register (created with the demo session on first run) and says where it is.
import { register } from 'tsx/esm/api';

register();
await import('../electron/start.ts');
