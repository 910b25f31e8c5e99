import { LoadError, StateNote } from '../../components/LoadState';
import { PageFrame } from '../../components/PageFrame';
import { graphql } from '../../gql';
import type { PortalWindowsQuery } from '../../gql/graphql';
import { useRequest } from '../../useRequest';
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
  const { data, error, reload } = useRequest(PORTAL_WINDOWS, {});
  const hotline = data?.portalInfo.hotline ?? null;
  return (
    <PageFrame title="受理窗口" intro="社会救助在户籍所在地的镇街便民服务中心申请，村（社区）也可以帮您登记。去之前可以先打电话问清要带的材料。">
      {error && <LoadError message={error} onRetry={reload} />}
      {!data && !error && <StateNote>正在加载……</StateNote>}

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

      {data && data.portalWindows.length === 0 && <StateNote>暂无受理窗口信息，请拨打救助热线咨询。</StateNote>}
      {data?.portalWindows.map((w) => (
        <WindowCard key={w.areaCode} w={w} hotline={hotline} />
      ))}
    </PageFrame>
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
