"""A total of money said as a product of typed quantities, in any order (product38).

"tickets are £9 each and we sold 120, how much did we make", "this week's box is £14.50 and
we've got 23 households, what's the total we need to send the farm", "kitty's £3 each per match,
4 of us plus 2 reserves, 11 matches, how much is that for the season", "the firing fee is £4.50
a piece and i've got 7 pots going in, plus £12 for the glaze kit split between me and omar,
what do i owe all in". Each figure is read with what it counts or prices, from the words around
it, whatever the order it is said in:

- a price of one thing: "£9 each", "£4.50 a piece", "£2 a head", "tickets are £9", "box is
  £14.50", "120 tickets at £9", and what it is per besides ("£3 each per match", "£80 a night");
- a count of things: "120 tickets", "23 households", "we sold 120", "4 of us plus 2 reserves"
  (6), maybe per an occasion ("120 a night", "15 kids every week");
- a capacity: "the hall holds 120", read as the count of an occasion when "sell out" is asked;
- repeats: "3 nights", "11 matches", "for 6 weeks" (only when something is per that occasion:
  "£3 each per match", "120 a night", a hall full each night, "every week");
- an extra added once: "plus £6 delivery", shared when its words say so ("plus £12 for the
  glaze kit split between me and omar": £6).

The product is worked only when every figure has its role, the units chain (the count is of the
thing priced, the repeats are of what something is per) and a total of money is asked (the
total, what we take or make or owe, all in, for the season). Anything else is None, and left to
the other readers as before: a figure left over (a date, a time, an age, "9 left"), two prices,
a share or a price asked, units that do not chain. A wrong sum is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bots.reckon import money


def _words(said: str) -> frozenset[str]:
    return frozenset(said.split())


# The numbers said in words that are read as figures ("three nights", "split two ways").
WORD_NUMBERS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
}
NUMBER_WORDS = re.compile(r"\b(?:" + "|".join(WORD_NUMBERS) + r")\b")
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# A sum of money ("£4.50", "€9", "$3", "9 quid", "5 euros", "50p") or a plain figure.
FIGURE = re.compile(
    rf"(?P<sign>[£$€])\s?(?P<a>{_NUM})(?![\d.,]\d)|"
    rf"(?<![\w.,£$€:/-])(?P<b>{_NUM})\s?(?P<unit>quid|pounds?|euros?|dollars?|bucks)\b|"
    r"(?<![\w.,£$€:/-])(?P<p>\d{1,3})p\b|"
    rf"(?<![\w.,£$€:/-])(?P<n>{_NUM})(?![\d.,]\d)"
)
CURRENCY = {"quid": "£", "pound": "£", "euro": "€", "dollar": "$", "buck": "$"}
# A figure that is no count: a clock time, a date, an age, a percentage, a figure glued to more.
NOT_COUNT_AFTER = re.compile(
    r"\s?(?:%|per ?cent\b|am\b|pm\b|o'?clock\b|-?(?:years?|yrs?|yr|y)[\s-]?olds?\b|yo\b|"
    r"(?:years?|yrs?) of age\b|weeks? old\b|months? old\b)|[:/x*×-]|[a-z]"
)
NOT_COUNT_BEFORE = re.compile(
    r"\b(?:aged?|at|on|the|till|until|from|by|in|since|after|before|from|no|number|room|"
    r"table|gate|platform|page|bus|year|born)\s$"
)

# What a price is of, said after it: "each", "a piece", "a head", "a ticket", "per match".
PER = re.compile(
    r"\s?(?:(?P<each>each|ea|apiece|pp|a pop|a head|a piece|a person|a go|"
    r"per (?:head|person|piece|go|pop))\b|(?:(?:a|an|per|every)\s|/\s?)(?P<noun>[a-z]+)\b)"
)
# Occasions a figure can be per, and counted in: "a night", "11 matches", "for 6 weeks".
OCCASIONS = _words(
    "night evening day week month year match game session show performance class lesson "
    "hour visit trip round weekend term fixture race time shift meeting sitting"
)
# Counted people: a price "each" or "a head" is per one of them.
PEOPLE = _words(
    "people person ppl adult kid child children player reserve sub guest member friend mate "
    "household family families volunteer helper student pupil girl boy men women man woman "
    "staff folk runner rider dancer singer parent grandparent cousin colleague team junior "
    "senior teen teenager toddler baby infant grown-up visitor spectator fan supporter walker "
    "swimmer pensioner "
    "us them you"
)
# Things one of which each person or household has: "the box is £14.50", 23 households.
ONE_EACH = _words(
    "ticket box meal entry admission pass seat place pint drink coffee lunch dinner breakfast "
    "plate portion bag hamper kit shirt t-shirt tee top hoodie jersey medal book copy programme "
    "program membership pack parcel share slice burger sandwich gift badge costume bib "
    "wristband voucher"
)
# Words that name no thing counted after a figure ("7 pots going in": "going" is not one).
NOT_THING = _words(
    "is was has this plus less its thus yes always towards does goes comes says takes "
    "makes wants needs pays owes leaves"
)
STOP = _words(
    "a an the and or of for in on at to is are was were it its we i you they our my your this "
    "that with plus each per every"
)
# The count a price is said with: "we sold 120", "i've got 7", "we need 30".
COUNT_VERB = re.compile(
    r"\b(?:sold|sell|selling|sells|bought|buy|buying|ordered|order|ordering|need|needs|got|"
    r"baked|bake|cooked|knitted|brewed|packed|filled|printed|doing|"
    r"have|booked|book|booking|want|wants|expecting|expect|made|make|making|printed|print|"
    r"there'?s|there are|there were)\s(?:about |around |roughly |only |just |like )?$"
)
# A capacity: "the hall holds 120", "seats 80", "room for 40", "capacity of 200".
CAPACITY = re.compile(
    r"\b(?:holds?|seats?|fits?|sleeps?|takes?|capacity(?: of| is|'s)?|room for|space for)\s"
    r"(?:up to |about |around |roughly |just |only )?$"
)
SOLD_OUT = re.compile(
    r"\bsell(?:s|ing)? out\b|\bsold out\b|\bfull\b|\bfill(?:ed|s)? (?:it|up|the)\b|\bpacked\b|"
    r"\bat capacity\b|\bevery (?:seat|ticket|place)\b|\bfull house\b"
)
# A price of a thing said as its subject: "tickets are £9", "this week's box is £14.50".
SUBJECT = re.compile(
    r"(?P<a>\b(?:a|an|one|each|per)\s)?(?P<t>[a-z][a-z'-]+)(?:\sof\s[a-z]+)?"
    r"(?:'s|\sis|\sare|\swas|\swere|\scosts?|\s=|:|)\s"
    r"(?:only |just |about |around |roughly |now |still )?$"
)
AT = re.compile(r"\b(?:at|@)\s$")
# An extra added once: "plus £6 delivery", "+ £12 for the glaze kit".
EXTRA = re.compile(r"(?:\bplus|\+|\badd|\band another|\bextra)\s(?:a |an |the |another )?$")
# Counts joined into one: "4 of us plus 2 reserves", "20 kids and 10 adults".
JOINED = re.compile(r"^\s?(?:plus|\+|and|&)\s$")
# A share of an extra: "split between me and omar", "between the 3 of us", "split 3 ways".
SHARED = re.compile(
    r"(?:(?:split|shared?|divided)\s(?:it\s|that\s|evenly\s|equally\s)?)?(?:between|among)\s"
    r"(?:(?:the\s|all\s)?(?P<n>\d+)(?:\s(?:of us|ways|people))?\b|"
    r"(?P<who>(?:me|you|him|her|[a-z]+)(?:,\s[a-z]+)*\s(?:and|&)\s[a-z]+)\b)|"
    r"(?:split|shared?|divided)\s(?:it\s|that\s)?(?P<ways>\d+)\sways\b|"
    r"(?P<halves>(?:go(?:ing)?\s)?halves|half each)\b"
)


# The question: a total of money asked.
ASKS = re.compile(r"\b(?:what|whats|how|total)\b")
TOTAL_ASKED = re.compile(
    r"\btotal\b|\baltogether\b|\ball in\b|\bin all\b|\ball together\b|\btake\b|\btakings\b|"
    r"\bmake\b|\bmade\b|\bearn|\braise\b|\braised?\b|\bbring(?:s)? in\b|\bowe\b|\bcomes? to\b|"
    r"\bcome out at\b|\bcost\b|\bpay\b|\bsend\b|\bcollect\b|\bneed\b|\bdamage\b|"
    r"\bfor the (?:season|year|term|week|month|run|series|lot|whole)\b|"
    r"\bhow much\b|\bthe lot\b"
)
# The asker's own total asked, the one a shared extra is part of: "what do i owe all in".
MINE_ASKED = re.compile(r"\b(?:i|me|my)\b(?![^,;.?!]*\b(?:we|us|our)\b)")
# An ask of anything else: a share, a price, a count, what is left, a profit, a choice.
NOT_TOTAL_ASKED = re.compile(
    r"\beach\b|\bper\b|\bpp\b|\ba head\b|\bsplit\b|\bshare\b|\bbetween\b|\bhow many\b|"
    r"\bleft\b|\bprofit\b|\bmore\b|\bless\b|\bchange\b|\bdifference\b|%|\bpercent|\baverage\b|"
    r"\bcheaper\b|\bsave\b|\bsaving\b|\brefund\b|\bshort\b|\bafter\b|\bnet\b|\bor\b|\bif (?:we|i) "
    r"(?:only|just)\b|\b(?:a|an|one)\s(?!lot\b)[a-z]+\b|\bwhen\b|\bhow long\b|\bwhat time\b"
)
# Words that make the sum another sum: money taken off, a percentage, a choice.
OTHER_SUM = re.compile(
    r"%|\bper ?cent\b|\bdiscount\b|\boff\b|\bminus\b|\bless\b|\bvoucher\b|\brefund|\bdeposit\b|"
    r"\bprofit\b|\bcosts? us\b|\bafter\b|\bexcept\b|\bapart from\b|\bbut\b|\binstead\b|\bor\b|"
    r"\bvs\b|\bcheaper\b|\bbudget\b|\bfree\b|\bhalf price\b|\bcomps?\b|\bdidn'?t\b|\bcan'?t\b|"
    r"\bdropped out\b|\bnot\b|\bwithout\b"
)


@dataclass
class Fig:
    """A figure said: its value, where it stands, and what the words around it make it."""

    value: float
    start: int
    end: int
    sign: str = ""  # "£", "€", "$" for a sum of money; "" for a plain figure
    role: str = ""  # price, count, capacity, extra; share (the ways an extra is shared)
    thing: str = ""  # what a count counts, or a price is of ("*" for each, "?" as priced)
    said: str = ""  # as it will be said in the working
    per: list[str] = field(default_factory=list)  # occasions it is per ("match", "night")
    noun: str = ""  # the thing a price is of, as said ("tickets", "box")
    share: int = 1  # an extra shared so many ways
    parts: list[Fig] = field(default_factory=list)  # counts joined into this one


def _stem(word: str) -> str:
    """A noun's one ("tickets": ticket, "boxes": box, "matches": match, "families": family)."""
    if word in ("people", "ppl", "children", "men", "women", "staff", "folk"):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if re.search(r"(?:ch|sh|x|ss)es$", word):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _plural(word: str) -> bool:
    """Whether a word after a figure names things counted ("tickets", "people", "of us")."""
    if word in ("people", "ppl", "children", "men", "women", "staff", "folk"):
        return True
    return (
        word.endswith("s")
        and len(word) > 3
        and not word.endswith(("ss", "us", "is", "'s"))
        and word not in NOT_THING
    )


