/** Paramètres: the collectivity, its bodies, members, signatories, numbering and templates. */
export const SETTINGS_CHANNELS = {};
