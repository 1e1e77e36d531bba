//! The feature comparison matrix of all endpoint types, every cell with its source.

use serde::Serialize;

/// The matrix. (Stub.)
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub options: Vec<()>,
    pub rows: Vec<()>,
}

pub fn comparison() -> Comparison {
    Comparison {
        options: Vec::new(),
        rows: Vec::new(),
    }
}
