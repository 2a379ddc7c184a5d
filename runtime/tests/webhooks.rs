//! Webhook signatures (feature `webhooks`): Standard Webhooks' published test vector, and
//! GitHub's and Stripe's schemes with signatures computed here with the `hmac` crate; every
//! way a delivery can be wrong is refused with its own error.
#![cfg(feature = "webhooks")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use client_runtime::webhook::{Signature, Verifier, WebhookError};
use hmac::{Hmac, Mac};
use http::{HeaderMap, HeaderValue};
use sha2::Sha256;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
    let mut map = HeaderMap::new();
    for (name, value) in pairs {
        map.insert(*name, HeaderValue::from_str(value).unwrap());
    }
    map
}

fn at(seconds: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(seconds)
}

fn hmac_hex(key: &[u8], parts: &[&[u8]]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).unwrap();
    for p in parts {
        mac.update(p);
    }
    mac.finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

// Standard Webhooks' example (the specification's test vector).
const SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const ID: &str = "msg_p5jXN8AQM9LWM0D4loKWxJek";
const TIMESTAMP: u64 = 1_614_265_330;
const PAYLOAD: &[u8] = br#"{"test": 2432232314}"#;
const SIGNATURE: &str = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

fn standard(signature: &str) -> HeaderMap {
    headers(&[
        ("webhook-id", ID),
        ("webhook-timestamp", &TIMESTAMP.to_string()),
        ("webhook-signature", signature),
    ])
}

#[test]
fn the_standard_webhooks_test_vector_verifies() {
    let verifier = Verifier::standard_webhooks(SECRET).unwrap();
    assert_eq!(
        verifier.verify_at(&standard(SIGNATURE), PAYLOAD, at(TIMESTAMP)),
        Ok(())
    );
    // Several signatures (a secret being rotated): one match is enough.
    let several = format!("v1,bm90IHRoaXMgb25l {SIGNATURE} v2,ignored");
    assert_eq!(
        verifier.verify_at(&standard(&several), PAYLOAD, at(TIMESTAMP + 60)),
        Ok(())
    );
    // The secret is a secret: not in Debug output.
    assert!(!format!("{verifier:?}").contains("MfKQ9r8G"));
}

#[test]
fn each_way_a_standard_delivery_is_wrong_is_refused_with_its_own_error() {
    let verifier = Verifier::standard_webhooks(SECRET).unwrap();
    let tampered = br#"{"test": 2432232315}"#;
    assert_eq!(
        verifier.verify_at(&standard(SIGNATURE), tampered, at(TIMESTAMP)),
        Err(WebhookError::NoMatchingSignature)
    );
    let wrong = Verifier::standard_webhooks("whsec_c2VjcmV0LWJ1dC1ub3QtdGhhdC1vbmU=").unwrap();
    assert_eq!(
        wrong.verify_at(&standard(SIGNATURE), PAYLOAD, at(TIMESTAMP)),
        Err(WebhookError::NoMatchingSignature)
    );
    assert_eq!(
        verifier.verify_at(&standard(SIGNATURE), PAYLOAD, at(TIMESTAMP + 301)),
        Err(WebhookError::OutsideTolerance {
            timestamp: TIMESTAMP as i64,
            now: TIMESTAMP as i64 + 301
        })
    );
    // Early deliveries too: a clock far ahead is refused the same way.
    assert!(matches!(
        verifier.verify_at(&standard(SIGNATURE), PAYLOAD, at(TIMESTAMP - 301)),
        Err(WebhookError::OutsideTolerance { .. })
    ));
    let mut missing = standard(SIGNATURE);
    missing.remove("webhook-id");
    assert_eq!(
        verifier.verify_at(&missing, PAYLOAD, at(TIMESTAMP)),
        Err(WebhookError::MissingHeader("webhook-id"))
    );
    let mut bad_time = standard(SIGNATURE);
    bad_time.insert("webhook-timestamp", HeaderValue::from_static("yesterday"));
    assert_eq!(
        verifier.verify_at(&bad_time, PAYLOAD, at(TIMESTAMP)),
        Err(WebhookError::MalformedHeader("webhook-timestamp"))
    );
    assert_eq!(
        Verifier::standard_webhooks("whsec_not base64!").err(),
        Some(WebhookError::InvalidSecret)
    );
    // A wider window lets the late delivery in.
    let patient = verifier.with_tolerance(Duration::from_secs(3600));
    assert_eq!(
        patient.verify_at(&standard(SIGNATURE), PAYLOAD, at(TIMESTAMP + 301)),
        Ok(())
    );
}

