import { useId, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { request } from '../../api';
import styles from '../../components/Form.module.css';
import { TownVillageSelect, useFieldErrors } from '../../components/Fields';
import { LoadError, StateNote } from '../../components/LoadState';
import { PageFrame } from '../../components/PageFrame';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { digitsOf, MOBILE, PhoneVerify, type PhoneErrors } from '../../components/PhoneVerify';
import { graphql } from '../../gql';
import type { PortalApplyDataQuery } from '../../gql/graphql';
import { useRequest } from '../../useRequest';
import page from './Apply.module.css';

const APPLY_DATA = graphql(`
  query PortalApplyData {
    portalPrograms {
      code
      name
      summary
    }
    portalTowns {
      code
      name
      villages {
        code
        name
      }
    }
    portalApplyTerms {
      consentText
    }
    portalInfo {
      hotline
    }
  }
`);

const SUBMIT = graphql(`
  mutation SubmitCitizenApplication($input: CitizenApplicationInput!) {
    submitCitizenApplication(input: $input) {
      queryNo
      phoneMasked
      areaName
    }
  }
`);

type Field = 'name' | 'idNumber' | 'householdSize' | 'town' | 'areaCode' | 'address' | 'programs' | 'description' | 'consent';
type Errors = Partial<Record<Field, string>> & PhoneErrors;
type Receipt = { queryNo: string; phoneMasked: string; areaName: string };

const DESCRIPTION_MAX = 1000;

/**
 * 在线申请 (/shenqing): a citizen applies online — phone verified by an SMS code, basic facts of the household, the
 * help asked for (preselected from 我能申请什么 or a policy page: `?programs=DIBAO,TEMP`), the situation, and the
 * consent to the checks. It goes to the village's window as a 预申请; the window calls back, and the 查询号 shown at
 * the end finds it in 办理进度查询.
 */
export default function ApplyPage() {
  const { data, error, reload } = useRequest(APPLY_DATA, {});
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  return (
    <PageFrame title="在线申请" intro="网上提交救助申请，村（社区）工作人员会在 3 个工作日内与您联系，核实情况、告诉您要准备的材料。">
      {error && <LoadError message={error} onRetry={reload} />}
      {!data && !error && <StateNote>正在加载……</StateNote>}
      {data && !receipt && <ApplyForm data={data} onDone={setReceipt} />}
      {receipt && <Submitted receipt={receipt} hotline={data?.portalInfo.hotline ?? null} />}
    </PageFrame>
  );
}

function ApplyForm({ data, onDone }: { data: PortalApplyDataQuery; onDone: (r: Receipt) => void }) {
  const id = useId();
  const [params] = useSearchParams();
  const known = useMemo(() => new Set(data.portalPrograms.map((p) => p.code)), [data]);
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [size, setSize] = useState('');
  const [town, setTown] = useState('');
  const [village, setVillage] = useState('');
  const [address, setAddress] = useState('');
  const [programs, setPrograms] = useState<string[]>(() => (params.get('programs') ?? '').split(',').filter((c) => known.has(c)));
  const [description, setDescription] = useState('');
  const [urgent, setUrgent] = useState(false);
  const [consent, setConsent] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const { sending, submit: checkedSubmit } = useCheckedSubmit<Errors>(setErrors, { fallback: 'code' });

  const check = (): Errors => {
    const e: Errors = {};
    if (!MOBILE.test(digitsOf(phone))) e.phone = '请输入正确的 11 位手机号码';
    if (!/^\d{6}$/.test(code.trim())) e.code = '请输入收到的 6 位短信验证码';
    if (!name.trim()) e.name = '请填写申请人姓名';
    if (size && !/^([1-9]|1\d|20)$/.test(size.trim())) e.householdSize = '家庭人口应为 1 到 20 人';
    if (!town) e.town = '请选择所在镇（街道）';
    else if (!village) e.areaCode = '请选择所在村（社区）';
    if (!address.trim()) e.address = '请填写现住址';
    if (!programs.length) e.programs = '请至少选择一项想申请的救助';
    if (programs.length > 10) e.programs = '一次最多选择 10 项，请只选最需要的';
    if (!description.trim()) e.description = '请简要说明家庭困难情况';
    if (!consent) e.consent = '请阅读并勾选同意后再提交';
    return e;
  };

  const submit = () =>
    checkedSubmit(check(), async () => {
      const r = await request(SUBMIT, {
        input: {
          phone: digitsOf(phone),
          code: code.trim(),
          name: name.trim(),
          idNumber: idNumber.trim() || null,
          householdSize: size ? Number(size) : null,
          areaCode: village,
          address: address.trim(),
          programs,
          description: description.trim(),
          urgent,
          consent,
        },
      });
      onDone(r.submitCitizenApplication);
      window.scrollTo(0, 0);
    });

  const fields = useFieldErrors<keyof Errors>(errors);
  const { err, invalid } = fields;

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
          1. 验证手机号码
        </h2>
        <p className={styles.note}>办理结果会用短信告诉您，请填写本人或家人常用的手机号码。</p>
        <PhoneVerify
          purpose="APPLY"
          phone={phone}
          onPhone={setPhone}
          code={code}
          onCode={setCode}
          errors={errors}
          onErrors={(e) => setErrors((x) => ({ ...x, ...e }))}
        />
      </section>

      <section className={styles.section} aria-labelledby={`${id}-s2`}>
        <h2 id={`${id}-s2`} className={styles.sectionTitle}>
          2. 申请人和家庭
        </h2>
        <div className={styles.field}>
          <label htmlFor={`${id}-name`}>申请人姓名</label>
          <input
            id={`${id}-name`}
            className={styles.input}
            maxLength={50}
            autoComplete="name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            {...invalid('name')}
          />
          {err('name')}
        </div>
        <div className={styles.field}>
          <label htmlFor={`${id}-id`}>身份证号码（可不填）</label>
          <input
            id={`${id}-id`}
            className={styles.input}
            maxLength={40}
            autoComplete="off"
            value={idNumber}
            onChange={(e) => setIdNumber(e.target.value)}
            {...invalid('idNumber')}
          />
          {err('idNumber')}
        </div>
        <div className={styles.field}>
          <label htmlFor={`${id}-size`}>共同生活的家庭人口（可不填）</label>
          <input
            id={`${id}-size`}
            className={styles.input}
            inputMode="numeric"
            maxLength={2}
            value={size}
            onChange={(e) => setSize(e.target.value)}
            {...invalid('householdSize')}
          />
          {err('householdSize')}
        </div>
        <TownVillageSelect towns={data.portalTowns} town={town} village={village} onTown={setTown} onVillage={setVillage} fields={fields} />
        <div className={styles.field}>
          <label htmlFor={`${id}-address`}>现住址</label>
          <input
            id={`${id}-address`}
            className={styles.input}
            maxLength={200}
            value={address}
            onChange={(e) => setAddress(e.target.value)}
            {...invalid('address')}
          />
          {err('address')}
        </div>
      </section>

      <fieldset className={`${styles.section} ${page.fieldset}`} aria-describedby={errors.programs ? `${id}-programs-error` : undefined}>
        <legend className={`${styles.sectionTitle} ${page.legend}`}>3. 想申请哪些救助（可多选）</legend>
        <p className={styles.note}>不确定的，可以只选您最需要的，工作人员会帮您看还能申请什么；也可以先测一测。</p>
        <Link className={styles.linkButton} to="/zice">
          先测一测：我能申请什么
        </Link>
        {data.portalPrograms.map((p) => (
          <label key={p.code} className={styles.check}>
            <input
              type="checkbox"
              checked={programs.includes(p.code)}
              onChange={(e) => setPrograms((list) => (e.target.checked ? [...list, p.code] : list.filter((c) => c !== p.code)))}
            />
            <span className={styles.checkText}>
              <span>{p.name}</span>
              <span className={styles.checkHint}>{p.summary}</span>
            </span>
          </label>
        ))}
        {err('programs')}
      </fieldset>

      <section className={styles.section} aria-labelledby={`${id}-s4`}>
        <h2 id={`${id}-s4`} className={styles.sectionTitle}>
          4. 家庭困难情况
        </h2>
        <div className={styles.field}>
          <label htmlFor={`${id}-desc`}>请简要说明（如生病、残疾、失业、遭遇意外、收入来源等）</label>
          <textarea
            id={`${id}-desc`}
            className={styles.textarea}
            rows={5}
            maxLength={DESCRIPTION_MAX}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
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
            <span className={styles.checkHint}>如突发重病、意外伤害、火灾等，窗口会优先处理（绿色通道）</span>
          </span>
        </label>
      </section>

      <section className={styles.section} aria-labelledby={`${id}-s5`}>
        <h2 id={`${id}-s5`} className={styles.sectionTitle}>
          5. 同意核对
        </h2>
        <p className={styles.note}>{data.portalApplyTerms.consentText}</p>
        <label className={styles.check}>
          <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} {...invalid('consent')} />
          <span className={styles.checkText}>我已阅读并同意</span>
        </label>
        {err('consent')}
      </section>

      <button type="submit" className={styles.submit} disabled={sending}>
        {sending ? '正在提交…' : '提交申请'}
      </button>
      <p className={`${styles.note} ${page.after}`}>提交后不需要再跑腿：工作人员会打电话与您约定，上门或到窗口核实。</p>
    </form>
  );
}

function Submitted({ receipt, hotline }: { receipt: Receipt; hotline: string | null }) {
  return (
    <section className={styles.section} aria-labelledby="apply-done" role="status">
      <h2 id="apply-done" className={styles.sectionTitle}>
        申请已提交
      </h2>
      <p className={page.queryNo}>
        查询号：<strong>{receipt.queryNo}</strong>
      </p>
      <p className={styles.note}>
        查询号也会以短信发到 {receipt.phoneMasked}。{receipt.areaName}的工作人员会在 3 个工作日内用这个号码与您联系；正式受理后会再发短信告诉您受理号。
      </p>
      <Link className={styles.linkButtonPrimary} to={`/chaxun?no=${encodeURIComponent(receipt.queryNo)}`}>
        查询办理进度
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
