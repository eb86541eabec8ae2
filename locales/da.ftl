# ropas danske tekster. Hver nøgle her findes også i en.ftl og nb.ftl
# (en test kontrollerer det). Juridiske henvisninger som i forordningens
# danske udgave og Datatilsynets vejledninger.

## Værdiernes betegnelser (src/register/export/labels.rs)

org-role-controller = Dataansvarlig (art. 30, stk. 1)
org-role-processor = Databehandler (art. 30, stk. 2)
org-role-both = Dataansvarlig og databehandler (art. 30, stk. 1 og 2)
org-kind-public-authority = Offentlig myndighed
org-kind-company = Virksomhed
org-kind-association = Forening
org-kind-foundation = Fond
org-kind-other = Andet
activity-role-controller = Dataansvarlig
activity-role-processor = Databehandler
activity-role-joint-controller = Fælles dataansvarlig
status-draft = Kladde
status-in-review = Til gennemsyn
status-approved = Godkendt
status-retired = Ophørt
org-number-cvr = CVR-nr. { $value }
org-number-no-orgnr = Norsk organisasjonsnummer { $value }
not-stated = ikke oplyst i kilden
not-stated-note = ikke oplyst i kilden: { $note }
recipient-kind-processor = Databehandler
recipient-kind-sub-processor = Underdatabehandler
recipient-kind-independent-controller = Selvstændig dataansvarlig
recipient-kind-joint-controller = Fælles dataansvarlig
recipient-kind-public-authority = Offentlig myndighed
recipient-kind-internal = Intern
recipient-kind-other = Andet
national-id-dk-cpr = CPR-nummer
national-id-no-fnr = Norsk fødselsnummer / D-nummer
special-racial-or-ethnic-origin = race eller etnisk oprindelse
special-political-opinions = politisk overbevisning
special-religious-or-philosophical-beliefs = religiøs eller filosofisk overbevisning
special-trade-union-membership = fagforeningsmæssigt tilhørsforhold
special-genetic = genetiske data
special-biometric = biometriske data
special-health = helbredsoplysninger
special-sex-life-or-orientation = seksuelle forhold eller seksuel orientering
special-unspecified = ikke nærmere angivet (kilden siger "følsomme")
data-kind-ordinary = Almindelige personoplysninger
data-kind-special = Følsomme personoplysninger (art. 9)
data-kind-special-list = Følsomme personoplysninger (art. 9): { $list }
data-kind-national-id = Personnummer (art. 87): { $scheme }
data-kind-criminal = Oplysninger om strafbare forhold (art. 10)
collected-from-data-subject = den registrerede
collected-from-third-party = en tredjepart
collected-from-public-register = et offentligt register
collected-from-generated = dannet i den dataansvarliges systemer
art6-ref = Art. 6, stk. 1, litra { $letter }
art6-ref-none = Art. 6, stk. 1, litra ikke angivet
art6-a = Art. 6, stk. 1, litra a (samtykke)
art6-b = Art. 6, stk. 1, litra b (kontrakt)
art6-c = Art. 6, stk. 1, litra c (retlig forpligtelse)
art6-d = Art. 6, stk. 1, litra d (vitale interesser)
art6-e = Art. 6, stk. 1, litra e (opgave i samfundets interesse eller offentlig myndighedsudøvelse)
art6-f = Art. 6, stk. 1, litra f (legitime interesser)
art9-a = Art. 9, stk. 2, litra a (udtrykkeligt samtykke)
art9-b = Art. 9, stk. 2, litra b (arbejds-, sikrings- og socialret)
art9-c = Art. 9, stk. 2, litra c (vitale interesser)
art9-d = Art. 9, stk. 2, litra d (medlemmer af organ uden gevinstformål)
art9-e = Art. 9, stk. 2, litra e (åbenlyst offentliggjort af den registrerede)
art9-f = Art. 9, stk. 2, litra f (retskrav)
art9-g = Art. 9, stk. 2, litra g (væsentlige samfundsinteresser)
art9-h = Art. 9, stk. 2, litra h (sundhed og social behandling)
art9-i = Art. 9, stk. 2, litra i (folkesundhed)
art9-j = Art. 9, stk. 2, litra j (arkiv, forskning og statistik)
art9-none = Art. 9, stk. 2, litra ikke angivet
art22-contract = Art. 22, stk. 2, litra a (nødvendig for en kontrakt)
art22-law = Art. 22, stk. 2, litra b (hjemlet i lovgivning)
art22-explicit-consent = Art. 22, stk. 2, litra c (udtrykkeligt samtykke)
art49-a = Art. 49, stk. 1, litra a (udtrykkeligt samtykke)
art49-b = Art. 49, stk. 1, litra b (kontrakt med den registrerede)
art49-c = Art. 49, stk. 1, litra c (kontrakt i den registreredes interesse)
art49-d = Art. 49, stk. 1, litra d (vigtige samfundsinteresser)
art49-e = Art. 49, stk. 1, litra e (retskrav)
art49-f = Art. 49, stk. 1, litra f (vitale interesser)
art49-g = Art. 49, stk. 1, litra g (offentligt register)
art49-none = Art. 49, stk. 1, andet afsnit
dpia-not-assessed = Ikke vurderet
dpia-not-required = Ikke påkrævet
dpia-planned = Påkrævet, planlagt
dpia-done = Påkrævet, gennemført
dpia-required-not-assessed = Endnu ikke vurderet
yes = Ja
no = Nej
risk-evaluation-or-scoring = evaluering eller scoring
risk-automated-decision = automatiske afgørelser med retsvirkning eller lignende betydelig virkning
risk-systematic-monitoring = systematisk overvågning
risk-large-scale = behandling i stort omfang
risk-matching-datasets = sammenkøring eller kombination af datasæt
risk-vulnerable-subjects = sårbare registrerede
risk-new-technology = innovativ brug af teknologi
risk-prevents-rights = forhindrer udøvelse af en rettighed eller brug af en tjeneste
period-years = { $n } år
period-months = { $n ->
    [one] { $n } måned
   *[other] { $n } måneder
}
period-weeks = { $n ->
    [one] { $n } uge
   *[other] { $n } uger
}
period-days = { $n ->
    [one] { $n } dag
   *[other] { $n } dage
}
period-hours = { $n ->
    [one] { $n } time
   *[other] { $n } timer
}
period-minutes = { $n ->
    [one] { $n } minut
   *[other] { $n } minutter
}
period-and = { $first } og { $second }
event-death-of-data-subject = den registreredes død
event-death-of-related-person = en anden berørt persons død
event-end-of-membership = medlemskabets ophør
event-end-of-employment = ansættelsens ophør
event-end-of-contract = kontraktens ophør
event-consent-given = samtykkets afgivelse
event-consent-withdrawal = tilbagetrækning af samtykket
event-account-deletion = sletning af kontoen
event-service-unsubscribed = afmelding af tjenesten
event-participation = deltagelsen
event-case-closed = sagens afslutning
event-other = { $text }
retention-duration = { $period } fra indsamlingen
retention-duration-max = op til { $period } fra indsamlingen
retention-event = { $period } efter { $event }
retention-event-max = op til { $period } efter { $event }
retention-duration-zero = straks efter indsamlingen
retention-event-zero = straks efter { $event }
retention-statutory = så længe { $law } kræver
retention-statutory-period = { $period } efter { $law }
retention-until-withdrawal = indtil samtykket trækkes tilbage, eller den registrerede afslutter tjenesten
retention-indefinite = opbevares uden tidsbegrænsning, begrundelse: { $justification }
retention-indefinite-none = opbevares uden tidsbegrænsning, ingen begrundelse angivet
retention-not-possible = der kan ikke angives en slettefrist, årsag: { $reason }; kriterier: { $criteria }
retention-anonymise = anonymiseres efter { $period }
retention-anonymise-none = anonymiseres (frist ikke angivet)
mechanism-adequacy = Afgørelse om tilstrækkeligt beskyttelsesniveau (art. 45)
mechanism-eu-us-dpf = EU-US Data Privacy Framework (afgørelse (EU) 2023/1795)
mechanism-scc = Standardkontraktbestemmelser (art. 46, stk. 2, litra c)
mechanism-scc-decision = afgørelse { $decision }
mechanism-scc-decision-none = afgørelse ikke angivet
mechanism-scc-module = modul { $module }
mechanism-bcr = Bindende virksomhedsregler (art. 46, stk. 2, litra b, og art. 47)
mechanism-bcr-approval = godkendelse { $approval }
mechanism-public-instrument = Instrument mellem offentlige myndigheder (art. 46, stk. 2, litra a): { $text }
mechanism-code-of-conduct = Adfærdskodeks (art. 46, stk. 2, litra e): { $text }
mechanism-certification = Certificering (art. 46, stk. 2, litra f): { $text }
mechanism-authorised-clauses = Kontraktbestemmelser godkendt af tilsynsmyndigheden (art. 46, stk. 3): { $text }
mechanism-derogation = Undtagelse, { $letter }
mechanism-derogation-safeguards = dokumentation for garantier: { $text }
mechanism-derogation-sa-notified = tilsynsmyndigheden er underrettet
mechanism-named = Som angivet i kilden: { $text }
field-email = e-mail
field-phone = telefon
field-other = andet
field-arrangement = ordning
field-scope = omfang
field-dpo = databeskyttelsesrådgiver
field-country = land
field-address = adresse
field-description = beskrivelse
field-dpa = databehandleraftale
field-sub-processors = underdatabehandlere
field-location = placering
field-national-provision = national bestemmelse
field-legitimate-interest = legitim interesse
field-purposes = formål
field-categories = kategorier
field-justification = begrundelse
field-data-subjects = registrerede
field-data = oplysninger
field-purpose = formål
field-international-organisation = international organisation
field-as-written = som angivet
field-recipients = modtagere
field-documentation = dokumentation
field-record = registrering
field-given = afgives
field-withdrawal = tilbagetrækning
field-contact = kontakt
field-processing = behandling
dpo-designated = Udpeget databeskyttelsesrådgiver (art. 37)
dpo-not-designated = Ikke formelt udpeget
not-in-register = { $id } (ikke i denne fortegnelse)
sub-processors-unknown = ikke dokumenteret
sub-processors-none = ingen
recipient-not-defined = { $id } (modtager ikke defineret på organisationen)
system-not-defined = { $id } (system ikke defineret på organisationen)
category-not-defined = { $id } (kategori ikke defineret)
subject-not-defined = { $id } (kategori af registrerede ikke defineret)
dpf-verified = DPF-certificeret (kontrolleret { $date })
dpf-unverified = DPF-certificeret (kontroldato ikke registreret)
dpf-not-certified = ikke DPF-certificeret (kontrolleret { $date })
every-purpose = alle formål
every-special-category = alle følsomme kategorier
outside-public-tasks = uden for myndighedens opgaver
official-authority = under kontrol af offentlig myndighed
vulnerable = sårbare
published = offentliggjort
collected-from = fra { $what }
destination-not-stated = modtagerland ikke angivet
regular = regelmæssig eller systematisk
no-mechanism = intet overførselsgrundlag angivet
controller-not-named = dataansvarlig ikke navngivet
ack-at = { $rule } ved { $at }
ack-kind-missing = manglende værdi
ack-kind-invalid = ugyldig værdi
ack-expires = udløber { $date }
in-this-activity = i denne behandling: { $role }

