"""The web UI and JSON API: pages, highlighting, escaping of hostile article content,
read-only serving, and answering while an ingest writes."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import time
import warnings
from pathlib import Path

import pytest
from test_store_corpus import XSS_NAME, XSS_QUOTE, XSS_TEXT, corpus, write_jsonl

from khabar.cli import build_parser
from khabar.store.db import Store, StoreError
from khabar.store.names import NameTools
from khabar.store.profiles import ProfileBuilder

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from khabar.web.app import create_app


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web") / "k.db"
    names = NameTools()
    with Store(path, names) as st:
        for a in corpus():
            st.add(a, "test")
        ProfileBuilder(names).rebuild(st.conn)
        st.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return TestClient(create_app(db))


def person_id(client: TestClient, name: str) -> int:
    (p,) = [c for c in client.get("/api/who", params={"name": name}).json()
            if c["match"] == "name"]
    return int(p["id"])


def article_id(client: TestClient, query: str) -> str:
    return str(client.get("/api/search", params={"q": query}).json()["articles"][0]["id"])


def test_search_page_lists_people_and_marks_hits(client):
    r = client.get("/", params={"q": "Rajesh Thakur"})
    assert r.status_code == 200
    assert "राजेश ठाकुर" in r.text and 'class="card PERSON"' in r.text
    r = client.get("/", params={"q": "अल्पसंख्यक*"})
    assert "<mark>अल्पसंख्यकों</mark>" in r.text
    assert client.get("/").status_code == 200


def test_article_page_highlights_entities_and_quotes(client):
    aid = article_id(client, "एकजुट")
    html = client.get(f"/article/{aid}").text
    rajesh = person_id(client, "राजेश ठाकुर")
    assert re.search(rf'<a class="ent PERSON" href="/person/{rajesh}"[^>]*>राजेश ठाकुर</a>', html)
    assert re.search(r'<a class="ent ORG" href="/org/\d+"[^>]*>कांग्रेस</a>', html)
    assert '<span class="ent LOC" title="LOC · रांची (Ranchi)">रांची</span>' in html
    m = re.search(r'<span class="quote direct" title="([^"]*)" data-speaker="[^"]*" id="q0">'
                  r'<a class="spk" href="/person/(\d+)">राजेश ठाकुर</a>'
                  r"अल्पसंख्यकों को सम्मान मिला है</span>", html)
    assert m and "राजेश ठाकुर (Rajesh Thakur)" in m.group(1) and int(m.group(2)) == rajesh
    assert '<a href="#q1" class="side-q">पार्टी पूरी तरह एकजुट है</a>' in html


def test_person_page(client):
    html = client.get(f"/person/{person_id(client, 'Rajesh Thakur')}").text
    assert "Rajesh Thakur" in html and "प्रदेश अध्यक्ष" in html and "2024-09-05" in html
    assert html.count('class="quote-link"') == 4
    assert re.search(r'href="/article/[0-9a-f]{16}#q1">संगठन मजबूत है</a>', html)
    assert re.search(r'class="ent PERSON" href="/person/\d+">उमैर खान</a>', html)


def test_org_page_and_type_redirects(client):
    (org,) = client.get("/api/who", params={"name": "कांग्रेस", "type": "ORG"}).json()[:1]
    html = client.get(f"/org/{org['id']}").text
    assert "People with posts here" in html and "उमैर खान" in html
    r = client.get(f"/person/{org['id']}", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == f"/org/{org['id']}"


def test_who_redirects_to_one_profile_or_lists_candidates(client):
    r = client.get("/who", params={"name": "umair khan"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/person/")
    r = client.get("/who", params={"name": "ठाकुर"})
    assert r.status_code == 200 and "अनुराग ठाकुर" in r.text and "राजेश ठाकुर" in r.text


def test_quotes_page_filters(client):
    html = client.get("/quotes", params={"speaker": "Rajesh Thakur", "since": "2024-09"}).text
    assert html.count('class="quote-link"') == 1
    assert "not a date" in client.get("/quotes", params={"since": "kal"}).text


PAYLOADS = ("<script", "<img", "onmouseover='alert", XSS_TEXT)  # raw, not escaped


def assert_inert(html: str):
    for bad in PAYLOADS:
        assert bad not in html, bad


def test_hostile_article_content_is_escaped_everywhere(client):
    aid = article_id(client, "हमला")
    pages = [client.get(f"/article/{aid}").text, client.get("/", params={"q": "हमला"}).text,
             client.get("/quotes", params={"contains": "ठीक"}).text]
    pid = client.get("/api/search", params={"q": "हमला"}).json()
    pages.append(client.get("/", params={"q": XSS_TEXT}).text)  # reflected input
    pages.append(client.get("/who", params={"name": XSS_NAME}).text)
    pages.append(client.get("/quotes", params={"speaker": XSS_NAME, "contains": XSS_QUOTE}).text)
    people = [q["speaker_profile"] for q in pid["quotes"]] or []
    pages += [client.get(f"/person/{p}").text for p in people if p]
    for html in pages:
        assert_inert(html)
    art = pages[0]
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in art
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in art
    assert "&#39; onmouseover=&#39;alert(2)&#39;" in art
    # the payload never opens an attribute: every tag's attributes are well formed
    for tag in re.findall(r"<[a-z]+\s[^>]*>", art):
        assert re.fullmatch(r'<[a-z]+(\s+[a-z-]+="[^"<>]*")+>', tag), tag


def test_security_headers(client):
    r = client.get("/")
    assert "script-src 'none'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"


def test_json_api(client):
    spec = client.get("/api/openapi.json").json()
    assert {"/api/search", "/api/articles/{article_id}", "/api/profiles/{pid}", "/api/who",
            "/api/quotes", "/api/stats"} <= set(spec["paths"])
    assert "/api/search" in client.get("/api/docs").text
    aid = article_id(client, "एकजुट")
    a = client.get(f"/api/articles/{aid}").json()
    for q in a["quotes"]:
        assert a["text"][q["start"] : q["end"]] == q["text"]
    assert client.get("/api/articles/nope").status_code == 404
    assert client.get("/api/profiles/99999").status_code == 404
    assert client.get("/article/nope").status_code == 404
    assert client.get("/api/quotes", params={"since": "June"}).status_code == 422
    assert client.get("/api/search", params={"q": "x", "limit": 100000}).status_code == 422
    p = client.get(f"/api/profiles/{person_id(client, 'राजेश ठाकुर')}").json()
    assert p["n_quotes"] == 4 and p["latin"] == "Rajesh Thakur"
    r = client.get("/api/search", params={"q": "' OR 1=1; DROP TABLE articles; --"})
    assert r.status_code == 200
    assert client.get("/api/stats").json()["articles"] == len(corpus())


def test_server_never_writes(db: Path, client):
    def digest() -> str:
        return hashlib.sha256(db.read_bytes()).hexdigest()

    before = digest()
    for url in ("/", "/?q=ठाकुर", "/api/stats", "/quotes?speaker=umair+khan"):
        assert client.get(url).status_code == 200
    assert digest() == before
    with pytest.raises(StoreError):
        create_app(db.parent / "missing.db")
    assert not (db.parent / "missing.db").exists()


def test_serve_binds_loopback_by_default():
    args = build_parser().parse_args(["serve"])
    assert args.host == "127.0.0.1"


@pytest.mark.slow
def test_answers_while_an_ingest_writes(tmp_path: Path):
    from test_ingest_kill import synthetic

    db = tmp_path / "live.db"
    write_jsonl(tmp_path / "first.jsonl")
    subprocess.run([sys.executable, "-m", "khabar.cli", "ingest", str(tmp_path / "first.jsonl"),
                    "--db", str(db), "--quiet"], check=True, capture_output=True)
    client = TestClient(create_app(db))
    write_jsonl(tmp_path / "bulk.jsonl", synthetic(1500))
    proc = subprocess.Popen([sys.executable, "-m", "khabar.cli", "ingest",
                             str(tmp_path / "bulk.jsonl"), "--db", str(db), "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    latencies, seen = [], set()
    pid = person_id(client, "Rajesh Thakur")
    try:
        while proc.poll() is None:
            for url in ("/?q=अल्पसंख्यक*", f"/person/{pid}", "/api/stats"):
                t0 = time.perf_counter()
                r = client.get(url)
                latencies.append(time.perf_counter() - t0)
                assert r.status_code == 200, r.text
            seen.add(client.get("/api/stats").json()["articles"])
    finally:
        proc.wait(timeout=120)
    assert proc.returncode == 0, proc.stderr.read().decode() if proc.stderr else ""
    assert len(seen) >= 3, seen  # the pages saw the corpus grow
    assert max(latencies) < 2.0, max(latencies)


def test_khabar_serve_answers_on_loopback(db: Path):
    import socket
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "khabar.cli", "serve", "--db", str(db),
                             "--port", str(port)], stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stats",
                                            timeout=2) as r:
                    assert r.status == 200 and b'"articles"' in r.read()
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read().decode()
                assert time.monotonic() < deadline, "khabar serve did not start"
                time.sleep(0.2)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
