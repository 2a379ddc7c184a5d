//! The behaviour test of the `webhooks` fixture (compiled in the scratch workspace of
//! `generated_fixture_crates_compile_without_warnings`): deliveries signed as the spec's
//! `x-fern-webhook-signature` says are verified with the generated `verifier`, then read
//! into the variant of their webhook, told apart by a payload type field, an event-type
//! header or the callback's key; what is wrong is refused with its own error.

use fixture_webhooks::models::{OrderCreatedType, Shipment};
use fixture_webhooks::webhooks::{self, Event, WebhookError};
use fixture_webhooks::HeaderMap;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::time::{SystemTime, UNIX_EPOCH};

const SECRET: &str = "an endpoint's secret";

/// The headers of a delivery of `body`, signed here with the `hmac` crate as the spec says:
/// hex HMAC-SHA256 over `<timestamp>.<body>`.
fn signed(body: &str, extra: &[(&'static str, &str)]) -> HeaderMap {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs().to_string();
    let mut mac = Hmac::<Sha256>::new_from_slice(SECRET.as_bytes()).unwrap();
    mac.update(format!("{now}.{body}").as_bytes());
    let hex: String = mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect();
    let mut headers = HeaderMap::new();
    headers.insert("x-signature", hex.parse().unwrap());
    headers.insert("x-timestamp", now.parse().unwrap());
    for (name, value) in extra {
        headers.insert(*name, value.parse().unwrap());
    }
    headers
}

fn read(body: &str, extra: &[(&'static str, &str)]) -> Result<Event, WebhookError> {
    let verifier = webhooks::verifier(SECRET).unwrap();
    Event::verify_and_parse(&verifier, &signed(body, extra), body.as_bytes())
}

#[test]
fn a_payload_type_field_picks_the_webhook() {
    let body = r#"{"type": "order.created", "order_id": "o-1", "total": 120, "placed_at": "2026-12-06T10:00:00Z"}"#;
    let event = read(body, &[]).unwrap();
    assert_eq!(event.key(), Some("orderCreated"));
    let Event::OrderCreated(order) = event else {
        panic!("not orderCreated: {event:?}");
    };
    assert_eq!(order.order_id, "o-1");
    assert_eq!(order.total, 120);
    assert_eq!(order.r#type, OrderCreatedType::OrderCreated);
    assert!(order.placed_at.is_some());
    assert!(order.order.is_none());

    let body = r#"{"type": "order.cancelled", "order_id": "o-2", "reason": "changed my mind"}"#;
    let Event::OrderCancelled(cancelled) = read(body, &[]).unwrap() else {
        panic!("not orderCancelled");
    };
    assert_eq!(cancelled.reason.as_deref(), Some("changed my mind"));
}

#[test]
fn an_event_type_header_picks_the_webhook() {
    let body = r#"{"zen": "Keep it logically awesome.", "subscription": {"url": "https://example.com/hook"}}"#;
    let Event::Ping(ping) = read(body, &[("x-event-type", "ping")]).unwrap() else {
        panic!("not ping");
    };
    assert_eq!(ping.zen.as_deref(), Some("Keep it logically awesome."));
    // A type the operations only send is read in a payload.
    assert_eq!(ping.subscription.unwrap().url, "https://example.com/hook");
}

#[test]
fn a_callback_is_read_by_its_key_or_by_its_payload() {
    let body = r#"{"order_id": "o-3", "carrier": "Posten"}"#;
    let shipped = Event::parse_as("createSubscription.orderShipped", body.as_bytes()).unwrap();
    let Event::CreateSubscriptionOrderShipped(shipment) = &shipped else {
        panic!("not the callback: {shipped:?}");
    };
    let shipment: &Shipment = shipment;
    assert_eq!((shipment.order_id.as_str(), shipment.carrier.as_str()), ("o-3", "Posten"));
    // Without a key: no webhook's rules are met, and the callback's payload type fits.
    assert_eq!(read(body, &[]).unwrap(), shipped);
    assert_eq!(
        Event::parse_as("noSuchHook", body.as_bytes()),
        Err(WebhookError::UnknownWebhook("noSuchHook".into()))
    );
}

#[test]
fn a_delivery_no_webhook_describes_is_unknown() {
    let body = r#"{"type": "order.refunded", "amount": 3}"#;
    let event = read(body, &[]).unwrap();
    assert_eq!(event.key(), None);
    let Event::Unknown(payload) = event else {
        panic!("not unknown: {event:?}");
    };
    assert_eq!(payload["amount"], 3);
}

#[test]
fn what_is_wrong_is_refused_with_its_own_error() {
    let body = r#"{"type": "order.created", "order_id": "o-1", "total": "a lot"}"#;
    // The type field says orderCreated, and `total` is no integer: where it breaks.
    match read(body, &[]) {
        Err(WebhookError::Payload { webhook, path, .. }) => {
            assert_eq!(webhook, "orderCreated");
            assert_eq!(path, "total");
        }
        other => panic!("{other:?}"),
    }
    let verifier = webhooks::verifier(SECRET).unwrap();
    let good = r#"{"zen": "ok"}"#;
    let headers = signed(good, &[("x-event-type", "ping")]);
    assert_eq!(
        Event::verify_and_parse(&verifier, &headers, br#"{"zen": "tampered"}"#),
        Err(WebhookError::NoMatchingSignature)
    );
    let wrong = webhooks::verifier("another secret").unwrap();
    assert_eq!(
        Event::verify_and_parse(&wrong, &headers, good.as_bytes()),
        Err(WebhookError::NoMatchingSignature)
    );
    let mut unsigned = headers.clone();
    unsigned.remove("x-signature");
    assert_eq!(
        Event::verify_and_parse(&verifier, &unsigned, good.as_bytes()),
        Err(WebhookError::MissingHeader("x-signature"))
    );
    let mut stale = headers;
    stale.insert("x-timestamp", "1000".parse().unwrap());
    assert!(matches!(
        Event::verify_and_parse(&verifier, &stale, good.as_bytes()),
        Err(WebhookError::OutsideTolerance { timestamp: 1000, .. })
    ));
    let not_json = "not json";
    assert!(matches!(read(not_json, &[]), Err(WebhookError::NotJson(_))));
}
