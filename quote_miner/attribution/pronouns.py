"""What "he", "she" and "they" stand for: the person of the pronoun's gender the sentence, the
sentence before or the paragraphs before name or credit, or the unnamed person they describe.
A part of ``resolve.ArticleResolver``, which keeps the state these read."""

from __future__ import annotations

from dataclasses import replace
from itertools import chain
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from quote_miner.attribution.claim_lexicon import CONCESSIVE_MARKS
from quote_miner.attribution.clues import (
    about_the_same,
    introduced_right_before,
    kept_anonymous,
    lone_name_speaking,
    one_asked,
    one_of_whom,
    opens_with,
    subject_it_names,
    subject_read_as_modifier,
    unnamed_of_gender,
    unnamed_source_fits,
)
from quote_miner.attribution.families import COUPLE_RE
from quote_miner.attribution.gender import noun_gender
from quote_miner.attribution.groups import group_mention
from quote_miner.attribution.lexicon import (
    ANONYMOUS_NOUNS,
    COLLECTIVE_NOUNS,
    PERSON_ONLY_VERBS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
)
from quote_miner.attribution.mentions import Mention, Speaker, is_cue, mention_for
from quote_miner.attribution.names import one_persons_noun
from quote_miner.attribution.organisations import organisation_before
from quote_miner.attribution.referring import described_subject_right_before
from quote_miner.attribution.syntax import (
    ancestors,
    article_people,
    doc_text,
    first_conjunct,
    has_child,
    in_ranges,
    negated,
    token_at,
)

if TYPE_CHECKING:
    from quote_miner.attribution.names import NameIndex


