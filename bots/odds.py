"""The chance of a plain thing, worked exactly: cards, dice, coins, raffles, birthdays, draws.

    >>> chance_of("what are the odds of drawing an ace?")
    'an ace is 4 of the 52 cards: 4/52 = 1/13, 1 in 13, about 7.7%'

Each reader knows one shape and says its working in one line: the chance as a fraction
(`fractions.Fraction`), "1 in N" and a percentage. A question it cannot read plainly (a poker
hand, a joker in the pack, a die that may be one of two) is no shape of its: "", never a guess.

- one card from a pack of 52: a rank ("an ace"), a suit ("a heart"), a colour ("a red card"), a
  face card, one card named ("the ace of spades"); two or three of a kind drawn without putting
  back ("both cards red", "two aces in a row"), or put back;
- dice: a double six (snake eyes, any double) with two dice; one face on one die ("rolling a
  six"); the same face so many times running; at least one six in so many rolls, or none;
- coins: so many heads (tails) in a row, at least one in so many tosses, exactly so many of so
  many;
- a raffle: so many tickets of so many sold, for one prize or several;
- birthdays: two of so many sharing one (365 days alike, no leap years);
- a draw of so many numbers from so many: 1 in how many.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction
from functools import lru_cache

from bots.fold import folded

# A chance asked: "odds", "chance(s)", "probability", "how likely", "1 in how many".
CHANCE = folded(
    r"\b(?:odds|chances?|probability|likelihood|how likely|(?:1|one) in how many)\b", re.I
)


def _asks_chance(text: str) -> bool:
    """Whether `text` asks a chance (`CHANCE`), its letters looked for first: most messages lack
    them."""
    low = text.lower()
    return (
        "odds" in low or "chanc" in low or "probab" in low or "likel" in low or "how many" in low
    ) and bool(CHANCE.search(low))


# What no plain count answers: a game's hands, jokers, loaded or odd dice, cards already out,
# a chance given something seen, a leap year.
UNREAD = folded(
    r"\b(?:poker|flush|straight|full house|hold ?'?em|blackjack|bridge|rummy|hands?|joker|"
    r"jokers|tarot|uno|loaded|weighted|biased|unfair|rigged|d\d+|\w+-sided|dealt|deal|"
    r"already|left in|remaining|without (?:the|any)|missing|given|twins?|"
    r"(?<!ignoring )(?<!ignore )(?<!forget )(?<!forgetting )(?<!excluding )(?<!not counting )"
    r"(?<!no )(?<!without )leap|"
    r"yahtzee|backgammon|monopoly|roulette|euromillions|powerball|scratch\w*|"
    r"or (?:more|higher|less|lower|better)|total|add up|adds up|sum|"
    # more than one plain count (review33): a double again and again, so many of so many tosses,
    # a pack of another size, a card gone before, a replacement said another way
    r"double \w+ (?:twice|again|\w+ times|in a row)|at least one double|twice in a row|"
    r"times out of|out of (?:\d+|two|three|four|five|six|ten|twenty) (?:flips|tosses|throws|goes|"
    r"tries|times|rolls)|rolls? of two dice|\d+[- ]card|after (?:one|an?|the first)|"
    r"(?:has|have) been (?:drawn|taken|dealt)|replac\w*|don'?t put|do not put|not putting|"
    # not a game of chance at all: a tennis ace, two heads being better, a birthday cake
    r"wimbledon|tennis|serv\w+|better than one|heads? of|cake|presents?|"
    # a double of one die, a run within more tosses: more than the count it reads (mend50)
    r"double (?:with|on|from|of) (?:a |the )?(?:one |1 |single )?die|"
    r"in a row (?:when|while|if|in|out of|from|over) .*\b(?:tosses|flips|times|goes|throws))\b",
    re.I,
)

# Numbers said in words: "three heads", "two dice", "a hundred tickets".
_WORDS = (
    dict(
        zip(
            ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
            range(1, 11),
            strict=True,
        )
    )
    | {"eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40}
    | {
        "fifty": 50,
        "hundred": 100,
    }
)
NUM = r"(?:\d{1,3}(?:,\d{3})+|\d{1,6}|" + "|".join(_WORDS) + r")"


def _n(said: str) -> int:
    said = said.lower().replace(",", "")
    return int(said) if said.isdigit() else _WORDS[said]


def _pct(p: Fraction) -> str:
    """A chance as a percentage a reader takes in at a glance: never in scientific notation,
    never rounded up to a sure thing ("over 99.99%") or down to none ("less than 0.001%");
    "certain" only when it is."""
    if p >= 1:
        return "certain"
    pct = Fraction(100) * p
    if pct < Fraction(1, 1000):
        return "less than 0.001%"
    if pct > Fraction(99_999, 1000):
        return "all but certain, over 99.999%"
    exact = (pct * 10).denominator == 1
    if pct < Fraction(1, 10):
        shown = f"{float(pct):.2g}%"  # 0.0012%: two figures, fixed point from 0.001% up
    elif pct > Fraction(999, 10):
        shown = f"{float(pct):.2f}%"
        if shown == "100.00%":
            return "all but certain, over 99.99%"  # (one wording, review34)
    else:
        shown = f"{float(pct):.1f}".removesuffix(".0") + "%"
    return shown if exact else f"about {shown}"


def _one_in(x: float) -> str:
    """N of "about 1 in N": to a tenth under 10, whole under 100,000, else to three figures
    (about 1 in 82,800,000), no more exact than the "about" says."""
    if x < 10:
        return f"{x:,.1f}".removesuffix(".0")
    if x < 100_000:
        return f"{round(x):,}"
    return f"{int(round(x, 3 - len(str(int(x))))):,}"


def told(p: Fraction, counted: str = "") -> str:
    """The chance said three ways, after the count it came of ("4/52"): "4/52 = 1/13, 1 in 13,
    about 7.7%"; a chance of more than a half as a fraction and a percentage; a chance too
    small for a percentage to say as one in so many alone."""
    fraction = f"{p.numerator:,}/{p.denominator:,}"
    head = f"{counted} = {fraction}" if counted and counted != fraction else fraction
    if p.numerator != 1 and p.denominator > 100_000:
        head = counted  # a fraction too long to read: its 1 in N and percentage say it
    if p.numerator == 1:
        tail = f", {_pct(p)}" if p >= Fraction(1, 10_000) else ""
        return f"{head}, 1 in {p.denominator:,}{tail}"
    lead = f"{head}, " if head else ""
    if p <= Fraction(1, 2):
        tail = f", {_pct(p)}" if p >= Fraction(1, 10_000) else ""
        return f"{lead}about 1 in {_one_in(p.denominator / p.numerator)}{tail}"
    return f"{lead}{_pct(p)}"


# --- cards ----------------------------------------------------------------------------------
_RANK = r"(?:ace|king|queen|jack|knave|two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)"
_SUIT = r"(?:heart|spade|club|diamond)"
CARD_KIND = (
    rf"(?:(?:red|black)(?: cards?| ones?)?|(?:face|picture|court) cards?|"
    rf"{_RANK}s? of {_SUIT}s|(?:{_RANK}|six)(?:s|es)?(?: cards?)?|{_SUIT}s?)"
)
KINDS_SAID = folded(rf"\b{CARD_KIND}\b", re.I)
PACK = folded(r"\b(?:deck|pack|cards?)\b", re.I)
DRAWN = folded(r"\b(?:draw|drew|pick|pull|turn(?:ed|ing|s)? over|cut)\w*", re.I)
# (not "a heart attack", "the diamond ring", "a club night")
ONE_CARD = folded(
    rf"\b(?:an?|the|one) (?P<kind>{CARD_KIND})\b(?! (?:attack|attacks|rate|beat|murmur|"
    rf"transplant|condition|ring|rings|night|nights|member|members|match|game|games|shaped)\b)",
    re.I,
)
N_CARDS = folded(
    rf"\b(?P<n>two|three|2|3) (?P<kind>{CARD_KIND})\b|"
    rf"\b(?P<both>both|all (?P<m>two|three|2|3))(?: (?:cards|of them|are|is|were|be|being|"
    rf"your|my|the|his|her|two|2|their|"
    rf"come up|turn out|(?:come|turn) out|coming up))* (?P<kind2>{CARD_KIND})\b|"
    rf"\b(?:an?|the) (?P<kind3>{CARD_KIND}) (?P<k>twice|two times|three times|"
    rf"2 times|3 times)\b",
    re.I,
)
TWO_DRAWN = re.compile(r"\b(?:draw|pick|pull|take|turn over|get)\w* (?P<n>two|three|2|3) cards\b")
PUT_BACK = folded(
    r"(?<!no )(?<!not )(?<!without )(?<!n't )\b(?:put(?:ting|s)? (?:[\w']+ ){0,3}?"
    r"back|"
    r"replac(?:e|es|ed|ing)\b(?! (?:it|them))|with replacement)\b",
    re.I,
)


def _kind(said: str) -> tuple[int, str] | None:
    """How many of a pack of 52 are of the kind said, and its name: (4, "ace")."""
    k = re.sub(r" (?:cards?|ones?)$", "", said.lower())
    if k in ("red", "black"):
        return 26, f"{k} card"
    if k.split()[0] in ("face", "picture", "court"):
        return 12, f"{k.split()[0]} card"
    named = re.fullmatch(r"(\w+?)s? of (\w+?)s", k)
    if named:
        return 1, f"{named.group(1)} of {named.group(2)}s"
    k = "six" if k == "sixes" else k.removesuffix("s") if k != "six" else k
    k = {"knave": "jack"}.get(k, k)
    if re.fullmatch(_SUIT, k):
        return 13, k
    if re.fullmatch(_RANK, k):
        return 4, k
    return None


def _a(word: str) -> str:
    if " of " in word:
        return "the " + word
    return ("an " if word.startswith(("ace", "eight")) or word == "8" else "a ") + word


def _cards(text: str) -> str:
    drawn = TWO_DRAWN.search(text)
    several = N_CARDS.search(text)
    if several or drawn:
        if not several:
            return ""
        said = several.group("n") or several.group("m") or several.group("k")
        n = {"twice": 2, "two times": 2, "2 times": 2}.get(said or "", 0) or (
            3 if said and said[0] in "3t" and said not in ("two", "two times") else 2
        )
        if drawn and _n(drawn.group("n")) != n:
            return ""
        kind = _kind(several.group("kind") or several.group("kind2") or several.group("kind3"))
        if not kind or not (PACK.search(text) or DRAWN.search(text)):
            return ""
        hits, what = kind
        name = what if " of " in what else what + ("es" if what == "six" else "s")
        if " of " in what and not PUT_BACK.search(text):
            return ""
        if PUT_BACK.search(text):
            p = Fraction(hits, 52) ** n
            steps = " × ".join([f"{hits}/52"] * n)
            return f"{n} {name}, the card put back each time: {steps} = {told(p)}"
        p = Fraction(math.perm(hits, n), math.perm(52, n))
        steps = " × ".join(f"{hits - i}/{52 - i}" for i in range(n))
        return f"{n} {name} drawn one after the other: {steps} = {told(p)}"
    one = ONE_CARD.search(text)
    if not one or not PACK.search(text) and not re.match(r"an? ace\b|\w+ \w+ of", one.group()):
        return ""
    if len({_kind(k.group()) for k in KINDS_SAID.finditer(text)} - {None}) > 1:
        return ""  # "an ace or a king", "a heart that's a face card": more than one kind
    kind = _kind(one.group("kind"))
    if not kind:
        return ""
    hits, what = kind
    return f"{_a(what)} is {hits} of the 52 cards: {told(Fraction(hits, 52), f'{hits}/52')}"


# --- dice -----------------------------------------------------------------------------------
DIE = folded(r"\b(?:dice|die|roll|rolls|rolled|rolling|throws?|throwing|threw)\b", re.I)
DOUBLE = folded(
    r"\b(?:a )?double (?P<face>six|one|two|three|four|five|[1-6])(?:s)?\b|\bsnake ?eyes\b|"
    r"\b(?:two|2|both) (?P<face2>sixes|ones|twos|threes|fours|fives|[1-6]s)\b|"
    r"\b(?:a|any) double\b|\bdoubles\b",
    re.I,
)
TWO_DICE = folded(r"\b(?:two|2|a pair of|pair of) dice\b", re.I)
ONE_DIE = folded(r"\b(?:a|one|1) (?:die|dice)\b|\b(?:a|the) die\b", re.I)
AT_LEAST = folded(
    rf"\b(?:at least (?:one|1|a)|any) (?P<face>six|one|two|three|four|five|[1-6])(?:s|es)?\b"
    rf"[^?.!]*?\b(?:in|with|from|out of|over|across|on) (?P<n>{NUM}) (?:rolls|throws|goes|tries|"
    rf"dice|attempts|turns|times)\b",
    re.I,
)
NONE_IN = folded(
    rf"\b(?:no|not (?:one|a|any)|zero|(?:never|not) (?:get|roll|throw)(?:ing)? an?) "
    rf"(?P<face>six|one|two|"
    rf"three|four|five|[1-6])(?:s|es)?\b[^?.!]*?\b(?:in|with|from|out of|over|across|on) "
    rf"(?P<n>{NUM}) (?:rolls|throws|goes|tries|dice|attempts|turns|times)\b",
    re.I,
)
IN_A_ROW = folded(
    rf"\b(?P<n>{NUM}) (?P<face>sixes|six's|6s|ones|1s|twos|2s|threes|3s|fours|4s|fives|5s) "
    rf"(?:in a row|running|on the (?:trot|bounce)|one after (?:the other|another))\b|"
    rf"\b(?:an? |the )?(?P<face2>six|one|two|three|four|five|[1-6]) (?P<m>{NUM}|twice) times? "
    rf"(?:in a row|running|on the (?:trot|bounce))\b",
    re.I,
)
A_FACE = folded(
    r"\b(?:an?|one) (?P<face>six|one|two|three|four|five|[1-6])\b(?! (?:times|in a row))", re.I
)
FACES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _face(said: str) -> int:
    word = re.sub(r"(?:'s|es|s)$", "", said.lower())
    return int(word) if word.isdigit() else FACES.get(word, FACES.get(said.lower(), 0))


def _faced(face: int, many: bool = False) -> str:
    word = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}[face]
    return word + ("es" if face == 6 else "s") if many else ("a " + word)


def _dice(text: str) -> str:
    if not DIE.search(text) and not re.search(r"\bdouble (?:six|6)|\bsnake ?eyes\b", text, re.I):
        return ""
    if re.search(r"\b(?:darts?|dominoe?s?|oche|bullseye)\b", text, re.I):
        return ""  # a double at darts is no throw of dice
    double = DOUBLE.search(text)
    if (
        double
        and TWO_DICE.search(text)
        or double
        and re.search(r"\bdouble\b|snake", double.group())
    ):
        if re.search(r"\b(?:three|3) dice\b", text):
            return ""
        said = double.group("face") or double.group("face2") or ""
        if re.search(r"snake", double.group()):
            said = "one"
        if not said:
            return (
                "a double with two dice is 6 of the 36 ways they fall, one for each face: "
                f"{told(Fraction(6, 36), '6/36')}"
            )
        face = _face(said)
        if not face:
            return ""
        return (
            f"two {_faced(face, True)} with two dice is 1 way of the 36 (1/6 × 1/6): "
            f"{told(Fraction(1, 36))}"
        )
    several = TWO_DICE.search(text) or re.search(r"\b(?:three|3|several|many) dice\b", text)
    if several and not (AT_LEAST.search(text) or NONE_IN.search(text)):
        return ""  # "a 6 with two dice": one die's six, or a total of six?
    least = AT_LEAST.search(text)
    if least:
        face, n = _face(least.group("face")), _n(least.group("n"))
        if not face or not 1 <= n <= 100:
            return ""
        p = 1 - Fraction(5, 6) ** n
        return (
            f"at least one {_faced(face)[2:]} in {n} rolls: one less the chance of none, "
            f"1 − (5/6)^{n} = {told(p)}"
        )
    none = NONE_IN.search(text)
    if none:
        face, n = _face(none.group("face")), _n(none.group("n"))
        if not face or not 1 <= n <= 100:
            return ""
        p = Fraction(5, 6) ** n
        return f"no {_faced(face, True)} in {n} rolls: (5/6)^{n} = {told(p)}"
    row = IN_A_ROW.search(text)
    if row:
        face = _face(row.group("face") or row.group("face2"))
        said = row.group("n") or row.group("m")
        n = 2 if said == "twice" else _n(said)
        if not face or not 2 <= n <= 20:
            return ""
        p = Fraction(1, 6**n)
        return f"{n} {_faced(face, True)} in a row: (1/6)^{n} = {told(p)}"
    one = A_FACE.search(text)
    others = re.findall(rf"\b{NUM}\b", A_FACE.sub(" ", text)) + A_FACE.findall(text)[1:]
    if (
        one
        and re.search(r"\broll|\bthrow|\bdie\b|\bdice\b", text)
        and not others
        and not re.search(r"\b(?:not|no|never|without|twice|again|row|times)\b", text)
    ):
        face = _face(one.group("face"))
        if not face:
            return ""
        return f"{_faced(face)} on one die is 1 face of 6: {told(Fraction(1, 6))}"
    return ""


# --- coins ----------------------------------------------------------------------------------
COIN = folded(r"\b(?:coins?|heads|tails|toss\w*|flip\w*)\b", re.I)
COIN_ROW = folded(
    rf"\b(?:los|win|won|call|lost)\w* (?P<t>{NUM}) (?:coin )?(?:tosses|flips)(?: in a row| running|"
    rf" on the (?:trot|bounce)| one after (?:the other|another))\b|"
    rf"\b(?P<n>{NUM}) (?P<side>heads|tails)(?: in a row| running| on the (?:trot|bounce)|"
    rf" one after (?:the other|another))?\b|\b(?P<side2>heads|tails) (?P<m>{NUM}|twice) "
    rf"times(?: in a row| running)?\b|\ball (?P<side3>heads|tails)\b",
    re.I,
)
COINS_N = folded(
    rf"\b(?P<n>{NUM}) (?:coin )?(?:coins|tosses|flips|goes|times|throws)\b|"
    rf"\b(?:toss|flip)\w* (?:a coin |it )?(?P<m>{NUM}) times\b",
    re.I,
)
EXACTLY = folded(rf"\bexactly (?P<k>{NUM}) (?P<side>heads|tails)\b", re.I)
COIN_LEAST = folded(r"\bat least (?:one|1|a|once) ?(?P<side>head|tail|heads|tails)?\b", re.I)


def _coins(text: str) -> str:
    if not COIN.search(text) or re.search(r"\b(?:dice|die|cards?)\b", text, re.I):
        return ""
    many = list(COINS_N.finditer(text))
    n_said = _n(many[0].group("n") or many[0].group("m")) if len(many) == 1 else 0
    exact = EXACTLY.search(text)
    if exact:
        k = _n(exact.group("k"))
        if not n_said or not 0 <= k <= n_said <= 30:
            return ""
        ways = math.comb(n_said, k)
        p = Fraction(ways, 2**n_said)
        side = exact.group("side").lower()
        side = side.rstrip("s") if k == 1 else side  # "exactly 1 head"
        return (
            f"exactly {k} {side} in {n_said} tosses is {ways:,} of the {2**n_said:,} ways they "
            f"fall: {told(p, f'{ways:,}/{2**n_said:,}')}"
        )
    least = COIN_LEAST.search(text)
    if least and n_said and not COIN_ROW.search(text.replace(least.group(), " ")):
        side = (least.group("side") or "").lower().rstrip("s")
        if not side or not 2 <= n_said <= 30:
            return ""
        p = 1 - Fraction(1, 2**n_said)
        return f"at least one {side} in {n_said} tosses: 1 − (1/2)^{n_said} = {told(p)}"
    row = COIN_ROW.search(text)
    if not row:
        one = re.search(
            r"\b(?:getting |landing (?:on )?|it'?s |it being |a |throwing |flipping )"
            r"(?P<side>heads|tails)\b",
            text,
        )
        if one and not re.search(rf"\b{NUM}\b", text):
            side = one.group("side")
            return f"{side} on one toss of a fair coin is 1 side of 2: {told(Fraction(1, 2))}"
        return ""
    if row.group("t"):
        n = _n(row.group("t"))
        verb = (
            "won"
            if re.match(r"w", row.group())
            else "called right"
            if "call" in row.group()
            else "lost"
        )
        if not 2 <= n <= 30:
            return ""
        return f"{n} tosses {verb} in a row, each 1/2: (1/2)^{n} = {told(Fraction(1, 2**n))}"
    side = (row.group("side") or row.group("side2") or row.group("side3")).lower()
    said = row.group("n") or row.group("m")
    n = 2 if said == "twice" else _n(said) if said else n_said
    if said and n_said and n_said != n:
        return ""
    if not 2 <= n <= 30:
        return ""
    p = Fraction(1, 2**n)
    if row.group("side3") and not said:
        return f"all {n} {side}: (1/2)^{n} = {told(p)}"  # "flip 3 coins, all heads"
    return f"{n} {side} in a row: (1/2)^{n} = {told(p)}"


# --- a raffle -------------------------------------------------------------------------------
TICKETS = folded(r"\b(?:raffle|tombola|tickets?|draw|prize draw)\b", re.I)
MINE_OF = folded(
    rf"\b(?P<k>{NUM}) (?:of|out of|from) (?:the |all |all the )?(?P<n>{NUM})(?: raffle)? "
    rf"(?:tickets|sold|in the (?:hat|draw|tombola))|\b(?P<k2>{NUM})(?: raffle)? tickets? "
    rf"(?:out of|of|from) (?:the |all |all the )?(?P<n2>{NUM})\b",
    re.I,
)
MINE = folded(
    rf"\b(?:bought|buy|got|have|hold|own|purchased|i've|ive|i'm in with|with) (?:only |just )?"
    rf"(?:the )?(?P<k>{NUM}|a|one)"
    rf"(?:(?: raffle)? tickets?\b|(?=[,.;?!]| and\b|$))",
    re.I,
)
SOLD = folded(
    rf"\b(?P<n>{NUM})(?: raffle)? tickets?(?: were| have been| got)? (?:sold|in (?:the|it)|"
    rf"in total|altogether|bought|all together)\b|\b(?:sold|selling|sell) (?P<n2>{NUM})\b|"
    rf"\bout of (?P<n3>{NUM})\b|\b(?P<n4>{NUM}) (?:sold|in the (?:hat|draw))\b|"
    rf"(?<!bought )(?<!got )(?<!have )(?<!has )(?<!buy )(?<!buying )(?<!my )(?<!her )(?<!his )"
    rf"\b(?P<n5>{NUM}) tickets\b(?! (?:each|at|for)\b)",
    re.I,
)
PRIZES = folded(
    rf"\b(?P<p>{NUM}|a|one) (?:\w+ )?(?:prizes?|winners?|draws?|winning tickets)\b|"
    rf"\b(?P<q>{NUM}) (?:things|hampers|bottles|vouchers) (?:to win|up for grabs)\b",
    re.I,
)


def _raffle(text: str) -> str:
    if not TICKETS.search(text) or not re.search(r"\bticket", text, re.I):
        return ""
    pair = MINE_OF.search(text)
    if pair:
        k, n = _n(pair.group("k") or pair.group("k2")), _n(pair.group("n") or pair.group("n2"))
    else:
        mine = MINE.search(text)
        sold = [
            s
            for s in SOLD.finditer(text)
            if not mine or s.start() >= mine.end() or s.end() <= mine.start()
        ]
        if not mine or len(sold) != 1:
            return ""
        said = mine.group("k")
        k = 1 if said in ("a", "one") else _n(said)
        s = sold[0]
        n = _n(next(g for g in s.groups() if g))
    if not 1 <= k < n <= 1_000_000:
        return ""
    prizes = list(PRIZES.finditer(text))
    if len(prizes) > 1:
        return ""
    m = prizes[0].group("p") or prizes[0].group("q") if prizes else "1"
    m = 1 if m in ("a", "one") else _n(m)
    if m == 1:
        return f"{_tickets(k)} of {n:,} for one prize: {told(Fraction(k, n), f'{k}/{n:,}')}"
    if not 1 < m < n or n > 20_000:
        return ""
    # No ticket drawn twice: the chance none of yours comes up in m draws, taken from one.
    p = 1 - Fraction(math.comb(n - k, m), math.comb(n, m))
    return (
        f"{_tickets(k)} of {n:,} with {m} prizes (a ticket wins once): one less the chance none of "
        f"yours is drawn, 1 − C({n - k},{m})/C({n},{m}): {told(p)}"
    ).replace(" = ", " = ", 1)


def _tickets(k: int) -> str:
    return "1 ticket" if k == 1 else f"{k} tickets"


# --- birthdays ------------------------------------------------------------------------------
BIRTHDAY = folded(r"\bbirthdays?\b|\bbday\b|\bborn on the same day\b", re.I)
PEOPLE = folded(
    rf"\b(?P<n>{NUM}) (?:of us|people|kids|children|pupils|students|players|guests|folk|"
    rf"in (?:the|a|our|my|this) (?:room|class|team|group|office|chat|squad|club))\b|"
    rf"\b(?:room|class|team|group|office|squad|club|party) of (?P<m>{NUM})\b|"
    rf"\bthere(?:'s| are| is|s) (?P<k>{NUM}) of us\b",
    re.I,
)


# One person's birthday matched by one other: "he's got the same birthday as me".
ONE_BIRTHDAY = folded(
    r"\bsame (?:birthday|bday|day) as (?:me|mine|you|him|her|my|his|her|your)\b|"
    r"\b(?:shares?|sharing|has|have|got) (?:my|your|his|her|our \w+'s) (?:birthday|bday)\b|"
    r"\bborn on the same day as (?:me|you|him|her)\b",
    re.I,
)


def _birthday(text: str) -> str:
    if not BIRTHDAY.search(text) or not re.search(r"\bshar|\bsame\b|\bmatch", text, re.I):
        return ""
    found = list(PEOPLE.finditer(text))
    if ONE_BIRTHDAY.search(text):
        if found or re.search(r"\b(?:any|some)(?:one|body)\b|\b(?:any|some) of\b", text):
            return ""  # someone of a group: how many others, the asker among them or not?
        return f"one birthday falling on another's, 1 day of 365: {told(Fraction(1, 365))}"
    said = {_n(m.group("n") or m.group("m") or m.group("k")) for m in found} - {2}
    if len(said) != 1:
        return ""
    n = said.pop()
    if not 2 <= n <= 367:
        return ""
    if n == 367:
        return "367 people sharing a birthday between two of them: certain, even with 29 February"
    if n == 366:
        # (29 February aside: with it there are 366 days to share, and 367 people make it sure)
        return (
            "366 people sharing a birthday between two of them: certain over 365 days; "
            "with 29 February, all but certain"
        )
    apart = Fraction(math.perm(365, n), 365**n)
    p = 1 - apart
    pairs = n * (n - 1) // 2
    last = 365 - n + 1
    return (
        f"{n} people, {pairs:,} pairs: one less the chance all {n} birthdays differ, "
        f"1 − (365 × 364 × … × {last})/365^{n} = {_pct(p)}"
        f"{' (better than even)' if Fraction(1, 2) < p < Fraction(99, 100) else ''}"
    )


# --- numbers drawn --------------------------------------------------------------------------
PICKED = folded(
    rf"\b(?:pick|picking|choose|choosing|match|matching|get|getting|guess|guessing|all) "
    rf"(?:all )?(?P<k>{NUM}) (?:numbers |balls )?(?:from|out of|of) (?:the )?(?:numbers )?"
    rf"(?:1 ?(?:-|to) ?)?(?P<n>{NUM})\b",
    re.I,
)


def _picked(text: str) -> str:
    found = PICKED.search(text)
    if not found or not re.search(r"\bnumbers?\b|\bballs?\b|\bdraw\b", text, re.I):
        return ""
    k, n = _n(found.group("k")), _n(found.group("n"))
    if not 1 <= k < n <= 100 or len(re.findall(rf"\b{NUM}\b", text)) > 2:
        return ""  # "3 numbers out of 6 in a 49 ball draw": a pool besides the picks
    ways = math.comb(n, k)
    return (
        f"{k} numbers of {n} can be chosen {ways:,} ways, and one of them is drawn: "
        f"{told(Fraction(1, ways))}"
    )


READERS = (_birthday, _raffle, _picked, _coins, _cards, _dice)


@lru_cache(maxsize=512)
def chance_of(text: str) -> str:
    """The working of the chance `text` asks, when it is one of the shapes above read plainly;
    else ""."""
    if not _asks_chance(text):
        return ""
    text = re.sub(r"\s+", " ", text.lower().replace("’", "'"))
    if UNREAD.search(text):
        return ""
    found = [r(text) for r in READERS]
    found = [f for f in found if f]
    return found[0] if len(found) == 1 else ""


# A game of chance a plain count could answer: its chance asked and not read (`chance_of`) is
# declined, never answered by a chance said of another game.
GAME = folded(
    r"\b(?:cards?|deck|pack|aces?|hearts?|spades?|diamonds?|dice|die|coins?|heads|tails|raffle|"
    r"tombola|tickets?|"
    r"birthdays?|lottery|lotto|euromillions|poker|flush|bridge|roulette|blackjack|sixes|six|doubles?|"
    r"snake ?eyes)\b",
    re.I,
)
# A line that says a chance: "one in thirty-six", "better than even", "the odds of".
SAYS_CHANCE = folded(
    r"\b(?:chances?|odds|probability|(?:one|1) in [\w,-]+|better than even|evens)\b", re.I
)


def chance_unread(text: str, line: str) -> bool:
    """Whether `text` asks the chance of a thing of a game of chance (cards, dice, coins, a
    raffle, birthdays) that no reader here works, and `line` says a chance: "the chance of two
    sixes with two dice" is no answer to "odds of a 6 with two dice", nor the birthday paradox
    to "the chance someone shares my birthday"."""
    return _unread_asked(text) and bool(SAYS_CHANCE.search(line))


@lru_cache(maxsize=256)
def _unread_asked(text: str) -> bool:
    """Whether `text` asks the chance of a thing of a game of chance that `chance_of` does not
    work (read once per message, however many lines are weighed for it)."""
    return bool(_asks_chance(text) and GAME.search(text) and not chance_of(text))


# An ask that points back at a chance told before it: "what are the chances of that", "my
# chance of winning something".
POINTS_BACK = folded(r"\b(?:that|this|it|win|wins|winning|won|happening)\b", re.I)


# Draws of one kind or another: a lottery asked of is no raffle told of.
DRAW = folded(
    r"\b(?:raffle|tombola|lottery|lotto|euromillions|premium bonds|prize draw|sweepstakes?|"
    r"bingo|grand national|sweep)\b",
    re.I,
)


def _draws(text: str) -> set[str]:
    return {m.group().lower().replace("lotto", "lottery") for m in DRAW.finditer(text)}


def chance_joined(asked: str, before: list[str]) -> str:
    """The working of a chance asked of what the line or two said before it tell ("150 tickets,
    3 prizes", "i've only got the one ticket, what's my chance of winning something"), when the
    ask alone reads none and points back at them (or names a game of chance); else ""."""
    if not _asks_chance(asked) or chance_of(asked):
        return ""
    if not (POINTS_BACK.search(asked) or GAME.search(asked)):
        return ""
    for k in (1, 2):
        if len(before) < k:
            break
        told = [t.strip().rstrip(" .!?") for t in before[len(before) - k :]]
        draws = _draws(asked)
        if draws and _draws(" ".join(told)) and not draws & _draws(" ".join(told)):
            continue  # "winning the lottery" after a raffle told of: another draw
        found = chance_of(". ".join([*told, asked]))
        if found:
            return found
    return ""
