//! Spec edits with the impact each must have: the table the impact tests and `cargo xtask semver-selftest` share.

use generator::files::FileSet;
use generator::impact::{self, Class, Impact};
use generator::surface::{self, Surface};
use generator::{Options, Source};
use std::collections::BTreeMap;
use std::path::Path;

/// One edit of a spec's text.
#[derive(Clone, Copy, Debug)]
pub struct Edit {
    /// What the edit does, in a few words.
    pub name: &'static str,
    /// The spec, relative to the workspace root.
    pub spec: &'static str,
    /// Text replacements, each applied to the first occurrence (which must exist).
    pub replace: &'static [(&'static str, &'static str)],
    /// The class the edit must get; `None` for an edit that changes no generated code.
    pub class: Option<Class>,
    /// The version a crate at 0.1.0 must get.
    pub bump: &'static str,
    /// A Rust item the impact table must name.
    pub item: &'static str,
}

const CONNECTID: &str = "spec/connectid.yaml";
const COMPOSITIONS: &str = "generator/tests/fixtures/compositions.yaml";
const SECURITY: &str = "generator/tests/fixtures/security.yaml";
const STYLES: &str = "generator/tests/fixtures/styles.yaml";
const PARAMS: &str = "generator/tests/fixtures/params.yaml";
const TAGS: &str = "generator/tests/fixtures/tags.yaml";
const FORMATS: &str = "generator/tests/fixtures/formats.yaml";

const B: Option<Class> = Some(Class::Breaking);
const A: Option<Class> = Some(Class::Additive);
const D: Option<Class> = Some(Class::Docs);

const DECLINE_CHANGE_TYPE: &str =
    "        changeType:\n          $ref: '#/components/schemas/DeclineChangeType'\n";
const SHARE_CODE: &str = "          maxLength: 255\n          description: The code that identifies the share invitation.\n";
const DECLINE_PATH: &str = "  /v1/client/subscription/share/invitation:\n    patch:\n";
const DECLINE_SECURITY: &str = "      security:\n        - Client_Credentials:\n            - read\n      requestBody:\n        required: true\n        content:\n          application/json:\n            schema:\n              $ref: '#/components/schemas/DeclineShareRequest'";
const DECLINE_ERRORS: &str = "        '400':\n          description: Bad Request. The reference documents no body for this response.\n        '429':";
const SHARE_COUNT: &str = "        shareCount:\n          type: integer\n          description: Presumably how many times the product may be shared (inferred).\n";
const INVOICE_PARAMS: &str = "        - $ref: '#/components/parameters/InvoiceFrom'\n        - $ref: '#/components/parameters/InvoiceTo'\n      responses:\n";
const CHECK_ACCESS: &str = "      properties:\n        product:\n          type: string\n          description: Checks access by product (subscription).\n";
const SHARE_STATUS_LAST: &str = "        - SHARE_LIMIT\n        - INVITATIONS_POOL_EXHAUSTED\n";

