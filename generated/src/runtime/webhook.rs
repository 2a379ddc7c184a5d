// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! Webhook signatures, checked before anything in the payload is read (cargo feature
//! `webhooks`): Standard Webhooks, GitHub's `X-Hub-Signature-256` and Stripe's
//! `Stripe-Signature`, each an HMAC-SHA256 compared in constant time.

use base64::Engine as _;
use hmac::{Hmac, Mac};
use http::HeaderMap;
use sha2::Sha256;
use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

type HmacSha256 = Hmac<Sha256>;

/// How far a signed timestamp may be from now (Standard Webhooks' and Stripe's default).
pub const DEFAULT_TOLERANCE: Duration = Duration::from_secs(5 * 60);

/// Why a delivery was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum WebhookError {
    /// A header the scheme needs is missing (or not text).
    MissingHeader(&'static str),
    /// A header is there but not in the scheme's form.
    MalformedHeader(&'static str),
    /// The secret is not in the scheme's form (Standard Webhooks: base64, after `whsec_`).
    InvalidSecret,
    /// The signed timestamp is further from now than the tolerance: a replay, or a clock
    /// far off.
    OutsideTolerance {
        /// The delivery's timestamp, in seconds since the Unix epoch.
        timestamp: i64,
        /// Now, in seconds since the Unix epoch.
        now: i64,
    },
    /// No signature in the headers matches the body under the secret: a tampered body, a
    /// wrong secret, or a delivery from someone else.
    NoMatchingSignature,
    /// The body is not JSON (after the signature matched).
    NotJson(String),
    /// The body does not fit the payload type of the webhook it was matched to.
    Payload {
        /// The webhook's key in the spec.
        webhook: &'static str,
        /// Where the body first breaks the type (`.` is the body itself).
        path: String,
        /// What did not fit, as the decoder says it.
        message: String,
    },
    /// No webhook of the spec has this key.
    UnknownWebhook(String),
}

impl fmt::Display for WebhookError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WebhookError::MissingHeader(h) => write!(f, "webhook refused: no `{h}` header"),
            WebhookError::MalformedHeader(h) => write!(f, "webhook refused: `{h}` is malformed"),
            WebhookError::InvalidSecret => {
                f.write_str("webhook secret is not in the scheme's form")
            }
            WebhookError::OutsideTolerance { timestamp, now } => write!(
                f,
                "webhook refused: signed at {timestamp}, {}s from now ({now})",
                now.abs_diff(*timestamp)
            ),
            WebhookError::NoMatchingSignature => {
                f.write_str("webhook refused: no signature matches the body")
            }
            WebhookError::NotJson(e) => write!(f, "webhook payload is not JSON: {e}"),
            WebhookError::Payload {
                webhook,
                path,
                message,
            } => write!(
                f,
                "webhook payload does not fit `{webhook}` at `{path}`: {message}"
            ),
            WebhookError::UnknownWebhook(key) => write!(f, "the spec has no webhook `{key}`"),
        }
    }
}

impl std::error::Error for WebhookError {}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Scheme {
    StandardWebhooks,
    GitHub,
    Stripe,
    Hmac(Signature),
}

/// Where a plain HMAC-SHA256 signature is and how it is written, for APIs that sign
/// their own way (what `x-speakeasy-webhooks` and `x-fern-webhook-signature` describe).
/// The signed text is the body, or `<timestamp><delimiter><body>` with
/// [`timestamp`](Self::timestamp).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signature {
    header: &'static str,
    base64: bool,
    prefix: &'static str,
    timestamp: Option<(&'static str, &'static str)>,
}

impl Signature {
    /// The signature is in `header`, hex-encoded.
    pub fn hex(header: &'static str) -> Self {
        Signature {
            header,
            base64: false,
            prefix: "",
            timestamp: None,
        }
    }

    /// The signature is in `header`, base64-encoded.
    pub fn base64(header: &'static str) -> Self {
        Signature {
            base64: true,
            ..Signature::hex(header)
        }
    }

    /// The header's value starts with `prefix` before the signature (`sha256=`).
    pub fn prefix(mut self, prefix: &'static str) -> Self {
        self.prefix = prefix;
        self
    }

