"""A question of fact a persona owns up to ("why do we yawn": "You have found a hole in my
education"), which another seeded persona answers when asked directly (Darwin: "Yawning is
catching in people ..."): the answer relayed in the asker's own voice, framed honestly as
heard from others ("Not my field, Maya, but this much I have read. Yawning is ...").

- Only a question of fact by its shape ("why do ...", "how does ...", "what causes ..."), never
  one of the persona's own life, a view, a request, nor one on health, money or safety.
- The answer is what the other persona says when asked directly (its own `offline_reply`, the
  same matching), and only a line of its material that stands on its own as a fact: no "I",
  "me", "my" of its own life (its "I am told" reworded), no name, place or year of its life.
- Cheap: the relayable lines are read once per process into a word index; only the personas
  with such a line on a word of the question are asked, and each answer is kept for its
  question.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bots.material import index_of, terms
from bots.seeded import seeded
from bots.sense import GENERIC_TERMS, names_focus

# A question of fact, by its shape: "why do we yawn", "how do planes stay up", "what causes
# thunder", "does anyone know why the ocean looks blue".
FACT_ASKED = re.compile(
    r"^\W*(?:(?:ok|okay|so|but|and|hey|hmm|um|random|q|question|serious|quick|lol|genuine|"
    r"honest|wait|also|btw|anyone|any|one|does|do|know|you|u|guys|all|everyone|pls|please|"
    r"i|wonder|wondered|always|ever|ve|never|understood)\W+)*"
    r"(?:why|how come|how (?:do|does|did|is|are|can|far|old|long|big|hot|cold|deep|high|fast)|"
    r"what (?:is|are|was|makes?|causes?|happens|even is|exactly is)|what's|whats|"
    r"where do|where does)\b",
    re.IGNORECASE,
)
# Not a question of fact to relay: the persona's own life or view ("did you", "your"), advice
# on the asker's health, money or safety ("should i", "is it safe"), or a thing to be made.
NOT_RELAYED = re.compile(
    r"\b(?:your|ur|yourself|yours)\b|\b(?:did|have|were|would|will|could|do) (?:you|u) "
    r"(?:think|reckon|believe|like|prefer|feel|ever|know (?:if|whether)|remember|mean)\b|"
    r"\b(?:did|have|were|would|will|could) (?:you|u)\b|"
    r"\b(?:should|shall) (?:i|we)\b|\b(?:can|could) i\b|\bhow (?:can|should|would|do) i\b|"
    r"\bhow (?:do|can|could|would) we (?:make|get|stop|fix|keep|avoid|help|deal|choose|find|"
    r"plan|save|reduce|improve|decide|sort|handle|cope)\b|"
    r"\b(?:safe|dangerous|ok to|okay to|bad for|good for|invest\w*|dose|overdose|pills?|"
    r"medicine|medication|doctor|worth|opinion|favou?rite|best|worst|recipe|write|"
    r"poem|toast|joke)\b",
    re.IGNORECASE,
)
# A line of its owner's life: its "I", "me", "my" (once "I am told" is reworded), a year.
OWN_LIFE = re.compile(r"\b(?:I|me|my|mine|myself|I'm|I've|I'd)\b|\b1[0-9]{3}\b|\b20[0-2][0-9]\b")
# A line that tells how to do a thing ("Stand a bottle in a clay mountain ...", "To heat food in
# a microwave, use glass"): advice or a recipe, no answer to why or how a thing is so.
INSTRUCTION = re.compile(
    r"^(?:to [a-z]+[^,:;]*[,:;] )?(?:stand|put|use|keep|try|add|mix|pour|take|make|let|leave|"
    r"rub|soak|wash|cut|fill|place|hold|turn|set|check|boil|heat|cover|give|get|do|don't|"
    r"never|always|avoid|start|begin|buy|ask|go|look|choose|pick|open|store|"
    r"feed|clean|wipe|dry|spray|sprinkle|stir|bake|cook|drink|eat|wear|count|measure)\b",
    re.IGNORECASE,
)
# "I am told it spreads most ...": a fact heard, said so in the asker's own frame.
TOLD = re.compile(r"\bI am told (?:that )?|\bI gather (?:that )?")
# Capitalised words a fact may say that are no name of its owner's life.
COMMON_CAPITALS = frozenset(
    re.findall(
        r"\w+",
        "A An The It Its In On At Of For And But Or So If When Each Every Only One Two Some Most "
        "Many No Not Nobody This That These Those They Their There Water Sun Moon Earth Light "
        "Lightning Ice Yawning Goosebumps Bread Milk Onions Bees Cats Dogs Birds Fish Stars "
        "Through Even All Both Any What Why How Your You We Our",
    )
)
# Words that only put the question ("what causes thunder", "how does soap actually work").
ASKING = frozenset(
    stem
    for word in re.findall(
        r"\w+",
        "cause causes caused make makes made happen happens happened work works actually really "
        "exactly even basically literally know anyone wonder question random thing things stuff "
        "mean means deal lol",
    )
    for stem in terms(word)
)
_CAPITAL = re.compile(r"(?<![.!?:;] )(?<!^)\b([A-Z][a-z']*)\b")
# How long a line must be to explain a thing: shorter ones are sayings and views ("The most
# incomprehensible thing about the universe is that it is comprehensible"), no answer to relay.
SAYING = 100
_MENTION = re.compile(r"@\w+")
_NAMED = re.compile(r",? \{name\}")

# The asker's honest frames, before the relayed fact (one drawn by the seed).
FRAMES = {
    "einstein": (
        "Not my field, {name}, but this much I have read.",
        "Physics has little to say there, {name}, but here is what I am told.",
        "I am no expert on that, {name}, but this much I know from others.",
    ),
    "shakespeare": (
        "I am no natural philosopher, {name}, yet I have heard it said thus.",
        "My learning is the stage, {name}, but the learned tell it so.",
        "I know it only by report, {name}, and the report runs thus.",
    ),
    "curie": (
        "It is outside my laboratory, {name}, but here is what is known.",
        "Not my own work, {name}, but the answer is known, and it is this.",
        "I have not studied it myself, {name}, but this much is well established.",
    ),
    "lovelace": (
        "It never came into my tables, {name}, but I am told this much.",
        "Not a question for my Engine, {name}, but those who study it say this.",
        "I have only heard it from others, {name}, but it runs like this.",
    ),
    "socrates": (
        "I claim no knowledge of it, {name}, but those who study it say this.",
        "I know only that I do not know, {name}; yet those who study it say this.",
        "It is not my art, {name}, but I have heard those who practise it say this.",
    ),
    "darwin": (
        "It lies outside my studies, {name}, but I am told this much.",
        "Not a naturalist's question, {name}, but those who know it say this.",
        "I have not studied it myself, {name}, but here is what I am told.",
    ),
}
# A short frame for a long answer.
SHORT = {
    "einstein": "Not my field, {name}, but I have read this.",
    "shakespeare": "I know it by report, {name}, and it runs thus.",
    "curie": "Not my work, {name}, but it is known.",
    "lovelace": "I am told this much, {name}.",
    "socrates": "Those who study it say this, {name}.",
    "darwin": "I am told this much, {name}.",
}


def relayed_text(line: str) -> str:
    """`line` (a plain or `#know` line's text) as another persona may give it: its name
    placeholder out, "I am told" dropped, and as far as it says nothing of its owner's life (its
    first sentences that do not); "" when its first does."""
    text = _NAMED.sub("", line).strip()
    if "{" in text:
        return ""
    text = TOLD.sub("", text)
    text = text[:1].upper() + text[1:]
    if INSTRUCTION.match(text):
        return ""
    kept = []
    for sentence in _SENTENCE.split(text):
        if (
            INSTRUCTION.match(sentence)
            or OWN_LIFE.search(sentence)
            or any(word not in COMMON_CAPITALS for word in _CAPITAL.findall(sentence))
        ):
            break  # (advice; a name, a place: of its owner's life, or not to be vouched for)
        kept.append(sentence)
    return " ".join(kept)


# A relayable line: its text as relayed, as keyed (its keys and text), and its stems.
Relayable = tuple[str, str, frozenset[str]]
Words = frozenset[str]


@lru_cache(maxsize=1)
def _relayable() -> tuple[
    dict[str, dict[str, Relayable]],
    dict[str, frozenset[str]],
    dict[str, frozenset[str]],
]:
    """For each seeded persona, its lines that may be relayed (their text as said, and as
    relayed), and for each content word, the personas with such a line on it, and those with
    such a `#know` line keyed by it: read once."""
    lines: dict[str, dict[str, Relayable]] = {}
    words: dict[str, set[str]] = {}
    keyed_by: dict[str, set[str]] = {}
    for spec in seeded():
        if spec.get("is_house_bot"):
            continue
        slug = spec["slug"]
        index = index_of(tuple(spec["material"]))
        own: dict[str, Relayable] = {}
        said = [(line.text, line.text) for line in index.lines]
        for known in index.tagged.get("know", ()):
            keys, _, text = known.partition(":")
            if re.search(r"(?:^|[\s/,])(?:you|your|u|ur)(?:$|[\s/,])", keys):
                continue  # (keyed "you": its own life)
            said.append((text.strip(), f"{keys} {text}"))
            for stem in terms(keys.replace("/", " ").replace("=", " ").replace("_", " ")):
                keyed_by.setdefault(stem, set()).add(slug)
        for text, keyed in said:
            relayed = relayed_text(text)
            if len(relayed) < SAYING:
                continue  # (a saying, no fact: "Time is the old justice that examines all")
            keyed = keyed.replace("/", " ").replace("=", " ").replace("_", " ")
            stems = frozenset(terms(keyed))
            own[text] = (relayed, keyed, stems)
            for stem in stems - GENERIC_TERMS:
                words.setdefault(stem, set()).add(slug)
        lines[slug] = own
    return (
        lines,
        {w: frozenset(s) for w, s in words.items()},
        {w: frozenset(s) for w, s in keyed_by.items()},
    )


_ANSWERS: dict[tuple[str, str], str] = {}
_asking: list[bool] = []


def borrowed(slug: str, message: str, name: str, seed: int, author: str, most: int = 280) -> str:
    """The persona `slug`'s reply to a question of fact it owned up to, with another seeded
    persona's answer relayed in its own frame; "" when none answers it as a fact. (`author`
    asked it, `name` is how the reply names them.)"""
    if _asking or slug not in FRAMES:
        return ""  # (never while another persona is being asked for its answer)
    question = " ".join(_MENTION.sub(" ", message).split())  # ("@socrates why do we yawn")
    if not FACT_ASKED.search(question) or NOT_RELAYED.search(question) or len(question) > 160:
        return ""
    asked = set(terms(question)) - GENERIC_TERMS - ASKING
    if not asked:
        return ""
    lines, words, keyed = _relayable()
    # (one with a `#know` line keyed by the question's words first: its line is meant for it)
    candidates = sorted(
        {other for stem in asked for other in words.get(stem, ())} - {slug},
        key=lambda other: (
            -sum(other in keyed.get(stem, ()) for stem in asked),
            -sum(other in words.get(stem, ()) for stem in asked),
            other,
        ),
    )
    for other in candidates[:3]:
        answer = _answer_of(other, question, asked, lines[other], author)
        if answer:
            first = seed % len(FRAMES[slug])
            frames = [*FRAMES[slug][first:], *FRAMES[slug][:first], SHORT[slug]]
            named = [f.format(name=name) if name else _NAMED.sub("", f) for f in frames]
            return _framed(named, answer, most, asked)
    return ""


def _answer_of(
    other: str,
    question: str,
    asked: set[str],
    own: dict[str, Relayable],
    author: str,
) -> str:
    """The relayable line `other` answers `question` with when asked it directly (its own
    `offline_reply`, the same matching), or ""."""
    key = (other, question.lower())
    if key not in _ANSWERS:
        from bots.engine import ChatLine, offline_reply, owned_up_in  # (engine imports this)

        if len(_ANSWERS) > 256:
            _ANSWERS.clear()
        voice = _voices()[other]
        _asking.append(True)
        try:
            reply = offline_reply(
                voice, message=question, seed=1, history=(ChatLine(author or "maya", question),)
            )
        finally:
            _asking.pop()
        answered = reply and not owned_up_in(voice.material, reply)
        _ANSWERS[key] = _line_in(question, reply, asked, own) if answered else ""
    return _ANSWERS[key]


@lru_cache(maxsize=1)
def _voices() -> dict:
    """The seeded personas as the engine's voices, made once."""
    from bots.engine import Voice

    return {
        spec["slug"]: Voice(
            slug=spec["slug"],
            name=spec["name"],
            max_reply_chars=spec["max_reply_chars"],
            style=spec["style"],
            material=tuple(spec["material"]),
        )
        for spec in seeded()
        if not spec.get("is_house_bot")
    }


