import type { BodyCode } from '../../shared/domain/body';
import type { Civility } from '../../shared/domain/member';
import type { ActStatus, WithdrawalBasis } from '../../shared/domain/attendance';
import type { NatureCode } from '../../shared/rules/ctes-id';

/** Rows as SQLite returns them: snake_case, JSON kept as text. Mapped to domain types in repositories/. */
export interface CollectivityRow {
  name: string;
  department_code: string;
  siren: string;
  website_label: string;
}

export interface BodyRow {
  id: number;
  code: BodyCode;
  name: string;
  heading: string;
  assembly: string;
  series: string;
}

export interface SessionRow {
  id: number;
  body_id: number;
  date: string;
  time: string;
  place: string;
  president_id: number;
  certifier_formula: string;
  certifier_quality: string;
  certifier_name: string;
}

export interface SessionMemberRow {
  member_id: number;
  civility: 'M.' | 'Mme';
  first_name: string;
  last_name: string;
  quality: string | null;
  precedence: number | null;
  status: 'present' | 'absent' | 'excused';
  holder_id: number | null;
  proxy_position: number | null;
}

export interface RecueilRow {
  title: string;
  year: number;
  number: number;
  publication_date: string;
  section: string | null;
  back_cover: string;
}

export interface ActRow {
  id: number;
  session_id: number;
  number: number;
  object: string;
  service_code_lines: string;
  examination_sentence: string | null;
  presiding_id: number | null;
  visas: string;
  considerants: string;
  decisions: string;
  decision_notes: string;
  outcome: string;
  annexes: string;
  internal_id: string | null;
  nature: NatureCode;
  legality_reception_date: string | null;
  executory_date: string | null;
  online_date: string | null;
}

export interface ActAttendanceRow {
  act_id: number;
  member_id: number;
  status: ActStatus;
  holder_id: number | null;
  basis: WithdrawalBasis | null;
  reason: string | null;
  position: number;
}

export interface MemberRow {
  id: number;
  civility: Civility;
  first_name: string;
  last_name: string;
}

/** A mandate with its body's code and its member's names. */
export interface MandateRow {
  id: number;
  member_id: number;
  body: BodyCode;
  start_date: string;
  end_date: string | null;
  quality: string | null;
  precedence: number | null;
  civility: Civility;
  first_name: string;
  last_name: string;
}

/** A signed extract: the signer, the certificate and the signed PDF's bytes. */
export interface SignatureRow {
  act_id: number;
  signed_at: string;
  sha256: string;
  signer_member_id: number;
  signer_label: string;
  certificate_subject: string;
  certificate_issuer: string;
  serial_number: string;
  not_before: string;
  not_after: string;
  delegation: string | null;
  pdf: Uint8Array;
}
