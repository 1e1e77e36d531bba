//! vpce-advisor's WebAssembly boundary over the pure core (`vpce_advisor_core`).
//!
//! `web` holds the exports (wasm32 only); `json` turns results into JSON text for them.
#![forbid(unsafe_code)]

pub mod json;

#[cfg(target_arch = "wasm32")]
pub mod web;
