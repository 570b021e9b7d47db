"""Crash safety: SIGKILL a real ``khabar ingest`` process at several moments, run it
again, and compare everything with an uninterrupted run."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_store_corpus import make_article, write_jsonl

FIRST = ["राजेश", "सुनील", "अनीता", "मोहम्मद", "प्रिया", "विकास", "सीमा", "अजय"]
LAST = ["ठाकुर", "कुमार", "सिंह", "अंसारी", "वर्मा", "मिश्रा"]
ORGS = ["कांग्रेस", "भाजपा", "झामुमो", "राजद"]
CITIES = ["रांची", "पटना", "धनबाद", "गया", "बोकारो"]


def synthetic(n: int):
    """n small records with people, posts, organisations and quotes."""
    out = []
    for i in range(n):
        name = f"{FIRST[i % 8]} {LAST[(i // 8) % 6]}"
        other = f"{FIRST[(i + 3) % 8]} {LAST[(i // 5) % 6]}"
        org, city = ORGS[i % 4], CITIES[i % 5]
        quote = f"योजना संख्या {i} पर काम जल्द पूरा होगा"
        text = (f"{city} में बैठक {i}\n{city}: {org} के जिला अध्यक्ष {name} ने कहा कि {quote}. "
                f"बैठक में {other} भी मौजूद थे.")
        if other == name:
            other_ents = []
        else:
            other_ents = [{"name": other, "type": "PERSON"}]
        out.append(make_article(text, f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", [
            {"name": name, "type": "PERSON",
             "roles": [("जिला अध्यक्ष", org, city, "जिला अध्यक्ष")]},
            *other_ents,
            {"name": org, "type": "ORG"},
        ], [(name, quote)]))
    return out


N = 1500
TABLES = ("articles", "entities", "mentions", "roles", "quotes", "amounts", "dates",
          "articles_fts", "quotes_fts", "profiles", "profile_names", "profile_terms",
          "profile_members")


def snapshot(db: Path) -> dict:
    c = sqlite3.connect(db)
    try:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        counts = {t: c.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}
        ids = sorted(r[0] for r in c.execute("SELECT id FROM articles"))
        profiles = c.execute(
            "SELECT p.id, p.type, p.name, p.n_articles, p.n_quotes FROM profiles p ORDER BY id"
        ).fetchall()
        members = sorted(c.execute(
            "SELECT m.profile, a.id, m.eid FROM profile_members m"
            " JOIN articles a ON a.rowid = m.article").fetchall())
        dirty = c.execute("SELECT value FROM state WHERE key = 'profiles_dirty'").fetchone()
        return {"counts": counts, "ids": ids, "profiles": profiles, "members": members,
                "dirty": dirty[0] if dirty else None}
    finally:
        c.close()


def stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        c = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return c.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        finally:
            c.close()
    except sqlite3.OperationalError:  # not created yet
        return 0


def start(src: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "khabar.cli", "ingest", str(src), "--db", str(db),
         "--jobs", "1", "--quiet"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )


def kill_when(proc: subprocess.Popen, db: Path, at_least: int, timeout: float = 60) -> int:
    """SIGKILL the process once ``at_least`` articles are stored; the count it died at."""
    t0 = time.monotonic()
    while stored(db) < at_least and proc.poll() is None:
        if time.monotonic() - t0 > timeout:
            break
        time.sleep(0.005)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    return stored(db)


@pytest.mark.slow
def test_sigkill_at_any_moment_then_rerun_equals_uninterrupted_run(tmp_path: Path):
    src = tmp_path / "src"
    src.mkdir()
    write_jsonl(src / "bulk.jsonl", synthetic(N))
    write_jsonl(src / "people.jsonl")  # the hand-made corpus, with its hard cases
    (src / "note.txt").write_text("रांची: उपायुक्त ने कहा कि सड़क जल्द बनेगी.\n",
                                  encoding="utf-8")
    total = N + 8 + 1

    ref = tmp_path / "ref.db"
    done = subprocess.run([sys.executable, "-m", "khabar.cli", "ingest", str(src), "--db",
                           str(ref), "--jobs", "1", "--quiet"], capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode()
    expected = snapshot(ref)
    assert expected["counts"]["articles"] == total and expected["dirty"] == "0"

    db = tmp_path / "k.db"
    died_at = []
    # early (maybe before the schema exists), mid-run, and at the end of the articles
    # (while profiles are being rebuilt, or just after)
    for at_least in (1, N // 2, total):
        died_at.append(kill_when(start(src, db), db, at_least))
    print("killed at", died_at, "of", total)
    assert died_at[0] < total and died_at[1] < total, died_at  # the kills hit mid-run
    rerun = subprocess.run([sys.executable, "-m", "khabar.cli", "ingest", str(src), "--db",
                            str(db), "--jobs", "1", "--quiet", "--json"], capture_output=True,
                           timeout=120)
    assert rerun.returncode == 0, rerun.stderr.decode()
    assert snapshot(db) == expected
    again = subprocess.run([sys.executable, "-m", "khabar.cli", "ingest", str(src), "--db",
                            str(db), "--jobs", "1", "--quiet", "--json"], capture_output=True,
                           timeout=120)
    assert b'"added": 0' in again.stdout
    assert snapshot(db) == expected


@pytest.mark.slow
def test_ctrl_c_stops_cleanly_and_a_rerun_finishes(tmp_path: Path):
    src = tmp_path / "src"
    src.mkdir()
    write_jsonl(src / "bulk.jsonl", synthetic(N))
    db = tmp_path / "k.db"
    proc = start(src, db)
    t0 = time.monotonic()
    while stored(db) < 100 and proc.poll() is None and time.monotonic() - t0 < 60:
        time.sleep(0.005)
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=60) == 130
    err = proc.stderr.read().decode() if proc.stderr else ""
    assert "interrupted" in err and "Traceback" not in err
    assert 0 < stored(db) < N and snapshot(db)["dirty"] == "1"
    done = subprocess.run([sys.executable, "-m", "khabar.cli", "ingest", str(src), "--db",
                           str(db), "--jobs", "1", "--quiet"], capture_output=True, timeout=120)
    assert done.returncode == 0 and snapshot(db)["dirty"] == "0"
    assert snapshot(db)["counts"]["articles"] == N
