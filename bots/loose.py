"""Whether a line was found on one loose word of a message (misfire41).

A stock line picked because it shares a single word with a message is often beside the
question: "should i pay off my credit card" and a take on a well-paid job, "could you make life
from dead tissue" and a cat's dead mouse, "why do some plants flower in spring and others in
autumn" and swallows leaving in autumn. A line found on one word is on the question only when
that word is what the question asks of (`sense.focus`, `sense.subjects`), or when it shares a
second word of substance with it; words of the setting (`sense.side_terms`: "in spring", "dead"
tired) never count alone."""

import re

from bots.fold import folded
from bots.material import related, stem, terms
from bots.sense import GENERIC_TERMS, _qualifiers, focus, other_kinds, side_terms, subjects

# A question on how two things go together ("how did you balance research with having small
# kids", "juggle work and family"): a line on one of them says nothing of the other.
BOTH_ASKED = folded(
    r"\b(?:balanc\w*|juggl\w*|combin\w*|fit(?:ted|ting)? in)\b.+\b(?:with|and|around)\b",
    re.IGNORECASE,
)


# What is done that a tip is asked for ("any advice for running my first 10k": running), and
# what a deed is judged to be ("is it rude to leave a party early": rude): asked of too.
DEED_ASKED = folded(
    r"\b(?:tips?|advice|help|ideas?|suggestions?) (?:for|on|with|about) (\w+ing)\b|"
    r"\b(?:is|isn'?t|was|would it be) (?:it|that|this) (?:really |actually |a bit |too |so )?"
    r"(\w+) (?:to|if|when|that)\b",
    re.IGNORECASE,
)


WORD = folded(r"[a-z][a-z']*", re.IGNORECASE)
# When a thing happens, said in passing ("flower in spring and others in autumn", "sing at
# night"): a setting, not what is asked of.
_TIMES = "spring|summer|autumn|fall|winter|morning|evening|night|day|week|weekend"
_AT = "in|at|during|by|every|each|last|this|next|over"
WHEN = folded(rf"\b(?:{_AT})\s+(?:the\s+)?({_TIMES})s?\b", re.IGNORECASE)


# What state a thing is in, said before it ("a dying houseplant", "a frozen frog").
STATE = folded(
    r"dying|dead|broken|frozen|leaking|rotting|rotten|wilting|cracked|burnt|burned|damaged|"
    r"sick|poorly|wet|dirty|filthy|squeaky|noisy|loud|slow|old|new|used|second-hand|stuck",
    re.IGNORECASE,
)


def setting(text: str) -> frozenset[str]:
    """The stems `text` says on the side (`sense.side_terms`), and when it says it (`WHEN`)."""
    return side_terms(text) | {t for m in WHEN.finditer(text) for t in terms(m.group(1))}


def asked_of(text: str) -> frozenset[str]:
    """What `text` asks of, as stems: its focus and its subjects, the words that say which of
    it ("a team leader": team), the deed a tip is asked for and the judgement asked."""
    deeds = {t for m in DEED_ASKED.finditer(text) for g in m.groups() if g for t in terms(g)}
    # (a noun that says which, "a team leader", "a camping trip"; not a state, "a dying
    # houseplant")
    states = {stem(w) for w in WORD.findall(text.lower()) if STATE.fullmatch(w)}
    which = _qualifiers(text) - side_terms(text) - states
    # (a subject said only on the side is not asked of: "fans sound like a jet engine")
    return frozenset(focus(text)) | (subjects(text) - setting(text)) | which | deeds


def _done_otherwise(text: str, line: str, term: str) -> bool:
    """Whether `line` says `term` only as a deed done ("squirrels have planted half our woods")
    where `text` names things ("why do some plants flower"): another sense of the word."""
    said = [w for w in WORD.findall(line.lower()) if stem(w) == term]
    named = [w for w in WORD.findall(text.lower()) if stem(w) == term]
    done = ("ed", "ing")
    plural = all(w.endswith("s") and not w.endswith(("ss", "us")) for w in named)
    return bool(said and named) and plural and all(w.endswith(done) for w in said)


# A verb said with its particle ("pay off my credit card", "work out the bill"): another sense
# of the verb than the word alone ("well-paid", "a workout").
_PHRASAL_VERBS = (
    "pay|paid|paying|work|worked|working|put|putting|take|taking|make|making|give|giving|"
    "break|breaking|run|running|turn|turning|pick|picking|sort|sorting|set|setting|look|"
    "looking|get|getting|carry|carrying"
)
PHRASAL = folded(
    rf"\b({_PHRASAL_VERBS})\s+(?:it\s+|them\s+)?(?:off|out|up|down|over|after)\b", re.IGNORECASE
)


def _otherwise(text: str) -> set[str]:
    """The stems `text` says in a sense of their own: a verb with its particle (`PHRASAL`), a word
    of another kind (`sense.other_kinds`: "a graphics card")."""
    return {t for m in PHRASAL.finditer(text) for t in terms(m.group(1))} | set(other_kinds(text))


def _after_joined(text: str) -> set[str]:
    """The stems of the second of two things balanced (`BOTH_ASKED`): "having small kids"."""
    m = BOTH_ASKED.search(text)
    return set(terms(text[m.end() :])) if m else set()


def loose_match(text: str, said: str | set[str] | frozenset[str], *, narrow: bool = False) -> bool:
    """Whether words `said` (a line's stems, or the words a take is on) meet the message `text`
    on one loose word only: no word of what it asks of (`asked_of`) and fewer than two words of
    substance beside its setting; or, when it asks of nothing in particular, on words of its
    setting only. A question on two things together (`BOTH_ASKED`) wants both."""
    line = said if isinstance(said, str) else ""
    said = set(terms(line)) if line else set(said)
    asked = set(terms(text)) - GENERIC_TERMS
    alike = asked & said
    # (a word said in another sense is not said: "planted" for "plants")
    said = {t for t in said if not (line and _done_otherwise(text, line, t))}
    shared = alike & said
    side = setting(text)
    if BOTH_ASKED.search(text) and len(set(terms(text))) >= 3:
        # (everyday words count here: "kids" is one of the two things balanced; a line on the
        # second of them, "my father-in-law came to live with us", is on the balance)
        return not _after_joined(text) & said
    if not shared:
        return bool(alike)  # only in another sense
    if narrow:
        # Only what is plainly loose: words of when ("in autumn") or of how the thing asked of is
        # ("a slow wifi connection", "dead tissue"), or said in another sense ("pay off", "a
        # graphics card"), and nothing else shared.
        how = {t for m in WHEN.finditer(text) for t in terms(m.group(1))}
        how |= side_terms(text) & _qualifiers(text)
        otherwise = _otherwise(text)
        return shared <= how | otherwise and not said & asked_of(text) - how - otherwise
    main = shared - side
    if shared <= other_kinds(text) and len(main) < 2:
        return True  # said of another kind: "a graphics card" is no card game
    on = asked_of(text)
    if not on:
        return not main  # "how did you cope with losing someone close": "lose" alone
    # What it asks of, an everyday word too ("why does time slow down"), or a word its life
    # says it in ("is radiation dangerous": radium), said in the line, puts the line on it.
    met = said & set(related(sorted(on)))
    if met and met <= GENERIC_TERMS:
        # An everyday word ("time") with one other is no more than "each time ... faster" for
        # "how do i make time go faster at work"; with two more ("time slow down when you move
        # fast") it is on it.
        return len(set(terms(text)) & said) < 3
    return not met and len(main) < 2
