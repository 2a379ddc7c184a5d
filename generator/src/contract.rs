//! Emits a contract program for a generated crate: it calls every operation against a
//! mock server of the same spec (Prism, which validates each request), once with only the
//! required inputs and once with all of them, and prints one JSON line per call saying
//! whether the request was accepted and the response decoded.
//!
//! Inputs are the spec's own examples where it has them and values synthesized from the
//! schemas otherwise, as JSON that the program decodes into the crate's types, so that
//! each call goes through the typed API a user would call.

use crate::emit::{Scope, ident, rust_type};
use crate::ir::{
    Api, Body, BodyEncoding, Operation, Param, ParamLocation, SchemeKind, Success, TypeRef,
};
use proc_macro2::{Group, TokenStream, TokenTree};
use quote::quote;
use serde_json::{Map, Value, json};

/// The program's source, for a crate whose library is named `lib`, from the IR and the
/// spec (in its OpenAPI 3.0 form) that the IR was lowered from.
pub fn program(api: &Api, spec: &Value, lib: &str) -> Result<String, String> {
    let synth = Synth {
        doc: spec,
        faults: std::cell::RefCell::new(Vec::new()),
    };
    // The spec faults met while synthesizing an operation's inputs join its notes.
    let mut input_faults = Vec::new();
    let calls: Vec<TokenStream> = api
        .operations
        .iter()
        .enumerate()
        .map(|(i, op)| {
            let call = call(&synth, op, i);
            let mut faults = synth.faults.take();
            faults.dedup();
            input_faults.push(faults);
            call
        })
        .collect();
    let names: Vec<proc_macro2::Ident> = (0..api.operations.len())
        .map(|i| ident(&format!("op_{i}")))
        .collect();
    let ids = api.operations.iter().map(|op| op.id.as_str());
    let notes: Vec<String> = api
        .operations
        .iter()
        .zip(&input_faults)
        .map(|(op, faults)| {
            let mut notes = spec_notes(&synth, op);
            for fault in faults {
                if !notes.is_empty() {
                    notes.push_str("; ");
                }
                notes.push_str(fault);
            }
            notes
        })
        .collect();
    // Operations whose spec declares no responses (OpenAPI 3.1 allows it).
    let no_responses = api.operations.iter().map(|op| {
        synth
            .pointer(&op.pointer)
            .and_then(|o| o.get("responses")?.as_object())
            .is_none_or(|r| r.keys().all(|k| k.starts_with("x-")))
    });
    let medias = api
        .operations
        .iter()
        .map(|op| op.body.as_ref().map_or("", |b| b.content_type.as_str()));
    let methods = api.operations.iter().map(|op| op.method.as_str());
    let credentials = api.security_schemes.iter().filter_map(|s| {
        let f = ident(&s.builder_fn);
        Some(match &s.kind {
            // `bearer_token` covers bearer schemes without credentials of their own, so
            // no token endpoint is needed.
            SchemeKind::Bearer { .. } => return None,
            SchemeKind::Http { .. } => quote!(.#f("contract-credentials")),
            SchemeKind::Basic => quote!(.#f("contract-user", "contract-password")),
            SchemeKind::ApiKey { .. } => quote!(.#f("contract-key")),
        })
    });
    let tokens = quote! {
        //! Calls every operation against a mock server whose URL is the first argument.

        use crate_under_test as api;

        /// What one call came to.
        struct Outcome {
            status: &'static str,
            reason: String,
            /// The response that did not decode: status, content type and body, so the
            /// runner can tell whether it matches the spec's own schema.
            response: Option<(u16, String, String)>,
        }

        impl Outcome {
            fn new(status: &'static str, reason: impl Into<String>) -> Self {
                Outcome { status, reason: reason.into(), response: None }
            }

            fn with_response(mut self, response: &api::ResponseContent) -> Self {
                let content_type = response
                    .headers()
                    .get("content-type")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("")
                    .to_string();
                self.response = Some((response.status().as_u16(), content_type, response.text().into_owned()));
                self
            }

            /// An error status: Prism's validation verdict (`sl-violations`) when it
            /// refused the request, the status and body otherwise.
            fn from_response(response: &api::ResponseContent) -> Self {
                let status = response.status().as_u16();
                let text = response.text();
                // Prism's own answers (a refused request, no route, no credentials) are
                // problem documents of type `https://stoplight.io/prism/errors#...`.
                let problem: Option<serde_json::Value> = serde_json::from_str(&text).ok();
                let prism_type = problem
                    .as_ref()
                    .and_then(|p| p.get("type")?.as_str())
                    .filter(|t| t.starts_with("https://stoplight.io/prism/errors#"));
                if let (Some(kind), Some(problem)) = (prism_type, &problem) {
                    let kind = kind.rsplit('#').next().unwrap_or(kind);
                    let details: Vec<String> = problem
                        .get("validation")
                        .and_then(|v| v.as_array())
                        .map(|v| {
                            v.iter()
                                .map(|d| {
                                    let at = d.get("location").map(|l| l.to_string()).unwrap_or_default();
                                    let message = d.get("message").and_then(|m| m.as_str()).unwrap_or("");
                                    format!("{at} {message}")
                                })
                                .collect()
                        })
                        .unwrap_or_default();
                    let title = problem.get("title").and_then(|t| t.as_str()).unwrap_or("");
                    return Outcome::new("rejected", format!("{status} {kind}: {title} {}", details.join("; ")));
                }
                let text: String = text.chars().take(300).collect();
                Outcome::new("status", format!("{status}: {text}"))
            }
        }

        fn input<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, Outcome> {
            serde_json::from_str(json)
                .map_err(|e| Outcome::new("inputs", format!("the synthesized input does not decode: {e}")))
        }

        /// Prism's verdict on a request it refused while answering with a status the spec
        /// declares: the `sl-violations` header.
        fn violations(response: &api::ResponseContent) -> Option<Outcome> {
            let violations = response.headers().get("sl-violations")?.to_str().ok()?;
            // Complaints about Prism's own response alone are no verdict on the request.
            let items: Vec<serde_json::Value> = serde_json::from_str(violations).unwrap_or_default();
            if !items.is_empty()
                && items.iter().all(|i| i.get("location").and_then(|l| l.get(0)).and_then(|l| l.as_str()) == Some("response"))
            {
                return None;
            }
            let status = response.status().as_u16();
            Some(Outcome::new("rejected", format!("{status}: {violations}")))
        }

        macro_rules! classify {
            ($result:expr, $errors:expr) => {
                match $result {
                    Ok(_) => Outcome::new("ok", ""),
                    Err(api::Error::Api(e)) => violations(e.response()).unwrap_or_else(|| $errors(&e)),
                    Err(api::Error::Decode(e)) => Outcome::new("decode", e.to_string()).with_response(e.response()),
                    Err(api::Error::InvalidRequest(e)) => {
                        Outcome::new("inputs", format!("the client refused the synthesized input: {e}"))
                    }
                    Err(api::Error::Transport(e)) => Outcome::new("transport", e.to_string()),
                    #[allow(unreachable_patterns)]
                    Err(e) => Outcome::new("other", e.to_string()),
                }
            };
        }

        /// One operation's call, boxed so that `main` awaits every one at a single point.
        type Call<'a> = ::std::pin::Pin<Box<dyn ::std::future::Future<Output = Outcome> + 'a>>;

        /// An operation of the table `main` walks.
        struct Op {
            id: &'static str,
            method: &'static str,
            body: &'static str,
            spec_notes: &'static str,
            no_responses: bool,
            call: fn(&api::Client, bool) -> Call<'_>,
        }

        #(#calls)*

        #[tokio::main(flavor = "current_thread")]
        async fn main() {
            let Some(base) = std::env::args().nth(1) else {
                eprintln!("usage: contract <mock server URL> [first call] [only these calls]");
                std::process::exit(2);
            };
            // Where to start: after a call that crashed the mock server, the run goes on
            // from the next one against a fresh server.
            let first: usize = std::env::args().nth(2).and_then(|n| n.parse().ok()).unwrap_or(0);
            // Or only these calls (comma-separated indices): the second pass, against a
            // server that answers from the schemas instead of the spec's examples.
            let only: Option<Vec<usize>> = std::env::args()
                .nth(3)
                .map(|list| list.split(',').filter_map(|n| n.parse().ok()).collect());
            let mut index = 0usize;
            let config = api::Config::default()
                .with_max_attempts(1)
                .with_allow_insecure_http(true);
            // Redirects are not followed: the spec documents a 3xx as a response, which
            // the client must decode, and where it points (the spec's example `Location`)
            // is off this machine.
            let http = match reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
            {
                Ok(http) => http,
                Err(e) => {
                    eprintln!("the HTTP client does not build: {e}");
                    std::process::exit(1);
                }
            };
            let client = match api::ClientBuilder::new()
                .base_url(base)
                .http_client(http)
                .bearer_token("contract-token")
                #(#credentials)*
                .config(config)
                .build()
            {
                Ok(client) => client,
                Err(e) => {
                    eprintln!("the client does not build: {e}");
                    std::process::exit(1);
                }
            };
            // A table and one loop, not a call site per operation: one `async fn` with
            // thousands of await points is a state machine rustc takes many GiB to build.
            let operations: &[Op] = &[
                #(
                    Op {
                        id: #ids,
                        method: #methods,
                        body: #medias,
                        spec_notes: #notes,
                        no_responses: #no_responses,
                        call: #names,
                    },
                )*
            ];
            for op in operations {
                for (mode, all) in [("required", false), ("all", true)] {
                    if index >= first && only.as_ref().is_none_or(|o| o.contains(&index)) {
                        let outcome = (op.call)(&client, all).await;
                        println!("{}", serde_json::json!({
                            "index": index,
                            "operation": op.id,
                            "method": op.method,
                            "mode": mode,
                            "body": op.body,
                            "spec_notes": op.spec_notes,
                            "no_responses": op.no_responses,
                            "status": outcome.status,
                            "reason": outcome.reason,
                            "response": outcome.response,
                        }));
                    }
                    index += 1;
                }
            }
        }
    };
    let file = syn::parse2::<syn::File>(rebase(tokens, lib))
        .map_err(|e| format!("the contract program is not valid Rust: {e}"))?;
    Ok(prettyplease::unparse(&file))
}

/// What a stand-in for the API answers to one operation, where Prism's mock cannot (no
/// declared response, a `*/*` object, a schema its generators give up on): a harness puts
/// Prism's validating proxy in front of the stand-in, so Prism still judges both sides.
#[derive(Clone, Debug, PartialEq)]
pub struct StandInAnswer {
    /// The method, upper case.
    pub method: String,
    /// The path template as the spec writes it (`/pets/{id}`).
    pub path: String,
    /// The success status the client expects.
    pub status: u16,
    /// The body's media type; `None` for no body.
    pub content_type: Option<String>,
    /// The body: a value synthesized from the response's schema (its example first), JSON
    /// for a JSON response, the bare string for text.
    pub body: String,
}

/// One answer per operation whose success response can be made: no body where it has
/// none, else a value of its schema that the schema accepts. `spec` is the 3.0 form.
pub fn stand_in_answers(api: &Api, spec: &Value) -> Vec<StandInAnswer> {
    let synth = Synth {
        doc: spec,
        faults: std::cell::RefCell::new(Vec::new()),
    };
    api.operations
        .iter()
        .filter_map(|op| {
            let (content_type, body) = match &op.success {
                Success::Empty => (None, String::new()),
                success => {
                    let (media_type, schema) = success_media(&synth, op)?;
                    // Every property where the schema allows it, else the required ones
                    // (an optional property the spec makes impossible is left out).
                    let value = [true, false].into_iter().find_map(|all| {
                        let value = synth.value(schema, all, 0).ok()?;
                        synth
                            .violation(schema, &value, 0, "")
                            .is_none()
                            .then_some(value)
                    })?;
                    // A wildcard (`*/*`) is answered as JSON unless the value is text.
                    let wildcard = media_type.contains('*');
                    let json = matches!(success, Success::Json(_))
                        || media_type.contains("json")
                        || (wildcard && !value.is_string());
                    let media = match (wildcard, json) {
                        (true, true) => "application/json",
                        (true, false) => "text/plain",
                        (false, _) => media_type,
                    };
                    let body = match value.as_str() {
                        Some(text) if !json => text.to_string(),
                        _ => value.to_string(),
                    };
                    (Some(media.to_string()), body)
                }
            };
            Some(StandInAnswer {
                method: op.method.as_str().to_string(),
                path: op.path.clone(),
                status: op.success_status,
                content_type,
                body,
            })
        })
        .collect()
}

/// The media type and schema of an operation's success response: the one it asks for
/// with `Accept`, else a JSON one, else `*/*`.
fn success_media<'s>(synth: &'s Synth, op: &Operation) -> Option<(&'s str, &'s Value)> {
    let responses = synth.pointer(&op.pointer)?.get("responses")?;
    let code = op.success_status.to_string();
    let response = [code.as_str(), "2XX", "2xx", "default"]
        .into_iter()
        .find_map(|k| responses.get(k))?;
    let content = synth.resolve(response).get("content")?.as_object()?;
    let (media_type, media) = op
        .accept
        .as_deref()
        .and_then(|a| content.get_key_value(a))
        .or_else(|| content.iter().find(|(k, _)| k.contains("json")))
        .or_else(|| content.get_key_value("*/*"))
        .or_else(|| content.iter().next())?;
    Some((media_type.as_str(), media.get("schema")?))
}

/// A response body the client could not decode, judged by the spec's own schema for it.
pub struct ResponseVerdict {
    /// The first way the body breaks the schema (formats, patterns and all), if it does.
    pub violation: Option<String>,
    /// Where the body came from when it is one of the spec's examples for the response, or
    /// where the part that breaks the schema came from when it is the `example` of a schema
    /// on the way to it: the pointer of that example.
    pub example: Option<String>,
    /// For a `null` body: the schema that reads as an object (it has properties) but
    /// declares no `type`, so that `null` is valid for it.
    pub typeless_object: Option<String>,
}

/// Judges a response body that did not decode by the spec's own schema for it; `None`
/// when the spec gives no JSON schema to judge by. `spec` is the OpenAPI 3.0 form.
pub fn judge_response(
    spec: &Value,
    op_pointer: &str,
    status: u16,
    content_type: &str,
    body: &str,
) -> Option<ResponseVerdict> {
    let synth = Synth {
        doc: spec,
        faults: std::cell::RefCell::new(Vec::new()),
    };
    let responses = synth.pointer(op_pointer)?.get("responses")?;
    let code = status.to_string();
    let range = format!("{}XX", status / 100);
    let key = [
        code.as_str(),
        range.as_str(),
        &range.to_lowercase(),
        "default",
    ]
    .into_iter()
    .find(|k| responses.get(*k).is_some())?
    .to_string();
    let response = synth.resolve(responses.get(&key)?);
    let content = response.get("content")?.as_object()?;
    let essence = content_type.split(';').next().unwrap_or("").trim();
    let (media_type, media) = content
        .get_key_value(essence)
        .or_else(|| content.iter().find(|(k, _)| k.contains("json")))?;
    let schema = media.get("schema")?;
    let value: Value = serde_json::from_str(body).ok()?;
    let escape = |s: &str| s.replace('~', "~0").replace('/', "~1");
    let at = format!(
        "{op_pointer}/responses/{key}/content/{}",
        escape(media_type)
    );
    let mut examples: Vec<(String, Value)> = Vec::new();
    if let Some(e) = media.get("example") {
        examples.push((format!("{at}/example"), e.clone()));
    }
    for (name, e) in media
        .get("examples")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let e = synth.resolve(e);
        match e.get("value") {
            Some(v) => {
                examples.push((format!("{at}/examples/{}/value", escape(name)), v.clone()));
            }
            // `spec` went through `openapiv3`, whose example value is an `Option`: a
            // `value: null` comes back as no value at all (GitHub's `empty-object`
            // responses have such examples, and Prism serves them).
            None if e.get("externalValue").is_none() && e.get("$ref").is_none() => {
                examples.push((format!("{at}/examples/{}/value", escape(name)), Value::Null));
            }
            None => {}
        }
    }
    let typeless_object = value
        .is_null()
        .then(|| synth.typeless_object(schema, &format!("{at}/schema"), 0))
        .flatten();
    let violation = synth.violation(schema, &value, 0, "");
    // Else the part that breaks the schema may be the `example` a schema on the way to it
    // carries (GitHub's `meta/get`), which Prism serves when the response has none.
    let schema_example = || {
        let path = violation.as_deref()?.split_once(": ")?.0;
        let path = crate::pointer::segments(path);
        synth.example_on_path(schema, format!("{at}/schema"), &value, &path, 0)
    };
    let example = examples
        .into_iter()
        .find(|(_, e)| *e == value)
        .map(|(pointer, _)| pointer)
        .or_else(schema_example);
    Some(ResponseVerdict {
        typeless_object,
        violation,
        example,
    })
}

