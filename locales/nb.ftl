# ropas norske (bokmål) tekster. Hver nøkkel her finnes også i en.ftl og
# da.ftl (en test kontrollerer det). Juridiske henvisninger som i
# personopplysningsloven og Datatilsynets veiledere.

## Verdienes betegnelser (src/register/export/labels.rs)

org-role-controller = Behandlingsansvarlig (art. 30 nr. 1)
org-role-processor = Databehandler (art. 30 nr. 2)
org-role-both = Behandlingsansvarlig og databehandler (art. 30 nr. 1 og 2)
org-kind-public-authority = Offentlig myndighet
org-kind-company = Foretak
org-kind-association = Forening
org-kind-foundation = Stiftelse
org-kind-other = Annet
activity-role-controller = Behandlingsansvarlig
activity-role-processor = Databehandler
activity-role-joint-controller = Felles behandlingsansvarlig
status-draft = Utkast
status-in-review = Til gjennomgang
status-approved = Godkjent
status-retired = Avsluttet
org-number-cvr = Dansk CVR-nr. { $value }
org-number-no-orgnr = Organisasjonsnummer { $value }
not-stated = ikke oppgitt i kilden
not-stated-note = ikke oppgitt i kilden: { $note }
recipient-kind-processor = Databehandler
recipient-kind-sub-processor = Underdatabehandler
recipient-kind-independent-controller = Selvstendig behandlingsansvarlig
recipient-kind-joint-controller = Felles behandlingsansvarlig
recipient-kind-public-authority = Offentlig myndighet
recipient-kind-internal = Intern
recipient-kind-other = Annet
national-id-dk-cpr = Dansk personnummer (CPR-nummer)
national-id-no-fnr = Fødselsnummer / D-nummer
special-racial-or-ethnic-origin = rasemessig eller etnisk opprinnelse
special-political-opinions = politisk oppfatning
special-religious-or-philosophical-beliefs = religion eller filosofisk overbevisning
special-trade-union-membership = fagforeningsmedlemskap
special-genetic = genetiske opplysninger
special-biometric = biometriske opplysninger
special-health = helseopplysninger
special-sex-life-or-orientation = seksuelle forhold eller seksuell orientering
special-unspecified = ikke nærmere angitt (kilden sier "sensitive")
data-kind-ordinary = Alminnelige personopplysninger
data-kind-special = Særlige kategorier av personopplysninger (art. 9)
data-kind-special-list = Særlige kategorier av personopplysninger (art. 9): { $list }
data-kind-national-id = Nasjonalt identitetsnummer (art. 87): { $scheme }
data-kind-criminal = Opplysninger om straffedommer og lovovertredelser (art. 10)
collected-from-data-subject = den registrerte
collected-from-third-party = en tredjepart
collected-from-public-register = et offentlig register
collected-from-generated = generert i den behandlingsansvarliges systemer
art6-ref = Art. 6 nr. 1 bokstav { $letter }
art6-ref-none = Art. 6 nr. 1, bokstav ikke oppgitt
art6-a = Art. 6 nr. 1 bokstav a (samtykke)
art6-b = Art. 6 nr. 1 bokstav b (avtale)
art6-c = Art. 6 nr. 1 bokstav c (rettslig forpliktelse)
art6-d = Art. 6 nr. 1 bokstav d (vitale interesser)
art6-e = Art. 6 nr. 1 bokstav e (allmennhetens interesse eller offentlig myndighet)
art6-f = Art. 6 nr. 1 bokstav f (berettigede interesser)
art9-a = Art. 9 nr. 2 bokstav a (uttrykkelig samtykke)
art9-b = Art. 9 nr. 2 bokstav b (arbeidsrett, trygderett og sosialrett)
art9-c = Art. 9 nr. 2 bokstav c (vitale interesser)
art9-d = Art. 9 nr. 2 bokstav d (medlemmer av ideelle organisasjoner)
art9-e = Art. 9 nr. 2 bokstav e (åpenbart offentliggjort av den registrerte)
art9-f = Art. 9 nr. 2 bokstav f (rettskrav)
art9-g = Art. 9 nr. 2 bokstav g (viktige allmenne interesser)
art9-h = Art. 9 nr. 2 bokstav h (helse- og sosialtjenester)
art9-i = Art. 9 nr. 2 bokstav i (folkehelse)
art9-j = Art. 9 nr. 2 bokstav j (arkiv, forskning og statistikk)
art9-none = Art. 9 nr. 2, bokstav ikke oppgitt
art22-contract = Art. 22 nr. 2 bokstav a (nødvendig for en avtale)
art22-law = Art. 22 nr. 2 bokstav b (tillatt ved lov)
art22-explicit-consent = Art. 22 nr. 2 bokstav c (uttrykkelig samtykke)
art49-a = Art. 49 nr. 1 bokstav a (uttrykkelig samtykke)
art49-b = Art. 49 nr. 1 bokstav b (avtale med den registrerte)
art49-c = Art. 49 nr. 1 bokstav c (avtale i den registrertes interesse)
art49-d = Art. 49 nr. 1 bokstav d (viktige allmenne interesser)
art49-e = Art. 49 nr. 1 bokstav e (rettskrav)
art49-f = Art. 49 nr. 1 bokstav f (vitale interesser)
art49-g = Art. 49 nr. 1 bokstav g (offentlig register)
art49-none = Art. 49 nr. 1 annet ledd
dpia-not-assessed = Ikke vurdert
dpia-not-required = Ikke påkrevd
dpia-planned = Påkrevd, planlagt
dpia-done = Påkrevd, gjennomført
dpia-required-not-assessed = Ikke vurdert ennå
yes = Ja
no = Nei
risk-evaluation-or-scoring = evaluering eller poengsetting
risk-automated-decision = automatiserte avgjørelser med rettsvirkning eller tilsvarende betydelig virkning
risk-systematic-monitoring = systematisk overvåking
risk-large-scale = behandling i stor skala
risk-matching-datasets = sammenstilling eller kombinasjon av datasett
risk-vulnerable-subjects = sårbare registrerte
risk-new-technology = innovativ bruk av teknologi
risk-prevents-rights = hindrer utøvelse av en rettighet eller bruk av en tjeneste
period-years = { $n } år
period-months = { $n ->
    [one] { $n } måned
   *[other] { $n } måneder
}
period-weeks = { $n ->
    [one] { $n } uke
   *[other] { $n } uker
}
period-days = { $n ->
    [one] { $n } dag
   *[other] { $n } dager
}
period-hours = { $n ->
    [one] { $n } time
   *[other] { $n } timer
}
period-minutes = { $n ->
    [one] { $n } minutt
   *[other] { $n } minutter
}
period-and = { $first } og { $second }
event-death-of-data-subject = den registrertes død
event-death-of-related-person = en annen berørt persons død
event-end-of-membership = opphør av medlemskapet
event-end-of-employment = opphør av arbeidsforholdet
event-end-of-contract = opphør av avtalen
event-consent-given = at samtykke ble gitt
event-consent-withdrawal = tilbaketrekking av samtykket
event-account-deletion = sletting av kontoen
event-service-unsubscribed = avmelding fra tjenesten
event-participation = deltakelsen
event-case-closed = avslutning av saken
event-other = { $text }
retention-duration = { $period } fra innsamlingen
retention-duration-max = inntil { $period } fra innsamlingen
retention-event = { $period } etter { $event }
retention-event-max = inntil { $period } etter { $event }
retention-duration-zero = straks etter innsamlingen
retention-event-zero = straks etter { $event }
retention-statutory = så lenge { $law } krever
retention-statutory-period = { $period } etter { $law }
retention-until-withdrawal = inntil samtykket trekkes tilbake eller den registrerte avslutter tjenesten
retention-indefinite = lagres uten tidsbegrensning, begrunnelse: { $justification }
retention-indefinite-none = lagres uten tidsbegrensning, ingen begrunnelse oppgitt
retention-not-possible = det kan ikke angis en lagringstid, årsak: { $reason }; kriterier: { $criteria }
retention-anonymise = anonymiseres etter { $period }
retention-anonymise-none = anonymiseres (frist ikke oppgitt)
mechanism-adequacy = Beslutning om tilstrekkelig beskyttelsesnivå (art. 45)
mechanism-eu-us-dpf = EU-US Data Privacy Framework (beslutning (EU) 2023/1795)
mechanism-scc = Standard personvernbestemmelser (art. 46 nr. 2 bokstav c)
mechanism-scc-decision = beslutning { $decision }
mechanism-scc-decision-none = beslutning ikke oppgitt
mechanism-scc-module = modul { $module }
mechanism-bcr = Bindende virksomhetsregler (art. 46 nr. 2 bokstav b og art. 47)
mechanism-bcr-approval = godkjenning { $approval }
mechanism-public-instrument = Instrument mellom offentlige myndigheter (art. 46 nr. 2 bokstav a): { $text }
mechanism-code-of-conduct = Atferdsnorm (art. 46 nr. 2 bokstav e): { $text }
mechanism-certification = Sertifisering (art. 46 nr. 2 bokstav f): { $text }
mechanism-authorised-clauses = Avtaleklausuler godkjent av tilsynsmyndigheten (art. 46 nr. 3): { $text }
mechanism-derogation = Unntak, { $letter }
mechanism-derogation-safeguards = dokumentasjon av garantier: { $text }
mechanism-derogation-sa-notified = tilsynsmyndigheten er underrettet
mechanism-named = Som angitt i kilden: { $text }
field-email = e-post
field-phone = telefon
field-other = annet
field-arrangement = ordning
field-scope = omfang
field-dpo = personvernombud
field-country = land
field-address = adresse
field-description = beskrivelse
field-dpa = databehandleravtale
field-sub-processors = underdatabehandlere
field-location = plassering
field-national-provision = nasjonal bestemmelse
field-legitimate-interest = berettiget interesse
field-purposes = formål
field-categories = kategorier
field-justification = begrunnelse
field-data-subjects = registrerte
field-data = opplysninger
field-purpose = formål
field-international-organisation = internasjonal organisasjon
field-as-written = som angitt
field-recipients = mottakere
field-documentation = dokumentasjon
field-record = registrering
field-given = gis
field-withdrawal = tilbaketrekking
field-contact = kontakt
field-processing = behandling
dpo-designated = Utpekt personvernombud (art. 37)
dpo-not-designated = Ikke formelt utpekt
not-in-register = { $id } (ikke i denne protokollen)
sub-processors-unknown = ikke dokumentert
sub-processors-none = ingen
recipient-not-defined = { $id } (mottaker ikke definert på virksomheten)
system-not-defined = { $id } (system ikke definert på virksomheten)
category-not-defined = { $id } (kategori ikke definert)
subject-not-defined = { $id } (kategori av registrerte ikke definert)
dpf-verified = DPF-sertifisert (kontrollert { $date })
dpf-unverified = DPF-sertifisert (kontrolldato ikke registrert)
dpf-not-certified = ikke DPF-sertifisert (kontrollert { $date })
every-purpose = alle formål
every-special-category = alle særlige kategorier
outside-public-tasks = utenfor myndighetens oppgaver
official-authority = under kontroll av offentlig myndighet
vulnerable = sårbare
published = offentliggjort
collected-from = fra { $what }
destination-not-stated = mottakerland ikke oppgitt
regular = regelmessig eller systematisk
no-mechanism = ikke oppgitt overføringsgrunnlag
controller-not-named = behandlingsansvarlig ikke navngitt
ack-at = { $rule } ved { $at }
ack-kind-missing = manglende verdi
ack-kind-invalid = ugyldig verdi
ack-expires = utløper { $date }
in-this-activity = i denne behandlingen: { $role }

