"""library/query.py on a library written directly (no spaCy): the records a query returns,
field by field, and every filter, sort and count at its edges."""

from __future__ import annotations

import pytest

from quote_miner.errors import QueryError
from quote_miner.library import Library
from quote_miner.library.query import (
    Filters,
    count_matching,
    get_quote,
    list_articles,
    make_filters,
    run_query,
    speaker_stats,
)
from quote_miner.records import Article, Quote, SpeakerMention

SOURCE = "Rubio said: “It is not our war.” Later he added that talks would go on.\n"


def make_quote(text, speaker, *, start=0, kind="direct", date="2025-04-18", confidence=0.9, h="h1", **kw):
    return Quote(
        text=text,
        kind=kind,
        start=start,
        end=start + len(text),
        article=Article(path="a.txt", content_hash=h),
        speaker=speaker,
        speaker_type=kw.pop("speaker_type", "person"),
        speaker_mention=kw.pop("mention", None),
        cue=kw.pop("cue", "said"),
        date=date,
        date_basis=kw.pop("date_basis", "article"),
        confidence=confidence,
        **kw,
    )


def store(lib, quotes, *, path="a.txt", h="h1", date="2025-04-18", title="T", outlet="O"):
    lib.add_article(quotes, path=path, content_hash=h, title=title, outlet=outlet, date=date)


@pytest.fixture
def lib(tmp_path):
    with Library(tmp_path / "q.db") as library:
        yield library


def texts(result):
    return [r["text"] for r in result.records]


def test_a_stored_quote_reads_back_as_its_record_field_by_field(lib):
    q = make_quote(
        "It is not our war.",
        "Marco Rubio",
        start=13,
        mention=SpeakerMention("Rubio", 0, 5),
        speaker_role="Secretary of State",
        date="2025-04-17",
        date_basis="weekday",
        confidence=0.8765,
        context_start=0,
        context_end=len(SOURCE) - 1,
        evidence=("frame: said after the quotation", "mention: Rubio"),
    )
    lib.add_article(
        [q],
        path="a.txt",
        content_hash="h1",
        title="Talks",
        outlet="Wire",
        date="2025-04-18",
        source_text=SOURCE,
    )
    lib.set_url("a.txt", "https://example.org/a")
    (record,) = run_query(lib, make_filters()).records
    assert record == {
        "id": q.id,
        "text": "It is not our war.",
        "kind": "direct",
        "speaker": "Marco Rubio",
        "speaker_type": "person",
        "speaker_role": "Secretary of State",
        "speaker_mention": {"text": "Rubio", "start": 0, "end": 5},
        "cue": "said",
        "date": "2025-04-17",
        "date_basis": "weekday",
        "confidence": pytest.approx(0.8765, abs=0.001),
        "start": 13,
        "end": 31,
        "article": {
            "path": "a.txt",
            "title": "Talks",
            "outlet": "Wire",
            "date": "2025-04-18",
            "url": "https://example.org/a",
        },
    }
    # a quote with no mention says so; with_context adds the paragraph and its offset
    (with_context,) = run_query(lib, make_filters(), with_context=True).records
    assert with_context["context"] == SOURCE[: len(SOURCE) - 1] and with_context["context_start"] == 0


def test_a_quote_is_found_by_id_or_by_a_prefix_only_it_has(lib):
    quotes = [make_quote(f"Quote number {i} was said.", "Marco Rubio", start=40 * i) for i in range(3)]
    store(lib, quotes)
    one = quotes[1]
    found = get_quote(lib, one.id)
    assert found.record["id"] == one.id and found.record["text"] == one.text and found.candidates == []
    assert get_quote(lib, "  " + one.id.upper() + " ").record["id"] == one.id
    others = [q.id for q in quotes if q is not one]
    unique = next(one.id[:n] for n in range(1, 17) if not any(o.startswith(one.id[:n]) for o in others))
    assert get_quote(lib, unique).record["id"] == one.id
    nothing = get_quote(lib, "zzzz")
    assert nothing.record is None and nothing.candidates == []
    assert get_quote(lib, "   ").record is None
    # older libraries stored no evidence: None, not an empty list
    assert found.evidence is None


