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
doc-review-interval = Gjennomgangsintervall (måneder)
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
doc-business-function = Avdeling / virksomhetsområde
doc-lia = Interesseavveiing
doc-retention-policy = Retningslinjer for lagring og sletting
doc-breaches = Registrerte brudd på personopplysningssikkerheten
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
cli-init-ci = { $files } (kontrollen ved hver push, med den utgitte ropa; se README.md)
cli-init-hooks-hint = Kontroller også hver git-commit: ropa init --hooks { $path }
cli-init-open = Åpne den: cd { $path } && ropa   (eller fra hvor som helst: ropa --registry { $path })
cli-init-marker-written = Skrev { $path }: den markerer protokollens mappe, så ropa finner protokollen fra enhver mappe inni den. Commit den med neste endring: git add { $path }
cli-init-hook-installed = Installerte { $path }: git commit kjører nå ropa validate og ropa fmt --check på det som committes.
cli-due-summary = Gjennomganger per { $today }, forfall innen { $days } dager: { $overdue ->
    [one] { $overdue } forsinket
   *[other] { $overdue } forsinkede
}, { $soon } forfaller snart
cli-due-none = Ingen aktivitet mangler gjennomgang eller skal gjennomgås innen { $days } dager.
cli-due-no-owner = Ingen ansvarlig
cli-due-overdue = { $days ->
    [one] { $days } dag forsinket
   *[other] { $days } dager forsinket
}
cli-due-today = forfaller i dag
cli-due-in = { $days ->
    [one] forfaller om { $days } dag
   *[other] forfaller om { $days } dager
}
cli-due-last = sist gjennomgått { $date }, hver { $months }. måned
cli-due-never = aldri gjennomgått
cli-due-unreadable = advarsel: { $path } kan ikke tolkes; gjennomgangsdatoen vurderes ikke (ropa validate sier hvorfor)
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
rule-ACT-011-title = Lenke til interesseavveiingen
rule-ACT-011-when = Et behandlingsgrunnlag bygger på art. 6 nr. 1 bokstav f (berettigede interesser), og `lia_ref`, lenken til interesseavveiingen, er ikke fylt ut.
rule-ACT-011-source = Personvernforordningen art. 6 nr. 1 bokstav f, art. 5 nr. 2 og art. 24 nr. 1; fortalepunkt 47; ICOs mal for behandlingsansvarlige (lenke til interesseavveiingen); EDPBs retningslinjer 1/2024 om art. 6 nr. 1 bokstav f
rule-ACT-011-hint = lenk til interesseavveiingen i lia_ref, eller registrer at kilden ikke oppgir den
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
rule-REV-001-when = En aktivitets neste gjennomgang er forfalt: last_reviewed-datoen pluss gjennomgangsintervallet (aktivitetens review_interval_months, ellers virksomhetens, ellers 12 måneder) ligger før i dag (brukerens lokale dato).
rule-REV-001-source = Personvernforordningen art. 24 nr. 1 (tiltakene skal gjennomgås og oppdateres ved behov)
rule-REV-001-hint = gjennomgå aktiviteten og oppdater last_reviewed
rule-REV-002-title = Gjennomgangsdato i fremtiden
rule-REV-002-when = En aktivitets last_reviewed-dato ligger etter i morgen (brukerens lokale dato; i morgen er allerede i dag for en kollega i en tidssone øst for brukeren).
rule-REV-002-source = Personvernforordningen art. 5 nr. 2 (ansvarlighet); art. 24 nr. 1 (gjennomganger må være sanne og kunne dateres)
rule-REV-002-hint = skriv dagen gjennomgangen faktisk fant sted
rule-REV-003-title = Gjennomgangsintervall utenfor det tillatte
rule-REV-003-when = En virksomhets eller aktivitets review_interval_months er 0 eller over 120 (ti år).
rule-REV-003-source = Personvernforordningen art. 24 nr. 1 (tiltakene skal gjennomgås og oppdateres ved behov); art. 5 nr. 2 (ansvarlighet)
rule-REV-003-hint = skriv hvor ofte posten gjennomgås, som et helt antall måneder, f.eks. 12 for én gang i året
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

## The terminal interface
tui-ack-until = { $rule } akseptert til { $date }: { $reason }
tui-ack-expired = { $rule } akseptert til { $date }, utløpt: { $reason }
tui-broken = uleselig
tui-col-activity = Behandlingsaktivitet
tui-col-activities = Aktiviteter
tui-col-findings = Funn
tui-col-markers = SFO
tui-markers-legend = S særlige · F fødselsnr. · O overføring
tui-organisations = Virksomheter
tui-marker-special = S
tui-marker-national-id = F
tui-marker-transfer = O
tui-pick-one = { $what } — velg én
tui-pick-or-new-id = { $what } — velg én, eller skriv en ny id
tui-use-as-new-id = bruk "{ $id }" som ny id
tui-form-cannot-save = Kan ikke lagres ennå: { $reason }
tui-form-ready = Klar til å lagre · 0 feil, { $warnings } advarsler
tui-form-ready-old-errors = Klar til å lagre · ingen nye feil ({ $errors } hadde posten fra før), { $warnings } advarsler

