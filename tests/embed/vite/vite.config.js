// The Vite recipe under test: nothing vpce-advisor-specific is needed. `base: './'` only because
// the test serves the built page from a sub-folder.
export default {
  base: './',
  logLevel: 'warn',
  build: { outDir: 'dist', emptyOutDir: true },
};