    /// The timestamp in seconds in `header` is signed before the body, joined by
    /// `delimiter`, and must be within the tolerance.
    pub fn timestamp(mut self, header: &'static str, delimiter: &'static str) -> Self {
        self.timestamp = Some((header, delimiter));
        self
    }
}

/// Checks a webhook delivery's signature under one scheme and secret. Build one per
/// endpoint and call [`verify`](Self::verify) with the request's headers and raw body
/// before parsing it.
#[derive(Clone)]
pub struct Verifier {
    scheme: Scheme,
    key: Vec<u8>,
    tolerance: Duration,
}

impl fmt::Debug for Verifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The key is a secret.
        f.debug_struct("Verifier")
            .field("scheme", &self.scheme)
            .field("tolerance", &self.tolerance)
            .finish_non_exhaustive()
    }
}

impl Verifier {
    /// [Standard Webhooks](https://www.standardwebhooks.com): `webhook-id`,
    /// `webhook-timestamp` and `webhook-signature` (`v1,<base64>`, several separated by
    /// spaces), with a `whsec_` base64 secret.
    ///
    /// # Errors
    ///
    /// [`WebhookError::InvalidSecret`] when the secret is not base64 (after `whsec_`).
    pub fn standard_webhooks(secret: &str) -> Result<Self, WebhookError> {
        let encoded = secret.strip_prefix("whsec_").unwrap_or(secret);
        let key = base64::engine::general_purpose::STANDARD
            .decode(encoded)
            .map_err(|_| WebhookError::InvalidSecret)?;
        Ok(Verifier::new(Scheme::StandardWebhooks, key))
    }

    /// GitHub's `X-Hub-Signature-256: sha256=<hex>` over the body, with the secret as
    /// written in the hook's settings. GitHub signs no timestamp, so no tolerance applies.
    pub fn github(secret: &str) -> Self {
        Verifier::new(Scheme::GitHub, secret.as_bytes().to_vec())
    }

    /// Stripe's `Stripe-Signature: t=<seconds>,v1=<hex>[,v1=<hex>...]` over
    /// `<t>.<body>`, with the endpoint's `whsec_...` secret as written.
    pub fn stripe(secret: &str) -> Self {
        Verifier::new(Scheme::Stripe, secret.as_bytes().to_vec())
    }

    /// A plain HMAC-SHA256 over the body (and a timestamp, if `signature` says so), with
    /// the secret's bytes as the key.
    pub fn hmac_sha256(secret: &str, signature: Signature) -> Self {
        Verifier::new(Scheme::Hmac(signature), secret.as_bytes().to_vec())
    }

    fn new(scheme: Scheme, key: Vec<u8>) -> Self {
        Verifier {
            scheme,
            key,
            tolerance: DEFAULT_TOLERANCE,
        }
    }

    /// How far a signed timestamp may be from now (default five minutes).
    pub fn with_tolerance(mut self, tolerance: Duration) -> Self {
        self.tolerance = tolerance;
        self
    }

    /// Checks the delivery against the system clock.
    ///
    /// # Errors
    ///
    /// The [`WebhookError`] that says why the delivery is refused.
    pub fn verify(&self, headers: &HeaderMap, body: &[u8]) -> Result<(), WebhookError> {
        self.verify_at(headers, body, SystemTime::now())
    }

