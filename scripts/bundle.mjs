#!/usr/bin/env node
// Bundles the widget's modules (www/src/) with esbuild into what a page loads:
//
//   module build       www/vpce-advisor.js: one ES module (the demo page serves it; `make dist`
//                      ships it minified); it fetches ./pkg/vpce_advisor_bg.wasm beside it.
//   single-file build  one classic script with the Wasm inlined (base64), for file:// pages.
//
// Both carry the stylesheet (www/vpce-advisor.css) as a string, adopted as a constructed
// stylesheet, and the wasm-bindgen glue (www/pkg/vpce_advisor.js) as a factory: each call of
// its default export gives a copy of the glue with its own state, so that after a trap the
// runtime can start a truly new instance without a request.
//
// Usage: node scripts/bundle.mjs [--minify] [--out FILE]   (default: www/vpce-advisor.js)

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transformSync } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WWW = path.join(ROOT, 'www');
const GLUE = path.join(WWW, 'pkg/vpce_advisor.js');

/**
 * The glue as `export default function createGlue()`, returning a fresh copy of its exports.
 * Its export names are read from esbuild's metafile; a small entry imports each by name and
 * hands them to the factory, so esbuild inlines the glue in the factory's scope without a
 * namespace object (whose helper walks properties with for…in, which a polluted
 * Object.prototype would break).
 */
function glueFactory() {
  return {
    name: 'glue-factory',
    setup(b) {
      b.onResolve({ filter: /\/pkg\/vpce_advisor\.js$/ }, (args) => ({
        path: path.resolve(args.resolveDir, args.path), namespace: 'glue-factory',
      }));
      b.onLoad({ filter: /.*/, namespace: 'glue-factory' }, async (args) => {
        const probe = await build({
          entryPoints: [args.path], bundle: true, format: 'esm', write: false, metafile: true, outdir: 'probe',
          logLevel: 'silent',
        });
        const names = Object.values(probe.metafile.outputs).find((o) => o.entryPoint)?.exports ?? [];
        if (!names.includes('default')) throw new Error(`${args.path}: no default export (the glue's init)`);
        const named = names.filter((n) => n !== 'default');
        const entry = `import init, { ${named.join(', ')} } from ${JSON.stringify(args.path)};\n`
          + `vpceGlueExports = { default: init, ${named.join(', ')} };\n`;
        // The glue's default URL for the Wasm (import.meta.url) is never used: the runtime always
        // passes the compiled module.
        const factory = await build({
          stdin: { contents: entry, resolveDir: path.dirname(args.path), loader: 'js' }, bundle: true, format: 'iife',
          write: false, logLevel: 'silent', define: { 'import.meta.url': '"about:blank"' },
        });
        const code = factory.outputFiles[0].text;
        const contents = 'export default function createGlue() {\nlet vpceGlueExports;\n' + code
          + '\nreturn vpceGlueExports;\n}\n';
        return { contents, loader: 'js' };
      });
    },
  };
}

/** CSS imported by a module arrives as its text (minified when the bundle is). */
function cssAsText(minify) {
  return {
    name: 'css-as-text',
    setup(b) {
      b.onLoad({ filter: /\.css$/ }, (args) => {
        const css = readFileSync(args.path, 'utf8');
        return { contents: minify ? transformSync(css, { loader: 'css', minify: true }).code : css, loader: 'text' };
      });
    },
  };
}

/** The single-file build: wasm-inline.js instead of wasm-source.js, and the bytes it inlines. */
function inlineWasm(wasmBytes) {
  return {
    name: 'inline-wasm',
    setup(b) {
      b.onResolve({ filter: /^\.\/wasm-source\.js$/ }, (args) => ({
        path: path.join(args.resolveDir, 'wasm-inline.js'),
      }));
      b.onResolve({ filter: /^vpce:wasm-base64$/ }, () => ({ path: 'wasm-base64', namespace: 'inline-wasm' }));
      b.onLoad({ filter: /.*/, namespace: 'inline-wasm' }, () => ({
        contents: Buffer.from(wasmBytes).toString('base64'), loader: 'text',
      }));
    },
  };
}

/**
 * V8's explicit compile hint (Chrome 136+; other engines read a comment): every function of the
 * bundle is compiled on a background thread while the script streams in, instead of on the main
 * thread the first time it is called. The first render calls most of the widget's functions once,
 * so this moves ~190 lazy compilations (~15 ms of main-thread time on a loaded machine) off the
 * first render's critical path (docs/performance.md, "First render").
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

const COMMON = {
  bundle: true, write: false, legalComments: 'none', charset: 'utf8', logLevel: 'silent', target: 'es2022',
};

async function text(result) {
  if (result.errors.length) throw new Error(result.errors.map((e) => e.text).join('\n'));
  return result.outputFiles[0].text;
}

/** The module build as text: one ES module. */
export async function moduleBundle({ minify = false, www = WWW } = {}) {
  return text(await build({
    ...COMMON, entryPoints: [path.join(www, 'src/index.js')], format: 'esm', minify,
    banner: { js: COMPILE_HINT }, plugins: [glueFactory(), cssAsText(minify)],
  }));
}

/** The single-file build as text: one classic script defining the global `vpceAdvisor`. */
export async function standaloneBundle({ version, banner, wasmBytes, minify = true, www = WWW }) {
  return text(await build({
    ...COMMON, entryPoints: [path.join(www, 'src/standalone.js')], format: 'iife', minify,
    define: { VPCE_VERSION: JSON.stringify(version) }, banner: { js: banner + '\n' + COMPILE_HINT },
    plugins: [glueFactory(), cssAsText(minify), inlineWasm(wasmBytes)],
  }));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const out = args.includes('--out')
    ? path.resolve(args[args.indexOf('--out') + 1])
    : path.join(WWW, 'vpce-advisor.js');
  readFileSync(GLUE); // fails early, with the path, when scripts/build.sh has not run
  const banner = '// Generated by scripts/bundle.mjs from www/src/ (edit those, then `make build`).\n';
  writeFileSync(out, banner + await moduleBundle({ minify: args.includes('--minify') }));
  console.log(`bundle: ${path.relative(ROOT, out)} (${readFileSync(out).length} bytes)`);
}
