"""Make ``docs/report.png``, the README's picture of the HTML report of the seed article.

    python docs/report_screenshot.py          # from the repository, with newslint installed

It lints ``seeds/`` with ``--format html`` into a temporary folder, opens the page in headless
Chromium (Debian's ``chromium``; the driver is ``tests/chromium.py``) and photographs the seed's
document view: its lines, the flagged spans highlighted, each finding beside its line.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from chromium import Browser  # noqa: E402

OUTPUT = REPO / "docs" / "report.png"
WIDTH, HEIGHT = 1200, 760


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "report.html"
        result = subprocess.run([sys.executable, "-m", "newslint", "--format", "html", "-o",
                                 str(page), "seeds/"], cwd=REPO, capture_output=True, text=True)
        if result.returncode not in (0, 1):
            sys.stderr.write(result.stderr)
            return 2
        with Browser(width=WIDTH, height=HEIGHT) as browser:
            browser.open_file(page)
            top = browser.evaluate("document.getElementById('doc-1').getBoundingClientRect().top"
                                   " + window.scrollY - 12")
            browser.evaluate(f"window.scrollTo(0, {top})")
            browser.evaluate("new Promise((done) => requestAnimationFrame("
                             "() => requestAnimationFrame(done)))")
            OUTPUT.write_bytes(browser.screenshot())
    print(f"wrote {OUTPUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
