//! Pins the exact entries `compare` gives for records that exercise every kind of change (the longest lists in `pinned/`).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::*;
use crate::surface::{
    BodyRec, ConstraintsRec, ErrorRec, FieldRec, FlowRec, OpRec, ParamRec, SchemeRec, ServerRec,
    Surface, TypeRec, VariantRec,
};

fn server(url: &str, docs: Option<&str>) -> ServerRec {
    ServerRec {
        url: url.into(),
        docs: docs.map(Into::into),
    }
}

fn flow(name: &str, token: &str, scopes: &[&str]) -> FlowRec {
    FlowRec {
        flow: name.into(),
        token_url: token.into(),
        authorization_url: None,
        scopes: scopes.iter().map(|s| s.to_string()).collect(),
    }
}

fn scheme(name: &str, builder: &str, kind: &str) -> SchemeRec {
    SchemeRec {
        name: name.into(),
        kind: kind.into(),
        builder_fn: builder.into(),
        ..Default::default()
    }
}

fn op(rust: &str, method: &str, path: &str) -> OpRec {
    OpRec {
        streams: Vec::new(),
        rust: rust.into(),
        id: rust.into(),
        method: method.into(),
        path: path.into(),
        response: "()".into(),
        error_enum: format!("{rust}Error"),
        ..Default::default()
    }
}

fn param(name: &str, location: &str, required: bool) -> ParamRec {
    ParamRec {
        name: name.into(),
        wire_name: name.into(),
        location: location.into(),
        style: "form".into(),
        rust_type: "String".into(),
        required,
        ..Default::default()
    }
}

fn body(rust_type: &str, media: &str) -> BodyRec {
    BodyRec {
        rust_type: rust_type.into(),
        media_type: media.into(),
        encoding: "json".into(),
        required: true,
        ..Default::default()
    }
}

fn error(variant: &str, status: &str, body: Option<&str>) -> ErrorRec {
    ErrorRec {
        variant: variant.into(),
        status: status.into(),
        body: body.map(Into::into),
        docs: None,
    }
}

fn ty(name: &str, kind: &str) -> TypeRec {
    TypeRec {
        name: name.into(),
        kind: kind.into(),
        ..Default::default()
    }
}

fn field(name: &str, rust_type: &str, required: bool) -> FieldRec {
    FieldRec {
        name: name.into(),
        wire_name: name.into(),
        rust_type: rust_type.into(),
        required,
        ..Default::default()
    }
}

fn variant(name: &str, value: &str) -> VariantRec {
    VariantRec {
        name: name.into(),
        value: value.into(),
        docs: None,
    }
}

