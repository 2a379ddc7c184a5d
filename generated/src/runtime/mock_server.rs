// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! The mock server: its state, the mocks it mounts, its report of what the test missed.

use super::mock_check::{check_request, find_operation, match_path, received, refusal, Verdict};
use super::mock_expect::Expectation;
use super::mock_support::{
    MockApi, MockOperation, Received, Rejection, ResponseTemplate, MOCK_BEARER_TOKEN,
    MOCK_USER_ACCESS_TOKEN, TOKEN_PATH,
};
use super::mock_token::token_answer;
use std::fmt::{self, Debug, Write as _};
use std::marker::PhantomData;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use wiremock::{Mock, Request as WireRequest};

// wiremock tries mocks by priority (1 first), then in the order they were mounted.
const TOKEN_PRIORITY: u8 = 1;
const GATE_PRIORITY: u8 = 2;
pub(super) const EXPECTATION_PRIORITY: u8 = 5;
const FALLBACK_PRIORITY: u8 = u8::MAX;

pub(super) type ExpectationCheck = Box<dyn Fn(&WireRequest) -> Option<Vec<String>> + Send + Sync>;

#[derive(Default)]
pub(super) struct State {
    pub(super) expires_in: Option<u64>,
    pub(super) token_failures: Option<(u32, u16, String)>,
    pub(super) issued: Vec<String>,
    pub(super) refresh_tokens: Vec<String>,
    pub(super) revoked: Vec<String>,
    pub(super) token_requests: usize,
    rejections: Vec<Rejection>,
    failures: Vec<String>,
    expectations: Vec<(&'static str, ExpectationCheck)>,
    counts: Vec<CallCount>,
}

/// The call count an expectation's [`times`](Expectation::times) asks for, and the
/// requests it has answered so far.
struct CallCount {
    operation: &'static str,
    /// Which of the operation's expectations, from 1 in the order they were mounted.
    ordinal: usize,
    times: (u64, u64),
    answered: Arc<AtomicU64>,
}

impl CallCount {
    /// Why the count is not met, or `None` when it is.
    fn unmet(&self) -> Option<String> {
        let answered = self.answered.load(Ordering::SeqCst);
        let (min, max) = self.times;
        if (min..=max).contains(&answered) {
            return None;
        }
        let wanted = if min == max {
            min.to_string()
        } else {
            format!("{min} to {max}")
        };
        Some(format!(
            "expectation {} of `{}` was to answer {wanted} request(s) and answered {answered}",
            self.ordinal, self.operation
        ))
    }
}

impl State {
    pub(super) fn accepts_bearer(&self, token: &str) -> bool {
        let known = token == MOCK_USER_ACCESS_TOKEN
            || token == MOCK_BEARER_TOKEN
            || self.issued.iter().any(|t| t == token);
        known && !self.revoked.iter().any(|t| t == token)
    }
}

/// The mock server: a local HTTP server that answers the API's operations as the test
/// sets them up, serves the OAuth2 token endpoint, and checks every request against the
/// spec. A request no expectation answers fails the test when the server is dropped (or
/// at [`verify`](Self::verify)), with a message naming the operation it looked like and
/// why each of that operation's expectations did not match; so does an expectation whose
/// call count is not met.
pub struct MockServer<A: MockApi> {
    wire: wiremock::MockServer,
    state: Arc<Mutex<State>>,
    api: PhantomData<fn() -> A>,
}

impl<A: MockApi> Debug for MockServer<A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MockServer")
            .field("uri", &self.wire.uri())
            .finish_non_exhaustive()
    }
}

