"""The cue words that introduce speech: speech, belief and report verbs and nouns matched by
lemma, their forms, and the cheap test of whether a paragraph can hold speech at all. Plain
string work, loaded by the query path's neighbours without spaCy."""

from __future__ import annotations

import re

# Speech and report verbs, matched by lemma. Attribution accepts any of them as a cue.
SPEECH_LEMMAS = frozenset(
    """say tell explain note warn write tweet add assert state confirm emphasize emphasise echo
    acknowledge insist commend announce argue claim declare describe call conclude admit comment
    report reply respond answer ask suggest stress observe recall remark predict promise vow
    pledge caution complain contend maintain deny reiterate repeat urge demand mention
    testify concede agree disagree post quip joke boast lament muse reveal disclose estimate
    allege charge counter retort continue tout praise criticize criticise blast slam accuse
    dismiss hail signal indicate express inform brief proclaim recount characterize
    characterise label dub term advise cite quote summarize summarise chime shout yell
    whisper exclaim cry scream shriek mutter concur speculate threaten propose recommend instruct
    pronounce assure reassure remind tell told wonder predict counsel elaborate clarify
    specify underscore underline highlight stipulate affirm attest swear reckon opine posit
    theorize observe lecture boast brag scoff sneer snap rant rail decry denounce condemn
    applaud thank welcome rebut refute dispute question challenge concur explain acknowledge
    conclude chant read interject interrupt gush fume snipe tease taunt plead implore beg
    confide scold chide rebuke admonish berate grumble marvel gloat relay restate reassert
    reconfirm hint imply""".split()
)
# Verb + particle that speak: "shot back, “…”", "pointed out that …".
PHRASAL_SPEECH = frozenset(
    """shoot:back fire:back hit:back push:back point:out spell:out
    lay:out speak:out lash:out weigh:in chime:in sound:off put:it""".split()
)
# Verbs of belief and knowledge that report a claim without quotation marks.
BELIEF_LEMMAS = frozenset(
    """believe think feel expect hope fear worry know suspect doubt consider find learn
    understand assume reckon estimate figure guess realize realise recognize recognise show
    imagine contend see view want prefer decide discover forecast project""".split()
)
# Verbs that apply a quoted label or phrase to something: "likened the refugees to a “vicious
# snake”", "branded North Korea an “outlaw nation”", "rated the claim “false”". With one of
# these an institution, too, is credited with the words; other verbs need a person.
JUDGEMENT_LEMMAS = frozenset(
    """liken compare brand rate rank call dub label term nickname name describe characterize
    characterise portray paint cast frame depict deem judge consider regard refer
    reference invoke cite quote chant shout read headline title promise vow pledge
    attack mock deride ridicule lampoon lambaste blast slam pound hammer criticize criticise
    praise laud hail tout admire accuse blame charge condemn denounce decry dismiss reject warn
    predict find conclude rule declare""".split()
)
# Nouns that stand for an utterance: "her full comments were:", "in a statement".
SPEECH_NOUNS = frozenset(
    """comment comments statement statements remark remarks words interview tweet post response
    message letter testimony speech briefing release op-ed editorial column claim claims
    assertion description warning promise pledge phrase slogan headline quote""".split()
)

