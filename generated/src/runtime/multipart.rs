// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! `multipart/form-data` bodies: text, JSON and file parts, and the `Upload` type.

use bytes::Bytes;
use reqwest::multipart::{Form, Part};

use super::error::InvalidRequest;
use super::params::scalar_text;

/// A file to upload: bytes plus optional file name and content type.
///
/// Without a file name the part is sent under the field's name; without a content type,
/// under the type the spec gives the part (else `application/octet-stream`). In a JSON
/// model (`format: binary` there is a string) it serializes as its bytes' UTF-8 text, and
/// reads a string or, as a `Vec<u8>` would, a sequence of numbers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Upload {
    data: Bytes,
    file_name: Option<String>,
    content_type: Option<String>,
}

impl Upload {
    /// An upload of `data`, with no file name or content type yet.
    pub fn new(data: impl Into<Bytes>) -> Self {
        Upload {
            data: data.into(),
            file_name: None,
            content_type: None,
        }
    }

    /// Sends the part with this file name (e.g. `voice.mp3`).
    pub fn with_file_name(mut self, name: impl Into<String>) -> Self {
        self.file_name = Some(name.into());
        self
    }

    /// Sends the part with this content type (e.g. `audio/mpeg`).
    pub fn with_content_type(mut self, content_type: impl Into<String>) -> Self {
        self.content_type = Some(content_type.into());
        self
    }

    /// The bytes to upload.
    pub fn data(&self) -> &Bytes {
        &self.data
    }

    /// The file name given with [`with_file_name`](Self::with_file_name), if any.
    pub fn file_name(&self) -> Option<&str> {
        self.file_name.as_deref()
    }

    /// The content type given with [`with_content_type`](Self::with_content_type), if any.
    pub fn content_type(&self) -> Option<&str> {
        self.content_type.as_deref()
    }

    /// The bytes, without name and type.
    pub fn into_data(self) -> Bytes {
        self.data
    }
}

impl From<Vec<u8>> for Upload {
    fn from(data: Vec<u8>) -> Self {
        Upload::new(data)
    }
}

impl From<Bytes> for Upload {
    fn from(data: Bytes) -> Self {
        Upload::new(data)
    }
}

impl From<&'static [u8]> for Upload {
    fn from(data: &'static [u8]) -> Self {
        Upload::new(data)
    }
}

impl serde::Serialize for Upload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // `format: binary` in a JSON document is a string (JSON has no bytes): its text.
        // Bytes that are not UTF-8 cannot be one, and are refused rather than altered.
        match std::str::from_utf8(&self.data) {
            Ok(text) => serializer.serialize_str(text),
            Err(_) => Err(serde::ser::Error::custom(
                "binary data that is not UTF-8 text cannot be sent in a JSON string",
            )),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Upload {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(UploadVisitor)
    }
}

/// Reads an `Upload` from a string (its UTF-8 bytes), bytes, or a sequence of numbers.
struct UploadVisitor;

impl<'de> serde::de::Visitor<'de> for UploadVisitor {
    type Value = Upload;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a string or a sequence of bytes")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Upload, E> {
        Ok(Upload::from(v.as_bytes().to_vec()))
    }

    fn visit_bytes<E: serde::de::Error>(self, v: &[u8]) -> Result<Upload, E> {
        Ok(Upload::from(v.to_vec()))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Upload, A::Error> {
        let mut data = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(byte) = seq.next_element::<u8>()? {
            data.push(byte);
        }
        Ok(Upload::from(data))
    }
}

/// A `multipart/form-data` body under construction.
#[derive(Debug, Default)]
pub struct Multipart {
    form: Form,
    // The first part that could not be added; `Client::send` reports it.
    invalid: Option<InvalidRequest>,
}

impl Multipart {
    /// An empty form.
    pub fn new() -> Self {
        Self::default()
    }

    /// A text part (sent without a content type, which means `text/plain`).
    pub fn text(mut self, name: &'static str, value: String) -> Self {
        self.form = self.form.text(name, value);
        self
    }

    /// File part: filename = upload's or the field name; Content-Type = upload's, else
    /// `default_content_type` (the spec's `encoding.<part>.contentType`, or
    /// "application/octet-stream" when the spec gives none).
    pub fn file(
        mut self,
        name: &'static str,
        upload: &Upload,
        default_content_type: &'static str,
    ) -> Self {
        // Parsers that follow RFC 7578 strictly need both a filename and a Content-Type
        // on a file part; sending neither broke third-party validators.
        let file_name = upload.file_name.clone().unwrap_or_else(|| name.to_string());
        let content_type = upload
            .content_type
            .as_deref()
            .unwrap_or(default_content_type);
        match Part::stream_with_length(upload.data.clone(), upload.data.len() as u64)
            .file_name(file_name)
            .mime_str(content_type)
        {
            Ok(part) => self.form = self.form.part(name, part),
            Err(_) => self.fail(InvalidRequest::new(
                name,
                format!("has an invalid content type `{content_type}`"),
            )),
        }
        self
    }

    /// A part holding `value` as JSON, with `Content-Type: application/json`.
    pub fn json<T: serde::Serialize + ?Sized>(
        mut self,
        name: &'static str,
        value: &T,
    ) -> Result<Self, InvalidRequest> {
        let text = serde_json::to_string(value)
            .map_err(|e| InvalidRequest::new(name, format!("cannot be encoded as JSON: {e}")))?;
        let part = Part::text(text)
            .mime_str("application/json")
            .map_err(|e| InvalidRequest::new(name, format!("cannot be sent as JSON: {e}")))?;
        self.form = self.form.part(name, part);
        Ok(self)
    }

    /// One text part per top-level property of `value` (strings as they are, anything
    /// else as JSON text), for bodies whose schema names no properties.
    pub fn from_json(value: &serde_json::Value) -> Self {
        let mut form = Multipart::new();
        if let serde_json::Value::Object(map) = value {
            for (k, v) in map.iter().filter(|(_, v)| !v.is_null()) {
                form.form = form.form.text(k.clone(), scalar_text(v));
            }
        }
        form
    }

    fn fail(&mut self, error: InvalidRequest) {
        self.invalid.get_or_insert(error);
    }

    pub(crate) fn into_parts(self) -> (Form, Option<InvalidRequest>) {
        (self.form, self.invalid)
    }
}

#[cfg(test)]
mod tests {
    use super::{Multipart, Upload};

    #[test]
    fn upload_serializes_as_a_json_string() {
        let upload = Upload::from(b"abc".to_vec()).with_file_name("a.bin");
        assert_eq!(
            serde_json::to_string(&upload).ok().as_deref(),
            Some("\"abc\"")
        );
        assert!(serde_json::to_string(&Upload::from(vec![0xffu8])).is_err());
        let back: Option<Upload> = serde_json::from_str("\"abc\"").ok();
        assert_eq!(back, Some(Upload::from(b"abc".to_vec())));
        let seq: Option<Upload> = serde_json::from_str("[1,2,3]").ok();
        assert_eq!(seq, Some(Upload::from(vec![1u8, 2, 3])));
        assert_eq!(Upload::default().data().len(), 0);
    }

    #[test]
    fn invalid_content_type_is_kept_for_send() {
        let upload = Upload::new(&b"x"[..]).with_content_type("not a mime type");
        let (_, invalid) = Multipart::new()
            .file("f", &upload, "application/octet-stream")
            .into_parts();
        assert_eq!(invalid.as_ref().map(|e| e.field()), Some("f"));
    }
}
