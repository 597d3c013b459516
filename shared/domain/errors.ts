/**
 * The closed set of failures every door (IPC, HTTP host, CLI) reports.
 * `message` is French and names the field and the rule, for the secretary to read as is.
 */
export type ErrorType = 'validation' | 'not_found' | 'conflict' | 'locked' | 'internal';

export interface AppErrorInfo {
  type: ErrorType;
  message: string;
  /** Where the error is, e.g. "actes[13].absent" or "G25". */
  field?: string;
}

export class AppError extends Error {
  readonly type: ErrorType;
  readonly field: string | undefined;

  constructor(type: ErrorType, message: string, field?: string) {
    super(message);
    this.name = 'AppError';
    this.type = type;
    this.field = field;
  }

  toInfo(): AppErrorInfo {
    return this.field === undefined
      ? { type: this.type, message: this.message }
      : { type: this.type, message: this.message, field: this.field };
  }
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

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorInfo };
