//! ISO 3166-1 alpha-2 country codes, with the alpha-3 code and the
//! English, Danish and Norwegian (bokmål) names used to suggest the right
//! code for a wrong one (`UK` → `GB`, `Japan` → `JP`, `Tyskland` → `DE`).
//!
//! Generated from the Debian `iso-codes` package 4.15.0
//! (`iso_3166-1.json` and its `da` and `nb` translations), which follows
//! the ISO 3166 Maintenance Agency's list of officially assigned codes
//! (249 entries). Regenerate the table from a newer `iso-codes` when ISO
//! assigns or withdraws a code.

use super::msg::{Msg, MsgArg, msg};
use crate::register::lang::Lang;

/// `(alpha-2, alpha-3, English, Danish, Norwegian)`, sorted by alpha-2.
pub const COUNTRIES: &[(&str, &str, &str, &str, &str)] = &[
    ("AD", "AND", "Andorra", "Andorra", "Andorra"),
    (
        "AE",
        "ARE",
        "United Arab Emirates",
        "Forenede Arabiske Emirater",
        "De forente arabiske emirater",
    ),
    ("AF", "AFG", "Afghanistan", "Afghanistan", "Afghanistan"),
    (
        "AG",
        "ATG",
        "Antigua and Barbuda",
        "Antigua og Barbuda",
        "Antigua og Barbuda",
    ),
    ("AI", "AIA", "Anguilla", "Anguilla", "Anguilla"),
    ("AL", "ALB", "Albania", "Albanien", "Albania"),
    ("AM", "ARM", "Armenia", "Armenien", "Armenia"),
    ("AO", "AGO", "Angola", "Angola", "Angola"),
    ("AQ", "ATA", "Antarctica", "Antarktis", "Antarktika"),
    ("AR", "ARG", "Argentina", "Argentina", "Argentina"),
    (
        "AS",
        "ASM",
        "American Samoa",
        "Amerikansk Samoa",
        "Amerikansk Samoa",
    ),
    ("AT", "AUT", "Austria", "Østrig", "Østerrike"),
    ("AU", "AUS", "Australia", "Australien", "Australia"),
    ("AW", "ABW", "Aruba", "Aruba", "Aruba"),
    ("AX", "ALA", "Åland Islands", "Åland", "Åland"),
    ("AZ", "AZE", "Azerbaijan", "Aserbajdsjan", "Aserbajdsjan"),
    (
        "BA",
        "BIH",
        "Bosnia and Herzegovina",
        "Bosnien-Hercegovina",
        "Bosnia-Hercegovina",
    ),
    ("BB", "BRB", "Barbados", "Barbados", "Barbados"),
    ("BD", "BGD", "Bangladesh", "Bangladesh", "Bangladesh"),
    ("BE", "BEL", "Belgium", "Belgien", "Belgia"),
    ("BF", "BFA", "Burkina Faso", "Burkina Faso", "Burkina Faso"),
    ("BG", "BGR", "Bulgaria", "Bulgarien", "Bulgaria"),
    ("BH", "BHR", "Bahrain", "Bahrain", "Bahrain"),
    ("BI", "BDI", "Burundi", "Burundi", "Burundi"),
    ("BJ", "BEN", "Benin", "Benin", "Benin"),
    (
        "BL",
        "BLM",
        "Saint Barthélemy",
        "Sankt Bartolomæus",
        "Saint-Barthélemy",
    ),
    ("BM", "BMU", "Bermuda", "Bermuda", "Bermuda"),
    (
        "BN",
        "BRN",
        "Brunei Darussalam",
        "Brunei",
        "Brunei Darussalam",
    ),
    (
        "BO",
        "BOL",
        "Bolivia",
        "Bolivia, Den Plurinationale Stat",
        "Bolivia, den flernasjonale stat",
    ),
    (
        "BQ",
        "BES",
        "Bonaire, Sint Eustatius and Saba",
        "Bonaire, Sint Eustatius og Saba",
        "Bonaire, Sint Eustatius og Saba",
    ),
    ("BR", "BRA", "Brazil", "Brasilien", "Brasil"),
    ("BS", "BHS", "Bahamas", "Bahamas", "Bahamas"),
    ("BT", "BTN", "Bhutan", "Bhutan", "Bhutan"),
    ("BV", "BVT", "Bouvet Island", "Bouvet-øen", "Bouvetøya"),
    ("BW", "BWA", "Botswana", "Botswana", "Botswana"),
    ("BY", "BLR", "Belarus", "Hviderusland", "Hviterussland"),
    ("BZ", "BLZ", "Belize", "Belize", "Belize"),
    ("CA", "CAN", "Canada", "Canada", "Canada"),
    (
        "CC",
        "CCK",
        "Cocos (Keeling) Islands",
        "Cocosøerne (Keelingøerne)",
        "Kokosøyene",
    ),
    (
        "CD",
        "COD",
        "Congo, The Democratic Republic of the",
        "Den Demokratiske Republik Congo",
        "Kongo, Den demokratiske republikk",
    ),
    (
        "CF",
        "CAF",
        "Central African Republic",
        "Centralafrikanske Republik",
        "Den sentralafrikanske republikk",
    ),
    ("CG", "COG", "Congo", "Congo", "Kongo"),
    ("CH", "CHE", "Switzerland", "Schweiz", "Sveits"),
    (
        "CI",
        "CIV",
        "Côte d'Ivoire",
        "Elfenbenskysten",
        "Elfenbenskysten",
    ),
    ("CK", "COK", "Cook Islands", "Cookøerne", "Cookøyene"),
    ("CL", "CHL", "Chile", "Chile", "Chile"),
    ("CM", "CMR", "Cameroon", "Cameroun", "Kamerun"),
    ("CN", "CHN", "China", "Kina", "Kina"),
    ("CO", "COL", "Colombia", "Colombia", "Colombia"),
    ("CR", "CRI", "Costa Rica", "Costa Rica", "Costa Rica"),
    ("CU", "CUB", "Cuba", "Cuba", "Cuba"),
    ("CV", "CPV", "Cabo Verde", "Kap Verde", "Kapp Verde"),
    ("CW", "CUW", "Curaçao", "Curaçao", "Curaçao"),
    ("CX", "CXR", "Christmas Island", "Juleøen", "Christmasøya"),
    ("CY", "CYP", "Cyprus", "Cypern", "Kypros"),
    ("CZ", "CZE", "Czechia", "Tjekkiet", "Tsjekkia"),
    ("DE", "DEU", "Germany", "Tyskland", "Tyskland"),
    ("DJ", "DJI", "Djibouti", "Djibouti", "Djibouti"),
    ("DK", "DNK", "Denmark", "Danmark", "Danmark"),
    ("DM", "DMA", "Dominica", "Dominica", "Dominica"),
    (
        "DO",
        "DOM",
        "Dominican Republic",
        "Dominikanske Republik",
        "Den dominikanske republikk",
    ),
    ("DZ", "DZA", "Algeria", "Algeriet", "Algerie"),
    ("EC", "ECU", "Ecuador", "Ecuador", "Ecuador"),
    ("EE", "EST", "Estonia", "Estland", "Estland"),
    ("EG", "EGY", "Egypt", "Egypten", "Egypt"),
    ("EH", "ESH", "Western Sahara", "Vestsahara", "Vest-Sahara"),
    ("ER", "ERI", "Eritrea", "Eritrea", "Eritrea"),
    ("ES", "ESP", "Spain", "Spanien", "Spania"),
    ("ET", "ETH", "Ethiopia", "Etiopien", "Etiopia"),
    ("FI", "FIN", "Finland", "Finland", "Finland"),
    ("FJ", "FJI", "Fiji", "Fiji", "Fiji"),
    (
        "FK",
        "FLK",
        "Falkland Islands (Malvinas)",
        "Falklandsøerne (Malvinas)",
        "Falklandsøyene",
    ),
    (
        "FM",
        "FSM",
        "Micronesia, Federated States of",
        "Mikronesiens Forenede Stater",
        "Mikronesia, Føderasjonen",
    ),
    ("FO", "FRO", "Faroe Islands", "Færøerne", "Færøyene"),
    ("FR", "FRA", "France", "Frankrig", "Frankrike"),
    ("GA", "GAB", "Gabon", "Gabon", "Gabon"),
    (
        "GB",
        "GBR",
        "United Kingdom",
        "Storbritannien",
        "Storbritannia",
    ),
    ("GD", "GRD", "Grenada", "Grenada", "Grenada"),
    ("GE", "GEO", "Georgia", "Georgien", "Georgia"),
    (
        "GF",
        "GUF",
        "French Guiana",
        "Fransk Guyana",
        "Fransk Guyana",
    ),
    ("GG", "GGY", "Guernsey", "Guernsey", "Guernsey"),
    ("GH", "GHA", "Ghana", "Ghana", "Ghana"),
    ("GI", "GIB", "Gibraltar", "Gibraltar", "Gibraltar"),
    ("GL", "GRL", "Greenland", "Grønland", "Grønland"),
    ("GM", "GMB", "Gambia", "Gambia", "Gambia"),
    ("GN", "GIN", "Guinea", "Guinea", "Guinea"),
    ("GP", "GLP", "Guadeloupe", "Guadeloupe", "Guadeloupe"),
    (
        "GQ",
        "GNQ",
        "Equatorial Guinea",
        "Ækvatorialguinea",
        "Ekvatorial-Guinea",
    ),
    ("GR", "GRC", "Greece", "Grækenland", "Hellas"),
    (
        "GS",
        "SGS",
        "South Georgia and the South Sandwich Islands",
        "South Georgia og De Sydlige Sandwichøer",
        "Sør-Georgia og Sør-Sandwichøyene",
    ),
    ("GT", "GTM", "Guatemala", "Guatemala", "Guatemala"),
    ("GU", "GUM", "Guam", "Guam", "Guam"),
    (
        "GW",
        "GNB",
        "Guinea-Bissau",
        "Guinea-Bissau",
        "Guinea-Bissau",
    ),
    ("GY", "GUY", "Guyana", "Guyana", "Guyana"),
    ("HK", "HKG", "Hong Kong", "Hongkong", "Hongkong"),
    (
        "HM",
        "HMD",
        "Heard Island and McDonald Islands",
        "Heard-øen og McDonald-øerne",
        "Heard- og McDonaldøyene",
    ),
    ("HN", "HND", "Honduras", "Honduras", "Honduras"),
    ("HR", "HRV", "Croatia", "Kroatien", "Kroatia"),
    ("HT", "HTI", "Haiti", "Haiti", "Haiti"),
    ("HU", "HUN", "Hungary", "Ungarn", "Ungarn"),
    ("ID", "IDN", "Indonesia", "Indonesien", "Indonesia"),
    ("IE", "IRL", "Ireland", "Irland", "Irland"),
    ("IL", "ISR", "Israel", "Israel", "Israel"),
    ("IM", "IMN", "Isle of Man", "Isle of Man", "Man"),
    ("IN", "IND", "India", "Indien", "India"),
    (
        "IO",
        "IOT",
        "British Indian Ocean Territory",
        "Det britiske territorium i Det Indiske Ocean",
        "Det britiske territoriet i Indiahavet",
    ),
    ("IQ", "IRQ", "Iraq", "Irak", "Irak"),
    (
        "IR",
        "IRN",
        "Iran",
        "Iran, Den Islamiske Republik",
        "Iran, Den islamske republikk",
    ),
    ("IS", "ISL", "Iceland", "Island", "Island"),
    ("IT", "ITA", "Italy", "Italien", "Italia"),
    ("JE", "JEY", "Jersey", "Jersey", "Jersey"),
    ("JM", "JAM", "Jamaica", "Jamaica", "Jamaica"),
    ("JO", "JOR", "Jordan", "Jordan", "Jordan"),
    ("JP", "JPN", "Japan", "Japan", "Japan"),
    ("KE", "KEN", "Kenya", "Kenya", "Kenya"),
    ("KG", "KGZ", "Kyrgyzstan", "Kirgisistan", "Kirgisistan"),
    ("KH", "KHM", "Cambodia", "Cambodja", "Kambodsja"),
    ("KI", "KIR", "Kiribati", "Kiribati", "Kiribati"),
    ("KM", "COM", "Comoros", "Comorerne", "Komorene"),
    (
        "KN",
        "KNA",
        "Saint Kitts and Nevis",
        "Sankt Kitts og Nevis",
        "Saint Kitts og Nevis",
    ),
    (
        "KP",
        "PRK",
        "North Korea",
        "Korea, Den Demokratiske Folkerepublik",
        "Korea, Den demokratiske folkerepublikk",
    ),
    (
        "KR",
        "KOR",
        "South Korea",
        "Korea, Republikken",
        "Korea, Republikken",
    ),
    ("KW", "KWT", "Kuwait", "Kuwait", "Kuwait"),
    ("KY", "CYM", "Cayman Islands", "Caymanøerne", "Caymanøyene"),
    ("KZ", "KAZ", "Kazakhstan", "Kasakhstan", "Kasakhstan"),
    (
        "LA",
        "LAO",
        "Laos",
        "Lao, Folkets Demokratiske Republik",
        "Den demokratiske folkerepublikk Laos",
    ),
    ("LB", "LBN", "Lebanon", "Libanon", "Libanon"),
    ("LC", "LCA", "Saint Lucia", "Sankt Lucia", "Saint Lucia"),
    (
        "LI",
        "LIE",
        "Liechtenstein",
        "Liechtenstein",
        "Liechtenstein",
    ),
    ("LK", "LKA", "Sri Lanka", "Sri Lanka", "Sri Lanka"),
    ("LR", "LBR", "Liberia", "Liberia", "Liberia"),
    ("LS", "LSO", "Lesotho", "Lesotho", "Lesotho"),
    ("LT", "LTU", "Lithuania", "Litauen", "Litauen"),
    ("LU", "LUX", "Luxembourg", "Luxembourg", "Luxembourg"),
    ("LV", "LVA", "Latvia", "Letland", "Latvia"),
    ("LY", "LBY", "Libya", "Libyen", "Libya"),
    ("MA", "MAR", "Morocco", "Marokko", "Marokko"),
    ("MC", "MCO", "Monaco", "Monaco", "Monaco"),
    (
        "MD",
        "MDA",
        "Moldova",
        "Moldova, Republikken",
        "Moldova, Republikken",
    ),
    ("ME", "MNE", "Montenegro", "Montenegro", "Montenegro"),
    (
        "MF",
        "MAF",
        "Saint Martin (French part)",
        "Sankt Martin (Fransk del)",
        "Saint Martin (fransk del)",
    ),
    ("MG", "MDG", "Madagascar", "Madagaskar", "Madagaskar"),
    (
        "MH",
        "MHL",
        "Marshall Islands",
        "Marshalløerne",
        "Marshalløyene",
    ),
    (
        "MK",
        "MKD",
        "North Macedonia",
        "Nordmakedonien",
        "Nord-Makedonia",
    ),
    ("ML", "MLI", "Mali", "Mali", "Mali"),
    ("MM", "MMR", "Myanmar", "Burma", "Myanmar"),
    ("MN", "MNG", "Mongolia", "Mongoliet", "Mongolia"),
    ("MO", "MAC", "Macao", "Macao", "Macao"),
    (
        "MP",
        "MNP",
        "Northern Mariana Islands",
        "Nordmarianerne",
        "Nord-Marianene",
    ),
    ("MQ", "MTQ", "Martinique", "Martinique", "Martinique"),
    ("MR", "MRT", "Mauritania", "Mauretanien", "Mauritania"),
    ("MS", "MSR", "Montserrat", "Montserrat", "Montserrat"),
    ("MT", "MLT", "Malta", "Malta", "Malta"),
    ("MU", "MUS", "Mauritius", "Mauritius", "Mauritius"),
    ("MV", "MDV", "Maldives", "Maldiverne", "Maldivene"),
    ("MW", "MWI", "Malawi", "Malawi", "Malawi"),
    ("MX", "MEX", "Mexico", "Mexico", "Mexico"),
    ("MY", "MYS", "Malaysia", "Malaysia", "Malaysia"),
    ("MZ", "MOZ", "Mozambique", "Mocambique", "Mosambik"),
    ("NA", "NAM", "Namibia", "Namibia", "Namibia"),
    (
        "NC",
        "NCL",
        "New Caledonia",
        "Ny Kaledonien",
        "Ny-Caledonia",
    ),
    ("NE", "NER", "Niger", "Niger", "Niger"),
    ("NF", "NFK", "Norfolk Island", "Norfolk Øen", "Norfolkøya"),
    ("NG", "NGA", "Nigeria", "Nigeria", "Nigeria"),
    ("NI", "NIC", "Nicaragua", "Nicaragua", "Nicaragua"),
    ("NL", "NLD", "Netherlands", "Holland", "Nederland"),
    ("NO", "NOR", "Norway", "Norge", "Norge"),
    ("NP", "NPL", "Nepal", "Nepal", "Nepal"),
    ("NR", "NRU", "Nauru", "Nauru", "Nauru"),
    ("NU", "NIU", "Niue", "Niue", "Niue"),
    ("NZ", "NZL", "New Zealand", "New Zealand", "New Zealand"),
    ("OM", "OMN", "Oman", "Oman", "Oman"),
    ("PA", "PAN", "Panama", "Panama", "Panama"),
    ("PE", "PER", "Peru", "Peru", "Peru"),
    (
        "PF",
        "PYF",
        "French Polynesia",
        "Fransk Polynesien",
        "Fransk Polynesia",
    ),
    (
        "PG",
        "PNG",
        "Papua New Guinea",
        "Papua Ny Guinea",
        "Papua Ny-Guinea",
    ),
    ("PH", "PHL", "Philippines", "Filippinerne", "Filippinene"),
    ("PK", "PAK", "Pakistan", "Pakistan", "Pakistan"),
    ("PL", "POL", "Poland", "Polen", "Polen"),
    (
        "PM",
        "SPM",
        "Saint Pierre and Miquelon",
        "Sankt Pierre og Miquelon",
        "Saint-Pierre og Miquelon",
    ),
    ("PN", "PCN", "Pitcairn", "Pitcairn", "Pitcairn"),
    ("PR", "PRI", "Puerto Rico", "Puerto Rico", "Puerto Rico"),
    (
        "PS",
        "PSE",
        "Palestine, State of",
        "Palæstina, staten",
        "Palestina, staten",
    ),
    ("PT", "PRT", "Portugal", "Portugal", "Portugal"),
    ("PW", "PLW", "Palau", "Palau", "Palau"),
    ("PY", "PRY", "Paraguay", "Paraguay", "Paraguay"),
    ("QA", "QAT", "Qatar", "Qatar", "Qatar"),
    ("RE", "REU", "Réunion", "Réunion", "Réunion"),
    ("RO", "ROU", "Romania", "Rumænien", "Romania"),
    ("RS", "SRB", "Serbia", "Serbien", "Serbia"),
    (
        "RU",
        "RUS",
        "Russian Federation",
        "Russiske føderation",
        "Den russiske føderasjon",
    ),
    ("RW", "RWA", "Rwanda", "Rwanda", "Rwanda"),
    ("SA", "SAU", "Saudi Arabia", "Saudi-Arabien", "Saudi-Arabia"),
    (
        "SB",
        "SLB",
        "Solomon Islands",
        "Salomonøerne",
        "Salomonøyene",
    ),
    ("SC", "SYC", "Seychelles", "Seychellerne", "Seychellene"),
    ("SD", "SDN", "Sudan", "Sudan", "Sudan"),
    ("SE", "SWE", "Sweden", "Sverige", "Sverige"),
    ("SG", "SGP", "Singapore", "Singapore", "Singapore"),
    (
        "SH",
        "SHN",
        "Saint Helena, Ascension and Tristan da Cunha",
        "Sankt Helena, Ascension og Tristan da Cunha",
        "Saint Helena, Ascension og Tristan da Cunha",
    ),
    ("SI", "SVN", "Slovenia", "Slovenien", "Slovenia"),
    (
        "SJ",
        "SJM",
        "Svalbard and Jan Mayen",
        "Svalbard og Jan Mayen",
        "Svalbard og Jan Mayen",
    ),
    ("SK", "SVK", "Slovakia", "Slovakiet", "Slovakia"),
    ("SL", "SLE", "Sierra Leone", "Sierra Leone", "Sierra Leone"),
    ("SM", "SMR", "San Marino", "San Marino", "San Marino"),
    ("SN", "SEN", "Senegal", "Senegal", "Senegal"),
    ("SO", "SOM", "Somalia", "Somalia", "Somalia"),
    ("SR", "SUR", "Suriname", "Surinam", "Surinam"),
    ("SS", "SSD", "South Sudan", "Sydsudan", "Sør-Sudan"),
    (
        "ST",
        "STP",
        "Sao Tome and Principe",
        "São Tomé og Príncipe",
        "São Tomé og Príncipe",
    ),
    ("SV", "SLV", "El Salvador", "El Salvador", "El Salvador"),
    (
        "SX",
        "SXM",
        "Sint Maarten (Dutch part)",
        "Sint Maarten (hollandsk del)",
        "Sint Maarten (nederlandsk del)",
    ),
    (
        "SY",
        "SYR",
        "Syria",
        "Syriske Arabiske Republik",
        "Den arabiske republikk Syria",
    ),
    (
        "SZ",
        "SWZ",
        "Eswatini",
        "Eswatini",
        "Eswatini (tidligere Swasiland)",
    ),
    (
        "TC",
        "TCA",
        "Turks and Caicos Islands",
        "Turks- og Caicosøerne",
        "Turks- og Caicosøyene",
    ),
    ("TD", "TCD", "Chad", "Tchad", "Tsjad"),
    (
        "TF",
        "ATF",
        "French Southern Territories",
        "Sydlige Franske Territorier",
        "Franske sørlige territorier",
    ),
    ("TG", "TGO", "Togo", "Togo", "Togo"),
    ("TH", "THA", "Thailand", "Thailand", "Thailand"),
    ("TJ", "TJK", "Tajikistan", "Tadsjikistan", "Tadsjikistan"),
    ("TK", "TKL", "Tokelau", "Tokelau", "Tokelau"),
    ("TL", "TLS", "Timor-Leste", "Timor-Leste", "Øst-Timor"),
    ("TM", "TKM", "Turkmenistan", "Turkmenistan", "Turkmenistan"),
    ("TN", "TUN", "Tunisia", "Tunesien", "Tunisia"),
    ("TO", "TON", "Tonga", "Tonga", "Tonga"),
    ("TR", "TUR", "Türkiye", "Türkiye", "Türkiye"),
    (
        "TT",
        "TTO",
        "Trinidad and Tobago",
        "Trinidad og Tobago",
        "Trinidad og Tobago",
    ),
    ("TV", "TUV", "Tuvalu", "Tuvalu", "Tuvalu"),
    (
        "TW",
        "TWN",
        "Taiwan",
        "Taiwan, Den Kinesiske Provins",
        "Taiwan, Den kinesiske provins",
    ),
    (
        "TZ",
        "TZA",
        "Tanzania",
        "Tanzania, Den Forenede Republik",
        "Tanzania, Forbundsrepublikken",
    ),
    ("UA", "UKR", "Ukraine", "Ukraine", "Ukraina"),
    ("UG", "UGA", "Uganda", "Uganda", "Uganda"),
    (
        "UM",
        "UMI",
        "United States Minor Outlying Islands",
        "USA's ydre småøer",
        "Mindre utenforliggende øyer til USA",
    ),
    ("US", "USA", "United States", "USA", "De forente stater"),
    ("UY", "URY", "Uruguay", "Uruguay", "Uruguay"),
    ("UZ", "UZB", "Uzbekistan", "Usbekistan", "Usbekistan"),
    (
        "VA",
        "VAT",
        "Holy See (Vatican City State)",
        "Vatikanstaten",
        "Vatikanstaten",
    ),
    (
        "VC",
        "VCT",
        "Saint Vincent and the Grenadines",
        "Sankt Vincent og Grenadinerne",
        "Saint Vincent og Grenadinene",
    ),
    (
        "VE",
        "VEN",
        "Venezuela",
        "Den Bolivariske Republik Venezuela",
        "Venezuela, Republikken",
    ),
    (
        "VG",
        "VGB",
        "Virgin Islands, British",
        "Britiske Jomfruøer, De",
        "Jomfruøyene (Storbritannia)",
    ),
    (
        "VI",
        "VIR",
        "Virgin Islands, U.S.",
        "Amerikanske Jomfruøer, De",
        "Jomfruøyene (USA)",
    ),
    ("VN", "VNM", "Vietnam", "Vietnam", "Vietnam"),
    ("VU", "VUT", "Vanuatu", "Vanuatu", "Vanuatu"),
    (
        "WF",
        "WLF",
        "Wallis and Futuna",
        "Wallis og Futunaøerne",
        "Wallis og Futunaøyene",
    ),
    ("WS", "WSM", "Samoa", "Samoa", "Samoa"),
    ("YE", "YEM", "Yemen", "Yemen", "Jemen"),
    ("YT", "MYT", "Mayotte", "Mayotte", "Mayotte"),
    ("ZA", "ZAF", "South Africa", "Sydafrika", "Sør-Afrika"),
    ("ZM", "ZMB", "Zambia", "Zambia", "Zambia"),
    ("ZW", "ZWE", "Zimbabwe", "Zimbabwe", "Zimbabwe"),
];

