//! What every real-server flow shares: counting calls, checking what comes back, and
//! times in RFC 3339 without a date crate. Compiled into each flow program by
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

/// Now plus `offset_secs`, as an RFC 3339 UTC timestamp (`2026-12-05T21:13:42Z`).
pub fn rfc3339_in(offset_secs: i64) -> String {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let t = now + offset_secs;
    let (days, secs) = (t.div_euclid(86_400), t.rem_euclid(86_400));
    // Howard Hinnant's civil-from-days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}

/// A value unique to this run, for names that must not collide with an earlier run's.
pub fn unique() -> String {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    format!("{:x}", nanos % 0xffff_ffff)
}
