//! Records from tables: the organisation from the block above the table,
//! one activity per row. Every cell's destination is recorded for the
//! report, and every field's cell for locating validation findings.

use std::collections::HashMap;

use super::cells::{
    self, art6_made, art9_made, bases, data_kind, date, kind_label, mechanism, mechanism_label,
    status,
};
use super::layout::{Layout, Table, Target, fold};
use super::orgblock::{
    EMAIL, PHONE, contact_field, fill_contact, is_public, merge, org_field, role, role_field,
};
use super::say::{Msg, MsgArg, inner, listed, num, say};
use super::{Kind, Loc, Options, Problem, Sheet, Workbook, exported, text};
use crate::register::export::labels::{Labels, is_phrase, strip_phrase};
use crate::register::format::to_canonical;
use crate::register::lang::{Arg, Lang, tr_args};
use crate::register::load::{ACTIVITIES_DIR, ORGANISATION_FILE, Register};
use crate::register::model::{
    Activity, ActivityRole, Art6, AutomatedDecisions, Consent, Contact, DataCategory, DataKind,
    DataSubject, Dpia, DpiaStatus, Dpo, LegalBasis, Mechanism, OrgKind, OrgNumber, OrgRole,
    Organisation, Purpose, Recipient, RecipientKind, RecipientUse, Retention, RetentionRule,
    SubProcessors, Transfer,
};
use crate::register::slug::slug_from_name;
use crate::register::validate::checks::is_slug;
use crate::register::validate::countries;

/// Where a cell went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Went {
    /// Into a field of a record (register path), with what was made of it.
    Field {
        /// Register path of the record.
        path: String,
        /// The field.
        field: String,
        /// What was made of the text ("2 purposes", "Art. 6(1)(b)"), in
        /// parts the report joins with `; `.
        detail: Vec<Msg>,
    },
    /// Into the notes of a record, under the cell's heading or label.
    Notes {
        /// Register path of the record.
        path: String,
    },
    /// Empty: nothing to import.
    Empty,
    /// Not imported: the column map says so.
    Ignored,
    /// Not imported: the organisation is the register's already, and its
    /// file is kept as the register has it (with what the register and the
    /// file say, when they differ).
    Kept {
        /// "same as the register", or "kept the register's …; the file
        /// says …".
        detail: Msg,
    },
    /// A row of a flat table (one row per activity, the organisation's
    /// columns repeated): its organisation's columns say what the
    /// organisation's first row said, which the report gives once, there.
    AsOrganisation {
        /// The row (1-based) the organisation's facts were read from.
        row: usize,
        /// The first and last of the organisation's columns (1-based).
        cols: (usize, usize),
    },
}

/// One cell of the file and where it went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placement {
    /// The cell.
    pub loc: Loc,
    /// The record the cell belongs to (register path).
    pub record: String,
    /// Where its text went.
    pub went: Went,
}

/// The records an import makes, ready for the transaction.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// The file, as named.
    pub file: String,
    /// What kind of file it is.
    pub kind: Kind,
    /// The organisations made.
    pub organisations: Vec<Organisation>,
    /// The activities made, with their organisation's id.
    pub activities: Vec<(String, Activity)>,
    /// Register paths and their canonical text.
    pub files: Vec<(String, Vec<u8>)>,
    /// The commit message.
    pub message: String,
    /// Each table read: sheet, layout and header row (1-based).
    pub tables: Vec<(String, Layout, usize)>,
    /// Sheets not read (no table of a known layout, or hidden), each a line
    /// of the report saying which and why.
    pub skipped: Vec<Msg>,
    /// Every cell and where it went, in the file's order.
    pub placements: Vec<Placement>,
    /// Which cell each field came from: register path, field path, cell.
    pub(super) origins: Vec<(String, String, Loc)>,
    /// The organisations of the register the activities were added to,
    /// by id.
    pub added_to: Vec<String>,
}

/// The records of every table. Problems are gathered over all tables.
pub fn build(
    book: &Workbook,
    tables: &[(&Sheet, Table)],
    skipped: &[Msg],
    reg: &Register,
    opts: &Options,
) -> Result<Imported, Vec<Problem>> {
    let mut b = Builder {
        book,
        reg,
        opts,
        problems: Vec::new(),
        orgs: Vec::new(),
        activities: Vec::new(),
        placements: Vec::new(),
        origins: Vec::new(),
        seen: HashMap::new(),
        last_org: None,
        flat_first: None,
    };
    for (sheet, table) in tables {
        b.table(sheet, table);
    }
    if !b.problems.is_empty() {
        return Err(b.problems);
    }
    let mut files = Vec::new();
    let canonical = |v: Result<String, ron::Error>| {
        v.map(String::into_bytes).map_err(|e| {
            vec![Problem::file(
                say("import-cannot-write").arg("text", e.to_string()),
            )]
        })
    };
    for o in &b.orgs {
        match &o.existing {
            Some((_, before)) if *before == o.org => {}
            Some((folder, _)) => files.push((org_path(folder), canonical(to_canonical(&o.org))?)),
            None => files.push((org_path(&o.org.id), canonical(to_canonical(&o.org))?)),
        }
    }
    for (org, a, _) in &b.activities {
        files.push((
            activity_path(&b.folder(org), &a.id),
            canonical(to_canonical(a))?,
        ));
    }
    let added_to = b
        .orgs
        .iter()
        .filter(|o| o.existing.is_some())
        .map(|o| o.org.id.clone())
        .collect();
    let message = message(book, &b.orgs, b.activities.len());
    Ok(Imported {
        file: book.file.clone(),
        kind: book.kind,
        organisations: b.orgs.iter().map(|o| o.org.clone()).collect(),
        activities: b
            .activities
            .iter()
            .map(|(o, a, _)| (o.clone(), a.clone()))
            .collect(),
        files,
        message,
        tables: tables
            .iter()
            .map(|(s, t)| (s.name.clone(), t.layout, t.header + 1))
            .collect(),
        skipped: skipped.to_vec(),
        placements: b.placements,
        origins: b.origins,
        added_to,
    })
}

impl Builder<'_> {
    /// The folder of organisation `org_id`'s files: the register's folder
    /// for an organisation it has, else the id.
    fn folder(&self, org_id: &str) -> String {
        self.orgs
            .iter()
            .find(|o| o.org.id == org_id)
            .and_then(|o| o.existing.as_ref())
            .map(|(folder, _)| folder.clone())
            .unwrap_or_else(|| org_id.to_string())
    }
}

/// What became of a field of the organisation block when the register has
/// the organisation: the same as the register's, or the register's kept
/// and what the file says.
fn kept(reg: &Organisation, file: &Organisation, field: &str) -> Msg {
    let top = field.split(['.', '[']).next().unwrap_or(field);
    let text = |o: &Organisation, lb: Labels| -> Option<String> {
        match top {
            "name" => Some(o.name.clone()),
            "address" => o.address.clone(),
            "email" => o.email.clone(),
            "phone" => o.phone.clone(),
            "website" => o.website.clone(),
            "country" => Some(o.country.clone()),
            "org_number" => o.org_number.as_ref().map(|n| lb.org_number(n)),
            "dpo" => o.dpo.as_ref().map(|d| lb.dpo(d)),
            "representative" => o.representative.as_ref().map(|c| lb.contact(c)),
            "role" => Some(lb.org_role(o.role)),
            "contacts" => Some(
                o.contacts
                    .iter()
                    .map(|c| lb.contact(c))
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
            _ => None,
        }
    };
    let en = Labels::new(Lang::En);
    match (text(reg, en), text(file, en)) {
        (Some(r), Some(f)) if r == f => say("import-kept-same"),
        (_, Some(_)) => say("import-kept-register")
            .arg("field", super::report::field_arg(top))
            .arg(
                "value",
                MsgArg::each(|l| text(reg, Labels::new(l)).unwrap_or_default()),
            )
            .arg(
                "text",
                MsgArg::each(|l| text(file, Labels::new(l)).unwrap_or_default()),
            ),
        (_, None) => say("import-kept-not-added"),
    }
}

fn org_path(org: &str) -> String {
    format!("{org}/{ORGANISATION_FILE}")
}

fn activity_path(org: &str, id: &str) -> String {
    format!("{org}/{ACTIVITIES_DIR}/{id}.ron")
}

/// The lines of a cell that names the organisation with its details:
/// the name first, then each line as what it is — a labelled line by its
/// label ("CVR: 29189676"), an e-mail address, a telephone number, an
/// org number — and the other lines together as the address.
fn split_identity(value: &str) -> Vec<(&'static str, String)> {
    let lines = text::lines(value);
    let mut out = Vec::new();
    let mut address = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if i == 0 {
            out.push(("name", line.clone()));
            continue;
        }
        if let Some((l, v)) = line.split_once(':')
            && let Some(f) = org_field(l)
            && !v.trim().is_empty()
        {
            out.push((f, v.trim().to_string()));
            continue;
        }
        let digits: String = line.chars().filter(char::is_ascii_digit).collect();
        let folded = fold(line);
        if EMAIL
            .find(line)
            .is_some_and(|m| m.as_str().len() + 2 >= line.len())
        {
            out.push(("email", line.clone()));
        } else if ["cvr", "org.nr", "orgnr", "org. nr", "organisasjonsnummer"]
            .iter()
            .any(|w| folded.starts_with(w))
        {
            out.push(("org_number", line.clone()));
        } else if PHONE.is_match(line) && digits.len() + 6 >= line.chars().count() {
            out.push(("phone", line.clone()));
        } else {
            address.push(line.clone());
        }
    }
    if !address.is_empty() {
        out.push(("address", address.join(", ")));
    }
    out
}

