"""Letters asked for: a short draft a group can send ("can you help write a letter to the
housing association, firm but polite, about the lift, the mould and the rent rise. signed by 43
households").

A letter is asked of the one who writes for people (the persona with `#card` lines): it is
written plainly, to whom the message names, about what it names, in the tone it asks, and
signed by whom it says, so that it can be sent as it stands; only the words that offer it are
in the persona's voice. It is short, to fit a reply: the matters named, what is asked of the
reader (a written reply saying what will be done), and a close. A letter whose reader and
matters are both unsaid is no letter asked ("write my cover letter" is a job application's);
"how do I write a letter", "did you write letters" and "I wrote to the council" ask for none.
"""

from __future__ import annotations

import re
import zlib

from bots.asks import HOW_TO, PAST_ASKED
from bots.cards import _TITLES, CARD_TOLD
from bots.fold import folded
from bots.material import STOPWORDS
from bots.naming import said_together

_LETTER = r"letters?|e-?mails?|complaints?|petitions?|posts?"
# "write a letter", "help us draft an email", "can you do us a strongly worded complaint", "draft
# the opening of a letter", "a post for the facebook group"; or written to someone, with no word
# for what: "can you write to the neighbours about the bins".
LETTER_ASKED = folded(
    r"\b(?:write|draft|compose|put together|do|pen|knock up)\b(?: (?:me|us|a|an|the|our|my|"
    r"quick|short|little|proper|formal|firm|polite|stern|strongly|worded|angry|nice|joint|"
    r"friendly|opening|start|beginning|first|line|lines|paragraph|bit|of|for))*"
    rf" (?:{_LETTER})\b|"
    r"(?:^\W*|\b(?:can|could|would|will) (?:you|u)\s+(?:please\s+|pls\s+)?(?:help\s+(?:me|us)\s+)?|"
    r"\bhelp (?:me|us)\s+|\b(?:please|pls)\s+)(?:write|email|e-mail)\s+to\s+(?:the|our|my|all|"
    r"everyone|(?:mr|mrs|ms|miss|dr|mx)\b)",
    re.IGNORECASE,
)
# Whom it goes to: "to the housing association", "to our landlord", "to mr patel", "for the
# facebook group".
TO_WHOM = folded(
    rf"(?:\b(?:{_LETTER})\b[^.?!]*?|\b(?:write|email|e-mail)\s+)\b(?:to|for) "
    r"(?P<to>(?:the|our|my|your|their|a|all the|all our) [\w' -]{2,40}?|everyone|all|"
    r"(?:mr|mrs|ms|miss|dr|mx)\.? [a-z][\w'-]+)"
    r"(?=[,.?!]|$| about| re\b| regarding| asking| saying| that| for| firm| polite| signed| from|"
    r" friendly)",
    re.IGNORECASE,
)
# What it is about: "about the lift, the mould and the rent rise".
ABOUT = folded(
    r"\b(?:about|regarding|re|complaining about|on) (?P<what>(?:the|our|my|their|his|her|its|a|an)"
    r" [^.?!]{2,120}?)(?=[.?!]|$| signed| from (?:us|all|the|everyone)| firm| polite| friendly|"
    r",? pls|,? please)",
    re.IGNORECASE,
)
SIGNED = folded(
    r"\bsigned (?:by|from) (?P<who>(?:all )?(?:the )?[\w' -]{2,40}?)(?=[,.?!]|$| and | about)",
    re.IGNORECASE,
)
# How the letter should sound, said after what it is about: ", firm but polite", ", nothing
# too cheeky", "something friendly"; no part of what it is about.
TONE_AFTER = folded(
    r"\s*(?:,|\band\b|\bbut\b)\s*(?:make it |keep it |nothing too |not too |not |very |quite |"
    r"something |somethin |sth |a bit |nice and )?"
    r"(?:firm|polite|formal|informal|friendly|nice|kind|short|brief|angry|professional|"
    r"strongly|stern|calm|cheeky|funny|serious|warm|preachy|soppy|cheesy|casual|fancy|simple|"
    r"sweet|long|cringe|welcoming)\b.*$",
    re.IGNORECASE,
)
FIRM = folded(r"\b(?:firm|stern|strongly|angry|cross|serious|formal|demand)\w*", re.I)
POLITE = folded(r"\b(?:polite|politely|nice|nicely|friendly|kind|gentle|civil)\b", re.I)
FRIENDLY = folded(r"\b(?:friendly|warm|chatty|casual|informal|light-hearted|cheery)\b", re.I)
WE = folded(r"\b(?:we|us|our|households|neighbours|tenants|residents|parents)\b", re.I)
_ITEMS = folded(r",\s*(?:and\s+)?|\s+and\s+(?=(?:the|our|my|their|a|an)\b)", re.IGNORECASE)
# Only its opening asked: "the opening of a letter", "the first line of an email".
OPENING_ASKED = folded(
    r"\b(?:opening|start|beginning|first (?:line|lines|paragraph|bit|sentence))\s+(?:of|for|to)\b",
    re.IGNORECASE,
)
# Those spoken to as a body, by what they are ("Dear neighbours", "Hi all").
_BODY = folded(
    r"^(?:all )?(?:the |our |my )?(?:[\w'-]+ )?(?P<body>neighbou?rs|residents|tenants|parents|"
    r"members|volunteers|committee|team|class|everyone|everybody)$",
    re.IGNORECASE,
)
_ALL = folded(
    r"^(?:all|everyone|(?:the|our|my) (?:[\w'-]+ ){0,2}(?:group|group chat|chat|whatsapp|page|"
    r"forum|street|building|estate))$",
    re.IGNORECASE,
)

