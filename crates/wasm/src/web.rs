//! The WebAssembly boundary: the only module that knows about JavaScript.
//!
//! Each export takes plain JS values, hands them to the pure core and returns plain JS objects
//! (JSON-shaped: objects, arrays, strings, numbers, booleans, `null`). Every failure becomes a
//! real JS `Error` whose `code` is one of `error::ErrorCode` and whose `field` names the option
//! at fault, so an embedder can branch on it and the widget can show it.
//!
//! Reading the caller's options is hostile ground: a getter or a Proxy trap may throw, a list
//! may claim a length of 2^32 − 1, a string may be 10 MB. Every JS call that may run the
//! caller's code is a `catch` import (a thrown exception comes back as `Err`, never unwinding
//! through the Wasm), and every size is checked against `input::limits` before anything is
//! copied into Wasm memory.

use serde::Serialize;
use vpce_advisor_core::catalog::{self, Catalog};
use vpce_advisor_core::error::{ErrorCode, InputError};
use vpce_advisor_core::input::{limits, Loose};
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

/// Builds the result's JS objects with serde-wasm-bindgen's JSON-compatible serializer (maps
/// as plain objects, `None` as `null`), straight from the `#[derive(Serialize)]` output types.
/// docs/decisions/0001-boundary-serialisation.md says why this and not JSON text.
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| with_code(e.into(), ErrorCode::Internal, None))
}

fn js_error(code: ErrorCode, field: Option<&str>, message: &str) -> JsValue {
    with_code(js_sys::Error::new(message).into(), code, field)
}

