import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqliteDb } from '../../db/open';
import type { ReferenceSession } from '../../testing/temp-register';
import { referenceSession, snapshot, tempRegister, tempSqliteRegister } from '../../testing/temp-register';
import { exportSession } from './session-export';
import { importSession, importSessionText, importSessionTexts } from './session-import';
import { BODY_DEFAULTS } from '../../../shared/domain/body';
import { saveBody } from '../settings/bodies';

let db: SqliteDb;
let cleanup: () => void;
beforeEach(() => {
  ({ db, cleanup } = tempSqliteRegister());
});
afterEach(() => cleanup());

describe('import then export of the reference session', () => {
  it("reproduces every act's lists, counts, quorum and presiding member (G25 included)", () => {
    const reference = referenceSession();
    const report = importSession(db, reference);
    expect(report).toMatchObject({ body: 'CP', date: '2023-10-16', acts: 16, members: 46 });
    const exported = exportSession(db, 'CP', '2023-10-16') as unknown as ReferenceSession;
    expect(exported.acts.map((a) => a.number)).toEqual(reference.acts.map((a) => a.number));
    const fields = ['present', 'proxies', 'excused', 'absent', 'counts', 'presidingName', 'presidingQuality', 'signer', 'signerQuality', 'membersInOffice'];
    const computed = ['sessionSentence', 'dossierSentence', 'technicalReference', 'legalityReceptionDatePrinted', 'executoryDatePrinted', 'onlineDatePrinted', 'dgsBlock', 'examinationSentence', 'serviceCode'];
    exported.acts.forEach((act, i) => {
      const ref = reference.acts[i];
      for (const f of [...fields, ...computed]) expect({ act: act.number, [f]: act[f] }).toEqual({ act: ref?.number, [f]: ref?.[f] });
      expect(act.quorum).toMatchObject({ met: true });
    });
    const g25 = exported.acts.find((a) => a.number === 'G25');
    expect(g25?.counts).toEqual({ present: 33, proxies: 3, excused: 0, absent: 10 });
    expect(g25?.quorum).toEqual({ met: true, figures: '33 + 3 ≥ 24', article: 'CGCT L3121-14-1' });
  });

  it('stores G25 as six members stepping out, the lapsed procurations computed, not stored', () => {
    importSession(db, referenceSession());
    const changes = db
      .prepare(
        `SELECT m.last_name, aa.status, aa.holder_id FROM act_attendance aa JOIN acts a ON a.id = aa.act_id
         JOIN members m ON m.id = aa.member_id WHERE a.number = 25 ORDER BY m.last_name`,
      )
      .all();
    expect(changes).toEqual(
      ['ALBERTINI', 'ARENAS', 'LAIN', 'LAURIOL', 'MASSI', 'RIALLAND'].map((last_name) => ({ last_name, status: 'absent', holder_id: null })),
    );
    expect(db.prepare('SELECT count(*) FROM act_attendance').pluck().get()).toBe(6);
  });

  it('gives an exported file that imports again into another register', () => {
    importSession(db, referenceSession());
    const exported = exportSession(db, 'CP', '2023-10-16');
    const other = tempRegister();
    try {
      expect(importSession(other.db, exported)).toMatchObject({ acts: 16, members: 46 });
      expect(exportSession(other.db, 'CP', '2023-10-16')).toEqual(exported);
    } finally {
      other.cleanup();
    }
  });
});

