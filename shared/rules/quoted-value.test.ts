import { describe, expect, it } from 'vitest';
import { quotedValue } from './quoted-value';

describe('quotedValue', () => {
  it('quotes a short value whole', () => {
    expect(quotedValue('M. Jean DUPONT')).toBe('« M. Jean DUPONT »');
  });

  it('cuts a long value and says how long it was', () => {
    const quoted = quotedValue('é'.repeat(1_000_000));
    expect(quoted).toBe(`« ${'é'.repeat(59)}… » (1000000 caractères)`);
  });
});
