//! LoopBack 4's todo example (Node.js, from npm), through the client generated from the
//! OpenAPI 3.0 spec it serves at `/openapi.json`: todos created, read, patched, replaced,
//! found and counted through LoopBack's JSON filters (query parameters described by
//! `content: application/json`), patched in bulk, deleted, and two deliberate errors.

mod flow;

use flow::{same, text, Flow};
use rw_api::error::{TodoControllerDeleteByIdError, TodoControllerFindByIdError};
use rw_api::models::{NewTodo, Todo, TodoFilter1, TodoFilter1Order, TodoPartial};
use rw_api::{ClientBuilder, Error};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::process::ExitCode;

fn complete(is: bool) -> BTreeMap<String, Value> {
    BTreeMap::from([("isComplete".to_string(), json!(is))])
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let mut flow = Flow::default();
    let client = match flow::built(ClientBuilder::new().base_url(flow::base_url()).build()) {
        Ok(c) => c,
        Err(code) => return code,
    };

    let first = NewTodo::new("write spec")
        .with_desc("d1".to_string())
        .with_is_complete(false);
    let id = flow.call(
        "POST /todos (create)",
        match client.todo_controller_create().body(&first).await {
            Ok(created) => same("title", created.body().title.as_str(), "write spec")
                .and_then(|()| created.body().id.ok_or_else(|| "no id".to_string())),
            Err(e) => Err(text(e)),
        },
    );
    let second = flow.call(
        "POST /todos (create a second)",
        match client
            .todo_controller_create()
            .body(&NewTodo::new("read spec").with_is_complete(false))
            .await
        {
            Ok(created) => created.body().id.ok_or_else(|| "no id".to_string()),
            Err(e) => Err(text(e)),
        },
    );
    let (Some(id), Some(second)) = (id, second) else {
        return flow.finish();
    };
    flow.call(
        "GET /todos/{id}",
        match client
            .todo_controller_find_by_id(id)
            .await
        {
            Ok(read) => same("title", read.body().title.as_str(), "write spec")
                .and_then(|()| same("desc", read.body().desc.as_deref(), Some("d1"))),
            Err(e) => Err(text(e)),
        },
    );
    flow.call(
        "PATCH /todos/{id}",
        client
            .todo_controller_update_by_id(id)
            .body(&TodoPartial::default().with_is_complete(true))
            .await
            .map(drop)
            .map_err(text),
    );
    flow.call(
        "PUT /todos/{id} (replace)",
        client
            .todo_controller_replace_by_id(id)
            .body(&Todo::new("write spec v2").with_is_complete(true))
            .await
            .map(drop)
            .map_err(text),
    );
    let done = TodoFilter1::default()
        .with_where(complete(true))
        .with_order(TodoFilter1Order::Array(vec!["title DESC".into()]))
        .with_limit(10);
    flow.call(
        "GET /todos?filter={where, order, limit} (JSON filter)",
        match client
            .todo_controller_find()
            .filter(done)
            .await
        {
            Ok(found) => {
                let titles: Vec<(&str, Option<bool>)> = found
                    .body()
                    .iter()
                    .map(|t| (t.title.as_str(), t.is_complete))
                    .collect();
                // Replaced: the description is gone, the rest is what PUT sent.
                same("todos", titles, vec![("write spec v2", Some(true))])
                    .and_then(|()| same("desc", found.body()[0].desc.as_deref(), None))
            }
            Err(e) => Err(text(e)),
        },
    );
    flow.call(
        "GET /todos/count?where={isComplete: false}",
        match client
            .todo_controller_count()
            .r#where(complete(false))
            .await
        {
            Ok(count) => same("count", count.body().count, Some(1.0)),
            Err(e) => Err(text(e)),
        },
    );
    flow.call(
        "PATCH /todos?where=... (bulk)",
        match client
            .todo_controller_update_all()
            .r#where(complete(false))
            .body(&TodoPartial::default().with_desc("bulk".to_string()))
            .await
        {
            Ok(count) => same("updated", count.body().count, Some(1.0)),
            Err(e) => Err(text(e)),
        },
    );
    flow.call(
        "GET /todos/{second} (bulk patch read back)",
        match client
            .todo_controller_find_by_id(second)
            .await
        {
            Ok(read) => same("desc", read.body().desc.as_deref(), Some("bulk")),
            Err(e) => Err(text(e)),
        },
    );
    flow.call(
        "DELETE /todos/{id}",
        client
            .todo_controller_delete_by_id(id)
            .await
            .map(drop)
            .map_err(text),
    );
    flow.call(
        "GET /todos/{id} after delete (deliberate 404)",
        match client
            .todo_controller_find_by_id(id)
            .await
        {
            // The spec declares no error status: the response is kept whole.
            Err(Error::Api(TodoControllerFindByIdError::UnexpectedStatus(r)))
                if r.status() == 404 =>
            {
                let code = r
                    .json::<Value>()
                    .ok()
                    .and_then(|v| v["error"]["code"].as_str().map(str::to_string));
                same("error code", code.as_deref(), Some("ENTITY_NOT_FOUND"))
            }
            other => Err(format!("expected a 404, got {other:?}")),
        },
    );
    flow.call(
        "DELETE /todos/{id} again (deliberate 404)",
        match client.todo_controller_delete_by_id(id).await {
            Err(Error::Api(TodoControllerDeleteByIdError::UnexpectedStatus(r)))
                if r.status() == 404 =>
            {
                Ok(())
            }
            other => Err(format!("expected a 404, got {other:?}")),
        },
    );
    flow.finish()
}
