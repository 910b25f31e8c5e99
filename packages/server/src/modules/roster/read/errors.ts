import { AppError } from '../../../shared/errors';

/** Why a file as a whole cannot be read (`extensions.reason` of the BAD_USER_INPUT error). */
export type FileErrorReason = 'FILE_TOO_LARGE' | 'BAD_FILE' | 'EMPTY_FILE' | 'TOO_MANY_ROWS' | 'BAD_HEADER';

export function fileError(reason: FileErrorReason, message: string, extra: Record<string, unknown> = {}): AppError {
  return new AppError('BAD_USER_INPUT', message, { reason, ...extra });
}

export const BAD_FILE_MESSAGE = '文件无法读取：不是有效的 xlsx 或 CSV 文件';

export const badFile = (detail?: string) => fileError('BAD_FILE', detail ? `${BAD_FILE_MESSAGE}（${detail}）` : BAD_FILE_MESSAGE);
