"""NL314 ``site-boilerplate`` (corpus): a line that stands, word for word, in most pages of one site.

Site chrome — menus, footers, legal lines, newsletter boxes — is what a site prints around every
story; an extractor that lets it through leaves the same lines in page after page. That repetition
is the signal CCNet and C4 use to strip boilerplate, and it needs no vocabulary: it works in any
language. This module counts it with bounded memory, the same on one process, ``--jobs`` and Dask.

How it counts:

- **Site**: the record's outlet (its domain field, else its URL's host; ``www.`` dropped, case
  folded; a web-archive address stands for the archived page); a document without one (a plain
  file) belongs to its folder.
- **Page**: the record's URL (normalised) when it has one, else the document's exact text: the same
  page from fifteen extractors, or the same file twice, is one page. Pages that share half their
  prose (the same story extracted two ways, without URLs; versions of a file) are one *story*,
  and every share is of stories, never of records.
- **Line**: a non-blank line, compared after lower-casing, collapsing white space and turning every
  run of digits into ``0`` (chrome carries a year, a count or a date that changes from page to
  page: ``© 2019 …``, ``12 Comments``). Lines are kept as 64-bit digests, with the text of those
  short enough to be flagged.
- **Sample**: per site, the pages with the smallest page digests (a bottom-k sample, as in KMV and
  MinHash), at most ``sample-pages`` of them; over all sites at most ``max-pages``, the sites of
  smallest site digest (whole sites: a site thinned to a few pages could not be judged). Both are
  functions of the *set* of pages seen, so merging states in any grouping or order gives the same
  state: findings do not depend on how the run was split. Below the limits the sample is every
  page, and the counts are exact. A page the sample refuses costs a hash: its lines are never read.

What it flags (see :class:`SiteBoilerplate`): a line in at least ``min-share`` of the site's
stories (and a site of at least ``min-pages`` of them), where chrome stands — before the page's
own text, after it, or in a block of three or more such lines — in at least half the places it
occurs; never a byline, dateline or wire sign-off; never counting pages without text of their own
(a fifth of it at least).
"""

from __future__ import annotations

import heapq
import math
import posixpath
import re
import zlib
from array import array
from collections import Counter
from functools import lru_cache
from hashlib import blake2b
from typing import Iterable, Iterator, NamedTuple, Optional
from urllib.parse import urlsplit
from zlib import adler32, crc32

from newslint import hookimpl
from newslint.article import BYLINE, BYLINE_WIRE, DATELINE, SIGNOFF, WIRE_NAMES, Article
from newslint.lazy import lazy_pattern
from newslint.locate import Anchor, fingerprint
from newslint.rule import CorpusHit, CorpusRule, Fixable, Option, remove_line
from newslint.violation import Fix, Severity

