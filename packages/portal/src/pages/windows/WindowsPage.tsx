import { useCallback, useEffect, useState } from 'react';
import { Button } from 'antd-mobile';
import { Link } from 'react-router-dom';
import { ElderToggle } from '../../elder';
import { graphql } from '../../gql';
import type { PortalWindowsQuery } from '../../gql/graphql';
import { request } from '../../api';
import styles from './WindowsPage.module.css';

const PORTAL_WINDOWS = graphql(`
  query PortalWindows {
    portalWindows {
      areaCode
      areaName
      isDistrict
      name
      address
      hours
      phone
      mapText
      note
    }
    portalInfo {
      hotline
    }
  }
`);

type Window = PortalWindowsQuery['portalWindows'][number];

/** The text the server's README promises for a window whose address and hours are not entered yet. */
const ASK_HOTLINE = '地址和时间请致电热线咨询';

/** 受理窗口: the district's and every town's 社会救助窗口 — address, hours, phone (tap to call), how to get there. */
export default function WindowsPage() {
  const [data, setData] = useState<PortalWindowsQuery | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    setError(null);
    try {
      setData(await request(PORTAL_WINDOWS, {}));
    } catch (e) {
      setError(e instanceof Error ? e.message : '加载失败，请稍后再试');
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const hotline = data?.portalInfo.hotline ?? null;
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <div className={styles.headerBar}>
          <Link to="/" className={styles.back}>
            <span aria-hidden="true">‹&nbsp;</span>返回首页
          </Link>
          <ElderToggle />
        </div>
        <h1 className={styles.title}>受理窗口</h1>
        <p className={styles.intro}>社会救助在户籍所在地的镇街便民服务中心申请，村（社区）也可以帮您登记。去之前可以先打电话问清要带的材料。</p>
      </header>

      <main className={styles.content}>
        {error && (
          <div className={styles.error} role="alert">
            {error}
            <Button className={styles.retry} block fill="outline" onClick={() => void load()}>
              重新加载
            </Button>
          </div>
        )}
        {!data && !error && <p className={styles.empty}>正在加载……</p>}

        {hotline && (
          <section className={styles.hotline} aria-labelledby="hotline-title">
            <h2 className={styles.hotlineTitle} id="hotline-title">
              社会救助服务热线
            </h2>
            <a className={styles.call} href={`tel:${hotline}`}>
              拨打 {hotline}
            </a>
          </section>
        )}

        {data && data.portalWindows.length === 0 && <p className={styles.empty}>暂无受理窗口信息，请拨打救助热线咨询。</p>}
        {data?.portalWindows.map((w) => (
          <WindowCard key={w.areaCode} w={w} hotline={hotline} />
        ))}
      </main>
    </div>
  );
}

function WindowCard({ w, hotline }: { w: Window; hotline: string | null }) {
  const titleId = `window-${w.areaCode}`;
  const entered = !!(w.address || w.hours);
  return (
    <article className={styles.window} aria-labelledby={titleId}>
      <h2 className={styles.name} id={titleId}>
        {w.name}
      </h2>
      {entered ? (
        <dl className={styles.rows}>
          {w.address && (
            <>
              <dt>地址：</dt>
              <dd>{w.address}</dd>
            </>
          )}
          {w.hours && (
            <>
              <dt>时间：</dt>
              <dd>{w.hours}</dd>
            </>
          )}
          {w.mapText && (
            <>
              <dt>交通：</dt>
              <dd>{w.mapText}</dd>
            </>
          )}
          {w.note && (
            <>
              <dt>备注：</dt>
              <dd>{w.note}</dd>
            </>
          )}
        </dl>
      ) : (
        <p className={styles.ask}>{ASK_HOTLINE}</p>
      )}
      {w.phone ? (
        <a className={styles.phone} href={`tel:${w.phone}`}>
          咨询电话 {w.phone}
        </a>
      ) : (
        !entered &&
        hotline && (
          <a className={styles.phone} href={`tel:${hotline}`}>
            拨打救助热线 {hotline}
          </a>
        )
      )}
    </article>
  );
}
