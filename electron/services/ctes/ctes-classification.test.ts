import { afterEach, describe, expect, it } from 'vitest';
import { snapshot, tempRegister } from '../../testing/temp-register';
import { activeClassification, findSubject, parseClassification, replaceClassification, shippedClassificationXml } from './ctes-classification';

let cleanup = () => {};
afterEach(() => cleanup());

describe('@ctes classification', () => {
  it('reads the classification shipped with the app: natures and two levels of matières', () => {
    const c = parseClassification(shippedClassificationXml());
    expect(c.date).toBe('2022-12-01');
    expect(c.natures.map((n) => `${n.code} ${n.abbreviation}`)).toEqual(['1 DE', '2 AR', '3 AI', '4 CC', '5 BF', '6 AU']);
    expect(c.natures[0]?.pieceTypes).toEqual(['99_DE']);
    expect(findSubject(c, '7.3', 'G22')).toEqual({ code: '7.3', label: 'Emprunts', level: 2 });
    expect(findSubject(c, '7.10', 'G1').label).toBe('Divers');
    expect(findSubject(c, '3.2', 'G28').label).toBe('Aliénations');
    for (const code of ['1', '3', '5', '7', '8', '9', '9.4', '5.8', '8.3']) expect(c.subjects.some((s) => s.code === code), code).toBe(true);
    expect(() => findSubject(c, '7', 'G22')).toThrow('Acte G22 : matière @ctes « 7 » absente de la classification du 2022-12-01');
    expect(() => findSubject(c, '7.42', 'G22')).toThrow(/« 7\.42 » absente/);
  });

  it('refuses a file that is not a RetourClassification, keeping the one in use', () => {
    const r = tempRegister();
    cleanup = r.cleanup;
    const before = snapshot(r.db);
    expect(() => replaceClassification(r.db, '<a/>', new Date())).toThrow(/élément racine « a » inattendu ; attendu actes:RetourClassification/);
    expect(() =>
      replaceClassification(
        r.db,
        '<actes:RetourClassification xmlns:actes="http://www.interieur.gouv.fr/ACTES#v1.1-20040216"><actes:DateClassification>2024-01-01</actes:DateClassification></actes:RetourClassification>',
        new Date(),
      ),
    ).toThrow(/aucune matière de niveau 2/);
    expect(snapshot(r.db)).toEqual(before);
    expect(activeClassification(r.db).date).toBe('2022-12-01');
  });
});