## The form: field labels, their help, variants that carry data (src/tui/form/words.rs)
form-id = Id
form-help-id = Postens id: små bokstaver, sifre og bindestreker; gir filen navnet
form-name = Navn
form-help-name = Navnet slik det leses — art. 30 nr. 1 bokstav a (virksomhet), bokstav b (aktivitet)
form-name-en = Navn på engelsk
form-help-name-en = Navnet på engelsk, til eksport til lesere i utlandet
form-role = Rolle
form-help-role = Behandlingsansvarlig eller databehandler — art. 30 nr. 1 eller nr. 2
form-kind = Type
form-help-kind = Hvilken type det er, slik protokollens regler leser det
form-country = Land
form-help-country = Land som ISO-kode med to bokstaver (DK, NO, US) — art. 30 nr. 1 bokstav e ved overføringer
form-org-number = Organisasjonsnummer
form-help-org-number = Virksomhetens organisasjonsnummer — art. 30 nr. 1 bokstav a
form-address = Adresse
form-help-address = Postadresse — kontaktopplysninger, art. 30 nr. 1 bokstav a
form-email = E-post
form-help-email = E-postadresse — kontaktopplysninger, art. 30 nr. 1 bokstav a
form-phone = Telefon
form-help-phone = Telefonnummer — kontaktopplysninger, art. 30 nr. 1 bokstav a
form-website = Nettside
form-help-website = Nettadresse — kontaktopplysninger, art. 30 nr. 1 bokstav a
form-art3-2-applies = Utenfor EØS, art. 3(2)
form-help-art3-2-applies = Ja når virksomheten er utenfor EØS og forordningen gjelder etter art. 3 nr. 2
form-art27-2-exemption = Unntatt, art. 27(2)
form-help-art27-2-exemption = Ja når art. 27 nr. 2 unntar virksomheten fra å utpeke en representant i EU
form-dpo = Personvernombud
form-help-dpo = Personvernombudets kontaktopplysninger — art. 30 nr. 1 bokstav a, art. 37
form-designated = Formelt utpekt
form-help-designated = Ja når ombudet er utpekt etter art. 37 og ikke bare en kontaktperson
form-contact = Kontakt
form-help-contact = Kontaktopplysninger: navn, e-post, telefon — art. 30 nr. 1 bokstav a
form-contacts = Andre kontakter
form-help-contacts = Andre kontaktpersoner for protokollen — art. 30 nr. 1 bokstav a
form-representative = Representant i EU
form-help-representative = Representanten etter art. 27 — art. 30 nr. 1 bokstav a
form-joint-controllers = Felles ansvarlige
form-help-joint-controllers = Behandlingsansvarlige som bestemmer sammen med denne — art. 26, art. 30 nr. 1 bokstav a
form-organisation = Virksomhet
form-help-organisation = En virksomhet i protokollen, angitt med id
form-arrangement-ref = Avtale
form-help-arrangement-ref = Hvor avtalen mellom de felles behandlingsansvarlige finnes — art. 26 nr. 2
form-scope = Omfang
form-help-scope = Hva avtalen omfatter
form-recipients = Mottakere
form-help-recipients = Hvem personopplysningene utleveres til — art. 30 nr. 1 bokstav d
form-recipients-none = Utleveres ikke
form-help-recipients-none = Ja når aktiviteten ikke utleverer personopplysninger til noen — art. 30 nr. 1 bokstav d
form-recipient = Mottaker
form-help-recipient = En mottaker fra virksomheten, angitt med id — art. 30 nr. 1 bokstav d
form-description = Beskrivelse
form-help-description = Hva det er og gjør, med noen få setninger
form-dpa-ref = Databehandleravtale
form-help-dpa-ref = Hvor databehandleravtalen finnes — art. 28 nr. 3
form-sub-processors = Underdatabehandlere
form-help-sub-processors = Databehandlerens egne databehandlere — art. 28 nr. 2 og 4
form-dpf-certified = EU-US DPF-sertifisert
form-help-dpf-certified = Om den amerikanske mottakeren er sertifisert under Data Privacy Framework — art. 45
form-dpf-verified-on = DPF kontrollert den
form-help-dpf-verified-on = Datoen DPF-listen ble kontrollert (ÅÅÅÅ-MM-DD)
form-systems = Systemer
form-help-systems = IT-systemene opplysningene lagres i, og hvor
form-location = Plassering
form-help-location = Hvor systemet lagrer opplysningene (land, datasenter) — art. 30 nr. 1 bokstav e
form-security-measures = Sikkerhetstiltak
form-help-security-measures = En generell beskrivelse av tekniske og organisatoriske tiltak — art. 30 nr. 1 bokstav g, art. 32
form-security-ref = Sikkerhetsdokumenter
form-help-security-ref = Hvor sikkerhetsdokumentasjonen finnes — art. 30 nr. 1 bokstav g
form-business-function = Avdeling
form-help-business-function = Avdelingen eller virksomhetsområdet behandlingen hører til
form-lia-ref = Interesseavveiing
form-help-lia-ref = Hvor interesseavveiingen bak et grunnlag i art. 6 nr. 1 bokstav f finnes — art. 6 nr. 1 bokstav f, art. 5 nr. 2
form-retention-policy-ref = Retningslinjer for sletting
form-help-retention-policy-ref = Hvor retningslinjene for lagring og sletting finnes — art. 5 nr. 1 bokstav e, art. 30 nr. 1 bokstav f
form-breach-refs = Registrerte avvik
form-help-breach-refs = Lenker til registreringen av brudd på personopplysningssikkerheten (avvik) i denne behandlingen — art. 33 nr. 5
form-data-subject-rights = Registrertes rettigh.
form-help-data-subject-rights = Hvordan henvendelser fra de registrerte håndteres — art. 12-22
form-sources = Kilder
form-help-sources = Hvor postens innhold kommer fra (dokumenter, samtaler)
form-not-stated = Ikke oppgitt i kilden
form-help-not-stated = Felter kilden ikke fyller ut, med en merknad, så de ikke ser glemt ut
form-field = Felt
form-help-field = Feltet oppføringen gjelder
form-note = Merknad
form-help-note = En merknad i ord
form-acknowledgements = Aksepterte funn
form-help-acknowledgements = Funn som er akseptert med vilje, hvert med en begrunnelse og en utløpsdato
form-rule = Regel
form-help-rule = Regelens kode (f.eks. RET-001); ved lagring den strukturerte regelen
form-at = Ved
form-help-at = Feltet funnet gjelder
form-reason = Begrunnelse
form-help-reason = Hvorfor, i ord
form-expires = Utløper
form-help-expires = Datoen den utløper (ÅÅÅÅ-MM-DD)
form-notes = Merknader
form-help-notes = Merknader til teamet; eksporteres med posten
form-status = Status
form-help-status = Hvor posten er i gjennomgangen: utkast, til gjennomgang, godkjent, utgått
form-owner = Ansvarlig
form-help-owner = Hvem som svarer for aktiviteten i virksomheten
form-last-reviewed = Sist gjennomgått
form-help-last-reviewed = Datoen for siste gjennomgang (ÅÅÅÅ-MM-DD)
form-review-interval-months = Gjennomgås hver (mnd.)
form-help-review-interval-months = Hvor ofte posten gjennomgås, i hele måneder fra 1 til 120 (12: én gang i året). Tom på en aktivitet: virksomhetens intervall; tom på virksomheten: én gang i året
form-not-a-number = { $field }: "{ $text }" er ikke et tall
form-new-recipient = Ny mottaker "{ $id }": når du lagrer, legges den til virksomheten; fyll den ut der
form-on-behalf-of = På vegne av
form-help-on-behalf-of = De behandlingsansvarlige databehandleren arbeider for — art. 30 nr. 2 bokstav a
form-processing = Behandlinger
form-help-processing = Hva som utføres for den behandlingsansvarlige — art. 30 nr. 2 bokstav b
form-purposes = Formål
form-help-purposes = Formålene med behandlingen — art. 30 nr. 1 bokstav b
form-purpose = Formål
form-help-purpose = Hvorfor, som formål med behandlingen — art. 30 nr. 1 bokstav b
form-text = Tekst
form-help-text = Teksten slik kilden skriver den
form-outside-public-tasks = Utenfor myndighet
form-help-outside-public-tasks = Ja når en myndighet forfølger formålet utenfor sine oppgaver (art. 6 nr. 1 siste ledd)
form-legal-bases = Behandlingsgrunnlag
form-help-legal-bases = Behandlingsgrunnlaget for hvert formål — art. 6 nr. 1, jf. art. 30 nr. 1 bokstav b
form-article6 = Art. 6 nr. 1 bokstav
form-help-article6 = Bokstav i art. 6 nr. 1: a samtykke, b avtale, c rettslig forpliktelse, d vitale interesser, e offentlig myndighet, f berettigede interesser
form-law-ref = Lov
form-help-law-ref = Loven grunnlaget hviler på (art. 6 nr. 3), slik den siteres
form-national-provision = Nasjonal bestemmelse
form-help-national-provision = Bestemmelsen i nasjonal rett, f.eks. personopplysningsloven § 6
form-legitimate-interest = Berettiget interesse
form-help-legitimate-interest = Interessen som forfølges etter art. 6 nr. 1 bokstav f, i ord
form-special-conditions = Art. 9 nr. 2
form-help-special-conditions = Unntaket som tillater særlige kategorier — art. 9 nr. 2
form-article9 = Art. 9 nr. 2 bokstav
form-help-article9 = Bokstav i art. 9 nr. 2: a uttrykkelig samtykke, b arbeidsrett, … h helse, j forskning
form-categories = Kategorier
form-help-categories = Kategoriene av personopplysninger det omfatter, angitt med id — art. 30 nr. 1 bokstav c
form-criminal-basis = Art. 10 (straffbare)
form-help-criminal-basis = Hjemmelen for å behandle opplysninger om straffbare forhold — art. 10
form-official-authority = Offentlig myndighet
form-help-official-authority = Ja når behandlingen skjer under kontroll av offentlig myndighet — art. 10
form-national-id-bases = Fødselsnr., art. 87
form-help-national-id-bases = Den nasjonale regelen som tillater fødselsnummer — art. 87, personopplysningsloven § 12
form-scheme = Nummer
form-help-scheme = Hvilket nasjonalt nummer: CPR, fødselsnummer, annet
form-provision = Bestemmelse
form-help-provision = Bestemmelsen som tillater det, slik den siteres
form-justification = Begrunnelse
form-help-justification = Hvorfor det er nødvendig, i ord
form-data-subjects = Registrerte
form-help-data-subjects = Kategoriene av registrerte — art. 30 nr. 1 bokstav c
form-vulnerable = Sårbare
form-help-vulnerable = Ja for barn, pasienter, ansatte og andre i en svakere stilling (WP248)
form-data-categories = Personopplysninger
form-help-data-categories = Kategoriene av personopplysninger — art. 30 nr. 1 bokstav c
form-subjects = Registrerte
form-help-subjects = Kategoriene av registrerte det gjelder, angitt med id — art. 30 nr. 1 bokstav c
form-collected-from = Innhentet fra
form-help-collected-from = Hvor opplysningene kommer fra: den registrerte eller andre — art. 13, 14
form-source = Kilde
form-help-source = Den navngitte kilden, når det ikke er den registrerte — art. 14 nr. 2 bokstav f
form-published = Offentliggjort
form-help-published = Ja når opplysningene offentliggjøres
form-data = Opplysninger
form-help-data = Kategoriene av personopplysninger mottakeren får, angitt med id — art. 30 nr. 1 bokstav c, d
form-transfers = Overføringer
form-help-transfers = Overføringer utenfor EØS og garantiene for dem — art. 30 nr. 1 bokstav e, art. 44-49
form-international-organisation = Intl. organisasjon
form-help-international-organisation = Den internasjonale organisasjonen opplysningene går til — art. 30 nr. 1 bokstav e
form-destination-text = Mottakerland (kilde)
form-help-destination-text = Mottakerlandet slik kilden skriver det
form-mechanisms = Garantier
form-help-mechanisms = Overføringsgrunnlaget: tilstrekkelighet, standardavtale, BCR, unntak — art. 30 nr. 1 bokstav e, art. 45-49
form-safeguard-text = Garanti (kilde)
form-help-safeguard-text = Garantien slik kilden skriver den — art. 30 nr. 1 bokstav e
form-documentation = Dokumentasjon
form-help-documentation = Hvor dokumentasjonen finnes — art. 30 nr. 1 bokstav e, art. 49 nr. 6
form-regular = Regelmessig
form-help-regular = Ja når overføringen er regelmessig eller systematisk (da kan den ikke hvile på art. 49)
form-decision = Beslutning
form-help-decision = Kommisjonens beslutning om klausulene, f.eks. 2021/914
form-module = Modul
form-help-module = Standardavtalens modul (1 til 4)
form-approval-ref = Godkjenning
form-help-approval-ref = Godkjenningen av de bindende virksomhetsreglene — art. 47
form-letter = Bokstav
form-help-letter = Bokstaven i art. 49 nr. 1 som brukes
form-safeguards-documentation = Garantidokumentasjon
form-help-safeguards-documentation = Vurderingen og garantiene — art. 49 nr. 6
form-sa-notified = Tilsynet underrettet
form-help-sa-notified = Ja når tilsynsmyndigheten er underrettet — art. 49 nr. 1 annet ledd
form-retention = Sletting
form-help-retention = Når opplysningene slettes — art. 30 nr. 1 bokstav f
form-period = Periode
form-help-period = En ISO 8601-periode: P5Y er 5 år, P6M 6 måneder, P30D 30 dager
form-event = Hendelse
form-help-event = Hendelsen perioden regnes fra
form-offset = Periode etter
form-help-offset = En ISO 8601-periode etter hendelsen: P5Y er 5 år
form-bound = Grense
form-help-bound = Nøyaktig da, eller senest da
form-criteria = Kriterier
form-help-criteria = Kriteriene som avgjør perioden — art. 13 nr. 2 bokstav a
form-dpia = DPIA
form-help-dpia = Om en vurdering av personvernkonsekvenser trengs og er gjort — art. 35
form-link = Lenke
form-help-link = Hvor dokumentet finnes
form-risk-criteria = Høy risiko (WP248)
form-help-risk-criteria = WP248-kriteriene som gjelder; to eller flere krever som regel en DPIA
form-automated-decisions = Automatiserte avgj.
form-help-automated-decisions = Avgjørelser utelukkende basert på automatisert behandling, inkludert profilering — art. 22
form-present = Forekommer
form-help-present = Ja når slike avgjørelser treffes
form-ground = Grunnlag, art. 22(2)
form-help-ground = Grunnlaget i art. 22 nr. 2 som tillater dem
form-consent = Samtykke (art. 7)
form-help-consent = Hvordan samtykke gis, registreres og trekkes tilbake — art. 7
form-how-given = Hvordan det gis
form-help-how-given = Hvordan den registrerte gir samtykke
form-record-ref = Samtykkeregistrering
form-help-record-ref = Hvor samtykker registreres — art. 7 nr. 1
form-withdrawal-process = Tilbaketrekking
form-help-withdrawal-process = Hvordan samtykke trekkes tilbake — art. 7 nr. 3
form-provision-requirement = Lov- eller avtalekrav
form-help-provision-requirement = Om det er et krav å gi opplysningene, og følgene hvis ikke — art. 13 nr. 2 bokstav e
form-value = Verdi
form-help-value = Verdien slik den skrives
form-other = Annet
form-help-other = Annet, i ord
form-cvr = CVR-nummer
form-help-cvr = Det danske CVR-nummeret (8 sifre)
form-no-orgnr = Organisasjonsnummer
form-help-no-orgnr = Det norske organisasjonsnummeret (9 sifre)
form-national-id = Fødselsnummer
form-help-national-id = Hvilket nasjonalt identifikasjonsnummer — art. 87
form-special = Særlige kategorier
form-help-special = Hvilke særlige kategorier etter art. 9 nr. 1
form-listed = Oppført
form-help-listed = Underdatabehandlerne, angitt med mottaker-id
form-named = Som angitt
form-help-named = Grunnlaget slik kilden angir det
form-duration = Periode (innsamling)
form-help-duration = En ISO 8601-periode fra innsamlingen: P5Y er 5 år
form-variant-org-number-cvr = CVR-nummer
form-variant-org-number-no-orgnr = Organisasjonsnummer
form-variant-org-number-other = Annet nummer
form-variant-org-number-not-stated = Ikke oppgitt i kilden
form-variant-sub-processors-unknown = Ikke dokumentert
form-variant-sub-processors-none = Ingen
form-variant-sub-processors-listed = Oppført
form-variant-retention-duration = En periode fra innsamling
form-variant-retention-event-based = En periode etter en hendelse
form-variant-retention-statutory = Som en lov krever
form-variant-retention-until-withdrawal = Til samtykket trekkes tilbake
form-variant-retention-indefinite = Uten tidsgrense
form-variant-retention-not-possible = Ingen periode kan angis
form-variant-retention-anonymise-after = Anonymiseres etter en periode
form-variant-retention-not-stated = Ikke oppgitt i kilden
form-variant-retention-event-other = En annen hendelse
form-variant-bound-exact = Nøyaktig da
form-variant-bound-max = Høyst
form-variant-mechanism-scc = Standardavtaler (art. 46 nr. 2 bokstav c)
form-variant-mechanism-bcr = Bindende virksomhetsregler (art. 47)
form-variant-mechanism-public-authority-instrument = Instrument mellom offentlige myndigheter (art. 46 nr. 2 bokstav a)
form-variant-mechanism-code-of-conduct = Atferdsnorm (art. 46 nr. 2 bokstav e)
form-variant-mechanism-certification = Sertifisering (art. 46 nr. 2 bokstav f)
form-variant-mechanism-authorised-clauses = Bestemmelser godkjent av tilsynsmyndigheten (art. 46 nr. 3)
form-variant-mechanism-derogation = Unntak (art. 49)
form-variant-mechanism-named = Som angitt i kilden
form-variant-mechanism-not-stated = Ikke oppgitt i kilden
form-variant-data-kind-special = Særlige kategorier (art. 9)
form-variant-data-kind-national-id = Nasjonalt identifikasjonsnummer (art. 87)
form-variant-national-id-scheme-other = Et annet nummer
tui-form-unset-pick = — ikke utfylt (Enter velger)
tui-form-unset-type = — ikke utfylt (skriv for å fylle ut)
tui-form-unset-add = — ikke utfylt (skriv, eller Enter legger til)
tui-form-items = { $n ->
    [one] 1 punkt (Enter legger til)
   *[other] { $n } punkter (Enter legger til)
}
tui-action-up = opp
tui-action-down = ned
tui-action-page-up = en side opp
tui-action-page-down = en side ned
tui-action-top = første
tui-action-bottom = siste
tui-action-open = åpne
tui-action-back = tilbake
tui-action-search = søk (org: status: has: transfer:)
tui-action-next-pane = liste / forhåndsvisning (brede terminaler)
tui-action-problems = problemer (valideringens funn)
tui-action-edit = rediger den valgte posten
tui-action-new = ny behandlingsaktivitet
tui-action-copy = kopier aktiviteten under en ny id
tui-action-new-organisation = ny virksomhet
tui-action-external-editor = åpne filen i $EDITOR
tui-action-retire = sett aktiviteten som utgått
tui-action-due = gjennomganger som forfaller, etter ansvarlig
tui-action-reviewed = merk aktiviteten som gjennomgått i dag (én commit)
tui-action-delete = slett aktiviteten
tui-action-history = aktivitetens historikk
tui-action-undo = angre øktens siste lagring
tui-action-sync = synkroniser med teamets felles repository
tui-action-reload = les inn protokollen på nytt fra disken
tui-action-help = denne hjelpen
tui-action-quit = avslutt
tui-mouse = mus
tui-mouse-does = hjulet ruller, klikk velger/åpner
tui-help-title = Taster
tui-help-close = { $first } eller { $second } lukker hjelpen
tui-help-close-scroll = { $first } eller { $second } lukker hjelpen · ↑↓ ruller
tui-read-only = skrivebeskyttet (ikke i et git-depot)
tui-loading = laster…
tui-validating = validerer…
tui-status-errors = { $n } feil
tui-status-warnings = { $n } advarsler
tui-status-acknowledged = { $n } akseptert
tui-status-keys = { $first } hjelp  { $second } avslutt
tui-file = Fil
tui-any-key-closes = en hvilken som helst tast lukker
tui-delete-title = Slett behandlingsaktivitet
tui-delete-question = Slette { $name }?
tui-delete-history = Filen fjernes i én commit; git tar vare på historikken.
tui-delete-retire = Vil du beholde den synlig som avsluttet, sett den heller som utgått (R).
tui-delete-keys = y  slett    en annen tast  behold den
tui-uncommitted-title = Endringer uten commit
tui-uncommitted-intro = Endringer uten commit, som ropa ikke har gjort:
tui-uncommitted-include = i  ta dem med i denne commiten (meldingen nevner dem)
tui-uncommitted-aside = a  legg dem til side (i git stash) og commit bare denne endringen
tui-uncommitted-cancel = Esc  avbryt; ingenting blir committet
tui-broken-file-title = Filen kan ikke committes
tui-broken-file-intro = Den ble ikke committet. Teksten din står fortsatt i filen.
tui-broken-file-reopen = r  åpne editoren igjen ved det første problemet
tui-broken-file-discard = d  forkast endringen din (filen slik den var før)
tui-broken-file-keep = k  behold filen som den er, uten commit
tui-problem-ack = aks.
tui-problem-error = feil
tui-problem-warning = adv.
tui-problems-title = Problemer — { $errors } feil, { $warnings } advarsler, { $acknowledged } akseptert
tui-problems-validating = Problemer — validerer…
tui-sync-read-only = skrivebeskyttet: ikke et git-arbeidstre, ingenting å synkronisere
tui-sync-running = Synkroniserer med teamets felles repository…
tui-sync-done = Synkronisert med { $to }: { $count } endring(er) fra teamet, { $n } sendt
tui-sync-dropped = , { $n } fjernet (finnes ikke lenger på remote)
tui-sync-forced = { " " }(tross valideringsfeil)
tui-sync-dropped-report = { $to } har ikke lenger disse commitene (fjernet der, f.eks. ved force-push). De er fjernet fra grenen din også, verken spilt av på nytt eller sendt:
tui-sync-dropped-title = Synkronisert; commits fjernet
tui-sync-stopped = Synkronisering stoppet
tui-sync-stopped-notice = Synkronisering stoppet: { $reason }
tui-searching = søker…
tui-search-hits = { $n } treff
tui-search-title = Søk — org:ID status:draft has:cpr has:special transfer:us
tui-history = Historikk
tui-history-count = { $n ->
    [one] 1 commit
   *[other] { $n } commits
}
tui-history-latest = siste { $n } commits
tui-history-none = Ingen commits berører filen ennå (den er ikke committet).
tui-history-raw = rå diff
tui-history-changes = endringer
tui-history-added = fil lagt til
tui-history-changed = fil endret
tui-history-removed = fil fjernet
tui-history-no-field = Ingen felt endret (bare formatering eller kommentarer); r viser den rå diffen.
tui-history-record = post
tui-history-no-text = (ingen tekstendring)
tui-history-loading = Leser historikken…
tui-history-loading-changes = Leser hva denne commiten endret…
tui-form-new = Ny
tui-form-edit = Rediger
tui-form-changed = endret
tui-leave-title = Endringer er ikke lagret
tui-leave-intro = Posten har endringer som ikke er lagret.
tui-leave-save = s  lagre og forlat
tui-leave-discard = d  forkast endringene og forlat
tui-keep-editing = Esc  fortsett redigeringen
tui-conflict-title = Endret av en annen
tui-conflict-changed = er endret på disken eller i git siden du åpnet skjemaet.
tui-conflict-removed = er fjernet siden du åpnet skjemaet.
tui-conflict-kept = Endringen din er bevart. Velg:
tui-conflict-merge = m  flett: legg de endrede feltene dine oppå den nye versjonen
tui-conflict-reload = r  last inn den nye versjonen (endringen din forkastes)
tui-conflict-overwrite = o  overskriv likevel med din versjon
tui-conflict-now = Nå på disken:
tui-form-uncommitted-aside = a  legg dem til side (i git stash) og lagre bare endringen din
tui-form-uncommitted-cancel = Esc  avbryt; endringen din er bevart
tui-reloaded = Lest inn på nytt fra disken.
tui-reloading = Leser inn på nytt…
tui-reloaded-outside = Lest inn på nytt: endret utenfor ropa
tui-left-form = Skjemaet er forlatt; ingenting lagret.
tui-no-changes = Ingen endringer; ingenting committet.
tui-no-change-editor = Ingen endring i editoren; ingenting committet.
tui-changed-outside = Endret utenfor ropa; leser inn på nytt…
tui-not-deleted = Ikke slettet.
tui-cancelled = Avbrutt; ingenting ble committet.
tui-still-loading = Protokollen lastes fortsatt; prøv igjen om et øyeblikk.
tui-nothing-to-undo = Ingenting å angre: ingen lagringer i denne økten.
tui-read-only-short = skrivebeskyttet: protokollen ligger ikke i et git-depot, så endringer kan ikke committes. Gjør mappen til et for å redigere: git init; git add -A; git commit -m "Protokoll"

