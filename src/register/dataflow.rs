//! Where the data go: activities → categories of data → recipients →
//! countries, with the transfer mechanisms on the way out of the EU/EEA.
//!
//! [`flows`] reads the records into exact [`Flow`]s (one per activity and
//! recipient, with the categories it receives and every destination it
//! reaches); the interface's map screen groups them by destination
//! ([`by_destination`]). [`graph`] merges the flows of an organisation (or
//! the whole register) into a layered [`Graph`], labelled in a language,
//! which the HTML export draws ([`layout`], `export/svg.rs`) and the `dot`
//! export writes for Graphviz.
//!
//! A destination is a third country when it is outside the EU/EEA
//! ([`crate::register::validate::checks::in_eea`]); the destination of a
//! declared transfer that names no country is one too, since a transfer
//! (Art. 30(1)(e)) goes to a third country or an international
//! organisation.
//!
//! Everything here depends only on the records, in their load order, so
//! the same register always gives the same graph and the same picture.

pub mod layout;

pub use layout::{Layout, Metrics, layout};

use std::collections::{BTreeMap, HashMap};

use super::export::labels::Labels;
use super::lang::Lang;
use super::load::{ActivityEntry, OrgEntry, Register};
use super::model::{Mechanism, Recipient, RecipientKind, SubProcessors, Transfer};
use super::validate::checks::in_eea;

/// Which records a picture covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope<'a> {
    /// Every organisation, each shown as a node before its activities.
    Register,
    /// One organisation, by id.
    Organisation(&'a str),
}

/// Where data end up.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Destination {
    /// A country, by ISO 3166-1 alpha-2 code (upper case).
    Country(String),
    /// A named international organisation.
    InternationalOrganisation(String),
    /// A transfer that names no country but describes where it goes
    /// ("lande uden for EU/EØS").
    Described(String),
    /// A transfer that names no destination at all.
    Unnamed,
    /// A recipient with no country recorded, and no transfer naming it.
    NotStated,
}

impl Destination {
    /// True outside the EU/EEA: a country that is not a member, an
    /// international organisation, or the destination of a transfer that
    /// names no country.
    pub fn is_third_country(&self) -> bool {
        match self {
            Destination::Country(c) => !in_eea(c),
            Destination::NotStated => false,
            _ => true,
        }
    }

    /// The destination in words, in `lang`.
    pub fn label(&self, lang: Lang) -> String {
        let l = Labels::new(lang);
        match self {
            Destination::Country(c) => l.country(c),
            Destination::InternationalOrganisation(n) | Destination::Described(n) => n.clone(),
            Destination::Unnamed => l.t("map-destination-unnamed"),
            Destination::NotStated => l.t("map-country-not-stated"),
        }
    }

    /// A stable id of the destination (`dst:country:US`), for graph node
    /// ids and the map screen's folds.
    pub fn key(&self) -> String {
        match self {
            Destination::Country(c) => format!("dst:country:{c}"),
            Destination::InternationalOrganisation(n) => format!("dst:org:{n}"),
            Destination::Described(n) => format!("dst:text:{n}"),
            Destination::Unnamed => "dst:unnamed".to_string(),
            Destination::NotStated => "dst:not-stated".to_string(),
        }
    }
}

/// One destination a recipient reaches in one activity, and what the
/// transfers there rest on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reach {
    /// Where.
    pub destination: Destination,
    /// The ids of the activity's transfers that go there (empty: the
    /// recipient's own country, no transfer declared).
    pub transfers: Vec<String>,
    /// The mechanisms those transfers rely on, in order, without repeats.
    pub mechanisms: Vec<Mechanism>,
}

/// A recipient as a flow names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecipientRef {
    /// The recipient's id on its organisation.
    pub id: String,
    /// Its name (the id, when the organisation does not define it).
    pub name: String,
    /// How it stands to the organisation.
    pub kind: RecipientKind,
    /// Its country, as recorded.
    pub country: Option<String>,
}

/// What one activity gives one recipient, and where it goes from there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flow {
    /// Organisation id.
    pub org: String,
    /// Organisation name.
    pub org_name: String,
    /// Activity id.
    pub activity: String,
    /// Activity name.
    pub activity_name: String,
    /// The recipient; `None` for a transfer that names no recipient.
    pub recipient: Option<RecipientRef>,
    /// The processor (by recipient id) this sub-processor receives the data
    /// through; `None` when the activity gives them directly.
    pub via: Option<String>,
    /// The names of the categories of data it receives, in the activity's
    /// order.
    pub categories: Vec<String>,
    /// Some of what it receives is not stated (a recipient listed without
    /// data, a transfer's recipient, a sub-processor's).
    pub data_not_stated: bool,
    /// Where the data go: the recipient's country and every transfer
    /// naming it, in that order.
    pub reaches: Vec<Reach>,
}

