import type { ACT_CHANNELS } from '../../../shared/contract/channels/acts';
import { previewBlocks } from '../../../templates/render/preview';
import { actEditor, createAct, renumberAct, saveAct, withdrawAct } from '../editing/act-edit';
import { extractDocuments } from '../extracts';
import type { Handlers } from './handler';
import { actNotFound } from '../../db/repositories/session-acts';

export const ACT_HANDLERS: Handlers<typeof ACT_CHANNELS> = {
  'act:get': (db, { body, date, act }) => actEditor(db, body, date, act),
  'act:create': (db, input) => createAct(db, input),
  'act:save': (db, input) => saveAct(db, input),
  'act:renumber': (db, input) => renumberAct(db, input),
  'act:withdraw': (db, input) => withdrawAct(db, input),
  'act:preview': (db, { body, date, act }, now) => {
    const [extract] = extractDocuments(db, { body, date, act, now });
    if (extract === undefined) throw actNotFound(act, date);
    return previewBlocks(extract.doc);
  },
};
