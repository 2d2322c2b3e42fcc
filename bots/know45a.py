"""A question told as news, read as the question it is (know45a).

rate44 rated Einstein and Curie low where a plain question came wrapped in a remark, and the
remark was answered instead:

- a child's question passed on ("my kid asked why the sky is blue and i panicked"): it had got
  a consolation met on "panicked"; the question is answered ("why the sky is blue?");
- a claim heard ("my mum says microwaving plastic gives you cancer"): read as news ("Thank
  you for telling us"); it is asked whether the claim is true ("is it true that microwaving
  plastic gives you cancer?") when the persona has a `#know` line on it;
- an ask, good news or a worry with no question mark ("anyone know an easy magnet experiment
  for a science fair", "my sister got into a physics phd program!!", "my parents want me to
  study law but i love physics"): asked, when the persona has a `#know` line on it. A
  disappointment ("i didn't get into the university i wanted") is left to warmth, and a laugh
  at oneself ("lol my kid asked me why stars twinkle and i had no idea") to the engine's own
  laughing answer.

`reread(message, knows)` gives the message as that question, or "" when it is none of these;
`knows(text)` says whether the persona has a `#know` line on `text`, asked.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_CHILD = (
    r"(?:kid|kids|son|daughter|child|children|toddler|boy|girl|niece|nephew|grandson|"
    r"granddaughter|grandkid|grandkids|student|students|class|little\s+one|\d+\s*(?:yo|y/o|"
    r"year\s+old|yr\s+old))"
)
# "my kid asked why the sky is blue and i panicked", "my 6yo asked me how magnets work, no
# idea": the question, up to the remark after it.
_RELAYED = re.compile(
    r"^\W*(?:(?:so|ok|okay|lol|omg|ugh|help|today)\W+)*(?:my|our)\s+(?:\w+\s+)?"
    + _CHILD
    + r"\s+(?:just\s+|randomly\s+|literally\s+)?(?:asked|asks|keeps\s+asking|kept\s+asking|"
    r"was\s+asking|wanted\s+to\s+know|wants\s+to\s+know)\s+(?:me\s+|us\s+)?"
    r"(?P<q>(?:why|how|what|whether|where|when|if)\b.+?)"
    r"(?:\s*(?:[,.;!]+|\band\b|\bbut\b|\bso\b|&|-+)\s*(?:i|im|i'm|we|and\s+i|idk|no\s+idea|"
    r"lol|haha)\b.*)?\W*$",
    re.I,
)
# A question of the family's own ("what we're having for dinner", "if i was mad"): not one
# to answer as a general question.
# A laugh at oneself ("lol my kid asked me why stars twinkle and i had no idea") is the
# engine's own to answer, with a laugh.
_LAUGH = re.compile(r"\b(?:lol|lmao|lmfao|rofl|haha\w*|hehe\w*)\b", re.I)
_THEIRS = re.compile(
    r"\b(?:i|i'm|im|me|my|we|we're|were|us|our|you|your|u|ur|he|she|his|her)\b", re.I
)
# "my mum says ...", "everyone says ...", "i read that ...": the claim heard.
_HEARSAY = re.compile(
    r"(?:^|\b(?:but|and|though)\s+)\W*(?:(?:my|a|our)\s+(?:\w+\s+)?(?:mum|mom|mother|dad|father|"
    r"gran|grandma|granny|nan|nana|grandpa|aunt|auntie|uncle|friend|friends|teacher|boss|"
    r"coworker|colleague|husband|wife|partner|bf|gf|boyfriend|girlfriend|sister|brother|"
    r"cousin|neighbou?r|doctor|roommate|flatmate|mate|parents)|someone|somebody|people|"
    r"everyone|everybody|they)\s+(?:always\s+|keeps?\s+)?(?:says?|said|saying|told\s+me|"
    r"tells\s+me|thinks|reckons|claims|swears|insists)\s+(?:that\s+)?(?P<c>\w.+?)\W*$"
    r"|^\W*i\s+(?:read|heard|saw)\s+(?:online\s+|somewhere\s+|on\s+\w+\s+)?that\s+(?P<r>\w.+?)\W*$",
    re.I,
)
# An ask or news put without a question mark.
_UNMARKED = re.compile(
    r"^\W*(?:does\s+)?(?:any\s*one|anybody|someone)\s+(?:know|got|have|recommend)\b|"
    r"\bany\s+(?:tips|ideas|advice|suggestions)\b|\b(?:need|want|looking\s+for)\s+(?:an?\s+|some\s+)?"
    r"(?:\w+\s+){0,3}(?:ideas?|tips|advice)\b|"
    r"(?<!n't )(?<!nt )(?<!not )\b(?:got|been|getting)\s+(?:into|accepted|admitted)\b",
    re.I,
)

# A worry or a plan told, with no question mark ("i think im not smart enough for my job", "my
# parents want me to study law but i love physics", "i work too much and my kids say im never
# home").
_WORRIED = re.compile(
    r"\bi\s+(?:think|worry|fear)\b|\bi'?m\s+(?:scared|worried|afraid)\b|"
    r"\bnot\s+(?:smart|clever|good)\s+enough\b|\bi\s+(?:work|study)\s+too\s+much\b|"
    r"\bmy\s+(?:\w+\s+)?(?:parents|mum|mom|dad|mother|father|boss|manager|kids|children|wife|"
    r"husband|partner|family|teacher)\s+(?:\w+\s+){0,3}?(?:want|wants|say|says|think|thinks|"
    r"(?:are|is)\s+(?:scared|worried|afraid)|doesn'?t|dont|don't|won'?t|wont|never|keeps?)\b",
    re.I,
)


# Words without one of which each pattern cannot match: cheap checks before the patterns.
_ASKED_WORDS = ("ask", "wanted to know", "wants to know")
_HEARD_WORDS = (
    "say",
    "said",
    "told",
    "tells",
    "think",
    "reckon",
    "claim",
    "swear",
    "insist",
    "read",
    "heard",
    "saw",
)
_UNMARKED_WORDS = (
    "know",
    "got",
    "have",
    "recommend",
    "any",
    "idea",
    "tips",
    "advice",
    "into",
    "accepted",
    "admitted",
)
_WORRIED_WORDS = (
    "think",
    "worr",
    "fear",
    "scared",
    "afraid",
    "enough",
    "too much",
    "want",
    "say",
    "doesn",
    "dont",
    "don't",
    "won",
    "never",
    "keep",
)


def _has(lowered: str, words: tuple[str, ...]) -> bool:
    return any(word in lowered for word in words)


def reread(message: str, knows: Callable[[str], bool]) -> str:
    """`message` as the plain question it wraps, or "" (see the module's docstring)."""
    lowered = message.lower()
    if (
        _has(lowered, _ASKED_WORDS)
        and (relayed := _RELAYED.match(message))
        and len(relayed.group("q").split()) >= 3
        and not _THEIRS.search(relayed.group("q"))
        and not _LAUGH.search(message)
    ):
        return relayed.group("q").strip(" ?") + "?"
    if "?" in message:
        return ""
    heard = _HEARSAY.search(message) if _has(lowered, _HEARD_WORDS) else None
    if heard and knows(claim := f"is it true that {heard.group('c') or heard.group('r')}?"):
        return claim
    if (
        heard
        or (_has(lowered, _UNMARKED_WORDS) and _UNMARKED.search(message))
        or (_has(lowered, _WORRIED_WORDS) and _WORRIED.search(message))
    ) and knows(asked := message.rstrip(" .!") + "?"):
        return asked
    return ""
