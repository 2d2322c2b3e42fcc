"""A request that limits the answer, taken out of what is read (limit50).

"first date tmrw and im so nervous ... @socrates (pls no hemlock jokes)": the words of the
limit ("hemlock") are what the person does not want, so they are no subject to meet a line
on (rate49 S35 had Socrates describe his hemlock death). The limit is taken out of the message
before it is read; what is left is answered as if said alone.
"""

from __future__ import annotations

import re

from bots.fold import folded

# "(pls no hemlock jokes)", "and no relativity jokes pls", "dont mention the war", "spare me
# the evolution lecture"
LIMIT50 = folded(
    r"\(?\s*(?:(?:and|but|pls|please|also|just|ok)\s+)*"
    r"(?:no|without|not another|spare me(?: the| your)?|do ?n'?t (?:mention|bring up|start on))"
    r"\s+(?:the |your |any |more )?(?P<thing>[a-z][a-z'-]{1,20}(?: [a-z][a-z'-]{1,20}){0,2}?)"
    r"(?: (?:jokes?|puns?|talk|stuff|references?|quotes?|lectures?|stories|story|facts?))"
    r"(?: (?:pls|please|thanks|lol|tho|this time|for once))*\s*[.!]*\)?",
    re.IGNORECASE,
)


# What makes it a request: brackets, a please, "spare me", "don't mention", or the message's end.
ASKED50 = folded(
    r"\(|\b(?:pls|please|plz|spare me|mention|bring up|start on|this time|for once)\b", re.I
)


def unlimited(message: str) -> str:
    """`message` with a request that limits the answer taken out ("... (pls no hemlock jokes)"),
    or "" when it has none, or nothing is left to answer."""
    if len(message) > 600:
        return ""
    found = LIMIT50.search(message)
    if not found or not (
        ASKED50.search(found.group()) or not message[found.end() :].strip(" .!?)")
    ):
        return ""  # ("there are no ghost stories in my town" tells, it asks nothing)
    left = (message[: found.start()] + " " + message[found.end() :]).strip(" ,;")
    left = re.sub(r"\s{2,}", " ", left)
    return left if re.search(r"[a-z]{3}", left, re.IGNORECASE) else ""


# What a worry or a claim after a question sounds like: "my mom swears ...", "and now im
# paranoid", "i read somewhere ...", "idk".
WORRIED50 = folded(
    r"\b(?:swears?|says?|said|reckons?|heard|read|apparently|supposedly|worried|paranoid|scared|"
    r"freaking out|nervous|idk|not sure|no idea|panicking)\b",
    re.IGNORECASE,
)


def asked_then_worried(message: str) -> str:
    """The question a message puts first when a worry or a claim follows it and asks nothing
    ("is it dangerous to microwave plastic tubs? my mom swears it gives u cancer"): "is it
    dangerous to microwave plastic tubs?"; "" for any other."""
    if len(message) > 400 or message.count("?") != 1:
        return ""
    asked, _, after = message.partition("?")
    if len(after.split()) < 3 or len(asked.split()) < 3 or not WORRIED50.search(after):
        return ""
    return asked + "?"
