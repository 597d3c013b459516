import type { MemberView } from '../../../shared/contract/channels/settings';
import type { Civility } from '../../../shared/domain/member';
import { bySurname, listName } from '../../../shared/domain/member';
import { AppError, validationError } from '../../../shared/domain/errors';
import type { Db } from '../../db/open';
import { actsOutOfSecretariat, someActs } from '../../db/repositories/act-life';

interface MemberRow {
  id: number;
  civility: Civility;
  first_name: string;
  last_name: string;
}

const toView = (r: MemberRow): MemberView => {
  const m = { civility: r.civility, firstName: r.first_name, lastName: r.last_name };
  return { id: r.id, ...m, label: listName(m) };
};

/** Every member the register knows, by surname. */
export function listMembers(db: Db): MemberView[] {
  const views = (db.prepare('SELECT * FROM members').all() as MemberRow[]).map(toView);
  return views.sort((a, b) => bySurname({ ...a, quality: null, precedence: null }, { ...b, quality: null, precedence: null }));
}

export function memberView(db: Db, id: number): MemberView {
  const row = db.prepare('SELECT * FROM members WHERE id = ?').get(id) as MemberRow | undefined;
  if (row === undefined) throw new AppError('not_found', `Élu n° ${id} introuvable dans ce registre.`, 'memberId');
  return toView(row);
}

/**
 * Adds a member (id null) or corrects one's civility and names. The surname is kept in capitals,
 * as the lists print it. Two members may not share civility, first name and surname: the
 * attendance lists could not tell them apart. A correction shows in every document printed
 * afterwards, past sessions included (signed PDFs keep their bytes).
 */
export function saveMember(db: Db, m: { id: number | null; civility: Civility; firstName: string; lastName: string }): MemberView {
  const lastName = m.lastName.toLocaleUpperCase('fr');
  return db.transaction(() => {
    const twin = db
      .prepare('SELECT id FROM members WHERE civility = ? AND first_name = ? AND last_name = ? AND id IS NOT ?')
      .pluck()
      .get(m.civility, m.firstName, lastName, m.id) as number | undefined;
    if (twin !== undefined) {
      throw validationError(`Élu « ${listName({ ...m, lastName })} » déjà inscrit au registre : un même élu ne peut figurer deux fois.`, 'lastName');
    }
    if (m.id === null) {
      const { lastInsertRowid } = db.prepare('INSERT INTO members (civility, first_name, last_name) VALUES (?, ?, ?)').run(m.civility, m.firstName, lastName);
      return memberView(db, Number(lastInsertRowid));
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
    db.prepare('UPDATE members SET civility = ?, first_name = ?, last_name = ? WHERE id = ?').run(m.civility, m.firstName, lastName, m.id);
    return memberView(db, m.id);
  })();
}