# How it offers the draft, by the tone asked.
OFFERED = {
    "firm": (
        "A draft, {name}, firm but civil, as a good petition should be:",
        "Here, {name}; plain words carry furthest, and these stand their ground:",
    ),
    "polite": (
        "A draft, {name}, courteous and clear:",
        "Here, {name}; civil words open doors that loud ones shut:",
    ),
    "friendly": (
        "A draft, {name}, warm and plain:",
        "Here, {name}; a friendly word goes further than a cross one:",
    ),
}


# What any letter asked names (read first: most messages name none).
LETTER_WORD = folded(r"letter|mail|complain|petition|post|write to", re.IGNORECASE)


def letter_asked(text: str) -> bool:
    """Whether `text` asks for a letter written (`LETTER_ASKED`), to someone or about something
    it names; not how to write one, nor of letters the persona wrote."""
    if not LETTER_WORD.search(text):
        return False
    if re.search(r"\bposts?\b", text, re.IGNORECASE) and (
        BRING.search(text) or WHERE_SAID.search(text)
    ):
        return False  # a post with a place or things to bring keeps them as a notice (`notice`)
    return bool(
        LETTER_ASKED.search(text)
        and not HOW_TO.match(text)
        and not PAST_ASKED.match(text)
        and not CARD_TOLD.match(text)
        and (TO_WHOM.search(text) or ABOUT.search(text))
    )


def _dear(to: str, tone: str) -> str:
    """The greeting for the reader named: a person by name ("Dear Mrs Patel"), a body of people
    by what they are ("Dear neighbours"; "Hi neighbours", friendly), a group ("Hi all"), else a
    body or an office ("the housing association": "Dear Sir or Madam")."""
    words = to.split()
    title = _TITLES.get(words[0].lower().rstrip(".")) if words else None
    if title and len(words) > 1:
        return f"Dear {title} {words[1].capitalize()}"
    if body := _BODY.match(to):
        return f"{'Hi' if tone == 'friendly' else 'Dear'} {body.group('body').lower()}"
    if _ALL.match(to):
        return "Hi all"
    return "Dear Sir or Madam"


def _matters(what: str) -> tuple[str, int]:
    """What the letter is about, as a list said in its words ("the lift, the mould and the rent
    rise"), first person made the writers' ("my" stays "my"), and how many matters."""
    items = [item.strip(" ,") for item in _ITEMS.split(what) if item.strip(" ,")]
    return said_together(items), len(items)


