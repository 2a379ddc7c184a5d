//! Emits a contract program for a generated crate: it calls every operation against a
//! mock server of the same spec (Prism, which validates each request), once with only the
//! required inputs and once with all of them, and prints one JSON line per call saying
//! whether the request was accepted and the response decoded.
//!
//! Inputs are the spec's own examples where they fit and values made for the IR's types
//! otherwise (see `inputs`), as JSON that the program decodes into the crate's types, so that
//! each call goes through the typed API a user would call.

use super::inputs::Inputs;
use super::synth::{SPEC_FAULT, Synth, first_example, fitting, value_text};
use generator::emit::{Scope, ident, rust_type};
use generator::ir::{Api, Body, BodyEncoding, Operation, Param, SchemeKind, TypeRef};
use proc_macro2::{Group, TokenStream, TokenTree};
use quote::quote;
use serde_json::{Value, json};

/// The program's source, for a crate whose library is named `lib`, from the IR and the
/// spec (in its OpenAPI 3.0 form) that the IR was lowered from.
pub fn program(api: &Api, spec: &Value, lib: &str) -> Result<String, String> {
    // The spec is read for reporting only: what its responses declare and their
    // examples (see `spec_notes`); the inputs come from the IR.
    let synth = Synth {
        doc: spec,
        faults: std::cell::RefCell::new(Vec::new()),
    };
    let inputs = Inputs::new(api);
    // The spec faults met while making an operation's inputs join its notes.
    let mut input_faults = Vec::new();
    let calls: Vec<TokenStream> = api
        .operations
        .iter()
        .enumerate()
        .map(|(i, op)| {
            let call = call(&inputs, op, i);
            let mut faults = inputs.faults.take();
            faults.dedup();
            input_faults.push(faults);
            call
        })
        .collect();
    let table = op_table(&synth, api, &input_faults);
    let outcome = outcome_type();
    let support = call_support();
    let main = main_fn(&credentials(api), &table);
    let tokens = quote! {
        //! Calls every operation against a mock server whose URL is the first argument.

        use crate_under_test as api;
        // Types written as the crate's own files write them (`models::Pet`).
        #[allow(unused_imports)]
        use api::models;

        #outcome

        #support

        #(#calls)*

        #main
    };
    let file = syn::parse2::<syn::File>(rebase(tokens, lib))
        .map_err(|e| format!("the contract program is not valid Rust: {e}"))?;
    Ok(prettyplease::unparse(&file))
}

