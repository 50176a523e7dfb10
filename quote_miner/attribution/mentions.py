"""Candidate speakers: the words that name who speaks (a mention) and the evidence that found
them (an attribution); the subject of a cue verb through participles, relative clauses and asides."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from quote_miner.attribution.descriptions import (
    described_by_party,
    description_span,
    inside_a_listed_name,
    named_appositive,
    past_a_cut_title,
    past_an_organisation_title,
)
from quote_miner.attribution.issuers import issuer_of, named_issuer
from quote_miner.attribution.lexicon import (
    AUDIENCE_VERBS,
    DASHES,
    ENTITY_TYPES,
    ISSUED_NOUNS,
    OBJECT_CONTROL_VERBS,
    ORGANISATION_NOUNS,
    PERFECT_AUX,
    PERSON_PRONOUNS,
    PLACE_PREPOSITIONS,
    PLURAL_PRONOUNS,
    RECEIVING_VERBS,
    RELATIVE_PRONOUNS,
    SUBJECT_DEPS,
    TITLE_WORDS,
    UNNAMED_DETERMINERS,
    VAGUE_SUBJECTS,
    WITNESSING_LEMMAS,
)
from quote_miner.attribution.misread_names import (
    name_split_in_two,
    of_a_place,
    person_closing_an_organisation,
    person_of_the_place,
)
from quote_miner.attribution.roles import person_after_a_role_inside, role_appos, role_before
from quote_miner.attribution.sources import is_named, is_source, is_time_word, relative_antecedent
from quote_miner.attribution.syntax import (
    FINITE_TAGS,
    age_description,
    ancestors,
    article_people,
    contact_relative_subject,
    entity_of,
    name_after_opening_cue,
    nationality_description,
    opens_on_a_name,
    own_subject,
    quoted_as_saying,
    reduced_relative_subject,
    series_subject,
)
from quote_miner.cues import BELIEF_LEMMAS, PHRASAL_SPEECH, SPEECH_LEMMAS, SPEECH_NOUNS, cue_lemma, word_forms
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
    person = person_of_the_place(token) or person_after_a_role_inside(token)
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
        span = _without_edge_marks(doc[start_tok:end_tok])
        text = span.text
        if text.endswith(("’s", "'s")):
            text = text[:-2]
        return Mention(span.start_char, span.start_char + len(text), text, kind, role=role)
    if token.pos_ == "PROPN" and token.text[:1].isupper() and named_appositive(token) is None:
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
        if lo > 0 and doc[lo - 1].lower_ == "the" and (lo == token.i or only_titles):
            # "the Prime Minister": a title to resolve as a role, no person's name
            span = doc[lo - 1 : token.i + 1]
            return Mention(span.start_char, span.end_char, span.text, _kind_after_the(token), role=role)
        return Mention(span.start_char, span.end_char, span.text, "name", role=role)
    issuer = named_issuer(token)
    if issuer is not None:
        return mention_for(issuer)
    # A description followed by the name it describes: "Scott's niece, state Del. Marcia Price,
    # shouted" is Marcia Price's (the description her role).
    named = named_appositive(token)
    if named is not None:
        appositive = mention_for(named)
        # (a given name the recogniser took for a place or a firm is a person's all the same:
        # "Her opponent, [Liam]GPE, 12,")
        kind = (
            "name"
            if appositive.kind == "organization" and token.lower_ not in ORGANISATION_NOUNS
            else appositive.kind
        )
        return replace(appositive, kind=kind, role=appositive.role or description_span(token).text)
    body = name_split_in_two(token)
    if body is not None:
        return Mention(body.start_char, body.end_char, body.text, "organization")
    span = description_span(token)
    return Mention(span.start_char, span.end_char, span.text, "nominal")


def _kind_after_the(name: Token) -> str:
    """No person takes "the": a one-word name after it is a title ("the President", a role to
    resolve) or a publication or group ("according to the Economist")."""
    return "nominal" if name.lower_ in TITLE_WORDS else "organization"


def _without_edge_marks(span: Span) -> Span:
    """A name without the dash or blank the recogniser took in with it: "― Christina Olidem"
    (a signature after a reader's comment, with a no-break space)."""
    lo, hi = span.start, span.end
    while hi - lo > 1 and (span.doc[lo].is_punct or span.doc[lo].is_space):
        lo += 1
    return span.doc[lo:hi]


def cue_above_the_reported_words(verb: Token) -> Token | None:
    """The cue whose reported clause the parser joined a verb to: "said" in "Pitt said the search
    is continuing and asked …" (whether it also speaks for that cue is the caller's question)."""
    if verb.dep_ != "conj" or verb.head.dep_ != "ccomp":
        return None
    outer = verb.head.head
    return outer if is_cue(outer) and outer.i < verb.head.i else None


def received_document(tok: Token) -> bool:
    """A document someone got, not one they put out: "received a letter", "obtained a memo"."""
    return tok.dep_ == "dobj" and tok.lower_ in ISSUED_NOUNS and tok.head.lower_ in RECEIVING_VERBS


def _received_document_saying(verb: Token) -> Token | None:
    """The document received that a participle right after it speaks for: "Bianchi received a
    letter last month saying the patio violated new rules" is the letter's (not Bianchi's)."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl") or _after_comma(verb):
        return None
    document = next((c for c in verb.head.children if c.i < verb.i and received_document(c)), None)
    if document is None:
        return None
    between = verb.doc[document.right_edge.i + 1 : verb.i]
    # (nothing between them but a time said of the verb: "last month")
    times = {t.i for c in verb.head.children if c.dep_ == "npadvmod" for t in c.subtree}
    return document if all(t.i in times for t in between) else None


def _subject_of(verb: Token) -> Token | None:
    """The speaker of a cue: its subject, or the subject of the clause it hangs from."""
    own = quoted_as_saying(verb) or own_subject(verb)
    if own is not None:
        return own
    # Up through participles and coordinations: "confirmed …, saying …", "… and stated:".
    # A coordination the parser hung on the wrong verb is mended by preferring a cue above.
    if verb.tag_ == "VBG" and verb.i > 0:
        shown = verb.doc[verb.i - 1]
        of = shown.head if shown.dep_ == "pobj" else verb if shown.head == verb else None
        if (
            of is not None
            and shown.pos_ in ("PROPN", "PRON")
            and (of.lower_ == "of" or of.dep_ == "pobj" and of.head.lower_ == "of")
        ):
            return shown  # "footage of Hillary Clinton asking, “…”"
        heard = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i == verb.i - 1), None)
        if heard is not None and cue_lemma(verb.head.text) in WITNESSING_LEMMAS and heard.pos_ != "NUM":
            return heard  # "recalled his father telling him, “…”": the father speaks
    if verb.tag_ == "VBG" and _after_comma(verb) and is_cue(verb):
        # "Sanders said the process could be “messy,” adding, “…”": a speaking participle
        # goes on for the speaker of the cue above, whatever clause the parser hung it on.
        for head in ancestors(verb)[1:]:
            subj = own_subject(head) if is_cue(head) and head.i < verb.i else None
            if subj is not None and not is_vague(subj):
                return subj
        before = _clause_subject_before(verb)
        if before is not None:
            return before
    document = _received_document_saying(verb)
    if document is not None:
        return document
    outer = cue_above_the_reported_words(verb)
    if outer is not None and verb.tag_ == outer.tag_ == "VBD" and verb.head.tag_ != "VBD":
        # "Pitt said the investigation is continuing and asked witnesses to come forward":
        # the parser joined the second cue to the words reported; its tense goes with the cue
        return _subject_of(outer)
    contact = contact_relative_subject(verb)
    if contact is not None:
        return contact
    main = _main_clause_of_participle(verb)
    if main is not None:
        found = _subject_of(main)
        if found is not None:
            return found
    cur = verb
    fallback = None
    for _ in range(5):
        if cur.dep_ in ("relcl", "acl") and cur.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return issuer_of(cur.head) or _addresser(cur) or cur.head
        controller = _object_in_control(cur)
        if controller is not None:
            return controller
        if (
            cur.dep_ not in ("advcl", "xcomp", "conj", "pcomp", "acl", "dep", "ccomp", "prep", "pobj")
            or cur.head == cur
        ):
            break
        cur = cur.head
        if cur.pos_ == "ADP" and cur.head != cur:
            cur = cur.head
        # (the clause's subject, also a passive one: "After saying …, she was whisked off")
        subj = own_subject(cur) or next((c for c in cur.children if c.dep_ == "nsubjpass"), None)
        if subj is None or aside_between(subj, verb):
            continue
        if is_cue(cur) or verb.dep_ != "conj":
            return subj
        fallback = fallback or subj
    return fallback or reduced_relative_subject(verb) or series_subject(verb) or _adjacent_subject(verb)


# (the pipeline runs without the lemmatizer: the verbs' forms)
CONTROL_FORMS = frozenset(form for verb in OBJECT_CONTROL_VERBS for form in word_forms(verb))


def _object_in_control(verb: Token) -> Token | None:
    """The object of the verb an infinitive hangs on, who does what it says: "That prompted
    Rubio to make a joke and call Trump “very flexible”" is Rubio's, not That's."""
    if verb.dep_ != "xcomp" or verb.head.lower_ not in CONTROL_FORMS:
        return None
    obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    return obj if obj is not None and obj.pos_ in ("PROPN", "NOUN", "PRON") and obj.lower_ != "it" else None


def _clause_subject_before(participle: Token) -> Token | None:
    """The subject of the finite clause a ", telling the crowd, “…”" participle goes on from,
    when the parser hung the participle on the quotation: "Clinton seemed ready to riff on the
    incident, telling the crowd, “…”" is Clinton's. Only the main clause's verb (not "an
    architect who said …") and a named subject (or he/she) count."""
    for tok in reversed(participle.doc[participle.sent.start : participle.i]):
        if tok.is_punct and tok.text in (".", ";", "“", '"', "”"):
            return None
        main_clause = tok.dep_ == "ROOT" or tok.dep_ == "conj" and tok.head.dep_ == "ROOT"
        # (a perfect tense too: "Clinton has taken a swipe at Trump, saying …")
        perfect = tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in PERFECT_AUX for c in tok.children)
        if (tok.tag_ in FINITE_TAGS or perfect) and main_clause:
            subj = own_subject(tok)
            if subj is not None and subj.i < tok.i and is_named(subj) and not is_vague(subj):
                return subj
    return None


