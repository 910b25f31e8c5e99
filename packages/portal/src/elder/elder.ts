/**
 * 长辈模式 (elder mode, MIIT 适老化): larger type and simpler pages for older users.
 *
 * State lives on <html> as the class `xj-elder` (global.css raises the root font-size from 100 % to 125 %, so
 * every size given in rem grows) and in localStorage under `xj-portal-elder` ('1' = on), so it survives a reload
 * and holds for every page. A tiny external store: components read it with `useElder()` (useSyncExternalStore),
 * no provider needed; other tabs follow through the `storage` event.
 */

/** localStorage key; '1' = 长辈模式 on, anything else (or nothing) = off. */
export const ELDER_STORAGE_KEY = 'xj-portal-elder';
/** Class set on <html> while 长辈模式 is on (global.css: `html.xj-elder { font-size: 125% }`). */
export const ELDER_CLASS = 'xj-elder';

type Listener = () => void;
const listeners = new Set<Listener>();
let current = false;

/** The saved choice. localStorage can throw (storage disabled, some in-app browsers' private mode): then off. */
function readSaved(): boolean {
  try {
    return window.localStorage.getItem(ELDER_STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

function apply(on: boolean): void {
  current = on;
  document.documentElement.classList.toggle(ELDER_CLASS, on);
  for (const listener of listeners) listener();
}

/** Applies the saved choice to <html>. Call once before the first render (main.tsx), so nothing re-flows after paint. */
export function initElderMode(): void {
  apply(readSaved());
  window.addEventListener('storage', (e) => {
    if (e.key === ELDER_STORAGE_KEY || e.key === null) apply(readSaved());
  });
}

export function isElderMode(): boolean {
  return current;
}

/** Turns 长辈模式 on or off, everywhere, and remembers it (if the browser lets us). */
export function setElderMode(on: boolean): void {
  try {
    window.localStorage.setItem(ELDER_STORAGE_KEY, on ? '1' : '0');
  } catch {
    // Not saved: the choice still holds until the page is closed.
  }
  apply(on);
}

export function subscribeElderMode(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
