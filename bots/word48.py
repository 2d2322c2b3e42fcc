"""A stock line met on a word of the message said in another sense (rate47's biggest fault, 16
of 62: "wish me luck on my chem test" and an Agincourt quote, "should i lend my car to my
roommate" and advice on lending money, "spilled coffee on my lab notebook" and Curie's bench of
1900, "how do i stay awake on a long night drive" and tips for a lecture).

A table of the commonest words said in more than one sense (`SENSES`): for each, the senses it
is said in and the words that tell each sense, in the message or in the line. A reply whose
line tells one sense of a word the message says in another, none shared, is met on the word
alone (`met_on_word`). Asked, the asker's situation is answered in voice instead when it is of
a kind read here (`situation`), else the reply stands; unasked, the persona keeps quiet.

Cheap: one precompiled pattern of every table word is tried first, and nothing more is read of
a message that says none of them."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

_I = re.IGNORECASE


def _senses(**cues: str) -> dict[str, re.Pattern[str]]:
    return {sense: re.compile(rf"(?:{pattern})", _I) for sense, pattern in cues.items()}


# Each row: the word (as said in the message), and its senses by the words that tell them. A
# word may have more than one row, one per way its senses part ("lend" of money or of a thing;
# lent to someone or owed oneself).
SENSES: tuple[tuple[re.Pattern[str], dict[str, re.Pattern[str]]], ...] = tuple(
    (re.compile(rf"\b(?:{word})", _I), _senses(**cues))
    for word, cues in (
        (
            r"tests?\b|exams?\b|quiz",
            {
                "exam": r"\bexams?\b|\bchem\b|math|driving|tmrw|tomorrow|revis|\bstudy|\bpass"
                r"|\bfail|\bluck\b|school|\bclass\b|grade|quiz|teacher|nervous",
                "battle": r"breach|agincourt|soldier|\bwar\b|battle|sword|harfleur",
                "experiment": r"experiment|hypothes|measure|\btest(?:ed)? it\b",
                "code": r"unit tests?|pytest|jest|assert|\bcode\b|function|\bci\b|\bbuild\b",
            },
        ),
        (
            r"loan|lend|lent\b|borrow",
            {
                "money": r"money|cash|quid|pounds?\b|£|\$|dollars?|euros?|\bgrand\b|rent\b|\d",
                "thing": r"\bcar\b|bike|\bbooks?\b|laptop|clothes|dress|jacket|camera|console"
                r"|drill|tools|charger|\bvan\b|headphones",
            },
        ),
        (
            r"loan|lend|lent\b|borrow",
            {
                "lending": r"lend a friend|borrow from me|lend (?:him|her|them|my)|asks? to borrow"
                r"|asked to borrow|wants? (?:a loan|to borrow)|keeps borrowing|friend",
                "owed": r"student loan|mortgage|pay (?:it |them |the loan )?off|interest rate"
                r"|repayments?",
            },
        ),
        (
            r"lab\b|labs\b",
            {
                "school": r"\bmy lab|lab partner|lab report|lab coat|lab class|school|teacher"
                r"|homework|classmate|\bpartner\b|\buni\b|college",
                "own": r"\bshed\b|pierre|1900|our bench|radium|pitchblende|\byours?\b",
            },
        ),
        (
            r"phones?\b|cell\b|mobile\b|screen\b",
            {
                "device": r"batter|charg|\bpower\b|\bdies\b|dying|crack|smash|won'?t turn"
                r"|storage|\bfix|repair|settings|brightness",
                "use": r"\bhours\b|scroll|addict|teen|daughters|\bsons?\b|\bkids\b|screen time"
                r"|talked|gave you|gives back",
            },
        ),
        (
            r"lights?\b|bulbs?\b|wiring|wires?\b",
            {
                "house": r"flicker|bulb|switch|fuse|socket|dimmer|electrician|breaker|ceiling",
                "physics": r"electron|speed of light|photon|\bwaves?\b|as fast as light"
                r"|a second\b|spectrum|particles|snail",
            },
        ),
        (
            r"awake|sleepy|drowsy|tired|\bsleep",
            {
                "drive": r"\bdriv|\broad\b|\bwheel\b|motorway|highway|\bcar\b",
                "class": r"lecture|\bclass\b|take notes|lesson|near the front|revis|afternoon",
            },
        ),
        (
            r"galapagos|gal[aá]pagos|beagle|voyage|\bboat|\bship|\bsail|\bferry|\bcruise"
            r"|flight|flying|\bfly\b",
            {
                "sick": r"seasick|sea-sick|\bsick\b|nause|throw(?:ing)? up|vomit|turbulence"
                r"|motion|queasy|hammock|raisins|horizon|ginger",
                "sights": r"tortoise|finch|mockingbird|iguana|\bbeaks?\b|\bislands?\b",
            },
        ),
        (
            r"sting|stung",
            {
                "fate": r"hurt the bee|(?:bee|it) (?:die|dies|survive)|kill (?:the|a) bee"
                r"|does the bee|barb|tears? (?:out|away)",
                "aid": r"scrape|antihistamine|cold pack|swelling|\bice\b|999|911",
            },
        ),
        (
            r"lost\b|lose\b|losing\b|died\b|dead\b",
            {
                "death": r"\bdied\b|death|grave|grief|widow|mourn|funeral|passed away|buried"
                r"|condolence|husband|wife|\bsorry\b|losses|\bloss\b",
                "object": r"\bkeys?\b|wallet|purse|passport|glasses|\bcards?\b|\bbag\b|\bring\b",
                "plant": r"basil|plants?\b|tomato|frost|garden|seedling|roses?\b|crops?\b"
                r"|cold snap|herbs?\b",
                "game": r"\bmatch\b|\bgame\b|\b\d+-\d+\b|\bscore|\bteam\b|league|\bcup\b",
            },
        ),
        (
            r"batter(?:y|ies)\b|charg|\bjump|\bflat\b",
            {
                "car": r"\bcar\b(?! door)|jump lead|jumper|engine|flat battery|\bvan\b",
                "static": r"\bshock|spark|static|car door|dry (?:winter )?air",
                "device": r"\bphones?\b|power bank|laptop|settings|brightness",
            },
        ),
        (
            r"\bplay\b|\bcast\b|\brole\b|\bpart in\b|\blead\b",
            {
                "theirs": r"\b(?:our|my|the) (?:class|school)\b|drama club|audition"
                r"|got (?:cast|a part|the lead)|\bi got\b",
                "own": r"\bI acted\b|player on the stage|\bmy (?:own )?plays\b|my name stands",
            },
        ),
        (
            r"nature\b",
            {
                "human": r"human nature|selfish|in (?:our|my|his|her) nature|instinct|greed"
                r"|kindness|good or evil|\bcharacter\b",
                "outdoors": r"countryside|\bfields?\b|\btrees?\b|\bwalk|\bhike|woods|outdoors",
            },
        ),
        (
            r"trains?\b",
            {
                "rail": r"last train|missed (?:the|my) train|train home|station|platform|delay"
                r"|tickets?\b|taxi|commut",
                "thought": r"relativity|lightning|simultane|thought experiment|happiest thought"
                r"|speed of light",
            },
        ),
        (
            r"leaves|leaf\b|spots\b",
            {
                "white": r"\bwhite\b|powder|mildew",
                "yellow": r"yellow",
                "brown": r"\bbrown\b|\brings\b|blight",
                "holes": r"\bholes\b|eaten|slugs?\b|snails?\b|caterpillar",
            },
        ),
        (
            r"\bmy (?:daughter|son|kid|child|baby)\b",
            {
                "everyday": r"wants? to (?:be|become)|grows? up|school|homework|toddler|bedtime"
                r"|\bteen|\bkeeps\b|\bwon'?t\b",
                "grief": r"\bdied\b|death|\blost (?:my|our|a)\b|miscarr|passed away|funeral"
                r"|Lieserl|never spoke of her|\bgrave\b",
            },
        ),
        (
            r"water\b",
            {
                "fire": r"\bfire\b|chip|\bpan\b|\boil\b|grease|flame",
                "freeze": r"freez|\bice\b|frost|expand|float",
            },
        ),
        (
            r"stars?\b|far away",
            {
                "travel": r"\bship|rocket|engines?\b|travel|\breach\b",
                "planet": r"planet|atmospher|spectr|water on|life on|alien",
                "fame": r"celebrit|famous|movie|film|\btv\b|pop star",
            },
        ),
        (
            r"physics",
            {
                "book": r"\bbooks?\b|\bread\b|recommend",
                "game": r"\bgame\b|throw|grenade|fortnite|minecraft|ragdoll|\bgta\b|\bjump",
            },
        ),
    )
)

# Asked for words of its own ("any words to give my son courage before his driving test", "a
# quote for my exam"): its stock line on the occasion is the answer.
WORDS_ASKED = re.compile(
    r"\b(?:any|some|a few|give me|with) words\b|\bwords (?:of|to|for)\b|\b(?:a|any) (?:quote|line"
    r"|verse|poem|speech)\b|\bquote (?:for|about)\b",
    _I,
)

ANY_WORD = re.compile("|".join(f"(?:{word.pattern})" for word, _ in SENSES), _I)


def met_on_word(message: str, reply: str) -> bool:
    """Whether `reply` tells one sense of a table word `message` says, and `message` tells
    another, none the same: "lend my car" and "Lend a friend only what you could bear to lose
    ... you have your money"."""
    if not reply or not ANY_WORD.search(message):
        return False
    for word, senses in SENSES:
        if not word.search(message):
            continue
        # (the word itself is no cue of a sense: "flicker" tells the light, "light" does not)
        spans = {m.span() for m in word.finditer(message)}
        asked = {
            s
            for s, cue in senses.items()
            if any(m.span() not in spans for m in cue.finditer(message))
        }
        said = {s for s, cue in senses.items() if cue.search(reply)}
        if asked and said and not asked & said:
            return True
    return False


