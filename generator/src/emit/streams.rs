//! The streaming methods beside an operation's own: a list's item stream, a download's
//! body as chunks, the stream of an operation that streams when its body asks.

use super::client::success_type;
use super::request::finish_args;
use super::{Docs, Scope, ident, rust_type};
use crate::ir::*;
use proc_macro2::TokenStream;
use quote::quote;
use std::borrow::Cow;

/// The method beside an operation's own that reads the answer as a stream: a download's
/// body as chunks, or the stream an operation sends when its body asks for one.
pub(super) struct StreamVariant<'o> {
    /// The method (`get_file_stream`).
    pub fn_name: proc_macro2::Ident,
    /// The operation as that method sends it.
    pub op: Cow<'o, Operation>,
    /// The body its `Sending` gives.
    pub body: TokenStream,
    /// The edges of `finish` for it.
    pub finish: TokenStream,
    /// The client method's doc text.
    pub doc: String,
    /// The doc text of the request builder's `send_stream`; each place turns only its own
    /// text into attributes.
    pub send_doc: String,
}

/// The operation's streaming variant, if it has one.
pub(super) fn stream_variant(op: &Operation) -> Option<StreamVariant<'_>> {
    let method = op.fn_name.bare();
    if let Some(download_fn) = &op.download_fn {
        let send_doc = "Sends the request and gives the body as a stream of chunks instead of \
             reading it whole: a download of any size in bounded memory. `max_response_bytes` \
             does not apply; each chunk must come within `Config::stream_idle_timeout`.\n\n\
             # Errors\n\nAs [`send`](Self::send) until the headers arrive; a dropped connection \
             or a quiet server is then the stream's last item."
            .to_string();
        return Some(StreamVariant {
            fn_name: ident(download_fn),
            op: Cow::Borrowed(op),
            body: download_body(op),
            finish: download_finish(op),
            doc: download_doc(op),
            send_doc,
        });
    }
    let mode = op.stream_mode.as_ref()?;
    let streaming = Operation {
        success: mode.success.clone(),
        accept: mode.accept.clone(),
        ..op.clone()
    };
    let field = &mode.field;
    let what = match mode.success {
        Success::JsonLines(_) => "JSON lines",
        _ => "server-sent events",
    };
    let errors = "a dropped connection, a quiet server or an item that does not decode is \
                  then the stream's last item.";
    let doc = format!(
        "As [`{method}`](Self::{method}), with `\"{field}\": true` in the request body: the \
         answer is a stream of {what}, read as they arrive ({}). \
         [`{method}`](Self::{method}) sends `\"{field}\": false`.\n\n# Errors\n\n\
         As [`{method}`](Self::{method}) until the headers arrive; {errors}",
        mode.source
    );
    let send_doc = format!(
        "Sends the request with `\"{field}\": true` in its body and gives the answer as a \
         stream of {what}; [`send`](Self::send) sends `\"{field}\": false`.\n\n# Errors\n\n\
         As [`send`](Self::send) until the headers arrive; {errors}"
    );
    Some(StreamVariant {
        fn_name: ident(&mode.fn_name),
        body: success_type(&streaming),
        finish: finish_args(&streaming),
        op: Cow::Owned(streaming),
        doc,
        send_doc,
    })
}

/// A binary download's body as a stream of chunks: its type.
fn download_body(op: &Operation) -> TokenStream {
    let error = ident(&op.error_name);
    quote!(crate::ByteStream<error::#error>)
}

/// The edges of `finish` for a download read as a stream.
pub(super) fn download_finish(op: &Operation) -> TokenStream {
    let error = ident(&op.error_name);
    quote!(|c| c.decode_stream(crate::ByteStream::new), error::#error::from_response)
}

/// The docs of a download's streaming method.
fn download_doc(op: &Operation) -> String {
    let method = op.fn_name.bare();
    format!(
        "As [`{method}`](Self::{method}), with the body as a stream of chunks instead of read \
         whole: a download of any size in bounded memory. `max_response_bytes` does not \
         apply; each chunk must come within `Config::stream_idle_timeout`.\n\n# Errors\n\n\
         As [`{method}`](Self::{method}) until the headers arrive; a dropped connection or \
         a quiet server is then the stream's last item."
    )
}

/// The required inputs as a method that takes them passes them on: the args struct, or
/// the parameters in order, then a required body.
pub(super) fn pass_required(op: &Operation) -> Vec<TokenStream> {
    let mut pass: Vec<TokenStream> = match op.args_name {
        Some(_) => vec![quote!(args)],
        None => op
            .required_params()
            .map(|p| {
                let n = ident(&p.name);
                quote!(#n)
            })
            .collect(),
    };
    if op.body.as_ref().is_some_and(|b| b.required) {
        pass.push(quote!(body));
    }
    pass
}

/// `<operation>_stream`: every item of a list that pages, with the operation's required
/// inputs; the call's own `items()` takes the optional ones too.
pub(super) fn stream_method(
    op: &Operation,
    paging: &Pagination,
    args: &[TokenStream],
    docs: &mut Docs,
) -> TokenStream {
    let fn_name = ident(&op.fn_name);
    let stream_fn = ident(&paging.stream_fn);
    let gate = super::gate_attr(op.own_gate());
    // It calls the deprecated method, which would warn inside the crate.
    let deprecated = op
        .deprecated
        .then(|| quote!(#[deprecated] #[allow(deprecated)]));
    let error = ident(&op.error_name);
    let item_ty = rust_type(&paging.item, Scope::Elsewhere);
    let pass = pass_required(op);
    let method = op.fn_name.bare();
    let call = op
        .call_name
        .as_ref()
        .map(|c| c.bare().to_string())
        .unwrap_or_default();
    let doc = docs.attr(Some(&format!(
        "Every item of [`{method}`](Self::{method}), page after page, fetched as the stream is \
         polled: `while let Some(item) = stream.next().await`. {} For the optional inputs, or \
         the pages with their headers, use [`{call}::items`](crate::calls::{call}::items) and \
         [`{call}::pages`](crate::calls::{call}::pages).\n\n# Errors\n\n\
         An error is the stream's last item: as [`{method}`](Self::{method}) for each page, \
         and [`Error::Pagination`](crate::Error::Pagination) when a page already fetched comes back.",
        paging.describe()
    )));
    quote! {
        #doc
        #gate
        #deprecated
        pub fn #stream_fn<'a>(&'a self, #(#args),*) -> crate::Items<'a, #item_ty, error::#error> {
            self.#fn_name(#(#pass),*).items()
        }
    }
}
