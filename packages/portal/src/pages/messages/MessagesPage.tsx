import { useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { request } from '../../api';
import styles from '../../components/Form.module.css';
import { useFieldErrors } from '../../components/Fields';
import { LoadError, StateNote } from '../../components/LoadState';
import { NumberLookupFields } from '../../components/NumberLookup';
import { PageFrame } from '../../components/PageFrame';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { digitsOf, MOBILE, PhoneVerify, type PhoneErrors } from '../../components/PhoneVerify';
import { graphql } from '../../gql';
import type { LookupPortalMessageMutation, PortalMessageCategory, PortalTownsForMessageQuery } from '../../gql/graphql';
import { useRequest } from '../../useRequest';
import page from './Messages.module.css';

const BOARD = graphql(`
  query PortalMessageBoard($category: PortalMessageCategory, $page: Int!) {
    portalMessageBoard(category: $category, page: $page, pageSize: 10) {
      total
      page
      pageSize
      items {
        id
        categoryName
        areaName
        title
        content
        writerName
        createdAt
        reply
        replyUnit
        repliedAt
      }
    }
  }
`);

const TOWNS = graphql(`
  query PortalTownsForMessage {
    portalTowns {
      code
      name
    }
  }
`);

const SUBMIT = graphql(`
  mutation SubmitPortalMessage($input: PortalMessageInput!) {
    submitPortalMessage(input: $input) {
      messageNo
      phoneMasked
      areaName
      dueDate
    }
  }
`);

const LOOKUP = graphql(`
  mutation LookupPortalMessage($number: String!, $phone: String!, $code: String!) {
    lookupPortalMessage(number: $number, phone: $phone, code: $code) {
      messageNo
      categoryName
      areaName
      title
      content
      writerName
      publicWanted
      status
      statusName
      published
      reply
      replyUnit
      repliedAt
      hiddenReason
      dueDate
      createdAt
    }
  }
`);

/** The categories in the order the form and the filter show them (typed: a new category of the schema must be named here). */
const CATEGORIES: Array<[PortalMessageCategory, string]> = [
  ['POLICY', '政策咨询'],
  ['PROGRESS', '办理进度'],
  ['SUGGESTION', '意见建议'],
  ['COMPLAINT', '投诉举报'],
];
const TITLE_MAX = 50;
const CONTENT_MAX = 1000;

const day = (iso: string) => new Date(iso).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * 留言 (/liuyan): the board — messages staff answered and the writers allowed to show, newest first, by category —
 * `?v=xie` to write one (phone verified by an SMS code; a 留言编号 back), `?v=chaxun` to see one's own reply with the
 * number, the phone and a code (`?no=` prefills the number).
 */
export default function MessagesPage() {
  const [params] = useSearchParams();
  const view = params.get('v');
  if (view === 'xie') return <WriteView />;
  if (view === 'chaxun') return <LookupView initialNo={params.get('no') ?? ''} />;
  return <BoardView />;
}

function BoardView() {
  const [category, setCategory] = useState<PortalMessageCategory | null>(null);
  const [pageNo, setPageNo] = useState(1);
  const { data, error, reload } = useRequest(BOARD, { category, page: pageNo });
  const board = data?.portalMessageBoard;
  const pages = board ? Math.max(1, Math.ceil(board.total / board.pageSize)) : 1;
  const choose = (c: PortalMessageCategory | null) => {
    setCategory(c);
    setPageNo(1);
  };
  return (
    <PageFrame title="留言" intro="有问题或建议可以留言，工作人员一般在 5 个工作日内答复。答复后，您同意公开的留言会显示在这里。">
      <div className={page.actions}>
        <Link className={styles.linkButtonPrimary} to="/liuyan?v=xie">
          我要留言
        </Link>
        <Link className={styles.linkButton} to="/liuyan?v=chaxun">
          查看我的留言
        </Link>
      </div>
      <fieldset className={page.filters} aria-label="按类别查看">
        <button type="button" className={page.filter} aria-pressed={category === null} onClick={() => choose(null)}>
          全部
        </button>
        {CATEGORIES.map(([c, label]) => (
          <button key={c} type="button" className={page.filter} aria-pressed={category === c} onClick={() => choose(c)}>
            {label}
          </button>
        ))}
      </fieldset>
      {error && <LoadError message={error} onRetry={reload} />}
      {!data && !error && <StateNote>正在加载……</StateNote>}
      {board && board.items.length === 0 && <StateNote>暂无公开的留言。</StateNote>}
      {board?.items.map((m) => (
        <article key={m.id} className={page.item} aria-labelledby={`msg-${m.id}`}>
          <h2 id={`msg-${m.id}`} className={page.title}>
            {m.title}
          </h2>
          <p className={page.meta}>
            {m.categoryName} · {m.areaName} · {m.writerName} · {day(m.createdAt)}
          </p>
          <p className={page.text}>{m.content}</p>
          <div className={page.reply}>
            <p className={page.replyHead}>
              {m.replyUnit ?? '工作人员'}答复（{day(m.repliedAt)}）
            </p>
            <p className={page.text}>{m.reply}</p>
          </div>
        </article>
      ))}
      {board && board.total > board.pageSize && (
        <nav className={page.pager} aria-label="翻页">
          <button type="button" className={page.pageButton} disabled={pageNo <= 1} onClick={() => setPageNo((p) => p - 1)}>
            上一页
          </button>
          <span>
            第 {pageNo} / {pages} 页
          </span>
          <button type="button" className={page.pageButton} disabled={pageNo >= pages} onClick={() => setPageNo((p) => p + 1)}>
            下一页
          </button>
        </nav>
      )}
    </PageFrame>
  );
}

type Field = 'category' | 'areaCode' | 'title' | 'content' | 'name' | 'isPublic';
type Errors = Partial<Record<Field, string>> & PhoneErrors;
type Receipt = { messageNo: string; phoneMasked: string; areaName: string; dueDate: string };

function WriteView() {
  const { data, error, reload } = useRequest(TOWNS, {});
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  return (
    <PageFrame title="我要留言" back={{ to: '/liuyan', label: '返回留言板' }} intro="留言经工作人员答复后才会公开；您的手机号码不会公开，姓名部分隐去。">
      {error && <LoadError message={error} onRetry={reload} />}
      {!data && !error && <StateNote>正在加载……</StateNote>}
      {data && !receipt && <WriteForm towns={data.portalTowns} onDone={setReceipt} />}
      {receipt && (
        <section className={styles.section} aria-labelledby="message-done" role="status">
          <h2 id="message-done" className={styles.sectionTitle}>
            留言已提交
          </h2>
          <p className={page.number}>
            留言编号：<strong>{receipt.messageNo}</strong>
          </p>
          <p className={styles.note}>
            请记下留言编号。{receipt.areaName}的工作人员会在 {receipt.dueDate} 前答复；凭留言编号和手机号码 {receipt.phoneMasked} 可以查看答复。
          </p>
          <Link className={styles.linkButtonPrimary} to={`/liuyan?v=chaxun&no=${encodeURIComponent(receipt.messageNo)}`}>
            查看答复
          </Link>
          <Link className={styles.linkButton} to="/liuyan">
            返回留言板
          </Link>
        </section>
      )}
    </PageFrame>
  );
}

function WriteForm({ towns, onDone }: { towns: PortalTownsForMessageQuery['portalTowns']; onDone: (r: Receipt) => void }) {
  const id = useId();
  const [category, setCategory] = useState('');
  const [town, setTown] = useState('');
  const [title, setTitle] = useState('');
  const [content, setContent] = useState('');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [isPublic, setIsPublic] = useState<boolean | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const { sending, submit: checkedSubmit } = useCheckedSubmit<Errors>(setErrors, { fallback: 'code' });

  /** A field's error goes once the field is changed (it is checked again on submit). */
  const clear = (f: keyof Errors) => setErrors((e) => (e[f] ? { ...e, [f]: undefined } : e));

  const check = (): Errors => {
    const e: Errors = {};
    if (!category) e.category = '请选择留言类别';
    if (!town) e.areaCode = '请选择留言涉及的镇（街道）';
    if (!title.trim()) e.title = '请填写留言标题';
    if (!content.trim()) e.content = '请填写留言内容';
    else if ([...content.trim()].length < 5) e.content = '留言内容至少 5 个字，请把问题说清楚';
    if (!name.trim()) e.name = '请填写您的姓名';
    if (isPublic === null) e.isPublic = '请选择是否公开';
    if (!MOBILE.test(digitsOf(phone))) e.phone = '请输入正确的 11 位手机号码';
    if (!/^\d{6}$/.test(code.trim())) e.code = '请输入收到的 6 位短信验证码';
    return e;
  };

  const submit = () =>
    checkedSubmit(check(), async () => {
      const r = await request(SUBMIT, {
        input: {
          phone: digitsOf(phone),
          code: code.trim(),
          name: name.trim(),
          category: category as PortalMessageCategory,
          areaCode: town,
          title: title.trim(),
          content: content.trim(),
          isPublic: isPublic === true,
        },
      });
      onDone(r.submitPortalMessage);
      window.scrollTo(0, 0);
    });

  const { err, invalid } = useFieldErrors<keyof Errors>(errors);

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
          1. 留言内容
        </h2>
        <div className={styles.field}>
          <label htmlFor={`${id}-category`}>留言类别</label>
          <select
            id={`${id}-category`}
            className={styles.select}
            value={category}
            onChange={(e) => {
              setCategory(e.target.value);
              clear('category');
            }}
            {...invalid('category')}
          >
            <option value="">请选择</option>
            {CATEGORIES.map(([c, label]) => (
              <option key={c} value={c}>
                {label}
              </option>
            ))}
          </select>
          {err('category')}
        </div>
        <div className={styles.field}>
          <label htmlFor={`${id}-town`}>涉及的镇（街道）</label>
          <select
            id={`${id}-town`}
            className={styles.select}
            value={town}
            onChange={(e) => {
              setTown(e.target.value);
              clear('areaCode');
            }}
            {...invalid('areaCode')}
          >
            <option value="">请选择</option>
            {towns.map((t) => (
              <option key={t.code} value={t.code}>
                {t.name}
              </option>
            ))}
          </select>
          {err('areaCode')}
        </div>
        <div className={styles.field}>
          <label htmlFor={`${id}-title`}>标题</label>
          <input
            id={`${id}-title`}
            className={styles.input}
            maxLength={TITLE_MAX}
            value={title}
            onChange={(e) => {
              setTitle(e.target.value);
              clear('title');
            }}
            {...invalid('title')}
          />
          {err('title')}
        </div>
        <div className={styles.field}>
          <label htmlFor={`${id}-content`}>留言内容</label>
          <textarea
            id={`${id}-content`}
            className={styles.textarea}
            rows={6}
            maxLength={CONTENT_MAX}
            value={content}
            onChange={(e) => {
              setContent(e.target.value);
              clear('content');
            }}
            {...invalid('content')}
          />
          <span className={styles.count}>
            {[...content].length}/{CONTENT_MAX}
          </span>
          <span className={styles.hint}>请不要填写身份证号、银行卡号等个人信息；公开时身份证号和手机号码会自动隐去。</span>
          {err('content')}
        </div>
      </section>

      <fieldset className={`${styles.section} ${page.fieldset}`} aria-describedby={errors.isPublic ? `${id}-isPublic-error` : undefined}>
        <legend className={`${styles.sectionTitle} ${page.legend}`}>2. 是否公开</legend>
        <label className={`${styles.check} ${page.radio}`}>
          <input
            type="radio"
            name={`${id}-public`}
            checked={isPublic === true}
            onChange={() => {
              setIsPublic(true);
              clear('isPublic');
            }}
            {...invalid('isPublic')}
          />
          <span className={styles.checkText}>
            <span>公开</span>
            <span className={styles.checkHint}>答复后留言和答复显示在留言板，姓名部分隐去（如 张*明）</span>
          </span>
        </label>
        <label className={`${styles.check} ${page.radio}`}>
          <input
            type="radio"
            name={`${id}-public`}
            checked={isPublic === false}
            onChange={() => {
              setIsPublic(false);
              clear('isPublic');
            }}
            {...invalid('isPublic')}
          />
          <span className={styles.checkText}>
            <span>不公开</span>
            <span className={styles.checkHint}>只有您凭留言编号和手机号码能看到答复</span>
          </span>
        </label>
        {err('isPublic')}
      </fieldset>

      <section className={styles.section} aria-labelledby={`${id}-s3`}>
        <h2 id={`${id}-s3`} className={styles.sectionTitle}>
          3. 留言人
        </h2>
        <div className={styles.field}>
          <label htmlFor={`${id}-name`}>您的姓名</label>
          <input
            id={`${id}-name`}
            className={styles.input}
            maxLength={50}
            autoComplete="name"
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              clear('name');
            }}
            {...invalid('name')}
          />
          {err('name')}
        </div>
        <PhoneVerify
          purpose="MESSAGE"
          phone={phone}
          onPhone={(v) => {
            setPhone(v);
            clear('phone');
          }}
          code={code}
          onCode={(v) => {
            setCode(v);
            clear('code');
          }}
          errors={errors}
          onErrors={(x) => setErrors((old) => ({ ...old, ...x }))}
        />
      </section>

      <button type="submit" className={styles.submit} disabled={sending}>
        {sending ? '正在提交…' : '提交留言'}
      </button>
    </form>
  );
}

