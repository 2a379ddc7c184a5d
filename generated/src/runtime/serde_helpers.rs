// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! Serde helpers that generated models name in `#[serde(...)]` attributes.

/// Deserializes an optional, nullable property so that a present `null` is `Some(None)`
/// while an absent property (through `#[serde(default)]`) stays `None`.
pub fn double_option<'de, T, D>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    T: serde::Deserialize<'de>,
    D: serde::Deserializer<'de>,
{
    <Option<T> as serde::Deserialize>::deserialize(deserializer).map(Some)
}

#[cfg(test)]
mod tests {
    #[derive(serde::Deserialize)]
    struct Patch {
        #[serde(default, deserialize_with = "super::double_option")]
        name: Option<Option<String>>,
    }

    #[test]
    fn absent_null_and_value_differ() {
        let parse = |s: &str| serde_json::from_str::<Patch>(s).map(|p| p.name).ok();
        assert_eq!(parse("{}"), Some(None));
        assert_eq!(parse(r#"{"name":null}"#), Some(Some(None)));
        assert_eq!(parse(r#"{"name":"x"}"#), Some(Some(Some("x".into()))));
    }
}
