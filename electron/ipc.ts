import { ipcMain } from 'electron';
import { CHANNELS } from '../shared/contract/contract';
import type { RegisterClient } from './door/register-client';
import { isAppFrame } from './security';

/**
 * The IPC door: each contract channel, checked to come from the app's page, forwarded to the
 * register's utility process, whose dispatcher validates the payload against the contract.
 */
export function registerIpc(register: RegisterClient): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      if (!isAppFrame(event.senderFrame?.url)) {
        return { ok: false, error: { type: 'validation', message: 'Appel refusé : il ne vient pas de la fenêtre du registre.' } };
      }
      return register.call(channel, payload);
    });
  }
}
