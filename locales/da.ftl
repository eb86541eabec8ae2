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
