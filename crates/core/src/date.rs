//! Partial dates: a year, a month or a day, and nothing more precise than
//! the evidence gives.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// How precise a [`PartialDate`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    /// Only the year is known: `2022`.
    Year,
    /// Year and month: `2024-06`.
    Month,
    /// A calendar day: `2024-12-03`.
    Day,
}

/// A calendar date known to year, month or day precision.
///
/// Written as `2022`, `2024-06` or `2024-12-03`; parsed from those and from
/// the compact `20241203`. `2024-12` and `2024-12-03` are different values:
/// a month never equals one of its days.
///
/// Invariant: a day is always valid for its month and year, and `month` is
/// set whenever `day` is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PartialDate {
    year: i16,
    month: Option<u8>,
    day: Option<u8>,
}

/// Why a date could not be made or parsed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// The text has none of the accepted shapes.
    #[error("invalid date {0:?}: expected YYYY, YYYY-MM, YYYY-MM-DD or YYYYMMDD")]
    Shape(String),
    /// The shape is right but the calendar says no (month 13, 31 June).
    #[error("invalid date {0:?}: no such day or month")]
    Calendar(String),
}

/// Years dyad accepts. News archives reach back a century or two; the bound
/// keeps arithmetic in `i16` and rejects typos such as `20224`.
const YEARS: std::ops::RangeInclusive<i16> = 1000..=2999;

impl PartialDate {
    /// A year-precision date.
    pub fn year(year: i16) -> Result<PartialDate, DateError> {
        if !YEARS.contains(&year) {
            return Err(DateError::Calendar(year.to_string()));
        }
        Ok(PartialDate { year, month: None, day: None })
    }

    /// A month-precision date.
    pub fn month(year: i16, month: u8) -> Result<PartialDate, DateError> {
        if !(1..=12).contains(&month) || !YEARS.contains(&year) {
            return Err(DateError::Calendar(format!("{year:04}-{month:02}")));
        }
        Ok(PartialDate { year, month: Some(month), day: None })
    }

    /// A day-precision date, checked against the calendar.
    pub fn day(year: i16, month: u8, day: u8) -> Result<PartialDate, DateError> {
        let shown = || format!("{year:04}-{month:02}-{day:02}");
        if !YEARS.contains(&year) {
            return Err(DateError::Calendar(shown()));
        }
        let month_i8 = i8::try_from(month).map_err(|_| DateError::Calendar(shown()))?;
        let day_i8 = i8::try_from(day).map_err(|_| DateError::Calendar(shown()))?;
        jiff::civil::Date::new(year, month_i8, day_i8).map_err(|_| DateError::Calendar(shown()))?;
        Ok(PartialDate { year, month: Some(month), day: Some(day) })
    }

    /// How precise the date is.
    pub fn precision(self) -> Precision {
        match (self.month, self.day) {
            (_, Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            (None, None) => Precision::Year,
        }
    }

    /// The year.
    pub fn year_number(self) -> i16 {
        self.year
    }

    /// The month, 1 to 12, if known.
    pub fn month_number(self) -> Option<u8> {
        self.month
    }

    /// The day of the month, if known.
    pub fn day_number(self) -> Option<u8> {
        self.day
    }

    /// The same date, made no more precise than `precision`.
    pub fn truncate(self, precision: Precision) -> PartialDate {
        match precision.min(self.precision()) {
            Precision::Year => PartialDate { month: None, day: None, ..self },
            Precision::Month => PartialDate { day: None, ..self },
            Precision::Day => self,
        }
    }

    /// Whether `other` lies within this date: `2024` contains `2024-06-01`.
    pub fn contains(self, other: PartialDate) -> bool {
        other.precision() >= self.precision() && other.truncate(self.precision()) == self
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
        }
        if let Some(day) = self.day {
            write!(f, "-{day:02}")?;
        }
        Ok(())
    }
}

impl FromStr for PartialDate {
    type Err = DateError;

