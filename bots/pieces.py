"""Short pieces written to order that no occasion's stock line fits: a sign to the purpose the
message says, a few lines for a thing someone made, an introduction.

People ask a persona to WRITE something and say what it is for: "a little sign for my gate,
something like 'bees at work, please dont stand in front of the hive' but nicer", "a sign for
the window, we need more volunteers for weekdays", "a label poem for omar's jug, he's putting it
in the craft fair", "a few words i can say to introduce us at the care home, short and warm".
The piece is written, to that purpose and about that thing, in the persona's own voice (its
`#compose sign`, `#compose label` and `#compose intro` lines; plain words for one with none):
never advice on how to write one, and never a piece for another purpose. A sign's words are
the asker's own, set right ("dont" is "do not") and made polite; "and put that we have
biscuits" just after adds to the sign (`piece_added`). Told of ("i wrote a sign yesterday",
"the sign fell down", "what does the sign say?"), nothing is written.

    #compose sign, wanted: Step in and ask; we'd be right glad of you!   (after "X wanted")
    #compose sign, please: Thank you, good friends.                      (after a request)
    #compose label, maker: ... {who} hand hath wrought {thing} ...   ({who}: "Omar's", "my own";
    #compose label: Behold {thing}, wrought with care ...            {thing}: "this jug")
    #compose intro, us: ...   intro, us, group: We are {what} ...   intro, self: I am {name} ...
    #compose intro, person: ... {who}{what} ... ({what}: ", who is here to talk to us about bees")
    #compose intro, event: ... welcome to {what}!
"""

from __future__ import annotations

import re
import zlib

from bots.addressing import added_asked
from bots.asks import (
    HOW_TO,
    NOT_PASSED_A_THING,
    PAST_ASKED,
    SIGN_ASKED,
    _tagged_lines,
    occasions_of,
)
from bots.fold import folded
from bots.letters import NAMED_DAY
from bots.lexicon import a_thing
from bots.material import STOPWORDS, Index, terms
from bots.poems import LIMIT as POEM_LIMIT
from bots.poems import POEM_PLAIN, poem_asked, poem_called, poem_close, poem_fill, poem_keys
from bots.toasts import made_piece

# Asked, not told: "could you write", "we need", "give us"; not "i wrote", "did you write".
_ASKING = (
    r"(?:write|do|make|give|need|want|come up with|think of|draft|pen|compose|put together|"
    r"knock up|help (?:me|us)(?: with| write)?)"
)
# Whether it is asked at all, or only told of or wondered about.
_NOT_ASKED = folded(
    r"^\W*(?:(?:i|we|she|he|they)\s+(?:wrote|made|did|had|put|saw|read|found)|"
    r"(?:do|does|did|should|would) (?:we|i|you|u|they) (?:even )?(?:need|have|want)|"
    r"what (?:does|did|do|should) (?:the|a|our|my|your|his|her|their)\b)",
    re.IGNORECASE,
)

# ---------------------------------------------------------------------------------------------
# A sign to a purpose said.

# The words it is to say, quoted: "something like 'bees at work, please dont stand ...'".
QUOTED = re.compile(
    r"(?:^|(?<=[\s(:]))['\"\u2018\u201c](?P<q>(?:[^'\"\u2018\u2019\u201c\u201d]|(?<=\w)['\u2019]"
    r"(?=\w)){3,100}?)['\"\u2019\u201d](?=$|[\s,.!?;:)])"
)
# A purpose told beside the asking: "we need more volunteers for weekdays", "we're looking for
# helpers on saturdays".
WANTED = folded(
    r"\b(?:we|i|they|the \w+)\s*(?:'re|are|is|am|'m)?\s*(?:really |badly |desperately |always |"
    r"urgently |still )?(?:need|needs|want|wants|looking for|after|short of|crying out for)\s+"
    r"(?:(?:more|some|new|extra|a few|any|a couple of|two|three|four|five|a)\s+)?"
    r"(?P<who>(?:[a-z-]+\s+)?(?!(?:signs|notices|things|words|ideas|ones|lines|posters|"
    r"people|folks|hands|guys|days|weeks)\b)[a-z-]{3,}(?<!ss)s|staff|help|"
    r"(?<=\ba )(?:new )?[a-z-]{3,}(?:er|or|ist|ian))\b"
    r"(?P<rest>(?:\s+(?:for|on|at|in|of|who|with|from|this|next|every)\b[^.?!,;]{1,50})?)",
    re.IGNORECASE,
)
# Closed or open at a time told: "we're closed monday", "the shop is shut until june".
HOURS = folded(
    r"\b(?:we|the \w+|it)\s*(?:'re|are|is|will be|'ll be|'s)\s+(?P<how>closed|shut|open)\b"
    r"(?P<rest>[^.?!,;]{0,50})",
    re.IGNORECASE,
)
# When it is closed or open: "on monday", "until june", "till 8", "over christmas".
_WHEN_SAID = folded(
    r"\s*(?:on|until|till|til|from|at|for|today|tomorrow|tonight|this|next|every|over|all|again|"
    r"as usual|between|late|early|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b",
    re.IGNORECASE,
)
# A price told: "the honey is £5 a jar", "plants are £2 each".
PRICED = folded(
    r"(?:^|[,.;:]\s*|\b(?:saying|says)\s+)(?:the\s+|our\s+|my\s+)?(?P<what>[a-z][a-z ]{1,25}?)\s+"
    r"(?:is|are|'s)\s+(?:only\s+|just\s+)?(?P<price>£\d+(?:\.\d\d)?(?:\s+(?:a|per|each)"
    r"(?:\s+[a-z]+)?)?|\d+p(?:\s+(?:a|per|each)(?:\s+[a-z]+)?)?)(?=\s*(?:$|[,.;!?]))",
    re.IGNORECASE,
)
# A thing people keep doing that the sign is to stop: "people keep parking across my drive".
_STOPPED = (
    r"parking|leaving|dumping|fly-?tipping|littering|smoking|vaping|blocking|letting|feeding|"
    r"walking|cycling|riding|sitting|standing|touching|dropping|throwing|putting|using|bringing|"
    r"ringing|knocking|banging|slamming|shouting|playing|climbing|picking|chaining|locking|tying|"
    r"spitting|eating|drinking|running|skating|skateboarding|camping|fishing|speeding|taking"
)
KEEP_DOING = folded(
    r"\b(?:people|folk|someone|kids|everyone|customers|visitors|drivers|dog owners)\s+"
    rf"(?:keep|keeps|always|are always|will keep)\s+(?P<doing>(?:{_STOPPED})\b[^.?!,;]{{0,50}})|"
    r"\b(?:to stop|stopping|to keep|(?:to |that )?(?:makes?|gets?))\s+(?:people|folk|kids|everyone|"
    r"customers|visitors|drivers)\s+(?:to\s+)?(?:stop\s+)?(?:from\s+)?"
    rf"(?P<stop>(?:{_STOPPED})\b[^.?!,;]{{0,50}})",
    re.IGNORECASE,
)
# Asking people to do or not to do a thing: "asking people not to park on the verge".
BIDDING = folded(
    r"\b(?:asking|telling|reminding|to ask|to tell|to remind)\s+(?:people|everyone|folk|"
    r"customers|visitors|guests|kids|parents|dog owners|drivers|cyclists|walkers)\s+"
    r"(?P<not>not\s+)?to\s+(?P<do>[^.?!,;]{3,60})",
    re.IGNORECASE,
)
# The end of what is said for a sign: a please, a "but nicer", a "something like that".
_TAIL = folded(
    r"\s*(?:\bplease\b|\bpls\b|\bplz\b|\bthanks\b|\bta\b|\bor something\b|\blol\b|\bx+\b|"
    r"\bif you can\b|\bsomething like that\b|\bbut (?:nicer|nicely|politer|kinder|friendlier|"
    r"nice|polite|funny|funnier)\b|\bthat'?d\b.*|\bsomething that\b.*|\bso (?:people|they)\b.*)"
    r"+\W*$",
    re.IGNORECASE,
)
# The writer's words set right for a sign: "dont" is "do not".
_SET_RIGHT = {
    "dont": "do not",
    "don't": "do not",
    "cant": "cannot",
    "can't": "cannot",
    "wont": "will not",
    "won't": "will not",
    "isnt": "is not",
    "arent": "are not",
    "pls": "please",
    "plz": "please",
    "u": "you",
    "ur": "your",
    "im": "I'm",
    "i": "I",
    "ive": "I've",
    "theyre": "they're",
    "thx": "thanks",
}


