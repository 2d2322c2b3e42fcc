"""Cards written for those named: `#card` lines.

A group chat asks the poet to write in a card: "write a message for the nurses who looked after
my mum", "leaving card for dave, he's off to canada", "get well soon card for our coach", "new
baby card for sam and jo, little girl called ivy". That is a request to WRITE a short message
for them, with the occasion right: thanks to nurses is gratitude, not mourning; only a death
said plainly is grief. A quotation for "any occasion" will not do, nor a line on one word.

The occasions (`OCCASION`, most telling first) are an excuse note, sympathy, retirement,
leaving, get well, thanks, a new baby, an engagement, good luck and congratulations; when none
is named, a death said plainly is sympathy (unless the card thanks those who cared), an injury
or an operation is get well, and those who cared for someone ("the midwives who delivered our
son", "my mum's carers") are thanked. Birthdays, weddings and Christmas keep the persona's
`#occasion` lines. A rhyme for someone's leaving or retirement ("rhyme for jen's leaving do") is
made for them (`farewell_verse`, `#made parting` lines).

    #card thanks: Thank you, with all our hearts ...
    #card thanks, funny: ...            (given first when asked "funnier")
    #card leaving, where: ... {thing}   (only when the card says where they go)
    #card baby, named: Welcome, {thing}! (only when the baby is named)
    #card retirement, years: {thing} years ...

`#cardfor` opens a card for those named ("For {who}, {name}:"), `#carded` one for nobody named
("For the {what}, {name}:"), `#cardsorry` a card for a loss. A card asked again is another of
the occasion's lines ("another one"), the shortest ("shorter"), a funny one ("funnier"), or the
same one signed by those named ("with our names in it: jo, sam, raj").
"""

from __future__ import annotations

import re

from bots.asks import _KIN, AGE_TURNED, OTHER_CARD, PERSON_OR_PET, _tagged_lines, held, yours
from bots.fold import folded
from bots.material import STOPWORDS, Index

# The card asked for: the thing written in ("card", "message", "note"), however it is asked.
_CARD = r"cards?|messages?|msgs?|notes?|wishes"
# Cards and notes of another kind: "what would you put on a business card?".
_NOT_SUCH = r"(?<!business )(?<!credit )(?<!bank )(?<!playing )(?<!sim )(?<!id )(?<!sick )"
# Cards of another kind, or no card at all: "my bank card", "the card reader", "a notes app"
# (`OTHER_CARD`), or a card of an occasion named.
NOT_A_CARD = folded(
    rf"{OTHER_CARD.pattern}|"
    r"\b(?:birthday|christmas|xmas|valentines?|wedding|anniversary)\s+cards?\b|"
    r"\b(?:voice|text|welcome|error|status|out of office|pinned)\s+(?:messages?|notes?)\b|"
    r"\bnotes? (?:app|on|from the)\b",
    re.IGNORECASE,
)
CARD_ASKED = folded(
    # "write a message for the nurses", "can you do a leaving card for dave", "we need a get
    # well card message", "help me write a sympathy card"
    rf"\b(?:write|need|want|do|make|give|suggest|think of|come up with|got|help (?:me|us)"
    rf"(?: with| write)?|draft|pen|compose)\b(?:\s+(?:me|us))?\s+(?:(?:a|an|the|some|our|my)\s+)?"
    rf"(?:[\w'-]+\s+){{0,6}}?(?:{_CARD})\b|"
    # "can u help me write something for the nurses on ward 4", "a few words for our midwife"
    r"\b(?:write|need|want|give|got|think of|come up with|help (?:me|us)(?: with| write)?)\s+"
    r"(?:(?:me|us)\s+)?(?:something|smth|sth|summat|a few words|some words|a few lines|a line|"
    r"a word or two)"
    r"(?:\s+(?:nice|short|kind|lovely|little|simple))?\s+(?:for|to(?!\s+(?:say|write|put|read|"
    r"go|use|do|end|open|start|close|toast|sign)\b))\b|"
    # "write my mum a get well card", "send dave a leaving card"
    rf"\b(?:write|do|make|send)\s+(?:my|our|his|her)?\s*[\w'-]+\s+(?:a|an)\s+(?:[\w'-]+\s+){{0,3}}?"
    rf"(?:{_CARD})\b|"
    # Asked with no verb: "get well soon card for our coach", "message for the paramedics who
    # helped my dad last night", "a thank you note for the midwives"; not "sending a card to"
    rf"^\W*(?:(?:ok|so|and|pls|please|also|quick one|hey)\W+){{0,2}}(?:(?:a|an|one|some|quick|"
    r"short|little|nice|simple|small|sweet|lovely)\s+){0,2}(?:(?:thank|you|u|thanks|get|well|soon|"
    r"good|luck|leaving|farewell|sympathy|condolence|condolences|retirement|new|baby|congrats|"
    r"congratulations|engagement|excuse|bon|voyage|best|goodbye|wishes|card)\s+){0,4}"
    rf"(?:{_CARD})\s+(?:for|to)\b|"
    # "congrats on the new job card for my bestie", "excuse note so i can get out of netball"
    rf"^\W*(?:congrats|congratulations|good luck|get well|thank you|thanks|sympathy|leaving|"
    rf"retirement|new baby)\b[\w' ]{{0,30}}?(?:{_CARD})\s+(?:for|to)\b|"
    r"^\W*(?:(?:an?|some|quick|funny)\s+)*excuse (?:note|letter)\b|"
    # "what should i write in dave's leaving card", "what do we put in a sympathy card"
    rf"\bwhat (?:should|do|can|shall|would) (?:i|we) (?:write|put|say) (?:in|on) (?:it\b|there\b|"
    rf"(?:[\w'-]+\s+){{0,4}}?{_NOT_SUCH}(?:{_CARD})\b)|"
    rf"\bwhat (?:would|should|do|could|might) (?:you|u) (?:write|put|say) (?:in|on) (?:it\b|"
    rf"there\b|(?:[\w'-]+\s+){{0,4}}?{_NOT_SUCH}(?:{_CARD})\b)|"
    # "something for a good luck card", "something nice to put in her card"
    rf"\bsomething\s+(?:\w+\s+){{0,2}}?(?:for|in|to (?:write|put) in)\s+(?:a|an|the|his|her|my|"
    rf"our|their|\w+'s)\s+(?:[\w'-]+\s+){{0,3}}?(?:{_CARD})\b",
    re.IGNORECASE,
)
# Told of, not asked: "i got a lovely card from the nurses", "she wrote me a note"; nor a
# question of cards in general: "do people still write thank you cards", "how do i write a
# sympathy card".
CARD_TOLD = folded(
    r"^\W*(?:do|does|did|is|are|was|were|should|shall|have|has|how|why|when|who|where|whats|"
    r"what's|what is)\b(?! (?:you|u) (?:write|do|make|pen)| (?:us|me)\b)|"
    r"^\W*(?:i|we|she|he|they|my|our|his|her|just|got|the|that|this)\b"
    r"(?!\s+(?:need|needs|want|wants|would|'d|have to|gotta|must|should|got to|any|anything)\b)"
    r"(?![^.?!]*\b(?:pls|please|plz|can you|could you|help)\b)",
    re.IGNORECASE,
)