fn variants(pairs: &[(&str, &str)]) -> Vec<VariantRec> {
    pairs
        .iter()
        .map(|(name, value)| variant(name, value))
        .collect()
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

fn alias(name: &str, of: &str) -> TypeRec {
    TypeRec {
        alias_of: Some(of.into()),
        ..ty(name, "alias")
    }
}

/// A struct with a required field, so built with `new`.
fn with_new(name: &str, fields: Vec<FieldRec>) -> TypeRec {
    TypeRec {
        constructor: Some("new".into()),
        fields,
        ..ty(name, "struct")
    }
}

/// The target that `Merged` becomes another name for and `Split` stops being one for.
fn target() -> TypeRec {
    with_new("Target", vec![field("a", "String", true)])
}

/// `Color`: an enum the API returns, so a value new to it used to come as the fallback.
fn color(repr: &str, unknown: &str, values: &[(&str, &str)]) -> TypeRec {
    TypeRec {
        used_in: strings(&["response"]),
        repr: Some(repr.into()),
        unknown: Some(unknown.into()),
        variants: variants(values),
        ..ty("Color", "enum")
    }
}

/// `Shape`: a `oneOf` of models.
fn shape(alternatives: &[(&str, &str)], discriminator: Option<&str>) -> TypeRec {
    TypeRec {
        one_of: variants(alternatives),
        discriminator: discriminator.map(Into::into),
        ..ty("Shape", "one_of")
    }
}

/// `Received`: a model the API returns, whose constraints the client does not check;
/// `sent` when an operation sends it too, which brings builders and `validate`.
fn received(serde: &[&str], sent: bool, checked: ConstraintsRec, map: Option<&str>) -> TypeRec {
    TypeRec {
        used_in: strings(&["response"]),
        serde: Some(strings(serde)),
        builders: Some(sent),
        validate: Some(sent),
        constructor: Some("Default".into()),
        fields: vec![FieldRec {
            constraints: checked,
            ..field("checked", "String", false)
        }],
        additional: map.map(Into::into),
        ..ty("Received", "struct")
    }
}

/// `Sent`: a model operations send, so that its constraints are checked.
fn sent(docs: &str, serde: &[&str], builders: bool, fields: Vec<FieldRec>) -> TypeRec {
    TypeRec {
        used_in: strings(&["request"]),
        docs: Some(docs.into()),
        serde: Some(strings(serde)),
        builders: Some(builders),
        validate: Some(builders),
        ..with_new("Sent", fields)
    }
}

/// The crate `Pets` at `version`: its docs and lists come from the caller.
fn pets(version: &str, docs: &str) -> Surface {
    Surface {
        format: 1,
        title: "Pets".into(),
        spec_version: version.into(),
        docs: Some(docs.into()),
        ..Default::default()
    }
}

/// Every bound moves one way or the other, so both lists of `constraints` fill up.
fn bounds() -> (ConstraintsRec, ConstraintsRec) {
    let old = ConstraintsRec {
        min_length: Some(0),
        max_length: Some(255),
        minimum: Some(1.0),
        exclusive_minimum: false,
        maximum: None,
        exclusive_maximum: false,
        min_items: Some(2),
        max_items: None,
        pattern: Some("^a$".into()),
    };
    let new = ConstraintsRec {
        min_length: Some(3),
        max_length: Some(100),
        minimum: Some(1.0),
        exclusive_minimum: true,
        maximum: Some(9.5),
        exclusive_maximum: false,
        min_items: None,
        max_items: Some(10),
        pattern: Some("^b$".into()),
    };
    (old, new)
}

fn old_operations(loose: &ConstraintsRec) -> Vec<OpRec> {
    let mut keep = op("keep", "get", "/things/{id}");
    keep.docs = Some("old".into());
    keep.path_params = vec![param("id", "path", true)];
    keep.call_builder = Some("KeepCall".into());
    keep.params = vec![
        param("gone", "query", false),
        param("flip", "query", false),
        ParamRec {
            rust_type: "i32".into(),
            ..param("retype", "query", false)
        },
        ParamRec {
            constraints: loose.clone(),
            ..param("wire", "query", false)
        },
    ];
    keep.body = Some(body("models::Thing", "application/json"));
    keep.errors = vec![
        error("NotFound", "404", None),
        error("Gone", "410", None),
        error("Teapot", "418", Some("String")),
    ];
    keep.security = vec![strings(&["key"]), strings(&["oauth"])];

    let mut moved = op("moved", "post", "/a/{x}/{y}");
    moved.path_params = vec![param("x", "path", true), param("y", "path", true)];
    moved.body = None;
    moved.security = vec![strings(&["key", "oauth"])];
    moved.deprecated = true;

    let mut unparam = op("unparam", "get", "/u");
    unparam.call_builder = Some("UnparamCall".into());
    unparam.params = vec![param("q", "query", false)];
    unparam.body = Some(body("String", "text/plain"));
    unparam.error_enum = "OldError".into();

    let mut renamed = op("renamed", "get", "/r");
    renamed.params = vec![param("q", "query", true)];

    vec![
        keep,
        moved,
        unparam,
        renamed,
        op("removed", "delete", "/gone"),
    ]
}

fn old_types(loose: ConstraintsRec) -> Vec<TypeRec> {
    let sent = sent(
        "old",
        &["Serialize", "Deserialize"],
        true,
        vec![
            field("gone", "String", false),
            field("req", "String", true),
            field("opt", "String", false),
            field("retype", "i32", false),
            FieldRec {
                constraints: loose.clone(),
                deprecated: true,
                ..field("wire", "String", false)
            },
        ],
    );
    let merged = TypeRec {
        docs: Some("merged docs".into()),
        ..with_new(
            "Merged",
            vec![field("a", "String", true), field("b", "String", false)],
        )
    };

    vec![
        sent,
        received(&["Deserialize"], false, loose, Some("String")),
        color(
            "string",
            "Unknown",
            &[("Red", "red"), ("Green", "green"), ("Blue", "blue")],
        ),
        shape(
            &[
                ("Circle", "models::Circle"),
                ("Square", "models::Square"),
                ("Line", "models::Line"),
            ],
            Some("kind"),
        ),
        alias("Name", "String"),
        alias("Split", "models::Target"),
        target(),
        merged,
        alias("Odd", "models::Color"),
        ty("Dropped", "string_enum"),
        ty("Kind", "struct"),
    ]
}

fn old_surface() -> Surface {
    let (loose, _) = bounds();
    Surface {
        servers: vec![
            server("https://a.example", None),
            server("https://b.example", Some("b")),
            server("https://gone.example", None),
        ],
        security_schemes: vec![
            SchemeRec {
                login_fn: Some("login".into()),
                flows: vec![
                    flow("client_credentials", "https://t/1", &["read", "write"]),
                    flow("implicit", "https://t/i", &[]),
                ],
                ..scheme("oauth", "with_oauth", "bearer")
            },
            scheme("key", "with_key", "api_key_header"),
            scheme("old", "with_old", "basic"),
        ],
        operations: old_operations(&loose),
        types: old_types(loose),
        ..pets("1.0", "old crate docs")
    }
}

fn new_operations(tight: &ConstraintsRec) -> Vec<OpRec> {
    let mut keep = op("keep", "get", "/things/{id}");
    keep.docs = Some("new".into());
    keep.path_params = vec![ParamRec {
        constraints: ConstraintsRec {
            max_length: Some(8),
            ..Default::default()
        },
        docs: Some("the id".into()),
        ..param("id", "path", true)
    }];
    keep.call_builder = Some("KeepCall".into());
    keep.args_struct = Some("KeepArgs".into());
    keep.params = vec![
        param("flip", "query", true),
        ParamRec {
            rust_type: "i64".into(),
            deprecated: true,
            ..param("retype", "query", false)
        },
        ParamRec {
            constraints: tight.clone(),
            wire_name: "Wire".into(),
            location: "header".into(),
            style: "simple".into(),
            docs: Some("wire docs".into()),
            ..param("wire", "query", false)
        },
        param("added_req", "query", true),
        param("added_opt", "cookie", false),
    ];
    keep.body = Some(BodyRec {
        encoding: "multipart".into(),
        docs: Some("body docs".into()),
        ..body("models::Other", "multipart/form-data")
    });
    keep.response = "models::Thing".into();
    keep.errors = vec![
        error("NotFound", "404", Some("models::Problem")),
        error("Teapot", "419", Some("String")),
        ErrorRec {
            docs: Some("new".into()),
            ..error("Conflict", "409", None)
        },
    ];
    keep.security = vec![strings(&["oauth"])];

    let mut moved = op("moved", "put", "/b/{x}");
    moved.path_params = vec![ParamRec {
        rust_type: "i64".into(),
        ..param("x", "path", true)
    }];
    moved.body = Some(body("String", "text/plain"));
    moved.call_builder = Some("MovedCall".into());
    moved.params = vec![param("q", "query", false)];
    moved.security = vec![strings(&["key"]), strings(&[])];

    let mut unparam = op("unparam", "get", "/u");
    unparam.body = None;
    unparam.error_enum = "NewError".into();
    unparam.errors = vec![error("Boom", "500", None)];

    let mut renamed = op("renamed", "get", "/r");
    renamed.call_builder = Some("RenamedCall".into());
    renamed.params = vec![param("q", "query", false)];

    vec![op("added", "post", "/new"), keep, moved, unparam, renamed]
}

fn new_types(tight: ConstraintsRec) -> Vec<TypeRec> {
    let sent = TypeRec {
        deprecated: true,
        additional: Some("serde_json::Value".into()),
        ..sent(
            "new",
            &["Deserialize", "Debug"],
            false,
            vec![
                field("req", "String", false),
                field("opt", "Option<String>", true),
                field("retype", "i64", false),
                FieldRec {
                    constraints: tight.clone(),
                    wire_name: "WIRE".into(),
                    docs: Some("field docs".into()),
                    ..field("wire", "String", false)
                },
                field("added_req", "String", true),
                field("added_opt", "String", false),
            ],
        )
    };
    let merged = TypeRec {
        docs: Some("merged docs".into()),
        deprecated: true,
        ..alias("Merged", "models::Target")
    };

    vec![
        ty("Fresh", "string_enum"),
        TypeRec {
            fields: vec![field("a", "String", true)],
            ..ty("Odd", "struct")
        },
        merged,
        target(),
        with_new(
            "Split",
            vec![field("a", "String", true), field("c", "String", false)],
        ),
        alias("Name", "models::Name2"),
        shape(
            &[
                ("Circle", "models::Round"),
                ("Square", "models::Square"),
                ("Star", "models::Star"),
            ],
            None,
        ),
        color(
            "integer",
            "Other",
            &[("Red", "RED"), ("Green", "green"), ("Purple", "purple")],
        ),
        received(&["Deserialize", "Serialize"], true, tight, None),
        sent,
        ty("Kind", "enum"),
    ]
}

fn new_surface() -> Surface {
    let (_, tight) = bounds();
    Surface {
        servers: vec![
            server("https://b.example", Some("b2")),
            server("https://a.example", None),
            server("https://new.example", None),
        ],
        security_schemes: vec![
            scheme("new", "with_new", "bearer"),
            SchemeRec {
                login_fn: None,
                flows: vec![
                    flow("client_credentials", "https://t/2", &["read", "admin"]),
                    flow("password", "https://t/p", &[]),
                ],
                docs: Some("oauth docs".into()),
                ..scheme("oauth", "with_oauth2", "oauth2")
            },
            scheme("key", "with_key", "api_key_header"),
        ],
        operations: new_operations(&tight),
        types: new_types(tight),
        ..pets("2.0", "new crate docs")
    }
}

fn lines(impact: &Impact) -> String {
    impact
        .entries
        .iter()
        .map(|e| {
            format!(
                "{} {} {} | {}\n",
                e.class.label(),
                match e.visibility {
                    Visibility::Rust => "rust",
                    Visibility::Wire => "wire",
                },
                e.item,
                e.what
            )
        })
        .collect()
}

#[test]
fn every_kind_of_change_gets_its_entry_in_record_order() {
    let got = lines(&compare(&old_surface(), &new_surface()));
    let want = include_str!("pinned/forward.txt");
    assert_eq!(got, want, "\n{got}");
}

#[test]
fn the_reverse_change_gets_its_entries_too() {
    let got = lines(&compare(&new_surface(), &old_surface()));
    let want = include_str!("pinned/reverse.txt");
    assert_eq!(got, want, "\n{got}");
}

#[test]
fn equal_records_give_nothing() {
    assert!(compare(&old_surface(), &old_surface()).is_empty());
    assert!(compare(&new_surface(), &new_surface()).is_empty());
}

/// Keys that repeat pair with the first of their kind on the old side; later repeats there
/// are neither kept nor removed.
#[test]
fn repeated_keys_pair_with_the_first_old_one() {
    let mut old = ty("E", "enum");
    old.variants = vec![variant("A", "a1"), variant("A", "a2"), variant("B", "b")];
    let mut new = ty("E", "enum");
    new.variants = vec![variant("A", "x"), variant("A", "a1"), variant("C", "c")];
    let surface = |t: TypeRec| Surface {
        types: vec![t],
        ..Default::default()
    };
    let got = lines(&compare(&surface(old), &surface(new)));
    let want = r#"breaking wire models::E::A | now sent as `x` (was `a1`)
additive rust models::E::C | new value `c`
breaking rust models::E::B | value `b` removed
"#;
    assert_eq!(got, want, "\n{got}");
}

/// The entries for a path parameter whose constraints go from `o` to `n`, then `--`.
fn path_param_bounds((o, n): (ConstraintsRec, ConstraintsRec)) -> String {
    let mut op_old = op("f", "get", "/f");
    op_old.path_params = vec![ParamRec {
        constraints: o,
        ..param("p", "path", true)
    }];
    let mut op_new = op_old.clone();
    op_new.path_params[0].constraints = n;
    let surface = |op: OpRec| Surface {
        operations: vec![op],
        ..Default::default()
    };
    lines(&compare(&surface(op_old), &surface(op_new))) + "--\n"
}

#[test]
fn bounds_on_numbers_show_both_values() {
    let c = |min: Option<f64>, xmin: bool, max: Option<f64>, xmax: bool| ConstraintsRec {
        minimum: min,
        exclusive_minimum: xmin,
        maximum: max,
        exclusive_maximum: xmax,
        ..Default::default()
    };
    let cases = [
        (
            c(None, false, None, false),
            c(Some(0.0), false, Some(0.0), false),
        ),
        (
            c(Some(2.5), false, Some(7.0), false),
            c(None, false, None, false),
        ),
        (
            c(Some(2.0), false, Some(7.0), false),
            c(Some(2.0), true, Some(7.0), true),
        ),
        (
            c(Some(2.0), true, Some(7.0), true),
            c(Some(2.0), false, Some(7.0), false),
        ),
        (
            c(Some(2.0), true, Some(7.0), true),
            c(Some(1.0), true, Some(8.0), true),
        ),
        (
            c(Some(-1e300), false, Some(1e21), false),
            c(Some(-0.5), false, Some(1e20), false),
        ),
        (
            c(Some(0.0), false, Some(0.0), false),
            c(Some(-0.0), false, Some(-0.0), false),
        ),
        (
            c(Some(1.0), false, None, false),
            c(Some(f64::NAN), true, None, false),
        ),
        (
            c(None, false, None, false),
            c(Some(f64::NAN), false, None, false),
        ),
        (
            ConstraintsRec {
                min_length: Some(0),
                min_items: Some(5),
                max_length: Some(u64::MAX),
                ..Default::default()
            },
            ConstraintsRec {
                max_items: Some(0),
                max_length: Some(u64::MAX - 1),
                ..Default::default()
            },
        ),
        (
            ConstraintsRec {
                min_length: None,
                ..Default::default()
            },
            ConstraintsRec {
                min_length: Some(0),
                min_items: Some(0),
                ..Default::default()
            },
        ),
    ];
    let got: String = cases.into_iter().map(path_param_bounds).collect();
    let want = r#"breaking wire Client::f(p) | constraint tightened: minimum none -> 0, maximum none -> 0
--
additive wire Client::f(p) | constraint loosened: minimum 2.5 -> none, maximum 7 -> none
--
breaking wire Client::f(p) | constraint tightened: minimum 2 -> 2, maximum 7 -> 7
--
additive wire Client::f(p) | constraint loosened: minimum 2 -> 2, maximum 7 -> 7
--
additive wire Client::f(p) | constraint loosened: minimum 2 -> 1, maximum 7 -> 8
--
breaking wire Client::f(p) | constraint tightened: minimum -1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 -> -0.5, maximum 1000000000000000000000 -> 100000000000000000000
--
--
--
breaking wire Client::f(p) | constraint tightened: minimum none -> NaN
--
breaking wire Client::f(p) | constraint tightened: maxLength 18446744073709551615 -> 18446744073709551614, maxItems 0 added
additive wire Client::f(p) | constraint loosened: minItems 5 removed
--
--
"#;
    assert_eq!(got, want, "\n{got}");
}

/// Types pair by name, not by position: GitHub's ~7,000 types, all moved and with as many
/// added, give one entry per added type and nothing else. (Pairing goes through a hash
/// index, so it is linear; its time is the benchmark's concern, not a test's.)
#[test]
fn a_spec_s_worth_of_reordered_types_pairs_by_name() {
    let types = |prefix: &str| -> Vec<TypeRec> {
        (0..7_000)
            .map(|i| ty(&format!("{prefix}{i}"), "struct"))
            .collect()
    };
    let surface = |types| Surface {
        types,
        ..Default::default()
    };
    let (old, mut new) = (types("T"), types("T"));
    new.reverse();
    new.extend(types("U"));
    let impact = compare(&surface(old), &surface(new));
    assert_eq!(impact.entries.len(), 7_000);
    assert!(
        impact.entries.iter().all(|e| e.item.contains("::U")),
        "{:?}",
        impact.entries.first()
    );
}

#[test]
fn a_record_from_before_request_builders_says_each_call_changed_shape() {
    let mut old = op("list", "get", "/l");
    old.params_struct = Some("ListParams".into());
    old.params = vec![param("q", "query", false)];
    let mut new = old.clone();
    new.params_struct = None;
    new.call_builder = Some("ListCall".into());
    let surface = |op: &OpRec| Surface {
        operations: vec![op.clone()],
        ..pets("1.0", "docs")
    };
    let entries = lines(&compare(&surface(&old), &surface(&new)));
    assert_eq!(
        entries,
        "breaking rust Client::list | no longer takes `params: &params::ListParams`: required \
         parameters are arguments, optional ones setters of the request builder\n\
         breaking rust Client::list | returns the request builder `calls::ListCall` (`.await` \
         on it still sends the call)\n"
    );
    // Two records of the old shape: nothing to say.
    assert!(compare(&surface(&old), &surface(&old)).is_empty());
}

#[test]
fn a_stream_method_gone_is_breaking_and_a_new_one_additive() {
    let mut list = op("list", "get", "/things");
    list.call_builder = Some("ListCall".into());
    let old = Surface {
        operations: vec![list.clone()],
        ..pets("1.0", "docs")
    };
    list.streams = strings(&["Client::list_stream", "calls::ListCall::pages"]);
    let new = Surface {
        operations: vec![list],
        ..pets("1.0", "docs")
    };
    assert_eq!(
        lines(&compare(&old, &new)),
        "additive rust Client::list | `Client::list_stream`: new, to page or stream\n\
         additive rust Client::list | `calls::ListCall::pages`: new, to page or stream\n"
    );
    assert_eq!(
        lines(&compare(&new, &old)),
        "breaking rust Client::list | `Client::list_stream` removed: it no longer pages or streams\n\
         breaking rust Client::list | `calls::ListCall::pages` removed: it no longer pages or streams\n"
    );
}
