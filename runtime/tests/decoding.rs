//! Decoding what real servers send, over HTTP: the failing path named, `null` for empty
//! collections, the Content-Type the server actually sent, lenient decoding, bodies the
//! spec does not declare, and error bodies that do not match their declared type.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use client_runtime::{
    Client, Config, Error, ManualClock, Method, Operation, ResponseContent, TypedResponse,
};
use serde::Deserialize;
use std::collections::BTreeMap;
use wiremock::{Mock, MockServer, ResponseTemplate};

static LIST: Operation = Operation {
    id: "listContents",
    method: Method::GET,
    path: "/contents",
    security: &[],
};

#[derive(Debug, Default, Deserialize, PartialEq)]
struct Entry {
    name: String,
    mimetype: Option<String>,
}

#[derive(Debug, Deserialize, PartialEq)]
struct Listing {
    content: Vec<Entry>,
    size: Option<u32>,
}

#[derive(Debug, Deserialize, PartialEq)]
struct Problem {
    error: Option<String>,
    reason: Option<String>,
}

/// A client of a server that answers every request with `answer`.
async fn serving(answer: ResponseTemplate, config: Config) -> (MockServer, Client) {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(answer)
        .mount(&server)
        .await;
    let client = common::builder(&server, &ManualClock::new())
        .config(config)
        .build()
        .unwrap();
    (server, client)
}

fn json(body: &str) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_raw(body.as_bytes().to_vec(), "application/json")
}

async fn call(client: &Client) -> ResponseContent {
    let request = client.request(&LIST, &["contents"]);
    client.send(request).await.unwrap()
}

fn not_found(_: ResponseContent) {}

#[tokio::test]
async fn a_decode_error_names_the_operation_status_and_path() {
    let body = r#"{"content":[{"name":"a"},{"name":"b"},{"name":"c"},{"name":null}]}"#;
    let (_server, client) = serving(json(body), Config::default()).await;
    let error = call(&client)
        .await
        .finish(ResponseContent::decode_json::<Listing>, not_found)
        .unwrap_err();
    let Error::Decode(e) = error else {
        panic!("expected a decode error, got {error:?}");
    };
    assert_eq!(e.path(), Some("content[3].name"));
    assert!(e
        .message()
        .starts_with("invalid type: null, expected a string"));
    let text = e.to_string();
    assert!(
        text.starts_with("`listContents`: the 200 OK response does not match the spec at `content[3].name`: invalid type: null"),
        "{text}"
    );
    // The raw body stays with the error.
    assert_eq!(e.response().text(), body);
}

