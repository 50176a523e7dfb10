"""Bad input gets a clear one-line error and nothing is lost."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
import textwrap

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quote_miner.cli import cli
from quote_miner.errors import LibraryError, SourceError
from quote_miner.library import Library
from quote_miner.source import read_source

ARTICLE = "“We will not give up,” Kaja Kallas said in Brussels on Monday.\n"


@pytest.mark.parametrize(
    "encoding,bom",
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16", b""), ("cp1252", b""), ("latin-1", b"")],
)
def test_encodings_are_detected_and_offsets_hold(tmp_path, extract_one, encoding, bom):
    text = "“Señor, we won’t stop — ever,” said Kaja Kallas in Brussels on Monday.\n"
    if encoding in ("cp1252", "latin-1"):
        text = '"Señor, we will not stop, ever," said Kaja Kallas in Brussels on Monday. Café.\n'
    path = tmp_path / "a.txt"
    path.write_bytes(bom + text.encode(encoding))
    source = read_source(path)
    assert "Señor" in source.text
    result = CliRunner().invoke(cli, ["extract", str(path), "--jsonl"])
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert rows and rows[0]["speaker"] == "Kaja Kallas"
    for r in rows:
        assert source.text[r["start"] : r["end"]] == r["text"]


def test_utf8_bom_offsets_match_a_plain_utf8_read(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    result = CliRunner().invoke(cli, ["extract", str(path), "--jsonl"])
    plain = path.read_text(encoding="utf-8")
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert rows
    for r in rows:
        assert plain[r["start"] : r["end"]] == r["text"]


@pytest.mark.parametrize(
    "name,data,problem",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t\n ", "empty"),
        ("binary.txt", bytes(range(256)) * 10, "binary"),
        ("nul.txt", b"hello\x00world" * 10, "binary"),
        ("controls.txt", b"\x01\x02\x03\x04\x05\x06\x07\x08" * 50, "binary"),
    ],
)
def test_hostile_files_get_one_line_errors(tmp_path, name, data, problem):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(SourceError, match=problem):
        read_source(path)
    result = CliRunner().invoke(cli, ["extract", str(path)])
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and name in result.stderr
    assert "Traceback" not in result.stderr


def test_megabyte_line_and_thousands_of_marks(tmp_path, nlp):
    from quote_miner.extraction import extract_source

    # Prose without quotation marks or cue words: it is cut into pieces and tokenized, and
    # only the paragraphs that can hold speech are parsed.
    line = ("He walked to the river and then left the room again. " * 20000)[:1_000_000]
    marks = "“a” " * 3000 + ARTICLE
    for i, text in enumerate((line + "\n" + ARTICLE, marks)):
        path = tmp_path / f"h{i}.txt"
        path.write_text(text, encoding="utf-8")
        source = read_source(path)
        quotes = extract_source(source, nlp=nlp)
        assert any(q.speaker == "Kaja Kallas" for q in quotes)
        assert all(source.text[q.start : q.end] == q.text for q in quotes)


def test_article_past_spacy_max_length_is_processed_in_pieces(tmp_path, nlp):
    from quote_miner.extraction import extract_source

    para = "The committee met again on Tuesday to discuss the budget in the capital. " * 30 + "\n\n"
    text = para * 500 + ARTICLE  # about 1.1 million characters
    assert len(text) > 1_000_000
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    source = read_source(path)
    quotes = extract_source(source, nlp=nlp)
    assert quotes[-1].speaker == "Kaja Kallas"


def test_symlink_loop_unreadable_missing_and_glob(tmp_path):
    folder = tmp_path / "arts"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    os.symlink(folder, folder / "loop")
    secret = folder / "secret.txt"
    secret.write_text(ARTICLE, encoding="utf-8")
    secret.chmod(0)
    runner = CliRunner()
    result = runner.invoke(
        cli,
        [
            "add",
            str(folder),
            str(tmp_path / "missing.txt"),
            str(tmp_path / "*.nothing"),
            "--db",
            str(tmp_path / "l.db"),
        ],
    )
    assert result.exit_code == 2
    assert "missing.txt" in result.stderr and "no file matches" in result.stderr
    if os.geteuid() != 0:  # root reads everything
        assert "secret.txt" in result.stderr
    assert "Traceback" not in result.stderr
    with Library(tmp_path / "l.db") as lib:
        paths = [r[0] for r in lib.conn.execute("SELECT path FROM article_paths")]
    assert any(p.endswith("good.txt") for p in paths)


def test_corrupt_library_is_refused_and_kept(tmp_path):
    path = tmp_path / "broken.db"
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
    before = path.read_bytes()
    with pytest.raises(LibraryError):
        Library(path)
    result = CliRunner().invoke(cli, ["--db", str(path), "-s", "Rubio"])
    assert result.exit_code == 2 and len(result.stderr.strip().splitlines()) == 1
    assert path.read_bytes() == before


def test_interrupted_ingest_leaves_whole_articles_and_resumes(tmp_path):
    folder = tmp_path / "arts"
    folder.mkdir()
    for i in range(6):
        (folder / f"a{i}.txt").write_text(
            f"“Point number {i} stands,” Kaja Kallas said in Brussels on Monday.\n", encoding="utf-8"
        )
    db = tmp_path / "l.db"
    # Kill the ingest from inside, after the third article is stored.
    code = textwrap.dedent(f"""
        import os, signal
        from quote_miner import library
        real = library.Library.add_article
        count = 0
        def add(self, *a, **k):
            global count
            out = real(self, *a, **k)
            count += 1
            if count == 3:
                os.kill(os.getpid(), signal.SIGKILL)
            return out
        library.Library.add_article = add
        from quote_miner.cli import cli
        cli(["add", {str(folder)!r}, "--db", {str(db)!r}, "--jobs", "1"], prog_name="quotes")
    """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode != 0
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
    # every stored article has its quote: all or nothing
    assert (
        conn.execute(
            "SELECT count(*) FROM articles a WHERE NOT EXISTS "
            "(SELECT 1 FROM quotes q WHERE q.article_id = a.id)"
        ).fetchone()[0]
        == 0
    )
    conn.close()
    again = CliRunner().invoke(cli, ["add", str(folder), "--db", str(db), "--jobs", "1"])
    assert again.exit_code == 0
    assert "3 added" in again.stderr and "3 unchanged" in again.stderr


def test_two_writers_at_once(tmp_path):
    db = tmp_path / "shared.db"
    Library(db).close()
    procs = []
    for n in range(2):
        folder = tmp_path / f"set{n}"
        folder.mkdir()
        for i in range(4):
            (folder / f"a{i}.txt").write_text(
                f"Talks, part {n}-{i}\n\n“Claim {n}-{i} holds,” Kaja Kallas said in Brussels on Monday.\n",
                encoding="utf-8",
            )
        procs.append(
            subprocess.Popen(
                [sys.executable, "-m", "quote_miner", "add", str(folder), "--db", str(db), "--jobs", "1"],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    # A query while they write answers with what is stored so far (whole articles), never errors.
    query = subprocess.run(
        [sys.executable, "-m", "quote_miner", "--db", str(db), "-s", "Kallas", "--jsonl"],
        capture_output=True,
        text=True,
    )
    assert query.returncode in (0, 1), query.stderr
    for line in query.stdout.splitlines():
        record = json.loads(line)
        assert record["speaker"] == "Kaja Kallas" and re.fullmatch(r"Claim \d-\d holds,", record["text"])
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        assert "4 added" in err and "4 quotes stored" in err
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 8
    conn.close()
    after = subprocess.run(
        [sys.executable, "-m", "quote_miner", "--db", str(db), "-s", "Kallas", "--jsonl"],
        capture_output=True,
        text=True,
    )
    texts = sorted(json.loads(line)["text"] for line in after.stdout.splitlines())
    assert texts == sorted(f"Claim {n}-{i} holds," for n in range(2) for i in range(4))


texts = st.lists(
    st.one_of(
        st.text(max_size=40),
        st.sampled_from(
            [
                "“",
                "”",
                '"',
                "'",
                "’",
                "‘",
                "«",
                "»",
                "''",
                "\n",
                "\n\n",
                " said ",
                " Rubio ",
                "he told reporters",
                ": ",
                ", ",
                ". ",
                "According to Kallas, ",
            ]
        ),
    ),
    max_size=30,
).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts)
def test_extractor_never_raises_and_is_verbatim_and_deterministic(nlp, text):
    from quote_miner.extraction import extract_text
    from quote_miner.records import Article

    art = Article(path="p.txt", date="2025-04-18")
    first = extract_text(text, art, nlp=nlp)
    for q in first:
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.text
    assert [q.to_dict() for q in extract_text(text, art, nlp=nlp)] == [q.to_dict() for q in first]


def test_a_short_windows_1252_file_decodes_as_windows_1252(tmp_path):
    text = "Harbor vote\n\nFrançois Dupré and Élodie Maître said the vote was “fair” – and final.\n"
    path = tmp_path / "w.txt"
    path.write_bytes(text.encode("cp1252"))
    source = read_source(path)
    assert (source.text, source.encoding) == (text, "cp1252")
    cyrillic = "Мэр сказал, что порт откроется в марте, после долгого голосования в совете.\n"
    path.write_bytes(cyrillic.encode("cp1251"))
    assert read_source(path).text == cyrillic


def test_a_rule_failing_on_one_paragraph_costs_that_paragraph_only(nlp, monkeypatch):
    import quote_miner.extraction as extraction
    from quote_miner.clean import clean_text
    from quote_miner.records import Article

    real = extraction.find_claims

    def failing(doc, ranges):
        if "harbor" in doc.text:
            raise ValueError("max() arg is an empty sequence")
        return real(doc, ranges)

    monkeypatch.setattr(extraction, "find_claims", failing)
    text = (
        "City news\n\n"
        "“The harbor will reopen in June,” Mayor Linda Park said.\n\n"
        "“We are ready for the season,” said Tom Reed, who runs the ferry."
    )
    article = Article(path="t.txt", title=None, outlet=None, date=None, url=None)
    found = extraction.extract_cleaned(text, clean_text(text), article, nlp=nlp)
    assert [(q.text, q.speaker) for q in found.quotes] == [("We are ready for the season,", "Tom Reed")]
    assert any("paragraph" in w and "ValueError" in w for w in found.warnings)
    assert all(text[q.start : q.end] == q.text for q in found.quotes)
