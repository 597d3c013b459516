import type { READING_CHANNELS } from '../../../shared/contract/channels/reading';
import { SEARCH_LIMIT } from '../../../shared/contract/channels/reading';
import { formalName, listName, proxyName } from '../../../shared/domain/member';
import { searchActs } from '../../db/repositories/act-search';
import { listSessions } from '../../db/repositories/sessions';
import type { ActSummary } from '../../services/sessions/session-view';
import { sessionActs } from '../../services/sessions/session-view';
import type { Handlers } from './handler';
import { actNotFound } from '../../db/repositories/session-acts';
import { SharedRegister } from '../../db/postgres/shared-register';
import { isShared } from '../../db/register';

/** An act's line of the ordre du jour: counts, quorum verdict and presiding member. */
export const actSummaryView = (a: ActSummary) => ({
  number: a.number,
  object: a.object,
  counts: { ...a.verdict.counts },
  quorum: { met: a.verdict.quorum.met, figures: a.verdict.quorum.figures, article: a.verdict.quorum.article },
  presiding: { name: formalName(a.verdict.presiding), quality: a.verdict.presidingQuality },
  state: a.stateLabel,
  editable: a.editable,
});

export const READING_HANDLERS: Handlers<typeof READING_CHANNELS> = {
  'sessions:list': (db) => listSessions(db),
  'session:acts': (db, { body, date }) => {
    const { session, acts } = sessionActs(db, body, date);
    return {
      body: session.body.code,
      bodyName: session.body.name,
      date: session.date,
      time: session.time,
      place: session.place,
      membersInOffice: session.roster.length,
      acts: acts.map(actSummaryView),
    };
  },
  'act:show': (db, { body, date, act }) => {
    const { acts } = sessionActs(db, body, date, act);
    const a = acts[0];
    if (a === undefined) throw actNotFound(act, date);
    const v = a.verdict;
    return {
      ...actSummaryView(a),
      present: v.present.map(listName),
      proxies: v.proxies.map(proxyName),
      excused: v.excused.map(listName),
      absent: v.absent.map(listName),
    };
  },
  'acts:search': (db, { query }) => searchActs(db, query, SEARCH_LIMIT),
  'register:info': (db) => ({ file: db.name, shared: isShared(db) }),
  'register:changes': async (db, { seen }) => {
    const feed = db instanceof SharedRegister ? db.feed : null;
    return feed === null ? { live: false, changes: 0 } : { live: true, changes: await feed.next(seen) };
  },
};