_DIED = (
    r"died|dying|passed away|passed on|funeral|lost (?:my|our|his|her|their) (?:[\w'-]+ )?"
    rf"{PERSON_OR_PET}|death|loss|no longer with us|rip(?![-‐])|put (?:\w+ ){{0,2}}down|"
    r"put to sleep"
)
# Those who cared for someone, thanked in a card: "the nurses", "my mum's carers".
CARERS = (
    r"nurses?|carers?|care team|doctors?|docs|surgeons?|consultants?|midwi(?:fe|ves)|"
    r"paramedics?|ambulance crew|fire ?crew|firefighters?|firemen|volunteers?|teachers?|"
    r"tutors?|coaches?|staff|physios?|hospice|ward|vets?|neighbours?|helpers?|lifeguards?|"
    r"police|officers?|crew|team"
)
# Something done for them that a card thanks for: "who looked after my mum".
CARED = (
    r"looked after|look after|cared for|care for|helped|help(?:s|ing)?|saved|delivered|rescued|"
    r"got (?:\w+ ){1,3}out|fixed|taught|teach(?:es|ing)?|supported|organi[sz]ed|sorted|ran|"
    r"were (?:so |really |amazing|brilliant|lovely|great|wonderful|kind|fantastic)|"
    r"(?:have|'ve) been (?:so |really )?(?:amazing|brilliant|lovely|great|wonderful|kind)"
)
HURT = (
    r"broke|broken|fractur\w*|sprain\w*|op|operation|surgery|had (?:his|her|their|a|an) [\w ]{1,15}"
    r"?(?:done|out|removed|replaced|replacement)|in hospital|poorly|ill|sick|unwell|injur\w*|"
    r"covid|flu|recovering|on the mend|accident"
)
# The occasions a card is for, most telling first (`card_occasion`).
OCCASION = {
    # A note to excuse the bearer: "write me an excuse note for missing choir practice".
    "excuse": r"excuse (?:note|letter|card|message)s?|sick note|note to (?:get|excuse|explain)|"
    r"note excusing",
    "sympathy": r"sympathy|condolences?|bereave\w*|in memory|sorry for (?:your|her|his|their) loss",
    "retirement": r"retir\w*",
    "leaving": r"leaving|farewell|goodbye|bon voyage|moving (?:away|abroad|on|to|into|out)|"
    r"off to(?! (?:do|study|be|bed|sleep|get|see|make|have|read|train)\b)|"
    r"last day(?! of (?:school|term|the (?:school )?year|year))|emigrat\w*|going travelling",
    "getwell": r"get well|get better|feel better|speedy recovery|recover\w*",
    # (thanks before a baby: "a thank you card for the midwives who delivered our baby")
    "thanks": r"thank\w*|grateful|gratitude|appreciat\w*",
    "baby": r"new baby|baby|newborn|new arrivals?|little (?:girl|boy|one)|born|christening|twins|"
    r"triplets|had a (?:boy|girl)",
    "engaged": r"engage\w*",
    "home": r"new (?:house|home|flat|pad)|first (?:house|home|flat)|house ?warming|moving house|"
    r"moved house|moving in together|got the keys",
    "luck": r"good luck|luck|all the best for",
    "congrats": r"congrat\w*|well done|passed(?! away| on)|promot\w*|graduat\w*|got the job|got in|"
    r"qualified",
}
# Thanks to the persona, not in the card: "thanks in advance", "... pls, thank you!".
THANKS_ASIDE = folded(
    r"\b(?:thanks|thank you|thank u|ty|thx|cheers)\b(?: (?:in advance|so much|a lot|loads|x+))?"
    r"(?=\s*[!.x]*\s*$)|\bthanks in advance\b|^\W*(?:thanks|thank you|ty)\s*[,!]+",
    re.IGNORECASE,
)
OCCASION_SAID = {kind: folded(rf"\b(?:{said})\b", re.IGNORECASE) for kind, said in OCCASION.items()}
# A birthday named: the card wishes many happy returns, whoever it is for.
BIRTHDAY_SAID = folded(r"\b(?:birthday|bday|b-day|b'day)\b", re.IGNORECASE)
DIED = folded(rf"\b(?:{_DIED})\b", re.IGNORECASE)
CARED_FOR = folded(rf"\b(?:who|that)\s+(?:(?:\w+ly|all|really|just)\s+)?(?:{CARED})\b", re.I)
CARER = folded(rf"\b(?:{CARERS})\b", re.IGNORECASE)
HURT_SAID = folded(rf"\b(?:{HURT})\b", re.IGNORECASE)

