"""A person's own answer put up to be checked, and a real decision with figures (`check47`).

1. "check my answer: 7 x 8 = 54", "is 1 prime? i said no", "i got 15% of 80 = 12, right?",
   "whales are fish right?": said plainly right or wrong, and why, with the sum worked by the
   engine's own reader (`bots.reckon.arithmetic_of`; half-lives, "i said 7", by
   `bots.field47s`, read before this); a claimed answer with nothing to check it against ("i think
   it's 2 moles, am i right") gets what it would need, never a dodge.
2. "rent 1150 -> 1290 or 1240 locked for 2 years", "48k in paris vs 41k in lyon but rent is
   550/month more in paris", "gym 40/month or home weights for 300 once": the figures weighed
   (the difference a year, the break-even), what it turns on, and a brief view, never a pick
   by lot with a canned reason ("I would say stay ... that is where my curiosity pulls").

Each reply is in the persona's voice, with "{name}" for the one asking.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from fractions import Fraction

from bots.reckon import arithmetic_of, money, shown_number

# ---------------------------------------------------------------------------------------------
# Voices: (right, wrong, cannot tell, decision opener, view lead). "{why}" is the reason.
VOICES47 = {
    "einstein": (
        "Yes, {name}, that is right: {why}.",
        "Not quite, {name}: {why}.",
        "I cannot check that from the answer alone, {name}: {why}.",
        "Let us put the figures side by side, {name}.",
        "Myself, I would",
    ),
    "shakespeare": (
        "Aye, {name}, thou hast it right: {why}.",
        "Not so, {name}: {why}.",
        "I cannot weigh an answer without its question, {name}: {why}.",
        "Let us cast up the account, {name}.",
        "For mine own part, I would",
    ),
    "curie": (
        "Yes, {name}, that is correct: {why}.",
        "No, {name}, that is not right: {why}.",
        "I cannot check a result without the data, {name}: {why}.",
        "The figures first, {name}.",
        "On the evidence, I would",
    ),
    "lovelace": (
        "Quite right, {name}: {why}.",
        "Not quite, {name}: {why}.",
        "I cannot check a result without the working, {name}: {why}.",
        "Let us put it to the arithmetic, {name}.",
        "On those figures, I would",
    ),
    "socrates": (
        "You are right, {name}, and we can see why: {why}.",
        "Let us test it, {name}, and it does not hold: {why}.",
        "How could I judge an answer without its question, {name}? {why_cap}.",
        "Let us examine it together, {name}.",
        "If you ask me, I would",
    ),
    "darwin": (
        "Yes, {name}, you are right: {why}.",
        "I am afraid not, {name}: {why}.",
        "I cannot check that without the particulars, {name}: {why}.",
        "Let me set the figures in order, {name}.",
        "Cautiously, I would",
    ),
    "aibot": (
        "Yes, that's right, {name}: {why}.",
        "Not quite, {name}: {why}.",
        "I can't check that from the answer alone, {name}: {why}.",
        "Quick sums, {name}.",
        "I'd",
    ),
}

# ---------------------------------------------------------------------------------------------
# 1. An answer put up to be checked.

# The ask to be checked: "right?", "am i right", "correct?", "is that right", "check my answer".
CHECK_ASKED47 = re.compile(
    r"\b(?:check(?:ing)? my (?:answer|working|maths?|math|sum)|am i right|"
    r"(?:is|was) (?:that|this|i|it) "
    r"(?:right|correct)|did i get it right|(?:right|correct|yes|yeah|true|innit|no)\s*\?+|"
    r"\b(?:right|correct)\s*\?*\s*(?:lol|haha|tho|yeah|\W)*$|"
    r"\b(?:aren'?t|isn'?t|don'?t|doesn'?t|didn'?t|wasn'?t) (?:they|it|he|she|we)\b\W*$|"
    r"\bcheck\b(?: (?:this|it|pls|please|mine))?\s*:|=\s*-?\d[\d./]*\s*\?+\s*$|"
    # "rent went from 1450 to 1595, is that 9%?"
    r"\b(?:is|was) (?:that|this|it) (?:about |like |really )?\d+(?:\.\d+)?\s*(?:%|percent)\s*\?)",
    re.IGNORECASE,
)
# An answer of one's own: "i said", "i got", "i think", "i reckon", "pretty sure".
OWN_ANSWER47 = re.compile(
    r"\b(?:i said|i put|i got|i get|i think|i reckon|pretty sure|i worked it out|i make it|"
    r"check my answer|my answer)\b",
    re.IGNORECASE,
)
_NUM = r"-?\d[\d,]*(?:\.\d+)?(?:\s*/\s*\d+)?"
# "7 x 8 = 54", "15% of 80 is 12", "2 to the power 10 is 1024", "3/4 + 1/8 = 7/8".
CLAIMED_SUM47 = re.compile(
    r"(?P<sum>(?:the\s+)?(?:square root of\s+)?\d[\d.,]*\s*"
    r"(?:%\s*of|squared|cubed|\^|\*\*|to the power(?: of)?|"
    r"[-+*/x×÷]|times|multiplied by|divided by|over|plus|minus|take away)"
    r"(?:[\s\d.,%()+\-*/x×÷^]|times|multiplied by|divided by|over|plus|minus|take away|of)*?)"
    r"\s*(?:=|\bis\b|\bequals\b|\bmakes\b|\bcomes to\b|\bgives\b)\s*(?P<val>"
    + _NUM
    + r")(?![\d.])",
    re.IGNORECASE,
)
# "is the square root of 81 9? i said 9": the value after the root, or said after "i said".
ROOT_ASKED47 = re.compile(
    r"square root of (?P<n>\d+(?:\.\d+)?)\b.*?\b(?:i said|i got|i put|is)\s+(?P<val>" + _NUM + ")",
    re.IGNORECASE,
)
PRIME_ASKED47 = re.compile(
    r"\bis (?P<n>\d+) (?:a )?prime(?: number)?\b.*?\bi (?:said|put|thought|think|answered|wrote)"
    r"\s+(?P<yn>yes|no|it is|it'?s not|it isn'?t|not)\b",
    re.IGNORECASE,
)
PRIME_SAID47 = re.compile(
    r"\b(?P<n>\d+) (?P<neg>is not|isn'?t|is|'s) (?:a )?prime\b(?! factor)", re.IGNORECASE
)
# A claimed answer with a unit and nothing to check it against: "i think it's 2 moles".
BARE_ANSWER47 = re.compile(
    r"\b(?:it'?s|its|it is|i got|i get|answer is|i said)\s+(?:about\s+)?(?P<val>" + _NUM + r")\s*"
    r"(?P<unit>moles?|mol|joules?|newtons?|m/s|volts?|amps?|ohms?|watts?)\b",
    re.IGNORECASE,
)
# A dispute put to it ("my dad says X, i say Y. who's right"): another reader's.
WHO_IS_RIGHT47 = re.compile(r"\bwho(?:'?s| is) right\b|\bsettle (?:this|it)\b", re.I)
LIMITING47 = re.compile(r"\blimiting\b", re.IGNORECASE)
_NEEDS47 = {
    "mol": "give me the question's figures; moles are the mass in grams divided by the molar mass"
    " (for water 18 g per mole), and I will work it through with you",
    "other": "give me the question and the figures it gives, and I will work it through with you",
}

# Animals often put in the wrong class ("whales are fish right?", "bats are birds?").
CLASS_OF47 = {
    "whale": "mammal",
    "dolphin": "mammal",
    "porpoise": "mammal",
    "bat": "mammal",
    "seal": "mammal",
    "platypus": "mammal",
    "human": "mammal",
    "shark": "fish",
    "seahorse": "fish",
    "eel": "fish",
    "penguin": "bird",
    "ostrich": "bird",
    "chicken": "bird",
    "emu": "bird",
    "spider": "arachnid",
    "scorpion": "arachnid",
    "tick": "arachnid",
    "ant": "insect",
    "bee": "insect",
    "butterfly": "insect",
    "frog": "amphibian",
    "toad": "amphibian",
    "newt": "amphibian",
    "salamander": "amphibian",
    "snake": "reptile",
    "turtle": "reptile",
    "tortoise": "reptile",
    "crocodile": "reptile",
    "lizard": "reptile",
    "jellyfish": "cnidarian",
    "starfish": "echinoderm",
    "crab": "crustacean",
    "lobster": "crustacean",
}
_WHY_CLASS47 = {
    "mammal": "they breathe air with lungs, are warm-blooded and feed their young on milk",
    "fish": "they breathe through gills all their lives and have fins, not limbs",
    "bird": "they have feathers and lay hard-shelled eggs",
    "arachnid": "they have eight legs and two body parts, where insects have six legs and three",
    "insect": "they have six legs and three body parts",
    "amphibian": "they start life in water breathing through gills, then move to lungs",
    "reptile": "they have dry scales and breathe air from birth",
    "crustacean": "they have a hard jointed shell and breathe through gills",
    "cnidarian": "they are kin to corals and sea anemones, with no bones, brain or gills",
    "echinoderm": "they are kin to sea urchins, with five-part bodies and no backbone",
}
_CLASSES47 = (
    r"mammals?|fish(?:es)?|birds?|reptiles?|amphibians?|insects?|arachnids?|crustaceans?|bugs?"
)
CLASS_CLAIM47 = re.compile(
    r"\b(?:an? )?(?P<thing>[a-z]+) (?:are|is)(?: not| n't)? (?:an? |actually |really )*"
    r"(?P<kind>" + _CLASSES47 + r")\b",
    re.IGNORECASE,
)
# Claims with the fact: (claim, truth, the fact); the well-known myths ("the sun goes round the
# earth") are `bots.mood`'s, answered in each voice; "once a day" is read here first, since its
# "earth goes round the sun" would be agreed there.
CLAIMS47 = (
    (
        re.compile(r"\bmoon (?:makes|gives off|produces|has) (?:its|it'?s) own light", re.I),
        False,
        "the Moon makes no light of its own; it shines with sunlight reflected off its surface,"
        " which is why we see phases",
    ),
    (
        re.compile(r"\bearth (?:goes|travels|moves) (?:a)?round the sun once a day", re.I),
        False,
        "the Earth goes round the Sun once a year; once a day it turns on its own axis",
    ),
    (
        re.compile(r"\bwater boils at (?:90|80|95|110)\b(?!\d)", re.I),
        False,
        "at sea level pure water boils at 100 °C (212 °F); it boils cooler only higher up, where"
        " the air pressure is lower",
    ),
    (
        re.compile(r"\bwater boils at 100\b(?!\d)", re.I),
        True,
        "at sea level pure water boils at 100 °C (212 °F), a little cooler up a mountain",
    ),
    (
        re.compile(r"\blight (?:is|travels|goes) faster than sound", re.I),
        True,
        "light travels about 300,000 km a second and sound in air about 343 metres a second,"
        " which is why you see lightning before you hear the thunder",
    ),
    (
        re.compile(r"\bsound (?:is|travels|goes) faster than light", re.I),
        False,
        "light travels about 300,000 km a second and sound in air about 343 metres a second,"
        " which is why you see lightning before you hear the thunder",
    ),
)
_BIG_NUMBER47 = 10**12


def _value47(text: str) -> Fraction | None:
    text = text.replace(",", "").replace(" ", "")
    try:
        if "/" in text:
            top, bottom = text.split("/")
            return Fraction(Fraction(top), Fraction(bottom))
        return Fraction(text)
    except (ValueError, ZeroDivisionError):
        return None


def _worked47(expr: str) -> tuple[str, Fraction, bool] | None:
    """`expr` worked: (the working said, the value, whether only about), or None."""
    expr = " ".join(expr.split()).rstrip(" =")
    m = re.fullmatch(r"(?:the\s+)?(\d[\d.,]*)\s*%\s*of\s*(\d[\d.,]*)", expr, re.I)
    if m:
        part, whole = _value47(m.group(1)), _value47(m.group(2))
        if part is None or whole is None:
            return None
        value = part * whole / 100
        return f"{m.group(1)}% of {m.group(2)} is {shown_number(value)}", value, False
    m = re.fullmatch(r"(\d+)\s*(?:\^|\*\*|to the power(?: of)?)\s*(\d+)", expr, re.I)
    if m:
        base, power = int(m.group(1)), int(m.group(2))
        if power > 64 or base > 10**6:
            return None
        value = Fraction(base**power)
        return f"{base} to the power {power} is {shown_number(value)}", value, False
    said = arithmetic_of(f"what is {expr}?")
    if not said or "=" not in said:
        return None
    working, _, result = said.rstrip(".").rpartition(" = ")
    about = result.startswith("about ")
    value = _value47(result.removeprefix("about "))
    if value is None:
        return None
    return f"{working} is {result}", value, about


def _same47(value: Fraction, claimed: Fraction, about: bool) -> bool:
    if not about:
        return value == claimed
    return abs(value - claimed) <= Fraction(1, 1000) * max(1, abs(value))


EQUATION47 = re.compile(
    r"(?P<lhs>[\d\sa-z+\-*/×().]*?[\d)]\s*(?P<v>[a-z])\b[\d\sa-z+\-*/×().]*?|"
    r"[\d\s+\-*/×().]*?(?P<v2>[a-z])\b[\d\s+\-*/×().]*?)\s*=\s*"
    r"(?P<rhs>[\d\s+\-*/×().a-z]+?)\s*"
    r"(?:\s*(?:,|\bso\b|\bthen\b|\bmeans\b|\bgives\b|\bi got\b|\bi said\b|:))+"
    r"\s*(?P<v3>[a-z])\s*(?:=|is)\s*(?P<val>-?\d+(?:\.\d+)?(?:/\d+)?)(?![\d.])",
    re.IGNORECASE,
)
_TOKEN47 = re.compile(r"\s*(?:(?P<n>\d+(?:\.\d+)?)|(?P<v>[a-z])|(?P<op>[-+*/×()]))", re.I)


def _linear47(expr: str, var: str, x: Fraction) -> Fraction | None:
    """`expr` (numbers, `var`, + - × / and brackets, "3x" for 3 × x) at `var` = `x`."""
    tokens: list[str | Fraction] = []
    pos = 0
    expr = expr.strip()
    while pos < len(expr):
        m = _TOKEN47.match(expr, pos)
        if not m or m.end() == pos:
            return None
        pos = m.end()
        if m.group("n") or m.group("v"):
            if m.group("v") and m.group("v").lower() != var:
                return None
            value = Fraction(m.group("n")) if m.group("n") else x
            if tokens and (isinstance(tokens[-1], Fraction) or tokens[-1] == ")"):
                tokens.append("*")  # "3x", "2(x+1)"
            tokens.append(value)
        else:
            op = "*" if m.group("op") == "×" else m.group("op")
            if op == "(" and tokens and (isinstance(tokens[-1], Fraction) or tokens[-1] == ")"):
                tokens.append("*")
            tokens.append(op)
    at = 0

    def atom() -> Fraction:
        nonlocal at
        if at >= len(tokens):
            raise ValueError
        token = tokens[at]
        at += 1
        if token == "-":
            return -atom()
        if token == "(":
            value = summed()
            if at >= len(tokens) or tokens[at] != ")":
                raise ValueError
            at += 1
            return value
        if isinstance(token, Fraction):
            return token
        raise ValueError

    def product() -> Fraction:
        nonlocal at
        value = atom()
        while at < len(tokens) and tokens[at] in ("*", "/"):
            op = tokens[at]
            at += 1
            right = atom()
            value = value * right if op == "*" else value / right
        return value

    def summed() -> Fraction:
        nonlocal at
        value = product()
        while at < len(tokens) and tokens[at] in ("+", "-"):
            op = tokens[at]
            at += 1
            right = product()
            value = value + right if op == "+" else value - right
        return value

    try:
        value = summed()
    except (ValueError, ZeroDivisionError):
        return None
    return value if at == len(tokens) else None


def _equation_checked(text: str) -> tuple[bool, str] | None:
    """ "3x + 2 = 11 so x = 3": the answer put back in, and the one that works said."""
    m = EQUATION47.search(text)
    if not m:
        return None
    var = (m.group("v") or m.group("v2") or "").lower()
    claimed = _value47(m.group("val"))
    if not var or m.group("v3").lower() != var or claimed is None:
        return None
    lhs, rhs = m.group("lhs"), m.group("rhs")

    def gap(x: Fraction) -> Fraction | None:
        left, right = _linear47(lhs, var, x), _linear47(rhs, var, x)
        return None if left is None or right is None else left - right

    g0, g1, g = gap(Fraction(0)), gap(Fraction(1)), gap(claimed)
    if g0 is None or g1 is None or g is None or g1 == g0:
        return None
    root = -g0 / (g1 - g0)
    if gap(root) != 0:
        return None  # not a straight line in `var` ("x² = 9"): not read here
    said = shown_number(claimed)
    left = _linear47(lhs, var, claimed)
    right = _linear47(rhs, var, claimed)
    if g == 0:
        return True, f"put {var} = {said} back in and both sides come to {shown_number(left)}"
    return False, (
        f"put {var} = {said} back in and one side is {shown_number(left)}, the other"
        f" {shown_number(right)}; {var} = {shown_number(root)} is the one that balances"
    )


def _sum_checked(text: str) -> tuple[bool, str] | None:
    m = CLAIMED_SUM47.search(text)
    if m:
        worked = _worked47(m.group("sum"))
        claimed = _value47(m.group("val"))
        if worked and claimed is not None:
            working, value, about = worked
            if "/" in m.group("val") and value.denominator != 1 and not about:
                working += f", which is {value.numerator}/{value.denominator}"
            return _same47(value, claimed, about), working
    m = ROOT_ASKED47.search(text)
    if m:
        n, claimed = Fraction(m.group("n")), _value47(m.group("val"))
        if claimed is not None and n < _BIG_NUMBER47:
            right = claimed * claimed == n
            root = math.isqrt(int(n)) if n.denominator == 1 else -1
            if root * root == n:
                return right, f"{shown_number(Fraction(root))} × {root} is {m.group('n')}"
            return (
                right,
                f"{shown_number(claimed)} × {shown_number(claimed)}"
                f" is {shown_number(claimed * claimed)}",
            )
    return None


# A change from one figure to another said to be so many percent: "raising rent from $1,450 to
# $1,595 ... 'only about 9%'. that right?"
_CHANGED47 = re.compile(
    r"(?<![\w.])(?P<s1>[£$€])?(?P<a>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?:to|->|→)\s*"
    r"(?P<s2>[£$€])?(?P<b>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d.,]*\s*(?:%|am|pm|:))",
    re.IGNORECASE,
)
_CLAIMED_PCT47 = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*(?:%|per ?cent\b)", re.IGNORECASE)
_ABOUT47 = re.compile(r"\b(?:about|around|roughly|approx\w*|nearly|almost|like|only)\b|~", re.I)


def _change_checked(text: str) -> tuple[bool, str] | None:
    """The percentage a change from one figure to another is said to be, checked: "$1,450 to
    $1,595 is up $145, 10% of $1,450" (rate49 S5 had declined it as a figure unplaced)."""
    changes, claims = _CHANGED47.findall(text), _CLAIMED_PCT47.findall(text)
    if len(changes) != 1 or len(claims) != 1:
        return None
    s1, a_text, s2, b_text = changes[0]
    a, b = Fraction(a_text.replace(",", "")), Fraction(b_text.replace(",", ""))
    if a <= 0 or a == b or a > _BIG_NUMBER47 or b > _BIG_NUMBER47:
        return None
    sign = s1 or s2
    pct = (b - a) / a * 100
    claimed = Fraction(claims[0])
    close = Fraction(1, 2) if _ABOUT47.search(text) else Fraction(1, 20)
    right = abs(abs(pct) - claimed) <= close
    shown = f"{float(abs(pct)):.1f}".removesuffix(".0")
    way = "up" if b > a else "down"
    why = (
        f"{sign}{a_text} to {sign}{b_text} is {way} {sign}{shown_number(abs(b - a))}, "
        f"{shown}% of {sign}{a_text}"
    )
    return right, why if right else f"{why}, not {claims[0]}%"


