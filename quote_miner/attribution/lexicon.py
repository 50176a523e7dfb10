"""Word lists and patterns attribution reads: pronouns, entity types, vague subjects, headline
labels, stance words. Data in one place; the cue verbs and nouns are in ``cues``, the titles
written before names in ``titles``."""

from __future__ import annotations

import re

from quote_miner.cues import (
    BELIEF_LEMMAS,
    INTENT_LEMMAS,
    JUDGEMENT_LEMMAS,
    OBJECT_LEMMAS,
    PREP_VERBS,
    SPEECH_LEMMAS,
    word_forms,
)
from quote_miner.names import NAME_CAPITALS, NAME_SMALL_LETTERS

# Whose a role is, when a pronoun says it: "His dad, Tom Wise, …".
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their"})


PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


PLURAL_PRONOUNS = {"they", "them", "their"}


RELATIVE_PRONOUNS = {"who", "which", "that"}


SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")


ENTITY_TYPES = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "organization",
    "NORP": "organization",
    "FAC": "organization",
}


# News agencies whose name after a dash credits the report, not a quotation: "“…” - Sapa".
WIRE_AGENCIES = frozenset(
    """AP AFP Reuters Sapa PA CP Xinhua dpa DPA ANI IANS PTI Bernama Kyodo Yonhap UPI ANSA EFE
    AAP NZPA Bloomberg""".split()
)
TRAILER_RE = re.compile(rf"^\s*(?:[—–―-]{{1,2}}|--)\s*((?:[{NAME_CAPITALS}][\w.’'-]*\s*){{1,4}})")


# One to four capitalised words: "Rep. Trey Gowdy", "Pence".
NAME_RUN = rf"(?:[{NAME_CAPITALS}][\w.’'-]*\s+){{0,3}}[{NAME_CAPITALS}][\w.’'-]*"


# (the parenthesis a party and state: "(R-S.C.)", not "(all times EDT)"; or an age and what
# they do, as vox pops run: "Ahmed Hassan, 42, taxi driver:")
# A headline's speaker and whom they address: "Carney to premiers: “…”".
ADDRESSED_NAME_RE = re.compile(rf"^\s*({NAME_RUN})\s+to\s+[\w’' -]{{1,40}}:\s*$")
COLON_NAME_RE = re.compile(
    rf"({NAME_RUN})(?:\s*\([A-Z][^()]{{0,29}}\))?(?:,\s*\d{{1,3}})?(?:,\s*[a-z][a-z -]{{2,40}})?\s*:\s*$"
)


# What someone issues to speak for them: "the Council issued a statement calling …".
DOCUMENT_NOUNS = frozenset(
    """statement statements letter memo memorandum release communique
    note notice report filing declaration proclamation order ruling resolution""".split()
)


# What a person or an organisation puts out that can speak for them: "a statement from X said".
ISSUED_NOUNS = DOCUMENT_NOUNS | frozenset(
    """email emails tweet tweets message messages ad ads advertisement commercial video article post
    sign signs placard placards banner banners poster posters""".split()
)
# What one adds in speaking or writing: "added the caption …", "added a caveat".
WORDING_NOUNS = ISSUED_NOUNS | frozenset(
    """caption captions comment comments remark remarks caveat line lines word words quip thought
    thoughts point points warning""".split()
)
# What someone writes to speak for themselves: cited for the first time, it is from the one
# the sentence before is about ("The hospital apologized. “…,” the statement read."); not a
# report, a release or a ruling, often someone else's.
OWN_WORDS_NOUNS = frozenset("statement letter email tweet message post".split())
# What a document's author did to it: "an email sent by Sanders", "a poll conducted by Gallup"
# (not "a letter reviewed by The Post", "a memo obtained by CNN": who has it).
ISSUING_PARTICIPLES = frozenset(
    """sent signed written issued released posted published authored drafted tweeted emailed
    distributed produced sponsored funded paid filed delivered prepared commissioned conducted
    run aired""".split()
)
# Verbs whose subject is the one a document reached, not who sent it: "he received a letter
# ordering him to …" is the letter's order.
RECEIVING_VERBS = frozenset(
    f for verb in "receive get obtain read see find".split() for f in word_forms(verb)
)
# Verbs whose object is the people addressed, in all their forms (the pipeline runs without a
# lemmatizer): "emailed supporters saying …" is the sender's.
AUDIENCE_VERBS = frozenset(
    f
    for verb in "email text message write tell urge remind brief address inform".split()
    for f in word_forms(verb)
)
DASHES = frozenset({"-", "—", "–", "--", "―"})


