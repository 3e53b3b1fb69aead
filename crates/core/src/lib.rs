//! The shared vocabulary of dyad.
//!
//! Every stage crate depends on this one and on no other stage. It holds the
//! plain data that crosses stage boundaries: byte [`Span`]s into an article,
//! the coded [`Lang`]uages, [`PartialDate`]s with explicit precision, actor and
//! event codes, the [`Event`] record of `DESIGN.md`, and [`Diagnostic`]s.
//! Nothing here does I/O.
//!
//! # Example
//!
//! ```
//! use dyad_core::{PartialDate, Precision};
//!
//! let dateline: PartialDate = "2024-12".parse().unwrap();
//! assert_eq!(dateline.precision(), Precision::Month);
//! assert_eq!(dateline.to_string(), "2024-12");
//! assert_eq!("20241203".parse::<PartialDate>().unwrap().to_string(), "2024-12-03");
//! ```
#![deny(missing_docs)]

mod date;
mod diagnostic;
mod event;
mod lang;
mod span;

pub use date::{DateError, PartialDate, Precision};
pub use diagnostic::{Diagnostic, Origin, Severity};
pub use event::{ActorCode, ActorRef, CameoCode, DateBasis, Event, Evidence, Plover};
pub use lang::Lang;
pub use span::Span;
