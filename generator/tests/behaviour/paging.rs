//! The behaviour test of the `paging` fixture (compiled in the scratch workspace of
//! `generated_fixture_crates_compile_without_warnings`): each list operation's item
//! stream walks every page of a local server by the rule the spec gave or the generator
//! inferred, with the caller's optional inputs on every page.

use fixture_paging::{ClientBuilder, Error};
use futures_util::StreamExt as _;
use serde_json::json;
use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn page(server: &MockServer, at: &str, matcher: impl wiremock::Match + 'static, body: serde_json::Value) {
    Mock::given(method("GET"))
        .and(path(at))
        .and(matcher)
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(server)
        .await;
}

async fn queries(server: &MockServer) -> Vec<String> {
    server
        .received_requests()
        .await
        .unwrap_or_default()
        .iter()
        .map(|r| r.url.query().unwrap_or("").to_owned())
        .collect()
}

fn client(server: &MockServer) -> fixture_paging::Client {
    ClientBuilder::new().base_url(server.uri()).build().unwrap()
}

#[tokio::test]
async fn link_pages_carry_the_caller_s_inputs_and_end_without_a_next_link() {
    let server = MockServer::start().await;
    let next = format!("<{}/repos/ann?per_page=1&page=2>; rel=\"next\"", server.uri());
    Mock::given(path("/repos/ann"))
        .and(query_param_is_missing("page"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!([{"id": 1, "name": "a"}]))
                .insert_header("link", next.as_str()),
        )
        .mount(&server)
        .await;
    page(&server, "/repos/ann", query_param("page", "2"), json!([{"id": 2, "name": "b"}])).await;
    let client = client(&server);
    let names: Vec<String> = client
        .list_repos("ann")
        .per_page(1)
        .items()
        .map(|r| r.unwrap().name)
        .collect()
        .await;
    assert_eq!(names, ["a", "b"]);
    assert_eq!(queries(&server).await, ["per_page=1", "per_page=1&page=2"]);
    // The pages, with their headers.
    let pages: Vec<_> = client.list_repos("ann").pages().collect().await;
    assert_eq!(pages.len(), 2);
    assert!(pages[0].as_ref().unwrap().headers().contains_key("link"));
}

#[tokio::test]
async fn stripe_style_lists_go_on_from_the_last_id() {
    let server = MockServer::start().await;
    let body = |ids: &[&str], more: bool| {
        json!({"object": "list", "has_more": more, "data": ids.iter().map(|id| json!({"id": id})).collect::<Vec<_>>()})
    };
    page(&server, "/customers", query_param_is_missing("starting_after"), body(&["c1", "c2"], true)).await;
    page(&server, "/customers", query_param("starting_after", "c2"), body(&["c3"], false)).await;
    let client = client(&server);
    let ids: Vec<String> = client
        .list_customers_stream()
        .map(|c| c.unwrap().id)
        .collect()
        .await;
    assert_eq!(ids, ["c1", "c2", "c3"]);
}

#[tokio::test]
async fn a_nested_cursor_pages_until_it_is_null_and_a_null_list_is_no_items() {
    let server = MockServer::start().await;
    page(&server, "/events", query_param_is_missing("cursor"), json!({"events": ["e1"], "meta": {"next_cursor": "k2"}})).await;
    page(&server, "/events", query_param("cursor", "k2"), json!({"events": null, "meta": {"next_cursor": "k3"}})).await;
    page(&server, "/events", query_param("cursor", "k3"), json!({"events": ["e2"], "meta": {"next_cursor": null}})).await;
    let client = client(&server);
    let events: Vec<String> = client
        .list_events()
        .kind("push")
        .items()
        .map(Result::unwrap)
        .collect()
        .await;
    assert_eq!(events, ["e1", "e2"]);
    assert_eq!(queries(&server).await, ["kind=push", "kind=push&cursor=k2", "kind=push&cursor=k3"]);
}

#[tokio::test]
async fn offsets_advance_by_the_items_received_and_max_items_stops_early() {
    let server = MockServer::start().await;
    page(&server, "/items", query_param_is_missing("offset"), json!({"items": [1, 2]})).await;
    page(&server, "/items", query_param("offset", "2"), json!({"items": [3, 4]})).await;
    page(&server, "/items", query_param("offset", "4"), json!({"items": []})).await;
    let client = client(&server);
    let all: Vec<i64> = client.list_items_stream().map(Result::unwrap).collect().await;
    assert_eq!(all, [1, 2, 3, 4]);
    server.reset().await;
    page(&server, "/items", query_param_is_missing("offset"), json!({"items": [1, 2]})).await;
    page(&server, "/items", query_param("offset", "2"), json!({"items": [3, 4]})).await;
    let first: Vec<i64> = client
        .list_items()
        .limit(2)
        .items()
        .max_items(3)
        .map(Result::unwrap)
        .collect()
        .await;
    assert_eq!(first, [1, 2, 3]);
    assert_eq!(queries(&server).await.len(), 2);
}

#[tokio::test]
async fn vendor_extensions_name_the_cursor_the_page_and_the_results() {
    let server = MockServer::start().await;
    page(&server, "/fern/things", query_param_is_missing("after"), json!({"page": {"results": ["a"], "next": "n2"}})).await;
    page(&server, "/fern/things", query_param("after", "n2"), json!({"page": {"results": ["b"]}})).await;
    page(&server, "/speakeasy/pages", query_param("pg", "0"), json!({"rows": ["r0"]})).await;
    page(&server, "/speakeasy/pages", query_param("pg", "1"), json!({"rows": ["r1"]})).await;
    page(&server, "/speakeasy/pages", query_param("pg", "2"), json!({"rows": []})).await;
    let client = client(&server);
    let things: Vec<String> = client.list_fern_things_stream().map(Result::unwrap).collect().await;
    assert_eq!(things, ["a", "b"]);
    // A required page parameter is where the caller starts.
    let rows: Vec<String> = client.list_speakeasy_pages_stream(0).map(Result::unwrap).collect().await;
    assert_eq!(rows, ["r0", "r1"]);
}

#[tokio::test]
async fn a_server_that_hands_back_a_cursor_already_used_cannot_make_the_stream_loop() {
    let server = MockServer::start().await;
    page(&server, "/events", query_param_is_missing("cursor"), json!({"events": ["e1"], "meta": {"next_cursor": "same"}})).await;
    page(&server, "/events", query_param("cursor", "same"), json!({"events": ["e2"], "meta": {"next_cursor": "same"}})).await;
    let client = client(&server);
    let results: Vec<_> = client.list_events_stream().collect().await;
    assert_eq!(results.len(), 3);
    assert!(matches!(results[2], Err(Error::Pagination(_))), "{:?}", results[2]);
}
