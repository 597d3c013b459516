import { readFileSync } from 'node:fs';
import type { Element } from '@oozcitak/dom/lib/dom/interfaces';
import { AppError, validationError } from '../../../shared/domain/errors';
import { parseIsoDate, type IsoDate } from '../../../shared/rules/french-dates';
import type { Db } from '../../db/open';
import { saveClassification, storedClassificationXml } from '../../db/repositories/ctes-classification';
import { appFile } from '../../resources';
import { actesAttribute, actesChildren, parseActesRoot } from './ctes-xml';

/*
 * The @ctes classification (message 7-2 « RetourClassification ») lists the natures and the
 * matières a préfecture accepts. The app ships a demonstration list (reference/ctes-classification.xml);
 * the préfecture's own file replaces it with `replaceClassification`, stored whole in the register
 * (table ctes_classification) so that the register file carries the classification its acts cite.
 */

export interface ClassificationNature {
  /** CodeNatureActe, 1–6. */
  code: number;
  label: string;
  /** DE, AR, AI, CC, BF, AU. */
  abbreviation: string;
  /** CodeTypePJ accepted for this nature ("99_DE"…). */
  pieceTypes: string[];
}

export interface ClassificationSubject {
  /** Full code, levels joined by dots: "7.3". */
  code: string;
  label: string;
  /** 1 for Matiere1, 2 for Matiere2… */
  level: number;
}

export interface Classification {
  /** DateClassification: the version cited by each act (ClassificationDateVersion). */
  date: IsoDate;
  natures: ClassificationNature[];
  subjects: ClassificationSubject[];
}

const WHAT = 'Classification @ctes';

/** Reads a RetourClassification XML; throws a French validation error on anything unexpected. */
export function parseClassification(xmlText: string): Classification {
  const root = parseActesRoot(xmlText, 'RetourClassification', WHAT);
  const dateText = actesChildren(root, 'DateClassification')[0]?.textContent?.trim() ?? '';
  if (dateText === '') throw validationError(`${WHAT} : élément actes:DateClassification absent.`, 'DateClassification');
  const date = parseIsoDate(dateText, 'DateClassification');
  const natures: ClassificationNature[] = [];
  for (const list of actesChildren(root, 'NaturesActes')) {
    for (const n of actesChildren(list, 'NatureActe')) {
      const code = Number(actesAttribute(n, 'CodeNatureActe'));
      if (!Number.isInteger(code) || code < 1 || code > 6) {
        throw validationError(`${WHAT} : CodeNatureActe « ${actesAttribute(n, 'CodeNatureActe')} » invalide (1 à 6).`, 'CodeNatureActe');
      }
      natures.push({
        code,
        label: actesAttribute(n, 'Libelle') ?? '',
        abbreviation: actesAttribute(n, 'TypeAbrege') ?? '',
        pieceTypes: actesChildren(n, 'TypePJNatureActe').map((t) => actesAttribute(t, 'CodeTypePJ') ?? '').filter((t) => t !== ''),
      });
    }
  }
  const subjects: ClassificationSubject[] = [];
  const walk = (parent: Element, level: number, prefix: string) => {
    if (level > 5) return;
    for (const m of actesChildren(parent, `Matiere${level}`)) {
      const own = actesAttribute(m, 'CodeMatiere') ?? '';
      if (!/^[1-9][0-9]*$/.test(own)) {
        throw validationError(`${WHAT} : CodeMatiere « ${own} » invalide sous ${prefix === '' ? 'Matieres' : prefix} (entier attendu).`, 'CodeMatiere');
      }
      const code = prefix === '' ? own : `${prefix}.${own}`;
      subjects.push({ code, label: actesAttribute(m, 'Libelle') ?? '', level });
      walk(m, level + 1, code);
    }
  };
  for (const list of actesChildren(root, 'Matieres')) walk(list, 1, '');
  if (!subjects.some((s) => s.level >= 2)) {
    throw validationError(`${WHAT} : aucune matière de niveau 2 (actes:Matieres/Matiere1/Matiere2) ; un acte en exige deux niveaux.`, 'Matieres');
  }
  return { date, natures, subjects };
}

/** The classification shipped with the app, as XML text. */
export function shippedClassificationXml(): string {
  return readFileSync(appFile('reference', 'ctes-classification.xml'), 'utf8');
}

/** The classification in use: the préfecture's, once imported, else the one shipped with the app. */
export function activeClassification(db: Db): Classification {
  const xml = storedClassificationXml(db);
  return parseClassification(xml ?? shippedClassificationXml());
}

/**
 * Replaces the classification in use by the préfecture's file (XML text already decoded, see
 * decodeXmlBytes); refused whole when the file is not a valid RetourClassification.
 */
export function replaceClassification(db: Db, xmlText: string, now: Date): Classification {
  const classification = parseClassification(xmlText);
  db.transaction(() => {
    saveClassification(db, { date: classification.date, xml: xmlText, importedAt: now.toISOString() });
  })();
  return classification;
}

/** The subject of a classification for a code ("7.3"); a French error naming the act when unknown. */
export function findSubject(classification: Classification, code: string, actLabel: string): ClassificationSubject {
  const subject = classification.subjects.find((s) => s.code === code);
  if (subject === undefined || !code.includes('.')) {
    throw new AppError(
      'validation',
      `Acte ${actLabel} : matière @ctes « ${code} » absente de la classification du ${classification.date} ` +
        '(au moins deux niveaux attendus, par exemple 7.3).',
      'subjectCode',
    );
  }
  return subject;
}
