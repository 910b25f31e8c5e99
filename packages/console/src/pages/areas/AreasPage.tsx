import { useEffect, useState } from 'react';
import { App, Button, Col, Input, Popconfirm, Row, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { SILENT } from '../../apollo';
import { useCan } from '../../auth/CurrentUserContext';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import { ExportButton } from '../../components/ExportButton';
import { useFilters } from '../../components/paging';
import { useDialog } from '../../components/useDialog';
import { AreaFormModal, type AreaFormValues } from './AreaFormModal';
import { AreaTree, useAreaTree, type Area } from './AreaTree';
import { AREAS, CREATE_AREA, DELETE_AREA, UPDATE_AREA } from './areas.graphql';

type Editing = { mode: 'create'; parent: Area } | { mode: 'edit'; area: Area };

const LEVEL_COLORS: Record<number, string> = { 1: 'geekblue', 2: 'cyan', 3: 'green' };

export default function AreasPage() {
  const can = useCan();
  const canManage = can('AREA_MANAGE');
  const { message } = App.useApp();
  const tree = useAreaTree();
  const [selected, setSelected] = useState<Area>();
  const [expanded, setExpanded] = useState<string[]>([]);
  const dialog = useDialog<Editing>();
  const editing = dialog.target;
  const { filters, setFilters, page, pageSize, pagination } = useFilters<{ keyword?: string }>({});

  // Start on the user's scope root.
  useEffect(() => {
    if (!selected && tree.treeData[0]) {
      setSelected(tree.treeData[0].area);
      setExpanded([tree.treeData[0].key]);
    }
  }, [tree.treeData, selected]);

  const { data, loading, refetch } = useQuery(AREAS, {
    skip: !selected,
    variables: { parentCode: selected?.code, keyword: filters.keyword, page, pageSize },
    fetchPolicy: 'cache-and-network',
  });
  const [createArea] = useMutation(CREATE_AREA);
  const [updateArea] = useMutation(UPDATE_AREA);
  const [deleteArea] = useMutation(DELETE_AREA);

  const select = (area: Area) => {
    setSelected(area);
    setFilters({});
    // show the chosen area opened in the tree, whether it was picked there or in the table
    const open = [area.parentCode, area.childCount > 0 ? area.code : null].filter((k): k is string => !!k);
    setExpanded((keys) => [...new Set([...keys, ...open])]);
  };

  const afterChange = async (parentCode: string | null | undefined) => {
    await refetch();
    if (parentCode) await tree.loadChildren(parentCode);
  };

  const submit = async (v: AreaFormValues) => {
    if (editing?.mode === 'create') {
      await createArea({
        variables: { input: { code: v.code.trim(), name: v.name.trim(), parentCode: editing.parent.code } },
        context: SILENT,
      });
      message.success('区划已新增');
      await afterChange(editing.parent.code);
    } else if (editing?.mode === 'edit') {
      await updateArea({ variables: { code: editing.area.code, name: v.name.trim() }, context: SILENT });
      message.success('区划已保存');
      await afterChange(editing.area.parentCode);
    }
    dialog.close();
  };

  const remove = async (area: Area) => {
    await deleteArea({ variables: { code: area.code } });
    message.success('区划已删除');
    await afterChange(area.parentCode);
  };

  const canAddChild = canManage && !!selected && selected.level < 3;

  return (
    <PageContainer title="区划管理">
      <Row gutter={16}>
        <Col flex="300px">
          <ContentCard title="行政区划">
            <AreaTree tree={tree} selected={selected?.code} expandedKeys={expanded} onExpand={setExpanded} onSelect={select} />
          </ContentCard>
        </Col>
        <Col flex="auto" style={{ minWidth: 0 }}>
          <ContentCard
            title={
              selected ? (
                <Space>
                  {selected.name}
                  <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                    {selected.code} · 下级区划
                  </Typography.Text>
                </Space>
              ) : (
                '下级区划'
              )
            }
            extra={
              <Space>
                <Input.Search
                  placeholder="名称或代码"
                  allowClear
                  style={{ width: 200 }}
                  onSearch={(keyword) => setFilters({ keyword: keyword.trim() || undefined })}
                />
                {selected && <ExportButton list="AREAS" filter={{ parentCode: selected.code, keyword: filters.keyword }} />}
                {canAddChild && (
                  <Button type="primary" icon={<PlusOutlined />} onClick={() => dialog.open({ mode: 'create', parent: selected })}>
                    新增下级区划
                  </Button>
                )}
              </Space>
            }
          >
            <Table<Area>
              rowKey="code"
              loading={loading}
              dataSource={data?.areas.items ?? []}
              pagination={pagination(data?.areas.total)}
              columns={[
                { title: '区划代码', dataIndex: 'code', width: 150, render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
                {
                  title: '名称',
                  dataIndex: 'name',
                  render: (v: string, a) =>
                    a.level < 3 ? (
                      <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={() => select(a)}>
                        {v}
                      </Button>
                    ) : (
                      v
                    ),
                },
                {
                  title: '层级',
                  dataIndex: 'levelName',
                  width: 90,
                  render: (v: string, a) => <Tag color={LEVEL_COLORS[a.level]}>{v}</Tag>,
                },
                { title: '下级数量', dataIndex: 'childCount', width: 100, align: 'right' },
                ...(canManage
                  ? [
                      {
                        title: '操作',
                        key: 'actions',
                        width: 130,
                        render: (_: unknown, a: Area) => (
                          <Space size={4}>
                            <Button type="link" size="small" onClick={() => dialog.open({ mode: 'edit', area: a })}>
                              编辑
                            </Button>
                            <Popconfirm
                              title={`确定删除“${a.name}”？`}
                              description="有下级区划、用户或业务数据的区划不能删除。"
                              onConfirm={() => remove(a).catch(() => undefined)}
                            >
                              <Button type="link" size="small" danger>
                                删除
                              </Button>
                            </Popconfirm>
                          </Space>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </ContentCard>
        </Col>
      </Row>
      <AreaFormModal
        open={dialog.isOpen}
        parent={editing?.mode === 'create' ? editing.parent : undefined}
        area={editing?.mode === 'edit' ? editing.area : undefined}
        onCancel={dialog.close}
        onSubmit={submit}
      />
    </PageContainer>
  );
}
