package catalog

// CLIMessages are the wording of the command line: cobra's help and usage,
// every command's description and examples, every flag, and the usage errors.
type CLIMessages struct {
	Usage                string `key:"usage"`
	Aliases              string `key:"aliases"`
	Examples             string `key:"examples"`
	Commands             string `key:"commands"`
	MoreCommands         string `key:"more-commands"`
	Flags                string `key:"flags"`
	GlobalFlags          string `key:"global-flags"`
	HelpTopics           string `key:"help-topics"`
	MoreInfo             string `key:"more-info"`
	CommandWord          string `key:"command-word"`
	FlagsWord            string `key:"flags-word"`
	Default              string `key:"default"`
	HelpFlag             string `key:"help-flag"`
	VersionFlag          string `key:"version-flag"`
	HelpShort            string `key:"help-short"`
	HelpLong             string `key:"help-long"`
	CompletionShort      string `key:"completion-short"`
	CompletionLong       string `key:"completion-long"`
	CompletionShell      string `key:"completion-shell"`
	CompletionBash       string `key:"completion-bash"`
	CompletionZsh        string `key:"completion-zsh"`
	CompletionFish       string `key:"completion-fish"`
	CompletionPowerShell string `key:"completion-powershell"`
	NoDescriptions       string `key:"no-descriptions"`
	UnknownFlag          string `key:"unknown-flag"`
	UnknownShorthand     string `key:"unknown-shorthand"`
	NeedsArgument        string `key:"needs-argument"`
	InvalidArgument      string `key:"invalid-argument"`
	// pflag's errors in its own words: the English is pflag's text. The
	// Danish leaves out strconv's function and text, so it names its
	// arguments by index (value, flag, function, text).
	NeedsArgShort        string `key:"needs-arg-short"`
	InvalidNumber        string `key:"invalid-number"`
	InvalidBool          string `key:"invalid-bool"`
	NumberRange          string `key:"number-range"`
	BadFlagSyntax        string `key:"bad-flag-syntax"`
	SeeHelp              string `key:"see-help"`
	ArgCount             string `key:"arg-count"`
	ArgCountMin          string `key:"arg-count-min"`
	ArgCountMax          string `key:"arg-count-max"`
	ArgNone              string `key:"arg-none"`
	UnknownCommand       string `key:"unknown-command"`
	UnknownLang          string `key:"unknown-lang"`
	UnknownFormat        string `key:"unknown-format"`
	GapBelowRange        string `key:"gap-below-range"`
	NoSharedRubric       string `key:"no-shared-rubric"`
	CompareMix           string `key:"compare-mix"`
	Exists               string `key:"exists"`
	Wrote                string `key:"wrote"`
	ArgScoreFile         string `key:"arg-score-file"`
	ArgCheckFile         string `key:"arg-check-file"`
	ArgRubricID          string `key:"arg-rubric-i-d"`
	ArgCompare           string `key:"arg-compare"`
	ArgSchema            string `key:"arg-schema"`
	ArgLint              string `key:"arg-lint"`
	ArgBatch             string `key:"arg-batch"`
	UseFile              string `key:"use-file"`
	UseOptFile           string `key:"use-opt-file"`
	UsePaths             string `key:"use-paths"`
	UseCompare           string `key:"use-compare"`
	UseFiles             string `key:"use-files"`
	ImportUse            string `key:"import-use"`
	ImportShort          string `key:"import-short"`
	ImportLong           string `key:"import-long"`
	ImportExample        string `key:"import-example"`
	ImportArg            string `key:"import-arg"`
	ImportIntoRequired   string `key:"import-into-required"`
	FlagInto             string `key:"flag-into"`
	FlagImportProject    string `key:"flag-import-project"`
	FlagDryRun           string `key:"flag-dry-run"`
	WorkshopUse          string `key:"workshop-use"`
	WorkshopShort        string `key:"workshop-short"`
	WorkshopLong         string `key:"workshop-long"`
	WorkshopExample      string `key:"workshop-example"`
	WorkshopArg          string `key:"workshop-arg"`
	WorkshopTLSPair      string `key:"workshop-tls-pair"`
	WorkshopListenBad    string `key:"workshop-listen-bad"`
	WorkshopPortBad      string `key:"workshop-port-bad"`
	FlagListen           string `key:"flag-listen"`
	FlagWorkshopFormat   string `key:"flag-workshop-format"`
	FlagWorkshopProject  string `key:"flag-workshop-project"`
	FlagAnonymous        string `key:"flag-anonymous"`
	FlagNewMeeting       string `key:"flag-new-meeting"`
	FlagTLSCert          string `key:"flag-tls-cert"`
	FlagTLSKey           string `key:"flag-tls-key"`
	FlagLang             string `key:"flag-lang"`
	FlagRubric           string `key:"flag-rubric"`
	FlagRubrics          string `key:"flag-rubrics"`
	FlagNoColor          string `key:"flag-no-color"`
	FlagAccessible       string `key:"flag-accessible"`
	FlagFormat           string `key:"flag-format"`
	FlagGapBelow         string `key:"flag-gap-below"`
	FlagGapBelowBatch    string `key:"flag-gap-below-batch"`
	FlagForceInit        string `key:"flag-force-init"`
	FlagForceCompare     string `key:"flag-force-compare"`
	FlagProject          string `key:"flag-project"`
	FlagOwner            string `key:"flag-owner"`
	FlagRespondent       string `key:"flag-respondent"`
	FlagActor            string `key:"flag-actor"`
	FlagAudience         string `key:"flag-audience"`
	FlagExcel            string `key:"flag-excel"`
	FlagNotes            string `key:"flag-notes"`
	FlagJobs             string `key:"flag-jobs"`
	FlagOut              string `key:"flag-out"`
	FlagMin              string `key:"flag-min"`
	FlagMinRubric        string `key:"flag-min-rubric"`
	FlagMinItem          string `key:"flag-min-item"`
	FlagMinCoverage      string `key:"flag-min-coverage"`
	FlagFailDisagreement string `key:"flag-fail-disagreement"`
	RootShort            string `key:"root-short"`
	RootLong             string `key:"root-long"`
	RootExample          string `key:"root-example"`
	ScoreShort           string `key:"score-short"`
	ScoreLong            string `key:"score-long"`
	ScoreExample         string `key:"score-example"`
	AssessShort          string `key:"assess-short"`
	AssessLong           string `key:"assess-long"`
	AssessExample        string `key:"assess-example"`
	CheckShort           string `key:"check-short"`
	CheckLong            string `key:"check-long"`
	CheckExample         string `key:"check-example"`
	BatchShort           string `key:"batch-short"`
	BatchLong            string `key:"batch-long"`
	BatchExample         string `key:"batch-example"`
	CompareShort         string `key:"compare-short"`
	CompareLong          string `key:"compare-long"`
	CompareExample       string `key:"compare-example"`
	InitShort            string `key:"init-short"`
	InitLong             string `key:"init-long"`
	InitExample          string `key:"init-example"`
	RubricsShort         string `key:"rubrics-short"`
	RubricsLong          string `key:"rubrics-long"`
	RubricsExample       string `key:"rubrics-example"`
	ShowShort            string `key:"show-short"`
	ShowLong             string `key:"show-long"`
	ShowExample          string `key:"show-example"`
	LintShort            string `key:"lint-short"`
	LintLong             string `key:"lint-long"`
	LintExample          string `key:"lint-example"`
	SchemaShort          string `key:"schema-short"`
	SchemaLong           string `key:"schema-long"`
	SchemaExample        string `key:"schema-example"`
	// Errors and notes of the commands, after their usage.
	ErrJobs             string `key:"err-jobs"`
	Interrupted         string `key:"interrupted"`
	InterruptedOut      string `key:"interrupted-out"`
	WritingReport       string `key:"writing-report"`
	RenderingReport     string `key:"rendering-report"`
	RenderingCheck      string `key:"rendering-check"`
	RenderingCompare    string `key:"rendering-compare"`
	NoCaseFiles         string `key:"no-case-files"`
	NoneScored          string `key:"none-scored"`
	NoneScoredIn        string `key:"none-scored-in"`
	SomeFailed          string `key:"some-failed"`
	SomeFailedCompare   string `key:"some-failed-compare"`
	ProgressLabel       string `key:"progress-label"`
	WroteOut            string `key:"wrote-out"`
	CannotWriteOut      string `key:"cannot-write-out"`
	ExcelCSVOnly        string `key:"excel-csv-only"`
	FolderFormat        string `key:"folder-format"`
	MinRubricTwice      string `key:"min-rubric-twice"`
	MinRubricForm       string `key:"min-rubric-form"`
	MinRubricNumber     string `key:"min-rubric-number"`
	PercentFlag         string `key:"percent-flag"`
	DifferentProjects   string `key:"different-projects"`
	UnknownSchema       string `key:"unknown-schema"`
	UnknownAudience     string `key:"unknown-audience"`
	CannotCreate        string `key:"cannot-create"`
	NeedProject         string `key:"need-project"`
	Warning             string `key:"warning"`
	FlagIgnored         string `key:"flag-ignored"`
	SameRespondent      string `key:"same-respondent"`
	ActorIgnored        string `key:"actor-ignored"`
	UnknownActorNone    string `key:"unknown-actor-none"`
	UnknownActorList    string `key:"unknown-actor-list"`
	NameNotUTF8         string `key:"name-not-utf8"`
	NameBlank           string `key:"name-blank"`
	NameControl         string `key:"name-control"`
	NameLong            string `key:"name-long"`
	SavingAnswer        string `key:"saving-answer"`
	AnswerInvalid       string `key:"answer-invalid"`
	NowSameRespondent   string `key:"now-same-respondent"`
	SideFailed          string `key:"side-failed"`
	SideHeader          string `key:"side-header"`
	ImportNotActor      string `key:"import-not-actor"`
	ImportNoActors      string `key:"import-no-actors"`
	ImportDryRun        string `key:"import-dry-run"`
	ImportInvalid       string `key:"import-invalid"`
	ImportNothing       string `key:"import-nothing"`
	ImportAdded         string `key:"import-added"`
	Response1           string `key:"response1"`
	ResponsesN          string `key:"responses-n"`
	AlreadyThere        string `key:"already-there"`
	LintOK              string `key:"lint-ok"`
	Item1               string `key:"item1"`
	ItemsN              string `key:"items-n"`
	Question1           string `key:"question1"`
	QuestionsN          string `key:"questions-n"`
	CertError           string `key:"cert-error"`
	NoFolder            string `key:"no-folder"`
	PortTaken           string `key:"port-taken"`
	CannotServe         string `key:"cannot-serve"`
	ServerStopped       string `key:"server-stopped"`
	DidYouMean          string `key:"did-you-mean"`
	WorkbookTerminal    string `key:"workbook-terminal"`
	WorkshopNeedProject string `key:"workshop-need-project"`
	// The meeting server is a program of its own, samskab-workshop.
	WorkshopServerMissing  string `key:"workshop-server-missing"`
	WorkshopServerDirect   string `key:"workshop-server-direct"`
	WorkshopServerMismatch string `key:"workshop-server-mismatch"`
	WorkshopServerFailed   string `key:"workshop-server-failed"`
}

