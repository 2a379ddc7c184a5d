//! A stand-in for the API behind Prism's validating proxy, for responses Prism's mock cannot make.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use super::synth::Synth;
use generator::ir::{Api, Operation, Success};
use serde_json::Value;

/// What a stand-in for the API answers to one operation, where Prism's mock cannot (no
/// declared response, a `*/*` object, a schema its generators give up on): a harness puts
/// Prism's validating proxy in front of the stand-in, so Prism still judges both sides.
#[derive(Clone, Debug, PartialEq)]
pub struct StandInAnswer {
    /// The method, upper case.
    pub method: String,
    /// The path template as the spec writes it (`/pets/{id}`).
    pub path: String,
    /// The success status the client expects.
    pub status: u16,
    /// The body's media type; `None` for no body.
    pub content_type: Option<String>,
    /// The body: a value synthesized from the response's schema (its example first), JSON
    /// for a JSON response, the bare string for text.
    pub body: String,
}

/// One answer per operation whose success response can be made: no body where it has
/// none, else a value of its schema that the schema accepts. `spec` is the 3.0 form.
pub fn stand_in_answers(api: &Api, spec: &Value) -> Vec<StandInAnswer> {
    let synth = Synth {
        doc: spec,
        faults: std::cell::RefCell::new(Vec::new()),
    };
    api.operations
        .iter()
        .filter_map(|op| {
            let (content_type, body) = match &op.success {
                Success::Empty => (None, String::new()),
                success => {
                    let (media_type, schema) = success_media(&synth, op)?;
                    // Every property where the schema allows it, else the required ones
                    // (an optional property the spec makes impossible is left out).
                    let value = [true, false].into_iter().find_map(|all| {
                        let value = synth.value(schema, all, 0).ok()?;
                        synth
                            .violation(schema, &value, 0, "")
                            .is_none()
                            .then_some(value)
                    })?;
                    // A wildcard (`*/*`) is answered as JSON unless the value is text.
                    let wildcard = media_type.contains('*');
                    let json = matches!(success, Success::Json(_))
                        || media_type.contains("json")
                        || (wildcard && !value.is_string());
                    let media = match (wildcard, json) {
                        (true, true) => "application/json",
                        (true, false) => "text/plain",
                        (false, _) => media_type,
                    };
                    let body = match value.as_str() {
                        Some(text) if !json => text.to_string(),
                        _ => value.to_string(),
                    };
                    (Some(media.to_string()), body)
                }
            };
            Some(StandInAnswer {
                method: op.method.as_str().to_string(),
                path: op.path.clone(),
                status: op.success_status,
                content_type,
                body,
            })
        })
        .collect()
}

/// The media type and schema of an operation's success response: the one it asks for
/// with `Accept`, else a JSON one, else `*/*`.
pub(crate) fn success_media<'s>(synth: &'s Synth, op: &Operation) -> Option<(&'s str, &'s Value)> {
    let responses = synth.pointer(&op.pointer)?.get("responses")?;
    let code = op.success_status.to_string();
    let response = [code.as_str(), "2XX", "2xx", "default"]
        .into_iter()
        .find_map(|k| responses.get(k))?;
    let content = synth.resolve(response).get("content")?.as_object()?;
    let (media_type, media) = op
        .accept
        .as_deref()
        .and_then(|a| content.get_key_value(a))
        .or_else(|| content.iter().find(|(k, _)| k.contains("json")))
        .or_else(|| content.get_key_value("*/*"))
        .or_else(|| content.iter().next())?;
    Some((media_type.as_str(), media.get("schema")?))
}

/// What the stand-in answers, per operation, for the spec being checked.
pub(crate) static STAND_IN_ANSWERS: Mutex<Vec<StandInAnswer>> = Mutex::new(Vec::new());

pub(crate) fn set_stand_in_answers(answers: Vec<StandInAnswer>) {
    match STAND_IN_ANSWERS.lock() {
        Ok(mut held) => *held = answers,
        Err(poisoned) => *poisoned.into_inner() = answers,
    }
}

