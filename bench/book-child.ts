import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, formatISO } from 'date-fns';
import { openRegister } from '../electron/db/open';
import { renderRecueil } from '../electron/services/documents/recueil';
import { renderRegistre } from '../electron/services/documents/registre';
import { importSession } from '../electron/services/sessions/session-import';
import { referenceSession } from '../electron/testing/temp-register';

/**
 * One big book, alone in its process so that its peak memory is its own:
 * `tsx bench/book-child.ts registre|recueil <sessions> <acts per session>`; prints one JSON line.
 */
const [kind = 'registre', sessionsText = '5', actsText = '300'] = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'registre-bench-book-'));
try {
  const db = openRegister(join(dir, 'book.sqlite'));
  const reference = referenceSession();
  const dates: string[] = [];
  for (let s = 0; s < Number(sessionsText); s++) {
    const date = formatISO(addDays(new Date(2019, 0, 7), s * 60), { representation: 'date' });
    dates.push(date);
    const acts = Array.from({ length: Number(actsText) }, (_, i) => ({ ...reference.acts[i % reference.acts.length], number: `G${i + 1}`, internalId: undefined }));
    importSession(db, { ...reference, recueil: s === 0 ? reference.recueil : undefined, session: { ...reference.session, date }, acts });
  }
  const now = new Date('2019-12-31T08:00:00Z');
  const started = performance.now();
  const { pageCount } =
    kind === 'recueil' ? await renderRecueil(db, { body: 'CP', date: dates[0]!, now }) : await renderRegistre(db, { body: 'CP', year: 2019, now });
  const ms = performance.now() - started;
  db.close();
  process.stdout.write(`${JSON.stringify({ ms, pages: pageCount, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
