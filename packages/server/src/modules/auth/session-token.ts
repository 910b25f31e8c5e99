import crypto from 'node:crypto';

export const SESSION_COOKIE = 'xj_sid';
export const API_TOKEN_PREFIX = 'xjt_';

export const newToken = (bytes = 32) => crypto.randomBytes(bytes).toString('base64url');
/** Stored form of a bearer secret: SM3 hex (the plaintext never reaches the database). */
export const tokenHash = (token: string) => crypto.createHash('sm3').update(token).digest('hex');

export function cookieOptions(production: boolean) {
  return { path: '/', httpOnly: true, sameSite: 'strict' as const, secure: production };
}
