//! A record's values read straight from the typed model, without first
//! building serde's JSON form of it: every text with its field path, the
//! values recorded as not stated, and the value at one field path.
//!
//! The validator used to convert each record to `serde_json::Value` and
//! walk that; on a large register the conversion and the freeing of it
//! cost more than the rules. Both walks here are serde serializers that
//! follow the record's own `Serialize`, so they see exactly what the JSON
//! form holds, named as findings name it: fields by name, list and tuple
//! items by place (`legal_bases[2].article6`), `Some` and enum variants
//! left out (`dpia.reference`, not `dpia.Some.Dpia.reference`). Only the
//! order differs: fields come in the model's order, where the JSON form
//! sorts them by name.

use std::fmt;

use serde::Serialize;
use serde::ser::{self, Impossible};

use crate::register::locate::Tail;

/// The variant name the model gives a value the source does not state.
pub const NOT_STATED: &str = "NotStated";

/// What [`walk`] reports.
pub trait Visit {
    /// A text value (a string, a character, a unit variant's name) at
    /// `path`.
    fn text(&mut self, path: &str, text: &str);
    /// A value recorded as not stated in the source, at `path`, with its
    /// note (empty when it has none).
    fn not_stated(&mut self, path: &str, note: &str);
}

/// Walks every value of `record`, reporting texts and values not stated.
pub fn walk<T: Serialize + ?Sized>(record: &T, visit: &mut impl Visit) {
    let mut path = String::new();
    let _ = record.serialize(Walker {
        path: &mut path,
        visit,
    });
}

/// The value at field path `path` of `record` (`recipients[0].country`;
/// `""` is the record), in serde's JSON form; `None` when the record has
/// no value there. Only the values on the way are visited: the rest of
/// the record is neither walked nor converted.
pub fn value_at<T: Serialize + ?Sized>(record: &T, path: &str) -> Option<serde_json::Value> {
    let steps = steps(path)?;
    if steps.is_empty() {
        return serde_json::to_value(record).ok();
    }
    record.serialize(Probe { steps: &steps }).ok().flatten()
}

/// One step of a field path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step<'p> {
    /// A field, by name.
    Field(&'p str),
    /// A list or tuple item, by place.
    Index(usize),
}

/// The steps of `path` (`a.b[2][0].c`), names trimmed as the JSON lookup
/// trimmed them; `None` when it is not a field path.
fn steps(path: &str) -> Option<Vec<Step<'_>>> {
    let mut out = Vec::new();
    if path.is_empty() {
        return Some(out);
    }
    for segment in path.split('.') {
        let (name, mut rest) = segment.split_once('[').unwrap_or((segment, ""));
        out.push(Step::Field(name.trim()));
        while !rest.is_empty() {
            let (index, after) = rest.split_once(']')?;
            out.push(Step::Index(index.trim().parse().ok()?));
            rest = after.strip_prefix('[').unwrap_or(after);
        }
    }
    Some(out)
}

/// The error of both serializers: a walk never fails on its own; a
/// record whose `Serialize` fails is walked as far as it went.
#[derive(Debug)]
pub struct Stop;

impl fmt::Display for Stop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("stopped")
    }
}

impl std::error::Error for Stop {}

impl ser::Error for Stop {
    fn custom<M: fmt::Display>(_: M) -> Self {
        Stop
    }
}

// ---------------------------------------------------------------- walk

/// The serializer of [`walk`]: the path of the value it is given.
struct Walker<'w, V> {
    path: &'w mut String,
    visit: &'w mut V,
}

impl<'w, V: Visit> Walker<'w, V> {
    fn reborrow(&mut self) -> Walker<'_, V> {
        Walker {
            path: self.path,
            visit: self.visit,
        }
    }

    /// Walks `value` at the current path with `tail` added.
    fn child<T: Serialize + ?Sized>(&mut self, tail: Tail, value: &T) {
        let len = self.path.len();
        tail.push_to(self.path);
        let _ = value.serialize(self.reborrow());
        self.path.truncate(len);
    }

    fn field<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) {
        self.child(Tail::Field(name), value);
    }

    fn text(self, s: &str) -> Result<(), Stop> {
        self.visit.text(self.path, s);
        Ok(())
    }
}

