//! Fuzzy search over every text field of every organisation and activity,
//! with filters (`org:da status:draft has:cpr has:special has:criminal
//! has:transfer transfer:us rule:XFR-003`) and Danish/Norwegian folding:
//! `ae`, `oe`, `aa` typed by the user find `æ`, `ø`, `å`.
//!
//! # Design
//!
//! The index is built once ([`SearchIndex::new`]). Every string of every
//! record is collected by walking its `serde_json` value (the field path
//! comes from the walk), recipients and systems referred to by id are added
//! by name. Fields are stored per record heaviest first (names, then the
//! fields that define an activity, see `weight`), then by path.
//!
//! Registers repeat themselves: the same legal basis, data category or
//! retention text appears in many activities (the generated benchmark
//! register has 391,000 fields but 10,800 distinct texts). Each distinct
//! text is stored once, folded up front (lower case, `æ→ae`, `ø→oe`,
//! `å→aa`) with a 64-bit mask of its folded characters; fields refer to it.
//! A query learns each text's fate once (`Needle`'s memo): whether the
//! query is a subsequence of it, whether it occurs contiguously, its score.
//!
//! A query of [`STRICT_FROM`] letters or more matches a text only where
//! each of its words occurs contiguously, in order (a Memo::Miss otherwise),
//! so that `barsel` does not match letters scattered over "besvarelse af
//! tilfredshedsundersøgelser"; shorter queries match as a subsequence. A
//! text in which the query stands as a whole word scores [`WHOLE_WORD`]
//! more. Both only narrow or raise what the bounds below allow for.
//!
//! A query is folded the same way, then:
//!
//! 1. **A bar from the names.** The `name` fields of the records are scored
//!    best-bound first until the `limit`-th best name score is known; every
//!    hit returned scores at least that (`SearchIndex::name_floor`). Names
//!    weigh most, so for most queries this bar rules out all other fields
//!    before they are looked at.
//! 2. **The scan** of the records in order, keeping the top `limit` in a
//!    heap. A record is skipped when its mask lacks a character of the
//!    query, it fails a filter, or even a perfect match could not reach
//!    the bar or the current top `limit` (SkimMatcherV2 scores at most
//!    [`MAX_SCORE_PER_CHAR`] per query character). Its fields are walked
//!    heaviest first, and the walk stops once the weight alone rules the
//!    rest out (unless every matching record is wanted, see
//!    [`SearchIndex::run`]). A field is scored only when its text matches
//!    (mask, then subsequence — exactly the condition under which the
//!    matcher matches) and its bound can rank; the name weight counts only
//!    where the query occurs contiguously, so that is checked (`memmem`)
//!    when it decides.
//! 3. Hits are ranked by score, then field order (record order, then
//!    weight and path); at most `PER_RECORD` (3) hits per record.
//! 4. Positions for highlighting are computed for the returned hits alone
//!    and mapped back from the folded text to the original characters.
//!
//! Pruning never changes the ranking: only what provably cannot enter the
//! top `limit` is skipped. (Splitting the scan over two threads was tried
//! and dropped: with the memo a keystroke costs a few milliseconds, and on
//! a busy two-core machine the second thread made it slower, not faster.)
//!
//! [`SearchIndex::search_within`] narrows from the records that matched a
//! shorter query (see [`SearchIndex::run`] and [`Query::extends`]); the
//! search screen's worker does this while the user types.

use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::load::{OrgEntry, Register};
use super::model::{DataKind, NationalIdScheme, Status};
use super::validate::Report;

/// One hit: a field of a record that matches the query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Organisation index in the register.
    pub org: usize,
    /// Activity index within the organisation; `None` for the organisation
    /// record itself.
    pub activity: Option<usize>,
    /// Human label of the field, e.g. "Retention".
    pub field: String,
    /// Field path, e.g. `retention[0].text`.
    pub path: String,
    /// The field's text as written.
    pub text: String,
    /// Character indices into `text` of the matched characters, ascending.
    pub indices: Vec<usize>,
    /// Match score, higher is better.
    pub score: i64,
}

/// Hits and the ids of every record that matched, for narrowing the next,
/// longer query with [`SearchIndex::search_within`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Results {
    /// Ranked hits, best first.
    pub hits: Vec<Hit>,
    /// Ids of all records that matched (not only those in `hits`),
    /// ascending.
    pub records: Vec<u32>,
}

/// A parsed query: search text and filters.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    /// Text to match fuzzily (words that are not filters, joined by one
    /// space).
    pub terms: String,
    /// Filters every hit's record must pass.
    pub filters: Vec<Filter>,
}

/// What `has:` asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HasKind {
    /// `has:cpr` (also `fnr`, `nationalid`): a national identification
    /// number, Danish CPR or Norwegian fødselsnummer.
    Cpr,
    /// `has:special` (also `sensitive`): Art. 9 special categories.
    Special,
    /// `has:transfer`: a transfer to a third country or international
    /// organisation.
    Transfer,
    /// `has:criminal`: Art. 10 criminal-offence data.
    Criminal,
}

impl HasKind {
    /// Parses the value after `has:`.
    pub fn parse(v: &str) -> Option<HasKind> {
        match v.to_lowercase().as_str() {
            "cpr" | "fnr" | "nationalid" | "national-id" | "national_id" => Some(Self::Cpr),
            "special" | "sensitive" | "art9" => Some(Self::Special),
            "transfer" | "transfers" => Some(Self::Transfer),
            "criminal" | "art10" => Some(Self::Criminal),
            _ => None,
        }
    }
}

/// A filter, written `key:value` in the query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Filter {
    /// `org:da` — organisation id prefix or name substring (folded, so
    /// `org:djoef` finds Djøf).
    Org(String),
    /// `status:draft` — `draft`, `in-review`, `approved`, `retired`, or a
    /// prefix of one.
    Status(String),
    /// `has:cpr`, `has:special`, `has:transfer`, `has:criminal`.
    Has(HasKind),
    /// `transfer:us` — a transfer to that country code; `any` for any.
    Transfer(String),
    /// `rule:XFR-003` — an active finding of that rule (or rule id prefix)
    /// on the record; needs [`SearchIndex::with_findings`], else matches
    /// nothing.
    Rule(String),
}

impl Query {
    /// Splits `org:`, `status:`, `has:`, `transfer:` and `rule:` words from
    /// the search text. Unknown keys, empty values and unknown `has:`
    /// values are search text.
    pub fn parse(q: &str) -> Query {
        let mut terms: Vec<&str> = Vec::new();
        let mut filters = Vec::new();
        for word in q.split_whitespace() {
            let filter = word.split_once(':').and_then(|(k, v)| {
                if v.is_empty() {
                    return None;
                }
                let v = v.to_lowercase();
                match k.to_lowercase().as_str() {
                    "org" => Some(Filter::Org(v)),
                    "status" => Some(Filter::Status(v.replace(['-', '_'], ""))),
                    "has" => HasKind::parse(&v).map(Filter::Has),
                    "transfer" => Some(Filter::Transfer(v)),
                    "rule" => Some(Filter::Rule(v)),
                    _ => None,
                }
            });
            match filter {
                Some(f) => filters.push(f),
                None => terms.push(word),
            }
        }
        Query {
            terms: terms.join(" "),
            filters,
        }
    }

    /// True when every record matching `self` also matches `previous`, so
    /// `self` may be searched within the records `previous` matched: the
    /// same filters or more, and search text that extends the previous.
    pub fn extends(&self, previous: &Query) -> bool {
        previous.filters.iter().all(|f| self.filters.contains(f))
            && fold(&self.terms).starts_with(&fold(&previous.terms))
    }
}

/// Lower-cases and folds æ ø å (and ä ö ü) to two-letter spellings.
pub fn fold(s: &str) -> String {
    fold_with_map(s).0
}

/// [`fold`], keeping for each folded char the index of the original char
/// it came from.
fn fold_with_map(s: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(s.len() + 8);
    let mut map = Vec::with_capacity(s.len() + 8);
    for (i, c) in s.chars().enumerate() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            map.push(i);
            continue;
        }
        for l in c.to_lowercase() {
            let pair = match l {
                'æ' | 'ä' => Some("ae"),
                'ø' | 'ö' => Some("oe"),
                'å' => Some("aa"),
                'ü' => Some("ue"),
                _ => None,
            };
            match pair {
                Some(p) => {
                    for f in p.chars() {
                        out.push(f);
                        map.push(i);
                    }
                }
                None => {
                    out.push(l);
                    map.push(i);
                }
            }
        }
    }
    (out, map)
}

/// A 64-bit mask of the characters in a folded text: one bit per letter and
/// digit, one for every other non-space character.
fn char_mask(folded: &str) -> u64 {
    folded.bytes().fold(0, |m, b| m | byte_bit(b))
}

fn byte_bit(b: u8) -> u64 {
    match b {
        b'a'..=b'z' => 1 << (b - b'a'),
        b'0'..=b'9' => 1 << (26 + b - b'0'),
        b' ' | b'\t' | b'\n' | b'\r' => 0,
        b'-' => 1 << 36,
        b'.' => 1 << 37,
        b',' => 1 << 38,
        b'/' => 1 << 39,
        b'(' | b')' => 1 << 40,
        b'@' => 1 << 41,
        b':' => 1 << 42,
        b'&' => 1 << 43,
        // Lead bytes of multi-byte characters: split by a few bits so that
        // é, §, ü... are told apart somewhat.
        0xC0..=0xFF => 1 << (44 + (b & 0x0F)),
        _ => 1 << 63,
    }
}

