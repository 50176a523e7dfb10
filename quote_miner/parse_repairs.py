"""The parser's misreadings mended in place, before attribution reads the trees: a word the
tokenizer cut at its hyphen read as two, a speech verb after a subject's aside read as a
participle describing the subject, what is said "through a spokesman that …" or "in a report
tabled Thursday that …" read as a relative clause or hung on the document's participle, a role
and a name a title's period cut apart read as two subjects, a person's age read as the subject
and their name as an adverb, a given name read as a word ("president [Per]IN Bank"), a speaker
set after the sentence they report read as one more object listed in it ("… who loved hockey,
his mother, Karen Whitfield, said"), the records a sentence ends on as showing it read as a
compound ("…, campaign finance records show."), a verb cut at its prefix's hyphen read as two
("who co - wrote a report"), the "a.m." a sentence ends on read apart from its hour, "the
accused" read as a participle, a subject opening the sentence left hanging ("[Trump]dep,
writing on …, accused"), a speaker read into the phrase the sentence opens with ("In a
statement read by the Crown, [the woman] said"), a speech verb read as a relative clause's
second ("Whitlock, whose books argue …, called"), a name opening the sentence read as a verb
("[Smit]VB, who had never met …, said"), the writer's noun before a relative clause without
a pronoun read into its subject ("…, [a move critics]nsubj called “a stalling tactic”"), what
someone was told read into a relative clause on them ("told a student who asked about fares
that …")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quote_miner.cues import SPEECH_LEMMAS, cue_lemma
from quote_miner.entity_names import hyphen_inside_a_word

if TYPE_CHECKING:  # (importing nlp, as the query path's model checks do, loads no spaCy)
    from spacy.tokens import Doc, Span, Token


def repair_parse(doc: Doc) -> None:
    if not doc.has_annotation("DEP"):
        return
    join_hyphenated_words(doc)
    for root in [t for t in doc if t.dep_ == "ROOT"]:
        _verb_read_as_participle(root)
        _speaker_read_into_the_opening_phrase(root)
        _verb_read_into_the_relative_clause(root)
    for verb in [t for t in doc if t.dep_ == "conj" and t.head.dep_ == "ROOT" and t.tag_ in ("VBD", "VBZ")]:
        _speaker_read_as_an_object_listed(verb)
    for tok in doc:
        if tok.dep_ in ("relcl", "acl") and tok.head.dep_ == "pobj":
            _report_read_as_relative_clause(tok)
        elif tok.dep_ == "ccomp" and tok.head.dep_ == "acl" and tok.head.head.dep_ == "pobj":
            _report_hung_on_the_documents_participle(tok)
        elif tok.dep_ == "nsubj" and tok.tag_ in ("NN", "NNS"):
            _role_read_as_a_second_subject(tok)
        elif tok.dep_ in ("advcl", "xcomp") and tok.tag_ == "VB" and tok.i >= 2:
            _infinitive_of_the_gerund_before(tok)
    for tok in doc:
        if tok.lower_ in SHOWING_FORMS and 0 < tok.i < len(doc) - 1 and doc[tok.i + 1].is_sent_end:
            _evidence_read_as_a_compound(tok)
        elif tok.tag_ == "VBN" and tok.dep_ in ("nsubj", "nsubjpass") and _participle_as_a_noun(tok):
            tok.tag_, tok.pos_ = "NN", "NOUN"  # "“…,” [the accused] replied": a person
        elif tok.lower_ in CLOCK_WORDS and tok.i > 0 and doc[tok.i - 1].tag_ == "CD":
            _clock_time_read_apart(doc[tok.i - 1], tok)
    for tok in doc:
        if tok.dep_ == "compound" and tok.tag_ == "NN" and tok.head.tag_ in ("NNS", "NNPS"):
            _summing_noun_read_into_the_subject(tok)
        elif tok.pos_ == "VERB" and cue_lemma(tok.text) in TELLING_LEMMAS:
            _told_clause_read_into_the_relative(tok)
    for tok in doc:
        if tok.dep_ == "nsubj" and tok.tag_ == "CD":
            _age_read_as_the_subject(tok)
        elif tok.tag_ in ("IN", "MD", "RB", "VB") and tok.text[:1].isupper() and tok.i > tok.sent.start:
            _given_name_read_as_a_word(tok)
        elif tok.dep_ == "dep" and tok.i == tok.sent.start and tok.text[:1].isupper():
            _subject_left_unattached(tok)
        elif tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ in ("VB", "VBP") and tok.text[:1].isupper():
            _name_read_as_a_verb(tok)


def join_hyphenated_words(doc: Doc) -> None:
    """One word the tokenizer cut at its hyphen and the parser read as two of a kind ("His ex -
    wife agreed" with "ex", "-" and "wife" all subjects) is one noun again: the last piece its
    head, the pieces before it its compound, and what they governed ("His") its own."""
    if not doc.has_annotation("DEP"):
        return
    for tok in doc:
        if not hyphen_inside_a_word(tok) or tok.i + 1 >= len(doc):
            continue
        left, right = doc[tok.i - 1], doc[tok.i + 1]
        if left.lower_ in VERB_PREFIXES and left.tag_.startswith("VB") and right.tag_.startswith("VB"):
            _prefixed_verb(left, tok, right)
            continue
        # (the second piece may hang elsewhere: "Co - founder Marcus Reid said" with "Co" and
        # "-" subjects and "founder" a compound of the name)
        if left.dep_ != tok.dep_ or left.head != tok.head or left.dep_ in ("ROOT", "compound"):
            continue
        if right.pos_ not in ("NOUN", "PROPN") or right in list(left.subtree) or right.head in (left, tok):
            continue
        for child in list(left.children):
            child.head = right
        left.head, left.dep_ = right, "compound"
        tok.head, tok.dep_ = right, "punct"


# What a verb may open on before a hyphen: "co-wrote", "re-elected".
VERB_PREFIXES = frozenset("co re pre mis over under out".split())


def _prefixed_verb(prefix: Token, hyphen: Token, verb: Token) -> None:
    """ "…, said the Canadian expert, Ian Smillie, who co-wrote a U.N. report" parsed with "co"
    the relative clause's verb and "wrote" a second clause reported by "said": the verb takes
    the prefix's place, and the prefix and its hyphen are the verb's."""
    sent = prefix.sent
    touched = [prefix, hyphen, verb, prefix.head, hyphen.head, verb.head]
    if any(not sent.start <= t.i < sent.end for t in touched) or verb in list(prefix.subtree):
        return  # (arcs stay inside their sentence)
    if "ROOT" in (prefix.dep_, hyphen.dep_, verb.dep_):
        return  # (the sentence's root stays where the parser set it)
    movers = [c for c in [*prefix.children, *hyphen.children] if c not in (hyphen, verb)]
    described = prefix.head
    before = [(t, t.head, t.dep_) for t in (prefix, hyphen, verb, described, *movers)]
    for child in movers:
        child.head = verb
    if described.head == verb and described.dep_ == "nsubj" and verb.dep_ == "ccomp":
        # "Anita Dhillon, who co - founded the group, says …" with "Dhillon" the subject of
        # "founded", a clause "says" reported: the one described is the subject of "says"
        described.head, described.dep_ = verb.head, "nsubj"
    verb.head, verb.dep_ = prefix.head, prefix.dep_
    prefix.head, prefix.dep_ = verb, "compound"
    hyphen.head, hyphen.dep_ = verb, "punct"
    if _loops(sent):
        for tok, head, dep in before:
            tok.head, tok.dep_ = head, dep


def _participle_as_a_noun(tok: Token) -> bool:
    """A participle with "the" and nothing else of its own, the subject of a verb: "the
    accused", "the deceased" (not "the money raised": the participle then follows a noun)."""
    kids = list(tok.children)
    return (
        all(c.i < tok.i and c.dep_ in ("det", "amod", "advmod") for c in kids)
        and any(c.dep_ == "det" and c.lower_ == "the" for c in kids)
        and tok.head.pos_ in ("VERB", "AUX")
        and tok.head.i > tok.i
    )


def _name_read_as_a_verb(tok: Token) -> None:
    """ "[Smit]VB, who had never before met De Villiers, said …": a capitalised subject the
    tagger read as a verb, alone or with an aside set off after it, is a name (not the head of
    a longer subject: "[Whistleblower]VB and former nurse Leila Rossiter said")."""
    if all(c.dep_ in ("punct", "relcl", "appos", "acl") and c.i > tok.i for c in tok.children):
        tok.tag_, tok.pos_ = "NNP", "PROPN"


def _subject_left_unattached(tok: Token) -> None:
    """ "[Trump]JJ dep, writing on his platform, accused Canada …": a capitalised word opening
    the sentence, set off by a comma, hung loosely on a verb after it that has no subject, is
    that verb's subject."""
    verb = tok.head
    if verb.i <= tok.i or verb.pos_ not in ("VERB", "AUX") or tok.i + 1 >= len(tok.doc):
        return
    if tok.doc[tok.i + 1].text != "," or tok.tag_ not in ("JJ", "NN", "NNP", "NNS") or list(tok.children):
        return
    if _has_a_subject(verb):
        return
    tok.dep_ = "nsubj"
    if tok.tag_ == "JJ":
        tok.tag_, tok.pos_ = "NNP", "PROPN"


# What follows an hour: "8 a.m.", "5 pm".
CLOCK_WORDS = frozenset({"a.m.", "p.m.", "am", "pm"})


def _clock_time_read_apart(hour: Token, clock: Token) -> None:
    """ "… would last from 8 p.m. to 8 a.m." parsed with "a.m." an adverb of the sentence's
    verb: the clock word takes its hour's place and the hour is its number, as "8 p.m." is
    read (the reported clause ended on "to 8")."""
    if clock.head == hour or list(hour.children) or hour.dep_ == "ROOT" or hour.head in clock.subtree:
        return
    if not hour.sent.start <= clock.head.i < hour.sent.end:
        return
    clock.head, clock.dep_ = hour.head, hour.dep_
    hour.head, hour.dep_ = clock, "nummod"


def _has_a_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)


