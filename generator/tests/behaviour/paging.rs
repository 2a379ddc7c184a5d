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

/// The crate's own mock serves a list's pages by the operation's rule, so a consumer's
/// paging code is tested without writing a cursor or a `Link` header by hand.
mod served_by_the_crate_s_mock {
    use fixture_paging::mock::{ListCustomers, ListEvents, ListItems, ListRepos, ListSpeakeasyPages, MockServer};
    use futures_util::StreamExt as _;
    use serde_json::json;

    fn typed<T: serde::de::DeserializeOwned>(pages: serde_json::Value) -> Vec<T> {
        serde_json::from_value(pages).unwrap()
    }

    #[tokio::test]
    async fn link_pages_point_back_at_the_mock_and_keep_the_caller_s_inputs() {
        let server = MockServer::start().await;
        let pages = typed(json!([[{"id": 1, "name": "a"}], [{"id": 2, "name": "b"}], [{"id": 3, "name": "c"}]]));
        server.on::<ListRepos>().path_param("owner", "ann").times(3).respond_with_pages(pages).await;
        let client = server.client_builder().build().unwrap();
        let names: Vec<String> = client.list_repos("ann").per_page(1).items().map(|r| r.unwrap().name).collect().await;
        assert_eq!(names, ["a", "b", "c"]);
        let received = server.received::<ListRepos>().await;
        assert!(received.iter().all(|r| r.query_param("per_page") == Some("1")));
        server.verify().await;
    }

    #[tokio::test]
    async fn stripe_lists_get_has_more_and_go_on_from_the_last_id() {
        let server = MockServer::start().await;
        let page = |ids: &[&str]| json!({"object": "list", "has_more": false, "data": ids.iter().map(|id| json!({"id": id})).collect::<Vec<_>>()});
        let pages = typed(json!([page(&["c1", "c2"]), page(&["c3"])]));
        server.on::<ListCustomers>().times(2).respond_with_pages(pages).await;
        let client = server.client_builder().build().unwrap();
        let ids: Vec<String> = client.list_customers_stream().map(|c| c.unwrap().id).collect().await;
        assert_eq!(ids, ["c1", "c2", "c3"]);
        let received = server.received::<ListCustomers>().await;
        assert_eq!(received[1].query_param("starting_after"), Some("c2"));
        server.verify().await;
    }

    #[tokio::test]
    async fn cursors_are_written_by_the_mock_and_an_unknown_one_is_refused() {
        let server = MockServer::start().await;
        let pages = typed(json!([{"events": ["e1"]}, {"events": ["e2"]}, {"events": ["e3"]}]));
        server.on::<ListEvents>().respond_with_pages(pages).await;
        let client = server.client_builder().build().unwrap();
        let events: Vec<String> = client.list_events().kind("push").items().map(Result::unwrap).collect().await;
        assert_eq!(events, ["e1", "e2", "e3"]);
        let unknown = client.list_events().cursor("elsewhere").await.unwrap_err();
        assert_eq!(unknown.status().map(|s| s.as_u16()), Some(400), "{unknown}");
    }

    #[tokio::test]
    async fn offsets_and_page_numbers_end_on_the_empty_page_the_mock_adds() {
        let server = MockServer::start().await;
        let pages = typed(json!([{"items": [1, 2]}, {"items": [3]}]));
        // Two pages, then the empty one that tells the client the list is over.
        server.on::<ListItems>().times(3).respond_with_pages(pages).await;
        let pages = typed(json!([{"rows": ["r0"]}, {"rows": ["r1"]}]));
        server.on::<ListSpeakeasyPages>().times(3).respond_with_pages(pages).await;
        let client = server.client_builder().build().unwrap();
        let items: Vec<i64> = client.list_items_stream().map(Result::unwrap).collect().await;
        assert_eq!(items, [1, 2, 3]);
        let offsets: Vec<Option<String>> = server.received::<ListItems>().await.iter().map(|r| r.query_param("offset").map(str::to_owned)).collect();
        assert_eq!(offsets, [None, Some("2".to_owned()), Some("3".to_owned())]);
        let rows: Vec<String> = client.list_speakeasy_pages_stream(0).map(Result::unwrap).collect().await;
        assert_eq!(rows, ["r0", "r1"]);
        server.verify().await;
    }
}

#[tokio::test]
async fn a_page_of_one_of_two_list_types_is_itself_the_item() {
    let server = MockServer::start().await;
    let next = format!("<{}/repos/ann/watchers?page=2>; rel=\"next\"", server.uri());
    Mock::given(path("/repos/ann/watchers"))
        .and(query_param_is_missing("page"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([{"id": 1, "name": "a"}])).insert_header("link", next.as_str()))
        .mount(&server)
        .await;
    page(&server, "/repos/ann/watchers", query_param("page", "2"), json!([{"id": 2, "name": "b"}])).await;
    let client = client(&server);
    let pages: Vec<_> = client.list_watchers_stream("ann").map(Result::unwrap).collect().await;
    assert_eq!(pages.len(), 2);
    // A single object that declares `Link` has no stream: `get_runner` is a plain call.
    let _ = client.get_runner(1);
}