    /// Checks the delivery as if it were `now` (for tests, and replays of logged ones).
    ///
    /// # Errors
    ///
    /// The [`WebhookError`] that says why the delivery is refused.
    pub fn verify_at(
        &self,
        headers: &HeaderMap,
        body: &[u8],
        now: SystemTime,
    ) -> Result<(), WebhookError> {
        let now = match now.duration_since(UNIX_EPOCH) {
            Ok(d) => i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
            Err(e) => -i64::try_from(e.duration().as_secs()).unwrap_or(i64::MAX),
        };
        match &self.scheme {
            Scheme::StandardWebhooks => {
                let id = header(headers, "webhook-id")?;
                let timestamp = header(headers, "webhook-timestamp")?;
                let signatures = header(headers, "webhook-signature")?;
                self.fresh(seconds(timestamp, "webhook-timestamp")?, now)?;
                let decoded = signatures.split(' ').filter_map(|s| {
                    let sig = s.strip_prefix("v1,")?;
                    base64::engine::general_purpose::STANDARD.decode(sig).ok()
                });
                self.matches(
                    &[id.as_bytes(), b".", timestamp.as_bytes(), b".", body],
                    decoded,
                )
            }
            Scheme::GitHub => {
                let name = "x-hub-signature-256";
                let signature = header(headers, name)?;
                let hex = signature
                    .strip_prefix("sha256=")
                    .ok_or(WebhookError::MalformedHeader(name))?;
                let sig = from_hex(hex).ok_or(WebhookError::MalformedHeader(name))?;
                self.matches(&[body], std::iter::once(sig))
            }
            Scheme::Stripe => {
                let name = "stripe-signature";
                let value = header(headers, name)?;
                let pairs = value.split(',').filter_map(|p| p.trim().split_once('='));
                let timestamp = pairs
                    .clone()
                    .find(|(k, _)| *k == "t")
                    .map(|(_, v)| v)
                    .ok_or(WebhookError::MalformedHeader(name))?;
                self.fresh(seconds(timestamp, name)?, now)?;
                let signatures = pairs
                    .filter(|(k, _)| *k == "v1")
                    .filter_map(|(_, v)| from_hex(v));
                self.matches(&[timestamp.as_bytes(), b".", body], signatures)
            }
            Scheme::Hmac(signature) => self.plain(signature, headers, body, now),
        }
    }

    fn plain(
        &self,
        signature: &Signature,
        headers: &HeaderMap,
        body: &[u8],
        now: i64,
    ) -> Result<(), WebhookError> {
        let name = signature.header;
        let value = header(headers, name)?;
        let text = value
            .trim()
            .strip_prefix(signature.prefix)
            .ok_or(WebhookError::MalformedHeader(name))?;
        let decoded = if signature.base64 {
            base64::engine::general_purpose::STANDARD.decode(text).ok()
        } else {
            from_hex(text)
        };
        let sig = decoded.ok_or(WebhookError::MalformedHeader(name))?;
        match signature.timestamp {
            Some((ts_header, delimiter)) => {
                let timestamp = header(headers, ts_header)?;
                self.fresh(seconds(timestamp, ts_header)?, now)?;
                let parts = [timestamp.trim().as_bytes(), delimiter.as_bytes(), body];
                self.matches(&parts, std::iter::once(sig))
            }
            None => self.matches(&[body], std::iter::once(sig)),
        }
    }

    fn fresh(&self, timestamp: i64, now: i64) -> Result<(), WebhookError> {
        let tolerance = i64::try_from(self.tolerance.as_secs()).unwrap_or(i64::MAX);
        if now.abs_diff(timestamp) > tolerance.unsigned_abs() {
            return Err(WebhookError::OutsideTolerance { timestamp, now });
        }
        Ok(())
    }

    /// Whether one of `signatures` is the HMAC of `parts`, compared in constant time
    /// (`Mac::verify_slice`).
    fn matches(
        &self,
        parts: &[&[u8]],
        signatures: impl Iterator<Item = Vec<u8>>,
    ) -> Result<(), WebhookError> {
        let Ok(mut mac) = HmacSha256::new_from_slice(&self.key) else {
            return Err(WebhookError::InvalidSecret);
        };
        for part in parts {
            mac.update(part);
        }
        for signature in signatures {
            if mac.clone().verify_slice(&signature).is_ok() {
                return Ok(());
            }
        }
        Err(WebhookError::NoMatchingSignature)
    }
}

fn header<'h>(headers: &'h HeaderMap, name: &'static str) -> Result<&'h str, WebhookError> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .ok_or(WebhookError::MissingHeader(name))
}

fn seconds(text: &str, header: &'static str) -> Result<i64, WebhookError> {
    text.trim()
        .parse()
        .map_err(|_| WebhookError::MalformedHeader(header))
}

fn from_hex(text: &str) -> Option<Vec<u8>> {
    let text = text.trim().as_bytes();
    if text.len() % 2 != 0 {
        return None;
    }
    let digit = |c: u8| (c as char).to_digit(16);
    text.chunks(2)
        .map(|pair| Some((digit(pair[0])? * 16 + digit(pair[1])?) as u8))
        .collect()
}