# What the room said of the matter: "lift is broken again btw, third time since march".
_FACT = folded(
    r"^(?:(?:the|our|my|that|this)\s+)?(?P<head>[a-z][\w -]{1,30}?)(?:'s|\s+(?=(?:is|are|was|"
    r"were|has|have|had|keeps?|kept|still|hasn'?t|haven'?t|isn'?t|aren'?t|won'?t|doesn'?t|"
    r"don'?t)\b))\s*(?P<said>[a-z][\w' -]{2,50})$",
    re.IGNORECASE,
)
_NTH = folded(
    r"^(?:and\s+|for\s+)*(?:the\s+)?(?P<nth>first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|"
    r"th)|umpteenth) time\b(?P<rest>[\w' -]{0,30})$",
    re.IGNORECASE,
)


# A street named, said with capitals: "on mill lane" is on Mill Lane.
STREET = re.compile(
    r"\b(?P<on>on|in|along|off|at|down|up|near|by|outside) (?P<street>(?!the\b)[a-z]+(?: [a-z]+)? "
    r"(?:lane|road|street|avenue|close|drive|crescent|terrace|grove|square|row|hill|way))\b"
)


def room_facts(matters: str, told: tuple[str, ...]) -> str:
    """What the room said of the one matter a letter is about in the lines `told` (latest last),
    said after it in the letter (", which is broken again, for the third time since March");
    "" when nobody said anything of it, or said it as a question."""
    heads = {word for word in re.findall(r"[a-z']+", matters.lower()) if word not in STOPWORDS}
    for line in reversed(told):
        if "?" in line:
            continue
        clauses = [
            c.strip()
            for c in re.split(r"\s*[,.;:!]+\s*|\s+(?:btw|lol|tbh|fyi|ffs|smh)\b\s*", line)
            if c.strip()
        ]
        for at, clause in enumerate(clauses):
            found = _FACT.match(clause)
            if not found or found.group("head").split()[-1].lower() not in heads:
                continue
            said = found.group("said").strip().lower()
            said = f"is {said}" if clause[found.end("head") :].startswith("'s") else said
            facts = f", which {said}"
            if after := next((m for c in clauses[at + 1 : at + 3] if (m := _NTH.match(c))), None):
                facts += f", for the {after.group('nth').lower()} time{after.group('rest').lower()}"
            return NAMED_DAY.sub(lambda day: day.group(0).capitalize(), facts.rstrip())
    return ""


