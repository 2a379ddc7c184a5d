// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! Reading a webhook delivery into the generated `Event` enum (cargo feature `webhooks`):
//! which webhook it is, by an event-type header, a type field of the payload or the
//! webhook's key, and its payload decoded with the path where it breaks the type.

use super::webhook::WebhookError;
use http::HeaderMap;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// What tells one webhook's deliveries from the others'.
#[derive(Clone, Copy, Debug)]
pub struct Route {
    /// The webhook's key in the spec.
    pub key: &'static str,
    /// An event-type header (lower case) and the value that names this webhook.
    pub header: Option<(&'static str, &'static str)>,
    /// A top-level payload property and the value that names this webhook.
    pub field: Option<(&'static str, &'static str)>,
}

impl Route {
    /// How many of its rules the delivery meets, or `None` when it breaks one.
    fn fits(&self, headers: &HeaderMap, payload: &Value) -> Option<u8> {
        let mut met = 0;
        if let Some((name, value)) = self.header {
            let sent = headers.get(name)?.to_str().ok()?;
            if sent.trim() != value {
                return None;
            }
            met += 1;
        }
        if let Some((name, value)) = self.field {
            if payload.get(name)?.as_str()? != value {
                return None;
            }
            met += 1;
        }
        Some(met)
    }
}

/// The routes a delivery fits, with how many rules each met: those that met the most
/// first, in spec order among equals.
fn candidates<'r>(
    routes: &'r [Route],
    headers: &HeaderMap,
    payload: &Value,
) -> Vec<(u8, &'r Route)> {
    let mut fitting: Vec<(u8, &Route)> = routes
        .iter()
        .filter_map(|r| Some((r.fits(headers, payload)?, r)))
        .collect();
    fitting.sort_by_key(|(met, _)| std::cmp::Reverse(*met));
    fitting
}

fn json(body: &[u8]) -> Result<Value, WebhookError> {
    serde_json::from_slice(body).map_err(|e| WebhookError::NotJson(e.to_string()))
}

/// Reads a delivery as the first webhook it fits whose payload type it fits. A delivery
/// that meets a webhook's rules (its header or type field) but not its payload type is
/// that webhook's error; one that meets no webhook's rules and fits no payload type of a
/// webhook without rules is `unknown`.
///
/// # Errors
///
/// [`WebhookError::NotJson`], or the [`WebhookError::Payload`] of the first webhook whose
/// rules the delivery meets.
pub fn parse<E>(
    routes: &[Route],
    headers: &HeaderMap,
    body: &[u8],
    decode: fn(&'static str, &Value) -> Result<E, WebhookError>,
    unknown: fn(Value) -> E,
) -> Result<E, WebhookError> {
    let payload = json(body)?;
    let mut first_error = None;
    for (met, route) in candidates(routes, headers, &payload) {
        match decode(route.key, &payload) {
            Ok(event) => return Ok(event),
            // A route without rules is only a guess: its type not fitting says nothing.
            Err(e) if met > 0 => {
                first_error.get_or_insert(e);
            }
            Err(_) => {}
        }
    }
    match first_error {
        Some(e) => Err(e),
        None => Ok(unknown(payload)),
    }
}

/// Reads a delivery as the webhook `key`, whatever its headers say.
///
/// # Errors
///
/// [`WebhookError::UnknownWebhook`] for a key no route has, [`WebhookError::NotJson`] or
/// [`WebhookError::Payload`].
pub fn parse_as<E>(
    routes: &[Route],
    key: &str,
    body: &[u8],
    decode: fn(&'static str, &Value) -> Result<E, WebhookError>,
) -> Result<E, WebhookError> {
    let route = routes
        .iter()
        .find(|r| r.key == key)
        .ok_or_else(|| WebhookError::UnknownWebhook(key.to_string()))?;
    decode(route.key, &json(body)?)
}

/// Decodes `payload` as the payload type of `webhook`.
///
/// # Errors
///
/// [`WebhookError::Payload`] with where the payload breaks the type.
pub fn decode<T: DeserializeOwned>(
    webhook: &'static str,
    payload: &Value,
) -> Result<T, WebhookError> {
    serde_path_to_error::deserialize(payload).map_err(|e| WebhookError::Payload {
        webhook,
        path: e.path().to_string(),
        message: e.into_inner().to_string(),
    })
}