/// SkimMatcherV2 (default configuration) scores
/// each query character after the first at most this much: a match scores
/// 16, plus a bonus of at most 8 (a word head; consecutive matches carry at
/// most that). A gap costs at least 4 and earns at most a head bonus, so a
/// character after a gap scores no more.
pub const MAX_SCORE_PER_CHAR: i64 = 24;

/// The first query character scores at most this at the start of the text:
/// 16, plus the head bonus 8 doubled, minus 1 for the leading gap.
pub const MAX_FIRST_AT_START: i64 = 31;

/// The first query character scores at most this elsewhere: 16 + 8 - 1.
pub const MAX_FIRST: i64 = 23;

/// From this many letters (spaces not counted) a query no longer matches
/// letters scattered over a text: each of its words must occur in the text
/// as written (after folding), the words in the query's order. `barsel`
/// finds "DA Barsel" and "barselsudligning", not "besvarelse af
/// tilfredshedsundersøgelser". Shorter queries match as a subsequence,
/// so `dpa` still finds "data processing agreement".
pub const STRICT_FROM: usize = 4;

/// Added to the score of a text in which the whole query stands as a word
/// (or words) of its own: `løn` ranks "Løn" above "lønmodtager".
pub const WHOLE_WORD: i64 = 20;

/// True when each of `words` occurs in `hay` contiguously, each after the
/// one before it.
fn words_in_order(hay: &str, words: &[String]) -> bool {
    let mut rest = hay;
    for w in words {
        match rest.find(w.as_str()) {
            Some(i) => rest = rest.get(i + w.len()..).unwrap_or_default(),
            None => return false,
        }
    }
    true
}

/// Character positions in `hay` of the query: the whole `query` where it
/// occurs as typed (spaces included), else the first occurrence of each of
/// its `words`, in order (as [`words_in_order`] finds them); `None` when
/// they do not all occur.
fn word_positions(hay: &str, query: &str, words: &[String]) -> Option<Vec<usize>> {
    if let Some(at) = hay.find(query) {
        let start = hay.get(..at)?.chars().count();
        return Some((start..start + query.chars().count()).collect());
    }
    let mut out = Vec::new();
    let mut from = 0;
    for w in words {
        let at = from + hay.get(from..)?.find(w.as_str())?;
        let start = hay.get(..at)?.chars().count();
        out.extend(start..start + w.chars().count());
        from = at + w.len();
    }
    Some(out)
}

/// True when `query` occurs in `hay` with no letter or digit right before
/// or after it.
fn whole_word(hay: &str, query: &str) -> bool {
    if query.is_empty() {
        return false;
    }
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    hay.match_indices(query).any(|(i, m)| {
        let before = hay.get(..i).and_then(|b| b.chars().next_back());
        let after = hay.get(i + m.len()..).and_then(|a| a.chars().next());
        !alnum(before) && !alnum(after)
    })
}

/// Field labels, indexed by `Field::label`.
const LABELS: &[&str] = &[
    "Name",
    "Description",
    "Purposes",
    "Legal basis",
    "Art. 9 condition",
    "Criminal offence basis",
    "National id basis",
    "Data subjects",
    "Personal data",
    "Recipients",
    "Transfers",
    "Retention",
    "Systems",
    "Security",
    "Automated decisions",
    "DPIA",
    "Consent",
    "Controllers served",
    "Owner",
    "Provision requirement",
    "Data subject rights",
    "Notes",
    "Acknowledgements",
    "Contact",
    "DPO",
    "Representative",
    "Joint controllers",
    "Org number",
    "Sources",
    "Other",
];

/// The label index of a field path, by its first segment.
fn label_of(path: &str) -> u8 {
    let head = path.split(['.', '[']).next().unwrap_or_default();
    let label = match head {
        "name" | "name_en" => "Name",
        "description" => "Description",
        "purposes" => "Purposes",
        "legal_bases" => "Legal basis",
        "special_conditions" => "Art. 9 condition",
        "criminal_basis" => "Criminal offence basis",
        "national_id_bases" => "National id basis",
        "data_subjects" => "Data subjects",
        "data_categories" => "Personal data",
        "recipients" => "Recipients",
        "transfers" => "Transfers",
        "retention" => "Retention",
        "systems" => "Systems",
        "security_measures" | "security_ref" => "Security",
        "automated_decisions" => "Automated decisions",
        "dpia" => "DPIA",
        "consent" => "Consent",
        "on_behalf_of" => "Controllers served",
        "owner" => "Owner",
        "provision_requirement" => "Provision requirement",
        "data_subject_rights" => "Data subject rights",
        "notes" | "not_stated" => "Notes",
        "acknowledgements" => "Acknowledgements",
        "address" | "email" | "phone" | "website" | "contacts" => "Contact",
        "dpo" => "DPO",
        "representative" | "art27_2_exemption" => "Representative",
        "joint_controllers" => "Joint controllers",
        "org_number" => "Org number",
        "sources" => "Sources",
        _ => "Other",
    };
    LABELS.iter().position(|l| *l == label).unwrap_or(0) as u8
}

/// Fields that name or define the record rank above passing mentions; the
/// bonus counts only when the query occurs contiguously in the field.
fn weight(label: &str) -> i64 {
    match label {
        "Name" => 60,
        "Purposes" | "Personal data" | "Data subjects" | "Retention" | "Legal basis"
        | "Recipients" => 10,
        "Notes" | "Acknowledgements" | "Other" => -20,
        _ => 0,
    }
}

/// The last field name of a path, without list indices.
fn last_segment(path: &str) -> &str {
    let last = path.rsplit('.').next().unwrap_or(path);
    last.split('[').next().unwrap_or(last)
}

/// Ids, references to ids, enum names, codes and dates are not text a
/// person searches for.
fn is_reference(path: &str, value: &str) -> bool {
    let last = last_segment(path);
    let nested = path.contains('.');
    if matches!(
        last,
        "id" | "recipient"
            | "organisation"
            | "at"
            | "expires"
            | "last_reviewed"
            | "dpf_verified_on"
    ) {
        return true;
    }
    // Lists of ids inside a record part (a legal basis's purposes, a
    // retention rule's categories, ...), and the activity's system ids.
    if path.ends_with(']')
        && ((nested
            && matches!(
                last,
                "categories" | "subjects" | "purposes" | "data" | "recipients" | "systems"
            ))
            || last == "Listed"
            || (!nested && last == "systems"))
    {
        return true;
    }
    // Unit enum variants (`Draft`, `DkCpr`, `P5Y`, `EuUsDpf`, `C`) and
    // codes, where a value of the same field may also be free text
    // (`Other("...")`, `Named("...")`).
    let token = value.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && value.chars().all(|c| c.is_ascii_alphanumeric());
    token
        && matches!(
            last,
            "status"
                | "role"
                | "kind"
                | "article6"
                | "article9"
                | "scheme"
                | "bound"
                | "event"
                | "rule"
                | "period"
                | "offset"
                | "collected_from"
                | "ground"
                | "sub_processors"
                | "risk_criteria"
                | "mechanisms"
                | "letter"
                | "country"
        )
}

/// A field of a record; its text is shared with every field of the same
/// text (see [`Text`]).
struct Field {
    record: u32,
    label: u8,
    path: String,
    /// Index into [`SearchIndex::texts`].
    text: u32,
}

/// A distinct field text. Registers repeat themselves (the same legal
/// basis, data category or retention rule in many activities), so each
/// distinct text is folded, masked, matched and scored once per query, not
/// once per field.
struct Text {
    /// As written.
    original: String,
    /// [`fold`]ed.
    folded: String,
}

#[derive(Clone, Copy, Default)]
struct Flags {
    cpr: bool,
    special: bool,
    criminal: bool,
    transfer: bool,
}

struct Record {
    org: usize,
    activity: Option<usize>,
    status: Option<Status>,
    flags: Flags,
    /// Lower-case country codes of transfers.
    transfers: Vec<String>,
    /// Lower-case rule ids of active findings.
    rules: Vec<String>,
    /// Index of the first field; fields are contiguous, sorted by weight
    /// (heaviest first) and path.
    first: u32,
    /// One past the last field.
    end: u32,
    /// Index of the `name` field, if any.
    name: Option<u32>,
    /// Union of the fields' masks.
    mask: u64,
    /// Largest field weight among the fields.
    max_weight: i64,
}

struct OrgInfo {
    id: String,
    folded_name: String,
}

/// The search index over one register. Build it once with
/// [`SearchIndex::new`]; it holds copies of the texts, not references.
pub struct SearchIndex {
    records: Vec<Record>,
    fields: Vec<Field>,
    /// Per field, its text (kept apart from the fields so that the scan
    /// touches little memory).
    field_texts: Vec<u32>,
    /// Per field, its label's weight.
    weights: Vec<i8>,
    /// Distinct texts.
    texts: Vec<Text>,
    /// Per text, the mask of its folded characters.
    text_masks: Vec<u64>,
    orgs: Vec<OrgInfo>,
    matcher: SkimMatcherV2,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("records", &self.records.len())
            .field("fields", &self.fields.len())
            .field("texts", &self.texts.len())
            .finish()
    }
}

/// A candidate hit while ranking: better compares greater.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Cand {
    score: i64,
    /// Record id; lower wins ties (record order).
    record: u32,
    /// Field index; lower wins ties within a record (path order). A
    /// record indexed again has its fields at the end, so the record
    /// decides first.
    field: u32,
}

impl Ord for Cand {
    fn cmp(&self, other: &Self) -> Ordering {
        self.score
            .cmp(&other.score)
            .then_with(|| other.record.cmp(&self.record))
            .then_with(|| other.field.cmp(&self.field))
    }
}

