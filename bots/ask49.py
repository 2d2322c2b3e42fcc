"""Practical asks answered by their KIND, whatever their topic (ask49: the answer's floor).

rate48's dodges were often practical asks with an obvious sensible answer ("tips for my first
lab job", "what should i pack for london in november", "how do i get my cat to stop waking me
at 5am", "is it safe to eat chicken left out overnight", "should i buy a used car") met with
"I have no data on that at all" or a stock line met on one of their words. Each is read here by
the cue words of its kind wherever they stand in the message, and given sound general advice:

- ``first``: tips for a first something (a job, a race, a date, a flat, an interview, hosting);
- ``pack``: what to pack for a trip (a city and a month: `CLIMATE`); ``wear``: what to wear
  to an event (a wedding, a funeral, an interview, a first day at work);
- ``stop``: how to stop a pet, a child or a flatmate/neighbour doing something;
- ``health``: a plain worry about health or safety (cautious, never a diagnosis);
- ``should``: whether an everyday thing is a good idea (one reason each way and a lean).

`asked49(text)` gives ``(kind, core)``, the kind and the advice's plain sentences, or None; the
persona frames it with its ``#kindask KIND:`` line (`framed49`). Every pattern is bounded and
anchored on words, so long junk stays fast."""

from __future__ import annotations

import re
from functools import lru_cache

from bots.fold import folded

# Chat spellings of the cue words.
_SPELLINGS = {
    "u": "you",
    "ur": "your",
    "shd": "should",
    "shud": "should",
    "shld": "should",
    "wat": "what",
    "wot": "what",
    "wht": "what",
    "pls": "please",
    "plz": "please",
    "im": "i'm",
    "dont": "don't",
    "wont": "won't",
    "neighbor": "neighbour",
    "neighbors": "neighbours",
    "roomie": "roommate",
    "recs": "tips",
}
_CHAT = re.compile(r"\b(?:" + "|".join(_SPELLINGS) + r")\b")


def _plain(text: str) -> str:
    """The message lowered, chat spellings put right."""
    lowered = text.lower().replace("\u2019", "'")
    if not _CHAT.search(lowered):
        return lowered
    return _CHAT.sub(lambda m: _SPELLINGS[m.group(0)], lowered)


Table = tuple[tuple[re.Pattern[str], str], ...]


def _table(*rows: tuple[str, str]) -> Table:
    """Advice keyed on what the ask names: each row a pattern and the advice it calls for."""
    return tuple((folded(pattern), core) for pattern, core in rows)


def _looked_up(table: Table, text: str) -> str | None:
    """The advice of the first row of `table` whose pattern `text` names."""
    return next((core for pattern, core in table if pattern.search(text)), None)


# ---- first -------------------------------------------------------------------------------

