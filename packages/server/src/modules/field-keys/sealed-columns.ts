import { ID_INDEX_DOMAIN, PHONE_INDEX_DOMAIN, PORTAL_PHONE_DOMAIN } from '../household/identity';
import { REFERENCE_TABLES } from '../roster/stage';

/**
 * Every place that holds a value sealed with the field key (`FieldCrypto.encrypt`), with its blind
 * index where there is one. The start-up check samples these, and a key rotation re-seals them and
 * rebuilds the indexes. A new sealed column must be added here (a test compares this list with
 * every `*_enc` column of the schema).
 */
export interface SealedField {
  /** SQL expression reading the sealed text from row alias `t`. */
  read: string;
  /** The column the sealed text is written to. */
  column: string;
  /**
   * The column's new value given its current value (`current`, an SQL expression) and the new sealed text (`value`;
   * null → unchanged). Several fields of one column (keys of a JSON column) are applied one after the other.
   */
  write: (current: string, value: string) => string;
  /** Blind index column rebuilt with the value, and its domain prefix. */
  index?: { column: string; domain: string };
}

export interface SealedTable {
  table: string;
  /** Primary key column (uuid), the rotation's keyset cursor. */
  id: string;
  fields: SealedField[];
}

const column = (name: string, index?: SealedField['index']): SealedField => ({
  read: `t."${name}"`,
  column: name,
  write: (cur, v) => `coalesce(${v}, ${cur})`,
  index,
});

const jsonKey = (col: string, key: string): SealedField => ({
  read: `t."${col}"->>'${key}'`,
  column: col,
  write: (cur, v) => `case when ${v} is null then ${cur} else jsonb_set(${cur}, '{${key}}', to_jsonb(${v})) end`,
});

export const SEALED_TABLES: SealedTable[] = [
  {
    table: 'person',
    id: 'id',
    fields: [column('id_enc', { column: 'id_bidx', domain: ID_INDEX_DOMAIN }), column('phone_enc', { column: 'phone_bidx', domain: PHONE_INDEX_DOMAIN })],
  },
  { table: 'household', id: 'id', fields: [column('phone_enc', { column: 'phone_bidx', domain: PHONE_INDEX_DOMAIN })] },
  /** 法定义务人 (modules/household): the supporter's ID number, matched to the ledger by its blind index. */
  { table: 'legal_supporter', id: 'id', fields: [column('id_enc', { column: 'id_bidx', domain: ID_INDEX_DOMAIN })] },
  /** Staff: the TOTP secret; the optional mobile (modules/sms: window staff receive SMS). */
  { table: 'app_user', id: 'id', fields: [column('totp_secret_enc'), column('mobile_enc')] },
  /** 短信 (modules/sms): the recipient's phone copied at planning; a verification code's real text; the provider's secrets. */
  { table: 'sms_message', id: 'id', fields: [column('phone_enc'), column('secret_enc')] },
  { table: 'sms_config', id: 'id', fields: [column('secret_enc'), column('receipt_token_enc')] },
  /** 回调地址 (modules/integration): the HMAC-SM3 signing secret of a webhook subscription. */
  { table: 'webhook_subscription', id: 'id', fields: [column('secret_enc')] },
  /** 预申请 contact (modules/workflow, modules/citizen): the phone; a portal applicant's ID number. */
  { table: 'application', id: 'id', fields: [jsonKey('contact', 'phoneEnc'), jsonKey('contact', 'idEnc'), jsonKey('contact', 'reporterPhoneEnc')] },
  /** 留言 (modules/portal): the writer's verified phone, found again by its blind index (`portal-phone:`, as the SMS codes). */
  { table: 'portal_message', id: 'id', fields: [column('phone_enc', { column: 'phone_bidx', domain: PORTAL_PHONE_DOMAIN })] },
  /** 公示异议 (modules/publicity): the contact phone an objector left. */
  { table: 'publicity_objection', id: 'id', fields: [column('contact_phone_enc')] },
  /** 大数据库 reference datasets (modules/roster): the person's ID as the source reported it. */
  ...REFERENCE_TABLES.map(({ table }): SealedTable => ({ table, id: 'id', fields: [column('id_enc', { column: 'id_bidx', domain: ID_INDEX_DOMAIN })] })),
];