# The asker's situation, by its shape, and a body that answers it. `{name}` is the asker.
SITUATIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, _I), kind)
    for pattern, kind in (
        (
            r"\b(?:lend|borrow)\b.{0,25}\bmy (?:car|van)\b"
            r"|\bmy (?:car|van)\b.{0,25}\b(?:lend|borrow)",
            "lend_car",
        ),
        (
            r"\b(?:wants?|asked|asks|asking) (?:me )?(?:to borrow|to lend|for a loan|a loan)"
            r"|\bborrow (?:my|from me)\b|\b(?:should i|do i) lend\b|\blend (?:him|her|them|my)\b",
            "lend_thing",
        ),
        (r"student loan|mortgage", "own_loan"),
        (r"\b(?:lab|chem\w*|science) partner|partner (?:does|did) nothing", "partner"),
        (
            r"\blab (?:notebook|book|report)\b.{0,40}\b(?:wet|rain|spill|coffee|ruin|soak)",
            "notebook",
        ),
        (r"\b(?:spill|spilt|spilled|rain|soak|wet)\w*\b.{0,40}\blab (?:notebook|book)", "notebook"),
        (r"seasick|sea-sick|sick on (?:the|a) (?:boat|ship|ferry)", "seasick"),
        (
            r"(?:awake|sleepy|drowsy|nodding off|falling asleep)\b.{0,30}\bdriv"
            r"|\bdriv\w*\b.{0,30}(?:awake|sleepy|drowsy|nodding off|falling asleep)",
            "drive",
        ),
        (
            r"\b(?:lights?|bulbs?|lamps?)\b.{0,40}flicker|flicker\w*.{0,30}\b(?:lights?|bulbs?)",
            "flicker",
        ),
        (r"\b(?:sting|stung)\b.*\b(?:hurt|kill|die)s?\b.*\bbee", "bee"),
        (
            r"\bphone\b.{0,40}\b(?:battery|charge|power)\b.{0,30}\b(?:dies|drains|dead|won'?t"
            r"|fast|by noon)|\bphone\b.{0,20}\bno power\b",
            "battery",
        ),
        (r"\b(?:screen|phone)\b.{0,20}\b(?:crack|smash)", "cracked"),
        (
            r"\b(?:lost|died|killed)\b.{0,40}\b(?:frost|cold snap)"
            r"|\b(?:frost|cold snap)\b.{0,40}\b(?:died|lost|killed)",
            "frost",
        ),
        (r"\b(?:lost|lose)\b (?:my|our|the) (?:keys?|wallet|purse|passport|bag|cards?)", "lost"),
        (r"\b(?:why|how)\b.{0,20}\b(?:water|ice)\b.{0,60}\b(?:expand\w*|floats?|sinks?)\b", "ice"),
        (
            r"\bjump(?:[- ]start)? (?:it|the car|my car)|\bcar\b.{0,20}\bbattery\b.{0,40}\bjump",
            "jump",
        ),
        (
            r"\b(?:got|landed|cast as|cast in)\b.{0,25}\b(?:part|role|lead)\b.{0,25}\bplay\b",
            "cast",
        ),
        (r"white (?:spots|powder|patches)|powdery|mildew", "mildew"),
        (
            r"(?:missed|miss) (?:the|my) (?:last )?train\b.{0,40}\b(?:taxi|wait|should i|or)\b"
            r"|\blast train\b.{0,40}\b(?:taxi|wait|should i)\b",
            "train",
        ),
        (
            r"human nature\b.{0,20}\b(?:selfish|greed|evil)|\b(?:selfish|greed\w*|evil)\b.{0,20}"
            r"human nature|naturally selfish",
            "selfish",
        ),
        (r"\bmy (?:daughter|son|kid)\b.{0,10}\bwants? to (?:be|become)\b", "dream"),
        (
            r"\b(?:test|exam)\b.{0,40}\b(?:tmrw|tomorrow|tonight|morning|friday|monday|luck"
            r"|nervous|scared)\b|\b(?:luck|nervous|scared)\b.{0,40}\b(?:test|exam)\b",
            "exam",
        ),
    )
)

