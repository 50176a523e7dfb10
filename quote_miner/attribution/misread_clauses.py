"""Content clauses the parser read as something else: a clause hung on a noun after the cue
("said in one of a series of messages that the truck was carrying arms"), a clause whose verb it
took for a participle ("said a truck and a car collided"), a subject it took for the cue's object
("said being involved in a crash is never easy") — and clauses it hung on the cue that are no
content: the object's relative clause without "that" ("mentioned remarks Trump had made"), the
writer's words after a speaker set after the cue."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quote_miner.attribution.claim_lexicon import (
    AUDIENCE_NOUNS,
    DENYING_LEMMAS,
    REACTION_LEMMAS,
    SAID_THINGS,
    SMALL_CLAUSE_LEMMAS,
)
from quote_miner.attribution.lexicon import (
    ADJUNCT_PREPS,
    CALENDAR_WORDS,
    CLOCK_WORDS,
    DURATION_WORDS,
    OBJECT_OF_SPEECH,
    RELATIVE_PRONOUNS,
)
from quote_miner.attribution.syntax import FINITE_TAGS, has_child
from quote_miner.cues import CLAUSE_STANCE_NOUNS, cue_lemma


def misattached_clause(verb: Token) -> Token | None:
    """A content clause the parser hung on a noun after the cue: "said in one of a series of
    Twitter messages that the truck was carrying arms" (``that`` as a complementiser, with a
    subject of its own)."""
    for t in verb.subtree:
        if t.i <= verb.i or t.dep_ not in ("relcl", "acl") or t.pos_ not in ("VERB", "AUX"):
            continue
        if any(a.pos_ in ("VERB", "AUX") for a in _between(t.head, verb)):
            continue  # the noun of another verb's clause: "accused the label of promoting the
            # song while knowing it contained false claims that he was …"
        if (
            t.head.dep_ == "dobj"
            and t.head.head == verb
            and t.head.lower_ in CLAUSE_STANCE_NOUNS
            and cue_lemma(verb.text) in REACTION_LEMMAS
        ):
            # the object's own content, which the cue reacts to without saying it: "welcomed
            # India's announcement that it would …" (but "echoed Trump's belief that …" says it)
            continue
        kids = list(t.children)
        # ("reported at the time that the editor conveyed …": "that" taken for a relative adverb,
        # on the noun of the cue's own adjunct — not "responded the same way that we must")
        complementiser = has_child(t, "mark", "that") or (
            has_child(t, "advmod", "that") and t.head.dep_ == "pobj"
        )
        if complementiser and any(k.dep_ in ("nsubj", "nsubjpass") and k.lower_ != "that" for k in kids):
            if _quoted(t.head) and any(k.dep_ == "mark" and k.tag_ == "WDT" for k in kids):
                continue  # the tagger read "that" as a relative, on words in quotation marks: "an
                # “extreme makeover” [that]WDT Mr. Manafort oversaw, bolted …" (not "found
                # “evidence” that Clinton violated …", "told leaders [that]WDT few people …")
            return t
        if _that_then_subject(t, verb):
            return t
    return None


def _quoted(noun: Token) -> bool:
    """Whether a noun ends a phrase in quotation marks ("an “extreme makeover”")."""
    doc = noun.doc
    return noun.i + 1 < len(doc) and doc[noun.i + 1].text in ("”", '"', "''")


def _between(tok: Token, top: Token) -> list[Token]:
    """The words from ``tok`` up its heads to ``top``, ``top`` left out."""
    path = []
    while tok != top and tok.head != tok:
        path.append(tok)
        tok = tok.head
    return path


def _that_then_subject(clause: Token, cue: Token) -> bool:
    """``that`` opening the clause straight after the noun of the cue's own adjunct of time or
    place, then a subject of its own before the verb: "said outside the courthouse that they
    would appeal", "argued during the trial that Tully accepted …" (the parser read "that" as a
    relative pronoun and the subject as an object or adverb). Not "the trial that lasted two
    weeks", nor "pointing to ratings that students gave"."""
    noun = clause.head
    if not (noun.dep_ == "pobj" and noun.head.head == cue):
        return False
    # (or how long: "has argued for months that Canada dumps lumber", not "argued for a plan that")
    lasting = noun.head.lower_ == "for" and (noun.ent_type_ == "DATE" or noun.lower_ in DURATION_WORDS)
    if noun.head.lower_ not in ADJUNCT_PREPS and not lasting:
        return False
    that = clause.doc[clause.left_edge.i]
    if that.lower_ != "that" or that.i != clause.head.i + 1:
        return False
    return any(
        that.i < k.i < clause.i
        and k.dep_ in ("nsubj", "nsubjpass", "advmod", "npadvmod")
        and (k.pos_ in ("PRON", "PROPN", "NOUN") or k.text[:1].isupper())
        and k.lower_ not in RELATIVE_PRONOUNS
        for k in clause.children
    )