impl<A: MockApi> MockServer<A> {
    /// Starts a server on a free loopback port, with the token endpoint and the request
    /// checks mounted and no expectations.
    pub async fn start() -> Self {
        let wire = wiremock::MockServer::start().await;
        let state = Arc::new(Mutex::new(State {
            expires_in: Some(3600),
            ..State::default()
        }));
        let tokens = Arc::clone(&state);
        Mock::given(wiremock::matchers::method("POST"))
            .and(wiremock::matchers::path(TOKEN_PATH))
            .respond_with(move |request: &WireRequest| token_answer(&tokens, request))
            .with_priority(TOKEN_PRIORITY)
            .named("token endpoint")
            .mount(&wire)
            .await;
        let gate = Arc::clone(&state);
        let refuse = Arc::clone(&state);
        Mock::given(move |request: &WireRequest| {
            matches!(
                check_request(A::operations(), &lock(&gate), request),
                Verdict::Refuse(..)
            )
        })
        .respond_with(move |request: &WireRequest| {
            let mut state = lock(&refuse);
            match check_request(A::operations(), &state, request) {
                Verdict::Refuse(operation, status, reason) => {
                    state.rejections.push(Rejection {
                        operation,
                        status,
                        reason: reason.clone(),
                    });
                    refusal(status, &reason)
                }
                // The state changed between match and answer (a token was revoked);
                // the request is let through to the next try of the client.
                _ => ResponseTemplate::new(503),
            }
        })
        .with_priority(GATE_PRIORITY)
        .named("request checks")
        .mount(&wire)
        .await;
        let fallback = Arc::clone(&state);
        Mock::given(|_: &WireRequest| true)
            .respond_with(move |request: &WireRequest| unanswered::<A>(&fallback, request))
            .with_priority(FALLBACK_PRIORITY)
            .named("no expectation")
            .mount(&wire)
            .await;
        MockServer {
            wire,
            state,
            api: PhantomData,
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        lock(&self.state)
    }

    /// Mounts an expectation's mock, keeping `describe` to say why a request the mock did
    /// not match was not the expectation's, and, when it has a call count (`times`), the
    /// counter of the requests it `answered` to check it against.
    pub(super) async fn mount(
        &self,
        id: &'static str,
        describe: ExpectationCheck,
        count: Option<((u64, u64), Arc<AtomicU64>)>,
        mock: Mock,
    ) {
        {
            let mut state = self.lock();
            let ordinal = state
                .expectations
                .iter()
                .filter(|(op, _)| *op == id)
                .count()
                + 1;
            state.expectations.push((id, describe));
            if let Some((times, answered)) = count {
                state.counts.push(CallCount {
                    operation: id,
                    ordinal,
                    times,
                    answered,
                });
            }
        }
        self.wire.register(mock).await;
    }

    /// The server's base URL, e.g. `http://127.0.0.1:41234`.
    pub fn uri(&self) -> String {
        self.wire.uri()
    }

    /// The URL of the mock's OAuth2 token endpoint.
    pub fn token_url(&self) -> String {
        format!("{}{TOKEN_PATH}", self.wire.uri())
    }

    /// A `ClientBuilder` pointed at this server, with the mock's credentials for every
    /// security scheme (client credentials, a user's tokens with a refresh token, bearer
    /// tokens, basic authentication and API keys): build it, or change it first.
    pub fn client_builder(&self) -> A::Builder {
        A::client_builder(&self.wire.uri(), &self.token_url())
    }

    /// Starts an expectation for the operation `O`.
    pub fn on<O: MockOperation<Api = A>>(&self) -> Expectation<'_, O> {
        Expectation::new(self)
    }

    /// Every request the server received for the operation `O`, decoded, in order.
    pub async fn received<O: MockOperation<Api = A>>(&self) -> Vec<Received<O::Body>> {
        self.wire
            .received_requests()
            .await
            .unwrap_or_default()
            .iter()
            .filter_map(received::<O>)
            .collect()
    }

    /// The requests the mock refused (401, 400), in order.
    pub fn rejections(&self) -> Vec<Rejection> {
        self.lock().rejections.clone()
    }

    /// Takes the messages of requests no expectation answered, so that a test which sent
    /// them on purpose does not fail when the server is dropped.
    pub fn take_unanswered(&self) -> Vec<String> {
        std::mem::take(&mut self.lock().failures)
    }

    /// Takes the messages of expectations whose call count ([`times`](Expectation::times))
    /// is not met now, each naming the operation, the count asked for and the requests
    /// answered, and stops checking those counts: a test that leaves them unmet on purpose
    /// does not fail when the server is dropped. Expectations whose count is met stay
    /// checked.
    pub fn take_unmet(&self) -> Vec<String> {
        take_unmet(&mut self.lock())
    }

    /// How many requests the token endpoint answered (successfully or not).
    pub fn token_requests(&self) -> usize {
        self.lock().token_requests
    }

    /// Sets `expires_in` of the tokens the endpoint hands out (`None`: omitted). The
    /// default is 3600 seconds.
    pub fn token_expires_in(&self, seconds: Option<u64>) {
        self.lock().expires_in = seconds;
    }

    /// Makes the next `times` token requests fail with `status` and the RFC 6749
    /// `error` code (e.g. `invalid_client`), then succeed again.
    pub fn fail_token_requests(&self, times: u32, status: u16, error: &str) {
        self.lock().token_failures = Some((times, status, error.to_string()));
    }

    /// Makes every access token handed out so far, and the user's initial one, invalid:
    /// the API answers them 401, as it does when a token expires early.
    pub fn revoke_tokens(&self) {
        let mut state = self.lock();
        let mut revoked = std::mem::take(&mut state.issued);
        revoked.push(MOCK_USER_ACCESS_TOKEN.to_string());
        state.revoked.extend(revoked);
    }

    /// Fails the test now if a request went unanswered or an expectation's call count
    /// is not met.
    #[allow(
        clippy::panic,
        reason = "failing the test is how a mock reports a request nobody expected (as wiremock does)"
    )]
    pub async fn verify(&self) {
        let (failures, unmet) = self.take_failures();
        if let Some(message) = failure_message(&failures, &unmet) {
            panic!("{message}");
        }
    }

    fn take_failures(&self) -> (Vec<String>, Vec<String>) {
        let mut state = self.lock();
        let failures = std::mem::take(&mut state.failures);
        (failures, take_unmet(&mut state))
    }
}