# How far from the quotation marks (in tokens) a cue is looked for.
FRAME_WINDOW = 40
# Tokens of the next sentence read as the frame of a quoted question: "“…?” Trump told ITV".
QUESTION_FRAME_TOKENS = 6
# ... or, when that sentence's main verb is a cue, every token up to it, if no more than this:
# "“…!” Scott's niece, state Del. Marcia Price (D-Newport News), shouted to the crowd."
QUESTION_FRAME_MAX_TOKENS = 25


VAGUE_SUBJECTS = frozenset(
    {
        "it",
        "this",
        "that",
        "which",
        "who",
        "anybody",
        "anyone",
        "everyone",
        "some",
        "many",
        "others",
        "most",
        "few",
        "nobody",
        "something",
        "what",
    }
)


# Cues whose next word is the person spoken to, not the speaker: "told AFP", "asked Trump".
OBJECT_OF_SPEECH = frozenset(
    "tell ask inform brief remind assure reassure thank urge accuse advise "
    "instruct warn question challenge".split()
)


JUDGING_LEMMAS = JUDGEMENT_LEMMAS | SPEECH_LEMMAS


# Verbs whose object is a name given or words uttered: "called her “Miss Piggy”",
# "chanting “U-S-A!”" (but "told “Good Morning America”" is a show).
NAMING_LEMMAS = frozenset("call dub nickname label brand term name chant sing shout crown".split())


# What a stated position is about: "talked about the plan", "warned of a crisis".
TOPIC_PREPS = frozenset({"about", "of", "for", "on", "against", "over", "regarding"})


# Adjectives that state a position: "critical of", "confident that".
# (not doubt: "analysts were skeptical the truce would last" holds the opposite of the clause)
STANCE_ADJECTIVES = frozenset(
    """critical confident concerned worried optimistic pessimistic sure certain hopeful
    supportive opposed convinced adamant insistent wary fearful proud angry upset furious happy
    pleased disappointed aware""".split()
)


# Headline labels that are not sources: "The Latest: …", "Watch: …".
HEADLINE_LABELS = frozenset(
    [
        "the latest",
        "breaking",
        "watch",
        "video",
        "exclusive",
        "update",
        "analysis",
        "opinion",
        "live",
        "editorial",
        "review",
        "commentary",
        "photos",
        "explainer",
        "fact check",
        # notices: "Correction Appended: October 2, 2016"
        "correction",
        "correction appended",
        "corrections",
        "clarification",
        "editor's note",
        "editor’s note",
        # what a letter to the editor answers: "Re: TTC fare hike approved (Jan. 14)"
        "re",
        # a page's section: "Cricket: Ontong, Morkel in S Africa one day squad"
        *"""sport sports cricket rugby soccer football tennis golf hockey baseball basketball
        motorsport racing netball athletics boxing cycling sailing yachting olympics business
        markets politics world weather entertainment health science technology tech travel
        lifestyle arts music movies film books culture crime courts education""".split(),
    ]
)

