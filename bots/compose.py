"""Pieces written to order: `#compose` lines.

Every room asks a persona to WRITE something short for an occasion and its people: "can u write
a good luck msg for priya's driving test tmrw", "write a short message to the landlord asking to
fix the boiler", "give us a team slogan for the quiz on friday", "help me write an apology to
jess for missing her party", "name for our pub quiz team", "toast for new years eve". A
quotation "for any occasion" will not do, nor a line on one word of the request: the persona
writes a short piece made for this occasion, in its own voice, filling in only what keeps the
sentence whole (the person's name, the occasion, their age). A thing that is truly not its
craft (a rap asked of a countess of 1840) is owned up to kindly, and what it can write offered.

    #compose luck: Good luck, {who}! ...             (a wish; `WISHES` are its kinds)
    #compose luck, what: Good luck with {what}, ...  (only when the occasion is said)
    #compose birthday, age: Happy {thing}, {who}!    (only when the age is said: "90th")
    #compose slogan, quiz: ...                       (`THINGS`: what the slogan is for)
    #compose name, boat: ...                         (made names, never famous ones)
    #compose toast, wedding: ...   #compose speech, birthday: ...   #compose caption, beach: ...
    #compose verse, getwell: ...   #compose apology: ...   #compose message: (a close)
    #compose rap: (owned up to, in its voice; a wish for the occasion follows when it has one)

What is asked is read here (`compose_asked`); a card asked of the one who writes cards, a letter,
an invite, a reminder and a message to the group are written elsewhere (bots/cards.py,
bots/letters.py), and a name for a pet keeps the persona's own `#dub` and `#occasion` lines.
"""

from __future__ import annotations

import re
import zlib

from bots.asks import (
    COUPLES_ANNIVERSARY,
    HOW_TO,
    PAST_ASKED,
    Tagged,
    _tagged_lines,
    held,
    team_named,
    yours,
)
from bots.cards import (
    CARD_TOLD,
    YEARS,
    card_asked,
    card_fields,
    card_for,
    card_occasion,
    signed_by,
)
from bots.fold import folded
from bots.letters import NAMED_DAY, notice_kind
from bots.lexicon import a_thing
from bots.material import STOPWORDS, Index, terms

