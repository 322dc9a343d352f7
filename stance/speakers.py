"""Resolve who said each statement: canonical name and side (codebook section 2).

``resolve_speakers`` reads the ``mention`` that extraction found for each statement
(``Mr. Khamenei``, ``he``, ``the supreme leader``, ``Tehran``) and gives the statement

- a **canonical speaker**: the fullest common form from the actor table
  (``stance/data/actors.yaml``, extendable with ``speakers.actors``); for a person the table
  does not know, the fullest name the article itself uses for them (``Cotton`` ->
  ``Tom Cotton``); states as ``Iran``/``United States``, offices under their own names;
- a **side**: ``iran``, ``us`` or ``other``.

Pronouns look back (at most ``speakers.pronoun_window`` sentences) for the last person named
as a subject; title-only mentions (``the supreme leader``, ``Iran's top diplomat``,
``the former president``) look for a person the article introduced with that title, then for
the office holder in the actor table at the article's date.

Example:
    In ``"We will have no negotiations with the US," Mr. Khamenei said.`` the mention
    ``Mr. Khamenei`` resolves to ``Ali Khamenei`` (side ``iran``).
"""

from __future__ import annotations

import datetime
import functools
import json
import logging
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from stance.config import SpeakersConfig
from stance.errors import ConfigError, DataError
from stance.extract import _PEOPLE_NOUNS, DATELINE_RE, NAME_PARTICLES, TITLE_ABBREVIATIONS, _sentence_subject
from stance.records import Article, Statement

logger = logging.getLogger(__name__)

__all__ = ["Actor", "ActorTable", "load_actors", "resolve_speakers"]

# --------------------------------------------------------------------------- vocabulary
# Title words (lower case) that precede a name and are not part of it.
TITLE_WORDS: frozenset[str] = frozenset(
    """
    mr mrs ms miss dr prof professor president vice prime minister foreign defense defence
    interior secretary supreme leader grand ayatollah ayatullah hojatoleslam hojjatoleslam hojatolislam
    hojjatolislam hujjatulislam imam sheikh sen senator rep
    representative gen general lt lieutenant col colonel maj major brig brigadier adm admiral
    gov governor ambassador envoy commander speaker chairman chairwoman spokesman spokeswoman
    spokesperson adviser advisor national security chief deputy special former first king
    prince crown emir sultan judge justice state of the iranian american israeli british french
    german russian chinese european saudi u.s us iran's america's israel's top senior
    director press cia fbi white house ministry foreign-ministry arkansas republican democratic
    democrat secretary-general director-general nato u.n un eu iaea opec
    lawmaker legislator mp official cleric diplomat negotiator capt captain cmdr cdr sgt sergeant
    attorney assistant prosecutor defender public federal councilmember councilman councilwoman council city mayor solicitor
    """.split()
)
_HONORIFIC_ONLY: frozenset[str] = frozenset("mr mrs ms miss dr prof".split())
# Title phrases that name the same office.
TITLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "top diplomat": ("foreign minister", "secretary of state"),
    "chief diplomat": ("foreign minister", "secretary of state"),
    "foreign minister": ("foreign minister", "secretary of state"),
    "secretary of state": ("secretary of state",),
    "prayer leader": ("prayer leader", "friday prayer leader"),
    "foreign secretary": ("foreign secretary",),  # Britain's: "The foreign secretary, Jeremy Hunt, ... said the foreign secretary"
    "secretary": ("secretary of state", "defense secretary", "secretary of defense"),
    "supreme leader": ("supreme leader",),
    "leader": ("supreme leader",),
    "ayatollah": ("supreme leader",),
    "president": ("president",),
    "vice president": ("vice president",),
    "former president": ("president",),
    "general": ("general", "commander", "irgc commander"),
    "commander": ("commander", "irgc commander", "general"),
    "envoy": ("envoy", "ambassador", "special envoy"),
    "ambassador": ("ambassador", "envoy"),
    "speaker": ("speaker", "parliament speaker"),
    "former speaker": ("speaker", "parliament speaker"),
    "spokesman": ("spokesman", "foreign ministry spokesman", "white house spokesman", "state department spokesman",
                  "pentagon spokesman", "government spokesman", "white house press secretary",
                  "national security council spokesman", "atomic energy organization spokesman"),
    "spokeswoman": ("spokeswoman", "state department spokeswoman", "government spokeswoman", "white house press secretary"),
    # "spokesperson": either office-holder's title
    "spokesperson": ("spokesman", "spokeswoman", "foreign ministry spokesman", "foreign ministry spokeswoman",
                     "white house spokesman", "state department spokesman", "state department spokeswoman",
                     "pentagon spokesman", "government spokesman", "government spokeswoman", "white house press secretary",
                     "national security council spokesman", "atomic energy organization spokesman"),
    "foreign ministry spokesperson": ("foreign ministry spokesman", "foreign ministry spokeswoman"),
    "state department spokesperson": ("state department spokesman", "state department spokeswoman"),
    "government spokesperson": ("government spokesman", "government spokeswoman"),
    "press secretary": ("white house press secretary",),
    "defense secretary": ("defense secretary", "secretary of defense"),
    "treasury secretary": ("treasury secretary",),
    "secretary of treasury": ("treasury secretary",),
    "secretary of defense": ("defense secretary", "secretary of defense"),
    "secretary of defence": ("defense secretary", "secretary of defense"),
    "national security adviser": ("national security adviser",),
    "prime minister": ("prime minister",),
    "senator": ("senator",),
    "house speaker": ("house speaker",),
    "speaker of house": ("house speaker",),  # "the speaker of the House" ("the" is dropped first)
    "majority leader": ("senate majority leader",),
    "minority leader": ("senate minority leader",),
    "judiciary chief": ("judiciary chief",),
    "foreign policy chief": ("eu foreign policy chief",),
    "high representative": ("eu foreign policy chief",),
    "iaea chief": ("director general of the iaea",),
    "iaea head": ("director general of the iaea",),
    "head of iaea": ("director general of the iaea",),
    "iaea director general": ("director general of the iaea",),
    "director general of iaea": ("director general of the iaea",),
    "un nuclear watchdog chief": ("director general of the iaea",),
    "head of un nuclear watchdog": ("director general of the iaea",),
    "secretary of supreme national security council": ("secretary of the supreme national security council",),
    "supreme national security council secretary": ("secretary of the supreme national security council",),
    "snsc secretary": ("secretary of the supreme national security council",),
    "secretary of snsc": ("secretary of the supreme national security council",),
    "foreign ministry spokeswoman": ("foreign ministry spokeswoman",),
    "head of atomic energy organization": ("head of the atomic energy organization",),
    "atomic energy organization head": ("head of the atomic energy organization",),
    "atomic energy organization chief": ("head of the atomic energy organization",),
    "nuclear chief": ("head of the atomic energy organization",),
    "nuclear negotiator": ("chief nuclear negotiator", "nuclear negotiator"),
}
_COUNTRY_WORDS: dict[str, str] = {
    "iran": "iran", "iranian": "iran", "iran's": "iran", "tehran": "iran", "tehran's": "iran",
    "us": "us", "u.s": "us", "u.s.": "us", "american": "us", "america": "us", "america's": "us", "washington": "us",
    "united states": "us",
    "israel": "israel", "israeli": "israel", "israel's": "israel",
}
_US_HINTS = re.compile(
    r"(?:\bU\.S\.|\bSen\.(?=\s)|\bRep\.(?=\s)|\b[RD]-[A-Z][a-z]+\b|\b(?:US|Americans?|America|Washington|Pentagon|White House|State Department|Republicans?|Democrat(?:ic|s)?|"
    r"[Ss]enators?|Congress(?:man|woman)?|lawmakers in Washington|CENTCOM|Central Command|Senate|House of Representatives|Treasury|[Aa]dministration officials?|"
    r"[Mm]ajority [Ll]eader|[Mm]inority [Ll]eader|House [Ss]peaker|Speaker of the House|(?<!Supreme )National Security Council|"
    r"CIA|FBI|Joint Chiefs|Fifth Fleet|5th Fleet|(?:Director|Office) of National Intelligence|Defense Department|Department of (?:Defense|State|the Treasury)|"
    r"Homeland Security|Capitol Hill|Secretary of (?:State(?!\s+for\b)|Defense|War|the Treasury)|(?:Defense|War|Treasury) Secretary|"
    r"Attorney General|Justice Department|Department of Justice|[Ff]ederal (?:prosecutors?|judges?|agents?|investigators?|officials?|court)|"
    r"[Aa]ssistant U\.?S\.? [Aa]ttorney)\b)"
)
_IRAN_HINTS = re.compile(
    r"\b(?:[Rr]eformists?|[Pp]rinciplists?|Ho[j]{1,2}at[-\s]?[ou]l[-\s]?[EeIi]slam|[Ff]riday\s+prayer\s+leader|Iran(?:ians?|'s|\u2019s)?|Tehran|Teheran|Qom|Qum|Mashhad|Isfahan|Tabriz|Shiraz|Islamic Republic|IRGC|Majlis|Guards|Quds Force|Basij|"
    r"Kayhan|IRNA|Tasnim|Fars news|Pars\s+(?:[Nn]ews|Today)|Press TV|IRIB|ISNA|Mehr news|Sepah News|Nour News|Tehran Times|Al-Alam|Mizan|Jomhuri Eslami|Resalat|Ettelaat|Hamshahri|Etemad|Shargh|Vatan-e Emrooz|"
    # (Iran's own bodies, named without the country: "Guardian Council spokesman X", "Expediency Council")
    r"Guardian(?:s)? Council|Expediency (?:Discernment )?Council|Assembly of Experts|Supreme National Security Council|SNSC|"
    r"Atomic Energy Organi[sz]ation|AEOI)\b"
)
# A unit under a state's forces: its commander is not the commander of the Revolutionary Guards.
_UNIT_RE = re.compile(
    r"(?i)\b(?:Quds\s+Force|army|navy|naval\s+forces?|air\s+force|aerospace\s+force|ground\s+forces?|police|Basij|"
    r"Central\s+Command|CENTCOM|division|brigade|fleet|militia|base)\b"
)
_OTHER_HINTS = re.compile(
    r"\b(?:specialist|analyst|expert|scholar|professor|researcher|fellow|think tank|European|EU|Israeli|British|French|"
    r"German|Russian|Chinese|Saudi|Qatar|Oman|Omani|UN|United Nations|IAEA|Middle Eastern|newspaper|Times|Post|"
    r"Journal|Reuters|Guardian|CNN|BBC|Daily|Britain|China|Russia|France|Germany|Israel|Turkey|Iraq|Egypt|Europe|"
    r"Qatari|Emirati|Turkish|Iraqi|Egyptian|Hamas|Hezbollah|Hizbollah|Houthis?|Taliban|Islamic Jihad)\b"
)
# "an aide to X", "a close ally of X", "the deputy to X", "a spokesman for X": X does not speak.
_SUBORDINATE_RE = re.compile(
    r"\b(?P<role>advis[eo]rs?|aides?|assistants?|all(?:y|ies)|confidants?|deput(?:y|ies)|spokes(?:man|woman|person)|friends|associates|relatives|colleagues)"
    r"\s+(?:to|of|for)\s+(?P<whom>\S.*)$",
    re.IGNORECASE,
)
_PRONOUN_NUMBER = {"he": "m", "she": "f", "him": "m", "her": "f", "they": "pl", "it": "it", "we": "pl", "i": "sg"}
_GROUP_HEADS: frozenset[str] = frozenset(
    """
    officials diplomats lawmakers senators leaders analysts experts critics hardliners reformists
    media negotiators commanders people some others hosts countries government ministry military
    administration agency council media outlets guards corps office state
    """.split()
)


# --------------------------------------------------------------------------- actor table
# When something happened, as a span of fractional years: a date is a point, a year the whole year.
When = tuple[float, float]


def _when(value: Any, *, end: bool = False) -> float | None:
    """A role's ``from``/``to`` (a year, or a date ``YYYY-MM-DD``) as a fractional year.

    A bare year covers the whole year: as ``from`` it starts on 1 January, as ``to`` it ends on
    31 December.
    """
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value) + (0.9999 if end else 0.0)
    if isinstance(value, (datetime.date, str)):
        m = re.fullmatch(r"(\d{4})(?:-(\d{2})-(\d{2}))?", str(value).strip())
        if m:
            if m.group(2) is None:
                return float(m.group(1)) + (0.9999 if end else 0.0)
            d = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            return d.year + (d.timetuple().tm_yday - 1) / 366.0
    raise ValueError(f"not a year or a YYYY-MM-DD date: {value!r}")


def _span(when: int | float | When | None) -> When | None:
    if when is None:
        return None
    if isinstance(when, tuple):
        return when
    if isinstance(when, int):
        return (float(when), when + 0.9999)
    return (float(when), float(when))


# a reaction list's label for Iran or the United States opening a paragraph
_REACTION_LABEL_SIDE_RE = re.compile(
    r"[ \t]*(?:[-*\u2022][ \t]+)?(?:(?P<iran>Iran|Tehran|The\s+Islamic\s+Republic)|(?P<us>(?:The\s+)?United\s+States|U\.S\.|US|America|Washington))"
    r"[ \t]*:[ \t]"
)
# the person whom someone else's role is about ("who advises Ayatollah Ali Khamenei", "an aide to President Trump"):
# named as the principal of another speaker, not as one of "both men"
_PRINCIPAL_BEFORE_RE = re.compile(
    r"(?:\b(?:who|which)\s+(?:advises|advised|serves|served|works|worked|reports|reported)(?:\s+(?:as|for|to|under))?|"
    r"\b(?:advis[eo]r|aide|spokes(?:man|woman|person)|deputy|assistant|envoy|emissary|confidant)s?\s+(?:to|for|of))"
    r"(?:\s+[\w.'\u2019-]+){0,3}?\s+$"
)


@dataclass(frozen=True, slots=True)
class Role:
    """An office an actor held: ``title`` in ``country`` from ``start`` to ``end`` (fractional years:
    ``2021.0`` is 1 January 2021; a role read as ``to: 2021`` ends at ``2021.9999``)."""

    title: str
    country: str
    start: float | None = None
    end: float | None = None

    def active(self, when: int | float | When | None) -> bool:
        """Held at some time in ``when`` (a year, a fractional year, or a span of them)."""
        span = _span(when)
        if span is None:
            return True
        lo, hi = span
        return (self.start is None or self.start <= hi) and (self.end is None or lo <= self.end)


@dataclass(frozen=True, slots=True)
class Actor:
    """One speaker the table knows: canonical name, side, aliases and offices."""

    name: str
    side: str
    kind: str = "person"  # person | institution | state
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    gender: str | None = None


def _norm(s: str) -> str:
    """Lower case, straight apostrophes, ``U.S.`` -> ``us``, no punctuation but apostrophes/hyphens."""
    s = unicodedata.normalize("NFKC", s).lower().replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"\bu\.\s?s\.?(?=\W|$)", "us", s)
    s = re.sub(r"\bu\.\s?n\.?(?=\W|$)", "un", s)
    s = re.sub(r"[^\w\s'\-]", " ", s)
    return " ".join(s.split())


def _strip_accents(s: str) -> str:
    if s.isascii():
        return s
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=65536)
def _key(name: str) -> str:
    """Look-up key of a name: accents stripped, then :func:`_norm`."""
    return _norm(_strip_accents(name))


# '"...," he replied' after "asked Araghchi whether ...": the one asked
_REPLY_CUES: frozenset[str] = frozenset("replied replies answered answers responded responds retorted".split())
_ASKED_RE = re.compile(r"\basked\s+((?:[A-Z][\w.\u2019'-]*\s+){0,3}[A-Z][\w\u2019'-]*)\b")
# "the senior diplomat", "the veteran politician": an epithet for someone named before
_EPITHET_RE = re.compile(
    r"the (?:(?P<nation>iranian|american|u\.s\.|us|israeli|british|french|german|russian|chinese|omani|qatari|saudi) )?"
    r"(?:(?:senior|veteran|seasoned|career|hard-?line|reformist|conservative|moderate|influential|outspoken|top) )?"
    # ("the 58-year-old cleric": an age is an epithet's modifier too)
    r"(?:\d{2}-year-old )?(?:diplomat|official|cleric|politician|negotiator|lawmaker|commander|general|statesman|leader|"
    r"chief executive|top diplomat|chief diplomat)"
    # ("The American said ..., the Iranian said ...": a nationality alone, after both were named)
    r"|the (?P<alone>iranian|american)"
)
# "the agency", "the ministry": an institution named before
# a newspaper's name: what "the paper" can stand for
_OUTLET_RE = re.compile(
    r"(?i)\b(?:times|post|journal|daily|newspaper|gazette|tribune|herald|guardian|telegraph|kayhan|keyhan|ettelaat|"
    r"resalat|shargh|etemad|hamshahri|javan|jomhuri)\b"
)
_THE_BODY_RE = re.compile(r"the (agency|ministry|department|watchdog|council|organi[sz]ation|commission|command|mission|embassy|delegation)")
# "the official", "the diplomat": the one an earlier statement described ("a senior Iranian official")
_THE_ROLE_RE = re.compile(
    r"the (official|diplomat|source|spokesman|spokeswoman|spokesperson|commander|lawmaker|senator|envoy|negotiator|"
    r"adviser|advisor|aide|analyst|expert|cleric|officer|officials|diplomats|sources|people)"
)
# What a report says of an outlet before its name: "the official IRNA news agency", "Iran's semi-official Tasnim".
_OUTLET_ADJ_RE = re.compile(
    r"^(?:the\s+)?(?:iran's\s+|iranian\s+)?(?:official|semi-?official|state-?run|state-?owned|state|hard-?line|"
    r"conservative|reformist|influential)\s+(?=\w+\s+(?:news\s+agency|agency|newspaper|daily|news|tv|television)$|\w+$)"
)


@dataclass
class ActorTable:
    """Look-ups over the actors: by alias, by fuzzy surname, by office."""

    actors: list[Actor]
    by_alias: dict[str, Actor] = field(default_factory=dict)
    by_surname: dict[str, list[Actor]] = field(default_factory=dict)
    _fuzzy_cache: dict[str, Actor | None] = field(default_factory=dict, repr=False)
    _by_sound: dict[str, Actor] = field(default_factory=dict, repr=False)
    institution_re: re.Pattern[str] | None = field(default=None, repr=False)
    """Any capitalised name or alias of an institution in the table (``IAEA``, ``the Pentagon``)."""

    def __post_init__(self) -> None:
        self.by_alias.clear()
        self.by_surname.clear()
        names = sorted(
            {re.sub(r"^the\s+", "", n) for a in self.actors if a.kind == "institution" for n in (a.name, *a.aliases)
             if any(c.isupper() for c in n)},
            key=len, reverse=True,
        )
        self.institution_re = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b") if names else None
        for a in self.actors:
            keys = [a.name, *a.aliases]
            if a.kind == "person":
                keys.append(a.name.split()[-1])
            for k in keys:
                nk = _norm(_strip_accents(k))
                if nk.startswith("the "):
                    self.by_alias.setdefault(nk[4:], a)
                self.by_alias.setdefault(nk, a)
            if a.kind == "person":
                for k in [a.name, *a.aliases]:
                    last = _norm(_strip_accents(k)).split()[-1] if k.strip() else ""
                    if last:
                        lst = self.by_surname.setdefault(last, [])
                        if a not in lst:
                            lst.append(a)

    def lookup(self, name: str, year: int | None = None) -> Actor | None:
        """Exact alias match (case- and punctuation-insensitive).

        A bare surname that several actors share (``Clinton``, ``Rice``) goes to the one in
        office in ``year`` when that is known.
        """
        n = _key(name)
        a = self.by_alias.get(n)
        if a is None and n.startswith("the "):
            a = self.by_alias.get(n[4:])
        if a is None:
            bare = _OUTLET_ADJ_RE.sub("", n)
            if bare != n:
                # "the official IRNA news agency", "Iran's semi-official Tasnim news agency": the outlet
                a = self.by_alias.get(bare)
        if a is not None and year is not None and a.kind == "person" and " " not in n:
            shared = self.by_surname.get(n, [])
            if len(shared) > 1 and not any(r.active(year) for r in a.roles):
                active = [x for x in shared if any(r.active(year) for r in x.roles)]
                if active:
                    a = active[0]
        return a

    def fuzzy(self, name: str) -> Actor | None:
        """Match a misspelt surname or full name (``Khamanei``) within a small edit distance."""
        if name in self._fuzzy_cache:
            return self._fuzzy_cache[name]
        hit = self._fuzzy(name)
        self._fuzzy_cache[name] = hit
        return hit

    def _fuzzy(self, name: str) -> Actor | None:
        n = _key(name)
        if not self._by_sound:
            for key, actor in self.by_alias.items():
                if actor.kind == "person":
                    self._by_sound.setdefault(_sound(key), actor)
        hit = self._by_sound.get(_sound(n)) if len(n) >= 6 else None  # not "Ghani" for "Qaani"
        if hit is not None:
            return hit  # "Baqaei" / "Baghaei", "Qalibaf" / "Ghalibaf": one Persian name, two spellings
        if len(n) < 7:
            return None
        best: tuple[int, Actor] | None = None
        for key, actor in self.by_alias.items():
            same_start = key[:1] == n[:1] or {key[:1], n[:1]} <= set("aeiou")  # "Esmaeil" / "Ismail"
            if actor.kind != "person" or abs(len(key) - len(n)) > 2 or not same_start:
                continue
            d = _edit_distance(key, n, 2)
            limit = 1 if len(n) < 10 else 2
            if d <= limit and (best is None or d < best[0]):
                best = (d, actor)
        return best[1] if best else None

    def by_office(self, titles: Sequence[str], country: str | None, when: int | float | When | None) -> list[Actor]:
        """People who held one of ``titles`` (in ``country``) at ``when``, the latest to take office first
        (in a year with a handover, the successor held it for most of it)."""
        out: list[tuple[float, Actor]] = []
        for a in self.actors:
            starts = [r.start if r.start is not None else float("-inf")
                      for r in a.roles if r.title in titles and (country is None or r.country == country) and r.active(when)]
            if starts:
                out.append((max(starts), a))
        return [a for _, a in sorted(out, key=lambda x: -x[0])]