impl PartialOrd for Cand {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Hits at most per record.
const PER_RECORD: usize = 3;

/// What one query knows about one distinct text so far.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Memo {
    /// Not looked at.
    Unknown,
    /// The query is not a subsequence of the text.
    Miss,
    /// The query is a subsequence, not yet scored: the most its first
    /// character can score here ([`MAX_FIRST_AT_START`] or [`MAX_FIRST`]),
    /// and whether it occurs contiguously, once asked.
    Match(i32, Option<bool>),
    /// Scored: SkimMatcherV2's score, and whether the query occurs in the
    /// text contiguously.
    Scored(i32, bool),
}

/// The folded search text of one query, with what it has learnt about each
/// distinct text of the index.
struct Needle<'a> {
    index: &'a SearchIndex,
    folded: String,
    chars: Vec<char>,
    mask: u64,
    head: char,
    last: char,
    /// True when the query is ASCII, so bytes may be matched.
    ascii: bool,
    /// The query's words; with `strict`, each must occur contiguously, in
    /// order (see [`STRICT_FROM`]).
    words: Vec<String>,
    /// The query is long enough that scattered letters do not match.
    strict: bool,
    memo: Vec<Memo>,
}

impl<'a> Needle<'a> {
    /// `None` for an empty search text.
    fn new(index: &'a SearchIndex, folded: String) -> Option<Self> {
        let chars: Vec<char> = folded.chars().collect();
        let (&head, &last) = (chars.first()?, chars.last()?);
        let words: Vec<String> = folded.split_whitespace().map(str::to_string).collect();
        let strict = words.iter().map(|w| w.chars().count()).sum::<usize>() >= STRICT_FROM;
        Some(Needle {
            index,
            words,
            strict,
            mask: char_mask(&folded),
            ascii: folded.is_ascii(),
            folded,
            chars,
            head,
            last,
            memo: vec![Memo::Unknown; index.texts.len()],
        })
    }

    /// What is known of text `t`, after matching it if it was unknown:
    /// [`Memo::Miss`], [`Memo::Match`] or [`Memo::Scored`].
    #[inline]
    fn look(&mut self, t: u32) -> Memo {
        let i = t as usize;
        match self.memo.get(i) {
            Some(Memo::Unknown) => self.learn(i),
            Some(&m) => m,
            None => Memo::Miss,
        }
    }

    /// Matches text `i`, not looked at before, and remembers the answer.
    #[cold]
    fn learn(&mut self, i: usize) -> Memo {
        let mask_ok = self
            .index
            .text_masks
            .get(i)
            .is_some_and(|&m| m & self.mask == self.mask);
        let found = match self.index.texts.get(i) {
            Some(x) if mask_ok => {
                let hit = if self.ascii {
                    is_byte_subsequence(x.folded.as_bytes(), self.folded.as_bytes())
                } else {
                    is_subsequence(&x.folded, &self.chars)
                };
                if !hit || (self.strict && !words_in_order(&x.folded, &self.words)) {
                    Memo::Miss
                } else if x.folded.starts_with(self.head) {
                    Memo::Match(MAX_FIRST_AT_START as i32, None)
                } else {
                    Memo::Match(MAX_FIRST as i32, None)
                }
            }
            _ => Memo::Miss,
        };
        if let Some(m) = self.memo.get_mut(i) {
            *m = found;
        }
        found
    }

    /// The most a field of text `t` and weight `w` can score, `None` when
    /// it does not match: the query's characters at their best (see
    /// [`MAX_SCORE_PER_CHAR`]), or the score itself once known. The weight
    /// counts only where the query occurs contiguously, which is looked up
    /// (`memmem`) only when it decides whether `reachable` holds.
    #[inline]
    fn bound(&mut self, t: u32, w: i64, reachable: impl Fn(i64) -> bool) -> Option<i64> {
        let rest = MAX_SCORE_PER_CHAR * (self.chars.len() as i64 - 1) + WHOLE_WORD;
        match self.look(t) {
            Memo::Miss | Memo::Unknown => None,
            Memo::Scored(s, c) => Some(weighted(i64::from(s), c, w)),
            Memo::Match(first, _) => {
                let first = i64::from(first) + rest;
                let decides = w > 0 && reachable(first + w) && !reachable(first);
                if !decides || self.contiguous(t) {
                    Some(first + w)
                } else {
                    Some(first)
                }
            }
        }
    }

    /// [`Needle::bound`], always telling whether the weight counts.
    fn tight_bound(&mut self, t: u32, w: i64) -> Option<i64> {
        let any = self.look(t);
        if matches!(any, Memo::Match(..)) && w > 0 && !self.contiguous(t) {
            return self.bound(t, 0, |_| true);
        }
        self.bound(t, w, |_| true)
    }

    /// True when text `t`, which matches, holds the query contiguously.
    fn contiguous(&mut self, t: u32) -> bool {
        let i = t as usize;
        match self.memo.get(i) {
            Some(&Memo::Match(_, Some(c)) | &Memo::Scored(_, c)) => return c,
            Some(Memo::Match(_, None)) => {}
            _ => return false,
        }
        let c = self.chars.len() == 1
            || self
                .index
                .texts
                .get(i)
                .is_some_and(|x| x.folded.contains(self.folded.as_str()));
        if let Some(Memo::Match(_, known)) = self.memo.get_mut(i) {
            *known = Some(c);
        }
        c
    }

    /// SkimMatcherV2's score of text `t`, and whether the query occurs in
    /// it contiguously; `None` when it does not match.
    fn score(&mut self, t: u32) -> Option<(i64, bool)> {
        match self.look(t) {
            Memo::Scored(s, c) => return Some((i64::from(s), c)),
            Memo::Match(..) => {}
            Memo::Miss | Memo::Unknown => return None,
        }
        let i = t as usize;
        let folded = &self.index.texts.get(i)?.folded;
        // Nothing after the last occurrence of the query's last character
        // can take part in a match: the score is the same on the shorter
        // text, and the matcher's work is smaller.
        let end = folded
            .rfind(self.last)
            .map_or(0, |e| e + self.last.len_utf8());
        let hay = folded.get(..end).unwrap_or(folded);
        let whole = whole_word(folded, &self.folded);
        let found = self.index.matcher.fuzzy_match(hay, &self.folded).map(|s| {
            (
                s + if whole { WHOLE_WORD } else { 0 },
                hay.contains(self.folded.as_str()),
            )
        });
        if let Some(m) = self.memo.get_mut(i) {
            *m = match found {
                Some((s, c)) => Memo::Scored(s.clamp(i32::MIN.into(), i32::MAX.into()) as i32, c),
                None => Memo::Miss,
            };
        }
        found
    }
}

/// The score of a field: the text's score plus the field's weight, which
/// counts (when positive) only if the query occurs contiguously.
fn weighted(score: i64, contiguous: bool, weight: i64) -> i64 {
    if weight > 0 && !contiguous {
        score
    } else {
        score + weight
    }
}

impl SearchIndex {
    /// Builds the index: every text field of every organisation and
    /// activity, folded, with character masks.
    pub fn new(reg: &Register) -> Self {
        let mut index = SearchIndex {
            records: Vec::new(),
            fields: Vec::new(),
            field_texts: Vec::new(),
            weights: Vec::new(),
            texts: Vec::new(),
            text_masks: Vec::new(),
            orgs: Vec::new(),
            // The matrix cache stays on: fuzzy-matcher 0.3.7 panics on a
            // second call when it is off (it empties cells still borrowed).
            matcher: SkimMatcherV2::default().respect_case(),
        };
        let mut interned = std::collections::HashMap::new();
        for (oi, o) in reg.organisations.iter().enumerate() {
            index.orgs.push(org_info(o));
            let (info, raw) = org_record(oi, o);
            let record = index.add_fields(info, raw, &mut interned);
            index.records.push(record);
            for ai in 0..o.activities.len() {
                if let Some((info, raw)) = activity_record(o, oi, ai) {
                    let record = index.add_fields(info, raw, &mut interned);
                    index.records.push(record);
                }
            }
        }
        index
    }

    /// Indexes organisation `oi` again from `o`, after its records
    /// changed: its own record and, with `activities` `None`, every one of
    /// its activities (their records hold its recipients' and systems'
    /// names); else only the activities at those places. Searches then
    /// answer as an index built anew would. The register's shape must be
    /// as indexed (the same organisations and activities in the same
    /// places), except that with `activities` `None` the organisation may
    /// have gained or lost activities; otherwise nothing changes and the
    /// answer is false.
    ///
    /// The new texts are added and the old ones left unused: a record's
    /// fields stay contiguous, and an edit costs the size of the records
    /// it touched, not of the register.
    pub fn reindex(&mut self, oi: usize, o: &OrgEntry, activities: Option<&[usize]>) -> bool {
        let n = o.activities.len();
        let same_org = self.record_id(oi, None).is_some()
            && self
                .orgs
                .get(oi)
                .is_some_and(|info| info.id == o.org.id.to_lowercase());
        if !same_org {
            return false;
        }
        let shape_same = (n == 0 || self.record_id(oi, Some(n - 1)).is_some())
            && self.record_id(oi, Some(n)).is_none()
            && activities.is_none_or(|list| list.iter().all(|&ai| ai < n));
        if !shape_same {
            if activities.is_some() {
                return false;
            }
            self.reshape(oi, o);
            return true;
        }
        let mut interned = std::collections::HashMap::new();
        let mut redo: Vec<(RecordInfo, Vec<(String, String)>)> = Vec::new();
        let all: Vec<usize>;
        let which = match activities {
            Some(list) => list,
            None => {
                redo.push(org_record(oi, o));
                all = (0..n).collect();
                &all
            }
        };
        for &ai in which {
            if let Some(r) = activity_record(o, oi, ai) {
                redo.push(r);
            }
        }
        if activities.is_none()
            && let Some(info) = self.orgs.get_mut(oi)
        {
            *info = org_info(o);
        }
        for (info, raw) in redo {
            let Some(id) = self.record_id(info.org, info.activity) else {
                continue;
            };
            let record = self.add_fields(info, raw, &mut interned);
            if let Some(slot) = self.records.get_mut(id as usize) {
                // The fields' record number is the place kept.
                for f in &mut self.fields[record.first as usize..record.end as usize] {
                    f.record = id;
                }
                let rules = std::mem::take(&mut slot.rules);
                *slot = Record { rules, ..record };
            }
        }
        true
    }

