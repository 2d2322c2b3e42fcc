"""A sum read by the role of each of its figures (sums38), from the words next to it.

Every figure said in the lines of a sum takes one role, read from its own words: a price of one
("£4.50 a piece", "at £1.50 each", "£6.50 a jar"), a size of one ("12 oz each"), a count of
things ("7 pots"), an amount of a measure ("608 oz"), a rate of one thing per another ("2 and 2/3
strums a bar"), a sum of money, split ("£12 for the glaze kit split between me and omar": ÷ 2),
money off ("a £15 voucher", "£2.60 of points", "a £3 fee off first"), money already paid or put
by ("i've got £600 of that", "paid the £150 deposit"), money that is part of a total and no
more of it ("including the £40 deposit"), a percentage off, on, or of a total ("25% off", "add a
12.5% tip", "40% was books"), a head count ("the 4 of us"), so many periods ("in 15 months",
"6 more paydays"), money a period ("£35 a week").

When every figure has a role and the ask is of a kind known here (a total owed or paid, each
one's share, how many, how much a period, how many weeks), the sum is worked, every figure used
once; else `worked` returns None and other readers (or an honest decline, `bots.placed`) take
it. A figure whose role no words give ("27 and 3") is never guessed at."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from bots.fold import folded
from bots.reckon import money
from bots.reckon import money as _m  # (to the penny, a half up)
from bots.wordsum import Worked, count

NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# A figure, as said: money, a percentage, a whole and a fraction, a fraction, a bare number.
FIGURE = re.compile(
    rf"(?P<sign>[£$€])\s?(?P<m>{NUM})(?P<k>k\b)?|"
    rf"(?<![\w.,/])(?P<mq>{NUM})\s?(?:quid|pounds?)\b|"
    rf"(?<![\w.,/])(?P<pc>{NUM})\s?(?:%|per ?cent\b)|"
    r"(?<![\w.,/])(?P<w>\d+)\s(?:and\s)?(?P<fn>\d)/(?P<fd>\d{1,2})(?![\d/])|"
    rf"(?<![\w.,/:£$€])(?P<n>{NUM})(?![\d/:]|\.\d|,\d{{3}})"
)
MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
)
# Figures this reader leaves to others: clock times, dates, years, fractions alone, ranges.
OTHER = folded(
    r"\d[:.]\d\d\s?(?:am|pm)|\d\s?(?:am|pm)\b|\d:\d\d|\b\d{1,2}(?:st|nd|rd|th)\b|"
    r"\b(?:19|20)\d\d\b|\b\d/\d|\d\s?(?:-|to)\s?\d|\bvat\b|\btax\b|\bor\b|\bvs\b|"
    rf"\d\s?{MONTH}|{MONTH}\s?[£$€]?\d|\bcheaper\b|[×÷=]|"
    r"\bnot (?!sure\b|much\b|many\b)[a-z]+\b|\bexcept\b|\bexcluding\b|n'?t pay|\bfree\b|"
    r"\bon me\b|\bhalf price\b|\bprofit|\bafford|\bshort\b|\bspare\b|\bleaves\b|"
    r"\bper (?:person )?per\b|\binterest\b|\bcompound\b|\bper (?!cent)"
    r"(?:\d|km|mile|kg|litre|gallon|kwh|unit)",
    re.I,
)
# Money back: "sent back the dress that was £38.50", "returned a £12 top".
RETURNED = re.compile(
    r"\b(?:sent back|send back|sending back|returned|returning|took back|taken back|"
    r"refund(?:ed|s)?|money back)\b"
)
# A number said in words ("returned one", "a third of it", "twice"): a figure not read here.
WORD_NUMBER = re.compile(
    r"(?<!\bno )(?<!\bany )(?<!\bsome )(?<!\bevery )(?<!\beach )(?<!\bthe )(?<!\bwhich )"
    r"(?<!\bthis )(?<!\bthat )\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|twenty|thirty|forty|fifty|hundred|dozen|half|halves|third|thirds|quarter|quarters|"
    r"double|twice|triple|couple|pair)\b(?! (?:ways|of (?:us|you|them))\b)"
)
# A whole and a fraction, read as one figure before `OTHER` looks for a fraction alone.
MIXED = re.compile(r"\b\d+\s(?:and\s)?\d/\d{1,2}\b")
MEASURE = r"oz|g|grams?|kg|kilos?|ml|l|litres?|liters?|m|metres?|km|miles?|lbs?|pounds weight"
# The noun a count or a rate is of: "7 pots", "2/3 strums".
NOUN = re.compile(
    r"\s?(?:(?:full|more|big|small|large|little|extra|new|of)\s)?(?P<noun>[a-z]{3,})\b"
)
PER_ONE = re.compile(
    r"\s?(?:an? (?!few\b|lot\b|bit\b)(?P<per>[a-z]{3,})\b|per (?P<per2>[a-z]{2,})\b|"
    r"/(?P<per3>[a-z]+)|"
    r"(?P<each>each|apiece|a piece|a pop|a go|a time)\b)"
)
# What a price of one may be said per, of any thing counted: "£4.50 a piece".
GENERIC = {"piece", "item", "one", "unit", "thing", "go", "pop", "time"}
TIMES = {"min", "minute", "sec", "second", "hour", "hr", "hrs", "mins", "secs"}
PERIOD = r"(?P<period>week|month|year|day|payday|fortnight)s?\b"
NOT_NOUN = re.compile(
    r"^(?:and|the|for|with|was|were|are|is|off|per|each|but|plus|then|that|this|from|into|"
    r"left|over|more|less|between|among|split|ways|times|people|of|on|in|at|to|so|we|it|all)$"
)
# Money that comes off what is paid, said after it or just before: a voucher, points, a refund.
OFF_AFTER = re.compile(
    r"^\s?(?:(?:gift ?card|voucher|coupon|gift|discount|promo)(?: code)?\b|of (?:points|vouchers?|"
    r"credit|gift ?card)\b|(?:in |worth of )?points\b|(?:fee|charge|commission) (?:off|taken off|"
    r"deducted)|off\b|discount\b|refund\b|credit\b|cashback\b|back\b)"
)
OFF_BEFORE = re.compile(
    r"\b(?:voucher|coupon|gift ?card|refund|points|cashback|credit|minus|less|knock(?:ed|s)? off|"
    r"take(?:s)? off)\s(?:of\s|for\s|worth\s)?(?:the\s|a\s|an\s)?$"
)
# Money put by or paid already, said just before it: "paid the £150 deposit", "got £600".
PAID_BEFORE = re.compile(
    r"\b(?:(?:i'?ve|we'?ve|she'?s|he'?s|they'?ve|i|we|already)\s(?:already\s)?(?:paid|put in|"
    r"put away|saved|got|sent|transferred)|paid|saved|put by|put away|put down)\s"
    r"(?:up\s)?(?:the\s|a\s|an\s|another\s|my\s|our\s)?$"
)
PAID_AFTER = re.compile(r"^\s?(?:of (?:that|it)\b|(?:already|saved|put (?:away|by))\b)")
# Money that is part of a total said with it: "including the £40 deposit", "£36 of that was".
PART_BEFORE = re.compile(r"\b(?:including|includes|inc|incl|included)\s(?:the\s|a\s|an\s)?$")
# A split, said after the money or its clause: "split between me and omar", "between the 4 of us".
SPLIT = re.compile(
    r"\b(?:split|shared|halved|divided)(?: it| that)?(?: (?:between|among|with) (?P<who>[a-z ,&]+?)"
    r"(?=$|[,.!?]| so\b| and (?:i|we|what|how)\b)| (?P<ways>\d+|two|three|four) ways)|"
    r"\bhalves\b(?: with (?P<with>[a-z]+))?"
)
# Money said as the whole of a bill, which other money said may be part of or on top of.
WHOLE_BEFORE = re.compile(
    r"\b(?:bill|total|came to|comes to|come to|in total|all in|altogether|receipt|tab)\b"
    r"[^£$€]{0,12}$"
)
WHOLE_AFTER = re.compile(r"^\s?(?:in total|all in|altogether|total)\b")
HEADS_AFTER = re.compile(
    r"^\s?(?:of (?:us|you|them)|people|guests|adults|mates|friends|ways|heads)\b"
)
HEADS_BEFORE = re.compile(r"\b(?:between|among|for|split)\s(?:the\s|all\s)?$")
PC_OFF = re.compile(r"^\s?(?:off|discount)\b")
PC_OFF_BEFORE = re.compile(r"\b(?:discount|off|sale|reduction)\s(?:of\s)?$")
PC_ON_BEFORE = re.compile(
    r"\b(?:add|adding|plus|tip|tip of|service|service of|with)\s(?:a\s|an\s)?$"
)
PC_ON_AFTER = re.compile(r"^\s?(?:tip|service|gratuity|on top|(?:pay )?rise|increase|up(?! to))\b")
# A cap or a budget, never money of the sum itself: "up to £300 max", "budget of £50".
CAP = re.compile(
    r"\b(?:up to|max|maximum|cap|capped at|limit|at most|budget(?: is| of| was)?|no more than|"
    r"(?<!hand )(?<!handing )(?<!hands )over|above|under|below|more than|less than|min|minimum|"
    r"at least|afford)\W+$"
)
# The things a price each is of, said just before it: "tickets are £28.50 each".
THINGS_COST = re.compile(r"\b(?P<noun>[a-z]{3,}s) (?:are|cost|at|were|for)\s(?:only\s|just\s)?$")
# Money had, taken or made: a pot, never a cost added in ("i had £50 and spent £12").
POT_BEFORE = re.compile(
    r"\b(?:had|have|has|got|earned|won|raised|start(?:ed)? with|left with|budget of)\s"
    r"(?:about\s|around\s|only\s|just\s)?$"
)
# A sum of money said of a thing named next to it: "£30 delivery", "£12 for the glaze kit",
# "bill is £142", "a £300 sofa", "parking £15".
CONNECTIVE = (
    r"(?:and|or|but|the|for|with|was|were|are|is|then|that|this|from|into|so|if|each|per|plus|"
    r"minus|less|off|now|all|in|on|at|to|of|it|we|i|you|me|us|my|our|your|its|it's|just|only|"
    r"about|around|total|altogether|what|how|whats|what's|left|more)"
)
NAMED_AFTER = re.compile(rf"^\s?(?:for (?:the |a |an |my |our )?)?(?!{CONNECTIVE}\b)[a-z]{{3,}}")
NAMED_BEFORE = re.compile(
    rf"\b(?!{CONNECTIVE}\b)[a-z]{{3,}}:?\s(?:(?:is|was|were|are|costs?|came to|comes to|of|"
    r"at|about|around|a|an|the|another|for|over|with|on|that|which|be|gonna|going|to|will|would|come|comes)\s){0,4}$"
)
HEADS_AT = re.compile(
    r"\b(?:people|guests|adults|kids|children|of us|of you|persons|heads)\s(?:at|@|paying)\s$"
)
# Money coming in, never a bill of costs: "sell 60 cookies at £1", "takings".
TRADE = folded(r"\bsell|\bsold\b|\btakings\b|\brevenue\b|\bincome\b|\bearn", re.I)
CHOICE_AFTER = re.compile(r"^\s?(?:one|ones|option|deal|version|model)\b")
OTHERS_PART = re.compile(
    r"\b(?:pays?|paying|owes?|gives?|giving|covers?|covering|chips? in|puts? in|putting in|"
    r"lends?|lent|borrowed|sends?|sent|transfers?)\s(?:me\s|us\s|him\s|her\s|them\s)?"
    r"(?:the\s|a\s|an\s|another\s|back\s)?(?:about\s|around\s)?$"
)
# A price per one said a word or two after the money: "£4 booking fee per ticket".
PER_LATER = re.compile(
    r"^\s?(?:[a-z]+\s){1,2}(?:per|a|an|each) (?P<per>(?!off\b)[a-z]{3,})\b(?!\s\d)"
)
CAP_AFTER = re.compile(r"^\s?(?:max|maximum|cap|limit|tops|budget)\b")
FX_SAID = re.compile(
    r"^\s?(?P<cur>euros?|dollars?|bucks?)\s(?:to the|to a|per|for a|for one|for each)\s(?:pound|£)"
)
# Money a unit of another currency is worth: "$1.25 to the pound", "1.16 euros to the £".
FX_AFTER = re.compile(r"^\s?(?:to the|to a|per|for (?:a|one|each)) (?:pound|£|euro|€|dollar|\$)")
# A percentage of a total that is of so many things: "40% was books", "30% of it was drinks".
PC_OF_AFTER = re.compile(
    r"^\s?(?:of (?:it|that|them|the takings|takings) )?(?:was|were|is|are|went on) "
    r"(?P<noun>[a-z]{3,})"
)

# Paid by all who share the sum: "we paid the deposit", "between us we've paid £200".
OURS = re.compile(r"\b(?:we|we'?ve|we'?d|us|our|between us|together)\b")

# What is asked.
QUESTION = re.compile(r"\b(?:how|what|whats|wats|total|owe)\b|\bwhat'?s\b")
ASK_TOTAL = re.compile(
    r"\b(?:owe|total|all in|altogether|in all|pay|paid|spend|spent|cost|come to|comes to)\b|"
    r"\bhow much\b"
)
ASK_EACH = re.compile(r"\b(?:each|per (?:person|head)|a head|pp|share|shares)\b")
ASK_MANY = re.compile(r"\bhow many (?:(?:full|whole|complete|more)\s)?(?P<noun>[a-z]{3,})\b")
# Whole ones filled from an amount (rounded down), or enough of them to hold it (rounded up).
FILL = re.compile(
    r"\b(?:full|fill|whole|complete)\b|\b(?:can|could) (?:we|i|you) (?:make|fill|get)\b|"
    r"\b(?:do|will|would) (?:we|i|you|it|that) (?:get|make|fill)\b"
)
COVER = re.compile(r"\b(?:need|needed|buy|order|get in|cover|enough|hold it all)\b")
ASK_MAKE = re.compile(r"\b(?:make|take|earn|get|bring in|worth|raise)\b")
ASK_PERIOD = re.compile(
    r"\b(?:per|a|an|each|every) (?P<per>week|month|year|payday|fortnight)\b|"
    r"\b(?P<ly>week|month|year)ly\b"
)
ASK_LEFT = re.compile(
    r"\b(?:left to pay|still (?:owe|to pay|need|got to pay)|how much more|left|outstanding|rest)\b"
)
ASK_ROUGH = re.compile(r"\b(?:roughly|about|around|approx(?:imately)?|ish)\b")


@dataclass
class Fig:
    value: float
    kind: str  # money, pc, num
    said: str
    line: int
    role: str = ""  # price, size, count, amount, rate, item, off, paid, part, heads, periods...
    noun: str = ""  # what a count, a size, a price or a rate is of
    per: str = ""  # what a price or a rate is per
    unit: str = ""  # a measure: oz, g
    split: int = 0  # a sum of money said split so many ways
    extra: dict = field(default_factory=dict)


def _n(said: str) -> float:
    return float(said.replace(",", ""))


def _singular(word: str) -> str:
    word = word.lower()
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _same(a: str, b: str) -> bool:
    return bool(a and b and _singular(a) == _singular(b))


def _who(said: str) -> int:
    """How many people a split is said between: "me and omar" 2, "me, jo and sam" 3, "the 4 of
    us" 4; 0 when not clear."""
    said = said.strip()
    if m := re.fullmatch(
        r"(?:the |all )?(\d+|two|three|four|five|six)(?: of (?:us|you|them))?", said
    ):
        word = m.group(1)
        return (
            int(word) if word.isdigit() else ["two", "three", "four", "five", "six"].index(word) + 2
        )
    parts = [p for p in re.split(r",\s*|\s+and\s+|\s*&\s*", said) if p]
    if len(parts) >= 2 and all(re.fullmatch(r"[a-z]+", p) for p in parts):
        if not all(p in {"me", "him", "her", "them"} or len(p) >= 2 for p in parts):
            return 0
        return len(parts)
    return 0


