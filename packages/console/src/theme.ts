import type { ThemeConfig } from 'antd';
import type { PresetColorKey } from 'antd/es/theme/interface';

/**
 * The console's Ant Design theme, set once for every page (信息无障碍, GB/T 37668 — WCAG 2.1 AA
 * 1.4.3: text ≥ 4.5:1 against its background). Ant Design's defaults miss that: primary #1677ff on
 * white is 4.10:1, the tertiary grey of descriptions, empty states and secondary text 3.36:1,
 * placeholders 1.83:1, and the status and preset tag colours 2–4:1. The seeds below are the next
 * darker shade of the same hue, so the console still looks like Ant Design; antd derives hover,
 * background and border shades from them. `theme.test.ts` checks every ratio, the e2e suite runs
 * axe on every page (e2e/support/a11y.ts).
 *
 * Disabled controls keep antd's light grey: WCAG exempts inactive components (axe skips them).
 */
/**
 * The theme's accessible colours, for the few places that colour text or marks themselves (board
 * numbers, chart bars, status icons): use these, not antd's palette defaults (#1677ff, #fa8c16,
 * #f5222d, #52c41a fail on white). Each is ≥ 4.5:1 on white and under white text.
 */
export const ACCENT = {
  primary: '#0958d9',
  success: '#237804',
  warning: '#ad4e00',
  danger: '#cf1322',
  /** neutral marks and counts (antd's grey #8c8c8c is 3.36:1) */
  muted: '#595959',
} as const;

/**
 * Preset tag colours (Tag color="green" …) write their text in shade 7 on shade 1; the light hues
 * need a darker shade. antd names each shade twice (`green7`, `green-7`), both becoming the CSS
 * variable --ant-green-7, so both are set.
 */
const PRESET_TAG_TEXT: Partial<Record<PresetColorKey, string>> = {
  volcano: '#ad2102',
  orange: '#ad4e00',
  gold: '#874d00',
  yellow: '#876800',
  lime: '#3f6600',
  green: '#237804',
  cyan: '#006d75',
};
const presetTagText = Object.fromEntries(
  Object.entries(PRESET_TAG_TEXT).flatMap(([hue, color]) => [
    [`${hue}7`, color],
    [`${hue}-7`, color],
  ]),
);

export const consoleTheme: ThemeConfig = {
  token: {
    // blue-7: white on it 6.16:1, on white 6.16:1 (links, tabs, the selected menu item, primary buttons).
    // Hover and pressed states go one shade darker (antd: lighter, which falls to 2.8–4.4:1).
    colorPrimary: ACCENT.primary,
    colorPrimaryHover: '#003eb3',
    colorPrimaryActive: '#002c8c',
    colorPrimaryTextHover: '#003eb3',
    // links and "processing" tags follow the primary blue instead of antd's separate #1677ff
    colorInfo: ACCENT.primary,
    colorLink: ACCENT.primary,
    colorLinkHover: '#003eb3',
    colorLinkActive: '#002c8c',
    // Status colours as text (tags, form messages) and under white text (solid tags, danger
    // buttons): green-8, red-7 and orange-8, with antd's light backgrounds and borders of the same
    // hue (derived from a dark seed they would turn muddy).
    colorSuccess: ACCENT.success,
    colorSuccessBg: '#f6ffed',
    colorSuccessBgHover: '#d9f7be',
    colorSuccessBorder: '#b7eb8f',
    colorSuccessBorderHover: '#95de64',
    colorError: ACCENT.danger,
    colorErrorHover: '#a8071a',
    colorErrorActive: '#820014',
    colorErrorTextHover: '#a8071a',
    colorErrorBg: '#fff1f0',
    colorErrorBgHover: '#ffccc7',
    colorErrorBorder: '#ffa39e',
    colorErrorBorderHover: '#ff7875',
    colorWarning: ACCENT.warning,
    colorWarningBg: '#fff7e6',
    colorWarningBgHover: '#ffe7ba',
    colorWarningBorder: '#ffd591',
    colorWarningBorderHover: '#ffc069',
    // antd: 0.45 (3.36:1 on white). 0.6 keeps tertiary below secondary (0.65) and passes on the
    // grey layout background too; placeholders 0.56 (antd: 0.25, 1.83:1).
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
    ...presetTagText,
    borderRadius: 6,
  },
  // Denser tables: a full page of rows should fit a 1366×768 screen.
  components: { Table: { cellPaddingBlock: 10, cellPaddingInline: 12 } },
};
