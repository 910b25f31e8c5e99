import { describe, expect, it } from 'vitest';
import { todoTiles, type Todos } from './todos';

const NONE: Todos = { pendingSign: null, amber: null, red: null, leadsToConfirm: null, extensionReviews: null, adminChangeReviews: null };

describe('todoTiles (工作台)', () => {
  it('shows only the queues the server counted for the user', () => {
    expect(todoTiles(NONE, false)).toEqual([]);
    expect(todoTiles({ ...NONE, adminChangeReviews: 0 }, false).map((t) => [t.label, t.hint, t.count, t.to])).toEqual([
      ['待复核', '管理员账号变更待确认', 0, '#admin-changes'],
    ]);
  });
  it('a window: 预警/超期 open the 督办看板, 待确认线索 the pre-applications', () => {
    const tiles = todoTiles({ ...NONE, amber: 2, red: 1, leadsToConfirm: 3 }, false);
    expect(tiles.map((t) => [t.label, t.count, t.to])).toEqual([
      ['预警', 2, '/supervision'],
      ['超期', 1, '/supervision'],
      ['待确认线索', 3, '/applications?view=pre'],
    ]);
  });
  it('a department officer: 待签收, 预警 and 超期 open the 部门工作台 tabs', () => {
    const tiles = todoTiles({ ...NONE, pendingSign: 4, amber: 0, red: 5 }, true);
    expect(tiles.map((t) => t.to)).toEqual(['/workbench?tab=pendingSign', '/workbench?tab=amber', '/workbench?tab=red']);
  });
});
