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
doc-review-interval = Gennemgangsinterval (måneder)
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
doc-business-function = Afdeling / forretningsområde
doc-lia = Interesseafvejning
doc-retention-policy = Politik for opbevaring og sletning
doc-breaches = Registrerede brud på persondatasikkerheden
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
cli-init-ci = { $files } (kontrollen ved hvert push, med den udgivne ropa; se README.md)
cli-init-hooks-hint = Kontrollér også hver git-commit: ropa init --hooks { $path }
cli-init-open = Åbn den: cd { $path } && ropa   (eller fra et hvilket som helst sted: ropa --registry { $path })
cli-init-marker-written = Skrev { $path }: den markerer fortegnelsens mappe, så ropa finder fortegnelsen fra enhver mappe i den. Commit den med din næste ændring: git add { $path }
cli-init-hook-installed = Installerede { $path }: git commit kører nu ropa validate og ropa fmt --check på det, der committes.
cli-due-summary = Gennemgange pr. { $today }, forfald inden for { $days } dage: { $overdue ->
    [one] { $overdue } forsinket
   *[other] { $overdue } forsinkede
}, { $soon } forfalder snart
cli-due-none = Ingen aktivitet mangler gennemgang eller skal gennemgås inden for { $days } dage.
cli-due-no-owner = Ingen ansvarlig
cli-due-overdue = { $days ->
    [one] { $days } dag forsinket
   *[other] { $days } dage forsinket
}
cli-due-today = forfalder i dag
cli-due-in = { $days ->
    [one] forfalder om { $days } dag
   *[other] forfalder om { $days } dage
}
cli-due-last = senest gennemgået { $date }, hver { $months }. måned
cli-due-never = aldrig gennemgået
cli-due-unreadable = advarsel: { $path } kan ikke fortolkes; dens gennemgangsdato bedømmes ikke (ropa validate siger hvorfor)
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
rule-ACT-011-title = Link til interesseafvejningen
rule-ACT-011-when = Et behandlingsgrundlag bygger på art. 6, stk. 1, litra f (legitime interesser), og `lia_ref`, linket til interesseafvejningen, er ikke udfyldt.
rule-ACT-011-source = Databeskyttelsesforordningens art. 6, stk. 1, litra f, art. 5, stk. 2, og art. 24, stk. 1; betragtning 47; ICO's skabelon for dataansvarlige (link til interesseafvejningen); EDPB's retningslinjer 1/2024 om art. 6, stk. 1, litra f
rule-ACT-011-hint = link til interesseafvejningen i lia_ref, eller registrér, at kilden ikke oplyser den
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
rule-REV-001-when = En aktivitets næste gennemgang er forfalden: last_reviewed-datoen plus gennemgangsintervallet (aktivitetens review_interval_months, ellers organisationens, ellers 12 måneder) ligger før i dag (brugerens lokale dato).
rule-REV-001-source = Databeskyttelsesforordningens art. 24, stk. 1 (foranstaltningerne gennemgås og ajourføres efter behov)
rule-REV-001-hint = gennemgå aktiviteten, og opdatér last_reviewed
rule-REV-002-title = Gennemgangsdato i fremtiden
rule-REV-002-when = En aktivitets last_reviewed-dato ligger efter i morgen (brugerens lokale dato; i morgen er allerede i dag for en kollega i en tidszone øst for brugeren).
rule-REV-002-source = Databeskyttelsesforordningens art. 5, stk. 2 (ansvarlighed); art. 24, stk. 1 (gennemgange skal være sande og kunne dateres)
rule-REV-002-hint = skriv den dag, gennemgangen faktisk fandt sted
rule-REV-003-title = Gennemgangsinterval uden for det tilladte
rule-REV-003-when = En organisations eller aktivitets review_interval_months er 0 eller over 120 (ti år).
rule-REV-003-source = Databeskyttelsesforordningens art. 24, stk. 1 (foranstaltningerne gennemgås og ajourføres efter behov); art. 5, stk. 2 (ansvarlighed)
rule-REV-003-hint = skriv, hvor ofte posten gennemgås, som et helt antal måneder, f.eks. 12 for én gang om året
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

## The terminal interface
tui-ack-until = { $rule } accepteret indtil { $date }: { $reason }
tui-ack-expired = { $rule } accepteret indtil { $date }, udløbet: { $reason }
tui-broken = ulæselig
tui-col-activity = Behandlingsaktivitet
tui-col-activities = Aktiviteter
tui-col-findings = Fund
tui-col-markers = FNT
tui-markers-legend = F følsomme · N CPR · T overførsel
tui-organisations = Organisationer
tui-marker-special = F
tui-marker-national-id = N
tui-marker-transfer = T
tui-pick-one = { $what } — vælg én
tui-pick-or-new-id = { $what } — vælg én, eller skriv et nyt id
tui-use-as-new-id = brug "{ $id }" som nyt id
tui-form-cannot-save = Kan ikke gemmes endnu: { $reason }
tui-form-ready = Klar til at gemme · 0 fejl, { $warnings } advarsler
tui-form-ready-old-errors = Klar til at gemme · ingen nye fejl ({ $errors } havde posten i forvejen), { $warnings } advarsler

