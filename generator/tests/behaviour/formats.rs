//! The behaviour test of the `formats` fixture (compiled in the scratch workspace of
//! `generated_fixture_crates_compile_without_warnings`, with `full-serde`): dates,
//! date-times and UUIDs round-trip through serde as their formats say, reach the wire as
//! parameters in the format's text, and a server's value in another format fails strict
//! decoding at its path and is dropped by lenient decoding.

use fixture_formats::models::{Channel, Event, Priority, Schedule, UploadRequest, When};
use fixture_formats::{ClientBuilder, Config, Error};
use std::collections::BTreeMap;
use time::macros::{date, datetime};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const ID: uuid::Uuid = uuid::Uuid::from_u128(0x3fa8_5f64_5717_4562_b3fc_2c96_3f66_afa6);

/// An event with every field set, and the JSON text it is on the wire.
fn event() -> (Event, &'static str) {
    let at = datetime!(2024-01-02 03:04:05.5 +01:00);
    let utc = datetime!(2024-01-02 05:00 UTC);
    let event = Event::new(
        ID,
        at,
        date!(2024 - 01 - 02),
        None,
        vec![date!(2024 - 01 - 02), date!(2024 - 02 - 29)],
        Priority::High,
    )
    .with_ends(utc)
    .with_cancelled(None)
    .with_seen(vec![at, utc])
    .with_reminders(vec![Some(utc), None])
    .with_by_user(BTreeMap::from([("ann".to_string(), utc)]))
    .with_owner(ID)
    .with_created(at)
    .with_when(When::DateTime(utc))
    .with_channel(Channel::Sms);
    let text = concat!(
        r#"{"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","at":"2024-01-02T03:04:05.5+01:00","#,
        r#""on":"2024-01-02","ends":"2024-01-02T05:00:00Z","cancelled":null,"deadline":null,"#,
        r#""days":["2024-01-02","2024-02-29"],"seen":["2024-01-02T03:04:05.5+01:00","2024-01-02T05:00:00Z"],"#,
        r#""reminders":["2024-01-02T05:00:00Z",null],"by_user":{"ann":"2024-01-02T05:00:00Z"},"#,
        r#""owner":"3fa85f64-5717-4562-b3fc-2c963f66afa6","created":"2024-01-02T03:04:05.5+01:00","#,
        r#""when":"2024-01-02T05:00:00Z","priority":"3","channel":2}"#
    );
    (event, text)
}

