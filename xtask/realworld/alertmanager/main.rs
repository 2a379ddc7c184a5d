//! Prometheus Alertmanager (Go, from Debian), through the client generated from the
//! Swagger 2.0 spec it embeds: status, receivers, alerts posted and filtered, a silence
//! created, read, updated, listed with a filter and expired, and two deliberate errors.

mod flow;

use flow::{ensure, same, text, time_in, unique, Flow};
use rw_api::error::{GetSilenceError, GetSilencesError};
use rw_api::models::{Matcher, PostableAlert, PostableSilence, SilenceStatusState};
use rw_api::{ClientBuilder, Error};
use std::collections::BTreeMap;
use std::process::ExitCode;

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let mut flow = Flow::default();
    let client = match flow::built(ClientBuilder::new().base_url(flow::base_url()).build()) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let run = unique();

    flow.call(
        "GET /status",
        match client.get_status().await {
            Ok(status) => ensure(!status.body().version_info.version.is_empty(), || {
                "no version in the status".into()
            }),
            Err(e) => Err(text(e)),
        },
    );
    flow.call(
        "GET /receivers",
        match client.get_receivers().await {
            Ok(receivers) => ensure(receivers.body().iter().any(|r| r.name == "default"), || {
                format!("receiver `default` missing from {:?}", receivers.body())
            }),
            Err(e) => Err(text(e)),
        },
    );

    let labels = |pairs: &[(&str, &str)]| -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    };
    let alerts = vec![
        PostableAlert::new(labels(&[("alertname", "DiskFull"), ("severity", "critical"), ("run", &run)]))
            .with_annotations(labels(&[("summary", "disk 97% full")])),
        PostableAlert::new(labels(&[("alertname", "SlowApi"), ("severity", "warning"), ("run", &run)])),
    ];
    flow.call(
        "POST /alerts (two alerts)",
        client.post_alerts(&alerts).await.map(drop).map_err(text),
    );
    let critical = vec![format!("severity=\"critical\""), format!("run=\"{run}\"")];
    flow.call(
        "GET /alerts?filter=severity=\"critical\" (filtered)",
        match client.get_alerts().filter(critical).await {
            Ok(found) => {
                let names: Vec<&str> = found
                    .body()
                    .iter()
                    .filter_map(|a| a.labels.get("alertname").map(String::as_str))
                    .collect();
                same("alert names", names, vec!["DiskFull"]).and_then(|()| {
                    same(
                        "annotation",
                        found.body()[0].annotations.get("summary").map(String::as_str),
                        Some("disk 97% full"),
                    )
                })
            }
            Err(e) => Err(text(e)),
        },
    );

    let matchers = vec![Matcher::new(false, "job", format!("api-{run}")).with_is_equal(true)];
    let silence = PostableSilence::new(
        "first",
        "realworld",
        time_in(3600),
        matchers.clone(),
        time_in(-60),
    );
    let id = flow.call(
        "POST /silences (create)",
        match client.post_silences(&silence).await {
            Ok(created) => created
                .body()
                .silence_id
                .clone()
                .ok_or_else(|| "no silenceID in the answer".to_string())
                // The path parameter is `format: uuid`, the answer's field a plain string.
                .and_then(|id| match uuid::Uuid::parse_str(&id) {
                    Ok(uuid) => Ok((id, uuid)),
                    Err(e) => Err(format!("silenceID {id} is no UUID: {e}")),
                }),
            Err(e) => Err(text(e)),
        },
    );
    let Some((id, uuid)) = id else {
        return flow.finish();
    };
    let stored = flow.call(
        "GET /silence/{id}",
        match client.get_silence(uuid).await {
            Ok(read) => same("comment", read.body().comment.as_str(), "first")
                .and_then(|()| same("matchers", &read.body().matchers, &matchers))
                .and_then(|()| same("state", &read.body().status.state, &SilenceStatusState::Active))
                .map(|()| read.into_body()),
            Err(e) => Err(text(e)),
        },
    );
    // Alertmanager updates an active silence in place only when its times are the ones
    // it stored (it moved a start in the past to the moment it took the silence), so
    // the update starts from what was read back.
    let (starts_at, ends_at) = match &stored {
        Some(s) => (s.starts_at.clone(), s.ends_at.clone()),
        None => (silence.starts_at.clone(), silence.ends_at.clone()),
    };
    let update = PostableSilence::new("second", "realworld", ends_at, matchers.clone(), starts_at)
        .with_id(id.clone());
    flow.call(
        "POST /silences (update by id)",
        match client.post_silences(&update).await {
            Ok(updated) => same("silence id", updated.body().silence_id.as_deref(), Some(id.as_str())),
            Err(e) => Err(text(e)),
        },
    );
    let by_job = vec![format!("job=\"api-{run}\"")];
    flow.call(
        "GET /silences?filter=job=... (filtered)",
        match client.get_silences().filter(by_job).await {
            Ok(found) => {
                let comments: Vec<(&str, &str)> = found
                    .body()
                    .iter()
                    .map(|s| (s.id.as_str(), s.comment.as_str()))
                    .collect();
                same("silences", comments, vec![(id.as_str(), "second")])
            }
            Err(e) => Err(text(e)),
        },
    );
    flow.call(
        "DELETE /silence/{id}",
        client.delete_silence(uuid).await.map(drop).map_err(text),
    );
    flow.call(
        "GET /silence/{id} after delete (expired)",
        match client.get_silence(uuid).await {
            Ok(read) => same("state", &read.body().status.state, &SilenceStatusState::Expired),
            Err(e) => Err(text(e)),
        },
    );
    flow.call(
        "GET /silence/{unknown id} (deliberate 404)",
        match client.get_silence(uuid::Uuid::nil()).await {
            Err(Error::Api(GetSilenceError::NotFound(_))) => Ok(()),
            other => Err(format!("expected the declared 404, got {other:?}")),
        },
    );
    flow.call(
        "GET /silences?filter={bad (deliberate 400)",
        match client
            .get_silences()
            .filter(vec!["{bad".into()])
            .await
        {
            // Not declared by the spec: the status and body are kept all the same.
            Err(Error::Api(GetSilencesError::UnexpectedStatus(r))) if r.status() == 400 => {
                ensure(!r.text().is_empty(), || "no error message".into())
            }
            other => Err(format!("expected an undeclared 400, got {other:?}")),
        },
    );
    flow.finish()
}