def letter_body(text: str, told: tuple[str, ...] = ()) -> tuple[str, str]:
    """The draft asked for in `text` ("Dear Sir or Madam, We write about ...", to be sent as it
    stands; {name} for the one who asked) and the tone it is in ("firm", "polite",
    "friendly"); what the room said of its matter in the lines `told` is put in it, and only
    its opening when only that is asked. ("", "") when it is asked of no one and about
    nothing."""
    to_found, about = TO_WHOM.search(text), ABOUT.search(text)
    if not (to_found or about):
        return "", ""
    post = bool(re.search(r"\bposts?\b", text, re.IGNORECASE))
    friendly = FRIENDLY.search(text) or (post and not FIRM.search(text))
    tone = "firm" if FIRM.search(text) else "friendly" if friendly else "polite"
    signed = SIGNED.search(text)
    signer = signed.group("who").strip() if signed else ""
    we = bool(signer) or bool(WE.search(" ".join((*told[-3:], text))))
    subject = "We" if we else "I"
    by = f", {signer}," if signer and signer[0].isdigit() else ""
    if about:
        matters, count = _matters(TONE_AFTER.sub("", about.group("what")).strip(" ,"))
        matters = NAMED_DAY.sub(lambda day: day.group(0).capitalize(), matters)
        matters = STREET.sub(lambda m: f"{m.group('on')} {m.group('street').title()}", matters)
        matters += room_facts(matters, told) if count == 1 else ""
        opening = (
            f"{subject} just wanted to say a quick word about {matters}."
            if tone == "friendly"
            else f"{subject}{by} write about {matters}."
        )
        each = "each of these" if count > 1 else "this"
    else:
        opening = f"{subject}{by} write to ask for your help."
        each = "it"
    if tone == "firm":
        asked = (
            f"Please reply in writing within 14 days, saying what you will do about {each} "
            "and when."
        )
    elif tone == "friendly":
        asked = f"Any thoughts or questions, just let {'us' if we else 'me'} know."
    else:
        asked = f"{subject} would be grateful for a reply saying what can be done about {each}."
    dear = (
        _dear(to_found.group("to"), tone) if to_found else "Hi all" if post else "Dear Sir or Madam"
    )
    # Faithfully to one unnamed, sincerely to one named, best wishes to neighbours, thanks to
    # all; signed by whom it says, else by the one who asked ({name}), for all of them when
    # they are several.
    close = (
        "Yours faithfully"
        if dear.endswith("Madam")
        else "Thanks"
        if dear.startswith("Hi")
        else "Yours sincerely"
        if dear.split()[1] in _TITLES.values()
        else "Best wishes"
    )
    signer = signer.replace("{", "(").replace("}", ")")
    close = f"{close}, {signer or ('{name}, for us all' if we else '{name}')}."
    if dear.startswith("Hi") and not opening.startswith("I "):
        opening = opening[:1].lower() + opening[1:]  # "Hi all, we just wanted ..."
    body = f"{dear}, {opening} {asked}".replace("{", "(").replace("}", ")")
    if OPENING_ASKED.search(text):
        return body, tone  # (only its opening asked: no close)
    return f"{body} {close}", tone


def letter(text: str, told: tuple[str, ...] = ()) -> str:
    """The draft asked for in `text` (`letter_body`), offered in the poet's voice ({name} for the
    one who asked; the offer drawn by the words asked, so the same request gets the same
    draft); empty when it is asked of no one and about nothing."""
    body, tone = letter_body(text, told)
    if not body:
        return ""
    offers = OFFERED[tone]
    offered = offers[zlib.crc32(text.encode()) % len(offers)]
    return f'{offered} "{body}"'


# A draft as `letter` gives it: said whole, longer than a reply's usual length.
DRAFTED = re.compile(
    r'^[^"]*: "(?:Dear (?:Sir or Madam|(?:Mr|Mrs|Ms|Miss|Dr|Mx) \S+|[a-z]+)|Hi (?:all|[a-z]+)), '
)
LETTER_LIMIT = 480


def drafted(reply: str) -> bool:
    """Whether `reply` is a draft letter (`letter`) short enough to be said whole."""
    return len(reply) <= LETTER_LIMIT and bool(DRAFTED.match(reply))