/// Sets the stable `code` and the `field` at fault on a JS Error.
fn with_code(error: JsValue, code: ErrorCode, field: Option<&str>) -> JsValue {
    // Reflect::set is a `catch` import: even a setter a host page put on Error.prototype
    // cannot unwind through the Wasm.
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

/// The reader's JS calls that may run the caller's code (getters, Proxy traps). Each is a
/// `catch` import, and none returns a JS object: in wasm-bindgen 0.2.130 a `catch` import that
/// returns one leaks an externref table slot each time it throws (scripts/memory-flat.mjs
/// counts them). Objects are read from a plain copy instead.
#[wasm_bindgen]
extern "C" {
    /// `Array.isArray`; throws for a revoked Proxy.
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    fn is_array(value: &JsValue) -> Result<bool, JsValue>;
    /// `Object.assign(target, source)`: copies the own enumerable properties, running every
    /// getter and Proxy trap within this one call. Its return value (`target`) is not taken.
    #[wasm_bindgen(catch, js_namespace = Object, js_name = assign)]
    fn assign(target: &JsValue, source: &JsValue) -> Result<(), JsValue>;
    /// `Reflect.get(target, key)` as a number (`None` for `undefined` or `null`), converted
    /// within the call, so that even a Symbol where a number belongs is caught.
    #[wasm_bindgen(catch, js_namespace = Reflect, js_name = get)]
    fn get_number(target: &JsValue, key: &str) -> Result<Option<f64>, JsValue>;

    /// A `plain_copy`: a null-prototype object of data properties only.
    type Plain;
    /// `copy[key]`: a data property without a prototype behind it, so reading it runs no
    /// caller code and cannot throw (no `catch`, no `Reflect.get`).
    #[wasm_bindgen(method, indexing_getter)]
    fn get(this: &Plain, key: &JsValue) -> JsValue;
}

/// Why a value could not be read, before the core sees it.
enum Unreadable {
    /// A function, symbol, BigInt, a cycle or nesting deeper than `limits::DEPTH_MAX`.
    NotData,
    /// Reading it threw (a getter, a Proxy trap, a revoked Proxy).
    Threw,
    /// A list, string or object over its limit, or too many values in all.
    TooLarge,
}

/// Reads any JS value the options could be into `Loose`, within `input::limits`. Values JSON
/// cannot hold (functions, symbols, BigInts, cycles) are a type error, never a trap.
///
/// Hand-written over js_sys rather than `serde_wasm_bindgen::from_value`: serde's deserializer
/// error paths format floats, which pulls ~15 KB of `core::num::flt2dec` into the Wasm, and it
/// would copy a list or string before its size could be checked.
fn loose(value: JsValue, what: &str) -> Result<Loose, JsValue> {
    if value.is_undefined() {
        return Ok(Loose::Object(Vec::new()));
    }
    let mut reader = Reader {
        values_left: limits::VALUES_MAX,
        field: None,
    };
    reader.read(&value, 0).map_err(|why| {
        let field = reader.field.as_deref();
        let at = field.map_or(String::new(), |f| format!(" (at \"{f}\")"));
        let (code, message) = match why {
            Unreadable::NotData => (
                ErrorCode::InvalidType,
                format!(
                    "The {what} must be plain data: objects, lists, strings, numbers and booleans{at}."
                ),
            ),
            Unreadable::Threw => (
                ErrorCode::InvalidType,
                format!(
                    "Reading the {what} threw a JavaScript exception{at} (a getter, a Proxy or a revoked Proxy): pass plain data."
                ),
            ),
            Unreadable::TooLarge => (
                ErrorCode::OutOfRange,
                format!(
                    "The {what} is too large{at}: at most {} items in a list, {} characters in a string, {} fields in an object and {} values in all.",
                    limits::LIST_MAX,
                    limits::STRING_MAX,
                    limits::FIELDS_MAX,
                    limits::VALUES_MAX
                ),
            ),
        };
        js_error(code, field, &message)
    })
}

struct Reader {
    /// How many more values may be read: bounds the work a list of shared lists could cause.
    values_left: usize,
    /// The top-level field being read, for the error's `field`.
    field: Option<String>,
}

impl Reader {
    fn read(&mut self, value: &JsValue, depth: u32) -> Result<Loose, Unreadable> {
        self.values_left = self
            .values_left
            .checked_sub(1)
            .ok_or(Unreadable::TooLarge)?;
        // typeof checks: wasm-bindgen intrinsics and `Number.isFinite`, none of which calls into
        // user code. The commonest kinds first, one JS call each where possible: `as_f64` and
        // `as_string` return through Wasm memory, which costs more than a plain call.
        if value.is_string() {
            return read_string(value).map(Loose::String);
        }
        if js_sys::Number::is_finite(value) {
            return Ok(Loose::Number(value.unchecked_into_f64()));
        }
        if let Some(b) = value.as_bool() {
            return Ok(Loose::Bool(b));
        }
        if value.is_null_or_undefined() {
            return Ok(Loose::Null);
        }
        if !value.is_object() {
            // NaN and the infinities; else a function, symbol or BigInt.
            return value.as_f64().map(Loose::Number).ok_or(Unreadable::NotData);
        }
        if depth >= limits::DEPTH_MAX {
            return Err(Unreadable::NotData);
        }
        if is_array(value).map_err(|_| Unreadable::Threw)? {
            let length = get_number(value, "length")
                .map_err(|_| Unreadable::Threw)?
                .ok_or(Unreadable::NotData)?;
            if length > limits::LIST_MAX as f64 {
                return Err(Unreadable::TooLarge);
            }
            let items = plain_copy(value)?;
            // A real array's length is a whole number; a Proxy's is cut to one by the cast.
            return (0..length as u32)
                .map(|i| self.read(&items.get(&JsValue::from(i)), depth + 1))
                .collect::<Result<Vec<_>, _>>()
                .map(Loose::List);
        }
        let fields = plain_copy(value)?;
        let keys = js_sys::Object::keys(fields.unchecked_ref::<js_sys::Object>());
        if keys.length() as usize > limits::FIELDS_MAX {
            return Err(Unreadable::TooLarge);
        }
        let mut out = Vec::with_capacity(keys.length() as usize);
        for key in keys.iter() {
            // Object.keys returns strings only.
            let name = read_string(&key)?;
            if depth == 0 {
                self.field = Some(name.clone());
            }
            out.push((name, self.read(&fields.get(&key), depth + 1)?));
        }
        Ok(Loose::Object(out))
    }
}

/// A null-prototype object holding `value`'s own enumerable properties as plain data: the one
/// place the caller's getters and Proxy traps run, inside a caught call. A `__proto__` key
/// becomes an ordinary own property of the copy, never its prototype.
fn plain_copy(value: &JsValue) -> Result<Plain, Unreadable> {
    let copy: JsValue =
        js_sys::Object::create(JsValue::NULL.unchecked_ref::<js_sys::Object>()).into();
    assign(&copy, value).map_err(|_| Unreadable::Threw)?;
    Ok(copy.unchecked_into())
}

/// Copies a JS string (the caller has checked it is one) into Wasm memory only once its length
/// is known to be within the limit.
fn read_string(value: &JsValue) -> Result<String, Unreadable> {
    let text: &js_sys::JsString = value.unchecked_ref();
    if text.length() as usize > limits::STRING_MAX {
        return Err(Unreadable::TooLarge);
    }
    value.as_string().ok_or(Unreadable::NotData)
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

/// `scenarioFields() -> [{ name, type, required, default, defaultFrom, min, max, aboveMin, unit,
/// maxItems, values, region, doc }]`: the table of Scenario fields, so the JS takes defaults and
/// limits from the core instead of repeating them.
#[wasm_bindgen(js_name = scenarioFields)]
pub fn scenario_fields() -> Result<JsValue, JsValue> {
    to_js(&vpce_advisor_core::scenario::FIELDS)
}

/// `planFields() -> [{ name, type, … }]`: the plan's own fields (`vpcCount`, `transitGateway`,
/// `endpointAzCount`, `existingPrivateLinkGbPerMonth`) in `scenarioFields()`'s shape; the fields
/// a plan shares with a scenario are in `scenarioFields()`.
#[wasm_bindgen(js_name = planFields)]
pub fn plan_fields() -> Result<JsValue, JsValue> {
    to_js(&vpce_advisor_core::plan::input::PLAN_FIELDS)
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
