import { Alert, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { VerificationReportFieldsFragment } from '../../gql/graphql';
import { formatDate } from '../../utils/datetime';
import { ConclusionTag } from './verification-ui';

/**
 * A 核查报告 at a glance (the referral's card): number with the preview link, version, issue date, validity —
 * 报告已过期 in red (text, not only colour) when expired —, the conclusion, and whether departments may rely on it.
 */
export function ReportSummary({ report }: { report: VerificationReportFieldsFragment }) {
  return (
    <Flex vertical gap={12}>
      <Descriptions
        size="small"
        column={2}
        items={[
          { key: 'no', label: '报告编号', children: <Link to={`/verification-reports/${report.id}`}>{report.no}</Link> },
          { key: 'version', label: '版本', children: `第 ${report.version} 版` },
          { key: 'issued', label: '出具日期', children: formatDate(report.issuedAt) },
          {
            key: 'valid',
            label: '有效期至',
            children: (
              <Space size={6} wrap>
                <span>{report.validUntil}</span>
                {report.expired && (
                  <Tag color="red" style={{ marginInlineEnd: 0 }}>
                    报告已过期
                  </Tag>
                )}
                {report.superseded && !report.expired && <Tag style={{ marginInlineEnd: 0 }}>已有新版本</Tag>}
              </Space>
            ),
          },
          { key: 'conclusion', label: '核查结论', span: 2, children: <ConclusionTag conclusion={report.conclusion} /> },
        ]}
      />
      {report.expired ? (
        <Alert type="warning" showIcon title="报告已过期，不能作为办理依据；请申请重新核查。" />
      ) : report.superseded ? (
        <Alert type="info" showIcon title="该户已出具新版本的核查报告，请以新版本为准。" />
      ) : (
        <Typography.Text type="secondary">各部门互认本报告：报告已覆盖的收入、财产等证明材料无需申请人再次提供。</Typography.Text>
      )}
    </Flex>
  );
}