# Per situation, a body that answers it; per persona, an opening and a word of its own where it
# has one (`OWN`). Facts are plain and true.
BODIES = {
    "lend_car": "Before you lend the car, ask yourself whether you would be easy if it came back "
    "scratched or with a fine on it; check your insurance covers another driver, agree who pays "
    "for fuel and any damage, and say it before the keys change hands, not after.",
    "lend_thing": "Lend only what you could bear to see come back late or not at all; say plainly "
    "when you need it back, and if you could not bear it, a kind no now is better than a quarrel "
    "later.",
    "own_loan": "Weigh what paying it off early saves in interest against what that money could "
    "do for you now; a loan at a low rate is often better left to run while you keep a cushion "
    "of savings.",
    "partner": "Split the work into named parts, write down who does which, and tell them which "
    "part is theirs and by when; if they still do nothing, say so to the teacher before the "
    "marks, not after. What is it they leave undone?",
    "notebook": "Blot it at once with paper towel, never rub; dry it open, a page at a time, with "
    "paper between the wet pages, and photograph anything you need now. Ink that ran can often "
    "still be read.",
    "seasick": "Seasickness is miserable but it does pass: keep on deck in the fresh air, near "
    "the middle of the vessel, look at the horizon, eat a little plain food and take a remedy "
    "before you sail, not once you feel ill.",
    "drive": "Nothing beats sleep: if you feel drowsy, pull over somewhere safe, drink a coffee "
    "and sleep fifteen minutes before it works; the window open and the radio loud buy only "
    "minutes. Stop every two hours, and share the driving if you can.",
    "flicker": "Try a new bulb first, and see it is screwed in firmly; if one light flickers on a "
    "dimmer, the dimmer may not suit the bulb. If several lights flicker, or you smell burning, "
    "leave the wiring alone and call an electrician.",
    "bee": "A honeybee's sting is barbed: it stays in the skin and tears away from the bee, and "
    "the bee dies of it. Wasps and bumblebees have smooth stings, pull them out and can sting "
    "again.",
    "battery": "Look in Settings under Battery for what uses most and limit it; turn the "
    "brightness down and location off when not needed. A phone battery wears after two or "
    "three years of charging, and a shop can replace it for much less than a new phone.",
    "cracked": "If the phone is fairly new, yes, a screen repair costs far less than a new phone; "
    "if it is old and the crack is small, a screen protector keeps it from spreading. Take the "
    "phone in before glass splinters reach your fingers.",
    "frost": "Tender plants, basil above all, cannot bear frost. Cut back what blackened and wait "
    "to see what shoots again from the base, as hardy ones often do; next time keep pots "
    "indoors or under fleece on a cold night.",
    "jump": "With jump leads: red clip on the flat battery's plus, red on the good one's plus, "
    "black on the good one's minus, the last black on bare metal of the dead car away from the "
    "battery. Start the good car, wait a few minutes, then start yours and drive it half an hour.",
    "cast": "Congratulations! Learn your lines early, speak to the back row, and listen to the "
    "others on stage as if you heard them for the first time; a small part played well is "
    "remembered.",
    "lost": "Go back over where you last remember having it, and ask wherever you were; a bus "
    "or train company keeps lost property. If cards were in it, cancel them with the bank at once.",
    "ice": "Water swells as it freezes: its molecules hold each other by hydrogen bonds in an open "
    "six-sided lattice, roomier than the liquid by about a tenth, so ice floats and full pipes "
    "burst.",
    "mildew": "White powdery spots on leaves are usually powdery mildew, a fungus that likes "
    "dry roots and still, damp air. Pick off the worst leaves, water at the base, not over the "
    "leaves, and give the plant more air around it; it rarely kills a healthy plant.",
    "train": "If the next train is hours off and the night is cold, take the taxi, shared if "
    "anyone is going your way; look first for a night bus, and do not wait alone at an empty "
    "station.",
    "selfish": "Both are in us: small children share as readily as they grab, and strangers give "
    "blood to people they will never meet. Selfishness is real, but so is the pleasure of "
    "giving, and habit decides which grows.",
    "dream": "Let the child try it properly: lessons, a choir or a club, small stages; the wish "
    "tells you what they love, and that is worth feeding, whatever they become.",
    "exam": "Good luck! Sleep well tonight, eat breakfast, and take it steadily, one step "
    "at a time; what you have learned is in you already.",
}