/// The flows of a scope, and the recipients no activity gives data to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Flows {
    /// Every flow, by organisation, activity and recipient in record order.
    pub flows: Vec<Flow>,
    /// Recipients defined on an organisation that no flow reaches, with
    /// their organisation id.
    pub idle: Vec<(String, RecipientRef)>,
    /// The organisations covered, id and name, in register order.
    pub organisations: Vec<(String, String)>,
    /// The activities covered, (organisation id, activity id, name).
    pub activities: Vec<(String, String, String)>,
    /// Processor → sub-processor, by recipient id, per organisation id.
    pub sub_processing: Vec<(String, String, String)>,
}

fn recipient_ref(r: &Recipient) -> RecipientRef {
    RecipientRef {
        id: r.id.clone(),
        name: r.name.clone(),
        kind: r.kind,
        country: r
            .country
            .as_deref()
            .map(|c| c.trim().to_ascii_uppercase())
            .filter(|c| !c.is_empty()),
    }
}

fn lookup(org: &OrgEntry, id: &str) -> RecipientRef {
    org.org
        .recipients
        .iter()
        .find(|r| r.id == id)
        .map(recipient_ref)
        .unwrap_or_else(|| RecipientRef {
            id: id.to_string(),
            name: id.to_string(),
            kind: RecipientKind::Other,
            country: None,
        })
}

fn transfer_destination(t: &Transfer) -> Destination {
    if let Some(c) = t
        .country
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        return Destination::Country(c.to_ascii_uppercase());
    }
    if let Some(o) = t
        .international_organisation
        .as_deref()
        .map(str::trim)
        .filter(|o| !o.is_empty())
    {
        return Destination::InternationalOrganisation(o.to_string());
    }
    match t
        .destination_text
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty())
    {
        Some(d) => Destination::Described(d.to_string()),
        None => Destination::Unnamed,
    }
}

fn add_reach(reaches: &mut Vec<Reach>, destination: Destination, transfer: Option<&Transfer>) {
    let i = match reaches.iter().position(|r| r.destination == destination) {
        Some(i) => i,
        None => {
            reaches.push(Reach {
                destination,
                transfers: Vec::new(),
                mechanisms: Vec::new(),
            });
            reaches.len() - 1
        }
    };
    if let Some(t) = transfer {
        let r = &mut reaches[i];
        if !r.transfers.contains(&t.id) {
            r.transfers.push(t.id.clone());
        }
        for m in &t.mechanisms {
            if !r.mechanisms.contains(m) {
                r.mechanisms.push(m.clone());
            }
        }
    }
}

/// Where recipient `r` takes the data of activity `act`: its own country,
/// then the destination of every transfer naming it; an unlocated
/// recipient no transfer names goes to [`Destination::NotStated`].
fn reaches(r: &RecipientRef, act: &ActivityEntry) -> Vec<Reach> {
    let mut out = Vec::new();
    if let Some(c) = &r.country {
        add_reach(&mut out, Destination::Country(c.clone()), None);
    }
    for t in &act.activity.transfers {
        if t.recipients.iter().any(|x| x == &r.id) {
            add_reach(&mut out, transfer_destination(t), Some(t));
        }
    }
    if out.is_empty() {
        add_reach(&mut out, Destination::NotStated, None);
    }
    out
}

fn category_names(act: &ActivityEntry, ids: &[String]) -> Vec<String> {
    // In the activity's order, each once.
    let a = &act.activity;
    let mut out: Vec<String> = a
        .data_categories
        .iter()
        .filter(|c| ids.contains(&c.id))
        .map(|c| c.name.clone())
        .collect();
    for id in ids {
        if !a.data_categories.iter().any(|c| &c.id == id) && !out.contains(id) {
            out.push(id.clone());
        }
    }
    out
}