## Markdown- og HTML-eksporten (src/register/export/document.rs)

doc-name = Navn
doc-organisation-id = Virksomhetens id
doc-role = Rolle
doc-kind = Type
doc-country = Land
doc-org-number = Organisasjonsnummer
doc-address = Adresse
doc-email = E-post
doc-phone = Telefon
doc-website = Nettsted
doc-art3-2 = Etablert utenfor EØS, art. 3 nr. 2 gjelder
doc-art27-2 = Unntak fra kravet om representant (art. 27 nr. 2)
doc-record-file = Fil
doc-identity = Identitet (art. 30 nr. 1 bokstav a / nr. 2 bokstav a)
doc-dpo-section = Personvernombud, representant og kontaktpersoner
doc-dpo = Personvernombud (art. 37)
doc-designated = Utpekt
doc-representative = Representant i EU (art. 27)
doc-other-contacts = Andre kontaktpersoner
doc-other = Annet
doc-none-recorded = Ingenting registrert.
doc-joint-controllers = Felles behandlingsansvarlige (art. 26)
doc-joint-controller = Felles behandlingsansvarlig
doc-contact-details = Kontaktopplysninger
doc-arrangement = Ordning
doc-scope = Omfang
doc-recipients-section = Mottakere, databehandlere og underdatabehandlere
doc-recipient = Mottaker
doc-id = Id
doc-description = Beskrivelse
doc-dpa-art28 = Databehandleravtale (art. 28 nr. 3)
doc-sub-processors = Underdatabehandlere
doc-dpf = EU-US Data Privacy Framework
doc-systems = Systemer
doc-system = System
doc-location = Plassering
doc-security-default = Sikkerhetstiltak (art. 32), gjelder for alle behandlinger
doc-toms = Tekniske og organisatoriske sikkerhetstiltak
doc-security-doc = Sikkerhetsdokumentasjon
doc-rights-section = De registrertes rettigheter (art. 12-22)
doc-sources = Kilder til denne protokollen
doc-not-stated-org = Ikke oppgitt i kilden (virksomheten)
doc-acks-org = Aksepterte funn (virksomheten)
doc-notes-org = Notater (virksomheten)
doc-rule = Regel
doc-field = Felt
doc-note = Merknad
doc-reason = Begrunnelse
doc-expires = Utløper
doc-whole-file = hele filen
doc-none = Ingen.
doc-name-en = Navn (engelsk)
doc-activity-id = Behandlingens id
doc-organisation = Virksomhet
doc-role-in-activity = Rolle i denne behandlingen
doc-controllers-served = Behandlingsansvarlige det behandles for (art. 30 nr. 2 bokstav a-b)
doc-controller = Behandlingsansvarlig
doc-contact = Kontakt
doc-processing-categories = Kategorier av behandling
doc-status-section = Status og gjennomgang
doc-status = Status
doc-owner = Ansvarlig
doc-last-reviewed = Sist gjennomgått
doc-not-stated = Ikke oppgitt i kilden
doc-acks = Aksepterte funn
doc-notes = Notater
doc-purposes-section = Formål og behandlingsgrunnlag (art. 30 nr. 1 bokstav b, art. 6, 9 og 10)
doc-purposes = Formål
doc-purpose = Formål
doc-outside-public = Utenfor myndighetens oppgaver
doc-lawful-basis = Behandlingsgrunnlag (art. 6)
doc-basis = Grunnlag
doc-national-provision = Nasjonal bestemmelse
doc-legitimate-interest = Berettiget interesse
doc-special-conditions = Særlige kategorier: vilkår (art. 9 nr. 2)
doc-condition = Vilkår
doc-data-categories = Kategorier av opplysninger
doc-as-written = Som angitt
doc-criminal = Opplysninger om straffedommer og lovovertredelser (art. 10)
doc-official-authority = Under kontroll av offentlig myndighet
doc-national-ids = Nasjonale identitetsnumre (art. 87)
doc-number = Nummer
doc-provision = Bestemmelse
doc-justification = Begrunnelse
doc-subjects-section = Registrerte og personopplysninger (art. 30 nr. 1 bokstav c)
doc-subject-categories = Kategorier av registrerte
doc-category = Kategori
doc-vulnerable = Sårbare
doc-personal-data-categories = Kategorier av personopplysninger
doc-data-subjects = Registrerte
doc-collected-from = Innsamlet fra
doc-source = Kilde
doc-published = Offentliggjort
doc-all = alle
doc-recipients-heading = Mottakere (art. 30 nr. 1 bokstav d)
doc-no-recipients = Behandlingen utleverer ikke personopplysninger til noen.
doc-data-received = Mottatte opplysninger
doc-dpa = Databehandleravtale
doc-not-specified = ikke angitt
doc-transfers = Overføringer til tredjeland eller internasjonale organisasjoner (art. 30 nr. 1 bokstav e)
doc-destination = Mottakerland
doc-recipients = Mottakere
doc-mechanisms = Overføringsgrunnlag (art. 45-49)
doc-safeguard-as-written = Garanti som angitt
doc-documentation = Dokumentasjon
doc-regular = Regelmessig
doc-no-transfer = Ingen overføring registrert.
doc-retention = Sletting og lagringstid (art. 30 nr. 1 bokstav f)
doc-structured-rule = Lagringstid
doc-security = Sikkerhetstiltak (art. 30 nr. 1 bokstav g)
doc-systems-location = Systemer (hvor opplysningene lagres)
doc-system-undefined = (system ikke definert på virksomheten)
doc-dpia-section = Vurdering av personvernkonsekvenser, automatiserte avgjørelser, samtykke og rettigheter (art. 35, 22, 7, 12-22)
doc-rights-as-org = Som for virksomheten (se ovenfor).
doc-dpia-required = DPIA påkrevd?
doc-dpia-progress = Status for DPIA
doc-dpia-remarks = Merknader til DPIA
doc-dpia-link = Lenke til DPIA
doc-risk-criteria = Kriterier for høy risiko (WP248)
doc-automated = Automatiserte avgjørelser, inkludert profilering
doc-art22-ground = Grunnlag etter art. 22 nr. 2
doc-automated-as-written = Automatiserte avgjørelser som angitt
doc-consent-how = Hvordan samtykke gis
doc-consent-record = Registrering av samtykke (art. 7 nr. 1)
doc-consent-withdrawal = Tilbaketrekking av samtykke (art. 7 nr. 3)
doc-provision-requirement = Lovpålagt eller avtalefestet krav (art. 13 nr. 2 bokstav e)
doc-rights = De registrertes rettigheter
doc-title = Protokoll over behandlingsaktiviteter (personvernforordningen art. 30)
doc-intro = Protokoll over behandlingsaktiviteter etter artikkel 30 i forordning (EU) 2016/679 (personvernforordningen), som gjøres tilgjengelig for tilsynsmyndigheten på anmodning (art. 30 nr. 4). { $organisations } virksomhet(er), { $activities ->
    [one] { $activities } behandlingsaktivitet
   *[other] { $activities } behandlingsaktiviteter
}. Protokollens tekst gjengis som skrevet, på originalspråket; id-er står i hakeparenteser.
doc-contents = Innhold
doc-value = Verdi
doc-not-recorded = ikke registrert
doc-org-default = Virksomhetens standard gjelder: { $text }

