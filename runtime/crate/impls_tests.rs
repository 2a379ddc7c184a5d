//! The impls the generator writes for error enums and value enums (the `api_error!`,
//! `string_enum!` and `int_enum!` macros): statuses sorted into their variants, bodies read
//! as each variant says, unknown values kept, and text and JSON both ways; and the
//! structs' setters (`setters!`), each storing its value as its mode says.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::runtime::{ApiError, ResponseContent, TypedResponse};
use bytes::Bytes;
use reqwest::header::HeaderMap;
use reqwest::StatusCode;

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
struct Problem {
    message: String,
}

/// An operation's error enum as the generator writes it.
#[derive(Debug)]
enum GetPetError {
    NotFound(TypedResponse<Problem>),
    Conflict(ResponseContent),
    ServerError(TypedResponse<Problem>),
    UnexpectedStatus(ResponseContent),
}

/// One with no declared error status.
#[derive(Debug)]
enum PingError {
    UnexpectedStatus(ResponseContent),
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Color {
    Red,
    DarkBlue,
    Unknown(String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Level {
    Low,
    High,
    Unknown(i64),
}

/// A struct with an optional field of each setter mode, as the generator writes it.
#[derive(Clone, Debug, Default, PartialEq)]
struct Pet {
    name: Option<String>,
    age: Option<i64>,
    parent: Option<Box<Pet>>,
    owner: Option<Option<String>>,
    sibling: Option<Option<Box<Pet>>>,
    r#type: Option<Color>,
}

mod impls {
    use super::{Color, GetPetError, Level, Pet, PingError};
    use crate::runtime as __rt;

    __rt::api_error!(GetPetError, UnexpectedStatus, "`getPet` failed with status {}", [
        NotFound 404 => typed,
        Conflict 409 => raw,
        ServerError 500..=599 => typed,
    ]);
    __rt::api_error!(
        PingError,
        UnexpectedStatus,
        "`ping` failed with status {}",
        []
    );
    __rt::string_enum!(Color, Unknown, [Red "red", DarkBlue "dark-blue"]);
    __rt::int_enum!(Level, Unknown, [Low 1, High 10]);
    __rt::setters!(Pet, [#[must_use]], [
        with_name into name: ::std::string::String,
        with_age val age: i64,
        with_parent boxed parent: Pet,
        with_owner null owner: ::std::string::String,
        with_sibling nullbox sibling: Pet,
        /// Sets the `type` field.
        with_type val r#type: Color,
    ]);
}

#[test]
fn setters_store_each_value_as_their_mode_says() {
    let parent = Pet::default().with_age(9);
    let pet = Pet::default()
        .with_name("Rex")
        .with_age(3)
        .with_parent(parent.clone())
        .with_owner(None)
        .with_sibling(Some(parent.clone()))
        .with_type(Color::Red);
    assert_eq!(
        pet,
        Pet {
            name: Some("Rex".to_owned()),
            age: Some(3),
            parent: Some(Box::new(parent.clone())),
            owner: Some(None),
            sibling: Some(Some(Box::new(parent))),
            r#type: Some(Color::Red),
        }
    );
    assert_eq!(
        Pet::default().with_owner(Some("Ann".to_owned())).owner,
        Some(Some("Ann".to_owned()))
    );
}

fn content(status: u16, body: &str) -> ResponseContent {
    ResponseContent::new(
        StatusCode::from_u16(status).unwrap(),
        HeaderMap::new(),
        Bytes::from(body.to_owned()),
    )
}

#[test]
fn statuses_go_to_their_variants_with_their_bodies() {
    let problem = r#"{"message":"no such pet"}"#;
    let error = GetPetError::from_response(content(404, problem));
    let GetPetError::NotFound(typed) = &error else {
        panic!("404 went to {error:?}");
    };
    let expected = Problem {
        message: "no such pet".into(),
    };
    assert_eq!(typed.body.as_deref(), Some(&expected));
    assert_eq!(error.response().status(), StatusCode::NOT_FOUND);
    assert!(error.is_declared());
    let body = error.typed_body().and_then(|b| b.downcast_ref::<Problem>());
    assert_eq!(body, Some(&expected));
    assert_eq!(
        error.to_string(),
        "`getPet` failed with status 404 Not Found"
    );

    // A raw variant holds the response itself and has no typed body.
    let error = GetPetError::from_response(content(409, "busy"));
    assert!(matches!(error, GetPetError::Conflict(_)));
    assert_eq!(error.response().status(), StatusCode::CONFLICT);
    assert!(error.is_declared());
    assert!(error.typed_body().is_none());

    // A range takes every status in it.
    for status in [500, 503, 599] {
        let error = GetPetError::from_response(content(status, problem));
        assert!(matches!(error, GetPetError::ServerError(_)), "{status}");
    }

    // Anything else is the fallback, not declared.
    let error = GetPetError::from_response(content(418, problem));
    assert!(matches!(error, GetPetError::UnexpectedStatus(_)));
    assert!(!error.is_declared());
    assert!(error.typed_body().is_none());
    assert_eq!(ApiError::response(&error).status().as_u16(), 418);
}

#[test]
fn an_enum_without_declared_statuses_takes_every_status_as_unexpected() {
    let error = PingError::from_response(content(400, ""));
    assert!(matches!(error, PingError::UnexpectedStatus(_)));
    assert!(!error.is_declared());
    assert_eq!(
        error.to_string(),
        "`ping` failed with status 400 Bad Request"
    );
}

#[test]
fn string_enums_keep_unknown_values_both_ways() {
    assert_eq!(Color::VALUES, &["red", "dark-blue"]);
    assert_eq!(Color::from("dark-blue"), Color::DarkBlue);
    assert_eq!("red".parse::<Color>(), Ok(Color::Red));
    assert_eq!(Color::from("teal"), Color::Unknown("teal".into()));
    assert_eq!(Color::Unknown("teal".into()).as_str(), "teal");
    assert_eq!(Color::DarkBlue.to_string(), "dark-blue");
    for (value, json) in [
        (Color::DarkBlue, r#""dark-blue""#),
        (Color::Unknown("teal".into()), r#""teal""#),
    ] {
        assert_eq!(serde_json::to_string(&value).unwrap(), json);
        assert_eq!(serde_json::from_str::<Color>(json).unwrap(), value);
    }
    assert!(serde_json::from_str::<Color>("1").is_err());
}

#[test]
fn integer_enums_keep_unknown_values_both_ways() {
    assert_eq!(Level::VALUES, &[1, 10]);
    assert_eq!(Level::from(10), Level::High);
    assert_eq!(Level::from(7), Level::Unknown(7));
    assert_eq!(Level::Low.value(), 1);
    assert_eq!(Level::Unknown(7).to_string(), "7");
    for (value, json) in [(Level::High, "10"), (Level::Unknown(7), "7")] {
        assert_eq!(serde_json::to_string(&value).unwrap(), json);
        assert_eq!(serde_json::from_str::<Level>(json).unwrap(), value);
    }
    assert!(serde_json::from_str::<Level>(r#""10""#).is_err());
}
