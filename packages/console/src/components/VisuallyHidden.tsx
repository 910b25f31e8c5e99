import type { ReactNode } from 'react';

/**
 * Text for screen readers only, e.g. the header of a table's expand-icon or selection column, which
 * antd leaves empty (a data cell under an empty header has no header to be read with; axe
 * `empty-table-header`): `expandable={{ columnTitle: <VisuallyHidden>展开成员</VisuallyHidden>, … }}`.
 */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="visually-hidden">{children}</span>;
}
