"""Word lists for claims (../shared/gold/CLAIMS.md): what a verb's content must be to make a
claim, and how a cue relates to its words. Data in one place with ``lexicon``."""

from __future__ import annotations

from quote_miner.cues import word_forms

# --- what makes a claim (../shared/gold/CLAIMS.md) -------------------------------------------

# Speech verbs that things do as often as people: "the agreement signals", "the data suggest".
INFERENCE_LEMMAS = frozenset("signal suggest indicate underscore highlight".split())
# Verbs that react to what someone else put forward ("welcomed the announcement that …",
# "dismissed claims that …") without saying it themselves.
REACTION_LEMMAS = frozenset(
    """welcome applaud hail praise criticize criticise reject dismiss question challenge dispute
    mock ridicule condemn denounce slam blast decry deny refute rebut""".split()
)
# ... of which those that deny it: "rejected the notion that P" is a denial of P, the subject's
# (CLAIMS.md), in words that are not theirs.
DENYING_LEMMAS = frozenset(
    "reject dismiss question challenge dispute mock ridicule deny refute rebut".split()
)
# Verbs whose subject acts on a plan someone else put forward, neither holding nor denying it:
# "Residents are fighting a proposal to build an asphalt plant" is not the residents' proposal
# (but "dismissed the notion that …" is a denial, and "support a proposal to …" a position).
RESPONDING_VERBS = frozenset(
    form
    for verb in """fight oppose consider review study debate discuss ignore block defeat protest
    resist scrap shelve kill veto""".split()
    for form in word_forms(verb)
)
# Things one says that are no clause: "said a prayer dedicated to the victims".
SAID_THINGS = frozenset(
    "prayer prayers word words goodbye goodbyes grace mass rosary thanks hello vows lines".split()
)
# Verbs only people and what they write do: whatever noun is their subject holds the claim
# ("The actress said …"), unlike "show" or "suggest" ("Photos show …").
SAYING_LEMMAS = frozenset("say tell add argue insist claim contend complain".split())
# Pronouns for whatever someone says, as the object of the saying: "Everything Trump says is a lie".
SAID_THING_PRONOUNS = frozenset("everything anything nothing something all much whatever".split())
# Verbs after which a noun and a participle are what is shown or remembered, a proposition:
# "The poll shows Clinton leading Trump 47 to 44", "she recalls the colleague being confused".
SMALL_CLAUSE_LEMMAS = frozenset("show find see hear recall remember".split())
# Verbs of belief that are also verbs of the senses: with a bare verb after their object they
# report what was perceived ("see Ayotte speak"), not a proposition.
PERCEPTION_LEMMAS = frozenset("see hear watch feel".split())
# Verbs of refusing or failing to speak: "declined to blame", "refused to confirm", "failed to
# say". Neither they nor the verb they govern assert anything.
REFUSAL_LEMMAS = frozenset("decline refuse fail avoid hesitate".split())
REFUSAL_FORMS = frozenset(form for lemma in REFUSAL_LEMMAS for form in word_forms(lemma))
# What "according to" may name without naming a source: "played according to plan", "buried
# according to tradition" (not "according to management", "according to staff").
MANNER_NOUNS = frozenset(
    "plan schedule script design tradition custom protocol procedure precedent ritual legend".split()
)
# Participles before a speech verb's infinitive that put the saying ahead: "is expected to
# announce", "is set to unveil", "is due to report", "is scheduled to testify".
NOT_YET_SAID = frozenset("expected set due scheduled slated poised".split())
# ... what may be said, someday: "The mayor could announce as early as Friday that …" (not
# "would", the past's future: "she would later say that …").
POSSIBILITY_MODALS = frozenset("could might may can".split())
# ... and "has yet to", "is yet to": what is not done yet.
YET_TO_HEADS = frozenset("has have had is are was were".split())
# Wishes, moods and decisions are not assertions: "officials hope the talks steer …".
WISH_LEMMAS = frozenset("hope wish want prefer dream pray long yearn decide".split())
# Speech acts whose content is an infinitive: "urged the EU to mount …", "vowed to fight".
# (Not plans or agreements: "agreed to a ceasefire" is an action, "plans to run" an intention.)
DIRECTIVE_LEMMAS = frozenset(
    """vow promise pledge swear urge ask call threaten propose demand press push encourage warn
    advise order instruct insist predict claim tell beg implore invite challenge""".split()
)
# What someone could not or would not give is no statement: "said she couldn't provide more
# information", "said he would not comment".
NON_STATEMENT_VERBS = frozenset(
    """provide say comment confirm disclose elaborate discuss share give offer specify reveal
    detail speculate address answer""".split()
)
# The preposition that ties an evaluation to its target after any verb: "dismissed X as Y".
EVALUATION_PREPS = frozenset({"as"})
# ... except after verbs that keep or give someone a role: "maintained her status as the
# front-runner", "hired her as an adviser" ("named X as Y" is either, and stays a claim), or
# that do something with a thing: "release the videos as a matter of transparency".
ROLE_GIVING_LEMMAS = frozenset(
    """maintain keep retain use appoint elect hire nominate install choose pick select serve
    release unveil publish issue post raise""".split()
)
# Verbs that say what something is: "Christie Calls Clinton A Disgrace" is a claim as it stands.
# A court's verdict is a decision, not a claim: "A jury found the man guilty of murder".
VERDICT_WORDS = frozenset("guilty innocent liable".split())
EVALUATIVE_LEMMAS = frozenset(
    "call brand label dub name term deem describe characterize characterise liken compare".split()
)
# Verbs that evaluate their object, and the preposition that says what of: "accused X of Y",
# "blamed X for Y", "likened X to Y", "charged X with Y". After other verbs the same
# prepositions add no claim: "asked the agency for every document", "discuss the budget for
# next year", "warned residents of the storm".
_JUDGING_FOR = """praise commend laud hail applaud credit thank admire blame fault criticize
    criticise condemn denounce decry attack slam blast lambaste hammer mock deride ridicule scold
    rebuke chide castigate""".split()