def test_an_ambiguous_prefix_lists_its_candidates_up_to_the_limit(lib):
    quotes = [make_quote(f"Quote number {i} was said.", "Marco Rubio", start=40 * i) for i in range(40)]
    store(lib, quotes)
    by_first = {}
    for q in quotes:
        by_first.setdefault(q.id[0], []).append(q.id)
    first, ids = max(by_first.items(), key=lambda kv: len(kv[1]))
    assert len(ids) >= 2
    looked_up = get_quote(lib, first, max_candidates=10)
    assert looked_up.record is None
    assert [c["id"] for c in looked_up.candidates] == sorted(ids)[: min(len(ids), 11)]
    assert get_quote(lib, first, max_candidates=1).candidates == [c for c in looked_up.candidates[:2]]


def test_evidence_is_read_back_for_the_why(lib):
    q = make_quote("It is not our war.", "Marco Rubio", evidence=("frame: said", "mention: Rubio"))
    store(lib, [q])
    assert get_quote(lib, q.id).evidence == ["frame: said", "mention: Rubio"]


@pytest.fixture
def dated(lib):
    """Five quotes on the days 16-20 April, one a claim, with rising confidence."""
    for day in range(16, 21):
        kind = "indirect" if day == 18 else "direct"
        q = make_quote(
            f"Words of the {day}th.",
            "Marco Rubio",
            kind=kind,
            date=f"2025-04-{day}",
            confidence=day / 25,
            h=f"h{day}",
        )
        store(lib, [q], path=f"{day}.txt", h=f"h{day}", date=f"2025-04-{day}")
    return lib


@pytest.mark.parametrize(
    "options, days",
    [
        ({}, [20, 19, 18, 17, 16]),
        ({"since": "2025-04-18"}, [20, 19, 18]),  # inclusive
        ({"until": "2025-04-18"}, [18, 17, 16]),  # inclusive
        ({"on_date": "2025-04-18"}, [18]),
        ({"since": "2025-04-17", "until": "2025-04-19"}, [19, 18, 17]),
        ({"since": "2025-04-17", "on_date": "2025-04"}, [20, 19, 18, 17]),  # the narrower bound wins
        ({"until": "2025-04-17", "on_date": "2025-04"}, [17, 16]),
        ({"kinds": ["indirect"]}, [18]),
        ({"kinds": ["direct", "indirect"]}, [20, 19, 18, 17, 16]),
        ({"min_confidence": 19 / 25}, [20, 19]),  # inclusive
        ({"limit": 2}, [20, 19]),
        ({"sort": "speaker"}, [16, 17, 18, 19, 20]),  # one speaker: oldest first
        ({"sort": "relevance"}, [20, 19, 18, 17, 16]),  # no keyword: most confident first
    ],
)
def test_each_filter_keeps_what_it_says_and_counts_agree(dated, options, days):
    filters = make_filters(**options)
    result = run_query(dated, filters)
    assert texts(result) == [f"Words of the {d}th." for d in days]
    if "limit" not in options:
        assert count_matching(dated, filters) == len(days)
    else:
        assert count_matching(dated, filters) == 5  # the count ignores the limit


def test_filters_default_to_date_order_or_relevance_with_keywords():
    assert make_filters().sort == "date"
    assert make_filters(keywords=["war"]).sort == "relevance"
    assert make_filters(keywords=["war"], sort="date").sort == "date"
    assert make_filters(min_confidence=None).min_confidence == 0.0
    assert make_filters(speakers=["Rubio"], kinds=["direct"]).speakers == ("Rubio",)
    assert not Filters().selects_quotes
    for narrowing in (
        {"speakers": ("x",)},
        {"keywords": ("x",)},
        {"since": "2025-01-01"},
        {"until": "2025-01-01"},
        {"kinds": ("direct",)},
        {"min_confidence": 0.5},
    ):
        assert Filters(**narrowing).selects_quotes


def test_an_unknown_sort_key_is_an_error(lib):
    with pytest.raises(QueryError, match="unknown sort key"):
        run_query(lib, Filters(sort="loudness"))


