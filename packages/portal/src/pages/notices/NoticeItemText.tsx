import { Tag } from 'antd-mobile';
import styles from '../policy/Policy.module.css';
import { noticeDate } from './notice-date';

/** One notice in a list (home page, 通知公告): 【置顶】 and the title, then its category and date. */
export function NoticeItemText({ n }: { n: { title: string; pinned: boolean; categoryName: string; publishedAt?: string | null } }) {
  return (
    <span className={styles.itemText}>
      <span className={styles.itemName}>
        {n.pinned && <span>【置顶】</span>}
        {n.title}
      </span>
      <span className={styles.itemSummary}>
        <Tag color="primary" fill="outline">
          {n.categoryName}
        </Tag>{' '}
        <time dateTime={n.publishedAt ?? undefined}>{noticeDate(n.publishedAt ?? null)}</time>
      </span>
    </span>
  );
}
