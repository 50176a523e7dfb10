"""Names the entity recogniser found, mended where it reliably errs: a person's name cut at a
hyphen or a particle, opened by a word that is none of it, run into where the person works; an
organisation's cut after "and" or "of", or taken for a person's ("[Crestview Properties]").
``complete_person_names`` runs on every parsed doc."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quote_miner.names import NAME_PARTICLES, TITLES, fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# Last words of an event's name, never of a person's: "his season-ending [Masters Cup]".
EVENT_NAME_ENDINGS = frozenset(
    """Cup Open Games Olympics Championship Championships Trophy Prix Series Classic Bowl
    Tournament Marathon Festival Awards Prize""".split()
)

# Words that do not begin a person's name, whatever the recogniser took in: "[Entrusting Donald
# Trump]", "[Certainly Donald Trump]".
NOT_NAME_POS = frozenset({"ADV", "ADJ", "VERB", "AUX", "INTJ", "DET", "PRON", "CCONJ", "SCONJ"})


# Last words of a company's name, never of a person's: "[Crestview Properties]" (which the
# recogniser, reading few words around it, may take for a person).
COMPANY_NAME_ENDINGS = frozenset(
    """Inc Ltd Corp Co LLC LLP Properties Holdings Group Partners Capital Industries Enterprises
    Technologies Systems Solutions Services Foods Motors Realty Developments Pharmaceuticals
    Airlines Communications Logistics Networks Labs Ventures Investments""".split()
)


def _never_in_a_name(token: Token) -> bool:
    """Punctuation, a lower-case common word or a sentence's first word tagged as a verb: "the
    missing [roof - Lena Marsh] said", "[Said Okafor]: …". (Lower-case particles of names, "de
    Blasio", are tagged as proper nouns.)"""
    if token.is_punct:
        return True
    if token.pos_ == "PROPN":
        return False
    return token.is_lower or (token.is_sent_start and token.tag_.startswith("VB"))


def _cue_opening_a_frame(ent: Span) -> bool:
    """ "[Stated Stone]:", "[Says Smith], “…”": the sentence opens on its cue and the name after
    it ends the entity (not "[Said Hamdan], a pharmacist, said …")."""
    # (imported here: the attribution package imports this module)
    from quote_miner.attribution.syntax import name_after_opening_cue, opens_on_a_name

    return opens_on_a_name(ent[0]) and name_after_opening_cue(ent[0]) == ent[-1]


def complete_person_names(doc: Doc) -> None:
    """Make a person the recogniser found the name it stands for: extended from a title alone
    to the name the title goes with ("[Councillor] Ana Bailão" → "[Councillor Ana Bailão]": the
    parser joins them, the title a compound of the surname and the words between untagged
    proper nouns), and without a word before the name that is none of it ("[Entrusting Donald
    Trump]" → "Entrusting [Donald Trump]"; a title stays, it makes the role), with a given name
    left out between title and name ("Mayor Soraya [Martinez Ferrada]") and without the place
    someone works ("[Stacey Fitzsimmons of Ecojustice]"). (And an organisation cut after "and"
    made whole: ``_joined_across_a_conjunction``.)"""
    if not doc.has_annotation("DEP") or not doc.has_annotation("ENT_IOB"):
        return
    from spacy.tokens import Span

    ents = _joined_across_a_conjunction(_joined_at_particles(_joined_at_hyphens(list(doc.ents))))
    ents = _opened_by_a_verb(doc, ents)
    changed = ents != list(doc.ents)
    not_names: list[Span] = []
    for k, ent in enumerate(ents):
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text.rstrip(".") in COMPANY_NAME_ENDINGS:
            ent = ents[k] = Span(doc, ent.start, ent.end, label="ORG")
            changed = True
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text in EVENT_NAME_ENDINGS:
            ent = ents[k] = Span(doc, ent.start, ent.end, label="EVENT")
            changed = True
        start = ent.start
        while ent.label_ == "PERSON" and (
            (
                start < ent.end - 2
                and doc[start].pos_ in NOT_NAME_POS
                and fold(doc[start].text).strip(".") not in TITLES
            )
            or (start < ent.end - 1 and _never_in_a_name(doc[start]))
            or (start == ent.start < ent.end - 1 and _cue_opening_a_frame(ent))
        ):
            start += 1
        # (the name after a sentence's opening verb may be tagged a noun: "[Said Doe]: …")
        kept_name = doc[start].pos_ == "PROPN" or doc[ent.start].tag_.startswith("VB")
        if start > ent.start and kept_name and doc[start].is_title:
            not_names.append(doc[ent.start : start])
            ent = ents[k] = Span(doc, start, ent.end, label=ent.label)
            changed = True
        if ent.label_ == "PERSON" and (_given_name_left_out(ent) or _given_name_before_a_surname(ent)):
            # "Mayor Soraya [Martinez Ferrada]": a given name the recogniser left out
            ent = ents[k] = Span(doc, ent.start - 1, ent.end, label=ent.label)
            changed = True
        person = _person_opening_an_organisation(ent)
        if person is not None:
            # "[Jess Spieker of] Friends and Families …": the recogniser, cut short, took the
            # person for a body; what follows "of" is where they work
            not_names.append(doc[person.end : ent.end])
            ent = ents[k] = person
            changed = True
        cut = next((t.i for t in ent[2:] if t.lower_ in ("of", "from", "at")), None)
        if (
            ent.label_ == "PERSON"
            and cut is not None
            and not all(fold(t.text).strip(".") in TITLES for t in doc[ent.start : cut])
        ):
            # where someone works is no part of their name: "[Stacey Fitzsimmons] of Ecojustice"
            not_names.append(doc[cut : ent.end])
            ent = ents[k] = Span(doc, ent.start, cut, label=ent.label)
            changed = True
        last = ent[-1]
        head = last.head
        if ent.label_ != "PERSON" or last.dep_ != "compound" or head.i <= last.i or head.pos_ != "PROPN":
            continue
        if not all(fold(t.text).strip(".") in TITLES for t in ent):
            continue  # a name already ("Clinton Cash" is no person's)
        between = doc[last.i + 1 : head.i + 1]
        if all(t.pos_ == "PROPN" and not t.ent_type_ for t in between):
            ents[k] = Span(doc, ent.start, head.i + 1, label=ent.label)
            changed = True
    if changed:
        doc.set_ents(ents, outside=not_names, default="unmodified")