## The form: field labels, their help, variants that carry data (src/tui/form/words.rs)
form-id = Id
form-help-id = Postens id: små bogstaver, tal og bindestreger; giver filen dens navn
form-name = Navn
form-help-name = Navnet, som det læses — art. 30, stk. 1, litra a (organisation), litra b (aktivitet)
form-name-en = Navn på engelsk
form-help-name-en = Navnet på engelsk, til eksport til læsere i udlandet
form-role = Rolle
form-help-role = Dataansvarlig eller databehandler — art. 30, stk. 1 eller stk. 2
form-kind = Type
form-help-kind = Hvilken type det er, som fortegnelsens regler læser det
form-country = Land
form-help-country = Land som ISO-kode med to bogstaver (DK, NO, US) — art. 30, stk. 1, litra e ved overførsler
form-org-number = CVR-nummer
form-help-org-number = Virksomhedens CVR-nummer — art. 30, stk. 1, litra a
form-address = Adresse
form-help-address = Postadresse — kontaktoplysninger, art. 30, stk. 1, litra a
form-email = E-mail
form-help-email = E-mailadresse — kontaktoplysninger, art. 30, stk. 1, litra a
form-phone = Telefon
form-help-phone = Telefonnummer — kontaktoplysninger, art. 30, stk. 1, litra a
form-website = Hjemmeside
form-help-website = Webadresse — kontaktoplysninger, art. 30, stk. 1, litra a
form-art3-2-applies = Uden for EØS, art. 3(2)
form-help-art3-2-applies = Ja, når organisationen er uden for EØS, og forordningen gælder efter art. 3, stk. 2
form-art27-2-exemption = Fritaget, art. 27(2)
form-help-art27-2-exemption = Ja, når art. 27, stk. 2, fritager organisationen for at udpege en repræsentant i EU
form-dpo = DPO
form-help-dpo = Databeskyttelsesrådgiverens kontaktoplysninger — art. 30, stk. 1, litra a, art. 37
form-designated = Formelt udpeget
form-help-designated = Ja, når rådgiveren er udpeget efter art. 37 og ikke blot en kontaktperson
form-contact = Kontakt
form-help-contact = Kontaktoplysninger: navn, e-mail, telefon — art. 30, stk. 1, litra a
form-contacts = Andre kontakter
form-help-contacts = Andre kontaktpersoner for fortegnelsen — art. 30, stk. 1, litra a
form-representative = Repræsentant i EU
form-help-representative = Repræsentanten efter art. 27 — art. 30, stk. 1, litra a
form-joint-controllers = Fælles dataansvarlige
form-help-joint-controllers = Dataansvarlige, der træffer beslutning sammen med denne — art. 26, art. 30, stk. 1, litra a
form-organisation = Organisation
form-help-organisation = En organisation i fortegnelsen, angivet ved id
form-arrangement-ref = Aftale
form-help-arrangement-ref = Hvor aftalen mellem de fælles dataansvarlige findes — art. 26, stk. 2
form-scope = Omfang
form-help-scope = Hvad aftalen omfatter
form-recipients = Modtagere
form-help-recipients = Hvem personoplysningerne videregives til — art. 30, stk. 1, litra d
form-recipients-none = Videregives ikke
form-help-recipients-none = Ja, når aktiviteten ikke videregiver personoplysninger til nogen — art. 30, stk. 1, litra d
form-recipient = Modtager
form-help-recipient = En modtager fra organisationen, angivet ved id — art. 30, stk. 1, litra d
form-description = Beskrivelse
form-help-description = Hvad det er og gør, med få sætninger
form-dpa-ref = Databehandleraftale
form-help-dpa-ref = Hvor databehandleraftalen findes — art. 28, stk. 3
form-sub-processors = Underdatabehandlere
form-help-sub-processors = Databehandlerens egne databehandlere — art. 28, stk. 2 og 4
form-dpf-certified = EU-US DPF-certificeret
form-help-dpf-certified = Om den amerikanske modtager er certificeret under Data Privacy Framework — art. 45
form-dpf-verified-on = DPF kontrolleret den
form-help-dpf-verified-on = Datoen, hvor DPF-listen blev kontrolleret (ÅÅÅÅ-MM-DD)
form-systems = Systemer
form-help-systems = De it-systemer, oplysningerne opbevares i, og hvor
form-location = Placering
form-help-location = Hvor systemet opbevarer oplysningerne (land, datacenter) — art. 30, stk. 1, litra e
form-security-measures = Sikkerhed
form-help-security-measures = En generel beskrivelse af tekniske og organisatoriske foranstaltninger — art. 30, stk. 1, litra g, art. 32
form-security-ref = Sikkerhedsdokumenter
form-help-security-ref = Hvor sikkerhedsdokumentationen findes — art. 30, stk. 1, litra g
form-business-function = Afdeling
form-help-business-function = Den afdeling eller det forretningsområde, behandlingen hører til
form-lia-ref = Interesseafvejning
form-help-lia-ref = Hvor interesseafvejningen bag et grundlag i art. 6, stk. 1, litra f, findes — art. 6, stk. 1, litra f, art. 5, stk. 2
form-retention-policy-ref = Slettepolitik
form-help-retention-policy-ref = Hvor politikken for opbevaring og sletning findes — art. 5, stk. 1, litra e, art. 30, stk. 1, litra f
form-breach-refs = Registrerede brud
form-help-breach-refs = Links til registreringen af brud på persondatasikkerheden i denne behandling — art. 33, stk. 5
form-data-subject-rights = Registreredes rettigh.
form-help-data-subject-rights = Hvordan henvendelser fra de registrerede håndteres — art. 12-22
form-sources = Kilder
form-help-sources = Hvor postens indhold stammer fra (dokumenter, samtaler)
form-not-stated = Ikke angivet i kilden
form-help-not-stated = Felter, kilden ikke udfylder, med en note, så de ikke ser glemt ud
form-field = Felt
form-help-field = Det felt, posten handler om
form-note = Note
form-help-note = En note i ord
form-acknowledgements = Accepterede fund
form-help-acknowledgements = Fund, der er accepteret med vilje, hver med en begrundelse og en udløbsdato
form-rule = Regel
form-help-rule = Reglens kode (fx RET-001); ved opbevaring den strukturerede regel
form-at = Ved
form-help-at = Det felt, fundet vedrører
form-reason = Begrundelse
form-help-reason = Hvorfor, i ord
form-expires = Udløber
form-help-expires = Datoen, hvor den udløber (ÅÅÅÅ-MM-DD)
form-notes = Noter
form-help-notes = Noter til holdet; eksporteres med posten
form-status = Status
form-help-status = Hvor posten er i gennemgangen: kladde, til gennemsyn, godkendt, udgået
form-owner = Ansvarlig
form-help-owner = Hvem der svarer for aktiviteten i organisationen
form-last-reviewed = Senest gennemgået
form-help-last-reviewed = Datoen for seneste gennemgang (ÅÅÅÅ-MM-DD)
form-review-interval-months = Gennemgås hver (mdr.)
form-help-review-interval-months = Hvor ofte posten gennemgås, i hele måneder fra 1 til 120 (12: én gang om året). Tom på en aktivitet: organisationens interval; tom på organisationen: én gang om året
form-not-a-number = { $field }: "{ $text }" er ikke et tal
form-new-recipient = Ny modtager "{ $id }": når du gemmer, tilføjes den organisationen; udfyld den dér
form-on-behalf-of = På vegne af
form-help-on-behalf-of = De dataansvarlige, databehandleren arbejder for — art. 30, stk. 2, litra a
form-processing = Behandlinger
form-help-processing = Hvad der udføres for den dataansvarlige — art. 30, stk. 2, litra b
form-purposes = Formål
form-help-purposes = Formålene med behandlingen — art. 30, stk. 1, litra b
form-purpose = Formål
form-help-purpose = Hvorfor, som formål med behandlingen — art. 30, stk. 1, litra b
form-text = Tekst
form-help-text = Teksten, som kilden skriver den
form-outside-public-tasks = Uden for myndighed
form-help-outside-public-tasks = Ja, når en myndighed forfølger formålet uden for sine opgaver (art. 6, stk. 1, sidste afsnit)
form-legal-bases = Behandlingsgrundlag
form-help-legal-bases = Behandlingsgrundlaget for hvert formål — art. 6, stk. 1, jf. art. 30, stk. 1, litra b
form-article6 = Art. 6, stk. 1, litra
form-help-article6 = Litra i art. 6, stk. 1: a samtykke, b kontrakt, c retlig forpligtelse, d vitale interesser, e myndighedsudøvelse, f legitime interesser
form-law-ref = Lov
form-help-law-ref = Den lov, grundlaget hviler på (art. 6, stk. 3), som den citeres
form-national-provision = National bestemmelse
form-help-national-provision = Bestemmelsen i national ret, fx databeskyttelseslovens § 7
form-legitimate-interest = Legitim interesse
form-help-legitimate-interest = Den interesse, der forfølges efter art. 6, stk. 1, litra f, i ord
form-special-conditions = Art. 9, stk. 2
form-help-special-conditions = Den undtagelse, der tillader følsomme oplysninger — art. 9, stk. 2
form-article9 = Art. 9, stk. 2, litra
form-help-article9 = Litra i art. 9, stk. 2: a udtrykkeligt samtykke, b arbejdsret, … h sundhed, j forskning
form-categories = Kategorier
form-help-categories = De kategorier af personoplysninger, det omfatter, angivet ved id — art. 30, stk. 1, litra c
form-criminal-basis = Art. 10 (strafbare)
form-help-criminal-basis = Hjemlen til at behandle oplysninger om strafbare forhold — art. 10
form-official-authority = Offentlig myndighed
form-help-official-authority = Ja, når behandlingen sker under kontrol af offentlig myndighed — art. 10
form-national-id-bases = CPR-nummer (art. 87)
form-help-national-id-bases = Den nationale regel, der tillader CPR-nummer — art. 87, databeskyttelseslovens § 11
form-scheme = Nummer
form-help-scheme = Hvilket nationalt nummer: CPR, fødselsnummer, andet
form-provision = Bestemmelse
form-help-provision = Den bestemmelse, der tillader det, som den citeres
form-justification = Begrundelse
form-help-justification = Hvorfor det er nødvendigt, i ord
form-data-subjects = Registrerede
form-help-data-subjects = Kategorierne af registrerede — art. 30, stk. 1, litra c
form-vulnerable = Sårbare
form-help-vulnerable = Ja for børn, patienter, ansatte og andre i en svagere stilling (WP248)
form-data-categories = Personoplysninger
form-help-data-categories = Kategorierne af personoplysninger — art. 30, stk. 1, litra c
form-subjects = Registrerede
form-help-subjects = De kategorier af registrerede, det vedrører, angivet ved id — art. 30, stk. 1, litra c
form-collected-from = Indsamlet fra
form-help-collected-from = Hvor oplysningerne kommer fra: den registrerede eller andre — art. 13, 14
form-source = Kilde
form-help-source = Den navngivne kilde, når det ikke er den registrerede — art. 14, stk. 2, litra f
form-published = Offentliggjort
form-help-published = Ja, når oplysningerne offentliggøres
form-data = Oplysninger
form-help-data = De kategorier af personoplysninger, modtageren får, angivet ved id — art. 30, stk. 1, litra c, d
form-transfers = Overførsler
form-help-transfers = Overførsler uden for EØS og garantierne for dem — art. 30, stk. 1, litra e, art. 44-49
form-international-organisation = Intl. organisation
form-help-international-organisation = Den internationale organisation, oplysningerne går til — art. 30, stk. 1, litra e
form-destination-text = Modtagerland (kilde)
form-help-destination-text = Modtagerlandet, som kilden skriver det
form-mechanisms = Garantier
form-help-mechanisms = Overførselsgrundlaget: tilstrækkelighed, standardkontrakt, BCR, undtagelse — art. 30, stk. 1, litra e, art. 45-49
form-safeguard-text = Garanti som skrevet
form-help-safeguard-text = Garantien, som kilden skriver den — art. 30, stk. 1, litra e
form-documentation = Dokumentation
form-help-documentation = Hvor dokumentationen findes — art. 30, stk. 1, litra e, art. 49, stk. 6
form-regular = Regelmæssig
form-help-regular = Ja, når overførslen er regelmæssig eller systematisk (så kan den ikke hvile på art. 49)
form-decision = Afgørelse
form-help-decision = Kommissionens afgørelse om klausulerne, fx 2021/914
form-module = Modul
form-help-module = Standardkontraktens modul (1 til 4)
form-approval-ref = Godkendelse
form-help-approval-ref = Godkendelsen af de bindende virksomhedsregler — art. 47
form-letter = Litra
form-help-letter = Den litra i art. 49, stk. 1, der anvendes
form-safeguards-documentation = Garantidokumentation
form-help-safeguards-documentation = Vurderingen og garantierne — art. 49, stk. 6
form-sa-notified = Tilsynet underrettet
form-help-sa-notified = Ja, når tilsynsmyndigheden er underrettet — art. 49, stk. 1, andet afsnit
form-retention = Slettefrister
form-help-retention = Hvornår oplysningerne slettes — art. 30, stk. 1, litra f
form-period = Periode
form-help-period = En ISO 8601-periode: P5Y er 5 år, P6M 6 måneder, P30D 30 dage
form-event = Hændelse
form-help-event = Den hændelse, perioden regnes fra
form-offset = Periode efter
form-help-offset = En ISO 8601-periode efter hændelsen: P5Y er 5 år
form-bound = Grænse
form-help-bound = Præcis da, eller senest da
form-criteria = Kriterier
form-help-criteria = De kriterier, der afgør perioden — art. 13, stk. 2, litra a
form-dpia = Konsekvensanalyse
form-help-dpia = Om en konsekvensanalyse er nødvendig og gennemført — art. 35
form-link = Link
form-help-link = Hvor dokumentet findes
form-risk-criteria = Høj risiko (WP248)
form-help-risk-criteria = De WP248-kriterier, der gælder; to eller flere kræver som regel en konsekvensanalyse
form-automated-decisions = Automatiske afgørelser
form-help-automated-decisions = Afgørelser alene baseret på automatisk behandling, herunder profilering — art. 22
form-present = Forekommer
form-help-present = Ja, når sådanne afgørelser træffes
form-ground = Grundlag, art. 22(2)
form-help-ground = Det grundlag i art. 22, stk. 2, der tillader dem
form-consent = Samtykke (art. 7)
form-help-consent = Hvordan samtykke gives, registreres og trækkes tilbage — art. 7
form-how-given = Hvordan det gives
form-help-how-given = Hvordan den registrerede giver samtykke
form-record-ref = Samtykkeregistrering
form-help-record-ref = Hvor samtykker registreres — art. 7, stk. 1
form-withdrawal-process = Tilbagetrækning
form-help-withdrawal-process = Hvordan samtykke trækkes tilbage — art. 7, stk. 3
form-provision-requirement = Lov-/kontraktkrav
form-help-provision-requirement = Om det er et krav at give oplysningerne, og følgerne hvis ikke — art. 13, stk. 2, litra e
form-value = Værdi
form-help-value = Værdien, som den skrives
form-other = Andet
form-help-other = Andet, i ord
form-cvr = CVR-nummer
form-help-cvr = Det danske CVR-nummer (8 cifre)
form-no-orgnr = Organisasjonsnummer
form-help-no-orgnr = Det norske organisasjonsnummer (9 cifre)
form-national-id = CPR-nummer
form-help-national-id = Hvilket nationalt identifikationsnummer — art. 87
form-special = Følsomme oplysninger
form-help-special = Hvilke følsomme oplysninger efter art. 9, stk. 1
form-listed = Opregnet
form-help-listed = Underdatabehandlerne, angivet ved modtager-id
form-named = Som angivet
form-help-named = Grundlaget, som kilden angiver det
form-duration = Periode (indsamling)
form-help-duration = En ISO 8601-periode fra indsamlingen: P5Y er 5 år
form-variant-org-number-cvr = CVR-nummer
form-variant-org-number-no-orgnr = Norsk organisationsnummer
form-variant-org-number-other = Andet nummer
form-variant-org-number-not-stated = Ikke angivet i kilden
form-variant-sub-processors-unknown = Ikke dokumenteret
form-variant-sub-processors-none = Ingen
form-variant-sub-processors-listed = Opregnet
form-variant-retention-duration = En periode fra indsamling
form-variant-retention-event-based = En periode efter en hændelse
form-variant-retention-statutory = Som en lov kræver
form-variant-retention-until-withdrawal = Indtil samtykket trækkes tilbage
form-variant-retention-indefinite = Uden tidsgrænse
form-variant-retention-not-possible = Ingen periode kan angives
form-variant-retention-anonymise-after = Anonymiseres efter en periode
form-variant-retention-not-stated = Ikke angivet i kilden
form-variant-retention-event-other = En anden hændelse
form-variant-bound-exact = Præcis da
form-variant-bound-max = Højst
form-variant-mechanism-scc = Standardkontraktbestemmelser (art. 46, stk. 2, litra c)
form-variant-mechanism-bcr = Bindende virksomhedsregler (art. 47)
form-variant-mechanism-public-authority-instrument = Instrument mellem offentlige myndigheder (art. 46, stk. 2, litra a)
form-variant-mechanism-code-of-conduct = Adfærdskodeks (art. 46, stk. 2, litra e)
form-variant-mechanism-certification = Certificering (art. 46, stk. 2, litra f)
form-variant-mechanism-authorised-clauses = Bestemmelser godkendt af tilsynsmyndigheden (art. 46, stk. 3)
form-variant-mechanism-derogation = Undtagelse (art. 49)
form-variant-mechanism-named = Som angivet i kilden
form-variant-mechanism-not-stated = Ikke angivet i kilden
form-variant-data-kind-special = Følsomme oplysninger (art. 9)
form-variant-data-kind-national-id = Nationalt identifikationsnummer (art. 87)
form-variant-national-id-scheme-other = Et andet nummer
tui-form-unset-pick = — ikke udfyldt (Enter vælger)
tui-form-unset-type = — ikke udfyldt (skriv for at udfylde)
tui-form-unset-add = — ikke udfyldt (skriv, eller Enter tilføjer)
tui-form-items = { $n ->
    [one] 1 punkt (Enter tilføjer)
   *[other] { $n } punkter (Enter tilføjer)
}
tui-action-up = op
tui-action-down = ned
tui-action-page-up = en side op
tui-action-page-down = en side ned
tui-action-top = første
tui-action-bottom = sidste
tui-action-open = åbn
tui-action-back = tilbage
tui-action-search = søg (org: status: has: transfer:)
tui-action-next-pane = liste / forhåndsvisning (brede terminaler)
tui-action-problems = problemer (valideringens fund)
tui-action-edit = rediger den valgte post
tui-action-new = ny behandlingsaktivitet
tui-action-copy = kopiér aktiviteten under et nyt id
tui-action-new-organisation = ny organisation
tui-action-external-editor = åbn filen i $EDITOR
tui-action-retire = sæt aktiviteten som udgået
tui-action-due = gennemgange, der forfalder, efter ansvarlig
tui-action-reviewed = markér aktiviteten som gennemgået i dag (ét commit)
tui-action-delete = slet aktiviteten
tui-action-history = aktivitetens historik
tui-action-undo = fortryd sessionens seneste gemning
tui-action-sync = synkronisér med holdets fælles repository
tui-action-reload = indlæs fortegnelsen igen fra disken
tui-action-help = denne hjælp
tui-action-quit = afslut
tui-mouse = mus
tui-mouse-does = hjulet ruller, klik vælger/åbner
tui-help-title = Taster
tui-help-close = { $first } eller { $second } lukker hjælpen
tui-help-close-scroll = { $first } eller { $second } lukker hjælpen · ↑↓ ruller
tui-read-only = skrivebeskyttet (ikke i et git-depot)
tui-loading = indlæser…
tui-validating = validerer…
tui-status-errors = { $n } fejl
tui-status-warnings = { $n } advarsler
tui-status-acknowledged = { $n } accepteret
tui-status-keys = { $first } hjælp  { $second } afslut
tui-file = Fil
tui-any-key-closes = en vilkårlig tast lukker
tui-delete-title = Slet behandlingsaktivitet
tui-delete-question = Slet { $name }?
tui-delete-history = Filen fjernes i én commit; git bevarer dens historik.
tui-delete-retire = Vil du beholde den synlig som ophørt, så sæt den som udgået (R) i stedet.
tui-delete-keys = y  slet    enhver anden tast  behold den
tui-uncommitted-title = Ændringer uden commit
tui-uncommitted-intro = Ændringer uden commit, som ropa ikke har lavet:
tui-uncommitted-include = i  tag dem med i denne commit (beskeden nævner dem)
tui-uncommitted-aside = a  læg dem til side (i git stash) og commit kun denne ændring
tui-uncommitted-cancel = Esc  annullér; intet bliver committet
tui-broken-file-title = Filen kan ikke committes
tui-broken-file-intro = Den blev ikke committet. Din tekst står stadig i filen.
tui-broken-file-reopen = r  åbn editoren igen ved det første problem
tui-broken-file-discard = d  kassér din ændring (filen som den var før)
tui-broken-file-keep = k  behold filen som den er, uden commit
tui-problem-ack = acc.
tui-problem-error = fejl
tui-problem-warning = adv.
tui-problems-title = Problemer — { $errors } fejl, { $warnings } advarsler, { $acknowledged } accepteret
tui-problems-validating = Problemer — validerer…
tui-sync-read-only = skrivebeskyttet: ikke et git-arbejdstræ, intet at synkronisere
tui-sync-running = Synkroniserer med holdets fælles repository…
tui-sync-done = Synkroniseret med { $to }: { $count } ændring(er) fra holdet, { $n } sendt
tui-sync-dropped = , { $n } fjernet (findes ikke længere på remote)
tui-sync-forced = { " " }(trods valideringsfejl)
tui-sync-dropped-report = { $to } har ikke længere disse commits (fjernet dér, fx ved force-push). De er også fjernet fra din gren, hverken genanvendt eller sendt:
tui-sync-dropped-title = Synkroniseret; commits fjernet
tui-sync-stopped = Synkronisering standset
tui-sync-stopped-notice = Synkronisering standset: { $reason }
tui-searching = søger…
tui-search-hits = { $n } fund
tui-search-title = Søg — org:ID status:draft has:cpr has:special transfer:us
tui-history = Historik
tui-history-count = { $n ->
    [one] 1 commit
   *[other] { $n } commits
}
tui-history-latest = seneste { $n } commits
tui-history-none = Ingen commits berører filen endnu (den er ikke committet).
tui-history-raw = rå diff
tui-history-changes = ændringer
tui-history-added = fil tilføjet
tui-history-changed = fil ændret
tui-history-removed = fil fjernet
tui-history-no-field = Intet felt ændret (kun formatering eller kommentarer); r viser den rå diff.
tui-history-record = post
tui-history-no-text = (ingen tekstændring)
tui-history-loading = Læser historikken…
tui-history-loading-changes = Læser, hvad denne commit ændrede…
tui-form-new = Ny
tui-form-edit = Rediger
tui-form-changed = ændret
tui-leave-title = Ændringer er ikke gemt
tui-leave-intro = Posten har ændringer, der ikke er gemt.
tui-leave-save = s  gem og forlad
tui-leave-discard = d  kassér ændringerne og forlad
tui-keep-editing = Esc  fortsæt redigeringen
tui-conflict-title = Ændret af en anden
tui-conflict-changed = er ændret på disken eller i git, siden du åbnede formularen.
tui-conflict-removed = er fjernet, siden du åbnede formularen.
tui-conflict-kept = Din ændring er bevaret. Vælg:
tui-conflict-merge = m  flet: læg dine ændrede felter oven på den nye version
tui-conflict-reload = r  indlæs den nye version (din ændring kasseres)
tui-conflict-overwrite = o  overskriv alligevel med din version
tui-conflict-now = Nu på disken:
tui-form-uncommitted-aside = a  læg dem til side (i git stash) og gem kun din ændring
tui-form-uncommitted-cancel = Esc  annullér; din ændring er bevaret
tui-reloaded = Indlæst igen fra disken.
tui-reloading = Indlæser igen…
tui-reloaded-outside = Indlæst igen: ændret uden for ropa
tui-left-form = Formularen er forladt; intet gemt.
tui-no-changes = Ingen ændringer; intet committet.
tui-no-change-editor = Ingen ændring i editoren; intet committet.
tui-changed-outside = Ændret uden for ropa; indlæser igen…
tui-not-deleted = Ikke slettet.
tui-cancelled = Annulleret; intet blev committet.
tui-still-loading = Fortegnelsen indlæses stadig; prøv igen om et øjeblik.
tui-nothing-to-undo = Intet at fortryde: ingen gemninger i denne session.
tui-read-only-short = skrivebeskyttet: fortegnelsen ligger ikke i et git-depot, så ændringer kan ikke committes. Gør dens mappe til et for at redigere: git init; git add -A; git commit -m "Fortegnelse"