describe('bad input is refused whole, the register unchanged', () => {
  const refuse = (mutate: (s: ReferenceSession) => void, message: RegExp) => {
    importSession(db, referenceSession());
    const before = snapshot(db);
    const bad = referenceSession();
    (bad.session as { date: string }).date = '2023-10-17';
    delete bad.recueil;
    mutate(bad);
    expect(() => importSession(db, bad)).toThrow(message);
    expect(snapshot(db)).toEqual(before);
  };
  const act = (s: ReferenceSession, n: string) => {
    const a = s.acts.find((x) => x.number === n);
    if (a === undefined) throw new Error(n);
    return a;
  };

  it('an unknown member', () => {
    refuse((s) => act(s, 'G25').absent.push('M. Jean DUPONT'), /G25 : « M\. Jean DUPONT » \(absents\) n'est pas un membre en exercice de la séance\./);
  });

  it('a member holding two procurations', () => {
    refuse((s) => {
      const g7 = act(s, 'G7');
      g7.present = g7.present.filter((n) => n !== 'M. Robert BENEVENTI');
      g7.proxies.push({ from: 'M. Robert BENEVENTI', to: 'M. Marc LAURIOL' });
    }, /G7 : M\. Marc LAURIOL reçoit deux procurations \(de M\. Jean-Martin GUISIANO et de M\. Robert BENEVENTI\) : un conseiller départemental ne peut recevoir qu'une seule délégation \(CGCT L3121-16\)\./);
  });

  it('a procuration held by an absent member', () => {
    refuse((s) => {
      const g25 = act(s, 'G25');
      g25.absent = g25.absent.filter((n) => n !== 'M. Jean-Martin GUISIANO');
      g25.proxies.push({ from: 'M. Jean-Martin GUISIANO', to: 'M. Marc LAURIOL' });
    }, /G25 : Procuration de M\. Jean-Martin GUISIANO à M\. Marc LAURIOL pour l'acte : le mandataire doit être présent\./);
  });

  it('lists that do not add up to the members in office', () => {
    refuse((s) => {
      act(s, 'G3').absent.pop();
    }, /G3 : présents \(39\) \+ procurations \(5\) \+ excusés \(0\) \+ absents \(1\) = 45, au lieu des 46 membres en exercice ; absent\(s\) de toutes les listes : Mme Manon FORTIAS\./);
  });

  it('a member listed twice', () => {
    refuse((s) => act(s, 'G3').absent.push('M. Thierry ALBERTINI'), /G3 : M\. Thierry ALBERTINI figure deux fois \(présents et absents\)/);
  });

  it('a duplicate act number', () => {
    refuse((s) => {
      act(s, 'G4').number = 'G3';
    }, /G3 figure deux fois dans le fichier : un numéro d'acte est unique dans une séance\./);
  });

  it('a malformed date', () => {
    refuse((s) => {
      act(s, 'G6').legalityReceptionDate = '2023-02-30';
    }, /acts\[4\]\.legalityReceptionDate \(G6\).*2023-02-30/);
  });

  it('a date of the wrong form', () => {
    refuse((s) => {
      (s.session as { date: string }).date = '16/10/2023';
    }, /session\.date : date attendue au format AAAA-MM-JJ/);
  });

  it('a session date more than a year ahead, as a mistyped year (D19)', () => {
    refuse((s) => {
      (s.session as { date: string }).date = '2099-10-16';
    }, /^session\.date : Date de la séance \(16\/10\/2099\) : plus d'un an après aujourd'hui \(\d\d\/\d\d\/20\d\d\) ; vérifiez l'année\.$/);
  });

  it('an act adopted without quorum', () => {
    refuse((s) => {
      const g1 = act(s, 'G1');
      const holders = new Set(g1.proxies.map((p) => p.to));
      const leaving = g1.present.filter((n) => !holders.has(n)).slice(10);
      g1.present = g1.present.filter((n) => !leaving.includes(n));
      g1.absent.push(...leaving);
    }, /G1 : le quorum n'est pas atteint \(15 \+ 5 < 24, CGCT L3121-14-1\) : l'assemblée « ne peut délibérer .* il reste « Vote à venir » ou est retiré\./);
  });

  it('an act voted without a decision (the extract would read « DECIDE : » then the result)', () => {
    refuse((s) => {
      act(s, 'G3').decisions = [];
    }, /^G3 : Décisions : un acte voté doit décider quelque chose \(rejeté, il dit ce qui était proposé\) ; écrivez au moins une décision avant d'enregistrer le résultat du vote\.$/);
  });

  it('a text holding characters the PDF font cannot print (they would vanish from the extract)', () => {
    refuse((s) => {
      act(s, 'G3').visas = ['Vu la consigne de 19 ℃ 😀 ;'];
    }, /^G3 : Visas : les caractères « ℃ » \(U\+2103\) et « 😀 » \(U\+1F600\) ne peuvent pas être imprimés dans l'extrait ; retirez-les ou remplacez-les\.$/);
  });

  it('malformed JSON', () => {
    importSession(db, referenceSession());
    const before = snapshot(db);
    expect(() => importSessionText(db, '{"session": ')).toThrow(/Le fichier n'est pas un JSON valide/);
    expect(snapshot(db)).toEqual(before);
  });

  it('the same session twice', () => {
    importSession(db, referenceSession());
    const before = snapshot(db);
    expect(() => importSession(db, referenceSession())).toThrow(/La séance du 16 octobre 2023 \(Commission permanente du Conseil départemental du Var\) existe déjà/);
    expect(snapshot(db)).toEqual(before);
  });
});

describe('votes other than unanimity', () => {
  /** The reference session with G2 adopted in a public ballot, `against` naming who voted against. */
  const publicBallot = (against: [string, string]) => {
    const file = referenceSession();
    const g2 = file.acts.find((a) => a.number === 'G2');
    if (g2 === undefined) throw new Error('G2');
    g2.vote = { kind: 'majority', ballot: 'public', for: 41, against: 2, abstentions: 1, notVoting: 0, againstNames: against, abstentionNames: ['M. Joseph MULE'] };
    g2.outcome = `Adopté à la majorité des suffrages exprimés (41 voix pour, 2 voix contre, 1 abstention). Ont voté contre : ${against.join(', ')}. S'est abstenu : M. Joseph MULE.`;
    return { file, g2 };
  };

  it('imports a public majority vote with names, prints it and exports it back', () => {
    const { file, g2 } = publicBallot(['M. Marc LAURIOL', 'Mme Andrée SAMAT']);
    importSession(db, file);
    const exported = exportSession(db, 'CP', '2023-10-16') as unknown as ReferenceSession;
    const back = exported.acts.find((a) => a.number === 'G2');
    expect(back?.outcome).toBe(g2.outcome);
    expect(back?.vote).toEqual({ ...(g2.vote as object), notVotingNames: [] });
  });

  it('imports a file exported before the verbs agreed with the names (« Se sont abstenus : M. Joseph MULE. »), exported back agreed', () => {
    const { file, g2 } = publicBallot(['M. Marc LAURIOL', 'Mme Andrée SAMAT']);
    const agreed = String(g2.outcome);
    g2.outcome = agreed.replace("S'est abstenu :", 'Se sont abstenus :');
    importSession(db, file);
    const back = (exportSession(db, 'CP', '2023-10-16') as unknown as ReferenceSession).acts.find((a) => a.number === 'G2');
    expect(back?.outcome).toBe(agreed);
  });

  it('refuses a public ballot naming a member absent for the act, the register unchanged', () => {
    const before = snapshot(db);
    const { file } = publicBallot(['M. Marc LAURIOL', 'M. Stéphane ARNAUD']);
    expect(() => importSession(db, file)).toThrow("G2 : Vote : Ont voté contre : M. Stéphane ARNAUD n'est pas votant pour cet acte (ni présent ni représenté).");
    expect(snapshot(db)).toEqual(before);
  });

  it('refuses an object @ctes could not carry, as the editor does, the register unchanged', () => {
    const before = snapshot(db);
    const file = referenceSession();
    const g3 = file.acts.find((a) => a.number === 'G3');
    if (g3 === undefined) throw new Error('G3');
    g3.object = 'o'.repeat(620);
    expect(() => importSession(db, file)).toThrow(/620 caractères ; @ctes, par lequel l’acte est transmis au contrôle de légalité, en accepte 500 au plus/);
    expect(snapshot(db)).toEqual(before);
  });

  it('refuses a vote whose counts contradict the result, the register unchanged', () => {
    const before = snapshot(db);
    const file = referenceSession();
    const g2 = file.acts.find((a) => a.number === 'G2');
    if (g2 === undefined) throw new Error('G2');
    g2.vote = { kind: 'majority', ballot: 'show-of-hands', for: 10, against: 30, abstentions: 0, notVoting: 0 };
    expect(() => importSession(db, file)).toThrow(/G2 : Vote : 10 pour et 30 contre n'adoptent pas l'acte/);
    expect(snapshot(db)).toEqual(before);
  });
});

describe('corrections', () => {
  it('imports an act that corrects an executory act, and exports the reference back', () => {
    importSession(db, referenceSession());
    const file = referenceSession();
    delete file.recueil;
    (file.session as { date: string }).date = '2023-10-02';
    file.acts = file.acts.slice(0, 1).map((a) => ({ ...a, number: 'G1', internalId: 'lmc180001', corrects: { body: 'CP', date: '2023-10-16', number: 'G12' }, legalityReceptionDate: null, executoryDate: null, onlineDate: null }));
    importSession(db, file);
    const exported = exportSession(db, 'CP', '2023-10-02') as unknown as ReferenceSession;
    expect(exported.acts[0]?.corrects).toEqual({ body: 'CP', date: '2023-10-16', number: 'G12' });
  });

  it('refuses a correction of an act the register does not have, the register unchanged', () => {
    importSession(db, referenceSession());
    const before = snapshot(db);
    const file = referenceSession();
    delete file.recueil;
    (file.session as { date: string }).date = '2023-10-02';
    file.acts = file.acts.slice(0, 1).map((a) => ({ ...a, number: 'G1', internalId: 'lmc180001', corrects: { body: 'CP', date: '2023-10-16', number: 'G5' }, legalityReceptionDate: null, executoryDate: null, onlineDate: null }));
    expect(() => importSession(db, file)).toThrow("G1 corrige l'acte G5 du 16 octobre 2023 (CP), absent du registre.");
    expect(snapshot(db)).toEqual(before);
  });
});

describe('nature and matière @ctes', () => {
  it('imports acts with their nature and matière into an empty register, and exports them back', () => {
    const file = referenceSession();
    file.acts = file.acts.slice(0, 2).map((a, i) => ({ ...a, nature: i === 0 ? 'DE' : 'CC', subject: i === 0 ? '7.3' : '1.4' }));
    importSession(db, file);
    expect(db.prepare('SELECT number, nature, subject_code, classification_date IS NOT NULL AS dated FROM acts ORDER BY number').all()).toEqual([
      { number: 1, nature: 'DE', subject_code: '7.3', dated: 1 },
      { number: 2, nature: 'CC', subject_code: '1.4', dated: 1 },
    ]);
    const exported = exportSession(db, 'CP', '2023-10-16') as unknown as ReferenceSession;
    expect(exported.acts.map((a) => [a.number, a.nature, a.subject])).toEqual([
      ['G1', 'DE', '7.3'],
      ['G2', 'CC', '1.4'],
    ]);
  });

  it('refuses a matière absent from the classification, with its value, the register unchanged', () => {
    const before = snapshot(db);
    const file = referenceSession();
    file.acts = file.acts.slice(0, 2).map((a, i) => ({ ...a, subject: i === 0 ? '7.3' : '7.99' }));
    expect(() => importSession(db, file)).toThrow(/Acte G2 : matière @ctes « 7\.99 » absente de la classification/);
    const nature = referenceSession();
    nature.acts = nature.acts.slice(0, 1).map((a) => ({ ...a, nature: 'XY' }));
    expect(() => importSession(db, nature)).toThrow(/nature @ctes : DE, AR, AI, CC, BF ou AU/);
    expect(snapshot(db)).toEqual(before);
  });
});

describe('import of several session files in one command', () => {
  const sessionOn = (date: string) => {
    const reference = referenceSession();
    return JSON.stringify({ ...reference, recueil: undefined, session: { ...reference.session, date } });
  };
  const triggers = () => db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name").all();

  it('writes every séance with one journal entry each, and puts the journal triggers back', () => {
    const before = triggers();
    const cacheSize = db.pragma('cache_size', { simple: true });
    const reports = importSessionTexts(db, [
      { name: 'a.json', text: sessionOn('2023-10-16') },
      { name: 'b.json', text: sessionOn('2023-10-02') },
    ]);
    expect(reports.map((r) => [r.date, r.acts, r.members])).toEqual([
      ['2023-10-16', 16, 46],
      ['2023-10-02', 16, 46],
    ]);
    expect(db.prepare('SELECT session_date, subject, after FROM journal ORDER BY id').all()).toEqual([
      { session_date: '2023-10-16', subject: 'import', after: 'séance importée : 16 actes, 46 membres' },
      { session_date: '2023-10-02', subject: 'import', after: 'séance importée : 16 actes, 46 membres' },
    ]);
    expect(triggers()).toEqual(before);
    // The larger page cache of the import is the connection's own again.
    expect(db.pragma('cache_size', { simple: true })).toBe(cacheSize);
  });

  it('refuses them all, naming the file, when one of them is wrong, and leaves the register as it was', () => {
    const before = snapshot(db);
    expect(() =>
      importSessionTexts(db, [
        { name: 'a.json', text: sessionOn('2023-10-16') },
        { name: 'b.json', text: '{ "acts": [' },
      ]),
    ).toThrow("« b.json » : Le fichier n'est pas un JSON valide");
    expect(snapshot(db)).toEqual(before);
  });
});

describe('series letter and withdrawals of a session file', () => {
  /** The reference session on another day, numbered in series C. */
  const inSeriesC = (date: string) => {
    const file = referenceSession();
    (file.session as { date: string }).date = date;
    delete file.recueil;
    for (const a of file.acts) {
      a.number = a.number.replace(/^G/, 'C');
      delete a.legalityReceptionDate;
      delete a.executoryDate;
      delete a.onlineDate;
    }
    return file;
  };

  it('gives a body without any session the letter of the file (an older file without « series »: its acts’ letter)', () => {
    expect(importSession(db, inSeriesC('2023-10-16')).seriesTaken).toBeNull();
    expect(db.prepare("SELECT series FROM bodies WHERE code = 'CP'").pluck().get()).toBe('C');
  });

  it('says so when a body set up in Paramètres, still without sessions, takes the file’s letter', () => {
    saveBody(db, { ...BODY_DEFAULTS.CP, code: 'CP', name: 'Commission permanente', series: 'G' });
    expect(importSession(db, inSeriesC('2023-10-16')).seriesTaken).toBe('C');
    expect(db.prepare("SELECT series FROM bodies WHERE code = 'CP'").pluck().get()).toBe('C');
  });

  it('refuses another letter once the body has sessions, the register unchanged', () => {
    importSession(db, referenceSession());
    const before = snapshot(db);
    expect(() => importSession(db, inSeriesC('2023-11-20'))).toThrow(
      "Les actes de Commission permanente du Conseil départemental du Var sont de la série G dans ce registre (1 séance), ceux du fichier de la série C : la lettre d'un organe qui a déjà des séances ne change plus, ses actes l'impriment.",
    );
    expect(snapshot(db)).toEqual(before);
  });

  it('gives each act its own lists when acts of the file print the same ones (read once for the file)', () => {
    const file = referenceSession();
    // 40 acts cycling through the 16 printings of the reference; G17 prints G1's lists with a withdrawal.
    file.acts = Array.from({ length: 40 }, (_, i) => ({ ...file.acts[i % 16]!, number: `G${i + 1}`, internalId: undefined }));
    const withdrawn = file.acts[16]!.absent[0]!;
    file.acts[16] = { ...file.acts[16]!, withdrawals: [{ name: withdrawn, basis: 'interest', reason: null }] };
    importSession(db, file);
    const exported = exportSession(db, 'CP', '2023-10-16') as unknown as ReferenceSession;
    exported.acts.forEach((act, i) => {
      const printed = file.acts[i]!;
      for (const list of ['present', 'proxies', 'excused', 'absent'] as const) expect({ act: act.number, [list]: act[list] }).toEqual({ act: printed.number, [list]: printed[list] });
    });
    expect(exported.acts.filter((a) => a.withdrawals !== undefined).map((a) => ({ number: a.number, withdrawals: a.withdrawals }))).toEqual([
      { number: 'G17', withdrawals: [{ name: withdrawn, basis: 'interest', reason: null }] },
    ]);
  });

  it('refuses a withdrawal of a member not among the act’s absents', () => {
    const file = referenceSession();
    const g1 = file.acts[0];
    if (g1 === undefined) throw new Error('G1');
    g1.withdrawals = [{ name: 'M. Marc LAURIOL', basis: 'L1111-6', reason: null }];
    expect(() => importSession(db, file)).toThrow("G1 : « M. Marc LAURIOL » (retraits) doit figurer parmi les absents de l'acte");
    expect(db.prepare('SELECT count(*) FROM sessions').pluck().get()).toBe(0);
  });
});
