//! Errors the core can report, each with a stable machine-readable code.
//!
//! The codes are public API: the widget shows them, embedders branch on them
//! (`err.code === "unknown-region"`). Add codes; never rename or reuse one.

use std::fmt;

/// What went wrong, as a stable code. `as_str` is what JS sees in `Error.code`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    /// The input was not an object, or a field had the wrong JSON type.
    InvalidType,
    /// A required field was absent.
    MissingField,
    /// A field name the scenario does not have (typo protection).
    UnknownField,
    /// A string that is not one of the allowed values of its field.
    UnknownValue,
    /// A Region code the price catalogue does not have.
    UnknownRegion,
    /// NaN or ±Infinity where a number belongs.
    NotFinite,
    /// A number outside its documented range.
    OutOfRange,
    /// A list that must not be empty was empty.
    EmptyList,
    /// The same value twice in a list of distinct values.
    DuplicateValue,
    /// A combination of fields that cannot describe a real setup.
    Conflict,
    /// A bug in the widget (a caught panic). Never expected.
    Internal,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidType => "invalid-type",
            ErrorCode::MissingField => "missing-field",
            ErrorCode::UnknownField => "unknown-field",
            ErrorCode::UnknownValue => "unknown-value",
            ErrorCode::UnknownRegion => "unknown-region",
            ErrorCode::NotFinite => "not-finite",
            ErrorCode::OutOfRange => "out-of-range",
            ErrorCode::EmptyList => "empty-list",
            ErrorCode::DuplicateValue => "duplicate-value",
            ErrorCode::Conflict => "conflict",
            ErrorCode::Internal => "internal",
        }
    }
}

/// A rejected input: the code, the field it concerns (camelCase, as the caller wrote it),
/// and a sentence a person can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    pub code: ErrorCode,
    pub field: Option<String>,
    pub message: String,
}

impl InputError {
    pub fn new(code: ErrorCode, field: impl Into<String>, message: impl Into<String>) -> Self {
        InputError {
            code,
            field: Some(field.into()),
            message: message.into(),
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for InputError {}

/// Something the caller should know that did not stop the advice: a clamp applied, an
/// unverified price, a quota that bites. `code` is stable like `ErrorCode`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Warning {
    pub code: &'static str,
    pub text: String,
}