## No register at the given path
tui-empty-title = Ingen fortegnelse her
tui-empty-folder = Mappe:
tui-empty-missing = Der findes intet på denne sti.
tui-empty-file = Dette er en fil, ikke en mappe.
tui-empty-empty = Mappen er tom.
tui-empty-other = Mappen indeholder { $n ->
    [one] én fil eller mappe
   *[other] { $n } filer og mapper
}, men ingen organisationsmappe (<id>/organisation.ron).
tui-empty-marker-only = Mappen er markeret som fortegnelse (ropa.ron), men har endnu ingen organisationsmappe ({ $n ->
    [one] ét element
   *[other] { $n } elementer
}).
tui-empty-git = I git-depotet { $path }.
tui-empty-no-git = Ikke i et git-depot.
tui-empty-what-to-do = Hvad du kan gøre
tui-empty-open-nearby = der ligger en fortegnelse herunder: ropa --registry { $path } ({ $n ->
    [one] én organisation
   *[other] { $n } organisationer
})
tui-empty-init = ropa init { $path } opretter en fortegnelse her som git-depot med en eksempelorganisation.
tui-empty-init-in-repo = mappen ligger i et git-depot: opret en organisationsmappe her (<id>/organisation.ron; `ropa init` i en tom mappe viser et eksempel), og commit den.
tui-empty-init-elsewhere = ropa init skriver kun i en ny eller tom mappe: kør `ropa init NY-MAPPE`, eller angiv mappen med organisationsmapperne med --registry.
tui-empty-give-folder = angiv mappen med organisationsmapperne: ropa --registry MAPPE
tui-empty-watching = ropa holder øje med mappen: en fortegnelse oprettet her vises uden genstart. q afslutter.


## Finding messages