OPENING = {
    "einstein": "Ah, {name}.",
    "shakespeare": "Hark, {name}.",
    "curie": "Here is what I would do, {name}.",
    "lovelace": "Let us take it step by step, {name}.",
    "socrates": "Let us reason it out, {name}.",
    "darwin": "Well, {name},",
    "aibot": "{name},",
}

# Its opening to a why answered (not advice): its own lead-ins.
EXPLAINED = frozenset({"ice", "bee"})
EXPLAIN_OPENING = {
    "einstein": "A lovely question, {name}.",
    "shakespeare": "Hark, {name}, here is my answer.",
    "curie": "Here is what I know of it, {name}.",
    "lovelace": "Ah, {name}, that is exactly my kind of puzzle.",
    "socrates": "A fair question, {name}; let me answer with care.",
    "darwin": "A fair question, {name}.",
}

# A persona's own word on a situation, said in place of the body.
OWN = {
    ("darwin", "seasick"): "I was seasick nearly the whole five years of the Beagle's voyage, "
    "{name}; I lay in my hammock eating raisins, and went ashore whenever I could. Lie down, keep "
    "your eyes on the horizon, and take a remedy before you sail; it passes with dry land.",
    ("shakespeare", "exam"): "Good luck, {name}! Screw your courage to the sticking place, sleep "
    "well, and take it steadily; what thou hast learned is in thee already.",
    ("shakespeare", "cast"): "Bravo, {name}! I began a player myself. Learn thy lines early, and "
    "speak the speech trippingly on the tongue, as Hamlet bids; listen to the others as if thou "
    "heard them new, and a small part played well is long remembered.",
    ("socrates", "selfish"): "Is it, {name}? Then why are we ashamed when we are selfish, and "
    "why do we praise the one who gives? I hold that no one does wrong willingly: we all want "
    "what is good for us, and err only in what we take that good to be.",
    ("curie", "partner"): "In our shed Pierre measured the rays and I did the chemistry, {name}; "
    "we each knew our part. Split the work into named parts, write down who does which and by "
    "when; what is it your partner leaves undone?",
    ("socrates", "lend_car"): "Tell me, {name}: would you lend the car to a stranger who drove as "
    "your roommate drives? If not, you have your answer. If so, check your insurance covers "
    "another driver, and agree before the keys change hands who pays for fuel and any damage.",
}


