"""The claim a headline reports ("X says …", "X: …", "…, X Says"), credited to its holder."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Token

from quote_miner.attribution.claim_choice import Claim
from quote_miner.attribution.claim_lexicon import (
    ADVERBIAL_MARKS,
    CLAUSE_ONLY_LEMMAS,
    DIRECTIVE_LEMMAS,
    EVALUATION_LINKS,
    EVALUATIVE_LEMMAS,
    REFUSAL_LEMMAS,
    WH_TAGS,
    WISH_LEMMAS,
)
from quote_miner.attribution.lexicon import (
    ENTITY_TYPES,
    FINITE_WORDS,
    HEADLINE_COLON_RE,
    HEADLINE_CUES,
    HEADLINE_LABELS,
    HEADLINE_SOURCE_TAIL_RE,
    HEADLINE_TAIL_RE,
    RELATIVE_PRONOUNS,
    STANCE_PREPS,
)
from quote_miner.attribution.mentions import Attribution, Mention, mention_for
from quote_miner.attribution.names import NameIndex, one_persons_noun
from quote_miner.attribution.syntax import FINITE_TAGS, doc_text, entities
from quote_miner.attribution.titles import TITLE_ABBREVIATIONS
from quote_miner.cues import SPEECH_LEMMAS, cue_lemma
from quote_miner.settings import CONFIDENCE as CONF


def headline_claim(doc: Doc) -> Claim | None:
    """The claim a headline reports and who holds it: "Pence: Gennifer Flowers Won’t Be at
    Debate", "De Blasio says Chelsea explosion was an ‘intentional act’", "Trump Could Address
    Clean Energy, Lindsey Graham Says"."""
    text = doc_text(doc)
    # A dek that runs on into the page's credits: "…Progress/ Newslooks/ WASHINGTON/ …"
    credits = min((k for k in (text.find("/ "), text.find(" | ")) if k > 0), default=len(text))
    end = len(text[:credits].rstrip().rstrip(".;!"))
    m = HEADLINE_COLON_RE.match(text)
    if (
        m
        and m.group(1).lower() not in HEADLINE_LABELS
        and m.group(1).split()[0].lower() not in ("the", "a", "an")
    ):
        return _headline(doc, m.start(1), m.end(1), m.end(), end, ":")
    words = [t for t in doc if not t.is_space and not t.is_punct or t.text in (",", ";", ":")]
    for k, verb in enumerate(words):
        if k == 0 or cue_lemma(verb.text) not in HEADLINE_CUES or not verb.is_alpha:
            continue
        j = k
        while j > 0 and words[j - 1].text not in (",", ";", ":"):
            j -= 1
        subject = words[j:k]
        # (a headline that asks why: "Why this Winnipeg doctor thinks …", the holder after "Why")
        asks_why = len(subject) > 1 and subject[0].tag_ == "WRB"
        if asks_why:
            subject = subject[1:]
        if not subject or not (subject[0].text[:1].isupper() or subject[0].like_num or asks_why):
            continue
        # a source's noun before a colon: "FBI report: Agents missed …"
        before_colon = k + 2 < len(words) and words[k + 1].text == ":"
        if all(t.pos_ in ("DET", "ADJ") for t in subject):
            continue  # no one: "The big reveal: Hamilton's new stadium design unveiled"
        if subject[-1].lower_ in RELATIVE_PRONOUNS:
            break  # a description: "Q&A: The economist who predicted the housing crash on …"
        if any(t.lower_ in ("not", "n't", "never") for t in subject):
            break  # what someone did not say: "Premier won't say whether province will cover …"
        if subject[-1].pos_ in ("ADP", "CCONJ", "DET", "PART") or (
            verb.text.islower() and not verb.tag_.startswith("VB") and not before_colon
        ):
            # no subject, or a noun: "He stands on counters and points …" (a lead, not "X counters")
            continue
        tail = verb.head
        if (
            verb.dep_ == "ccomp"
            and tail.i > verb.i
            and cue_lemma(tail.text) in SPEECH_LEMMAS
            and any(c.dep_ == "nsubj" and c.i > verb.i for c in tail.children)
        ):
            # reported by a source after it: "Bank of Canada expected to hold rates, economists
            # say" (not "Pence defends Trump after debate, says he 'won'", one subject's two verbs)
            break
        if any(c.dep_ == "auxpass" for c in verb.children) or _opens_a_quotation(subject[0]):
            # the one told, or words quoted: "'We were never told': Parents angry …"
            continue
        if subject[-1].tag_ == "POS" or verb.ent_iob_ == "I" and not verb.tag_.startswith("VB"):
            # a noun, not a verb: "Clinton’s Plan for Taxes …", "Washington Post Hit Piece …"
            # (a name found in a title-case headline may take in a verb: "Christie Calls Clinton")
            continue
        if k + 1 < len(words):
            after = words[k + 2 if before_colon else k + 1].idx
            # (what a dek of two sentences states ends with the verb's: not "Chris Anderson spoke
            # first. His partner … followed")
            stop = min(end, len(text[: verb.sent.end_char].rstrip().rstrip(".;!")))
            second = _second_cue_of_the_subject(words[k + 1 :])
            if second is not None:
                comma = words[k + second].idx
                if _states_clause(doc, after, comma, verb):
                    # "Clinton Says Russians Hacked DNC, Calls …": the first verb's, to the comma
                    stop = comma
                else:
                    # "Pence defends Trump after debate, says he 'won'": what the second verb says
                    verb = words[k + 1 + second]
                    after = words[k + 2 + second].idx if k + 2 + second < len(words) else end
            if _states_clause(doc, after, stop, verb):
                return _headline(
                    doc, subject[0].idx, subject[-1].idx + len(subject[-1]), after, stop, verb.text
                )
        break
    m = HEADLINE_TAIL_RE.search(text)
    if m and len(text[: m.start()].split()) >= 2:
        return _headline(doc, m.start(1), m.end(1), 0, m.start(), m.group(2))
    m = HEADLINE_SOURCE_TAIL_RE.search(text)
    if (
        m
        and len(text[: m.start()].split()) >= 4
        and any(t.tag_ in FINITE_TAGS for t in doc if t.idx < m.start())
    ):
        # (a statement before it, with a verb of its own: not "Budget 2026: Ottawa")
        return _headline(doc, m.start(1), m.end(1), 0, m.start(), ":")
    return None


