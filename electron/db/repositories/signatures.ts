import type { Db } from '../open';
import type { SignatureRow } from '../rows';

/** The signature of an act, if it has one. */
export function storedSignature(db: Db, actId: number): SignatureRow | undefined {
  return db.prepare('SELECT * FROM signatures WHERE act_id = ?').get(actId) as SignatureRow | undefined;
}

/** Keeps an act's signature; the register's triggers refuse a second one and any change to it. */
export function insertSignature(db: Db, row: SignatureRow): void {
  db.prepare(
    `INSERT INTO signatures (act_id, signed_at, sha256, signer_member_id, signer_label, certificate_subject, certificate_issuer,
       serial_number, not_before, not_after, delegation, pdf)
     VALUES (@act_id, @signed_at, @sha256, @signer_member_id, @signer_label, @certificate_subject, @certificate_issuer,
       @serial_number, @not_before, @not_after, @delegation, @pdf)`,
  ).run(row);
}
