// The webpack 5 recipe under test: nothing vpce-advisor-specific is needed. The glue's and the
// widget's `new URL('…', import.meta.url)` assets (the .wasm, the CSS) are emitted as files.
module.exports = {
  mode: 'production',
  devtool: false,
  entry: './src/main.js',
  output: { path: __dirname + '/dist', filename: 'main.js', publicPath: 'auto', clean: true },
  performance: { hints: false },
  stats: 'errors-warnings',
};
