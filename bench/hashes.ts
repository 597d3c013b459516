import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openRegister } from '../electron/db/open';
import { writeOutputAsProduced } from '../electron/cli/output';
import { renderExtracts } from '../electron/services/documents/extracts';
import { renderRecueil } from '../electron/services/documents/recueil';
import { renderRegistre } from '../electron/services/documents/registre';
import { importSession } from '../electron/services/sessions/session-import';
import { referenceSession } from '../electron/testing/temp-register';
import { yearRegister } from './books';
import { longSession } from './recueil';

/**
 * `npx tsx bench/hashes.ts <folder>`: the SHA-256 of every document the bench prints — the
 * registre of the 1 500-act year, the recueil of its first 300-act séance, the recueil of the
 * 30-act séance, the recueil of the reference séance and its 16 extracts rendered twice — to
 * check that a change of the renderer leaves every byte as it was. The registers are built in
 * <folder> the first time and kept, so that two runs compare the same data.
 */
const dir = process.argv[2] ?? '';
if (dir === '') throw new Error('usage: tsx bench/hashes.ts <folder>');
mkdirSync(dir, { recursive: true });
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
const year = join(dir, 'year.sqlite');
const short = join(dir, 'short.sqlite');
const reference = join(dir, 'reference.sqlite');
if (!existsSync(year)) yearRegister(year, 5, 300);
for (const [file, session] of [
  [short, longSession()],
  [reference, referenceSession()],
] as const) {
  if (existsSync(file)) continue;
  const db = openRegister(file);
  importSession(db, session);
  db.close();
}
const toFile = async (write: (sink: (chunk: Uint8Array) => void) => Promise<unknown>) => {
  const target = join(dir, 'out.pdf');
  await writeOutputAsProduced(target, write);
  const bytes = readFileSync(target);
  rmSync(target);
  return sha(bytes);
};
const lines: string[] = [];
{
  const db = openRegister(year);
  const now = new Date('2019-12-31T08:00:00Z');
  lines.push(`registre 2019 (file): ${await toFile((output) => renderRegistre(db, { body: 'CP', year: 2019, now, output }))}`);
  lines.push(`registre 2019 (bytes): ${sha((await renderRegistre(db, { body: 'CP', year: 2019, now })).bytes)}`);
  lines.push(`recueil 300 (file): ${await toFile((output) => renderRecueil(db, { body: 'CP', date: '2019-01-07', now, output }))}`);
  db.close();
}
{
  const db = openRegister(short);
  const now = new Date('2023-12-31T08:00:00Z');
  lines.push(`recueil 30 (file): ${await toFile((output) => renderRecueil(db, { body: 'CP', date: '2023-10-16', now, output }))}`);
  db.close();
}
{
  const db = openRegister(reference);
  const now = new Date('2023-10-20T08:00:00Z');
  lines.push(`recueil reference (bytes): ${sha((await renderRecueil(db, { body: 'CP', date: '2023-10-16', now })).bytes)}`);
  for (let round = 1; round <= 2; round++) {
    const extracts = await renderExtracts(db, { body: 'CP', date: '2023-10-16', now, format: 'pdf' });
    lines.push(`16 extracts, round ${round}: ${sha(Buffer.concat(extracts.map((e) => Buffer.from(sha(e.bytes)))))}`);
  }
  db.close();
}
process.stdout.write(`${lines.join('\n')}\n`);