/// A list, tuple or structure being walked; `note` collects the note of
/// a value not stated.
struct Compound<'w, V> {
    walker: Walker<'w, V>,
    next: usize,
    /// Set for a `NotStated` variant: its note, once read.
    not_stated: Option<String>,
}

impl<'w, V: Visit> Compound<'w, V> {
    fn new(walker: Walker<'w, V>, not_stated: bool) -> Self {
        Compound {
            walker,
            next: 0,
            not_stated: not_stated.then(String::new),
        }
    }

    fn item<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Stop> {
        let n = self.next;
        self.next += 1;
        self.walker.child(Tail::Index(n), value);
        Ok(())
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), Stop> {
        if key == "note"
            && let Some(note) = self.not_stated.as_mut()
        {
            *note = value.serialize(TextOf).ok().flatten().unwrap_or_default();
        }
        self.walker.field(key, value);
        Ok(())
    }

    fn end(self) -> Result<(), Stop> {
        if let Some(note) = self.not_stated {
            self.walker.visit.not_stated(self.walker.path, &note);
        }
        Ok(())
    }
}

impl<'w, V: Visit> ser::Serializer for Walker<'w, V> {
    type Ok = ();
    type Error = Stop;
    type SerializeSeq = Compound<'w, V>;
    type SerializeTuple = Compound<'w, V>;
    type SerializeTupleStruct = Compound<'w, V>;
    type SerializeTupleVariant = Compound<'w, V>;
    type SerializeMap = MapWalk<'w, V>;
    type SerializeStruct = Compound<'w, V>;
    type SerializeStructVariant = Compound<'w, V>;

    fn serialize_bool(self, _: bool) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_i8(self, _: i8) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_i16(self, _: i16) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_i32(self, _: i32) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_i64(self, _: i64) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_u8(self, _: u8) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_u16(self, _: u16) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_u32(self, _: u32) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_u64(self, _: u64) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_f32(self, _: f32) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_f64(self, _: f64) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Stop> {
        self.text(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<(), Stop> {
        self.text(v)
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_none(self) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Stop> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, v: &'static str) -> Result<(), Stop> {
        // serde's JSON form writes a unit variant as its name.
        self.text(v)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Stop> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        mut self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Stop> {
        let _ = value.serialize(self.reborrow());
        if variant == NOT_STATED {
            // Its body is no structure with a note.
            self.visit.not_stated(self.path, "");
        }
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'w, V>, Stop> {
        Ok(Compound::new(self, false))
    }
    fn serialize_tuple(self, _: usize) -> Result<Compound<'w, V>, Stop> {
        Ok(Compound::new(self, false))
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Compound<'w, V>, Stop> {
        Ok(Compound::new(self, false))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'w, V>, Stop> {
        // A tuple has no note: one not stated reads as without one.
        Ok(Compound::new(self, variant == NOT_STATED))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<MapWalk<'w, V>, Stop> {
        Ok(MapWalk {
            walker: self,
            key: None,
        })
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'w, V>, Stop> {
        Ok(Compound::new(self, false))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'w, V>, Stop> {
        Ok(Compound::new(self, variant == NOT_STATED))
    }
}

impl<V: Visit> ser::SerializeSeq for Compound<'_, V> {
    type Ok = ();
    type Error = Stop;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Stop> {
        self.item(value)
    }
    fn end(self) -> Result<(), Stop> {
        Compound::end(self)
    }
}

impl<V: Visit> ser::SerializeTuple for Compound<'_, V> {
    type Ok = ();
    type Error = Stop;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Stop> {
        self.item(value)
    }
    fn end(self) -> Result<(), Stop> {
        Compound::end(self)
    }
}

impl<V: Visit> ser::SerializeTupleStruct for Compound<'_, V> {
    type Ok = ();
    type Error = Stop;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Stop> {
        self.item(value)
    }
    fn end(self) -> Result<(), Stop> {
        Compound::end(self)
    }
}

