//! vpce-advisor: which way should a VPC reach S3, DynamoDB and other AWS services privately,
//! and what will it cost?
//!
//! Data flows one way: the caller's input (`input::Loose`) is validated into a
//! `scenario::Scenario`; `decide` walks the decision tree, `cost` prices every approach from the
//! `catalog`, and `advice` ties them into one `Advice`. Nothing here knows about the browser: the
//! `vpce-advisor` crate (crates/wasm) is the Wasm boundary over this core.
//!
//! Modules import downwards only (tests/layers.rs fails on a cycle). From the ground up:
//! `money`, `error`, `input`, `approach`, `references` (leaves); `check`, `catalog`; `scenario`;
//! `facts`, then `eligibility`; `cost` and `decide` side by side (`decide` weighs plain monthly
//! totals, not the cost model's bills); `compare`, `catalog_view`; `advice` on top.
#![forbid(unsafe_code)]

pub mod advice;
pub mod approach;
pub mod catalog;
pub mod catalog_view;
pub(crate) mod check;
pub mod compare;
pub mod cost;
pub mod decide;
pub mod eligibility;
pub mod error;
pub(crate) mod facts;
pub mod input;
pub mod money;
pub mod plan;
pub(crate) mod references;
pub mod scenario;
pub(crate) mod serial;
