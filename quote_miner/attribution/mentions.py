"""Candidate speakers: the words that name who speaks (a mention) and the evidence that found
them (an attribution); the subject of a cue verb through participles, relative clauses and asides."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from quote_miner.attribution.descriptions import (
    described_by_party,
    description_span,
    inside_a_listed_name,
    name_set_before,
    named_appositive,
    past_a_cut_title,
    past_an_organisation_title,
)
from quote_miner.attribution.issuers import named_issuer
from quote_miner.attribution.lexicon import (
    BODY_OF_NOUNS,
    ENTITY_TYPES,
    ORGANISATION_NOUNS,
    PERSON_PRONOUNS,
    PLACE_PREPOSITIONS,
    PLURAL_PRONOUNS,
    UNNAMED_DETERMINERS,
    VAGUE_SUBJECTS,
    WORDING_NOUNS,
)
from quote_miner.attribution.misread_names import (
    name_split_in_two,
    of_a_place,
    person_closing_an_organisation,
    person_of_the_place,
)
from quote_miner.attribution.roles import (
    person_after_a_count,
    person_after_a_role_inside,
    person_before_a_description,
    person_named_as,
    person_titled_inside,
    role_appos,
    role_before,
)
from quote_miner.attribution.sources import (
    PEOPLES_NOUNS,
    is_named,
    is_time_word,
    relative_antecedent,
    singulars,
)
from quote_miner.attribution.syntax import (
    age_description,
    entity_of,
    nationality_description,
    opens_on_a_name,
)
from quote_miner.attribution.titles import TITLE_WORDS
from quote_miner.cues import BELIEF_LEMMAS, PHRASAL_SPEECH, SPEECH_LEMMAS, SPEECH_NOUNS, cue_lemma
from quote_miner.entity_names import hyphen_inside_a_word
from quote_miner.names import NAME_PARTICLES


@dataclass(frozen=True)
class Mention:
    """The words at the attribution site that name the speaker (paragraph offsets)."""

    start: int
    end: int
    text: str
    kind: str  # "name", "pronoun", "nominal", "organization", "relative", "group", "label"
    # (for "group", ``role`` carries the speaker type: "organization" when one member is named)
    role: str | None = None
    gender: str | None = None
    # A relative pronoun ("Beck, who has described Trump as …") stands for its antecedent.
    antecedent: Mention | None = None


@dataclass(frozen=True)
class Attribution:
    mention: Mention | None
    cue: str | None
    method: str  # "cue", "according", "colon", "trailer", "continuation", "nearest"
    confidence: float
    cue_pos: int | None = None


@dataclass(frozen=True)
class Speaker:
    """Whom a mention resolves to: a person, an organisation, an unnamed source, or no one."""

    name: str | None
    type: str  # person, organization, unnamed, unknown
    role: str | None = None
    # How the mention led to this speaker, in words (for `quotes show --why`).
    basis: str | None = field(default=None, compare=False)


UNKNOWN = Speaker(None, "unknown")


def mention_for(token: Token) -> Mention:
    """The mention headed by ``token`` (a subject, a possessor, the object of "according to")."""
    token = past_a_cut_title(past_an_organisation_title(token))
    first = token.left_edge
    if first.i < token.i and first.lower_ in PLACE_PREPOSITIONS and first.head == token:
        # "Outside court, the woman's brother, Gurpreet Dhillon, said": the parser made the
        # place the subject and the speaker its apposition
        appos = next((c for c in token.children if c.dep_ == "appos"), None)
        if appos is not None:
            return mention_for(appos)
        # (or a second subject of the verb: "Outside court, [Tara's sister]nsubj, Crystal, said")
        second = next((c for c in token.head.children if c.dep_ == "nsubj" and c.i > token.i), None)
        if token.dep_ == "nsubj" and second is not None:
            return mention_for(second)
    person = (
        person_of_the_place(token)
        or person_after_a_role_inside(token)
        or person_after_a_count(token)
        or person_titled_inside(token)
        or person_before_a_description(token)
        or person_named_as(token)
    )
    if person is not None:
        return mention_for(person)
    party = described_by_party(token)
    if party is not None:
        return Mention(party.start_char, party.end_char, party.text, "nominal")
    doc = token.doc
    # (one described by age or nationality alone: "the 38-year-old", "the American")
    described = age_description(token) or nationality_description(token)
    if described is not None:
        return Mention(described.start_char, described.end_char, described.text, "nominal")
    low = token.lower_
    antecedent = relative_antecedent(token)
    if antecedent is not None:
        ante = mention_for(antecedent)
        if ante.kind != "relative":
            return Mention(
                token.idx, token.idx + len(token), token.text, "relative", role=ante.role, antecedent=ante
            )
    if token.pos_ == "PRON" or low in PERSON_PRONOUNS or low in PLURAL_PRONOUNS:
        return Mention(
            token.idx, token.idx + len(token), token.text, "pronoun", gender=PERSON_PRONOUNS.get(low)
        )
    ent = entity_of(token)
    if ent is not None and ent.label_ == "ORG" and (name := person_closing_an_organisation(ent)) is not None:
        return Mention(name.start_char, name.end_char, name.text, "name", role=role_before(name))
    if ent is not None and ent.label_ in ENTITY_TYPES:
        kind = "name" if ent.label_ == "PERSON" else "organization"
        if kind == "name" and len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].lower_ == "the":
            kind = _kind_after_the(token)
        # "the Kremlin", "The Post": keep the article with the name for organizations.
        start_tok = ent.start
        if kind == "organization":
            # a capitalised word the recogniser left out of the name: "[Age] [UK] estimates"
            while (
                start_tok > 0
                and doc[start_tok - 1].pos_ == "PROPN"
                and doc[start_tok - 1].dep_ == "compound"
                and not doc[start_tok - 1].ent_type_
                and ent.start <= doc[start_tok - 1].head.i < ent.end
                and doc[start_tok - 1].lower_ not in TITLE_WORDS
            ):
                start_tok -= 1
        if kind in ("organization", "nominal") and start_tok > 0 and doc[start_tok - 1].lower_ == "the":
            start_tok -= 1
        role = role_appos(token) or (role_before(ent) if kind == "name" else None)
        end_tok = ent.end
        if ent.label_ == "ORG":
            # ... and starts after a comma before its head when the parse sets the words before
            # it in apposition to a word before the name: "his lawyer, [Isabel Schurman, Demers]
            # said" (the recogniser ran an apposition into the subject; not "University of
            # California, Berkeley")
            start_tok = max(
                [
                    k + 1
                    for k in range(start_tok, token.i)
                    if doc[k].text == ","
                    and any(t.dep_ == "appos" and t.head.i < ent.start for t in doc[start_tok:k])
                ],
                default=start_tok,
            )
            # an organisation's name ends at a comma after its head: "a report by Politico,
            # Democratic party insiders …" taken as one name by the recogniser
            # (but not at a comma between the parts of one name: "The Ministry of Housing,
            # Communities and Local Government")
            end_tok = next(
                (
                    k
                    for k in range(token.i + 1, ent.end)
                    if doc[k].text == "," and not inside_a_listed_name(doc[k])
                ),
                ent.end,
            )
        if (
            kind == "organization"
            and end_tok == ent.end < len(doc)
            and _number_of_the_name(doc[end_tok], ent)
        ):
            end_tok += 1  # "[CUPE Local] 932"
        end_tok = _with_the_of_part(doc, ent, end_tok)
        span = _without_edge_marks(doc[start_tok:end_tok])
        text = span.text
        if text.endswith(("’s", "'s")):
            text = text[:-2]
        return Mention(span.start_char, span.start_char + len(text), text, kind, role=role)
    if (
        token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and named_appositive(token) is None
        and not _people_noun_opening_a_sentence(token)
    ):
        # A name the entity recogniser missed: the run of proper nouns around the head (in
        # capitals: not the "municipal licensing department" the tagger took for one).
        lo = token.i
        while lo > 0:
            if doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].head.i in (token.i, lo):
                lo -= 1
            elif lo > 1 and hyphen_inside_a_word(doc[lo - 1]) and doc[lo - 2].is_title:
                lo -= 2  # "Ouellet-Roy", "Tremblay-Okafor": one surname the tokenizer split
            elif doc[lo - 1].text in NAME_PARTICLES:
                lo -= 1  # "de Wit", "von der Leyen"
            elif (
                doc[lo - 1].pos_ == "PROPN"
                and doc[lo - 1].dep_ == "conj"
                and doc[lo - 1].head.head.i == token.i
                and doc[lo - 1].head.pos_ == "PROPN"
            ):
                # names joined inside a body's name: "The Human Fertilization and Embryology Authority"
                lo = doc[lo - 1].head.left_edge.i
            elif (
                doc[lo - 1].pos_ == "PROPN"
                and (person := entity_of(doc[lo - 1])) is not None
                and person.label_ == "PERSON"
            ):
                lo = person.start  # the recogniser's name stops short of it: "[Cindy Woodhouse] Nepinak"
            elif lo > 1 and doc[lo - 1].tag_ == "POS" and token.lower_ in ORGANISATION_NOUNS:
                lo -= 2  # "the Prime Minister's Office": an office is its holder's
            else:
                break
        span = _without_edge_marks(doc[lo : token.i + 1])
        role = role_appos(token)
        only_titles = all(t.lower_ in TITLE_WORDS for t in span)
        article = doc[lo - 1] if lo > 0 else None
        if (
            article is not None
            and token.lower_ in TITLE_WORDS
            and article.head == token
            and article.lower_ in UNNAMED_DETERMINERS
        ):
            # "One MP, who asked not to be named,", "A Labour MP": someone unnamed
            span = doc[lo - 1 : token.i + 1]
            return Mention(span.start_char, span.end_char, span.text, "nominal", role=role)
        if token.lower_ in ORGANISATION_NOUNS and lo < token.i:
            # "the Prime Minister's Office", "Toronto Community Housing Board": a body's name
            span = doc[lo - 1 if article is not None and article.lower_ == "the" else lo : token.i + 1]
            return Mention(span.start_char, span.end_char, span.text, "organization", role=role)
        of_name = of_a_place(token)
        if lo > 0 and doc[lo - 1].lower_ == "the" and of_name is not None and not only_titles:
            # "The Region of Waterloo, which runs …": an institution the recogniser missed
            span = doc[lo - 1 : of_name.i + 1]
            return Mention(span.start_char, span.end_char, span.text, "organization", role=role)
        # (nor an office in capitals after a place or party: "the Lakeland MP", "the Liberal MPP")
        office = token.lower_ in TITLE_WORDS and token.is_upper
        if lo > 0 and doc[lo - 1].lower_ == "the" and (lo == token.i or only_titles or office):
            # "the Prime Minister": a title to resolve as a role, no person's name
            span = doc[lo - 1 : token.i + 1]
            return Mention(span.start_char, span.end_char, span.text, _kind_after_the(token), role=role)
        return Mention(span.start_char, span.end_char, span.text, "name", role=role)
    issuer = named_issuer(token)
    if issuer is not None:
        return mention_for(issuer)
    # A description followed by the name it describes: "Scott's niece, state Del. Marcia Price,
    # shouted" is Marcia Price's (the description her role).
    named = named_appositive(token) or name_set_before(token)
    if named is not None:
        appositive = mention_for(named)
        # (a given name the recogniser took for a place or a firm is a person's all the same:
        # "Her opponent, [Liam]GPE, 12,"; a name it missed, described as a body, is the body's:
        # "FortisBC, the province's main gas utility,")
        kind = appositive.kind
        if appositive.kind == "organization" and token.lower_ not in ORGANISATION_NOUNS:
            kind = "name"
        elif appositive.kind == "name" and token.lower_ in ORGANISATION_NOUNS and not named.ent_type_:
            kind = "organization"
        return replace(appositive, kind=kind, role=appositive.role or description_span(token).text)
    body = name_split_in_two(token)
    if body is not None:
        return Mention(body.start_char, body.end_char, body.text, "organization")
    if body_called_it(token):
        return Mention(token.idx, token.idx + len(token.text), token.text, "organization")
    span = description_span(token)
    return Mention(span.start_char, span.end_char, span.text, "nominal")


def _people_noun_opening_a_sentence(token: Token) -> bool:
    """A plural noun for people, capitalised only because it opens the sentence, which the tagger
    took for a name: "EDMONTON - [Lawyers]NNPS for Alberta Premier Ed Stelmach are accusing …"."""
    first = next((t for t in token.sent if not t.is_space), None)
    return token == first and token.tag_ == "NNPS" and not PEOPLES_NOUNS.isdisjoint(singulars(token.lower_))


def body_called_it(token: Token) -> bool:
    """A capitalised word alone that the tagger took for a plural noun, which what it says calls
    "it": "Sobeys said in a statement that it had co-operated fully" is a company by name (not
    "Officials said that they …")."""
    if not (token.text[:1].isupper() and token.tag_ in ("NNS", "NNPS") and token.dep_ == "nsubj"):
        return False
    if any(c.dep_ not in ("punct", "appos") for c in token.children):
        return False  # (a description: "Proponents of the new bill say it would …")
    # (the clause's first subject: the parser may hang "it" on "had" of "had co-operated")
    return any(
        c.dep_ == "ccomp"
        and next((k.lower_ for k in c.subtree if k.dep_ in ("nsubj", "nsubjpass")), None) == "it"
        for c in token.head.children
    )


def _kind_after_the(name: Token) -> str:
    """No person takes "the": a one-word name after it is a title ("the President", a role to
    resolve) or a publication or group ("according to the Economist")."""
    return "nominal" if name.lower_ in TITLE_WORDS else "organization"


def _without_edge_marks(span: Span) -> Span:
    """A name without the dash or blank the recogniser took in with it: "― Christina Olidem"
    (a signature after a reader's comment, with a no-break space), or a bracket it left open."""
    lo, hi = span.start, span.end
    while hi - lo > 1 and (span.doc[lo].is_punct or span.doc[lo].is_space):
        lo += 1
    opened = next((t.i for t in span.doc[lo:hi] if t.text == "("), None)
    if opened is not None and opened > lo and not any(t.text == ")" for t in span.doc[opened:hi]):
        hi = opened  # (nor an abbreviation's bracket it left open: "The British Bankers' Association (BBA")
    return span.doc[lo:hi]


def _with_the_of_part(doc: Doc, ent: Span, end: int) -> int:
    """Where a body's name ends when the recogniser stopped before its "of" part: "[The Hexley
    Chamber] of Commerce" (a capitalised name after "of", hung on the body's noun)."""
    if end != ent.end or end >= len(doc) or doc[end].lower_ != "of" or ent.root.lower_ not in BODY_OF_NOUNS:
        return end
    if doc[end].head != ent.root:
        return end
    named = next((c for c in doc[end].children if c.dep_ == "pobj"), None)
    if named is None or not all(t.pos_ == "PROPN" or t.lower_ in ("and", "&") for t in named.subtree):
        return end
    return named.right_edge.i + 1


def _number_of_the_name(token: Token, ent: Span) -> bool:
    """A number that ends an organisation's name the recogniser left out: "CUPE Local [932]"."""
    return token.like_num and token.dep_ == "nummod" and ent.start <= token.head.i < ent.end


def speaks_with_particle(verb: Token) -> bool:
    """ "Hillary shot back, “…”", "as experts have pointed out, …", "As Marquez put it, “…”"
    (not "put it on the table")."""
    # (a time is no place to put it: "how Ford put it on Tuesday")
    placed = any(d.dep_ == "prep" and not any(is_time_word(p) for p in d.children) for d in verb.children)
    return any(
        (c.dep_ in ("prt", "advmod") or c.dep_ == "dobj" and not placed)
        and f"{cue_lemma(verb.text)}:{c.lower_}" in PHRASAL_SPEECH
        for c in verb.children
    )


# Speech verbs that, with a noun for their object, act rather than speak: "add a new tab".
ACTING_WITH_AN_OBJECT = frozenset({"add"})


def adds_a_thing(verb: Token) -> bool:
    """A speech verb acting on a noun rather than speaking: "devices would have to add a new
    “lyrics” tab" (not words: "Henry added the caption …")."""
    return cue_lemma(verb.text) in ACTING_WITH_AN_OBJECT and any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lower_ not in WORDING_NOUNS for c in verb.children
    )


