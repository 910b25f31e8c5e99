import { Button, Dropdown, Space, Table, Tag, type TableColumnsType } from 'antd';
import { DownOutlined } from '@ant-design/icons';
import { useDialog } from '../../../components/useDialog';
import { MemberFactTags, sexLabel } from '../ledger-ui';
import { ChangeHeadModal } from './ChangeHeadModal';
import { EditMemberModal } from './EditMemberModal';
import { MarkDeceasedModal } from './MarkDeceasedModal';
import { MoveMemberModal } from './MoveMemberModal';
import { MaskedValue } from './UnmaskModal';
import type { DetailContext, Member } from './types';
import styles from './detail.module.css';

/** 家庭成员: current members, then the deceased ones greyed; row actions for FULL + household.write. */
export function MembersTab({ ctx }: { ctx: DetailContext }) {
  const { household, canWrite, canUnmask } = ctx;
  const full = household.access === 'FULL';
  const edit = useDialog<Member>();
  const head = useDialog<Member>();
  const move = useDialog<Member>();
  const death = useDialog<Member>();

  const columns: TableColumnsType<Member> = [
    {
      title: '姓名',
      dataIndex: 'name',
      width: 130,
      render: (v: string, m) => (
        <Space size={4}>
          {v}
          {m.isHead && <Tag color="blue">户主</Tag>}
          {m.deceased && <Tag>已故</Tag>}
        </Space>
      ),
    },
    {
      title: '身份证号',
      dataIndex: 'idMasked',
      width: 230,
      render: (v: string, m) => (
        <MaskedValue masked={v} allowed={canUnmask && !m.deceased} target={{ field: 'ID_NUMBER', personId: m.id, subject: `${m.name}的身份证号` }} />
      ),
    },
    { title: '与户主关系', dataIndex: 'relationName', width: 96, render: (v: string | null) => v ?? '—' },
    { title: '性别', dataIndex: 'sex', width: 56, render: sexLabel },
    {
      title: '年龄',
      dataIndex: 'age',
      width: 110,
      className: 'nowrap',
      render: (v: number | null, m) => (m.deceased && m.deathDate ? `${m.deathDate} 故` : (v ?? '—')),
    },
  ];
  if (full) {
    columns.push(
      {
        title: '联系电话',
        dataIndex: 'phoneMasked',
        width: 170,
        render: (v: string | null, m) => (
          <MaskedValue
            masked={v}
            allowed={canUnmask && !m.deceased}
            linkText="查看"
            target={{ field: 'PHONE', personId: m.id, subject: `${m.name}的联系电话` }}
          />
        ),
      },
      { title: '详细情况', key: 'facts', render: (_, m) => <MemberFactTags m={m} /> },
    );
  }
  if (canWrite) {
    columns.push({
      title: '操作',
      key: 'actions',
      width: 120,
      render: (_, m) =>
        m.deceased ? null : (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => edit.open(m)}>
              编辑
            </Button>
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  { key: 'head', label: '设为户主', disabled: m.isHead },
                  { key: 'move', label: '迁移' },
                  { key: 'death', label: '登记死亡', danger: true },
                ],
                onClick: ({ key }) => ({ head, move, death })[key as 'head' | 'move' | 'death'].open(m),
              }}
            >
              <Button type="link" size="small">
                更多 <DownOutlined style={{ fontSize: 10 }} />
              </Button>
            </Dropdown>
          </Space>
        ),
    });
  }

  return (
    <>
      <Table<Member>
        rowKey="id"
        size="middle"
        pagination={false}
        dataSource={[...household.members, ...household.formerMembers]}
        rowClassName={(m) => (m.deceased ? styles.former : '')}
        columns={columns}
      />
      <EditMemberModal open={edit.isOpen} member={edit.target} ctx={ctx} onClose={edit.close} />
      <ChangeHeadModal open={head.isOpen} member={head.target} ctx={ctx} onClose={head.close} />
      <MoveMemberModal open={move.isOpen} member={move.target} ctx={ctx} onClose={move.close} />
      <MarkDeceasedModal open={death.isOpen} member={death.target} ctx={ctx} onClose={death.close} />
    </>
  );
}