## No register at the given path
tui-empty-title = Ingen protokoll her
tui-empty-folder = Mappe:
tui-empty-missing = Det finnes ingenting på denne stien.
tui-empty-file = Dette er en fil, ikke en mappe.
tui-empty-empty = Mappen er tom.
tui-empty-other = Mappen inneholder { $n ->
    [one] én fil eller mappe
   *[other] { $n } filer og mapper
}, men ingen organisasjonsmappe (<id>/organisation.ron).
tui-empty-marker-only = Mappen er merket som protokoll (ropa.ron), men har ennå ingen organisasjonsmappe ({ $n ->
    [one] ett element
   *[other] { $n } elementer
}).
tui-empty-git = I git-depotet { $path }.
tui-empty-no-git = Ikke i et git-depot.
tui-empty-what-to-do = Hva du kan gjøre
tui-empty-open-nearby = det ligger en protokoll under den: ropa --registry { $path } ({ $n ->
    [one] én organisasjon
   *[other] { $n } organisasjoner
})
tui-empty-init = ropa init { $path } oppretter en protokoll her som git-depot med en eksempelorganisasjon.
tui-empty-init-in-repo = mappen ligger i et git-depot: opprett en organisasjonsmappe her (<id>/organisation.ron; `ropa init` i en tom mappe viser et eksempel), og commit den.
tui-empty-init-elsewhere = ropa init skriver bare i en ny eller tom mappe: kjør `ropa init NY-MAPPE`, eller oppgi mappen med organisasjonsmappene med --registry.
tui-empty-give-folder = oppgi mappen med organisasjonsmappene: ropa --registry MAPPE
tui-empty-watching = ropa følger med på mappen: en protokoll som opprettes her, vises uten omstart. q avslutter.


## Finding messages

