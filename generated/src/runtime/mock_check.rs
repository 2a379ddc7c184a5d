// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! What the mock checks of every request first: its operation, credentials, parameters, body.

use super::mock_params::check_params;
use super::mock_server::State;
use super::mock_support::{
    MockOperation, OperationSpec, Received, ResponseTemplate, MOCK_API_KEY, MOCK_BEARER_TOKEN,
    MOCK_PASSWORD, MOCK_USER,
};
use super::request::{KeyLocation, Operation, SchemeKind};
use base64::Engine as _;
use std::collections::BTreeMap;
use wiremock::Request as WireRequest;

/// The request decoded as `O`'s, when it is one (method and path).
pub(super) fn received<O: MockOperation>(request: &WireRequest) -> Option<Received<O::Body>> {
    let operation = O::spec().operation;
    if request.method.as_str() != operation.method.as_str() {
        return None;
    }
    let path_params = match_path(operation.path, request.url.path())?;
    Some(Received {
        operation: operation.id,
        path_params,
        query: request.url.query_pairs().into_owned().collect(),
        headers: request.headers.clone(),
        body: O::decode_body(&request.body),
    })
}

pub(super) enum Verdict {
    Pass,
    Refuse(&'static str, u16, String),
    NoOperation,
}

/// What the API would say to the request before any expectation sees it.
pub(super) fn check_request(
    operations: &'static [&'static OperationSpec],
    state: &State,
    request: &WireRequest,
) -> Verdict {
    let Some((spec, path_params)) = find_operation(operations, request) else {
        return Verdict::NoOperation;
    };
    let id = spec.operation.id;
    if let Err(reason) = check_security(spec.operation, state, request) {
        return Verdict::Refuse(id, 401, reason);
    }
    if let Err(reason) = check_params(spec.params, &path_params, request) {
        return Verdict::Refuse(id, 400, reason);
    }
    if let Err(reason) = (spec.check_body)(&request.body) {
        return Verdict::Refuse(id, 400, reason);
    }
    Verdict::Pass
}

pub(super) fn refusal(status: u16, reason: &str) -> ResponseTemplate {
    let body = serde_json::json!({ "error": if status == 401 { "unauthorized" } else { "bad_request" }, "message": reason });
    let template = ResponseTemplate::new(status).set_body_json(body);
    if status == 401 {
        template.insert_header("www-authenticate", "Bearer error=\"invalid_token\"")
    } else {
        template
    }
}

/// The operation whose method and path template match, preferring the template with
/// the most literal text (`/users/me` over `/users/{id}`).
pub(super) fn find_operation(
    operations: &'static [&'static OperationSpec],
    request: &WireRequest,
) -> Option<(&'static OperationSpec, BTreeMap<String, String>)> {
    operations
        .iter()
        .filter(|s| s.operation.method.as_str() == request.method.as_str())
        .filter_map(|s| Some((*s, match_path(s.operation.path, request.url.path())?)))
        .max_by_key(|(s, _)| literal_len(s.operation.path))
}

fn literal_len(template: &str) -> usize {
    let mut depth = 0usize;
    template
        .chars()
        .filter(|c| match c {
            '{' => {
                depth += 1;
                false
            }
            '}' => {
                depth = depth.saturating_sub(1);
                false
            }
            _ => depth == 0,
        })
        .count()
}

/// Matches a request path against a template such as `/v1/order/{orderId}/user`,
/// returning the decoded parameters.
pub(super) fn match_path(template: &str, path: &str) -> Option<BTreeMap<String, String>> {
    let wanted: Vec<&str> = template.trim_start_matches('/').split('/').collect();
    let got: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    if wanted.len() != got.len() {
        return None;
    }
    let mut params = BTreeMap::new();
    for (w, g) in wanted.iter().zip(&got) {
        if !w.contains('{') {
            if percent_decode(g) != *w {
                return None;
            }
            continue;
        }
        // A segment with parameters: literal pieces escaped, each `{name}` a group.
        let mut pattern = String::from("^");
        let mut names = Vec::new();
        let mut rest = *w;
        while let Some(open) = rest.find('{') {
            pattern.push_str(&regex_lite::escape(&rest[..open]));
            let close = rest[open..].find('}')? + open;
            names.push(&rest[open + 1..close]);
            pattern.push_str("(.*?)");
            rest = &rest[close + 1..];
        }
        pattern.push_str(&regex_lite::escape(rest));
        pattern.push('$');
        let regex = regex_lite::Regex::new(&pattern).ok()?;
        let caps = regex.captures(g)?;
        for (i, name) in names.iter().enumerate() {
            let value = caps.get(i + 1).map_or("", |m| m.as_str());
            if value.is_empty() {
                return None;
            }
            params.insert(name.to_string(), percent_decode(value));
        }
    }
    Some(params)
}