_ASK_TIPS = folded(
    r"\b(?:tips?|advice|advise|pointers?|suggestions?|words? of wisdom|recommendations?"
    r"|what (?:should|do|must) i (?:know|expect|do|remember|bring)"
    r"|how (?:do|can|should) i (?:prepare|not mess|not screw|survive|get ready|make it go)"
    r"|how to (?:prepare|survive|not mess)|anything i should know)\b"
)
_FIRST = folded(
    r"\b(?:first|1st)\b|\bnever (?:done|run|ran|been|hosted|had|flown|gone)\b"
    r"|\b(?:new job|start(?:ing)? (?:a |my )?new (?:job|role|position))\b"
)
# What the first is of, by the words that name it (the first of these found).
_FIRSTS = _table(
    (
        r"\b(?:marathon|half|10k|5k|race|triathlon|run)\b",
        "Don't try anything new on the day: the shoes, breakfast and kit you trained in. "
        "Sleep well two nights before, start slower than feels right, and drink at the "
        "stations.",
    ),
    (
        r"\b(?:date)\b",
        "Pick somewhere easy to talk and easy to leave, ask about them and really listen, "
        "and don't plan every line. Tell a friend where you'll be, and have your own way "
        "home.",
    ),
    (
        r"\b(?:interview)\b",
        "Read up on them, have three short stories ready of things you did well, and two "
        "questions to ask them. Plan the route, arrive ten minutes early, and pause "
        "before you answer.",
    ),
    (
        r"\b(?:flat|apartment|house|home|place)\b",
        "On day one read the meters, photograph every mark, and find the stopcock and "
        "fuse box. Set up bills and contents insurance in the first week, and buy a "
        "basic toolkit.",
    ),
    (
        r"\b(?:hosting|host|dinner party|party|guests)\b",
        "Cook something you've made before, do as much as you can the day before, and "
        "have drinks ready as people arrive. Ask about allergies first, and keep it "
        "simple.",
    ),
    (
        r"\b(?:fly|flying|flight|flown|plane)\b",
        "Get there early (two hours for abroad), keep passport, phone, charger and any "
        "medicine in your hand luggage, liquids in 100 ml bottles in a clear bag, and "
        "check your gate on the screens.",
    ),
    (
        r"\b(?:trip|holiday|travel\w*|abroad|backpacking)\b",
        "Book the first night's bed before you go, tell your bank, keep a copy of your "
        "passport apart from it, carry a little local cash, and learn hello and thank you; "
        "then leave some days unplanned.",
    ),
    (
        r"\b(?:open mic|gig|speech|talk|presentation|stage|show|performance)\b",
        "Rehearse out loud, more than once, know your first line cold, and slow down: "
        "nerves make everyone rush. Arrive early to see the room.",
    ),
    (
        r"\b(?:uni|university|college|school|term|semester|freshers?)\b",
        "Go to everything in the first week, knock on doors and talk to people, find "
        "your rooms before day one, and start a notebook for deadlines. Everyone else "
        "is new too.",
    ),
)
_FIRST_JOB = (
    "Arrive early, learn names and write them down, ask questions (nobody expects you to know "
    "it all yet), and take notes so you ask each only once. Rest the night before."
)
_FIRST_ANY = (
    "Prepare the night before, arrive early, ask questions and write the answers down, and "
    "rest well beforehand. Nobody expects you to be good at it the first time."
)
_JOBLIKE = folded(
    r"\b(?:job|day|week|shift|work|role|placement|internship|lab|office|nurse|nursing"
    r"|teacher|teaching)\b"
)


def _first(text: str) -> str | None:
    if not (_FIRST.search(text) and _ASK_TIPS.search(text)):
        return None
    if core := _looked_up(_FIRSTS, text):
        return core
    return _FIRST_JOB if _JOBLIKE.search(text) else _FIRST_ANY


# ---- pack / wear --------------------------------------------------------------------------

_ASK_PACK = folded(
    r"\b(?:what|which)\b[^.?!]{0,40}?\b(?:pack|wear|bring|take|clothes|outfit)\b"
    r"|\bpacking\b|\bouftit\b|\boutfit\b|\bdress code\b|\bclothes[- ]?wise\b"
    r"|\bneed (?:a |an )?(?:jacket|coat|umbrella|jumper|sweater)\b"
)
_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH = folded(
    r"\b(jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|autumn|fall|winter)\b"
)
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 0}

# Average daily highs (°C) by month, and whether rain is likely any day of the year (rounded
# from the cities' long-term climate normals).
CLIMATE: dict[str, tuple[tuple[int, ...], bool]] = {
    "london": ((8, 9, 11, 14, 18, 21, 23, 23, 20, 16, 11, 8), True),
    "paris": ((7, 8, 12, 16, 20, 23, 25, 25, 21, 16, 10, 7), False),
    "berlin": ((3, 5, 9, 15, 19, 22, 24, 24, 19, 13, 7, 3), False),
    "rome": ((12, 13, 15, 18, 23, 27, 31, 31, 27, 22, 16, 13), False),
    "barcelona": ((14, 15, 17, 19, 22, 26, 28, 29, 26, 22, 17, 14), False),
    "madrid": ((10, 12, 16, 18, 22, 28, 32, 31, 26, 19, 13, 10), False),
    "lisbon": ((15, 16, 19, 20, 22, 26, 28, 29, 27, 23, 18, 15), False),
    "amsterdam": ((6, 7, 10, 14, 18, 20, 22, 22, 19, 15, 10, 7), True),
    "dublin": ((8, 9, 11, 13, 15, 18, 20, 19, 17, 14, 10, 8), True),
    "edinburgh": ((7, 7, 9, 12, 15, 17, 19, 19, 16, 13, 9, 7), True),
    "new york": ((4, 6, 10, 17, 22, 27, 29, 28, 25, 18, 12, 6), False),
    "tokyo": ((10, 10, 14, 19, 23, 26, 30, 31, 27, 22, 17, 12), False),
    "sydney": ((26, 26, 25, 23, 20, 18, 17, 18, 20, 22, 24, 25), False),
}
_PLACE_NAMES = {"nyc": "new york", "scotland": "edinburgh", "ireland": "dublin"}
_PLACE = folded(
    r"\b(" + "|".join(sorted([*CLIMATE, *_PLACE_NAMES], key=len, reverse=True)) + r")\b"
)
_SHOWN = {"new york": "New York", "edinburgh": "Scotland", "dublin": "Dublin"}


