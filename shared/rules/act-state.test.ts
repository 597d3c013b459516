import { describe, expect, it } from 'vitest';
import { actState, isEditable, stateLabel } from './act-state';

const base = { outcome: { kind: 'unanimity' }, transmitted: false, executoryDate: null, onlineDate: null } as const;

describe('act state', () => {
  it('follows the act from draft to published', () => {
    expect(actState({ ...base, outcome: { kind: 'pending' } })).toBe('draft');
    expect(actState(base)).toBe('voted');
    expect(actState({ ...base, transmitted: true })).toBe('transmitted');
    expect(actState({ ...base, transmitted: true, executoryDate: '2023-10-20' })).toBe('executory');
    expect(actState({ ...base, transmitted: true, executoryDate: '2023-10-20', onlineDate: '2023-10-20' })).toBe('published');
  });

  it('lets drafts and voted acts be edited, not transmitted or signed ones', () => {
    expect(isEditable('draft', false)).toBe(true);
    expect(isEditable('voted', false)).toBe(true);
    expect(isEditable('voted', true)).toBe(false);
    expect(isEditable('transmitted', false)).toBe(false);
    expect(isEditable('published', false)).toBe(false);
  });
});

describe('stateLabel', () => {
  it('names a voted act whose extract is signed « signé », and keeps the later steps', () => {
    expect(stateLabel('voted', false)).toBe('voté');
    expect(stateLabel('voted', true)).toBe('signé');
    expect(stateLabel('published', true)).toBe('publié');
  });
});