# Words asked to go on a thing ("what should go on the medal", "what do we put on the cup").
_ON_THING = (
    r"(?:(?:go|put|write|engrave|say) on|(?:something|words|a few words|a line|lines) (?:for|on)) "
    r"(?:the|a|an|our|my|his|her|their) (?:[\w'-]+\s+){0,2}?"
    r"(?:trophy|trophies|cup|medals?|shield|watch|bench)\b(?! (?:winners?|ceremony|table|of)\b)"
)
# What is asked for, most telling first: "a sorry message" is an apology, "a birthday poem" a
# verse, "a good luck msg" a wish.
KINDS = {
    # A reply sent while away: "an out of office for the group chat", "an auto-reply for my work
    # email", "an away message for my slack" (before "message": the away message is the kind).
    "away": r"out[- ]of[- ](?:the[- ])?office(?: (?:messages?|msgs?|replies|reply|emails?|texts?|"
    r"responses?|notes?))?|ooo (?:messages?|msgs?|replies|reply)|"
    r"(?<=\ban )ooo\b|(?<=\bmy )ooo\b|(?<=\bthe )ooo\b|auto[- ]?(?:repl(?:y|ies)|"
    r"responders?|responses?)|away (?:messages?|msgs?|replies|reply|status|texts?)|"
    r"(?:holiday|vacation) (?:repl(?:y|ies)|responders?|auto[- ]?repl(?:y|ies))",
    "rap": r"raps?|rapping|diss ?tracks?|grime|drill (?:verse|track)s?|freestyle",
    "apology": r"apolog(?:y|ies|ise|ize|ising|izing)|sorry (?:message|msg|note|text)s?|"
    r"(?:message|msg|note|text) (?:saying|to say) sorry",
    "slogan": r"slogans?|mottos?|chants?|catchphrases?|tag ?lines?|battle cry|war cry|"
    r"(?:something|words?|a line) to (?:shout|chant|yell|roar|sing)",
    "caption": r"captions?",
    "toast": r"toasts?",
    "speech": r"speech(?:es)?|opening lines?|openers?",
    "verse": r"poems?|rhymes?|verses?|limericks?|haikus?|ditty|sonnets?|poetry",
    "name": r"(?:team |club |band |group |boat |quiz )?names? (?:for|ideas?)|"
    r"what (?:should|shall|could|can|do) (?:we|i|u|you) (?:call|name)",
    # Words to put on a thing: "a trophy inscription", "a plaque for the bench", "a label for my
    # chutney", "what should go on the medal".
    "inscription": r"inscriptions?|engravings?|plaques?|banners?|labels?|"
    rf"{_ON_THING}",
    # (not "something to say at the leaving do": words to say there, not a message to them)
    # ("a birthday card for my nan": cards of these occasions keep the persona's own words)
    "wish": r"messages?|msgs?|notes?|texts?|wishes|(?:birthday|bday|b-day) cards?|"
    r"(?:something|smth|sth|a few words|some words)"
    r"(?! to say\b)",
}
KIND_SAID = {kind: folded(rf"\b(?:{said})\b", re.IGNORECASE) for kind, said in KINDS.items()}
_ANY_KIND = "|".join(KINDS.values())
# Asked: "write", "can u do", "give us", "need a", "any ideas for", "whats a good"; or asked
# with no verb, the kind first ("name for my new pigeon??", "toast for nye pls").
COMPOSE_ASKED = folded(
    r"\b(?:write|do|make|give|need|want|suggest|think of|come up with|draft|pen|compose|got|"
    r"help (?:me|us)(?: with| write)?|ideas? for|whats|what's|what is|any)\b"
    r"(?:\s+(?:me|us|him|her|them))?\s+(?:(?:a|an|the|some|our|my|any|good|quick|short|little|"
    r"nice|funny|proper|cute|sweet|lovely|decent)\s+)*(?:[\w'-]+\s+){0,3}?"
    rf"(?:{_ANY_KIND})\b|"
    r"\bwhat (?:should|shall|could|can|do) (?:we|i|u|you) (?:call|name)\b|"
    rf"\bwhat (?:should|shall|could|would|can|do) (?:we |i )?{_ON_THING}\b|"
    r"^\W*(?:(?:ok|so|and|pls|please|also|hey|quick one)\W+){0,2}(?:(?:a|an|any|some|quick|"
    r"short|good)\s+)?(?:[\w'-]+\s+){0,2}?(?:toasts?|slogans?|mottos?|captions?|names?|chants?|"
    r"(?:war|battle) cry|"
    r"poems?|rhymes?|speech(?:es)?|apolog(?:y|ies)|(?:good luck|birthday|bday|congrats|thank you|"
    r"get well|sorry|apology)\s+(?:messages?|msgs?|texts?|notes?))\s+(?:for|about|to)\b|"
    # a cry asked with no verb: "a battle cry pls, we're the quantum leapers", "chant for sunday?"
    r"^\W*(?:(?:ok|so|and|also|hey|right)\W+){0,2}(?:(?:a|an|any|some|quick|short|good|little)\s+)?"
    r"(?:[\w'-]+\s+){0,2}?(?:chants?|(?:war|battle|rallying) cr(?:y|ies))\b"
    r"(?!\s+(?:was|is|were|went|got|sounded)\b)|"
    # "can we get an out of office for the chat", "could i have an auto reply"
    rf"\b(?:get|have)\s+(?:us\s+|me\s+)?(?:an?|some)\s+(?:[\w'-]+\s+){{0,2}}?(?:{KINDS['away']})|"
    # "something for my out of office pls"
    rf"\b(?:something|smth|sth|words|a few words)\s+(?:for|on)\s+(?:my|our|the|an?)\s+"
    rf"(?:{KINDS['away']})",
    re.IGNORECASE,
)
# Asked as a question of what is good: "whats a good name for our book club".
GOOD_ASKED = folded(r"^\W*(?:what'?s|what is|what should|what shall|what could)\b", re.I)

# The wishes a message may carry (bots/cards.py `card_occasion`, and birthdays).
WISHES = (
    "birthday",
    "luck",
    "congrats",
    "thanks",
    "getwell",
    "leaving",
    "retirement",
    "sympathy",
    "baby",
    "engaged",
    "home",
)
BIRTHDAY = folded(r"\b(?:birthday|bday|b'day|\d{1,3}(?:st|nd|rd|th))\b", re.IGNORECASE)
AGE = folded(
    r"\b(?P<nth>\d{1,3})(?:st|nd|rd|th)\b|"
    r"\b(?:is|hes|he's|shes|she's|turns|turning|will be|be)\s+(?P<age>\d{1,3})\b",
    re.IGNORECASE,
)
# The occasion a wish or a toast names: "priya's driving test", "the final", "tom's exams".
_EVENTS = (
    r"test|exams?|interview|final|finals|match|game|race|marathon|audition|gig|show|"
    r"performance|presentation|trial|operation|op|surgery|first day|new job|job|move|"
    r"competition|tournament|recital|quiz|debate|assessment|viva|results|season|wedding|"
    r"engagement|graduation|retirement|housewarming|party|do|launch|fun run|run|bake sale|"
    r"sale|fair|concert|play|trip|holiday|degree|course"
)
EVENT = folded(
    r"\b(?P<det>(?P<owner>[a-z]+)'s|the|his|her|their|your|my|our)\s+"
    rf"(?P<what>(?:[a-z-]+\s+){{0,2}}?(?:{_EVENTS}))\b",
    re.IGNORECASE,
)
# Pieces told of, not asked: "i wrote a message to the landlord", "did you get my message".
_NOT_PIECE = folded(
    r"\b(?:card reader|text ?book|notebook|note ?book|sick note|my name|"
    r"(?<!team )(?<!side )(?<!club )(?<!band )name (?:is|was)|"
    r"your name|names? of)\b",
    re.IGNORECASE,
)

