//! The WebAssembly boundary: the only module that knows about JavaScript.
//!
//! Each export takes plain JS values, hands them to the pure core and returns plain JS objects
//! (JSON-shaped: objects, arrays, strings, numbers, booleans, `null`). Every failure becomes a
//! real JS `Error` whose `code` is one of `error::ErrorCode` and whose `field` names the option
//! at fault, so an embedder can branch on it and the widget can show it.

use serde::Serialize;
use vpce_advisor_core::catalog::{self, Catalog};
use vpce_advisor_core::error::{ErrorCode, InputError};
use vpce_advisor_core::input::Loose;
use vpce_advisor_core::scenario::Scenario;
use vpce_advisor_core::{advice, compare, cost, decide};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// lol_alloc's free list instead of std's dlmalloc: 3 KB less Wasm gzip. Like dlmalloc it frees
/// and coalesces, so memory stays flat over any number of calls (scripts/memory-flat.mjs), and
/// it was as fast here. The locked variant needs no `unsafe` (on single-threaded Wasm the lock
/// is a flag). talc (`WasmDynamicTalc`) is the fallback: equally safe, 443 B gzip larger.
#[cfg(not(target_feature = "atomics"))]
#[global_allocator]
static ALLOCATOR: lol_alloc::LockedAllocator<lol_alloc::FreeListAllocator> =
    lol_alloc::LockedAllocator::new(lol_alloc::FreeListAllocator::new());

/// Writes `value` as JSON text (`json`, integer arithmetic only) and lets the browser's
/// `JSON.parse` build the objects: one string crosses the boundary instead of a JS call per
/// field, and no serde-wasm-bindgen or float formatting ships in the Wasm.
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    let text = crate::json::to_string(value).map_err(|_| {
        js_error(
            ErrorCode::Internal,
            None,
            "The result could not be written as JSON.",
        )
    })?;
    js_sys::JSON::parse(&text).map_err(|e| with_code(e, ErrorCode::Internal, None))
}

fn js_error(code: ErrorCode, field: Option<&str>, message: &str) -> JsValue {
    with_code(js_sys::Error::new(message).into(), code, field)
}

/// Sets the stable `code` and the `field` at fault on a JS Error.
fn with_code(error: JsValue, code: ErrorCode, field: Option<&str>) -> JsValue {
    // Reflect::set on an Error object cannot fail.
    let _ = js_sys::Reflect::set(&error, &"code".into(), &code.as_str().into());
    let _ = js_sys::Reflect::set(
        &error,
        &"field".into(),
        &field.map_or(JsValue::NULL, JsValue::from_str),
    );
    error
}

fn input_error(e: InputError) -> JsValue {
    js_error(e.code, e.field.as_deref(), &e.message)
}

/// How deep an options object may nest; deeper (or cyclic) values are rejected, not recursed.
const MAX_DEPTH: u32 = 8;

/// Reads any JS value the options could be into `Loose`. Values JSON cannot hold (functions,
/// symbols, BigInts, cycles) are a type error, never a trap.
///
/// Hand-written over js_sys rather than `serde_wasm_bindgen::from_value`: serde's deserializer
/// error paths format floats, which pulled ~15 KB of `core::num::flt2dec` into the Wasm.
fn loose(value: JsValue, what: &str) -> Result<Loose, JsValue> {
    if value.is_undefined() {
        return Ok(Loose::Object(Vec::new()));
    }
    read_loose(&value, 0).ok_or_else(|| {
        js_error(
            ErrorCode::InvalidType,
            None,
            &format!("The {what} must be a plain object of strings, numbers, booleans and lists."),
        )
    })
}

