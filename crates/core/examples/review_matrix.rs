//! Prints `advise` over a matrix of scenarios, for reading the advice as a reviewer would: each
//! answer's summary, reasons, warnings and break-even, every option's monthly total and
//! eligibility, and the bill lines of the eligible ones and the recommended one.
//!
//! `cargo run -p vpce-advisor-core --example review_matrix -- crates/core/examples/review_matrix.json`
//! — the file is a JSON list of `[name, scenario]` pairs (the scenarios of the fifth specialist
//! review, docs/specialist-review.md).
use vpce_advisor_core::input::Loose;
use vpce_advisor_core::{advice, catalog};

fn main() {
    let catalog = catalog::builtin();
    let text = std::fs::read_to_string(std::env::args().nth(1).expect("file")).unwrap();
    let cases: Vec<(String, serde_json::Value)> = serde_json::from_str(&text).unwrap();
    for (name, input) in cases {
        println!("=== {name}: {input}");
        let loose: Loose = serde_json::from_value(input).unwrap();
        match advice::advise(&loose, catalog) {
            Err(e) => println!("ERR {e:?}"),
            Ok(a) => {
                let v = serde_json::to_value(&a).unwrap();
                println!(
                    "REC {} leaf={} | {}",
                    v["recommendation"], v["leaf"], v["summary"]
                );
                for r in v["reasons"].as_array().unwrap() {
                    println!("  - {}", r["text"].as_str().unwrap_or(""));
                }
                for w in v["warnings"].as_array().unwrap() {
                    println!("  ! {}: {}", w["code"], w["text"]);
                }
                println!("  breakEven={}", v["breakEvenGbPerMonth"]);
                for o in v["options"].as_array().unwrap() {
                    println!(
                        "  [{}] total={} eligible={} {}",
                        o["kind"],
                        o["monthlyUsd"],
                        o["eligible"],
                        o.get("whyNot").map(|x| x.to_string()).unwrap_or_default()
                    );
                    if o["eligible"] == false && o["kind"] != v["recommendation"] {
                        continue;
                    }
                    for l in o["lines"].as_array().unwrap() {
                        println!(
                            "      {} | {} {} x {} = {} {}",
                            l["label"].as_str().unwrap_or(""),
                            l["quantity"],
                            l["unit"],
                            l["unitUsd"],
                            l["usd"],
                            if l["verified"] == false {
                                "(unverified)"
                            } else {
                                ""
                            }
                        );
                    }
                    if let Some(alts) = o.get("alternatives").and_then(|x| x.as_array()) {
                        for alt in alts {
                            println!("      ALT {} {}", alt["id"], alt["monthlyUsd"]);
                        }
                    }
                }
            }
        }
    }
}
