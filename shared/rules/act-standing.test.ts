import { describe, expect, it } from 'vitest';
import { checkActDecides, checkActStands } from './act-standing';

const verdict = (met: boolean, present: number, proxies: number) => ({
  quorum: { met, base: 46, required: 24, counted: present + proxies, figures: `${present} + ${proxies} ${met ? '≥' : '<'} 24`, article: 'CGCT L3121-14-1' },
  counts: { present, proxies, excused: 0, absent: 46 - present - proxies },
});

describe('checkActStands', () => {
  const rejected = { kind: 'rejected', votes: { for: 3, against: 10, abstentions: 0, notVoting: 0 }, ballot: 'show-of-hands', names: null } as const;

  it('refuses an adopted act without quorum, in French with the figures and the article quoted', () => {
    expect(() => checkActStands({ kind: 'unanimity' }, verdict(false, 15, 5))).toThrow(
      "le quorum n'est pas atteint (15 + 5 < 24, CGCT L3121-14-1) : l'assemblée « ne peut délibérer si la majorité absolue de ses membres en exercice n'est présente ou représentée » ; " +
        "un rejet est aussi une délibération : l'acte ne peut être ni adopté ni rejeté, il reste « Vote à venir » ou est retiré.",
    );
  });

  it('refuses a rejected act without quorum too (CGCT L3121-14: without quorum the assembly cannot deliberate at all)', () => {
    expect(() => checkActStands(rejected, verdict(false, 15, 5))).toThrow(/^le quorum n'est pas atteint \(15 \+ 5 < 24, CGCT L3121-14-1\) : .*ni adopté ni rejeté/);
  });

  it('lets a pending act stand without quorum, and adopted or rejected ones with it', () => {
    expect(() => checkActStands({ kind: 'pending' }, verdict(false, 15, 5))).not.toThrow();
    expect(() => checkActStands({ kind: 'unanimity' }, verdict(true, 33, 3))).not.toThrow();
    expect(() => checkActStands(rejected, verdict(true, 33, 3))).not.toThrow();
  });
});

describe('checkActDecides', () => {
  const rejected = { kind: 'rejected', votes: { for: 3, against: 10, abstentions: 0, notVoting: 0 }, ballot: 'show-of-hands', names: null } as const;
  const message =
    "Décisions : un acte voté doit décider quelque chose (rejeté, il dit ce qui était proposé) ; écrivez au moins une décision avant d'enregistrer le résultat du vote.";

  it('refuses an adopted or a rejected act without a decision, or with blank ones only, naming the field', () => {
    expect(() => checkActDecides({ kind: 'unanimity' }, [])).toThrow(message);
    expect(() => checkActDecides(rejected, [])).toThrow(message);
    expect(() => checkActDecides({ kind: 'unanimity' }, ['', '  '])).toThrow(message);
  });

  it('lets a draft have no decision yet, and a voted act with one stand', () => {
    expect(() => checkActDecides({ kind: 'pending' }, [])).not.toThrow();
    expect(() => checkActDecides({ kind: 'unanimity' }, ["d'approuver la convention."])).not.toThrow();
    expect(() => checkActDecides(rejected, ["d'approuver la convention."])).not.toThrow();
  });
});
