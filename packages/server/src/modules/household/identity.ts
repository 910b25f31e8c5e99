import { maskIdNumber, maskPhone, parseIdNumber, type IdNumberInfo } from '@xiejiu/rules';
import { AppError } from '../../shared/errors';
import type { FieldCrypto } from '../../shared/field-crypto';
import { pgArray } from '../../shared/sql';

/**
 * Personal identifiers at rest (S5): SM4 ciphertext + keyed SM3 blind index + masked form.
 * The blind index is domain-separated ('id:' / 'phone:') so the two kinds never collide.
 */
export interface SealedId {
  idEnc: string;
  idBidx: string;
  idMasked: string;
}

export interface SealedPhone {
  phoneEnc: string;
  phoneBidx: string;
  phoneMasked: string;
}

/** Blind-index domains: an ID number and a phone never share an index value. */
export const ID_INDEX_DOMAIN = 'id:';
export const PHONE_INDEX_DOMAIN = 'phone:';
/** Phones given on the portal (modules/citizen codes, modules/portal 留言): indexed apart from the ledger's. */
export const PORTAL_PHONE_DOMAIN = 'portal-phone:';

/** The index to store (current key). */
export const idIndex = (fc: FieldCrypto, normalisedId: string) => fc.blindIndex(ID_INDEX_DOMAIN + normalisedId);
export const phoneIndex = (fc: FieldCrypto, normalisedPhone: string) => fc.blindIndex(PHONE_INDEX_DOMAIN + normalisedPhone);

/**
 * The indexes to look up, as one SQL array parameter for `column = any(?::varchar[])`: under the
 * current key and, during a key rotation, the previous one (rows not re-sealed yet).
 */
export const idLookup = (fc: FieldCrypto, normalisedId: string) => pgArray(fc.blindIndexes(ID_INDEX_DOMAIN + normalisedId));
export const phoneLookup = (fc: FieldCrypto, normalisedPhone: string) => pgArray(fc.blindIndexes(PHONE_INDEX_DOMAIN + normalisedPhone));

export function sealId(fc: FieldCrypto, normalisedId: string): SealedId {
  return { idEnc: fc.encrypt(normalisedId), idBidx: idIndex(fc, normalisedId), idMasked: maskIdNumber(normalisedId) };
}

export function sealPhone(fc: FieldCrypto, phone: string): SealedPhone {
  return { phoneEnc: fc.encrypt(phone), phoneBidx: phoneIndex(fc, phone), phoneMasked: maskPhone(phone) };
}

/** Validates an ID number or throws BAD_USER_INPUT with the Chinese reason. */
export function requireIdNumber(raw: string, field = 'idNumber'): IdNumberInfo {
  const r = parseIdNumber(raw);
  if (!r.ok) throw new AppError('BAD_USER_INPUT', r.message, { field, reason: r.error });
  return r.value;
}

/** Mainland mobile (11 digits, 1[3-9]…) or a fixed line with area code; stored normalised. */
export function normalisePhone(raw: string | null | undefined, field = 'phone'): string | null {
  if (raw === null || raw === undefined || raw.trim() === '') return null;
  const digits = raw.replace(/[\s-]/g, '').replace(/^\+?86/, '');
  if (/^1[3-9]\d{9}$/.test(digits) || /^0\d{9,11}$/.test(digits)) return digits;
  throw new AppError('BAD_USER_INPUT', '联系电话应为 11 位手机号码或带区号的固定电话', { field });
}
