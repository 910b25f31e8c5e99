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

type Aria = { 'aria-invalid'?: true; 'aria-describedby'?: string };

/**
 * One question: its name (a <legend> for a group of choices, else the <label> of its one control), the hint, the
 * control(s) drawn by `render` with the question's id and the aria attributes for them, and the error. A wrong answer
 * is marked aria-invalid (on the group, or on the control) and the hint and error are read out with it.
 */
function Question({ field, label, hint, error, group, render }: Common & { group?: boolean; render: (id: string, aria: Aria) => ReactNode }) {
  const id = useId();
  const aria: Aria = { 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy(hint && `${id}-hint`, error && `${id}-error`) };
  const Tag = group ? 'fieldset' : 'div';
  return (
    <Tag className={styles.question} data-field={field} {...(group ? aria : {})}>
      {group ? (
        <legend className={styles.legend}>{label}</legend>
      ) : (
        <label htmlFor={id} className={styles.legend}>
          {label}
        </label>
      )}
      <Hint id={`${id}-hint`}>{hint}</Hint>
      {render(id, group ? {} : aria)}
      <FieldError id={`${id}-error`} error={error} />
    </Tag>
  );
}

/** One choice among a few, shown as large buttons (radio inputs); `unknown` adds 不清楚 (value ''). */
export function ChoiceGroup<V extends string>({
  value,
  options,
  unknown,
  onChange,
  ...question
}: Common & { value: V | ''; options: Choice<V>[]; unknown?: boolean; onChange: (v: V | '') => void }) {
  const all: Array<Choice<V | ''>> = unknown ? [...options, { value: '', label: UNKNOWN }] : options;
  return (
    <Question
      {...question}
      group
      render={(name) => (
        <div className={styles.choices}>
          {all.map((o) => (
            <label key={o.value || 'unknown'} className={styles.choice}>
              <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
              <span>{o.label}</span>
            </label>
          ))}
        </div>
      )}
    />
  );
}

/** Several choices (checkboxes), each a full-width row. */
export function CheckGroup({ value, options, onChange, ...question }: Common & { value: string[]; options: Choice[]; onChange: (v: string[]) => void }) {
  return (
    <Question
      {...question}
      group
      render={() => (
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
      )}
    />
  );
}

/** A native select; the first option is `placeholder` (value ''), e.g. 请选择 or 不清楚. */
export function SelectField<V extends string>({
  value,
  options,
  placeholder,
  onChange,
  ...question
}: Common & { value: V | ''; options: Choice<V>[]; placeholder: string; onChange: (v: V | '') => void }) {
  return (
    <Question
      {...question}
      render={(id, aria) => (
        <select id={id} className={styles.select} value={value} onChange={(e) => onChange(e.target.value as V | '')} {...aria}>
          <option value="">{placeholder}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}

/** A number typed on the phone's number pad (text input: type=number mangles decimals and full-width digits). */
export function NumberField({
  value,
  decimal,
  unit,
  onChange,
  ...question
}: Common & { value: string; decimal?: boolean; unit?: string; onChange: (v: string) => void }) {
  return (
    <Question
      {...question}
      render={(id, aria) => (
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
            {...aria}
          />
          {unit && (
            <span className={styles.unit} aria-hidden="true">
              {unit}
            </span>
          )}
        </div>
      )}
    />
  );
}
