import { useCallback, useEffect, useId, useState } from 'react';
import { Button, Dialog, Popup, Toast } from 'antd-mobile';
import { LoadError, StateNote } from '../../components/LoadState';
import { PageFrame } from '../../components/PageFrame';
import { graphql } from '../../gql';
import type { PublicNoticesQuery } from '../../gql/graphql';
import { ApiError, request } from '../../api';
import styles from './PublicityPage.module.css';

const PUBLIC_NOTICES = graphql(`
  query PublicNotices($page: Int!, $pageSize: Int!, $areaCode: String) {
    publicNotices(page: $page, pageSize: $pageSize, areaCode: $areaCode) {
      total
      items {
        id
        programName
        nameMasked
        areaName
        householdSize
        amount
        startsOn
        endsOn
      }
    }
    publicNoticeAreas {
      code
      name
      count
    }
  }
`);

const SUBMIT_OBJECTION = graphql(`
  mutation SubmitPublicityObjection($entryId: ID!, $content: String!, $contactName: String, $contactPhone: String) {
    submitPublicityObjection(entryId: $entryId, content: $content, contactName: $contactName, contactPhone: $contactPhone) {
      id
      receivedAt
      message
    }
  }
`);

type Notice = PublicNoticesQuery['publicNotices']['items'][number];
type Area = PublicNoticesQuery['publicNoticeAreas'][number];

const PAGE_SIZE = 20;
const CONTENT_MAX = 1000;

const yuan = (v: number) => `${v.toFixed(2)} 元`;