# What the card is called, said back ("the leaving card", "the thank-you note").
CALLED = {
    "excuse": "excuse note",
    "sympathy": "sympathy card",
    "retirement": "retirement card",
    "leaving": "leaving card",
    "getwell": "get well card",
    "baby": "new baby card",
    "engaged": "engagement card",
    "home": "new home card",
    "luck": "good luck card",
    "congrats": "card",
    "thanks": "thank-you card",
}

# Those the card is for: "for the nurses who looked after my mum", "to dave from accounts".
_ENDS = (
    r"[,.;:!?()]|\s+(?:they|they're|theyre|he|he's|hes|she|she's|shes|it|it's|we|we're|i|i'm|"
    r"pls|please|plz|lol|haha|because|cos|coz|as|since|but|so|x+|ty|thx|from the|from all|"
    r"from everyone|from us|if|and it|and we|and i|and she|and he|and they|something|"
    r"nothing|short|not too|keep it|make it|ideally|tomorrow|today|tonight|this|next|before|"
    # ("the lads after the final"; not "the nurses who looked after my mum")
    r"(?<!look )(?<!looked )(?<!looking )(?<!looks )(?<!ran )(?<!run )(?<!named )after)\b"
)
FOR_WHOM = folded(
    rf"\b(?:{_CARD})\s+(?:for|to)\s+(?P<whom>[^,.;:!?()]+)|"
    r"\bfor\s+(?P<other>(?:the|my|our|his|her|their|\w+'s)\s+[^,.;:!?()]+)|"
    r"\b(?:write|do|make|send)\s+(?!(?:in|on|for|to|me|us|her|him|them|about|into|up|out)\b)"
    r"(?P<sent>(?:(?:my|our|his|her)\s+)?[\w'-]+)\s+(?:a|an)\s+|"
    # "what should i write in dave's leaving card"
    rf"\b(?P<owner>(?:(?:my|our)\s+)?[a-z]+)'s\s+(?:[\w-]+\s+){{0,2}}?(?:{_CARD})\b",
    re.IGNORECASE,
)
# Kin or a role said in the card's occasion ("my sister starts her nursing degree monday").
KIN_SAID = folded(rf"\b(?:my|our)\s+(?:[\w'-]+\s+)?{PERSON_OR_PET}", re.IGNORECASE)
# What a card is for, not whom: "for her retirement", "for the end of year".
NOT_WHOM = folded(
    r"^(?:the |my |our |his |her |their |a |an )?(?:\w+ ){0,2}?(?:retirement|leaving|do|party|"
    r"end|exam|exams|interview|wedding|birthday|new job|operation|op|test|card|move|"
    r"loss|funeral|engagement|promotion|graduation|arrival|baby shower|first day|year|inside|it)\b",
    re.IGNORECASE,
)
# Words of a name said as one ("dave", "mr hughes"), capitalized; not "from accounts".
_NAME_ENDS = folded(
    r"\b(?:from|the|at|in|on|of|who|that|with|for|to|our|my|your|his|her|their|a|an)\b", re.I
)
_TITLES = {"mr": "Mr", "mrs": "Mrs", "ms": "Ms", "miss": "Miss", "dr": "Dr", "mx": "Mx"}
# Signed by those who send it: "from the whole class", "from all of us at number 9".
# A place is a sender only as those at it ("from everyone at the church"), a group by itself
# ("from the choir"), and either only where it ends the phrase: not "she fell from the church
# steps".
SIGNED = folded(
    r"\bfrom (?P<who>(?:the whole|all of us|all at|everyone (?:at|in|on)|all the|the team|us all|"
    r"the whole team|the whole class|all in)\b[\w' ]{0,24}|(?:(?:all at|everyone at|all of us "
    r"at) the (?:[a-z]+ ){0,2}?(?:office|ward|allotments?|street|church|chapel|surgery|school|"
    r"shop|library|pub|gym)|the (?:[a-z]+ ){0,2}?(?:club|team|group|choir|band|class|crew|gang|"
    r"lads|girls|society|committee|staff|squad|department|book club|members|regulars|"
    r"quiz team|lot|family|bunch))\b(?=\s*(?:$|[,.!?;)]|x+\b|(?:to|for|and|pls|please|plz|"
    r"lol|tomorrow|today|tonight|on|with|who)\b))|everyone(?= *(?:$|[,.!?)])))",
    re.IGNORECASE,
)
# "from" after leaving, falling or coming: where someone is or was, not who sends the card
# ("he's retiring from the band", "moving on from the office", "kicked out from the team").
FROM_PLACE = folded(
    r"\b(?:retir\w*|mov\w* on|leav\w*|left|fell|fall\w*|kicked out|resign\w*|quit\w*|"
    r"step\w* down|back|home|away|graduat\w*|expelled|banned|sacked|fired|dropped|walk\w* out|"
    r"came|com\w+|got|heard|borrow\w*|stole\w*|bought|collect\w*|picked up|escap\w*|"
    r"released|discharged|far|apart|break|off|out|down|up|one|someone|somebody|a friend|"
    r"a mate|a lady|a man|a woman|a guy|letter|call|text|email|news|help)\s+$",
    re.IGNORECASE,
)
WHERE = folded(
    r"\b(?:off to|moving to|going to|emigrating to|heading to|relocating to|(?:a |new )?job in|"
    r"(?:a |new )?job at)\s+(?:live in |work in |work at |start at )?"
    r"(?P<where>(?:the )?[a-z][\w'-]+(?: [a-z][\w'-]+)?)",
    re.IGNORECASE,
)
_NOT_WHERE = folded(r"^(?:be|do|miss|have|get|start|work|live|the pub|bed|uni|a|an)\b", re.I)
BABY_NAMED = folded(
    r"\b(?:called|named|name is)\s+(?:(?:him|her|them)\s+)?(?P<baby>(?!(?:him|her|them)\b)"
    r"[a-z][\w'-]+)",
    re.I,
)
# What the bearer of an excuse note missed, or came late to: "for missing choir practice",
# "for being late to the quiz again".
_EVENT = (
    r"(?P<event>(?:the |my |our |this |tonight'?s |tomorrow'?s )?"
    r"[a-z][\w'-]*(?: [a-z][\w'-]*){0,2}?)"
    r"(?=\s*(?:$|[,.!?;]|\b(?:again|today|tonight|tomorrow|this|next|on|pls|please|plz|lol|"
    r"because|cos|as|x+)\b))"
)
MISSED = folded(
    r"\b(?:missing|miss|missed|skipping|skip|skipped|absence from|absent from|bunking off|"
    r"excus\w* (?:me|us|him|her|them) from|"
    rf"not (?:coming|going) to|can'?t make|getting out of|get (?:me |us )?out of)\s+{_EVENT}",
    re.IGNORECASE,
)
LATE = folded(rf"\blate (?:again )?(?:to|for)\s+{_EVENT}", re.IGNORECASE)
YEARS = folded(r"\b(?P<years>\d{1,2}) (?:years|yrs)\b", re.IGNORECASE)


