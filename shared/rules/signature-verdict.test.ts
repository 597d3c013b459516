import { describe, expect, it } from 'vitest';
import { signatureVerdict } from './signature-verdict';

describe('signatureVerdict', () => {
  it('is sound for a whole signature and for later additions that keep the signed content, ALTÉRÉ otherwise', () => {
    expect(signatureVerdict({ intact: true, coversWholeDocument: true, signedContentKept: true })).toEqual({ sound: true, text: 'intact' });
    expect(signatureVerdict({ intact: true, coversWholeDocument: false, signedContentKept: true })).toEqual({
      sound: true,
      text: 'signature valide ; des ajouts postérieurs ne modifient pas le contenu signé',
    });
    expect(signatureVerdict({ intact: true, coversWholeDocument: false, signedContentKept: false }).text).toMatch(/^ALTÉRÉ : des modifications postérieures/);
    expect(signatureVerdict({ intact: false, coversWholeDocument: true, signedContentKept: true })).toEqual({ sound: false, text: 'ALTÉRÉ depuis la signature' });
  });
});
