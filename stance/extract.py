"""Find attributed statements (direct, indirect, mixed) in an article, with their cue words.

Pure Python and regular expressions: no parser, so a 2,000-character article takes a few
milliseconds. The rules follow the codebook (section 1):

- **direct**: the words inside quotation marks (straight, curly or mismatched marks), when an
  attribution stands after the quote (``"A," he said.``), before it with a colon or
  ``saying`` (``Jafari said: "A."``), or the quote fills a paragraph of its own, or a whole
  sentence right after a sentence that reports someone's words (``Araghchi said talks were
  useful. "B."``; it continues the previous quotation, or the resolver gives it to the last
  person named; ``mention`` and ``cue`` are then ``None``). A quotation split by its attribution (``"A," he said. "B."``)
  is one statement from the first quoted word to the last. In an interview printed as
  questions and answers, each ``A:`` paragraph after a ``Q:`` paragraph is a direct statement
  with no mention (the resolver gives it to the person introduced before). A social-media post
  embedded in a scraped page (its text, then ``— Name (@handle) May 5, 2025``) is a direct
  statement of the account's owner. In a briefing transcript (two or more paragraphs opening with
  an upper-case label such as ``MR PRICE:``), each turn that is not a question is a direct
  statement of its label, and unlabelled paragraphs after it go on with the same speaker. A list
  of quotations (``- "..."`` lines, one per line, under a heading) is read the same way.
- **indirect**: the clause after a speech verb (``vowed that ...``), without its final
  period; a stance verb that takes an object keeps the verb (``hailed Iran's decision``,
  ``warned of serious consequences``, ``countered suggestions that ...``); a passive stance verb
  is its agent's (``was accused by the United States of ...``); ``according to X``; headlines
  such as ``Khamenei: no talks with America`` or ``Iran 'ready to talk' - Zarif`` (also a live
  blog's entry headlines, after a time stamp on the same line or on the line before).
- **mixed**: an indirect clause that contains quoted words.

Scare quotes, titles of books or operations and other unattributed quotations are not
statements. Character ranges listed in ``article.skip`` are ignored. Offsets always point
into ``article.text``; hard-wrapped plain text is read through its soft line breaks.

An unbalanced quotation mark does not stop extraction (issue 3 asks for the odd-number case
that makes textacy fail): the quotation runs to the end of its paragraph, or on into the next
paragraph when that one opens with a quotation mark (news convention), and a debug message
is logged. A ``"`` or ``'`` right after a digit is an inch or foot sign, and ``'`` or ``’``
inside a word is an apostrophe.

Example (codebook):
    ``"We will have no negotiations with the US," Mr. Khamenei said.`` gives one ``direct``
    statement ``We will have no negotiations with the US,`` with cue ``said`` and mention
    ``Mr. Khamenei``.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from stance.config import ExtractConfig
from stance.records import Article, Mention, Statement

logger = logging.getLogger(__name__)

__all__ = ["REPORT_VERBS", "STANCE_VERBS", "extract_statements", "find_quotes", "soft_breaks"]

# --------------------------------------------------------------------------- lexicon
# Reporting verbs that report speech only with "that", a colon or a quotation ("signaled readiness",
# "testified before Congress" report nothing): in both REPORT_VERBS and NEED_THAT below.
_THAT_ONLY_ADDED: tuple[str, ...] = tuple(
    """
    signal signals signaled signalled signaling signalling indicate indicates indicated indicating
    testify testifies testified testifying reveal reveals revealed disclose discloses disclosed hope hopes hoped
    """.split()
)
# Reporting verbs: the span is the clause after them (the verb is attribution).
REPORT_VERBS: frozenset[str] = frozenset(
    """
    say says said saying tell tells told telling add adds added adding warn warns warned warning
    vow vows vowed vowing insist insists insisted insisting stress stresses stressed stressing
    argue argues argued arguing declare declares declared declaring announce announces announced
    announcing confirm confirms confirmed confirming acknowledge acknowledges acknowledged
    acknowledging predict predicts predicted predicting suggest suggests suggested suggesting
    maintain maintains maintained maintaining note notes noted noting write writes wrote writing written
    explain explains explained explaining claim claims claimed claiming assert asserts asserted
    asserting reply replies replied replying respond responds responded answer answers answered
    reiterate reiterates reiterated reiterating repeat repeats repeated repeating emphasize emphasizes emphasized emphasizing
    underline underlines underlined underlining underscore underscores underscored underscoring
    emphasise emphasises emphasised emphasising stated report reports reported
    concede concedes conceded admit admits admitted ask asks asked complain complains complained caution
    cautions cautioned promise promises promised pledge pledges pledged assure assures assured
    tweet tweets tweeted posted contend contends contended observe observes observed recall
    quipped retorted countered lamented boasted alleged alleges reaffirmed reaffirms underscored underlined
    cautioned proclaimed pleaded
    recalls recalled remarked insisted demand demands demanded demanding
    chant chants chanted chanting shout shouts shouted shouting
    highlight highlights highlighted highlighting continued continues clarify clarifies clarified clarifying
    elaborated elaborates opined opines averred avers conclude concludes concluded mention mentions mentioned
    affirmed affirms doubted
    """.split()
) | frozenset(_THAT_ONLY_ADDED)
# Words that make ``went on``/``made clear`` style two-word reporting cues.
REPORT_PHRASES: tuple[str, ...] = ("went on", "made clear", "made it clear", "pointed out", "spelled out")

# Stance verbs that take an object: the verb is part of the statement span.
STANCE_VERBS: frozenset[str] = frozenset(
    """
    hail hails hailed hailing praise praises praised praising reject rejects rejected rejecting
    accuse accuses accused accusing urge urges urged urging endorse endorses endorsed endorsing
    thank thanks thanked thanking back backs backed ban bans banned banning forbid forbids forbade
    forbidden prohibit prohibits prohibited prohibiting welcome welcomes welcomed welcoming
    dismiss dismisses dismissed dismissing condemn condemns condemned condemning criticize
    criticizes criticized criticizing criticise criticises criticised slam slams slammed
    blast blasts blasted denounce denounces denounced denouncing voice voices voiced voicing
    propose proposes proposed proposing press presses pressed pressing threaten threatens
    threatened threatening deny denies denied denying applaud applauds applauded lauded lauds
    characterize characterizes characterized characterise characterised recount recounts recounted
    express expresses expressed expressing defend defends defended defending blame blames blamed
    blaming dismissed vow rule ruled rules describe describes described lambasted lambastes castigated decried
    decries deplored deplores berated chided mocked ridiculed downplayed downplays commended commends
    congratulated congratulates charged describing characterizing characterising branded branding dubbed
    offer offers appreciated appreciates
    censure censures censured censuring rebuked rebukes assail assails assailed derides derided reproached
    rebuffed rebuffs spurned spurns refuted refutes disputed questioned scoffed appealed rebutted rebuts
    """.split()
)
# Multi-word stance cues (verb + particle).
# A negation right before a stance verb belongs to the statement: without it "did not rule out
# talks" would read as "rule out talks", the opposite stance.
_NEGATION_BEFORE_RE = re.compile(
    r"(?:\b(?:do|does|did|has|have|had|would|will|could|can)\s+not\s+(?:(?:yet|even|entirely|completely)\s+)?"
    r"|\b(?:do|does|did|has|have|had|would|wo|could|ca)n[\u2019']t\s+|\bnever\s+)$",
    re.IGNORECASE,
)

STANCE_PHRASES: tuple[str, ...] = (
    "called for", "calls for", "call for", "calling for", "called on", "calls on", "call on", "calling on",
    "called upon", "pointed to", "points to", "brushed aside", "come out in support", "came out in support",
    "come out against", "came out against", "spoke out against", "speaks out against", "ruled out",
    "rules out", "ruling out", "played down", "plays down", "brushed off", "shrugged off", "appealed to", "appeals to",
    "brushes off", "shrugs off", "brushes aside", "invited Tehran to", "invites Tehran to", "invited Washington to",
    "invites Washington to", "invited Iran to", "invites Iran to", "invited the United States to", "invites the United States to",
    "called the", "calls the", "called it", "calls it", "called them", "calling the", "calling it", "calling them",
    "calling his", "calling her", "calling their", "calling its",
    "called any", "calls any", "calling any", "called such", "calls such", "calling such", "called his", "calls his",
    "called their", "calls their", "called its", "calls its",
    "called him", "calls him", "calling him", "called her", "calls her",
    "lashed out at", "lashes out at", "hit out at", "hits out at", "took aim at", "takes aim at",
    "hinted at", "hints at", "hinting at",
    "questioned the", "questions the", "questioning the", "questioned whether", "questions whether",
    # the refusal is part of what was said: "refused to rule out military action" leaves the option open
    "refused to rule out", "refuses to rule out", "declined to rule out", "declines to rule out",
    "stopped short of ruling out", "stops short of ruling out",
    # a call renewed: "Rouhani repeated his call for American forces to leave the region"
    "repeated his call for", "repeated her call for", "repeated their call for", "repeated its call for",
    "renewed his call for", "renewed her call for", "renewed their call for", "renewed its call for",
    "reiterated his call for", "reiterated her call for", "reiterated their call for", "reiterated its call for",
    "repeated calls for", "renewed calls for", "reiterated calls for",
)
# Verbs whose bare present tense is too common in narration: count only in headlines.
HEADLINE_ONLY: frozenset[str] = frozenset({"back", "backs", "rule", "rules", "state", "states", "press", "presses",
                                           "voice", "voices", "thanks", "note", "notes", "report", "reports",
                                           "answer", "answers", "write", "writes", "ban", "bans", "claim", "claims",
                                           "offer", "offers"})
# Reporting verbs that take a noun object as often as a clause ("wrote a book", "answered
# questions"): they report speech only with ``that``, a colon or a quotation.
NEED_THAT: frozenset[str] = frozenset(
    "write writes wrote writing written explain explains explained explaining answer answers answered answering "
    "reply replies replied replying respond responds responded recall recalls recalled observe observes observed "
    "report reports reported reporting tweet tweets tweeted posted remark remarks remarked note notes noted noting "
    "announce announces announced announcing acknowledge acknowledges acknowledged admit admits admitted "
    "predict predicts predicted promise promises promised pledge pledges pledged demand demands demanded ask asks asked "
    "chant chants chanted chanting shout shouts shouted shouting "
    "highlight highlights highlighted highlighting continued continues clarify clarifies clarified clarifying "
    "repeat repeats repeated repeating "
    "elaborated elaborates opined opines averred avers conclude concludes concluded mention mentions mentioned".split()
) | frozenset(_THAT_ONLY_ADDED)
# Words before a headline colon that label a section, not a speaker.
_SECTION_LABELS: frozenset[str] = frozenset(
    "opinion analysis editorial exclusive watch live update updated breaking explainer commentary review "
    "interview video photos factbox fact box timeline q&a podcast comment column letters perspective "
    "in depth in pictures news brief briefing report special report photo file transcript excerpts audio "
    "listen read more hearing profile feature insight spotlight dispatch correction recap preview obituary".split()
) | {"in depth", "in pictures", "special report", "fact box", "q&a", "file photo", "full text", "read more", "full transcript",
     "fact check", "editor's note", "reporter's notebook", "key quotes", "text of remarks", "full remarks", "remarks",
     "excerpt", "text of the speech", "text of speech", "in full", "photo caption", "caption"}
# names that end like a participle or an abstract noun ("Beijing said", not "Speaking at the summit, ...")
_ING_NAMES: frozenset[str] = frozenset("beijing nanjing chongqing kunming shenyang".split())
# A one-word subject with an abstract-noun ending is not a speaker ("Tensions threatened ..."; a city is: "Beijing urged").
_ABSTRACT_RE = re.compile(
    r"(?!(?:" + "|".join(n.capitalize() for n in sorted(_ING_NAMES)) + r")\b)"
    r"[A-Z][a-z]+(?:tions?|sions?|ments?|ness|ities|ity|ances?|ences?|ures?|isms?|ships?|ings?)"
)
# Forms that are more often nouns than verbs in running text.
_NOUN_LIKE: frozenset[str] = frozenset(
    "state states note notes reports remarks answers promises pledges demands thanks presses backs voices rules "
    "recalls claims report remark answer promise pledge demand claim".split()
)
# ``told`` and friends take an object before the content.
OBJECT_VERBS: frozenset[str] = frozenset(
    "tell tells told telling assure assures assured warn warns warned warning remind reminds reminded "
    "inform informs informed promise promises promised urge urges urged".split()
)
PRONOUNS: frozenset[str] = frozenset("he she they it we i".split())
_GROUP_NOUNS: frozenset[str] = frozenset(
    "officials official diplomats diplomat lawmakers senators analysts experts critics hardliners reformists "
    "media negotiators commanders hostages protesters demonstrators crowd crowds worshippers students clerics leaders "
    "ministers spokesman spokeswoman "
    "president minister leader secretary envoy ambassador commander general adviser advisor team delegation".split()
)
_ADVERBS: frozenset[str] = frozenset(
    """
    also again once already later then swiftly quickly repeatedly do does did not can should must publicly privately subsequently
    recently previously reportedly has have had is was were will would could may might just
    only further immediately earlier still even however yesterday today tonight openly firmly
    strongly flatly explicitly bluntly angrily sharply separately jointly never not always often
    himself herself themselves itself long consistently frequently routinely insistently loudly quietly
    largely broadly mostly overwhelmingly roundly generally unanimously initially formally officially
    """.split()
)
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday weekend".split()
_MONTHS = "january february march april may june july august september october november december".split()
_MONTH_WORDS: frozenset[str] = frozenset(_MONTHS) | frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# Capitalized words that start a sentence or clause but are not part of a speaker's name.
_FUNCTION_CAPS: frozenset[str] = frozenset(
    """
    but and in on at when after before while speaking addressing meanwhile however also yet so then
    earlier later last this that these those still within over under during since as if though
    although because for from with without by of to it its his her their there here what why how
    where who which whom instead indeed thus hence now today yesterday even only asked pressed
    separately elsewhere according afterwards afterward finally first second third next subsequently nonetheless nevertheless moreover furthermore
    """.split()
)
# People and bodies named by a common noun ("some activists", "a lawyer", "IAEA inspectors", "European powers"):
# heads of a speaker noun phrase.
_PEOPLE_NOUNS: frozenset[str] = frozenset(
    """
    mediator mediators activists activist residents resident witnesses witness families family relatives inspectors
    inspector investigators prosecutors prosecutor scientists scientist economists economist traders bankers
    executives campaigners advocates legislators legislator parliamentarians deputies reformers partners neighbours
    neighbors militants proxies groups organizations organisations rebels fighters survivors victims voters citizens
    journalists reporters editors commentators historians academics researchers scholars lawyers judges mullahs
    soldiers troops agencies emissaries delegations monitors watchdogs unions workers teachers doctors merchants
    businessmen specialists consultants strategists forces lawyer scholar researcher professor professors historian
    journalist reporter editor commentator soldier teacher student protester worker businessman businesswoman fellow
    governments powers nations politicians politician insiders veterans skeptics sceptics opponents supporters
    shopkeepers shopkeeper storekeepers vendors vendor sellers seller buyers shoppers drivers driver farmers farmer
    engineers engineer nurses nurse pensioners retirees youths demonstrators marchers marcher mourners pilgrims
    changer changers dealers dealer
    """.split()
)
# Lower-case words that may belong to a speaker noun phrase (titles and groups).
_NP_WORDS: frozenset[str] = frozenset(
    """
    the a an one some other several many few two three four five six seven eight nine ten senior top
    former current acting deputy chief supreme foreign defense defence interior vice prime
    president presidents minister ministers leader leaders spokesman spokeswoman spokesperson
    official officials diplomat diplomats envoy envoys ambassador ambassadors secretary general
    commander commanders adviser advisers advisor advisors negotiator negotiators lawmaker lawmakers
    senator senators representative representatives analyst analysts expert experts observer
    observers media state military government administration ministry office army navy agency
    parliament speaker chairman head director directors governor coordinator administrator hardliners reformists moderates conservatives critics
    hard-liners hard-liner hardliner
    clerics cleric ayatollah team delegation hosts counterpart counterparts sources source
    statement readout spokespeople officers officer people press news outlet television tv radio broadcaster judiciary
    embassy embassies consulate group groups organisation organization organisations organizations watchdog coalition
    alliance movement charity audience audiences spectators mourners marchers
    newspaper paper daily guards corps council committee website channel of in from at for and his her their its
    countries hostages protesters demonstrators crowd crowds worshippers students men women sides both
    hostage protester demonstrator worshipper student survivor survivors veteran veterans relative relatives
    staff forces
    former iranian american israeli british french german russian chinese european saudi federal local western regional congressional
    aide aides ally allies assistant assistants confidant confidants close mission missions
    letter response reply message latter each remarks comments side department watchdog special
    states capitals rights human intelligence security parties powers nations signatories partners governments members
    member reformist hardline hard-line moderate
    bureau politburo wing branch headquarters command leadership presidency cabinet secretariat movement militia
    court assembly regime coalition political executive central mp mps another
    authorities authority police guard coast forces force armed nuclear atomic company campaign
    dozens hundreds thousands tens scores
    """.split()
) | _PEOPLE_NOUNS
# Role nouns that take "to" before whom they serve: "an adviser to the president", "Iran's envoy to the UN".
_ROLE_TO: frozenset[str] = frozenset(
    """
    adviser advisers advisor advisors aide aides assistant assistants envoy envoys ambassador ambassadors
    ally allies representative representatives confidant confidants delegate delegates mission missions
    delegation delegations
    """.split()
)
# Heads of a speaker noun phrase written in lower case: "Iran's top nuclear official", "the head of the agency".
_ROLE_HEADS: frozenset[str] = _ROLE_TO | frozenset(
    """
    official officials diplomat diplomats spokesman spokeswoman spokesperson head chief minister ministers
    president leader leaders secretary commander commanders negotiator negotiators lawmaker lawmakers senator
    senators analyst analysts expert experts director chairman member members deputy cleric clerics
    emir sultan king queen prince ruler monarch secretary-general director-general governor mayor speaker
    prosecutor judge mufti imam ayatollah office source sources people person persons insiders
    general generals attorney team delegation ministry government crowd crowds protesters demonstrators worshippers
    critics opponents supporters proponents hardliners reformists conservatives observers mp mps
    """.split()
) | _PEOPLE_NOUNS
_NOUN_AFTER_RE = re.compile(
    r"[\s-]+(?:secretar\w+|officers?|office|conference|briefing|release|agency|service|tv|television|media|"
    r"news|department|run|broadcaster|radio|council|visit|of\s+the\s+union)\b",
    re.IGNORECASE,
)
# Words in -ed/-ing that describe a speaker rather than start a verb phrase ("the Iranian negotiating team").
_ADJ_ED_ING: frozenset[str] = frozenset(
    "negotiating ruling governing leading visiting outgoing incoming acting presiding founding retired unnamed "
    "elected appointed detained exiled reformist-leaning".split()
)
_PREPS_IN_NP: frozenset[str] = frozenset("of to for at in from on with".split())
_NOT_IN_NP: frozenset[str] = frozenset(
    "that which who whom whose when after before because and but while if as although though since until where "
    "said says told".split()
)
_ABBREVIATIONS: frozenset[str] = frozenset(
    """
    mr mrs ms dr gen sen rep lt lieut col maj brig adm gov st jan feb mar apr jun jul aug sep sept oct
    nov dec no jr sr vs etc prof capt sgt cmdr inc corp co ltd u.s u.n u.k e.u a.m p.m
    """.split()
)

_OPEN_DOUBLE = "\u201c\u201e\u00ab"
_CLOSE_DOUBLE = "\u201d\u00bb"
_OPEN_SINGLE = "\u2018\u201a\u2039"
_CLOSE_SINGLE = "\u2019\u203a"
_ALL_QUOTES = "\"'" + _OPEN_DOUBLE + _CLOSE_DOUBLE + _OPEN_SINGLE + _CLOSE_SINGLE

_MARK_RE = re.compile("[\n\"'" + _OPEN_DOUBLE + _CLOSE_DOUBLE + _OPEN_SINGLE + _CLOSE_SINGLE + "]")
_CUE_RE = re.compile(r"\b[A-Za-z]+\b")
# "TEHRAN -", "MUSCAT, Oman —", "DUBAI (Reuters) -", "TEHRAN, Iran (AP) —", "DUBAI, United Arab Emirates (AP) —"
DATELINE_RE = re.compile(
    r"[A-Z][A-Z .,'/\-]{2,60}(?:,\s*[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+){0,2}(?:\s+\d{1,2})?(?:,\s*\d{4})?)?\s*"
    r"(?:\((?:Reuters|AP|AFP|UPI|Bloomberg|IRNA|dpa)\)\s*)?(?:[\u2013\u2014\-]+|_)\s+"  # (the underscore: old AP wire copy's dash)
)


# --------------------------------------------------------------------------- quotes
@dataclass(frozen=True, slots=True)
class Quote:
    """A top-level quotation: ``start``/``end`` are the marks' positions (end exclusive)."""

    start: int
    end: int
    open_mark: str
    closed: bool

    @property
    def inner(self) -> tuple[int, int]:
        """Offsets of the quoted words, without the marks."""
        return self.start + 1, (self.end - 1 if self.closed else self.end)


def _is_letter(ch: str) -> bool:
    return ch.isalpha()


def _opener_ok(text: str, i: int) -> bool:
    """A straight/curly mark at ``i`` can open a quotation."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (prev.isspace() or prev in "([{\u2014\u2013-:/,;" or i == 0 or prev in _ALL_QUOTES) and not nxt.isspace()


def _closer_ok(text: str, i: int) -> bool:
    """A mark at ``i`` can close a quotation."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return not prev.isspace() and not _is_letter(nxt)


_NOT_AFTER_POSSESSIVE_RE = re.compile(
    r" (?:to|of|and|or|but|in|for|with|on|at|by|from|as|is|are|was|were|that|the|a|an|if|when|than|over|after|before)\b"
)


def _plural_possessive(text: str, i: int, end: int) -> bool:
    """The single mark at ``i`` is the apostrophe of a plural possessive (``'The Americans' promises
    are worthless,' he said``): after an ``s``, before a lower-case word, with another single mark
    later in the paragraph to close the quotation."""
    if i == 0 or text[i - 1] != "s" or not re.match(r" [a-z]", text[i + 1 : i + 3]):
        return False
    if _NOT_AFTER_POSSESSIVE_RE.match(text, i + 1):
        return False  # "'a few weeks' to make concessions": a possessive takes a noun, not "to", "of", "and" ...
    para_end = text.find("\n", i, end)
    rest = text[i + 1 : para_end if para_end >= 0 else end]
    return bool(re.search(r"['\u2019](?=[\s,.;:!?]|$)", rest))


def soft_breaks(text: str) -> frozenset[int]:
    """Positions of line breaks that only wrap a paragraph (hard-wrapped plain text).

    In text whose paragraphs are separated by blank lines, a single line break inside a
    block of lines at most 100 characters wide is a soft wrap when the line before it fills
    most of the block's width; a short line (a headline, a dateline) keeps its break.
    """
    if "\n" not in text or not _BLANK_LINE_RE.search(text):
        return frozenset()
    soft: set[int] = set()
    for block in _BLOCK_RE.finditer(text):
        lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text[block.start() : block.end()])]
        if len(lines) < 2:
            continue
        widths = [len(text[block.start() + a : block.start() + b].strip()) for a, b in lines]
        width = max(widths)
        if width > 100 or width < 30:
            continue
        for (_a, b), w, (na, nb) in zip(lines[:-1], widths[:-1], lines[1:], strict=True):
            if _BULLET_LINE_RE.match(text, block.start() + na, block.start() + nb):
                continue  # the next item of a list ("- Russia condemned ..."), not the line wrapped
            if w >= 0.6 * width:
                soft.add(block.start() + b)
    return frozenset(soft)


_BLANK_LINE_RE = re.compile(r"\n[ \t\r]*\n")
_BULLET_LINE_RE = re.compile(r"[ \t]*[-*\u2022\u2013\u2014][ \t]+\S")
_BLOCK_RE = re.compile(r"(?:[^\n]|\n(?![ \t\r]*\n))+")


def find_quotes(text: str, start: int = 0, end: int | None = None, soft: frozenset[int] | None = None) -> list[Quote]:
    """Find top-level quotations in ``text[start:end]``.

    Double marks (straight ``"``, curly or mismatched ``“...\"``) make quotations; single marks
    make one only where no double quotation is open, the opening mark follows a space and the
    closing mark is not an apostrophe (``Iran’s``, ``don't``). A ``"`` or ``'`` right after a
    digit is an inch or foot sign. A quotation left open at the end of a paragraph continues
    when the next paragraph opens with a quotation mark (news convention); otherwise it runs to
    the end of its paragraph and is marked ``closed=False``.

    Args:
        text: The article text.
        start: Where to start looking.
        end: Where to stop (exclusive); the end of the text by default.
        soft: Line breaks that only wrap a paragraph (see :func:`soft_breaks`); computed
            when not given.

    Returns:
        Quotations in text order; nested quotations stay inside their outer one.
    """
    end = len(text) if end is None else end
    quotes: list[Quote] = []
    if soft is None:
        soft = soft_breaks(text)
    # only quotation marks and (paragraph) line breaks matter: visit just those positions
    pos = [m.start() for m in _MARK_RE.finditer(text, start, end) if m.start() not in soft]
    index = {p: n for n, p in enumerate(pos)}
    banned: set[int] = set()  # single marks that turned out to be apostrophes
    singles = "'" + _OPEN_SINGLE
    ei = 0
    open_at = -1
    open_mark = ""
    while ei < len(pos):
        i = pos[ei]
        ch = text[i]
        if ch == "\n":
            if open_at >= 0:
                j = i
                while j < end and text[j].isspace():
                    j += 1
                if (open_mark in singles and j + 1 < end and text[j] == open_mark and text[j + 1].isalpha()
                        and text.count("\n", i, j) >= 2 and (open_at == 0 or text[open_at - 1] in " \n:")):
                    # British style: a single-marked quotation left open at a paragraph's end goes on in the next
                    # paragraph, which opens with the same mark
                    ei = index.get(j, ei) + 1
                    continue
                if open_mark in singles:
                    # an unclosed single mark was an apostrophe after all: look again after it
                    banned.add(open_at)
                    ei = index[open_at] + 1
                    open_at = -1
                    continue
                # paragraph end: continue if the next paragraph opens with a quotation mark
                j = i
                while j < end and text[j].isspace():
                    j += 1
                if j < end and text[j] in ('"' + _OPEN_DOUBLE):
                    ei = index.get(j, ei) + 1
                    continue
                k = i
                while k > open_at and text[k - 1].isspace():
                    k -= 1
                if k > open_at + 1:
                    quotes.append(Quote(open_at, k, open_mark, closed=False))
                open_at = -1
            ei += 1
            continue
        if open_at < 0:
            if ch in _OPEN_DOUBLE or (ch == '"' and _opener_ok(text, i) and not (i > 0 and text[i - 1].isdigit())):
                open_at, open_mark = i, ch
            elif (
                (ch in _OPEN_SINGLE or ch == "'")
                and i not in banned
                and _opener_ok(text, i)
                and i + 1 < end
                and text[i + 1].isalpha()
                and not (i > 0 and text[i - 1].isalnum())
            ):
                open_at, open_mark = i, ch
            ei += 1
            continue
        # a quotation is open
        if open_mark in singles:
            if ch in "'" + _CLOSE_SINGLE and _closer_ok(text, i) and not _plural_possessive(text, i, end):
                quotes.append(Quote(open_at, i + 1, open_mark, closed=True))
                open_at = -1
            ei += 1
            continue
        if ch in _CLOSE_DOUBLE or (ch == '"' and _closer_ok(text, i)) or (
                ch == "\u201c" and open_mark == "\u201e" and _closer_ok(text, i)):
            # (German marks: "\u201e...\u201c", the opener low, the closer the English opener)
            if ch == '"' and i > 0 and text[i - 1].isdigit() and i + 1 < end and text[i + 1].isalpha():
                ei += 1  # 12"gun: an inch sign
                continue
            quotes.append(Quote(open_at, i + 1, open_mark, closed=True))
            open_at = -1
        elif ch in _OPEN_DOUBLE or (ch == '"' and _opener_ok(text, i)):
            # a second opener while open: the first one was unbalanced, restart here
            k = i
            while k > open_at and text[k - 1].isspace():
                k -= 1
            if k > open_at + 1:
                quotes.append(Quote(open_at, k, open_mark, closed=False))
            open_at, open_mark = i, ch
        ei += 1
    if open_at >= 0 and open_mark not in singles:
        k = end
        while k > open_at and text[k - 1].isspace():
            k -= 1
        if k > open_at + 1:
            quotes.append(Quote(open_at, k, open_mark, closed=False))
    return quotes