def _figures(lines: Sequence[str]) -> list[Fig] | None:
    """Every figure of `lines` with the role its words give it; None when a figure is of a kind
    this reader leaves to others, or its words give it no role."""
    figs: list[Fig] = []
    for at, line in enumerate(lines):
        for m in FIGURE.finditer(line):
            before, after = line[max(0, m.start() - 40) : m.start()], line[m.end() : m.end() + 40]
            if m.group("m") or m.group("mq"):
                value = _n(m.group("m") or m.group("mq")) * (1000 if m.group("k") else 1)
                fig = Fig(value, "money", m.group(0).strip(), at)
            elif m.group("pc"):
                fig = Fig(_n(m.group("pc")), "pc", m.group(0).strip(), at)
            elif m.group("w"):
                whole, num, den = int(m.group("w")), int(m.group("fn")), int(m.group("fd"))
                if not den or num >= den:
                    return None
                fig = Fig(whole + num / den, "num", m.group(0).strip(), at)
                fig.extra["fraction"] = (whole, num, den)
            else:
                fig = Fig(_n(m.group("n")), "num", m.group(0).strip(), at)
            fig.extra["line"] = line
            last = figs[-1] if figs and figs[-1].line == at else None
            chain = last.role if last and last.role in ("paid", "off") else ""
            counted = last.said if last and last.role == "count" else ""
            if not _role(fig, before, after, line, m.end(), chain, counted):
                return None
            if fig.role == "item" and RETURNED.search(line):
                fig.role = "off"  # "sent back the dress that was £38.50": money back
            if fig.per == "@" or (fig.role == "price" and not fig.per and counted):
                fig.extra["of"], fig.per = last, "@"  # "3 pizzas at £12.50 each": of those
            figs.append(fig)
    return figs


