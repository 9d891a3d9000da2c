"""What the real-browser tests share: Chromium, the app as a server, and the wait for a settled rerun.

``AppServer`` (from ``tests.appserver``, importable from here too) runs ``streamlit run app.py`` as
Streamlit Community Cloud does. ``settle(page)`` waits until the page a person sees has stopped
changing: connected, no script running, no skeleton, no stale element, and every plotly chart drawn.
``Tab`` is one browser tab with its console errors and dialogs recorded, so a test can say what
must not have happened.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tests.appserver import APP, HEALTH_TIMEOUT, ROOT, AppServer, fetch, free_port, running  # noqa: F401

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Dialog, Locator, Page, Playwright

SCREENS = ROOT / "artifacts" / "screens"
SETTLE_TIMEOUT_MS = 45_000

# Headless Debian Chromium as root, on a machine whose network is closed.
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
CHROMIUM_CANDIDATES = ("/usr/lib/chromium/chromium", "/usr/bin/chromium")
CHROMIUM_VARIABLES = ("CHROMIUM_PATH", "PLAYWRIGHT_CHROMIUM_EXECUTABLE")

DESKTOP: dict[str, Any] = {"viewport": {"width": 1280, "height": 900}}
# A phone: its screen, touch, and a phone's user agent (Streamlit tells phones from desktops by the
# user agent: only on a phone does choosing a page in the side menu close the menu).
PHONE: dict[str, Any] = {
    "viewport": {"width": 390, "height": 844},
    "is_mobile": True,
    "has_touch": True,
    "device_scale_factor": 1,
    "user_agent": "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/150.0.0.0 Mobile Safari/537.36",
}


def in_ci() -> bool:
    """Whether the tests run in CI (``CI=true``), where a missing browser is a failure, not a skip."""
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


def find_chromium() -> str | None:
    """Return the Chromium to launch: from ``$CHROMIUM_PATH`` (or the Playwright variable), Debian's, or None.

    None means "Playwright's own browser", which :func:`browser_problem` checks is installed.
    """
    for name in CHROMIUM_VARIABLES:
        value = os.environ.get(name, "").strip()
        if value:
            return value
    for candidate in CHROMIUM_CANDIDATES:
        if os.access(candidate, os.X_OK):
            return candidate
    return None


def browser_problem() -> str | None:
    """Return why no browser can be launched here (package or binary missing), or None."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return "the playwright package is not installed (pip install -r requirements-dev.txt)"
    path = find_chromium()
    if path is not None:
        return None if os.access(path, os.X_OK) else f"Chromium at {path} is missing or not executable"
    with sync_playwright() as playwright:
        own = playwright.chromium.executable_path
    if own and Path(own).exists():
        return None
    return (
        "no Chromium found: set CHROMIUM_PATH, install Debian's chromium "
        f"({' or '.join(CHROMIUM_CANDIDATES)}) or run `playwright install chromium`"
    )


def launch(playwright: Playwright) -> Browser:
    """Launch headless Chromium with the arguments this machine needs."""
    return playwright.chromium.launch(executable_path=find_chromium(), args=LAUNCH_ARGS, headless=True)