#: Lines longer than this (characters) are prose, never flagged; they still count as the page's
#: own text or as repeated text. Legal lines and newsletter blurbs are shorter; a cookie banner
#: of several sentences may not be, and is left to NL307.
MAX_LINE_CHARS = 300
#: Non-blank lines kept from each end of a document: chrome stands at the head and the foot, and
#: a pathological document (a log, a table of 100,000 rows) must not fill the sample.
WINDOW = 200
#: Documents kept per page (the same URL from several extractors, the same file twice): the first
#: by path and record. Copies with the same text share one record of their lines.
MAX_DOCS_PER_PAGE = 8
#: Pages a sample holds before it compresses the text of the pages it takes in: a small run
#: pays nothing, a large one compresses at most ``max-pages`` documents (it refuses the others).
PACK_AFTER = 2000
#: A page counts towards a line's pages only when at least this share of its text (bytes of its
#: non-blank lines) is not repeated across the site: copies of one story (versions of a file, the
#: same article under two URLs) share everything and are not a site's template.
OWN_SHARE = 0.2
#: Lines of at least this many bytes (normal form) are prose: copies of a story share most of
#: theirs, different stories few (a reused quote). Menus and labels are shorter.
PROSE_BYTES = 80
#: A prose line on more pages than this is not evidence that they are one story (only the
#: pairs of pages sharing rarer lines are compared, which keeps the comparison near linear).
MAX_COPIES = 64
#: A repeated line is chrome when at least this share of its occurrences stand where chrome
#: stands (before or after the page's own text, or in a block of :data:`MIN_BLOCK`): a menu is at
#: the top of every page, a quote reused in follow-ups wherever the story put it.
EDGE_SHARE = 0.5
#: Repeated lines in a row that make a block of chrome amid the page's own text (a newsletter box,
#: a list of links); two repeated lines side by side in a story may be a reused quote and a
#: recurring subheading.
MIN_BLOCK = 3
#: The digest standing for the lines cut out of a long document's middle (never counted).
_CUT = 0
#: ASCII digits to ``0``, ASCII capitals to lower case (other letters are lower-cased before).
_ASCII_TABLE = bytes.maketrans(b"123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                               b"000000000abcdefghijklmnopqrstuvwxyz")
_ZEROS = lazy_pattern(rb"00+")
_ASCII_BYTES = bytes(range(128))
#: The text encoded last and its UTF-8: a document's page key, its lines and its digest each
#: read the same text's bytes, one after the other.
_ENCODED: tuple[str, bytes] = ("", b"")
#: Texts longer than this are encoded each time, never kept.
_KEEP_ENCODED = 1 << 22


def _utf8(text: str) -> bytes:
    """``text`` in UTF-8 (lone surrogates passed through), encoded once for the three readers."""
    global _ENCODED
    last, data = _ENCODED
    if last is not text:
        data = text.encode("utf-8", "surrogatepass")
        if len(text) <= _KEEP_ENCODED:
            _ENCODED = (text, data)
    return data
_LETTER = lazy_pattern(r"[^\W\d_]")
_FULL = 1 << 64
_WIRE = lazy_pattern(WIRE_NAMES)


def _normal_lines(text: str) -> list[bytes]:
    """The text's lines lower-cased, with digit runs as ``0``, in UTF-8 (see :func:`normal_form`).

    Done on the whole text at once, at C speed: lower-casing never adds or removes a line break,
    so line *i* of the result is line *i* of the text."""
    if text.isascii():  # a flag of the string: no scan
        data = _utf8(text).translate(_ASCII_TABLE)
    else:
        data = _utf8(text)
        # Most texts are ASCII but for a few quotes, dashes and no-break spaces, which have no
        # case: lower-casing changes only their ASCII letters, which the table lower-cases. The
        # other characters' bytes are cut out (no ASCII byte is part of one) and looked at alone;
        # where one of them changes (a capital, and only there a final sigma), the whole text is
        # lower-cased, as before.
        others = data.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
        if others.lower() != others:
            data = text.lower().encode("utf-8", "surrogatepass")
        data = data.translate(_ASCII_TABLE)
    if b"00" in data:
        data = _ZEROS.sub(b"0", data)
    if b"\xc2\xa0" in data:  # a no-break space is a space
        data = data.replace(b"\xc2\xa0", b" ")
    return data.split(b"\n")


def _collapse(line: bytes) -> bytes:
    """A line of :func:`_normal_lines` stripped, its runs of white space made one space."""
    line = line.strip()
    if b"  " in line or b"\t" in line:
        line = b" ".join(line.split())
    return line


def _text_digest(text: str) -> bytes:
    """A digest of a whole text, to tell copies of a document (CRC-32 and Adler-32 of its UTF-8,
    and its length: at C speed)."""
    data = _utf8(text)
    return (crc32(data) << 96 | adler32(data) << 64 | len(data)).to_bytes(16, "little")


def normal_form(line: str) -> str:
    """How lines are compared: lower-cased, each run of (ASCII) digits read as ``0``, white space
    collapsed: ``© 2019 Example Media`` and ``©  2020 EXAMPLE MEDIA`` are one line."""
    return b" ".join(_collapse(part) for part in _normal_lines(line)).decode("utf-8", "surrogatepass")


def _page_digest(site: str, page: str) -> int:
    """The page's place in the sample: uniform over [0, 2**64)."""
    return int.from_bytes(blake2b(f"{site}\0{page}".encode("utf-8", "surrogatepass"),
                                  digest_size=8).digest(), "little")


#: A web-archive address wraps the archived page's own: ``https://web.archive.org/web/2016…/URL``.
_ARCHIVED = lazy_pattern(r"^https?://(?:web\.)?archive\.org/web/\d+[a-z_]*/+(?P<url>.+)$", re.IGNORECASE)


def site_and_page(path: str, outlet: Optional[str], url: Optional[str], text: str) -> tuple[str, str]:
    """The site a document belongs to and the page it shows.

    Site: its outlet, else its URL's host (``www.`` dropped, case folded), else
    ``folder:<its folder>``. Page: its URL without scheme, ``www.``, fragment and final slash, else
    a digest of its text. A web-archive address stands for the page it archived, on that page's
    site."""
    archived = _ARCHIVED.match(url.strip()) if url else None
    if archived:
        url = archived.group("url")
        url = url if "://" in url else "http://" + url
    parts, host = None, None
    if url:
        try:
            parts = urlsplit(url.strip())
            host = parts.hostname
        except ValueError:
            pass
    name = host if archived and host else outlet or host
    if name:
        name = " ".join(name.casefold().split())
        site = name[4:] if name.startswith("www.") else name
    else:
        site = "folder:" + (posixpath.dirname(path.replace("\\", "/")) or ".")
    if parts is not None and host:
        host = host[4:] if host.startswith("www.") else host
        page = f"url:{host}{parts.path.rstrip('/')}" + (f"?{parts.query}" if parts.query else "")
    else:
        page = "text:" + blake2b(_utf8(text), digest_size=16).hexdigest()
    return site, page


class Doc(NamedTuple):
    """One document of a sampled page, as much as judging it needs (kept compact: a sample holds
    thousands)."""

    path: str
    record: Optional[int]
    record_id: Optional[str]
    field: Optional[str]
    #: Digest of each kept non-blank line, in order (``_CUT`` for a long document's middle).
    digests: array
    #: Size of each of those lines (UTF-8 bytes of its normal form, at most 65,535).
    sizes: array
    #: For the lines that may be flagged: their position in ``digests`` and 0-based line index.
    positions: array
    indexes: array
    #: Those lines' text, joined by newlines, in UTF-8 (most of a sample's memory).
    texts: bytes
    #: A digest of the whole text: documents of a page with the same text are copies.
    text_digest: bytes = b""
    #: Where the copies of this document are: (path, record, record id, field) each.
    copies: tuple = ()
    #: Whether ``texts`` is compressed (zlib), as it is once the sample is large.
    packed: bool = False

    def lines(self) -> list[str]:
        texts = zlib.decompress(self.texts) if self.packed else self.texts
        return texts.decode("utf-8", "surrogatepass").split("\n")

    def pack(self) -> "Doc":
        return self if self.packed else self._replace(texts=zlib.compress(self.texts, 1), packed=True)

    def locators(self) -> list[tuple]:
        """(path, record, record id, field) of this document and of its copies."""
        return [(self.path, self.record, self.record_id, self.field), *self.copies]

    def keys(self) -> list[tuple]:
        return [(path, record or 0) for path, record, _, _ in self.locators()]


class Page(NamedTuple):
    digest: int
    documents: tuple[Doc, ...]
    #: (path, record) of every document kept (copies included), sorted.
    keys: tuple[tuple, ...]


@lru_cache(maxsize=1 << 16)
def _site_digest(site: str) -> int:
    """The site's place in the sample of sites: uniform over [0, 2**64)."""
    return int.from_bytes(blake2b(site.encode("utf-8", "surrogatepass"), digest_size=8).digest(),
                          "little")


class SiteState:
    """The bounded, mergeable sample: ``site → page → Page``.

    Each site keeps the ``per_site`` pages of smallest digest; the sites are kept in the order of
    their own digests while their pages number at most ``total`` in all, the rest are dropped and
    ``threshold`` says from which site digest on (``_FULL`` while none was). Whole sites go, not
    pages of every site: a site thinned to a few pages could not be judged at all.

    The state of one document holds it *pending*: its lines are read (the costly part) only when
    it is merged into a state that keeps it, so that once the sample is full the pages it would
    drop cost next to nothing."""

    def __init__(self, per_site: int, total: int):
        self.per_site = per_site
        self.total = total
        self.threshold = _FULL
        self.sites: dict[str, dict[str, Page]] = {}
        self.count = 0
        #: (site, page key, page digest, article) of a document not yet read.
        self.pending: Optional[tuple[str, str, int, Article]] = None
        self._heaps: Optional[tuple[list, dict[str, list]]] = None
        #: What the run's state refuses for good, when this state was started from it (see
        #: :meth:`seed`): each full site's largest page digest, each full page's last document.
        #: A hint for reading less (it goes to the worker with the seed), never merged.
        self.refusals: Optional[tuple[dict[str, int], dict[tuple[str, str], tuple]]] = None

    def __getstate__(self) -> dict:
        self.settle()
        state = dict(self.__dict__)
        state["_heaps"] = None  # rebuilt when needed: a heap is an order, not data
        return state

    def __setstate__(self, state: dict) -> None:
        self.refusals = None
        self.__dict__.update(state)

    def seed(self) -> "SiteState":
        """An empty state that refuses in advance what merging into this one would drop: the sites
        at or beyond its threshold, a new page of a full site with a larger digest than the site's
        largest page, a document of a full page sorting after its last. Each of these limits only
        ever tightens as states are merged, so a part of the corpus started from the seed, once
        merged here, gives exactly what the part started from nothing gives; it only reads fewer
        documents (a ``--jobs`` worker's batch, which would otherwise read every page it sees)."""
        self.settle()
        start = SiteState(self.per_site, self.total)
        start.threshold = self.threshold
        cutoffs: dict[str, int] = {}
        lasts: dict[tuple[str, str], tuple] = {}
        for site, pages in self.sites.items():
            if len(pages) >= self.per_site:
                cutoffs[site] = self._largest_page(site)
            for key, page in pages.items():
                if len(page.keys) >= MAX_DOCS_PER_PAGE:
                    lasts[site, key] = page.keys[-1]
        start.refusals = (cutoffs, lasts)
        return start

    def pages(self) -> Iterator[tuple[str, str, Page]]:
        for site, pages in self.sites.items():
            for key, page in pages.items():
                yield site, key, page

    # -- keeping the sample ---------------------------------------------------------------------

    def settle(self) -> None:
        """Read the pending document if the sample keeps it."""
        if self.pending is None:
            return
        site, key, digest, article = self.pending
        self.pending = None
        if self._admits(site, key, digest, (article.document.path, article.document.record or 0)):
            document = _document(article)
            if self.count >= PACK_AFTER:
                document = document.pack()
            self.add(site, key, Page(digest, (document,), tuple(document.keys())))

    def _admits(self, site: str, key: str, digest: int, document: tuple) -> bool:
        """Whether adding a document of page ``key`` of ``site`` would keep it. A site refused for
        the global limit lowers the threshold to its digest, as adding and dropping it would."""
        site_digest = _site_digest(site)
        if site_digest >= self.threshold:
            return False
        if self.refusals is not None:
            cutoffs, lasts = self.refusals
            if digest > cutoffs.get(site, _FULL):
                return False
            last = lasts.get((site, key))
            if last is not None and document >= last:
                return False
        pages = self.sites.get(site)
        kept = pages.get(key) if pages else None
        if kept is not None:
            keys = kept.keys
            return document not in keys and (len(keys) < MAX_DOCS_PER_PAGE or document < keys[-1])
        if pages and len(pages) >= self.per_site:
            return digest < self._largest_page(site)  # takes that page's place: the count stays
        if self.count >= self.total and site_digest >= self._largest_site():
            self.lower(site_digest)
            return False
        return True

    def _heap(self) -> tuple[list, dict[str, list]]:
        """A max-heap (negated digests) of the sites kept, and one of each site's pages."""
        if self._heaps is None:
            sites = [(-_site_digest(site), site) for site in self.sites]
            heapq.heapify(sites)
            per_site = {}
            for site, pages in self.sites.items():
                entries = [(-page.digest, key) for key, page in pages.items()]
                heapq.heapify(entries)
                per_site[site] = entries
            self._heaps = (sites, per_site)
        return self._heaps

    def add(self, site: str, key: str, page: Page) -> None:
        """Add a page (or more documents of a page already kept), then drop what the limits
        exclude: the site's page of largest digest beyond ``per_site`` pages; beyond ``total``
        pages in all, the sites of largest digest (lowering the threshold to them for good)."""
        if _site_digest(site) >= self.threshold:
            return
        sites, per_site = self._heap()
        pages = self.sites.get(site)
        if pages is None:
            pages = self.sites[site] = {}
            per_site[site] = []
            heapq.heappush(sites, (-_site_digest(site), site))
        kept = pages.get(key)
        if kept is not None:
            documents = _merge_documents(kept.documents, page.documents)
            pages[key] = Page(kept.digest, documents,
                              tuple(sorted(key for doc in documents for key in doc.keys())))
            return
        pages[key] = page
        self.count += 1
        heapq.heappush(per_site[site], (-page.digest, key))
        if len(pages) > self.per_site:
            _, largest = heapq.heappop(per_site[site])
            del pages[largest]
            self.count -= 1
        while self.count > self.total:
            self.lower(self._largest_site())

    def _largest_page(self, site: str) -> int:
        return -self._heap()[1][site][0][0]

    def _largest_site(self) -> int:
        sites, _ = self._heap()
        return -sites[0][0] if sites else _FULL

    def lower(self, threshold: int) -> None:
        """Keep only the sites whose digest is below ``threshold`` (and never take others again)."""
        if threshold >= self.threshold:
            return
        self.threshold = threshold
        sites, per_site = self._heap()
        while sites and -sites[0][0] >= threshold:
            _, site = heapq.heappop(sites)
            self.count -= len(self.sites.pop(site))
            del per_site[site]

    # -- reading it -----------------------------------------------------------------------------

    def estimate(self, site: str) -> Optional[int]:
        """The site's number of pages when its sample is not all of them, else ``None``."""
        pages = self.sites[site]
        if len(pages) < self.per_site:
            return None
        largest = max(page.digest for page in pages.values())
        return round((len(pages) - 1) * _FULL / max(largest, 1))


def _merge_documents(left: tuple[Doc, ...], right: tuple[Doc, ...]) -> tuple[Doc, ...]:
    """The documents of a page from two states: the :data:`MAX_DOCS_PER_PAGE` first by path and
    record; documents with the same text as one before them kept as its copies."""
    if len(right) == 1 and not right[0].copies and right[0].path == left[-1].path and \
            (right[0].record or 0) > (left[-1].record or 0) and \
            all(doc.text_digest != right[0].text_digest for doc in left) and \
            sum(1 + len(doc.copies) for doc in left) < MAX_DOCS_PER_PAGE and \
            all(key < (right[0].path, right[0].record or 0) for doc in left for key in doc.keys()):
        return (*left, right[0])  # the common case: the next record of the file, a new text
    entries: dict[tuple, tuple[tuple, Doc]] = {}
    for doc in (*left, *right):
        for locator in doc.locators():
            entries.setdefault((locator[0], locator[1] or 0), (locator, doc))
    groups: dict[bytes, tuple[Doc, list[tuple]]] = {}
    for key in sorted(entries)[:MAX_DOCS_PER_PAGE]:
        locator, doc = entries[key]
        if doc.text_digest in groups:
            groups[doc.text_digest][1].append(locator)
        else:
            path, record, record_id, field = locator
            groups[doc.text_digest] = (doc._replace(path=path, record=record, record_id=record_id,
                                                    field=field), [])
    return tuple(doc._replace(copies=tuple(copies)) for doc, copies in groups.values())


def _document(article: Article) -> Doc:
    """The compact record of one document: a digest and a size per non-blank line; position,
    index and text of the lines short enough to be flagged."""
    document = article.document
    lines = article.lines
    indexes = article.paragraph_indexes
    cut = 0
    if len(indexes) > 2 * WINDOW:
        cut = sum(len(lines[i].strip().encode("utf-8", "surrogatepass")) for i in indexes[WINDOW:-WINDOW])
        indexes = [*indexes[:WINDOW], -1, *indexes[-WINDOW:]]
    normal = _normal_lines(article.text)
    digests, sizes = array("Q"), array("H")
    positions, kept_indexes = array("I"), array("I")
    texts: list[str] = []
    add_digest, add_size = digests.append, sizes.append
    for position, index in enumerate(indexes):
        if index < 0:
            add_digest(_CUT)
            add_size(min(cut, 65535))
            continue
        # _collapse(line), inlined: this loop sees every line of the corpus. The digest is
        # CRC-32 and Adler-32 side by side, at C speed (a cryptographic digest per line cost a
        # tenth of a run); Python's hash differs between processes. Not made to resist crafted
        # text; for real lines a collision within one site is a one-in-billions accident. Never
        # 0 (``_CUT``): Adler-32's low half is at least 1.
        line = normal[index].strip()
        if b"  " in line or b"\t" in line:
            line = b" ".join(line.split())
        add_digest(crc32(line) << 32 | adler32(line))
        size = len(line)  # UTF-8 bytes: never fewer than the characters
        add_size(size if size < 65535 else 65535)
        if size <= MAX_LINE_CHARS or size <= 4 * MAX_LINE_CHARS and \
                len(lines[index].strip()) <= MAX_LINE_CHARS:
            positions.append(position)
            kept_indexes.append(index)
            texts.append(lines[index])
    return Doc(document.path, document.record, document.record_id, document.field, digests, sizes,
               positions, kept_indexes, "\n".join(texts).encode("utf-8", "surrogatepass"),
               _text_digest(article.text))


def is_credit(text: str) -> bool:
    """Whether a line credits the story (a byline, a dateline, a wire sign-off), by its shape
    wherever it stands: a site's reporters and its wire partner repeat, and belong to the story."""
    if BYLINE.match(text) or BYLINE_WIRE.match(text) or SIGNOFF.match(text):
        return True
    # A dateline names a place or a wire: "(Demo) App Launcher" is a menu item.
    dateline = DATELINE.match(text)
    return bool(dateline and (dateline.group("place") or _WIRE.fullmatch(dateline.group("outlet"))))


def _own_share(doc: Doc, repeated: set[int]) -> float:
    total = sum(doc.sizes)
    if not total:
        return 0.0
    return sum(size for digest, size in zip(doc.digests, doc.sizes) if digest not in repeated) / total


def _stories(pages: list[Page], numbers: list[int], repeated: set[int]) -> list[list[int]]:
    """The pages ``numbers`` grouped by story: two pages are one story when they share at least
    half the prose lines (:data:`PROSE_BYTES` or longer, not repeated across the site) of the one
    with fewer. Connected groups, each in page order, in the order of their first page."""
    prose: dict[int, set[int]] = {}
    holders: dict[int, list[int]] = {}
    for number in numbers:
        lines = {digest for doc in pages[number].documents
                 for digest, size in zip(doc.digests, doc.sizes)
                 if size >= PROSE_BYTES and digest not in repeated and digest != _CUT}
        prose[number] = lines
        for digest in lines:
            holders.setdefault(digest, []).append(number)
    shared: Counter = Counter()
    for holding in holders.values():
        if 1 < len(holding) <= MAX_COPIES:
            shared.update((a, b) for i, a in enumerate(holding) for b in holding[i + 1:])
    parent = {number: number for number in numbers}

    def root(number: int) -> int:
        while parent[number] != number:
            parent[number] = parent[parent[number]]
            number = parent[number]
        return number

    for (a, b), count in shared.items():
        if 2 * count >= min(len(prose[a]), len(prose[b])):
            first, second = sorted((root(a), root(b)))
            parent[second] = first
    groups: dict[int, list[int]] = {}
    for number in numbers:
        groups.setdefault(root(number), []).append(number)
    return list(groups.values())


def _count(page_lines: list[set[int]], which: Iterable[int]) -> Counter:
    counts: Counter = Counter()
    for number in which:
        counts.update(page_lines[number])
    counts.pop(_CUT, None)
    return counts


def _place(site: str) -> str:
    return f"in folder {site[7:]}" if site.startswith("folder:") else f"of {site}"


def _about(number: int) -> str:
    """A page estimate to two significant digits: ``about 12,000``."""
    if number >= 100:
        digits = 10 ** (len(str(number)) - 2)
        number = round(number / digits) * digits
    return f"about {number:,}"


#: Examples for ``newslint test-rules``: ten story leads of one site (real copy, from the
#: development set's pages), with and without the site's newsletter box under each.
_EXAMPLE_LEADS = (
    'MADRID — Rafael Nadal kept Spain’s hopes alive, then Marcel Granollers and Feliciano Lopez completed the comeback in the decisive doubles match to give the hosts a 2-1 win over Russia in the inaugural Davis Cup Finals.',
    "A team led by researchers out of NASA's Goddard Space Flight Center in Greenbelt, Maryland, has confirmed traces of water vapor above the surface of Jupiter's icy moon Europa.",
    'South Dakota Gov. Kristi Noem (R) is defending the state’s launch of an anti-drug campaign with the slogan “Meth, we’re on it.”',
    'Another cloud of choking smoke and dust is set to descend upon the 20 million residents of Delhi this week, with forecasters warning that air pollution is likely to reach “severe” or “emergency” levels on Wednesday. The dangerous, dirty air is arising from a mix of weather conditions, urban emissions, and rural smoke converging over India’s capital region.',
    'In a joint statement published Oct. 25, the Russian and Syrian defense ministries accused U.S. forces in southern Syria’s al-Tanf of controlling “bandit formations” and disrupting a United Nations plan to return people in the Rubkan refugee camp to their homes in territory controlled by the Syrian government.',
    'The latest wave of tech-based financial startups have a new angle on the banking sector: They’ll assume that everyone is out of money, then try to monetize their brokeness.',
    'CLEVELAND, Ohio – The Doobie Brothers will look to ride a potential Rock and Roll Hall of Fame Induction into a 50th anniversary tour in 2020. And the band will do it with singer Michael McDonald.',
    "DUBAI, United Arab Emirates — Dubai's flagship carrier Emirates Airline finalized a deal to purchase 30 of Boeing 's 787-9 Dreamliner jets, executives of both companies announced Wednesday at the Dubai Air Show.",
    'A "phase one" trade deal between the United States and China was supposed to be a limited agreement that would allow leaders from both countries to claim an easy victory while soothing financial markets.',
    'Audi has revealed the second production model in its e-tron all-electric range, with the 2020 Audi e-tron Sportback making its debut at the LA Auto Show. Joining the Audi e-tron SUV, the new e-tron Sportback will have Quattro electric all-wheel drive as standard and, in Europe, up to 277 miles of range. US range is yet to be tested.',
)
_EXAMPLE_BOX = ("Pick Six Newsletter\n"
                "Get the day's big stories + fun stuff you love like mock drafts, picks and power rankings.")


class SiteBoilerplate(CorpusRule):
    """A line that stands, word for word, in most pages of one site: menus, footers, legal lines.

    What it flags: across the run, a line found in at least ``min-share`` (half) of the pages of
    one site, when the site has at least ``min-pages`` (10) pages, at each place where it stands
    as chrome stands: before the page's own text, after it, or in a block of three or more such
    lines amid it. Lines are compared after lower-casing, collapsing white space and reading every
    number as the same (``© 2019`` and ``© 2020``); a flagged line holds a letter and has at most
    300 characters. A site is the record's domain or URL host, or the folder of a plain file; a
    page is a URL (the same page from several extractors counts once) or, without one, a text;
    pages sharing half their prose lines are one story and count once. Never flagged: bylines,
    datelines and wire sign-offs, which repeat because they credit the story; a line that mostly
    stands among the story's own lines (a quote reused in follow-ups, a recurring subheading),
    even where it once touches the chrome. Any language: it reads repetition, not words.

    Why it matters: what a site prints around every story is not news. Extracted into a corpus it
    repeats thousands of times, and a model trained on it, or a search index, learns the chrome.
    It is the signal CCNet and C4 strip boilerplate with, and it finds the menus and footers no
    list of phrases knows (``Impressum``, ``Inhalt anspringen``, a site's newsletter box).

    Example: 37 of 40 pages of ``example.com`` end with ``Our Standards: The Thomson Reuters Trust
    Principles.``: each gets ``NL314 line repeated in 37 of 40 pages of example.com``. Memory is
    bounded: at most ``sample-pages`` pages per site are kept (a sample by a hash of their URL;
    only they are flagged, and the message says so: ``… in 150 of 200 sampled pages of example.com
    (about 12,000)``), and ``max-pages`` in all (beyond, whole sites are left out, by a hash of
    their name). A fixer removes a finding's line with :func:`removal`, after checking the line
    still reads as flagged.

    Measured (``python benchmarks/site_corpus.py``, sites of 40 pages built from each dev source:
    one real page's labelled head and foot junk as the chrome, on each page with chance 0.9, around
    the whole extractor output of 40 other real pages; sign-offs, datelines, quotes, subheadings
    and short sentences of the same source repeated on 10-40 % of a site's pages; some pages from
    two or three extractors): precision 1.000, recall 0.901 of the chrome lines (``dev.jsonl``-built;
    every miss a line it never flags: credit-shaped, no letter, over 300 characters) and 1.000 /
    0.966 (``dev-trafilatura.jsonl``-built); 0 findings in the 20 sites of 3-9 pages of each.
    Without URLs (``--no-urls``) the same precision and recall; there, two extractions of a page
    that share less than half their prose count as two pages, and 35 chrome lines of small sites
    were flagged. Harder (``--keep 0.6 --legit-share 0.5-0.8``): 0.997 / 0.821 and 0.986 / 0.904,
    the false findings legitimate repeats stacked three in a row or at the edge of a tiny page. On
    the real dev sources (about one page per site) it finds nothing, with or without URLs.
    """

    code = "NL314"
    fix = Fixable("remove-line", safe=False)
    name = "site-boilerplate"
    summary = "A line repeated verbatim in most pages of one site (menus, footers, legal lines)"
    examples = {
        "flag": [tuple(f"{lead}\n\n{_EXAMPLE_BOX}\n" for lead in _EXAMPLE_LEADS)],
        "pass": [tuple(f"{lead}\n" for lead in _EXAMPLE_LEADS)],
    }
    severity = Severity.WARNING
    languages = ("*",)
    options = {
        "min-pages": Option(10, int, "A site needs at least this many pages before any line of "
                                     "it is flagged"),
        "min-share": Option(0.5, float, "Share of the site's pages a line must stand in"),
        "sample-pages": Option(200, int, "Pages kept per site (a hash sample beyond that)"),
        "max-pages": Option(10000, int, "Pages kept over all sites: bounds the rule's memory"),
    }
    measured = ("sites of 40 pages built from the dev sources (benchmarks/site_corpus.py): "
                "precision 1.000, recall 0.901 (dev.jsonl-built), 1.000 / 0.966 "
                "(dev-trafilatura.jsonl-built); 0 findings on the real sources (one page a site)")

    def empty(self) -> SiteState:
        return SiteState(max(1, self.settings["sample-pages"]), max(1, self.settings["max-pages"]))

    def collect(self, article: Article) -> SiteState:
        state = self.empty()
        document = article.document
        if article.paragraph_count:
            site, key = site_and_page(document.path, document.outlet, document.url, document.text)
            state.pending = (site, key, _page_digest(site, key), article)
        return state

    def seed(self, state: SiteState) -> SiteState:
        return state.seed()

    def merge(self, left: SiteState, right: SiteState) -> SiteState:
        """Fold the smaller state into the larger and return it (the larger is updated in place:
        as in a reduce, the states passed in are not used again)."""
        left.settle()
        if right.pending is not None and not right.count:  # one document's state, not yet read
            left.pending, right.pending = right.pending, None
            left.settle()
            return left
        right.settle()
        if left.count < right.count:
            left, right = right, left
        left.refusals = None  # the run's state itself now: it refuses by what it holds
        left.lower(right.threshold)
        for site, key, page in right.pages():
            left.add(site, key, page)
        return left

    def judge(self, state: SiteState) -> Iterable[CorpusHit]:
        state.settle()
        minimum, share = max(2, self.settings["min-pages"]), self.settings["min-share"]
        for site in sorted(state.sites):
            pages = sorted(state.sites[site].values(), key=lambda page: page.digest)
            if len(pages) < minimum:
                continue
            page_lines = [set().union(*(doc.digests for doc in page.documents)) for page in pages]
            everywhere = _count(page_lines, range(len(pages)))
            needed = max(2, math.ceil(share * len(pages) - 1e-9))
            repeated = {digest for digest, count in everywhere.items() if count >= needed}
            if not repeated:
                continue
            # Pages with a story of their own, and copies of one story (the same page from several
            # extractors without a URL, versions of a file) counted once: a template is what
            # different stories share.
            own = [number for number, page in enumerate(pages)
                   if any(_own_share(doc, repeated) >= OWN_SHARE for doc in page.documents)]
            stories = _stories(pages, own, repeated)
            if len(stories) < minimum:
                continue
            counts = _count([set().union(*(page_lines[n] for n in story)) for story in stories],
                            range(len(stories)))
            needed = max(2, math.ceil(share * len(stories) - 1e-9))
            chrome = {digest: count for digest, count in counts.items() if count >= needed}
            if not chrome:
                continue
            # Chrome stands where chrome stands on every page; a line that repeats but mostly
            # stands among the story's own lines (a reused quote) is the story's.
            placed: Counter = Counter()
            for page in pages:
                for doc in page.documents:
                    placed.update((digest, at_edge) for _, digest, at_edge in _placements(doc, chrome))
            chrome = {digest: count for digest, count in chrome.items()
                      if placed[digest, True] >= EDGE_SHARE * (placed[digest, True] + placed[digest, False])}
            if not chrome:
                continue
            estimate = state.estimate(site)
            where = (f"of {len(stories)} pages {_place(site)}" if estimate is None else
                     f"of {len(stories)} sampled pages {_place(site)} ({_about(estimate)})")
            for page in pages:
                for doc in page.documents:
                    for index, text, digest in _flagged(doc, chrome):
                        message = f"line repeated in {chrome[digest]} {where}"
                        for locator in doc.locators():
                            yield CorpusHit(self._anchor(locator, index, text), message)

    def _anchor(self, locator: tuple, index: int, text: str) -> Anchor:
        """The place of line ``index`` (0-based) of the document at ``locator`` (path, record,
        record id, field), as :func:`newslint.locate.locate` gives it for a hit on the whole line
        (outer white space excluded)."""
        path, record, record_id, field = locator
        stripped = text.strip()
        col = len(text) - len(text.lstrip()) + 1
        line = index + 1
        if record is None:
            return Anchor(path, line, col, line, col + len(stripped), text,
                          fingerprint(path, self.code, stripped))
        return Anchor(path, record, 1, record, 1, text,
                      fingerprint(f"{path}#{record_id or record}", self.code, stripped), record,
                      record_id, field, line, col)


def _placements(doc: Doc, chrome: dict[int, int]) -> Iterator[tuple[int, int, bool]]:
    """(position, digest, whether it stands as chrome) for each line of ``doc`` repeated across
    the site: chrome stands before the page's own text, after it, or in a block of at least
    :data:`MIN_BLOCK` repeated lines (a box of the template) among it."""
    digests = doc.digests
    repeated = [digest in chrome for digest in digests]
    own = [number for number, flag in enumerate(repeated) if not flag]
    first, last = (own[0], own[-1]) if own else (len(digests), -1)
    position, count = 0, len(digests)
    while position < count:
        if not repeated[position]:
            position += 1
            continue
        end = position  # the run of repeated lines from ``position`` to ``end``
        while end + 1 < count and repeated[end + 1]:
            end += 1
        block = end - position + 1 >= MIN_BLOCK
        for number in range(position, end + 1):
            yield number, digests[number], block or number < first or number > last
        position = end + 1


def _flagged(doc: Doc, chrome: dict[int, int]) -> Iterator[tuple[int, str, int]]:
    """(line index, text, digest) of the lines of ``doc`` that may be flagged and stand as chrome."""
    edge = {position: digest for position, digest, at_edge in _placements(doc, chrome) if at_edge}
    if not edge:
        return
    for position, index, text in zip(doc.positions, doc.indexes, doc.lines()):
        if position in edge and _LETTER.search(text) and not is_credit(text.strip()):
            yield index, text, edge[position]


def removal(article: Article, line_number: int, expected: str) -> Optional[Fix]:
    """The fix of an NL314 finding: remove line ``line_number`` (1-based; a record's line in its
    field, ``field_line``) of ``article`` with :func:`newslint.rule.remove_line`, if it still reads
    ``expected`` (the finding's ``source_line``); ``None`` when the text changed since. Unsafe: the
    judgement rests on the corpus, not on the line."""
    if not 1 <= line_number <= len(article.lines) or article.lines[line_number - 1] != expected:
        return None
    return remove_line(article.line(line_number - 1), safe=False)


@hookimpl
def newslint_rules():
    return [SiteBoilerplate]