/// The table: at least 30 edits, on the checked-in spec and the generator's fixtures.
pub const EDITS: &[Edit] = &[
    Edit {
        name: "add an optional request property",
        spec: CONNECTID,
        replace: &[(
            DECLINE_CHANGE_TYPE,
            "        changeType:\n          $ref: '#/components/schemas/DeclineChangeType'\n        declineReason:\n          type: string\n          description: Why.\n",
        )],
        class: A,
        bump: "0.1.1",
        item: "models::DeclineShareRequest::decline_reason",
    },
    Edit {
        name: "add a required request property",
        spec: CONNECTID,
        replace: &[
            (
                "      required:\n        - shareCode\n        - changeType\n      properties:\n        shareCode:\n          type: string\n          maxLength: 255",
                "      required:\n        - shareCode\n        - changeType\n        - declineReason\n      properties:\n        shareCode:\n          type: string\n          maxLength: 255",
            ),
            (
                DECLINE_CHANGE_TYPE,
                "        changeType:\n          $ref: '#/components/schemas/DeclineChangeType'\n        declineReason:\n          type: string\n",
            ),
        ],
        class: B,
        bump: "0.2.0",
        item: "models::DeclineShareRequest::decline_reason",
    },
    Edit {
        name: "shrink maxLength of shareCode",
        spec: CONNECTID,
        replace: &[(
            SHARE_CODE,
            "          maxLength: 100\n          description: The code that identifies the share invitation.\n",
        )],
        class: B,
        bump: "0.2.0",
        item: "models::DeclineShareRequest::share_code",
    },
    Edit {
        name: "grow maxLength of shareCode",
        spec: CONNECTID,
        replace: &[(
            SHARE_CODE,
            "          maxLength: 500\n          description: The code that identifies the share invitation.\n",
        )],
        class: A,
        bump: "0.1.1",
        item: "models::DeclineShareRequest::share_code",
    },
    Edit {
        name: "drop maxLength of shareCode",
        spec: CONNECTID,
        replace: &[(
            SHARE_CODE,
            "          description: The code that identifies the share invitation.\n",
        )],
        // Looser on the wire, but the type's last constraint goes, and with it the
        // `validate` method, which only types that check something have: a caller who
        // called it no longer compiles.
        class: B,
        bump: "0.2.0",
        item: "models::DeclineShareRequest::share_code",
    },
    Edit {
        name: "add a pattern to shareCode",
        spec: CONNECTID,
        replace: &[(
            SHARE_CODE,
            "          maxLength: 255\n          pattern: '^[0-9A-Z]+$'\n          description: The code that identifies the share invitation.\n",
        )],
        class: B,
        bump: "0.2.0",
        item: "models::DeclineShareRequest::share_code",
    },
    Edit {
        name: "make an optional request property required",
        spec: CONNECTID,
        replace: &[(
            "        - productCode\n      properties:\n        contact:",
            "        - productCode\n        - firstName\n      properties:\n        contact:",
        )],
        class: B,
        bump: "0.2.0",
        item: "models::ShareInvitationRequest::first_name",
    },
    Edit {
        name: "make a required request property optional",
        spec: CONNECTID,
        replace: &[(
            "        - contactType\n        - productCode\n      properties:\n        contact:",
            "        - contactType\n      properties:\n        contact:",
        )],
        class: B,
        bump: "0.2.0",
        item: "models::ShareInvitationRequest::product_code",
    },
    Edit {
        name: "make a response field optional",
        spec: CONNECTID,
        replace: &[(
            "      required:\n        - status\n      properties:\n        status:\n          $ref: '#/components/schemas/DeclineShareStatus'",
            "      properties:\n        status:\n          $ref: '#/components/schemas/DeclineShareStatus'",
        )],
        class: B,
        bump: "0.2.0",
        item: "models::DeclineShareResponse::status",
    },
    Edit {
        name: "remove a response field",
        spec: CONNECTID,
        replace: &[(
            "        shareCount:\n          type: integer\n          description: Presumably how many times the product may be shared (inferred).\n          example: 3\n",
            "",
        )],
        class: B,
        bump: "0.2.0",
        item: "models::ShareRule::share_count",
    },
    Edit {
        name: "add an optional response field",
        spec: CONNECTID,
        replace: &[(
            SHARE_COUNT,
            "        shareCount:\n          type: integer\n          description: Presumably how many times the product may be shared (inferred).\n        maxShares:\n          type: integer\n",
        )],
        class: A,
        bump: "0.1.1",
        item: "models::ShareRule::max_shares",
    },
    Edit {
        name: "change a field's type",
        spec: CONNECTID,
        replace: &[(
            SHARE_COUNT,
            "        shareCount:\n          type: string\n          description: Presumably how many times the product may be shared (inferred).\n",
        )],
        class: B,
        bump: "0.2.0",
        item: "models::ShareRule::share_count",
    },
    Edit {
        name: "make a response field nullable",
        spec: CONNECTID,
        replace: &[(
            SHARE_COUNT,
            "        shareCount:\n          type: integer\n          nullable: true\n          description: Presumably how many times the product may be shared (inferred).\n",
        )],
        class: B,
        bump: "0.2.0",
        item: "models::ShareRule::share_count",
    },
    Edit {
        name: "add a response enum value (kept by Unknown)",
        spec: CONNECTID,
        replace: &[(
            SHARE_STATUS_LAST,
            "        - SHARE_LIMIT\n        - INVITATIONS_POOL_EXHAUSTED\n        - SHARE_PAUSED\n",
        )],
        class: A,
        bump: "0.1.1",
        item: "models::ShareStatus::SharePaused",
    },
    Edit {
        name: "remove a response enum value",
        spec: CONNECTID,
        replace: &[(SHARE_STATUS_LAST, "        - SHARE_LIMIT\n")],
        class: B,
        bump: "0.2.0",
        item: "models::ShareStatus::InvitationsPoolExhausted",
    },
    Edit {
        name: "add a request enum value",
        spec: CONNECTID,
        replace: &[(
            "      enum:\n        - DECLINE\n",
            "      enum:\n        - DECLINE\n        - CANCEL\n",
        )],
        class: A,
        bump: "0.1.1",
        item: "models::DeclineChangeType::Cancel",
    },
    Edit {
        name: "remove a request enum value",
        spec: CONNECTID,
        replace: &[("        - X\n        - Z\n", "        - X\n")],
        class: B,
        bump: "0.2.0",
        item: "models::CredentialType::Z",
    },
    Edit {
        name: "add an operation",
        spec: CONNECTID,
        replace: &[(
            "  /v1/subscription/share/invitation:\n",
            "  /v1/ping:\n    get:\n      operationId: ping\n      responses:\n        '204':\n          description: Alive.\n  /v1/subscription/share/invitation:\n",
        )],
        class: A,
        bump: "0.1.1",
        item: "Client::ping",
    },
    Edit {
        name: "rename an operation",
        spec: CONNECTID,
        replace: &[(
            "operationId: declineShareClientMode",
            "operationId: declineShare",
        )],
        class: B,
        bump: "0.2.0",
        item: "Client::decline_share_client_mode",
    },
    Edit {
        name: "change an operation's path",
        spec: CONNECTID,
        replace: &[(
            DECLINE_PATH,
            "  /v2/client/subscription/share/invitation:\n    patch:\n",
        )],
        class: B,
        bump: "0.2.0",
        item: "Client::decline_share_client_mode",
    },
    Edit {
        name: "change an operation's method",
        spec: CONNECTID,
        replace: &[(
            DECLINE_PATH,
            "  /v1/client/subscription/share/invitation:\n    put:\n",
        )],
        class: B,
        bump: "0.2.0",
        item: "Client::decline_share_client_mode",
    },
    Edit {
        name: "add an optional query parameter beside others",
        spec: CONNECTID,
        replace: &[(
            INVOICE_PARAMS,
            "        - $ref: '#/components/parameters/InvoiceFrom'\n        - $ref: '#/components/parameters/InvoiceTo'\n        - $ref: '#/components/parameters/OnlyActive'\n      responses:\n",
        )],
        class: A,
        bump: "0.1.1",
        item: "calls::ListInvoicesClientModeCall::only_active",
    },
    Edit {
        name: "add a required query parameter",
        spec: CONNECTID,
        replace: &[(
            INVOICE_PARAMS,
            "        - $ref: '#/components/parameters/InvoiceFrom'\n        - $ref: '#/components/parameters/InvoiceTo'\n        - name: currency\n          in: query\n          required: true\n          schema:\n            type: string\n      responses:\n",
        )],
        class: B,
        bump: "0.2.0",
        item: "Client::list_invoices_client_mode",
    },
    Edit {
        name: "add the first (optional) query parameter",
        spec: CONNECTID,
        replace: &[(
            DECLINE_SECURITY,
            "      parameters:\n        - name: dryRun\n          in: query\n          schema:\n            type: boolean\n      security:\n        - Client_Credentials:\n            - read\n      requestBody:\n        required: true\n        content:\n          application/json:\n            schema:\n              $ref: '#/components/schemas/DeclineShareRequest'",
        )],
        class: B,
        bump: "0.2.0",
        item: "Client::decline_share_client_mode",
    },
    Edit {
        name: "tighten maxLength of a query parameter",
        spec: CONNECTID,
        replace: &[(
            "        type: string\n        maxLength: 10\n      example: '2019-01-01'",
            "        type: string\n        maxLength: 8\n      example: '2019-01-01'",
        )],
        class: B,
        bump: "0.2.0",
        item: "calls::ListInvoicesClientModeCall::from",
    },
    Edit {
        name: "add a minimum to a path parameter",
        spec: CONNECTID,
        replace: &[(
            "          schema:\n            type: integer\n            format: int64\n          example: 563457",
            "          schema:\n            type: integer\n            format: int64\n            minimum: 1\n          example: 563457",
        )],
        class: B,
        bump: "0.2.0",
        item: "Client::list_invoices_client_mode(customer_number)",
    },
    Edit {
        name: "require other credentials",
        spec: CONNECTID,
        replace: &[(
            DECLINE_SECURITY,
            "      security:\n        - Authorization_Code: []\n      requestBody:\n        required: true\n        content:\n          application/json:\n            schema:\n              $ref: '#/components/schemas/DeclineShareRequest'",
        )],
        class: B,
        bump: "0.2.0",
        item: "Client::decline_share_client_mode",
    },
    Edit {
        name: "accept other credentials as well",
        spec: CONNECTID,
        replace: &[(
            DECLINE_SECURITY,
            "      security:\n        - Client_Credentials:\n            - read\n        - Authorization_Code: []\n      requestBody:\n        required: true\n        content:\n          application/json:\n            schema:\n              $ref: '#/components/schemas/DeclineShareRequest'",
        )],
        class: A,
        bump: "0.1.1",
        item: "Client::decline_share_client_mode",
    },
    Edit {
        name: "add an OAuth2 scope",
        spec: CONNECTID,
        replace: &[(
            "            read: For all accessor\n",
            "            read: For all accessor\n            write: Changes\n",
        )],
        class: A,
        bump: "0.1.1",
        item: "ClientBuilder::client_credentials",
    },
    Edit {
        name: "declare a new error status",
        spec: CONNECTID,
        replace: &[(
            DECLINE_ERRORS,
            "        '400':\n          description: Bad Request. The reference documents no body for this response.\n        '404':\n          description: No such invitation.\n        '429':",
        )],
        class: A,
        bump: "0.1.1",
        item: "error::DeclineShareClientModeError::NotFound",
    },
    Edit {
        name: "drop a declared error status",
        spec: CONNECTID,
        replace: &[(DECLINE_ERRORS, "        '429':")],
        class: B,
        bump: "0.2.0",
        item: "error::DeclineShareClientModeError::BadRequest",
    },
    Edit {
        name: "change a type's description",
        spec: CONNECTID,
        replace: &[(
            "      description: Request to decline a subscription share invitation.\n",
            "      description: Request to turn down a subscription share invitation.\n",
        )],
        class: D,
        bump: "0.1.1",
        item: "models::DeclineShareRequest",
    },
    Edit {
        name: "change an operation's summary",
        spec: CONNECTID,
        replace: &[(
            "      summary: Decline share - client mode\n",
            "      summary: Decline a share - client mode\n",
        )],
        class: D,
        bump: "0.1.1",
        item: "Client::decline_share_client_mode",
    },
    Edit {
        name: "change an example (not generated: no change)",
        spec: CONNECTID,
        replace: &[(
            "            example:\n              shareCode: 32479VSA\n",
            "            example:\n              shareCode: 11111AAA\n",
        )],
        class: None,
        bump: "0.1.0",
        item: "",
    },
    Edit {
        name: "change the default server",
        spec: CONNECTID,
        replace: &[(
            "  - url: https://api.mediaconnect.no/capi\n",
            "  - url: https://api.mediaconnect.no/capi/v2\n",
        )],
        class: B,
        bump: "0.2.0",
        item: "ClientBuilder::base_url",
    },
    Edit {
        name: "mark an operation deprecated",
        spec: CONNECTID,
        replace: &[(
            "      operationId: declineShareClientMode\n",
            "      operationId: declineShareClientMode\n      deprecated: true\n",
        )],
        class: A,
        bump: "0.1.1",
        item: "Client::decline_share_client_mode",
    },
    Edit {
        name: "rename a schema",
        spec: CONNECTID,
        replace: &[
            ("    DeclineShareResponse:\n", "    DeclineResult:\n"),
            (
                "                $ref: '#/components/schemas/DeclineShareResponse'\n",
                "                $ref: '#/components/schemas/DeclineResult'\n",
            ),
        ],
        class: B,
        bump: "0.2.0",
        item: "models::DeclineShareResponse",
    },
    Edit {
        name: "change the request media type",
        spec: CONNECTID,
        replace: &[(
            "          application/json:\n            schema:\n              $ref: '#/components/schemas/DeclineShareRequest'",
            "          application/merge-patch+json:\n            schema:\n              $ref: '#/components/schemas/DeclineShareRequest'",
        )],
        class: B,
        bump: "0.2.0",
        item: "Client::decline_share_client_mode",
    },
    Edit {
        name: "add an alternative to an untagged anyOf",
        spec: COMPOSITIONS,
        replace: &[(
            "        - type: array\n          items: {type: string}\n",
            "        - type: array\n          items: {type: string}\n        - type: boolean\n",
        )],
        class: B,
        bump: "0.2.0",
        item: "models::IdOrName",
    },
    Edit {
        name: "rename an API key header",
        spec: SECURITY,
        replace: &[("name: X-API-Key", "name: X-Api-Token")],
        class: B,
        bump: "0.2.0",
        item: "ClientBuilder::",
    },
    Edit {
        name: "change a query parameter's style",
        spec: STYLES,
        replace: &[(
            "{name: pipe, in: query, style: pipeDelimited, explode: false,",
            "{name: pipe, in: query, style: spaceDelimited, explode: false,",
        )],
        class: B,
        bump: "0.2.0",
        item: "calls::StylesCall::pipe",
    },
    Edit {
        name: "raise a query parameter's maximum",
        spec: PARAMS,
        replace: &[(
            "format: int32, maximum: 100}",
            "format: int32, maximum: 1000}",
        )],
        class: A,
        bump: "0.1.1",
        item: "calls::ListTagsCall::limit",
    },
    Edit {
        name: "remove an operation",
        spec: CONNECTID,
        // An `x-` key is an extension the loader ignores: the operation is gone.
        replace: &[(
            "  /v1/subscription:\n    post:\n",
            "  /v1/subscription:\n    x-post:\n",
        )],
        class: B,
        bump: "0.2.0",
        item: "Client::start_subscription",
    },
    Edit {
        name: "add an optional field to an all-optional (Default) struct",
        spec: CONNECTID,
        replace: &[(
            CHECK_ACCESS,
            "      properties:\n        locale:\n          type: string\n        product:\n          type: string\n          description: Checks access by product (subscription).\n",
        )],
        class: A,
        bump: "0.1.1",
        item: "models::CheckAccessRequest::locale",
    },
    Edit {
        name: "add a required field to an all-optional (Default) struct",
        spec: CONNECTID,
        replace: &[(
            CHECK_ACCESS,
            "      required:\n        - locale\n      properties:\n        locale:\n          type: string\n        product:\n          type: string\n          description: Checks access by product (subscription).\n",
        )],
        class: B,
        bump: "0.2.0",
        item: "models::CheckAccessRequest",
    },
    // Derives, builders and `validate` follow from use: a type that is no longer sent
    // loses `Serialize` and its setters by default, which breaks callers who used them.
    Edit {
        name: "stop sending a type that is also received",
        spec: TAGS,
        replace: &[(
            "              $ref: \"#/components/schemas/Order\"\n      responses:",
            "              {type: object, required: [petId], properties: {petId: {type: integer}}}\n      responses:",
        )],
        class: B,
        bump: "0.2.0",
        item: "models::Order",
    },
    // The generator merges an inline schema written exactly like another type into an
    // alias of it: merging takes nothing away, splitting does.
    Edit {
        name: "an inline object becomes written like another",
        spec: TAGS,
        replace: &[("              description: The city it goes back to.\n", "")],
        class: A,
        bump: "0.1.1",
        item: "models::ArchivedReturns",
    },
    Edit {
        name: "an inline object stops being written like another",
        spec: TAGS,
        replace: &[(
            "          description: Written like an order's shipping, so it is the same type.\n          type: object\n          properties:\n            city:\n              type: string\n",
            "          description: Written like an order's shipping, so it is the same type.\n          type: object\n          properties:\n            city:\n              type: string\n              description: Where it went.\n",
        )],
        class: B,
        bump: "0.2.0",
        item: "models::ArchivedShipping",
    },
    Edit {
        name: "start sending a type that was only received",
        spec: CONNECTID,
        replace: &[(
            "  /v1/subscription/share/invitation:\n",
            "  /v1/rules/echo:\n    post:\n      operationId: echoRule\n      requestBody:\n        required: true\n        content:\n          application/json:\n            schema:\n              $ref: '#/components/schemas/ShareRule'\n      responses:\n        '204':\n          description: Done.\n  /v1/subscription/share/invitation:\n",
        )],
        class: A,
        bump: "0.1.1",
        item: "models::ShareRule",
    },
    Edit {
        name: "give a string property format: date-time",
        spec: FORMATS,
        replace: &[(
            "        name: {type: string}\n        start:",
            "        name: {type: string, format: date-time}\n        start:",
        )],
        class: B,
        bump: "0.2.0",
        item: "models::Schedule::name",
    },
    Edit {
        name: "drop the names of a numeric enum's values",
        spec: FORMATS,
        replace: &[("      x-enum-varnames: [Low, Normal, High]\n", "")],
        class: B,
        bump: "0.2.0",
        item: "models::Priority::Low",
    },
    Edit {
        name: "change what an enum value means",
        spec: FORMATS,
        replace: &[("Drop everything]", "Drop everything at once]")],
        class: D,
        bump: "0.1.1",
        item: "models::Priority::High",
    },
];

