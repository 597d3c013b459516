import { ipcMain } from 'electron';
import { isOpeningChannel } from '../shared/contract/channels/opening';
import { CHANNELS } from '../shared/contract/contract';
import type { OpenShared } from './door/opening';
import { answerOpening } from './door/opening';
import type { RegisterClient } from './door/register-client';
import type { KnownSharedRegisters } from './services/register/known-shared-registers';
import { isAppFrame } from './security';

/**
 * The IPC door: each contract channel, checked to come from the app's page, forwarded to the
 * register's utility process, whose dispatcher validates the payload against the contract — but
 * the opening of a shared register, answered here, where the keychain is.
 */
export function registerIpc(register: RegisterClient, openShared: OpenShared, known: KnownSharedRegisters, current: () => string): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      if (!isAppFrame(event.senderFrame?.url)) {
        return { ok: false, error: { type: 'validation', message: 'Appel refusé : il ne vient pas de la fenêtre du registre.' } };
      }
      if (isOpeningChannel(channel)) return answerOpening(channel, payload, openShared, known, current());
      return register.call(channel, payload);
    });
  }
}