def _sound(key: str) -> str:
    """A spelling-blind key for transliterated Persian and Arabic names: gh/q, ou/u, ee/i, y/i, doubled letters."""
    k = key.replace("gh", "q").replace("kh", "x").replace("ou", "u").replace("oo", "u").replace("ee", "i").replace("y", "i")
    return re.sub(r"(\w)\1+", r"\1", k)


def _edit_distance(a: str, b: str, cap: int) -> int:
    """Levenshtein distance, giving up (returning ``cap + 1``) once it exceeds ``cap``."""
    if a == b:
        return 0
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        lo = i
        for j, cb in enumerate(b, 1):
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            cur.append(v)
            lo = min(lo, v)
        if lo > cap:
            return cap + 1
        prev = cur
    return prev[-1]


def _parse_actors(data: Any, origin: str) -> list[Actor]:
    if not isinstance(data, dict):
        raise ConfigError(f"{origin}: expected a mapping with people/institutions/states, got {type(data).__name__}")
    unknown = set(data) - {"people", "institutions", "states"}
    if unknown:
        raise ConfigError(f"{origin}: unknown sections {sorted(unknown)}; valid are ['institutions', 'people', 'states']")
    out: list[Actor] = []
    for section, kind in (("people", "person"), ("institutions", "institution"), ("states", "state")):
        for i, e in enumerate(data.get(section) or []):
            where = f"{origin}: {section}[{i}]"
            if not isinstance(e, dict) or not isinstance(e.get("name"), str) or not e["name"].strip():
                raise ConfigError(f"{where}: expected a mapping with a non-empty 'name'")
            side = e.get("side", "other")
            if side not in ("iran", "us", "other"):
                raise ConfigError(f"{where}.side: {side!r} is not one of ['iran', 'other', 'us']")
            roles = []
            for r in e.get("roles") or []:
                if not isinstance(r, dict) or "title" not in r:
                    raise ConfigError(f"{where}.roles: each role needs a 'title'")
                try:
                    start, end = _when(r.get("from")), _when(r.get("to"), end=True)
                except ValueError as exc:
                    raise ConfigError(f"{where}.roles: {exc}") from None
                roles.append(Role(str(r["title"]).lower(), str(r.get("country") or side).lower(), start, end))
            out.append(
                Actor(
                    name=e["name"].strip(),
                    side=side,
                    kind=kind,
                    aliases=tuple(str(a) for a in e.get("aliases") or ()),
                    roles=tuple(roles),
                    gender=e.get("gender"),
                )
            )
    return out


def _read_file(path: str) -> Any:
    p = Path(path)
    try:
        raw = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"speakers.actors: cannot read {p} ({getattr(exc, 'strerror', None) or exc})") from None
    if p.suffix.lower() == ".json":
        try:
            return json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"speakers.actors: {p} is not valid JSON ({exc.msg} at line {exc.lineno})") from None
    import yaml

    try:
        return yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        raise ConfigError(f"speakers.actors: {p} is not valid YAML ({getattr(exc, 'problem', exc)})") from None


@functools.lru_cache(maxsize=8)
def load_actors(extra_path: str | None = None) -> ActorTable:
    """Load the packaged actor table, plus the user's file when given (cached).

    Args:
        extra_path: A YAML or JSON file in the same layout as ``stance/data/actors.yaml``;
            its entries replace built-in ones with the same name and add new ones.

    Returns:
        The actor table.

    Raises:
        ConfigError: the user file cannot be read or does not follow the layout.
    """
    import yaml

    raw = resources.files("stance").joinpath("data/actors.yaml").read_text(encoding="utf-8")
    actors = _parse_actors(yaml.safe_load(raw), "stance/data/actors.yaml")
    if extra_path:
        extra = _parse_actors(_read_file(extra_path), extra_path)
        names = {a.name for a in extra}
        actors = extra + [a for a in actors if a.name not in names]
        logger.info("loaded %d extra actors from %s", len(extra), extra_path)
    return ActorTable(actors)


# --------------------------------------------------------------------------- article entities
# ("H.R. McMaster": initials without a space are one token; not "U.S.", "U.N.", "U.K.")
_NAME_TOKEN = r"(?:(?!U\.[SNK]\.)(?:[A-Z]\.){2,3}(?=[ \t]+[A-Z])|(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Lt|Col|Maj|Brig|Adm|Gov|Jr|Sr|St|Prof|Capt|Sgt|[A-Z])\.|[A-Z][\w\u2019'\-]*\b)"
# a nickname in quotation marks inside a name: Gen. Michael "Erik" Kurilla
_NICKNAME_WORD = r"[\"\u201c][A-Z][\w\-]*[\"\u201d]"
_NICKNAME = _NICKNAME_WORD + r"(?=[ \t]+[A-Z])"
_NICKNAME_WORD_RE = re.compile(_NICKNAME_WORD)
_NAME_RUN_RE = re.compile(
    r"\b" + _NAME_TOKEN + r"(?:[ \t]+(?:" + _NAME_TOKEN + r"|(?:al-[A-Z]\w+|bin|ibn|de|van|von|der|den|al)\b|" + _NICKNAME + r"))*"
)


_PEOPLE_RE = re.compile(
    r"Iranians|Americans|Israelis|Europeans|Arabs|Iraqis|Saudis|Russians|Britons|Omanis|Qataris|Turks|Lebanese|Syrians|"
    r"Palestinians|Kurds|Afghans|Pakistanis|Emiratis|Egyptians|Jordanians|Germans|Canadians"
)




_GENERATION_RE = re.compile(r"(?:Jr|Sr|II|III|IV|2d|3d|2nd|3rd)\.?,?")


def _name_part(words: list[str]) -> list[str]:
    """The name at the end of a mention, without leading titles: ``Iranian President Hassan Rouhani`` -> 2 words."""
    if words and _PEOPLE_RE.fullmatch(words[-1].rstrip(".,")):
        return []  # "Many Iranians": a people, not a person's name
    if len(words) >= 3 and _GENERATION_RE.fullmatch(words[-1]):
        words = words[:-1]  # "William J. Crowe Jr.", "Hodding Carter 3d": the name without its generation ("Crowe said")
        words[-1] = words[-1].rstrip(",")
    out: list[str] = []
    for w in reversed(words):
        lw = w.lower().rstrip(".,").replace("\u2019", "'")
        base = lw[:-2] if lw.endswith("'s") else lw
        particle = base in NAME_PARTICLES or bool(re.fullmatch(r"(?:al|el|ad|as|ash)-\w+", base))
        if base in TITLE_WORDS or not w[:1].isupper() and not particle:
            break
        if lw.endswith("'s") and out:
            break  # "Iran's Araghchi": a possessive is not part of the name
        out.append(w)
    out.reverse()
    while out and (out[0].lower() in NAME_PARTICLES or out[0].lower() in _LEAD_CAPS or out[0] in ("HE", "H.E.", "HH", "HRH")):
        out.pop(0)  # (and a Gulf outlet's "HE Sheikh ...": His Excellency)
    return out


# Capitalised words that open a sentence but never start a name ("In Geneva, Robert Wood said").
_LEAD_CAPS: frozenset[str] = frozenset(
    """
    in on at but and the a an when after before while meanwhile however also yet so then earlier later
    last this that these those within over under during since as if though although because for from
    with without by of to it its his her their there here what why how where who which instead now
    speaking addressing reacting asked pressed according quoting citing is are was were would can could
    does do did has have had should shall might must said says added both neither either
    """.split()
)


@dataclass(slots=True)
class _Entity:
    """A speaker the article names: where, what it resolved to, and how it was introduced."""

    pos: int
    name: str
    side: str
    kind: str  # person | group | institution | state
    gender: str | None
    titles: frozenset[str]
    subject: bool = False


_ENVOY_TO_RE = re.compile(
    r"\b(?:envoy|envoys|ambassador|ambassadors|representative|representatives|mission|negotiator|negotiators|talks|policy)"
    r"\s+(?:for|to|on|with|toward|towards)\s+(?:the\s+)?(?:iran|tehran|us|united states|america|washington)\b"
)


# "the country's top diplomat", "the nation's president": the country the sentence is about
_THE_COUNTRYS_RE = re.compile(r"(?i)the\s+(?:country|nation)['\u2019]s\b")
# a state named in running text (Tehran and Washington stand for theirs)
_COUNTRY_NAME_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iran", re.compile(r"\b(?:Iran|Tehran|Islamic Republic)\b")),
    ("us", re.compile(r"\b(?:United States|U\.S\.|US|America|Washington)\b(?![\w.])")),
    ("israel", re.compile(r"\b(?:Israel)\b")),
    ("oman", re.compile(r"\bOman\b")), ("qatar", re.compile(r"\bQatar\b")), ("britain", re.compile(r"\b(?:Britain|UK)\b")),
    ("france", re.compile(r"\bFrance\b")), ("germany", re.compile(r"\bGermany\b")), ("russia", re.compile(r"\bRussia\b")),
    ("china", re.compile(r"\bChina\b")), ("saudi", re.compile(r"\bSaudi\s+Arabia\b")), ("turkey", re.compile(r"\bTurkey\b")),
)


def _country_of(words: str) -> str | None:
    # "the US special envoy for Iran", "Iran's ambassador to the US": the country served, not the one dealt with
    low = _ENVOY_TO_RE.sub(lambda m: " " + m.group(0).split()[0] + " ", _norm(words))
    for k in ("iranian", "iran's", "iran", "tehran"):
        if re.search(rf"(?<![\w']){re.escape(k)}(?![\w])", low):
            return "iran"
    for k in ("us", "american", "america's", "america", "united states", "washington", "state department", "white house",
              "pentagon"):
        if re.search(rf"(?<![\w']){re.escape(k)}(?![\w])", low):
            return "us"
    for k in ("israeli", "israel's", "israel"):
        if re.search(rf"(?<![\w']){re.escape(k)}(?![\w])", low):
            return "israel"
    return None


_GUARDS_CHIEF_RE = re.compile(
    r" (?:irgc|guards?) (?:chief|commander|head) | (?:chief|commander|head) of (?:the )?(?:irgc|(?:islamic )?"
    r"revolution(?:ary)? guards?(?: corps)?) "
)


@functools.lru_cache(maxsize=16384)
def _title_keys(words: str) -> frozenset[str]:
    """Title phrases present in some words (``Iran's top diplomat`` -> {'top diplomat'})."""
    low = " " + _norm(words).replace("-", " ") + " "
    low = re.sub(r" (?:iranian|iran's|iran|us|american|america's|israeli|israel's|the|a|an) ", " ", low)
    low = re.sub(r" (?:iranian|iran's|iran|us|american|america's|israeli|israel's|the|a|an) ", " ", low)
    keys = set()
    for t in TITLE_SYNONYMS:
        if f" {t} " in low:
            keys.add(t)
    for t in ("foreign ministry spokesman", "white house spokesman", "state department spokesman", "government spokesman",
              "irgc commander", "parliament speaker"):
        if f" {t} " in low:
            keys.add(t)
    if re.search(r" (?:ambassador|envoy|representative) to (?:the )?(?:united nations|u\.?n\.?) | (?:un|u\.n\.) (?:ambassador|envoy) ", low):
        # "the US ambassador to the United Nations": that office, not any envoy ("envoy" = "ambassador")
        keys -= {"ambassador", "envoy"}
        keys.add("ambassador to the united nations")
    if re.search(r" chairman of (?:the )?joint chiefs ", low):
        keys.discard("chairman")
        keys.add("chairman of the joint chiefs of staff")
    if re.search(r" (?:cia (?:director|chief)|(?:director|head|chief) of (?:the )?(?:cia|central intelligence agency)) ", low):
        keys -= {"director", "chief"}
        keys.add("cia director")
    if ("irgc" in low or "guard" in low) and _GUARDS_CHIEF_RE.search(low):
        keys.add("irgc commander")  # "the IRGC chief", "commander of the Islamic Revolution Guards Corps"
    if " gen " in low or " general " in low:
        keys.add("general")
    if re.search(r" (?:secretary|director|attorney|surgeon|consul) general ", low):
        keys.discard("general")  # "the UN secretary-general" is no general
    if " sen " in low:
        keys.add("senator")
    if "former" in low and "president" in low:
        keys.add("former president")
    if re.search(r" (?:then|ex) (?:\w+ )?president ", low):
        keys.discard("president")  # "then-President Mahmoud Ahmadinejad": who held it then, not the president now
        keys.add("former president")
    if "former" in low and "speaker" in low:
        keys.add("former speaker")
    if "vice president" in low:
        keys.discard("president")
    for t in list(keys):
        if re.search(rf" (?:deputy|assistant) (?:\w+ )?{re.escape(t)} ", low):
            keys.discard(t)  # "Iran's deputy foreign minister" is not the foreign minister
            keys.add(f"deputy {t}")
    if keys & {"foreign ministry spokesman", "white house spokesman", "state department spokesman", "government spokesman"}:
        keys.discard("spokesman")  # the qualified office only, not every spokesman of that country
    if "foreign ministry spokeswoman" in keys:
        keys.discard("spokeswoman")
    if keys & {"foreign ministry spokesperson", "state department spokesperson", "government spokesperson"}:
        keys.discard("spokesperson")
    if keys & {"house speaker", "speaker of house"}:
        keys.discard("speaker")  # not Iran's parliament speaker
    if keys & {"majority leader", "minority leader"}:
        keys.discard("leader")  # not the supreme leader
    if re.search(r" (?:friday )?prayers? leader ", low):
        keys.discard("leader")  # "the prayer leader": who leads Friday prayers, not the supreme leader
        keys.add("prayer leader")
    if "press secretary" in keys:
        keys.discard("secretary")  # not the secretary of state
        if re.search(r" (?:pentagon|pentagon's|state department|state department's|defense|defence) ", low):
            keys.discard("press secretary")  # the White House's is the only one in the table
    if "secretary" in keys and (
        any(k != "secretary" and "secretary" in k for k in keys)
        or re.search(r" (?!(?:top|senior|former|acting|the|a|an|us|u\.s\.?) )[a-z'.-]+ secretary ", low)
    ):
        # "the defense secretary", "the Treasury secretary": that office, not the secretary of state
        keys.discard("secretary")
    return frozenset(keys)


