import { Link } from 'react-router-dom';
import styles from './Faq.module.css';

export interface FaqItem {
  id: string;
  question: string;
  answer: string;
  programCode?: string | null;
  programName?: string | null;
}

/**
 * Questions that open to their answer (native details/summary: works without script, spoken as a button that is
 * expanded or collapsed). `withProgram`: a question tied to a program links to its 政策查询 page.
 */
export function FaqList({ items, withProgram = false }: { items: readonly FaqItem[]; withProgram?: boolean }) {
  return (
    <div className={styles.list}>
      {items.map((f) => (
        <details key={f.id} className={styles.item}>
          <summary className={styles.question}>{f.question}</summary>
          <div className={styles.answer}>
            {f.answer
              .split('\n')
              .filter((l) => l.trim())
              .map((l, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: lines of one answer, never reordered
                <p key={i}>{l.trim()}</p>
              ))}
            {withProgram && f.programCode && f.programName && (
              <Link className={styles.more} to={`/zhengce/${encodeURIComponent(f.programCode)}`}>
                查看政策：{f.programName}
              </Link>
            )}
          </div>
        </details>
      ))}
    </div>
  );
}