/// The URL of a stand-in for the API behind Prism's proxy, started once per run. It
/// answers each request as `set_stand_in_answers` last said for the operation whose method
/// and path template match it (the template with the most fixed segments first), and a
/// request it has no answer for with 501 Not Implemented, which no client takes as success.
pub(crate) fn stand_in() -> Result<String, String> {
    static URL: OnceLock<Result<String, String>> = OnceLock::new();
    URL.get_or_init(|| {
        let listener = TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
        let port = listener.local_addr().map_err(|e| e.to_string())?.port();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                std::thread::spawn(move || answer(stream));
            }
        });
        Ok(format!("http://127.0.0.1:{port}"))
    })
    .clone()
}

/// The answer for a request line's method and path (query left off).
pub(crate) fn route(method: &str, target: &str) -> Option<StandInAnswer> {
    let path = target.split('?').next().unwrap_or("");
    let segments: Vec<String> = path.split('/').map(percent_decoded).collect();
    let answers = STAND_IN_ANSWERS.lock().ok()?;
    answers
        .iter()
        .filter(|a| a.method.eq_ignore_ascii_case(method))
        .filter_map(|a| {
            // A template may carry a fragment to tell operations apart (`/cookies#form`),
            // which the client sends percent-encoded, as part of the path.
            let template: Vec<&str> = a.path.split('/').collect();
            if template.len() != segments.len() {
                return None;
            }
            let mut fixed = 0;
            for (t, s) in template.iter().zip(&segments) {
                if t.contains('{') {
                    if s.is_empty() {
                        return None;
                    }
                } else if *t == s.as_str() {
                    fixed += 1;
                } else {
                    return None;
                }
            }
            Some((fixed, a))
        })
        .max_by_key(|(fixed, _)| *fixed)
        .map(|(_, a)| a.clone())
}

/// A path segment with its `%XX` escapes decoded.
pub(crate) fn percent_decoded(segment: &str) -> String {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (byte, hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Reads one request (its head, then a `Content-Length` or chunked body, so that closing
/// does not reset a connection with unread bytes), answers it, and closes the connection.
pub(crate) fn answer(mut stream: TcpStream) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
    let mut seen = Vec::new();
    let mut buf = [0u8; 8192];
    let complete = |seen: &[u8]| -> bool {
        let Some(end) = seen.windows(4).position(|w| w == b"\r\n\r\n") else {
            return false;
        };
        let head = String::from_utf8_lossy(&seen[..end]).to_ascii_lowercase();
        let body = &seen[end + 4..];
        if head.contains("transfer-encoding: chunked") {
            return body.ends_with(b"0\r\n\r\n");
        }
        let length = head
            .lines()
            .find_map(|l| l.strip_prefix("content-length:"))
            .and_then(|n| n.trim().parse::<usize>().ok())
            .unwrap_or(0);
        body.len() >= length
    };
    while !complete(&seen) {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => seen.extend_from_slice(&buf[..n]),
        }
    }
    let head = String::from_utf8_lossy(&seen);
    let mut line = head.lines().next().unwrap_or("").split_whitespace();
    let (method, target) = (line.next().unwrap_or(""), line.next().unwrap_or(""));
    let response = match route(method, target) {
        Some(a) => {
            let media = a
                .content_type
                .map(|m| format!("Content-Type: {m}\r\n"))
                .unwrap_or_default();
            format!(
                "HTTP/1.1 {} Stand-in\r\n{media}Content-Length: {}\r\nConnection: close\r\n\r\n{}",
                a.status,
                a.body.len(),
                a.body
            )
        }
        None => {
            let why = "the stand-in has no answer for this operation";
            format!(
                "HTTP/1.1 501 Not Implemented\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{why}",
                why.len()
            )
        }
    };
    let _ = stream.write_all(response.as_bytes());
}
