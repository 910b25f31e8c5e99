import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { LoadError, StateNote } from '../../components/LoadState';
import { type BackLink, PageFrame } from '../../components/PageFrame';
import { graphql } from '../../gql';
import { useRequest } from '../../useRequest';
import { FaqList } from '../faq/FaqList';
import { HelpLinks } from './HelpLinks';
import styles from './Policy.module.css';

const PORTAL_PROGRAM = graphql(`
  query PortalProgram($code: String!) {
    portalProgram(code: $code) {
      code
      name
      ownerName
      summary
      whoQualifies
      whatHelp
      materials
      timeLimit
      howToApply
      legalBasis
      updatedAt
    }
    portalFaqs(programCode: $code) {
      id
      question
      answer
    }
    portalInfo {
      hotline
    }
  }
`);

const ALL_POLICIES: BackLink = { to: '/zhengce', label: '全部政策' };

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className={styles.section}>
      <h2 className={styles.sectionTitle}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * A text of several lines; generated conditions are indented with full-width spaces per level (as on the console's
 * 事项目录): a sub-line becomes a bulleted, indented line that wraps under itself.
 */
function Lines({ text }: { text: string }) {
  const lines = text.split('\n').filter((l) => l.trim());
  return (
    <div className={styles.lines}>
      {lines.map((l, i) => {
        const depth = /^\u3000*/.exec(l)?.[0].length ?? 0;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines of one text, never reordered; lines may repeat
          <p key={i} className={depth ? styles.subLine : styles.line} style={depth > 1 ? { marginLeft: `${(depth - 1) * 1.25}em` } : undefined}>
            {l.trim()}
          </p>
        );
      })}
    </div>
  );
}

/** One program in plain words: 一句话说明, 谁可以申请, 能得到什么帮助, 需要哪些材料, 多久办结, 怎么申请, 政策依据. */
export default function PolicyDetailPage() {
  const { code = '' } = useParams();
  const { data, error, reload } = useRequest(PORTAL_PROGRAM, { code });
  const p = data?.portalProgram;
  const hotline = data?.portalInfo.hotline ?? null;

  return (
    <PageFrame title={p?.name ?? '政策查询'} back={ALL_POLICIES} intro={p?.ownerName && `主管部门：${p.ownerName}`}>
      {error && <LoadError message={error} onRetry={reload} />}
      {!data && !error && <StateNote>正在加载……</StateNote>}
      {data && !p && (
        <>
          <StateNote>没有找到这项政策，可能已经调整。</StateNote>
          <Link className={styles.linkButton} to="/zhengce">
            查看全部政策
          </Link>
        </>
      )}
      {p && (
        <>
          <p className={styles.summary}>{p.summary}</p>
          <Section title="谁可以申请">
            <Lines text={p.whoQualifies} />
          </Section>
          <Section title="能得到什么帮助">
            <Lines text={p.whatHelp} />
          </Section>
          <Section title="需要哪些材料">
            <ol className={styles.materials}>
              {p.materials.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ol>
          </Section>
          <Section title="多久办结">
            <Lines text={p.timeLimit} />
          </Section>
          <Section title="怎么申请">
            <Lines text={p.howToApply} />
            <div className={styles.actions}>
              <Link className={styles.linkButtonPrimary} to={`/shenqing?programs=${encodeURIComponent(p.code)}`}>
                在线申请
              </Link>
              <Link className={styles.linkButton} to="/chuangkou">
                查看受理窗口的地址和时间
              </Link>
            </div>
          </Section>
          {p.legalBasis.length > 0 && (
            <Section title="政策依据">
              <ul className={styles.basis}>
                {p.legalBasis.map((b) => (
                  <li key={b}>{b}</li>
                ))}
              </ul>
            </Section>
          )}
          {data.portalFaqs.length > 0 && (
            <Section title="常见问题">
              <FaqList items={data.portalFaqs} />
            </Section>
          )}
          <HelpLinks hotline={hotline} question="还有不清楚的？" windows={false} />
        </>
      )}
    </PageFrame>
  );
}
