import { AppError } from './errors';

export interface PageArgs {
  page: number;
  pageSize: number;
}

export interface PageResult<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const MAX_PAGE_SIZE = 100;

/** One pagination convention for every list: page (1-based) and pageSize (≤ 100). */
export function checkPage(args: Partial<PageArgs>): PageArgs {
  const page = args.page ?? 1;
  const pageSize = args.pageSize ?? 20;
  if (!Number.isInteger(page) || page < 1) throw new AppError('BAD_USER_INPUT', '页码必须是正整数');
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new AppError('BAD_USER_INPUT', `每页条数须在 1–${MAX_PAGE_SIZE} 之间`);
  }
  return { page, pageSize };
}

export const offsetOf = (p: PageArgs) => (p.page - 1) * p.pageSize;

/** Escapes LIKE wildcards in user input. */
export const likeContains = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
