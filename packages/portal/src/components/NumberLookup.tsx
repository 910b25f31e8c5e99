import { useId } from 'react';
import type { CodePurpose } from '../gql/graphql';
import styles from './Form.module.css';
import { PhoneVerify, type PhoneErrors } from './PhoneVerify';

export type LookupErrors = PhoneErrors & { number?: string };

/**
 * The fields of a lookup by number + phone + SMS code (办理进度查询, 查看我的留言): the number with its hint (or its
 * error), the phone verified by a code, and the submit button. The page owns the values and sends them.
 */
export function NumberLookupFields({
  label,
  hint,
  purpose,
  number,
  onNumber,
  phone,
  onPhone,
  code,
  onCode,
  errors,
  setErrors,
  sending,
  submitLabel,
}: {
  label: string;
  hint: string;
  purpose: CodePurpose;
  number: string;
  onNumber: (v: string) => void;
  phone: string;
  onPhone: (v: string) => void;
  code: string;
  onCode: (v: string) => void;
  errors: LookupErrors;
  setErrors: (update: (old: LookupErrors) => LookupErrors) => void;
  sending: boolean;
  submitLabel: string;
}) {
  const id = useId();
  return (
    <section className={styles.section}>
      <div className={styles.field}>
        <label htmlFor={`${id}-no`}>{label}</label>
        <input
          id={`${id}-no`}
          className={styles.input}
          autoComplete="off"
          autoCapitalize="characters"
          maxLength={40}
          value={number}
          onChange={(e) => onNumber(e.target.value)}
          aria-invalid={!!errors.number}
          aria-describedby={`${id}-no-hint`}
        />
        <span id={`${id}-no-hint`} className={errors.number ? styles.error : styles.hint}>
          {errors.number ?? hint}
        </span>
      </div>
      <PhoneVerify
        purpose={purpose}
        phone={phone}
        onPhone={onPhone}
        code={code}
        onCode={onCode}
        errors={errors}
        onErrors={(x) => setErrors((old) => ({ ...old, ...x }))}
      />
      <button type="submit" className={styles.submit} disabled={sending}>
        {sending ? '正在查询…' : submitLabel}
      </button>
    </section>
  );
}
