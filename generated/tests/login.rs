//! The generated login entry point end to end against a fake authorization server on
//! loopback: authorization URL, the browser's redirect, code exchange, a user-mode call.
//!
//! Hand-written: the generator owns only files whose first line says `@generated`.

use connectid::models::{ShareInvitationRequest, ShareStatus};
use connectid::{ClientBuilder, LoginError, Url};
use wiremock::matchers::{body_string_contains, header, method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

const AUTHORIZE: &str = "/user/oauth/authorize";
const TOKEN: &str = "/user/oauth/token";
const REDIRECT_URI: &str = "http://localhost:8080/callback";

/// The authorization server's login page, after the user has logged in: it sends the
/// browser back to the redirect URI with a code and the `state` it was given.
struct LoggedIn;

impl Respond for LoggedIn {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let param = |name: &str| {
            request
                .url
                .query_pairs()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.into_owned())
        };
        let (Some(redirect_uri), Some(state)) = (param("redirect_uri"), param("state")) else {
            return ResponseTemplate::new(400);
        };
        let Ok(mut back) = Url::parse(&redirect_uri) else {
            return ResponseTemplate::new(400);
        };
        back.query_pairs_mut()
            .append_pair("code", "code-1")
            .append_pair("state", &state);
        ResponseTemplate::new(302).insert_header("location", back.as_str())
    }
}

fn builder(server: &MockServer) -> ClientBuilder {
    ClientBuilder::new()
        .base_url(format!("{}/capi", server.uri()))
        .token_url(format!("{}{TOKEN}", server.uri()))
}

/// What the user's browser does: opens the authorization URL and ends up at the redirect.
async fn browse(url: &Url) -> String {
    let browser = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("a browser");
    let response = browser.get(url.clone()).send().await.expect("login page");
    assert_eq!(response.status(), 302);
    response
        .headers()
        .get("location")
        .and_then(|l| l.to_str().ok())
        .expect("a redirect")
        .to_string()
}

#[tokio::test]
async fn login_then_a_user_mode_call_with_the_exchanged_token() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(AUTHORIZE))
        .respond_with(LoggedIn)
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path(TOKEN))
        .and(body_string_contains("grant_type=authorization_code"))
        .and(body_string_contains("code=code-1"))
        .and(body_string_contains("code_verifier="))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "access_token": "user-access",
            "token_type": "Bearer",
            "expires_in": 3600,
            "refresh_token": "user-refresh",
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/capi/v1/subscription/share/invitation"))
        .and(header("authorization", "Bearer user-access"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(serde_json::json!({"status": "SHARE_OK"})),
        )
        .expect(1)
        .mount(&server)
        .await;

    let builder = builder(&server);
    let login = builder
        .authorization_code_login("my-client", Some("my-secret".into()), REDIRECT_URI)
        .authorization_endpoint(format!("{}{AUTHORIZE}", server.uri()));
    let (url, pending) = login.authorize_url().expect("authorization URL");
    let param = |name: &str| url.query_pairs().find(|(k, _)| k == name).map(|(_, v)| v);
    assert_eq!(param("client_id").as_deref(), Some("my-client"));
    assert_eq!(param("code_challenge_method").as_deref(), Some("S256"));
    assert_eq!(param("scope"), None, "the spec declares no scopes");

    let redirect = browse(&url).await;
    assert!(redirect.starts_with(REDIRECT_URI), "{redirect}");
    let tokens = pending
        .exchange_redirect(&redirect)
        .await
        .expect("code exchanged");
    assert!(tokens.refreshable());
    assert!(!format!("{tokens:?}").contains("user-access"));

    let client = builder.authorization_code(tokens).build().expect("client");
    let sent = client
        .send_subscription_share_invitation(&ShareInvitationRequest::new(
            "kari.nordmann@gmail.com",
            "A",
            "CO27409",
        ))
        .await
        .expect("user-mode call");
    assert_eq!(sent.body().status, ShareStatus::ShareOk);
}

#[tokio::test]
async fn a_redirect_from_another_login_is_refused_without_a_token_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(TOKEN))
        .respond_with(ResponseTemplate::new(500))
        .expect(0)
        .mount(&server)
        .await;
    let builder = builder(&server);
    let login = builder.authorization_code_login("my-client", None, REDIRECT_URI);
    let (url, pending) = login.authorize_url().expect("authorization URL");
    assert!(url
        .as_str()
        .starts_with("https://connectid.no/user/oauth/authorize?"));
    let forged = format!("{REDIRECT_URI}?code=code-1&state=not-{}", pending.state());
    let err = pending.exchange_redirect(&forged).await.unwrap_err();
    assert!(matches!(err, LoginError::StateMismatch), "{err:?}");
}
