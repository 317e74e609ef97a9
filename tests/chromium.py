"""A small driver for headless Chromium over the DevTools protocol, for the HTML report's tests.

It talks to the browser through ``--remote-debugging-pipe`` (JSON messages separated by NUL bytes
on file descriptors 3 and 4), so it needs no WebSocket library, no open port and no driver
package: only Debian's ``chromium``. What it does is what a person does: open a page, wait until
it has loaded (an event, never a sleep), look at the DOM, click, resize the window, print, and
take a screenshot, which :func:`decode_png` turns into pixels.

Used by ``tests/test_html_report.py`` and by ``docs/report_screenshot.py`` (which makes the README's
picture of the seed's report).
"""

from __future__ import annotations

import json
import os
import select
import shutil
import struct
import subprocess
import tempfile
import zlib
from pathlib import Path
from typing import Any, Optional

#: The flags the browser needs on a closed network and as root: without the background-networking
#: ones it keeps trying (and failing) to reach Google's servers.
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--no-default-browser-check", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--disable-extensions", "--disable-default-apps", "--hide-scrollbars",
    "--force-device-scale-factor=1", "--mute-audio", "--remote-debugging-pipe",
)
#: How long one answer or event may take before the browser is taken to be stuck. Only a bound
#: for failing instead of hanging: nothing ever waits for it to pass.
DEADLINE = 120.0


class BrowserError(RuntimeError):
    """The browser could not be started, went away, or answered a command with an error."""


def find_chromium() -> Optional[str]:
    """The Chromium executable (``NEWSLINT_CHROMIUM`` overrides), or ``None``."""
    configured = os.environ.get("NEWSLINT_CHROMIUM")
    if configured:
        return configured
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