## Markdown- og HTML-eksporten (src/register/export/document.rs)

doc-name = Navn
doc-organisation-id = Organisations-id
doc-role = Rolle
doc-kind = Type
doc-country = Land
doc-org-number = CVR-nr. / organisationsnummer
doc-address = Adresse
doc-email = E-mail
doc-phone = Telefon
doc-website = Hjemmeside
doc-art3-2 = Etableret uden for EØS, art. 3, stk. 2, finder anvendelse
doc-art27-2 = Undtagelse fra kravet om repræsentant (art. 27, stk. 2)
doc-record-file = Fil
doc-identity = Identitet (art. 30, stk. 1, litra a / stk. 2, litra a)
doc-dpo-section = Databeskyttelsesrådgiver, repræsentant og kontaktpersoner
doc-dpo = Databeskyttelsesrådgiver (art. 37)
doc-designated = Udpeget
doc-representative = Repræsentant i EU (art. 27)
doc-other-contacts = Andre kontaktpersoner
doc-other = Andet
doc-none-recorded = Intet registreret.
doc-joint-controllers = Fælles dataansvarlige (art. 26)
doc-joint-controller = Fælles dataansvarlig
doc-contact-details = Kontaktoplysninger
doc-arrangement = Ordning
doc-scope = Omfang
doc-recipients-section = Modtagere, databehandlere og underdatabehandlere
doc-recipient = Modtager
doc-id = Id
doc-description = Beskrivelse
doc-dpa-art28 = Databehandleraftale (art. 28, stk. 3)
doc-sub-processors = Underdatabehandlere
doc-dpf = EU-US Data Privacy Framework
doc-systems = Systemer
doc-system = System
doc-location = Placering
doc-security-default = Sikkerhedsforanstaltninger (art. 32), gælder for alle behandlinger
doc-toms = Tekniske og organisatoriske sikkerhedsforanstaltninger
doc-security-doc = Sikkerhedsdokumentation
doc-rights-section = De registreredes rettigheder (art. 12-22)
doc-sources = Kilder til denne fortegnelse
doc-not-stated-org = Ikke oplyst i kilden (organisation)
doc-acks-org = Accepterede fund (organisation)
doc-notes-org = Noter (organisation)
doc-rule = Regel
doc-field = Felt
doc-note = Note
doc-reason = Begrundelse
doc-expires = Udløber
doc-whole-file = hele filen
doc-none = Ingen.
doc-name-en = Navn (engelsk)
doc-activity-id = Behandlingens id
doc-organisation = Organisation
doc-role-in-activity = Rolle i denne behandling
doc-controllers-served = Dataansvarlige, der behandles for (art. 30, stk. 2, litra a-b)
doc-controller = Dataansvarlig
doc-contact = Kontakt
doc-processing-categories = Kategorier af behandling
doc-status-section = Status og gennemgang
doc-status = Status
doc-owner = Ansvarlig
doc-last-reviewed = Senest gennemgået
doc-not-stated = Ikke oplyst i kilden
doc-acks = Accepterede fund
doc-notes = Noter
doc-purposes-section = Formål og retsgrundlag (art. 30, stk. 1, litra b, art. 6, 9 og 10)
doc-purposes = Formål
doc-purpose = Formål
doc-outside-public = Uden for myndighedens opgaver
doc-lawful-basis = Retsgrundlag (art. 6)
doc-basis = Grundlag
doc-national-provision = National bestemmelse
doc-legitimate-interest = Legitim interesse
doc-special-conditions = Følsomme oplysninger: betingelser (art. 9, stk. 2)
doc-condition = Betingelse
doc-data-categories = Kategorier af oplysninger
doc-as-written = Som angivet
doc-criminal = Oplysninger om strafbare forhold (art. 10)
doc-official-authority = Under kontrol af offentlig myndighed
doc-national-ids = Personnumre (art. 87)
doc-number = Nummer
doc-provision = Bestemmelse
doc-justification = Begrundelse
doc-subjects-section = Registrerede og personoplysninger (art. 30, stk. 1, litra c)
doc-subject-categories = Kategorier af registrerede
doc-category = Kategori
doc-vulnerable = Sårbare
doc-personal-data-categories = Kategorier af personoplysninger
doc-data-subjects = Registrerede
doc-collected-from = Indsamlet fra
doc-source = Kilde
doc-published = Offentliggjort
doc-all = alle
doc-recipients-heading = Modtagere (art. 30, stk. 1, litra d)
doc-no-recipients = Behandlingen videregiver ikke personoplysninger til nogen.
doc-data-received = Modtagne oplysninger
doc-dpa = Databehandleraftale
doc-not-specified = ikke angivet
doc-transfers = Overførsler til tredjelande eller internationale organisationer (art. 30, stk. 1, litra e)
doc-destination = Modtagerland
doc-recipients = Modtagere
doc-mechanisms = Overførselsgrundlag (art. 45-49)
doc-safeguard-as-written = Garanti som angivet
doc-documentation = Dokumentation
doc-regular = Regelmæssig
doc-no-transfer = Ingen overførsel registreret.
doc-retention = Slettefrister (art. 30, stk. 1, litra f)
doc-structured-rule = Slettefrist
doc-security = Sikkerhedsforanstaltninger (art. 30, stk. 1, litra g)
doc-systems-location = Systemer (hvor oplysningerne opbevares)
doc-system-undefined = (system ikke defineret på organisationen)
doc-dpia-section = Konsekvensanalyse, automatiske afgørelser, samtykke og rettigheder (art. 35, 22, 7, 12-22)
doc-rights-as-org = Som for organisationen (se ovenfor).
doc-dpia-required = Konsekvensanalyse påkrævet?
doc-dpia-progress = Konsekvensanalysens status
doc-dpia-remarks = Bemærkninger til konsekvensanalysen
doc-dpia-link = Link til konsekvensanalysen
doc-risk-criteria = Kriterier for høj risiko (WP248)
doc-automated = Automatiske afgørelser, herunder profilering
doc-art22-ground = Grundlag efter art. 22, stk. 2
doc-automated-as-written = Automatiske afgørelser som angivet
doc-consent-how = Hvordan samtykke afgives
doc-consent-record = Registrering af samtykke (art. 7, stk. 1)
doc-consent-withdrawal = Tilbagetrækning af samtykke (art. 7, stk. 3)
doc-provision-requirement = Lovbestemt eller kontraktligt krav (art. 13, stk. 2, litra e)
doc-rights = De registreredes rettigheder
doc-title = Fortegnelse over behandlingsaktiviteter (databeskyttelsesforordningens art. 30)
doc-intro = Fortegnelse over behandlingsaktiviteter efter artikel 30 i forordning (EU) 2016/679 (databeskyttelsesforordningen), som stilles til rådighed for tilsynsmyndigheden efter anmodning (art. 30, stk. 4). { $organisations } organisation(er), { $activities ->
    [one] { $activities } behandlingsaktivitet
   *[other] { $activities } behandlingsaktiviteter
}. Fortegnelsens tekst gengives som skrevet, på originalsproget; id'er står i kantede parenteser.
doc-contents = Indhold
doc-value = Værdi
doc-not-recorded = ikke registreret
doc-org-default = Organisationens standard gælder: { $text }

