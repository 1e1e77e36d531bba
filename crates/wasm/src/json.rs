//! A tiny JSON writer behind `serde::Serializer`, for the Wasm boundary.
//!
//! `web` serialises every result to JSON text here and hands it to the browser's `JSON.parse`:
//! one string crosses the boundary instead of one JS call per field, and the `#[derive(Serialize)]`
//! attributes on the output types stay the single source of field names. It writes numbers by
//! integer arithmetic, never by Rust's float formatting (which costs ~20 KB of Wasm), and never
//! formats an error message (`core::fmt` stays out of the Wasm too).
//!
//! Numbers: integers exactly; an `f64` as its value rounded to 9 decimals with trailing zeros
//! trimmed (`0.045`, `12.5`, `730`). For every number the core produces as a view of an exact
//! decimal — cents (2 decimals), nano-dollar rates (9), micro-unit quantities (6) — the text
//! parses back to the very same `f64`: below ~4.5e6 the rounding recovers the decimal itself,
//! above it the written value is within half a nano, less than half the f64 spacing there. The
//! other floats (break-even and curve volumes) are within 5e-10 absolute. Values of 1e18 or more
//! (never produced) are written as `<digits>e<exponent>`, within 1e-13 relative. NaN and ±∞, which JSON cannot hold, are `null`
//! (as serde_json writes them). Strings are escaped as JSON requires: `\"`, `\\`, and control
//! characters as `\u00XX`.
//!
//! Map keys must be strings; anything else is an `Error`, like bytes are. The output types use
//! neither.

use serde::ser::{self, Serialize};

/// Serialises `value` as compact JSON text.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    let mut writer = Writer { out: String::new() };
    value.serialize(&mut writer)?;
    Ok(writer.out)
}

/// A value JSON text cannot hold here (a non-string map key, bytes) or a serializer's custom
/// error. It carries no message, on purpose: formatting one would pull `core::fmt` in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Error;

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("value cannot be written as JSON")
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: std::fmt::Display>(_message: T) -> Self {
        Error
    }
}

struct Writer {
    out: String,
}

/// Appends the decimal digits of `n`.
fn write_u64(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut start = digits.len();
    loop {
        start -= 1;
        digits[start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &digits[start..] {
        out.push(char::from(d));
    }
}

fn write_i64(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    write_u64(out, n.unsigned_abs());
}

const NANOS_PER_UNIT: u64 = 1_000_000_000;

/// Appends `x` rounded to 9 decimals, trailing zeros trimmed (see the module doc).
fn write_f64(out: &mut String, x: f64) {
    if !x.is_finite() {
        out.push_str("null");
        return;
    }
    let mut magnitude = x.abs();
    // Keep the whole part within u64; only values nothing produces take this loop.
    let mut exponent = 0u64;
    while magnitude >= 1e18 {
        magnitude /= 10.0;
        exponent += 1;
    }
    let whole_part = magnitude.trunc();
    // Exact: `magnitude - whole_part` is exact in f64, and the one rounding of the product is
    // far below the half-nano the rounding to an integer decides on.
    let mut nanos = ((magnitude - whole_part) * NANOS_PER_UNIT as f64 + 0.5).floor() as u64;
    let mut whole = whole_part as u64;
    if nanos >= NANOS_PER_UNIT {
        whole += 1;
        nanos -= NANOS_PER_UNIT;
    }
    if x < 0.0 && (whole != 0 || nanos != 0) {
        out.push('-');
    }
    write_u64(out, whole);
    if nanos != 0 {
        out.push('.');
        let mut divisor = NANOS_PER_UNIT / 10;
        while nanos != 0 {
            out.push(char::from(b'0' + (nanos / divisor) as u8));
            nanos %= divisor;
            divisor /= 10;
        }
    }
    if exponent != 0 {
        out.push('e');
        write_u64(out, exponent);
    }
}

/// Appends `text` as a JSON string literal.
fn write_str(out: &mut String, text: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    let mut run_start = 0;
    for (i, byte) in text.bytes().enumerate() {
        if byte != b'"' && byte != b'\\' && byte >= 0x20 {
            continue;
        }
        // `i` is at an ASCII byte, so both slices end on character boundaries.
        out.push_str(text.get(run_start..i).unwrap_or_default());
        run_start = i + 1;
        match byte {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            control => {
                out.push_str("\\u00");
                out.push(char::from(HEX[usize::from(control >> 4)]));
                out.push(char::from(HEX[usize::from(control & 0xf)]));
            }
        }
    }
    out.push_str(text.get(run_start..).unwrap_or_default());
    out.push('"');
}

/// An array or object being written: its closing bracket is pending and `first` says whether a
/// comma goes before the next element.
pub struct Compound<'a> {
    writer: &'a mut Writer,
    first: bool,
    /// Closing text: `]`, `}`, or `]}` / `}}` for a variant wrapped in `{"Variant": ...}`.
    close: &'static str,
}

impl Compound<'_> {
    fn comma(&mut self) {
        if !self.first {
            self.writer.out.push(',');
        }
        self.first = false;
    }

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.comma();
        value.serialize(&mut *self.writer)
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), Error> {
        self.comma();
        write_str(&mut self.writer.out, key);
        self.writer.out.push(':');
        value.serialize(&mut *self.writer)
    }

    fn finish(self) -> Result<(), Error> {
        self.writer.out.push_str(self.close);
        Ok(())
    }
}

