"""Cue-word features: what a bag-of-embeddings misses (negation, conditions, vows, praise).

A sentence embedding barely tells "we will negotiate" from "we will never negotiate"; a few
counts of hand-picked cue patterns, appended to the embedding, let a linear head see it.
Patterns are versioned: a head records the version it was trained with.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

__all__ = ["CUES", "cue_features"]

_W = r"(?:\w+\W+){0,4}?"  # up to four words in between

CUES: dict[str, list[tuple[str, str]]] = {
    "cues.v1": [
        ("neg_talks", rf"\b(?:no|not|never|won't|will not|refuse[sd]?|reject(?:s|ed)?|ban(?:s|ned)?|rule[sd]? out)\b\W+{_W}(?:talks?|negotiat\w*|dialogue|deal|agreement|meet\w*)\b"),
        ("talks", r"\b(?:talks?|negotiat\w*|dialogue|diplomac\w*|diplomatic\w*)\b"),
        ("negation", r"\b(?:no|not|never|nothing|cannot|can't|won't|don't|isn't|aren't|neither|nor)\b"),
        ("condition", r"\b(?:if|unless|provided that|as long as|depends? on|on condition)\b"),
        ("open", r"\b(?:ready|willing|open|prepared|welcome[sd]?|hope[sd]?|hopeful|opportunit\w*|constructive|positive|progress|cooperat\w*|engage\w*|trust|peace\w*|respect\w*|good faith)\b"),
        ("hostile", r"\b(?:enem\w*|hostil\w*|aggress\w*|threat\w*|retaliat\w*|revenge|crush\w*|destroy\w*|terror\w*|criminal\w*|evil|lie[sd]?|liars?|dishonest|deceit\w*|betray\w*|arrogan\w*|bully\w*|satan\w*|death to|punish\w*|war)\b"),
        ("pressure", r"\b(?:sanction\w*|pressure|maximum|embargo|strikes?|military|force|attack\w*)\b"),
        ("yield", r"\b(?:bow\w*|surrender\w*|capitulat\w*|yield\w*|submit\w*|kneel\w*|give in|back down|resist\w*|defian\w*|humiliat\w*)\b"),
        ("trust_neg", rf"\b(?:not|never|cannot|can't|no)\b\W+{_W}(?:trust\w*|believ\w*|rely)\b"),
        ("lift_sanctions", r"\b(?:lift\w*|eas\w*|relie\w*|remov\w*|suspend\w*|waive\w*)\b\W+(?:\w+\W+){0,3}?sanction\w*"),
        ("must", r"\b(?:must|demand\w*|should|have to|has to)\b"),
        ("question", r"\?"),
        ("exclaim", r"!"),
        ("we_will", r"\b(?:we|iran|america|the united states)\s+(?:will|shall)\b"),
        ("praise", r"\b(?:historic|great|good|success\w*|achiev\w*|thank\w*|appreciat\w*|important step|breakthrough)\b"),
        ("regret", r"\b(?:unfortunate\w*|regret\w*|sad\w*|disappoint\w*|concern\w*|worr\w*|fail\w*|mistake\w*|problem\w*|difficult\w*)\b"),
    ],
}

_COMPILED: dict[str, list[re.Pattern[str]]] = {}


def cue_features(texts: Sequence[str], *, version: str = "cues.v1") -> np.ndarray:
    """``[len(texts), n_cues]``: ``log1p`` of each cue pattern's match count.

    Example: ``"We will have no negotiations with the US"`` fires ``neg_talks``, ``talks``,
    ``negation`` and ``we_will``.
    """
    if version not in CUES:
        raise ValueError(f"unknown cue version {version!r}; known: {sorted(CUES)}")
    pats = _COMPILED.get(version)
    if pats is None:
        pats = _COMPILED[version] = [re.compile(p, re.IGNORECASE) for _, p in CUES[version]]
    out = np.zeros((len(texts), len(pats)), dtype=np.float32)
    for i, t in enumerate(texts):
        for j, p in enumerate(pats):
            n = len(p.findall(t))
            if n:
                out[i, j] = np.log1p(n)
    return out