def _factor47(n: int) -> int:
    """The least factor of `n` above 1 (n itself when prime)."""
    if n % 2 == 0:
        return 2
    k = 3
    while k * k <= n:
        if n % k == 0:
            return k
        k += 2
    return n


def _prime_why(n: int) -> tuple[bool, str]:
    if n < 2:
        return False, (
            f"{n} is not prime, since a prime has exactly two divisors, 1 and itself"
            + (", and 1 has only one" if n == 1 else "")
        )
    least = _factor47(n)
    if least == n:
        if n == 2:
            return True, "2 is prime, the only even one, divisible only by 1 and 2"
        return True, (f"{n} is prime, since no number from 2 up to its square root divides it")
    return False, f"{n} is not prime, since it is {least} × {n // least}"


def _prime_checked(text: str) -> tuple[bool, str] | None:
    if m := PRIME_ASKED47.search(text):
        n = int(m.group("n"))
        if n > 10**12:
            return None
        said_prime = not re.match(r"no|not|it'?s not|it isn", m.group("yn"), re.I)
        prime, why = _prime_why(n)
        return said_prime == prime, why
    if (
        (m := PRIME_SAID47.search(text))
        and OWN_ANSWER47.search(text)
        or (m and CHECK_ASKED47.search(text))
    ):
        n = int(m.group("n"))
        if n > 10**12:
            return None
        said_prime = "not" not in m.group("neg") and "n't" not in m.group("neg")
        prime, why = _prime_why(n)
        return said_prime == prime, why
    return None