def _value(m: re.Match[str]) -> tuple[float, str]:
    if m.group("a"):
        return float(m.group("a").replace(",", "")), m.group("sign")
    if m.group("b"):
        unit = m.group("unit")
        sign = next(s for w, s in CURRENCY.items() if unit.startswith(w))
        return float(m.group("b").replace(",", "")), sign
    if m.group("p"):
        return int(m.group("p")) / 100, "£"
    return float(m.group("n").replace(",", "")), ""


def _figures(text: str) -> list[Fig]:
    """Every figure of `text`, in order: sums of money with their sign, plain figures."""
    out = []
    for m in FIGURE.finditer(text):
        value, sign = _value(m)
        out.append(Fig(value, m.start(), m.end(), sign=sign))
    return out


def _plural_of(word: str) -> str:
    """A noun's many: "ticket", tickets; "box", boxes; "family", families."""
    if re.search(r"(?:ch|sh|x|s)$", word):
        return word + "es"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    return word + "s"


def _priced(text: str, fig: Fig) -> bool:
    """Reads a sum of money as the price of one thing ("£9 each", "tickets are £9", "box is
    £14.50", "120 tickets at £9"), with the occasions it is per besides ("£3 each per match")."""
    money_said = text[fig.start : fig.end]
    things: list[str] = []
    words: list[str] = []
    times: list[str] = []  # "a night": said with a price of an occasion alone ("£95 a night")
    at = fig.end
    while m := PER.match(text, at):
        noun = m.group("noun")
        if m.group("each"):
            things.append("*")
            words.append(m.group(0).strip())
        elif noun and _stem(noun) in OCCASIONS:
            fig.per.append(_stem(noun))
            times.append(m.group(0).strip())
        elif noun and noun not in STOP and not m.group(0).strip().startswith("every"):
            things.append(_stem(noun))
            words.append(m.group(0).strip())
        else:
            break
        at = m.end()
    if len(things) > 1:
        return False
    subject = SUBJECT.search(text[: fig.start])
    word = subject.group("t").removesuffix("'s") if subject else ""
    if word and word not in STOP and (_plural(word) or _stem(word) in ONE_EACH):
        fig.noun = word  # "tickets are £9 each": said with the count ("120 tickets")
    explicit = at > fig.end
    if explicit:
        fig.end = at
        fig.thing = things[0] if things else "@"  # "@": a price of an occasion ("£80 a night")
        fig.said = " ".join([money_said, *(words or times[:1])])
    elif AT.search(text[: fig.start]):
        fig.thing, fig.said = "*", money_said  # "120 tickets at £9"
    elif subject and word not in STOP:
        if not (subject.group("a") or _plural(word) or _stem(word) in ONE_EACH):
            return False
        fig.thing, fig.noun = _stem(word), word
        fig.said = f"{money_said} each" if _plural(word) else f"{money_said} a {word}"
    else:
        return False
    fig.role = "price"
    of = re.match(r"\sfor\s(?:the\s)?(?P<t>[a-z]+)\b", text[fig.end :])
    if of and explicit and fig.thing == "*" and _plural(of.group("t")):
        fig.noun, fig.end = of.group("t"), fig.end + of.end()  # "£6 a piece for prints"
    if explicit and re.match(r"\sfor\s\d", text[fig.end :]):
        return True  # "£9 each for 120 tickets"
    # "£9 for the lot", "£20 to get in": a price of something else than one thing
    return not re.match(r"\s?(?:for|in|on|to|of|from|total|altogether|all in)\b", text[fig.end :])