impl Writer {
    fn open(&mut self, bracket: char, close: &'static str) -> Compound<'_> {
        self.out.push(bracket);
        Compound {
            writer: self,
            first: true,
            close,
        }
    }

    /// Writes `{"variant":` for the externally tagged enum variants serde_json writes so.
    fn open_variant(&mut self, variant: &str) {
        self.out.push('{');
        write_str(&mut self.out, variant);
        self.out.push(':');
    }
}

impl<'a> ser::Serializer for &'a mut Writer {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        write_i64(&mut self.out, v);
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        write_u64(&mut self.out, v);
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        write_f64(&mut self.out, v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.serialize_str(v.encode_utf8(&mut [0u8; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        write_str(&mut self.out, v);
        Ok(())
    }
    fn serialize_bytes(self, _v: &[u8]) -> Result<(), Error> {
        Err(Error)
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.out.push_str("null");
        Ok(())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.open_variant(variant);
        value.serialize(&mut *self)?;
        self.out.push('}');
        Ok(())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(self.open('[', "]"))
    }
    fn serialize_tuple(self, _len: usize) -> Result<Compound<'a>, Error> {
        Ok(self.open('[', "]"))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Compound<'a>, Error> {
        Ok(self.open('[', "]"))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a>, Error> {
        self.open_variant(variant);
        Ok(self.open('[', "]}"))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(self.open('{', "}"))
    }
    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Compound<'a>, Error> {
        Ok(self.open('{', "}"))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a>, Error> {
        self.open_variant(variant);
        Ok(self.open('{', "}}"))
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl ser::SerializeTupleVariant for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.comma();
        let start = self.writer.out.len();
        key.serialize(&mut *self.writer)?;
        // JSON object keys are strings: anything that did not write one is refused.
        if self.writer.out.as_bytes().get(start) != Some(&b'"') {
            return Err(Error);
        }
        self.writer.out.push(':');
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut *self.writer)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl ser::SerializeStructVariant for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(x: f64) -> String {
        let mut out = String::new();
        write_f64(&mut out, x);
        out
    }

    #[test]
    fn exact_decimals_are_written_exactly() {
        // Cents, nano-dollar rates, micro-unit quantities: the views the core produces.
        assert_eq!(number(0.0), "0");
        assert_eq!(number(-0.0), "0");
        assert_eq!(number(730.0), "730");
        assert_eq!(number(32.85), "32.85");
        assert_eq!(number(0.045), "0.045");
        assert_eq!(number(0.01), "0.01");
        assert_eq!(number(0.000000001), "0.000000001");
        assert_eq!(number(0.123456789), "0.123456789");
        assert_eq!(number(1_048_576.123456), "1048576.123456");
        assert_eq!(number(-12.5), "-12.5");
        assert_eq!(number(10_485_760.0), "10485760");
    }

    #[test]
    fn other_floats_round_to_nine_decimals() {
        assert_eq!(number(1.0 / 3.0), "0.333333333");
        assert_eq!(number(2.0 / 3.0), "0.666666667");
        assert_eq!(number(0.9999999999), "1");
        assert_eq!(number(-0.0000000001), "0");
        assert_eq!(number(std::f64::consts::PI), "3.141592654");
    }

    #[test]
    fn huge_and_non_finite_values_stay_valid_json() {
        assert_eq!(number(f64::NAN), "null");
        assert_eq!(number(f64::INFINITY), "null");
        assert_eq!(number(f64::NEG_INFINITY), "null");
        assert_eq!(number(1e18), "100000000000000000e1");
        for x in [1e18, 3.5e20, -7.25e100, 1e300, 9.99e17] {
            let parsed: f64 = number(x).parse().unwrap();
            assert!(((parsed - x) / x).abs() < 1e-13, "{x} -> {}", number(x));
        }
    }

    #[test]
    fn integers_are_exact() {
        for n in [0u64, 7, 10, 1234567890, u64::MAX] {
            assert_eq!(to_string(&n).unwrap(), n.to_string());
        }
        for n in [i64::MIN, -1, 0, i64::MAX] {
            assert_eq!(to_string(&n).unwrap(), n.to_string());
        }
    }

    #[test]
    fn strings_are_escaped_as_json_requires() {
        let text = "a \"quote\", a \\ back\u{1}slash,\n\t\u{1f} déjà vu → ✓ \u{7f}";
        let written = to_string(text).unwrap();
        assert_eq!(
            written,
            "\"a \\\"quote\\\", a \\\\ back\\u0001slash,\\u000a\\u0009\\u001f déjà vu → ✓ \u{7f}\""
        );
        let back: String = serde_json::from_str(&written).unwrap();
        assert_eq!(back, text);
    }

    #[derive(serde::Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Sample {
        some_field: Option<u32>,
        #[serde(skip_serializing_if = "Option::is_none")]
        skipped: Option<u32>,
        pairs: Vec<[f64; 2]>,
        shape: Shape,
        unit: Shape,
        tuple: (bool, char),
        map: std::collections::BTreeMap<String, i32>,
    }

    #[derive(serde::Serialize)]
    enum Shape {
        Dot,
        Circle(f64),
        Pair(u8, u8),
        Rect { w: u32, h: u32 },
    }

    #[test]
    fn structures_match_serde_json() {
        for shape in [
            Shape::Circle(1.5),
            Shape::Pair(1, 2),
            Shape::Rect { w: 3, h: 4 },
        ] {
            let sample = Sample {
                some_field: None,
                skipped: None,
                pairs: vec![[1.0, 2.25], [3.0, 0.1]],
                shape,
                unit: Shape::Dot,
                tuple: (true, '"'),
                map: [("k".to_string(), -3), ("é".to_string(), 4)].into(),
            };
            let ours: serde_json::Value =
                serde_json::from_str(&to_string(&sample).unwrap()).unwrap();
            assert!(same(&ours, &serde_json::to_value(&sample).unwrap()));
        }
        assert_eq!(to_string(&Vec::<u8>::new()).unwrap(), "[]");
    }

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

    #[test]
    fn non_string_map_keys_are_refused() {
        let map: std::collections::BTreeMap<u32, u32> = [(1, 2)].into();
        assert_eq!(to_string(&map), Err(Error));
    }
}
