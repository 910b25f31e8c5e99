import { useEffect, useState } from 'react';
import { Card, Footer, Grid, List } from 'antd-mobile';
import { Link } from 'react-router-dom';
import { ElderToggle, useElder } from '../../elder';
import { NoticeItemText } from '../notices/NoticeItemText';
import list from '../policy/Policy.module.css';
import type { HomeData } from './home-data';
import { serviceEntries } from './services';
import styles from './HomePage.module.css';

/** Until the district sets its 社会救助服务热线 (系统设置), the nationwide 政务服务便民热线 answers. */
const FALLBACK_HOTLINE = '12345';
const dialable = (phone: string) => phone.replace(/[^\d]/g, '');

/** Public landing page: hotline, what the portal offers, the latest 通知公告 and where to go in person. */
export function HomePage() {
  // 长辈模式: one entry per row (badge and title) instead of three columns, so the larger titles stay whole.
  const { elder } = useElder();
  const [data, setData] = useState<HomeData | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    import('./home-data')
      .then(({ loadHomeData }) => loadHomeData())
      .then((d) => live && setData(d))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, []);
  const hotline = data ? (data.portalInfo.hotline ?? FALLBACK_HOTLINE) : failed ? FALLBACK_HOTLINE : null;
  const district = data?.portalWindows.find((w) => w.isDistrict) ?? data?.portalWindows[0] ?? null;
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <div className={styles.headerTop}>
          <h1 className={styles.title}>协救 · 便民服务</h1>
          <ElderToggle />
        </div>
        <p className={styles.banner}>一门受理 · 协同办理 — 有困难，找一个窗口就够了</p>
      </header>

      <main className={styles.content}>
        <Card title={<h2 className={styles.heading}>救助热线</h2>}>
          {hotline ? (
            <a className={styles.hotline} href={`tel:${dialable(hotline)}`} aria-label={`拨打救助热线 ${hotline}`}>
              {hotline}
            </a>
          ) : (
            // Same box as the number, so nothing below moves when it arrives (layout shift, Lighthouse CLS).
            <span className={styles.hotline} aria-busy="true">
              …
            </span>
          )}
          <p className={styles.hotlineNote}>工作日上班时间有人接听；紧急情况请拨打 110 / 120</p>
        </Card>

        <section aria-labelledby="xj-services-title">
          <Card>
            <div className={styles.sectionTitle}>
              <h2 id="xj-services-title" className={styles.heading}>
                便民服务
              </h2>
            </div>
            <Grid columns={elder ? 1 : 3} gap={8}>
              {serviceEntries.map((entry) => (
                <Grid.Item key={entry.key}>
                  <Link to={entry.path} className={`${styles.entry} ${styles.entryLive}`} title={entry.description} data-testid={`entry-${entry.key}`}>
                    <span className={`${styles.glyph} ${styles.glyphLive}`} aria-hidden="true">
                      {entry.glyph}
                    </span>
                    <span className={`${styles.entryTitle} ${styles.entryTitleLive}`}>{entry.title}</span>
                  </Link>
                </Grid.Item>
              ))}
            </Grid>
          </Card>
        </section>

        <section aria-labelledby="xj-notices-title">
          <Card>
            <div className={styles.sectionTitle}>
              <h2 id="xj-notices-title" className={styles.heading}>
                通知公告
              </h2>
            </div>
            {!data && !failed && <p className={styles.windowMeta}>正在读取通知公告…</p>}
            {data && data.portalNotices.items.length === 0 && <p className={styles.windowMeta}>暂无公告</p>}
            {failed && <p className={styles.windowMeta}>暂时读不到通知公告，请稍后再试</p>}
            {data && data.portalNotices.items.length > 0 && (
              <ul className={list.list} data-testid="home-notices">
                {data.portalNotices.items.map((n) => (
                  <li key={n.id}>
                    <Link to={`/gonggao/${n.id}`} className={list.item}>
                      <NoticeItemText n={n} />
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Link to="/gonggao" className={styles.allWindows} data-testid="all-notices">
            {data && data.portalNotices.total > 0 ? `查看全部 ${data.portalNotices.total} 条通知公告` : '查看全部通知公告'}
          </Link>
        </section>

        <section aria-labelledby="xj-windows-title">
          <List
            mode="card"
            style={{ margin: 0 }}
            header={
              <div className={styles.sectionTitle}>
                <h2 id="xj-windows-title" className={styles.heading}>
                  受理窗口
                </h2>
              </div>
            }
          >
            {!data && !failed && (
              // Holds the place of the district's window (name and two lines) while it loads: nothing below moves.
              <List.Item
                aria-busy="true"
                description={
                  <>
                    <span className={styles.windowMeta}>地址：…</span>
                    <span className={styles.windowMeta}>时间：…</span>
                  </>
                }
              >
                正在读取受理窗口…
              </List.Item>
            )}
            {district && (
              <List.Item
                description={
                  <>
                    <span className={styles.windowMeta}>地址：{district.address ?? '请致电热线咨询'}</span>
                    <span className={styles.windowMeta}>时间：{district.hours ?? '请致电热线咨询'}</span>
                    {district.note && <span className={styles.windowMeta}>{district.note}</span>}
                  </>
                }
              >
                {district.name}
              </List.Item>
            )}
            {failed && <List.Item>暂时读不到窗口信息，请拨打上面的热线咨询</List.Item>}
          </List>
          <Link to="/chuangkou" className={styles.allWindows} data-testid="all-windows">
            {data ? `查看全部 ${data.portalWindows.length} 个受理窗口（各镇街）` : '查看全部受理窗口（各镇街）'}
          </Link>
        </section>
      </main>

      <Footer className={styles.footer} content="个人信息受法律保护，我们只在办理救助所需范围内使用" />
    </div>
  );
}