def _given_name_left_out(ent: Span) -> bool:
    """Whether the capitalised word before a person's name, itself after a title, is their given
    name: "Mayor Soraya [Martinez Ferrada]" (not a title: "Mayor [Olivia Chow]")."""
    from quote_miner.attribution.given_names import given_name_gender

    doc = ent.doc
    if ent.start < 2 or len(ent) < 2:
        return False
    before, title = doc[ent.start - 1], doc[ent.start - 2]
    return (
        # (not a role between title and name: "Chief of Staff [Denis McDonough]", "General
        # Counsel [James A. Baker]": the name opens with a given name of its own)
        given_name_gender(ent[0].text) is None
        and before.is_title
        and before.is_alpha
        and not before.ent_type_
        and fold(before.text) not in TITLES
        and fold(title.text).strip(".") in TITLES
        and fold(ent[0].text) not in TITLES
    )


def _person_opening_an_organisation(ent: Span) -> Span | None:
    """The person's name an organisation's entity opens with, up to "of", "from" or "at": a
    given name and a surname or two, none of them a word that names a body ("[Jess Spieker of]",
    not "[John Jay College of] Criminal Justice")."""
    from quote_miner.attribution.given_names import given_name_gender
    from quote_miner.attribution.lexicon import INSTITUTION_NOUNS, ORGANISATION_NOUNS

    if ent.label_ != "ORG":
        return None
    cut = next((t for t in ent[2:4] if t.lower_ in ("of", "from", "at")), None)
    if cut is None or cut.head != ent.doc[cut.i - 1]:
        return None
    # (a name that ends on "of" was cut short by the recogniser: whatever the given name)
    if given_name_gender(ent[0].text) is None and cut.i != ent.end - 1:
        return None
    words = ent.doc[ent.start : cut.i]
    if not all(t.pos_ == "PROPN" and t.is_title for t in words):
        return None
    if any(fold(t.text) in INSTITUTION_NOUNS | ORGANISATION_NOUNS | TITLES for t in words):
        return None
    from spacy.tokens import Span

    return Span(ent.doc, words.start, words.end, label="PERSON")


def _given_name_before_a_surname(ent: Span) -> bool:
    """Whether a surname alone tagged as a person follows, as its compound, a given name the
    recogniser left untagged: "[Jamal] [Idris]PERSON, who owns a barbershop …:", or initials
    that stand for one: "[RJ] [Barrett]PERSON" (a place's or body's letters are tagged: "US")."""
    from quote_miner.attribution.given_names import given_name_gender

    if len(ent) != 1 or ent.start < 1:
        return False
    before = ent.doc[ent.start - 1]
    return (
        before.pos_ == "PROPN"
        and before.dep_ == "compound"
        and before.head == ent[0]
        and not before.ent_type_
        and fold(before.text) not in TITLES
        and (given_name_gender(before.text) is not None or _initials(before.text))
    )


def _initials(word: str) -> bool:
    return len(word) == 2 and word.isalpha() and word.isupper()


def hyphen_inside_a_word(tok: Token) -> bool:
    """A hyphen the tokenizer split from the words on both sides of it ("Ouellet-Roy")."""
    return tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_