def _month(text: str) -> int | None:
    match = _MONTH.search(text)
    if not match:
        return None
    word = match.group(1)
    if word in _SEASONS:
        return _SEASONS[word]
    return next(i for i, m in enumerate(_MONTHS) if m.startswith(word[:3]))


def _wear_for(high: int) -> str:
    if high <= 8:
        return "a warm coat, hat, gloves and a jumper underneath"
    if high <= 15:
        return "a warm jacket over layers you can take off indoors"
    if high <= 22:
        return "light layers and a jacket for the evenings"
    if high <= 27:
        return "light clothes and one layer for the evening"
    return "light, loose clothes, a sun hat, sunscreen and a water bottle"


_EVENTS = _table(
    (
        r"\bfuneral\b",
        "Dark, plain and smart: navy, grey or black, nothing flashy, unless the family has "
        "asked for colour. Shoes you can stand in at the graveside.",
    ),
    (
        r"\binterview\b",
        "One notch smarter than the people there wear day to day, clean and pressed, and "
        "shoes you can walk in; when in doubt, a plain jacket. Lay it out the night before.",
    ),
    (
        r"\b(?:wear|clothes|outfit|dress)\b[^.?!]{0,40}?\b(?:first day|new job|office|first "
        r"week|work)\b",
        "One notch smarter than you expect the others to be, clean and simple, and shoes "
        "you can walk in all day; after a day or two, match what the team wears.",
    ),
    (
        r"\bwedding\b",
        "First check the invitation for a dress code. Otherwise smart: a suit or a dress, "
        "never white, shoes you can stand and dance in, and {layer}.",
    ),
    (
        r"\b(?:camping|camp|hiking|hike|trek|trekking|walking holiday)\b",
        "A waterproof jacket, warm layers that aren't cotton, boots you've already broken "
        "in, spare socks, a hat, a head torch and a little first-aid kit; weather outdoors "
        "turns fast.",
    ),
)
# (all but the last, camping and hiking: a kit to pack, not clothes for an occasion)
_EVENT_CORES = frozenset(
    core.format(layer=layer)
    for _p, core in _EVENTS[:-1]
    for layer in ("a warm wrap or jacket, as it's outdoors", "a layer for the evening")
)
_OUTDOOR = folded(r"\b(?:outdoors?|outside|garden|beach|field)\b")
_TRIP = folded(r"\b(?:trip|travel|travelling|holiday|vacation|week in|weekend in|visiting)\b")
_PACK_ANY = (
    "Check the usual weather for your dates, pack layers rather than bulk, one warm and one "
    "waterproof, and shoes you've already walked in; then lay it all out and take half."
)


def _pack(text: str) -> str | None:
    if not _ASK_PACK.search(text):
        return None
    if event := _looked_up(_EVENTS, text):
        month = _month(text)
        layer = (
            "a warm wrap or jacket, as it's outdoors"
            if _OUTDOOR.search(text) and (month is None or month in (0, 1, 2, 9, 10, 11))
            else "a layer for the evening"
        )
        return event.format(layer=layer)
    place = _PLACE.search(text)
    month = _month(text)
    if place and month is not None:
        city = _PLACE_NAMES.get(place.group(1), place.group(1))
        highs, wet = CLIMATE[city]
        high = highs[month]
        shown = _SHOWN.get(city, city.title())
        season = _MONTH.search(text).group(1)
        when = season if season in _SEASONS else _MONTHS[month].title()
        if wet:
            rain = ", rain can come any day, so a waterproof too"
        elif city == "tokyo" and month == 5:
            rain = ", June is its rainy season, so an umbrella"
        elif high >= 28:
            rain = ""  # (sunscreen said already)
        elif high >= 23:
            rain = ", sunglasses and sunscreen"
        else:
            rain = ", an umbrella just in case"
        return (
            f"{shown} in {when} averages about {high}°C ({round(high * 9 / 5 + 32)}°F) by day: "
            f"{_wear_for(high)}{rain}, and shoes you've already walked in."
        )
    if place or month is not None or _TRIP.search(text):
        return _PACK_ANY
    return None