/// The commit message: what was imported from where.
fn message(book: &Workbook, orgs: &[OrgBuilt], activities: usize) -> String {
    let file = std::path::Path::new(&book.file)
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_else(|| book.file.clone());
    let names: Vec<&str> = orgs.iter().map(|o| o.org.name.as_str()).collect();
    let mut m = format!(
        "Import {activities} activit{} of {} from {file}",
        if activities == 1 { "y" } else { "ies" },
        names.join(", ")
    );
    m.push_str(
        "\n\nRead as written in the file: the activities are drafts to review;\n\
         text without a field of its own is kept in notes.\n",
    );
    for o in orgs {
        m.push_str(&format!(
            "\n{}/: {} ({} activit{})",
            o.org.id,
            o.org.name,
            o.count,
            if o.count == 1 { "y" } else { "ies" }
        ));
    }
    m.push('\n');
    m
}

struct OrgBuilt {
    org: Organisation,
    count: usize,
    /// For an organisation the register has already: its folder and its
    /// record as the register has it. Its file is written only when the
    /// activities need a recipient it does not define yet.
    existing: Option<(String, Organisation)>,
}

struct Builder<'a> {
    book: &'a Workbook,
    reg: &'a Register,
    opts: &'a Options,
    problems: Vec<Problem>,
    orgs: Vec<OrgBuilt>,
    /// Activities: organisation id, record, the cell of its name.
    activities: Vec<(String, Activity, Loc)>,
    placements: Vec<Placement>,
    origins: Vec<(String, String, Loc)>,
    /// The cell a name was first seen in, by organisation id.
    seen: HashMap<String, Loc>,
    /// The organisation of the previous table: its name, cell and id.
    last_org: Option<(String, Loc, String)>,
    /// In a flat table, the row the current organisation's facts were
    /// read from.
    flat_first: Option<usize>,
}

/// The facts of the organisation block.
#[derive(Default)]
struct Block {
    name: Option<(String, Loc)>,
    /// (field, value, cell) in order.
    facts: Vec<(&'static str, String, Loc, String)>,
    first: Option<Loc>,
}

impl Builder<'_> {
    /// Text the import writes into a record, in the register's language
    /// (`import-note-*` in the catalogue).
    fn note_text(&self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        tr_args(self.opts.lang, key, args)
    }

    fn table(&mut self, sheet: &Sheet, table: &Table) {
        let above = self.block(sheet, table.header);
        let flat: Vec<(usize, String)> = table
            .columns
            .iter()
            .filter(|c| c.target == Target::Organisation)
            .map(|c| (c.col, c.heading.clone()))
            .collect();
        let rows: Vec<usize> = (table.header + 1..sheet.rows.len())
            .filter(|r| !sheet.row_is_empty(*r))
            .collect();
        // The header row again: a second table under the first, most
        // often another organisation's with its block above it. Its rows
        // would be read as activities of the first; it is refused where
        // it is instead.
        if table.columns.len() > 1
            && let Some(&again) = rows.iter().find(|&&r| {
                table
                    .columns
                    .iter()
                    .all(|c| fold(sheet.cell(r, c.col)) == fold(&c.heading))
            })
        {
            self.problems.push(Problem::at(
                Loc::new(&sheet.name, again, None),
                say("import-header-again").arg("row", num(table.header + 1)),
            ));
            return;
        }
        if flat.is_empty() || above.name.is_some() {
            self.part(sheet, table, above, &rows);
            return;
        }
        // A flat table (an export's CSV): the organisation's facts lead
        // each row, and the rows of one organisation run together. Its
        // facts are read from its first row; a row without a name goes on
        // with the organisation before it.
        let name_col = flat
            .iter()
            .find(|(_, h)| org_field(h) == Some("name"))
            .map(|(c, _)| *c);
        let mut runs: Vec<(String, Vec<usize>)> = Vec::new();
        for r in rows {
            let key = name_col
                .map(|c| sheet.cell(r, c).trim().to_string())
                .unwrap_or_default();
            match runs.last_mut() {
                Some((k, rs)) if key.is_empty() || *k == key => rs.push(r),
                _ => runs.push((key, vec![r])),
            }
        }
        if runs.is_empty() {
            self.part(sheet, table, above, &[]);
            return;
        }
        for (_, rs) in runs {
            let first = rs[0];
            let pairs = flat
                .iter()
                .filter(|(c, _)| !sheet.cell(first, *c).trim().is_empty())
                .map(|(c, h)| {
                    let label = h.split_whitespace().collect::<Vec<_>>().join(" ");
                    (
                        label.clone(),
                        sheet.cell(first, *c).trim().to_string(),
                        Loc::new(&sheet.name, first, Some(*c)).headed(h),
                        None,
                    )
                })
                .collect();
            let mut block = Block {
                name: None,
                facts: above.facts.clone(),
                first: None,
            };
            read_pairs(&mut block, pairs);
            self.flat_first = Some(first);
            self.part(sheet, table, block, &rs);
            self.flat_first = None;
        }
    }