# The page has settled when this holds for STABLE_MS: connected, script not running, at least one
# element rendered, no skeleton, no element left stale by a rerun, and every plotly chart drawn (a
# trace path with a shape): a plotly page reports notRunning before its chart is drawn. After an
# action, the count of finished script runs (RUN_COUNTER) must also have grown, so the wait cannot
# end on the state from before the click.
#
# The count reads the server's messages, not the page: a rerun of some 20 ms can start and finish
# between two renders, so the page's script state never shows "running" and a counter watching it
# would wait forever. RUN_COUNTER wraps the page's WebSocket and counts each ForwardMsg whose field
# 6 (script_finished) is set to anything but FINISHED_EARLY_FOR_RERUN (2); it walks the message's
# top-level protobuf fields to find it.
STABLE_MS = 60
RUN_COUNTER = """
(() => {
  window.__hiRuns = 0;
  const varint = (bytes, at) => {
    let value = 0, shift = 0, byte;
    do { byte = bytes[at++]; value += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
    return [value, at];
  };
  const finished = (bytes) => {
    let at = 0;
    while (at < bytes.length) {
      let tag, value;
      [tag, at] = varint(bytes, at);
      const field = Math.floor(tag / 8), wire = tag % 8;
      if (wire === 0) { [value, at] = varint(bytes, at); if (field === 6) { return value !== 2; } }
      else if (wire === 2) { [value, at] = varint(bytes, at); at += value; }
      else if (wire === 1) { at += 8; } else if (wire === 5) { at += 4; } else { return false; }
    }
    return false;
  };
  const count = (data) => { if (finished(new Uint8Array(data))) { window.__hiRuns += 1; } };
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (event) => {
        if (event.data instanceof ArrayBuffer) { count(event.data); }
        else if (event.data instanceof Blob) { event.data.arrayBuffer().then(count); }
      });
    }
  };
})();
"""
_SETTLED = """
([stableMs, needCharts, runsAbove]) => {
  const app = document.querySelector('[data-testid=stApp]');
  const charts = Array.from(document.querySelectorAll('[data-testid=stPlotlyChart], img.hi-spark'));
  const drawn = (chart) => chart.matches('img.hi-spark')
    ? chart.complete && chart.naturalWidth > 0 && chart.getBoundingClientRect().width > 0
    : Array.from(chart.querySelectorAll('.scatterlayer .trace path'))
        .some((path) => (path.getAttribute('d') || '').length > 1);
  const ok = (window.__hiRuns || 0) > runsAbove
    && !!app
    && app.getAttribute('data-test-connection-state') === 'CONNECTED'
    && app.getAttribute('data-test-script-state') === 'notRunning'
    && document.querySelector('[data-testid=stMain] [data-testid=stElementContainer]') !== null
    && document.querySelector('[data-testid=stSkeleton]') === null
    && document.querySelector('[data-stale=true]') === null
    && (!needCharts || charts.length > 0 || document.querySelector('.st-key-figure-card') !== null)
    && charts.every(drawn);
  const now = performance.now();
  if (!ok) { window.__hiSettledSince = undefined; return false; }
  if (window.__hiSettledSince === undefined) { window.__hiSettledSince = now; }
  return now - window.__hiSettledSince >= stableMs;
}
"""


def runs(page: Page) -> int:
    """Return how many script runs the page has seen finish (needs RUN_COUNTER, which Tab installs)."""
    return int(page.evaluate("() => window.__hiRuns === undefined ? -1 : window.__hiRuns"))