# What a slogan, a name or a caption is for, by the thing named (`#compose slogan, quiz`).
THINGS = {
    "quiz": r"quiz|trivia",
    # (not "team" alone: a robotics team, a quiz team; not "side": the side of the van)
    "sport": r"(?:5|five|six|6|7|seven)[ -]a[ -]side|football|footy|netball|rugby|cricket|hockey|"
    r"match|league|fun run|charity run|park ?run|race|marathon|relay|5k|10k|sports day",
    "sale": r"sale|fair|fete|stall|market|fundraiser|charity|bake",
    "boat": r"boat|yacht|dinghy|canoe|kayak|barge|narrowboat",
    "club": r"club|society|group|book club|choir|band",
    "beach": r"beach|sea|seaside|coast|sand",
    "graduation": r"graduat\w*|degree",
    "wedding": rf"wedding|married|marriage|bride|groom|best (?:man|woman)|maid of honou?r|"
    rf"bridesmaids?|engage\w*|{COUPLES_ANNIVERSARY}",
    "birthday": r"birthday|bday|\d{1,3}(?:st|nd|rd|th)(?! anniversar)",
    "newyear": r"new years?(?: eve)?|nye|hogmanay",
    "retirement": r"retir\w*",
    "getwell": r"hospital|poorly|ill|sick|get well|operation|surgery",
    # What words on a thing are for (`#compose inscription, win`): a cup won, one remembered, a
    # jar of something made.
    "win": r"troph(?:y|ies)|cups?|winners?|champions?|champs|medals?|shield|prizes?|victory",
    "memorial": r"in (?:loving )?memory|memorial|remembrance|passed away",
    "food": r"jams?|chutneys?|honey|jars?|marmalade|preserves?|pickles?|bottles?|gin|cider|"
    r"sauces?|home ?brew|beer|wine",
}
THING_SAID = {kind: folded(rf"\b(?:{said})\b", re.IGNORECASE) for kind, said in THINGS.items()}
# What it is for, said back: "the quiz", "your 5 a side team", "the bake sale".
FOR_THING = folded(
    r"\b(?:for|of|at)\s+(?P<thing>(?:the|our|my|this|a|an|their)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:[\w'-]+))(?=\s*(?:$|[,.!?;]|\b(?:on|at|this|next|pls|please|plz|tomorrow|tmrw|tonight|"
    r"today|she|he|they|it|its|it's|we|lol|haha|x+|thanks|ty|that|which|with|to|in)\b))",
    re.IGNORECASE,
)

# A message to someone and what it must say: "to the landlord asking to fix the boiler".
MESSAGE_TO = folded(
    r"\b(?:messages?|msgs?|texts?|notes?|emails?|apolog\w+|sorry \w+)\s+(?:to|for)\s+"
    r"(?P<to>(?:the|my|our|his|her)\s+[\w'-]+|(?!the\b|my\b|our\b)[a-z][\w'-]+)",
    re.IGNORECASE,
)
ASKING_FOR = folded(
    r"\b(?:asking|to ask)\s+(?:(?:him|her|them)\s+)?for\s+(?P<want>[^.?!]{3,60}?)\s*"
    r"(?:[.?!]|$|\bpls\b|\bplease\b)",
    re.IGNORECASE,
)
ASKING = folded(
    r"\b(?:asking|to ask|ask)\s+(?:(?:him|her|them|if (?:they|he|she) (?:can|could|will)|"
    r"(?:him|her|them) to)\s+)?(?:to\s+)?(?P<ask>[^.?!]{3,80}?)\s*(?:[.?!]|$|\bpls\b|\bplease\b)",
    re.IGNORECASE,
)
SAYING = folded(
    r"\b(?:saying|to say|telling (?:him|her|them)|letting (?:him|her|them) know)\s+(?:that\s+)?"
    r"(?P<says>[^.?!]{3,80}?)\s*(?:[.?!]|$|\bpls\b|\bplease\b)",
    re.IGNORECASE,
)
ABOUT = folded(
    r"\babout\s+(?P<about>(?:the|our|my|their|his|her|a|an)\s+[^.?!,]{2,50}?)\s*"
    r"(?:[.?!,]|$|\bpls\b|\bplease\b)",
    re.IGNORECASE,
)
# What an apology is for: "for missing her party", ", i forgot our anniversary".
SORRY_FOR = folded(
    r"\b(?:for|about)\s+(?P<for>(?:not |being |missing |forgetting |breaking |losing |"
    r"the |what |my |ruining |eating |being )[^.?!]{2,60}?)\s*(?:[.?!]|$|\bpls\b|\bplease\b)|"
    r"\b(?P<did>(?:i|we)\s+(?:forgot|missed|broke|lost|ate|ruined|was|were|didn'?t|didnt|"
    r"said|shouted|left)\b[^.?!]{2,60}?)\s*(?:[.?!]|$|\bpls\b|\bplease\b)",
    re.IGNORECASE,
)
# The writer's own words set right: "im off sick today": "I'm off sick today".
_FIRST_PERSON = {
    "i": "I",
    "im": "I'm",
    "i'm": "I'm",
    "ive": "I've",
    "i've": "I've",
    "ill": "I'll",
    "i'll": "I'll",
    "id": "I'd",
    "i'd": "I'd",
    "dont": "don't",
    "cant": "can't",
    "wont": "won't",
    "didnt": "didn't",
    "isnt": "isn't",
    "its": "it's",
    "u": "you",
    "ur": "your",
    "pls": "please",
    "tmrw": "tomorrow",
    "cos": "because",
    "coz": "because",
}
# To whom the message is said: the one named, else the group ("Hi all,"), else no one.
_GROUP = folded(r"\b(?:neighbou?rs|everyone|team|group|class|all|guys|flatmates)\b", re.I)
LIMIT = 200