def _set_right(words: str) -> str:
    """The asker's words as a sign says them: "please dont stand" is "please do not stand",
    days with a capital; their "their" and "them" are the reader's."""
    out = []
    for word in words.split():
        core = word.rstrip(",.!?;:")
        out.append(_SET_RIGHT.get(core.lower(), core) + word[len(core) :])
    said = " ".join(out)
    said = re.sub(r"\btheir\b", "your", said, flags=re.IGNORECASE)
    said = re.sub(r"\bthemselves\b", "yourselves", said, flags=re.IGNORECASE)
    said = _DAYS.sub(lambda day: day.group(0).capitalize(), said)
    said = re.sub(r"\b(?:christmas|easter|new year'?s?)\b", lambda m: m.group(0).title(), said)
    return NAMED_DAY.sub(lambda day: day.group(0).capitalize(), said)


_DAYS = folded(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days\b", re.IGNORECASE)


def _sentence(words: str, end: str = ".") -> str:
    words = words.strip(" ,;:-")
    if not words:
        return ""
    words = words[:1].upper() + words[1:]
    return words if words[-1] in ".!?" else f"{words}{end}"


def _polite(clause: str) -> str:
    """A clause that bids or forbids, asked politely: "do not stand there" is "Please do not
    stand there"; "no ball games" is "No ball games, please"."""
    low = clause.lower()
    if re.match(r"(?:please|kindly|thank)\b", low):
        return clause
    if re.match(
        r"(?:do not|don't|never|mind|keep|close|shut|wipe|take|leave|park|stand|"
        r"watch|beware|be careful|stay|use|knock|ring|mind)\b",
        low,
    ):
        return f"please {clause}"
    if re.match(r"no\b", low):
        return f"{clause}, please"
    return clause


def as_sign(words: str) -> tuple[str, str]:
    """The asker's own words for a sign set as one ("road closed, party on, cars go round":
    "Road closed! Party on. Cars go round."), each clause that bids or forbids asked politely,
    and its sort ("please" when it bids, else "told"); ("", "") when none, or too long."""
    said = _set_right(_TAIL.sub("", words))
    clauses = [c.strip() for c in re.split(r"\s*[,;:.!]\s*", said) if c.strip()]
    if not clauses or len(said.split()) > 16:
        return "", ""
    bids = any(re.match(r"(?:please|kindly|do not|no|keep|mind)\b", c, re.I) for c in clauses)
    # ("but nicer": what it forbids is asked politely)
    clauses = [_polite(c) for c in clauses]
    sign = " ".join(
        _sentence(c, "!" if i == 0 and len(clauses) > 1 else ".") for i, c in enumerate(clauses)
    )
    return sign, "please" if bids else "told"


def sign_purpose(text: str) -> tuple[str, str]:
    """What a sign asked for is to say, and its sort ("please": it bids or forbids; "stop": it
    stops what people keep doing; "wanted": people wanted; "told": news), read from the purpose
    `text` says: its quoted words, people asked (not) to do a thing, people wanted, hours, a
    price, a thing people keep doing. ("", "") when it says no purpose, or is no sign asked."""
    if not SIGN_ASKED.search(text) or HOW_TO.match(text) or PAST_ASKED.match(text):
        return "", ""
    if _NOT_ASKED.match(text):
        return "", ""
    after = text[SIGN_ASKED.search(text).start() :]
    if quoted := QUOTED.search(after):
        return as_sign(quoted.group("q"))
    if bid := BIDDING.search(after):
        do = _set_right(_TAIL.sub("", bid.group("do")))
        if len(do.split()) > 10:
            return "", ""
        return _sentence(f"please {'do not ' if bid.group('not') else ''}{do}"), "please"
    if wanted := WANTED.search(text):
        who = re.sub(r"^new\s+", "", wanted.group("who").strip(), flags=re.IGNORECASE)
        rest = _set_right(_TAIL.sub("", wanted.group("rest") or "")).strip()
        if of := re.match(r"of\s+(.+?)(?=\s+(?:for|on|at|in|with|from|this|next|every)\b|$)", rest):
            who, rest = f"{who} {of.group(0)}", rest[of.end() :].strip()  # "donations of tins"
        if re.match(r"(?:to|who)\b", rest, re.I):
            rest = ""  # ("volunteers to help us out": wanted, and the sign says no more)
        return _sentence(f"{who} wanted {rest}".strip(), "!"), "wanted"
    hours = HOURS.search(text)
    if hours and _WHEN_SAID.match(hours.group("rest")):
        rest = _set_right(_TAIL.sub("", hours.group("rest"))).strip()
        if rest and NAMED_DAY.match(rest):
            rest = f"on {rest}"
        return _sentence(f"{hours.group('how').lower()} {rest}".strip()), "told"
    if price := PRICED.search(after):
        return _sentence(f"{price.group('what')}: {price.group('price')}"), "told"
    if keep := KEEP_DOING.search(text):
        doing = _set_right(_TAIL.sub("", keep.group("doing") or keep.group("stop")))
        # ("people keep parking across it": no parking here, the sign being there)
        doing = re.sub(r"^(\w+ing)\s+(?:\w+\s+)?(?:it|them|there)$", r"\1 here", doing)
        if len(doing.split()) > 8:
            return "", ""
        return _sentence(f"no {doing}, please"), "stop"
    return "", ""


# A sign asked in a manner only ("something welcoming", "nothing too formal", "a friendly sign"):
# the manner is how it is written, never words on it; it welcomes people to the place it is for.
WELCOMING = folded(
    r"\b(?:something|smth|sth|make it|keep it|nice and|a bit|quite|very|really|more)\s+"
    r"(?:welcoming|friendly|warm|inviting|cheerful|cheery)\b|"
    r"\b(?:nothing|not) too (?:formal|stiff|posh|serious|official)\b|"
    r"\b(?:welcoming|friendly|warm|inviting|cheery|cheerful|welcome)\s+(?:little\s+)?"
    r"(?:sign|notice)\b",
    re.IGNORECASE,
)
_WELCOME_PLACES = (
    r"exhibition|show|fete|fair|open day|open studio|party|event|shop|cafe|café|stall|gallery|"
    r"studio|market|sale|launch|library|hall|centre|center|museum|workshop|class|club|pub|bar|"
    r"office|salon|bakery|classroom|church|clubhouse|hut|shed|allotment|garden|exhibit|display"
)
WELCOMED_TO = folded(
    r"\b(?:for|on) (?:the |our |my )?(?:front |back |main |side )?(?:door|doors|entrance|gate|"
    r"window|wall|table|desk) (?:of|to|at|for) (?P<at>(?:the|our|my|this) (?:[\w'-]+ ){0,2}?"
    rf"(?:{_WELCOME_PLACES}))\b|"
    r"\b(?:for|at|outside|on) (?P<place>(?:the|our|my|this) (?:[\w'-]+ ){0,2}?"
    rf"(?:{_WELCOME_PLACES}))\b",
    re.IGNORECASE,
)


SIGN_WORD = folded(r"\b(?:sign|notice)", re.IGNORECASE)


def sign_welcome(text: str) -> dict[str, str]:
    """The fields of a sign asked in a welcoming manner with no purpose said ("a short sign for
    the door of the exhibition? something welcoming"): `what` it welcomes people to ("the
    exhibition"), when said; {} when no such sign is asked."""
    if not SIGN_WORD.search(text) or not WELCOMING.search(text) or not SIGN_ASKED.search(text):
        return {}
    if HOW_TO.match(text) or PAST_ASKED.match(text) or _NOT_ASKED.match(text):
        return {}
    if sign_purpose(text)[0]:
        return {}
    place = WELCOMED_TO.search(text)
    what = (place.group("at") or place.group("place")).lower() if place else ""
    return {"what": re.sub(r"^this\b", "the", what)} if what else {"what": ""}


# ---------------------------------------------------------------------------------------------
# A few lines for a thing someone made.

# Things made by hand that a few lines are asked for (a sale label, a show entry, a gift).
_MADE_THINGS = (
    r"jugs?|mugs?|vases?|bowls?|pots?|teapots?|plates?|platters?|quilts?|blankets?|"
    r"scarf|scarves|scarfs|hats?|jumpers?|sweaters?|cardigans?|socks|gloves|mittens|cushions?|"
    r"rugs?|bags?|totes?|baskets?|bird ?houses?|bird ?box(?:es)?|benches|bench|tables?|stools?|"
    r"(?:trinket|jewellery|jewelry|keepsake|wooden|memory) box(?:es)?|clocks?|lamps?|candles?|"
    r"soaps?|paintings?|drawings?|sketches|"
    r"sketch|sculptures?|carvings?|necklaces?|earrings|bracelets?|brooch(?:es)?|wreaths?|"
    r"aprons?|tea ?towels?|coasters?|spoons?|chopping boards?|planters?|bunting|patchwork|"
    r"embroidery|tapestry|tapestries|teddy|teddies|teddy bears?|dolls?|kites?|mirrors?|"
    r"frames?|doorstops?|jewellery|jewelry|pottery|ceramics|wood ?carvings?|chairs?|shelf|"
    r"shelves|birdbaths?|weathervanes?|mosaics?|stained glass|quilted \w+"
)
_VERSE_KINDS = (
    r"label poems?|poems?|verses?|rhymes?|ditty|ditties|little rhymes?|couplets?|labels?|"
    r"tags?|few lines|couple of lines|(?:two|three|four|2|3|4) lines|lines|something short|"
    r"little something"
)
LABEL_ASKED = folded(
    rf"\b{_ASKING}\b(?:\s+(?:me|us|him|her|them))?\s+(?:[\w'-]+\s+){{0,4}}?"
    rf"(?P<kind>{_VERSE_KINDS})\b[^.?!]{{0,24}}?"
    r"\b(?:for|on|about|to go (?:on|with)|to put (?:on|with)|to go in|to sit (?:by|with))\s+"
    r"(?:the (?:label|tag|card) (?:on|for) )?"
    r"(?P<owner>(?:(?:the|my|our|his|her|their|this|these|a|an|some)\s+)?(?:[a-z]+'s?\s+)?)"
    r"(?:(?:new|little|big|lovely|first|last|handmade|hand-made|home-?made|knitted|wooden|"
    r"ceramic|clay|glass|blue|green|red|old|best|patchwork|painted|carved|raffle|"
    r"[a-z]+-?made)\s+){0,2}"
    rf"(?P<thing>{_MADE_THINGS})\b(?!\s*(?:'s|of|shop|class|club|maker|makers|fair)\b)",
    re.IGNORECASE,
)
# Said of the making, or of where it is shown or sold: who made it is named in its lines.
_MADE_SAID = folded(
    r"\b(?:made|makes|making|built|knitted|knit|sewn|sewed|stitched|painted|carved|crafted|"
    r"threw|thrown|fired|firing|turned|glazed|finished|designed|selling|sell|sold|craft fair|"
    r"fair|market|stall|show|exhibition|fete|raffle|auction)\b",
    re.IGNORECASE,
)
# An occasion the lines are for, written elsewhere (bots/compose.py, bots/cards.py).
OCCASIONED = folded(
    r"\b(?:in (?:loving )?memory|memorial|remembrance|passed away|late (?:husband|wife|mum|dad|"
    r"nan|grandad|friend)|birthday|bday|wedding|anniversary|retir\w*|get well|leaving|"
    r"christening|funeral|valentine'?s?|mother'?s day|father'?s day|\d+(?:st|nd|rd|th))\b",
    re.IGNORECASE,
)
# Who made it, said after it: "the quilt i made", "the bench we built".
MADE_BY = folded(
    r"\s+(?:that |which )?(?P<by>i|we|(?:my|our) [a-z]+)(?:'ve| have| has)?\s+(?:just |finally )?"
    r"(?:made|built|knitted|sewed|sewn|painted|carved|crafted|did|stitched|threw|designed)\b",
    re.IGNORECASE,
)
_PLURAL = folded(r"(?:s|es|bunting|pottery|ceramics|jewellery|jewelry|embroidery)$", re.I)
_SINGULAR_S = frozenset(["glass", "patchwork", "stained glass"])


def label_asked(text: str) -> dict[str, str]:
    """The fields of a few lines asked for a thing made (`LABEL_ASKED`): `thing` ("this jug",
    "these scarves") and `who` made it ("Omar's", "my own"; only when its making or its sale is
    said); {} when none is asked."""
    if HOW_TO.match(text) or PAST_ASKED.match(text) or _NOT_ASKED.match(text):
        return {}
    found = LABEL_ASKED.search(text)
    if not found or OCCASIONED.search(text):
        return {}  # (a bench in memory of dad, a mug for a birthday: words for the occasion)
    thing = re.sub(r"\s+", " ", found.group("thing").lower())
    many = bool(_PLURAL.search(thing)) and thing not in _SINGULAR_S and not thing.endswith("ss")
    many = many and thing not in ("bunting", "pottery", "ceramics", "jewellery", "jewelry")
    many = many and thing not in ("embroidery", "patchwork")
    fields = {"thing": f"{'these' if many else 'this'} {thing}"}
    owner = found.group("owner").lower().strip()
    made_by = MADE_BY.match(text[found.end() :])
    if made_by:
        by = made_by.group("by").lower()
        fields["who"] = {"i": "my own", "we": "our own"}.get(by, f"{by}'s")
    elif _MADE_SAID.search(text):
        owned = re.fullmatch(r"(?:(my|our|his|her|their|the)\s+)?([a-z]+)'s?", owner)
        if owned and owned.group(2) not in ("this", "these", "its"):
            whose = f"{owned.group(2).capitalize()}'s" if not owned.group(1) else f"{owner}"
            fields["who"] = whose if whose.endswith("'s") else f"{whose}'s"
        elif owner == "my":
            fields["who"] = "my own"
        elif owner == "our":
            fields["who"] = "our own"
    return fields


# ---------------------------------------------------------------------------------------------
# An introduction.

_INTRO_NOT = (
    r"songs?|tracks?|essays?|chapters?|books?|stories|story|thesis|dissertation|reports?|"
    r"videos?|podcasts?|blogs?|emails?|novels?|papers?|course|class|module|lesson|music|piano|"
    r"guitar|physics|chemistry|coding|python|programming"
)
INTRO_ASKED = folded(
    rf"\b{_ASKING}\b(?:\s+(?:me|us))?\s+(?:(?:a|an|the|some|my|our|quick|short|little|warm|"
    r"nice|few|brief|friendly|good)\s+)*(?:intro|introduction)s?\b"
    rf"(?!\s+(?:to|for|on|of)\s+(?:the\s+|a\s+|my\s+|our\s+)?(?:{_INTRO_NOT})\b)|"
    r"\b(?:a few words|some words|something|a line|a couple of lines|a little something|words|"
    r"a short speech|a little speech)(?:\s+(?:short|quick|brief|warm|nice|simple|little|"
    r"friendly))*\s+(?:(?:i|we)\s+(?:can|could|might)\s+(?:say|use|read)\s+)?"
    r"(?:to|for|when i|when we)\s+introduc(?:e|ing)\b|"
    r"\bhelp (?:me|us) introduce\b",
    re.IGNORECASE,
)
_US = folded(
    r"\bintroduc\w*\s+(?:us|ourselves)\b|\b(?:intro|introduction)\s+(?:for|of)\s+(?:us|"
    r"ourselves)\b|\bintroduc\w*\s+(?:(?P<the>the)|our)\s+(?P<group>(?:[\w-]+\s+){0,2}?(?:group|choir|"
    r"band|club|team|society|troupe|orchestra|ensemble|quartet|trio|duo|singers|players|"
    r"dancers|ringers|circle))\b",
    re.IGNORECASE,
)
_SELF = folded(
    r"\bintroduc\w*\s+(?:me|myself)\b(?!\s+to\b)|\b(?:intro|introduction)\s+(?:for|of|about)\s+"
    r"(?:me|myself)\b|\bself[- ]intro",
    re.IGNORECASE,
)
_TITLES = {
    "dr": "Dr",
    "mr": "Mr",
    "mrs": "Mrs",
    "ms": "Ms",
    "miss": "Miss",
    "prof": "Professor",
    "professor": "Professor",
    "rev": "Reverend",
    "reverend": "Reverend",
    "sir": "Sir",
}
_ROLE = (
    r"(?:guest\s+)?(?:speaker|author|guest|visitor|headliner|performer|poet|vicar|mayor|"
    r"councillor|chair|host|new (?:member|volunteer|starter|vicar|teacher|coach|manager|boss))"
)
_NAME = (
    r"(?:(?:dr|mr|mrs|ms|miss|prof|professor|rev|reverend|sir)\.?\s+)?"
    r"(?!(?:us|me|myself|ourselves|the|our|my|a|an|it|them|him|her|everyone|people|this|that|"
    r"at|to|for|in|on|tonight|today|tomorrow|and|who|when|short|warm|please|pls|you|yourself)\b)"
    r"[a-z][a-z'-]+(?:\s+(?!(?:at|to|for|in|on|who|tonight|today|tomorrow|and|she|he|they|"
    r"short|warm|please|pls|is|will|was|its|it's|from|with|before|after|next|this|who's|"
    r"whos|joining|coming|starting|as|our|the|a)\b)[a-z][a-z'-]+)?"
)
_PERSON = folded(
    r"\b(?:introduc\w*|intro(?:duction)?\s+(?:for|of))\s+(?:"
    rf"(?:(?:our|the|my|tonight'?s|today'?s)\s+)?(?P<role>{_ROLE})\b"
    r"(?:\s+(?:tonight|today|this evening|this afternoon|next week|on \w+day))?,?\s*"
    rf"(?P<named>{_NAME})?|"
    r"(?:(?:my|our)\s+)?(?:friend|mate|colleague|neighbou?r|sister|brother|cousin|son|daughter|"
    rf"mum|dad|nan|grandad|auntie|aunt|uncle|husband|wife|partner)(?:\s+(?P<kin>{_NAME}))?|"
    rf"(?P<name>{_NAME}))",
    re.IGNORECASE,
)
_ABOUT = folded(
    r"\b(?:talking|speaking|talk|speak|here to talk|giving a talk|going to talk)\s+"
    r"(?:to us\s+)?(?:about|on)\s+(?P<about>[^.?!,;]{2,40}?)(?=\s*(?:$|[.?!,;]|\b(?:at|tonight|"
    r"today|tomorrow|pls|please|and|so|short|warm)\b))",
    re.IGNORECASE,
)
_EVENT_INTRO = folded(
    r"\b(?:intro|introduction|introduce)\s+(?:for|to)?\s*(?:the|our|tonight'?s|today'?s|this)\s+"
    r"(?P<what>(?:[\w-]+\s+){0,2}(?:night|evening|concert|show|quiz|talk|meeting|event|fete|"
    r"fair|party|gig|recital|open day|service|ceremony|match|raffle|auction|festival))\b",
    re.IGNORECASE,
)
_NOT_NAMES = frozenset(
    [
        "new",
        "old",
        "first",
        "last",
        "guest",
        "someone",
        "somebody",
        "anyone",
        "everybody",
        "people",
        "group",
        "choir",
        "band",
        "club",
        "team",
        "speaker",
        "each",
        "you",
        "yourself",
        "him",
        "her",
        "them",
        "all",
        "a",
        "few",
        "some",
        "words",
    ]
)


def _named(words: list[str]) -> bool:
    """Whether `words` may be a person's name said bare ("sam", "jo bloggs"): no common word,
    nothing a thing is called."""
    return all(w not in STOPWORDS and not any(a_thing(t) for t in terms(w)) for w in words)


def intro_asked(text: str) -> dict[str, str]:
    """Who an introduction asked for is of: {"whom": "us"} (with `what`, "the ukulele group",
    when said), "self", a "person" (`who`: "Dr Patel", and `what`, what they speak on), or an
    "event" (`what`: "the quiz night"); {} when no introduction is asked."""
    if HOW_TO.match(text) or PAST_ASKED.match(text) or _NOT_ASKED.match(text):
        return {}
    if not INTRO_ASKED.search(text) or "grief" in occasions_of(text):
        return {}  # (a welcome is no word at a wake: lines in memory, `written_asked`)
    if (us := _US.search(text)) and us.group("the"):
        return {"whom": "person", "who": f"the {us.group('group').lower()}"}
    if us:
        fields = {"whom": "us"}
        if us.group("group"):
            fields["what"] = f"the {us.group('group').lower()}"
        return fields
    if _SELF.search(text):
        return {"whom": "self"}
    if event := _EVENT_INTRO.search(text):
        return {"whom": "event", "what": f"the {event.group('what').lower()}"}
    person = _PERSON.search(text)
    if person:
        bare = person.group("name") or ""
        name = (bare or person.group("named") or person.group("kin") or "").strip()
        words = name.lower().replace(".", "").split()
        if words and words[0] in _TITLES:
            who = " ".join([_TITLES[words[0]], *(w.capitalize() for w in words[1:])])
        elif words and not _NOT_NAMES & set(words) and not NAMED_DAY.search(name):
            who = " ".join(w.capitalize() for w in words)
        else:
            who = ""
        if who and bare and not _named(words):
            who = ""  # ("an intro for presentation slides": no one to introduce)
        if not who and not person.group("role") and not bare and not person.group("kin"):
            whose = re.search(r"(my|our)\s+(\w+)\s*$", text[: person.end()], re.IGNORECASE)
            who = f"{whose.group(1).lower()} {whose.group(2).lower()}" if whose else ""
        role = (person.group("role") or "").lower()
        if who or role:
            fields = {"whom": "person", "who": who or f"our {role}"}
            if about := _ABOUT.search(text):
                fields["what"] = about.group("about").strip().lower()
            return fields
    if re.search(r"\b(?:care home|hospital|school|church|hall|assembly|home)\b", text, re.I):
        return {"whom": "us"}  # ("a few words to say when we start at the care home")
    return {}


# ---------------------------------------------------------------------------------------------
# The pieces, in the persona's words.

# Plain words for a persona with no lines of its own for a piece.
PLAIN = {
    "sign, please": ("Thank you!",),
    "sign, wanted": ("Please ask inside; we'd love to hear from you.",),
    "sign, told": ("Thank you.",),
    "sign, welcome, place": ("Welcome to {what}! Come on in, take your time, and enjoy.",),
    "sign, welcome": ("Welcome! Come on in, take your time, and enjoy.",),
    "label, maker": (
        "Made by {who} hand, with time and care: there is nothing quite like {thing}.",
    ),
    "label": ("Made with time and care: there is nothing quite like {thing}.",),
    "intro, us": (
        "Hello, everyone! We're so glad to be here with you today. Sit back, join in "
        "if you like, and enjoy.",
    ),
    "intro, us, group": (
        "Hello, everyone! We're {what}, and we're so glad to be here with "
        "you today. Sit back, join in if you like, and enjoy.",
    ),
    "intro, self": (
        "Hello, everyone! I'm {name}, and I'm so glad to be here; I look forward "
        "to getting to know you all.",
    ),
    "intro, person": (
        "Please give a warm welcome to {who}{what}; we're so glad to have you with us.",
    ),
    "intro, event": (
        "Good evening, everyone, and welcome to {what}! We're so glad you could come.",
    ),
    **POEM_PLAIN,
}
# What each piece is called in the offer ("For the sign, Nadia, in my best hand:").
CALLED = {"sign": "sign", "label": "label", "intro": "introduction"}
LIMIT = 300


def piece_asked(text: str) -> str:
    """The kind of piece `text` asks for here: "sign" (to a purpose it says), "label" (a few
    lines for a thing made), "poem" (verse on a told topic) or "intro"; "" when it asks none of
    these."""
    if sign_purpose(text)[0]:
        return "sign"
    if sign_welcome(text):
        return "welcome"
    if label_asked(text):
        return "label"
    if poem_asked(text):
        return "poem"
    if intro_asked(text):
        return "intro"
    return ""


def _own(index: Index, key: str) -> list[str]:
    """Its `#compose` lines of exactly the names `key` ("intro, us"), else the plain ones."""
    names = tuple(n.strip() for n in key.split(","))
    own = [
        line.text for line in _tagged_lines(index.tagged.get("compose", ())) if line.names == names
    ]
    return own or list(PLAIN.get(key, ()))


def sign_closes(index: Index) -> list[str]:
    """Every close its signs may end with (`#compose sign` lines, else the plain ones)."""
    return [
        close for sort in ("please", "wanted", "told") for close in _own(index, f"sign, {sort}")
    ]


def _filled(line: str, fields: dict[str, str]) -> str:
    """A line with its fields put in; {name} is left for the engine (the asker's name)."""
    return re.sub(r"\{(\w+)\}", lambda m: fields.get(m.group(1), m.group(0)), line)


def piece_added(text: str) -> str:
    """What `text` asks added to a sign just written (`added_asked`), set as a sentence ("We
    have biscuits."), or ""."""
    add = added_asked(text)
    return _sentence(_set_right(add)) if add else ""


def piece(index: Index, text: str, added: str = "") -> tuple[str, dict[str, str], str] | None:
    """The piece `text` asks for (`piece_asked`), written in the persona's own words: the
    opener's tag, its fields, and the piece quoted; `added` (a follow-up's "we have biscuits")
    said in a sign before its close. None when it asks none."""
    kind = piece_asked(text)
    if not kind:
        return None
    seed = zlib.crc32(text.lower().encode())
    tag = "carded" if index.tagged.get("carded") else "offer"
    if kind == "sign":
        said, sort = sign_purpose(text)
        closes = _own(index, f"sign, {'please' if sort == 'stop' else sort}")
        close = closes[seed % len(closes)] if closes else ""
        body = f"{said} {added}".strip()
        written = f"{body} {close}".strip() if len(body) + len(close) < LIMIT else body
        called = "notice" if re.search(r"\bnotice\b", text, re.IGNORECASE) else CALLED[kind]
        return (tag, {"what": called}, f'"{written}"')
    if kind == "welcome":
        fields = sign_welcome(text)
        lines = _own(index, "sign, welcome, place" if fields["what"] else "sign, welcome")
        written = _filled(lines[seed % len(lines)], fields)
        called = "notice" if re.search(r"\bnotice\b", text, re.IGNORECASE) else "sign"
        return (tag, {"what": called}, f'"{written}"')
    if kind == "poem":
        fields = poem_asked(text)
        lines = next((found for key in poem_keys(fields) if (found := _own(index, key))), [])
        written = poem_fill(lines[seed % len(lines)], fields)
        if len(written) > POEM_LIMIT:
            written = " / ".join(written.split(" / ")[:2])  # (its first couplet, to fit a reply)
        elif written.count(" / ") < 2:
            # (two lines on a topic: a second couplet on its own words, when there is room)
            close = poem_close(index, fields, seed, POEM_LIMIT - len(written))
            written = f"{written} / {close}" if close else written
        return (tag, {"what": poem_called(fields)}, f'"{written}"')
    if kind == "label":
        fields = label_asked(text)
        lines = _own(index, "label, maker") if "who" in fields else []
        lines = lines or _own(index, "label")
        written = _filled(lines[seed % len(lines)], fields)
        return (tag, {"what": CALLED[kind]}, f'"{written}"')
    fields = intro_asked(text)
    key = f"intro, {fields['whom']}" + (
        ", group" if fields.get("whom") == "us" and "what" in fields else ""
    )
    if fields["whom"] == "person":
        # (what they speak on said after their name: "Dr Osei, who is here to talk to us about
        # bees")
        about = fields.get("what")
        fields["what"] = f", who is here to talk to us about {about}" if about else ""
    lines = _own(index, key)
    written = _filled(lines[seed % len(lines)], fields)
    return (tag, {"what": CALLED[kind]}, f'"{written}"')


# ---------------------------------------------------------------------------------------------
# Pieces the stock readings got wrong (write61): a sign-off (words that close a show, a letter,
# a shift; never a sign to put up), a sign whose asker quoted words they do not want, a few
# lines for one who died (a short elegy with the name), a congratulations for a thing passed
# (what was passed, said), a toast for a thing's years (the number, the thing). Each is written
# from a bank of forms per kind (`#compose signoff, show`, `#compose elegy`, `#compose cheer,
# passed`, `#compose yearstoast`, `#compose stopsign, sale`; plain ones for a persona with none)
# with only a name, a number or a thing put in; never a run of three words of the asking.

_WRITE = (
    r"(?:write|do|make|give|need|want|come up with|think of|draft|pen|compose|put together|"
    r"knock up|got|suggest|help (?:me|us)(?: with| write)?|any ideas? for|whats|what's|what is)"
    # (not "do you like your steak well done", "do they toast the bread")
    r"(?!\s+(?:you|u|ya|we|i|they|he|she|it|people|anyone|someone)\b)"
)
# A sign-off asked: "a little sign off for the end of the show", "a signoff for my newsletter",
# "something to sign off the podcast with"; never "he signed off sick", "sign off on the budget".
SIGNOFF_ASKED = folded(
    rf"\b{_WRITE}\b(?:\s+(?:me|us))?\s+(?:[\w'-]+\s+){{0,4}}?sign[- ]?offs?\b(?!\s+on\b)|"
    r"\b(?:something|words|a line|lines|a few words|a verse|a rhyme)\s+(?:i|we)?\s*"
    r"(?:(?:can|could)\s+)?(?:to\s+)?sign\s+off\s+(?:with|on|the|our|my)\b|"
    r"^\W*(?:(?:ok|so|and|also|hey|quick one)\W+){0,2}(?:an?\s+)?(?:[\w'-]+\s+){0,2}?"
    r"sign[- ]?offs?\s+(?:for|to)\b",
    re.IGNORECASE,
)
# What a sign-off closes: a night on the wards, a show, a letter, a shift.
_SIGNOFF_FOR = {
    "ward": folded(r"\b(?:wards?|hospital|patients?|beds?|hospice|care home|nurses?)\b", re.I),
    "show": folded(
        r"\b(?:shows?|radio|broadcasts?|podcasts?|programmes?|programs?|streams?|episodes?|"
        r"listeners?|viewers?|station|set|gig|quiz)\b",
        re.I,
    ),
    "letter": folded(
        r"\b(?:letters?|e-?mails?|newsletters?|blogs?|posts?|notes?|bulletins?|column)\b", re.I
    ),
}
# A sign with words the asker does not want: '"everything must go" is boring', 'not "sale"'.
_DULL = (
    r"boring|dull|naff|bland|rubbish|lame|meh|tired|overdone|cliched?|clichéd|corny|plain|"
    r"generic|done to death|old hat|too obvious|obvious|crap|pants|stale|samey"
)
_REJECTED_AFTER = folded(
    r"\s*(?:is|'s|sounds|feels|seems|looks|was|reads)\s+(?:so |too |a bit |really |well |kinda |"
    r"kind of |dead |just |way too |pretty )*(?:" + _DULL + r")\b",
    re.IGNORECASE,
)
_REJECTED_BEFORE = folded(
    r"\b(?:not|instead of|better than|other than|more than|rather than|apart from|sick of|"
    r"bored of|bored with|tired of|no more|anything but|not just|not another)\s*$",
    re.IGNORECASE,
)
_UNQUOTED_DULL = folded(
    r"(?:^|[,.;:!?]\s*|\bsomething\b[^,.;:!?]*?[,;]\s*)(?P<q>[a-z][a-z' ]{2,40}?)"
    + r"(?="
    + _REJECTED_AFTER.pattern
    + r")",
    re.IGNORECASE,
)
_SALE_SAID = folded(
    r"\b(?:sale|sales|selling|sell|stall|car ?boot|jumble|bric-?a-?brac|market|fete|fair|"
    r"bargains?|garage sale|yard sale|clearance|table top|tabletop|stock|shop|prices?)\b",
    re.IGNORECASE,
)
_BAKE_SAID = folded(
    r"\b(?:bake|bakes|baking|cakes?|cupcakes?|brownies|biscuits|cookies|scones|bakery|"
    r"traybakes?|pastries|bread)\b",
    re.IGNORECASE,
)
# A sign asked to catch the eye: "something that makes people stop", "eye-catching".
_ATTENTION = folded(
    r"\b(?:stop|stops|grab|grabs|eye-?catching|stand out|stands out|catchy|catch (?:the|people'?s|"
    r"their) eyes?|attention|pulls? (?:people|them|folk) in|draws? (?:people|them|folk) in|fun|"
    r"funny|exciting|punchy|snappy|jazzy|bold|loud|turn heads|heads turn)\b",
    re.IGNORECASE,
)
# Words told of a death: "pepper died last night", "mr patel passed away", "we lost biscuit".
_PETS = (
    r"dog|cat|pig|horse|pony|rabbit|bunny|hamster|guinea pig|budgie|parrot|tortoise|goldfish|"
    r"fish|hen|chicken|puppy|kitten|ferret|rat|mouse|gerbil|boy|girl"
)
_KIN = (
    r"dad|mum|mom|nan|nana|gran|granny|grandad|grandpa|grandma|wife|husband|son|daughter|"
    r"sister|brother|friend|aunt|auntie|uncle|cousin|partner"
)
_DIED = folded(
    rf"\b(?:died|passed away|passed on|has passed{NOT_PASSED_A_THING}|put (?:down|to sleep)|"
    r"rainbow bridge|"
    r"lost (?:our|my|her|his|their) (?:(?:old|dear|beloved|lovely|little|poor)\s+)?"
    rf"(?:{_PETS}|{_KIN})\b|rip\b(?![-‐]| off\b)|r\.i\.p|funeral|no longer with us)",
    re.IGNORECASE,
)
# One near death, alive: "my dying mum", "she's terminally ill", "terminal cancer".
_DYING = folded(
    rf"\b(?:my|our|his|her|their|a|the) (?:dying|terminally ill) (?:{_PETS}|{_KIN})\b|"
    r"\bterminally ill\b|\bterminal (?:cancer|illness|diagnosis)\b|\bdying of\b|"
    r"\b(?:is|she'?s|he'?s) dying\b",
    re.IGNORECASE,
)
# Things that "die" and are mourned in no elegy: "my phone died", "the bike died on the hill".
_THING_DIED = folded(
    r"\b(?:phone|mobile|battery|laptop|computer|pc|tablet|ipad|kindle|bike|car|van|engine|"
    r"motor|boiler|kettle|fridge|freezer|tv|telly|printer|router|wifi|internet|console|xbox|"
    r"playstation|headphones|earbuds|charger|watch|camera|mower|hoover|vacuum|washing machine|"
    r"dishwasher|oven|microwave|scooter|torch|radio|speaker|plants?|sourdough|starter|joke|"
    r"party|vibe|conversation|chat|thread|dream|diet|career|business|project|game|server|"
    r"signal|lights?|bulb|sat ?nav|remote|keyboard|mouse|drive|disk|screen)s?\b",
    re.IGNORECASE,
)
_LINES_ASKED = folded(
    # ("a few lines for my grandad's wake": asked with no verb, as the message's first words)
    rf"(?:\b{_WRITE}\b(?:\s+(?:me|us|him|her|them))?|"
    r"^\W*(?:(?:pls|please|can i have|can we have) )?(?:a|some|any)\b)"
    r"\s*(?:[\w'-]+\s+){0,3}?"
    r"(?:few lines|couple of lines|(?:two|three|four|2|3|4) lines|lines|poems?|verses?|rhymes?|"
    r"elegy|elegies|tribute|dedication|toasts?|speech(?:es)?|intros?|introductions?|few words|"
    r"some words|words|something|"
    r"a line)\b"
    r"[^.?!]{0,40}?\b(?:for|about|to|on|in memory of|remembering)\b",
    re.IGNORECASE,
)
_NAMED_IN = folded(
    r"\b(?P<how>about|in (?:loving )?memory of|remembering|for|to)\s+(?:(?:our|my|her|his|their|"
    rf"the|poor|old|little|lovely|dear)\s+)*(?:(?:{_PETS})\s+)?"
    # ("for my dog called biscuit": Biscuit, never "dear Called")
    r"(?:(?:called|named)\s+)?"
    # (not "grandad who passed": "Grandad", never "Grandad Who")
    r"(?P<who>(?:(?:mr|mrs|ms|miss|dr|auntie|uncle|nan|grandad)\.?\s+(?!(?:who|that|which|"
    r"whose|he|she|they|was|is|has|had|died|passed|last|and|but|at|in|on)\b))?[a-z][a-z'-]+)\b",
    re.IGNORECASE,
)
_NOT_WHO = frozenset(
    ["everyone", "all", "group", "page", "card", "chat", "club", "team", "night", "show"]
    + ["family", "people", "someone", "something", "newsletter", "noticeboard", "service"]
    # (an occasion, never a name: "for her birthday" is no "sweet Birthday")
    + ["birthday", "bday", "anniversary", "memorial", "funeral", "wake", "toast", "speech"]
)
# The day of one just told dead, asked for by a word that points back to them ("my wife passed
# away last month" ... "can you write a toast for her birthday"): their day, in memory.
THEIR_DAY = folded(
    r"\b(?:her|his|their)\s+(?:\d+(?:st|nd|rd|th)\s+|first\s+|last\s+)?(?:birthday|bday|"
    r"anniversary|wedding anniversary|memorial|day)\b",
    re.IGNORECASE,
)
# Missing someone ("got any lines about missing someone", "a poem for when you miss her").
_MISSING = folded(r"\bmiss(?:ing|es)? (?:someone|them|him|her|my|our|people)\b", re.IGNORECASE)
# Another occasion the lines are for: no elegy, whoever died lately.
_OTHER_OCCASION = folded(
    r"\b(?:birthday|bday|wedding|anniversary|retir\w*|leaving|party|christening|congrat\w*|"
    r"good luck|get well|sale|quiz|match|game|christmas|new year|engage\w*|baby|graduat\w*)\b",
    re.IGNORECASE,
)
# Good news with wishes of its own: congratulations on it are written elsewhere.
_CHEERED_ELSE = folded(
    r"\b(?:engage\w*|wedding|married|marriage|baby|babies|pregnan\w*|jobs?|promot\w*|"
    r"new (?:home|house|flat)|house ?warming|birthday|bday|retir\w*|anniversar\w*|"
    r"christening|twins|born)\b",
    re.IGNORECASE,
)
# A congratulations asked: "a quick congrats for fi", "a well done message for the team".
CHEER_ASKED = folded(
    rf"\b{_WRITE}\b(?:\s+(?:me|us|him|her|them))?\s+(?:[\w'-]+\s+){{0,3}}?"
    r"(?:congrats|congratulations|congratulation|(?:well done|well-done)(?=\s+(?:notes?|messages?|"
    r"msgs?|cards?|posts?|texts?|signs?|posters?|banners?|lines?|poems?|verses?|rhymes?)\b))\b|"
    r"\bsomething\s+(?:to\s+)?congratulat\w+\b|"
    r"^\W*(?:(?:ok|so|and|also|hey|quick one)\W+){0,2}(?:an?\s+)?(?:quick\s+|little\s+|short\s+)?"
    r"(?:congrats|congratulations|well done)\s+(?:notes?|messages?|msgs?|cards?|posts?|texts?|"
    r"signs?|posters?|banners?|lines|poems?|verses?)\s+(?:for|to)\b",
    re.IGNORECASE,
)
_FOR_WHO = folded(
    r"\b(?:for|to)\s+(?P<who>(?!(?:the|a|an|our|my|us|me|him|her|them|everyone|all|club|team|"
    r"group|page|noticeboard|board|wall|chat|it|this|that)\b)[a-z][a-z'-]+)\b",
    re.IGNORECASE,
)
_PASSED = folded(
    r"(?:^\W*|\b(?P<who>i|i've|ive|she|she's|he|he's|they|they've|we|we've|[a-z]+)\s+)(?:has\s+|have\s+|"
    r"just\s+|finally\s+|only\s+|officially\s+|actually\s+)*(?P<verb>passed|got|earned|gained|won|"
    r"achieved|completed|finished|aced|smashed|nailed)\s+(?:my|her|his|their|our|the)\s+"
    r"(?P<thing>[\w' -]{3,40}?)(?=\s*(?:$|[.,!?;:()]|\b(?:today|yesterday|this|last|at|on|with|"
    r"after|and|in|first|lol|haha|tonight|finally)\b|[^\x00-\x7f]))",
    re.IGNORECASE,
)
_VERB_AS = {"passed": "passed", "aced": "passed", "smashed": "passed", "nailed": "passed"}
_VERB_AS |= {"completed": "finished", "finished": "finished"}
_VERBING = {"passed": "passing", "won": "winning", "finished": "finishing"}
# A toast for a thing's years: "ron's loft is 40 years old next month", "50 years of the choir".
TOAST_ASKED = folded(
    rf"\b{_WRITE}\b(?:\s+(?:me|us))?\s+(?:[\w'-]+\s+){{0,3}}?toasts?\b|"
    r"^\W*(?:(?:ok|so|and|also|hey|quick one)\W+){0,2}(?:an?\s+)?(?:[\w'-]+\s+){0,2}?"
    r"toasts?\s+for\b",
    re.I,
)
_PEOPLE = (
    r"dad|mum|mom|nan|nana|gran|granny|grandad|grandpa|grandma|wife|husband|son|daughter|sister|"
    r"brother|friend|mate|boss|aunt|auntie|uncle|cousin|partner|niece|nephew|baby|kid|boy|girl|"
    r"fiance|fiancee|neighbour|neighbor|colleague|teacher|parent|folk|mother|father|bf|gf|couple"
)
_YEARS_OF = folded(
    r"\b(?P<thing>(?:[a-z]+'s|the|our|my|their|his|her)\s+(?:[a-z]+\s+){0,2}?"
    rf"(?!(?:{_PEOPLE})\b)[a-z]+)\s+"
    r"(?:is|turns|will be|'s|hits|has been (?:going|running|open) for)"
    r"\s+(?P<n>\d{1,3})\b(?:\s+years?)?(?:\s+old)?|"
    r"\b(?P<n2>\d{1,3})\s+years\s+(?:of|since)\s+(?P<thing2>(?:[a-z]+'s|the|our|my)\s+"
    r"(?:[a-z]+\s+){0,2}?[a-z]+)\b(?=\s*(?:$|[,.!?;:]|\b(?:for|at|on|this|next|pls|please|"
    r"in|tonight|tomorrow|party|dinner|do)\b))|"
    r"\b(?P<thing3>(?:[a-z]+'s|the|our|my)\s+(?:[a-z]+\s+){0,2}?[a-z]+)(?:'s|s')\s+"
    r"(?P<n3>\d{1,3})(?:st|nd|rd|th)\s+(?:anniversary|birthday|year)\b",
    re.IGNORECASE,
)
# A toast for the thing it names, whose years are said of "it": "a toast for the allotment
# society, it's 50 years old this year".
_ITS_YEARS = folded(
    r"\btoasts?\s+(?:for|to)\s+(?P<thing>(?:the|our|my)\s+(?:[a-z]+\s+){0,2}?[a-z]+)"
    r"(?:\s*[,;:]\s*|\s+(?:as|cos|because|since|which)\s+)"
    r"(?:it'?s|it is|it turns|it will be|turning|turns)\s+(?P<n>\d{1,3})\b"
    r"(?:\s+years?)?(?:\s+old)?(?!\s*(?:%|p\b|pounds|quid|quid|people|members|guests))",
    re.IGNORECASE,
)
_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
_ONES += ["eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"]
_ONES += ["eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def in_words(number: int) -> str:
    """A number of years said in words: 40 is "forty", 25 "twenty-five"; a hundred and more as
    figures."""
    if number < 20:
        return _ONES[number]
    if number < 100:
        tens, ones = divmod(number, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    return "a hundred" if number == 100 else str(number)


WRITTEN_PLAIN = {
    "signoff, ward": (
        "That's all from us tonight. To everyone awake in a hospital bed: rest easy, you're not "
        "alone, and we'll be back tomorrow. Good night.",
    ),
    "signoff, show": (
        "That's all from us for tonight. Thank you for keeping us company; take care of "
        "yourselves, and good night.",
    ),
    "signoff, letter": ("That's all for now. Take good care of yourselves, and write soon.",),
    "signoff": ("That's us done for today. Thank you all, take care, and see you next time.",),
    "elegy": (
        "Rest easy, {who}. You were so loved, and you will be so missed; thank you for every "
        "good day.",
    ),
    "cheer, passed": (
        "Congratulations, {who}, on {verbing} your {thing}! All that hard work paid off, and "
        "we're so proud of you.",
    ),
    "cheer": ("Congratulations, {who}! All that hard work paid off, and we're so proud of you.",),
    "yearstoast": (
        "To {thing}: {years} years and still going strong! Here's to everyone who made it what it "
        "is, and to the next {years}. Cheers!",
    ),
    "stopsign, sale": (
        "Stop right there! Hidden treasures, silly prices. Have a rummage; you know you want to.",
    ),
    "stopsign, bake": (
        "Stop! Fresh bakes this way. One slice is never enough, so go on: treat yourself.",
    ),
    "stopsign": ("Stop! Look! You'll be glad you did.",),
}
_WRITTEN_CALLED = {
    "signoff": "sign-off",
    "cheer": "congratulations",
    "yearstoast": "toast",
    "stopsign": "sign",
}


def _runs(text: str, size: int = 3) -> set[tuple[str, ...]]:
    said = re.findall(r"[a-z0-9']+", text.lower())
    return {tuple(said[i : i + size]) for i in range(len(said) - size + 1)}


def echoes(line: str, asked: str) -> bool:
    """Whether a piece's own words (its form, the slots put in aside) say back a run of three
    words of its asking."""
    asked_runs = _runs(asked)
    return any(_runs(part) & asked_runs for part in re.split(r"\{\w+\}", line))


def _name(words: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in words.split())


def _rejected(text: str) -> str:
    """Words the asker quoted for a sign and does not want ('"everything must go" is boring',
    'not "sale"'), or ""."""
    for found in QUOTED.finditer(text):
        if _REJECTED_AFTER.match(text[found.end() :]) or _REJECTED_BEFORE.search(
            text[: found.start()]
        ):
            return found.group("q")
    found = _UNQUOTED_DULL.search(text)
    return found.group("q").strip() if found and len(found.group("q").split()) >= 2 else ""


def _dead_named(text: str, told: tuple[str, ...]) -> str | None:
    """The one mourned, when a death is told in the asking or just before it: the name the
    asking gives them ("about pepper"), "" when none; None when no death is told."""
    said = [line for line in (*told, text) if _DIED.search(line)]
    if not said:
        return None
    names = sorted(
        _NAMED_IN.finditer(text), key=lambda m: 0 if m.group("how").lower() != "for" else 1
    )
    for found in names:
        who = found.group("who").lower()
        if who in _NOT_WHO or who in STOPWORDS or _THING_DIED.fullmatch(who):
            continue
        if who.endswith("'s") or who in ("friend", "mate", "pal", "neighbour", "colleague", "boss"):
            continue  # "my dad's memorial", "my friend": no name ("sweet Dad's", "dear Friend")
        last = who.split()[-1]
        if any(re.search(rf"\b{re.escape(last)}\b", line, re.I) for line in said):
            return _name(who)
    # (no one named: mourned only when no thing is what "died": "my phone died")
    return None if any(_THING_DIED.search(line) for line in (*said, text)) else ""


_MOURNED = folded(
    rf"\b(my|our|her|his|their)\s+(?:old\s+|dear\s+|little\s+)?({_PETS}|{_KIN})\b", re.I
)


def _mourned(text: str, told: tuple[tuple[str, str], ...], asker: str = "") -> str:
    """Who is mourned, unnamed, as the asker would be told of them: "your dog", "her nan", and
    "Kit's nan" when Kit told of it, not the asker; else "the one you lost"."""
    for author, line in (("", text), *reversed(told)):
        if found := _MOURNED.search(line):
            whose = found.group(1).lower()
            if whose in ("my", "our") and author and asker and author.lower() != asker.lower():
                called = re.split(r"[_.\d-]+", author)[0]
                whose = f"{called[:1].upper()}{called[1:]}'s"
            else:
                whose = {"my": "your", "our": "your"}.get(whose, whose)
            return f"{whose} {found.group(2).lower()}"
    return "the one you lost"


def _passed(text: str, told: tuple[tuple[str, str], ...], who: str) -> tuple[str, str]:
    """What the one cheered passed or won, told in the asking or just before ("i passed my level
    1 coaching badge", said by them; "dan passed his test"): (the verb, the thing), or ("", "");
    never a thing another passed, nor a side's win."""
    for author, line in (("", text), *reversed(told)):
        for found in _PASSED.finditer(line):
            thing = found.group("thing").strip().lower()
            subject = (found.group("who") or "i").lower()
            if subject in ("we", "we've", "they", "they've"):
                continue  # (a side's win: the side is cheered, not a thing of "thine")
            if subject in ("i", "i've", "ive"):
                mine = author and (not who or author.lower() == who.lower())
                if not mine:
                    continue
            elif subject not in ("she", "she's", "he", "he's") and subject != who.lower():
                continue
            if len(thing.split()) > 5 or re.search(r"\b(?:it|that|this|them)\b", thing):
                continue
            verb = found.group("verb").lower()
            return _VERB_AS.get(verb, "won"), thing
    return "", ""


def written_asked(
    text: str, told: tuple[tuple[str, str], ...] = (), setting: str = ""
) -> dict[str, str]:
    """The piece `text` asks for of a kind the stock readings miss, with its fields: "signoff"
    (`for`: ward, show, letter), "stopsign" (a sign with quoted words not wanted), "elegy" (a
    few lines for one who died: `who`), "cheer" (a congratulations: `who`, `verb`, `thing`),
    "yearstoast" (a toast for a thing's years: `thing`, `years`); {} when none."""
    # (a day of theirs just after a death told, or missing someone a line or two after one:
    # "my nan died last month ...", "oh kit im so sorry", "got any lines about missing someone")
    theirs = bool(told) and (
        (
            THEIR_DAY.search(text) is not None
            and _DIED.search(told[-1][1]) is not None
            and not _THING_DIED.search(told[-1][1])
        )
        or (
            _MISSING.search(text) is not None
            and any(_DIED.search(line) and not _THING_DIED.search(line) for _, line in told[-3:])
        )
    )
    if not theirs and (HOW_TO.match(text) or PAST_ASKED.match(text) or _NOT_ASKED.match(text)):
        return {}
    low = text.lower()
    if _DYING.search(text) and not _DIED.search(text) and "grief" not in occasions_of(text):
        # "a sign-off for my last letter to my dying mum": alive; no cheer, no sign-off, and no
        # lines in memory either: the older readers' sympathy (review36, review37)
        return {}
    if (
        (_DIED.search(text) and not _THING_DIED.search(text))
        or "grief" in occasions_of(text)
        or theirs
    ):
        # "a congrats for my aunt who passed away", "a sign off for my grandad's eulogy", "my
        # last letter to my dying mum": no cheer, no sign-off, no toast; lines for the one
        # mourned, when asked, or the older readers' sympathy (review36)
        if _LINES_ASKED.search(text) and not re.search(r"\b(?:cards?|whose)\b", text, re.I):
            before = [line for _, line in reversed(told)]
            if "toast" in low and made_piece(text, before, "")[2]:
                return {}  # a toast to their memory, of what was told of them (bots/toasts.py)
            return {"kind": "elegy", "who": _dead_named(text, tuple(t for _, t in told)) or ""}
        return {}
    if "sign" in low and SIGNOFF_ASKED.search(text):
        after = text[SIGNOFF_ASKED.search(text).end() :]
        sort = next((s for s, said in _SIGNOFF_FOR.items() if said.search(after)), "")
        sort = sort or next((s for s, said in _SIGNOFF_FOR.items() if said.search(text)), "")
        return {"kind": "signoff", "for": sort}
    if "sign" in low and SIGN_ASKED.search(text) and (rejected := _rejected(text)):
        # (what the sign is for, read from all but the words not wanted: '"sale" is boring')
        rest = text.replace(rejected, " ")
        sale = _SALE_SAID.search(rest) or _SALE_SAID.search(setting)
        if _BAKE_SAID.search(text) or (not sale and _BAKE_SAID.search(setting)):
            return {"kind": "stopsign", "for": "bake", "rejected": rejected}
        if not sale and not _ATTENTION.search(rest):
            # (a door sign, "'knock first' is boring": what it is to say instead, asked)
            return {"kind": "signask", "rejected": rejected}
        return {"kind": "stopsign", "for": "sale" if sale else "", "rejected": rejected}
    if "toast" in low and TOAST_ASKED.search(text):
        found = _YEARS_OF.search(text) or _ITS_YEARS.search(text)
        said = found.groupdict() if found else {}
        years = said.get("n") or said.get("n2") or said.get("n3")
        thing = (said.get("thing") or said.get("thing2") or said.get("thing3") or "").lower()
        if re.search(rf"\b(?:{_PEOPLE})s?\b", thing):
            return {}  # (a person's years, a couple's: their own toasts, bots/toasts.py)
        if years and 1 < int(years) <= 150:
            owner = re.match(r"([a-z]+)'s\b", thing)
            if owner and owner.group(1) not in ("our", "the", "my"):
                thing = f"{owner.group(1).capitalize()}{thing[owner.end(1) :]}"
            thing = re.sub(r"^(?:our|my|their|his|her)\b", "the", thing)
            return {"kind": "yearstoast", "thing": thing, "years": years}
        return {}
    if (
        ("congrat" in low or "well done" in low)
        and CHEER_ASKED.search(text)
        and not re.search(r"\bcards?\b", text, re.IGNORECASE)  # (bots/cards.py writes those)
    ):
        after = text[CHEER_ASKED.search(text).start() :]
        named = _FOR_WHO.search(after)
        who = _name(named.group("who").lower()) if named else ""
        if who.lower() in STOPWORDS:
            who = ""
        side = re.search(
            r"\b(?:for|to)\s+(?:our|the|my)\s+(team|club|side|squad|lads|girls|"
            r"choir|band|crew)\b",
            after,
            re.I,
        )
        who = who or (side.group(1).lower() if side else "")
        verb, thing = _passed(text, told, who)
        if _CHEERED_ELSE.search(f"{text} {thing}"):
            return {}  # (an engagement, a baby, a new job: its own wishes, bots/compose.py)
        fields = {"kind": "cheer", "who": who or "friend"}
        return {**fields, "verb": verb, "thing": thing} if thing else fields
    if _LINES_ASKED.search(text) and not re.search(r"\b(?:cards?|whose)\b", text, re.I):
        who = _dead_named(text, tuple(line for _, line in told))
        near = _DIED.search(text) or (told and _DIED.search(told[-1][1]))
        if who or (who == "" and near and not _OTHER_OCCASION.search(text)):
            return {"kind": "elegy", "who": who}
    return {}


def written(
    index: Index,
    text: str,
    told: tuple[tuple[str, str], ...] = (),
    setting: str = "",
    stood: bool = False,
    asker: str = "",
) -> tuple[str, dict[str, str], str] | None:
    """The piece `text` asks for (`written_asked`), from the persona's bank of forms for its
    kind (its own `#compose` lines, else the plain ones), the first that says back no run of
    three words of the asking nor the words not wanted: the opener's tag, its fields, the piece
    quoted. None when none is asked, or none will do, or (`stood`) a sign-off for no show, ward
    or letter is answered already in the persona's own words for a parting."""
    fields = written_asked(text, told, setting)
    if not fields or (stood and fields["kind"] == "signoff" and not fields["for"]):
        return None
    kind = fields["kind"]
    seed = zlib.crc32(text.lower().encode())
    if kind == "signask":
        from bots.posted import PLAIN as POSTED_PLAIN  # (bots/posted.py reads this module)

        asks = _own(index, "posted, ask") or list(POSTED_PLAIN["posted, ask"])
        return ("", {}, asks[seed % len(asks)].replace("{what}", "sign"))
    keys = [f"{kind}, {fields[sub]}" for sub in ("for",) if fields.get(sub)]
    if kind == "cheer" and fields.get("thing"):
        keys.insert(0, "cheer, passed")
    keys.append(kind)
    tagged = _tagged_lines(index.tagged.get("compose", ()))
    own = [line.text for line in tagged if line.names[0] == kind]
    lines = next((found for key in keys if (found := _own_written(index, key, own))), [])
    slots = dict(fields)
    if kind == "elegy":
        slots["who"] = fields["who"] or "friend"
    if "years" in slots:
        slots["years"] = in_words(int(slots["years"]))
    if "verb" in slots:
        slots["verbing"] = _VERBING.get(slots["verb"], "passing")
        slots["what"] = f"{slots['verb']} thy {slots['thing']}"
    rejected = fields.get("rejected", "").lower()
    for turn in range(len(lines)):
        form = lines[(seed + turn) % len(lines)]
        said = _filled(form, slots)
        said = said[:1].upper() + said[1:]
        if "{" in said.replace("{name}", "") or echoes(form, text):
            continue
        if rejected and rejected in said.lower():
            continue
        if kind == "elegy":
            mourned = fields["who"] or _mourned(text, told, asker)
            return ("cardsorry", {"who": mourned}, f'"{said}"')
        tag = "carded" if index.tagged.get("carded") else "offer"
        return (tag, {"what": _WRITTEN_CALLED.get(kind, "lines")}, f'"{said}"')
    return None


def _own_written(index: Index, key: str, own: list[str]) -> list[str]:
    """Its `#compose` lines for `key` ("signoff, ward"), else the plain ones, when it has none
    of the kind at all (a persona with a sign-off of its own for a show writes none plain for a
    letter)."""
    names = tuple(n.strip() for n in key.split(","))
    mine = [
        line.text for line in _tagged_lines(index.tagged.get("compose", ())) if line.names == names
    ]
    return mine or ([] if own else list(WRITTEN_PLAIN.get(key, ())))
