import type { ReactNode } from 'react';
import { Card, Flex, Typography } from 'antd';

/** Page title row plus a card body, like Ant Design Pro's PageContainer. */
export function PageContainer(props: { title: string; extra?: ReactNode; children: ReactNode }) {
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {props.title}
        </Typography.Title>
        {props.extra}
      </Flex>
      {props.children}
    </Flex>
  );
}

export function ContentCard({ children, title, extra }: { children: ReactNode; title?: ReactNode; extra?: ReactNode }) {
  return (
    <Card title={title} extra={extra} variant="borderless" styles={{ body: { padding: 20 } }}>
      {children}
    </Card>
  );
}
