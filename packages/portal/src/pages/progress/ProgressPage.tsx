import { useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { request } from '../../api';
import styles from '../../components/Form.module.css';
import { NumberLookupFields } from '../../components/NumberLookup';
import { PageFrame } from '../../components/PageFrame';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { digitsOf, MOBILE, type PhoneErrors } from '../../components/PhoneVerify';
import { graphql } from '../../gql';
import type { LookupCitizenApplicationMutation } from '../../gql/graphql';
import page from './Progress.module.css';

const LOOKUP = graphql(`
  mutation LookupCitizenApplication($number: String!, $phone: String!, $code: String!) {
    lookupCitizenApplication(number: $number, phone: $phone, code: $code) {
      queryNo
      receiptNo
      status
      statusName
      channelName
      applicantName
      areaName
      submittedAt
      rejectReason
      programNames
      items {
        programName
        departmentName
        statusName
        outcomeName
        dueDate
        supplementNote
        supplementDue
        publicityUntil
      }
      steps {
        at
        text
      }
      messages {
        at
        content
      }
      reporterView
    }
  }
`);

type Status = LookupCitizenApplicationMutation['lookupCitizenApplication'];
type Errors = PhoneErrors & { number?: string };

const when = (iso: string) =>
  new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

/**
 * 办理进度查询 (/chaxun): 受理号 (or the 查询号 of an online application) + the phone given when applying + an SMS
 * code to that phone → the application's state, each program's department and state, the steps so far, and 我的消息
 * (the SMS sent about it). `?no=` prefills the number (the link after an online application). Someone who reported a
 * person in hardship (/baogao) looks the report up with their own phone and sees only whether the window acted
 * (`reporterView`).
 */
export default function ProgressPage() {
  const id = useId();
  const [params] = useSearchParams();
  const [number, setNumber] = useState(params.get('no') ?? '');
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const { sending, submit: checkedSubmit } = useCheckedSubmit<Errors>(setErrors, { fallback: 'code', fields: ['number'], failure: '查询失败，请稍后再试' });
  const [status, setStatus] = useState<Status | null>(null);

  const submit = () => {
    const e: Errors = {};
    const n = number.replace(/\s/g, '').toUpperCase();
    if (!/^(SJ|YS)\d{8,20}$/.test(n)) e.number = '请输入受理号（SJ 开头）或查询号（YS 开头）';
    if (!MOBILE.test(digitsOf(phone))) e.phone = '请输入正确的 11 位手机号码';
    if (!/^\d{6}$/.test(code.trim())) e.code = '请输入收到的 6 位短信验证码';
    return checkedSubmit(e, async () => {
      const r = await request(LOOKUP, { number: n, phone: digitsOf(phone), code: code.trim() });
      setStatus(r.lookupCitizenApplication);
    });
  };

  return (
    <PageFrame title="办理进度查询" intro="凭受理号（或网上申请的查询号）和申请时登记的手机号码查询。">
      {status ? (
        <Result status={status} onBack={() => setStatus(null)} />
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <NumberLookupFields
            label="受理号或查询号"
            hint="受理号在受理短信和受理回执上，如 SJ20261201101000001"
            purpose="LOOKUP"
            number={number}
            onNumber={setNumber}
            phone={phone}
            onPhone={setPhone}
            code={code}
            onCode={setCode}
            errors={errors}
            setErrors={setErrors}
            sending={sending}
            submitLabel="查询"
          />
          <section className={styles.section} aria-labelledby={`${id}-none`}>
            <h2 id={`${id}-none`} className={styles.sectionTitle}>
              还没有申请？
            </h2>
            <Link className={styles.linkButtonPrimary} to="/shenqing">
              在线申请
            </Link>
            <Link className={styles.linkButton} to="/chuangkou">
              查看受理窗口的地址和时间
            </Link>
          </section>
        </form>
      )}
    </PageFrame>
  );
}

function Result({ status: s, onBack }: { status: Status; onBack: () => void }) {
  return (
    <>
      <section className={styles.section} aria-labelledby="progress-summary">
        <h2 id="progress-summary" className={styles.sectionTitle}>
          {s.reporterView ? `您报告的${s.applicantName}` : `${s.applicantName}的申请`}：<span className={page.status}>{s.statusName}</span>
        </h2>
        <dl className={page.facts}>
          {s.receiptNo && (
            <>
              <dt>受理号</dt>
              <dd>{s.receiptNo}</dd>
            </>
          )}
          {s.queryNo && (
            <>
              <dt>查询号</dt>
              <dd>{s.queryNo}</dd>
            </>
          )}
          <dt>申请方式</dt>
          <dd>{s.channelName}</dd>
          <dt>所在村（社区）</dt>
          <dd>{s.areaName}</dd>
          {!s.reporterView && (
            <>
              <dt>申请事项</dt>
              <dd>{s.programNames.join('、')}</dd>
            </>
          )}
          <dt>提交时间</dt>
          <dd>{when(s.submittedAt)}</dd>
        </dl>
        {s.reporterView ? (
          <p className={styles.note}>感谢您的报告。为保护当事人的隐私，这里只显示窗口是否已经处理，不显示申请的事项和结果。</p>
        ) : (
          s.status === 'PENDING_CONFIRM' && <p className={styles.note}>村（社区）工作人员会与您联系，核实情况后正式受理。</p>
        )}
        {s.rejectReason && <p className={styles.note}>不予受理的理由：{s.rejectReason}</p>}
      </section>

      {s.items.length > 0 && (
        <section className={styles.section} aria-labelledby="progress-items">
          <h2 id="progress-items" className={styles.sectionTitle}>
            各项办理情况
          </h2>
          {s.items.map((it, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: one program may be handled twice (transferred); order is fixed
            <article key={i} className={page.item} aria-label={it.programName}>
              <h3 className={page.itemTitle}>
                {it.programName} <span className={page.status}>{it.outcomeName ?? it.statusName}</span>
              </h3>
              <p className={page.line}>办理部门：{it.departmentName}</p>
              {it.dueDate && !it.outcomeName && <p className={page.line}>办理期限：{it.dueDate}</p>}
              {it.supplementNote && (
                <p className={page.line}>
                  需补充材料：{it.supplementNote}
                  {it.supplementDue ? `（请于 ${it.supplementDue} 前）` : ''}
                </p>
              )}
              {it.publicityUntil && <p className={page.line}>公示至：{it.publicityUntil}</p>}
            </article>
          ))}
        </section>
      )}

      <section className={styles.section} aria-labelledby="progress-steps">
        <h2 id="progress-steps" className={styles.sectionTitle}>
          办理过程
        </h2>
        <ol className={page.steps}>
          {s.steps.map((st, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: steps are in time order and may repeat a text
            <li key={i}>
              <span className={page.when}>{when(st.at)}</span>
              <span>{st.text}</span>
            </li>
          ))}
        </ol>
      </section>

      {!s.reporterView && (
        <section className={styles.section} aria-labelledby="progress-messages">
          <h2 id="progress-messages" className={styles.sectionTitle}>
            我的消息
          </h2>
          {s.messages.length === 0 ? (
            <p className={styles.note}>还没有发给您的短信。</p>
          ) : (
            <ul className={page.messages}>
              {s.messages.map((m, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: messages are in time order
                <li key={i}>
                  <span className={page.when}>{when(m.at)}</span>
                  <span>{m.content}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <button type="button" className={styles.submit} onClick={onBack}>
        查询其他申请
      </button>
    </>
  );
}
