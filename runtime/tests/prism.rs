//! Contract tests of the multipart and form encodings: a form with a file part, and a
//! form body with a nested object and a map in `deepObject` style, sent the way generated
//! code sends them, are accepted by Prism (a third-party mock server that validates
//! requests) serving `tests/fixtures/upload.yaml`; broken ones are refused.
//!
//! The tests run against the server `PRISM_UPLOAD_URL` names. `.ci/run` installs and
//! starts Prism before the workspace's tests and sets it, with `REQUIRE_PRISM=1`, under
//! which a missing URL fails the tests. Without either, as in a plain
//! `cargo test --workspace`, each test prints one `skipped:` line and returns.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use client_runtime::{ClientBuilder, Method, Multipart, Operation, Style, Upload};
use serde_json::json;
use std::io::Write;

static UPLOAD_AUDIO: Operation = Operation {
    id: "uploadAudio",
    method: Method::POST,
    path: "/audio",
    security: &[],
};

static CREATE_CHECKOUT: Operation = Operation {
    id: "createCheckout",
    method: Method::POST,
    path: "/checkout",
    security: &[],
};

/// A client of the Prism server that `PRISM_UPLOAD_URL` names (e.g.
/// `http://127.0.0.1:4011`), or `None` when it is not set, after saying on stderr that
/// `test` is skipped; under `REQUIRE_PRISM=1` its absence fails the test instead.
fn client(test: &str) -> Option<client_runtime::Client> {
    match std::env::var("PRISM_UPLOAD_URL") {
        Ok(url) if !url.is_empty() => Some(ClientBuilder::new(None).base_url(url).build().unwrap()),
        _ if std::env::var("REQUIRE_PRISM").is_ok_and(|v| v == "1") => panic!(
            "REQUIRE_PRISM=1 but PRISM_UPLOAD_URL is not set: start Prism on \
             runtime/tests/fixtures/upload.yaml and set it to the server's URL, as .ci/run does"
        ),
        _ => {
            // Straight to stderr, not `eprintln!`, which the test harness captures and
            // shows only for failing tests: the skip must show in a passing run.
            let line = format!(
                "skipped {test}: PRISM_UPLOAD_URL is not set; .ci/run starts Prism and sets it\n"
            );
            let _ = std::io::stderr().write_all(line.as_bytes());
            None
        }
    }
}

#[tokio::test]
async fn a_multipart_form_with_a_file_part_passes_prism_validation() {
    let Some(client) = client("a_multipart_form_with_a_file_part_passes_prism_validation") else {
        return;
    };
    let audio = Upload::new(b"ID3\x03\x00fake-mp3-frames".to_vec()).with_file_name("voice.mp3");
    let form = Multipart::new()
        // The spec's `encoding.file.contentType` is the default for the file part.
        .file("file", &audio, "audio/mpeg")
        .text("model", "whisper-1".to_string());
    let mut request = client.request(&UPLOAD_AUDIO, &["audio"]);
    request.multipart(form);
    let response = client.send(request).await.expect("Prism answers");
    assert_eq!(
        response.status(),
        200,
        "Prism refused the request: {}",
        response.text()
    );
    let body: serde_json::Value = response.json().unwrap();
    assert_eq!(body, json!({"text": "hello"}));

    // Negative control: the same form without its required file part is refused, so the
    // acceptance above means Prism did read the parts.
    let form = Multipart::new().text("model", "whisper-1".to_string());
    let mut request = client.request(&UPLOAD_AUDIO, &["audio"]);
    request.multipart(form);
    let response = client.send(request).await.expect("Prism answers");
    assert_eq!(response.status(), 422, "{}", response.text());
}

#[tokio::test]
async fn a_form_body_with_a_nested_object_and_a_map_passes_prism_validation() {
    let Some(client) = client("a_form_body_with_a_nested_object_and_a_map_passes_prism_validation")
    else {
        return;
    };
    let body = json!({
        "amount": 6735,
        "address": {"city": "Oslo"},
        "metadata": {"order_id": "6735"},
    });
    // What generated code passes for the spec's `encoding` of this body.
    let styles = [
        ("address", Style::DeepObject, true),
        ("metadata", Style::DeepObject, true),
    ];
    let response = checkout(&client, &body, &styles).await;
    assert_eq!(response.status(), 200, "Prism refused: {}", response.text());
    assert_eq!(
        response.json::<serde_json::Value>().unwrap(),
        json!({"id": "cs_1"})
    );

    // Negative controls: the object without its required `city`, and the same body in
    // the default `form` style (flattened keys) are both refused, so the acceptance above
    // means Prism read `address[city]=Oslo&metadata[order_id]=6735` as nested values.
    let response = checkout(
        &client,
        &json!({"amount": 1, "address": {"line1": "x"}}),
        &styles,
    )
    .await;
    assert_eq!(response.status(), 422, "{}", response.text());
    let response = checkout(&client, &body, &[]).await;
    assert_eq!(response.status(), 422, "{}", response.text());
}

async fn checkout(
    client: &client_runtime::Client,
    body: &serde_json::Value,
    styles: &[(&str, Style, bool)],
) -> client_runtime::ResponseContent {
    let mut request = client.request(&CREATE_CHECKOUT, &["checkout"]);
    request
        .form("application/x-www-form-urlencoded", body, styles)
        .unwrap();
    client.send(request).await.expect("Prism answers")
}
