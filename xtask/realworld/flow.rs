//! What every real-server flow shares: counting calls, checking what comes back, building
//! the client, and times in RFC 3339. Compiled into each flow program by
//! `cargo xtask realworld`; not part of the xtask crate.

use std::fmt::Debug;
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

/// The calls of one flow and how each went.
#[derive(Default)]
pub struct Flow {
    passed: usize,
    failed: usize,
}

impl Flow {
    /// Records one call: it passes when `outcome` is `Ok`, which the flow makes it only
    /// when the call succeeded and what it read back matched what it wrote.
    pub fn call<T>(&mut self, name: &str, outcome: Result<T, String>) -> Option<T> {
        match outcome {
            Ok(value) => {
                self.passed += 1;
                println!("call ok    {name}");
                Some(value)
            }
            Err(why) => {
                self.failed += 1;
                println!("call FAIL  {name}: {why}");
                None
            }
        }
    }

    /// The closing line `cargo xtask realworld` reads, and the exit status.
    pub fn finish(self) -> ExitCode {
        println!("{} passed, {} failed", self.passed, self.failed);
        if self.failed == 0 && self.passed > 0 {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        }
    }
}

/// `Ok(())` when `condition` holds, else the message.
pub fn ensure(condition: bool, message: impl FnOnce() -> String) -> Result<(), String> {
    if condition { Ok(()) } else { Err(message()) }
}

/// `Ok(())` when the two are equal, else both.
pub fn same<T: PartialEq + Debug>(what: &str, found: T, expected: T) -> Result<(), String> {
    ensure(found == expected, || {
        format!("{what}: read back {found:?}, wrote {expected:?}")
    })
}

/// An error result as text, with its source chain.
pub fn text<E: std::error::Error>(error: E) -> String {
    let mut out = error.to_string();
    let mut source = error.source();
    while let Some(s) = source {
        out.push_str(&format!(": {s}"));
        source = s.source();
    }
    out
}

/// The base URL of the server under test, from `REALWORLD_BASE_URL`.
pub fn base_url() -> String {
    std::env::var("REALWORLD_BASE_URL").unwrap_or_else(|_| "http://127.0.0.1:8080".into())
}

/// Now plus `offset_secs` (generated clients type `format: date-time` as this).
pub fn time_in(offset_secs: i64) -> time::OffsetDateTime {
    time::OffsetDateTime::now_utc() + time::Duration::seconds(offset_secs)
}

/// The client a flow runs with, or why it could not be built.
pub fn built<C, E: std::fmt::Display>(client: Result<C, E>) -> Result<C, ExitCode> {
    client.map_err(|e| {
        println!("cannot build the client: {e}");
        ExitCode::FAILURE
    })
}

/// A value unique to this run, for names that must not collide with an earlier run's.
pub fn unique() -> String {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    format!("{:x}", nanos % 0xffff_ffff)
}