class Browser:
    """One headless Chromium with one page (tab). Use as a context manager."""

    def __init__(self, executable: Optional[str] = None, width: int = 1280, height: int = 900):
        executable = executable or find_chromium()
        if not executable:
            raise BrowserError("no Chromium found (install Debian's 'chromium' package)")
        self.profile = tempfile.mkdtemp(prefix="newslint-chromium-")
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()

        def wire_pipes() -> None:  # in the child: the protocol's fixed descriptors 3 and 4
            # Moved out of the way first, in case either pipe already sits on 3 or 4.
            read_end = os.dup(to_browser_read)
            write_end = os.dup(from_browser_write)
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)

        self.process = subprocess.Popen(
            [executable, *FLAGS, f"--user-data-dir={self.profile}",
             f"--window-size={width},{height}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            preexec_fn=wire_pipes, close_fds=True, pass_fds=(3, 4),
        )
        os.close(to_browser_read)
        os.close(from_browser_write)
        self._buffer = b""
        self._next_id = 0
        self._events: list[dict[str, Any]] = []
        self.session: Optional[str] = None
        target = self.call("Target.createTarget", url="about:blank", session=False)["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True,
                                 session=False)["sessionId"]
        self.call("Page.enable")
        self.call("Runtime.enable")
        self.call("Network.enable")
        self.set_viewport(width, height)

    # -- the protocol ------------------------------------------------------------------------------

    def _send(self, message: dict[str, Any]) -> None:
        data = json.dumps(message).encode() + b"\0"
        while data:
            written = os.write(self._to_browser, data)
            data = data[written:]

    def _receive(self) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            ready, _, _ = select.select([self._from_browser], [], [], DEADLINE)
            if not ready:
                raise BrowserError(f"Chromium said nothing for {DEADLINE:.0f} s")
            chunk = os.read(self._from_browser, 1 << 16)
            if not chunk:
                raise BrowserError(f"Chromium went away: {self._stderr_tail()}")
            self._buffer += chunk
        message, _, self._buffer = self._buffer.partition(b"\0")
        return json.loads(message)

    def _stderr_tail(self) -> str:
        if self.process.poll() is None or self.process.stderr is None:
            return "(still running)"
        return self.process.stderr.read().decode("utf-8", "replace")[-2000:]

    def call(self, method: str, session: bool = True, **params: Any) -> dict[str, Any]:
        """Send one command and return its result; events that arrive meanwhile are kept."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session and self.session:
            message["sessionId"] = self.session
        self._send(message)
        while True:
            answer = self._receive()
            if answer.get("id") == self._next_id:
                if "error" in answer:
                    raise BrowserError(f"{method}: {answer['error'].get('message')}")
                return answer.get("result", {})
            if "method" in answer:
                self._events.append(answer)

    def wait_for(self, event: str) -> dict[str, Any]:
        """The next ``event`` (already received or still to come): a state, never a time."""
        while True:
            for index, message in enumerate(self._events):
                if message["method"] == event:
                    del self._events[index]
                    return message.get("params", {})
            answer = self._receive()
            if "method" in answer:
                self._events.append(answer)

    def events(self, name: str) -> list[dict[str, Any]]:
        """The parameters of every ``name`` event received so far."""
        return [m.get("params", {}) for m in self._events if m["method"] == name]

    # -- what a person does ------------------------------------------------------------------------

    def open(self, url: str) -> None:
        """Load ``url`` (``file://…`` for a report on disk) and wait until it has loaded."""
        self._events = [m for m in self._events if m["method"] != "Page.loadEventFired"]
        result = self.call("Page.navigate", url=url)
        if result.get("errorText"):
            raise BrowserError(f"{url}: {result['errorText']}")
        self.wait_for("Page.loadEventFired")

    def open_file(self, path: Path) -> None:
        self.open(Path(path).resolve().as_uri())

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (JSON-able values only)."""
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True,
                           awaitPromise=True)
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            raise BrowserError(f"JavaScript error: {text}")
        return result["result"].get("value")

    def set_viewport(self, width: int, height: int, mobile: bool = False) -> None:
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=height,
                  deviceScaleFactor=1, mobile=mobile)

    def disable_scripts(self) -> None:
        """Open the next pages as a browser with JavaScript turned off would."""
        self.call("Emulation.setScriptExecutionDisabled", value=True)

    def emulate_media(self, media: str) -> None:
        """``print`` shows the page as the print style sheet lays it out; ``""`` goes back."""
        self.call("Emulation.setEmulatedMedia", media=media)

    def screenshot(self, clip: Optional[dict[str, float]] = None, full_page: bool = False) -> bytes:
        """A PNG of the viewport, of ``clip`` (x, y, width, height in page pixels), or the page."""
        params: dict[str, Any] = {"format": "png", "captureBeyondViewport": full_page}
        if clip is not None:
            params["clip"] = {**clip, "scale": 1}
        import base64

        return base64.b64decode(self.call("Page.captureScreenshot", **params)["data"])

    def close(self) -> None:
        try:
            if self.process.poll() is None:
                try:
                    self.call("Browser.close", session=False)
                except (BrowserError, OSError):
                    pass
                try:
                    self.process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait()
        finally:
            for fd in (self._to_browser, self._from_browser):
                try:
                    os.close(fd)
                except OSError:
                    pass
            if self.process.stderr is not None:
                self.process.stderr.close()
            shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self) -> "Browser":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


# -- PNG -------------------------------------------------------------------------------------------


class Image:
    """Decoded pixels: ``rgb(x, y)`` gives one pixel as an (r, g, b) tuple."""

    def __init__(self, width: int, height: int, channels: int, rows: list[bytes]):
        self.width = width
        self.height = height
        self.channels = channels
        self.rows = rows

    def rgb(self, x: int, y: int) -> tuple[int, int, int]:
        at = x * self.channels
        row = self.rows[y]
        return row[at], row[at + 1], row[at + 2]

    def pixels(self):
        for y in range(self.height):
            for x in range(self.width):
                yield self.rgb(x, y)


def decode_png(data: bytes) -> Image:
    """Decode an 8-bit RGB or RGBA, non-interlaced PNG (what Chromium's screenshots are).

    The standard library has zlib but no PNG reader; the format is small enough to read here
    (https://www.w3.org/TR/png/: chunks, then the five scanline filters), which spares the tests
    an imaging dependency.
    """
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    position, idat = 8, []
    width = height = channels = 0
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        position += 12 + length
        if kind == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or color not in (2, 6) or interlace:
                raise ValueError(f"unsupported PNG (depth {depth}, colour type {color})")
            channels = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    rows: list[bytes] = []
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind = raw[start]
        line = bytearray(raw[start + 1:start + 1 + stride])
        if kind == 1:  # Sub
            for i in range(channels, stride):
                line[i] = (line[i] + line[i - channels]) & 0xFF
        elif kind == 2:  # Up
            line = bytearray((a + b) & 0xFF for a, b in zip(line, previous))
        elif kind == 3:  # Average
            for i in range(stride):
                left = line[i - channels] if i >= channels else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 0xFF
        elif kind == 4:  # Paeth
            for i in range(stride):
                a = line[i - channels] if i >= channels else 0
                b = previous[i]
                c = previous[i - channels] if i >= channels else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                predictor = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + predictor) & 0xFF
        elif kind != 0:
            raise ValueError(f"bad PNG filter {kind} on row {y}")
        rows.append(bytes(line))
        previous = line
    return Image(width, height, channels, rows)