/// The options edits are generated with: a standalone crate at 0.1.0.
pub fn options() -> Options {
    Options {
        command: "cargo xtask semver-selftest".to_string(),
        standalone: true,
        ..Options::new("edited")
    }
}

/// An edit generated and judged.
#[derive(Debug)]
pub struct Judged {
    /// The crate before the edit.
    pub before: FileSet,
    /// The crate after it.
    pub after: FileSet,
    /// What the edit does to the API.
    pub impact: Impact,
    /// The version a crate at 0.1.0 needs.
    pub bump: semver::Version,
}

/// The spec text after `edit`.
pub fn apply(text: &str, edit: &Edit) -> Result<String, String> {
    let mut out = text.to_string();
    for (find, replace) in edit.replace {
        if !out.contains(find) {
            return Err(format!(
                "{}: the anchor {find:?} is not in {}",
                edit.name, edit.spec
            ));
        }
        out = out.replacen(find, replace, 1);
    }
    Ok(out)
}

fn generate(name: &str, text: String) -> Result<FileSet, String> {
    let source = Source {
        name: name.to_string(),
        text,
    };
    generator::generate(&source, &options(), &Default::default())
        .map(|g| g.files)
        .map_err(|d| generator::render_diagnostics(&source, &d))
}

fn record(files: &FileSet) -> Result<Surface, String> {
    let text = files
        .get(surface::PATH)
        .ok_or_else(|| format!("no {} generated", surface::PATH))?;
    Surface::parse(text).map_err(|e| e.to_string())
}

/// Generates the spec before and after `edit` and compares the records.
pub fn judge(root: &Path, edit: &Edit) -> Result<Judged, String> {
    judge_cached(root, edit, &mut BTreeMap::new())
}

/// [`judge`], generating each unedited spec once across calls that share `cache`.
pub fn judge_cached(
    root: &Path,
    edit: &Edit,
    cache: &mut BTreeMap<&'static str, FileSet>,
) -> Result<Judged, String> {
    let text = std::fs::read_to_string(root.join(edit.spec))
        .map_err(|e| format!("cannot read {}: {e}", edit.spec))?;
    let edited = apply(&text, edit)?;
    let before = match cache.get(edit.spec) {
        Some(files) => files.clone(),
        None => {
            let files = generate(edit.spec, text)?;
            cache.insert(edit.spec, files.clone());
            files
        }
    };
    let after = generate(edit.spec, edited).map_err(|e| format!("{}: {e}", edit.name))?;
    let impact = impact::compare(&record(&before)?, &record(&after)?);
    let bump = impact::next_version(&semver::Version::new(0, 1, 0), impact.class());
    Ok(Judged {
        before,
        after,
        impact,
        bump,
    })
}