/// Other ways people write a country, with the code they mean: codes
/// that are not ISO 3166-1 alpha-2 but are used for a country (`UK`, the
/// EU's `EL` for Greece), and everyday names the table does not carry.
const ALIASES: &[(&str, &str)] = &[
    ("UK", "GB"),
    ("EL", "GR"),
    ("ENGLAND", "GB"),
    ("SCOTLAND", "GB"),
    ("WALES", "GB"),
    ("NORTHERN IRELAND", "GB"),
    ("GREAT BRITAIN", "GB"),
    ("BRITAIN", "GB"),
    ("STORBRITANNIEN", "GB"),
    ("STORBRITANNIA", "GB"),
    ("ENGLAND OG WALES", "GB"),
    ("DET FORENEDE KONGERIGE", "GB"),
    ("STORBRITANNIA OG NORD-IRLAND", "GB"),
    ("AMERICA", "US"),
    ("AMERIKA", "US"),
    ("U.S.", "US"),
    ("U.S.A.", "US"),
    ("UNITED STATES OF AMERICA", "US"),
    ("DE FORENEDE STATER", "US"),
    ("USA", "US"),
    ("HOLLAND", "NL"),
    ("SYDKOREA", "KR"),
    ("SØR-KOREA", "KR"),
    ("SOUTH KOREA", "KR"),
    ("KOREA", "KR"),
    ("NORDKOREA", "KP"),
    ("NORD-KOREA", "KP"),
    ("RUSLAND", "RU"),
    ("RUSSLAND", "RU"),
    ("RUSSIA", "RU"),
    ("KINA", "CN"),
    ("CHINA", "CN"),
    ("INDIEN", "IN"),
    ("INDIA", "IN"),
    ("SCHWEIZ", "CH"),
    ("SVEITS", "CH"),
    ("SWITZERLAND", "CH"),
    ("FÆRØERNE", "FO"),
    ("FÆRØYENE", "FO"),
    ("GRØNLAND", "GL"),
    ("ISLAND", "IS"),
];

