//! ropa: a GDPR Art. 30 register of processing activities kept as RON files
//! in a git repository.
//!
//! [`register`] is the headless core (model, loading, formatting,
//! validation, export, which register a command works on); `cli` holds the
//! subcommands and `tui` the terminal interface; `config` the user's
//! configuration, key bindings and themes.
//!
//! The interface and the command line are the default features `tui`
//! (ratatui, crossterm) and `cli` (clap). Without them
//! (`--no-default-features`) the library is the core alone.

#[cfg(feature = "cli")]
pub mod cli;
#[cfg(any(feature = "cli", feature = "tui"))]
pub mod config;
pub mod register;
pub mod text;
#[cfg(feature = "tui")]
pub mod tui;
