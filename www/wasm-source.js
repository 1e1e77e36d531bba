// Where the widget's WebAssembly comes from: the file beside the glue, fetched once. This is the
// one seam the single-file build (scripts/dist.mjs) swaps for the inlined bytes, and the literal
// `new URL('…', import.meta.url)` is the form bundlers (Vite, webpack 5) recognise as an asset.
export async function wasmBytes() {
  const res = await fetch(new URL('./pkg/vpce_advisor_bg.wasm', import.meta.url));
  if (!res.ok) throw new Error('HTTP ' + res.status + ' for ' + res.url);
  return res.arrayBuffer();
}