class PronounAntecedents:
    """The antecedent of a pronoun, for ``resolve.ArticleResolver``: it reads the sentences,
    quotations, credited speakers and gender votes the resolver keeps, and resolves what it finds
    through the resolver's ``_resolve``."""

    docs: list[Doc]
    quote_ranges: list[list[tuple[int, int]]]
    index: NameIndex
    back: int
    credited: dict[tuple[int, int], list[tuple[int, Speaker]]]
    genders: dict[str, str]
    anonymous: set[str]
    _sents: list[list[tuple[int, int, Span]]]

    if TYPE_CHECKING:  # the resolver's own steps, which these call

        def _resolve(self, para: int, mention: Mention | None) -> Speaker: ...
        def _sent_index(self, para: int, pos: int) -> int: ...
        def _opens_paragraph(self, para: int, si: int) -> bool: ...
        def _person_from_token(self, tok: Token) -> Speaker | None: ...
        def _sentence_before_the_quotation(self, para: int, si: int) -> tuple[int, int] | None: ...
        def _subject_right_before(self, para: int, pos: int) -> tuple[int, Span, Token] | None: ...

    def _pronoun(self, para: int, mention: Mention) -> Speaker:
        low = mention.text.lower()
        if low == "it":
            return organisation_before(self, para, mention.start) or Speaker(None, "unknown", None)
        if low == "they":
            return (
                self._group_framing_they(para, mention.start)
                or self._people_of_the_clause_before(para, mention.start)
                or self._people_right_before(para, mention.start)
                or Speaker(None, "unknown", None)
            )
        if low not in PERSON_PRONOUNS:
            return Speaker(None, "unknown", None)
        gender = PERSON_PRONOUNS[low]
        found = self._antecedent(para, mention.start, gender)
        if found is None:
            return self._description_before(para, mention.start, gender) or Speaker(None, "unknown", None)
        self.genders.setdefault(found.name, gender)
        return found

    def _group_framing_they(self, para: int, pos: int) -> Speaker | None:
        """ "They" inside a clause whose sentence has a group for its subject: "Clinton's campaign
        is seeking to contrast her approach with what they call Trump's “self-centered
        message”" is the campaign; or, when they say something, the people subject nearest it."""
        si = self._sent_index(para, pos)
        sent = self._sents[para][si][2]
        pronoun = token_at(sent, pos)
        if pronoun is None:
            return None
        above = set(ancestors(pronoun, 40))
        subjects = [
            t
            for t in sent
            if t.idx < pos and t.dep_ == "nsubj" and t.head in above and t.head != pronoun.head
        ]
        if not subjects or in_ranges(subjects[0].idx, self.quote_ranges[para]):
            return None
        first = subjects[0]
        one = first.lower_[:-1] if first.tag_ == "NNS" else first.lower_
        if first.ent_type_ == "ORG" or first.tag_ in ("NN", "NNS") and one in COLLECTIVE_NOUNS:
            return self._resolve(para, mention_for(first))
        # (or the people nearest it, when "they" say something: "Doctors struggled … after a
        # setback that they said included …", "Economists looked at firms in which some managers
        # hired the employees they thought were the best fit"; not "The dispute [centers] on …
        # because they did not respond")
        nearest = subjects[-1]
        saying = is_cue(pronoun.head, belief=True) and not negated(pronoun.head)
        if saying and _plural_people(nearest) and not in_ranges(nearest.idx, self.quote_ranges[para]):
            return self._resolve(para, mention_for(nearest))
        return None

    def _people_of_the_clause_before(self, para: int, pos: int) -> Speaker | None:
        """ "They" after a clause its sentence opens with, whose subject is people: "After the
        Americans handed over power …, they urged the administration to …"."""
        sent = self._sents[para][self._sent_index(para, pos)][2]
        pronoun = token_at(sent, pos)
        if pronoun is None or pronoun.dep_ != "nsubj":
            return None
        for clause in (c for c in pronoun.head.children if c.dep_ == "advcl" and c.i < pronoun.i):
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is not None and _plural_people(subject):
                return self._resolve(para, mention_for(subject))
        return None

    def _people_right_before(self, para: int, pos: int) -> Speaker | None:
        """What "they" stands for: the plural subject of the sentence right before, people or a
        group ("Nurses rallied outside the legislature. They said …", "Consumer groups were
        unimpressed. They said …"), not things ("The results came in. They show …")."""
        found = self._subject_right_before(para, pos)
        if found is not None and in_ranges(found[2].idx, self.quote_ranges[found[0]]):
            # a quotation right before: the couple of the one who said it, if any
            credited = [s for (p, _), said in self.credited.items() if p == found[0] for _, s in said]
            people = [s for s in credited if s.type == "person"]
            return self._group_of(found[0], people[-1].name) if people else None
        if found is None:
            return None
        p, _, subject = found
        group = group_mention(subject)  # "Mr. Rubio and Mr. Cruz"
        if group is not None:
            return self._resolve(p, group)
        if subject.ent_type_ == "PERSON" or subject.text in article_people(subject.doc):
            # "Sanders is relying on …" is one man, whatever the tagger says — but after one of a
            # couple the article named together, "they" are the couple: "Dave and Melissa Burke
            # are back home. … “…,” Melissa said. / They said …"
            person = self._resolve(p, mention_for(subject))
            group = self._group_of(p, person.name)
            if group is None and _called_they(subject, self.quote_ranges[p]):
                return person  # one the sentence itself calls "they": "McKenney said … before they joined"
            return group
        return self._resolve(p, mention_for(subject)) if _plural_people(subject) else None

    def _group_of(self, para: int, member: str | None) -> Speaker | None:
        """The people named together as a subject, in ``para`` or the paragraphs just before,
        whose surname ``member`` bears ("Dave and Melissa Burke" for "Melissa Burke")."""
        surname = member.split()[-1] if member and len(member.split()) > 1 else None
        if surname is None:
            return None
        for p in range(para, max(-1, para - GROUP_REACH - 1), -1):
            for t in self.docs[p]:
                group = group_mention(t) if t.dep_ in ("nsubj", "nsubjpass") else None
                if group is not None and group.text.split()[-1] == surname:
                    return self._resolve(p, group)
            # (a paragraph left unparsed names them too: "Dave and Melissa Burke are back home")
            m = next((m for m in COUPLE_RE.finditer(doc_text(self.docs[p])) if m.group(3) == surname), None)
            if m is not None:
                return self._resolve(p, Mention(m.start(), m.end(), m.group(), "group"))
        return None

    def _description_before(self, para: int, pos: int, gender: str) -> Speaker | None:
        """What "he" or "she" stands for when the article names no one it fits: the unnamed
        person the subject of its sentence, or of the sentence before, describes ("The minister
        insisted the deal was fair, though he admitted it had flaws"), or the one of them it
        picks out ("One of the victims read a statement. “…,” he said")."""
        si = self._sent_index(para, pos)
        places = [(para, si), (para, si - 1)]
        if para > 0 and self._opens_paragraph(para, si):
            # a quotation that opens its paragraph: the paragraph before, its last two
            # sentences ("One of the victims read a statement. His identity is protected …")
            last = len(self._sents[para - 1]) - 1
            places += [(para - 1, last), (para - 1, last - 1)]
        for p, k in places:
            if k < 0:
                continue
            sent = self._sents[p][k][2]
            rng = self.quote_ranges[p]
            for t in sent:
                # (or a sentence the parser read as one noun phrase: "Behind the counter, [a
                # waitress] who has worked the shift for 11 years listened without comment.")
                subject = t.dep_ in ("nsubj", "nsubjpass") or t.dep_ == "ROOT" and t.pos_ == "NOUN"
                if t.idx >= pos or not subject or in_ranges(t.idx, rng):
                    continue
                low = one_of_whom(t) if t.lower_ == "one" else t.lower_
                if t.tag_ not in ("NN", "CD") or not (one_persons_noun(low) or low in ANONYMOUS_NOUNS):
                    continue
                if (noun_gender(low) or gender) != gender:
                    continue
                mention = mention_for(t)
                if t.dep_ == "ROOT":
                    first = min(
                        (c for c in t.lefts if c.dep_ in ("det", "amod", "compound")),
                        default=t,
                        key=lambda c: c.i,
                    )
                    mention = Mention(first.idx, t.idx + len(t), t.doc[first.i : t.i + 1].text, "nominal")
                found = self._resolve(p, mention)
                basis = f"the pronoun refers back to “{found.name}” (the article names no one it fits)"
                return replace(found, basis=basis)
        return None

    def _unnamed_described_right_before(self, para: int, pos: int, gender: str) -> Speaker | None:
        """The person the article quoted before and keeps unnamed, when the sentence right before
        is about them again: "“…,” said the nurse, who asked that her name not be used. … / The nurse in
        the break room laughed … / “Where are they?” she asked." (not a nurse it names)."""
        found = self._subject_right_before(para, pos)
        if found is None or found[2].tag_ != "NN" or not has_child(found[2], "det", "the"):
            return None
        noun = found[2].lower_
        if not one_persons_noun(noun) or (noun_gender(noun) or gender) != gender:
            return None
        if f"the {noun}" not in self.anonymous:
            return None  # (not a description of someone named that the resolver left as it was)
        return next(
            (
                speaker
                for credited in self.credited.values()
                for _, speaker in credited
                if speaker.type == "unnamed" and (speaker.name or "").lower() == f"the {noun}"
            ),
            None,
        )

    def _unnamed_right_before(self, para: int, si: int, gender: str) -> Speaker | None:
        """The unnamed person the sentence right before describes in the pronoun's gender, when
        the article has named no one it calls so by then: "The victim, a 45-year-old woman who
        cannot be identified, survived. / In a statement, she said …" (not "The mother of three
        lost her job" after Tanya Bighead: she is Tanya Bighead)."""
        before = self._sentence_before_the_quotation(para, si)
        if before is None:
            return None
        p, k = before
        unnamed = unnamed_of_gender(self._sents[p][k][2], gender)
        if unnamed is None:
            return None
        # (someone kept anonymous is who "she" is even after others were named: "A nurse, who
        # spoke on condition she not be named, said …")
        # (nor someone set beside another of that gender: "The man next to him shook his head")
        beside = any(t.dep_ == "pobj" and PERSON_PRONOUNS.get(t.lower_) == gender for t in unnamed.subtree)
        if (
            not kept_anonymous(unnamed)
            and not beside
            and any(g == gender and self.index.first_seen.get(n, 0) <= para for n, g in self.genders.items())
        ):
            return None
        name = (
            self._resolve(p, mention_for(unnamed)).name
            if unnamed.dep_
            else unnamed.doc[unnamed.i - 1 : unnamed.i + 1].text
        )
        return Speaker(name, "unnamed", None, basis=f"the pronoun refers back to “{name}”, right before it")

    def _fits(self, speaker: Speaker | None, gender: str) -> bool:
        return (
            speaker is not None
            and speaker.type == "person"
            and speaker.name is not None
            and self.genders.get(speaker.name, gender) == gender
        )

    def _antecedent(self, para: int, pos: int, gender: str) -> Speaker | None:
        ranges = self.quote_ranges[para]
        si = self._sent_index(para, pos)
        sent = self._sents[para][si][2]
        # The same sentence, before the pronoun: "Despite Rubio’s warnings, he called …"
        # Not the subject of the quoted words: in "Clinton “caused tremendous havoc,” he said"
        # the one speaking is someone else.
        same = [
            t
            for t in sent
            if t.idx < pos
            and not in_ranges(t.idx, ranges)
            and not (t.dep_ in ("nsubj", "nsubjpass") and in_ranges(t.head.idx, ranges))
        ]
        same = [t for t in same if t.i not in _said_of_the_pronoun(sent, pos)]
        reported = _subject_of_the_reported_clause_around(sent, pos)
        if reported is not None and reported in same:
            # "Flynn said Trump was “absolutely right” when he said …": the one the reported
            # clause is about, before whoever reports it
            found = self._person_from_token(reported)
            if self._fits(found, gender):
                return found
        reporter = _reporter_the_aside_goes_on_with(sent, pos)
        if reporter is not None and reporter in same:
            # "Christie said that was part of running against him — no different, he said, from
            # …": the one reporting still, not the man named between
            found = self._person_from_token(reporter)
            if self._fits(found, gender):
                return found
        conceding = _subject_the_concession_is_of(sent, pos)
        if conceding is not None and conceding in same:
            # "Arteta refused to blame referee Anthony Taylor, although he said the decision was
            # soft": a concession qualifies the stance of the main clause's subject
            found = self._person_from_token(conceding)
            if found is None and conceding.pos_ in ("NOUN", "PROPN"):
                found = self._resolve(para, mention_for(conceding))  # "The Spaniard refused …"
            if self._fits(found, gender):
                return found
        doer = _doer_of_the_pronouns_clause(sent, pos)
        if doer is not None and doer in same:
            # "Biden pardoned his son Hunter, …, reversing his promises": whoever does what the
            # clause says owns what it says is theirs, not the man named right before (the
            # nearest word is tried first: the doer goes last)
            same = [t for t in same if t != doer] + [doer]
        # Who the article is known to call so goes first here: "Christie described Clinton as
        # a “disgrace” after she blamed …" is Clinton when she is "she" elsewhere.
        fitting = [
            c
            for c in chain(
                (spk for _, spk in reversed(self.credited.get((para, si), []))),
                (self._person_from_token(t) for t in reversed(same)),
            )
            if self._fits(c, gender)
        ]
        known = [c for c in fitting if self.genders.get(c.name) == gender]
        earlier = next(
            (t for t in same if t.dep_ == "nsubj" and PERSON_PRONOUNS.get(t.lower_) == gender), None
        )
        if earlier is not None and not any(self.credited.get((para, si), [])):
            # "Over the years, she said, email has kept her in touch with Clinton – although … she
            # laughed": the sentence's subject said again, not a name between the two
            return self._antecedent(para, earlier.idx, gender)
        if known or fitting:
            return (known or fitting)[0]
        described = self._unnamed_described_right_before(para, pos, gender)
        if described is not None:
            return described
        # the named person the subject right before describes: "Asked when he will retire, the
        # septuagenarian laughed. “…,” he said." (not the landlord quoted before)
        described = described_subject_right_before(self, para, pos)
        if self._fits(described, gender):
            return described
        introduced = introduced_right_before(self, para, si, pos)
        if introduced is not None and self._fits(introduced, gender):
            return introduced
        unnamed = self._unnamed_right_before(para, si, gender)
        if unnamed is not None:
            return unnamed
        unknown: Speaker | None = None
        last_resort: Token | None = None
        p, k = para, si - 1
        # The sentence right before the pronoun's, or before the run of sentences whose subject
        # is the pronoun itself: "Knoblauch was quiet. Asked about it, he shrugged. “…,” he said."
        adjacent = (para, si - 1)
        past_a_run = False
        while p >= 0 and para - p <= self.back:
            if k < 0:
                p -= 1
                if p < 0:
                    break
                k = len(self._sents[p]) - 1
                continue
            sent = self._sents[p][k][2]
            rng = self.quote_ranges[p]
            words = [t for t in sent if not in_ranges(t.idx, rng)]
            quotation_alone = all(t.is_punct for t in words) and not self.credited.get((p, k))
            if (p, k) == adjacent and k > 0 and quotation_alone:
                # a quotation the tokenizer made a sentence of its own ("“… ain't one!” he said."):
                # the sentence right before is the one before it
                adjacent = (p, k - 1)
                k -= 1
                continue
            subjects = [t for t in words if t.dep_ in ("nsubj", "nsubjpass")]
            # The speaker credited last goes first here, whatever else the article knows:
            # "…, with Marco Rubio warning: “…” / He added …" is Rubio even after Putin.
            for found in (s for _, s in reversed(self.credited.get((p, k), []))):
                if self._fits(found, gender) and (unknown is None or self.genders.get(found.name) == gender):
                    return found
                just_before = (p, k) == (para, si - 1) or (
                    p == para - 1 and k == len(self._sents[p]) - 1 and self._opens_paragraph(para, si)
                )
                if unknown is None and unnamed_source_fits(found, sent, gender, just_before):
                    # "A neighbour … said she heard shouting. “…,” she said", "One mother said
                    # …. “…,” she said", "The boy's mother said …. / “…,” she said": the unnamed
                    # source the sentence calls "she", or a noun for a woman right before, not a
                    # man named further back
                    return found
            # "She escalated her criticism, telling CNN that Trump is a “faker”. “…,” she said.":
            # a sentence whose subject is the same pronoun goes on about its referent; the others
            # it names are not who the pronoun stands for.
            if about_the_same(sent, subjects, gender):
                again = next(
                    (t for t in subjects if t.head == sent.root and PERSON_PRONOUNS.get(t.lower_) == gender),
                    None,
                )
                if again is not None and any(
                    t.i < again.i
                    and t.dep_ in ("nsubj", "nsubjpass", "dobj", "dative")
                    and self._fits(self._person_from_token(t), gender)
                    for t in words
                ):
                    # the pronoun of that sentence stands for someone named before it in the sentence,
                    # a subject or an object: "When I asked Dr. Amir Haddad whether …, he laughed. “…,”
                    # he said." (not "In her letters to Clinton, she …", "During his tour of Midway, he")
                    return self._antecedent(p, again.idx, gender)
                if (p, k) == adjacent and k > 0:
                    adjacent = (p, k - 1)
                    past_a_run = True
                k -= 1
                continue
            # (past such a run, only the subject of a sentence's main verb: not "The Gap Goes
            # On: It was under …", a heading read as a name)
            shifted = past_a_run and (p, k) == adjacent
            for t in subjects + words:
                if t.dep_ == "poss" and any(c.dep_ == "appos" for c in t.head.children):
                    continue  # "Guerrero's father, Vladimir Guerrero Sr., …": the one set after
                found = self._person_from_token(t)
                asked = one_asked(t)
                if (
                    not self._fits(found, gender)
                    or asked is not None
                    and self._fits(self._person_from_token(asked), gender)
                ):
                    continue  # (nor one who asks a person the pronoun fits: the one asked answers)
                if self.genders.get(found.name) == gender:
                    return found
                subject = subject_it_names(t)
                # (a passive subject too, right before: "Cull was asked about that. He said …")
                right_before = (
                    subject.dep_ == "nsubj"
                    or subject.dep_ == "nsubjpass"
                    and (p, k) == adjacent
                    or subject_read_as_modifier(subject)
                ) and (
                    (p, k) == adjacent
                    # a paragraph of one sentence before the one the quote opens, the speaker
                    # brought in doing what people do ("Tatum, asked about the winning shot,
                    # shrugged.", "Zarate also questioned Trump's logic.")
                    or (p, k, si) == (para - 1, 0, 0)
                    and len(self._sents[p]) == 1
                    and opens_with(sent, subject)
                    and (is_cue(sent.root) or sent.root.lower_ in PERSON_ONLY_VERBS)
                    # the one the paragraph right before ends on, whose given name tells no
                    # gender: "… volunteer Marites Santos has spent weeks rehearsing. / “…,”
                    # she said." (not a woman named further back)
                    or (p, k) == (para - 1, len(self._sents[p]) - 1)
                    and self._opens_paragraph(para, si)
                    and subject.head.dep_ == "ROOT"
                )
                if shifted and subject.head.dep_ != "ROOT":
                    right_before = False
                # (the subject of a main clause joined to the first: "It had emerged the players
                # would get no bonus but Blakemore quickly defused the situation.")
                main = first_conjunct(subject.head).dep_ == "ROOT"
                if right_before and (is_cue(subject.head) or main or opens_with(sent, subject)):
                    # Who spoke, or what the sentence right before is about: "… is how Councillor
                    # Ana Bailão described it. “…,” she said.", "Kowal, for her part, wants to cut
                    # fees. “…,” she said." — not a woman named, or called "she", further back.
                    return found
                # Merely named, and never called "she" or "he": a fit, but a weak one. Someone
                # the article does call so, a little further back, is the better antecedent
                # ("Clinton said she … Trump spoke … “…,” she said" is Clinton).
                unknown = unknown or found
            if last_resort is None:
                last_resort = next((t for t in subjects if lone_name_speaking(t)), None)
            k -= 1
        if unknown is None and last_resort is not None:
            # No person at all before the pronoun: a one-word name that speaks, which the
            # recogniser took for something else ("Burton explained … “…,” he said").
            full = self.index.full_name(last_resort.text)
            found = Speaker(full, "person", self.index.role(full))
            return found if self._fits(found, gender) else None
        return unknown