    fn from_str(text: &str) -> Result<PartialDate, DateError> {
        let shape = || DateError::Shape(text.to_owned());
        let digits = |part: &str, len: usize| -> Result<u16, DateError> {
            if part.len() == len && part.bytes().all(|byte| byte.is_ascii_digit()) {
                part.parse().map_err(|_| shape())
            } else {
                Err(shape())
            }
        };
        let as_year = |n: u16| i16::try_from(n).map_err(|_| shape());
        // Both conversions below are of at most two digits, so they fit.
        let small = |n: u16| u8::try_from(n).map_err(|_| shape());
        let parts: Vec<&str> = text.split('-').collect();
        match parts.as_slice() {
            [compact] if compact.len() == 8 => {
                let year = as_year(digits(&compact[..4], 4)?)?;
                let month = small(digits(&compact[4..6], 2)?)?;
                let day = small(digits(&compact[6..], 2)?)?;
                PartialDate::day(year, month, day).map_err(|_| DateError::Calendar(text.to_owned()))
            }
            [year] => PartialDate::year(as_year(digits(year, 4)?)?).map_err(|_| DateError::Calendar(text.to_owned())),
            [year, month] => PartialDate::month(as_year(digits(year, 4)?)?, small(digits(month, 2)?)?)
                .map_err(|_| DateError::Calendar(text.to_owned())),
            [year, month, day] => {
                PartialDate::day(as_year(digits(year, 4)?)?, small(digits(month, 2)?)?, small(digits(day, 2)?)?)
                    .map_err(|_| DateError::Calendar(text.to_owned()))
            }
            _ => Err(shape()),
        }
    }
}

impl TryFrom<String> for PartialDate {
    type Error = DateError;

    fn try_from(text: String) -> Result<PartialDate, DateError> {
        text.parse()
    }
}

impl From<PartialDate> for String {
    fn from(date: PartialDate) -> String {
        date.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(text: &str, expect: Result<(&str, Precision), &str>) {
        let actual = text
            .parse::<PartialDate>()
            .map(|date| (date.to_string(), date.precision()))
            .map_err(|error| error.to_string());
        let expect = expect.map(|(shown, precision)| (shown.to_owned(), precision)).map_err(str::to_owned);
        assert_eq!(actual, expect, "parsing {text:?}");
    }

    #[test]
    fn accepted_shapes_keep_their_precision() {
        check("2022", Ok(("2022", Precision::Year)));
        check("2024-12", Ok(("2024-12", Precision::Month)));
        check("2024-12-03", Ok(("2024-12-03", Precision::Day)));
        check("20241203", Ok(("2024-12-03", Precision::Day)));
        check("2024-02-29", Ok(("2024-02-29", Precision::Day)));
    }

    #[test]
    fn rejects_bad_dates_naming_the_value() {
        check("2023-02-29", Err(r#"invalid date "2023-02-29": no such day or month"#));
        check("2024-13", Err(r#"invalid date "2024-13": no such day or month"#));
        check("20241232", Err(r#"invalid date "20241232": no such day or month"#));
        check("24-12", Err(r#"invalid date "24-12": expected YYYY, YYYY-MM, YYYY-MM-DD or YYYYMMDD"#));
        check("december", Err(r#"invalid date "december": expected YYYY, YYYY-MM, YYYY-MM-DD or YYYYMMDD"#));
        check("2024-1-3", Err(r#"invalid date "2024-1-3": expected YYYY, YYYY-MM, YYYY-MM-DD or YYYYMMDD"#));
        check("", Err(r#"invalid date "": expected YYYY, YYYY-MM, YYYY-MM-DD or YYYYMMDD"#));
        check("+123-01", Err(r#"invalid date "+123-01": expected YYYY, YYYY-MM, YYYY-MM-DD or YYYYMMDD"#));
    }

    #[test]
    fn containment_and_truncation() {
        let year: PartialDate = "2024".parse().unwrap();
        let day: PartialDate = "2024-06-01".parse().unwrap();
        assert!(year.contains(day));
        assert!(!day.contains(year));
        assert_eq!(day.truncate(Precision::Month).to_string(), "2024-06");
        assert_eq!(year.truncate(Precision::Day), year, "truncation never adds precision");
    }

    #[test]
    fn serde_round_trip() {
        let date: PartialDate = serde_json::from_str("\"2024-12\"").unwrap();
        assert_eq!(serde_json::to_string(&date).unwrap(), "\"2024-12\"");
        assert!(serde_json::from_str::<PartialDate>("\"2024-00\"").is_err());
    }
}