def _fact_checked(text: str) -> tuple[bool, str] | None:
    for found, truth, fact in CLAIMS47:
        if found.search(text):
            return truth, fact
    if m := CLASS_CLAIM47.search(text):
        word = m.group("thing").lower()
        thing = next((w for w in (word, word[:-1], word[:-2]) if w in CLASS_OF47), "")
        if not thing:
            return None
        kind = CLASS_OF47[thing]
        said = re.sub(r"(?:e?s)$", "", m.group("kind").lower()).replace("bug", "insect")
        said = {"fish": "fish", "fi": "fish"}.get(said, said)
        negated = bool(re.search(r" not | n't ", m.group()))
        is_it = kind.startswith(said)
        plural = thing if thing.endswith(("s", "fish")) else f"{thing}s"
        why = f"{plural} are {'an' if kind[0] in 'aeiou' else 'a'} {kind}"
        if kind in _WHY_CLASS47:
            why = f"{plural} are {kind if kind == 'fish' else kind + 's'}; {_WHY_CLASS47[kind]}"
        return is_it != negated, why
    return None


def checked47(slug: str, text: str) -> str:
    """The reply to an answer put up to be checked, or ""."""
    voice = VOICES47.get(slug)
    if not voice or len(text) > 300:
        return ""
    asked = CHECK_ASKED47.search(text)
    own = OWN_ANSWER47.search(text)
    if not (asked or own):
        return ""
    found = None
    readers = (_prime_checked, _equation_checked, _sum_checked, _change_checked)
    for reader in readers if len(text) <= 200 else ():  # (a long message is no answer to check)
        if found := reader(text):
            break
    if not found and asked and not WHO_IS_RIGHT47.search(text):
        found = _fact_checked(text)
    if found:
        right, why = found
        line = voice[0] if right else voice[1]
        return line.replace("{why}", why)
    if asked and (LIMITING47.search(text) or BARE_ANSWER47.search(text)):
        m = BARE_ANSWER47.search(text)
        molar = LIMITING47.search(text) or (m and m.group("unit").lower().startswith("mol"))
        if LIMITING47.search(text):
            why = (
                "give me the balanced equation and the amounts; divide each reactant's moles by its"
                " number in the equation, and the smallest is the limiting one"
            )
        else:
            why = _NEEDS47["mol" if molar else "other"]
        return voice[2].replace("{why_cap}", why[:1].upper() + why[1:]).replace("{why}", why)
    return ""


