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
