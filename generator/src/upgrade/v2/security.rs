//! `securityDefinitions` as 3.0 `securitySchemes`; an OAuth2 `flow` becomes a `flows` entry.

use crate::pointer::child;
use crate::upgrade::Cx;
use serde_json::{Map, Value, json};

pub(super) fn security_scheme(d: &Value, at: &str, cx: &mut Cx) -> Option<Value> {
    let mut out = Map::new();
    if let Some(desc) = d.get("description") {
        out.insert("description".into(), desc.clone());
    }
    match d.get("type").and_then(Value::as_str) {
        Some("basic") => {
            out.insert("type".into(), json!("http"));
            out.insert("scheme".into(), json!("basic"));
        }
        Some("apiKey") => {
            out.insert("type".into(), json!("apiKey"));
            out.insert("name".into(), d.get("name").cloned().unwrap_or(Value::Null));
            out.insert("in".into(), d.get("in").cloned().unwrap_or(Value::Null));
        }
        Some("oauth2") => {
            let scopes = d.get("scopes").cloned().unwrap_or_else(|| json!({}));
            let auth = d
                .get("authorizationUrl")
                .cloned()
                .unwrap_or_else(|| json!(""));
            let token = d.get("tokenUrl").cloned().unwrap_or_else(|| json!(""));
            let flow = d.get("flow").and_then(Value::as_str).unwrap_or("");
            let flows = match flow {
                "implicit" => json!({ "implicit": { "authorizationUrl": auth, "scopes": scopes } }),
                "password" => json!({ "password": { "tokenUrl": token, "scopes": scopes } }),
                "application" => {
                    json!({ "clientCredentials": { "tokenUrl": token, "scopes": scopes } })
                }
                "accessCode" => {
                    json!({ "authorizationCode": { "authorizationUrl": auth, "tokenUrl": token, "scopes": scopes } })
                }
                other => {
                    cx.unsupported(
                        &child(at, "flow"),
                        format!("the OAuth2 flow `{other}` is not a Swagger 2.0 flow"),
                        "use `implicit`, `password`, `application` or `accessCode`",
                    );
                    return None;
                }
            };
            out.insert("type".into(), json!("oauth2"));
            out.insert("flows".into(), flows);
        }
        other => {
            cx.unsupported(
                &child(at, "type"),
                format!(
                    "the security type `{}` is not a Swagger 2.0 type",
                    other.unwrap_or("")
                ),
                "use `basic`, `apiKey` or `oauth2`",
            );
            return None;
        }
    }
    Some(Value::Object(out))
}
