import { Col, Form, Input, Radio, Row } from 'antd';
import { enumOptions } from '../../../utils/enums';
import { AreaCascader } from '../../../components/AreaCascader';
import { areaLevelOf } from '../../../utils/area-code';
import { phoneRule } from './values';

const villageRules = [
  { required: true, message: '请选择所属村（社区）' },
  {
    validator: (_: unknown, code?: string) => (!code || areaLevelOf(code) === 3 ? Promise.resolve() : Promise.reject(new Error('家庭须登记到村（社区）一级'))),
  },
];

/** 所属村社: only village-level areas can be picked. */
export function VillageField({ span = 12, label = '所属村社' }: { span?: number; label?: string }) {
  return (
    <Col span={span}>
      <Form.Item name="areaCode" label={label} rules={villageRules}>
        <AreaCascader changeOnSelect={false} placeholder="请选择村（社区）" />
      </Form.Item>
    </Col>
  );
}

/**
 * 所属村社、组、详细地址、城乡类别、联系电话 — shared by 一表登记, 编辑家庭信息 and 分户.
 * `currentPhone` (masked) turns the phone into "leave empty to keep".
 */
export function HouseholdFields(props: { span?: number; currentPhone?: string | null; addressLabel?: string }) {
  const span = props.span ?? 12;
  const keepPhone = props.currentPhone !== undefined;
  return (
    <Row gutter={16}>
      <VillageField span={span} />
      <Col span={span}>
        <Form.Item name="groupNo" label="组" rules={[{ max: 20, message: '组不能超过 20 个字' }]}>
          <Input placeholder="如：3" />
        </Form.Item>
      </Col>
      <Col span={span}>
        <Form.Item name="residenceType" label="城乡类别" rules={[{ required: true, message: '请选择城乡类别' }]}>
          <Radio.Group options={enumOptions('ResidenceType')} optionType="button" />
        </Form.Item>
      </Col>
      <Col span={Math.min(span * 2, 24)}>
        <Form.Item
          name="address"
          label={props.addressLabel ?? '详细地址'}
          rules={[
            { required: true, whitespace: true, message: '请填写详细地址' },
            { max: 200, message: '详细地址不能超过 200 个字' },
          ]}
        >
          <Input placeholder="镇街、村社、组、门牌号" />
        </Form.Item>
      </Col>
      <Col span={span}>
        <Form.Item
          name="phone"
          label="联系电话"
          rules={[phoneRule]}
          extra={keepPhone ? (props.currentPhone ? `当前 ${props.currentPhone}，留空则不修改` : '未登记') : undefined}
        >
          <Input placeholder={keepPhone ? '留空则不修改' : '手机号码或带区号的固定电话'} autoComplete="off" />
        </Form.Item>
      </Col>
    </Row>
  );
}
