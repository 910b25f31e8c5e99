import { useState } from 'react';
import { ApiError } from '../api';

/**
 * The submit of a portal form (在线申请, 报告困难群众, 留言, the lookups): the page's own check first — the errors shown,
 * the first invalid control focused, nothing sent — then `send`; a refusal of the server lands on the field it names
 * (when the form has it: `fields`), else on `fallback`, and is scrolled into view. `sending` while the request is out.
 */
export function useCheckedSubmit<E extends object>(
  setErrors: (e: E) => void,
  opts: { fallback: keyof E & string; fields?: readonly string[]; failure?: string },
) {
  const [sending, setSending] = useState(false);
  const submit = async (errors: E, send: () => Promise<void>) => {
    setErrors(errors);
    if (Object.keys(errors).length) {
      document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setSending(true);
    try {
      await send();
    } catch (err) {
      const message = err instanceof Error ? err.message : (opts.failure ?? '提交失败，请稍后再试');
      const field = err instanceof ApiError && err.field && (!opts.fields || opts.fields.includes(err.field)) ? err.field : opts.fallback;
      setErrors({ [field]: message } as E);
      requestAnimationFrame(() => document.querySelector('[data-field-error]')?.scrollIntoView({ block: 'center' }));
    } finally {
      setSending(false);
    }
  };
  return { sending, submit };
}