impl<V: Visit> ser::SerializeTupleVariant for Compound<'_, V> {
    type Ok = ();
    type Error = Stop;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Stop> {
        self.item(value)
    }
    fn end(self) -> Result<(), Stop> {
        Compound::end(self)
    }
}

impl<V: Visit> ser::SerializeStruct for Compound<'_, V> {
    type Ok = ();
    type Error = Stop;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Stop> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), Stop> {
        Compound::end(self)
    }
}

impl<V: Visit> ser::SerializeStructVariant for Compound<'_, V> {
    type Ok = ();
    type Error = Stop;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Stop> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), Stop> {
        Compound::end(self)
    }
}

/// A map being walked: its values are named by their keys' text, as
/// fields are.
struct MapWalk<'w, V> {
    walker: Walker<'w, V>,
    key: Option<String>,
}

impl<V: Visit> ser::SerializeMap for MapWalk<'_, V> {
    type Ok = ();
    type Error = Stop;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Stop> {
        self.key = key.serialize(TextOf)?;
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Stop> {
        let key = self.key.take().unwrap_or_default();
        // The JSON walk left capitalised keys out of paths, as variants.
        if key.starts_with(char::is_uppercase) {
            let _ = value.serialize(self.walker.reborrow());
        } else {
            self.walker.field(&key, value);
        }
        Ok(())
    }
    fn end(self) -> Result<(), Stop> {
        Ok(())
    }
}

// ---------------------------------------------------------------- text of one value

/// Reads a value that is a text (through `Some` and newtypes); `None`
/// for anything else.
struct TextOf;

impl ser::Serializer for TextOf {
    type Ok = Option<String>;
    type Error = Stop;
    type SerializeSeq = Impossible<Option<String>, Stop>;
    type SerializeTuple = Impossible<Option<String>, Stop>;
    type SerializeTupleStruct = Impossible<Option<String>, Stop>;
    type SerializeTupleVariant = Impossible<Option<String>, Stop>;
    type SerializeMap = Impossible<Option<String>, Stop>;
    type SerializeStruct = Impossible<Option<String>, Stop>;
    type SerializeStructVariant = Impossible<Option<String>, Stop>;

