"""The words by which a description refers to a person rather than naming them: by age ("the
septuagenarian"), by rank or office ("the former prime minister", "the country's top
soldier"), by a contest or a team ("the winner", "the defenceman"), as the one charged ("the
accused"), or as another of a kind ("the second official")."""

# Nouns that describe someone by their age alone, as "the 16-year-old" does: "the teenager".
# Nouns for someone in a decade of life, by its first year ("the septuagenarian": 70 to 79).
DECADE_NOUNS = {
    "quinquagenarian": 50,
    "sexagenarian": 60,
    "septuagenarian": 70,
    "octogenarian": 80,
    "nonagenarian": 90,
    "centenarian": 100,
}
AGE_NOUNS = frozenset("teenager teen youngster toddler".split()) | frozenset(DECADE_NOUNS)
# A person by age and sex, whatever they do: "the old man said, laughing", "the young woman".
AGE_ADJECTIVES = frozenset("old young elderly older younger aging ageing".split())
SEXED_NOUNS = frozenset("man woman boy girl lady gentleman".split())

# Words that rank a person rather than name a role: "the country's top soldier" is whoever
# holds the highest post of the kind, whatever the article calls the post.
RANK_WORDS = frozenset("top highest-ranking top-ranking".split())
# Adjectives that place someone in an office, not describe them: "the former vice president's
# spokeswoman" may be someone the article names later; "the lanky, bespectacled professor" is
# someone it has named.
OFFICE_ADJECTIVES = frozenset(
    """former new top senior chief deputy acting interim incoming outgoing late current longtime
    longstanding veteran then future principal general special national federal regional""".split()
)
# What someone is in a contest, whatever office they hold: "Incumbent Patrick Brown … / “…,” the
# winner told supporters", "Indiana Gov. Mike Pence … the Republican vice-presidential nominee".
CONTEST_NOUNS = frozenset("winner victor loser runner-up front-runner frontrunner nominee candidate".split())
# Standings on a team that go with any position: "Captain Quinn Hughes" is "the defenceman".
TEAM_STANDING_NOUNS = frozenset("captain co-captain rookie veteran".split())

# Words that make the person a crime story names next the accused, not the lede's speaker.
CHARGED_WORDS = ("charged", "arrested", "accused", "suspect")
# What the one charged is called: "the accused replied" (not "the prosecutor asked").
DEFENDANT_NOUNS = frozenset("accused suspect defendant".split())

# Words that set one unnamed person beside another: "the second official", "another aide".
OTHER_WORDS = frozenset("other another second third fourth first".split())
# Nouns an ordinal ranks rather than counts off: "the third seed" is one player, not another one.
RANKED_NOUNS = frozenset("seed".split())
