import { ipcMain } from 'electron';
import { CHANNELS } from '../shared/contract/contract';
import type { Db } from './db/open';
import { handle } from './services/dispatch';
import { isAppFrame } from './security';

/** The IPC door: each contract channel, checked to come from the app's page, handed to the dispatcher. */
export function registerIpc(db: () => Db): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      if (!isAppFrame(event.senderFrame?.url)) {
        return { ok: false, error: { type: 'validation', message: 'Appel refusé : il ne vient pas de la fenêtre du registre.' } };
      }
      return handle(db(), channel, payload, new Date());
    });
  }
}
