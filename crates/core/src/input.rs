//! A loose, JSON-shaped value: what a caller handed us, before validation.
//!
//! The boundary deserialises the caller's input into `Loose` (any JS value that JSON could
//! express), so that *every* mistake — wrong type, unknown field, NaN — reaches our own
//! validation in `scenario` and gets a specific message and code, instead of a generic serde
//! error. Natively the same `Deserialize` impl reads JSON, which the tests and fuzzers use.

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// What the boundary reads from a caller's JS value at most. Checked before anything is copied
/// into Wasm memory (which never shrinks): a list's length, a string's length and an object's
/// field count are read first, and anything over its bound is rejected with `out-of-range`.
/// Each bound is well above what a valid scenario needs, so the scenario's own limits (and
/// their messages) apply below it.
pub mod limits {
    /// Nesting of objects and lists; a scenario needs 2. Deeper (or cyclic) is a type error.
    pub const DEPTH_MAX: u32 = 8;
    /// Items in one list: `awsServices` allows 200, so its own message applies up to here.
    pub const LIST_MAX: usize = 1024;
    /// UTF-16 code units in one string; the longest valid string is 64 characters.
    pub const STRING_MAX: usize = 4096;
    /// Fields of one object; the scenario has fewer than 30.
    pub const FIELDS_MAX: usize = 64;
    /// Values read in all, so that lists sharing lists cannot multiply the work.
    pub const VALUES_MAX: usize = 4096;
}

/// Any value JSON (or a plain JS object) can hold. Objects keep their key order.
#[derive(Debug, Clone, PartialEq)]
pub enum Loose {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    List(Vec<Loose>),
    Object(Vec<(String, Loose)>),
}

impl Loose {
    /// The JSON type name, for messages like "expected a number, got a string".
    pub fn type_name(&self) -> &'static str {
        match self {
            Loose::Null => "null",
            Loose::Bool(_) => "a boolean",
            Loose::Number(_) => "a number",
            Loose::String(_) => "a string",
            Loose::List(_) => "a list",
            Loose::Object(_) => "an object",
        }
    }

    /// Looks a key up in an object; `None` for other values.
    pub fn get(&self, key: &str) -> Option<&Loose> {
        match self {
            Loose::Object(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

impl<'de> Deserialize<'de> for Loose {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(LooseVisitor)
    }
}

struct LooseVisitor;

impl<'de> Visitor<'de> for LooseVisitor {
    type Value = Loose;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON-like value")
    }
    fn visit_unit<E: de::Error>(self) -> Result<Loose, E> {
        Ok(Loose::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<Loose, E> {
        Ok(Loose::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Loose, D::Error> {
        Loose::deserialize(d)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Loose, E> {
        Ok(Loose::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Loose, E> {
        Ok(Loose::Number(v as f64))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Loose, E> {
        Ok(Loose::Number(v as f64))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Loose, E> {
        Ok(Loose::Number(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Loose, E> {
        Ok(Loose::String(v.to_owned()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Loose, E> {
        Ok(Loose::String(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Loose, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Loose::List(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Loose, A::Error> {
        let mut entries = Vec::new();
        while let Some((k, v)) = map.next_entry::<String, Loose>()? {
            entries.push((k, v));
        }
        Ok(Loose::Object(entries))
    }
}
