import { describe, expect, it } from 'vitest';
import { theme } from 'antd';
import { consoleTheme } from './theme';

/** WCAG 2.1 relative luminance and contrast ratio; `rgba(…)` foregrounds are blended over the background. */
function parse(color: string): [number, number, number, number] {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  const hex = short
    ? [
        color,
        short
          .slice(1)
          .map((c) => c + c)
          .join(''),
      ]
    : /^#([0-9a-f]{6})$/i.exec(color);
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1].slice(i, i + 2), 16)).concat(1) as [number, number, number, number];
  const rgba = /^rgba?\(([^)]+)\)$/.exec(color.replace(/\s/g, ''));
  if (rgba) {
    const [r, g, b, a = 1] = rgba[1].split(',').map(Number);
    return [r, g, b, a];
  }
  throw new Error(`unsupported colour ${color}`);
}

function contrast(fg: string, bg: string): number {
  const [br, bgG, bb] = parse(bg);
  const [r, g, b, a] = parse(fg);
  const blended = [r * a + br * (1 - a), g * a + bgG * (1 - a), b * a + bb * (1 - a)];
  const lum = (rgb: number[]) => {
    const [R, G, B] = rgb.map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * R + 0.7152 * G + 0.0722 * B;
  };
  const [hi, lo] = [lum(blended), lum([br, bgG, bb])].sort((x, y) => y - x);
  return Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100;
}

const token = theme.getDesignToken(consoleTheme) as unknown as Record<string, string>;
const WHITE = '#ffffff';
/** The page background of the console (global.css) and antd's layout/table-header greys. */
const BACKGROUNDS = { 白色卡片: token.colorBgContainer, 布局背景: token.colorBgLayout, 页面背景: '#f5f7fa', 表头: '#fafafa' };
const AA = 4.5;

describe('console theme contrast (WCAG 2.1 AA 1.4.3)', () => {
  it('measures like the WCAG definition', () => {
    expect(contrast('#000000', WHITE)).toBe(21);
    expect(contrast('#1677ff', WHITE)).toBe(4.1); // antd's default primary: the reason for this theme
    expect(contrast('rgba(0, 0, 0, 0.45)', WHITE)).toBeCloseTo(3.36, 1); // antd's tertiary grey
  });

  it('primary, link and info blue pass as text on white and under white text', () => {
    const text = [
      'colorPrimary',
      'colorPrimaryText',
      'colorPrimaryTextHover',
      'colorPrimaryTextActive',
      'colorLink',
      'colorLinkHover',
      'colorLinkActive',
      'colorInfo',
      'colorInfoText',
    ];
    for (const key of text) {
      expect([key, contrast(token[key], WHITE)]).toEqual([key, expect.toSatisfy((r: number) => r >= AA)]);
    }
    expect(contrast(token.colorInfo, token.colorInfoBg)).toBeGreaterThanOrEqual(AA); // "processing" tags
    // primary buttons and the selected menu item, also while hovered or pressed
    for (const key of ['colorPrimary', 'colorPrimaryHover', 'colorPrimaryActive']) {
      expect([key, contrast(token.colorTextLightSolid, token[key])]).toEqual([key, expect.toSatisfy((r: number) => r >= AA)]);
    }
  });

  it('every text grey passes on every background it is used on', () => {
    for (const key of ['colorText', 'colorTextSecondary', 'colorTextTertiary', 'colorTextDescription', 'colorTextPlaceholder', 'colorTextLabel']) {
      for (const [name, bg] of Object.entries(BACKGROUNDS)) {
        expect([key, name, contrast(token[key], bg)]).toEqual([key, name, expect.toSatisfy((r: number) => r >= AA)]);
      }
    }
  });

  it('status colours pass as text on their light background (tags, alerts) and under white text (solid tags, danger buttons)', () => {
    for (const status of ['Success', 'Info', 'Warning', 'Error']) {
      const seed = token[`color${status}`];
      expect([status, contrast(seed, token[`color${status}Bg`])]).toEqual([status, expect.toSatisfy((r: number) => r >= AA)]);
      expect([status, contrast(seed, WHITE)]).toEqual([status, expect.toSatisfy((r: number) => r >= AA)]);
      expect([status, contrast(token.colorTextLightSolid, seed)]).toEqual([status, expect.toSatisfy((r: number) => r >= AA)]);
    }
    // danger buttons while hovered or pressed
    for (const key of ['colorErrorHover', 'colorErrorActive']) {
      expect([key, contrast(token.colorTextLightSolid, token[key])]).toEqual([key, expect.toSatisfy((r: number) => r >= AA)]);
    }
  });

  it('preset tag colours (shade 7 on shade 1) pass', () => {
    const presets = ['blue', 'purple', 'cyan', 'green', 'magenta', 'pink', 'red', 'orange', 'yellow', 'volcano', 'geekblue', 'lime', 'gold'];
    for (const key of presets) {
      // `green7` and `green-7` become the same CSS variable: both must be the accessible shade
      for (const shade of [`${key}7`, `${key}-7`]) {
        expect([shade, contrast(token[shade], token[`${key}1`])]).toEqual([shade, expect.toSatisfy((r: number) => r >= AA)]);
      }
    }
  });
});