def _role(
    fig: Fig, before: str, after: str, line: str, end: int, chain: str = "", counted: str = ""
) -> bool:
    """Give `fig` the role its words say; False when they say none."""
    if fig.kind == "money":
        if HEADS_AT.search(before):
            return False  # "14 people at £85 per iftar": a price a head, and of what else
        if FX_AFTER.match(after):
            fig.role = "fx"
            return True
        if re.search(r"\b(?:and|plus) (?:another|a further|then)\s$", before) and chain:
            fig.role = chain
            return True
        if per := PER_ONE.match(after):
            word = per.group("per") or per.group("per2") or per.group("per3") or ""
            if re.fullmatch(PERIOD, word):
                fig.role, fig.per = "per_period", _singular(word)
                return True
            if word and NOT_NOUN.match(word) or word in ("head", "person", "adult", "child", "kid"):
                return False  # "£189 a head": of whom, and who pays, read by others
            fig.role, fig.per = "price", _singular(word)
            if of := THINGS_COST.search(before):
                fig.extra["of_noun"] = _singular(of.group("noun"))
            return True
        if re.match(r"\s?(?:refunded|back)\b", after) and RETURNED.search(line):
            fig.role = "off"  # "took back a top and got £15 refunded": money back
            return True
        if CAP.search(before[-14:]) or CAP_AFTER.match(after) or CHOICE_AFTER.match(after):
            return False  # "up to £300 max", "the £420 one": a cap, a choice, worked by others
        if OFF_AFTER.match(after) or OFF_BEFORE.search(before):
            fig.role = "off"
            return True
        if PART_BEFORE.search(before):
            fig.role = "part"
            return True
        if PAID_BEFORE.search(before) or PAID_AFTER.match(after):
            fig.role = "paid"
            # "we paid the £50 deposit": all of us; "i already paid the £100 deposit": one
            fig.extra["ours"] = bool(OURS.search(before))
            return True
        if OTHERS_PART.search(before) or POT_BEFORE.search(before):
            return False  # "so she pays £10", "i had £50": one person's part, a pot: others'
        if re.match(r"\s?(?:deposit|down ?payment|advance|up ?front)\b", after):
            return False  # "the £40 deposit": paid already, or part of it? unsaid
        if re.match(r"^\s?(?:[a-z]+\s){1,2}(?:each|apiece|a piece)\b", after):
            return False  # "£15 fitting each": each of what, unsaid
        if per := PER_LATER.match(after):
            fig.role, fig.per = "price", _singular(per.group("per"))  # "£4 booking fee per ticket"
            return True
        if re.search(r"\bat\s$", before):
            if not (
                counted and re.search(rf"\b{re.escape(counted)}\s(?:[a-z]+\s){{0,2}}at\s$", before)
            ):
                return False  # "at £3": a rate of what, unsaid
            fig.role, fig.per = "price", "@"  # "2 garlic breads at £3.75": of the count before
            return True
        if not (NAMED_AFTER.match(after) or NAMED_BEFORE.search(before)):
            return False  # "8 of us, £420 and £560": money said of nothing named
        fig.role = "item"
        rest = line[end:]
        clause = re.split(r"[.!?;]|\band (?:i|we|you|what|how)\b|\bplus\b", rest, maxsplit=1)[0]
        if s := SPLIT.search(clause):
            ways = s.group("ways")
            n = (
                (int(ways) if ways.isdigit() else ["two", "three", "four"].index(ways) + 2)
                if ways
                else _who(s.group("who"))
                if s.group("who")
                else 2
            )
            if n < 2:
                return False
            fig.split = n
        if WHOLE_BEFORE.search(before) or WHOLE_AFTER.match(after):
            fig.extra["whole"] = True
        return True
    if fig.kind == "pc":
        if PC_OFF.match(after) or PC_OFF_BEFORE.search(before):
            fig.role = "pc_off"
            return True
        if (m := PC_OF_AFTER.match(after)) and not NOT_NOUN.match(m.group("noun")):
            fig.role, fig.noun = "pc_of", _singular(m.group("noun"))
            return True
        if PC_ON_BEFORE.search(before) or PC_ON_AFTER.match(after):
            fig.role = "pc_on"
            return True
        return False
    # a bare number, or a whole and a fraction
    if HEADS_AFTER.match(after) or (
        HEADS_BEFORE.search(before) and re.match(r"\s?(?:of|$)", after)
    ):
        fig.role = "heads"
        return True
    if m := FX_SAID.match(after):
        fig.role, fig.per = "fx", m.group("cur")
        return True
    if m := re.match(rf"\s?(?P<unit>{MEASURE})\b", after):
        fig.unit = m.group("unit")
        rest = after[m.end() :]
        if re.match(r"\s?(?:each|a piece|apiece)\b", rest):
            fig.role = "size"
            return True
        if per := re.match(r"\s?(?:an? |per )(?P<per>[a-z]{3,})\b", rest):
            fig.role, fig.per = "size", _singular(per.group("per"))
            return True
        fig.role = "amount"
        return True
    if m := re.match(rf"\s?(?:more |other |further )?{PERIOD}", after):
        fig.role, fig.per = "periods", _singular(m.group("period"))
        return True
    if (m := NOUN.match(after)) and not NOT_NOUN.match(m.group("noun")):
        noun = m.group("noun")
        rest = after[m.end() :]
        if per := re.match(r"\s?(?:an? |per |each |every )(?P<per>[a-z]{3,})\b", rest):
            fig.role, fig.noun, fig.per = "rate", _singular(noun), _singular(per.group("per"))
            return True
        if re.match(r"\s?(?:each|a piece|apiece)\b", rest):
            return False  # "24 in each": of what, read by others
        if OTHERS_PART.search(before) or re.search(r"\b(?:covers?|covering|covered)\s$", before):
            return False  # "pupil premium covers 14 kids": of those someone else pays for
        fig.role, fig.noun = "count", _singular(noun)
        return True
    return False


