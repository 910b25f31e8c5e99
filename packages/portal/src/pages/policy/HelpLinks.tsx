import { Link } from 'react-router-dom';
import styles from './Policy.module.css';

/** Where to ask: the hotline (a tel: link) and the windows page (unless the page links it already) — tap targets of ≥ 44 px. */
export function HelpLinks({ hotline, question, windows = true }: { hotline: string | null; question: string; windows?: boolean }) {
  return (
    <section className={styles.section}>
      <h2 className={styles.sectionTitle}>{question}</h2>
      <p className={styles.text}>可以打电话咨询，也可以到受理窗口当面问，工作人员会帮您看能申请哪些救助。</p>
      <div className={styles.actions}>
        {hotline && (
          <a className={styles.linkButtonPrimary} href={`tel:${hotline}`}>
            拨打救助热线 {hotline}
          </a>
        )}
        {windows && (
          <Link className={styles.linkButton} to="/chuangkou">
            查看受理窗口的地址和时间
          </Link>
        )}
      </div>
    </section>
  );
}
