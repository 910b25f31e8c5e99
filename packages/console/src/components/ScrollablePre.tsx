import type { CSSProperties, ReactNode } from 'react';

/**
 * Preformatted text in a box that scrolls (a screening trace, a JSON diff). Focusable, so keyboard
 * users can scroll it too (WCAG 2.1.1; axe `scrollable-region-focusable`), and named for screen
 * readers by `label` (a `group`: a bare <pre> may not carry a name).
 */
export function ScrollablePre(props: { label: string; maxHeight: number; style?: CSSProperties; children: ReactNode }) {
  return (
    <pre
      tabIndex={0}
      role="group"
      aria-label={props.label}
      style={{ overflow: 'auto', whiteSpace: 'pre-wrap', maxHeight: props.maxHeight, ...props.style }}
    >
      {props.children}
    </pre>
  );
}
