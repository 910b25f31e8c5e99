import { type RefObject, useId, useState } from 'react';
import { Button } from 'antd-mobile';
import { Link } from 'react-router-dom';
import { GROUPS } from './labels';
import type { SelfCheckResult } from './SelfCheckPage';
import styles from './SelfCheck.module.css';

/**
 * The results, grouped as the reader needs them: 可能符合 (with the estimated amount), 还需了解 (what is missing, in
 * plain words), 不能同时享受, and 暂不符合 (collapsed). Each shows 主管部门, the verdict and, on request, 判断依据.
 */

/** 约 1000 元/月: at most two decimals, no trailing zeros. */
const amountText = (yuan: number) => `约 ${Number(yuan.toFixed(2))} 元/月`;

function summaryText(eligible: number, unknown: number): string {
  if (eligible && unknown) return `按您填写的情况，有 ${eligible} 项救助可能符合，${unknown} 项还需了解更多情况。`;
  if (eligible) return `按您填写的情况，有 ${eligible} 项救助可能符合。`;
  if (unknown) return `按您填写的情况，有 ${unknown} 项救助还需了解更多情况才能判断，下面写了还需要了解什么。`;
  return '按您填写的情况，暂时没有可能符合的救助。家里情况有变化，或者有拿不准的地方，可以打电话或到受理窗口问一问。';
}

interface ReasonLine {
  depth: number;
  text: string;
}

/** The 判断依据 lines (indented with full-width spaces by the server; made-up birth dates already left out) as depth + text. */
function reasonLines(reasons: string[]): ReasonLine[] {
  return reasons.map((r) => {
    const text = r.replace(/^　+/, '');
    return { depth: r.length - text.length, text };
  });
}

export function Results({
  results,
  hotline,
  headingRef,
  onEdit,
  onRestart,
}: {
  results: SelfCheckResult[];
  hotline: string | null;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onEdit: () => void;
  onRestart: () => void;
}) {
  const [showIneligible, setShowIneligible] = useState(false);
  const ineligibleId = useId();
  const by = (outcome: string) => results.filter((r) => r.outcome === outcome);
  const eligible = by('ELIGIBLE').length;
  const unknown = by('INSUFFICIENT').length;

  return (
    <div className={styles.results}>
      <div className={styles.summary}>
        <h2 ref={headingRef} tabIndex={-1} className={styles.stepTitle}>
          测算结果
        </h2>
        <p className={styles.summaryText}>{summaryText(eligible, unknown)}</p>
      </div>

      {GROUPS.map(({ outcome, title }) => {
        const items = by(outcome);
        if (!items.length) return null;
        const collapsed = outcome === 'INELIGIBLE';
        return (
          <section key={outcome} className={styles.group} aria-labelledby={`${ineligibleId}-${outcome}`}>
            {collapsed ? (
              <h2 id={`${ineligibleId}-${outcome}`} className={styles.groupTitle}>
                <button
                  type="button"
                  className={styles.groupToggle}
                  aria-expanded={showIneligible}
                  aria-controls={ineligibleId}
                  onClick={() => setShowIneligible((v) => !v)}
                >
                  {title}（{items.length} 项）
                  <span className={styles.toggleHint} aria-hidden="true">
                    {showIneligible ? '收起 ▲' : '展开 ▼'}
                  </span>
                </button>
              </h2>
            ) : (
              <h2 id={`${ineligibleId}-${outcome}`} className={`${styles.groupTitle} ${styles[`group${outcome}`] ?? ''}`}>
                {title}（{items.length} 项）
              </h2>
            )}
            {outcome === 'INSUFFICIENT' && <p className={styles.text}>把“不清楚”的问题补上（点下面的“修改回答”），结果会更准确；也可以到窗口咨询。</p>}
            <div id={collapsed ? ineligibleId : undefined} className={styles.cards} hidden={collapsed && !showIneligible}>
              {items.map((r) => (
                <ResultCard key={r.programCode} result={r} />
              ))}
            </div>
          </section>
        );
      })}

      <section className={styles.nextSteps} aria-labelledby={`${ineligibleId}-next`}>
        <h2 id={`${ineligibleId}-next`} className={styles.groupTitle}>
          下一步怎么办
        </h2>
        <p className={styles.text}>
          可以在网上申请，工作人员会与您联系；也可以带上户口簿和身份证，到村（社区）或镇（街道）的受理窗口申请。工作人员会帮您核实情况、告诉您要准备哪些材料。
        </p>
        <div className={styles.linkRow}>
          <Link className={styles.linkButtonPrimary} to={applyLink(results)}>
            在线申请
          </Link>
          <Link className={styles.linkButton} to="/chuangkou">
            到受理窗口申请
          </Link>
          {hotline && (
            <a className={styles.linkButton} href={`tel:${hotline.replace(/[^\d+]/g, '')}`}>
              拨打救助热线 {hotline}
            </a>
          )}
        </div>
      </section>

      <div className={styles.nav}>
        <Button className={styles.navButton} onClick={onEdit}>
          修改回答
        </Button>
        <Button className={styles.navButton} color="primary" fill="outline" onClick={onRestart}>
          重新测算
        </Button>
      </div>
    </div>
  );
}

