import iconv from 'iconv-lite';
import { create } from 'xmlbuilder2';
import yazl from 'yazl';
import type { BodyCode } from '../../shared/domain/body';
import { AppError, validationError } from '../../shared/domain/errors';
import { buildCtesId, ctesFileName, natureNumber, TRANSMISSION_MESSAGE_CODE } from '../../shared/rules/ctes-id';
import { formatActNumber } from '../../shared/rules/numbering';
import type { Db } from '../db/open';
import { getCollectivity } from '../db/repositories/collectivity';
import { loadSessionLegality, type ActLegality } from '../db/repositories/legality';
import { loadSession } from '../db/repositories/sessions';
import { ACTES_NS, INSEE_NS } from './ctes-xml';
import { renderExtracts } from './extracts';
import { loadActs } from '../db/repositories/acts';
import { isDecided } from '../../shared/domain/outcome';

/*
 * The @ctes transmission bundle: for each act, its PDF (`99_DE-<IDActe>-1-1_1.pdf`) and the
 * `actes:Acte` message (`<IDActe>-1-1_0.xml`, ISO-8859-1). For one act the zip holds those two
 * files at its root; for a whole session it holds one folder per act, named `<IDActe>-1-1/`, so
 * that each folder is what the TdT expects for one act. The annexes are printed inside the act's
 * PDF (as in the recueil), so the message declares `Annexes Nombre="0"`.
 */

const MAX_OBJECT = 500;

export interface CtesBundle {
  bytes: Uint8Array;
  /** File names in the zip, in order. */
  entries: string[];
}

/** The `actes:Acte` message of an act, encoded ISO-8859-1 (characters outside it as &#…; references). */
export function actMessageXml(
  a: Pick<ActLegality, 'sessionDate' | 'internalId' | 'nature' | 'object' | 'subjectCode' | 'classificationDate'>,
  pdfName: string,
  actLabel: string,
): Uint8Array {
  if (a.internalId === null || a.internalId.length > 15) {
    throw validationError(`Acte ${actLabel} : numéro interne @ctes absent ou de plus de 15 caractères.`, `${actLabel}.internalId`);
  }
  if (a.subjectCode === null || a.classificationDate === null) {
    throw validationError(
      `Acte ${actLabel} : matière @ctes non renseignée (CodeMatiere1 et CodeMatiere2 sont obligatoires dans la transmission).`,
      `${actLabel}.subjectCode`,
    );
  }
  const object = a.object.replace(/\s+/g, ' ').trim();
  if (object.length > MAX_OBJECT) {
    throw validationError(
      `Acte ${actLabel} : objet de ${object.length} caractères ; @ctes en accepte ${MAX_OBJECT} au plus (actes:Objet).`,
      `${actLabel}.object`,
    );
  }
  const root = create({ version: '1.0', encoding: 'ISO-8859-1' })
    .ele(ACTES_NS, 'actes:Acte')
    .att('xmlns:insee', INSEE_NS)
    .att(ACTES_NS, 'actes:Date', a.sessionDate)
    .att(ACTES_NS, 'actes:NumeroInterne', a.internalId)
    .att(ACTES_NS, 'actes:CodeNatureActe', String(natureNumber(a.nature)));
  // Schema order: CodeMatiere1..5, Objet, ClassificationDateVersion, Document, Annexes.
  a.subjectCode.split('.').forEach((code, i) => root.ele(ACTES_NS, `actes:CodeMatiere${i + 1}`).att(ACTES_NS, 'actes:CodeMatiere', code));
  root.ele(ACTES_NS, 'actes:Objet').txt(object);
  root.ele(ACTES_NS, 'actes:ClassificationDateVersion').txt(a.classificationDate);
  root.ele(ACTES_NS, 'actes:Document').ele(ACTES_NS, 'actes:NomFichier').txt(pdfName);
  root.ele(ACTES_NS, 'actes:Annexes').att(ACTES_NS, 'actes:Nombre', '0');
  const text = root.end({ prettyPrint: true }).replace(/[\u{100}-\u{10FFFF}]/gu, (c) => `&#${c.codePointAt(0)};`);
  return iconv.encode(`${text}\n`, 'latin1');
}

/**
 * Builds the @ctes zip of one act (`act` "G25") or of every act of a session. `now` is the files'
 * date in the zip: the same register gives the same bytes.
 */
export async function buildCtesBundle(db: Db, args: { body: BodyCode; date: string; act?: string; now: Date }): Promise<CtesBundle> {
  const collectivity = getCollectivity(db);
  if (collectivity === null) throw new AppError('not_found', 'Ce registre est vide : aucune collectivité.', 'collectivity');
  const session = loadSession(db, args.body, args.date);
  const facts = new Map(loadSessionLegality(db, session.id).map((a) => [formatActNumber({ series: a.series, value: a.number }), a]));
  // A projet (vote to come) is not transmitted: only what was decided goes to the préfecture.
  const undecided = new Set(loadActs(db, session.id).filter((a) => !isDecided(a.outcome)).map((a) => formatActNumber({ series: session.body.series, value: a.number })));
  const rendered = await renderExtracts(db, { body: args.body, date: args.date, format: 'pdf', now: args.now, ...(args.act === undefined ? {} : { act: args.act }) });
  const pdfs = rendered.filter((p) => !undecided.has(p.number));
  if (pdfs.length === 0) {
    throw validationError(`${args.act ?? 'Séance'} : aucun acte voté à transmettre ; un projet (vote à venir) ne part pas en préfecture.`, 'act');
  }
  const files: { name: string; bytes: Uint8Array }[] = [];
  for (const pdf of pdfs) {
    const a = facts.get(pdf.number);
    if (a === undefined) throw new AppError('internal', `Acte ${pdf.number} introuvable.`);
    if (a.internalId === null) {
      throw validationError(`Acte ${pdf.number} : numéro interne @ctes non renseigné ; impossible de former l'identifiant de l'acte.`, `${pdf.number}.internalId`);
    }
    const id = buildCtesId({
      departmentCode: collectivity.departmentCode,
      siren: collectivity.siren,
      decisionDate: a.sessionDate,
      internalNumber: a.internalId,
      nature: a.nature,
    });
    const folder = args.act === undefined ? `${id}-${TRANSMISSION_MESSAGE_CODE}/` : '';
    const pdfName = ctesFileName(id, 1, 'pdf');
    files.push({ name: `${folder}${ctesFileName(id, 0, 'xml')}`, bytes: actMessageXml(a, pdfName, pdf.number) });
    files.push({ name: `${folder}${pdfName}`, bytes: pdf.bytes });
  }
  const zip = new yazl.ZipFile();
  for (const f of files) zip.addBuffer(Buffer.from(f.bytes), f.name, { mtime: args.now, mode: 0o100644 });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return { bytes: new Uint8Array(Buffer.concat(chunks)), entries: files.map((f) => f.name) };
}
