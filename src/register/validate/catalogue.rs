//! The catalogue of rules: id, severity, title, trigger and legal source.
//! Generated from the project's validation rule reference; keep in sync.

use super::{Rule, Severity};
use crate::register::lang::{Lang, tr};

/// Every rule ropa knows, in documentation order.
pub static RULES: &[Rule] = &[
    Rule {
        id: "STR-001",
        severity: Severity::Error,
        title: "Duplicate id",
        trigger: "Two objects of any kind (organisation, activity, recipient, transfer, data category, retention rule) share an `id` in one file, or two files declare the same organisation id or the same org number.",
        legal_source: "Art. 30(3)-(4) GDPR (record kept in writing and produced to the SA - must be unambiguous); Art. 5(2) accountability",
        hint: "give each object its own id; ids inside a file must be unique, org numbers unique across the register",
    },
    Rule {
        id: "STR-002",
        severity: Severity::Error,
        title: "Dangling reference",
        trigger: "An id referenced from an activity (recipient, processor, sub-processor, joint controller, controller-on-whose-behalf, transfer, data category in a retention rule, purpose in a basis mapping) is not defined in the file or in the register-wide organisation directory.",
        legal_source: "Art. 30(1)(a),(d),(e), 30(2)(a); Art. 28(2),(4)",
        hint: "define the id where it belongs (recipients in organisation.ron; purposes, categories and subjects in the activity) or fix the spelling",
    },
    Rule {
        id: "STR-003",
        severity: Severity::Error,
        title: "One organisation per file",
        trigger: "A RON file does not hold exactly one top-level organisation, the file stem differs from the organisation id, or `role` is not one of controller / processor / controller_and_processor.",
        legal_source: "Project convention mirroring the Art. 30(1) vs 30(2) split",
        hint: "rename the folder or the id so that they are equal",
    },
    Rule {
        id: "ORG-001",
        severity: Severity::Error,
        title: "Identity and contact",
        trigger: "Organisation lacks name, postal address or at least one contact channel; or a given e-mail is not a valid addr-spec / phone not normalisable to E.164 (obfuscations such as 'dk¤djoef¤djoef' fail).",
        legal_source: "Art. 30(1)(a), 30(2)(a)",
        hint: "record a postal address and a working e-mail or phone; write e-mail addresses as name@domain",
    },
    Rule {
        id: "ORG-002",
        severity: Severity::Error,
        title: "Org number present and check digit valid",
        trigger: "country=DK: CVR missing, not 8 digits, or sum(d_i*w_i) mod 11 != 0 with w=(2,7,6,5,4,3,2,1). country=NO: orgnr missing, not 9 digits, or check digit wrong: r = sum(d1..d8 * (3,2,7,6,5,4,3,2)) mod 11; check = 0 if r=0, invalid if r=1, else 11-r. A number written as printed (spaces, dots, dashes, DK/NO prefix, MVA suffix: `3948 8914`, `964 950 113`) is reported with its digits-only form; placeholder numbers are errors whether or not they pass modulus 11: all one digit repeated (00000000), all but one digit the same (10000000), an ascending or descending run (12345678, 87654321, 78901234), such a run followed by its check digit (12345674, 123456785), a block of 1-3 digits repeated at least three times (12121212, 123123123).",
        legal_source: "Identification for Art. 30(1)(a)/30(2)(a); Erhvervsstyrelsen 'Modulus 11 kontrol' (erhvervsstyrelsen.dk/modulus_11); Brønnøysundregistrene (brreg.no/english/coordination/number.html)",
        hint: "write the number as digits only, e.g. Cvr(\"34051178\"); check it against the company register",
    },
    Rule {
        id: "ORG-003",
        severity: Severity::Error,
        title: "DPO where mandatory",
        trigger: "`kind = public_authority` (or `dpo.designated = true`) and no DPO e-mail or phone.",
        legal_source: "Art. 37(1)(a), 37(7), 30(1)(a), 30(2)(a)",
        hint: "add dpo: Some(Dpo(designated: true, contact: Contact(email: Some(\"…\"))))",
    },
    Rule {
        id: "ORG-004",
        severity: Severity::Error,
        title: "EU/EEA representative",
        trigger: "Establishment outside the EEA, Art. 3(2) applies, and neither `representative` nor `art27_2_exemption` is set.",
        legal_source: "Art. 27, 30(1)(a), 30(2)(a)",
        hint: "name the representative (Art. 27) or record art27_2_exemption with the reason",
    },
    Rule {
        id: "ORG-005",
        severity: Severity::Error,
        title: "Joint controllers",
        trigger: "`joint_controllers` non-empty but the organisation is undefined or `arrangement_ref` (Art. 26 arrangement) is missing.",
        legal_source: "Art. 26, 30(1)(a)",
        hint: "add the joint controller as an organisation of the register and reference the Art. 26 arrangement",
    },
    Rule {
        id: "ORG-006",
        severity: Severity::Error,
        title: "Processor record names its controllers",
        trigger: "role includes processor and a processing category lacks `on_behalf_of` controller id(s) with name and contact details (e.g. only 'kunden').",
        legal_source: "Art. 30(2)(a)-(b)",
        hint: "name each controller (organisation id, or name and contact) and list the processing carried out for it",
    },
    Rule {
        id: "ACT-001",
        severity: Severity::Error,
        title: "Purpose, data subjects, data categories",
        trigger: "Activity without >=1 purpose, >=1 data-subject category or >=1 personal-data category.",
        legal_source: "Art. 30(1)(b)-(c); Art. 5(1)(b)",
        hint: "add at least one purpose, one category of data subjects and one category of personal data",
    },
    Rule {
        id: "ACT-002",
        severity: Severity::Error,
        title: "Recipients declared",
        trigger: "`recipients` absent. An empty list is allowed only with `recipients_none: true`.",
        legal_source: "Art. 30(1)(d)",
        hint: "list the recipients by id, or set recipients_none: true",
    },
    Rule {
        id: "ACT-003",
        severity: Severity::Error,
        title: "Every purpose has an Art. 6(1) basis",
        trigger: "A purpose maps to no Art. 6(1)(a)-(f) letter, or a basis is only a statute / collective agreement without an Art. 6(1) letter.",
        legal_source: "Art. 6(1), 5(1)(a), 13(1)(c); ICO 'Documenting your lawful basis'; CNIL register template (base légale)",
        hint: "give each purpose a LegalBasis with article6: Some(A..F); keep statutes in law_ref",
    },
    Rule {
        id: "ACT-004",
        severity: Severity::Warning,
        title: "Non-basis article cited as basis",
        trigger: "A legal-basis entry cites an article that is not a lawful basis (Art. 5, 25, 88 ...) - it must move to notes.",
        legal_source: "Art. 6(1), 9(2) are exhaustive lists of bases",
        hint: "keep only Art. 6 / Art. 9 bases in the citation; move other articles to notes",
    },
    Rule {
        id: "ACT-005",
        severity: Severity::Warning,
        title: "Basis particulars",
        trigger: "6(1)(c)/(e) without `law_ref` (Union or Member-State law), or with a `law_ref` that names no law (a § or article citation, lov, -loven, bekendtgørelse, forskrift, forordning, direktiv, lovgivning) - e.g. a collective agreement (overenskomst, tariffavtale); 6(1)(e) by a private body without a task-conferring law; 6(1)(f) without stated legitimate interest.",
        legal_source: "Art. 6(3); Art. 13(1)(d)",
        hint: "add law_ref for (c)/(e), legitimate_interest for (f)",
    },
    Rule {
        id: "ACT-006",
        severity: Severity::Error,
        title: "Public authority relying on legitimate interests",
        trigger: "`kind = public_authority` and 6(1)(f) used for a purpose not flagged `outside_public_tasks`.",
        legal_source: "Art. 6(1), second subparagraph",
        hint: "use another basis, or flag the purpose outside_public_tasks if it really is",
    },
    Rule {
        id: "ACT-007",
        severity: Severity::Warning,
        title: "Security measures",
        trigger: "No `security_measures` description and no `security_ref`.",
        legal_source: "Art. 30(1)(g), 30(2)(d), 32(1) ('where possible')",
        hint: "describe the measures (security_measures) here or on the organisation, or link them (security_ref)",
    },
    Rule {
        id: "ACT-008",
        severity: Severity::Warning,
        title: "Source of data",
        trigger: "A data category with `collected_from != data_subject` and no `source`.",
        legal_source: "Art. 14(2)(f); ICO documentation guidance; CNIL register (data source)",
        hint: "name where the data come from in source",
    },
    Rule {
        id: "ACT-009",
        severity: Severity::Warning,
        title: "Automated decision-making declared",
        trigger: "`automated_decision_making` absent, or true without an Art. 22(2)(a)-(c) ground (and 22(4) for special categories).",
        legal_source: "Art. 13(2)(f), 14(2)(g), 22; CNIL/ICO templates",
        hint: "record automated_decisions: Some(AutomatedDecisions(present: false)) or the Art. 22(2) ground",
    },
    Rule {
        id: "ACT-010",
        severity: Severity::Warning,
        title: "DPIA screening recorded",
        trigger: "Two or more WP248 criteria (special/criminal data, national id, large scale, systematic monitoring, vulnerable subjects, matching/combining datasets, new technology, evaluation/scoring, prevents exercise of a right) and `dpia.status` not in {done, planned, not_required+reason}.",
        legal_source: "Art. 35(1),(3),(4); WP29/EDPB WP248 rev.01; Datatilsynet (DK/NO) Art. 35(4) lists",
        hint: "record dpia: Some(Dpia(status: Done | Planned | NotRequired, reason: …))",
    },
    Rule {
        id: "ACT-011",
        severity: Severity::Warning,
        title: "Legitimate interests assessment linked",
        trigger: "A legal basis relies on Art. 6(1)(f) (legitimate interests) and `lia_ref`, the link to the legitimate interests assessment, is not set.",
        legal_source: "Art. 6(1)(f), 5(2), 24(1); Recital 47; ICO controller template (link to record of legitimate interests assessment); EDPB Guidelines 1/2024 on Art. 6(1)(f)",
        hint: "link the legitimate interests assessment in lia_ref, or record it as not stated in the source",
    },
    Rule {
        id: "SPC-001",
        severity: Severity::Error,
        title: "Art. 9 data need an Art. 9(2) condition",
        trigger: "A data category with `special_category = true` and no 9(2)(a)-(j) condition or mapped national provision (DK DBL § 7 stk. 1-4, § 10, § 12; NO POL §§ 6, 7, 9).",
        legal_source: "Art. 9(1)-(2); DBL § 7 (danskelove.dk/databeskyttelsesloven/7), § 10; POL §§ 6-9",
        hint: "add a SpecialCondition with article9 (and the national provision, e.g. databeskyttelseslovens § 7)",
    },
    Rule {
        id: "SPC-002",
        severity: Severity::Error,
        title: "Criminal-offence data need Art. 10 authorisation",
        trigger: "`criminal = true` without: official-authority control, or DK DBL § 8 (public: stk. 1-2; private: stk. 3 explicit consent or clearly overriding legitimate interest; disclosure stk. 4), or NO POL § 11.",
        legal_source: "Art. 10; DBL § 8; POL § 11",
        hint: "add criminal_basis with the official authority or DBL § 8 / POL § 11 provision",
    },
    Rule {
        id: "SPC-003",
        severity: Severity::Error,
        title: "Danish CPR number needs DBL § 11",
        trigger: "`national_id = DK-CPR` without § 11 reference: public authority -> § 11 stk. 1; private -> § 11 stk. 2 nr. 1-4 (law, consent, statistics/research or normal-business disclosure, § 7 conditions); `published = true` without consent (stk. 3).",
        legal_source: "Art. 87; DBL § 11 (elov.dk/.../paragraf/11)",
        hint: "add a NationalIdBasis(scheme: DkCpr, provision: \"databeskyttelseslovens § 11, stk. …\")",
    },
    Rule {
        id: "SPC-004",
        severity: Severity::Error,
        title: "Norwegian fødselsnummer needs POL § 12",
        trigger: "`national_id = NO-FNR` (incl. D-nummer) without a § 12 justification: 'saklig behov for sikker identifisering' and the method is necessary.",
        legal_source: "Art. 87; POL § 12",
        hint: "add a NationalIdBasis(scheme: NoFnr, provision: \"personopplysningsloven § 12\", justification: …)",
    },
    Rule {
        id: "SPC-005",
        severity: Severity::Warning,
        title: "Keyword lint for unflagged sensitive data",
        trigger: "Free text of a data category matches a DA/NO/EN lexicon (helbred, syg*, læge*, fagforening*, politisk*, parti*, religi*, etni*, race, seksuel*, biometri*, genetisk*, arbejdsulykke*, straf*, dom*, CPR, personnummer, fødselsnummer, D-nummer, helse, partitilhørighet, politisk oppfatning ...) but the matching flag is not set. Stems match on word boundaries (the start of a word or of a hyphenated part; long stems such as sygemeld, helbred, fagforening also inside compounds: langtidssygemeldt), so stems catch their forms (sygemelding, sygedagpenge -> health) and listed false friends do not match (participant, particular, parties are not parti; sykkel is not syk).",
        legal_source: "Art. 9(1), 10, 87",
        hint: "set the category's kind (Special, NationalId, Criminal) or reword the name",
    },
    Rule {
        id: "SPC-006",
        severity: Severity::Error,
        title: "No personal identifiers in the register",
        trigger: "Register text contains a value shaped like a CPR number (DDMMYYNNNN, DDMMYY-NNNN or DDMMYY NNNN with a valid date - do NOT require modulus 11, not guaranteed since 1 Oct 2007; a number labelled as a P-nummer, e.g. 'P-nr. 1012871234', is a production unit, not a CPR number) or a Norwegian fnr/D-nr (11 digits passing the control digits).",
        legal_source: "Art. 5(1)(c); DBL § 11 stk. 3 (no publication of CPR); cpr.dk 'Personnumre uden kontrolciffer'",
        hint: "remove the identifier from the register text",
    },
    Rule {
        id: "SPC-007",
        severity: Severity::Warning,
        title: "National provision cannot carry Art. 9 data",
        trigger: "A special condition gives only a national provision (no Art. 9(2) letter) and the provision is not one that can carry special category data: DK databeskyttelsesloven § 7, § 10 or § 12; NO personopplysningsloven § 6, § 7 or § 9; or a GDPR Art. 9(2)(a)-(j) citation. Sections are read however typed (§7, § 7, stk. 1, §§ 7-8, DBL, popplyl.).",
        legal_source: "Art. 9(1)-(2), 9(4); DBL §§ 7, 10, 12; POL §§ 6, 7, 9",
        hint: "cite the Art. 9(2) letter in article9 (a sector law implements one of them), or the data protection act's provision that carries the data",
    },
    Rule {
        id: "SPC-008",
        severity: Severity::Warning,
        title: "National provision cannot authorise Art. 10 data",
        trigger: "criminal_basis is not official authority and its national provision is not one that authorises criminal-offence data: DK databeskyttelsesloven § 8 (or § 10 for statistics and research); NO personopplysningsloven § 11.",
        legal_source: "Art. 10; DBL §§ 8, 10; POL § 11",
        hint: "cite databeskyttelseslovens § 8 (stk. 1-2 public, stk. 3-4 private) or personopplysningsloven § 11, or set official_authority",
    },
    Rule {
        id: "XFR-001",
        severity: Severity::Error,
        title: "Third country identified",
        trigger: "A transfer without an ISO 3166-1 country code or a named international organisation.",
        legal_source: "Art. 30(1)(e), 30(2)(c)",
        hint: "set country to the ISO 3166-1 code (e.g. \"US\") or name the international organisation",
    },
    Rule {
        id: "XFR-002",
        severity: Severity::Error,
        title: "Transfer mechanism required and structured",
        trigger: "Destination not in the adequacy table (or outside its scope: Canada outside PIPEDA, US recipient not DPF-certified) and no structured safeguard: SCC {decision: 2021/914, module 1-4}, BCR {approval ref}, Art. 46(2)(a) instrument, Art. 46(2)(e)/(f) code/certification + binding commitments, Art. 46(3) authorisation, or an Art. 49 derogation.",
        legal_source: "Art. 44, 45, 46, 47, 49; Decision (EU) 2021/914",
        hint: "record the safeguard, e.g. Scc(decision: Some(\"2021/914\"), module: Some(2))",
    },
    Rule {
        id: "XFR-003",
        severity: Severity::Error,
        title: "Invalidated transfer instrument",
        trigger: "Safeguard matches /privacy\\s*shield|safe\\s*harbou?r/i, or cites SCC Decisions 2001/497/EC, 2004/915/EC or 2010/87/EU.",
        legal_source: "CJEU C-362/14 Schrems I (6 Oct 2015, Safe Harbour); CJEU C-311/18 Schrems II (16 Jul 2020, Privacy Shield Decision 2016/1250); Decision (EU) 2021/914 Art. 4 (old SCCs repealed, transition ended 27 Dec 2022)",
        hint: "replace the instrument: EU-US DPF for certified US recipients, or SCCs 2021/914",
    },
    Rule {
        id: "XFR-004",
        severity: Severity::Error,
        title: "EU-US DPF scope",
        trigger: "Mechanism = EU-US DPF but destination != US, or recipient lacks `dpf_certified = true` with `verified_on` not older than 12 months.",
        legal_source: "Commission Implementing Decision (EU) 2023/1795; General Court T-553/23 Latombe (3 Sep 2025, upheld); appeal C-703/25 P pending",
        hint: "use EuUsDpf only for US recipients with dpf_certified: true and a recent dpf_verified_on",
    },
    Rule {
        id: "XFR-005",
        severity: Severity::Error,
        title: "Art. 49 derogation constraints",
        trigger: "Art. 49 used for regular/systematic transfers; 49(1) second subparagraph without `safeguards_documentation` and SA notification; a public authority in the exercise of public powers using 49(1)(a)-(c) or the second subparagraph.",
        legal_source: "Art. 49(1),(3),(6), 30(1)(e); EDPB Guidelines 2/2018",
        hint: "use Art. 49 only for occasional transfers, with documentation and notification where required",
    },
    Rule {
        id: "XFR-006",
        severity: Severity::Warning,
        title: "Undeclared transfer",
        trigger: "A processor, sub-processor or recipient with country outside the EEA (or unknown) while the activity declares no transfer.",
        legal_source: "Art. 30(1)(e), 44",
        hint: "declare the transfer, or record the recipient's EU/EEA country",
    },
    Rule {
        id: "XFR-007",
        severity: Severity::Warning,
        title: "Adequacy table freshness",
        trigger: "Adequacy entry past or within 180 days of `valid_until` (UK: 27 Dec 2031), entry under litigation not re-reviewed in 6 months (DPF), or an NO/IS/LI controller relying on a decision not yet incorporated in the EEA Agreement (e.g. Brazil 2026/179, EEA draft sent 6 May 2026).",
        legal_source: "Art. 45(3)-(5), 97; EEA Agreement Annex XI",
        hint: "review the transfer before the adequacy decision ends or while it is not valid for your country",
    },
    Rule {
        id: "XFR-008",
        severity: Severity::Error,
        title: "Country codes are ISO 3166-1 alpha-2",
        trigger: "An organisation's, recipient's or transfer's country is not an officially assigned ISO 3166-1 alpha-2 code written in capitals (`UK`, `EL`, `Japan`, `dk`, user-assigned `XX`); the finding suggests the code meant (`GB`, `GR`, `JP`, `DK`).",
        legal_source: "Art. 30(1)(e), 30(2)(c) (identification of the third country); ISO 3166-1",
        hint: "write the two-letter code in capitals, e.g. \"GB\" for the United Kingdom",
    },
    Rule {
        id: "XFR-009",
        severity: Severity::Warning,
        title: "Invalidated instrument mentioned beside a valid mechanism",
        trigger: "A transfer's safeguard text or named mechanism mentions Privacy Shield, Safe Harbour or the old SCC decisions, while the transfer also rests on a mechanism valid today (adequacy, DPF for the US, SCC 2021/914 with module, BCR, Art. 46 instrument, Art. 49 derogation).",
        legal_source: "CJEU C-311/18 Schrems II (16 Jul 2020); CJEU C-362/14 Schrems I (6 Oct 2015); Decision (EU) 2021/914 Art. 4; Art. 5(1)(d) accuracy of the record",
        hint: "remove the stale mention, or keep it in notes",
    },
    Rule {
        id: "PRC-001",
        severity: Severity::Warning,
        title: "Processor terms and sub-processors",
        trigger: "Processor recipient without `dpa_ref` (Art. 28(3) contract) or without a `sub_processors` list (or explicit `none`); unnamed processor categories.",
        legal_source: "Art. 28(2)-(4), (9); ICO template ('link to contract with processor')",
        hint: "add dpa_ref and sub_processors: Listed([...]) or None",
    },
    Rule {
        id: "PRC-002",
        severity: Severity::Warning,
        title: "Role clarity",
        trigger: "Same organisation has two roles in one activity without separate flows, or an organisation recorded as processor determines purposes/legal basis.",
        legal_source: "Art. 4(7)-(8), 28(10)",
        hint: "split the flows: one recipient entry per role, each used where it applies",
    },
    Rule {
        id: "CNS-001",
        severity: Severity::Error,
        title: "Consent needs withdrawal process",
        trigger: "Basis 6(1)(a), 9(2)(a) or 49(1)(a) without `consent.withdrawal_process` (and `consent.record_ref`).",
        legal_source: "Art. 7(1),(3), 13(2)(c)",
        hint: "add consent: Some(Consent(withdrawal_process: Some(\"…\")))",
    },
    Rule {
        id: "CNS-002",
        severity: Severity::Warning,
        title: "Consent from employees",
        trigger: "Consent (Art. 6(1)(a) or 9(2)(a)) is a basis of an activity whose data subjects include employees or job applicants (ansatte, medarbejdere, arbeidstakere, employees, ...).",
        legal_source: "Art. 7(4), Recital 43, Art. 88; EDPB Guidelines 05/2020 on consent, paras. 21-24; DBL § 12; POL § 6",
        hint: "rely on contract, legal obligation or legitimate interests; keep consent only where refusing has no consequence, and say so in notes",
    },
    Rule {
        id: "CNS-003",
        severity: Severity::Warning,
        title: "Children's consent to an information society service",
        trigger: "Consent is a basis, the data subjects include children (børn, barn, elever, children, ...), the activity is an online service (app, website, platform, ...), and consent.how_given does not say how age is checked and parents consent.",
        legal_source: "Art. 8(1)-(2), 4(25); DBL § 6, stk. 2 (age 13, DK); POL § 5 (age 13, NO)",
        hint: "record in consent.how_given how the child's age is checked and how the holder of parental responsibility consents below 13",
    },
    Rule {
        id: "RET-001",
        severity: Severity::Error,
        title: "Retention stated per activity/category",
        trigger: "No retention entry. `not_possible` is accepted only with `reason` and `criteria`; anonymisation is encoded as `anonymise_after`, not as retention of personal data.",
        legal_source: "Art. 30(1)(f) ('where possible'), 5(1)(e), 13(2)(a) (period or criteria); Recital 26",
        hint: "add a retention rule; NotPossible needs both reason and criteria",
    },
    Rule {
        id: "RET-002",
        severity: Severity::Warning,
        title: "Vague retention",
        trigger: "Retention only as free text, or matching a vague lexicon: 'så længe det er nødvendigt', 'konkret vurdering', 'så længe det er relevant', 'når de ikke længere er nødvendige', 'når alle formålene ... er oppfylt', 'vurdert i lys av'.",
        legal_source: "Art. 5(1)(e), 13(2)(a)",
        hint: "state a period or an event-based rule; keep the words in text",
    },
    Rule {
        id: "RET-003",
        severity: Severity::Warning,
        title: "Open-ended or indefinite retention",
        trigger: "kind in {indefinite, open_ended, unspecified} without `justification`, or with a justification that does not say why: it must cite a law (a § or article citation, -loven, lov om, bekendtgørelse, forskrift) or an Art. 89 purpose (archiving - arkivloven / arkivlova -, scientific or historical research, statistics).",
        legal_source: "Art. 5(1)(e), 89",
        hint: "give the justification (statute, archive law, Art. 89)",
    },
    Rule {
        id: "RET-004",
        severity: Severity::Error,
        title: "Typed retention",
        trigger: "Durations not ISO 8601 (P30D, P90D, P180D, P3Y, P5Y, P6Y, P10Y); event_based without an event from the controlled vocabulary (death_of_data_subject, death_of_related_person, end_of_membership, end_of_employment, end_of_contract, consent_given, consent_withdrawal, account_deletion, service_unsubscribed, participation, case_closed) or without offset; 'op til' must set bound=max.",
        legal_source: "Art. 30(1)(f); machine-checkability",
        hint: "write durations as ISO 8601 (P30D, P5Y), use a known event, bound: Max for 'op til'",
    },
    Rule {
        id: "RET-005",
        severity: Severity::Warning,
        title: "Retention coherence",
        trigger: "Retention references an undefined data category, two rules contradict for the same category, or a data category/subject group has no covering rule.",
        legal_source: "Art. 30(1)(f) ('different categories of data')",
        hint: "add a rule covering the category or group, or resolve the contradiction",
    },
    Rule {
        id: "RET-006",
        severity: Severity::Error,
        title: "Implausible retention period",
        trigger: "A period or offset longer than 100 years, or a zero period for records a statute requires to be kept (Statutory with P0D).",
        legal_source: "Art. 5(1)(e), 30(1)(f); Art. 5(1)(d) accuracy of the record",
        hint: "correct the period; permanent keeping is Indefinite with its justification (archive law, Art. 89)",
    },
    Rule {
        id: "RET-007",
        severity: Severity::Error,
        title: "Retention text contradicts its value",
        trigger: "The retention text states a period (\"5 år\", \"fem år\", \"30 dage\", \"6 months\", \"3-5 år\") and the structured period or offset equals none of them.",
        legal_source: "Art. 30(1)(f), 13(2)(a); Art. 5(1)(d) accuracy of the record",
        hint: "make the value say what the text says (P5Y for \"5 år\"), or correct the text",
    },
    Rule {
        id: "LOAD-001",
        severity: Severity::Error,
        title: "File cannot be loaded",
        trigger: "A register file cannot be read, is not UTF-8, does not parse as RON, has a field the schema does not know, or lacks a required field.",
        legal_source: "Art. 30(3) GDPR (the record is kept in writing and must be readable)",
        hint: "fix the file at the position shown; the rest of the register is checked regardless",
    },
    Rule {
        id: "STR-004",
        severity: Severity::Error,
        title: "Ids are slugs equal to file names",
        trigger: "An id is not a slug ([a-z0-9-]+), or an activity id differs from its file name.",
        legal_source: "Project convention: one record per file, so that history and review follow the file",
        hint: "use lower-case letters, digits and '-' only, and name the file <id>.ron",
    },
    Rule {
        id: "DATE-001",
        severity: Severity::Error,
        title: "Dates are real calendar dates",
        trigger: "A date field (last_reviewed, an acknowledgement's expires, dpf_verified_on) is not a real YYYY-MM-DD date.",
        legal_source: "Art. 5(2) accountability (reviews must be datable)",
        hint: "write dates as YYYY-MM-DD",
    },
    Rule {
        id: "REV-001",
        severity: Severity::Warning,
        title: "Review overdue",
        trigger: "An activity's next review is past due: its last_reviewed date plus its review interval (review_interval_months of the activity, else of its organisation, else 12 months) is before today (the user's local date).",
        legal_source: "Art. 24(1) (measures reviewed and updated where necessary)",
        hint: "review the activity and update last_reviewed",
    },
    Rule {
        id: "REV-002",
        severity: Severity::Error,
        title: "Review date in the future",
        trigger: "An activity's last_reviewed date is after tomorrow (the user's local date; tomorrow is already today for a colleague in a time zone east of them).",
        legal_source: "Art. 5(2) accountability; Art. 24(1) (reviews must be true and datable)",
        hint: "write the day the review actually took place",
    },
    Rule {
        id: "REV-003",
        severity: Severity::Error,
        title: "Review interval out of range",
        trigger: "An organisation's or activity's review_interval_months is 0 or more than 120 (ten years).",
        legal_source: "Art. 24(1) (measures reviewed and updated where necessary); Art. 5(2) accountability",
        hint: "write how often the record is reviewed as a whole number of months, e.g. 12 for once a year",
    },
    Rule {
        id: "ACK-001",
        severity: Severity::Error,
        title: "Acknowledgement expired",
        trigger: "An acknowledgement's expiry date has passed: the finding it covered counts again and the acknowledgement must be renewed or the flaw fixed.",
        legal_source: "Art. 5(2) accountability; Art. 24(1) review",
        hint: "re-review the finding: fix it, or renew the acknowledgement with a new expiry",
    },
    Rule {
        id: "ACK-002",
        severity: Severity::Warning,
        title: "Acknowledgement matches nothing",
        trigger: "An acknowledgement names an unknown rule, or no finding of its rule and kind (at its path) exists in the file any more: the flaw was fixed, or the finding changed (a missing value acknowledged, a wrong value written since, or the reverse). An acknowledgement without a kind covers missing values only; one of a value written (kind Invalid) covers the value at exactly its at path, and without one covers nothing.",
        legal_source: "Art. 5(2) accountability (the record must not claim flaws it no longer has)",
        hint: "remove the acknowledgement, or correct its rule id or at path; where the finding changed, review the new finding and fix it or acknowledge it with its own kind; name the place of an acknowledged written value with at",
    },
    Rule {
        id: "GAP-001",
        severity: Severity::Warning,
        title: "Not stated in the source",
        trigger: "A value is recorded as NotStated(note: …) (an org number, a transfer mechanism, a retention period), or a record's `not_stated` list names a field as NotStated(field: …, note: …) (an address, the DPO, recipients, data subjects, a recipient's country): the source the record was taken from does not state it. It is a known gap, listed by `ropa validate --gaps`, instead of the error the missing value would raise.",
        legal_source: "Art. 30(1) and 30(2) (the record must contain the information); Art. 5(2) accountability (the gap is recorded, not hidden)",
        hint: "obtain the value from the organisation and record it; until then keep the note saying what the source says",
    },
    Rule {
        id: "GAP-002",
        severity: Severity::Warning,
        title: "Stale not-stated entry",
        trigger: "An entry of a record's `not_stated` list names a field the record fills after all, a field or list item the record does not have, or a field already listed. The entry no longer stands for a gap, or stands for none.",
        legal_source: "Art. 30(1) and 30(2) (the record must be accurate about what it contains); Art. 5(2) accountability",
        hint: "remove the entry when the value is known; write the field path as findings name it, e.g. `address` or `recipients[0].country`",
    },
];