var danishCLI = CLIMessages{
	Usage:            "Brug:",
	Aliases:          "Andre navne:",
	Examples:         "Eksempler:",
	Commands:         "Kommandoer:",
	MoreCommands:     "Flere kommandoer:",
	Flags:            "Flag:",
	GlobalFlags:      "Globale flag:",
	HelpTopics:       "Flere emner:",
	MoreInfo:         `Skriv "%s [kommando] --help" for at læse mere om en kommando.`,
	CommandWord:      "kommando",
	FlagsWord:        "flag",
	Default:          "standard",
	HelpFlag:         "hjælp til %s",
	VersionFlag:      "vis samskabs version",
	HelpShort:        "Hjælp til en kommando",
	HelpLong:         "Vis hjælpen til en kommando: samskab help KOMMANDO.",
	CompletionShort:  "Lav et script til fuldførelse med Tab i den valgte skal",
	CompletionLong:   "Lav et script til fuldførelse med Tab for samskab i den valgte skal. Se hjælpen til hver underkommando for, hvordan scriptet tages i brug.",
	CompletionShell:  "Lav et script til fuldførelse med Tab i %s",
	NoDescriptions:   "uden beskrivelser i fuldførelsen",
	UnknownFlag:      "ukendt flag: %s",
	UnknownShorthand: "ukendt kort flag: %q i -%s",
	NeedsArgument:    "flaget mangler en værdi: %s",
	NeedsArgShort:    "flaget mangler en værdi: %q i -%s",
	InvalidArgument:  "ugyldig værdi %s",
	InvalidNumber:    "ugyldig værdi %[1]q til %[2]s; forventede et tal",
	InvalidBool:      "ugyldig værdi %[1]q til %[2]s; forventede true eller false",
	NumberRange:      "værdien %[1]q til %[2]s er et for stort tal",
	BadFlagSyntax:    "ugyldigt flag: %s",
	SeeHelp:          "%s (se '%s --help')",
	ArgCount:         "%s skal have %s, fik %d argument(er) (se '%s --help')",
	ArgCountMin:      "%s skal have %s (se '%s --help')",
	ArgCountMax:      "%s tager højst %d argument(er), fik %d (se '%s --help')",
	ArgNone:          "%s tager ingen argumenter, fik %q (se '%s --help')",
	UnknownCommand:   "ukendt kommando %q til %q",
	UnknownLang:      "ukendt sprog %q til --lang; forventede da eller en",
	UnknownFormat:    "ukendt format %q til --format; forventede et af: %s",
	GapBelowRange:    "--gap-below skal være en procent over 0 og højst 100, fik %g",
	CompareMix:       "giv to eller flere besvarelsesfiler eller præcis to mapper – ikke en blanding",
	NoSharedRubric:   "%s og %s har ingen model til fælles, så ingen score kan sammenlignes; scor dem med samme --rubric",
	Exists:           "%s findes allerede; brug --force for at overskrive den",
	Wrote:            "Skrev %s. Besvar spørgsmålene, og kør så: samskab score %s",
	ArgScoreFile:     "FIL, den besvarelsesfil, der skal scores",
	ArgCheckFile:     "FIL, den besvarelsesfil, der skal tjekkes",
	ArgRubricID:      "id'et på en model (se 'samskab rubrics')",
	ArgCompare:       "to eller flere besvarelsesfiler, ældste først, eller to mapper",
	ArgSchema:        "case eller rubric",
	ArgLint:          "en eller flere modelfiler eller mapper",
	ArgBatch:         "en eller flere besvarelsesfiler eller mapper",
	UseFile:          "FIL",
	UseOptFile:       "[FIL]",
	UsePaths:         "STI...",
	UseCompare:       "RUNDE... | compare GAMMEL_MAPPE NY_MAPPE",
	UseFiles:         "FIL…",
	ImportUse:        "EKSPORT --into FIL",
	ImportShort:      "Tilføj besvarelserne fra en eksport af et spørgeskema (CSV eller XLSX) til en besvarelsesfil",
	ImportLong: `Læs eksporten fra et onlineskema – Microsoft Forms, Google Forms, SurveyXact eller et andet, der
giver én række pr. besvarelse – og tilføj hver række til FIL som en besvarelse.

EKSPORT er en Excel-projektmappe (.xlsx; første ark læses) eller CSV med komma, semikolon eller
tabulator mellem cellerne, UTF-8 med eller uden byte order mark (eller UTF-16 med en).

Kolonnerne genkendes på deres overskrift:
  - et spørgsmåls tekst på dansk eller engelsk, som "samskab rubrics show ID" viser den (store og
    små bogstaver, mellemrum og tegnsætning er ligegyldige), eller et spørgsmåls id som
    "cok-01.q1" eller "[cok-01.q1] Vi har …";
  - Navn/Name bliver respondenten, Part/Party aktøren (efter aktørens id eller navn);
  - Id, Starttidspunkt, Fuldførelsestidspunkt, Mail og lignende kolonner springes over; enhver
    anden kolonne springes over med en advarsel, der nævner det spørgsmål, den ligner mest.

Til at bygge skemaet viser "samskab rubrics show ID --format csv" hvert spørgsmål med en titel,
der er klar til at indsætte ("[cok-01.q1] …", genkendt på sit id, selv om ordlyden senere ændres).

Svarene er skalaens ord på dansk eller engelsk ("Helt enig" … "Helt uenig", "Ikke relevant",
"Ved ikke"), tallene 0–4, na eller dk; en tom celle er intet svar.

En besvarelse kendes på sit indhold: respondent, aktør og svar. En række tilføjes kun, så længe FIL
har færre besvarelser med samme indhold end eksporten, så en import af samme eksport to gange –
eller en senere eksport, der stadig rummer de tidligere rækker – kun tilføjer det nye.

FIL oprettes, hvis den ikke findes, med de modeller, eksportens spørgsmål kommer fra, og en aktør
for hver part (arten gættes ud fra ord som "kommune", "borgere", "forening"; tjek den). I en
eksisterende FIL skal hver part nævne en af dens aktører.

Intet skrives, når en celle er forkert: hvert problem vises som EKSPORT:RÆKKE:KOLONNE, og
slutkoden er 2. --dry-run viser de besvarelser, der ville blive tilføjet, som YAML og skriver
intet.`,
	ImportExample: `  samskab import forms.xlsx --into havdrup.yaml
  samskab import svar.csv --into havdrup-2026.yaml --project "Fællesskab mod ensomhed i Havdrup"
  samskab import svar.csv --into havdrup.yaml --dry-run`,
	ImportArg:          "EKSPORT, eksporten af spørgeskemaet (CSV eller XLSX)",
	ImportIntoRequired: "--into FIL skal angives: den besvarelsesfil, besvarelserne skal tilføjes til",
	FlagInto:           "besvarelsesfilen `FIL`, som besvarelserne tilføjes til; oprettes, hvis den mangler",
	FlagImportProject:  "projektets `NAVN`, når FIL er ny (standard: FILs navn)",
	FlagDryRun:         "vis, hvad der ville blive tilføjet, og skriv intet",
	WorkshopUse:        "FIL",
	WorkshopShort:      "Hold et møde, hvor hver part svarer på sin egen telefon",
	WorkshopLong: `Start en lille webserver til ét møde. Deltagerne åbner linket eller scanner QR-koden på
deres egen telefon eller computer, skriver den 6-cifrede kode, giver et navn (frivilligt) og
den part, de svarer for, og besvarer spørgsmålene ét princip ad gangen. Hvert svar er skrevet
i FIL, før deltagerens telefon viser, at det er gemt; svarene kan ændres, indtil mødet lukkes.

Mødelederens link (vises ved start – hold det for jer selv) viser, hvor langt hver part er,
aldrig hvem der svarede hvad, og har en knap, der viser alle det fælles resultat: samlet,
pr. model, hvor rummet er mest uenigt, og scorerne efter part.

FIL oprettes, hvis den ikke findes (angiv --project); en eksisterende FIL beholder alle sine
besvarelser og kommentarer, og hver deltager tilføjes som en ny besvarelse.

Serveren taler almindelig HTTP på det lokale netværk (port 8080, eller en ledig port, hvis den
er optaget): brug den på et netværk, I stoler på, eller angiv --tls-cert og --tls-key. Intet
hentes fra eller sendes til internettet. Ctrl-C lukker mødet: svar undervejs skrives først.

Startes workshoppen igen på samme FIL inden for 12 timer, fortsætter mødet: samme kode, og
hver telefon svarer videre i sin egen besvarelse. En lille fil ved siden af FIL,
.FIL.workshop, husker mødet: koden og et fingeraftryk af hver deltagers nøgle, aldrig selve
nøglen. Med --new starter et nyt møde i stedet: en ny kode, og de tidligere deltageres
telefoner er ikke længere med; svarene i FIL bliver, som de er.`,
	WorkshopExample: `  samskab workshop plan.yaml --rubric cok
  samskab workshop ny.yaml --project "Gå-venner i Havdrup" --rubric vaeksthus --anonymous
  samskab workshop plan.yaml --new   # et nyt møde med ny kode, ikke fortsættelsen af det sidste
  samskab workshop plan.yaml --listen 127.0.0.1:0 --format json   # til scripts og test
  samskab workshop plan.yaml --tls-cert cert.pem --tls-key key.pem`,
	WorkshopArg:          "FIL, besvarelsesfilen, svarene skrives i",
	WorkshopTLSPair:      "--tls-cert og --tls-key hører sammen; angiv begge eller ingen",
	WorkshopListenBad:    "--listen %q er ikke VÆRT:PORT, fx :8080 eller 127.0.0.1:0",
	WorkshopPortBad:      "--listen %q: porten skal være et tal fra 0 til 65535",
	FlagListen:           "`VÆRT:PORT` at lytte på; 127.0.0.1:0 er en ledig port kun på denne computer",
	FlagWorkshopFormat:   "uddata ved start og lukning: text eller json (én linje hver)",
	FlagWorkshopProject:  "projektets `NAVN`, når FIL er ny",
	FlagAnonymous:        "gem ingen navne: besvarelserne nummereres pr. part",
	FlagNewMeeting:       "start et nyt møde med ny kode, selv om et møde på FIL kunne fortsætte; svarene i FIL bliver",
	FlagTLSCert:          "brug HTTPS med dette certifikat, `FIL` (PEM)",
	FlagTLSKey:           "certifikatets private nøgle, `FIL` (PEM)",
	FlagLang:             "`SPROG` for rapporten: da eller en (standard: $SAMSKAB_LANG, ellers fra sprogindstillingen)",
	FlagRubric:           "scor kun modellen `ID` (kan gentages; går forud for filens rubrics)",
	FlagRubrics:          "indlæs også modelfiler fra mappen `MAPPE` (kan gentages; også $SAMSKAB_RUBRICS)",
	FlagNoColor:          "aldrig farver (også $NO_COLOR)",
	FlagAccessible:       "enkle nummererede spørgsmål uden gentegning (også $ACCESSIBLE=1)",
	FlagFormat:           "`FORMAT` for output: %s",
	FlagGapBelow:         "vis scorede punkter under denne procent `PCT` som indsatsområder",
	FlagGapBelowBatch:    "tæl scorede punkter under denne procent `PCT` som lave indsatsområder",
	FlagForceInit:        "overskriv FIL, hvis den findes",
	FlagForceCompare:     "sammenlign, selv om filerne nævner forskellige projekter",
	FlagProject:          "projektets `NAVN` til en ny FIL (spørges om i en terminal)",
	FlagOwner:            "`NAVN` på projektejeren til en ny FIL",
	FlagRespondent:       "`NAVN` på den, der svarer; et navn, der allerede har en besvarelse, fortsætter den",
	FlagActor:            "den part, respondenten svarer for: et `ID` fra `actors`",
	FlagAudience:         "stil kun spørgsmålene til `HVEM`: lead, partner eller citizen",
	FlagExcel:            "med --format csv: semikolon, decimalkomma og byte order mark til Excel med dansk sprogindstilling",
	FlagNotes:            "spørg efter en valgfri note til hvert svar",
	FlagJobs:             "`N` filer scores samtidig (0: én pr. CPU)",
	FlagOut:              "skriv rapporten til filen `STI` (atomisk) i stedet for stdout",
	FlagMin:              "mindste samlede procent `PCT`; går forud for targets.overall, som er 50, hvis intet er angivet",
	FlagMinRubric:        "mindste procent for en model, som `ID=PCT`; kan gentages; går forud for targets.rubrics",
	FlagMinItem:          "intet scoret punkt under denne procent `PCT`; går forud for targets.item",
	FlagMinCoverage:      "mindste procent `PCT` af punkterne, der er scoret eller markeret na; går forud for targets.coverage, som er 100, hvis intet er angivet",
	FlagFailDisagreement: "fejl, når respondenternes scorer for et punkt ligger 2 eller mere fra hinanden",
	RootShort:            "Scor et projekt efter principperne for samskabelse",
	RootLong: `samskab scorer et projekt efter offentliggjorte principper for samskabelse – velfærd, der
skabes i fællesskab, hvor borgere, frivillige, foreninger, virksomheder og offentligt ansatte
sammen definerer et problem og sammen bygger løsningen.

Værktøjet har fire indbyggede modeller (Væksthus for Ledelses 4 karakteristika og 4 trin,
Frivilligrådets 6 principper og COK's 10 veje), læser svar fra en YAML-besvarelsesfil eller stiller
spørgsmålene i terminalen og giver en score for hver model og hvert tema, de vigtigste indsatsområder
og hvad I kan gøre ved dem.`,
	RootExample: `  samskab init plan.yaml --rubric cok     # start en besvarelsesfil
  samskab score plan.yaml                  # rapport i terminalen
  samskab score plan.yaml --format json    # rapport til maskiner
  samskab rubrics show cok                 # læs principperne`,
	ScoreShort: "Scor en besvarelsesfil og vis rapporten",
	ScoreLong: `Scor en besvarelsesfil efter modellerne i dens omfang og vis en rapport: den samlede score og
niveau, en score for hver model, hvert punkt og hvert tema, og indsatsområderne – de punkter, der
scorer lavt, som respondenterne er uenige om, eller som ingen kunne svare på – hver med et
næste skridt.

Tekstrapporten passer til terminalen: dens bredde, ellers $COLUMNS, ellers 80 tegn.`,
	ScoreExample: `  samskab score plan.yaml
  samskab score plan.yaml --lang da --format markdown > rapport.md
  samskab score plan.yaml --format json | jq '.overall'
  samskab score plan.yaml --format html > rapport.html
  samskab score plan.yaml --rubric cok --gap-below 60`,
	AssessShort: "Besvar spørgsmålene i terminalen og få rapporten",
	AssessLong: `Stil hvert spørgsmål i omfanget, ét ad gangen, og gem hvert svar i FIL, så snart det er
givet (standard: samskab.yaml). Svarene er 0–4 på skalaen herunder, na (ikke relevant) eller
dk (ved ikke); et spørgsmål kan springes over og besvares senere. Til sidst vises rapporten,
som 'samskab score' viser den. Med --audience stilles kun spørgsmålene til den gruppe: lead
(dem, der driver projektet), partner (foreninger, virksomheder og andre organisationer) eller
citizen (borgere og frivillige); et punkt scores ud fra dem, der har svaret på det.

  4 Helt enig · 3 Overvejende enig · 2 Hverken enig eller uenig · 1 Overvejende uenig
  0 Helt uenig · na Ikke relevant · dk Ved ikke

En FIL, der ikke findes, bliver oprettet. I en eksisterende FIL tilføjes en ny besvarelse,
eller, når --respondent nævner en besvarelse, der allerede er der, fortsætter den ved det
første ubesvarede spørgsmål. Resten af filen – kommentarer, rækkefølge og andre besvarelser –
forbliver præcis, som den var.

I en terminal kommer spørgsmålene som en formular, der begynder på "Spring over": piletaster
(eller et tal 0–4) og Enter vælger, og den sidste mulighed går tilbage til forrige spørgsmål. Med --accessible, ACCESSIBLE=1, TERM=dumb, eller
når input ikke er en terminal, stilles spørgsmålene i stedet som enkle nummererede linjer, ét
svar pr. linje: 0–4, na, dk, en tom linje for at springe over, eller < for at gå tilbage. Med
--notes er linjen efter hvert svar en note (tom for ingen).

Ctrl-C, SIGTERM, SIGHUP (en lukket terminal) eller input, der slutter før sidste spørgsmål,
stopper med slutkode 130; alle givne svar er allerede gemt, og en linje på stderr viser
kommandoen, der fortsætter. Flere kan svare i samme FIL på én gang: hver gemning låser
FIL, læser den igen og fletter efter svarperson og spørgsmål, så alle svar bevares.`,
	AssessExample: `  samskab assess plan.yaml
  samskab assess plan.yaml --respondent "Mette (projektleder)"    # fortsæt, hvor Mette stoppede
  samskab assess plan.yaml --rubric cok --project "Gå-venner i Havdrup" --notes
  samskab assess plan.yaml --audience citizen --respondent "Grethe (frivillig)"   # kun spørgsmål, en borger kan svare på
  printf '3\n2\nna\n4\n' | samskab assess plan.yaml --rubric vaeksthus --project X --respondent Y
  samskab assess plan.yaml --accessible --lang da --format markdown > rapport.md`,
	CheckShort: "Tjek en besvarelsesfil mod dens mål; slutkode 1, når den ikke når dem",
	CheckLong:  "Scor en besvarelsesfil og tjek den mod grænseværdier – til CI, hvor en sammenlægning skal fejle,\nnår en projektplan falder under sine egne mål.\n\nHver grænse kommer fra et flag, hvis det er givet, ellers fra filens `targets`, ellers fra\nstandarden: samlet mindst 50 %, dækning (punkter, der er scoret eller markeret na) 100 %,\nintet minimum for modeller eller punkter. Punkter, der bryder en grænse, vises ved linjen med\nderes laveste svar.\n\nFormater: text (standard), json (hele rapporten og hver grænse), junit (til testrapporter),\ngithub (annoteringer til GitHub Actions) og sarif (SARIF 2.1.0 til kodescanning). Kun de\ngrænser, der ikke er nået, er fejl; de punkter, der trækker mest ned, følger som noter, højst\nfem, i rækkefølge.\n\nSlutkode: 0, når alle grænser holder, 1, når en ikke gør, 2 ved ugyldigt input eller brug.",
	CheckExample: `  samskab check plan.yaml
  samskab check plan.yaml --min 60 --min-rubric cok=70 --min-item 25
  samskab check plan.yaml --min-coverage 90 --fail-on-disagreement
  samskab check plan.yaml --format github                  # i et trin i GitHub Actions
  samskab check plan.yaml --format junit > samskab.xml     # til en testrapport`,
	BatchShort: "Scor mange besvarelsesfiler og opsummer porteføljen",
	BatchLong: `Scor hver besvarelsesfil i de angivne filer og mapper: én række pr. sag og derefter en
sammenfatning af porteføljen – antal sager, gennemsnit og median af den samlede score, sager pr.
niveau og for hvert princip gennemsnittet over sagerne og antallet af sager, hvor det er et lavt
indsatsområde, så I ser, hvad porteføljen som helhed er svagest på.

Mapper gennemsøges rekursivt for *.yaml- og *.yml-filer; skjulte filer og mapper springes over.
Filerne scores samtidig (--jobs), men vises altid i stiernes rækkefølge, så resultatet er det
samme for ethvert antal jobs.

En fil, der ikke kan læses eller ikke er en gyldig besvarelsesfil, stopper ikke kørslen: dens problemer
skrives på stderr som fil:linje:kolonne, den får en fejlrække i csv og jsonl og et punkt under
"errors" i json, og resten vises som sædvanlig.

Formater: table (standard, også når output ikke er en terminal), markdown, csv og jsonl (én
række eller linje pr. fil med filens sti), json (sager, sammenfatning og fejl i ét dokument) og
html (én selvstændig side, der kan udskrives på liggende A4: sammenfatningen, en række pr. sag
med små søjler, principperne med de svageste først og et varmekort over hvert punkts procent i
hver sag). Porteføljens sammenfatning er med i table, markdown, json og html. Tal i csv, jsonl
og json har decimalpunktum uanset sprog. Tabellen passer til terminalen: i en smal terminal
udelades kolonnerne for vigtigste indsatsområde, ejer og modeller først.

Slutkoder: 0 alle filer blev scoret; 3 nogle filer kunne ikke scores (resten vises); 2 ingen fil
kunne scores, ingen besvarelsesfiler blev fundet, eller kommandoen blev brugt forkert.`,
	BatchExample: `  samskab batch sager/
  samskab batch sager/2025 sager/2026 --format csv --out portefolje.csv
  samskab batch sager/ --format jsonl | jq -r 'select(.status == "error") | .file'
  samskab batch sager/ --format markdown --lang da > portefolje.md
  samskab batch sager/ --format html --out portefolje.html
  samskab batch sager/ --rubric cok --jobs 4`,
	CompareShort: "Vis, hvad der har ændret sig mellem runder af et projekt eller en mappe med projekter",
	CompareLong: `Scor besvarelsesfilerne fra to eller flere runder af samme projekt, ældste først, og vis, hvad
der har ændret sig.

Med to filer: den samlede score og niveau, hver models og hvert punkts procent før og efter, de
indsatsområder, der er kommet til eller lukket, og de respondenter, der er kommet til eller ikke
længere er med (efter navn).

Med tre eller flere filer: hver models og hvert punkts procent i hver runde, ændringen siden
forrige runde og siden den første, en lille kurve over udviklingen i tekstvisningerne og de
indsatsområder, der er kommet til eller lukket mellem de to sidste runder. --format html tegner
runderne som en kurve.

Med to mapper (GAMMEL_MAPPE NY_MAPPE, en portefølje i to runder): besvarelsesfilerne parres efter
projektnavn og derefter efter stien i mappen; hvert projekts ændring, hvor mange der steg, faldt
eller lå stille (under 1 procentpoint begge veje), de største bevægelser og de projekter, der kun
findes i én runde. Filer, der ikke kan scores, vises på stderr (slutkode 3).

Ændringerne er i procentpoint og er forskellen mellem procenterne, som de vises, så kolonnerne
stemmer. Hver fil scores med sine egne modeller, medmindre --rubric er givet.

Filerne fra ét projekt skal nævne samme projekt (project.name); brug --force for alligevel at
sammenligne forskellige projekter. --format xlsx skriver en projektmappe (med --out FIL, eller
med stdout sendt til en fil). Slutkoder: 0 færdig; 2 en ugyldig fil, forskellige projekter eller
forkert brug; 3 (mapper) nogle filer kunne ikke scores.`,
	CompareExample: `  samskab compare plan-2025.yaml plan-2026.yaml
  samskab compare runde1.yaml runde2.yaml runde3.yaml
  samskab compare runde1.yaml runde2.yaml runde3.yaml --format html > udvikling.html
  samskab compare runde1.yaml runde2.yaml --format json | jq '.gaps.opened'
  samskab compare sager/2025 sager/2026 --format markdown > portefolje.md
  samskab compare sager/2025 sager/2026 --format xlsx --out udvikling.xlsx
  samskab compare aalborg.yaml odense.yaml --force`,
	InitShort: "Skriv en ny besvarelsesfil med alle spørgsmål klar til svar",
	InitLong: `Skriv en skabelon til en besvarelsesfil: en projektblok, der skal udfyldes, og én besvarelse, der
viser hvert spørgsmål i omfanget som et ubesvaret (~) svar med spørgsmålets tekst som kommentar
over. Uden FIL vises skabelonen. En eksisterende FIL overskrives aldrig uden --force.
Kommentarerne følger --lang.`,
	InitExample: `  samskab init plan.yaml
  samskab init plan.yaml --rubric cok --rubric frivilligraadet --lang da
  samskab init > plan.yaml`,
	RubricsShort: "Vis de indlæste modeller",
	RubricsLong: `Vis de modeller, samskab kender: de fire indbyggede og dem, der er indlæst med --rubrics
eller $SAMSKAB_RUBRICS.`,
	RubricsExample: `  samskab rubrics
  samskab rubrics --format json
  samskab rubrics show cok --lang da`,
	ShowShort: "Vis én model: dens principper, spørgsmål og handlinger",
	ShowLong:  "Vis én model: hvert punkt med dets oprindelige titel, resumé, spørgsmål, næste skridt, temaer og kilde.",
	ShowExample: `  samskab rubrics show cok
  samskab rubrics show frivilligraadet --lang da --format markdown
  samskab rubrics show vaeksthus --format json`,
	LintShort: "Tjek modelfiler, før de indlæses med --rubrics",
	LintLong: `Tjek modelfiler (eller mapper med dem) lige så strengt, som --rubrics og $SAMSKAB_RUBRICS
indlæser dem: formatversion, id'er, mindst ét spørgsmål pr. punkt, en tekst på hvert angivet
sprog, kendte temaer og positive vægte. Filerne tjekkes også sammen og mod de indbyggede
modeller: modellernes id'er skal være forskellige, og punkternes id'er skal være entydige på
tværs af dem alle.

Hvert problem skrives på stderr som fil:linje:kolonne, og slutkoden er 2. Når alt er i orden,
er slutkoden 0, med én linje pr. model. En model, der erstatter en indbygget, giver en
advarsel, ikke en fejl.`,
	LintExample: `  samskab rubrics lint min-model.yaml
  samskab rubrics lint modeller/        # hver *.yaml og *.yml i mappen
  samskab rubrics lint modeller/ && samskab score plan.yaml --rubrics modeller`,
	SchemaShort: "Vis JSON Schema for besvarelsesfilernes eller modellernes format",
	SchemaLong: `Vis et JSON Schema (draft 2020-12) for besvarelsesfilernes eller modellernes format til editorer og
andre værktøjer. En fil, som skemaet godkender, godkender samskab også, bortset fra
krydshenvisninger som aktørers id'er. Case-skemaet viser hvert spørgsmåls id i de indlæste
modeller (også dem fra --rubrics) med dets tekst, så en editor kan fuldføre id'erne og vise
hvert spørgsmål, mens der skrives. Beskrivelserne følger --lang.

Besvarelsesfiler lavet med 'samskab init' begynder med en linje til YAML language server (VS Codes
YAML-udvidelse, Neovim, Helix, ...), der peger på samskab-case.schema.json ved siden af filen.`,
	SchemaExample: `  samskab schema case > samskab-case.schema.json
  samskab schema rubric > samskab-rubric.schema.json
  samskab schema case --rubrics ./modeller --lang da > samskab-case.schema.json`,
	ErrJobs:             "--jobs skal være 1 eller mere (eller 0 for én pr. CPU), fik %d",
	Interrupted:         "afbrudt",
	InterruptedOut:      "afbrudt; %s blev ikke skrevet",
	WritingReport:       "rapporten kunne ikke skrives: %w",
	RenderingReport:     "rapporten kunne ikke dannes: %w",
	RenderingCheck:      "tjekket kunne ikke dannes: %w",
	RenderingCompare:    "sammenligningen kunne ikke dannes: %w",
	NoCaseFiles:         "fandt ingen besvarelsesfiler (*.yaml, *.yml) i %s",
	NoneScored:          "ingen af de %d filer kunne scores",
	NoneScoredIn:        "ingen af de %d filer i %s kunne scores",
	SomeFailed:          "%d af %d filer kunne ikke scores; resten er med i rapporten",
	SomeFailedCompare:   "%d filer kunne ikke scores; resten er sammenlignet",
	ProgressLabel:       "Scorer",
	WroteOut:            "Skrev %s.",
	CannotWriteOut:      "kan ikke skrive --out %s: %s",
	ExcelCSVOnly:        "--excel gælder kun --format csv, ikke --format %s",
	FolderFormat:        "formatet %q findes ikke til to mapper; forventede et af: %s",
	MinRubricTwice:      "--min-rubric %s er givet to gange",
	MinRubricForm:       "--min-rubric %q: forventede ID=PCT, fx --min-rubric cok=70",
	MinRubricNumber:     "--min-rubric %q: %q er ikke et tal; forventede ID=PCT, fx cok=70",
	PercentFlag:         "%s skal være en procent fra 0 til 100, fik %g",
	DifferentProjects:   "%s og %s er forskellige projekter (%q og %q); brug --force for at sammenligne dem alligevel",
	UnknownSchema:       "ukendt skema %q; forventede case eller rubric",
	UnknownAudience:     "ukendt målgruppe %q til --audience; forventede en af: %s",
	CannotCreate:        "kan ikke oprette %s: mappen %s findes ikke",
	NeedProject:         "%s findes ikke endnu; giv projektet et navn med --project for at oprette den",
	Warning:             "samskab: advarsel: %s",
	FlagIgnored:         "%s bruges ikke: %s siger allerede %q",
	SameRespondent:      "%s har %d besvarelser fra %q (linje %s); omdøb en af dem, så --respondent kan skelne dem",
	ActorIgnored:        "--actor bruges ikke: besvarelsen fra %q i %s bliver, som den er",
	UnknownActorNone:    "ukendt aktør %q til --actor: %s angiver ingen aktører; tilføj den først under `actors:`",
	UnknownActorList:    "ukendt aktør %q til --actor; %s angiver: %s",
	NameNotUTF8:         "%s er ikke gyldig UTF-8-tekst; tjek tegnsættet i terminalen eller scriptet",
	NameBlank:           "%s indeholder kun mellemrum; giv et navn, eller udelad flaget",
	NameControl:         "%s indeholder kontroltegnet %U ved byte %d; et navn er én linje tekst",
	NameLong:            "%s fylder %d tegn; grænsen er %d",
	SavingAnswer:        "svaret på %s kunne ikke gemmes i %s: %w",
	AnswerInvalid:       "svaret ville give en fil, som samskab ikke kan læse, så intet blev skrevet: %w",
	NowSameRespondent:   "%s har nu %d besvarelser fra %q; omdøb en af dem, så de kan skelnes",
	SideFailed:          "%s kan ikke læses (%s), og svarene kunne heller ikke gemmes i %s: %w",
	SideHeader:          "samskab: svar til %s, som ikke kunne skrives i den.",
	ImportNotActor:      "%q er ikke en aktør i %s; forventede en af: %s (eller tilføj den først under `actors:`)",
	ImportNoActors:      "der er ingen angivet",
	ImportDryRun:        "Prøvekørsel: ville tilføje %s til %s%s; intet blev skrevet.",
	ImportInvalid:       "den importerede fil ville ikke være gyldig, så intet blev skrevet (meld det gerne som en fejl): %w",
	ImportNothing:       "Intet at tilføje: %s har allerede alle besvarelser i %s.",
	ImportAdded:         "Tilføjede %s til %s%s. Se rapporten med: samskab score %s",
	Response1:           "1 besvarelse",
	ResponsesN:          "%d besvarelser",
	AlreadyThere:        " (%s var der allerede)",
	LintOK:              "%s: ok: model %s, version %d, %s, %s",
	Item1:               "1 punkt",
	ItemsN:              "%d punkter",
	Question1:           "1 spørgsmål",
	QuestionsN:          "%d spørgsmål",
	CertError:           "--tls-cert/--tls-key: %s",
	NoFolder:            "%s: mappen %s findes ikke",
	PortTaken:           "port 8080 er optaget; bruger en ledig port i stedet",
	CannotServe:         "kan ikke lytte på %s: %s",
	ServerStopped:       "workshop-serveren stoppede: %w",
	DidYouMean:          "Mente I en af disse?",
	WorkbookTerminal:    "en projektmappe er binær; giv --out FIL.xlsx (eller send stdout til en fil)",
	WorkshopNeedProject: "%s findes ikke; giv --project NAVN for at begynde en ny besvarelsesfil der",
	WorkshopServerMissing: "samskab workshop kræver programmet samskab-workshop, som hverken ligger ved siden af %s eller på PATH. " +
		"Det følger med i samme arkiv som samskab, eller installér det med: go install github.com/samskab/samskab/cmd/samskab-workshop@latest",
	WorkshopServerDirect:   "samskab-workshop afvikler de møder, som samskab workshop starter; start et møde med: samskab workshop FIL (se samskab workshop --help)",
	WorkshopServerMismatch: "samskab-workshop er fra en anden version end samskab; installér de to programmer fra samme udgivelse",
	WorkshopServerFailed:   "kan ikke starte %s: %s",

	// How to load the completion script, shell by shell.
	CompletionBash: `Lav et script til fuldførelse med Tab i bash. Det kræver pakken
bash-completion, som de fleste Linux-distributioner har med; ellers findes
den i systemets pakkehåndtering.

Indlæs scriptet i den aktuelle session:

  source <(samskab completion bash)

Indlæs det i hver ny session ved at gemme det én gang, for alle brugere:

  samskab completion bash | sudo tee /etc/bash_completion.d/samskab > /dev/null

eller kun for den aktuelle bruger:

  mkdir -p ~/.local/share/bash-completion/completions
  samskab completion bash > ~/.local/share/bash-completion/completions/samskab

På macOS med Homebrew:

  samskab completion bash > "$(brew --prefix)/etc/bash_completion.d/samskab"

Start derefter en ny skal.`,
	CompletionZsh: `Lav et script til fuldførelse med Tab i zsh.

Fuldførelse skal være slået til i zsh. Er den ikke det, så tilføj
autoload -U compinit; compinit til ~/.zshrc én gang:

  echo "autoload -U compinit; compinit" >> ~/.zshrc

Indlæs scriptet i den aktuelle session:

  source <(samskab completion zsh)

Indlæs det i hver ny session ved at gemme det én gang i den første mappe i
$fpath:

  samskab completion zsh > "${fpath[1]}/_samskab"

På macOS med Homebrew:

  samskab completion zsh > "$(brew --prefix)/share/zsh/site-functions/_samskab"

Start derefter en ny skal.`,
	CompletionFish: `Lav et script til fuldførelse med Tab i fish.

Indlæs scriptet i den aktuelle session:

  samskab completion fish | source

Indlæs det i hver ny session ved at gemme det én gang:

  samskab completion fish > ~/.config/fish/completions/samskab.fish

Start derefter en ny skal.`,
	CompletionPowerShell: `Lav et script til fuldførelse med Tab i PowerShell.

Indlæs scriptet i den aktuelle session:

  samskab completion powershell | Out-String | Invoke-Expression

Indlæs det i hver ny session ved at tilføje samme linje én gang til
PowerShell-profilen, filen i $PROFILE:

  mkdir -Force (Split-Path $PROFILE)
  Add-Content $PROFILE 'samskab completion powershell | Out-String | Invoke-Expression'

Start derefter en ny PowerShell.`,
}

