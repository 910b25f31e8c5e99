import { type ReactNode, useId } from 'react';
import { type Choice, UNKNOWN } from './labels';
import styles from './SelfCheck.module.css';

/**
 * Form controls of the questionnaire: native inputs and selects (they work in every phone browser and WeChat, and a
 * screen reader knows them), each with a visible label that is its accessible name, an optional hint, and an error
 * announced with role="alert". `field` is the answer's key (as the server names it), used to focus the first error.
 */

interface Common {
  field: string;
  label: string;
  hint?: ReactNode;
  error?: string;
}

const describedBy = (...ids: unknown[]) => ids.filter((x): x is string => typeof x === 'string' && x !== '').join(' ') || undefined;

function Hint({ id, children }: { id: string; children?: ReactNode }) {
  return children ? (
    <p id={id} className={styles.hint}>
      {children}
    </p>
  ) : null;
}

export function FieldError({ id, error }: { id?: string; error?: string }) {
  return error ? (
    <p id={id} className={styles.fieldError} role="alert">
      {error}
    </p>
  ) : null;
}

/** One choice among a few, shown as large buttons (radio inputs); `unknown` adds 不清楚 (value ''). */
export function ChoiceGroup<V extends string>({
  field,
  label,
  hint,
  error,
  value,
  options,
  unknown,
  onChange,
}: Common & { value: V | ''; options: Choice<V>[]; unknown?: boolean; onChange: (v: V | '') => void }) {
  const name = useId();
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  const all: Array<Choice<V | ''>> = unknown ? [...options, { value: '', label: UNKNOWN }] : options;
  return (
    <fieldset
      className={styles.question}
      data-field={field}
      aria-describedby={describedBy(hint && hintId, error && errorId)}
      aria-invalid={error ? true : undefined}
    >
      <legend className={styles.legend}>{label}</legend>
      <Hint id={hintId}>{hint}</Hint>
      <div className={styles.choices}>
        {all.map((o) => (
          <label key={o.value || 'unknown'} className={styles.choice}>
            <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <FieldError id={errorId} error={error} />
    </fieldset>
  );
}

/** Several choices (checkboxes), each a full-width row. */
export function CheckGroup({
  field,
  label,
  hint,
  error,
  value,
  options,
  onChange,
}: Common & { value: string[]; options: Choice[]; onChange: (v: string[]) => void }) {
  const id = useId();
  return (
    <fieldset className={styles.question} data-field={field} aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}>
      <legend className={styles.legend}>{label}</legend>
      <Hint id={`${id}-hint`}>{hint}</Hint>
      <div className={styles.checks}>
        {options.map((o) => (
          <label key={o.value} className={styles.choice}>
            <input
              type="checkbox"
              value={o.value}
              checked={value.includes(o.value)}
              onChange={(e) => onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <FieldError id={`${id}-error`} error={error} />
    </fieldset>
  );
}

/** A native select; the first option is `placeholder` (value ''), e.g. 请选择 or 不清楚. */
export function SelectField<V extends string>({
  field,
  label,
  hint,
  error,
  value,
  options,
  placeholder,
  onChange,
}: Common & { value: V | ''; options: Choice<V>[]; placeholder: string; onChange: (v: V | '') => void }) {
  const id = useId();
  return (
    <div className={styles.question} data-field={field}>
      <label htmlFor={id} className={styles.legend}>
        {label}
      </label>
      <Hint id={`${id}-hint`}>{hint}</Hint>
      <select
        id={id}
        className={styles.select}
        value={value}
        onChange={(e) => onChange(e.target.value as V | '')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
      >
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

/** A number typed on the phone's number pad (text input: type=number mangles decimals and full-width digits). */
export function NumberField({
  field,
  label,
  hint,
  error,
  value,
  decimal,
  unit,
  onChange,
}: Common & { value: string; decimal?: boolean; unit?: string; onChange: (v: string) => void }) {
  const id = useId();
  return (
    <div className={styles.question} data-field={field}>
      <label htmlFor={id} className={styles.legend}>
        {label}
      </label>
      <Hint id={`${id}-hint`}>{hint}</Hint>
      <div className={styles.numberRow}>
        <input
          id={id}
          className={styles.input}
          type="text"
          inputMode={decimal ? 'decimal' : 'numeric'}
          autoComplete="off"
          maxLength={12}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
        />
        {unit && (
          <span className={styles.unit} aria-hidden="true">
            {unit}
          </span>
        )}
      </div>
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}
