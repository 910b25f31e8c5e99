import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { request } from '../../api';
import { TownVillageSelect, useFieldErrors } from '../../components/Fields';
import styles from '../../components/Form.module.css';
import { LoadError, StateNote } from '../../components/LoadState';
import { PageFrame } from '../../components/PageFrame';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { digitsOf, MOBILE, PhoneVerify, type PhoneErrors } from '../../components/PhoneVerify';
import { graphql } from '../../gql';
import type { PortalReportDataQuery } from '../../gql/graphql';
import { useRequest } from '../../useRequest';
import page from '../apply/Apply.module.css';

const REPORT_DATA = graphql(`
  query PortalReportData {
    portalTowns {
      code
      name
      villages {
        code
        name
      }
    }
    portalInfo {
      hotline
    }
  }
`);

const SUBMIT = graphql(`
  mutation SubmitCitizenReport($input: CitizenReportInput!) {
    submitCitizenReport(input: $input) {
      queryNo
      phoneMasked
      areaName
    }
  }
`);

type Field = 'reporterName' | 'relation' | 'name' | 'personPhone' | 'town' | 'areaCode' | 'address' | 'description';
type Errors = Partial<Record<Field, string>> & PhoneErrors;
type Receipt = { queryNo: string; phoneMasked: string; areaName: string };

const DESCRIPTION_MAX = 1000;

/**
 * 我要报告困难群众 (/baogao): anyone who knows of a person in hardship tells the window — who, where, what they saw,
 * whether it is urgent — with their own phone verified by an SMS code. It goes to the person's village window as a
 * 预申请 (群众报告); the window visits and, where help is needed, takes the application. With the 查询号 and the same
 * phone, 办理进度查询 tells the reporter only whether the window has acted.
 */
export default function ReportPage() {
  const { data, error, reload } = useRequest(REPORT_DATA, {});
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  return (
    <PageFrame title="报告困难群众" intro="发现身边有人生活困难、无人照顾，请告诉我们。村（社区）工作人员会上门了解，需要帮助的帮他申请救助。">
      {error && <LoadError message={error} onRetry={reload} />}
      {!data && !error && <StateNote>正在加载……</StateNote>}
      {data && !receipt && <ReportForm data={data} onDone={setReceipt} />}
      {receipt && <Reported receipt={receipt} hotline={data?.portalInfo.hotline ?? null} />}
    </PageFrame>
  );
}