finding-ack-001-expired = aksepten av { $rule } utløp { $expires }; gå gjennom funnet på nytt, og forny aksepten eller rett feilen
finding-ack-002-elsewhere = aksepten av { $rule }{ $place } dekker bare verdien som er skrevet akkurat der, og funnet er ved `{ $field }` ({ $finding }); aksepter hver feil verdi på dens eget sted
finding-ack-002-kind-changed = aksepten av { $rule }{ $place } dekker et funn { $was }, men funnet der gjelder nå { $now } ({ $finding }): funnet har endret seg; gå gjennom det, og rett det eller aksepter på nytt med kind: Some({ $kind })
finding-ack-002-no-kind = aksepten av { $rule }{ $place } har ingen kind og dekker derfor bare en manglende verdi, men funnet der gjelder den skrevne verdien ({ $finding }); gå gjennom det, og rett det eller aksepter med kind: Some({ $kind })
finding-ack-002-no-match = aksepten av { $rule }{ $place } passer ikke på noe funn; fjern den
finding-ack-002-no-place-many = aksepten av { $rule } dekker en skrevet verdi (kind: Some(Invalid)), men nevner ikke noe sted og dekker derfor ingenting: angi stedet den dekker med at: Some("…") ({ $places })
finding-ack-002-no-place-no-match = aksepten av { $rule } dekker en skrevet verdi (kind: Some(Invalid)), men nevner ikke noe sted og dekker derfor ingenting: den passer ikke på noe funn; fjern den
finding-ack-002-no-place-one = aksepten av { $rule } dekker en skrevet verdi (kind: Some(Invalid)), men nevner ikke noe sted og dekker derfor ingenting: legg til at: Some("{ $place }")
finding-ack-002-place-gone = aksepten av { $rule } nevner `{ $at }`, som posten ikke har (et element som er omdøpt eller fjernet); gå gjennom funnet på nytt
finding-ack-002-unknown-rule = aksepten nevner den ukjente regelen `{ $rule }`
finding-act-001-no-data-categories = ingen kategori av personopplysninger er registrert (art. 30 nr. 1 bokstav c)
finding-act-001-no-data-subjects = ingen kategori av registrerte er registrert (art. 30 nr. 1 bokstav c)
finding-act-001-no-purpose = ikke noe formål registrert (art. 30 nr. 1 bokstav b)
finding-act-002-no-recipients = ingen mottakere er registrert; angi dem, eller sett recipients_none: true hvis ingen mottar opplysningene
finding-act-002-none-but-listed = recipients_none er satt, men det er oppgitt mottakere
finding-act-003-no-basis = formålet `{ $id }` har ikke noe behandlingsgrunnlag etter art. 6 nr. 1
finding-act-003-no-letter = grunnlaget viser bare til `{ $cited }` uten en bokstav i art. 6 nr. 1
finding-act-004-not-a-basis = viser til art. { $art }, som ikke er et behandlingsgrunnlag; flytt henvisningen til notater
finding-act-005-collective-agreement = law_ref `{ $law }` er en tariffavtale, ikke EU-rett eller nasjonal rett: art. 6 nr. 1 bokstav { $letter } krever en forpliktelse eller oppgave fastsatt i EU-rett eller nasjonal rett (art. 6 nr. 3); vis til loven (lov, forskrift, § …), eller bruk et annet grunnlag
finding-act-005-names-no-law = law_ref `{ $law }` nevner ingen lov: art. 6 nr. 1 bokstav { $letter } krever en forpliktelse eller oppgave fastsatt i EU-rett eller nasjonal rett (art. 6 nr. 3); vis til loven (lov, forskrift, § …), eller bruk et annet grunnlag
finding-act-005-no-law-ref = art. 6 nr. 1 bokstav { $letter } uten law_ref: angi EU-retten eller den nasjonale retten grunnlaget bygger på (art. 6 nr. 3)
finding-act-005-no-legitimate-interest = art. 6 nr. 1 bokstav f uten den berettigede interessen som forfølges (art. 13 nr. 1 bokstav d)
finding-act-005-private-task = art. 6 nr. 1 bokstav e påberopes av en virksomhet som ikke er en offentlig myndighet, uten en law_ref som pålegger oppgaven
finding-act-006-authority-legitimate-interest = en offentlig myndighet bruker berettigede interesser som grunnlag for et formål som ikke er merket outside_public_tasks
finding-act-007-no-security = ingen sikkerhetstiltak beskrevet her eller på virksomheten (art. 30 nr. 1 bokstav g)
finding-act-008-no-source = `{ $id }` samles ikke inn fra den registrerte, men ingen kilde er oppgitt (art. 14 nr. 2 bokstav f)
finding-act-009-no-ground = det treffes automatiserte avgjørelser uten et grunnlag i art. 22 nr. 2 bokstav a-c
finding-act-009-not-recorded = det er ikke registrert om det treffes automatiserte avgjørelser eller foretas profilering (art. 22)
finding-act-010-no-screening = { $n } kriterier fra WP248 er oppfylt ({ $list }), men det er ikke registrert noen vurdering av behovet for en vurdering av personvernkonsekvenser (gjennomført, planlagt eller ikke nødvendig med begrunnelse)
finding-act-011-no-lia = behandlingen bygger på berettigede interesser (art. 6 nr. 1 bokstav f), men det er ikke lenket til noen interesseavveiing (lia_ref)
finding-cns-001-no-withdrawal = samtykke er et grunnlag, men det er ikke registrert noen consent.withdrawal_process for tilbaketrekking (art. 7 nr. 3)
finding-cns-002-employees = samtykke er et grunnlag, og de registrerte omfatter `{ $name }` (ansatte): på grunn av den skjeve maktbalansen mellom arbeidsgiver og arbeidstaker er samtykke sjelden frivillig (art. 7 nr. 4, fortalepunkt 43, art. 88; EDPBs retningslinjer 05/2020 om samtykke, punkt 21-24); bruk et annet grunnlag med mindre et avslag ikke har noen konsekvenser i det hele tatt
finding-cns-003-child = samtykke til en informasjonssamfunnstjeneste er et grunnlag, og de registrerte omfatter `{ $name }`: under { $age } må samtykket gis eller godkjennes av den som har foreldreansvaret, og det må gjøres rimelige anstrengelser for å kontrollere det (art. 8 nr. 1-2); beskriv i consent.how_given hvordan alder kontrolleres og hvordan foreldre samtykker
finding-country-did-you-mean = `{ $written }` er ikke en landkode etter ISO 3166-1 alpha-2; mente du `{ $code }` ({ $country })?
finding-country-not-alpha2 = `{ $written }` er ikke en landkode etter ISO 3166-1 alpha-2; skriv koden med to bokstaver, f.eks. `US`, `GB`, `JP`
finding-country-user-assigned = `{ $written }` er ikke en landkode etter ISO 3166-1 alpha-2; det er en brukertildelt kode, som ikke betegner noe land
finding-date-001-not-date = `{ $date }` er ikke en dato på formen ÅÅÅÅ-MM-DD
finding-gap-001-field-not-stated = `{ $field }` er ikke oppgitt i kilden
finding-gap-001-field-not-stated-note = `{ $field }` er ikke oppgitt i kilden: { $note }
finding-gap-001-not-stated = ikke oppgitt i kilden
finding-gap-001-not-stated-note = ikke oppgitt i kilden: { $note }
finding-gap-002-given = `{ $field }` er registrert som ikke oppgitt i kilden, men posten angir den: fjern linjen, eller verdien hvis kilden ikke oppgir den
finding-gap-002-no-field = en not_stated-linje nevner ikke noe felt
finding-gap-002-no-item = `{ $path }`: posten har ikke `{ $name }[{ $index }]`
finding-gap-002-no-such-field = `{ $path }`: { $record } har ikke noe felt `{ $name }`
finding-gap-002-no-such-field-near = `{ $path }`: { $record } har ikke noe felt `{ $name }`; mente du `{ $near }`?
finding-gap-002-not-a-list = `{ $path }`: `{ $name }` er ikke en liste
finding-gap-002-not-a-path = `{ $path }` er ikke en feltsti (skriv f.eks. `recipients[0].country`)
finding-gap-002-own-identifier = `{ $field }` er protokollens egen identifikator, ikke en opplysning som en kilde gir: angi den, slik filnavnet og henvisningene krever
finding-gap-002-twice = `{ $field }` står som ikke oppgitt mer enn én gang
finding-org-001-bad-email = `{ $value }` er ikke en gyldig e-postadresse
finding-org-001-bad-phone = `{ $value }` kan ikke leses som et telefonnummer (E.164)
finding-org-001-no-address = virksomheten har ingen postadresse
finding-org-001-no-contact = virksomheten har verken kontakt-e-post eller telefon
finding-org-001-no-name = virksomheten har ikke noe navn
finding-org-002-dk-has-orgnr = dansk virksomhet med et norsk nummer; forventet Cvr("…")
finding-org-002-dk-no-cvr = dansk virksomhet uten CVR-nummer
finding-org-002-modulus = { $what } `{ $raw }` består ikke modulus 11-kontrollen ({ $len } sifre, vekter { $weights })
finding-org-002-no-has-cvr = norsk virksomhet med et CVR-nummer; forventet NoOrgnr("…")
finding-org-002-no-no-orgnr = norsk virksomhet uten organisasjonsnummer
finding-org-002-not-digits = { $what } `{ $raw }` er ikke et tall på { $len } sifre
finding-org-002-placeholder = { $what } `{ $raw }` er en plassholder ({ $class }), ikke et ekte nummer; registrer virksomhetens ekte nummer
finding-org-002-punctuation-invalid = { $what } `{ $raw }` er skrevet med mellomrom eller tegn; skriv det bare med sifre: `{ $digits }`, som ikke består modulus 11-kontrollen (vekter { $weights })
finding-org-002-punctuation-valid = { $what } `{ $raw }` er skrevet med mellomrom eller tegn; skriv det bare med sifre: `{ $digits }`, som består modulus 11-kontrollen
finding-org-003-authority-needs-dpo = en offentlig myndighet må utpeke et personvernombud og offentliggjøre e-post eller telefon (art. 37 nr. 1 bokstav a og nr. 7)
finding-org-003-designated-unreachable = det er utpekt et personvernombud, men ingen e-post eller telefon til personvernombudet er registrert
finding-org-004-no-representative = etablert i { $country }, og art. 3 nr. 2 får anvendelse, men det er verken registrert en representant i EU/EØS (art. 27) eller art27_2_exemption
finding-org-005-no-arrangement = den felles behandlingsansvarlige `{ $org }` mangler arrangement_ref (ordning etter art. 26)
finding-org-005-unknown = den felles behandlingsansvarlige `{ $org }` er ikke en virksomhet i denne protokollen
finding-org-006-no-controllers = databehandlerprotokoll uten de behandlingsansvarlige det behandles på vegne av (art. 30 nr. 2 bokstav a)
finding-org-006-no-processing = ingen kategorier av behandling utført for denne behandlingsansvarlige (art. 30 nr. 2 bokstav b)
finding-org-006-unidentified = den behandlingsansvarlige `{ $name }` er ikke identifisert med navn og kontaktopplysninger (art. 30 nr. 2 bokstav a)
finding-prc-001-no-dpa = databehandleren `{ $id }` har ingen dpa_ref (databehandleravtale, art. 28 nr. 3)
finding-prc-001-no-sub-processors = databehandleren `{ $id }` har ingen liste over underdatabehandlere: registrer dem, eller at den ikke bruker noen
finding-prc-002-processor-states-bases = en databehandlerprotokoll angir behandlingsgrunnlag: dem fastsetter den behandlingsansvarlige (art. 28 nr. 10); kontroller rollene
finding-prc-002-two-roles = `{ $name }` opptrer både som { $first } og som { $second } i denne behandlingen; registrer flytene hver for seg
finding-ret-001-no-rule = ingen slettefrist: angi en periode, en hendelsesbasert regel eller kriteriene (art. 30 nr. 1 bokstav f, 13 nr. 2 bokstav a)
finding-ret-001-not-possible-incomplete = NotPossible krever både en begrunnelse og kriteriene
finding-ret-002-vague = uklar slettefrist: "{ $text }"
finding-ret-003-justification-says-nothing = lagres uten tidsgrense, og begrunnelsen "{ $justification }" sier ikke hvorfor: vis til loven som krever det, eller til formålet arkivering, forskning eller statistikk (art. 89, arkivlova)
finding-ret-003-no-justification = lagres uten tidsgrense og uten begrunnelse (lov, arkivlov, art. 89)
finding-ret-004-not-duration = `{ $period }` er ikke en ISO 8601-varighet som P30D, P5Y eller P6M
finding-ret-004-unknown-event = hendelsen "{ $event }" er ikke i det faste ordforrådet (DeathOfDataSubject, EndOfMembership, ...)
finding-ret-004-up-to = teksten sier "opp til"; sett bound: Max
finding-ret-005-category-uncovered = kategorien av personopplysninger `{ $id }` har ingen slettefrist
finding-ret-005-conflict = slettefristene `{ $first }` og `{ $second }` gir ulike faste perioder for `{ $category }`
finding-ret-005-subjects-uncovered = gruppen av registrerte `{ $id }` har ingen slettefrist
finding-ret-006-over-100-years = `{ $period }` er mer enn 100 år; en skrivefeil, eller varig lagring som bør være Indefinite med sin begrunnelse (art. 5 nr. 1 bokstav e)
finding-ret-006-zero-statutory = `{ $period }` er null, men en lov krever at opplysningene lagres; angi lovens periode
finding-ret-007-text-disagrees = teksten ("{ $text }") angir { $states }, men verdien er `{ $period }`; en av dem er feil
finding-rev-001-stale = sist gjennomgått { $date }, for mer enn et år siden
finding-rev-001-stale-interval = sist gjennomgått { $date }; med gjennomgang hver { $months }. måned skulle den neste vært gjort { $due }
finding-rev-003-interval = review_interval_months er { $months }; skriv et helt antall måneder fra 1 til 120
finding-rev-002-future = last_reviewed { $date } ligger etter i dag ({ $today }); en gjennomgangsdato i framtiden skjuler når posten faktisk ble gjennomgått
finding-spc-001-no-condition = særlige kategorier av personopplysninger `{ $id }` uten et vilkår i art. 9 nr. 2 eller en nasjonal bestemmelse
finding-spc-002-no-authorisation = opplysninger om straffedommer og lovovertredelser `{ $id }` uten hjemmel etter art. 10 (offentlig myndighet, DBL § 8 eller POL § 11)
finding-spc-003-no-s11 = CPR-numre (`{ $id }`) uten henvisning til databeskyttelseslovens § 11 i national_id_bases ({ $expected } forventes for { $body })
finding-spc-003-no-s11-cited = CPR-numre (`{ $id }`) uten henvisning til databeskyttelseslovens § 11 i national_id_bases ({ $expected } forventes for { $body }); `{ $provision }` er ikke databeskyttelseslovens § 11
finding-spc-003-published = CPR-numre må ikke offentliggjøres uten samtykke (DBL § 11, stk. 3)
finding-spc-003-wrong-stk = CPR-grunnlaget `{ $provision }` viser til § 11, stk. { $stk }, men { $bodies } skal bruke § 11, stk. { $want }
finding-spc-004-no-basis = fødselsnummer (`{ $id }`) uten et grunnlag i personopplysningsloven § 12 med begrunnelse (saklig behov for sikker identifisering)
finding-spc-005-unflagged = `{ $id }` nevner "{ $word }", som tyder på { $what }, men typen er { $kind }
finding-spc-006-cpr = teksten inneholder en verdi som ligner et CPR-nummer ({ $masked })
finding-spc-006-fnr = teksten inneholder et gyldig norsk fødselsnummer ({ $masked })
finding-spc-007-cannot-carry = `{ $provision }` kan ikke bære særlige kategorier av personopplysninger: opplysninger etter art. 9 nr. 1 krever et vilkår i art. 9 nr. 2 bokstav a-j eller en bestemmelse gitt med hjemmel i det (DK: databeskyttelsesloven § 7, § 10 eller § 12; NO: personopplysningsloven § 6, § 7 eller § 9); en sektorlov krever bokstaven i art. 9 nr. 2 den gjennomfører, i article9
finding-spc-008-cannot-authorise = `{ $provision }` kan ikke gi hjemmel for opplysninger om straffedommer og lovovertredelser: art. 10 krever offentlig myndighet eller en bestemmelse som gir hjemmel for behandlingen (DK: databeskyttelsesloven § 8, eller § 10 for statistikk og forskning; NO: personopplysningsloven § 11)
finding-str-001-id-twice = id `{ $id }` ({ $what }) er brukt to ganger (også { $list }[{ $first }])
finding-str-001-org-number-twice = organisasjonsnummeret { $number } er også oppgitt av virksomheten `{ $first }`
finding-str-002-not-defined = { $kind } `{ $id }` er ikke definert
finding-str-002-sub-processor = underdatabehandleren `{ $id }` er ikke en mottaker hos denne virksomheten
finding-str-003-folder = virksomhets-id `{ $id }` avviker fra mappen `{ $folder }`
finding-str-004-file-name = behandlings-id `{ $id }` avviker fra filnavnet `{ $stem }.ron`
finding-str-004-not-slug = id `{ $id }` ({ $what }) er ikke en slug ([a-z0-9-]+)
finding-xfr-001-no-destination = overføringen `{ $id }` nevner verken et land (ISO 3166-1) eller en internasjonal organisasjon
finding-xfr-001-no-destination-source = overføringen `{ $id }` nevner verken et land (ISO 3166-1) eller en internasjonal organisasjon (kilden sier: "{ $source }")
finding-xfr-002-no-safeguard = overføringen `{ $id }` til { $country } har verken en adekvansbeslutning eller en strukturert garanti (standardkontraktsbestemmelser med beslutning og modul, BCR, instrument etter art. 46 eller unntak etter art. 49)
finding-xfr-002-scc-incomplete = standardkontraktsbestemmelser uten beslutning (f.eks. "2021/914") og modul (1-4)
finding-xfr-003-invalid = overføringen `{ $id }` bygger på { $why }
finding-xfr-004-dpf-not-us = EU-US Data Privacy Framework dekker bare overføringer til USA
finding-xfr-004-dpf-unverified = mottakeren `{ $rid }` krever dpf_certified: true med dpf_verified_on innenfor de siste 12 månedene
finding-xfr-005-public-authority = en offentlig myndighet som utøver offentlig myndighet, kan ikke bruke art. 49 nr. 1 bokstav a-c eller annet ledd (art. 49 nr. 3)
finding-xfr-005-regular = unntak etter art. 49 kan ikke brukes til regelmessige eller systematiske overføringer
finding-xfr-005-second-subparagraph = art. 49 nr. 1 annet ledd krever safeguards_documentation og sa_notified: true
finding-xfr-006-no-country = mottakeren `{ $id }` har ikke noe land; en overføring til et tredjeland kan ikke utelukkes
finding-xfr-006-outside-eea = mottakeren `{ $id }` er i { $country } utenfor EU/EØS, men behandlingen oppgir ingen overføring
finding-xfr-007-dpf-recheck = mottakeren `{ $rid }` sin DPF-sertifisering ble kontrollert { $verified }, for mer enn seks måneder siden; beslutning { $decision } av { $adopted } er anket (C-703/25 P), så kontroller sertifiseringen og sakens stilling på nytt
finding-xfr-007-ends = adekvansbeslutning { $decision } av { $adopted } for { $destination } utløper { $until }
finding-xfr-007-not-in-eea = adekvansbeslutning { $decision } av { $adopted } er ennå ikke innlemmet i EØS-avtalen; en behandlingsansvarlig i { $country } kan ikke bygge på den
finding-xfr-009-stale-mention = overføringen `{ $id }` nevner også { $why }; den bygger på et gyldig overføringsgrunnlag, så fjern den utdaterte omtalen

