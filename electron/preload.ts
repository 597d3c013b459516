import { contextBridge, ipcRenderer } from 'electron';
import type { PreloadApi } from '../shared/contract/preload-api';

// Sandboxed preload: each function is written out with its own channel, so the renderer can call
// the contract and nothing else — never ipcRenderer itself, never a channel of its choosing.
const api: PreloadApi = {
  listSessions: (input) => ipcRenderer.invoke('sessions:list', input),
  sessionActs: (input) => ipcRenderer.invoke('session:acts', input),
  showAct: (input) => ipcRenderer.invoke('act:show', input),
  renderExtract: (input) => ipcRenderer.invoke('extract:render', input),
  verifyPdf: (input) => ipcRenderer.invoke('pdf:verify', input),
};

contextBridge.exposeInMainWorld('registre', api);