class _Resolver:
    """Resolves the mentions of one article, in text order, keeping what it learnt."""

    def __init__(self, article: Article, table: ActorTable, cfg: SpeakersConfig) -> None:
        self.text = article.text
        self.table = table
        self.cfg = cfg
        self.year = _year(article.date)
        self.when: When | None = _article_when(article.date)
        dl = _HOME_RE.search(self.text[:600])
        self.home = None if dl is None else ("iran" if dl.group(1) in ("TEHRAN", "QOM", "MASHHAD", "ISFAHAN") else "us")
        self.entities: list[_Entity] = []
        self.asked: list[tuple[int, int]] = []  # an interviewer's question paragraphs ("Q. Is a deal possible?")
        self._sent_starts = [0] + [m.end() for m in re.finditer(r"[.!?][\"'\u201d\u2019]?\s+|\n+", self.text)]
        self._clean_starts: list[int] | None = None
        self._title_subjects = [(m.start(1), m.group(1)) for m in _TITLE_SUBJECT_RE.finditer(self.text)]
        self._scan_names()

    # ------------------------------------------------------------------ names in the text
    def _scan_names(self) -> None:
        """Collect the article's named people (table actors and capitalised name runs)."""
        text = self.text
        from stance.extract import find_quotes

        self.quotes = [(q.start, q.end) for q in find_quotes(text)]
        qstarts = [a for a, _ in self.quotes]
        own_names: dict[str, _Entity] = {}
        import bisect

        # an interviewer's questions name no speaker ("Q: Will Iran go back to the table?")
        self.asked = asked = [(q.start(), q.end()) for q in _QUESTION_PARA_RE.finditer(text)]
        for m in _NAME_RUN_RE.finditer(text):
            qi = bisect.bisect_left(qstarts, m.start()) - 1
            if qi >= 0 and self.quotes[qi][0] < m.start() < self.quotes[qi][1]:
                continue
            if any(a <= m.start() < b for a, b in asked):
                continue
            if text.startswith(("A. ", "Q. "), m.start()) and (m.start() == 0 or text[m.start() - 1] == "\n"):
                continue  # "A. Yes, but both sides ...": an interview's answer label, not an initial
            if _BYLINE_RE.match(text, text.rfind("\n", 0, m.start()) + 1):
                continue  # "By Daniel Marsh", "Reporting by ...": the writer, never the one who speaks
            words = m.group(0).split()
            if '"' in m.group(0) or "\u201c" in m.group(0):
                words = [w for w in words if not _NICKNAME_WORD_RE.fullmatch(w)]
            name = _name_part(words)
            if not name:
                continue
            if _posted_to(name, text[max(0, m.start() - 40) : m.start()] + " ".join(words[: len(words) - len(name)])):
                name = name[1:]  # "ambassador to Israel Dan Shapiro": the person, not "Israel Dan Shapiro"
            nm = _unshout(re.sub(r"['\u2019]s$", "", " ".join(name).rstrip(".,")), text)
            start = m.start() + m.group(0).rfind(name[0])
            if len(name) == 1:
                own = own_names.get(nm)
                if own is not None:
                    # "Larijani" after "Reza Larijani": the article's own person, not the table's
                    self.entities.append(_Entity(start, own.name, own.side, "person", own.gender, own.titles, self._is_subject(m.start())))
                    continue
                actor = self.table.lookup(nm, self.year)
            else:
                actor = self.table.lookup(nm) or self.table.lookup(" ".join(name[-2:])) or self.table.fuzzy(nm)
            ctx = text[max(0, m.start() - 60) : m.end() + 100]
            title_before = _title_run_before(text, start)
            intro = title_before + " " + _appositive(text, m.end())
            if actor is not None:
                ent = _Entity(start, actor.name, actor.side, _kind(actor), actor.gender, frozenset(_title_keys(intro)), self._is_subject(m.start()))
                self.entities.append(ent)
                if len(name) >= 2 and actor.kind == "person":
                    own_names.setdefault(name[-1], ent)
                    if len(name) == 2 and name[0] in _SURNAME_FIRST:
                        own_names.setdefault(name[0], ent)  # "Wang Yi ... Wang said": a Chinese name, surname first
            elif len(name) >= 2 and _looks_like_person(name, ctx) and not (
                    start == m.start() and re.search(r"\b(?:in|near)\s+$", text[max(0, start - 6) : start])):
                # (not "In a speech in New York in June 1998, she ...": a place)
                app = _appositive(text, m.end())
                side = _side_from_context(app, nm) if _hinted(app) else _side_from_context(intro, nm)
                if re.match(r"(?:speaking|addressing|writing|visiting|reacting)\b", app) and _hinted(title_before):
                    # "Hamas leader X, speaking in Tehran, ...": the title says whose, the place only where
                    side = _side_from_context(title_before, nm)
                # (within the name's own sentence: not "..., Iranian media reported.\n\nKremlin spokesman Dmitry Peskov")
                lead_words = re.split(r"[.!?][\"'\u201d\u2019]?\s+|\n", text[max(0, start - 60) : start])[-1].split()[-5:]
                if (
                    not _hinted(intro + " " + app)
                    and lead_words
                    and lead_words[-1].lower() in TITLE_WORDS
                    and _hinted(" ".join(lead_words))
                ):
                    side = _side_from_context(" ".join(lead_words), nm)  # "Iran's judiciary chief Mohseni-Ejei"
                owner = re.search(r"([A-Z][\w\-]+)['\u2019]s\s+(?:[\w\-]+\s+){0,2}[\w\-]+,?\s*$", title_before)
                if owner and not _hinted(app):
                    boss = self.table.lookup(owner.group(1), self.year)
                    if boss is not None and boss.kind == "person":
                        side = boss.side  # "Kerry's spokeswoman, Marie Harf"
                if side == "other" and not _hinted(app):
                    # "X, a political adviser to President Rouhani", "An aide to President Ahmadinejad, X,"
                    side = self._side_of_principal(app) or self._side_of_principal(title_before) or side
                spokes = _SPOKES_BEFORE_RE.search(text, max(0, start - 45), start)
                if not _hinted(app) and spokes is not None:
                    # "The White House called it unfortunate. A spokesman, Scott McClellan, said": the office's side
                    # (from where "A spokesman" stands: "Cmdr." may end a sentence for the splitter)
                    office = self._office_in_sentence(spokes.start(), previous=True)
                    its = self._its_owner(spokes.start()) if re.match(r"[Ii]ts\b", spokes.group(0)) else None
                    if its is not None and _hinted(its):
                        # "Iran's mission to the United Nations dismissed it. Its spokesman, X, said": the body the
                        # sentence before opens with (not the United Nations inside its name)
                        side = _side_from_context(its, nm)
                    elif office is not None:
                        side = office.side
                if side == "other" and self.home and not _hinted(intro + " " + app) and (
                    _GOV_TITLE_RE.search(intro + " " + app) or _CITIZEN_RE.search(" ".join([*lead_words, intro, app]))
                ):
                    side = self.home  # "Defence Minister X", "Another merchant, X, 52," in a story datelined TEHRAN
                if side == "other" and not _hinted(intro + " " + app) and _GOV_TITLE_RE.search(intro):
                    # "State TV quoted a senior lawmaker, X, as saying ...": the state media of these stories are
                    # Iran's (the US has none); a third country's are named ("Russian state media quoted ...")
                    i = bisect.bisect_right(self._sent_starts, start) - 1
                    lead = text[self._sent_starts[i] : start]
                    if _STATE_MEDIA_RE.search(lead) and not _hinted(lead):
                        side = "iran"
                ent = _Entity(start, nm, side, "person", None, frozenset(_title_keys(intro)), self._is_subject(m.start()))
                self.entities.append(ent)
                own_names.setdefault(nm.split()[-1], ent)
                if len(name) == 2 and name[0] in _SURNAME_FIRST:
                    own_names.setdefault(name[0], ent)
            elif len(name) == 1 and _ONE_NAME_DESCRIBED_RE.match(text, m.end()):
                # "Maryam, a 28-year-old graphic designer, ...": a citizen quoted by first name alone
                side = self.home or "other"
                ent = _Entity(start, nm, side, "person", None, frozenset(), self._is_subject(m.start()))
                self.entities.append(ent)
                own_names.setdefault(nm, ent)
        # institutions the table knows, acronyms included ("The IAEA issued a report. It said ..."): for "it"
        taken = {e.pos for e in self.entities}
        for m in self.table.institution_re.finditer(text) if self.table.institution_re is not None else ():
            qi = bisect.bisect_left(qstarts, m.start()) - 1
            if m.start() in taken or (qi >= 0 and self.quotes[qi][0] < m.start() < self.quotes[qi][1]):
                continue
            actor = self.table.lookup(m.group(0))
            if actor is not None:
                self.entities.append(_Entity(m.start(), actor.name, actor.side, _kind(actor), None, frozenset(), self._is_subject(m.start())))
        self.entities.sort(key=lambda e: e.pos)
        # "His Iranian counterpart was less upbeat. ... he replied": the last person of that side named before
        for m in _COUNTERPART_RE.finditer(text):
            e = self._last_person_of("iran" if m.group("who").lower().startswith("iran") else "us", m.start())
            if e is not None:
                self.entities.append(_Entity(m.start(), e.name, e.side, "person", e.gender, e.titles, self._is_subject(m.start())))
        self.entities.sort(key=lambda e: e.pos)

    def _is_subject(self, pos: int) -> bool:
        """Does the name stand at the start of its sentence (after an introductory phrase)?"""
        after = re.match(r"(?:[A-Z][\w.\u2019'-]*\s+){0,3}[A-Z][\w.-]*(['\u2019]s)\b", self.text[pos : pos + 60])
        if after is not None:
            return False  # "Hamilton Jordan, Carter's chief of staff, was blunt": a possessive names whose, not who
        i = max(0, _bisect(self._sent_starts, pos))
        lead = self.text[self._sent_starts[i] : pos]
        dl = DATELINE_RE.match(lead)  # "WASHINGTON, Sept 4 (Reuters) - ", else "TEHRAN—"
        lead = lead[dl.end():] if dl is not None else re.sub(r"^[A-Z][A-Z .,'\-]{2,40}\s*[\u2013\u2014\-]+\s*", "", lead)
        words = lead.split()
        when = re.match(r"(?:Last|This|Next|Earlier|Later)\s+(?:week|month|year|summer|spring|autumn|fall|winter|night|"
                        r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$|(?:Yesterday|Today)\s+", lead)
        if when is not None:
            return True  # "Last week Mrs. Albright went further": a time, then the subject
        if words and re.fullmatch(r"[a-z]+", words[-1]) and words[-1] not in TITLE_WORDS and words[-1] not in _SUBJECT_JOINERS:
            return False  # the object of a verb or preposition: "Rubio met Lavrov", "spoke with Lavrov"
        if lead.rstrip().endswith(",") and _OBJECT_APPOSITION_RE.search(lead.rstrip()[:-1].split(",")[-1]):
            return False  # "... a phone call with his Qatari counterpart, Sheikh X": an object's appositive
        return len(words) <= 4 or lead.rstrip().endswith(",")

    def fullest(self, surname: str) -> str | None:
        """The longest name in the article ending with ``surname`` (``Cotton`` -> ``Tom Cotton``)."""
        best = None
        for e in self.entities:
            words = e.name.split()
            last = re.sub(r"^(?:al|el|ad|as|ash|an|ar)-", "", words[-1].lower())  # ("Sudani" after "Mohammed Shia al-Sudani")
            if e.kind == "person" and (words[-1].lower() == surname.lower() or last == surname.lower() or (
                    len(words) == 2 and words[0] in _SURNAME_FIRST and words[0].lower() == surname.lower())):
                if best is None or len(e.name) > len(best):
                    best = e.name
        return best

    # ------------------------------------------------------------------ resolution
    def resolve(self, st: Statement, prev: list[Statement]) -> tuple[str | None, str | None]:
        m = st.mention
        if m is None:
            if st.cue is None:
                return self._implicit(st, prev)
            if prev and st.cue == "according to":
                return prev[-1].speaker, prev[-1].side
            return None, None
        mt = m.text.strip()
        low = mt.lower()
        bare = re.sub(r"['\u2019](?:s|ve|d)$", "", low)
        if bare in _PRONOUN_NUMBER:
            low = bare  # "He's said", "They've said": the pronoun
        if low in ("his eminence", "his excellency", "his holiness", "her excellency"):
            low = "he" if low.startswith("his") else "she"  # an honorific that stands for the one named before
        if low in _PRONOUN_NUMBER:
            if st.cue in _REPLY_CUES:
                # 'Amanpour asked Araghchi whether ... "...," he replied': the one asked answers
                asked = self._asked_before(m.start)
                if asked is not None:
                    return asked
            return self._pronoun(low, m.start, prev, anchor=st.start)
        if low in ("one", "another"):
            # '"...," said one, a 23-year-old engineering student who ...': the description after it
            desc = _ONE_DESCRIBED_RE.match(self.text, m.end)
            if desc is not None:
                np = desc.group("np")
                return np, _side_from_context(np, np) if _hinted(np) else (self.home or "other")
            if low == "another":
                # '"We are ready," said one Iranian diplomat. "They are not," said another.': another of the same kind
                one = next((p for p in reversed(prev) if re.match(r"(?i)one\s+\w", p.speaker or "")), None)
                if one is not None and m.start - one.end < 300:
                    return "another" + (one.speaker or "")[3:], one.side
        if low in _SECTION_SPEAKERS:
            # "Interview: 'We want guarantees'": a headline's section label; the words are the interviewee's
            return self._interviewee(m.start)
        m_joint = re.fullmatch(r"(?P<a>.+?)\s+joined\s+(?P<b>.+)", mt)
        if m_joint is not None:
            # "Kerry joined the president in praising ...": the one joined, then the one who joined
            a, side_a = self._named(m_joint.group("a"), m.start, prev)
            whom = m_joint.group("b")
            if side_a in ("iran", "us") and re.fullmatch(r"the [a-z ]+", whom):
                # "joined the president": the office on the side of the one who joined it
                whom = f"the {'US' if side_a == 'us' else 'Iranian'} {whom[4:]}"
            b, side_b = self._named(whom, m.start + m_joint.start("b"), prev)
            if a and b:
                return f"{b} and {a}", side_a if side_a == side_b else "other"
        m_pos = re.fullmatch(r"(his|her|its|their) ((?:\w+ ){0,2}(?:office|spokes(?:man|woman|person)|aides?|advis[eo]rs?|"
                             r"representatives?|ministry|government|envoy|delegation|team|family|lawyers?|attorneys?))", low)
        if m_pos is not None:
            # "his office said": the office of whom "his" points to, on that one's side
            owner, side = self._pronoun({"his": "he", "her": "she", "its": "it", "their": "they"}[m_pos.group(1)], m.start, prev)
            if owner is not None:
                return f"{owner}'s {mt.split(None, 1)[1]}", side
            return mt[:1].lower() + mt[1:], "other"
        m_its = re.fullmatch(r"(its|their) ((?:\w+ ){0,3}\w+)", low)
        if m_its is not None:
            # "Iran denied it. Its foreign minister said ...": the office of the state "its" points to
            owner, _ = self._pronoun("it" if m_its.group(1) == "its" else "they", m.start, prev)
            if owner is not None and not owner.endswith("'s"):
                poss = "'" if owner.endswith("s") and not owner[:1].isupper() else "'s"  # ("the three countries' foreign ministers")
                return self._named(f"{owner}{poss} {mt.split(None, 1)[1]}", m.start, prev)
        if low in ("the paper", "the newspaper", "the daily"):
            # "The Tehran Times said in an editorial ... The paper said": the outlet that spoke last
            outlet = next((p for p in reversed(prev) if p.speaker and m.start - p.end < 1500 and _OUTLET_RE.search(p.speaker)), None)
            if outlet is not None:
                return outlet.speaker, outlet.side
        m_body = _THE_BODY_RE.fullmatch(low)
        if m_body is not None:
            # "The IAEA released a report. The agency said ...": the institution named just before
            hit = self._body_before(m_body.group(1), m.start)
            if hit is not None:
                return hit
        m_the = _THE_ROLE_RE.fullmatch(low)
        if m_the is not None:
            # "A senior Iranian official ... told Reuters ... The official said ...": the one described before
            lo = self._window_start(m.start)
            for p in reversed(prev):
                if p.start < lo:
                    break
                sp = (p.speaker or "").lower()
                # ("two officials familiar with the talks ... The officials said": the same people)
                head = m_the.group(1)
                if (re.match(r"(?:a|an|one|another)\s", sp) and sp.endswith(" " + head)) or (
                        (head.endswith("s") or head == "people") and re.match(r"(?:two|three|four|five|several|some|people|sources)\s", sp)
                        and re.search(rf"\b{head}\b", sp)):
                    # ("people familiar with the matter ... the people said": the same people)
                    return p.speaker, p.side
        m_one = re.fullmatch(r"one of the (officials|diplomats|sources|people|lawmakers|negotiators|aides|analysts)", low)
        m_n = re.fullmatch(r"the (two|three|four) (?:european |western |\w+ )?(?:countries|parties|powers|nations|governments|"
                           r"states|allies|capitals|signatories)", low)
        if m_one is not None or m_n is not None:
            # "Two people familiar with the talks ... One of the people said": that group; "Britain, France and
            # Germany said ... The three European parties said": the coordination of that many names
            lo = self._window_start(m.start)
            want = {"two": 2, "three": 3, "four": 4}[m_n.group(1)] if m_n is not None else 0
            for p in reversed(prev):
                if p.start < lo:
                    break
                sp = p.speaker or ""
                if m_one is not None and re.match(r"(?i)(?:two|three|four|five|several|some|people|sources)\s", sp) and re.search(
                        rf"(?i)\b{m_one.group(1)}\b", sp):
                    return p.speaker, p.side
                if m_n is not None and len(re.split(r",\s*(?:and\s+)?|\s+and\s+", sp)) == want and re.search(r"\band\b", sp):
                    return p.speaker, p.side
        ep = _EPITHET_RE.fullmatch(low)
        if ep is not None and (ep.group("nation") or ep.group("alone") or re.search(r"\s\S+\s", low)
                               or m_the is not None and low != "the official"):
            # (a bare "the diplomat" that no earlier "a ... diplomat" statement stands for: the one last named; not
            # "the official", whom wire copy introduces unnamed: "A senior official briefed reporters. The official said")
            # '"...," the senior diplomat told reporters' after "Spokesman Nasser Kanaani said": the person
            # last named as a subject, as "he" would be; "the Iranian diplomat": the last Iranian one
            lo = self._window_start(m.start)
            people = [e for e in self.entities if lo <= e.pos < m.start and e.kind == "person"]
            if ep.group("nation") or ep.group("alone"):
                # ("The Qatari official, for his part, ..." after "a call with his Qatari counterpart, Sheikh X": X)
                nation = _country_of(ep.group("nation") or ep.group("alone"))
                people = [e for e in people if e.side == (nation if nation in ("iran", "us") else "other")]
            else:
                people = [e for e in people if e.subject]
            if people:
                return people[-1].name, people[-1].side
        if low in ("who", "which"):
            return (prev[-1].speaker, prev[-1].side) if prev else (None, None)
        if re.fullmatch(r"the (?:statement|communiqu\w+|letter|message|note|post|tweet|remarks|comments)", low) and prev and prev[-1].speaker:
            # '"...," the statement said' after 'Central Command, in a statement, urged ...': its issuer
            return prev[-1].speaker, prev[-1].side
        if low in ("some", "many", "others", "most"):
            # "Hundreds of thousands of Iranians marched ..., some chanting '...'": the crowd the sentence (or the one
            # before it) opens with
            ss = self._sent_starts[max(0, _bisect(self._sent_starts, m.start))]
            dl = DATELINE_RE.match(self.text, ss, m.start)
            here = _CROWD_SUBJECT_RE.match(self.text, dl.end() if dl else ss, m.start)
            if here is not None:
                return here.group("np"), _side_from_context(self.text[ss : m.start], here.group("np"))
            crowd = self._crowd_before(m.start)
            if crowd is not None:
                return crowd
        if low == "one of them":
            # '"...," one of them said' after 'two diplomats familiar with the talks': the group it belongs to;
            # 'A few dozen hard-liners threw eggs. One of them shouted ...': the previous sentence's plural subject
            crowd = self._crowd_before(m.start)
            if crowd is not None:
                return crowd
            lo = self._window_start(m.start)
            group = next((e for e in reversed(self.entities) if lo <= e.pos < m.start and e.kind == "group"), None)
            return (group.name, group.side) if group is not None else (None, None)
        m_cp = re.fullmatch(r"(?:(?:his|her|the)\s+)?(iranian|american|u\.s\.|us)\s+counterpart", low)
        if m_cp is not None:
            # "His Iranian counterpart said": the last person of that side named before
            e = self._last_person_of("iran" if m_cp.group(1) == "iranian" else "us", m.start)
            if e is not None:
                return self._note(e.name, e.side, e.gender, m.start)
        if low in ("the former", "the latter"):
            two = self._last_two(m.start)
            if two is not None:
                e = two[0] if low == "the former" else two[1]
                return self._note(e.name, e.side, e.gender, m.start)
        if low in ("both", "each", "the two") or re.fullmatch(
            r"(?:both|the two|each)(?: \w+)? (?:men|women|leaders|ministers|diplomats|officials|presidents|envoys)", low
        ):
            pair = self._pair(m.start)
            if pair is not None:
                return pair
        return self._named(mt, m.start, prev)

    def named_after(self, statements: list[Statement]) -> list[Statement]:
        """Statements of a description take the person the article names for it later (delayed identification):
        "A senior adviser to Iran's supreme leader said ... Kamal Kharrazi, who heads ..., made the remarks", "Iran's
        Army chief has warned ... Major General Abdolrahim Mousavi made the remarks"; and in the lead, a description
        whose next paragraph opens with a person described and speaking ("A senior adviser to Supreme Leader Ali
        Khamenei said ...\n\nAli Akbar Velayati, a former foreign minister, told ...")."""
        out = list(statements)
        if not any(self._described(st.speaker) for st in out):
            return out
        for m in _MADE_REMARKS_RE.finditer(self.text):
            self._name_described(out, m.start("who"), m.end("who"), m.start(), lambda st: True)
        lead_end = -1
        for _ in range(4):  # the lead: the headline and the first paragraphs, up to the fourth line break
            lead_end = self.text.find("\n", lead_end + 1)
            if lead_end < 0:
                lead_end = len(self.text)
                break
        for st in out:
            if st.start > lead_end or not self._described(st.speaker):
                continue
            one = _ONE_UNNAMED_RE.match(st.speaker or "")
            if one is None or (st.speaker or "")[one.end() : one.end() + 1].isalpha():
                continue  # one person: not "a group of officials"
            para_end = self.text.find("\n", max(st.end, st.mention.end if st.mention else st.end))
            nm = _NEXT_PARA_NAME_RE.match(self.text, para_end) if para_end >= 0 else None
            if nm is not None:
                g = "who" if nm.group("who") else "who2"
                if g == "who2" and nm.group(g).split()[1].rstrip(",").lower() not in (st.speaker or "").lower().split():
                    continue  # ("The spokesman, X," names the spokesman of the lead, not another description)
                self._name_described(out, nm.start(g), nm.end(g), nm.start(), lambda other, first=st: other is first)
        # the headline's "Khamenei adviser: ..." is the adviser the lead's description turned out to be
        first_break = self.text.find("\n")
        for i, st in enumerate(out):
            if 0 <= first_break < st.start or not self._described(st.speaker):
                continue
            words = _norm(st.speaker or "").split()
            head = words[-1]
            for later in out[i + 1 :]:
                if later.mention is None or self._described(later.speaker) or not later.speaker:
                    continue
                said_by = [_RANK_WORDS.get(w, w) for w in _norm(later.mention.text).split()]
                bare = len(words) == 1 or (len(words) == 2 and _country_of(words[0]) is not None and later.side == st.side)
                if (self._described(later.mention.text) or bare) and head in said_by:
                    # ("IRNA quotes general as saying ..." over "Gen. Amir Ali Hajizadeh ... was quoted": a bare title)
                    out[i] = st.with_(speaker=later.speaker, side=later.side)
                    break
                if len(words) >= 2 and words[0].endswith("'s") and len(words[0]) > 5 and later.side == st.side \
                        and all(w in said_by for w in words[1:]) and any(w.startswith(words[0][:4]) for w in said_by):
                    # "Qatar's prime minister says ..." over "Qatari Prime Minister Sheikh Mohammed ... said": the
                    # one the lead names with the same title and country
                    out[i] = st.with_(speaker=later.speaker, side=later.side)
                    break
        # one person, one side: a name the table does not know that a description of Iran's or the US's turned out to be
        # ("A former aide to the leader said ... The aide, X, ... added") keeps that side in the later statements too
        sides: dict[str, set[str]] = {}
        for st in out:
            if st.speaker and st.side and self.table.lookup(st.speaker) is None:
                sides.setdefault(st.speaker, set()).add(st.side)
        for i, st in enumerate(out):
            known = sides.get(st.speaker or "", set()) - {"other"}
            if st.side == "other" and len(known) == 1:
                out[i] = st.with_(side=known.pop())
        return out

    def _described(self, speaker: str | None) -> bool:
        """A speaker that is a description, not a name: "a senior adviser to ...", "Iran's Army chief"."""
        if not speaker:
            return False
        if re.match(r"(?i)(?:a|an)\s", speaker):
            return True
        last = speaker.rsplit(None, 1)[-1].lower()
        if last not in TITLE_WORDS and last not in ("chief", "commander", "head"):
            return False  # (most speakers are names: no table lookup for them)
        return self.table.lookup(speaker, self.year) is None

    def _name_described(self, out: list[Statement], ws: int, we: int, at: int, which: Any) -> None:
        """Give the person named at ``[ws, we)`` the described statements before ``at`` (within 400 characters)."""
        who = next((e for e in self.entities if e.kind == "person" and ws <= e.pos < we), None)
        if who is None:
            return
        for i in range(len(out) - 1, -1, -1):
            st = out[i]
            if st.end > at:
                continue
            if at - st.end > 400:
                break
            if not self._described(st.speaker) or not which(st):
                continue
            if st.side in (who.side, "other", None):
                out[i] = st.with_(speaker=who.name, side=who.side)
            elif who.side == "other" and not _hinted(self.text[ws:at]):
                # a name with no side of its own takes the description's ("An Iranian lawmaker said")
                out[i] = st.with_(speaker=who.name)

    def _asked_before(self, pos: int) -> tuple[str, str] | None:
        """The person named right after "asked" in the sentence before ``pos`` (or in its own)."""
        i = _bisect(self._sent_starts, pos)
        lo = self._sent_starts[max(0, i - 1)]
        last = None
        for mm in _ASKED_RE.finditer(self.text, lo, pos):
            last = mm
        if last is None:
            return None
        who, side = self._named(last.group(1), last.start(1), [])
        actor = self.table.lookup(who) if who is not None else None
        if who is None or side is None or (actor is not None and actor.kind != "person"):
            return None  # "asked Iran to stop": a state, not the one who replies as "he"
        return who, side

    def _body_before(self, noun: str, pos: int) -> tuple[str, str] | None:
        """The last institution named before ``pos`` (within the pronoun window) whose name or an
        alias holds ``noun``: "the agency" after "the IAEA" (International Atomic Energy Agency)."""
        lo = self._window_start(pos)
        for e in reversed(self.entities):
            if e.pos >= pos or e.kind not in ("institution", "group"):
                continue
            if e.pos < lo:
                break
            actor = self.table.lookup(e.name)
            names = [e.name, *(actor.aliases if actor is not None else ())]
            if any(re.search(rf"\b{noun}(?:\s+(?:of|for|in|to)\b.*)?$", n, re.IGNORECASE) for n in names):
                return e.name, e.side  # (the noun heads the name: not "a Greek foreign ministry official")
        # a body the table knows only in lower case: "Iran's foreign ministry summoned ... The ministry said"
        last = None
        # (or in capitals: "Iran's Foreign Ministry summoned ... The ministry said")
        for mm in re.finditer(rf"\b(?:[A-Z][\w-]*(?:'s|\u2019s)?\s+)(?:[A-Za-z-]+\s+){{0,2}}(?i:{noun})\b", self.text[lo:pos]):
            last = mm
        if last is not None:
            who, side = self._named(last.group(0), lo + last.start(), [])
            if who is not None and (side in ("iran", "us") or re.match(r"[A-Z][a-z]+(?:['\u2019]s|ese|ish|ian|an|i)\s", last.group(0))):
                return who, side or "other"  # ("Greece's foreign ministry", "the Greek foreign ministry": a third country's too)
        return None

    def label_side(self, pos: int) -> str | None:
        """The side a reaction list's label names for the paragraph around ``pos`` ("Iran: '...,' the general staff
        said"): a description the table does not know speaks for it."""
        ps = self.text.rfind("\n", 0, pos) + 1
        m = _REACTION_LABEL_SIDE_RE.match(self.text, ps, pos)
        if m is None:
            return None
        return "iran" if m.group("iran") else "us"

    def _last_two(self, pos: int) -> tuple[_Entity, _Entity] | None:
        """The last two different people named just before ``pos``, in text order."""
        lo = self._window_start(pos)
        names: list[_Entity] = []
        for e in reversed([e for e in self.entities if lo <= e.pos < pos and e.kind == "person"]):
            if re.match(r"(?i)the\s+(?:former|latter)\b", self.text[e.pos : e.pos + 12]):
                continue  # "The former told reporters ... The latter wrote": the pair, not "the former" resolved
            if _PRINCIPAL_BEFORE_RE.search(self.text, max(lo, e.pos - 60), e.pos):
                continue  # "Velayati, who advises Ayatollah Ali Khamenei, ...": the one advised is not one of the two
            if all(e.name != x.name for x in names):
                names.append(e)
            if len(names) == 2:
                return names[1], names[0]
        return None

    def _pair(self, pos: int) -> tuple[str, str] | None:
        """``both men`` / ``the two ministers``: the last two people named just before."""
        two = self._last_two(pos)
        if two is None:
            return None
        a, b = two
        return f"{a.name} and {b.name}", a.side if a.side == b.side else "other"

    def _implicit(self, st: Statement, prev: list[Statement]) -> tuple[str | None, str | None]:
        """A quotation paragraph with no attribution: the previous quotation's speaker if it sits
        in the paragraph just before, else the last person named as a subject (not inside a reporter's question: an
        official the question reports does not answer it)."""
        prev = [p for p in prev if not any(a <= p.start < b for a, b in self.asked)]
        if prev:
            gap = self.text[prev[-1].end : st.start]
            if gap.count("\n") <= 2 and not re.search(r"[.!?][\"'\u201d\u2019]?\s*\n[^\n\"\u201c]", gap):
                return prev[-1].speaker, prev[-1].side
        lo = self._window_start(st.start)
        cands = [e for e in self.entities if lo <= e.pos < st.start and e.kind == "person" and e.subject
                 and not any(a <= e.pos < b for a, b in self.asked)]
        if cands:
            return cands[-1].name, cands[-1].side
        if prev and prev[-1].speaker is not None:
            return prev[-1].speaker, prev[-1].side
        # "The following is an interview with Foreign Minister Abbas Araghchi." then answers: the one interviewed
        asked = [e for e in self.entities if e.pos < st.start and e.kind == "person"
                 and _INTERVIEW_WITH_RE.search(self.text, max(0, e.pos - 80), e.pos)]
        if asked:
            return asked[-1].name, asked[-1].side
        # "X was a member of Iran's negotiating team. He spoke to us by phone. / Q. ... / A. ...": the person the
        # introduction before the first question is about
        first_q = self.asked[0][0] if self.asked else None
        if first_q is not None and first_q < st.start:
            intro = [e for e in self.entities if e.pos < first_q and e.kind == "person" and e.subject]
            if intro:
                return intro[-1].name, intro[-1].side
            # "Q: ... / A: ... / The ambassador, X, spoke to our correspondent": introduced after the answers
            return self._interviewee(first_q, subjects=False)
        return None, None

    def _pronoun(self, pro: str, pos: int, prev: list[Statement], anchor: int | None = None) -> tuple[str | None, str | None]:
        """Whom the pronoun ``pro`` at ``pos`` stands for; ``anchor``: where the statement it attributes begins, when
        before the pronoun ('"...," he said'), so that the sentence before the quotation is the one looked at."""
        want = _PRONOUN_NUMBER[pro]
        lo = self._window_start(pos)
        cands = [e for e in self.entities if lo <= e.pos < pos]
        if want in ("m", "f", "sg"):
            cands = [e for e in cands if e.kind == "person" and (e.gender in (None, want) or want == "sg")]
            if not cands and want in ("m", "f"):
                # none in the window: a person of that gender a little further back ("Secretary Albright ... answered
                # with a proposal. In a speech in June, she invited ... She was careful ... '...,' she said")
                i = _bisect(self._sent_starts, pos)
                far = self._sent_starts[max(0, i - 2 * self.cfg.pronoun_window)]
                cands = [e for e in self.entities if far <= e.pos < pos and e.kind == "person" and e.gender == want]
        elif want == "pl":
            cands = [e for e in cands if e.kind == "group"]
        else:
            cands = [e for e in cands if e.kind in ("institution", "state", "group")]
            # not a body named inside a longer one's name ("the United Nations" in "Iran's mission to the United
            # Nations ... it said"): the longer one is the subject
            cands = [e for e in cands if not any(
                o.pos < e.pos < o.pos + len(o.name) and len(o.name) > len(e.name)
                and re.sub(r"(?i)^the\s+", "", e.name).lower() in o.name.lower() for o in cands)]
        # the last subject in text order that is not inside someone's reported words ("Pezeshkian ...
        # struck a softer tone. '...,' he told" after Hughes spoke: Pezeshkian). Entities learnt while
        # resolving earlier mentions are appended after the scan's, so the list is not in text order.
        free = sorted((e for e in cands if e.subject and not any(p.start <= e.pos < p.end for p in prev)),
                      key=lambda e: e.pos)
        subj = [e for e in cands if e.subject]
        pick = free[-1] if free else (subj or cands)[-1] if (subj or cands) else None
        if want in ("m", "f", "sg"):
            # a sentence opening with a title ("The U.S. envoy shot back.") after the last name
            after = pick.pos if pick is not None else lo - 1
            titled = [(p, np) for p, np in self._title_subjects if max(lo, after) < p < pos]
            if titled:
                p, np = titled[-1]
                who, side = self._named(np, p, prev)
                if who is not None:
                    return who, side
        if want in ("m", "f"):
            person = self._person_before(anchor if anchor is not None and anchor < pos else pos)
            if person is not None and (pick is None or pick.pos < person[2]):
                # 'A shopkeeper in the Grand Bazaar was less hopeful. "...," he said.': the one described there,
                # not the last person named before it (and whom the next "he" goes on with)
                if not any(e.pos == person[2] and e.name == person[0] for e in self.entities):
                    self.entities.append(_Entity(person[2], person[0], person[1], "person", want, frozenset(), True))
                    self.entities.sort(key=lambda e: e.pos)
                return person[0], person[1]
        if pick is not None:
            return pick.name, pick.side
        if want == "pl":
            crowd = self._crowd_before(pos)
            if crowd is not None:
                return crowd  # '"Women, life, freedom," they shouted' after "a few hundred protesters chanted"
        if prev:
            return prev[-1].speaker, prev[-1].side
        return None, None

    def _interviewee(self, pos: int, subjects: bool = True) -> tuple[str | None, str | None]:
        """The person an interview is with: the first one named with "interview with" before the name or "spoke to
        us" after it; else (with ``subjects``) the first person named as a subject after ``pos``."""
        people = [e for e in self.entities if e.kind == "person" and e.pos > pos]
        for e in people:
            if _INTERVIEW_WITH_RE.search(self.text, max(0, e.pos - 80), e.pos):
                return e.name, e.side
            end = self.text.find(".", e.pos)
            if _INTERVIEWED_AFTER_RE.search(self.text, e.pos, end if end > 0 else len(self.text)):
                return e.name, e.side
        named = [e for e in people if e.subject] if subjects else []
        return (named[0].name, named[0].side) if named else (None, None)

    def _sentence_before(self, pos: int, pattern: re.Pattern[str]) -> tuple[re.Match[str], int, int] | None:
        """``pattern`` matched at the start of the sentence before the one holding ``pos``, with that sentence's
        bounds; sentence starts after "Mr." and other abbreviations are not counted (they are filtered once)."""
        if self._clean_starts is None:
            self._clean_starts = [x for x in self._sent_starts if not _ABBREV_BEFORE_RE.search(self.text, max(0, x - 6), x)]
        starts = self._clean_starts
        i = _bisect(starts, pos)
        if i < 1:
            return None
        ps, pe = starts[i - 1], starts[i]
        m = pattern.match(self.text, ps, pe)
        return None if m is None else (m, ps, pe)

    def _crowd_before(self, pos: int) -> tuple[str, str] | None:
        """The plural subject opening the sentence before ``pos`` ("A few dozen hard-liners threw eggs ..."), if any,
        with its side."""
        hit = self._sentence_before(pos, _CROWD_SUBJECT_RE)
        if hit is None:
            return None
        crowd, ps, pe = hit
        return crowd.group("np"), _side_from_context(self.text[ps:pe], crowd.group("np"))

    def _person_before(self, pos: int) -> tuple[str, str, int] | None:
        """An unnamed person described as the subject opening the sentence before ``pos`` ("A shopkeeper in the
        Grand Bazaar was less hopeful."), with its side and the sentence's start; None if there is none."""
        hit = self._sentence_before(pos, _PERSON_SUBJECT_RE)
        if hit is None:
            return None
        m, ps, pe = hit
        np = m.group("np")
        named = re.match(r",\s+([A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+){0,2}),", self.text[m.end("np") : m.end("np") + 40])
        if named is not None:
            np = named.group(1)  # "His wife, Farah, shook her head. '...,' she said": the name the description gives
        else:
            np = np[0].lower() + np[1:]
        sentence = self.text[ps:pe]
        side = _side_from_context(sentence, np) if _hinted(sentence) or self.home is None else self.home
        return np, side, ps  # ("Her friend disagreed." in a story datelined TEHRAN: Iran's)

    def _window_start(self, pos: int) -> int:
        i = _bisect(self._sent_starts, pos)
        return self._sent_starts[max(0, i - self.cfg.pronoun_window)]

    def _named(self, mt: str, pos: int, prev: list[Statement]) -> tuple[str | None, str | None]:
        members = re.fullmatch(r"(?i)(?:a\s+|the\s+)?(?:group|handful|number|bloc)\s+of\s+(\S.*)", mt.strip())
        if members is not None:
            mt = members.group(1)  # "A group of U.S. senators urged": the senators
        led = re.fullmatch(r"(.+?\b(?:analysts|economists|strategists|officials|researchers|lawmakers|team|experts|diplomats))\s+"
                           r"(?:led\s+by|headed\s+by|including)\s+\S.*", mt.strip())
        if led is not None:
            mt = led.group(1)  # "JPMorgan analysts led by Natasha Kaneva": the analysts speak
        hon = re.fullmatch(r"(?:the\s+)?(?:Sheikh|Sheikha|Prince|Princess|Sayyid|Emir|Crown\s+Prince)\s+([A-Z][\w'\u2019-]+)", mt.strip())
        if hon is not None:
            # a Gulf outlet's "Sheikh Mohammed", "Prince Faisal": the one named before by that first name
            first = hon.group(1).lower()
            ent = next((e for e in reversed(self.entities) if e.pos < pos and e.kind == "person" and len(e.name.split()) >= 2
                        and e.name.split()[0].lower().replace("mohammad", "mohammed") == first.replace("mohammad", "mohammed")), None)
            if ent is not None:
                return self._note(ent.name, ent.side, ent.gender, pos)
        epithet = re.fullmatch(r"[Tt]he\s+((?:[A-Z][a-z]+\s+){1,2})(Republican|Democrat|Independent)", mt.strip())
        if epithet is not None:
            # "the Alaska Republican said": the legislator named before with that party and state ("Sen. Lisa Murkowski
            # (R-Alaska)", "Rep. X, D-N.Y.")
            state, party = epithet.group(1).strip(), epithet.group(2)[0]
            for e in reversed([e for e in self.entities if e.pos < pos and e.kind == "person"]):
                at = self.text.find(e.name.split()[-1], e.pos)
                tag = re.match(r"[\s,(]*([RDI])-([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)", self.text[at + len(e.name.split()[-1]) : at + 40]) if at >= 0 else None
                if tag is not None and tag.group(1) == party and tag.group(2)[:2].lower() == state[:2].lower():
                    return self._note(e.name, e.side, e.gender, pos)
        if re.fullmatch(r"(?i)the\s+(?:(?:senior|top|iranian|american|us|u\.s\.)\s+)?official", mt.strip()):
            # "Araghchi said Iran was ready ... The official further noted that ...": agency copy's back-reference to the
            # official named before (an unnamed "a senior official" quoted before is the one meant, when there is one)
            lo = self._window_start(pos)
            described = next((p for p in reversed(prev) if p.start >= lo and p.speaker
                              and re.match(r"(?i)(?:a|an|one|the)\s.*\bofficial$", p.speaker)), None)
            if described is not None:
                return described.speaker, described.side
            agency = re.match(r"\s+(?:further|also)\s+(?:noted|stressed|underlined|underscored|pointed\s+out|reiterated|emphasi[sz]ed)\b",
                              self.text[pos + len(mt) : pos + len(mt) + 30])
            for p in reversed(prev if agency else []):
                # (only in the agencies' idiom "The official further noted ...": after "Araghchi said ...", a plain "The
                # official said ..." may be someone else)
                actor = self.table.lookup(p.speaker) if p.speaker and p.start >= lo else None
                if actor is not None and actor.kind == "person":
                    return actor.name, actor.side
        if re.fullmatch(r"(?i)the\s+(?:[\w-]+\s+){0,3}(?:group|organi[sz]ation|charity)", mt.strip()):
            # "Amnesty International said ... The London-based rights group said": the organisation named before
            ngos = [m for m in _NGO_RE.finditer(self.text, max(0, pos - 2000), pos) if m.group(0)[:1].isupper()
                    and not re.match(r"(?i)(?:rights|advocacy|campaign)\s+group", m.group(0))]
            if ngos:
                return ngos[-1].group(0), "other"
        if re.fullmatch(r"(?i)the\s+kingdom", mt.strip()) and re.search(r"\bSaudi\b|\bRiyadh\b", self.text):
            return "Saudi Arabia", "other"  # "the Kingdom" in a story about Saudi Arabia (a state speaking as such)
        handle = re.fullmatch(r"@?([a-z0-9]+(?:_[a-z0-9]+)+|[a-z]+[A-Z]\w+)", mt.strip())
        if handle is not None:
            # a post card's account, "@khamenei_ir" or "@JZarif": the person whose name is in it
            for part in re.findall(r"[A-Z]?[a-z]{4,}", handle.group(1)):
                actor = self.table.lookup(part.capitalize(), self.year)
                if actor is not None and actor.kind == "person":
                    return self._register(actor, pos)
        if mt.isupper() and re.search(r"\bOFFICIALS?\s+(?:ONE|TWO|THREE|FOUR|NUMBER\s+\w+|\d)$", mt.strip()):
            # a background briefing's "SENIOR STATE DEPARTMENT OFFICIAL ONE:": the name the moderator gives, each one
            # a speaker of its own
            moderated = " ".join(w if w in ("U.S.", "US") else w.capitalize() for w in mt.split())
            return moderated, _side_from_context(moderated, moderated) if _hinted(moderated) else "other"
        if mt.isupper() and len(mt.split()) >= 2 and all(w.lower() in TITLE_WORDS or w.lower() in ("administration", "officials")
                                                         for w in mt.split()):
            # a transcript's "SENIOR ADMINISTRATION OFFICIAL:" label is a description, read in lower case
            mt = mt.lower()
        # headline shorthand: "Iranian FM", "Israeli PM"
        if "FM" in mt or "PM" in mt or "VP" in mt:
            mt = _SHORTHAND_RE.sub(lambda m: _SHORTHAND[m.group(0)], mt)
        m_doc = _DOC_OF_RE.match(mt.strip()) or _DOC_FROM_RE.match(mt.strip())
        if m_doc:
            # "Zarif's tweet read", "Khamenei's website said": the author speaks
            return self._named(m_doc.group(1), pos, prev)
        if re.fullmatch(r"(?i)the\s+(?:readout|statement|communiqu[eé])", mt.strip()):
            # '"...," the readout said' after "according to a White House readout of the call": its author
            for d in reversed(list(_DOC_BY_SEARCH_RE.finditer(self.text, max(0, pos - 600), pos))):
                if self.table.lookup(d.group(1).strip(), self.year) is not None:
                    return self._named(d.group(1).strip(), pos, prev)
        m_by = _DOC_BY_RE.fullmatch(mt.strip())
        if m_by and self.table.lookup(m_by.group(1), self.year) is not None:
            # "A White House readout of the call said": the author named before the document
            return self._named(m_by.group(1), pos, prev)
        if m_by and re.fullmatch(r"(?i)(?:[a-z]+\s+)?(?:ministry|department|embassy|mission|office)", m_by.group(1)):
            # "A foreign ministry statement said": the ministry, read as "the foreign ministry"
            return self._named("the " + m_by.group(1), pos, prev)
        if mt.strip().lower() in _COUNTRIES_OTHER - {"the", "eu", "europe"} and mt.strip()[:1].isupper():
            # "Russia, a close ally of Tehran, said": a third country is "other", whatever its appositive says
            return mt.strip(), "other"
        m_state = _NAME_OF_STATE_RE.match(mt.strip())
        if m_state and (_country_of(m_state.group(2)) or m_state.group(2).lower() in _COUNTRIES_OTHER):
            name_words = _name_part(m_state.group(1).split())
            if len(name_words) >= 2 and not _INSTITUTION_NOUN_RE.fullmatch(name_words[-1].rstrip(".,")) and (
                self.table.lookup(mt.strip(), self.year) is None
            ):  # (not "The Atomic Energy Organization of Iran", a body)
                # "President Mohammad Khatami of Iran" (the NYT's style): the person named, not the office
                return self._named(m_state.group(1), pos, prev)
        if m_state and m_state.group(2).lower() in _US_STATES and len(_name_part(m_state.group(1).split())) >= 2:
            # "Democratic Sen. Chris Murphy of Connecticut", "Gov. Jane Doe of Ohio": the person, from the state they represent
            return self._named(m_state.group(1), pos, prev)
        m_at = re.fullmatch(r"([A-Z][\w\u2019'\-]+)\s+(?:at|in)\s+(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3}", mt.strip())
        if m_at:
            known = self.table.lookup(m_at.group(1), self.year)
            if known is not None and known.kind == "person":
                # a headline's label "Pezeshkian at the UN: ...": the person, where they spoke
                return self._named(m_at.group(1), pos, prev)
        m_aff = re.match(r"((?:[A-Z][\w\u2019'\-.]*\s+)+[A-Z][\w\u2019'\-]+)\s+(?:of|from|at|with)\s+(\S.*)$", mt.strip())
        if m_aff and self.table.lookup(mt) is None and not _title_keys(m_aff.group(1)) and not any(
            w.lower().rstrip(".") in TITLE_WORDS for w in m_aff.group(1).split()
        ):
            # "Suzanne Maloney of the Brookings Institution": the person, with the body deciding the side
            who, side = self._named(m_aff.group(1), pos, prev)
            if who is not None and self.table.lookup(who) is None and _hinted(m_aff.group(2)):
                side = _side_from_context("of " + m_aff.group(2), who)
                for e in reversed(self.entities):
                    if e.name == who:
                        e.side = side
                        break
            return who, side
        m_own = _OWNED_BODY_RE.match(mt.strip())
        if m_own and self.table.lookup(mt, self.year) is None:
            owned, owner = self.table.lookup(m_own.group("owned"), self.year), self.table.lookup(m_own.group("owner"), self.year)
            if owner is None and owned is not None and re.match(r"[Tt]he\s+[A-Z]\w+$", m_own.group("owner")):
                # "the Navy's 5th Fleet" after "a U.S. Navy warship": the body named before
                prior = self._body_named_before(m_own.group("owner").split()[-1], pos)
                owner = None if prior is None else self.table.lookup(prior.name, self.year)
            if owned is not None and owner is not None and owned.kind != "person" and owner.kind not in ("person", "state") \
                    and owned.side == owner.side:
                # "The U.S. Navy's 5th Fleet": a body the table knows, named with the body it belongs to (a state's
                # body, "Iran's Supreme National Security Council", keeps its name as written: below)
                return self._register(owned, pos)
        m_sub = _SUBORDINATE_RE.search(mt) or _POSSESSIVE_SUBORDINATE_RE.match(mt.strip())
        if m_sub and self.table.lookup(mt, self.year) is None:
            whom = self.table.lookup(m_sub.group("whom"), self.year)
            if whom is None or whom.kind != "state":  # "Iran's spokesman" is the state's: titles below
                return self._subordinate(mt, m_sub, pos)
        if re.fullmatch(r"(?i)the\s+(?:foreign|defen[cs]e|intelligence|interior)\s+ministry", mt.strip()):
            # "China: The foreign ministry said ...": in a list of reactions, the ministry of the paragraph's country
            para = self.text.rfind("\n", 0, pos) + 1
            label = re.match(r"\s*([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*:\s", self.text[para:pos])
            state = self.table.lookup(label.group(1), self.year) if label is not None else None
            country = state.name if state is not None and state.kind == "state" else None
            if country is None and label is not None and label.group(1).lower() in _COUNTRIES_OTHER:
                country = label.group(1)
            if country is not None:
                return self._named(f"{country}'s {mt.strip().split(None, 1)[1].lower()}", pos, prev)
            # "Iran denies it. '...,' the foreign ministry said.": the ministry of the state of the dateline or the topic
            where = self.home or self._country_referred(pos)
            body = self.table.lookup(f"Iran's {mt.strip().split(None, 1)[1]}", self.year) if where == "iran" else None
            if body is not None:
                return self._register(body, pos)
        if _BARE_SPOKESPERSON_RE.fullmatch(mt.strip()) and mt.strip().lower().startswith("the "):
            # "Foreign Ministry spokesman Esmaeil Baghaei said ... the spokesman said": the spokesman named before
            lo = self._window_start(pos)
            for e in reversed(self.entities):
                if e.pos >= pos or e.kind != "person":
                    continue
                if e.pos < lo:
                    break
                if any("spokes" in t for t in e.titles):
                    return e.name, e.side
            for p in reversed(prev):
                if p.start < lo:
                    break
                if p.mention is not None and "spokes" in p.mention.text.lower() and p.speaker and p.speaker != p.mention.text:
                    return p.speaker, p.side  # ("Iran's Foreign Ministry spokesman has warned ...", resolved to its name)
        if _BARE_SPOKESPERSON_RE.fullmatch(mt.strip()):
            # (or the sentence before: "The White House called the remarks unfortunate. A spokesman said ...")
            office = self._office_in_sentence(pos) or self._office_in_sentence(pos, previous=True)
            if office is not None:
                # "The State Department declined to comment, but a spokesperson said": the office speaks
                return self._register(office, pos)
        clean = re.sub(r"^(?:the|a|an)\s+", "", mt.strip(), flags=re.IGNORECASE)
        # whole mention in the table: "the White House", "Tehran", "U.S. officials"
        actor = self.table.lookup(mt, self.year) or self.table.lookup(clean, self.year)
        if actor is not None and actor.kind == "person" and len(clean.split()) == 1:
            actor = None  # a bare surname: the article's own person first (below)
        if actor is not None:
            return self._register(actor, pos)
        words = clean.split()
        if re.fullmatch(r"[A-Z][^,]*(?:,\s*[A-Z][^,]*)+,?\s+and\s+[A-Z][^,]*", clean):
            # "Araghchi, Lavrov and Wang Yi": each name resolved, listed in order
            items = [x for x in re.split(r",\s*(?:and\s+)?|\s+and\s+", clean) if x.strip()]
            offset, found = 0, []
            for item in items:
                at = clean.find(item, offset)
                offset = at + len(item)
                found.append(self._named(item, pos + max(at, 0), prev))
            if all(w for w, _ in found):
                names = [w for w, _ in found if w]
                sides = {sd for _, sd in found}
                return ", ".join(names[:-1]) + f" and {names[-1]}", sides.pop() if len(sides) == 1 else "other"
        if " and " in clean and not actor and not re.search(r"\b(?:in|from|of|at)\s+[A-Z][\w.]*\s+and\s+[A-Z]", clean):
            # (not "officials in Washington and Tehran": the "and" joins places, not speakers)
            first, rest = re.split(r"\s+and\s+", clean, maxsplit=1)
            if not re.match(r"(?i)(?:the|a|an|his|her|their|its)\s", first) and not _name_part(first.split()) and _title_keys(first) \
                    and len(_name_part(rest.split())) >= 2:
                # "Iranian Deputy Foreign Minister and chief negotiator Abbas Araghchi": two titles of one person
                return self._named(rest, pos + len(mt) - len(rest), prev)
            who, side = self._named(first, pos, prev)
            mc = re.fullmatch(r"(?:his|her|their)\s+(?:\w+\s+)?counterparts?,?\s*([A-Z].+)", rest)
            if who and mc is not None:
                # "Araghchi and his Omani counterpart, Badr Albusaidi": both by canonical name
                who2, side2 = self._named(mc.group(1), pos + len(mt) - len(mc.group(1)), prev)
                if who2 and who2 != who:
                    return f"{who} and {who2}", side if side == side2 else "other"
            if who and re.match(r"the\s+[A-Z]", rest) and self.table.lookup(rest, self.year) is not None:
                # "Iran and the United States": both by canonical name
                who2, side2 = self._named(rest, pos + len(mt) - len(rest), prev)
                if who2 and who2 != who:
                    return f"{who} and {who2}", side if side == side2 else "other"
            np_rest = _name_part(rest.split())
            if who and not rest.split()[0][:1].isupper() and len(np_rest) >= 2 and all(
                    w.islower() for w in rest.split()[: len(rest.split()) - len(np_rest)]):
                # "Araghchi and nuclear chief Mohammad Eslami": a title in lower case, then a person's name
                who2, side2 = self._named(rest, pos + len(mt) - len(rest), prev)
                if who2 and who2 != who and who2 != rest:
                    return f"{who} and {who2}", side if side == side2 else "other"
            if who and not rest.split()[0][:1].isupper():
                if _hinted(rest) and _side_from_context(rest, rest) != side:
                    side = "other"
                return f"{who} and {rest}", side or "other"
            if who and first[:1].isupper() and _name_part(first.split()) and _name_part(rest.split()):
                # "Obama and Vice President Joe Biden": both people, each by canonical name
                who2, side2 = self._named(rest, pos + len(mt) - len(rest), prev)
                if who2 and who2 != who:
                    return f"{who} and {who2}", side if side == side2 else "other"
        name = _name_part(words)
        if name and _INSTITUTION_NOUN_RE.fullmatch(name[-1].rstrip(".,")):
            name = []  # "Iran's Supreme National Security Council", "the Senate Foreign Relations Committee": no person
        if len(name) == 1 and name[0].lower().rstrip(".,") in _GROUP_HEADS | {"legislators", "deputies"}:
            name = []  # "Lawmakers chanted ...", "Officials said ...": a group capitalised at a sentence's start
        lead = words[: len(words) - len(name)]
        if name and lead and lead[-1].lower() == "saudi" and name[0].lower().startswith("arabia"):
            name = []  # "the foreign ministers of Iran and Saudi Arabia": a country, not a person called "Arabia"
        preps = ("of", "in", "from", "at", "for", "with", "to", "and", "by", "along", "near", "outside", "inside", "across", "around")
        if name and len(lead) >= 2 and lead[1].lower() in ("in", "at", "from", "near", "outside", "inside") and (
                lead[0].lower() in _PEOPLE_NOUNS or lead[0].lower() in _GROUP_HEADS):
            name = []  # "Shopkeepers in Tehran's Grand Bazaar": people somewhere, not a person called "Bazaar"
        posted = _posted_to(name, " ".join(lead))
        if posted:
            # "Former U.S. ambassador to Israel Dan Shapiro": the country the office is posted to, then the name
            lead, name = [*lead, name[0]], name[1:]
        elif len(name) >= 3 and lead and lead[-1].lower() in ("in", "to", "at") and _looks_like_person(name[-2:], mt):
            # "Russia's Permanent Representative to the International Organizations in Vienna Mikhail Ulyanov": the
            # place the office sits in, then the name
            k = next((k for k in range(len(name) - 1, 2, -1) if self.table.lookup(" ".join(name[-k:]), self.year) is not None), 2)
            lead, name, posted = [*lead, *name[:-k]], name[-k:], True
        if name and lead and not posted and (
            lead[-1].lower() in preps
            or (
                any(w.lower() in preps for w in lead)
                and not (lead[-1][:1].isupper() and lead[-1].lower().rstrip(".") in TITLE_WORDS and not _is_possessive(lead[-1]))
            )
            or any(w.lower() in ("some", "other", "several", "many") for w in lead)
        ):
            name = []  # "The commander of Iran's Revolutionary Guard Corps", "some in the US and Iran"
        if name:
            nm = _unshout(re.sub(r"['\u2019]s$", "", " ".join(name).rstrip(".,")), self.text)
            if len(name) == 1:
                # a surname: the person the article named with it, else the table
                surname = nm.lower()
                named = [e for e in self.entities if e.kind == "person" and e.name.split()[-1].lower() == surname]
                before = [e for e in named if e.pos < pos]
                ent0 = (before or named)[-1] if named else None
                if ent0 is not None:
                    return self._note(ent0.name, ent0.side, ent0.gender, pos)
                actor = self.table.lookup(nm, self.year) or self.table.fuzzy(nm)
            else:
                actor = self.table.lookup(nm) or self.table.lookup(" ".join(name[-2:])) or self.table.fuzzy(nm)
            if actor is not None:
                return self._register(actor, pos)
            # a person the table does not know: the fullest name the article uses for them
            full = self.fullest(name[-1]) or nm
            if len(name) >= 2 and not full.lower().endswith(nm.lower()):
                full = nm  # "His brother, Babak Namazi" after "Siamak Namazi": another person of the same surname
            ent = next((e for e in reversed(self.entities) if e.name == full), None)
            app = _appositive(self.text, pos + len(mt))
            side = ent.side if ent is not None else _side_from_context(mt + " " + app, full)
            if side == "other" and ent is None:
                side = self._side_of_principal(app) or side
            if len(name) == 1 and ent is None and name[0].isupper() and len(name[0]) <= 6:
                # an acronym the table does not know: keep it as an institution
                return mt, side
            if len(name) == 1 and ent is None and re.match(r"(?i)the\s", mt.strip()) and all(
                _is_country_word(w) for w in lead
            ):
                # "The Kremlin", "the U.S. Navy": a person's name takes no article; an institution keeps it,
                # and "the Navy" after "a U.S. Navy warship" is the body named before
                before_it = self._body_named_before(name[0], pos)
                if before_it is not None:
                    self.entities.append(_Entity(pos, before_it.name, before_it.side, before_it.kind, None, frozenset(), True))
                    self.entities.sort(key=lambda e: e.pos)
                    return before_it.name, before_it.side
                return _clean_group(mt), side
            self.entities.append(_Entity(pos, full, side, "person", None, frozenset(_title_keys(mt)), True))
            return full, side
        # a title without a name: "the supreme leader", "Iran's top diplomat"
        keys = _title_keys(mt)
        bare = _BARE_TITLE_RE.fullmatch(_norm(mt))
        if bare is not None:
            # "the minister" after "Foreign Minister Abbas Araghchi": the last person introduced with that title
            by_head = self._by_head(bare.group("head"), _country_of(mt), pos, deputy=bare.group("deputy") is not None)
            if by_head is not None:
                return by_head
        head = re.split(r"\s+of\s+", _norm(mt), maxsplit=1)[0]  # "the secretary" of "the secretary of state"
        if any(w in _GROUP_HEADS for w in head.split()) and not re.search(r"\b(?:spokes\w+|commander|head|chief|leader)\b", mt, re.I):
            keys = frozenset()
        if keys and (_foreign_qualifier(mt) or self._third_party_owner(mt)) and not (
            keys <= _FOREIGN_OFFICE_KEYS or (_country_of(mt) == "israel" and not self._third_party_owner(mt))
        ):
            # "Britain's ambassador", "the Chinese envoy", "Hezbollah's leader": an office of a third party
            # (but "the EU foreign policy chief" and "the Israeli leader" are offices the table holds);
            # "Oman's foreign minister": the one holder the table knows for that country at the date
            hit = self._third_country_office(keys, mt, pos)
            if hit is not None:
                return hit
            keys = frozenset()
        # a headline's title the body gives a name to: the article knows better than the table
        named_later = self._headline_title_named_later(mt, pos, prev)
        if named_later is not None:
            return named_later
        if keys:
            hit = self._by_title(keys, mt, pos, prev)
            if hit is not None:
                return hit
        # a group or an unnamed office: "other Iranian officials", "a senior US official"
        group = _clean_group(mt)
        side = _side_from_context(mt, group)
        boss_m = re.match(r"([A-Z][\w\-]+)['\u2019]s\s", mt.strip())
        boss = self.table.lookup(boss_m.group(1), self.year) if boss_m is not None else None
        if boss is not None and boss.kind == "person" and boss.side in ("iran", "us") and not re.search(r"\bcounterparts?\b", mt):
            side = boss.side  # "Biden's Iran envoy": the envoy's side is his principal's, whatever country he deals with
        if side == "other" and not _AFFILIATION_RE.search(mt):
            side = self._side_of_owner(mt) or side
            if side == "other" and not re.search(r"\b[A-Z]", re.sub(r"^\W*\w+", "", mt)) and not _DESCRIPTOR_FIRST_RE.match(mt):
                side = self._place_side(pos) or side  # only a description with no name or nationality in it
                if side == "other" and self.home is not None and (_DOMESTIC_GROUP_RE.search(mt) or _CITIZENS_RE.search(mt)):
                    # (and "a money changer near the bazaar", "shopkeepers", "a cleric at a nearby mosque" under TEHRAN)
                    side = self.home  # "hard-liners in parliament" in a story datelined TEHRAN; "two officials" under WASHINGTON
                if side == "other" and _LAWMAKERS_RE.search(mt):
                    side = self._legislature_side(pos) or side
                if side == "other" and _STATE_MEDIA_RE.fullmatch(mt.strip()) and self._country_referred(pos) in (None, "iran", "us"):
                    side = "iran"  # "state media reported" in a story about Iran and the US: the US has none
        if side == "other" and re.match(r"(?i)(?:another|(?:two|three|four|several)\s+other|other|a\s+second|a\s+third)\s", mt.strip()):
            # "One U.S. official said ... Another official said ...": one more of those just quoted, on their side
            head = _norm(mt).split()[-1].rstrip("s")
            like = next((p for p in reversed(prev[-4:]) if p.speaker and p.side in ("iran", "us") and p.start > pos - 1500
                         and _norm(p.speaker).split()[-1].rstrip("s") == head
                         and (not p.speaker[:1].isupper() or re.match(r"(?i)(?:one|a|an|two|three|several)\s", p.speaker))), None)
            if like is not None and like.side is not None:
                side = like.side
        kind = "group" if any(w in _GROUP_HEADS for w in _norm(mt).split()) else "institution"
        if _ONE_UNNAMED_RE.fullmatch(mt.strip()):
            kind = "person"  # "A reformist lawmaker ... said ... '...,' he said": one person, whom a pronoun can take up
        full = self._fullest_group(group, pos)
        mm = re.fullmatch(r"the ((?:foreign|defen[cs]e|interior|intelligence|oil) ministry)", full)
        if mm and self.home is not None:
            # "the foreign ministry" in a story datelined TEHRAN is Iran's foreign ministry
            if self.home == "iran":
                full = f"Iran's {mm.group(1)}"
            side = self.home
        if full != group:
            side = next((e.side for e in reversed(self.entities) if e.name == full), side)
            known = self.table.lookup(full)
            if known is not None:
                side = known.side
        self.entities.append(_Entity(pos, full, side, kind, None, frozenset(), True))
        return full, side

    def _headline_title_named_later(self, mt: str, pos: int, prev: list[Statement]) -> tuple[str, str] | None:
        """A headline's ``Iran's judiciary chief says`` when the body writes ``Iran's judiciary chief,
        Gholamhossein Mohseni-Ejei, said``: the person the body names with the same title."""
        if "\n" not in self.text[pos:] or "\n" in self.text[:pos]:
            return None  # only in the first line (the headline)
        title = re.sub(r"^(?:the|a|an)\s+", "", mt.strip(), flags=re.IGNORECASE)
        if len(title.split()) < 2:
            return None
        body = self.text.index("\n", pos)
        # ("Iran's deputy foreign minister for political affairs, Majid Takht-Ravanchi": an of- or for-phrase between)
        m = re.compile(rf"\b(?i:{re.escape(title)})(?:\s+(?:of|for)\s+[^,.;\n]{{1,60}})?,?\s+"
                       rf"((?:[A-Z][\w\-'\u2019.]*\s+){{0,3}}[A-Z][\w\-'\u2019]+{_AL_TAIL})").search(self.text, body)
        want = None
        if m is None:
            # "Iranian general vows ..." over "Brigadier General Amir Ali Hajizadeh ... said": the head noun of the
            # title before the first name in the lead, of the headline's nationality
            head = _HEADLINE_ROLE_RE.fullmatch(title)
            if head is None:
                return None
            want = _country_of(head.group(1)) if head.group(1) else None
            # ("The commander of the Guards navy, Alireza Tangsiri, has said": an of-phrase between)
            m = re.compile(rf"\b(?i:{head.group(2)})(?:\s+of\s+[^,.;\n]{{1,60}})?,?\s+((?:[A-Z][\w\-'\u2019.]*\s+){{0,3}}"
                           rf"[A-Z][\w\-'\u2019]+{_AL_TAIL})").search(self.text, body, body + 600)
            # "Iran Leader Rejects Talks" over "Ayatollah Ali Khamenei, Iran's supreme leader, today ruled out ...":
            # the name, then the title in an appositive (the first of the two in the lead)
            after = re.compile(rf"((?:[A-Z][\w\-'\u2019.]*\s+){{0,3}}[A-Z][\w\-'\u2019]+),\s+(?:the\s+)?"
                               rf"(?:[\w\-'\u2019]+\s+){{0,3}}?(?i:{head.group(2)})\b").search(self.text, body, body + 600)
            if after is not None and (m is None or after.start() < m.start()):
                m = after
        if m is None or not _name_part(m.group(1).split()):
            return None
        who, side = self._named(m.group(1), m.start(1), prev)
        if want is not None and side != want:
            return None
        return (who, side) if who is not None and side is not None else None

    def _its_owner(self, pos: int) -> str | None:
        """The subject of the sentence before the one holding ``pos``: whose "Its spokesman" is."""
        i = _bisect(self._sent_starts, pos)
        if i < 1:
            return None
        sub = _sentence_subject(self.text, self._sent_starts[i - 1], self._sent_starts[i])
        return self.text[sub.start : sub.end] if sub.kind == "np" else None

    def _office_in_sentence(self, pos: int, previous: bool = False) -> Actor | None:
        """The last office the table knows that the sentence names before ``pos`` (with ``previous``, the
        sentence before it too)."""
        i = max(0, _bisect(self._sent_starts, pos))
        lead = self.text[self._sent_starts[max(0, i - 1) if previous else i] : pos]
        best: tuple[int, Actor] | None = None
        for a in self.table.actors:
            if a.kind != "institution":
                continue
            for nm in (a.name, *a.aliases):
                bare = re.sub(r"^the\s+", "", nm, flags=re.IGNORECASE)
                for m in re.finditer(rf"\b{re.escape(bare)}\b", lead):
                    if best is None or m.start() > best[0]:
                        best = (m.start(), a)
        return best[1] if best is not None else None

    def _subordinate(self, mt: str, m: re.Match[str], pos: int) -> tuple[str, str]:
        """``an aide to President Rouhani``, ``a close ally of Trump``, ``a spokesman for the White House``.

        The aide speaks, not the one served: the mention stays a description, on the side of whom
        it serves. A spokesman for an office the table knows speaks as that office.
        """
        principal = m.group("whom").strip()
        name = _name_part(principal.split())
        if re.search(r"\b(?:mission|embassy|delegation|consulate|office)\s+(?:to|in|at)\s", principal, re.IGNORECASE):
            name = []  # "the Iranian mission to the United Nations": the mission, not the UN
        actor = (
            self.table.lookup(principal, self.year)
            or self.table.lookup(re.sub(r"^(?:the|a|an)\s+", "", principal, flags=re.IGNORECASE), self.year)
            or (self.table.lookup(re.sub(r"['\u2019]s$", "", " ".join(name)), self.year) if name else None)
        )
        if actor is not None and actor.kind != "person" and m.group("role").lower().startswith("spokes"):
            return self._register(actor, pos)
        country = _country_of(principal)
        holders = {
            a.side
            for k in _title_keys(principal)
            for a in self.table.by_office(TITLE_SYNONYMS.get(k, (k,)), None, self.when)
        }
        if actor is not None:
            side = actor.side
        elif country in ("iran", "us"):
            side = country
        elif len(holders) == 1:
            side = holders.pop()  # "advisers to the supreme leader": the leader's side
        else:
            side = _side_from_context(principal, principal)
        group = _clean_group(mt)
        if actor is not None and actor.kind == "person" and re.fullmatch(
                rf"(?:the\s+)?{re.escape(principal)}['\u2019]s\s+office", mt.strip(), re.IGNORECASE):
            group = f"{actor.name}'s office"  # "Prime Minister Benjamin Netanyahu's office": the office by its holder's name
        plural = m.group("role").lower().endswith(("s", "ies")) and not m.group("role").lower().startswith("spokes")
        # placed at the mention's end, after the names inside it: a later "he" is the aide, not the one served
        self.entities.append(_Entity(pos + len(mt) - 1, group, side, "group" if plural else "person", None, frozenset(), True))
        self.entities.sort(key=lambda e: e.pos)
        return group, side

    def _fullest_group(self, group: str, pos: int) -> str:
        """``State media`` after ``Iranian state media`` earlier in the article -> the longer form."""
        g = _norm(group)
        best = group
        for e in self.entities:
            n = _norm(e.name)
            if e.pos < pos and e.kind in ("group", "institution") and n.endswith(g) and len(e.name) > len(best) and not re.search(
                r"\b(?:of|for|to)(?: the)?$", n[: len(n) - len(g)].strip()
            ):  # (not "the representative of the Russian Federation" for "the Russian Federation")
                best = e.name
        return best

    def _by_title(self, keys: frozenset[str], mt: str, pos: int, prev: list[Statement]) -> tuple[str, str] | None:
        titles: set[str] = set()
        for k in keys:
            titles.update(TITLE_SYNONYMS.get(k, (k,)))
            titles.add(k)
        if keys <= {"commander", "general"} and _UNIT_RE.search(mt):
            return None  # "the commander of the Quds Force", "Iran's army commander": not the Guards' commander
        plain = _BACKED_RE.sub("backed", mt)  # ("the leader of the Iran-backed ... militia": not Iran's)
        country = _country_of(plain) or self._owner_country(plain) or ("us" if _US_HINTS.search(plain) else None)
        if country is None and _THE_COUNTRYS_RE.match(mt.strip()):
            country = self._country_referred(pos)
        if "leader" in keys and country not in (None, "iran", "us"):
            titles |= {"prime minister", "president", "chancellor"}  # "the Israeli leader": not a supreme leader
        former = "former" in mt.lower()
        want = {k for k in keys if k.startswith("former")} if former else (keys | titles)
        # 1. someone the article introduced with this title (most recent first)
        side_of = {"iran": "iran", "us": "us"}.get(country or "", "other" if country else None)
        holders = [e for e in reversed(self.entities) if e.pos < pos and e.kind == "person" and e.titles & want
                   and (side_of is None or e.side == side_of)]
        if holders:
            e = self._subject_of_two(holders)
            return self._note(e.name, e.side, e.gender, pos)
        # 2. a person in the article who holds/held the office per the table
        past = {e.name for e in self.entities if any(t.startswith("former") for t in e.titles) and not (e.titles & want)}
        for e in reversed([e for e in self.entities if e.kind == "person"]):
            actor = self.table.lookup(e.name)
            if actor is None:
                continue
            if not former and e.name in past:
                continue  # ("In 2010, then-President Mahmoud Ahmadinejad ...": a past holder, not "Iran's president" now)
            for r in actor.roles:
                if r.title in titles and (country is None or r.country == country):
                    if (former and self.when is not None and r.end is not None and r.end < self.when[0]) or (
                        not former and (r.active(self.when) or self.when is None)
                    ):
                        return self._register(actor, pos)
        # 2b. "the foreign minister" with no country: the state of the dateline, else the one the text is
        # about ("Iran has agreed to a new round. The foreign minister said ..."); only a minister: "the
        # president" in a US paper is the US president whatever country the story is about
        if country is None and self.year is not None and not former and re.match(r"(?i)the\s", mt.strip()) and all(
            k.endswith("minister") and not k.startswith(("deputy", "prime")) for k in keys
        ):
            where = self.home or self._country_referred(pos)
            if where is not None:
                held = {a.name: a for c in _TABLE_COUNTRIES.get(where, (where,)) for a in self.table.by_office(tuple(titles), c, self.when)}
                if 1 <= len(held) <= 2:  # (two in a year with a handover: the later first)
                    return self._register(next(iter(held.values())), pos)
        # 3. the office holder at the article's date: only for a definite office ("the supreme leader",
        # "Iran's top diplomat"), not for "a spokesman" or a deputy, of whom there are several
        indefinite = bool(re.match(r"(?:a|an|one)\s", mt.strip(), re.IGNORECASE))
        if self.year is not None and not former and not indefinite and not any(k.startswith("deputy") for k in keys):
            hits = self.table.by_office(tuple(titles), country, self.when)
            # one holder, or two in a year with a handover (the later first); more hold it at once
            # ("the senator", "the envoy"): nobody in particular
            if 1 <= len(hits) <= 2 and (country is not None or len({a.side for a in hits}) == 1):
                a = hits[0]
                return self._register(a, pos)
            if country is None and self.home == "us" and "president" in keys:
                # "WASHINGTON - The president said ...": in a story datelined in the US, the US president
                us = [a for a in hits if a.side == "us"]
                if 1 <= len(us) <= 2:
                    return self._register(us[0], pos)
        if self.year is None and not former and not any(k.startswith("deputy") for k in keys) and re.fullmatch(
                r"(?i)the\s+(?:[a-z.-]+\s+){0,2}[a-z.-]+", mt.strip()) and " of " not in mt.replace("secretary of", ""):
            # no date to name the holder by: "the supreme leader" is still Iran's, "the secretary of state" the US's,
            # when every holder of the office the table knows is on one side
            sides = {a.side for a in self.table.by_office(tuple(titles), country, None)}
            if len(sides) == 1 and sides <= {"iran", "us"}:
                return _clean_group(mt), sides.pop()
        return None

    def _subject_of_two(self, holders: list[_Entity]) -> _Entity:
        """The most recent of ``holders`` (people with the title a mention names), unless it is an object and an
        earlier one in its sentence is the subject: "President Trump attacked Iranian President Rouhani on Twitter.
        '...,' the president wrote" is Trump."""
        e = holders[0]
        if not e.subject:
            sent = _bisect(self._sent_starts, e.pos)
            return next((h for h in holders[1:] if h.subject and h.name != e.name and _bisect(self._sent_starts, h.pos) == sent), e)
        return e

    def _by_head(self, head: str, country: str | None, pos: int, deputy: bool = False) -> tuple[str, str] | None:
        """The most recent person in the window before ``pos`` introduced with a title whose last word
        is ``head`` (``foreign minister`` for "the minister"), on ``country``'s side when one is given."""
        lo = self._window_start(pos)
        people = [e for e in reversed(self.entities) if lo <= e.pos < pos and e.kind == "person"
                  and (country not in ("iran", "us") or e.side == country)]
        # ("the deputy minister" after "Russian Deputy Foreign Minister Sergey Ryabkov": a deputy's title)
        titled = [e for e in people if any(t.split()[-1] == head and (not deputy or t.startswith("deputy")) for t in e.titles)]
        if titled:
            e = self._subject_of_two(titled)
            return self._note(e.name, e.side, e.gender, pos)
        # "Ahmad Khatami, a senior cleric who leads Friday prayers, ... The cleric said", "Gen. Mark Milley": the words
        # just before the name or in its appositive
        rx = _HEAD_WORDS_RE.get(head)
        if rx is None or deputy:
            return None
        for e in people:
            last = e.name.split()[-1]
            at = self.text.find(last, e.pos, e.pos + 80)
            if at < 0 or rx.search(e.name):
                continue  # ("Joint Chiefs" is a body, not a general)
            if rx.search(self.text[max(0, e.pos - 25) : e.pos]) or rx.search(_appositive(self.text, at + len(last))):
                return self._note(e.name, e.side, e.gender, pos)
        return None

    def _body_named_before(self, head: str, pos: int) -> _Entity | None:
        """The last institution or group before ``pos`` whose name ends with ``head`` ("Navy" -> "the US Navy")."""
        return next((e for e in reversed(self.entities) if e.pos < pos and e.kind in ("institution", "group")
                     and e.name.split()[-1] == head), None)

    def _last_person_of(self, side: str, pos: int) -> _Entity | None:
        """The last person of ``side`` named before ``pos`` ("his Iranian counterpart")."""
        return max((e for e in self.entities if e.pos < pos and e.kind == "person" and e.side == side), key=lambda e: e.pos, default=None)

    def _side_of_principal(self, app: str) -> str | None:
        """``Hamid Aboutalebi, a political adviser to President Rouhani``: an aide takes the side of the
        person the table knows that they serve."""
        m = _AIDE_TO_RE.search(app)
        if m is None:
            return None
        words = [w for w in re.findall(r"[A-Z][\w\u2019'-]+", m.group("who")) if w.lower() not in TITLE_WORDS]
        for k in range(len(words)):
            actor = self.table.lookup(" ".join(words[k:]), self.year)
            if actor is not None and actor.side in ("iran", "us"):
                return actor.side
        return None

    def _legislature_side(self, pos: int) -> str | None:
        """``Iran's parliament voted ... Lawmakers chanted ...``: lawmakers with no nationality sit in the
        legislature named last before them (within a few sentences)."""
        best: tuple[int, str] | None = None
        for side, rx in _LEGISLATURE_RES:
            for m in rx.finditer(self.text, max(0, pos - 500), pos):
                if best is None or m.start() > best[0]:
                    best = (m.start(), side)
        return best[1] if best is not None else None

    def _place_side(self, pos: int) -> str | None:
        """``In Tehran, hard-line lawmakers said ...``: a group with no side of its own takes the side
        of the capital or country its sentence opens with."""
        i = max(0, _bisect(self._sent_starts, pos))
        m = _PLACE_LEAD_RE.match(self.text, self._sent_starts[i], pos)
        if m is None:
            return None
        side = _country_of(m.group("place"))
        return side if side in ("iran", "us") else None

    def _side_of_owner(self, mt: str) -> str | None:
        """The side a description takes from what owns it, when its words alone do not tell.

        "Washington's envoy for Iran" (a possessive state opens it) is ``us``; "a senior Biden
        administration official" (a person the table knows inside it) is ``us``.
        """
        if re.search(r"\bcounterparts?\b", mt):
            return None  # "Araghchi's Omani counterpart": the other side of a meeting, not its owner's side
        mt = _BACKED_RE.sub("backed", mt)  # ("of the Iran-backed Kataib Hezbollah militia": backed by Iran, not Iran's)
        for owner in _owners(mt):
            country = _country_of(owner)
            if country in ("iran", "us"):
                return country
        m = re.match(r"(?i)(?:the\s+)?([a-z][a-z ]*?)['\u2019]s\s", mt.strip())
        if m is not None:
            # "the supreme leader's office": the side of the office's holder, when only one side has it
            keys = _title_keys(m.group(1))
            held = {a.side for k in keys for a in self.table.by_office(TITLE_SYNONYMS.get(k, (k,)), None, self.when)}
            if len(held) == 1:
                return held.pop()
        sides = set()
        for name in re.findall(r"\b[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*", mt):
            actor = self.table.lookup(name, self.year)
            if actor is not None and actor.kind == "person" and actor.side in ("iran", "us"):
                sides.add(actor.side)
        return sides.pop() if len(sides) == 1 else None

    def _third_country_office(self, keys: frozenset[str], mt: str, pos: int) -> tuple[str, str] | None:
        """``Oman's foreign minister``, ``the Qatari prime minister``: the table's one holder of that
        country's office at the article's date (none for "a", "former" or a deputy)."""
        if re.match(r"(?i)(?:a|an|one)\s", mt.strip()) or "former" in mt.lower() or any(k.startswith("deputy") for k in keys):
            return None
        words = {w.lower().rstrip(".").removesuffix("'s").removesuffix("\u2019s") for w in re.findall(r"[A-Za-z][\w.'\u2019]*", mt)}
        named = {_TABLE_COUNTRIES[w] for w in words if w in _TABLE_COUNTRIES}
        if len(named) != 1:
            return None  # no third country named, or two ("the Omani envoy to Qatar")
        country_words = [w for w in words if w in _TABLE_COUNTRIES]
        titles: set[str] = set(keys)
        for k in keys:
            titles.update(TITLE_SYNONYMS.get(k, (k,)))
        hits = {a.name: a for c in named.pop() for a in self.table.by_office(tuple(titles), c, self.when)}
        if self.year is None:
            # no date: only a holder of the office (at any time) the article has named before ("his Qatari
            # counterpart, Sheikh X ... The Qatari foreign minister said")
            seen = {e.name for e in self.entities if e.pos < pos and e.kind == "person"}
            hits = {n: a for n, a in hits.items() if n in seen}
        if len(hits) == 1:
            return self._register(next(iter(hits.values())), pos)
        if not hits:
            # one the table does not know: the last person the article introduced as that country's holder of
            # the office or as a counterpart from it ("his Saudi counterpart, Prince Faisal bin Farhan")
            office = re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, country_words)) + r")\b.*\b(?:counterpart|"
                                + "|".join(re.escape(k) for k in keys) + r")\b")
            for e in reversed([e for e in self.entities if e.pos < pos and e.kind == "person" and e.side == "other"]):
                if office.search(self.text, max(0, e.pos - 60), e.pos):
                    return e.name, e.side
        return None

    def _country_referred(self, pos: int) -> str | None:
        """The country "the country's" refers to at ``pos``: the first one named in its sentence (its
        subject, as in "Iran will not negotiate with the US, the country's top diplomat said"), else the
        last one named before the sentence."""
        text = self.text
        start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
        for chunk, first in ((text[start:pos], True), (text[max(0, start - 600) : start], False)):
            hits = [(m.start(), c) for c, rx in _COUNTRY_NAME_RES for m in rx.finditer(chunk)]
            if hits:
                return (min if first else max)(hits)[1]
        return None

    def _owner_country(self, mt: str) -> str | None:
        """The side of a body the table knows that owns the title: "the commander of CENTCOM" -> ``us``."""
        for owner in _owners(mt):
            actor = self.table.lookup(owner, self.year)
            if actor is not None and actor.side in ("iran", "us"):
                return actor.side
            if owner == "House":
                return "us"  # "the speaker of the House"
        return None

    def _third_party_owner(self, mt: str) -> bool:
        """A title whose owner is named and is neither Iran nor the US: "Hezbollah's leader", "the leader of Hamas".

        The owner is a capitalised possessor (``X's``) or the object of ``of``; titles and
        owners the actor table places on the Iranian or US side ("Iran's", "the Pentagon's",
        "of the Islamic Republic") keep the office.
        """
        for owner in _owners(mt):
            if all(w.lower().rstrip(".") in TITLE_WORDS for w in owner.split()):
                continue  # "the President's", "the U.S.", "Iran's"
            actor = self.table.lookup(owner, self.year)
            if actor is not None:
                if actor.side not in ("iran", "us"):
                    return True
                continue
            if _US_HINTS.search(owner) or _IRAN_HINTS.search(owner) or _STATE_BODY_RE.search(owner):
                continue  # "the speaker of Parliament": a body of the state the article is about
            return True
        return False

    def _note(self, name: str, side: str, gender: str | None, pos: int) -> tuple[str, str]:
        self.entities.append(_Entity(pos, name, side, "person", gender, frozenset(), True))
        self.entities.sort(key=lambda e: e.pos)
        return name, side

    def _register(self, actor: Actor, pos: int) -> tuple[str, str]:
        self.entities.append(_Entity(pos, actor.name, actor.side, _kind(actor), actor.gender, frozenset(), True))
        self.entities.sort(key=lambda e: e.pos)
        return actor.name, actor.side