## Kommandolinjens output (src/cli)

cli-validate-summary = { $path }: { $errors ->
    [one] { $errors } fejl
   *[other] { $errors } fejl
}, { $warnings ->
    [one] { $warnings } advarsel
   *[other] { $warnings } advarsler
}, { $acknowledged } accepteret
cli-gaps-summary = { $path }: { $n ->
    [one] { $n } værdi
   *[other] { $n } værdier
} ikke oplyst i kilden
cli-overview-organisation = { $name } ({ $id }) — { $activities ->
    [one] { $activities } behandlingsaktivitet
   *[other] { $activities } behandlingsaktiviteter
}, { $errors } fejl, { $warnings ->
    [one] { $warnings } advarsel
   *[other] { $warnings } advarsler
}
cli-overview-total = { $errors } fejl, { $warnings ->
    [one] { $warnings } advarsel
   *[other] { $warnings } advarsler
}, { $acknowledged } accepteret — detaljer: ropa validate { $path }
cli-init-created = Oprettede en ny fortegnelse i { $path } og committede den:
cli-init-readme = { $files } (markerer fortegnelsens mappe; dens indstillinger)
cli-init-example = { $files } (et eksempel; slet det, når jeres egne er på plads)
cli-init-ci = { $files } (sæt ROPA_GIT for dem; se README.md)
cli-init-hooks-hint = Kontrollér også hver git-commit: ropa init --hooks { $path }
cli-init-open = Åbn den: cd { $path } && ropa   (eller fra et hvilket som helst sted: ropa --registry { $path })
cli-init-marker-written = Skrev { $path }: den markerer fortegnelsens mappe, så ropa finder fortegnelsen fra enhver mappe i den. Commit den med din næste ændring: git add { $path }
cli-init-hook-installed = Installerede { $path }: git commit kører nu ropa validate og ropa fmt --check på det, der committes.
cli-log-added = tilføjet
cli-log-removed = fjernet
cli-log-changed = ændret
cli-log-renamed = omdøbt fra { $path }
cli-log-note = note: { $text }
cli-log-no-changes = Ingen ændringer.
cli-log-first-commit = (første commit: fortegnelsen, som den blev oprettet)
cli-log-shallow = (Dette er en overfladisk klon: den ældre historik er ikke med. `git fetch --unshallow` henter resten.)
cli-diff-summary = { $records ->
    [one] { $records } post ændret
   *[other] { $records } poster ændret
} mellem { $from } og { $to } i { $commits ->
    [one] { $commits } commit
   *[other] { $commits } commits
}
register-line = fortegnelse: { $path } ({ $source })
register-source-given = angivet
register-source-env = $ROPA_REGISTRY
register-source-current-dir = fundet fra den aktuelle mappe
register-source-config = config.ron
register-source-default = standardfortegnelsen i datamappen

## Regler: titel, hvornår reglen gælder, retsgrundlag og hvad man gør,
## til `ropa validate --explain` og rapporten.

cli-severity-error = fejl
cli-severity-warning = advarsel
cli-severity-acknowledged = accepteret
cli-validate-field = felt
cli-validate-rule = regel
cli-validate-help = gør
cli-validate-acknowledged-until = accepteret indtil { $expires }: { $reason }
cli-validate-acknowledge-as = acceptér som
cli-explain-heading = { $id } ({ $kind }): { $name }
cli-explain-when = Hvornår: { $text }
cli-explain-source = Retsgrundlag: { $text }
cli-explain-hint = Hvad gør man: { $text }
cli-explain-acknowledge = Acceptér et fund i den fil, det gælder (kind: Missing, når der intet står
    i feltet, Invalid, når fundet gælder den værdi, der står; `ropa validate`
    viser begge for hvert fund):
cli-explain-unknown = fejl: ingen regel `{ $rule }`; reglerne står i README

