import { useCallback, useEffect, useId, useState } from 'react';
import { ApiError, request } from '../api';
import { graphql } from '../gql';
import type { CodePurpose } from '../gql/graphql';
import styles from './Form.module.css';

const CAPTCHA = graphql(`
  query PortalCaptcha {
    portalCaptcha {
      token
      image
    }
  }
`);

const SEND_CODE = graphql(`
  mutation SendPortalSmsCode($phone: String!, $purpose: CodePurpose!, $captchaToken: String!, $captchaAnswer: String!) {
    sendPortalSmsCode(phone: $phone, purpose: $purpose, captchaToken: $captchaToken, captchaAnswer: $captchaAnswer) {
      phoneMasked
      resendAfterSeconds
      expiresInMinutes
    }
  }
`);

export const MOBILE = /^1[3-9]\d{9}$/;
export const digitsOf = (s: string) => s.replace(/[\s-]/g, '');

export interface PhoneErrors {
  phone?: string;
  code?: string;
}

/**
 * 手机号 + 图形验证码 + 短信验证码 (网上申请, 进度查询): the picture is good for one try, so it is renewed after every
 * request for a code (tap it for another); 获取验证码 counts down until a new code may be asked for. The phone and the
 * code belong to the page (it submits them); errors the server gives for them come back through `errors`.
 */
export function PhoneVerify({
  purpose,
  phone,
  onPhone,
  code,
  onCode,
  errors,
  onErrors,
}: {
  purpose: CodePurpose;
  phone: string;
  onPhone: (v: string) => void;
  code: string;
  onCode: (v: string) => void;
  errors: PhoneErrors;
  onErrors: (e: PhoneErrors) => void;
}) {
  const id = useId();
  const [captcha, setCaptcha] = useState<{ token: string; image: string } | null>(null);
  const [answer, setAnswer] = useState('');
  const [captchaError, setCaptchaError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [wait, setWait] = useState(0);
  const [sent, setSent] = useState<string | null>(null);

  const newCaptcha = useCallback(() => {
    setAnswer('');
    request(CAPTCHA, {}).then(
      (d) => setCaptcha(d.portalCaptcha),
      (e: unknown) => setCaptchaError(e instanceof Error ? e.message : '图形验证码加载失败，请点击重试'),
    );
  }, []);
  useEffect(newCaptcha, [newCaptcha]);
  useEffect(() => {
    if (wait <= 0) return;
    const t = setTimeout(() => setWait((w) => w - 1), 1000);
    return () => clearTimeout(t);
  }, [wait]);

  const send = async () => {
    const p = digitsOf(phone);
    if (!MOBILE.test(p)) return onErrors({ ...errors, phone: '请输入正确的 11 位手机号码' });
    if (!/^\d{4}$/.test(answer.trim())) return setCaptchaError('请输入图片中的 4 位数字');
    if (!captcha) return;
    setSending(true);
    setCaptchaError(null);
    try {
      const r = await request(SEND_CODE, { phone: p, purpose, captchaToken: captcha.token, captchaAnswer: answer.trim() });
      const d = r.sendPortalSmsCode;
      setSent(`验证码已发送至 ${d.phoneMasked}，${d.expiresInMinutes} 分钟内有效`);
      setWait(d.resendAfterSeconds);
      onErrors({ ...errors, phone: undefined, code: undefined });
    } catch (e) {
      const message = e instanceof Error ? e.message : '发送失败，请稍后再试';
      if (e instanceof ApiError && e.field === 'phone') onErrors({ ...errors, phone: message });
      else if (e instanceof ApiError && e.field === 'captchaAnswer') setCaptchaError(message);
      else {
        if (e instanceof ApiError && e.reason === 'CODE_RESEND_TOO_SOON') setWait(60);
        onErrors({ ...errors, code: message });
      }
    } finally {
      setSending(false);
      newCaptcha(); // one try per picture
    }
  };

  return (
    <>
      <div className={styles.field}>
        <label htmlFor={`${id}-phone`}>手机号码</label>
        <input
          id={`${id}-phone`}
          className={styles.input}
          type="tel"
          inputMode="numeric"
          autoComplete="tel"
          maxLength={13}
          value={phone}
          onChange={(e) => onPhone(e.target.value)}
          aria-invalid={!!errors.phone}
          aria-describedby={errors.phone ? `${id}-phone-error` : undefined}
        />
        {errors.phone && (
          <span id={`${id}-phone-error`} className={styles.error} data-field-error>
            {errors.phone}
          </span>
        )}
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-captcha`}>图形验证码</label>
        <div className={styles.row}>
          <input
            id={`${id}-captcha`}
            className={styles.input}
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            value={answer}
            onChange={(e) => setAnswer(e.target.value)}
            aria-invalid={!!captchaError}
            aria-describedby={`${id}-captcha-hint`}
          />
          <button type="button" className={styles.captcha} onClick={newCaptcha} aria-label="图形验证码图片，看不清可点击换一张">
            {captcha && <img src={captcha.image} alt="" />}
          </button>
        </div>
        <span id={`${id}-captcha-hint`} className={captchaError ? styles.error : styles.hint}>
          {captchaError ?? '请输入图片中的 4 位数字，看不清可点击图片换一张'}
        </span>
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-code`}>短信验证码</label>
        <div className={styles.row}>
          <input
            id={`${id}-code`}
            className={styles.input}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            value={code}
            onChange={(e) => onCode(e.target.value)}
            aria-invalid={!!errors.code}
            aria-describedby={`${id}-code-hint`}
          />
          <button type="button" className={styles.sideButton} disabled={sending || wait > 0} onClick={() => void send()}>
            {sending ? '发送中…' : wait > 0 ? `${wait} 秒后重发` : sent ? '重新获取' : '获取验证码'}
          </button>
        </div>
        <span
          id={`${id}-code-hint`}
          className={errors.code ? styles.error : styles.hint}
          role={errors.code ? 'alert' : undefined}
          data-field-error={errors.code ? true : undefined}
        >
          {errors.code ?? sent ?? '先填写手机号码和图形验证码，再点“获取验证码”'}
        </span>
      </div>
    </>
  );
}
