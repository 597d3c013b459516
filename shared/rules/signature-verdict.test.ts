import { describe, expect, it } from 'vitest';
import { signatureVerdict } from './signature-verdict';

describe('signatureVerdict', () => {
  const recognised = { signerIssuer: 'recognised' as const };

  it('is sound for a whole signature and for later additions that keep the signed content, ALTÉRÉ otherwise', () => {
    expect(signatureVerdict({ intact: true, coversWholeDocument: true, signedContentKept: true, ...recognised })).toEqual({ sound: true, recognised: true, text: 'intact' });
    expect(signatureVerdict({ intact: true, coversWholeDocument: false, signedContentKept: true, ...recognised })).toEqual({
      sound: true,
      recognised: true,
      text: 'signature valide ; des ajouts postérieurs ne modifient pas le contenu signé',
    });
    expect(signatureVerdict({ intact: true, coversWholeDocument: false, signedContentKept: false, ...recognised }).text).toMatch(/^ALTÉRÉ : des modifications postérieures/);
    expect(signatureVerdict({ intact: false, coversWholeDocument: true, signedContentKept: true, ...recognised })).toEqual({
      sound: false,
      recognised: true,
      text: 'ALTÉRÉ depuis la signature',
    });
  });

  it('keeps the integrity verdict but says when no recognised authority vouches for the signer', () => {
    expect(signatureVerdict({ intact: true, coversWholeDocument: true, signedContentKept: true, signerIssuer: 'self-signed' })).toEqual({
      sound: true,
      recognised: false,
      text: "intact ; certificat auto-signé : l'identité du signataire n'est garantie par aucune autorité de certification",
    });
    expect(signatureVerdict({ intact: true, coversWholeDocument: false, signedContentKept: true, signerIssuer: 'unrecognised' }).text).toBe(
      'signature valide ; des ajouts postérieurs ne modifient pas le contenu signé ; ' +
        "certificat émis par une autorité que Registre ne reconnaît pas : l'identité du signataire n'est garantie par aucune autorité de certification reconnue",
    );
    expect(signatureVerdict({ intact: false, coversWholeDocument: true, signedContentKept: true, signerIssuer: 'self-signed' }).text).toBe('ALTÉRÉ depuis la signature');
  });
});
