//! The languages dyad codes.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A language that has coding rules. Text in any other language is reported
/// and left uncoded, never coded with the rules of one of these.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Dutch.
    Nl,
    /// English.
    En,
}

impl Lang {
    /// Every coded language, in a fixed order.
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The ISO 639-1 code, as used in the event record.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = String;

    /// Accepts ISO 639-1 codes and region-tagged forms such as `nl-BE`.
    fn from_str(s: &str) -> Result<Lang, String> {
        let primary = s.split(['-', '_']).next().unwrap_or_default();
        match primary.to_ascii_lowercase().as_str() {
            "nl" | "nld" | "dut" => Ok(Lang::Nl),
            "en" | "eng" => Ok(Lang::En),
            _ => Err(format!("language {s:?} is not coded (coded: nl, en)")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_tags() {
        assert_eq!("nl-BE".parse(), Ok(Lang::Nl));
        assert_eq!("EN".parse(), Ok(Lang::En));
        assert!("de".parse::<Lang>().is_err());
    }
}
