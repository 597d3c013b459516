import { createHash } from 'node:crypto';
import type { BodyCode } from '../../../shared/domain/body';
import { AppError, validationError } from '../../../shared/domain/errors';
import type { Member } from '../../../shared/domain/member';
import { plainName } from '../../../shared/domain/member';
import { actVerdict } from '../../../shared/rules/act-verdict';
import { formatActNumber } from '../../../shared/rules/numbering';
import type { Db } from '../../db/open';
import { renderExtracts } from './extracts';
import { keepActTemplates } from './issued-templates';
import { readCertificate, signPdf } from '../signing';
import { sessionAct } from '../../db/repositories/session-acts';
import { insertSignature, storedSignature } from '../../db/repositories/signatures';
import type { SignatureRow } from '../../db/rows';
import { checkChronology } from '../../../shared/rules/chronology';
import { isDecided } from '../../../shared/domain/outcome';
import { isoDateOf } from '../../../shared/rules/french-dates';

/** A signature as the register keeps it. */
export interface SignatureRecord {
  actId: number;
  signedAt: string;
  sha256: string;
  /** The presiding member in whose name the act is signed. */
  signerMemberId: number;
  /** "Jean-Louis MASSON, Président du Conseil départemental", as written in the signature. */
  signerLabel: string;
  certificateSubject: string;
  certificateIssuer: string;
  serialNumber: string;
  notBefore: string;
  notAfter: string;
  /** Null: the certificate holder is the presiding member. */
  delegation: string | null;
}

export interface SignedExtract {
  number: string;
  bytes: Uint8Array;
  signature: SignatureRecord;
  /** True when the act was signed before: `bytes` are the stored ones, nothing was signed now. */
  alreadySigned: boolean;
}


const toRecord = (r: SignatureRow): SignatureRecord => ({
  actId: r.act_id,
  signedAt: r.signed_at,
  sha256: r.sha256,
  signerMemberId: r.signer_member_id,
  signerLabel: r.signer_label,
  certificateSubject: r.certificate_subject,
  certificateIssuer: r.certificate_issuer,
  serialNumber: r.serial_number,
  notBefore: r.not_before,
  notAfter: r.not_after,
  delegation: r.delegation,
});

/** The signature of an act, or null when it has none. */
export function loadSignature(db: Db, actId: number): SignatureRecord | null {
  const row = storedSignature(db, actId);
  return row === undefined ? null : toRecord(row);
}

/** The signed PDF extract of an act as the register keeps it, or null when the act is not signed. */
export function loadSignedPdf(db: Db, actId: number): Uint8Array | null {
  const row = storedSignature(db, actId);
  return row === undefined ? null : new Uint8Array(row.pdf);
}

/** "Jean-Louis MASSON" and "jean louis masson" are the same person; "Élodie" and "ELODIE" too. */
export function sameName(a: string, b: string): boolean {
  const key = (s: string) =>
    s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr').replace(/[\s\-‐‑’']+/g, ' ').trim();
  return key(a) === key(b);
}

const label = (m: Member) => (m.quality === null ? plainName(m) : `${plainName(m)}, ${m.quality}`);

/**
 * Renders the PDF extract of one act, signs it with the certificate of the member who presided
 * it and records the signature in the register (one transaction). A certificate of someone else
 * is refused unless `delegation` states the delegation, which is then recorded. An act already
 * signed gives back its stored bytes: it is never signed twice. The passphrase is not kept.
 */
export async function signExtract(
  db: Db,
  args: { body: BodyCode; date: string; act: string; p12: Uint8Array; passphrase: string; now: Date; delegation?: string },
): Promise<SignedExtract> {
  const { session, act } = sessionAct(db, args.body, args.date, args.act);
  const number = formatActNumber({ series: session.body.series, value: act.number });

  const existing = storedSignature(db, act.id);
  if (existing !== undefined) return { number, bytes: new Uint8Array(existing.pdf), signature: toRecord(existing), alreadySigned: true };

  const delegation = args.delegation?.trim();
  if (args.delegation !== undefined && delegation === '') {
    throw validationError('Délégation : indiquez le texte de la délégation de signature (par exemple « arrêté n° … du … »).', 'delegation');
  }
  const certificate = await readCertificate(args.p12, args.passphrase, args.now);
  const presiding = actVerdict(session, act).presiding;
  const holderIsPresiding = sameName(certificate.subjectCommonName, plainName(presiding));
  if (!holderIsPresiding && delegation === undefined) {
    throw validationError(
      `Signature refusée : le certificat est celui de ${certificate.subjectCommonName}, mais l'acte ${number} a été présidé par ` +
        `${plainName(presiding)}. Utilisez le certificat de ${plainName(presiding)}, ou indiquez la délégation de signature ` +
        `dont dispose ${certificate.subjectCommonName}.`,
      'p12',
    );
  }
  // Under delegation the signature names the certificate holder, with their quality when they sit in the assembly.
  const holder = holderIsPresiding ? presiding : session.roster.find((m) => sameName(certificate.subjectCommonName, plainName(m)));
  const signerLabel = holder === undefined ? certificate.subjectCommonName : label(holder);

  // Signed on or after the séance, and only once decided: a projet is never signed.
  if (!isDecided(act.outcome)) throw validationError(`${number} : vote à venir ; un projet ne se signe pas, enregistrez d'abord son vote.`, 'act');
  checkChronology({ decisionDate: session.date, signatureDate: isoDateOf(args.now) });
  const [extract] = await renderExtracts(db, { body: args.body, date: args.date, act: number, format: 'pdf', now: args.now });
  if (extract === undefined) throw new AppError('internal', `L'extrait de l'acte ${number} n'a pas pu être produit.`);
  const bytes = await signPdf(extract.bytes, args.p12, args.passphrase, { signingTime: args.now, signerLabel });

  const row: SignatureRow = {
    act_id: act.id,
    signed_at: args.now.toISOString(),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    signer_member_id: presiding.id,
    signer_label: signerLabel,
    certificate_subject: certificate.subject,
    certificate_issuer: certificate.issuer,
    serial_number: certificate.serialNumber,
    not_before: certificate.notBefore.toISOString(),
    not_after: certificate.notAfter.toISOString(),
    delegation: holderIsPresiding ? null : (delegation ?? null),
    pdf: Buffer.from(bytes),
  };
  return db.transaction((): SignedExtract => {
    // Another window may have signed the act while this one was rendering: the first signature stands.
    const raced = storedSignature(db, act.id);
    if (raced !== undefined) return { number, bytes: new Uint8Array(raced.pdf), signature: toRecord(raced), alreadySigned: true };
    keepActTemplates(db, act.id);
    insertSignature(db, row);
    return { number, bytes, signature: toRecord(row), alreadySigned: false };
  })();
}