fn activity_flows(org: &OrgEntry, act: &ActivityEntry, out: &mut Vec<Flow>) {
    let a = &act.activity;
    // Recipient id → (category ids, some use states no data), in the
    // order the activity names them; then the transfers' recipients.
    let mut uses: Vec<(String, Vec<String>, bool)> = Vec::new();
    let mut add = |id: &str, data: &[String]| {
        let i = match uses.iter().position(|u| u.0 == id) {
            Some(i) => i,
            None => {
                uses.push((id.to_string(), Vec::new(), false));
                uses.len() - 1
            }
        };
        let u = &mut uses[i];
        if data.is_empty() {
            u.2 = true;
        }
        for d in data {
            if !u.1.contains(d) {
                u.1.push(d.clone());
            }
        }
    };
    for u in &a.recipients {
        add(&u.recipient, &u.data);
    }
    let used: Vec<String> = a.recipients.iter().map(|u| u.recipient.clone()).collect();
    for t in &a.transfers {
        for r in &t.recipients {
            if !used.contains(r) {
                add(r, &[]);
            }
        }
    }
    let base = |recipient: Option<RecipientRef>,
                via: Option<String>,
                categories: Vec<String>,
                data_not_stated: bool,
                reaches: Vec<Reach>| Flow {
        org: org.org.id.clone(),
        org_name: org.org.name.clone(),
        activity: a.id.clone(),
        activity_name: a.name.clone(),
        recipient,
        via,
        categories,
        data_not_stated,
        reaches,
    };
    for (id, data, unstated) in &uses {
        let r = lookup(org, id);
        let cats = category_names(act, data);
        let unstated = *unstated || cats.is_empty();
        let reach = reaches(&r, act);
        out.push(base(Some(r.clone()), None, cats.clone(), unstated, reach));
        // The processor's sub-processors receive what it receives.
        if let Some(def) = org.org.recipients.iter().find(|x| &x.id == id)
            && let SubProcessors::Listed(subs) = &def.sub_processors
        {
            for s in subs {
                if s == id {
                    continue;
                }
                let sr = lookup(org, s);
                let reach = reaches(&sr, act);
                out.push(base(
                    Some(sr),
                    Some(id.clone()),
                    cats.clone(),
                    unstated,
                    reach,
                ));
            }
        }
    }
    // Transfers that name no recipient: the activity sends the data there
    // itself, as far as the record says.
    for t in a.transfers.iter().filter(|t| t.recipients.is_empty()) {
        let mut reach = Vec::new();
        add_reach(&mut reach, transfer_destination(t), Some(t));
        out.push(base(None, None, Vec::new(), true, reach));
    }
}

/// The flows of `scope` in `reg`. An organisation id the register does
/// not have gives no flows.
pub fn flows(reg: &Register, scope: Scope<'_>) -> Flows {
    let mut out = Flows::default();
    for org in &reg.organisations {
        if let Scope::Organisation(id) = scope
            && org.org.id != id
        {
            continue;
        }
        out.organisations
            .push((org.org.id.clone(), org.org.name.clone()));
        let first = out.flows.len();
        for act in &org.activities {
            out.activities.push((
                org.org.id.clone(),
                act.activity.id.clone(),
                act.activity.name.clone(),
            ));
            activity_flows(org, act, &mut out.flows);
        }
        for r in &org.org.recipients {
            if let SubProcessors::Listed(subs) = &r.sub_processors {
                for s in subs.iter().filter(|s| *s != &r.id) {
                    out.sub_processing
                        .push((org.org.id.clone(), r.id.clone(), s.clone()));
                }
            }
            let reached = out.flows[first..]
                .iter()
                .any(|f| f.recipient.as_ref().is_some_and(|x| x.id == r.id));
            if !reached {
                out.idle.push((org.org.id.clone(), recipient_ref(r)));
            }
        }
    }
    out
}

/// One activity's part under a recipient on the map: what it sends and
/// on what the transfer rests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sent {
    /// Organisation id.
    pub org: String,
    /// Activity id.
    pub activity: String,
    /// Activity name.
    pub activity_name: String,
    /// The categories of data.
    pub categories: Vec<String>,
    /// Some of the data are not stated.
    pub data_not_stated: bool,
    /// The processor it goes through, for a sub-processor.
    pub via: Option<String>,
    /// The transfer mechanisms to this destination (empty: none declared).
    pub mechanisms: Vec<Mechanism>,
    /// A transfer to this destination is declared.
    pub transfer: bool,
}

/// A recipient under a destination, with the activities that send it data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecipientGroup {
    /// Organisation id.
    pub org: String,
    /// The recipient; `None` for transfers that name none.
    pub recipient: Option<RecipientRef>,
    /// The activities, in register order.
    pub activities: Vec<Sent>,
}

/// A destination with its recipients.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DestinationGroup {
    /// Where.
    pub destination: Destination,
    /// The recipients, in register order.
    pub recipients: Vec<RecipientGroup>,
}

