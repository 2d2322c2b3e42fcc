"""Whether a stock line was met on one incidental word of a message (hijack43).

A line shares one word with a message that is not what the message is about: "my tomatoes have
yellow leaves at the bottom, are they dying?" and "I died at thirty-six" ("dying" said of the
tomatoes), "morning all, who's up early" and girls taught mathematics early, "can you split
240 three ways" and odds said "three to one". The message names a thing (`sense.focus`,
`sense.subjects`) the line never names, and the one word they share is said of it in passing:
a verb or a state ("are they dying"), a word of how or when ("early"), a count ("three"). A
line on the word that is the subject ("how did you die so young", "what is love to you") is
untouched: the message then names no other thing.

A yes or no given on a view met on one of several things asked ("does putting a laptop in
rice actually work": a view of laptops; "are coffee grounds good for compost": a view of
coffee to drink) is no answer either (`one_of_several`)."""

import re

from bots.fold import folded
from bots.loose import STATE, WORD, setting
from bots.material import related, stem, terms
from bots.sense import (
    ASKED,
    CLAUSES,
    GENERIC_TERMS,
    MENTION,
    _adjective,
    _verb_at,
    focus,
    subjects,
)

COUNTS = frozenset(
    terms("one two three four five six seven eight nine ten twelve twenty hundred thousand")
)


def said_as_a_deed(text: str, term: str) -> bool:
    """Whether `text` says `term` only as a verb, a state or a word of how ("are they dying",
    "who's up early"), never as a thing named."""
    tokens = WORD.findall(text.lower())
    found = [i for i, w in enumerate(tokens) if stem(w) == term or terms(w) == [term]]
    if not found:
        return False
    return all(
        _verb_at(tokens, i) or _adjective(tokens[i]) or STATE.fullmatch(tokens[i]) for i in found
    )


# A request put to the persona: "can you split 240 three ways for us".
REQUESTED = folded(
    r"^\W*(?:@\w+\W+)?(?:(?:can|could|would|will) (?:you|u)|please|pls)\b", re.IGNORECASE
)


def met_aside(text: str, line: str, names: frozenset[str] = frozenset()) -> bool:
    """Whether `line` meets `text` only on words of a clause told beside the request, none of
    the request itself: "@lovelace can you split 240 three ways for us, i'm too tired to think"
    and "Computers do not think as we do"."""
    clauses = [c for c in CLAUSES.split(MENTION.sub(" ", text).strip()) if c.strip()]
    asking = [c for c in clauses if REQUESTED.match(c) or ASKED.search(c)]
    if len(clauses) < 2 or len(asking) != 1:
        return False
    said = set(terms(line))
    asked = set(terms(asking[0])) - GENERIC_TERMS - names
    # (told after it: "if you bake a loaf perfectly but hate it, did you bake it well?" asks of
    # what it opens with)
    after = clauses[clauses.index(asking[0]) + 1 :]
    beside = set(terms(" ".join(after))) - GENERIC_TERMS - names
    return bool(asked - COUNTS) and not asked & said and bool(beside & said)


def _same_word(text: str, line: str, term: str) -> bool:
    """Whether `text` and `line` say `term` in the same word, or its plural ("strings")."""
    asked = {_bare(w) for w in WORD.findall(text.lower()) if terms(w) == [term]}
    said = {_bare(w) for w in WORD.findall(line.lower()) if terms(w) == [term]}
    return bool(asked & said)


def _bare(word: str) -> str:
    """`word` without an ending of number or tense ("embarrassed": "embarrass")."""
    return re.sub(r"(?:ing|ed|(?<!s)s)$", "", word)


def _named_but_said_how(text: str, line: str, term: str) -> bool:
    """Whether `text` names `term` as a thing ("a cold") and `line` says it only as a word of
    how ("heavy and cold")."""
    asked = WORD.findall(text.lower())
    named = any(
        i and asked[i - 1] in ("a", "an", "the", "my", "your") and terms(w) == [term]
        for i, w in enumerate(asked)
    )
    said = [w for w in WORD.findall(line.lower()) if terms(w) == [term]]
    return named and bool(said) and all(_adjective(w) for w in said)


def _how_only(text: str, term: str) -> bool:
    """Whether `text` says `term` only as a word of how or when ("up early", "so late")."""
    tokens = WORD.findall(text.lower())
    found = [w for w in tokens if stem(w) == term or terms(w) == [term]]
    return bool(found) and all(_adjective(w) or stem(w) in WHEN_WORDS for w in found)


