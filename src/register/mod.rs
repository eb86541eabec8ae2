//! The headless core: everything about the register that does not need a
//! terminal. Nothing here imports the user interface.

pub mod change;
mod child;
pub mod dataflow;
pub mod date;
pub mod diff;
pub mod due;
pub mod export;
pub mod format;
pub mod generate;
pub mod git;
pub mod history;
pub mod import;
pub mod init;
pub mod lang;
pub mod load;
pub mod locate;
pub mod model;
pub mod outline;
pub mod probe;
pub mod resolve;
pub mod review;
pub mod sample;
pub mod schema;
pub mod search;
pub mod slug;
pub mod sync;
pub mod treediff;
pub mod validate;
pub mod values;
pub mod visible;
pub mod write;
