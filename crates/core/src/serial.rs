//! How the output types' fixed texts are serialised.
//!
//! A `&'static str` field (an id, a unit, a question, a source's URL) is written as serde's unit
//! variant of that name. Every self-describing format writes that as the same string (serde_json:
//! `"GB"`), and serde-wasm-bindgen keeps the JS string of each unit variant by its address: a
//! text that crosses the Wasm boundary on every call is then decoded from UTF-8 once per page,
//! not once per call (docs/performance.md, "Calls").

use serde::Serializer;

/// For `#[serde(serialize_with = "crate::serial::fixed")]` on a `&'static str` field.
pub(crate) fn fixed<S: Serializer>(text: &&'static str, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_unit_variant("", 0, text)
}

#[cfg(test)]
mod tests {
    use serde::Serialize;

    #[derive(Serialize)]
    struct Step {
        #[serde(serialize_with = "super::fixed")]
        unit: &'static str,
        label: &'static str,
    }

    #[test]
    fn a_fixed_text_is_the_same_json_string_as_a_plain_one() {
        // Written by hand: both fields are JSON strings, escapes and all.
        let step = Step {
            unit: "GB \"per\" month",
            label: "GB \"per\" month",
        };
        assert_eq!(
            serde_json::to_string(&step).unwrap(),
            r#"{"unit":"GB \"per\" month","label":"GB \"per\" month"}"#
        );
    }
}
