"""Cards, toasts and short messages made of what the room told of the person.

"could you write a few lines for his card? his name's rowan" after "my daughter had her baby
last night!! 7lb 2oz, a little boy"; "a short message for a sympathy card? the dog was called
bramble, 15 years old"; "a short toast for nan? she's called joan, loves bingo, her garden and
being right about everything". The piece says the name, the age or the years, and what they
love or are, in one to three short lines a person could write in the card or say aloud
("Happy 80th birthday, Joan! Here's to bingo, your garden and being right about everything."),
never a stock quotation in place of it. A card or a toast whose words already say what was told
is left as it is (`made_piece`).
"""

from __future__ import annotations

import re

from bots.asks import _KIN
from bots.cards import (
    _NO_NAME,
    _PET_KINDS,
    BIRTHDAY_SAID,
    CARD_ASKED,
    CARD_TOLD,
    CARERS,
    DIED,
    INSIDE_ASKED,
    PET_NAMED,
    _name_said,
    card_occasion,
    signed_by,
    told_occasion,
)
from bots.compose import COMPOSE_ASKED, GOOD_ASKED
from bots.fold import folded, found_by
from bots.material import STOPWORDS

# Asked for: a card, a message, a toast, a few lines or words for someone.
PIECE_ASKED = folded(
    r"\b(?:cards?|messages?|msgs?|notes?|toasts?|few (?:words|lines)|a line|"
    r"something|summat|wishes)\b",
    re.IGNORECASE,
)
TOAST_ASKED = folded(r"\btoasts?\b(?! (?:rack|sandwich|and|with|for breakfast))", re.I)
# Pieces of another kind, written elsewhere: signs, notices, newsletters, poems, speeches.
OTHER_PIECE = folded(
    r"\b(?:signs?|notices?|newsletters?|posters?|banners?|invites?|invitations?|reminders?|"
    r"poems?|rhymes?|verses?|limericks?|haikus?|sonnets?|speech(?:es)?|raps?|slogans?|"
    r"captions?|letters?|emails?|e-mails?|complaints?|apolog\w+|eulog\w+|obituar\w+|plaques?|"
    r"inscriptions?|labels?|names? for|recipes?|sick notes?|saying|asking|telling|to say|to ask|"
    r"to tell|letting (?:him|her|them|us) know)\b",
    re.IGNORECASE,
)

