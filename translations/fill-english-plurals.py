#!/usr/bin/env python3
"""Fills the unfinished entries of the English plural file (gma-migrator_en.ts) from their source.

A source with a count is written with "(s)" where English adds an s ("%Ln row(s) filled"): the
singular form drops each "(s)", the plural form keeps the "s". A word that changes otherwise is
written {singular|plural} ("%Ln row(s) {was|were} filled"). Sources that need other forms are
listed in SPECIAL. An entry it cannot fill is named and left unfinished, so that the translation
check fails on it.
    translations/fill-english-plurals.py translations/gma-migrator_en.ts
"""
import html
import re
import sys

SPECIAL = {
    "%n rows": ("%n row", "%n rows"),
    "%n statements": ("%n statement", "%n statements"),
    "%n batches": ("%n batch", "%n batches"),
    "%n attempts": ("%n attempt", "%n attempts"),
    "No findings: the %n check(s) that apply passed.":
        ("No findings: the %n check that applies passed.", "No findings: the %n checks that apply passed."),
    "%n row(s) of %1 have no creator (%2 no modifier), newest id %3: added after the data step %4 ran.":
        ("%n row of %1 has no creator (%2 no modifier), newest id %3: added after the data step %4 ran.",
         "%n rows of %1 have no creator (%2 no modifier), newest id %3: added after the data step %4 ran."),
    "These %n step(s) will run, in this order:": ("This %n step will run:", "These %n steps will run, in this order:"),
    "Fill %n late row(s) with the data step's rule (each row's owner)? They were added after the data step ran. "
    "The fill is batched and recorded, so a rollback of the data step sets them back to NULL.":
        ("Fill %n late row with the data step's rule (its owner)? It was added after the data step ran. "
         "The fill is batched and recorded, so a rollback of the data step sets it back to NULL.",
         "Fill %n late rows with the data step's rule (each row's owner)? They were added after the data step "
         "ran. The fill is batched and recorded, so a rollback of the data step sets them back to NULL."),
}


ALTERNATIVES = re.compile(r"\{([^{}|]*)\|([^{}|]*)\}")


def forms(source):
    if source in SPECIAL:
        return SPECIAL[source]
    if "(s)" not in source and not ALTERNATIVES.search(source):
        return None
    one = ALTERNATIVES.sub(lambda m: m.group(1), source.replace("(s)", ""))
    many = ALTERNATIVES.sub(lambda m: m.group(2), source.replace("(s)", "s"))
    return one, many


def main(path):
    text = open(path, encoding="utf-8").read()
    missing = []

    def fill(match):
        source = html.unescape(match.group(2))
        pair = forms(source)
        if pair is None:
            missing.append(source)
            return match.group(0)
        one, many = (html.escape(f, quote=False).replace("'", "&apos;").replace('"', "&quot;") for f in pair)
        indent = match.group(3)
        return (f'{match.group(1)}<translation>\n{indent}    <numerusform>{one}</numerusform>\n'
                f'{indent}    <numerusform>{many}</numerusform>\n{indent}</translation>')

    pattern = re.compile(
        r'(<message numerus="yes">\s*<source>([^<]*)</source>\s*?\n(\s*))<translation type="unfinished">.*?</translation>',
        re.S)
    text = pattern.sub(fill, text)
    open(path, "w", encoding="utf-8").write(text)
    for source in missing:
        print(f"not filled (add it to SPECIAL or write it with (s)): {source}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