impl<A: MockApi> Drop for MockServer<A> {
    #[allow(
        clippy::panic,
        reason = "failing the test is how a mock reports a request nobody expected (as wiremock does)"
    )]
    fn drop(&mut self) {
        let (failures, unmet) = self.take_failures();
        // A test that already fails keeps its own message; the mock's would hide it.
        if let Some(message) = failure_message(&failures, &unmet) {
            if !std::thread::panicking() {
                panic!("{message}");
            }
        }
    }
}

fn take_unmet(state: &mut State) -> Vec<String> {
    let mut unmet = Vec::new();
    state.counts.retain(|count| match count.unmet() {
        Some(message) => {
            unmet.push(message);
            false
        }
        None => true,
    });
    unmet
}

/// The test failure for requests no expectation answered and expectations whose call
/// count is not met, or `None` when there are neither.
fn failure_message(failures: &[String], unmet: &[String]) -> Option<String> {
    let mut parts = Vec::new();
    if !failures.is_empty() {
        let mut message = format!(
            "the mock server got {} request(s) no expectation answered:",
            failures.len()
        );
        for f in failures {
            let _ = write!(message, "\n  - {f}");
        }
        parts.push(message);
    }
    if !unmet.is_empty() {
        let mut message = format!(
            "Verifications failed: {} expectation(s) of the mock server did not answer the \
             requests they expect:",
            unmet.len()
        );
        for u in unmet {
            let _ = write!(message, "\n  - {u}");
        }
        parts.push(message);
    }
    (!parts.is_empty()).then(|| parts.join("\n"))
}

pub(super) fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    // A test that panicked while holding the lock leaves the state as it was: still
    // usable for the other requests' answers.
    state.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The answer to a request no expectation took, recorded as a test failure.
fn unanswered<A: MockApi>(state: &Mutex<State>, request: &WireRequest) -> ResponseTemplate {
    let mut state = lock(state);
    let what = format!("{} {}", request.method, request.url.path());
    let message = match find_operation(A::operations(), request) {
        Some((spec, _)) => {
            let id = spec.operation.id;
            let mut reasons = Vec::new();
            for (n, (_, describe)) in state
                .expectations
                .iter()
                .filter(|(op, _)| *op == id)
                .enumerate()
            {
                match describe(request) {
                    Some(r) if r.is_empty() => reasons.push(format!(
                        "expectation {} matches but has answered all the requests it may",
                        n + 1
                    )),
                    Some(r) => reasons.push(format!("expectation {}: {}", n + 1, r.join("; "))),
                    None => {}
                }
            }
            if reasons.is_empty() {
                format!("`{what}` is operation `{id}`, which has no expectation")
            } else {
                format!(
                    "`{what}` is operation `{id}`, but no expectation matched: {}",
                    reasons.join(" | ")
                )
            }
        }
        None => {
            let same_path: Vec<&str> = A::operations()
                .iter()
                .filter(|s| match_path(s.operation.path, request.url.path()).is_some())
                .map(|s| s.operation.method.as_str())
                .collect();
            if same_path.is_empty() {
                format!("`{what}` is no operation of the spec (no path matches)")
            } else {
                format!(
                    "`{what}` is no operation of the spec (this path takes {})",
                    same_path.join(", ")
                )
            }
        }
    };
    state.failures.push(message.clone());
    ResponseTemplate::new(404)
        .set_body_json(serde_json::json!({ "error": "not_mocked", "message": message }))
}

#[cfg(test)]
mod tests {
    use super::{failure_message, CallCount};
    use std::sync::atomic::AtomicU64;
    use std::sync::Arc;

    fn count(times: (u64, u64), answered: u64) -> CallCount {
        CallCount {
            operation: "op",
            ordinal: 2,
            times,
            answered: Arc::new(AtomicU64::new(answered)),
        }
    }

    #[test]
    fn a_count_is_unmet_outside_its_range_and_says_so() {
        assert_eq!(count((1, 1), 1).unmet(), None);
        assert_eq!(count((1, 3), 2).unmet(), None);
        assert_eq!(
            count((1, 1), 0).unmet().as_deref(),
            Some("expectation 2 of `op` was to answer 1 request(s) and answered 0")
        );
        assert_eq!(
            count((0, 2), 3).unmet().as_deref(),
            Some("expectation 2 of `op` was to answer 0 to 2 request(s) and answered 3")
        );
    }

    #[test]
    fn the_failure_lists_unanswered_requests_then_unmet_counts() {
        assert_eq!(failure_message(&[], &[]), None);
        let message = failure_message(&["a".into()], &["b".into(), "c".into()]);
        assert_eq!(
            message.as_deref(),
            Some(
                "the mock server got 1 request(s) no expectation answered:\n  - a\n\
                 Verifications failed: 2 expectation(s) of the mock server did not answer the \
                 requests they expect:\n  - b\n  - c"
            )
        );
    }
}
