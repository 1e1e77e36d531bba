// Where the widget's WebAssembly comes from: the file beside the bundle, compiled while it
// downloads. The single-file build swaps this module for wasm-inline.js (scripts/bundle.mjs).
// The literal `new URL('./pkg/…', import.meta.url)` is resolved against the bundle
// (vpce-advisor.js), not this source file, and is the form bundlers (Vite, webpack 5) recognise
// as an asset to ship.

/** Fetches and compiles the Wasm once; resolves to a `WebAssembly.Module`. */
export async function compileWasm() {
  const response = await fetch(new URL('./pkg/vpce_advisor_bg.wasm', import.meta.url));
  if (!response.ok) throw new Error('HTTP ' + response.status + ' for ' + response.url);
  // Streaming compilation needs the application/wasm type; a server without it gets the
  // bytes compiled after the download instead.
  const streams = typeof WebAssembly.compileStreaming === 'function' &&
    /^application\/wasm\b/i.test(response.headers.get('content-type') || '');
  return streams ? WebAssembly.compileStreaming(response) : WebAssembly.compile(await response.arrayBuffer());
}