# Short practical writing asked (`notice_asked`): an invite, a reminder, a welcome for new
# starters, a notice or a poster, a text to the group; and a toast, a caption or a sign when the
# message gives facts for it to carry. It is written, never refused as no matter for a poet,
# and it keeps every fact given (`notice_facts`): when, where, what to bring, for whom.
NOTICE_KINDS = {
    # (most telling first: "a welcome message inviting the new starters to lunch" welcomes)
    "welcome": r"welcome (?:message|note|post|text|email|msg)s?|welcoming|(?:message|note|post|"
    r"text|msg) (?:to |for )?welcom\w*",
    "invite": r"invites?|invitations?|inviting",
    "reminder": r"reminders?|reminding",
    "notice": r"notices?|announcements?|announcing|posters?(?: line)?|flyers?|leaflets?",
    "group": r"(?:text|message|msg|post|whatsapp)s? (?:to|for|in|on) (?:the|our) (?:facebook |fb |"
    r"street |residents'? |neighbourhood |road |parents'? )?(?:group chat|"
    r"group|chat|whatsapp|team|class|street|building|parents)",
    "toast": r"toasts?",
    "caption": r"captions?",
    "sign": r"signs?",
}
NOTICE_SAID = {
    kind: folded(rf"\b(?:{said})\b", re.IGNORECASE) for kind, said in NOTICE_KINDS.items()
}
# Kinds written as a notice only when the message gives facts for them to carry; with none, a
# toast, a caption or a sign is the persona's own words for the occasion (bots/asks.py).
WITH_FACTS_ONLY = ("toast", "caption", "sign")
# An occasion a toast is raised to: what it says, not when or where it is drunk.
CELEBRATED = folded(
    r"\b(?:\d+(?:st|nd|rd|th)|anniversary|birthday|b'?day|wedding|engagement|engaged|retir\w+|"
    r"leaving|christening|graduation|graduating|promotion|golden|silver|ruby|diamond|pearl)\b",
    re.IGNORECASE,
)
NOTICE_ASKED = folded(
    r"(?<!need to )(?<!have to )(?<!got to )(?<!gotta )(?<!going to )(?<!gonna )(?<!forgot to )"
    # ("do we invite her?" asks whether to invite, never for an invite written)
    r"\b(?:write|draft|compose|put together|do(?! (?:we|i|you|u|they|he|she)\b)|pen|knock up|"
    r"make|come up with|need|want|"
    r"help (?:me|us) (?:write|with))\b(?: (?:me|us|up|a|an|the|our|my|some|quick|short|little|"
    r"nice|warm|friendly|simple|proper|lovely|brief|cheery|formal))*"
    rf"(?: (?!to\b)[\w'-]+){{0,2}}? (?:{'|'.join(NOTICE_KINDS.values())}|messages?|msgs?|texts?|"
    # (not "sign up", nor "a little sign off for the end of the show": a closing line)
    r"posts?)\b(?![ -](?:up|off)\b)",
    re.IGNORECASE,
)
# When: a day, a date, a time ("friday", "the last saturday", "12th march", "7pm", "at 7").
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
WHEN = folded(
    # ("until monday", "by 7am": the bound is part of the fact)
    r"(?:\b(?:until|till|by|from|before|after) )?"
    rf"\b(?P<day>(?:(?:this|next|the last|the first|every|each) )?{_DAY}s?(?: (?:night|"
    r"morning|afternoon|evening|lunch(?:time)?))?|tomorrow(?: night| morning| evening)?|"
    r"tonight|this (?:weekend|evening)|next week(?:end)?)\b|"
    rf"\b(?P<date>\d{{1,2}}(?:st|nd|rd|th)?(?: of)? {_MONTH}|{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?)\b|"
    r"(?:\bat |\b(?:until|till|by|from|before|after) )?"
    r"\b(?P<time>\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)|\d{1,2}[:.]\d{2}|noon|midday|"
    r"sunset|sundown|half (?:past )?\d{1,2}|(?<=at )\d{1,2}(?! ?(?:[a-z]|\d)))\b",
    re.IGNORECASE,
)
# Where: "at ours", "at the community centre", "in room 4", "at no 12".
WHERE_SAID = folded(
    r"\b(?P<prep>at|in|on(?= the))\s+(?P<place>ours|mine|theirs|his|hers|"
    # ("5-a-side at goals": a place said alone in its clause)
    r"(?!(?:least|all|most|once|first|last|times|night|noon|midday|home)\b)[a-z][\w'-]+"
    r"(?=\s*(?:[,.;!?]|$))|"
    r"(?:the|our|my|no\.?|number|room|\w+'s)\s+[\w'-]+(?:\s+(?!(?:on|at|from|for|and|with|by|to|"
    r"this|next|pls|please|bring|warm|not)\b)[\w'-]+){0,2}?)"
    r"(?=\s*(?:[,.;!?)]|$|\b(?:on|at|from|for|bring|and|with|pls|please|by|this|next|warm|not|"
    r"tomorrow|tonight|starting|to)\b))",
    re.IGNORECASE,
)
# What to bring: "bring a dish", "bring your own drinks", "byob".
BRING = folded(
    r"\b(?:bring|brings|bringing)\s+(?P<bring>(?!(?:it|them|up|back)\b)[\w' -]{2,40}?)"
    r"(?=\s*(?:[,.;!?)]|$|\b(?:and (?:come|be|we|don'?t)|pls|please|if|but|so|warm|not)\b))|"
    r"\b(?P<byob>byob)\b",
    re.IGNORECASE,
)
# Whom it is for or to: people, not the event ("the neighbours", "the new starters").
_PEOPLE = (
    r"neighbou?rs|starters|joiners|newcomers|members|residents|tenants|parents|guests|friends|"
    r"family|families|team|staff|colleagues|everyone|everybody|all|group|class|volunteers|"
    r"players|kids|children|students|club|committee|hires|recruits|interns|street|squad|"
    r"congregation|crew|folks|cousins|neighbourhood|chat|group chat|whatsapp"
)
FOR_PEOPLE = folded(
    rf"\b(?:for|to|inviting|welcoming|reminding|remind|invite|welcome)\s+(?P<who>(?:the|our|my|"
    rf"all the|all our)\s+(?:[\w'-]+\s+){{0,2}}?(?:{_PEOPLE})|everyone|everybody|all)\b"
    r"(?=\s*(?:[,.;!?)]|$|\b(?:on|at|to|for|about|from|in|this|next|pls|please|and|with|that|"
    r"who|starting|tomorrow|tonight)\b))",
    re.IGNORECASE,
)
# What it is for: "for the iftar", "to the community centre iftar", "about the bins".
EVENT = folded(
    r"\b(?:for|to|about|of|re)\s+(?P<what>(?:the|our|my|a|an|this|tonight'?s|tomorrow'?s|"
    r"[a-z]+'s)\s+[\w'-]+(?:\s+(?!(?:on|at|this|next|tomorrow|tonight|from|bring|pls|please|"
    r"warm|not|and|with|in|by|for|to|starting|it|that|about|re|until|till)\b)[\w'-]+){0,5})|"
    # ("a reminder for bin day, tuesday morning": bin day, said alone in its clause)
    r"\bfor\s+(?P<bare>(?!(?:me|us|you|u|them|him|her|it|everyone|everybody|all|ages|now|"
    r"later|sure)\b)[a-z][\w'-]*(?: [a-z][\w'-]*)?)(?=\s*(?:[,.;!?]|$))",
    re.IGNORECASE,
)
# What a clause says that is no fact of a slot, no tone and no asking: "bins out by 7am",
# "meeting in room 2", said as given.
CLAUSE_FILLER = folded(
    r"\b(?:on|at|in|the|a|an|for|to|of|and|it|its|pls|please|plz|thanks|ty|thx|lol|x+|inviting|"
    r"welcoming|reminding|about|re|starting|from|by|this|next|bring|our|my|ps|also|btw|too|"
    r"asap|maybe|ideally|if (?:you|u) can|thank you|cheers|short|quick|one|line|until|till)\b|"
    r"[^\w\s]",
    re.IGNORECASE,
)
# Days and months are said with a capital ("the last Saturday", "12th March").
NAMED_DAY = folded(rf"\b(?:{_DAY}|{_MONTH})\b", re.IGNORECASE)
# What the piece must say, put in the asking: "a message to the group saying football is off".
SAYING = folded(
    r"\b(?:saying|to say|telling (?:everyone|them|people|all)|letting (?:everyone|them|people) "
    r"know|(?<=reminder) to|reminding (?:everyone |people |them |all |us )?to)\s+(?:that\s+)?"
    r"(?P<says>[^.?!]{3,120})",
    re.IGNORECASE,
)
NOTICE_LIMIT = 190

