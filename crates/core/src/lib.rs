//! vpce-advisor: which way should a VPC reach S3, DynamoDB and other AWS services privately,
//! and what will it cost?
//!
//! Data flows one way: caller options (`input::Loose`) are validated into a
//! `scenario::Scenario`; `decide` walks the decision tree, `cost` prices every option from the
//! `catalog`, and `advice` ties them into one `Advice`. Nothing here knows about the browser: the
//! `vpce-advisor` crate (crates/wasm) is the Wasm boundary over this core.
#![forbid(unsafe_code)]

pub mod advice;
pub mod approach;
pub mod catalog;
pub mod catalog_view;
pub mod check;
pub mod compare;
pub mod cost;
pub mod decide;
pub mod error;
pub mod input;
pub mod money;
pub mod plan;
pub mod references;
pub mod scenario;