def _addresser(participle: Token) -> Token | None:
    """Who speaks through a participle hung on the people addressed: "The senator emailed
    supporters saying: “…”", "blasted out an email to supporters stating, “…”" are the
    senator's and the campaign's words, not the supporters'."""
    audience = participle.head
    if participle.tag_ != "VBG":
        return None
    if audience.dep_ == "pobj" and audience.head.lower_ == "to":
        holder = audience.head.head
        if holder.lower_ in ISSUED_NOUNS:
            return issuer_of(holder)
        verb = holder  # "blasted out an email to supporters"
    elif audience.dep_ in ("dobj", "dative"):
        verb = audience.head
    else:
        return None
    sends = verb.lower_ not in RECEIVING_VERBS and any(
        c.dep_ == "dobj" and c.lower_ in ISSUED_NOUNS for c in verb.children
    )
    if verb.pos_ != "VERB" or not (sends or verb.lower_ in AUDIENCE_VERBS):
        return None
    subj = own_subject(verb)
    return subj if subj is not None and is_source(subj) else None


def aside_between(subj: Token, verb: Token) -> bool:
    """Whether ``subj`` stands in a dashed aside that closes before ``verb``: "protesters
    looped the streets - where the Panthers played - while chanting, “…”"."""
    doc = subj.doc
    # (a dash set off by spaces, not the hyphen of "pro-growth")
    dashes = [
        t
        for t in doc[subj.i : verb.i]
        if t.text in DASHES and t.i > 0 and doc[t.i - 1].whitespace_ and t.whitespace_
    ]
    return len(dashes) % 2 == 1


