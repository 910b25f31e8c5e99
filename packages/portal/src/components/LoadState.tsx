import type { ReactNode } from 'react';
import { Button } from 'antd-mobile';
import styles from './LoadState.module.css';

/** A white, centred note in place of a page's data: 正在加载……, or that nothing was found. */
export function StateNote({ children }: { children: ReactNode }) {
  return <p className={styles.note}>{children}</p>;
}

/** A failed load: the message (announced) and a 重新加载 button (a 44 px target like every antd-mobile button). */
export function LoadError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div className={styles.error} role="alert">
      {message}
      <Button className={styles.retry} block fill="outline" onClick={onRetry}>
        重新加载
      </Button>
    </div>
  );
}