def card_asked(text: str) -> bool:
    """Whether `text` asks for a card to be written for an occasion of `OCCASION` (or one
    `card_occasion` reads in it), not tells of one ("i got a lovely card from the nurses")."""
    if not (CARD_ASKED.search(text) or INSIDE_ASKED.search(text)):
        return False
    if NOT_A_CARD.search(text) or CARD_TOLD.match(text):
        return False
    return bool(card_occasion(text))


def card_occasion(text: str) -> str:
    """The occasion the card is for: one named (`OCCASION`, most telling first), else what the
    message says of it (a death plainly said, an injury, care given); "" for none of these."""
    text = THANKS_ASIDE.sub(" ", text)
    for kind, said in OCCASION_SAID.items():
        if said.search(text):
            return kind
    whom = card_for(text)
    if BIRTHDAY_SAID.search(text):
        # "a birthday message for our teacher elena": her birthday, no thanks for her care
        return ""
    thanked = CARED_FOR.search(text) or (whom and CARER.search(whom))
    if DIED.search(text):
        return "thanks" if thanked else "sympathy"
    if HURT_SAID.search(text):
        return "getwell"
    return "thanks" if thanked else ""


def card_for(text: str) -> str:
    """Those the card is for, as the message says them and the persona says them back ("the
    nurses who looked after your mum", "Dave from accounts", "Priya and Tom"); "" when it names
    nobody."""
    whom = ""
    for found in FOR_WHOM.finditer(text):
        said = next((g for g in found.groups() if g), "").strip()
        said = re.split(_ENDS, f"{said} ", maxsplit=1, flags=re.IGNORECASE)[0].strip()
        # "a message for a card for hilary": Hilary
        said = re.sub(rf"^(?:a|an)\s+(?:{_CARD})\s+(?:for|to)\s+", "", said, flags=re.I)
        owner = re.match(r"([a-z]+)'s\b", said, re.IGNORECASE)
        if owner and NOT_WHOM.match(said[owner.end() :].strip()):
            said = owner.group(1)  # "a card for dave's retirement": Dave
        if re.match(r"\w+ing\b", said):
            continue  # "a note for missing choir practice": what for, not whom
        if said and not NOT_WHOM.match(said) and not re.fullmatch(r"(?:me|us|it|them)", said, re.I):
            whom = said
            break
    if not whom and (kin := KIN_SAID.search(text)):
        whom = kin.group(0)
    if not whom:
        return ""
    words = whom.split()
    if len(words) > 9 or len(whom) > 44:
        # Too long to say back: those named, without what they did.
        whom = re.split(r"\s+(?:who|that|on|at|in|from)\b", whom, maxsplit=1)[0]
    return _named(yours(whom.lower(), every=True))


def _named(whom: str) -> str:
    """Those the card is for with their names capitalized ("dave from accounts": "Dave from
    accounts", "mr hughes the caretaker": "Mr Hughes the caretaker"); a role said with "the" or
    "your" is left as it is."""
    end = _NAME_ENDS.search(whom)
    head, rest = (whom[: end.start()], whom[end.start() :]) if end else (whom, "")
    if not head.strip():
        return whom
    named = " ".join(
        w if w == "and" else _TITLES.get(w, w[:1].upper() + w[1:]) for w in head.split()
    )
    return f"{named} {rest.strip()}".strip()


def card_fields(text: str) -> dict[str, str]:
    """What a card's line may say besides the occasion: where they go, the baby's name, the
    years worked; each only when the message says it."""
    fields = {}
    where = WHERE.search(text)
    if where and not _NOT_WHERE.match(where.group("where")):
        place = where.group("where")
        # "Canada", "New Zealand"; "the zoo" as said.
        said = place.lower().startswith("the ")
        fields["where"] = place.lower() if said else " ".join(w.capitalize() for w in place.split())
    if baby := BABY_NAMED.search(text):
        fields["named"] = baby.group("baby").capitalize()
    if years := YEARS.search(text):
        fields["years"] = years.group("years")
    if pet := PET_IN_MEMORY.search(text):
        fields["pet"] = pet.group("pet")
    if remembered := REMEMBERED.search(text):
        fields["remembered"] = remembered.group("who")
    for need, said in (("missed", MISSED), ("late", LATE)):
        if found := said.search(text):
            fields[need] = found.group("event").lower()
    return fields


