//! The retry policy: after one attempt, whether to try again and how long to wait first.
//!
//! Crate-private: the send loop calls it, and the property tests in the runtime crate's
//! root (`crate/properties.rs`) feed it arbitrary input.

// Pure (the jitter is passed in), so every rule is tested without HTTP or waiting.

use std::time::Duration;

use reqwest::{Method, StatusCode};

use super::config::Config;

/// What one attempt ended with, as far as retrying cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// The server answered; `retry_after` is what its rate-limit headers asked for.
    Status {
        /// The response's status.
        status: StatusCode,
        /// The wait its rate-limit headers asked for.
        retry_after: Option<Duration>,
    },
    /// No response. Only a failed connection or a timed-out attempt is worth repeating;
    /// other transport failures (a broken body, a protocol error) would fail again.
    Transport {
        /// The connection could not be opened.
        connect: bool,
        /// The attempt ran past `Config::request_timeout`.
        timeout: bool,
    },
}

/// Where the call stands when an attempt ends.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Attempt {
    /// 1 for the first attempt.
    pub(crate) number: u32,
    /// The method may be repeated without changing the result (RFC 9110 section 9.2.2).
    pub(crate) idempotent: bool,
    /// The body can be sent again (a multipart stream cannot).
    pub(crate) replayable: bool,
    /// Time left before the call's deadline.
    pub(crate) remaining: Duration,
}

/// What to do after an attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Decision {
    /// Return what the attempt produced.
    Stop,
    /// Wait this long, then try again.
    RetryAfter(Duration),
}

/// Methods that can be repeated safely after a 5xx or a lost connection.
pub(crate) fn is_idempotent(method: &Method) -> bool {
    [
        Method::GET,
        Method::HEAD,
        Method::PUT,
        Method::DELETE,
        Method::OPTIONS,
        Method::TRACE,
    ]
    .contains(method)
}

/// Decides whether to retry. `jitter` is a random number in `[0, 1)`, passed in so the
/// decision stays deterministic under test.
pub(crate) fn decide(config: &Config, attempt: Attempt, outcome: Outcome, jitter: f64) -> Decision {
    // Outside `[0, 1)` (or NaN) the scaling below could overflow; the caller's random
    // number is trusted no more than the server's headers.
    let jitter = if jitter.is_finite() {
        jitter.clamp(0.0, 1.0)
    } else {
        0.0
    };
    if attempt.number >= config.max_attempts || !attempt.replayable {
        return Decision::Stop;
    }
    // A POST or PATCH that failed may already have been applied, unless the caller says
    // it is safe to repeat.
    let may_repeat = attempt.idempotent || config.retry_non_idempotent;
    let wait = match outcome {
        // The server did not process a 429, so any method may be retried; its own
        // estimate beats our backoff.
        Outcome::Status {
            status: StatusCode::TOO_MANY_REQUESTS,
            retry_after,
        } => retry_after.map_or_else(
            || backoff(config, attempt.number - 1, jitter),
            |told| with_jitter(told, jitter),
        ),
        Outcome::Status { status, .. } if status.is_server_error() && may_repeat => {
            backoff(config, attempt.number - 1, jitter)
        }
        Outcome::Transport { connect, timeout } if (connect || timeout) && may_repeat => {
            backoff(config, attempt.number - 1, jitter)
        }
        _ => return Decision::Stop,
    };
    // A wait past the deadline would only end in a timeout; the caller gets the answer now.
    if wait > attempt.remaining {
        Decision::Stop
    } else {
        Decision::RetryAfter(wait)
    }
}

/// Exponential backoff with full jitter: a random wait up to the doubled bound, so
/// clients that failed together do not retry together.
fn backoff(config: &Config, retry: u32, jitter: f64) -> Duration {
    let bound = config
        .initial_backoff
        .saturating_mul(1u32 << retry.min(16))
        .min(config.max_backoff);
    scale(bound, jitter)
}

/// Adds up to a tenth on top of a wait the server asked for, so that clients told the
/// same moment do not all come back at once.
/// Saturating, since the server's wait can be as long as a `Duration` holds.
fn with_jitter(wait: Duration, jitter: f64) -> Duration {
    wait.saturating_add(scale(wait, jitter / 10.0))
}

/// `duration * factor` for a factor in `[0, 1]`, never panicking (`Duration::mul_f64`
/// panics when rounding through `f64` lands past `Duration::MAX`) and never above
/// `duration` (rounding of long durations through `f64` can land just past it, which
/// would break the `max_backoff` bound).
fn scale(duration: Duration, factor: f64) -> Duration {
    Duration::try_from_secs_f64(duration.as_secs_f64() * factor)
        .unwrap_or(duration)
        .min(duration)
}

#[cfg(test)]
mod tests {
    use super::super::config::Config;
    use super::{decide, is_idempotent, Attempt, Decision, Outcome};
    use reqwest::{Method, StatusCode};
    use std::time::Duration;

    fn attempt(number: u32, idempotent: bool) -> Attempt {
        Attempt {
            number,
            idempotent,
            replayable: true,
            remaining: Duration::from_secs(60),
        }
    }

    fn status(code: u16, retry_after: Option<u64>) -> Outcome {
        Outcome::Status {
            status: StatusCode::from_u16(code).unwrap_or(StatusCode::IM_A_TEAPOT),
            retry_after: retry_after.map(Duration::from_secs),
        }
    }

