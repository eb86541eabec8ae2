//! Calendar dates as the register writes them (`YYYY-MM-DD`), without a
//! time zone: review dates and acknowledgement expiries.
//!
//! The calendar arithmetic is `jiff`'s, and "today" is the user's: the date
//! of the current instant in the local time zone (`TZ`, else the system's),
//! so an acknowledgement that expires today still holds until local
//! midnight, not until midnight UTC.

use std::fmt;

use jiff::civil;

/// A proleptic Gregorian calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// Year.
    pub year: i32,
    /// Month 1-12.
    pub month: u32,
    /// Day 1-31.
    pub day: u32,
}

/// 1970-01-01, day 0 of [`Date::days`].
const EPOCH: civil::Date = civil::date(1970, 1, 1);

impl Date {
    /// Parses `YYYY-MM-DD`; `None` when malformed or not a real day.
    pub fn parse(s: &str) -> Option<Date> {
        // Exactly ten characters: jiff alone would also accept datetimes and
        // other ISO 8601 spellings the register does not write.
        let b = s.as_bytes();
        if b.len() != 10
            || b[4] != b'-'
            || b[7] != b'-'
            || !b
                .iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        {
            return None;
        }
        let year: i16 = s[0..4].parse().ok()?;
        let month: i8 = s[5..7].parse().ok()?;
        let day: i8 = s[8..10].parse().ok()?;
        civil::Date::new(year, month, day)
            .ok()
            .map(Date::from_civil)
    }

    /// Today in the user's local time zone.
    pub fn today() -> Date {
        Date::from_civil(jiff::ZonedDateTime::now().date())
    }

    /// Days since 1970-01-01.
    pub fn days(self) -> i64 {
        self.to_civil()
            .and_then(|d| d.since(EPOCH).ok())
            .map_or(0, |s| i64::from(s.get_days()))
    }

    /// The date `days` after 1970-01-01 (clamped to jiff's range of years
    /// -9999 to 9999).
    pub fn from_days(days: i64) -> Date {
        let d = EPOCH
            .checked_add(jiff::Span::new().days(days))
            .unwrap_or(if days < 0 {
                civil::Date::MIN
            } else {
                civil::Date::MAX
            });
        Date::from_civil(d)
    }

    /// The same day `months` calendar months later; a day the later month
    /// does not have becomes its last day (2024-01-31 plus one month is
    /// 2024-02-29, 2024-02-29 plus twelve months is 2025-02-28). Clamped
    /// to jiff's last year, 9999.
    pub fn add_months(self, months: u32) -> Date {
        let Some(d) = self.to_civil() else {
            return self;
        };
        let later = jiff::Span::new()
            .try_months(i64::from(months))
            .ok()
            .and_then(|span| d.checked_add(span).ok())
            .unwrap_or(civil::Date::MAX);
        Date::from_civil(later)
    }

    /// The date `days` days later (earlier when negative).
    pub fn add_days(self, days: i64) -> Date {
        Date::from_days(self.days().saturating_add(days))
    }

    fn from_civil(d: civil::Date) -> Date {
        Date {
            year: i32::from(d.year()),
            month: u32::try_from(d.month()).unwrap_or(1),
            day: u32::try_from(d.day()).unwrap_or(1),
        }
    }

    /// The same day as jiff's date; `None` outside jiff's range.
    fn to_civil(self) -> Option<civil::Date> {
        civil::Date::new(
            i16::try_from(self.year).ok()?,
            i8::try_from(self.month).ok()?,
            i8::try_from(self.day).ok()?,
        )
        .ok()
    }
}

/// Days in a month of a year (0 for a month that does not exist).
pub fn days_in_month(year: i32, month: u32) -> u32 {
    let (Ok(y), Ok(m)) = (i16::try_from(year), i8::try_from(month)) else {
        return 0;
    };
    civil::Date::new(y, m, 1).map_or(0, |d| u32::try_from(d.days_in_month()).unwrap_or(0))
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_real_days_only() {
        assert_eq!(
            Date::parse("2026-11-23"),
            Some(Date {
                year: 2026,
                month: 11,
                day: 23
            })
        );
        assert_eq!(Date::parse("2024-02-29").map(|d| d.day), Some(29));
        assert_eq!(Date::parse("2026-02-29"), None);
        assert_eq!(Date::parse("2026-13-01"), None);
        assert_eq!(Date::parse("26-11-23"), None);
    }

    #[test]
    fn months_end_on_the_last_day_of_a_shorter_month() {
        let add = |d: &str, m: u32| Date::parse(d).expect("valid").add_months(m).to_string();
        assert_eq!(add("2024-01-31", 1), "2024-02-29");
        assert_eq!(add("2025-01-31", 1), "2025-02-28");
        assert_eq!(add("2024-02-29", 12), "2025-02-28");
        assert_eq!(add("2024-02-29", 48), "2028-02-29");
        assert_eq!(add("2026-08-31", 6), "2027-02-28");
        assert_eq!(add("2026-03-31", 1), "2026-04-30");
        assert_eq!(add("2026-12-15", 1), "2027-01-15");
        assert_eq!(add("2026-05-10", 0), "2026-05-10");
        assert_eq!(add("9999-06-01", 12), "9999-12-31");
    }

    #[test]
    fn day_numbers_round_trip() {
        for d in ["1970-01-01", "2000-02-29", "2026-11-23", "1899-12-31"] {
            let date = Date::parse(d).expect("valid");
            assert_eq!(Date::from_days(date.days()), date);
            assert_eq!(date.to_string(), d);
        }
        assert_eq!(Date::parse("1970-01-02").map(Date::days), Some(1));
    }
}
