import { Alert, Button, Flex, Result, Space, Spin, Tabs } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router-dom';
import { SILENT } from '../../apollo';
import { useCan } from '../../auth/CurrentUserContext';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import { errorText } from '../../utils/errors';
import { AssetsTab } from './detail/AssetsTab';
import { AuthorisationsTab } from './detail/AuthorisationsTab';
import { BenefitsByDepartment } from './detail/BenefitsByDepartment';
import { HouseholdActions } from './detail/HouseholdActions';
import { HouseholdHeader } from './detail/HouseholdHeader';
import { EventsTable, TierHistoryTimeline } from './detail/HistoryTabs';
import { IncomesTab } from './detail/IncomesTab';
import { LegalSupportersTab } from './detail/LegalSupportersTab';
import { MembersTab } from './detail/MembersTab';
import { ScreeningTab } from './detail/ScreeningTab';
import type { DetailContext } from './detail/types';
import { HOUSEHOLD } from './ledger.graphql';
import { HouseholdHelpTab } from '../ledger-help/HouseholdHelpTab';
import { villageAndGroup } from './ledger-ui';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const SHARED_NOTICE = '本部门未办理该户事项，仅显示共享信息：姓名、脱敏身份证号、层级和各部门救助';

/** 家庭详情: header, then members, incomes, assets, legal supporters, authorisations, benefits and history in tabs. */
export default function HouseholdDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const can = useCan();
  const wellFormed = UUID.test(id); // a malformed id is not worth a request (the server would answer BAD_USER_INPUT)
  const { data, error, refetch } = useQuery(HOUSEHOLD, {
    variables: { id },
    skip: !wellFormed,
    fetchPolicy: 'cache-and-network',
    context: SILENT,
  });
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/ledger')}>
      返回台账
    </Button>
  );

  const h = data?.household;
  if (!h) {
    if (error || !wellFormed) {
      return <Result status="404" title="无法打开该家庭" subTitle={error ? errorText(error) : '家庭不存在'} extra={back} />;
    }
    return (
      <Flex justify="center" style={{ padding: 80 }}>
        <Spin />
      </Flex>
    );
  }

  const full = h.access === 'FULL';
  const ctx: DetailContext = {
    household: h,
    canWrite: full && h.status === 'ACTIVE' && can('HOUSEHOLD_WRITE'),
    canUnmask: full && can('HOUSEHOLD_UNMASK'),
    reload: () => refetch(),
  };

  const tabs = [
    { key: 'members', label: `家庭成员（${h.members.length}）`, children: <MembersTab ctx={ctx} /> },
    ...(h.incomes ? [{ key: 'incomes', label: '收入', children: <IncomesTab ctx={ctx} /> }] : []),
    ...(h.assets ? [{ key: 'assets', label: '财产', children: <AssetsTab ctx={ctx} /> }] : []),
    ...(h.legalSupporters ? [{ key: 'supporters', label: '法定义务人', children: <LegalSupportersTab ctx={ctx} /> }] : []),
    ...(h.authorisations
      ? [
          {
            key: 'authorisations',
            label: h.authorisations.some((a) => a.valid) ? '核对授权书' : '核对授权书（无有效）',
            children: <AuthorisationsTab ctx={ctx} />,
          },
        ]
      : []),
    { key: 'benefits', label: `救助记录（${h.benefits.length}）`, children: <BenefitsByDepartment benefits={h.benefits} /> },
    ...(h.tierHistory ? [{ key: 'tiers', label: '层级变化', children: <TierHistoryTimeline changes={h.tierHistory} /> }] : []),
    ...(h.events ? [{ key: 'events', label: '变更记录', children: <EventsTable events={h.events} /> }] : []),
    ...(full ? [{ key: 'screening', label: '救助筛查', children: <ScreeningTab ctx={ctx} /> }] : []),
    ...(full && can('HOUSEHOLD_PROPOSE') ? [{ key: 'help', label: '变更与帮扶', children: <HouseholdHelpTab ctx={ctx} /> }] : []),
  ];

  return (
    <PageContainer
      title={h.headName ? `家庭详情：${h.headName}户` : `家庭详情：${h.address ?? villageAndGroup(h)}`}
      extra={
        <Space wrap>
          {ctx.canWrite && <HouseholdActions ctx={ctx} />}
          {back}
        </Space>
      }
    >
      {!full && <Alert type="info" showIcon title={SHARED_NOTICE} data-testid="shared-notice" />}
      {h.status !== 'ACTIVE' && <Alert type="warning" showIcon title="该户已注销（已合并或成员均已迁出、死亡），仅供查阅。" />}
      <ContentCard>
        <HouseholdHeader ctx={ctx} />
      </ContentCard>
      <ContentCard>
        <Tabs items={tabs} style={{ marginTop: -12 }} />
      </ContentCard>
    </PageContainer>
  );
}