def _asked(ask: str) -> str:
    return ask.lower()


def _share_said(fig: Fig) -> tuple[float, str]:
    """A sum of money as it goes into a total: halved when split between two."""
    if fig.split:
        share = round(fig.value / fig.split + 1e-9, 2)
        return share, f"{fig.said} split {fig.split} ways is {_m(share)}"
    return fig.value, ""


def _total(figs: list[Fig], ask: str) -> Worked | None:
    """A total owed or paid: counts times their prices, sums of money (a share of one said
    split), percentages off or on in the order said, then money off and money paid taken off
    (paid only when what is left is asked). Each one's share when a head count is said and
    each is asked."""
    prices = [f for f in figs if f.role == "price"]
    counts = [f for f in figs if f.role == "count"]
    heads = [f for f in figs if f.role == "heads"]
    if not counts and not heads and len(prices) == 1 and prices[0].per in ("", "@"):
        prices[0].role = "item"  # "its £420 each", "ive paid £150": what one pays
        prices = []
    priced = {p.per for p in prices}
    for c in list(counts):
        if (
            _singular(c.noun) in TIMES
            and not priced & TIMES
            and not any(p.extra.get("of") is c for p in prices)
        ):
            counts.remove(c)  # "it'll be here in 35 mins": said of when, no part of the money
            c.role = "when"
    items = [f for f in figs if f.role == "item"]
    offs = [f for f in figs if f.role == "off"]
    paid = [f for f in figs if f.role == "paid"]
    parts = [f for f in figs if f.role == "part"]
    pcs = [f for f in figs if f.role in ("pc_off", "pc_on")]
    known = {"price", "count", "item", "off", "paid", "part", "pc_off", "pc_on", "heads", "when"}
    if TRADE.search(ask) or any(TRADE.search(f.extra.get("line", "")) for f in figs):
        return None
    if any(f.role not in known for f in figs) or len(heads) > 1:
        return None
    each = bool(ASK_EACH.search(ask))
    if bool(heads) != each:
        return None  # a share asked of no head count said, or a head count no share is asked of
    left = bool(ASK_LEFT.search(ask))
    if paid and not (left or parts):
        return None
    if parts and not (each and len(parts) == 1 and not paid and not offs):
        return None
    if len(prices) != len(counts):
        return None
    steps: list[str] = []
    values: list[tuple[float, str]] = []
    pairs = []
    for p in prices:
        match = [c for c in counts if _same(c.noun, p.per)] if p.per else []
        if p.per == "@":
            match = [p.extra["of"]]
        if not match and len(prices) == 1 and (p.per in GENERIC or p.per == ""):
            match = counts  # "£4.50 a piece" and "7 pots"; never "£3 a bag" and "7 pots"
        if len(match) != 1 or any(match[0] is c for _, c in pairs):
            return None
        if p.extra.get("of_noun") and not _same(p.extra["of_noun"], match[0].noun):
            return None  # "tickets are £28.50 each" and "4 bags": not the same things
        pairs.append((p, match[0]))
    for p, c in pairs:
        v = round(c.value * p.value + 1e-9, 2)
        steps.append(f"{count(c.value)} × {p.said} is {_m(v)}")
        values.append((v, _m(v)))
    for f in items:
        v, said = _share_said(f)
        if said:
            steps.append(said)
        values.append((v, _m(v) if said else f.said))
    if not values or (len(values) > 1 and any(f.extra.get("whole") for f in items)):
        return None  # "bill is £80" and "2 bottles at £18": in the bill, or on top? unsaid
    total = round(sum(v for v, _ in values), 2)
    if len(values) > 1:
        steps.append(f"{' + '.join(s for _, s in values)} is {_m(total)}")
    for f in sorted(pcs, key=lambda f: (f.line, 0)):
        cut = round(total * f.value / 100 + 1e-9, 2)
        if f.role == "pc_off":
            steps.append(f"{f.said} off {_m(total)} is {_m(cut)} off, so {_m(total - cut)}")
            total = round(total - cut, 2)
        else:
            steps.append(f"{f.said} of {_m(total)} is {_m(cut)}, so {_m(total + cut)}")
            total = round(total + cut, 2)
    for f in offs:
        if f.value >= total:
            return None
        steps.append(f"{_m(total)} less the {f.said} is {_m(total - f.value)}")
        total = round(total - f.value, 2)
    if paid:
        less = sum(f.value for f in paid)
        if less >= total:
            return None
        said = " and ".join(f.said for f in paid)
        steps.append(f"{_m(total)} less the {said} paid is {_m(total - less)} left to pay")
        total = round(total - less, 2)
    if each and any(not f.extra.get("ours") for f in paid):
        return None  # one of us paid it: what each still owes differs, worked by others
    if each:
        n = int(heads[0].value)
        if n < 2 or n != heads[0].value:
            return None
        share = round(total / n + 1e-9, 2)
        about = "" if abs(share * n - total) < 0.005 else "about "
        steps.append(f"{_m(total)} ÷ {n} is {about}{_m(share)} each")
        if parts:
            part = parts[0]
            if not re.search(r"\bmore\b|\bput in\b|\bowe", ask):
                return _done(steps, f"{about}{_m(share)} each")  # a part: nothing comes off
            if part.value > share or about:
                return None
            rest = round(share - part.value, 2)
            steps.append(
                f"the {part.said} is part of the {_m(total)}, so whoever paid it puts in "
                f"{_m(share)} − {part.said}, {_m(rest)} more"
            )
            return _done(
                steps, f"{_m(share)} each; {_m(rest)} more from whoever paid the {part.said}"
            )
        return _done(steps, f"{about}{_m(share)} each")
    if parts or not steps:
        return None
    return _done(steps, _m(total))


