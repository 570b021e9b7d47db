"""Records do not depend on how the pipeline is driven.

Speed work adds caches (per word, per document, per pipeline) and reorders loops; the
classic mistake is state that leaks from one article into the next. These tests run
the same articles through a fresh pipeline per article, through one pipeline in text
order and in reverse order, through ``Pipeline.pipe`` and through the bench's stage
timers, and require identical records. They use our examples, the canonical example
and, when ../shared/data is present, a spread of real news articles.

To check that an optimisation changes no output on the whole news corpora, compare
against a snapshot taken before the change (kept outside the repository)::

    python -m khabar.evaluation.bench snapshot /tmp/before.jsonl   # before
    python -m khabar.evaluation.bench compare /tmp/before.jsonl    # after
"""

from __future__ import annotations

from itertools import islice
from pathlib import Path

import pytest

from khabar.evaluation.bench import StageTimer
from khabar.pipeline import Pipeline
from khabar.record import Meta

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
NEWS_SAMPLE = 40  # articles, spread over the three news corpora


def _articles() -> list[tuple[str, Meta]]:
    out = [(p.read_text(encoding="utf-8"), Meta(source=p.name))
           for p in sorted((ROOT / "examples").glob("*.txt"))]
    example = SHARED / "examples" / "ranchi-congress-minority-meeting.txt"
    if example.exists():
        out.append((example.read_text(encoding="utf-8"), Meta(source=example.name)))
    data = SHARED / "data"
    if (data / "news").is_dir():
        from khabar.corpora import CORPORA, iter_articles

        for corpus in CORPORA:
            arts = list(iter_articles(data, (corpus,)))
            step = max(1, len(arts) // (NEWS_SAMPLE // len(CORPORA)))
            out.extend((a.text, a.meta) for a in islice(arts, 0, None, step))
    return out


@pytest.fixture(scope="module")
def articles() -> list[tuple[str, Meta]]:
    return _articles()


@pytest.fixture(scope="module")
def reference(articles: list[tuple[str, Meta]]) -> list[dict]:
    """Records from one pipeline, in order."""
    nlp = Pipeline()
    return [nlp(t, m).to_dict() for t, m in articles]


def test_sample_is_meaningful(articles: list[tuple[str, Meta]], reference: list[dict]) -> None:
    assert len(articles) >= 4
    # the comparison is only worth something if the components find things
    assert sum(len(r["sentences"]) for r in reference) > 20
    if len(Pipeline().component_names) > 0:
        found = sum(len(r["entities"]) + len(r["quotes"]) + len(r["amounts"]) + len(r["dates"])
                    for r in reference)
        assert found > 0


def test_fresh_pipeline_per_article(articles: list[tuple[str, Meta]],
                                    reference: list[dict]) -> None:
    for (t, m), want in zip(articles[:4], reference[:4], strict=True):
        assert Pipeline()(t, m).to_dict() == want


def test_reverse_order(articles: list[tuple[str, Meta]], reference: list[dict]) -> None:
    nlp = Pipeline()
    got = [nlp(t, m).to_dict() for t, m in reversed(articles)]
    assert got[::-1] == reference


def test_same_article_twice(articles: list[tuple[str, Meta]], reference: list[dict]) -> None:
    nlp = Pipeline()
    for (t, m), want in zip(articles, reference, strict=True):
        assert nlp(t, m).to_dict() == want
        assert nlp(t, m).to_dict() == want


def test_pipe_matches_call(articles: list[tuple[str, Meta]], reference: list[dict]) -> None:
    got = [a.to_dict() for a in Pipeline().pipe(articles)]
    assert got == reference


def test_stage_timers_change_nothing(articles: list[tuple[str, Meta]],
                                     reference: list[dict]) -> None:
    timed = StageTimer(Pipeline())
    assert [timed(t, m).to_dict() for t, m in articles] == reference


def test_text_layer_does_not_keep_state(articles: list[tuple[str, Meta]]) -> None:
    nlp = Pipeline(components=[])
    first = [nlp.make_doc(t) for t, _ in articles]
    again = [nlp.make_doc(t) for t, _ in reversed(articles)][::-1]
    for a, b in zip(first, again, strict=True):
        assert (a.text, a.tokens, a.sentences, a.lines, a.dateline, a.norm.edits) == (
            b.text, b.tokens, b.sentences, b.lines, b.dateline, b.norm.edits)


def test_entity_feature_cache_bound_changes_nothing(articles: list[tuple[str, Meta]],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The per-word feature cache is emptied when full (it bounds memory on a long
    stream of new words); features must be the same whether a word came from the
    cache or was computed again."""
    if "entities" not in Pipeline().component_names:
        pytest.skip("no entities component")
    import khabar.entities.features as features

    nlp = Pipeline(components=["entities"])
    fx = nlp.components[0].tagger.features  # type: ignore[attr-defined]
    sents = [d.words(s) for d in (nlp.make_doc(t) for t, _ in articles) for s in d.sentences]
    want = [fx(w) for w in sents]
    monkeypatch.setattr(features, "_CACHE_MAX", 7)
    fx._cache.clear()
    got = [fx(w) for w in sents]
    assert len(fx._cache) <= 7
    assert got == want


_RECORDS_SCRIPT = """
import json, sys
sys.path.insert(0, sys.argv[1])
from test_output_stability import _articles
from khabar.pipeline import Pipeline
nlp = Pipeline()
print(json.dumps([nlp(t, m).to_dict() for t, m in _articles()], ensure_ascii=False, sort_keys=True))
"""


def test_records_do_not_depend_on_the_hash_seed(reference: list[dict]) -> None:
    """Sets and dicts iterate in an order that Python's string hashing decides; a record
    built from such an order would differ between processes (Spark workers, ingest
    jobs). Two processes with different hash seeds must give the same records."""
    import json
    import os
    import subprocess
    import sys

    tests_dir = str(Path(__file__).resolve().parent)
    outs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", _RECORDS_SCRIPT, tests_dir], env=env,
                              capture_output=True, text=True, check=True, cwd=ROOT)
        outs.append(json.loads(done.stdout))
    assert outs[0] == outs[1]
    assert outs[0] == json.loads(json.dumps(reference, ensure_ascii=False, sort_keys=True))