def sentence_cased(headline: str, body: str) -> str | None:
    """A headline in title case written as a sentence, for the parser, which takes "Says",
    "Pose" and "Will" in "Glenn Beck Says Trump, Alt Right Pose A Threat" for names: a word
    keeps its capital where the body always writes it with one (a name), or is in capitals
    (an acronym). The same length, so offsets hold. None when nothing changes."""
    words = set(re.findall(r"[\w’'.&-]+", body))
    named = {w for w in words if w[:1].isupper() and w[:1].lower() + w[1:] not in words}

    def case(m: re.Match) -> str:
        word = m.group(0)
        bare = re.sub(r"['’]s$", "", word)
        if m.start() == 0 or word.isupper() and len(word) > 1 or word in named or bare in named:
            return word
        low = word[:1].lower() + word[1:]
        return low if len(low) == len(word) else word

    cased = re.sub(r"(?<![\w’'])[A-Z][\w’'.&-]*", case, headline)
    return cased if cased != headline else None


def sentence_cased_claim(doc: Doc) -> Claim | None:
    """The claim of a title-case headline read in sentence case (``doc`` parses what
    ``sentence_cased`` made of it). The tagger's guesses at title case no longer guard it,
    so the parse must: the holder is no verb and the cue governs a clause ("Clinton
    says Russians hacked DNC"), not a noun ("Trump said the 11 words everyone was thinking",
    "Carson defends himself against claims he exaggerated")."""
    claim = headline_claim(doc)
    if claim is None or claim.attribution.cue == ":" or claim.attribution.mention.start > claim.start:
        return claim  # "Pence: …", "…, Lindsey Graham Says": the words, not the parse, show it
    holder = next((t for t in doc if t.idx >= claim.attribution.cue_pos), None)
    if holder is None or holder.pos_ in ("VERB", "AUX"):
        return None  # "Don't Let The Media And Marco Rubio Tell You …": no one's claim
    cue = next(
        (t for t in doc if t.idx >= claim.attribution.mention.end and t.text == claim.attribution.cue), None
    )
    if cue is None or cue.tag_ == "VBN":
        return None  # the one named: "Terror Suspect Named By Police"
    if any(t.tag_ in WH_TAGS for t in doc[cue.i + 1 : cue.i + 3]):
        return None  # a question: "Survivors Explain Why Clinton …", "Announced Who He …"
    # (a clause, an infinitive "vows to …", or an evaluation "calls X a disgrace")
    if cue_lemma(cue.text) in EVALUATIVE_LEMMAS or any(
        c.dep_ in ("ccomp", "xcomp", "oprd", "advcl") and c.idx >= claim.start for c in cue.children
    ):
        return claim
    # (the clause hung on the one told: "tells conservatives they need to change course")
    told = [c for c in cue.children if c.dep_ == "dobj"]
    if any(
        r.dep_ == "relcl" and any(k.dep_ == "nsubj" and k.tag_ == "PRP" for k in r.children)
        for c in told
        for r in c.children
    ):
        return claim
    return None


