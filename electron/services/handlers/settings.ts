import type { SETTINGS_CHANNELS } from '../../../shared/contract/channels/settings';
import type { Handlers } from './handler';

export const SETTINGS_HANDLERS: Handlers<typeof SETTINGS_CHANNELS> = {};
