import { InteractionChannel } from '../../../models/index.ts';

/** Every channel an interaction can come in on. */
export const CHANNELS: readonly InteractionChannel[] = Object.values(InteractionChannel);