def compose_asked(text: str) -> str:
    """The kind of piece `text` asks the persona to write (`KINDS`), or "" when it asks none:
    not one told of ("i wrote a message to the landlord", "did you get my message"), nor how to
    write one, nor a card, an invite, a reminder or a note to the group (written elsewhere)."""
    if not COMPOSE_ASKED.search(text) or HOW_TO.match(text) or PAST_ASKED.match(text):
        return ""
    # ("i'm away next week, write me something for my out of office": the away told is what
    # the piece is for, not a card told of)
    told = CARD_TOLD.match(text) and not KIND_SAID["away"].search(text)
    if told and not GOOD_ASKED.match(text) or _NOT_PIECE.search(text):
        return ""
    kind = next((kind for kind, said in KIND_SAID.items() if said.search(text)), "")
    if kind == "wish":
        if MESSAGE_TO.search(text) and _message_parts(text)[1]:
            return "message"
        return "wish" if wish_of(text) else ""
    return kind


# Short practical writing bots/letters.py writes with every fact kept (`notice`).
NOTICED = ("welcome", "invite", "reminder", "notice", "group")


def composed(index: Index, text: str) -> bool:
    """Whether the persona writes the piece `text` asks for here (`compose`): not a card asked
    of the one who writes cards, nor an invite, a reminder or a note to the group."""
    if not index.tagged.get("compose") or not COMPOSE_ASKED.search(text):
        return False
    if KIND_SAID["away"].search(text) and compose_asked(text) == "away":
        return compose(index, text) is not None  # (not a card for "back on the 3rd")
    if index.tagged.get("card") and card_asked(text) and not _request_message(text):
        return False
    noticed = notice_kind(text)
    if noticed in NOTICED and not (noticed == "group" and wish_of(text)):
        return False  # (a good luck message for the team is a wish, not news for the group)
    return compose(index, text) is not None


def _request_message(text: str) -> bool:
    """Whether `text` asks for a message to someone asking them for a thing ("a note for my
    neighbour asking if they could trim the hedge"): the asking written, never a card."""
    asks = ASKING.search(text) or ASKING_FOR.search(text)
    return bool(asks and MESSAGE_TO.search(text) and compose_asked(text) == "message")


def wish_of(text: str) -> str:
    """The wish a message carries (`WISHES`): a birthday, else the card's occasion; ""."""
    if BIRTHDAY.search(text):
        return "birthday"
    occasion = card_occasion(text)
    return occasion if occasion in WISHES else ""


def _made(index: Index, kind: str) -> list[str]:
    """Its `#made` lines of `kind` (a poet's own toasts, speeches, chants, verses)."""
    made = _tagged_lines(index.tagged.get("made", ())) if kind else ()
    return [line.text for line in made if line.names[0] == kind and len(line.names) == 1]


def _thing(text: str, said: bool = False) -> str:
    """What a slogan, a name or a caption is for, as the offer says it after "For the" ("quiz",
    "book club"), or `said` whole to the asker ("the quiz", "your book club")."""
    found = FOR_THING.search(text)
    if not found:
        return ""
    thing = re.sub(r"\b(?:pic|photo|picture|selfie|snap) of\b.*", "", found.group("thing"))
    if said:
        return yours(thing.strip().lower())
    return re.sub(r"^(?:the|our|my|this|a|an|their)\s+", "", thing.strip().lower())


def _event(text: str) -> str:
    """The occasion a wish names, said to the one wished ("your driving test", "the final")."""
    found = EVENT.search(text)
    if not found:
        return ""
    det = found.group("det").lower()
    det = "your" if found.group("owner") or det in ("his", "her", "their", "my") else det
    return f"{det} {found.group('what').lower()}"


