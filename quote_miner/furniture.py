"""What site furniture looks like: the word lists and phrase patterns the cleaner reads lines
with (``clean.py`` decides; this is its data)."""

from __future__ import annotations

import re

STOPWORDS = frozenset(
    """a an the and or but if of to in on at by for with from as is are was were be been being
    has have had do does did not no that this these those it its he she they we you i his
    her their our your my me him them us who whom which what when where why how than then
    there here so too very can could will would shall should may might must also just only
    about into over after before while during because since until up down out off again
    further once all any both each few more most other some such own same s t said says""".split()
)

WORD_RE = re.compile(r"[^\W\d_][\w’'\-]*", re.UNICODE)
BULLET_RE = re.compile(r"^\s*(?:[•·▪●◦‣*\-–—]|\d{1,2}[.)])\s+")
END_PUNCT = tuple('.!?:;"”’)…»') + ("'",)  # a straight single quote closes a quotation too

# Widget labels, navigation and calls to action: only ever a whole short line.
FURNITURE_LINE_RE = re.compile(
    r"""^(?:follow\ us|share(\ this)?|tweet|email|print|menu|search|home|skip\ to|
    previous(\ article|\ post|\ story)?|next(\ article|\ post|\ story)?|latest(\ news)?|
    most\ (?:read|popular|viewed)|trending|related(\ articles|\ stories|\ posts|\ coverage)?|
    read\ more|keep\ reading|continue\ reading|show\ (?:less|more)|see\ (?:also|more)|
    more\ (?:on|from|in)\b|you\ (?:may|might)\ also|recommended|sponsored|advertisement|
    newsletter|subscribe|sign\ (?:up|in)|log\ ?in|register|comments?|leave\ a\ (?:comment|reply)|
    tags?:|topics?:|filed\ under|copyright|©|all\ rights\ reserved|terms\ of|privacy|cookie|
    click\ (?:here|on)|how\ useful|average\ rating|vote\ count|no\ votes|rate\ this|
    want\ more|download\ (?:our|the)\ app|listen\ to|watch:|video:|photos?:|image:|
    top\ story|breaking(\ news)?|editor'?s\ pick)""",
    re.IGNORECASE | re.VERBOSE,
)
# A teaser card ends with its link text; the prose right above it is another article's.
TEASER_END_RE = re.compile(
    r"(?:keep\s*reading|read\s*more|continue\s*reading|show\s*less|full\s*story)\W*$", re.I
)
# An appeal to the reader (donations, newsletters) ends the article.
APPEAL_RE = re.compile(
    r"\b(?:please\s+(?:consider|support|donate|subscribe|help)|donate\s+(?:now|today)|"
    r"subscribe\s+(?:now|today|to\s+(?:our|the))|sign\s+up\s+(?:for|to|now)|"
    r"support\s+(?:our|independent|quality)\s+(?:journalism|reporting|work|coverage)|"
    r"dear\s+(?:\w+\s+)?readers|become\s+a\s+(?:member|subscriber|supporter|patron)|"
    r"make\s+a\s+(?:[\w-]+,?\s+){0,3}(?:contribution|donation|gift)|have\s+your\s+say|"
    r"what\s+(?:do|did)\s+you\s+think|tell\s+us\s+(?:what|your)|(?:email|send)\s+(?:us\s+)?your\s+"
    r"(?:comments|views|thoughts|story)|share\s+your\s+(?:thoughts|views|story|comments))\b",
    re.I,
)
# Cheap tests before the expressions below: a line holds one of these words or it cannot match.
APPEAL_WORDS = (
    "please",
    "donat",
    "subscri",
    "sign",
    "support",
    "reader",
    "member",
    "contribut",
    "your",
    "tell",
)
LEGAL_WORDS = (
    "copyright",
    "©",
    "rights",
    "may not",
    "reproduc",
    "terms",
    "privacy",
    "responsible",
    "trade",
    "published",
    "full article",
)
# Legal lines and notes about the page: they end the article and are never its text. ("Ã©" is
# an "é" decoded twice, as in "rÃ©sumÃ©", not a copyright sign; its "Ã" may be "A" and a
# combining tilde.)
LEGAL_RE = re.compile(
    r"(?i)\bcopyright\s+(?:©\s*|\(c\)\s*)?\d{4}|(?<![Ã\u0303])©|\ball\s+rights\s+reserved\b|\bmay\s+not\s+be\s+(?:published|reproduced|"
    r"redistributed|rewritten|broadcast|copied)|\breproduction\b.*\bprohibited\b|terms\s+(?:and|&)\s+"
    r"conditions|privacy\s+(?:statement|policy|notice)|not\s+responsible\s+for\s+the\s+content|"
    r"\btrade\s?mark\b|this\s+article\s+(?:was\s+)?(?:originally\s+)?(?:first\s+)?published\s+(?:on|in)\b|"
    r"the\s+full\s+article\s+contains\b"
)
# A list item that ends in its date is a link to another story: "• Obama picks up support
# 1/15/2008, 3:40 a.m. EST", "* Halting Steps Taken (November 20, 2007)".
DATED_ITEM_RE = re.compile(
    r"(?:\d{1,2}/\d{1,2}/\d{2,4}(?:,?\s+\d{1,2}:\d{2}.*)?|\((?:[A-Z][a-z]+\.?\s+\d{1,2},\s+)?\d{4}\))\s*$"
)
# A sentence that recurs across a site's articles is furniture when it asks something of the
# reader or points elsewhere ("Follow Pam Key on Twitter @pamkeyNEN."); wire copy recurs too.
CALL_TO_ACTION_RE = re.compile(
    r"@\w|https?://|www\.|^(?:follow|click|read|sign|subscribe|share|watch|listen|download|get|"
    r"join|like|see|visit|send|email|contact|tap)\b",
    re.I,
)
READER_RE = re.compile(r"\b(?:dear\b|readers?\b|you\b|your\b|us\b|our\b)", re.I)
# Photo credits: "(Julien de Rosa, Pool via AP)", "REUTERS/Kevin Lamarque", "via shutterstock".
CREDIT_RE = re.compile(
    r"""(?:\((?:[^()]{0,80}\b(?:via|AP|Reuters|AFP|Getty|Shutterstock|Pool|Photo|Images?|
    Credit|EPA|Bloomberg)\b[^()]{0,80})\)\s*$|\b[A-Z]{3,}/[A-Z][a-z]+(?:\s+[A-Z][\w.]*)*(?:/[\w ]+)?\W*$|
    /\s?Shutterstock\b|\bvia\s+shutterstock|^(?i:(?:top\s+)?(?:photo|image|picture)\s+credit)\b|
    ^(?i:(?:photo|image|credit)s?)\s*:|/(?:Reuters|AP|AFP|Getty(?:\s+Images)?|EPA|Bloomberg)\W*$)""",
    re.VERBOSE,
)
BYLINE_RE = re.compile(r"^(?i:by|written by|reporting by)\s+[A-Z][\w.\-’']+(?:\s+[A-Z][\w.\-’']+){0,3}\s*$")
DATE_LINE_RE = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b",
    re.I,
)
# Lines after which the article begins: "Published: Friday, January 11, 2008", "Last Updated:
# …", a bare date line (bylines are BYLINE_RE).
ANCHOR_RE = re.compile(
    r"(?i)^(?:(?:published|posted|updated|last\s+updated)\b.{0,60}\d{4}|"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b.{0,30}$|.{0,40}\bstaff\s+writer\b.{0,20}$)"
)
ANCHOR_REACH = 8
SECTION_LABEL_RE = re.compile(r"^[\w&’' -]{1,30}\s*\|\s*[\w&’' -]{1,30}$")