# --------------------------------------------------------------------------- sentences
def _paragraphs(text: str, soft: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    spans = []
    cuts = [i for i, ch in enumerate(text) if ch == "\n" and i not in soft] if soft else None
    bounds = (
        [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
        if cuts is None
        else [(a + 1, b) for a, b in zip([-1, *cuts], [*cuts, len(text)], strict=True) if b > a + 1]
    )
    for s, e in bounds:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


# (a sentence may open with a guillemet or a German low mark too: ". «Swiss companies ...»", ". „This agreement ...“")
_SENT_END_RE = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019\u00bb\u201c)\]]*(?=\s+[\"'\u201c\u2018\u00ab\u201e(\[]?\s?[A-Z0-9\u201c])")


# a line that starts a list item: "\n- Witkoff: ...", "\n\u2022 ..."
_LIST_ITEM_RE = re.compile(r"\n(?=[ \t]*[-*\u2022\u2013][ \t]+\S)")


# a date after a speaker's label: "Khamenei, March 8:", "Trump, Jan. 3, 2020:", "Rouhani, 2013:"
_LABEL_DATE_RE = re.compile(
    r",\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?|\d{4})\s*$"
)
# a document given as the source of what a clause's subject said or did: "..., according to a joint statement"
_DOC_SOURCE_RE = re.compile(
    # (no author named: "according to a White House readout" keeps the White House as the speaker)
    r"(?:a|an|the)\s+(?:joint\s+|brief\s+|written\s+|official\s+|final\s+)?(?:statement|readout|communiqu\w+|transcript|declaration)\b"
)
# the title of a page of someone's own words: "Remarks by President Biden on Iran", "Transcript: ..."
_REMARKS_TITLE_RE = re.compile(r"(?i)\b(?:remarks\s+by|transcript|press\s+(?:briefing|conference)|statement\s+by|address\s+by)\b")
# a short Title Case label opening a paragraph, before a colon: "China: ...", "United States: ..."
_REACTION_LABEL_RE = re.compile(r"[A-Z][\w.\u2019'-]*(?:\s+(?:[A-Z][\w.\u2019'-]*|of|the|and)){0,3}:[ \t]+(?=[\"\u201cA-Z])")



def _sentences(text: str, ps: int, pe: int, inside: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans in the paragraph ``[ps, pe)``; boundaries inside quotations are ignored."""
    out = []
    s = ps
    marks: list[tuple[int, re.Match[str] | None]] = [(m.end(), m) for m in _SENT_END_RE.finditer(text, ps, pe)]
    marks += [(m.start(), None) for m in _LIST_ITEM_RE.finditer(text, ps, pe)]
    lab = _REACTION_LABEL_RE.match(text, ps, pe)
    if lab is not None:
        first_end = min([c for c, _ in marks if c > lab.end()] or [pe])
        rest = re.sub(r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]", " ", text[lab.end() : first_end])
        if not re.match(r"(?:The|A|An|Its|It|They|This)\b", text[lab.end() : lab.end() + 5]) and any(
                w.lower() in REPORT_VERBS or w.lower() in STANCE_VERBS for w in re.findall(r"[A-Za-z]+", rest)):
            # "China: Beijing urged ...", 'Iran: "...," the general staff said': a reaction list's label, then a
            # sentence with its own attribution (not "Khamenei: no talks with America", the label its speaker, nor
            # "Saudi Arabia: The kingdom expressed ...", whose subject stands for the label)
            marks.append((lab.end(), None))
    for cut, m in sorted(marks, key=lambda x: x[0]):
        if cut <= s:
            continue
        if m is None:
            # a list item on a line of its own: "- Araghchi: ..." / "- Witkoff: ..."
            if not _inside(cut, inside):
                out.append((s, cut))
                s = cut
                while s < pe and text[s].isspace():
                    s += 1
            continue
        # abbreviation guard: ``Mr.``, ``U.S.``, initials
        wm = re.search(r"([\w.]+)\.$", text[max(ps, m.start() - 12) : m.start() + 1])
        platform = re.search(r"\b(?:on|via)\s+X\.$", text[max(ps, m.start() - 6) : m.start() + 1])  # "in a post on X."
        if wm and text[m.start()] == "." and m.end() - m.start() == 1 and platform is None:
            w = wm.group(1).lower()
            if w == "no" and not re.match(r"\s*\d", text[m.end() : m.end() + 3]):
                pass  # "voted no. Asked whether ...": the word, not "No. 2"
            elif w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha()) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", w):
                nxt = text[m.end() :].lstrip()[:1]
                if w not in ("u.s", "u.n", "u.k", "e.u") or not nxt.isupper():
                    continue
                # "in the U.S. The next day": treat as a boundary only before a common sentence starter
                nw = re.match(r"\s+([A-Z][a-z]+)", text[m.end() : m.end() + 20])
                if not nw or nw.group(1).lower() not in _FUNCTION_CAPS | {"the", "a", "he", "she", "they", "we", "i"}:
                    continue
        if _inside(cut - 1, inside) and _inside(cut, inside):
            continue
        out.append((s, cut))
        s = cut
        while s < pe and text[s].isspace():
            s += 1
    if s < pe:
        out.append((s, pe))
    if any(e - s > _MAX_SENTENCE for s, e in out):
        out = [piece for s, e in out for piece in _cut_long(text, s, e, inside)]
    return out


_MAX_SENTENCE = 2000
"""A "sentence" longer than this (a scraped page with no full stops) is cut at clause breaks: the work per cue
grows with the length of its sentence, and real sentences stay well under it (the longest in the dev set and the
probe articles is about 1,000 characters)."""


def _cut_long(text: str, s: int, e: int, inside: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``[s, e)`` in pieces of at most about ``_MAX_SENTENCE`` characters, each ending after a comma, semicolon or
    space outside quotations."""
    pieces = []
    while e - s > _MAX_SENTENCE:
        cut = None
        for m in re.finditer(r"[,;]\s+|\s+", text[s + _MAX_SENTENCE // 2 : s + _MAX_SENTENCE]):
            pos = s + _MAX_SENTENCE // 2 + m.end()
            if not _inside(pos, inside):
                cut = pos
                if m.group(0)[0] in ",;":
                    break
        if cut is None:
            cut = s + _MAX_SENTENCE
        pieces.append((s, cut))
        s = cut
    pieces.append((s, e))
    return pieces


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """``pos`` lies strictly inside one of the (sorted) quotation spans."""
    i = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    return i >= 0 and spans[i][0] < pos < spans[i][1] - 1


# --------------------------------------------------------------------------- noun phrases
@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower().rstrip(".")


def _tokens(text: str, s: int, e: int) -> list[_Tok]:
    out = []
    for m in re.finditer(r"[^\W_][\w\-\u2019'.&]*[\w.]|[^\W_]|[,;:\u2014\u2013()]|\s[-]\s", text[s:e]):
        t = m.group(0).strip()
        st = s + m.start() + (m.group(0).index(t) if t else 0)
        tok = t
        # split a trailing possessive and a sentence period, keep abbreviations
        if tok.endswith(".") and tok[:-1].lower() not in _ABBREVIATIONS and not re.fullmatch(r"(?:[A-Za-z]\.)+", tok):
            tok = tok[:-1]
        out.append(_Tok(tok, st, st + len(tok)))
    return out


_PARTICLE_RE = re.compile(r"(?:al|el|ad|as|ash|bin|ibn|bint|abu|de|da|di|van|von|der|le|la)(?:-\w.*)?")


NAME_PARTICLES: frozenset[str] = frozenset(
    "bin ibn bint abu al von van der den de da di du dos das del della ter le la".split()
)
"""Lower-case particles inside a name, before a capitalised part (``von der Leyen``, ``bin Salman``);
also used by :mod:`stance.speakers`."""


def _is_cap(tok: _Tok) -> bool:
    """A capitalised word, a number, or a name particle (``al-Busaidi``, ``bin``)."""
    t = tok.text
    return t[:1].isupper() or t[:1].isdigit() or (bool(_PARTICLE_RE.fullmatch(t)) and ("-" in t or t in ("bin", "ibn", "bint", "abu")))


# words that continue a noun phrase but never end one ("the daily Shargh in an editorial": not "... in an")
_NP_OPEN_ENDS: frozenset[str] = frozenset("of in from at for and the a an his her their its".split())


def _np_run(toks: list[_Tok], j: int = 0) -> int:
    """The end (exclusive) of the run of capitalised and noun-phrase words from token ``j``, not ending on a word
    that needs more after it."""
    n = len(toks)
    k = j
    while k < n and (_is_cap(toks[k]) and toks[k].low not in _FUNCTION_CAPS or toks[k].low in _NP_WORDS
                     # "The leader's office", "the cleric's office": a possessive noun of the phrase
                     or (toks[k].low.endswith(("'s", "\u2019s")) and toks[k].low[:-2] in _NP_WORDS and k > j)
                     # "Iran's mission to the United Nations", "an adviser to the president"
                     or (toks[k].low == "to" and k > j and toks[k - 1].low in _ROLE_TO and k + 1 < n
                         and (_is_cap(toks[k + 1]) or toks[k + 1].low == "the"))):
        k += 1
    while k > j and toks[k - 1].low in _NP_OPEN_ENDS and not _is_cap(toks[k - 1]):
        k -= 1
    return k


def _held_hostage(toks: list[_Tok], i: int) -> bool:
    """``toks[i]`` is the "hostage" of "held hostage": a verb's complement, not a noun phrase's head."""
    return toks[i].low == "hostage" and i > 0 and toks[i - 1].low in ("held", "taken", "kept", "holding", "taking")


def _np_back(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """Largest noun phrase ending at token ``k`` (inclusive): returns token indices [i, k]."""
    if (k >= 3 and toks[k].low in ("call", "meeting", "talks", "conversation") and toks[k - 1].low in ("the", "their")
            and toks[k - 2].low in ("of", "on") and toks[k - 3].low in ("readout", "statement")):
        # "A White House readout of the call said": the document (and so its author) speaks
        inner = _np_back(toks, k - 3)
        return (inner[0], k) if inner is not None else None
    i = k
    saw = False
    while i >= 0:
        t = toks[i]
        low = t.low
        base = low[:-2] if low.endswith(("\u2019s", "'s")) else low
        if (base in _WEEKDAYS or base in _MONTHS) and not (base == "may" and t.text == "May" and i > 0 and _is_cap(toks[i - 1])
                                                          and toks[i - 1].low not in _FUNCTION_CAPS):
            break  # (but "Theresa May": a surname)
        if _is_cap(t) and (base not in _FUNCTION_CAPS or (saw and base in ("of",))):
            if base in _FUNCTION_CAPS and not saw:
                break
            saw = True
            i -= 1
            continue
        if saw and low in NAME_PARTICLES:
            i -= 1  # "Ursula von der Leyen said", "Jean-Yves le Drian": a particle inside the name
            continue
        if t.text == "," and saw and any(x.low == "and" for x in toks[i + 1 : k + 1]):
            # "the foreign ministers of Britain, France and Germany said": a list of names after "of"
            j = i - 1
            while j >= 0 and (toks[j].text == "," or (_is_cap(toks[j]) and toks[j].low not in _FUNCTION_CAPS)):
                j -= 1
            if j >= 1 and toks[j].low == "of" and toks[j - 1].low in _NP_WORDS:
                i = j
                continue
        # (not "held hostage in Tehran": a verb's complement, not a noun phrase's head)
        if (low in _NP_WORDS or (base != low and base in _NP_WORDS) or (saw and low in _ADJ_ED_ING)) and low not in (
                "of", "in", "from", "at", "for", "and") and not _held_hostage(toks, i):
            saw = True
            i -= 1
            continue
        if saw and base != low and base.isalpha() and i > 0 and toks[i - 1].low in ("the", "this", "that"):
            i -= 1  # "the deal's critics": a thing's people
            continue
        if low in ("of", "in", "from", "at", "for", "and") and saw and i > 0:
            prev = toks[i - 1]
            if _is_cap(prev) or prev.low in _NP_WORDS or (low == "of" and prev.low in _CIRCLE_NOUNS):
                i -= 1  # (and "Friends of Mr. McFarlane said": his friends, not he)
                continue
            of = _of_topic_back(toks, i - 1) if low in ("in", "from", "at") else None
            if of is not None:
                i = of  # "Opponents of the agreement in Congress": the opponents speak
                continue
        if (
            low == "on" and saw and i > 1 and toks[i - 1].low in ("account", "accounts", "page", "channel", "feed", "handle")
            and toks[i + 1].low in _PLATFORMS
        ):
            i -= 2  # "Khamenei's official account on X posted": the account, not "X"
            continue
        if low == "on" and saw and i > 0 and toks[i - 1].low in _DOC_NOUNS | {"post", "posts", "tweet", "notice"}:
            i -= 1  # "A statement on the Guards' website said": the statement (its issuer speaks)
            continue
        if low == "to" and saw and i > 0 and toks[i - 1].low in _ROLE_TO:
            i -= 1  # "an aide to President Rouhani": the aide speaks
            continue
        if low == "to" and saw and i > 1 and toks[i - 1].low in _DOC_NOUNS | {"answer"} and (
                toks[i - 2].low.endswith(("'s", "\u2019s")) or toks[i - 2].low in ("the", "a", "its", "his", "her", "their")):
            # "Iran's response to President Trump's letter said", "Trump's letter to Khamenei said": the document (and
            # who wrote it) speaks, not the one it answers or is sent to
            i -= 1
            continue
        if (low in ("holding", "occupying", "representing", "running", "leading") and saw and i > 0
                and toks[i - 1].low in _NP_WORDS and toks[i - 1].low not in _NP_OPEN_ENDS):
            i -= 1  # "a spokesman for the students holding the embassy": the students' spokesman
            continue
        if low == "by" and saw and i > 1 and toks[i - 1].low in _CARRIED and toks[i - 2].low in _DOC_NOUNS:
            return _np_back(toks, i - 2)  # "A Guards statement carried by Tasnim said": the statement, not the outlet
        if saw and i > 1 and ((low == "by" and toks[i - 1].low in ("led", "headed")) or low == "including") and toks[
                i - (2 if low == "by" else 1)].low in ("analysts", "economists", "strategists", "officials", "researchers", "lawmakers",
                                                          "team", "experts", "diplomats"):
            i -= 2 if low == "by" else 1  # "JPMorgan analysts led by Natasha Kaneva said": the analysts, not the one leading them
            continue
        break
    if not saw:
        return None
    i += 1
    # drop leading connectors
    while i <= k and toks[i].low in ("of", "in", "from", "at", "for", "and"):
        i += 1
    # drop leading function words that are capitalised at sentence start
    while i <= k and toks[i].low in _FUNCTION_CAPS and toks[i].low not in ("the",) and not (
            toks[i].low in ("his", "her", "their") and i < k and toks[i + 1].low in ("office", "spokesman", "spokeswoman", "spokesperson")):
        i += 1  # (but "and his office later said": whose office, for the speakers stage)
    if i > k:
        return None
    # the phrase must hold a head: a capitalised word or a group/title noun
    heads = [t for t in toks[i : k + 1] if t.text[:1].isupper() or t.low in _NP_WORDS - {"the", "a", "an", "of", "in", "from", "at", "for", "and", "his", "her", "their", "its"}
             or ("-" in t.text and _PARTICLE_RE.fullmatch(t.text))]  # ("al-Houthi said": a name after its particle)
    if not heads:
        return None
    return i, k


_PLATFORMS: frozenset[str] = frozenset("x twitter telegram instagram facebook truth youtube".split())
_TOPIC_OF_HEADS: frozenset[str] = frozenset("critics opponents supporters proponents backers foes".split())


def _of_topic_back(toks: list[_Tok], k: int) -> int | None:
    """``critics of the deal`` ending at token ``k``: the index of the token before the head, else None."""
    for m in range(k, max(0, k - 4), -1):
        if toks[m].low == "of":
            if toks[m - 1].low in _TOPIC_OF_HEADS and all(
                t.low.isalpha() and t.low not in _NOT_IN_NP for t in toks[m + 1 : k + 1]
            ):
                return m - 2
            return None
    return None


def _skip_adverbials_back(toks: list[_Tok], k: int) -> int:
    """Move ``k`` back over adverbs and time phrases that sit between a subject and its verb."""
    while k >= 0:
        low = toks[k].low
        if low == "may" and k > 0 and toks[k].text == "May" and _is_cap(toks[k - 1]) and toks[k - 1].low not in _FUNCTION_CAPS:
            break  # "Theresa May said": a surname, not the modal or the month
        if low in _ADVERBS:
            k -= 1
            continue
        if low in _WEEKDAYS or low.rstrip(".") in _MONTH_WORDS or low in ("week", "month", "year", "morning", "evening", "night", "afternoon"):
            j = k - 1
            while j >= 0 and (toks[j].low in ("on", "late", "early", "last", "this", "next", "in", "the") or toks[j].text.isdigit()):
                j -= 1
            if j < k - 1:
                k = j
                continue
            k -= 1
            continue
        if toks[k].text.isdigit() and k > 0 and toks[k - 1].low.rstrip(".") in _MONTH_WORDS:
            k -= 1
            continue
        if toks[k].text == ")":
            # "Rep. Ilhan Omar (D-Minn.) said": a short parenthesis after the name
            opening = next((x for x in range(k - 1, max(-1, k - 8), -1) if toks[x].text == "("), None)
            if opening is None and k >= 2:
                # "Ayatollah Khamenei (who has called the United States "the Great Satan" for decades) said": a longer
                # aside in parentheses that opens with a relative pronoun
                opening = next((x for x in range(k - 1, max(-1, k - 30), -1) if toks[x].text == "("), None)
                if opening is not None and not (opening + 1 < k and toks[opening + 1].low in ("who", "which", "whose")):
                    opening = None
            if opening is not None and opening > 0:
                k = opening - 1
                continue
        if low in ("once",):
            k -= 1
            continue
        if low in ("both", "all", "each") and k > 0 and (
            toks[k - 1].low in _ADVERBS or _is_cap(toks[k - 1]) or toks[k - 1].low.endswith("s") or toks[k - 1].low in _ROLE_HEADS
        ):
            k -= 1  # "Iran and the United States both said", "the three countries all said": a floating quantifier
            continue
        break
    return k


# A US legislator's party and state after the name: "D-Calif.", "R-S.C.", "I-Vt."
_PARTY_TAG_RE = re.compile(r"[DRI]-[A-Z][A-Za-z.]*")


@dataclass(slots=True)
class _Subject:
    start: int
    end: int
    kind: str  # "np", "pronoun", "coord" (same subject as the previous cue), "none"


def _subject_before(text: str, sent_start: int, verb_start: int) -> _Subject:
    """Find the words naming who speaks before a verb at ``verb_start``."""
    slug = _WIRE_SLUG_RE.match(text, sent_start)
    toks = _tokens(text, slug.end() if slug else sent_start, verb_start)
    k = _skip_adverbials_back(toks, len(toks) - 1)
    if k < 0:
        return _Subject(0, 0, "none")
    t = toks[k]
    if t.low in PRONOUNS:
        return _Subject(t.start, t.end, "pronoun")
    if t.low in ("eminence", "excellency", "holiness") and k >= 1 and toks[k - 1].low in ("his", "her"):
        return _Subject(toks[k - 1].start, t.end, "pronoun")  # "His Eminence said": an honorific for the one named before
    if t.low == "them" and k >= 2 and toks[k - 1].low == "of" and toks[k - 2].low == "one":
        return _Subject(toks[k - 2].start, t.end, "np")  # '"...," one of them said'
    if t.low == "by" and k >= 1 and re.match(r"[a-z]+ing\b", text[verb_start : verb_start + 14]) and toks[k - 1].low.endswith("ed"):
        # "Araghchi responded by saying that ...": the subject of the verb before "by"
        inner = _subject_before(text, sent_start, toks[k - 1].start)
        if inner.kind in ("np", "pronoun"):
            return inner
    if t.low == "heard" and k >= 2 and toks[k - 1].low in ("be", "was", "were", "is", "are", "been") and re.match(
            r"(?:saying|telling)\b", text[verb_start : verb_start + 8]):
        # "Zarif could be heard saying", "Zarif was heard telling an interviewer": the one heard speaks
        h = k - 1
        while h > 0 and toks[h - 1].low in ("could", "can", "be", "was", "were", "is", "are", "been", "has", "had", "clearly", "also"):
            h -= 1
        span = _np_back(toks, h - 1) if h > 0 else None
        if span is not None:
            return _Subject(toks[span[0]].start, toks[span[1]].end, "np")
    if t.low == "as" and re.match(r"(?:saying|telling)\b", text[verb_start : verb_start + 8]):
        quoted = _quoted_as(toks, k)
        if quoted is not None:
            return quoted
    initial = _initial_np(toks, k) or _source_np(toks, k)
    if initial is not None:
        at = next((i for i, x in enumerate(toks) if x.start == initial.start), 0)
        if _object_before_participle(toks, at, text, verb_start):
            return _Subject(0, 0, "coord")  # "he had written to Iran's leadership saying: ..."
        return initial
    if t.low in ("and", "but", "while", "as", "then", "before", "after"):
        return _Subject(0, 0, "coord")
    if t.low in ("who", "which"):
        k2 = k - 1
        if k2 >= 0 and toks[k2].text == ",":
            sub = _apposed(toks, k2)
            if sub is not None:
                return sub
        if k2 >= 1 and toks[k2].text in ("\u2014", "\u2013", "--"):
            # "Iran \u2014 which has long denied seeking weapons \u2014 said": the noun phrase before the dash
            span = _np_back(toks, k2 - 1)
            if span is not None:
                return _Subject(toks[span[0]].start, toks[span[1]].end, "np")
        return _Subject(0, 0, "none")
    if t.text in ("\u2014", "\u2013", "--") and k >= 2:
        # "Iran \u2014 which has long denied ... \u2014 said": skip the parenthetical between the dashes
        j = next((i for i in range(k - 1, 0, -1) if toks[i].text == t.text), None)
        if j is not None:
            inner = _subject_before(text, sent_start, toks[j].start)
            if inner.kind in ("np", "pronoun"):
                return inner
    if t.low == "that":
        return _Subject(0, 0, "none")
    if t.text == ",":
        # "X, the foreign minister, said" / "X, who heads Y, said" / "X, 38, said"
        if k == len(toks) - 1 and _verb_is_participle(text, verb_start):
            return _Subject(0, 0, "coord")
        signed = _SIGNATORIES_RE.search(text, sent_start, verb_start)
        if signed is not None:
            # "The letter to Iran's leaders, which carried the signatures of 47 senators, warned": the signatories
            return _Subject(signed.start("who"), signed.end("who"), "np")
        sub = _apposed(toks, k)
        if sub is not None:
            return sub
        return _Subject(0, 0, "coord")
    span = _np_back(toks, k)
    w = next((x for x in range(span[0] - 1, 0, -1) if toks[x].low == "who"), None) if span is not None and span[0] > 1 else None
    if (span is not None and w is not None and toks[span[0] - 1].text[:1].islower() and toks[span[0] - 1].low not in ("and", "or")
            and toks[w - 1].text != "," and not any(x.text == "," for x in toks[w:span[0]])):
        # "A European diplomat who has met several times with Mr. Ghotbzadeh said": the one the relative clause describes,
        # not its object
        sub = _initial_np(toks, w - 1)
        if sub is not None:
            return sub
    if span is not None:
        i, j = span
        if _object_before_participle(toks, i, text, verb_start):
            return _Subject(0, 0, "coord")  # "spoke to Kallas saying ...", "posted a message in Hebrew warning ..."
        if (i >= 2 and toks[i - 1].low in ("in", "at", "from") and toks[i - 2].text[:1].islower()
                and (toks[i - 2].low not in _NP_WORDS or _held_hostage(toks, i - 2)) and not _verb_is_participle(text, verb_start)):
            # "Some of the Americans held hostage in Tehran in 1979 voiced anger": the place is inside a
            # description of the subject, which opens the sentence
            first = _sentence_subject(text, sent_start, verb_start)
            nxt = re.match(r"\s+([a-z]+)\b", text[first.end : first.end + 20]) if first.kind == "np" else None
            if (first.kind == "np" and first.end <= toks[i - 2].start and nxt is not None
                    and (nxt.group(1).endswith("ed") or nxt.group(1) in _IRREGULAR_PAST)):
                return first  # (only a subject a participle describes: "Americans held hostage in ...")
        ands = [x for x in range(i, j + 1) if toks[x].low == "and"]
        if ands and _verb_is_participle(text, verb_start) and i > 0 and toks[i - 1].text[:1].islower() and toks[i - 1].low != "with":
            # "... across the Middle East and Iran calling ...": the clauses are coordinated, not the names
            i = ands[-1] + 1
        elif ands:
            i = _list_start(toks, i)  # "Britain, France and Germany said"
        return _Subject(toks[i].start, toks[j].end, "np")
    if t.low in ("to",) and k > 0:
        # "Tehran was quick to insist that"
        k2 = k - 1
        if k2 >= 1 and toks[k2].low == "on" and toks[k2 - 1].low in ("went", "goes", "go"):
            k2 -= 2  # "The president went on to accuse the administration of ..."
        while k2 >= 0 and toks[k2].low in ("quick", "eager", "keen", "careful", "quick", "anxious", "sure", "was", "were", "is", "are", "also"):
            k2 -= 1
        if k2 < k - 1:
            span = _np_back(toks, k2)
            if span is not None:
                return _Subject(toks[span[0]].start, toks[span[1]].end, "np")
    # "An Iranian official who spoke on condition of anonymity said": the noun phrase before "who"
    w = next((i for i in range(k - 1, 0, -1) if toks[i].low == "who"), None)
    if w is not None and toks[w - 1].text != "," and not any(x.text == "," for x in toks[w:k]):
        sub = _initial_np(toks, w - 1)
        if sub is not None:
            return sub
        span = _np_back(toks, w - 1)
        if span is not None:
            return _Subject(toks[span[0]].start, toks[span[1]].end, "np")
    # "A money changer near the bazaar said": someone described by a common noun, then where they are
    one = _one_of_a_kind(toks, leading=True) if not _verb_is_participle(text, verb_start) else None
    if one is not None:
        n = next(i for i, x in enumerate(toks) if x.end == one.end) + 1
        rest = toks[n:]
        if not rest or (rest[0].low in ("in", "at", "from", "near", "outside", "inside") and len(rest) <= 6
                        and all(re.fullmatch(r"[\w\u2019'-]+", x.text) and not x.low.endswith("ed") for x in rest)):
            return one
    return _Subject(0, 0, "none")


# What follows an unnamed source to say how it knows: "familiar with", "briefed on", "close to".
_POSTMODIFIERS: tuple[tuple[str, ...], ...] = (
    ("familiar", "with"), ("briefed", "on"), ("close", "to"), ("involved", "in"), ("with", "knowledge", "of"),
    ("with", "direct", "knowledge"), ("knowledgeable", "about"), ("speaking", "on", "condition"),
)


def _source_np(toks: list[_Tok], k: int) -> _Subject | None:
    """An unnamed source with what says how it knows, ending at ``toks[k]``: ``people familiar with
    the matter``, ``a source close to the negotiating team``, ``a senior official briefed on the talks``."""
    for w in range(k, 0, -1):
        if toks[w].text == ",":
            return None
        if toks[w - 1].low in _ROLE_HEADS and any(tuple(t.low for t in toks[w : w + len(p)]) == p for p in _POSTMODIFIERS):
            head = _initial_np(toks, w - 1)
            if head is not None:
                return _Subject(head.start, toks[k].end, "np")
            span = _np_back(toks, w - 1)
            return _Subject(toks[span[0]].start, toks[k].end, "np") if span is not None else None
    return None


_QUOTING_RE = re.compile(r"(?:Quoting|Citing)\s+(?P<who>[^,;:.\"\u201c\u201d]{2,80}?),\s+")


def _quoting_source(text: str, ss: int, se: int) -> _Subject | None:
    """``Quoting Foreign Minister Abbas Araghchi, the agency said ...``: the one quoted, who speaks.

    Only a person, an office or a sourced group ("Citing Iranian officials,"), not a document or a
    reason ("Citing the IAEA report,", "Citing security concerns,")."""
    dm = DATELINE_RE.match(text, ss, se)
    m = _QUOTING_RE.match(text, dm.end() if dm else ss, se)
    if m is None:
        return None
    toks = _tokens(text, m.start("who"), m.end("who"))
    k = len(toks) - 1
    if k < 0:
        return None
    source = _source_np(toks, k)
    if source is not None:
        return source
    last = toks[k]
    if not ((_is_cap(last) and last.low not in _FUNCTION_CAPS) or last.low in _GROUP_NOUNS or last.low in _ROLE_HEADS):
        return None
    initial = _initial_np(toks, k)
    if initial is not None:
        return initial
    span = _np_back(toks, k)
    return _Subject(toks[span[0]].start, toks[span[1]].end, "np") if span is not None else None


_TRANSITION_RE = re.compile(r"(?:Separately|Meanwhile|Elsewhere|In a separate development|In other developments),\s+")
"""A narrator's transition that opens a sentence; not part of the reported clause after it."""


_DETERMINER_BEFORE_RE = re.compile(r"(?i)\b(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your)\s+$")
# a verb that takes "back" as its particle ("push back", "hit back", "scale back"): no "backs" = supports
_PHRASAL_BEFORE_BACK_RE = re.compile(
    r"(?i)\b(?:push|pushes|pushed|pushing|hit|hits|hitting|strike|strikes|struck|fight|fights|fought|come|comes|came|go|goes|"
    r"went|step|steps|stepped|roll|rolls|rolled|scale|scales|scaled|pull|pulls|pulled|hold|holds|held|bounce|bounces|"
    r"bounced|walk|walks|walked|claw|claws|clawed|snap|snaps|snapped|talk|talks|talked|shoot|shoots|shot|look|looks|"
    r"looked|write|writes|wrote|call|calls|called|bring|brings|brought|get|gets|got|give|gives|gave|sit|sits|sat)\s+$"
)
_CALLED_ADVERB_FOR_RE = re.compile(
    r"\b(call(?:ed|s)?|calling)\s+(?:today|yesterday|again|also|repeatedly|publicly|openly|once\s+again|"
    r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+(for|on|upon)\b"
)
_VOW_WORDS: frozenset[str] = frozenset("vow vows vowed vowing pledge pledges pledged pledging promise promises promised".split())
# "calling it the worst deal ever", "called them lies": a name for it, after a pronoun object
_CALLED_IT_RE = re.compile(
    r"\s+(?:the\s+(?:worst|best|biggest|greatest|most|least|\w+est)\b|(?!(?:off|back|up|out|quits|today|tonight|yesterday|"
    r"again|on|in|at|to|from|after|before|during|for|over|into|with|when|while|and|but|or|as|only|just|also|early|late)\b)"
    r"[a-z]+(?:ous|ful|ic|al|ive|less|able|ible|ant|ent|ies|ers|ists|s)\b)"
)
# a vow's object: a noun phrase, not "to ..." or "that ..." or a clause ("vowed revenge", "vows a harsh response")
_VOW_OBJECT_RE = re.compile(
    r"\s+[\"\u201c]?(?:(?:a|an|the|swift|harsh|severe|crushing|decisive|firm|strong|full|new|more|further|continued|its|his|their)\s+){0,3}"
    r"(?:revenge|retaliation|response|reprisals?|punishment|vengeance|support|cooperation|help|action|resistance|"
    r"solidarity|restraint|calm|backing|aid|assistance|attacks?|strikes?|sanctions|pressure|war|measures|steps)\b"
)
# "made the comments", "delivered the remarks": the narrator telling when and where words were said
_MADE_REMARKS_RE = re.compile(
    r"\b(?:made|gave|delivered|posted|issued)\s+(?:the|his|her|their|these|those|its)\s+(?:comments?|remarks?|statement|speech|address)\b"
)
# A live blog's entry stamp before its headline: "12:15 GMT - ", "1:05 p.m. ET \u2013 ", "09.30 | "
_STAMP_TIME = r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:(?:GMT|UTC|ET|EST|EDT|PT|BST|CET|IRST|local time|Tehran time)\s*)?"
_LIVE_STAMP_RE = re.compile(r"\s*" + _STAMP_TIME + r"[-\u2013\u2014:|]\s+")
# ... or alone on its line, the headline on the next: "10:42 a.m. ET", "Updated 14:05 GMT"
_LIVE_STAMP_LINE_RE = re.compile(r"(?:(?:Updated|Posted)\s+(?:at\s+)?)?" + _STAMP_TIME)


# ", the deputy foreign minister," / ", Araghchi's deputy," / ", Iran's envoy to the UN," ending the words before a
# name: an appositive title (its last word before any "of/to/for" phrase is a role)
_TITLE_APPOSITIVE_END_RE = re.compile(
    r",\s+(?:(?:the|The)\s+|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['\u2019]s\s+)(?:[\w.-]+\s+){0,3}?(?P<head>[a-z][\w-]+)"
    r"(?:\s+(?:of|to|for|at|on)\s+(?:the\s+)?[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,4})?,$"
)
# '"...," the statement read' / 'read a statement from X': a document's words, its issuer the speaker
_DOC_WORDS = r"(?:statement|letter|message|communiqu\w+|post|tweet|note|announcement)"
_READ_DOC_RE = re.compile(
    r"\s*(?:(?P<verb>reads?)\s+(?P<doc>(?:the|a|an)\s+(?:[\w\u2019'.-]+\s+){0,3}?" + _DOC_WORDS
    + r"(?:\s+(?:from|by|of|issued\s+by|released\s+by)\s+[^,.;:\"\u201c\u201d]{1,60})?)"
    r"|(?P<doc2>(?:the|a|an|its|his|her|their)\s+(?:[\w\u2019'.-]+\s+){0,3}?" + _DOC_WORDS
    + r"(?:\s+(?:from|by|of)\s+[^,.;:\"\u201c\u201d]{1,60}?)?)\s+(?P<verb2>reads?))\s*(?:[.,;]|$)"
)


def _after_section_label(text: str, s: int) -> int:
    """Skip a section label opening a headline: ``EXCLUSIVE: Iran ready to talk, officials say``."""
    m = re.match(r"([A-Za-z&' ]{2,20}):\s+", text[s : s + 24])
    if m and m.group(1).strip().lower() in _SECTION_LABELS:
        return s + m.end()
    caps = re.match(r"([A-Z][A-Z'\u2019 ]{2,40}):\s+(?=[A-Z])", text[s : s + 46])
    if caps and (s == 0 or text[s - 1] == "\n") and _no_subhead(re.match(r"(?P<who>.+)", caps.group(1))) is None:
        return s + caps.end()  # a newsletter's run-in subhead: "TRUMP PULLS BACK: President Donald Trump approved ..."
    slug = _WIRE_SLUG_RE.match(text, s)  # "UPDATE 2-Iran says ...", "EXCLUSIVE-Iran ready to ..."
    return slug.end() if slug else s


# a wire service's slug before its headline: "UPDATE 2-", "EXCLUSIVE-", "WRAPUP 1-", "REFILE-"
_WIRE_SLUG_RE = re.compile(
    r"(?:EXCLUSIVE|UPDATE|WRAPUP|ANALYSIS|FACTBOX|INSIGHT|REFILE|CORRECTED|RPT|BRIEF|TIMELINE|EXPLAINER|BREAKINGVIEWS|"
    r"COLUMN|FEATURE|SPECIAL REPORT|INTERVIEW)(?:\s+\d{1,2})?-(?=[A-Z\u2018\u201c'\"])"
    r"|(?<![^\n])A[.:]\s+(?=[A-Z])"  # (and an explainer's answer label at a paragraph's start: "A. The three countries say ...")
    # (and a live blog's time stamp before its entry, with no dash: "08:00 Saudi Arabia's foreign ministry condemns ...")
    r"|(?<![^\n])\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?:GMT|UTC|ET|EST|EDT|BST|CET|IRST))?(?:\s*[-\u2013\u2014|])?\s+(?=[A-Z])"
)


def _list_start(toks: list[_Tok], i: int) -> int:
    """Where a list of names ending in ``... and Z`` at ``toks[i]`` starts: ``Britain, France and Germany``.

    Each earlier item is a run of capitalised words after a comma, itself at the clause start or
    after another comma (not "In Tehran, Rouhani and Zarif", not "On Monday, ...")."""
    while i >= 2 and toks[i - 1].text == ",":
        k = i - 2
        if toks[k].low in _ROLE_HEADS and toks[k].text.islower():
            # "Iran's president, foreign minister and parliament speaker all said": a list of offices
            while k > 0 and (_is_cap(toks[k - 1]) or toks[k - 1].low in _NP_WORDS) and toks[k - 1].low not in (
                    "and", "of", "in", "from", "at", "for", "the", "a", "an") and toks[k - 1].low not in _FUNCTION_CAPS:
                k -= 1
            if k > 0 and toks[k - 1].text not in (",", ":"):
                break
            i = k
            continue
        if not (_is_cap(toks[k]) and toks[k].low not in _FUNCTION_CAPS and toks[k].low not in _WEEKDAYS and toks[k].low not in _MONTHS):
            break
        while k > 0 and _is_cap(toks[k - 1]) and toks[k - 1].low not in _FUNCTION_CAPS:
            k -= 1
        if k > 0 and toks[k - 1].text not in (",", ":"):
            break  # (after a colon: "Europe: Britain, France and Germany have threatened ...", a label before the list)
        i = k
    return i


def _object_of_verb(text: str, clause_start: int, np_start: int) -> bool:
    """The noun phrase at ``np_start`` follows a lower-case word of its clause (``called the U.S. claims``):
    it is an object, and the noun-like cue after it (``claims``, ``remarks``) is a noun."""
    m = re.search(r"([A-Za-z]+)\W*$", text[clause_start:np_start])
    if m is None:
        return False
    return m.group(1).islower() and m.group(1) not in ("and", "but", "while", "as", "that", "when", "after", "before")


def _initial_np(toks: list[_Tok], k: int) -> _Subject | None:
    """A subject written in lower case right before the verb: ``Iran's top nuclear official``,
    ``the head of the atomic energy organization``, ``the U.S. envoy to the talks``.

    The words from the clause start (sentence start or last comma) to ``toks[k]`` must open with a
    determiner, a possessive or a capitalised word, hold no conjunction or relative word, end in a
    lower-case word, and have a role noun as head (the word before the first preposition).
    """
    s = next((j + 1 for j in range(k, -1, -1) if toks[j].text in (",", ";", ":", "\u2014", "\u2013", "-")), 0)
    seg = toks[s : k + 1]
    place = next((i for i in range(1, len(seg) - 1) if seg[i].low in ("in", "at", "from", "along") and seg[i - 1].low in _ROLE_HEADS
                  and all(_is_cap(t) for t in seg[i + 1 :])), None)
    if place is not None and (seg[0].low in ("a", "an", "the", "one", "two", "some", "several") or (
            s == 0 and _is_cap(seg[0]) and seg[0].low not in _FUNCTION_CAPS)) and not any(
            t.low in _NOT_IN_NP or t.text in ("(", ")") for t in seg[:place]):
        # "A federal judge in Manhattan ruled": the judge, where she sits (not "Manhattan")
        return _Subject(seg[0].start, seg[-1].end, "np")
    if not 2 <= len(seg) <= 12 or not seg[-1].text[:1].islower():
        return None
    first = seg[0]
    if not (
        first.low in ("the", "a", "an", "some", "several", "many", "his", "her", "its", "their", "that", "this")
        or first.low.endswith(("'s", "\u2019s"))
        or (_is_cap(first) and first.low not in _FUNCTION_CAPS)
        or (first.low in _GROUP_NOUNS and first.low.endswith("s"))  # "In Washington, lawmakers from both parties said"
    ):
        return None
    if any((t.low in _NOT_IN_NP and not (i == 0 and t.low in ("that", "this"))) or t.text in ("(", ")") for i, t in enumerate(seg)):
        return None  # (a demonstrative may open it: "That person said ...", the source named before)
    if seg[-1].low in _PREPS_IN_NP or any(
        t.text[:1].islower() and t.low.endswith(("ed", "ing")) and t.low not in _ROLE_HEADS and t.low not in _ADJ_ED_ING
        for t in seg
    ):
        return None  # "Blinken joined the president in": a verb phrase, not a noun phrase
    p = next((i for i, t in enumerate(seg) if i > 0 and t.low in _PREPS_IN_NP), len(seg))
    if seg[p - 1].low not in _ROLE_HEADS:
        return None
    return _Subject(seg[0].start, seg[-1].end, "np")


def _quoted_as(toks: list[_Tok], k: int) -> _Subject | None:
    """``Tasnim quoted (or cited) the commander, Abolfazl Shekarchi, as saying``: the one quoted speaks, not the agency.

    ``toks[k]`` is the ``as`` before ``saying``; the speaker is the object of an earlier ``quoted``.
    """
    q = next((i for i in range(k - 1, -1, -1) if toks[i].low in ("quoted", "quotes", "cited", "cites")), None)
    if q is not None and q >= 2 and toks[q - 1].low in ("was", "were") and (q == k - 1 or toks[q + 1].low == "by"):
        # "Araghchi was quoted as saying", "Araghchi was quoted by IRNA as saying": the passive's subject
        end = q - 2
        if toks[end].text == ",":
            pc = next((i for i in range(end - 1, 0, -1) if toks[i].text == ","), None)
            name = toks[pc + 1 : end] if pc is not None else []
            if 2 <= len(name) <= 4 and all(_is_cap(t) and t.low not in _FUNCTION_CAPS for t in name):
                # "The Foreign Minister, Sadegh Ghotbzadeh, was quoted as saying": the name after the title
                return _Subject(name[0].start, name[-1].end, "np")
            # "Velayati, who advises the supreme leader, was quoted as saying": the name before the aside
            end = pc - 1 if pc is not None else end
        span = _np_back(toks, end)
        return _Subject(toks[span[0]].start, toks[span[1]].end, "np") if span is not None else None
    if q is None or q >= k - 1:
        return None
    obj = toks[q + 1 : k]
    if len(obj) == 1 and obj[0].low in ("him", "her", "them"):
        return _Subject(obj[0].start, obj[0].end, "pronoun")
    if obj[-1].text == ",":
        return _apposed(obj, len(obj) - 1)
    span = _np_back(obj, len(obj) - 1)
    if span is not None and 1 < span[0] <= 3 and obj[0].low in ("a", "an", "the", "one", "two", "several", "some") and all(
        t.low.isalpha() and t.text.islower() for t in obj[1 : span[0]]
    ):
        span = (1, span[1])  # "quoted an informed source as saying": adjectives between the article and the head
    if span is None or span[0] != 0 and obj[span[0] - 1].low not in ("a", "an", "the", "one", "two", "several", "some"):
        return None
    i = span[0] - 1 if span[0] > 0 else 0
    return _Subject(obj[i].start, obj[span[1]].end, "np")


# an indirect clause that ends by handing over to a quotation: '... he had written to them saying: "..."'
_SAYING_END_RE = re.compile(r"\b(?:saying|adding|writing|stating|declaring|telling\s+\w+)$")
_SAYING_COLON_RE = re.compile(r"\s*:\s*")
# a key quote's topic before its quotation: 'On negotiations: "..."'
_TOPIC_LABEL_RE = re.compile(r"[ \t]*On\s+[^:\"\u201c\n]{2,40}:[ \t]*")
_IRREGULAR_PAST = frozenset("said told wrote spoke gave made took held sent read put".split())
_CONTRACTED_SUBJECTS = frozenset("he she it that who what there here where one".split())
# (not "with": "with some arguing"; not "across": "across the Middle East and Iran calling")
_OBJECT_PREPS = frozenset("to for at into toward towards against about from outside through around near past".split())


def _verb_is_participle(text: str, verb_start: int) -> bool:
    m = re.match(r"[A-Za-z]+", text[verb_start:])
    return bool(m and m.group(0).endswith("ing"))


def _object_before_participle(toks: list[_Tok], i: int, text: str, verb_start: int) -> bool:
    """Is the noun phrase starting at ``toks[i]`` the object of a preposition or of a past verb, right before a
    participle at ``verb_start``? ("written to Iran's leadership saying", "posted a message warning"): then the object
    does not say it; the participle's subject is the clause's."""
    if i <= 0 or not _verb_is_participle(text, verb_start):
        return False
    before = toks[i - 1]
    return before.low in _OBJECT_PREPS or (
        before.text.islower() and before.low not in _ADJ_ED_ING and (before.low.endswith("ed") or before.low in _IRREGULAR_PAST))


# before a capitalised cue in a headline, what makes it a noun: "a Cautious Welcome", "An Angry Rebuke", "The Warning"
_TITLE_NOUN_BEFORE_RE = re.compile(r"(?:\b[Aa]n?\s+(?:[A-Z][\w-]*\s+)?|\b[Tt]he\s+|\b(?:Press|Phone|Conference|Video|Telephone|Wake-[Uu]p|Roll|Curtain)\s+)$")
# a participle phrase that opens a sentence before its attribution: not what was said
_ASKED_ABOUT_RE = re.compile(
    r"(?:^|(?<=[.!?\n])\s*)(?:Asked|Pressed|Questioned)\s+(?:by\s+[^,]{1,40}?\s+)?(?:about|whether|if|on|why|how|what|to\s+comment)\b[^,\n]{0,200},"
)
_ASKED_WORD_RE = re.compile(r"\b(?:Asked|Pressed|Questioned)\b")
# what the length limit of an attribution after a quotation does not count: an aside between commas ('"...,"
# Ali Akbar Velayati, who advises the supreme leader on foreign affairs, said') and the outlet of a passive quote
# ('"...," Velayati was quoted by the semi-official Tasnim news agency as saying')
_ATTRIBUTION_ASIDES_RE = re.compile(
    r",\s[^,\"\u201c\u201d\n]{1,120}?,|(?<=\bquoted)\s+by\s+[^,\"\u201c\u201d\n]{1,60}?(?=\s+as\b)"
)
TITLE_ABBREVIATIONS = r"(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Lt|Lieut|Col|Maj|Brig|Adm|Gov|Prof|Capt|Cmdr|Sgt|Jr|Sr|St)"
"""Abbreviated titles whose dot ends no sentence ("told Mr. Obama that"); also used by :mod:`stance.speakers`."""
_ABBREV_DOTS_RE = re.compile(
    # (and a date's month, AP's style: "told reporters on Nov. 4 that")
    r"\b" + TITLE_ABBREVIATIONS + r"\.|\b(?:[A-Z]\.){2,3}|\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.(?=\s\d)"
)
_OPENER_RE = re.compile(r"(?:Asked|Pressed|Questioned|Speaking|Addressing|Responding|Answering|Commenting|Reacting|Writing|According\s+to)\b")
_SOURCE_TAIL_RE = re.compile(
    r",(?P<q>[\"\u201d\u2019])?\s+(?:(?:the|a|an)\s+)?(?:[\w\u2019'.-]+\s+){0,4}?(?:[A-Z][\w\u2019'.-]*|agency|media|television|TV|newspaper|daily|outlet|website|"
    r"(?:his|her|their)\s+office)"
    r"\s+(?:reported|said|quoted\s+(?:him|her|them)\s+as\s+saying)\s*[.!?]?[\"'\u201d\u2019]?\s*$"
)
# after an inverted verb of saying ('"...," said Araghchi, adding'): its subject, up to the comma
_INVERTED_SUBJECT_RE = re.compile(r"\s+((?:the\s+)?(?:[\w.\u2019'-]+\s+){0,4}?[\w\u2019'-]+)\s*,")
_PARTICIPLES = r"(?:adding|calling|saying|describing|noting|warning|insisting|stressing|urging|accusing)"
"""Participles that open a statement of their own after an attribution (", adding that ...")."""
_PRONOUN_CLAUSE_RE = re.compile(
    r"\s+(?=(?:it|they|he|she|we|I)\s+(?:would|could|will|might|may|can|must|should|shall|was|were|is|are|had|has|have|"
    r"did|does|do|won['\u2019]t|cannot|can['\u2019]t|not|never)\b)"
)
"""A subject pronoun and an auxiliary right after an object verb: the reported clause, no object."""
_TIME_ONLY_RE = re.compile(
    r"(?i)(?:\s*(?:late|early|on|last|this|next|in\s+the|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|"
    r"yesterday|tonight|week|weekend|month|year|night|morning|afternoon|evening|earlier|later|again|afterwards?)\b)+[\s.,;]*"
)
_QUESTION_OPEN_RE = re.compile(
    r"\s*[\"\u201c]?(?:Why|How|What|Who|Where|When|Which|Should|Shall|Can|Could|Would|Will|Is|Are|Do|Does|Did|Has|Have|Must)\s"
)
_HEADLINE_NEXT_CLAUSE_RE = re.compile(r"\s*,\s+[A-Za-z]")
_POLL_RE = re.compile(
    r"\s*(?:(?:Recent|New|Opinion|Several|Most|Some|Other|The\s+latest|A\s+(?:new|recent))\s+)?(?:[Pp]olls?|[Ss]urveys?|[Ss]tudies|[Aa]\s+study)"
    r"(?:\s+[\w,.'\u2019-]+){0,8}?\s+(?:show|shows|showed|suggest|suggests|suggested|found|find|finds|indicate|indicates|indicated)\s+(?:that\s+)?"
)
"""A sentence that reports a poll's finding: who answered it makes no statement."""
_OUTLET_VERB_RE = re.compile(r"reported|said|says|wrote")
# Who reports rather than speaks: "Tehran has vowed to retaliate, IRNA said" is Tehran's statement, but in
# "Iran did not rule out talks, Baghaei said" Baghaei speaks (the outlet's "reported" is a source whoever it is).
_OUTLET_NP_RE = re.compile(
    r"(?:.*\b(?:agency|agencies|media|television|TV|newspaper|daily|dailies|outlet|website|broadcaster|network|channel|"
    r"press|wire|news)|(?:the\s+)?(?:IRNA|Tasnim|Fars|ISNA|Mehr|Kayhan|IRIB|Nour\s+News|Sepah\s+News|Tehran\s+Times|Al[\s-]Alam|"
    r"Reuters|AP|AFP|UPI|Bloomberg|Axios|Politico|CNN|BBC|NBC|CBS|ABC|NPR|Fox\s+News|Al\s+Jazeera|Xinhua|Interfax|TASS|"
    r"(?:The\s+)?(?:New\s+York\s+Times|Washington\s+Post|Wall\s+Street\s+Journal|Guardian|Financial\s+Times)))",
    re.IGNORECASE,
)
_DOC_NOUNS: frozenset[str] = frozenset("statement remarks comments letter message response reply".split())
_CARRIED: frozenset[str] = frozenset("carried reported quoted published aired broadcast cited relayed".split())
# "The statement, issued by the foreign ministry, said": who issued a document speaks through it
_ISSUED: frozenset[str] = frozenset(
    "issued released sent signed written drafted sponsored tabled authored".split()  # (not "delivered": a messenger)
)


_CLAUSE_BREAK_WORDS: frozenset[str] = frozenset("while whereas but said says told added warned insisted".split())


# the head word of a body's name: "the State Department", "the Foreign Ministry", "the Security Council"
_BODY_HEADS: frozenset[str] = frozenset(
    "department ministry office council agency embassy mission command committee commission administration "
    "pentagon house".split()
)


# things, not people: "A report describing the strike was published", "a video shows"
_THING_NOUNS: frozenset[str] = frozenset(
    "report document study paper article book film video poll survey map photo image placard placards banner banners sign "
    "signs poster posters slogan slogans headline graffiti mural leaflet leaflets billboard billboards".split()
)


def _one_of_a_kind(toks: list[_Tok], leading: bool = False) -> _Subject | None:
    """``one marcher``, ``a shopkeeper``, ``another taxi driver``: someone the article describes by a common noun
    that no word list holds, all the words given (or, with ``leading``, the words up to a comma or a place)."""
    if leading:
        end = next((i for i, t in enumerate(toks) if t.text in (",", ".", ";") or t.low in ("in", "at", "from", "who", "outside",
                                                                                          "near", "inside")), len(toks))
        toks = toks[:end]
    if not 2 <= len(toks) <= 4 or toks[0].low not in ("one", "a", "an", "another"):
        return None
    if not all(re.fullmatch(r"[a-z][a-z-]*", t.text) for t in toks[1:]) or toks[-1].low in _FUNCTION_CAPS:
        return None
    if toks[-1].low in _DOC_NOUNS or toks[-1].low in _THING_NOUNS:
        return None  # "One placard said", "a report describing ...": things, not people
    return _Subject(toks[0].start, toks[-1].end, "np")


def _apposed(toks: list[_Tok], k: int) -> _Subject | None:
    """Subject behind an appositive ending at token ``k`` (a comma, or the token before one)."""
    if k < 0:
        return None
    cands: list[tuple[int, _Subject]] = []
    commas = 0
    j = k
    while j >= 0 and commas < 4:
        if toks[j].text in ("\u2013", "\u2014", ";", ":"):
            break  # a dateline or another clause
        if j < k and toks[j].low in _CLAUSE_BREAK_WORDS and not (toks[j].low in ("said", "says") and any(
                toks[x].low in ("who", "which") and toks[x - 1].text == "," for x in range(max(1, j - 4), j))):
            # "X, NAME, said ..., while Y's envoy, NAME2, said": the second clause's own appositive (but "George Shultz,
            # who officials said had opposed the shipments, told": a relative clause with a source in it)
            break
        if toks[j].text == ",":
            commas += 1
            if j > 0 and toks[j - 1].low in PRONOUNS and not (
                j > 1 and toks[j - 2].low in _OBJECT_PREPS | {"about", "on", "of", "with", "by", "over"}
            ):
                # (not "Asked about it, a spokesman, X, said": the opener's object)
                return _Subject(toks[j - 1].start, toks[j - 1].end, "pronoun")
            if j > 1 and j + 1 < len(toks) and (toks[j + 1].low in ("who", "which") or re.fullmatch(r"[a-z]{3,}ing", toks[j + 1].text)):
                src = _source_np(toks, j - 1)
                if src is not None:
                    # "An Iranian official close to the negotiating team, who declined to be named, told": the official
                    return src
            span = _np_back(toks, j - 1) if j > 0 else None
            if span is not None and span[0] >= 2 and toks[span[0] - 1].text == "," and _PARTY_TAG_RE.fullmatch(
                    _text_of(toks, toks[span[0]].start, toks[span[1]].end).replace(" ", "")):
                # "Sen. Dianne Feinstein, D-Calif., who chairs ..., said": the senator, not her party and state
                span = _np_back(toks, span[0] - 2)
            if span is None and j > 1 and toks[j - 1].text == ")":
                # "Rep. Ro Khanna (D-Calif.), who introduced ..., vowed": the name before the parenthesis
                opening = next((x for x in range(j - 2, max(-1, j - 8), -1) if toks[x].text == "("), None)
                if opening is not None and opening > 0:
                    span = _np_back(toks, opening - 1)
            if span is None and j > 0 and toks[j - 1].low in _DOC_NOUNS and j + 1 < len(toks) and toks[j + 1].low in _CARRIED | _ISSUED:
                # "The letter, written in Persian, said": the document, with its determiner
                i0 = j - 1
                while i0 > 0 and (toks[i0 - 1].low in ("the", "a", "an", "his", "her", "its", "their") or _is_cap(toks[i0 - 1])):
                    i0 -= 1
                span = (i0, j - 1)
            if span is not None:
                i, e = span
                phrase = toks[i : e + 1]
                has_name = any(x.text[:1].isupper() and x.low not in _NP_WORDS for x in phrase)
                # "The remarks, carried by Tasnim, said": the remarks (their speaker: speakers.py), not the outlet;
                # "The letter, signed by 30 senators, warned": the signatories
                doc = any(x.low in _DOC_NOUNS for x in phrase) and j + 1 < len(toks) and toks[j + 1].low in _CARRIED | _ISSUED
                # ("A reformist lawmaker, who spoke on condition of anonymity, said": a role noun heads it too)
                # (and a body in capitals: "a rebuttal from the State Department, which said")
                has_head = has_name or doc or any(x.low in _GROUP_NOUNS or x.low in _ROLE_HEADS for x in phrase) or (
                    phrase[-1].text[:1].isupper() and phrase[-1].low in _BODY_HEADS)
                cand = _Subject(toks[i].start, toks[e].end, "np")
                before = toks[i - 1] if i > 0 else None
                starts_clause = before is None or before.text in (",", "\u2014", "\u2013", "-", ";", ":") or before.low in _FUNCTION_CAPS
                nxt = toks[j + 1].low if j + 1 < len(toks) else ""
                if nxt in ("who", "which") and has_head and starts_clause:
                    if before is not None and before.text == "," and i >= 2 and not has_name or (
                            before is not None and before.text == "," and i >= 2 and phrase[-1].low in _NP_WORDS | _ROLE_HEADS
                            | {"affairs", "defense", "defence", "state", "interior"}):
                        name = _np_back(toks, i - 2)
                        if name is not None and all(_is_cap(t) or t.low in NAME_PARTICLES for t in toks[name[0] : name[1] + 1]) and (
                                name[1] - name[0] >= 1):
                            # "Badr Albusaidi, Oman's Minister of Foreign Affairs, who shuttled ..., described": the name
                            return _Subject(toks[name[0]].start, toks[name[1]].end, "np")
                    return cand  # "some former hostages, who were held ..., said"
                if (has_head and starts_clause and before is not None and before.text == "," and j + 1 < len(toks)
                        and re.fullmatch(r"[a-z]{3,}ing", toks[j + 1].text)):
                    # "In Tehran, Iran's foreign minister, speaking at a news conference, said": the one speaking, not
                    # the place of the opening phrase
                    return cand
                # a proper name: starts with a capital that is not "The"/"A", has no "of"-phrase
                # ... and no role noun in lower case ("Tehran's ambassador to the UN" is a title)
                proper = (
                    phrase[0].text[:1].isupper()
                    and phrase[0].low not in ("the", "a", "an", "another", "one")
                    # ("Another MP, Ahmad Naderi, told ...": an upper-case role noun is a role noun too)
                    and not any(x.low == "of" or ((x.text[:1].islower() or x.text.isupper()) and x.low in _ROLE_HEADS)
                                for x in phrase)
                    # ("Mr. Araghchi's U.S. counterpart, special envoy Steve Witkoff, has described": someone's counterpart)
                    and not (phrase[-1].text[:1].islower() and any(x.low.endswith(("'s", "\u2019s")) for x in phrase[:-1]))
                )
                score = (2 if proper else 0) + (1 if starts_clause else 0) + (1 if has_name else 0)
                if phrase[-1].text[:1].isupper() and phrase[-1].low not in _NP_WORDS and not phrase[-1].low.endswith(("'s", "\u2019s")):
                    score += 1  # ends in a name, not in a title ("Iran's U.N. ambassador")
                if before is not None and before.low in ("of", "for", "at", "in", "from", "with", "by", "to", "on", "through", "via"):
                    score -= 3  # "Iran's negotiating team, led by Araghchi, said": the team speaks
                    if before.low == "by" and i > 1 and toks[i - 2].low in ("led", "headed", "chaired", "joined", "accompanied"):
                        score -= 2  # ("The deal's critics, led by Senator Tom Cotton, argued": the critics)
                seg = next((x + 1 for x in range(i - 1, -1, -1) if toks[x].text == ","), 0)
                if seg < i and toks[seg].low in ("which", "that") and seg > 0:
                    j -= 1
                    continue  # "The proposal, which was rejected by Tehran, called ...": not Tehran (a thing's relative clause)
                if seg < i and toks[seg].low in _ISSUED and toks[seg + 1].low == "by" and seg + 2 == i:
                    # "The statement, issued by the foreign ministry, said": the issuer; "drafted by Britain, France
                    # and Germany": the whole list, up to the comma before the verb
                    last = k - 1 if toks[k].text == "," else k
                    if last > e and all(_is_cap(x) or x.text == "," or x.low == "and" for x in toks[e + 1 : last + 1]):
                        return _Subject(toks[i].start, toks[last].end, "np")
                    return cand
                if seg < i and toks[seg].low in _CARRIED | _ISSUED:
                    score -= 2  # "The letter, written in Persian, said": a name inside a participle phrase
                carrier = before is not None and before.low == "by" and i > 1 and toks[i - 2].low in _CARRIED
                # "Iranian officials, including Araghchi, have said": the officials speak
                member = before is not None and before.low in ("including", "notably", "especially")
                if has_head and not carrier and not member:  # "X's remarks, carried by IRNA, suggested": the outlet only carried them
                    cands.append((score, cand))
        j -= 1
    if not cands:
        return None
    top = max(c[0] for c in cands)
    best = [c for c in cands if c[0] == top][-1][1]  # ties: the leftmost (the head of "X, Y, said")
    for _, c in cands:
        if c.end < best.start and re.fullmatch(r",\s*", _text_of(toks, c.end, best.start)) and re.search(
            r"\band\s+(?:his|her|their)\s+(?:\w+\s+)?counterparts?$", _text_of(toks, c.start, c.end)
        ):
            # "Araghchi and his Omani counterpart, Badr Albusaidi, said": both speak
            return _Subject(c.start, best.end, "np")
    return best


def _text_of(toks: list[_Tok], start: int, end: int) -> str:
    """The text between two offsets, rebuilt from the tokens that lie in it (single spaces)."""
    return " ".join(t.text for t in toks if start <= t.start and t.end <= end).replace(" ,", ",")


def _sentence_subject(text: str, s: int, e: int) -> _Subject:
    """The first noun phrase of a sentence, after datelines and introductory phrases."""
    m = DATELINE_RE.match(text, s, e)
    if m:
        s = m.end()
    toks = _tokens(text, s, e)
    k = 0
    n = len(toks)
    # a conjunction opening the sentence before its subject: "But Fatemeh Mohajerani struck a different note, saying ..."
    # (not "But in Washington, officials said": the phrase up to the comma is skipped below)
    while k + 1 < n and toks[k].low in ("but", "and", "yet", "so") and toks[k + 1].text[:1].isalpha() \
            and toks[k + 1].low not in _FUNCTION_CAPS and toks[k + 1].low not in _WEEKDAYS and toks[k + 1].low not in _MONTHS:
        k += 1
    # skip an introductory phrase that ends with a comma ("In Washington, ", "Speaking at X, ")
    time_opener = n > k + 2 and toks[k + 1].low in ("later", "earlier", "after", "before", "ago") and toks[k + 2].text == "," and (
        toks[k].low in _TIME_UNITS or toks[k].low.isdigit())
    participle = toks[k].text.endswith("ing") and toks[k].low not in _ING_NAMES if k < n else False
    if k < n and (toks[k].low in _FUNCTION_CAPS or participle or time_opener):
        # ("Hours later, Iran's mission ... posted a statement saying": the time, then the subject)
        c = next((i for i, t in enumerate(toks[:25]) if t.text == ","), None)
        if c is not None:
            k = c + 1
        else:
            while k < n and (toks[k].low in _FUNCTION_CAPS or toks[k].low in _WEEKDAYS or toks[k].low in _MONTHS):
                k += 1
    if k < n and toks[k].low in PRONOUNS:
        return _Subject(toks[k].start, toks[k].end, "pronoun")
    j = _np_run(toks, k)
    if j > k:
        span = _np_back(toks, j - 1)
        # (not a determiner alone: "A banner at the rally read:", "One placard said": nobody speaks)
        if span is not None and span[0] <= k + 1 and not all(t.low in _DETERMINERS for t in toks[span[0] : span[1] + 1]):
            a = span[1] + 1
            if a < n and toks[a].text == "," and toks[span[0]].low in ("the", "a", "an") and (
                    not any(_is_cap(t) for t in toks[span[0] + 1 : a]) or toks[a - 1].text in _ROLE_HEADS):
                # (also "A White House spokesman, Hogan Gidley, declined ... but said": a lower-case role at the end)
                # "The former secretary of state, Hillary Clinton, echoed ...": the name in apposition, as before "said"
                b = a + 1
                while b < n and _is_cap(toks[b]) and toks[b].low not in _FUNCTION_CAPS:
                    b += 1
                if b - a >= 3 and b < n and toks[b].text == ",":
                    return _Subject(toks[a + 1].start, toks[b - 1].end, "np")
            return _Subject(toks[span[0]].start, toks[span[1]].end, "np")
    return _Subject(0, 0, "none")


_NARRATED_RE = re.compile(r"\b(?:[Hh]e|[Ss]he|[A-Z][a-z]+)\s+(?:said|says|told|added|noted|stressed|insisted)\b")
"""Someone's words told by the narrator, in the third person: not an interview's answer."""


def _bare_cue(body: str, cue: str) -> bool:
    """The statement is its stance verb alone ("denies"), or a denial of a pronoun ("denies it")."""
    words, verb = body.lower().split(), cue.lower().split()
    if words == verb:
        return True
    return verb[0].startswith("den") and len(words) == len(verb) + 1 and words[: len(verb)] == verb and words[-1] in ("it", "this", "that", "so")


_DETERMINERS: frozenset[str] = frozenset("a an the one this that these those some another each every".split())
_TIME_UNITS: frozenset[str] = frozenset("minutes hours days weeks months years moments decades".split())


# --------------------------------------------------------------------------- cues
def _phrase_trie(phrases: Sequence[str]) -> str:
    """One regex for many multi-word phrases, as a trie of their words: at a position the longest phrase that matches
    wins, as with an alternation sorted longest first, but each word is tried once (the flat alternation of a few
    hundred phrases was the extractor's costliest pattern)."""
    trie: dict[str, Any] = {}
    for p in phrases:
        node = trie
        for w in p.lower().split():
            node = node.setdefault(w, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = []
        for w in sorted((k for k in node if k), key=len, reverse=True):
            child = node[w]
            rest = build(child) if any(k for k in child) else ""
            if rest:
                alts.append(re.escape(w) + r"(?:\s+" + rest + (")?" if "" in child else ")"))
            else:
                alts.append(re.escape(w))
        return "(?:" + "|".join(alts) + ")"

    return build(trie)


_PHRASE_RE = re.compile(r"\b(" + _phrase_trie(REPORT_PHRASES + STANCE_PHRASES) + r")\b", re.IGNORECASE)
_BRUSH_RE = re.compile(r"\bbrush(?:ed|es|ing)?\s+(?:[\w\u2019']+\s+){0,4}?aside\b", re.IGNORECASE)
# Nouns a journalist uses to label what was said: ", a claim officials denied".
_LABEL_NOUNS = (
    r"(?:claim|charge|assertion|accusation|allegation|remark|suggestion|characteri[sz]ation|description|account|"
    r"assessment|view|prediction|promise|pledge|threat|warning|phrase|formulation|refrain|prospect|comment|line)"
)
_LABELLED_BY_RE = re.compile(
    rf",\s+(?:a|an)\s+{_LABEL_NOUNS}\s+(?:that\s+)?(?P<who>(?:the\s+)?(?:[A-Z][\w.\u2019'-]*\s+){{0,3}}[\w.\u2019'-]+)\s+"
    r"(?:(?:has|have|had)\s+)?(?:disputed|denied|rejected|dismissed|contested|challenged|refuted|rebutted)\s*,\s*$"
)
"""``, a claim the US military disputed, `` before a participle: the one who disputed it speaks in the participle."""
# the rest of a dash aside: a few words without a verb of speech, the closing dash, then the clause going on
_DASH_ASIDE_RE = re.compile(r"[^\u2013\u2014.;:!?\"\u201c\u201d]{1,60}?\s?[\u2013\u2014-]\s?(?=[a-z])")
# a headline's second clause with a subject of its own: "Trump says Iran 'wants to talk,' Tehran denies it"
_SECOND_SUBJECT = r"(?:[A-Z][\w.'\u2019-]*\s+){1,3}(?:denies|rejects|dismisses|disputes|hits\s+back)\b"
# a headline's verbs in the present tense, for its second clause ("Iran rejects US offer, says ...")
_HEADLINE_VERBS = (r"says|adds|warns|vows|urges|calls|rejects|threatens|slams|accuses|denies|insists|hails|praises|dismisses|"
                   r"blames|demands|pledges|rules|welcomes|condemns")
# a sentence that opens with a subordinate clause, and the main clause's subject and verb of saying after its comma
_SUBORDINATE_OPEN_RE = re.compile(r"(?:While|Whereas|Although|Though|Even\s+as|Even\s+though)\s")
_MAIN_CLAUSE_AFTER_RE = re.compile(
    r",\s+(?=(?:(?:his|her|their|the|a|an)\s+)?[\w.'\u2019-]+(?:\s+[\w.'\u2019-]+){0,3}(?:,\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3},)?"
    r"\s+(?:said|says|told|tells|insisted|warned|argued|countered|replied|responded|added|stressed|noted|wrote)\b)"
)
_CLAUSE_STOP_RE = re.compile(
    # ("said ..., but added that ..." goes on with the same reported clause: CODEBOOK 3, "closes a door
    # but leaves a condition open", is one statement in the seed article's gold; after a stance verb's
    # object it ends the statement, see _BUT_ADDED_RE)
    r"\s+but\s+(?!(?:also\s+)?add(?:ed|s)\s+that\b)(?:he\s+|she\s+|they\s+)?(?:has\s+|have\s+|had\s+)?(?:also\s+|then\s+|later\s+)?"
    r"(?=(?:said|says|added|adds|told|warned|insisted|stressed|"
    r"urged|called|accused|vowed|denied|rejected|noted|argued|cautioned|acknowledged|admitted|conceded|threatened)\b)"
    # (", but would defend itself": the same reported subject goes on with a modal)
    r"|,\s+(?:but(?!\s+that\b|\s+(?:also\s+)?add(?:ed|s)\s+that\b|\s+(?:would|will|could|can|should|must|might|may|not)\b)|while|whereas|adding|saying|telling|warning|insisting|stressing|declaring|arguing|although|though|even\s+as|even\s+though)\b"
    # (", underlining that ...", ", noting that ...": the speaker's next point, a statement of its own)
    r"|,\s+(?:underlining|underscoring|emphasi[sz]ing|noting|reiterating|stating|pointing\s+out)\s+that\b"
    # "..., disputing an assessment that ...": another act of the speaker's, a statement of its own
    r"|,\s+(?=(?:disputing|rejecting|dismissing|denying|accusing|urging|vowing|threatening|blaming|condemning|criticizing|criticising)\b)"
    # "ruled out talks, hours after Trump said ...": a time adjunct, not what was said
    r"|,\s+(?:(?:just|only|shortly|soon|hours|days|weeks|months|minutes|moments|a\s+day|a\s+week|one\s+day|two\s+days)\s+)"
    r"(?:after|before)\b"
    r"|(?<=,[\"\u201d\u2019'])\s+(?:but(?!\s+that\b|\s+(?:also\s+)?add(?:ed|s)\s+that\b)|while|whereas|adding|saying|telling|warning|insisting|stressing|declaring|arguing|although|though|even\s+as|even\s+though)\b"
    # a headline's second verb after a quotation: 'Khamenei says US "cannot be trusted," rejects talks'
    rf"|(?<=,[\"\u201d\u2019'])\s+(?=(?:{_HEADLINE_VERBS})\s+(?!that\b)[a-z]|{_SECOND_SUBJECT})"
    # 'When X told lawmakers that "talking is not a sin," he knew ...': the main clause after the quotation
    r"|(?<=,[\"\u201d\u2019'])\s+(?=(?:he|she|they|we|I)\s+(?!said\b|says\b|added\b|told\b)[a-z]+\b)"
    r"|\s+(?:while|whereas)\s+(?=[a-z]+ing\b)"
    # '"moving in the right direction," after hosting a fourth round': what the speaker did, told by the narrator
    r"|(?:,|(?<=,[\"\u201d\u2019']))\s+(?:after|before)\s+(?=[a-z]+ing\b)"
    r"|\s[\u2013\u2014-]\s|\u2014|;|:\s"
    # "... (the remarks were carried by ISNA)": the narrator's aside in parentheses
    r"|\s+\((?=(?:the|his|her|their|its|this|that|he|she|they|it)\s)"
    r"|,\s+according\s+to\b"
    # "dismissed remarks by John Bolton, who had said ...": the other one's words, not the speaker's
    r"|,\s+who\s+(?:had\s+|has\s+)?(?:said|says|argued|claimed|warned|suggested|called)\b"
    # "..., in a speech to the General Assembly": where it was said, told by the narrator
    r"|(?:,|(?<=,[\"\u201d\u2019'])|(?<=\w[\"\u201d]))\s+(?:in|during)\s+(?:(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:speech|address|"
    r"interview|sermon|briefing|news\s+conference|press\s+conference|post|tweet|video)\s+(?:to|at|on|with|before|in)|"
    r"remarks\s+(?:that|which))\b"
    # "..., in the latest exchange of threats between the two foes": the narrator's context
    r"|,\s+in\s+(?:the|a)\s+(?:latest|newest|most\s+recent)\s+(?:sign|exchange|escalation|round|salvo|twist|example|indication)\b"
    # "..., as he unveiled a list of conditions": what the speaker was doing, told by the narrator
    r"|,\s+as\s+(?:he|she|they)\s+(?!(?:would|will|could|can|might|may|must|should|had|has|have|was|were|is|are|did|do|does)\b)[a-z]+ed\b"
    # "..., drawing swift condemnation", "..., a position likely to complicate talks": the narrator on its effect
    r"|,\s+(?:drawing|prompting|sparking|triggering|provoking|fuell?ing|raising\s+(?:fears|concerns|hopes|questions))\s"
    # "..., holding up a map of ...", "..., flanked by generals": what the speaker did or looked like, told by the narrator
    r"|(?:,|(?<=,[\"\u201d\u2019']))\s+(?:holding\s+up|waving|gesturing|flanked\s+by|surrounded\s+by|"
    r"wearing|brandishing|reading\s+from|standing\s+(?:beside|next\s+to|alongside|before|in\s+front)|seated\s+(?:beside|next))\b"
    r"|,\s+an?\s+(?:position|move|claim|stance|remark|comment|statement|demand|view)\s+(?:that\s+is\s+|which\s+is\s+)?"
    r"(?:likely|unlikely|seen|widely|certain|sure|expected|long|rejected|echoed|shared|dismissed|denied)\b"
    # '..., without giving details': the journalist's note on how it was said
    r"|(?:,|(?<=,[\"\u201d\u2019']))\s+without\s+(?:giving|providing|elaborating|offering|naming|specifying|citing|identifying|"
    r"saying|explaining|detailing|disclosing|revealing)\b"
    # "..., requesting anonymity": how the source spoke, not what it said
    r"|,\s+(?:requesting|asking\s+for|asking\s+not\s+to\s+be\s+named|speaking\s+on\s+condition|on\s+condition)\b"
    # the same two after a comma inside the closing mark: '"addicted to sanctions," hours after ...'
    r"|(?<=,[\"\u201d\u2019'])\s+(?:according\s+to\b|(?:just|only|shortly|soon|hours|days|weeks|minutes|moments)\s+(?:after|before)\b)"
    # "Iran rules out talks as Britain urges restraint": another speaker's clause
    # (and ", and Araghchi said it would be studied": after a comma, "and" or "but" too)
    r"|(?:,?\s+(?:as|while|after)|,\s+(?:and|but)|(?<=,[\"\u201d\u2019'])\s+(?:and|but))\s+(?=(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}"
    r"(?:,\s+[DRI]-[A-Z][\w.]*,)?\s+(?:says|said|urges|urged|"  # (", and Sen. Daniel Moynihan, D-N.Y., said ...")
    r"warns|warned|vows|vowed|calls|called|rejects|rejected|insists|insisted|denies|denied|threatens|threatened|told|added)\b)"
    # "Iran wanted to talk, a claim officials denied": the journalist's label for what was said
    rf"|(?:,|(?<=,[\"\u201d\u2019']))\s+(?:a|an)\s+{_LABEL_NOUNS}\s+(?:that|which|[A-Z]\w*|the|his|her|their|its|he|she|they|it|was|is|many|some|"
    r"officials|critics|analysts|(?:\w+ly\s+)?(?:rejected|denied|dismissed|disputed|echoed|repeated|contradicted|"
    r"challenged|questioned|welcomed))\b"
    r"|,\s+(?:he|she|they)\s+(?:said|added|told|wrote)\b"
    # "with Tehran saying it would not negotiate and Washington repeating that ...": another subject's participle
    r"|\s+and\s+(?=(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}\s+(?:saying|repeating|insisting|warning|"
    r"adding|arguing|countering|noting|stressing|vowing|threatening|urging)\b)"
    # '... "direct and respectful," which, coming from him, was praise': the writer's comment on the quotation
    r"|(?<=,[\"\u201d\u2019'])\s+which\b"
    # '... sanctions risk," and declined to comment further', '..., without mentioning the strait', '..., in his first
    # public remarks since ...': the narrator's account of how it was said
    r"|(?:,|(?<=,[\"\u201d\u2019']))\s+and\s+(?:declined|refused|would\s+not|did\s+not)\s+(?:to\s+)?(?:comment|elaborate|say|answer|take)\b"
    r"|(?:,|(?<=,[\"\u201d\u2019']))\s+without\s+(?:mentioning|naming|specifying|elaborating|giving|providing|offering|"
    r"explaining|citing|identifying|addressing|referring)\b"
    r"|(?:,|(?<=,[\"\u201d\u2019']))\s+in\s+(?:his|her|their|its)\s+(?:first|latest|most|strongest|clearest|toughest|sharpest)\b"
    # "..., speaking at the Oslo Forum", "..., as the agency's board opened its meeting": where and when, the narrator's
    r"|,\s+speaking\s+(?:at|to|in|on|during|from|after|before|with|alongside|outside|inside)\s"
    r"|(?:,|(?<=,[\"\u201d\u2019']))\s+as\s+(?:the|a|an|his|her|their|its)\s+(?:[\w.\u2019'-]+\s+){0,6}?(?:opened|began|met|"
    r"gathered|convened|ended|closed|"
    r"started|resumed|arrived|landed|wrapped\s+up|got\s+under\s+way)\b"
    # "..., and a senior lawmaker said ...": another speaker, described, with a verb of saying of its own
    r"|(?:,|(?<=,[\"\u201d\u2019']))\s+(?:and|but|while)\s+(?=(?:a|an|the|one|another|two|three|several|some|other)\s+(?:[a-z-]+\s+){0,3}"
    r"(?:lawmakers?|officials?|diplomats?|spokes(?:man|woman|person)|ministers?|commanders?|analysts?|envoys?|aides?|legislators?|"
    r"senators?|sources?|negotiators?|clerics?|leaders?|president)"
    # (", and the supreme leader, Ayatollah Ali Khamenei, has said ...", ", and a foreign ministry spokesman last year called ...")
    r"(?:,\s+(?:[A-Z][\w.'\u2019-]*\s+){0,4}[A-Z][\w.'\u2019-]*,)?(?:\s+(?:last|this|on|later|earlier)\s+\w+)?"
    r"\s+(?:also\s+|later\s+|has\s+|had\s+)?(?:said|says|told|added|warned|insisted|argued|claimed|called|accused|vowed|rejected)\b)"
    # "..., and his office later said ...": someone else's statement, with its own subject
    r"|,\s+(?:and|but)\s+(?=(?:his|her|their|its)\s+[a-z]+\s+(?:later\s+|also\s+|then\s+|[a-z]+ly\s+)?(?:said|says|told|added|stressed|insisted|noted)\b)"
    # "..., and he demanded guarantees": the speaker's next statement, with its own verb
    r"|(?:,|(?<=,[\"\u201d\u2019']))\s+(?:and|but)\s+(?:he|she|they)\s+(?:also\s+)?(?=(?:demanded|warned|urged|called|vowed|insisted|added|accused|rejected|"
    r"dismissed|denied|praised|welcomed|threatened|stressed|said|told|announced|thanked|pledged|promised|hailed|condemned)\b)"
    # "..., as a UN deadline expired", "... as deadline nears": the time of it, told by the narrator
    r"|,?\s+as\s+(?:the\s+|a\s+|an\s+)?(?:[\w.'\u2019-]+\s+){0,10}?(?:nears|neared|looms|loomed|approaches|approached|"
    r"expires|expired|passes|passed|weigh|weighs|weighed|prepare|prepares|resume|resumes|resumed|mount|mounts|mounted|"
    r"pushes|pushed|presses|pressed|mulls|mulled|signals|signaled|signalled|"
    r"intensif(?:y|ies|ied)|escalate|escalates|escalated|deepens|deepened|gather|gathers|gathered|meet|meets|met|"
    # "..., as lawmakers chanted slogans in the chamber": the scene, told by the narrator
    r"chanted|chant|chants|cheered|applauded|looked\s+on|looks\s+on|watched|watches|listened)\b"
    # "..., the clearest sign yet that Tehran is ...", "..., in a sign of ...": the journalist's reading of it
    r"|,\s+(?:in\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:sign|signal|indication|hint|reversal|departure|turnaround)\s+"
    r"(?:yet\s+|so\s+far\s+|to\s+date\s+)?(?:that|of)\b"
    # "..., the first such action since Trump restored ...", "..., the latest in a series of ...": the narrator's count
    r"|,\s+(?:the|a|its|their)\s+(?:first|latest|second|third|biggest|largest|toughest|newest)\s+(?:[\w-]+\s+){0,3}?(?:since|in\s+(?:a|an|the)|of\s+its|this)\b"
    # a headline's second verb: "Iran rejects US offer, says pressure won't work"
    rf"|,\s+(?=(?:said|added|warned|vowed|{_HEADLINE_VERBS})\s+(?!that\b)[a-z]|{_SECOND_SUBJECT})"
    r"|,?\s+and\s+(?:also\s+|then\s+)?(?=(?:said|told|added|warned|urged|insisted|stressed|called|accused|vowed|denied|rejected|pointed|asked)\b)"
    # "with Washington accusing Tehran of ... and Iran calling the sanctions ...": another subject's participle
    r"|,?\s+and\s+(?=(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}\s+(?:accusing|calling|saying|warning|urging|"
    r"insisting|vowing|rejecting|demanding|denying|threatening|describing|dismissing|blaming|condemning)\b)"
)
# "sent Iranians a greeting", "sent a message to Tehran": the message is a statement.
_SENT_MESSAGE_RE = re.compile(
    r"\b(sent|sends|send)\s+(?:[\w\u2019'.-]+\s+){0,4}?(?:a|an|his|her|its|their)\s+(?:[\w\u2019'-]+\s+){0,2}?"
    r"(?:greeting|greetings|message|letter|note|warning|signal)\b"
)
# "called Israel "a threat"", "called Trump a liar": naming a capitalised object something (not
# "called Putin on Friday", a phone call).
_CALLED_NAME_RE = re.compile(
    r"\b(called|calls|calling)\s+(?:the\s+)?(?:[A-Z][\w\u2019'.-]*\s+){1,4}?"
    # ("called Iran's downing of an American surveillance drone "a dumb thing to do"": a longer object, no verb or clause in it)
    r"(?:(?!(?:to|on|at|in|from|after|before|during|with|and|but|that|who|which|for|by)\b)[A-Za-z][\w\u2019'.-]*\s+){0,6}?"
    r"(?:[\"\u201c\u2018]|(?<=\s)'(?=\w)|(?:a|an)\s+[a-z\"\u201c])"
)
# 'called talks with the U.S. "a road to nowhere"': a bare noun object, then the name for it in quotation marks
_CALLED_BARE_RE = re.compile(
    r"\b(called|calls|calling)\s+(?=[a-z])(?!(?:on|for|upon|off|in|back|out|up|it|them|him|her|me|us|the|a|an|his|their|its|"
    r"any|such|this|that|these|those|to|at|from|into|over|after|before)\b)(?:(?!(?:in|at|during|while|and)\b)[\w\u2019'.-]+\s+){1,6}?"
    r"(?:[\"\u201c\u2018]|(?<=\s)'(?=\w))"  # (a headline's single quotation marks: "Trump calls drone downing 'a dumb thing'")
)
# People around someone, who speak of them: "friends of Mr. McFarlane", "associates of the general".
_CIRCLE_NOUNS: frozenset[str] = frozenset("friends associates relatives colleagues confidants allies aides family lawyers".split())
# The words that open a described source: "one person briefed on the talks", "two people familiar with the plan".
_SOURCE_COUNTS: frozenset[str] = frozenset("a an one two three four five several some many".split())
# A turn's label in mixed case: "Ahmadinejad: ...", "Pickering: ..."
_MIXED_TURN_RE = re.compile(r"(?P<who>[A-Z][a-z][\w'\u2019-]+(?:\s+[A-Z][a-z][\w'\u2019-]+)?)\s*:\s+(?=\S)")
_NOT_TURN_NAMES: frozenset[str] = frozenset(
    "note update editor photo photos related source sources read watch background context caption credit warning "
    "question answer summary key quote quotes".split()
)
# A parliament record's label: "The Secretary of State for Foreign Affairs (Dominic Raab): ..." (the name in brackets),
# "Emily Thornberry (Islington South and Finsbury) (Lab): ..." (the name, then its seat and party in brackets)
_PAREN_TURN_RES: tuple[re.Pattern[str], ...] = (
    re.compile(r"(?:[A-Z][\w.'\u2019-]*\s+(?:(?:of|for|and)\s+)?){1,8}?\((?P<who>[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,3})\)"
               r"\s*:\s+(?=\S)"),
    re.compile(r"(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+)?(?P<who>[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,3})"
               r"(?:\s+\([^()\n]{2,50}\)){1,2}\s*:\s+(?=\S)"),
)


def _no_subhead(m: re.Match[str] | None) -> re.Match[str] | None:
    """A turn label, or None for a newsletter's run-in subhead in capitals ("ON THE HILL:", "TEHRAN'S VERSION:", "WHAT WE'RE
    WATCHING:", "TRUMP PULLS BACK:"), which names a topic, not a speaker."""
    if m is None:
        return None
    words = m.group("who").split()
    if any(w in ("ON", "IN", "AT", "WHAT", "WHY", "HOW", "WHERE", "WHEN", "TO", "FOR", "WITH", "AND", "BACK", "UP", "DOWN", "OUT")
           or re.search(r"['\u2019]S$|ING$", w) for w in words):
        return None
    return m


def _paren_turn(text: str, ps: int, pe: int) -> re.Match[str] | None:
    """A parliament record's label, as a match whose group "who" is the speaker's name."""
    return next((m for rx in _PAREN_TURN_RES if (m := rx.match(text, ps, pe)) is not None), None)


# A transcript's question in the White House's style: "Q" and a space, no colon.
_BARE_Q_RE = re.compile(r"\s*Q\s+(?=[A-Z\u2014\u2013-])")
# A transcript's stage direction or closing line.
_STAGE_LINE_RE = re.compile(r"\([^()]{2,120}\)|END\s+\d{1,2}:\d{2}\s*[AP]\.?M\.?(?:\s+[A-Z]{2,4})?")
# How a source asked not to be named: "who asked that her last name not be used", "who asked not to be identified".
_ASKED_ANONYMITY_RE = re.compile(
    r"\bwho\s+asked\s+(?:that\s+(?:her|his|their)\s+(?:\w+\s+)?names?\s+not\s+be\s+\w+|not\s+to\s+be\s+(?:named|identified))")
# A list item's bullet at the start of a sentence.
_BULLET_RE = re.compile(r"[\u2022*\u00b7\u25aa\u25ba\u2023\u25e6\u2013\u2014-]\s+")
# A document's signatories in a relative clause right before the verb.
_SIGNATORIES_RE = re.compile(
    r"\b(?:letter|appeal|statement|petition|message|op-ed)\b[^,]{0,80},\s*which\s+(?:carried|bore|had|contained|included)\s+"
    r"the\s+(?:signatures?|names)\s+of\s+(?P<who>[^,]{2,60}?),\s*$"
)
# "... joined the president in praising ...": ``whom`` is the other speaker.
_JOINED_RE = re.compile(r"\s+joined\s+(?P<whom>(?:the\s+)?[\w.\u2019'-]+(?:\s+[\w.\u2019'-]+){0,4}?)\s+in\s+")
_BUT_ADDED_RE = re.compile(
    r",?[\"\u201d\u2019']?\s+but\s+(?:also\s+)?add(?:ed|s)\s+that\b"
    # "denies seeking nuclear weapons and says its program is peaceful": a reported clause of its own
    r"|,?[\"\u201d\u2019']?\s+and\s+(?:also\s+)?(?:says|said|insists|insisted|adds|added|stresses|stressed)\s+(?:that\s+)?"
    r"(?:it|its|they|their|he|his|she|her|we|the|Iran|Tehran|Washington)\b"
)
# what "added" takes as an object rather than as the start of a reported clause
_ADDED_OBJECT_RE = re.compile(
    r"(?:new|more|fresh|further|additional|another|extra|an?|its|his|her|their|our|to|fuel|weight|momentum|"
    r"\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several|some)\s",
    re.IGNORECASE,
)
_FINITE_SOON_RE = re.compile(
    # (not past "but" or "and": "confirmed the offer but said it was ...": the verb of the next clause)
    r"(?:(?!but\b|and\b)[\w\u2019'-]+\s+){1,5}?(?:was|were|is|are|would|will|could|had|has|have|should|must|can|might|may|did|does|do)\b"
)
_THAT_RE = re.compile(r"\s*,?\s*\bthat\b\s*", re.IGNORECASE)
# "said that was worrying" ("that" is the subject), not "warned that should Iran attack, ..." (an inverted condition)
_THAT_IS_SUBJECT_RE = re.compile(
    r"\s*(?:was|is|were|are|would|will|could|can|has|had|may|might|must|should|seemed|seems|meant|means|remained|"
    r"remains|did|does|made|makes|showed|shows|proved|proves)\b(?!\s+(?:[A-Z]|(?:he|she|they|we|it|you)\b))"
)
_ADVERBIAL_THEN_CLAUSE_RE = re.compile(
    r"(?:,?\s+(?i:(?:(?:late|early)\s+)?(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:night|morning|afternoon|evening))?|today|yesterday|tonight|earlier|later|last\s+(?:week|month|year|night)"
    r"|this\s+(?:week|month|year)|on\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
    r"|in\s+a\s+(?:written\s+|brief\s+|televised\s+)?(?:statement|speech|address|interview|post|tweet|briefing))){1,3},?"
    r"(?=\s+(?!that\b)(?:the|a|an|his|her|its|their|he|she|it|they|we|I|there|[A-Z]\w*)\b)"
)
# The start of a reported clause: a subject of up to four words, then a finite verb ("the talks had").
_CLAUSE_HEAD_RE = re.compile(
    r"(?:the|a|an|his|her|its|their|he|she|it|they|we|I|there|[A-Z][\w\u2019'.-]*)(?:\s+[\w\u2019'.-]+){0,3}?\s+"
    r"(?:was|were|is|are|had|has|have|would|will|could|can|did|does|must|should|might|may|remained|remains|wanted|wants|"
    r"needed|needs)\b"
)
_VERB_HEAD_RE = re.compile(
    r"(?:was|were|is|are|had|has|have|would|will|could|can|did|does|do|must|should|might|may|remained|remains|"
    # (a verb in the past: "The sanctions, he said, amounted to economic terrorism")
    r"[a-z]{3,}ed|meant|made|showed|proved|left|came|went|took|gave|kept|brought|sent|became|felt|won|lost|cannot)\b"
)
_SUBJECT_ONLY_RE = re.compile(r"(?:(?:The|the|Its|His|Her|Their|This|That|These|Those)\s+)?(?:[\w\u2019'.-]+\s+){0,3}?[\w\u2019'.-]+")
"""A short subject alone (``The strike``, ``Iran``, ``The new proposal``) before a parenthetical attribution."""
_ABBREV_TOKEN_RE = re.compile(r"(?:[A-Z]\.)+,?|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.")
# Words after which an adverbial phrase goes on (a preposition or a determiner needs its noun).
_PHRASE_INNER = frozenset(
    "on in at during to after before from via over through with by for of about late early a an the his her its their "
    "and this last".split()
)
_BARE_PREPS = frozenset("on in at during after before from via through by for with".split())


_PHRASE_ENDERS = frozenset("as while when after before because since although though but and amid even where which who".split())


_NEGATED_MODALS = frozenset("won't wouldn't can't cannot couldn't shouldn't mustn't mightn't shan't".split())


def _declines_to_rule_out(text: str, ss: int, cue: tuple[int, int, str, str]) -> bool:
    """``did not rule out``, ``would not rule out``, ``won't rule out``: a negated auxiliary before "rule out"."""
    return cue[2] == "rule" and bool(re.match(r"\s+out\b", text[cue[1] : cue[1] + 5])) and bool(
        _NEGATION_BEFORE_RE.search(text, max(ss, cue[0] - 24), cue[0])
    )


# "what he called", "what Tehran has described as": a term borrowed from someone inside the narrator's sentence
_NAMING_VERBS = frozenset("called calls call calling described describes termed terms dubbed dubs branded labelled labeled".split())
_WHAT_X_BEFORE_RE = re.compile(r"\bwhat\s+(?:he|she|they|it|we|I|[A-Z][\w\u2019'.-]*(?:\s+[A-Z][\w\u2019'.-]*){0,2})\s+"
                               r"(?:has\s+|had\s+|have\s+|repeatedly\s+|once\s+|often\s+)?$")
# what follows "called him" when it was a telephone call: a time, a purpose, a place
_PHONED_RE = re.compile(
    r"\s*(?:[.,;]|$|(?:on|to|from|last|yesterday|late|early|after|before|back|up|in|at|again|twice|by|over|during|this|"
    r"shortly|soon|earlier|later|personally|directly|and)\b)"
)
# the object of "questioned" that is a person: an interrogation, not a doubt voiced
_QUESTIONED_PERSON_RE = re.compile(
    r"(?:\s+the)?\s+(?:[\w'\u2019-]+\s+){0,3}?(?:envoy|envoys|minister|ministers|secretary|nominee|witness|witnesses|"
    r"officials?|ambassador|director|general|suspects?|detainees?|commander|chief|negotiators?)\b(?!\s*['\u2019]s)"
)


# a quotation's speaker after a dash, ending the line: '"..." — Iranian Foreign Minister Abbas Araghchi'
# (not "(@handle) June 1, 2025" after the name: an embedded post's signature)
_DASH_SOURCE_RE = re.compile(
    r"[ \t]*[\u2014\u2013-]{1,2}[ \t]*(?P<who>[A-Z][\w.\u2019'-]*(?:[ \t]+[\w.\u2019'-]+){0,9}?)[ \t]*(?:[(,][^\n]*)?(?=\n|$)"
)
# a sentence that says how someone took it: "Zarif was defiant.", "Her friend Sara was more skeptical about it."
_ATTITUDE_SENT_RE = re.compile(
    r"\s*(?P<np>[A-Z][\w.\u2019'-]*(?:\s+[\w.\u2019'-]+){0,6}?)\s+(?:was|were|seemed|sounded|appeared|remained)\s+"
    r"(?:(?:more|less|even|far|equally|also|much|somewhat|notably|decidedly|clearly|rather|no\s+less|just\s+as)\s+)?"
    r"(?:blunt|defiant|skeptical|sceptical|upbeat|hopeful|optimistic|pessimistic|cautious|guarded|firm|emphatic|"
    r"dismissive|scathing|candid|categorical|adamant|unmoved|unimpressed|conciliatory|combative|critical|measured|"
    r"circumspect|wary|doubtful|angry|furious|defensive|unapologetic|frank|forthright|resolute|bullish|gloomy|bitter|"
    r"confident|sanguine|positive|enthusiastic|indignant|scornful|unequivocal|direct)"
    r"(?:\s+(?:about|on|over|in|than|of|toward|towards)\s+[^.\n\"\u201c]{1,60})?[.:]\s*"
)
# sentence openers that are no one who speaks ("The mood was cautious.", "It was blunt.")
_NOT_A_SPEAKER_START: frozenset[str] = frozenset("it this that there mood tone atmosphere response reaction".split())


def _reports_nothing(text: str, ss: int, cue: tuple[int, int, str, str]) -> bool:
    """A cue verb that reports no statement: passive ("expressed by hardliners", "was said"),
    hypothetical ("how Iran would respond"; but "would say only that" reports) or an infinitive
    ("ready to respond"; but "was quick to say" reports). ``ss``: the sentence's start."""
    cs, ce = cue[0], cue[1]
    if _declines_to_rule_out(text, ss, cue):
        return False  # "would not rule out military action": a refusal, said
    prevw = [w for w in text[max(ss, cs - 30) : cs].split() if not w.lower().endswith("ly")]
    if re.match(r"\s+by\b", text[ce : ce + 4]):
        return True
    if len(prevw) > 1 and prevw[-1].lower() in ("not", "never"):
        prevw = prevw[:-1]  # "should not threaten", "will never accept"
    last = prevw[-1].lower().replace("\u2019", "'") if prevw else ""
    if prevw and prevw[-1] == "May" and len(prevw) > 1 and prevw[-2][:1].isupper():
        last = ""  # "Theresa May said": a surname, not the modal
    if last in ("was", "were", "been", "being", "be", "is", "are"):
        return True
    if re.match(r"\s+(?:that\s+)?(?:his|her|their)\s+(?:full\s+|family\s+|last\s+|real\s+)?names?\s+not\b", text[ce : ce + 40]):
        return True  # "who asked that her family name not be used": how the source spoke, not what was said
    if cue[2].endswith("ing") and last in ("less", "more", "most", "least", "very", "too", "so", "hardly", "rather"):
        return True  # "Hardline lawmakers were less welcoming": an adjective, not a verb
    if last in _NEGATED_MODALS:
        return True  # "won't accept", "shouldn't threaten"
    if re.match(r"(?:said|says|say)$", cue[2].lower()) and re.match(r"\s+(?:nothing|little)\b(?!\s+(?:had|has|was|would|could|will|is))",
                                                                     text[ce : ce + 24]):
        return True  # "had said nothing about Iraq": no words reported (not "said nothing had changed")
    if re.match(r"call(?:ed|s|ing)\s+(?:him|her|them)$", cue[2].lower()) and _PHONED_RE.match(text, ce):
        return True  # "Trump called him on Monday to discuss the talks": a telephone call, nothing said of him
    if re.search(r"\bwith\s+(?:each|both|either)\s+(?:side|sides|country|countries|party|parties|camp|government)\s*$",
                 text[max(ss, cs - 40) : cs], re.IGNORECASE):
        return True  # "with each side blaming the other": mutual blame, said by no one in particular
    if cue[2].lower().startswith("question") and _QUESTIONED_PERSON_RE.match(text, ce):
        return True  # "questioned the administration's special envoy": asked him questions, said nothing of its own
    if last in ("would", "will", "could", "might", "may", "should", "can", "must", "shall"):
        return not (last == "would" and re.match(r"\s+only\s+that\b", text[ce : ce + 12]))
    # ("went on to accuse Washington of ...": reported, as "went on to say" is)
    return last == "to" and not re.search(r"\b(?:quick|eager|keen|careful|sure|(?:went|goes|go)\s+on)\s+to\s*$", text[ss:cs])


# "said a day later that ...", "said hours later that": a time between the verb and its "that"
_LATER_RE = re.compile(
    r"\s*(?:(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+)\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?)\s+"
    r"(?:later|afterwards?|earlier|ago)\s*,?\s*"
)


def _clause_after_phrase(window: str, *, with_object: bool) -> int | None:
    """Where a reported clause starts after a reporting verb's adverbial phrase, with no "that" between:
    "said at a news conference the talks had ...", "told reporters in Tehran Iran would ...".

    The phrase opens with a preposition or a time word (after up to three words of object when
    ``with_object``), holds no verb and no punctuation but commas, and ends in a word that is no
    preposition or determiner; the clause is a short subject and a finite verb. Offset into ``window``."""
    toks = list(re.finditer(r"\S+", window[:200]))
    i = 0
    if with_object:
        while i < min(3, len(toks)) and toks[i].group().lower().strip(",") not in _PREP_START:
            if toks[i].group().lower().strip(",") in _GAP_VERB_WORDS or re.search(r"[.;:\"\u201c\u201d]", toks[i].group()):
                return None
            i += 1
    if i >= len(toks) or toks[i].group().lower().strip(",") not in _PREP_START:
        return None
    for k in range(i + 1, min(len(toks), i + 12)):
        prev = toks[k - 1].group()
        low = prev.lower().strip(",")
        if (re.search(r"[.;:\"\u201c\u201d]", prev) and not _ABBREV_TOKEN_RE.fullmatch(prev)) or low in _GAP_VERB_WORDS:
            return None
        if low.endswith("ing") and k >= 2 and toks[k - 2].group().lower() in _BARE_PREPS | {"while", "since", "without"}:
            return None  # "after meeting Macron": a verb of its own, the phrase cannot be parsed
        if low in _PHRASE_INNER:
            continue
        if low in _PHRASE_ENDERS and k >= 2 and toks[k - 2].group().endswith(","):
            return None  # "said on Tuesday, as Washington insisted ...": a clause of the reporter's, not what was said
        cur = toks[k].group().strip(",")
        if cur.isupper() and len(cur) <= 5 and k + 1 < len(toks) and _CLAUSE_HEAD_RE.match(window, toks[k + 1].start()):
            continue  # "said on state TV the talks had ...": the acronym ends the phrase, the clause follows it
        if _CLAUSE_HEAD_RE.match(window, toks[k].start()):
            return toks[k].start()
    return None


# auxiliaries and past-tense verbs that carry a clause on after a quoted subject ('"no one" wanted war')
_CLAUSE_AUX: frozenset[str] = frozenset(
    "will would could can should must might may was were is are has have had did does do wanted wants sought seeks "
    "remained remains cannot won\u2019t won't can't".split()
)
# a report verb whose object is others' claim: "countered suggestions that ...", "pushed back on reports that ..."
_COUNTERED_CLAIM_RE = re.compile(
    r"\s+(?:the\s+|those\s+|these\s+|such\s+|any\s+)?(?:[\w-]+\s+)?(?:suggestions?|claims?|reports?|allegations?|accusations?|"
    r"charges?|assertions?|speculation|rumou?rs?|notions?|ideas?)\s+(?:that|of)\b"
)
# "issued a statement saying": the document a participle follows
_ISSUED_DOC_RE = re.compile(
    r"\b(?:issued|released|published|put\s+out|sent|posted|read\s+out)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|letter|message|communiqu\u00e9|communique|note|declaration|response|reply)\s*,?\s*$"
)
# "only" opening the reported clause ("said only sanctions would work"), not "said only that ..." or "said only briefly"
_ONLY_OPENS_CLAUSE_RE = re.compile(
    r"only\s+(?!that\b|on\b|in\b|at\b|to\b|after\b|before\b|briefly\b|later\b|once\b|this\b|last\b|when\b|if\b)"
    r"(?:[\w\u2019'\"\u201c\u201d-]+\s+){1,5}?(?:is|are|was|were|would|will|could|can|must|should|had|has|have)\b"
)
# a condition opening the reported clause, then its main clause after a comma: "said if Iran attacked, the US would ..."
_CONDITION_OPENS_CLAUSE_RE = re.compile(
    r"(?:if|once|unless|as\s+long\s+as|when|whenever)\s+[^,.;:\"\u201c]{3,100},\s+(?:the\s+|a\s+|an\s+)?[\w\u2019'.-]+"
    r"(?:\s+[\w\u2019'.-]+){0,3}?\s+(?:would|will|could|can|must|should|might|may|is|are|was|were|had|has|have)\b",
    re.IGNORECASE,
)
_ASIDE_ADVERBS = frozenset("however though moreover nevertheless meanwhile too also again furthermore instead still".split())
_PREP_START = frozenset(
    "on in at during to late early earlier later last this after before from via over through afterwards "
    "yesterday today tonight privately publicly repeatedly again also once afterward later separately monday tuesday wednesday thursday "
    "friday saturday sunday only".split()
)
# A quoted title in Title Case: a programme, a newspaper, an operation ('"Face the Nation"').
_QUOTED_TITLE_RE = re.compile(
    r"[\"\u201c][A-Z0-9][\w\u2019'-]*(?:\s(?:[A-Z][\w\u2019'-]*|the|of|a|an|and|on|in|with|for|to|at)){0,6}[.,]?[\"\u201d]"
)
# ``told OBJECT CLAUSE`` without "that": the object, then a clause opening with a pronoun or a name.
_TOLD_OBJ_RE = re.compile(
    r"\s+(?:reporters|journalists|lawmakers|delegates|students|supporters|parliament|"
    r"(?:(?:Iranian|Iran['\u2019]s)\s+)?state[\s-](?:TV|television|media|radio|broadcaster)|"
    r"(?:his|her|their)\s+(?:cabinet|aides|advisers|supporters|colleagues|party|ministers|commanders|generals|counterpart)|me|"
    r"senators|congressmen|diplomats|ambassadors|envoys|donors|"
    r"(?:the|a|an)\s+[\w\u2019'.-]+(?:\s+[A-Z][\w\u2019'.-]+){0,3}|(?:a|an|the)\s+(?:[a-z][\w\u2019'.-]*\s+){0,2}(?:conference|briefing|meeting|gathering|rally|crowd|audience|forum|summit|session|committee|panel)|[A-Z][\w\u2019'.-]+(?:\s+[A-Z][\w\u2019'.-]+){0,3}|him|her|them|us)"
    r"(?:\s+(?:(?:on|late\s+on|last|this)\s+[A-Z]?[a-z]+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))?"
    r"\s+(?=(?:he|she|they|it|we|I|there|his|her|their|its|Iran|Washington|Tehran|America|the\s+(?:U\.S\.|U\.N\.|[a-z][\w\u2019'.-]*)\s+(?:[\w\u2019'.-]+\s+){0,3}[\"\u201c]?(?:was|were|is|are|had|has|have|would|will|could|can|might|may|should|must|did|does|still|remained|remains|stands|stood)"
    # "told reporters the president preferred diplomacy", "told CNN Trump wanted a deal": a past-tense verb
    r"|(?:the\s+(?:[a-z][\w\u2019'.-]*\s+){1,3}|[A-Z][\w\u2019'.-]+\s+(?:[A-Z][\w\u2019'.-]+\s+){0,2}|[A-Z][\w\u2019'.-]+\s+[a-z]{3,}s\s+)"
    r"(?:was|were|had|have|would|will|could|might|should|must|[a-z]{2,}ed|knew|thought|felt|saw|sought|took|gave|made|meant|held|kept|stood))\b"
    # 'told reporters the president "prefers diplomacy"': a singular subject, then a present-tense verb
    # (quoted or not); a subject word in -s ("the sanctions programs") is no singular subject
    r"|the\s+(?:[a-z][\w\u2019'.-]*\s+){0,2}[a-z][\w\u2019'-]*[^\Ws]\s+[\"\u201c]?[a-z]{3,}s\b)"
)
# A quotation right after ``told OBJECT`` or ``said PREPOSITIONAL-PHRASE`` ('told reporters "..."',
# 'said on state TV, "..."'): the verb, then up to eight words with no verb of their own.
_VERB_GAP_BEFORE_QUOTE_RE = re.compile(
    r"\b(?P<verb>told|tells|tell|assured|assures|reminded|said|says|added|adds|declared|declares|insisted|insists|"
    r"stressed|stresses|warned|warns)(?P<gap>(?:\s+[\w\u2019'.-]+){1,8}?)\s*[,:]?\s*$"
)
_PUT_IT_RE = re.compile(
    r"\bput\s+it(?:\s+to\s+(?:(?:this|the|a|an|our|his|her|their)\s+)?[\w\u2019'-]+)?"  # "put it to this newspaper"
    r"(?:\s+(?:\w+ly|recently|once|last\s+\w+|this\s+\w+|on\s+\w+|in\s+\w+(?:\s+\w+)?)){0,2}\s*[,:]\s*$"
)
_GAP_VERB_WORDS = frozenset(
    "is are was were be been being has have had will would can could may might must should shall do does did "
    "that which who whom if whether because".split()
)
_TELL_OBJECT_START_RE = re.compile(
    r"(?:reporters|journalists|lawmakers|delegates|students|supporters|parliament|crowds?|worshippers|"
    r"the|a|an|state|his|her|their|him|them|me|us|you|[A-Z][\w\u2019'.-]*)$"
)
# "early"/"late" as a time: "said early Monday", "said late on Tuesday", "said early this week"
_EARLY_TIME_RE = re.compile(
    r"(?i)(?:early|late)\s+(?:on\b|in\b|this\b|last\b|next\b|today|tonight|yesterday|morning|afternoon|evening|night|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|\d)"
)
_SAY_PREPS = frozenset("on in at during after before via from to while".split())


# Reporting verbs whose ``to``-infinitive is the statement, verb included ("vowed to retaliate").
_TO_VERBS: frozenset[str] = frozenset(
    "vow vows vowed vowing pledge pledges pledged pledging promise promises promised threaten threatens threatened "
    "threatening warn warns warned warning caution cautions cautioned cautioning".split()
)


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    mode: str
    cue: str | None
    cue_start: int
    subj: _Subject
    sent: int
    kind: str = "indirect"
    extra: dict[str, int] = field(default_factory=dict)


def _trim(text: str, s: int, e: int, quotes: list[tuple[int, int]]) -> tuple[int, int]:
    """Trim spaces and a final period/comma that stands outside any quotation."""
    while s < e and (text[s].isspace() or text[s] in ",:;\u2013\u2014-"):
        s += 1
    while e > s:
        ch = text[e - 1]
        if ch.isspace():
            e -= 1
        elif ch in ".,;:\u2013\u2014-" and not _inside(e - 1, quotes):
            e -= 1
        elif ch in ")]" and text.count("(" if ch == ")" else "[", s, e) < text.count(ch, s, e) and not _inside(e - 1, quotes):
            e -= 1  # "(Araghchi later said they were useful.)": the bracket closes the reporter's aside
        else:
            break
    return s, e


def extract_statements(article: Article, cfg: ExtractConfig | None = None) -> list[Statement]:
    """Find the attributed statements of one article.

    Args:
        article: The article; ``article.skip`` ranges are ignored.
        cfg: Extraction settings (which kinds of statement to find, minimum words).

    Returns:
        Statements sorted by start, speaker left ``None``; ``mention`` names the speaker's
        words in the attribution when there are any, ``cue`` the speech verb.

    Example:
        ``Iranian President Hassan Rouhani said the agreement begins "a new chapter."`` gives a
        ``mixed`` statement ``the agreement begins "a new chapter."`` with cue ``said`` and
        mention ``Iranian President Hassan Rouhani``.
    """
    cfg = cfg or ExtractConfig()
    text = article.text
    if not text or not text.strip():
        return []
    return _Extractor(text, article.skip, cfg).run()


class _Extractor:
    """One extraction run over one text (keeps the shared indexes together)."""

    def __init__(self, text: str, skip: tuple[tuple[int, int], ...], cfg: ExtractConfig) -> None:
        self.text = text
        self.cfg = cfg
        self._headline_cache: list[tuple[int, int]] | None = None
        self.skip = sorted((max(0, a), min(len(text), b)) for a, b in skip if b > a)
        soft = soft_breaks(text)
        self.quotes = find_quotes(text, soft=soft)
        for q in self.quotes:
            if not q.closed:
                logger.debug("unbalanced quotation mark at %d: the quotation runs to the end of its paragraph (%d)", q.start, q.end)
        self.qspans = [(q.start, q.end) for q in self.quotes]
        self.paras = _paragraphs(text, soft)
        self.sents: list[tuple[int, int]] = []
        self.sent_para: list[int] = []
        for pi, (ps, pe) in enumerate(self.paras):
            for ss in _sentences(text, ps, pe, self.qspans):
                self.sents.append(ss)
                self.sent_para.append(pi)
        self.sent_starts = [s for s, _ in self.sents]
        self.consumed: set[int] = set()  # cue positions used as a quotation's attribution
        self.questions: list[tuple[int, int]] = []  # an interviewer's paragraphs (Q:, INTERVIEWER:): no statements
        # "Asked about a report that Washington had sent a message, she declined ...": the question is no statement
        self.asked = [(m.start(), m.end()) for m in _ASKED_ABOUT_RE.finditer(text)] if _ASKED_WORD_RE.search(text) else []
        self._cue_cache: dict[tuple[int, int], list[tuple[int, int, str, str]]] = {}

    # ------------------------------------------------------------------ helpers
    def _in_skip(self, s: int, e: int) -> bool:
        return any(a < e and s < b for a, b in self.skip)

    def _sent_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def _quote_at(self, pos: int) -> Quote | None:
        i = bisect.bisect_right(self.qspans, (pos, 1 << 62)) - 1
        if i >= 0 and self.quotes[i].start <= pos < self.quotes[i].end:
            return self.quotes[i]
        return None

    def _is_headline(self, pos: int) -> bool:
        """``pos`` lies in the first line, and that line is short and has no final period, or in a
        live-blog entry's headline (after its time stamp)."""
        if not self.paras:
            return False
        ps, pe = self.paras[0]
        line = self.text[ps:pe].rstrip()
        if ps <= pos < pe:
            return len(line) <= 160 and not line.endswith(".")
        return any(hs <= pos < he for hs, he in self._headline_lines()[1:])

    def _title_case_headline(self, pos: int) -> bool:
        """``pos`` lies in a short first line written in Title Case ("Iran Rejects US Offer")."""
        if not self.paras:
            return False
        ps, pe = self.paras[0]
        if not (ps <= pos < pe) or pe - ps > 160:
            return False
        words = [w for w in re.findall(r"[A-Za-z][\w\u2019']*", self.text[ps:pe]) if len(w) > 3]
        return bool(words) and sum(w[0].isupper() for w in words) >= 0.7 * len(words)

    def _cues_in(self, s: int, e: int) -> list[tuple[int, int, str, str]]:
        """Cue verbs in ``[s, e)`` outside quotations: (start, end, word, kind)."""
        hit = self._cue_cache.get((s, e))
        if hit is not None:
            return hit
        out = self._find_cues(s, e)
        self._cue_cache[(s, e)] = out
        return out

    def _find_cues(self, s: int, e: int) -> list[tuple[int, int, str, str]]:
        text = self.text
        found: list[tuple[int, int, str, str]] = []
        taken: list[tuple[int, int]] = []
        for m in _PHRASE_RE.finditer(text, s, e):
            phrase = re.sub(r"\s+", " ", m.group(1).lower())
            kind = "report" if phrase in REPORT_PHRASES else "stance"
            if phrase.split()[0] in ("called", "calls", "calling") and phrase.split()[1] in (
                    "the", "it", "them", "his", "her", "their", "its", "any", "such"):
                # "called the talks 'positive'", "called the deal a disaster": a quotation or "a/an"
                # after a short object; not "called the president on Friday" (a phone call)
                tail = text[m.end() : m.end() + 60]
                if not re.match(r"(?:[^.\"\u201c\u2018]|(?<=\b[A-Z])\.){0,40}(?:[\"\u201c\u2018]|(?<=\s)'(?=\w))", tail) and not re.match(
                    r"(?:\s+[\w\u2019'.-]+){0,3}?\s+(?:a|an)\s+\w", tail if phrase.split()[1] in ("the", "any", "such") else " x" + tail
                ) and not (phrase.split()[1] in ("it", "them") and _CALLED_IT_RE.match(tail)):
                    continue
                found.append((m.start(), m.start() + len(phrase.split()[0]), phrase.split()[0], "stance"))
                taken.append((m.start(), m.end()))
                continue
            found.append((m.start(), m.end(), phrase, kind))
            taken.append((m.start(), m.end()))
        for m in _CALLED_ADVERB_FOR_RE.finditer(text, s, e):
            # "called today for a dialogue", "called again on Washington to ...": a time word inside the phrase
            if not any(a <= m.start() < b for a, b in taken):
                found.append((m.start(), m.end(), f"{m.group(1).lower()} {m.group(2).lower()}", "stance"))
                taken.append((m.start(), m.end()))
        for m in [*_CALLED_NAME_RE.finditer(text, s, e), *_CALLED_BARE_RE.finditer(text, s, e)]:
            if not any(a <= m.start() < b for a, b in taken):
                found.append((m.start(), m.start() + len(m.group(1)), m.group(1).lower(), "stance"))
                taken.append((m.start(), m.end()))
        for m in _SENT_MESSAGE_RE.finditer(text, s, e):
            # "sent Iranians a videotaped greeting": a message sent is something said
            found.append((m.start(), m.start() + len(m.group(1)), m.group(1).lower(), "stance"))
            taken.append((m.start(), m.end()))
        for m in _BRUSH_RE.finditer(text, s, e):
            found.append((m.start(), m.start() + len(m.group(0).split()[0]), "brushed aside", "stance"))
            taken.append((m.start(), m.end()))
        for m in _CUE_RE.finditer(text, s, e):
            w = m.group(0)
            low = w.lower()
            if any(a <= m.start() < b for a, b in taken):
                continue
            if low in REPORT_VERBS:
                kind = "report"
            elif low in STANCE_VERBS:
                kind = "stance"
            else:
                continue
            if m.start() > 0 and text[m.start() - 1] == "-":
                continue  # "Iran-backed militias", "U.S.-proposed text": part of a compound adjective
            if w[0].isupper() and m.start() > s and not self._title_case_headline(s):
                continue  # a capitalised "Press" or "Backs" inside a name
            if low in ("press", "state") and _NOUN_AFTER_RE.match(text, m.end()):
                continue  # "press secretary", "state media": nouns, not verbs
            if low.endswith("ed") and _DETERMINER_BEFORE_RE.search(text, max(s, m.start() - 12), m.start()):
                continue  # "the disputed islands", "a proposed deal": an adjective, not a verb
            if low in ("back", "backs") and _PHRASAL_BEFORE_BACK_RE.search(text, max(s, m.start() - 20), m.start()):
                continue  # "Hard-Liners Push Back", "Iran hits back": a particle, not "support"
            found.append((m.start(), m.end(), low, kind))
        out = []
        for c in sorted(found):
            if self._quote_at(c[0]) is not None:
                continue
            if c[2].split()[0] in _NAMING_VERBS and _WHAT_X_BEFORE_RE.search(text, max(s, c[0] - 30), c[0]):
                continue  # 'listed what he called Iran's "malign activities"': the narrator borrowing a term, no statement
            owner = re.search(r"(\w+)(?:['\u2019]s|s['\u2019])\s+$", text[max(s, c[0] - 16) : c[0]])
            if owner is not None and not c[2].split()[0].endswith("ed") and c[2].split()[0] not in _IRREGULAR_PAST and (
                    owner.group(1).lower() not in _CONTRACTED_SUBJECTS):
                continue  # "Macron's call for talks", "the ministers' demand for": a noun after a possessive ("He's said": no)
            out.append(c)
        return out

    # ------------------------------------------------------------------ main
    def run(self) -> list[Statement]:
        cands: list[_Cand] = []
        if self.cfg.direct:
            cands.extend(self._interview_answers())
            cands.extend(self._transcript_turns())
            cands.extend(self._bare_question_answers())
            cands.extend(self._embedded_posts())
            cands.extend(self._statement_body())
            cands.extend(self._direct())
        if self.cfg.indirect:
            direct_starts = {c.start for c in cands}
            for c in self._indirect(cands):
                m = _SAYING_COLON_RE.match(self.text, c.end)
                if c.mode == "indirect" and m is not None and _SAYING_END_RE.search(self.text, c.start, c.end) and (
                    m.end() in direct_starts or m.end() + 1 in direct_starts
                ):
                    continue  # 'told Fox he had written to them saying: "..."': the quotation is what was said
                cands.append(c)
        if self.cfg.headlines:
            cands.extend(self._headline(cands))
        if self.cfg.indirect:
            cands.extend(self._list_items(cands))
        if self.cfg.direct:
            cands.extend(self._signed_quotes(cands))
        return self._finish(cands)

    # ------------------------------------------------------------------ quotations signed after a dash
    _SIGNED_RE = re.compile(
        r"[ \t]*(?:[-*\u2022\u2013\u2014][ \t]+)?(?P<q>[\"\u201c].+[\"\u201d])[ \t]*[\u2013\u2014-]{1,2}[ \t]*"
        r"(?P<who>[A-Z][\w\u2019'.-]+(?:\s+(?:[A-Z][\w\u2019'.-]+|al-\w+|bin|von|de)){1,3})(?:,[ \t]*[^\n\"\u201c]{2,80})?[ \t]*$"
    )

    def _signed_quotes(self, have: list[_Cand]) -> list[_Cand]:
        """A paragraph that is one quotation signed after a dash, as in a list of quotes:
        ``\u2014 "We have made progress." \u2014 Brett McGurk, White House coordinator``."""
        out: list[_Cand] = []
        for ps, pe in self.paras:
            if ps == 0 or any(ps <= c.start < pe for c in have):
                continue
            m = self._SIGNED_RE.match(self.text, ps, pe)
            if m is None:
                continue
            q = self._quote_at(m.start("q"))
            if q is None or q.start != m.start("q") or q.end != m.end("q"):
                continue  # (one quotation, not two with words between them)
            s, e = q.inner
            if len(self.text[s:e].split()) >= 2:
                out.append(_Cand(s, e, "direct", "-", m.start("who"), _Subject(m.start("who"), m.end("who"), "np"),
                                 self._sent_of(s), kind="direct"))
        return out

    # ------------------------------------------------------------------ lists of reactions
    _BULLET_RE = re.compile(r"[ \t]*[-*\u2022\u2013\u2014][ \t]+(?=[A-Z])")

    _FIELD_LABELS: frozenset[str] = frozenset(
        "venue date dates time place location site status outcome result deadline topic topics agenda participants "
        "background context source sources note notes deal terms timeline more watch related".split()
    ) | {"bottom line", "sticking point", "sticking points", "the big picture", "big picture", "catch up", "read more"}

    def _list_items(self, have: list[_Cand]) -> list[_Cand]:
        """A list item labelled with its speaker, ``- Iran's foreign ministry: The attack is "a violation" ...``:
        what follows the colon (the headline form "X: ..." on a line of its own)."""
        out: list[_Cand] = []
        for ps, pe in self.paras:
            m = self._BULLET_RE.match(self.text, ps, pe)
            if m is None or pe - m.end() > 400:
                continue
            label = self.text[m.end() : m.end() + 40].split(":", 1)[0].strip().lower()
            if label in self._FIELD_LABELS or label.startswith(("key ", "next ", "what", "why", "when", "where", "who", "how")):
                continue  # "- Venue: the Omani embassy": a fact box's field, not a speaker
            c = self._headline_in(m.end(), pe, have)
            if c is not None and c.cue == ":":
                c.kind = "indirect" if c.mode != "direct" else "direct"
                out.append(c)
        return out

    # ------------------------------------------------------------------ interviews
    _QUESTION_RE = re.compile(r"(?:Q|Question)\s*[:.]\s+\S")
    _ANSWER_RE = re.compile(r"(?:A|Answer)\s*[:.]\s+(?=\S)")

    def _interview_answers(self) -> list[_Cand]:
        """An interview printed as questions and answers: each ``A:`` paragraph after a ``Q:``
        paragraph is the interviewee's statement (the resolver takes the person introduced before)."""
        text = self.text
        out: list[_Cand] = []
        asked = False
        first_q = next((ps for ps, pe in self.paras if self._QUESTION_RE.match(text, ps, pe)), None)
        explainer = first_q is not None and self._is_explainer()
        for ps, pe in self.paras:
            if self._QUESTION_RE.match(text, ps, pe):
                asked = True
                self.questions.append((ps, pe))
                continue
            if explainer:
                continue
            m = self._ANSWER_RE.match(text, ps, pe)
            named = self._NAMED_ANSWER_RE.match(text, ps, pe) if m is None and asked else None
            if named is not None and named.group("who").lower() not in _SECTION_LABELS:
                # "Q. ... / Iravani: We are ready ...": an answer labelled with the interviewee's name
                s, e = _trim(text, named.end(), pe, self.qspans)
                if e > s:
                    who = _Subject(named.start("who"), named.end("who"), "np")
                    out.append(_Cand(s, e, "direct", None, ps, who, self._sent_of(s), kind="direct"))
                continue
            if m is None or not asked:
                continue
            s, e = _trim(text, m.end(), pe, self.qspans)
            if e > s:
                out.append(_Cand(s, e, "direct", None, ps, _Subject(0, 0, "prev"), self._sent_of(s), kind="direct"))
        return out

    def _is_explainer(self) -> bool:
        """A newsroom's explainer ("Q. What happened? / A. At midnight GMT ..."): the answers are the writer's own, and the
        officials quoted in them speak. An interview names itself one outside its questions and answers ("spoke to our
        reporter"), or its answers speak in the first person; an explainer's answers report others."""
        text = self.text
        answers = [(ps, pe) for ps, pe in self.paras if self._ANSWER_RE.match(text, ps, pe)]
        if not answers:
            return False
        outside = " ".join(text[ps:pe] for ps, pe in self.paras
                           if not self._QUESTION_RE.match(text, ps, pe) and not self._ANSWER_RE.match(text, ps, pe))
        first_person = sum(bool(re.search(r"\b(?:I|we|We|our|Our|my|My|us)\b", re.sub(r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]", " ",
                                                                                       text[ps:pe]))) for ps, pe in answers)
        reported = sum(bool(re.search(r"\b(?:said|says|told|according\s+to|called|warned|wrote)\b", text[ps:pe])) for ps, pe in answers)
        return first_person * 2 < len(answers) and reported * 2 >= len(answers) and not re.search(
            r"(?i)\binterview|\bQ\s*&\s*A\b|\bconversation\b|\b(?:spoke|talked|speaks|talks)\s+(?:to|with)\b|\bsat\s+down\b", outside)

    _NAMED_ANSWER_RE = re.compile(r"(?P<who>[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+){0,2})\s*:\s+(?=\S)")

    _INTERVIEW_INTRO_RE = re.compile(
        r"(?i)\b(?:in\s+an?\s+(?:exclusive\s+|wide-ranging\s+|rare\s+)?interview|interviewed|(?:spoke|talked)\s+(?:to|with)|"
        r"sat\s+down\s+with|edited\s+excerpts|(?:the\s+)?(?:following|excerpts)\s+(?:is|are|from)\s+(?:an?\s+)?(?:interview|conversation))\b"
    )

    def _bare_question_answers(self) -> list[_Cand]:
        """An interview whose questions are paragraphs of their own, with no ``Q:`` / ``A:`` labels (bold type lost
        in the plain text): after an interview's introduction, each paragraph that is one question (``?`` at its end,
        no quotation) is the interviewer's, and the paragraphs after it, up to the next question, are the answer of
        the one interviewed. Only with two such questions at least, and no labelled turns."""
        text = self.text
        if self.questions or len(self.paras) < 5:
            return []
        intro_end = self.paras[min(3, len(self.paras) - 1)][1]
        if not self._INTERVIEW_INTRO_RE.search(text, 0, intro_end):
            return []

        def is_question(ps: int, pe: int) -> bool:
            body = text[ps:pe].strip()
            return body.endswith("?") and len(body) < 300 and not any(ch in body for ch in "\"\u201c\u201d")

        flags = [is_question(ps, pe) for ps, pe in self.paras]
        if sum(flags[1:]) < 2:
            return []
        out: list[_Cand] = []
        answering = False
        for (ps, pe), question in zip(self.paras, flags, strict=True):
            if question:
                answering = True
                self.questions.append((ps, pe))
                continue
            if not answering or any(ch in text[ps:pe] for ch in "\"\u201c\u201d") or _NARRATED_RE.search(text, ps, pe):
                continue  # before the first question, or narration ("Tabesh said the talks would resume"; quotations)
            s, e = _trim(text, ps, pe, self.qspans)
            if len(text[s:e].split()) >= 2:
                out.append(_Cand(s, e, "direct", None, ps, _Subject(0, 0, "prev"), self._sent_of(s), kind="direct"))
        return out

    _TURN_RE = re.compile(
        r"(?P<who>(?:(?:MR|MS|MRS|DR|SECRETARY|PRESIDENT|VICE PRESIDENT|AMBASSADOR|SENATOR|SEN|REP|GENERAL|GEN|ADMIRAL|"
        # ("SENIOR STATE DEPARTMENT OFFICIAL ONE:", a background briefing's label)
        r"MINISTER|FOREIGN MINISTER|PRIME MINISTER|SPOKESMAN|SPOKESWOMAN)\.?\s+)?[A-Z][A-Z'\u2019-]+(?:\s+[A-Z][A-Z'\u2019-]+){0,2}"
        r"(?:\s+(?:STATE\s+DEPARTMENT|ADMINISTRATION|WHITE\s+HOUSE|DEFENSE|U\.S\.)?\s*OFFICIALS?(?:\s+(?:ONE|TWO|THREE|NUMBER\s+\w+|\d))?)?)"
        # a TV transcript's "WOLF BLITZER, CNN ANCHOR:", "ABBAS ARAGHCHI, IRANIAN FOREIGN MINISTER (through translator):"
        r"(?P<role>,\s+[A-Z][A-Z0-9 .,'&\u2019-]{1,90}?)?(?:\s*\((?:through\s+(?:a\s+)?translator|voice-over|on\s+camera|via\s+(?:tele)?phone)\))?"
        r"\s*:\s+(?=\S)"
    )
    _QUESTION_TURN_RE = re.compile(
        # (and a magazine's own name asking: "SPIEGEL:", "TIME:")
        r"(?:QUESTION|Q|REPORTER|PARTICIPANT|MODERATOR|OPERATOR|INTERVIEWER|HOST|ANCHOR|CORRESPONDENT|NARRATOR|"
        r"(?:DER\s+)?SPIEGEL|TIME|NEWSWEEK|ZEIT|STERN|PROFIL|NZZ|THE\s+ECONOMIST|ECONOMIST|FOREIGN\s+POLICY|"
        r"(?:AUDIENCE|PRESS)\s+MEMBER|AUDIENCE|JOURNALIST|UNIDENTIFIED\s+(?:SPEAKER|REPORTER|MALE|FEMALE))"
        r"(?:\s*\([^()\n]{1,40}\))?\s*:"  # ("HOST (Maya Feld):")
    )

    def _transcript_turns(self) -> list[_Cand]:
        """A briefing transcript: paragraphs opening with an upper-case speaker label (``MR PRICE:``,
        ``SECRETARY BLINKEN:``). Each turn not a question is a direct statement of its label, and
        paragraphs after it without a label go on with the same speaker. Only in a text with at least
        two labelled turns (one label alone is a headline)."""
        text = self.text
        # a magazine's "Ahmadinejad: ..." answers: a name in mixed case, taken as a label when it opens two paragraphs
        mixed = Counter(m.group("who") for ps, pe in self.paras if (m := _MIXED_TURN_RE.match(text, ps, pe)) is not None)
        paren = [_paren_turn(text, ps, pe) for ps, pe in self.paras]
        bracketed = {m.group("who") for m in paren if m is not None}
        # (or once, when a label in brackets names the same person: "The Secretary of State (Dominic Raab): ...")
        names = {w for w, n in mixed.items() if (n >= 2 or w in bracketed) and w.lower() not in _SECTION_LABELS
                 and w.lower() not in _NOT_TURN_NAMES and not any(x.lower() in REPORT_VERBS for x in w.split())}  # (not 'Said Zarif: "..."')
        turns = [(ps, pe, _no_subhead(self._TURN_RE.match(text, ps, pe)) or pm or (
            m if (m := _MIXED_TURN_RE.match(text, ps, pe)) is not None and m.group("who") in names else None))
                 for (ps, pe), pm in zip(self.paras, paren, strict=True)]
        labelled = [m for _, _, m in turns if m is not None and not self._QUESTION_TURN_RE.match(m.group(0))]
        asked_first = any(m is not None and self._QUESTION_TURN_RE.match(m.group(0)) and m.start() < labelled[0].start()
                          for _, _, m in turns) if labelled else False
        remarks = bool(labelled) and labelled[0].start() > self.paras[0][1] and _REMARKS_TITLE_RE.search(
            text, self.paras[0][0], self.paras[0][1]) is not None
        if len(labelled) < 2 and not asked_first and not remarks:
            # (a question, then an answer, is a transcript too: "QUESTION: ... / MR. MILLER: ..."; and "Remarks by
            # President Biden" over one "THE PRESIDENT:" turn)
            return []
        # an interviewer named by label ("CHRISTIANE AMANPOUR: ... Is Iran ready?", "AMANPOUR: ...?"): one whose every
        # turn ends in a question asks, and makes no statement
        asks: dict[str, list[bool]] = {}
        for ps, pe, m in turns:
            if m is not None and not self._QUESTION_TURN_RE.match(m.group(0)):
                asks.setdefault(m.group("who").split()[-1], []).append(
                    "." not in m.group("who") and text[ps:pe].rstrip().rstrip("\"'\u201d\u2019").endswith("?"))
        # (at least two turns, and no title: "SEN. MENENDEZ: ... Why should we believe diplomacy can work?" says something)
        askers = {k for k, v in asks.items() if len(v) >= 2 and all(v)} if len(asks) >= 2 else set()
        # a TV news transcript's anchors and correspondents ("WOLF BLITZER, CNN ANCHOR:", "PLEITGEN (voice-over):"): the
        # journalists, whose turns are narration (the words they quote in them are found as in any article)
        reporters = {m.group("who").split()[-1] for _, _, m in turns if m is not None and "role" in m.re.groupindex and (
            (m.group("role") and re.search(r"\b(?:ANCHOR|CORRESPONDENT|HOST|REPORTER|PRESENTER|MODERATOR)\b", m.group("role")))
            or "voice-over" in m.group(0))}
        for ps, pe, _m in turns:
            host = re.match(r"[A-Z ]+\(([^()\n]{1,40})\)\s*:", text[ps:pe])
            if host is not None and self._QUESTION_TURN_RE.match(text, ps, pe):
                # "HOST (Maya Feld): ...": her later "FELD: ...?" turns ask too
                askers |= {w for w in asks if w.lower() == host.group(1).split()[-1].lower()}
        out: list[_Cand] = []
        who: _Subject | None = None
        for ps, pe, m in turns:
            if m is not None:
                if m.group("who").split()[-1] in reporters:
                    who = None  # a journalist's turn: no statement of its own (and it is no question to skip)
                    continue
                if self._QUESTION_TURN_RE.match(m.group(0)) or m.group("who").split()[-1] in askers:
                    who = None
                    self.questions.append((ps, pe))
                    continue
                who = _Subject(m.start("who"), m.end("who"), "np")
                surname = re.escape(text[who.start : who.end].split()[-1].capitalize())
                said = re.compile(rf"\b(?:{surname}|[Hh]e|[Ss]he)\s+(?:said|says|told|added|noted|stressed|insisted)\b")
                start = m.end()
            elif who is not None and _BARE_Q_RE.match(text, ps, pe):
                # the White House's "Q Thanks, Karoline. Does the President ...?": a reporter's question, no colon
                who = None
                self.questions.append((ps, pe))
                continue
            elif who is not None and _STAGE_LINE_RE.fullmatch(text[ps:pe].strip()):
                continue  # "(The briefing was concluded at 3:01 p.m.)", "END 1:41 P.M. EDT": the transcript's own notes
            elif who is not None and not self._QUESTION_TURN_RE.match(text, ps, pe):
                if re.match(r"\s*Asked\b", text[ps:pe]) or any(
                    not _inside(x.start(), self.qspans) for x in said.finditer(text, ps, pe)
                ) or self._narrates(ps, pe):
                    # "Asked whether ..., Miller said ...": the reporter's narration after the transcript, not the turn
                    who = None
                    continue
                start = ps
            else:
                continue
            s, e = _trim(text, start, pe, self.qspans)
            if len(text[s:e].split()) >= 2:
                out.append(_Cand(s, e, "direct", None, who.start, who, self._sent_of(s), kind="direct"))
        return out

    def _narrates(self, ps: int, pe: int) -> bool:
        """The paragraph reports someone else's words in the third person ("Later in the program, Senator X said
        ..."): narration between the turns of a transcript, not the last speaker going on."""
        for c in self._cues_in(ps, pe):
            if c[3] != "report" or _inside(c[0], self.qspans):
                continue
            sub = _subject_before(self.text, self.sents[self._sent_of(c[0])][0], c[0])
            if sub.kind == "np" or sub.kind == "pronoun" and self.text[sub.start : sub.end].lower() in ("he", "she", "they"):
                return True
        return False

    # ------------------------------------------------------------------ embedded posts
    _POST_SIGNATURE_RE = re.compile(
        r"[\u2014\u2013-]{1,2}\s*(?P<who>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4})\s*\(@\w{1,30}\)"
        r"(?:\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})?\s*$"
    )
    _POST_LINK_RE = re.compile(r"(?:\s*(?:pic\.twitter\.com/\w+|https?://\S+))+\s*$")

    _FOLLOWING_STATEMENT_RE = re.compile(
        r"\b(?:issued|released|made|gave|delivered|read\s+out)\s+the\s+following\s+(?:statement|remarks)\s*:\s*$")
    # where a statement's body ends: the release's end mark, a note, a signature or a new dateline
    _BODY_END_RE = re.compile(r"\s*(?:#\s*#\s*#|###|-30-|Background\s*:|Note\s*:|Related\s*:|Read\s+more\b|[A-Z][A-Z .,'-]{2,40}\s*[\u2013\u2014-]\s)")

    def _statement_body(self) -> list[_Cand]:
        """A press release's "Secretary X issued the following statement:" and the paragraphs after it, without
        quotation marks: each a direct statement of X, up to the release's end mark, a signature or a note."""
        text = self.text
        out: list[_Cand] = []
        for i, (ps, pe) in enumerate(self.paras):
            if not text[ps:pe].rstrip().endswith(":") or not self._FOLLOWING_STATEMENT_RE.search(text, ps, pe):
                continue
            si = self._sent_of(pe - 1)
            ss = self.sents[si][0]
            dm = DATELINE_RE.match(text, ss, pe)
            verb = self._FOLLOWING_STATEMENT_RE.search(text, ss, pe)
            sub = _sentence_subject(text, dm.end() if dm else ss, verb.start() if verb else pe)
            if sub.kind != "np":
                continue
            for qs, qe in self.paras[i + 1 :]:
                body = text[qs:qe].strip()
                if (self._BODY_END_RE.match(text, qs) or len(body.split()) < 4 or not re.search(r"[.!?]$", body)
                        or any(ch in body for ch in "\"\u201c\u201d") or _NARRATED_RE.search(body)):
                    break  # (a signature "Marlin Fitzwater", a quotation or a narrated paragraph ends it too)
                s, e = _trim(text, qs, qe, self.qspans)
                out.append(_Cand(s, e, "direct", None, sub.start, sub, self._sent_of(s), kind="direct"))
        return out

    def _embedded_posts(self) -> list[_Cand]:
        """A social-media post embedded in a scraped page: its text, then a paragraph
        ``— Abbas Araghchi (@araghchi) May 5, 2025``. The post is a direct statement of the account."""
        text = self.text
        out: list[_Cand] = []
        for pi in range(1, len(self.paras)):
            ps, pe = self.paras[pi]
            m = self._POST_SIGNATURE_RE.match(text, ps, pe)
            if m is None:
                continue
            qs, qe = self.paras[pi - 1]
            if any(c[3] == "report" and _subject_before(text, self.sents[self._sent_of(c[0])][0], c[0]).kind == "np"
                   for c in self._cues_in(qs, qe)):
                continue  # 'The Guards said in a statement that ...': the journalist's paragraph (the post itself was lost)
            link = self._POST_LINK_RE.search(text, qs, qe)
            s, e = _trim(text, qs, link.start() if link else qe, self.qspans)
            if len(text[s:e].split()) >= 2:
                out.append(_Cand(s, e, "direct", None, m.start("who"), _Subject(m.start("who"), m.end("who"), "np"),
                                 self._sent_of(s), kind="direct"))
        # a post card: "Javad Zarif (@JZarif)" or "@khamenei_ir" on a line, the post's text, then its date line
        for pi in range(len(self.paras) - 1):
            (hs, he), (qs, qe) = self.paras[pi : pi + 2]
            card = self._POST_CARD_RE.fullmatch(text[hs:he].strip())
            if card is None or any(qs <= c.start < qe for c in out):
                continue
            last = text.rfind("\n", qs, qe)
            if last > qs and self._POST_DATE_RE.fullmatch(text[last:qe].strip()):
                qe = last  # (the date line wrapped into the post's paragraph)
            elif not (pi + 2 < len(self.paras) and self._POST_DATE_RE.fullmatch(text[slice(*self.paras[pi + 2])].strip())):
                continue
            s, e = _trim(text, qs, qe, self.qspans)
            who = "who" if card.group("who") else "handle"
            ws = hs + (len(text[hs:he]) - len(text[hs:he].lstrip())) + card.start(who)
            if len(text[s:e].split()) >= 2:
                out.append(_Cand(s, e, "direct", None, ws, _Subject(ws, ws + len(card.group(who)), "np"), self._sent_of(s), kind="direct"))
        return out

    _POST_CARD_RE = re.compile(
        r"(?P<who>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})\s*\(@\w{1,30}\)|@(?P<handle>\w{2,30})")
    _POST_DATE_RE = re.compile(
        r"(?:\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\.?\s*[\u00b7\u2022-]\s*)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})")

    # ------------------------------------------------------------------ direct quotations
    _AFTER_RE = re.compile(r"\s*,?\s*(?:[\u2013\u2014-]\s*)?")

    def _attribution_after(self, q: Quote) -> tuple[_Subject, str, int, int] | None:
        """``"...," he said`` / ``" said Khamenei`` right after the quotation's closing mark."""
        text = self.text
        si = self._sent_of(q.end - 1)
        pe = self.paras[self.sent_para[si]][1]
        qs_si = self._sent_of(q.start)
        lead = text[self.sents[qs_si][0] : q.start]
        dm = DATELINE_RE.match(lead)
        if dm:
            lead = lead[dm.end() :]
        lead = _BULLET_RE.sub("", lead, count=1) if _BULLET_RE.fullmatch(lead) else lead  # ('• "...," Araghchi said.')
        if lead.strip() and not (re.search(r":\s*$", lead) and self._quote_ends_before_attribution(q)):
            # the quotation sits inside a sentence: not "QUOTE, he said" (but 'The message was clear:
            # "...," Araghchi said': a colon hands the sentence over to the quotation)
            return None
        m = self._AFTER_RE.match(text, q.end)
        pos = m.end() if m else q.end
        if pos >= pe or text[q.end : pos].count("\n"):
            return None
        # the attribution sentence: up to the next sentence end / quotation
        window_end = pe
        nq = self._quote_after(pos)
        if nq is not None and nq.start < window_end:
            window_end = nq.start
        # "Mr." and "U.S." should not end the window
        stop = window_end
        for mm in re.finditer(r"[.!?](?=\s|$)|[;:]", text[pos:window_end]):
            w = re.search(r"([\w.]+)$", text[pos : pos + mm.start()])
            if mm.group(0) == "." and w and (w.group(1).lower().rstrip(".") in _ABBREVIATIONS or re.fullmatch(r"[A-Z]", w.group(1))):
                continue  # (and a middle initial: "Antony J. Blinken said")
            stop = pos + mm.start()
            break
        cues = [c for c in self._cues_in(pos, stop) if c[3] == "report" or c[2] in ("urged", "accused", "pressed")]
        if not cues:
            ma = re.match(r"according\s+to\s+", text[pos:stop], re.IGNORECASE)
            if ma:
                # '"...," according to the minister.'
                toks = _tokens(text, pos + ma.end(), stop)
                j = _np_run(toks)
                span = _np_back(toks, j - 1) if j else None
                if span is not None:
                    return _Subject(toks[span[0]].start, toks[span[1]].end, "np"), "according to", pos, stop
            mp = re.match(r"as\s+(\S.{0,60}?)\s+puts?\s+it\b", text[pos:stop])
            if mp is not None:
                # '"...," as one European diplomat put it.'
                toks = _tokens(text, pos + mp.start(1), pos + mp.end(1))
                if len(toks) == 1 and toks[0].low in PRONOUNS:
                    return _Subject(toks[0].start, toks[0].end, "pronoun"), "put it", pos + mp.end(1), stop
                if toks and _np_run(toks) == len(toks):
                    self.consumed.add(pos + mp.end(1))
                    return _Subject(toks[0].start, toks[-1].end, "np"), "put it", pos + mp.end(1), stop
            mr = _READ_DOC_RE.match(text[:stop], pos)
            if mr is not None:
                # '"...," the statement read.' / '"...," read a statement from the foreign ministry.': the
                # document speaks for its issuer (speakers.py)
                doc = "doc" if mr.group("doc") else "doc2"
                verb = "verb" if mr.group("verb") else "verb2"
                self.consumed.add(mr.start(verb))
                return _Subject(mr.start(doc), mr.end(doc), "np"), "read", mr.start(verb), stop
            return None
        c = cues[0]
        if len(_ATTRIBUTION_ASIDES_RE.sub(" ", text[pos : c[0]]).split()) > 8:
            return None
        if re.search(r"\.[\"'\u201d\u2019]$", text[q.end - 2 : q.end]) and re.match(r"\s+that\b", text[c[1] : c[1] + 6]):
            # '"We know who we are dealing with." He added that Iran would study it.': a new sentence with its own
            # reported clause, not the quotation's attribution
            return None
        self.consumed.add(c[0])
        before = text[pos : c[0]].strip()
        if before:
            # '"...," the ambassador, Amir Iravani, told the council.'
            sub = _subject_before(text, pos, c[0])
            if sub.kind in ("np", "pronoun"):
                return sub, c[2], c[0], stop
            one = _one_of_a_kind(_tokens(text, pos, c[0]))
            if one is not None:
                return one, c[2], c[0], stop  # '"...," one marcher said'
        one = _one_of_a_kind(_tokens(text, c[1], stop), leading=True)
        if one is not None:
            return one, c[2], c[0], stop  # '"...," said one marcher, a teacher named Reza.'
        # "said Khamenei" / "said Hassan Rohani, Iran's president"
        after_toks = _tokens(text, c[1], stop)
        j = _np_run(after_toks)
        titled = re.match(r"\s+((?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)\s+(?:[A-Z][\w.'\u2019-]+\s+){1,3}[A-Z][\w'\u2019-]+)", text[c[1] : stop])
        if j == 0 and titled is not None and titled.group(2) in _ROLE_HEADS:
            # '"...," said chamber president Thomas Kaegi': a title in lower case, then the name
            return _Subject(c[1] + titled.start(1), c[1] + titled.end(1), "np"), c[2], c[0], stop
        if j > 0:
            span = _np_back(after_toks, j - 1)
            if span is not None:
                return _Subject(after_toks[span[0]].start, after_toks[span[1]].end, "np"), c[2], c[0], stop
        if after_toks and after_toks[0].low in PRONOUNS:
            return _Subject(after_toks[0].start, after_toks[0].end, "pronoun"), c[2], c[0], stop
        if before:
            sub = _subject_before(text, pos, c[0])
            return sub, c[2], c[0], stop
        return None  # a cue with nobody before or after it: '"Death to America" chants rang out' (a noun)

    def _quote_ends_before_attribution(self, q: Quote) -> bool:
        """The quotation closes with a comma inside its mark, and a name or a pronoun follows."""
        return bool(re.match(r"\s+(?:[A-Z]|(?:he|she|they|it|we)\b)", self.text[q.end : q.end + 8])) and self.text[q.end - 2 : q.end - 1] == ","

    def _quote_after(self, pos: int) -> Quote | None:
        i = bisect.bisect_left(self.qspans, (pos, -1))
        return self.quotes[i] if i < len(self.quotes) else None

    def _attribution_before(self, q: Quote) -> tuple[_Subject, str | None, int] | None:
        """``Jafari said: "..."``, ``saying "..."``, ``the general went on: "..."``."""
        text = self.text
        si = self._sent_of(q.start)
        ss = self.sents[si][0]
        ps = self.paras[self.sent_para[si]][0]
        lead = text[max(ps, q.start - 200) : q.start]
        m = re.search(r"(\b[A-Za-z]+)?\s*([:,])?\s*$", lead)
        if not m:
            return None
        word = (m.group(1) or "").lower()
        punct = m.group(2)
        verb_start = q.start - len(m.group(0)) if m.group(1) else -1
        adv = re.search(r"\b([A-Za-z]+)\s+(?:only|simply|flatly|bluntly|curtly|tersely|briefly|later|then|also|again)\s*([:,])\s*$", lead)
        if adv is not None and adv.group(1).lower() in REPORT_VERBS and adv.group(1).lower() not in ("note", "state", "report"):
            # 'said only, "I serve at the pleasure of the president."': the verb before its adverb
            word, punct, verb_start = adv.group(1).lower(), adv.group(2), q.start - len(lead) + adv.start(1)
        if word == "that" and punct is None:
            # "added that “...”": a quotation that is the whole reported clause
            rest = text[q.end : self.sents[si][1]]
            if len(re.findall(r"\w+", rest)) >= 2:
                return None
            words = list(re.finditer(r"[A-Za-z][\w\u2019']*", lead))
            for w in reversed(words[-7:-1]):  # the verb sits a few words before "that"
                if w.group(0).lower() in REPORT_VERBS:
                    verb_start = q.start - len(lead) + w.start()
                    if re.search(r"[.;:\"\u201c\u201d]", lead[w.end() :]):
                        return None
                    self.consumed.add(verb_start)
                    return self._subject_for(ss, verb_start), w.group(0).lower(), verb_start
            return None
        if punct == ":" or (word in REPORT_VERBS and (punct in (None, ",")) and word not in ("note", "state", "report")):
            if q.start == ps:
                return None
            if punct is None and q.closed and self._quote_opens_clause(q):
                return None  # 'says "no one" wants war': the quotation is the subject of the reported clause (mixed)
            if punct is None and q.closed and self._quote_modifies_noun(q):
                return None  # "vows 'crushing' response to any attack": the quotation is part of what is vowed (mixed)
            if punct is None and word in _VOW_WORDS and _VOW_OBJECT_RE.match(text, max(0, q.start - 1), q.end):
                return None  # 'vowed "harsh revenge."': the thing vowed, the verb part of the span (mixed)
            if (
                word in ("told", "tells", "tell", "telling")
                and punct is None
                and q.closed
                and _QUOTED_TITLE_RE.fullmatch(text, q.start, q.end)
                and re.match(r"\s+(?:that\b|on\b|in\b|last\b|this\b|(?:[a-z]+\s+){0,2}(?:he|she|they|we|it|the|Iran|Tehran|Washington)\b)", text[q.end : q.end + 60])
            ):
                return None  # 'told "60 Minutes" that ...': the programme is the object, not a quotation
            cue = word if (word in REPORT_VERBS or word in ("on",)) else None
            if word == "on" and lead.rstrip(": ").lower().endswith(("went on", "goes on")):
                cue = "went on"
                verb_start = q.start - len(m.group(0)) - len("went ")
            if punct == ":" and cue is None:
                # colon after a noun: "had a message for the leadership:" -> the sentence's subject
                cues = self._cues_in(ss, q.start)
                sub = None
                for c in reversed(cues):
                    if c[3] == "report":
                        inverted = re.fullmatch(r"\s+((?:[A-Z][\w\u2019'.-]*\s+){0,4}[A-Z][\w\u2019'.-]*)\s*:\s*", text[c[1] : q.start])
                        if not text[ss : c[0]].strip() and inverted is not None:
                            # 'Said Araghchi: "..."': the name after the verb
                            sub = _Subject(c[1] + inverted.start(1), c[1] + inverted.end(1), "np")
                        else:
                            sub = self._subject_for(ss, c[0])
                        cue = c[2]
                        break
                if sub is None:
                    label = text[ss : q.start].rstrip(": ").split()
                    if re.match(r"(?:Photo\s+)?[Cc]aption\s*:", text[ss : q.start]):
                        return None  # 'Photo caption: X and Y in Berlin: "..."': the people pictured, no one's words
                    if label and label[-1].lower() in self._EVENT_NOUNS:
                        return None  # 'Podcast transcript: "The Negotiators", episode 112': what the page is, no speaker
                    if _TOPIC_LABEL_RE.fullmatch(text, ss, q.start):
                        return None  # 'On the nuclear deal: "..."': a key quote's topic, no speaker (it gave "the nuclear")
                    sub = _sentence_subject(text, ss, q.start)
                    if sub.kind == "none":
                        return None
                return sub, cue, q.start
            sub = self._subject_for(ss, verb_start)
            if sub.kind == "none":
                return None  # 'One placard said "No war."': words attributed to nobody (CODEBOOK 1)
            if word in _NOUN_LIKE and sub.kind == "np" and _object_of_verb(text, ss, sub.start):
                return None  # 'called the U.S. claims "baseless"': a noun, not "the U.S. claims"
            self.consumed.add(verb_start)
            return sub, cue, verb_start
        return self._attribution_over_gap(q, ss)

    # words in -s after a quotation that are no present-tense verb: '"no" as ...', '"yes" this time'
    _NOT_PRESENT_VERBS: frozenset[str] = _PREP_START | _ADVERBS | frozenset({"as", "us", "its", "his", "this", "thus"})

    def _quote_opens_clause(self, q: Quote) -> bool:
        """A short quotation that a verb right after it goes on from: '"no one" wants war', '"the Americans" were lying'."""
        a, b = q.inner
        if len(self.text[a:b].split()) > 4 or re.search(r"[.,;:!?]\s*$", self.text[a:b]):
            return False
        m = re.match(r"\s+([a-z][\w\u2019']*)", self.text[q.end : q.end + 40])
        if m is None:
            return False
        w = m.group(1)
        if w in _CLAUSE_AUX:
            return True
        # a verb in the present tense ("wants", "threatens"), not "as", "its" or an adverb
        return w.endswith("s") and not w.endswith("ss") and w not in self._NOT_PRESENT_VERBS

    def _quote_modifies_noun(self, q: Quote) -> bool:
        """A quoted word or two that a noun right after it goes on from: "'crushing' response", "'maximum' pressure"."""
        a, b = q.inner
        if len(self.text[a:b].split()) > 2 or re.search(r"[.,;:!?]\s*$", self.text[a:b]):
            return False
        m = re.match(r"\s+([a-z][\w\u2019'-]*)", self.text[q.end : q.end + 40])
        return m is not None and m.group(1) not in _CLAUSE_AUX and m.group(1) not in _PREP_START and m.group(1) not in (
            "and", "or", "but", "as", "if", "when", "while", "because", "he", "she", "they", "it", "we", "said", "says")

    def _attribution_over_gap(self, q: Quote, ss: int) -> tuple[_Subject, str | None, int] | None:
        """'Trump told reporters "..."', 'Araghchi said on state TV, "..."': the verb a few words back."""
        text = self.text
        mp = _PUT_IT_RE.search(text, ss, q.start)
        if mp is not None and q.closed and len(re.findall(r"\w+", text[q.start : q.end])) >= 3:
            # 'As Araghchi put it, "..."': the words are his
            sub = self._subject_for(ss, mp.start())
            if sub.kind in ("np", "pronoun"):
                self.consumed.add(mp.start())
                return sub, "put it", mp.start()
        m = _VERB_GAP_BEFORE_QUOTE_RE.search(text, ss, q.start)
        if m is None or not q.closed or _QUOTED_TITLE_RE.fullmatch(text, q.start, q.end):
            return None
        words = [w.strip(",").lower() for w in m.group("gap").split()]
        if any(w in _GAP_VERB_WORDS for w in words) or len(re.findall(r"\w+", text[q.start : q.end])) < 3:
            return None
        verb = m.group("verb").lower()
        first = m.group("gap").split()[0].strip(",")
        if verb in OBJECT_VERBS:
            if not _TELL_OBJECT_START_RE.match(first):
                return None
            if _TOLD_OBJ_RE.match(text, m.end("verb")) is not None and not re.search(r"[,:]\s*$", text[m.start("gap") : q.start]):
                # 'told Fox News the president "should not take a bad deal"': the object, then a clause whose
                # subject the quotation goes on (a mixed quotation), not an object before a quotation of its own
                return None
        elif first.lower() not in _SAY_PREPS:
            return None
        verb_start = m.start("verb")
        self.consumed.add(verb_start)
        return self._subject_for(ss, verb_start), verb, verb_start

    def _semicolon(self, start: int, end: int) -> int | None:
        """The last semicolon in ``[start, end)`` outside quotations: a new clause with its own subject."""
        semi = self.text.rfind(";", start, end)
        return semi if semi >= 0 and not _inside(semi, self.qspans) else None

    def _subject_for(self, ss: int, verb_start: int) -> _Subject:
        sub = _subject_before(self.text, ss, verb_start)
        if sub.kind in ("coord", "none"):
            # "Araghchi said X; Witkoff disagreed, saying Y": the clause after the semicolon has its own subject
            semi = self._semicolon(ss, verb_start)
            if semi is not None:
                ss = semi + 1
                while ss < verb_start and self.text[ss] == " ":
                    ss += 1
            # coordinated or participle clause: the subject of an earlier cue or of the sentence
            for c in reversed(self._cues_in(ss, verb_start)):
                inv = _INVERTED_SUBJECT_RE.match(self.text, c[1], verb_start)
                if inv is not None and re.search(r"[,!?][\"\u201d\u2019']\s*$", self.text[ss : c[0]]):
                    # '"...," said Araghchi, adding that ...': the subject after the inverted verb, not the
                    # last words of the quotation before it
                    return _Subject(inv.start(1), inv.end(1), "np")
                s2 = _subject_before(self.text, ss, c[0])
                if s2.kind in ("np", "pronoun") and any(
                        c0[3] == "report" and c0[1] <= s2.start and not re.search(r"[;:]", self.text[c0[1] : s2.start])
                        for c0 in self._cues_in(ss, c[0]) if c0[0] < c[0]):
                    continue  # ("Rubin said the administration welcomed "..." but noted that ...": Rubin's, not the administration's)
                if s2.kind in ("np", "pronoun"):
                    return s2
            s3 = _sentence_subject(self.text, ss, verb_start)
            if s3.kind != "none":
                return s3
        return sub

    def _direct(self) -> list[_Cand]:
        text = self.text
        out: list[_Cand] = []
        used: set[int] = set()
        qs = self.quotes
        for qi, q in enumerate(qs):
            if qi in used:
                continue
            a, b = q.inner
            if b - a < 1 or not text[a:b].strip():
                continue
            att = self._attribution_after(q) if q.closed else None
            if att is not None:
                sub, cue, cstart, stop = att
                end_q = q
                # split quotation: "A," he said. "B."  (same paragraph, right after the attribution)
                nxt = qs[qi + 1] if qi + 1 < len(qs) else None
                if nxt is not None and nxt.start >= stop:
                    gap = text[stop : nxt.start]
                    between = text[cstart : nxt.start]
                    # (a vox pop's "who asked that her last name not be used" is how the speaker is named, no second cue)
                    anon = [(m.start(), m.end()) for m in _ASKED_ANONYMITY_RE.finditer(text, cstart, nxt.start)]
                    between = _ASKED_ANONYMITY_RE.sub(" ", between)
                    more = [
                        c
                        for c in self._cues_in(cstart + 1, nxt.start)
                        if c[0] > cstart and (c[2].endswith("ing") or re.match(r"\s+that\b", text[c[1] : c[1] + 6]))
                        and not any(a <= c[0] < b for a, b in anon)
                    ]
                    # 'told NBC's "Meet the Press."': a programme the attribution names, not the quotation's second half
                    names_title = bool(
                        _QUOTED_TITLE_RE.fullmatch(text, nxt.start, nxt.end)
                        and re.search(r"(?:['\u2019]s|\b(?:told|on|to|in|with))\s*$", text[cstart : nxt.start])
                    )
                    # ('"...," Khamenei told worshippers, who chanted "Death to America."': the crowd's words, not his)
                    crowd = re.search(r",\s+(?:who|as\s+(?:the\s+)?(?:crowd|audience|worshippers|supporters|they))\s+(?:chanted|shouted|"
                                      r"cried|sang|yelled|responded|answered|replied)\b", between)
                    if (
                        re.fullmatch(r"[.,;:]?\s*", gap)
                        and "\n" not in gap
                        and not more
                        and not crowd
                        and not names_title
                        and not re.search(r"\bthat\b", between)
                        and self._attribution_after(nxt) is None
                    ):
                        end_q = nxt
                        used.add(qi + 1)
                    elif names_title and qi + 2 < len(qs) and re.fullmatch(r"[.,;:]?\s*", text[nxt.end : qs[qi + 2].start]) \
                            and re.search(r"[.!?][\"\u201d\u2019']?\s*$", text[nxt.start : qs[qi + 2].start]) \
                            and self._attribution_after(qs[qi + 2]) is None:
                        # '"A," Sullivan said on CBS's "Face the Nation." "B."': the programme, then the quotation goes on
                        end_q = qs[qi + 2]
                        used.update((qi + 1, qi + 2))
                s, e = q.inner[0], end_q.inner[1]
                out.append(_Cand(s, e, "direct", cue, cstart, sub, self._sent_of(q.start), kind="direct"))
                continue
            line_start = text.rfind("\n", 0, q.start) + 1
            src = (_DASH_SOURCE_RE.match(text, q.end)
                   if q.closed and re.fullmatch(r"[ \t]*(?:[-*\u2022\u2013][ \t]+)?", text[line_start : q.start]) else None)
            who_toks = _tokens(text, src.start("who"), src.end("who")) if src is not None else []
            if (src is not None and who_toks and _is_cap(who_toks[-1]) and who_toks[-1].low not in _WEEKDAYS and who_toks[-1].low not in _MONTHS
                    and not any(t.low in REPORT_VERBS for t in who_toks)):
                # '- "Diplomacy is the only path." — EU foreign policy chief Kaja Kallas': a list of quotations, each
                # with its speaker after a dash
                out.append(_Cand(a, b, "direct", None, src.start("who"), _Subject(src.start("who"), src.end("who"), "np"),
                                 self._sent_of(q.start), kind="direct"))
                continue
            bef = self._attribution_before(q)
            if bef is not None and self._is_headline(q.start) and text.rfind(":", 0, q.start) >= q.start - 3:
                line_end = text.find("\n", q.end)
                rest = text[q.end : line_end if line_end >= 0 else len(text)]
                if (re.match(r"\s+[a-z]", rest, re.IGNORECASE) and len(re.findall(r"\w+", rest)) >= 2
                        and not re.match(r"\s+(?:on|about|over|in|for|to|at|with|after|as|amid|before|against|from)\b", rest)):
                    # "Bolton: 'Regime change' should be US goal": the whole headline after the colon (below); not
                    # "Biden: 'We're not there yet' on Iran", a topic after the quotation
                    bef = None
            if bef is not None:
                sub, bcue, cstart = bef
                ss = self.sents[self._sent_of(q.start)][0]
                head = text[ss : sub.start].rstrip() if sub.kind in ("np", "pronoun") and sub.start > ss else ""
                dm = DATELINE_RE.match(text, ss, max(ss, sub.start))
                hs = dm.end() if dm else ss
                if (
                    head.endswith(",")
                    # (a subject alone when the quotation goes on with its predicate: 'Iran, she said, "must match ..."')
                    and len(text[hs : ss + len(head)].split()) >= (1 if text[a : a + 1].islower() else 3)
                    and not any(hs <= x.start < ss + len(head) for x in qs)
                    and text[sub.end : cstart].strip() == ""
                    # (a headline's "..., Biden says 'welcome home'" is a quotation of its own: a comma is needed there)
                    and re.fullmatch(r"\s*,\s*" if self._is_headline(q.start) else r"[\s,]*",
                                     text[cstart + len(bcue or "") : q.start] or "")
                    and not _OPENER_RE.match(text, hs)  # 'Asked about X, he said, "..."': the question is no statement
                    # (not "Thousands marched, some chanting "Death to America"": a participle, not an attribution)
                    and not (bcue or "").endswith("ing")
                ):
                    # 'Talks were possible, he said, "but not under threats."': one mixed statement
                    out.append(_Cand(hs, q.end, "mixed", bcue, cstart, sub, self._sent_of(q.start), kind="direct"))
                    continue
                out.append(_Cand(a, b, "direct", bcue, cstart, sub, self._sent_of(q.start), kind="direct"))
                continue
            # a paragraph that is one quotation, continuing the previous paragraph's speaker
            si = self._sent_of(q.start)
            pi = self.sent_para[si]
            ps, pe = self.paras[pi]
            # (or standing alone after a paragraph that names its speaker: the resolver decides)
            nl = text.rfind("\n", ps, q.start)
            ls = nl + 1 if nl >= 0 else ps
            bullet = re.match(r"[-*\u2022\u2013][ \t]+", text[ls : ls + 3])
            topic = _TOPIC_LABEL_RE.fullmatch(text, ls, q.start) if bullet is None else None
            if bullet is not None or topic is not None:
                # a list of quotations: '- "We hold Iran responsible."', one per line; key quotes 'On talks: "..."'
                le = text.find("\n", q.end, pe)
                ps, pe = (ls + bullet.end()) if bullet is not None else q.start, le if le >= 0 else pe
            if q.start == ps and q.end >= pe - 1 and pi > 0 and len(text[a:b].split()) >= 2:
                out.append(_Cand(a, b, "direct", None, q.start, _Subject(0, 0, "prev"), si, kind="direct"))
                continue
            # 'Iran's right was "non-negotiable," Araghchi said in Tehran. "If the goal is zero enrichment, there will be
            # no deal."': a whole sentence quoted after a sentence that reports someone's words goes on with that speaker
            ss, se = self.sents[si]
            if (bullet is None and q.start == ss and q.end >= se - 1 and si > 0 and self.sent_para[si - 1] == pi
                    and q.closed and re.search(r"[.!?][\"'\u201d\u2019]$", text[q.end - 2 : q.end])
                    and len(text[a:b].split()) >= 3
                    and any(c[3] == "report" and not _reports_nothing(text, self.sents[si - 1][0], c)
                            for c in self._cues_in(*self.sents[si - 1]))):
                out.append(_Cand(a, b, "direct", None, q.start, _Subject(0, 0, "prev"), si, kind="direct"))
                continue
            # 'Her friend Sara was skeptical. "We have been here before."': a whole sentence quoted after a sentence
            # that says how someone took it speaks for that someone
            if (bullet is None and q.start == ss and q.end >= se - 1 and si > 0 and self.sent_para[si - 1] == pi
                    and q.closed and len(text[a:b].split()) >= 3):
                att_m = _ATTITUDE_SENT_RE.fullmatch(text, *self.sents[si - 1])
                np_words = att_m.group("np").lower().split() if att_m is not None else []
                if att_m is not None and np_words[0] not in _NOT_A_SPEAKER_START and np_words[-1] not in _NOT_A_SPEAKER_START:
                    sub = _Subject(att_m.start("np"), att_m.end("np"), "np")
                    out.append(_Cand(a, b, "direct", None, q.start, sub, si, kind="direct"))
        return out

    # ------------------------------------------------------------------ indirect speech
    def _content_after(self, cue: tuple[int, int, str, str], pe: int) -> tuple[int, int] | None:
        """Where the reported clause after a reporting cue starts and ends."""
        text = self.text
        pos = cue[1]
        word = cue[2]
        tail_end = pe
        # ``told the Guardian that`` / ``said on Twitter afterwards that`` / ``said that``
        window = text[pos:tail_end]
        if word in _TO_VERBS and re.match(r"\s+to\s+\w", window):
            return cue[0], self._clause_end(pos, tail_end)  # "vowed to retaliate"
        if word in ("demanded", "demands", "demand") and not re.match(r"\s+that\b", window) and re.match(r"\s+(?:[\w\u2019'-]+\s+){0,3}?[a-z]", window):
            # "demanded guarantees that it would not withdraw", "demanded an apology": the demand, its object kept
            return cue[0], self._clause_end(pos, tail_end)
        if word in ("claimed", "claims", "claim") and re.match(r"\s+(?:full\s+|sole\s+)?(?:responsibility|credit)\b", window):
            return cue[0], self._clause_end(pos, tail_end)  # "claimed responsibility for the attacks": the claim, its verb kept
        if word in ("countered", "counters", "counter", "rebutted", "refuted", "disputed", "challenged") and _COUNTERED_CLAIM_RE.match(window):
            # "countered suggestions that Iran was seeking a weapon": what others said, answered; the verb is the stance
            return cue[0], self._clause_end(pos, tail_end)
        m_that = None
        for mm in re.finditer(r"\bthat\b", window[:120]):
            between = window[: mm.start()]
            if re.fullmatch(r"\s*(?:quietly|privately|publicly|repeatedly|flatly|bluntly|firmly|later|again|also|simply|only)\s*", between):
                m_that = mm  # "said quietly that ...": an adverb between the verb and its "that"
                break
            if re.search(r"\b(?:after|before|at|during|since|following)\s+$", between, re.IGNORECASE) and re.match(
                    r"\s+[a-z]+\s+that\b", window[mm.end() :]):
                continue  # "told reporters after that meeting that ...": a demonstrative, then the clause's "that"
            # a quoted title between the verb and "that" ('told CBS's "Face the Nation" that') is part of the object
            between = _QUOTED_TITLE_RE.sub("TITLE", between)
            # ("told Mr. Obama that", "told U.S. officials that": an abbreviation's dot ends no sentence)
            between = _ABBREV_DOTS_RE.sub("X", between)
            if re.search(r"[\"\u201c\u201d.;]", between) or re.search(r",\s*" + _PARTICIPLES + r"\s", between):
                break  # a sentence or quotation between; "said on Sunday, adding that ...": the participle's "that"
            if re.search(r",\s*(?:but|while|although|though|yet|whereas)\s+\w+\s+\w", between):
                break  # "said on Monday, but he insisted that ...": the "that" of another clause's verb
            if re.search(r"\b(?:move|step|decision|development|gesture|shift|reversal|escalation|action|measure)\s*$", between):
                break  # "reported, in a move that officials said would ...": a relative clause on the event, not what was said
            words = between.split()
            lead = next((w.strip(",").lower() for w in words if w.strip(",")), "")
            if word in OBJECT_VERBS or word.split()[0] in ("made",) or not words or lead in _PREP_START or _LATER_RE.fullmatch(between) or (
                    between.lstrip().startswith(",") and len(words) <= 3
                    and all(w.strip(",").lower() in _ASIDE_ADVERBS for w in words if w.strip(","))):
                # (", however, that ...", ", on Monday, that ...": an aside set off by commas)
                if len(words) <= 10:
                    m_that = mm
            break
        if m_that is not None:
            start = pos + m_that.end()
            if _THAT_IS_SUBJECT_RE.match(text, start):
                start = pos + m_that.start()  # "said that was worrying": "that" is the clause's subject
        elif (
            word in _TO_VERBS
            and re.match(r"\s+(?:(?:[\w\u2019'.]+\s+){1,4}?(?i:against|not\s+to|to|of|over|about)|(?i:to|against|of|about))\s+\S", window)
            and (window.split(None, 1) or [""])[0].lower() not in _BARE_PREPS  # not "warned during a visit to Oman the ..."
        ):
            # "vowed to retaliate", "warned Washington against any attack": keep the verb
            return cue[0], self._clause_end(pos, tail_end)
        else:
            mc = re.match(r"(?:\s+[\w\u2019'.,]+){0,6}?\s*:\s*", window)
            if mc and mc.end() < len(window) and window[mc.end()] not in "\"'" + _OPEN_DOUBLE + _OPEN_SINGLE:
                # "told reporters: the talks are over" (no quotation marks)
                start = pos + mc.end()
                return start, self._clause_end(start, tail_end)
            mo = _TOLD_OBJ_RE.match(window) if word in ("told", "tells", "tell", "telling", "assured", "assures") else None
            if mo is not None:
                # "told Fox News he was hopeful": the clause after the object, without "that"
                return pos + mo.end(), self._clause_end(pos + mo.end(), tail_end)
            mp = _PRONOUN_CLAUSE_RE.match(window) if word in OBJECT_VERBS else None
            if mp is not None:
                # "warned it could leave the NPT", "assured they would": a clause right after the verb
                return pos + mp.end(), self._clause_end(pos + mp.end(), tail_end)
            if word in OBJECT_VERBS and word not in ("urge", "urges", "urged", "promise", "promises", "promised"):
                off = _clause_after_phrase(window, with_object=True)
                if off is not None:
                    # "told reporters in Tehran the talks had ...", "warned on Monday the talks had ..."
                    return pos + off, self._clause_end(pos + off, tail_end)
            if word in OBJECT_VERBS or word in ("went on", "pointed out") or word in NEED_THAT:
                return None
            start = pos
            # "said Sunday the talks ...", "said on Monday it would ...", "said in a statement it would ...":
            # a time or a statement, then the clause without "that"
            md = _ADVERBIAL_THEN_CLAUSE_RE.match(window)
            if md is not None:
                start = pos + md.end()
                window = text[start:tail_end]
            # skip time/place adverbials: "said on Saturday" then nothing
            w = window.lstrip()
            first = w.split(" ", 1)[0].lower().strip(",") if w else ""
            if first == "only" and _ONLY_OPENS_CLAUSE_RE.match(w):
                first = ""  # "says only a full dismantling is acceptable": "only" is the clause's, and its meaning
            conditional = _CONDITION_OPENS_CLAUSE_RE.match(w) is not None
            if conditional:
                first = ""  # "said once the US returned to the deal, Iran would too": the condition is the clause's
            if first in ("early", "late") and not _EARLY_TIME_RE.match(w):
                first = ""  # "said early assessments showed ...": an adjective of the clause's subject, not "early on Monday"
            if re.match(r"(?i)(?:at|in)\s+(?:least|most|all)\b", w):
                first = ""  # "said at least 12 people had been executed": a number in the clause, not "at a news conference"
            if first in _PREP_START:
                # "said at a news conference the talks had ...": a phrase, then the clause without "that"
                off = _clause_after_phrase(window, with_object=False)
                if off is None:
                    return None
                start += off
        if m_that is None and re.match(r"\s*[,;.:)\u2013\u2014-]", text[start : start + 3]) and not re.match(r"\s*:", text[start : start + 3]):
            return None  # "how Iran would respond, Hegseth said": no reported clause
        while start < tail_end and text[start] in " ,":
            start += 1
        if start >= tail_end:
            return None
        if text[start] == ":":
            return None  # a colon: the direct path handles it
        q = self._quote_at(start)
        if q is not None and q.start == start:
            rest = text[q.end : self.sents[self._sent_of(start)][1]]
            if len(re.findall(r"\w+", rest.split("\u201c")[0].split('"')[0])) < 2:
                return None  # the quotation is the whole clause: a direct statement
            return start, self._clause_end(q.end, tail_end)
        if (m_that is None and re.match(r"(?:why|how|where|when|whether|what|which|who|if)\b", text[start : start + 8], re.IGNORECASE)
                and not _CONDITION_OPENS_CLAUSE_RE.match(text, start)):
            return None  # "did not say when the envoys would meet" (not "said if Iran attacked, the US would respond")
        if m_that is None and re.match(r"so\b(?!\s+(?:far|long|that|badly)\b|\s+(?:much|many)\s+(?!times\b))", text[start : start + 20]):
            return None  # "Iran said so on Monday": the words were reported before
        if (m_that is None and word in ("added", "adds", "add") and _ADDED_OBJECT_RE.match(text, start)
                and not _FINITE_SOON_RE.match(text, start)):
            return None  # "Trump added new sanctions", "added five firms to its blacklist": a thing added, not words
        numbered = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|several)\s"
        if m_that is None and not _FINITE_SOON_RE.match(text, start) and (
                (word in ("confirmed", "confirms", "confirm", "announced", "announces", "announce")
                 and re.match(r"(?:the|a|an|its|his|her|their|new|fresh|further)\s|" + numbered, text[start : start + 8]))
                or (word in ("declared", "declares", "declare") and re.match(numbered, text[start : start + 8]))):
            # "Kanaani confirmed the visit but declined to discuss it", "declared five days of mourning", "announced
            # new sanctions": a thing confirmed or done, no reported clause
            return None
        end = self._clause_end(start, tail_end)
        if _TIME_ONLY_RE.fullmatch(text, start, end):
            return None  # "..., two officials said Tuesday.": a time, no reported clause (the one before is theirs)
        return start, end

    def _clause_end(self, start: int, limit: int) -> int:
        si = self._sent_of(start)
        se = min(self.sents[si][1], limit)
        if self.sent_para[si] == 0:
            # "Trump says Iran deal 'very close', Tehran cautious", "Rouhani hails 'new chapter', says ...": in a
            # headline, a comma after a quotation's closing mark opens another headline clause
            for hq in self.quotes:
                if start < hq.end < se and hq.start >= start and _HEADLINE_NEXT_CLAUSE_RE.match(self.text, hq.end, se):
                    se = hq.end
                    break
        sub_open = _SUBORDINATE_OPEN_RE.match(self.text, self.sents[si][0], start)
        if sub_open is not None:
            # "While Araghchi said Iran was open to talks, his deputy, X, told parliament that ...": the subordinate
            # clause ends at its first comma when the main clause after it has its own subject and verb of saying
            for mc in _MAIN_CLAUSE_AFTER_RE.finditer(self.text, start, se):
                if not _inside(mc.start(), self.qspans):
                    se = mc.start()
                    break
        pos = start
        while True:
            m = _CLAUSE_STOP_RE.search(self.text, pos, se)
            if m is None:
                # "Araghchi said the talks were useful, Tasnim reported.": the source's attribution ends it
                return self._source_cut(pos, se) or se
            q = self._quote_at(m.start())
            if _inside(m.start(), self.qspans) or (q is not None and q.start < m.start()):
                pos = m.end()
                continue
            if m.group(0).strip() in ("-", "\u2013", "\u2014"):
                # 'Iran had "two weeks" \u2014 or less \u2014 to decide': a pair of dashes around an aside
                pair = _DASH_ASIDE_RE.match(self.text, m.end(), se)
                if pair is not None:
                    pos = pair.end()
                    continue
            # "..., state media reported, days after ...": the source's attribution before the stop ends it too
            return self._source_cut(pos, m.start()) or m.start()

    def _source_cut(self, pos: int, end: int) -> int | None:
        """Where a source's attribution at the end of a clause starts (", Tasnim reported"), or None; after a
        quotation's closing mark when the comma is inside it ('as "illegal and inhumane," IRNA reported')."""
        src = _SOURCE_TAIL_RE.search(self.text, pos, end)
        if src is None:
            return None
        cut = src.end("q") if src.group("q") else src.start()
        return None if _inside(cut - 1 if src.group("q") else cut, self.qspans) else cut

    def _indirect(self, direct: list[_Cand]) -> list[_Cand]:
        text = self.text
        out: list[_Cand] = []
        direct_ranges = [(c.start, c.end) for c in direct]
        for si, (ss, se) in enumerate(self.sents):
            cues = self._cues_in(ss, se)
            last_subj: _Subject | None = None
            finite_subj: _Subject | None = None  # the subject of the last finite cue verb
            # "TEHRAN, Jan. 7 - President Khatami of Iran, in an interview, called ...": no subject in the dateline
            dl = DATELINE_RE.match(text, ss, se)
            subj_start = dl.end() if dl is not None else ss
            for cue in cues:
                cs, ce, word, kind = cue
                if cs in self.consumed:
                    continue
                if any(a <= cs < b for a, b in direct_ranges):
                    continue
                if _reports_nothing(text, ss, cue):
                    continue
                if word == "welcome" and re.search(r"(?i)\bgood\s+(?:morning|afternoon|evening)\s*(?:,|and)\s*$", text[ss:cs]):
                    continue  # "Good morning and welcome to National Security Daily": a newsletter's greeting
                if word in ("welcome", "welcomes") and re.match(r"\s+(?:to\s+(?:the|our)\s+(?:program|programme|show|broadcast)|back)\b",
                                                               text[ce : ce + 30]):
                    continue  # "Minister, welcome to the program": a host's greeting
                if word in ("thank", "thanks") and re.match(r"\s+(?:you|so\s+much|very\s+much)\b", text[ce : ce + 14]):
                    continue  # "Congressman, thank you very much": a host's courtesy, no statement
                if re.match(r"\s*(?:But\s+)?[Nn]ot\s+(?:everyone|everybody|all|every)\b", text[subj_start:cs]):
                    continue  # "Not everyone in Tehran welcomes the talks": the narrator's summary of opinion, nobody's words
                if word in ("suggesting", "indicating", "signaling", "signalling", "showing") and re.search(
                        r"\baccording\s+to\s+(?:[\w-]+\s+){0,4}?(?:data|figures|records|estimates|statistics|numbers|survey|poll)\b",
                        text[ss:cs]):
                    continue  # "..., according to tanker-tracking data ..., suggesting enforcement has limits": the narrator's inference
                if word in ("maintain", "maintains", "maintained", "maintaining") and not (
                        re.match(r"\s+that\b", text[ce : ce + 6]) or _CLAUSE_HEAD_RE.match(text, ce + 1)):
                    continue  # "Russia maintains contacts with Tehran", "as long as Washington maintains its sanctions": keeps
                if word in HEADLINE_ONLY and self.sent_para[si] != 0 and not _declines_to_rule_out(text, ss, cue) and not (
                        word in ("write", "writes", "claim", "claims") and re.match(r"\s+that\b", text[ce : ce + 6])):
                    # (but "She writes that ...", a memoir's or a column's words: a clause after "that" is reported)
                    continue  # (but "did not rule out talks" is a statement in the body too)
                if word.lower() in ("press", "presses") and re.match(
                        r"\s+(?:call|conference|briefing|release|statement|secretary|office|availability|gaggle|corps|freedom)\b",
                        text[ce : ce + 16], re.IGNORECASE):
                    continue  # "Background Press Call by ...", "press conference": a noun, not "presses for"
                if self.sent_para[si] == 0 and text[cs].isupper() and _TITLE_NOUN_BEFORE_RE.search(text, max(ss, cs - 30), cs):
                    continue  # a Title Case headline's noun: "In Tehran, a Cautious Welcome for ...", "The Warning"
                if (text[cs].isupper() or word in HEADLINE_ONLY or word in _NOUN_LIKE) and re.search(r"\w['\u2019]s\s+$", text[max(ss, cs - 20) : cs]):
                    continue  # after a possessive it is a noun: "the Envoy's Offer", "Iran's offer" (not "He's said")
                if word in _NOUN_LIKE and self.sent_para[si] != 0:
                    continue
                if (word in HEADLINE_ONLY or word in _NOUN_LIKE) and re.search(
                        r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+$", text[max(ss, cs - 8) : cs]):
                    continue  # "The offer was rejected by Iran": a noun after a determiner, in a first line too
                if (word in _NOUN_LIKE or word in ("offer", "offers", "ban", "bans", "threat")) and any(
                    c[3] == "stance" and c[1] <= cs and re.fullmatch(r"(?:\s+[\w\u2019'.-]+){1,3}\s+", text[c[1] : cs])
                    for c in cues
                    if c[0] < cs
                ):
                    continue  # "Iran rejects US offer, says ...": the object of a stance verb, a noun
                joint = _JOINED_RE.search(text, ss, cs) if word.endswith("ing") else None
                if joint is not None and joint.end() == cs:
                    # "Kerry joined the president in praising the negotiators": both speak; the mention
                    # runs from the first subject through the one joined
                    first = _subject_before(text, ss, joint.start())
                    if first.kind == "np":
                        e = self._clause_end(ce, se)
                        s2, e2 = _trim(text, cs, e, self.qspans)
                        if e2 > s2:
                            sub = _Subject(first.start, joint.start("whom") + len(joint.group("whom")), "np")
                            out.append(_Cand(s2, e2, "indirect", word, cs, sub, si))
                            last_subj = sub
                            continue
                inv = self._inverted(cue, ss, se) if kind == "report" else None
                if inv is not None:
                    # "Iran is ready to talk, said Abbas Araghchi, the foreign minister."
                    sub, (s, e) = inv
                    out.append(_Cand(s, e, "indirect", word, cs, sub, si))
                    last_subj = sub
                    continue
                sub = _subject_before(text, subj_start, cs)
                if text[cs].islower() and self._is_headline(cs) and re.search(r"[\w\u2019'\"\u201d],\s*$", text[max(ss, cs - 4) : cs]):
                    # "Khamenei rejects Trump letter, says talks would ...": a headline's second verb has the first's subject;
                    # "Pompeo lays out 12 demands for Iran, threatens ...": so when the first verb reports nothing
                    if finite_subj is not None:
                        sub = _Subject(finite_subj.start, finite_subj.end, "coord")
                    else:
                        first = _sentence_subject(text, ss, cs)
                        if first.kind == "np" and re.match(r"\s+[a-z]", text[first.end : first.end + 2]):
                            sub = first
                if sub.kind == "np" and word.endswith("ing") and _ISSUED_DOC_RE.search(text, ss, cs):
                    # "The leader's office issued a statement saying ...": who issued it, not "a statement"
                    first = _sentence_subject(text, subj_start, cs)
                    if first.kind == "np" and first.start < sub.start:
                        sub = first
                label = None
                if sub.kind == "coord":
                    label = _LABELLED_BY_RE.search(text, max(ss, cs - 80), cs) if word.split()[0].endswith("ing") else None
                    if label is not None:
                        # "..., a claim the US military disputed, saying the aircraft was in international airspace":
                        # who disputed the claim says it
                        sub = _Subject(label.start("who"), label.end("who"), "np")
                    elif word.split()[0].endswith("ing") and finite_subj is not None and self._semicolon(finite_subj.end, cs) is None:
                        # "Khamenei dismissed a letter from Trump calling for talks, saying ...": the participle's
                        # subject is the finite verb's, not that of a participle inside its object
                        sub = finite_subj
                    elif last_subj is not None and self._semicolon(last_subj.end, cs) is None:
                        sub = last_subj
                    else:
                        sub = self._subject_for(ss, cs)
                if sub.kind in ("none", "coord"):
                    continue
                poll = _POLL_RE.match(text, subj_start)
                if poll is not None and sub.start >= poll.end():
                    continue  # "Polls show most Iranians blame ...": a survey's finding, nobody's statement
                if sub.start > ss and re.search(r"\bwhat\s*$", text[max(ss, sub.start - 8) : sub.start], re.IGNORECASE):
                    continue  # "what it calls the 'axis of resistance'": a label, not a statement
                if sub.kind == "np" and re.match(rf"(?:a|an)\s+{_LABEL_NOUNS}\s", text[sub.start : sub.end], re.IGNORECASE):
                    continue  # "..., a claim Iranian officials denied": the label of another's statement
                if label is None and re.search(rf"(?:^|,\s+)(?:a|an)\s+{_LABEL_NOUNS}\s+$", text[max(ss, sub.start - 30) : sub.start], re.IGNORECASE):
                    continue  # "..., a charge it denies": the same, with a pronoun
                if sub.kind == "np" and text[sub.start : sub.end].lower() in _PLATFORMS and re.search(r"\bon\s+$", text[max(ss, sub.start - 4) : sub.start]):
                    continue  # "A post on X said": a platform does not speak
                if sub.kind == "np" and _ABSTRACT_RE.fullmatch(text[sub.start : sub.end]) and not (
                        re.match(r",\s+(?:the|a|an)\s", text[sub.end : sub.end + 6])
                        or re.search(rf"\b[A-Z][a-z]+[ \t]+{re.escape(text[sub.start : sub.end])}\b", text)):
                    continue  # "Tensions threatened to derail the talks": an abstract noun does not speak (but "Kevin
                    # Hermening ... Hermening, the youngest of the hostages, said": a surname)
                relative = bool(
                    (sub.start > ss and re.search(r"\b(?:which|that|whom)\s*$", text[max(ss, sub.start - 7) : sub.start]))
                    or re.search(r",\s*(?:who|which)\s+(?:[a-z]+ly\s+|also\s+|has\s+|have\s+|had\s+|long\s+|often\s+|once\s+|never\s+|always\s+|already\s+|since\s+|previously\s+|repeatedly\s+)*$", text[max(ss, cs - 40) : cs])
                )
                source_tail = sub.kind == "np" and _OUTLET_NP_RE.fullmatch(text, sub.start, sub.end) is not None and any(
                    c.sent == si and c.end <= sub.start and not text[c.end : sub.start].strip(" ,\"'\u201d\u2019") for c in out)
                if not source_tail and not any(c.sent == si and c.start <= cs < c.end for c in out):
                    # (a verb inside what was said is not the one a later participle goes on from: "X said
                    # Washington hoped for calm, adding that ..." is X's; nor an outlet's after it: "X said ...,
                    # IRNA reported, adding that ...")
                    last_subj = sub
                    if not word.split()[0].endswith("ing") and sub.kind in ("np", "pronoun"):
                        finite_subj = sub  # ("calling for" is a participle too)
                if kind == "report" and word in _VOW_WORDS and _VOW_OBJECT_RE.match(text, ce, se):
                    # "Tehran vows revenge", "Khamenei vowed a crushing response": a vow of a thing is a
                    # stance, its object part of the span (it gave nothing)
                    kind = "stance"
                if kind == "report":
                    span = self._content_after(cue, se)
                    if span is None:
                        span = self._clause_before(cue, sub, ss, se, out)
                        if span is None:
                            continue
                    s, e = span
                    if re.search(r",\s*who\s+(?:[\w\u2019'-]+\s+){1,3}$", text[ss:cs]):
                        # "George Shultz, who officials said had opposed the shipments, told reporters ...": what the
                        # officials said ends with the aside (the sentence's own verb is Shultz's)
                        comma = text.find(",", s, e)
                        if comma > s:
                            e = comma
                else:
                    s = cs
                    neg = _NEGATION_BEFORE_RE.search(text, max(ss, cs - 24), cs)
                    if neg:
                        s = neg.start()  # "do not dismiss the possibility": the negation is part of it
                    e = self._clause_end(ce, se)
                    e = self._attribution_inside(ce, e, ss) or e  # "rejected the plan, an official said"
                    but = _BUT_ADDED_RE.search(text, ce, e)
                    if but is not None:
                        # "thanked the team, but added that ...": a stance verb's object ends there, and
                        # what was added is a statement of its own (a reported clause goes on: see above)
                        e = but.start()
                if relative:
                    # "the decision, which critics have described as reckless, is ...": the relative clause only
                    cm = re.search(r",|\s[\u2013\u2014]\s", text[s:e])
                    if cm:
                        e = s + cm.start()
                        q_in = self._quote_at(e)
                        if q_in is not None and q_in.start >= s and q_in.end <= e + 2:
                            e = q_in.end  # 'who has called the deal "horrible," said': the closing mark is the quotation's
                    # a stance verb needs an object
                    if len(text[ce:e].split()) < 1:
                        continue
                s, e = _trim(text, s, e, self.qspans)
                if e <= s:
                    continue
                if len(text[s:e].split()) < max(self.cfg.min_words, 2 if kind == "report" else 1):
                    continue
                out.append(_Cand(s, e, "indirect", word, cs, sub, si))
        # "Israel Hayom reported that Foreign Minister Araghchi had told a delegation that ...": the minister's statement,
        # found at his own verb; the outlet is its source
        out = [c for c in out if not (c.cue in ("reported", "reports") and c.subj.kind == "np"
                                      and any(o is not c and o.subj.kind == "np" and o.subj.start == c.start and o.end <= c.end for o in out))]
        # "according to X, CLAUSE." and "CLAUSE, according to X."
        out.extend(self._according(direct + out))
        out.extend(self._passive_by(direct + out))
        out.extend(self._in_words(direct + out))
        return out

    def _attribution_inside(self, start: int, end: int, ss: int) -> int | None:
        """The comma before an attribution that closes ``[start, end)`` (", a senior official said"),
        which a stance verb's object does not run past; None if there is none."""
        for c in self._cues_in(start, end):
            if c[3] != "report" or _reports_nothing(self.text, ss, c):
                continue
            sub = _subject_before(self.text, ss, c[0])
            head = self.text[start : sub.start].rstrip()
            if sub.kind in ("np", "pronoun") and sub.start > start and head.endswith(","):
                return start + len(head) - 1
        return None

    def _clause_before(self, cue: tuple[int, int, str, str], sub: _Subject, ss: int, se: int,
                       found: Sequence[_Cand] = ()) -> tuple[int, int] | None:
        """``Talks will resume on Monday, a spokesman said.``: the clause before the attribution.

        ``found``: the statements found so far; one whose verb lies in that clause makes the
        attribution a source's ("Tehran has vowed to retaliate, IRNA reported")."""
        text = self.text
        if sub.kind not in ("np", "pronoun") or cue[2] not in (
            "said", "says", "say", "added", "told", "wrote", "reported", "stated", "noted", "warned", "insisted", "confirmed",
            "explained", "vowed", "pledged", "promised", "declared", "stressed", "argued", "cautioned", "predicted",
            "acknowledged", "admitted", "asserted", "maintained", "countered", "replied", "responded", "conceded", "claimed",
            "announced", "tweeted", "posted", "asked", "pointed out",
        ):
            return None
        if cue[2] == "asked" and not _QUESTION_OPEN_RE.match(text, ss):
            return None  # "Why should we talk to them, he asked": only a question is what was asked
        head = text[ss : sub.start].rstrip()
        mt = _TITLE_APPOSITIVE_END_RE.search(head)
        if mt is not None and sub.kind == "np" and mt.group("head").lower() in _ROLE_HEADS:
            # "Iran is ready for talks, the deputy foreign minister, Kazem Gharibabadi, said.": the title
            # before the name is the attribution's, not the clause's
            head = head[: mt.start() + 1]
        # 'The strike was "a terrorist act," Zarif said.': a clause that ends in a quotation, the
        # comma inside its closing mark (a mixed statement, the marks included)
        closing = self._quote_at(ss + len(head) - 1) if re.search(r",[\"\u201d]$", head) else None
        bullet = _BULLET_RE.match(text, ss)
        if closing is not None and not (closing.end == ss + len(head) and closing.start > (bullet.end() if bullet else ss)):
            closing = None  # (a quotation alone after a list's bullet, '• "...," Araghchi said.', is a direct one)
        if not head.endswith(",") and closing is None:
            return None
        tail = text[cue[1] : se].strip().rstrip(".")
        obj = r"(?:[\w.\u2019']+\s*){0,4}" if cue[2] in ("told", "asked") else ""
        end_q = None
        mq = re.match(r"\s*,\s*", text[cue[1] : se])
        if mq:
            q = self._quote_at(cue[1] + mq.end())
            if q is not None and q.start == cue[1] + mq.end() and q.end >= se - 2:
                end_q = q  # 'Talks were possible, he said, "but not under threats."': one statement
        adjunct = obj + (r"(?:(?:on|in|at|to|late|last|this|during|after|before|from|(?i:monday|tuesday|wednesday|thursday|friday|"
                         r"saturday|sunday|today|yesterday|tonight|earlier|later))\b[^,:\"\u201c]*)?")
        # "The deal can be saved, Araghchi said, but only if sanctions go first.": a condition or a
        # modal after "but" goes on with the same reported clause (as a split quotation does, CODEBOOK 1),
        # and decides the stance (CODEBOOK 3); "..., but Washington has not replied" is narration
        cond = re.match(adjunct + r"\s*,\s*(?:but\s+(?:only\s+)?(?:if|when|once|unless|not|would|will|could|can|should|must|might|may)|"
                        r"(?:only\s+)?if|unless|provided|as\s+long\s+as)\b", tail)
        if cond is None:
            # "No, Araghchi said, Iran would not negotiate.": the clause goes on after the attribution;
            # "The strike, Zarif said, was a terrorist act.": so does its verb after a subject before it
            mt = re.match(adjunct + r"\s*,\s*", tail)
            if mt is not None and mt.end() < len(tail) and (
                _CLAUSE_HEAD_RE.match(tail, mt.end())
                or (_VERB_HEAD_RE.match(tail, mt.end()) and _SUBJECT_ONLY_RE.fullmatch(text, ss, ss + len(head) - 1)
                    and (head.split() or [""])[0].lower() not in _PREP_START)
            ):
                cond = mt
        if end_q is None and tail and not (
            re.fullmatch(adjunct, tail)
            or cond
            # "The talks were useful, Araghchi added, but more work was needed.": the clause before
            or re.match(adjunct + r"\s*,\s*(?:but|and|although|though|while|as|amid|after|before|when|even|with|days|hours|weeks|in\s+(?:the|a|an|what))\s", tail)
            # "..., spokesman Esmaeil Baghaei said on Monday, ahead of a fifth round of talks.": when, the narrator's
            or re.match(adjunct + r"\s*,\s*(?:ahead\s+of|following|despite|during|at\s+(?:the|a|an)|on\s+the\s+(?:eve|sidelines)|"
                        r"(?:just|shortly|minutes|moments|(?:a|one|two|three|four|five|\d+)\s+(?:days?|weeks?|hours?)|the\s+day)\s+"
                        r"(?:after|before))\s", tail)
            # "..., Araghchi said, calling the demands unrealistic.": a participle clause of its own after it
            # (any participle: "..., Rouhani said, rebuffing Macron's call for talks")
            or re.match(adjunct + r"\s*,\s*(?:" + _PARTICIPLES + r"|[a-z]{3,}ing)\s", tail)
            # "..., Baghaei said; that issue is closed.": a semicolon ends the attribution
            or re.match(adjunct + r"\s*;\s", tail)
            # "..., three officials told Reuters, speaking on condition of anonymity": how the source spoke
            or re.match(adjunct + r"\s*,\s*(?:speaking|requesting|asking|on\s+condition|according\s+to|who\s+(?:spoke|asked|requested|declined)|"
                        r"without\s+(?:giving|providing|elaborating|offering|naming|identifying|specifying|saying|explaining|citing|detailing|"
                        r"disclosing|revealing)|citing|declining|giving\s+no)\b", tail)
        ):
            return None
        s = ss
        dm = DATELINE_RE.match(text, ss, sub.start)
        if dm:
            s = dm.end()
        s = _after_section_label(text, s)
        if bullet is not None and bullet.start() == s:
            s = bullet.end()  # "• The strike was ..., Zarif said.": a list item's bullet
        mt = _TRANSITION_RE.match(text, s)
        if mt is not None:
            s = mt.end()  # "Separately, the navy seized a tanker, state media reported.": the narrator's word
        e = ss + len(head) - (0 if closing is not None else 1)
        first = (text[s:e].split() or [""])[0].lower().strip(",")
        # three words are a clause ("Talks are possible, Araghchi said") unless they open with a
        # preposition or a participle ("After the meeting, ...")
        short_ok = end_q is not None or (first not in _PREP_START and not first.endswith(("ing", "ed")))
        if (_inside(e, self.qspans) and closing is None) or len(text[s:e].split()) < (1 if cond is not None else 3 if short_ok else 4):
            return None
        if _OPENER_RE.match(text, s):
            return None  # 'Asked whether sanctions could be eased, Trump said, "We'll see."': the question is no statement
        if end_q is not None and not any(s <= q.start < e for q in self.quotes):
            return s, end_q.end
        # (a quotation inside the clause is part of it: 'If Iran made "major changes," Pompeo said, the
        # United States was prepared to ...'; one that opens it is a split quotation's first half)
        if cond is not None and not any(s <= q.start < cue[0] and not text[s : q.start].strip() for q in self.quotes):
            return _trim(text, s, len(text[:se].rstrip().rstrip(".")), self.qspans)
        if any(s <= q.start < e for q in self.quotes) and any(c <= e for c in self.consumed if c >= s):
            return None  # '"...," Bolton told reporters, Reuters reported.': a source, not a new statement
        if any(q.start <= s and e <= q.end for q in self.quotes):
            return None
        if (sub.kind == "np" and _OUTLET_VERB_RE.fullmatch(cue[2])
                and (cue[2] == "reported" or _OUTLET_NP_RE.fullmatch(text, sub.start, sub.end)
                     or re.fullmatch(r"(?:his|her|their)\s+office", text[sub.start : sub.end]))
                and any(s <= c.cue_start < e for c in found)):
            # "Tehran has vowed to retaliate, IRNA reported.": Tehran's statement; the outlet is its source
            # (but in "Iran would respond to any attack, Baghaei said." and "The offer was not enough,
            # Araghchi said." no verb in the clause made a statement, and only the one after it speaks)
            return None
        return s, e

    def _inverted(self, cue: tuple[int, int, str, str], ss: int, se: int) -> tuple[_Subject, tuple[int, int]] | None:
        """``CLAUSE, said NAME[, appositive].``: the speaker after the verb, the clause before the comma."""
        text = self.text
        cs, ce, word, _ = cue
        if word not in ("said", "says", "added", "adds", "wrote", "writes", "stated", "noted", "warned", "insisted", "explained"):
            return None
        head = text[ss:cs].rstrip()
        if not re.search(r",[\"\u201d\u2019']?$", head):
            return None
        toks = _tokens(text, ce, se)
        j = _np_run(toks)
        # (a title may come without its article: "Iran ready for talks, says foreign minister")
        bare_title = j > 0 and toks[j - 1].low in _ROLE_HEADS
        if j == 0 or not (_is_cap(toks[0]) or toks[0].low in ("the", "a", "an") or bare_title):
            return None
        span = _np_back(toks, j - 1)
        if span is None or span[0] != 0:
            return None
        after = text[toks[span[1]].end : se]
        if not re.match(r"\s*(?:[,.;]|$|(?:on|in|at|during|late|last|this|after|amid|following|ahead|before|as)\b)", after):
            return None
        if re.match(r"\s*(?:(?:on|last|this|late|early)\s+\w+\s+)?(?:that|not\s+to)\b", after):
            return None  # "X, Y's adviser, warned Iran on Monday that ...": a verb with its object, not "..., said Y"
        if re.match(r"(?:(?!\b(?:that|which|who|whose)\b)[^,.;:\"\u201c])*\b(?:was|were|is|are|had|has|have|would|will|could|can|must|should)\b",
                    after):
            return None  # "X, Capt. Y, said American forces in the region were ...": the clause said, not "..., said Z"
        s = ss
        dm = DATELINE_RE.match(text, ss, cs)
        if dm:
            s = dm.end()
        s = _after_section_label(text, s)
        e = ss + len(head) - 1  # the comma
        if text[e] != ",":
            e = ss + len(head)  # '... its "bullying," said': the comma sits inside the closing mark, kept with it
        if len(text[s:e].split()) < 4 or any(q.start <= s and e <= q.end + 1 for q in self.quotes):
            return None  # a quotation alone is the direct path's
        s, e = _trim(text, s, e, self.qspans)
        if e <= s:
            return None
        return _Subject(toks[span[0]].start, toks[span[1]].end, "np"), (s, e)

    # "Iran has been accused by the United States of plotting attacks": the agent after "by" speaks
    _PASSIVE_BY_RE = re.compile(
        r"\b(?:has|have|had)\s+(?:also\s+|long\s+|\w+ly\s+)?been\s+|\b(?:was|were|is|are)\s+(?:also\s+|\w+ly\s+)?"
    )
    _PASSIVE_VERB_RE = re.compile(
        r"(?P<verb>accused|criticized|criticised|condemned|warned|urged|praised|blamed|threatened)\s+by\s+"
        r"(?P<who>(?:the\s+)?[A-Z][\w.\u2019'-]*(?:\s+(?:[A-Z][\w.\u2019'-]*|of|and))*?)\s+"
        r"(?P<link>of|for|over|to|that|not\s+to|against)\s+\S"
    )
    # "The deal was welcomed by Russia and China.": the subject is the verb's object, so the sentence is the span
    _PASSIVE_WHOLE_RE = re.compile(
        r"(?P<verb>welcomed|hailed|praised|condemned|criticized|criticised|rejected|dismissed|denounced|endorsed|opposed)\s+"
        r"by\s+(?P<who>(?:the\s+)?[A-Z][\w.\u2019'-]*(?:\s+(?:[A-Z][\w.\u2019'-]*|of|and))*)\s*[.;]"
    )

    def _passive_by(self, have: list[_Cand]) -> list[_Cand]:
        """``X has been accused by Y of Z``: Y's accusation, the verb and its object the span."""
        text = self.text
        out: list[_Cand] = []
        for m in self._PASSIVE_BY_RE.finditer(text):
            v = self._PASSIVE_VERB_RE.match(text, m.end()) or self._PASSIVE_WHOLE_RE.match(text, m.end())
            if v is None or self._quote_at(m.start()) is not None:
                continue
            si = self._sent_of(m.start())
            ss, se = self.sents[si]
            s = v.start("verb")
            if any(c.start <= s < c.end for c in have):
                continue
            if v.re is self._PASSIVE_WHOLE_RE:
                dm = DATELINE_RE.match(text, ss, s)
                s = _after_section_label(text, dm.end() if dm else ss)
                e = v.end("who")
            else:
                e = self._clause_end(v.end("link"), se)
            s2, e2 = _trim(text, s, e, self.qspans)
            if e2 - s2 < 10:
                continue
            mode = "mixed" if any(s2 <= q.start and q.end <= e2 for q in self.quotes) else "indirect"
            sub = _Subject(v.start("who"), v.end("who"), "np")
            out.append(_Cand(s2, e2, mode, v.group("verb"), s, sub, si))
        return out

    _ACC_RE = re.compile(r"\b[Aa]ccording to\s+")

    def _according(self, have: list[_Cand]) -> list[_Cand]:
        text = self.text
        out: list[_Cand] = []
        busy = {c.sent for c in have}
        for m in self._ACC_RE.finditer(text):
            si = self._sent_of(m.start())
            if si in busy or self._quote_at(m.start()) is not None:
                continue
            ss, se = self.sents[si]
            toks = _tokens(text, m.end(), se)
            whole = self._according_phrase(toks) if (m.start() - ss) < 4 else None
            comma = -1
            if whole is not None:
                sub, comma = whole  # "According to Iran's semi-official Tasnim news agency, ...": the phrase up to the comma
            else:
                j = _np_run(toks)
                span = _np_back(toks, j - 1) if j else None
                doc = _DOC_SOURCE_RE.match(text, m.end(), se)
                if doc is not None and re.match(r"\s+(?:from|by|issued|released|posted)\b", text[doc.end() : doc.end() + 10]):
                    doc = None  # "according to a statement from his office": its author speaks
                if span is None or doc is not None:
                    if doc is None or (m.start() - ss) < 4:
                        continue
                    # "The two sides agreed to continue the talks, according to a joint statement.": the clause's own
                    # subject speaks, the document is the source; the statement is what follows that subject
                    lead_s = ss
                    dm = DATELINE_RE.match(text, ss, m.start())
                    if dm:
                        lead_s = dm.end()
                    own = _sentence_subject(text, lead_s, m.start())
                    if own.kind != "np":
                        continue
                    s, e = _trim(text, own.end, m.start(), self.qspans)
                    if e - s >= 10 and not any(s <= c < e for c in self.consumed) and not _MADE_REMARKS_RE.search(text, s, e):
                        mode = "mixed" if any(s <= q.start and q.end <= e for q in self.quotes) else "indirect"
                        out.append(_Cand(s, e, mode, "according to", m.start(), own, si))
                    continue
                sub = _Subject(toks[span[0]].start, toks[span[1]].end, "np")
                c = next((i for i in range(span[1] + 1, len(toks)) if toks[i].text in (",", ".", ";")), len(toks))
                source = _source_np(toks, c - 1) if span[1] + 1 < c else None
                if source is not None and source.start == sub.start:
                    sub = source  # "according to people familiar with the matter"
            after = comma if comma >= 0 else sub.end
            if text[after : after + 1] == "," and (m.start() - ss) < 4:
                s, e = _trim(text, after + 1, self._clause_end(after + 1, se), self.qspans)
            else:
                # clause before ", according to X"
                lead_s = ss
                dm = DATELINE_RE.match(text, ss, m.start())
                if dm:
                    lead_s = dm.end()
                lead_s = _after_section_label(text, lead_s)  # ("TRUMP PULLS BACK: President Trump approved ..., according to")
                s, e = _trim(text, lead_s, m.start(), self.qspans)
            if e - s < 10:
                continue
            if any(s <= c < e for c in self.consumed):
                continue  # '"...?" Khamenei said in a speech, according to his website': a quotation's attribution and its source
            if _MADE_REMARKS_RE.search(text, s, e):
                continue  # "X made the comments during a meeting, according to his office": when words were said, not words
            mode = "mixed" if any(s <= q.start and q.end <= e for q in self.quotes) else "indirect"
            out.append(_Cand(s, e, mode, "according to", m.start(), sub, si))
        return out

    @staticmethod
    def _according_phrase(toks: list[_Tok]) -> tuple[_Subject, int] | None:
        """An opening "According to ..." phrase of words alone up to its comma, with a name in it: who, and the comma."""
        c0 = next((i for i in range(min(len(toks), 22)) if toks[i].text in (",", ".", ";", ":")), None)
        if not c0 or toks[c0].text != ",":
            return None
        phrase = toks[:c0]
        if not all(t.low.replace("-", "").replace("'s", "").replace("\u2019s", "").isalpha() for t in phrase):
            return None
        rel = next((i for i, t in enumerate(phrase) if t.low in ("who", "which", "that")), None)
        if c0 >= 14 and (rel is None or rel >= 8):
            return None  # a long phrase only with a relative clause ("... a European diplomat who asked not to be named because ...")
        if rel is not None:
            phrase = phrase[:rel]  # "According to a senior Iranian official who spoke to Reuters, ...": the official
        if not phrase or not any(_is_cap(t) and t.low not in _FUNCTION_CAPS for t in phrase) and not (
                len(phrase) >= 2 and phrase[0].low in _SOURCE_COUNTS and phrase[1].low in ("person", "people", "persons", "source", "sources")):
            return None  # (but "According to one person briefed on the talks, ...": a source described, no name in it)
        c1 = next((i for i in range(c0 + 1, min(len(toks), c0 + 22)) if toks[i].text in (",", ".", ";", ":")), None)
        if c1 is not None and toks[c1].text == "," and c1 > c0 + 1 and rel is None:
            seg = toks[c0 + 1 : c1]
            # ("According to X, a former adviser to Y who spoke to the Etemad newspaper, ...": a relative clause ends the
            # description)
            seg = seg[: next((i for i, t in enumerate(seg) if t.low in ("who", "which") and i > 0), len(seg))]
            if len(seg) > 8:
                return _Subject(phrase[0].start, phrase[-1].end, "np"), toks[c0].start
            if phrase[-1].low in _ROLE_HEADS and len(seg) <= 5 and all(_is_cap(t) and t.low not in _FUNCTION_CAPS for t in seg):
                # "According to Iran's central bank governor, Abdolnaser Hemmati, ...": the name after the title
                return _Subject(seg[0].start, seg[-1].end, "np"), toks[c1].start
            if all(_is_cap(t) for t in phrase) and any(t.low in _ROLE_HEADS for t in seg) and all(
                    t.low.replace("'s", "").replace("\u2019s", "").replace("-", "").isalpha() and t.low not in _CLAUSE_BREAK_WORDS
                    and not _VERB_HEAD_RE.fullmatch(t.low) for t in seg):
                # "According to Abdolnaser Hemmati, Iran's central bank governor, ...": the title goes with the name
                return _Subject(phrase[0].start, phrase[-1].end, "np"), toks[c1].start
        return _Subject(phrase[0].start, phrase[-1].end, "np"), toks[c0].start

    _IN_WORDS_RE = re.compile(
        r"\b(?:In\s+(?:(?P<who>[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,3})['\u2019]s\s+(?:own\s+)?words"
        r"|the\s+words\s+of\s+(?P<who2>[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,3}))"
        # "As Vaez puts it, ...", "As Araghchi said on Monday, ..."
        r"|As\s+(?P<who3>[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,3})\s+(?:puts\s+it|put\s+it|said|says|has\s+said|noted|notes)"
        r"(?:\s+on\s+[A-Z][a-z]+)?),\s+"
    )

    def _in_words(self, have: list[_Cand]) -> list[_Cand]:
        """``In Araghchi's words, the talks were "a test of goodwill."`` / ``As Vaez puts it, ...``: the
        clause after the comma."""
        text = self.text
        out: list[_Cand] = []
        busy = {c.sent for c in have}
        for m in self._IN_WORDS_RE.finditer(text):
            si = self._sent_of(m.start())
            ss, se = self.sents[si]
            if si in busy or m.start() - ss > 3 or self._quote_at(m.start()) is not None:
                continue
            g = next(k for k in ("who", "who2", "who3") if m.group(k))
            s, e = _trim(text, m.end(), self._clause_end(m.end(), se), self.qspans)
            if len(text[s:e].split()) < 3:
                continue
            mode = "mixed" if any(s <= q.start and q.end <= e for q in self.quotes) else "indirect"
            out.append(_Cand(s, e, mode, "in the words of", m.start(g), _Subject(m.start(g), m.end(g), "np"), si))
        return out

    # ------------------------------------------------------------------ headlines
    # "'We will respond': Iran warns US": a quotation, a colon, then who says it
    _HEAD_QUOTE_COLON_RE = re.compile(
        r"^(?P<what>[\"'\u2018\u201c][^:]{3,120}?[\"'\u2019\u201d])\s*:\s+(?P<who>[A-Z][\w\u2019'.-]*(?:\s+[A-Z][\w\u2019'.-]*){0,2})"
        r"\s+(?:says|warns|tells|vows|insists|declares|writes|tweets)\b"
    )
    # "US 'ready to talk' to Iran: envoy", "No deal without guarantees: Araghchi": who says it after a final colon
    _HEAD_COLON_WHO_RE = re.compile(
        r"^(?P<what>\S.{8,160}?)\s*:\s+(?P<who>(?:[A-Z][\w\u2019'.-]*(?:\s+[A-Z][\w\u2019'.-]*){0,2})|"
        r"(?:(?:top|senior|US|U\.S\.|Iranian|Iran|American)\s+)?(?:envoy|official|officials|minister|spokesman|spokeswoman|"
        r"diplomat|diplomats|negotiator|commander|general|adviser|aide|lawmaker|senator|president|leader))\s*$"
    )
    # "'The President wants a deal, but not at any price': Steve Witkoff on the Iran talks": a quotation, who said it, the topic
    _HEAD_QUOTE_WHO_ON_RE = re.compile(
        r"^(?P<what>[\"'\u2018\u201c][^:]{3,160}?[\"'\u2019\u201d])\s*:\s+(?P<who>[A-Z][\w\u2019'.-]+(?:\s+[A-Z][\w\u2019'.-]+){1,2})"
        r"\s+on\s+\S.{2,60}$"
    )
    # ("Iran talks: The Latest", "Trump's Iran strategy: A Timeline": no speaker after the colon)
    _NOT_A_SPEAKER_START: frozenset[str] = frozenset("the a an what why how live full key in our my your".split())
    # The last word of a label that says what the page is ("House of Commons debate: Iran", "Podcast transcript: ...")
    _EVENT_NOUNS: frozenset[str] = frozenset(
        "debate debates hearing hearings transcript briefing speech session meeting episode testimony readout daily playbook weekly "
        "roundup digest newsletter podcast".split()
    )
    _HEAD_COLON_RE = re.compile(r"^([A-Z][\w\u2019'.\- ]{1,40}?(?:,\s+[\w.]+(?:\s+\d{1,2})?(?:,\s+\d{4})?)?):\s+(\S.*)$")

    def _headline_lines(self) -> list[tuple[int, int]]:
        """Short lines that are headlines: the first line, and each live-blog entry's line after its time
        stamp (``12:15 GMT - Witkoff: 'We will not allow enrichment'``, or the stamp on a line of its own
        before it); offsets without the stamp."""
        if self._headline_cache is not None:
            return self._headline_cache
        out: list[tuple[int, int]] = []
        for i, (ps, pe) in enumerate(self.paras):
            if i > 0:
                if self.text[ps:pe].rstrip().endswith("."):
                    continue
                if _LIVE_STAMP_LINE_RE.fullmatch(self.text, *self.paras[i - 1]) is None:
                    m = _LIVE_STAMP_RE.match(self.text, ps, pe)
                    if m is None:
                        continue
                    ps = m.end()
            if pe - ps <= 160:
                out.append((ps, pe))
        self._headline_cache = out
        return out

    def _headline(self, have: list[_Cand]) -> list[_Cand]:
        """``Rafsanjani: end to sanctions would mark 'giant step'`` in a headline line."""
        out: list[_Cand] = []
        for ps, pe in self._headline_lines():
            c = self._headline_in(ps, pe, have)
            if c is not None:
                out.append(c)
            semi = self.text.find(";", ps, pe)
            if semi > ps and not _inside(semi, self.qspans):
                # "IDF says it struck launchers overnight; Huckabee: US 'not at war'": a second headline after the semicolon
                s2 = semi + 1
                while s2 < pe and self.text[s2] == " ":
                    s2 += 1
                c2 = self._headline_in(s2, pe, have + out)
                if c2 is not None and c2.start >= s2:
                    out.append(c2)
        return out

    def _headline_in(self, ps: int, pe: int, have: list[_Cand]) -> _Cand | None:
        text = self.text
        if any(ps <= c.start < pe for c in have):
            # "Zarif: US 'addicted to sanctions'; Pompeo vows more pressure": the part before the semicolon
            semi = text.find(";", ps, pe)
            if semi < 0 or any(ps <= c.start < semi for c in have):
                return None
            pe = semi
        line = text[ps:pe]
        back = self._HEAD_QUOTE_COLON_RE.match(line) or self._HEAD_COLON_WHO_RE.match(line) or self._HEAD_QUOTE_WHO_ON_RE.match(line)
        words = back.group("who").lower().split() if back is not None else []
        if back is not None and back.group("what").split()[-1].lower() in self._EVENT_NOUNS:
            back = None  # "House of Commons debate: Iran", "Senate hearing: Iran": what the page is, then its topic
        if back is not None and words[0] not in self._NOT_A_SPEAKER_START and not any(
                w in self._SITE_WORDS or w in _SECTION_LABELS or w.rstrip("s") in _SECTION_LABELS for w in words):
            # "'We will respond': Iran warns US" and "US 'ready to talk' to Iran: envoy": who speaks comes after the colon
            s, e = _trim(text, ps + back.start("what"), ps + back.end("what"), self.qspans)
            q0 = self._quote_at(s)
            if q0 is not None and q0.start == s and q0.end >= e:
                s, e, mode = *q0.inner, "direct"
            else:
                mode = "mixed" if any(s <= q.start < e for q in self.quotes) else "indirect"
            if e > s:
                who = _Subject(ps + back.start("who"), ps + back.end("who"), "np")
                return _Cand(s, e, mode, ":", ps + back.start("who"), who, self._sent_of(ps), kind="headline")
        m = self._HEAD_COLON_RE.match(line)
        if m and (
            m.group(1).strip().lower() in _SECTION_LABELS
            # ("Podcast transcript: ...", "Senate hearing: ...": a label of what the page is)
            or m.group(1).split()[-1].lower() in self._EVENT_NOUNS
            or re.match(r"(?:why|how|what|when|where|who|which|is|are|can|will|should|does|do)\b", m.group(2), re.IGNORECASE)
        ):
            m = None  # "Opinion: Why diplomacy matters" is a section label, not a speaker
        if not m:
            return self._headline_dash(ps, pe)
        name = m.group(1)
        dated = _LABEL_DATE_RE.search(name)
        if dated is not None:
            name = name[: dated.start()]  # "- Khamenei, March 8: ...": who, then when
        toks = _tokens(text, ps, ps + len(name))
        # ("Iran's envoy to UN: ...": "to" after a role that takes it)
        if not (toks and all(_is_cap(t) or t.low in _NP_WORDS or (t.low == "to" and i > 0 and toks[i - 1].low in _ROLE_TO)
                             for i, t in enumerate(toks)) and len(toks) <= 5):
            return None
        s, e = _trim(text, ps + m.start(2), pe, self.qspans)
        if e <= s:
            return None
        mode = "mixed" if any(s <= q.start < e for q in self.quotes) else "indirect"
        q0 = self._quote_at(s)
        if q0 is not None and q0.start == s and q0.end >= e:
            s, e = q0.inner  # the whole headline text is one quotation
            mode = "direct"
        return _Cand(s, e, mode, ":", ps + len(name), _Subject(ps, ps + len(name.rstrip()), "np"), self._sent_of(ps), kind="headline")

    # "Iran 'ready to talk' - Zarif": quoted words, a dash, then who said them (not "- BBC News", the site)
    _HEAD_DASH_RE = re.compile(r"^(?P<what>.*[\"'\u2018\u2019\u201c\u201d].*?)\s+[-\u2013\u2014]\s+"
                               r"(?P<who>[A-Z][\w\u2019'.-]+(?:\s+[A-Z][\w\u2019'.-]+){0,2})\s*$")
    _SITE_WORDS: frozenset[str] = frozenset(
        "bbc news reuters ap afp cnn guardian times post journal online live telegraph independent herald tribune "
        "jazeera monitor wire agency press tv radio daily weekly magazine media network report".split()
    )

    def _headline_dash(self, ps: int, pe: int) -> _Cand | None:
        text = self.text
        m = self._HEAD_DASH_RE.match(text, ps, pe)
        if m is None:
            return None
        who = m.group("who")
        if any(w.lower().strip(".") in self._SITE_WORDS or w.lower() in _SECTION_LABELS for w in who.split()):
            return None
        s, e = _trim(text, m.start("what"), m.end("what"), self.qspans)
        if e <= s:
            return None
        q0 = self._quote_at(s)
        if q0 is not None and q0.start == s and q0.end >= e:
            s, e, mode = *q0.inner, "direct"
        else:
            mode = "mixed" if any(s <= q.start < e for q in self.quotes) else "indirect"
        return _Cand(s, e, mode, "-", m.start("who"), _Subject(m.start("who"), m.end("who"), "np"), self._sent_of(ps),
                     kind="headline")

    # ------------------------------------------------------------------ assemble
    def _finish(self, cands: list[_Cand]) -> list[Statement]:
        text = self.text
        for c in cands:
            while c.start < c.end and text[c.start] in "\u00a0\u202f\u2009":
                c.start += 1  # (French marks pad their quotation with no-break spaces: "«\u00a0...\u00a0»")
            while c.end > c.start and text[c.end - 1] in "\u00a0\u202f\u2009":
                c.end -= 1
        cands.sort(key=lambda c: (c.start, -(c.end - c.start)))
        kept: list[_Cand] = []
        for c in cands:
            if c.end <= c.start or self._in_skip(c.start, c.end) or self._in_skip(c.cue_start, c.cue_start + 1):
                continue
            if len(text[c.start : c.end].split()) < self.cfg.min_words:
                continue
            if c.kind == "indirect" and c.subj.kind == "pronoun" and text[c.subj.start : c.subj.end].lower() in ("i", "we") \
                    and not _inside(c.subj.start, self.qspans):
                continue  # "We reject that choice." outside quotation marks: the writer's own voice (an op-ed), not reported speech
            if c.mode == "indirect" and c.cue is not None and _bare_cue(text[c.start : c.end], c.cue):
                # "..., Tehran denies", "..., Tehran denies it": a stance verb with nothing after it (or a denial of
                # "it", what someone else said) says nothing of its own
                continue
            if not self.cfg.headlines and self._is_headline(c.start):
                continue
            if any(a <= c.start < b for a, b in self.questions) and not (
                    c.kind != "direct" and c.subj.kind == "np" and c.cue is not None and c.cue not in ("asked", "ask", "asks")
                    and re.search(r"\b(?:said|says|told|warned|wrote|announced|called|insisted)\b", text[c.cue_start : c.cue_start + 12])):
                # "INTERVIEWER: ... thank you for joining us": the interviewer's words are no statements (but the official a
                # reporter's question reports, "Foreign Minister X said this morning that ...", speaks)
                continue
            if c.kind != "direct" and any(a <= c.cue_start < b for a, b in self.asked):
                continue  # a cue inside "Asked about a report that X said ...,": what the reporter asked
            # drop a candidate nested in one already kept (a quote inside a mixed clause)
            clash = False
            for k in kept[-6:]:
                if k.start <= c.start and c.end <= k.end:
                    clash = True
                    break
                if c.start < k.end and k.start < c.end:
                    ov = min(c.end, k.end) - max(c.start, k.start)
                    if ov >= 0.5 * min(c.end - c.start, k.end - k.start):
                        clash = True
                        break
            if clash:
                continue
            kept.append(c)
        out = []
        for c in kept:
            mode = c.mode
            if mode == "indirect" and any(c.start <= q.start and q.end <= c.end + 1 for q in self.quotes):
                mode = "mixed"
            mention = None
            if c.subj.kind in ("np", "pronoun") and c.subj.end > c.subj.start:
                ss, se = self.sents[c.sent]
                quoted = _quoting_source(text, ss, se) if c.subj.start > ss else None
                if quoted is not None and c.subj.start > quoted.end:
                    c.subj = quoted
                mention = Mention(text[c.subj.start : c.subj.end], c.subj.start, c.subj.end)
            out.append(Statement.from_span(text, c.start, c.end, mode=mode, cue=c.cue, mention=mention))
        out.sort(key=lambda s: (s.start, s.end))
        return out
