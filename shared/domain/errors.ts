/**
 * The closed set of failures every door (IPC, HTTP host, CLI) reports.
 * `message` is French and names the field and the rule, for the secretary to read as is.
 */
export type ErrorType = 'validation' | 'not_found' | 'conflict' | 'locked' | 'internal';

/** One refusal of one field of a form, its message naming the field as the screen labels it. */
export interface FieldIssue {
  field: string;
  message: string;
}

export interface AppErrorInfo {
  type: ErrorType;
  message: string;
  /** Where the error is, e.g. "actes[13].absent" or "G25". */
  field?: string;
  /** Every field refused at once, when there are several: a form shows each under its field. */
  issues?: FieldIssue[];
}

export class AppError extends Error {
  readonly type: ErrorType;
  readonly field: string | undefined;
  readonly issues: FieldIssue[] | undefined;

  constructor(type: ErrorType, message: string, field?: string, issues?: FieldIssue[]) {
    super(message);
    this.name = 'AppError';
    this.type = type;
    this.field = field;
    this.issues = issues;
  }

  toInfo(): AppErrorInfo {
    return {
      type: this.type,
      message: this.message,
      ...(this.field === undefined ? {} : { field: this.field }),
      ...(this.issues === undefined ? {} : { issues: this.issues }),
    };
  }
}

/**
 * Runs every check and refuses with all their validation errors at once (each on its field), so
 * that a form shows every refusal after one click; does nothing when all pass.
 *
 * @example refuseAll([() => checkSiren(c.siren), () => checkSiret(c.siret, c.siren)])
 */
export function refuseAll(checks: readonly (() => void)[]): void {
  const issues: FieldIssue[] = [];
  for (const check of checks) {
    try {
      check();
    } catch (e) {
      if (!(e instanceof AppError) || e.type !== 'validation') throw e;
      issues.push(...(e.issues ?? [{ field: e.field ?? '', message: e.message }]));
    }
  }
  const [first] = issues;
  if (first === undefined) return;
  if (issues.length === 1) throw new AppError('validation', first.message, first.field || undefined);
  throw new AppError('validation', issues.map((i) => i.message.replace(/\.$/u, '')).join(' ; ') + '.', first.field || undefined, issues);
}

export const validationError = (message: string, field?: string) =>
  new AppError('validation', message, field);

/**
 * Runs `run`; a refusal it throws is pointed at `field` (unless it names one, or `replace` is set)
 * and its message prefixed with `prefix` when given.
 *
 * @example pointedAt('holderId', () => checkProxies(…)) // the rule's message, on the field holderId
 */
export function pointedAt<T>(field: string, run: () => T, options: { prefix?: string; replace?: boolean } = {}): T {
  try {
    return run();
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    const message = options.prefix === undefined ? e.message : `${options.prefix} : ${e.message}`;
    throw new AppError(e.type, message, options.replace === true ? field : (e.field ?? field));
  }
}

/**
 * The refusal as messages by field, for a form to show each under its field: the refused fields
 * among `fields`, and under 'general' what names none of them (said once).
 *
 * @example messagesByField(error, ['name', 'siren']) // { name: 'Nom de la collectivité : obligatoire', siren: '…' }
 */
export function messagesByField(error: AppErrorInfo, fields: readonly string[]): Record<string, string> {
  const issues = error.issues ?? [{ field: error.field ?? '', message: error.message }];
  const byField: Record<string, string> = {};
  for (const issue of issues) if (fields.includes(issue.field)) byField[issue.field] ??= issue.message;
  const others = issues.filter((i) => !fields.includes(i.field));
  if (others.length > 0) byField['general'] = others.length === issues.length ? error.message : `${others.map((i) => i.message.replace(/\.$/u, '')).join(' ; ')}.`;
  return byField;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorInfo };
