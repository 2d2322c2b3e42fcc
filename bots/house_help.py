"""Everyday help from the house bot, beyond Salon and code (`everyday_help`).

People ask the house bot what they would ask anyone in the room: "is it faster to take the
train or fly from paris to berlin", "my dog keeps barking at night", "a recipe for a quick
dinner", "what should i read first about black holes", "i just got a new job!". Where a short
answer is sure, it gives it plainly and warmly, rather than "I don't know that one": the train
against the plane worked out (`bots.journey`), a barking dog's likely causes and what helps, one
quick dinner, a first book on a few subjects whose best first book is well known,
congratulations on the very news told, and what a chat abbreviation stands for ("what does ngl
mean": `SLANG`). Anything else stays as before.
"""

from __future__ import annotations

import re

from bots.fold import folded
from bots.journey import journey_of

# A dog that keeps barking (the asker's own, or a neighbour's).
BARKING = folded(
    r"\b(?:dogs?|pupp(?:y|ies))\b[^.?!]{0,40}\b(?:bark|barks|barking|howl|howls|howling|yap"
    r"|yapping)\b",
    re.IGNORECASE,
)
KEEPS = folded(
    r"\b(?:keeps?|kept|won'?t stop|never stops?|always|all (?:night|day)|every night|at night|"
    r"constantly|non ?stop|can'?t sleep|cant sleep|what (?:can|should|do) i do)\b",
    re.IGNORECASE,
)
# The neighbour's dog: a neighbour said before the dog ("my neighbour's dog", "next door's
# puppy", "the neighbours have a dog that") or the dog of next door after it ("the dog next
# door"); never the asker's own ("my dog barks at the neighbours", "my neighbour says my dog").
NEIGHBOUR = folded(
    r"\b(?:neighbou?rs?'?s?|next door'?s?)\b[^.?!]{0,40}?\b(?:dogs?|pupp(?:y|ies))\b"
    r"|\b(?:dogs?|pupp(?:y|ies)) (?:next door|(?:of|from|belonging to) (?:my|our|the) "
    r"neighbou?rs?)\b",
    re.IGNORECASE,
)
OWN_DOG = folded(
    r"\b(?:my|our|me and my|i have a|we have a)\s+(?:\w+\s+)?(?:dogs?|pupp(?:y|ies))\b", re.I
)
# A death or an illness told beside it ("my dog died, i miss his bark") is no barking to stop.
GRIEF = folded(r"\b(?:died|dead|passed|put down|put to sleep|lost|ill|sick|vet said)\b", re.I)

BARKING_OWN = (
    "That's hard on sleep{to}. A dog that barks at night is usually lonely, bored or hearing "
    "something outside: a long walk in the evening, something to chew and its bed near yours "
    "often help. If it's new, a check at the vet is worth it."
)
BARKING_NEIGHBOUR = (
    "That's wearing{to}. Try a friendly word with your neighbour first: they may not know, and "
    "a dog left alone often barks from loneliness or boredom. If nothing changes, note the dates "
    "and times and take it to the landlord or the council."
)

# A quick dinner asked for.
DINNER = folded(
    r"\b(?:recipe|idea|something|meal|dinner|supper|tea)\b[^.?!]{0,30}\b(?:quick|fast|easy|"
    r"simple)\b|\b(?:quick|fast|easy|simple)\b[^.?!]{0,20}\b(?:dinner|supper|meal|recipe)s?\b",
    re.IGNORECASE,
)
ASKING = folded(r"\W*(?:give|any|got|need|i need|we need|what|recipe|ideas?|suggest)\b", re.I)
DINNER_IDEA = (
    "Here's a 15-minute one{to}: garlic and chilli spaghetti. While the pasta boils, warm sliced "
    "garlic and a pinch of chilli flakes gently in olive oil; toss the drained pasta in it with "
    "a splash of the cooking water, then add parsley and parmesan."
)

# A first book asked for on a subject whose best first book is well known.
READING = folded(
    r"\b(?:read|book|books|reading)\b[^.?!]{0,60}\b(?:about|on|into)\s+(?:the\s+)?"
    r"(?P<subject>black holes?|evolution|relativity)\b",
    re.IGNORECASE,
)
BOOKS = {
    "black hole": (
        'Kip Thorne\'s "Black Holes and Time Warps" is a lovely place to start{to}: clear, '
        'and written for everyone. Stephen Hawking\'s "A Brief History of Time" makes a good '
        "second."
    ),
    "evolution": (
        'Start with Darwin\'s own "On the Origin of Species"{to}: it was written for ordinary '
        'readers, and it still reads well. Richard Dawkins\'s "The Selfish Gene" makes a good '
        "second."
    ),
    "relativity": (
        'Einstein wrote one himself for everyone{to}: "Relativity: The Special and the General '
        'Theory". Stephen Hawking\'s "A Brief History of Time" makes a good second.'
    ),
}

# A new job told.
NEW_JOB = folded(
    r"\b(?:got|landed|start(?:ing|ed)?|offered)\b[^.?!]{0,20}\b(?:a |the |my )?new job\b|"
    r"\bgot the job\b",
    re.IGNORECASE,
)
NEW_JOB_SAID = (
    "Congratulations on the new job{to}, that's wonderful news! I hope the first week goes "
    "brilliantly."
)


# Chat abbreviations whose meaning is settled, for "what does tbh mean": the words each is short
# for (only ones with one reading; "lmao" and the rude ones are left out).
SLANG = {
    "afaik": "as far as I know",
    "afk": "away from keyboard",
    "asap": "as soon as possible",
    "bff": "best friends forever",
    "brb": "be right back",
    "btw": "by the way",
    "dm": "direct message",
    "fomo": "fear of missing out",
    "ftw": "for the win",
    "fwiw": "for what it's worth",
    "fyi": "for your information",
    "g2g": "got to go",
    "gg": "good game",
    "gtg": "got to go",
    "hbu": "how about you",
    "hmu": "hit me up",
    "icymi": "in case you missed it",
    "idk": "I don't know",
    "iirc": "if I remember correctly",
    "ikr": "I know, right?",
    "imho": "in my humble opinion",
    "imo": "in my opinion",
    "irl": "in real life",
    "jk": "just kidding",
    "lol": "laughing out loud",
    "ngl": "not gonna lie",
    "np": "no problem",
    "nvm": "never mind",
    "omg": "oh my god",
    "rofl": "rolling on the floor laughing",
    "rn": "right now",
    "smh": "shaking my head",
    "tbh": "to be honest",
    "tfw": "that feeling when",
    "tl;dr": "too long; didn't read",
    "tldr": "too long; didn't read",
    "ttyl": "talk to you later",
    "ty": "thank you",
    "wfh": "working from home",
    "wyd": "what are you doing",
    "yolo": "you only live once",
}
# "what does ngl mean", "whats tbh stand for", "what is smh", "what's 'iirc' short for".
SLANG_ASKED = folded(
    r"^\W*(?:sorry,? |ok,? |wait,? |um+,? |erm,? )?(?:what(?:'?s| is| does)|wat does|wtf is|"
    r"what do (?:you|u|people) mean by) [\"'“‘]?(?P<word>[a-z0-9;]{2,6})[\"'”’]?"
    r"(?: (?:mean|stand for|short for|mean again))?(?: (?:again|lol|pls|please))?\W*$",
    re.IGNORECASE,
)


# A game for the room asked for: "suggest a game we can play in chat", "any games we can play
# here?", "what's a fun game for a group chat".
GAME_ASKED = folded(
    r"\b(?:suggest|recommend|any|ideas? for|what(?:'?s| is)|give (?:me|us)|know)\b[^.?!]{0,30}"
    r"\bgames?\b[^.?!]{0,30}\b(?:chat|here|room|together|we|us|group|online|play)\b",
    re.IGNORECASE,
)
GAME_IDEA = (
    "Try two truths and a lie{to}: each of you posts three things about yourself, one of them "
    "false, and the rest guess which. If you need a dice or a coin, ask me: /AIBot roll a d20."
)


# (mine43) Lonely and saying so ("feeling kinda lonely tonight tbh"): more than "the room is
# listening" (rate42 scored it thin), with no grief or harm told (those have their own words).
LONELY = folded(
    r"\b(?:(?:feel|feeling|felt|so|bit|kinda|pretty|really|very|quite|a little) lonely|lonely "
    r"(?:tonight|today|lately|these days|at the moment|rn)|no ?one to talk to|nobody to talk to)\b",
    re.IGNORECASE,
)
DARKER = folded(
    r"\b(?:kill|die|dying|died|dead|suicid\w*|hurt(?:ing)? myself|self[- ]harm|end it|"
    r"want to disappear|funeral|passed away|lost my|grief|grieving)\b",
    re.IGNORECASE,
)
LONELY_SAID = (
    "I'm sorry you're feeling lonely{to}. You're not on your own in here: say hello to the room, "
    "or ask a persona something with @; they're good company at any hour, and so are the people "
    "here."
)
# (mine43) Which persona it likes best: none, said lightly, and what each is good for, described
# (a name would be no harm from the house bot, but the personas' own rule is to describe).
FAVOURITE_ASKED = folded(
    r"\b(?:who(?:'s| is|s)?|which(?: one)?(?: is)?) (?:ur|your|yr) (?:fav|fave|favou?rite)"
    r"(?: (?:persona|bot|character)s?(?: here)?| here| of them| of the personas)\b"
    r"|\b(?:which|who) (?:persona|bot|character) (?:is|do you like) (?:the )?best\b",
    re.IGNORECASE,
)
FAVOURITE_SAID = (
    "No favourites from me{to}: I'd never hear the end of it. Each is best at something: the "
    "physicist for how things work, the playwright for words, the chemist for the kitchen and "
    "the garden, the mathematician for sums and computers, the philosopher for a good argument, "
    "the naturalist for animals."
)
# (mine43) Weather told, not asked, nor grumbled ("it's snowing here!!"): a word back on it,
# not "Noted, I'm the house bot" (rate42).
WEATHER_TOLD = (
    (
        folded(
            r"\b(?:it'?s|its|it is) (?:actually |finally |really )?snowing\b|\bsnow(?:ed)? "
            r"(?:here|outside|today)\b|\bfirst snow\b",
            re.IGNORECASE,
        ),
        "Snow! Wrap up warm{to}, and enjoy it while it's white.",
    ),
    (
        folded(
            r"\b(?:it'?s|its|it is) (?:so |really |actually |lovely and |finally )?(?:sunny|"
            r"hot|boiling|roasting|scorching)\b|\b(?:heatwave|sun'?s out)\b",
            re.IGNORECASE,
        ),
        "Lovely{to}! Enjoy the sun, and keep some water handy.",
    ),
    (
        folded(
            r"\b(?:it'?s|its|it is) (?:so |really |absolutely |bloody )?(?:freezing|cold)\b",
            re.IGNORECASE,
        ),
        "Brr! Stay warm{to}: a hot drink and an extra layer.",
    ),
)
TECH = folded(
    r"\b(?:app|apps|laptop|computer|pc|phone|screen|browser|page|game|server|code|program|tab|"
    r"site|website|chrome|firefox|windows|mac|it keeps)\b",
    re.IGNORECASE,
)
GRUMBLE = folded(
    r"\b(?:again|so done|fed up|sick of|tired of|hate|ugh+|typical|miserable|ruined)\b",
    re.IGNORECASE,
)


def slang_meant(text: str) -> str:
    """The words a chat abbreviation `text` asks about is short for ("ngl": "not gonna lie"),
    or ""."""
    asked = SLANG_ASKED.match(text)
    return SLANG.get(asked.group("word").lower(), "") if asked else ""


def everyday_help(text: str, to: str) -> str:
    """The house bot's plain help with an everyday matter `text` raises (see the module), its
    `to` (", Sam") put in; "" for any other."""
    if journey := journey_of(text):
        return f"Train or plane{to}? {journey[:1].upper()}{journey[1:]}."
    if GAME_ASKED.search(text) and not re.search(
        r"\b(?:video|console|xbox|playstation|ps5|switch|steam|pc|board|card|cards|party|"
        r"drinking|kids|children|birthday|outdoor|family|pub)\b",
        text,
        re.I,
    ):
        return GAME_IDEA.format(to=to)
    if meant := slang_meant(text):
        word = SLANG_ASKED.match(text).group("word").lower()  # type: ignore[union-attr]
        return f'"{word}" is short for "{meant}"{to}.'
    if BARKING.search(text) and KEEPS.search(text) and not GRIEF.search(text):
        theirs = NEIGHBOUR.search(text) and not OWN_DOG.search(text)
        return (BARKING_NEIGHBOUR if theirs else BARKING_OWN).format(to=to)
    asked = "?" in text or ASKING.match(text)
    if DINNER.search(text) and asked and not re.search(r"\b(?:made|cooked|had|ate)\b", text):
        return DINNER_IDEA.format(to=to)
    if found := READING.search(text):
        subject = found.group("subject").lower().removesuffix("s")
        return BOOKS[subject].format(to=to)
    if NEW_JOB.search(text) and not re.search(r"\?|\b(?:not|didn'?t|no)\b", text, re.I):
        return NEW_JOB_SAID.format(to=to)
    if LONELY.search(text) and not DARKER.search(text):
        return LONELY_SAID.format(to=to)
    if FAVOURITE_ASKED.search(text):
        return FAVOURITE_SAID.format(to=to)
    return ""


def weather_told(text: str, to: str) -> str:
    """A word back on the weather `text` tells ("it's snowing here!!"), or "" (asked, grumbled,
    or no weather: "my laptop is freezing")."""
    if "?" in text or GRUMBLE.search(text) or TECH.search(text):
        return ""
    return next((said.format(to=to) for told, said in WEATHER_TOLD if told.search(text)), "")