finding-word-a-private-body = en privat virksomhet
finding-word-a-public-authority = en offentlig myndighet
finding-word-about-missing = om en manglende verdi
finding-word-about-written = om den skrevne verdien
finding-word-age-dk = 13 år i Danmark (databeskyttelsesloven § 6, stk. 2)
finding-word-age-no = 13 år i Norge (personopplysningsloven § 5)
finding-word-age-other = 16 år, med mindre nasjonal rett fastsetter 13-15 år (art. 8 nr. 1)
finding-word-at-place = ved `{ $place }`
finding-word-criterion-national-id = fødselsnummer eller annet identifikasjonsnummer
finding-word-criterion-special = særlige kategorier av personopplysninger eller opplysninger om straffedommer
finding-word-criterion-vulnerable = sårbare registrerte
finding-word-cvr = CVR-nummer
finding-word-old-scc = gamle standardkontraktsbestemmelser (opphevet ved beslutning (EU) 2021/914; overgangsperioden endte 27. desember 2022)
finding-word-or = eller
finding-word-orgnr = organisasjonsnummer
finding-word-placeholder-ascending = en stigende rekke sifre
finding-word-placeholder-block = en kort blokk sifre gjentatt
finding-word-placeholder-descending = en synkende rekke sifre
finding-word-placeholder-nearly-repeated = alle sifre unntatt ett er like
finding-word-placeholder-repeated = det samme sifferet gjentatt
finding-word-placeholder-run-check = en rekke sifre etterfulgt av kontrollsifferet
finding-word-privacy-shield = Privacy Shield (kjent ugyldig av EU-domstolen i C-311/18 Schrems II, 16. juli 2020)
finding-word-private-bodies = private virksomheter
finding-word-public-authorities = offentlige myndigheter
finding-word-record-activity = en behandlingspost
finding-word-record-organisation = en virksomhetspost
finding-word-safe-harbour = Safe Harbour (kjent ugyldig av EU-domstolen i C-362/14 Schrems I, 6. oktober 2015)
finding-word-suggests-criminal = opplysninger om straffedommer og lovovertredelser (art. 10)
finding-word-suggests-national-id = et fødselsnummer eller annet identifikasjonsnummer
finding-word-suggests-special = særlige kategorier av personopplysninger (art. 9)
finding-word-thing-activity = behandling
finding-word-thing-data-category = kategori av personopplysninger
finding-word-thing-data-subject = kategori av registrerte
finding-word-thing-organisation = virksomhet
finding-word-thing-purpose = formål
finding-word-thing-recipient = mottaker
finding-word-thing-recipient-define = mottaker (definer den under virksomhetens mottakere)
finding-word-thing-retention-rule = slettefrist
finding-word-thing-system = system
finding-word-thing-transfer = overføring
finding-word-unnamed-country = et ikke navngitt land