def gerund_before(child: Token, cue: Token, clause: Token) -> bool:
    """Whether the cue's ``child`` is a gerund phrase standing between the cue and its clause
    ("said being involved in a crash is never easy"): the clause's subject, misparsed."""
    return (
        child.dep_ == "xcomp"
        and child.left_edge.i == cue.i + 1
        and child.left_edge.tag_ == "VBG"
        and child.right_edge.i + 1 == clause.left_edge.i
    )


def gerund_subject_clause(cue: Token) -> Token | None:
    """A gerund right after the cue that the parser made the head of the clause it is the
    subject of: "said having Hill at the top of the ticket puts Republicans at risk" (``having``
    an xcomp of "said", "puts" a ccomp of ``having`` without a subject of its own), "said seeing
    the results made her proud" (the gerund's object taken for the subject of "made")."""
    for child in cue.children:
        if child.dep_ != "xcomp" or child.tag_ != "VBG" or child.i != cue.i + 1:
            continue
        for verb in child.children:
            if verb.dep_ != "ccomp" or verb.i < child.i or verb.tag_ not in FINITE_TAGS:
                continue
            subjects = [k for k in verb.children if k.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")]
            if (
                not subjects
                or subjects[0].left_edge.i == child.i + 1
                and all(k.dep_ != "dobj" for k in child.children)
            ):
                return child
    return None


def past_tense_read_as_participle(cue: Token) -> Token | None:
    """The object of "said" that is a clause whose verb the tagger took for a participle: "said a
    truck and a car [collided] near the lake" (``collided`` an acl of "car"). Nothing is said of
    a thing alone, so the object with its participle, ending the sentence, is what was said —
    not a participle with an agent or an object of its own ("a report released by the city")."""
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None or obj.lower_ in AUDIENCE_NOUNS or obj.lower_ in SAID_THINGS:
        return None
    nouns = [obj, *(c for c in obj.children if c.dep_ == "conj")]
    verb = next(
        (v for n in nouns for v in n.children if v.dep_ == "acl" and v.tag_ == "VBN" and v.i == n.i + 1),
        None,
    )
    if verb is None or any(
        k.dep_ in ("dobj", "auxpass", "nsubj", "nsubjpass") or k.dep_ == "agent" and not _by_a_time(k)
        for k in verb.children
    ):
        return None
    rest = [t for t in cue.doc[obj.right_edge.i + 1 : cue.sent.end] if not t.is_punct]
    return obj if not rest and verb.head.i + 1 == verb.i else None


def clause_read_as_object(cue: Token) -> list[Token] | None:
    """The words of a clause after "said" that the parser took for a noun phrase: "said the
    government had failed seniors" ("failed" an adjective on "seniors", with "the government had"
    hung on it), or a clause whose verb it took for a participle (``past_tense_read_as_participle``)."""
    told = past_tense_read_as_participle(cue)
    if told is not None:
        return list(told.subtree)
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None or obj.lower_ in AUDIENCE_NOUNS:
        return None
    if obj.left_edge.i == cue.i + 1 and any(
        t.tag_ in ("VBD", "VBN") and has_child(t, "aux", "to") for t in obj.subtree
    ):
        # a past tense read as an infinitive: "said many of the examples that critics point to
        # [failed]" ("to failed", the clause's verb, hung on "point to")
        return list(cue.doc[obj.left_edge.i : obj.right_edge.i + 1])
    subject = next((t for t in obj.subtree if t.dep_ in ("nsubj", "nsubjpass") and cue.i < t.i < obj.i), None)
    if subject is None or subject.left_edge.i != cue.i + 1 or not any(t.dep_ == "aux" for t in obj.subtree):
        return None
    return list(cue.doc[subject.left_edge.i : obj.right_edge.i + 1])


# Words a deadline names ("by noon", "by Friday"), where the recogniser may not have run.
DEADLINE_WORDS = CALENDAR_WORDS | CLOCK_WORDS


def _by_a_time(agent: Token) -> bool:
    """ "by noon", "by Friday": a deadline the parser took for the agent of a participle."""
    return any(
        c.dep_ == "pobj" and (c.ent_type_ in ("TIME", "DATE") or c.lower_ in DEADLINE_WORDS)
        for c in agent.children
    )


def relative_clause_read_as_content(cue: Token, clause: Token) -> bool:
    """ "mentioned disparaging remarks Trump had made about Machado": a clause the parser hung on
    the cue right after the cue's object, with no "that", no object of its own and a subject, is
    the object's relative clause ("remarks [that] Trump had made"), not what was said. Not after
    one spoken to: "told reporters he had resigned", "assured voters taxes would not rise"."""
    obj = next((c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < clause.i), None)
    if (
        obj is None
        or obj.right_edge.i + 1 != clause.left_edge.i
        or cue_lemma(cue.text) in OBJECT_OF_SPEECH
        or obj.lower_ in AUDIENCE_NOUNS
        or obj.pos_ in ("PRON", "PROPN")
    ):
        return False
    kids = list(clause.children)
    return (
        clause.pos_ == "VERB"
        and any(k.dep_ == "nsubj" for k in kids)
        and not any(k.dep_ in GAPLESS_DEPS for k in kids)
    )


# What a clause has when nothing of it is missing: its object, its own clause, a complement.
GAPLESS_DEPS = frozenset(
    {"mark", "dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative", "auxpass", "nsubjpass", "prt"}
)


def object_after_that(cue: Token) -> bool:
    """ "wrote that the findings held after …": a "that" the parser hung on the cue's object,
    which no noun phrase takes — what follows is a clause, whatever the cue."""
    return any(
        c.dep_ == "dobj" and c.i > cue.i and any(k.dep_ == "mark" and k.lower_ == "that" for k in c.children)
        for c in cue.children
    )


def after_the_speaker_set_after_the_cue(cue: Token, clause: Token) -> bool:
    """ "“…,” said Rep. Dan Kildee, who flew … with the family of Amir Hekmati, another freed
    American": a clause after a speaker set after the cue is the writer's, not what was said."""
    # (its own subject: not the agent of a passive, "warned by the Russian government that …")
    speaker = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    return speaker is not None and cue.i < speaker.i < clause.left_edge.i


def no_content_of_the_cue(cue: Token, clause: Token) -> bool:
    """Whether a clause the parser hung on the cue is no content of it: the object's relative
    clause ("mentioned remarks Trump had made about her"), the writer's words after a speaker
    set after the cue."""
    return (
        (clause.i > cue.i and relative_clause_read_as_content(cue, clause))
        or after_the_speaker_set_after_the_cue(cue, clause)
        or _noun_with_a_participle(cue, clause)
        or _reacted_to(cue, clause)
    )


def _reacted_to(cue: Token, clause: Token) -> bool:
    """What someone welcomes or condemns, stated before them, is another's fact, not their words:
    "The budget includes funding for 200 officers, a move Chief Myron Demkiw welcomed" (CLAIMS.md:
    "welcomed the announcement that …" is no claim of the welcomer's)."""
    lemma = cue_lemma(cue.text)
    return clause.i < cue.i and lemma in REACTION_LEMMAS and lemma not in DENYING_LEMMAS


def _noun_with_a_participle(cue: Token, clause: Token) -> bool:
    """A noun and the participle on it, read as a clause: "acknowledged [the pressures]nsubj
    [facing]ccomp residents" is a noun object (CLAIMS.md), no proposition — a clause has a finite
    verb ("said being involved in a crash is never easy" has one)."""
    return (
        clause.i > cue.i
        and cue_lemma(cue.text) not in SMALL_CLAUSE_LEMMAS
        and clause.tag_ == "VBG"
        and clause.left_edge.tag_ not in ("WRB", "WP", "WDT")  # ("describing how their jobs making …")
        and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in clause.children)
        and not any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children)
    )


def participle_after_the_cue(doc: Doc, cue: Token, start: int) -> bool:
    """Whether a claim would open on a participle set right after its cue and a comma: the
    speaker's next act ("…,” Sanders said, suggesting a few questions"), no proposition."""
    first = next((t for t in doc[cue.i + 1 : cue.i + 4] if t.idx >= start), None)
    return (
        first is not None
        and first.idx == start
        and first.tag_ == "VBG"
        and first.i == cue.i + 2
        and doc[cue.i + 1].text == ","
    )
