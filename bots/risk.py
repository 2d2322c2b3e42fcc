"""Whether to carry on with a thing that may fail on the way, asked as a choice between going
ahead and the failure ("can i still drive it to mum's or will it die on the m6", "is it ok to
keep using the boiler or will it blow"): never a pick of going ahead, nor a coin-toss between
the two. The plain sense of anyone is to have it looked at first.

Read before the pick between two deeds (`engine._deed_pick`), which would take "drive it to
mum's" as one deed among two and could pick it."""

from __future__ import annotations

import re

from bots.fold import folded

# The failure feared, as the second half of the question: "or will it die", "or is it going
# to blow", "or could the brakes go".
_FAILS = (
    r"die|cut out|conk out|pack (?:up|in)|give up|give out|break(?: down)?|blow(?: up)?|"
    r"go bang|catch (?:fire|light)|set (?:on )?fire|explode|overheat|leak|flood|burst|"
    r"collapse|fall (?:down|off|through|apart)|snap|crack|fail|seize(?: up)?|stall|"
    r"go (?:pop|wrong|up in smoke)|get worse|make (?:it|things) worse|kill (?:it|the \w+)|"
    r"ruin (?:it|the \w+)|strand (?:me|us)|leave (?:me|us) stranded|damage (?:it|the \w+)"
)
_THING = r"(?:it|that|this|she|they|the \w+(?: \w+)?|my \w+|our \w+)"
RISKED = folded(
    rf"\bor (?:will|would|could|might|is|are|am i|are we) (?:{_THING} )?"
    rf"(?:(?:be |is |are )?(?:going|gonna|likely) to |just |probably |actually )?(?:{_FAILS})\b",
    re.I,
)
# Going ahead with it, as the first half: "can i still drive it", "is it ok to keep using".
_AHEAD = folded(
    r"\b(?:can|could|should|shall|is it (?:ok|okay|safe|fine|alright) to|will it be (?:ok|okay|"
    r"fine|alright) to|am i ok to|are we ok to)\b",
    re.I,
)
# What goes on roads: its failure strands people on a road.
_ROADS = folded(
    r"\b(?:car|cars|van|motor|engine|battery|brakes?|tyres?|tires?|clutch|gearbox|exhaust|"
    r"warning light|dashboard|motorway|m\d+|a\d+|drive|driving|journey|trip|miles)\b",
    re.I,
)
_LIGHT = folded(r"\b(?:warning|engine|battery|oil|brake|dashboard) lights?\b", re.I)


# A thing that can give way under use: a machine, a vehicle, a fitting, a structure (never a
# plan, a cake, a surprise or a friendship: "should i text him or will it make things worse").
_OBJECT = folded(
    r"\b(?:car|van|motor|bike|engine|battery|brakes?|tyres?|tires?|clutch|boiler|heater|"
    r"radiator|ladder|laptop|computer|pc|phone|fan|washing machine|dishwasher|fridge|freezer|"
    r"oven|cooker|microwave|kettle|pipes?|tap|roof|ceiling|shelf|shelves|bracket|tree|branch|"
    r"fence|gate|chair|bridge|cable|plug|socket|extension lead|charger|tent|gazebo|bolt|chain|"
    r"rope|hose|boat|trailer|caravan|lift|decking|floorboards?|stairs|banister|handle|hinge|"
    r"wheel|axle|exhaust|gearbox|light|fuse|drill|saw|mower|trampoline)\b",
    re.I,
)


def risked(text: str, name: str = "") -> str:
    """The plain answer to going ahead with a thing that may fail on the way, in the words of
    anyone: on roads, a warning light checked before a long drive; else the thing looked at
    first. "" when the question is not one of those."""
    found = RISKED.search(text)
    if not found or not _AHEAD.search(text[: found.start()]) or not _OBJECT.search(text):
        return ""
    to = f", {name}" if name else ""
    if _ROADS.search(text):
        light = " A warning light is there to be heeded." if _LIGHT.search(text) else ""
        return (
            f"I would not chance it{to}: have it checked before you drive it far.{light} "
            "Better late than stuck on the hard shoulder."
        )
    return (
        f"I would not chance it{to}: have it looked at first. A thing that is already "
        "complaining tends to fail at the worst moment."
    )
