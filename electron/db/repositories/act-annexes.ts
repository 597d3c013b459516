import type { Db } from '../open';
import { statement } from '../statements';

/** An annex file of an act, without its bytes. */
export interface StoredAnnex {
  id: number;
  actId: number;
  position: number;
  title: string;
  /** @ctes CodeTypePJ; null: the default type of the act's nature. */
  pieceType: string | null;
  fileName: string;
  pageCount: number;
  sha256: string;
  size: number;
}

interface AnnexRow {
  id: number;
  act_id: number;
  position: number;
  title: string;
  piece_type: string | null;
  file_name: string;
  page_count: number;
  sha256: string;
  size: number;
}

const toAnnex = (r: AnnexRow): StoredAnnex => ({
  id: r.id,
  actId: r.act_id,
  position: r.position,
  title: r.title,
  pieceType: r.piece_type,
  fileName: r.file_name,
  pageCount: r.page_count,
  sha256: r.sha256,
  size: r.size,
});

/** The annex files of an act, in position order (their bytes: `annexPdf`); compiled once: a recueil asks for each of its acts. */
export function annexesOfAct(db: Db, actId: number): StoredAnnex[] {
  return (
    statement(
      db,
      `SELECT id, act_id, position, title, piece_type, file_name, page_count, sha256, length(pdf) AS size
       FROM act_annexes WHERE act_id = ? ORDER BY position`,
    ).all(actId) as AnnexRow[]
  ).map(toAnnex);
}

/** The PDF of an annex file. */
export function annexPdf(db: Db, annexId: number): Uint8Array {
  const bytes = db.prepare('SELECT pdf FROM act_annexes WHERE id = ?').pluck().get(annexId) as Buffer | undefined;
  return new Uint8Array(bytes ?? []);
}

export function insertAnnex(db: Db, a: Omit<StoredAnnex, 'id' | 'size'>, pdf: Uint8Array): number {
  const info = db
    .prepare(
      `INSERT INTO act_annexes (act_id, position, title, piece_type, file_name, page_count, sha256, pdf)
       VALUES (@actId, @position, @title, @pieceType, @fileName, @pageCount, @sha256, @pdf)`,
    )
    .run({ ...a, pdf: Buffer.from(pdf) });
  return Number(info.lastInsertRowid);
}

export function deleteAnnex(db: Db, annexId: number): void {
  db.prepare('DELETE FROM act_annexes WHERE id = ?').run(annexId);
}

/** Whether the act's paper pieces follow by mail (actes:DocumentPapier « O »). */
export function hasPaperPieces(db: Db, actId: number): boolean {
  return db.prepare('SELECT 1 FROM act_paper_pieces WHERE act_id = ?').get(actId) !== undefined;
}

export function setPaperPieces(db: Db, actId: number, paper: boolean): void {
  if (paper) db.prepare('INSERT OR IGNORE INTO act_paper_pieces (act_id) VALUES (?)').run(actId);
  else db.prepare('DELETE FROM act_paper_pieces WHERE act_id = ?').run(actId);
}
