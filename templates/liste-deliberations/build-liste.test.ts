import { describe, expect, it } from 'vitest';
import { pdfText } from '../testing/extract-text';
import { templateFor } from '../catalogue';
import { buildListe } from './build-liste';

const input = {
  collectivityName: 'Département du Var',
  bodyName: 'Commission permanente du Conseil départemental du Var',
  longDate: '16 octobre 2023',
  time: '11h00',
  place: "Hôtel du Département, salle de l'Assemblée",
  publicationDate: '20 octobre 2023',
  acts: [
    { number: 'G1', title: 'OBJET\tUN', outcome: "Adopté à l'unanimité." },
    { number: 'G2', title: 'OBJET DEUX', outcome: 'Rejeté à la majorité des suffrages exprimés (3 voix pour, 40 voix contre).' },
  ],
  meta: { title: 'Liste', author: 'Département du Var', subject: 'essai', createdAt: '2023-10-20T08:00:00Z' },
};

describe('buildListe', () => {
  it('prints the séance heading and one row per act, a tab in an OBJET not splitting its row', async () => {
    const built = await buildListe(input, templateFor({}, 'liste-deliberations'));
    expect(built.pageCount).toBe(1);
    expect((await pdfText(built.bytes, { raw: true })).replace(/\s+/g, ' ').trim()).toBe(
      'Département du Var LISTE DES DÉLIBÉRATIONS Commission permanente du Conseil départemental du Var Séance du 16 octobre 2023 à 11h00 ' +
        "Hôtel du Département, salle de l'Assemblée 2 délibérations N° OBJET Résultat G1 OBJET UN Adopté à l'unanimité. " +
        'G2 OBJET DEUX Rejeté à la majorité des suffrages exprimés (3 voix pour, 40 voix contre). ' +
        "Liste publiée le 20 octobre 2023, en application de l'article L3121-13 du code général des collectivités territoriales.",
    );
  });

  it('fills an edited template and refuses an unknown field', async () => {
    const built = await buildListe(input, templateFor({ 'liste-deliberations': '@paragraphe\nSéance du {séance.date_longue}\n\n@tableau liste.lignes largeurs=1,6,3 alignements=gauche,gauche,gauche' }, 'liste-deliberations'));
    expect((await pdfText(built.bytes, { raw: true })).split('\n')[0]).toBe('Séance du 16 octobre 2023');
    expect(() => templateFor({ 'liste-deliberations': '@paragraphe\n{acte.objet}' }, 'liste-deliberations')).toThrow(/Modèle « liste-deliberations », ligne 1 : champ inconnu \{acte\.objet\}/);
  });
});