## Kommandolinjens utdata (src/cli)

cli-validate-summary = { $path }: { $errors ->
    [one] { $errors } feil
   *[other] { $errors } feil
}, { $warnings ->
    [one] { $warnings } advarsel
   *[other] { $warnings } advarsler
}, { $acknowledged } akseptert
cli-gaps-summary = { $path }: { $n ->
    [one] { $n } verdi
   *[other] { $n } verdier
} ikke oppgitt i kilden
cli-overview-organisation = { $name } ({ $id }) — { $activities ->
    [one] { $activities } behandlingsaktivitet
   *[other] { $activities } behandlingsaktiviteter
}, { $errors } feil, { $warnings ->
    [one] { $warnings } advarsel
   *[other] { $warnings } advarsler
}
cli-overview-total = { $errors } feil, { $warnings ->
    [one] { $warnings } advarsel
   *[other] { $warnings } advarsler
}, { $acknowledged } akseptert — detaljer: ropa validate { $path }
cli-init-created = Opprettet en ny protokoll i { $path } og committet den:
cli-init-readme = { $files } (markerer protokollens mappe; dens innstillinger)
cli-init-example = { $files } (et eksempel; slett det når deres egne er på plass)
cli-init-ci = { $files } (sett ROPA_GIT for dem; se README.md)
cli-init-hooks-hint = Kontroller også hver git-commit: ropa init --hooks { $path }
cli-init-open = Åpne den: cd { $path } && ropa   (eller fra hvor som helst: ropa --registry { $path })
cli-init-marker-written = Skrev { $path }: den markerer protokollens mappe, så ropa finner protokollen fra enhver mappe inni den. Commit den med neste endring: git add { $path }
cli-init-hook-installed = Installerte { $path }: git commit kjører nå ropa validate og ropa fmt --check på det som committes.
cli-log-added = lagt til
cli-log-removed = fjernet
cli-log-changed = endret
cli-log-renamed = omdøpt fra { $path }
cli-log-note = merknad: { $text }
cli-log-no-changes = Ingen endringer.
cli-log-first-commit = (første commit: protokollen slik den ble opprettet)
cli-log-shallow = (Dette er en grunn klone: eldre historikk er ikke med. `git fetch --unshallow` henter resten.)
cli-diff-summary = { $records ->
    [one] { $records } post endret
   *[other] { $records } poster endret
} mellom { $from } og { $to } i { $commits ->
    [one] { $commits } commit
   *[other] { $commits } commiter
}
register-line = protokoll: { $path } ({ $source })
register-source-given = angitt
register-source-env = $ROPA_REGISTRY
register-source-current-dir = funnet fra gjeldende mappe
register-source-config = config.ron
register-source-default = standardprotokollen i datamappen

## Regler: tittel, når regelen slår til, rettslig grunnlag og hva man gjør,
## for `ropa validate --explain` og rapporten.

cli-severity-error = feil
cli-severity-warning = advarsel
cli-severity-acknowledged = akseptert
cli-validate-field = felt
cli-validate-rule = regel
cli-validate-help = gjør
cli-validate-acknowledged-until = akseptert til { $expires }: { $reason }
cli-validate-acknowledge-as = aksepter som
cli-explain-heading = { $id } ({ $kind }): { $name }
cli-explain-when = Når: { $text }
cli-explain-source = Rettslig grunnlag: { $text }
cli-explain-hint = Hva gjør man: { $text }
cli-explain-acknowledge = Aksepter et funn i filen det gjelder (kind: Missing når ingenting står
    i feltet, Invalid når funnet gjelder verdien som står der; `ropa validate`
    viser begge for hvert funn):
cli-explain-unknown = feil: ingen regel `{ $rule }`; reglene står i README