COUNT_AFTER = re.compile(
    r"\s(?:(?P<of>of (?:us|them|you))|(?P<w1>[a-z'-]+)(?:\s(?P<w2>[a-z'-]+))?)"
)


def _counted(text: str, fig: Fig) -> bool:
    """Reads a plain figure as a count of things ("120 tickets", "4 of us", "we sold 120"), a
    capacity ("the hall holds 120") or so many occasions ("3 nights"), maybe per an occasion
    ("120 a night"); never a time, a date or an age."""
    before = text[: fig.start]
    if fig.value <= 0 or NOT_COUNT_AFTER.match(text, fig.end):
        return False
    if NOT_COUNT_BEFORE.search(before[-12:]):
        return False
    said = text[fig.start : fig.end]
    m = COUNT_AFTER.match(text, fig.end)
    if CAPACITY.search(before):
        fig.role, fig.thing, fig.said = "capacity", "?", said
    elif m and m.group("of"):
        fig.thing, fig.end = "person", m.end()
        fig.said = f"{said} {m.group('of').replace(' us', ' you')}"  # "4 of us": 4 of you
    elif m and m.group("w1") in ("sold", "bought", "booked", "ordered"):
        fig.thing, fig.said = "?", said  # "120 sold"
    elif m and _plural(m.group("w1")):
        fig.thing, fig.end = _stem(m.group("w1")), m.end("w1")
        fig.said = f"{said} {m.group('w1')}"
    elif m and m.group("w2") and m.group("w1") not in STOP and _plural(m.group("w2")):
        if m.group("w1") in ("more", "extra", "fewer", "less", "other", "spare", "free"):
            return False
        fig.thing, fig.end = _stem(m.group("w2")), m.end("w2")
        fig.said = f"{said} {m.group('w1')} {m.group('w2')}"
    elif m and fig.value == 1 and m.group("w1") not in STOP and m.group("w1").isalpha():
        fig.thing, fig.end = _stem(m.group("w1")), m.end("w1")  # "1 reserve"
        fig.said = f"{said} {m.group('w1')}"
    elif COUNT_VERB.search(before):
        fig.thing, fig.said = "?", said
    else:
        return False
    if fig.thing in PEOPLE:
        fig.thing = "person"
    if fig.thing not in OCCASIONS and fig.value != int(fig.value):
        return False  # "2.5 people": no count
    fig.role = fig.role or "count"
    per = re.match(r"\s(?:a|an|per|every|each)\s(?P<noun>[a-z]+)\b", text[fig.end :])
    if per:
        if _stem(per.group("noun")) not in OCCASIONS or _stem(per.group("noun")) == fig.thing:
            return False  # "120 a night", "3 hours a week"; never "3 nights a night"
        fig.per.append(_stem(per.group("noun")))
        fig.end += per.end()
    return True


