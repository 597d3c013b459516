import type { ACT_CHANNELS } from '../../../shared/contract/channels/acts';
import { isoDateOf } from '../../../shared/rules/french-dates';
import { previewBlocks } from '../../../templates/render/preview';
import { actAnnexes, addAnnex, markPaperPieces, removeAnnex } from '../../services/editing/act-annexes';
import { actEditor, createAct, renumberAct, saveAct, withdrawAct } from '../../services/editing/act-edit';
import { extractDocuments } from '../../services/documents/extracts';
import type { Handlers } from './handler';
import { actNotFound } from '../../db/repositories/session-acts';

export const ACT_HANDLERS: Handlers<typeof ACT_CHANNELS> = {
  'act:get': (db, { body, date, act }) => actEditor(db, body, date, act),
  'act:create': (db, input) => createAct(db, input),
  'act:save': (db, input, now) => saveAct(db, input, isoDateOf(now)),
  'act:renumber': (db, input) => renumberAct(db, input),
  'act:withdraw': (db, input) => withdrawAct(db, input),
  'act:preview': (db, { body, date, act }, now) => {
    const [extract] = extractDocuments(db, { body, date, act, now });
    if (extract === undefined) throw actNotFound(act, date);
    return previewBlocks(extract.doc);
  },
  'act-annexes:get': (db, input) => actAnnexes(db, input),
  'act-annex:add': async (db, { base64, ...input }) => {
    await addAnnex(db, { ...input, bytes: new Uint8Array(Buffer.from(base64, 'base64')) });
    return actAnnexes(db, input);
  },
  'act-annex:remove': (db, input) => {
    removeAnnex(db, input);
    return actAnnexes(db, input);
  },
  'act-paper:set': (db, input) => {
    markPaperPieces(db, input);
    return actAnnexes(db, input);
  },
};
