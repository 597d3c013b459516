import { boundHeapGrowth } from '../heap-growth';
import { serveRegister } from './register-port';

/*
 * Entry of Electron's utility process (bundled to dist-electron/register.cjs): the register —
 * SQLite, its lock, every service of the contract — runs here, off the main process, so a long
 * generation (recueil, signed extracts) never freezes the window.
 */
boundHeapGrowth();
const parent = process.parentPort;
serveRegister({
  postMessage: (message) => parent.postMessage(message),
  on: (_event, listener) => parent.on('message', (event) => listener(event.data)),
});
