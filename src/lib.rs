//! vpce-advisor: which way should a VPC reach S3, DynamoDB and other AWS services privately,
//! and what will it cost?
//!
//! Data flows one way: caller options (`input::Loose`) are validated into a
//! `scenario::Scenario`; `decide` walks the decision tree, `cost` prices every option from the
//! `catalog`, and `advice` ties them into one `Advice`. Only `web` knows about the browser; every
//! other module is plain Rust, tested natively.
#![forbid(unsafe_code)]

pub mod advice;
pub mod catalog;
pub mod catalog_view;
pub mod check;
pub mod compare;
pub mod cost;
pub mod decide;
pub mod error;
pub mod input;
pub mod json;
pub mod money;
pub mod options;
pub mod scenario;

#[cfg(target_arch = "wasm32")]
pub mod web;