def signed_by(text: str) -> str:
    """Who sends the card, when the message says ("from the whole class"); else ""."""
    found = SIGNED.search(text)
    if found and FROM_PLACE.search(text[: found.start()]):
        found = None
    who = found.group("who") if found else ""
    # ("from all of us to take up the hospital tomorrow": all of us)
    return re.split(
        r"\s+(?:to|for|tomorrow|today|tonight|on|when|and|so|if|because|as|pls|please|plz|lol|"
        r"x+)\b",
        who,
    )[0].strip()


FUNNY_ASKED = folded(
    r"\b(?:funn(?:y|ier)|sill(?:y|ier)|jok\w*|cheek(?:y|ier)|lighter|laugh|humou?r\w*|"
    r"banter|cheer(?:ier|ful))\b",
    re.IGNORECASE,
)
SHORT_ASKED = folded(r"\b(?:short|shorter|brief|briefer|snappier|one line|too long)\b", re.I)


# A name woven into a card's greeting (bots/toasts.py): "Go well, Dave, and ...", "Good luck, Kez!".
WOVEN_NAME = re.compile(r"(?<=[a-z]), (?:[A-Z][\w']*\.? )?[A-Z][\w']+(?=[,!])")
# What a line's {thing} is, by the name it is tagged with (`card_fields`).
NEEDS = ("where", "named", "pet", "remembered", "years", "missed", "late")


def card_line(index: Index, text: str, given: str = "", follow: str = "") -> tuple[str, str]:
    """The persona's `#card` line for the card `text` asks for, and what its {thing} is (where
    they go, the baby's name, the years worked; "" for a line with none); never a line `given`
    holds; a funny one when `text` or a follow-up (`follow`) asks for one, the shortest when
    asked shorter. ("", "") when it has none for the occasion."""
    kind = card_occasion(text)
    fields = card_fields(text)
    # (its words given with a name woven in are its words: "Go well, Dave, and be happy")
    given = WOVEN_NAME.sub("", given)
    lines = [
        line
        for line in _tagged_lines(index.tagged.get("card", ()))
        if kind in line.names
        and all(need in fields for need in NEEDS if need in line.names)
        and not held(line.text, given)
    ]
    # Thanks after a death are its lines for that; no others are.
    loss = kind == "thanks" and bool(DIED.search(text))
    lines = [line for line in lines if ("loss" in line.names) == loss] or lines
    if not lines:
        return "", ""
    short = [line for line in lines if "short" in line.names]
    if SHORT_ASKED.search(follow):
        line = min(short or lines, key=lambda line: len(line.text))
    else:
        funny = [line for line in lines if "funny" in line.names]
        # What the message says, first ("Canada is lucky to have you"); a funny or a short line
        # only when asked for one.
        fitted = [line for line in lines if set(NEEDS) & set(line.names)]
        plain = [line for line in lines if not {"funny", "short"} & set(line.names)]
        asked_funny = FUNNY_ASKED.search(f"{text} {follow}")
        line = (funny if asked_funny and funny else fitted or plain or lines)[0]
    need = next((need for need in NEEDS if need in line.names), "")
    # (a pet's line says its years too: "{years} years of love")
    return line.text.replace("{years}", fields.get("years", "")), fields.get(need, "")


# A card of the occasion asked for others, as it is asked (`card_again`): as it is called, but
# congratulations and thanks said whole.
ASKED_AS = {**CALLED, "congrats": "congratulations card", "thanks": "thank you card"}


def card_again(asked: str, whom: str) -> str:
    """The card `asked` for asked again for `whom` ("and one for the paramedics"): "a thank you
    card for the paramedics"; "" when `asked` asked no card."""
    kind = card_occasion(asked)
    return f"a {ASKED_AS[kind]} for {whom}" if kind else ""


def card_purpose(text: str) -> str:
    """What the card is called, said back: "leaving card", "thank-you note", "message"."""
    noun = re.search(r"\b(card|message|note|wishes)s?\b", text, re.IGNORECASE)
    called = CALLED.get(card_occasion(text), "card")
    said = noun.group(1).lower() if noun else "card"
    if said == "card":
        return called
    return called.replace("card", said) if called != "card" else said


# A rhyme asked for someone's leaving or retirement: "rhyme for jen's leaving do, she's going to
# work at the zoo", "a little poem for my dad's retirement". Made of the person, not a
# quotation for anyone moving on.
VERSE_ASKED = folded(r"\b(?:rhymes?|poems?|verses?|couplets?|ditty|ditties)\b", re.I)
HONOURED = folded(
    r"\b(?P<mine>(?:my|our)\s+)?(?P<who>[a-z]+)'s\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<what>leaving|retirement|retiring|farewell|send[- ]?off|last day)\b",
    re.IGNORECASE,
)


def farewell_verse(index: Index, text: str, given: str = "") -> tuple[str, str]:
    """A verse of its own making (`#made parting` lines; `retirement` ones for a retirement,
    `where` ones naming where they go) for the person whose leaving or retirement `text` asks a
    rhyme for, and what it is for as said back ("Jen's leaving", "your dad's retirement"); never
    a line `given` holds.
    ("", "") when it asks none, or names nobody."""
    found = HONOURED.search(text) if VERSE_ASKED.search(text) else None
    where = card_fields(text).get("where", "")
    if found:
        who = found.group("who")
        who = f"your {who.lower()}" if found.group("mine") else who.capitalize()
        what = f"{who}'s {found.group('what').lower()}"
    elif VERSE_ASKED.search(text) and where and card_occasion(text) == "leaving":
        # "a short poem for the leaving card, she's off to australia": to whoever goes there.
        who, what = "you", f"the {card_purpose(text)}"
    else:
        return "", ""
    retiring = "retir" in what
    lines = [
        line.text
        for line in _tagged_lines(index.tagged.get("made", ()))
        if "parting" in line.names
        and ("retirement" in line.names) == retiring
        and (where or "where" not in line.names)
        and not held(line.text, given)
    ]
    # Where they go said, when the message says; for nobody named, only then.
    lines = [line for line in lines if "{thing}" in line] or ([] if who == "you" else lines)
    if not lines:
        return "", ""
    made = lines[0].replace("{what}", who).replace("{thing}", where)
    made = re.sub(r"(^|/ )([a-z])", lambda m: m.group(1) + m.group(2).upper(), made)
    return made, what


