import { handle } from '../door/dispatch';
import { openSharedRegister } from '../db/postgres/open-shared';

/*
 * One secretary of two writing at once (two-secretaries.ts), in a process of her own: `writes`
 * attendance changes on her own acts of the session, three members each, then prints, as JSON,
 * the status she left for each (act, member) and how many writes were refused.
 */
const [url, folder, actList, writes] = process.argv.slice(2);
const acts = (actList ?? '').split(',');
const db = await openSharedRegister(url ?? '', folder ?? '');
const members = db.prepare('SELECT id FROM members ORDER BY id LIMIT 3').pluck().all() as number[];
const last: Record<string, string> = {};
let refused = 0;
const reasons = new Set<string>();
for (let i = 0; i < Number(writes); i++) {
  const act = acts[i % acts.length] ?? '';
  const memberId = members[Math.floor(i / acts.length) % members.length] ?? 0;
  const status = Math.floor(i / (acts.length * members.length)) % 2 === 0 ? 'absent' : 'session';
  const reply = await handle(db, 'act-attendance:set', { body: 'CP', date: '2023-10-16', act, memberId, status, holderId: null, basis: null, reason: null }, new Date());
  if (reply.ok) last[`${act}:${memberId}`] = status;
  else {
    refused++;
    reasons.add(reply.error.message);
  }
}
db.close();
process.stdout.write(JSON.stringify({ last, refused, reasons: [...reasons] }));
