// Writes reference/session-file.schema.json from the zod schema of the session file:
// npx tsx build/session-file-schema.ts (electron/services/sessions/session-file-schema.test.ts checks it is current).
import { writeFileSync } from 'node:fs';
import { sessionFileJsonSchema } from '../shared/session-file/json-schema';

writeFileSync(new URL('../reference/session-file.schema.json', import.meta.url), `${JSON.stringify(sessionFileJsonSchema(), null, 2)}\n`);
