//! Checks of caller options, shared by everything that reads a `Loose` object (the scenario,
//! the cost curve's range): each failure an `InputError` with a stable code, the field at fault
//! and a sentence naming what is allowed. Integers only in messages — formatting floats would
//! cost the Wasm ~20 KB.

use crate::error::{ErrorCode, InputError, Warning};
use crate::input::Loose;

/// Rejects field names not in `known` and names given twice.
pub fn known_fields(entries: &[(String, Loose)], known: &[&str]) -> Result<(), InputError> {
    for (i, (key, _)) in entries.iter().enumerate() {
        if !known.contains(&key.as_str()) {
            return Err(InputError::new(
                ErrorCode::UnknownField,
                truncate(key),
                format!(
                    "Unknown field \"{}\". Known fields: {}.",
                    truncate(key),
                    known.join(", ")
                ),
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
    items
        .map(|s| format!("\"{s}\""))
        .collect::<Vec<_>>()
        .join(", ")
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
                min as u64,
                max as u64,
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
            format!("\"{field}\" must be a whole number from {min} to {max}."),
        ));
    }
    Ok(n as u32)
}

/// `hoursPerMonth`: more than 0 and at most 744 (31 days); a partial hour is billed as a whole
/// one, so the value is rounded up, with a warning saying so.
pub fn hours_per_month(v: &Loose, warnings: &mut Vec<Warning>) -> Result<u32, InputError> {
    let max = crate::scenario::limits::HOURS_PER_MONTH_MAX;
    let hours = number(v, "hoursPerMonth", 0.0, max, "hours")?;
    if hours == 0.0 {
        return Err(InputError::new(
            ErrorCode::OutOfRange,
            "hoursPerMonth",
            "\"hoursPerMonth\" must be more than 0 and at most 744 (31 days).",
        ));
    }
    let billed = hours.ceil() as u32;
    if f64::from(billed) != hours {
        warnings.push(Warning {
            code: "hours-rounded-up",
            text: "Partial hours are billed as whole hours, so hoursPerMonth was rounded up."
                .into(),
        });
    }
    Ok(billed)
}
