export { AppError, isAppError } from './AppError';
export type { AppErrorOptions } from './AppError';
export { commonErrorCodes } from './commonErrorCodes';
export type { CommonErrorCode } from './commonErrorCodes';
export { formatError } from './formatError';
export type { ErrorLogger } from './formatError';
export { rowProblemsFromZod } from './RowProblem';
export type { RowProblem } from './RowProblem';
export { jsonErrorHandler } from './jsonErrorHandler';
