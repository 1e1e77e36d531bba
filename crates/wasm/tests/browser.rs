//! The Wasm boundary in a real browser (headless Chromium, via wasm-bindgen-test): what an
//! embedder calling the exports from JavaScript gets back — plain objects, and real `Error`s
//! with a stable `code` and the `field` at fault.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Object, Reflect};
use vpce_advisor::web;
use vpce_advisor_core::cost::CurveRange;
use vpce_advisor_core::input::Loose;
use vpce_advisor_core::scenario::Scenario;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn obj(json: &str) -> JsValue {
    js_sys::JSON::parse(json).expect("test JSON parses")
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &key.into()).expect("property readable")
}

fn error_of(result: Result<JsValue, JsValue>) -> (String, JsValue, String) {
    let err = result.expect_err("call must throw");
    assert!(
        err.is_instance_of::<js_sys::Error>(),
        "a real Error, not a string: {err:?}"
    );
    let code = get(&err, "code")
        .as_string()
        .expect("Error.code is a string");
    let message = err
        .unchecked_ref::<js_sys::Error>()
        .message()
        .as_string()
        .unwrap_or_default();
    (code, get(&err, "field"), message)
}

#[wasm_bindgen_test]
fn advise_returns_a_plain_object_with_the_price_context() {
    let advice = web::advise(obj(r#"{"service":"s3"}"#)).expect("valid scenario");
    assert_eq!(
        Object::get_prototype_of(&advice),
        Object::get_prototype_of(&Object::new())
    );
    assert_eq!(
        get(&advice, "region").as_string().as_deref(),
        Some("us-east-1")
    );
    assert_eq!(get(&advice, "currency").as_string().as_deref(), Some("USD"));
    let catalog = web::catalog().expect("catalog");
    assert_eq!(get(&advice, "pricesAsOf"), get(&catalog, "asOf"));
    assert!(get(&advice, "recommendation").is_string());
    assert!(Array::is_array(&get(&advice, "options")));
    assert!(Array::is_array(&get(&advice, "warnings")));
}

#[wasm_bindgen_test]
fn nan_is_a_not_finite_error_naming_the_field() {
    let scenario = obj(r#"{"service":"s3"}"#);
    Reflect::set(
        &scenario,
        &"gbPerMonth".into(),
        &JsValue::from_f64(f64::NAN),
    )
    .unwrap();
    let (code, field, message) = error_of(web::advise(scenario));
    assert_eq!(code, "not-finite");
    assert_eq!(field.as_string().as_deref(), Some("gbPerMonth"));
    assert!(message.contains("gbPerMonth"), "{message}");
}

#[wasm_bindgen_test]
fn infinity_negative_and_huge_volumes_are_rejected_with_codes() {
    for (value, expected) in [
        (f64::INFINITY, "not-finite"),
        (f64::NEG_INFINITY, "not-finite"),
        (-1.0, "out-of-range"),
        (1e308, "out-of-range"),
    ] {
        let scenario = obj(r#"{"service":"dynamodb"}"#);
        Reflect::set(&scenario, &"gbPerMonth".into(), &JsValue::from_f64(value)).unwrap();
        assert_eq!(
            error_of(web::advise(scenario)).0,
            expected,
            "gbPerMonth = {value}"
        );
    }
}

#[wasm_bindgen_test]
fn wrong_shapes_are_type_errors_not_traps() {
    assert_eq!(
        error_of(web::advise(JsValue::from_str("s3"))).0,
        "invalid-type"
    );
    assert_eq!(error_of(web::advise(JsValue::NULL)).0, "invalid-type");
    assert_eq!(
        error_of(web::advise(obj(r#"{"service":"s3","azCount":"2"}"#))).0,
        "invalid-type"
    );
    let with_function = obj(r#"{"service":"s3"}"#);
    let f = js_sys::Function::new_no_args("return 1");
    Reflect::set(&with_function, &"region".into(), &f).unwrap();
    assert_eq!(error_of(web::advise(with_function)).0, "invalid-type");
}

#[wasm_bindgen_test]
fn unknown_fields_values_and_regions_are_named() {
    let (code, field, _) = error_of(web::advise(obj(r#"{"service":"s3","gbPerMonthh":5}"#)));
    assert_eq!(
        (code.as_str(), field.as_string().as_deref()),
        ("unknown-field", Some("gbPerMonthh"))
    );
    let (code, field, _) = error_of(web::advise(obj(r#"{"service":"s4"}"#)));
    assert_eq!(
        (code.as_str(), field.as_string().as_deref()),
        ("unknown-value", Some("service"))
    );
    let (code, field, message) = error_of(web::advise(obj(
        r#"{"service":"s3","region":"mars-east-1"}"#,
    )));
    assert_eq!(
        (code.as_str(), field.as_string().as_deref()),
        ("unknown-region", Some("region"))
    );
    assert!(message.contains("mars-east-1"), "{message}");
    assert_eq!(error_of(web::advise(obj(r#"{}"#))).0, "missing-field");
    assert_eq!(
        error_of(web::advise(obj(r#"{"service":"s3","trafficFrom":[]}"#))).0,
        "empty-list"
    );
    let duplicate = r#"{"service":"s3","trafficFrom":["same-vpc","same-vpc"]}"#;
    assert_eq!(error_of(web::advise(obj(duplicate))).0, "duplicate-value");
}

#[wasm_bindgen_test]
fn the_module_keeps_working_after_errors() {
    for _ in 0..50 {
        let _ = web::advise(obj(r#"{"service":"nope"}"#));
    }
    assert!(web::advise(obj(r#"{"service":"dynamodb","gbPerMonth":5000}"#)).is_ok());
}

#[wasm_bindgen_test]
fn catalog_lists_regions_sources_and_version() {
    let catalog = web::catalog().unwrap();
    let regions: Array = get(&catalog, "regions").dyn_into().unwrap();
    assert!(regions
        .iter()
        .any(|r| get(&r, "code").as_string().as_deref() == Some("us-east-1")));
    assert!(regions.iter().all(|r| get(&r, "name").is_string()));
    let sources: Array = get(&catalog, "sources").dyn_into().unwrap();
    assert!(sources.length() > 0);
    assert!(sources.iter().all(|s| get(&s, "url")
        .as_string()
        .is_some_and(|u| u.starts_with("https://"))));
    assert_eq!(
        get(&catalog, "version").as_string().as_deref(),
        Some(env!("CARGO_PKG_VERSION"))
    );
}

#[wasm_bindgen_test]
fn cost_curve_and_tree_and_comparison_are_plain_objects() {
    let curve = web::cost_curve(
        obj(r#"{"service":"s3"}"#),
        obj(r#"{"fromGb":1,"toGb":100000,"points":16}"#),
    );
    assert!(Array::is_array(&get(&curve.expect("curve"), "series")));
    assert!(get(&web::decision_tree().unwrap(), "root").is_string());
    assert!(Array::is_array(&get(&web::comparison().unwrap(), "rows")));
}

#[wasm_bindgen_test]
fn values_json_cannot_hold_are_type_errors_not_traps() {
    // A cycle, a BigInt, a Symbol and very deep nesting: each rejected with a code; the module
    // keeps answering afterwards.
    let make = |source: &str| {
        js_sys::Function::new_no_args(source)
            .call0(&JsValue::NULL)
            .unwrap()
    };
    for value in [
        make("const o = { service: 's3' }; o.trafficFrom = [o]; return o;"),
        make("return { service: 's3', gbPerMonth: 10n };"),
        make("return { service: 's3', region: Symbol('x') };"),
        make("let v = ['same-vpc']; for (let i = 0; i < 10000; i++) v = [v]; return { service: 's3', trafficFrom: v };"),
    ] {
        assert_eq!(error_of(web::advise(value)).0, "invalid-type");
    }
    assert!(web::advise(obj(r#"{"service":"s3"}"#)).is_ok());
}

#[wasm_bindgen_test]
fn default_scenario_is_advisable_and_catalog_titles_every_option() {
    let default = web::default_scenario().unwrap();
    assert_eq!(get(&default, "service").as_string().as_deref(), Some("s3"));
    assert_eq!(get(&default, "gbPerMonth").as_f64(), Some(100.0));
    assert!(web::advise(default).is_ok());
    let options: Array = get(&web::catalog().unwrap(), "options").dyn_into().unwrap();
    assert_eq!(options.length(), 7);
    assert!(options
        .iter()
        .any(
            |o| get(&o, "kind").as_string().as_deref() == Some("gateway+interface")
                && get(&o, "title").is_string()
        ));
}

// ---------------------------------------------------------------------------------------------
// What the Wasm returns is what the native core serialises (serde_json), read back with
// serde-wasm-bindgen here (a dev-dependency: it costs the shipped Wasm nothing).

/// JSON equality with numbers compared as f64 (`3` and `3.0` are the same number).
fn same(a: &serde_json::Value, b: &serde_json::Value) -> bool {
    use serde_json::Value::*;
    match (a, b) {
        (Number(x), Number(y)) => x.as_f64() == y.as_f64(),
        (Array(x), Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y)),
        (Object(x), Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

fn assert_as_native<T: serde::Serialize>(from_wasm: JsValue, native: &T, what: &str) {
    let ours: serde_json::Value =
        serde_wasm_bindgen::from_value(from_wasm).expect("the result reads back");
    let theirs = serde_json::to_value(native).expect("native serialises");
    assert!(same(&ours, &theirs), "{what}: {ours} vs {theirs}");
}

fn loose_of(json: &str) -> Loose {
    serde_json::from_str(json).expect("test JSON parses")
}

#[wasm_bindgen_test]
fn every_export_returns_what_the_native_core_serialises() {
    let catalog = vpce_advisor_core::catalog::builtin();
    for json in [
        r#"{"service":"s3"}"#,
        r#"{"service":"dynamodb","gbPerMonth":5000,"trafficFrom":["on-premises","same-vpc"]}"#,
        r#"{"service":"aws-service","awsServices":["sqs","ecr.dkr"],"gbPerMonth":1048576.5,"azCount":3}"#,
        r#"{"service":"traffic-inspection","hasNatGateway":true,"hoursPerMonth":100.5}"#,
        r#"{"service":"s3","region":"eu-west-1","serviceRegion":"us-east-1","peakGbps":12.5}"#,
    ] {
        let native = vpce_advisor_core::advice::advise(&loose_of(json), catalog).unwrap();
        assert_as_native(web::advise(obj(json)).unwrap(), &native, json);
        let (scenario, _) = Scenario::from_loose(&loose_of(json), catalog).unwrap();
        let range = CurveRange {
            from_gb: 0.5,
            to_gb: 3_000_000.0,
            points: 37,
        };
        assert_as_native(
            web::cost_curve(
                obj(json),
                obj(r#"{"fromGb":0.5,"toGb":3000000,"points":37}"#),
            )
            .unwrap(),
            &vpce_advisor_core::cost::cost_curve(&scenario, catalog, &range),
            json,
        );
    }
    assert_as_native(
        web::catalog().unwrap(),
        &vpce_advisor_core::catalog_view::CatalogView::of(catalog),
        "catalog",
    );
    assert_as_native(
        web::decision_tree().unwrap(),
        &vpce_advisor_core::decide::tree(),
        "tree",
    );
    assert_as_native(
        web::comparison().unwrap(),
        &vpce_advisor_core::compare::comparison(),
        "comparison",
    );
    assert_as_native(
        web::default_scenario().unwrap(),
        &Scenario::new(vpce_advisor_core::scenario::Service::S3),
        "defaultScenario",
    );
    assert_as_native(
        web::plan_fields().unwrap(),
        &vpce_advisor_core::plan::input::PLAN_FIELDS,
        "planFields",
    );
}

// ---------------------------------------------------------------------------------------------
// Hostile input: every JS call the options reader makes can throw, and sizes are checked before
// anything is copied into Wasm memory.

/// Builders for values no JSON text can make: throwing getters, Proxies, sparse arrays.
fn hostile() -> JsValue {
    js_sys::Function::new_no_args(
        r#"return {
          getter(o, key, thrown) {
            Object.defineProperty(o, key, { enumerable: true, configurable: true, get() { throw thrown; } });
            return o;
          },
          revoked(target) { const r = Proxy.revocable(target, {}); r.revoke(); return r.proxy; },
          trap(target, name) { return new Proxy(target, { [name]() { throw new TypeError(name); } }); },
          lyingLength(n) { return new Proxy([], { get(t, k) { return k === 'length' ? n : t[k]; } }); },
          sparse(n) { const a = []; a.length = n; return a; },
          holes(n) { return new Array(n); },
          own(o, key, value) {
            Object.defineProperty(o, key, { value, enumerable: true, configurable: true, writable: true });
            return o;
          },
          text(n) { return 'x'.repeat(n); },
        };"#,
    )
    .call0(&JsValue::NULL)
    .unwrap()
}

fn call(helpers: &JsValue, name: &str, args: &[JsValue]) -> JsValue {
    let f: js_sys::Function = get(helpers, name).dyn_into().unwrap();
    f.apply(&JsValue::NULL, &args.iter().collect::<Array>())
        .unwrap()
}

fn memory_bytes() -> f64 {
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().dyn_into().unwrap();
    get(&memory.buffer(), "byteLength").as_f64().unwrap()
}

fn json_text(value: &JsValue) -> String {
    js_sys::JSON::stringify(value).unwrap().into()
}

#[wasm_bindgen_test]
fn a_throwing_getter_is_an_invalid_type_error_not_an_unwinding() {
    let h = hostile();
    let before = json_text(&web::advise(obj(r#"{"service":"s3"}"#)).unwrap());
    for thrown in [
        JsValue::from(js_sys::Error::new("boom")),
        JsValue::from_str("a string"),
        JsValue::UNDEFINED,
    ] {
        let scenario = call(
            &h,
            "getter",
            &[obj(r#"{"service":"s3"}"#), "gbPerMonth".into(), thrown],
        );
        let (code, field, message) = error_of(web::advise(scenario));
        // The getter runs inside one caught copy of the object, so the field is not known.
        assert_eq!((code.as_str(), field), ("invalid-type", JsValue::NULL));
        assert!(message.contains("threw"), "{message}");
    }
    let range = call(
        &h,
        "getter",
        &[obj("{}"), "points".into(), JsValue::from_str("x")],
    );
    let (code, field, _) = error_of(web::cost_curve(obj(r#"{"service":"s3"}"#), range));
    assert_eq!((code.as_str(), field), ("invalid-type", JsValue::NULL));
    for _ in 0..1000 {
        let scenario = call(
            &h,
            "getter",
            &[obj(r#"{"service":"s3"}"#), "region".into(), JsValue::NULL],
        );
        let _ = web::advise(scenario);
    }
    assert_eq!(
        json_text(&web::advise(obj(r#"{"service":"s3"}"#)).unwrap()),
        before
    );
}

#[wasm_bindgen_test]
fn revoked_proxies_and_throwing_traps_are_invalid_type_errors() {
    let h = hostile();
    let scenario = || obj(r#"{"service":"s3","trafficFrom":["same-vpc"]}"#);
    let revoked = call(&h, "revoked", &[scenario()]);
    let (code, field, _) = error_of(web::advise(revoked));
    assert_eq!((code.as_str(), field), ("invalid-type", JsValue::NULL));
    let revoked_range = call(&h, "revoked", &[obj("{}")]);
    assert_eq!(
        error_of(web::cost_curve(scenario(), revoked_range)).0,
        "invalid-type"
    );
    let nested = scenario();
    Reflect::set(
        &nested,
        &"trafficFrom".into(),
        &call(&h, "revoked", &[Array::new().into()]),
    )
    .unwrap();
    let (code, field, _) = error_of(web::advise(nested));
    assert_eq!(
        (code.as_str(), field.as_string().as_deref()),
        ("invalid-type", Some("trafficFrom"))
    );
    for trap in ["ownKeys", "get", "getOwnPropertyDescriptor"] {
        let proxy = call(&h, "trap", &[scenario(), trap.into()]);
        assert_eq!(
            error_of(web::advise(proxy)).0,
            "invalid-type",
            "trap {trap}"
        );
    }
    assert!(web::advise(scenario()).is_ok());
}

#[wasm_bindgen_test]
fn huge_lists_and_strings_are_rejected_before_they_are_copied() {
    let h = hostile();
    let start = memory_bytes();
    let with = |field: &str, value: JsValue| {
        let scenario = obj(r#"{"service":"aws-service"}"#);
        Reflect::set(&scenario, &field.into(), &value).unwrap();
        scenario
    };
    for (field, value) in [
        ("trafficFrom", call(&h, "holes", &[JsValue::from(1e7)])),
        (
            "trafficFrom",
            call(&h, "sparse", &[JsValue::from(4_294_967_295.0)]),
        ),
        (
            "awsServices",
            call(&h, "lyingLength", &[JsValue::from(1e12)]),
        ),
        (
            "awsServices",
            Array::of1(&call(&h, "text", &[JsValue::from(10_000_000)])).into(),
        ),
        ("region", call(&h, "text", &[JsValue::from(10_000_000)])),
    ] {
        let (code, got, _) = error_of(web::advise(with(field, value)));
        assert_eq!(
            (code.as_str(), got.as_string().as_deref()),
            ("out-of-range", Some(field))
        );
    }
    // 10 MB strings and 10^7-element lists would have grown the memory by tens of MB.
    assert!(
        memory_bytes() - start < 2_097_152.0,
        "{} -> {}",
        start,
        memory_bytes()
    );
}

#[wasm_bindgen_test]
fn a_proto_key_is_an_unknown_field_not_a_prototype() {
    let h = hostile();
    let scenario = call(
        &h,
        "own",
        &[
            obj(r#"{"service":"s3"}"#),
            "__proto__".into(),
            obj(r#"{"gbPerMonth":5000000}"#),
        ],
    );
    let (code, field, _) = error_of(web::advise(scenario));
    assert_eq!(
        (code.as_str(), field.as_string().as_deref()),
        ("unknown-field", Some("__proto__"))
    );
    let parsed = obj(r#"{"service":"s3","__proto__":{"gbPerMonth":5000000}}"#);
    assert_eq!(error_of(web::advise(parsed)).0, "unknown-field");
}

#[wasm_bindgen_test]
fn an_unknown_field_names_the_option_and_the_nearest_known_one() {
    let (code, field, message) = error_of(web::advise(obj(r#"{"service":"s3","gbPerMoth":5120}"#)));
    assert_eq!(
        (code.as_str(), field.as_string().as_deref()),
        ("unknown-field", Some("gbPerMoth"))
    );
    assert!(
        message.contains("Did you mean \"gbPerMonth\"?"),
        "{message}"
    );
    let (code, field, message) = error_of(web::cost_curve(
        obj(r#"{"service":"s3"}"#),
        obj(r#"{"point":8}"#),
    ));
    assert_eq!(
        (code.as_str(), field.as_string().as_deref()),
        ("unknown-field", Some("point"))
    );
    assert!(message.contains("Did you mean \"points\"?"), "{message}");
}

#[wasm_bindgen_test]
fn tiny_and_narrow_curve_ranges_are_rejected_with_a_code() {
    let s3 = || obj(r#"{"service":"s3"}"#);
    for (range, field) in [
        (r#"{"fromGb":1e-300}"#, "fromGb"),
        (r#"{"fromGb":1e-300,"toGb":1e9,"points":64}"#, "fromGb"),
        (r#"{"fromGb":1,"toGb":1.0000000001}"#, "toGb"),
    ] {
        let (code, got, _) = error_of(web::cost_curve(s3(), obj(range)));
        assert_eq!(
            (code.as_str(), got.as_string().as_deref()),
            ("out-of-range", Some(field)),
            "{range}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// The boundary's own fuzz target: arbitrary JS values, not only JSON — getters that throw,
// Proxies (revoked, or with throwing traps), holes, huge and lying lengths, long strings,
// `__proto__` keys, symbols, BigInts, functions, cycles. Every call returns a plain result or a
// real Error with a documented code, and afterwards a normal `advise` returns exactly what it
// returned before. FUZZ_CASES is the number of calls (each of `advise` and `costCurve`).

const FUZZ_CASES: u32 = 150;
const CODES: [&str; 11] = [
    "invalid-type",
    "missing-field",
    "unknown-field",
    "unknown-value",
    "unknown-region",
    "not-finite",
    "out-of-range",
    "empty-list",
    "duplicate-value",
    "conflict",
    "internal",
];
const KEYS: [&str; 14] = [
    "service",
    "trafficFrom",
    "awsServices",
    "region",
    "serviceRegion",
    "azCount",
    "gbPerMonth",
    "hoursPerMonth",
    "hasNatGateway",
    "fromGb",
    "toGb",
    "points",
    "__proto__",
    "constructor",
];
const STRINGS: [&str; 9] = [
    "s3",
    "dynamodb",
    "aws-service",
    "same-vpc",
    "on-premises",
    "us-east-1",
    "eu-west-1",
    "sqs",
    "",
];

/// xorshift64*: a seeded generator, so a failure repeats (the seed is in the message).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

fn arbitrary(rng: &mut Rng, h: &JsValue, depth: u32) -> JsValue {
    let leaf = depth >= 3;
    match rng.below(if leaf { 8 } else { 16 }) {
        0 => JsValue::NULL,
        1 => JsValue::from_bool(rng.below(2) == 0),
        2 => JsValue::from_f64(
            [
                0.0,
                -0.0,
                1.0,
                2.5,
                1e-300,
                1e300,
                f64::NAN,
                f64::INFINITY,
                4_294_967_295.0,
                -7.0,
            ][rng.below(10) as usize],
        ),
        3 | 4 => JsValue::from_str(rng.pick(&STRINGS)),
        5 => call(
            h,
            "text",
            &[JsValue::from_f64(
                [100.0, 5000.0, 1e6][rng.below(3) as usize],
            )],
        ),
        6 => [
            JsValue::UNDEFINED,
            js_sys::Symbol::for_("s").into(),
            js_sys::BigInt::from(10u32).into(),
            js_sys::Function::new_no_args("return 1").into(),
        ][rng.below(4) as usize]
            .clone(),
        7 => call(h, "revoked", &[Object::new().into()]),
        8 | 9 => {
            let list = Array::new();
            for _ in 0..rng.below(4) {
                list.push(&arbitrary(rng, h, depth + 1));
            }
            list.into()
        }
        10 => call(
            h,
            ["holes", "sparse", "lyingLength"][rng.below(3) as usize],
            &[JsValue::from_f64(
                [3.0, 1e7, 4_294_967_295.0][rng.below(3) as usize],
            )],
        ),
        11 => {
            let o = Object::new();
            Reflect::set(&o, &"self".into(), &o).unwrap();
            o.into()
        }
        _ => {
            let o: JsValue = Object::new().into();
            for _ in 0..rng.below(5) {
                let key = rng.pick(&KEYS);
                match rng.below(6) {
                    0 => {
                        call(
                            h,
                            "getter",
                            &[o.clone(), key.into(), JsValue::from_str("thrown")],
                        );
                    }
                    1 => {
                        call(
                            h,
                            "own",
                            &[o.clone(), key.into(), arbitrary(rng, h, depth + 1)],
                        );
                    }
                    _ => {
                        // May throw: `o.__proto__ = revokedProxy` makes every later set on
                        // `o` throw, which is one more hostile value to read.
                        let _ = Reflect::set(&o, &key.into(), &arbitrary(rng, h, depth + 1));
                    }
                }
            }
            if rng.below(8) == 0 {
                let trap = rng.pick(&["get", "ownKeys", "getOwnPropertyDescriptor", "has"]);
                return call(h, "trap", &[o, trap.into()]);
            }
            o
        }
    }
}

fn assert_result_or_coded_error(result: Result<JsValue, JsValue>, seed: u64) {
    match result {
        Ok(value) => assert!(value.is_object(), "seed {seed}: a plain object"),
        Err(err) => {
            assert!(
                err.is_instance_of::<js_sys::Error>(),
                "seed {seed}: a real Error: {err:?}"
            );
            let code = get(&err, "code").as_string().unwrap_or_default();
            assert!(CODES.contains(&code.as_str()), "seed {seed}: code {code:?}");
            let field = get(&err, "field");
            assert!(
                field.is_null() || field.is_string(),
                "seed {seed}: field {field:?}"
            );
        }
    }
}

#[wasm_bindgen_test]
fn fuzz_arbitrary_js_values_never_trap_and_leave_the_module_as_it_was() {
    let h = hostile();
    let normal =
        || obj(r#"{"service":"dynamodb","gbPerMonth":5000,"trafficFrom":["on-premises"]}"#);
    let before = json_text(&web::advise(normal()).unwrap());
    let seed = js_sys::Date::now() as u64 | 1;
    let mut rng = Rng(seed);
    for _ in 0..FUZZ_CASES {
        let value = arbitrary(&mut rng, &h, 0);
        assert_result_or_coded_error(web::advise(value.clone()), seed);
        let range = arbitrary(&mut rng, &h, 1);
        assert_result_or_coded_error(web::cost_curve(value, range), seed);
    }
    assert_eq!(
        json_text(&web::advise(normal()).unwrap()),
        before,
        "seed {seed}"
    );
}
