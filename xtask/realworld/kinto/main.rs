//! Kinto (Python, from PyPI), through the client generated from the Swagger 2.0 spec it
//! serves at `/v1/__api__`: a bucket and a collection created, records created, replaced,
//! read, patched, listed with a declared and an undeclared filter, deleted, and two
//! deliberate errors.

mod flow;

use flow::{ensure, same, text, unique, Flow};
use rw_api::error::{GetRecordError, UpdateRecordError};
use rw_api::models::{
    CreateBucketRequest, CreateCollectionRequest, CreateRecordRequest, PatchRecordRequest,
    UpdateRecordRequest,
};
use rw_api::calls::{
    CreateRecordArgs, DeleteRecordArgs, GetRecordArgs, GetRecordsArgs, PatchRecordArgs,
    UpdateCollectionArgs, UpdateRecordArgs,
};
use rw_api::{ClientBuilder, Error, RequestOptions};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use std::process::ExitCode;

/// A record's `data` from JSON.
fn data(value: Value) -> BTreeMap<String, Value> {
    match value {
        Value::Object(map) => map.into_iter().collect(),
        _ => BTreeMap::new(),
    }
}

/// The fields of a record read back, as JSON.
fn fields(data: &Option<BTreeMap<String, Value>>) -> Map<String, Value> {
    data.iter().flatten().map(|(k, v)| (k.clone(), v.clone())).collect()
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let mut flow = Flow::default();
    // With basic auth, any user and password are an identity of their own.
    let built = ClientBuilder::new()
        .base_url(flow::base_url())
        .basicauth("alice", "secret")
        .build();
    let client = match flow::built(built) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let bucket = format!("rw-{}", unique());
    let tasks = "tasks";

    flow.call(
        "GET / (server info)",
        client.server_info().await.map(drop).map_err(text),
    );
    flow.call(
        "PUT /buckets/{id} (create)",
        match client
            .update_bucket(&bucket, &CreateBucketRequest::default())
            .await
        {
            Ok(created) => same("status", created.status().as_u16(), 201),
            Err(e) => Err(text(e)),
        },
    );
    flow.call(
        "PUT /buckets/{b}/collections/{id} (create)",
        match client
            .update_collection(
                UpdateCollectionArgs { bucket_id: &bucket, id: tasks },
                &CreateCollectionRequest::default(),
            )
            .await
        {
            Ok(created) => same("status", created.status().as_u16(), 201),
            Err(e) => Err(text(e)),
        },
    );
    let written = json!({"title": "write spec", "done": false, "priority": 2});
    let id = flow.call(
        "POST .../records (create)",
        match client
            .create_record(
                CreateRecordArgs { bucket_id: &bucket, collection_id: tasks },
                &CreateRecordRequest::default().with_data(data(written.clone())),
            )
            .await
        {
            Ok(created) => {
                let read = fields(&created.body().data);
                same("title", &read["title"], &written["title"]).and_then(|()| {
                    read.get("id")
                        .and_then(Value::as_str)
                        .map(str::to_string)
                        .ok_or_else(|| "no id in the created record".to_string())
                })
            }
            Err(e) => Err(text(e)),
        },
    );
    flow.call(
        "PUT .../records/{id} (create with a chosen id)",
        match client
            .update_record(
                UpdateRecordArgs { bucket_id: &bucket, collection_id: tasks, id: "fixed-id" },
                &UpdateRecordRequest::default().with_data(data(json!({"title": "fixed", "done": false}))),
            )
            .await
        {
            Ok(stored) => same("title", &fields(&stored.body().data)["title"], &json!("fixed")),
            Err(e) => Err(text(e)),
        },
    );
    let Some(id) = id else {
        return flow.finish();
    };
    flow.call(
        "GET .../records/{id}",
        match client
            .get_record(GetRecordArgs { bucket_id: &bucket, collection_id: tasks, id: &id })
            .await
        {
            Ok(read) => {
                let read = fields(&read.body().data);
                same("title", &read["title"], &written["title"])
                    .and_then(|()| same("priority", &read["priority"], &written["priority"]))
            }
            Err(e) => Err(text(e)),
        },
    );
    flow.call(
        "PATCH .../records/{id}",
        match client
            .patch_record(
                PatchRecordArgs { bucket_id: &bucket, collection_id: tasks, id: &id },
                &PatchRecordRequest::default().with_data(data(json!({"done": true}))),
            )
            .await
        {
            Ok(patched) => {
                let read = fields(&patched.body().data);
                same("done", &read["done"], &json!(true))
                    .and_then(|()| same("title kept", &read["title"], &written["title"]))
            }
            Err(e) => Err(text(e)),
        },
    );
    flow.call(
        "GET .../records?id=fixed-id (declared filter)",
        match client
            .get_records(GetRecordsArgs { bucket_id: &bucket, collection_id: tasks })
            .id("fixed-id")
            .await
        {
            Ok(list) => {
                let titles: Vec<Value> = list
                    .body()
                    .data
                    .iter()
                    .flatten()
                    .map(|r| r.get("title").cloned().unwrap_or_default())
                    .collect();
                same("titles", titles, vec![json!("fixed")])
            }
            Err(e) => Err(text(e)),
        },
    );
    // Kinto filters on any field (`?done=true`), which its spec does not declare.
    let done = client.with_options(RequestOptions::new().query("done", "true"));
    flow.call(
        "GET .../records?done=true&_sort=-title (undeclared filter)",
        match done
            .get_records(GetRecordsArgs { bucket_id: &bucket, collection_id: tasks })
            .sort(vec!["-title".into()])
            .await
        {
            Ok(list) => {
                let ids: Vec<Value> = list
                    .body()
                    .data
                    .iter()
                    .flatten()
                    .map(|r| r.get("id").cloned().unwrap_or_default())
                    .collect();
                same("ids", ids, vec![json!(id)])
            }
            Err(e) => Err(text(e)),
        },
    );
    flow.call(
        "DELETE .../records/{id}",
        match client
            .delete_record(DeleteRecordArgs { bucket_id: &bucket, collection_id: tasks, id: &id })
            .await
        {
            Ok(deleted) => same("deleted", &fields(&deleted.body().data)["deleted"], &json!(true)),
            Err(e) => Err(text(e)),
        },
    );
    flow.call(
        "GET .../records/{id} after delete (deliberate 404)",
        match client
            .get_record(GetRecordArgs { bucket_id: &bucket, collection_id: tasks, id: &id })
            .await
        {
            Err(Error::Api(GetRecordError::NotFound(r))) => {
                // The declared error body, decoded.
                ensure(r.body.as_ref().is_some_and(|b| b.code == 404), || {
                    format!("404 body not decoded: {}", r.content.text())
                })
            }
            other => Err(format!("expected the declared 404, got {other:?}")),
        },
    );
    flow.call(
        "PUT .../records/fixed-id with If-None-Match: * (deliberate 412)",
        match client
            .update_record(
                UpdateRecordArgs { bucket_id: &bucket, collection_id: tasks, id: "fixed-id" },
                &UpdateRecordRequest::default().with_data(data(json!({"title": "again"}))),
            )
            .if_none_match("*")
            .await
        {
            Err(Error::Api(UpdateRecordError::PreconditionFailed(r))) => {
                ensure(r.body.is_some(), || format!("412 body not decoded: {}", r.content.text()))
            }
            other => Err(format!("expected the declared 412, got {other:?}")),
        },
    );
    flow.finish()
}
