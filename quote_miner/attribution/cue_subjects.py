"""Who speaks through a cue: the subject of the cue verb, followed up through participles,
coordinations, relative clauses, asides and the documents that speak for someone; the source
of "according to" and of a speech noun ("his statement", "a report by …")."""

from __future__ import annotations

from spacy.tokens import Token

from quote_miner.attribution.issuers import issuer_of
from quote_miner.attribution.lexicon import (
    AUDIENCE_VERBS,
    DASHES,
    ISSUED_NOUNS,
    OBJECT_CONTROL_VERBS,
    PERFECT_AUX,
    RECEIVING_VERBS,
    RELATIVE_PRONOUNS,
    SUBJECT_DEPS,
    WITNESSING_LEMMAS,
)
from quote_miner.attribution.mentions import is_cue, is_vague
from quote_miner.attribution.names import one_persons_noun
from quote_miner.attribution.sources import is_named, is_source, is_time_word
from quote_miner.attribution.syntax import (
    FINITE_TAGS,
    TENSED_VERB_TAGS,
    ancestors,
    article_people,
    contact_relative_subject,
    name_after_opening_cue,
    own_subject,
    quoted_as_saying,
    reduced_relative_subject,
    series_subject,
)
from quote_miner.cues import SPEECH_NOUNS, cue_lemma, word_forms


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
    if own is not None and own.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        # what was put out speaks for whoever put it out: "Protesters carried a banner that
        # read “…”" is the protesters'
        return issuer_of(verb.head) or own
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
    if verb.tag_ == "VBG" and verb.dep_ == "ROOT" and verb.is_sent_start and verb.i > 0 and is_cue(verb):
        # "Maher stated of the scandal that …. Adding, “…”": a sentence that opens on a
        # speaking participle goes on for the speaker of the sentence before
        before = verb.doc[verb.i - 1].sent.root
        subj = own_subject(before) if is_cue(before) else None
        if subj is not None and is_named(subj) and not is_vague(subj):
            return subj
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
    before_aside = _subject_before_a_participle_aside(verb)
    if before_aside is not None:
        return before_aside
    cur = verb
    fallback = None
    for _ in range(5):
        if cur.dep_ in ("relcl", "acl") and cur.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return issuer_of(cur.head) or _addresser(cur) or cur.head
        controller = _object_in_control(cur)
        if controller is not None:
            return controller
        # (and through "aside from", "apart from", "back to": "refuses to discuss …, aside from
        # saying …", "Trump was back to implying that …")
        aside = cur.dep_ == "advmod" and cur.lower_ in ("aside", "apart", "back")
        if (
            cur.dep_ not in ("advcl", "xcomp", "conj", "pcomp", "acl", "dep", "ccomp", "prep", "pobj")
            and not aside
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
            return _source_before_a_speaking_participle(verb, subj)
        fallback = fallback or subj
    return fallback or reduced_relative_subject(verb) or series_subject(verb) or _adjacent_subject(verb)


# (the pipeline runs without the lemmatizer: the verbs' forms)
CONTROL_FORMS = frozenset(form for verb in OBJECT_CONTROL_VERBS for form in word_forms(verb))


def _subject_before_a_participle_aside(verb: Token) -> Token | None:
    """The subject before a participle phrase set off by commas, when the parser hung the
    finite cue after it on the participle's object: in "Biden, echoing Macron, called on Turkey
    not to …" Biden calls, not Macron."""
    if verb.tag_ not in TENSED_VERB_TAGS or verb.dep_ not in ("acl", "relcl"):
        return None
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    participle = verb.head
    for _ in range(3):
        if participle.tag_ == "VBG" or participle.head == participle:
            break
        participle = participle.head
    holder = participle.head
    if (
        participle.tag_ != "VBG"
        or participle.dep_ not in ("acl", "advcl")
        or participle.i == 0
        or participle.doc[participle.i - 1].text != ","
        or holder.i >= participle.i
        or holder.pos_ not in ("PROPN", "NOUN", "PRON")
    ):
        return None
    return holder


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


def _source_before_a_speaking_participle(participle: Token, subject: Token) -> Token:
    """Who a ", shouting “…”" participle speaks for when its clause's subject cannot speak: the
    subject of the nearest clause before it that can ("The first incident came during a speech,
    when Sanders protesters interrupted her, shouting “…”" is the protesters'; "He sent out an email
    as the meeting began vowing to “…”" is his)."""
    if participle.tag_ != "VBG" or is_source(subject, speech=True):
        return subject
    for tok in reversed(participle.doc[participle.sent.start : participle.i]):
        if tok.tag_ in FINITE_TAGS:
            own = own_subject(tok)
            if own is not None and own.i < tok.i and is_source(own, speech=True) and not is_vague(own):
                return own
    return subject


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
                holder = t.head.head if t.dep_ == "pobj" and t.head.lower_ in ("for", "to") else None
                if (
                    k < verb.i
                    and holder is not None
                    and holder.pos_ == "NOUN"
                    and one_persons_noun(holder.lower_)
                ):
                    # the one who speaks for the name ("…, a spokeswoman for Collette said."), or
                    # the one so described: "Brendan Buck, a spokesman for Ryan, told POLITICO"
                    named = holder.head if holder.dep_ == "appos" and holder.head.pos_ == "PROPN" else None
                    return named if named is not None and named.i < holder.i else holder
                return t
            if k == verb.i - 1 and t.pos_ == "NOUN" and t.dep_ == "conj" and is_source(t):
                # "…, House Speaker Paul Ryan’s office announced Friday that …", the office
                # parsed as one more of the things named before it
                return t
    return None


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
    if (cue.pos_ in ("NOUN", "PROPN") or not cue.tag_.startswith("VB")) and cue.lower_ in SPEECH_NOUNS:
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