function ReportForm({ data, onDone }: { data: PortalReportDataQuery; onDone: (r: Receipt) => void }) {
  const id = useId();
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [reporterName, setReporterName] = useState('');
  const [relation, setRelation] = useState('');
  const [name, setName] = useState('');
  const [personPhone, setPersonPhone] = useState('');
  const [town, setTown] = useState('');
  const [village, setVillage] = useState('');
  const [address, setAddress] = useState('');
  const [description, setDescription] = useState('');
  const [urgent, setUrgent] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const { sending, submit: checkedSubmit } = useCheckedSubmit<Errors>(setErrors, { fallback: 'code' });
  const fields = useFieldErrors<keyof Errors>(errors);
  const { err, invalid } = fields;
  /** A field's message goes as soon as the field is changed. */
  const edit = (f: Field, set: (v: string) => void) => (v: string) => {
    set(v);
    setErrors((x) => (x[f] ? { ...x, [f]: undefined } : x));
  };

  const check = (): Errors => {
    const e: Errors = {};
    if (!MOBILE.test(digitsOf(phone))) e.phone = '请输入正确的 11 位手机号码';
    if (!/^\d{6}$/.test(code.trim())) e.code = '请输入收到的 6 位短信验证码';
    if (!name.trim()) e.name = '请填写困难群众的姓名（不知道全名可写姓氏，如“王大爷”）';
    if (personPhone.trim() && !MOBILE.test(digitsOf(personPhone))) e.personPhone = '请输入正确的 11 位手机号码，不知道可以不填';
    if (!town) e.town = '请选择所在镇（街道）';
    else if (!village) e.areaCode = '请选择所在村（社区）';
    if (!address.trim()) e.address = '请填写住址或常在的地方';
    if (!description.trim()) e.description = '请说明看到的困难情况';
    return e;
  };

  const submit = () =>
    checkedSubmit(check(), async () => {
      const r = await request(SUBMIT, {
        input: {
          phone: digitsOf(phone),
          code: code.trim(),
          reporterName: reporterName.trim() || null,
          relation: relation.trim() || null,
          name: name.trim(),
          personPhone: personPhone.trim() ? digitsOf(personPhone) : null,
          areaCode: village,
          address: address.trim(),
          description: description.trim(),
          urgent,
        },
      });
      onDone(r.submitCitizenReport);
      window.scrollTo(0, 0);
    });

  const text = (f: Field, label: string, value: string, set: (v: string) => void, max: number, extra: Record<string, string> = {}) => (
    <div className={styles.field}>
      <label htmlFor={`${id}-${f}`}>{label}</label>
      <input
        id={`${id}-${f}`}
        className={styles.input}
        maxLength={max}
        value={value}
        onChange={(e) => edit(f, set)(e.target.value)}
        {...extra}
        {...invalid(f)}
      />
      {err(f)}
    </div>
  );

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <section className={styles.section} aria-labelledby={`${id}-s1`}>
        <h2 id={`${id}-s1`} className={styles.sectionTitle}>
          1. 您的联系方式
        </h2>
        <p className={styles.note}>工作人员可能需要向您了解情况。您的信息只用于核实，不会告诉当事人。</p>
        <PhoneVerify
          purpose="REPORT"
          phone={phone}
          onPhone={setPhone}
          code={code}
          onCode={setCode}
          errors={errors}
          onErrors={(e) => setErrors((x) => ({ ...x, ...e }))}
        />
        {text('reporterName', '您的称呼（可不填）', reporterName, setReporterName, 50, { autoComplete: 'name' })}
        {text('relation', '您和他（她）的关系（可不填，如 邻居、亲属）', relation, setRelation, 20)}
      </section>

      <section className={styles.section} aria-labelledby={`${id}-s2`}>
        <h2 id={`${id}-s2`} className={styles.sectionTitle}>
          2. 需要帮助的人
        </h2>
        {text('name', '姓名或称呼', name, setName, 50, { autoComplete: 'off' })}
        {text('personPhone', '他（她）的电话（知道时填写）', personPhone, setPersonPhone, 20, { inputMode: 'tel', autoComplete: 'off' })}
        <TownVillageSelect
          towns={data.portalTowns}
          town={town}
          village={village}
          onTown={edit('town', setTown)}
          onVillage={edit('areaCode', setVillage)}
          fields={fields}
        />
        {text('address', '住址或常在的地方', address, setAddress, 200)}
      </section>

      <section className={styles.section} aria-labelledby={`${id}-s3`}>
        <h2 id={`${id}-s3`} className={styles.sectionTitle}>
          3. 看到的困难情况
        </h2>
        <div className={styles.field}>
          <label htmlFor={`${id}-desc`}>请简要说明（如独居无人照顾、生病、残疾、没有收入、遭遇意外等）</label>
          <textarea
            id={`${id}-desc`}
            className={styles.textarea}
            rows={5}
            maxLength={DESCRIPTION_MAX}
            value={description}
            onChange={(e) => edit('description', setDescription)(e.target.value)}
            {...invalid('description')}
          />
          <span className={styles.count}>
            {[...description].length}/{DESCRIPTION_MAX}
          </span>
          {err('description')}
        </div>
        <label className={styles.check}>
          <input type="checkbox" checked={urgent} onChange={(e) => setUrgent(e.target.checked)} />
          <span className={styles.checkText}>
            <span>情况紧急，需要尽快帮助</span>
            <span className={styles.checkHint}>如突发重病、意外伤害、断粮断炊等，窗口会优先处理（绿色通道）；有生命危险请立即拨打 110 / 120</span>
          </span>
        </label>
      </section>

      <button type="submit" className={styles.submit} disabled={sending}>
        {sending ? '正在提交…' : '提交报告'}
      </button>
    </form>
  );
}

function Reported({ receipt, hotline }: { receipt: Receipt; hotline: string | null }) {
  return (
    <section className={styles.section} aria-labelledby="report-done" role="status">
      <h2 id="report-done" className={styles.sectionTitle}>
        报告已提交，谢谢您
      </h2>
      <p className={page.queryNo}>
        查询号：<strong>{receipt.queryNo}</strong>
      </p>
      <p className={styles.note}>
        {receipt.areaName}的工作人员会尽快上门了解情况，需要时可能用 {receipt.phoneMasked} 联系您。凭查询号和这个手机号可以查询窗口是否已经处理。
      </p>
      <Link className={styles.linkButtonPrimary} to={`/chaxun?no=${encodeURIComponent(receipt.queryNo)}`}>
        查询处理情况
      </Link>
      {hotline && (
        <a className={styles.linkButton} href={`tel:${hotline.replace(/[^\d+]/g, '')}`}>
          拨打救助热线 {hotline}
        </a>
      )}
      <Link className={styles.linkButton} to="/">
        返回首页
      </Link>
    </section>
  );
}