def _loops(sent: Span) -> bool:
    """Whether some word of ``sent`` no longer reaches the root by its heads."""
    for tok in sent:
        seen = 0
        while tok.head != tok:
            tok, seen = tok.head, seen + 1
            if seen > len(sent):
                return True
    return False


# A participle's own subject, object or agent: it describes the noun indeed.
OWN_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "auxpass", "agent", "dobj"})


def _verb_read_as_participle(root: Token) -> None:
    """ "Musk, who did not attend, posted on X that the trial would …" parsed as the noun
    "Musk" with "posted" a participle describing him and the reported clause a relative one: a
    sentence with no verb at its root, whose speech verb in the past follows the subject's
    aside. The verb becomes the root, the noun its subject and the "that" clause its object."""
    if root.pos_ not in ("PROPN", "NOUN"):
        return
    verb = next(
        (
            c
            for c in root.children
            if c.dep_ == "acl"
            and c.tag_ == "VBN"
            and c.i > root.i
            and c.doc[c.i - 1].text == ","
            and cue_lemma(c.text) in SPEECH_LEMMAS
        ),
        None,
    )
    if verb is None or any(k.dep_ in OWN_ARGUMENTS for k in verb.children):
        return  # a participle indeed: "a report, released by the city"
    if not any(
        root.i < c.i < verb.i
        and (c.dep_ in ("relcl", "appos") or c.dep_ == "acl" and c.doc[c.left_edge.i - 1].text == ",")
        for c in root.children
    ):
        return  # (the aside that made the verb look like a participle: "Bailey, reached by phone,")
    after = [c for c in root.children if c.i > verb.i]
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    root.head, root.dep_ = verb, "nsubj"
    for child in after:
        child.head = verb
        if child.dep_ in ("acl", "relcl") and _opened_by_that(child):
            child.dep_ = "ccomp"


