// The default theme, plus the widget: imported only in the browser (not during the build's
// server-side render), plus its dark-mode and accent rules.
import DefaultTheme from 'vitepress/theme';
import './custom.css';

export default {
  extends: DefaultTheme,
  enhanceApp() {
    if (!import.meta.env.SSR) import('vpce-advisor');
  },
};
