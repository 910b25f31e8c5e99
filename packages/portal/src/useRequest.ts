import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useEffect, useState } from 'react';
import { request } from './api';

/**
 * A page's query: `data` once loaded (null while loading), or the `error`'s message; loaded again when `variables`
 * change and on `reload()` (the 重新加载 button), each time from nothing (no stale data under a new code).
 */
export function useRequest<R, V extends Record<string, unknown>>(
  doc: TypedDocumentNode<R, V>,
  variables: V,
): { data: R | null; error: string | null; reload: () => void } {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{ data: R | null; error: string | null }>({ data: null, error: null });
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `variables` (a new object every render); `attempt` is the reload
  useEffect(() => {
    let live = true;
    setState({ data: null, error: null });
    request(doc, JSON.parse(key) as V).then(
      (data) => live && setState({ data, error: null }),
      (e: unknown) => live && setState({ data: null, error: e instanceof Error ? e.message : '加载失败，请稍后再试' }),
    );
    return () => {
      live = false;
    };
  }, [doc, key, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
