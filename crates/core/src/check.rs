//! Checks of the caller's input, shared by everything that reads a `Loose` object (the scenario,
//! the cost curve's range): each failure an `InputError` with a stable code, the field at fault
//! and a sentence naming what is allowed. Integers only in messages — formatting floats would
//! cost the Wasm ~20 KB.

use crate::error::{ErrorCode, InputError};
use crate::input::Loose;

/// Rejects field names not in `known` and names given twice.
pub fn known_fields(entries: &[(String, Loose)], known: &[&str]) -> Result<(), InputError> {
    for (i, (key, _)) in entries.iter().enumerate() {
        if !known.contains(&key.as_str()) {
            return Err(InputError::new(
                ErrorCode::UnknownField,
                truncate(key),
                match nearest(key, known) {
                    Some(near) => format!(
                        "Unknown field \"{}\". Did you mean \"{near}\"? Known fields: {}.",
                        truncate(key),
                        join(known, ", ")
                    ),
                    None => format!(
                        "Unknown field \"{}\". Known fields: {}.",
                        truncate(key),
                        join(known, ", ")
                    ),
                },
            ));
        }
        if entries[..i].iter().any(|(k, _)| k == key) {
            return Err(InputError::new(
                ErrorCode::DuplicateValue,
                key.clone(),
                format!("Field \"{key}\" is given twice."),
            ));
        }
    }
    Ok(())
}

/// The known name within two edits of `key` (letter case ignored), the closest first: the
/// option the caller most likely meant.
fn nearest<'a>(key: &str, known: &[&'a str]) -> Option<&'a str> {
    const MAX_EDITS: usize = 2;
    // Longer keys cannot be within two edits of any known name; this also bounds the work.
    if key.chars().count() > 40 {
        return None;
    }
    known
        .iter()
        .map(|name| (edits(key, name), *name))
        .filter(|&(d, _)| d <= MAX_EDITS)
        .min_by_key(|&(d, _)| d)
        .map(|(_, name)| name)
}

/// Levenshtein distance between `a` and `b`, ignoring ASCII letter case.
fn edits(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().map(|c| c.to_ascii_lowercase()).collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().map(|c| c.to_ascii_lowercase()).enumerate() {
        let mut diagonal = i;
        let mut left = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let up = row.get(j + 1).copied().unwrap_or(usize::MAX);
            let cost = if ca == cb { diagonal } else { diagonal + 1 };
            let here = cost.min(up.saturating_add(1)).min(left + 1);
            diagonal = up;
            if let Some(cell) = row.get_mut(j + 1) {
                *cell = here;
            }
            left = here;
        }
        if let Some(first) = row.first_mut() {
            *first = i + 1;
        }
    }
    row.last().copied().unwrap_or(usize::MAX)
}

/// Echoed input is cut short, so a 1 MB attribute does not become a 1 MB message.
pub fn truncate(text: &str) -> String {
    const MAX: usize = 40;
    match text.char_indices().nth(MAX) {
        // `at` is a char boundary; `get` rather than indexing keeps the str slicing panic (and
        // its ~2 KB of char formatting) out of the Wasm.
        Some((at, _)) => format!("{}…", text.get(..at).unwrap_or(text)),
        None => text.to_string(),
    }
}

pub fn list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for (i, s) in items.enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push('"');
        out.push_str(s);
        out.push('"');
    }
    out
}

/// `parts` joined by `sep`: a small loop instead of std's `join`, which the Wasm carried twice
/// (one ~1.2 KB copy per item type; docs/performance.md).
pub fn join<S: AsRef<str>>(parts: &[S], sep: &str) -> String {
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(part.as_ref());
    }
    out
}

pub fn wrong_type(field: &str, expected: &str, got: &Loose) -> InputError {
    InputError::new(
        ErrorCode::InvalidType,
        field,
        format!("\"{field}\" must be {expected}, got {}.", got.type_name()),
    )
}

pub fn string<'a>(v: &'a Loose, field: &str) -> Result<&'a str, InputError> {
    match v {
        Loose::String(s) => Ok(s),
        other => Err(wrong_type(field, "a string", other)),
    }
}

pub fn boolean(v: &Loose, field: &str) -> Result<bool, InputError> {
    match v {
        Loose::Bool(b) => Ok(*b),
        other => Err(wrong_type(field, "true or false", other)),
    }
}

pub fn finite(v: &Loose, field: &str) -> Result<f64, InputError> {
    match v {
        Loose::Number(n) if n.is_finite() => Ok(*n),
        Loose::Number(_) => Err(InputError::new(
            ErrorCode::NotFinite,
            field,
            format!("\"{field}\" must be a finite number, not NaN or Infinity."),
        )),
        other => Err(wrong_type(field, "a number", other)),
    }
}

pub fn number(v: &Loose, field: &str, min: f64, max: f64, unit: &str) -> Result<f64, InputError> {
    let n = finite(v, field)?;
    if n < min || n > max {
        // Integers only in the message: float formatting would cost the Wasm ~20 KB.
        return Err(InputError::new(
            ErrorCode::OutOfRange,
            field,
            format!(
                "\"{field}\" must be from {} to {} {unit}; {} was given.",
                grouped(min as u64),
                grouped(max as u64),
                if n < min {
                    "a smaller number"
                } else {
                    "a larger number"
                }
            ),
        ));
    }
    Ok(n)
}

pub fn whole(v: &Loose, field: &str, (min, max): (u32, u32)) -> Result<u32, InputError> {
    let n = finite(v, field)?;
    if n.fract() != 0.0 || n < f64::from(min) || n > f64::from(max) {
        return Err(InputError::new(
            ErrorCode::OutOfRange,
            field,
            format!(
                "\"{field}\" must be a whole number from {} to {}.",
                grouped(u64::from(min)),
                grouped(u64::from(max))
            ),
        ));
    }
    Ok(n as u32)
}

/// 1234567 → "1,234,567".
pub fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_messages_have_thousands_separators() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1_000), "1,000");
        assert_eq!(grouped(1_048_576_000), "1,048,576,000");
        let e = number(
            &Loose::Number(-1.0),
            "gbPerMonth",
            0.0,
            1_048_576_000.0,
            "GB",
        )
        .unwrap_err();
        assert!(
            e.message.contains("from 0 to 1,048,576,000 GB"),
            "{}",
            e.message
        );
        let e = whole(&Loose::Number(1001.0), "vpcCount", (1, 1000)).unwrap_err();
        assert!(e.message.contains("from 1 to 1,000."), "{}", e.message);
    }
}