def _kind(actor: Actor) -> str:
    if actor.kind == "person":
        return "person"
    if actor.kind == "state":
        return "state"
    return "group" if any(w in _GROUP_HEADS for w in _norm(actor.name).split()) else "institution"


def _appositive(text: str, end: int) -> str:
    """The words after a name up to the next clause break: ``, the U.S. ambassador,``."""
    m = re.match(r",\s*((?:[A-Z]\.[A-Z]\.|[^,.;:\n]|\.(?=\S))*)", text[end : end + 100])
    state = re.match(r"\s*\(((?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})\)", text[end : end + 60])
    if m is None and state is not None and (_country_of(state.group(1)) or state.group(1).lower() in _COUNTRIES_OTHER):
        # "Amir Saeid Iravani (Iran) said", a UN summary's style: the state they speak for
        return {"us": "American", "iran": "Iranian"}.get(_country_of(state.group(1)) or "", "of " + state.group(1))
    if m is None or _PREDICATE_RE.match(m.group(1)):
        return ""  # "one lawmaker, Mojtaba Zolnour, said negotiating with Washington ...": the predicate, not a title
    if _SAID_IN_APPOSITIVE_RE.search(m.group(1)):
        return ""  # "... with his Saudi counterpart, Prince X, Secretary Rubio added that Iran ...": the next clause
    return m.group(1)