WHEN_WORDS = frozenset(terms("early late soon today tonight tomorrow yesterday often again"))


def beside_subject(text: str, line: str, names: frozenset[str] = frozenset()) -> bool:
    """Whether `line` meets `text` on one word only, said in passing of a thing `text` asks of
    that `line` never names (the module's docstring). `names`: stems of the personas' names,
    which say who is asked, not what."""
    text = MENTION.sub(" ", text)
    said = set(terms(line))
    asked = set(terms(text)) - GENERIC_TERMS - names
    things = (set(focus(text)) | set(subjects(text))) - names - GENERIC_TERMS
    # (a word said as a thing in one and as a deed in the other is another word: "leaves" on a
    # plant and "left" undone)
    shared = {
        t
        for t in asked & said
        if (t not in things and said_as_a_deed(text, t)) == said_as_a_deed(line, t)
        # (the same word in both, "the fat string" and "the G string", however it reads)
        or (_same_word(text, line, t) and not _named_but_said_how(text, line, t))
    }
    if sum(_same_word(text, line, t) for t in set(terms(text)) & said) >= 2:
        return False  # two words said alike ("the spanish for embarrassed"): on it
    if not shared and asked & said <= things:
        # Only a thing named, said in the line in another sense: "what's the best way to get
        # over a cold" and the hemlock's cold climbing from the feet.
        return (
            bool(asked & said)
            and all(_named_but_said_how(text, line, t) for t in asked & said)
            and bool(OWN_LIFE.search(line))
            and not YOU.search(text)
        )
    if len(shared) != 1:
        return False
    (word,) = shared
    if word in COUNTS:
        return True  # "three ways": a count, of anything
    things -= shared
    named = {t for t in said if not said_as_a_deed(line, t)}
    if not things:
        # Nothing named at all ("who's up early"): a word of how or when alone ("Girls should
        # be taught mathematics properly and early, as I was") is no meeting.
        return _how_only(text, word) and bool(OWN_LIFE.search(line)) and not YOU.search(text)
    if named & set(related(sorted(things))):
        return False
    # (a line of its own life on the word, "I died at thirty-six", where the message says it
    # of a thing: "Flying is hard work for small wings" is still on "how do birds fly")
    if not OWN_LIFE.search(line) or YOU.search(text):
        return False
    return word in setting(text) or said_as_a_deed(text, word)


OWN_LIFE = re.compile(r"\b(?:I|[Mm]y|me)\b")
# Asked of the persona itself: "how did you die so young".
YOU = folded(r"\b(?:you|your|u|ur|yourself)\b", re.IGNORECASE)


# Whether a thing works or is good for another ("does putting a laptop in rice actually work",
# "are coffee grounds good for compost", "is it true that..."): a claim on how things go
# together, which a view of one of them does not settle.
THING_WORKS = folded(
    r"\b(?:does|do|did|will|would|can)\b[^?.!]{3,60}\b(?:actually |really |even )?work\b|"
    r"\b(?:is|are|isn'?t|aren'?t)\b[^?.!]{2,40}\b(?:good|bad|safe|ok|okay) (?:for|in|on)\b",
    re.IGNORECASE,
)
WORKS_ASKED = folded(THING_WORKS.pattern + r"|\bis it true\b|\b(?:a )?myth\b", re.IGNORECASE)


# The other thing a thing is put in or to ("a laptop in rice", "grounds for compost").
PUT_WITH = folded(
    r"\b(?:in|into|inside|for|on|onto|with|under|to)\s+(?:(?:the|a|an|my|your|our|some|cold|hot|"
    r"warm|dry|wet|fresh)\s+)*([a-z][a-z'-]+)",
    re.IGNORECASE,
)


def one_of_several(text: str, line: str, names: frozenset[str] = frozenset()) -> bool:
    """Whether `text` asks whether a thing works in or for another (`WORKS_ASKED`, `PUT_WITH`)
    and `line` names only one of them: "does putting a laptop in rice actually work" and a view
    of laptops that says nothing of rice."""
    if not WORKS_ASKED.search(text):
        return False
    text = MENTION.sub(" ", text)
    asked = set(terms(text)) - GENERIC_TERMS - names - set(terms("work"))
    said = set(terms(line)) | set(related(sorted(set(terms(line)))))
    put = {t for m in PUT_WITH.finditer(text) for t in terms(m.group(1))} & asked
    # (either of them unsaid: "are eggshells good for the garden" and a line on a garden)
    return len(asked & said) <= 1 and bool(put) and bool(asked - put) and bool(asked - said)
