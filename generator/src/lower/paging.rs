//! Which list operations page, and how: from a vendor extension, a declared `Link`
//! header, or (conservatively, and only for GETs) the names of parameters and fields.

use super::Lowerer;
use super::operation::OpContext;
use crate::ir::*;
use crate::pointer::child;
use rustc_hash::FxHashMap;
use serde_json::Value;

impl Lowerer<'_> {
    /// The types lowered so far, for [`Shapes`].
    pub(super) fn types_so_far(&self) -> TypesSoFar<'_> {
        TypesSoFar {
            list: &self.types,
            at: &self.type_at,
        }
    }

    /// How the operation pages: as `generator.toml` says, else as the spec or the names
    /// say; a rule that cannot be followed is a warning, and no paging.
    pub(super) fn paging(
        &mut self,
        cx: &OpContext<'_, '_>,
        params: &[Param],
        success: &Success,
        link: bool,
    ) -> Option<Pagination> {
        let (op, id, ptr) = (cx.op, cx.id.as_str(), cx.ptr.as_str());
        if let Some(o) = self.overrides.paging.get(id) {
            return match from_override(o, params, success, self.types_so_far()) {
                Ok(p) => p,
                Err(why) => {
                    let file = crate::overrides::FILE;
                    self.warn(ptr, format!("{file}: [paging.{id}] is not followed: {why}"));
                    None
                }
            };
        }
        let facts = PagingFacts {
            extension: extension(op),
            link,
            infer: self.infer_paging,
        };
        match pagination(&facts, cx.method, params, success, self.types_so_far()) {
            Ok(p) => p,
            Err(why) => {
                let name = facts.extension.map_or("", |(name, _)| name);
                self.warn(&child(ptr, name), why);
                None
            }
        }
    }
}

/// What an operation's success response and extensions say about paging.
pub(super) struct PagingFacts<'a> {
    /// `x-fern-pagination` or `x-speakeasy-pagination`, with its value.
    pub extension: Option<(&'static str, &'a Value)>,
    /// The success response declares a `Link` header.
    pub link: bool,
    /// Inference from names is allowed.
    pub infer: bool,
}

/// The extensions read, in the order they are preferred.
const EXTENSIONS: [&str; 2] = ["x-fern-pagination", "x-speakeasy-pagination"];

/// The extension an operation carries, if any.
pub(super) fn extension(op: &openapiv3::Operation) -> Option<(&'static str, &Value)> {
    EXTENSIONS
        .iter()
        .find_map(|name| op.extensions.get(*name).map(|v| (*name, v)))
}

/// The operation's paging, or why an extension could not be followed (a warning).
pub(super) fn pagination(
    facts: &PagingFacts<'_>,
    method: Method,
    params: &[Param],
    success: &Success,
    types: TypesSoFar<'_>,
) -> Result<Option<Pagination>, String> {
    let Success::Json(body) = success else {
        return match facts.extension {
            Some((name, _)) => Err(format!(
                "`{name}` is not followed: the response is not JSON"
            )),
            None => Ok(None),
        };
    };
    let shapes = Shapes { types, params };
    if let Some((name, value)) = facts.extension {
        let found = match name {
            "x-fern-pagination" => shapes.fern(value, body),
            _ => shapes.speakeasy(value, body),
        };
        return found
            .map(|(rule, (item, items_path))| {
                Some(Pagination {
                    rule,
                    source: PageSource::Extension(name),
                    item,
                    items_path,
                    whole_pages: false,
                    stream_fn: RustName::default(),
                })
            })
            .map_err(|why| format!("`{name}` is not followed: {why}"));
    }
    if facts.link {
        let link = |item, items_path, whole_pages| Pagination {
            rule: PageRule::Link,
            source: PageSource::LinkHeader,
            item,
            items_path,
            whole_pages,
            stream_fn: RustName::default(),
        };
        // A page of a bare array is a list. In an object, the array is only the items when
        // the request can ask for a page: GitHub declares `Link` on objects that hold an
        // array field (a runner's IPs, an item's fields) and are one object all the same.
        let wrapped = |items_path: &[ItemsStep]| items_path.is_empty() || shapes.has_page_param();
        if let Some((item, items_path)) = shapes.items(body, None) {
            return Ok(wrapped(&items_path).then(|| link(item, items_path, false)));
        }
        // Several lists in a page, or one of several list types: a page is the item.
        return Ok(
            (method == Method::Get && shapes.has_page_param() && shapes.holds_lists(body))
                .then(|| link(body.clone(), Vec::new(), true)),
        );
    }
    if !facts.infer || method != Method::Get {
        return Ok(None);
    }
    Ok(shapes
        .infer(body)
        .map(|(rule, (item, items_path))| Pagination {
            rule,
            source: PageSource::Inferred,
            item,
            items_path,
            whole_pages: false,
            stream_fn: RustName::default(),
        }))
}

