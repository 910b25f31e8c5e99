import { Alert, App, Button, Col, Empty, Flex, Row, Space, Typography } from 'antd';
import { CalculatorOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { SILENT } from '../../apollo';
import { formatDateTime } from '../../utils/datetime';
import { errorText } from '../../utils/errors';
import { AssetsView, FindingList, IncomeView, ProgramOutcomes } from './figures';
import type { TabProps } from './types';
import { COMPUTE_VERIFICATION } from './verification.graphql';
import { ConclusionTag } from './verification-ui';

const PROPOSED_ALERT: Record<string, 'success' | 'error' | 'warning'> = { ELIGIBLE_RANGE: 'success', INELIGIBLE: 'error', NEEDS_REVIEW: 'warning' };

/** 核算: income, assets, 疑点 and the programs' outcomes of the last computation, the proposed conclusion; 重新核算. */
export function ComputationTab({ v, editable, reload }: TabProps) {
  const { message } = App.useApp();
  const [compute, { loading }] = useMutation(COMPUTE_VERIFICATION, { context: SILENT });
  const c = v.computation;
  // dataset → 数据来源, from the latest 信息比对 (the vehicles' source)
  const sourceNames = Object.fromEntries(v.records.flatMap((r) => r.dataMatch?.sources ?? []).map((s) => [s.dataset, s.name]));

  const run = async () => {
    try {
      await compute({ variables: { id: v.id } });
      void message.success('核算完成');
      await reload();
    } catch (e) {
      void message.error(errorText(e));
    }
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary" style={{ maxWidth: 860 }}>
          以台账和信息比对发现的收入、车辆、房产、工商等记录，按现行救助标准（与救助筛查相同的参数）核算家庭人均收入和财产，给出建议结论。
          {c ? ` 上次核算：${formatDateTime(c.computedAt)}。` : ''}
        </Typography.Text>
        {editable && (
          <Button type="primary" icon={<CalculatorOutlined />} loading={loading} onClick={() => void run()}>
            {c ? '重新核算' : '核算'}
          </Button>
        )}
      </Flex>
      {!c ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={editable ? '尚未核算：先运行信息比对，再点击“核算”' : '尚未核算'} />
      ) : (
        <>
          <Alert
            type={PROPOSED_ALERT[c.proposedConclusion] ?? 'info'}
            showIcon
            title={
              <Space size={8} wrap>
                <span>建议结论</span>
                <ConclusionTag conclusion={c.proposedConclusion} />
              </Space>
            }
            description={c.proposedReason}
            data-testid="proposed-conclusion"
          />
          {c.evidenceLines.length > 0 && (
            <section aria-label="信息比对补充的事实">
              <Typography.Title level={5}>信息比对补充的事实（已计入核算）</Typography.Title>
              <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="evidence-lines">
                {c.evidenceLines.map((l, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: lines of a frozen computation
                  <li key={i}>{l}</li>
                ))}
              </ul>
            </section>
          )}
          {c.missing.length > 0 && <Alert type="warning" showIcon title={`信息不足：${c.missing.join('、')}`} />}
          <section aria-label="家庭收入">
            <Typography.Title level={5}>家庭收入（核算日 {c.asOf}）</Typography.Title>
            <IncomeView income={c.income} />
          </section>
          <section aria-label="家庭财产">
            <Typography.Title level={5}>家庭财产</Typography.Title>
            <AssetsView assets={c.assets} sourceNames={sourceNames} />
          </section>
          <Row gutter={16}>
            <Col span={14}>
              <section aria-label="各救助事项核算结果">
                <Typography.Title level={5}>各救助事项核算结果</Typography.Title>
                <ProgramOutcomes programs={c.programs} />
              </section>
            </Col>
            <Col span={10}>
              <section aria-label="疑点">
                <Typography.Title level={5}>疑点（{c.findings.length}）</Typography.Title>
                <FindingList findings={c.findings} />
              </section>
            </Col>
          </Row>
        </>
      )}
    </Flex>
  );
}