def test_speaker_order_ignores_case_and_ties_go_by_date_then_position(lib):
    store(
        lib,
        [
            make_quote("Second of Bruce.", "bruce wayne", start=50, date="2025-04-18"),
            make_quote("First of Bruce.", "bruce wayne", start=10, date="2025-04-18"),
            make_quote("Said by Alice.", "Alice Ng", start=90, date="2025-04-19"),
        ],
    )
    assert texts(run_query(lib, make_filters(sort="speaker"))) == [
        "Said by Alice.",
        "First of Bruce.",
        "Second of Bruce.",
    ]
    # date order: newest first, then by position in the article
    assert texts(run_query(lib, make_filters())) == ["Said by Alice.", "First of Bruce.", "Second of Bruce."]


def test_a_repeated_quote_shows_once_unless_every_occurrence_is_asked_for(lib):
    q = make_quote("It is not our war.", "Marco Rubio")
    store(lib, [q], path="a.txt", h="h1")
    store(lib, [make_quote("It is not our war.", "Marco Rubio", h="h2")], path="b.txt", h="h2")
    assert len(run_query(lib, make_filters()).records) == 1
    assert len(run_query(lib, make_filters(all_occurrences=True)).records) == 2
    assert count_matching(lib, make_filters()) == 1


def test_a_speaker_nobody_matches_returns_nothing_and_is_reported(lib):
    store(lib, [make_quote("It is not our war.", "Marco Rubio")])
    result = run_query(lib, make_filters(speakers=["Nobody Known"]))
    assert result.records == [] and result.unmatched_speakers == ["Nobody Known"]
    assert count_matching(lib, make_filters(speakers=["Nobody Known"])) == 0
    assert list_articles(lib, make_filters(speakers=["Nobody Known"])).records == []
    both = run_query(lib, make_filters(speakers=["Nobody Known", "Rubio"]))
    assert texts(both) == ["It is not our war."] and both.unmatched_speakers == ["Nobody Known"]


def test_an_ambiguous_speaker_is_reported_with_the_names_it_fits(lib):
    store(
        lib,
        [
            make_quote("One Smith spoke.", "Jane Smith", start=0),
            make_quote("Another Smith spoke.", "John Smith", start=40),
        ],
    )
    result = run_query(lib, make_filters(speakers=["Smith"]))
    assert sorted(result.ambiguous["Smith"]) == ["Jane Smith", "John Smith"]
    assert sorted(texts(result)) == ["Another Smith spoke.", "One Smith spoke."]


def test_speaker_stats_count_date_range_roles_and_order(lib):
    store(
        lib,
        [
            make_quote("Rubio one.", "Marco Rubio", start=0, date="2025-04-10", speaker_role="Secretary"),
            make_quote("Rubio two.", "Marco Rubio", start=20, date="2025-04-12"),
            make_quote("Bruce one.", "Tammy Bruce", start=40, date="2025-04-11"),
            make_quote("State one.", "State Department", start=60, date=None, speaker_type="organization"),
        ],
    )
    stats = speaker_stats(lib)
    assert [s["speaker"] for s in stats] == ["Marco Rubio", "State Department", "Tammy Bruce"]
    rubio, state, bruce = stats
    assert (rubio["quotes"], rubio["first_date"], rubio["last_date"]) == (2, "2025-04-10", "2025-04-12")
    assert rubio["speaker_type"] == "person" and state["speaker_type"] == "organization"
    assert (bruce["quotes"], bruce["first_date"], bruce["last_date"]) == (1, "2025-04-11", "2025-04-11")
    assert state["first_date"] == "2025-04-18"  # undated quote: the article's date
    assert "Secretary" in rubio["roles"] and isinstance(rubio["aliases"], list)