finding-ack-001-expired = accepten af { $rule } udløb { $expires }; gennemgå fundet igen, og forny accepten eller ret fejlen
finding-ack-002-elsewhere = accepten af { $rule }{ $place } dækker kun den værdi, der er skrevet netop dér, og fundet er ved `{ $field }` ({ $finding }); acceptér hver forkert værdi på dens eget sted
finding-ack-002-kind-changed = accepten af { $rule }{ $place } dækker et fund { $was }, men fundet dér handler nu { $now } ({ $finding }): fundet har ændret sig; gennemgå det, og ret det eller acceptér på ny med kind: Some({ $kind })
finding-ack-002-no-kind = accepten af { $rule }{ $place } har ingen kind og dækker derfor kun en manglende værdi, men fundet dér handler om den skrevne værdi ({ $finding }); gennemgå det, og ret det eller acceptér med kind: Some({ $kind })
finding-ack-002-no-match = accepten af { $rule }{ $place } passer på intet fund; fjern den
finding-ack-002-no-place-many = accepten af { $rule } dækker en skrevet værdi (kind: Some(Invalid)), men nævner intet sted og dækker derfor intet: angiv det sted, den dækker, med at: Some("…") ({ $places })
finding-ack-002-no-place-no-match = accepten af { $rule } dækker en skrevet værdi (kind: Some(Invalid)), men nævner intet sted og dækker derfor intet: den passer på intet fund; fjern den
finding-ack-002-no-place-one = accepten af { $rule } dækker en skrevet værdi (kind: Some(Invalid)), men nævner intet sted og dækker derfor intet: tilføj at: Some("{ $place }")
finding-ack-002-place-gone = accepten af { $rule } nævner `{ $at }`, som posten ikke har (et element omdøbt eller fjernet); gennemgå fundet igen
finding-ack-002-unknown-rule = accepten nævner den ukendte regel `{ $rule }`
finding-act-001-no-data-categories = ingen kategori af personoplysninger registreret (art. 30, stk. 1, litra c)
finding-act-001-no-data-subjects = ingen kategori af registrerede registreret (art. 30, stk. 1, litra c)
finding-act-001-no-purpose = intet formål registreret (art. 30, stk. 1, litra b)
finding-act-002-no-recipients = ingen modtagere registreret; angiv dem, eller sæt recipients_none: true, hvis ingen modtager oplysningerne
finding-act-002-none-but-listed = recipients_none er sat, men der er angivet modtagere
finding-act-003-no-basis = formålet `{ $id }` har intet behandlingsgrundlag efter art. 6, stk. 1
finding-act-003-no-letter = grundlaget henviser kun til `{ $cited }` uden et litra i art. 6, stk. 1
finding-act-004-not-a-basis = henviser til art. { $art }, som ikke er et behandlingsgrundlag; flyt henvisningen til noter
finding-act-005-collective-agreement = law_ref `{ $law }` er en overenskomst, ikke EU-ret eller national ret: art. 6, stk. 1, litra { $letter }, kræver en forpligtelse eller opgave fastsat i EU-ret eller national ret (art. 6, stk. 3); henvis til loven (lov, bekendtgørelse, forskrift, § …), eller brug et andet grundlag
finding-act-005-names-no-law = law_ref `{ $law }` nævner ingen lov: art. 6, stk. 1, litra { $letter }, kræver en forpligtelse eller opgave fastsat i EU-ret eller national ret (art. 6, stk. 3); henvis til loven (lov, bekendtgørelse, forskrift, § …), eller brug et andet grundlag
finding-act-005-no-law-ref = art. 6, stk. 1, litra { $letter }, uden law_ref: angiv den EU-ret eller nationale ret, grundlaget hviler på (art. 6, stk. 3)
finding-act-005-no-legitimate-interest = art. 6, stk. 1, litra f, uden den legitime interesse, der forfølges (art. 13, stk. 1, litra d)
finding-act-005-private-task = art. 6, stk. 1, litra e, påberåbes af en organisation, som ikke er en offentlig myndighed, uden en law_ref, der pålægger opgaven
finding-act-006-authority-legitimate-interest = en offentlig myndighed bruger legitime interesser som grundlag for et formål, der ikke er markeret outside_public_tasks
finding-act-007-no-security = ingen sikkerhedsforanstaltninger beskrevet her eller på organisationen (art. 30, stk. 1, litra g)
finding-act-008-no-source = `{ $id }` indsamles ikke hos den registrerede, men ingen kilde er angivet (art. 14, stk. 2, litra f)
finding-act-009-no-ground = der træffes automatiske afgørelser uden et grundlag i art. 22, stk. 2, litra a-c
finding-act-009-not-recorded = det er ikke registreret, om der træffes automatiske afgørelser eller foretages profilering (art. 22)
finding-act-010-no-screening = { $n } kriterier fra WP248 er opfyldt ({ $list }), men der er ikke registreret nogen vurdering af behovet for en konsekvensanalyse (udført, planlagt eller ikke nødvendig med begrundelse)
finding-act-011-no-lia = behandlingen bygger på legitime interesser (art. 6, stk. 1, litra f), men der er ikke linket til nogen interesseafvejning (lia_ref)
finding-cns-001-no-withdrawal = samtykke er et grundlag, men der er ikke registreret nogen consent.withdrawal_process for tilbagetrækning (art. 7, stk. 3)
finding-cns-002-employees = samtykke er et grundlag, og de registrerede omfatter `{ $name }` (ansatte): på grund af den skæve magtbalance mellem arbejdsgiver og ansat er samtykke sjældent frivilligt (art. 7, stk. 4, betragtning 43, art. 88; EDPB’s retningslinjer 05/2020 om samtykke, pkt. 21-24); brug et andet grundlag, medmindre et afslag ikke har nogen konsekvenser overhovedet
finding-cns-003-child = samtykke til en informationssamfundstjeneste er et grundlag, og de registrerede omfatter `{ $name }`: under { $age } skal samtykket gives eller godkendes af indehaveren af forældremyndigheden, og der skal gøres rimelige bestræbelser på at kontrollere det (art. 8, stk. 1-2); beskriv i consent.how_given, hvordan alder kontrolleres, og hvordan forældre samtykker
finding-country-did-you-mean = `{ $written }` er ikke en landekode efter ISO 3166-1 alpha-2; mente du `{ $code }` ({ $country })?
finding-country-not-alpha2 = `{ $written }` er ikke en landekode efter ISO 3166-1 alpha-2; skriv koden på to bogstaver, fx `US`, `GB`, `JP`
finding-country-user-assigned = `{ $written }` er ikke en landekode efter ISO 3166-1 alpha-2; det er en brugertildelt kode, som ikke betegner noget land
finding-date-001-not-date = `{ $date }` er ikke en dato på formen ÅÅÅÅ-MM-DD
finding-gap-001-field-not-stated = `{ $field }` er ikke oplyst i kilden
finding-gap-001-field-not-stated-note = `{ $field }` er ikke oplyst i kilden: { $note }
finding-gap-001-not-stated = ikke oplyst i kilden
finding-gap-001-not-stated-note = ikke oplyst i kilden: { $note }
finding-gap-002-given = `{ $field }` er registreret som ikke oplyst i kilden, men posten angiver den: fjern linjen, eller værdien hvis kilden ikke oplyser den
finding-gap-002-no-field = en not_stated-linje nævner intet felt
finding-gap-002-no-item = `{ $path }`: posten har ikke `{ $name }[{ $index }]`
finding-gap-002-no-such-field = `{ $path }`: { $record } har intet felt `{ $name }`
finding-gap-002-no-such-field-near = `{ $path }`: { $record } har intet felt `{ $name }`; mente du `{ $near }`?
finding-gap-002-not-a-list = `{ $path }`: `{ $name }` er ikke en liste
finding-gap-002-not-a-path = `{ $path }` er ikke en feltsti (skriv fx `recipients[0].country`)
finding-gap-002-own-identifier = `{ $field }` er fortegnelsens egen identifikator, ikke en oplysning, som en kilde giver: angiv den, sådan som filnavnet og henvisningerne kræver
finding-gap-002-twice = `{ $field }` står som ikke oplyst mere end én gang
finding-org-001-bad-email = `{ $value }` er ikke en gyldig e-mailadresse
finding-org-001-bad-phone = `{ $value }` kan ikke læses som et telefonnummer (E.164)
finding-org-001-no-address = organisationen har ingen postadresse
finding-org-001-no-contact = organisationen har hverken kontakt-e-mail eller telefon
finding-org-001-no-name = organisationen har intet navn
finding-org-002-dk-has-orgnr = dansk organisation med et norsk nummer; forventet Cvr("…")
finding-org-002-dk-no-cvr = dansk organisation uden CVR-nummer
finding-org-002-modulus = { $what } `{ $raw }` består ikke modulus 11-kontrollen ({ $len } cifre, vægte { $weights })
finding-org-002-no-has-cvr = norsk organisation med et CVR-nummer; forventet NoOrgnr("…")
finding-org-002-no-no-orgnr = norsk organisation uden organisasjonsnummer
finding-org-002-not-digits = { $what } `{ $raw }` er ikke et tal på { $len } cifre
finding-org-002-placeholder = { $what } `{ $raw }` er en pladsholder ({ $class }), ikke et rigtigt nummer; registrér organisationens rigtige nummer
finding-org-002-punctuation-invalid = { $what } `{ $raw }` er skrevet med mellemrum eller tegn; skriv det kun med cifre: `{ $digits }`, som ikke består modulus 11-kontrollen (vægte { $weights })
finding-org-002-punctuation-valid = { $what } `{ $raw }` er skrevet med mellemrum eller tegn; skriv det kun med cifre: `{ $digits }`, som består modulus 11-kontrollen
finding-org-003-authority-needs-dpo = en offentlig myndighed skal udpege en databeskyttelsesrådgiver (DPO) og offentliggøre en e-mail eller telefon (art. 37, stk. 1, litra a, og stk. 7)
finding-org-003-designated-unreachable = der er udpeget en databeskyttelsesrådgiver (DPO), men ingen e-mail eller telefon til DPO’en er registreret
finding-org-004-no-representative = etableret i { $country }, og art. 3, stk. 2, finder anvendelse, men der er hverken registreret en repræsentant i EU/EØS (art. 27) eller art27_2_exemption
finding-org-005-no-arrangement = den fælles dataansvarlige `{ $org }` mangler arrangement_ref (ordning efter art. 26)
finding-org-005-unknown = den fælles dataansvarlige `{ $org }` er ikke en organisation i denne fortegnelse
finding-org-006-no-controllers = databehandlerfortegnelse uden de dataansvarlige, der behandles på vegne af (art. 30, stk. 2, litra a)
finding-org-006-no-processing = ingen kategorier af behandling foretaget for denne dataansvarlige (art. 30, stk. 2, litra b)
finding-org-006-unidentified = den dataansvarlige `{ $name }` er ikke identificeret med navn og kontaktoplysninger (art. 30, stk. 2, litra a)
finding-prc-001-no-dpa = databehandleren `{ $id }` har ingen dpa_ref (databehandleraftale, art. 28, stk. 3)
finding-prc-001-no-sub-processors = databehandleren `{ $id }` har ingen liste over underdatabehandlere: registrér dem, eller at den ikke bruger nogen
finding-prc-002-processor-states-bases = en databehandlerfortegnelse angiver behandlingsgrundlag: dem fastlægger den dataansvarlige (art. 28, stk. 10); kontrollér rollerne
finding-prc-002-two-roles = `{ $name }` optræder både som { $first } og som { $second } i denne behandling; registrér strømmene hver for sig
finding-ret-001-no-rule = ingen slettefrist: angiv en periode, en hændelsesbaseret regel eller kriterierne (art. 30, stk. 1, litra f, 13, stk. 2, litra a)
finding-ret-001-not-possible-incomplete = NotPossible kræver både en begrundelse og kriterierne
finding-ret-002-vague = uklar slettefrist: "{ $text }"
finding-ret-003-justification-says-nothing = opbevares uden tidsgrænse, og begrundelsen "{ $justification }" siger ikke hvorfor: henvis til den lov, der kræver det, eller til formålet arkivering, forskning eller statistik (art. 89, arkivloven)
finding-ret-003-no-justification = opbevares uden tidsgrænse og uden begrundelse (lov, arkivlov, art. 89)
finding-ret-004-not-duration = `{ $period }` er ikke en ISO 8601-varighed som P30D, P5Y eller P6M
finding-ret-004-unknown-event = hændelsen "{ $event }" er ikke i det faste ordforråd (DeathOfDataSubject, EndOfMembership, ...)
finding-ret-004-up-to = teksten siger "op til"; sæt bound: Max
finding-ret-005-category-uncovered = kategorien af personoplysninger `{ $id }` har ingen slettefrist
finding-ret-005-conflict = slettefristerne `{ $first }` og `{ $second }` giver forskellige faste perioder for `{ $category }`
finding-ret-005-subjects-uncovered = gruppen af registrerede `{ $id }` har ingen slettefrist
finding-ret-006-over-100-years = `{ $period }` er mere end 100 år; en tastefejl, eller varig opbevaring, som bør være Indefinite med sin begrundelse (art. 5, stk. 1, litra e)
finding-ret-006-zero-statutory = `{ $period }` er nul, men en lov kræver, at oplysningerne opbevares; angiv lovens periode
finding-ret-007-text-disagrees = teksten ("{ $text }") angiver { $states }, men værdien er `{ $period }`; en af dem er forkert
finding-rev-001-stale = senest gennemgået { $date }, for mere end et år siden
finding-rev-001-stale-interval = senest gennemgået { $date }; med gennemgang hver { $months }. måned skulle den næste have været foretaget { $due }
finding-rev-003-interval = review_interval_months er { $months }; skriv et helt antal måneder fra 1 til 120
finding-rev-002-future = last_reviewed { $date } ligger efter i dag ({ $today }); en gennemgangsdato i fremtiden skjuler, hvornår posten faktisk blev gennemgået
finding-spc-001-no-condition = følsomme oplysninger `{ $id }` uden en betingelse i art. 9, stk. 2, eller en national bestemmelse
finding-spc-002-no-authorisation = oplysninger om strafbare forhold `{ $id }` uden hjemmel efter art. 10 (offentlig myndighed, DBL § 8 eller POL § 11)
finding-spc-003-no-s11 = CPR-numre (`{ $id }`) uden henvisning til databeskyttelseslovens § 11 i national_id_bases ({ $expected } forventes for { $body })
finding-spc-003-no-s11-cited = CPR-numre (`{ $id }`) uden henvisning til databeskyttelseslovens § 11 i national_id_bases ({ $expected } forventes for { $body }); `{ $provision }` er ikke databeskyttelseslovens § 11
finding-spc-003-published = CPR-numre må ikke offentliggøres uden samtykke (DBL § 11, stk. 3)
finding-spc-003-wrong-stk = CPR-grundlaget `{ $provision }` henviser til § 11, stk. { $stk }, men { $bodies } skal bruge § 11, stk. { $want }
finding-spc-004-no-basis = fødselsnummer (`{ $id }`) uden et grundlag i personopplysningsloven § 12 med begrundelse (saklig behov for sikker identifisering)
finding-spc-005-unflagged = `{ $id }` nævner "{ $word }", som tyder på { $what }, men typen er { $kind }
finding-spc-006-cpr = teksten indeholder en værdi, der ligner et CPR-nummer ({ $masked })
finding-spc-006-fnr = teksten indeholder et gyldigt norsk fødselsnummer ({ $masked })
finding-spc-007-cannot-carry = `{ $provision }` kan ikke bære følsomme oplysninger: oplysninger efter art. 9, stk. 1, kræver en betingelse i art. 9, stk. 2, litra a-j, eller en bestemmelse fastsat i medfør af den (DK: databeskyttelsesloven § 7, § 10 eller § 12; NO: personopplysningsloven § 6, § 7 eller § 9); en sektorlov kræver det litra i art. 9, stk. 2, den gennemfører, i article9
finding-spc-008-cannot-authorise = `{ $provision }` kan ikke give hjemmel til oplysninger om strafbare forhold: art. 10 kræver offentlig myndighed eller en bestemmelse, der giver hjemmel til behandlingen (DK: databeskyttelsesloven § 8, eller § 10 for statistik og forskning; NO: personopplysningsloven § 11)
finding-str-001-id-twice = id `{ $id }` ({ $what }) er brugt to gange (også { $list }[{ $first }])
finding-str-001-org-number-twice = organisationsnummeret { $number } er også angivet af organisationen `{ $first }`
finding-str-002-not-defined = { $kind } `{ $id }` er ikke defineret
finding-str-002-sub-processor = underdatabehandleren `{ $id }` er ikke en modtager hos denne organisation
finding-str-003-folder = organisations-id `{ $id }` afviger fra mappen `{ $folder }`
finding-str-004-file-name = behandlings-id `{ $id }` afviger fra filnavnet `{ $stem }.ron`
finding-str-004-not-slug = id `{ $id }` ({ $what }) er ikke en slug ([a-z0-9-]+)
finding-xfr-001-no-destination = overførslen `{ $id }` nævner hverken et land (ISO 3166-1) eller en international organisation
finding-xfr-001-no-destination-source = overførslen `{ $id }` nævner hverken et land (ISO 3166-1) eller en international organisation (kilden siger: "{ $source }")
finding-xfr-002-no-safeguard = overførslen `{ $id }` til { $country } har hverken en tilstrækkelighedsafgørelse eller en struktureret garanti (standardkontraktbestemmelser med afgørelse og modul, BCR, instrument efter art. 46 eller undtagelse efter art. 49)
finding-xfr-002-scc-incomplete = standardkontraktbestemmelser uden afgørelse (fx "2021/914") og modul (1-4)
finding-xfr-003-invalid = overførslen `{ $id }` hviler på { $why }
finding-xfr-004-dpf-not-us = EU-US Data Privacy Framework dækker kun overførsler til USA
finding-xfr-004-dpf-unverified = modtageren `{ $rid }` kræver dpf_certified: true med dpf_verified_on inden for de seneste 12 måneder
finding-xfr-005-public-authority = en offentlig myndighed, der udøver offentlig myndighed, må ikke bruge art. 49, stk. 1, litra a-c, eller andet afsnit (art. 49, stk. 3)
finding-xfr-005-regular = undtagelser efter art. 49 må ikke bruges til regelmæssige eller systematiske overførsler
finding-xfr-005-second-subparagraph = art. 49, stk. 1, andet afsnit, kræver safeguards_documentation og sa_notified: true
finding-xfr-006-no-country = modtageren `{ $id }` har intet land; en overførsel til et tredjeland kan ikke udelukkes
finding-xfr-006-outside-eea = modtageren `{ $id }` er i { $country } uden for EU/EØS, men behandlingen angiver ingen overførsel
finding-xfr-007-dpf-recheck = modtageren `{ $rid }`s DPF-certificering blev kontrolleret { $verified }, for mere end seks måneder siden; afgørelse { $decision } af { $adopted } er anket (C-703/25 P), så kontrollér certificeringen og sagens stade igen
finding-xfr-007-ends = tilstrækkelighedsafgørelse { $decision } af { $adopted } for { $destination } udløber { $until }
finding-xfr-007-not-in-eea = tilstrækkelighedsafgørelse { $decision } af { $adopted } er endnu ikke indarbejdet i EØS-aftalen; en dataansvarlig i { $country } kan ikke støtte sig på den
finding-xfr-009-stale-mention = overførslen `{ $id }` nævner også { $why }; den hviler på et gyldigt overførselsgrundlag, så fjern den forældede omtale