def _after_comma(verb: Token) -> bool:
    """ ", saying …", also after a closing mark: "“messy,” adding …"."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].text in ("”", '"', "’", "'"):
        i -= 1
    return i >= 0 and (doc[i].text == "," or doc[i].text.endswith(","))


def _main_clause_of_participle(verb: Token) -> Token | None:
    """The clause a ", saying …" participle belongs to when the parser hung it on a relative
    clause in between: "… defend not paying an architect who said he was stiffed, saying, “…”"
    is said by the one defending."""
    rel = verb.head
    if verb.tag_ != "VBG" or not _after_comma(verb) or rel.dep_ != "relcl":
        return None
    subj = own_subject(rel)
    if subj is None or subj.lower_ not in RELATIVE_PRONOUNS:
        return None  # "…, when protesters interrupted her, shouting “…”" is the protesters'
    governor = rel.head.head
    if governor.pos_ == "ADP":
        governor = governor.head
    return governor if governor.pos_ in ("VERB", "AUX") and governor != rel.head else None


def _adjacent_subject(verb: Token) -> Token | None:
    """A name right next to the cue when the parse lost the link: "…administration” Peskov noted."""
    doc = verb.doc
    people = article_people(doc)
    for j in (verb.i - 1, verb.i + 1):
        k = j
        # (not a name the tagger took for an adverb: "Tully said he …")
        while 0 <= k < len(doc) and doc[k].pos_ == "ADV" and not (k < verb.i and doc[k].text in people):
            k += -1 if j < verb.i else 1
        if k == verb.i - 1 and k > 0 and doc[k].text == "," and doc[k - 1].pos_ == "PROPN":
            # "her senior policy adviser, Jake Sullivan, said:" parsed as an apposition of
            # something before it
            k -= 1
        elif k == verb.i - 1 and k > 0 and doc[k].text == "," and doc[k - 1].dep_ == "appos":
            # "Standing in line …, Sam Oduya, 34, said": the name the age or role is set after
            named = doc[k - 1].head
            if named.pos_ == "PROPN" and named.i < doc[k - 1].left_edge.i:
                k = named.i
        if 0 <= k < len(doc):
            t = doc[k]
            while k > verb.i and t.dep_ == "compound" and t.head.i > t.i and t.head.pos_ == "PROPN":
                t = t.head  # the name, not its first word: "…, recalled Mr. [Rhodes]."
            if (
                (t.pos_ in ("PROPN", "PRON") or k < verb.i and t.text in people and not any(t.children))
                and t.lower_ not in ("it", "this", "that")
                and not t.is_punct
                and t.dep_ != "poss"
                and not is_time_word(t)  # "said Wednesday, “…”"
                # "… and said she was “unfit”": the subject of what was said
                and not (k > verb.i and t.dep_ in SUBJECT_DEPS and t.head != verb)
            ):
                return t
            if k == verb.i - 1 and t.pos_ == "NOUN" and t.dep_ == "conj" and is_source(t):
                # "…, House Speaker Paul Ryan’s office announced Friday that …", the office
                # parsed as one more of the things named before it
                return t
    return None