# ---------------------------------------------------------------------------------------------
# 2. A decision with figures.

# A choice asked: "stay or move", "which one", "should i", "or", "vs", "thoughts?".
DECISION_ASKED47 = re.compile(
    r"\b(?:or|vs\.?|versus|which|should i|shall i|stay or|what would you do|thoughts|worth|"
    r"instead of|rather than|"
    r"lock it|take it)\b",
    re.IGNORECASE,
)
MONEY_TOPIC47 = re.compile(
    r"\b(?:rent|rents|landlord|flat|apartment|salary|pay|paid|job|offer|k\b|\d+k|wage|lease|"
    r"contract|membership|gym|car|bus|loan|mortgage|bonus|commute|per month|a month|/month|"
    r"/mo\b|monthly)",
    re.IGNORECASE,
)
_FIG47 = re.compile(
    r"(?<![\w.])(?P<sign>[£$€])?(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?P<k>k\b)?"
    r"(?P<after>[^\d]{0,24})",
    re.IGNORECASE,
)
MONTHLY47 = re.compile(
    r"^\s*(?:/\s*(?:month|mo|m|mth)\b|(?:a|per|each|every) month|pm\b|p/m|monthly|a mo\b)", re.I
)
YEARLY47 = re.compile(
    r"^\s*(?:/\s*(?:year|yr|y)\b|(?:a|per) (?:year|yr)|pa\b|p/a|a year|annual)", re.I
)
PERCENT47 = re.compile(r"^\s*(?:%|per ?cent)", re.I)
DURATION47 = re.compile(r"^\s*(?P<u>months?|mos?|years?|yrs?)\b", re.I)
TIME47 = re.compile(r"^\s*(?P<u>hours?|hrs?|h|mins?|minutes?)\b", re.I)
LOAN47 = re.compile(r"^\s*(?:student\s+)?(?:loan|debt)", re.I)
BONUS47 = re.compile(r"^\s*bonus", re.I)
ONCE47 = re.compile(r"^\s*(?:once|one[- ]off|outright|upfront|up front)", re.I)
SPLIT47 = re.compile(
    r"\s(?:or|vs\.?|versus|instead of|rather than)\s|\s*,\s*(?=(?:offer|job|option|or)\b)", re.I
)
MOVING_COST47 = re.compile(
    r"\bmov(?:e|ing)(?: out)?(?: would)? costs?\D{0,15}(?P<n>\d[\d,]*)", re.I
)
STAY_OR_GO47 = re.compile(r"\b(?:stay|move|moving|look around|renew|leave|sign)\b", re.I)
RISEN47 = re.compile(r"\b(?:up|rise|rising|raised?|increased?|increasing|hike|going up)\b", re.I)
LABEL47 = re.compile(r"\b(?:offer|option|job|choice|place|flat|plan)\s*\d\b", re.I)
DAILY47 = re.compile(r"^\s*(?:(?:a|per|each|every) day|/\s*day|daily)\b", re.I)
LOVE47 = re.compile(r"\b(?:love|loved|enjoy|like|hate|boring|dull|dont|don'?t|miserable)\b", re.I)