# Lines after which the article is over for good: comments, recommendations, copyright.
END_OF_ARTICLE_RE = re.compile(
    r"(?i)^(?:comments?\b|leave\s+a\s+(?:comment|reply)|\d+\s+comments?|you\s+(?:may|might)\s+also|"
    r"recommended|most\s+(?:read|popular|viewed|emailed)|newsletter|how\s+useful|copyright|©|latest\b|"
    r"\(c\)\s|all\s+rights\s+reserved|previous\s+(?:article|post|story)|next\s+(?:article|post|story))"
)


# "DAVIE — ", "HONOLULU -- ", "NEW YORK (Reuters) - ", "NOUAKCHOTT, Mauritania --"
OPENING_DATELINE_RE = re.compile(
    r"^[A-Z][A-Z.'’ -]{2,}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?\s*(?:\([\w .]+\))?\s*(?:—|--|–|-)\s"
)


# Lines that head a reader's comment: "Posted by: King Eric on 9:55am Wed 2 Jan 08",
# "Louise - Canada (12/17/2007 06:48)", "Dec 28, 2007 11:05 PM | Link to this".
COMMENT_META_RE = re.compile(
    r"(?i)(?:posted\s+(?:by|on|at)\b|\bwrote:|link\s+to\s+this|report\s+abuse|"
    r"\b\d{1,2}:\d{2}\s*(?:am|pm)\b|\(\d{1,2}/\d{1,2}/\d{2,4}[\s\d:]*\)|\d{1,2}/\d{1,2}/\d{2,4}\s+\d{1,2}:\d{2})"
)
# Not a heading inside an article: menus ("About Us | People"), "MORE TECH NEWS »", addresses.
NOT_A_HEADING_RE = re.compile(r"[|»«]|^\d+[.)]|\(\d|^by\s", re.I)

# Fact boxes after an article: a data line has a number or starts with a short "Label:";
# a sentence has a run of four lower-case words, a data line does not.
FACT_LINE_RE = re.compile(r"\d|^\W*[A-Z][\w .'/-]{0,30}:\s")
LOWER_RUN_RE = re.compile(r"(?:\b[a-z][\w'’-]*\W+){4}")
NUMBER_RE = re.compile(r"\d+")
CAPITALISED_RE = re.compile(r"\b[A-Z][a-zA-Z'’-]{2,}")