pub(super) fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (
            bytes[i],
            bytes.get(i + 1).copied().and_then(hex),
            bytes.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn check_security(
    operation: &Operation,
    state: &State,
    request: &WireRequest,
) -> Result<(), String> {
    if operation.security.is_empty() {
        return Ok(());
    }
    let mut reasons = Vec::new();
    for alternative in operation.security {
        match alternative
            .iter()
            .try_for_each(|scheme| check_scheme(scheme.name, scheme.kind, state, request))
        {
            Ok(()) => return Ok(()),
            Err(reason) => reasons.push(reason),
        }
    }
    Err(reasons.join("; or "))
}

fn check_scheme(
    name: &str,
    kind: SchemeKind,
    state: &State,
    request: &WireRequest,
) -> Result<(), String> {
    let header = |h: &str| request.headers.get(h).and_then(|v| v.to_str().ok());
    let authorization = header("authorization");
    match kind {
        SchemeKind::Bearer => match authorization.and_then(|a| a.strip_prefix("Bearer ")) {
            Some(token) if state.accepts_bearer(token) => Ok(()),
            Some(_) => Err(format!(
                "`{name}`: the bearer token is not valid (unknown, or revoked)"
            )),
            None => Err(format!("`{name}`: no `Authorization: Bearer` header")),
        },
        SchemeKind::Basic => {
            let expected = base64::engine::general_purpose::STANDARD
                .encode(format!("{MOCK_USER}:{MOCK_PASSWORD}"));
            match authorization.and_then(|a| a.strip_prefix("Basic ")) {
                Some(given) if given == expected => Ok(()),
                Some(_) => Err(format!("`{name}`: wrong basic credentials")),
                None => Err(format!("`{name}`: no `Authorization: Basic` header")),
            }
        }
        SchemeKind::Http { scheme } => {
            let given = authorization.and_then(|a| a.strip_prefix(scheme)?.strip_prefix(' '));
            match given {
                Some(MOCK_BEARER_TOKEN) => Ok(()),
                Some(_) => Err(format!("`{name}`: wrong `{scheme}` credentials")),
                None => Err(format!("`{name}`: no `Authorization: {scheme}` header")),
            }
        }
        SchemeKind::ApiKey { location, param } => {
            let given = match location {
                KeyLocation::Header => header(param).map(str::to_string),
                KeyLocation::Query => request
                    .url
                    .query_pairs()
                    .find(|(k, _)| k == param)
                    .map(|(_, v)| v.into_owned()),
                KeyLocation::Cookie => cookies(request).remove(param),
            };
            match given.as_deref() {
                Some(MOCK_API_KEY) => Ok(()),
                Some(_) => Err(format!("`{name}`: wrong API key in `{param}`")),
                None => Err(format!("`{name}`: no API key in `{param}`")),
            }
        }
    }
}

pub(super) fn cookies(request: &WireRequest) -> BTreeMap<String, String> {
    request
        .headers
        .get_all("cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| {
            let (k, v) = pair.trim().split_once('=')?;
            Some((k.to_string(), v.to_string()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{literal_len, match_path, percent_decode};

    #[test]
    fn paths_match_templates_with_parameters_inside_segments() {
        let params = match_path(
            "/items/{itemId}/tags/{tag}.json",
            "/items/7/tags/a%20b.json",
        );
        let params = params.unwrap_or_default();
        assert_eq!(params.get("itemId").map(String::as_str), Some("7"));
        assert_eq!(params.get("tag").map(String::as_str), Some("a b"));
        assert!(match_path("/items/{id}", "/items/7/more").is_none());
        assert!(match_path("/items/{id}", "/items/").is_none());
        assert!(match_path("/items/{id}.json", "/items/7.xml").is_none());
        assert!(match_path("/a/b", "/a/b").is_some_and(|p| p.is_empty()));
    }

    #[test]
    fn literal_text_prefers_the_more_specific_template() {
        assert!(literal_len("/users/me") > literal_len("/users/{id}"));
    }

    #[test]
    fn percent_decoding_keeps_malformed_escapes() {
        assert_eq!(percent_decode("A%2014%2F2"), "A 14/2");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz"), "%zz");
    }
}
