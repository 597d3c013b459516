import { describe, expect, it } from 'vitest';
import { openingYear } from './opening-year';

describe('openingYear', () => {
  it('opens the current year, not a later one typed by mistake', () => {
    expect(openingYear(['2099', '2026', '2023'], '2026')).toBe('2026');
  });

  it('opens the latest year before the current one when it has no session, else the first one after', () => {
    expect(openingYear(['2099', '2023', '2022'], '2026')).toBe('2023');
    expect(openingYear(['2028', '2027'], '2026')).toBe('2027');
    expect(openingYear([], '2026')).toBeNull();
  });
});