def test_articles_are_listed_newest_first_with_their_counts(lib):
    store(lib, [make_quote("Old words.", "Marco Rubio", h="h1")], path="old.txt", h="h1", date="2025-01-02")
    store(
        lib,
        [
            make_quote("New words.", "Tammy Bruce", h="h2"),
            make_quote("More.", "Tammy Bruce", start=20, h="h2"),
        ],
        path="new.txt",
        h="h2",
        date="2025-03-04",
        title="New",
        outlet="Wire",
    )
    store(lib, [], path="b-undated.txt", h="h3", date=None)
    store(lib, [], path="a-undated.txt", h="h4", date=None)
    listed = list_articles(lib, make_filters()).records
    assert [a["path"] for a in listed] == ["new.txt", "old.txt", "a-undated.txt", "b-undated.txt"]
    assert listed[0] == {
        "id": listed[0]["id"],
        "date": "2025-03-04",
        "outlet": "Wire",
        "title": "New",
        "quotes": 2,
        "path": "new.txt",
        "url": None,
    }
    assert [a["quotes"] for a in listed] == [2, 1, 0, 0]
    # narrowing keeps only articles holding a kept quote
    assert [a["path"] for a in list_articles(lib, make_filters(speakers=["Rubio"])).records] == ["old.txt"]
    assert [a["path"] for a in list_articles(lib, make_filters(limit=1)).records] == ["new.txt"]


def test_a_bad_date_says_which_forms_work():
    from quote_miner.library.query import parse_date_bound

    with pytest.raises(QueryError) as bad:
        parse_date_bound("April", end=False)
    assert str(bad.value) == "not a date: 'April' (use YYYY-MM-DD, YYYY-MM or YYYY)"


def test_since_and_until_take_the_first_and_last_day_they_name():
    filters = make_filters(since="2025-04", until="2025-05")
    assert (filters.since, filters.until) == ("2025-04-01", "2025-05-31")
    on = make_filters(on_date="2025-04")
    assert (on.since, on.until) == ("2025-04-01", "2025-04-30")


def test_an_unknown_sort_key_names_the_ones_there_are(lib):
    with pytest.raises(QueryError) as bad:
        run_query(lib, Filters(sort="loudness"))
    assert str(bad.value) == "unknown sort key 'loudness' (use date, speaker, relevance)"


def test_a_quote_without_a_mention_has_none(lib):
    store(lib, [make_quote("It is not our war.", "Marco Rubio")])
    (record,) = run_query(lib, make_filters()).records
    assert record["speaker_mention"] is None


def test_a_quote_is_shown_in_its_paragraph(lib):
    q = make_quote("It is not our war.", "Marco Rubio", start=13, context_start=0, context_end=32)
    lib.add_article(
        [q], path="a.txt", content_hash="h1", title=None, outlet=None, date=None, source_text=SOURCE
    )
    found = get_quote(lib, q.id)
    assert (found.context, found.context_start) == (SOURCE[:32], 0)
    # without the source text there is no paragraph to show
    q2 = make_quote("Words.", "Marco Rubio", h="h2", context_start=0, context_end=6)
    store(lib, [q2], path="b.txt", h="h2")
    assert get_quote(lib, q2.id).context is None


def test_a_short_prefix_lists_at_most_eleven_candidates_by_default(lib):
    quotes = [make_quote(f"Quote number {i} was said.", "Marco Rubio", start=40 * i) for i in range(300)]
    store(lib, quotes)
    first = max("0123456789abcdef", key=lambda c: sum(q.id.startswith(c) for q in quotes))
    assert len(get_quote(lib, first).candidates) == 11


def test_count_matching_counts_keyword_matches_like_the_query(lib):
    store(
        lib,
        [
            make_quote("Peace now.", "Marco Rubio", start=0),
            make_quote("Peace and roads.", "Marco Rubio", start=20),
            make_quote("Roads only.", "Marco Rubio", start=40),
        ],
    )
    for keywords in (["peace"], ["peace roads"], ["roads -peace"]):
        filters = make_filters(keywords=keywords)
        assert count_matching(lib, filters) == len(run_query(lib, filters).records)


def test_speaker_aliases_by_canonical_name(lib):
    from quote_miner.library.query import speaker_aliases

    store(
        lib,
        [
            make_quote("One.", "Marco Rubio", start=0, mention=SpeakerMention("Rubio", 0, 5)),
            make_quote("Two.", "Tammy Bruce", start=10),
        ],
    )
    assert speaker_aliases(lib) == {"Marco Rubio": ["Rubio"], "Tammy Bruce": []}