_SAID_IN_APPOSITIVE_RE = re.compile(r"\b(?:said|says|added|adds|told|tells|warned|stressed|insisted)\b")
_SHORTHAND = {"FM": "Foreign Minister", "PM": "Prime Minister", "VP": "Vice President"}
_SHORTHAND_RE = re.compile(r"\b(?:FM|PM|VP)\b")
_PREDICATE_RE = re.compile(
    r"(?:said|says|told|tells|added|adds|warned|warns|wrote|writes|insisted|argued|noted|stressed|vowed|urged|called|"
    r"accused|denied|rejected|claimed|declared|has|have|had|was|is|would|will|"
    # "told his French counterpart, Catherine Colonna, that Iran was serious": the clause told, not a title
    r"that|whether|if|as\s+(?:saying|telling|having\s+said))\b"
)
# "President Mohammad Khatami of Iran", "Foreign Minister Sergei Lavrov of Russia": a titled name, then its state
_NAME_OF_STATE_RE = re.compile(r"((?:[A-Z][\w\u2019'\-.]*\s+)+[A-Z][\w\u2019'\-]+)\s+of\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)$")
_COUNTERPART_RE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]he)\s+(?P<who>Iranian|American|U\.S\.|US)\s+counterpart\b")
_STATE_MEDIA_RE = re.compile(
    r"(?i)(?:the\s+)?(?:official\s+)?state(?:-run)?\s+(?:media|television|TV|radio|broadcaster|news\s+agency|outlets)"
)
_LAWMAKERS_RE = re.compile(r"^(?:the\s+|some\s+|many\s+|several\s+|other\s+|hard-?line\s+|conservative\s+)*(?:lawmakers|legislators|MPs|deputies)$", re.IGNORECASE)
# "an adviser to President Rouhani", "a spokesman for Mr. Trump": who the aide serves
_AIDE_TO_RE = re.compile(
    r"\b(?:adviser|advisor|aide|spokesman|spokeswoman|spokesperson|deputy|chief\s+of\s+staff|confidant|envoy|representative)"
    # ("a spokesman for the Trump campaign": the one whose campaign, team or office it is)
    r"\s+(?:to|for|of)\s+(?:the\s+)?(?P<who>(?:[A-Z][\w.\u2019'-]*\s+){0,3}[A-Z][\w\u2019'-]+)"
)
# A legislature named in the text, and its side.
_LEGISLATURE_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iran", re.compile(r"\b(?:Majlis|Majles|(?:Iran['\u2019]s|Iranian)\s+parliament|parliament\s+in\s+Tehran)\b")),
    ("us", re.compile(r"\b(?:Congress|(?:US|U\.S\.)\s+Senate|House\s+of\s+Representatives|Capitol\s+Hill)\b")),
)
_OBJECT_APPOSITION_RE = re.compile(
    r"\S\s+(?:with|met|meet|meets|meeting|called|told|visited|received|hosted|urged|thanked)\s+"
    r"(?:his|her|their|the|a|an|its)\s+(?:[\w-]+\s+){0,3}[a-z][\w-]*\s*$"
)
_HEADLINE_ROLE_RE = re.compile(
    r"(?i)(?:(Iranian|Iran's|Iran|U\.?S\.?|US|American|Qatar|Qatari|Oman|Omani|Saudi|Iraqi|Israeli)\s+)?"
    r"(?:top\s+|senior\s+|former\s+|supreme\s+)?(?:(?:navy|naval|army|military|"
    r"nuclear|guards|aerospace|police|judiciary|intelligence)\s+)?(general|commander|admiral|envoy|negotiator|cleric|ayatollah|diplomat|"
    r"ambassador|chief|leader|emir|king|sultan)"
)
# "European officials", "Western diplomats": a capitalised first word that is no determiner says whose they are
_DESCRIPTOR_FIRST_RE = re.compile(
    r"\W*(?!(?:The|A|An|Two|Three|Four|Five|Several|Some|Many|Most|Other|Senior|Top|Hard-?line|Hard-?liners|Officials?|"
    r"Lawmakers?|Legislators?|Aides?|Conservatives|Reformists|Deputies|MPs|Parliament|Critics|Analysts|Experts)\b)[A-Z][a-z]+\s+\w"
)
_DOMESTIC_GROUP_RE = re.compile(
    r"\b(?:parliament|lawmakers?|legislators?|MPs|hard-?liners|conservatives|reformists|deputies|officials?|aides?|government\s+spokes(?:man|woman|person))\b", re.IGNORECASE
)


# A sentence that opens with a title-only subject: "The U.S. envoy shot back."
_TITLE_SUBJECT_RE = re.compile(
    # (or a country's: "Iran's foreign minister said ... Tehran, he said, ...")
    r"(?:^|[.!?][\"'\u201d\u2019]?\s+|\n\s*)((?:The|the|(?:Iran|America|Israel|Britain|Russia|China|Oman|Qatar)['\u2019]s)\s+"
    r"(?:[A-Z][\w.\u2019']*\s+|[a-z]+\s+){0,3}?"
    r"(?:envoy|ambassador|minister|president|spokesman|spokeswoman|secretary|leader|general|commander|diplomat|"
    r"adviser|advisor|official|senator|speaker|chief))\b(?!\s*[,'\u2019])"
)
_DOC_OF_RE = re.compile(
    r"(?:[Tt]he\s+)?(.+?)['\u2019]s\s+(?:official\s+|written\s+)?(?:tweet|statement|message|letter|post|remarks|comments|words|"
    r"website|account|speech|interview|op-ed|article|response|reply|answer)"
    r"(?:\s+on\s+(?:X|Twitter|Telegram|Instagram|Facebook|Truth\s+Social|YouTube))?"
    # ("Iran's response to President Trump's letter": the one who responds, not the one answered)
    r"(?:\s+to\s+(?:the\s+)?[\w.\u2019' -]{2,60})?$"
)


_SPOKES_BEFORE_RE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts)\s+(?:\w+\s+)?spokes(?:man|woman|person),\s*"
    r"(?:(?:Gen|Brig|Lt|Col|Maj|Adm|Capt|Cmdr|Cdr|Sgt|Rear\s+Adm|Vice\s+Adm)\.?\s+){0,2}$"  # "A spokesperson, Cmdr. X"
)
# "Kamal Kharrazi, who heads the council, made the remarks in an interview": who said what was just reported
_MADE_THEM = r"(?:made|delivered|gave)\s+(?:the|these|those|his|her)\s+(?:remarks|comments|statement)\b"
_MADE_THEM_RE = re.compile(r"\b" + _MADE_THEM)
_MADE_REMARKS_RE = re.compile(
    r"(?:^|(?<=[.!?\n])\s*|(?<=[.!?][\"\u201d])\s*)(?P<who>(?:[A-Z][\w.\u2019'-]*\s+){1,4}?[A-Z][\w\u2019'-]+)"
    r"(?:,\s+[^.;\n]{3,120},)?\s+" + _MADE_THEM
)
_CROWD_SUBJECT_RE = re.compile(
    r"\s*(?:[A-Z][\w ,]{0,30},\s+)?(?P<np>(?:[Aa] few dozen|[Aa] few|[Dd]ozens of|[Hh]undreds of|[Tt]housands of|[Ss]ome|[Ss]everal|[Mm]any|"
    r"[Aa] group of|[Aa] crowd of|[Tt]wo|[Tt]hree|[Ff]our|\d+)\s+(?:[\w-]+\s+){0,2}?(?:[\w-]+s))\s+"
    # (a group that spoke is found through its statement: "Two diplomats ... said ...")
    r"(?!of\b|said\b|say\b|says\b|told\b|tell\b|added\b|warned\b|familiar\b|who\b|with\b)[a-z]+"
)
# "A shopkeeper in the Grand Bazaar was less hopeful.": one unnamed person, described, opening a sentence
_PERSON_SUBJECT_RE = re.compile(
    r"\s*(?P<np>(?:His|Her|Their)\s+(?:friend|wife|husband|son|daughter|brother|sister|colleague|companion|neighbou?r|"
    r"classmate|mother|father|cousin)|"  # 'Her friend disagreed. "...," he said.'
    r"(?:A|An|One|Another)\s+(?:[\w-]+\s+){0,3}?(?:shopkeeper|teacher|student|driver|vendor|resident|woman|man|"
    r"worker|merchant|engineer|doctor|nurse|retiree|pensioner|mother|father|veteran|businessman|businesswoman|trader|"
    r"farmer|taxi\s+driver|housewife|mechanic|clerk|banker|baker|pharmacist|labourer|laborer|fisherman|shopper|passer-by|"
    r"bystander|worshipper|protester|demonstrator|voter|young\s+man|young\s+woman|"
    # ('A senior Guards commander, who spoke on condition of anonymity, was more blunt. "...," he said.')
    r"official|diplomat|commander|officer|lawmaker|legislator|negotiator|cleric|adviser|advisor|aide|general)"
    r"(?:\s+(?:in|at|from|near|outside)\s+(?:the\s+)?[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*){0,3})?)"
    r"(?:,\s+[^,.]{1,60},)?\s+(?!said\b|says\b|told\b|who\b)[a-z]+"
)
# a name's last part after its particle, written in lower case: "Abdul-Malik al-Houthi"
_AL_TAIL = r"(?:\s+(?:al|el)-[A-Z][\w\-'\u2019]+)?"
# abbreviated ranks read as their words when titles are compared ("Gen." is "general")
_RANK_WORDS = {"gen": "general", "adm": "admiral", "sen": "senator", "rep": "representative", "col": "colonel"}
# Common Chinese surnames: a two-word name that opens with one is written surname first ("Wang Yi" is "Wang").
_SURNAME_FIRST = frozenset(
    "Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin Guo Ma Luo Xi Mao Geng Hua Qin Fu Zhai Cui "
    "Deng Jiang Xie Han Tang Feng Dong Cao Yuan Pan Cai Kong Lu".split()
)
# what private citizens quoted by name are described as
_OCCUPATIONS = (
    r"architect|designer|teacher|student|driver|vendor|shopkeeper|resident|worker|merchant|engineer|doctor|nurse|retiree|"
    r"pensioner|mother|father|veteran|businessman|businesswoman|trader|farmer|housewife|mechanic|clerk|banker|baker|"
    r"pharmacist|labou?rer|artist|writer|journalist|lawyer|accountant|programmer|cook|waiter|waitress|tailor|jeweller|"
    r"jeweler|carpet\s+seller|seller|owner|employee|graduate|activist|mother\s+of\s+\w+|father\s+of\s+\w+"
)
# A private citizen's description ("a 45-year-old carpet seller", "Another merchant"): of the place datelined.
_CITIZEN_RE = re.compile(r"\b(?:\d{1,2}-year-old|" + _OCCUPATIONS + r")\b", re.IGNORECASE)
# ordinary people of the place a story is datelined, described by what they do (singular or plural)
_CITIZENS_RE = re.compile(
    r"\b(?:" + _OCCUPATIONS + r"|cleric|imam|money\s+changer|marcher|mourner|worshipper|protester|demonstrator|shopper)s?\b",
    re.IGNORECASE,
)
# a first name alone, then who the person is: "Maryam, a 28-year-old graphic designer," "Reza, 41, a taxi driver,"
_ONE_NAME_DESCRIBED_RE = re.compile(
    r",\s+(?:\d{1,2},|(?:a|an)\s+\d{1,2}-year-old\b|(?:a|an)\s+(?:[a-z-]+\s+){0,3}?(?:" + _OCCUPATIONS + r")\b)"
)
# the next paragraph opening with a person named, described and speaking: "\n\nAli Akbar Velayati, a former foreign
# minister, told the Tasnim news agency ..."
_NEXT_PARA_NAME_RE = re.compile(
    # ("The spokesman, Gholam Hossein Elham, said": the description again, then the name)
    # ("The aide, X, who heads the leader's office, added": with an aside after the name)
    r"\n+\s*(?:(?P<who2>The\s+[a-z]+,\s+(?:[A-Z][\w\u2019'.-]*\s+){1,3}[A-Z][\w\u2019'-]+),\s+(?:[^,.\n\"\u201c]{3,80},\s+)?|"
    r"(?P<who>(?:[A-Z][\w\u2019'.-]*\s+){1,3}[A-Z][\w\u2019'-]+),\s+[^,.\n]{3,80},\s+)"
    r"(?:said|says|told|tells|added|wrote|warned|insisted|argued|stressed|declared|was\s+quoted\s+as\s+saying)\b"
)
# one unnamed person in an office: "a reformist lawmaker", "one senior Iranian official", "a Western diplomat"
_ONE_UNNAMED_RE = re.compile(
    r"(?i)(?:a|an|one|another)\s+(?:[\w.\u2019'-]+\s+){0,4}?(?:lawmaker|legislator|mp|official|diplomat|negotiator|cleric|"
    r"senator|commander|adviser|advisor|aide|analyst|spokesman|spokeswoman|spokesperson|minister|envoy|ambassador|"
    r"officer|general|source|insider|member)"
    # "the representative of the United States", a UN summary's delegate: one person, whom "she said" takes up
    r"|(?i:the\s+(?:permanent\s+)?(?:representative|delegate)\s+of\s+.+)"
)
_ABBREV_BEFORE_RE = re.compile(r"\b(?:" + TITLE_ABBREVIATIONS + r"|[A-Z])\.\s*$")
_INTERVIEW_WITH_RE = re.compile(
    r"\b(?:interview(?:ed)?\s+(?:with\s+)?|(?:spoke|talked)\s+(?:with|to)\s+|sat\s+down\s+with\s+|conversation\s+with\s+)"
    r"(?:[\w'\u2019.-]+\s+){0,5}$",
    re.IGNORECASE,
)
# "one, a 23-year-old engineering student who asked ...": the description that says who "one" is
_ONE_DESCRIBED_RE = re.compile(r",\s+(?P<np>an?\s+(?:[\w-]+\s+){0,4}?[\w-]+?)(?=\s+who\b|\s+from\b|\s+in\b|,|\.)")
# A headline's section label standing where a speaker would ("Interview: '...'"): the interviewee speaks.
_SECTION_SPEAKERS = frozenset({"interview", "exclusive interview", "q&a", "transcript"})
# "X, Iran's former foreign minister, spoke to us by video": the one interviewed, named before it
_INTERVIEWED_AFTER_RE = re.compile(
    r"\b(?:spoke|talked)\s+(?:to|with)\s+(?:us|(?:the|our)\s+\w+|[A-Z]\w+)|\bsat\s+down\s+with\b|\bwas\s+interviewed\b|"
    r"\bin\s+an?\s+(?:exclusive\s+)?interview\b"
)
_BARE_SPOKESPERSON_RE = re.compile(r"(?:a|an|the|its)\s+spokes(?:man|woman|person)", re.IGNORECASE)
_DOC_BY_RE = re.compile(
    r"(?:[Tt]he|[Aa]n?)\s+(.+?)\s+(?:readout|statement)(?:\s+(?:of|on)\s+(?:the|their)\s+(?:call|meeting|talks|conversation))?$"
)
"""``A White House readout of the call``, ``an IRGC statement``: the author named before the document."""
_DOC_BY_SEARCH_RE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+((?:[A-Z][\w.'\u2019-]*\s+){1,4}?)(?:readout|statement|communiqu[eé])\b")

# "a statement from Iran's foreign ministry", "a letter signed by the senators": the issuer speaks
_DOC_FROM_RE = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?)\s+)?(?:\w+\s+)?(?:tweet|statement|message|letter|post|communiqu\w+|note|report)\s+"
    r"(?:from|by|of|issued\s+by|signed\s+by|on\s+(?=.+['\u2019]s?\s+(?:\w+\s+){0,2}(?:website|site|channel|account|page|feed)$))\s*(.+?)"
    r"(?:['\u2019]s?\s+(?:\w+\s+){0,2}(?:website|site|channel|account|page|feed))?$"
)
# "The U.S. Navy's 5th Fleet", "the Navy's Bahrain-based 5th Fleet": a body named with the body it belongs to
_OWNED_BODY_RE = re.compile(
    r"^(?P<owner>(?:[Tt]he\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*)['\u2019]s\s+(?:[A-Z]\w+-based\s+)?"
    r"(?P<owned>[\w.\-]+(?:\s+[A-Z][\w.\-]*)+)$"
)
# "Araghchi's spokesman", "Khamenei's senior adviser": a subordinate named through whom they serve
_POSSESSIVE_SUBORDINATE_RE = re.compile(
    r"^(?P<whom>(?:[Tt]he\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*)['\u2019]s\s+(?:[a-z]+\s+)?"
    r"(?P<role>advis[eo]rs?|aides?|assistants?|deput(?:y|ies)|spokes(?:man|woman|person)|representatives?|envoys?|office)$"
)


