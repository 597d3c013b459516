import type { MemberView } from '../../../shared/contract/channels/settings';
import type { Civility } from '../../../shared/domain/member';
import { bySurname, listName } from '../../../shared/domain/member';
import { AppError, validationError } from '../../../shared/domain/errors';
import { numericDate } from '../../../shared/rules/french-dates';
import { findTwin } from '../../../shared/rules/member-twin';
import type { Db } from '../../db/open';
import { actsOutOfSecretariat, someActs } from '../../db/repositories/act-life';
import { deleteMemberRow, findMemberRow, insertMember, listMemberRows, memberSessionDates, memberSigned, updateMember } from '../../db/repositories/members';
import type { MemberRow } from '../../db/rows';

const toView = (r: MemberRow): MemberView => {
  const m = { civility: r.civility, firstName: r.first_name, lastName: r.last_name };
  return { id: r.id, ...m, label: listName(m) };
};

/** Every member the register knows, by surname. */
export function listMembers(db: Db): MemberView[] {
  const views = listMemberRows(db).map(toView);
  return views.sort((a, b) => bySurname({ ...a, quality: null, precedence: null }, { ...b, quality: null, precedence: null }));
}

export function memberView(db: Db, id: number): MemberView {
  const row = findMemberRow(db, id);
  if (row === undefined) throw new AppError('not_found', `Élu n° ${id} introuvable dans ce registre.`, 'memberId');
  return toView(row);
}

/**
 * Adds a member (id null) or corrects one's civility and names. The surname is kept in capitals,
 * as the lists print it. Two members may not share first name and surname, whatever the civility,
 * accents or case (`findTwin`): a second entry is a typing slip the lists could not tell apart. A correction shows in every document printed
 * afterwards, past sessions included (signed PDFs keep their bytes).
 */
export function saveMember(db: Db, m: { id: number | null; civility: Civility; firstName: string; lastName: string }): MemberView {
  const lastName = m.lastName.toLocaleUpperCase('fr');
  return db.transaction(() => {
    const twin = findTwin(listMembers(db), m, m.id);
    if (twin !== undefined) {
      throw validationError(
        `Élu « ${listName({ ...m, lastName })} » déjà inscrit au registre : ${twin.label} ; un même élu ne peut figurer deux fois (corrigez sa fiche s'il le faut).`,
        'lastName',
      );
    }
    if (m.id === null) {
      return memberView(db, insertMember(db, { ...m, lastName }));
    }
    const before = memberView(db, m.id);
    const printed = listName({ ...m, lastName });
    const frozen = printed === before.label ? [] : actsOutOfSecretariat(db, { memberId: m.id });
    if (frozen.length > 0) {
      // Past acts print the member's name from the register: a change would rewrite acts already sent.
      throw validationError(
        `${before.label} figure dans des actes qui ont quitté le secrétariat (${someActs(frozen)}) : le nom qu'ils impriment ne peut plus changer ; ` +
          'un acte transmis se corrige par un nouvel acte.',
        'lastName',
      );
    }
    updateMember(db, m.id, { ...m, lastName });
    return memberView(db, m.id);
  })();
}

/**
 * Deletes a member entered by mistake, with its mandates: only one no session names (roster,
 * attendance, procuration, presidency, vote, signature) — the register keeps whoever sat. One
 * transaction.
 */
export function deleteMember(db: Db, input: { id: number }): { id: number; label: string } {
  return db.transaction(() => {
    const member = memberView(db, input.id);
    const dates = memberSessionDates(db, input.id);
    if (dates.length > 0 || memberSigned(db, input.id)) {
      const first = dates[0];
      const where = first === undefined ? 'a signé des actes' : `figure dans ${dates.length === 1 ? 'la séance' : `${dates.length} séances, dont celle`} du ${numericDate(first)}`;
      throw validationError(
        `${member.label} ${where} : un élu qui a siégé reste au registre ; s'il n'est plus en fonction, donnez une fin à son mandat.`,
        'id',
      );
    }
    deleteMemberRow(db, input.id);
    return { id: input.id, label: member.label };
  })();
}
