//! The Wasm boundary in a real browser (headless Chromium, via wasm-bindgen-test): what an
//! embedder calling the exports from JavaScript gets back — plain objects, and real `Error`s
//! with a stable `code` and the `field` at fault.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Object, Reflect};
use vpce_advisor::web;
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
