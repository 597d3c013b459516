import { afterAll, describe, expect, it } from 'vitest';
import { onPostgres } from '../testing/engine';
import { draftReferenceRegister } from '../testing/temp-register';
import { twoSecretariesWriting } from '../testing/two-secretaries';

/*
 * Two secretaries saving at the same instant on different acts of one séance of a shared register
 * (each in her own process, as two apps are): both save, every time — none is lost, none is refused.
 * A SQLite register has one app at a time (its lock): nothing to race.
 */
describe.runIf(onPostgres)('two secretaries writing at once on a shared register', () => {
  const reg = draftReferenceRegister();
  afterAll(() => reg.cleanup());

  it('saves all their attendance changes on different acts of one séance, none refused', async () => {
    const outcome = await twoSecretariesWriting(reg.db.name, reg.dir, 150);
    expect(outcome.reasons).toEqual([]);
    expect(outcome).toMatchObject({ lost: 0, refused: 0 });
  }, 120_000);
});
