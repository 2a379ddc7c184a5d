//! Tests of the run's verdicts.

use super::prism::attach_validation;
use super::stand_in::{StandInAnswer, route, set_stand_in_answers, stand_in};
use super::verdicts::{
    EXAMPLE_FAULT, GENERATOR_FAULT, RETRY, RETRY_PASSES, merge_retry, prism_cannot_answer,
    prism_limitation, proxy_verdict, spec_fault, validated_before_prism_failed,
};
use super::{OpRow, op_rows, text_of};
use serde_json::json;

// Prism 5's log of a rejected request, then of one that passed and whose response it
// could not write (as `prism mock` prints them to a file).
const LOG: &str = "\
[6:27:26 PM] › [CLI] ▶  start     Prism is listening on http://127.0.0.1:4055
[6:27:37 PM] › [HTTP SERVER] delete /v1/ha/tags ℹ  info      Request received
[6:27:37 PM] ›     [NEGOTIATOR] ℹ  info      Request contains an accept header: */*
[6:27:37 PM] ›     [VALIDATOR] ⚠  warning   Request did not pass the validation rules
[6:27:37 PM] ›     [VALIDATOR] ✖  error     Request body property tags must be object
[6:27:37 PM] ›     [VALIDATOR] ✖  error     Violation: request.body Request body property tags must be object
[6:27:37 PM] › [HTTP SERVER] delete /v1/ha/tags ✖  error     Request terminated with error: https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY: Invalid request
[6:27:41 PM] › [HTTP SERVER] delete /v1/ha/tags ℹ  info      Request received
[6:27:41 PM] ›     [VALIDATOR] ✔  success   The request passed the validation rules. Looking for the best response
[6:27:41 PM] › [HTTP SERVER] delete /v1/ha/tags ✖  error     Request terminated with error: https://stoplight.io/prism/errors#NO_COMPLEX_OBJECT_TEXT: Cannot serialise complex objects as text
";

fn call(status: &str) -> serde_json::Value {
    json!({"method": "DELETE", "status": status, "reason": "500 NO_COMPLEX_OBJECT_TEXT"})
}

#[test]
fn prism_s_log_says_which_requests_passed_its_validation() {
    // The middle call sent nothing (its inputs did not decode), so the two log blocks
    // belong to the first and the last.
    let mut batch = vec![call("prism"), call("inputs"), call("prism")];
    attach_validation(&mut batch, LOG, false);
    assert_eq!(
        batch[0]["prism_validation"],
        "Request body property tags must be object"
    );
    assert!(batch[1].get("prism_validation").is_none());
    assert_eq!(batch[2]["prism_validation"], "passed");
    for c in &mut batch {
        validated_before_prism_failed(c);
    }
    assert_eq!(batch[0]["status"], "rejected");
    assert_eq!(batch[2]["status"], "prism");
    assert!(
        batch[2]["reason"]
            .as_str()
            .is_some_and(|r| r.ends_with("[Prism's log: the request passed its validation]"))
    );
}

// Prism 5 as a proxy (`prism proxy`, without `--errors`): it forwards a valid request
// and an invalid one alike, and names the invalid one's violations after the answer.
const PROXY_LOG: &str = "\
[12:12:10 PM] › [HTTP SERVER] post /anything/strings ℹ  info      Request received
[12:12:10 PM] ›     [PROXY] ℹ  info      > Forwarding \"post\" request to http://127.0.0.1:4999/anything/strings...
[12:12:10 PM] ›     [PROXY] ℹ  info      The upstream call to /anything/strings has returned 204
[12:12:10 PM] ›     [PROXY] ℹ  info      < Received forward response
[12:12:10 PM] ›     [VALIDATOR] ✖  error     Violation: response Unable to match the returned status code with those defined in the document: 
[12:12:10 PM] › [HTTP SERVER] post /anything/strings ℹ  info      Request received
[12:12:10 PM] ›     [PROXY] ℹ  info      > Forwarding \"post\" request to http://127.0.0.1:4999/anything/strings...
[12:12:10 PM] ›     [PROXY] ℹ  info      The upstream call to /anything/strings has returned 204
[12:12:10 PM] ›     [PROXY] ℹ  info      < Received forward response
[12:12:10 PM] ›     [VALIDATOR] ✖  error     Violation: request.body Request body must be string
[12:12:10 PM] ›     [VALIDATOR] ✖  error     Violation: response Unable to match the returned status code with those defined in the document: 
";

#[test]
fn through_the_proxy_a_forwarded_request_passes_unless_a_request_violation_follows() {
    let mut batch = vec![call("ok"), call("ok"), call("ok")];
    for c in &mut batch {
        c["method"] = "POST".into();
        c["no_responses"] = true.into();
    }
    // The third call sent nothing Prism logged: the counts disagree, nothing is marked.
    attach_validation(&mut batch, PROXY_LOG, false);
    assert!(batch.iter().all(|c| c.get("prism_validation").is_none()));
    batch.pop();
    attach_validation(&mut batch, PROXY_LOG, false);
    assert_eq!(batch[0]["prism_validation"], "passed");
    assert_eq!(
        batch[1]["prism_validation"],
        "request.body Request body must be string"
    );
    // Each answer's status matched no declared response: the spec declares none.
    assert!(text_of(&batch[0], "prism_response").starts_with("response Unable to match"));
    let mut declared = batch[0].clone();
    declared["no_responses"] = false.into();
    for c in batch.iter_mut().chain([&mut declared]) {
        proxy_verdict(c);
    }
    assert_eq!(batch[0]["status"], "ok");
    assert_eq!(batch[1]["status"], "rejected");
    // Where the spec declares responses, an answer that breaks them proves nothing.
    assert_eq!(declared["status"], "stand-in");
    // Without a verdict in the log, a decoded 204 proves nothing about the request.
    let mut unknown = call("ok");
    proxy_verdict(&mut unknown);
    assert_eq!(unknown["status"], "prism");
    // A call that already failed keeps its own verdict.
    let mut failed = call("decode");
    failed["prism_validation"] = "passed".into();
    proxy_verdict(&mut failed);
    assert_eq!(failed["status"], "decode");
}

#[test]
fn the_stand_in_reads_the_whole_request_before_it_answers() {
    use std::io::{Read, Write};
    let url = stand_in();
    assert!(url.is_ok(), "the stand-in did not start: {url:?}");
    let url = url.unwrap_or_default();
    let address = url.trim_start_matches("http://");
    for request in [
        "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello".to_string(),
        "PUT /b HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n".into(),
        "GET /c HTTP/1.1\r\nHost: x\r\n\r\n".into(),
    ] {
        let stream = std::net::TcpStream::connect(address);
        assert!(stream.is_ok(), "cannot connect to the stand-in: {stream:?}");
        let Ok(mut stream) = stream else { return };
        // Sent in two writes, so that the stand-in must wait for the rest.
        let (head, rest) = request.split_at(request.len() / 2);
        assert!(stream.write_all(head.as_bytes()).is_ok());
        assert!(stream.write_all(rest.as_bytes()).is_ok());
        let mut answer = String::new();
        assert!(stream.read_to_string(&mut answer).is_ok());
        assert!(
            answer.starts_with("HTTP/1.1 501 Not Implemented\r\n"),
            "{request:?} got {answer:?}"
        );
    }
}

#[test]
fn the_stand_in_answers_the_operation_whose_template_fits_best() {
    let answer = |method: &str, path: &str, body: &str| StandInAnswer {
        method: method.into(),
        path: path.into(),
        status: 200,
        content_type: Some("application/json".into()),
        body: body.into(),
    };
    set_stand_in_answers(vec![
        answer("GET", "/zoo/{id}", "1"),
        answer("GET", "/zoo/mine", "2"),
        answer("DELETE", "/zoo/{id}", "3"),
        answer("GET", "/zoo/{id}/keepers", "4"),
        answer("GET", "/cage#small", "5"),
    ]);
    let body = |m: &str, t: &str| route(m, t).map(|a| a.body);
    assert_eq!(body("GET", "/zoo/7?x=1"), Some("1".into()));
    assert_eq!(body("GET", "/zoo/mine"), Some("2".into()));
    assert_eq!(body("delete", "/zoo/7"), Some("3".into()));
    assert_eq!(body("GET", "/zoo/7/keepers"), Some("4".into()));
    assert_eq!(body("GET", "/cage%23small"), Some("5".into()));
    assert_eq!(body("GET", "/cage"), None);
    assert_eq!(body("GET", "/zoo/"), None);
    assert_eq!(body("POST", "/zoo/7"), None);
}

#[test]
fn a_request_prism_crashed_on_has_no_verdict() {
    let log = "[1:00:00 PM] › [HTTP SERVER] get /items ℹ  info      Request received\n\
               [1:00:00 PM] ›     [VALIDATOR] ✔  success   The request passed the validation rules.\n\
               [1:00:01 PM] › [HTTP SERVER] get /items ℹ  info      Request received\n\
               TypeError: value.split is not a function\n";
    // A call without inputs, one that passed, the crash, and calls that found no server.
    let mut batch = vec![
        json!({"method": "GET", "status": "spec"}),
        json!({"method": "GET", "status": "ok"}),
        json!({"method": "GET", "status": "transport"}),
        json!({"method": "GET", "status": "transport"}),
        json!({"method": "POST", "status": "transport"}),
    ];
    attach_validation(&mut batch, log, true);
    assert_eq!(batch[1]["prism_validation"], "passed");
    assert!(
        batch
            .iter()
            .filter(|c| c.get("prism_validation").is_some())
            .count()
            == 1
    );
}

#[test]
fn without_a_crash_a_transport_failure_reached_prism() {
    // A response the client could not read, from a server that is still up.
    let mut batch = vec![call("transport"), call("prism")];
    attach_validation(&mut batch, LOG, false);
    assert_eq!(batch[1]["prism_validation"], "passed");
}

#[test]
fn a_rejection_already_judged_a_prism_limitation_stays_one() {
    let mut c = json!({"status": "prism", "prism_validation": "Reserved characters used",
                       "reason": "422 UNPROCESSABLE_ENTITY: Invalid request (a Prism limitation)"});
    validated_before_prism_failed(&mut c);
    assert_eq!(c["status"], "prism");
}

#[test]
fn a_log_that_does_not_line_up_marks_nothing() {
    let mut batch = vec![call("prism")];
    attach_validation(&mut batch, LOG, false);
    assert!(batch[0].get("prism_validation").is_none());
    let mut batch = vec![call("prism"), json!({"method": "GET", "status": "ok"})];
    attach_validation(&mut batch, LOG, false);
    assert!(batch[0].get("prism_validation").is_none());
}

#[test]
fn a_response_prism_s_static_generator_gives_up_on_goes_to_the_dynamic_pass() {
    let spec = json!({"paths": {"/a": {"get": {"responses": {"200": {}}}}}});
    let mut call =
        json!({"status": "rejected", "reason": "500 SCHEMA_TOO_COMPLEX: Schema too complex "});
    prism_cannot_answer(&mut call, &spec, "#/paths/~1a/get");
    assert_eq!(call["status"], "prism");
    assert_eq!(call[RETRY], GENERATOR_FAULT);
    let mut call = json!({"status": "rejected", "reason": "400: missing"});
    prism_cannot_answer(&mut call, &spec, "#/paths/~1a/get");
    assert!(call.get(RETRY).is_none());
}

#[test]
fn a_response_example_that_breaks_its_schema_sends_the_call_again() {
    let note = "the spec's 200 response example does not match its own schema (#/paths/~1a/get)";
    let mut decode = json!({"status": "decode", "reason": "bad", "spec_notes": note});
    spec_fault(&mut decode);
    assert_eq!(decode["status"], "spec");
    assert_eq!(decode[RETRY], EXAMPLE_FAULT);
    // A refusal the spec explains is not a response to try again, nor a response the
    // spec explains otherwise.
    let mut rejected = json!({"status": "rejected", "reason": "400", "spec_notes": note});
    spec_fault(&mut rejected);
    assert!(rejected.get(RETRY).is_none());
    let two = "every security alternative of the spec needs two schemes";
    let mut other = json!({"status": "decode", "reason": "bad", "spec_notes": two});
    spec_fault(&mut other);
    assert!(other.get(RETRY).is_none());
}

#[test]
fn each_retry_pass_decides_only_the_calls_it_reached_and_leaves_the_rest_to_the_next() {
    let fault = |i: u64| json!({"index": i, "status": "spec", "reason": "bad example", RETRY: EXAMPLE_FAULT});
    let mut calls = [
        fault(0),
        fault(1),
        fault(2),
        json!({"index": 3, "status": "rejected", "reason": "400"}),
        json!({"status": "spec", "reason": "no index", RETRY: EXAMPLE_FAULT}),
        json!({"index": 5, "status": "prism", "reason": "too complex", RETRY: GENERATOR_FAULT}),
    ];
    let batch = [
        json!({"index": 0, "status": "ok"}),
        json!({"index": 1, "status": "decode", "reason": "still bad"}),
        json!({"index": 3, "status": "ok"}),
        json!({"status": "ok"}),
    ];
    merge_retry(&mut calls, &batch, &RETRY_PASSES[0]);
    assert_eq!(calls[0]["status"], "ok");
    assert!(
        calls[0]["note"]
            .as_str()
            .is_some_and(|n| n.starts_with("bad example; "))
    );
    assert_eq!(calls[1]["status"], "spec");
    assert!(
        calls[1]["reason"]
            .as_str()
            .is_some_and(|r| r.contains("decode: still bad"))
    );
    assert_eq!(calls[2]["status"], "spec");
    assert!(
        calls[2]["reason"]
            .as_str()
            .is_some_and(|r| r.contains("did not reach it"))
    );
    // Only calls the first pass sent again are decided by the second.
    assert_eq!(calls[3]["status"], "rejected");
    assert_eq!(calls[4]["status"], "spec");
    // A response Prism's static generator could not make is not the second pass's.
    assert!(!RETRY_PASSES[0].takes(&calls[5]) && RETRY_PASSES[1].takes(&calls[5]));
    assert_eq!(calls[5]["reason"], "too complex");

    // The next pass takes what is still failing: call 1 passes there, with the first
    // pass's verdict as its note; call 2 fails again, and its reason tells both.
    let batch = [
        json!({"index": 0, "status": "decode", "reason": "not sent again"}),
        json!({"index": 1, "status": "ok"}),
        json!({"index": 2, "status": "decode", "reason": "random data off"}),
        json!({"index": 5, "status": "ok"}),
    ];
    merge_retry(&mut calls, &batch, &RETRY_PASSES[1]);
    assert_eq!(calls[5]["status"], "ok");
    assert!(
        calls[5]["note"]
            .as_str()
            .is_some_and(|n| n.starts_with("too complex; "))
    );
    assert_eq!(calls[0]["status"], "ok");
    assert!(
        calls[0]["note"]
            .as_str()
            .is_some_and(|n| n.contains("--ignoreExamples"))
    );
    assert_eq!(calls[1]["status"], "ok");
    assert!(
        calls[1]["note"]
            .as_str()
            .is_some_and(|n| n.starts_with("bad example; against Prism generating every value"))
    );
    assert_eq!(calls[2]["status"], "spec");
    assert!(calls[2]["reason"].as_str().is_some_and(|r| {
        r.starts_with("bad example (the pass against Prism answering")
            && r.contains("--dynamic, seeded): decode: random data off")
    }));
}

#[test]
fn an_operation_passes_when_both_modes_do_and_keeps_a_pass_s_note() {
    let row = |op: &str, status: &str, reason: String| OpRow {
        spec: "s".into(),
        operation: op.into(),
        status: status.into(),
        reason,
    };
    let calls = [
        json!({"operation": "a", "mode": "required", "status": "ok"}),
        json!({"operation": "a", "mode": "all", "status": "ok", "note": "example unused"}),
        json!({"operation": "b", "mode": "required", "status": "ok", "note": "n"}),
        json!({"operation": "b", "mode": "all", "status": "rejected", "reason": "400"}),
    ];
    let rows = op_rows(&calls, &row);
    let got: Vec<(&str, &str, &str)> = rows
        .iter()
        .map(|r| (r.operation.as_str(), r.status.as_str(), r.reason.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("a", "ok", "all inputs: example unused"),
            ("b", "rejected", "all inputs: 400")
        ]
    );
}

#[test]
fn a_required_content_type_parameter_prism_enforces_is_its_limitation() {
    // just-eat, required inputs (no body): OpenAPI says to ignore the parameter.
    let refusal = r#"422: [{"location":["request","header"],"severity":"Error","code":"required","message":"Request header must have required property 'content-type'"}]"#;
    let mut call = json!({"status": "rejected", "body": "application/json", "reason": refusal});
    prism_limitation(&mut call);
    assert_eq!(call["status"], "prism");
    // With another complaint beside it, the refusal stands.
    let both = r#"400: [{"location":["request","header"],"message":"Request header must have required property 'content-type'"},{"location":["request","query"],"message":"Request query parameter id must be integer"}]"#;
    let mut call = json!({"status": "rejected", "body": "application/json", "reason": both});
    prism_limitation(&mut call);
    assert_eq!(call["status"], "rejected");
}
