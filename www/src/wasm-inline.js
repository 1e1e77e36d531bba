// The single-file build's Wasm source: the bytes are inlined into the script as base64
// (scripts/bundle.mjs provides `vpce:wasm-base64`), so nothing is fetched and file:// works.

import WASM_BASE64 from 'vpce:wasm-base64';

/** Decodes and compiles the inlined Wasm; resolves to a `WebAssembly.Module`. */
export function compileWasm() {
  const text = atob(WASM_BASE64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return WebAssembly.compile(bytes);
}
