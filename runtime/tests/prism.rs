//! Contract test of the multipart encoding: a form with a file part, sent the way generated
//! code sends it, is accepted by Prism (a third-party mock server that validates requests)
//! serving `tests/fixtures/upload.yaml`; a form without its required file part is refused.
//! `.ci/run` installs and starts Prism and runs this with `--ignored`, with
//! `PRISM_UPLOAD_URL` pointing at the server.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use client_runtime::{ClientBuilder, Method, Multipart, Operation, Upload};
use serde_json::json;

static UPLOAD_AUDIO: Operation = Operation {
    id: "uploadAudio",
    method: Method::POST,
    path: "/audio",
    security: &[],
};

fn client() -> client_runtime::Client {
    let url = std::env::var("PRISM_UPLOAD_URL")
        .expect("PRISM_UPLOAD_URL names the Prism mock server, e.g. http://127.0.0.1:4011");
    ClientBuilder::new(None).base_url(url).build().unwrap()
}

#[tokio::test]
#[ignore = "needs a Prism mock server: .ci/run starts one and runs this with --ignored"]
async fn a_multipart_form_with_a_file_part_passes_prism_validation() {
    let client = client();
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
