//! Swagger 2.0 to OpenAPI 3.0.

use super::{Cx, Upgraded};
use serde_json::Value;

/// Converts a Swagger 2.0 document.
pub fn upgrade(doc: Value, _skip_unsupported: bool) -> Upgraded {
    let mut cx = Cx::new(false);
    cx.unsupported(
        "#/swagger",
        "Swagger 2.0 is not converted yet",
        "convert it to OpenAPI 3.0 first, e.g. with `npx swagger2openapi spec.yaml -o openapi.yaml`",
    );
    cx.finish(doc)
}