/// The flows grouped by destination, then recipient, then activity: third
/// countries first, then the EU/EEA, then destinations not stated; within
/// each by code or name. Idle recipients are listed under their country
/// with no activity.
pub fn by_destination(f: &Flows) -> Vec<DestinationGroup> {
    let mut groups: BTreeMap<(u8, Destination), Vec<RecipientGroup>> = BTreeMap::new();
    let rank = |d: &Destination| match d {
        Destination::NotStated => 2,
        d if d.is_third_country() => 0,
        _ => 1,
    };
    for flow in &f.flows {
        for r in &flow.reaches {
            let list = groups
                .entry((rank(&r.destination), r.destination.clone()))
                .or_default();
            let rid = flow.recipient.as_ref().map(|x| x.id.as_str());
            let i = match list.iter().position(|g| {
                g.org == flow.org && g.recipient.as_ref().map(|x| x.id.as_str()) == rid
            }) {
                Some(i) => i,
                None => {
                    list.push(RecipientGroup {
                        org: flow.org.clone(),
                        recipient: flow.recipient.clone(),
                        activities: Vec::new(),
                    });
                    list.len() - 1
                }
            };
            // An activity that names a sub-processor itself and through
            // its processor is one activity under that recipient: the
            // direct naming wins, the mechanisms and categories join.
            let sent = &mut list[i].activities;
            if let Some(same) = sent
                .iter_mut()
                .find(|x| x.org == flow.org && x.activity == flow.activity)
            {
                if flow.via.is_none() {
                    same.via = None;
                }
                for m in &r.mechanisms {
                    if !same.mechanisms.contains(m) {
                        same.mechanisms.push(m.clone());
                    }
                }
                for c in &flow.categories {
                    if !same.categories.contains(c) {
                        same.categories.push(c.clone());
                    }
                }
                same.data_not_stated &= flow.data_not_stated;
                same.transfer |= !r.transfers.is_empty();
                continue;
            }
            sent.push(Sent {
                org: flow.org.clone(),
                activity: flow.activity.clone(),
                activity_name: flow.activity_name.clone(),
                categories: flow.categories.clone(),
                data_not_stated: flow.data_not_stated,
                via: flow.via.clone(),
                mechanisms: r.mechanisms.clone(),
                transfer: !r.transfers.is_empty(),
            });
        }
    }
    for (org, r) in &f.idle {
        let d = match &r.country {
            Some(c) => Destination::Country(c.clone()),
            None => Destination::NotStated,
        };
        groups
            .entry((rank(&d), d))
            .or_default()
            .push(RecipientGroup {
                org: org.clone(),
                recipient: Some(r.clone()),
                activities: Vec::new(),
            });
    }
    groups
        .into_iter()
        .map(|((_, destination), recipients)| DestinationGroup {
            destination,
            recipients,
        })
        .collect()
}

/// What a node of the graph stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeKind {
    /// An organisation (whole-register pictures only).
    Organisation,
    /// A processing activity.
    Activity,
    /// A category of personal data (merged by name within an organisation).
    Category,
    /// A recipient, by its kind.
    Recipient(RecipientKind),
    /// A country or other destination.
    Destination,
}

/// The columns of the picture, left to right.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Column {
    /// Organisations.
    Organisations = 0,
    /// Activities.
    Activities = 1,
    /// Categories of data.
    Categories = 2,
    /// Recipients (but sub-processors).
    Recipients = 3,
    /// Sub-processors.
    SubProcessors = 4,
    /// The transfer mechanisms, on the edges to the countries.
    Mechanisms = 5,
    /// Countries and other destinations.
    Destinations = 6,
}

impl Column {
    /// Every column, left to right.
    pub const ALL: [Column; 7] = [
        Column::Organisations,
        Column::Activities,
        Column::Categories,
        Column::Recipients,
        Column::SubProcessors,
        Column::Mechanisms,
        Column::Destinations,
    ];

    /// The column's heading in `lang`.
    pub fn heading(self, lang: Lang) -> String {
        crate::register::lang::tr(
            lang,
            match self {
                Column::Organisations => "map-column-organisations",
                Column::Activities => "map-column-activities",
                Column::Categories => "map-column-categories",
                Column::Recipients => "map-column-recipients",
                Column::SubProcessors => "map-column-sub-processors",
                Column::Mechanisms => "map-column-mechanisms",
                Column::Destinations => "map-column-destinations",
            },
        )
    }
}

/// A node of the graph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    /// A stable, unique id made of the record ids (`act:djoef/zoom`).
    pub id: String,
    /// What it stands for.
    pub kind: NodeKind,
    /// Its column.
    pub column: Column,
    /// The name shown (register text, unescaped).
    pub title: String,
    /// A second line: the recipient's kind, "third country".
    pub note: Option<String>,
    /// A destination outside the EU/EEA.
    pub third_country: bool,
}