# How each kind opens and closes when the persona has no `#notice` lines of its own: plainly.
PLAIN_NOTICE = {
    "welcome": (
        "Welcome, {who}! We're so glad to have you.",
        "Welcome, {who}!",
        "Any questions, just ask.",
    ),
    "invite": ("You're invited to {what}!", "You're invited!", "All welcome."),
    "reminder": ("Reminder: {what}.", "A quick reminder, {who}.", "See you there."),
    "notice": ("Notice: {what}.", "Notice to all.", "Thank you."),
    "group": ("Hi all, about {what}.", "Hi all!", "Thanks, everyone."),
    "toast": ("To {what}!", "A toast!", "Cheers!"),
    "caption": ("{What}.", "", ""),
    "sign": ("{What}.", "", ""),
}
CALLED_NOTICE = {
    "welcome": "welcome message",
    "invite": "invite",
    "reminder": "reminder",
    "notice": "notice",
    "group": "message",
    "toast": "toast",
    "caption": "caption",
    "sign": "sign",
}


def notice_kind(text: str) -> str:
    """The kind of short practical writing `text` names (`NOTICE_KINDS`), or ""."""
    return next((kind for kind, said in NOTICE_SAID.items() if said.search(text)), "")


def _told_besides(rest: str) -> list[str]:
    """The clauses of what follows the asking (`rest`) that say something besides the slots'
    facts, a tone or a please ("bins out by 7am", "meeting in room 2"): kept whole, as said."""
    kept = []
    for clause in re.split(r"\s*[,;:.!?]+\s*", rest):
        clause = clause.strip()
        if not clause or TONE_AFTER.match(f", {clause}"):
            continue
        left = clause
        for slot in (WHEN, WHERE_SAID, BRING, FOR_PEOPLE, EVENT, SAYING):
            left = slot.sub(" ", left)
        if CLAUSE_FILLER.sub(" ", left).strip():
            kept.append(f"{clause[:1].upper()}{clause[1:]}.")
    return kept