# ---- stop ---------------------------------------------------------------------------------

_ASK_STOP = folded(
    r"\b(?:stop|quit) (?:him|her|it|them|my|the|our|this|that|[a-z]{2,20}ing)\b"
    r"|(?<!want )(?<!wants )\bto (?:stop|quit)\b|\bwon'?t (?:stop|quit)\b"
    r"|\bbreak (?:him|her|it|them) of\b"
    r"|\bkeeps? (?:on )?[a-z]{3,20}ing\b|\b(?:always|constantly|every (?:night|morning|day))\b"
    r"|\b(?:at )?[1-6] ?am\b|\bwhat (?:can|do|should) (?:i|we) do about\b"
)
_ASK_HOW = folded(
    r"\b(?:how (?:do|can|should|would|to)|what (?:can|do|should) (?:i|we) do|best way|any (?:tips|"
    r"ideas|advice)|ideas|help|advice|tips|deal with)\b"
)
_PET = folded(r"\b(cat|cats|kitten|kitty|dog|dogs|puppy|pup|parrot|bird|rabbit|bunny|hamster)\b")
_CHILD = folded(
    r"\b(toddler|kid|kids|child|son|daughter|[1-5][ -]?(?:year|yr)[ -]?old|baby|little one)\b"
)
_ADULT = folded(r"\b(flatmate|roommate|housemate|neighbour|neighbours|upstairs)\b")
_BABY = folded(r"\bbaby\b")
# What a child does that is to be stopped (not "the kids always get car sick").
_MISCHIEF = folded(
    r"\b(?:bit(?:e|es|ing)?|hit\w*|throw\w*|threw|scream\w*|tantrums?|kick\w*|push\w*|"
    r"climb\w*|draw\w* on|l(?:ie|ies|ying)|swear\w*|whin\w*|shout\w*|wak(?:e|es|ing)|"
    r"jump\w*|snatch\w*|bang\w*|fight\w*|spit\w*|pinch\w*|slap\w*|scratch\w*|"
    r"run\w* off|ran off|running away|wander\w* off)\b"
)
_NOISE = folded(r"\b(?:music|noise|noisy|loud|stomp\w*|party|parties|bass|shout\w*|dog)\b")
_CHORES = folded(r"\b(?:dishes|washing|clean\w*|mess\w*|bins?|tidy\w*|hoover\w*)\b")
_PET_DOING = _table(
    (
        r"\b(?:chew\w*|scratch\w*|bit(?:e|es|ing)|jump\w*|attack\w*|pounc\w*)\b",
        "Give it something it may do instead (a chew toy, a scratching post, a sit to "
        "greet), praise it the moment it does, and calmly move it off the wrong thing "
        "every time. Be consistent.",
    ),
    (
        r"\bbark\w*",
        "Find what sets it off (boredom, being alone, the doorbell): more walks and a "
        "chew toy, a treat the moment it's quiet, and no shouting, which sounds like "
        "barking back. A vet if it's new.",
    ),
    (
        r"\b(?:wak\w*|yowl\w*|meow\w*|miaow\w*|5 ?am|4 ?am|6 ?am|morning|night)\b",
        "Most often it wants food or play: tire it out with play before bed, feed it last "
        "thing, and ignore the early calls completely, as getting up even once rewards "
        "them. If it's new, see a vet.",
    ),
)
_PET_ANY = (
    "Find the cause (hunger, boredom, fear, a noise), never reward it, even with attention, "
    "give it something better to do, and be consistent for two weeks. A vet if it began "
    "suddenly."
)
_CHILD_CORE = (
    "Stay calm, say a short firm 'no' and move them away, then show what to do instead and "
    "praise that. Be consistent; at that age it's common and passes. Ask your health visitor "
    "if it worries you."
)
_BABY_CORE = (
    "Babies waking at night is normal, not naughtiness: a calm bedtime routine, a dark quiet "
    "room and short, dull night feeds help. Ask your health visitor or doctor if you're "
    "worried or exhausted."
)
_ADULT_CORE = (
    "Talk to them early and calmly, before it builds up: say what bothers you and what would "
    "fix it{fix}. If it goes on, put it in writing, then ask the landlord{council}."
)