# Verbs whose infinitive states the claim: "vowed to repeal the law", "urged Congress to act".
INTENT_LEMMAS = frozenset(
    """vow promise pledge plan want intend urge ask call refuse decline threaten agree propose
    expect hope seek demand push aim offer insist encourage warn advise order instruct
    predict claim pretend""".split()
)
# Verbs whose object is what was said or judged: "cited the poll", "criticized the plan".
OBJECT_LEMMAS = frozenset(
    """cite question criticize criticise mention discuss endorse reject acknowledge praise attack
    blame defend support oppose describe dispute deny condemn denounce applaud welcome slam
    blast accuse charge highlight stress emphasize emphasise tout propose recommend announce
    confirm report reveal disclose predict estimate show indicate suggest express raise voice
    admit concede demand release unveil recount recall repeat reiterate echo characterize
    characterise dismiss hail ridicule mock challenge contest""".split()
)
# Verb + preposition whose object is the claim: "called for a ban", "warned of a crisis".
PREP_CLAIMS = frozenset(
    """call:for talk:about ask:about speak:about speak:of warn:of warn:about warn:against
    complain:about complain:of argue:for argue:against write:about comment:on testify:about
    worry:about joke:about boast:about brag:about rail:against push:for advocate:for
    lobby:for campaign:for campaign:against say:about say:of think:about know:about
    hear:about learn:about remark:on reflect:on elaborate:on express:concern insist:on
    criticize:for blame:for praise:for accuse:of charge:with refer:to respond:to reply:to
    point:to focus:on vote:for vote:against object:to agree:with side:with look:for
    speak:out""".split()
)
# The verbs of the two-word cues above, by themselves: "call" of "call:for", "point" of
# "point:out".
PREP_VERBS = frozenset(p.split(":")[0] for p in PREP_CLAIMS)
PHRASAL_VERBS = frozenset(p.split(":")[0] for p in PHRASAL_SPEECH)
# Every verb a cue or a claim can turn on, for spotting forms and mapping them to lemmas.
CUE_LEXICON = (
    SPEECH_LEMMAS
    | BELIEF_LEMMAS
    | INTENT_LEMMAS
    | OBJECT_LEMMAS
    | JUDGEMENT_LEMMAS
    | PREP_VERBS
    | PHRASAL_VERBS
)
# Nouns that carry a position, with the word that introduces what it is about: "his attacks on
# Clinton", "questions about the foundation", "her plan to raise taxes".
STANCE_NOUNS = {
    "attack": "on against",
    "attacks": "on against",
    "question": "about over",
    "questions": "about over",
    "support": "for of",
    "opposition": "to",
    "criticism": "of",
    "criticisms": "of",
    "critique": "of",
    "endorsement": "of",
    "call": "for",
    "calls": "for",
    "comment": "about on",
    "comments": "about on",
    "concern": "about over",
    "concerns": "about over",
    "view": "of on",
    "views": "of on",
    "position": "on",
    "positions": "on",
    "response": "to",
    "reference": "to",
    "references": "to",
    "complaint": "about",
    "complaints": "about",
    "praise": "for",
    "defense": "of",
    "rejection": "of",
    "mention": "of",
    "claim": "that",
    "claims": "that",
    "plan": "to",
    "plans": "to",
    "promise": "to",
    "promises": "to",
    "pledge": "to",
    "vow": "to",
    "decision": "to",
    "refusal": "to",
    "push": "for",
    "demand": "for",
    "demands": "for",
}

# Nouns whose clause is a claim of their holder's: "his reluctance to provide guarantees",
# "her claim that …", "the assurance that …" (not plans, decisions or refusals: actions).
_STANCE_NOUNS_SINGULAR = """claim belief view assertion contention argument insistence conviction
    assurance reluctance willingness readiness determination commitment promise pledge vow threat
    warning demand call proposal suggestion fear concern allegation accusation suspicion
    expectation prediction estimate admission denial confirmation announcement statement message
    position stance acknowledgment acknowledgement assessment conclusion observation
    recommendation guarantee explanation""".split()
# ... and their plurals: "persisted in arguments that …"
CLAUSE_STANCE_NOUNS = frozenset(_STANCE_NOUNS_SINGULAR + [f"{noun}s" for noun in _STANCE_NOUNS_SINGULAR])


IRREGULAR_FORMS = {
    "say": "said",
    "tell": "told",
    "write": "wrote written",
    "think": "thought",
    "feel": "felt",
    "know": "knew known",
    "find": "found",
    "hear": "heard",
    "speak": "spoke spoken",
    "understand": "understood",
    "show": "shown",
    "learn": "learnt",
    "swear": "swore sworn",
    "fight": "fought",
    "seek": "sought",
    "mean": "meant",
    "forecast": "forecast",
    "withdraw": "withdrew withdrawn",
    "foresee": "foresaw foreseen",
    "give": "gave given",
    "take": "took taken",
    "go": "went gone",
    "shoot": "shot",
    "hit": "hit",
    "lay": "laid",
}


