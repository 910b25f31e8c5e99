import { Button, Tabs } from 'antd';
import { ExportOutlined } from '@ant-design/icons';
import { useCan } from '../../auth/CurrentUserContext';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import { PlainTextsTab } from './PlainTextsTab';
import { WindowsTab } from './WindowsTab';

/**
 * 门户内容: what the public portal (便民服务) shows besides 公示 — the 受理窗口 (system administrator: every window; town
 * window staff: their own town) and the 政策说明 of every program (the owner department edits its programs' texts).
 */
export default function PortalContentPage() {
  const can = useCan();
  const items = [
    ...(can('PORTAL_MANAGE') ? [{ key: 'windows', label: '受理窗口', children: <WindowsTab /> }] : []),
    { key: 'policies', label: '政策说明', children: <PlainTextsTab /> },
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
