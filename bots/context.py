"""What a person's message means with the lines before it in a live room (session 43, rate42).

A message often means something only with the room's last lines: "wait really? the patent
office?" just after Einstein's answer is for Einstein, about his own line; "haha ok that
helped" after a joke thanks the one who told it; "anyone know how to stop slugs eating my
lettuce", asked of nobody in a lively garden club, is plainly Darwin's to answer even when he
spoke last. Pure readings of the text: `bots.engine`, `bots.services` and `bots.runner` ask
them (who owns a question put to the room: `bots.policy.plan_for_human`).
"""

from __future__ import annotations

import re

from bots.addressing import plans
from bots.care import at_risk, distress
from bots.fold import folded
from bots.room46 import echoed_thing, sourced

# Surprise at what was just said, echoed back: "wait really? the patent office?", "no way, a
# patent clerk??", "seriously? 295 seedlings?", "lol really".
_ECHOED = folded(
    r"^\W*(?:(?:wait|omg|oh|lol|haha\w*|hang on|hold on)\W+)*(?:really|seriously|no way|"
    r"for real|wait what|you're joking|you are joking|is that true)\W*\?*\W*"
    r"(?:(?:the|a|an|your|you|his|her|that|those|so|at|in|by|on|for|with|\d+)\b[^.!?]{0,40}\?+\W*)?$",
    re.IGNORECASE,
)
# Thanks for a word that helped, said to the one who just spoke: "haha ok that helped",
# "ok that actually makes me feel a bit better", "lol that cheered me up".
_HELPED = folded(
    r"^\W*(?:(?:haha\w*|lol|ha+|ok(?:ay)?|aw+|omg|honestly|ngl)\W+)*(?:that|this|it)\s+"
    r"(?:actually |really |genuinely |honestly |kind of |kinda |did )?"
    r"(?:helped|helps|cheered me up|made me (?:laugh|smile|feel (?:a (?:bit|little|lot) )?"
    r"better)|makes me feel (?:a (?:bit|little|lot) )?better)\b(?:\s+(?:a bit|a little|a lot|"
    r"actually|tbh|honestly|thanks|thank you))*\W*$",
    re.IGNORECASE,
)


def helped(text: str) -> bool:
    """Whether `text` thanks the one who just spoke for a word that helped: "haha ok that
    helped a bit", "ok that actually makes me feel a bit better"."""
    return "@" not in text and bool(_HELPED.match(text))


def echoed(text: str) -> bool:
    """Whether `text` is surprise at what was just said, echoed: "wait really? the patent
    office?", "really? at 16?"."""
    return "@" not in text and bool(_ECHOED.match(text))


def follows_on(text: str) -> bool:
    """Whether `text`, said just after a persona's answer, is to that persona as well as what
    `addressing.follows_up` reads: surprise at what it just said, echoed ("wait really? the
    patent office?"), or thanks for a word that helped ("haha ok that helped")."""
    if "@" in text or len(text.split()) > 12 or plans(text):
        return False
    # "no way thats real", "says who", "the bernoulli numbers thing?" (room46)
    return echoed(text) or helped(text) or sourced(text) or echoed_thing(text)


# A question put to the room, as it opens: "anyone know how to stop slugs eating my lettuce",
# "how do i get coffee out of a carpet?", "why do birds migrate"; not a person's answer to
# another with a question in it ("uh oh. chlorine in your water maybe? did you use campden").
_ASKED = folded(
    r"^\W*(?:(?:ok|so|hey|guys|also|and|btw|random but|quick one|quick q)\W+)*"
    r"(?:(?:does )?any(?:one|body) (?:know|got|have)|how (?:do|does|can|to|should|would)|"
    r"why (?:do|does|is|are|did|would)|what(?:'s| is| are| do| does)|is it (?:true|ok|safe|bad)|"
    r"can (?:you|i|we)|should (?:i|we)|(?:is|are|does|do|can|could|which)\b"
    r"[^.!?]{0,120}\?)",
    re.IGNORECASE,
)


# A poll of the people's own doings: "what's everyone planting for autumn?", "you guys
# watching tonight?", "anyone else up?": theirs to answer, not a persona's.
_POLLED = folded(
    r"\b(?:every(?:one|body)|you (?:all|guys|lot)|u guys|y'?all|any(?:one|body) else|any of "
    r"(?:you|u)|who(?:'s| is) (?:in|up|coming|around|free|on))\b",
    re.IGNORECASE,
)


def asked_of_nobody(text: str) -> bool:
    """Whether `text` is a question put to the room at large: asked, with no @mention, no plan
    of the people's own ("what time sunday?", "what's everyone planting for autumn?") and no
    trouble told (that is for care)."""
    return bool(_ASKED.search(text)) and open_to_room(text)


def open_to_room(text: str) -> bool:
    """Whether `text`, if asked, is asked of the room at large (`asked_of_nobody` but for the
    asking): no @mention, no poll or plan of the people's own, no trouble told."""
    return (
        "@" not in text
        and not _POLLED.search(text)
        and not plans(text)
        and not distress(text)
        and not at_risk(text)
    )