## Export and import wording
## The phrases of the spreadsheet and document layouts (src/register/export/layout.rs),
## read back by the import in every language.
export-website = Nettsted: { $value }
export-other-contact = Annen kontakt: { $value }
export-art3-2 = Art. 3 nr. 2 gjelder (etablert utenfor EU/EØS)
export-art27-2 = Unntatt fra kravet om representant (art. 27 nr. 2): { $value }
export-description = Beskrivelse: { $value }
export-recipients-none = Ingen: aktiviteten utleverer ikke personopplysninger til noen
export-no-agreement = ingen databehandleravtale registrert
export-org-default = Organisasjonens standard: { $value }
export-security-ref = Sikkerhetsdokumentasjon: { $value }
export-org-security-ref = Organisasjonens sikkerhetsdokumentasjon: { $value }
export-organisation = Organisasjonen: { $value }
export-provision-requirement = Krav i lov eller avtale: { $value }
export-wp248 = WP248-kriterier: { $value }
export-org-notes = Organisasjonens merknader: { $value }
export-org-sources = Organisasjonens kilder: { $value }
export-other-recipients = Andre mottakere som organisasjonen har oppgitt: { $value }
export-other-systems = Organisasjonens andre systemer: { $value }
export-record-files = Filer i protokollen: { $value }
export-record-file = Fil i protokollen: { $value }
export-no-activity = Det er ikke registrert noen behandlingsaktivitet for denne organisasjonen.
retention-not-possible-sentence = det kan ikke angis en lagringstid, årsak: { $reason } Kriterier: { $criteria }

## Problems and search
tui-problems-n-errors = { $n } feil
tui-problems-n-warnings = { $n ->
    [one] { $n } advarsel
   *[other] { $n } advarsler
}
tui-problems-n-acknowledged = { $n } akseptert
tui-problems-heading = Problemer — { $what }
tui-problems-none = ingen funn
tui-problems-only-errors = bare feil
tui-problems-only-warnings = bare advarsler
tui-problems-only-acknowledged = bare aksepterte
tui-problems-only-rule = regel { $rule }
tui-problems-org-record = Organisasjonens egne opplysninger
tui-problems-keys = e feil · w advarsler · a aksepterte · r regel · Enter åpne
tui-problems-none-shown = Ingen funn passer til filteret (e, w, a og r endrer det).
tui-problems-every-rule = Alle regler
tui-problems-rule-picker = Regel

## Form sections and navigation

tui-form-section-identity = Identitet
tui-form-section-purposes = Formål og behandlingsgrunnlag
tui-form-section-subjects = Registrerte og opplysninger
tui-form-section-recipients = Mottakere og overføringer
tui-form-section-retention = Lagring
tui-form-section-security = Sikkerhet
tui-form-section-review = Gjennomgang
tui-form-section-org-identity = Identitet og kontakt
tui-form-section-org-dpo = Personvernombud og representant
tui-form-section-org-recipients = Mottakere
tui-form-section-org-security = Sikkerhet som standard
tui-form-section-fields = { $count ->
    [one] 1 felt
   *[other] { $count } felt
}
tui-form-section-problems = { $count ->
    [one] 1 problem
   *[other] { $count } problemer
}
tui-form-find-title = Gå til felt
tui-form-find-keys = skriv for å avgrense · Enter gå · Esc lukk
tui-pick-several = Kryss av { $what }
tui-hint-save-leave = lagre og lukk
tui-hint-discard-leave = forkast og lukk
tui-hint-keep-editing = fortsett å redigere
tui-hint-merge = flett
tui-hint-reload = last inn på nytt
tui-hint-overwrite = overskriv
tui-hint-include = ta dem med
tui-hint-set-aside = legg dem til side
tui-hint-back-to-form = tilbake til skjemaet
tui-hint-jump = gå dit
tui-hint-choose = velg
tui-hint-clear-query = tøm
tui-hint-close = lukk
tui-hint-tick = kryss av
tui-hint-keep-ticked = behold avkryssede
tui-hint-pick = velg
tui-hint-cancel = avbryt
tui-hint-save = lagre
tui-hint-leave = forlat
tui-hint-fold = fold sammen
tui-hint-unfold = fold ut
tui-hint-fold-others = fold de andre sammen
tui-hint-pick-several = velg flere
tui-hint-add-item = legg til
tui-hint-clear = tøm feltet
tui-hint-delete-word = slett ord
tui-hint-new-line = ny linje
tui-hint-switch = bytt
tui-hint-set = fyll ut
tui-hint-remove-item = fjern punkt
tui-hint-move-item = flytt punkt
tui-hint-clear-field = tøm
tui-hint-find-field = gå til felt
tui-hint-section = del
tui-form-remove-item-where = Et punkt fjernes innenfra punktet: gå inn i punktet i listen først
tui-form-section-typed = En overskrift for en del: Enter eller mellomrom folder den; ↓ går til feltene

## Keys and status

tui-context-organisations = organisasjoner
tui-context-activities = behandlingsaktiviteter
tui-context-detail = behandlingsaktivitet
tui-context-problems = problemer
tui-context-history = historikk
tui-context-search = søk
tui-context-help = hjelp
tui-context-confirm = spørsmål
tui-context-form = skjema
tui-action-raw = endringer i ord / rå diff
tui-key-not-here = { $name } ({ $what }) gjelder ikke her
tui-help-typing = abc
tui-help-typing-search = skriv søket (org: status: has: transfer:)
tui-help-closes = { $first }, { $second } eller { $value } lukker hjelpen
tui-help-closes-scroll = { $first }, { $second } eller { $value } lukker hjelpen · ↑↓ ruller
tui-bar-move = flytt
tui-bar-open = åpne
tui-bar-back = tilbake
tui-bar-search = søk
tui-bar-next-pane = forhåndsvisning
tui-bar-raw = rå diff
tui-bar-problems = problemer
tui-bar-edit = rediger
tui-bar-new = ny
tui-bar-copy = kopier
tui-bar-new-organisation = ny org.
tui-bar-external-editor = $EDITOR
tui-bar-retire = utgått
tui-bar-due = forfall
tui-bar-reviewed = gjennomgått
tui-bar-delete = slett
tui-bar-history = historikk
tui-bar-undo = angre
tui-bar-sync = synk
tui-bar-reload = last på nytt
tui-bar-quit = avslutt
tui-bar-help = hjelp
tui-bar-close = lukk
tui-bar-scroll = rull
tui-bar-query = skriv for å søke
tui-bar-confirm = bekreft
tui-bar-cancel = avbryt
tui-bar-pick = velg
tui-bar-save = lagre
tui-bar-leave = forlat
tui-bar-field = felt
tui-bar-pick-add = velg/legg til
tui-bar-add-item = legg til
tui-bar-remove = fjern
tui-bar-move-item = flytt punkt
tui-bar-new-line = ny linje
tui-bar-ten-fields = 10 felt
tui-bar-keep = behold
tui-bar-set-aside = legg til side
tui-bar-include = ta med
tui-bar-reopen = åpne editor igjen
tui-bar-discard = forkast
tui-count-errors = { $n } feil
tui-count-warnings = { $n ->
    [one] { $n } advarsel
   *[other] { $n } advarsler
}
tui-count-acknowledged = { $n ->
    [one] { $n } akseptert
   *[other] { $n } aksepterte
}
tui-count-due = { $n } forfaller
tui-confirm-report-keys = Enter eller Esc lukker
tui-confirm-delete-keys = Enter (eller y)  slett    Esc (eller n)  behold den
tui-confirm-aside = Enter (eller a)  legg dem til side (i git stash) og commit bare denne endringen
tui-confirm-reopen = Enter (eller r)  åpne editoren igjen ved det første problemet
tui-confirm-keep = Esc (eller k)  behold filen som den er, uten commit
tui-saved = Lagret { $id }: { $text }
tui-saved-aside = Lagret { $id }: { $text } · endringene uten commit ligger i `git stash list`
tui-undone = Angret med { $id }: { $text }
tui-undone-aside = Angret med { $id }: { $text } · endringene uten commit ligger i `git stash list`
tui-saving = Lagrer… (taster du trykker på nå, får virkning når det er ferdig)
tui-undoing = Angrer… (taster du trykker på nå, får virkning når det er ferdig)
tui-not-saved = Ikke lagret: { $reason }
tui-not-saved-kept = Ikke lagret: { $reason }. Alt du har skrevet, er tatt vare på.
tui-not-saved-conflict = Ikke lagret, ingenting gjort: { $path } er endret siden den ble lastet; laster på nytt — prøv igjen
tui-already-retired = { $name } er allerede avsluttet
tui-due-done = gjennomgått i dag
tui-held-not-applied = ikke brukt, siden skjermen endret seg: “{ $text }”
tui-retired-not-reviewed = { $name } er avsluttet: avsluttede aktiviteter beholdes som de var og gjennomgås ikke
tui-already-reviewed = { $name } er allerede merket som gjennomgått { $date }
tui-due-title = Gjennomganger som forfaller — { $overdue ->
    [one] { $overdue } forsinket
   *[other] { $overdue } forsinkede
}, { $soon } innen { $days } dager
tui-next-review = Neste gjennomgang
tui-next-review-on = { $date } (hver { $months }. måned)
tui-next-review-now = nå: aldri gjennomgått (deretter hver { $months }. måned)
tui-not-parsed = { $path } kan ikke leses; { $name } åpner den i editoren din ved feilen
tui-history-failed = Historikk: { $reason }
tui-edit-discarded = { $path }: endringen din er forkastet
tui-edit-discarded-head = { $path }: endringen din er forkastet; filen er som i siste commit (den ble committet igjen mens editoren din var åpen)
tui-left-as-written = { $path } er latt være slik du skrev den, uten commit; rett den og trykk { $name }
tui-form-changed-outside = { $path } er endret utenfor ropa mens du redigerer den. Alt du har skrevet, er tatt vare på; når du lagrer, blir du spurt om endringene skal flettes, lastes på nytt eller overskrives.
tui-form-register-changed = Registeret er endret utenfor ropa og lastet på nytt. Alt du har skrevet, er tatt vare på.
tui-hook-stopped = Git-hooken { $name } stoppet lagringen
tui-not-signed = Commiten kunne ikke signeres
tui-not-saved-see-message = Ikke lagret: se meldingen (Esc lukker den). Alt du har skrevet, er tatt vare på.
tui-not-saved-new-errors = Ikke lagret: endringen ville legge til { $n } feil; se nedenfor. Alt du har skrevet, er tatt vare på.
tui-disk-version-broken = Versjonen på disken kan ikke leses ({ $reason }); endringen din er tatt vare på
tui-merged = Feltene du endret, er lagt på den nye versjonen; sjekk dem, og lagre
tui-merged-both-changed = Flettet. Begge versjonene har endret { $fields }: din er beholdt og erstatter den andre (i parentes) når du lagrer
tui-restored = Ingenting å committe: { $files } er som i siste commit igjen; det som lå der, er tatt vare på i `git stash list`