def _done(steps: list[str], number: str) -> Worked:
    return Worked("; ".join(steps), number)


def _many(figs: list[Fig], ask: str) -> Worked | None:
    """How many things: an amount over the size of one (whole ones only: full jars), and what
    they make at a price each when asked; a count times a rate per one ("96 bars at 2 and 2/3
    strums a bar"); a share of money over the price of one ("40% was books at £1.50 each")."""
    asked = ASK_MANY.search(ask)
    if not asked:
        return None
    noun = _singular(asked.group("noun"))
    roles = sorted(f.role for f in figs)
    if roles in (["amount", "size"], ["amount", "price", "size"]):
        amount = next(f for f in figs if f.role == "amount")
        size = next(f for f in figs if f.role == "size")
        if _singular(amount.unit) != _singular(size.unit) or not size.value:
            return None
        exact = amount.value / size.value
        things = asked.group("noun")
        said = (
            f"{count(amount.value)} {amount.unit} ÷ {count(size.value)} {size.unit} is "
            f"{count(round(exact, 2))}"
        )
        if COVER.search(ask) and not FILL.search(ask):
            # tins to cover it, bottles to hold it all: the last one part full, rounded up
            whole = math.ceil(exact - 1e-9)
            if len(figs) != 2:
                return None
            enough = f", so {whole} {things} to have enough" if whole != exact else ""
            return _done([f"{said}{enough}"], f"{whole} {things}")
        if not FILL.search(ask):
            return None  # full ones, or enough for it all? unsaid
        whole = math.floor(exact + 1e-9)
        over = round(amount.value - whole * size.value, 2)
        unit = size.unit.removesuffix("s") if over == 1 else size.unit
        steps = [
            f"{said}, so {whole} full {things}" + (f" ({count(over)} {unit} over)" if over else "")
        ]
        number = f"{whole} full {things}"
        prices = [f for f in figs if f.role == "price"]
        if ASK_MAKE.search(ask) and not prices:
            return None  # what they make asked, of no price said
        if prices:
            p = prices[0]
            if not ASK_MAKE.search(ask) or (p.per and not _same(p.per, noun)):
                return None
            v = round(whole * p.value, 2)
            steps.append(f"{whole} × {p.said} is {_m(v)}")
            number += f", {_m(v)}"
        return _done(steps, number)
    if roles == ["count", "rate"]:
        c = next(f for f in figs if f.role == "count")
        r = next(f for f in figs if f.role == "rate")
        if not (_same(r.noun, noun) and _same(r.per, c.noun)):
            return None
        v = c.value * r.value
        if "fraction" in r.extra:
            whole, num, den = r.extra["fraction"]
            exact = (c.value * (whole * den + num)) / den
            v = exact
        if abs(v - round(v)) > 1e-6:
            return None
        return _done(
            [f"{c.said} × {r.said} is {count(round(v))} {asked.group('noun')}"], count(round(v))
        )
    if roles == ["money", "pc_of", "price"] or roles == ["item", "pc_of", "price"]:
        total = next(f for f in figs if f.role == "item")
        pc = next(f for f in figs if f.role == "pc_of")
        p = next(f for f in figs if f.role == "price")
        if total.split or not _same(pc.noun, noun) or (p.per and not _same(p.per, noun)):
            return None
        part = round(total.value * pc.value / 100, 2)
        v = part / p.value
        exact = abs(v - round(v)) < 1e-6
        if not exact and not ASK_ROUGH.search(ask):
            return None
        steps = [
            f"{pc.said} of {total.said} is {_m(part)}",
            f"{_m(part)} ÷ {p.said} is {count(round(v, 2))}",
        ]
        number = (
            f"{count(round(v))} {asked.group('noun')}"
            if exact
            else f"about {round(v)} {asked.group('noun')}"
        )
        if not exact:
            steps[-1] += f", about {round(v)}"
        return _done(steps, number)
    return None