rule-STR-001-title = Dobbelt id
rule-STR-001-when = To objekter af en hvilken som helst art (organisation, aktivitet, modtager, overførsel, datakategori, opbevaringsregel) har samme `id` i én fil, eller to filer angiver samme organisations-id eller samme CVR-/organisationsnummer.
rule-STR-001-source = Databeskyttelsesforordningens art. 30, stk. 3 og 4 (fortegnelsen føres skriftligt og stilles til rådighed for tilsynsmyndigheden – den skal være entydig); art. 5, stk. 2 (ansvarlighed)
rule-STR-001-hint = giv hvert objekt sit eget id; id’er skal være entydige i en fil, CVR-/organisationsnumre i hele fortegnelsen
rule-STR-002-title = Henvisning til noget, der ikke findes
rule-STR-002-when = Et id, som en aktivitet henviser til (modtager, databehandler, underdatabehandler, fælles dataansvarlig, dataansvarlig, på hvis vegne der behandles, overførsel, datakategori i en opbevaringsregel, formål i en kobling til behandlingsgrundlag), er ikke defineret i filen eller i fortegnelsens fælles organisationsoversigt.
rule-STR-002-source = Databeskyttelsesforordningens art. 30, stk. 1, litra a, d og e, art. 30, stk. 2, litra a; art. 28, stk. 2 og 4
rule-STR-002-hint = definér id’et, hvor det hører hjemme (modtagere i organisation.ron; formål, kategorier og registrerede i aktiviteten), eller ret stavningen
rule-STR-003-title = Én organisation pr. fil
rule-STR-003-when = En RON-fil indeholder ikke præcis én organisation på øverste niveau, filnavnet afviger fra organisationens id, eller `role` er ikke en af controller / processor / controller_and_processor.
rule-STR-003-source = Projektets konvention, der afspejler opdelingen i art. 30, stk. 1, og art. 30, stk. 2
rule-STR-003-hint = omdøb mappen eller id’et, så de er ens
rule-ORG-001-title = Identitet og kontaktoplysninger
rule-ORG-001-when = Organisationen mangler navn, postadresse eller mindst én kontaktkanal; eller en angivet e-mailadresse er ikke gyldig (addr-spec) / et telefonnummer kan ikke normaliseres til E.164 (tilsløringer som ’dk¤djoef¤djoef’ afvises).
rule-ORG-001-source = Databeskyttelsesforordningens art. 30, stk. 1, litra a, og art. 30, stk. 2, litra a
rule-ORG-001-hint = angiv en postadresse og en fungerende e-mailadresse eller et telefonnummer; skriv e-mailadresser som navn@domæne
rule-ORG-002-title = CVR-/organisationsnummer angivet og med gyldigt kontrolciffer
rule-ORG-002-when = country=DK: CVR-nummer mangler, er ikke 8 cifre, eller sum(d_i*w_i) mod 11 != 0 med w=(2,7,6,5,4,3,2,1). country=NO: organisationsnummer mangler, er ikke 9 cifre, eller kontrolcifferet er forkert: r = sum(d1..d8 * (3,2,7,6,5,4,3,2)) mod 11; kontrolciffer = 0 hvis r=0, ugyldigt hvis r=1, ellers 11-r. Et nummer skrevet, som det trykkes (mellemrum, punktummer, bindestreger, præfiks DK/NO, suffiks MVA: `3948 8914`, `964 950 113`), angives med sin rene cifferform; pladsholdernumre er fejl, uanset om de består modulus 11-kontrollen: samme ciffer gentaget (00000000), alle cifre ens på nær ét (10000000), en stigende eller faldende række (12345678, 87654321, 78901234), en sådan række efterfulgt af sit kontrolciffer (12345674, 123456785), en blok på 1-3 cifre gentaget mindst tre gange (12121212, 123123123).
rule-ORG-002-source = Identifikation efter databeskyttelsesforordningens art. 30, stk. 1, litra a / art. 30, stk. 2, litra a; Erhvervsstyrelsen ’Modulus 11 kontrol’ (erhvervsstyrelsen.dk/modulus_11); Brønnøysundregistrene (brreg.no/english/coordination/number.html)
rule-ORG-002-hint = skriv nummeret med cifre alene, f.eks. Cvr("34051178"); kontrollér det i CVR-registret eller Enhetsregisteret
rule-ORG-003-title = Databeskyttelsesrådgiver, hvor det er påkrævet
rule-ORG-003-when = `kind = public_authority` (eller `dpo.designated = true`) og ingen e-mailadresse eller telefonnummer til databeskyttelsesrådgiveren (DPO).
rule-ORG-003-source = Databeskyttelsesforordningens art. 37, stk. 1, litra a, art. 37, stk. 7, art. 30, stk. 1, litra a, og art. 30, stk. 2, litra a
rule-ORG-003-hint = tilføj dpo: Some(Dpo(designated: true, contact: Contact(email: Some("…"))))
rule-ORG-004-title = Repræsentant i EU/EØS
rule-ORG-004-when = Etableret uden for EØS, art. 3, stk. 2, finder anvendelse, og hverken `representative` eller `art27_2_exemption` er angivet.
rule-ORG-004-source = Databeskyttelsesforordningens art. 27, art. 30, stk. 1, litra a, og art. 30, stk. 2, litra a
rule-ORG-004-hint = angiv repræsentanten (art. 27), eller angiv art27_2_exemption med begrundelsen
rule-ORG-005-title = Fælles dataansvarlige
rule-ORG-005-when = `joint_controllers` er ikke tom, men organisationen er ikke defineret, eller `arrangement_ref` (ordningen efter art. 26) mangler.
rule-ORG-005-source = Databeskyttelsesforordningens art. 26 og art. 30, stk. 1, litra a
rule-ORG-005-hint = tilføj den fælles dataansvarlige som organisation i fortegnelsen, og henvis til ordningen efter art. 26
rule-ORG-006-title = Databehandlerens fortegnelse nævner de dataansvarlige
rule-ORG-006-when = Rollen omfatter databehandler, og en kategori af behandlinger mangler id(er) i `on_behalf_of` på den eller de dataansvarlige med navn og kontaktoplysninger (f.eks. blot ’kunden’).
rule-ORG-006-source = Databeskyttelsesforordningens art. 30, stk. 2, litra a og b
rule-ORG-006-hint = nævn hver dataansvarlig (organisations-id eller navn og kontaktoplysninger), og angiv de behandlinger, der udføres for den
rule-ACT-001-title = Formål, registrerede, kategorier af personoplysninger
rule-ACT-001-when = Aktivitet uden mindst ét formål, mindst én kategori af registrerede eller mindst én kategori af personoplysninger.
rule-ACT-001-source = Databeskyttelsesforordningens art. 30, stk. 1, litra b og c; art. 5, stk. 1, litra b
rule-ACT-001-hint = tilføj mindst ét formål, én kategori af registrerede og én kategori af personoplysninger
rule-ACT-002-title = Modtagere angivet
rule-ACT-002-when = `recipients` mangler. En tom liste er kun tilladt med `recipients_none: true`.
rule-ACT-002-source = Databeskyttelsesforordningens art. 30, stk. 1, litra d
rule-ACT-002-hint = angiv modtagerne med id, eller sæt recipients_none: true
rule-ACT-003-title = Hvert formål har et behandlingsgrundlag i art. 6, stk. 1
rule-ACT-003-when = Et formål er ikke knyttet til noget litra a-f i art. 6, stk. 1, eller et grundlag er kun en lov / en overenskomst uden et litra i art. 6, stk. 1.
rule-ACT-003-source = Databeskyttelsesforordningens art. 6, stk. 1, art. 5, stk. 1, litra a, og art. 13, stk. 1, litra c; ICO ’Documenting your lawful basis’; CNIL’s skabelon til fortegnelse (base légale)
rule-ACT-003-hint = giv hvert formål et LegalBasis med article6: Some(A..F); angiv love i law_ref
rule-ACT-004-title = Artikel, der ikke er et behandlingsgrundlag, angivet som grundlag
rule-ACT-004-when = Et behandlingsgrundlag henviser til en artikel, der ikke er et behandlingsgrundlag (art. 5, 25, 88 ...) – den skal flyttes til bemærkningerne.
rule-ACT-004-source = Databeskyttelsesforordningens art. 6, stk. 1, og art. 9, stk. 2, er udtømmende opregninger af behandlingsgrundlag
rule-ACT-004-hint = angiv kun grundlag efter art. 6 / art. 9 i henvisningen; flyt andre artikler til bemærkningerne
rule-ACT-005-title = Nærmere om behandlingsgrundlaget
rule-ACT-005-when = Art. 6, stk. 1, litra c/e uden `law_ref` (EU-ret eller national ret), eller med en `law_ref`, der ikke nævner nogen lov (en henvisning til § eller artikel, lov, -loven, bekendtgørelse, forskrift, forordning, direktiv, lovgivning) – f.eks. en overenskomst (overenskomst, tariffavtale); art. 6, stk. 1, litra e, hos en privat aktør uden en lov, der pålægger opgaven; art. 6, stk. 1, litra f, uden angivet legitim interesse.
rule-ACT-005-source = Databeskyttelsesforordningens art. 6, stk. 3; art. 13, stk. 1, litra d
rule-ACT-005-hint = tilføj law_ref for litra c/e, legitimate_interest for litra f
rule-ACT-006-title = Offentlig myndighed, der støtter sig på legitime interesser
rule-ACT-006-when = `kind = public_authority`, og art. 6, stk. 1, litra f, bruges til et formål, der ikke er markeret `outside_public_tasks`.
rule-ACT-006-source = Databeskyttelsesforordningens art. 6, stk. 1, andet afsnit
rule-ACT-006-hint = brug et andet grundlag, eller markér formålet outside_public_tasks, hvis det virkelig ligger uden for myndighedsopgaverne
rule-ACT-007-title = Sikkerhedsforanstaltninger
rule-ACT-007-when = Ingen beskrivelse i `security_measures` og ingen `security_ref`.
rule-ACT-007-source = Databeskyttelsesforordningens art. 30, stk. 1, litra g, art. 30, stk. 2, litra d, og art. 32, stk. 1 (’hvis det er muligt’)
rule-ACT-007-hint = beskriv foranstaltningerne (security_measures) her eller på organisationen, eller henvis til dem (security_ref)
rule-ACT-008-title = Oplysningernes kilde
rule-ACT-008-when = En datakategori med `collected_from != data_subject` og ingen `source`.
rule-ACT-008-source = Databeskyttelsesforordningens art. 14, stk. 2, litra f; ICO’s vejledning om dokumentation; CNIL’s fortegnelse (datakilde)
rule-ACT-008-hint = angiv i source, hvor oplysningerne kommer fra
rule-ACT-009-title = Automatiske afgørelser angivet
rule-ACT-009-when = `automated_decision_making` mangler, eller er true uden et grundlag i art. 22, stk. 2, litra a-c (og art. 22, stk. 4, for særlige kategorier).
rule-ACT-009-source = Databeskyttelsesforordningens art. 13, stk. 2, litra f, art. 14, stk. 2, litra g, og art. 22; CNIL’s og ICO’s skabeloner
rule-ACT-009-hint = angiv automated_decisions: Some(AutomatedDecisions(present: false)) eller grundlaget i art. 22, stk. 2
rule-ACT-010-title = Vurdering af behov for konsekvensanalyse registreret
rule-ACT-010-when = To eller flere kriterier fra WP248 (særlige kategorier eller straffedomme, nationalt identifikationsnummer, stort omfang, systematisk overvågning, sårbare registrerede, samkøring eller kombination af datasæt, ny teknologi, evaluering/scoring, forhindrer udøvelse af en rettighed) og `dpia.status` er ikke en af {"{"}done, planned, not_required+reason{"}"}.
rule-ACT-010-source = Databeskyttelsesforordningens art. 35, stk. 1, 3 og 4; Artikel 29-gruppens/EDPB’s WP248 rev.01; Datatilsynets (DK/NO) lister efter art. 35, stk. 4
rule-ACT-010-hint = angiv dpia: Some(Dpia(status: Done | Planned | NotRequired, reason: …))
rule-SPC-001-title = Art. 9-oplysninger kræver en betingelse i art. 9, stk. 2
rule-SPC-001-when = En datakategori med `special_category = true` og ingen betingelse i art. 9, stk. 2, litra a-j, eller en tilknyttet national bestemmelse (DK databeskyttelseslovens § 7, stk. 1-4, § 10, § 12; NO personopplysningsloven §§ 6, 7, 9).
rule-SPC-001-source = Databeskyttelsesforordningens art. 9, stk. 1 og 2; databeskyttelseslovens § 7 (danskelove.dk/databeskyttelsesloven/7) og § 10; personopplysningsloven §§ 6-9
rule-SPC-001-hint = tilføj en SpecialCondition med article9 (og den nationale bestemmelse, f.eks. databeskyttelseslovens § 7)
rule-SPC-002-title = Oplysninger om strafbare forhold kræver hjemmel efter art. 10
rule-SPC-002-when = `criminal = true` uden: kontrol af en offentlig myndighed, eller DK databeskyttelseslovens § 8 (offentlige: stk. 1-2; private: stk. 3 udtrykkeligt samtykke eller klart overvejende berettiget interesse; videregivelse stk. 4), eller NO personopplysningsloven § 11.
rule-SPC-002-source = Databeskyttelsesforordningens art. 10; databeskyttelseslovens § 8; personopplysningsloven § 11
rule-SPC-002-hint = tilføj criminal_basis med myndighedskontrollen eller bestemmelsen i databeskyttelseslovens § 8 / personopplysningsloven § 11
rule-SPC-003-title = Dansk CPR-nummer kræver databeskyttelseslovens § 11
rule-SPC-003-when = `national_id = DK-CPR` uden henvisning til § 11: offentlig myndighed -> § 11, stk. 1; privat -> § 11, stk. 2, nr. 1-4 (lovhjemmel, samtykke, statistik/forskning eller videregivelse som led i den normale drift, betingelserne i § 7); `published = true` uden samtykke (stk. 3).
rule-SPC-003-source = Databeskyttelsesforordningens art. 87; databeskyttelseslovens § 11 (elov.dk/.../paragraf/11)
rule-SPC-003-hint = tilføj en NationalIdBasis(scheme: DkCpr, provision: "databeskyttelseslovens § 11, stk. …")
rule-SPC-004-title = Norsk fødselsnummer kræver personopplysningsloven § 12
rule-SPC-004-when = `national_id = NO-FNR` (herunder D-nummer) uden begrundelse efter § 12: ’saklig behov for sikker identifisering’, og metoden er nødvendig.
rule-SPC-004-source = Databeskyttelsesforordningens art. 87; den norske personopplysningsloven § 12
rule-SPC-004-hint = tilføj en NationalIdBasis(scheme: NoFnr, provision: "personopplysningsloven § 12", justification: …)
rule-SPC-005-title = Ordkontrol for følsomme oplysninger, der ikke er markeret
rule-SPC-005-when = Fritekst i en datakategori matcher en dansk/norsk/engelsk ordliste (helbred, syg*, læge*, fagforening*, politisk*, parti*, religi*, etni*, race, seksuel*, biometri*, genetisk*, arbejdsulykke*, straf*, dom*, CPR, personnummer, fødselsnummer, D-nummer, helse, partitilhørighet, politisk oppfatning ...), men den tilsvarende markering er ikke sat. Ordstammer matcher ved ordgrænser (begyndelsen af et ord eller af en del med bindestreg; lange stammer som sygemeld, helbred, fagforening også inde i sammensatte ord: langtidssygemeldt), så stammerne fanger bøjningsformer (sygemelding, sygedagpenge -> helbred), og opregnede falske venner matcher ikke (participant, particular, parties er ikke parti; sykkel er ikke syk).
rule-SPC-005-source = Databeskyttelsesforordningens art. 9, stk. 1, art. 10 og art. 87
rule-SPC-005-hint = angiv kategoriens kind (Special, NationalId, Criminal), eller omformulér navnet
rule-SPC-006-title = Ingen personnumre i fortegnelsen
rule-SPC-006-when = Fortegnelsens tekst indeholder en værdi, der ligner et CPR-nummer (DDMMÅÅNNNN, DDMMÅÅ-NNNN eller DDMMÅÅ NNNN med en gyldig dato – modulus 11 kræves IKKE, det er ikke garanteret siden 1. oktober 2007; et nummer betegnet som P-nummer, f.eks. ’P-nr. 1012871234’, er en produktionsenhed, ikke et CPR-nummer) eller et norsk fødselsnummer/D-nummer (11 cifre, der består kontrolcifrene).
rule-SPC-006-source = Databeskyttelsesforordningens art. 5, stk. 1, litra c; databeskyttelseslovens § 11, stk. 3 (CPR-numre må ikke offentliggøres); cpr.dk ’Personnumre uden kontrolciffer’
rule-SPC-006-hint = fjern nummeret fra fortegnelsens tekst
rule-SPC-007-title = National bestemmelse kan ikke bære art. 9-oplysninger
rule-SPC-007-when = En betingelse for særlige kategorier angiver kun en national bestemmelse (intet litra i art. 9, stk. 2), og bestemmelsen er ikke en af dem, der kan bære særlige kategorier af oplysninger: DK databeskyttelseslovens § 7, § 10 eller § 12; NO personopplysningsloven § 6, § 7 eller § 9; eller en henvisning til databeskyttelsesforordningens art. 9, stk. 2, litra a-j. Paragraffer læses, uanset hvordan de er skrevet (§7, § 7, stk. 1, §§ 7-8, DBL, popplyl.).
rule-SPC-007-source = Databeskyttelsesforordningens art. 9, stk. 1, 2 og 4; databeskyttelseslovens §§ 7, 10 og 12; personopplysningsloven §§ 6, 7 og 9
rule-SPC-007-hint = angiv litraet i art. 9, stk. 2, i article9 (en særlov gennemfører et af dem), eller den bestemmelse i databeskyttelsesloven, der bærer oplysningerne
rule-SPC-008-title = National bestemmelse kan ikke hjemle art. 10-oplysninger
rule-SPC-008-when = criminal_basis er ikke myndighedskontrol, og dens nationale bestemmelse er ikke en af dem, der hjemler oplysninger om strafbare forhold: DK databeskyttelseslovens § 8 (eller § 10 for statistik og forskning); NO personopplysningsloven § 11.
rule-SPC-008-source = Databeskyttelsesforordningens art. 10; databeskyttelseslovens §§ 8 og 10; personopplysningsloven § 11
rule-SPC-008-hint = henvis til databeskyttelseslovens § 8 (stk. 1-2 offentlige, stk. 3-4 private) eller personopplysningsloven § 11, eller sæt official_authority
rule-XFR-001-title = Tredjeland angivet
rule-XFR-001-when = En overførsel uden en landekode efter ISO 3166-1 eller en navngivet international organisation.
rule-XFR-001-source = Databeskyttelsesforordningens art. 30, stk. 1, litra e, og art. 30, stk. 2, litra c
rule-XFR-001-hint = sæt country til koden efter ISO 3166-1 (f.eks. "US"), eller nævn den internationale organisation
rule-XFR-002-title = Overførselsgrundlag påkrævet og struktureret
rule-XFR-002-when = Modtagerlandet er ikke i tabellen over tilstrækkelighedsafgørelser (eller er uden for dens anvendelsesområde: Canada uden for PIPEDA, amerikansk modtager uden DPF-certificering), og der er ingen struktureret garanti: standardkontraktbestemmelser {"{"}decision: 2021/914, modul 1-4{"}"}, BCR {"{"}godkendelsesreference{"}"}, instrument efter art. 46, stk. 2, litra a, adfærdskodeks/certificering efter art. 46, stk. 2, litra e/f, med bindende forpligtelser, tilladelse efter art. 46, stk. 3, eller en undtagelse efter art. 49.
rule-XFR-002-source = Databeskyttelsesforordningens art. 44, 45, 46, 47 og 49; Kommissionens afgørelse (EU) 2021/914
rule-XFR-002-hint = angiv garantien, f.eks. Scc(decision: Some("2021/914"), module: Some(2))
rule-XFR-003-title = Ugyldiggjort overførselsinstrument
rule-XFR-003-when = Garantien matcher /privacy\s*shield|safe\s*harbou?r/i, eller henviser til afgørelserne om standardkontraktbestemmelser 2001/497/EF, 2004/915/EF eller 2010/87/EU.
rule-XFR-003-source = EU-Domstolens dom C-362/14 Schrems I (6. oktober 2015, Safe Harbour); EU-Domstolens dom C-311/18 Schrems II (16. juli 2020, Privacy Shield-afgørelsen 2016/1250); afgørelse (EU) 2021/914, art. 4 (de gamle standardkontraktbestemmelser ophævet, overgangsperioden udløb 27. december 2022)
rule-XFR-003-hint = udskift instrumentet: EU-US DPF for certificerede amerikanske modtagere, eller standardkontraktbestemmelserne 2021/914
rule-XFR-004-title = Anvendelsesområdet for EU-US DPF
rule-XFR-004-when = Mekanisme = EU-US DPF, men modtagerlandet er ikke US, eller modtageren mangler `dpf_certified = true` med en `verified_on`, der højst er 12 måneder gammel.
rule-XFR-004-source = Kommissionens gennemførelsesafgørelse (EU) 2023/1795; Rettens dom T-553/23 Latombe (3. september 2025, opretholdt); appelsag C-703/25 P verserer
rule-XFR-004-hint = brug kun EuUsDpf for amerikanske modtagere med dpf_certified: true og en nylig dpf_verified_on
rule-XFR-005-title = Begrænsninger for undtagelser efter art. 49
rule-XFR-005-when = Art. 49 bruges til regelmæssige/systematiske overførsler; art. 49, stk. 1, andet afsnit, uden `safeguards_documentation` og underretning af tilsynsmyndigheden; en offentlig myndighed, der under udøvelse af offentlig myndighed bruger art. 49, stk. 1, litra a-c, eller andet afsnit.
rule-XFR-005-source = Databeskyttelsesforordningens art. 49, stk. 1, 3 og 6, og art. 30, stk. 1, litra e; EDPB’s retningslinjer 2/2018
rule-XFR-005-hint = brug kun art. 49 til lejlighedsvise overførsler, med dokumentation og underretning, hvor det kræves
rule-XFR-006-title = Overførsel ikke angivet
rule-XFR-006-when = En databehandler, underdatabehandler eller modtager med et land uden for EØS (eller ukendt), mens aktiviteten ikke angiver nogen overførsel.
rule-XFR-006-source = Databeskyttelsesforordningens art. 30, stk. 1, litra e, og art. 44
rule-XFR-006-hint = angiv overførslen, eller angiv modtagerens land i EU/EØS
rule-XFR-007-title = Tabellen over tilstrækkelighedsafgørelser er forældet
rule-XFR-007-when = En tilstrækkelighedsafgørelse er udløbet eller udløber inden for 180 dage efter `valid_until` (Storbritannien: 27. december 2031), en afgørelse under retssag er ikke gennemgået igen inden for 6 måneder (DPF), eller en dataansvarlig i NO/IS/LI støtter sig på en afgørelse, der endnu ikke er indarbejdet i EØS-aftalen (f.eks. Brasilien 2026/179, EØS-udkast sendt 6. maj 2026).
rule-XFR-007-source = Databeskyttelsesforordningens art. 45, stk. 3-5, og art. 97; EØS-aftalens bilag XI
rule-XFR-007-hint = gennemgå overførslen, før tilstrækkelighedsafgørelsen udløber, eller mens den ikke gælder for jeres land
rule-XFR-008-title = Landekoder efter ISO 3166-1 alpha-2
rule-XFR-008-when = Landet for en organisation, modtager eller overførsel er ikke en officielt tildelt ISO 3166-1 alpha-2-kode skrevet med store bogstaver (`UK`, `EL`, `Japan`, `dk`, brugertildelt `XX`); fundet foreslår den tilsigtede kode (`GB`, `GR`, `JP`, `DK`).
rule-XFR-008-source = Databeskyttelsesforordningens art. 30, stk. 1, litra e, og art. 30, stk. 2, litra c (angivelse af tredjelandet); ISO 3166-1
rule-XFR-008-hint = skriv koden på to bogstaver med store bogstaver, f.eks. "GB" for Storbritannien
rule-XFR-009-title = Ugyldiggjort instrument nævnt ved siden af et gyldigt grundlag
rule-XFR-009-when = En overførsels garantitekst eller navngivne mekanisme nævner Privacy Shield, Safe Harbour eller de gamle afgørelser om standardkontraktbestemmelser, mens overførslen også hviler på et grundlag, der er gyldigt i dag (tilstrækkelighedsafgørelse, DPF for USA, standardkontraktbestemmelser 2021/914 med modul, BCR, instrument efter art. 46, undtagelse efter art. 49).
rule-XFR-009-source = EU-Domstolens dom C-311/18 Schrems II (16. juli 2020); EU-Domstolens dom C-362/14 Schrems I (6. oktober 2015); afgørelse (EU) 2021/914, art. 4; databeskyttelsesforordningens art. 5, stk. 1, litra d (fortegnelsens rigtighed)
rule-XFR-009-hint = fjern den forældede omtale, eller flyt den til bemærkningerne
rule-PRC-001-title = Databehandleraftale og underdatabehandlere
rule-PRC-001-when = Modtager, der er databehandler, uden `dpa_ref` (databehandleraftale efter art. 28, stk. 3) eller uden en liste i `sub_processors` (eller udtrykkeligt `none`); kategorier af databehandlere uden navn.
rule-PRC-001-source = Databeskyttelsesforordningens art. 28, stk. 2-4 og 9; ICO’s skabelon (’link to contract with processor’)
rule-PRC-001-hint = tilføj dpa_ref og sub_processors: Listed([...]) eller None
rule-PRC-002-title = Klare roller
rule-PRC-002-when = Samme organisation har to roller i én aktivitet uden adskilte dataflows, eller en organisation angivet som databehandler fastlægger formål/behandlingsgrundlag.
rule-PRC-002-source = Databeskyttelsesforordningens art. 4, nr. 7 og 8, og art. 28, stk. 10
rule-PRC-002-hint = del dataflowene op: én modtagerpost pr. rolle, hver brugt, hvor den gælder
rule-CNS-001-title = Samtykke kræver en procedure for tilbagetrækning
rule-CNS-001-when = Grundlag art. 6, stk. 1, litra a, art. 9, stk. 2, litra a, eller art. 49, stk. 1, litra a, uden `consent.withdrawal_process` (og `consent.record_ref`).
rule-CNS-001-source = Databeskyttelsesforordningens art. 7, stk. 1 og 3, og art. 13, stk. 2, litra c
rule-CNS-001-hint = tilføj consent: Some(Consent(withdrawal_process: Some("…")))
rule-CNS-002-title = Samtykke fra ansatte
rule-CNS-002-when = Samtykke (art. 6, stk. 1, litra a, eller art. 9, stk. 2, litra a) er grundlag for en aktivitet, hvis registrerede omfatter ansatte eller jobansøgere (ansatte, medarbejdere, arbeidstakere, employees, ...).
rule-CNS-002-source = Databeskyttelsesforordningens art. 7, stk. 4, betragtning 43 og art. 88; EDPB’s retningslinjer 05/2020 om samtykke, pkt. 21-24; databeskyttelseslovens § 12; personopplysningsloven § 6
rule-CNS-002-hint = støt jer på kontrakt, retlig forpligtelse eller legitime interesser; behold kun samtykke, hvor et nej ikke har nogen konsekvens, og skriv det i bemærkningerne
rule-CNS-003-title = Børns samtykke til en informationssamfundstjeneste
rule-CNS-003-when = Samtykke er grundlag, de registrerede omfatter børn (børn, barn, elever, children, ...), aktiviteten er en onlinetjeneste (app, hjemmeside, platform, ...), og consent.how_given siger ikke, hvordan alderen kontrolleres, og hvordan forældrene samtykker.
rule-CNS-003-source = Databeskyttelsesforordningens art. 8, stk. 1 og 2, og art. 4, nr. 25; databeskyttelseslovens § 6, stk. 2 (13 år, DK); personopplysningsloven § 5 (13 år, NO)
rule-CNS-003-hint = angiv i consent.how_given, hvordan barnets alder kontrolleres, og hvordan indehaveren af forældremyndigheden samtykker for børn under 13 år
rule-RET-001-title = Opbevaringsperiode angivet pr. aktivitet/kategori
rule-RET-001-when = Ingen opbevaringsregel. `not_possible` accepteres kun med `reason` og `criteria`; anonymisering angives som `anonymise_after`, ikke som opbevaring af personoplysninger.
rule-RET-001-source = Databeskyttelsesforordningens art. 30, stk. 1, litra f (’hvis det er muligt’), art. 5, stk. 1, litra e, og art. 13, stk. 2, litra a (periode eller kriterier); betragtning 26
rule-RET-001-hint = tilføj en opbevaringsregel; NotPossible kræver både reason og criteria
rule-RET-002-title = Vag opbevaringsperiode
rule-RET-002-when = Opbevaringsperioden er kun fritekst, eller matcher en liste over vage formuleringer: ’så længe det er nødvendigt’, ’konkret vurdering’, ’så længe det er relevant’, ’når de ikke længere er nødvendige’, ’når alle formålene ... er oppfylt’, ’vurdert i lys av’.
rule-RET-002-source = Databeskyttelsesforordningens art. 5, stk. 1, litra e, og art. 13, stk. 2, litra a
rule-RET-002-hint = angiv en periode eller en regel knyttet til en hændelse; behold ordene i text
rule-RET-003-title = Åben eller ubegrænset opbevaring
rule-RET-003-when = kind er en af {"{"}indefinite, open_ended, unspecified{"}"} uden `justification`, eller med en begrundelse, der ikke siger hvorfor: den skal henvise til en lov (en henvisning til § eller artikel, -loven, lov om, bekendtgørelse, forskrift) eller et formål efter art. 89 (arkivering – arkivloven / arkivlova –, videnskabelig eller historisk forskning, statistik).
rule-RET-003-source = Databeskyttelsesforordningens art. 5, stk. 1, litra e, og art. 89
rule-RET-003-hint = angiv begrundelsen (lov, arkivlov, art. 89)
rule-RET-004-title = Struktureret opbevaringsperiode
rule-RET-004-when = Varigheder er ikke ISO 8601 (P30D, P90D, P180D, P3Y, P5Y, P6Y, P10Y); event_based uden en hændelse fra den faste liste (death_of_data_subject, death_of_related_person, end_of_membership, end_of_employment, end_of_contract, consent_given, consent_withdrawal, account_deletion, service_unsubscribed, participation, case_closed) eller uden offset; ’op til’ skal sætte bound=max.
rule-RET-004-source = Databeskyttelsesforordningens art. 30, stk. 1, litra f; maskinel kontrol
rule-RET-004-hint = skriv varigheder som ISO 8601 (P30D, P5Y), brug en kendt hændelse, bound: Max for ’op til’
rule-RET-005-title = Sammenhæng i opbevaringsreglerne
rule-RET-005-when = En opbevaringsregel henviser til en datakategori, der ikke er defineret, to regler modsiger hinanden for samme kategori, eller en datakategori/gruppe af registrerede er ikke dækket af nogen regel.
rule-RET-005-source = Databeskyttelsesforordningens art. 30, stk. 1, litra f (’de forskellige kategorier af data’)
rule-RET-005-hint = tilføj en regel, der dækker kategorien eller gruppen, eller fjern modsigelsen
rule-RET-006-title = Usandsynlig opbevaringsperiode
rule-RET-006-when = En periode eller en forskydning på mere end 100 år, eller en periode på nul for oplysninger, som en lov kræver opbevaret (Statutory med P0D).
rule-RET-006-source = Databeskyttelsesforordningens art. 5, stk. 1, litra e, og art. 30, stk. 1, litra f; art. 5, stk. 1, litra d (fortegnelsens rigtighed)
rule-RET-006-hint = ret perioden; varig opbevaring er Indefinite med sin begrundelse (arkivlov, art. 89)
rule-RET-007-title = Opbevaringsteksten modsiger værdien
rule-RET-007-when = Opbevaringsteksten angiver en periode ("5 år", "fem år", "30 dage", "6 months", "3-5 år"), og den strukturerede periode eller forskydning er ingen af dem.
rule-RET-007-source = Databeskyttelsesforordningens art. 30, stk. 1, litra f, og art. 13, stk. 2, litra a; art. 5, stk. 1, litra d (fortegnelsens rigtighed)
rule-RET-007-hint = lad værdien sige det samme som teksten (P5Y for "5 år"), eller ret teksten
rule-LOAD-001-title = Filen kan ikke indlæses
rule-LOAD-001-when = En fil i fortegnelsen kan ikke læses, er ikke UTF-8, kan ikke fortolkes som RON, har et felt, skemaet ikke kender, eller mangler et påkrævet felt.
rule-LOAD-001-source = Databeskyttelsesforordningens art. 30, stk. 3 (fortegnelsen føres skriftligt og skal kunne læses)
rule-LOAD-001-hint = ret filen på det viste sted; resten af fortegnelsen kontrolleres alligevel
rule-STR-004-title = Id’er er slugs lig med filnavnene
rule-STR-004-when = Et id er ikke en slug ([a-z0-9-]+), eller en aktivitets id afviger fra dens filnavn.
rule-STR-004-source = Projektets konvention: én post pr. fil, så historik og gennemgang følger filen
rule-STR-004-hint = brug kun små bogstaver, cifre og ’-’, og kald filen <id>.ron
rule-DATE-001-title = Datoer er rigtige kalenderdatoer
rule-DATE-001-when = Et datofelt (last_reviewed, expires i en accept, dpf_verified_on) er ikke en rigtig dato på formen ÅÅÅÅ-MM-DD.
rule-DATE-001-source = Databeskyttelsesforordningens art. 5, stk. 2 (ansvarlighed – gennemgange skal kunne dateres)
rule-DATE-001-hint = skriv datoer som ÅÅÅÅ-MM-DD
rule-REV-001-title = Gennemgang forsinket
rule-REV-001-when = En aktivitets last_reviewed-dato er mere end et år gammel.
rule-REV-001-source = Databeskyttelsesforordningens art. 24, stk. 1 (foranstaltningerne gennemgås og ajourføres efter behov)
rule-REV-001-hint = gennemgå aktiviteten, og opdatér last_reviewed
rule-REV-002-title = Gennemgangsdato i fremtiden
rule-REV-002-when = En aktivitets last_reviewed-dato ligger efter i dag (brugerens lokale dato).
rule-REV-002-source = Databeskyttelsesforordningens art. 5, stk. 2 (ansvarlighed); art. 24, stk. 1 (gennemgange skal være sande og kunne dateres)
rule-REV-002-hint = skriv den dag, gennemgangen faktisk fandt sted
rule-ACK-001-title = Accept udløbet
rule-ACK-001-when = En accepts udløbsdato er passeret: det fund, den dækkede, tæller igen, og accepten skal fornyes, eller fejlen rettes.
rule-ACK-001-source = Databeskyttelsesforordningens art. 5, stk. 2 (ansvarlighed); art. 24, stk. 1 (gennemgang)
rule-ACK-001-hint = gennemgå fundet igen: ret det, eller forny accepten med en ny udløbsdato
rule-ACK-002-title = Accept, der ikke passer på noget
rule-ACK-002-when = En accept nævner en ukendt regel, eller der findes ikke længere noget fund af dens regel og art (på dens sti) i filen: fejlen er rettet, eller fundet har ændret sig (en manglende værdi blev accepteret, en forkert værdi er skrevet siden, eller omvendt). En accept uden kind dækker kun manglende værdier; en accept af en skrevet værdi (kind Invalid) dækker værdien præcis på sin at-sti, og uden at-sti dækker den intet.
rule-ACK-002-source = Databeskyttelsesforordningens art. 5, stk. 2 (ansvarlighed – fortegnelsen må ikke angive fejl, den ikke længere har)
rule-ACK-002-hint = fjern accepten, eller ret dens regel-id eller at-sti; hvor fundet har ændret sig, så gennemgå det nye fund, og ret det eller acceptér det med sin egen kind; angiv stedet for en accepteret skrevet værdi med at
rule-GAP-001-title = Ikke oplyst i kilden
rule-GAP-001-when = En værdi er angivet som NotStated(note: …) (et CVR-nummer, et overførselsgrundlag, en opbevaringsperiode), eller en posts `not_stated`-liste nævner et felt som NotStated(field: …, note: …) (en adresse, databeskyttelsesrådgiveren, modtagere, registrerede, en modtagers land): kilden, posten er hentet fra, oplyser det ikke. Det er et kendt hul, som `ropa validate --gaps` viser, i stedet for den fejl, den manglende værdi ville give.
rule-GAP-001-source = Databeskyttelsesforordningens art. 30, stk. 1 og 2 (fortegnelsen skal indeholde oplysningerne); art. 5, stk. 2 (ansvarlighed – hullet registreres, det skjules ikke)
rule-GAP-001-hint = indhent værdien hos organisationen, og registrér den; indtil da beholdes noten om, hvad kilden siger
rule-GAP-002-title = Forældet ikke-oplyst-post
rule-GAP-002-when = En post i en `not_stated`-liste nævner et felt, som posten alligevel udfylder, et felt eller listeelement, posten ikke har, eller et felt, der allerede er nævnt. Posten står ikke længere for et hul, eller for intet.
rule-GAP-002-source = Databeskyttelsesforordningens art. 30, stk. 1 og 2 (fortegnelsen skal være rigtig om, hvad den indeholder); art. 5, stk. 2 (ansvarlighed)
rule-GAP-002-hint = fjern posten, når værdien kendes; skriv feltets sti, som fundene angiver den, f.eks. `address` eller `recipients[0].country`