def _joined_at_hyphens(ents: list[Span]) -> list[Span]:
    """A person's name the recogniser cut at a hyphen is one name: "[Marie Ouellet]-[Roy]",
    "Anne-[Marie Tremblay]" → "[Marie Ouellet-Roy]", "[Anne-Marie Tremblay]"."""
    from spacy.tokens import Span

    if not ents:
        return ents
    doc = ents[0].doc
    covering = {i: e for e in ents for i in range(e.start, e.end)}
    out = []
    for ent in ents:
        start, end = ent.start, ent.end
        if ent.label_ == "PERSON":
            # the words across the hyphen, with any other entity they were put in
            while start > 1 and hyphen_inside_a_word(doc[start - 1]) and doc[start - 2].is_title:
                start = covering[start - 2].start if start - 2 in covering else start - 2
            while end + 1 < len(doc) and hyphen_inside_a_word(doc[end]) and doc[end + 1].is_title:
                end = covering[end + 1].end if end + 1 in covering else end + 2
        if (start, end) != (ent.start, ent.end):
            out = [e for e in out if e.end <= start]
            ent = Span(doc, start, end, label=ent.label)
        if not out or ent.start >= out[-1].end:
            out.append(ent)
    return out


def _joined_at_particles(ents: list[Span]) -> list[Span]:
    """A surname with small words in it is one person's name: "[Ursula von der] [Leyen]" →
    "[Ursula von der Leyen]", "[Christina de Castell]" taken for an organisation → a person
    (her given name says so), "von der [Leyen]" after a verb or a title → a person."""
    from spacy.tokens import Span

    from quote_miner.attribution.given_names import given_name_gender

    if not ents:
        return ents
    doc = ents[0].doc
    covering = {i: e for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    for ent in ents:
        start, end, label = ent.start, ent.end, ent.label_
        given = given_name_gender(doc[start].text) is not None
        after = end
        while after < len(doc) and doc[after].text in NAME_PARTICLES:
            after += 1
        ends_on_particles = after > end or doc[end - 1].text in NAME_PARTICLES
        if (label == "PERSON" or given) and ends_on_particles and after < len(doc) and doc[after].is_title:
            end = covering[after].end if after in covering else after + 1
        before = start
        while before > 0 and doc[before - 1].text in NAME_PARTICLES:
            before -= 1
        lead = doc[before - 1] if before > 0 else None
        # (after a verb, a mark or a title; not "the van Ford built", "la santé du Québec")
        led = lead is None or not lead.is_alpha or lead.pos_ in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ")
        if before < start and len(ent) == 1 and (led or fold(lead.text) in TITLES):
            start = before  # "“…,” von der Leyen told reporters"
        # (a name grown over particles holds them, so a changed span is always a person's)
        inside = any(t.text in NAME_PARTICLES for t in doc[start + 1 : end - 1])
        if (start, end) != (ent.start, ent.end) or inside and given and label != "PERSON":
            out = [e for e in out if e.end <= start]
            ent = Span(doc, start, end, label="PERSON")
        if not out or ent.start >= out[-1].end:
            out.append(ent)
    return out


def _opened_by_a_verb(doc: Doc, ents: list[Span]) -> list[Span]:
    """An organisation whose name opens on a verb, subject of its sentence: "Develop Nova
    Scotia said …", which the tagger reads as a command ("Develop" the subject, "Nova Scotia"
    its object). The name becomes one organisation and its first word a proper noun."""
    from spacy.tokens import Span

    for sent in doc.sents:
        verb = sent[0]
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if (
            verb.tag_ != "VB"
            or not verb.is_title
            or verb.dep_ not in ("nsubj", "nsubjpass")
            or obj is None
            or obj.pos_ != "PROPN"
            or obj.left_edge.i != verb.i + 1
        ):
            continue
        name = Span(doc, verb.i, obj.i + 1, label="ORG")
        verb.tag_, verb.pos_ = "NNP", "PROPN"
        ents = [e for e in ents if e.end <= name.start or e.start >= name.end] + [name]
    return sorted(ents, key=lambda e: e.start)


def _joined_across_a_conjunction(ents: list[Span]) -> list[Span]:
    """An organisation the recogniser cut after "and", "of" or a plural's apostrophe is one name
    with the capitalised words after it: "[The Department of Fisheries and] [Oceans]" → "[The
    Department of Fisheries and Oceans]", "[The Quebec Immigrant Workers'] [Centre]"; so is a
    body cut before the place it is of: "[The City of] [Ottawa]"."""
    from spacy.tokens import Span

    out: list[Span] = []
    for ent in ents:
        last = out[-1] if out else None
        if (
            last is not None
            and last.label_ == ent.label_ == "ORG"
            and last.end == ent.start
            and (last[-1].lower_ in ("and", "&", "of") or _plural_possessive(last))
            and ent[0].is_title
        ):
            out[-1] = Span(ent.doc, last.start, ent.end, label=ent.label)
        elif (
            last is not None
            and last.end == ent.start
            and last[-1].lower_ == "of"
            and ent.label_ == "GPE"
            and last.label_ in ("ORG", "GPE")
        ):
            # "[The City of]GPE [Ottawa]GPE", "[University of] [Toronto]": one body
            out[-1] = Span(ent.doc, last.start, ent.end, label="ORG")
        else:
            out.append(ent)
    return out


def _plural_possessive(span: Span) -> bool:
    """Whether ``span`` ends with a plural's apostrophe: "Workers'" (one token or two)."""
    words = [t.text for t in span[-2:]]
    return (
        words[-1].endswith(("s'", "s’"))
        or len(words) == 2
        and words[1] in ("'", "’")
        and words[0].endswith("s")
    )