def _stop(text: str) -> str | None:
    if not (_ASK_STOP.search(text) and _ASK_HOW.search(text)):
        return None
    pet, child, adult = _PET.search(text), _CHILD.search(text), _ADULT.search(text)
    if pet and not child:
        return _looked_up(_PET_DOING, text) or _PET_ANY
    if child and _MISCHIEF.search(text):
        return _BABY_CORE if _BABY.search(text) and "bit" not in text else _CHILD_CORE
    if adult and not child:
        noise = _NOISE.search(text)
        council = " or the council's noise team" if noise else ""
        fix = (
            " (quiet after 11, say)" if noise else " (a rota, say)" if _CHORES.search(text) else ""
        )
        return _ADULT_CORE.format(council=council, fix=fix)
    return None


# ---- health / safety ---------------------------------------------------------------------

_ASK_WORRY = folded(
    r"\b(?:should i (?:be )?(?:worried|worry|see|go|get)|is (?:it|that|this) (?:safe|dangerous|bad|"
    r"ok|okay|normal|fine|serious|a problem)|is that bad|normal|do i need|safe to|okay to"
    r"|ok to|bad to|dangerous to|worried|worry)\b"
)
# Safety out of doors, not health: no doctor's frame for it.
_ALONE = r"\b(?:walk(?:ing)? home|alone at night|at night alone|on my own at night)\b"
_SAFETY = folded(_ALONE)
_HEALTH = _table(
    (
        r"\bchest\b",
        "Tightness in the chest for days should be checked by a doctor soon, today if you "
        "can; with pain spreading to an arm or jaw, or breathlessness, call an ambulance. "
        "Usually it's minor, but let them judge.",
    ),
    (
        r"\b(?:paracetamol|acetaminophen|tylenol)\b[^.?!]{0,40}?\b(?:ibuprofen|advil|nurofen)\b"
        r"|\b(?:ibuprofen|advil|nurofen)\b[^.?!]{0,40}?\b(?:paracetamol|acetaminophen|tylenol)\b",
        "Most adults can take paracetamol and ibuprofen together at the normal doses on "
        "the packets; ask a pharmacist first if you have asthma, stomach, kidney or heart "
        "trouble, or take other medicines.",
    ),
    (
        r"\b(?:chicken|meat|rice|pizza|food|milk|curry|leftovers?|takeaway|fish|pasta|"
        r"soup|eggs?)\b[^.?!]{0,40}?\b(?:left out|overnight|out all night|gone off|out of "
        r"date)\b",
        "Throw it away. Cooked meat, rice or anything with chicken shouldn't sit out more "
        "than two hours, and reheating doesn't undo the toxins some bacteria leave. When "
        "in doubt, bin it.",
    ),
    (
        r"\b(?:stitches|cut (?:my|myself|his|her|their|our)|(?:a|the|deep|bad) cut|gash)\b",
        "Press hard on it with a clean cloth for ten minutes. If it gapes open, is deep, or "
        "won't stop bleeding, it likely needs stitches or glue: go to urgent care today, as "
        "they work best within hours.",
    ),
    (
        r"\b(?:cough|coughing)\b[^.?!]{0,30}?\b(?:weeks?|months?|won't go|not going)\b",
        "A cough that has lasted three weeks or more is worth showing a doctor, sooner if "
        "you cough up blood, get breathless or lose weight. Most are a cold lingering, but "
        "let them check.",
    ),
    (
        r"\b(?:dizzy|dizziness|light ?headed)\b",
        "A moment's dizziness when you stand up fast is common: blood pressure takes a "
        "second to catch up. Stand slowly, drink enough water, and tell your doctor if you "
        "faint or it happens a lot.",
    ),
    (
        r"\b(?:headaches?|migraines?)\b",
        "Afternoon headaches most often come from too little water, a skipped lunch, "
        "screens or caffeine wearing off. Try those first; see your doctor if they're "
        "severe, worsening, or affect your sight.",
    ),
    (
        r"\b(?:swim|swimming)\b[^.?!]{0,30}?\b(?:eat|eating|ate|meal|lunch)",
        "It's safe. The old warning about cramp and drowning has no evidence behind it. "
        "After a big meal you may feel sluggish, so take it gently at first.",
    ),
    (
        r"\b(?:run|running|gym|exercise|workout|train)\b[^.?!]{0,30}?\b(?:cold|flu|sniffles|"
        r"ill|sick)\b",
        "Go by the neck: with only a runny nose or sore throat, an easy session is usually "
        "fine; with a fever, aches or a chesty cough, rest until it has gone.",
    ),
    (
        _ALONE,
        "Usually it's fine, but keep to lit, busy streets, keep your phone charged, one "
        "earphone out, and tell a friend when you leave and when you're home. If it "
        "feels wrong, take a taxi.",
    ),
)