def _verb_read_into_the_relative_clause(root: Token) -> None:
    """ "Whitlock, whose books argue that …, called the cancellation …" parsed as the noun
    "Whitlock" with "called" a second verb of the relative clause: a speech verb set off by a
    comma with no subject and no "and", joined to a relative clause of a sentence with no verb
    at its root, is the root, and the noun its subject."""
    if root.pos_ not in ("PROPN", "NOUN"):
        return
    doc = root.doc
    for rel in (c for c in root.children if c.dep_ == "relcl" and c.i > root.i):
        for verb in (c for c in rel.children if c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ")):
            if cue_lemma(verb.text) not in SPEECH_LEMMAS or doc[verb.i - 1].text != ",":
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass", "cc") for c in verb.children) or any(
                c.dep_ == "cc" for c in rel.children
            ):
                continue
            verb.head, verb.dep_ = verb, "ROOT"
            root.head, root.dep_ = verb, "nsubj"
            return


def _speaker_read_into_the_opening_phrase(verb: Token) -> None:
    """ "In a statement read by the Crown, the woman, now 23, said …" parsed with "the woman"
    in apposition to "Crown" and "said" without a subject: the noun set off right before the
    speech verb, inside the phrase the sentence opens with, is its subject."""
    doc = verb.doc
    if cue_lemma(verb.text) not in SPEECH_LEMMAS or verb.i < 2 or doc[verb.i - 1].text != ",":
        return
    if _has_a_subject(verb):
        return
    opening = [c for c in verb.children if c.dep_ == "prep" and c.i < verb.i]
    candidates = [
        t
        for p in opening
        for t in p.subtree
        if t.dep_ == "appos"
        and t.pos_ in ("NOUN", "PROPN")
        and (t.ent_type_ == "PERSON" or any(c.dep_ == "det" for c in t.children))
        and t.right_edge.i == verb.i - 2
    ]
    if candidates:
        subject = candidates[-1]
        subject.head, subject.dep_ = verb, "nsubj"


