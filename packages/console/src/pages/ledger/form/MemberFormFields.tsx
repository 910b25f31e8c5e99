import { Col, Collapse, Form, Input, Row, Select } from 'antd';
import { enumOptions } from '../../../utils/enums';
import { IdNumberField } from './IdNumberField';
import { nameRules, phoneRule } from './values';

type NamePath = (string | number)[];

export const MEMBER_RELATION_OPTIONS = enumOptions('MemberRelation', ['HEAD']);
const DISABILITY_GRADES = [1, 2, 3, 4].map((g) => ({ value: g, label: `${g} 级` }));

export interface MemberFormFieldsProps {
  /** 'create' and 'add' ask for the ID number (live-checked); 'edit' keeps it and the phone masked. */
  mode: 'create' | 'add' | 'edit';
  /** Row of a Form.List (`members`), or undefined for a form holding one member. */
  listIndex?: number;
  /** The head's relation is fixed (户主). */
  isHead?: boolean;
  /** Masked phone on record (edit). */
  currentPhone?: string | null;
  /** Wide page (4 columns) or modal (2 columns). */
  wide?: boolean;
  otherIds?: () => string[];
}

/**
 * One member's fields — 姓名, 身份证号, 与户主关系, 联系电话 and a collapsible 详细情况 —
 * shared by 一表登记 (a Form.List row), 增加成员 and 编辑成员.
 */
export function MemberFormFields(props: MemberFormFieldsProps) {
  const { mode, listIndex, isHead, wide } = props;
  const n = (field: string): NamePath => (listIndex === undefined ? [field] : [listIndex, field]);
  const full = (field: string): NamePath => (listIndex === undefined ? [field] : ['members', listIndex, field]);
  const span = wide ? 6 : 12;

  return (
    <>
      <Row gutter={16}>
        <Col span={span}>
          <Form.Item name={n('name')} label="姓名" rules={nameRules}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        {mode !== 'edit' && (
          <Col span={wide ? 8 : 12}>
            <IdNumberField name={n('idNumber')} path={full('idNumber')} otherIds={props.otherIds} />
          </Col>
        )}
        {!isHead && (
          <Col span={wide ? 4 : 12}>
            <Form.Item name={n('relation')} label="与户主关系" rules={[{ required: true, message: '请选择与户主关系' }]}>
              <Select options={MEMBER_RELATION_OPTIONS} placeholder="请选择" />
            </Form.Item>
          </Col>
        )}
        {isHead && mode !== 'edit' && (
          <Col span={wide ? 4 : 12}>
            <Form.Item name={n('relation')} label="与户主关系">
              <Select options={enumOptions('MemberRelation')} disabled />
            </Form.Item>
          </Col>
        )}
        <Col span={span}>
          <Form.Item
            name={n('phone')}
            label="联系电话"
            rules={[phoneRule]}
            extra={mode === 'edit' ? (props.currentPhone ? `当前 ${props.currentPhone}，留空则不修改` : '未登记') : undefined}
          >
            <Input autoComplete="off" placeholder={mode === 'edit' ? '留空则不修改' : '选填'} />
          </Form.Item>
        </Col>
      </Row>
      <Collapse
        ghost
        size="small"
        defaultActiveKey={mode === 'edit' ? ['facts'] : []}
        items={[
          {
            key: 'facts',
            label: '详细情况（劳动能力、残疾、重病、在学、就业、特殊状态）',
            forceRender: true,
            children: <FactsFields name={n} full={full} span={wide ? 6 : 8} />,
          },
        ]}
        style={{ marginTop: -8 }}
      />
    </>
  );
}

/** `name` is relative to the Form.List row; `full` is the path from the form root (rules, dependencies). */
function FactsFields({ name, full, span }: { name: (field: string) => NamePath; full: (field: string) => NamePath; span: number }) {
  return (
    <Row gutter={16}>
      <Col span={span}>
        <Form.Item name={name('labourCapacity')} label="劳动能力">
          <Select allowClear options={enumOptions('LabourCapacity')} placeholder="请选择" />
        </Form.Item>
      </Col>
      <Col span={span}>
        <Form.Item name={name('employmentStatus')} label="就业状态">
          <Select allowClear options={enumOptions('EmploymentStatus')} placeholder="请选择" />
        </Form.Item>
      </Col>
      <Col span={span}>
        <Form.Item name={name('schoolStatus')} label="在学状态">
          <Select allowClear options={enumOptions('SchoolStatus')} placeholder="请选择" />
        </Form.Item>
      </Col>
      <Col span={span}>
        <Form.Item name={name('statuses')} label="特殊状态">
          <Select mode="multiple" allowClear options={enumOptions('SpecialStatus', ['DECEASED'])} placeholder="无" />
        </Form.Item>
      </Col>
      <Col span={span}>
        <Form.Item name={name('disabilityType')} label="残疾类别">
          <Select allowClear options={enumOptions('DisabilityType')} placeholder="无" />
        </Form.Item>
      </Col>
      <Col span={span}>
        <Form.Item
          name={name('disabilityGrade')}
          label="残疾等级"
          dependencies={[full('disabilityType')]}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, grade?: number) =>
                getFieldValue(full('disabilityType')) && !grade ? Promise.reject(new Error('请选择残疾等级')) : Promise.resolve(),
            }),
          ]}
        >
          <Select allowClear options={DISABILITY_GRADES} placeholder="—" />
        </Form.Item>
      </Col>
      <Col span={span}>
        <Form.Item name={name('disabilityCert')} label="残疾证号" rules={[{ max: 40, message: '残疾证号不能超过 40 个字' }]}>
          <Input autoComplete="off" />
        </Form.Item>
      </Col>
      <Col span={span}>
        <Form.Item name={name('seriousIllness')} label="重病情况" rules={[{ max: 100, message: '重病情况不能超过 100 个字' }]}>
          <Input placeholder="如：尿毒症，无则不填" />
        </Form.Item>
      </Col>
    </Row>
  );
}