    /// Indexes organisation `oi` again whole from `o`, which has gained or
    /// lost activities: its records are replaced by new ones in its place
    /// and the records after it renumbered, as an index built anew would
    /// number them. Its records carry no findings' rule ids until
    /// [`SearchIndex::with_findings`] attaches them again (the interface's
    /// index attaches none).
    fn reshape(&mut self, oi: usize, o: &OrgEntry) {
        let lo = self.records.partition_point(|r| r.org < oi);
        let hi = self.records.partition_point(|r| r.org <= oi);
        let mut interned = std::collections::HashMap::new();
        let mut new = Vec::new();
        let (info, raw) = org_record(oi, o);
        new.push(self.add_fields(info, raw, &mut interned));
        for ai in 0..o.activities.len() {
            if let Some((info, raw)) = activity_record(o, oi, ai) {
                new.push(self.add_fields(info, raw, &mut interned));
            }
        }
        // Record ids are places: those after the organisation move by the
        // number of records it gained or lost.
        let moved = |id: u32| -> u32 {
            let id = i64::from(id) + new.len() as i64 - (hi - lo) as i64;
            u32::try_from(id).unwrap_or(u32::MAX)
        };
        for r in self.records.get(hi..).unwrap_or_default() {
            for f in self
                .fields
                .get_mut(r.first as usize..r.end as usize)
                .unwrap_or_default()
            {
                f.record = moved(f.record);
            }
        }
        for (k, r) in new.iter().enumerate() {
            let id = u32::try_from(lo + k).unwrap_or(u32::MAX);
            for f in self
                .fields
                .get_mut(r.first as usize..r.end as usize)
                .unwrap_or_default()
            {
                f.record = id;
            }
        }
        self.records.splice(lo..hi, new);
        if let Some(info) = self.orgs.get_mut(oi) {
            *info = org_info(o);
        }
    }

    /// Adds the fields of a record that will take the next place (or,
    /// in [`SearchIndex::reindex`], be given its own), and returns the
    /// record.
    fn add_fields(
        &mut self,
        info: RecordInfo,
        mut raw: Vec<(String, String)>,
        interned: &mut std::collections::HashMap<String, u32>,
    ) -> Record {
        let record = self.records.len() as u32;
        raw.retain(|(p, v)| !is_reference(p, v));
        // Heaviest fields first (see `find`), then by path.
        raw.sort_by_cached_key(|(p, _)| (Reverse(weight(LABELS[label_of(p) as usize])), p.clone()));
        let first = self.fields.len() as u32;
        let mut mask = 0;
        let mut max_weight = i64::MIN;
        let mut name = None;
        for (path, text) in raw {
            let t = match interned.get(&text) {
                Some(&t) => t,
                None => {
                    let t = self.texts.len() as u32;
                    let folded = fold(&text);
                    self.text_masks.push(char_mask(&folded));
                    interned.insert(text.clone(), t);
                    self.texts.push(Text {
                        original: text,
                        folded,
                    });
                    t
                }
            };
            mask |= self.text_masks.get(t as usize).copied().unwrap_or(0);
            let label = label_of(&path);
            let w = weight(LABELS[label as usize]);
            max_weight = max_weight.max(w);
            self.weights.push(w as i8);
            if path == "name" {
                name = Some(self.fields.len() as u32);
            }
            self.field_texts.push(t);
            self.fields.push(Field {
                record,
                label,
                path,
                text: t,
            });
        }
        Record {
            org: info.org,
            activity: info.activity,
            status: info.status,
            flags: info.flags,
            transfers: info.transfers,
            rules: Vec::new(),
            first,
            end: self.fields.len() as u32,
            name,
            mask,
            max_weight,
        }
    }

    /// Attaches the validator's active findings, so that `rule:ID` finds
    /// the records that have them. Findings are matched to records by file
    /// path.
    pub fn with_findings(mut self, reg: &Register, report: &Report) -> Self {
        let mut by_file = std::collections::HashMap::new();
        let mut r = 0usize;
        for o in &reg.organisations {
            by_file.insert(o.file.path.as_str(), r);
            r += 1;
            for a in &o.activities {
                by_file.insert(a.file.path.as_str(), r);
                r += 1;
            }
        }
        for f in report.findings.iter().filter(|f| f.is_active()) {
            if let Some(rec) = by_file
                .get(f.path.as_str())
                .and_then(|&i| self.records.get_mut(i))
            {
                let id = f.rule.to_lowercase();
                if !rec.rules.contains(&id) {
                    rec.rules.push(id);
                }
            }
        }
        self
    }

    /// Number of indexed records (organisations and activities).
    pub fn len(&self) -> usize {
        self.records.len()
    }

    /// True when nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// The record id of an organisation (`activity` `None`) or activity.
    pub fn record_id(&self, org: usize, activity: Option<usize>) -> Option<u32> {
        let i = self
            .records
            .partition_point(|r| (r.org, r.activity) < (org, activity));
        self.records
            .get(i)
            .filter(|r| r.org == org && r.activity == activity)
            .map(|_| i as u32)
    }