def _ordinal(number: str) -> str:
    """ "90": "90th", "21": "21st"."""
    n = int(number)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _addressed(whom: str, text: str) -> str:
    """Those wished as they are spoken to: "Priya", "Grandad", "team", "Dave and Sam"; "" for
    what is no one to speak to ("your sister's wedding", "mates 30th")."""
    said = whom.lower()
    whom = re.sub(r"^(?:your|the|our|my)\s+", "", said).strip()
    whom = re.sub(r"\s+(?:birthday|bday|\d+(?:st|nd|rd|th))$", "", whom)
    whom = re.sub(r"'s?$", "", whom)  # "dad's 60th": Dad
    # "jo for her interview", "the team before the final": Jo, the team.
    whom = re.split(r"\s+(?:for|before|on|at|in|with|about|after|who|that|from)\b", whom)[0]
    if re.match(r"(?:his|her|their)\b", whom):
        return ""  # "her family": no one to greet by name
    if said.startswith("the ") and re.fullmatch(r"\w+s", whom):
        return ""  # "the nurses": thanked as all of them, never "Thank you, Nurses"
    # "my brothers birthday", "my mates 30th": the brother, the mate.
    owner = rf"\b{re.escape(whom)}\s+(?:birthday|bday|\d+(?:st|nd|rd|th)|wedding|anniversary)\b"
    if whom.endswith("s") and re.search(owner, text, re.IGNORECASE):
        whom = whom[:-1]
    if not whom or len(whom.split()) > 3 or re.search(r"'s\b|\d", whom):
        return ""
    if whom in ("team", "everyone", "all", "lads", "girls"):
        return whom
    return " ".join(w if w == "and" else w[:1].upper() + w[1:] for w in whom.split())


# Those a toast is to: "a short toast to end on, to priya and james?".
TOASTED = folded(
    r"\btoast\b[^.?!]*?\bto\s+(?P<to>(?!the\b|end\b|all\b|us\b)[a-z]+(?: and [a-z]+)?)"
    r"(?=\s*(?:[?,.!]|$))",
    re.IGNORECASE,
)
# A couple named by first names: "for lauren and dev", "for mum and dad".
COUPLE_FOR = folded(r"\bfor (?P<to>[a-z]+ (?:and|&) [a-z]+)\b(?! (?:and|&)\b)", re.IGNORECASE)
_KIN = frozenset({"mum", "dad", "mam", "nan", "nana", "gran", "grandad", "grandma", "grandpa"})
# How the two met, said to be put in their toast: "they met at a bus stop in the rain", "they
# met on a night out in leeds".
MET = folded(
    r"\b(?:they|we|you|both|the two of them|the pair of them)\s+(?:first\s+|actually\s+)?met\s+"
    r"(?P<met>(?:at|in|on|through|via|over|during|while|outside)\b[^.,;!?()]{2,48}?)\s*"
    r"(?=$|[.,;!?()]|\b(?:and (?:now|then|have|are|got)|so|but|lol|haha|pls|please|x+)\b)",
    re.IGNORECASE,
)
PIECE_FOR = folded(r"\b(?:cards?|messages?|msgs?|notes?|wishes)\s+(?:for|to)\s", re.I)


def _couple(text: str) -> str:
    """The two a piece is for by their first names ("for lauren and dev"): not two things
    ("for fish and chips")."""
    found = COUPLE_FOR.search(text)
    if not found:
        return ""
    names = re.split(r"\s+(?:and|&)\s+", found.group("to").lower())
    named = all(
        n in _KIN or (n not in STOPWORDS and not any(a_thing(t) for t in terms(n))) for n in names
    )
    return " and ".join(names) if named else ""


def _fields(text: str) -> dict[str, str]:
    """What a `#compose` line may say: `who` (the one wished), `what` (their occasion), `age`
    ("90th") and `years` ("40"), its {thing}, and `met` (where the two it is for met: "at a bus
    stop in the rain"); each only when the message says it."""
    fields = {}
    met = MET.search(text)
    toasted = TOASTED.search(text)
    if toasted and met and toasted.start("to") >= met.start():
        toasted = None  # "they met on a ferry to calais": no toast to Calais
    whom = (
        (toasted.group("to") if toasted else "")
        or _couple(text)
        or card_for(text)
        or next(
            # ("for the leaving card for maria": Maria, read from the card on)
            (card_for(text[m.start() :]) for m in PIECE_FOR.finditer(text)),
            "",
        )
    )
    if who := _addressed(whom, text):
        fields["who"] = who
        if re.match(r"(?:your|the|our|my)\b", whom, re.IGNORECASE):
            fields["role"] = "yes"  # spoken to ("Happy birthday, Grandad!"), not spoken of
    if what := _event(text):
        fields["what"] = what
    age = AGE.search(text)
    number = (age.group("nth") or age.group("age")) if age else ""
    if number and 1 <= int(number) <= 110:
        fields["age"] = _ordinal(number)
    if years := YEARS.search(text):
        fields["years"] = years.group("years")
    if met:
        fields["met"] = re.sub(r"\s+", " ", met.group("met").strip())
    # Where they go, a pet mourned by its name, a baby's name (bots/cards.py `card_fields`).
    told = card_fields(text)
    fields.update({said: told[need] for need, said in TOLD_AS.items() if need in told})
    return fields