# The words of an extra that end it: the next clause, "and i", "plus" another.
EXTRA_END = re.compile(r"[.;?!,]|\b(?:and|plus|so|what|how|if)\b")


def _extra(text: str, fig: Fig) -> bool:
    """Reads a sum of money as an extra added once ("plus £6 delivery"), shared as its words
    say ("plus £12 for the glaze kit split between me and omar": a half)."""
    if not EXTRA.search(text[: fig.start]) or PER.match(text, fig.end):
        return False
    money_said, tail = text[fig.start : fig.end], text[fig.end :]
    stop = EXTRA_END.search(tail)
    label = tail[: stop.start()] if stop else tail
    share = re.search(r"\b(?:split|shared?|divided|between|among|halves|half)\b", label)
    if share:
        m = SHARED.match(tail, share.start())
        if not m:
            return False  # "split between us": shared, but how many ways is not said
        ways = m.group("n") or m.group("ways")
        fig.share = int(ways) if ways else 2
        if m.group("who"):
            fig.share = len(re.split(r",\s|\s(?:and|&)\s", m.group("who")))
        label, fig.end = tail[: share.start()], fig.end + m.end()
        if fig.share < 2:
            return False
    other = re.search(r"\b(?:a|an|per|each|every)\s[a-z]+\b|\bfor\s(?:the\s)?\d", label)
    kids = re.match(r"\s?for\s(?P<t>[a-z]+)\b", label)
    if other or (kids and _plural(kids.group("t"))):
        return False  # "plus £2 a head", "plus £2 for kids": a price of other things
    fig.role = "extra"
    fig.said = " ".join([money_said, *label.split()[:5]])
    return True


