import { Tag } from 'antd-mobile';
import { Link, useParams } from 'react-router-dom';
import { LoadError, StateNote } from '../../components/LoadState';
import { PageFrame } from '../../components/PageFrame';
import { graphql } from '../../gql';
import { useRequest } from '../../useRequest';
import board from '../messages/Messages.module.css';
import styles from '../policy/Policy.module.css';
import { noticeDate } from './notice-date';

const NOTICE = graphql(`
  query PortalNoticeDetail($id: ID!) {
    portalNotice(id: $id) {
      id
      title
      body
      category
      categoryName
      pinned
      publishedAt
    }
  }
`);

const BACK = { to: '/gonggao', label: '全部公告' };

/** 通知公告 › one notice (/gonggao/:id): title, category, date and the body with its line breaks; 返回 to the list. */
export default function NoticeDetailPage() {
  const { id = '' } = useParams();
  const { data, error, reload } = useRequest(NOTICE, { id });
  const notice = data?.portalNotice;
  if (data && !notice)
    return (
      <PageFrame title="通知公告" back={BACK}>
        <StateNote>没有找到这条公告，可能已撤下。</StateNote>
        <div className={styles.actions}>
          <Link to="/gonggao" className={styles.linkButton}>
            返回通知公告
          </Link>
        </div>
      </PageFrame>
    );
  return (
    <PageFrame title={notice?.title ?? '通知公告'} back={BACK}>
      {error && <LoadError message={error} onRetry={reload} />}
      {!data && !error && <StateNote>正在加载……</StateNote>}
      {notice && (
        <article className={styles.section} aria-label={notice.title}>
          <p className={board.meta}>
            <Tag color="primary" fill="outline">
              {notice.categoryName}
            </Tag>{' '}
            {notice.pinned && '置顶 · '}发布日期 <time dateTime={notice.publishedAt ?? undefined}>{noticeDate(notice.publishedAt)}</time>
          </p>
          <p className={styles.text} data-testid="notice-body">
            {notice.body}
          </p>
        </article>
      )}
      {notice && (
        <div className={styles.actions}>
          <Link to="/gonggao" className={styles.linkButton}>
            返回通知公告
          </Link>
        </div>
      )}
    </PageFrame>
  );
}