#[test]
fn values_round_trip_as_their_formats_say() {
    let (event, text) = event();
    assert_eq!(serde_json::to_string(&event).unwrap(), text);
    let back: Event = serde_json::from_str(text).unwrap();
    assert_eq!(back, event);
    // The offset is kept, not only the instant (`OffsetDateTime`'s `==` compares instants).
    assert_eq!(back.at.offset(), event.at.offset());
    assert_eq!(serde_json::to_string(&back).unwrap(), text);
    // Absent and null stay apart; a null list of dates reads as empty.
    let minimal = r#"{"id":"3FA85F64-5717-4562-B3FC-2C963F66AFA6","at":"2024-01-02t03:04:05z","on":"2024-01-02","deadline":"2024-03-01","days":null,"priority":"1","when":7}"#;
    let e: Event = serde_json::from_str(minimal).unwrap();
    assert_eq!(e.id, ID, "a UUID is read in any case");
    assert_eq!(e.at, datetime!(2024-01-02 03:04:05 UTC));
    assert_eq!(e.deadline, Some(date!(2024 - 03 - 01)));
    assert_eq!((e.ends, e.cancelled, e.days.len()), (None, None, 0));
    assert_eq!((&e.priority, &e.when), (&Priority::Low, &Some(When::Integer(7))));
    let written = serde_json::to_string(&e).unwrap();
    assert!(
        written.starts_with(r#"{"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","at":"2024-01-02T03:04:05Z","#),
        "{written}"
    );
    // A map of date-times beside named properties.
    let schedule: Schedule =
        serde_json::from_str(r#"{"name":"x","start":"2024-01-02","ann":"2024-01-02T05:00:00Z"}"#).unwrap();
    assert_eq!(schedule.start, Some(date!(2024 - 01 - 02)));
    assert_eq!(schedule.additional_properties["ann"], datetime!(2024-01-02 05:00 UTC));
    assert_eq!(
        serde_json::to_string(&schedule).unwrap(),
        r#"{"name":"x","start":"2024-01-02","ann":"2024-01-02T05:00:00Z"}"#
    );
    for bad in [
        r#"{"id":"3fa85f64","at":"2024-01-02T03:04:05Z","on":"2024-01-02","deadline":null,"days":[],"priority":"1"}"#,
        r#"{"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","at":"2024-01-02","on":"2024-01-02","deadline":null,"days":[],"priority":"1"}"#,
        r#"{"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","at":"2024-01-02T03:04:05Z","on":"2024-1-2","deadline":null,"days":[],"priority":"1"}"#,
    ] {
        assert!(serde_json::from_str::<Event>(bad).is_err(), "{bad}");
    }
}

#[test]
fn enum_values_that_are_numbers_have_the_spec_s_names() {
    assert_eq!(Priority::Normal.as_str(), "2");
    assert_eq!(Priority::from("3"), Priority::High);
    assert_eq!(Channel::Email.value(), 1);
    // The spec's `Unknown` does not take the fallback variant's name.
    assert_eq!(Channel::from(0), Channel::Unknown2);
    assert_eq!(Channel::from(9), Channel::Unknown(9));
}

async fn server(answer: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any()).respond_with(answer).mount(&server).await;
    server
}

fn client(server: &MockServer, config: Config) -> fixture_formats::Client {
    ClientBuilder::new()
        .base_url(server.uri())
        .config(config.with_allow_insecure_http(true).with_max_attempts(1))
        .build()
        .unwrap()
}

#[tokio::test]
async fn parameters_are_sent_as_the_format_s_text() {
    let server = server(ResponseTemplate::new(200).set_body_raw("[]", "application/json")).await;
    let api = client(&server, Config::default());
    api.list_events(datetime!(2024-01-02 03:04:05 +01:00))
        .on(date!(2024 - 01 - 02))
        .days(vec![date!(2024 - 01 - 02), date!(2024 - 02 - 29)])
        .at(vec![datetime!(2024-01-02 05:00 UTC), datetime!(2024-01-03 05:00:00.25 UTC)])
        .x_request_id(ID)
        .x_not_before(datetime!(2024-01-02 00:00 -02:30))
        .await
        .unwrap();
    let days = api.event_days(ID, date!(2024 - 02 - 29)).await.unwrap();
    assert!(days.into_body().is_empty());
    let requests = server.received_requests().await.unwrap();
    let list = &requests[0];
    // `+` is escaped, so the offset does not arrive as a space.
    assert_eq!(
        list.url.query(),
        Some(
            "since=2024-01-02T03%3A04%3A05%2B01%3A00&on=2024-01-02&days=2024-01-02%2C2024-02-29\
             &at=2024-01-02T05%3A00%3A00Z&at=2024-01-03T05%3A00%3A00.25Z"
        )
    );
    let pairs: Vec<(String, String)> = list.url.query_pairs().into_owned().collect();
    assert_eq!(pairs[0], ("since".to_string(), "2024-01-02T03:04:05+01:00".to_string()));
    let header = |name: &str| list.headers.get(name).unwrap().to_str().unwrap().to_string();
    assert_eq!(header("x-request-id"), "3fa85f64-5717-4562-b3fc-2c963f66afa6");
    assert_eq!(header("x-not-before"), "2024-01-02T00:00:00-02:30");
    assert_eq!(
        requests[1].url.path(),
        "/events/3fa85f64-5717-4562-b3fc-2c963f66afa6/days/2024-02-29"
    );
    // A value the format cannot write is refused before anything is sent.
    match api.list_events(datetime!(-0001-01-01 0:00 UTC)).await {
        Err(Error::InvalidRequest(e)) => assert_eq!(e.field(), "since"),
        other => panic!("expected an invalid request, got {other:?}"),
    }
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

#[tokio::test]
async fn bodies_are_sent_and_read_in_their_formats() {
    let (event, text) = event();
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/events"))
        .respond_with(ResponseTemplate::new(423).set_body_raw(r#""2024-01-05T00:00:00Z""#, "application/json"))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(format!("/events/{ID}/days/2024-01-02")))
        .respond_with(ResponseTemplate::new(200).set_body_raw(r#"["2024-01-02","2024-01-03"]"#, "application/json"))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/upload"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let api = client(&server, Config::default());
    match api.create_event(&event).await {
        Err(Error::Api(fixture_formats::error::CreateEventError::Locked(locked))) => {
            assert_eq!(locked.body.as_deref(), Some(&datetime!(2024-01-05 0:00 UTC)));
        }
        other => panic!("expected the 423, got {other:?}"),
    }
    let days = api.event_days(ID, date!(2024 - 01 - 02)).await.unwrap();
    assert_eq!(days.into_body(), vec![date!(2024 - 01 - 02), date!(2024 - 01 - 03)]);
    let form = UploadRequest::default()
        .with_taken(datetime!(2024-01-02 03:04:05 UTC))
        .with_days(vec![date!(2024 - 01 - 02)]);
    api.upload().body(&form).await.unwrap();
    let requests = server.received_requests().await.unwrap();
    assert_eq!(String::from_utf8_lossy(&requests[0].body), text);
    let multipart = String::from_utf8_lossy(&requests[2].body).to_string();
    assert!(multipart.contains("name=\"taken\"\r\n\r\n2024-01-02T03:04:05Z\r\n"), "{multipart}");
    assert!(multipart.contains("name=\"days\"\r\n\r\n2024-01-02\r\n"), "{multipart}");
}

#[tokio::test]
async fn a_date_in_another_format_fails_strictly_and_is_dropped_leniently() {
    let (_, good) = event();
    let other_ends = good.replace(r#""ends":"2024-01-02T05:00:00Z""#, r#""ends":"tomorrow""#);
    let other_at = good.replace(r#""at":"2024-01-02T03:04:05.5+01:00""#, r#""at":"02/01/2024""#);
    let body = format!("[{good},{other_ends},{other_at}]");
    let answer = ResponseTemplate::new(200).set_body_raw(body.into_bytes(), "application/json");
    let server = server(answer).await;
    let since = datetime!(2024-01-02 03:04:05 UTC);
    match client(&server, Config::default()).list_events(since).await {
        Err(Error::Decode(e)) => {
            assert_eq!(e.path(), Some("[1].ends"));
            assert!(e.message().contains("expected an RFC 3339 date-time"), "{}", e.message());
        }
        other => panic!("expected a decode error, got {other:?}"),
    }
    let lenient = Config::default().with_lenient_decoding(true);
    let events = client(&server, lenient).list_events(since).await.unwrap();
    let dropped: Vec<(&str, &str)> = events
        .mismatches()
        .iter()
        .map(|m| (m.path.as_str(), m.found.as_str()))
        .collect();
    assert_eq!(
        dropped,
        [("[1].ends", "\"tomorrow\""), ("[2].at", "\"02/01/2024\""), ("[2]", dropped[2].1)]
    );
    let events = events.into_body();
    assert_eq!(events.len(), 2, "the event without its required date-time goes");
    assert_eq!(events[0], self::event().0);
    assert_eq!(events[1].ends, None);
    assert_eq!(events[1].at, events[0].at);
}

#[tokio::test]
async fn the_mock_serves_and_reads_values_in_their_formats() {
    use fixture_formats::error::CreateEventError;
    use fixture_formats::mock::{CreateEvent, EventDays, MockServer, Reply};
    let server = MockServer::start().await;
    server
        .on::<EventDays>()
        .respond_with(Reply::ok(vec![date!(2024 - 01 - 02)]))
        .await;
    server
        .on::<CreateEvent>()
        .respond_with(CreateEvent::locked(&datetime!(2024-01-05 0:00 UTC)))
        .await;
    let api = server.client_builder().build().unwrap();
    let days = api.event_days(ID, date!(2024 - 01 - 02)).await.unwrap();
    assert_eq!(days.into_body(), vec![date!(2024 - 01 - 02)]);
    let (event, _) = event();
    match api.create_event(&event).await {
        Err(Error::Api(CreateEventError::Locked(locked))) => {
            assert_eq!(locked.body.as_deref(), Some(&datetime!(2024-01-05 0:00 UTC)));
        }
        other => panic!("expected the 423, got {other:?}"),
    }
    let received = server.received::<CreateEvent>().await;
    assert_eq!(received[0].body.as_ref(), Ok(&event));
    let received = server.received::<EventDays>().await;
    assert_eq!(received[0].path_params["day"], "2024-01-02");
    assert!(server.rejections().is_empty(), "{:?}", server.rejections());
}
