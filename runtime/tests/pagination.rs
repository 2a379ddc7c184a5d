//! Pagination over HTTP: `Link` headers, cursors, Stripe's `has_more`/`starting_after`,
//! offsets and page numbers, each against a local server that pages; the loop guard, the
//! limits, and retries of a single page.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::time::Duration;

use client_runtime::{
    Client, Error, ManualClock, Method, Operation, PageRule, Pages, Response, ResponseContent,
};
use futures_util::StreamExt as _;
use serde_json::{json, Value};
use wiremock::matchers::{path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

static LIST: Operation = Operation {
    id: "listItems",
    method: Method::GET,
    path: "/items",
    security: &[],
};

/// What an operation's error enum would be: here, only the response.
#[derive(Debug)]
struct ListError(#[allow(dead_code)] ResponseContent);

fn client(server: &MockServer) -> Client {
    common::builder(server, &ManualClock::new())
        .build()
        .unwrap()
}

/// The pages of `GET /items?limit=2` (plus `extra` query pairs), decoded as JSON values.
fn pages<'a>(
    client: &'a Client,
    rule: PageRule,
    extra: &'a [(&str, &str)],
) -> Pages<'a, Value, ListError> {
    Pages::new(
        client,
        rule,
        move || {
            let mut request = client.request(&LIST, &["items"]);
            request.query("limit", "2");
            for (k, v) in extra {
                request.query(k, v);
            }
            Ok(request)
        },
        ResponseContent::decode_json::<Value>,
        ListError,
    )
}

/// The items at `/data` of each page, as numbers.
fn data(body: Value) -> Vec<i64> {
    body["data"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_i64).collect())
        .unwrap_or_default()
}

async fn mount(server: &MockServer, matcher: impl wiremock::Match + 'static, body: Value) {
    Mock::given(path("/items"))
        .and(matcher)
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(server)
        .await;
}

/// Mounts pages of `{"data": [...]}` at the offsets an offset rule asks for them.
async fn mount_offsets(server: &MockServer, pages: &[&[i64]]) {
    let mut offset = 0;
    for items in pages {
        let body = json!({ "data": items });
        if offset == 0 {
            mount(server, query_param_is_missing("offset"), body).await;
        } else {
            mount(
                server,
                query_param("offset", offset.to_string().as_str()),
                body,
            )
            .await;
        }
        offset += items.len();
    }
}

async fn requests(server: &MockServer) -> Vec<String> {
    common::received(server)
        .await
        .iter()
        .map(|r| r.url.query().unwrap_or("").to_owned())
        .collect()
}

#[tokio::test]
async fn link_headers_lead_over_three_pages_of_a_bare_array() {
    let server = MockServer::start().await;
    let uri = server.uri();
    // An absolute link, then a relative one with several relation types and a quoted
    // comma in another link, as GitHub and others write them.
    Mock::given(path("/items"))
        .and(query_param_is_missing("page"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([1, 2])).insert_header(
            "Link",
            format!("<{uri}/items?limit=2&page=2>; rel=\"next\", <{uri}/items?limit=2&page=3>; rel=\"last\"").as_str(),
        ))
        .mount(&server)
        .await;
    Mock::given(path("/items"))
        .and(query_param("page", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([3, 4])).insert_header(
            "link",
            "</items?limit=2&page=1>; rel=\"prev first\"; title=\"a, b\", </items?limit=2&page=3>; rel=\"last next\"",
        ))
        .mount(&server)
        .await;
    mount(&server, query_param("page", "3"), json!([5])).await;
    let client = client(&server);
    let pages: Vec<Response<Vec<i64>>> = Pages::new(
        &client,
        PageRule::Link,
        || {
            let mut request = client.request(&LIST, &["items"]);
            request.query("limit", "2");
            Ok(request)
        },
        ResponseContent::decode_json::<Vec<i64>>,
        ListError,
    )
    .collect::<Vec<_>>()
    .await
    .into_iter()
    .collect::<Result<_, _>>()
    .unwrap();
    let bodies: Vec<&Vec<i64>> = pages.iter().map(Response::body).collect();
    assert_eq!(bodies, [&vec![1, 2], &vec![3, 4], &vec![5]]);
    assert_eq!(pages[1].status(), 200);
    assert_eq!(
        requests(&server).await,
        ["limit=2", "limit=2&page=2", "limit=2&page=3"]
    );
}

