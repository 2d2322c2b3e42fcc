"""Greetings in a chat (greet60): a hello, a welcome and the news beside them met as one greeting
and at most one reaction, in words that fit the news; a hello with a hook about the room ("you
must love this group") answered; and two personas answering one message never opening alike.

A reply is drawn from a persona's tagged lines (`engine._tagged`); `apart` keeps those lines
from opening with a word the reply just before it (another persona's, to the same message)
opened a sentence with ("How splendid!" then "Splendid news!")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from contextvars import ContextVar

from bots.fold import folded

# The words another persona's reply, just given to the same message, opened its sentences
# with: no tagged line opening with one of them is drawn while others are left.
_BEFORE: ContextVar[frozenset[str]] = ContextVar("greet_before", default=frozenset())

# Words that open sentences of every kind, and say nothing of how a reply sounds.
_PLAIN = frozenset(
    [
        "how",
        "what",
        "a",
        "an",
        "the",
        "oh",
        "ah",
        "ach",
        "and",
        "i",
        "i'm",
        "my",
        "so",
        "that",
        "this",
        "is",
        "it",
        "it's",
        "to",
        "of",
        "you",
        "your",
        "very",
        "am",
        "are",
        "was",
        "be",
        "we",
        "me",
        "in",
        "on",
        "for",
        "with",
        "but",
        "now",
        "there",
        "then",
        "thou",
        "thy",
        "do",
        "did",
        "has",
        "have",
        "had",
    ]
)
_WORD = re.compile(r"[^\W\d_][\w'’]*")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def lead_words(text: str, name: str = "", *, every: bool = True) -> frozenset[str]:
    """The words the sentences of `text` open with (up to three each, names and plain words
    aside): {"guten", "tag", "splendid"} of "Guten Tag, Sian! How splendid! ..."; of its first
    sentence only unless `every`."""
    sentences = _SENTENCE.split(text.strip())
    found: set[str] = set()
    skip = {name.lower(), "{name}"} if name else {"{name}"}
    for sentence in sentences if every else sentences[:1]:
        words = [w.lower() for w in _WORD.findall(sentence.replace("{name}", " "))[:3]]
        found.update(w for w in words if w not in _PLAIN and w not in skip)
    return frozenset(found)


def set_before(reply: str, name: str = ""):
    """Remember `reply` (another persona's, just given to the same message) while this one is
    drawn; the token to reset it with."""
    return _BEFORE.set(lead_words(reply, name) if reply else frozenset())


def reset_before(token) -> None:
    _BEFORE.reset(token)


def apart(options: Sequence[str]) -> Sequence[str]:
    """Of `options`, those that open least like the reply just before this one (`unlike`); all
    of them when nothing was said before."""
    before = _BEFORE.get()
    if not before or len(options) < 2:
        return options
    return unlike(options, before)


def unlike(options: Sequence[str], said: frozenset[str]) -> list[str]:
    """Of `options`, those that open least with the words `said` (`lead_words` of what was just
    said): one counts against an option's first sentence twice, against its later ones once."""

    def clash(option: str) -> int:
        first, *rest = _SENTENCE.split(option.strip())
        later = sum(len(lead_words(sentence, every=False) & said) for sentence in rest)
        return 2 * len(lead_words(first, every=False) & said) + later

    scores = [clash(option) for option in options]
    least = min(scores)
    return [option for option, score in zip(options, scores, strict=True) if score == least]


# Animals people keep: news of one got, adopted or brought home is news of a pet.
ANIMAL = (
    r"tortoises?|turtles?|terrapins?|dogs?|pupp(?:y|ies)|pups?|cats?|kittens?|kitty|rabbits?|"
    r"bunn(?:y|ies)|hamsters?|guinea pigs?|gerbils?|ferrets?|rats?|mice|parrots?|budgies?|"
    r"cockatiels?|canar(?:y|ies)|chickens?|hens?|ducks?|ducklings?|goats?|horses?|pon(?:y|ies)|"
    r"donkeys?|snakes?|geckos?|lizards?|bearded dragons?|axolotls?|goldfish|fish|tarantulas?|"
    r"hedgehogs?|chinchillas?|degus?|piglets?|lambs?|alpacas?|greyhounds?|lurchers?|spaniels?|"
    r"labradors?|labs?|collies?|terriers?|retrievers?|whippets?|dachshunds?|poodles?|pugs?|"
    r"beagles?|huskies|husky|cockapoos?|cavapoos?|tabb(?:y|ies)|moggy|hermann'?s|leopard geckos?"
)
_KEPT = (
    r"adopted|rescued|got|getting|brought home|bringing home|took in|taken in|picked up|collected"
)
# "just adopted a 40 year old hermann's called doris", "we got a puppy!", "meet our new rescue
# cat", "brought home two kittens". Not "my dog is ill" (no news of one got).
_BETWEEN = (
    r"(?:(?!(?:at|for|from|with|in|to|on|by|job|work|shift|house|home|flat)\b)[\w'’-]+\s+){0,5}?"
)
PET_NEWS = folded(
    rf"\b(?:{_KEPT}|new|meet)\s+{_BETWEEN}(?:{ANIMAL}|rescue)\b|"
    rf"\b(?:adopted|rescued|took in|brought home)\s+{_BETWEEN}[\w'’-]+\s+"
    r"(?:called|named)\s+[A-Za-z]",
    re.IGNORECASE,
)
# A person adopted, not a pet: "we adopted a little girl called mia".
ADOPTED_CHILD = folded(
    r"\b(?:adopted|adopting|fostering)\b[^.!?]{0,30}?\b(?:girl|boy|baby|son|daughter|child|kid|"
    r"siblings?|toddler)\b",
    re.IGNORECASE,
)
_ANIMAL = folded(rf"\b({ANIMAL})\b", re.IGNORECASE)
# The pet's name, as told: "called doris", "named Biscuit", "her name is Pip".
PET_NAME = re.compile(
    r"\b(?:called|named|(?:his|her|its|their) names?(?:'s| is| are)?)\s+"
    r"([A-Za-z][a-z'’-]{1,20}(?:\s+(?:and|&)\s+[A-Za-z][a-z'’-]{1,20})?)\b"
)
_NOT_NAMES = frozenset(
    ["a", "an", "the", "it", "him", "her", "them", "me", "us", "something", "nothing", "off"]
)


def pet_news(text: str) -> bool:
    """Whether `text` tells of a pet got, adopted or brought home."""
    return bool(PET_NEWS.search(text)) and not ADOPTED_CHILD.search(text)


def pet_called(text: str) -> str:
    """The pet as it is told of, for a line on it: its name ("Doris"), else "your new tortoise",
    else "your new companion"."""
    for found in PET_NAME.finditer(text):
        names = re.split(r"\s+(?:and|&)\s+", found.group(1))
        if names[0].lower() not in _NOT_NAMES:
            kept = [n[0].upper() + n[1:] for n in names if n.lower() not in _NOT_NAMES]
            return " and ".join(kept)
    animal = _ANIMAL.search(text)
    if animal:
        said = animal.group(1).lower()
        if said.startswith("hermann"):
            said = "tortoise"
        return f"your new {said}"
    return "your new companion"


def animals_in(text: str) -> set[str]:
    """The kinds of animal `text` names, as a line on a pet would: "dog", "cat", "horse"."""
    found = set()
    for said in _ANIMAL.findall(text):
        said = said.lower()
        if re.match(
            r"dog|pup|puppy|pupp|greyhound|lurcher|spaniel|lab|collie|terrier|retriever|"
            r"whippet|dachshund|poodle|pug|beagle|husk|cockapoo|cavapoo",
            said,
        ):
            found.add("dog")
        elif re.match(r"cat|kitten|kitty|tabb|moggy", said):
            found.add("cat")
        elif re.match(r"horse|pony|poni", said):
            found.add("horse")
        else:
            found.add(said)
    return found


# News that is something done well: a win, a pass, a place, a finish. Lines that praise an
# achievement ("a result worth writing in the notes", "well-earned", "Well done") are for it,
# never for a new pet, a home, a baby or a wedding.
ACHIEVED_NEWS = folded(
    r"\b(won|win|winning|victory|beat|passed|pass|results?|scored?|grades?|exams?|tests?|"
    r"marks?|first place|prize|medal|trophy|champions?|promot\w+|finished|completed|made it|"
    r"did it|nailed|aced|pb|personal best|qualified|graduat\w+|degree|job|hired|offer|"
    r"published|marathon|race)\b",
    re.IGNORECASE,
)
ACHIEVED_LINE = folded(
    r"\b(results?|earned|well done|bravo|brava|bravely|nobly done|fortune|work hard|examin\w+|"
    r"how clever|victory|what a feat)\b",
    re.IGNORECASE,
)

# A hook in a hello about the room or the persona: "you must love this group", "bet you'd like
# this one", "this is right up your street", "you'd fit right in here", "your kind of crowd".
HOOK = folded(
    r"\b(?:you|u|ya)(?:'?d| would| must| will|'ll| should| gotta| have to)?\s+(?:really\s+|so\s+|"
    r"defo\s+|definitely\s+|totally\s+|absolutely\s+)?(?:love|like|enjoy|appreciate|dig|be into|"
    r"fit (?:right )?in|feel at home)\s+(?:this|it|us|here|these|our|the)\b|"
    r"\bright up (?:your|ur|yer) (?:street|alley|strasse)\b|"
    r"\b(?:your|ur) (?:kind of|sort of|type of) (?:group|room|chat|crowd|people|place|thing|"
    r"topic|lot)\b|\b(?:made|perfect) for (?:you|u)\b|\bin (?:your|ur) element\b|"
    r"\bbet (?:you|u)(?:'?d| would)? (?:love|like|enjoy)\b",
    re.IGNORECASE,
)
# An offer or a question of taste, not a hook: "would you like this one or the blue", "do you
# like it here?", "if you like this".
NOT_HOOK = folded(
    r"\b(?:would|do|did|does|will|can|could|if|when|unless)\s+(?:you|u|ya)\b[^.!?]{0,12}"
    r"(?:love|like|enjoy|dig)\b",
    re.IGNORECASE,
)


# The room liked, asked of the persona: "do you like it here?", "don't you love this group".
ROOM_LIKED = folded(
    r"\b(?:do|don'?t|dont)\s+(?:you|u|ya)\s+(?:like|love|enjoy)\s+(?:it\s+)?(?:here|"
    r"this (?:group|room|chat|place|lot|club|crowd)|us)\b(?![^?]*\bor\b)",
    re.IGNORECASE,
)


def hooked(rest: str) -> bool:
    """Whether what follows a hello (`rest`) is a hook about the room or the persona: said
    ("you must love this group"), or the room liked asked of it ("do you like it here?"); not
    an offer or a choice ("would you like this one or the blue?")."""
    if ROOM_LIKED.search(rest):
        return True
    return bool(HOOK.search(rest)) and not NOT_HOOK.search(rest) and "?" not in rest