def _line_in(question: str, reply: str, asked: set[str], own: dict[str, Relayable]) -> str:
    """The relayed text of the relayable line `reply` says (as far as it says it: its first
    sentences, a long line cut to fit), when it is on at least two of the question's words
    (or its only one)."""
    quality = QUALITY_ASKED.search(question)
    for text, (relayed, keyed, stems) in own.items():
        shared = asked & stems
        if len(shared) < min(2, len(asked)):
            continue
        sentences = _SENTENCE.split(text)
        said = 0
        for sentence in sentences:
            parts = [p.strip(" ,") for p in _NAMED.split(sentence)]
            if not all(p in reply for p in parts if p):
                break
            said += 1
        if said:
            if not names_focus(question, keyed) or quality and not _says_quality(quality, text):
                continue  # (on a side word only: grass stains for why grass is green)
            return relayed if said == len(sentences) else relayed_text(" ".join(sentences[:said]))
    return ""


# "why is grass green", "why is the sea salty": a quality asked of a thing, which its answer says.
QUALITY_ASKED = re.compile(
    r"\bwhy (?:is|are) (?:the |a |an )?[a-z]+(?: [a-z]+)? ([a-z]+)\W*$", re.I
)


def _says_quality(asked: re.Match, line: str) -> bool:
    """Whether `line` says the quality a "why is it so" question asks of, in its own word
    ("green", not "greens" nor only its key), or as the thing of it ("salt" for "salty")."""
    quality = asked.group(1).lower()
    said = set(re.findall(r"[a-z]+", line.lower()))
    return quality in said or quality.endswith("y") and quality[:-1] in said


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _framed(frames: Sequence[str], answer: str, most: int, asked: set[str]) -> str:
    """`answer` after the first of `frames` it fits with in `most` characters, its last
    sentences left out where the whole fits after none; then the last clauses of its first,
    after a semicolon, when what is left says a word of the question (`asked`): never "The
    drink is bottled with carbon dioxide" alone for why bubbles pop. "" when nothing fits."""
    sentences = _SENTENCE.split(answer)
    clauses = sentences[0].rstrip(".").split("; ")
    whole = [" ".join(sentences[:n]) for n in range(len(sentences), 0, -1)]
    # (a clause long enough to say something: never "Nobody knows for certain." alone)
    cuts = [
        cut
        for n in range(len(clauses) - 1, 0, -1)
        if len(cut := "; ".join(clauses[:n]) + ".") >= 60
    ]
    for said in (*whole, *(cut for cut in cuts if asked & set(terms(cut)))):
        for frame in frames:
            if len(f"{frame} {said}") <= most:
                return f"{frame} {said}"
    return ""
