import { z } from '../contract/zod-fr';
import { sessionFileSchema } from './schema';

/**
 * The session file's JSON Schema (draft 2020-12), derived from the zod schema the importer applies,
 * for the other tools that write or read these files (reference/session-file.schema.json). Shapes,
 * formats and bounds only: the rules between fields (lists that add up, procurations, quorum) are
 * the importer's. Fields the file may carry but the importer recomputes (sentences, counts, printed
 * dates) are allowed: the schema says what is read, not all that may be written.
 *
 * @example sessionFileJsonSchema().properties.series // { type: 'string', pattern: '^[A-Z]$', … }
 */
export function sessionFileJsonSchema(): Record<string, unknown> & { properties: Record<string, unknown> } {
  const schema = z.toJSONSchema(sessionFileSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown> & { properties: Record<string, unknown> };
  return { ...schema, title: 'Fichier de séance Registre (registre export / registre import)' };
}