# Cues whose object is what they judge, never a speaker standing after them: in "“…,”
# denounced her record as secretary of state" the words after the verb are its target.
TARGET_LEMMAS = frozenset(_JUDGING_FOR) | EVALUATIVE_LEMMAS | frozenset("accuse dismiss reject".split())
# The word an evaluation needs after its target, even in a headline: "describe X as Y", "liken
# X to Y" ("Residents describe gas explosion" evaluates nothing).
EVALUATION_LINKS = {
    "describe": "as",
    "characterize": "as",
    "characterise": "as",
    "liken": "to",
    "compare": "to",
}
EVALUATION_PAIRS = frozenset(
    # (not "thanked him for his years of service": thanks are no claim)
    [f"{verb}:for" for verb in _JUDGING_FOR if verb != "thank"]
    + [f"{verb}:{link}" for verb, link in EVALUATION_LINKS.items()]
    + """accuse:of suspect:of charge:with portray:as paint:as cast:as label:as brand:as see:as
    view:as regard:as""".split()
)


# --- claims: how a cue relates to its words ---------------------------------------------
# What sets a cue off inside the sentence it reports: "Acts of protest, Mr. Obama said, are …".
SETTING_OFF_MARKS = frozenset({",", "—", "–", ";"})
# Verbs that ask: a question asserts nothing ("Asked what he would like, …").
ASKING_LEMMAS = frozenset({"ask", "wonder", "inquire", "query"})
# Verbs that put a question when a wh-word opens their clause ("questioned why …", "doubted
# how …"); "said why" explains, and stays a claim.
QUESTIONING_LEMMAS = ASKING_LEMMAS | frozenset({"question", "doubt", "challenge", "demand"})
WH_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})
# A source's terms for appearing in print ("asked not to be named", "asked to be identified
# only by her first name"): no claim.
NAMED_IN_PRINT = frozenset({"named", "identified", "quoted", "published", "used"})

# Words that open a subordinate clause: a cue in one ("when veterans ask for help", "before
# officials had weighed in") frames nothing outside it.
# ("As experts have pointed out, P" is a frame for P, not a subordinate clause.)
SUBORDINATORS = frozenset(
    "when whenever while before after if because since until once unless though although where".split()
)
# ... that open a claim's content with a clause of condition, time or concession whose main
# clause follows: "unless there is a breakthrough “very soon,” Trump would have to decide".
CONDITION_OPENERS = SUBORDINATORS - {"where"} | {"as"}
# Participles by which the writer sets a condition, with no one asserting it: "assuming that …".
CONDITION_PARTICIPLES = frozenset("assuming supposing presuming granting".split())
# ... that open the writer's own clause after a cue: the context, not what was said ("…, the
# company said, as demand fell"; not "unless", "until", "once": those may be the speaker's).
WRITERS_LINKS = frozenset("as while because since after before amid despite although though when".split())

# Prepositions that name whom a request is made of: "called on Congress to …", "called for X to …".
ADDRESSING_PREPS = frozenset({"on", "upon", "for"})
# The forms of "be" that make a noun a predicate ("Trump is a … birther who …", "Her argument
# is that …").
COPULAS = frozenset("be am is are was were been being 's ’s".split())
# Determiners that make a holder nobody: "No one told …", "neither candidate invokes …".
NEGATIVE_DETERMINERS = frozenset({"no", "neither"})

# Conjunctions that open a clause of time, cause or manner, not what was said: "defends the
# plan as leaders push back", "warns of cuts after the vote failed".
ADVERBIAL_MARKS = frozenset("as while when after before because since until though although once".split())

# Whom one tells, when the parser ran the listeners into the subject of what was told: "told
# [reporters salt trucks] would be out", "told [the committee costs] had doubled".
AUDIENCE_NOUNS = frozenset(
    "reporters journalists media press committee court jury judge council crowd supporters audience "
    "members delegates students listeners viewers readers lawmakers legislators legislature "
    "parliament house senate assembly inquiry commission board tribunal hearing conference "
    "residents parents employees staff workers investors analysts shareholders".split()
)


# What opens a clause that sets a second statement against the first: "…, though he admitted …".
CONCESSIVE_MARKS = frozenset({"though", "although", "while", "whereas"})
# Cues that take a clause and never a noun object: in a headline, a noun and a past participle
# after them are a passive whose "is" or "was" is left out ("Police say man charged …").
CLAUSE_ONLY_LEMMAS = frozenset({"say", "confirm"})

# What shows a finding: polls, studies, records and footage ("Polls show a close contest").
EVIDENCE_SUBJECTS = frozenset(
    """poll polls survey surveys study studies analysis analyses data record records figures
    average averages report reports video videos footage document documents statistics numbers
    results research audit review tally count""".split()
)

# Tags of no word that follows "that" as a subject ("that was …"): after them "that" opens a clause.
NOT_AFTER_THAT_SUBJECT = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "DT", "PRP$", "CD", "VBP"})
# Nouns with which the writer sums up what was said, set off after it: "…, a claim not recognized
# internationally", "… — a point that intelligence officials have disputed".
SUMMING_UP_NOUNS = frozenset(
    """charge claim accusation allegation remark comment statement assertion argument point
    message position view sentiment notion move decision step reversal shift departure
    turnaround u-turn figure number estimate assessment prediction characterization
    characterisation promise pledge""".split()
)
