import { Button, Tabs } from 'antd';
import { ExportOutlined } from '@ant-design/icons';
import { useCan, useCurrentUser } from '../../auth/CurrentUserContext';
import { ContentCard, PageContainer } from '../../components/PageContainer';
import { FaqsTab } from './FaqsTab';
import { MessagesTab } from './MessagesTab';
import { NoticesTab } from './NoticesTab';
import { PlainTextsTab } from './PlainTextsTab';
import { WindowsTab } from './WindowsTab';

/**
 * 门户内容: what the public portal (便民服务) shows besides 公示 — the 受理窗口 (system administrator: every window; town
 * window staff: their own town), the 政策说明 of every program (the owner department edits its programs' texts) and the
 * 常见问题 and 通知公告 (kept by the district), and the 留言 of the reader's area (reply, publish, block).
 */
export default function PortalContentPage() {
  const can = useCan();
  const me = useCurrentUser();
  const items = [
    ...(can('PORTAL_MANAGE') ? [{ key: 'windows', label: '受理窗口', children: <WindowsTab /> }] : []),
    { key: 'policies', label: '政策说明', children: <PlainTextsTab /> },
    // 常见问题 are kept by the district (a town window holds PORTAL_MANAGE for its own window only)
    ...(can('PORTAL_MANAGE') && me.areaLevel === 1 ? [{ key: 'faqs', label: '常见问题', children: <FaqsTab /> }] : []),
    // 通知公告 are kept by the district too (like 常见问题)
    ...(can('PORTAL_MANAGE') && me.areaLevel === 1 ? [{ key: 'notices', label: '通知公告', children: <NoticesTab /> }] : []),
    // 留言: the messages of the reader's area (town windows: their town; district officers: every town)
    ...(can('PORTAL_MESSAGE_REPLY') ? [{ key: 'messages', label: '留言', children: <MessagesTab /> }] : []),
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
