import { ErrorBlock } from 'antd-mobile';
import { Link } from 'react-router-dom';
import { PageFrame } from '../../components/PageFrame';
import styles from './NotFoundPage.module.css';

export function NotFoundPage() {
  return (
    <PageFrame title="页面不存在">
      <ErrorBlock
        status="empty"
        className={styles.block}
        title={null}
        description={
          <>
            <p className={styles.text}>您要找的页面不存在，或者已经移走了。</p>
            <Link to="/" className={styles.home}>
              返回便民服务首页
            </Link>
          </>
        }
      />
    </PageFrame>
  );
}
