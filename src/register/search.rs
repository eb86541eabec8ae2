//! Fuzzy search over every text field of every organisation and activity,
//! with field filters (`org:da status:draft has:cpr has:special
//! transfer:us`) and Danish/Norwegian folding: `ae`, `oe`, `aa` typed by the
//! user find `æ`, `ø`, `å`.
//!
//! The index is built once: every text field is folded up front and each
//! record keeps a mask of the characters it contains, so a record that lacks
//! a character of the query is skipped without running the matcher.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::load::Register;
use super::model::{DataKind, NationalIdScheme, Status};

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
    /// Character indices into `text` of the matched characters.
    pub indices: Vec<usize>,
    /// Match score, higher is better.
    pub score: i64,
}

/// A parsed query: search text and filters.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    /// Text to match fuzzily.
    pub terms: String,
    /// Filters every hit's record must pass.
    pub filters: Vec<Filter>,
}

/// A field filter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Filter {
    /// `org:ID` — organisation id prefix or name substring.
    Org(String),
    /// `status:draft` (draft, in-review, approved, retired).
    Status(String),
    /// `has:cpr`, `has:special`, `has:criminal`, `has:transfer`.
    Has(String),
    /// `transfer:us` — a transfer to that country (`any` for any).
    Transfer(String),
}