def _second_cue_of_the_subject(rest: list[Token]) -> int | None:
    """Where a second verb of the headline's subject, after a comma, says something: "…, says
    he 'won'" (its index in ``rest``)."""
    for n, t in enumerate(rest[1:], start=1):
        if rest[n - 1].text == "," and cue_lemma(t.text) in HEADLINE_CUES and t.tag_ in ("VBZ", "VBP", "VBD"):
            return n
    return None


def _opens_a_quotation(first: Token) -> bool:
    return first.i > 0 and first.doc[first.i - 1].is_quote and not first.doc[first.i - 1].whitespace_


def _states_clause(doc: Doc, start: int, end: int, cue: Token) -> bool:
    """Whether what follows a headline's verb is a proposition: a clause ("Kremlin says it
    remains open …"), or a speech act's infinitive ("EU urges members to …"). Not a noun object
    ("Vance Cites “Important Developments”"), an agreement or a wish ("Zelensky agrees to …")."""
    lemma = cue_lemma(cue.text)
    if lemma in REFUSAL_LEMMAS or lemma in WISH_LEMMAS:
        return False
    words = [t for t in doc if start <= t.idx < end and not t.is_punct and not t.is_space]
    if words and words[0].lower_ in STANCE_PREPS - {"on"}:
        return False  # a noun object: "Canadian Tire warns of weaker season …" (not "calls on X to …")
    if words and words[0].lower_ in ("whether", "if"):
        return False  # a question: "Minister asks whether …"
    if words and words[0].lower_ in ADVERBIAL_MARKS:
        return False  # when, not what: "Charlottetown man charged after crash that killed cyclist"
    if lemma in EVALUATIVE_LEMMAS:
        # "Christie Calls Clinton A Disgrace", "describes the plan as …" (not "Residents
        # describe gas explosion": what was described, no evaluation of it)
        link = EVALUATION_LINKS.get(lemma)
        if link is None and _one_noun_phrase(words):
            return False  # what is called, not what it is called: "Premier calls snap election"
        return len(words) >= 2 and (link is None or any(t.lower_ == link for t in words[1:]))
    # (not a relative clause on a noun object, nor what is said inside it: "Crown seeks 10-year
    # sentence for driver who killed cyclist", "Holt endorses Marsh, who says he is grateful")
    relative = {
        x.i
        for t in words
        if t.dep_ == "relcl" and t.doc[t.i - 1].lower_ in ("who", "which")
        for x in t.subtree
    }
    finite = next(
        (t for t in words[1:] if (t.tag_ in FINITE_TAGS or t.lower_ in FINITE_WORDS) and t.i not in relative),
        None,
    )
    if (
        finite is not None
        and finite.i - 1 > words[0].i
        and finite.doc[finite.i - 1].tag_ == "PRP"
        and finite.doc[finite.i - 2].pos_ in ("NOUN", "PROPN")
        and cue_lemma(finite.text) in SPEECH_LEMMAS
    ):
        return False  # the object's maker's own saying: "unveils AI model it says can design …"
    if finite is not None and finite in cue.ancestors and "," in doc_text(doc)[cue.idx : finite.idx]:
        return False  # a clause of its own after the object: "Teachers reject offer, strike looms"
    if finite is not None:
        # (a clause of time or manner after a noun object is none: "Premier defends pipeline
        # stance as First Nations leaders push back")
        clause = finite if finite.tag_ != "MD" else finite.head
        return not any(c.dep_ == "mark" and c.lower_ in ADVERBIAL_MARKS for c in clause.children)
    if words and (words[0].tag_ in FINITE_TAGS or words[0].lower_ in FINITE_WORDS):
        return False  # the verb itself: "Russia, US look to …" read as "US look"
    if lemma in CLAUSE_ONLY_LEMMAS and _passive_without_its_be(words):
        return True  # headline style: "Police say man charged after downtown stabbing"
    return lemma in DIRECTIVE_LEMMAS and any(
        t.lower_ == "to" and n + 1 < len(words) and words[n + 1].tag_ == "VB" for n, t in enumerate(words)
    )


