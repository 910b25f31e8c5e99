import { useState } from 'react';
import { Link } from 'react-router-dom';
import { LoadError, StateNote } from '../../components/LoadState';
import { PageFrame } from '../../components/PageFrame';
import { graphql } from '../../gql';
import type { PortalNoticeCategory } from '../../gql/graphql';
import { useRequest } from '../../useRequest';
import board from '../messages/Messages.module.css';
import styles from '../policy/Policy.module.css';
import { NoticeItemText } from './NoticeItemText';

const NOTICES = graphql(`
  query PortalNoticeList($category: PortalNoticeCategory, $page: Int!) {
    portalNotices(category: $category, page: $page, pageSize: 10) {
      total
      page
      pageSize
      items {
        id
        title
        category
        categoryName
        pinned
        publishedAt
      }
    }
  }
`);

/** The categories in the order the filter shows them (typed: a new category of the schema must be named here). */
const CATEGORIES: Array<[PortalNoticeCategory, string]> = [
  ['NOTICE', '通知'],
  ['POLICY', '政策解读'],
  ['WORK', '工作动态'],
];

/** 通知公告 (/gonggao): the district's published notices, 置顶 first, then the newest; by category, 10 a page. */
export default function NoticeListPage() {
  const [category, setCategory] = useState<PortalNoticeCategory | null>(null);
  const [pageNo, setPageNo] = useState(1);
  const { data, error, reload } = useRequest(NOTICES, { category, page: pageNo });
  const list = data?.portalNotices;
  const pages = list ? Math.max(1, Math.ceil(list.total / list.pageSize)) : 1;
  const choose = (c: PortalNoticeCategory | null) => {
    setCategory(c);
    setPageNo(1);
  };
  return (
    <PageFrame title="通知公告" intro="区民政部门发布的通知、政策解读和工作动态。">
      <fieldset className={board.filters} aria-label="按类别查看">
        <button type="button" className={board.filter} aria-pressed={category === null} onClick={() => choose(null)}>
          全部
        </button>
        {CATEGORIES.map(([c, label]) => (
          <button key={c} type="button" className={board.filter} aria-pressed={category === c} onClick={() => choose(c)}>
            {label}
          </button>
        ))}
      </fieldset>
      {error && <LoadError message={error} onRetry={reload} />}
      {!data && !error && <StateNote>正在加载……</StateNote>}
      {list && list.items.length === 0 && <StateNote>暂无公告。</StateNote>}
      {list && list.items.length > 0 && (
        <section className={styles.group} aria-label="公告列表">
          <ul className={styles.list} data-testid="notice-list">
            {list.items.map((n) => (
              <li key={n.id}>
                <Link to={`/gonggao/${n.id}`} className={styles.item}>
                  <NoticeItemText n={n} />
                  <span className={styles.chevron} aria-hidden="true">
                    ›
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {list && list.total > list.pageSize && (
        <nav className={board.pager} aria-label="翻页">
          <button type="button" className={board.pageButton} disabled={pageNo <= 1} onClick={() => setPageNo((p) => p - 1)}>
            上一页
          </button>
          <span>
            第 {pageNo} / {pages} 页
          </span>
          <button type="button" className={board.pageButton} disabled={pageNo >= pages} onClick={() => setPageNo((p) => p + 1)}>
            下一页
          </button>
        </nav>
      )}
    </PageFrame>
  );
}