rule-STR-001-title = Duplisert id
rule-STR-001-when = To objekter av hvilken som helst art (organisasjon, aktivitet, mottaker, overføring, opplysningskategori, lagringsregel) har samme `id` i én fil, eller to filer oppgir samme organisasjons-id eller samme organisasjonsnummer.
rule-STR-001-source = Personvernforordningen art. 30 nr. 3 og 4 (protokollen føres skriftlig og gjøres tilgjengelig for tilsynsmyndigheten – den må være entydig); art. 5 nr. 2 (ansvarlighet)
rule-STR-001-hint = gi hvert objekt sin egen id; id-er må være unike i en fil, organisasjonsnumre i hele protokollen
rule-STR-002-title = Henvisning til noe som ikke finnes
rule-STR-002-when = En id som en aktivitet viser til (mottaker, databehandler, underdatabehandler, felles behandlingsansvarlig, behandlingsansvarlig det behandles på vegne av, overføring, opplysningskategori i en lagringsregel, formål i en kobling til behandlingsgrunnlag), er ikke definert i filen eller i protokollens felles organisasjonsoversikt.
rule-STR-002-source = Personvernforordningen art. 30 nr. 1 bokstav a, d og e, art. 30 nr. 2 bokstav a; art. 28 nr. 2 og 4
rule-STR-002-hint = definer id-en der den hører hjemme (mottakere i organisation.ron; formål, kategorier og registrerte i aktiviteten), eller rett skrivemåten
rule-STR-003-title = Én organisasjon per fil
rule-STR-003-when = En RON-fil inneholder ikke nøyaktig én organisasjon på øverste nivå, filnavnet avviker fra organisasjonens id, eller `role` er ikke en av controller / processor / controller_and_processor.
rule-STR-003-source = Prosjektets konvensjon, som speiler skillet mellom art. 30 nr. 1 og art. 30 nr. 2
rule-STR-003-hint = gi mappen eller id-en nytt navn, slik at de er like
rule-ORG-001-title = Identitet og kontaktopplysninger
rule-ORG-001-when = Organisasjonen mangler navn, postadresse eller minst én kontaktkanal; eller en oppgitt e-postadresse er ikke gyldig (addr-spec) / et telefonnummer kan ikke normaliseres til E.164 (tilsløringer som ’dk¤djoef¤djoef’ avvises).
rule-ORG-001-source = Personvernforordningen art. 30 nr. 1 bokstav a og art. 30 nr. 2 bokstav a
rule-ORG-001-hint = oppgi en postadresse og en e-postadresse eller et telefonnummer som virker; skriv e-postadresser som navn@domene
rule-ORG-002-title = Organisasjonsnummer oppgitt og med gyldig kontrollsiffer
rule-ORG-002-when = country=DK: CVR-nummer mangler, er ikke 8 sifre, eller sum(d_i*w_i) mod 11 != 0 med w=(2,7,6,5,4,3,2,1). country=NO: organisasjonsnummer mangler, er ikke 9 sifre, eller kontrollsifferet er feil: r = sum(d1..d8 * (3,2,7,6,5,4,3,2)) mod 11; kontrollsiffer = 0 hvis r=0, ugyldig hvis r=1, ellers 11-r. Et nummer skrevet slik det trykkes (mellomrom, punktum, bindestrek, prefiks DK/NO, suffiks MVA: `3948 8914`, `964 950 113`), oppgis med sin rene sifferform; plassholdernumre er feil, enten de består modulus 11-kontrollen eller ikke: samme siffer gjentatt (00000000), alle sifre like unntatt ett (10000000), en stigende eller synkende rekke (12345678, 87654321, 78901234), en slik rekke fulgt av sitt kontrollsiffer (12345674, 123456785), en blokk på 1-3 sifre gjentatt minst tre ganger (12121212, 123123123).
rule-ORG-002-source = Identifikasjon etter personvernforordningen art. 30 nr. 1 bokstav a / art. 30 nr. 2 bokstav a; Erhvervsstyrelsen ’Modulus 11 kontrol’ (erhvervsstyrelsen.dk/modulus_11); Brønnøysundregistrene (brreg.no/english/coordination/number.html)
rule-ORG-002-hint = skriv nummeret med bare sifre, f.eks. Cvr("34051178"); kontroller det mot Enhetsregisteret eller det danske CVR-registeret
rule-ORG-003-title = Personvernombud der det er påkrevd
rule-ORG-003-when = `kind = public_authority` (eller `dpo.designated = true`) og ingen e-postadresse eller telefonnummer til personvernombudet.
rule-ORG-003-source = Personvernforordningen art. 37 nr. 1 bokstav a, art. 37 nr. 7, art. 30 nr. 1 bokstav a og art. 30 nr. 2 bokstav a
rule-ORG-003-hint = legg til dpo: Some(Dpo(designated: true, contact: Contact(email: Some("…"))))
rule-ORG-004-title = Representant i EU/EØS
rule-ORG-004-when = Etablert utenfor EØS, art. 3 nr. 2 kommer til anvendelse, og verken `representative` eller `art27_2_exemption` er oppgitt.
rule-ORG-004-source = Personvernforordningen art. 27, art. 30 nr. 1 bokstav a og art. 30 nr. 2 bokstav a
rule-ORG-004-hint = oppgi representanten (art. 27), eller oppgi art27_2_exemption med begrunnelsen
rule-ORG-005-title = Felles behandlingsansvarlige
rule-ORG-005-when = `joint_controllers` er ikke tom, men organisasjonen er ikke definert, eller `arrangement_ref` (ordningen etter art. 26) mangler.
rule-ORG-005-source = Personvernforordningen art. 26 og art. 30 nr. 1 bokstav a
rule-ORG-005-hint = legg til den felles behandlingsansvarlige som organisasjon i protokollen, og vis til ordningen etter art. 26
rule-ORG-006-title = Databehandlerens protokoll navngir de behandlingsansvarlige
rule-ORG-006-when = Rollen omfatter databehandler, og en kategori av behandlinger mangler id(-er) i `on_behalf_of` for den eller de behandlingsansvarlige med navn og kontaktopplysninger (f.eks. bare ’kunden’).
rule-ORG-006-source = Personvernforordningen art. 30 nr. 2 bokstav a og b
rule-ORG-006-hint = navngi hver behandlingsansvarlig (organisasjons-id eller navn og kontaktopplysninger), og oppgi behandlingene som utføres for den
rule-ACT-001-title = Formål, registrerte, kategorier av personopplysninger
rule-ACT-001-when = Aktivitet uten minst ett formål, minst én kategori av registrerte eller minst én kategori av personopplysninger.
rule-ACT-001-source = Personvernforordningen art. 30 nr. 1 bokstav b og c; art. 5 nr. 1 bokstav b
rule-ACT-001-hint = legg til minst ett formål, én kategori av registrerte og én kategori av personopplysninger
rule-ACT-002-title = Mottakere oppgitt
rule-ACT-002-when = `recipients` mangler. En tom liste er bare tillatt med `recipients_none: true`.
rule-ACT-002-source = Personvernforordningen art. 30 nr. 1 bokstav d
rule-ACT-002-hint = oppgi mottakerne med id, eller sett recipients_none: true
rule-ACT-003-title = Hvert formål har et behandlingsgrunnlag i art. 6 nr. 1
rule-ACT-003-when = Et formål er ikke knyttet til noen bokstav a-f i art. 6 nr. 1, eller et grunnlag er bare en lov / en tariffavtale uten en bokstav i art. 6 nr. 1.
rule-ACT-003-source = Personvernforordningen art. 6 nr. 1, art. 5 nr. 1 bokstav a og art. 13 nr. 1 bokstav c; ICO ’Documenting your lawful basis’; CNILs protokollmal (base légale)
rule-ACT-003-hint = gi hvert formål et LegalBasis med article6: Some(A..F); oppgi lover i law_ref
rule-ACT-004-title = Artikkel som ikke er et behandlingsgrunnlag, oppgitt som grunnlag
rule-ACT-004-when = Et behandlingsgrunnlag viser til en artikkel som ikke er et behandlingsgrunnlag (art. 5, 25, 88 ...) – den må flyttes til merknadene.
rule-ACT-004-source = Personvernforordningen art. 6 nr. 1 og art. 9 nr. 2 er uttømmende oppregninger av behandlingsgrunnlag
rule-ACT-004-hint = oppgi bare grunnlag etter art. 6 / art. 9 i henvisningen; flytt andre artikler til merknadene
rule-ACT-005-title = Nærmere om behandlingsgrunnlaget
rule-ACT-005-when = Art. 6 nr. 1 bokstav c/e uten `law_ref` (EU-rett eller nasjonal rett), eller med en `law_ref` som ikke nevner noen lov (en henvisning til § eller artikkel, lov, -loven, bekendtgørelse, forskrift, forordning, direktiv, lovgivning) – f.eks. en tariffavtale (overenskomst, tariffavtale); art. 6 nr. 1 bokstav e hos en privat aktør uten en lov som gir oppgaven; art. 6 nr. 1 bokstav f uten oppgitt berettiget interesse.
rule-ACT-005-source = Personvernforordningen art. 6 nr. 3; art. 13 nr. 1 bokstav d
rule-ACT-005-hint = legg til law_ref for bokstav c/e, legitimate_interest for bokstav f
rule-ACT-006-title = Offentlig myndighet som bygger på berettigede interesser
rule-ACT-006-when = `kind = public_authority`, og art. 6 nr. 1 bokstav f brukes til et formål som ikke er merket `outside_public_tasks`.
rule-ACT-006-source = Personvernforordningen art. 6 nr. 1 annet ledd
rule-ACT-006-hint = bruk et annet grunnlag, eller merk formålet outside_public_tasks hvis det virkelig ligger utenfor myndighetsoppgavene
rule-ACT-007-title = Sikkerhetstiltak
rule-ACT-007-when = Ingen beskrivelse i `security_measures` og ingen `security_ref`.
rule-ACT-007-source = Personvernforordningen art. 30 nr. 1 bokstav g, art. 30 nr. 2 bokstav d og art. 32 nr. 1 (’dersom det er mulig’)
rule-ACT-007-hint = beskriv tiltakene (security_measures) her eller på organisasjonen, eller vis til dem (security_ref)
rule-ACT-008-title = Opplysningenes kilde
rule-ACT-008-when = En opplysningskategori med `collected_from != data_subject` og ingen `source`.
rule-ACT-008-source = Personvernforordningen art. 14 nr. 2 bokstav f; ICOs veiledning om dokumentasjon; CNILs protokoll (datakilde)
rule-ACT-008-hint = oppgi i source hvor opplysningene kommer fra
rule-ACT-009-title = Automatiserte avgjørelser oppgitt
rule-ACT-009-when = `automated_decision_making` mangler, eller er true uten et grunnlag i art. 22 nr. 2 bokstav a-c (og art. 22 nr. 4 for særlige kategorier).
rule-ACT-009-source = Personvernforordningen art. 13 nr. 2 bokstav f, art. 14 nr. 2 bokstav g og art. 22; CNILs og ICOs maler
rule-ACT-009-hint = oppgi automated_decisions: Some(AutomatedDecisions(present: false)) eller grunnlaget i art. 22 nr. 2
rule-ACT-010-title = Vurderingen av om DPIA trengs er registrert
rule-ACT-010-when = To eller flere kriterier fra WP248 (særlige kategorier eller straffedommer, nasjonalt identifikasjonsnummer, stort omfang, systematisk overvåking, sårbare registrerte, sammenstilling eller kombinasjon av datasett, ny teknologi, evaluering/scoring, hindrer utøvelse av en rettighet) og `dpia.status` er ikke en av {"{"}done, planned, not_required+reason{"}"}.
rule-ACT-010-source = Personvernforordningen art. 35 nr. 1, 3 og 4; Artikkel 29-gruppens/EDPBs WP248 rev.01; Datatilsynets (DK/NO) lister etter art. 35 nr. 4
rule-ACT-010-hint = oppgi dpia: Some(Dpia(status: Done | Planned | NotRequired, reason: …))
rule-SPC-001-title = Art. 9-opplysninger krever et vilkår i art. 9 nr. 2
rule-SPC-001-when = En opplysningskategori med `special_category = true` og ikke noe vilkår i art. 9 nr. 2 bokstav a-j eller en tilknyttet nasjonal bestemmelse (DK databeskyttelsesloven § 7 stk. 1-4, § 10, § 12; NO personopplysningsloven §§ 6, 7, 9).
rule-SPC-001-source = Personvernforordningen art. 9 nr. 1 og 2; den danske databeskyttelsesloven § 7 (danskelove.dk/databeskyttelsesloven/7) og § 10; personopplysningsloven §§ 6-9
rule-SPC-001-hint = legg til en SpecialCondition med article9 (og den nasjonale bestemmelsen, f.eks. personopplysningsloven § 6)
rule-SPC-002-title = Opplysninger om straffbare forhold krever hjemmel etter art. 10
rule-SPC-002-when = `criminal = true` uten: kontroll av offentlig myndighet, eller DK databeskyttelsesloven § 8 (offentlige: stk. 1-2; private: stk. 3 uttrykkelig samtykke eller klart overveiende berettiget interesse; utlevering stk. 4), eller NO personopplysningsloven § 11.
rule-SPC-002-source = Personvernforordningen art. 10; den danske databeskyttelsesloven § 8; personopplysningsloven § 11
rule-SPC-002-hint = legg til criminal_basis med myndighetskontrollen eller bestemmelsen i personopplysningsloven § 11 / databeskyttelsesloven § 8
rule-SPC-003-title = Dansk CPR-nummer krever den danske databeskyttelsesloven § 11
rule-SPC-003-when = `national_id = DK-CPR` uten henvisning til § 11: offentlig myndighet -> § 11 stk. 1; privat -> § 11 stk. 2 nr. 1-4 (lovhjemmel, samtykke, statistikk/forskning eller utlevering som ledd i vanlig drift, vilkårene i § 7); `published = true` uten samtykke (stk. 3).
rule-SPC-003-source = Personvernforordningen art. 87; den danske databeskyttelsesloven § 11 (elov.dk/.../paragraf/11)
rule-SPC-003-hint = legg til en NationalIdBasis(scheme: DkCpr, provision: "databeskyttelseslovens § 11, stk. …")
rule-SPC-004-title = Fødselsnummer krever personopplysningsloven § 12
rule-SPC-004-when = `national_id = NO-FNR` (også D-nummer) uten begrunnelse etter § 12: saklig behov for sikker identifisering, og metoden er nødvendig.
rule-SPC-004-source = Personvernforordningen art. 87; personopplysningsloven § 12
rule-SPC-004-hint = legg til en NationalIdBasis(scheme: NoFnr, provision: "personopplysningsloven § 12", justification: …)
rule-SPC-005-title = Ordkontroll for sensitive opplysninger som ikke er merket
rule-SPC-005-when = Fritekst i en opplysningskategori treffer en dansk/norsk/engelsk ordliste (helbred, syg*, læge*, fagforening*, politisk*, parti*, religi*, etni*, race, seksuel*, biometri*, genetisk*, arbejdsulykke*, straf*, dom*, CPR, personnummer, fødselsnummer, D-nummer, helse, partitilhørighet, politisk oppfatning ...), men den tilsvarende merkingen er ikke satt. Ordstammer treffer ved ordgrenser (starten av et ord eller av en del med bindestrek; lange stammer som sygemeld, helbred, fagforening også inne i sammensatte ord: langtidssygemeldt), så stammene fanger bøyningsformer (sygemelding, sygedagpenge -> helse), og oppregnede falske venner treffer ikke (participant, particular, parties er ikke parti; sykkel er ikke syk).
rule-SPC-005-source = Personvernforordningen art. 9 nr. 1, art. 10 og art. 87
rule-SPC-005-hint = oppgi kategoriens kind (Special, NationalId, Criminal), eller omformuler navnet
rule-SPC-006-title = Ingen personnumre i protokollen
rule-SPC-006-when = Protokollens tekst inneholder en verdi som ser ut som et dansk CPR-nummer (DDMMÅÅNNNN, DDMMÅÅ-NNNN eller DDMMÅÅ NNNN med en gyldig dato – modulus 11 kreves IKKE, det er ikke garantert siden 1. oktober 2007; et nummer betegnet som P-nummer, f.eks. ’P-nr. 1012871234’, er en produksjonsenhet, ikke et CPR-nummer) eller et fødselsnummer/D-nummer (11 sifre som består kontrollsifrene).
rule-SPC-006-source = Personvernforordningen art. 5 nr. 1 bokstav c; den danske databeskyttelsesloven § 11 stk. 3 (CPR-nummer skal ikke offentliggjøres); cpr.dk ’Personnumre uden kontrolciffer’
rule-SPC-006-hint = fjern nummeret fra protokollens tekst
rule-SPC-007-title = Nasjonal bestemmelse kan ikke bære art. 9-opplysninger
rule-SPC-007-when = Et vilkår for særlige kategorier oppgir bare en nasjonal bestemmelse (ingen bokstav i art. 9 nr. 2), og bestemmelsen er ikke en av dem som kan bære særlige kategorier av personopplysninger: DK databeskyttelsesloven § 7, § 10 eller § 12; NO personopplysningsloven § 6, § 7 eller § 9; eller en henvisning til personvernforordningen art. 9 nr. 2 bokstav a-j. Paragrafer leses uansett hvordan de er skrevet (§7, § 7, stk. 1, §§ 7-8, DBL, popplyl.).
rule-SPC-007-source = Personvernforordningen art. 9 nr. 1, 2 og 4; den danske databeskyttelsesloven §§ 7, 10 og 12; personopplysningsloven §§ 6, 7 og 9
rule-SPC-007-hint = oppgi bokstaven i art. 9 nr. 2 i article9 (en særlov gjennomfører en av dem), eller bestemmelsen i personopplysningsloven som bærer opplysningene
rule-SPC-008-title = Nasjonal bestemmelse kan ikke hjemle art. 10-opplysninger
rule-SPC-008-when = criminal_basis er ikke myndighetskontroll, og den nasjonale bestemmelsen er ikke en av dem som hjemler opplysninger om straffbare forhold: DK databeskyttelsesloven § 8 (eller § 10 for statistikk og forskning); NO personopplysningsloven § 11.
rule-SPC-008-source = Personvernforordningen art. 10; den danske databeskyttelsesloven §§ 8 og 10; personopplysningsloven § 11
rule-SPC-008-hint = vis til personopplysningsloven § 11 eller databeskyttelsesloven § 8 (stk. 1-2 offentlige, stk. 3-4 private), eller sett official_authority
rule-XFR-001-title = Tredjeland oppgitt
rule-XFR-001-when = En overføring uten en landkode etter ISO 3166-1 eller en navngitt internasjonal organisasjon.
rule-XFR-001-source = Personvernforordningen art. 30 nr. 1 bokstav e og art. 30 nr. 2 bokstav c
rule-XFR-001-hint = sett country til koden etter ISO 3166-1 (f.eks. "US"), eller navngi den internasjonale organisasjonen
rule-XFR-002-title = Overføringsgrunnlag påkrevd og strukturert
rule-XFR-002-when = Mottakerlandet er ikke i tabellen over beslutninger om tilstrekkelig beskyttelsesnivå (eller er utenfor virkeområdet: Canada utenfor PIPEDA, amerikansk mottaker uten DPF-sertifisering), og det finnes ingen strukturert garanti: standard personvernbestemmelser {"{"}decision: 2021/914, modul 1-4{"}"}, BCR {"{"}godkjenningsreferanse{"}"}, instrument etter art. 46 nr. 2 bokstav a, atferdsnorm/sertifisering etter art. 46 nr. 2 bokstav e/f med bindende forpliktelser, tillatelse etter art. 46 nr. 3, eller et unntak etter art. 49.
rule-XFR-002-source = Personvernforordningen art. 44, 45, 46, 47 og 49; Kommisjonens beslutning (EU) 2021/914
rule-XFR-002-hint = oppgi garantien, f.eks. Scc(decision: Some("2021/914"), module: Some(2))
rule-XFR-003-title = Ugyldiggjort overføringsinstrument
rule-XFR-003-when = Garantien treffer /privacy\s*shield|safe\s*harbou?r/i, eller viser til beslutningene om standard personvernbestemmelser 2001/497/EF, 2004/915/EF eller 2010/87/EU.
rule-XFR-003-source = EU-domstolens dom C-362/14 Schrems I (6. oktober 2015, Safe Harbour); EU-domstolens dom C-311/18 Schrems II (16. juli 2020, Privacy Shield-beslutningen 2016/1250); beslutning (EU) 2021/914 art. 4 (de gamle standardbestemmelsene opphevet, overgangsperioden utløp 27. desember 2022)
rule-XFR-003-hint = bytt ut instrumentet: EU-US DPF for sertifiserte amerikanske mottakere, eller standard personvernbestemmelser 2021/914
rule-XFR-004-title = Virkeområdet for EU-US DPF
rule-XFR-004-when = Mekanisme = EU-US DPF, men mottakerlandet er ikke US, eller mottakeren mangler `dpf_certified = true` med en `verified_on` som er høyst 12 måneder gammel.
rule-XFR-004-source = Kommisjonens gjennomføringsbeslutning (EU) 2023/1795; Underrettens dom T-553/23 Latombe (3. september 2025, opprettholdt); anke C-703/25 P verserer
rule-XFR-004-hint = bruk EuUsDpf bare for amerikanske mottakere med dpf_certified: true og en nylig dpf_verified_on
rule-XFR-005-title = Begrensninger for unntak etter art. 49
rule-XFR-005-when = Art. 49 brukes til regelmessige/systematiske overføringer; art. 49 nr. 1 annet ledd uten `safeguards_documentation` og underretning av tilsynsmyndigheten; en offentlig myndighet som i utøvelsen av offentlig myndighet bruker art. 49 nr. 1 bokstav a-c eller annet ledd.
rule-XFR-005-source = Personvernforordningen art. 49 nr. 1, 3 og 6 og art. 30 nr. 1 bokstav e; EDPBs retningslinjer 2/2018
rule-XFR-005-hint = bruk art. 49 bare til enkeltstående overføringer, med dokumentasjon og underretning der det kreves
rule-XFR-006-title = Overføring ikke oppgitt
rule-XFR-006-when = En databehandler, underdatabehandler eller mottaker med et land utenfor EØS (eller ukjent), mens aktiviteten ikke oppgir noen overføring.
rule-XFR-006-source = Personvernforordningen art. 30 nr. 1 bokstav e og art. 44
rule-XFR-006-hint = oppgi overføringen, eller oppgi mottakerens land i EU/EØS
rule-XFR-007-title = Tabellen over beslutninger om tilstrekkelig beskyttelsesnivå er foreldet
rule-XFR-007-when = En beslutning om tilstrekkelig beskyttelsesnivå er utløpt eller utløper innen 180 dager etter `valid_until` (Storbritannia: 27. desember 2031), en beslutning under søksmål er ikke gjennomgått på nytt innen 6 måneder (DPF), eller en behandlingsansvarlig i NO/IS/LI bygger på en beslutning som ennå ikke er innlemmet i EØS-avtalen (f.eks. Brasil 2026/179, EØS-utkast sendt 6. mai 2026).
rule-XFR-007-source = Personvernforordningen art. 45 nr. 3-5 og art. 97; EØS-avtalen vedlegg XI
rule-XFR-007-hint = gjennomgå overføringen før beslutningen om tilstrekkelig beskyttelsesnivå utløper, eller så lenge den ikke gjelder for ditt land
rule-XFR-008-title = Landkoder etter ISO 3166-1 alpha-2
rule-XFR-008-when = Landet for en organisasjon, mottaker eller overføring er ikke en offisielt tildelt ISO 3166-1 alpha-2-kode skrevet med store bokstaver (`UK`, `EL`, `Japan`, `dk`, brukertildelt `XX`); funnet foreslår koden som var ment (`GB`, `GR`, `JP`, `DK`).
rule-XFR-008-source = Personvernforordningen art. 30 nr. 1 bokstav e og art. 30 nr. 2 bokstav c (angivelse av tredjelandet); ISO 3166-1
rule-XFR-008-hint = skriv koden på to bokstaver med store bokstaver, f.eks. "GB" for Storbritannia
rule-XFR-009-title = Ugyldiggjort instrument nevnt ved siden av et gyldig grunnlag
rule-XFR-009-when = En overførings garantitekst eller navngitte mekanisme nevner Privacy Shield, Safe Harbour eller de gamle beslutningene om standard personvernbestemmelser, mens overføringen også bygger på et grunnlag som er gyldig i dag (beslutning om tilstrekkelig beskyttelsesnivå, DPF for USA, standard personvernbestemmelser 2021/914 med modul, BCR, instrument etter art. 46, unntak etter art. 49).
rule-XFR-009-source = EU-domstolens dom C-311/18 Schrems II (16. juli 2020); EU-domstolens dom C-362/14 Schrems I (6. oktober 2015); beslutning (EU) 2021/914 art. 4; personvernforordningen art. 5 nr. 1 bokstav d (protokollens riktighet)
rule-XFR-009-hint = fjern den foreldede omtalen, eller flytt den til merknadene
rule-PRC-001-title = Databehandleravtale og underdatabehandlere
rule-PRC-001-when = Mottaker som er databehandler, uten `dpa_ref` (databehandleravtale etter art. 28 nr. 3) eller uten en liste i `sub_processors` (eller uttrykkelig `none`); kategorier av databehandlere uten navn.
rule-PRC-001-source = Personvernforordningen art. 28 nr. 2-4 og 9; ICOs mal (’link to contract with processor’)
rule-PRC-001-hint = legg til dpa_ref og sub_processors: Listed([...]) eller None
rule-PRC-002-title = Klare roller
rule-PRC-002-when = Samme organisasjon har to roller i én aktivitet uten atskilte dataflyter, eller en organisasjon oppgitt som databehandler fastsetter formål/behandlingsgrunnlag.
rule-PRC-002-source = Personvernforordningen art. 4 nr. 7 og 8 og art. 28 nr. 10
rule-PRC-002-hint = del opp dataflytene: én mottakeroppføring per rolle, hver brukt der den gjelder
rule-CNS-001-title = Samtykke krever en rutine for tilbaketrekking
rule-CNS-001-when = Grunnlag art. 6 nr. 1 bokstav a, art. 9 nr. 2 bokstav a eller art. 49 nr. 1 bokstav a uten `consent.withdrawal_process` (og `consent.record_ref`).
rule-CNS-001-source = Personvernforordningen art. 7 nr. 1 og 3 og art. 13 nr. 2 bokstav c
rule-CNS-001-hint = legg til consent: Some(Consent(withdrawal_process: Some("…")))
rule-CNS-002-title = Samtykke fra ansatte
rule-CNS-002-when = Samtykke (art. 6 nr. 1 bokstav a eller art. 9 nr. 2 bokstav a) er grunnlag for en aktivitet der de registrerte omfatter ansatte eller jobbsøkere (ansatte, medarbejdere, arbeidstakere, employees, ...).
rule-CNS-002-source = Personvernforordningen art. 7 nr. 4, fortalepunkt 43 og art. 88; EDPBs retningslinjer 05/2020 om samtykke, avsnitt 21-24; den danske databeskyttelsesloven § 12; personopplysningsloven § 6
rule-CNS-002-hint = bygg på avtale, rettslig forpliktelse eller berettigede interesser; behold samtykke bare der et nei ikke får noen konsekvens, og skriv det i merknadene
rule-CNS-003-title = Barns samtykke til en informasjonssamfunnstjeneste
rule-CNS-003-when = Samtykke er grunnlag, de registrerte omfatter barn (børn, barn, elever, children, ...), aktiviteten er en nettjeneste (app, nettside, plattform, ...), og consent.how_given sier ikke hvordan alderen kontrolleres og hvordan foreldrene samtykker.
rule-CNS-003-source = Personvernforordningen art. 8 nr. 1 og 2 og art. 4 nr. 25; den danske databeskyttelsesloven § 6 stk. 2 (13 år, DK); personopplysningsloven § 5 (13 år, NO)
rule-CNS-003-hint = oppgi i consent.how_given hvordan barnets alder kontrolleres og hvordan den som har foreldreansvaret samtykker for barn under 13 år
rule-RET-001-title = Lagringstid oppgitt per aktivitet/kategori
rule-RET-001-when = Ingen lagringsregel. `not_possible` godtas bare med `reason` og `criteria`; anonymisering oppgis som `anonymise_after`, ikke som lagring av personopplysninger.
rule-RET-001-source = Personvernforordningen art. 30 nr. 1 bokstav f (’dersom det er mulig’), art. 5 nr. 1 bokstav e og art. 13 nr. 2 bokstav a (periode eller kriterier); fortalepunkt 26
rule-RET-001-hint = legg til en lagringsregel; NotPossible krever både reason og criteria
rule-RET-002-title = Vag lagringstid
rule-RET-002-when = Lagringstiden er bare fritekst, eller treffer en liste over vage formuleringer: ’så længe det er nødvendigt’, ’konkret vurdering’, ’så længe det er relevant’, ’når de ikke længere er nødvendige’, ’når alle formålene ... er oppfylt’, ’vurdert i lys av’.
rule-RET-002-source = Personvernforordningen art. 5 nr. 1 bokstav e og art. 13 nr. 2 bokstav a
rule-RET-002-hint = oppgi en periode eller en regel knyttet til en hendelse; behold ordene i text
rule-RET-003-title = Åpen eller ubegrenset lagring
rule-RET-003-when = kind er en av {"{"}indefinite, open_ended, unspecified{"}"} uten `justification`, eller med en begrunnelse som ikke sier hvorfor: den må vise til en lov (en henvisning til § eller artikkel, -loven, lov om, bekendtgørelse, forskrift) eller et formål etter art. 89 (arkivering – arkivloven / arkivlova –, vitenskapelig eller historisk forskning, statistikk).
rule-RET-003-source = Personvernforordningen art. 5 nr. 1 bokstav e og art. 89
rule-RET-003-hint = oppgi begrunnelsen (lov, arkivlov, art. 89)
rule-RET-004-title = Strukturert lagringstid
rule-RET-004-when = Varigheter er ikke ISO 8601 (P30D, P90D, P180D, P3Y, P5Y, P6Y, P10Y); event_based uten en hendelse fra den faste listen (death_of_data_subject, death_of_related_person, end_of_membership, end_of_employment, end_of_contract, consent_given, consent_withdrawal, account_deletion, service_unsubscribed, participation, case_closed) eller uten offset; ’op til’ / ’inntil’ må sette bound=max.
rule-RET-004-source = Personvernforordningen art. 30 nr. 1 bokstav f; maskinell kontroll
rule-RET-004-hint = skriv varigheter som ISO 8601 (P30D, P5Y), bruk en kjent hendelse, bound: Max for ’inntil’
rule-RET-005-title = Sammenheng i lagringsreglene
rule-RET-005-when = En lagringsregel viser til en opplysningskategori som ikke er definert, to regler motsier hverandre for samme kategori, eller en opplysningskategori/gruppe av registrerte er ikke dekket av noen regel.
rule-RET-005-source = Personvernforordningen art. 30 nr. 1 bokstav f (’de ulike kategoriene av opplysninger’)
rule-RET-005-hint = legg til en regel som dekker kategorien eller gruppen, eller fjern motsigelsen
rule-RET-006-title = Usannsynlig lagringstid
rule-RET-006-when = En periode eller en forskyvning på mer enn 100 år, eller en periode på null for opplysninger som en lov krever oppbevart (Statutory med P0D).
rule-RET-006-source = Personvernforordningen art. 5 nr. 1 bokstav e og art. 30 nr. 1 bokstav f; art. 5 nr. 1 bokstav d (protokollens riktighet)
rule-RET-006-hint = rett perioden; varig lagring er Indefinite med sin begrunnelse (arkivlov, art. 89)
rule-RET-007-title = Lagringsteksten motsier verdien
rule-RET-007-when = Lagringsteksten oppgir en periode ("5 år", "fem år", "30 dager", "6 months", "3-5 år"), og den strukturerte perioden eller forskyvningen er ingen av dem.
rule-RET-007-source = Personvernforordningen art. 30 nr. 1 bokstav f og art. 13 nr. 2 bokstav a; art. 5 nr. 1 bokstav d (protokollens riktighet)
rule-RET-007-hint = la verdien si det samme som teksten (P5Y for "5 år"), eller rett teksten
rule-LOAD-001-title = Filen kan ikke lastes inn
rule-LOAD-001-when = En fil i protokollen kan ikke leses, er ikke UTF-8, kan ikke tolkes som RON, har et felt skjemaet ikke kjenner, eller mangler et påkrevd felt.
rule-LOAD-001-source = Personvernforordningen art. 30 nr. 3 (protokollen føres skriftlig og må kunne leses)
rule-LOAD-001-hint = rett filen på stedet som vises; resten av protokollen kontrolleres likevel
rule-STR-004-title = Id-er er slugs lik filnavnene
rule-STR-004-when = En id er ikke en slug ([a-z0-9-]+), eller en aktivitets id avviker fra filnavnet.
rule-STR-004-source = Prosjektets konvensjon: én oppføring per fil, slik at historikk og gjennomgang følger filen
rule-STR-004-hint = bruk bare små bokstaver, sifre og ’-’, og kall filen <id>.ron
rule-DATE-001-title = Datoer er virkelige kalenderdatoer
rule-DATE-001-when = Et datofelt (last_reviewed, expires i en aksept, dpf_verified_on) er ikke en virkelig dato på formen ÅÅÅÅ-MM-DD.
rule-DATE-001-source = Personvernforordningen art. 5 nr. 2 (ansvarlighet – gjennomganger må kunne dateres)
rule-DATE-001-hint = skriv datoer som ÅÅÅÅ-MM-DD
rule-REV-001-title = Gjennomgang forsinket
rule-REV-001-when = En aktivitets last_reviewed-dato er mer enn ett år gammel.
rule-REV-001-source = Personvernforordningen art. 24 nr. 1 (tiltakene skal gjennomgås og oppdateres ved behov)
rule-REV-001-hint = gjennomgå aktiviteten og oppdater last_reviewed
rule-REV-002-title = Gjennomgangsdato i fremtiden
rule-REV-002-when = En aktivitets last_reviewed-dato ligger etter i dag (brukerens lokale dato).
rule-REV-002-source = Personvernforordningen art. 5 nr. 2 (ansvarlighet); art. 24 nr. 1 (gjennomganger må være sanne og kunne dateres)
rule-REV-002-hint = skriv dagen gjennomgangen faktisk fant sted
rule-ACK-001-title = Aksept utløpt
rule-ACK-001-when = En aksepts utløpsdato er passert: funnet den dekket, teller igjen, og aksepten må fornyes eller feilen rettes.
rule-ACK-001-source = Personvernforordningen art. 5 nr. 2 (ansvarlighet); art. 24 nr. 1 (gjennomgang)
rule-ACK-001-hint = gjennomgå funnet på nytt: rett det, eller forny aksepten med en ny utløpsdato
rule-ACK-002-title = Aksept som ikke passer på noe
rule-ACK-002-when = En aksept nevner en ukjent regel, eller det finnes ikke lenger noe funn av dens regel og art (på dens sti) i filen: feilen er rettet, eller funnet har endret seg (en manglende verdi ble akseptert, en feil verdi er skrevet siden, eller omvendt). En aksept uten kind dekker bare manglende verdier; en aksept av en skrevet verdi (kind Invalid) dekker verdien nøyaktig på sin at-sti, og uten at-sti dekker den ingenting.
rule-ACK-002-source = Personvernforordningen art. 5 nr. 2 (ansvarlighet – protokollen skal ikke oppgi feil den ikke lenger har)
rule-ACK-002-hint = fjern aksepten, eller rett regel-id-en eller at-stien; der funnet har endret seg, gjennomgå det nye funnet og rett det eller aksepter det med sin egen kind; oppgi stedet for en akseptert skrevet verdi med at
rule-GAP-001-title = Ikke oppgitt i kilden
rule-GAP-001-when = En verdi er oppgitt som NotStated(note: …) (et organisasjonsnummer, et overføringsgrunnlag, en lagringstid), eller en oppførings `not_stated`-liste nevner et felt som NotStated(field: …, note: …) (en adresse, personvernombudet, mottakere, registrerte, en mottakers land): kilden oppføringen er hentet fra, oppgir det ikke. Det er et kjent hull, som `ropa validate --gaps` viser, i stedet for feilen den manglende verdien ville gi.
rule-GAP-001-source = Personvernforordningen art. 30 nr. 1 og 2 (protokollen skal inneholde opplysningene); art. 5 nr. 2 (ansvarlighet – hullet registreres, det skjules ikke)
rule-GAP-001-hint = innhent verdien fra organisasjonen og registrer den; inntil da beholdes merknaden om hva kilden sier
rule-GAP-002-title = Foreldet ikke-oppgitt-oppføring
rule-GAP-002-when = En oppføring i en `not_stated`-liste nevner et felt som oppføringen likevel fyller ut, et felt eller listeelement oppføringen ikke har, eller et felt som allerede er nevnt. Oppføringen står ikke lenger for et hull, eller for ingenting.
rule-GAP-002-source = Personvernforordningen art. 30 nr. 1 og 2 (protokollen skal være riktig om hva den inneholder); art. 5 nr. 2 (ansvarlighet)
rule-GAP-002-hint = fjern oppføringen når verdien er kjent; skriv feltets sti slik funnene oppgir den, f.eks. `address` eller `recipients[0].country`