def _passive_without_its_be(words: list[Token]) -> bool:
    """Whether ``words`` open on a noun and the past participle said of it: "man charged after
    …", "bridge closed until spring"."""
    participle = next((t for t in words[1:4] if t.tag_ == "VBN"), None)
    if participle is None or participle.dep_ not in ("acl", "ROOT", "ccomp"):
        return False
    before = [t for t in words if t.i < participle.i]
    noun = participle.head if participle.dep_ == "acl" else before[-1]
    return noun.pos_ in ("NOUN", "PROPN") and all(t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") for t in before)


def _one_noun_phrase(words: list[Token]) -> bool:
    """Whether ``words`` are one noun with the words in lower case that describe it: "snap
    election", "an emergency meeting" (not "Clinton a liar", "the plan a disaster")."""
    inside = {t.i for t in words}
    heads = [t for t in words if t.head.i not in inside or t.head == t]
    return (
        len(heads) == 1
        and heads[0].pos_ == "NOUN"
        and all(t.text.islower() for t in words)
        and all(t.pos_ in ("DET", "ADJ", "NOUN", "NUM") for t in words)
    )


def _described_by_nouns_after(doc: Doc, start: int, end: int) -> bool:
    """Whether lower-case nouns follow the name inside the subject: "Ottawa family", "Indiana
    governor", "Ottawa's new poet laureate" (not the title-case "Donald Trump Is Now …", where
    the parse is no guide)."""
    after = [t for t in doc if start <= t.idx < end and not t.is_punct]
    if after and after[0].tag_ == "POS":
        # a possessor: "Ottawa's new poet laureate says …" (adjectives may come before the noun)
        after = [t for t in after[1:] if not (t.pos_ == "ADJ" and t.text.islower())]
    return bool(after) and all(t.pos_ == "NOUN" and t.text.islower() for t in after)


def _headline(doc: Doc, s0: int, s1: int, c0: int, c1: int, cue: str) -> Claim | None:
    """A headline claim ``text[c0:c1]`` held by whoever ``text[s0:s1]`` names."""
    text = doc_text(doc)
    while c0 < c1 and text[c0].isspace():
        c0 += 1
    if c1 - c0 < 3:
        return None
    ents = [e for e in entities(doc) if e.label_ in ENTITY_TYPES and s0 <= e.start_char and e.end_char <= s1]
    if ents and _described_by_nouns_after(doc, ents[-1].end_char, s1):
        ents = []  # a name that only modifies the subject: "Ottawa family says …"
    # ("New Poll", "Black Lawmakers": a description, not a name; "U.S.", "NATO": an acronym's
    # capitals say more than a title-case headline's)
    acronym = re.fullmatch(r"[A-Z][A-Z.]+", text[s0:s1]) is not None
    mention = (
        mention_for(ents[-1].root)
        if ents
        else Mention(s0, s1, text[s0:s1], "organization" if acronym else "nominal")
    )
    return Claim(c0, c1, Attribution(mention, cue, "headline", CONF.headline, s0))


def heading_claim(
    doc: Doc,
    text: str,
    recased: Doc | None,
    body_text: str,
    index: NameIndex,
    names_a_person: Callable[[Mention], bool] = lambda mention: False,
) -> Claim | None:
    """The claim a headline, a heading or the dek (``text``, parsed as ``doc``) states, held by
    someone the body names ("De Blasio says …", "Kremlin: …"); ``recased`` is the headline parsed
    as a sentence, when it is written in title case. A headline's quoted words are the body's,
    reported there. One person by a noun ("Judge says …") holds it when ``names_a_person`` ties
    the noun to someone the article names."""
    claim, written = headline_claim(doc), None
    if recased is not None and (claim is None or claim.attribution.cue != ":"):
        # (a holder before a colon is shown by the words: "McCain Challenger Kelli Ward: …")
        claim, written = sentence_cased_claim(recased), text
    if claim is None:
        return None
    mention = claim.attribution.mention
    if not named_in_body(mention, body_text, index) and not (
        mention is not None and _one_person_by_a_noun(mention) and names_a_person(mention)
    ):
        return None  # ("Aide tells jury …" when the article never ties the aide to a name)
    return in_original_words(claim, written) if written else claim


def in_original_words(claim: Claim, headline: str) -> Claim:
    """A claim found in the headline written as a sentence, its holder as the headline names it."""
    mention = claim.attribution.mention
    mention = replace(mention, text=headline[mention.start : mention.end])
    cue = re.search(re.escape(claim.attribution.cue), headline[mention.end :], re.IGNORECASE)
    attribution = replace(
        claim.attribution, mention=mention, cue=cue.group(0) if cue else claim.attribution.cue
    )
    return replace(claim, attribution=attribution)


def _one_person_by_a_noun(mention: Mention) -> bool:
    """ "Judge", "Calgary restaurateur": a description of one person, no name."""
    last = mention.text.split()[-1].lower()
    return mention.text[1:].islower() and one_persons_noun(last) and not last.endswith("s")


def named_in_body(mention: Mention | None, body_text: str, index: NameIndex) -> bool:
    """A headline's holder is someone the article's body names ("Rubio: …"), not a column
    label ("Diplomacy Watch: …")."""
    if mention is None:
        return False
    # (a possessor as it is written anywhere: "Ottawa's new poet laureate says …")
    words = [re.sub(r"['’]s$", "", w) for w in re.findall(r"[\w.’'-]+", mention.text) if w[:1].isupper()]
    # unnamed sources the body brings in too: "…, sources say" and "three sources with knowledge"
    # (capitalised as the headline's first words: "Police say …" and "…, police said.")
    # (not one person by a noun, whom the body names: "Aide tells jury …" is Alicia Ortega's)
    low = mention.text.lower()
    one_person = one_persons_noun(low) and not low.endswith("s")
    described = mention.text.islower() or mention.text[1:].islower() and mention.start == 0 and not one_person
    if described and re.search(rf"(?<!\w){re.escape(mention.text)}(?!\w)", body_text, re.IGNORECASE):
        return True
    if not words and mention.text.islower():
        return False
    return bool(words) and (
        index.lookup(mention.text) is not None
        or re.search(rf"(?<!\w){re.escape(words[-1])}(?!\w)", body_text) is not None
        or _initials_of_a_name_in(mention.text, body_text)
        or _title_abbreviated_in(words[-1], body_text)
    )


def _title_abbreviated_in(title: str, body_text: str) -> bool:
    """A headline's title that the body writes short before a name: "Senator says …" and "Sen.
    Claire Ashford said …"."""
    return any(
        re.search(rf"(?<!\w){re.escape(short.title())}\.?\s+[A-Z]", body_text) is not None
        for short, full in TITLE_ABBREVIATIONS.items()
        if full == title.lower()
    )


def _initials_of_a_name_in(acronym: str, body_text: str) -> bool:
    """A body the headline names by its initials, written out in the body: "CMHC" for "Canada
    Mortgage and Housing Corp."."""
    if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 6):
        return False
    for m in re.finditer(r"(?:[A-Z][\w.&’'-]*(?:\s+(?:and|of|for|de|du|des)\s+|\s+)){1,8}", body_text):
        initials = "".join(w[0] for w in m.group().split() if w[:1].isupper())
        if acronym in initials:
            return True
    return False