class _Fig47:
    __slots__ = ("value", "kind", "start", "raw", "more")

    def __init__(self, value: Fraction, kind: str, start: int, raw: str, more: bool):
        self.value, self.kind, self.start, self.raw, self.more = value, kind, start, raw, more


def _figures47(text: str) -> list[_Fig47]:
    """Each figure with its role: salary (a year), monthly, percent, duration months, time
    minutes, loan, bonus, once (a one-off), bare."""
    found = []
    text = LABEL47.sub(lambda m: m.group()[:-1] + "#", text)  # "offer 1:" is a name, no figure
    rented = re.search(r"\b(?:rent|landlord|flat|apartment)\b", text, re.I)
    for m in _FIG47.finditer(text):
        value = Fraction(m.group("n").replace(",", ""))
        after = m.group("after")
        if m.group("k"):
            value *= 1000
        before = text[max(0, m.start() - 12) : m.start()].lower()
        more = bool(
            re.match(r"^\s*(?:/\s*\w+\s*|a month\s*|per month\s*)?(?:more|extra)\b", after, re.I)
        )
        if PERCENT47.match(after):
            kind = "percent"
        elif LOAN47.match(after):
            kind = "loan"
        elif BONUS47.match(after):
            kind = "bonus"
        elif d := DURATION47.match(after):
            if re.search(
                r"\bfor\s*$|\bover\s*$|\bsign\s*$|\block(?:ed)?\s*(?:for)?\s*$", before
            ) or not MONTHLY47.match(after):
                kind = "duration"
                value *= 12 if d.group("u").lower().startswith("y") else 1
            else:
                kind = "monthly"
        elif t := TIME47.match(after):
            kind = "time"
            value *= 60 if t.group("u").lower().startswith("h") else 1
        elif DAILY47.match(after):
            kind = "daily"
        elif MONTHLY47.match(after):
            kind = "monthly"
        elif YEARLY47.match(after) or m.group("k"):
            kind = "salary"
        elif (
            ONCE47.match(after)
            or re.search(
                r"(?:for|buy(?:ing)?(?: an?| the)?|costs?|pay|outright)\s*[£$€]?\s*$", before
            )
            and value >= 100
            and not rented
        ):
            kind = "once"
        elif rented and 100 <= value < 20000:
            kind = "monthly"
        else:
            kind = "bare"
        found.append(_Fig47(value, kind, m.start(), m.group(), more))
    return found


def _m(value: Fraction) -> str:
    """Money said whole, or to the penny when it has pennies: 6600 -> "6,600", 2.5 -> "2.50"."""
    return money(float(value) if value.denominator != 1 and value < 100 else round(value), "")


def _months_said(months: Fraction) -> str:
    if months <= 24:
        whole = math.ceil(months)
        return (
            f"{whole} month{'s' if whole != 1 else ''}"
            if months == whole
            else f"under {whole} months"
        )
    years = months / 12
    return f"about {round(years)} years"


def _sides47(text: str) -> tuple[str, str] | None:
    parts = [p for p in SPLIT47.split(text) if p and p.strip()]
    if len(parts) < 2:
        return None
    return parts[0], " ".join(parts[1:])


def _salaries(text: str, figs: list[_Fig47]) -> str | None:
    """Two salaries weighed: what a year, with rent, bonus, commute or a loan beside them."""
    pays = [f for f in figs if f.kind == "salary" and f.value >= 5000]
    sides = _sides47(text)
    if (
        len(pays) != 2
        or not sides
        or (pays[0].start < len(sides[0])) == (pays[1].start < len(sides[0]))
    ):
        return None  # two pays on one side are no choice between them ("we make 30k and 40k")
    a, b = pays
    hi, lo = (a, b) if a.value >= b.value else (b, a)
    gap = hi.value - lo.value
    bits = [f"{_m(hi.value)} against {_m(lo.value)} is {_m(gap)} a year more before tax"]
    bonus = [f for f in figs if f.kind == "bonus"]
    net = gap
    turns = []
    for f in bonus:
        owner = a if abs(f.start - b.start) > abs(f.start - a.start) else b
        owner = b if f.start > b.start else a
        net += f.value if owner is hi else -f.value
        bits.append(
            f"the {_m(f.value)} bonus {'widens' if owner is hi else 'narrows'} that to"
            f" {_m(abs(net))}{'' if net >= 0 else ' the other way'}"
        )
        turns.append("whether the bonus is promised")
    monthly = [f for f in figs if f.kind == "monthly"]
    extra = [f for f in monthly if f.more]
    if extra:
        f = extra[0]
        year = f.value * 12
        clause = text[max(0, f.start - 40) : f.start + 40].lower()
        words = set(re.findall(r"[a-z]{3,}", clause)) - {
            "rent",
            "more",
            "month",
            "but",
            "and",
            "the",
        }
        sides = _sides47(text)
        owner = hi
        if sides:
            first_words = set(re.findall(r"[a-z]{3,}", sides[0].lower()))
            second_words = set(
                re.findall(r"[a-z]{3,}", sides[1][: max(0, f.start - len(sides[0]) - 10)].lower())
            )
            if words & first_words and not words & second_words:
                owner = a
            elif words & second_words and not words & first_words:
                owner = b
        net = gap - year if owner is hi else gap + year
        small = 0 < net < gap * 2 / 5
        if net <= 0:
            left = f"so the {_m(lo.value)} comes out {_m(-net)} a year ahead"
        elif small:
            left = (
                f"leaving {_m(net)} before tax; rent is paid from taxed pay, so the"
                f" {_m(lo.value)} likely wins"
            )
        else:
            left = f"still leaving the {_m(hi.value)} {_m(net)} ahead"
        bits[0] += f", but {_m(f.value)} a month more rent is {_m(year)} a year, {left}"
        turns.append("what else each place offers you")
        lean = (
            f"take the {_m(lo.value)}, unless the dearer place leads somewhere"
            if net < gap * 2 / 5
            else "take the higher pay"
        )
    elif len(monthly) == 2:
        ra, rb = monthly
        owner_a = a if ra.start < b.start else b
        net_a = owner_a.value - ra.value * 12
        other = b if owner_a is a else a
        net_b = other.value - rb.value * 12
        bits.append(
            f"after rent ({_m(ra.value)} and {_m(rb.value)} a month) that is {_m(net_a)}"
            f" against {_m(net_b)}, {_m(abs(net_a - net_b))} apart before tax"
        )
        turns.append("tax, which takes more of the higher pay")
        lean = (
            "choose the city you would rather live in: the money is nearly even"
            if abs(net_a - net_b) < gap / 3
            else "the one that leaves more after rent"
        )
    else:
        lean = ""
    times = [f for f in figs if f.kind == "time"]
    if len(times) == 2 or (len(times) == 1 and re.search(r"longer|more|extra", text, re.I)):
        if len(times) == 2:
            t_hi = (
                times[0]
                if abs(times[0].start - hi.start) < abs(times[1].start - hi.start)
                else times[1]
            )
            t_lo = times[1] if t_hi is times[0] else times[0]
            longer = t_hi.value - t_lo.value
            each = re.search(r"each way|one way", text, re.I)
        else:
            longer = times[0].value
            each = not re.search(r"\b(?:a|each|per|every) day\b|\bdaily\b|round trip", text, re.I)
        if longer > 0:
            daily = longer * 2 if each or len(times) == 2 else longer
            hours = daily * 230 / 60
            bits.append(
                f"the commute is {shown_number(longer)} minutes longer"
                f"{' each way' if daily != longer else ''}, some {round(hours)} hours a year,"
                f" so the extra is about {round(gap / hours)} an hour of travel"
            )
            turns.append("what those hours are worth to you")
            lean = (
                "take the nearer job, unless you badly need the money"
                if gap / hours < 20
                else "the better pay, if the travel can be put to use"
            )
    loans = [f for f in figs if f.kind == "loan"]
    if loans:
        years = loans[0].value / gap
        bits.append(
            f"all of it on the {_m(loans[0].value)} loan would clear it in about"
            f" {round(years * 2) / 2:g} years, longer after tax"
        )
        turns.append("whether the lower pay covers the loan payments")
    if LOVE47.search(text):
        turns.append("what liking your week is worth, which no sum can say")
        lean = lean or "take the job you like, if the lower pay covers what you owe"
        if loans:
            lean = "take the job you love, if the lower pay covers the payments"
    if re.search(r"\braise\b", text, re.I) and not bonus:
        turns.append(f"the raise: it must be {_m(gap)} to match")
        lean = lean or "take the offer in hand, unless the raise is promised in writing"
    if not lean:
        lean = f"the {_m(hi.value)}, if the rest is equal"
        turns.append("what else differs: hours, prospects, people")
    return _said47(bits, turns, lean)


