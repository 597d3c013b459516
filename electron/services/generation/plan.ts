import type { GenerationGroup, PlannedDocumentView } from '../../../shared/contract/channels/generation';
import type { BodyCode } from '../../../shared/domain/body';
import { DOCUMENT_FORMATS, DOCUMENT_FORMAT_LABELS, type DocumentFormat } from '../../../shared/domain/document-format';
import { checkExportName } from '../../../shared/rules/file-name';
import { formatActNumber } from '../../../shared/rules/numbering';
import type { Db } from '../../db/open';
import { loadActs } from '../../db/repositories/acts';
import { conventionsOfAct } from '../../db/repositories/conventions';
import { loadSession } from '../../db/repositories/sessions';
import { loadSignature } from '../documents/signed-extracts';
import { isDecided } from '../../../shared/domain/outcome';

/** What a planned document is made from: the service that renders it. */
export type DocumentSource =
  | { kind: 'extract'; act: string; format: DocumentFormat }
  | { kind: 'convention'; act: string; number: string; format: DocumentFormat }
  | { kind: 'recueil' }
  | { kind: 'registre'; year: number }
  | { kind: 'liste' }
  | { kind: 'ctes'; act: string }
  | { kind: 'signed'; act: string };

export interface PlannedDocument extends PlannedDocumentView {
  source: DocumentSource;
}


/**
 * The documents a session can produce, in the order the screen shows them: each act's extract
 * (PDF, Word), the conventions its acts approve, the recueil (when the session has one), the
 * registre of its year, the liste des délibérations, each act's @ctes bundle and signed extract.
 * Ids and default names only depend on the register, so they stay the same from one call to the next.
 */
export function planDocuments(db: Db, session: { body: BodyCode; date: string }): PlannedDocument[] {
  const loaded = loadSession(db, session.body, session.date);
  const acts = loadActs(db, loaded.id).map((a) => ({ ...a, label: formatActNumber({ series: loaded.body.series, value: a.number }) }));
  const year = Number(loaded.date.slice(0, 4));
  const where = `${session.body} ${session.date}`;
  const planned: PlannedDocument[] = [];
  const add = (group: GenerationGroup, id: string, label: string, detail: string | null, fileName: string, source: DocumentSource, needsCertificate = false) => {
    const format = source.kind === 'ctes' ? 'zip' : 'format' in source ? source.format : 'pdf';
    planned.push({ id, group, label, detail, format, fileName: checkExportName(fileName), needsCertificate, source });
  };

  for (const a of acts) {
    for (const format of DOCUMENT_FORMATS) {
      add('extraits', `extrait:${a.label}:${format}`, `Extrait ${a.label} (${DOCUMENT_FORMAT_LABELS[format]})`, a.object, `${a.label} - extrait.${format}`, { kind: 'extract', act: a.label, format });
    }
  }
  for (const a of acts) {
    for (const c of conventionsOfAct(db, a.id)) {
      for (const format of DOCUMENT_FORMATS) {
        add(
          'conventions',
          `convention:${c.number}:${format}`,
          `Convention ${c.number} — ${a.label} (${DOCUMENT_FORMAT_LABELS[format]})`,
          a.object,
          `${a.label} - convention ${c.number}.${format}`,
          { kind: 'convention', act: a.label, number: c.number, format },
        );
      }
    }
  }
  if (loaded.recueil !== null) {
    const r = loaded.recueil;
    add('recueil-registre', 'recueil', `Recueil des actes administratifs n° ${r.number} (${r.year})`, r.title, `Recueil ${where}.pdf`, { kind: 'recueil' });
  }
  // A projet (vote to come) has an extract marked « PROJET », nothing else: no registre, liste, @ctes or signature.
  const decided = acts.filter((a) => isDecided(a.outcome));
  if (decided.length > 0) {
    add('recueil-registre', `registre:${year}`, `Registre des délibérations ${year}`, null, `Registre des délibérations ${session.body} ${year}.pdf`, { kind: 'registre', year });
    add('recueil-registre', 'liste', 'Liste des délibérations de la séance', null, `Liste des délibérations ${where}.pdf`, { kind: 'liste' });
  }
  for (const a of decided) add('ctes', `ctes:${a.label}`, `Paquet @ctes ${a.label}`, a.object, `${a.label} - @ctes.zip`, { kind: 'ctes', act: a.label });
  for (const a of decided) {
    const signed = loadSignature(db, a.id) !== null;
    add('signes', `signe:${a.label}`, `Extrait signé ${a.label}${signed ? ' (déjà signé)' : ''}`, a.object, `${a.label} - extrait signé.pdf`, { kind: 'signed', act: a.label }, !signed);
  }
  return planned;
}

/** The plan as it crosses the boundary: without the sources. */
export const planView = ({ source: _source, ...view }: PlannedDocument): PlannedDocumentView => view;
