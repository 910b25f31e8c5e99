import { Tag, Timeline, Typography } from 'antd';
import type { ListedProgram } from './amend-form';

/** 材料与时限的版本时间线: newest first, then the catalogue's own definition. */
export function ProgramVersions({ program, asOf }: { program: ListedProgram; asOf: string }) {
  const versions = [...program.versions].reverse();
  return (
    <Timeline
      data-testid="program-versions"
      items={[
        ...versions.map((v) => ({
          color: v.inForce ? 'gray' : 'blue',
          content: (
            <div>
              <Typography.Text strong>{v.effectiveFrom}</Typography.Text> 起
              {!v.inForce && (
                <Tag color="blue" style={{ marginInlineStart: 8 }}>
                  {asOf} 尚未生效
                </Tag>
              )}
              <ul style={{ margin: '4px 0', paddingInlineStart: 20 }}>
                {v.changes.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
              <Typography.Text type="secondary">
                依据：{v.legalRef}　理由：{v.reason}　{v.department ?? ''}
                {v.recordedBy}
              </Typography.Text>
            </div>
          ),
        })),
        { color: 'gray', content: <Typography.Text type="secondary">目录初始版本</Typography.Text> },
      ]}
    />
  );
}