def _speaker_read_as_an_object_listed(verb: Token) -> None:
    """ "Jordan was a student who loved hockey, his mother, Karen Whitfield, said in an
    interview" parsed with "his mother" a second object of "loved" and "said" a second verb of
    the sentence, with no subject: a speech verb set after a comma with no subject and no "and"
    of its own, whose noun right before it, set off by commas, was listed without an "and", is
    the speaker of the sentence before it. The verb becomes the root, the noun its subject and
    the sentence its object."""
    doc, root = verb.doc, verb.head
    if cue_lemma(verb.text) not in SPEECH_LEMMAS or doc[verb.i - 1].text != ",":
        return
    if any(c.dep_ in ("nsubj", "nsubjpass", "cc") for c in verb.children):
        return
    if any(c.dep_ == "cc" and root.i < c.i < verb.i for c in root.children):
        return  # "she laughed and, her voice breaking, said …"
    speaker = next(
        (
            t
            for t in doc[root.i + 1 : verb.i - 1]
            if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN") and t.right_edge.i in (verb.i - 2, verb.i - 1)
        ),
        None,
    )
    if speaker is None or doc[speaker.left_edge.i - 1].text != ",":
        return
    if any(c.dep_ == "cc" for c in speaker.head.children):
        return  # ("hockey and his mother": listed indeed)
    after = [c for c in root.children if c.i > verb.i]
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "ccomp"
    speaker.head, speaker.dep_ = verb, "nsubj"
    for child in after:
        child.head = verb


def _opened_by_that(clause: Token) -> bool:
    # (attribution.syntax.has_child, which this module must not import: see nlp.py)
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


