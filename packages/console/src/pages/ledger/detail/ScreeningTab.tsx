import { useState } from 'react';
import { Alert, Button, DatePicker, Flex, Form, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useLazyQuery } from '@apollo/client/react';
import { SILENT } from '../../../apollo';
import { ScreeningResults } from '../../../components/screening/ScreeningResults';
import { SCREEN_HOUSEHOLD } from '../../../components/screening/screening.graphql';
import { errorText } from '../../../utils/errors';
import type { DetailContext } from './types';

/** 救助筛查: evaluates every program against the household's ledger facts as of a date. */
export function ScreeningTab({ ctx }: { ctx: DetailContext }) {
  const [asOf, setAsOf] = useState<Dayjs>(() => dayjs());
  const [screen, { data, loading, error, called }] = useLazyQuery(SCREEN_HOUSEHOLD, { fetchPolicy: 'network-only' });
  const rows = data?.screenHousehold ?? [];

  const run = () => void screen({ variables: { householdId: ctx.household.id, asOf: asOf.format('YYYY-MM-DD') }, context: SILENT }).catch(() => undefined);

  return (
    <Flex vertical gap={12}>
      <Flex gap={12} align="center" wrap>
        <Form.Item label="筛查日期" style={{ margin: 0 }}>
          <DatePicker value={asOf} allowClear={false} onChange={(d) => d && setAsOf(d)} />
        </Form.Item>
        <Button type="primary" icon={<SearchOutlined />} loading={loading} onClick={run} data-testid="screen-household">
          筛查
        </Button>
        <Typography.Text type="secondary">按台账现有信息逐项判断，结果仅供参考，以主管部门审核为准。</Typography.Text>
      </Flex>
      {error && <Alert type="error" showIcon title={errorText(error)} />}
      {called && <ScreeningResults rows={rows} loading={loading} />}
    </Flex>
  );
}
