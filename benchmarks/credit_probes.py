#!/usr/bin/env python3
"""Probe the credit rules with real copy: reporters' names spelled two ways, copy credited to two
suppliers, and bodies that cite other outlets in passing.

Reads the two development sources beside the repository, ``../shared/eval/dev.jsonl`` and
``../shared/eval/dev-trafilatura.jsonl`` (outside it: this script, like every benchmark, is the only
kind of code that reads ``../shared/``; ``--shared`` points elsewhere). Nothing here is tuned to the
rules: the probes are written from what credits are (their forms and their places in a story).

**Byline probe** (NL103). Real reporters' names are harvested from the bylines and sign-offs of both
sources (by a reader of its own, not newslint's). Each name's surname is changed by one edit of each
kind (a letter substituted, inserted, deleted, two neighbours swapped) at the start, the middle and
the end; the original goes into a byline at the top of a real body and the changed name into a
sign-off at its end, or the other way round, in the everyday forms ("By X", "By X, Reuters",
"Written by X", "(Reporting by X; Editing by Y)", "(X reports).", "X contributed to this report.",
"Additional reporting by X."). *Found*: NL103 flags both places. *False alarms*: any NL103 finding
on the same construction when both places spell the name alike (identically, in capitals, without
accents, with the given name as an initial) or name two different real reporters.

**Credit probe** (NL106). Real bodies get a wire credit at the top (a dateline in the agency's own
style, a lone agency byline, "By X, Agency") and a provider credit at the bottom ("Source: AFP",
"© Provided by …", "(c) 2024 Reuters", an agency's copyright line, "… originally published by …",
"… contributed to this report", "— AFP"). *Found*: different agencies at the two places, and NL106
flags both. *False alarms*: any NL105/NL106 finding when the two places name one outlet (in another
alias: AP / The Associated Press), syndication partners (configured), when the body cites other
outlets in passing ("…, Reuters reported.", "told AFP", "according to Xinhua"), or when the bottom
holds a credit that does not say who supplied the copy (a picture's "REUTERS/Jane Doe", "Image
copyright AFP", a chart's "Source: Bloomberg data", a paper's own copyright line, an agency's
contribution to a paper's story, a closing sentence naming an agency).

Usage::

    python benchmarks/credit_probes.py                   # both probes on both sources
    python benchmarks/credit_probes.py --probe bylines --misses 20     # show misses
    python benchmarks/credit_probes.py --probe credits --alarms 20     # show false alarms
    python benchmarks/credit_probes.py --dev-findings     # every NL1xx finding on both sources
    python benchmarks/credit_probes.py --check           # exit 1 unless the targets are met

Bodies come in three layouts: ``dev`` (the human ground truth of dev.jsonl's pages), ``trafilatura``
(the article extractors' output of dev-trafilatura's pages) and ``dev-scraped`` (every extractor's
output of dev.jsonl, credits put at the edges of the labelled body with the page's menus, dates and
footers around them: a stress layout).

Targets (issue 10): found >= 0.97 and false alarms <= 0.01, on each probe, on the ``dev`` and
``trafilatura`` layouts.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterator, NamedTuple, Optional

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from newslint.document import Document  # noqa: E402
from newslint.engine import CorpusState, Linter  # noqa: E402
from newslint.settings import Settings  # noqa: E402

DEFAULT_SHARED = HERE.parent.parent / "shared"
SOURCES = {"dev": "eval/dev.jsonl", "trafilatura": "eval/dev-trafilatura.jsonl"}
#: The bodies each probe runs on: layout → the source whose records it takes (see :func:`bodies`).
LAYOUTS = {"dev": "dev", "dev-scraped": "dev", "trafilatura": "trafilatura"}
#: Layouts the targets apply to. ``dev-scraped`` is a stress layout: credits put at the edges of the
#: labelled body inside an extractor's output, with the page's menus, dates and footers around them.
TARGET_LAYOUTS = ("dev", "trafilatura")
TARGET_FOUND, TARGET_ALARMS = 0.97, 0.01
SEED = 10

# -- harvesting real names -------------------------------------------------------------------------

#: Byline and sign-off openings, in the languages of the sources.
_BYLINE = re.compile(r"^\s*(?:by|written by|von|par|por|autor(?:in)?:|author:|text:)\s+(?P<rest>.+)$",
                     re.IGNORECASE)
_SIGNOFF = re.compile(r"(?:reporting|writing|editing)\s+by\s+(?P<rest>[^)]+)|^(?P<who>[^.]{3,80}?)\s+"
                      r"contributed to this|^\((?P<reports>[^()]{3,60}?) reports?\)", re.IGNORECASE)
#: A person's name as the harvester reads it: two or three capitalised words, an initial between.
_PERSON = re.compile(r"\b([A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF'’]+(?:-[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF]+)?"
                     r"(?: [A-Z]\.)?(?: [A-Z\u00C0-\u00DE][a-zA-Z\u00DF-\u00FF'’]+(?:-[A-Z\u00C0-\u00DE]"
                     r"[a-z\u00DF-\u00FF]+)?){1,2})\b")
#: Words that make a harvested run not a person (outlets, titles, page words) or end it (dates).
_NOT_NAME = set("""news press media staff agency times post daily today online redaktion editor
editors reporter writer contributor correspondent the and for with from fox cnn reuters associated
bloomberg live science space com mail sunday main ingredient letters miami european multimedia
rechtsanwalt deutscher tennis bund spendenteddy die der das planeta urbano agencia efe commission
associate licence license images image getty holdings kommentare public privacy statement motto
user end new york lord about serious eso informar es opens up am pm est stars'""".split())
_STOP = set("""published updated veroffentlicht last nov dec jan feb mar apr jun jul aug sep oct
january february march april may june july august september october november december monday
tuesday wednesday thursday friday saturday sunday""".split())


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def harvest_names(records: list[dict]) -> list[str]:
    """Real reporters' names from the bylines (top lines) and sign-offs (bottom lines)."""
    found: dict[str, str] = {}
    for record in records:
        lines = [line for line in record["text"].split("\n") if line.strip()]
        candidates = []
        for line in lines[:80]:
            match = _BYLINE.match(line)
            if match and len(line) < 200:
                candidates.append(match.group("rest"))
        for line in lines[-40:]:
            for match in _SIGNOFF.finditer(line):
                candidates.append(match.group("rest") or match.group("who") or match.group("reports"))
        for text in candidates:
            # Names in capitals ("By DANICA KIRKA and JILL LAWLESS") read as names in title case.
            text = re.sub(r"\b[A-Z\u00C0-\u00DE]{2,}\b", lambda m: m.group().title(), text.replace("\u00a0", " "))
            for name in _PERSON.findall(text):
                words = name.split()
                while words and _plain(words[-1]) in _STOP:
                    words.pop()
                if len(words) < 2 or any(_plain(word).strip(".") in _NOT_NAME for word in words):
                    continue
                found.setdefault(_plain(" ".join(words)), " ".join(words))
    return sorted(found.values())