def word_forms(lemma: str) -> set[str]:
    """The inflected forms of an English verb or noun, enough to spot it in raw text."""
    w = lemma.lower()
    forms = {w, w + "s", w + "es", w + "ed", w + "d", w + "ing"}
    if w.endswith("e"):
        forms.add(w[:-1] + "ing")
    if w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
        forms |= {w[:-1] + "ies", w[:-1] + "ied"}
    if re.fullmatch(r"[a-z]*(?:qu|[^aeiou])[aeiou][bdgklmnprt]", w):  # ("quipped": "qu" as one)
        forms |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    forms |= set(IRREGULAR_FORMS.get(w, "").split())
    return forms


# Surface forms that can introduce speech or a claim: a paragraph with none of them and no
# quotation mark holds nothing for the parser to find. Forms that are mostly nouns in news
# ("states", "campaign", "report") are left out; their verb uses come with -ed or -ing.
NOUN_LIKE_FORMS = frozenset(
    """state states post posts charge charges report reports question questions answer answers
    comment comments call calls signal signals brief briefs counter counters cry cries
    continue release releases show shows support supports plan plans attack attacks campaign
    campaigns contest contests order orders offer offers demand demands hope hopes aim aims
    push pushes challenge challenges""".split()
)


def _trigger_forms() -> frozenset[str]:
    forms: set[str] = {"according"}
    for lemma in SPEECH_LEMMAS | BELIEF_LEMMAS:
        forms |= word_forms(lemma)
    for lemma in CUE_LEXICON - SPEECH_LEMMAS - BELIEF_LEMMAS:
        forms |= {
            f
            for f in word_forms(lemma)
            if f.endswith(("ed", "ing")) or f in IRREGULAR_FORMS.get(lemma, "").split()
        }
    # Nouns that carry a position count even where their verb forms would be too common.
    return frozenset(forms - NOUN_LIKE_FORMS) | frozenset(STANCE_NOUNS) | CLAUSE_STANCE_NOUNS | {"per"}


TRIGGER_WORDS = _trigger_forms()
# Every form of the verbs that report speech: "said", "says", "told", "added", "replied" …
SPEECH_FORMS = frozenset(f for lemma in SPEECH_LEMMAS for f in word_forms(lemma))


def _lemma_table() -> dict[str, str]:
    """Form → lemma, the same in every process (no set order decides): a shorter lemma wins a
    regular form two lemmas share; an irregular form belongs to its verb ("told" is "tell"'s,
    though "told" is listed too)."""
    table: dict[str, str] = {}
    for lemma in sorted(CUE_LEXICON, key=lambda w: (-len(w), w)):
        for form in sorted(word_forms(lemma)):
            table[form] = lemma
    for lemma, forms in sorted(IRREGULAR_FORMS.items()):
        if lemma in CUE_LEXICON:
            for form in forms.split():
                table[form] = lemma
    return table


# Form → lemma for every cue word: cheaper and steadier than a lemmatizer for this one job.
CUE_LEMMAS = _lemma_table()


def cue_lemma(word: str) -> str:
    """The lemma of a cue word ("told" → "tell"), or the word itself, lower-cased."""
    low = word.lower()
    return CUE_LEMMAS.get(low, low)


QUOTE_CHARS = set('“”"«»„')
WORD_RE = re.compile(r"[a-z]+")


# "A new poll shows that …", "Polling averages show Clinton with a lead": "show" is too
# often a noun to count by itself.
SHOWS_RE = re.compile(r"\b(?:show|shows|showed|shown)\s+(?:that\b|[A-Z])")


def might_hold_speech(text: str) -> bool:
    """Cheap test: could this paragraph hold a quotation or a reported claim?"""
    if QUOTE_CHARS.intersection(text) or "''" in text or text.rstrip().endswith(":"):
        return True  # a colon at the end introduces what follows: "The Times reports:"
    if SHOWS_RE.search(text):
        return True
    return any(w in TRIGGER_WORDS for w in WORD_RE.findall(text.lower()))