def settle(
    page: Page, *, charts: bool = False, after_runs: int = -1, timeout_ms: int = SETTLE_TIMEOUT_MS
) -> None:
    """Wait until the rerun has settled (and, with ``charts``, until at least one chart is drawn:
    a Plotly chart, or an overview card's sparkline; an indicator with one figure shows its card
    instead of a chart).

    With ``after_runs`` (a :func:`runs` count taken before an action), wait for a run that
    started after it.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

    page.evaluate("() => { window.__hiSettledSince = undefined; }")
    try:
        page.wait_for_function(_SETTLED, arg=[STABLE_MS, charts, after_runs], polling=40, timeout=timeout_ms)
    except PlaywrightTimeoutError:
        raise AssertionError(
            f"the page did not settle within {timeout_ms} ms: {page.evaluate(_UNSETTLED, after_runs)}"
        ) from None


# What is still unsettled, to say in a failure: each condition of _SETTLED, true where it holds.
_UNSETTLED = """
(runsAbove) => {
  const app = document.querySelector('[data-testid=stApp]');
  return {
    runs: window.__hiRuns, runsAbove,
    connected: !!app && app.getAttribute('data-test-connection-state'),
    script: !!app && app.getAttribute('data-test-script-state'),
    elements: document.querySelectorAll('[data-testid=stMain] [data-testid=stElementContainer]').length,
    skeletons: document.querySelectorAll('[data-testid=stSkeleton]').length,
    stale: document.querySelectorAll('[data-stale=true]').length,
    charts: document.querySelectorAll('[data-testid=stPlotlyChart], img.hi-spark').length,
    url: location.href,
  };
}
"""


# Console errors that are not the app's: Streamlit probes ``<page>/_stcore/health`` and
# ``host-config`` to find its base path on a page URL (404 expected), and the favicon of a
# ``:material/…:`` page icon comes from fonts.gstatic.com, which this closed network cannot reach.
_BENIGN_CONSOLE = (
    re.compile(r"Failed to load resource: the server responded with a status of 404"),
    re.compile(
        r"Failed to load resource: net::ERR_(NAME_NOT_RESOLVED|INTERNET_DISCONNECTED|"
        r"CONNECTION_REFUSED|ADDRESS_UNREACHABLE|NETWORK_ACCESS_DENIED|PROXY_CONNECTION_FAILED)"
    ),
)
_BENIGN_URL = re.compile(
    r"^http://127\.0\.0\.1:\d+/[^?#]*_stcore/(health|host-config)$|^https://fonts\.gstatic\.com/"
)


@dataclass
class Tab:
    """One page in its own browser context, with what went wrong in it recorded."""

    page: Page
    base: str
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    @classmethod
    def open(cls, context: BrowserContext, base: str) -> Tab:
        """Open a page in ``context`` and start recording console errors, page errors and dialogs."""
        tab = cls(context.new_page(), base)
        tab.page.add_init_script(RUN_COUNTER)
        tab.page.set_default_timeout(SETTLE_TIMEOUT_MS)
        tab.page.on("console", tab._console)
        tab.page.on("pageerror", lambda error: tab.errors.append(f"pageerror: {error}"))
        tab.page.on("dialog", tab._dialog)
        return tab

    def _console(self, message: ConsoleMessage) -> None:
        if message.type != "error":
            return
        url = str(message.location.get("url", ""))
        if any(p.search(message.text) for p in _BENIGN_CONSOLE) and _BENIGN_URL.search(url):
            return
        self.errors.append(f"console {message.type}: {message.text} ({url})")

    def _dialog(self, dialog: Dialog) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def goto(self, path: str, *, charts: bool = False) -> Tab:
        """Open ``path`` (such as ``/indicator?id=fdi``) as if pasted into the address bar, and settle."""
        self.page.goto(self.base + path, wait_until="domcontentloaded")
        settle(self.page, charts=charts, after_runs=0)  # the counter restarts with each document
        return self

    def settle(self, *, charts: bool = False) -> Tab:
        """Wait for the current rerun to settle."""
        settle(self.page, charts=charts)
        return self

    def follow(self, link: Locator, url: str, *, charts: bool = False) -> Tab:
        """Click ``link``, wait for a URL matching the pattern ``url``, and for the rerun to settle."""
        before = runs(self.page)
        link.click()
        self.page.wait_for_url(re.compile(url))
        settle(self.page, charts=charts, after_runs=before)
        return self

    def switch_language(self, lang: str, *, charts: bool = False) -> Tab:
        """Choose ``lang`` ('vi' or 'en') in the language switch at the top right, as a person would:
        a link, which loads the view afresh in that language."""
        name = {"vi": "Tiếng Việt", "en": "English"}[lang]
        self.page.locator(".hi-langs").get_by_role("link", name=name, exact=True).click()
        self.page.wait_for_url(re.compile(rf"[?&]lang={lang}(&|$)"))
        settle(self.page, charts=charts, after_runs=0)  # a new document: its counter starts again
        return self

    def menu(self, label: str, path: str, *, charts: bool = False) -> Tab:
        """Open the page ``label`` from the menu: the row of links at the top, or on a phone the
        same links folded under the page's name. A link loads its page afresh."""
        row = self.page.locator(".hi-bar > .hi-menu")
        if row.is_visible():
            link = row.get_by_role("link", name=label, exact=True)
        else:
            self.page.locator(".hi-menu-small summary").click()
            link = self.page.locator(".hi-menu-small nav").get_by_role("link", name=label, exact=True)
        link.click()
        self.page.wait_for_url(re.compile(rf"/{path}(\?|$)"))
        settle(self.page, charts=charts, after_runs=0)  # a new document: its counter starts again
        return self

    def query(self) -> dict[str, list[str]]:
        """Return the URL's parameters."""
        from urllib.parse import parse_qs, urlsplit

        return parse_qs(urlsplit(self.page.url).query, keep_blank_values=True)

    def exceptions(self) -> list[str]:
        """Return the text of every exception element Streamlit shows."""
        return [text.strip() for text in self.page.locator("[data-testid=stException]").all_inner_texts()]

    def main_text(self) -> str:
        """Return the text of the main area (navigation and language switch excluded)."""
        return str(self.page.locator("[data-testid=stMain]").inner_text())

    def shoot(self, name: str) -> Path:
        """Save the whole page (not only the first screen) as ``artifacts/screens/<name>.png``."""
        return screenshot(self.page, name)


OpenTab = Callable[..., Tab]  # the ``open_tab`` fixture: ``open_tab(base=None, **context_options)``


