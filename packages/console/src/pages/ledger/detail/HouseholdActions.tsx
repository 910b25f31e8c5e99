import { Button, Space, Tooltip } from 'antd';
import { EditOutlined, MergeCellsOutlined, SplitCellsOutlined, UserAddOutlined } from '@ant-design/icons';
import { useDialog } from '../../../components/useDialog';
import { StartVerificationButton } from '../../verification/StartVerificationButton';
import { AddMemberModal } from './AddMemberModal';
import { EditHouseholdModal } from './EditHouseholdModal';
import { MergeHouseholdModal } from './MergeHouseholdModal';
import { SplitHouseholdModal } from './SplitHouseholdModal';
import type { DetailContext } from './types';

/** 编辑家庭信息 · 增加成员 · 分户 · 合户 (FULL access with household.write only). */
export function HouseholdActions({ ctx }: { ctx: DetailContext }) {
  const edit = useDialog();
  const add = useDialog();
  const split = useDialog();
  const merge = useDialog();
  const canSplit = ctx.household.members.some((m) => !m.isHead);
  return (
    <>
      <Space wrap>
        <Button icon={<EditOutlined />} onClick={() => edit.open()}>
          编辑家庭信息
        </Button>
        <Button icon={<UserAddOutlined />} onClick={() => add.open()}>
          增加成员
        </Button>
        <Tooltip title={canSplit ? undefined : '除户主外没有其他成员'}>
          <Button icon={<SplitCellsOutlined />} disabled={!canSplit} onClick={() => split.open()}>
            分户
          </Button>
        </Tooltip>
        <Button icon={<MergeCellsOutlined />} onClick={() => merge.open()}>
          合户
        </Button>
        <StartVerificationButton householdId={ctx.household.id} />
      </Space>
      <EditHouseholdModal open={edit.isOpen} ctx={ctx} onClose={edit.close} />
      <AddMemberModal open={add.isOpen} ctx={ctx} onClose={add.close} />
      <SplitHouseholdModal open={split.isOpen} ctx={ctx} onClose={split.close} />
      <MergeHouseholdModal open={merge.isOpen} ctx={ctx} onClose={merge.close} />
    </>
  );
}
