// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! `Clock`: the time source for retry waits and token expiry, replaceable in tests.

use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use super::auth::BoxFuture;

/// Time as the client sees it: token expiry and waits between retries. The default is
/// tokio's clock; tests pass a clock they control, so retry and expiry tests never sleep.
pub trait Clock: Send + Sync + fmt::Debug {
    /// The current instant.
    fn now(&self) -> Instant;

    /// Waits for `duration`.
    fn sleep(&self, duration: Duration) -> BoxFuture<'static, ()>;
}

/// The default clock: tokio's, so a paused tokio runtime (`tokio::time::pause`) also
/// controls the client.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct TokioClock;

impl Clock for TokioClock {
    fn now(&self) -> Instant {
        tokio::time::Instant::now().into_std()
    }

    fn sleep(&self, duration: Duration) -> BoxFuture<'static, ()> {
        Box::pin(tokio::time::sleep(duration))
    }
}

/// A clock for tests: `sleep` returns at once and moves `now` forward by the duration;
/// `advance` moves it by hand; `sleeps()` lists every wait the client asked for.
///
/// Clones share one time line, so a test keeps a clone to inspect what the client did.
#[derive(Clone, Debug)]
pub struct ManualClock {
    start: Instant,
    state: Arc<Mutex<ManualState>>,
}

#[derive(Debug, Default)]
struct ManualState {
    elapsed: Duration,
    sleeps: Vec<Duration>,
}

impl Default for ManualClock {
    fn default() -> Self {
        Self::new()
    }
}

impl ManualClock {
    /// A clock standing at the moment it is created.
    pub fn new() -> Self {
        ManualClock {
            start: Instant::now(),
            state: Arc::default(),
        }
    }

    /// Moves the clock forward by `duration` without recording a wait.
    pub fn advance(&self, duration: Duration) {
        self.with_state(|s| s.elapsed = capped(s.elapsed, duration));
    }

    /// How far the clock has moved since it was created.
    pub fn elapsed(&self) -> Duration {
        self.with_state(|s| s.elapsed)
    }

    /// Every wait asked for through [`Clock::sleep`], in order.
    pub fn sleeps(&self) -> Vec<Duration> {
        self.with_state(|s| s.sleeps.clone())
    }

    fn with_state<R>(&self, f: impl FnOnce(&mut ManualState) -> R) -> R {
        // A panic elsewhere while holding the lock leaves plain data behind, still usable.
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        f(&mut state)
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Instant {
        // `capped` keeps this representable; the fallback only guards the arithmetic.
        self.start.checked_add(self.elapsed()).unwrap_or(self.start)
    }

    fn sleep(&self, duration: Duration) -> BoxFuture<'static, ()> {
        self.with_state(|s| {
            s.elapsed = capped(s.elapsed, duration);
            s.sleeps.push(duration);
        });
        Box::pin(std::future::ready(()))
    }
}

/// `elapsed + duration`, held below a bound (about 34,000 years) that any `Instant` can
/// be moved by, so a test asking for an absurd wait cannot make `now` overflow.
fn capped(elapsed: Duration, duration: Duration) -> Duration {
    const MAX_ELAPSED: Duration = Duration::from_secs(1 << 40);
    elapsed.saturating_add(duration).min(MAX_ELAPSED)
}

#[cfg(test)]
mod tests {
    use super::{Clock, ManualClock};
    use std::time::Duration;

    // Synchronous, so the test needs no async runtime in the generated crates it is
    // copied into: the manual clock moves when asked to sleep, not when the future runs.
    #[test]
    fn manual_clock_records_sleeps_and_advances() {
        let clock = ManualClock::new();
        let t0 = clock.now();
        drop(clock.sleep(Duration::from_secs(2)));
        clock.advance(Duration::from_millis(500));
        assert_eq!(clock.now() - t0, Duration::from_millis(2500));
        assert_eq!(clock.sleeps(), vec![Duration::from_secs(2)]);
        assert_eq!(clock.clone().elapsed(), Duration::from_millis(2500));
    }
}