# A literal stem of every table word and situation (lower case): a message with none of them,
# most, is read no further.
PRE = re.compile(
    "test|exam|quiz|loan|lend|lent|borrow|mortgage|partner|lab|phone|cell|mobile|screen|light"
    "|bulb|wir|awake|sleep|tired|drows|nodding|driv|galap|galáp|beagle|voyage|boat|ship|sail|ferry"
    "|cruise|flight|fly|sick|sting|stung|lost|lose|losing|died|dead|killed|frost|cold snap|batter"
    "|charg|power|jump|flat|play|cast|role|part|lead|nature|selfish|greed|train|lea[fv]|spots"
    "|white|powder|mildew|daughter|son|kid|child|baby|water|ice|star|far away|physics|book"
)

# Some word every situation read says: one search before any of theirs.
ANY_SITUATION = re.compile(
    r"lend|borrow|\bloan|mortgage|partner|\blab\b|sick|\bdriv|flicker|\bst[iu]ng"
    r"|\bphone|\bscreen|frost|cold snap|\blos[te]\b|water|\bice\b|\bjump|\bplay\b|white"
    r"|powder|mildew|\btrain\b|nature|\bmy (?:daughter|son|kid)\b|\btest\b|\bexam",
    _I,
)

# A test already sat: no luck wished ("passed my driving test this morning").
DONE = re.compile(r"\b(?:passed|failed|flunked|aced|results?|got \d+)\b", _I)

