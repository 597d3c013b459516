import { describe, expect, it } from 'vitest';
import type { View } from './view';
import { viewAddress, viewAt } from './view';

describe('view address', () => {
  it('names every screen in the hash, and reads it back', () => {
    const views: View[] = [
      { screen: 'sessions' },
      { screen: 'session', body: 'CP', date: '2024-01-15', tab: 'acts' },
      { screen: 'act', body: 'CP', date: '2024-01-15', act: 'G1' },
      { screen: 'settings' },
      { screen: 'backups' },
      { screen: 'journal' },
      { screen: 'verify' },
    ];
    for (const view of views) expect(viewAt(viewAddress(view))).toEqual(view);
    expect(viewAddress({ screen: 'act', body: 'CP', date: '2024-01-15', act: 'G1' })).toBe('#/acte/CP/2024-01-15/G1');
  });

  it('opens the sessions for an address it does not know', () => {
    for (const hash of ['', '#', '#/acte/XX/2024-01-15/G1', '#/seance/CP/15-01-2024/acts', '#/seance/CP/2024-01-15/autre', '#/acte/CP/2024-01-15', '#/%E0%A4%A', '#/journal/x'])
      expect(viewAt(hash)).toEqual({ screen: 'sessions' });
  });
});