/// True when `code` is an officially assigned ISO 3166-1 alpha-2 code,
/// written as ISO writes it (two capital letters).
pub fn is_alpha2(code: &str) -> bool {
    COUNTRIES.binary_search_by(|c| c.0.cmp(code)).is_ok()
}

/// The English name of an alpha-2 code.
pub fn name(code: &str) -> Option<&'static str> {
    COUNTRIES
        .binary_search_by(|c| c.0.cmp(code))
        .ok()
        .map(|i| COUNTRIES[i].2)
}

/// The alpha-2 code that `written` most likely means: the code in other
/// letter case, an alias (`UK`), an alpha-3 code (`DEU`) or a name in
/// English, Danish or Norwegian (`Japan`, `Tyskland`, `Sveits`).
pub fn suggest(written: &str) -> Option<&'static str> {
    let t = written.trim();
    let upper = t.to_uppercase();
    if let Some(c) = COUNTRIES.iter().find(|c| c.0 == upper) {
        return Some(c.0);
    }
    if let Some((_, code)) = ALIASES.iter().find(|(a, _)| *a == upper) {
        return Some(code);
    }
    if let Some(c) = COUNTRIES.iter().find(|c| c.1 == upper) {
        return Some(c.0);
    }
    COUNTRIES
        .iter()
        .find(|c| [c.2, c.3, c.4].iter().any(|n| n.to_uppercase() == upper))
        .map(|c| c.0)
}