def _joined(text: str, counts: list[Fig], each: bool) -> list[Fig]:
    """Counts said joined ("4 of us plus 2 reserves", "20 kids and 10 adults") as one count: of
    one thing, or of any things for a price `each` ("7 pots plus 3 mugs at £4.50 a piece")."""
    out: list[Fig] = []
    for fig in counts:
        last = out[-1] if out else None
        if (
            last
            and last.role == fig.role == "count"
            and not last.per
            and JOINED.match(text[last.end : fig.start])
            and (last.thing == fig.thing or each)
            and not {last.thing, fig.thing} & {*OCCASIONS, "?"}
        ):
            joined = Fig(last.value + fig.value, last.start, fig.end, role="count")
            joined.thing = last.thing if last.thing == fig.thing else "*"
            joined.per = fig.per
            joined.parts = [*(last.parts or [last]), fig]
            out[-1] = joined
            continue
        out.append(fig)
    return out


def _matches(price: Fig, count: Fig) -> bool:
    """Whether a count is of what a price is of: anything for a price "each", the thing priced,
    or people for a thing one of which each has ("box is £14.50", 23 households)."""
    if count.thing == "?" or price.thing in ("*", count.thing):
        return True
    return price.thing in ONE_EACH and count.thing == "person"


def _asked(text: str) -> bool:
    """Whether the question of `text` asks a total of money, and nothing else: its clauses
    that ask ("what do we take", "how much is that for the season") say a total and no share,
    price, count or rest."""
    clauses = [c for c in re.split(r"[,;!?]|\.(?!\d)|\s-\s", text) if ASKS.search(c)]
    if not clauses:
        return False
    return any(TOTAL_ASKED.search(c) for c in clauses) and not any(
        NOT_TOTAL_ASKED.search(re.sub(r"\bwe'?ve\b|\bi'?ve\b", "", c)) for c in clauses
    )


