import { useSyncExternalStore } from 'react';
import { isElderMode, setElderMode, subscribeElderMode } from './elder';

/**
 * Whether 长辈模式 is on, re-rendering when it changes. Most pages need nothing: sizes in rem grow by themselves.
 * Use it only for what CSS cannot do, e.g. fewer grid columns (`<Grid columns={elder ? 2 : 3}>`).
 */
export function useElder(): { elder: boolean; setElder: (on: boolean) => void } {
  const elder = useSyncExternalStore(subscribeElderMode, isElderMode, () => false);
  return { elder, setElder: setElderMode };
}