def _period(figs: list[Fig], ask: str) -> Worked | None:
    """How much a period to reach a sum: what is still needed over the periods said ("need
    another £2,400", "got £600 of that", "in 15 months", "whats that per month"); or how many
    periods of so much a period ("£1000", "£35 a week", "how many weeks"): whole periods, the
    last one part full."""
    items = [f for f in figs if f.role == "item" or (f.role == "price" and not f.per)]
    paid = [f for f in figs if f.role == "paid"]
    periods = [f for f in figs if f.role == "periods"]
    rates = [f for f in figs if f.role == "per_period"]
    if len(items) != 1 or items[0].split or len(figs) != 1 + len(paid) + len(periods) + len(rates):
        return None
    goal = items[0]
    need = goal.value - sum(f.value for f in paid)
    if need <= 0:
        return None
    steps = []
    if paid:
        steps.append(f"{goal.said} less {' and '.join(f.said for f in paid)} is {_m(need)}")
    asked = ASK_PERIOD.search(ask)
    if asked and len(periods) == 1 and not rates:
        per = asked.group("per") or asked.group("ly")
        if not _same(per, periods[0].per):
            return None
        n = periods[0].value
        if n != int(n) or n < 1:
            return None
        each = round(need / n + 1e-9, 2)
        about = "" if abs(each * n - need) < 0.005 else "about "
        steps.append(f"{_m(need)} ÷ {count(n)} is {about}{_m(each)} a {per}")
        return _done(steps, f"{about}{_m(each)} a {per}")
    many = re.search(rf"\bhow many {PERIOD}", ask)
    if many and len(rates) == 1 and not periods:
        rate = rates[0]
        if not _same(many.group("period"), rate.per) or not rate.value:
            return None
        exact = need / rate.value
        n = math.ceil(exact - 1e-9)
        per = rate.per
        said = f"{_m(need)} ÷ {rate.said} is {count(round(exact, 2))}"
        if n != exact:
            said += f", so {n} {per}s (after {n - 1} only {_m((n - 1) * rate.value)} is put by)"
        steps.append(said)
        return _done(steps, f"{n} {per}s")
    return None