def _health(text: str) -> str | None:
    if not _ASK_WORRY.search(text):
        return None
    return _looked_up(_HEALTH, text)


# ---- should I ----------------------------------------------------------------------------

_ASK_SHOULD = folded(
    r"(?<!where )(?<!what )(?<!how )(?<!which )(?<!when )(?<!who )"
    r"\b(?:should i|shall i|is it (?:a )?(?:good|bad|smart|dumb|wise|stupid|silly|crazy) idea"
    r"|good idea|bad idea|worth it|is it worth|would it be (?:dumb|stupid|silly|crazy|mad|"
    r"a mistake)|too late to|thoughts|good idea or|thinking (?:of|about))\b"
)
_SHOULD = _table(
    (
        r"\b(?:used|second ?hand|pre-?owned|refurbished)\b[^.?!]{0,20}?\b(?:car|bike|van|"
        r"motorbike|laptop|phone|iphone|camera|console|sofa|furniture|piano|washing machine)"
        r"|\b(?:car|bike)\b[^.?!]{0,20}?\b(?:used|second ?hand)\b",
        "Used saves a lot, as new ones lose value fastest in their first years; the risk is "
        "faults you can't see. I'd lean used, checked over first by a mechanic or someone "
        "who knows them.",
    ),
    (
        r"\b(?:house|flat|home|property)\b[^.?!]{0,20}?\bwith (?:a |my )?(?:friend|mate|"
        r"sister|brother|partner)|\bwith (?:a |my )?(?:friend|mate)\b[^.?!]{0,20}?"
        r"\b(?:house|flat)\b",
        "Sharing gets you a home sooner; the risk is what happens when one of you wants out. "
        "I'd lean yes only with a written agreement on shares and selling, drawn up by a "
        "solicitor.",
    ),
    (
        r"\brent\b[^.?!]{0,15}?\bbuy\b|\bbuy\b[^.?!]{0,15}?\brent\b",
        "Buying gives stability and something to show for the money; renting keeps you "
        "free to move and costs less up front. I'd lean buy if you'll stay five years or "
        "more, else rent.",
    ),
    (
        r"\b(?:quit|leave|leaving|quitting)\b[^.?!]{0,20}?\bjob\b[^.?!]{0,20}?"
        r"\b(?:travel|travelling|gap|break)",
        "People rarely regret the travel; the risk is the money and the gap afterwards. I'd "
        "lean yes, if you have savings to live on for three months after you're back.",
    ),
    (
        r"\b(?:get|getting|adopt|adopting)\b[^.?!]{0,10}?\b(?:a |an )?(?:dog|puppy|cat|"
        r"kitten|pet)\b",
        "A pet is daily company; the cost is walks, vet bills and being tied for ten to "
        "fifteen years. Lean yes, if your days leave room for it and you have a plan for "
        "holidays.",
    ),
    (
        r"\b(?:move|moving|relocate|relocating)\b[^.?!]{0,30}?\b(?:cit(?:y|ies)|country|"
        r"abroad|town|overseas)\b",
        "A move brings new work and new people; the cost is leaving friends and starting "
        "over. I'd lean yes if you're going toward something, not only away; visit first "
        "if you can.",
    ),
    (
        r"\b(?:learn|learning|take up|taking up|start|starting|pick up)\b[^.?!]{0,25}?"
        r"\b(?:piano|guitar|violin|cello|drums|instrument|sing|singing|language|french|"
        r"spanish|german|code|coding|programming|dance|dancing|swim|swimming)\b",
        "Adults start slower but practise smarter, and the only real cost is patience. "
        "Not too late at all: I'd say yes, fifteen minutes a day, and a teacher for the "
        "first months.",
    ),
    (
        r"\blend\b[^.?!]{0,30}?\bmoney\b|\bmoney\b[^.?!]{0,20}?\blend\b",
        "It can help someone you love; the risk is resentment if it isn't paid back. Lend "
        "only what you could afford to give away, and agree plainly when it's due.",
    ),
)


_SURE_SHOULD = tuple(core for _pattern, core in _SHOULD[:5])