#[test]
fn github_signatures_cover_the_body() {
    let secret = "It's a Secret to Everybody";
    let body = b"Hello, World!";
    let signature = format!("sha256={}", hmac_hex(secret.as_bytes(), &[body]));
    // GitHub's own example in "Validating webhook deliveries".
    assert_eq!(
        signature,
        "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"
    );
    let verifier = Verifier::github(secret);
    let signed = headers(&[("x-hub-signature-256", &signature)]);
    assert_eq!(verifier.verify(&signed, body), Ok(()));
    assert_eq!(
        verifier.verify(&signed, b"Hello, World?"),
        Err(WebhookError::NoMatchingSignature)
    );
    assert_eq!(
        Verifier::github("another secret").verify(&signed, body),
        Err(WebhookError::NoMatchingSignature)
    );
    assert_eq!(
        verifier.verify(&HeaderMap::new(), body),
        Err(WebhookError::MissingHeader("x-hub-signature-256"))
    );
    let unprefixed = headers(&[("x-hub-signature-256", &signature[7..])]);
    assert_eq!(
        verifier.verify(&unprefixed, body),
        Err(WebhookError::MalformedHeader("x-hub-signature-256"))
    );
}

#[test]
fn stripe_signatures_cover_the_timestamp_and_the_body() {
    let secret = "whsec_test_secret";
    let body = br#"{"id": "evt_1", "object": "event"}"#;
    let t = 1_700_000_000u64;
    let v1 = hmac_hex(secret.as_bytes(), &[t.to_string().as_bytes(), b".", body]);
    let header = format!("t={t},v1=0000,v1={v1},v0=ignored");
    let signed = headers(&[("stripe-signature", &header)]);
    let verifier = Verifier::stripe(secret);
    assert_eq!(verifier.verify_at(&signed, body, at(t + 10)), Ok(()));
    assert_eq!(
        verifier.verify_at(&signed, b"{}", at(t + 10)),
        Err(WebhookError::NoMatchingSignature)
    );
    assert!(matches!(
        verifier.verify_at(&signed, body, at(t + 3600)),
        Err(WebhookError::OutsideTolerance { .. })
    ));
    // The timestamp is signed: moving it breaks the signature rather than the window.
    let moved = headers(&[("stripe-signature", &format!("t={},v1={v1}", t + 5))]);
    assert_eq!(
        verifier.verify_at(&moved, body, at(t + 10)),
        Err(WebhookError::NoMatchingSignature)
    );
    let no_time = headers(&[("stripe-signature", &format!("v1={v1}"))]);
    assert_eq!(
        verifier.verify_at(&no_time, body, at(t)),
        Err(WebhookError::MalformedHeader("stripe-signature"))
    );
}

#[test]
fn plain_hmac_signatures_in_hex_or_base64_with_or_without_a_timestamp() {
    use base64::Engine as _;
    let secret = "plain secret";
    let body = br#"{"event": "order.created"}"#;
    let hex = hmac_hex(secret.as_bytes(), &[body]);
    let verifier = Verifier::hmac_sha256(secret, Signature::hex("x-signature"));
    let signed = headers(&[("x-signature", &hex)]);
    assert_eq!(verifier.verify_at(&signed, body, at(0)), Ok(()));
    assert_eq!(
        verifier.verify_at(&signed, b"{}", at(0)),
        Err(WebhookError::NoMatchingSignature)
    );
    assert_eq!(
        verifier.verify_at(&headers(&[("x-signature", "not hex")]), body, at(0)),
        Err(WebhookError::MalformedHeader("x-signature"))
    );
    // Base64, after a prefix.
    let bytes: Vec<u8> = (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
        .collect();
    let b64 = base64::engine::general_purpose::STANDARD.encode(bytes);
    let verifier = Verifier::hmac_sha256(secret, Signature::base64("x-sig").prefix("sha256="));
    let signed = headers(&[("x-sig", &format!("sha256={b64}"))]);
    assert_eq!(verifier.verify_at(&signed, body, at(0)), Ok(()));
    assert_eq!(
        verifier.verify_at(&headers(&[("x-sig", &b64)]), body, at(0)),
        Err(WebhookError::MalformedHeader("x-sig"))
    );
    // A signed timestamp: inside the window, outside it, moved.
    let t = 1_700_000_000u64;
    let sig = hmac_hex(secret.as_bytes(), &[t.to_string().as_bytes(), b".", body]);
    let verifier = Verifier::hmac_sha256(
        secret,
        Signature::hex("x-signature").timestamp("x-timestamp", "."),
    );
    let stamped = headers(&[("x-signature", &sig), ("x-timestamp", &t.to_string())]);
    assert_eq!(verifier.verify_at(&stamped, body, at(t + 60)), Ok(()));
    assert!(matches!(
        verifier.verify_at(&stamped, body, at(t + 3600)),
        Err(WebhookError::OutsideTolerance { .. })
    ));
    let moved = headers(&[("x-signature", &sig), ("x-timestamp", &(t + 1).to_string())]);
    assert_eq!(
        verifier.verify_at(&moved, body, at(t)),
        Err(WebhookError::NoMatchingSignature)
    );
    assert_eq!(
        verifier.verify_at(&headers(&[("x-signature", &sig)]), body, at(t)),
        Err(WebhookError::MissingHeader("x-timestamp"))
    );
}