def _said47(bits: list[str], turns: list[str], lean: str) -> str:
    """The parts of a weighed decision, kept apart (tabs within, newlines between) so that
    `decided47` can fit them to the persona's reply length."""
    return "\n".join(("\t".join(bits), "\t".join(turns[:2]), lean))


def _once_monthly(text: str, figs: list[_Fig47]) -> str | None:
    """A one-off price against a monthly one: the break-even, or totals over a term."""
    once = [f for f in figs if f.kind == "once"]
    monthly = [f for f in figs if f.kind == "monthly"]
    daily = [f for f in figs if f.kind == "daily"]
    if len(once) == 1 and len(daily) == 1 and not monthly and len(figs) == 2:
        days = math.ceil(once[0].value / daily[0].value)
        bits = [
            f"{_m(once[0].value)} once against {_m(daily[0].value)} a day:"
            f" it pays for itself after {days} days of use, about {math.ceil(days / 5)} weeks"
            " of weekdays"
        ]
        turns = ["whether you will really use it on the days you would have paid"]
        lean = "buy it, if you will use it most days" if days <= 120 else "keep paying by the day"
        return _said47(bits, turns, lean)
    if len(once) != 1 or not monthly:
        return None
    sides = _sides47(text)
    if not sides:
        return None
    cut = len(sides[0])
    o = once[0]
    o_side = 0 if o.start < cut else 1
    fee = [f for f in monthly if (f.start < cut) != (o_side == 0)]
    own_extra = [f for f in monthly if (f.start < cut) == (o_side == 0)]
    if not fee:
        return None
    fee_v = fee[0].value
    extra_v = sum((f.value for f in own_extra), Fraction(0))
    terms = [f for f in figs if f.kind == "duration"]
    if terms:
        months = terms[0].value
        paid = fee_v * months
        bought = o.value + extra_v * months
        bits = [
            f"{_m(fee_v)} a month for {_term47(months).removeprefix('the ')} is {_m(paid)}",
            f"against {_m(o.value)}"
            + (
                f" plus {_m(extra_v)} a month ({_m(extra_v * months)}), {_m(bought)}"
                if extra_v
                else ""
            ),
        ]
        cheaper = "buying" if bought < paid else "the monthly deal"
        bits.append(f"so {cheaper} is {_m(abs(paid - bought))} cheaper over the term")
        turns = ["what you are left with at the end, and how long you are tied"]
        if abs(paid - bought) * 10 < max(paid, bought):
            lean = "call it even and buy outright, which leaves you free to switch when you like"
        elif bought < paid:
            lean = "buy it, if you have the money without borrowing"
        else:
            lean = "take the monthly deal: buying does not pay for itself within the term"
        return _said47([", ".join(bits[:2]) + "; " + bits[2]], turns, lean)
    if fee_v <= extra_v:
        return None
    months = o.value / (fee_v - extra_v)
    bits = [
        f"{_m(o.value)} once against {_m(fee_v)} a month"
        + (f" (less the {_m(extra_v)} a month the first still costs)" if extra_v else ""),
        f"the one-off pays for itself after {_months_said(months)}",
    ]
    car = re.search(r"\bcar\b", text, re.I)
    if car:
        bits.append("and a car costs insurance, fuel and repairs on top, so it is longer still")
        turns = ["whether the car would change what you can do, not only what you spend"]
        lean = "keep to the bus, unless a car would open up work or places the bus cannot"
    else:
        turns = ["whether you will keep using it that long"]
        lean = (
            "the one-off, if you are sure you will use it past that"
            if months <= 18
            else "the monthly one, since the one-off takes too long to pay off"
        )
    return _said47(bits, turns, lean)