# A name after these is a place or an organisation ("runs at Dixon Hall"; not "in": "trust in
# Hillary Clinton")...
PLACE_PREPOSITIONS = frozenset({"at", "inside", "outside", "near"})
# First words of place names, no one's given name: "Cape Race", "Fort McMurray", "Lake Louise".
PLACE_NAME_OPENERS = frozenset("cape port fort mount mt lake point bay isle island falls".split())
# ... and the last words of places (no one's surname): "Smiths Falls", "Colorado Springs".
PLACE_NAME_ENDINGS = frozenset("falls springs heights harbour harbor creek".split())
# Where and when something was said: "said outside the courthouse", "argued during the trial".
ADJUNCT_PREPS = PLACE_PREPOSITIONS | frozenset({"during", "in", "after", "before", "following", "on"})
# Words that make a run of words a clause ("U.S. Signals It May Exit …", ", the answer is no.").
FINITE_WORDS = frozenset(
    """will would may might can could should must won't can't wouldn't is are was were has
    have had does did""".split()
)
# What a name is when the article describes it so ("Dixon Hall, a shelter in Toronto"): a place
# or an institution, never a person a pronoun stands for.
INSTITUTION_NOUNS = frozenset(
    """shelter hall center centre school university college hospital clinic church mosque
    temple synagogue museum library restaurant bar cafe store shop hotel club park street
    taverna tavern bistro diner grill pub brewery bakery pizzeria deli market salon motel inn
    lodge farm farms boulevard highway bridge square plaza lane parkway expressway crescent
    terrace trail
    avenue road building arena stadium company firm charity nonprofit non-profit foundation
    institute agency organization organisation group network station program programme
    newspaper magazine website brand town village city county neighbourhood
    neighborhood district police""".split()
)
# What a description must share with a role to be the same person: a rank ("the governor" is
# no former governor, "the presidential nominee" no vice-presidential one) and a minister's
# portfolio ("the transport secretary" is no union's general secretary).
RANKS_SAID_BOTH_WAYS = frozenset({"former", "vice", "deputy", "assistant", "associate", "acting", "shadow"})
PORTFOLIOS = frozenset(
    """transport transportation health finance foreign defence defense justice education
    environment energy interior home treasury labour labor trade agriculture immigration
    housing culture economy security commerce veterans""".split()
)
# Occupations written before a name like a title: "Librarian Sofia Marquez said …".
OCCUPATIONS = frozenset(
    """librarian pharmacist economist historian physician technician dentist scientist
    journalist activist artist novelist columnist therapist chemist biologist physicist
    musician electrician politician veterinarian comedian nurse teacher farmer baker chef
    paramedic firefighter lawyer attorney professor researcher student pastor rabbi imam
    priest coach referee midwife carpenter plumber poet laureate accountant consultant assistant
    attendant merchant restaurateur waitress mechanic clerk nanny barista architect analyst
    detective constable sergeant lieutenant chaplain monk nun cook lifeguard cashier janitor
    surgeon pilot bartender apprentice intern principal superintendent dean trustee provost
    registrar warden steward archbishop deacon vicar headmistress aide staffer""".split()
)
# People by where they stand rather than their work, written before a name or alone as a
# source: "Tenant Marguerite Osei said", "One commuter said".
SITUATION_NOUNS = frozenset(
    """tenant resident homeowner landlord patient commuter shopper retiree volunteer customer
    passenger survivor motorist renter teammate classmate complainant plaintiff defendant
    claimant""".split()
)
# Nouns for one organisation, which "the company … It said" refers back to.
ORGANISATION_NOUNS = frozenset(
    """company firm agency department ministry bank group charity nonprofit foundation institute
    organization organisation network newspaper council board union association university
    hospital school airline carrier retailer insurer lender manufacturer maker developer
    utility automaker carmaker startup regulator commission committee office authority bureau
    watchdog broadcaster publisher grocer chain unit railway railroad transit airport airways
    airlines""".split()
)
# Heads of bodies named "X of Y": "the Hexley Chamber of Commerce", "the Board of Trade".
BODY_OF_NOUNS = frozenset(
    """chamber board college council university institute department ministry bank association
    society federation union league academy bureau office commission committee court church""".split()
)
# The word a newspaper goes by after the article has named it in full: "the Post" after "The
# Washington Post" (not "the House" after "the White House": no outlet's word).
OUTLET_SHORT_NAMES = frozenset(
    """Post Times Journal Globe Herald Tribune Star Sun Mail Telegraph Examiner Chronicle Observer
    Gazette Bee Inquirer Enquirer Dispatch Courier Register Sentinel Record Citizen""".split()
)
# A government without its name, which "it" refers back to: "The federal government introduced
# a bill that it says will …" (never another body named before it).
GOVERNING_NOUNS = frozenset("government administration".split())
# Places that speak through their government: "the city said" after "The City of Regina lifted …".
CIVIC_NOUNS = frozenset("city town county village township municipality".split())
# Nouns for a body that reports on itself at the end of a sentence about it: "X has signed a
# contract …, the company announced" (a union or a board comments on others: "Canada Post will
# raise prices, the union said").
SELF_REPORTING_NOUNS = frozenset(
    """company firm agency bureau automaker carmaker retailer airline carrier bank insurer lender
    maker manufacturer developer startup broadcaster publisher grocer chain department ministry
    hospital university college school utility charity""".split()
)
# ... but not after "at" with these, aimed at a person ("looked at Smith", "a shot at Trump").
AT_A_PERSON = tuple(
    """look stare glance gaze laugh shout yell scream point aim smile wink grin throw swing jab
    lash fire hit snap bark swipe poke rail lunge sneer shot dig""".split()
)