finding-word-a-private-body = en privat virksomhed
finding-word-a-public-authority = en offentlig myndighed
finding-word-about-missing = om en manglende værdi
finding-word-about-written = om den skrevne værdi
finding-word-age-dk = 13 år i Danmark (databeskyttelsesloven § 6, stk. 2)
finding-word-age-no = 13 år i Norge (personopplysningsloven § 5)
finding-word-age-other = 16 år, medmindre national ret fastsætter 13-15 år (art. 8, stk. 1)
finding-word-at-place = ved `{ $place }`
finding-word-criterion-national-id = personnummer
finding-word-criterion-special = følsomme oplysninger eller oplysninger om strafbare forhold
finding-word-criterion-vulnerable = sårbare registrerede
finding-word-cvr = CVR-nummer
finding-word-old-scc = gamle standardkontraktbestemmelser (ophævet ved afgørelse (EU) 2021/914; overgangsperioden sluttede 27. december 2022)
finding-word-or = eller
finding-word-orgnr = organisasjonsnummer
finding-word-placeholder-ascending = en stigende række cifre
finding-word-placeholder-block = en kort blok cifre gentaget
finding-word-placeholder-descending = en faldende række cifre
finding-word-placeholder-nearly-repeated = alle cifre undtagen ét er ens
finding-word-placeholder-repeated = det samme ciffer gentaget
finding-word-placeholder-run-check = en række cifre efterfulgt af kontrolcifferet
finding-word-privacy-shield = Privacy Shield (kendt ugyldig af EU-Domstolen i C-311/18 Schrems II, 16. juli 2020)
finding-word-private-bodies = private virksomheder
finding-word-public-authorities = offentlige myndigheder
finding-word-record-activity = en behandlingspost
finding-word-record-organisation = en organisationspost
finding-word-safe-harbour = Safe Harbour (kendt ugyldig af EU-Domstolen i C-362/14 Schrems I, 6. oktober 2015)
finding-word-suggests-criminal = oplysninger om strafbare forhold (art. 10)
finding-word-suggests-national-id = et personnummer
finding-word-suggests-special = følsomme oplysninger (art. 9)
finding-word-thing-activity = behandling
finding-word-thing-data-category = kategori af personoplysninger
finding-word-thing-data-subject = kategori af registrerede
finding-word-thing-organisation = organisation
finding-word-thing-purpose = formål
finding-word-thing-recipient = modtager
finding-word-thing-recipient-define = modtager (definér den under organisationens modtagere)
finding-word-thing-retention-rule = slettefrist
finding-word-thing-system = system
finding-word-thing-transfer = overførsel
finding-word-unnamed-country = et unavngivet land

