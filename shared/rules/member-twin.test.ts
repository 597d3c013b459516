import { describe, expect, it } from 'vitest';
import { findTwin, nameKey } from './member-twin';

describe('member twins', () => {
  it('folds accents, case, spaces and apostrophes', () => {
    expect(nameKey({ firstName: ' Jérôme ', lastName: 'ÉPÉE-D’ORSAY' })).toBe(nameKey({ firstName: 'jerome', lastName: "epee-d'orsay" }));
  });

  it('takes a hyphen, typed or typographic, for a space', () => {
    const key = nameKey({ firstName: 'Marie-Pierre', lastName: 'MOUTON' });
    expect(nameKey({ firstName: 'marie pierre', lastName: 'Mouton' })).toBe(key);
    expect(nameKey({ firstName: 'Marie\u2011Pierre', lastName: 'MOUTON' })).toBe(key);
    expect(nameKey({ firstName: 'Marie - Pierre', lastName: 'MOUTON' })).toBe(key);
    expect(nameKey({ firstName: 'Marie', lastName: 'MOUTON' })).not.toBe(key);
  });

  it('finds the same names under another id only', () => {
    const members = [{ id: 1, firstName: 'Jean-Marie', lastName: 'BERNARD' }];
    expect(findTwin(members, { firstName: 'jean-marie', lastName: 'Bernard' }, null)?.id).toBe(1);
    expect(findTwin(members, { firstName: 'Jean-Marie', lastName: 'BERNARD' }, 1)).toBeUndefined();
    expect(findTwin(members, { firstName: 'Jean', lastName: 'BERNARD' }, null)).toBeUndefined();
  });
});
