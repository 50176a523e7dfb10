"""Claims (kind ``indirect``): the proposition a speech or belief verb, a stance noun or
"according to" attributes, with its holder."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quote_miner.attribution.according import according_claims
from quote_miner.attribution.asides import dash_aside_of_its_own, named_before, narrated_after, set_off
from quote_miner.attribution.assertions import asserts, said_after_the_silence, says_nothing
from quote_miner.attribution.claim_choice import Claim, one_claim_per_stretch
from quote_miner.attribution.claim_ends import (
    before_its_own_cue,
    before_the_writers_summing_up,
    clause_after_a_colon,
    inside_a_quotation,
    other_cue,
)
from quote_miner.attribution.claim_lexicon import (
    ASKING_LEMMAS,
    DIRECTIVE_LEMMAS,
    INFERENCE_LEMMAS,
    NAMED_IN_PRINT,
    NOT_AFTER_THAT_SUBJECT,
    QUESTIONING_LEMMAS,
    SAYING_LEMMAS,
    WH_TAGS,
)
from quote_miner.attribution.clauses import (
    DANGLING_TAGS,
    about_the_saying,
    acts_on_an_object,
    addressees,
    audience_before,
    called_on,
    clause_above,
    clause_before_final_cue,
    content_start,
    ease_of_doing,
    frames_a_quotation,
    goes_on_after,
    joined_without_comma,
    others_words,
    read_as_noun_subject,
    run_on,
    subordinate,
    that_read_as_a_determiner,
    up_to_a_gap,
    verb_read_as_noun,
    without_day_of_the_cue,
)
from quote_miner.attribution.cue_subjects import (
    cue_above_the_reported_words,
    received_document,
    speaker_token_for_cue,
)
from quote_miner.attribution.evaluations import evaluation, finding_shown
from quote_miner.attribution.groups import group_mention
from quote_miner.attribution.lexicon import DASHES, STANCE_ADJECTIVES
from quote_miner.attribution.mentions import (
    Attribution,
    cue_text,
    is_cue,
    mention_for,
    noun_read_as_verb,
    speaks_with_particle,
)
from quote_miner.attribution.misread_clauses import (
    clause_read_as_object,
    gerund_before,
    gerund_subject_clause,
    misattached_clause,
    no_content_of_the_cue,
    object_after_that,
    participle_after_the_cue,
)
from quote_miner.attribution.quoted_claims import leads_into_quote, quote_bounds
from quote_miner.attribution.sources import is_source
from quote_miner.attribution.stances import stance
from quote_miner.attribution.syntax import (
    FINITE_TAGS,
    TENSED_VERB_TAGS,
    doc_text,
    has_child,
    in_ranges,
    own_subject,
    quoted_as_saying,
    sentence_span,
    sentences,
    span_of,
)
from quote_miner.cues import (
    BELIEF_LEMMAS,
    CLAUSE_STANCE_NOUNS,
    JUDGEMENT_LEMMAS,
    OBJECT_LEMMAS,
    SPEECH_LEMMAS,
    cue_lemma,
)
from quote_miner.settings import CONFIDENCE as CONF

# --- indirect claims --------------------------------------------------------------------


def find_claims(doc: Doc, quote_ranges: list[tuple[int, int]]) -> list[Claim]:
    """Reported speech and stated positions without quotation marks (../shared/gold/CLAIMS.md).

    The content is a proposition: a clause after a speech or belief verb ("said that …",
    "…, sources said"), "according to X, …", the infinitive of a speech act ("urged X to …"),
    an evaluation ("called X Y", "accused X of Y"), a stance noun with a clause. Never what was
    refused, denied by a negated verb, hoped, or said by no identifiable source; never a bare
    noun object. One record per claim: claims never overlap.
    """
    claims: list[Claim] = []
    sents = sentences(doc)
    for si, sent in enumerate(sents):
        for tok in sent:
            if in_ranges(tok.idx, quote_ranges):
                continue
            if tok.lower_ in ("according", "per") and (tok.lower_ == "per" or is_cue(tok)):
                claims.extend(according_claims(tok, sent, quote_ranges))
                continue
            misread = verb_read_as_noun(tok)
            if tok.pos_ == "NOUN" and tok.lower_ in CLAUSE_STANCE_NOUNS and not misread:
                claim = _noun_claim(tok, quote_ranges)
                if claim:
                    claims.append(claim)
                continue
            if tok.pos_ not in ("VERB", "AUX") and not tok.tag_.startswith("VB") and not misread:
                continue
            if not misread and noun_read_as_verb(tok):
                continue
            lemma = cue_lemma(tok.text)
            speech = lemma in SPEECH_LEMMAS or speaks_with_particle(tok)
            found = _verb_claim(tok, lemma, speech, sent, sents[si + 1 :], quote_ranges)
            if found is None:
                continue  # (most verbs report nothing: asked first, the costlier checks after)
            if not asserts(tok, lemma) or tok.tag_ != "VBG" and quoted_as_saying(tok) is not None:
                continue  # ("quoted a witness as saying P": P is the witness's, found at "saying")
            (s, e), conf = found
            e = before_the_writers_summing_up(doc, s, e)
            e = before_its_own_cue(doc, s, e, tok)
            bounds = quote_bounds(doc, s, e, quote_ranges, target=conf in TARGET_CONFIDENCES)
            if bounds is None:
                continue
            s, e = bounds
            speaker = (
                read_as_noun_subject(tok) if misread else named_before(tok, sent, speaker_token_for_cue(tok))
            )
            # ("it" holds a claim it says, not one it signals: "It also signals that …" is the
            # agreement's meaning, CLAIMS.md's inanimate holder)
            speaks = speech and lemma not in INFERENCE_LEMMAS
            saying = lemma in SAYING_LEMMAS and speaker is not None and speaker.head == tok
            # (a letter someone received speaks for itself, as it orders: "Bianchi received a
            # letter saying the patio violated new rules" is not Bianchi's claim)
            sourced = speaker is not None and (
                received_document(speaker) or is_source(speaker, speech=speaks, saying=saying)
            )
            if not sourced and speaks:
                speaker = _speaker_of_the_clause_above(tok, sent)
                saying = False
                sourced = speaker is not None and is_source(speaker, speech=speaks, saying=saying)
            if speaker is None or not sourced:
                continue
            if in_ranges(speaker.idx, quote_ranges):
                continue  # ("“Every study we have says …,” said Coun. Wilson, who …": a parse
                # that made the quotation's words the subject of its frame)
            if participle_after_the_cue(doc, tok, s):
                continue  # "Sanders said, suggesting a few questions, including …": what he did next
            if s <= speaker.idx < e and conf < CONF.claim_clause:
                continue
            if says_nothing(doc, s, e, speaker):
                # (unless it goes on to say something: "… could not comment, but that P")
                s = said_after_the_silence(doc, s, e)
                if s is None or says_nothing(doc, s, e, speaker):
                    continue
            if conf in CLAUSE_CONFIDENCES and leads_into_quote(doc, s, e, tok, quote_ranges):
                continue  # "In past campaigns, “we felt …,” he said": the quotation is what was said
            mention = group_mention(speaker) or mention_for(speaker)
            claims.append(Claim(s, e, Attribution(mention, cue_text(tok), "claim", conf, tok.idx)))
    return one_claim_per_stretch(claims, doc_text(doc))


# Confidences of the claims whose content is a clause (not an evaluation, an infinitive or a
# stance noun's complement): such content has a verb of its own.
CLAUSE_CONFIDENCES = frozenset({CONF.claim_speech_quoted, CONF.claim_quoted, CONF.claim_clause})
# ... and of those that evaluate a target: "called the plan reckless".
TARGET_CONFIDENCES = frozenset({CONF.claim_object, CONF.claim_listed_object})


def _speaker_of_the_clause_above(cue: Token, sent: Span) -> Token | None:
    """Who goes on speaking when the parser joined a second cue to the reported clause: in
    "Akee said the territory welcomed the funding but warned that costs are high" the territory
    is no one who warns; the one who said the first part did."""
    outer = cue_above_the_reported_words(cue)
    if outer is None or own_subject(cue) is not None or not {cue.tag_, cue.head.tag_} <= TENSED_VERB_TAGS:
        return None  # ("… acknowledging … and promising to …": participles of someone else's)
    lemma = cue_lemma(outer.text)
    if lemma not in SPEECH_LEMMAS or not asserts(outer, lemma):
        return None
    return named_before(outer, sent, speaker_token_for_cue(outer))


def _noun_claim(noun: Token, quote_ranges) -> Claim | None:
    """A position carried by a noun: "her plan to raise taxes", "Sanders voiced concerns that …"."""
    found = stance(noun)
    if found is None:
        return None
    span = span_of(list(found.clause.subtree))
    if span is None or in_ranges(span[0], quote_ranges) or in_ranges(span[1] - 1, quote_ranges):
        return None
    cue = found.denied_by or noun  # (a denial is the verb's: "rejected the notion that …")
    return Claim(
        span[0],
        span[1],
        Attribution(mention_for(found.holder), cue.text, "claim", CONF.stance_noun, cue.idx),
    )


# Words that make a reported clause a question ("asked whether …", "wondered if …").
QUESTION_MARKS = frozenset({"whether", "if"})


def _verb_claim(
    tok: Token, lemma: str, speech: bool, sent: Span, following: list[Span], quote_ranges
) -> tuple[tuple[int, int], float] | None:
    belief = lemma in BELIEF_LEMMAS
    if lemma in ASKING_LEMMAS and not any(
        c.dep_ == "ccomp" and has_child(c, "mark", "that") for c in tok.children
    ):
        # a question asserts nothing ("Asked what he would like, …", "…, she asked."); a request
        # does: "asked lawmakers to pass the budget", "asking that the proceeds go to charity"
        speech = belief = False
    if (
        (speech or belief)
        and any(c.dep_ == "xcomp" and cue_lemma(c.text) in SPEECH_LEMMAS for c in tok.children)
        and not (lemma in DIRECTIVE_LEMMAS and any(c.dep_ == "dobj" for c in tok.children))
    ):
        # "continues to insist that …": the inner verb is the cue (but "advised schools to
        # insist …" is a request, whose content the infinitive is)
        return None
    if speech or belief:
        clauses = [c for c in tok.children if c.dep_ == "ccomp"] or [
            # "said after the vote the council had erred", parsed as an adverbial clause
            c
            for c in tok.children
            if c.dep_ == "advcl"
            and not any(k.dep_ == "mark" for k in c.children)
            and content_start(tok, c) is not None
        ]
        gerund = None if clauses else gerund_subject_clause(tok)
        if gerund is not None:
            clauses = [gerund]
        # "…fireworks on Friday: Republicans said they're convinced …" — the clause after it.
        clause = next((c for c in clauses if c.i > tok.i), clauses[0] if clauses else None)
        if clause is not None and no_content_of_the_cue(tok, clause):
            clause = None
        if clause is not None and clause.i < tok.i and any(k.dep_ == "mark" for k in tok.children):
            clause = None  # "…, that he wants to …": the cue is itself a subordinate clause
        if (
            clause is not None
            and clause.i < tok.i
            and dash_aside_of_its_own(tok, sent, opening=tok.doc[clause.right_edge.i + 1 : tok.i])
        ):
            clause = None  # "an ambitious — some say unrealistic — goal": an aside of its own
        separator = (
            next((t for t in sent if t.text in (";", ":") and clause.i < t.i < tok.i), None)
            if clause is not None and clause.i < tok.i
            else None
        )
        if separator is not None and not inside_a_quotation(separator):
            # "Organizers estimated the crowd at 1,500; police put it at 800", "… never tire of
            # telling the story: In 2009, the two learned of a meeting …": a clause of its own
            # (only the clause after a colon, if any, is said: "The message was clear: the city
            # will not pay, the mayor said")
            after = clause_after_a_colon(tok, sent)
            if after is not None:
                return after, CONF.claim_clause
            clause = None
        if clause is not None and clause.i < tok.i and frames_a_quotation(clause):
            clause = None  # "“You winning?” she said, but …, Melanie said yes": another's frame
        if clause is not None and clause.i < tok.i and acts_on_an_object(tok):
            clause = None  # "We have been here before: bin Laden declared war on …"
        if (
            clause is not None
            and clause.i < tok.i
            and not any(t.pos_ in ("VERB", "AUX") for t in clause.subtree)
            and any(c.dep_ == "dobj" for c in tok.children)
        ):
            # "Her co-anchor for the past decade, X, called her …": a noun, and the verb has an
            # object of its own (not "Very, very pro-Israel, nobody is more …, he said")
            clause = None
        if clause is None:
            clause = misattached_clause(tok)
        if clause is not None and (
            any(k.dep_ == "mark" and k.lower_ in QUESTION_MARKS for k in clause.children)
            # (hung on a clause inside it; not "Whether … will be part of the postmortem, X said")
            or clause.i > tok.i
            and clause.doc[clause.left_edge.i].lower_ == "whether"
        ):
            return None  # "asked whether she would reconsider": a question asserts nothing
        opens = clause.doc[clause.left_edge.i] if clause is not None else None
        if opens is not None and (
            lemma in QUESTIONING_LEMMAS and opens.tag_ in WH_TAGS or others_words(clause, tok)
        ):
            return None  # "Residents have questioned why the order came so late"; see others_words
        if clause is not None and ease_of_doing(clause):
            return None
        if clause is not None and about_the_saying(clause):
            clause = None
        if clause is not None and clause.lower_ in NAMED_IN_PRINT and has_child(clause, "nsubjpass", "name"):
            return None  # how a source asked to be named in print: "asked that her name not be used"
        if clause is None:
            found = clause_above(tok, sent)
            if found is not None:
                return found, CONF.claim_clause
        if (
            clause is None
            and (lemma == "say" or object_after_that(tok))
            and (told := clause_read_as_object(tok)) is not None
        ):
            span = span_of(told)
            if span:
                return span, CONF.claim_clause
        if clause is not None and clause.i < tok.i and goes_on_after(tok, sent):
            # "The middle fifth paid 8.9 percent, the agency said, and the bottom fifth …"
            span = sentence_span(sent)
            if span:
                return span, CONF.claim_clause
        if clause is not None and len(list(clause.subtree)) >= 3:
            words = up_to_a_gap(list(clause.subtree), clause)
            subject_after = [k for k in clause.children if k.dep_ in ("nsubj", "nsubjpass") and k.i > tok.i]
            # (also "that", which the tagger may take for a preposition: "a model [that]IN it
            # says can design antibiotics")
            relative = words[0].tag_ in ("WDT", "WP") or words[0].lower_ == "that"
            if (
                tok.dep_ == "relcl"
                and clause.i > tok.i
                and (subject_after or relative)
                and words[0].i < tok.i
            ):
                # (a relative pronoun the parser hung on a clause with a subject of its own stays
                # out: "subsidies, which it says it passes on in full", and so does one that is
                # the clause's subject, with the cue and its speaker after it: "the building,
                # which he says is the only reason the store survives")
                asked = tok.head.dep_ in ("dobj", "dative") and cue_lemma(tok.head.head.text) in ASKING_LEMMAS
                if words[0].tag_ == "WP" and asked:
                    return None  # a question put to people: "we ask 30 insiders who they think is …"
                words = [t for t in words if t.i > tok.i]
            if words[0].lower_ == "that" and (
                any(k.dep_ in ("nsubj", "nsubjpass") and k.i > words[0].i for k in clause.children)
                or len(words) > 1
                and words[1].tag_ in NOT_AFTER_THAT_SUBJECT
            ):
                # "that" read as the subject of a clause with a subject of its own is the complementiser:
                # "warned customers [that]nsubj outages could …", "told the jury [that]nsubj [paint]VBP …"
                words = words[1:]
            begins = content_start(tok, clause)
            if begins is not None:
                words = [t for t in words if t.i >= begins.left_edge.i]
            listeners_end = audience_before(tok, words)
            if listeners_end is not None:
                words = [t for t in words if t.i > listeners_end]
            subject = next(
                (
                    c
                    for c in tok.children
                    if c.i < clause.i and (c.dep_ == "dobj" or gerund_before(c, tok, clause))
                ),
                None,
            )
            if subject is not None and not any(
                k.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for k in clause.children
            ):
                # "She said negotiations towards … may occur", "said being involved in a crash
                # is never easy": the parser made the clause's subject the cue's object.
                words = [t for t in sent if subject.left_edge.i <= t.i <= words[-1].i]
            # "said that A, and that B" / "said A, but that B": one claim in two clauses.
            for more in tok.children:
                if more.i > clause.i and (
                    more.dep_ == "ccomp"
                    or more.dep_ == "conj"
                    and (
                        has_child(more, "mark", "that")
                        or that_read_as_a_determiner(more)
                        or joined_without_comma(more, words[-1])
                    )
                ):
                    words = [t for t in sent if words[0].i <= t.i <= max(x.i for x in more.subtree)]
            if words[-1].tag_ in DANGLING_TAGS and words[-1].i + 1 < sent.end:
                # The parser left the clause's end elsewhere ("they are “fed up” about Europe’s
                # | continued … efforts"): a clause never ends on "’s", "the" or "about".
                words = [t for t in sent if words[0].i <= t.i]
            cut = other_cue(words, tok)
            if cut is not None and cut >= 3:
                words = words[:cut]
            span = span_of(words)
            if span:
                # A quotation in the two-apostrophe style runs on into the next sentences.
                span = run_on(span, sent, following)
                return span, CONF.claim_speech_quoted if speech else CONF.claim_quoted
        # (also "…, a USA TODAY analysis of the reports shows.", "…, the study found.")
        doc = tok.doc
        frames_quote = any(in_ranges(t.idx, quote_ranges) for t in doc[tok.i + 1 : tok.i + 4])
        # (a retort speaks no aside: "…, Sale hit back again when Chris Mayor crossed the line" is
        # a team scoring; "as experts have pointed out, …" is an aside)
        retort = lemma not in SPEECH_LEMMAS and any(c.lower_ == "back" for c in tok.children)
        if (
            (speech and not retort or lemma in ("show", "find"))
            and (tok.dep_ in ("parataxis", "advcl", "ccomp", "ROOT") or _conjoined_without_and(tok))
            and not frames_quote
            and not any(c.dep_ in ("dobj", "xcomp", "ccomp", "attr") for c in tok.children)
            and not subordinate(tok)
        ):
            # "Acts of protest, Mr. Obama said, are acts of patriotism."
            own = {x.i for x in tok.subtree}
            others = [t for t in sent if not t.is_punct and t.i not in own]
            words = [t for t in sent if not t.is_punct]
            # "As the mayor noted, the port will close": what follows the cue's clause only
            leads = words and words[0].i in own and words[0].lower_ == "as"
            aside = set_off(tok, sent)
            # (a clause, however short, around the cue: "The plan, Szabo said, is dead.")
            unquoted = [t for t in others if not in_ranges(t.idx, quote_ranges)]
            short = (
                len(unquoted) >= 3
                and any(t.pos_ in ("VERB", "AUX") for t in unquoted)
                and unquoted[0].i < min(own)
            )
            clause = len(others) >= 5 or short and aside is not None and aside.opening in (",", "as")
            if clause and (leads or aside) and tok.dep_ != "conj":
                # (and after an adverbial set before the cue: "For eight months, Brown says, she
                # asked her landlord …", "This year, she says, she's not sure" from "she" on)
                opening = [t for t in words if t.i < min(own)]
                adverbial = (
                    bool(opening)
                    and (opening[0].pos_ in ("ADP", "ADV") or opening[-1].dep_ == "npadvmod")
                    and not any(t.pos_ in ("VERB", "AUX") or t.dep_ in ("nsubj", "expl") for t in opening)
                )
                after = leads or aside.opening == "as" or adverbial
                if after and not any(t.i > max(own) for t in words) and not leads:
                    # "The bridge is safe, as engineers have said.": the aside ends the sentence,
                    # and what it reports stands before it (when it is speech about a clause: not
                    # "…, as voters responded to …", "…, as she showed in the debates")
                    before = [t for t in sent if _after_a_break(sent, min(own)) <= t.i < min(own)]
                    speaks = speech and lemma not in ("show", "find") and not has_child(tok, "prep", "to")
                    clause_before = (
                        bool(before)
                        and before[0].pos_ != "ADP"
                        and any(t.tag_ in FINITE_TAGS for t in before)
                    )
                    # (nor over words another source states: "… solidify her argument that she
                    # is popular …, rather than a “regional” candidate, as his manager suggested")
                    nested = any(
                        t.lower_ in CLAUSE_STANCE_NOUNS
                        and any(c.dep_ in ("ccomp", "acl") for c in t.children)
                        for t in before
                    )
                    span = span_of(before) if speaks and clause_before and not nested else None
                elif after and aside and aside.opening == "as" and _subject_alone(opening):
                    # "The vote, as Holt said, was close": one clause, the aside inside it
                    span = span_of([t for t in sent if t.i >= opening[0].i])
                elif after:
                    span = span_of([t for t in sent if t.i > max(own)])
                elif narrated_after(tok, sent):
                    span = span_of([t for t in sent if t.i < min(own)])
                else:
                    start = _after_a_break(sent, min(own))
                    # (up to the cue when it ends the sentence: "…, but remain near record
                    # highs, federal data show.")
                    end = sent.end if any(t.i > tok.i for t in words) else min(own)
                    span = span_of([t for t in sent if start <= t.i < end])
                if span:
                    return run_on(span, sent, following), CONF.claim_clause
            # "…, a girl was pepper-sprayed by a bystander, police said." with the clause
            # parsed as hanging from the cue.
            before = clause_before_final_cue(tok, sent)
            if before is not None:
                return before, CONF.claim_clause
    if lemma in DIRECTIVE_LEMMAS:
        # "urged the EU to mount …": the infinitive after the cue, with its own "to" (not a
        # preposition: "… has played to Mr. Obama's ideals"; not a clause before the cue:
        # "Addressing the topic, the White House urged …"), and whom it addresses.
        comp = next(
            (
                c
                for c in tok.children
                if c.dep_ in ("xcomp", "ccomp", "advcl")
                and c.i > tok.i
                and c.pos_ in ("VERB", "AUX")
                and has_child(c, "aux", "to")
            ),
            None,
        )
        if comp is not None and comp.dep_ == "advcl" and not any(is_source(a) for a in addressees(tok, comp)):
            comp = None  # a purpose, not a request: "called an emergency meeting to discuss …"
        if comp is not None and lemma == "call" and not called_on(tok, comp):
            comp = None  # a telephone call: "she called Sanders to congratulate him"
        passive = comp is not None and any(c.dep_ == "auxpass" for c in comp.children)
        if passive and comp.lower_ in NAMED_IN_PRINT:
            comp = None  # how a source asked to be named in print: "asked not to be named"
        if comp is not None:
            # the one addressed, when not the infinitive's own subject: "urged the EU to", "called on X to"
            addressee = next((a for a in addressees(tok, comp) if a.head != comp), None)
            # (not a second request joined to it: "… to release the videos and called on
            # people to protest" is two claims)
            joined = [c for c in comp.children if c.dep_ == "conj" and is_cue(c)]
            later = {t.i for c in joined for t in c.subtree} | {
                c.i for c in comp.children if c.dep_ == "cc" and joined and c.i < joined[0].i
            }
            words = [
                t for t in comp.subtree if not (t.dep_ == "mark" and t.head == comp) and t.i not in later
            ]  # "for"
            words += list(addressee.subtree) if addressee is not None else []
            span = span_of(sorted(words, key=lambda t: t.i))
            if span:
                return without_day_of_the_cue(doc_text(tok.doc), span), CONF.claim_complement
    if speech or belief or lemma in OBJECT_LEMMAS or lemma in JUDGEMENT_LEMMAS:
        # A clause it takes ("confirmed that …", "warned that …"), or an evaluation: the object
        # with what is said of it ("called the charges unsubstantiated", "described the deal as
        # a mechanism", "accused the government of attempting …"). A bare object is no claim.
        clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
        # (not "rejected what their leaders called an 'insulting' offer": the leaders' words)
        if (
            clause is not None
            and len(list(clause.subtree)) >= 3
            and not about_the_saying(clause)
            and not no_content_of_the_cue(tok, clause)
        ):
            if others_words(clause, tok):
                return None
            span = span_of(list(clause.subtree))
            if span:
                return span, CONF.claim_listed_object if lemma in OBJECT_LEMMAS else CONF.claim_object
        evaluated = evaluation(tok, lemma)
        if evaluated is not None:
            return evaluated
    shown = finding_shown(tok, lemma)
    if shown is not None:
        return shown
    # "she is confident that …", "they seem confident that …": a belief held as a stance
    for child in tok.children:
        if child.dep_ in ("acomp", "oprd") and child.lower_ in STANCE_ADJECTIVES:
            for grand in child.children:
                if grand.dep_ == "ccomp":
                    span = span_of(list(grand.subtree))
                    if span:
                        return span, CONF.claim_topic
    return None


# What ends a clause of its own inside a sentence: a dash (not a hyphen), a colon, a semicolon.
BREAKS = (DASHES - {"-"}) | {":", ";"}


def _after_a_break(sent: Span, cue_start: int) -> int:
    """Where the clause an aside interrupts begins: after a dash, colon or semicolon before the
    aside that ends a clause of its own ("She compared her employees to entrepreneurs — all of
    whom, she explained, needed a boost"); else the sentence's start."""
    breaks = [t for t in sent if t.i < cue_start and t.text in BREAKS]
    if breaks:
        last = breaks[-1]
        before = [t for t in sent if t.i < last.i]
        between = [t for t in sent if last.i < t.i < cue_start and not t.is_punct]
        if between and any(t.pos_ in ("VERB", "AUX") for t in before):
            return last.i + 1
    return sent.start


def _conjoined_without_and(cue: Token) -> bool:
    """A cue the parser joined to the main verb with no conjunction between them: "The city will
    spend $2 million on roads, Mayor Lee announced." ("spend … , … announced" as a series)."""
    if cue.dep_ != "conj" or any(c.dep_ in ("cc", "preconj") for c in cue.children):
        return False
    conjuncts = [c for c in cue.head.children if c.dep_ == "conj" and c.i < cue.i]
    before = max(conjuncts, key=lambda c: c.i) if conjuncts else cue.head
    between = cue.doc[before.i + 1 : cue.i]
    return not any(t.dep_ == "cc" and t.head in (cue.head, before) for t in between)


def _subject_alone(opening: list[Token]) -> bool:
    """Whether the words before an aside are a noun phrase only, the subject of what follows:
    "The vote, [as Holt said,] was close" (not "The plan failed, as …", nor "For eight months,
    Brown says, …")."""
    return (
        bool(opening)
        and any(t.dep_ in ("nsubj", "nsubjpass") for t in opening)
        and opening[0].pos_ not in ("ADP", "ADV", "SCONJ")
        and not any(t.pos_ in ("VERB", "AUX") for t in opening)
        and any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in opening)
    )
