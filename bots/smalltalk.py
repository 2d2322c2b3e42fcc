"""Chat tokens and small talk answered in kind (session 39).

A person in a chat room answers "ok" with a word back, "wow" with what the wonder is (or that it
is one, after its own line), a laugh at nothing of its own with a laugh along (never credit for
a joke it did not make), "anyone watching the bake off?" with a word on the show, "what did I
miss" with what the room said just before, and "teach me something interesting" with a true
thing from its field. These read the message whole: a word among others is no token.
"""

from __future__ import annotations

import re

from bots.fold import folded

# Said to the room or the persona as well: "ok all", "wow guys", "lol @curie".
_TO = r"(?:\s+(?:all|guys|everyone|everybody|folks|y'?all|mate|then|lol|x+|!+))*"


def _alone(words: str) -> re.Pattern:
    """A message of one of `words` and no more, said to the room or the persona as well."""
    return folded(r"^\W*(?:" + words + r")" + _TO + r"\W*$", re.IGNORECASE)


# "ok", "okay", "k", "alright", "cool", "got it": a word back, no more.
ACK = _alone(
    r"ok+|okay+|okey dokey|okie(?: dokie)?|oki|k+|alright|aight|right(?: then| ok)?|"
    r"ok (?:then|cool|sure|fine)|cool(?: cool)?|sure|got it|gotcha|fine|noted|mhm+|fair"
)
# "wow", "whoa", "omg", "no way": wonder, of what was said or of something unsaid.
WOW = _alone(
    r"wo+w+|wo+a+h*|whoa+|omg+|oh my (?:god|gosh)|no way|amazing|incredible|mind ?blown|"
    r"blimey|crikey|gosh|jeez|wild"
)
# A laugh and no more: "lol", "haha", "haha nice one", "lmao 😂".
LAUGH_ALONE = _alone(
    r"(?:(?:lol+|lmao+|lmfao|rofl|ha(?:ha)+h*|heh(?:eh)*e?|hehe+|ha(?: ha)+|xd|"
    r"\U0001F602|\U0001F923|\U0001F606)\W*)+(?:(?:nice|good|great) one|love it|brilliant|"
    r"classic|too funny|so funny|so true|dead|i'?m dead|stop)?"
)
# A typo put right: "sry typo, meant to say hello lol" is "hello lol".
MEANT = folded(
    r"^\W*(?:(?:sorry|sry|soz|oops|whoops|ugh)\W+)*(?:(?:a\s+)?typo\W+)?(?:i\s+)?"
    r"meant(?:\s+to\s+(?:say|type|write|put))?\W+(?P<said>\w.*)$",
    re.IGNORECASE,
)
# A show asked about: "anyone watching the new season of the bake off?", "did you see the final
# last night", "is anyone else into the traitors". Watching a show or a match, never the kids.
WATCHING = folded(
    r"^\W*(?:(?:so|hey|ok|oh|also|random but)\W+)?(?:is\s+|are\s+|has\s+|did\s+|do\s+|have\s+)?"
    r"(?:any(?:one|body|1)|every(?:one|body)|you(?: guys| lot| all)?|u(?: guys)?)\s+"
    r"(?:else\s+)?(?:still\s+)?(?P<verb>watch(?:ing|ed)?|seen?|catch|caught|follow(?:ing|ed)?|"
    r"into|keeping up with)\s+(?P<show>\w.*?)\W*$",
    re.IGNORECASE,
)
SHOW_WORDS = folded(
    r"\b(?:season|series|episode|show|final|finale|film|movie|documentary|telly|tv|netflix|"
    r"iplayer|bake ?off|strictly|eurovision|love island|traitors|doctor who|apprentice|"
    r"eastenders|coronation street|corrie|emmerdale|match|game|football|rugby|cricket|"
    r"tennis|snooker|darts|grand prix|olympics|world cup|news|drama|soap|sitcom)\b",
    re.IGNORECASE,
)
NOT_A_SHOW = folded(
    r"\b(?:anything|something|nothing|much|everything|my|our|your|his|her|their|kids?|children|baby|babies|dog|dogs|cat|cats|house|bags?|"
    r"stuff|weight|step|steps|spot|car|me|us|him|them|it|this|that)\b",
    re.IGNORECASE,
)
ONE_EVENING = folded(r"\b(?:last night|yesterday|on saturday|on sunday|at the weekend)\b", re.I)
SHOW_LEAD = folded(
    r"^(?:the\s+)?(?:new|latest|last|final|first|next)\s+(?:season|series|episode|ep)\s+of\s+",
    re.IGNORECASE,
)
SHOW_TAIL = folded(
    r"(?:\s+(?:tonight|yet|at the moment|atm|right now|rn|lol|this week|"
    r"this year|then|at all))+$",
    re.IGNORECASE,
)
# What the room said while one was away: "what did I miss", "fill me in", "catch me up".
MISSED = folded(
    r"(?:^|[,.;!?]\s*|\b(?:so|ok|okay|and)\s+)(?:what(?:'?s| have| did)? (?:i|we) miss(?:ed)?|"
    r"did i miss anything|anything i missed|catch me up|fill me in|"
    r"what(?:'?s| is| are| have)? (?:you (?:all|guys|lot) |every(?:one|body) |we )?"
    r"(?:been )?(?:talking|chatting) about|what'?s been (?:happening|going on))"
    r"(?:\s+(?:here|in here|guys|all|everyone|folks|lol|then|so far))*\W*$",
    re.IGNORECASE,
)
# An interesting thing asked for, of no subject named: "teach me something interesting",
# "tell me a fun fact", "tell us something i don't know".
TEACH_ME = folded(
    r"^\W*(?:(?:so|ok|okay|go on|come on|hey|right)\W+)?(?:(?:please|pls)\s+)?"
    r"(?:teach|tell|give|show) (?:me|us)(?: all)? (?:something|a thing|one thing|"
    r"an? (?:fun |random |interesting |cool |weird |surprising )?fact)"
    r"(?: (?:interesting|new|cool|fun|random|weird|surprising|amazing|fascinating))?"
    r"(?: (?:i don'?t know|i didn'?t know|we don'?t know|today|please|pls|then))*\W*$|"
    r"^\W*(?:any\s+)?(?:fun|random|interesting|cool) facts?\W*$",
    re.IGNORECASE,
)


