/** The settings there are: a closed set, each with its Chinese name, where it is used, and its rule. */
export interface SettingDef {
  name: string;
  description: string;
  maxLength: number;
  /** What a valid value looks like, said in the error message. */
  pattern: RegExp;
  patternText: string;
}

export const SETTINGS = {
  ASSISTANCE_HOTLINE: {
    name: '社会救助服务热线',
    description: '印在受理回执的“咨询、投诉”中（另印 12345 政务服务便民热线）；未设置时不印',
    maxLength: 20,
    pattern: /^[0-9][0-9-]{2,19}$/,
    patternText: '电话号码，数字和连字符，如 12349 或 023-61234567',
  },
} as const satisfies Record<string, SettingDef>;

export type SettingKeyCode = keyof typeof SETTINGS;
export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKeyCode[];