# "the minister", "the Iranian envoy": a bare role noun (with at most a country word) that names
# someone the article has introduced with a longer title.
_BARE_TITLE_RE = re.compile(
    r"the (?:(?:iranian|american|us|israeli) )?(?P<deputy>deputy )?(?P<head>minister|envoy|ambassador|negotiator|diplomat|spokesman|"
    r"spokeswoman|spokesperson|senator|commander|general|secretary|adviser|advisor|speaker|president|chief|cleric|ayatollah|"
    r"emir|king|sultan)"
)
# what an appositive calls someone that "the general", "the cleric" points back to
_HEAD_WORDS_RE: dict[str, re.Pattern[str]] = {
    "general": re.compile(r"\b(?:Gen\.|[Gg]eneral|Joint Chiefs|[Cc]ommander)"),
    "cleric": re.compile(r"\b(?:[Cc]leric|[Aa]yatollah|[Hh]ojj?atoleslam|[Ii]mam|[Mm]ullah)\b"),
    # "Qatar's emir, Sheikh Tamim bin Hamad Al Thani, ... the emir said"
    "emir": re.compile(r"\b[Ee]mir\b"),
    "king": re.compile(r"\b[Kk]ing\b"),
    "sultan": re.compile(r"\b[Ss]ultan\b"),
}