fn read_loose(value: &JsValue, depth: u32) -> Option<Loose> {
    if value.is_null() || value.is_undefined() {
        return Some(Loose::Null);
    }
    if let Some(b) = value.as_bool() {
        return Some(Loose::Bool(b));
    }
    if let Some(n) = value.as_f64() {
        return Some(Loose::Number(n));
    }
    if let Some(s) = value.as_string() {
        return Some(Loose::String(s));
    }
    if depth >= MAX_DEPTH || !value.is_object() || value.is_function() {
        return None;
    }
    if js_sys::Array::is_array(value) {
        let array: &js_sys::Array = value.unchecked_ref();
        return array
            .iter()
            .map(|item| read_loose(&item, depth + 1))
            .collect::<Option<Vec<_>>>()
            .map(Loose::List);
    }
    let entries = js_sys::Object::entries(value.unchecked_ref());
    let mut out = Vec::with_capacity(entries.length() as usize);
    for entry in entries.iter() {
        let pair: &js_sys::Array = entry.unchecked_ref();
        let key = pair.get(0).as_string()?;
        out.push((key, read_loose(&pair.get(1), depth + 1)?));
    }
    Some(Loose::Object(out))
}

fn catalog_in_use() -> &'static Catalog {
    catalog::builtin()
}

/// `advise(scenario) -> Advice`; throws `Error { code, field, message }` on invalid input.
#[wasm_bindgen]
pub fn advise(scenario: JsValue) -> Result<JsValue, JsValue> {
    let options = loose(scenario, "scenario")?;
    let advice = advice::advise(&options, catalog_in_use()).map_err(input_error)?;
    to_js(&advice)
}

/// `plan(input) -> Plan`: every destination, every VPC, each design priced and one recommended;
/// throws `Error { code, field, message }` on invalid input (`field` like
/// `destinations[2].awsService`).
#[wasm_bindgen]
pub fn plan(input: JsValue) -> Result<JsValue, JsValue> {
    let options = loose(input, "plan input")?;
    let plan = vpce_advisor_core::plan::plan(&options, catalog_in_use()).map_err(input_error)?;
    to_js(&plan)
}

/// `catalog() -> { asOf, currency, regions: [{ code, name }], sources, version }`.
#[wasm_bindgen]
pub fn catalog() -> Result<JsValue, JsValue> {
    to_js(&vpce_advisor_core::catalog_view::CatalogView::of(
        catalog_in_use(),
    ))
}

/// `defaultScenario() -> Scenario`: every field at its documented default (service `s3`).
#[wasm_bindgen(js_name = defaultScenario)]
pub fn default_scenario() -> Result<JsValue, JsValue> {
    to_js(&Scenario::new(vpce_advisor_core::scenario::Service::S3))
}

/// `decisionTree() -> { root, nodes }`.
#[wasm_bindgen(js_name = decisionTree)]
pub fn decision_tree() -> Result<JsValue, JsValue> {
    to_js(&decide::tree())
}

/// `comparison() -> { options, rows }`.
#[wasm_bindgen]
pub fn comparison() -> Result<JsValue, JsValue> {
    to_js(&compare::comparison())
}

/// `costCurve(scenario, { fromGb, toGb, points }) -> { series }`.
#[wasm_bindgen(js_name = costCurve)]
pub fn cost_curve(scenario: JsValue, range: JsValue) -> Result<JsValue, JsValue> {
    let catalog = catalog_in_use();
    let (scenario, _) =
        Scenario::from_loose(&loose(scenario, "scenario")?, catalog).map_err(input_error)?;
    let range = cost::CurveRange::from_loose(&loose(range, "curve range")?).map_err(input_error)?;
    to_js(&cost::cost_curve(&scenario, catalog, &range))
}

/// Test only (feature `panic-probe`, never shipped): panics, so that scripts/panic-probe.sh can
/// check what a real panic looks like from JavaScript in a release build.
#[cfg(feature = "panic-probe")]
#[wasm_bindgen(js_name = __panicProbe)]
pub fn panic_probe(depth: u32) -> u32 {
    // Recursion, so that the trap happens deep in the Wasm stack, as a real bug's would.
    if depth == 0 {
        panic!("panic probe")
    }
    panic_probe(depth - 1).wrapping_add(1)
}
