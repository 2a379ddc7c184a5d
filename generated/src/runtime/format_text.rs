// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! The text of `format: date-time` and `format: date` values: written exactly as RFC 3339
//! says, read as validators accept it. Plain functions of `time` alone, so that the
//! contract harness (xtask) compiles this same file and makes its inputs from what the
//! client reads.

use time::format_description::well_known::Rfc3339;
use time::{Date, Month, OffsetDateTime};

/// `value` as an RFC 3339 date-time (`2024-01-02T03:04:05Z`, fractions and offsets as
/// they are), or why it has none: a year outside 0000..=9999, an offset with seconds.
pub fn date_time_text(value: &OffsetDateTime) -> Result<String, String> {
    value
        .format(&Rfc3339)
        .map_err(|e| format!("{value} cannot be written as an RFC 3339 date-time: {e}"))
}

/// An RFC 3339 date-time. Besides RFC 3339's own form (whose note allows another
/// character than `T` between date and time, as `time` reads it), what JSON Schema
/// validators (ajv-formats) accept is read too: `z`, and an offset without its colon
/// (`+0100`) or minutes (`+01`).
pub fn parse_date_time(text: &str) -> Option<OffsetDateTime> {
    if let Ok(value) = OffsetDateTime::parse(text, &Rfc3339) {
        return Some(value);
    }
    if !text.is_ascii() || text.len() < 20 {
        return None;
    }
    let (date, rest) = text.split_at(10);
    let mut normal = String::with_capacity(text.len() + 3);
    normal.push_str(date);
    normal.push('T');
    let rest = rest.get(1..)?;
    if let Some(time) = rest.strip_suffix(['z', 'Z']) {
        normal.push_str(time);
        normal.push('Z');
    } else {
        let (time, offset) = rest.split_at(rest.rfind(['+', '-'])?);
        normal.push_str(time);
        let (sign, digits) = offset.split_at(1);
        if !digits.bytes().all(|b| b.is_ascii_digit() || b == b':') {
            return None;
        }
        let digits = digits.replace(':', "");
        match digits.len() {
            2 => normal.push_str(&format!("{sign}{digits}:00")),
            4 => normal.push_str(&format!("{sign}{}:{}", &digits[..2], &digits[2..])),
            _ => return None,
        }
    }
    OffsetDateTime::parse(&normal, &Rfc3339).ok()
}

/// `value` as an RFC 3339 full-date, `YYYY-MM-DD`, or why it has none: a year outside
/// 0000..=9999.
pub fn date_text(value: &Date) -> Result<String, String> {
    let year = value.year();
    if !(0..=9999).contains(&year) {
        return Err(format!(
            "{value} cannot be written as an RFC 3339 full-date: the year must be in 0000..=9999"
        ));
    }
    Ok(format!(
        "{year:04}-{:02}-{:02}",
        u8::from(value.month()),
        value.day()
    ))
}

/// An RFC 3339 full-date: exactly `YYYY-MM-DD`, a day the calendar has.
pub fn parse_date(text: &str) -> Option<Date> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u16> {
        let part = b.get(range)?;
        part.iter().try_fold(0u16, |n, d| {
            d.is_ascii_digit().then(|| n * 10 + u16::from(d - b'0'))
        })
    };
    let year = i32::from(number(0..4)?);
    let month = Month::try_from(u8::try_from(number(5..7)?).ok()?).ok()?;
    let day = u8::try_from(number(8..10)?).ok()?;
    Date::from_calendar_date(year, month, day).ok()
}