def notice_facts(text: str) -> dict[str, str]:
    """The facts a notice must keep, as the message says them: `when` ("Friday, 7pm"), `where`
    ("at ours"), `bring` ("a dish"), `who` ("the neighbours"), `what` ("the iftar"), and
    `besides`, what else the message tells for it ("Bins out by 7am."); each only when said.
    Read as slots of any occasion, never by a template per occasion."""
    facts: dict[str, str] = {}
    if says := SAYING.search(text):
        # Said whole, with its own day and place; the rest of the facts are read around it.
        told = says.group("says").strip(" ,")
        facts["says"] = f"{told[:1].upper()}{told[1:]}."
        text = text[: says.start()]
    asked = NOTICE_ASKED.search(text)
    if asked and (besides := _told_besides(text[asked.end() :])):
        # Said whole, with their own times and places: the slots are read from the rest.
        facts["besides"] = " ".join(besides)
        for clause in besides:
            text = text.replace(clause[:1].lower() + clause[1:-1], " ").replace(clause[:-1], " ")
    whens = [m.group(0).strip() for m in WHEN.finditer(text)]
    if whens:
        said = [re.sub(r"^at ", "", w, flags=re.IGNORECASE) for w in whens]
        said = [NAMED_DAY.sub(lambda m: m.group(0).capitalize(), w) for w in said]
        facts["when"] = ", ".join(dict.fromkeys(said))
    for found in WHERE_SAID.finditer(text):
        place = found.group("place")
        if not WHEN.fullmatch(place) and not re.match(r"\d", place):
            facts["where"] = f"{found.group('prep').lower()} {place}"
            break
    if bring := BRING.search(text):
        facts["bring"] = "your own drinks" if bring.group("byob") else bring.group("bring").strip()
    if who := FOR_PEOPLE.search(text):
        facts["who"] = who.group("who").lower()
    for found in EVENT.finditer(text):
        # ("the team meeting tuesday 10am": the meeting; its day and time are `when`)
        what = WHEN.split(found.group("what") or found.group("bare"), maxsplit=1)[0].strip()
        if (
            what
            and not re.fullmatch(rf"(?:[\w']+\s+){{0,2}}(?:{_PEOPLE})", what, re.I)
            and not NOTICE_SAID[notice_kind(what) or "toast"].search(what)
        ):
            # ("sam's 40th": Sam's)
            facts["what"] = re.sub(
                r"^[a-z]+(?='s\b)", lambda m: m.group(0).capitalize(), what.lower()
            )
            break
    return facts