    /// Ranked hits for `query`, best first, at most `limit`, at most three
    /// per record. Ties go to the earlier organisation, activity and path.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        self.find(query, None, limit, false).hits
    }

    /// Like [`SearchIndex::search`], but only among `previous`: the
    /// [`Results::records`] of an earlier query that this one
    /// [extends](Query::extends) (typing one more character). Ids not in
    /// the index are ignored.
    pub fn search_within(&self, query: &str, previous: &[u32], limit: usize) -> Vec<Hit> {
        self.find(query, Some(previous), limit, false).hits
    }

    /// Hits and every matching record id; `within` as for
    /// [`SearchIndex::search_within`]. The record ids cost a little extra
    /// (records that cannot reach the top `limit` are still checked).
    pub fn run(&self, query: &str, within: Option<&[u32]>, limit: usize) -> Results {
        self.find(query, within, limit, true)
    }

    fn find(&self, query: &str, within: Option<&[u32]>, limit: usize, all: bool) -> Results {
        let q = Query::parse(query);
        let orgs_ok: Vec<bool> = self
            .orgs
            .iter()
            .map(|o| q.filters.iter().all(|f| org_passes(o, f)))
            .collect();
        let passes = |r: &Record| {
            orgs_ok.get(r.org).copied().unwrap_or(false)
                && q.filters.iter().all(|f| record_passes(r, f))
        };
        let ids = ids_of(within, self.records.len());

        let Some(mut needle) = Needle::new(self, fold(q.terms.trim())) else {
            // Only filters (or nothing): list the records by name; with
            // filters, activities only. Every record that passes is
            // recorded, organisations too, as search text typed next may
            // find them.
            let mut hits = Vec::new();
            let mut records = Vec::new();
            for id in ids.iter() {
                let Some(r) = self.records.get(id as usize) else {
                    continue;
                };
                if !passes(r) {
                    continue;
                }
                if all {
                    records.push(id);
                }
                if r.activity.is_none() && !q.filters.is_empty() {
                    continue;
                }
                if hits.len() >= limit {
                    if all {
                        continue;
                    }
                    break;
                }
                if let Some(f) = r.name.and_then(|n| self.fields.get(n as usize)) {
                    hits.push(self.hit(f, Vec::new(), 0));
                }
            }
            sort_ids(within, all, &mut records);
            return Results { hits, records };
        };

        // A score every hit returned reaches, known before the scan.
        let floor0 = if limit == 0 {
            i64::MAX
        } else {
            self.name_floor(ids.iter(), &passes, &mut needle, limit)
        };
        let scan = Scan {
            passes: &passes,
            floor0,
            limit,
            all,
        };
        let (mut ranked, mut records) = self.scan(ids, &mut needle, &scan);
        ranked.sort_unstable_by(|a, b| b.cmp(a));
        let hits = ranked
            .into_iter()
            .filter_map(|c| {
                let f = self.fields.get(c.field as usize)?;
                let text = self.texts.get(f.text as usize)?;
                let (folded, map) = fold_with_map(&text.original);
                let idx = if needle.strict {
                    word_positions(&folded, &needle.folded, &needle.words)?
                } else {
                    self.matcher.fuzzy_indices(&folded, &needle.folded)?.1
                };
                let mut orig: Vec<usize> =
                    idx.iter().filter_map(|&i| map.get(i).copied()).collect();
                orig.dedup();
                Some(self.hit(f, orig, c.score))
            })
            .collect();
        sort_ids(within, all, &mut records);
        Results { hits, records }
    }

    /// Scans the records `ids`: the best `limit` candidates (at most
    /// [`PER_RECORD`] per record), and with `all` the ids of every record
    /// that matches.
    fn scan(&self, ids: Ids, needle: &mut Needle, scan: &Scan) -> (Vec<Cand>, Vec<u32>) {
        let (limit, all, floor0) = (scan.limit, scan.all, scan.floor0);
        let qmask = needle.mask;
        let rest = MAX_SCORE_PER_CHAR * (needle.chars.len() as i64 - 1) + WHOLE_WORD;
        let ceiling = MAX_FIRST_AT_START + rest;
        let mut records = Vec::new();
        let mut top: BinaryHeap<Reverse<Cand>> =
            BinaryHeap::with_capacity(limit.min(4096) + PER_RECORD);
        let mut mine: Vec<Cand> = Vec::with_capacity(16);
        for id in ids.iter() {
            let Some(r) = self.records.get(id as usize) else {
                continue;
            };
            if r.mask & qmask != qmask || !(scan.passes)(r) {
                continue;
            }
            // The worst hit kept so far; a later record must beat it
            // strictly, as ties go to the earlier record. `floor0` comes
            // from records anywhere, so reaching it is enough.
            let floor = if top.len() >= limit {
                top.peek().map_or(i64::MAX, |c| c.0.score)
            } else {
                i64::MIN
            };
            let reachable = |bound: i64| bound > floor && bound >= floor0;
            let hopeless = !reachable(ceiling + r.max_weight);
            if hopeless && !all {
                continue;
            }
            mine.clear();
            let mut matched = false;
            // Fields come heaviest first, so once the weight alone rules
            // the rest out, only whether the record matches is left.
            let mut heavy = !hopeless;
            for fi in r.first..r.end {
                let i = fi as usize;
                let (Some(&t), Some(&w)) = (self.field_texts.get(i), self.weights.get(i)) else {
                    continue;
                };
                let w = i64::from(w);
                heavy = heavy && reachable(ceiling + w);
                if !heavy && (matched || !all) {
                    break;
                }
                let Some(bound) = needle.bound(t, w, reachable) else {
                    continue;
                };
                matched = true;
                if !heavy || !reachable(bound) {
                    continue;
                }
                if let Some((score, contiguous)) = needle.score(t) {
                    mine.push(Cand {
                        score: weighted(score, contiguous, w),
                        record: id,
                        field: fi,
                    });
                }
            }
            if matched && all {
                records.push(id);
            }
            if mine.is_empty() || limit == 0 {
                continue;
            }
            mine.sort_unstable_by(|a, b| b.cmp(a));
            for c in mine.iter().take(PER_RECORD) {
                if top.len() < limit {
                    top.push(Reverse(*c));
                } else if top.peek().is_some_and(|w| *c > w.0) {
                    top.pop();
                    top.push(Reverse(*c));
                } else {
                    break;
                }
            }
        }
        (top.into_iter().map(|c| c.0).collect(), records)
    }

    /// The `limit`-th best score of the records' `name` fields, or
    /// `i64::MIN` when fewer names match. Names weigh most, so this is a
    /// high bar known before the scan: every hit returned reaches it (each
    /// of those `limit` records has a hit at least this good among its
    /// best [`PER_RECORD`]), and fields that cannot reach it are neither
    /// matched nor scored.
    fn name_floor(
        &self,
        ids: impl Iterator<Item = u32>,
        passes: &dyn Fn(&Record) -> bool,
        needle: &mut Needle,
        limit: usize,
    ) -> i64 {
        // Names by how well they could score; scored best first until no
        // name left could change the `limit`-th best score.
        let mut names: Vec<(i64, u32, i64)> = Vec::new();
        for id in ids {
            let Some(r) = self.records.get(id as usize) else {
                continue;
            };
            let Some(n) = r.name.map(|n| n as usize) else {
                continue;
            };
            let (Some(&t), Some(&w)) = (self.field_texts.get(n), self.weights.get(n)) else {
                continue;
            };
            if r.mask & needle.mask != needle.mask || !passes(r) {
                continue;
            }
            let w = i64::from(w);
            if let Some(b) = needle.tight_bound(t, w) {
                names.push((b, t, w));
            }
        }
        if limit == 0 || names.len() < limit {
            return i64::MIN;
        }
        names.sort_unstable_by_key(|&(b, _, _)| Reverse(b));
        let mut best: BinaryHeap<Reverse<i64>> = BinaryHeap::with_capacity(limit + 1);
        for (b, t, w) in names {
            let full = best.len() >= limit;
            if full && best.peek().is_some_and(|m| b <= m.0) {
                break;
            }
            if let Some((s, c)) = needle.score(t) {
                best.push(Reverse(weighted(s, c, w)));
                if best.len() > limit {
                    best.pop();
                }
            }
        }
        match best.peek() {
            Some(m) if best.len() >= limit => m.0,
            _ => i64::MIN,
        }
    }

    fn hit(&self, f: &Field, indices: Vec<usize>, score: i64) -> Hit {
        let (org, activity) = self
            .records
            .get(f.record as usize)
            .map_or((0, None), |r| (r.org, r.activity));
        let text = self
            .texts
            .get(f.text as usize)
            .map(|t| t.original.clone())
            .unwrap_or_default();
        Hit {
            org,
            activity,
            field: LABELS[f.label as usize].to_string(),
            path: f.path.clone(),
            text,
            indices,
            score,
        }
    }
}

/// What a record is, apart from its fields.
struct RecordInfo {
    org: usize,
    activity: Option<usize>,
    status: Option<Status>,
    flags: Flags,
    transfers: Vec<String>,
}

/// What the index keeps of an organisation for its filters.
fn org_info(o: &OrgEntry) -> OrgInfo {
    OrgInfo {
        id: o.org.id.to_lowercase(),
        folded_name: fold(&o.org.name),
    }
}

/// The record of organisation `oi` and its texts.
fn org_record(oi: usize, o: &OrgEntry) -> (RecordInfo, Vec<(String, String)>) {
    let info = RecordInfo {
        org: oi,
        activity: None,
        status: None,
        flags: Flags::default(),
        transfers: Vec::new(),
    };
    (info, strings_of(&o.org))
}

/// The record of activity `ai` of organisation `oi` and its texts: its
/// own, and its recipients' and systems' names, so that "netcompany"
/// finds the activity that refers to `netcompany`.
fn activity_record(
    o: &OrgEntry,
    oi: usize,
    ai: usize,
) -> Option<(RecordInfo, Vec<(String, String)>)> {
    let act = &o.activities.get(ai)?.activity;
    let mut raw = strings_of(act);
    for (i, u) in act.recipients.iter().enumerate() {
        if let Some(r) = o.org.recipients.iter().find(|r| r.id == u.recipient) {
            raw.push((format!("recipients[{i}].name"), r.name.clone()));
            if let Some(d) = &r.description {
                raw.push((format!("recipients[{i}].description"), d.clone()));
            }
        }
    }
    for (i, s) in act.systems.iter().enumerate() {
        if let Some(sys) = o.org.systems.iter().find(|x| &x.id == s) {
            raw.push((format!("systems[{i}].name"), sys.name.clone()));
        }
    }
    let kinds = |f: fn(&DataKind) -> bool| act.data_categories.iter().any(|c| f(&c.kind));
    let flags = Flags {
        cpr: kinds(|k| {
            matches!(
                k,
                DataKind::NationalId(NationalIdScheme::DkCpr | NationalIdScheme::NoFnr)
            )
        }),
        special: kinds(|k| matches!(k, DataKind::Special(_))),
        criminal: kinds(|k| matches!(k, DataKind::Criminal)),
        transfer: !act.transfers.is_empty(),
    };
    let transfers = act
        .transfers
        .iter()
        .filter_map(|t| t.country.as_ref().map(|c| c.to_lowercase()))
        .collect();
    let info = RecordInfo {
        org: oi,
        activity: Some(ai),
        status: Some(act.status),
        flags,
        transfers,
    };
    Some((info, raw))
}

/// How to scan: which records pass, and what is wanted.
struct Scan<'a> {
    passes: &'a dyn Fn(&Record) -> bool,
    /// See [`SearchIndex::name_floor`].
    floor0: i64,
    limit: usize,
    /// Whether to gather every matching record's id.
    all: bool,
}

/// Record ids to scan: all of them, or those of a previous query.
#[derive(Clone, Copy)]
enum Ids<'a> {
    Range(u32, u32),
    List(&'a [u32]),
}

fn ids_of(within: Option<&[u32]>, records: usize) -> Ids<'_> {
    match within {
        Some(list) => Ids::List(list),
        None => Ids::Range(0, records as u32),
    }
}

impl<'a> Ids<'a> {
    fn iter(self) -> Box<dyn Iterator<Item = u32> + 'a> {
        match self {
            Ids::Range(a, b) => Box::new(a..b),
            Ids::List(list) => Box::new(list.iter().copied()),
        }
    }
}

/// Sorts record ids gathered from an unsorted `within` list, so that
/// [`Results::records`] is ascending.
fn sort_ids(within: Option<&[u32]>, all: bool, records: &mut Vec<u32>) {
    if let Some(prev) = within
        && all
        && !prev.is_sorted()
    {
        records.sort_unstable();
        records.dedup();
    }
}

fn strings_of<T: serde::Serialize>(record: &T) -> Vec<(String, String)> {
    let mut raw = Vec::new();
    if let Ok(v) = serde_json::to_value(record) {
        crate::register::locate::for_each_text(&v, &mut |path, s| {
            if !s.trim().is_empty() {
                raw.push((path.to_string(), s.to_string()));
            }
        });
    }
    raw
}