CURRENCY_ASKED = re.compile(r"\bhow many (?P<a>dollars|euros|bucks)\b|\bin (?P<b>dollars|euros)\b")


def _changed(figs: list[Fig], ask: str) -> Worked | None:
    """Pounds changed into another currency at a rate said ("$1.25 to the pound"), after a fee
    taken off first ("they take a £3 fee off first"): what is handed over less the fee, times
    the rate."""
    asked = CURRENCY_ASKED.search(ask)
    fx = [f for f in figs if f.role == "fx"]
    items = [f for f in figs if f.role == "item"]
    offs = [f for f in figs if f.role == "off"]
    if not asked or len(fx) != 1 or len(items) != 1 or len(offs) > 1 or len(figs) != 2 + len(offs):
        return None
    word = asked.group("a") or asked.group("b")
    sign = "$" if word in ("dollars", "bucks") else "€"
    rate = fx[0]
    if (
        rate.said[:1] if rate.kind == "money" else {"e": "€", "d": "$", "b": "$"}[rate.per[0]]
    ) != sign:
        return None
    given = items[0]
    if not given.said.startswith("£") or given.split:
        return None
    steps, pounds = [], given.value
    if offs:
        if offs[0].value >= pounds or not offs[0].said.startswith("£"):
            return None
        pounds = round(pounds - offs[0].value, 2)
        steps.append(f"{given.said} less the {offs[0].said} is {_m(pounds)}")
    got = round(pounds * rate.value + 1e-9, 2)
    steps.append(f"{_m(pounds)} × {count(rate.value)} is {money(got, sign)}")
    return _done(steps, money(got, sign))


