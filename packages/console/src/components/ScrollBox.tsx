import type { CSSProperties, ReactNode } from 'react';

/**
 * A box that scrolls (a screening trace, a JSON diff, a long preview table). Focusable, so keyboard
 * users can scroll it too (WCAG 2.1.1; axe `scrollable-region-focusable`), and named for screen
 * readers by `label`. Use it instead of antd Table's `scroll.y`, whose scrolling body cannot get focus.
 */
export function ScrollBox(props: { label: string; maxHeight: number; style?: CSSProperties; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus so the keyboard can scroll it (axe scrollable-region-focusable)
    // biome-ignore lint/a11y/useSemanticElements: a named group, not a form <fieldset>; several on one page must not become landmarks
    <div tabIndex={0} role="group" aria-label={props.label} style={{ overflow: 'auto', maxHeight: props.maxHeight, ...props.style }}>
      {props.children}
    </div>
  );
}

/** Preformatted text (kept line breaks, wrapped long lines) in a ScrollBox. */
export function ScrollablePre(props: { label: string; maxHeight: number; style?: CSSProperties; children: ReactNode }) {
  return (
    <ScrollBox label={props.label} maxHeight={props.maxHeight} style={props.style}>
      <pre style={{ margin: 0, whiteSpace: 'pre-wrap', font: 'inherit', wordBreak: 'inherit' }}>{props.children}</pre>
    </ScrollBox>
  );
}