type Own = LookupPortalMessageMutation['lookupPortalMessage'];

function LookupView({ initialNo }: { initialNo: string }) {
  const [number, setNumber] = useState(initialNo);
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<PhoneErrors & { number?: string }>({});
  const { sending, submit: checkedSubmit } = useCheckedSubmit<PhoneErrors & { number?: string }>(setErrors, {
    fallback: 'code',
    fields: ['number'],
    failure: '查询失败，请稍后再试',
  });
  const [own, setOwn] = useState<Own | null>(null);

  const submit = () => {
    const e: PhoneErrors & { number?: string } = {};
    const n = number.replace(/\s/g, '').toUpperCase();
    if (!/^LY\d{14}$/.test(n)) e.number = '请输入留言编号（LY 开头，共 16 位）';
    if (!MOBILE.test(digitsOf(phone))) e.phone = '请输入正确的 11 位手机号码';
    if (!/^\d{6}$/.test(code.trim())) e.code = '请输入收到的 6 位短信验证码';
    return checkedSubmit(e, async () => {
      const r = await request(LOOKUP, { number: n, phone: digitsOf(phone), code: code.trim() });
      setOwn(r.lookupPortalMessage);
    });
  };

  return (
    <PageFrame title="查看我的留言" back={{ to: '/liuyan', label: '返回留言板' }} intro="凭留言编号和留言时填写的手机号码查看答复。">
      {own ? (
        <>
          <section className={styles.section} aria-labelledby="own-title">
            <h2 id="own-title" className={styles.sectionTitle}>
              {own.title}：<span className={page.status}>{own.statusName}</span>
            </h2>
            <p className={page.meta}>
              {own.messageNo} · {own.categoryName} · {own.areaName} · {day(own.createdAt)} · {own.published ? '已公开' : '未公开'}
            </p>
            <p className={page.text}>{own.content}</p>
            {own.reply && (
              <div className={page.reply}>
                <p className={page.replyHead}>
                  {own.replyUnit ?? '工作人员'}答复{own.repliedAt ? `（${day(own.repliedAt)}）` : ''}
                </p>
                <p className={page.text}>{own.reply}</p>
              </div>
            )}
            {own.status === 'PENDING' && <p className={styles.note}>工作人员正在处理，会在 {own.dueDate} 前答复。</p>}
            {own.hiddenReason && <p className={styles.note}>该留言未予公开，理由：{own.hiddenReason}</p>}
          </section>
          <button type="button" className={styles.submit} onClick={() => setOwn(null)}>
            查看其他留言
          </button>
        </>
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <NumberLookupFields
            label="留言编号"
            hint="留言编号在提交留言后显示，如 LY20261206123456"
            purpose="MESSAGE"
            number={number}
            onNumber={setNumber}
            phone={phone}
            onPhone={setPhone}
            code={code}
            onCode={setCode}
            errors={errors}
            setErrors={setErrors}
            sending={sending}
            submitLabel="查看答复"
          />
        </form>
      )}
    </PageFrame>
  );
}
