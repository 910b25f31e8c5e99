import type { FormInstance } from 'antd';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { errorText } from '../utils/errors';

type NamePath = (string | number)[];

/** `members.1.idNumber` → ['members', 1, 'idNumber'] */
export function fieldPath(field: string): NamePath {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

const samePath = (a: readonly (string | number)[], b: readonly (string | number)[]) => a.length === b.length && a.every((p, i) => String(p) === String(b[i]));

/**
 * Puts server errors that name a field (`extensions.field`) under that field of the form, when
 * the form has such a field. Returns the messages that found no field (show those elsewhere).
 * `mapField` translates the server's path to the form's (e.g. drops a `members.0.` prefix).
 */
export function applyFieldErrors(form: FormInstance, error: unknown, mapField: (field: string) => string | undefined = (f) => f): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [errorText(error)];
  const registered = form.getFieldsError().map((f) => f.name);
  const unplaced: string[] = [];
  const placed: { name: NamePath; errors: string[] }[] = [];
  for (const e of error.errors) {
    const raw = e.extensions?.field;
    const mapped = typeof raw === 'string' ? mapField(raw) : undefined;
    const path = mapped ? fieldPath(mapped) : undefined;
    if (path && registered.some((r) => samePath(r, path))) placed.push({ name: path, errors: [e.message] });
    else unplaced.push(e.message);
  }
  if (placed.length) {
    form.setFields(placed);
    form.scrollToField(placed[0].name, { block: 'center' });
  }
  return unplaced;
}
