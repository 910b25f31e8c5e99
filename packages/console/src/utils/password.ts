import type { FormRule as Rule } from 'antd';

export const PASSWORD_HINT = '至少 8 位，且包含大写字母、小写字母、数字、符号中的至少 3 类';

/** Client-side mirror of the server's complexity policy; the server remains the judge. */
export function passwordClasses(pw: string): number {
  return [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(pw)).length;
}

export function isStrongPassword(pw: string): boolean {
  return pw.length >= 8 && passwordClasses(pw) >= 3;
}

export const passwordPolicyRule: Rule = {
  validator: (_, value: string | undefined) => (!value || isStrongPassword(value) ? Promise.resolve() : Promise.reject(new Error(PASSWORD_HINT))),
};

/** Rule for a "确认新密码" field that must repeat `field`. */
export function sameAs(field: string): Rule {
  return ({ getFieldValue }) => ({
    validator: (_, value: string | undefined) =>
      !value || value === getFieldValue(field) ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致')),
  });
}
