//! The unit tests of `src/formats.rs`, kept out of that file because it is copied into
//! every generated crate, where `time`'s macros (a dev-dependency here) are not enabled.
#![allow(clippy::unwrap_used)]

use crate::runtime::formats::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use time::macros::{date, datetime};
use time::{Date, OffsetDateTime};

fn json<T: WriteFormat + ?Sized>(value: &T) -> String {
    serde_json::to_string(&As(value)).unwrap()
}

fn parse<T: ReadFormat>(text: &str) -> Result<T, String> {
    serde_json::from_str::<Parsed<T>>(text)
        .map(|p| p.0)
        .map_err(|e| e.to_string())
}

#[test]
fn date_times_are_rfc_3339() {
    let utc = datetime!(2024-01-02 03:04:05 UTC);
    assert_eq!(json(&utc), r#""2024-01-02T03:04:05Z""#);
    let offset = datetime!(2024-01-02 03:04:05.25 +01:30);
    assert_eq!(json(&offset), r#""2024-01-02T03:04:05.25+01:30""#);
    assert_eq!(
        parse::<OffsetDateTime>(r#""2024-01-02T03:04:05Z""#),
        Ok(utc)
    );
    assert_eq!(
        parse::<OffsetDateTime>(r#""2024-01-02T03:04:05.25+01:30""#),
        Ok(offset)
    );
    // What validators accept besides RFC 3339's own form is read too.
    for loose in [
        r#""2024-01-02 03:04:05Z""#,
        r#""2024-01-02t03:04:05z""#,
        r#""2024-01-02T04:04:05+0100""#,
        r#""2024-01-02T04:04:05+01""#,
    ] {
        assert_eq!(parse::<OffsetDateTime>(loose), Ok(utc), "{loose}");
    }
    for bad in [
        r#""2024-01-02""#,
        r#""yesterday""#,
        "17",
        "null",
        r#""2024-01-02T03:04:05""#,
        r#""2024-01-02T03:04:05+1""#,
        r#""2024-02-30T03:04:05Z""#,
    ] {
        assert!(parse::<OffsetDateTime>(bad).is_err(), "{bad}");
    }
    let e = parse::<OffsetDateTime>(r#""2024-01-02 03:04""#).unwrap_err();
    assert!(e.contains("expected an RFC 3339 date-time"), "{e}");
}

#[test]
fn dates_are_full_dates() {
    let d = date!(2024 - 02 - 29);
    assert_eq!(json(&d), r#""2024-02-29""#);
    assert_eq!(parse::<Date>(r#""2024-02-29""#), Ok(d));
    assert_eq!(json(&date!(0009 - 01 - 02)), r#""0009-01-02""#);
    for bad in [
        r#""2023-02-29""#,
        r#""2024-2-29""#,
        r#""2024-02-29T00:00:00Z""#,
        r#""+02024-02-29""#,
        r#""2024-13-01""#,
    ] {
        assert!(parse::<Date>(bad).is_err(), "{bad}");
    }
    assert!(date!(-0001 - 01 - 01).text().is_err());
    assert!(serde_json::to_string(&As(&date!(-0001 - 01 - 01))).is_err());
}

#[test]
fn shapes_around_them_follow() {
    let d = date!(2024 - 01 - 02);
    let shapes: Vec<Option<Date>> = vec![Some(d), None];
    assert_eq!(json(&shapes), r#"["2024-01-02",null]"#);
    assert_eq!(
        parse::<Vec<Option<Date>>>(r#"["2024-01-02",null]"#),
        Ok(shapes)
    );
    let map = BTreeMap::from([("a".to_string(), vec![d])]);
    assert_eq!(json(&map), r#"{"a":["2024-01-02"]}"#);
    assert_eq!(
        parse::<BTreeMap<String, Vec<Date>>>(r#"{"a":["2024-01-02"]}"#),
        Ok(map)
    );
    assert_eq!(json(&[d][..]), r#"["2024-01-02"]"#);
    assert_eq!(parse::<Option<Date>>("null"), Ok(None));
}

#[test]
fn parameter_text_is_the_format() {
    let utc = datetime!(2024-01-02 03:04:05 UTC);
    assert_eq!(text("since", &utc).unwrap(), "2024-01-02T03:04:05Z");
    assert_ne!(
        utc.to_string(),
        "2024-01-02T03:04:05Z",
        "Display is not RFC 3339"
    );
    let e = text("on", &date!(-0001 - 01 - 01)).unwrap_err();
    assert_eq!(e.field(), "on");
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Derived {
    #[serde(with = "crate::runtime::formats")]
    at: OffsetDateTime,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::runtime::formats::serialize",
        deserialize_with = "crate::runtime::formats::double_option"
    )]
    maybe: Option<Option<Date>>,
    #[serde(
        default,
        serialize_with = "crate::runtime::formats::serialize",
        deserialize_with = "crate::runtime::formats::null_as_default"
    )]
    all: Vec<Date>,
}

#[test]
fn with_attributes_cover_derived_fields() {
    let value = Derived {
        at: datetime!(2024-01-02 03:04:05 UTC),
        maybe: Some(None),
        all: vec![date!(2024 - 01 - 02)],
    };
    let text = r#"{"at":"2024-01-02T03:04:05Z","maybe":null,"all":["2024-01-02"]}"#;
    assert_eq!(serde_json::to_string(&value).unwrap(), text);
    assert_eq!(serde_json::from_str::<Derived>(text).unwrap(), value);
    let absent: Derived =
        serde_json::from_str(r#"{"at":"2024-01-02T03:04:05Z","all":null}"#).unwrap();
    assert_eq!((absent.maybe, absent.all), (None, Vec::new()));
}
