import type { Outcome } from '../domain/outcome';

/** Where an act stands in its life, as the ordre du jour shows it. */
export type ActState = 'draft' | 'voted' | 'transmitted' | 'executory' | 'published';

export const ACT_STATE_LABELS: Record<ActState, string> = {
  draft: 'brouillon',
  voted: 'voté',
  transmitted: 'transmis',
  executory: 'exécutoire',
  published: 'publié',
};

export interface ActLife {
  outcome: Outcome;
  /** Sent to the préfecture (@ctes transmission or its acknowledgement recorded). */
  transmitted: boolean;
  executoryDate: string | null;
  onlineDate: string | null;
}

/**
 * The furthest step the act has reached: a draft until voted, then transmitted, executory, and
 * published once online.
 *
 * @example actState({ outcome: { kind: 'unanimity' }, transmitted: true, executoryDate: null, onlineDate: null }) === 'transmitted'
 */
export function actState(a: ActLife): ActState {
  if (a.onlineDate !== null) return 'published';
  if (a.executoryDate !== null) return 'executory';
  if (a.transmitted) return 'transmitted';
  return a.outcome.kind === 'pending' ? 'draft' : 'voted';
}

/**
 * The state as the screens name it: a voted act whose extract is signed is « signé » (it has left
 * the secretariat), not « voté »; later steps (transmis, exécutoire, publié) say more.
 *
 * @example stateLabel('voted', true) === 'signé'; stateLabel('published', true) === 'publié'
 */
export function stateLabel(state: ActState, signed: boolean): string {
  return signed && (state === 'draft' || state === 'voted') ? 'signé' : ACT_STATE_LABELS[state];
}

/**
 * Whether the secretary may still change the act's text, vote and attendance: once sent to the
 * préfecture (or signed), an act is corrected by a new act, never edited.
 */
export function isEditable(state: ActState, signed: boolean): boolean {
  return !signed && (state === 'draft' || state === 'voted');
}
