// A VitePress site (default theme) with the widget embedded the way the README's recipe says.
import { defineConfig } from 'vitepress';

export default defineConfig({
  title: 'Network handbook',
  description: 'How our VPCs reach AWS services',
  // Vue must leave <vpce-advisor> to the browser: without this it treats it as an unknown Vue
  // component and reports a hydration mismatch.
  vue: { template: { compilerOptions: { isCustomElement: (tag) => tag === 'vpce-advisor' } } },
  themeConfig: {
    nav: [{ text: 'Advisor', link: '/advisor' }],
    sidebar: [
      { text: 'Handbook', items: [
        { text: 'Overview', link: '/' },
        { text: 'Endpoint advisor', link: '/advisor' },
        { text: 'Naming', link: '/naming' },
      ] },
    ],
  },
});