# Labels in capitals that open notices, not a transcript's turns: "CORRECTION: …".
TRANSCRIPT_NOTICES = frozenset(
    {label.upper() for label in HEADLINE_LABELS}
    | {
        "CORRECTION",
        "CLARIFICATION",
        "EDITOR'S NOTE",
        "NOTE",
        "UPDATED",
        "RELATED",
        "READ MORE",
        "SEE ALSO",
        "ADVERTISEMENT",
        "SOURCE",
        "SOURCES",
        "CONTACT",
        "WARNING",
        "DISCLAIMER",
    }
)


HEADLINE_CUES = SPEECH_LEMMAS | BELIEF_LEMMAS | INTENT_LEMMAS | OBJECT_LEMMAS | JUDGEMENT_LEMMAS | PREP_VERBS


HEADLINE_COLON_RE = re.compile(rf"^\s*({NAME_RUN})\s*:\s+(?=\S)")


HEADLINE_TAIL_RE = re.compile(
    r",\s+((?:[\w.’'-]+\s+){0,5}[\w.’'-]+)\s+([Ss]ays?|[Ss]aid|[Ww]arns?|[Cc]laims?|[Ff]inds?|[Aa]nnounces?|[Cc]onfirms?)[.!]?\s*$"
)
# The source after a colon that ends a headline, as wire services write it: "Housing starts fell
# 12 per cent in October: CMHC", "… rose in May: StatCan", "…: study".
HEADLINE_SOURCE_TAIL_RE = re.compile(
    r":\s+((?:[A-Z][\w.&’'-]*)(?:\s+(?:of\s+)?[A-Z][\w.&’'-]*){0,3}|[Ss]tudy|[Rr]eport|[Pp]oll|[Ss]urvey)[.!]?\s*$"
)


# Verbs of being, having and moving: their topic phrases are places and times, not positions.
PLAIN_VERBS = frozenset(
    """is was are were be been being has have had having go goes went gone going come comes came
    coming live lives lived living stay stayed sit sat stand stood move moved travel traveled
    travelled arrive arrived return returned work worked works serve served serving run ran
    running remain remained remains get got gets take took taken meet met""".split()
)


STANCE_PREPS = frozenset({"about", "on", "of", "over", "against", "for"})


# (a capital inside a name after a surname's particle is part of it: "McDavid", "DeSantis",
# "LeBron", "O’Brien", "Ouellet-Roy"; not "EgyptAir")
_CAPITAL, _SMALL = f"[{NAME_CAPITALS}]", f"[{NAME_SMALL_LETTERS}]"
_NAME_WORD = (
    rf"(?:(?:(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von){_CAPITAL}{_SMALL}+|{_CAPITAL}{_SMALL}+|{_CAPITAL}(?=[’']))"
    rf"(?:[-’']{_CAPITAL}?{_SMALL}+)?|{_CAPITAL}\.(?:{_CAPITAL}\.){{0,2}})"  # (initials: "J.", "K.J.")
)
CAPITALISED_NAME_RE = re.compile(rf"\b{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,7}}")


# A nickname written in quotation marks inside a name, left out of it: Margaret “Peggy” Doyle.
QUOTED_NICKNAME_RE = re.compile(r"\s+[\"“‘'][^\"“”‘’']+[\"”’']\s+")
# A given name, a nickname in quotation marks and a surname: Dorothy “Dot” Hughes.
NICKNAMED_NAME_RE = re.compile(
    rf"\b(?P<given>[{NAME_CAPITALS}][{NAME_SMALL_LETTERS}]+)\s+[\"“‘'](?P<nickname>[{NAME_CAPITALS}][\w.-]*)[\"”’']\s+"
    rf"(?P<surname>[{NAME_CAPITALS}][\w’'-]+)"
)


GENDERED_WORDS = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}


