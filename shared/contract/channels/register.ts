/** The register as a record: its journal of changes, its backups previewed and restored. */
export const REGISTER_CHANNELS = {};