def notice_asked(text: str) -> bool:
    """Whether `text` asks for short practical writing (`NOTICE_KINDS`): an invite, a
    reminder, a welcome, a notice, a text to the group, whatever the occasion; a toast, a
    caption or a sign only with a fact to keep (a day, a time, a place, a thing to bring). Not
    how to write one, nor one written already ("she sent the invite")."""
    if not NOTICE_ASKED.search(text) or HOW_TO.match(text) or PAST_ASKED.match(text):
        return False
    if CARD_TOLD.match(text):
        return False  # "do i need an invite to get in", "we sent the invites"
    kind = notice_kind(text)
    if not kind and re.search(r"\b(?:messages?|msgs?|texts?|posts?)\b", text, re.IGNORECASE):
        return False
    if kind == "toast" and CELEBRATED.search(text):
        # "nan and grandad's 50th anniversary on the saturday ... a toast we can read out at
        # dinner": a toast to the occasion, written in verse, never a notice of its day
        return False
    if kind in WITH_FACTS_ONLY:
        facts = notice_facts(text)
        return bool({"when", "where", "bring"} & facts.keys())
    return bool(kind)


def _fill(template: str, facts: dict[str, str]) -> str:
    """A notice's line with its facts put in; "" when it needs a fact not given."""
    needs = {"bring" if n == "thing" else n for n in re.findall(r"\{(\w+)\}", template.lower())}
    if not needs <= {**facts, "who": ""}.keys():
        return ""
    # Spoken to, "the new starters" are "new starters".
    who = re.sub(r"^(?:all the|all our|the|our) ", "", facts.get("who", "")) or "friends"
    what = facts.get("what", "")
    return template.format(
        who=who,
        Who=who[:1].upper() + who[1:],
        what=what,
        What=what[:1].upper() + what[1:],
        when=facts.get("when", ""),
        where=facts.get("where", ""),
        bring=facts.get("bring", ""),
        thing=facts.get("bring", ""),
    )


def notice(text: str, lines: tuple[tuple[frozenset[str], str], ...] = ()) -> tuple[str, str]:
    """The short piece `text` asks for, and what it is called said back ("invite"): its opening
    on what it is for and to whom, every fact given (when and where, what to bring), and a
    close; in the persona's own `lines` (its `#notice` lines: names, text) when it has them,
    else plainly (`PLAIN_NOTICE`); within `NOTICE_LIMIT`, the close dropped first. Drawn by
    the words asked, so the same request gets the same piece."""
    kind = notice_kind(text) or "group"
    facts = notice_facts(text)
    seed = zlib.crc32(text.encode())

    def pick(part: str) -> str:
        own = [t for names, t in lines if kind in names and part in names]
        # What it is for said, when the message says it: "Good friends, you are bidden to
        # your leaving drinks!", not only "you are bidden!".
        own = [t for t in own if "{what}" in t] if "what" in facts and part == "open" else own
        own = [f for f in (_fill(t, facts) for t in own) if f]
        if own:
            return own[seed % len(own)]
        opens, bare, close = PLAIN_NOTICE[kind]
        if part == "close":
            return close
        return _fill(opens, facts) or _fill(bare, facts)

    opening = pick("open")
    if kind in WITH_FACTS_ONLY and "besides" in facts:
        opening = ""  # "a sign for the door: meeting in room 2": the sign says the meeting
    said = [opening, facts.get("says", "")]
    when_where = " ".join(w for w in (facts.get("when", ""), facts.get("where", "")) if w)
    if when_where:
        said.append(f"{when_where[:1].upper()}{when_where[1:]}.")
    # What else it tells: after the day and place, but first on a sign ("Meeting in room 2").
    said.insert(len(said) if opening else 0, facts.get("besides", ""))
    if "bring" in facts:
        bring = [t for names, t in lines if "bring" in names]
        said.append(
            _fill(bring[seed % len(bring)], facts) if bring else f"Please bring {facts['bring']}."
        )
    close = pick("close")
    piece = " ".join(w for w in [*said, close] if w)
    if len(piece) > NOTICE_LIMIT:
        piece = " ".join(w for w in said if w)
    return piece.replace("..", "."), CALLED_NOTICE[kind]