# How or where something is said: "through a spokesman", "in a statement", "on Twitter".
MEDIUM_PREPOSITIONS = frozenset({"through", "in", "via", "on", "during", "at"})
# What a speech verb says, when it says something: a reported clause, an object, a quote.
CONTENT_DEPS = frozenset({"ccomp", "dobj", "xcomp", "parataxis"})


def _report_read_as_relative_clause(clause: Token) -> None:
    """ "McConnell, who has endorsed Trump, said through a spokesman that he stood by his
    endorsement" parsed with "that he stood …" a relative clause on "spokesman" (or "said in a
    statement that management had made …" a clause of the noun's): a clause opened by "that",
    with a subject of its own, on the object of a preposition on a speech verb that says nothing
    else is what the verb reports."""
    doc = clause.doc
    opener = doc[clause.left_edge.i]
    if opener.lower_ != "that" or opener.head != clause:
        return
    if opener.tag_ != ("WDT" if clause.dep_ == "relcl" else "IN"):
        return  # (a relative clause opened by a "that" read as a conjunction is a muddled parse)
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c != opener for c in clause.children):
        return  # ("a spokesman that hired him": "that" is the subject indeed)
    verb = _speech_verb_saying_nothing_through(clause.head)
    if verb is None:
        return
    clause.head, clause.dep_ = verb, "ccomp"
    opener.dep_, opener.tag_, opener.pos_ = "mark", "IN", "SCONJ"


def _speech_verb_saying_nothing_through(pobj: Token) -> Token | None:
    """The speech verb whose medium ``pobj`` is ("said [in] a report", "said [through] a
    spokesman") when the verb says nothing else."""
    prep = pobj.head
    verb = prep.head
    if prep.dep_ != "prep" or prep.lower_ not in MEDIUM_PREPOSITIONS:
        return None  # (not "agreeing to procedures that they might not need")
    if not verb.tag_.startswith("VB") or cue_lemma(verb.text) not in SPEECH_LEMMAS:
        return None
    return None if any(c.dep_ in CONTENT_DEPS for c in verb.children) else verb


def _report_hung_on_the_documents_participle(clause: Token) -> None:
    """ "Dufresne said in a report tabled Thursday that the force failed to check …" parsed
    with the "that" clause on "tabled": what the speech verb reports."""
    if not _opened_by_that(clause):
        return
    if clause.head.tag_ != "VBN" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return
    verb = _speech_verb_saying_nothing_through(clause.head.head)
    if verb is not None:
        clause.head = verb


def _infinitive_of_the_gerund_before(verb: Token) -> None:
    """ "accused Carney of planning to bring back the tax" parsed with "to bring back …" a
    purpose of "accused" (or its object): the infinitive right after a gerund after a preposition is the
    gerund's ("planning to bring"), and what was said of Carney runs to its end."""
    to, gerund = verb.doc[verb.i - 1], verb.doc[verb.i - 2]
    if to.lower_ != "to" or to.head != verb or gerund.tag_ != "VBG" or gerund.dep_ not in ("pcomp", "pobj"):
        return
    if verb.head not in list(gerund.ancestors):
        return
    verb.head, verb.dep_ = gerund, "xcomp"


def _role_read_as_a_second_subject(role: Token) -> None:
    """ "Police spokesperson Const. Dani McKinnon said" parsed with "spokesperson" and
    "McKinnon" both subjects of "said" (the title's period cut them apart): the role noun and
    the title before the name are the name's."""
    doc = role.doc
    name = next(
        # (the recogniser may not have run yet: a proper noun)
        (c for c in role.head.children if c.dep_ == "nsubj" and c.i > role.i and c.tag_ == "NNP"),
        None,
    )
    if name is None:
        return
    between = doc[role.i + 1 : name.left_edge.i]
    if not between or not all(t.text.endswith(".") and t.text[:1].isupper() for t in between):
        return
    for tok in [role, *between]:
        tok.head, tok.dep_ = name, "compound"


