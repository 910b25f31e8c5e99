import { Alert, Space, Table } from 'antd';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { ExportButton } from '../../components/ExportButton';
import type { ConsultationTaskFieldsFragment } from '../../gql/graphql';
import { CONSULTATION_TASKS } from './consultation.graphql';
import { taskColumns } from './task-ui';

type Task = ConsultationTaskFieldsFragment;

/**
 * 督办看板 · 会商任务超期: follow-up tasks of joint meetings past their deadline (working days, as referral clocks), in
 * the viewer's area — a department's users see their department's. Its own query, loaded when the tab opens.
 */
export function OverdueConsultationTab() {
  const { data, loading } = useQuery(CONSULTATION_TASKS, { variables: { overdue: true, page: 1, pageSize: 100 }, fetchPolicy: 'cache-and-network' });
  const total = data?.consultationTasks.total ?? 0;
  return (
    <>
      {data && (
        <Alert
          style={{ marginBottom: 12 }}
          type={total ? 'error' : 'success'}
          showIcon
          title={total ? `超期未完成的会商任务 ${total} 项` : '没有超期的会商任务'}
          action={
            <Space>
              {/* The tab is 会商任务 filtered to the overdue ones: that list's export with the same filter. */}
              <ExportButton list="CONSULTATION_TASKS" filter={{ overdue: true }} />
              <Link to="/consultation">个案会商</Link>
            </Space>
          }
        />
      )}
      <Table<Task>
        rowKey="id"
        size="small"
        loading={loading && !data}
        pagination={false}
        dataSource={data?.consultationTasks.items ?? []}
        columns={taskColumns()}
      />
    </>
  );
}
