"""A real browser (Playwright + Debian's chromium) on the web UI over a small ingested
corpus: search a name, open the person, follow a quote to its article, check the
highlight. Screenshots go to test-artifacts/ for inspection."""

from __future__ import annotations

import shutil
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest
from test_store_corpus import write_jsonl

pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
if not shutil.which("chromium") and not Path("/usr/bin/chromium").exists():
    pytest.skip("chromium is not installed (apt-get install chromium fonts-lohit-deva)",
                allow_module_level=True)

from playwright.sync_api import Page, expect

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
EXAMPLE = ROOT / ".." / "shared" / "examples" / "ranchi-congress-minority-meeting.txt"
pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    import uvicorn

    from khabar.ingest.runner import Ingester
    from khabar.web.app import create_app

    tmp = tmp_path_factory.mktemp("browser")
    paths = [write_jsonl(tmp / "people.jsonl")]
    if EXAMPLE.exists():
        paths.append(EXAMPLE)
    Ingester(tmp / "k.db", jobs=1).run(paths)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(tmp / "k.db"), host="127.0.0.1",
                                        port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started, "the server did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


def _shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def test_search_person_quote_article_highlight(server: str, page: Page):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(server + "/")
    page.fill("input[name=q]", "Rajesh Thakur")
    page.click("header button[type=submit]")
    expect(page.locator("h1")).to_contain_text("Rajesh Thakur")
    card = page.locator("a.card.PERSON", has_text="राजेश ठाकुर")
    expect(card).to_have_count(1)
    _shot(page, "browser-search.png")
    card.click()
    expect(page.locator(".profile-head h1")).to_contain_text("राजेश ठाकुर")
    expect(page.locator(".profile-head .latin")).to_have_text("Rajesh Thakur")
    expect(page.locator("table.roles")).to_contain_text("प्रदेश अध्यक्ष")
    links = page.locator("a.quote-link")
    assert links.count() >= 4
    _shot(page, "browser-person.png")
    quote = page.locator("a.quote-link", has_text="संगठन मजबूत है")
    quote.click()
    page.wait_for_url("**/article/**#q*")
    anchor = page.url.rsplit("#", 1)[1]
    target = page.locator(f"span.quote#{anchor}")
    expect(target).to_contain_text("संगठन मजबूत है")
    expect(target).to_have_attribute("title", "quote by राजेश ठाकुर (Rajesh Thakur) · कहना")
    expect(target.locator("a.spk")).to_have_text("राजेश ठाकुर")
    # the :target rule highlights the quote the link pointed at, and only that one
    target_bg = target.evaluate("e => getComputedStyle(e).backgroundColor")
    other = page.locator("span.quote:not(:target)").first
    assert target_bg != other.evaluate("e => getComputedStyle(e).backgroundColor")
    assert target.evaluate("e => e.matches(':target')")
    expect(page.locator(".article-text a.ent.PERSON", has_text="राजेश ठाकुर").first).to_be_visible()
    expect(page.locator(".article-text .ent.ORG").first).to_be_visible()
    _shot(page, "browser-article.png")


def test_hostile_article_runs_no_script(server: str, page: Page):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server + "/?q=हमला")
    page.locator("a.hit-title").first.click()
    expect(page.locator(".article-text")).to_contain_text('<script>alert("x")</script>')
    page.locator(".article-text .quote").first.hover()
    assert dialogs == []
    assert page.evaluate("document.querySelectorAll('.article-text script, "
                         ".article-text img').length") == 0


def test_devanagari_font_is_available():
    fonts = subprocess.run(["fc-list", ":lang=hi"], capture_output=True, text=True)
    if not fonts.stdout.strip():
        pytest.skip("no Devanagari font (apt-get install fonts-lohit-deva): screenshots "
                    "would show boxes")
