import type { SETTINGS_CHANNELS } from '../../../shared/contract/channels/settings';
import { saveBody } from '../../services/settings/bodies';
import { saveCollectivity } from '../../services/settings/collectivity';
import { saveCtesTransmission } from '../../services/settings/ctes-transmission';
import { listTemplates, resetTemplate, saveTemplate, showTemplate } from '../../services/settings/custom-templates';
import { movePrecedence, saveMandate, today } from '../../services/settings/mandates';
import { deleteMember, saveMember } from '../../services/settings/members';
import { importMembers } from '../../services/settings/members-import';
import { saveNumbering } from '../../services/settings/numbering';
import { settingsView } from '../../services/settings/settings-view';
import { saveSignatory } from '../../services/settings/signatories';
import type { Handlers } from './handler';

export const SETTINGS_HANDLERS: Handlers<typeof SETTINGS_CHANNELS> = {
  'settings:get': (db, _input, now) => settingsView(db, now),
  'collectivity:save': (db, input) => saveCollectivity(db, input),
  'body:save': (db, { body, ...rest }) => saveBody(db, { code: body, ...rest }),
  'member:save': (db, input) => saveMember(db, input),
  'member:delete': (db, input) => deleteMember(db, input),
  'mandate:save': (db, input) => saveMandate(db, input),
  'members:import': (db, { base64 }) => importMembers(db, Buffer.from(base64, 'base64')),
  'precedence:move': (db, { mandateId, direction }, now) => movePrecedence(db, mandateId, direction, today(now)),
  'signatory:save': (db, input) => saveSignatory(db, input),
  'numbering:save': (db, { pattern }, now) => saveNumbering(db, pattern, now),
  'ctes-transmission:save': (db, input) => saveCtesTransmission(db, input),
  'templates:list': (db) => listTemplates(db),
  'template:show': (db, { name }) => showTemplate(db, name),
  'template:save': (db, { name, text }) => saveTemplate(db, name, text),
  'template:reset': (db, { name }) => resetTemplate(db, name),
};