WISH = re.compile(r"(Good luck|Congratulations)!")


# A reply to a situation read says a word of it: a car lent is no bicycle, books asked for are
# named or recommended, not a childhood of reading. (Only troubles told plainly: a wish, good
# news, a loan or a child's dream is as often the aside of another question, or cheered in the
# persona's own words.)
TAKEN_UP = {
    kind: re.compile(pattern, _I)
    for kind, pattern in {
        "lend_car": r"\bcars?\b|\bvan\b|insur|\blend|\bborrow|\bkeys\b|\bdriv",
        "lend_thing": r"\blend|\blent\b|\bborrow|\bback\b|\bloans?\b|\bgive\b",
        "books": r"\bstart with\b|\btry\b|recommend|\bI wrote\b|\bread (?:it|this)\b|\"",
        "partner": r"partner|\bsplit\b|\bshare\b|\bdivide|\bwork\b|teacher",
        "notebook": r"notebook|\bink\b|\bdry\b|\bpages?\b|\bwet\b",
        "seasick": r"seasick|\bsick\b|horizon|\bdeck\b|hammock",
        "drive": r"\bdriv|pull over|\bnap\b|\bbreak\b|\bwheel\b|\btired",
        "flicker": r"\bbulb|flicker|electrician|wiring|dimmer|\bswitch|\bfuse",
        "bee": r"\bbarb|\bdies?\b|\bdying\b",
        "battery": r"batter|charg|settings|brightness",
        "cracked": r"\bscreen|\bcrack|repair|protector|\bglass",
        "frost": r"frost|\bcold\b|fleece|tender|hardy|\bsow|seedling",
        "lost": r"retrace|lost property|\bcancel|\bpolice|\blast had|\bcheck",
        "ice": r"hydrogen|lattice|expand|swell|floats?\b|dense|lighter",
        "jump": r"\bjump|\bleads?\b|\bclips?\b|\bcables?\b|booster",
        "mildew": r"mildew|fung|powder|\bwhite\b",
        "train": r"\btaxi|\btrain|\bbus\b|\bwait|station",
        "selfish": r"selfish|\bgreed|nature|\bgood\b|\bwrong|\bgive",
    }.items()
}
BOOKS_ASKED = re.compile(
    r"\b(?:good|any|best|recommend\w*)\b[^?.!]{0,30}\bbooks?\b(?! (?:club|shop|store))", _I
)