/// True when `pattern` occurs in `hay` as a subsequence of characters: the
/// condition under which SkimMatcherV2 (case respected) matches at all.
fn is_subsequence(hay: &str, pattern: &[char]) -> bool {
    let mut rest = hay;
    for &c in pattern {
        match rest.find(c) {
            Some(i) => rest = rest.get(i + c.len_utf8()..).unwrap_or_default(),
            None => return false,
        }
    }
    true
}

/// [`is_subsequence`] on bytes; the same for an ASCII `pattern`, as the
/// bytes of other characters are never ASCII.
fn is_byte_subsequence(hay: &[u8], pattern: &[u8]) -> bool {
    let mut want = pattern.iter();
    let Some(mut next) = want.next() else {
        return true;
    };
    for b in hay {
        if b == next {
            match want.next() {
                Some(n) => next = n,
                None => return true,
            }
        }
    }
    false
}

fn org_passes(o: &OrgInfo, f: &Filter) -> bool {
    match f {
        Filter::Org(v) => o.id.starts_with(v.as_str()) || o.folded_name.contains(&fold(v)),
        _ => true,
    }
}

fn record_passes(r: &Record, f: &Filter) -> bool {
    match f {
        Filter::Org(_) => true,
        Filter::Status(v) => r
            .status
            .is_some_and(|s| status_name(s).starts_with(v.as_str())),
        Filter::Has(k) => match k {
            HasKind::Cpr => r.flags.cpr,
            HasKind::Special => r.flags.special,
            HasKind::Criminal => r.flags.criminal,
            HasKind::Transfer => r.flags.transfer,
        },
        Filter::Transfer(c) => {
            if c == "any" {
                r.flags.transfer
            } else {
                r.transfers.iter().any(|t| t == c)
            }
        }
        Filter::Rule(v) => r.rules.iter().any(|id| id.starts_with(v.as_str())),
    }
}

