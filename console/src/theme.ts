import type { ThemeConfig } from 'antd';

/**
 * Ant Design's default palette with the colours that fall short of WCAG AA contrast (4.5:1 for text on
 * white or on their own light backgrounds) taken one or two shades darker from the same palettes:
 * blue-7, red-7, gold-9, green-8, and secondary text at 65 % black. axe-core checks this in
 * test/consoleSecurity.browser.test.ts.
 */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    colorInfo: '#0958d9',
    colorLink: '#0958d9',
    // Hover and press go darker, not lighter (the derived lighter blue falls below 4.5:1 under white text).
    colorPrimaryHover: '#003eb3',
    colorPrimaryActive: '#002c8c',
    colorLinkHover: '#003eb3',
    colorLinkActive: '#002c8c',
    colorErrorHover: '#a8071a',
    colorErrorActive: '#820014',
    colorError: '#cf1322',
    colorWarning: '#874d00',
    colorSuccess: '#237804',
    // Derived from the darker seeds the status backgrounds come out grey; keep Ant Design's light ones.
    colorWarningBg: '#fffbe6',
    colorWarningBorder: '#ffe58f',
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorErrorBg: '#fff2f0',
    colorErrorBorder: '#ffccc7',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.65)',
  },
};