/// Replaces `crate` (the generated crate's own paths, as the emitters write them) with the
/// crate under test, and the placeholder with its library name.
fn rebase(tokens: TokenStream, lib: &str) -> TokenStream {
    tokens
        .into_iter()
        .map(|t| match t {
            TokenTree::Ident(i) if i == "crate" => TokenTree::Ident(ident("api")),
            TokenTree::Ident(i) if i == "crate_under_test" => TokenTree::Ident(ident(lib)),
            TokenTree::Group(g) => {
                let mut group = Group::new(g.delimiter(), rebase(g.stream(), lib));
                group.set_span(g.span());
                TokenTree::Group(group)
            }
            other => other,
        })
        .collect()
}

/// One operation's call: its inputs decoded, then the call, classified.
fn call(synth: &Synth, op: &Operation, index: usize) -> TokenStream {
    let name = ident(&format!("op_{index}"));
    let method = ident(&op.fn_name);
    let doc = format!(" `{}` ({} {}).", op.id, op.method.as_str(), op.path);
    let spec_op = synth.pointer(&op.pointer);
    let mut lets = Vec::new();
    let mut args = Vec::new();
    for p in &op.path_params {
        let var = ident(&format!("path_{}", p.name.trim_start_matches("r#")));
        let (required, all) = match param_value(synth, spec_op, &op.pointer, p) {
            Ok(v) => (v.clone(), v),
            Err(e) => return inputs_failure(&name, &doc, &op.pointer, &e),
        };
        let ty = rust_type(&p.ty, Scope::Elsewhere);
        lets.push(decode(&var, &ty, &required, &all));
        args.push(match &p.ty {
            TypeRef::String | TypeRef::Vec(_) | TypeRef::Named(_) => quote!(&#var),
            _ => quote!(#var),
        });
    }
    if let Some(params_name) = &op.params_name {
        let params_ty = ident(params_name);
        let mut required_args = Vec::new();
        let mut optional = Vec::new();
        for p in &op.params {
            let value = match param_value(synth, spec_op, &op.pointer, p) {
                Ok(v) => v,
                Err(e) => return inputs_failure(&name, &doc, &op.pointer, &e),
            };
            let var = ident(&format!("param_{}", p.name.trim_start_matches("r#")));
            let ty = rust_type(&p.ty, Scope::Elsewhere);
            lets.push(decode(&var, &ty, &value, &value));
            let field = ident(&p.name);
            if p.required {
                required_args.push(quote!(#var));
            } else {
                optional.push(quote!(params.#field = ::std::option::Option::Some(#var);));
            }
        }
        let construct = if required_args.is_empty() {
            quote!(crate::params::#params_ty::default())
        } else {
            quote!(crate::params::#params_ty::new(#(#required_args),*))
        };
        lets.push(quote! {
            #[allow(unused_mut)]
            let mut params = #construct;
            if all {
                #(#optional)*
            }
        });
        args.push(quote!(&params));
    }
    if let Some(body) = &op.body {
        match body_values(synth, spec_op, &op.pointer, body) {
            Ok((required, all)) => {
                let (ty, arg) = body_arg(body);
                lets.push(decode(&ident("body"), &ty, &required, &all));
                args.push(if body.required {
                    arg
                } else {
                    quote!(if all { ::std::option::Option::Some(#arg) } else { ::std::option::Option::None })
                });
            }
            Err(e) => return inputs_failure(&name, &doc, &op.pointer, &e),
        }
    }
    let errors = error_classifier(op);
    quote! {
        #[doc = #doc]
        #[allow(unused_variables)]
        fn #name(client: &crate::Client, all: bool) -> Call<'_> {
            Box::pin(async move {
                #(#lets)*
                classify!(client.#method(#(#args),*).await, #errors)
            })
        }
    }
}

/// What in the spec itself keeps an operation from passing whatever the client does: a
/// security requirement no single request can meet, a response example that breaks its
/// own schema. Reported beside a failure, never instead of a check.
fn spec_notes(synth: &Synth, op: &Operation) -> String {
    let mut notes = Vec::new();
    let authorization = |s: &&crate::ir::SchemeUse| {
        matches!(
            s.kind,
            SchemeKind::Basic | SchemeKind::Bearer { .. } | SchemeKind::Http { .. }
        )
    };
    if !op.security.is_empty()
        && op
            .security
            .iter()
            .all(|alt| alt.iter().filter(authorization).count() > 1)
    {
        notes.push(
            "every security alternative of the spec needs two schemes that each send \
             `Authorization`, which one request cannot carry"
                .to_string(),
        );
    }
    let codes: Vec<&String> = synth
        .pointer(&op.pointer)
        .and_then(|o| o.get("responses")?.as_object())
        .map(|r| r.keys().filter(|k| *k != "default").collect())
        .unwrap_or_default();
    if !codes.is_empty() && codes.iter().all(|c| c.starts_with('1')) {
        notes.push(
            "the spec declares only 1xx responses, which are informational: HTTP has no \
             final response for the client to read"
                .to_string(),
        );
    }
    let media = synth
        .pointer(&op.pointer)
        .and_then(|o| o.get("responses"))
        .and_then(|r| r.get(op.success_status.to_string()))
        .map(|r| synth.resolve(r))
        .and_then(|r| r.get("content")?.get(op.accept.as_deref()?));
    if let Some(media) = media {
        let schema = media.get("schema").map(|s| synth.resolve(s));
        let example = media
            .get("example")
            .cloned()
            .or_else(|| first_example(media.get("examples"), synth));
        if let (Some(schema), Some(example)) = (schema, example) {
            if fitting(synth, schema, &example).as_ref() != Some(&example) {
                let media_type = op.accept.as_deref().unwrap_or("");
                notes.push(format!(
                    "the spec's {} response example does not match its own schema ({}/responses/{}/content/{})",
                    op.success_status,
                    op.pointer,
                    op.success_status,
                    media_type.replace('~', "~0").replace('/', "~1"),
                ));
            }
        }
    }
    notes.join("; ")
}

/// A closure that sorts the operation's error: a status the spec declares, decoded into
/// its variant (with its typed body, where the spec gives one), passes; anything else is
/// what the response says.
fn error_classifier(op: &Operation) -> TokenStream {
    let enum_name = ident(&op.error_name);
    let arms = op.errors.iter().map(|case| {
        let variant = ident(&case.variant);
        let status = match case.status {
            crate::ir::StatusMatch::Code(c) => c.to_string(),
            crate::ir::StatusMatch::Range(d) => format!("{d}XX"),
        };
        if case.body.is_some() {
            quote! {
                crate::error::#enum_name::#variant(r) if r.body.is_none() => Outcome::new(
                    "decode",
                    format!("the documented {} body did not decode: {}", #status, r.content.text()),
                )
                .with_response(&r.content),
                crate::error::#enum_name::#variant(_) => Outcome::new("ok", ""),
            }
        } else {
            quote! { crate::error::#enum_name::#variant(_) => Outcome::new("ok", ""), }
        }
    });
    quote! {
        |e: &crate::error::#enum_name| -> Outcome {
            #[allow(unreachable_patterns)]
            match e {
                #(#arms)*
                other => Outcome::from_response(other.response()),
            }
        }
    }
}

/// An operation whose inputs could not be made: `spec` when the spec's schemas allow no
/// value (with the operation's pointer), `inputs` when the synthesizer failed.
fn inputs_failure(
    name: &proc_macro2::Ident,
    doc: &str,
    pointer: &str,
    reason: &str,
) -> TokenStream {
    let (status, reason) = if reason.starts_with(SPEC_FAULT) {
        ("spec", format!("{reason} (in {pointer})"))
    } else {
        ("inputs", reason.to_string())
    };
    quote! {
        #[doc = #doc]
        fn #name(_: &crate::Client, _: bool) -> Call<'_> {
            Box::pin(async move { Outcome::new(#status, #reason) })
        }
    }
}

/// `let var: ty = <the JSON for this mode, decoded>;`
fn decode(
    var: &proc_macro2::Ident,
    ty: &TokenStream,
    required: &Value,
    all: &Value,
) -> TokenStream {
    let required = required.to_string();
    let all = all.to_string();
    let json = if required == all {
        quote!(#required)
    } else {
        quote!(if all { #all } else { #required })
    };
    quote! {
        let #var: #ty = match input(#json) {
            Ok(v) => v,
            Err(outcome) => return outcome,
        };
    }
}

/// The owned type a body is decoded into, and how it is passed.
fn body_arg(body: &Body) -> (TokenStream, TokenStream) {
    match (&body.encoding, &body.ty) {
        (BodyEncoding::Bytes, _) => (quote!(::std::vec::Vec<u8>), quote!(body.clone())),
        (_, TypeRef::String) => (quote!(::std::string::String), quote!(&body)),
        (_, ty) => (rust_type(ty, Scope::Elsewhere), quote!(&body)),
    }
}

/// A parameter's value: its example, or one synthesized from its schema.
fn param_value(
    synth: &Synth,
    op: Option<&Value>,
    op_pointer: &str,
    p: &Param,
) -> Result<Value, String> {
    let location = match p.location {
        ParamLocation::Path => "path",
        ParamLocation::Query => "query",
        ParamLocation::Header => "header",
        ParamLocation::Cookie => "cookie",
    };
    // Operation parameters override the path item's.
    let path_item = op_pointer
        .rsplit_once('/')
        .and_then(|(parent, _)| synth.pointer(parent));
    let found = [op, path_item]
        .into_iter()
        .flatten()
        .filter_map(|o| o.get("parameters")?.as_array())
        .flatten()
        .map(|p| synth.resolve(p))
        .find(|param| {
            param.get("name").and_then(Value::as_str) == Some(p.wire_name.as_str())
                && param.get("in").and_then(Value::as_str) == Some(location)
        })
        .ok_or_else(|| {
            format!(
                "{location} parameter `{}` not found in the spec",
                p.wire_name
            )
        })?;
    let schema = match found.get("schema") {
        Some(s) => s,
        None => found
            .get("content")
            .and_then(Value::as_object)
            .and_then(|c| c.values().next())
            .and_then(|m| m.get("schema"))
            .ok_or_else(|| format!("parameter `{}` has no schema", p.wire_name))?,
    };
    let example = found
        .get("example")
        .cloned()
        .or_else(|| first_example(found.get("examples"), synth));
    let value = match example.and_then(|e| fitting(synth, schema, &e)) {
        Some(example) => example,
        None => synth.value(schema, true, 0)?,
    };
    match value {
        // A parameter is text: `format: binary` there is a string, not a file's bytes.
        Value::Array(_) if p.ty == TypeRef::String => Ok(Value::String("contract".into())),
        value => Ok(synth.unambiguous_text(schema, value)),
    }
}

/// The request body for required-only and for all inputs.
fn body_values(
    synth: &Synth,
    op: Option<&Value>,
    op_pointer: &str,
    body: &Body,
) -> Result<(Value, Value), String> {
    let request_body = op
        .and_then(|o| o.get("requestBody"))
        .map(|b| synth.resolve(b))
        .ok_or_else(|| format!("{op_pointer}: no requestBody"))?;
    let media = request_body
        .get("content")
        .and_then(|c| c.get(&body.spec_media_type))
        .ok_or_else(|| format!("{op_pointer}: no `{}` content", body.spec_media_type))?;
    let schema = media.get("schema").cloned().unwrap_or(json!({}));
    let binary = |v: Value| -> Value {
        // Byte bodies are decoded as `Vec<u8>`.
        match v {
            Value::String(s) => Value::Array(s.bytes().map(Value::from).collect()),
            other => other,
        }
    };
    if body.encoding == BodyEncoding::Bytes {
        let bytes = json!(b"contract".to_vec());
        return Ok((bytes.clone(), bytes));
    }
    let example = media
        .get("example")
        .cloned()
        .or_else(|| first_example(media.get("examples"), synth));
    let (required, all) = match example.and_then(|e| fitting(synth, &schema, &e)) {
        Some(e) => (e.clone(), e),
        _ => (
            synth.value(&schema, false, 0)?,
            synth.value(&schema, true, 0)?,
        ),
    };
    Ok(match body.encoding {
        BodyEncoding::Text => (
            Value::String(text_of(&required)),
            Value::String(text_of(&all)),
        ),
        _ if body.ty == TypeRef::Bytes => (binary(required), binary(all)),
        _ => (required, all),
    })
}

/// An example or default as a value of `schema`'s type, or `None` when it is not one (a
/// spec's example that breaks its own schema is not sent). Examples written as JSON
/// text for an object or array are read as that JSON.
fn fitting(synth: &Synth, schema: &Value, example: &Value) -> Option<Value> {
    let schema = synth.resolve(schema);
    if example.is_null() {
        return None;
    }
    let ty = schema.get("type").and_then(Value::as_str);
    match (ty, example) {
        (Some("object" | "array"), Value::String(text)) => {
            let parsed: Value = serde_json::from_str(text).ok()?;
            fitting(synth, schema, &parsed)
        }
        _ => {
            let fits = synth.conforms(schema, example, 0);
            if let Some(alternatives) = schema.get("oneOf").and_then(Value::as_array) {
                let accepting = alternatives
                    .iter()
                    .filter(|a| synth.conforms(a, example, 0))
                    .count();
                if fits && accepting > 1 {
                    synth.faults.borrow_mut().push(format!(
                        "{SPEC_FAULT} oneOf alternatives overlap: {accepting} of them accept the \
                         spec's own example {example} (their differences are formats no \
                         validator knows, or none), while oneOf wants exactly one"
                    ));
                }
            }
            fits.then(|| example.clone())
        }
    }
}

/// Whether `s` is a valid `format` string, for the formats a validating server checks
/// (those of ajv-formats, which Prism uses); other formats accept any string.
fn format_ok(format: &str, s: &str) -> bool {
    let matches = |re: &str| regex_lite::Regex::new(re).is_ok_and(|r| r.is_match(s));
    let segment = r"(/([^~/]|~[01])*)*";
    match format {
        "date" => matches(r"^\d{4}-\d{2}-\d{2}$"),
        "date-time" => {
            matches(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:?\d{2})$")
        }
        "time" => matches(r"^\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:?\d{2})$"),
        "uuid" => matches(
            r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
        "email" => matches(r"^[^@\s]+@[^@\s]+\.[^@\s]+$"),
        "ipv4" => s.parse::<std::net::Ipv4Addr>().is_ok(),
        "ipv6" => s.parse::<std::net::Ipv6Addr>().is_ok(),
        "duration" => {
            s != "P"
                && !s.ends_with('T')
                && matches(r"^P((\d+Y)?(\d+M)?(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?|\d+W)$")
        }
        "json-pointer" => matches(&format!("^{segment}$")),
        "relative-json-pointer" => matches(&format!("^\\d+(#|{segment})$")),
        "uri" => matches(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]*$"),
        // Not a JSON Schema format, but validators (ajv-formats, so Prism) check it as a
        // web address: a scheme, `://` and a host name.
        "url" => matches(r"^[a-zA-Z][a-zA-Z0-9+.-]*://[A-Za-z0-9._~-]+(:[0-9]+)?([/?#][^\s]*)?$"),
        "hostname" => matches(
            r"^[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$",
        ),
        "byte" => s.len() % 4 == 0 && matches(r"^[A-Za-z0-9+/]*={0,2}$"),
        _ => true,
    }
}

fn text_of(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn first_example(examples: Option<&Value>, synth: &Synth) -> Option<Value> {
    let first = examples?.as_object()?.values().next()?;
    synth.resolve(first).get("value").cloned()
}

/// Makes valid values from JSON schemas: examples, defaults and enums first, then values
/// of the schema's type that meet its format and constraints.
struct Synth<'a> {
    doc: &'a Value,
    /// What in the schemas makes a valid value impossible to send (reported, not hidden).
    faults: std::cell::RefCell<Vec<String>>,
}

/// Nesting beyond this gets only required properties, so recursive schemas end.
const MAX_DEPTH: usize = 6;

impl<'a> Synth<'a> {
    fn pointer(&self, pointer: &str) -> Option<&'a Value> {
        self.doc.pointer(pointer.trim_start_matches('#'))
    }

    /// Follows `$ref`s (local ones) to the node they name.
    fn resolve<'s>(&'s self, mut node: &'s Value) -> &'s Value {
        for _ in 0..32 {
            match node.get("$ref").and_then(Value::as_str) {
                Some(r) if r.starts_with('#') => match self.pointer(r) {
                    Some(target) => node = target,
                    None => return node,
                },
                _ => return node,
            }
        }
        node
    }

    /// The pointer of the `example` of a schema on `path` (from `schema`, at `at`, down
    /// through properties, items and combinators) that equals the part of `value` it
    /// describes: where that part of a response came from.
    fn example_on_path(
        &self,
        schema: &Value,
        at: String,
        value: &Value,
        path: &[String],
        depth: usize,
    ) -> Option<String> {
        if depth > 4 * MAX_DEPTH {
            return None;
        }
        let (schema, at) = match schema.get("$ref").and_then(Value::as_str) {
            Some(r) if r.starts_with('#') => (self.resolve(schema), r.to_string()),
            _ => (schema, at),
        };
        if schema.get("example") == Some(value) {
            return Some(format!("{at}/example"));
        }
        for key in ["allOf", "oneOf", "anyOf"] {
            for (i, part) in schema
                .get(key)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .enumerate()
            {
                let found =
                    self.example_on_path(part, format!("{at}/{key}/{i}"), value, path, depth + 1);
                if found.is_some() {
                    return found;
                }
            }
        }
        let (step, rest) = path.split_first()?;
        let (inner, inner_at, inner_value) = match value {
            Value::Object(map) => {
                let inner_value = map.get(step)?;
                match schema.get("properties").and_then(|p| p.get(step)) {
                    Some(prop) => (
                        prop,
                        crate::pointer::child(&format!("{at}/properties"), step),
                        inner_value,
                    ),
                    None => (
                        schema.get("additionalProperties")?,
                        format!("{at}/additionalProperties"),
                        inner_value,
                    ),
                }
            }
            Value::Array(items) => (
                schema.get("items")?,
                format!("{at}/items"),
                items.get(step.parse::<usize>().ok()?)?,
            ),
            _ => return None,
        };
        self.example_on_path(inner, inner_at, inner_value, rest, depth + 1)
    }

    /// The pointer of `schema` (at `at`) when it has object keywords but neither it nor any
    /// `allOf` member declares a `type`, so any JSON value, `null` too, is valid for it.
    fn typeless_object(&self, schema: &Value, at: &str, depth: usize) -> Option<String> {
        let at = match schema.get("$ref").and_then(Value::as_str) {
            Some(r) => r.to_string(),
            None => at.to_string(),
        };
        let schema = self.resolve(schema);
        if depth > MAX_DEPTH || schema.get("type").is_some() || schema.get("nullable").is_some() {
            return None;
        }
        let members = schema.get("allOf").and_then(Value::as_array);
        let typeless_members = members.is_none_or(|m| {
            m.iter().enumerate().all(|(i, member)| {
                self.typeless_object(member, &format!("{at}/allOf/{i}"), depth + 1)
                    .is_some()
                    || !["type", "allOf", "properties", "required"]
                        .iter()
                        .any(|k| self.resolve(member).get(*k).is_some())
            })
        });
        let object_like = ["properties", "required", "additionalProperties"]
            .iter()
            .any(|k| schema.get(*k).is_some())
            || members.is_some_and(|m| !m.is_empty());
        (object_like && typeless_members).then_some(at)
    }

    /// A value of `schema`; with `all`, optional properties too.
    fn value(&self, schema: &Value, all: bool, depth: usize) -> Result<Value, String> {
        let reference = schema.get("$ref").and_then(Value::as_str);
        let schema = self.resolve(schema);
        if depth > 2 * MAX_DEPTH {
            // Optional properties end at MAX_DEPTH and arrays there may be empty: what
            // still nests is a chain of required values that leads back to itself.
            return Err(format!(
                "{SPEC_FAULT} schema{} requires a value of its own type (a required property \
                 or non-empty array leads back to it), so no finite value satisfies it",
                reference.map(|r| format!(" `{r}`")).unwrap_or_default()
            ));
        }
        for key in ["example", "default"] {
            if let Some(v) = schema.get(key).and_then(|v| fitting(self, schema, v)) {
                return Ok(v);
            }
        }
        if let Some(values) = schema.get("enum").and_then(Value::as_array) {
            // The first value of the schema's own type (an enum of strings under
            // `type: integer` has none: no value is both).
            let typed = |v: &Value| match schema.get("type").and_then(Value::as_str) {
                Some("string") => v.is_string(),
                Some("integer") => v.is_i64() || v.is_u64(),
                Some("number") => v.is_number(),
                Some("boolean") => v.is_boolean(),
                Some("object") => v.is_object(),
                Some("array") => v.is_array(),
                _ => true,
            };
            match values.iter().find(|v| !v.is_null() && typed(v)) {
                Some(first) => return Ok(first.clone()),
                None if values.iter().any(|v| !v.is_null()) => {
                    return Err(format!(
                        "{SPEC_FAULT} enum values ({}) are none of its type `{}`, so no value \
                         satisfies the schema{}",
                        values
                            .iter()
                            .map(Value::to_string)
                            .collect::<Vec<_>>()
                            .join(", "),
                        schema.get("type").and_then(Value::as_str).unwrap_or(""),
                        reference.map(|r| format!(" `{r}`")).unwrap_or_default()
                    ));
                }
                None => {}
            }
        }
        if let Some(parts) = schema.get("allOf").and_then(Value::as_array) {
            return self.all_of(schema, parts, all, depth);
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(alternatives) = schema.get(key).and_then(Value::as_array) {
                return self.one_of(schema, alternatives, all, depth, key == "oneOf");
            }
        }
        // Without `type`, `items` makes an array and `additionalProperties` a map, as the
        // generator types them.
        let ty = schema.get("type").and_then(Value::as_str).or_else(|| {
            if schema.get("items").is_some() {
                Some("array")
            } else if schema
                .get("additionalProperties")
                .is_some_and(|a| a.is_object() || a == &Value::Bool(true))
            {
                Some("object")
            } else {
                None
            }
        });
        match ty {
            Some("object") | None if schema.get("properties").is_some() => {
                self.object(schema, all, depth)
            }
            Some("object") => self.object(schema, all, depth),
            Some("array") => {
                let items = schema.get("items").unwrap_or(&Value::Null);
                // Two items with all inputs, so that repeated-value encodings are exercised;
                // one where items must be unique (the copies would not be).
                let min = schema.get("minItems").and_then(Value::as_u64).unwrap_or(0);
                let max = schema
                    .get("maxItems")
                    .and_then(Value::as_u64)
                    .unwrap_or(u64::MAX);
                let unique = schema.get("uniqueItems") == Some(&Value::Bool(true));
                let wanted = if all && !unique { 2 } else { 1 };
                let n = wanted.max(min).min(max).max(1);
                if min == 0 && depth >= MAX_DEPTH {
                    return Ok(Value::Array(Vec::new()));
                }
                let item = self.value(items, all, depth + 1)?;
                Ok(Value::Array(vec![item; n as usize]))
            }
            Some("string") => self.string(schema),
            Some("integer") => Ok(Value::from(number(schema, true) as i64)),
            Some("number") => Ok(json!(number(schema, false))),
            Some("boolean") => Ok(Value::Bool(true)),
            // No type, but null allowed: what a 3.1 `type: 'null'` becomes. Null is the one
            // value both readings accept.
            _ if schema.get("nullable") == Some(&Value::Bool(true)) => Ok(Value::Null),
            // No type: any value will do.
            _ => Ok(Value::String("value".to_string())),
        }
    }

    fn object(&self, schema: &Value, all: bool, depth: usize) -> Result<Value, String> {
        let required: Vec<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let mut out = Map::new();
        let include_optional = all && depth < MAX_DEPTH;
        if let Some(props) = schema.get("properties").and_then(Value::as_object) {
            for (name, prop) in props {
                let is_required = required.contains(&name.as_str());
                let resolved = self.resolve(prop);
                // A request carries no read-only property.
                if resolved.get("readOnly") == Some(&Value::Bool(true)) && !is_required {
                    continue;
                }
                if is_required || include_optional {
                    out.insert(name.clone(), self.value(prop, all, depth + 1)?);
                }
            }
        }
        if out.is_empty() && include_optional {
            if let Some(values) = schema.get("additionalProperties").filter(|v| v.is_object()) {
                out.insert("key".to_string(), self.value(values, all, depth + 1)?);
            }
        }
        // A required name the properties do not declare: a value of `additionalProperties`
        // where the schema has one (the type keeps it in its map); else the typed client
        // has no field to send it in.
        let declared = schema.get("properties").and_then(Value::as_object);
        for name in required {
            if out.contains_key(name) || declared.is_some_and(|p| p.contains_key(name)) {
                continue;
            }
            match schema.get("additionalProperties") {
                Some(values) if values.is_object() => {
                    out.insert(name.to_string(), self.value(values, all, depth + 1)?);
                }
                Some(Value::Bool(true)) => {
                    out.insert(name.to_string(), Value::String("value".into()));
                }
                _ => self.faults.borrow_mut().push(format!(
                    "{SPEC_FAULT} schema requires the property `{name}`, which neither its \
                     `properties` nor its `additionalProperties` declare, so the typed client \
                     has no field for it"
                )),
            }
        }
        Ok(Value::Object(out))
    }

    fn all_of(
        &self,
        schema: &Value,
        parts: &[Value],
        all: bool,
        depth: usize,
    ) -> Result<Value, String> {
        // The members, nested allOfs expanded, and the schema's own keywords beside them.
        let mut members = Vec::new();
        self.all_of_members(schema, &mut members, 0);
        // An integer is a number too.
        let mut types: Vec<&str> = members
            .iter()
            .filter_map(|p| p.get("type").and_then(Value::as_str))
            .map(|t| if t == "integer" { "number" } else { t })
            .collect();
        types.sort_unstable();
        types.dedup();
        if types.len() > 1 {
            let refs: Vec<&str> = parts
                .iter()
                .filter_map(|p| p.get("$ref").and_then(Value::as_str))
                .collect();
            return Err(format!(
                "{SPEC_FAULT} allOf combines schemas of different types ({}{}), which no \
                 value satisfies",
                types.join(", "),
                if refs.is_empty() {
                    String::new()
                } else {
                    format!(": {}", refs.join(", "))
                }
            ));
        }
        if !members
            .iter()
            .any(|m| m.get("oneOf").is_some() || m.get("anyOf").is_some())
        {
            // One schema with every member's properties, requirements and bounds.
            return self.value(&merge_members(&members), all, depth + 1);
        }
        let mut out = Map::new();
        for part in parts {
            match self.value(part, all, depth + 1)? {
                Value::Object(map) => out.extend(map),
                other if parts.len() == 1 => return Ok(other),
                _ => {}
            }
        }
        // What a member requires that the value of another lacks.
        let merged = merge_members(&members);
        if let Value::Object(map) = self.object(&merged, false, depth)? {
            for (k, v) in map {
                out.entry(k).or_insert(v);
            }
        }
        Ok(Value::Object(out))
    }

    /// `schema` and its allOf members, resolved, recursively, each without its `allOf`.
    fn all_of_members(&self, schema: &Value, out: &mut Vec<Value>, depth: usize) {
        let schema = self.resolve(schema);
        let Some(map) = schema.as_object() else {
            return;
        };
        let own: Map<String, Value> = map
            .iter()
            .filter(|(k, _)| *k != "allOf")
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        if !own.is_empty() {
            out.push(Value::Object(own));
        }
        if depth < 2 * MAX_DEPTH {
            for part in map
                .get("allOf")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                self.all_of_members(part, out, depth + 1);
            }
        }
    }

    /// A value of one alternative; for `oneOf` (`exclusive`), one the others refuse.
    fn one_of(
        &self,
        schema: &Value,
        alternatives: &[Value],
        all: bool,
        depth: usize,
        exclusive: bool,
    ) -> Result<Value, String> {
        let candidates: Vec<&Value> = alternatives
            .iter()
            .filter(|a| self.resolve(a).get("type").and_then(Value::as_str) != Some("null"))
            .collect();
        let first = *candidates.first().ok_or("a oneOf with no alternative")?;
        // `oneOf` wants exactly one alternative to accept the value: the first alternative
        // whose value no other alternative could accept, when there is one.
        let mut chosen = first;
        let mut value = None;
        for (i, candidate) in candidates.iter().enumerate() {
            let Ok(v) = self.value(candidate, all, depth + 1) else {
                continue;
            };
            let others_refuse = candidates.iter().enumerate().all(|(j, other)| {
                i == j || !self.might_accept(other, &v) || !self.conforms(other, &v, 0)
            });
            if others_refuse {
                chosen = candidate;
                value = Some(v);
                break;
            }
        }
        let mut value = match value {
            Some(v) => v,
            None => {
                // A discriminator does not change that: JSON Schema's oneOf still wants one.
                if candidates.len() > 1 && exclusive {
                    let refs: Vec<&str> = candidates
                        .iter()
                        .filter_map(|c| c.get("$ref").and_then(Value::as_str))
                        .collect();
                    let named = if refs.len() == candidates.len() {
                        format!(" ({})", refs.join(", "))
                    } else {
                        String::new()
                    };
                    self.faults.borrow_mut().push(format!(
                        "{SPEC_FAULT} oneOf alternatives{named} overlap: every value synthesized \
                         for one is also accepted by another (none requires a property the \
                         others lack), while oneOf wants exactly one"
                    ));
                }
                self.value(first, all, depth + 1)?
            }
        };
        // With a discriminator, the property must name the chosen alternative.
        if let (Some(d), Value::Object(map)) = (schema.get("discriminator"), &mut value) {
            if let Some(property) = d.get("propertyName").and_then(Value::as_str) {
                let target = chosen.get("$ref").and_then(Value::as_str);
                let mapped = d
                    .get("mapping")
                    .and_then(Value::as_object)
                    .and_then(|m| m.iter().find(|(_, v)| v.as_str() == target))
                    .map(|(k, _)| k.clone());
                let implicit = target
                    .and_then(|t| t.rsplit('/').next())
                    .map(str::to_string);
                if let Some(name) = mapped.or(implicit) {
                    map.insert(property.to_string(), Value::String(name));
                }
            }
        }
        Ok(value)
    }

    /// A parameter's value travels as text, where `1` reads as a number and as a string
    /// alike, so a `oneOf` of both would accept it twice: there, a number or boolean gives
    /// way to a string alternative's value that reads as no number or boolean.
    fn unambiguous_text(&self, schema: &Value, value: Value) -> Value {
        if !(value.is_number() || value.is_boolean()) {
            return value;
        }
        let Some(alternatives) = self.resolve(schema).get("oneOf").and_then(Value::as_array) else {
            return value;
        };
        let reads_as_scalar = |s: &str| s.parse::<f64>().is_ok() || s == "true" || s == "false";
        alternatives
            .iter()
            .filter(|a| self.resolve(a).get("type").and_then(Value::as_str) == Some("string"))
            .filter_map(|a| self.value(a, true, 1).ok())
            .find(|v| v.as_str().is_some_and(|s| !reads_as_scalar(s)))
            .unwrap_or(value)
    }

    /// Whether `schema` could accept `value`, judged on what tells object schemas apart:
    /// type, required properties, closed properties and enum (or const) values.
    fn might_accept(&self, schema: &Value, value: &Value) -> bool {
        let schema = self.resolve(schema);
        let ty = schema.get("type").and_then(Value::as_str);
        let Value::Object(map) = value else {
            return match ty {
                Some("object") => false,
                Some("string") => value.is_string(),
                Some("integer" | "number") => value.is_number(),
                Some("boolean") => value.is_boolean(),
                Some("array") => value.is_array(),
                _ => true,
            };
        };
        if ty.is_some_and(|t| t != "object") {
            return false;
        }
        let required = schema.get("required").and_then(Value::as_array);
        if required.is_some_and(|r| {
            r.iter()
                .filter_map(Value::as_str)
                .any(|k| !map.contains_key(k))
        }) {
            return false;
        }
        let props = schema.get("properties").and_then(Value::as_object);
        if schema.get("additionalProperties") == Some(&Value::Bool(false))
            && map
                .keys()
                .any(|k| !props.is_some_and(|p| p.contains_key(k)))
        {
            return false;
        }
        for (k, v) in map {
            let Some(prop) = props.and_then(|p| p.get(k)).map(|p| self.resolve(p)) else {
                continue;
            };
            if let Some(values) = prop.get("enum").and_then(Value::as_array) {
                if !values.contains(v) {
                    return false;
                }
            }
        }
        // allOf parts must all accept it.
        if let Some(parts) = schema.get("allOf").and_then(Value::as_array) {
            return parts.iter().all(|p| self.might_accept(p, value));
        }
        true
    }

    /// Whether `value` is valid for `schema` (see `violation`).
    fn conforms(&self, schema: &Value, value: &Value, depth: usize) -> bool {
        self.violation(schema, value, depth, "").is_none()
    }

    /// The first way `value` (at the JSON pointer `at`) breaks `schema`, judged on what a
    /// validating server checks: type, enum, required and closed properties, lengths,
    /// ranges, patterns and formats, nested values and combinators (`anyOf`/`oneOf`
    /// leniently: one alternative).
    fn violation(&self, schema: &Value, value: &Value, depth: usize, at: &str) -> Option<String> {
        let schema = self.resolve(schema);
        let here = if at.is_empty() { "/" } else { at };
        let fail = |what: String| Some(format!("{here}: {what}"));
        if depth > 4 * MAX_DEPTH {
            return None;
        }
        if value.is_null() {
            if schema.get("nullable") == Some(&Value::Bool(true)) {
                return None;
            }
            if schema.get("type").is_some() {
                return fail("null is not allowed".into());
            }
            // No type: the enum and the combinators below judge it.
        }
        if let Some(values) = schema.get("enum").and_then(Value::as_array) {
            if !values.contains(value) {
                return fail(format!("{value} is not one of the enum values"));
            }
        }
        if let Some(parts) = schema.get("allOf").and_then(Value::as_array) {
            if let Some(v) = parts
                .iter()
                .find_map(|p| self.violation(p, value, depth + 1, at))
            {
                return Some(v);
            }
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(parts) = schema.get(key).and_then(Value::as_array) {
                let first = parts
                    .iter()
                    .map(|p| self.violation(p, value, depth + 1, at))
                    .try_fold(None, |first: Option<String>, v| match v {
                        None => Err(()),
                        Some(v) => Ok(first.or(Some(v))),
                    });
                if let Ok(Some(v)) = first {
                    return Some(format!("no {key} alternative matches (the first: {v})"));
                }
            }
        }
        let get = |k: &str| schema.get(k).and_then(Value::as_f64);
        let in_range = |n: f64| {
            let exclusive = |k: &str| schema.get(k) == Some(&Value::Bool(true));
            get("minimum").is_none_or(|m| {
                if exclusive("exclusiveMinimum") {
                    n > m
                } else {
                    n >= m
                }
            }) && get("maximum").is_none_or(|m| {
                if exclusive("exclusiveMaximum") {
                    n < m
                } else {
                    n <= m
                }
            }) && get("multipleOf")
                .filter(|m| *m > 0.0)
                .is_none_or(|m| ((n / m) - (n / m).round()).abs() < 1e-9)
        };
        let length = |n: usize, min: &str, max: &str| {
            get(min).is_none_or(|m| n as f64 >= m) && get(max).is_none_or(|m| n as f64 <= m)
        };
        let ty = schema.get("type").and_then(Value::as_str);
        match (ty, value) {
            (Some("string") | None, Value::String(s)) => {
                let pattern = schema.get("pattern").and_then(Value::as_str);
                let format = schema.get("format").and_then(Value::as_str).unwrap_or("");
                if !length(s.chars().count(), "minLength", "maxLength") {
                    fail(format!("{value} breaks minLength/maxLength"))
                } else if !pattern.is_none_or(|p| {
                    regex_lite::Regex::new(&crate::lower::literal_braces(p))
                        .map_or(true, |r| r.is_match(s))
                }) {
                    fail(format!(
                        "{value} does not match the pattern `{}`",
                        pattern.unwrap_or("")
                    ))
                } else if !format_ok(format, s) {
                    fail(format!("{value} is not a valid `{format}`"))
                } else {
                    None
                }
            }
            (Some("integer"), Value::Number(n)) if n.as_f64().is_some_and(|f| f.fract() != 0.0) => {
                fail(format!("{value} is not an integer"))
            }
            (Some("integer" | "number") | None, Value::Number(n)) => {
                if n.as_f64().is_some_and(in_range) {
                    None
                } else {
                    fail(format!("{value} is out of range"))
                }
            }
            (Some("boolean") | None, Value::Bool(_)) => None,
            (Some("array") | None, Value::Array(items)) => {
                if !length(items.len(), "minItems", "maxItems") {
                    return fail(format!("{} items break minItems/maxItems", items.len()));
                }
                let item_schema = schema.get("items")?;
                items.iter().enumerate().find_map(|(i, item)| {
                    self.violation(item_schema, item, depth + 1, &format!("{at}/{i}"))
                })
            }
            (Some("object") | None, Value::Object(map)) => {
                let props = schema.get("properties").and_then(Value::as_object);
                let closed = schema.get("additionalProperties") == Some(&Value::Bool(false));
                let extra = schema.get("additionalProperties").filter(|a| a.is_object());
                let required = schema.get("required").and_then(Value::as_array);
                if let Some(missing) = required
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .find(|k| !map.contains_key(*k))
                {
                    return fail(format!("the required property `{missing}` is missing"));
                }
                map.iter().find_map(|(k, v)| {
                    let inner = format!("{at}/{}", k.replace('~', "~0").replace('/', "~1"));
                    match props.and_then(|p| p.get(k)) {
                        Some(prop) => self.violation(prop, v, depth + 1, &inner),
                        None if closed => fail(format!("the property `{k}` is not allowed")),
                        None => extra.and_then(|e| self.violation(e, v, depth + 1, &inner)),
                    }
                })
            }
            (None, _) => None,
            (Some(ty), _) => fail(format!("{value} is not of type {ty}")),
        }
    }

    fn string(&self, schema: &Value) -> Result<Value, String> {
        let format = schema.get("format").and_then(Value::as_str).unwrap_or("");
        let base = match format {
            "date" => "2024-01-02",
            "date-time" => "2024-01-02T03:04:05Z",
            "time" => "03:04:05Z",
            "uuid" => "3fa85f64-5717-4562-b3fc-2c963f66afa6",
            "email" => "user@example.com",
            "uri" | "url" | "uri-reference" => "https://example.com/contract",
            "hostname" => "example.com",
            "ipv4" => "192.0.2.1",
            "ipv6" => "2001:db8::1",
            "byte" => "Y29udHJhY3Q=",
            "duration" => "P1D",
            "json-pointer" => "/contract",
            "relative-json-pointer" => "0/contract",
            "regex" => "^contract$",
            "uri-template" => "https://example.com/{id}",
            "iri" | "iri-reference" => "https://example.com/contract",
            "idn-email" => "user@example.com",
            "idn-hostname" => "example.com",
            // A file's bytes, or in a JSON document a string: `Upload` reads either.
            "binary" => "contract",
            _ => "contract",
        };
        let min = schema.get("minLength").and_then(Value::as_u64).unwrap_or(0) as usize;
        let max = schema
            .get("maxLength")
            .and_then(Value::as_u64)
            .map(|m| m as usize);
        // Formats whose every value has one length: a length range without it rules out
        // every value.
        let fixed = match format {
            "uuid" => Some(36),
            "date" => Some(10),
            _ => None,
        };
        if let Some(length) = fixed.filter(|&l| min > l || max.is_some_and(|m| m < l)) {
            return Err(format!(
                "{SPEC_FAULT} string format `{format}` has values of {length} characters, which \
                 its minLength {min}{} rules out",
                max.map(|m| format!(" / maxLength {m}")).unwrap_or_default()
            ));
        }
        let fit = |s: &str| -> String {
            let mut s: String = s.to_string();
            while s.chars().count() < min {
                s.push('x');
            }
            match max {
                Some(max) => s.chars().take(max).collect(),
                None => s,
            }
        };
        let Some(pattern) = schema.get("pattern").and_then(Value::as_str) else {
            return Ok(Value::String(fit(base)));
        };
        // As the client reads it: ECMA-262's literal braces escaped.
        let pattern = &crate::lower::literal_braces(pattern);
        let Ok(regex) = regex_lite::Regex::new(pattern) else {
            return Ok(Value::String(fit(base)));
        };
        std::iter::once(fit(base))
            .chain(pattern_strings(pattern).into_iter().map(|c| fit(&c)))
            .find(|c| regex.is_match(c))
            .map(Value::String)
            .ok_or_else(|| format!("no synthesized string matches the pattern `{pattern}`"))
    }
}

/// Strings generated from `pattern` (deterministically: a fixed seed), printable ASCII
/// where the pattern allows it, short repetitions first. Empty when regex-syntax cannot
/// parse the pattern (ECMA-262 look-arounds and back-references, say); the caller checks
/// each string with the client's own regex engine.
fn pattern_strings(pattern: &str) -> Vec<String> {
    use rand::{RngExt as _, SeedableRng as _};
    let Ok(hir) = regex_syntax::ParserBuilder::new().build().parse(pattern) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for ascii in [true, false] {
        let tamed = tame(hir.clone(), ascii);
        for max_repeat in [2, 6, 24, 100] {
            let Ok(generator) = rand_regex::Regex::with_hir(tamed.clone(), max_repeat) else {
                continue;
            };
            let mut rng = rand::rngs::ChaCha8Rng::seed_from_u64(13);
            out.extend((0..16).map(|_| rng.sample::<String, _>(&generator)));
        }
    }
    out
}

/// `hir` as rand_regex can generate from it: look-arounds (anchors, word boundaries)
/// dropped, since a generated string is matched whole anyway, and with `ascii`, each
/// character class narrowed to printable ASCII where it has any (so `\d` gives `0`-`9`,
/// as it means in the ECMA-262 patterns of JSON Schema, and `.` no control character).
fn tame(hir: regex_syntax::hir::Hir, ascii: bool) -> regex_syntax::hir::Hir {
    use regex_syntax::hir::{Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind, Repetition};
    match hir.into_kind() {
        HirKind::Empty | HirKind::Look(_) => Hir::empty(),
        HirKind::Literal(l) => Hir::literal(l.0),
        HirKind::Class(Class::Unicode(class)) if ascii => {
            let mut narrowed = class.clone();
            narrowed.intersect(&ClassUnicode::new([ClassUnicodeRange::new(' ', '~')]));
            Hir::class(Class::Unicode(if narrowed.ranges().is_empty() {
                class
            } else {
                narrowed
            }))
        }
        HirKind::Class(class) => Hir::class(class),
        HirKind::Repetition(r) => Hir::repetition(Repetition {
            sub: Box::new(tame(*r.sub, ascii)),
            ..r
        }),
        HirKind::Capture(c) => tame(*c.sub, ascii),
        HirKind::Concat(parts) => Hir::concat(parts.into_iter().map(|h| tame(h, ascii)).collect()),
        HirKind::Alternation(parts) => {
            Hir::alternation(parts.into_iter().map(|h| tame(h, ascii)).collect())
        }
    }
}

/// How an input failure that is the spec's own fault begins: such failures are reported
/// as `spec`, not `inputs`.
const SPEC_FAULT: &str = "the spec's";

/// One schema that is all of `members`: properties and requirements joined, the tightest
/// bounds, the enum values they share, anything else as its first member says.
fn merge_members(members: &[Value]) -> Value {
    let mut out = Map::new();
    let mut properties = Map::new();
    let mut required: Vec<Value> = Vec::new();
    for (key, value) in members.iter().filter_map(Value::as_object).flatten() {
        let tighter = |lower: bool| {
            let old = out.get(key.as_str()).and_then(Value::as_f64);
            match (old, value.as_f64()) {
                (Some(a), Some(b)) if (lower && a >= b) || (!lower && a <= b) => None,
                _ => Some(value.clone()),
            }
        };
        let replace = match key.as_str() {
            "properties" => {
                for (name, schema) in value.as_object().into_iter().flatten() {
                    properties
                        .entry(name.clone())
                        .or_insert_with(|| schema.clone());
                }
                None
            }
            "required" => {
                for name in value.as_array().into_iter().flatten() {
                    if !required.contains(name) {
                        required.push(name.clone());
                    }
                }
                None
            }
            // An integer member makes the whole an integer.
            "type" if value == "integer" => Some(value.clone()),
            "minLength" | "minimum" | "minItems" | "minProperties" => tighter(true),
            "maxLength" | "maximum" | "maxItems" | "maxProperties" => tighter(false),
            "enum" => match (out.get("enum").and_then(Value::as_array), value.as_array()) {
                (Some(old), Some(new)) => Some(Value::Array(
                    old.iter().filter(|v| new.contains(v)).cloned().collect(),
                )),
                _ => Some(value.clone()),
            },
            _ if out.contains_key(key.as_str()) => None,
            _ => Some(value.clone()),
        };
        if let Some(v) = replace {
            out.insert(key.clone(), v);
        }
    }
    if !properties.is_empty() {
        out.insert("properties".into(), Value::Object(properties));
    }
    if !required.is_empty() {
        out.insert("required".into(), Value::Array(required));
    }
    Value::Object(out)
}

/// A number within `minimum`/`maximum` (and a multiple of `multipleOf`).
fn number(schema: &Value, integer: bool) -> f64 {
    let get = |k: &str| schema.get(k).and_then(Value::as_f64);
    let exclusive = |k: &str| schema.get(k) == Some(&Value::Bool(true));
    let step = if integer { 1.0 } else { 0.5 };
    let mut n = match (get("minimum"), get("maximum")) {
        (Some(min), _) => {
            min + if exclusive("exclusiveMinimum") {
                step
            } else {
                0.0
            }
        }
        (None, Some(max)) => (max
            - if exclusive("exclusiveMaximum") {
                step
            } else {
                0.0
            })
        .min(1.0),
        (None, None) => 1.0,
    };
    if let Some(m) = get("multipleOf").filter(|m| *m > 0.0) {
        n = (n / m).ceil() * m;
    }
    if integer { n.ceil() } else { n }
}

#[cfg(test)]
mod tests {
    use super::Synth;
    use serde_json::json;

    fn synth(doc: &serde_json::Value) -> Synth<'_> {
        Synth {
            doc,
            faults: std::cell::RefCell::new(Vec::new()),
        }
    }

    #[test]
    fn a_oneof_value_is_one_only_its_own_alternative_accepts() {
        let doc = json!({"components": {"schemas": {
            "Cat": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}},
            "Dog": {"type": "object", "required": ["name", "bark"], "properties": {"name": {"type": "string"}, "bark": {"type": "boolean"}}},
        }}});
        let s = synth(&doc);
        // Cat's value ({name}) is refused by Dog, which requires `bark`: Cat it is.
        let one_of = json!({"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}]});
        assert_eq!(s.value(&one_of, false, 0), Ok(json!({"name": "contract"})));
        assert!(s.faults.borrow().is_empty());
        // Listed the other way round, Dog's value ({name, bark}) is accepted by Cat too,
        // so Cat's is taken.
        let reversed = json!({"oneOf": [{"$ref": "#/components/schemas/Dog"}, {"$ref": "#/components/schemas/Cat"}]});
        assert_eq!(
            s.value(&reversed, false, 0),
            Ok(json!({"name": "contract"}))
        );
    }

    #[test]
    fn the_stand_in_answers_with_a_value_of_the_success_schema() {
        let text = r#"
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /pets/{id}:
    get:
      operationId: getPet
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "200":
          description: a pet
          content:
            "*/*":
              schema:
                type: object
                required: [name]
                properties: {name: {type: string, example: Rex}}
  /ping:
    post:
      operationId: ping
      responses:
        "204": {description: done}
"#;
        let source = crate::Source {
            name: "t.yaml".into(),
            text: text.into(),
        };
        let spec = crate::load::load(&source);
        assert!(spec.is_ok(), "{spec:?}");
        let Ok(spec) = spec else { return };
        let api = crate::lower::lower(&spec, false).map(|l| l.api);
        assert!(api.is_ok());
        let Ok(api) = api else { return };
        let json = serde_json::to_value(&spec).unwrap_or_default();
        let answers = super::stand_in_answers(&api, &json);
        assert_eq!(answers.len(), 2);
        let pet = &answers[0];
        assert_eq!(
            (pet.method.as_str(), pet.path.as_str()),
            ("GET", "/pets/{id}")
        );
        // `*/*` is served as JSON, the media type the client reads.
        assert_eq!(pet.content_type.as_deref(), Some("application/json"));
        assert_eq!(pet.body, r#"{"name":"Rex"}"#);
        let ping = &answers[1];
        assert_eq!((ping.status, ping.content_type.as_deref()), (204, None));
    }

    #[test]
    fn a_schema_that_only_allows_null_gets_null() {
        // A 3.1 `type: 'null'` property, as the conversion to 3.0 leaves it.
        let doc = json!({});
        let s = synth(&doc);
        let object = json!({"type": "object", "properties": {"stock": {"nullable": true}}});
        assert_eq!(s.value(&object, true, 0), Ok(json!({"stock": null})));
        // Without `nullable`, an untyped schema takes any value.
        let any = json!({"type": "object", "properties": {"note": {}}});
        assert_eq!(s.value(&any, true, 0), Ok(json!({"note": "value"})));
    }

    #[test]
    fn overlapping_alternatives_are_reported_as_the_spec_s_fault() {
        let doc = json!({});
        let s = synth(&doc);
        let one_of = json!({"oneOf": [
            {"type": "object", "properties": {"a": {"type": "string"}}},
            {"type": "object", "properties": {"b": {"type": "string"}}},
        ]});
        assert!(s.value(&one_of, false, 0).is_ok());
        assert_eq!(s.faults.borrow().len(), 1);
        assert!(s.faults.borrow()[0].contains("overlap"));
    }

    #[test]
    fn pattern_strings_match_their_pattern_and_are_the_same_every_run() {
        let doc = json!({});
        let s = synth(&doc);
        for pattern in [
            r"[a-f\d]{24}",
            r"\/images\/([a-f\d]{24})",
            r"^(?:\{[0-9a-fA-F]{4}(?:-?[0-9a-fA-F]{4}){7}\}|[0-9a-fA-F]{4}(?:-?[0-9a-fA-F]{4}){7})$",
            r"\/(versions|branches)\/((v{0,1})(stable|([0-9]+)(?:\.([0-9]+))?(?:\.([0-9]+))?(-.*)?)(_(.*))?)\/categories\/(guides|reference)\/((.*))",
            r"(([a-z0-9-_ ]|[^\\x00-\\x7F])+.(json|yaml|yml))",
            r"^(?:{[0-9a-fA-F]{4}(?:-?[0-9a-fA-F]{4}){7}}|[0-9a-fA-F]{4}(?:-?[0-9a-fA-F]{4}){7})$",
        ] {
            let schema = json!({"type": "string", "pattern": pattern});
            let value = s.value(&schema, false, 0).unwrap_or_default();
            let value = value.as_str().unwrap_or_default().to_string();
            // As the client checks it (ECMA-262's literal braces escaped).
            let pattern = &crate::lower::literal_braces(pattern);
            assert!(
                regex_lite::Regex::new(pattern).is_ok_and(|r| r.is_match(&value)),
                "`{value}` for `{pattern}`"
            );
            assert!(value.chars().all(|c| c.is_ascii() && !c.is_ascii_control()));
            assert_eq!(s.value(&schema, false, 0), Ok(json!(value)));
        }
        let bounded =
            json!({"type": "string", "pattern": "^[A-Z]+$", "minLength": 10, "maxLength": 12});
        let value = s.value(&bounded, false, 0).unwrap_or_default();
        assert!(
            (10..=12).contains(&value.as_str().map_or(0, str::len)),
            "{value}"
        );
    }

    #[test]
    fn all_of_members_are_merged_into_one_value() {
        let doc = json!({"components": {"schemas": {
            "Category": {"type": "object", "properties": {"title": {"type": "string"}, "order": {"type": "integer"}}},
        }}});
        let s = synth(&doc);
        // The requirement of one member names a property of another.
        let body =
            json!({"allOf": [{"$ref": "#/components/schemas/Category"}, {"required": ["title"]}]});
        assert_eq!(s.value(&body, false, 0), Ok(json!({"title": "contract"})));
        // Scalars: the tightest bounds of all members.
        let label = json!({"allOf": [{"type": "string"}, {"type": "string", "minLength": 10}]});
        assert_eq!(s.value(&label, false, 0), Ok(json!("contractxx")));
        // Members of different types: the spec's fault.
        let clash = json!({"allOf": [{"type": "string"}, {"type": "integer"}]});
        assert!(
            s.value(&clash, false, 0)
                .is_err_and(|e| e.starts_with(super::SPEC_FAULT))
        );
    }

    #[test]
    fn a_schema_that_requires_itself_is_the_spec_s_fault() {
        let doc = json!({"components": {"schemas": {
            "Node": {"type": "object", "required": ["parent", "children"], "properties": {
                "parent": {"$ref": "#/components/schemas/Node"},
                "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
            }},
            "Tree": {"type": "object", "required": ["children"], "properties": {
                "children": {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}},
            }},
        }}});
        let s = synth(&doc);
        let node = json!({"$ref": "#/components/schemas/Node"});
        let error = s.value(&node, false, 0).err().unwrap_or_default();
        assert!(
            error.starts_with(super::SPEC_FAULT) && error.contains("Node"),
            "{error}"
        );
        // A required array of itself ends with an empty array.
        let tree = json!({"$ref": "#/components/schemas/Tree"});
        assert!(s.value(&tree, true, 0).is_ok());
    }

    #[test]
    fn a_required_property_no_schema_declares_is_reported() {
        let doc = json!({});
        let s = synth(&doc);
        let schema = json!({"type": "object", "required": ["a", "b"], "properties": {"a": {"type": "boolean"}}});
        assert_eq!(s.value(&schema, false, 0), Ok(json!({"a": true})));
        assert!(s.faults.borrow().iter().any(|f| f.contains("`b`")));
        let map = json!({"type": "object", "required": ["b"], "additionalProperties": {"type": "integer"}});
        assert_eq!(s.value(&map, false, 0), Ok(json!({"b": 1})));
    }

    #[test]
    fn a_length_no_value_of_the_format_has_is_the_spec_s_fault() {
        let doc = json!({});
        let s = synth(&doc);
        let uuid = json!({"type": "string", "format": "uuid", "minLength": 64, "maxLength": 64});
        let err = s.string(&uuid);
        assert!(
            err.as_ref()
                .is_err_and(|e| e.starts_with(super::SPEC_FAULT)),
            "{err:?}"
        );
        let fine = json!({"type": "string", "format": "uuid", "maxLength": 64});
        assert!(s.string(&fine).is_ok());
    }

    #[test]
    fn a_parameter_of_a_number_or_string_gets_a_string_no_number_reads_as() {
        let doc = json!({});
        let s = synth(&doc);
        let schema = json!({"oneOf": [{"type": "integer"}, {"type": "string"}]});
        let value = s.unambiguous_text(&schema, json!(1));
        assert!(
            value.as_str().is_some_and(|t| t.parse::<f64>().is_err()),
            "{value}"
        );
        // Numeric strings are no way out: the number stays, and Prism says why.
        let digits =
            json!({"oneOf": [{"type": "integer"}, {"type": "string", "pattern": "^[0-9]+$"}]});
        assert_eq!(s.unambiguous_text(&digits, json!(1)), json!(1));
        // Without a oneOf there is nothing to tell apart.
        assert_eq!(
            s.unambiguous_text(&json!({"type": "integer"}), json!(1)),
            json!(1)
        );
    }

    #[test]
    fn a_null_example_is_still_the_spec_s_example_after_openapiv3() {
        // GitHub's `empty-object` response with `value: null`, as openapiv3 writes it back.
        let text = json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {"/secrets": {"put": {"responses": {"201": {
                "description": "created",
                "content": {"application/json": {
                    "schema": {"type": "object", "properties": {}, "additionalProperties": false},
                    "examples": {"default": {"value": null}}
                }}
            }}}}}
        });
        let spec: Result<openapiv3::OpenAPI, _> = serde_json::from_value(text);
        let json = spec.ok().and_then(|spec| serde_json::to_value(&spec).ok());
        assert!(json.is_some(), "the spec goes through openapiv3");
        let json = json.unwrap_or_default();
        let verdict = super::judge_response(
            &json,
            "#/paths/~1secrets/put",
            201,
            "application/json",
            "null",
        )
        .map(|v| (v.violation, v.example));
        assert_eq!(
            verdict,
            Some((
                Some("/: null is not allowed".to_string()),
                Some(
                    "#/paths/~1secrets/put/responses/201/content/application~1json/examples/default/value"
                        .to_string()
                )
            ))
        );
    }

    #[test]
    fn a_schema_s_own_example_that_breaks_it_is_found_where_the_response_breaks() {
        // GitHub's `meta/get`: no response example, but a property's schema carries an
        // `example` of the wrong type, which Prism serves.
        let spec = json!({
            "paths": {"/meta": {"get": {"responses": {"200": {"content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/Meta"}}}}}}}},
            "components": {"schemas": {
                "Meta": {"type": "object", "properties": {
                    "ssh_keys": {"type": "array", "items": {"type": "string"}, "example": [[1, 2]]},
                    "domains": {"type": "object", "properties": {
                        "id": {"allOf": [{"type": "string", "example": 7}]}}}
                }}
            }}
        });
        let judge = |body: &str| {
            super::judge_response(&spec, "#/paths/~1meta/get", 200, "application/json", body)
                .and_then(|v| v.example)
        };
        assert_eq!(
            judge(r#"{"ssh_keys": [[1, 2]]}"#).as_deref(),
            Some("#/components/schemas/Meta/properties/ssh_keys/example")
        );
        assert_eq!(
            judge(r#"{"domains": {"id": 7}}"#).as_deref(),
            Some("#/components/schemas/Meta/properties/domains/properties/id/allOf/0/example")
        );
        // A value that breaks the schema but is no example of it: Prism made it up.
        assert_eq!(judge(r#"{"ssh_keys": [[3]]}"#), None);
    }

    #[test]
    fn a_url_needs_a_host() {
        assert!(!super::format_ok("url", "https://***"));
        assert!(super::format_ok(
            "url",
            "https://www.example.com/callout/AccountEdit"
        ));
    }

    #[test]
    fn examples_that_break_their_format_or_pattern_are_not_used() {
        let doc = json!({});
        let s = synth(&doc);
        let duration = json!({"type": "string", "format": "duration", "example": "TBD"});
        assert_eq!(s.value(&duration, false, 0), Ok(json!("P1D")));
        let pointer = json!({"type": "string", "format": "json-pointer", "default": "#/foo"});
        assert_eq!(s.value(&pointer, false, 0), Ok(json!("/contract")));
        let uuid = json!({"type": "string", "format": "uuid", "example": "trip-1"});
        assert_eq!(
            s.value(&uuid, false, 0),
            Ok(json!("3fa85f64-5717-4562-b3fc-2c963f66afa6"))
        );
        let nested = json!({"type": "object", "properties": {"id": {"type": "string", "pattern": "^[0-9]+$"}}, "example": {"id": "x"}});
        let value = s.value(&nested, true, 0).unwrap_or_default();
        let id = value["id"].as_str().unwrap_or("x");
        assert!(
            !id.is_empty() && id.chars().all(|c| c.is_ascii_digit()),
            "{value}"
        );
    }

    #[test]
    fn a_null_body_for_a_typeless_object_schema_is_the_spec_s_looseness() {
        let spec = json!({
            "paths": {"/docs": {"get": {"responses": {"200": {"content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/Doc"}}}}}}}},
            "components": {"schemas": {
                "Base": {"required": ["href"], "properties": {"href": {"type": "string"}}},
                "Doc": {"allOf": [{"$ref": "#/components/schemas/Base"},
                                  {"properties": {"items": {"type": "array"}}}]},
                "Typed": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"type": "object"}]}
            }}
        });
        let judge = |body: &str| {
            super::judge_response(&spec, "#/paths/~1docs/get", 200, "application/json", body)
                .map(|v| (v.violation.is_some(), v.typeless_object))
        };
        assert_eq!(
            judge("null"),
            Some((false, Some("#/components/schemas/Doc".to_string())))
        );
        // An object that breaks the schema is no looseness of the spec's.
        assert_eq!(judge("{}"), Some((true, None)));
        let mut typed = spec.clone();
        typed["paths"]["/docs"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
            ["$ref"] = json!("#/components/schemas/Typed");
        let verdict = super::judge_response(
            &typed,
            "#/paths/~1docs/get",
            200,
            "application/json",
            "null",
        );
        assert!(verdict.is_some_and(|v| v.typeless_object.is_none() && v.violation.is_some()));
    }

    #[test]
    fn examples_that_break_their_schema_are_not_used() {
        let doc = json!({});
        let s = synth(&doc);
        let schema = json!({"type": "object", "required": ["id"], "properties": {"id": {"type": "integer", "minimum": 3}}, "example": {"name": "x"}});
        assert_eq!(s.value(&schema, false, 0), Ok(json!({"id": 3})));
        let text = json!({"type": "object", "example": "{\"a\": 1}"});
        assert_eq!(s.value(&text, false, 0), Ok(json!({"a": 1})));
    }
}