def _number_of_the_name(token: Token, ent: Span) -> bool:
    """A number that ends an organisation's name the recogniser left out: "CUPE Local [932]"."""
    return token.like_num and token.dep_ == "nummod" and ent.start <= token.head.i < ent.end


def speaker_token_for_cue(cue: Token) -> Token | None:
    if cue.lower_ == "according":
        for child in cue.children:
            if child.lower_ == "to":
                for gc in child.children:
                    if gc.dep_ == "pobj":
                        return gc
        nxt = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
        if nxt is not None and nxt.lower_ == "to":
            for gc in nxt.children:
                if gc.dep_ == "pobj":
                    return gc
        return None
    if cue.pos_ in ("NOUN", "PROPN") and cue.lower_ in SPEECH_NOUNS:
        poss = next((c for c in cue.children if c.dep_ == "poss"), None)
        if poss is not None and poss.lower_ in ("its", "their"):
            # "The piece used one of her quotes as its headline:" — "its" is the piece
            holder = cue.head.head if cue.head.pos_ == "ADP" else cue.head
            owner = own_subject(holder) if holder.pos_ in ("VERB", "AUX") else None
            if owner is not None and not is_vague(owner):
                return owner
        if poss is not None:
            return poss
        for child in cue.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "by", "from"):
                for gc in child.children:
                    if gc.dep_ == "pobj":
                        return gc
        head = cue.head
        if cue.dep_ == "pobj" and head.head != head:
            return _subject_of(head.head)
        if cue.dep_ == "dobj" and head.pos_ == "VERB":
            # "Trump issued a statement, “…”", "McConnell delivered a blunt message to Trump:"
            subj = own_subject(head)
            return subj if subj is not None and not is_vague(subj) else None
        return None
    return name_after_opening_cue(cue) or _subject_of(cue)


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


def is_cue(token: Token, *, belief: bool = False) -> bool:
    if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to":
        return True
    if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB") or opens_on_a_name(token):
        lemma = cue_lemma(token.text)
        return lemma in SPEECH_LEMMAS or (belief and lemma in BELIEF_LEMMAS) or speaks_with_particle(token)
    return token.pos_ == "NOUN" and token.lower_ in SPEECH_NOUNS


def is_vague(speaker: Token | None) -> bool:
    if speaker is None:
        return True
    antecedent = relative_antecedent(speaker)
    if antecedent is not None:
        # "who" stands for the name it follows; "a voice that said" names nobody.
        return not (speaker.lower_ == "who" or is_named(antecedent))
    return speaker.lower_ in VAGUE_SUBJECTS


def cue_text(cue: Token) -> str:
    if cue.lower_ == "according":
        return "according to"
    return cue.text
