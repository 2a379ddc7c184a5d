// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! The mock's OAuth2 token endpoint: client-credentials and refresh-token grants.

use super::mock_check::percent_decode;
use super::mock_server::{lock, State};
use super::mock_support::{
    ResponseTemplate, MOCK_CLIENT_ID, MOCK_CLIENT_SECRET, MOCK_USER_REFRESH_TOKEN,
};
use base64::Engine as _;
use std::collections::BTreeMap;
use std::sync::Mutex;
use wiremock::Request as WireRequest;

/// The OAuth2 token endpoint: client-credentials and refresh-token grants.
pub(super) fn token_answer(state: &Mutex<State>, request: &WireRequest) -> ResponseTemplate {
    let mut state = lock(state);
    state.token_requests += 1;
    if let Some((times, status, error)) = state.token_failures.take() {
        if times > 1 {
            state.token_failures = Some((times - 1, status, error.clone()));
        }
        if times > 0 {
            return ResponseTemplate::new(status)
                .set_body_json(serde_json::json!({ "error": error }));
        }
    }
    let form: BTreeMap<String, String> =
        serde_urlencoded::from_bytes(&request.body).unwrap_or_default();
    let oauth_error = |error: &str| {
        ResponseTemplate::new(400).set_body_json(serde_json::json!({ "error": error }))
    };
    if !client_authenticated(&form, request) {
        return ResponseTemplate::new(401)
            .set_body_json(serde_json::json!({ "error": "invalid_client" }));
    }
    match form.get("grant_type").map(String::as_str) {
        Some("client_credentials") => {}
        Some("refresh_token") => {
            let given = form
                .get("refresh_token")
                .map(String::as_str)
                .unwrap_or_default();
            if given != MOCK_USER_REFRESH_TOKEN && !state.refresh_tokens.iter().any(|t| t == given)
            {
                return oauth_error("invalid_grant");
            }
        }
        _ => return oauth_error("unsupported_grant_type"),
    }
    let n = state.issued.len() + state.revoked.len() + 1;
    let access = format!("mock-access-token-{n}");
    let refresh = format!("mock-refresh-token-{n}");
    state.issued.push(access.clone());
    state.refresh_tokens.push(refresh.clone());
    let mut answer = serde_json::json!({
        "access_token": access,
        "token_type": "Bearer",
        "refresh_token": refresh,
    });
    if let (Some(seconds), Some(map)) = (state.expires_in, answer.as_object_mut()) {
        map.insert("expires_in".to_string(), seconds.into());
    }
    ResponseTemplate::new(200).set_body_json(answer)
}

/// The client authenticates with HTTP basic (what the runtime sends) or form fields.
fn client_authenticated(form: &BTreeMap<String, String>, request: &WireRequest) -> bool {
    let basic = request
        .headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Basic "))
        .and_then(|v| base64::engine::general_purpose::STANDARD.decode(v).ok())
        .and_then(|v| String::from_utf8(v).ok());
    let expected = format!("{MOCK_CLIENT_ID}:{MOCK_CLIENT_SECRET}");
    // RFC 6749 2.3.1: the id and secret are form-encoded before basic encoding.
    let decoded = basic.map(|b| {
        let (id, secret) = b.split_once(':').unwrap_or((&b, ""));
        format!("{}:{}", percent_decode(id), percent_decode(secret))
    });
    decoded.as_deref() == Some(expected.as_str())
        || (form.get("client_id").map(String::as_str) == Some(MOCK_CLIENT_ID)
            && form.get("client_secret").map(String::as_str) == Some(MOCK_CLIENT_SECRET))
        // A user's refresh needs the client id only when the client has no secret.
        || (form.get("grant_type").map(String::as_str) == Some("refresh_token")
            && form.get("client_id").map(String::as_str) == Some(MOCK_CLIENT_ID)
            && basic_absent(request))
}

fn basic_absent(request: &WireRequest) -> bool {
    request.headers.get("authorization").is_none()
}
