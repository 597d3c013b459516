import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from '../shared/contract/contract';
import type { PreloadApi } from '../shared/contract/preload-api';
import { PRELOAD_FUNCTIONS } from '../shared/contract/preload-api';

// Sandboxed preload: one named function per channel of the contract, each bound to its own
// channel, so the renderer can call the contract and nothing else — never ipcRenderer itself,
// never a channel of its choosing.
const api = Object.fromEntries(
  CHANNELS.map((channel) => [PRELOAD_FUNCTIONS[channel], (input: unknown) => ipcRenderer.invoke(channel, input)]),
) as PreloadApi;

contextBridge.exposeInMainWorld('registre', api);