# What a card's asking tells (`card_fields`), as a `#compose` line names it.
TOLD_AS = {"where": "where", "pet": "pet", "named": "named", "remembered": "remembered"}


# What an asker may tell of the occasion for a `#compose` line to say: the occasion itself, an
# age, years served, where the two met.
DETAILS = ("what", "age", "years", "met", "where", "pet", "named", "remembered")


def _lines(
    index: Index,
    kind: str,
    sub: str,
    fields: dict[str, str],
    given: str,
    fitted_only: bool = False,
    detailed: bool = False,
) -> list[str]:
    """Its `#compose` lines of `kind` for `sub` (else for any, unless `fitted_only`), filled;
    those that say most of what the message says first; none it said already (`given`), none
    needing what it leaves unsaid; with `detailed`, only those that say a detail the message told
    (`DETAILS`: an age, years served, where the two met)."""
    tagged = _tagged_lines(index.tagged.get("compose", ()))
    of_kind = [line for line in tagged if line.names[0] == kind and not held(line.text, given)]
    slots = DETAILS
    fitting = [line for line in of_kind if sub and sub in line.names[1:]]
    if not fitting and not fitted_only:
        fitting = [line for line in of_kind if set(line.names[1:]) <= set(slots)]
    usable = [
        line
        for line in fitting
        if all(need in fields for need in slots if need in line.names)
        and ("{who}" not in line.text or "who" in fields)
        and (not detailed or any(need in line.names for need in DETAILS[1:]))
    ]
    usable.sort(key=lambda line: -sum(n in line.names for n in slots) - ("{who}" in line.text))
    return [_fill(line, fields) for line in usable]


def _sub(kind: str, text: str) -> str:
    """Which of its lines of `kind` fit: the wish, or the thing it is for (`THINGS`)."""
    if kind in ("wish", "verse", "rap") and (wish := wish_of(text)):
        return wish
    return next((thing for thing, said in THING_SAID.items() if said.search(text)), "")


def _fill(line: Tagged, fields: dict[str, str]) -> str:
    """A `#compose` line with its slots filled: {thing} is the age or the years its names say
    ({name} is left for the engine)."""
    told = next((need for need in TOLD_AS.values() if need in line.names), "")
    thing = fields.get(told or ("years" if "years" in line.names else "age"), "")
    said = {key: fields.get(key, "") for key in ("who", "what", "met")}
    return line.text.format(name="{name}", thing=thing, **said)


def _plain(words: str) -> str:
    """The writer's own words, set right to send: "im off sick today": "I'm off sick today"."""
    said = " ".join(_FIRST_PERSON.get(w.lower(), w) for w in words.strip(" ,").split())
    said = NAMED_DAY.sub(lambda day: day.group(0).capitalize(), said)
    return said[:1].upper() + said[1:]


def _message_parts(text: str) -> tuple[str, str]:
    """A message's greeting and what it says ("Hi,", "Could you please fix the boiler?"), read
    from the asking; ("", "") when it says nothing to put in it."""
    to = MESSAGE_TO.search(text)
    whom = to.group("to").lower() if to else ""
    if _GROUP.search(whom):
        hello = "Hi all,"
    elif whom and not re.match(r"(?:the|my|our|his|her|next|everyone|all|people)\b", whom):
        hello = f"Hi {whom.capitalize()},"
    else:
        hello = "Hi,"
    if wanted := ASKING_FOR.search(text):
        # "asking for friday off": "could I please have Friday off?"
        please = "could" if hello else "Could"
        want = _plain(wanted.group("want"))
        want = want if NAMED_DAY.match(want) else want[:1].lower() + want[1:]
        return hello, f"{please} I please have {want}?"
    if ask := ASKING.search(text):
        # ("asking them to move their car": could you please move your car?)
        asked = re.sub(r"\btheir\b", "your", _plain(ask.group("ask")), flags=re.IGNORECASE)
        please = "could" if hello else "Could"
        return hello, f"{please} you please {asked[:1].lower()}{asked[1:]}?"
    if says := SAYING.search(text):
        return hello, f"{_plain(says.group('says'))}."
    if about := ABOUT.search(text):
        return hello, f"I wanted to have a quick word about {about.group('about').lower()}."
    return "", ""