/// A rule's title, trigger, legal source and hint in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleText {
    /// What the rule is about.
    pub title: String,
    /// When the rule applies.
    pub trigger: String,
    /// The law and guidance the rule rests on.
    pub legal_source: String,
    /// What to do about a finding.
    pub hint: String,
}

/// The Fluent key of one of a rule's texts: `rule-<ID>-<part>`, where part
/// is `title`, `when`, `source` or `hint`.
pub fn text_key(rule: &Rule, part: &str) -> String {
    format!("rule-{}-{part}", rule.id)
}

/// `rule`'s texts in `lang`, from the message catalogues. English is this
/// file's text, which the catalogue repeats (a test keeps them equal); a
/// text missing from a catalogue falls back to this file's English rather
/// than showing a key.
pub fn text(rule: &Rule, lang: Lang) -> RuleText {
    let part = |name: &str, english: &str| {
        let key = text_key(rule, name);
        let t = tr(lang, &key);
        if t == key { english.to_string() } else { t }
    };
    RuleText {
        title: part("title", rule.title),
        trigger: part("when", rule.trigger),
        legal_source: part("source", rule.legal_source),
        hint: part("hint", rule.hint),
    }
}

/// The rule reference in Markdown (`docs/rules.md`): one section per rule
/// of the catalogue, in catalogue order, in English. Its headings are the
/// rule ids, so `docs/rules.md#str-001` names a rule; the SARIF output
/// links each rule there. `tests/rules_doc.rs` keeps the file equal to
/// this text.
pub fn reference_markdown() -> String {
    let mut out = String::from(
        "# Validation rules\n\n\
         Every rule `ropa validate` checks, in the order of its catalogue\n\
         (`src/register/validate/catalogue.rs`). `ropa validate --explain RULE`\n\
         prints the same text in Danish, Norwegian or English.\n\n\
         This file is generated: after changing the catalogue, run\n\
         `ROPA_UPDATE_DOCS=1 cargo test --test rules_doc`.\n",
    );
    for r in RULES {
        let severity = match r.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        out.push_str(&format!(
            "\n## {}\n\n**{}** ({severity})\n\n\
             - **When:** {}\n\
             - **Legal source:** {}\n\
             - **What to do:** {}\n",
            r.id, r.title, r.trigger, r.legal_source, r.hint
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_reads_in_every_language_and_english_is_this_files_text() {
        for rule in RULES {
            let en = text(rule, Lang::En);
            assert_eq!(en.title, rule.title, "{}", rule.id);
            assert_eq!(en.trigger, rule.trigger, "{}", rule.id);
            assert_eq!(en.legal_source, rule.legal_source, "{}", rule.id);
            assert_eq!(en.hint, rule.hint, "{}", rule.id);
            for lang in [Lang::Da, Lang::Nb] {
                let t = text(rule, lang);
                assert_ne!(
                    t.title, rule.title,
                    "{} {lang}: title untranslated",
                    rule.id
                );
                assert_ne!(
                    t.trigger, rule.trigger,
                    "{} {lang}: when untranslated",
                    rule.id
                );
            }
        }
    }

    #[test]
    fn danish_and_norwegian_use_their_legal_terms() {
        let org = super::super::rule("ORG-001").expect("rule");
        assert!(
            text(org, Lang::Da)
                .legal_source
                .contains("art. 30, stk. 1, litra a")
        );
        assert!(
            text(org, Lang::Nb)
                .legal_source
                .contains("art. 30 nr. 1 bokstav a")
        );
    }
}