def _rents(text: str, figs: list[_Fig47]) -> str | None:
    """Rents weighed: a rise or a lock-in against the going rate, a move against staying."""
    if not re.search(r"\b(?:rent|landlord|flat|apartment|lease|move|moving)\b", text, re.I):
        return None
    pct = [f for f in figs if f.kind == "percent"]
    monthly = [f for f in figs if f.kind == "monthly"]
    moving = MOVING_COST47.search(text)
    move_cost = Fraction(moving.group("n").replace(",", "")) if moving else None
    monthly = [
        f
        for f in monthly
        if not (moving and f.start >= moving.start("n") - 1 and f.start <= moving.end())
    ]
    terms = [f for f in figs if f.kind == "duration"]
    arrow = re.search(r"(\d[\d,]*)\s*(?:->|→|=>|to)\s*[£$€]?(\d[\d,]*)", text)
    locked = re.search(r"\b(?:lock|locked|fixed|sign|signed|contract)\b", text, re.I)
    rent_said = re.search(r"\b(?:rent|landlord|lease)\b", text, re.I)
    if pct and not arrow and rent_said and STAY_OR_GO47.search(text) and RISEN47.search(text):
        p = pct[0].value
        base = next(
            (f.value for f in monthly if re.search(r"from\s*[£$€]?\s*$", text[: f.start])), None
        )
        new = next(
            (f.value for f in monthly if re.search(r"to\s*[£$€]?\s*$", text[: f.start])), None
        )
        if base is None and new is not None:
            base = new * 100 / (100 + p)
        shown = base is not None
        base = base if shown else Fraction(1000)
        rise = base * p / 100
        head = (
            f"{shown_number(p)}% on {_m(base)} is {_m(rise)} a month more, {_m(rise * 12)} a year"
            if shown
            else f"{shown_number(p)}% is {_m(rise)} a month on every 1,000 of rent,"
            f" {_m(rise * 12)} a year"
        )
        bits = [head]
        now = base + rise
        others = [f for f in monthly if f.value not in (base, now) and f.value < now]
        lean = ""
        if others and shown:
            save = now - others[0].value
            bits.append(
                f"the other place at {_m(others[0].value)} saves {_m(save)} a month,"
                f" {_m(save * 12)} a year"
            )
            if move_cost:
                bits.append(
                    f"so the {_m(move_cost)} of moving is back in {_months_said(move_cost / save)}"
                )
                lean = (
                    "move: the saving repays the move well within a year"
                    if move_cost / save <= 12
                    else "stay, unless you mean to be there a long while"
                )
        turns = [
            "whether the other place is as good to live in, and what it costs you in travel"
            if lean
            else "what a comparable place rents for near you, and what moving costs"
            " (deposit, van, time)"
        ]
        lean = lean or "look around first, and ask the landlord to meet you halfway"
        return _said47(bits, turns, lean)
    rents = [f for f in monthly if f.value >= 100]
    if arrow:
        old, new = (
            Fraction(arrow.group(1).replace(",", "")),
            Fraction(arrow.group(2).replace(",", "")),
        )
        rents = [f for f in rents if f.value not in (old, new)]
        if locked and rents:
            offer = rents[0].value
            return _locked47(new, offer, terms, old, pct[0].value if pct else None)
        if move_cost and new > old:
            rise = new - old
            bits = [f"{_m(old)} to {_m(new)} is {_m(rise)} a month more, {_m(rise * 12)} a year"]
            bits.append(
                "if you can find somewhere as good at your old rent, the"
                f" {_m(move_cost)} of moving is back in {_months_said(move_cost / rise)}"
            )
            turns = ["whether somewhere as good really is cheaper, and what your time is worth"]
            lean = (
                "stay a year and look around meanwhile"
                if move_cost / rise > 12
                else "move, if a place as good turns up"
            )
            return _said47(bits, turns, lean)
        return None
    if locked and len(rents) >= 2:
        now_m = re.search(r"(\d[\d,]*)\s*(?:now|instead of|from)", text, re.I)
        values = [f.value for f in rents]
        # "1400 now instead of 1300, or 1350 if i sign": the asked rent, the old one, the lock.
        if len(values) >= 3:
            return _locked47(values[0], values[2], terms, values[1])
        if now_m:
            return _locked47(values[0], values[1], terms, None)
        return None
    if len(rents) >= 2 and re.search(r"\bstay|\bmove|\bmoving|\bflat|\bplace\b", text, re.I):
        sides = _sides47(text)
        cut = len(sides[0]) if sides else None
        if cut is None:
            return None
        a = sum((f.value for f in rents if f.start < cut), Fraction(0))
        b = sum((f.value for f in rents if f.start >= cut), Fraction(0))
        if not a or not b or a == b:
            return None
        split = [f for f in rents if f.start >= cut]
        how_b = " + ".join(_m(f.value) for f in split)
        bits = [
            f"{_m(a)} against {how_b}{' = ' + _m(b) if len(split) > 1 else ''} a month is"
            f" {_m(abs(a - b))} a month, {_m(abs(a - b) * 12)} a year, in favour of the"
            f" {_m(min(a, b)) if len(split) == 1 or b > a else 'second'}"
        ]
        if move_cost:
            bits.append(
                f"so the {_m(move_cost)} of moving is back in"
                f" {_months_said(move_cost / abs(a - b))}"
            )
        turns = ["the time the cheaper one costs you in travel, and how you like living there"]
        lean = (
            "the cheaper one, if its place suits you; the saving is real"
            if abs(a - b) * 12 >= 1000
            else "whichever you would rather live in: the money is close"
        )
        return _said47(bits, turns, lean)
    return None


def _term47(months: Fraction) -> str:
    """A term said as given: 24 -> "the 2 years", 18 -> "the 18 months"."""
    if months % 12 == 0:
        years = months // 12
        return f"the {years} year{'s' if years != 1 else ''}" if years != 1 else "the year"
    return f"the {months} months"


def _locked47(
    new: Fraction,
    offer: Fraction,
    terms: list[_Fig47],
    old: Fraction | None,
    rise: Fraction | None = None,
) -> str | None:
    months = terms[0].value if terms else None
    if rise and months and months > 12:
        # "1150 -> 1290, or 2 yrs locked at 1240; he'd bump it another 5% next year": the rise
        # after the first year counted (rate47 S3 had left the 5% out: "saves 1,200").
        free = new * 12 + new * (1 + rise / 100) * (months - 12)
        fixed = offer * months
        bits = [
            (
                f"{_m(old)} to {_m(new)} is {_m(new - old)} a month more; "
                if old and old < new
                else ""
            )
            + f"with {shown_number(rise)}% more after a year, month to month comes to {_m(free)}"
            f" over {_term47(months)}, against {_m(fixed)} locked at {_m(offer)}"
        ]
        if fixed < free:
            bits.append(f"the lock saves {_m(free - fixed)}")
            lean = "lock it in if you mean to stay"
        else:
            bits.append(f"month to month saves {_m(fixed - free)}")
            lean = "stay month to month, unless the rise will be bigger"
        return _said47(bits, ["whether the rise really comes, and whether you will stay"], lean)
    if offer >= new:
        return None
    save = new - offer
    over = f", {_m(save * months)} over {_term47(months)}" if months and months != 12 else ""
    bits = [
        (f"{_m(old)} to {_m(new)} is {_m(new - old)} a month more; " if old and old < new else "")
        + f"the lock at {_m(offer)} saves {_m(save)} a month, {_m(save * 12)} a year{over}"
    ]
    stay = f"stay the {_term47(months).removeprefix('the ')}" if months else "stay"
    turns = [f"whether you will {stay}, since the lock ties you there"]
    lean = "lock it in if you mean to stay; it guards against another rise too"
    return _said47(bits, turns, lean)


def _sentence47(parts: list[str]) -> str:
    text = "; ".join(parts)
    return text[:1].upper() + text[1:] + "."


