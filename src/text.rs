//! Register text made safe for a terminal: the rules live in the core
//! ([`crate::register::visible`]), so commit messages, the command line and
//! the interface show register text the same way.

pub use crate::register::visible::{
    is_hidden, is_printable, needs_stand_in, printable, printable_lines, stand_in,
};
