import type { DocumentFormat } from '../../../shared/domain/document-format';
import type { ConventionKind, LoanGuarantee } from '../../../shared/convention/loan-guarantee';
import { conventionsFileSchema, loanGuaranteeSchema } from '../../../shared/convention/loan-guarantee';
import type { Tripartite } from '../../../shared/convention/tripartite';
import { tripartiteSchema } from '../../../shared/convention/tripartite';
import type { z } from '../../../shared/contract/zod-fr';
import { describeIssues, fieldPath } from '../../../shared/contract/zod-fr';
import type { BodyCode } from '../../../shared/domain/body';
import { AppError, pointedAt, validationError } from '../../../shared/domain/errors';
import { formatActNumber } from '../../../shared/rules/numbering';
import type { SavedTemplates } from '../../../templates/catalogue';
import { templateFor } from '../../../templates/catalogue';
import { buildConvention } from '../../../templates/convention-garantie/build-convention';
import { conventionValues } from '../../../templates/convention-garantie/convention-values';
import { buildTripartite } from '../../../templates/convention-tripartite/build-tripartite';
import { tripartiteValues } from '../../../templates/convention-tripartite/tripartite-values';
import type { TemplateValues } from '../../../templates/engine/template';
import type { Document } from '../../../templates/model';
import { renderPdf } from '../../../templates/render/pdf';
import type { Db } from '../../db/open';
import { actSealed } from '../../db/repositories/acts';
import { conventionNumberExists, conventionsOfAct, insertConvention } from '../../db/repositories/conventions';
import { savedTemplates } from '../settings/custom-templates';
import { actOf, sessionAct, sessionWithActs } from '../../db/repositories/session-acts';

export interface ConventionsImportReport {
  body: BodyCode;
  date: string;
  numbers: string[];
}

/**
 * Imports a conventions file (parsed JSON) into the register: everything or nothing.
 * An act already executory or signed takes no convention (migration 0014 seals it too). An unknown act, a number already used (in the file or the register) or invalid data is refused
 * with a French message naming the convention, the act and the field; the register is unchanged.
 */
export function importConventions(db: Db, json: unknown): ConventionsImportReport {
  const parsed = conventionsFileSchema.safeParse(json);
  if (!parsed.success) throw validationError(`Fichier de conventions invalide — ${describeIssues(parsed.error)}`);
  const file = parsed.data;
  const { session, acts } = sessionWithActs(db, file.session.body, file.session.date);

  const seen = new Set<string>();
  const rows = file.conventions.map((c, i) => {
    const label = `Convention ${c.number} (conventions[${i}], acte ${c.act})`;
    const act = pointedAt(`conventions[${i}].act`, () => actOf(session, acts, c.act), { prefix: label, replace: true });
    if (seen.has(c.number)) throw new AppError('conflict', `${label} : le numéro ${c.number} figure deux fois dans le fichier.`, `conventions[${i}].number`);
    seen.add(c.number);
    if (conventionNumberExists(db, c.number)) {
      throw new AppError('conflict', `${label} : le numéro ${c.number} est déjà attribué dans ce registre.`, `conventions[${i}].number`);
    }
    if (actSealed(db, act.id)) {
      throw new AppError(
        'locked',
        `${label} : l'acte ${c.act} est exécutoire ou signé ; une convention ne peut plus lui être ajoutée. ` +
          'Une convention s’importe pendant que son acte est préparé, ou avec sa séance : registre import <séance.json> --conventions <conventions.json>.',
        `conventions[${i}].act`,
      );
    }
    const data = parseConventionData(c.kind, c.data);
    if (!data.ok) {
      const issues = data.error.issues.slice(0, 5).map((issue) => `data.${fieldPath(issue.path)} : ${issue.message}`);
      throw validationError(`${label} : données invalides — ${issues.join(' ; ')}`, `conventions[${i}].data.${fieldPath(data.error.issues[0]?.path ?? [])}`);
    }
    // Every wording override must name a field of the template: checked now, not at printing.
    valuesOf(c.number, session.date, data.value);
    return { actId: act.id, number: c.number, kind: c.kind, data: data.value.data };
  });

  db.transaction(() => {
    for (const row of rows) insertConvention(db, row);
  })();
  return { body: file.session.body, date: file.session.date, numbers: rows.map((r) => r.number) };
}