## Screen keys outside the key table
tui-own-problems-filter = feil/advarsler/aksepterte
tui-own-problems-rules = etter regel
tui-own-detail-sections = gå til avsnitt
tui-own-search-edit = tøm / slett ord

## Attack fixes

cli-export-unknown-org = feil: ingen organisasjon med id `{ $id }` i protokollen (id-er: { $known })
cli-export-no-status = merk: ingen aktivitet har den ønskede statusen; eksporten inneholder ingen oppføringer
cli-log-since-not-date = feil: --since { $since }: ikke en dato (ÅÅÅÅ-MM-DD)
cli-sample-created = Opprettet eksempelprotokollen i { $path } (et git-depot).
cli-settings-ignored = advarsel: { $problem } (protokollens innstillinger ignoreres)

## Detail view notes
tui-detail-does-not-parse = kan ikke leses
tui-detail-not-in-register = Ikke i protokollen
tui-detail-gone-activity = Aktiviteten { $id }
tui-detail-gone-organisation = Organisasjonen { $id }
tui-detail-gone = { $what } er ikke lenger i protokollen.
tui-detail-gone-why = Den er slettet eller gitt nytt navn, her eller utenfor ropa (en git pull, en checkout).
tui-detail-goes-back = { $key } går tilbake

## Picker hints
tui-picker-hint-tick = Mellomrom merker · Enter beholder · Esc lar det være som det var
tui-picker-hint-none = ↑↓ eller skriv for å velge · Esc lar det være som det var
tui-picker-hint-choose = Enter velger · Esc lar det være som det var

## Typing where no text goes
tui-form-bool-typed = { $field } er ja eller nei: mellomrom eller Enter bytter
tui-form-no-text-typed = { $field } har ingen tekst å skrive i

## Keys (stop 22)
tui-context-organisation = organisasjon
tui-context-due = gjennomganger
tui-bar-organisation = info
tui-bar-rules = etter regel
tui-action-organisation = organisasjonens opplysninger (navn, rolle, kontakt, personvernombud, mottakere, systemer)
tui-action-only-errors = bare feil (igjen: alle)
tui-action-only-warnings = bare advarsler (igjen: alle)
tui-action-only-acknowledged = bare aksepterte (igjen: alle)
tui-action-rules = funn etter én regel
tui-action-section-1 = gå til avsnitt 1
tui-action-section-2 = gå til avsnitt 2
tui-action-section-3 = gå til avsnitt 3
tui-action-section-4 = gå til avsnitt 4
tui-action-section-5 = gå til avsnitt 5
tui-action-section-6 = gå til avsnitt 6
tui-action-section-7 = gå til avsnitt 7
tui-action-section-8 = gå til avsnitt 8
tui-action-section-9 = gå til avsnitt 9
tui-action-save = lagre (én commit)
tui-action-leave = forlat skjemaet (spør når noe er skrevet)
tui-action-find-field = gå til et felt etter navn
tui-action-fold = fold avsnittet sammen eller ut (på overskriften)
tui-action-fold-others = fold alle andre avsnitt sammen
tui-action-pick = velg fra en liste (et valg, en henvisning)
tui-action-next-field = neste felt
tui-action-previous-field = forrige felt
tui-action-next-section = neste avsnitt
tui-action-previous-section = forrige avsnitt
tui-action-add-item = legg et punkt til listen
tui-action-remove-item = fjern punktet fra listen
tui-action-clear-field = tøm det valgfrie feltet (eller fjern punktet)
tui-action-clear-text = tøm teksten
tui-action-delete-word = slett ordet før markøren
tui-action-new-line = linjeskift i teksten
tui-action-move-item-up = flytt punktet opp
tui-action-move-item-down = flytt punktet ned
tui-help-typing-form = bokstaver skrives i feltet
tui-problems-none-shown-keys = Ingen funn passer til filteret ({ $keys } endrer det).

## Import
## `ropa import`: the report, the refusals and the errors (src/register/import, src/cli/import.rs).
import-as-written = { $text }
import-cell-above = over tabellen:
import-cell-docx = rad { $row }, kolonne { $col }
import-loc-row = rad { $row }
import-loc-sheet = ark "{ $sheet }"
import-loc-table = tabell { $n }
import-loc-above = teksten over tabellen
import-loc-column = kolonne { $col }
import-not-importable = ikke en fil ropa kan importere (.xlsx, .csv eller .docx)
import-file-empty = filen er tom: ingenting å importere
import-file-no-text = filen har ingen tekst i noe ark: ingenting å importere
import-no-such-sheet = ikke noe ark med navnet "{ $name }" (filen har { $list })
import-sheet-hidden = ark "{ $sheet }": skjult i Excel; ingenting lest derfra (angi det med --sheet for å importere det)
import-sheet-no-header = ark "{ $sheet }": ingen overskriftsrad i en kjent mal; ingenting lest derfra
import-unknown-header = ukjente overskrifter: ingen rad har overskriftene fra den danske, norske eller ICOs mal (f.eks. Behandlingsaktivitet, Formål med behandlingen, Retsgrundlag…); angi kolonnene med --map MAP.ron (se README)
import-unknown-header-row = { $problem }. Raden lyder: { $text }
import-formula = en formel (={ $text }): verdien er beregnet, ikke skrevet; erstatt den med verdien (kopier, lim inn som verdier) og importer på nytt
import-merged = sammenslåtte celler ({ $cell }): hvilken rad og kolonne teksten hører til, er en gjetning; del opp cellene og skriv teksten i hver celle den hører til
import-docx-unreadable = ikke et lesbart .docx-dokument: { $text }
import-docx-not-word = ikke et Word-dokument (ingen word/document.xml): { $text }
import-docx-xml-at = word/document.xml ved byte { $n }: { $text }
import-xlsx-unreadable = ikke en lesbar .xlsx-arbeidsbok: { $text }
import-xlsx-sheet-unreadable = ark "{ $sheet }": { $text }
import-csv-not-utf8 = ikke UTF-8-tekst (byte { $n }): lagre den som "CSV UTF-8" og importer på nytt
import-csv-line = linje { $n }: { $text }
import-utf16-odd = UTF-16-tekst med et odde antall byte: lagre den som "CSV UTF-8" og importer på nytt
import-utf16-invalid = ikke gyldig UTF-16-tekst: lagre den som "CSV UTF-8" og importer på nytt
import-layout-danish = dansk mal
import-layout-norwegian = norsk mal
import-layout-ico = ICOs mal
import-layout-map = kolonnekartet
import-map-no-name = kartet angir ingen kolonne for behandlingens navn (Name)
import-map-headings-missing = kartets overskrift(er) { $list } finnes ikke i denne overskriftsraden
import-second-name-column = en kolonne til for behandlingens navn; behold én (gi den andre et nytt navn, f.eks. Merknader, så den lagres i merknadene)
import-unknown-heading = ukjent overskrift "{ $heading }": ikke en kolonne i { $layout }; gi den navnet til en av malens overskrifter (eller Merknader / Bemærkninger / en "Notes"-kolonne, så den lagres i merknadene), eller angi kolonnene med --map MAP.ron
import-text-without-heading = tekst i en kolonne uten overskrift: gi kolonnen en overskrift, eller flytt teksten
import-kind-ordinary = alminnelige
import-kind-special = særlig kategori (art. 9)
import-kind-cpr = CPR-nummer
import-kind-national-id = nasjonalt identitetsnummer
import-kind-criminal = straffedommer og lovovertredelser (art. 10)
import-art6 = art. 6 nr. 1 bokstav { $letter }
import-art6-none = art. 6 nr. 1 (bokstav ikke oppgitt)
import-art9 = art. 9 nr. 2 bokstav { $letter }
import-art9-none = art. 9 nr. 2 (bokstav ikke oppgitt)
import-made-dbl-11 = den danske databeskyttelsesloven § 11 (CPR)
import-made-pol-12 = personopplysningsloven § 12 (fødselsnummer)
import-made-art9-national = nasjonal bestemmelse for opplysninger etter art. 9
import-made-art10 = grunnlag for straffedommer og lovovertredelser (art. 10)
import-mechanism-dpf = EU-US Data Privacy Framework
import-mechanism-scc = standard personvernbestemmelser
import-mechanism-bcr = bindende virksomhetsregler
import-mechanism-adequacy = beslutning om tilstrekkelig beskyttelsesnivå
import-mechanism-named = som angitt i kilden
import-cannot-write = kan ikke skrive en post: { $text }
import-kept-same = som i protokollen
import-kept-register = protokollens { $field } "{ $value }" er beholdt; filen sier "{ $text }"
import-kept-not-added = ikke lagt til: protokollens virksomhetsfil beholdes som den er
import-no-organisation-da = ingen virksomhet over tabellen: skriv den behandlingsansvarliges navn i en rad over overskriftsraden, som "Dataansvarlig | <navn>" (norsk: "Behandlingsansvarlig", ICO: "Controller"), med adresse, CVR-nummer og e-post
import-no-organisation-nb = ingen virksomhet over tabellen: skriv den behandlingsansvarliges navn i en rad over overskriftsraden, som "Behandlingsansvarlig | <navn>" (dansk: "Dataansvarlig", ICO: "Controller"), med adresse, organisasjonsnummer og e-post
import-no-organisation-ico = ingen virksomhet over tabellen: skriv den behandlingsansvarliges navn i en rad over overskriftsraden, som "Controller | <navn>" (dansk: "Dataansvarlig", norsk: "Behandlingsansvarlig"), med adresse, selskapsnummer (company number) og e-post
import-org-id-not-slug = id-en "{ $id }" består ikke bare av små bokstaver, sifre og - (a-z, 0-9, -); rett den, eller fjern raden, så id-en lages av navnet
import-org-name-no-id = virksomhetens navn har ingen bokstav eller siffer å lage id-en av
import-no-such-org = --org { $id }: protokollen har ingen virksomhet `{ $id }`; angi en den har ({ $known }), eller utelat --org for å opprette virksomheten fra filen
import-no-country = virksomhetens land er ikke oppgitt: legg til en rad "Land | NO" (eller "Land | DK") over overskriftsraden, eller country: Some("NO") i kartet
import-detail-public-authority = type: offentlig myndighet, som navnet sier
import-detail-kind-of-org = type: { $kind }
import-detail-website-contacts = og nettsted, andre kontakter
import-detail-website = og nettsted
import-detail-rest-in-notes = resten i merknadene
import-detail-org-id = virksomhetens id
import-row-no-name = en rad uten navn på behandlingen: skriv behandlingens navn her (eller slett raden)
import-activity-id-not-slug = id-en "{ $id }" består ikke bare av små bokstaver, sifre og - (a-z, 0-9, -); rett den, eller tøm cellen, så id-en lages av navnet
import-activity-name-no-id = navnet "{ $name }" har ingen bokstav eller siffer å lage behandlingens id av
import-activity-exists = virksomheten `{ $org }` har allerede en behandling med navnet "{ $name }" ({ $path }): en import legger bare til nye behandlinger; utelat raden, eller gi behandlingen et annet navn
import-activity-id-twice = behandlingens id `{ $id }` (fra navnet "{ $name }") er også id-en til behandlingen i { $place }: gi de to behandlingene ulike navn
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
    [one] { $n } mottaker
   *[other] { $n } mottakere
}, definert på virksomheten
import-count-transfers = { $n ->
    [one] { $n } overføring
   *[other] { $n } overføringer
}
import-count-rules = { $n ->
    [one] { $n } slettefrist
   *[other] { $n } slettefrister
}
import-detail-lines-in-notes = { $n ->
    [one] { $n } linje lagret i merknadene
   *[other] { $n } linjer lagret i merknadene
}
import-detail-kind = { $name }: { $kind }
import-detail-no-recipients = ingen mottakere
import-detail-none = ingen
import-detail-retention-open = { $n } uten en gjenkjent periode: teksten er beholdt og merket som ikke oppgitt
import-detail-yes = ja
import-detail-no = nei
import-detail-on-art6f = på grunnlaget etter art. 6 nr. 1 bokstav f
import-report-table = { $layout }, overskriftsrad { $row }
import-went-empty = tom, ingenting å importere
import-went-ignored = utelatt (kolonnekartet sier det)
import-went-organisation = virksomhetens kolonner: lest én gang, fra rad { $row }
import-record-activity = Behandling { $org }/{ $id }
import-record-organisation = Virksomhet { $org }
import-cli-nothing-imported = Ingenting ble importert.
import-cli-nothing-new = Ingenting å importere: protokollen har allerede disse postene.
import-cli-added-to = Lagt til protokollens virksomhet(er) { $list }; filene deres beholdes slik protokollen har dem.
import-cli-would-commit = Ville committe { $organisations ->
    [one] { $organisations } virksomhet
   *[other] { $organisations } virksomheter
} og { $activities ->
    [one] { $activities } behandling
   *[other] { $activities } behandlinger
}. Ingenting ble skrevet (--dry-run).
import-cli-committed = Committet { $id }: { $organisations ->
    [one] { $organisations } ny virksomhet
   *[other] { $organisations } nye virksomheter
} og { $activities ->
    [one] { $activities } behandling
   *[other] { $activities } behandlinger
} (utkast til gjennomgang).
import-cli-in-record = i { $record }, posten
import-cli-in-field = i { $record }, feltet { $field }
import-cli-would-have-errors = Ingenting ble importert: protokollen ville fått { $n ->
    [one] { $n } feil
   *[other] { $n } feil
}. Rett arket der hver feil peker, og importer på nytt.
import-cli-warnings = { $n ->
    [one] { $n } advarsel
   *[other] { $n } advarsler
} i de importerte postene: se dem med ropa validate
import-file-missing = filen finnes ikke
import-file-denied = ingen tilgang: ropa har ikke lov til å lese filen