# An occasion told in the room before a card is asked that names none: "our old cat tibbs died
# last night. 19 years", then "could you write a little message for a card for hilary? from the
# club". The card is for what was told (`told_occasion`, the most telling first), with what was
# told of it: the pet's name, where they go, the baby's name, the years (`_told_particulars`).
_PET_KINDS = (
    r"cat|kitty|kitten|dog|doggo|puppy|pup|rabbit|bunny|hamster|guinea pig|tortoise|horse|pony|"
    r"budgie|parrot|goldfish|fish|ferret|gerbil|rat|mouse|hen|chicken|cockatiel|lurcher|"
    r"labrador|lab|spaniel|terrier|collie|greyhound"
)
TOLD = {
    "sympathy": rf"died|has died|passed away|passed on|passed last|put (?:\w+ )?(?:down|to sleep)|"
    rf"crossed the rainbow bridge|lost (?:my|our|his|her|their) (?:[\w'-]+ )?(?:{PERSON_OR_PET}|"
    rf"{_PET_KINDS})|funeral|no longer with us|sadly (?:lost|gone)|rip (?=[a-z])|"
    r"(?:got|was|been|be) run over|hit by a car|killed|"
    r"lost (?:her|his|their) (?:long )?(?:battle|fight)",
    "getwell": r"in (?:the )?hospital|in a ?& ?e|hospitali[sz]ed|admitted|poorly|unwell|ill|"
    r"sick(?! of| to| as| goal| tune)|(?:an|the|her|his|their|big|major|knee|hip) (?:op|operation)|"
    r"operation|surgery|broke (?:his|her|their|my|a|an) \w+|broken (?:\w+ )?(?:leg|arm|hip|wrist|"
    r"ankle|foot|collarbone|ribs?|toe|finger)|fractured|covid|flu|pneumonia|recovering|"
    r"on the mend|had a fall|a stroke|heart attack|chemo|laid up|off sick|(?:knee|hip) replacement",
    "retirement": r"retir(?:e|es|ed|ing|ement)",
    "leaving": r"(?:is|'s|s|are|'re|am|i'm|im|be) leaving(?! (?:at|now|early|soon|in \d|work|home|"
    r"the house|for work))|leaving (?:us|the (?:club|team|choir|band|group|office|company|firm|"
    r"school|practice|surgery|shop|job|society)|her job|his job|their job)|"
    r"moving (?:to|away|abroad|back to|up to|down to|out of (?:the )?(?:area|country|town))|"
    r"emigrat\w*|relocat\w*|stepping down|standing down|last day|last shift|moving on|"
    r"new job (?:in|at|down|up)|handed in (?:her|his|their|my) notice|off to [\w ]{2,24} for good|"
    r"(?:off|going|moving) (?:to live|to work) (?:in|abroad)|going travelling|off travelling",
    "baby": r"had (?:the|a|her|his|their) (?:little )?(?:baby|boy|girl)|had a (?:little |baby )?"
    r"(?:boy|girl)|baby (?:boy|girl)|(?:was|were|been|got) born|newborn|new arrival|gave birth|"
    r"baby (?:is here|arrived|came)|welcomed (?:a|their|baby)|it's a (?:boy|girl)|twins|"
    r"little (?:girl|boy|lad|lass)|\d+ ?lbs? ?\d+|\d+ ?pounds? \d+ ?(?:oz|ounces)",
    "engaged": r"engaged|proposed|popped the question",
    "congrats": r"passed (?:(?:his|her|their|my|the|your|both|all)\s+)?(?:\w+\s+)?(?:test|"
    r"exams?|theory|gcses?|a[- ]?levels?|finals|degree|grade|grades|bar|audition|interview|"
    r"assessment|viva|course|mot)|got (?:(?:his|her|their|my) )?(?:[\w-]+ ){0,2}results|"
    r"results (?:came|are|were)"
    r"|got (?:a |an )?(?:first|2:1|distinction|straight as?|a\*|all as?|into|in to|a place|"
    r"the job|promoted)|graduat\w*|promot\w*|qualified",
    "home": r"(?:bought|buying|moved into|moving into|moving in to|got) (?:a|their|her|his|our|my|"
    r"the)? ?(?:first |new )?(?:house|home|flat|place)|moving house|moved house|house ?warming|"
    r"new (?:house|home|flat)|got the keys|moving in together|first home",
    # Thanks told of one who did something for them: "margaret has run the tea urn for 20
    # years", "the volunteers who painted the hut"; not "thanks sue".
    "thanks": r"volunteer\w*|(?:has|have|'s|'ve) (?:been )?(?:running|organi[sz]ing|doing|"
    r"making|baking|looking after|helping with|sorting|coaching|teaching|cleaning)\b[\w' ]{0,40}?"
    r"\b(?:for (?:\d+|years|ages|us)|\d+ (?:years|yrs))|"
    r"(?:to|say a|a big|a proper) thank(?:s|\b)|organi[sz]ed (?:the|all|everything)|"
    r"(?:big|huge|massive|special|many) thanks|thanks to \w+ (?:who|for)|"
    r"who (?:fixed|organi[sz]ed|ran|made|built|painted|cleaned|sorted|raised|baked|knitted)",
}
TOLD_SAID = {kind: folded(rf"\b(?:{said})\b", re.IGNORECASE) for kind, said in TOLD.items()}
# Told of another occasion than a card of `TOLD`'s: a birthday, a wedding, Christmas; the card
# is for that (the persona's `#occasion` lines), never for news older than it.
OTHER_TOLD = folded(
    r"\b(?:birthday|bday|b-day|wedding|anniversary|christmas|xmas|valentine'?s?|mother'?s day|"
    r"father'?s day|eid|diwali|hanukkah|new year)\b|"
    r"(?:'s|\bhis|\bher|\btheir|\bmy|\bour|\byour) \d{1,3}(?:st|nd|rd|th)\b"
    r"(?! (?:of|floor|place|time|try|go|attempt|round|day|week))|"
    rf"\b(?:{AGE_TURNED})\b",
    re.IGNORECASE,
)
# What a card is asked as: "something to put inside", besides `CARD_ASKED`.
INSIDE_ASKED = folded(
    r"\b(?:something|smth|sth|a few words|some words|a line|words)\s+(?:\w+\s+){0,2}?to\s+"
    r"(?:put|write|say|pop|stick)\s+(?:inside|in it|in there|in(?=\s*[?!.]*$))|"
    # "any chance of a few words for the card", "a line for her card?"
    r"\b(?:something|summat|a few words|some words|any words|words|a line|a few lines|a message|"
    r"a verse|a note)\s+"
    r"(?:(?:nice|short|little|kind|simple|sweet)\s+)?(?:for|in|inside)\s+(?:the|her|his|their|"
    r"our|a|this|that|\w+'s)\s+card\b",
    re.IGNORECASE,
)
CARD_WORD = folded(r"\bcards?\b", re.IGNORECASE)
# Words any card's asking says (`card_carried` reads no message without them).
CARD_ASKED_WORDS = folded(
    r"\b(?:cards?|messages?|msgs?|notes?|wishes|words?|lines?|something|summat|smth|sth|inside|"
    r"verse|(?:in|for) (?:it|there))\b",
    re.IGNORECASE,
)
# Words asked for a card told of just before, by "it": "could you pen something for the inside?",
# "do us a couple of lines for it?", "write us summat to put in it", "what would you put in it".
IT_ASKED = folded(
    r"\b(?:something|summat|smth|sth|a few words|some words|few words|a couple of lines|"
    r"couple of lines|a line|a few lines|lines|words|a message|a verse|a little something|"
    r"anything|a note)\s+(?:[\w']+\s+){0,3}?(?:(?:for|in|inside|on)\s+(?:it|the inside|"
    r"there|inside)|to (?:put|write|go|say|pop|stick) (?:in|inside|on)(?:\s+(?:it|there))?)"
    r"(?=\s*(?:$|[?!.,)]|\b(?:pls|please|plz|love|mate|then|go on|keep|nothing|he|she|they|"
    r"seeing|as|its|it's|for|from|x+)\b))|"
    r"\bwhat (?:would|should|could|do|might) (?:you|u) (?:write|put|say) in (?:it|there)\b|"
    r"\b(?:put|write|do|pen) (?:a few|some) words (?:together )?(?:for|in) it\b",
    re.IGNORECASE,
)
# A pet's name as told: "our old cat tibbs", "our dog, bailey,"; "Tibbs, our cat".
PET_NAMED = re.compile(
    r"(?:\b(?:my|our|his|her|their|the|your)|(?<=\w's))\s+(?:(?:old|lovely|little|beloved|dear|sweet|family|"
    rf"poor|gorgeous|beautiful|big|darling|precious|elderly|rescue)\s+){{0,2}}(?P<kind>{_PET_KINDS})"
    r"\s*,?\s+(?P<name>[A-Za-z][a-z'-]+)\b|"
    r"\b(?P<first>[A-Z][a-z'-]+),?\s+(?:my|our|his|her|their)\s+(?:old\s+)?(?P<kind2>"
    rf"{_PET_KINDS})\b",
)
# One of theirs who died, by name: "mr okafor lost his wife joyce on sunday".
LOST_NAMED = folded(
    rf"\blost\s+(?:my|our|his|her|their)\s+(?:(?:dear|beloved|lovely|old)\s+)?(?:{_KIN})\s*,?\s+"
    r"(?P<name>[a-z][a-z'-]+)\b",
    re.IGNORECASE,
)
REMEMBERED = re.compile(r"\bremembering (?P<who>[A-Z][a-z'-]+)\b")
PET_IN_MEMORY = re.compile(
    rf"\bin memory of (?:(?:their|her|his|our|my|the) )?(?:{_PET_KINDS}) (?P<pet>[A-Z][\w'-]+)"
)
BABY_TOLD = folded(
    r"\b(?:called|named|name is|named her|named him|say hello to|welcome(?: to the world)?,?|"
    r"baby|little)\s+(?P<baby>[A-Za-z][a-z'-]+)\b",
    re.IGNORECASE,
)
# Words that are no one's name, for a name read loosely ("our cat has died", "baby girl").
_NO_NAME = frozenset(
    re.findall(
        r"\S+",
        "died dies dying passed has had was is got went finally sadly yesterday today tonight "
        "last this who that and of in at on to for from with just sadly girl boy one ones "
        "arrived came is isn't wasn't the a an she he they it its it's our my your his her "
        "their we you i weighed weighing born sister brother cousin at yet too so very really "
        "ran run runs lost slept fell ate bit broke hit sat left took gave made kept became "
        "fight battle monday tuesday wednesday thursday friday saturday sunday week weekend "
        "month year night morning evening afternoon",
    )
)
# Where someone goes as told, cut before what is said after it ("leeds next month").
WHERE_TOLD = folded(
    r"\b(?:off to|moving to|moving back to|moving up to|moving down to|emigrating to|heading to|"
    r"relocating to|(?:a |new )?job (?:in|at)|going to live in|going to work in)\s+"
    r"(?P<where>[a-z][a-z'-]+(?: [a-z][a-z'-]+)?)",
    re.IGNORECASE,
)
_NOT_A_PLACE = frozenset(
    re.findall(
        r"\S+",
        "be do miss have get start work live the a an bed uni university school college his "
        "her their my our your work pastures greener another next this that some somewhere "
        "abroad london-ish up down back",
    )
)
_AFTER_PLACE = frozenset(
    re.findall(
        r"\S+",
        "next this in on at for soon tomorrow after with and to from by month week year when "
        "so but lol for end start",
    )
)