# A choice between two things ("a cat or a dog", "latin or spanish"): the lean would not say
# which, so only the weighings that are themselves of two (used or new, rent or buy) take it.
_EITHER = folded(r"\b[a-z]+ or (?!nah\b|not\b|no\b|what\b)[a-z]+")


def _should(text: str) -> str | None:
    if not _ASK_SHOULD.search(text) or _CHILD.search(text):
        return None  # (a child's learning or a child's worry is no everyday weighing of one's own)
    either = _EITHER.search(text)
    for i, (pattern, core) in enumerate(_SHOULD):
        if pattern.search(text):
            return core if i < 3 or not either else None
    return None


# ---- the floor ---------------------------------------------------------------------------

# Asked of the persona itself ("what did you wear", "your first experiment"): not its kind.
_OF_ITSELF = folded(
    r"\b(?:did you|were you|have you|would you|your first|your day|you wore|you pack|do you "
    r"(?:take|bring|pack|wear))\b"
)
_READERS = (
    ("stop", _stop),
    ("health", _health),
    ("pack", _pack),
    ("first", _first),
    ("should", _should),
)


@lru_cache(maxsize=512)
def asked49(text: str) -> tuple[str, str] | None:
    """The kind of practical ask `text` is, and the advice's plain sentences; or None."""
    if len(text) > 400:
        return None
    plain = _plain(text)
    if _OF_ITSELF.search(plain):
        return None
    for kind, read in _READERS:
        if core := read(plain):
            if kind == "health" and _SAFETY.search(plain):
                kind = "safety"
            elif kind == "pack" and core in _EVENT_CORES:
                kind = "wear"  # what to wear to an event, not what to pack for a trip
            return kind, core
    return None


def generic49(core: str) -> bool:
    """Whether `core` is a kind's general advice, read from no thing of the ask (a pet's
    unnamed habit, a trip to a place not in `CLIMATE`, a first of nothing named): a more
    specific everyday answer comes before it."""
    return core in (_PET_ANY, _PACK_ANY, _FIRST_ANY)


def sure49(kind: str, core: str, text: str) -> bool:
    """Whether the advice is sure enough to come before the persona's own readers: read from a
    thing of the ask (a city and month, a pet's habit, a child's mischief, a symptom, a first
    of a named thing, used or new). Otherwise (a flatmate, a should-I on learning or moving, a
    general first) it is only the floor, said where the persona would own up to not knowing."""
    if kind in ("health", "safety"):
        return True
    if kind == "stop":
        return not _ADULT.search(_plain(text)) or bool(_PET.search(_plain(text)))
    if kind == "should":
        return core in _SURE_SHOULD
    return not generic49(core)


# A dodge of the house bot's ("I don't know that, sorry", "I keep no opinions on that").
_HOUSE_DODGE = re.compile(
    r"^(?:I don't know|That one I don't know|No idea|That's beyond me|I'm only the house bot)"
)


def dodged49(reply: str) -> bool:
    """Whether the house bot's `reply` owns up to not knowing or declines a view."""
    return bool(_HOUSE_DODGE.match(reply))


# The house bot's plain leads (it keeps no persona material).
HOUSE_FRAMES = (
    "first: Good luck, {name}!",
    "health: I'm not a doctor, {name}, but in general:",
    "should: Here's how I'd weigh it, {name}.",
)
_WHOLE = ("health", "safety", "should")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def framed49(frames: tuple[str, ...], kind: str, core: str, name: str, limit: int) -> str:
    """The advice led by the persona's own frame for the kind (its ``#kindask KIND:`` line),
    addressed to `name`. Too long to say whole, its last sentences are left off (but for a
    health worry, whose cautions come last: then the frame is)."""
    lead = next((f.split(":", 1)[1].strip() for f in frames if f.startswith(f"{kind}:")), "")
    if not name:
        lead = lead.replace(", {name},", ",").replace(", {name}", "").replace("{name}", "")
    lead = lead.replace("{name}", name)
    if lead.endswith(":") and not core.startswith(("I ", "I'")):
        core = core[0].lower() + core[1:]
    sentences = _SENTENCE_END.split(core)
    while True:
        whole = " ".join([lead, *sentences]).strip()
        if len(whole) <= limit:
            return whole
        if kind in _WHOLE or len(sentences) == 1:
            # its cautions or its lean are never cut: the frame is left off instead
            return core[0].upper() + core[1:]
        sentences.pop()
