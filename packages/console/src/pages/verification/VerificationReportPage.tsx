import { Alert, App, Button, Flex, Result, Space, Spin, Tag } from 'antd';
import { ArrowLeftOutlined, DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router-dom';
import { SILENT } from '../../apollo';
import { downloadFile } from '../../components/download';
import { errorText } from '../../utils/errors';
import { ReportContent } from './ReportContent';
import styles from './report.module.css';
import { VERIFICATION_REPORT } from './verification.graphql';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** 核查报告 preview: the frozen content as a sheet, 打印 (print stylesheet) and 下载 PDF. */
export default function VerificationReportPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const wellFormed = UUID.test(id);
  const { data, error } = useQuery(VERIFICATION_REPORT, { variables: { id }, skip: !wellFormed, fetchPolicy: 'cache-and-network', context: SILENT });
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)}>
      返回
    </Button>
  );
  const r = data?.verificationReport;
  if (!r) {
    if (error || !wellFormed) return <Result status="404" title="无法打开该核查报告" subTitle={error ? errorText(error) : '报告不存在'} extra={back} />;
    return (
      <Flex justify="center" style={{ padding: 80 }}>
        <Spin />
      </Flex>
    );
  }

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8} className={styles.noPrint}>
        <Space size={8} wrap>
          <h1 style={{ fontSize: 20, margin: 0, fontWeight: 600 }}>核查报告 {r.no}</h1>
          {r.expired ? <Tag color="red">报告已过期</Tag> : r.valid ? <Tag color="green">有效</Tag> : <Tag>已被新版本替代</Tag>}
        </Space>
        <Space wrap>
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            打印
          </Button>
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            onClick={() => downloadFile(`/api/verification-reports/${r.id}.pdf`, `核查报告-${r.no}.pdf`).catch((e: Error) => void message.error(e.message))}
          >
            下载 PDF
          </Button>
          {back}
        </Space>
      </Flex>
      {r.expired && (
        <Alert className={styles.noPrint} type="warning" showIcon title={`该报告已于 ${r.validUntil} 过期，不能再作为办理依据；如需使用请重新核查。`} />
      )}
      <ReportContent report={r} />
    </Flex>
  );
}