fn status_name(s: Status) -> &'static str {
    match s {
        Status::Draft => "draft",
        Status::InReview => "inreview",
        Status::Approved => "approved",
        Status::Retired => "retired",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::load::{ActivityEntry, OrgEntry, SourceFile, load, parse_record};
    use crate::register::model::{Activity, Organisation, Purpose};
    use crate::register::validate::{Finding, Severity};

    fn org(id: &str, name: &str, extra: &str) -> Organisation {
        let text = format!(
            "Organisation(id: \"{id}\", name: \"{name}\", role: Controller, kind: Company, country: \"DK\", {extra})"
        );
        parse_record(&text).expect("organisation")
    }

    fn act(id: &str, name: &str, extra: &str) -> ActivityEntry {
        let text = format!("Activity(id: \"{id}\", name: \"{name}\", status: Draft, {extra})");
        ActivityEntry {
            activity: parse_record::<Activity>(&text).expect("activity"),
            file: SourceFile {
                path: format!("x/activities/{id}.ron"),
                ..SourceFile::default()
            },
        }
    }

    fn register(orgs: Vec<(Organisation, Vec<ActivityEntry>)>) -> Register {
        Register {
            root: "test".into(),
            organisations: orgs
                .into_iter()
                .map(|(org, activities)| OrgEntry {
                    file: SourceFile {
                        path: format!("{}/organisation.ron", org.id),
                        ..SourceFile::default()
                    },
                    org,
                    activities,
                })
                .collect(),
        }
    }

    /// Two organisations: "Kløver A/S" (id klover) with three activities and
    /// "Åsen AS" (id aasen) with one.
    fn small() -> Register {
        let klover = org(
            "klover",
            "Kløver A/S",
            r#"recipients: [Recipient(id: "netco", name: "Netcompany A/S", kind: Processor, description: Some("Drift af lønsystemet")),
                            Recipient(id: "zoomus", name: "Zoom Video Communications", kind: Processor, country: Some("US"))]"#,
        );
        let loen = act(
            "loen",
            "Lønadministration",
            r#"purposes: [Purpose(id: "p", text: "At udbetale løn")],
               data_categories: [DataCategory(id: "cpr", name: "CPR-nummer", kind: NationalId(DkCpr))],
               recipients: [RecipientUse(recipient: "netco")],
               retention: [RetentionRule(id: "r", rule: Duration(period: "P5Y", bound: Exact), text: "Slettes 5 år efter regnskabsåret")]"#,
        );
        let moede = act(
            "moede",
            "Onlinemøder",
            r#"data_categories: [DataCategory(id: "h", name: "Helbred", kind: Special([Health]))],
               recipients: [RecipientUse(recipient: "zoomus")],
               transfers: [Transfer(id: "t", country: Some("US"), recipients: ["zoomus"])],
               notes: Some("Tjek lønsystemet igen")"#,
        );
        let mut attest = act(
            "attest",
            "Børneattester",
            r#"data_categories: [DataCategory(id: "s", name: "Straffeattest", kind: Criminal)]"#,
        );
        attest.activity.status = Status::Approved;
        let aasen = org("aasen", "Åsen AS", "");
        let lonn = act("lonn", "Lønn og personal", "");
        register(vec![
            (klover, vec![loen, moede, attest]),
            (aasen, vec![lonn]),
        ])
    }

    fn names(reg: &Register, hits: &[Hit]) -> Vec<String> {
        hits.iter()
            .map(|h| {
                let o = &reg.organisations[h.org];
                match h.activity {
                    Some(a) => o.activities[a].activity.name.clone(),
                    None => o.org.name.clone(),
                }
            })
            .collect()
    }

    fn marked(h: &Hit) -> String {
        let chars: Vec<char> = h.text.chars().collect();
        h.indices.iter().map(|&i| chars[i]).collect()
    }

    #[test]
    fn parses_filters() {
        let q = Query::parse(
            "org:Da løn has:cpr status:in-review transfer:US rule:XFR-003 x:y has:foo org:",
        );
        assert_eq!(q.terms, "løn x:y has:foo org:");
        assert_eq!(
            q.filters,
            vec![
                Filter::Org("da".into()),
                Filter::Has(HasKind::Cpr),
                Filter::Status("inreview".into()),
                Filter::Transfer("us".into()),
                Filter::Rule("xfr-003".into()),
            ]
        );
        assert_eq!(Query::parse("  "), Query::default());
    }

    #[test]
    fn extends_is_narrowing() {
        let p = |s| Query::parse(s);
        assert!(p("barsel").extends(&p("bars")));
        assert!(p("løn").extends(&p("lø")));
        assert!(p("has:cpr løn").extends(&p("løn")));
        assert!(!p("løn").extends(&p("has:cpr løn")));
        assert!(!p("bas").extends(&p("bar")));
        assert!(!p("has:cpr").extends(&p("has:c")));
    }

    #[test]
    fn folding_keeps_original_indices() {
        let (f, map) = fold_with_map("Løn Å");
        assert_eq!(f, "loen aa");
        assert_eq!(map, vec![0, 1, 1, 2, 3, 4, 4]);
        assert_eq!(fold("ÆbleØ"), "aebleoe");
    }

    #[test]
    fn ae_oe_aa_find_the_danish_letters_and_highlight_the_original() {
        let reg = small();
        let idx = SearchIndex::new(&reg);
        for q in ["loen", "løn", "LØN"] {
            let hits = idx.search(q, 10);
            assert_eq!(
                names(&reg, &hits[..1]),
                ["Lønadministration"],
                "{q}: {hits:?}"
            );
            assert_eq!(hits[0].field, "Name");
            assert_eq!(hits[0].indices, vec![0, 1, 2]);
            assert_eq!(marked(&hits[0]), "Løn");
        }
        let hits = idx.search("5 aar efter", 10);
        let h = hits
            .iter()
            .find(|h| h.field == "Retention")
            .expect("retention");
        assert_eq!(h.path, "retention[0].text");
        assert_eq!(marked(h), "5 år efter");
        // Norwegian "Åsen" by typing "aasen".
        let hits = idx.search("aasen", 10);
        assert_eq!(names(&reg, &hits[..1]), ["Åsen AS"]);
        assert_eq!(marked(&hits[0]), "Åsen");
    }

    #[test]
    fn ranking_prefers_names_and_is_deterministic() {
        let reg = small();
        let idx = SearchIndex::new(&reg);
        let hits = idx.search("løn", 50);
        // Name matches first, then the activities that only mention it.
        assert_eq!(hits[0].field, "Name");
        let scores: Vec<i64> = hits.iter().map(|h| h.score).collect();
        assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
        // The note "Tjek lønsystemet igen" ranks below the purposes.
        let note = hits.iter().position(|h| h.field == "Notes").expect("note");
        let purpose = hits
            .iter()
            .position(|h| h.field == "Purposes")
            .expect("purpose");
        assert!(purpose < note);
        // At most three hits per record.
        let per = |o, a| {
            hits.iter()
                .filter(|h| h.org == o && h.activity == a)
                .count()
        };
        assert!(per(0, Some(0)) <= 3);
        assert_eq!(idx.search("løn", 50), hits);
        // Ties go to the earlier record.
        let twin = register(vec![(
            org("o", "O", ""),
            vec![act("a", "Kontingent", ""), act("b", "Kontingent", "")],
        )]);
        let hits = SearchIndex::new(&twin).search("kontingent", 10);
        assert_eq!(hits.len(), 2);
        assert_eq!(hits[0].score, hits[1].score);
        assert_eq!((hits[0].activity, hits[1].activity), (Some(0), Some(1)));
        // The limit keeps the best.
        assert_eq!(SearchIndex::new(&twin).search("kontingent", 1), hits[..1]);
    }

    #[test]
    fn recipients_are_searchable_by_name_and_description() {
        let reg = small();
        let idx = SearchIndex::new(&reg);
        let hits = idx.search("netcompany", 10);
        let h = hits
            .iter()
            .find(|h| h.activity == Some(0))
            .expect("the activity that uses netco");
        assert_eq!(
            (h.field.as_str(), h.path.as_str()),
            ("Recipients", "recipients[0].name")
        );
        assert_eq!(h.text, "Netcompany A/S");
        let hits = idx.search("drift af lønsystemet", 10);
        assert!(
            hits.iter()
                .any(|h| h.activity == Some(0) && h.path == "recipients[0].description")
        );
        // Ids and enum names are not text.
        assert!(
            idx.search("netco ", 10)
                .iter()
                .all(|h| h.path != "recipients[0].recipient")
        );
        assert!(idx.search("dkcpr", 10).is_empty());
    }

    #[test]
    fn each_filter_narrows() {
        let reg = small();
        let idx = SearchIndex::new(&reg);
        let acts = |q: &str| {
            let hits = idx.search(q, 50);
            let mut v: Vec<(usize, Option<usize>)> =
                hits.iter().map(|h| (h.org, h.activity)).collect();
            v.dedup();
            v
        };
        // Filters alone list activities, one "Name" hit each.
        let hits = idx.search("org:klo", 50);
        assert!(hits.iter().all(|h| h.field == "Name" && h.path == "name"));
        assert_eq!(acts("org:klo"), [(0, Some(0)), (0, Some(1)), (0, Some(2))]);
        assert_eq!(acts("org:kløver"), acts("org:klo"));
        assert_eq!(acts("org:kloever"), acts("org:klo"));
        assert_eq!(acts("org:aasen"), [(1, Some(0))]);
        assert_eq!(acts("org:asen"), [(1, Some(0))]);
        assert_eq!(
            acts("status:draft"),
            [(0, Some(0)), (0, Some(1)), (1, Some(0))]
        );
        assert_eq!(acts("status:appr"), [(0, Some(2))]);
        assert_eq!(acts("status:retired"), []);
        assert_eq!(acts("has:cpr"), [(0, Some(0))]);
        assert_eq!(acts("has:special"), [(0, Some(1))]);
        assert_eq!(acts("has:criminal"), [(0, Some(2))]);
        assert_eq!(acts("has:transfer"), [(0, Some(1))]);
        assert_eq!(acts("transfer:us"), [(0, Some(1))]);
        assert_eq!(acts("transfer:any"), [(0, Some(1))]);
        assert_eq!(acts("transfer:in"), []);
        // With search text: only records that pass.
        assert_eq!(acts("org:aasen løn"), [(1, Some(0))]);
        assert_eq!(acts("has:cpr løn"), [(0, Some(0))]);
        // rule: needs findings.
        assert_eq!(acts("rule:spc"), []);
        let report = Report {
            findings: vec![Finding {
                rule: "SPC-003",
                severity: Severity::Error,
                path: "x/activities/loen.ron".into(),
                line: 1,
                column: 1,
                field: String::new(),
                message: String::new(),
                msg: None,
                kind: crate::register::model::FindingKind::Invalid,
                acknowledged: None,
                anchor: None,
            }],
        };
        let idx = SearchIndex::new(&reg).with_findings(&reg, &report);
        let hits = idx.search("rule:SPC-003", 50);
        assert_eq!(hits.len(), 1);
        assert_eq!((hits[0].org, hits[0].activity), (0, Some(0)));
        assert_eq!(idx.search("rule:spc", 50), hits);
    }

    #[test]
    fn narrowing_gives_the_same_hits() {
        let reg = crate::register::generate::generate(30, 10, 3);
        let idx = SearchIndex::new(&reg);
        let typed = ["b", "ba", "bar", "bars", "barse", "barsel"];
        let mut previous = idx.run(typed[0], None, 20).records;
        for q in &typed[1..] {
            let full = idx.run(q, None, 20);
            assert_eq!(idx.search_within(q, &previous, 20), full.hits, "{q}");
            assert_eq!(idx.run(q, Some(&previous), 20).records, full.records, "{q}");
            assert_eq!(idx.search(q, 20), full.hits);
            previous = full.records;
        }
        assert!(!previous.is_empty());
        assert_eq!(idx.record_id(0, None), Some(0));
        assert_eq!(idx.record_id(0, Some(0)), Some(1));
        assert_eq!(idx.record_id(1, None), Some(11));
        assert_eq!(idx.record_id(99, None), None);
    }

    #[test]
    fn filters_alone_keep_organisations_for_narrowing() {
        let reg = small();
        let idx = SearchIndex::new(&reg);
        let filtered = idx.run("org:klo", None, 50);
        // Only activities are listed, but the organisation is kept, as the
        // next keystroke may find it.
        assert!(filtered.hits.iter().all(|h| h.activity.is_some()));
        assert_eq!(filtered.records, [0, 1, 2, 3]);
        let q = "org:klo kløver";
        assert!(Query::parse(q).extends(&Query::parse("org:klo")));
        let narrowed = idx.run(q, Some(&filtered.records), 50);
        assert_eq!(narrowed, idx.run(q, None, 50));
        assert_eq!(narrowed.hits[0].activity, None);
    }

    #[test]
    fn a_shared_text_weighs_as_its_field() {
        // "Løn" is one text, stored once, in a name and in a note.
        let reg = register(vec![(
            org("o", "O", ""),
            vec![
                act("a", "Andet", r#"notes: Some("Løn")"#),
                act("b", "Løn", ""),
            ],
        )]);
        let idx = SearchIndex::new(&reg);
        let hits = idx.search("løn", 10);
        let got: Vec<(Option<usize>, &str)> = hits
            .iter()
            .map(|h| (h.activity, h.field.as_str()))
            .collect();
        assert_eq!(got, [(Some(1), "Name"), (Some(0), "Notes")]);
        assert!(hits[0].score > hits[1].score);
        assert_eq!(marked(&hits[1]), "Løn");
    }

    #[test]
    fn subsequence_on_bytes_and_chars_agree() {
        for (hay, pat) in [
            ("barselsorlov", "barsel"),
            ("barselsorlov", "bsl"),
            ("barselsorlov", "lb"),
            ("", "a"),
            ("a", ""),
            ("5 aar efter", "5 aar"),
            ("sjæl", "sl"),
        ] {
            let chars: Vec<char> = pat.chars().collect();
            assert_eq!(
                is_byte_subsequence(hay.as_bytes(), pat.as_bytes()),
                is_subsequence(hay, &chars),
                "{hay} {pat}"
            );
        }
    }

    #[test]
    fn pruning_does_not_change_the_ranking() {
        // The top `limit` equals the head of the unlimited ranking.
        let reg = crate::register::generate::generate(40, 10, 5);
        let idx = SearchIndex::new(&reg);
        for q in [
            "b",
            "ba",
            "barsel",
            "løn",
            "5 år",
            "cpr",
            "zoom",
            "has:cpr løn",
            "ae",
            "xq",
        ] {
            let all = idx.search(q, usize::MAX);
            for limit in [1, 7, 50] {
                let n = limit.min(all.len());
                assert_eq!(idx.search(q, limit), all[..n], "{q} {limit}");
            }
        }
    }

    #[test]
    fn skim_never_exceeds_the_bound() {
        let idx = SearchIndex::new(&crate::register::generate::generate(3, 10, 11));
        let bound = |hay: &str, pat: &str| {
            let n = pat.chars().count() as i64;
            let first = if pat.chars().next().is_some_and(|c| hay.starts_with(c)) {
                MAX_FIRST_AT_START
            } else {
                MAX_FIRST
            };
            first + MAX_SCORE_PER_CHAR * (n - 1)
        };
        let mut checked = 0;
        let hays = idx.texts.iter().map(|t| t.folded.as_str()).chain([
            "barsel",
            "x barselsudligning",
            "bar sel",
            "b b b b b b",
            "a-b-c-d-e",
            "a b-c d.e",
            "5 aar efter 5 aar",
            "a/b/c/d",
        ]);
        for hay in hays {
            for pat in [
                "barsel",
                "bbbbbb",
                "abcde",
                "a b-c d.e",
                "5 aar",
                "b",
                "ba",
                "bb",
                "abcd",
                "cpr",
                "e",
                "er",
                "se",
                "aa",
                "ae",
                "loen",
                "§ 1",
                "a-",
                "s s",
            ] {
                if let Some(s) = idx.matcher.fuzzy_match(hay, pat) {
                    assert!(s <= bound(hay, pat), "{hay:?} {pat:?} {s}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 1000, "{checked}");
    }

    fn sample() -> (Register, SearchIndex) {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("registry");
        let reg = load(&root).expect("load").register;
        let idx = SearchIndex::new(&reg);
        (reg, idx)
    }

    fn org_index(reg: &Register, id: &str) -> usize {
        reg.organisations
            .iter()
            .position(|o| o.org.id == id)
            .expect("organisation")
    }

    #[test]
    fn sample_barsel_finds_da_barsel_first() {
        let (reg, idx) = sample();
        let hits = idx.search("barsel", 20);
        let first = hits.iter().find(|h| h.activity.is_some()).expect("a hit");
        assert_eq!(
            names(&reg, std::slice::from_ref(first)),
            ["DA Barsel"],
            "{hits:?}"
        );
    }

    #[test]
    fn a_long_query_does_not_match_scattered_letters() {
        let reg = register(vec![(
            org("o", "O", ""),
            vec![
                act(
                    "a",
                    "Tilfredshed",
                    r#"notes: Some("besvarelse af tilfredshedsundersøgelser")"#,
                ),
                act("b", "DA Barsel", ""),
                act(
                    "c",
                    "Udligning",
                    r#"description: Some("Lov om barseludligning")"#,
                ),
            ],
        )]);
        let idx = SearchIndex::new(&reg);
        let hits = idx.search("barsel", 10);
        assert_eq!(names(&reg, &hits), ["DA Barsel", "Udligning"], "{hits:?}");
        assert!(hits.iter().all(|h| marked(h).to_lowercase() == "barsel"));
        // Words count one by one, in the query's order.
        let hits = idx.search("lov barsel", 10);
        assert_eq!(names(&reg, &hits), ["Udligning"]);
        assert_eq!(marked(&hits[0]), "Lovbarsel");
        assert!(idx.search("barsel lov", 10).is_empty());
        // Up to three letters still match as a subsequence (abbreviations).
        let hits = idx.search("bsl", 10);
        assert!(names(&reg, &hits).contains(&"DA Barsel".to_string()));
    }

    #[test]
    fn a_whole_word_ranks_above_a_word_that_starts_with_it() {
        let reg = register(vec![(
            org("o", "O", ""),
            vec![
                act("a", "Første", r#"description: Some("lønmodtagere")"#),
                act("b", "Anden", r#"description: Some("udbetaling af løn")"#),
            ],
        )]);
        let idx = SearchIndex::new(&reg);
        let hits = idx.search("løn", 10);
        assert_eq!(names(&reg, &hits), ["Anden", "Første"], "{hits:?}");
        assert!(hits[0].score > hits[1].score, "{hits:?}");
        assert!(whole_word("udbetaling af loen.", "loen"));
        assert!(!whole_word("loenmodtager", "loen"));
        assert!(!whole_word("", ""));
    }

    #[test]
    fn sample_barsel_never_matches_besvarelse() {
        let (reg, idx) = sample();
        let hits = idx.search("barsel", usize::MAX);
        assert_eq!(names(&reg, &hits[..1]), ["DA Barsel"]);
        assert!(
            hits.iter()
                .all(|h| fold(&marked(h)) == "barsel" && !h.text.starts_with("besvarelse")),
            "{hits:?}"
        );
        // Every contiguous "barsel" of the register is found.
        let texts = hits.len();
        assert!(texts >= 5, "{hits:?}");
    }

    #[test]
    fn sample_zoom_finds_djoef() {
        let (reg, idx) = sample();
        let hits = idx.search("zoom", 5);
        assert!(!hits.is_empty());
        let djoef = org_index(&reg, "djoef");
        assert!(hits.iter().all(|h| h.org == djoef), "{hits:?}");
    }

    #[test]
    fn sample_retention_5_aar_efter() {
        let (reg, idx) = sample();
        let digst = org_index(&reg, "digst");
        for q in ["5 år efter", "5 aar efter"] {
            let hits = idx.search(q, 20);
            let h = hits
                .iter()
                .find(|h| h.field == "Retention")
                .expect("a retention hit");
            assert_eq!(h.org, digst, "{hits:?}");
            assert_eq!(names(&reg, std::slice::from_ref(h)), ["Digital Post"]);
            assert!(h.path.starts_with("retention["), "{h:?}");
            assert!(marked(h).contains("5 år efter"), "{h:?}");
        }
    }

    #[test]
    fn sample_cpr_at_digst() {
        let (reg, idx) = sample();
        let digst = org_index(&reg, "digst");
        let with_cpr: Vec<usize> = reg.organisations[digst]
            .activities
            .iter()
            .enumerate()
            .filter(|(_, a)| {
                a.activity.data_categories.iter().any(|c| {
                    matches!(
                        c.kind,
                        DataKind::NationalId(NationalIdScheme::DkCpr | NationalIdScheme::NoFnr)
                    )
                })
            })
            .map(|(i, _)| i)
            .collect();
        assert!(!with_cpr.is_empty());
        let hits = idx.search("has:cpr org:digst", 50);
        assert!(hits.iter().all(|h| h.org == digst && h.field == "Name"));
        let got: Vec<usize> = hits.iter().filter_map(|h| h.activity).collect();
        assert_eq!(got, with_cpr);
    }

    /// A hit as a reader sees it: record, field path, text and score.
    type Seen = (usize, Option<usize>, String, String, i64);

    /// Every hit of `queries`, with what a reader sees of each.
    fn answers(idx: &SearchIndex, queries: &[&str]) -> Vec<Vec<Seen>> {
        queries
            .iter()
            .map(|q| {
                idx.search(q, 50)
                    .into_iter()
                    .map(|h| (h.org, h.activity, h.path, h.text, h.score))
                    .collect()
            })
            .collect()
    }

    const QUERIES: &[&str] = &[
        "barsel",
        "løn",
        "Ærø revideret",
        "netcompany",
        "has:transfer",
        "status:active løn",
        "microsoft",
        "a",
    ];

    #[test]
    fn an_activity_indexed_again_answers_as_a_new_index() {
        let (mut reg, mut idx) = sample();
        let oi = org_index(&reg, "da");
        let a = &mut reg.organisations[oi].activities[1].activity;
        a.name = format!("{} – Ærø revideret", a.name);
        a.purposes.push(Purpose {
            id: "aeroe".into(),
            text: "Barsel og løn for Ærø".into(),
            outside_public_tasks: false,
        });
        assert!(idx.reindex(oi, &reg.organisations[oi], Some(&[1])));
        let fresh = SearchIndex::new(&reg);
        assert_eq!(answers(&idx, QUERIES), answers(&fresh, QUERIES));
        assert!(
            idx.search("Ærø revideret", 5)
                .iter()
                .any(|h| h.org == oi && h.activity == Some(1)),
            "the new text is found"
        );
        // Twice more: the second edit replaces the first's texts.
        let a = &mut reg.organisations[oi].activities[1].activity;
        a.name = "Lønbehandling".into();
        assert!(idx.reindex(oi, &reg.organisations[oi], Some(&[1])));
        assert!(idx.reindex(oi, &reg.organisations[oi], Some(&[1])));
        let fresh = SearchIndex::new(&reg);
        assert_eq!(answers(&idx, QUERIES), answers(&fresh, QUERIES));
        assert!(
            idx.search("Ærø revideret", 5)
                .iter()
                .all(|h| h.activity != Some(1) || h.org != oi)
        );
    }

    #[test]
    fn an_organisation_indexed_again_renames_its_recipients_in_its_activities() {
        let (mut reg, mut idx) = sample();
        let oi = reg
            .organisations
            .iter()
            .position(|o| !o.org.recipients.is_empty() && !o.activities.is_empty())
            .expect("an organisation with recipients");
        reg.organisations[oi].org.name = "Ærøskøbing Kommune".into();
        for r in &mut reg.organisations[oi].org.recipients {
            r.name = format!("{} Netcompany", r.name);
        }
        // Indexing the organisation alone leaves its activities behind.
        assert!(idx.reindex(oi, &reg.organisations[oi], None));
        let fresh = SearchIndex::new(&reg);
        let mut queries = QUERIES.to_vec();
        queries.push("Ærøskøbing");
        queries.push("org:ærøskøbing løn");
        assert_eq!(answers(&idx, &queries), answers(&fresh, &queries));
    }

    /// An organisation that gained or lost activities, indexed again
    /// whole, answers as a new index: its records in their places, the
    /// records after it renumbered.
    #[test]
    fn an_organisation_that_gained_or_lost_activities_answers_as_a_new_index() {
        let (mut reg, mut idx) = sample();
        let oi = org_index(&reg, "da");
        assert!(oi + 1 < reg.organisations.len(), "organisations after da");
        let mut queries = QUERIES.to_vec();
        queries.extend(["Kvarkmørtel", "org:djoef", "zoom", "digdem"]);
        // A copy of the second activity, with a new name, after it.
        let mut copy = reg.organisations[oi].activities[1].clone();
        copy.activity.id = format!("{}-kopi", copy.activity.id);
        copy.activity.name = "Kvarkmørtel".into();
        copy.file.path = copy.file.path.replace(".ron", "-kopi.ron");
        reg.organisations[oi].activities.insert(2, copy);
        assert!(idx.reindex(oi, &reg.organisations[oi], None));
        let fresh = SearchIndex::new(&reg);
        assert_eq!(answers(&idx, &queries), answers(&fresh, &queries));
        assert!(!idx.search("Kvarkmørtel", 5).is_empty());
        // And the first two taken out.
        reg.organisations[oi].activities.drain(..2);
        assert!(idx.reindex(oi, &reg.organisations[oi], None));
        let fresh = SearchIndex::new(&reg);
        assert_eq!(answers(&idx, &queries), answers(&fresh, &queries));
    }

    #[test]
    fn another_organisation_or_activities_not_there_are_not_indexed_again() {
        let (mut reg, mut idx) = sample();
        let oi = org_index(&reg, "da");
        let before = answers(&idx, QUERIES);
        assert!(!idx.reindex(reg.organisations.len(), &reg.organisations[oi], None));
        assert!(!idx.reindex(oi + 1, &reg.organisations[oi], None));
        assert!(!idx.reindex(oi, &reg.organisations[oi], Some(&[999])));
        reg.organisations[oi].activities.pop();
        let n = reg.organisations[oi].activities.len();
        assert!(!idx.reindex(oi, &reg.organisations[oi], Some(&[n])));
        assert_eq!(answers(&idx, QUERIES), before, "nothing changed");
    }
}