# Any ask of a kind known here, looked for before anything is read (most messages ask none).
ASKS_ANY = folded(
    r"\bhow (?:much|many)\b|\b(?:owe|total|all in|altogether|in all|pay|paid|spen[dt]|cost|"
    r"come to|comes to|each|share|per|a (?:week|month|year|payday)|(?:week|month|year)ly)\b",
    re.I,
)


def asks(line: str) -> bool:
    """Whether `line` may ask a sum read here: a figure said in it or before it is looked at
    only then."""
    return bool(ASKS_ANY.search(line))


def worked(lines: Sequence[str]) -> Worked | None:
    """The sum the last of `lines` asks, with the lines before it (oldest first), worked by the
    roles of its figures; None when any figure has no role read, or the ask is of no kind known
    here. Only sums of two steps or more: one step is for the readers of one shape. (Read once
    for every persona a room asks.)"""
    return _worked(tuple(lines))


@lru_cache(maxsize=256)
def _worked(said: tuple[str, ...]) -> Worked | None:
    lines = [re.sub(r"@[\w.-]+", " ", t).lower().strip() for t in said]
    lines = [re.sub(r"\s+", " ", t) for t in lines]
    if any(OTHER.search(MIXED.sub(" 1 ", t)) or WORD_NUMBER.search(t) for t in lines):
        return None
    # what is asked: the clauses of the last line that ask ("how many full jars"), not those
    # that say figures ("the jars take 12 oz each")
    # (a comma or stop before a space ends a clause, after a figure too: "at £2.80, what's")
    clauses = re.split(r"(?<!\d)[.,](?!\d)|[.,]\s|[;!?]|\band (?=how|what)", lines[-1])
    ask = ", ".join(c for c in clauses if QUESTION.search(c))
    if not ask:
        return None  # figures said, nothing asked of them
    figs = _figures(lines)
    if not figs or len(figs) < 2:
        return None
    monies = [f for f in figs if f.kind == "money" and f.role != "fx"]
    if any(f.said[:1] in "$€" for f in monies):
        return None  # pounds only, but for a rate of exchange
    if len({f.said[:1] for f in monies}) > 1 or len({f.value for f in monies}) < len(monies):
        return None  # "€40 (about £34)", "£13.50" said twice: one sum of money, or two?
    if CURRENCY_ASKED.search(ask):
        found = _changed(figs, ask)
    elif ASK_MANY.search(ask) and not re.search(rf"\bhow many {PERIOD}", ask):
        found = _many(figs, ask)
    elif ASK_PERIOD.search(ask) or re.search(rf"\bhow many {PERIOD}", ask):
        found = _period(figs, ask)
    elif ASK_TOTAL.search(ask) or ASK_EACH.search(ask):
        found = _total(figs, ask)
    else:
        return None
    rounded = found and re.search(r"\bfull\b|, so \d+ |\babout\b", found.working)
    if found and len(figs) < 3 and not rounded and not any("fraction" in f.extra for f in figs):
        return None  # one step: the readers of one shape work it
    return found
