import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { ElderToggle } from '../elder';
import styles from './PageFrame.module.css';

/** Where the header's back link goes, and what it says (‹ 返回首页, ‹ 全部政策). */
export interface BackLink {
  to: string;
  label: string;
}

const HOME: BackLink = { to: '/', label: '返回首页' };

/**
 * The frame of every portal page but the home page: the blue header — back link, the 长辈模式 switch (every page has
 * it), the page's <h1> and an optional intro under it — then the page's content in <main>. `headerExtra` goes under
 * the intro (e.g. 我能申请什么's privacy promise), `footer` after <main> (small print).
 */
export function PageFrame({
  title,
  back = HOME,
  intro,
  headerExtra,
  footer,
  children,
}: {
  title: ReactNode;
  back?: BackLink;
  intro?: ReactNode;
  headerExtra?: ReactNode;
  footer?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <div className={styles.headerBar}>
          <Link to={back.to} className={styles.back}>
            <span aria-hidden="true">‹&nbsp;</span>
            {back.label}
          </Link>
          <ElderToggle />
        </div>
        <h1 className={styles.title}>{title}</h1>
        {intro && <p className={styles.intro}>{intro}</p>}
        {headerExtra}
      </header>
      <main className={styles.content}>{children}</main>
      {footer}
    </div>
  );
}
