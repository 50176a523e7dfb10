"""Resolution: a mention ("he", "Peskov", "Secretary Rubio") to the speaker the article names,
with pronoun gender learnt from the article."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from quote_miner.attribution.basis import basis_in_words
from quote_miner.attribution.clues import (
    anonymous_mention,
    name_opening,
    one_asked,
    subject_read_as_modifier,
)
from quote_miner.attribution.descriptions import lede_named_next, name_revealed_next, name_said_right_after
from quote_miner.attribution.documents import issuer_named_before
from quote_miner.attribution.families import of_the_generation, one_of_the_family
from quote_miner.attribution.gender import gender_votes, noun_gender
from quote_miner.attribution.given_names import given_name_gender
from quote_miner.attribution.interviews import interviewee
from quote_miner.attribution.lexicon import (
    ANSWER_LABELS,
    GENDERED_TITLES,
    NAME_LINKS,
    ORGANISATION_NOUNS,
    PERSON_PRONOUNS,
    SURNAME_KIN,
)
from quote_miner.attribution.mentions import (
    POSSESSED_RE,
    UNKNOWN,
    Mention,
    Speaker,
    mention_for,
)
from quote_miner.attribution.names import (
    NameIndex,
    called_by_first_name,
    looks_like_person_name,
    strip_titles,
    titled_name_unrecognised,
)
from quote_miner.attribution.organisations import (
    organisation_referred_back_to,
    outlet_named_in_full,
)
from quote_miner.attribution.pronouns import PronounAntecedents
from quote_miner.attribution.referring import (
    brought_in_unnamed_by,
    couple_named_before,
    one_of_two_named_before,
    person_referred_back_to,
    refers_back_only,
    unnamed_source_referred_back_to,
)
from quote_miner.attribution.syntax import (
    article_people,
    doc_text,
    entity_of,
    has_child,
    in_ranges,
    is_tagged,
    sentences,
    token_at,
)
from quote_miner.names import fold
from quote_miner.quotes import QA_RE

# --- in-article resolution -----------------------------------------------------------------


# How often someone is credited before a surname they share with another stands for them.
SPEAKER_OF_THE_PIECE_CREDITS = 2


# What someone has that speaks for them: "his office said", "her campaign said".
OWNED_SPEAKER_NOUNS = ORGANISATION_NOUNS | frozenset(
    "office campaign government administration team spokesman spokeswoman spokesperson lawyer "
    "lawyers attorney attorneys aide aides staff".split()
)


class ArticleResolver(PronounAntecedents):
    """Resolves mentions to speakers, paragraph by paragraph, in document order.

    It remembers who was credited in each sentence, so that "he explained" finds the speaker
    of the sentence before, and what each pronoun resolved to, so that chains hold.
    """

    def __init__(
        self,
        docs: list[Doc],
        quote_ranges: list[list[tuple[int, int]]],
        index: NameIndex,
        *,
        antecedent_paragraphs: int = 4,
    ) -> None:
        self.docs = docs
        self.quote_ranges = quote_ranges
        self.index = index
        self.back = antecedent_paragraphs
        self.credited: dict[tuple[int, int], list[tuple[int, Speaker]]] = {}
        self.genders: dict[str, str] = gender_votes(docs, quote_ranges, index)
        # descriptions of people the article keeps unnamed ("the nurse, who asked that her name
        # not be used"), folded
        self.anonymous: set[str] = set()
        # whom a description's noun was found to stand for ("comedian": {"Joan Rivers"})
        self.described_by: dict[str, set[str]] = {}
        # the unnamed sources the article brought in by a noun ("spokesperson": {"A Department
        # of Health spokesperson"})
        self.unnamed_by: dict[str, set[str]] = {}
        self._sents = [[(s.start_char, s.end_char, s) for s in sentences(d)] for d in docs]
        self._starts = [[a for a, _, _ in sents] for sents in self._sents]

    def _sent_index(self, para: int, pos: int) -> int:
        k = bisect.bisect_right(self._starts[para], pos) - 1
        return min(max(0, k), max(0, len(self._sents[para]) - 1))

    def note(self, para: int, pos: int, speaker: Speaker) -> None:
        """Record that ``speaker`` was credited at ``pos`` (their sentence becomes an antecedent)."""
        if speaker.name:
            self.credited.setdefault((para, self._sent_index(para, pos)), []).append((pos, speaker))

    def resolve(self, para: int, mention: Mention | None) -> Speaker:
        """The speaker ``mention`` (in paragraph ``para``) stands for, with the basis in words."""
        self.index.horizon = para  # the people the article has introduced by then
        speaker = self._resolve(para, mention)
        if (
            mention is not None
            and mention.kind == "nominal"
            and speaker.type in ("person", "organization")
            and speaker.name
            and speaker.name.lower() != mention.text.lower()
        ):
            noun = mention.text.split()[-1].lower()
            self.described_by.setdefault(noun, set()).add(speaker.name)
        if mention is not None and speaker.type == "unnamed" and speaker.name:
            noun = brought_in_unnamed_by(self.docs[para], mention)
            if noun is not None:
                self.unnamed_by.setdefault(noun, set()).add(speaker.name)
        return replace(speaker, basis=speaker.basis or basis_in_words(mention, speaker, self.back))

    def _resolve(self, para: int, mention: Mention | None) -> Speaker:
        if mention is None:
            return UNKNOWN
        if mention.kind == "group":
            # "Kyiv and Moscow" (organisations), "officials and analysts" (unnamed), and people
            # by their names without their titles: "Alberta MP Karen Vecchio and Nova Scotia MP
            # Rick Perkins" are Karen Vecchio and Rick Perkins
            people = re.split(r",\s+(?:and\s+)?|\s+(?:and|&)\s+", mention.text)
            # (and by the surnames of people the article has named: "Mensah and Noor both said")
            if mention.role is None and all(
                looks_like_person_name(p) and (" " in strip_titles(p) or self.index.lookup(p) is not None)
                for p in people
            ):
                names = [self.index.full_name(p) for p in people]
                return Speaker(", ".join(names[:-1]) + " and " + names[-1], "person", None)
            return Speaker(mention.text, mention.role or "unnamed", None)
        if mention.kind == "relative":
            return self._resolve(para, mention.antecedent)
        if mention.kind == "pronoun":
            return self._pronoun(para, mention)
        if mention.kind == "label" and mention.text in ANSWER_LABELS:
            # an interview's "A:": the person the article introduces before its questions
            first = next((k for k in range(para) if QA_RE.match(doc_text(self.docs[k]))), para)
            full = interviewee(" ".join(doc_text(d) for d in self.docs[:first]), self.index)
            return Speaker(full, "person", self.index.role(full)) if full else Speaker(None, "unknown")
        if mention.kind == "label":
            # A transcript's "PENCE:" is the Mike Pence the article names, or "Pence".
            full = self.index.full_name(mention.text.title())
            # (a name the article gives only in a label's capitals is written as a name)
            shown = full.title() if full.isupper() else full
            return Speaker(shown, "person", self.index.role(full))
        full = (
            self.index.lookup(mention.text)
            if mention.kind == "organization" and not mention.text.lower().startswith("the ")
            else None
        )
        if full is not None and full != mention.text:
            # A surname the entity recogniser took for an organisation: "Rubio said" (but
            # "The Hill reported" is the paper, whoever else is called Hill).
            full = (
                self._surname_in_apposition(para, mention)
                or self._surname_credited_last(para, mention.start, mention.text)
                or full
            )
            return Speaker(full, "person", mention.role or self.index.role(full))
        if mention.kind == "organization":
            name = (
                outlet_named_in_full(self, para, mention) or re.sub(r"^(?i:the)\s+", "", mention.text).strip()
            )
            return Speaker(name or mention.text, "organization", None)
        if (
            mention.kind == "name"
            and looks_like_person_name(mention.text)
            and not self.index.is_institution(mention.text)
            and not _a_bodys_name(mention.text)
        ):
            title_gender = self._gendered_title(para, mention)
            full = (
                self._of_the_titles_gender(title_gender, self.index.full_name(mention.text)) or mention.text
            )
            # (the one credited right before, unless "Mr Tregear" rules them out: of two men, the
            # one who spoke last, not the one the surname alone finds)
            credited = self._surname_credited_last(para, mention.start, mention.text)
            if credited is not None and (
                title_gender is None or self._gender_of(credited) in (None, title_gender)
            ):
                full = credited
            # ("Smith, the premier, said" is the premier, whichever Smith spoke last)
            full = self._surname_in_apposition(para, mention) or full
            # ("the younger Kowalski" decides which Kowalski)
            full = (
                of_the_generation(doc_text(self.docs[para]), mention.start, full, self.index, self.docs)
                or full
            )
            return Speaker(full, "person", mention.role or self.index.role(full))
        if mention.kind == "name":
            # (a body the recogniser took for a person: "The Hexley Chamber of Commerce")
            name = re.sub(r"^(?i:the)\s+", "", mention.text).strip() or mention.text
            return Speaker(name, "organization", mention.role)
        full = self.index.lookup(mention.text) if looks_like_person_name(mention.text) else None
        if full is not None:
            # a headline's "Pence:", a surname the tagger took for a noun ("Harper said …": which
            # Harper)
            full = self._surname_credited_last(para, mention.start, mention.text) or full
            return Speaker(full, "person", self.index.role(full))
        if (
            mention.kind == "nominal"
            and _a_title_cased_name(mention.text)
            and self._in_sentence_case(para, mention)
        ):
            return Speaker(mention.text, "organization", None)
        if anonymous_mention(self.docs[para], mention.start, mention.end):
            self.anonymous.add(mention.text.lower())
            return Speaker(mention.text, "unnamed", None)
        full = self.index.described_as(mention.text, by_then=refers_back_only(self, para, mention))
        if full is not None:
            return Speaker(full, "person", self.index.role(full))  # "the Kremlin spokesman"
        issuer = issuer_named_before(self, para, mention)
        if issuer is not None:
            return issuer
        found = (
            one_of_two_named_before(self, para, mention)
            or couple_named_before(self, para, mention)
            or person_referred_back_to(self, para, mention)
            or organisation_referred_back_to(self, para, mention)
            or _titled_speaker(mention)
            or self._relative_named(para, mention)
            or self._named_in_the_next_paragraph(para, mention)
            or unnamed_source_referred_back_to(self, para, mention)
        )
        if found is not None:
            return found
        return (
            self._owned_by_the_one_before(para, mention)
            or self._owned_by_the_antecedent(para, mention)
            or Speaker(self._owner_by_name(mention.text), "unnamed", None)
        )

    def _in_sentence_case(self, para: int, mention: Mention) -> bool:
        """Whether most words of the mention's sentence are in lower case (not a headline's)."""
        sent = self._sents[para][self._sent_index(para, mention.start)][2]
        words = [t for t in sent if t.is_alpha]
        return sum(t.is_lower for t in words) > len(words) / 2

    def _owned_by_the_antecedent(self, para: int, mention: Mention) -> Speaker | None:
        """ "whose books": the books of the one the relative clause is about, by name
        ("Whitlock, whose books argue that …" is Jordan Whitlock's books)."""
        if not mention.text.lower().startswith("whose "):
            return None
        whose = token_at(self.docs[para], mention.start)
        verb = whose.head.head if whose is not None else None
        if verb is None or verb.dep_ != "relcl" or verb.head.pos_ not in ("PROPN", "NOUN"):
            return None
        owner = self._resolve(para, mention_for(verb.head))
        if owner.type != "person" or owner.name is None:
            return None
        rest = mention.text.split(None, 1)[1]
        basis = f"“{mention.text}”: {owner.name}'s, whom the relative clause is about"
        return Speaker(f"{owner.name}'s {rest}", "unnamed", None, basis=basis)

    def _owned_by_the_one_before(self, para: int, mention: Mention) -> Speaker | None:
        """ "His office", "her campaign": the office or campaign of the person "his" or "her"
        stands for, by name ("Premier David Eby … His office said" is David Eby's office)."""
        m = re.fullmatch(r"(?i:(his|her))\s+([a-z][\w\s-]*)", mention.text)
        if m is None or m.group(2).split()[-1] not in OWNED_SPEAKER_NOUNS:
            return None
        owner = self._antecedent(para, mention.start, PERSON_PRONOUNS[m.group(1).lower()])
        if owner is None or owner.name is None or owner.type != "person":
            return None
        basis = f"“{mention.text}”: {owner.name}'s, whom “{m.group(1)}” stands for"
        return Speaker(f"{owner.name}'s {m.group(2)}", "unnamed", None, basis=basis)

    def _owner_by_name(self, description: str) -> str:
        """A description owned by a person, with the owner's full name and no title: "Conservative
        Leader Pierre Poilievre's office" is "Pierre Poilievre's office"."""
        m = POSSESSED_RE.fullmatch(description)
        if m is None:
            return description
        # (titles and a name only: not "the Washington Post's unit", "a partner at Mr. B's firm")
        words = m.group("owner").split()
        if words[0] in ("The", "A", "An") or not all(w[:1].isupper() for w in words):
            return description
        if not looks_like_person_name(m.group("owner")):
            return description
        owner = strip_titles(m.group("owner"))
        if " " not in owner or owner == m.group("owner"):
            return description
        return f"{self.index.full_name(owner)}{m.group('s')} {m.group('rest')}"

    def _named_in_the_next_paragraph(self, para: int, mention: Mention) -> Speaker | None:
        full = name_said_right_after(doc_text(self.docs[para])[mention.end :], self.index)
        if full is not None:
            basis = f"“{mention.text}” is named in the sentence after it: {full}"
            return Speaker(full, "person", self.index.role(full), basis=basis)
        if para + 1 < len(self.docs):
            full = name_revealed_next(mention.text, doc_text(self.docs[para + 1]), self.index)
            if full is not None:
                return Speaker(
                    full, "person", self.index.role(full), basis=f"“{mention.text}” is named next: {full}"
                )
        if para > 2 or para + 1 >= len(self.docs):
            return None  # (a lede's)
        if mention.text.lower().startswith("the "):
            before = [doc_text(d) for d in self.docs[:para]] + [doc_text(self.docs[para])[: mention.start]]
            if any(n in text for text in before for n in self.index.full_names()):
                return None  # "the New Jersey governor" after Chris Christie is him, not the next one named
        after = doc_text(self.docs[para])[mention.end : mention.end + 30]  # ("… accused of …")
        full = lede_named_next(
            mention.text, doc_text(self.docs[para + 1]), self.index, self._gender_of, after
        )
        if full is None:
            return None
        basis = f"“{mention.text}” is named in the next paragraph: {full}"
        return Speaker(full, "person", self.index.role(full), basis=basis)

    def _relative_named(self, para: int, mention: Mention) -> Speaker | None:
        """ "Her husband" is the one man the article names with the surname of the woman "her"
        stands for ("Kevin and Laura Boateng … Laura Boateng said … Her husband said")."""
        words = mention.text.lower().split()
        if len(words) != 2 or words[0] not in ("his", "her") or words[1] not in SURNAME_KIN | {"wife"}:
            return None
        owner = self._antecedent(para, mention.start, PERSON_PRONOUNS[words[0]])
        if owner is None or owner.name is None:
            return None
        kin = one_of_the_family(owner.name, noun_gender(words[1]), self.index, self._gender_of, other=True)
        if kin is None:
            return None
        basis = f"“{mention.text}”: {owner.name}'s {words[1]}, named with that surname"
        return Speaker(kin, "person", self.index.role(kin), basis=basis)

    def _gendered_title(self, para: int, mention: Mention) -> str | None:
        """The gender a title inside the mention or right before it says: "Mr", "Mrs"."""
        before = doc_text(self.docs[para])[: mention.start].split()[-1:]
        words = mention.text.split()
        return GENDERED_TITLES.get((words[0] if len(words) > 1 else "".join(before)).lower())

    def _of_the_titles_gender(self, title_gender: str | None, full: str) -> str | None:
        """ "Mr Pengelly" is the man of the two Pengellys the article names ("Martin and Sue
        Pengelly"), whichever the surname alone finds; "Ms. Preston" is no Joe Preston (None: the
        article names no one of that surname and the title's gender)."""
        if title_gender is None or self._gender_of(full) in (None, title_gender):
            return full
        return one_of_the_family(full, title_gender, self.index, self._gender_of)

    def _surname_in_apposition(self, para: int, mention: Mention) -> str | None:
        """The one of several people with a surname that a description set after it names:
        "Smith, the premier, said" where the article names Premier Danielle Smith."""
        if " " in mention.text:
            return None
        name = token_at(self.docs[para], mention.start)
        appos = next((c for c in name.children if c.dep_ == "appos"), None) if name is not None else None
        if appos is None or not has_child(appos, "det", "the"):
            return None
        words = [t for t in appos.subtree if not t.is_punct]
        full = self.index.described_as(" ".join(t.text for t in words))
        return full if full is not None and full.split()[-1] == mention.text else None

    def _surname_credited_last(self, para: int, pos: int, surname: str) -> str | None:
        """Of two people with one surname, the one credited in the sentence right before: "Harpreet
        Brar said her daughter had been accepted … / “…,” Brar told the court" is the mother (not
        one the article calls by a first name: "Tom told Annette …" leaves "Ebeling" his wife)."""
        if len(surname.split()) != 1:
            return None
        same = {n for n in self.index.full_names() if n.split()[-1] == surname}
        if len(same) < 2:
            return None
        # (only those the article writes in full: not "Vivian O'Donnell" of "Her daughter Vivian")
        text = "\n".join(doc_text(d) for d in self.docs)
        same = {n for n in same if n in text}
        if len(same) < 2:
            return None
        si = self._sent_index(para, pos)
        places = [(para, si), self._sentence_before(para, si)]
        if para > 0 and (si == 0 or self._opens_paragraph(para, si)):
            # (opening its paragraph, but for quoted sentences: anyone credited in the paragraph
            # before, its quotations going on past the frame: "“…,” he said. “…” / Beaulieu said
            # his mother …", "Peter Wise said … His father, Harold Wise, founded the store. /
            # “My dad built this place. …,” Wise said.")
            places += [(para - 1, k) for k in reversed(range(len(self._sents[para - 1])))]
        for where in places:
            for _, spk in reversed(self.credited.get(where, []) if where else []):
                if spk.name in same and not called_by_first_name(spk.name, self.docs):
                    return spk.name
        # (or the one the sentence right before is about: "Her father, Doug Campbell, drove from
        # Timmins to help. “…,” Campbell said." is not Jessica Campbell, whom the article is about)
        subject = self._named_subject_right_before(para, pos)
        if subject is not None and subject.name in same and not called_by_first_name(subject.name, self.docs):
            return subject.name
        # (else, of people the article names as often, the one of them it has quoted before,
        # more than once: "Eishia Hudson's cousin, Darren Hudson, told CBC News … “…,” he said.
        # … / Hudson said his cousin …" is Darren; not Bill Clinton, credited once with a claim
        # in a piece about Hillary)
        spoke = Counter(
            spk.name for credited in self.credited.values() for _, spk in credited if spk.name in same
        )
        counts = {self.index.counts[name] for name in same}
        if len(spoke) == 1 and len(counts) == 1:
            name, times = spoke.most_common(1)[0]
            if times >= SPEAKER_OF_THE_PIECE_CREDITS and not called_by_first_name(name, self.docs):
                return name
        return None

    def _gender_of(self, name: str) -> str | None:
        return self.genders.get(name) or given_name_gender(name)

    def _sentence_before(self, para: int, si: int) -> tuple[int, int] | None:
        """Sentence ``si - 1`` of the paragraph, or the last of the paragraph before."""
        if si > 0:
            return para, si - 1
        if para > 0 and self._sents[para - 1]:
            return para - 1, len(self._sents[para - 1]) - 1
        return None

    def _sentence_before_the_quotation(self, para: int, si: int) -> tuple[int, int] | None:
        """The sentence before sentence ``si``, past the quoted sentences that open the paragraph
        up to it: "“I didn't think. You just go,” the 52-year-old said." looks back past both."""
        while si > 0 and in_ranges(self._sents[para][si - 1][0], self.quote_ranges[para]):
            si -= 1
        return self._sentence_before(para, si)

    def _subject_right_before(self, para: int, pos: int) -> tuple[int, Span, Token] | None:
        """The subject of the main clause of the sentence before ``pos`` (the paragraph's last one
        before it, or the last of the paragraph before), with its paragraph and sentence."""
        before = self._sentence_before_the_quotation(para, self._sent_index(para, pos))
        if before is None:
            return None
        p, k = before
        sent = self._sents[p][k][2]
        # (a passive's subject only with no one acting on it: "Stubbs was unmoved", not "Ebeling
        # was greeted by an organizer")
        passive = not any(t.dep_ == "agent" for t in sent.root.children)
        subject = next(
            (t for t in sent.root.children if t.dep_ == "nsubj" or passive and t.dep_ == "nsubjpass"), None
        )
        if not sent.doc.has_annotation("DEP"):
            # (a sentence left unparsed: the name it opens with, "Quinn was less talkative …")
            words = [t for t in sent if not t.is_space]
            run = name_opening(words)
            end = words.index(run[-1]) + 1 if run else 0
            # (or set off by an aside: "Draisaitl, who extended his streak, credited …",
            # "Kaminski, 76, laughed")
            aside = end + 1 < len(words) and words[end].text == "," and words[end + 1].lower_ == "who"
            aside = aside or end + 2 < len(words) and words[end].text == "," and words[end + 1].like_num
            subject = run[-1] if run and end < len(words) and (words[end].is_lower or aside) else None
        return (p, sent, subject) if subject is not None else None

    def _quotes_right_before(self, para: int, pos: int) -> bool:
        """Whether the paragraph of the sentence right before ``pos`` (``_subject_right_before``)
        quotes someone before its subject (a sentence of its own: "“That would be you?” | Borger
        asked.")."""
        found = self._subject_right_before(para, pos)
        return found is not None and any(start < found[2].idx for start, _ in self.quote_ranges[found[0]])

    def _named_subject_right_before(self, para: int, pos: int) -> Speaker | None:
        """The person the subject right before names, in itself or in apposition to it ("His
        neighbour, Terri Wiebe, runs a farm.")."""
        found = self._subject_right_before(para, pos)
        if found is None:
            return None
        subject = found[2]
        # (whoever answers next is the one asked: "Sean Hannity asked Kasich … / The candidate said")
        subject = one_asked(subject) or subject
        named = [subject] + [c for c in subject.children if c.dep_ == "appos"]
        return next((s for t in named if (s := self._person_from_token(t)) is not None), None)

    def _pronoun_subject_right_before(self, para: int, pos: int) -> tuple[int, int, str] | None:
        """The "he" or "she" subject right before ``pos`` (``_subject_right_before``), in a
        sentence that calls no one of the other gender so: its paragraph, position and gender."""
        found = self._subject_right_before(para, pos)
        if found is None:
            return None
        p, sent, subject = found
        if subject.lower_ not in ("he", "she") or in_ranges(subject.idx, self.quote_ranges[p]):
            return None  # (not "… the former president, who … where he first learned …")
        gender = PERSON_PRONOUNS[subject.lower_]
        if any(PERSON_PRONOUNS.get(t.lower_, gender) != gender for t in sent if t.pos_ == "PRON"):
            return None  # "He tells audiences she may be prosecuted": which of them goes on?
        return p, subject.idx, gender

    def _opens_paragraph(self, para: int, si: int) -> bool:
        """Whether sentence ``si`` is the first of its paragraph but for quoted ones: in
        "“We didn't sleep. We kept walking,” she said." the pronoun's sentence is the second."""
        text = doc_text(self.docs[para])
        ranges = self.quote_ranges[para]
        for start, end, _ in self._sents[para][:si]:
            words = [m.start() for m in re.finditer(r"\w", text[start:end])]
            if words and not (in_ranges(start + words[0], ranges) and in_ranges(start + words[-1], ranges)):
                return False  # narration ("“…,” said Christopher Preble, of the Cato Institute.")
        return True

    def _person_from_token(self, tok: Token) -> Speaker | None:
        ent = entity_of(tok)
        if (
            ent is not None
            and ent.root.dep_ == "compound"
            and ent.root.head.pos_ == "NOUN"
            and not subject_read_as_modifier(ent.root)
        ):
            return None  # a name that only says whose a thing is: "the Bush administration"
        if ent is not None and ent.label_ == "PERSON" and not self.index.is_place(ent.text):
            full = self.index.full_name(ent.text)
            # ("The elder Okafor practised …": which Okafor)
            full = of_the_generation(doc_text(tok.doc), ent.start_char, full, self.index, self.docs) or full
            return Speaker(full, "person", self.index.role(full))
        if ent is not None and ent[0].lower_ == "the" and tok != ent.root:
            return None  # a word inside an organisation's name: "The [Canadian] Press"
        untagged = not is_tagged(tok.doc)
        # (also one the tagger took for an adverb: "Tully did not testify")
        # (or an adjective: "[Anjali]JJ, the younger of the two, quit her job", a given name the
        # article has written with its surname: "Priya and Anjali Mehta")
        named = (
            tok.pos_ in ("PROPN", "NOUN")
            or tok.text in article_people(tok.doc)
            or tok.dep_ == "nsubj"
            and any(full.split()[0] == tok.text for full in self.index.full_names())
        )
        if (untagged or named) and tok.text[:1].isupper():
            # A surname the recogniser tagged otherwise ("Rubio" as ORG) but the article names,
            # with the given name written before it ("Ivanka Trump", not Donald).
            full = self.index.lookup(mention_for(tok).text) or self.index.lookup(tok.text)
            if full is not None and full != tok.text and not self.index.is_institution(full):
                full = of_the_generation(doc_text(tok.doc), tok.idx, full, self.index, self.docs) or full
                return Speaker(full, "person", self.index.role(full))
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ == "NN" and has_child(tok, "det", "the"):
            # a subject described by the role of one person the article has named: "Asked about
            # the names, the premier laughed." is Premier Danielle Smith
            full = self.index.described_as(tok.doc[tok.left_edge.i : tok.i + 1].text)
            if full is not None and self.index.first_seen.get(full, 0) <= self.docs.index(tok.doc):
                return Speaker(full, "person", self.index.role(full))
        return None


def _titled_speaker(mention: Mention) -> Speaker | None:
    found = titled_name_unrecognised(mention.text)
    return Speaker(found[0], "person", found[1]) if found is not None else None


def _a_bodys_name(text: str) -> bool:
    """A name of three words or more that ends in a body's noun: "the Hamilton Street Railway",
    "Toronto Transit Commission" (two are a person's often enough, "Willis Carrier", and so is one
    that opens on a given name, "Ralph Waldo Carrier")."""
    words = text.split()
    return len(words) >= 3 and fold(words[-1]) in ORGANISATION_NOUNS and given_name_gender(text) is None


def _a_title_cased_name(text: str) -> bool:
    """A body's name the recogniser missed, its words in capitals beyond the first: "Youth
    Without Shelter, which serves …, said" (not "Local residents", "Photos")."""
    words = text.split()
    if len(words) < 2 or words[0] in ("The", "A", "An") or "'" in text or "’" in text:
        return False
    # "Officials at Homeland Security Investigations", "Residents of Kent": people of a body, a
    # single word before the link; a body's own name has two before it ("Youth Councils of Ontario").
    links = [i for i, w in enumerate(words) if w.lower() in NAME_LINKS]
    if links and links[0] < 2:
        return False
    return all(w[:1].isupper() for w in words if w.lower() not in NAME_LINKS)