export interface RenderedConvention {
  number: string;
  bytes: Uint8Array;
}

/**
 * Renders the convention of an act (its only one, or the one whose number is given) in PDF or DOCX.
 * `now` dates the file's properties: the same register gives the same bytes.
 */
export async function renderConvention(
  db: Db,
  args: { body: BodyCode; date: string; act: string; number?: string; format: DocumentFormat; now: Date },
): Promise<RenderedConvention> {
  const { session, act } = sessionAct(db, args.body, args.date, args.act);
  const all = conventionsOfAct(db, act.id);
  const chosen = args.number === undefined ? all : all.filter((c) => c.number === args.number);
  const label = formatActNumber({ series: session.body.series, value: act.number });
  if (chosen.length === 0) {
    throw new AppError('not_found', `L'acte ${label} n'a pas de convention${args.number === undefined ? '' : ` ${args.number}`} dans ce registre.`, 'act');
  }
  if (chosen.length > 1) {
    throw validationError(`L'acte ${label} a ${chosen.length} conventions (${chosen.map((c) => c.number).join(', ')}) : précisez laquelle.`, 'number');
  }
  const stored = chosen[0] as (typeof chosen)[number];
  const data = parseConventionData(stored.kind, stored.data);
  if (!data.ok) throw new AppError('internal', `Convention ${stored.number} : données illisibles — ${describeIssues(data.error)}`, 'data');
  const doc = documentOf(stored.number, session.date, data.value, savedTemplates(db), args.now);
  // The DOCX writer (and its library) is loaded only when a DOCX is asked for: a recueil, which
  // reads the conventions through this module, has no use for it.
  const bytes = args.format === 'pdf' ? (await renderPdf(doc)).bytes : await (await import('../../../templates/render/docx')).renderDocx(doc);
  return { number: stored.number, bytes };
}

/**
 * The documents of the conventions an act approves, in number order: its annexes in the recueil.
 * `saved` are the register's templates, read once by a caller that asks for many acts.
 */
export function conventionDocuments(db: Db, sessionDate: string, actId: number, now: Date, saved: SavedTemplates = savedTemplates(db)): Document[] {
  return conventionsOfAct(db, actId).map((stored) => {
    const data = parseConventionData(stored.kind, stored.data);
    if (!data.ok) throw new AppError('internal', `Convention ${stored.number} : données illisibles — ${describeIssues(data.error)}`, 'data');
    return documentOf(stored.number, sessionDate, data.value, saved, now);
  });
}

/** A convention's data, validated by the schema of its kind. */
type TypedConvention = { kind: 'garantie-emprunt'; data: LoanGuarantee } | { kind: 'tripartite'; data: Tripartite };

/** Validates a convention's data with the schema of its kind. */
function parseConventionData(kind: ConventionKind, data: unknown): { ok: true; value: TypedConvention } | { ok: false; error: z.ZodError } {
  if (kind === 'tripartite') {
    const r = tripartiteSchema.safeParse(data);
    return r.success ? { ok: true, value: { kind, data: r.data } } : { ok: false, error: r.error };
  }
  const r = loanGuaranteeSchema.safeParse(data);
  return r.success ? { ok: true, value: { kind, data: r.data } } : { ok: false, error: r.error };
}

/** The template values of a convention (this checks its wording overrides). */
function valuesOf(number: string, sessionDate: string, c: TypedConvention): TemplateValues {
  return c.kind === 'tripartite' ? tripartiteValues({ number, data: c.data }) : conventionValues({ number, sessionDate, data: c.data });
}

/** The document of a convention, from the template of its kind as saved in Paramètres. */
function documentOf(number: string, sessionDate: string, c: TypedConvention, saved: SavedTemplates, now: Date): Document {
  return c.kind === 'tripartite'
    ? buildTripartite({ number, data: c.data }, templateFor(saved, 'convention-tripartite'), now)
    : buildConvention({ number, sessionDate, data: c.data }, templateFor(saved, 'convention-garantie'), now);
}