function ResultCard({ result: r }: { result: SelfCheckResult }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const actionable = r.outcome === 'ELIGIBLE' || r.outcome === 'INSUFFICIENT';
  const lines = reasonLines(r.reasons);
  return (
    <article className={`${styles.card} ${styles[`card${r.outcome}`] ?? ''}`} aria-labelledby={`${id}-name`}>
      <h3 id={`${id}-name`} className={styles.cardName}>
        {r.programName}
      </h3>
      {r.ownerName && <p className={styles.owner}>主管部门：{r.ownerName}</p>}
      <p className={`${styles.verdict} ${styles[`verdict${r.outcome}`] ?? ''}`}>{r.verdict}</p>
      {r.estimatedMonthly != null && (
        <p className={styles.amount}>
          <span className={styles.amountLabel}>估算金额：</span>
          {amountText(r.estimatedMonthly)}
        </p>
      )}
      {r.outcome === 'EXCLUDED' && lines[0] && <p className={styles.text}>原因：{lines[0].text}</p>}
      {r.missing.length > 0 && (
        <div className={styles.missing}>
          <p className={styles.missingTitle}>还需要了解：</p>
          <ul className={styles.missingList}>
            {[...new Set(r.missing)].map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      {lines.length > 0 && (
        <>
          <button type="button" className={styles.reasonToggle} aria-expanded={open} aria-controls={`${id}-reasons`} onClick={() => setOpen((v) => !v)}>
            判断依据
            <span aria-hidden="true">{open ? ' ▲' : ' ▼'}</span>
          </button>
          <ul id={`${id}-reasons`} className={styles.reasons} hidden={!open}>
            {lines.map((l, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the lines are fixed for this result and may repeat
              <li key={i} style={{ paddingLeft: `${l.depth}em` }}>
                {l.text}
              </li>
            ))}
          </ul>
        </>
      )}
      {actionable && (
        <div className={styles.linkRow}>
          <Link className={styles.linkButton} to={`/zhengce/${encodeURIComponent(r.programCode)}`}>
            查看政策详情
          </Link>
          <Link className={styles.linkButtonPrimary} to={`/shenqing?programs=${encodeURIComponent(r.programCode)}`}>
            在线申请
          </Link>
        </div>
      )}
    </article>
  );
}

/** 在线申请 with the programs the answers make likely (可能符合) already ticked. */
function applyLink(results: SelfCheckResult[]): string {
  const codes = results.filter((r) => r.outcome === 'ELIGIBLE').map((r) => r.programCode);
  return codes.length ? `/shenqing?programs=${codes.map(encodeURIComponent).join(',')}` : '/shenqing';
}
