//! Requests as generated code builds them, checked on a local HTTP server: parameters in
//! every style, headers, cookies and each kind of body.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use client_runtime::{
    path_value, simple_value, to_json, Client, ManualClock, Method, Multipart, Operation,
    SendError, Style, Upload,
};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

static SEARCH: Operation = Operation {
    id: "search",
    method: Method::GET,
    path: "/search",
    security: &[],
};

static UPLOAD: Operation = Operation {
    id: "upload",
    method: Method::POST,
    path: "/upload",
    security: &[],
};

async fn server() -> (MockServer, Client) {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let client = common::builder(&server, &ManualClock::new())
        .build()
        .unwrap();
    (server, client)
}

fn pairs(request: &wiremock::Request) -> Vec<(String, String)> {
    request
        .url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

fn owned(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[tokio::test]
async fn query_styles_arrive_as_specified() {
    let (server, client) = server().await;
    let mut req = client.request(&SEARCH, &["search"]);
    req.query("plain", "a b&c");
    req.query_value("exploded", &to_json(&["x", "y"]), Style::Form, true);
    req.query_value("joined", &to_json(&["x", "y"]), Style::Form, false);
    req.query_value("spaced", &json!(["x", "y"]), Style::SpaceDelimited, false);
    req.query_value("piped", &json!(["x", "y"]), Style::PipeDelimited, false);
    req.query_value("obj", &json!({"a": 1, "b": "two"}), Style::Form, true);
    req.query_value(
        "deep",
        &json!({"f": {"min": 1}, "tag": "t"}),
        Style::DeepObject,
        true,
    );
    let response = client.send(req).await.unwrap();
    assert_eq!(response.status(), 200);

    let received = common::received(&server).await;
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].url.path(), "/search");
    assert_eq!(
        pairs(&received[0]),
        owned(&[
            ("plain", "a b&c"),
            ("exploded", "x"),
            ("exploded", "y"),
            ("joined", "x,y"),
            ("spaced", "x y"),
            ("piped", "x|y"),
            ("a", "1"),
            ("b", "two"),
            ("deep[f][min]", "1"),
            ("deep[tag]", "t"),
        ])
    );
}

#[tokio::test]
async fn path_segments_are_encoded_one_each() {
    let (server, client) = server().await;
    let id = simple_value(&json!(["a", "b"]), false);
    let label = path_value("l", &json!("v"), Style::Label, false);
    let req = client.request(&SEARCH, &["items", "a/b c", &id, &label]);
    client.send(req).await.unwrap();
    let received = common::received(&server).await;
    assert_eq!(received[0].url.path(), "/items/a%2Fb%20c/a,b/.v");
}

#[tokio::test]
async fn header_and_cookie_params() {
    let (server, client) = server().await;
    let mut req = client.request(&SEARCH, &["search"]);
    req.header("X-Request-Id", "req-1").unwrap();
    req.cookie("session", "s1");
    req.cookie("theme", "dark");
    assert!(req.header("X-Bad", "line\nbreak").is_err());
    client.send(req).await.unwrap();
    let received = common::received(&server).await;
    let headers = &received[0].headers;
    assert_eq!(headers.get("x-request-id").unwrap(), "req-1");
    assert_eq!(headers.get("cookie").unwrap(), "session=s1; theme=dark");
}

#[tokio::test]
async fn a_spec_s_accept_parameter_replaces_the_default() {
    let (server, client) = server().await;
    let mut req = client.request(&SEARCH, &["search"]);
    // The generated code sets its default first, then the parameter the spec declares.
    req.header("accept", "application/json").unwrap();
    req.header("Accept", "text/event-stream").unwrap();
    client.send(req).await.unwrap();
    let received = common::received(&server).await;
    let accept: Vec<_> = received[0].headers.get_all("accept").iter().collect();
    assert_eq!(accept, ["text/event-stream"]);
}

#[tokio::test]
async fn json_body() {
    let (server, client) = server().await;
    let mut req = client.request(&UPLOAD, &["upload"]);
    req.json("application/json", &json!({"name": "x", "n": 2}))
        .unwrap();
    client.send(req).await.unwrap();
    let received = common::received(&server).await;
    assert_eq!(
        received[0].headers.get("content-type").unwrap(),
        "application/json"
    );
    let body: serde_json::Value = serde_json::from_slice(&received[0].body).unwrap();
    assert_eq!(body, json!({"name": "x", "n": 2}));
}

#[tokio::test]
async fn form_body() {
    let (server, client) = server().await;
    let mut req = client.request(&UPLOAD, &["upload"]);
    req.form(
        "application/x-www-form-urlencoded",
        &[("grant", "a b"), ("n", "2")],
        &[],
    )
    .unwrap();
    client.send(req).await.unwrap();
    let received = common::received(&server).await;
    assert_eq!(
        received[0].headers.get("content-type").unwrap(),
        "application/x-www-form-urlencoded"
    );
    assert_eq!(received[0].body, b"grant=a+b&n=2");
}

