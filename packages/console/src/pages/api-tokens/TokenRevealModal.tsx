import { Alert, Button, Modal, Typography } from 'antd';

/**
 * Shows a newly created secret once (a token; a webhook's signing key); the server keeps only its hash or sealed copy.
 * `title`, `warning` and `testId` default to the token's texts.
 */
export function TokenRevealModal({
  token,
  name,
  onClose,
  title = `令牌已创建${name ? `：${name}` : ''}`,
  warning = { title: '令牌只显示这一次', description: '关闭本窗口后无法再次查看。请立即复制并交给对接系统的管理人员妥善保管；如有泄露，请立即吊销。' },
  testId = 'api-token-value',
}: {
  token?: string;
  name?: string;
  onClose: () => void;
  title?: string;
  warning?: { title: string; description: string };
  testId?: string;
}) {
  return (
    <Modal
      open={!!token}
      title={title}
      closable={false}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose}>
          我已妥善保存
        </Button>
      }
    >
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={warning.title} description={warning.description} />
      <Typography.Paragraph copyable={{ text: token, tooltips: ['复制', '已复制'] }} code data-testid={testId} style={{ wordBreak: 'break-all', fontSize: 13 }}>
        {token}
      </Typography.Paragraph>
    </Modal>
  );
}
