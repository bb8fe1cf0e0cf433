//! The issue a document is: the paper's name and sponsor, the issue's number and date, and what
//! the masthead (报头) and the page headers (报眉) print of them.

use serde::{Deserialize, Serialize};

/// The date an issue comes out, printed with its weekday.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IssueDate(time::Date);

/// Why a date could not be read.
#[derive(Debug, thiserror::Error)]
#[error("{0} is not a date of the calendar as YYYY-MM-DD")]
pub struct BadDate(String);

impl IssueDate {
    /// Reads `YYYY-MM-DD`; a day the calendar does not have (2023-02-30) is refused.
    pub fn parse(text: &str) -> Result<Self, BadDate> {
        let bad = || BadDate(text.to_owned());
        let mut parts = text.trim().split('-');
        let mut number = || {
            parts
                .next()
                .and_then(|p| p.parse::<i32>().ok())
                .ok_or_else(bad)
        };
        let (year, month, day) = (number()?, number()?, number()?);
        if parts.next().is_some() || !(1..=9999).contains(&year) {
            return Err(bad());
        }
        let month = u8::try_from(month)
            .ok()
            .and_then(|m| time::Month::try_from(m).ok())
            .ok_or_else(bad)?;
        let day = u8::try_from(day).map_err(|_| bad())?;
        time::Date::from_calendar_date(year, month, day)
            .map(IssueDate)
            .map_err(|_| bad())
    }

    /// The date `days` days later (the next issue's, for a weekly 7), or this one where that
    /// leaves the calendar.
    pub fn later(self, days: u32) -> Self {
        IssueDate(
            self.0
                .checked_add(time::Duration::days(i64::from(days)))
                .unwrap_or(self.0),
        )
    }

    /// `2023-03-10`.
    pub fn iso(self) -> String {
        format!(
            "{:04}-{:02}-{:02}",
            self.0.year(),
            u8::from(self.0.month()),
            self.0.day()
        )
    }

    /// `2023年3月10日`.
    pub fn chinese(self) -> String {
        format!(
            "{}年{}月{}日",
            self.0.year(),
            u8::from(self.0.month()),
            self.0.day()
        )
    }

    /// `星期五`.
    pub fn weekday(self) -> &'static str {
        match self.0.weekday() {
            time::Weekday::Monday => "星期一",
            time::Weekday::Tuesday => "星期二",
            time::Weekday::Wednesday => "星期三",
            time::Weekday::Thursday => "星期四",
            time::Weekday::Friday => "星期五",
            time::Weekday::Saturday => "星期六",
            time::Weekday::Sunday => "星期日",
        }
    }
}

impl Serialize for IssueDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.iso())
    }
}

impl<'de> Deserialize<'de> for IssueDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        IssueDate::parse(&text).map_err(serde::de::Error::custom)
    }
}

impl Default for IssueDate {
    fn default() -> Self {
        IssueDate(time::Date::MIN)
    }
}

/// A picture of the paper's title (报头字): its file and its size, so that the masthead can give
/// it its shape without reading the file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TitlePicture {
    /// The picture file: absolute in memory, relative to the layout in the file.
    #[serde(deserialize_with = "super::ranges::text")]
    pub file: String,
    /// Its width and height in pixels.
    #[serde(deserialize_with = "super::ranges::pixels")]
    pub pixels: (u32, u32),
    /// Whether its file was found when the layout was opened (not stored).
    #[serde(skip)]
    pub status: super::PhotoStatus,
}

/// The issue's own fields: what its masthead and page headers print.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Issue {
    /// The paper's name (报名), printed large in the masthead.
    pub paper: String,
    /// A picture of the paper's calligraphic title (报头字), printed instead of the name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title_picture: Option<TitlePicture>,
    /// Who publishes it (主办).
    pub sponsor: String,
    /// The issue's number this year or series (第N期).
    pub number: u32,
    /// The issue's number since the first (总第N期), where the paper counts it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total_number: Option<u32>,
    /// The day it comes out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<IssueDate>,
    /// The registration line (内部资料 准印证号 …).
    pub registration: String,
    /// Days from one issue to the next: 7 for a weekly.
    pub interval_days: u32,
}

impl Default for Issue {
    fn default() -> Self {
        Issue {
            paper: String::new(),
            title_picture: None,
            sponsor: String::new(),
            number: 1,
            total_number: None,
            date: None,
            registration: String::new(),
            interval_days: 7,
        }
    }
}

impl Issue {
    /// `第123期` and, where the paper counts it, `总第456期`.
    pub fn number_line(&self) -> String {
        match self.total_number {
            Some(total) => format!("第{}期 总第{total}期", self.number),
            None => format!("第{}期", self.number),
        }
    }

    /// `2023年3月10日 星期五`, or nothing without a date.
    pub fn date_line(&self) -> String {
        self.date
            .map(|d| format!("{} {}", d.chinese(), d.weekday()))
            .unwrap_or_default()
    }

    /// The next issue: its numbers one up, its date the interval later.
    pub fn next(&self) -> Issue {
        Issue {
            number: self.number.saturating_add(1),
            total_number: self.total_number.map(|n| n.saturating_add(1)),
            date: self.date.map(|d| d.later(self.interval_days)),
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_read_checked_and_moved_on() {
        let d = IssueDate::parse("2023-03-10").expect("a date");
        assert_eq!(d.weekday(), "星期五");
        assert_eq!(d.chinese(), "2023年3月10日");
        assert_eq!(d.later(7).iso(), "2023-03-17");
        assert_eq!(
            IssueDate::parse("2023-02-28")
                .expect("a date")
                .later(7)
                .iso(),
            "2023-03-07"
        );
        for bad in [
            "2023-02-30",
            "2023-13-01",
            "2023-3",
            "10/03/2023",
            "",
            "2023-03-10-1",
        ] {
            assert!(IssueDate::parse(bad).is_err(), "{bad}");
        }
    }
}