def noun_read_as_verb(token: Token) -> bool:
    """A noun the tagger read as a verb, by the determiner right before it: "which
    [questions]VBZ you're not supposed to ask" (not a determiner the parser hung on the verb
    from afar: "“…,” the 38-year-old said")."""
    return any(c.dep_ == "det" and c.i == token.i - 1 for c in token.children)


def is_cue(token: Token, *, belief: bool = False) -> bool:
    if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to":
        return True
    if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB") or opens_on_a_name(token):
        if noun_read_as_verb(token):
            return False
        lemma = cue_lemma(token.text)
        if adds_a_thing(token):
            return False  # "devices would have to add a new “lyrics” tab": a thing added
        return lemma in SPEECH_LEMMAS or (belief and lemma in BELIEF_LEMMAS) or speaks_with_particle(token)
    # (and a noun the tagger took for an interjection: "That [quote]UH from … Thomas Krebs appeared …")
    misread = token.pos_ in ("INTJ", "X") and token.dep_ in ("nsubj", "dobj", "pobj")
    return (token.pos_ == "NOUN" or misread) and token.lower_ in SPEECH_NOUNS


def is_vague(speaker: Token | None) -> bool:
    if speaker is None:
        return True
    antecedent = relative_antecedent(speaker)
    if antecedent is not None:
        # "who" stands for the name it follows; "a voice that said" names nobody.
        return not (speaker.lower_ == "who" or is_named(antecedent))
    return speaker.lower_ in VAGUE_SUBJECTS


# A description owned by someone: "Smith's office", "The group's statement".
POSSESSED_RE = re.compile(r"(?P<owner>.+?)(?P<s>['’]s?)\s+(?P<rest>[a-z][\w\s-]*)")


def cue_text(cue: Token) -> str:
    """The cue as written: "according to", and a verb with the particle right after it that
    makes it speak ("shot back", "pointed out", "put it")."""
    if cue.lower_ == "according":
        return "according to"
    after = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    if after is not None and after.text.islower() and f"{cue_lemma(cue.text)}:{after.text}" in PHRASAL_SPEECH:
        return f"{cue.text} {after.text}"
    return cue.text