def _apology(text: str) -> str:
    """An apology's words for what the message says was done ("missing her party": "I'm so
    sorry for missing your party."), to the one named."""
    to = MESSAGE_TO.search(text)
    whom = to.group("to").lower() if to else ""
    named = whom and not re.match(r"(?:the|my|our|his|her)\b", whom)
    hello = f"{whom.capitalize()}, " if named else ""
    found = SORRY_FOR.search(text)
    if not found:
        return f"{hello}I'm so sorry." if hello else "I'm so sorry."
    if found.group("for"):
        done = re.sub(r"\b(?:her|his|their)\b", "your", found.group("for").lower())
        return f"{hello}I'm so sorry for {_plain(done)[:1].lower()}{_plain(done)[1:]}."
    return f"{hello}I'm so sorry {_plain(found.group('did'))}."


# What each kind is called, said back in the offer ("For the toast, Sam, ...").
CALLED = {
    "apology": "apology",
    "slogan": "slogan",
    "caption": "caption",
    "toast": "toast",
    "speech": "speech",
    "verse": "verse",
    "name": "name",
    "message": "message",
    "wish": "message",
}


# Kinds written here only when made for the very thing (a quiz, a wedding, a beach): for
# anything else, the persona's own ways with them stand (`#made`, `#motto`, `#occasion`).
FITTED_ONLY = ("slogan", "name", "toast", "caption", "speech", "inscription")

# The `#made` kind a poet writes for each kind asked; a slogan is asked of him as a "chant".
MADE_AS = {"toast": "toast", "speech": "speech", "verse": "verse", "slogan": "chant"}
CRY_SAID = folded(
    r"\b(?:chants?|(?:war|battle|rallying) cr(?:y|ies)|(?:something|words?|a line) to "
    r"(?:shout|chant|yell|roar|sing))\b",
    re.IGNORECASE,
)
CHANT_SAID = folded(r"\b(?:slogans?|mottos?|catchphrases?|tag ?lines?)\b", re.IGNORECASE)

# A wish's message, said back by its occasion and as it is asked ("For the good luck message",
# "For the birthday card").
WISH_CALLED = {
    "luck": "good luck",
    "birthday": "birthday",
    "thanks": "thank-you",
    "getwell": "get well",
    "leaving": "leaving",
    "retirement": "retirement",
    "sympathy": "sympathy",
    "congrats": "congratulations",
    "baby": "new baby",
    "home": "new home",
    "engaged": "engagement",
}
WISH_NOUN = folded(r"\b(card|message|note|text|wishes)s?\b", re.IGNORECASE)


def _wish_called(text: str) -> str:
    """What a wish is called, said back: "birthday card", "good luck message"."""
    noun = WISH_NOUN.search(text)
    said = noun.group(1).lower() if noun else "message"
    return f"{WISH_CALLED.get(wish_of(text), '')} {said}".strip()


def compose(index: Index, text: str, given: str = "") -> tuple[str, dict[str, str], str] | None:
    """The piece `text` asks for, written for its occasion and its people in the persona's own
    `#compose` lines: the opener to offer it with ("offer"; none for a reply said whole), the
    opener's fields, and the piece; never a line `given` holds. None when the persona has no
    line for it (the engine answers as before)."""
    kind = compose_asked(text)
    if not kind or not index.tagged.get("compose"):
        return None
    fields = _fields(text)
    if kind in ("speech", "toast") and fields.get("role") and THING_SAID["wedding"].search(text):
        del fields["who"]  # "a toast for my sisters wedding": to the couple, not to "my sister"
    elif kind in ("speech", "toast") and fields.get("role"):
        # Spoken of by the one who gives it: "my mate", "my dad"; not "Mate is a year older".
        fields["who"] = f"my {fields['who'].lower()}"
    seed = zlib.crc32(text.lower().encode())
    if kind == "rap":
        owned = _lines(index, "rap", "", fields, given)
        if not owned:
            return None
        wish = wish_of(text)
        made = _lines(index, "wish", wish, fields, given) if wish else []
        if not made:
            return None  # (asked no wish, it says as before what it cannot write)
        piece = f' "{made[0]}"'
        return ("", {}, f"{owned[seed % len(owned)]}{piece}")
    if kind in ("message", "apology"):
        return _written(index, kind, text, fields, given)
    if kind == "away":
        return _away(index, text, given)
    # (where the two met tells their story, not the occasion: "they met at a chess club")
    sub = _sub(kind, MET.sub(" ", text))
    # A cry for a side that tells its name ("a war cry, we're the red lions"): one that names it.
    team = team_named(text) if kind == "slogan" else ""
    # A cry asked ("give us a chant", "a war cry for sunday"): written, for a side it names or
    # for any, never owned up to as verse it cannot make.
    cry = kind == "slogan" and CRY_SAID.search(text)
    if kind in FITTED_ONLY and not sub and not team and not cry:
        return None  # (its own ways with a slogan or a toast for anything stand)
    if kind == "name" and index.tagged.get("title"):
        return None  # one who names things fits the name to the thing (bots/naming.py)
    made = _made(index, MADE_AS.get(kind, ""))
    cheered = kind == "slogan" and sub in ("quiz", "sport") and CHANT_SAID.search(text)
    detailed = _lines(index, kind, sub, fields, given, fitted_only=True, detailed=True)
    if detailed and sub:
        # A detail told for the piece ("they met at a bus stop in the rain") is put in it, in a
        # line made to say it, before a poet's own made toasts that could not.
        return ("offer", {"what": _called(kind, text)}, f'"{_signed(kind, detailed[0], text)}"')
    if made and not cheered and not team:
        return None  # a poet's own made toasts, speeches, chants and mottos stand (`#made`)
    if made:
        # A slogan for a side asked of the poet is one of his made chants, for that side.
        line = made[zlib.crc32(text.lower().encode()) % len(made)]
        chant = line.replace("{what}", team or _thing(text, said=True) or "us")
        return (
            "offer",
            {"what": _thing(text) or _called(kind, text)},
            f'"{chant[:1].upper()}{chant[1:]}"',
        )
    lines = _lines(
        index, kind, sub, fields, given, fitted_only=kind in FITTED_ONLY and not (team or cry)
    )
    if not lines:
        return None
    piece = _signed(kind, lines[0], text)
    if team:
        piece = f"{piece} Come on, {re.sub(r'^the ', '', team)}!"
    what = _thing(text) if kind in ("slogan", "name") else ""
    return ("offer", {"what": what or _called(kind, text)}, f'"{piece}"')