    /// The records of one organisation's block and its rows of `table`.
    fn part(&mut self, sheet: &Sheet, table: &Table, mut block: Block, rows: &[usize]) {
        // A Word document names its organisation once, above its first
        // table; later tables (one per area) belong to it too.
        let inherited = block.name.is_none() && self.book.kind == Kind::Docx;
        if inherited {
            block.name = self.last_org.clone().map(|(name, loc, _)| (name, loc));
        }
        let Some((name, name_loc)) = block.name.clone() else {
            let at = block
                .first
                .clone()
                .unwrap_or_else(|| Loc::new(&sheet.name, table.header, None));
            self.problems.push(Problem::at(
                at,
                say(match table.layout {
                    Layout::Norwegian => "import-no-organisation-nb",
                    Layout::Ico => "import-no-organisation-ico",
                    _ => "import-no-organisation-da",
                }),
            ));
            return;
        };
        // An id the block gives (an export writes one) is kept.
        let given = block.facts.iter().find(|(f, ..)| *f == "id");
        let org_id = match given {
            None if inherited => self
                .last_org
                .clone()
                .map(|(_, _, id)| id)
                .unwrap_or_default(),
            Some((_, v, _, _)) if is_slug(v.trim()) => v.trim().to_string(),
            Some((_, v, loc, _)) => {
                self.problems.push(Problem::at(
                    loc.clone(),
                    say("import-org-id-not-slug").arg("id", v.as_str()),
                ));
                return;
            }
            None => slug_from_name(&name),
        };
        // `--org ID`: the file's activities go to that organisation.
        let org_id = self.opts.org.clone().unwrap_or(org_id);
        self.last_org = Some((name.clone(), name_loc.clone(), org_id.clone()));
        if org_id.is_empty() {
            self.problems
                .push(Problem::at(name_loc, say("import-org-name-no-id")));
            return;
        }
        let existing = self.reg.organisations.iter().find(|o| o.org.id == org_id);
        if existing.is_none()
            && let Some(id) = &self.opts.org
        {
            self.problems.push(Problem::at(
                name_loc,
                say("import-no-such-org").arg("id", id.as_str()).arg(
                    "known",
                    self.reg
                        .organisations
                        .iter()
                        .map(|e| e.org.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                        .as_str(),
                ),
            ));
            return;
        }
        if let Some(entry) = existing {
            // A second file of an organisation the register has (one Word
            // document per area): its activities are added, its file is
            // kept as it is, and where the file's block says otherwise the
            // report says so.
            let folder = entry
                .file
                .path
                .split('/')
                .next()
                .unwrap_or(&org_id)
                .to_string();
            let before = self.placements.len();
            let file_org = self.organisation(sheet, table, &org_id, &name, &name_loc, &block);
            let path = org_path(&folder);
            for p in &mut self.placements[before..] {
                let field = match &p.went {
                    Went::Field { field, .. } => field.clone(),
                    _ => "notes".to_string(),
                };
                p.record = path.clone();
                p.went = Went::Kept {
                    detail: kept(&entry.org, &file_org, &field),
                };
            }
            // The fields found in the block point at the register's file.
            for o in &mut self.origins {
                if o.0 == org_path(&org_id) {
                    o.0 = path.clone();
                }
            }
            if !self.orgs.iter().any(|o| o.org.id == org_id) {
                self.orgs.push(OrgBuilt {
                    org: entry.org.clone(),
                    count: 0,
                    existing: Some((folder, entry.org.clone())),
                });
            }
            for &r in rows {
                self.row(sheet, table, &org_id, r);
            }
            return;
        }
        let path = org_path(&org_id);
        let org = self.organisation(sheet, table, &org_id, &name, &name_loc, &block);
        if org.country.is_empty() {
            self.problems.push(Problem::at(
                block.first.clone().unwrap_or_else(|| name_loc.clone()),
                say("import-no-country"),
            ));
        }
        let fallback = block.first.clone().unwrap_or_else(|| name_loc.clone());
        self.origins.push((path.clone(), String::new(), fallback));
        match self.orgs.iter_mut().find(|o| o.org.id == org_id) {
            Some(existing) => merge(&mut existing.org, org),
            None => self.orgs.push(OrgBuilt {
                org,
                count: 0,
                existing: None,
            }),
        }
        for &r in rows {
            self.row(sheet, table, &org_id, r);
        }
    }

    /// Reads the organisation block: the preamble and the rows above the
    /// header row.
    fn block(&mut self, sheet: &Sheet, header: usize) -> Block {
        let mut block = Block::default();
        let mut pairs: Vec<(String, String, Loc, Option<&'static str>)> = Vec::new();
        for line in &sheet.preamble {
            let loc = Loc::new(&sheet.name, 0, None).headed(line.split(':').next().unwrap_or(""));
            let mut loc = loc;
            loc.row = 0;
            match line.split_once(':') {
                Some((l, v)) => pairs.push((l.trim().into(), v.trim().into(), loc, None)),
                None => pairs.push((String::new(), line.trim().into(), loc, None)),
            }
        }
        // A small table of contact details, as the ICO template has: a
        // row of headings (Name, Address, Email, Telephone) and a row per
        // role (Controller, Data Protection Officer, Representative).
        let mut mini: Option<Vec<(usize, &'static str)>> = None;
        let mut mini_row = 0;
        for r in 0..header {
            let cells: Vec<(usize, &str)> = sheet.rows[r]
                .iter()
                .enumerate()
                .map(|(c, t)| (c, t.trim()))
                .filter(|(_, t)| !t.is_empty())
                .collect();
            if cells.is_empty() {
                continue;
            }
            let heads: Vec<(usize, &'static str)> = cells
                .iter()
                .filter_map(|(c, t)| contact_field(t).map(|f| (*c, f)))
                .collect();
            if heads.len() >= 2 {
                mini = Some(heads);
                mini_row = r;
                continue;
            }
            let (c0, label) = cells[0];
            if let (Some(cols), Some(role)) = (&mini, role(label)) {
                for (c, t) in cells.iter().skip(1) {
                    let field = cols.iter().find(|(hc, _)| hc == c).map(|(_, f)| *f);
                    let head = sheet.cell(mini_row, *c);
                    let loc =
                        Loc::new(&sheet.name, r, Some(*c)).headed(&format!("{label}: {head}"));
                    match field {
                        Some(f) => pairs.push((
                            label.into(),
                            t.to_string(),
                            loc,
                            Some(role_field(role, f)),
                        )),
                        None => pairs.push((label.into(), t.to_string(), loc, None)),
                    }
                }
                continue;
            }
            // Headings and values side by side ("Org number | 1234 |
            // Country | DK"), as the ICO layout's export writes the rest
            // of its contact block: each heading of the block's, each
            // value in the cell to its right.
            let side_by_side = cells.len() >= 4
                && cells.len().is_multiple_of(2)
                && cells.chunks(2).all(|p| {
                    p[1].0 == p[0].0 + 1 && org_field(p[0].1.trim_end_matches(':')).is_some()
                });
            if side_by_side {
                for p in cells.chunks(2) {
                    let label = p[0].1.trim_end_matches(':');
                    pairs.push((
                        label.into(),
                        p[1].1.to_string(),
                        Loc::new(&sheet.name, r, Some(p[1].0)).headed(label),
                        None,
                    ));
                }
                continue;
            }
            if cells.len() == 1 {
                let loc = Loc::new(&sheet.name, r, Some(c0));
                match label.split_once(':') {
                    Some((l, v)) if !v.trim().is_empty() => {
                        pairs.push((l.trim().into(), v.trim().into(), loc.headed(l), None))
                    }
                    _ => pairs.push((String::new(), label.into(), loc, None)),
                }
            } else {
                let (c1, _) = cells[1];
                let value: Vec<&str> = cells[1..].iter().map(|(_, t)| *t).collect();
                let label = label.trim_end_matches(':');
                pairs.push((
                    label.into(),
                    value.join("\n"),
                    Loc::new(&sheet.name, r, Some(c1)).headed(label),
                    None,
                ));
            }
        }
        read_pairs(&mut block, pairs);
        block
    }

    fn organisation(
        &mut self,
        sheet: &Sheet,
        table: &Table,
        id: &str,
        name: &str,
        name_loc: &Loc,
        block: &Block,
    ) -> Organisation {
        let path = org_path(id);
        let mut country = self
            .opts
            .map
            .as_ref()
            .and_then(|m| m.country.clone())
            .or_else(|| table.layout.country().map(str::to_string));
        for (field, value, _, _) in &block.facts {
            if *field == "country" {
                country = Some(
                    countries::suggest(value)
                        .map(str::to_string)
                        .unwrap_or_else(|| value.clone()),
                );
            }
        }
        let country = country.unwrap_or_default();
        let public = is_public(name);
        let mut org = Organisation {
            review_interval_months: None,
            id: id.to_string(),
            name: name.to_string(),
            role: OrgRole::Controller,
            kind: if public {
                OrgKind::PublicAuthority
            } else {
                OrgKind::Company
            },
            country: country.clone(),
            org_number: None,
            address: None,
            email: None,
            phone: None,
            website: None,
            contacts: Vec::new(),
            dpo: None,
            representative: None,
            art3_2_applies: false,
            art27_2_exemption: None,
            joint_controllers: Vec::new(),
            recipients: Vec::new(),
            systems: Vec::new(),
            security_measures: None,
            security_ref: None,
            data_subject_rights: None,
            sources: vec![self.note_text(
                match self.book.kind {
                    Kind::Csv => "import-note-source-csv",
                    Kind::Docx => "import-note-source-table",
                    Kind::Xlsx => "import-note-source-sheet",
                },
                &[
                    ("file", self.opts.source_name.clone().into()),
                    ("sheet", sheet.name.clone().into()),
                ],
            )],
            not_stated: Vec::new(),
            acknowledgements: Vec::new(),
            notes: None,
        };
        let mut notes = Vec::new();
        // The kind the name suggests is said at the name, unless the
        // role cell states the kind.
        let mut guessed_at: Option<usize> = None;
        let mut kind_stated = false;
        for (field, value, loc, label) in &block.facts {
            let mut detail: Vec<Msg> = Vec::new();
            let mut into = field.to_string();
            match *field {
                "name" => {
                    if loc != name_loc && value != name {
                        notes.push(note(label, value));
                        into = "notes".into();
                    } else if public {
                        detail = vec![say("import-detail-public-authority")];
                        guessed_at = Some(self.placements.len());
                    }
                }
                "address" => org.address = Some(value.clone()),
                "email" => {
                    // "Kontakt (e-mail, hjemmeside)": the address, and a
                    // web site beside it.
                    let (email, rest) = match EMAIL.find(value) {
                        Some(m) => (
                            m.as_str().to_string(),
                            value
                                .replace(m.as_str(), " ")
                                .trim_matches([' ', ',', ';'])
                                .to_string(),
                        ),
                        None => (value.clone(), String::new()),
                    };
                    org.email = Some(email);
                    // The export writes the web site as "Hjemmeside: …"
                    // ("Nettsted: …", "Website: …") and other contacts as
                    // "Anden kontakt: …", a line each.
                    let own = rest.lines().filter(|l| !l.trim().is_empty()).all(|l| {
                        strip_phrase("export-website", l.trim()).is_some()
                            || strip_phrase("export-other-contact", l.trim()).is_some()
                    });
                    if own && !rest.trim().is_empty() {
                        for line in rest.lines() {
                            if let Some(w) = strip_phrase("export-website", line.trim()) {
                                org.website = Some(w.to_string());
                            } else if let Some(c) =
                                strip_phrase("export-other-contact", line.trim())
                            {
                                let mut contact = Contact::default();
                                fill_contact(&mut contact, "", c);
                                org.contacts.push(contact);
                            }
                        }
                        detail = vec![say("import-detail-website-contacts")];
                    } else if rest.starts_with("http") || rest.starts_with("www") {
                        org.website = Some(rest);
                        detail = vec![say("import-detail-website")];
                    } else if !rest.is_empty() {
                        notes.push(note(label, &rest));
                        detail = vec![say("import-detail-rest-in-notes")];
                    }
                }
                "id" => detail = vec![say("import-detail-org-id")],
                // The export's role cell: the role, and the kind after the
                // dash.
                "role" if exported::org_role(value).is_some() => {
                    if let Some((r, k)) = exported::org_role(value) {
                        org.role = r;
                        if let Some(k) = k {
                            org.kind = k;
                            kind_stated = true;
                            detail =
                                vec![say("import-detail-kind-of-org").arg(
                                    "kind",
                                    MsgArg::labelled(|lb| lb.org_kind(k).to_lowercase()),
                                )];
                        }
                    }
                }
                "role" => match fold(value).as_str() {
                    "dataansvarlig" | "behandlingsansvarlig" | "controller" => {
                        org.role = OrgRole::Controller
                    }
                    "databehandler" | "processor" => org.role = OrgRole::Processor,
                    "dataansvarlig og databehandler"
                    | "behandlingsansvarlig og databehandler"
                    | "controller and processor" => org.role = OrgRole::ControllerAndProcessor,
                    _ => {
                        notes.push(note(label, value));
                        into = "notes".into();
                    }
                },
                "phone" => org.phone = Some(value.clone()),
                "website" => org.website = Some(value.clone()),
                "review_interval_months" => match months(value) {
                    Some(m) => org.review_interval_months = Some(m),
                    None => {
                        notes.push(note(label, value));
                        into = "notes".into();
                    }
                },
                "country" => detail = vec![say("import-as-written").arg("text", country.as_str())],
                "org_number" => {
                    let digits: String = value.chars().filter(char::is_ascii_digit).collect();
                    org.org_number = Some(match country.as_str() {
                        // No number in the cell ("ikke oplyst (…)", as the
                        // export writes a known gap): not stated, its words
                        // kept.
                        _ if digits.is_empty() => OrgNumber::NotStated {
                            note: Some(value.clone()),
                        },
                        "DK" => OrgNumber::Cvr(digits),
                        "NO" => OrgNumber::NoOrgnr(digits),
                        _ => OrgNumber::Other {
                            scheme: label.clone(),
                            value: value.clone(),
                        },
                    });
                }
                "dpo" | "dpo.name" | "dpo.address" | "dpo.email" | "dpo.phone" | "dpo.other" => {
                    let dpo = org.dpo.get_or_insert_with(|| Dpo {
                        designated: true,
                        contact: Contact::default(),
                    });
                    fill_contact(
                        &mut dpo.contact,
                        field.strip_prefix("dpo.").unwrap_or(""),
                        value,
                    );
                    into = "dpo".into();
                }
                "representative"
                    if value.lines().any(|l| {
                        is_phrase("export-art3-2", l)
                            || strip_phrase("export-art27-2", l.trim()).is_some()
                    }) =>
                {
                    // The export's representative cell: the contact, then
                    // whether Art. 3(2) applies and the Art. 27(2)
                    // exemption, each on a line of its own.
                    let mut rest = Vec::new();
                    for line in value.lines() {
                        if is_phrase("export-art3-2", line) {
                            org.art3_2_applies = true;
                        } else if let Some(e) = strip_phrase("export-art27-2", line.trim()) {
                            org.art27_2_exemption = Some(e.to_string());
                        } else {
                            rest.push(line);
                        }
                    }
                    let rest = rest.join("\n");
                    if !rest.trim().is_empty() {
                        let rep = org.representative.get_or_insert_with(Contact::default);
                        fill_contact(rep, "", &rest);
                    }
                    into = "representative".into();
                }
                "representative"
                | "representative.name"
                | "representative.address"
                | "representative.email"
                | "representative.phone"
                | "representative.other" => {
                    let rep = org.representative.get_or_insert_with(Contact::default);
                    fill_contact(
                        rep,
                        field.strip_prefix("representative.").unwrap_or(""),
                        value,
                    );
                    into = "representative".into();
                }
                "controller.address" => org.address = Some(value.clone()),
                "controller.email" => org.email = Some(value.clone()),
                "controller.phone" => org.phone = Some(value.clone()),
                "controller.name" => {
                    if value != name {
                        notes.push(note(label, value));
                        into = "notes".into();
                    } else {
                        into = "name".into();
                    }
                }
                "contact" => {
                    let mut c = Contact::default();
                    fill_contact(&mut c, "", value);
                    org.contacts.push(c);
                    into = format!("contacts[{}]", org.contacts.len() - 1);
                }
                _ => {
                    notes.push(note(label, value));
                    into = "notes".into();
                }
            }
            let into = into
                .strip_prefix("controller.")
                .unwrap_or(&into)
                .to_string();
            self.origins.push((path.clone(), into.clone(), loc.clone()));
            self.placements.push(Placement {
                loc: loc.clone(),
                record: path.clone(),
                went: if into == "notes" {
                    Went::Notes { path: path.clone() }
                } else {
                    Went::Field {
                        path: path.clone(),
                        field: into,
                        detail,
                    }
                },
            });
        }
        if kind_stated
            && let Some(Placement {
                went: Went::Field { detail, .. },
                ..
            }) = guessed_at.and_then(|i| self.placements.get_mut(i))
        {
            detail.clear();
        }
        if org.org_number.is_none() {
            // The sheet is the source, and it does not state the number:
            // the known-gap value the model has for it (a warning).
            org.org_number = Some(OrgNumber::NotStated {
                note: Some(self.note_text(
                    "import-note-org-number-not-stated",
                    &[("file", self.opts.source_name.clone().into())],
                )),
            });
        }
        if !notes.is_empty() {
            org.notes = Some(notes.join("\n"));
        }
        org
    }

    fn row(&mut self, sheet: &Sheet, table: &Table, org_id: &str, r: usize) {
        let name_col = table
            .column(Target::Name)
            .or_else(|| table.column(Target::Purposes));
        let Some(name_col) = name_col else { return };
        let name_loc = Loc::new(&sheet.name, r, Some(name_col.col)).headed(&name_col.heading);
        let name = match name_col.target {
            Target::Name => sheet.cell(r, name_col.col).trim().to_string(),
            _ => text::lines(sheet.cell(r, name_col.col))
                .first()
                .cloned()
                .unwrap_or_default(),
        };
        if name.is_empty() {
            self.problems
                .push(Problem::at(name_loc, say("import-row-no-name")));
            return;
        }
        let given = table
            .column(Target::Id)
            .map(|c| (c, sheet.cell(r, c.col).trim().to_string()))
            .filter(|(_, v)| !v.is_empty());
        let mut id = match &given {
            Some((_, v)) if is_slug(v) => v.clone(),
            Some((c, v)) => {
                self.problems.push(Problem::at(
                    Loc::new(&sheet.name, r, Some(c.col)).headed(&c.heading),
                    say("import-activity-id-not-slug").arg("id", v.as_str()),
                ));
                return;
            }
            None => slug_from_name(&name),
        };
        if id.is_empty() {
            self.problems.push(Problem::at(
                name_loc,
                say("import-activity-name-no-id").arg("name", name.as_str()),
            ));
            return;
        }
        if let Some(entry) = self.reg.organisations.iter().find(|o| o.org.id == org_id) {
            if let Some(same) = entry
                .activities
                .iter()
                .find(|e| e.activity.name.trim() == name.trim())
            {
                self.problems.push(Problem::at(
                    name_loc,
                    say("import-activity-exists")
                        .arg("org", org_id)
                        .arg("name", name.as_str())
                        .arg("path", same.file.path.as_str()),
                ));
                return;
            }
            // An id the organisation has already, for an activity of
            // another name: the next free `-2`, `-3`….
            let taken: Vec<String> = entry
                .activities
                .iter()
                .map(|e| e.activity.id.clone())
                .collect();
            if taken.contains(&id) {
                let seen: Vec<String> = self
                    .seen
                    .keys()
                    .filter_map(|k| k.strip_prefix(&format!("{org_id}/")).map(str::to_string))
                    .collect();
                id = unique(id, taken.iter().chain(seen.iter()));
            }
        }
        let key = format!("{org_id}/{id}");
        if let Some(first) = self.seen.get(&key) {
            let kind = self.book.kind;
            self.problems.push(Problem::at(
                name_loc,
                say("import-activity-id-twice")
                    .arg("id", id.as_str())
                    .arg("name", name.as_str())
                    .arg("place", MsgArg::each(|l| first.describe(kind, l))),
            ));
            return;
        }
        self.seen.insert(key, name_loc.clone());
        let path = activity_path(org_id, &id);
        // A processor's table (Art. 30(2)), as the export heads it: the
        // activities are processing on behalf of controllers.
        let processor = table.columns.iter().any(|c| {
            let h = fold(&c.heading);
            [
                "kategorier af behandling udført på vegne af",
                "kategorier av behandling utført på vegne av",
                "categories of processing carried out on behalf of",
            ]
            .iter()
            .any(|p| h.starts_with(p))
        });
        let mut a = Activity::draft(id.clone(), name.clone());
        if processor {
            a.role = ActivityRole::Processor;
        }
        self.origins
            .push((path.clone(), String::new(), name_loc.clone()));
        self.origins
            .push((path.clone(), "name".into(), name_loc.clone()));
        self.origins
            .push((path.clone(), "id".into(), name_loc.clone()));
        let mut notes: Vec<String> = Vec::new();
        let mut cells: Vec<(Loc, Went)> = Vec::new();
        let mut interest: Option<(String, Loc, String)> = None;
        let mut safeguards: Option<(String, Loc, String)> = None;
        let country = self
            .orgs
            .iter()
            .find(|o| o.org.id == org_id)
            .map(|o| o.org.country.clone())
            .unwrap_or_default();
        // In a flat table, the organisation's columns that say what its
        // first row says (or nothing) are reported once, at the
        // organisation: here one line names them.
        let mut as_org: Option<(usize, usize)> = None;
        for col in &table.columns {
            let raw = sheet.cell(r, col.col);
            let loc = Loc::new(&sheet.name, r, Some(col.col)).headed(&col.heading);
            let value = raw.trim();
            if col.target == Target::Organisation
                && let Some(first) = self.flat_first
                && (value.is_empty() || first == r || sheet.cell(first, col.col).trim() == value)
            {
                let c = col.col + 1;
                as_org = Some(as_org.map_or((c, c), |(a, b)| (a.min(c), b.max(c))));
                continue;
            }
            // Findings about a field point at its column, also when the
            // cell is empty (a missing value is fixed there).
            for f in fields_of(col.target) {
                self.origins
                    .push((path.clone(), f.to_string(), loc.clone()));
            }
            if value.is_empty() {
                cells.push((loc, Went::Empty));
                continue;
            }
            let field = |f: &str, d: Vec<Msg>| Went::Field {
                path: path.clone(),
                field: f.to_string(),
                detail: d,
            };
            let to_notes = |notes: &mut Vec<String>| {
                notes.push(note(&col.heading, value));
                Went::Notes { path: path.clone() }
            };
            let went = match col.target {
                Target::Name if std::ptr::eq(col, name_col) => {
                    field("name", vec![say("import-detail-id").arg("id", id.as_str())])
                }
                Target::Name => to_notes(&mut notes),
                Target::Id => field("id", Vec::new()),
                Target::NameEn => {
                    a.name_en = Some(value.to_string());
                    field("name_en", Vec::new())
                }
                Target::Status => match status(value) {
                    Some(s) => {
                        a.status = s;
                        field(
                            "status",
                            vec![say("import-as-written").arg(
                                "text",
                                MsgArg::word(format!("{s:?}").to_lowercase(), |lb| {
                                    lb.status(s).to_lowercase()
                                }),
                            )],
                        )
                    }
                    None => to_notes(&mut notes),
                },
                Target::Description => {
                    a.description = Some(value.to_string());
                    field("description", Vec::new())
                }
                // The export's consent column ("Samtykke"): its labelled
                // parts are the consent record.
                Target::Notes
                    if ["samtykke"].contains(&fold(&col.heading).as_str())
                        && exported::consent(value).is_some() =>
                {
                    a.consent = exported::consent(value);
                    self.origins
                        .push((path.clone(), "consent".into(), loc.clone()));
                    field("consent", Vec::new())
                }
                // The export's role cell: the activity's role, and the
                // whole cell in notes (the organisation's role and kind
                // are the block's).
                Target::Notes
                    if ["rolle", "role"].contains(&fold(&col.heading).as_str())
                        && exported::activity_role(value).is_some() =>
                {
                    if let Some(r) = exported::activity_role(value) {
                        a.role = r;
                    }
                    // A flat table has no block: the organisation's role
                    // and kind are read from here, for an organisation
                    // this import makes.
                    if let Some((role, kind)) = exported::org_role(value)
                        && let Some(o) = self
                            .orgs
                            .iter_mut()
                            .find(|o| o.org.id == org_id && o.existing.is_none())
                    {
                        o.org.role = role;
                        if let Some(k) = kind {
                            o.org.kind = k;
                        }
                    }
                    to_notes(&mut notes)
                }
                Target::BusinessFunction => {
                    a.business_function = Some(value.to_string());
                    field("business_function", Vec::new())
                }
                Target::LiaRef => {
                    a.lia_ref = Some(value.to_string());
                    field("lia_ref", Vec::new())
                }
                Target::RetentionPolicyRef => {
                    a.retention_policy_ref = Some(value.to_string());
                    field("retention_policy_ref", Vec::new())
                }
                Target::BreachRefs => {
                    a.breach_refs.extend(text::lines(value));
                    field("breach_refs", Vec::new())
                }
                Target::Notes => to_notes(&mut notes),
                // The organisation's facts are read from its first row
                // (above); a later row saying something else keeps it in
                // notes.
                Target::Organisation => to_notes(&mut notes),
                Target::Ignore => Went::Ignored,
                Target::Purposes => {
                    if let Some((description, purposes)) = exported::purposes(value) {
                        // The export's cell: its description and `[id] text`
                        // purposes, each of them over as many lines as
                        // written.
                        if description.is_some() {
                            a.description = description;
                        }
                        for (id, text, outside) in purposes {
                            let id = unique(id, a.purposes.iter().map(|p| &p.id));
                            a.purposes.push(Purpose {
                                id,
                                text,
                                outside_public_tasks: outside,
                            });
                        }
                    } else {
                        for line in text::lines(value) {
                            let n = a.purposes.len() + 1;
                            a.purposes.push(Purpose {
                                id: format!("p{n}"),
                                text: line,
                                outside_public_tasks: false,
                            });
                        }
                    }
                    self.origins
                        .push((path.clone(), "purposes".into(), loc.clone()));
                    field(
                        "purposes",
                        vec![count("import-count-purposes", a.purposes.len())],
                    )
                }
                Target::LegalBases | Target::SpecialConditions => {
                    // The export's own lines first: basis, law, text and
                    // purposes as it wrote them.
                    let mut rest = Vec::new();
                    let mut own = Vec::new();
                    for line in text::lines(value) {
                        if col.target == Target::LegalBases
                            && let Some(b) = exported::legal_basis(&line)
                        {
                            own.push(art6_made(b.article6));
                            a.legal_bases.push(b);
                        } else if col.target == Target::SpecialConditions
                            && let Some(c) = exported::special_condition(&line)
                        {
                            own.push(art9_made(c.article9));
                            a.special_conditions.push(c);
                        } else {
                            rest.push(line);
                        }
                    }
                    // The export's columns for criminal-offence and
                    // national-id bases cite Art. 6 and 9 in passing only.
                    let h = fold(&col.heading);
                    let dedicated = [
                        "strafbare forhold",
                        "cpr-nummer",
                        "straffedommer",
                        "fødselsnummer",
                        "criminal offence",
                        "national identification",
                        "data protection act 2018 schedule 1",
                    ]
                    .iter()
                    .any(|p| h.starts_with(p));
                    let split = table.column(Target::SpecialConditions).is_some();
                    let art6 = col.target == Target::LegalBases && !dedicated;
                    let art9 = col.target == Target::SpecialConditions || (!split && !dedicated);
                    let (mut made, kept) = bases(&mut a, &rest.join("\n"), &country, art6, art9);
                    own.append(&mut made);
                    let made = own;
                    for line in &kept {
                        notes.push(note(&col.heading, line));
                    }
                    for f in [
                        "legal_bases",
                        "special_conditions",
                        "national_id_bases",
                        "criminal_basis",
                    ] {
                        self.origins.push((path.clone(), f.into(), loc.clone()));
                    }
                    if made.is_empty() {
                        Went::Notes { path: path.clone() }
                    } else {
                        let mut d = vec![say("import-as-written").arg("text", listed(&made))];
                        if !kept.is_empty() {
                            d.push(say("import-detail-lines-in-notes").arg("n", kept.len()));
                        }
                        field("legal_bases", d)
                    }
                }
                Target::LegitimateInterest => {
                    interest = Some((value.to_string(), loc.clone(), col.heading.clone()));
                    continue;
                }
                Target::DataSubjects => {
                    for line in text::lines(value) {
                        let read = match exported::subject(&line) {
                            Some(s) => vec![s],
                            None => text::items(&line)
                                .into_iter()
                                .map(|i| (slug_or(&i, "registrerede"), i, false))
                                .collect(),
                        };
                        for (id, name, vulnerable) in read {
                            let id = unique(id, a.data_subjects.iter().map(|s| &s.id));
                            a.data_subjects.push(DataSubject {
                                id,
                                name,
                                vulnerable,
                            });
                        }
                    }
                    self.origins
                        .push((path.clone(), "data_subjects".into(), loc.clone()));
                    field(
                        "data_subjects",
                        vec![count("import-count-categories", a.data_subjects.len())],
                    )
                }
                Target::DataCategories => {
                    let mut kinds = Vec::new();
                    for line in text::lines(value) {
                        let read = match exported::category(&line) {
                            Some(c) => vec![c],
                            None => text::items(&line)
                                .into_iter()
                                .map(|i| {
                                    let kind = data_kind(&i, &country);
                                    (slug_or(&i, "oplysninger"), i, kind, false)
                                })
                                .collect(),
                        };
                        for (id, item, kind, published) in read {
                            let id = unique(id, a.data_categories.iter().map(|s| &s.id));
                            if kind != DataKind::Ordinary {
                                kinds.push(
                                    say("import-detail-kind")
                                        .arg("name", item.as_str())
                                        .arg("kind", inner(&kind_label(&kind))),
                                );
                            }
                            a.data_categories.push(DataCategory {
                                id,
                                name: item,
                                kind,
                                subjects: Vec::new(),
                                collected_from: None,
                                source: None,
                                published,
                            });
                        }
                    }
                    self.origins
                        .push((path.clone(), "data_categories".into(), loc.clone()));
                    let mut d = vec![count("import-count-categories", a.data_categories.len())];
                    if !kinds.is_empty() {
                        d.push(say("import-as-written").arg("text", listed(&kinds)));
                    }
                    field("data_categories", d)
                }
                Target::Recipients => {
                    self.origins
                        .push((path.clone(), "recipients".into(), loc.clone()));
                    self.origins
                        .push((path.clone(), "recipients_none".into(), loc.clone()));
                    if text::says_none(value) || is_phrase("export-recipients-none", value) {
                        a.recipients_none = true;
                        field("recipients_none", vec![say("import-detail-no-recipients")])
                    } else {
                        for line in text::lines(value) {
                            // The export's own line: the recipient as it is
                            // defined on the organisation, and its use here.
                            if let Some(own) = exported::recipient(&line) {
                                // One recipient may serve the activity in
                                // several uses, one line each.
                                let purpose = own.purpose.clone();
                                let rid = self.own_recipient(org_id, own, &loc);
                                a.recipients.push(RecipientUse {
                                    recipient: rid,
                                    data: Vec::new(),
                                    purpose,
                                });
                                continue;
                            }
                            for item in text::items(&line) {
                                let rid = self.recipient(org_id, &item, &loc);
                                if !a.recipients.iter().any(|u| u.recipient == rid) {
                                    a.recipients.push(RecipientUse {
                                        recipient: rid,
                                        data: Vec::new(),
                                        purpose: None,
                                    });
                                }
                            }
                        }
                        field(
                            "recipients",
                            vec![count("import-count-recipients", a.recipients.len())],
                        )
                    }
                }
                Target::Transfers => {
                    self.origins
                        .push((path.clone(), "transfers".into(), loc.clone()));
                    if text::says_none(value) {
                        field("transfers", vec![say("import-detail-none")])
                    } else {
                        for line in text::lines(value) {
                            // The export's line: one transfer, by its id.
                            if let Some((id, country, io, text, regular)) =
                                exported::transfer(&line)
                            {
                                let id = unique(id, a.transfers.iter().map(|t| &t.id));
                                a.transfers.push(Transfer {
                                    id,
                                    country,
                                    international_organisation: io,
                                    destination_text: text,
                                    recipients: Vec::new(),
                                    mechanisms: Vec::new(),
                                    safeguard_text: None,
                                    documentation: None,
                                    regular,
                                });
                                continue;
                            }
                            for item in text::items(&line) {
                                let n = a.transfers.len() + 1;
                                let bare = item.split('(').next().unwrap_or(&item).trim();
                                let code = countries::suggest(bare).map(str::to_string);
                                a.transfers.push(Transfer {
                                    id: format!("t{n}"),
                                    country: code,
                                    international_organisation: None,
                                    destination_text: Some(item),
                                    recipients: Vec::new(),
                                    mechanisms: Vec::new(),
                                    safeguard_text: None,
                                    documentation: None,
                                    regular: false,
                                });
                            }
                        }
                        field(
                            "transfers",
                            vec![count("import-count-transfers", a.transfers.len())],
                        )
                    }
                }
                Target::TransferSafeguards => {
                    safeguards = Some((value.to_string(), loc.clone(), col.heading.clone()));
                    continue;
                }
                Target::Retention => {
                    let mut open: usize = 0;
                    for line in text::lines(value) {
                        let n = a.retention.len() + 1;
                        // The export writes `[id] text — the rule in words`.
                        // Its words for the rule are the rule: what they do not
                        // say exactly is not guessed from the text, and the
                        // words are kept.
                        let (id, line, own) = match exported::retention(&line) {
                            Some((id, text, words, rule)) => (id, text, Some((words, rule))),
                            None => (format!("r{n}"), line, None),
                        };
                        let id = unique(id, a.retention.iter().map(|r| &r.id));
                        let (read, words) = match own {
                            Some((words, rule)) => (rule, Some(words)),
                            None => (text::retention(&line), None),
                        };
                        let rule = read.unwrap_or_else(|| {
                            open += 1;
                            Retention::NotStated {
                                note: match words {
                                    // The export's words for a rule not
                                    // stated: its note, as it was.
                                    Some(w) => match cells::not_stated(&w) {
                                        Some(note) => note,
                                        None => Some(self.note_text(
                                            "import-note-retention-exported-as",
                                            &[("text", w.into())],
                                        )),
                                    },
                                    None => {
                                        Some(self.note_text("import-note-retention-no-period", &[]))
                                    }
                                },
                            }
                        });
                        a.retention.push(RetentionRule {
                            id,
                            categories: Vec::new(),
                            subjects: Vec::new(),
                            rule,
                            text: line,
                        });
                    }
                    self.origins
                        .push((path.clone(), "retention".into(), loc.clone()));
                    let mut d = vec![count("import-count-rules", a.retention.len())];
                    if open > 0 {
                        d.push(say("import-detail-retention-open").arg("n", open));
                    }
                    field("retention", d)
                }
                Target::Security => {
                    a.security_measures = Some(value.to_string());
                    self.origins
                        .push((path.clone(), "security_measures".into(), loc.clone()));
                    field("security_measures", Vec::new())
                }
                Target::Dpia => match text::yes_no(value) {
                    Some(yes) => {
                        let f = value.to_lowercase();
                        let status = if !yes {
                            DpiaStatus::NotRequired
                        } else if [
                            "gennemført",
                            "udført",
                            "utført",
                            "done",
                            "completed",
                            "carried out",
                        ]
                        .iter()
                        .any(|w| f.contains(w))
                        {
                            DpiaStatus::Done
                        } else {
                            DpiaStatus::Planned
                        };
                        a.dpia = Some(Dpia {
                            status,
                            reason: Some(value.to_string()),
                            link: None,
                        });
                        self.origins
                            .push((path.clone(), "dpia".into(), loc.clone()));
                        field(
                            "dpia",
                            vec![say("import-as-written").arg(
                                "text",
                                MsgArg::word(format!("{status:?}").to_lowercase(), |lb| {
                                    lb.dpia_status(status).to_lowercase()
                                }),
                            )],
                        )
                    }
                    None => to_notes(&mut notes),
                },
                Target::AutomatedDecisions => match text::yes_no(value) {
                    Some(present) => {
                        a.automated_decisions = Some(AutomatedDecisions {
                            present,
                            ground: None,
                            text: Some(value.to_string()),
                        });
                        self.origins.push((
                            path.clone(),
                            "automated_decisions".into(),
                            loc.clone(),
                        ));
                        field(
                            "automated_decisions",
                            vec![say(if present {
                                "import-detail-yes"
                            } else {
                                "import-detail-no"
                            })],
                        )
                    }
                    None => to_notes(&mut notes),
                },
                Target::Rights => {
                    a.data_subject_rights = Some(value.to_string());
                    field("data_subject_rights", Vec::new())
                }
                Target::ConsentRecord if exported::consent(value).is_some() => {
                    a.consent = exported::consent(value);
                    self.origins
                        .push((path.clone(), "consent".into(), loc.clone()));
                    field("consent", Vec::new())
                }
                Target::ConsentRecord => {
                    a.consent
                        .get_or_insert(Consent {
                            how_given: None,
                            record_ref: None,
                            withdrawal_process: None,
                        })
                        .record_ref = Some(value.to_string());
                    self.origins
                        .push((path.clone(), "consent".into(), loc.clone()));
                    field("consent.record_ref", Vec::new())
                }
                Target::Owner => {
                    a.owner = Some(value.to_string());
                    field("owner", Vec::new())
                }
                Target::ReviewInterval => match months(value) {
                    Some(m) => {
                        a.review_interval_months = Some(m);
                        field("review_interval_months", Vec::new())
                    }
                    None => to_notes(&mut notes),
                },
                Target::LastReviewed => match date(value) {
                    Some(d) => {
                        a.last_reviewed = Some(d);
                        self.origins
                            .push((path.clone(), "last_reviewed".into(), loc.clone()));
                        field("last_reviewed", Vec::new())
                    }
                    None => to_notes(&mut notes),
                },
            };
            cells.push((loc, went));
        }
        if let Some((value, loc, heading)) = interest {
            let f: Vec<&mut LegalBasis> = a
                .legal_bases
                .iter_mut()
                .filter(|b| b.article6 == Some(Art6::F))
                .collect();
            let went = if f.is_empty() {
                notes.push(note(&heading, &value));
                Went::Notes { path: path.clone() }
            } else {
                // The export writes the interest on its basis's line too
                // (read there, as written); the column fills only those
                // without one.
                for b in f {
                    if b.legitimate_interest.is_none() {
                        b.legitimate_interest = Some(value.clone());
                    }
                }
                Went::Field {
                    path: path.clone(),
                    field: "legal_bases[].legitimate_interest".into(),
                    detail: vec![say("import-detail-on-art6f")],
                }
            };
            cells.push((loc, went));
        }
        if let Some((value, loc, heading)) = &safeguards {
            let went = if a.transfers.is_empty() || text::says_none(value) {
                notes.push(note(heading, value));
                Went::Notes { path: path.clone() }
            } else {
                let mechanism = mechanism(value);
                let stated = !matches!(mechanism, Mechanism::NotStated { .. });
                for t in &mut a.transfers {
                    if stated {
                        t.safeguard_text = Some(value.clone());
                    }
                    t.mechanisms = vec![mechanism.clone()];
                }
                Went::Field {
                    path: path.clone(),
                    field: "transfers[].mechanisms".into(),
                    detail: vec![mechanism_label(&mechanism)],
                }
            };
            self.origins
                .push((path.clone(), "transfers".into(), loc.clone()));
            cells.push((loc.clone(), went));
        }
        // An Art. 9 condition the export wrote with its categories' names:
        // the ids of the categories so named; names that are none of them
        // are kept in notes.
        let names: Vec<(String, String)> = a
            .data_categories
            .iter()
            .map(|c| (c.id.clone(), c.name.clone()))
            .collect();
        for c in &mut a.special_conditions {
            let mut ids = Vec::new();
            for given in std::mem::take(&mut c.categories) {
                if names.iter().any(|(id, _)| *id == given) {
                    ids.push(given);
                    continue;
                }
                let found: Vec<String> = names
                    .iter()
                    .filter(|(_, n)| given.contains(n.as_str()))
                    .map(|(id, _)| id.clone())
                    .collect();
                if found.is_empty() {
                    notes.push(self.note_text(
                        "import-note-art9-categories",
                        &[("list", given.clone().into())],
                    ));
                }
                ids.extend(found);
            }
            c.categories = ids;
        }
        for t in &mut a.transfers {
            if t.mechanisms.is_empty() {
                // Nothing in the sheet says how the transfer is safeguarded.
                t.mechanisms = vec![Mechanism::NotStated {
                    note: Some(self.note_text("import-note-mechanism-not-stated", &[])),
                }];
            }
        }
        if let (Some((a0, a1)), Some(first)) = (as_org, self.flat_first) {
            cells.push((
                Loc::new(&sheet.name, r, Some(a0 - 1)),
                Went::AsOrganisation {
                    row: first + 1,
                    cols: (a0, a1),
                },
            ));
        }
        cells.sort_by_key(|c| c.0.col);
        for (loc, went) in cells {
            self.placements.push(Placement {
                loc,
                record: path.clone(),
                went,
            });
        }
        if !notes.is_empty() {
            a.notes = Some(notes.join("\n"));
        }
        if let Some(o) = self.orgs.iter_mut().find(|o| o.org.id == org_id) {
            o.count += 1;
        }
        self.activities.push((org_id.to_string(), a, name_loc));
    }

    /// The id of a recipient the export wrote with its id and kind, defined
    /// on organisation `org_id` on first use; what the line says beyond its
    /// fields is kept in its description.
    fn own_recipient(&mut self, org_id: &str, own: exported::OwnRecipient, loc: &Loc) -> String {
        let Some(o) = self.orgs.iter_mut().find(|o| o.org.id == org_id) else {
            return own.id;
        };
        if o.org.recipients.iter().any(|r| r.id == own.id) {
            return own.id;
        }
        let description = own
            .description
            .into_iter()
            .chain(own.rest)
            .collect::<Vec<_>>()
            .join("; ");
        o.org.recipients.push(Recipient {
            id: own.id.clone(),
            name: own.name,
            kind: own.kind,
            country: None,
            org_number: None,
            address: None,
            description: (!description.is_empty()).then_some(description),
            dpa_ref: own.dpa_ref,
            sub_processors: SubProcessors::Unknown,
            dpf_certified: false,
            dpf_verified_on: None,
        });
        let i = o.org.recipients.len() - 1;
        self.origins
            .push((org_path(org_id), format!("recipients[{i}]"), loc.clone()));
        own.id
    }

    /// The id of the recipient named `name` on organisation `org_id`,
    /// defined there on first use.
    fn recipient(&mut self, org_id: &str, name: &str, loc: &Loc) -> String {
        let Some(o) = self.orgs.iter_mut().find(|o| o.org.id == org_id) else {
            return slug_or(name, "modtager");
        };
        if let Some(r) = o.org.recipients.iter().find(|r| r.name == name) {
            return r.id.clone();
        }
        let id = unique(
            slug_or(name, "modtager"),
            o.org.recipients.iter().map(|r| &r.id),
        );
        let f = name.to_lowercase();
        let kind = if ["databehandler", "processor"].iter().any(|w| f.contains(w)) {
            RecipientKind::Processor
        } else if [
            "selvstændig dataansvarlig",
            "selvstendig behandlingsansvarlig",
            "independent controller",
        ]
        .iter()
        .any(|w| f.contains(w))
        {
            RecipientKind::IndependentController
        } else if [
            "myndighed",
            "myndighet",
            "authority",
            "skat",
            "kommune",
            "politi",
        ]
        .iter()
        .any(|w| f.contains(w))
        {
            RecipientKind::PublicAuthority
        } else {
            RecipientKind::Other
        };
        o.org.recipients.push(Recipient {
            id: id.clone(),
            name: name.to_string(),
            kind,
            country: None,
            org_number: None,
            address: None,
            description: None,
            dpa_ref: None,
            sub_processors: SubProcessors::Unknown,
            dpf_certified: false,
            dpf_verified_on: None,
        });
        let i = o.org.recipients.len() - 1;
        self.origins
            .push((org_path(org_id), format!("recipients[{i}]"), loc.clone()));
        id
    }
}

/// Labelled values of an organisation block (label, value, cell, the
/// field when the place already says it) read into `block`.
fn read_pairs(block: &mut Block, pairs: Vec<(String, String, Loc, Option<&'static str>)>) {
    for (label, value, loc, field) in pairs {
        if block.first.is_none() {
            block.first = Some(Loc {
                col: None,
                heading: None,
                ..loc.clone()
            });
        }
        let field = field.or_else(|| org_field(&label));
        if field == Some("name") && value.contains('\n') {
            // "Dataansvarlig: navn, adresse, CVR, kontakt…" in one cell:
            // the name on the first line, the rest by what each line is.
            let mut parts = split_identity(&value).into_iter();
            if let Some((_, name)) = parts.next() {
                if block.name.is_none() {
                    block.name = Some((name.clone(), loc.clone()));
                }
                block.facts.push(("name", name, loc.clone(), label.clone()));
            }
            for (f, v) in parts {
                block.facts.push((f, v, loc.clone(), label.clone()));
            }
            continue;
        }
        if field == Some("name") && block.name.is_none() {
            block.name = Some((value.clone(), loc.clone()));
        }
        block
            .facts
            .push((field.unwrap_or("notes"), value, loc, label));
    }
}

/// The fields of an activity a column fills.
fn fields_of(target: Target) -> &'static [&'static str] {
    match target {
        Target::Purposes => &["purposes"],
        Target::LegalBases | Target::SpecialConditions => &[
            "legal_bases",
            "special_conditions",
            "national_id_bases",
            "criminal_basis",
        ],
        Target::DataSubjects => &["data_subjects"],
        Target::DataCategories => &["data_categories"],
        Target::Recipients => &["recipients", "recipients_none"],
        Target::Transfers | Target::TransferSafeguards => &["transfers"],
        Target::Retention => &["retention"],
        Target::Security => &["security_measures"],
        Target::Dpia => &["dpia"],
        Target::AutomatedDecisions => &["automated_decisions"],
        Target::ConsentRecord => &["consent"],
        Target::LastReviewed => &["last_reviewed"],
        Target::ReviewInterval => &["review_interval_months"],
        Target::Owner => &["owner"],
        Target::Rights => &["data_subject_rights"],
        Target::Description => &["description"],
        Target::BusinessFunction => &["business_function"],
        Target::LiaRef => &["lia_ref"],
        Target::RetentionPolicyRef => &["retention_policy_ref"],
        Target::BreachRefs => &["breach_refs"],
        _ => &[],
    }
}

/// A review interval as a cell writes it: a whole number of months
/// ("24", "24 måneder", "24 months"); anything else is not one.
fn months(value: &str) -> Option<u32> {
    let mut words = value.split_whitespace();
    let n = words.next()?.parse().ok()?;
    match words.next().map(str::to_lowercase).as_deref() {
        None | Some("months" | "month" | "måneder" | "måned" | "mdr" | "mdr.") => {
            words.next().is_none().then_some(n)
        }
        _ => None,
    }
}

/// "Heading: text" for notes (the text on its own lines when it has
/// several).
fn note(heading: &str, value: &str) -> String {
    let h = heading.split_whitespace().collect::<Vec<_>>().join(" ");
    let h = h.trim_end_matches(':');
    if h.is_empty() {
        value.to_string()
    } else if value.contains('\n') {
        format!("{h}:\n{value}")
    } else {
        format!("{h}: {value}")
    }
}

/// "2 purposes": a count with its noun, in the plural the language gives.
fn count(key: &'static str, n: usize) -> Msg {
    say(key).arg("n", n)
}

fn slug_or(name: &str, fallback: &str) -> String {
    let s = slug_from_name(name);
    if s.is_empty() {
        fallback.to_string()
    } else {
        s
    }
}

/// `base`, or `base-2`, `base-3`… when taken.
fn unique<'a>(base: String, taken: impl Iterator<Item = &'a String> + Clone) -> String {
    let mut id = base.clone();
    let mut n = 2;
    while taken.clone().any(|t| *t == id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_cell_with_the_controller_and_its_details_is_read_line_by_line() {
        let parts = split_identity(
            "Ærø Kommune\nStatene 2\n5970 Ærøskøbing\nCVR 29189676\nkommune@aeroekommune.dk\n\
             62 52 10 00\nDatabeskyttelsesrådgiver: dpo@aeroekommune.dk",
        );
        assert_eq!(
            parts,
            vec![
                ("name", "Ærø Kommune".to_string()),
                ("org_number", "CVR 29189676".to_string()),
                ("email", "kommune@aeroekommune.dk".to_string()),
                ("phone", "62 52 10 00".to_string()),
                ("dpo", "dpo@aeroekommune.dk".to_string()),
                ("address", "Statene 2, 5970 Ærøskøbing".to_string()),
            ]
        );
    }
}