GENDERED_TITLES = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f"}
# Nouns for a woman or a man that are not "-woman"/"-man" compounds: "His mother, Rosa,",
# "the actress". (Not every "-ess": "witness", "business".)
GENDERED_NOUNS = {
    **dict.fromkeys(
        """mother wife daughter sister aunt niece grandmother granddaughter girlfriend fiancee
        widow mom bride queen princess duchess countess baroness actress waitress hostess
        heiress stewardess seamstress songstress empress priestess girl""".split(),
        "f",
    ),
    **dict.fromkeys(
        """father husband son brother uncle nephew grandfather grandson boyfriend fiance
        widower dad groom king prince duke baron boy""".split(),
        "m",
    ),
}
NOT_MEN = frozenset({"human", "german", "roman", "ottoman"})
# Roles the press gives women too ("Trump spokesman Hope Hicks … she said"): no evidence of
# how the article will refer to the person.
EITHER_GENDER_ROLES = frozenset({"spokesman", "chairman"})


# Who can hold a claim, when the subject is a common noun: people, groups, institutions, and
# the documents they issue. Photos, approaches, talks and collapses cannot.
SOURCE_NOUNS = frozenset(
    """official spokesman spokeswoman spokesperson spokespeople minister president premier
    secretary senator lawmaker legislator congressman congresswoman representative governor
    mayor ambassador diplomat envoy leader chief head director chairman chairwoman chair ceo
    executive adviser advisor aide staffer staff analyst expert economist scientist researcher
    professor scholar historian strategist pollster observer critic supporter opponent
    activist advocate campaigner organizer organiser protester demonstrator resident citizen
    voter people person man woman men women source insider witness victim survivor family
    parent mother father son daughter wife husband friend neighbor neighbour colleague member
    owner worker employee union teacher student doctor nurse lawyer attorney prosecutor judge
    justice police officer detective investigator agent commander general soldier troops
    military army navy government administration authority authorities agency department
    ministry office committee commission council board court panel parliament congress senate
    campaign party group organization organisation company firm bank coalition alliance ally
    allies partner nation country embassy team camp side delegation negotiator mediator
    candidate nominee challenger incumbent rival opposition journalist reporter correspondent
    editor columnist writer author blogger host anchor commentator pundit spokesmen official
    officials lawyer regulator inspector auditor consultant manager president-elect
    kremlin pentagon poll survey study report analysis statement letter memo
    filing review audit investigation inquiry newspaper paper magazine outlet network media television radio
    broadcaster website blog ally fund institute institution foundation association
    federation university college school hospital club league corporation bureau service
    division unit state province city county district municipality township regime architect
    surgeon physician chef pilot dentist
    farmer rancher veteran clergy pastor priest rabbi imam bishop nominee respondent
    participant attendee delegate juror plaintiff defendant accuser counsel
    polling average averages data figures statistics estimates research transcript record
    records document documents slide chart model forecast projection tally count census
    lawsuit suit complaint indictment affidavit ruling petition motion warrant
    percent percentage majority minority plurality half third quarter
    ad advertisement commercial release article book video clip brief sign banner
    scout coach fan teammate athlete rookie captain crew tenant landlord patient client guest
    inmate refugee migrant immigrant child children kid kids boy girl teen youth elder mom dad
    uncle aunt cousin nephew niece spouse fiance fiancee boyfriend girlfriend principal
    superintendent dean trustee councillor councilor alderman sheriff deputy marshal
    firefighter paramedic medic nun monk cleric prosecution defense defence jury pupil
    graduate alumni alumnus airline utility""".split()
)
# Nouns for one person by what they do, with which an article refers back to someone it has
# named ("the Florida senator", "the billionaire businessman", "the affable proprietor"); with
# the -er/-or/-ist/-ian/-man endings (PERSON_SUFFIXES, AGENT_SUFFIXES).
EPITHET_NOUNS = frozenset(
    """minister president premier secretary senator lawmaker legislator congressman
    congresswoman representative governor mayor ambassador diplomat envoy leader chief
    chairman chairwoman ceo executive economist scientist scholar historian strategist critic
    activist advocate candidate nominee frontrunner front-runner challenger incumbent
    journalist correspondent columnist author host anchor pundit attorney prosecutor judge
    justice general surgeon neurosurgeon physician chef pilot dentist veteran pastor priest
    rabbi imam bishop delegate tycoon mogul billionaire millionaire entrepreneur star actor
    actress singer coach veteran quarterback shortstop goalie goaltender guard forward center centre
    teammate rookie captain seed champion striker midfielder defender defenceman winger pitcher
    batsman bowler deckhand farmhand stagehand guide maid medic cadet deputy boss heir heiress
    magnate jockey caddie hostess sheriff marshal astronaut trainee cardinal ballerina""".split()
)
# Nouns for one person by where they stand to others, not by trade: "Patron Ahmed Saleh",
# "Tenant Rosa Diaz" at a sentence's start are a role and a name.
STANDING_NOUNS = frozenset(
    """patron tenant neighbour neighbor resident patient witness parent retiree landlord
    landlady client guest athlete widow widower homeowner housemate roommate classmate""".split()
)
# The verbs by which a paragraph the parser may have skipped shows someone speaking, in their
# finite forms: "Ravinder Dhaliwal told reporters", "said Ravinder Dhaliwal".
SPEAKING_FORMS = frozenset(
    form
    for lemma in "say tell add write explain recall testify speak".split()
    for form in word_forms(lemma)
    if form != lemma and not form.endswith("ing")
)
# Nouns for the unnamed people who stand beside the named ones ("the official said", "the
# aide said"): never someone the article has named, without more evidence.
ANONYMOUS_NOUNS = frozenset(
    """official officer spokesman spokeswoman spokesperson aide source staffer insider adviser
    advisor person man woman witness resident neighbor neighbour member employee worker
    analyst expert observer voter supporter speaker caller reader viewer user victim patient
    passenger customer tenant""".split()
)
# Nouns for one person by the job they hold for someone, which the name finder does not read
# as a trade: a lede's "A former aide to Sen. …" is the person the next paragraph names.
STAFF_NOUNS = frozenset("aide staffer employee".split())
# Nouns for one who speaks for a body: an article that names them gives them the role too.
SPOKESPERSON_NOUNS = frozenset("spokesman spokeswoman spokesperson".split())
# Verbs that take someone speaking as their object: "recalled his father telling him, “…”".
WITNESSING_LEMMAS = frozenset("recall remember hear see watch imagine picture".split())
# Roles an article refers back to by another noun: "Justice Michael Code … the judge wrote".
ROLE_SYNONYMS = {"justice": ("judge",), "judge": ("justice",)}
# What only people do: their subject, a capitalised word the recogniser missed, is a name.
PERSON_ONLY_VERBS = frozenset(
    """died dies laughed laughs smiled smiles shrugged shrugs nodded nods sighed sighs wept weeps
    grinned grins frowned frowns""".split()
)
# Relatives who share the surname of the one they are named by: "Haddad's husband, Omar,", "His
# wife, Lorraine," (a wife may keep her own — in Quebec by law — but a given name alone is no
# better a name for her; not a partner, nor in-laws).
SURNAME_KIN = frozenset(
    """husband wife son daughter brother sister mother father mom mum dad niece nephew cousin
    uncle aunt grandson granddaughter grandmother grandfather grandma grandpa stepson
    stepdaughter stepmother stepfather twin""".split()
)
# Roles that say whom someone stands by, not what they do: "Her business partner, Hamid
# Rezaei, … “…,” the soft-spoken accountant said" may still be about him.
RELATION_ROLE_NOUNS = SURNAME_KIN | frozenset(
    "partner friend neighbour neighbor colleague spouse boyfriend girlfriend fiancé fiancée roommate".split()
)
# "the younger Kowalski", "the elder Trump": which of two people with one surname, and the
# nouns that make someone the younger of the two, or the elder, in their role.
GENERATION_WORD_RE = re.compile(r"\bthe\s+(younger|elder|older)\s+$", re.IGNORECASE)
YOUNGER_KIN = frozenset("son daughter grandson granddaughter child kid nephew niece".split())
ELDER_KIN = frozenset("father mother dad mom mum grandfather grandmother uncle aunt".split())
# Words of a role that name a body or a rank, no place: "Senate Majority Leader".
BODY_WORDS = frozenset(
    "senate house majority minority federal national provincial state city council".split()
)
# Nouns for several people of one family: "The sisters' mother, Donna,".
KIN_GROUPS = frozenset("sisters brothers siblings twins couple family".split())
# Nouns for several people at once: "her team", "his campaign".
COLLECTIVE_NOUNS = ORGANISATION_NOUNS | frozenset("team staff family campaign crew".split())
# What follows a surname and is none: "Vladimir Guerrero Jr.", "Martin Luther King III".
GENERATION_SUFFIXES = frozenset("jr sr ii iii iv".split())
# Where someone comes from, never part of a role: "the Calgary-born singer".
ORIGIN_SUFFIXES = ("-born", "-raised", "-based", "-bred")
# People of a family an article brings in unnamed: "One mother said …", "Another parent said …".
UNNAMED_KIN = frozenset("parent mother father grandparent grandmother grandfather".split())
# Words in front of a title that make its holder someone unnamed: "One MP", "A Labour MP".
UNNAMED_DETERMINERS = frozenset("a an one another".split())

