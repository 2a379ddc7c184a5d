//! The impls the generator writes for each operation's mock type (the `mock_operation!`
//! macro): every body form decoded and checked as the API would, and every success form
//! answered with its status, media type and bytes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::runtime as __rt;
use __rt::mock_support::{check_body, MockApi, MockOperation, OperationSpec, RawBody};
use __rt::InvalidRequest;

/// The generated `mock::Api`, which each operation's impl names.
struct Api;

impl MockApi for Api {
    type Builder = ();
    fn operations() -> &'static [&'static OperationSpec] {
        &[]
    }
    fn client_builder(_: &str, _: &str) {}
}

/// A body type with a `validate`, as the generator writes it: a name may not be empty.
#[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
struct Pet {
    name: String,
}

impl Pet {
    fn validate(&self) -> Result<(), InvalidRequest> {
        if self.name.is_empty() {
            return Err(InvalidRequest::new("name", "is empty"));
        }
        Ok(())
    }
}

static OPERATION: __rt::Operation = __rt::Operation {
    id: "op",
    method: __rt::Method::POST,
    path: "/op",
    security: &[],
};

/// One marker type, its spec and its impl, as `mock.rs` declares them.
macro_rules! operation {
    ($name:ident, $spec:ident, $body:tt, $success:tt) => {
        #[derive(Debug)]
        struct $name;
        static $spec: OperationSpec = OperationSpec {
            operation: &OPERATION,
            params: &[],
            check_body: check_body::<$name>,
        };
        __rt::mock_support::mock_operation!($name, $spec, $body, $success);
    };
}

operation!(NoBody, NO_BODY, (none), (empty 204u16));
operation!(RawRequired, RAW_REQUIRED, (raw req), (text 200u16));
operation!(RawOptional, RAW_OPTIONAL, (raw opt), (bytes 200u16));
operation!(Valid, VALID, (json req valid Pet), (json 201u16 Pet));
operation!(Items, ITEMS, (json req items Vec<Pet>), (events 200u16));
operation!(Optional, OPTIONAL, (json opt valid Pet), (lines 200u16));
operation!(Plain, PLAIN, (json req plain Pet), (fmt 200u16 Vec<time::Date>));
operation!(Dates, DATES, (fmt opt plain Vec<time::Date>), (empty 200u16));

fn date() -> time::Date {
    time::Date::from_calendar_date(2024, time::Month::January, 2).unwrap()
}

/// The status, content type and body of a success response, as a real server sends it.
async fn answer(template: __rt::mock_support::ResponseTemplate) -> (u16, Option<String>, String) {
    let server = wiremock::MockServer::start().await;
    wiremock::Mock::given(wiremock::matchers::any())
        .respond_with(template)
        .mount(&server)
        .await;
    let response = reqwest::get(server.uri()).await.unwrap();
    let media = response
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned());
    let status = response.status().as_u16();
    (status, media, response.text().await.unwrap())
}

#[test]
fn bodies_are_decoded_and_checked_as_the_api_would() {
    assert_eq!(NoBody::decode_body(b"ignored"), Ok(()));
    assert_eq!(
        RawRequired::decode_body(b""),
        Err("the request body is required".to_owned())
    );
    assert_eq!(
        RawRequired::decode_body(b"a=1"),
        Ok(RawBody(b"a=1".to_vec()))
    );
    assert_eq!(RawOptional::decode_body(b""), Ok(RawBody(Vec::new())));

    let pet = Pet { name: "Rex".into() };
    assert_eq!(Valid::decode_body(br#"{"name":"Rex"}"#), Ok(pet));
    assert_eq!(
        Valid::decode_body(br#"{"name":""}"#),
        Err("invalid request: `body.name` is empty".to_owned())
    );
    assert_eq!(
        Valid::decode_body(b""),
        Err("the request body is required".to_owned())
    );
    assert!(Valid::decode_body(b"{}")
        .unwrap_err()
        .starts_with("the body does not match the spec"));
    // Each item is checked, and the failing one is named by its index.
    assert_eq!(
        Items::decode_body(br#"[{"name":"a"},{"name":""}]"#),
        Err("invalid request: `body[1].name` is empty".to_owned())
    );
    assert_eq!(Optional::decode_body(b""), Ok(None));
    assert_eq!(
        Optional::decode_body(br#"{"name":""}"#),
        Err("invalid request: `body.name` is empty".to_owned())
    );
    // `plain`: no `validate` is called.
    assert_eq!(
        Plain::decode_body(br#"{"name":""}"#),
        Ok(Pet {
            name: String::new()
        })
    );
    assert_eq!(
        Dates::decode_body(br#"["2024-01-02"]"#),
        Ok(Some(vec![date()]))
    );
    assert!(Dates::decode_body(br#"["2 January"]"#).is_err());
    // The spec's check is the body's decoding, its value dropped.
    assert_eq!((VALID.check_body)(br#"{"name":"Rex"}"#), Ok(()));
    assert_eq!(NoBody::spec().operation.id, "op");
}

#[tokio::test]
async fn successes_are_answered_with_their_status_media_type_and_bytes() {
    assert_eq!(
        answer(NoBody::success(&())).await,
        (204, None, String::new())
    );
    assert_eq!(
        answer(RawRequired::success(&"hi".to_owned())).await,
        (200, Some("text/plain".into()), "hi".into())
    );
    assert_eq!(
        answer(RawOptional::success(&bytes::Bytes::from_static(b"\x01"))).await,
        (200, Some("application/octet-stream".into()), "\u{1}".into())
    );
    assert_eq!(
        answer(Valid::success(&Pet { name: "Rex".into() })).await,
        (
            201,
            Some("application/json".into()),
            r#"{"name":"Rex"}"#.into()
        )
    );
    assert_eq!(
        answer(Items::success(&"data: 1\n\n".to_owned())).await,
        (200, Some("text/event-stream".into()), "data: 1\n\n".into())
    );
    assert_eq!(
        answer(Optional::success(&"{}\n".to_owned())).await,
        (200, Some("application/x-ndjson".into()), "{}\n".into())
    );
    assert_eq!(
        answer(Plain::success(&vec![date()])).await,
        (
            200,
            Some("application/json".into()),
            r#"["2024-01-02"]"#.into()
        )
    );
    assert_eq!(
        answer(Dates::success(&())).await,
        (200, None, String::new())
    );
}
