import { Form, Input, Typography } from 'antd';
import { FormModal } from '../../components/FormModal';
import { AREA_LEVEL_NAMES, checkChildAreaCode, childCodePattern } from '../../utils/area-code';
import type { Area } from './AreaTree';

export interface AreaFormValues {
  code: string;
  name: string;
}

/** 新增下级区划 (with `parent`) or 编辑 (with `area`: only the name changes). */
export function AreaFormModal(props: {
  open: boolean;
  parent?: Area;
  area?: Area;
  onCancel: () => void;
  onSubmit: (values: AreaFormValues) => Promise<unknown>;
}) {
  const { parent, area } = props;
  const editing = !!area;
  const childLevelName = parent ? AREA_LEVEL_NAMES[parent.level + 1] : undefined;
  return (
    <FormModal<AreaFormValues>
      open={props.open}
      title={editing ? '编辑区划' : `新增下级区划${childLevelName ? `（${childLevelName}）` : ''}`}
      initialValues={area ? { code: area.code, name: area.name } : parent ? { code: childCodePattern(parent).split('_')[0] } : undefined}
      onCancel={props.onCancel}
      onSubmit={props.onSubmit}
    >
      {parent && !editing && (
        <Typography.Paragraph type="secondary">
          上级区划：{parent.name}（{parent.code}）
        </Typography.Paragraph>
      )}
      <Form.Item
        name="code"
        label="区划代码"
        extra={editing ? '区划代码创建后不可修改' : '12 位统计用区划代码'}
        rules={[
          { required: true, message: '请输入区划代码' },
          {
            validator: (_, v: string | undefined) => {
              if (editing || !v || !parent) return Promise.resolve();
              const problem = checkChildAreaCode(parent, v);
              return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
            },
          },
        ]}
      >
        <Input
          disabled={editing}
          maxLength={12}
          inputMode="numeric"
          placeholder={parent ? childCodePattern(parent).replace(/_/g, '·') : undefined}
          style={{ fontFamily: 'monospace' }}
        />
      </Form.Item>
      <Form.Item
        name="name"
        label="区划名称"
        rules={[
          { required: true, whitespace: true, message: '请输入区划名称' },
          { max: 50, message: '名称不超过 50 个字' },
        ]}
      >
        <Input placeholder="如：某某街道、某某社区" />
      </Form.Item>
    </FormModal>
  );
}
