//! The client runtime, as the generator embeds it: the runtime crate's files, copied byte
//! for byte into each generated crate's `src/runtime/`, and its dependencies.

include!(concat!(env!("OUT_DIR"), "/runtime.rs"));

/// The names of the runtime's features, which every generated crate has.
pub fn feature_names() -> Vec<&'static str> {
    FEATURES
        .lines()
        .filter_map(|l| l.split_once('=').map(|(name, _)| name.trim()))
        .filter(|name| !name.is_empty() && !name.starts_with('#'))
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_mock_feature_the_emitters_name_is_the_runtime_s() {
        assert!(super::feature_names().contains(&crate::ir::features::MOCK));
        assert!(super::feature_names().contains(&crate::ir::features::WEBHOOKS));
    }
}
