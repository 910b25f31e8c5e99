import { App, Button, Input, Space, Table, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { SILENT } from '../../apollo';
import { useCan } from '../../auth/CurrentUserContext';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import { emptyText } from '../../components/emptyText';
import { useDialog } from '../../components/useDialog';
import type { HelpableHouseholdsQuery } from '../../gql/graphql';
import { FollowupModal, ProposeChangeModal } from './ChangeForms';
import { ChangesTable } from './ChangesPanel';
import { HELPABLE_HOUSEHOLDS } from './ledger-help.graphql';

type Found = HelpableHouseholdsQuery['helpableHouseholds'][number];

/**
 * 协助完善台账 (/ledger-help): informants and windows find a household of their area by the head's name or the address,
 * propose a change (moved, died, illness, job lost, income change) — a window other than the proposer decides it — and
 * record 帮扶措施. Windows also see the changes waiting for their decision.
 */
export default function LedgerHelpPage() {
  const can = useCan();
  const { message } = App.useApp();
  const [keyword, setKeyword] = useState('');
  const [searched, setSearched] = useState('');
  const found = useQuery(HELPABLE_HOUSEHOLDS, { variables: { keyword: searched }, skip: !searched, fetchPolicy: 'network-only', context: SILENT });
  const search = () => keyword.trim() && setSearched(keyword.trim());
  const change = useDialog<Found>();
  const followup = useDialog<Found>();
  const [version, setVersion] = useState(0);
  const target = (f?: Found) => (f ? { id: f.id, headName: f.headName, members: f.members } : undefined);
  const done = (text: string, close: () => void) => {
    void message.success(text);
    close();
    setVersion((v) => v + 1);
  };

  return (
    <PageContainer title="协助完善台账">
      <ContentCard>
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          发现本村（社区）家庭情况变化——搬离、死亡、新发重病、失业、收入变化——请在这里提出，由窗口人员（提出人以外的另一人）审核后记入台账；
          对困难家庭开展的帮扶、心理疏导、监护干预等措施也请记录日期和内容。
        </Typography.Paragraph>
        <Space.Compact style={{ width: 420, maxWidth: '100%', marginBottom: 16 }}>
          <Input aria-label="户主姓名或住址" placeholder="户主姓名或住址" value={keyword} onChange={(e) => setKeyword(e.target.value)} onPressEnter={search} />
          <Button type="primary" onClick={search}>
            查找家庭
          </Button>
        </Space.Compact>
        {searched && (
          <Table<Found>
            rowKey="id"
            size="small"
            loading={found.loading}
            dataSource={found.data?.helpableHouseholds ?? []}
            pagination={false}
            locale={{ emptyText: emptyText('本辖区没有找到该户，请核对姓名或住址') }}
            columns={[
              { title: '户主', dataIndex: 'headName', width: 110, render: (v: string | null) => v ?? '—' },
              { title: '住址', dataIndex: 'address', ellipsis: true },
              { title: '在世成员', key: 'members', render: (_, f) => f.members.map((m) => m.name).join('、') },
              {
                title: '操作',
                key: 'actions',
                width: 190,
                render: (_, f) => (
                  <Space size={0}>
                    <Button type="link" size="small" onClick={() => change.open(f)}>
                      提出变更
                    </Button>
                    <Button type="link" size="small" onClick={() => followup.open(f)}>
                      记录帮扶措施
                    </Button>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </ContentCard>
      {can('HOUSEHOLD_WRITE') && (
        <ContentCard title="待审核的变更申请">
          <ChangesTable key={`p${version}`} pending showHousehold />
        </ContentCard>
      )}
      <ContentCard title="我提出的变更申请">
        <ChangesTable key={`m${version}`} mine showHousehold />
      </ContentCard>
      <ProposeChangeModal
        target={target(change.target)}
        open={change.isOpen}
        onClose={change.close}
        onDone={() => done('已提交，待窗口人员审核后生效', change.close)}
      />
      <FollowupModal target={target(followup.target)} open={followup.isOpen} onClose={followup.close} onDone={() => done('已记录帮扶措施', followup.close)} />
    </PageContainer>
  );
}