impl Query {
    /// Splits `org:…`, `status:…`, `has:…` and `transfer:…` words from the
    /// search text; other words are search text.
    pub fn parse(q: &str) -> Query {
        let mut terms = Vec::new();
        let mut filters = Vec::new();
        for word in q.split_whitespace() {
            let filter = word.split_once(':').and_then(|(k, v)| {
                let v = v.to_lowercase();
                if v.is_empty() {
                    return None;
                }
                match k.to_lowercase().as_str() {
                    "org" => Some(Filter::Org(v)),
                    "status" => Some(Filter::Status(v)),
                    "has" => Some(Filter::Has(v)),
                    "transfer" => Some(Filter::Transfer(v)),
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
}

/// Lower-cases and folds æ ø å (and ä ö ü) to two-letter spellings, keeping
/// for each folded char the index of the original char it came from.
fn fold_with_map(s: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(s.len());
    let mut map = Vec::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
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

/// A 64-bit mask of the characters in a folded text (letters, digits,
/// and one bit for everything else).
fn char_mask(folded: &str) -> u64 {
    folded.chars().fold(0, |m, c| m | bit(c))
}

fn bit(c: char) -> u64 {
    match c {
        'a'..='z' => 1 << (c as u32 - 'a' as u32),
        '0'..='9' => 1 << (26 + c as u32 - '0' as u32),
        c if c.is_whitespace() => 0,
        _ => 1 << 63,
    }
}

struct Field {
    label: &'static str,
    path: String,
    text: String,
    folded: String,
    map: Vec<usize>,
    mask: u64,
}

struct Record {
    org: usize,
    activity: Option<usize>,
    org_id: String,
    org_name: String,
    status: Option<Status>,
    cpr: bool,
    special: bool,
    criminal: bool,
    transfers: Vec<String>,
    mask: u64,
    fields: Vec<Field>,
}

/// The search index over one register.
pub struct SearchIndex {
    records: Vec<Record>,
}

fn label(path: &str) -> &'static str {
    let head = path.split(['.', '[']).next().unwrap_or_default();
    match head {
        "id" | "name" | "name_en" => "Name",
        "purposes" | "description" => "Purposes",
        "legal_bases" => "Legal basis",
        "special_conditions" => "Art. 9 condition",
        "criminal_basis" => "Art. 10",
        "national_id_bases" => "National id basis",
        "data_subjects" => "Data subjects",
        "data_categories" => "Personal data",
        "recipients" => "Recipients",
        "transfers" => "Transfers",
        "retention" => "Retention",
        "security_measures" | "security_ref" => "Security",
        "dpia" => "DPIA",
        "automated_decisions" => "Automated decisions",
        "consent" => "Consent",
        "on_behalf_of" => "Controllers served",
        "notes" => "Notes",
        "acknowledgements" => "Acknowledgements",
        "address" | "email" | "phone" | "website" | "contacts" | "dpo" | "representative" => {
            "Contact"
        }
        "org_number" => "Org number",
        _ => "Other",
    }
}

fn collect(v: &serde_json::Value, path: String, out: &mut Vec<(String, String)>) {
    use serde_json::Value;
    match v {
        Value::String(s) if !s.is_empty() => out.push((path, s.clone())),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                collect(item, format!("{path}[{i}]"), out);
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                let is_variant = k.chars().next().is_some_and(char::is_uppercase);
                let p = if is_variant {
                    path.clone()
                } else if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                collect(item, p, out);
            }
        }
        _ => {}
    }
}

/// Ids and references to ids are not text a person searches for.
fn is_reference(path: &str) -> bool {
    let last = path.rsplit('.').next().unwrap_or(path);
    let list = last.split('[').next().unwrap_or(last);
    path == "id"
        || matches!(
            last,
            "id" | "recipient" | "organisation" | "at" | "expires" | "rule"
        )
        || (last.ends_with(']')
            && matches!(
                list,
                "categories"
                    | "subjects"
                    | "purposes"
                    | "data"
                    | "recipients"
                    | "systems"
                    | "Listed"
            )
            && path.contains('.'))
        || (path.starts_with("systems[") && !path.contains('.'))
}

/// Fields that name or define the record rank above passing mentions.
fn weight(label: &str) -> i64 {
    match label {
        "Name" => 60,
        "Purposes" | "Personal data" | "Data subjects" | "Retention" | "Legal basis"
        | "Recipients" => 10,
        "Notes" => -20,
        _ => 0,
    }
}

fn fields_of<T: serde::Serialize>(record: &T, extra: Vec<(String, String)>) -> Vec<Field> {
    let mut raw = Vec::new();
    if let Ok(v) = serde_json::to_value(record) {
        collect(&v, String::new(), &mut raw);
    }
    raw.extend(extra);
    raw.into_iter()
        .filter(|(p, _)| !is_reference(p))
        .map(|(path, text)| {
            let (folded, map) = fold_with_map(&text);
            Field {
                label: label(&path),
                mask: char_mask(&folded),
                path,
                text,
                folded,
                map,
            }
        })
        .collect()
}

impl SearchIndex {
    /// Builds the index.
    pub fn new(reg: &Register) -> Self {
        let mut records = Vec::new();
        for (oi, o) in reg.organisations.iter().enumerate() {
            let fields = fields_of(&o.org, Vec::new());
            records.push(Record {
                org: oi,
                activity: None,
                org_id: o.org.id.clone(),
                org_name: o.org.name.to_lowercase(),
                status: None,
                cpr: false,
                special: false,
                criminal: false,
                transfers: Vec::new(),
                mask: fields.iter().fold(0, |m, f| m | f.mask),
                fields,
            });
            for (ai, a) in o.activities.iter().enumerate() {
                let act = &a.activity;
                // Recipients by name, so "netcompany" finds the activity.
                let names = act
                    .recipients
                    .iter()
                    .enumerate()
                    .filter_map(|(i, u)| {
                        o.org
                            .recipients
                            .iter()
                            .find(|r| r.id == u.recipient)
                            .map(|r| (format!("recipients[{i}].name"), r.name.clone()))
                    })
                    .collect();
                let fields = fields_of(act, names);
                let kinds =
                    |f: fn(&DataKind) -> bool| act.data_categories.iter().any(|c| f(&c.kind));
                records.push(Record {
                    org: oi,
                    activity: Some(ai),
                    org_id: o.org.id.clone(),
                    org_name: o.org.name.to_lowercase(),
                    status: Some(act.status),
                    cpr: kinds(|k| {
                        matches!(
                            k,
                            DataKind::NationalId(NationalIdScheme::DkCpr | NationalIdScheme::NoFnr)
                        )
                    }),
                    special: kinds(|k| matches!(k, DataKind::Special(_))),
                    criminal: kinds(|k| matches!(k, DataKind::Criminal)),
                    transfers: act
                        .transfers
                        .iter()
                        .map(|t| t.country.clone().unwrap_or_default().to_lowercase())
                        .collect(),
                    mask: fields.iter().fold(0, |m, f| m | f.mask),
                    fields,
                });
            }
        }
        SearchIndex { records }
    }

    /// Number of indexed records (organisations and activities).
    pub fn len(&self) -> usize {
        self.records.len()
    }

    /// True when nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// Ranked hits for `query`, best first, at most `limit`.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let q = Query::parse(query);
        let (needle, _) = fold_with_map(q.terms.trim());
        let qmask = char_mask(&needle);
        let matcher = SkimMatcherV2::default();
        let mut hits = Vec::new();
        for r in &self.records {
            if !q.filters.iter().all(|f| passes(r, f)) {
                continue;
            }
            if needle.is_empty() {
                if (r.activity.is_some() || q.filters.is_empty())
                    && let Some(f) = r.fields.iter().find(|f| f.path == "name")
                {
                    hits.push(hit(r, f, Vec::new(), 0));
                }
                continue;
            }
            if r.mask & qmask != qmask {
                continue;
            }
            let mut mine: Vec<Hit> = r
                .fields
                .iter()
                .filter(|f| f.mask & qmask == qmask)
                .filter_map(|f| {
                    matcher
                        .fuzzy_indices(&f.folded, &needle)
                        .map(|(score, idx)| {
                            let mut orig: Vec<usize> =
                                idx.iter().filter_map(|&i| f.map.get(i).copied()).collect();
                            orig.dedup();
                            // Field weight only for a contiguous match: a
                            // scattered match in a name is no better than
                            // one elsewhere.
                            let contiguous = idx
                                .last()
                                .zip(idx.first())
                                .is_some_and(|(l, f0)| l - f0 + 1 == idx.len());
                            let bonus = if contiguous {
                                weight(f.label)
                            } else {
                                weight(f.label).min(0)
                            };
                            hit(r, f, orig, score + bonus)
                        })
                })
                .collect();
            mine.sort_by(|a, b| b.score.cmp(&a.score).then_with(|| a.path.cmp(&b.path)));
            mine.truncate(3);
            hits.extend(mine);
        }
        hits.sort_by(|a, b| {
            b.score
                .cmp(&a.score)
                .then_with(|| (a.org, a.activity, &a.path).cmp(&(b.org, b.activity, &b.path)))
        });
        hits.truncate(limit);
        hits
    }
}

fn hit(r: &Record, f: &Field, indices: Vec<usize>, score: i64) -> Hit {
    Hit {
        org: r.org,
        activity: r.activity,
        field: f.label.to_string(),
        path: f.path.clone(),
        text: f.text.clone(),
        indices,
        score,
    }
}

fn passes(r: &Record, f: &Filter) -> bool {
    match f {
        Filter::Org(v) => r.org_id.starts_with(v.as_str()) || r.org_name.contains(v.as_str()),
        Filter::Status(v) => {
            let want = v.replace(['-', '_'], "");
            r.status
                .is_some_and(|s| format!("{s:?}").to_lowercase() == want)
        }
        Filter::Has(v) => match v.as_str() {
            "cpr" | "fnr" | "nationalid" | "national-id" => r.cpr,
            "special" | "sensitive" => r.special,
            "criminal" => r.criminal,
            "transfer" => !r.transfers.is_empty(),
            _ => false,
        },
        Filter::Transfer(c) => {
            if c == "any" {
                !r.transfers.is_empty()
            } else {
                r.transfers.iter().any(|t| t == c)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::load::load;

    fn sample() -> SearchIndex {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("registry");
        SearchIndex::new(&load(&root).expect("load").register)
    }

    fn activity_name(idx: &SearchIndex, h: &Hit) -> String {
        let r = idx
            .records
            .iter()
            .find(|r| r.org == h.org && r.activity == h.activity)
            .expect("record");
        r.fields
            .iter()
            .find(|f| f.path == "name")
            .map(|f| f.text.clone())
            .unwrap_or_default()
    }

    #[test]
    fn references_are_not_searched() {
        assert!(is_reference("retention[0].categories[8]"));
        assert!(is_reference("legal_bases[0].purposes[1]"));
        assert!(is_reference("recipients[2].recipient"));
        assert!(!is_reference("purposes[0].text"));
        assert!(!is_reference("data_categories[1].name"));
    }

    #[test]
    fn parses_filters() {
        let q = Query::parse("org:da løn has:cpr status:draft transfer:us x:y");
        assert_eq!(q.terms, "løn x:y");
        assert_eq!(
            q.filters,
            vec![
                Filter::Org("da".into()),
                Filter::Has("cpr".into()),
                Filter::Status("draft".into()),
                Filter::Transfer("us".into()),
            ]
        );
    }

    #[test]
    fn folding_keeps_original_indices() {
        let (f, map) = fold_with_map("Løn");
        assert_eq!(f, "loen");
        assert_eq!(map, vec![0, 1, 1, 2]);
    }

    #[test]
    fn barsel_finds_da_barsel_first() {
        let idx = sample();
        let hits = idx.search("barsel", 20);
        assert!(!hits.is_empty());
        assert!(
            activity_name(&idx, &hits[0]).contains("DA Barsel"),
            "{hits:?}"
        );
    }

    #[test]
    fn typing_ae_oe_aa_finds_the_danish_letters() {
        let idx = sample();
        let hits = idx.search("5 aar efter", 20);
        let h = hits
            .iter()
            .find(|h| h.field == "Retention")
            .expect("a retention hit");
        assert!(h.text.contains("5 år efter"), "{h:?}");
        // Highlighted characters are indices into the original text.
        let chars: Vec<char> = h.text.chars().collect();
        assert!(h.indices.iter().all(|&i| i < chars.len()));
        assert!(h.indices.iter().any(|&i| chars[i] == 'å'));
        assert!(!idx.search("søgetermer", 5).is_empty());
        assert!(!idx.search("soegetermer", 5).is_empty());
    }

    #[test]
    fn recipients_are_searchable_by_name() {
        let idx = sample();
        let hits = idx.search("netcompany", 20);
        assert!(
            hits.iter()
                .any(|h| h.activity.is_some() && h.field == "Recipients"),
            "{hits:?}"
        );
    }

    #[test]
    fn zoom_finds_djoef() {
        let idx = sample();
        let hits = idx.search("zoom", 5);
        assert!(hits.iter().all(|h| h.org == 2), "{hits:?}");
    }

    #[test]
    fn filters_narrow() {
        let idx = sample();
        let hits = idx.search("has:cpr org:digst", 50);
        assert_eq!(hits.len(), 2, "{hits:?}");
        assert!(hits.iter().all(|h| h.org == 1));
        assert!(idx.search("transfer:us", 50).is_empty());
        assert_eq!(idx.search("has:special org:jupiter", 50).len(), 1);
        assert_eq!(idx.search("status:draft", 100).len(), 16);
        assert!(idx.search("status:approved", 100).is_empty());
    }
}