var englishCLI = CLIMessages{
	Usage:            "Usage:",
	Aliases:          "Aliases:",
	Examples:         "Examples:",
	Commands:         "Available Commands:",
	MoreCommands:     "Additional Commands:",
	Flags:            "Flags:",
	GlobalFlags:      "Global Flags:",
	HelpTopics:       "Additional help topics:",
	MoreInfo:         `Use "%s [command] --help" for more information about a command.`,
	CommandWord:      "command",
	FlagsWord:        "flags",
	Default:          "default",
	HelpFlag:         "help for %s",
	VersionFlag:      "print the version of samskab",
	HelpShort:        "Help about any command",
	HelpLong:         "Help shows the help of any command: samskab help COMMAND.",
	CompletionShort:  "Generate the autocompletion script for the specified shell",
	CompletionLong:   "Generate the autocompletion script for samskab for the specified shell. See each sub-command's help for how to use the generated script.",
	CompletionShell:  "Generate the autocompletion script for %s",
	NoDescriptions:   "disable completion descriptions",
	UnknownFlag:      "unknown flag: %s",
	UnknownShorthand: "unknown shorthand flag: %q in -%s",
	NeedsArgument:    "flag needs an argument: %s",
	NeedsArgShort:    "flag needs an argument: %q in -%s",
	InvalidArgument:  "invalid argument %s",
	InvalidNumber:    "invalid argument %[1]q for %[2]q flag: strconv.%[3]s: parsing %[4]q: invalid syntax",
	InvalidBool:      "invalid argument %[1]q for %[2]q flag: strconv.%[3]s: parsing %[4]q: invalid syntax",
	NumberRange:      "invalid argument %[1]q for %[2]q flag: strconv.%[3]s: parsing %[4]q: value out of range",
	BadFlagSyntax:    "bad flag syntax: %s",
	SeeHelp:          "%s (see '%s --help')",
	ArgCount:         "%s expects %s, got %d argument(s) (see '%s --help')",
	ArgCountMin:      "%s expects %s (see '%s --help')",
	ArgCountMax:      "%s takes at most %d argument(s), got %d (see '%s --help')",
	ArgNone:          "%s takes no arguments, got %q (see '%s --help')",
	UnknownCommand:   "unknown command %q for %q",
	UnknownLang:      "unknown language %q for --lang; expected da or en",
	UnknownFormat:    "unknown format %q for --format; expected one of: %s",
	GapBelowRange:    "--gap-below must be a percent above 0 and at most 100, got %g",
	CompareMix:       "give two or more case files, or exactly two folders – not a mix",
	NoSharedRubric:   "%s and %s have no rubric in common, so no score can be compared; score them with the same --rubric",
	Exists:           "%s already exists; use --force to overwrite it",
	Wrote:            "Wrote %s. Answer the questions, then run: samskab score %s",
	ArgScoreFile:     "FILE, the case file to score",
	ArgCheckFile:     "FILE, the case file to check",
	ArgRubricID:      "the ID of a rubric (see 'samskab rubrics')",
	ArgCompare:       "two or more case files, oldest first, or two folders",
	ArgSchema:        "case or rubric",
	ArgLint:          "one or more rubric files or folders",
	ArgBatch:         "one or more case files or folders",
	UseFile:          "FILE",
	UseOptFile:       "[FILE]",
	UsePaths:         "PATH...",
	UseCompare:       "ROUND... | compare OLD_DIR NEW_DIR",
	UseFiles:         "FILE…",
	ImportUse:        "EXPORT --into FILE",
	ImportShort:      "Add the responses from a survey export (CSV or XLSX) to a case file",
	ImportLong: `Read the export of an online form – Microsoft Forms, Google Forms, SurveyXact or any other
that gives one row per response – and add each row to FILE as a response.

EXPORT is an Excel workbook (.xlsx; the first sheet is read) or CSV with comma, semicolon or tab
between cells, UTF-8 with or without a byte order mark (or UTF-16 with one).

Columns are matched by their header:
  - a question's text in Danish or English, as "samskab rubrics show ID" prints it (case,
    spacing and punctuation do not matter), or a question id such as "cok-01.q1" or
    "[cok-01.q1] Vi har …";
  - Navn/Name becomes the respondent, Part/Party the actor (by actor id or name);
  - Id, Starttidspunkt/Start time, Fuldførelsestidspunkt/Completion time, Mail/Email and
    similar columns are ignored; any other column is ignored with a warning that names the
    question it most resembles.

To build the form, "samskab rubrics show ID --format csv" lists every question with a title
ready to paste ("[cok-01.q1] …", matched by its id even if the wording is later edited).

Answers are the scale's labels in Danish or English ("Helt enig" … "Helt uenig", "Ikke relevant",
"Ved ikke"), the digits 0–4, na or dk; an empty cell is no answer.

A response is identified by its content: respondent, actor and answers. A row is added only while
FILE has fewer responses with the same content than the export, so importing the same export
twice – or a later export that still holds the earlier rows – adds only what is new.

FILE is created when it does not exist, scoped to the rubrics the export's questions come from,
with an actor for every party (the kind is guessed from words such as "kommune", "borgere",
"forening"; check it). In an existing FILE every party must name one of its actors.

Nothing is written when any cell is wrong: each problem is printed as EXPORT:ROW:COLUMN and the
exit code is 2. --dry-run prints the responses that would be added, as YAML, and writes nothing.`,
	ImportExample: `  samskab import forms.xlsx --into havdrup.yaml
  samskab import svar.csv --into havdrup-2026.yaml --project "Fællesskab mod ensomhed i Havdrup"
  samskab import svar.csv --into havdrup.yaml --dry-run`,
	ImportArg:          "EXPORT, the survey export (CSV or XLSX)",
	ImportIntoRequired: "--into FILE is required: the case file to add the responses to",
	FlagInto:           "the case file `FILE` to add the responses to; created if missing",
	FlagImportProject:  "project `NAME` when FILE is new (default: FILE's name)",
	FlagDryRun:         "print what would be added and write nothing",
	WorkshopUse:        "FILE",
	WorkshopShort:      "Run a meeting where every partner answers on their own phone",
	WorkshopLong: `Run a small web server for one meeting. Participants open the link or scan the QR code
on their own phone or laptop, type the 6-digit code, give a name (optional) and the party
they answer for, and answer the questions one principle at a time. Every answer is written
to FILE before the participant's phone says it is saved; answers can be changed until the
meeting closes.

The facilitator's link (printed at start, keep it to yourself) shows how far each party
is, never who answered what, and has a button that shows everyone the joint result:
overall, per rubric, where the room disagrees most, and the scores by party.

FILE is created when it does not exist (give --project); an existing FILE keeps every
response and comment it has, and each participant is added as a new response.

The server speaks plain HTTP on the local network (port 8080, or a free one if that is
taken): use it on a network you trust, or give --tls-cert and --tls-key. Nothing is
loaded from or sent to the internet. Ctrl-C closes the meeting: answers under way are
written first.

Started again on the same FILE within 12 hours, the meeting goes on: the same code, and
each phone goes on in its own response. A small file beside FILE, .FILE.workshop,
remembers the meeting: the code and a fingerprint of each participant's token, never the
token itself. With --new a new meeting starts instead: a new code, and the earlier
participants' phones are no longer in it; the answers in FILE stay as they are.`,
	WorkshopExample: `  samskab workshop plan.yaml --rubric cok
  samskab workshop new.yaml --project "Walking friends in Havdrup" --rubric vaeksthus --anonymous
  samskab workshop plan.yaml --new   # a new meeting with a new code, not the last one continued
  samskab workshop plan.yaml --listen 127.0.0.1:0 --format json   # for scripts and tests
  samskab workshop plan.yaml --tls-cert cert.pem --tls-key key.pem`,
	WorkshopArg:          "FILE, the case file the answers go into",
	WorkshopTLSPair:      "--tls-cert and --tls-key go together; give both or neither",
	WorkshopListenBad:    "--listen %q is not HOST:PORT, e.g. :8080 or 127.0.0.1:0",
	WorkshopPortBad:      "--listen %q: the port must be a number from 0 to 65535",
	FlagListen:           "`HOST:PORT` to serve on; 127.0.0.1:0 is a free port on this computer only",
	FlagWorkshopFormat:   "start-up and closing output: text or json (one line each)",
	FlagWorkshopProject:  "the project's `NAME`, for a new FILE",
	FlagAnonymous:        "store no names: respondents are numbered per party",
	FlagNewMeeting:       "start a new meeting with a new code, even if a meeting on FILE could go on; the answers in FILE stay",
	FlagTLSCert:          "serve HTTPS with this certificate `FILE` (PEM)",
	FlagTLSKey:           "the certificate's private key `FILE` (PEM)",
	FlagLang:             "report `LANG`uage: da or en (default: $SAMSKAB_LANG, else from the locale)",
	FlagRubric:           "score only the rubric `ID` (repeatable; overrides the case's rubrics)",
	FlagRubrics:          "also load rubric files from the folder `DIR` (repeatable; also $SAMSKAB_RUBRICS)",
	FlagNoColor:          "never use colour (also $NO_COLOR)",
	FlagAccessible:       "plain numbered prompts without redraws (also $ACCESSIBLE=1)",
	FlagFormat:           "output `FORMAT`: %s",
	FlagGapBelow:         "list scored items below this percent `PCT` as gaps",
	FlagGapBelowBatch:    "count scored items below this percent `PCT` as low gaps",
	FlagForceInit:        "overwrite FILE if it exists",
	FlagForceCompare:     "compare even if the files name different projects",
	FlagProject:          "the project's `NAME`, for a new FILE (asked for on a terminal)",
	FlagOwner:            "the `NAME` of the project owner, for a new FILE",
	FlagRespondent:       "the `NAME` of who answers; naming an existing response resumes it",
	FlagActor:            "the party the respondent answers for: an `ID` declared under actors",
	FlagAudience:         "ask only the questions for `WHO`: lead, partner or citizen",
	FlagExcel:            "with --format csv: semicolons, decimal commas and a byte order mark, for Excel in a Danish locale",
	FlagNotes:            "ask for an optional note with each answer",
	FlagJobs:             "`N` files scored in parallel (0: one per CPU)",
	FlagOut:              "write the report to the file `PATH` (atomically) instead of stdout",
	FlagMin:              "minimum overall percent `PCT`; overrides targets.overall, which defaults to 50",
	FlagMinRubric:        "minimum percent for a rubric, as `ID=PCT`; repeatable; overrides targets.rubrics",
	FlagMinItem:          "no scored item below this percent `PCT`; overrides targets.item",
	FlagMinCoverage:      "minimum percent `PCT` of items scored or marked na; overrides targets.coverage, which defaults to 100",
	FlagFailDisagreement: "fail when respondents' scores for an item lie 2 or more apart",
	RootShort:            "Score a project against the principles of samskabelse (co-creation)",
	RootLong: `samskab scores a project against published principles of samskabelse – co-creation
of welfare, where citizens, volunteers, associations, businesses and public staff define a
problem together and build the solution together.

It ships four rubrics (Væksthus for Ledelse's 4 characteristics and 4 steps, Frivilligrådet's
6 principles and COK's 10 ways), reads answers from a YAML case file or asks them in the
terminal, and reports a score per rubric and theme, the gaps that matter most, and what to do.`,
	RootExample: `  samskab init plan.yaml --rubric cok     # start a case file
  samskab score plan.yaml                  # report in the terminal
  samskab score plan.yaml --format json    # machine-readable report
  samskab rubrics show cok                 # read the principles`,
	ScoreShort: "Score a case file and print the report",
	ScoreLong: `Score a case file against the rubrics in its scope and print a report: the overall
score and level, a score per rubric, item and theme, and the gaps – the items that are low,
that respondents disagree on, or that nobody could answer – each with a next step.

Text output fits the terminal: its width, else $COLUMNS, else 80 columns.`,
	ScoreExample: `  samskab score plan.yaml
  samskab score plan.yaml --lang en --format markdown > report.md
  samskab score plan.yaml --format json | jq '.overall'
  samskab score plan.yaml --format html > report.html
  samskab score plan.yaml --rubric cok --gap-below 60`,
	AssessShort: "Answer the questions in the terminal and get the report",
	AssessLong: `Ask every question in scope, one at a time, and save each answer in FILE as soon as it
is given (default: samskab.yaml). Answers are 0–4 on the scale below, na (not relevant) or
dk (don't know); a question can be skipped and answered later. At the end the report is
printed, as by 'samskab score'. With --audience only the questions for that group are asked:
lead (those who run the project), partner (associations, businesses and other organisations)
or citizen (citizens and volunteers); an item is scored from whoever answered it.

  4 Strongly agree · 3 Mostly agree · 2 Neither agree nor disagree · 1 Mostly disagree
  0 Strongly disagree · na Not relevant · dk Don't know

A FILE that does not exist is created. In an existing FILE a new response is added, or,
when --respondent names a response already there, that response resumes at its first
unanswered question. The rest of the file – comments, order and other responses – is left
exactly as it was.

On a terminal the questions come as a form that starts on "Skip": arrow keys (or a digit
0–4) and Enter choose, and the last option goes back to the previous question. With --accessible, ACCESSIBLE=1, TERM=dumb, or
when the input is not a terminal, the questions are plain numbered prompts instead, one
answer per line: 0–4, na, dk, an empty line to skip, or < to go back. With --notes the
line after each answer is a note (empty for none).

Ctrl-C, SIGTERM, SIGHUP (a closed terminal), or input that ends before the last question,
stops with exit code 130; every answer given is already saved, and a line on stderr says how
to resume. Several people may answer into one FILE at once: each save locks FILE, re-reads it
and merges by respondent and question, so every answer is kept.`,
	AssessExample: `  samskab assess plan.yaml
  samskab assess plan.yaml --respondent "Mette (projektleder)"    # resume where Mette stopped
  samskab assess plan.yaml --rubric cok --project "Gå-venner i Havdrup" --notes
  samskab assess plan.yaml --audience citizen --respondent "Grethe (frivillig)"   # only questions a citizen can answer
  printf '3\n2\nna\n4\n' | samskab assess plan.yaml --rubric vaeksthus --project X --respondent Y
  samskab assess plan.yaml --accessible --lang da --format markdown > report.md`,
	CheckShort: "Check a case file against its targets; exit 1 when it falls short",
	CheckLong:  "Score a case file and check it against thresholds – for CI, where a merge should fail\nwhen a project plan falls below its own targets.\n\nEach threshold comes from a flag if given, else from the file's `targets`, else from the\ndefault: overall at least 50 %, coverage (items scored or marked na) 100 %, no rubric or item\nminimum. Items that break a threshold are reported at the line of their lowest answer.\n\nFormats: text (default), json (the full report plus each threshold), junit (for test\nreporters), github (annotations for GitHub Actions) and sarif (SARIF 2.1.0 for code scanning).\nOnly the thresholds that fail are errors; the items that pull the score down most follow as\nnotices, at most five, ranked.\n\nExit status: 0 when every threshold holds, 1 when any does not, 2 on invalid input or usage.",
	CheckExample: `  samskab check plan.yaml
  samskab check plan.yaml --min 60 --min-rubric cok=70 --min-item 25
  samskab check plan.yaml --min-coverage 90 --fail-on-disagreement
  samskab check plan.yaml --format github                  # in a GitHub Actions step
  samskab check plan.yaml --format junit > samskab.xml     # for a test report`,
	BatchShort: "Score many case files and sum up the portfolio",
	BatchLong: `Score every case file in the given files and folders: one row per case, then a summary of
the portfolio – the number of cases, the mean and median overall score, the cases per level, and
for each principle the mean across the cases and the number of cases where it is a low gap, so
you see what the portfolio as a whole is weakest on.

Folders are searched recursively for *.yaml and *.yml files; hidden files and folders are
skipped. Files are scored in parallel (--jobs) but always reported in path order, so the output
is the same for any number of jobs.

A file that cannot be read or is not a valid case file does not stop the batch: its problems go
to stderr as file:line:col lines, it gets an error row in csv and jsonl and an entry under
"errors" in json, and the rest is reported as usual.

Formats: table (the default, also when the output is not a terminal), markdown, csv and jsonl
(one row or line per file, with the file path in each), json (cases, summary and errors in one
document) and html (one self-contained page that prints on landscape A4: the summary, a row per
case with small bars, the principles weakest first and a heat map of every item's percent in
every case). The portfolio summary is part of table, markdown, json and html. Numbers in csv,
jsonl and json use a decimal point whatever the language. The table fits the terminal: on a
narrow one the top gap, owner and rubric columns go first.

Exit codes: 0 every file was scored; 3 some files could not be scored (the rest is reported);
2 no file could be scored, no case files were found, or the command was used wrongly.`,
	BatchExample: `  samskab batch cases/
  samskab batch cases/2025 cases/2026 --format csv --out portfolio.csv
  samskab batch cases/ --format jsonl | jq -r 'select(.status == "error") | .file'
  samskab batch cases/ --format markdown --lang da > portefolje.md
  samskab batch cases/ --format html --out portfolio.html
  samskab batch cases/ --rubric cok --jobs 4`,
	CompareShort: "Show what changed between rounds of a project, or of a folder of projects",
	CompareLong: `Score the case files of two or more rounds of the same project, oldest first, and show what
changed.

With two files: the overall score and level, each rubric's and each item's percent before and
after, the gaps that opened and closed, and the respondents who joined or are gone (matched by
name).

With three or more files: every rubric's and item's percent in each round, the change since the
previous round and since the first, a sparkline of the trend in the text views, and the gaps that
opened and closed between the last two rounds. --format html draws the rounds as a line chart.

With two folders (OLD_DIR NEW_DIR, a portfolio in two rounds): the case files are matched by
project name, then by their path inside the folder; each project's change, how many rose, fell
or stayed (less than 1 percentage point either way), the largest moves, and the projects found
in only one round. Files that cannot be scored are reported on stderr (exit 3).

Changes are in percentage points and are the difference of the percents as printed, so the
columns add up. Each file is scored with its own rubrics unless --rubric is given.

The files of one project must name the same project (project.name); use --force to compare
different projects anyway. --format xlsx writes a workbook (with --out FILE, or stdout
redirected to a file). Exit codes: 0 done; 2 an invalid file, different projects, or a usage
error; 3 (folders) some files could not be scored.`,
	CompareExample: `  samskab compare plan-2025.yaml plan-2026.yaml
  samskab compare runde1.yaml runde2.yaml runde3.yaml
  samskab compare runde1.yaml runde2.yaml runde3.yaml --format html > udvikling.html
  samskab compare round1.yaml round2.yaml --format json | jq '.gaps.opened'
  samskab compare cases/2025 cases/2026 --format markdown > portefolje.md
  samskab compare cases/2025 cases/2026 --format xlsx --out udvikling.xlsx
  samskab compare aalborg.yaml odense.yaml --force`,
	InitShort: "Write a new case file with every question ready to answer",
	InitLong: `Write a case-file template: a project block to fill in and one response that lists every
question in scope as an unanswered (~) answer, with the question text as a comment above it.
Without FILE the template is printed. An existing FILE is never overwritten without --force.
The comments follow --lang.`,
	InitExample: `  samskab init plan.yaml
  samskab init plan.yaml --rubric cok --rubric frivilligraadet --lang en
  samskab init > plan.yaml`,
	RubricsShort: "List the loaded rubrics",
	RubricsLong: `List the rubrics samskab knows: the four built-in ones and any loaded with --rubrics
or $SAMSKAB_RUBRICS.`,
	RubricsExample: `  samskab rubrics
  samskab rubrics --format json
  samskab rubrics show cok --lang en`,
	ShowShort: "Print one rubric: its principles, questions and actions",
	ShowLong:  "Print one rubric: every item with its original title, summary, questions, next step, themes and source.",
	ShowExample: `  samskab rubrics show cok
  samskab rubrics show frivilligraadet --lang en --format markdown
  samskab rubrics show vaeksthus --format json`,
	LintShort: "Check rubric files before you load them with --rubrics",
	LintLong: `Check rubric files (or folders of them) as strictly as --rubrics and $SAMSKAB_RUBRICS load
them: the format version, ids, at least one question per item, a text in every declared
language, known themes and positive weights. The files are also checked together and against
the built-in rubrics: rubric ids must differ between the files, and item ids must be unique
across all of them.

Each problem is printed on stderr as file:line:col and the exit code is 2. When all is well
the exit code is 0, with one line per rubric. A rubric that replaces a built-in one gets a
warning, not an error.`,
	LintExample: `  samskab rubrics lint my-rubric.yaml
  samskab rubrics lint org-rubrics/        # every *.yaml and *.yml in the folder
  samskab rubrics lint org-rubrics/ && samskab score plan.yaml --rubrics org-rubrics`,
	SchemaShort: "Print the JSON Schema of the case-file or rubric format",
	SchemaLong: `Print a JSON Schema (draft 2020-12) of the case-file format or the rubric format, for
editors and other tools. A file the schema accepts is one samskab accepts, apart from
cross-references such as actor ids. The case schema lists every question id of the loaded
rubrics (including those from --rubrics) with its text, so an editor can complete the ids and
show each question while you type. Descriptions follow --lang.

Case files made by 'samskab init' start with a modeline for the YAML language server (VS Code's
YAML extension, Neovim, Helix, ...) that points at samskab-case.schema.json next to the file.`,
	SchemaExample: `  samskab schema case > samskab-case.schema.json
  samskab schema rubric > samskab-rubric.schema.json
  samskab schema case --rubrics ./my-rubrics --lang da > samskab-case.schema.json`,
	ErrJobs:             "--jobs must be 1 or more (or 0 for one per CPU), got %d",
	Interrupted:         "interrupted",
	InterruptedOut:      "interrupted; %s was not written",
	WritingReport:       "writing the report: %w",
	RenderingReport:     "rendering the report: %w",
	RenderingCheck:      "rendering the check: %w",
	RenderingCompare:    "rendering the comparison: %w",
	NoCaseFiles:         "no case files (*.yaml, *.yml) found in %s",
	NoneScored:          "none of the %d files could be scored",
	NoneScoredIn:        "none of the %d files in %s could be scored",
	SomeFailed:          "%d of %d files could not be scored; the rest is reported",
	SomeFailedCompare:   "%d files could not be scored; the rest is compared",
	ProgressLabel:       "Scoring",
	WroteOut:            "Wrote %s.",
	CannotWriteOut:      "cannot write --out %s: %s",
	ExcelCSVOnly:        "--excel applies to --format csv only, not %s",
	FolderFormat:        "format %q is not available for two folders; expected one of: %s",
	MinRubricTwice:      "--min-rubric %s is given twice",
	MinRubricForm:       "--min-rubric %q: expected ID=PCT, e.g. --min-rubric cok=70",
	MinRubricNumber:     "--min-rubric %q: %q is not a number; expected ID=PCT, e.g. cok=70",
	PercentFlag:         "%s must be a percent from 0 to 100, got %g",
	DifferentProjects:   "%s and %s are different projects (%q and %q); use --force to compare them anyway",
	UnknownSchema:       "unknown schema %q; expected case or rubric",
	UnknownAudience:     "unknown audience %q for --audience; expected one of: %s",
	CannotCreate:        "cannot create %s: the folder %s does not exist",
	NeedProject:         "%s does not exist yet; name the project with --project to create it",
	Warning:             "samskab: warning: %s",
	FlagIgnored:         "%s is ignored: %s already says %q",
	SameRespondent:      "%s has %d responses by %q (lines %s); rename one so --respondent can tell them apart",
	ActorIgnored:        "--actor is ignored: the response by %q in %s is kept as it is",
	UnknownActorNone:    "unknown actor %q for --actor: %s declares no actors; add it under `actors:` first",
	UnknownActorList:    "unknown actor %q for --actor; %s declares: %s",
	NameNotUTF8:         "%s is not valid UTF-8 text; check the terminal's or the script's encoding",
	NameBlank:           "%s is blank; give a name, or leave the flag out",
	NameControl:         "%s contains the control character %U at byte %d; a name is one line of text",
	NameLong:            "%s is %d characters long; the limit is %d",
	SavingAnswer:        "saving the answer to %s in %s: %w",
	AnswerInvalid:       "the answer would make a file samskab cannot read, so nothing was written: %w",
	NowSameRespondent:   "%s now has %d responses by %q; rename one so they can be told apart",
	SideFailed:          "%s cannot be read (%s), and the answers could not be saved in %s either: %w",
	SideHeader:          "samskab: answers for %s that could not be written to it.",
	ImportNotActor:      "%q is not an actor of %s; expected one of: %s (or add it under `actors:` first)",
	ImportNoActors:      "none are declared",
	ImportDryRun:        "Dry run: would add %s to %s%s; nothing was written.",
	ImportInvalid:       "the imported file would not be valid, so nothing was written (please report this): %w",
	ImportNothing:       "Nothing to add: %s already holds every response in %s.",
	ImportAdded:         "Added %s to %s%s. See the report with: samskab score %s",
	Response1:           "1 response",
	ResponsesN:          "%d responses",
	AlreadyThere:        " (%s already there)",
	LintOK:              "%s: ok: rubric %s, version %d, %s, %s",
	Item1:               "1 item",
	ItemsN:              "%d items",
	Question1:           "1 question",
	QuestionsN:          "%d questions",
	CertError:           "--tls-cert/--tls-key: %s",
	NoFolder:            "%s: the folder %s does not exist",
	PortTaken:           "port 8080 is taken; using a free port instead",
	CannotServe:         "cannot serve on %s: %s",
	ServerStopped:       "the workshop server stopped: %w",
	DidYouMean:          "Did you mean this?",
	WorkbookTerminal:    "a workbook is binary; give --out FILE.xlsx (or redirect stdout to a file)",
	WorkshopNeedProject: "%s does not exist; give --project NAME to start a new case file there",
	WorkshopServerMissing: "samskab workshop needs the program samskab-workshop, which is neither beside %s nor on PATH. " +
		"It comes in the same archive as samskab, or install it with: go install github.com/samskab/samskab/cmd/samskab-workshop@latest",
	WorkshopServerDirect:   "samskab-workshop runs the meetings that samskab workshop starts; start one with: samskab workshop FILE (see samskab workshop --help)",
	WorkshopServerMismatch: "samskab-workshop is from another version than samskab; install the two programs from the same release",
	WorkshopServerFailed:   "cannot start %s: %s",

	// How to load the completion script, shell by shell.
	CompletionBash: `Generate the autocompletion script for bash. It needs the bash-completion
package, which most Linux distributions include; if not, install it with the
system's package manager.

To load it in the current session:

  source <(samskab completion bash)

To load it in every new session, save it once, for all users:

  samskab completion bash | sudo tee /etc/bash_completion.d/samskab > /dev/null

or for the current user only:

  mkdir -p ~/.local/share/bash-completion/completions
  samskab completion bash > ~/.local/share/bash-completion/completions/samskab

On macOS with Homebrew:

  samskab completion bash > "$(brew --prefix)/etc/bash_completion.d/samskab"

Then start a new shell.`,
	CompletionZsh: `Generate the autocompletion script for zsh.

Completion must be enabled in zsh. If it is not, add
autoload -U compinit; compinit to ~/.zshrc once:

  echo "autoload -U compinit; compinit" >> ~/.zshrc

To load the script in the current session:

  source <(samskab completion zsh)

To load it in every new session, save it once in the first folder of $fpath:

  samskab completion zsh > "${fpath[1]}/_samskab"

On macOS with Homebrew:

  samskab completion zsh > "$(brew --prefix)/share/zsh/site-functions/_samskab"

Then start a new shell.`,
	CompletionFish: `Generate the autocompletion script for fish.

To load it in the current session:

  samskab completion fish | source

To load it in every new session, save it once:

  samskab completion fish > ~/.config/fish/completions/samskab.fish

Then start a new shell.`,
	CompletionPowerShell: `Generate the autocompletion script for PowerShell.

To load it in the current session:

  samskab completion powershell | Out-String | Invoke-Expression

To load it in every new session, add the same line once to the PowerShell
profile, the file in $PROFILE:

  mkdir -Force (Split-Path $PROFILE)
  Add-Content $PROFILE 'samskab completion powershell | Out-String | Invoke-Expression'

Then start a new PowerShell.`,
}
