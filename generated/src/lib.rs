// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! Connect/ConnectID API
//!
//! Hand-written description of the Mediaconnect Connect/ConnectID REST API, taken from the
//! public API reference ("Connect/ConnectID API Reference", publisher Unite AS).
//!
//! Only what the reference shows is described here. Clients must ignore JSON fields they do
//! not know: the API adds new elements over time without a new version.
#![deny(missing_docs)]
#![forbid(unsafe_code)]
#[rustfmt::skip]
mod client;
#[rustfmt::skip]
pub mod error;
#[rustfmt::skip]
pub mod models;
#[rustfmt::skip]
pub mod calls;
#[cfg(feature = "mock")]
#[rustfmt::skip]
pub mod mock;
#[allow(
    dead_code,
    reason = "each spec uses only the parts of the runtime its operations need"
)]
mod runtime;
pub use client::{Client, ClientBuilder};
pub use runtime::*;