# -- one-edit changes ------------------------------------------------------------------------------

EDITS = ("substitution", "insertion", "deletion", "transposition")
PLACES = ("start", "middle", "end")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _cased(letter: str, like: str) -> str:
    return letter.upper() if like.isupper() else letter.lower()


def mutate(surname: str, edit: str, place: str, rng: random.Random) -> Optional[str]:
    """``surname`` changed by one ``edit`` at ``place`` (letters keep the case of the place they
    take: a typo changes a letter, not the capitals); ``None`` when that edit is no change there."""
    letters = [i for i, c in enumerate(surname) if c.isalpha()]
    if len(letters) < 3:
        return None
    chars = list(surname)
    if edit == "transposition":
        pairs = [(i, i + 1) for i in letters if i + 1 in letters and surname[i].lower() != surname[i + 1].lower()]
        if not pairs:
            return None
        i, j = {"start": pairs[0], "middle": pairs[len(pairs) // 2], "end": pairs[-1]}[place]
        chars[i], chars[j] = _cased(surname[j], surname[i]), _cased(surname[i], surname[j])
        return "".join(chars)
    index = {"start": letters[0], "middle": letters[len(letters) // 2], "end": letters[-1]}[place]
    if edit == "deletion":
        del chars[index]
        if index == 0 and surname[0].isupper():
            chars[0] = chars[0].upper()
    elif edit == "insertion":
        at = index + 1 if place == "end" else index
        new = rng.choice(_LETTERS)
        if surname.isupper() or (at == 0 and surname[0].isupper()):
            new = new.upper()
        if at == 0 and surname[0].isupper() and not surname.isupper():
            chars[0] = chars[0].lower()
        chars.insert(at, new)
    else:
        choices = [c for c in _LETTERS if c != surname[index].lower()]
        chars[index] = _cased(rng.choice(choices), surname[index])
    changed = "".join(chars)
    if not changed[:1].isalpha() or changed.casefold() == surname.casefold():
        return None
    return changed


# -- bodies ----------------------------------------------------------------------------------------

#: Credits a real body may already carry: such bodies are left out, so that every credit of a
#: probe case is one the probe put there.
_OWN_CREDIT = re.compile(
    r"\(\s*(?:Reuters|AP|AFP|CNN|dpa|EFE|Xinhua|PTI|IANS|Bloomberg)\s*\)|©|\(c\)|[Cc]opyright|contributed "
    r"(?:to|reporting)|originally (?:published|appeared)|(?:^|\n)\s*(?:Source|Quelle|Fuente)\s*:|"
    r"(?:^|\n)\s*\(?(?:Additional )?[Rr]eporting by|(?:^|\n)\s*(?:[Bb]y|Von|Par|Por|Written by) [A-Z]|"
    r"(?:^|\n)[\s(—–-]*(?:Reuters|AP|AFP|Associated Press|dpa|EFE|Xinhua|PTI|IANS|Bloomberg)[\s).]*(?:\n|$)")


class Body(NamedTuple):
    """A real article body (paragraphs) and the scraper's lines around it (none for a clean body)."""

    before: list[str]
    paragraphs: list[str]
    after: list[str]


def bodies(records: list[dict], source: str) -> list[Body]:
    """Real article bodies, one per page: the human ground truth of dev.jsonl (``dev``); the
    article extractors' output (readability-lxml, goose3) of dev-trafilatura, whose ground truth
    holds snippets only (``trafilatura``); and every extractor's output of dev.jsonl with the
    scraper's junk around the body, found by the line labels (``dev-scraped``)."""
    chosen: dict[str, Body] = {}
    for record in records:
        if source == "dev":
            text = record["clean"]
        elif source == "trafilatura" and record["extractor"] in ("readability-lxml", "goose3"):
            text = record["text"]
        elif source == "dev-scraped":
            text = record["text"]
        else:
            continue
        if _OWN_CREDIT.search(text):
            continue
        if source == "dev-scraped":
            lines, labels = text.split("\n"), record["line_labels"]
            body_lines = [i for i, label in enumerate(labels) if label == "body"]
            if not body_lines:
                continue
            first, last = body_lines[0], body_lines[-1]
            keep = lambda part: [line.strip() for line in part if line.strip()]  # noqa: E731
            body = Body(keep(lines[:first]), keep(lines[first:last + 1]), keep(lines[last + 1:]))
            key = record["id"]
        else:
            body = Body([], [p.strip() for p in text.split("\n") if p.strip()], [])
            key = record["doc"]
        if len(body.paragraphs) < 4 or sum(len(p.split()) for p in body.paragraphs) < 120:
            continue
        chosen.setdefault(key, body)
    return [chosen[key] for key in sorted(chosen)]


#: A dateline a body already opens with ("MADRID — ", "(Motorsport-Total.com) - "): a dateline
#: put there replaces it, as one story has one dateline.
_OPENING_DATELINE = re.compile(r"^(?:[A-Z][A-Za-z.,' ]{0,40}?\s*)?(?:\([^()]{2,40}\)\s*)?[-–—]+\s+")


def story(body: Body, top: list[str], bottom: list[str], first_prefix: str = "") -> str:
    """A story: the scraper's lines before the body, lines put at the top, the body (its first
    paragraph prefixed), lines put at the bottom, the scraper's lines after."""
    first, *rest = body.paragraphs
    first = _OPENING_DATELINE.sub("", first, count=1) if first_prefix else first
    paragraphs = [*body.before, *top, first_prefix + first, *rest, *bottom, *body.after]
    return "\n\n".join(paragraphs) + "\n"


class Case(NamedTuple):
    kind: str           # "found" or what kind of false alarm it tests
    text: str
    lines: tuple[int, ...]   # lines that must be flagged (found cases)
    what: str


# -- the byline probe --------------------------------------------------------------------------------

BYLINES = ("By {name}", "By {name}, Reuters", "Written by {name}", "By {name} and {other}",
           "{name}, Associated Press", "BY {upper}")
SIGNOFFS = ("(Reporting by {name}; Editing by {editor})",
            "(Reporting by {other} and {name} in Washington; Editing by {editor})",
            "({name} reports).", "{name} contributed to this report.",
            "Additional reporting by {name}.", "Reporting by {name}; Editing by {editor}")


def byline_cases(names: list[str], bodies_: list[Body], rng: random.Random) -> Iterator[Case]:
    """Every name, every edit kind and place: found cases; and the negatives."""
    eligible = [n for n in names if len(n.split()[-1]) >= 3]
    editors = names[::-1]
    number = 0
    for name in eligible:
        words = name.split()
        for edit in EDITS:
            for place in PLACES:
                changed_surname = mutate(words[-1], edit, place, rng)
                if changed_surname is None:
                    continue
                changed = " ".join(words[:-1] + [changed_surname])
                yield _byline_case("found", name, changed, number, names, editors, bodies_,
                                   f"{edit} at the {place}: {name} / {changed}")
                number += 1
        # The same reporter spelled alike, and two different reporters.
        yield _byline_case("identical", name, name, number, names, editors, bodies_, name)
        plain = _plain(name).title()
        if _plain(name) != name.casefold():
            yield _byline_case("accents dropped", name, plain, number, names, editors, bodies_, plain)
        yield _byline_case("initial", name, f"{words[0][0]}. {' '.join(words[1:])}", number, names,
                           editors, bodies_, name)
        other = names[(names.index(name) * 7 + 3) % len(names)]
        if _plain(other) != _plain(name):
            yield _byline_case("two reporters", name, other, number, names, editors, bodies_,
                               f"{name} / {other}")
        number += 1


def _byline_case(kind: str, name: str, second: str, number: int, names: list[str],
                 editors: list[str], bodies_: list[Body], what: str) -> Case:
    body = bodies_[number % len(bodies_)]
    other = names[(number * 13 + 5) % len(names)]
    editor = editors[(number * 5 + 1) % len(editors)]
    if _plain(other) in (_plain(name), _plain(second)):
        other = "Stephanie Kelly" if "Kelly" not in name else "Tom Brown"
    if _plain(editor) in (_plain(name), _plain(second), _plain(other)):
        editor = "Nick Zieminski" if "Zieminski" not in name else "Tom Brown"
    byline_form = BYLINES[number % len(BYLINES)]
    signoff_form = SIGNOFFS[(number // len(BYLINES)) % len(SIGNOFFS)]
    # The changed spelling goes into the sign-off for even cases, into the byline for odd ones.
    top, bottom = (name, second) if number % 2 == 0 else (second, name)
    byline = byline_form.format(name=top, other=other, upper=top.upper())
    signoff = signoff_form.format(name=bottom, other=other, editor=editor)
    text = story(body, [byline], [signoff])
    top_line = 2 * len(body.before) + 1
    lines = (top_line, top_line + 2 * (1 + len(body.paragraphs)))
    return Case(kind, text, lines, f"{what} [{byline!r} / {signoff!r}]")


# -- the credit probe --------------------------------------------------------------------------------

#: Agencies and the names a credit writes them with.
AGENCY_NAMES = {
    "Reuters": ("Reuters", "Thomson Reuters"),
    "AP": ("AP", "The Associated Press", "Associated Press"),
    "AFP": ("AFP", "Agence France-Presse"),
    "dpa": ("dpa", "Deutsche Presse-Agentur"),
    "EFE": ("EFE", "Agencia EFE"),
    "Xinhua": ("Xinhua", "Xinhua News Agency"),
    "PTI": ("PTI", "Press Trust of India"),
    "IANS": ("IANS",),
    "ANSA": ("ANSA",),
    "Kyodo": ("Kyodo", "Kyodo News"),
    "Yonhap": ("Yonhap", "Yonhap News Agency"),
    "Bloomberg": ("Bloomberg", "Bloomberg News"),
    "ANI": ("ANI",),
    "UPI": ("UPI",),
}
#: Each agency's dateline style.
DATELINES = {
    "Reuters": "WASHINGTON (Reuters) - ", "AP": "LONDON (AP) — ", "AFP": "Paris (AFP) - ",
    "dpa": "Berlin (dpa) - ", "EFE": "Madrid, 19 nov (EFE).- ", "Xinhua": "BEIJING, Nov. 19 (Xinhua) -- ",
    "PTI": "NEW DELHI, Nov 19 (PTI) ", "IANS": "New Delhi, Nov 19 (IANS) ", "ANSA": "ROME (ANSA) - ",
    "Kyodo": "TOKYO (Kyodo) -- ", "Yonhap": "SEOUL, Nov. 19 (Yonhap) -- ", "Bloomberg": "(Bloomberg) -- ",
    "ANI": "New Delhi [India], Nov 19 (ANI): ", "UPI": "Nov. 19 (UPI) -- ",
}
TOPS = ("dateline", "lone byline", "by agency", "person and agency")
BOTTOMS = ("Source: {n}", "SOURCE: {n}", "© Provided by {n}", "(c) 2024 {n}", "© 2024 {n}. All rights reserved.",
           "Copyright 2024 {n}. All rights reserved. This material may not be published, broadcast, "
           "rewritten or redistributed.", "This article was originally published by {n}.",
           "This story first appeared on {n}.", "{n} contributed to this report.", "— {n}")
#: Sentences citing another outlet for a fact, put at the end of body paragraphs.
CITATIONS = (" The figures could not be independently verified, {n} reported.",
             " A spokesman told {n} the talks would continue.",
             " The plan was described in a report by {n} on Monday.",
             " According to {n}, the decision was taken last week.",
             " Officials confirmed the account to {n} late on Tuesday.",
             " {n} said the report was based on documents it had seen.")


#: Credits that do not say who supplied the copy: a picture's, a chart's, a paper's or site's own
#: copyright, an agency's contribution to a paper's story, a sentence citing an outlet.
NOT_SUPPLIERS = (
    "A man walks past the building on Tuesday. REUTERS/{person}", "(AFP Photo)", "Photo: {n}",
    "Image copyright {n}", "© {n} / {person}", "{n} via Getty Images", "Source: {n} data",
    "Source: {n} calculations", "© 2024 The Washington Post. All rights reserved.",
    "Copyright © 2024 The Hindu", "{n} could not independently verify the report.",
    "{n} said the talks would resume on Friday.")
PHOTOGRAPHERS = ("Gonzalo Fuentes", "Kevin Lamarque", "Ludovic Marin", "Kirill Kudryavtsev")


def _top(agency: str, form: str, rng: random.Random) -> tuple[list[str], str]:
    """(lines at the top, prefix of the first paragraph) crediting ``agency``."""
    written = rng.choice(AGENCY_NAMES[agency])
    if form == "dateline":
        return [], DATELINES[agency]
    if form == "lone byline":
        return [written], ""
    if form == "by agency":
        return [f"By {written}"], ""
    return [f"By Jane Holloway, {written}"], ""


def credit_cases(bodies_: list[Body], rng: random.Random) -> Iterator[Case]:
    agencies = sorted(AGENCY_NAMES)
    for number, body in enumerate(bodies_):
        for round_ in range(3):
            top_agency = agencies[(number + round_ * 5) % len(agencies)]
            form = TOPS[(number + round_) % len(TOPS)]
            bottom_form = BOTTOMS[(number * 3 + round_) % len(BOTTOMS)]
            other = agencies[(agencies.index(top_agency) + 1 + (number + round_) % (len(agencies) - 1)) % len(agencies)]
            top, prefix = _top(top_agency, form, rng)
            # Different agencies at the two places: both must be flagged.
            bottom = bottom_form.format(n=rng.choice(AGENCY_NAMES[other]))
            text = story(body, top, [bottom], prefix)
            # Paragraphs are one line each with a blank line between: paragraph k is on line 2k + 1.
            top_line = 2 * len(body.before) + 1
            lines = (top_line, top_line + 2 * (len(top) + len(body.paragraphs)))
            yield Case("found", text, lines, f"{form} {top_agency} / {bottom!r}")
            # One agency, maybe under another of its names.
            same = bottom_form.format(n=rng.choice(AGENCY_NAMES[top_agency]))
            yield Case("same outlet", story(body, top, [same], prefix), (), f"{form} {top_agency} / {same!r}")
            # The body cites other outlets in passing; the credits agree (or the bottom has none).
            cited = list(body.paragraphs)
            for k, index in enumerate(sorted({1 % len(cited), len(cited) // 2, len(cited) - 1})):
                cited[index] += CITATIONS[(number + k + round_) % len(CITATIONS)].format(
                    n=rng.choice(AGENCY_NAMES[agencies[(agencies.index(top_agency) + 3 + k) % len(agencies)]]))
            cited = Body(body.before, cited, body.after)
            bottoms = [same] if round_ != 1 else []
            yield Case("citations", story(cited, top, bottoms, prefix), (), f"{form} {top_agency}, citing others")
            # Credits of a picture, a chart, a site, a sentence: none supplies the copy.
            noise = NOT_SUPPLIERS[(number * 3 + round_) % len(NOT_SUPPLIERS)].format(
                n=rng.choice(AGENCY_NAMES[other]), person=rng.choice(PHOTOGRAPHERS))
            yield Case("not a copy credit", story(body, top, [noise], prefix), (),
                       f"{form} {top_agency} / {noise!r}")
        # A paper's story with an agency's contribution.
        contribution = f"{rng.choice(AGENCY_NAMES[agencies[number % len(agencies)]])} contributed to this report."
        yield Case("not a copy credit", story(body, ["By Jane Holloway, CNN"], [contribution]), (),
                   f"CNN byline / {contribution!r}")
        # A syndication partner passing a wire's copy on (configured as partners).
        top, prefix = _top("Reuters", TOPS[number % len(TOPS)], rng)
        partner = BOTTOMS[number % 4].format(n=rng.choice(("AAP", "Australian Associated Press")))
        yield Case("partner", story(body, top, [partner], prefix), (), f"Reuters / {partner!r}")


# -- running -----------------------------------------------------------------------------------------

PARTNERS = {"Australian Associated Press": ["Reuters", "AP", "AFP"]}


def run(cases: list[Case], linter: Linter, codes: tuple[str, ...], found_codes: tuple[str, ...]) -> dict:
    """Lint every case: per kind, how many cases and how many flagged (found: all lines flagged)."""
    tally: dict[str, list] = defaultdict(lambda: [0, 0, []])
    for case in cases:
        violations = [v for v in linter.lint(Document("probe.txt", case.text)) if v.code in codes]
        entry = tally[case.kind]
        entry[0] += 1
        if case.kind == "found":
            flagged = {v.line for v in violations if v.code in found_codes}
            hit = all(line in flagged for line in case.lines)
        else:
            hit = bool(violations)
        if hit:
            entry[1] += 1
        if hit != (case.kind == "found"):
            entry[2].append((case, violations))
    return tally


def load(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def report(title: str, tally: dict, show: int, what: str, target: bool = True) -> list[str]:
    failures = []
    found_total, found_hit = tally["found"][0], tally["found"][1]
    found = found_hit / found_total if found_total else float("nan")
    alarm_total = sum(v[0] for k, v in tally.items() if k != "found")
    alarm_hit = sum(v[1] for k, v in tally.items() if k != "found")
    alarms = alarm_hit / alarm_total if alarm_total else float("nan")
    print(f"{title}: found {found:.3f} ({found_hit} of {found_total}); false alarms {alarms:.3f} "
          f"({alarm_hit} of {alarm_total})")
    for kind, (total, hit, _) in sorted(tally.items()):
        if kind != "found":
            print(f"    {kind:<16} {hit:>5} of {total:<5} flagged")
    if target and not found >= TARGET_FOUND:
        failures.append(f"{title.strip()}: found {found:.3f} < {TARGET_FOUND}")
    if target and not alarms <= TARGET_ALARMS:
        failures.append(f"{title.strip()}: false alarms {alarms:.3f} > {TARGET_ALARMS}")
    if show:
        for kind, (_, _, wrong) in sorted(tally.items()):
            if (what == "misses") == (kind == "found"):
                for case, violations in wrong[:show]:
                    print(f"  [{kind}] {case.what}")
                    for v in violations:
                        print(f"      {v.line}: {v.code} {v.message}")
    return failures


def dev_findings(shared: Path) -> None:
    """Every NL1xx finding on both sources (the corpus rule over each source as one corpus)."""
    linter = Linter(Settings(select=["NL1"]))
    for source, relative in SOURCES.items():
        corpus = CorpusState()
        counts: Counter = Counter()
        for record in load(shared / relative):
            lines = record["text"].split("\n")
            for v in linter.lint(Document(record["id"], record["text"]), corpus):
                counts[(v.code, v.message, lines[v.line - 1].strip()[:90])] += 1
        for v in linter.judge(corpus):
            counts[(v.code, v.message, v.path)] += 1
        print(f"== {source}: {sum(counts.values())} NL1xx findings, {len(counts)} distinct")
        for (code, message, where), count in sorted(counts.items()):
            print(f"{count:>4} {code} {message}\n       on: {where}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--source", choices=("all", *LAYOUTS), default="all")
    parser.add_argument("--probe", choices=("all", "bylines", "credits"), default="all")
    parser.add_argument("--misses", type=int, default=0, metavar="N", help="show N misses per kind")
    parser.add_argument("--alarms", type=int, default=0, metavar="N", help="show N false alarms per kind")
    parser.add_argument("--dev-findings", action="store_true", help="list NL1xx findings on both sources")
    parser.add_argument("--check", action="store_true", help="exit 1 unless the targets are met")
    args = parser.parse_args(argv)
    missing = [str(args.shared / p) for p in SOURCES.values() if not (args.shared / p).exists()]
    if missing:
        print(f"no data at {', '.join(missing)}: pass --shared PATH/TO/shared", file=sys.stderr)
        return 2
    if args.dev_findings:
        dev_findings(args.shared)
        return 0
    records = {source: load(args.shared / relative) for source, relative in SOURCES.items()}
    names = harvest_names([r for rs in records.values() for r in rs])
    show = args.misses or args.alarms
    what = "misses" if args.misses else "alarms"
    failures = []
    bylines = Linter(Settings(select=["NL103"]))
    credits = Linter(Settings(select=["NL105", "NL106"],
                              rule_options={"conflicting-supplier": {"partners": PARTNERS}}))
    print(f"{len(names)} real reporters' names harvested from the bylines and sign-offs of both sources")
    for source in LAYOUTS if args.source == "all" else (args.source,):
        bodies_ = bodies(records[LAYOUTS[source]], source)
        target = source in TARGET_LAYOUTS
        print(f"\n{source}: {len(bodies_)} real bodies" + ("" if target else " (stress layout: no target)"))
        if args.probe in ("all", "bylines"):
            cases = list(byline_cases(names, bodies_, random.Random(SEED)))
            tally = run(cases, bylines, ("NL103",), ("NL103",))
            failures += report(f"  byline probe ({source})", tally, show, what, target)
        if args.probe in ("all", "credits"):
            cases = list(credit_cases(bodies_, random.Random(SEED)))
            tally = run(cases, credits, ("NL105", "NL106"), ("NL106",))
            failures += report(f"  credit probe ({source})", tally, show, what, target)
    print("\ntargets: found >= %.2f, false alarms <= %.2f: %s" % (
        TARGET_FOUND, TARGET_ALARMS, "met" if not failures else "NOT met: " + "; ".join(failures)))
    return 1 if args.check and failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
