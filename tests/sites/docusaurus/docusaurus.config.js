// A Docusaurus 3 site as the current template makes it (future.v4: Rspack, SWC, Lightning CSS),
// with the widget embedded the way the README's recipe says. The test builds it three times:
//   VPCE_ROUTE=npm     the packed npm package, imported client-only (src/vpce-advisor.js)
//   VPCE_ROUTE=static  dist/static copied to static/vpce/ and loaded with `scripts`
//   VPCE_BUNDLER=webpack  future.faster: false (webpack 5, Terser, cssnano) instead of Rspack
import { themes as prismThemes } from 'prism-react-renderer';

const route = process.env.VPCE_ROUTE === 'static' ? 'static' : 'npm';
const webpack = process.env.VPCE_BUNDLER === 'webpack';

/** @type {import('@docusaurus/types').Config} */
export default {
  title: 'Network handbook',
  tagline: 'How our VPCs reach AWS services',
  url: 'http://127.0.0.1',
  baseUrl: '/',
  future: webpack ? { v4: true, faster: false } : { v4: true },
  onBrokenLinks: 'throw',
  i18n: { defaultLocale: 'en', locales: ['en'] },
  // The static route: the widget's files from static/vpce/, one module script on every page.
  scripts: route === 'static' ? [{ src: '/vpce/vpce-advisor.js', type: 'module' }] : [],
  // The npm route: a client module that imports the package only in the browser.
  clientModules: route === 'npm' ? ['./src/vpce-advisor.js'] : [],
  presets: [
    [
      'classic',
      {
        docs: { sidebarPath: './sidebars.js', routeBasePath: '/' },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
      },
    ],
  ],
  themeConfig: {
    colorMode: { respectPrefersColorScheme: true },
    navbar: {
      title: 'Network handbook',
      items: [{ type: 'docSidebar', sidebarId: 'handbook', position: 'left', label: 'Handbook' }],
    },
    footer: { style: 'dark', copyright: 'Built with Docusaurus.' },
    prism: { theme: prismThemes.github, darkTheme: prismThemes.dracula },
  },
};
