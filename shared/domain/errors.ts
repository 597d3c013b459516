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

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorInfo };
