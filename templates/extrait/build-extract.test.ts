import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actVerdict } from '../../shared/rules/act-verdict';
import type { Db } from '../../electron/db/open';
import { loadActs } from '../../electron/db/repositories/acts';
import { getCollectivity } from '../../electron/db/repositories/collectivity';
import { loadSession } from '../../electron/db/repositories/sessions';
import { importSession } from '../../electron/services/session-import';
import { referenceSession, tempRegister } from '../../electron/testing/temp-register';
import { renderPdf } from '../render/pdf';
import { renderDocx } from '../render/docx';
import { docxText, normalizeForGolden, pdfText } from '../render/extract-text';
import { buildExtract, loadExtractTemplate } from './build-extract';
import { publishedExtract } from './golden';

let db: Db;
let cleanup: () => void;
const reference = referenceSession();
beforeAll(() => {
  ({ db, cleanup } = tempRegister());
  importSession(db, reference);
});
afterAll(() => cleanup());

function extractOf(number: string) {
  const collectivity = getCollectivity(db);
  if (collectivity === null) throw new Error('no collectivity');
  const session = loadSession(db, 'CP', '2023-10-16');
  const act = loadActs(db, session.id).find((a) => `G${a.number}` === number);
  if (act === undefined) throw new Error(number);
  return buildExtract({ collectivity, session, act, verdict: actVerdict(session, act) }, loadExtractTemplate(), new Date('2023-10-20T00:00:00Z'));
}

describe('extract PDF against the published recueil', () => {
  for (const act of reference.acts) {
    it(`reproduces ${act.number} word for word`, async () => {
      const { bytes } = await renderPdf(extractOf(act.number));
      const firstLine = (act.lineRange as [number, number])[0];
      expect(normalizeForGolden(await pdfText(bytes, { raw: true }))).toBe(normalizeForGolden(publishedExtract(firstLine)));
    });
  }
});

describe('extract DOCX against the published recueil', () => {
  for (const act of reference.acts) {
    it(`reproduces ${act.number} word for word`, async () => {
      const bytes = await renderDocx(extractOf(act.number));
      const firstLine = (act.lineRange as [number, number])[0];
      expect(normalizeForGolden(await docxText(bytes))).toBe(normalizeForGolden(publishedExtract(firstLine)));
    });
  }
});