/// Why `written` is not an ISO 3166-1 alpha-2 code, with the code it
/// probably means; `None` when it is one.
pub fn problem(written: &str) -> Option<String> {
    problem_msg(written).map(|(_, english)| english)
}

/// [`problem`] as a finding's sentence in every language, with its
/// English text.
pub(crate) fn problem_msg(written: &str) -> Option<(Msg, String)> {
    if is_alpha2(written) {
        return None;
    }
    Some(match suggest(written) {
        Some(code) => {
            let country = MsgArg::each(|lang| {
                COUNTRIES
                    .iter()
                    .find(|c| c.0 == code)
                    .map_or(code, |c| match lang {
                        Lang::Da => c.3,
                        Lang::Nb => c.4,
                        Lang::En => c.2,
                    })
                    .to_string()
            });
            msg!(
                "finding-country-did-you-mean",
                "`{written}` is not an ISO 3166-1 alpha-2 country code; did you mean `{code}` ({country})?",
                written = written,
                code = code,
                country = country
            )
        }
        None if user_assigned(written) => msg!(
            "finding-country-user-assigned",
            "`{written}` is not an ISO 3166-1 alpha-2 country code; it is a user-assigned code, which names no country",
            written = written
        ),
        None => msg!(
            "finding-country-not-alpha2",
            "`{written}` is not an ISO 3166-1 alpha-2 country code; write the two-letter code, e.g. `US`, `GB`, `JP`",
            written = written
        ),
    })
}