/** 公示信息: the notices up now (masked: name, village and 组, persons, amount, period); 提出异议 per notice. */
export default function PublicityPage() {
  const [areaCode, setAreaCode] = useState('');
  const [items, setItems] = useState<Notice[]>([]);
  const [areas, setAreas] = useState<Area[]>([]);
  const [total, setTotal] = useState(0);
  const [page, setPage] = useState(1);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [objecting, setObjecting] = useState<Notice | null>(null);
  const selectId = useId();

  const load = useCallback(async (code: string, p: number) => {
    setLoading(true);
    setError(null);
    try {
      const data = await request(PUBLIC_NOTICES, { page: p, pageSize: PAGE_SIZE, areaCode: code || null });
      setItems((prev) => (p === 1 ? data.publicNotices.items : [...prev, ...data.publicNotices.items]));
      setTotal(data.publicNotices.total);
      setAreas(data.publicNoticeAreas);
      setPage(p);
    } catch (e) {
      setError(e instanceof Error ? e.message : '加载失败，请稍后再试');
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void load(areaCode, 1);
  }, [areaCode, load]);

  return (
    <PageFrame
      title="公示信息"
      intro="拟给予社会救助的对象在公示期内接受群众监督。如有不同意见，可点“提出异议”向我们反映。"
      footer={<p className={styles.footer}>公示信息仅用于群众监督，请勿转发或挪作他用。公示期满后自动撤下。</p>}
    >
      <div className={styles.filter}>
        <label htmlFor={selectId}>所在村（社区）</label>
        <select id={selectId} className={styles.select} value={areaCode} onChange={(e) => setAreaCode(e.target.value)}>
          <option value="">全部</option>
          {areas.map((a) => (
            <option key={a.code} value={a.code}>
              {a.name}（{a.count}）
            </option>
          ))}
        </select>
      </div>

      {error && <LoadError message={error} onRetry={() => void load(areaCode, 1)} />}

      {!error && !loading && items.length === 0 && <StateNote>目前没有正在公示的救助对象。</StateNote>}

      {items.map((n) => (
        <article key={n.id} className={styles.notice} aria-label={`公示：${n.nameMasked}`}>
          <div className={styles.noticeHead}>
            <h2 className={styles.name}>{n.nameMasked}</h2>
            <span className={styles.program}>{n.programName}</span>
          </div>
          <p className={styles.row}>
            <span className={styles.label}>所在村组：</span>
            {n.areaName}
          </p>
          <p className={styles.row}>
            <span className={styles.label}>保障人数：</span>
            {n.householdSize} 人
          </p>
          {n.amount !== null && n.amount !== undefined && (
            <p className={styles.row}>
              <span className={styles.label}>月救助金额：</span>
              {yuan(n.amount)}
            </p>
          )}
          <p className={styles.row}>
            <span className={styles.label}>公示期：</span>
            {n.startsOn} 至 {n.endsOn}
          </p>
          <Button className={styles.objectButton} block color="primary" fill="outline" onClick={() => setObjecting(n)}>
            提出异议
          </Button>
        </article>
      ))}

      {items.length < total && (
        <Button className={styles.more} block loading={loading} onClick={() => void load(areaCode, page + 1)}>
          加载更多（共 {total} 条）
        </Button>
      )}

      <ObjectionPopup
        notice={objecting}
        onClose={() => setObjecting(null)}
        onDone={(message) => {
          setObjecting(null);
          void Dialog.alert({ title: '异议已提交', content: message, confirmText: '知道了' });
          void load(areaCode, 1);
        }}
      />
    </PageFrame>
  );
}

function ObjectionPopup({ notice, onClose, onDone }: { notice: Notice | null; onClose: () => void; onDone: (message: string) => void }) {
  const [content, setContent] = useState('');
  const [contactName, setContactName] = useState('');
  const [contactPhone, setContactPhone] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [sending, setSending] = useState(false);
  const ids = { content: useId(), name: useId(), phone: useId() };

  useEffect(() => {
    if (!notice) return;
    setContent('');
    setContactName('');
    setContactPhone('');
    setErrors({});
  }, [notice]);

  const submit = async () => {
    if (!notice) return;
    if (!content.trim()) {
      setErrors({ content: '请填写异议内容' });
      return;
    }
    setSending(true);
    setErrors({});
    try {
      const data = await request(SUBMIT_OBJECTION, {
        entryId: notice.id,
        content: content.trim(),
        contactName: contactName.trim() || null,
        contactPhone: contactPhone.trim() || null,
      });
      onDone(data.submitPublicityObjection.message);
    } catch (e) {
      if (e instanceof ApiError && e.field && ['content', 'contactName', 'contactPhone'].includes(e.field)) setErrors({ [e.field]: e.message });
      else Toast.show({ content: e instanceof Error ? e.message : '提交失败，请稍后再试', duration: 3000 });
    } finally {
      setSending(false);
    }
  };

  return (
    <Popup visible={!!notice} onMaskClick={onClose} onClose={onClose} bodyStyle={{ borderTopLeftRadius: 12, borderTopRightRadius: 12 }}>
      <div className={styles.popup} role="dialog" aria-label="提出异议">
        <h2 className={styles.popupTitle}>
          对“{notice?.nameMasked}（{notice?.programName}）”提出异议
        </h2>
        <p className={styles.formNote}>请如实反映您了解的情况（如家庭收入、财产、人口等）。提交后主管部门将重新调查核实，对反映人信息保密。</p>
        <div className={styles.field}>
          <label htmlFor={ids.content}>异议内容（必填）</label>
          <textarea
            id={ids.content}
            className={styles.textarea}
            rows={5}
            maxLength={CONTENT_MAX}
            value={content}
            onChange={(e) => setContent(e.target.value)}
            aria-invalid={!!errors.content}
          />
          <span className={styles.count}>
            {[...content].length}/{CONTENT_MAX}
          </span>
          {errors.content && <span className={styles.fieldError}>{errors.content}</span>}
        </div>
        <div className={styles.field}>
          <label htmlFor={ids.name}>您的称呼（可不填）</label>
          <input id={ids.name} className={styles.input} maxLength={50} value={contactName} onChange={(e) => setContactName(e.target.value)} />
          {errors.contactName && <span className={styles.fieldError}>{errors.contactName}</span>}
        </div>
        <div className={styles.field}>
          <label htmlFor={ids.phone}>联系电话（可不填，便于回访）</label>
          <input
            id={ids.phone}
            className={styles.input}
            type="tel"
            inputMode="tel"
            maxLength={20}
            value={contactPhone}
            onChange={(e) => setContactPhone(e.target.value)}
            aria-invalid={!!errors.contactPhone}
          />
          {errors.contactPhone && <span className={styles.fieldError}>{errors.contactPhone}</span>}
        </div>
        <div className={styles.actions}>
          <Button onClick={onClose}>取消</Button>
          <Button color="primary" loading={sending} onClick={() => void submit()}>
            提交异议
          </Button>
        </div>
      </div>
    </Popup>
  );
}