def product_of(text: str) -> str:
    """The working of the total of money `text` asks as a product of typed quantities ("120
    tickets at £9 each is £1,080; over 3 nights, £3,240"), or "" when any figure has no role,
    the units do not chain, or no total of money is asked (see the module)."""
    text = text.lower().replace("’", "'").replace("‘", "'")
    text = NUMBER_WORDS.sub(lambda m: str(WORD_NUMBERS[m.group(0)]), text)
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) > 400 or OTHER_SUM.search(text):
        return ""
    figs = _figures(text)
    if len(figs) < 2 or len(figs) > 8:
        return ""
    covered = 0
    for fig in figs:
        if fig.start < covered:
            fig.role = "share"  # the ways an extra is shared ("split 2 ways"), read with it
            continue
        read = (_priced(text, fig) or _extra(text, fig)) if fig.sign else _counted(text, fig)
        if not read:
            return ""  # a figure with no role: a date, a time, an age, "9 left"
        covered = fig.end
    # the ask, with what the figures' roles read taken out of it ("£9 each" is no share asked)
    asked = "".join(
        " " * (f.end - f.start) if f.start <= i < f.end else ch
        for i, ch in enumerate(text)
        for f in [next((g for g in figs if g.start <= i < g.end), Fig(0, -1, -1))]
    )
    if not _asked(asked):
        return ""
    if any(f.share > 1 for f in figs) and not MINE_ASKED.search(asked):
        return ""  # an extra shared, and the whole total asked: whose share is not said
    return _worked(text, figs)


