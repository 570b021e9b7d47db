"""``khabar extract`` on files, stdin and bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from khabar.cli import main
from khabar.validate import RecordValidator

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))
SHARED_EXAMPLE = ROOT / ".." / "shared" / "examples" / "ranchi-congress-minority-meeting.txt"


def test_examples_exist() -> None:
    assert 3 <= len(EXAMPLES) <= 5


def test_extract_one_file_prints_valid_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(EXAMPLES[0]), "--pretty"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert RecordValidator().errors(record) == []
    assert record["meta"]["source"] == str(EXAMPLES[0])


def test_extract_several_files_prints_json_lines(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", *map(str, EXAMPLES)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(EXAMPLES)
    v = RecordValidator()
    for line in lines:
        assert v.errors(json.loads(line)) == []


def test_text_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(EXAMPLES[0]), "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "sentences (" in out and "dateline:" in out


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty input"),
        (b"   \n\t ", "empty input"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00binary\x00\x00", "binary"),
        ("रांची में बैठक".encode("utf-16-be"), "binary"),
        ("Café résumé naïve".encode("latin-1"), "not UTF-8"),
        (b"jkaph% dkaxzsl us ik=dkjksa ls dgk fd yksdlHkk pquko esa vPNk izn'kZu fd;k x;k",
         "legacy font"),
    ],
)
def test_bad_input_gives_one_line_error_and_exit_2(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    good = EXAMPLES[0]
    proc = subprocess.run(
        [sys.executable, "-m", "khabar.cli", "extract", str(bad), str(good)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2
    err = proc.stderr.strip().splitlines()
    assert len(err) == 1, proc.stderr
    assert str(bad) in err[0] and reason in err[0]
    assert "Traceback" not in proc.stderr
    # the batch goes on with the rest
    assert len(proc.stdout.strip().splitlines()) == 1


def test_missing_file_and_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(tmp_path / "nope.txt")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main(["extract", str(tmp_path)]) == 2
    assert "directory" in capsys.readouterr().err


def test_utf8_bom_and_utf16_with_bom_are_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for i, data in enumerate(
        [b"\xef\xbb\xbf" + "रांची: बैठक हुई और सबने भाग लिया.".encode(),
         "रांची: बैठक हुई और सबने भाग लिया.".encode("utf-16")]
    ):
        p = tmp_path / f"{i}.txt"
        p.write_bytes(data)
        assert main(["extract", str(p)]) == 0
        rec = json.loads(capsys.readouterr().out)
        assert rec["dateline"]["text"] == "रांची"


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("पटना : आज बारिश हुई और ठंड बढ़ी।".encode())))
    assert main(["extract", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["dateline"]["text"] == "पटना"


def test_library_api() -> None:
    import khabar

    art = khabar.extract("रांची: बैठक हुई और सबने भाग लिया.", meta={"paper": "Test"})
    assert art.meta.paper == "Test"
    again = khabar.Article.from_json(art.to_json())
    assert again.to_dict() == art.to_dict()
    nlp = khabar.Pipeline()
    assert [a.id for a in nlp.pipe(["एक.", ("दो.", None)])] == [
        khabar.extract("एक.").id,
        khabar.extract("दो.").id,
    ]


@pytest.mark.skipif(not SHARED_EXAMPLE.exists(), reason="../shared not found: canonical example needed")
def test_canonical_example_text_layer(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SHARED_EXAMPLE)]) == 0
    rec = json.loads(capsys.readouterr().out)
    text = rec["text"]
    assert rec["dateline"]["text"] == "रांची"
    assert [h["text"] for h in rec["headings"]] == [
        "लोकसभा चुनाव में अल्पसंख्यकों का शत प्रतिशत वोट इंडिया गठबंधन को मिलाः उमैर खान",
        "दायित्व नहीं निभाने वालों की होगी छुट्टी, नए चेहरों को मिलेगा मौका",
        "राज्य में महागठबंधन की सरकार में अल्पसंख्यकों को मान-सम्मान मिलाः राजेश ठाकुर",
        "अल्पसंख्यक समाज के लिए बेहतर करने का प्रयास जारी रहेगा",
    ]
    body = [text[s["start"] : s["end"]] for s in rec["sentences"]]
    headings = {h["text"] for h in rec["headings"]}
    body = [s for s in body if s not in headings]
    # every body sentence ends with a full stop, none holds two
    assert all(s.endswith(".") for s in body)
    assert len(body) == 17
    assert body[0].startswith("लोकसभा चुनाव 2024 की समीक्षा")
    assert "उसको उतनी भागीदारी." in body[14] and body[15].startswith("इसका तात्पर्य")
