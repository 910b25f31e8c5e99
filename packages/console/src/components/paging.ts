import { useCallback, useState } from 'react';
import type { TablePaginationConfig } from 'antd';

export const showTotal = (total: number) => `共 ${total} 条`;

/**
 * Server-side paging state for one table: `{ page, pageSize }` go into the query variables,
 * `pagination(total)` goes to `<Table pagination>`.
 */
export function usePaging(initialPageSize = 20) {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(initialPageSize);

  const pagination = useCallback(
    (total: number | undefined): TablePaginationConfig => ({
      current: page,
      pageSize,
      total: total ?? 0,
      showSizeChanger: true,
      pageSizeOptions: [10, 20, 50, 100],
      showTotal,
      onChange: (p, size) => {
        setPage(size !== pageSize ? 1 : p);
        setPageSize(size);
      },
    }),
    [page, pageSize],
  );

  const reset = useCallback(() => setPage(1), []);
  return { page, pageSize, pagination, reset };
}

/** Filters plus paging; changing filters goes back to page 1. */
export function useFilters<F extends object>(initial: F) {
  const paging = usePaging();
  const [filters, setFiltersState] = useState<F>(initial);
  const setFilters = useCallback(
    (next: F) => {
      setFiltersState(next);
      paging.reset();
    },
    [paging.reset],
  );
  return { filters, setFilters, ...paging };
}