# How many paragraphs back "they" may find the couple one of them belongs to.
GROUP_REACH = 3


def _said_of_the_pronoun(sent: Span, pos: int) -> set[int]:
    """The words of a participle's clause set before the pronoun's verb, whose understood subject
    is the pronoun: "Asked about the future of captain John Tavares, he said …" is not Tavares."""
    pronoun = token_at(sent, pos)
    if pronoun is None or pronoun.dep_ != "nsubj":
        return set()
    return {
        t.i
        for c in pronoun.head.children
        if c.dep_ == "advcl"
        and c.i < pronoun.i
        and c.tag_ in ("VBN", "VBG")
        and not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)
        for t in c.subtree
    }


def _subject_of_the_reported_clause_around(sent: Span, pos: int) -> Token | None:
    """The named subject of a reported clause that the pronoun's adverbial clause hangs on:
    "Flynn said [Trump] was right when he said …" → Trump."""
    pronoun = token_at(sent, pos)
    if pronoun is None or pronoun.dep_ != "nsubj" or pronoun.head.dep_ != "advcl":
        return None
    clause = pronoun.head.head
    if clause.dep_ != "ccomp" or not is_cue(clause.head):
        return None
    subject = next((k for k in clause.children if k.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ == "PROPN" and subject.i < pronoun.i else None


def _reporter_the_aside_goes_on_with(sent: Span, pos: int) -> Token | None:
    """The named subject of the sentence's report that an aside, later in it, goes on with:
    "Christie said that … — no different, he said, from …" → Christie."""
    pronoun = token_at(sent, pos)
    if pronoun is None or pronoun.dep_ != "nsubj" or pronoun.head.dep_ != "parataxis":
        return None
    if not is_cue(pronoun.head):
        return None
    report = next((a for a in ancestors(pronoun.head) if is_cue(a) and a.i < pronoun.i), None)
    if report is None:
        return None
    subject = next((k for k in report.children if k.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ == "PROPN" else None


def _subject_the_concession_is_of(sent: Span, pos: int) -> Token | None:
    """The subject of the main clause that the pronoun's concessive clause, after it, qualifies:
    "Arteta refused to blame the referee, although he said …" → Arteta."""
    pronoun = token_at(sent, pos)
    if pronoun is None or pronoun.dep_ != "nsubj" or pronoun.head.dep_ != "advcl":
        return None
    clause = pronoun.head
    if clause.i < clause.head.i or not any(
        c.dep_ == "mark" and c.lower_ in CONCESSIVE_MARKS for c in clause.children
    ):
        return None
    return next((k for k in clause.head.children if k.dep_ == "nsubj" and k.i < clause.i), None)


def _doer_of_the_pronouns_clause(sent: Span, pos: int) -> Token | None:
    """The subject of the main clause a possessive pronoun's subjectless participle clause
    goes with: "Biden …, reversing his repeated promises" → Biden."""
    pronoun = token_at(sent, pos)
    if pronoun is None or pronoun.dep_ != "poss":
        return None
    verb = next((a for a in ancestors(pronoun) if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.head.i > verb.i:
        return None
    if any(k.dep_ in ("nsubj", "nsubjpass") for k in verb.children):
        return None
    return next((k for k in verb.head.children if k.dep_ == "nsubj" and k.i < verb.i), None)


def _called_they(subject: Token, quote_ranges: list[tuple[int, int]]) -> bool:
    """Whether the sentence of a named person goes on to call them "they", with no one else it
    could stand for: "McKenney said the contract was signed before they joined council" (not
    inside a quotation: "Silverman responded, “Thank God they can fix this …”")."""
    sent = subject.sent
    after = [t for t in sent if t.i > subject.i and not in_ranges(t.idx, quote_ranges)]
    plural = any(t.tag_ in ("NNS", "NNPS") or t.dep_ == "conj" and t.head.ent_type_ == "PERSON" for t in sent)
    return not plural and any(t.lower_ in PLURAL_PRONOUNS or t.lower_.startswith("themsel") for t in after)


def _plural_people(subject: Token) -> bool:
    """Whether a plural subject is people or a group of them ("Nurses", "Americans", "Consumer
    groups"), not things ("The results")."""
    one = subject.lower_[:-1] if subject.lower_.endswith("s") else subject.lower_
    people = one_persons_noun(one) or one in COLLECTIVE_NOUNS
    return subject.tag_ == "NNPS" or subject.tag_ == "NNS" and people
