import type { OpeningChannel } from '../../shared/contract/channels/opening';
import type { RegisterInfoView } from '../../shared/contract/channels/reading';
import type { Result } from '../../shared/domain/errors';
import { AppError } from '../../shared/domain/errors';
import type { KnownSharedRegisters } from '../services/register/known-shared-registers';
import { sharedRegisterUrl } from '../services/register/known-shared-registers';
import { answer } from './dispatch';

/** How a door replaces its register by the shared one at `url`: resolves once the new one is in use. */
export type OpenShared = (url: string, password: string | undefined) => Promise<RegisterInfoView>;

/**
 * The channels that open another register, answered by the door that owns the window's register
 * (the desktop app's main process, the local host): validated by the contract like any other call.
 * The password typed in the form wins; left empty, the keychain's, then PGPASSWORD or ~/.pgpass.
 * It is kept (encrypted by the keychain) only when asked and only once the server accepted it.
 */
export function answerOpening(channel: OpeningChannel, payload: unknown, open: OpenShared, known: KnownSharedRegisters, current: string): Promise<Result<unknown>> {
  switch (channel) {
    case 'register:shared-list':
      return answer(channel, payload, () => ({ keychain: known.keepsPasswords, registers: known.list() }), current, null);
    case 'register:open-shared':
      return answer(
        channel,
        payload,
        async ({ password, remember, ...target }) => {
          if (remember && !known.keepsPasswords) {
            throw new AppError(
              'validation',
              'Garder le mot de passe : ce poste n’a pas de trousseau du système où le chiffrer ; il n’est jamais écrit en clair. Laissez la case décochée : il sera demandé à chaque ouverture.',
              'remember',
            );
          }
          if (remember && password === undefined) {
            throw new AppError('validation', 'Mot de passe : saisissez-le pour que le trousseau le garde.', 'password');
          }
          const opened = await open(sharedRegisterUrl(target), password ?? known.password(target));
          // Unchecked with a password typed: a password kept earlier is forgotten, as the box says.
          known.opened(target, password === undefined ? undefined : remember ? password : null);
          return opened;
        },
        current,
        null,
      );
  }
}