# Entities that are times and sums, never anyone's words (a number or a share may be people:
# "51 percent of respondents said …"; and a name may be taken into a date: "[Last week Stumpf]").
TIME_ENTITIES = frozenset({"DATE", "TIME", "MONEY"})
CALENDAR_WORDS = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
# How long something has been said ("has argued for months that …").
DURATION_WORDS = frozenset("days weeks months years decades ages".split())
# "…, hours after …", "…, shortly before …": the writer placing a report in time
TIMELINE_WORDS = frozenset("minutes moments hours hour days day weeks week months shortly soon just".split())
# Times of day a deadline names ("sold out by noon"), where the recogniser may not have run.
CLOCK_WORDS = frozenset("noon midnight morning afternoon evening tonight tomorrow".split())
# Quantities that stand for people as subjects: "Many of his supporters believe …", "each
# saying …", "Those close to him say …".
QUANTIFIER_SOURCES = frozenset(
    """many some most few several both each all others one two none those these
    majority minority half""".split()
)
# Endings of nouns for people ("economist", "historian", "congressman"); -er/-or nouns count
# unless they are things.
PERSON_SUFFIXES = ("ist", "ian", "man", "men", "woman", "women", "person", "people")
AGENT_SUFFIXES = ("er", "ers", "or", "ors", "wright")
NOT_AGENTS = frozenset(
    """letter order power water border number matter chapter corner quarter center
    centre winter summer weather answer error door floor factor sector motor tractor mirror
    terror horror color colour honor honour labor labour favor favour rumor rumour humor
    humour vigor meteor corridor monitor vector flavor behavior behaviour character barrier
    disaster cancer fever computer filter folder timer river silver shelter theater theatre
    cluster banner poster flyer offer cover layer tower tier newspaper paper""".split()
)