def meant(text: str) -> str:
    """What a typo put right meant ("sry typo, meant to say hello lol": "hello lol"), or
    `text` itself."""
    m = MEANT.match(text)
    return m.group("said") if m else text


def show_asked(text: str) -> str:
    """The show `text` asks whether anyone watches ("the bake off"), or ""."""
    m = WATCHING.match(text)
    if not m:
        return ""
    if ONE_EVENING.search(m.group("show")):
        return ""  # "did you see the match last night": a night out or in, no show to talk of
    show = SHOW_TAIL.sub("", m.group("show").strip()).strip()
    if not show or NOT_A_SHOW.search(show) and not SHOW_WORDS.search(show):
        return ""
    if not m.group("verb").lower().startswith("watch") and not SHOW_WORDS.search(show):
        return ""  # "anyone seen the charger": no show
    if len(show.split()) > 8:
        return ""
    return SHOW_LEAD.sub("", show)  # "the new season of the bake off": "the bake off"


def _cut(text: str, most: int = 60) -> str:
    """`text` as quoted in a word on the room: at most `most` letters, cut between words."""
    text = " ".join(text.split()).strip()
    if len(text) > most:
        text = text[:most].rsplit(" ", 1)[0].rstrip(",;:") + "..."
    return text.rstrip(".")


def room_so_far(lines: list[tuple[str, str, bool]]) -> str:
    """The last two things said in the room, each as who said it and its words ("Sam said
    "quiz is on friday", and Jo asked "who's driving?""); `lines` are (who, text, asked) with
    who already as called; "" when nothing was said."""
    said = [
        f'{who} {"asked" if asked else "said"} "{_cut(text)}"' for who, text, asked in lines[-2:]
    ]
    return ", and ".join(said)