def _worked(text: str, figs: list[Fig]) -> str:
    """The product of `figs`, each read in its role, when the units chain; else ""."""
    prices = [f for f in figs if f.role == "price"]
    extras = [f for f in figs if f.role == "extra"]
    if len(prices) != 1 or len({f.sign for f in (*prices, *extras)}) != 1:
        return ""  # two prices, or two currencies
    price = prices[0]
    each = price.thing == "*"
    counts = _joined(text, [f for f in figs if f.role in ("count", "capacity")], each)
    capacity = any(f.role == "capacity" for f in counts)
    if capacity and not SOLD_OUT.search(text):
        return ""  # a hall that holds 120, and no full house asked
    things = [c for c in counts if c.thing not in OCCASIONS]
    times = [c for c in counts if c.thing in OCCASIONS]
    if len(things) > 1 or (price.thing == "@") == bool(things):
        return ""  # a count left over; a price of an occasion with a count of things
    if things and not _matches(price, things[0]):
        return ""
    if not things and not times:
        return ""
    count = things[0] if things else times.pop(0)
    # occasions alone counted: of a price of that occasion, or at a price each ("3 nights at
    # £80 each"), never one per something else
    alone = price.thing == "@" and count.thing in price.per
    if not things and not alone and (price.thing != "*" or price.per):
        return ""
    left = [*price.per]
    if not things:
        left.remove(count.thing) if count.thing in left else None
    left += count.per
    left += [
        m.group(1)
        for m in re.finditer(r"\bevery ([a-z]+)\b", text)
        if m.group(1) in OCCASIONS and m.group(1) not in left
    ]
    # the count's occasion, the one a full house is had in ("3 nights")
    if count.role == "capacity" and times and times[0].thing not in left:
        left.append(times[0].thing)
    steps = [(count, list(left))]
    for t in times:
        if t.thing not in left:
            return ""  # "120 tickets, 3 nights": the tickets of all of them, or of each night?
        left.remove(t.thing)
        left += t.per
        steps.append((t, list(left)))
    if left:
        return ""  # "£3 each per match" and no count of matches
    return _said(price, steps, extras)


def _counted_said(price: Fig, count: Fig) -> str:
    """A count as said in the working: "120 tickets", "4 of you plus 2 reserves, 6 in all"."""
    if count.parts:
        return " plus ".join(p.said for p in count.parts) + f", {count.value:g} in all,"
    if count.role == "capacity":
        return f"a full house of {count.said}"
    if count.thing == "?" and price.noun:
        return f"{count.said} {_plural_of(_stem(price.noun))}"
    return count.said


def _said(price: Fig, steps: list[tuple[Fig, list[str]]], extras: list[Fig]) -> str:
    """The working: the count at the price, then over each repeat, then the extras added."""
    sign = price.sign
    (count, left), *repeats = steps
    total = price.value * count.value
    per = f" a {left[0]}" if left else ""
    working = f"{_counted_said(price, count)} at {price.said} is {money(total, sign)}{per}"
    for t, left in repeats:
        total *= t.value
        per = f" a {left[0]}" if left else ""
        working += f"; over {t.said}, {money(total, sign)}{per}"
    if not extras:
        return working
    for e in extras:
        part = e.value / e.share
        if abs(part * 100 - round(part * 100)) > 1e-6:
            return ""  # a share to no whole penny
        total += part
        shared = f" between {e.share}, {money(part, sign)}" if e.share > 1 else ""
        working += f"; + {e.said}{shared}"
    return f"{working}; {money(total, sign)} all in"


# An ask that points back at figures said before it: "same again", "on top of that", "the box".
POINTED_BACK = re.compile(
    r"\bsame again\b|\bas before\b|\b(?:on top of|plus|with|add|added to|to) (?:that|those|it)\b|"
    r"\b(?:from|said) (?:before|earlier|above)\b|\babove\b|"
    r"\bthe (?:last|first|other) (?:one|sum)\b|"
    r"\balso\b|\btoo\b|\bas well\b|\bmore\b|\banother\b|\bextra\b|\binstead\b|"
    r"^\W*(?:and|so|ok|okay|but|what if|if|now|then|actually|wait)\b"
)


def says_its_own(text: str) -> bool:
    """Whether an ask says a sum of money and a count of its own ("kitty's £3 each, 4 of us plus 2
    reserves, how much for the season") and points back at nothing said before it: such an ask
    is never mended with the figures of earlier lines ("box is £14.50")."""
    text = MENTION_OR_SPACE.sub(" ", text.lower()).strip()
    figs = _figures(NUMBER_WORDS.sub(lambda m: str(WORD_NUMBERS[m.group(0)]), text))
    if not any(f.sign for f in figs) or all(f.sign for f in figs):
        return False
    return not POINTED_BACK.search(text)


MENTION_OR_SPACE = re.compile(r"@[\w.+-]+|\s+")