/// `AA`, `QM`-`QZ`, `XA`-`XZ` and `ZZ`: reserved by ISO 3166-1 for users,
/// never a country.
fn user_assigned(s: &str) -> bool {
    let u = s.trim().to_uppercase();
    let b = u.as_bytes();
    b.len() == 2 && (u == "AA" || u == "ZZ" || b[0] == b'X' || (b[0] == b'Q' && b[1] >= b'M'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_complete_and_unique() {
        assert_eq!(COUNTRIES.len(), 249);
        assert!(COUNTRIES.windows(2).all(|w| w[0].0 < w[1].0));
        for c in COUNTRIES {
            assert!(c.0.len() == 2 && c.0.bytes().all(|b| b.is_ascii_uppercase()));
            assert!(c.1.len() == 3 && c.1.bytes().all(|b| b.is_ascii_uppercase()));
        }
    }

    #[test]
    fn codes_and_suggestions() {
        for ok in ["DK", "NO", "US", "GB", "JP", "FO", "GL", "CH", "KR"] {
            assert!(is_alpha2(ok), "{ok}");
            assert!(problem(ok).is_none(), "{ok}");
        }
        for (bad, want) in [
            ("UK", Some("GB")),
            ("uk", Some("GB")),
            ("EL", Some("GR")),
            ("dk", Some("DK")),
            ("Dk", Some("DK")),
            (" US ", Some("US")),
            ("Japan", Some("JP")),
            ("JPN", Some("JP")),
            ("USA", Some("US")),
            ("Tyskland", Some("DE")),
            ("Germany", Some("DE")),
            ("Sverige", Some("SE")),
            ("Sveits", Some("CH")),
            ("Schweiz", Some("CH")),
            ("Storbritannien", Some("GB")),
            ("England", Some("GB")),
            ("De forente stater", Some("US")),
            ("Sydkorea", Some("KR")),
            ("XX", None),
            ("ZZ", None),
            ("QM", None),
            ("Narnia", None),
            ("", None),
        ] {
            assert!(!is_alpha2(bad), "{bad:?} must not pass");
            assert_eq!(suggest(bad), want, "{bad:?}");
            let msg = problem(bad).expect("a problem");
            if let Some(code) = want {
                assert!(msg.contains(&format!("`{code}`")), "{msg}");
            }
        }
        assert!(problem("XX").expect("problem").contains("user-assigned"));
    }
}
