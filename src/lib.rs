//! Ripe for Peace: an interactive lesson on the 1994–1997 inter-Tajik peace talks.
//!
//! `model` (the ripeness model, numbers only), `content` (every word, compiled from
//! `content/`), `query`, `state`, `progress`, `handin`, `terms` and `lms` (what a SCORM
//! LMS is told) are plain Rust, tested natively with `cargo test`. The Yew interface
//! (`app`, `store`, `components`) and the browser edge (`web`, and `scorm` for an LMS)
//! are compiled only for the browser.

pub mod class;
pub mod classcode;
pub mod content;
pub mod handin;
pub mod lms;
pub mod model;
pub mod names;
pub mod progress;
pub mod query;
pub mod small;
pub mod state;
pub mod terms;
pub mod timing;
pub mod transfer;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
mod components;
// Without the `portable` feature (the site in dist/), a stub that finds no LMS.
#[cfg(target_arch = "wasm32")]
#[cfg_attr(not(feature = "portable"), path = "scorm_off.rs")]
mod scorm;
#[cfg(target_arch = "wasm32")]
mod store;
#[cfg(target_arch = "wasm32")]
mod web;