/// An edge of the graph: data going from one node to the next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edge {
    /// Index of the node the data come from.
    pub from: usize,
    /// Index of the node they go to.
    pub to: usize,
    /// The transfer mechanisms, on an edge into a destination that a
    /// declared transfer goes to.
    pub label: Option<String>,
    /// A declared transfer goes this way.
    pub transfer: bool,
}

/// The picture's graph: nodes in columns, edges always left to right.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Graph {
    /// The nodes, in the order they were met in the records.
    pub nodes: Vec<Node>,
    /// The edges, each once, in the order they were met.
    pub edges: Vec<Edge>,
}

impl Graph {
    fn node(&mut self, index: &mut HashMap<String, usize>, n: Node) -> usize {
        if let Some(&i) = index.get(&n.id) {
            return i;
        }
        self.nodes.push(n);
        let i = self.nodes.len() - 1;
        index.insert(self.nodes[i].id.clone(), i);
        i
    }

    fn edge(
        &mut self,
        index: &mut HashMap<(usize, usize), usize>,
        from: usize,
        to: usize,
    ) -> usize {
        if let Some(&i) = index.get(&(from, to)) {
            return i;
        }
        self.edges.push(Edge {
            from,
            to,
            label: None,
            transfer: false,
        });
        index.insert((from, to), self.edges.len() - 1);
        self.edges.len() - 1
    }

    /// The recipient kinds, and whether third countries and transfers,
    /// appear: what the legend explains.
    pub fn kinds(&self) -> Vec<NodeKind> {
        let mut out: Vec<NodeKind> = Vec::new();
        for n in &self.nodes {
            if !out.contains(&n.kind) {
                out.push(n.kind);
            }
        }
        out
    }
}

/// The recipient kinds in the legend's order.
pub const RECIPIENT_KINDS: [RecipientKind; 7] = [
    RecipientKind::Processor,
    RecipientKind::SubProcessor,
    RecipientKind::IndependentController,
    RecipientKind::JointController,
    RecipientKind::PublicAuthority,
    RecipientKind::Internal,
    RecipientKind::Other,
];

