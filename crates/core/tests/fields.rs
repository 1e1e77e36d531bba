//! The table of Scenario fields is the one source: the d.ts `Scenario` interface and the docs'
//! field table must say what it says. Each test renders the expected text from the table and
//! fails, printing it, when the file disagrees; paste the printed text to mend.

use std::path::PathBuf;
use vpce_advisor_core::catalog;
use vpce_advisor_core::input::Loose;
use vpce_advisor_core::scenario::{DefaultValue, Field, Kind, Scenario, Service, FIELDS};

/// The repository root (this crate is crates/core).
fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The d.ts and the docs that document the fields.
const DTS: &str = "pkg-config/vpce-advisor.d.ts";
const DOC: &str = "README.md";

/// `1048576000` as `1,048,576,000`.
fn grouped(n: f64) -> String {
    let digits = format!("{}", n as u64);
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    assert_eq!(n.fract(), 0.0, "the docs write whole numbers only");
    out
}

fn quoted(values: &[&str]) -> String {
    values
        .iter()
        .map(|v| format!("`\"{v}\"`"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn default_text(f: &Field) -> String {
    match f.default {
        DefaultValue::Required => "required".into(),
        DefaultValue::Absent => "none".into(),
        DefaultValue::Text(t) => format!("`\"{t}\"`"),
        DefaultValue::Texts(ts) => format!(
            "`[{}]`",
            ts.iter()
                .map(|t| format!("\"{t}\""))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        DefaultValue::Number(n) => grouped(n),
        DefaultValue::Whole(n) => grouped(f64::from(n)),
        DefaultValue::Bool(b) => format!("`{b}`"),
        DefaultValue::Derived { from, .. } => format!("follows `{from}`"),
    }
}

fn allowed_text(f: &Field) -> String {
    match f.kind {
        Kind::Choice(values) => format!("one of {}", quoted(values)),
        Kind::ChoiceList(values) => format!("a non-empty list of distinct {}", quoted(values)),
        Kind::ServiceNames { max_items, max_len } => format!(
            "up to {max_items} distinct names of at most {max_len} characters \
             (a–z, 0–9, `.`, `-`)"
        ),
        Kind::Region => "a Region code of `catalog().regions`".into(),
        Kind::Whole { min, max } => format!("a whole number from {min} to {max}"),
        Kind::Number {
            min,
            max,
            unit,
            above_min,
        } => {
            if above_min {
                format!(
                    "more than {} and at most {} {unit}",
                    grouped(min),
                    grouped(max)
                )
            } else {
                format!("{} to {} {unit}", grouped(min), grouped(max))
            }
        }
        Kind::Boolean => "`true` or `false`".into(),
    }
}

/// The TypeScript type of a field; a choice names the d.ts alias whose union is its values.
fn ts_type(f: &Field, dts: &str) -> String {
    let alias = |values: &[&str]| {
        let union = values
            .iter()
            .map(|v| format!("'{v}'"))
            .collect::<Vec<_>>()
            .join(" | ");
        dts.split("export type ")
            .skip(1)
            .find_map(|decl| {
                let (name, rest) = decl.split_once(" =")?;
                let body = rest.split(';').next()?;
                let body: String = body.split_whitespace().collect::<Vec<_>>().join(" ");
                (body.trim_start_matches("| ") == union).then(|| name.to_string())
            })
            .unwrap_or_else(|| panic!("{DTS}: no `export type X = {union};` for {}", f.name))
    };
    match f.kind {
        Kind::Choice(values) => alias(values),
        Kind::ChoiceList(values) => format!("{}[]", alias(values)),
        Kind::ServiceNames { .. } => "string[]".into(),
        Kind::Region => "string".into(),
        Kind::Whole { .. } | Kind::Number { .. } => "number".into(),
        Kind::Boolean => "boolean".into(),
    }
}

/// The `Scenario` interface's members as the table says they must read.
fn expected_interface(dts: &str) -> String {
    let mut out = String::new();
    for f in &FIELDS {
        let required = matches!(f.default, DefaultValue::Required);
        out.push_str(&format!(
            "  /** {} Default: {}. Allowed: {}. */\n",
            f.doc,
            default_text(f),
            allowed_text(f)
        ));
        if required {
            out.push_str(&format!("  {}: {};\n", f.name, ts_type(f, dts)));
        } else {
            out.push_str(&format!("  {}?: {} | null;\n", f.name, ts_type(f, dts)));
        }
    }
    out
}

/// The docs' field table as the table says it must read.
fn expected_doc_table() -> String {
    let mut out = String::from("| field | default | allowed | meaning |\n|---|---|---|---|\n");
    for f in &FIELDS {
        out.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            f.name,
            default_text(f),
            allowed_text(f),
            f.doc
        ));
    }
    out
}

#[test]
fn the_d_ts_scenario_interface_says_what_the_table_says() {
    let dts = read(DTS);
    let start = dts
        .find("export interface Scenario {\n")
        .expect("the d.ts declares `export interface Scenario {`")
        + "export interface Scenario {\n".len();
    let body = &dts[start..start + dts[start..].find("\n}").expect("the interface ends") + 1];
    let expected = expected_interface(&dts);
    assert!(
        body == expected,
        "{DTS}: the Scenario interface must read (from the field table):\n{expected}\nit reads:\n{body}"
    );
}

#[test]
fn the_docs_field_table_says_what_the_table_says() {
    let doc = read(DOC);
    let expected = expected_doc_table();
    assert!(
        doc.contains(&expected),
        "{DOC}: the field table must read (from the field table):\n{expected}"
    );
}

#[test]
fn every_field_has_a_one_line_doc_and_a_unique_name() {
    for (i, f) in FIELDS.iter().enumerate() {
        assert!(
            !f.doc.is_empty() && !f.doc.contains('\n') && f.doc.ends_with('.'),
            "{}",
            f.name
        );
        assert!(!FIELDS[..i].iter().any(|g| g.name == f.name), "{}", f.name);
        // A derived default follows a field read before it.
        if let DefaultValue::Derived { from, .. } = f.default {
            assert!(FIELDS[..i].iter().any(|g| g.name == from), "{}", f.name);
        }
    }
}

#[test]
fn the_table_defaults_are_what_the_default_scenario_holds() {
    // Worked out from the documented defaults, not from the table.
    let s = Scenario::new(Service::S3);
    assert_eq!(s.region, "us-east-1");
    assert_eq!(s.service_region, "us-east-1");
    assert_eq!(
        (s.az_count, s.endpoint_count, s.nat_gateway_count),
        (2, 1, 2)
    );
    assert_eq!((s.gb_per_month, s.hours_per_month), (100.0, 730));
    assert_eq!(s.remote_traffic_percent, 50.0);
    assert_eq!(s.ip_address_type.as_str(), "ipv4");
    assert_eq!(s.peak_gbps, None);
}

#[test]
fn ip_address_type_is_read_and_checked() {
    let parse = |json: &str| {
        let options: Loose = serde_json::from_str(json).unwrap();
        Scenario::from_loose(&options, catalog::builtin())
    };
    let (s, _) = parse(r#"{"service":"s3","ipAddressType":"dualstack"}"#).unwrap();
    assert_eq!(s.ip_address_type.as_str(), "dualstack");
    let (s, _) = parse(r#"{"service":"s3","ipAddressType":null}"#).unwrap();
    assert_eq!(s.ip_address_type.as_str(), "ipv4");
    let e = parse(r#"{"service":"s3","ipAddressType":"ipv5"}"#).unwrap_err();
    assert_eq!(
        (e.code.as_str(), e.field.as_deref()),
        ("unknown-value", Some("ipAddressType"))
    );
    assert!(e.message.contains("\"dualstack\""), "{}", e.message);
}

#[test]
fn the_table_serialises_for_the_js() {
    // What scenarioFields() hands the JS: limits and defaults as plain values.
    let json = serde_json::to_value(FIELDS).unwrap();
    let row = |name: &str| {
        json.as_array()
            .unwrap()
            .iter()
            .find(|f| f["name"] == name)
            .unwrap_or_else(|| panic!("no row {name}"))
            .clone()
    };
    let az = row("azCount");
    assert_eq!(az["type"], "integer");
    assert_eq!(
        (az["min"].as_f64(), az["max"].as_f64()),
        (Some(1.0), Some(6.0))
    );
    assert_eq!(az["default"], 2);
    let hours = row("hoursPerMonth");
    assert_eq!(hours["max"], 744.0);
    assert_eq!(hours["aboveMin"], true);
    assert_eq!(hours["default"], 730);
    let nat = row("natGatewayCount");
    assert_eq!(
        (&nat["default"], &nat["defaultFrom"]),
        (&serde_json::Value::Null, &"azCount".into())
    );
    let ip = json.as_array().unwrap().last().unwrap();
    assert_eq!(ip["name"], "ipAddressType");
    assert_eq!(
        ip["values"],
        serde_json::json!(["ipv4", "dualstack", "ipv6"])
    );
    assert_eq!(ip["default"], "ipv4");
    assert_eq!(json[0]["required"], true);
}