def decided47(slug: str, text: str, limit: int = 280) -> str:
    """The reply to a decision with figures, or "": the working, what it turns on and a view,
    in as much of that as fits `limit` (the working and the view always)."""
    voice = VOICES47.get(slug)
    if not voice or len(text) > 400 or not DECISION_ASKED47.search(text):
        return ""
    if not MONEY_TOPIC47.search(text):
        return ""
    figs = _figures47(text)
    if not figs or len(figs) > 10 or any(f.kind == "bare" for f in figs):
        return ""  # a figure no role is read for ("plus 20 joining") is no sum to weigh here
    said = _salaries(text, figs) or _once_monthly(text, figs) or _rents(text, figs)
    if not said:
        return ""
    bits_said, turns_said, lean = said.split("\n")
    bits, turns = bits_said.split("\t"), [t for t in turns_said.split("\t") if t]
    if lean.startswith("the "):
        lean = f"take {lean}"
    view = f"{voice[4]} {lean}."
    turn = f"It turns on {' and '.join(turns)}." if turns else ""
    body = _sentence47(bits)
    short = _sentence47(bits[:2])
    brief = f"{voice[4]} {lean.split(', ')[0].split('; ')[0]}."  # the view without its "unless"
    for parts in (
        (voice[3], body, turn, view),
        (voice[3], body, view),
        (body, view),
        (voice[3], body, brief),
        (body, brief),
        (voice[3], short, view),
        (short, view),
        (short, brief),
    ):
        reply = " ".join(p for p in parts if p)
        if len(reply.replace("{name}", "Maya")) <= limit:
            return reply
    return ""


CHEAP47 = re.compile(r"\d|prime|right|correct|true|n'?t (?:they|it|he|she|we)\b", re.I)


def check47(slug: str, text: str, limit: int = 280) -> str:
    """An answer checked (`checked47`), a decision with figures weighed (`decided47`), or a
    loan's monthly payment worked (`paid`)."""
    if not CHEAP47.search(text):
        return ""
    return checked47(slug, text) or decided47(slug, text, limit) or paid(slug, text)


# A loan's figures: "15k at 7% over 5 years", "a 200,000 mortgage at 4.5% for 25 yrs", and a
# monthly payment said for it ("so like $300 a month right?", "is that about 300/mo").
_LOANED = re.compile(r"\b(?:loan|borrow\w*|mortgage|financ\w*|repay\w*|apr)\b", re.I)
_RATE = re.compile(r"(?P<r>\d+(?:\.\d+)?)\s*%")
_TERM = re.compile(r"(?P<t>\d+)\s*-?\s*(?P<u>years?|yrs?|months?|mos?)\b", re.I)
_MONTHLY = re.compile(
    r"(?P<c>[£$€]?\s?\d[\d,]*(?:\.\d+)?)\s*(?:a|per|/|each|every)\s*(?:month|mo)\b", re.I
)
_PRINCIPAL = re.compile(
    r"(?<![\d.])(?P<sign>[£$€])?\s?(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<k>k\b)?", re.I
)
_PAYMENT_ASKED = re.compile(
    r"\b(?:how much (?:a|per|each|every) month|monthly (?:payment|repayment)s?|"
    r"(?:what|how much) (?:would|will|is|are) (?:the |my )?(?:monthly )?"
    r"(?:payments?|repayments?))\b",
    re.I,
)
_CLOSE = re.compile(r"\b(?:close|near enough|about right|in the ballpark)\b\W*$", re.I)


def _loan(text: str) -> tuple[float, float, int, str, float | None] | None:
    """(principal, yearly rate %, months, sign, monthly payment claimed or None) of a loan told
    in `text`, or None."""
    if not _LOANED.search(text):
        return None
    rates, terms = list(_RATE.finditer(text)), list(_TERM.finditer(text))
    if len(rates) != 1 or len(terms) != 1:
        return None
    claim = _MONTHLY.search(text)
    taken = [rates[0].span(), terms[0].span(), *([claim.span()] if claim else [])]
    principals = [
        m
        for m in _PRINCIPAL.finditer(text)
        if not any(a <= m.start() < b for a, b in taken)
        and (m.group("k") or float(m.group("n").replace(",", "")) >= 500)
    ]
    if len(principals) != 1:
        return None
    m = principals[0]
    principal = float(m.group("n").replace(",", "")) * (1000 if m.group("k") else 1)
    rate = float(rates[0].group("r"))
    n = int(terms[0].group("t")) * (12 if terms[0].group("u").lower().startswith("y") else 1)
    if not (0 < rate <= 40 and 1 <= n <= 480 and principal <= 10_000_000):
        return None
    sign = m.group("sign") or next(iter(re.findall(r"[£$€]", text)), "")
    said = float(re.sub(r"[^\d.]", "", claim.group("c"))) if claim else None
    return principal, rate, n, sign, said


def _monthly(principal: float, rate: float, months: int) -> float:
    i = rate / 1200
    return principal * i / (1 - (1 + i) ** -months)


def _loan_worked(principal: float, rate: float, months: int, sign: str) -> tuple[float, str]:
    pay = _monthly(principal, rate, months)
    total = pay * months
    years = f"{months // 12} years" if months % 12 == 0 else f"{months} months"
    return pay, (
        f"{money(principal, sign)} at {rate:g}% over {years} is {money(pay, sign)} a month, "
        f"{money(total, sign)} in all, {money(total - principal, sign)} of it interest"
    )


def paid(slug: str, text: str) -> str:
    """A loan's monthly payment, worked: checked against one said for it ("15k at 7% over 5
    years, so like $300 a month right?": right within 3%), or worked when asked ("what would
    the monthly payment be"); "" otherwise."""
    voice = VOICES47.get(slug)
    loan = _loan(text) if voice else None
    if not loan:
        return ""
    principal, rate, months, sign, said = loan
    pay, why = _loan_worked(principal, rate, months, sign)
    if said is not None and (
        CHECK_ASKED47.search(text) or OWN_ANSWER47.search(text) or _CLOSE.search(text)
    ):
        return (voice[0] if abs(said - pay) <= 0.03 * pay else voice[1]).replace("{why}", why)
    if said is None and _PAYMENT_ASKED.search(text):
        return f"{voice[3]} {why[:1].upper()}{why[1:]}."
    return ""


def paid_after(slug: str, message: str, earlier: Sequence[str]) -> str:
    """`paid` of a loan told in the room's lines just before (`earlier`, oldest first) and a
    payment said for it there, when `message` only asks whether it holds: "ravi: taking out a
    loan for a car, 15k at 7% over 5 years", "kim: so like $300 a month right?", then "@lovelace
    is kim close?"."""
    if len(message) > 80 or not (CHECK_ASKED47.search(message) or _CLOSE.search(message)):
        return ""
    return paid(slug, " ".join([*earlier[-2:], message]))