def _name_said(word: str) -> str:
    """A name as it is said ("tibbs": "Tibbs"); "" for a word that may be no name."""
    low = word.lower()
    if (
        low in _NO_NAME
        or low in STOPWORDS
        or not low.isalpha()
        or not 2 <= len(low) <= 12
        or re.search(r"(?:ed|ing|ly)$", low)
    ):
        return ""
    return low.capitalize()


def _where_told(text: str) -> str:
    """Where someone goes, as told ("moving to new zealand": "New Zealand"); "" for a place not
    read cleanly ("moving to be nearer her kids", "off to the coast")."""
    found = WHERE_TOLD.search(text)
    if not found:
        return ""
    words = found.group("where").lower().split()
    if len(words) > 1 and (words[1] in _AFTER_PLACE or words[1] in STOPWORDS):
        words = words[:1]
    if words[0] in _NOT_A_PLACE or (len(words) == 1 and words[0] in STOPWORDS):
        return ""
    return " ".join(w.capitalize() for w in words)


def told_occasion(text: str) -> str:
    """The occasion a message tells of that a card may be for (`TOLD`, most telling first), or
    "" when it tells none."""
    text = THANKS_ASIDE.sub(" ", text)
    return next((kind for kind, said in TOLD_SAID.items() if said.search(text)), "")


