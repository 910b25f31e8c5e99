import type { MyTodosQuery } from '../../gql/graphql';
import { ACCENT } from '../../theme';

export type Todos = MyTodosQuery['myTodos'];

/** One tile of the 工作台: a count and the filtered list it opens. */
export interface TodoTile {
  key: keyof Todos;
  label: string;
  hint: string;
  count: number;
  /** Console route (with the list's filter); `#…` = a section of the 工作台 itself. */
  to: string;
  color: string;
}

/**
 * The tiles a user gets: one per queue the server counted (null = no permission for it, no tile).
 * A department officer's 预警/超期 are its department's and open in the 部门工作台; anybody else's
 * are the area's and open in the 督办看板 (the same rule as the server's `myTodos`).
 */
export function todoTiles(todos: Todos, officer: boolean): TodoTile[] {
  const tiles: Array<Omit<TodoTile, 'count'> & { count: number | null | undefined }> = [
    { key: 'pendingSign', label: '待签收', hint: '本部门待签收的转办单', count: todos.pendingSign, to: '/workbench?tab=pendingSign', color: ACCENT.primary },
    {
      key: 'amber',
      label: '预警',
      hint: officer ? '本部门临近办结期限' : '辖区临近办结期限',
      count: todos.amber,
      to: officer ? '/workbench?tab=amber' : '/supervision',
      color: ACCENT.warning,
    },
    {
      key: 'red',
      label: '超期',
      hint: officer ? '本部门已超过办结期限' : '辖区已超过办结期限',
      count: todos.red,
      to: officer ? '/workbench?tab=red' : '/supervision',
      color: ACCENT.danger,
    },
    {
      key: 'leadsToConfirm',
      label: '待确认线索',
      hint: '信息员报送的预申请',
      count: todos.leadsToConfirm,
      to: '/applications?view=pre',
      color: ACCENT.primary,
    },
    {
      key: 'extensionReviews',
      label: '待复核',
      hint: '延期申请待审批',
      count: todos.extensionReviews,
      to: '/supervision?tab=extensions',
      color: ACCENT.primary,
    },
    { key: 'adminChangeReviews', label: '待复核', hint: '管理员账号变更待确认', count: todos.adminChangeReviews, to: '#admin-changes', color: ACCENT.primary },
  ];
  return tiles.filter((t): t is TodoTile => t.count != null);
}
