import { ErrorBlock } from 'antd-mobile';
import { Link } from 'react-router-dom';
import { ElderToggle } from '../../elder';
import styles from './NotFoundPage.module.css';

export function NotFoundPage() {
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <span className={styles.brand}>协救 · 便民服务</span>
        <ElderToggle />
      </header>
      <main className={styles.content}>
        <ErrorBlock
          status="empty"
          className={styles.block}
          title={<h1 className={styles.title}>页面不存在</h1>}
          description={
            <>
              <p className={styles.text}>您要找的页面不存在，或者已经移走了。</p>
              <Link to="/" className={styles.home}>
                返回便民服务首页
              </Link>
            </>
          }
        />
      </main>
    </div>
  );
}