def off_situation(message: str, reply: str) -> bool:
    """Whether `reply` takes up none of the situation `message` tells, when that is of a kind
    `TAKEN_UP` reads: "my brother wants to borrow my car" and a bicycle, "my cousin wants to
    borrow my laptop" and a line on taking notes by hand."""
    kind = "books" if BOOKS_ASKED.search(message) else situation(message)
    taken = TAKEN_UP.get(kind)
    return bool(taken) and not taken.search(reply)


def situation(message: str) -> str:
    """The kind of situation `message` tells, of those `SITUATIONS` reads, or ""."""
    if not ANY_SITUATION.search(message):
        return ""
    for pattern, kind in SITUATIONS:
        if pattern.search(message):
            return "" if kind == "exam" and DONE.search(message) else kind
    return ""


def answered(slug: str, message: str, name: str) -> str:
    """The asker's situation answered in the voice of `slug`, or "" for none read."""
    kind = situation(message)
    if not kind:
        return ""
    who = name or "{name}"
    if own := OWN.get((slug, kind)):
        return _named(own.format(name=who))
    body = BODIES.get(kind)
    if not body:
        return ""
    if wish := WISH.match(body):  # (a wish opens with the name, not a lead-in)
        return _named(f"{wish.group(1)}, {who}!{body[wish.end() :]}")
    openings = EXPLAIN_OPENING if kind in EXPLAINED else OPENING
    opening = openings.get(slug, "{name},").format(name=who)
    if opening.endswith("."):
        return _named(f"{opening} {body}")
    return _named(f"{opening} {body[0].lower()}{body[1:]}")


def _named(text: str) -> str:
    """`text`, its "{name}" left unfilled (no asker's name known) taken out with its comma."""
    if "{name}" not in text:
        return text
    text = re.sub(r",? ?\{name\},? ?", " ", text).strip()
    text = re.sub(r" ([,.!;])", r"\1", text)
    return text[0].upper() + text[1:]


def guarded48(reply_of: Callable[..., str]) -> Callable[..., str]:
    """`reply_of` (the engine's `offline_reply`), but a reply met on a word of the message said
    in another sense (`met_on_word`) gives way: asked, to the situation answered in voice when
    one is read; unasked, to silence, as does one unasked that never takes up the situation
    told (`off_situation`)."""

    @functools.wraps(reply_of)
    def guarded(voice, *, message: str, **kw) -> str:
        reply = reply_of(voice, message=message, **kw)
        if getattr(voice, "is_house_bot", False):
            return reply  # (its lines are code and Salon's own, no persona's stock)
        if (
            not reply
            or not PRE.search(message.lower())
            or WORDS_ASKED.search(message)
            or not (met_on_word(message, reply) or off_situation(message, reply))
        ):
            return reply
        if kw.get("unasked"):
            return ""
        history = kw.get("history") or ()
        from bots.engine import _addressable  # (this module is imported by the engine)

        name = _addressable(history[-1].author) if history else ""
        return answered(voice.slug, message, name) or reply

    return guarded
