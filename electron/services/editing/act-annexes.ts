import { createHash } from 'node:crypto';
import { PDF } from '@libpdf/core';
import type { ActAnnexesView } from '../../../shared/contract/channels/acts';
import type { BodyCode } from '../../../shared/domain/body';
import { AppError, validationError } from '../../../shared/domain/errors';
import type { Db } from '../../db/open';
import { annexesOfAct, deleteAnnex, hasPaperPieces, insertAnnex, setPaperPieces, type StoredAnnex } from '../../db/repositories/act-annexes';
import { unembeddedFonts } from './annex-fonts';
import { activeClassification, type Classification } from '../ctes/ctes-classification';
import { assertEditable, sessionContext } from './session-context';

/*
 * Annex files of an act: PDFs attached in the editor, checked here (a readable, unencrypted PDF
 * of at most 150 MB, its fonts embedded), kept in the register and sent with the act. SQL triggers seal them with
 * their act once it has left the secretariat; this service says so first, in French.
 */

/** The largest annex file accepted, in bytes: 150 MB, the @ctes limit of a transmission. */
export const MAX_ANNEX_BYTES = 150 * 1024 * 1024;

const MB = 1024 * 1024;

/** The @ctes piece types a nature accepts in a classification, its default first; `99_<nature>` when it lists none. */
export function pieceTypesOf(classification: Classification, natureAbbreviation: string): { code: string; label: string }[] {
  const nature = classification.natures.find((n) => n.abbreviation === natureAbbreviation);
  const codes = nature?.pieceTypes ?? [];
  return codes.length === 0 ? [{ code: `99_${natureAbbreviation}`, label: 'Autre document' }] : codes.map((code) => ({ code, label: code }));
}

/** The annex files of an act, whether paper pieces follow, and the piece types it may use. */
export function actAnnexes(db: Db, input: { body: BodyCode; date: string; act: string }): ActAnnexesView {
  const ctx = sessionContext(db, input.body, input.date);
  const act = ctx.act(input.act);
  return {
    annexes: annexesOfAct(db, act.id).map(({ id, position, title, pieceType, fileName, pageCount, size }) => ({ id, position, title, pieceType, fileName, pageCount, size })),
    paperPieces: hasPaperPieces(db, act.id),
    pieceTypes: pieceTypesOf(activeClassification(db), act.nature),
  };
}

/**
 * Reads an annex PDF: refused by name when it is not a PDF, is encrypted, weighs more than
 * 150 MB or names a font it does not embed (the recueil that prints it claims PDF/A). Returns
 * its page count.
 */
export async function checkAnnexPdf(bytes: Uint8Array, fileName: string): Promise<number> {
  if (bytes.length > MAX_ANNEX_BYTES) {
    throw validationError(
      `Annexe « ${fileName} » : ${Math.ceil(bytes.length / MB)} Mo ; une annexe @ctes pèse 150 Mo au plus.`,
      'fichier',
    );
  }
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024));
  if (!head.includes('%PDF-')) throw validationError(`Annexe « ${fileName} » : ce fichier n'est pas un PDF.`, 'fichier');
  let doc: PDF;
  try {
    doc = await PDF.load(bytes);
  } catch (e) {
    if (/encrypt|password/i.test((e as Error).message)) {
      throw validationError(`Annexe « ${fileName} » : le PDF est chiffré (protégé par un mot de passe) ; joignez-en une copie non protégée.`, 'fichier');
    }
    throw validationError(`Annexe « ${fileName} » : le PDF est endommagé, il ne peut pas être lu.`, 'fichier');
  }
  if (doc.isEncrypted) {
    throw validationError(`Annexe « ${fileName} » : le PDF est chiffré (protégé par un mot de passe) ; joignez-en une copie non protégée.`, 'fichier');
  }
  const pages = doc.getPageCount();
  if (pages === 0) throw validationError(`Annexe « ${fileName} » : le PDF n'a aucune page.`, 'fichier');
  const missing = unembeddedFonts(doc);
  if (missing.length > 0) {
    throw validationError(
      `Annexe « ${fileName} » : ${missing.length === 1 ? 'la police' : 'les polices'} ${missing.map((f) => `« ${f} »`).join(', ')} ` +
        `${missing.length === 1 ? "n'est pas incorporée" : 'ne sont pas incorporées'} au PDF, et le recueil PDF/A ne peut pas l'imprimer ; ` +
        'enregistrez le fichier en PDF/A (dans Word : Enregistrer sous › PDF › Options › « Conforme à la norme PDF/A ») puis joignez-le de nouveau.',
      'fichier',
    );
  }
  return pages;
}

/**
 * Attaches a PDF to an act after its other annexes, with a title and its @ctes piece type (null:
 * the nature's default). One transaction; refused when the act has left the secretariat.
 */
export async function addAnnex(
  db: Db,
  input: { body: BodyCode; date: string; act: string; title: string; pieceType: string | null; fileName: string; bytes: Uint8Array },
): Promise<StoredAnnex> {
  const title = input.title.replace(/\s+/g, ' ').trim();
  if (title === '') throw validationError('Titre de l’annexe : obligatoire (par exemple « Plan de situation »).', 'title');
  if (title.length > 300) throw validationError('Titre de l’annexe : 300 caractères au plus.', 'title');
  const fileName = input.fileName.replace(/^.*[\\/]/, '').trim() || 'annexe.pdf';
  const pageCount = await checkAnnexPdf(input.bytes, fileName);
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  return db.transaction(() => {
    const ctx = sessionContext(db, input.body, input.date);
    const act = ctx.act(input.act);
    assertEditable(ctx, act);
    if (input.pieceType !== null) {
      const allowed = pieceTypesOf(activeClassification(db), act.nature).map((t) => t.code);
      if (!allowed.includes(input.pieceType)) {
        throw validationError(
          `Type de pièce @ctes « ${input.pieceType} » : la classification n'en connaît pas pour la nature ${act.nature} (${allowed.join(', ')}).`,
          'pieceType',
        );
      }
    }
    const existing = annexesOfAct(db, act.id);
    const position = (existing.at(-1)?.position ?? 0) + 1;
    const id = insertAnnex(db, { actId: act.id, position, title, pieceType: input.pieceType, fileName, pageCount, sha256 }, input.bytes);
    const stored = annexesOfAct(db, act.id).find((a) => a.id === id);
    if (stored === undefined) throw new AppError('internal', 'Annexe enregistrée introuvable.');
    return stored;
  })();
}

/** Removes an annex file from an act that is still at the secretariat. */
export function removeAnnex(db: Db, input: { body: BodyCode; date: string; act: string; id: number }): void {
  db.transaction(() => {
    const ctx = sessionContext(db, input.body, input.date);
    const act = ctx.act(input.act);
    assertEditable(ctx, act);
    if (!annexesOfAct(db, act.id).some((a) => a.id === input.id)) {
      throw new AppError('not_found', `L'annexe n° ${input.id} n'est pas jointe à l'acte ${input.act}.`, 'id');
    }
    deleteAnnex(db, input.id);
  })();
}

/** Marks whether paper pieces of the act follow by mail (actes:DocumentPapier). */
export function markPaperPieces(db: Db, input: { body: BodyCode; date: string; act: string; paper: boolean }): void {
  db.transaction(() => {
    const ctx = sessionContext(db, input.body, input.date);
    const act = ctx.act(input.act);
    assertEditable(ctx, act);
    setPaperPieces(db, act.id, input.paper);
  })();
}