_BYLINE_RE = re.compile(r"[ \t]*(?:By|BY|Written\s+by|(?:Additional\s+)?[Rr]eporting\s+by|Editing\s+by|Writing\s+by)\s+[A-Z]")


def _unshout(name: str, text: str) -> str:
    """A name in capitals ("ROSEMARY DICARLO, Under-Secretary-General, said", a UN summary's or a transcript's
    style) in the article's own spelling of each word where it has one ("DiCarlo added"), else capitalised."""
    if not name.isupper() or len(name.split()) < 2 or not re.search(r"[A-Z]{3}", name):
        return name
    out = []
    for w in name.split():
        seen = next((x.group(0) for x in re.finditer(rf"\b{re.escape(w)}\b", text, re.I) if not x.group(0).isupper()), None)
        out.append(seen or re.sub(r"[A-Z]+", lambda p: p.group(0).capitalize(), w))
    return " ".join(out)


def _is_possessive(word: str) -> bool:
    return word.lower().replace("\u2019", "'").endswith("'s")


# (after a quotation whose comma sits inside its closing mark too: '"...," Iran's envoy to the agency, Reza Najafi, told')
_TITLE_PHRASE_RE = re.compile(r"(?:^|[.;:\n\u2014\u2013(]\s*|,[\"\u201d\u2019]?\s+)([^,.;:\n\u2014\u2013()\"\u201c\u201d]{3,60}),\s*$")
_TITLE_PHRASE_ABBR_RE = re.compile(
    r"(?:^|[.;:\n\u2014\u2013(]\s*|,[\"\u201d\u2019]?\s+)((?:U\.S\.|U\.N\.|U\.K\.|[^,.;:\n\u2014\u2013()\"\u201c\u201d]){3,60}),\s*$"
)
_INITIALS_RE = re.compile(r"(?:[A-Z]\.){2,3}")
# ("Rear Adm.", "Vice Adm.", "Lt. Gen.": a word of the rank before its abbreviation)
_RANKS_AT_END_RE = re.compile(
    r"(?:\b(?:Rear\s+|Vice\s+)?(?:Gen|Brig|Lt|Col|Maj|Adm|Capt|Cmdr|Sgt)\.\s*|\b(?:Prince|Sheikh|Sheikha|Emir)\s+)+$"
)


