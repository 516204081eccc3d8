#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fail when a translation is not complete for the current sources.
#
# Usage: po/check-complete.sh [SRCROOT [LANG.po ...]]
#
# Extracts the translatable strings of every file named in po/POTFILES.in
# (C with the GLib keywords, GtkBuilder .ui files through the ITS rules that
# libgtk-4-dev installs), merges each translation into a temporary copy with
# msgmerge and reports every message that is untranslated, fuzzy or has an
# empty plural form. The translations themselves are never modified.
#
# It also fails when POTFILES.in is not sorted, names a missing file, or
# misses a file under src/ or ui/ that has translatable strings.
#
# Without PO arguments, checks every language in po/LINGUAS.
# Uses only the gettext tools of Debian 12 (gettext 0.21).

set -euo pipefail
export LC_ALL=C
exec 2>&1  # one stream, so the report reads in order in meson's log

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
srcroot=$(cd "${1:-$here/..}" && pwd)
if (($# > 0)); then
  shift
fi
pos=()
for po in "$@"; do
  pos+=("$(cd "$(dirname "$po")" && pwd)/$(basename "$po")")
done

cd "$srcroot"
if ((${#pos[@]} == 0)); then
  while read -r lang; do
    pos+=("$srcroot/po/$lang.po")
  done < <(sed -e 's/#.*//' po/LINGUAS | tr -s '[:space:]' '\n' | sed '/^$/d')
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

# --- POTFILES.in ----------------------------------------------------------

grep -v -e '^[[:space:]]*#' -e '^[[:space:]]*$' po/POTFILES.in \
  | sed 's/[[:space:]]*$//' > "$tmp/potfiles" || true
mapfile -t files < "$tmp/potfiles"

if ! sort -c "$tmp/potfiles" 2>/dev/null; then
  echo "po/POTFILES.in is not sorted; expected order:"
  sort "$tmp/potfiles" | sed 's/^/  /'
  status=1
fi

for f in "${files[@]}"; do
  if [[ ! -f $f ]]; then
    echo "po/POTFILES.in names a file that does not exist: $f"
    status=1
  fi
done

# Files that use a gettext keyword or translatable="yes" must be listed.
c_pattern='(^|[^A-Za-z0-9_])((_|N_|C_|NC_|ngettext)[[:space:]]*\([[:space:]]*"|g_dngettext[[:space:]]*\()'
ui_pattern='translatable="(yes|true|1)"'
{
  if [[ -d src ]]; then
    grep -rlE --include='*.c' --include='*.h' "$c_pattern" src || true
  fi
  if [[ -d ui ]]; then
    grep -rlE --include='*.ui' "$ui_pattern" ui || true
  fi
} | sort > "$tmp/used"
missing=$(comm -23 "$tmp/used" <(sort -u "$tmp/potfiles"))
if [[ -n $missing ]]; then
  echo "Files with translatable strings missing from po/POTFILES.in:"
  printf '  %s\n' $missing
  status=1
fi

# Only extract from files that exist; the missing ones are reported above.
existing=()
for f in "${files[@]}"; do
  [[ -f $f ]] && existing+=("$f")
done

# --- Template ---------------------------------------------------------------

pot="$tmp/aftersales.pot"
if ((${#existing[@]} > 0)); then
  xgettext --package-name=aftersales --from-code=UTF-8 --add-comments \
    --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
    --keyword=g_dngettext:2,3 --keyword=ngettext:1,2 --keyword=g_dpgettext2:2c,3 \
    --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format \
    --flag=NC_:2:pass-c-format --flag=g_dngettext:2:pass-c-format \
    --flag=g_strdup_printf:1:c-format --flag=g_string_printf:2:c-format \
    --flag=g_string_append_printf:2:c-format --flag=g_error_new:3:c-format \
    --flag=g_set_error:4:c-format \
    --force-po --no-wrap -o "$pot" "${existing[@]}"
else
  printf '%s\n' 'msgid ""' 'msgstr ""' '"Content-Type: text/plain; charset=UTF-8\n"' > "$pot"
fi

# --- Translations -----------------------------------------------------------

# Prints non-header entries of a PO file (drops the header entry).
strip_header() {
  awk 'BEGIN { RS = ""; ORS = "\n\n" }
       /(^|\n)msgid ""\nmsgstr/ && !/(^|\n)msgctxt/ { next }
       { print }' "$1"
}

# Prints the msgid of every entry with an empty msgstr[N] (gettext counts a
# plural message as translated when only some of its forms are filled in).
empty_plurals() {
  awk '/^msgid /          { id = $0 }
       pending && /^"/    { pending = 0 }
       pending && !/^"/   { print "  " id; pending = 0 }
       /^msgstr\[[0-9]+\] ""$/ { pending = 1 }
       END { if (pending) print "  " id }' "$1" | sort -u
}

for po in "${pos[@]}"; do
  lang=$(basename "$po" .po)
  if [[ ! -f $po ]]; then
    echo "$lang: $po does not exist"
    status=1
    continue
  fi

  before=$status
  merged="$tmp/$lang.po"
  msgmerge --quiet --force-po --no-wrap --previous -o "$merged" "$po" "$pot"
  msgattrib --force-po --untranslated --no-obsolete --no-wrap -o "$tmp/$lang.untranslated.po" "$merged"
  msgattrib --force-po --only-fuzzy --no-obsolete --no-wrap -o "$tmp/$lang.fuzzy.po" "$merged"
  msgattrib --force-po --no-obsolete --no-wrap -o "$tmp/$lang.current.po" "$merged"

  stats=$(msgfmt --statistics -o /dev/null "$merged" 2>&1 || true)
  n_fuzzy=$(grep -oE '[0-9]+ fuzzy' <<< "$stats" | grep -oE '[0-9]+' || echo 0)
  n_untranslated=$(grep -oE '[0-9]+ untranslated' <<< "$stats" | grep -oE '[0-9]+' || echo 0)
  plurals=$(empty_plurals "$tmp/$lang.current.po")
  obsolete=$(grep -c '^#~ msgid ' "$merged" || true)

  if ((n_untranslated > 0)); then
    echo "$lang: $n_untranslated untranslated message(s):"
    strip_header "$tmp/$lang.untranslated.po"
    status=1
  fi
  if ((n_fuzzy > 0)); then
    echo "$lang: $n_fuzzy fuzzy message(s) (new or changed in the sources; check and remove the fuzzy flag):"
    strip_header "$tmp/$lang.fuzzy.po"
    status=1
  fi
  if [[ -n $plurals ]]; then
    echo "$lang: messages with an empty plural form:"
    echo "$plurals"
    status=1
  fi
  if ! msgfmt -c --check-format -o /dev/null "$merged"; then
    echo "$lang: msgfmt -c --check-format fails once merged with the sources"
    status=1
  fi
  if ((obsolete > 0)); then
    echo "$lang: note: $obsolete message(s) no longer in the sources (obsolete, not an error)"
  fi
  if ((status == before)); then
    echo "$lang: complete ($stats)"
  fi
done

if ((status != 0)); then
  echo
  echo "To update the translation: meson compile -C _build aftersales-update-po," \
       "then translate and clear the fuzzy flags in po/<lang>.po."
fi
exit "$status"