#[tokio::test]
async fn stripe_pages_go_on_from_the_last_id_while_has_more() {
    let server = MockServer::start().await;
    let page = |ids: &[&str], more: bool| json!({"object": "list", "has_more": more, "data": ids.iter().map(|id| json!({"id": id})).collect::<Vec<_>>()});
    mount(
        &server,
        query_param_is_missing("starting_after"),
        page(&["cus_1", "cus_2"], true),
    )
    .await;
    mount(
        &server,
        query_param("starting_after", "cus_2"),
        page(&["cus_3", "cus_4"], true),
    )
    .await;
    mount(
        &server,
        query_param("starting_after", "cus_4"),
        page(&["cus_5"], false),
    )
    .await;
    let client = client(&server);
    let rule = PageRule::LastId {
        param: "starting_after",
        items: "/data",
        id: "/id",
        has_more: Some("/has_more"),
    };
    let ids: Vec<String> = pages(&client, rule, &[])
        .items(|body: Value| {
            body["data"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|i| i["id"].as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default()
        })
        .map(Result::unwrap)
        .collect()
        .await;
    assert_eq!(ids, ["cus_1", "cus_2", "cus_3", "cus_4", "cus_5"]);
    assert_eq!(
        requests(&server).await,
        [
            "limit=2",
            "limit=2&starting_after=cus_2",
            "limit=2&starting_after=cus_4"
        ]
    );
}

#[tokio::test]
async fn a_next_cursor_replaces_the_cursor_the_caller_set() {
    let server = MockServer::start().await;
    mount(
        &server,
        query_param("cursor", "start"),
        json!({"data": [1, 2], "meta": {"next_cursor": "c2"}}),
    )
    .await;
    mount(
        &server,
        query_param("cursor", "c2"),
        json!({"data": [3], "meta": {"next_cursor": null}}),
    )
    .await;
    let client = client(&server);
    let rule = PageRule::Cursor {
        param: "cursor",
        next: "/meta/next_cursor",
        has_more: None,
    };
    let items: Vec<i64> = pages(&client, rule, &[("cursor", "start")])
        .items(data)
        .map(Result::unwrap)
        .collect()
        .await;
    assert_eq!(items, [1, 2, 3]);
    assert_eq!(
        requests(&server).await,
        ["limit=2&cursor=start", "limit=2&cursor=c2"]
    );
}

#[tokio::test]
async fn offsets_grow_by_the_items_received_until_a_page_is_empty() {
    let server = MockServer::start().await;
    // The server caps the second page at one item: a short page does not end the list.
    mount_offsets(&server, &[&[1, 2], &[3], &[]]).await;
    let client = client(&server);
    let rule = PageRule::Offset {
        param: "offset",
        items: "/data",
    };
    let items: Vec<i64> = pages(&client, rule, &[])
        .items(data)
        .map(Result::unwrap)
        .collect()
        .await;
    assert_eq!(items, [1, 2, 3]);
    assert_eq!(
        requests(&server).await,
        ["limit=2", "limit=2&offset=2", "limit=2&offset=3"]
    );
}

#[tokio::test]
async fn page_numbers_count_from_the_first_until_a_page_is_empty() {
    let server = MockServer::start().await;
    mount(
        &server,
        query_param_is_missing("page"),
        json!({"data": [1, 2]}),
    )
    .await;
    mount(&server, query_param("page", "2"), json!({"data": [3, 4]})).await;
    mount(&server, query_param("page", "3"), json!({"data": []})).await;
    let client = client(&server);
    let rule = PageRule::PageNumber {
        param: "page",
        items: "/data",
        first: 1,
    };
    let items: Vec<i64> = pages(&client, rule, &[])
        .items(data)
        .map(Result::unwrap)
        .collect()
        .await;
    assert_eq!(items, [1, 2, 3, 4]);
}

#[tokio::test]
async fn a_cursor_that_comes_back_ends_the_stream_with_an_error() {
    let server = MockServer::start().await;
    mount(
        &server,
        query_param_is_missing("cursor"),
        json!({"data": [1], "next": "a"}),
    )
    .await;
    mount(
        &server,
        query_param("cursor", "a"),
        json!({"data": [2], "next": "b"}),
    )
    .await;
    mount(
        &server,
        query_param("cursor", "b"),
        json!({"data": [3], "next": "a"}),
    )
    .await;
    let client = client(&server);
    let rule = PageRule::Cursor {
        param: "cursor",
        next: "/next",
        has_more: None,
    };
    let results: Vec<Result<i64, Error<ListError>>> =
        pages(&client, rule, &[]).items(data).collect().await;
    assert_eq!(results.len(), 4, "{results:?}");
    let values: Vec<i64> = results[..3].iter().map(|r| *r.as_ref().unwrap()).collect();
    assert_eq!(values, [1, 2, 3]);
    match &results[3] {
        Err(Error::Pagination(e)) => {
            assert_eq!(e.operation(), "listItems");
            assert!(e.url().ends_with("/items?limit=2&cursor=a"), "{}", e.url());
            assert!(e.to_string().contains("fetched before"), "{e}");
        }
        other => panic!("expected a pagination error, got {other:?}"),
    }
    // The repeated page was never requested again.
    assert_eq!(requests(&server).await.len(), 3);
}

#[tokio::test]
async fn limits_stop_before_the_pages_they_do_not_need() {
    let server = MockServer::start().await;
    mount_offsets(&server, &[&[0, 1], &[2, 3], &[4, 5]]).await;
    let client = client(&server);
    let rule = PageRule::Offset {
        param: "offset",
        items: "/data",
    };
    let items: Vec<i64> = pages(&client, rule, &[])
        .items(data)
        .max_items(3)
        .map(Result::unwrap)
        .collect()
        .await;
    assert_eq!(items, [0, 1, 2]);
    assert_eq!(
        requests(&server).await.len(),
        2,
        "the third page was not needed"
    );
    server.reset().await;
    mount_offsets(&server, &[&[0, 1], &[2, 3]]).await;
    let pages: Vec<_> = pages(&client, rule, &[]).max_pages(1).collect().await;
    assert_eq!(pages.len(), 1);
    assert_eq!(requests(&server).await.len(), 1);
}

#[tokio::test]
async fn an_error_page_is_the_last_item_and_a_throttled_page_is_retried() {
    let server = MockServer::start().await;
    mount(
        &server,
        query_param_is_missing("offset"),
        json!({"data": [1, 2]}),
    )
    .await;
    // Page two is throttled once (retried after the wait the client's clock records),
    // page three fails for good.
    Mock::given(path("/items"))
        .and(query_param("offset", "2"))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "1"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    mount(&server, query_param("offset", "2"), json!({"data": [3, 4]})).await;
    Mock::given(path("/items"))
        .and(query_param("offset", "4"))
        .respond_with(ResponseTemplate::new(400).set_body_json(json!({"message": "bad offset"})))
        .mount(&server)
        .await;
    let clock = ManualClock::new();
    let client = common::builder(&server, &clock).build().unwrap();
    let rule = PageRule::Offset {
        param: "offset",
        items: "/data",
    };
    let results: Vec<Result<i64, Error<ListError>>> =
        pages(&client, rule, &[]).items(data).collect().await;
    assert_eq!(results.len(), 5, "{results:?}");
    assert!(matches!(&results[4], Err(Error::Api(ListError(r))) if r.status() == 400));
    let sleeps = clock.sleeps();
    assert_eq!(sleeps.len(), 1, "{sleeps:?}");
    assert!(sleeps[0] >= Duration::from_secs(1) && sleeps[0] <= Duration::from_millis(1100));
}