/// The entries of the operation table `main` walks, one per operation, in the order of
/// the `op_<index>` functions.
fn op_table(synth: &Synth, api: &Api, input_faults: &[Vec<String>]) -> TokenStream {
    let names: Vec<proc_macro2::Ident> = (0..api.operations.len())
        .map(|i| ident(&format!("op_{i}")))
        .collect();
    let ids = api.operations.iter().map(|op| op.id.as_str());
    let notes: Vec<String> = api
        .operations
        .iter()
        .zip(input_faults)
        .map(|(op, faults)| {
            let mut notes = spec_notes(synth, op);
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
    quote! {
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
    }
}

/// The client builder's calls that give each security scheme of the spec a credential.
fn credentials(api: &Api) -> Vec<TokenStream> {
    api.security_schemes
        .iter()
        .filter_map(|s| {
            let f = ident(&s.builder_fn);
            Some(match &s.kind {
                // `bearer_token` covers bearer schemes without credentials of their own, so
                // no token endpoint is needed.
                SchemeKind::Bearer { .. } => return None,
                SchemeKind::Http { .. } => quote!(.#f("contract-credentials")),
                SchemeKind::Basic => quote!(.#f("contract-user", "contract-password")),
                SchemeKind::ApiKey { .. } => quote!(.#f("contract-key")),
            })
        })
        .collect()
}

/// The program's `Outcome`: what one call came to, read from the client's result or error.
fn outcome_type() -> TokenStream {
    quote! {
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
    }
}

/// What every operation's call uses: its inputs decoded, its result classified, and the
/// shape of the table `main` walks.
fn call_support() -> TokenStream {
    quote! {
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
    }
}

/// `main`: builds the client with every `credentials` call, then makes each call of the
/// operation `table` whose index the arguments select.
fn main_fn(credentials: &[TokenStream], table: &TokenStream) -> TokenStream {
    quote! {
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
                #table
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
    }
}

/// Replaces `crate` (the generated crate's own paths, as the emitters write them) with the
/// crate under test, and the placeholder with its library name.
pub(crate) fn rebase(tokens: TokenStream, lib: &str) -> TokenStream {
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
pub(crate) fn call(inputs: &Inputs, op: &Operation, index: usize) -> TokenStream {
    let name = ident(&format!("op_{index}"));
    let method = ident(&op.fn_name);
    let doc = format!(" `{}` ({} {}).", op.id, op.method.as_str(), op.path);
    let mut lets = Vec::new();
    let mut required = Vec::new();
    let mut setters = Vec::new();
    for p in op.path_params.iter().chain(&op.params) {
        let value = match param_value(inputs, p) {
            Ok(v) => v,
            Err(e) => return inputs_failure(&name, &doc, &op.pointer, &e),
        };
        let var = ident(&format!("param_{}", p.name.bare()));
        let ty = rust_type(&p.ty, Scope::Elsewhere);
        lets.push(decode(&var, (&ty, p.ty.in_format()), &value, &value));
        let field = ident(&p.name);
        if p.required {
            let arg = match &p.ty {
                TypeRef::String | TypeRef::Vec(_) | TypeRef::Named(_) => quote!(&#var),
                _ => quote!(#var),
            };
            required.push((field, arg));
        } else {
            setters.push(quote!(if all { call = call.#field(#var); }));
        }
    }
    let mut args: Vec<TokenStream> = match &op.args_name {
        Some(args_name) => {
            let ty = ident(args_name);
            let fields = required.iter().map(|(f, arg)| quote!(#f: #arg));
            vec![quote!(crate::calls::#ty { #(#fields),* })]
        }
        None => required.into_iter().map(|(_, arg)| arg).collect(),
    };
    if let Some(body) = &op.body {
        match body_values(inputs, body) {
            Ok((required, all)) => {
                let (ty, arg) = body_arg(body);
                let in_format = body.encoding != BodyEncoding::Bytes && body.ty.in_format();
                lets.push(decode(&ident("body"), (&ty, in_format), &required, &all));
                if body.required {
                    args.push(arg);
                } else {
                    setters.push(quote!(if all { call = call.body(#arg); }));
                }
            }
            Err(e) => return inputs_failure(&name, &doc, &op.pointer, &e),
        }
    }
    let send = if op.call_name.is_some() {
        quote! {
            #[allow(unused_mut)]
            let mut call = client.#method(#(#args),*);
            #(#setters)*
            call.await
        }
    } else {
        quote!(client.#method(#(#args),*).await)
    };
    let errors = error_classifier(op);
    quote! {
        #[doc = #doc]
        #[allow(unused_variables)]
        fn #name(client: &crate::Client, all: bool) -> Call<'_> {
            Box::pin(async move {
                #(#lets)*
                classify!({ #send }, #errors)
            })
        }
    }
}

/// What in the spec itself keeps an operation from passing whatever the client does: a
/// security requirement no single request can meet, a response example that breaks its
/// own schema. Reported beside a failure, never instead of a check.
pub(crate) fn spec_notes(synth: &Synth, op: &Operation) -> String {
    let mut notes = Vec::new();
    let authorization = |s: &&generator::ir::SchemeUse| {
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
pub(crate) fn error_classifier(op: &Operation) -> TokenStream {
    let enum_name = ident(&op.error_name);
    let arms = op.errors.iter().map(|case| {
        let variant = ident(&case.variant);
        let status = match case.status {
            generator::ir::StatusMatch::Code(c) => c.to_string(),
            generator::ir::StatusMatch::Range(d) => format!("{d}XX"),
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
pub(crate) fn inputs_failure(
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

/// `let var: ty = <the JSON for this mode, decoded>;`, through the crate's `formats` when
/// the type holds values in a format (dates, date-times), which have no serde impls of
/// their own.
pub(crate) fn decode(
    var: &proc_macro2::Ident,
    (ty, in_format): (&TokenStream, bool),
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
    if in_format {
        return quote! {
            let #var: #ty = match input::<crate::__private::formats::Parsed<#ty>>(#json) {
                Ok(v) => v.0,
                Err(outcome) => return outcome,
            };
        };
    }
    quote! {
        let #var: #ty = match input(#json) {
            Ok(v) => v,
            Err(outcome) => return outcome,
        };
    }
}

/// The owned type a body is decoded into, and how it is passed.
pub(crate) fn body_arg(body: &Body) -> (TokenStream, TokenStream) {
    match (&body.encoding, &body.ty) {
        (BodyEncoding::Bytes, _) => (quote!(::std::vec::Vec<u8>), quote!(body.clone())),
        (_, TypeRef::String) => (quote!(::std::string::String), quote!(&body)),
        (_, ty) => (rust_type(ty, Scope::Elsewhere), quote!(&body)),
    }
}

/// A parameter's value: its example, or one made for its type (see [`Inputs`]).
pub(crate) fn param_value(inputs: &Inputs, p: &Param) -> Result<Value, String> {
    let value = inputs.value(&p.ty, &p.constraints, true, 0)?;
    match value {
        // A parameter is text: `format: binary` there is a string, not a file's bytes.
        Value::Array(_) if p.ty == TypeRef::String => Ok(Value::String("contract".into())),
        value => Ok(inputs.unambiguous_text(&p.ty, &p.constraints, value)),
    }
}

/// The request body for required-only and for all inputs: its media type's example, or
/// values made for its type.
pub(crate) fn body_values(inputs: &Inputs, body: &Body) -> Result<(Value, Value), String> {
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
    let (required, all) = (
        inputs.value(&body.ty, &body.constraints, false, 0)?,
        inputs.value(&body.ty, &body.constraints, true, 0)?,
    );
    Ok(match body.encoding {
        BodyEncoding::Text => (
            Value::String(value_text(&required)),
            Value::String(value_text(&all)),
        ),
        _ if body.ty == TypeRef::Bytes => (binary(required), binary(all)),
        _ => (required, all),
    })
}
