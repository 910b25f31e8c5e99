import { useCallback, useState } from 'react';

/**
 * Open/close state of a modal or drawer plus its subject. The subject is kept after closing
 * so the closing animation does not flash empty content.
 */
export function useDialog<T = undefined>() {
  const [state, setState] = useState<{ open: boolean; target?: T }>({ open: false });
  const open = useCallback((target?: T) => setState({ open: true, target }), []);
  const close = useCallback(() => setState((s) => ({ ...s, open: false })), []);
  return { isOpen: state.open, target: state.target, open, close };
}