def _given_name_read_as_a_word(given: Token) -> None:
    """ "president Per Bank told analysts" parsed with "Per" a preposition and "Bank" its
    object: a capitalised word inside a sentence, between a role in lower case (or an acronym:
    "president and CEO Per Bank") and a proper noun, is a given name ("Per", "Will", "May"), and
    the name takes the place of the role (the first of coordinated roles)."""
    doc = given.doc
    if given.i + 1 >= len(doc):
        return
    role, surname = doc[given.i - 1], doc[given.i + 1]
    # (or an acronym's: "president and CEO Per Bank")
    acronym = role.tag_ == "NNP" and role.is_upper and role.is_alpha and 2 <= len(role) <= 4
    if not (role.tag_ in ("NN", "NNS") and role.is_lower or acronym) or surname.tag_ != "NNP":
        return
    if role.dep_ == "ROOT" or surname.head not in (given, role) and given.head not in (role, surname):
        return
    # (the name takes the place of the first of coordinated roles)
    first = role
    while first.dep_ == "conj" and first.head.i < first.i and first.head.i >= given.sent.start:
        first = first.head
    surname.head, surname.dep_ = first.head if first.head != first else surname, first.dep_
    for tok in (first, given):
        tok.head, tok.dep_ = surname, "compound"
    given.tag_, given.pos_ = "NNP", "PROPN"


def _age_read_as_the_subject(age: Token) -> None:
    """ "Emily, 33, said she felt guilty" parsed with "33" the subject and "Emily" an adverb:
    the capitalised word opening the sentence before an age set off by commas is the subject,
    the age its apposition."""
    doc = age.doc
    if age.i < 2 or age.i + 1 >= len(doc) or doc[age.i - 1].text != "," or doc[age.i + 1].text != ",":
        return
    name = doc[age.i - 2]
    if not (name.is_alpha and name.is_title and name.i == age.sent.start and name.head == age.head):
        return
    name.dep_, name.tag_, name.pos_ = "nsubj", "NNP", "PROPN"
    age.head, age.dep_ = name, "appos"
    doc[age.i - 1].head = name
    doc[age.i + 1].head = name


# What records and figures do at the end of the sentence they bear out: "…, records show."
SHOWING_FORMS = frozenset("show shows suggest suggests indicate indicates reveal reveals".split())
# ... and the plural nouns for them (the singular ones, "a report shows", parse as subjects;
# claim_lexicon.EVIDENCE_SUBJECTS, which this module must not import, lists both for the claims).
EVIDENCE_NOUNS = frozenset(
    """records data figures statistics documents numbers estimates surveys polls filings studies
    results tallies papers emails""".split()
)


def _evidence_read_as_a_compound(verb: Token) -> None:
    """ "Clinton raised $20 million in March, records show." parsed with "records" a compound of
    "show" (or "show" a noun joined to the sentence: "…, campaign finance records show."): the
    plural noun right before the sentence's last word, after a comma, is the subject of a verb
    that reports the sentence."""
    doc = verb.doc
    noun = doc[verb.i - 1]
    if noun.lower_ not in EVIDENCE_NOUNS or noun.head != verb or noun.dep_ != "compound":
        return
    # (the noun's own words, which the parser may have hung on the verb: "official statistics")
    first = noun.i
    while first - 1 > verb.sent.start and doc[first - 1].pos_ in ("ADJ", "NOUN", "PROPN", "DET"):
        first -= 1
    if first - 1 <= verb.sent.start or doc[first - 1].text != ",":
        return
    for word in doc[first : noun.i]:
        if word.head == verb:
            word.head = noun
    noun.dep_ = "nsubj"
    if verb.tag_.startswith("NN"):
        verb.tag_, verb.pos_ = ("VBZ" if verb.lower_.endswith("s") else "VBP"), "VERB"
        if verb.dep_ != "ROOT":
            verb.head, verb.dep_ = verb.sent.root, "parataxis"


