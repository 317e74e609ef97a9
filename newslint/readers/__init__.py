"""Built-in readers, registered as the plugin ``newslint.readers``.

Which reader takes a file is decided by its name: JSON and JSON Lines (plain or gzipped) are read
as records, everything else as one text document. A plugin can claim other kinds of file through
the ``newslint_read`` hook (first result wins; built-ins answer last).
"""

from __future__ import annotations

from typing import Iterable, Optional

from newslint import hookimpl
from newslint.document import Document
from newslint.readers.text import read_text
from newslint.settings import Settings

RECORD_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".json", ".json.gz")


def is_record_file(name: str) -> bool:
    return name.lower().endswith(RECORD_SUFFIXES)


@hookimpl(trylast=True)
def newslint_read(path: str, display_path: str, settings: Settings) -> Optional[Iterable[Document]]:
    if is_record_file(display_path):
        from newslint.readers.records import read_records

        return read_records(path, display_path, settings)
    return read_text(path, display_path, settings)
