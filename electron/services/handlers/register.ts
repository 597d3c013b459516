import type { REGISTER_CHANNELS } from '../../../shared/contract/channels/register';
import type { Handlers } from './handler';

export const REGISTER_HANDLERS: Handlers<typeof REGISTER_CHANNELS> = {};