    #[test]
    fn too_many_requests_waits_as_told_plus_a_little() {
        let config = Config::default();
        let d = decide(&config, attempt(1, false), status(429, Some(1)), 0.0);
        assert_eq!(d, Decision::RetryAfter(Duration::from_secs(1)));
        let d = decide(&config, attempt(1, false), status(429, Some(1)), 0.5);
        assert_eq!(d, Decision::RetryAfter(Duration::from_millis(1050)));
    }

    #[test]
    fn too_many_requests_without_header_backs_off() {
        let config = Config::default();
        // First retry: up to 200 ms; second: up to 400 ms.
        assert_eq!(
            decide(&config, attempt(1, true), status(429, None), 0.5),
            Decision::RetryAfter(Duration::from_millis(100))
        );
        assert_eq!(
            decide(&config, attempt(2, true), status(429, None), 0.5),
            Decision::RetryAfter(Duration::from_millis(200))
        );
    }

    #[test]
    fn backoff_is_capped() {
        let config = Config::default()
            .with_max_attempts(30)
            .with_backoff(Duration::from_secs(1), Duration::from_secs(4));
        assert_eq!(
            decide(&config, attempt(20, true), status(503, None), 0.999_999),
            Decision::RetryAfter(Duration::from_secs(4).mul_f64(0.999_999))
        );
    }

    #[test]
    fn huge_backoff_stays_within_max_backoff() {
        // Found by tests/properties.rs: f64 rounding made the jittered wait land 8 s past
        // a bound of ~4e9 years.
        let bound = Duration::from_secs(135_288_521_047_301_240);
        let config = Config::default()
            .with_max_attempts(10)
            .with_backoff(bound, Duration::ZERO);
        let mut forever = attempt(1, true);
        forever.remaining = Duration::MAX;
        let d = decide(&config, forever, status(503, None), 0.999_999_999_999_999_9);
        assert!(
            matches!(d, Decision::RetryAfter(wait) if wait <= bound),
            "{d:?}"
        );
        // Absurd jitter and a server wait of `Duration::MAX` neither panic nor overflow.
        for jitter in [f64::NAN, f64::INFINITY, -1.0, 7.0] {
            let told = Outcome::Status {
                status: StatusCode::TOO_MANY_REQUESTS,
                retry_after: Some(Duration::MAX),
            };
            assert_eq!(
                decide(&config, forever, told, jitter),
                Decision::RetryAfter(Duration::MAX)
            );
        }
    }

    #[test]
    fn wait_past_the_deadline_stops() {
        let config = Config::default();
        let mut near_end = attempt(1, true);
        near_end.remaining = Duration::from_millis(500);
        assert_eq!(
            decide(&config, near_end, status(429, Some(1)), 0.0),
            Decision::Stop
        );
        assert_eq!(
            decide(&config, near_end, status(429, Some(0)), 0.0),
            Decision::RetryAfter(Duration::ZERO)
        );
    }

    #[test]
    fn server_errors_retry_only_idempotent_methods() {
        let config = Config::default();
        assert!(matches!(
            decide(&config, attempt(1, true), status(500, None), 0.3),
            Decision::RetryAfter(_)
        ));
        assert_eq!(
            decide(&config, attempt(1, false), status(500, None), 0.3),
            Decision::Stop
        );
        let opted_in = Config::default().with_retry_non_idempotent(true);
        assert!(matches!(
            decide(&opted_in, attempt(1, false), status(502, None), 0.3),
            Decision::RetryAfter(_)
        ));
    }

    #[test]
    fn client_errors_and_success_stop() {
        let config = Config::default();
        for code in [200, 201, 400, 404, 409] {
            assert_eq!(
                decide(&config, attempt(1, true), status(code, None), 0.3),
                Decision::Stop
            );
        }
    }

    #[test]
    fn last_attempt_stops() {
        let config = Config::default().with_max_attempts(2);
        assert!(matches!(
            decide(&config, attempt(1, true), status(503, None), 0.3),
            Decision::RetryAfter(_)
        ));
        assert_eq!(
            decide(&config, attempt(2, true), status(503, None), 0.3),
            Decision::Stop
        );
        assert_eq!(
            decide(&config, attempt(2, true), status(429, Some(0)), 0.3),
            Decision::Stop
        );
    }

    #[test]
    fn a_body_sent_once_is_not_retried() {
        let mut once = attempt(1, true);
        once.replayable = false;
        assert_eq!(
            decide(&Config::default(), once, status(429, Some(0)), 0.0),
            Decision::Stop
        );
    }

    #[test]
    fn transport_errors() {
        let config = Config::default();
        let transport = |connect, timeout| Outcome::Transport { connect, timeout };
        let transient = transport(true, false);
        let other = transport(false, false);
        for retried in [transport(true, false), transport(false, true)] {
            assert!(matches!(
                decide(&config, attempt(1, true), retried, 0.3),
                Decision::RetryAfter(_)
            ));
        }
        assert_eq!(
            decide(&config, attempt(1, false), transient, 0.3),
            Decision::Stop
        );
        assert_eq!(
            decide(&config, attempt(1, true), other, 0.3),
            Decision::Stop
        );
        let opted_in = Config::default().with_retry_non_idempotent(true);
        assert!(matches!(
            decide(&opted_in, attempt(1, false), transient, 0.3),
            Decision::RetryAfter(_)
        ));
    }

    #[test]
    fn idempotent_methods() {
        assert!(is_idempotent(&Method::GET));
        assert!(is_idempotent(&Method::PUT));
        assert!(is_idempotent(&Method::DELETE));
        assert!(!is_idempotent(&Method::POST));
        assert!(!is_idempotent(&Method::PATCH));
    }
}