#[tokio::test]
async fn null_is_an_empty_list_or_map_at_the_top() {
    for body in ["null", "", " null\n"] {
        let (_server, client) = serving(json(body), Config::default()).await;
        let list = call(&client)
            .await
            .decode_json_collection::<Vec<Entry>>()
            .unwrap();
        assert!(list.body().is_empty(), "{body:?}");
        let map = call(&client)
            .await
            .decode_json_collection::<BTreeMap<String, Entry>>()
            .unwrap();
        assert!(map.body().is_empty(), "{body:?}");
    }
    // Anything else is decoded as usual.
    let (_server, client) = serving(json(r#"[{"name":"x"}]"#), Config::default()).await;
    let list = call(&client)
        .await
        .decode_json_collection::<Vec<Entry>>()
        .unwrap();
    assert_eq!(list.body().len(), 1);
}

#[tokio::test]
async fn the_content_type_the_server_sent_decides() {
    // JSON where the spec says text: the string, not its quotes.
    let (_server, client) = serving(json(r#""plain words""#), Config::default()).await;
    let text = call(&client).await.decode_text().unwrap();
    assert_eq!(text.body().as_str(), "plain words");
    // Text the server labelled as text stays as it is, quotes and all.
    let answer = ResponseTemplate::new(200).set_body_raw("\"quoted\"", "text/plain");
    let (_server, client) = serving(answer, Config::default()).await;
    assert_eq!(
        call(&client).await.decode_text().unwrap().body().as_str(),
        "\"quoted\""
    );
    // A bare string where the spec says JSON string, sent as text/plain.
    let answer = ResponseTemplate::new(200).set_body_raw("ok", "text/plain; charset=utf-8");
    let (_server, client) = serving(answer, Config::default()).await;
    let value = call(&client).await.decode_json::<String>().unwrap();
    assert_eq!(value.body().as_str(), "ok");
    // ... but a body labelled JSON must be JSON.
    let (_server, client) = serving(json("ok"), Config::default()).await;
    assert!(call(&client).await.decode_json::<String>().is_err());
}

#[tokio::test]
async fn lenient_decoding_keeps_the_rest_and_lists_what_it_dropped() {
    let body = r#"{"content":[{"name":"a","mimetype":5},{"name":null},{"name":"c"}],"size":"big"}"#;
    let lenient = Config::default().with_lenient_decoding(true);
    let (_server, client) = serving(json(body), lenient).await;
    let listing = call(&client)
        .await
        .decode_json::<Listing>()
        .expect("lenient decoding keeps what fits");
    let names: Vec<&str> = listing
        .body()
        .content
        .iter()
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(names, ["a", "c"]);
    assert_eq!(listing.body().size, None);
    let dropped: Vec<(&str, &str)> = listing
        .mismatches()
        .iter()
        .map(|m| (m.path.as_str(), m.found.as_str()))
        .collect();
    assert_eq!(
        dropped,
        [
            ("content[0].mimetype", "5"),
            ("content[1].name", "null"),
            ("content[1]", "{}"),
            ("size", "\"big\""),
        ]
    );
    // Strict decoding, the default, refuses the same body.
    let (_server, client) = serving(json(body), Config::default()).await;
    assert!(call(&client).await.decode_json::<Listing>().is_err());
    // A body that fits has no mismatches either way.
    let (_server, client) = serving(json(r#"{"content":[]}"#), lenient_config()).await;
    assert!(call(&client)
        .await
        .decode_json::<Listing>()
        .unwrap()
        .mismatches()
        .is_empty());
}

fn lenient_config() -> Config {
    Config::default().with_lenient_decoding(true)
}

#[tokio::test]
async fn lenient_decoding_still_fails_when_nothing_is_left() {
    let (_server, client) = serving(json(r#"{"size":1}"#), lenient_config()).await;
    let error = call(&client).await.decode_json::<Listing>().unwrap_err();
    assert_eq!(error.path(), Some("."));
    assert!(error.message().contains("missing field `content`"));
}

#[tokio::test]
async fn a_body_the_spec_does_not_declare_stays_readable() {
    let answer = ResponseTemplate::new(200)
        .set_body_raw(r#"{"error":"quota exceeded"}"#, "application/json");
    let (server, client) = serving(answer, Config::default()).await;
    let response = call(&client).await.decode_empty().unwrap();
    assert_eq!(
        response.raw_body().as_ref(),
        br#"{"error":"quota exceeded"}"#
    );
    assert_eq!(common::received(&server).await.len(), 1);
}

#[tokio::test]
async fn an_error_body_with_none_of_the_declared_keys_is_kept_raw() {
    // The spec declares `error` and `reason`; this server sends `message`.
    let answer = ResponseTemplate::new(400)
        .set_body_raw(r#"{"message":"no such file","code":7}"#, "application/json");
    let (_server, client) = serving(answer, Config::default()).await;
    let typed: TypedResponse<Problem> = call(&client).await.typed();
    assert!(typed.body.is_none(), "{:?}", typed.body);
    assert_eq!(
        typed.content.text(),
        r#"{"message":"no such file","code":7}"#
    );
    // One declared key is enough to decode it, unknown keys aside.
    let answer = ResponseTemplate::new(400)
        .set_body_raw(r#"{"reason":"gone","message":"x"}"#, "application/json");
    let (_server, client) = serving(answer, Config::default()).await;
    let typed: TypedResponse<Problem> = call(&client).await.typed();
    assert_eq!(
        typed.body.as_deref(),
        Some(&Problem {
            error: None,
            reason: Some("gone".into())
        })
    );
    // So is an empty object.
    let answer = ResponseTemplate::new(400).set_body_raw("{}", "application/json");
    let (_server, client) = serving(answer, Config::default()).await;
    assert!(call(&client).await.typed::<Problem>().body.is_some());
}

/// Values of `format: date-time` and `date`, read through `formats`.
#[derive(Debug, Deserialize, PartialEq)]
struct Event {
    name: String,
    #[serde(default, with = "client_runtime::formats")]
    at: Option<time::OffsetDateTime>,
    #[serde(default, with = "client_runtime::formats")]
    days: Option<Vec<time::Date>>,
}

#[derive(Debug, Deserialize, PartialEq)]
struct Events {
    events: Vec<Event>,
}

#[tokio::test]
async fn a_date_in_another_format_fails_strictly_and_is_dropped_leniently() {
    let body = r#"{"events":[
        {"name":"a","at":"2024-01-02T03:04:05Z"},
        {"name":"b","at":"2024-01-02 03:04:05"},
        {"name":"c","days":["2024-01-02","02.01.2024"]}]}"#;
    let (_server, client) = serving(json(body), Config::default()).await;
    let error = call(&client).await.decode_json::<Events>().unwrap_err();
    assert_eq!(error.path(), Some("events[1].at"));
    assert!(
        error.message().contains("expected an RFC 3339 date-time"),
        "{}",
        error.message()
    );
    let (_server, client) = serving(json(body), lenient_config()).await;
    let response = call(&client)
        .await
        .decode_json::<Events>()
        .expect("lenient decoding keeps what fits");
    let dropped: Vec<(&str, &str)> = response
        .mismatches()
        .iter()
        .map(|m| (m.path.as_str(), m.found.as_str()))
        .collect();
    assert_eq!(
        dropped,
        [
            ("events[1].at", "\"2024-01-02 03:04:05\""),
            ("events[2].days[1]", "\"02.01.2024\""),
        ]
    );
    let events = response.into_body().events;
    let day = time::Date::from_calendar_date(2024, time::Month::January, 2).unwrap();
    assert_eq!(events.len(), 3);
    assert_eq!(
        events[0].at,
        Some(day.with_hms(3, 4, 5).unwrap().assume_utc())
    );
    assert_eq!(events[1].at, None);
    assert_eq!(events[2].days, Some(vec![day]));
}

#[tokio::test]
async fn a_body_that_is_dates_decodes_through_formats() {
    let body = r#"["2024-01-02","someday"]"#;
    let decode = client_runtime::formats::decode_json_collection::<Vec<time::Date>>;
    let (_server, client) = serving(json(body), Config::default()).await;
    let error = call(&client).await.finish(decode, not_found).unwrap_err();
    let Error::Decode(e) = error else {
        panic!("expected a decode error, got {error:?}");
    };
    assert_eq!(e.path(), Some("[1]"));
    let (_server, client) = serving(json(body), lenient_config()).await;
    let days = call(&client).await.finish(decode, not_found).unwrap();
    assert_eq!(days.mismatches().len(), 1);
    let day = time::Date::from_calendar_date(2024, time::Month::January, 2).unwrap();
    assert_eq!(days.into_body(), vec![day]);
}
