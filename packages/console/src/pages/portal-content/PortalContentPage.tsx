import { Button, Tabs } from 'antd';
import { ExportOutlined } from '@ant-design/icons';
import { useCan, useCurrentUser } from '../../auth/CurrentUserContext';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import { FaqsTab } from './FaqsTab';
import { PlainTextsTab } from './PlainTextsTab';
import { WindowsTab } from './WindowsTab';

/**
 * 门户内容: what the public portal (便民服务) shows besides 公示 — the 受理窗口 (system administrator: every window; town
 * window staff: their own town), the 政策说明 of every program (the owner department edits its programs' texts) and the
 * 常见问题 (kept by the district).
 */
export default function PortalContentPage() {
  const can = useCan();
  const me = useCurrentUser();
  const items = [
    ...(can('PORTAL_MANAGE') ? [{ key: 'windows', label: '受理窗口', children: <WindowsTab /> }] : []),
    { key: 'policies', label: '政策说明', children: <PlainTextsTab /> },
    // 常见问题 are kept by the district (a town window holds PORTAL_MANAGE for its own window only)
    ...(can('PORTAL_MANAGE') && me.areaLevel === 1 ? [{ key: 'faqs', label: '常见问题', children: <FaqsTab /> }] : []),
  ];
  return (
    <PageContainer
      title="门户内容"
      extra={
        <Button href="/portal/" target="_blank" rel="noopener" icon={<ExportOutlined />}>
          打开便民服务门户
        </Button>
      }
    >
      <ContentCard>
        <Tabs items={items} />
      </ContentCard>
    </PageContainer>
  );
}