/// Nested objects and maps in a form body, with the styles the spec's `encoding` gives:
/// bracket notation for `deepObject`, repeated keys for exploded arrays, one comma list
/// for unexploded ones.
#[tokio::test]
async fn form_body_with_nested_values_follows_each_property_encoding() {
    let (server, client) = server().await;
    let mut req = client.request(&UPLOAD, &["upload"]);
    let body = json!({
        "amount": 6735,
        "address": {"city": "Oslo", "geo": {"lat": "59.9"}},
        "metadata": {"order_id": "6735"},
        "tags": ["a b", "c"],
        "ids": [1, 2],
        "note": null,
    });
    req.form(
        "application/x-www-form-urlencoded",
        &body,
        &[
            ("address", Style::DeepObject, true),
            ("metadata", Style::DeepObject, true),
            ("ids", Style::Form, false),
        ],
    )
    .unwrap();
    client.send(req).await.unwrap();
    let received = common::received(&server).await;
    let text = String::from_utf8(received[0].body.clone()).unwrap();
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(&text).unwrap();
    let pairs: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    for expected in [
        ("amount", "6735"),
        ("address[city]", "Oslo"),
        ("address[geo][lat]", "59.9"),
        ("metadata[order_id]", "6735"),
        ("tags", "a b"),
        ("tags", "c"),
        ("ids", "1,2"),
    ] {
        assert!(pairs.contains(&expected), "{expected:?} not in {text}");
    }
    assert_eq!(pairs.len(), 7, "{text}");
    assert!(text.contains("address%5Bcity%5D=Oslo"), "{text}");
}

#[tokio::test]
async fn bytes_body() {
    let (server, client) = server().await;
    let mut req = client.request(&UPLOAD, &["upload"]);
    req.bytes("application/octet-stream", vec![0u8, 1, 2]);
    client.send(req).await.unwrap();
    let received = common::received(&server).await;
    assert_eq!(received[0].body, vec![0u8, 1, 2]);
}

#[tokio::test]
async fn the_body_s_content_type_replaces_a_content_type_parameter() {
    let (server, client) = server().await;
    let mut req = client.request(&UPLOAD, &["upload"]);
    // A spec that declares Content-Type as a header parameter, which OpenAPI says to
    // ignore: the body's media type is the one sent, once.
    req.header("Content-Type", "contract").unwrap();
    req.bytes("application/octet-stream", vec![0u8, 1, 2]);
    client.send(req).await.unwrap();
    let received = common::received(&server).await;
    let types: Vec<_> = received[0].headers.get_all("content-type").iter().collect();
    assert_eq!(types, ["application/octet-stream"]);
    assert_eq!(received[0].body, vec![0u8, 1, 2]);
}

#[tokio::test]
async fn a_media_type_that_is_no_header_value_is_refused_before_sending() {
    let (server, client) = server().await;
    let mut req = client.request(&UPLOAD, &["upload"]);
    req.bytes("text/plain\nX-Injected: 1", vec![0u8]);
    let err = client.send(req).await.unwrap_err();
    assert!(
        matches!(&err, SendError::InvalidRequest(e) if e.to_string().contains("Content-Type")),
        "{err:?}"
    );
    assert!(common::received(&server).await.is_empty());
}

#[tokio::test]
async fn multipart_parts_carry_names_and_types() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/upload"))
        .respond_with(ResponseTemplate::new(201))
        .expect(1)
        .mount(&server)
        .await;
    let client = common::builder(&server, &ManualClock::new())
        .build()
        .unwrap();
    let voice = Upload::new(b"ID3-mp3-bytes".to_vec())
        .with_file_name("voice.mp3")
        .with_content_type("audio/mpeg");
    let raw = Upload::from(b"raw-bytes".to_vec());
    let form = Multipart::new()
        .text("title", "hello".to_string())
        .json("meta", &json!({"lang": "en"}))
        .unwrap()
        .file("audio", &voice, "application/octet-stream")
        .file("attachment", &raw, "application/octet-stream");
    let mut req = client.request(&UPLOAD, &["upload"]);
    req.multipart(form);
    let response = client.send(req).await.unwrap();
    assert_eq!(response.status(), 201);

    let received = common::received(&server).await;
    let content_type = received[0].headers.get("content-type").unwrap();
    assert!(content_type
        .to_str()
        .unwrap()
        .starts_with("multipart/form-data; boundary="));
    let body = String::from_utf8_lossy(&received[0].body).replace("\r\n", "\n");
    assert!(
        body.contains("Content-Disposition: form-data; name=\"title\"\n\nhello"),
        "{body}"
    );
    assert!(
        body.contains(
            "Content-Disposition: form-data; name=\"meta\"\nContent-Type: application/json\n\n{\"lang\":\"en\"}"
        ),
        "{body}"
    );
    assert!(body.contains("filename=\"voice.mp3\""), "{body}");
    assert!(
        body.contains(
            "name=\"audio\"; filename=\"voice.mp3\"\nContent-Type: audio/mpeg\n\nID3-mp3-bytes"
        ),
        "{body}"
    );
    assert!(
        body.contains("name=\"attachment\"; filename=\"attachment\"\nContent-Type: application/octet-stream\n\nraw-bytes"),
        "{body}"
    );
}

#[tokio::test]
async fn spec_content_type_is_the_file_part_default() {
    let (server, client) = server().await;
    let form = Multipart::new().file("image", &Upload::from(vec![1u8]), "image/png");
    let mut req = client.request(&UPLOAD, &["upload"]);
    req.multipart(form);
    client.send(req).await.unwrap();
    let received = common::received(&server).await;
    let body = String::from_utf8_lossy(&received[0].body).replace("\r\n", "\n");
    assert!(
        body.contains("filename=\"image\"\nContent-Type: image/png\n"),
        "{body}"
    );
}

#[tokio::test]
async fn invalid_upload_type_is_refused_before_sending() {
    let (server, client) = server().await;
    let upload = Upload::from(vec![1u8]).with_content_type("no type");
    let mut req = client.request(&UPLOAD, &["upload"]);
    req.multipart(Multipart::new().file("f", &upload, "application/octet-stream"));
    let err = client.send(req).await.unwrap_err();
    assert!(matches!(err, client_runtime::SendError::InvalidRequest(_)));
    assert!(common::received(&server).await.is_empty());
}