fn fold(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The mechanisms of a reach in words, or "no mechanism recorded" for a
/// declared transfer without one.
pub fn mechanisms_label(mechanisms: &[Mechanism], lang: Lang) -> String {
    let l = Labels::new(lang);
    if mechanisms.is_empty() {
        return l.t("map-no-mechanism");
    }
    mechanisms
        .iter()
        .map(|m| l.mechanism(m))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Builds the picture's graph from `f`, labelled in `lang`. A whole
/// register (`organisation_nodes`) starts at the organisations.
/// Categories are merged by name within an organisation; a recipient
/// listed without data hangs on "data not stated". Every recipient of the
/// organisations appears, also one no activity gives data to.
pub fn graph(f: &Flows, lang: Lang, organisation_nodes: bool) -> Graph {
    let l = Labels::new(lang);
    let mut g = Graph::default();
    let mut nodes: HashMap<String, usize> = HashMap::new();
    let mut edges: HashMap<(usize, usize), usize> = HashMap::new();
    let third = l.t("map-third-country");
    // Which recipients sit in the sub-processor column: those of that
    // kind and those another processor lists.
    let is_sub = |org: &str, r: &RecipientRef| {
        r.kind == RecipientKind::SubProcessor
            || f.sub_processing
                .iter()
                .any(|(o, p, s)| o == org && s == &r.id && p != &r.id)
    };
    let recipient_node =
        |g: &mut Graph, nodes: &mut HashMap<String, usize>, org: &str, r: Option<&RecipientRef>| {
            match r {
                Some(r) => g.node(
                    nodes,
                    Node {
                        id: format!("rcp:{org}/{}", r.id),
                        kind: NodeKind::Recipient(r.kind),
                        column: if is_sub(org, r) {
                            Column::SubProcessors
                        } else {
                            Column::Recipients
                        },
                        title: r.name.clone(),
                        note: Some(l.recipient_kind(r.kind)),
                        third_country: false,
                    },
                ),
                None => g.node(
                    nodes,
                    Node {
                        id: format!("rcp:{org}/-"),
                        kind: NodeKind::Recipient(RecipientKind::Other),
                        column: Column::Recipients,
                        title: l.t("map-recipient-not-stated"),
                        note: None,
                        third_country: false,
                    },
                ),
            }
        };
    let destination_node = |g: &mut Graph, nodes: &mut HashMap<String, usize>, d: &Destination| {
        g.node(
            nodes,
            Node {
                id: d.key(),
                kind: NodeKind::Destination,
                column: Column::Destinations,
                title: d.label(lang),
                note: d.is_third_country().then(|| third.clone()),
                third_country: d.is_third_country(),
            },
        )
    };
    // Organisations and activities in register order, so an activity that
    // gives no one data is still shown.
    for (org, name) in &f.organisations {
        if organisation_nodes {
            g.node(
                &mut nodes,
                Node {
                    id: format!("org:{org}"),
                    kind: NodeKind::Organisation,
                    column: Column::Organisations,
                    title: name.clone(),
                    note: None,
                    third_country: false,
                },
            );
        }
    }
    for (org, act, name) in &f.activities {
        let a = g.node(
            &mut nodes,
            Node {
                id: format!("act:{org}/{act}"),
                kind: NodeKind::Activity,
                column: Column::Activities,
                title: name.clone(),
                note: None,
                third_country: false,
            },
        );
        if organisation_nodes && let Some(&o) = nodes.get(&format!("org:{org}")) {
            g.edge(&mut edges, o, a);
        }
    }
    // Mechanisms per (recipient node, destination node).
    let mut mechanisms: BTreeMap<(usize, usize), Vec<Mechanism>> = BTreeMap::new();
    for flow in &f.flows {
        let Some(&a) = nodes.get(&format!("act:{}/{}", flow.org, flow.activity)) else {
            continue;
        };
        let r = recipient_node(&mut g, &mut nodes, &flow.org, flow.recipient.as_ref());
        match &flow.via {
            Some(p) => {
                // Through its processor: the processor → sub-processor edge.
                let pr = lookup_flow_recipient(f, &flow.org, p);
                let pn = recipient_node(&mut g, &mut nodes, &flow.org, Some(&pr));
                if g.nodes[pn].column < g.nodes[r].column {
                    g.edge(&mut edges, pn, r);
                }
            }
            None => {
                // An activity's own category nodes: merged across
                // activities, a category would seem to carry every
                // activity's data to every recipient any of them has.
                let key = format!("{}/{}", flow.org, flow.activity);
                let mut cats: Vec<(String, String)> = flow
                    .categories
                    .iter()
                    .map(|c| (format!("cat:{key}/{}", fold(c)), c.clone()))
                    .collect();
                if flow.data_not_stated {
                    cats.push((format!("cat:{key}/-"), l.t("map-data-not-stated")));
                }
                for (id, title) in cats {
                    let c = g.node(
                        &mut nodes,
                        Node {
                            id,
                            kind: NodeKind::Category,
                            column: Column::Categories,
                            title,
                            note: None,
                            third_country: false,
                        },
                    );
                    g.edge(&mut edges, a, c);
                    g.edge(&mut edges, c, r);
                }
            }
        }
        for reach in &flow.reaches {
            let d = destination_node(&mut g, &mut nodes, &reach.destination);
            let e = g.edge(&mut edges, r, d);
            if !reach.transfers.is_empty() {
                g.edges[e].transfer = true;
                let list = mechanisms.entry((r, d)).or_default();
                for m in &reach.mechanisms {
                    if !list.contains(m) {
                        list.push(m.clone());
                    }
                }
            }
        }
    }
    // The recipients no activity gives data to: shown, with where they
    // are in their note, and no edge, since no data go to them (an edge
    // to a third country would read as an undeclared transfer).
    for (org, r) in &f.idle {
        let n = recipient_node(&mut g, &mut nodes, org, Some(r));
        if let Some(c) = &r.country {
            let place = Destination::Country(c.clone()).label(lang);
            let note = g.nodes[n].note.take().unwrap_or_default();
            g.nodes[n].note = Some(if note.is_empty() {
                place
            } else {
                format!("{note} · {place}")
            });
        }
    }
    for (org, p, s) in &f.sub_processing {
        let (Some(&pn), Some(&sn)) = (
            nodes.get(&format!("rcp:{org}/{p}")),
            nodes.get(&format!("rcp:{org}/{s}")),
        ) else {
            continue;
        };
        if g.nodes[pn].column < g.nodes[sn].column {
            g.edge(&mut edges, pn, sn);
        }
    }
    for e in &mut g.edges {
        if e.transfer {
            let list = mechanisms.get(&(e.from, e.to)).map_or(&[][..], |v| &v[..]);
            e.label = Some(mechanisms_label(list, lang));
        }
    }
    g
}

fn lookup_flow_recipient(f: &Flows, org: &str, id: &str) -> RecipientRef {
    f.flows
        .iter()
        .filter(|x| x.org == org)
        .filter_map(|x| x.recipient.as_ref())
        .chain(f.idle.iter().filter(|(o, _)| o == org).map(|(_, r)| r))
        .find(|r| r.id == id)
        .cloned()
        .unwrap_or_else(|| RecipientRef {
            id: id.to_string(),
            name: id.to_string(),
            kind: RecipientKind::Processor,
            country: None,
        })
}

/// The graph of `scope` in `reg`, labelled in `lang`: the whole register
/// starts at its organisations, one organisation at its activities.
pub fn graph_of(reg: &Register, scope: Scope<'_>, lang: Lang) -> Graph {
    graph(&flows(reg, scope), lang, matches!(scope, Scope::Register))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Register {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("registry");
        crate::register::load::load(&root).expect("sample").register
    }

    #[test]
    fn every_recipient_of_the_sample_is_a_node() {
        let reg = sample();
        let g = graph_of(&reg, Scope::Register, Lang::En);
        for o in &reg.organisations {
            for r in &o.org.recipients {
                let id = format!("rcp:{}/{}", o.org.id, r.id);
                assert!(g.nodes.iter().any(|n| n.id == id), "{id} missing");
            }
        }
        // Every edge goes left to right.
        for e in &g.edges {
            assert!(g.nodes[e.from].column < g.nodes[e.to].column, "{e:?}");
        }
    }

    #[test]
    fn one_organisation_has_no_organisation_node() {
        let reg = sample();
        let g = graph_of(&reg, Scope::Organisation("djoef"), Lang::En);
        assert!(g.nodes.iter().all(|n| n.kind != NodeKind::Organisation));
        assert!(
            g.nodes
                .iter()
                .all(|n| !n.id.starts_with("act:") || n.id.starts_with("act:djoef/"))
        );
        // The Zoom transfer names no country: its destination is described
        // and counts as a third country, with the mechanisms on the edge.
        let d = g
            .nodes
            .iter()
            .position(|n| n.id.starts_with("dst:text:"))
            .expect("the described destination");
        assert!(g.nodes[d].third_country);
        let e = g
            .edges
            .iter()
            .find(|e| e.to == d && g.nodes[e.from].id == "rcp:djoef/zoom-databehandler")
            .expect("edge to the transfer's destination");
        let label = e.label.as_deref().unwrap_or_default();
        assert!(label.contains("Privacy Shield"), "{label}");
        assert!(e.transfer);
        // The sub-processor sits in its own column, fed by its processor.
        let sub = g
            .nodes
            .iter()
            .position(|n| n.id == "rcp:djoef/zoom-underdatabehandlere")
            .expect("sub-processor");
        assert_eq!(g.nodes[sub].column, Column::SubProcessors);
        assert!(
            g.edges
                .iter()
                .any(|e| e.to == sub && g.nodes[e.from].id == "rcp:djoef/zoom-databehandler")
        );
    }

    #[test]
    fn a_recipient_is_reached_only_from_the_activities_that_give_it_data() {
        // The Danish employers' confederation has eleven activities whose
        // categories share names and many recipients: every path activity
        // → category → recipient in the picture must be a flow of the
        // records (none borrowed from another activity).
        let reg = sample();
        for scope in [Scope::Register, Scope::Organisation("da")] {
            let fl = flows(&reg, scope);
            let g = graph(&fl, Lang::En, matches!(scope, Scope::Register));
            let id = |n: usize| g.nodes[n].id.clone();
            let mut drawn = std::collections::BTreeSet::new();
            for e1 in &g.edges {
                if g.nodes[e1.from].kind != NodeKind::Activity
                    || g.nodes[e1.to].kind != NodeKind::Category
                {
                    continue;
                }
                for e2 in g.edges.iter().filter(|e| e.from == e1.to) {
                    drawn.insert((id(e1.from), id(e2.to)));
                }
            }
            let recorded: std::collections::BTreeSet<(String, String)> = fl
                .flows
                .iter()
                .filter(|x| x.via.is_none())
                .map(|x| {
                    (
                        format!("act:{}/{}", x.org, x.activity),
                        match &x.recipient {
                            Some(r) => format!("rcp:{}/{}", x.org, r.id),
                            None => format!("rcp:{}/-", x.org),
                        },
                    )
                })
                .collect();
            assert!(!drawn.is_empty());
            assert_eq!(drawn, recorded);
        }
    }

    #[test]
    fn a_recipient_no_activity_uses_has_no_edge_to_its_country() {
        let mut reg = sample();
        // A processor in China that no activity names.
        let org = &mut reg.organisations[0].org;
        let mut unused = org.recipients[0].clone();
        unused.id = "unused".into();
        unused.kind = RecipientKind::Processor;
        unused.country = Some("CN".into());
        org.recipients.push(unused);
        let fl = flows(&reg, Scope::Register);
        assert!(fl.idle.iter().any(|(_, r)| r.id == "unused"));
        let g = graph(&fl, Lang::En, true);
        for (org, r) in &fl.idle {
            let n = g
                .nodes
                .iter()
                .position(|x| x.id == format!("rcp:{org}/{}", r.id))
                .expect("idle recipient shown");
            assert!(
                !g.edges.iter().any(|e| e.from == n || e.to == n),
                "{org}/{} has an edge",
                r.id
            );
        }
    }

    #[test]
    fn an_activity_is_listed_once_under_each_recipient() {
        // Djøf's Zoom activity names Zoom's sub-processors itself and
        // through Zoom: one activity under them, not two.
        let reg = sample();
        for g in by_destination(&flows(&reg, Scope::Register)) {
            for r in &g.recipients {
                let mut seen = std::collections::BTreeSet::new();
                for a in &r.activities {
                    assert!(
                        seen.insert((a.org.clone(), a.activity.clone())),
                        "{:?} lists {}/{} twice",
                        r.recipient.as_ref().map(|x| &x.id),
                        a.org,
                        a.activity
                    );
                }
            }
        }
    }

    #[test]
    fn same_register_same_graph() {
        let reg = sample();
        assert_eq!(
            graph_of(&reg, Scope::Register, Lang::Da),
            graph_of(&reg, Scope::Register, Lang::Da)
        );
    }

    #[test]
    fn third_countries_are_outside_the_eea() {
        assert!(!Destination::Country("DK".into()).is_third_country());
        assert!(!Destination::Country("NO".into()).is_third_country());
        assert!(Destination::Country("US".into()).is_third_country());
        assert!(Destination::Unnamed.is_third_country());
        assert!(!Destination::NotStated.is_third_country());
    }

    #[test]
    fn grouped_by_destination_third_countries_first() {
        let reg = sample();
        let groups = by_destination(&flows(&reg, Scope::Organisation("djoef")));
        assert!(groups[0].destination.is_third_country());
        let last = groups.last().expect("groups");
        assert_eq!(last.destination, Destination::NotStated);
        let zoom = groups[0]
            .recipients
            .iter()
            .find(|r| {
                r.recipient
                    .as_ref()
                    .is_some_and(|r| r.id == "zoom-databehandler")
            })
            .expect("zoom under the third country");
        assert_eq!(zoom.activities[0].activity, "zoom-onlinetilbud");
        assert!(zoom.activities[0].transfer);
        assert!(!zoom.activities[0].mechanisms.is_empty());
    }

    #[test]
    fn transfers_without_recipients_or_countries_have_their_own_nodes() {
        use crate::register::model::Transfer;
        let mut reg = sample();
        let djoef = reg
            .organisations
            .iter_mut()
            .find(|o| o.org.id == "djoef")
            .expect("djoef");
        let t = |id: &str, org: Option<&str>| Transfer {
            id: id.into(),
            country: None,
            international_organisation: org.map(str::to_string),
            destination_text: None,
            recipients: Vec::new(),
            mechanisms: Vec::new(),
            safeguard_text: None,
            documentation: None,
            regular: false,
        };
        let act = &mut djoef.activities[0].activity;
        act.transfers.push(t("t-un", Some("UNHCR")));
        act.transfers.push(t("t-none", None));
        let f = flows(&reg, Scope::Organisation("djoef"));
        let unnamed: Vec<&Flow> = f.flows.iter().filter(|x| x.recipient.is_none()).collect();
        assert_eq!(unnamed.len(), 2);
        assert_eq!(
            unnamed[0].reaches[0].destination,
            Destination::InternationalOrganisation("UNHCR".into())
        );
        assert_eq!(unnamed[1].reaches[0].destination, Destination::Unnamed);
        let g = graph(&f, Lang::En, false);
        let node = |id: &str| {
            g.nodes
                .iter()
                .position(|n| n.id == id)
                .unwrap_or_else(|| panic!("{id}"))
        };
        let (r, un, none) = (
            node("rcp:djoef/-"),
            node("dst:org:UNHCR"),
            node("dst:unnamed"),
        );
        assert_eq!(g.nodes[r].title, "Recipient not stated");
        assert!(g.nodes[un].third_country && g.nodes[none].third_country);
        // A transfer without a mechanism says so on its edge.
        let e = g
            .edges
            .iter()
            .find(|e| e.from == r && e.to == none)
            .expect("edge");
        assert_eq!(e.label.as_deref(), Some("No transfer mechanism recorded"));
        // Layout of the whole: no overlaps.
        let l = layout(&g, &Metrics::default());
        for (i, a) in l.nodes.iter().enumerate() {
            for b in &l.nodes[i + 1..] {
                assert!(!a.overlaps(b));
            }
        }
    }
}
