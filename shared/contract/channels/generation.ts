/** Génération: the documents of a session written to its export folder. */
export const GENERATION_CHANNELS = {};
