import type { ActContentView, VoteView } from '../../../shared/contract/contract';
import type { ActTexts } from './act-text';
import { textsOf } from './act-text';

/** What the secretary typed in an act and the register has not taken yet (a refused field). */
export interface ActDraft {
  texts: ActTexts;
  vote: VoteView;
  /** The act's version the draft was typed on: restored, it is saved on that version, never over a change made since. */
  version?: number;
}

/*
 * Drafts live in the tab's sessionStorage: leaving the act and coming back (or reloading the tab)
 * finds them again; closing the tab forgets them, as it forgets the host's token.
 */
const keyOf = (body: string, date: string, act: string) => `registre.draft.${body}.${date}.${act}`;

export function readDraft(body: string, date: string, act: string): ActDraft | null {
  const text = window.sessionStorage.getItem(keyOf(body, date, act));
  return text === null ? null : (JSON.parse(text) as ActDraft);
}

export function writeDraft(body: string, date: string, act: string, draft: ActDraft | null): void {
  if (draft === null) window.sessionStorage.removeItem(keyOf(body, date, act));
  else window.sessionStorage.setItem(keyOf(body, date, act), JSON.stringify(draft));
}

// The same JSON whatever the order of an object's keys (a vote typed on screen vs the register's).
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );

/**
 * Whether the register already holds everything `draft` says: the tab was reloaded (or closed) while
 * its last save was on its way, which the register took but whose answer the tab never read. Such a
 * draft is not a change of the secretary's to protect: kept, its old version would refuse her own
 * save as another's.
 */
export function draftSaved(draft: ActDraft, content: ActContentView): boolean {
  return canonical(draft.texts) === canonical(textsOf(content)) && canonical(draft.vote) === canonical(content.vote);
}
