//! Ripe for Peace: an interactive lesson on the 1994–1997 inter-Tajik peace talks.
//!
//! `content`, `model`, `state`, `query`, `terms` and `handin` are plain Rust, tested natively with
//! `cargo test`. The Yew interface (`app`, `components`) and the browser edge (`web`)
//! are compiled only for the browser.

pub mod content;
pub mod handin;
pub mod model;
pub mod query;
pub mod state;
pub mod terms;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod web;