_NAME = r"(?P<name>(?:[A-Za-z]')?[A-Za-z][a-z]+(?:-[a-z]{2,})?)"
_WHO = r"(?:he|she|it|they|the (?:baby|little one|little \w+|\w+)|(?:his|her|their) name)"
# A name given plainly: "his name's rowan", "she's called joan", "the dog was called bramble",
# "a little boy called alfie", "named her poppy", "name is ivy".
NAME_GIVEN = folded(
    r"\b(?:his|her|their|its|the (?:baby|little one|\w+)'s) name(?:'s|s| is| was)\s+"
    + _NAME
    + r"|\b"
    + _WHO
    + r"\s*(?:'s|s|is|was|were|are|'re)?\s*(?:called|named|known as)\s+"
    + _NAME.replace("name>", "called>")
    + r"|\b(?:named|calling) (?:him|her|them|it) "
    + _NAME.replace("name>", "dubbed>")
    + r"|\b(?:(?:a|an|our|my|his|her|their|the)\s+(?:[a-z]+\s+){0,2}?[a-z]+|\bbaby),?\s+"
    r"(?:called|named)\s+" + _NAME.replace("name>", "kind>"),
    re.IGNORECASE,
)
# A pet named as what it was: "the dog was bramble", "our cat is smudge".
PET_WAS = folded(
    rf"\b(?:the|our|my|his|her|their) (?:{_PET_KINDS})(?:'s| was| is)\s+{_NAME}\b"
    r"(?=\s*(?:$|[,.;!?]|\band\b|\d))",
    re.IGNORECASE,
)
# Whom the piece is for, by a name or by kin: "toast for nan", "card for our jan", "joan's 90th",
# "for dave's leaving do".
# What people are to those who write to them, never their names: "our midwife", "the coach".
_ROLES = (
    r"midwife|coach|caretaker|cleaner|postman|postie|vicar|captain|skipper|chair|chairman|"
    r"secretary|treasurer|landlord|landlady|head|headteacher|headmaster|headmistress|lollipop|"
    r"dentist|gp|receptionist|driver|instructor|trainer|leader|organiser|organizer|host|hostess|"
    r"chef|cook|barman|barmaid|warden|keeper|groundsman|gardener|builder|plumber|electrician|"
    r"butcher|baker|milkman|nanny|childminder|carer|lodger|tenant|student|pupil|member|"
    r"president|director|supervisor|mentor|sergeant|officer|ref|referee|umpire|conductor|"
    r"organist|choirmaster|librarian|pharmacist|optician|surgeon|doctor|nurse|matron|sister"
)
_TITLE = (
    r"(?:(?P<title>sister|nurse|mr|mrs|ms|miss|dr|doctor|coach|auntie|aunty|aunt|uncle|father|"
    r"rev|reverend|captain|skipper|prof|professor|sir|dame|lady|lord)\.?\s+)?"
)
FOR_NAMED = folded(
    r"\b(?:cards?|messages?|msgs?|notes?|toasts?|words|lines|something|wishes)\b"
    r"(?:\s+(?:short|nice|little|quick|lovely|funny|simple))?\s+(?:for|(?<!something )(?<!words )"
    r"(?<!lines )to)\s+(?:(?:our|my|dear|old|little)\s+)?"
    rf"(?:(?:{_KIN}|{_ROLES}|best mate|best friend|old mate)\s+"
    r"(?=[a-z]+\s*(?:$|[,.?!;:]|\b(?:pls|please|plz|from|who|she|he|it's|its|for|on|x+|thanks|ty)\b)))?"
    + _TITLE
    + _NAME
    + r"\b(?!'s\b)"
    r"(?=\s*(?:$|[,.?!;:)]|\b(?:pls|please|plz|from|on|for|who|she|he|they|it|its|it's|as|at|in|x+|"
    r"thanks|ty|this|next|tomorrow|tonight|today|when|because|cos|so|her|his|their|by|with)\b))",
    re.IGNORECASE,
)
OWNER = folded(
    r"\b(?:(?:our|my)\s+)?"
    + _TITLE
    + _NAME
    + r"'s\s+(?:(?:\d{1,3}(?:st|nd|rd|th))|card|birthday|bday|"
    r"leaving|retirement|send[- ]off|engagement|wedding|do|party|big day)\b",
    re.IGNORECASE,
)
# Words never a name, read loosely ("for tomorrow", "for missing", "for work").
_NOT_NAMES = frozenset(
    re.findall(
        r"\S+",
        "tomorrow tonight today everyone everybody all us them him her me you someone somebody "
        "anyone work school christmas xmas easter new good get thank thanks leaving sympathy "
        "retirement birthday bday card cards message toast baby wedding funeral engagement party "
        "club team class office group choir church ward staff nurses neighbours friends family "
        "january february march april may june july august september october november december "
        "monday tuesday wednesday thursday friday saturday sunday weekend night morning "
        "evening afternoon dinner lunch tea breakfast later soon now then sick off back out up in "
        "round over down home mine ours yours old young lovely little short nice sweet poorly ill "
        "fine best next last first one two three four five it this that there here what which "
        "whoever whom who him herself himself nye parents grandparents folks couple bride groom "
        "lads girls boys kids end write say put go be do make read send sign start close open "
        "quiz win night team's everyone's",
    )
)
KIN_WORD = folded(
    r"^(?:mum|mom|mam|mother|dad|father|nan|nana|nanna|gran|granny|grandma|grandad|granddad|"
    r"grandpa|auntie|aunty|uncle|sis|bro)$",
    re.IGNORECASE,
)
HE = folded(
    r"\b(?:he|him|his|he's|hes|himself|boy|son|lad|grandad|granddad|grandpa|dad|father|brother|"
    r"husband|uncle|nephew|mr)\b",
    re.IGNORECASE,
)
SHE = folded(
    r"\b(?:she|her|hers|she's|shes|herself|girl|daughter|lass|nan|nana|nanna|gran|granny|"
    r"grandma|mum|mom|mam|mother|sister|wife|aunt|auntie|aunty|niece|mrs|ms|miss)\b",
    re.IGNORECASE,
)
# An age: "80th", "turning 80", "she's 90 today", "15 years old".
ORDINAL = re.compile(r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\b(?! (?:of|floor|place|time|anniversary))")
# An age said bare after the name: "he's called frank, 85 next week".
AGE_BARE = folded(
    r"(?:^|,\s*)(?P<n>\d{1,3})\s+(?=(?:today|tomorrow|tmrw|next \w+|this \w+|on \w+day)\b)",
    re.IGNORECASE,
)
TURNING = folded(
    r"\b(?:turns|turning|turned|will be|is|she's|he's|shes|hes|be)\s+(?P<n>\d{1,3})"
    r"(?=\s*(?:$|[,.;!?]|today|tomorrow|on|this|next|in|and|years? old))",
    re.IGNORECASE,
)
# Years: "15 years old", "30 years at the firm", "after 12 years", "60 years on air".
YEARS_SAID = folded(
    r"\b(?P<n>\d{1,2}) ?(?:years|yrs|year)(?P<old> old)?(?P<tail>\s+(?:at|on|in|with|as|of|"
    r"behind|running|coaching|teaching|doing|serving)\s+(?:[a-z'-]+\s?){1,3}?)?"
    r"(?=\s*(?:$|[,.;!?()]|\b(?:and|but|so|lol|pls|please|could|can|now|x+)\b))",
    re.IGNORECASE,
)
ROLE_AS = folded(
    r"\b(?:retiring|retires|stepping down|standing down|leaving)\s+as\s+(?:our\s+|the\s+)?"
    r"(?P<role>[a-z]+(?: [a-z]+)?)\b(?=\s+(?:after|at|from|this|next|on|in)|\s*[,.;!?]|$)",
    re.IGNORECASE,
)
# What they love, and what they always are: "loves bingo, her garden and being right about
# everything", "always early", "mad about cricket".
LIKES = folded(
    r"\b(?:loves?|loved|adores?|adored|likes|liked|enjoys|enjoyed|lives for|lived for|"
    r"(?:is |was |'s )?(?:mad|crazy|obsessed) (?:about|with)|(?:a )?big fan of)\s+"
    r"(?P<likes>[^.;!?()]{2,80}?)"
    r"(?=\s*(?:$|[.;!?()]|,?\s*\b(?:pls|please|plz|lol|haha|could|can|would|and (?:she|he|they|"
    r"is|was|has|always|never)|but|so|if|x+|thanks|ty)\b|,\s*(?:she|he|they|always|never|"
    r"\d)\b))",
    re.IGNORECASE,
)
ALWAYS = folded(
    r"\b(?P<trait>(?:always|never) (?!(?:been|had|have|has|wanted|liked|loved)\b)[a-z'-]+"
    r"(?: [a-z'-]+){0,5}?)"
    r"(?=\s*(?:$|[,.;!?()]|\b(?:but|lol|pls|please|could|can|and (?:she|he|they|is|was|has|"
    r"loves?|likes?))\b))",
    re.IGNORECASE,
)
BUT_TRAIT = folded(r"(?:^|[,.;]\s*)(?P<trait>[a-z]+ but [a-z]+)(?=\s*(?:$|[,.;!?]))", re.IGNORECASE)
WEIGHT = folded(r"\b(?P<lb>\d{1,2}) ?(?:lbs?|pounds?) ?(?P<oz>\d{1,2}) ?(?:oz|ounces?)?\b", re.I)
PET_SAID = folded(rf"\b(?:{_PET_KINDS})s?\b", re.IGNORECASE)

# The piece's occasion said in a toast: "her 80th", "his retirement".
_YOUR = {
    "her": "your",
    "his": "your",
    "their": "your",
    "she's": "you're",
    "he's": "you're",
    "shes": "you're",
    "hes": "you're",
    "herself": "yourself",
    "himself": "yourself",
    "she": "you",
    "he": "you",
}


# One told of by name as the news is told: "derek is retiring", "ian got the job", "old harry
# passed away on sunday" (read only when what follows tells an occasion).
SUBJECT = folded(
    r"(?:^|[.!?,;:]\s*|\b(?:news|so|and|also|btw|guess what|sadly|omg)\W+)"
    r"(?:(?:old|dear|poor|our|lovely|little|big)\s+)?" + _TITLE + _NAME + r"\s+(?P<told>(?:is|has|"
    r"'s|got|just|passed|died|retires|retired|turns|turned|had|leaves|left|starts|finally|was)\b"
    r"[^.!?]*)",
    re.IGNORECASE,
)
_TITLES = {"dr": "Dr", "mr": "Mr", "mrs": "Mrs", "ms": "Ms", "prof": "Prof", "rev": "Rev"}


def _titled(found: re.Match[str]) -> str:
    """The name `found` holds with its title ("sister o'brien": "Sister O'Brien"); ""."""
    name = _plain_name(found.group("name"))
    title = (found.group("title") or "").lower()
    if not name or not title:
        return name
    return f"{_TITLES.get(title, title.capitalize())} {name}"


def _asks_piece(text: str) -> bool:
    """Whether `text` asks for words to be written (a card, a toast, a poem)."""
    return bool(
        CARD_ASKED.search(text)
        or COMPOSE_ASKED.search(text)
        or INSIDE_ASKED.search(text)
        or BARE_ASKED.search(text)
    )


def _given_name(text: str, pets: bool = False) -> str:
    """A name said plainly as one's name (`NAME_GIVEN`; with `pets`, a pet's as told, `PET_WAS`,
    `PET_NAMED`: "our old cat tibbs"); ""."""
    petted = (*PET_WAS.finditer(text), *PET_NAMED.finditer(text)) if pets else ()
    for found in (*NAME_GIVEN.finditer(text), *petted):
        word = found.group("name") or found.group("first") if found_by(found, PET_NAMED) else ""
        word = word or next(g for g in found.groups() if g)
        if (name := _plain_name(word)) and word.lower() not in _NOT_NAMES:
            return name
    return ""


def _name_of(text: str, pets: bool = False) -> str:
    """The name given in `text`, capitalized ("Rowan", "O'Brien"), a pet's too with `pets`; ""
    for none said plainly."""
    if given := _given_name(text, pets=pets):
        return given
    for pattern in (FOR_NAMED, OWNER, SUBJECT):
        for found in pattern.finditer(text):
            word = found.group("name")
            low = word.lower()
            if low in _NOT_NAMES or re.fullmatch(rf"(?:{_KIN}|{_ROLES}|{CARERS})s?", low, re.I):
                continue
            told = found.group("told") if pattern is SUBJECT else ""
            if told and not (
                told_occasion(told) or ORDINAL.search(told) or BIRTHDAY_SAID.search(told)
            ):
                continue
            if name := _titled(found):
                return name
    return ""


def _plain_name(word: str) -> str:
    """A word said as a name ("o'brien": "O'Brien"); "" for one that is no name."""
    low = word.lower()
    if low in _NOT_NAMES or low in STOPWORDS:
        return ""
    if "'" in low and re.fullmatch(r"[a-z]'[a-z]{2,}", low):
        return low[0].upper() + "'" + low[2:].capitalize()
    # (names end as words do: Lily, Fred, Holly; never "-ing")
    if re.fullmatch(r"[a-z]+(?:ly|ed)", low) and not low.endswith(("ing", "edly")):
        return "" if low in _NO_NAME or len(low) > 10 else low.capitalize()
    return _name_said(low)


def _kin_of(text: str) -> str:
    """Kin the piece is for when no name is given ("toast for nan": "Nan"); ""."""
    found = re.search(
        r"\b(?:for|to)\s+(?:(?:my|our)\s+)?(?P<kin>[a-z]+)\b|\b(?:my|our) (?P<own>[a-z]+)'s\b",
        text,
        re.IGNORECASE,
    )
    kin = (found.group("kin") or found.group("own")) if found else ""
    return kin.capitalize() if kin and KIN_WORD.match(kin) else ""


def _likes(text: str) -> str:
    """What they love, as said ("bingo, her garden and being right about everything")."""
    found = LIKES.search(text)
    if not found:
        return ""
    # cut at an emoji or other sign ("being right about everything 😂"): never "... 😂!"
    said = re.split(r"[^\w\s,'\u2019&/-]", found.group("likes"))[0]
    said = re.sub(r"\s+", " ", said).strip(" ,")
    said = re.sub(r",?\s+and\s*$", "", said)
    if len(said.split()) > 12 or re.fullmatch(r"(?:it|that|this|them|him|her|you|me|us)", said):
        return ""
    if re.match(r"(?:it|that|this|them|him|you|me|us|to)\b", said):
        return ""
    return said


# What they are to those who send it: "she's our oldest member", "he's the best boss".
BEING = folded(
    r"\b(?:she's|he's|shes|hes|she is|he is|they're|theyre)\s+(?P<trait>(?:our|the)\s+"
    r"(?:[a-z]+est|best|longest[- ]serving|first|only|last)\s+[a-z]+(?: [a-z]+)?)"
    r"(?=\s*(?:$|[,.;!?()]|\b(?:and|but|lol|so|pls|please|ever|here|there|in|on|at)\b))",
    re.IGNORECASE,
)


def _traits(text: str) -> list[str]:
    """What they always are or never do ("always early"), what they are to the senders ("our
    oldest member"), and "scary but brilliant"."""
    said = [m.group("trait").lower() for m in BEING.finditer(text)]
    said += [m.group("trait").lower() for m in ALWAYS.finditer(text)]
    said += [m.group("trait").lower() for m in BUT_TRAIT.finditer(text)]
    return said[:2]


def _years(text: str, pet: bool) -> tuple[str, str]:
    """The years told ("30", "at the firm") or ("", "")."""
    for found in YEARS_SAID.finditer(text):
        tail = (found.group("tail") or "").strip().lower()
        if found.group("old") and not pet:
            continue  # (a person's age: read as an age)
        return found.group("n"), tail
    return "", ""


def _age(text: str) -> str:
    """An age told ("80th"); ""."""
    found = ORDINAL.search(text)
    if not found:
        found = TURNING.search(text) or AGE_BARE.search(text)
    if not found:
        for years in YEARS_SAID.finditer(text):
            if years.group("old"):
                found = years
                break
    if not found or not 1 <= int(found.group("n")) <= 110:
        return ""
    n = int(found.group("n"))
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _said_to(words: str, name: str) -> str:
    """What was said of them, said to them ("her garden": "your garden")."""
    out = []
    for word in words.split():
        low = word.lower()
        out.append(_YOUR.get(low, word))
    said = " ".join(out)
    return re.sub(rf"\b{re.escape(name)}'s\b", "your", said, flags=re.IGNORECASE) if name else said


# A pet put down, however many words between: "had to put our old dog down".
PUT_DOWN = folded(
    rf"\bput (?:[\w']+ ){{0,3}}?(?:{_PET_KINDS})s? (?:down|to sleep)\b", re.IGNORECASE
)


def _died(text: str) -> bool:
    """Whether `text` tells of a death (`DIED`), or a pet put down."""
    return bool(DIED.search(text) or PUT_DOWN.search(text))


def _occasion(text: str, before: list[str], toast: bool) -> str:
    """The occasion the piece is for: the ask's own, else the one told just before."""
    asked = card_occasion(text)
    aged = ORDINAL.search(text) or TURNING.search(text) or AGE_BARE.search(text)
    if BIRTHDAY_SAID.search(text) or aged and not asked:
        return "birthday"
    if re.search(r"\banniversary\b", text, re.IGNORECASE):
        return "anniversary"
    if re.search(r"\bwedding\b", text, re.IGNORECASE):
        return "wedding"
    if asked:
        return asked
    if told := told_occasion(text):
        return told
    if toast and _died(text):
        return "sympathy"  # "a toast for nan? she died last year": to her memory (review34)
    for said in before:
        if BIRTHDAY_SAID.search(said) or ORDINAL.search(said):
            return "birthday"
        if told := told_occasion(said) or ("sympathy" if _died(said) else ""):
            return told
    return "toast" if toast else ""


# One who died, by name: "old harry passed away", "harry died on sunday".
DIED_NAMED = folded(
    r"\b(?:(?:old|dear|poor|our|lovely|little|big)\s+)?" + _TITLE + _NAME + r"\s+(?:has\s+|had\s+|"
    r"sadly\s+|just\s+)?(?:passed|died|lost (?:his|her|their) (?:battle|fight)|is no longer)\b",
    re.IGNORECASE,
)


def _facts(text: str, before: list[str], kind: str) -> dict[str, str]:
    """What the ask (and the lines told just before it, `before`, latest first) tell of the
    one the piece is for (of `kind`); a loss is of the one mourned, not of the one sent it."""
    # (not a piece asked before it, answered already: "a poem for nana's card? she loves ...")
    told = [text, *(said for said in before[:3] if not _asks_piece(said))]
    whole = " . ".join(told)
    facts = {}
    mourned = kind == "sympathy" and bool(PET_SAID.search(whole))
    # (the ask's own first: "a birthday card for my nan", whatever was told before)
    name = _name_of(text, mourned)
    kin = "" if name else _kin_of(text)
    name = name or ("" if kin else next((n for n in (_name_of(b, mourned) for b in told) if n), ""))
    if name:
        facts["name"] = name
    elif kin:
        facts.update(name=kin, kin="yes")
    if kind == "sympathy" and not mourned and name:
        dead = {_titled(found) for said in told for found in DIED_NAMED.finditer(said)}
        given = any(_given_name(said) == name for said in told)
        if name not in dead and not given:
            facts.pop("name")  # (the one it is sent to, named in its offer already)
    if name and any(_given_name(said) == name for said in told):
        facts["given"] = "yes"  # said as its name ("his name's rowan"), not as whom it is for
    pet_named = next((n for n in (_given_name(said, pets=True) for said in told) if n), "")
    if mourned and not facts.get("given"):
        # a pet mourned by its name, not by the name of its owner the card is for
        facts.pop("name", None)
        if pet_named:
            facts.update(name=pet_named, given="yes")
    pet = bool(PET_SAID.search(whole))
    if pet:
        facts["pet"] = "yes"
    for said in told:
        if "likes" not in facts and (likes := _likes(said)):
            facts["likes"] = likes
        if "traits" not in facts and (traits := _traits(said)):
            facts["traits"] = " and ".join(traits)
        if "years" not in facts and (years := _years(said, pet))[0]:
            facts["years"], facts["tail"] = years
        if "age" not in facts and not pet and (age := _age(said)):
            facts["age"] = age
        if "weight" not in facts and (weight := WEIGHT.search(said)):
            facts["weight"] = f"{weight.group('lb')}lb {weight.group('oz')}oz"
        if "role" not in facts and (role := ROLE_AS.search(said)):
            facts["role"] = role.group("role").lower()
    he, she = bool(HE.search(whole)), bool(SHE.search(whole))
    facts["they"] = "he" if he and not she else "she" if she and not he else ""
    if kind == "sympathy" and facts.get("name") and not facts.get("pet"):
        # "a sympathy card for sue? her husband was called ron": sent to Sue, for Ron lost,
        # said again as "he" (review34: "For Ron ... Ron will be so missed. Ron loved golf")
        to = next((_titled(m) for m in FOR_NAMED.finditer(text)), "")
        facts["to"] = to if to != facts["name"] else ""
        if said := LOST_SAID.search(whole):
            facts["they"] = said.group(1).lower()
    return facts


# How the one lost is said again: "he loved golf", "she was 82".
LOST_SAID = folded(r"\b(he|she)\s+(?:loved|was|liked|adored|enjoyed|had|lived)\b", re.I)


def _here(likes: str, to_them: bool, name: str) -> str:
    """Here's to what they love ("Here's to bingo, your garden and ...!")."""
    said = _said_to(likes, name) if to_them else likes
    return f"Here's to {said}!"


def _years_said(facts: dict[str, str]) -> str:
    """The years told, as said ("30 years on the ward", "12 years as captain")."""
    years = facts.get("years", "")
    if not years:
        return ""
    tail = facts.get("tail") or (f"as {facts['role']}" if facts.get("role") else "")
    tail = re.sub(r"\b(?:his|her|their)\b", "your", tail)
    return f"{years} years {tail}".strip()


def _card(kind: str, facts: dict[str, str]) -> str:
    """A card's words for `kind`, from `facts`; "" when it has none made for it."""
    name = facts.get("name", "")
    likes, traits = facts.get("likes", ""), facts.get("traits", "")
    years, age = _years_said(facts), facts.get("age", "")
    to = f", {name}" if name else ""
    if kind == "baby":
        if name and not facts.get("given"):
            return f"Congratulations, {name}! Welcome to the world, little one."
        who = f"little {name}" if name else "little one"
        joy = f"{facts['weight']} of pure joy! " if facts.get("weight") else ""
        return f"Welcome to the world, {who}! {joy}Congratulations to you all.".replace(
            "! ", "! ", 1
        )
    if kind == "sympathy":
        if facts.get("pet") and name:
            love = f" {facts['years']} years of love and loyalty;" if facts.get("years") else ""
            loved = f" {name} loved {likes}, and was loved right back." if likes else ""
            return (
                f"So sorry to hear about {name}.{love}"
                f"{' may' if love else ' May'} the happy memories be a comfort.{loved}"
            )
        if not name:
            return ""
        given = f": {years}, never forgotten" if years else ""
        again = {"he": "He", "she": "She"}.get(facts.get("they", ""), name)
        loved = f" {again} loved {likes}." if likes else ""
        to = f", {facts['to']}" if facts.get("to") else ""
        return (
            f"With deepest sympathy{to}. {name} will be so missed{given}.{loved} "
            "Thinking of you all."
        )
    if kind not in HEADS:
        return ""
    nth = f" {age}" if age and kind in ("birthday", "anniversary") else ""
    parts = [f"{HEADS[kind].format(nth=nth)}{to}!"]
    if years and kind in ("retirement", "leaving"):
        with_traits = f": {traits}" if traits and kind == "leaving" else ""
        parts.append(f"Thank you for {years}{with_traits}.")
        traits = "" if with_traits else traits
    elif years and kind == "thanks":
        parts.append(f"{years[:1].upper()}{years[1:]}, and we're so grateful.")
    if likes and kind == "getwell":
        said = _said_to(likes, name)
        parts.append(f"Back to {said} soon!")
    elif likes:
        parts.append(_here(likes, True, name))
    elif not traits and len(parts) == 1 and kind != "leaving":
        parts.append(CLOSES.get(kind, ""))
    if traits:
        said = _said_to(traits, name)
        parts.append(f"{said[:1].upper()}{said[1:]}, and we love you for it.")
    if kind == "leaving":
        parts.append("We'll miss you.")
    return " ".join(parts)


# A made card's greeting for its occasion ({nth}: the age or the anniversary, " 80th").
HEADS = {
    "birthday": "Happy{nth} birthday",
    "retirement": "Happy retirement",
    "leaving": "Good luck",
    "getwell": "Get well soon",
    "congrats": "Congratulations",
    "engaged": "Congratulations",
    "wedding": "Congratulations",
    "anniversary": "Happy{nth} anniversary",
    "luck": "Good luck",
    "thanks": "Thank you",
    "home": "Congratulations on the new home",
}
# A card's close when it tells nothing more of them.
CLOSES = {
    "birthday": "Wishing you a wonderful day.",
    "retirement": "Enjoy every minute; you've earned it.",
    "getwell": "We're all thinking of you.",
    "congrats": "So proud of you.",
    "engaged": "Wishing you both every happiness.",
    "wedding": "Wishing you both every happiness.",
    "anniversary": "Here's to many more.",
    "luck": "You'll be brilliant.",
    "thanks": "We couldn't have done it without you.",
    "home": "May it be a happy one.",
}


def _toast(kind: str, facts: dict[str, str], text: str) -> str:
    """A toast of what was told ("To Joan on her 80th! Here's to bingo, ...")."""
    name = facts.get("name", "")
    they = {"he": "his", "she": "her"}.get(facts.get("they", ""), "their")
    likes, traits = facts.get("likes", ""), facts.get("traits", "")
    years, age = _years_said(facts), facts.get("age", "")
    about = ABOUT_TOAST.search(text)
    group = GROUP_TOASTED.search(text)
    if not name and group and not about:
        what = group.group("group").lower()
        merry = " and a very merry Christmas" if CHRISTMAS.search(text) else ""
        return f"To the {what}{merry}! Long may it run. Raise your glasses!"
    if not name:
        if about:
            said = re.sub(r"\bnobody's\b", "nobody has", about.group("about").strip())
            return f"To {said}! Raise your glasses."
        return ""
    head = {
        "birthday": f"To {name} on {they} {age}! Many happy returns."
        if age
        else f"To {name}, and many happy returns!",
        "retirement": f"To {name}, and a long and happy retirement!",
        "leaving": f"To {name}: good luck, and we'll miss you!",
        "engaged": f"To {name} and a very happy engagement!",
        "wedding": f"To {name} and a very happy marriage!",
        "anniversary": f"To {name}, and many more years together!",
        "congrats": f"To {name}: well done!",
    }.get(kind, f"To {name}!")
    them = {"he": "him", "she": "her"}.get(facts.get("they", ""), "them")
    if kind == "sympathy":
        # one who has died: to their memory, never a party's cheer (review34: "To Joan! Here's
        # to bingo! Raise your glasses!")
        again = {"he": "He", "she": "She"}.get(facts.get("they", ""), name)
        loved = f" {again} loved {likes}, and we miss {them} still." if likes else ""
        return f"To {name}'s memory.{loved or f' We miss {them} still.'} Please raise a glass."
    told = [
        f"{years[:1].upper()}{years[1:]}, every one of them counted." if years else "",
        f"Here's to {likes}!" if likes else "",
        f"{traits[:1].upper()}{traits[1:]}, and we love {them} for it." if traits else "",
    ]
    # (one or two of the details told, no more: a toast is short)
    told = [t for t in told if t]
    toast = " ".join([head, *told[:2], "Raise your glasses!"])
    return toast if len(toast) <= LONGEST else " ".join([head, *told[:1], "Raise your glasses!"])


# A group toasted at its do: "a toast for the darts club christmas do", "toast for our choir's
# summer party".
GROUP_TOASTED = folded(
    r"\btoast (?:for|to) (?:the|our) (?P<group>(?:[a-z]+ ){0,2}?(?:club|team|choir|society|group|"
    r"band|class|crew|squad|office|committee|league|lodge|guild))(?:'s)?\b",
    re.IGNORECASE,
)
CHRISTMAS = folded(r"\b(?:christmas|xmas)\b", re.IGNORECASE)
# A couple toasted ("to priya and james", "my parents' anniversary", "the bride and groom").
COUPLE = folded(
    r"\b(?:parents|mum and dad|couple|bride|groom|newly ?weds|anniversary|wedding|[a-z]+ (?:and|&) "
    r"[a-z]+(?=\s*(?:$|[,.?!]|\bwho\b|\bthey\b)))",
    re.IGNORECASE,
)
ABOUT_TOAST = folded(
    r"\b(?:something|one) about\s+(?P<about>[^.;!?()]{3,60}?)\s*(?=$|[.;!?()]|\b(?:pls|please)\b)",
    re.IGNORECASE,
)


# A card's greeting for its occasion, put before its words when they greet nobody.
GREET = {
    "birthday": "Happy birthday",
    "retirement": "Happy retirement",
    "leaving": "Good luck",
    "getwell": "Get well soon",
    "congrats": "Congratulations",
    "engaged": "Congratulations",
    "luck": "Good luck",
    "thanks": "Thank you",
    "home": "Congratulations",
}
# A card's greeting, for the name to be put after ("Get well soon, Chris!").
GREETING = re.compile(
    r"^(?P<greet>(?:Happy (?:\w+ )?(?:birthday|retirement|anniversary)|Get well soon|Get well|"
    r"Congratulations(?: on (?:your|the) [\w ]{2,20}?)?|Good luck(?: in [A-Z][\w ]{1,20}?)?|"
    r"Thank you(?: so much)?|Welcome to the world|Go well|Well done|Happy retirement|"
    r"Bon voyage|Farewell|Cheers))(?=[!.,;:]| from (?:all of )?us\b)"
)
# Words standing in for the one it is for ("Happy birthday, good friend!").
STAND_IN = re.compile(r"\b(?:good friend|dear friend|little one)\b")
# A stock line given in place of a piece: a quotation with its source.
QUOTED_STOCK = re.compile(r"\b(?:in|from) (?:The [A-Z]|Romeo|Hamlet|Macbeth|Twelfth)|'s toast in\b")


# The longest a card's words are, with what was left out woven in (longer: made anew).
LONGEST = 160


def _missing(said: str, facts: dict[str, str]) -> list[str]:
    """What was told that `said` does not say: "name", "age", "years", "likes", "traits"."""
    said = said.lower()
    out = []
    for key in ("name", "age", "years", "likes", "traits"):
        told = facts.get(key, "")
        if not told or (key == "name" and facts.get("kin")):
            continue  # (kin are greeted as the persona's words greet them already)
        digits = re.sub(r"\D", "", told)
        found = digits in said if digits else told.lower().split()[-1] in said
        out += [] if found else [key]
    return out


def _woven(body: str, kind: str, facts: dict[str, str], missing: list[str]) -> str:
    """The persona's own card `body` saying what it left out of what was told (`missing`): the
    name after its greeting, the age in it, the years, the loves and the ways told after it; ""
    when the name has no place in it."""
    name = facts.get("name", "")
    signed = re.search(r"\s+From [^.]{2,40}\.$", body)
    head, sign = (body[: signed.start()], signed.group(0)) if signed else (body, "")
    if "name" in missing and kind == "baby" and not facts.get("given"):
        head = f"Congratulations, {name}! {head}"  # (the parents named, not the baby)
    elif "name" in missing:
        stand_in = STAND_IN.search(head)
        greeting = GREETING.match(head)
        if stand_in:
            little = "little " if stand_in.group(0) == "little one" else ""
            head = f"{head[: stand_in.start()]}{little}{name}{head[stand_in.end() :]}"
        elif greeting and re.match(r", [A-Z]", head[greeting.end() :]):
            return ""  # (named already, another way: "Get well soon, Kelly!")
        elif greeting:
            rest = head[greeting.end() :]
            head = f"{head[: greeting.end()]}, {name}{',' if rest.startswith(' ') else ''}{rest}"
        elif GREET.get(kind):
            head = f"{GREET[kind]}, {name}! {head}"
        else:
            return ""
    if "age" in missing:
        if not re.match(r"Happy birthday\b", head):
            return ""
        head = head.replace("Happy birthday", f"Happy {facts['age']} birthday", 1)
    added = []
    if "years" in missing:
        years = _years_said(facts)
        added.append(
            f"{facts['years']} years of love and loyalty."
            if kind == "sympathy" and facts.get("pet")
            else f"{years[:1].upper()}{years[1:]}, never forgotten."
            if kind == "sympathy"
            else f"{years[:1].upper()}{years[1:]}: we couldn't have done it without you."
            if kind == "thanks"
            else f"Thank you for {years}."
        )
    if "likes" in missing:
        likes = facts["likes"]
        added.append(
            f"{name or 'They'} loved {likes}."
            if kind == "sympathy"
            else f"Back to {_said_to(likes, name)} soon!"
            if kind == "getwell"
            else _here(likes, True, name)
        )
    if "traits" in missing and kind != "sympathy":
        said = _said_to(facts["traits"], name)
        added.append(f"{said[:1].upper()}{said[1:]}, and we love you for it.")
    woven = " ".join([head, *added])
    return woven + sign if len(woven) <= LONGEST else ""


# A piece asked with no verb, at the start: "birthday card for my brother sam?".
BARE_ASKED = folded(
    r"^\W*(?:(?:a|an|quick|short|little|nice|pls|please|and|also|ok|so)\s+){0,2}(?:[\w'-]+\s+){0,3}?"
    r"(?:cards?|messages?|msgs?|toasts?|notes?)\s+(?:for|to)\b",
    re.IGNORECASE,
)


def made_asked(text: str) -> bool:
    """Whether `text` asks for a card, a toast or a message to be written (one of its sentences
    asks, and tells of no card had: "we're doing a card for our jan ... could you write
    something?")."""
    if not PIECE_ASKED.search(text) or OTHER_PIECE.search(text):
        return False
    for said in re.split(r"(?<=[.!?])\s+", text):
        asked = (
            CARD_ASKED.search(said)
            or COMPOSE_ASKED.search(said)
            or INSIDE_ASKED.search(said)
            or BARE_ASKED.search(said)
        )
        if asked and (not CARD_TOLD.match(said) or GOOD_ASKED.match(said)):
            return True
    return False


def made_piece(text: str, before: list[str], body: str) -> tuple[str, str, str, bool]:
    """The card or the toast `text` asks for, saying what it and the lines told just before it
    (`before`, latest first) told of the person: (what it is, the name, the piece, whether it is
    the words given, `body`, with what they left out woven in); ("", "", "", False) when it asks
    none, tells nothing of them, or `body` says what was told."""
    none = ("", "", "", False)
    if not PIECE_ASKED.search(text) or OTHER_PIECE.search(text):
        return none
    toast = bool(TOAST_ASKED.search(text))
    kind = _occasion(text, before, toast)
    facts = _facts(text, before, kind)
    if not kind or (toast and COUPLE.search(text)):
        return none  # (a couple's toast is made where they are read: bots/compose.py)
    name = facts.get("name", "")
    missing = _missing(body, facts)
    stock = not body or bool(
        QUOTED_STOCK.search(body)
        or re.match(r"I (?:wrote|once|said)\b", body)
        or (not body.startswith('"') and ': "' in body)
    )
    if not body and facts.get("kin") and not missing:
        return none  # (kin alone, nothing told of them: answered as before)
    about = toast and (ABOUT_TOAST.search(text) or GROUP_TOASTED.search(text))
    if not (stock or missing) or not (name or missing or about):
        return none
    if not stock and not body.startswith('"') and "name" not in missing:
        return none  # (a piece of its own making for the very thing asked stands)
    quoted = body.startswith('"')
    if quoted and not stock and not toast and (woven := _woven(body[1:-1], kind, facts, missing)):
        return kind, name, woven, True
    piece = _toast(kind, facts, text) if toast else _card(kind, facts)
    if not piece:
        return none
    if signer := signed_by(text):
        piece = f"{piece} From {signer}."
    if toast:
        return "toast", name, piece, False
    if kind == "sympathy" and facts.get("to"):
        name = facts["to"]  # a sympathy card is for the one it is sent to ("For Sue"), not Ron
    return ("petloss" if kind == "sympathy" and facts.get("pet") else kind), name, piece, False
