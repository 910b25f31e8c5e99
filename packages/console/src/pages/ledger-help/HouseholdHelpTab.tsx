import { App, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import type { DetailContext } from '../ledger/detail/types';
import { FollowupModal, ProposeChangeModal, type HelpTarget } from './ChangeForms';
import { ChangesTable, FollowupsTable } from './ChangesPanel';

/** 家庭详情 › 变更与帮扶: the household's change requests (decided by a second person) and 帮扶措施. */
export function HouseholdHelpTab({ ctx }: { ctx: DetailContext }) {
  const { message } = App.useApp();
  const h = ctx.household;
  const [dialog, setDialog] = useState<'change' | 'followup' | null>(null);
  const [version, setVersion] = useState(0);
  const target: HelpTarget = {
    id: h.id,
    headName: h.headName,
    members: h.members.filter((m) => !m.deceased).map((m) => ({ personId: m.id, name: m.name })),
  };
  const done = (text: string) => {
    void message.success(text);
    setDialog(null);
    setVersion((v) => v + 1);
  };
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {h.status === 'ACTIVE' && (
        <Space wrap>
          <Button onClick={() => setDialog('change')}>提出变更</Button>
          <Button onClick={() => setDialog('followup')}>记录帮扶措施</Button>
        </Space>
      )}
      <Typography.Title level={5} style={{ margin: 0 }}>
        台账变更申请（须提出人以外的窗口人员审核）
      </Typography.Title>
      <ChangesTable key={`c${version}`} householdId={h.id} onDecided={() => void ctx.reload()} />
      <Typography.Title level={5} style={{ margin: 0 }}>
        帮扶措施
      </Typography.Title>
      <FollowupsTable key={`f${version}`} householdId={h.id} />
      <ProposeChangeModal target={target} open={dialog === 'change'} onClose={() => setDialog(null)} onDone={() => done('已提交，待他人审核后生效')} />
      <FollowupModal target={target} open={dialog === 'followup'} onClose={() => setDialog(null)} onDone={() => done('已记录帮扶措施')} />
    </Space>
  );
}
