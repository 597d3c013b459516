import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scdlDeliberationsSchema, tableSchemaErrors } from '../../testing/table-schema';
import { referenceRegister, referenceSession, tempRegister } from '../../testing/temp-register';
import { assignSubjects, recordLegalityDates } from '../ctes/legality';
import { importSession } from '../sessions/session-import';
import { exportOpenData, OPENDATA_COLUMNS } from './opendata';
import demoSubjects from '../../../reference/ctes-matieres-2023-10-16.json' with { type: 'json' };

const SIRET = '22830001800014';
let r: ReturnType<typeof tempRegister>;
beforeAll(() => {
  r = referenceRegister();
});
afterAll(() => r.cleanup());

describe('open data (SCDL Délibérations)', () => {
  it("refuses to export without a SIRET, saying where to set it; then takes the collectivity's", () => {
    expect(() => exportOpenData(r.db, { year: 2023, siret: null })).toThrow(
      'SIRET de la collectivité non renseigné : saisissez-le dans Paramètres › Collectivité (ou précisez --siret <14 chiffres> à la commande registre opendata).',
    );
    r.db.prepare('UPDATE collectivity SET siret = ?').run(SIRET);
    const { csv } = exportOpenData(r.db, { year: 2023, siret: null });
    expect(csv.split('\r\n')[1]).toMatch(/^Département du Var,22830001800014,083-228300018-20231016-/);
  });

  it('lists the adopted acts of the year with the SCDL columns, and says which lack a matière', () => {
    const before = exportOpenData(r.db, { year: 2023, siret: SIRET });
    expect(before.withoutSubject).toHaveLength(16);
    assignSubjects(r.db, 'CP', '2023-10-16', demoSubjects.subjects);
    const { csv, rows, withoutSubject } = exportOpenData(r.db, { year: 2023, siret: SIRET });
    expect(withoutSubject).toEqual([]);
    expect(rows).toBe(16);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(OPENDATA_COLUMNS.join(','));
    const g25 = lines.find((l) => l.includes('lmc171929'));
    expect(g25).toBe(
      'Département du Var,22830001800014,083-228300018-20231016-lmc171929-DE,2023-10-16,7.3,Finances locales/Emprunts,' +
        '"VAR HABITAT - GARANTIE D\'EMPRUNT POUR FINANCER L\'OPERATION ""LES LAUGIERS - ILOT D"", DE CONSTRUCTION DE 35 LOGEMENTS, ZAC DES LAUGIERS A SOLLIES-PONT",' +
        ',,PREF083,2023-10-18,46,36,36,0,0,',
    );
    expect(exportOpenData(r.db, { year: 2022, siret: SIRET }).rows).toBe(0);
  });

  it('passes the SCDL 2.1.5 schema: fields, patterns, types and its custom checks (SIRET, nomenclature, votes, dates)', () => {
    assignSubjects(r.db, 'CP', '2023-10-16', demoSubjects.subjects);
    const { csv, rows } = exportOpenData(r.db, { year: 2023, siret: SIRET });
    expect(rows).toBe(16);
    expect(tableSchemaErrors(scdlDeliberationsSchema(), csv)).toEqual([]);
  });

  it('the schema validator catches what the national validator refuses', () => {
    const { csv } = exportOpenData(r.db, { year: 2023, siret: SIRET });
    const [header] = csv.split('\r\n');
    const g25 = csv.split('\r\n').find((l) => l.includes('lmc171929'))!;
    const broken = (from: string, to: string) => tableSchemaErrors(scdlDeliberationsSchema(), `${header}\r\n${g25.replace(from, to)}\r\n`);
    expect(broken('Finances locales/', 'Finances locales - ')).toEqual([expect.stringMatching(/DELIB_MATIERE_NOM : .* hors nomenclature ACTES/)]);
    expect(broken(SIRET, '22830001800015')).toEqual([expect.stringMatching(/COLL_SIRET : SIRET « 22830001800015 » invalide/)]);
    expect(broken(',46,36,36,0,0,', ',46,37,36,0,0,')).toEqual([expect.stringMatching(/VOTE_REEL \(37\) ≠ VOTE_POUR \+ VOTE_CONTRE \+ VOTE_ABSTENTION \(36\)/)]);
    expect(broken(',46,36,36,0,0,', ',30,36,36,0,0,')).toEqual([expect.stringMatching(/VOTE_EFFECTIF \(30\) >= VOTE_REEL \(36\) est faux/)]);
    expect(broken('PREF083,2023-10-18', 'PREF083,2023-10-15')).toEqual([expect.stringMatching(/PREF_DATE \(2023-10-15\) >= DELIB_DATE \(2023-10-16\) est faux/)]);
    expect(broken(',7.3,', ',7.3.1,')).toEqual([expect.stringMatching(/DELIB_MATIERE_CODE : « 7\.3\.1 » ne suit pas/)]);
  });

  it('names the préfecture of an act transmitted, and gives PREF_DATE only once its AR is recorded (never the transmission date)', () => {
    const own = tempRegister();
    try {
      const session = referenceSession();
      Object.assign(session.acts[0]!, { legalityReceptionDate: null, executoryDate: null, onlineDate: null });
      importSession(own.db, session);
      assignSubjects(own.db, 'CP', '2023-10-16', demoSubjects.subjects);
      const g1 = () => exportOpenData(own.db, { year: 2023, siret: SIRET }).csv.split('\r\n').find((l) => l.includes('-lmc172330-'));
      recordLegalityDates(own.db, 'CP', '2023-10-16', 'G1', { transmissionDate: '2023-10-17' }, new Date('2024-01-10T10:00:00Z'));
      expect(g1()).toContain(',PREF083,,46,');
      recordLegalityDates(own.db, 'CP', '2023-10-16', 'G1', { legalityReceptionDate: '2023-10-18' }, new Date('2024-01-10T10:00:00Z'));
      expect(g1()).toContain(',PREF083,2023-10-18,46,');
      expect(tableSchemaErrors(scdlDeliberationsSchema(), exportOpenData(own.db, { year: 2023, siret: SIRET }).csv)).toEqual([]);
    } finally {
      own.cleanup();
    }
  });

  it('refuses a wrong SIRET in French', () => {
    expect(() => exportOpenData(r.db, { year: 2023, siret: '22830001800015' })).toThrow(/clé de contrôle/);
    expect(() => exportOpenData(r.db, { year: 2023, siret: '73282932000074' })).toThrow(/doit commencer par le SIREN de la collectivité \(228300018\)/);
  });
});
