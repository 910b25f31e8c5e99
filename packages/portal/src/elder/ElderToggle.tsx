import { useElder } from './useElder';
import styles from './ElderToggle.module.css';

/**
 * The 长辈模式 switch for a page header (white on the portal's blue header): a real <button> with aria-pressed,
 * so a screen reader says "长辈模式 切换按钮 已按下/未按下" — its name is exactly the visible text. ≥ 44 px tall.
 */
export function ElderToggle({ className }: { className?: string }) {
  const { elder, setElder } = useElder();
  return (
    <button
      type="button"
      className={className ? `${styles.toggle} ${className}` : styles.toggle}
      aria-pressed={elder}
      onClick={() => setElder(!elder)}
      data-testid="elder-toggle"
    >
      <span className={styles.track} aria-hidden="true">
        <span className={styles.knob} />
      </span>
      长辈模式
    </button>
  );
}
