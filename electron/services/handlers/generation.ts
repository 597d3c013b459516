import type { GENERATION_CHANNELS } from '../../../shared/contract/channels/generation';
import type { Handlers } from './handler';

export const GENERATION_HANDLERS: Handlers<typeof GENERATION_CHANNELS> = {};