# A pick asked with its options only in the lines before: "shakespeare who would you pick?"
# after "ok which character is best, i always pick yoshi" and "bowser for weight, always";
# "which one would you go for?", "and you, which one?".
_PICK_ASKED = folded(
    r"^\W*(?:@?\w+\W+)?(?:(?:ok|okay|so|and|well|and you|what about you|u|you)\W+)*"
    r"(?:(?:who|which(?: one)?|what) (?:would|will|do|'?d) (?:you|u) (?:pick|choose|go for|go with|"
    r"take|main|play as|back|vote for)|which one(?: for you)?|your pick|who(?:'s| is) your pick)"
    r"(?:\W+(?:then|though|tho|lol|haha))*\W*$",
    re.IGNORECASE,
)
# A person's own pick told to the room: "i always pick yoshi", "i'd go with the red one",
# "bowser for weight, always", "team luigi".
_PICKED = (
    folded(
        r"\bi(?:'d| would)? (?:always |usually |normally |just |would )?(?:pick|choose|go (?:with|"
        r"for)|main|play as|use)\s+(?P<pick>[a-z][\w']*(?: [a-z][\w']*)?)\s*(?:$|[,.!?]| for\b"
        r"| because\b| cos\b| every\b| all\b)",
        re.IGNORECASE,
    ),
    folded(
        r"^\W*(?P<pick>[a-z][\w']*(?: [a-z][\w']*)?)(?: for (?:the )?\w+(?: \w+)?)?,? (?:always|"
        r"all the way|every time|obviously|100%|no contest|easily)\W*$",
        re.IGNORECASE,
    ),
    folded(r"\bteam (?P<pick>[a-z][\w']*)\b", re.IGNORECASE),
)
_NOT_PICKS = {"i", "me", "you", "it", "that", "this", "one", "the", "a", "nah", "no", "yes", "lol"}
_CHAT_WORDS = {"lol", "haha", "tbh", "honestly", "tho", "though", "always", "obviously", "ngl"}


def choice_before(text: str, before: list[str], either_or) -> tuple[str, str] | None:
    """The two things a pick asked with no options of its own (`_PICK_ASKED`) chooses between,
    from the room's last lines (`before`, oldest first, the people's only): the nearest line
    offering a choice (`either_or`: "we doing elden ring or mario kart"), else two picks the
    people told ("i always pick yoshi", "bowser for weight, always"). None otherwise, or when
    nothing came before."""
    if " or " in text or not _PICK_ASKED.match(text):
        return None
    picks: list[str] = []
    for line in reversed(before[-5:]):
        for pattern in _PICKED:
            found = pattern.search(line)
            pick = found.group("pick").strip().lower() if found else ""
            pick = " ".join(w for w in pick.split() if w not in _CHAT_WORDS)
            if pick and pick.split()[0] not in _NOT_PICKS and pick not in picks:
                picks.append(pick)
                break
        if len(picks) == 2:
            return picks[1], picks[0]
        if not picks and (offered := either_or(line)):
            return offered
    return None


# An aside word before a question ("@darwin btw do cats see in colour", "oh and is chocolate
# dangerous for dogs"): the question is what is asked ("btw" had made it news told: "I see,
# Maya; nature is full of such surprises").
_ASIDE = folded(
    r"^(?P<at>\W*(?:@[\w.+-]+\W*)*)(?:btw|by the way|fyi|oh and|oh btw|and btw|random q|"
    r"random question|real quick|serious question)\W+(?P<rest>(?:who|what|whats|what's|why|how|"
    r"when|where|which|is|are|do|does|did|can|could|should|would|will|was|were|has|have)\b.*)$",
    re.IGNORECASE | re.DOTALL,
)


def aside(text: str) -> str:
    """`text` without an aside word before its question ("@darwin do cats see in colour" for
    "@darwin btw do cats see in colour"), or "" when it has none."""
    found = _ASIDE.match(text)
    return found.group("at") + found.group("rest") if found else ""


# A quick-fire ask: "favourite element. go. no thinking", "best play you wrote, go!": the ask,
# then words that only hurry it along (rate44: Curie had read "no thinking" as a weary remark).
_QUICKFIRE = folded(
    r"^(?P<ask>[^.!?]{3,60}?)\s*[.!,?-]+\s*(?:(?:go|go go go|no thinking|don'?t think|dont think|"
    r"quick|quickly|fast|now|first thought|first answer|no cheating)\s*[.!,?-]*\s*)+$",
    re.IGNORECASE,
)
_QUICKFIRE_ASK = folded(r"\b(?:fav(?:ou?rite)?|best|worst|top|one word|pick|least favou?rite)\b")


def quickfire(text: str) -> str:
    """`text` as the plain question a quick-fire ask puts ("favourite element?" for "@curie
    favourite element. go. no thinking"), or "" when it is none."""
    found = _QUICKFIRE.match(text)
    if not found or not _QUICKFIRE_ASK.search(found.group("ask")):
        return ""
    return found.group("ask").strip() + "?"