# Text cut off by a container that hides its overflow (a select's value and a table are meant to).
_CUT_OFF = """
(skip) => {
  const found = [];
  for (const el of document.querySelectorAll('[data-testid=stMain] *')) {
    const text = Array.from(el.childNodes).filter((n) => n.nodeType === 3)
      .map((n) => n.textContent).join('').trim();
    if (!text || el instanceof SVGElement
        || el.closest('[data-baseweb=select], [data-testid=stDataFrame], [data-testid=stPlotlyChart], '
                      + 'pre, code')
        || (skip && el.closest(skip))) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    for (let p = el.parentElement; p && !p.matches('[data-testid=stMain]'); p = p.parentElement) {
      if (!['hidden', 'clip'].includes(getComputedStyle(p).overflowX)) continue;
      if (box.right > p.getBoundingClientRect().right + 1 || el.scrollWidth > el.clientWidth + 1) {
        found.push(text.slice(0, 70));
      }
      break;
    }
  }
  return found;
}
"""


def cut_off_text(page: Page, skip: str = "") -> list[str]:
    """Return the texts cut off by a container that hides its overflow (``skip``: a selector to leave out)."""
    return list(page.evaluate(_CUT_OFF, skip))


POINTS = "[data-testid=stPlotlyChart] .scatterlayer .trace .points path"

# The observation id of each drawn marker, read from the data plotly bound to it (customdata[0]).
_POINT_IDS = """
(paths) => paths.map((path) => {
  const datum = path.__data__;
  const trace = path.closest('.trace');
  const info = trace && trace.__data__ && trace.__data__[0] && trace.__data__[0].trace;
  const row = info && info.customdata && datum ? info.customdata[datum.i] : null;
  return {id: row ? String(row[0]) : null, width: path.getBoundingClientRect().width};
})
"""


def plain(text: str) -> str:
    """Return text as the checker compares quotes: NFC, runs of whitespace as one space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def point_ids(tab: Tab) -> list[dict[str, Any]]:
    """Return, for each drawn marker in order, the observation it stands for."""
    return list(tab.page.locator(POINTS).evaluate_all(_POINT_IDS))


def click_point(tab: Tab, obs_id: str) -> None:
    """Click the marker of ``obs_id``, wait for the URL to name it and the rerun to settle."""
    index = next(i for i, point in enumerate(point_ids(tab)) if point["id"] == obs_id and point["width"] > 0)
    before = runs(tab.page)
    tab.page.locator(POINTS).nth(index).click(force=True)
    tab.page.wait_for_url(re.compile(rf"[?&]obs={re.escape(obs_id)}(&|$)"))
    settle(tab.page, charts=True, after_runs=before)


def screenshot(page: Page, name: str) -> Path:
    """Save the whole content of ``page``: the viewport is made as tall as the content, then restored.

    Streamlit scrolls inside ``[data-testid=stMain]``, not the document, so Playwright's
    ``full_page`` would stop at the first screen.
    """
    SCREENS.mkdir(parents=True, exist_ok=True)
    path = SCREENS / f"{name}.png"
    size = page.viewport_size or {"width": 1280, "height": 900}
    height = page.evaluate("""() => {
        const main = document.querySelector('[data-testid=stMain]');
        return main ? Math.ceil(main.getBoundingClientRect().top + main.scrollHeight) : window.innerHeight;
    }""")
    height = max(size["height"], min(int(height), 6000))
    charts = page.locator("[data-testid=stPlotlyChart]").count() > 0
    if height != size["height"]:
        page.set_viewport_size({"width": size["width"], "height": height})
        settle(page, charts=charts)
    page.screenshot(path=str(path), animations="disabled", caret="hide")
    if height != size["height"]:
        page.set_viewport_size(size)
        settle(page, charts=charts)
    return path


def copy_small_png(
    source: Path, target: Path, *, max_width: int = 1280, max_height: int | None = None
) -> Path:
    """Copy a screenshot for the docs: at most ``max_width`` wide (and cut at ``max_height``), compressed.

    Compression (256 colours, optimised PNG) needs Pillow; without it the file is copied as it is.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        from PIL import Image
    except ImportError:
        shutil.copyfile(source, target)
        return target
    with Image.open(source) as image:
        picture = image.convert("RGB")
        if max_height is not None and picture.height > max_height:
            picture = picture.crop((0, 0, picture.width, max_height))
        if picture.width > max_width:
            size = (max_width, round(picture.height * max_width / picture.width))
            picture = picture.resize(size, Image.Resampling.LANCZOS)
        buffer = io.BytesIO()
        palette = picture.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
        palette.save(buffer, format="PNG", optimize=True)
    target.write_bytes(buffer.getvalue())
    return target