## Export and import wording
## The phrases of the spreadsheet and document layouts (src/register/export/layout.rs),
## read back by the import in every language.
export-website = Hjemmeside: { $value }
export-other-contact = Anden kontakt: { $value }
export-art3-2 = Art. 3, stk. 2, finder anvendelse (etableret uden for EU/EØS)
export-art27-2 = Undtaget fra kravet om repræsentant (art. 27, stk. 2): { $value }
export-description = Beskrivelse: { $value }
export-recipients-none = Ingen: aktiviteten videregiver ikke personoplysninger til nogen
export-no-agreement = ingen databehandleraftale registreret
export-org-default = Organisationens standard: { $value }
export-security-ref = Sikkerhedsdokumentation: { $value }
export-org-security-ref = Organisationens sikkerhedsdokumentation: { $value }
export-organisation = Organisationen: { $value }
export-provision-requirement = Krav i lov eller kontrakt: { $value }
export-wp248 = WP248-kriterier: { $value }
export-org-notes = Organisationens noter: { $value }
export-org-sources = Organisationens kilder: { $value }
export-other-recipients = Andre modtagere, som organisationen har angivet: { $value }
export-other-systems = Organisationens andre systemer: { $value }
export-record-files = Filer i fortegnelsen: { $value }
export-record-file = Fil i fortegnelsen: { $value }
export-no-activity = Der er ikke registreret nogen behandlingsaktivitet for denne organisation.
retention-not-possible-sentence = der kan ikke angives en slettefrist, årsag: { $reason } Kriterier: { $criteria }

## Problems and search
tui-problems-n-errors = { $n } fejl
tui-problems-n-warnings = { $n ->
    [one] { $n } advarsel
   *[other] { $n } advarsler
}
tui-problems-n-acknowledged = { $n } accepteret
tui-problems-heading = Problemer — { $what }
tui-problems-none = ingen fund
tui-problems-only-errors = kun fejl
tui-problems-only-warnings = kun advarsler
tui-problems-only-acknowledged = kun accepterede
tui-problems-only-rule = regel { $rule }
tui-problems-org-record = Organisationens egne oplysninger
tui-problems-keys = e fejl · w advarsler · a accepterede · r regel · Enter åbn
tui-problems-none-shown = Intet fund passer til filteret (e, w, a og r ændrer det).
tui-problems-every-rule = Alle regler
tui-problems-rule-picker = Regel

## Form sections and navigation

tui-form-section-identity = Identitet
tui-form-section-purposes = Formål og behandlingsgrundlag
tui-form-section-subjects = Registrerede og oplysninger
tui-form-section-recipients = Modtagere og overførsler
tui-form-section-retention = Opbevaring og sletning
tui-form-section-security = Sikkerhed
tui-form-section-review = Gennemgang
tui-form-section-org-identity = Identitet og kontakt
tui-form-section-org-dpo = DPO og repræsentant
tui-form-section-org-recipients = Modtagere
tui-form-section-org-security = Sikkerhed som standard
tui-form-section-fields = { $count ->
    [one] 1 felt
   *[other] { $count } felter
}
tui-form-section-problems = { $count ->
    [one] 1 problem
   *[other] { $count } problemer
}
tui-form-find-title = Gå til felt
tui-form-find-keys = skriv for at afgrænse · Enter gå · Esc luk
tui-pick-several = Afkryds { $what }
tui-hint-save-leave = gem og luk
tui-hint-discard-leave = kassér og luk
tui-hint-keep-editing = fortsæt redigering
tui-hint-merge = flet
tui-hint-reload = genindlæs
tui-hint-overwrite = overskriv
tui-hint-include = tag dem med
tui-hint-set-aside = læg dem til side
tui-hint-back-to-form = tilbage til formularen
tui-hint-jump = gå dertil
tui-hint-choose = vælg
tui-hint-clear-query = ryd
tui-hint-close = luk
tui-hint-tick = afkryds
tui-hint-keep-ticked = behold afkrydsede
tui-hint-pick = vælg
tui-hint-cancel = annullér
tui-hint-save = gem
tui-hint-leave = forlad
tui-hint-fold = fold sammen
tui-hint-unfold = fold ud
tui-hint-fold-others = fold de andre sammen
tui-hint-pick-several = vælg flere
tui-hint-add-item = tilføj
tui-hint-clear = ryd feltet
tui-hint-delete-word = slet ord
tui-hint-new-line = ny linje
tui-hint-switch = skift
tui-hint-set = udfyld
tui-hint-remove-item = fjern punkt
tui-hint-move-item = flyt punkt
tui-hint-clear-field = ryd
tui-hint-find-field = gå til felt
tui-hint-section = afsnit
tui-form-remove-item-where = Et punkt fjernes inde fra punktet: gå ind i punktet på listen først
tui-form-section-typed = En afsnitsoverskrift: Enter eller mellemrum folder den; ↓ går til felterne

## Keys and status

tui-context-organisations = organisationer
tui-context-activities = behandlingsaktiviteter
tui-context-detail = behandlingsaktivitet
tui-context-problems = problemer
tui-context-history = historik
tui-context-search = søgning
tui-context-help = hjælp
tui-context-confirm = spørgsmål
tui-context-form = formular
tui-action-raw = ændringer i ord / rå diff
tui-key-not-here = { $name } ({ $what }) gælder ikke her
tui-help-typing = abc
tui-help-typing-search = skriv søgningen (org: status: has: transfer:)
tui-help-closes = { $first }, { $second } eller { $value } lukker hjælpen
tui-help-closes-scroll = { $first }, { $second } eller { $value } lukker hjælpen · ↑↓ ruller
tui-bar-move = flyt
tui-bar-open = åbn
tui-bar-back = tilbage
tui-bar-search = søg
tui-bar-next-pane = forhåndsvisning
tui-bar-raw = rå diff
tui-bar-problems = problemer
tui-bar-edit = rediger
tui-bar-new = ny
tui-bar-copy = kopiér
tui-bar-new-organisation = ny org.
tui-bar-external-editor = $EDITOR
tui-bar-retire = udgået
tui-bar-due = forfald
tui-bar-reviewed = gennemgået
tui-bar-delete = slet
tui-bar-history = historik
tui-bar-undo = fortryd
tui-bar-sync = synk
tui-bar-reload = genindlæs
tui-bar-quit = afslut
tui-bar-help = hjælp
tui-bar-close = luk
tui-bar-scroll = rul
tui-bar-query = skriv for at søge
tui-bar-confirm = bekræft
tui-bar-cancel = annullér
tui-bar-pick = vælg
tui-bar-save = gem
tui-bar-leave = forlad
tui-bar-field = felt
tui-bar-pick-add = vælg/tilføj
tui-bar-add-item = tilføj
tui-bar-remove = fjern
tui-bar-move-item = flyt punkt
tui-bar-new-line = ny linje
tui-bar-ten-fields = 10 felter
tui-bar-keep = behold
tui-bar-set-aside = læg til side
tui-bar-include = tag med
tui-bar-reopen = åbn editor igen
tui-bar-discard = kassér
tui-count-errors = { $n } fejl
tui-count-warnings = { $n ->
    [one] { $n } advarsel
   *[other] { $n } advarsler
}
tui-count-acknowledged = { $n ->
    [one] { $n } accepteret
   *[other] { $n } accepterede
}
tui-count-due = { $n } forfalder
tui-confirm-report-keys = Enter eller Esc lukker
tui-confirm-delete-keys = Enter (eller y)  slet    Esc (eller n)  behold den
tui-confirm-aside = Enter (eller a)  læg dem til side (i git stash) og commit kun denne ændring
tui-confirm-reopen = Enter (eller r)  åbn editoren igen ved det første problem
tui-confirm-keep = Esc (eller k)  behold filen som den er, uden commit
tui-saved = Gemt { $id }: { $text }
tui-saved-aside = Gemt { $id }: { $text } · ændringerne uden commit ligger i `git stash list`
tui-undone = Fortrudt med { $id }: { $text }
tui-undone-aside = Fortrudt med { $id }: { $text } · ændringerne uden commit ligger i `git stash list`
tui-saving = Gemmer… (taster, du trykker på nu, får virkning, når det er færdigt)
tui-undoing = Fortryder… (taster, du trykker på nu, får virkning, når det er færdigt)
tui-not-saved = Ikke gemt: { $reason }
tui-not-saved-kept = Ikke gemt: { $reason }. Alt hvad du har skrevet, er bevaret.
tui-not-saved-conflict = Ikke gemt, intet gjort: { $path } er ændret siden indlæsningen; genindlæser — prøv igen
tui-already-retired = { $name } er allerede ophørt
tui-due-done = gennemgået i dag
tui-held-not-applied = ikke brugt, da skærmen skiftede: “{ $text }”
tui-retired-not-reviewed = { $name } er ophørt: ophørte aktiviteter bevares, som de var, og gennemgås ikke
tui-already-reviewed = { $name } er allerede markeret som gennemgået { $date }
tui-due-title = Gennemgange, der forfalder — { $overdue ->
    [one] { $overdue } forsinket
   *[other] { $overdue } forsinkede
}, { $soon } inden for { $days } dage
tui-next-review = Næste gennemgang
tui-next-review-on = { $date } (hver { $months }. måned)
tui-next-review-now = nu: aldrig gennemgået (derefter hver { $months }. måned)
tui-not-parsed = { $path } kan ikke læses; { $name } åbner den i din editor ved fejlen
tui-history-failed = Historik: { $reason }
tui-edit-discarded = { $path }: din ændring er kasseret
tui-edit-discarded-head = { $path }: din ændring er kasseret; filen er som i seneste commit (den blev committet igen, mens din editor var åben)
tui-left-as-written = { $path } er efterladt, som du skrev den, uden commit; ret den og tryk { $name }
tui-form-changed-outside = { $path } er ændret uden for ropa, mens du redigerer den. Alt hvad du har skrevet, er bevaret; når du gemmer, bliver du spurgt, om der skal flettes, genindlæses eller overskrives.
tui-form-register-changed = Registret er ændret uden for ropa og genindlæst. Alt hvad du har skrevet, er bevaret.
tui-hook-stopped = Git-hooket { $name } stoppede gemningen
tui-not-signed = Commit'en kunne ikke signeres
tui-not-saved-see-message = Ikke gemt: se beskeden (Esc lukker den). Alt hvad du har skrevet, er bevaret.
tui-not-saved-new-errors = Ikke gemt: ændringen ville tilføje { $n } fejl; se nedenfor. Alt hvad du har skrevet, er bevaret.
tui-disk-version-broken = Versionen på disken kan ikke læses ({ $reason }); din ændring er bevaret
tui-merged = Dine ændrede felter er lagt på den nye version; tjek dem, og gem
tui-merged-both-changed = Flettet. Begge versioner har ændret { $fields }: din er beholdt og erstatter den anden (i parentes), når du gemmer
tui-restored = Intet at committe: { $files } er som i seneste commit igen; det, der lå der, er gemt i `git stash list`

## Screen keys outside the key table
tui-own-problems-filter = fejl/advarsler/accepterede
tui-own-problems-rules = efter regel
tui-own-detail-sections = gå til afsnit
tui-own-search-edit = ryd / slet ord

## Attack fixes

