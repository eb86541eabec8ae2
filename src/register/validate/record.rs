//! The record a file holds, as the rules read it: typed, with its values
//! walked or looked up by field path straight from the model
//! ([`crate::register::values`]), and serde's JSON form built only for
//! the few rules that need all of it (`not_stated` entries,
//! acknowledgements naming items by id).

use std::cell::OnceCell;

use serde_json::Value;

use crate::register::model::{Activity, Organisation};
use crate::register::values::{self, Visit};

/// The record of one file.
pub(crate) struct Record<'a> {
    typed: Typed<'a>,
    json: OnceCell<Option<Value>>,
}

#[derive(Clone, Copy)]
enum Typed<'a> {
    Organisation(&'a Organisation),
    Activity(&'a Activity),
}

impl<'a> Record<'a> {
    /// An organisation's record.
    pub(crate) fn organisation(org: &'a Organisation) -> Self {
        Record {
            typed: Typed::Organisation(org),
            json: OnceCell::new(),
        }
    }

    /// An activity's record.
    pub(crate) fn activity(act: &'a Activity) -> Self {
        Record {
            typed: Typed::Activity(act),
            json: OnceCell::new(),
        }
    }

    /// Reports every text and every value not stated.
    pub(crate) fn walk(&self, visit: &mut impl Visit) {
        match self.typed {
            Typed::Organisation(o) => values::walk(o, visit),
            Typed::Activity(a) => values::walk(a, visit),
        }
    }

    /// The value at field path `path`, in serde's JSON form.
    pub(crate) fn value_at(&self, path: &str) -> Option<Value> {
        match self.typed {
            Typed::Organisation(o) => values::value_at(o, path),
            Typed::Activity(a) => values::value_at(a, path),
        }
    }

    /// The whole record in serde's JSON form, made on first use.
    pub(crate) fn json(&self) -> Option<&Value> {
        self.json
            .get_or_init(|| match self.typed {
                Typed::Organisation(o) => serde_json::to_value(o).ok(),
                Typed::Activity(a) => serde_json::to_value(a).ok(),
            })
            .as_ref()
    }
}
