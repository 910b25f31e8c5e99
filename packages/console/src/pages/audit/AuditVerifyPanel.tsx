import { Alert, Button } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useLazyQuery } from '@apollo/client/react';
import { AUDIT_VERIFY } from './audit.graphql';
import { enumLabel } from '../../utils/enums';

/** 校验日志链: re-walks the hash chain on the server and reports the first bad row. */
export function useAuditVerify() {
  const [verify, { data, loading }] = useLazyQuery(AUDIT_VERIFY, { fetchPolicy: 'network-only' });
  const button = (
    <Button icon={<SafetyCertificateOutlined />} loading={loading} onClick={() => void verify().catch(() => undefined)}>
      校验日志链
    </Button>
  );
  const r = data?.auditVerify;
  const result = r ? (
    r.ok ? (
      <Alert type="success" showIcon title={`日志链完整，共校验 ${r.checked} 条`} closable data-testid="audit-verify-result" />
    ) : (
      <Alert
        type="error"
        showIcon
        closable
        data-testid="audit-verify-result"
        title={`日志链校验失败：序号 ${r.firstBadPos ?? '—'} 处${r.problem ? enumLabel('AuditChainProblem', r.problem) : '异常'}`}
        description={`${r.message}（已校验 ${r.checked} 条）。请立即报告安全管理员，并保全数据库现场。`}
      />
    )
  ) : null;
  return { button, result };
}
