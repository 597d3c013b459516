import type { SettingsView } from '../../../shared/contract/channels/settings';
import type { Db } from '../../db/open';
import { listBodies } from './bodies';
import { collectivityView } from './collectivity';
import { ctesTransmissionSettings } from './ctes-transmission';
import { mandatesInOffice, today } from './mandates';
import { listMembers } from './members';
import { numberingView } from './numbering';
import { listSignatories } from './signatories';

/** Everything the Paramètres screen shows, read in one go. */
export function settingsView(db: Db, now: Date): SettingsView {
  return {
    collectivity: collectivityView(db),
    bodies: listBodies(db),
    members: listMembers(db),
    mandates: mandatesInOffice(db, today(now)),
    signatories: listSignatories(db),
    numbering: numberingView(db, now),
    ctesTransmission: ctesTransmissionSettings(db),
  };
}