/// The paging `generator.toml` names for the operation (`None` for `rule = "none"`), or
/// why it cannot be followed.
pub(super) fn from_override(
    o: &crate::overrides::PagingOverride,
    params: &[Param],
    success: &Success,
    types: TypesSoFar<'_>,
) -> Result<Option<Pagination>, String> {
    if o.rule == "none" {
        return Ok(None);
    }
    let Success::Json(body) = success else {
        return Err("the response is not JSON".into());
    };
    let shapes = Shapes { types, params };
    let pointer = |p: Option<&String>, what: &str| -> Result<String, String> {
        match p {
            Some(p) if p.is_empty() || p.starts_with('/') => Ok(p.clone()),
            Some(p) => Err(format!("`{what}` is not a JSON pointer (`/data`): `{p}`")),
            None => Err(format!("rule `{}` needs `{what}`", o.rule)),
        }
    };
    let param = || -> Result<String, String> {
        let name = o
            .param
            .as_deref()
            .ok_or_else(|| format!("rule `{}` needs `param`", o.rule))?;
        shapes
            .query_param(&[name])
            .map(|p| p.wire_name.clone())
            .ok_or_else(|| format!("the operation has no query parameter `{name}`"))
    };
    let path: Option<Vec<String>> = match &o.items {
        Some(p) => Some(
            pointer(Some(p), "items")?
                .split('/')
                .skip(1)
                .map(|s| s.replace("~1", "/").replace("~0", "~"))
                .collect(),
        ),
        None => None,
    };
    let path: Option<Vec<&str>> = path
        .as_ref()
        .map(|p| p.iter().map(String::as_str).collect());
    let items = shapes
        .items(body, path.as_deref())
        .ok_or_else(|| "the response has no array there".to_string())?;
    let items_pointer = items_pointer(&items);
    let has_more = o
        .has_more
        .as_ref()
        .map(|p| pointer(Some(p), "has_more"))
        .transpose()?;
    let rule = match o.rule.as_str() {
        "link" => PageRule::Link,
        "next-url" => PageRule::NextUrl {
            next: pointer(o.next.as_ref(), "next")?,
        },
        "cursor" => PageRule::Cursor {
            param: param()?,
            next: pointer(o.next.as_ref(), "next")?,
            has_more,
        },
        "last-id" => PageRule::LastId {
            param: param()?,
            items: items_pointer,
            id: o
                .id
                .as_ref()
                .map_or(Ok("/id".to_string()), |p| pointer(Some(p), "id"))?,
            has_more,
        },
        "offset" => PageRule::Offset {
            param: param()?,
            items: items_pointer,
        },
        "page" => PageRule::PageNumber {
            param: param()?,
            items: items_pointer,
            first: o.first.unwrap_or(1),
        },
        other => {
            return Err(format!(
                "rule `{other}` is not one of link, next-url, cursor, last-id, offset, page, none"
            ));
        }
    };
    Ok(Some(Pagination {
        rule,
        source: PageSource::Config,
        item: items.0,
        items_path: items.1,
        whole_pages: false,
        stream_fn: RustName::default(),
    }))
}

