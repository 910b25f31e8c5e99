import { Card, Footer, Grid, List, Tag } from 'antd-mobile';
import { Link } from 'react-router-dom';
import { hotline } from '../../data/hotline';
import { serviceWindows, WINDOWS_ARE_DEMO } from '../../data/windows';
import { ElderToggle, useElder } from '../../elder';
import { serviceEntries } from './services';
import styles from './HomePage.module.css';

const DemoTag = ({ children = '演示' }: { children?: string }) => (
  <Tag color="warning" fill="outline">
    {children}
  </Tag>
);

/** Public landing page: hotline, where to go in person, and what the portal will offer. */
export function HomePage() {
  // 长辈模式: one entry per row (badge, title, 即将开放) instead of three columns, so the larger titles stay whole.
  const { elder } = useElder();
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
        <Card
          title={
            <span className={styles.cardTitle}>
              <h2 className={styles.heading}>{hotline.label}</h2>
              {hotline.isDemo && <DemoTag>演示号码</DemoTag>}
            </span>
          }
        >
          <a className={styles.hotline} href={`tel:${hotline.dial}`} aria-label={`拨打救助热线 ${hotline.display}`}>
            {hotline.display}
          </a>
          <p className={styles.hotlineNote}>{hotline.note}</p>
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
                  {entry.path ? (
                    <Link to={entry.path} className={`${styles.entry} ${styles.entryLive}`} title={entry.description} data-testid={`entry-${entry.key}`}>
                      <span className={`${styles.glyph} ${styles.glyphLive}`} aria-hidden="true">
                        {entry.glyph}
                      </span>
                      <span className={`${styles.entryTitle} ${styles.entryTitleLive}`}>{entry.title}</span>
                    </Link>
                  ) : (
                    <>
                      {/* No aria-label: the name is the visible text (标题 + 即将开放), so a screen reader says what is shown. */}
                      {/* biome-ignore lint/a11y/useSemanticElements: a link that is not open yet has no href to give an <a>; services.ts sets the path when the feature ships */}
                      <div className={styles.entry} role="link" tabIndex={0} aria-disabled="true" title={entry.description} data-testid={`entry-${entry.key}`}>
                        <span className={styles.glyph} aria-hidden="true">
                          {entry.glyph}
                        </span>
                        <span className={styles.entryTitle}>{entry.title}</span>
                        <Tag color="default" fill="outline">
                          即将开放
                        </Tag>
                      </div>
                    </>
                  )}
                </Grid.Item>
              ))}
            </Grid>
          </Card>
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
                {WINDOWS_ARE_DEMO && <DemoTag>演示数据</DemoTag>}
              </div>
            }
          >
            {serviceWindows.map((w) => (
              <List.Item
                key={w.id}
                description={
                  <>
                    <span className={styles.windowMeta}>地址：{w.address}</span>
                    <span className={styles.windowMeta}>时间：{w.hours}</span>
                  </>
                }
              >
                {w.name}
              </List.Item>
            ))}
          </List>
        </section>
      </main>

      <Footer className={styles.footer} content="个人信息受法律保护，我们只在办理救助所需范围内使用" />
    </div>
  );
}