# Away as more than one ("for the group chat", "while we're away", "for our club"), else as one.
_AWAY_WE = folded(
    r"\b(?:we|we'?re|were|us|our|ours|group|team|club|society|shop|lab|family)\b", re.I
)


def _away(index: Index, text: str, given: str) -> tuple[str, dict[str, str], str] | None:
    """An out-of-office reply in the persona's `#compose away` words, said as "we" when the
    asking speaks for a group ("for the group chat while we're away"), else as "I"."""
    who = "we" if _AWAY_WE.search(KIND_SAID["away"].sub(" ", text)) else "i"
    lines = _lines(index, "away", who, {}, given, fitted_only=True) or _lines(
        index, "away", who, {}, "", fitted_only=True
    )
    if not lines:
        return None
    line = lines[zlib.crc32(text.lower().encode()) % len(lines)]
    return ("offer", {"what": _called("away", text)}, f'"{line}"')


def _signed(kind: str, piece: str, text: str) -> str:
    """A wish signed by those who send it, when the asking says ("from the club"): "... From
    the club."; as it is, when it says so already ("from all of us")."""
    signer = signed_by(text) if kind == "wish" else ""
    if not signer or re.search(r"\bfrom (?:all of )?us\b", piece, re.IGNORECASE):
        return piece
    return f"{piece} From {signer}."


# The thing words are put on, said back ("For the plaque", "For the medal").
ON_SAID = folded(
    r"\b(inscription|engraving|plaque|banner|label|trophy|cup|medal|shield|watch|bench)s?\b", re.I
)


def _called(kind: str, text: str) -> str:
    """What the piece asked is called in the offer: "good luck message", "toast", "plaque"."""
    if kind == "wish":
        return _wish_called(text)
    if kind == "slogan":
        cry = re.search(r"\b(war cry|battle cry|rallying cry|chant|motto|catchphrase)", text, re.I)
        return cry.group(1).lower() if cry else ("chant" if CRY_SAID.search(text) else "slogan")
    if kind == "away":
        said = KIND_SAID["away"].search(text).group(0).lower()
        return (
            "auto-reply"
            if "auto" in said
            else ("out-of-office message" if "office" in said or "ooo" in said else "away message")
        )
    if kind == "inscription":
        said = [found.lower() for found in ON_SAID.findall(text)]
        return next((s for s in said if s in ("plaque", "banner", "label")), "") or (
            "inscription" if "inscription" in said or "engraving" in said else said[0]
        )
    return CALLED[kind]


def _written(
    index: Index, kind: str, text: str, fields: dict[str, str], given: str
) -> tuple[str, dict[str, str], str] | None:
    """A message to someone (the landlord, the boss, Jess) saying what the asking says, or an
    apology for what it says was done; closed in the persona's `#compose message` or
    `#compose apology` words."""
    if kind == "message":
        hello, says = _message_parts(text)
        if hello and not re.match(r"I\b|[A-Z][a-z]*day\b", says):
            says = says[:1].lower() + says[1:]  # "Hi, the rent will be late this month."
        body = f"{hello} {says}"
    else:
        body = _apology(text)
    closes = _lines(index, kind, "", fields, given)
    close = closes[zlib.crc32(text.encode()) % len(closes)] if closes else ""
    piece = f"{body} {close}".strip() if len(body) + len(close) < LIMIT else body
    return ("offer", {"what": CALLED[kind]}, f'"{piece}"')
