import { Empty } from 'antd';
import type { ReactNode } from 'react';

/**
 * A table's "nothing here" text. Use it for `locale.emptyText` instead of a bare string: antd
 * writes a bare string in its disabled grey (#bfbfbf, 1.83:1 on white, under WCAG 1.4.3), while
 * `Empty`'s description follows the theme's tertiary text (see theme.ts).
 */
export function emptyText(description: ReactNode) {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description} />;
}