/// Request parameters that carry a cursor, as list APIs name them.
const CURSOR_PARAMS: [&str; 9] = [
    "cursor",
    "after",
    "page_token",
    "pageToken",
    "next_token",
    "nextToken",
    "continuation_token",
    "continuationToken",
    "page_cursor",
];
/// Response fields that hold the next cursor.
const NEXT_CURSOR_FIELDS: [&str; 8] = [
    "next_cursor",
    "nextCursor",
    "next_page_token",
    "nextPageToken",
    "next_token",
    "nextToken",
    "continuation_token",
    "continuationToken",
];
/// Objects a response nests its paging fields in (Slack's `response_metadata`, say).
const PAGING_OBJECTS: [&str; 5] = [
    "meta",
    "pagination",
    "paging",
    "page_info",
    "response_metadata",
];
/// Page size parameters that go with `page`.
const PAGE_SIZE_PARAMS: [&str; 6] = [
    "per_page",
    "page_size",
    "pageSize",
    "limit",
    "size",
    "perPage",
];

/// The items of a body and the Rust path to them.
type Items = (TypeRef, Vec<ItemsStep>);

/// The types lowered so far, and where each is by name.
#[derive(Clone, Copy)]
pub(super) struct TypesSoFar<'a> {
    list: &'a [TypeDef],
    at: &'a FxHashMap<RustName, usize>,
}

/// The types lowered so far, read for the shapes of bodies: fields, arrays, aliases.
pub(super) struct Shapes<'a> {
    pub(super) types: TypesSoFar<'a>,
    pub(super) params: &'a [Param],
}

