//! vpce-advisor's WebAssembly boundary over the pure core (`vpce_advisor_core`).
//!
//! `web` holds the exports (wasm32 only): it reads the caller's options with a small hand
//! reader and returns every result through serde-wasm-bindgen.
#![forbid(unsafe_code)]

#[cfg(target_arch = "wasm32")]
pub mod web;