cli-export-unknown-org = fejl: ingen organisation med id `{ $id }` i fortegnelsen (id'er: { $known })
cli-export-no-status = bemærk: ingen aktivitet har den ønskede status; eksporten indeholder ingen poster
cli-log-since-not-date = fejl: --since { $since }: ikke en dato (ÅÅÅÅ-MM-DD)
cli-sample-created = Oprettede eksempelfortegnelsen i { $path } (et git-depot).
cli-settings-ignored = advarsel: { $problem } (fortegnelsens indstillinger ignoreres)

## Detail view notes
tui-detail-does-not-parse = kan ikke læses
tui-detail-not-in-register = Ikke i fortegnelsen
tui-detail-gone-activity = Aktiviteten { $id }
tui-detail-gone-organisation = Organisationen { $id }
tui-detail-gone = { $what } er ikke længere i fortegnelsen.
tui-detail-gone-why = Den er slettet eller omdøbt, her eller uden for ropa (et git pull, et checkout).
tui-detail-goes-back = { $key } går tilbage

## Picker hints
tui-picker-hint-tick = Mellemrum markerer · Enter beholder · Esc lader det være som det var
tui-picker-hint-none = ↑↓ eller skriv for at vælge · Esc lader det være som det var
tui-picker-hint-choose = Enter vælger · Esc lader det være som det var

## Typing where no text goes
tui-form-bool-typed = { $field } er ja eller nej: mellemrum eller Enter skifter
tui-form-no-text-typed = { $field } har ingen tekst at skrive i

## Keys (stop 22)
tui-context-organisation = organisation
tui-context-due = gennemgange
tui-bar-organisation = info
tui-bar-rules = efter regel
tui-action-organisation = organisationens oplysninger (navn, rolle, kontakt, DPO, modtagere, systemer)
tui-action-only-errors = kun fejl (igen: alle)
tui-action-only-warnings = kun advarsler (igen: alle)
tui-action-only-acknowledged = kun accepterede (igen: alle)
tui-action-rules = fund efter én regel
tui-action-section-1 = gå til afsnit 1
tui-action-section-2 = gå til afsnit 2
tui-action-section-3 = gå til afsnit 3
tui-action-section-4 = gå til afsnit 4
tui-action-section-5 = gå til afsnit 5
tui-action-section-6 = gå til afsnit 6
tui-action-section-7 = gå til afsnit 7
tui-action-section-8 = gå til afsnit 8
tui-action-section-9 = gå til afsnit 9
tui-action-save = gem (én commit)
tui-action-leave = forlad formularen (spørger, når der er skrevet noget)
tui-action-find-field = gå til et felt efter navn
tui-action-fold = fold afsnittet sammen eller ud (på overskriften)
tui-action-fold-others = fold alle andre afsnit sammen
tui-action-pick = vælg fra en liste (et valg, en henvisning)
tui-action-next-field = næste felt
tui-action-previous-field = forrige felt
tui-action-next-section = næste afsnit
tui-action-previous-section = forrige afsnit
tui-action-add-item = tilføj et punkt til listen
tui-action-remove-item = fjern punktet fra listen
tui-action-clear-field = ryd det valgfri felt (eller fjern punktet)
tui-action-clear-text = tøm teksten
tui-action-delete-word = slet ordet før markøren
tui-action-new-line = linjeskift i teksten
tui-action-move-item-up = flyt punktet op
tui-action-move-item-down = flyt punktet ned
tui-help-typing-form = bogstaver skrives i feltet
tui-problems-none-shown-keys = Intet fund passer til filteret ({ $keys } ændrer det).

## Import
## `ropa import`: the report, the refusals and the errors (src/register/import, src/cli/import.rs).
import-as-written = { $text }
import-cell-above = over tabellen:
import-cell-docx = række { $row }, kolonne { $col }
import-loc-row = række { $row }
import-loc-sheet = ark "{ $sheet }"
import-loc-table = tabel { $n }
import-loc-above = teksten over tabellen
import-loc-column = kolonne { $col }
import-not-importable = ikke en fil, ropa kan importere (.xlsx, .csv eller .docx)
import-file-empty = filen er tom: intet at importere
import-file-no-text = filen har ingen tekst i noget ark: intet at importere
import-no-such-sheet = intet ark med navnet "{ $name }" (filen har { $list })
import-sheet-hidden = ark "{ $sheet }": skjult i Excel; intet læst derfra (angiv det med --sheet for at importere det)
import-sheet-no-header = ark "{ $sheet }": ingen overskriftsrække i et kendt layout; intet læst derfra
import-unknown-header = ukendte overskrifter: ingen række har overskrifterne fra det danske, norske eller ICO's layout (f.eks. Behandlingsaktivitet, Formål med behandlingen, Retsgrundlag…); angiv kolonnerne med --map MAP.ron (se README)
import-unknown-header-row = { $problem }. Rækken lyder: { $text }
import-formula = en formel (={ $text }): dens værdi er beregnet, ikke skrevet; erstat den med dens værdi (kopiér, indsæt som værdier), og importér igen
import-merged = flettede celler ({ $cell }): hvilken række og kolonne teksten hører til, er et gæt; ophæv fletningen, og skriv teksten i hver celle, den hører til
import-docx-unreadable = ikke et læsbart .docx-dokument: { $text }
import-docx-not-word = ikke et Word-dokument (ingen word/document.xml): { $text }
import-docx-xml-at = word/document.xml ved byte { $n }: { $text }
import-xlsx-unreadable = ikke en læsbar .xlsx-projektmappe: { $text }
import-xlsx-sheet-unreadable = ark "{ $sheet }": { $text }
import-csv-not-utf8 = ikke UTF-8-tekst (byte { $n }): gem den som "CSV UTF-8", og importér igen
import-csv-line = linje { $n }: { $text }
import-utf16-odd = UTF-16-tekst med et ulige antal byte: gem den som "CSV UTF-8", og importér igen
import-utf16-invalid = ikke gyldig UTF-16-tekst: gem den som "CSV UTF-8", og importér igen
import-layout-danish = dansk layout
import-layout-norwegian = norsk layout
import-layout-ico = ICO's layout
import-layout-map = kolonnekortet
import-map-no-name = kortet angiver ingen kolonne til behandlingsaktivitetens navn (Name)
import-map-headings-missing = kortets overskrift(er) { $list } findes ikke i denne overskriftsrække
import-second-name-column = en kolonne mere til behandlingsaktivitetens navn; behold én (omdøb den anden, f.eks. til Bemærkninger, så den gemmes i noterne)
import-unknown-heading = ukendt overskrift "{ $heading }": ikke en kolonne i { $layout }; omdøb den til en af layoutets overskrifter (eller til Bemærkninger / Merknader / en "Notes"-kolonne, så den gemmes i noterne), eller angiv kolonnerne med --map MAP.ron
import-text-without-heading = tekst i en kolonne uden overskrift: giv kolonnen en overskrift, eller flyt teksten
import-kind-ordinary = almindelige
import-kind-special = særlig kategori (art. 9)
import-kind-cpr = CPR-nummer
import-kind-national-id = nationalt identifikationsnummer
import-kind-criminal = strafbare forhold (art. 10)
import-art6 = art. 6, stk. 1, litra { $letter }
import-art6-none = art. 6, stk. 1 (litra ikke angivet)
import-art9 = art. 9, stk. 2, litra { $letter }
import-art9-none = art. 9, stk. 2 (litra ikke angivet)
import-made-dbl-11 = databeskyttelseslovens § 11 (CPR)
import-made-pol-12 = personopplysningslovens § 12 (fødselsnummer)
import-made-art9-national = national bestemmelse for oplysninger efter art. 9
import-made-art10 = grundlag for strafbare forhold (art. 10)
import-mechanism-dpf = EU-US Data Privacy Framework
import-mechanism-scc = standardkontraktbestemmelser
import-mechanism-bcr = bindende virksomhedsregler
import-mechanism-adequacy = afgørelse om tilstrækkeligt beskyttelsesniveau
import-mechanism-named = som angivet i kilden
import-cannot-write = kan ikke skrive en post: { $text }
import-kept-same = som i fortegnelsen
import-kept-register = fortegnelsens { $field } "{ $value }" er bevaret; filen siger "{ $text }"
import-kept-not-added = ikke tilføjet: fortegnelsens organisationsfil bevares, som den er
import-no-organisation-da = ingen organisation over tabellen: skriv den dataansvarliges navn i en række over overskriftsrækken, som "Dataansvarlig | <navn>" (norsk: "Behandlingsansvarlig", ICO: "Controller"), med adresse, CVR-nummer og e-mail
import-no-organisation-nb = ingen organisation over tabellen: skriv den dataansvarliges navn i en række over overskriftsrækken, som "Behandlingsansvarlig | <navn>" (dansk: "Dataansvarlig", ICO: "Controller"), med adresse, organisasjonsnummer og e-mail
import-no-organisation-ico = ingen organisation over tabellen: skriv den dataansvarliges navn i en række over overskriftsrækken, som "Controller | <navn>" (dansk: "Dataansvarlig", norsk: "Behandlingsansvarlig"), med adresse, selskabsnummer (company number) og e-mail
import-org-id-not-slug = id'et "{ $id }" består ikke kun af små bogstaver, cifre og - (a-z, 0-9, -); ret det, eller fjern rækken, så id'et dannes af navnet
import-org-name-no-id = organisationens navn har intet bogstav eller ciffer at danne dens id af
import-no-such-org = --org { $id }: fortegnelsen har ingen organisation `{ $id }`; angiv en, den har ({ $known }), eller udelad --org for at oprette organisationen fra filen
import-no-country = organisationens land er ikke angivet: tilføj en række "Land | DK" (eller "Land | NO") over overskriftsrækken, eller country: Some("DK") i kortet
import-detail-public-authority = type: offentlig myndighed, som navnet siger
import-detail-kind-of-org = type: { $kind }
import-detail-website-contacts = og hjemmeside, andre kontakter
import-detail-website = og hjemmeside
import-detail-rest-in-notes = resten i noterne
import-detail-org-id = organisationens id
import-row-no-name = en række uden navn på behandlingsaktiviteten: skriv aktivitetens navn her (eller slet rækken)
import-activity-id-not-slug = id'et "{ $id }" består ikke kun af små bogstaver, cifre og - (a-z, 0-9, -); ret det, eller tøm cellen, så id'et dannes af navnet
import-activity-name-no-id = navnet "{ $name }" har intet bogstav eller ciffer at danne aktivitetens id af
import-activity-exists = organisationen `{ $org }` har allerede en behandlingsaktivitet med navnet "{ $name }" ({ $path }): en import tilføjer kun nye aktiviteter; udelad rækken, eller giv aktiviteten et andet navn
import-activity-id-twice = aktivitetens id `{ $id }` (fra navnet "{ $name }") er også id for aktiviteten i { $place }: giv de to aktiviteter forskellige navne
import-detail-id = id `{ $id }`
import-count-purposes = { $n ->
    [one] { $n } formål
   *[other] { $n } formål
}
import-count-categories = { $n ->
    [one] { $n } kategori
   *[other] { $n } kategorier
}
import-count-recipients = { $n ->
    [one] { $n } modtager
   *[other] { $n } modtagere
}, defineret på organisationen
import-count-transfers = { $n ->
    [one] { $n } overførsel
   *[other] { $n } overførsler
}
import-count-rules = { $n ->
    [one] { $n } slettefrist
   *[other] { $n } slettefrister
}
import-detail-lines-in-notes = { $n ->
    [one] { $n } linje gemt i noterne
   *[other] { $n } linjer gemt i noterne
}
import-detail-kind = { $name }: { $kind }
import-detail-no-recipients = ingen modtagere
import-detail-none = ingen
import-detail-retention-open = { $n } uden en genkendt periode: teksten er bevaret og markeret som ikke angivet
import-detail-yes = ja
import-detail-no = nej
import-detail-on-art6f = på grundlaget efter art. 6, stk. 1, litra f
import-report-table = { $layout }, overskriftsrække { $row }
import-went-empty = tom, intet at importere
import-went-ignored = udeladt (kolonnekortet siger det)
import-went-organisation = organisationens kolonner: læst én gang, fra række { $row }
import-record-activity = Behandlingsaktivitet { $org }/{ $id }
import-record-organisation = Organisation { $org }
import-cli-nothing-imported = Intet blev importeret.
import-cli-nothing-new = Intet at importere: fortegnelsen har allerede disse poster.
import-cli-added-to = Tilføjet til fortegnelsens organisation(er) { $list }; deres filer bevares, som fortegnelsen har dem.
import-cli-would-commit = Ville committe { $organisations ->
    [one] { $organisations } organisation
   *[other] { $organisations } organisationer
} og { $activities ->
    [one] { $activities } behandlingsaktivitet
   *[other] { $activities } behandlingsaktiviteter
}. Intet blev skrevet (--dry-run).
import-cli-committed = Committede { $id }: { $organisations ->
    [one] { $organisations } ny organisation
   *[other] { $organisations } nye organisationer
} og { $activities ->
    [one] { $activities } behandlingsaktivitet
   *[other] { $activities } behandlingsaktiviteter
} (kladder til gennemsyn).
import-cli-in-record = i { $record }, posten
import-cli-in-field = i { $record }, feltet { $field }
import-cli-would-have-errors = Intet blev importeret: fortegnelsen ville få { $n } fejl. Ret arket, hvor hver fejl peger, og importér igen.
import-cli-warnings = { $n ->
    [one] { $n } advarsel
   *[other] { $n } advarsler
} i de importerede poster: se dem med ropa validate
import-file-missing = filen findes ikke
import-file-denied = ingen adgang: ropa må ikke læse filen

## Broken file page
tui-broken-page-intro = Filen kan ikke læses, så ropa kan ikke vise, kontrollere eller redigere dens oplysninger.
tui-broken-page-advice = { $editor } åbner den i din editor på linje { $line }. `git checkout -- { $path }` henter den senest committede version tilbage.
tui-broken-page-no-text = (dens tekst kan ikke vises)

## Import notes
## Text `ropa import` writes into the records it makes (src/register/import/build.rs), in the register's language.
import-note-source-csv = { $file }, importeret med ropa import
import-note-source-sheet = { $file }, ark "{ $sheet }", importeret med ropa import
import-note-source-table = { $file }, tabel "{ $sheet }", importeret med ropa import
import-note-org-number-not-stated = ikke oplyst i { $file }
import-note-retention-exported-as = eksporteret som: { $text }
import-note-retention-no-period = ingen enkelt frist fra indsamlingen eller efter en kendt hændelse i den importerede tekst
import-note-art9-categories = Betingelse efter art. 9, kategorier: { $list }
import-note-mechanism-not-stated = ikke oplyst i det importerede ark

## Export errors
## `ropa export`: its refusals (src/register/export/mod.rs, src/cli/export.rs).
export-error-unknown-org = ingen organisation med id `{ $id }` i fortegnelsen (id'er: { $known })
export-error-cell-too-long = { $sheet }, række { $row }, kolonne `{ $heading }`: { $len } tegn, mere end de { $max }, en celle kan rumme
export-error-writer = kan ikke skrive { $format }-filen: { $reason }
cli-export-delimiter-csv-only = --delimiter gælder kun for --format csv
cli-export-layout-formats = --layout gælder kun for --format csv, xlsx og docx
cli-export-binary-terminal = { $format } er en binær fil: skriv den med -o FIL (eller ind i et rør)
cli-export-cannot-write = kan ikke skrive { $path }: { $reason }

## Import refusals of the transaction
## `ropa import` refused by the one transaction (src/cli/import.rs).
import-cli-file-in-the-way = { $path } indeholder tekst, der ikke er committet (en fil, der er påbegyndt i hånden, eller en rettelse), og importen ville skrive den fil: commit den, flyt den eller slet den, og importér igen
import-cli-no-identity = git ved ikke, hvem du er, så importen kan ikke registreres under dit navn. Angiv dit navn og din e-mailadresse én gang med git config --global user.name "Dit Navn" og git config --global user.email "dig@example.dk", og importér igen

## Import: a second table
import-header-again = overskriftsrækken fra række { $row } igen: en tabel mere i samme ark (en anden organisations?) ville blive læst som behandlingsaktiviteter i den første; sæt hver organisations tabel, med dens navn over, i sit eget ark, og importér igen

## Export load errors
cli-export-left-out = udeladt af eksporten

## Gaps report
## `ropa report gaps` and the interface's gaps report (src/register/review.rs, src/cli/report.rs, src/tui/gaps.rs).
gaps-heading = Mangler til næste gennemgang ({ $date })
gaps-organisation = { $name } [{ $id }]
gaps-not-stated = Ikke oplyst i kilden ({ $n })
gaps-acknowledged = Anerkendte fund ({ $n })
gaps-questions = Spørgsmål ({ $n })
gaps-until = til og med { $date }
gaps-expired = udløbet { $date }
gaps-nothing = Intet at gennemgå.
gaps-to-owner-named = Systemejeren: { $name }
gaps-to-owner = Behandlingens systemejer (ingen ansvarlig registreret)
gaps-to-recipient = Databehandleren eller modtageren: { $name }
gaps-to-controller = Organisationens kontaktperson
gaps-to-legal = Juridisk afdeling
gaps-to-keepers = Dem, der fører fortegnelsen
gaps-q-content = Hvilke oplysninger om hvem behandles, og hvem modtager dem?
gaps-q-security = Hvilke tekniske og organisatoriske foranstaltninger beskytter oplysningerne?
gaps-q-source = Hvor kommer oplysningerne fra, når de ikke kommer fra den registrerede?
gaps-q-automated = Træffes der automatiske afgørelser, herunder ved profilering?
gaps-q-dpia = Er behovet for en konsekvensanalyse vurderet, og med hvilket resultat?
gaps-q-lia = Hvor findes interesseafvejningen bag art. 6, stk. 1, litra f?
gaps-q-basis = Hvilket behandlingsgrundlag, og hvilken lov, dækker hvert formål?
gaps-q-special = Hvilken betingelse i art. 9, art. 10 eller national ret tillader disse oplysninger?
gaps-q-consent = Hvordan gives, registreres og trækkes samtykket tilbage?
gaps-q-transfer = Hvortil uden for EU/EØS går oplysningerne, og på hvilket overførselsgrundlag?
gaps-q-processor = Er der en databehandleraftale, og hvilke underdatabehandlere bruges?
gaps-q-roles = Hvem fastlægger formål og midler her: er organisationen dataansvarlig eller databehandler?
gaps-q-retention = Hvor længe opbevares oplysningerne, og hvornår slettes de?
gaps-q-organisation = Er organisationens identitet, kontaktoplysninger, databeskyttelsesrådgiver og repræsentant korrekte?
gaps-q-review = Hvornår blev fortegnelsen sidst gennemgået, og er den stadig korrekt?
gaps-q-register = Hvad skal rettes i selve fortegnelsen?
tui-gaps-title = Mangler — { $n } at gennemgå
tui-gaps-validating = Mangler — validerer…
tui-action-gaps = mangler (huskeliste til gennemgang)
tui-bar-gaps = mangler
tui-context-gaps = mangler

## Where the data go: the picture in the HTML export, the dot export and the map screen
map-column-organisations = Organisationer
map-column-activities = Behandlingsaktiviteter
map-column-categories = Kategorier af oplysninger
map-column-recipients = Modtagere
map-column-sub-processors = Underdatabehandlere
map-column-mechanisms = Overførselsgrundlag
map-column-destinations = Lande
map-destination-unnamed = Tredjeland, ikke nævnt
map-country-not-stated = Land ikke oplyst
map-third-country = Tredjeland (uden for EU/EØS)
map-no-mechanism = Intet overførselsgrundlag registreret
map-recipient-not-stated = Modtager ikke oplyst
map-data-not-stated = Oplysninger ikke angivet
map-legend = Signaturforklaring
map-legend-organisation = Organisation
map-legend-activity = Behandlingsaktivitet
map-legend-category = Kategori af oplysninger
map-legend-destination = Land i EU/EØS, eller ikke oplyst
map-legend-flow = Oplysninger videregivet til en modtager
map-legend-transfer = Overførsel til tredjeland, med overførselsgrundlaget
map-legend-undeclared = Oplysninger til et tredjeland uden registreret overførsel
map-title = Hvor oplysningerne går hen: { $name }
map-title-register = Hvor oplysningerne går hen: hele fortegnelsen
doc-map-section = Hvor oplysningerne går hen
doc-map-register = Hvor oplysningerne går hen: hele fortegnelsen
doc-map-intro = Behandlingsaktiviteterne, de kategorier af oplysninger de videregiver, modtagerne og de lande oplysningerne havner i. Tredjelande (uden for EU/EØS) er markeret med rødt; overførselsgrundlaget står på de forbindelser, der fører dertil.
doc-map-too-large = Tegningen ville få { $nodes } felter, for mange til at kunne læses på en side; `ropa export --format dot` skriver grafen til Graphviz.
doc-map-empty = Ingen behandlingsaktivitet har registreret en modtager.
tui-context-map = kort
tui-bar-map = kort
tui-action-map = kort over hvor oplysningerne går hen
tui-map-title = Hvor oplysningerne går hen: { $name }
tui-map-title-register = Hvor oplysningerne går hen: hele fortegnelsen
tui-map-empty = Ingen behandlingsaktivitet har registreret en modtager.
tui-map-third = tredjeland
tui-map-via = gennem { $processor }
tui-map-data = oplysninger: { $categories }
tui-map-transfer = overførsel: { $mechanisms }
tui-map-idle = ingen aktivitet videregiver oplysninger hertil
tui-map-recipients = { $count ->
    [one] 1 modtager
   *[other] { $count } modtagere
}
tui-map-activities = { $count ->
    [one] 1 aktivitet
   *[other] { $count } aktiviteter
}
