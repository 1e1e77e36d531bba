// What each function of a Wasm costs, by name: reads the "name" section (present when the
// module is built with names, e.g. `wasm-bindgen --keep-debug`) and the code section's body
// sizes, with no tool beyond Node. A small stand-in for `twiggy top`.
//
// Usage:
//   node scripts/wasm-names.mjs FILE.wasm [--top N]      the N largest functions (default 30)
//   node scripts/wasm-names.mjs FILE.wasm --forbid        exits 1 if any forbidden symbol is in
//                                                         it (the size guard; docs/performance.md)
import { readFileSync } from 'node:fs';

/**
 * Symbols that must never be linked into the Wasm, each with the cut that keeps it out; the
 * rationale is in docs/performance.md ("Symbols the Wasm must not contain").
 */
export const FORBIDDEN = [
  { what: 'float formatting', pattern: /flt2dec|float_to_decimal|float_to_exponential|grisu|dragon|4core3fmt5float/ },
  { what: 'slice and str index errors', pattern: /slice_(start_|end_)?index_(order_|len_)?fail|slice_error_fail|str_index_overflow_fail/ },
  { what: '128-bit division', pattern: /__(u|)divti3|__(u|)modti3|u128_div_rem|i128_div_rem|specialized_div_rem|udivmodti4/ },
];

function leb(bytes, at) {
  let value = 0, shift = 0, byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

/** Function index → { name, size } for every defined function (imports have size 0). */
export function functions(bytes) {
  const view = bytes;
  let at = 8, imported = 0;
  const sizes = [], names = new Map();
  while (at < view.length) {
    const id = view[at++];
    let size; [size, at] = leb(view, at);
    const end = at + size;
    if (id === 2) { // imports: count the functions, which come first in the index space
      let n, p = at; [n, p] = leb(view, p);
      for (let i = 0; i < n; i++) {
        let len; [len, p] = leb(view, p); p += len; [len, p] = leb(view, p); p += len;
        const kind = view[p++];
        if (kind === 0) { imported++; [, p] = leb(view, p); }
        else if (kind === 1) { p++; const flags = view[p++]; [, p] = leb(view, p); if (flags & 1) [, p] = leb(view, p); }
        else if (kind === 2) { const flags = view[p++]; [, p] = leb(view, p); if (flags & 1) [, p] = leb(view, p); }
        else if (kind === 3) { p += 2; }
        else if (kind === 4) { p++; [, p] = leb(view, p); }
      }
    } else if (id === 10) { // code: each body's size
      let n, p = at; [n, p] = leb(view, p);
      for (let i = 0; i < n; i++) { let len; [len, p] = leb(view, p); sizes.push(len); p += len; }
    } else if (id === 0) {
      let len, p = at; [len, p] = leb(view, p);
      const name = new TextDecoder().decode(view.subarray(p, p + len)); p += len;
      if (name === 'name') {
        while (p < end) {
          const sub = view[p++]; let subLen; [subLen, p] = leb(view, p);
          const subEnd = p + subLen;
          if (sub === 1) {
            let n, q = p; [n, q] = leb(view, q);
            for (let i = 0; i < n; i++) {
              let index, l; [index, q] = leb(view, q); [l, q] = leb(view, q);
              names.set(index, new TextDecoder().decode(view.subarray(q, q + l))); q += l;
            }
          }
          p = subEnd;
        }
      }
    }
    at = end;
  }
  return sizes.map((size, i) => ({ name: names.get(imported + i) ?? `func[${imported + i}]`, size }));
}

/** A readable path for a legacy-mangled Rust name (`_ZN4core3fmt5write17h…E` → core::fmt::write). */
export function demangle(name) {
  const m = /^_ZN(.*)E$/.exec(name);
  if (!m) return name;
  const parts = [];
  for (let rest = m[1]; rest.length;) {
    const len = /^\d+/.exec(rest);
    if (!len) return name;
    const start = len[0].length;
    parts.push(rest.slice(start, start + Number(len[0])));
    rest = rest.slice(start + Number(len[0]));
  }
  if (/^h[0-9a-f]{16}$/.test(parts.at(-1))) parts.pop();
  return parts.join('::').replace(/\$LT\$/g, '<').replace(/\$GT\$/g, '>').replace(/\$u20\$/g, ' ')
    .replace(/\$C\$/g, ',').replace(/\$RF\$/g, '&').replace(/\.\./g, '::');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, flag, n] = process.argv.slice(2);
  if (!file) { console.error('usage: node scripts/wasm-names.mjs FILE.wasm [--top N | --forbid]'); process.exit(2); }
  const list = functions(readFileSync(file));
  if (!list.some((f) => !f.name.startsWith('func['))) {
    console.error(`${file} has no name section: build it with names (wasm-bindgen --keep-debug)`);
    process.exit(2);
  }
  if (flag === '--forbid') {
    let found = 0;
    for (const { what, pattern } of FORBIDDEN) {
      const hits = list.filter((f) => pattern.test(f.name));
      for (const f of hits) console.error(`forbidden (${what}): ${demangle(f.name)} (${f.size} B)`);
      found += hits.length;
    }
    console.log(`${list.length} functions checked; ${found} forbidden`);
    process.exit(found ? 1 : 0);
  }
  const top = Number(n || 30);
  const total = list.reduce((s, f) => s + f.size, 0);
  console.log(`${list.length} functions, ${total} B of code`);
  for (const f of [...list].sort((a, b) => b.size - a.size).slice(0, top)) {
    console.log(`${String(f.size).padStart(7)}  ${(100 * f.size / total).toFixed(2).padStart(5)}%  ${demangle(f.name)}`);
  }
}
