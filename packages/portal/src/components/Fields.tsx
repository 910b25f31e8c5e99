import { type ReactNode, useId } from 'react';
import styles from './Form.module.css';

/**
 * The error wiring of a portal form's fields (在线申请, 报告困难群众): `err(f)` is the message under a field (found by
 * `[data-field-error]` to scroll to), `invalid(f)` the attributes a screen reader needs on the control.
 */
export function useFieldErrors<K extends string>(errors: Partial<Record<K, string>>) {
  const id = useId();
  const err = (f: K): ReactNode =>
    errors[f] ? (
      <span id={`${id}-${f}-error`} className={styles.error} data-field-error>
        {errors[f]}
      </span>
    ) : null;
  const invalid = (f: K) => ({ 'aria-invalid': !!errors[f], 'aria-describedby': errors[f] ? `${id}-${f}-error` : undefined });
  return { err, invalid };
}

export interface TownOption {
  code: string;
  name: string;
  villages: Array<{ code: string; name: string }>;
}

/** 所在镇（街道）, then 所在村（社区） of that town (`portalTowns`); errors under `town` and `areaCode`. */
export function TownVillageSelect({
  towns,
  town,
  village,
  onTown,
  onVillage,
  fields,
}: {
  towns: TownOption[];
  town: string;
  village: string;
  onTown: (code: string) => void;
  onVillage: (code: string) => void;
  fields: ReturnType<typeof useFieldErrors<'town' | 'areaCode'>>;
}) {
  const id = useId();
  const villages = towns.find((t) => t.code === town)?.villages ?? [];
  return (
    <>
      <div className={styles.field}>
        <label htmlFor={`${id}-town`}>所在镇（街道）</label>
        <select
          id={`${id}-town`}
          className={styles.select}
          value={town}
          onChange={(e) => {
            onTown(e.target.value);
            onVillage('');
          }}
          {...fields.invalid('town')}
        >
          <option value="">请选择</option>
          {towns.map((t) => (
            <option key={t.code} value={t.code}>
              {t.name}
            </option>
          ))}
        </select>
        {fields.err('town')}
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-village`}>所在村（社区）</label>
        <select
          id={`${id}-village`}
          className={styles.select}
          value={village}
          disabled={!town}
          onChange={(e) => onVillage(e.target.value)}
          {...fields.invalid('areaCode')}
        >
          <option value="">{town ? '请选择' : '请先选择镇（街道）'}</option>
          {villages.map((v) => (
            <option key={v.code} value={v.code}>
              {v.name}
            </option>
          ))}
        </select>
        {fields.err('areaCode')}
      </div>
    </>
  );
}
