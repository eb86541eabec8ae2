//! ropa: a GDPR Art. 30 register of processing activities kept as RON files
//! in a git repository.
//!
//! [`register`] is the headless core (model, loading, formatting,
//! validation, export); [`cli`] holds the subcommands and [`tui`] the
//! terminal interface; [`config`] the user's
//! configuration, key bindings and themes.

pub mod cli;
pub mod config;
pub mod register;
pub mod text;
pub mod tui;
