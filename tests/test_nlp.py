"""The pipeline as extraction runs it: the entity recogniser only near written names."""

from __future__ import annotations

import subprocess
import sys

import pytest

from quote_miner.nlp import entity_recogniser_stands_alone, parse_paragraphs

# Names separated by long runs of lower-case words, as in most news paragraphs.
PARAGRAPHS = [
    "Senator Elizabeth Warren said on Tuesday that the proposal would raise costs for the families "
    "who can least afford it, and that the people who wrote it had never been asked to explain how "
    "it would be paid for by anyone at all, according to the Federal Reserve Bank of Boston.",
    "“We will not back down,” said Dmitry Peskov, the spokesman, adding that the talks in Paris had "
    "been useful but that nothing would change until the other side stopped what it was doing.",
    "Republicans in the House of Representatives voted against the bill, which the White House said "
    "was the best chance in a generation to fix a system that almost everyone agrees is broken.",
]
NAME_TYPES = {"PERSON", "ORG", "GPE", "NORP", "FAC"}


def _names(doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents if e.label_ in NAME_TYPES]


def test_the_recogniser_reads_only_the_words_near_names_and_finds_the_same_names(nlp, monkeypatch):
    read: list[str] = []
    get_pipe = nlp.get_pipe

    class Spy:
        """The recogniser, noting the texts it is given."""

        def __init__(self, component):
            self.component = component

        def pipe(self, docs, **kwargs):
            docs = list(docs)
            read.extend(d.text for d in docs)
            return self.component.pipe(docs, **kwargs)

    monkeypatch.setattr(nlp, "get_pipe", lambda n: Spy(get_pipe(n)) if n == "ner" else get_pipe(n))
    docs = parse_paragraphs(nlp, PARAGRAPHS, full=[True] * len(PARAGRAPHS), batch_size=8)
    monkeypatch.undo()

    # the lower-case stretch far from any capital never reaches the recogniser
    assert read and not any("least afford it" in text or "almost everyone agrees" in text for text in read)
    assert sum(len(t) for t in read) < 0.8 * sum(len(p) for p in PARAGRAPHS)
    whole = list(nlp.pipe(PARAGRAPHS))
    for doc, reference in zip(docs, whole, strict=True):
        assert _names(doc) == _names(reference)
        assert doc.has_annotation("ENT_IOB")  # every token says whether it is in an entity
    assert ("Elizabeth Warren", "PERSON") in _names(docs[0])
    assert ("Dmitry Peskov", "PERSON") in _names(docs[1])


def test_light_paragraphs_keep_their_place_among_parsed_ones(nlp):
    texts = ["The weather was fine.", PARAGRAPHS[1], "Nothing else happened."]
    docs = parse_paragraphs(nlp, texts, full=[False, True, False], batch_size=8)
    assert [d.text for d in docs] == texts
    assert not docs[0].has_annotation("DEP") and docs[1].has_annotation("DEP")
    assert ("Dmitry Peskov", "PERSON") in _names(docs[1])


def test_a_recogniser_that_listens_to_a_shared_embedding_runs_on_whole_paragraphs():
    spacy = pytest.importorskip("spacy")
    listening = spacy.blank("en")
    listening.add_pipe("tok2vec")
    listening.add_pipe(
        "ner",
        config={
            "model": {
                "@architectures": "spacy.TransitionBasedParser.v2",
                "state_type": "ner",
                "extra_state_tokens": False,
                "hidden_width": 16,
                "maxout_pieces": 2,
                "use_upper": True,
                "tok2vec": {"@architectures": "spacy.Tok2VecListener.v1", "width": 96, "upstream": "*"},
            }
        },
    )
    listening.get_pipe("ner").add_label("PERSON")
    listening.initialize()
    assert not entity_recogniser_stands_alone(listening)
    alone = spacy.blank("en")
    alone.add_pipe("ner")
    assert entity_recogniser_stands_alone(alone)
    assert not entity_recogniser_stands_alone(spacy.blank("en"))


@pytest.mark.parametrize(
    "rows",
    [
        # "His ex-wife agreed." as the model parses it: "ex", "-" and "wife" all subjects
        [
            ("His", 1, "poss"),
            ("ex", 4, "nsubj"),
            ("-", 4, "nsubj"),
            ("wife", 4, "nsubj"),
            ("agreed", 4, "ROOT"),
        ],
        # "Co-founder Ann Reid said": "Co" and "-" subjects, "founder" a compound of the name
        [
            ("Co", 5, "nsubj"),
            ("-", 5, "nsubj"),
            ("founder", 4, "compound"),
            ("Ann", 4, "compound"),
            ("Reid", 5, "nsubj"),
            ("said", 5, "ROOT"),
        ],
    ],
)
def test_a_word_cut_at_its_hyphen_is_one_noun_again(nlp, rows):
    from spacy.tokens import Doc

    from quote_miner.parse_repairs import join_hyphenated_words

    words, heads, deps = (list(col) for col in zip(*rows, strict=True))
    hyphen = words.index("-")
    spaces = [i not in (hyphen - 1, hyphen) for i in range(len(words))]
    pos = [
        "PUNCT" if w == "-" else "PROPN" if w[:1].isupper() and w not in ("His", "Co") else "NOUN"
        for w in words
    ]
    pos[-1] = "VERB"
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    join_hyphenated_words(doc)
    first, mark, second = doc[hyphen - 1], doc[hyphen], doc[hyphen + 1]
    assert (first.head, first.dep_, mark.head) == (second, "compound", second)
    subjects = [t.text for t in doc if t.dep_ == "nsubj"]
    assert subjects == [("wife" if "wife" in words else "Reid")]
    assert all(c.head == second for c in doc if c.dep_ == "poss")


def test_importing_the_pipeline_module_loads_no_spacy():
    # (the query path and the model checks import quote_miner.nlp; spaCy loads when a model does)
    code = "import sys, quote_miner.nlp; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