    fn serialize_bool(self, _: bool) -> Result<Option<String>, Stop> {
        Ok(None)
    }
    fn serialize_i8(self, _: i8) -> Result<Option<String>, Stop> {
        Ok(None)
    }
    fn serialize_i16(self, _: i16) -> Result<Option<String>, Stop> {
        Ok(None)
    }
    fn serialize_i32(self, _: i32) -> Result<Option<String>, Stop> {
        Ok(None)
    }
    fn serialize_i64(self, _: i64) -> Result<Option<String>, Stop> {
        Ok(None)
    }
    fn serialize_u8(self, _: u8) -> Result<Option<String>, Stop> {
        Ok(None)
    }
    fn serialize_u16(self, _: u16) -> Result<Option<String>, Stop> {
        Ok(None)
    }
    fn serialize_u32(self, _: u32) -> Result<Option<String>, Stop> {
        Ok(None)
    }
    fn serialize_u64(self, _: u64) -> Result<Option<String>, Stop> {
        Ok(None)
    }
    fn serialize_f32(self, _: f32) -> Result<Option<String>, Stop> {
        Ok(None)
    }
    fn serialize_f64(self, _: f64) -> Result<Option<String>, Stop> {
        Ok(None)
    }
    fn serialize_char(self, v: char) -> Result<Option<String>, Stop> {
        Ok(Some(v.to_string()))
    }
    fn serialize_str(self, v: &str) -> Result<Option<String>, Stop> {
        Ok(Some(v.to_string()))
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<Option<String>, Stop> {
        Ok(None)
    }
    fn serialize_none(self) -> Result<Option<String>, Stop> {
        Ok(None)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<Option<String>, Stop> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<Option<String>, Stop> {
        Ok(None)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<Option<String>, Stop> {
        Ok(None)
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        v: &'static str,
    ) -> Result<Option<String>, Stop> {
        Ok(Some(v.to_string()))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<Option<String>, Stop> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<Option<String>, Stop> {
        Ok(None)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Stop> {
        Err(Stop)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Stop> {
        Err(Stop)
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Stop> {
        Err(Stop)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Stop> {
        Err(Stop)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Stop> {
        Err(Stop)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, Stop> {
        Err(Stop)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Stop> {
        Err(Stop)
    }
}

// ---------------------------------------------------------------- probe

/// The serializer of [`value_at`]: `steps` (at least one) lead from the
/// value it is given to the one wanted.
struct Probe<'s, 'p> {
    steps: &'s [Step<'p>],
}

/// Where a probe is inside a list, tuple or structure.
struct ProbeIn<'s, 'p> {
    steps: &'s [Step<'p>],
    next: usize,
    found: Option<serde_json::Value>,
}

impl ProbeIn<'_, '_> {
    /// A child matched the first step: the value wanted, or the way on.
    fn take<T: Serialize + ?Sized>(&mut self, value: &T) {
        if self.found.is_some() {
            return;
        }
        self.found = match self.steps.get(1..) {
            Some([]) | None => serde_json::to_value(value).ok(),
            Some(rest) => value.serialize(Probe { steps: rest }).ok().flatten(),
        };
    }

    fn item<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Stop> {
        if self.steps.first() == Some(&Step::Index(self.next)) {
            self.take(value);
        }
        self.next += 1;
        Ok(())
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), Stop> {
        if self.steps.first() == Some(&Step::Field(key)) {
            self.take(value);
        }
        Ok(())
    }
}

type Found = Option<serde_json::Value>;

impl<'s, 'p> ser::Serializer for Probe<'s, 'p> {
    type Ok = Found;
    type Error = Stop;
    type SerializeSeq = ProbeIn<'s, 'p>;
    type SerializeTuple = ProbeIn<'s, 'p>;
    type SerializeTupleStruct = ProbeIn<'s, 'p>;
    type SerializeTupleVariant = ProbeIn<'s, 'p>;
    type SerializeMap = ProbeMap<'s, 'p>;
    type SerializeStruct = ProbeIn<'s, 'p>;
    type SerializeStructVariant = ProbeIn<'s, 'p>;

    fn serialize_bool(self, _: bool) -> Result<Found, Stop> {
        Ok(None)
    }
    fn serialize_i8(self, _: i8) -> Result<Found, Stop> {
        Ok(None)
    }
    fn serialize_i16(self, _: i16) -> Result<Found, Stop> {
        Ok(None)
    }
    fn serialize_i32(self, _: i32) -> Result<Found, Stop> {
        Ok(None)
    }
    fn serialize_i64(self, _: i64) -> Result<Found, Stop> {
        Ok(None)
    }
    fn serialize_u8(self, _: u8) -> Result<Found, Stop> {
        Ok(None)
    }
    fn serialize_u16(self, _: u16) -> Result<Found, Stop> {
        Ok(None)
    }
    fn serialize_u32(self, _: u32) -> Result<Found, Stop> {
        Ok(None)
    }
    fn serialize_u64(self, _: u64) -> Result<Found, Stop> {
        Ok(None)
    }
    fn serialize_f32(self, _: f32) -> Result<Found, Stop> {
        Ok(None)
    }
    fn serialize_f64(self, _: f64) -> Result<Found, Stop> {
        Ok(None)
    }
    fn serialize_char(self, _: char) -> Result<Found, Stop> {
        Ok(None)
    }
    fn serialize_str(self, _: &str) -> Result<Found, Stop> {
        Ok(None)
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<Found, Stop> {
        Ok(None)
    }
    fn serialize_none(self) -> Result<Found, Stop> {
        Ok(None)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<Found, Stop> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<Found, Stop> {
        Ok(None)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<Found, Stop> {
        Ok(None)
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
    ) -> Result<Found, Stop> {
        Ok(None)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<Found, Stop> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        value: &T,
    ) -> Result<Found, Stop> {
        // Field paths leave variants out.
        value.serialize(self)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<ProbeIn<'s, 'p>, Stop> {
        Ok(self.inside())
    }
    fn serialize_tuple(self, _: usize) -> Result<ProbeIn<'s, 'p>, Stop> {
        Ok(self.inside())
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<ProbeIn<'s, 'p>, Stop> {
        Ok(self.inside())
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<ProbeIn<'s, 'p>, Stop> {
        Ok(self.inside())
    }
    fn serialize_map(self, _: Option<usize>) -> Result<ProbeMap<'s, 'p>, Stop> {
        Ok(ProbeMap {
            inner: self.inside(),
            key: None,
        })
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<ProbeIn<'s, 'p>, Stop> {
        Ok(self.inside())
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<ProbeIn<'s, 'p>, Stop> {
        Ok(self.inside())
    }
}

impl<'s, 'p> Probe<'s, 'p> {
    fn inside(self) -> ProbeIn<'s, 'p> {
        ProbeIn {
            steps: self.steps,
            next: 0,
            found: None,
        }
    }
}

impl ser::SerializeSeq for ProbeIn<'_, '_> {
    type Ok = Found;
    type Error = Stop;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Stop> {
        self.item(value)
    }
    fn end(self) -> Result<Found, Stop> {
        Ok(self.found)
    }
}

impl ser::SerializeTuple for ProbeIn<'_, '_> {
    type Ok = Found;
    type Error = Stop;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Stop> {
        self.item(value)
    }
    fn end(self) -> Result<Found, Stop> {
        Ok(self.found)
    }
}

impl ser::SerializeTupleStruct for ProbeIn<'_, '_> {
    type Ok = Found;
    type Error = Stop;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Stop> {
        self.item(value)
    }
    fn end(self) -> Result<Found, Stop> {
        Ok(self.found)
    }
}

impl ser::SerializeTupleVariant for ProbeIn<'_, '_> {
    type Ok = Found;
    type Error = Stop;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Stop> {
        self.item(value)
    }
    fn end(self) -> Result<Found, Stop> {
        Ok(self.found)
    }
}

impl ser::SerializeStruct for ProbeIn<'_, '_> {
    type Ok = Found;
    type Error = Stop;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Stop> {
        self.field(key, value)
    }
    fn end(self) -> Result<Found, Stop> {
        Ok(self.found)
    }
}

impl ser::SerializeStructVariant for ProbeIn<'_, '_> {
    type Ok = Found;
    type Error = Stop;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Stop> {
        self.field(key, value)
    }
    fn end(self) -> Result<Found, Stop> {
        Ok(self.found)
    }
}

/// A map being probed: its values are found by their keys' text.
struct ProbeMap<'s, 'p> {
    inner: ProbeIn<'s, 'p>,
    key: Option<String>,
}

impl ser::SerializeMap for ProbeMap<'_, '_> {
    type Ok = Found;
    type Error = Stop;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Stop> {
        self.key = key.serialize(TextOf)?;
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Stop> {
        let key = self.key.take().unwrap_or_default();
        self.inner.field(&key, value)
    }
    fn end(self) -> Result<Found, Stop> {
        Ok(self.inner.found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::load::load;

    /// Texts and not-stated values, collected.
    #[derive(Default)]
    struct Seen {
        texts: Vec<(String, String)>,
        gaps: Vec<(String, String)>,
    }

    impl Visit for Seen {
        fn text(&mut self, path: &str, text: &str) {
            self.texts.push((path.to_string(), text.to_string()));
        }
        fn not_stated(&mut self, path: &str, note: &str) {
            self.gaps.push((path.to_string(), note.to_string()));
        }
    }

    /// The JSON form's texts, as the validator read them before.
    fn json_texts(v: &serde_json::Value) -> Vec<(String, String)> {
        let mut out = Vec::new();
        crate::register::locate::for_each_text(v, &mut |p, s| {
            out.push((p.to_string(), s.to_string()));
        });
        out
    }

    /// Every path of the JSON form, with its value.
    fn json_paths(v: &serde_json::Value, path: String, out: &mut Vec<(String, serde_json::Value)>) {
        out.push((path.clone(), v.clone()));
        let join = |k: &str| {
            if path.is_empty() {
                k.to_string()
            } else {
                format!("{path}.{k}")
            }
        };
        match v {
            serde_json::Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    json_paths(item, format!("{path}[{i}]"), out);
                }
            }
            serde_json::Value::Object(m) => {
                for (k, item) in m {
                    if k.starts_with(char::is_uppercase) {
                        // A variant: its body's fields are the value's.
                        if let serde_json::Value::Object(body) = item {
                            for (k2, item2) in body {
                                json_paths(item2, join(k2), out);
                            }
                        }
                    } else {
                        json_paths(item, join(k), out);
                    }
                }
            }
            _ => {}
        }
    }

    /// The JSON form's values not stated, as the validator found them
    /// before.
    fn json_gaps(v: &serde_json::Value, path: &str, out: &mut Vec<(String, String)>) {
        use serde_json::Value;
        match v {
            Value::Object(m) => {
                if m.len() == 1
                    && let Some(body) = m.get(NOT_STATED)
                {
                    let note = body.get("note").and_then(Value::as_str).unwrap_or("");
                    out.push((path.to_string(), note.to_string()));
                    return;
                }
                for (k, item) in m {
                    let p = if path.is_empty() {
                        k.clone()
                    } else if k.starts_with(char::is_uppercase) {
                        path.to_string()
                    } else {
                        format!("{path}.{k}")
                    };
                    json_gaps(item, &p, out);
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    json_gaps(item, &format!("{path}[{i}]"), out);
                }
            }
            _ => {}
        }
    }

    /// Checks the walks of `record` against its JSON form; the number of
    /// values not stated.
    fn check_record<T: Serialize>(record: &T) -> usize {
        let json = serde_json::to_value(record).expect("json");
        let mut seen = Seen::default();
        walk(record, &mut seen);
        let mut gaps = Vec::new();
        json_gaps(&json, "", &mut gaps);
        let mut mine_gaps = seen.gaps.clone();
        mine_gaps.sort();
        gaps.sort();
        assert_eq!(mine_gaps, gaps);
        let mut mine = seen.texts.clone();
        let mut theirs = json_texts(&json);
        mine.sort();
        theirs.sort();
        assert_eq!(mine, theirs);
        let mut paths = Vec::new();
        json_paths(&json, String::new(), &mut paths);
        for (p, v) in &paths {
            assert_eq!(
                value_at(record, p).as_ref(),
                crate::register::validate::value_at_json(&json, p),
                "{p}"
            );
            let _ = v;
            let below = format!("{p}.nothing[2]");
            assert_eq!(value_at(record, &below), None, "{below}");
        }
        gaps.len()
    }

    /// On every record of the sample register: the texts are those of
    /// the JSON form, each path of the JSON form gives the same value,
    /// and the values not stated are found with their notes.
    #[test]
    fn the_walks_see_what_the_json_form_holds() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("registry");
        let loaded = load(&root).expect("the sample loads");
        let mut gaps = 0;
        for org in &loaded.register.organisations {
            gaps += check_record(&org.org);
            for act in &org.activities {
                gaps += check_record(&act.activity);
            }
        }
        assert!(gaps > 0, "the sample records values not stated");
    }

    #[test]
    fn not_stated_values_are_found_with_their_notes() {
        use crate::register::model::OrgNumber;
        let mut seen = Seen::default();
        let v = vec![
            Some(OrgNumber::NotStated {
                note: Some("se hjemmesiden".into()),
            }),
            Some(OrgNumber::NotStated { note: None }),
            Some(OrgNumber::Cvr("12345678".into())),
        ];
        walk(&v, &mut seen);
        assert_eq!(
            seen.gaps,
            vec![
                ("[0]".to_string(), "se hjemmesiden".to_string()),
                ("[1]".to_string(), String::new())
            ]
        );
        assert!(
            seen.texts
                .contains(&("[0].note".into(), "se hjemmesiden".into()))
        );
        assert!(seen.texts.contains(&("[2]".into(), "12345678".into())));
    }

    #[test]
    fn paths_are_read_as_findings_write_them() {
        assert_eq!(
            steps("a.b[2][ 0 ]. c"),
            Some(vec![
                Step::Field("a"),
                Step::Field("b"),
                Step::Index(2),
                Step::Index(0),
                Step::Field("c")
            ])
        );
        assert_eq!(steps("a[x]"), None);
        assert_eq!(steps(""), Some(vec![]));
    }
}