def _title_run_before(text: str, start: int) -> str:
    """The title words right before a name: ``Iranian Foreign Minister`` in ``... Foreign Minister Zarif``."""
    lead = text[max(0, start - 80) : start]
    lead = lead[lead.rfind("\n") + 1 :]  # a title never runs across a paragraph break
    # "Pentagon press secretary Brig. Gen. Pat Ryder", "The top U.S. commander ..., Gen. Michael Kurilla": the
    # abbreviated ranks are part of the title, and the title words before them are read past their dots
    end = lead.rstrip()
    ranks = _RANKS_AT_END_RE.search(lead) if end.endswith((".", "Prince", "Sheikh", "Sheikha", "Emir")) else None
    if ranks is not None and ranks.start() > 0:
        before = _title_run_before(lead[: ranks.start()], ranks.start())
        tail = re.search(r"((?:\S+\s+){0,3}\S+),\s*$", lead[: ranks.start()]) if not before else None
        if tail is not None:
            before = tail.group(1)  # "... with his Saudi counterpart, Prince X": the words before the comma
        return f"{before} {ranks.group(0).strip()}".strip()
    # ("The top U.S. commander in the region, Gen. X": the phrase read past the abbreviation's dots)
    abbr = "U.S." in lead or "U.N." in lead or "U.K." in lead
    m = (_TITLE_PHRASE_ABBR_RE if abbr else _TITLE_PHRASE_RE).search(lead)
    if m:
        # "Iran's judiciary chief, Gholamhossein Mohseni-Ejei": a title phrase set off by a comma
        phrase = m.group(1).split()
        if 1 < len(phrase) <= 10 and any(w.lower().strip(".,") in TITLE_WORDS for w in phrase) and not any(
            w[:1].islower() and w.lower().endswith(("ed", "ing")) for w in phrase
        ):
            return " ".join(phrase)
    words = lead.split()
    out: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        lw = w.lower().strip(".,").replace("\u2019", "'")
        if w.endswith((",", ".", ":", ";", "!", "?", '"', "\u201d")) and out and not _INITIALS_RE.fullmatch(w):
            break  # (not "U.S." in "Former U.S. ambassador Ryan Crocker")
        if lw in TITLE_WORDS or lw in ("of", "for") or lw.endswith("'s") or w[:1].isupper() or re.match(r"(?:then|ex)-[a-z]", lw):
            out.append(w)  # (and "then-President Mahmoud Ahmadinejad": the office he held then)
            continue
        if lw == "to" and out and _is_country_word(out[-1]) and i > 0 and _POSTED_TO_RE.search(" ".join(words[i - 1 : i + 1])):
            out.append(w)  # "former U.S. ambassador to Israel": the country the envoy is posted to
            continue
        break
    out.reverse()
    return " ".join(out)


def _looks_like_person(name: list[str], ctx: str) -> bool:
    if any(w.lower().rstrip(".") in TITLE_WORDS for w in name):
        return False
    if any(w.isupper() and len(w) > 1 and not re.fullmatch(r"[A-Z]\.", w) for w in name):  # not "P." in "James P. Rubin"
        return False
    bad = {"United", "States", "Islamic", "Republic", "Revolutionary", "Guard", "Corps", "Council", "Security", "Nations",
           "House", "Department", "Ministry", "News", "Times", "Post", "Journal", "Agency", "Foundation", "Endowment",
           "Institute", "University", "Center", "Centre", "Committee", "Organization", "Party", "Union", "Gulf", "Sea",
           "Strait", "Mosque", "Street", "Program", "Programme", "Day", "Press", "Middle", "East", "Navy", "Army", "Fleet",
           "Force", "Forces", "Command", "Marines", "Treasury", "Pentagon", "Senate", "Congress", "Parliament", "Embassy",
           "Mission", "Office", "Bank", "Institution", "Group", "Fund", "Commission", "Court", "Assembly", "Society",
           "Network", "Coalition", "Alliance", "Initiative", "Project", "Forum", "Movement", "Association", "Front", "Prize",
           "Award", "Medal"}
    return not any(w.strip(".,") in bad for w in name)


_HOME_RE = re.compile(r"(?:^|\n)\s*(TEHRAN|QOM|MASHHAD|ISFAHAN|WASHINGTON)\b")
_GOV_TITLE_RE = re.compile(
    r"\b(?:(?:[Mm]inister|[Pp]resident|[Ss]pokes(?:man|woman|person)|[Cc]ommander|[Gg]eneral|[Aa]mbassador|[Ee]nvoy|"
    r"[Ss]ecretary|[Ss]enator|[Gg]overnor|[Ll]awmaker|MP|[Dd]eputy|"
    # ("the head of parliament's national security committee, X" in a story datelined TEHRAN)
    r"[Pp]arliament(?:['\u2019]s)?|[Cc]ommittee|[Cc]hair(?:man|woman|person)?|[Ss]peaker)\b|(?:Gen|Sen|Brig|Adm)\.)"  # ("Gen." had a \b after its dot)
)


def _hinted(context: str) -> bool:
    return bool(_US_HINTS.search(context) or _IRAN_HINTS.search(context) or _OTHER_HINTS.search(context))


# Title keys that name one office of a third party: qualified by its owner ("the EU foreign policy chief").
_FOREIGN_OFFICE_KEYS = frozenset(
    k for k, v in TITLE_SYNONYMS.items() if all(t in ("eu foreign policy chief", "director general of the iaea") for t in v)
)
# Lower-case words that may stand right before a subject's name: "Rubio and Lavrov said", "hard-line cleric X".
_SUBJECT_JOINERS = frozenset("and or late acting outgoing incoming then lawmakers officials diplomats".split())
_QUESTION_PARA_RE = re.compile(r"(?m)^(?:Q|Question)\s*[:.]\s.*$")
_PLACE_LEAD_RE = re.compile(
    r"\s*(?:Meanwhile,?\s+|Back\s+)?(?:[Ii]n|[Ii]nside)\s+(?P<place>Tehran|Iran|Washington|the\s+United\s+States|the\s+U\.?S\.?|America)\s*,"
)
_MEDIA_OWNER_RE = re.compile(
    r"\b(?:Al\s+Jazeera|CNN|BBC|NBC|CBS|ABC|Fox\s+News|NPR|Reuters|AFP|Axios|Bloomberg|Politico|Sky\s+News|"
    r"The\s+New\s+York\s+Times|The\s+Washington\s+Post|The\s+Guardian)['\u2019]s\s|\breporting\s+from\b"
)
_AFFILIATION_RE = re.compile(
    r"\b(?:at|of|with|for)\s+(?:the\s+)?(?:[A-Z][\w\u2019'&.\-]*\s+)*(?:Group|Institute|University|Council|Foundation|Center|Centre|"
    r"Endowment|Program|Programme|School|College|Initiative|Project|Fund)\b"
)


_NGO_RE = re.compile(
    r"\b(?:[A-Z][a-z]+-based\s+(?:rights\s+)?(?:group|organi[sz]ation|NGO|watchdog)|[Hh]uman\s+[Rr]ights\s+(?:Watch|group|organi[sz]ation|"
    r"[Aa]ctivists|[Cc]enter|[Cc]entre)|(?:rights|advocacy|campaign)\s+group|Amnesty\s+International|Iran\s+Human\s+Rights|"
    r"Reporters\s+Without\s+Borders|Committee\s+to\s+Protect\s+Journalists|NGO)\b"
)


_BACKED_RE = re.compile(
    r"\b(?:Iran|Iranian|Tehran|U\.?S\.?|American|Washington)-(?:backed|aligned|allied|supported|sponsored|funded|armed|trained)\b"
)


def _side_from_context(context: str, name: str = "") -> str:
    """Side of a speaker the table does not know, from the words around its name."""
    if _MEDIA_OWNER_RE.search(context):
        return "other"  # "Al Jazeera's Resul Serdar, reporting from Tehran": a journalist, whatever the dateline
    if _AFFILIATION_RE.search(context) and not re.search(r"\b(?:National Security Council|Guardian Council|Supreme National)", context):
        return "other"  # an analyst at a think tank or university
    if _NGO_RE.search(context):
        return "other"  # "director of the Oslo-based group Iran Human Rights": a rights group speaks for neither state
    actor_side = None
    # "the Iran-backed Kataib Hezbollah militia": backed by Iran, not Iran's
    context = _BACKED_RE.sub(" ", context)
    us = bool(_US_HINTS.search(context))
    ir = bool(_IRAN_HINTS.search(context))
    other = bool(_OTHER_HINTS.search(context))
    if other and not (us ^ ir):
        actor_side = "other"
    elif re.search(r"\b(?:[Ss]pecialists?|[Aa]nalysts?|[Ee]xperts?|[Ss]cholars?|[Rr]esearchers?|[Ff]ellows?|[Oo]bservers?)\b", context):
        actor_side = "other"
    elif us and not ir:
        actor_side = "us"
    elif ir and not us:
        actor_side = "iran"
    elif other:
        actor_side = "other"
    return actor_side or "other"


_DEMONYMS: dict[str, str] = {
    "iranian": "Iran", "omani": "Oman", "qatari": "Qatar", "saudi": "Saudi Arabia", "israeli": "Israel",
    "british": "Britain", "french": "France", "german": "Germany", "russian": "Russia", "chinese": "China",
    "iraqi": "Iraq", "swiss": "Switzerland", "turkish": "Turkey", "emirati": "the UAE", "egyptian": "Egypt",
    "syrian": "Syria", "lebanese": "Lebanon", "pakistani": "Pakistan", "indian": "India", "japanese": "Japan",
    "kuwaiti": "Kuwait", "bahraini": "Bahrain", "jordanian": "Jordan", "afghan": "Afghanistan",
}


# A third country's name or demonym -> its keys in the actor table's roles.
_TABLE_COUNTRIES: dict[str, tuple[str, ...]] = {
    **{w: ("oman",) for w in ("oman", "omani")}, **{w: ("qatar",) for w in ("qatar", "qatari")},
    **{w: ("saudi",) for w in ("saudi",)}, **{w: ("britain", "uk") for w in ("britain", "british", "uk", "u.k")},
    **{w: ("france",) for w in ("france", "french")}, **{w: ("germany",) for w in ("germany", "german")},
    **{w: ("russia",) for w in ("russia", "russian")}, **{w: ("china",) for w in ("china", "chinese")},
    **{w: ("turkey",) for w in ("turkey", "turkish")}, **{w: ("lebanon",) for w in ("lebanon", "lebanese")},
}

_US_STATES: frozenset[str] = frozenset(
    "alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois "
    "indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana "
    "nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming".split()
) | frozenset({"new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "rhode island",
               "south carolina", "south dakota", "west virginia"})
"""The states of the US, lower case: "Sen. Chris Murphy of Connecticut" is the senator, from the state he represents."""

_COUNTRIES_OTHER: frozenset[str] = frozenset(
    "britain china russia france germany israel qatar oman saudi iraq syria lebanon turkey egypt pakistan india japan "
    "switzerland europe kuwait bahrain jordan afghanistan the uk u.k uae eu".split()
)


def _owners(mt: str) -> list[str]:
    """Capitalised owners of a title: possessors (``Hezbollah's``) and objects of ``of`` (``of Hamas``)."""
    owners = re.findall(r"\b((?:[A-Z][\w.\-]*\s+)*[A-Z][\w.\-]*)['\u2019]s\b", mt)
    owners += re.findall(r"\bof\s+(?:the\s+)?((?:[A-Z][\w.\-]*\s+)*[A-Z][\w.\-]*)", mt)
    return owners


# The last word of a body's name, never of a person's.
_INSTITUTION_NOUN_RE = re.compile(
    r"(?:Council|Committee|Commission|Organi[sz]ation|Agency|Ministry|Department|Assembly|Parliament|Court|Office|"
    r"Corps|Command|Party|Front|Movement|Union|Bank|Institute|University|Cent(?:er|re)|Foundation|Association|Federation|"
    r"Affairs|Unit|Service|Services|Authority|Bureau|Directorate|Secretariat|Division)"
)


# Common nouns for a state's own bodies: an owner written with one of them is not a third party.
_STATE_BODY_RE = re.compile(
    r"(?i)\b(?:parliament|majlis|house|senate|congress|cabinet|government|assembly|council|army|navy|forces?|"
    r"guards?|corps|ministry|department|judiciary|staff|chiefs|republic|revolution|nation|country|state)\b"
)


def _posted_to(name: list[str], before: str) -> bool:
    """``name`` opens with the country an envoy is posted to ("ambassador to Israel Dan Shapiro"), then a name."""
    return len(name) >= 3 and _is_country_word(name[0]) and bool(_POSTED_TO_RE.search(before))


_POSTED_TO_RE = re.compile(r"(?i)\b(?:ambassadors?|envoys?|representatives?|emissar(?:y|ies))\s+to\s*$")


def _is_country_word(word: str) -> bool:
    """``U.S.``, ``American``, ``Iran's``, ``Russian``: a word naming a country, not a title."""
    w = re.sub(r"['\u2019]s$", "", word.lower()).rstrip(".")
    return w in _COUNTRY_WORDS or w in _DEMONYMS or w in _COUNTRIES_OTHER


def _foreign_qualifier(mt: str) -> bool:
    """The words name an office of a country other than Iran or the US (``China's envoy``)."""
    for w in re.findall(r"[A-Za-z][\w.]*", mt):
        lw = w.lower().rstrip(".")
        if lw in _DEMONYMS and _DEMONYMS[lw] not in ("Iran",):
            return True
        if lw in _COUNTRIES_OTHER and lw not in ("the",) and (w[:1].isupper()):
            return True
    return bool(re.search(r"\b(?:Britain|China|Russia|France|Germany|Qatar|Oman|Saudi Arabia|Iraq|Turkey|Egypt)['\u2019]s\b", mt))


def _clean_group(mt: str) -> str:
    """``U.S. officials`` -> ``US officials``, ``Officials in Tehran`` -> ``Iranian officials``."""
    s = mt.strip()
    s = re.sub(r"\bU\.S\.", "US", s)
    if s.isupper() and len(s) > 6 and any(w.lower() in _GROUP_HEADS for w in s.split()):
        s = " ".join(w if w in ("US", "UN", "EU", "IAEA", "IRGC") else w.lower() for w in s.split())  # an all-caps headline's "OFFICIALS"
    # officials speak for their state: "Officials in Tehran" -> "Iranian officials"
    # (analysts or residents in a city are only located there)
    m = re.match(r"(?i)(?:the\s+)?(officials|authorities|leaders|diplomats)\s+in\s+(Tehran|Iran)$", s)
    if m:
        return f"Iranian {m.group(1).lower()}"
    m = re.match(r"(?i)(?:the\s+)?(officials|authorities|leaders|diplomats)\s+in\s+(Washington)$", s)
    if m:
        return f"US {m.group(1).lower()}"
    # "the Omani foreign ministry" -> "Oman's foreign ministry" (codebook: "Iran's foreign ministry")
    m = re.match(r"(?i)(?:the\s+)?([A-Z][a-z]+)\s+((?:foreign|defen[cs]e|interior|intelligence|oil)\s+ministry)$", s)
    if m and m.group(1).lower() in _DEMONYMS:
        return f"{_DEMONYMS[m.group(1).lower()]}'s {m.group(2).lower()}"
    if s[:1].isupper() and s.split()[0].lower() in ("the", "a", "an", "some", "other", "several"):
        s = s[0].lower() + s[1:]
    elif s[:1].isupper() and s.split()[0].lower() in ("officials", "diplomats", "analysts", "state", "lawmakers", "friends", "associates",
                                                       "relatives", "colleagues", "aides", "allies"):
        s = s[0].lower() + s[1:]
    return s


def _bisect(starts: list[int], pos: int) -> int:
    import bisect

    return bisect.bisect_right(starts, pos) - 1


def _article_when(date: str | None) -> When | None:
    """An article's date as a span: ``2021-06-01`` a point, ``2021`` the whole year."""
    if not date:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(date))
    if m:
        try:
            w = _when(m.group(0))
        except ValueError:
            w = None
        if w is not None:
            return (w, w)
    y = _year(date)
    return (float(y), y + 0.9999) if y is not None else None


def _year(date: str | None) -> int | None:
    if not date:
        return None
    m = re.match(r"(\d{4})", str(date))
    return int(m.group(1)) if m else None


def resolve_speakers(
    article: Article, statements: Sequence[Statement], cfg: SpeakersConfig | None = None
) -> list[Statement]:
    """Fill ``speaker`` (canonical name) and ``side`` for each statement.

    Args:
        article: The article the statements come from (its text and date are used).
        statements: Statements from :func:`stance.extract.extract_statements` (with mentions).
        cfg: Speaker settings: an extra actor file and the pronoun window.

    Returns:
        New statements, in the same order, with ``speaker`` and ``side`` set where the
        speaker could be found (``None`` otherwise).

    Raises:
        DataError: a statement lies outside the article text.
        ConfigError: the extra actor file is unusable.

    Example:
        ``"We have broken a taboo," he added.`` after a sentence about Rafsanjani resolves
        ``he`` to ``Akbar Hashemi Rafsanjani`` (side ``iran``).
    """
    cfg = cfg or SpeakersConfig()
    table = load_actors(cfg.actors)
    for st in statements:
        if st.end > len(article.text):
            raise DataError(f"statement [{st.start}, {st.end}) is past the end of article {article.id!r} ({len(article.text)} characters)")
    res = _Resolver(article, table, cfg)
    out: list[Statement] = []
    for st in statements:
        speaker, side = res.resolve(st, out)
        if side == "other" and speaker is not None and table.lookup(speaker) is None:
            side = res.label_side(st.start) or side
        out.append(st.with_(speaker=speaker, side=side if side in ("iran", "us", "other") else None))
    return res.named_after(out)