# Verbs whose object did what the infinitive after it says: "That prompted Rubio to call
# Trump …" (not "Leaders used blunt language to condemn …", whose subject did, nor "urged
# Sessions to tell Trump …", which he may never have done).
OBJECT_CONTROL_VERBS = frozenset(
    "prompt lead force cause inspire spur drive compel provoke persuade convince".split()
)

# Auxiliaries of the perfect tense: "Clinton has taken a swipe at Trump, saying …".
PERFECT_AUX = frozenset({"has", "have", "had"})
# Prepositions whose object a noun is, not a name's apposition: "a spokeswoman for the
# hospital, Jane Doe,".
PREPOSITIONS_BEFORE_NOUN = frozenset({"for", "of", "at", "with", "from", "to", "in", "by", "on"})
# A sentence that looks back at the quotation before it: "That's how …", "This was what …", "With
# those words, …", "That quote from …".
LOOKING_BACK_RE = re.compile(
    r"(?:That|This|Such)(?:’s|'s| is| was) (?:how|what)\b|With (?:those|these|that|this)(?: words?)?,"
    r"|(?:That|This|The) (?P<noun>quote|quotation|remark|line|comment) (?:from|by)\b"
)
# The labels of an interview set as questions and answers (QA_RE): the answers are the words of
# the person interviewed; the questions are the interviewer's.
QUESTION_LABELS = frozenset({"Q", "Question", "QUESTION"})
# Who puts questions: the words that follow them are the answer, someone else's ("At a forum,
# one questioner claimed … / “You're right, …,” he said").
ASKER_NOUNS = frozenset("questioner interviewer moderator reporter journalist host".split())
ANSWER_LABELS = frozenset({"A", "Answer", "ANSWER"})
# Nouns for a person of a nation that are no adjectives ("the Briton", "the Spaniard"), which
# the recogniser may take for a person's name.
DEMONYM_NOUNS = frozenset(
    """Briton Britons Frenchman Frenchwoman Englishman Englishwoman Scotsman Scotswoman Welshman
    Welshwoman Irishman Irishwoman Dutchman Dutchwoman Spaniard Swede Dane Kiwi Aussie""".split()
)
# Small words a body's name keeps in lower case: "Friends of the Earth", "Bureau de la statistique".
NAME_LINKS = frozenset("of the and for in on to at de la du des".split())
