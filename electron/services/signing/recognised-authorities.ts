/**
 * The certification authorities whose certificates Registre recognises when it verifies a
 * signature (DER). None is shipped yet: which list applies (the EU trusted list of qualified
 * authorities, RGS) is for the collectivity to choose, and until then every signature is reported
 * with the reserve that no recognised authority vouches for its signer.
 */
export const RECOGNISED_AUTHORITIES: readonly Uint8Array[] = [];