def _summing_noun_read_into_the_subject(noun: Token) -> None:
    """ "Councillors voted to study the line again, a move critics called “a stalling tactic”"
    parsed with "a move" a compound of "critics", the subject of "called" (whose clause the vote
    became, or whose noun the participle describes): a singular noun after a comma, its article,
    then a plural noun and a verb that reports. The singular noun sums up what comes before;
    the plural noun is the subject of a relative clause on it."""
    doc = noun.doc
    subject = noun.head
    article = doc[noun.i - 1]
    if article.lower_ not in ("a", "an") or article.head != subject:
        return
    comma = article.i - 1
    if comma > 0 and doc[comma].lower_ == "in":
        comma -= 1  # "…, in a move campaigners described as …"
    if comma <= 0 or doc[comma].text != "," or subject.i != noun.i + 1 or subject.i + 1 >= len(doc):
        return
    verb = doc[subject.i + 1]
    if cue_lemma(verb.text) not in SPEECH_LEMMAS or verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP"):
        return
    if subject.dep_ == "nsubj" and verb == subject.head and verb.dep_ == "ROOT":
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < article.i), None)
        if clause is None:
            return
        # the clause before the comma is the sentence; the noun sums it up
        # (the comma before it and the sentence's last stop go with it; the quotation marks
        # stay with their words)
        for child in list(verb.children):
            if child != clause and (child.i < article.i or child.text in SENTENCE_STOPS and child.i > verb.i):
                child.head = clause
        clause.head, clause.dep_ = clause, "ROOT"
        noun.head, noun.dep_ = clause, "npadvmod"
    elif verb.dep_ == "acl" and verb.head == subject:
        noun.head, noun.dep_ = subject.head, subject.dep_
    else:
        return
    article.head = noun
    verb.head, verb.dep_, verb.tag_ = noun, "relcl", "VBD"
    subject.head, subject.dep_ = verb, "nsubj"


SENTENCE_STOPS = frozenset({".", "!", "?"})


# Verbs that take the one told and then what they were told: "told a student … that P".
TELLING_LEMMAS = frozenset("tell inform assure reassure remind warn advise promise convince persuade".split())


def _told_clause_read_into_the_relative(verb: Token) -> None:
    """ "Chow told a student who asked about fares that “nothing is off the table”" parsed with
    the "that" clause inside the relative clause on the student (on "fares"): a telling verb with
    no clause of its own, whose object's relative clause ends in a "that" clause hung on a noun
    ("fares that …", not "who said that …", the relative's own) and running to the end of the
    sentence, has been told that clause."""
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    relative = next((c for c in obj.children if c.dep_ == "relcl"), None) if obj is not None else None
    if relative is None:
        return
    doc = verb.doc
    # (or "that" read as the object of a relative clause: "asked about the budget [that]dobj
    # taxes would not rise")
    mark = next(
        (t for t in reversed(list(relative.subtree)) if t.lower_ == "that" and t.dep_ in ("mark", "dobj")),
        None,
    )
    if mark is None or mark.i <= relative.i or doc[mark.i - 1].tag_.startswith("VB"):
        return
    clause = mark.head
    if clause.dep_ not in ("acl", "relcl") or clause.head.pos_ not in ("NOUN", "PROPN"):
        return  # the relative's own clause: "Bharara, who would recognize instantly that …"
    if mark.dep_ == "dobj" and not any(c.dep_ == "nsubj" and c.i > mark.i for c in clause.children):
        return
    if clause == relative or not clause.tag_.startswith(("VB", "MD")) and clause.pos_ not in ("VERB", "AUX"):
        return
    if any(not t.is_punct for t in doc[clause.right_edge.i + 1 : verb.sent.end]):
        return  # (the sentence goes on: the clause is no last complement of the verb)
    clause.head, clause.dep_ = verb, "ccomp"
    mark.dep_, mark.tag_, mark.pos_ = "mark", "IN", "SCONJ"
