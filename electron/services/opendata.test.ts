import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { tempRegister } from '../testing/temp-register';
import { referenceRegister } from '../testing/temp-register';
import { assignSubjects } from './legality';
import { exportOpenData, OPENDATA_COLUMNS } from './opendata';
import demoSubjects from '../../reference/ctes-matieres-2023-10-16.json' with { type: 'json' };

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
      'Département du Var,22830001800014,083-228300018-20231016-lmc171929-DE,2023-10-16,7.3,Finances locales - Emprunts,' +
        '"VAR HABITAT - GARANTIE D\'EMPRUNT POUR FINANCER L\'OPERATION ""LES LAUGIERS - ILOT D"", DE CONSTRUCTION DE 35 LOGEMENTS, ZAC DES LAUGIERS A SOLLIES-PONT",' +
        ',,083-228300018-20231016-lmc171929-DE,2023-10-18,46,36,36,0,0,',
    );
    expect(exportOpenData(r.db, { year: 2022, siret: SIRET }).rows).toBe(0);
  });

  it('refuses a wrong SIRET in French', () => {
    expect(() => exportOpenData(r.db, { year: 2023, siret: '22830001800015' })).toThrow(/clé de contrôle/);
    expect(() => exportOpenData(r.db, { year: 2023, siret: '73282932000074' })).toThrow(/doit commencer par le SIREN de la collectivité \(228300018\)/);
  });
});