impl Shapes<'_> {
    fn def(&self, ty: &TypeRef) -> Option<&TypeDef> {
        let TypeRef::Named(n) = ty else { return None };
        self.types.list.get(*self.types.at.get(&n.name)?)
    }

    /// The type behind aliases.
    fn resolved<'t>(&'t self, mut ty: &'t TypeRef) -> &'t TypeRef {
        for _ in 0..16 {
            match self.def(ty).map(|d| &d.kind) {
                Some(TypeKind::Alias(target)) => ty = target,
                _ => break,
            }
        }
        ty
    }

    pub(super) fn fields(&self, ty: &TypeRef) -> &[Field] {
        match self.def(self.resolved(ty)).map(|d| &d.kind) {
            Some(TypeKind::Struct(s)) => &s.fields,
            _ => &[],
        }
    }

    /// The item type when `ty` is an array (behind aliases), with the `Option`s around it.
    fn array(&self, ty: &TypeRef) -> Option<(TypeRef, u8)> {
        let mut options = 0;
        let mut ty = self.resolved(ty);
        while let TypeRef::Nullable(inner) = ty {
            options += 1;
            ty = self.resolved(inner);
        }
        match ty {
            TypeRef::Vec(item) => Some(((**item).clone(), options)),
            _ => None,
        }
    }

    /// A query parameter that asks for a page: a cursor, an offset, a page or its size.
    fn has_page_param(&self) -> bool {
        self.params.iter().any(|p| {
            let name = p.wire_name.as_str();
            p.location == ParamLocation::Query
                && (CURSOR_PARAMS.contains(&name)
                    || PAGE_SIZE_PARAMS.contains(&name)
                    || ["page", "offset", "before", "starting_after"].contains(&name))
        })
    }

    /// More than one list of objects among the body's fields (an object's arrays of ids
    /// are not lists), or alternatives that are arrays.
    fn holds_lists(&self, body: &TypeRef) -> bool {
        let of_objects = |ty: &TypeRef| {
            self.array(ty)
                .is_some_and(|(item, _)| matches!(self.resolved(&item), TypeRef::Named(_)))
        };
        let arrays = match self.def(self.resolved(body)).map(|d| &d.kind) {
            Some(TypeKind::Struct(s)) => s.fields.iter().filter(|f| of_objects(&f.ty)).count(),
            Some(TypeKind::OneOf(o)) => o
                .variants
                .iter()
                .filter(|v| self.array(&v.ty).is_some())
                .count(),
            _ => 0,
        };
        arrays > 1
    }

    /// The items: the body when it is an array; else the array at `path` (wire names), or
    /// without a path the body's only array property.
    fn items(&self, body: &TypeRef, path: Option<&[&str]>) -> Option<Items> {
        if let Some((item, 0)) = self.array(body) {
            return path
                .is_none_or(|p| p.is_empty())
                .then_some((item, Vec::new()));
        }
        let mut steps = Vec::new();
        let mut ty = body.clone();
        let path: Vec<&str> = match path {
            Some(p) => p.to_vec(),
            None => {
                let arrays: Vec<&Field> = self
                    .fields(body)
                    .iter()
                    .filter(|f| self.array(&f.ty).is_some())
                    .collect();
                match arrays.as_slice() {
                    [one] => vec![one.wire_name.as_str()],
                    _ => return None,
                }
            }
        };
        for (i, name) in path.iter().enumerate() {
            let field = self.fields(&ty).iter().find(|f| f.wire_name == *name)?;
            if field.boxed || field.flatten {
                return None;
            }
            let mut options = u8::from(field.nullable) + u8::from(!field.required);
            let last = i + 1 == path.len();
            let next = if last {
                let (item, inner) = self.array(&field.ty)?;
                options += inner;
                item
            } else {
                field.ty.clone()
            };
            steps.push(ItemsStep {
                field: field.name.clone(),
                wire_name: field.wire_name.clone(),
                options,
            });
            if last {
                return Some((next, steps));
            }
            ty = next;
        }
        None
    }

    /// The pointer of a field by one of `names`, at the top of the body or in one of the
    /// objects that hold paging fields.
    fn field_pointer(
        &self,
        body: &TypeRef,
        names: &[&str],
        wanted: fn(&TypeRef) -> bool,
    ) -> Option<String> {
        let top = self.fields(body);
        let direct = |fields: &[Field]| {
            fields
                .iter()
                .find(|f| names.contains(&f.wire_name.as_str()) && wanted(self.resolved(&f.ty)))
                .map(|f| f.wire_name.clone())
        };
        if let Some(name) = direct(top) {
            return Some(pointer_of(&[&name]));
        }
        top.iter()
            .filter(|f| PAGING_OBJECTS.contains(&f.wire_name.as_str()))
            .find_map(|f| direct(self.fields(&f.ty)).map(|n| pointer_of(&[&f.wire_name, &n])))
    }

    fn query_param(&self, names: &[&str]) -> Option<&Param> {
        self.params
            .iter()
            .find(|p| p.location == ParamLocation::Query && names.contains(&p.wire_name.as_str()))
    }

    fn integer_param(&self, names: &[&str]) -> Option<&Param> {
        self.query_param(names).filter(|p| {
            matches!(
                self.resolved(&p.ty),
                TypeRef::I32 | TypeRef::I64 | TypeRef::U64 | TypeRef::I128
            )
        })
    }

    /// The conservative guesses, most specific first.
    fn infer(&self, body: &TypeRef) -> Option<(PageRule, Items)> {
        let is_string = |t: &TypeRef| *t == TypeRef::String;
        let is_bool = |t: &TypeRef| *t == TypeRef::Bool;
        // Most operations have none of the parameters a guess starts from: they are let
        // go before their response type is looked through.
        let candidate = self.query_param(&["starting_after"]).is_some()
            || self.query_param(&CURSOR_PARAMS).is_some()
            || self.integer_param(&["offset"]).is_some()
            || self.integer_param(&["page"]).is_some();
        if !candidate {
            return None;
        }
        let items = self.items(body, None)?;
        let items_pointer = items_pointer(&items);
        // Stripe: `starting_after`, `has_more`, and items with an `id`.
        if let (Some(param), Some(has_more)) = (
            self.query_param(&["starting_after"]),
            self.field_pointer(body, &["has_more"], is_bool),
        ) {
            if self.fields(&items.0).iter().any(|f| f.wire_name == "id") {
                let rule = PageRule::LastId {
                    param: param.wire_name.clone(),
                    items: items_pointer,
                    id: "/id".into(),
                    has_more: Some(has_more),
                };
                return Some((rule, items));
            }
        }
        if let Some(param) = self.query_param(&CURSOR_PARAMS) {
            let next = self.field_pointer(body, &NEXT_CURSOR_FIELDS, is_string)?;
            let has_more = self.field_pointer(body, &["has_more", "hasMore"], is_bool);
            let rule = PageRule::Cursor {
                param: param.wire_name.clone(),
                next,
                has_more,
            };
            return Some((rule, items));
        }
        if let (Some(param), Some(_)) = (
            self.integer_param(&["offset"]),
            self.query_param(&["limit"]),
        ) {
            let rule = PageRule::Offset {
                param: param.wire_name.clone(),
                items: items_pointer,
            };
            return Some((rule, items));
        }
        if let (Some(param), Some(_)) = (
            self.integer_param(&["page"]),
            self.query_param(&PAGE_SIZE_PARAMS),
        ) {
            let rule = PageRule::PageNumber {
                param: param.wire_name.clone(),
                items: items_pointer,
                first: first_page(param),
            };
            return Some((rule, items));
        }
        None
    }

    /// Fern: `cursor` + `next_cursor`, `offset` (+ `step`), or `next_uri`/`next_path`;
    /// `results` names the items.
    fn fern(&self, v: &Value, body: &TypeRef) -> Result<(PageRule, Items), String> {
        let get = |k: &str| v.get(k).and_then(Value::as_str);
        let items = self.extension_items(body, get("results"), "$response.")?;
        let items_pointer = items_pointer(&items);
        let response = |k: &str| -> Result<Option<String>, String> {
            get(k)
                .map(|e| expression(e, "$response.").map(|p| pointer_of(&p)))
                .transpose()
        };
        if let Some(cursor) = get("cursor") {
            let next = response("next_cursor")?.ok_or("`cursor` without `next_cursor`")?;
            let rule = PageRule::Cursor {
                param: self.request_param(cursor, "$request.")?,
                next,
                has_more: response("has-next-page")?,
            };
            return Ok((rule, items));
        }
        if let Some(offset) = get("offset") {
            let param = self.request_param(offset, "$request.")?;
            let rule = if get("step").is_some() {
                PageRule::Offset {
                    param,
                    items: items_pointer,
                }
            } else {
                let first = self.query_param(&[param.as_str()]).map_or(1, first_page);
                PageRule::PageNumber {
                    param,
                    items: items_pointer,
                    first,
                }
            };
            return Ok((rule, items));
        }
        if let Some(next) = response("next_uri")?.or(response("next_path")?) {
            return Ok((PageRule::NextUrl { next }, items));
        }
        Err("it names no `cursor`, `offset`, `next_uri` or `next_path`".into())
    }

    /// Speakeasy: `type` (`offsetLimit`, `cursor`, `url`), `inputs`, `outputs`.
    fn speakeasy(&self, v: &Value, body: &TypeRef) -> Result<(PageRule, Items), String> {
        let outputs = v.get("outputs");
        let output = |k: &str| outputs.and_then(|o| o.get(k)).and_then(Value::as_str);
        let items = self.extension_items(body, output("results"), "$.")?;
        let items_pointer = items_pointer(&items);
        let input = |kind: &str| -> Option<&Value> {
            v.get("inputs")?
                .as_array()?
                .iter()
                .find(|i| i.get("type").and_then(Value::as_str) == Some(kind))
        };
        let input_param = |kind: &str| -> Result<String, String> {
            let i = input(kind).ok_or_else(|| format!("no input of type `{kind}`"))?;
            if i.get("in").and_then(Value::as_str) != Some("parameters") {
                return Err(format!("its `{kind}` input is not a parameter"));
            }
            let name = i.get("name").and_then(Value::as_str).unwrap_or_default();
            self.query_param(&[name])
                .map(|p| p.wire_name.clone())
                .ok_or_else(|| format!("the operation has no query parameter `{name}`"))
        };
        match v.get("type").and_then(Value::as_str) {
            Some("offsetLimit") => {
                let rule = if input("page").is_some() {
                    let param = input_param("page")?;
                    let first = self.query_param(&[param.as_str()]).map_or(1, first_page);
                    PageRule::PageNumber {
                        param,
                        items: items_pointer,
                        first,
                    }
                } else {
                    PageRule::Offset {
                        param: input_param("offset")?,
                        items: items_pointer,
                    }
                };
                Ok((rule, items))
            }
            Some("cursor") => {
                let param = input_param("cursor")?;
                let next = output("nextCursor").ok_or("a cursor without `outputs.nextCursor`")?;
                // `$.data[-1].id`: the last item's field.
                let rule = match next.split_once("[-1].") {
                    Some((list, id)) => PageRule::LastId {
                        param,
                        items: pointer_of(&expression(list, "$.")?),
                        id: pointer_of(&id.split('.').collect::<Vec<_>>()),
                        has_more: None,
                    },
                    None => PageRule::Cursor {
                        param,
                        next: pointer_of(&expression(next, "$.")?),
                        has_more: None,
                    },
                };
                Ok((rule, items))
            }
            Some("url") => {
                let next = output("nextUrl").ok_or("a url rule without `outputs.nextUrl`")?;
                Ok((
                    PageRule::NextUrl {
                        next: pointer_of(&expression(next, "$.")?),
                    },
                    items,
                ))
            }
            other => Err(format!(
                "its type {other:?} is not one of `offsetLimit`, `cursor`, `url`"
            )),
        }
    }

    fn extension_items(
        &self,
        body: &TypeRef,
        results: Option<&str>,
        prefix: &str,
    ) -> Result<Items, String> {
        let path = results.map(|r| expression(r, prefix)).transpose()?;
        self.items(body, path.as_deref())
            .ok_or_else(|| match results {
                Some(r) => format!("`{r}` is not an array in the response schema"),
                None => "it names no results and the response has no single array".into(),
            })
    }

    /// The query parameter an extension names (`$request.cursor`).
    fn request_param(&self, expr: &str, prefix: &str) -> Result<String, String> {
        let path = expression(expr, prefix)?;
        let [name] = path.as_slice() else {
            return Err(format!("`{expr}` is not a request parameter"));
        };
        self.query_param(&[name])
            .map(|p| p.wire_name.clone())
            .ok_or_else(|| format!("the operation has no query parameter `{name}`"))
    }
}

/// The number of the first page: the parameter's minimum or default when it is 0.
fn first_page(p: &Param) -> i64 {
    match p.constraints.minimum {
        Some((0.0, false)) => 0,
        _ => 1,
    }
}

/// The fields of a runtime expression (`$response.meta.next`, `$.data`).
fn expression<'e>(expr: &'e str, prefix: &str) -> Result<Vec<&'e str>, String> {
    let rest = expr
        .strip_prefix(prefix)
        .ok_or_else(|| format!("`{expr}` does not start with `{prefix}`"))?;
    let parts: Vec<&str> = rest.split('.').collect();
    if parts.iter().any(|p| p.is_empty() || p.contains(['[', ']'])) {
        return Err(format!("`{expr}` is not a plain path of fields"));
    }
    Ok(parts)
}

/// The JSON pointer of the items the Rust path leads to.
fn items_pointer(items: &Items) -> String {
    pointer_of(
        &items
            .1
            .iter()
            .map(|s| s.wire_name.as_str())
            .collect::<Vec<_>>(),
    )
}

/// A JSON pointer from property names.
fn pointer_of(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("/{}", n.replace('~', "~0").replace('/', "~1")))
        .collect()
}