## Broken file page
tui-broken-page-intro = Filen kan ikke leses, så ropa kan ikke vise, kontrollere eller redigere innholdet.
tui-broken-page-advice = { $editor } åpner den i redigeringsprogrammet ditt på linje { $line }. `git checkout -- { $path }` henter tilbake den sist committede versjonen.
tui-broken-page-no-text = (teksten kan ikke vises)

## Import notes
## Text `ropa import` writes into the records it makes (src/register/import/build.rs), in the register's language.
import-note-source-csv = { $file }, importert med ropa import
import-note-source-sheet = { $file }, ark «{ $sheet }», importert med ropa import
import-note-source-table = { $file }, tabell «{ $sheet }», importert med ropa import
import-note-org-number-not-stated = ikke oppgitt i { $file }
import-note-retention-exported-as = eksportert som: { $text }
import-note-retention-no-period = ingen enkelt frist fra innsamlingen eller etter en kjent hendelse i den importerte teksten
import-note-art9-categories = Vilkår etter art. 9, kategorier: { $list }
import-note-mechanism-not-stated = ikke oppgitt i det importerte arket

## Export errors
## `ropa export`: its refusals (src/register/export/mod.rs, src/cli/export.rs).
export-error-unknown-org = ingen organisasjon med id `{ $id }` i protokollen (id-er: { $known })
export-error-cell-too-long = { $sheet }, rad { $row }, kolonne `{ $heading }`: { $len } tegn, mer enn de { $max } en celle kan romme
export-error-writer = kan ikke skrive { $format }-filen: { $reason }
cli-export-delimiter-csv-only = --delimiter gjelder bare for --format csv
cli-export-layout-formats = --layout gjelder bare for --format csv, xlsx og docx
cli-export-binary-terminal = { $format } er en binærfil: skriv den med -o FIL (eller inn i et rør)
cli-export-cannot-write = kan ikke skrive { $path }: { $reason }

## Import refusals of the transaction
## `ropa import` refused by the one transaction (src/cli/import.rs).
import-cli-file-in-the-way = { $path } inneholder tekst som ikke er committet (en fil som er påbegynt for hånd, eller en endring), og importen ville skrive den filen: commit den, flytt den eller slett den, og importer på nytt
import-cli-no-identity = git vet ikke hvem du er, så importen kan ikke registreres under ditt navn. Oppgi navnet og e-postadressen din én gang med git config --global user.name "Ditt Navn" og git config --global user.email "deg@example.no", og importer på nytt

## Import: a second table
import-header-again = overskriftsraden fra rad { $row } igjen: en tabell til i samme ark (en annen virksomhets?) ville bli lest som behandlinger i den første; legg hver virksomhets tabell, med navnet over, i et eget ark, og importer på nytt

## Export load errors
cli-export-left-out = utelatt fra eksporten

## Gaps report
## `ropa report gaps` and the interface's gaps report (src/register/review.rs, src/cli/report.rs, src/tui/gaps.rs).
gaps-heading = Mangler til neste gjennomgang ({ $date })
gaps-organisation = { $name } [{ $id }]
gaps-not-stated = Ikke oppgitt i kilden ({ $n })
gaps-acknowledged = Anerkjente funn ({ $n })
gaps-questions = Spørsmål ({ $n })
gaps-until = til og med { $date }
gaps-expired = utløpt { $date }
gaps-nothing = Ingenting å gjennomgå.
gaps-to-owner-named = Systemeieren: { $name }
gaps-to-owner = Behandlingens systemeier (ingen ansvarlig registrert)
gaps-to-recipient = Databehandleren eller mottakeren: { $name }
gaps-to-controller = Virksomhetens kontaktperson
gaps-to-legal = Juridisk avdeling
gaps-to-keepers = De som fører protokollen
gaps-q-content = Hvilke opplysninger om hvem behandles, og hvem mottar dem?
gaps-q-security = Hvilke tekniske og organisatoriske tiltak beskytter opplysningene?
gaps-q-source = Hvor kommer opplysningene fra, når de ikke kommer fra den registrerte?
gaps-q-automated = Treffes det automatiserte avgjørelser, herunder ved profilering?
gaps-q-dpia = Er behovet for en vurdering av personvernkonsekvenser vurdert, og med hvilket resultat?
gaps-q-lia = Hvor finnes interesseavveiingen bak art. 6 nr. 1 bokstav f?
gaps-q-basis = Hvilket behandlingsgrunnlag, og hvilken lov, dekker hvert formål?
gaps-q-special = Hvilket vilkår i art. 9, art. 10 eller nasjonal rett tillater disse opplysningene?
gaps-q-consent = Hvordan gis, registreres og trekkes samtykket tilbake?
gaps-q-transfer = Hvor utenfor EU/EØS går opplysningene, og på hvilket overføringsgrunnlag?
gaps-q-processor = Finnes det en databehandleravtale, og hvilke underdatabehandlere brukes?
gaps-q-roles = Hvem fastsetter formål og midler her: er virksomheten behandlingsansvarlig eller databehandler?
gaps-q-retention = Hvor lenge lagres opplysningene, og når slettes de?
gaps-q-organisation = Er virksomhetens identitet, kontaktopplysninger, personvernombud og representant riktige?
gaps-q-review = Når ble protokollen sist gjennomgått, og er den fortsatt riktig?
gaps-q-register = Hva må rettes i selve protokollen?
tui-gaps-title = Mangler — { $n } å gjennomgå
tui-gaps-validating = Mangler — validerer…
tui-action-gaps = mangler (huskeliste til gjennomgang)
tui-bar-gaps = mangler
tui-context-gaps = mangler

## Where the data go: the picture in the HTML export, the dot export and the map screen
map-column-organisations = Organisasjoner
map-column-activities = Behandlingsaktiviteter
map-column-categories = Kategorier av opplysninger
map-column-recipients = Mottakere
map-column-sub-processors = Underdatabehandlere
map-column-mechanisms = Overføringsgrunnlag
map-column-destinations = Land
map-destination-unnamed = Tredjeland, ikke navngitt
map-country-not-stated = Land ikke oppgitt
map-third-country = Tredjeland (utenfor EU/EØS)
map-no-mechanism = Intet overføringsgrunnlag registrert
map-recipient-not-stated = Mottaker ikke oppgitt
map-data-not-stated = Opplysninger ikke angitt
map-legend = Tegnforklaring
map-legend-organisation = Organisasjon
map-legend-activity = Behandlingsaktivitet
map-legend-category = Kategori av opplysninger
map-legend-destination = Land i EU/EØS, eller ikke oppgitt
map-legend-flow = Opplysninger utlevert til en mottaker
map-legend-transfer = Overføring til tredjeland, med overføringsgrunnlaget
map-legend-undeclared = Opplysninger til et tredjeland uten registrert overføring
map-title = Hvor opplysningene går: { $name }
map-title-register = Hvor opplysningene går: hele protokollen
doc-map-section = Hvor opplysningene går
doc-map-register = Hvor opplysningene går: hele protokollen
doc-map-intro = Behandlingsaktivitetene, kategoriene av opplysninger de utleverer, mottakerne og landene opplysningene havner i. Tredjeland (utenfor EU/EØS) er merket med rødt; overføringsgrunnlaget står på forbindelsene som fører dit.
doc-map-too-large = Tegningen ville fått { $nodes } felt, for mange til å kunne leses på en side; `ropa export --format dot` skriver grafen for Graphviz.
doc-map-empty = Ingen behandlingsaktivitet har registrert en mottaker.
tui-context-map = kart
tui-bar-map = kart
tui-action-map = kart over hvor opplysningene går
tui-map-title = Hvor opplysningene går: { $name }
tui-map-title-register = Hvor opplysningene går: hele protokollen
tui-map-empty = Ingen behandlingsaktivitet har registrert en mottaker.
tui-map-third = tredjeland
tui-map-via = gjennom { $processor }
tui-map-data = opplysninger: { $categories }
tui-map-transfer = overføring: { $mechanisms }
tui-map-idle = ingen aktivitet utleverer opplysninger hit
tui-map-recipients = { $count ->
    [one] 1 mottaker
   *[other] { $count } mottakere
}
tui-map-activities = { $count ->
    [one] 1 aktivitet
   *[other] { $count } aktiviteter
}
