#!/usr/bin/env bash
# Opens samskab's workbooks in a real spreadsheet program, LibreOffice Calc
# (headless), and fails when one does not open or does not show what
# samskab wrote. It builds samskab and writes the workbooks of `score`
# (Danish and English), `batch` (20 generated cases) and `compare` (two
# files, three rounds, two folders), then for each:
#
#   - every sheet to CSV as the cells show (number formats applied), and
#     grep for values a reader must see there, æ, ø and å intact;
#   - to flat ODS, where no number may be stored as text;
#   - to PDF, one page per sheet, where each chart's title and axis must be
#     drawn, and the pages to PNG for a human to look at;
#   - through LibreOffice's own xlsx writer, which must keep the charts and
#     write a workbook samskab's reader opens.
#
# Last, a Forms-like export with Danish headers, saved as xlsx by
# LibreOffice, goes through `samskab import`. Anything LibreOffice prints
# besides its progress fails the check too. Too heavy for .ci/run.
#
#   scripts/xlsx-check.sh            # results, PNGs included, in /tmp/xlsx-check
#   OUT=dir scripts/xlsx-check.sh
#
# Needs soffice (LibreOffice 7.2 or later, for CSV of every sheet),
# pdftotext and pdftoppm (poppler-utils) and unzip; on Debian or Ubuntu
# as root it installs what is missing, with the Carlito font, which has
# Calibri's widths, so the pages look as in Excel.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${OUT:-/tmp/xlsx-check}
rm -rf "$out"
mkdir -p "$out"/wb "$out"/csv "$out"/fods "$out"/pdf "$out"/png "$out"/rt "$out"/cases
failures=0
fail() { echo "xlsx-check: FAIL: $*" >&2; failures=$((failures + 1)); }