def _told_particulars(kind: str, text: str) -> list[str]:
    """What the message told of its occasion, said as a card's asking reads it (`card_fields`,
    `PET_IN_MEMORY`): "in memory of their cat Tibbs", "off to Leeds", "called Rosie", "19
    years"."""
    said = []
    if kind == "sympathy" and (pet := PET_NAMED.search(text)):
        name = _name_said(pet.group("name") or pet.group("first") or "")
        species = (pet.group("kind") or pet.group("kind2") or "").lower()
        if name:
            said.append(f"in memory of their {species} {name}")
    elif kind == "sympathy" and (lost := LOST_NAMED.search(text)):
        kin = re.fullmatch(_KIN, lost.group("name"), re.IGNORECASE)
        said += [f"remembering {named}"] if (named := _name_said(lost[1])) and not kin else []
    if kind == "leaving" and (where := _where_told(text)):
        said.append(f"off to {where}")
    if kind == "baby":
        found = [*BABY_NAMED.finditer(text), *BABY_TOLD.finditer(text)]
        named = next((n for n in (_name_said(f.group("baby")) for f in found) if n), "")
        said += [f"called {named}"] if named else []
    if kind in ("sympathy", "retirement", "thanks") and (years := YEARS.search(text)):
        said.append(f"{years.group('years')} years")
    return said


# A card of each occasion, as the asking is carried with it (read back by `card_occasion`).
TOLD_AS = {
    "sympathy": "a sympathy card",
    "getwell": "a get well card",
    "retirement": "a retirement card",
    "leaving": "a leaving card",
    "baby": "a new baby card",
    "engaged": "an engagement card",
    "home": "a new home card",
    "congrats": "a congratulations card",
    "thanks": "a thank you card",
}


def _unnamed(text: str, card_told: bool = False) -> bool:
    """Whether `text` asks for a card (or words to put in one; words "for it" when a card was
    just told of, `card_told`) and names no occasion of `OCCASION` for it: not a birthday, a
    Christmas or any other said, nor a card told of or of another kind."""
    asked = (
        CARD_ASKED.search(text)
        or INSIDE_ASKED.search(text)
        or (card_told and IT_ASKED.search(text))
    )
    if not asked:
        return False
    # (told of in the sentence asked, not before it: "we're getting reg a card. could you pen
    # something for the inside?")
    start = max((m.end() for m in re.finditer(r"[.!?,;:]+\s", text[: asked.start()])), default=0)
    if NOT_A_CARD.search(text) or CARD_TOLD.match(text[start:]) or OTHER_TOLD.search(text):
        return False
    return not card_occasion(QUOTED.sub(" ", text))


# Words quoted, as others wrote them: "everyone's just put 'good luck' lol".
QUOTED = re.compile(r"(?<!\w)'[^'\n]{2,40}'(?!\w)|\"[^\"\n]{2,40}\"|‘[^’\n]{2,40}’|“[^”\n]{2,40}”")


def card_unnamed(text: str) -> bool:
    """Whether `text` asks for a card that names no occasion at all, nor tells one (`TOLD`)."""
    return _unnamed(text) and not told_occasion(text)


def card_carried(text: str, before: list[str]) -> str:
    """The card `text` asks for, carried with the occasion told in the room (`before`: what the
    people said, latest first): "write something for her card (a get well card)"; "" when
    `text` names its own occasion, or the latest told is another (a birthday), or none."""
    card_told = any(CARD_WORD.search(s) and not NOT_A_CARD.search(s) for s in (text, *before[:4]))
    if not _unnamed(text, card_told):
        return ""
    for said in (text, *before):
        kind = told_occasion(said)
        if BIRTHDAY_SAID.search(said) or (OTHER_TOLD.search(said) and not kind):
            return ""
        if kind:
            told = ", ".join([f"Write {TOLD_AS[kind]} message", *_told_particulars(kind, said)])
            return f"{told}. {QUOTED.sub(' ', text).strip()}"
    return ""