install() {
  local missing=()
  command -v soffice >/dev/null || missing+=(libreoffice-calc)
  command -v pdftoppm >/dev/null && command -v pdftotext >/dev/null || missing+=(poppler-utils)
  command -v unzip >/dev/null || missing+=(unzip)
  [[ $(fc-list 2>/dev/null | grep -ci carlito) -gt 0 ]] || missing+=(fonts-crosextra-carlito)
  [[ ${#missing[@]} -eq 0 ]] && return
  if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
    echo "xlsx-check: install ${missing[*]} (Debian names) and run again" >&2
    exit 1
  fi
  echo "xlsx-check: installing ${missing[*]} …" >&2
  apt-get install -y --no-install-recommends "${missing[@]}" >"$out/apt.log" 2>&1 ||
    { apt-get update >>"$out/apt.log" 2>&1 && apt-get install -y --no-install-recommends "${missing[@]}" >>"$out/apt.log" 2>&1; } ||
    { echo "xlsx-check: apt-get failed; see $out/apt.log" >&2; exit 1; }
}
install
version=$(soffice --version | grep -o '[0-9]\+\.[0-9]\+' | head -1)
if [[ $(printf '%s\n' 7.2 "$version" | sort -V | head -1) != 7.2 ]]; then
  echo "xlsx-check: LibreOffice $version cannot write every sheet to CSV; 7.2 or later is needed" >&2
  exit 1
fi

# soffice runs with a profile of its own, so an open LibreOffice does not
# take the conversions; its output, but for progress lines, is a warning.
lo() {
  soffice -env:UserInstallation="file://$out/profile" --headless "$@" >>"$out/soffice.log" 2>&1 ||
    fail "soffice $* exited $?"
}
check_warnings() {
  local warnings
  warnings=$(grep -Ev '^(convert |Writing sheet |Overwriting: |Warning: failed to launch javaldx)' "$out/soffice.log" || true)
  [[ -z $warnings ]] || fail "LibreOffice printed: $warnings"
}

# The workbooks, from the binary of this checkout.
bin=$out/samskab
go build -o "$bin" ./cmd/samskab
cases=testdata/cases
"$bin" score $cases/havdrup-ensomhed.yaml --format xlsx --out "$out/wb/score.xlsx" --lang da
"$bin" score $cases/holbaek-demokrati.yaml --format xlsx --out "$out/wb/score-en.xlsx" --lang en
go run ./scripts/gencases -n 20 "$out/cases/batch" >/dev/null
"$bin" batch "$out/cases/batch" --format xlsx --out "$out/wb/batch.xlsx" --lang da
r=$out/cases/rounds
mkdir -p "$r/old" "$r/new/havdrup"
cp $cases/havdrup-ensomhed-2025.yaml "$r/round1.yaml"
cp $cases/havdrup-ensomhed.yaml "$r/round2.yaml"
sed -e 's/date: 2026-04-/date: 2026-10-/' -e 's/cok-02.q1: 1/cok-02.q1: 4/' -e 's/cok-01.q1: 2/cok-01.q1: 4/' \
  $cases/havdrup-ensomhed.yaml >"$r/round3.yaml"
cp "$r/round1.yaml" "$r/old/havdrup.yaml"
cp "$r/round3.yaml" "$r/new/havdrup/havdrup.yaml"
cp $cases/nordfyn-natur.yaml "$r/old/nordfyn.yaml"
cp $cases/aalborg-ungeliv.yaml "$r/new/aalborg.yaml"
cp $cases/holbaek-demokrati.yaml "$r/old/holbaek.yaml"
cp $cases/holbaek-demokrati.yaml "$r/new/holbaek.yaml"
(
  cd "$r"
  "$bin" compare round1.yaml round2.yaml --format xlsx --out "$out/wb/compare.xlsx" --lang da
  "$bin" compare round1.yaml round2.yaml round3.yaml --format xlsx --out "$out/wb/rounds.xlsx" --lang da
  "$bin" compare old new --format xlsx --out "$out/wb/folders.xlsx" --lang da
)

# Every conversion at once: soffice starts slowly.
csv='csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,true,false,false,-1'
lo --convert-to "$csv" --outdir "$out/csv" "$out"/wb/*.xlsx
lo --convert-to fods --outdir "$out/fods" "$out"/wb/*.xlsx
lo --convert-to 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}' --outdir "$out/pdf" "$out"/wb/*.xlsx
lo --convert-to xlsx --outdir "$out/rt" "$out"/wb/*.xlsx

# expect BOOK SHEET LINE…: each LINE is a whole line of the sheet's CSV.
expect() {
  local book=$1 sheet=$2 file=$out/csv/$1-$2.csv
  shift 2
  if [[ ! -f $file ]]; then
    fail "$book.xlsx: LibreOffice wrote no sheet $sheet"
    return
  fi
  for line in "$@"; do
    grep -qxF -- "$line" "$file" || fail "$book.xlsx, sheet $sheet, has no line: $line"
  done
}
expect score Overblik 'Samlet,Fællesskab mod ensomhed i Havdrup,,55.2%,I udvikling,93.8%' \
  'frivilligraadet,6 principper for samskabelse,2.25,56.3%,I udvikling,83.3%' \
  'Parter,Samlet,Respondenter,,,' 'Borgere,47.5%,1,,,'
expect score Punkter 'cok,cok-04,Start ikke et nyt projekt – start en ny kultur,scoret,1.75,43.8%,Spirende,1.50,2,0,3,,25.0%,62.5%'
expect score Indsatsområder 'ved ikke,fr-p5,frivilligraadet,Samskabelse rummer bevidsthed om gensidig afhængighed.,,,,"Lad hver part fortælle på et møde, hvad den bidrager med, og hvad den har brug for fra de andre; sig tak for de frivilliges bidrag, så alle hører det. Del referater og status i en fælles mappe, men læg aldrig personoplysninger eller oplysninger under tavshedspligt dér (GDPR)."'
expect score Svar '1,Mette (projektleder),"Solrød Kommune, Sundhed og Omsorg",2026-04-14,frivilligraadet,fr-p5,,ved ikke,fr-p5.q2: Vi har ikke talt om gensidige forventninger endnu'
expect score-en Overview 'Overall,Lokaldemokratiforsøg i Jyderup,,47.0%,Emerging,100.0%'
expect score-en Items 'cok,cok-05,Gør ikke noget for dine borgere – gør noget med dem (Don'"'"'t do things for your citizens – do things with them),scored,0.75,18.8%,Absent,1.50,4,0,0,0.0%,12.5%,25.0%,37.5%'
expect batch Sammenfatning 'Model,Punkt,Titel,Scoret i,Gennemsnit,Lav i,,Sager scoret,20'
[[ $(grep -c '/case-000' "$out/csv/batch-Sager.csv" 2>/dev/null) == 20 ]] || fail "batch.xlsx: sheet Sager has not 20 cases"
expect compare Runder '2,round2.yaml,2026-04-22,3,55.2%,56.3%,54.2%'
expect rounds Runder '3,round3.yaml,2026-10-22,3,57.9%,56.3%,59.6%'
expect folders Projekter 'Fællesskab mod ensomhed i Havdrup,havdrup.yaml,havdrup/havdrup.yaml,42.1%,57.9%,+15.8,steg,,,+14.6,+17.1'
expect folders Sammenfatning 'steg,1' 'kan ikke sammenlignes,0'

# Numbers are numbers: no cell LibreOffice reads as text holds one, and
# the percents are percents.
# (The flat ODS breaks lines between a cell and its text.)
number_as_text='office:value-type="string"[^>]*>[[:space:]]*<text:p>[-+]?[0-9]+([.,][0-9]+)?%?</text:p>'
for f in "$out"/fods/*.fods; do
  book=$(basename "$f" .fods)
  texts=$(tr '\n' ' ' <"$f" | grep -Eo "$number_as_text" || true)
  [[ -z $texts ]] || fail "$book.xlsx has numbers stored as text: $(head -3 <<<"$texts" | tr '\n' ' ')"
  grep -q 'office:value-type="percentage"' "$f" || fail "$book.xlsx has no percent cells"
done

# Charts: drawn with their title and axis on the PDF page of their sheet,
# and kept by LibreOffice's xlsx writer.
chart() { # BOOK TITLE AXIS-LABEL
  local pdf=$out/pdf/$1.pdf text
  text=$(pdftotext -layout "$pdf" - 2>/dev/null) || { fail "$1.xlsx: no PDF"; return; }
  grep -qF -- "$2" <<<"$text" || fail "$1.xlsx: the PDF has no chart titled $2"
  grep -qF -- "$3" <<<"$text" || fail "$1.xlsx: the PDF has no axis label $3"
}
chart score 'Modellernes procent' '100%'
chart score-en 'Percent by rubric' '100%'
chart batch 'Sager på niveauet' 'Forankret'
chart compare 'Modellernes procent' '100%'
chart rounds 'Modellernes procent' '100%'
chart folders 'Projekter' 'kan ikke sammenlignes'
for f in "$out"/wb/*.xlsx; do
  book=$(basename "$f" .xlsx)
  pdftoppm -png -r 60 "$out/pdf/$book.pdf" "$out/png/$book" 2>/dev/null || fail "$book.xlsx: the PDF does not render"
  ours=$(unzip -Z1 "$f" | grep -c '^xl/charts/chart' || true)
  theirs=$(unzip -Z1 "$out/rt/$book.xlsx" 2>/dev/null | grep -c '^xl/charts/chart' || true)
  [[ $ours == "$theirs" ]] || fail "$book.xlsx: $ours charts, $theirs after LibreOffice saved it"
  # The reader opens the copy LibreOffice wrote: import finds no questions
  # in it, but does not call it unreadable.
  if "$bin" import "$out/rt/$book.xlsx" --into "$out/none.yaml" --dry-run --lang en 2>"$out/import.err" >/dev/null ||
    ! grep -q 'no column matches a question' "$out/import.err"; then
    fail "$book.xlsx as LibreOffice saved it: $(cat "$out/import.err")"
  fi
done

# A Forms-like export with Danish headers and names, saved by LibreOffice.
cat >"$out/svar.csv" <<'EOF'
Id;Starttidspunkt;Fuldførelsestidspunkt;Mail;Navn;Part;[cok-01.q1] Uenighed;[cok-01.q2] Tid til uenighed;[cok-02.q1] Spørg først
1;11/3/26 9:02:11;11/3/26 9:06:40;anonymous;Søren Ærø;Kommune;Helt enig;Overvejende enig;Ved ikke
2;11/3/26 9:03:05;11/3/26 9:09:12;anonymous;Åse;Borgere;Overvejende uenig;;Ikke relevant
3;11/3/26 9:04:40;11/3/26 9:10:02;anonymous;Bjørn;Forening;4;2;0
EOF
lo --infilter='Text - txt - csv (StarCalc):59,34,76,1,,1033' --convert-to xlsx --outdir "$out" "$out/svar.csv"
if "$bin" import "$out/svar.xlsx" --into "$out/svar.yaml" --project 'Fællesskab i Æbeløkke' --lang en 2>"$out/import.err"; then
  grep -q 'Added 3 responses' "$out/import.err" || fail "svar.xlsx: import said: $(cat "$out/import.err")"
  for name in 'Søren Ærø' 'Åse' 'Bjørn'; do
    grep -qF "respondent: $name" "$out/svar.yaml" || fail "svar.xlsx: no respondent $name in the case file"
  done
else
  fail "samskab import of svar.xlsx, as LibreOffice saved it: $(cat "$out/import.err")"
fi

check_warnings
if [[ $failures -gt 0 ]]; then
  echo "xlsx-check: $failures failures; the files are in $out" >&2
  exit 1
fi
echo "xlsx-check: ok – LibreOffice $version opened $(ls "$out"/wb/*.xlsx | wc -l) workbooks; pages as PNG in $out/png"
