"""How good or bad a remark or a piece of news is, and how much: what warmth a reply needs.

The score is VADER's (vaderSentiment: a sentiment lexicon of ~7,500 rated words with rules for
negation, intensifiers, "but" and capitals; pure Python, its lexicon inside the wheel). Its
lexicon was rated on social-media text, so it knows "sick" and "awful" but not life events
("hospital", "redundant", "burgled", "spilled"): `EVENTS` adds those on its own scale (-4 to
4), and a few idioms are said in words it reads ("passed away" is "died", "killing time" is
no killing). Two rules of our own on top:
- a mishap told with a cheerful word ("spilled coffee on my keyboard, brilliant start") is
  irony: with no good event in it, the bad part is what the reply answers;
- a good event ("got the job", "my first marathon") with no bad word is good news even when
  the lexicon hears nothing in it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bots.fold import folded

# An animal's death at the vet's, however it is told: "we had to put our dog down", "had to
# have him put down", "she was put down this morning", "our cat biscuit was put down", "had to be
# put to sleep"; not a book one
# "couldn't put down", a foot put down, a baby put down for a nap, nor a deposit or a carpet that
# "was put down", nor a patient "put to sleep for" an operation.
_PET = (
    r"(?:dog|cat|puppy|pup|kitten|pet|rabbit|bunny|hamster|horse|pony|budgie|parrot|guinea pig|"
    r"ferret|tortoise)s?"
)
_PUT = rf"(?:him|her|it|them|(?:our|my|the|his|their|her) (?:\w+ ){{0,2}}?(?:{_PET}|boys?|girls?))"
_VET_OR_PET = r"vets?|vet's|dog|cat|pet|puppy|kitten|rabbit|horse|pony"
_PUT_NAMED = (
    r"(?:have|has|had|having|need|needs|needed) to (?:have )?put (?!(?:it|this|that|these|those|"
    r"everything|something|anything|down|money|cash|carpet|roots|tools|phone|foot|feet|names?|"
    r"deposit|baby|kids|children)\b)[a-z]+ (?:down|to sleep)\b(?! (?:for|on|in|at|first|as)\b)"
)
PUT_DOWN = (
    # "the vet says we have to put Max down tomorrow": by its name, with the vet or a pet in the
    # sentence (never "need to put Noah to sleep", "put Tom down as a reference")
    rf"\b(?:{_VET_OR_PET})\b[^.?!]*?\b{_PUT_NAMED}|{_PUT_NAMED}(?=[^.?!]*\b(?:{_VET_OR_PET})\b)|"
    # "we had to put our old dog to sleep yesterday": a pet, never the girls or the baby
    # (never "have to put the puppy to sleep in his crate now")
    rf"had to put (?:our|my|the|his|their|her) (?:\w+ ){{0,2}}?{_PET} to sleep\b"
    r"(?! (?:for|in|on|at|tonight|now|early|after|before|because|first)\b)|"
    # "we had to put Bella to sleep today": by its name, told as done, with when
    r"had to put (?!(?:it|this|that|him|her|them|the|my|our|baby|kids|children)\b)[a-z]+ to "
    r"sleep(?= (?:today|yesterday|this (?:morning|afternoon|evening)|last (?:night|week)|on "
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)|"
    # (never lifted off a thing: "put the cat down, she was on the table again")
    rf"(?<!n't )(?<!nt )(?<!not )put {_PUT} down(?! for\b)(?!,? (?:from|off)\b)"
    r"(?!,? (?:(?:she|he|it|they)(?:'s| was| were| is| keeps| kept)? )?(?:on|up on|jumping|"
    r"climbing|sitting|walking) (?:on |up |onto )?(?:the|my|our|your)\b)|"
    rf"(?:have|had|has|having|get|got|getting) {_PUT}(?: [a-z'-]+)? put (?:down|to sleep)|"
    r"(?:had|have|has|needs?|needed) to be put (?:down|to sleep)|"
    rf"(?:he|she|they|{_PET}(?: [a-z'-]+)?) (?:was|were|got|has been|had been|is being) put "
    r"(?:down|to sleep)"
    r"(?! (?:for|by|at|in|on|after)\b)"
)
# "passed on", at the end or with a time or a manner after it ("nan passed on last night", "he
# passed on peacefully"); never a thing handed on or let go ("grandad passed on his old car to
# me", "she passed on dessert", "i passed on going to the gym").
PASSED_ON = (
    r"passed on(?=\s*(?:$|[.!?,;:)]|\s*(?:last|yesterday|today|this|peacefully|suddenly|"
    r"recently|overnight|in (?:his|her|their) sleep|at (?:the age|home|\d)|aged|after|"
    r"surrounded|\d)))"
)
# Kin gone, said with no "away": "my gran passed yesterday", "my dad passed suddenly", "mum is no
# longer with us"; never "my dad passed his driving test" nor "passed me the salt".
_KIN_WORD = (
    r"(?:mum|mom|mam|mother|dad|father|nan|nana|nanna|gran|granny|grandma|grandmother|grandad|"
    r"granddad|grandpa|grandfather|brother|sister|son|daughter|wife|husband|partner|friend|uncle|"
    r"aunt|auntie|cousin|boy|girl|dog|cat)"
)
KIN_GONE = (
    # (a time or a manner after it: never "my son passed!", "passed grade 8", "passed obedience")
    rf"(?:my|our|his|her|their) (?:[a-z]+ )?{_KIN_WORD} (?:has |had |just |sadly |finally |"
    r"peacefully )?passed (?:away )?(?:yesterday|today|this (?:morning|afternoon|week)|last "
    r"(?:night|week|month|year|[a-z]+day)|on (?:[a-z]+day|the \d+\w*)|peacefully|suddenly|"
    r"recently|overnight|earlier|in (?:his|her|their) sleep|\d+ (?:days|weeks|months|years) ago|"
    r"a (?:week|month|year) ago)\b|"
    # (kin, never "Tom is no longer with us, he moved to Google", nor "... at this address")
    rf"(?:(?:my|our) (?:[a-z]+ )?)?{_KIN_WORD} (?:is|'s) no longer with us\b(?! (?:at|in|on)\b)"
)
# A thing that "died" (a phone, a torch, the car) is a mishap, not a death.
_THINGS = (
    "phone|battery|laptop|computer|car|streak|plant|torch|headtorch|lamp|bulb|tv|telly|printer|"
    "kettle|fridge|boiler|charger|mouse|keyboard|router|wifi|engine|van|bike|radio|speaker|"
    "headphones|earbuds|watch|clock|remote|tablet|ipad|console|controller|camera|screen|drill|"
    "hoover|vacuum|toaster|microwave|heater|straightener|straighteners|hairdryer|dryer|oven|"
    "dishwasher|washing machine|freezer|modem|hard drive|satnav|sat nav|ereader|kindle"
)
NOT_A_THING = "".join(f"(?<!{thing} )" for thing in _THINGS.split("|"))
# Nobody dies again, nor keeps dying: "my corsa died again outside the shop", "the old fiesta is
# dead again" tell of a thing that broke down, whatever it is called.
NOT_AGAIN = r"(?! again\b)"
# "died" said of no death: "my son died his hair blue", "my mum died laughing", "died of
# embarrassment", "the comic died on stage", "i nearly died when i saw the bill" (review36).
_FUN_BEFORE = (
    "i",
    "nearly",
    "almost",
    "could have",
    "could've",
    "couldve",
    "practically",
    "literally",
)
_FUN_AFTER = (
    r"(?:his|her|my|their|your|its|our) (?:hair|beard|roots|fringe)|laughing|"
    r"of (?:laughter|embarrassment|shame|boredom|cringe|fright|envy|jealousy)|inside|a little|"
    r"on stage|a death"
)
NOT_IN_FUN = r"(?<!\bi )" + "".join(f"(?<!{said} )" for said in _FUN_BEFORE[1:])
IN_FUN = rf"(?! (?:{_FUN_AFTER})\b)"
# The same said in fun, for the lexicon, which hears a death in every "died".
DIED_IN_FUN = folded(
    rf"\b(?P<before>{'|'.join(_FUN_BEFORE)}) died\b|\bdied (?P<after>{_FUN_AFTER})\b", re.I
)


def _fun_kept(match: re.Match) -> str:
    """A "died" said in fun (`DIED_IN_FUN`) with the "died" left out: "nearly", "laughing"."""
    return match.group("before") or match.group("after")


# A death's "died", as `DEATH` and `GRAVE_EVENT` read it: not a thing's, not again, not in fun.
DIED = rf"{NOT_A_THING}{NOT_IN_FUN}died{NOT_AGAIN}{IN_FUN}"
# "my headtorch died halfway through", "the car is dead again", "my bike that died on the
# hill": read as broken.
THING_DIED = folded(
    rf"\b({_THINGS})(?:s|'s|’s)?(?: (?:that|which|has|had|is|was|just|finally|completely|"
    r"totally))* (?:died|dead)\b",
    re.IGNORECASE,
)


# "best hair straightener under 60 quid? mine just died": "mine", "it" that died is a thing,
# unless a pet or a fish is named ("goldfish keep dying, mine just died").
PRONOUN_DIED = folded(
    r"\b(mine|it|this one|that one|ours)(?: (?:has|had|is|was|just|finally|completely|totally))* "
    r"(?:died|dead)\b",
    re.IGNORECASE,
)
LIVING = folded(rf"\b(?:{_PET}|fish|goldfish|birds?|budgies?|snakes?|lizards?|plants?)\b", re.I)


# A thing that "died again" or "keeps dying": broke down again (`NOT_AGAIN`).
DIED_AGAIN = folded(r"\b(?:died|dead|dying) again\b|\bkeeps? (?:on )?dying\b", re.IGNORECASE)


# "dead" said of no death (misfire41): "dead tired", "dead funny" (very); "just got back from the
# gym, dead" (worn out); "my cat keeps bringing dead mice in", "dead leaves", "dead tissue" (no
# one's loss to be sorry for).
DEAD_VERY = folded(
    r"\bdead (?=(?:tired|funny|good|easy|serious|right|quiet|busy|boring|cheap|simple|nice|"
    r"lucky|excited|chuffed|proud|keen|jealous|hard|cool|sweet|cute|slow|posh|handy|sure|"
    r"bored|beat|on time|jealous)\b)",
    re.IGNORECASE,
)
DEAD_TIRED = folded(r"\bdead (?:tired|beat|on (?:my|our) feet)\b", re.IGNORECASE)
DEAD_WORN = folded(
    r"\b(?P<after>gym|run|workout|training|shift|hike|class|session|spin class|football|"
    r"practice|double shift|long day|night shift)\W+(?:and |so |absolutely |literally |totally |"
    r"completely |i'?m |im |i am )*dead\b(?! (?:body|bodies|people|person)\b)",
    re.IGNORECASE,
)
DEAD_CAUGHT = folded(
    r"\bdead (?=(?:mice|mouse|rats?|birds?|flies|fly|wasps?|spiders?|insects?|bugs?|moths?|"
    r"leaves|leaf|skin|tissue|cells?|wood|branches|heads?|batteries|battery|wasps?|frogs?|"
    r"voles?|shrews?|slugs?|snails?|stars?|zone|end|ends|weight|air|heat|centre|center|"
    r"ringer|link|links|pixels?)\b)",
    re.IGNORECASE,
)


def dead_plainly(text: str) -> str:
    """`text` with a "dead" said of no death (`DEAD_VERY`, `DEAD_WORN`, `DEAD_CAUGHT`) said
    plainly: "this joke is funny", "back from the gym, exhausted", "bringing mice in"."""
    text = DEAD_CAUGHT.sub("", DEAD_VERY.sub("", DEAD_TIRED.sub("exhausted", text)))
    return DEAD_WORN.sub(r"\g<after>, exhausted", text)


def things_broke(text: str) -> str:
    """`text` with the things that "died" (a phone, "mine" when no pet is named, whatever "died
    again") broken, and a "dead" said of no death (`DEAD_VERY`, `DEAD_WORN`, `DEAD_CAUGHT`)
    said plainly."""
    text = THING_DIED.sub(r"\1 broke", dead_plainly(text))
    if LIVING.search(text):
        return text
    return PRONOUN_DIED.sub(r"\1 broke", DIED_AGAIN.sub("broke again", text))


@lru_cache(maxsize=1024)  # asked more than once of one message in a reply
def death_told(text: str) -> bool:
    """Whether `text` tells of a death (`DEATH`), a thing that "died" and "died" said in fun
    ("died laughing", "i nearly died") aside."""
    return bool(DEATH.search(things_broke(text)))


# Someone close near death: "my grandmother is dying, the hospice called" (grave news, no death).
NEAR_DEATH = (
    rf"(?:my|our|his|her) (?:[a-z]+ )?{_KIN_WORD} (?:is|'s) dying\b"
    r"(?!\s+(?:to|for|her|his|their|my|the|of|in|on|at|from|with|inside)\b)|"
    r"\bhospice (?:called|rang|phoned|said)\b|\b(?:moved|gone|went|taken) (?:in)?to (?:a|the) "
    r"hospice\b"
)
# Someone who "didn't make it" (a rescue, a hospital) died; not someone late for the party.
DID_NOT_MAKE_IT = (
    r"(?:who|he|she|they) (?:did ?n[o']?t|never) (?:make it|survive)"
    r"(?! (?:to|in|on|home|back|out|through|up|down|there|here|for|into|onto|past)\b)"
)
# A death told: the one pattern for sympathy (`bots.engine.loss_of`, `bots.house`).
DEATH = folded(
    rf"\b(?:{DIED}|{NOT_A_THING}dead{NOT_AGAIN}|passed away|{PASSED_ON}|{KIN_GONE}|"
    rf"funeral|{DID_NOT_MAKE_IT}|{PUT_DOWN})\b",
    re.I,
)
# Life events and mishaps, rated on VADER's scale: about -2.5 for what warrants real sympathy,
# about -1 for the small annoyances of a day, +2 for news to congratulate.
EVENTS = {
    # grave
    "hospital": -2.4, "hospitalised": -2.6, "hospitalized": -2.6, "fever": -2.4, "flu": -2.0,
    "covid": -2.0, "cancer": -3.0, "diagnosed": -1.6, "surgery": -1.6, "funeral": -2.8,
    "redundant": -2.6, "burgled": -2.6, "flooded": -2.4, "missing": -2.4, "divorce": -2.4,
    "euthanised": -3.0, "evicted": -2.6, "unemployed": -2.2, "injured": -2.2, "bedridden": -2.4,
    "vanished": -2.2, "gutted": -2.6, "heartbroken": -3.0,
    "depressed": -2.8, "anxious": -1.8, "poorly": -1.8,
    # small annoyances
    "spilled": -1.1, "spilt": -1.1, "burnt": -1.1, "burned": -1.1, "forgot": -0.9,
    "jammed": -1.0, "stubbed": -0.9, "late": -0.8, "delayed": -1.0, "drilling": -0.8,
    "dropping": -0.8, "ouch": -0.8, "cracked": -1.2, "crashed": -1.4, "poured": -0.6,
    "soaked": -1.0, "overslept": -1.0, "traffic": -0.6, "queue": -0.4, "noisy": -0.9,
    "leaking": -1.2, "knocked": -0.9, "outage": -1.0, "hangover": -1.2, "locked": -0.7,
    "toothache": -1.4, "headache": -1.4, "cold": -0.3, "snoring": -0.8, "barking": -0.8,
    "barks": -0.8, "barked": -0.8,
    "sleepless": -0.7, "missed": -1.2, "escaped": -1.2,
    # good events
    "graduated": 2.6, "pregnant": 2.2, "expecting": 1.2, "hired": 2.2, "licence": 0.8,
    "license": 0.8, "raise": 1.4, "promotion": 2.2, "finally": 0.9, "marathon": 0.8,
    "birthday": 1.6, "engaged": 2.4, "married": 2.2, "wedding": 2.0, "newborn": 2.4,
    "passed": 1.4, "vomited": -1.1, "puked": -1.1, "peed": -0.9, "pooed": -0.9,
    "pooped": -0.9, "blowout": -0.9, "dropped": -0.9, "smeared": -0.9, "snapped": -0.9,
}  # fmt: skip
# Idioms VADER would read word by word, said as it can read them.
# Taking up a line, a joke or an idea someone said, as praise of it: "im stealing the rain
# bit", "totally nicking that", "i'll be pinching your line about the stairs"; not a thing
# taken ("someone stole my bike", "stealing that car").
BORROWED = (
    r"\b(?:(?:i'?m|im|i am|i'?ll|ill|i will|gonna|going to|totally|definitely|so) (?:be )?)"
    r"(?:steal|stealing|nick|nicking|pinch|pinching|borrow|borrowing|yoink|yoinking)\b"
    r"(?: (?:that|this|it)(?=\W*$)| (?:the|your|that|this) "
    r"(?:[\w'-]+ ){0,3}(?:bit|line|lines|idea|ideas|joke|jokes|phrase|trick|tricks|word|words|"
    r"quote|verse|rhyme|method|tip|tips|recipe|bits|one|part|toast|poem|sign|wording|slogan)\b)"
)
IDIOMS = (
    # ("i nearly died when i saw the bill", "died laughing": no death)
    (DIED_IN_FUN, _fun_kept),
    (folded(r"\bpass(ed|es)? away\b", re.I), "died"),
    # A line or an idea admired and taken up: "im stealing the rain bit", "nicking that".
    (folded(BORROWED, re.I), "borrowing"),
    (folded(rf"\b({PUT_DOWN})\b", re.I), "euthanised"),
    (folded(r"\blaid off\b|\blet go\b|\blost (my|his|her|our) job\b", re.I), "unemployed"),
    (folded(r"\bbroke into\b|\bbroken into\b", re.I), "burgled"),
    # "the power just went out": a nuisance, not a subject (no line on political power)
    (folded(r"\bpower (just )?(went|has gone|is) (out|off)\b|\bpower cut\b", re.I), "outage"),
    (folded(r"\bbroke up\b|\bsplit up\b", re.I), "separated sad"),
    (folded(r"\b(killing|kill|wasting|waste) (some |a bit of |a few minutes|time)", re.I), ""),
    (folded(r"\bcan'?t find\b|\bcouldn'?t find\b", re.I), "missed"),
    (folded(r"\bcan'?t sleep\b|\bcouldn'?t sleep\b", re.I), "sleepless"),
    # "my dog won't stop barking" is barking that goes on, no barking denied.
    (
        folded(
            r"\b(?:won['’]?t|will not|wouldn['’]?t|would not|can['’]?t|cannot|never) "
            r"stops?(?= \w+ing\b)",
            re.I,
        ),
        "keeps",
    ),
    (folded(r"\blocked (myself|ourselves) out\b", re.I), "locked"),
    (folded(r"\bran out of\b", re.I), "missed"),
    # Woken at night: the hour is the complaint ("drums at 2am").
    (folded(r"\bat [1-5] ?(am|a\.m\.)|\bmiddle of the night\b|\ball night\b", re.I), "annoyed"),
    (folded(r"\bdidn'?t get (in|into|the)\b|\bturned down\b", re.I), "rejected"),
    (folded(r"\bmoving (away|abroad|to)\b.*\bfor good\b", re.I), "miss sad"),
    # A phone or a laptop that "died" is a small annoyance, not a death.
    (
        folded(r"\b(phone|battery|laptop|computer|charger|car|tablet) (died|is dead)\b", re.I),
        "annoying",
    ),
    (folded(r"\bdead in here\b|\bdead quiet\b", re.I), "quiet"),
    # "finally rose!!! after 3 flat disasters": the failures before a success are behind it.
    (
        folded(
            r"\bafter (\d+|a few|a couple of|several|many|so many|two|three|four|five|six) "
            r"(\w+ )?(tries|attempts|failures|disasters|fails|flops|goes|bricks)\b",
            re.I,
        ),
        "",
    ),
    # A streak or a battery that died is a loss to sigh at, not a death.
    (
        folded(
            r"\b(streak|phone|battery|laptop|charger|headphones|router|wifi|plant|save|tamagotchi)"
            r" (just |finally |has |had )?(died|is dead|dead)\b( at [\w ]+)?(\W+rip\b)?",
            re.I,
        ),
        r"\1 broke",
    ),
    # A hospital worked at is no worry; a child's first tooth lost is a milestone.
    (
        folded(
            r"\b(years|shifts?|work|works|working|job|nurse|doctor) (at|in) (the|a) hospital\b",
            re.I,
        ),
        r"\1 at work",
    ),
    (
        folded(r"\blost (his|her|their|a|my) (first |front |baby |wobbly )*tooth\b", re.I),
        "first tooth",
    ),
    # A child's art on the walls is a mess to clean.
    (
        folded(
            r"\b(painted|drew|drawn|scribbled|wrote|written|coloured|colored|crayoned) (on |all "
            r"over )?(the |my |our )?(walls?|sofa|couch|carpet|floor|table|curtains)\b",
            re.I,
        ),
        "smeared",
    ),
    # "no more payments", "without stopping": nothing bad said.
    (
        folded(r"\bno more (payments|debt|loans?|rent|nappies|diapers|night feeds)\b", re.I),
        "free",
    ),
    (folded(r"\bwithout (stopping|a break|a rest|walking)\b", re.I), ""),
    (
        folded(
            r"\b(threw up|thrown up|throwing up|spat up|spit up|was sick) (on|all over|in)\b", re.I
        ),
        "vomited on",
    ),
    (folded(r"\bfair (enough|point)\b|\bcan'?t argue\b", re.I), "okay"),
    # "the crew dropped by to see her": a visit, nothing dropped.
    (folded(r"\b(dropped|popped) (by|in|round|over)\b", re.I), "visited"),
)
# A marriage or a relationship coming to an end, however it is put ("my marriage is ending",
# "our relationship is over", "she moved out").
ENDING = (
    r"(marriage|relationship|engagement) (is |was |has )?(ending|ended|over|falling apart|"
    r"breaking down|broken down|on the rocks|finished|done)|(he|she|they) moved out|"
    r"(we'?re|we are) (splitting|separating|calling it quits|done)|calling it quits"
)
# Grave life events, matched as phrases (a bare "low", "closing" or "fall" says nothing alone):
# health scares, a death, a breakup, a job lost, an accident. Told as news, they need real
# Someone gone missing, not a thing ("the manual went missing"): a person or an animal.
MISSING = (
    r"(cat|dog|kitten|puppy|pet|tortoise|parrot|rabbit|hamster|horse|son|daughter|kid|child|"
    r"boy|girl|brother|sister|mum|mom|dad|friend|gran|nan|grandma|grandad|husband|wife|partner|"
    r"he|she|they|someone|somebody)( has| have| had)? (went|gone|is|been|going) missing"
)
# Kin called by what they are to the family, with no "my": "we lost mum on tuesday", "RIP
# grandma", "we lost dad to cancer"; not a dad lost in the crowd or at chess, nor mum's ring.
_CALLED = r"(?:mum|mom|mam|dad|nan|nana|nanna|gran|granny|grandma|grandad|granddad|grandpa)"
LOST_UNSAID = (
    rf"(?:we|i|they|he|she|just|sadly|finally) lost {_CALLED}"
    r"(?!['’]| (?:in|at) (?:the|a|chess|cards|poker|ikea|tesco)\b| at\b| to (?:the|a|an)\b)"
    # (said laughing, or for a while: "we lost nan at ikea for an hour haha")
    r"(?![^.?!]*\b(?:lol|haha\w*|lmao|for (?:an?|\d+|ten|five|twenty) (?:hour|hr|min)\w*)\b)"
)
RIP_KIN = (
    r"r\.?i\.?p\.?,? (?:(?:my|our|to|dear|sweet|lovely|old|little|darling) )*"
    rf"(?:{_CALLED}|grandmother|grandfather|mother|father|brother|sister|son|daughter|wife|"
    # (never a thing of theirs: "RIP grandad's old car", "rip dad's back after the sofa")
    r"husband|friend|uncle|auntie|aunt|cousin|dog|cat|puppy|kitten|boy|girl)(?![’'])|"
    # a name mourned, when the message says whose: "rip biscuit, best dog ever", "RIP Sam, he
    # was 15" (not "rip my phone", "rip to my diet")
    r"^\W*r\.?i\.?p\.?,? (?!(?:my|the|to|off|it|up|out|your|our|this|that|me)\b)[a-z][a-z'-]+"
    rf"(?=[^.?!]*\b(?:{_PET}|boy|girl|(?:he|she) was \d+)\b)"
)
# sympathy whatever else the message says ("i'm ok but shaken", "still can't believe it").
GRAVE_EVENT = folded(
    r"\b(lump|biopsy|biopsies|tumou?r|cancer|chemo\w*|diabetes|dementia|alzheimer'?s|"
    r"parkinson'?s|leuk(a)?emia|multiple sclerosis|epilepsy|lupus|"
    r"(had|having|suffered) a (stroke|seizure|"
    r"heart attack|miscarriage)|heart attack|miscarriage|diagnosed|intensive care|icu|a ?& ?e|"
    r"ambulance|(in|into|to|(?<!years )(?<!works )(?<!work )(?<!shift )at) (the )?hospital|"
    r"admitted (to|into|overnight|last night|this morning)|kept in overnight|"
    r"hospitali[sz]ed|(more|further) tests|scan (results|came back)|"
    r"(found|find|spotted) a (lump|mass|growth|shadow)|"
    rf"{DIED}|{DID_NOT_MAKE_IT}|{KIN_GONE}|{NEAR_DEATH}|"
    r"passed away|"
    # "my nan is in heaven now", "grandad went to heaven", "watching over us from heaven"
    r"(is|'s|are|'re|now|up|safe|both) in heaven|in heaven now|(gone|went|going) (up )?to heaven|"
    r"from heaven|heaven gained|"
    rf"{PASSED_ON}|lost the baby|miscarried|stillborn|"
    r"funeral|lost (my|our|his|her) (mum|mom|mother|dad|"
    r"father|gran\w*|grand\w*|brother|sister|son|daughter|wife|husband|partner|friend|baby|dog|"
    r"cat)|" + LOST_UNSAID + r"|" + RIP_KIN + r"|" + PUT_DOWN + r"|"
    r"broke up|breaking up|break-?up|splitting up|split up|divorc\w*|dumped me|got dumped|"
    r"(are|we're|they're|were|have|just|recently|i are|i're) separat(ed|ing)|"
    r"(left|cheated on) me|" + ENDING + r"|"
    # "my dad left when i was a baby", "my mum walked out on us" (review41)
    r"(my|our) (dad|father|mum|mom|mother|parents) (left|walked out|abandoned|ran off)"
    r"( (on )?(us|me))?(?= when| before| after| us| me| on|\W*$)|"
    # "i lost all my savings gambling", "we're going bankrupt" (review41: "How vexing!")
    r"lost (all )?(of )?(my|our) (life |whole )?savings|lost everything|"
    r"(going|gone|went|am|are|is|been declared) bankrupt|bankruptcy|"
    r"laid off|let go|lost (my|his|her|our) jobs?|(got|been|was|were) (fired|sacked)|"
    r"made redundant|redundan\w+|"
    r"(car|bike|road|bad|serious) (accident|crash)|(an|in an|had an) accident|"
    r"hit by a (car|bus|lorry|truck|van|bike|train)|(ran|run) over|broke (my|his|her) (leg|arm|"
    r"wrist|ankle|hip|back|neck)|(had|took) a (bad |nasty )?fall|after a fall|"
    r"feeling (really |so |very |pretty |quite )?(low|down)|been (really |so |very )?low|"
    r"(at|to) the vets?'?s?|(isn'?t|is not|not|stopped|hasn'?t been|won'?t stop) eating"
    r"(?! (meat|sugar|carbs|gluten|dairy|out))|" + MISSING + r"|(had|has) (a|another) fall|"
    r"(gran|nan|nana|grandma|grandad|granddad|grandpa|mum|mom|dad|father|mother) fell|"
    r"(is|are) (closing|shutting) (down|for good|next|at the end|in)|closing down|shutting down)\b",
    re.IGNORECASE,
)
# Good events that the lexicon may rate neutral: with no bad word beside them, good news.
GOOD_EVENT = folded(
    r"\b(got (a|an|the|my|her|his|their|our|into|in|engaged|married|promoted|hired)|new job|"
    r"won(?!['’]t)|promoted|"
    r"graduated|accepted|adopted|pregnant|expecting|engaged|(my|our) first|for the first time|"
    r"signed(?! up)|bought (a|our|my)|finished|passed (my|the|our|its|his|her|their)|"
    r"(first|1st) (try|time of asking|attempt)|a raise|we did it|made it|"
    # (not "my boyfriend forgot my birthday": rate40 had "Happy birthday!" for it)
    r"paid off|paying off|had twins|(?<!forgot )(?<!forgotten )(?<!missed )(?<!forget )"
    r"(my|our) (birthday|bday)|turned [0-9]+|"
    r"(got |been |was |is |being )?published|in print|"
    r"(days?|weeks?|months?|years?) (sober|clean|smoke[- ]free|alcohol[- ]free)|sober (for|since)|"
    # "my sourdough finally rose!!! after 3 flat disasters": the disasters are behind it
    r"finally (rose|risen|worked|works|passed|cracked it|nailed it|managed|did it)|"
    r"had (a|our|her|his|their|the) (first |second |third |new )?(baby|babies|twins|triplets|"
    r"little (boy|girl|one))|(baby|little) (boy|girl|one) (arrived|is here|came)|"
    r"gave birth|is born|was born|(new|baby) (nephew|niece|grandchild|grandson|granddaughter)|"
    # "we're having a baby", "she's having twins", "a baby on the way"
    r"(we'?re|we are|i'?m|i am|she'?s|she is|they'?re|they are) having (a baby|twins|triplets|"
    r"a little (boy|girl|one))|(baby|little one) on the way|"
    # An offer, a place or a friend on the way: good news however it is told.
    r"came through|got in(?! late)|(offer|place|visa|loan|mortgage) (came|went) through|"
    r"(i|we) start (on )?(monday|tuesday|wednesday|thursday|friday|tomorrow|next)|"
    r"start(ing)? (my|the|a) new|coming (to|over to|down to|up to) (visit|stay|see)|"
    r"(is|are|'re|'s) visiting|(come|coming) home (for|this|next)|haven'?t seen (her|him|them)|"
    r"said yes|aced|nailed (it|the)|got a first|"
    # "exam went well today", "the interview went really well": an ordeal behind, done well.
    r"(exam|test|interview|audition|presentation|op|operation|surgery|scan|gig|show|race|match|"
    r"speech|date|meeting|viva|trial|recital)s? (went|all went) (really |so |very |pretty )?"
    r"(well|great|brilliantly|fine|perfectly|amazingly)|(got|have) (a|the) (keys|offer|part|role)|"
    r"first (place|prize|steps|words?|tooth)|took (his|her|their) first|"
    # "my niece landed her first axel", "he nailed his first solo".
    r"(landed|nailed|pulled off|managed|did|scored) (her|his|my|their|our) first|"
    # A debt cleared, a race run, a thing done for the first time: achievements of a life.
    r"last (payment|instal?ment)|(cleared|paid back) (my|the|our|all)|debt[- ]free|"
    r"no more (payments|debt|loans?|rent|nappies|diapers|night feeds)|first time ever|"
    r"(first|a|my) (5k|10k|half ?marathon|marathon|triathlon|century|sub-?\w+)|"
    r"without stopping|personal best|new pb|never (done|managed) that before|"
    r"submitted (my|the|our)|handed in (my|the|our)|got my \w+ belt|retired|retiring|"
    r"qualified (as|today|at last|finally)|(is|am|'s|'m) (now )?(fully )?qualified|"
    r"(learned|learnt) to|became (a|an) (dad|mum|mom|father|mother|aunt|auntie|uncle|grand\w+)|"
    r"(had|has) (kittens|puppies|a foal|a litter)|"
    r"(is|are) (potty|toilet)[- ]trained|said (mama|dada|papa|mummy|daddy))\b",
    re.IGNORECASE,
)
# Small joys of a day, nobody's achievement: the children delighted, a night's sleep, a meal
# that went down well, a lucky find. Shared gladness, not congratulations.
JOY = folded(
    r"\b((were|was) (amazed|thrilled|delighted|impressed|so happy|over the moon|in awe|beaming)|"
    r"(loved|devoured|demolished|wolfed) (it|them|every)|(had|wanted) seconds|"
    r"slept (through|(for )?\w+ (hours|hrs)|all night|the whole night|in till|in until|till)|"
    r"sleeping through|(napped|slept) at the same time|"
    r"feel (like )?(a new (person|man|woman)|human again|so much better|brand new)|"
    r"melted my heart|made my (day|week|year|morning)|pure bliss|bliss|so proud|"
    r"without (a fight|any fuss|a fuss|a tantrum|complaining)|no tantrums?|"
    r"found (a|an) (tenner|fiver|twenty|\w+ (pound|quid|euro|dollar)s?) |"
    r"(first|a|one) (proper )?(lie[- ]in|full night)|so (pretty|lovely|beautiful|gorgeous)|"
    # Small pleasures of a day: "just had the best nap", "pizza for breakfast no regrets",
    # "rain on the window, so cosy", "just got back from a walk".
    r"(had|having|made) the best (nap|sleep|coffee|cuppa|breakfast|lunch|dinner|bath|shower|"
    r"walk|swim|day|morning|evening|pizza|cake|\w+ of my life)|no regrets|(so |very |extra )?cosy|"
    r"(got|came|just|am|i'?m) back from a (lovely |nice |long |good |great |quick |brisk )?(walk|"
    r"run|swim|ride|hike|stroll|bike ride)|"
    # An evening out or a trip ahead: "going to a concert tonight!!", "just booked a holiday".
    r"(going|off|heading) to (a|the) (concert|gig|show|play|party|festival|match|game|theatre|"
    r"opera|cinema|movies|beach|pub quiz)|"
    r"(i'?m |we'?re |am |are )?watching the (football|match|game|final) (tonight|later|today|with)|"
    r"booked (a|our|my|the) (holiday|trip|flight|vacation|getaway|weekend away)|"
    r"first day of (spring|summer|the holidays)|(?<!in )(?<!to )(?<!from )heaven(ly)?|"
    r"smells? (of|like) (fresh |freshly baked |warm )?(bread|baking|cake|coffee|cookies|biscuits|"
    r"toast|roast|cinnamon|pine|rain)|"
    # A pastime under way: "baking cookies with my niece", "listening to some mozart".
    r"^\W*(just )?(baking|knitting|painting|gardening|listening to|curled up|sitting in the (park|"
    r"garden|sun)|playing (the )?(piano|guitar|violin|chess|cards)|reading (a|my|the|some))|"
    r"(started|starting|just started) learning|learning to (play|speak|knit|paint|swim|draw))\b|"
    r"found (a|an) (tenner|fiver|twenty)\b",
    re.IGNORECASE,
)
# Good news of someone else (a child, a sibling, a friend, a pet): joy shared, never "you
# earned it".
SOMEONE_ELSE = folded(
    r"^\W*(my|our|the) (little |eldest |youngest |oldest |baby |big |best |twin |two |kids?' )?"
    r"(son|sons|daughter|daughters|kids?|children|child|boy|girl|baby|babies|little one|toddler|"
    r"twins|brother|sister|sis|bro|mum|mom|mother|dad|father|parents|nan|gran\w*|nephew|niece|"
    r"cousin|friend|mate|pal|bestie|cat|dog|puppy|pup|kitten|kittens|"
    r"teenager|teen|stepson|stepdaughter|in-laws?)\b",
    re.IGNORECASE,
)
# Someone dear named anywhere in news ("the vet says the cat's fully recovered"): their good
# news is shared joy; one's own ("finally off the crutches") is congratulated.
DEAR_ONE = folded(
    r"\b(son|daughter|kids?|child|boy|girl|baby|toddler|brother|sister|sis|bro|mum|mom|mother|"
    r"mam|dad|father|parents|nan|nana|gran\w*|grandad|grandpa|grandma|wife|husband|partner|"
    r"auntie?|uncle|nephew|niece|cousin|friend|mate|bestie|cat|dog|puppy|kitten|pup|horse|pony|"
    r"pet|rabbit|bunny|hamster|budgie|parrot|tortoise|goldfish|vets?)('?s)?\b|"
    # A pronoun only as the one who recovered: "she's fully recovered", "he is home", not "my
    # ankle has healed, their physio was great".
    r"^\W*(?:he|she|they)(?:'s|'re| is| are| was| were| has| have)?\b",
    re.IGNORECASE,
)
# Worn out rather than winning: "first time I've sat down all day", "running on fumes". A
# weary remark wants a warm, wry word, never congratulations.
WEARY = folded(
    r"\b(sat down (for the first time|all day|at last|finally)|first time (i'?ve|i have) sat|"
    r"(haven'?t|not|never) (sat|stopped|sat down)|(a|one|five|5) (minute|moment|second|mins?) "
    r"to myself|running on (fumes|empty|caffeine)|no idea what day|what day is it|"
    r"(haven'?t|not) had a (hot|warm) (cup|coffee|tea|meal|drink)|hot (coffee|cup of \w+) in|"
    r"(standing|stood) (over|at) the sink|just sat down and|already (dinner|bed|lunch) ?time|"
    r"(been|was) up since|"
    r"(so|really|completely|utterly|absolutely|totally|bone) (tired|exhausted|knackered|"
    r"shattered|drained|wiped|done in)|exhausted|knackered|shattered|running around all day|"
    r"non-?stop (since|all)|still not done|never ends|(is|are) endless|zombie|"
    r"barely (slept|awake|functioning|standing)|spent (all|the whole) day (cleaning|tidying|"
    r"scrubbing|decorating|painting|gardening|marking|packing|unpacking)|"
    # "need coffee asap", "i need a nap": a craving for rest, met with a word to rest.
    r"need (a |some |more |my )?(coffee|caffeine|nap|sleep|lie[- ]in|holiday|break|rest)\b|"
    # "rough day at work tbh", "long week", "brutal shift": a hard day had, met with rest.
    r"(rough|long|bad|awful|horrible|terrible|tough|hard|crap|crappy|shitty|brutal|exhausting|"
    r"draining|hectic|stressful|horrendous|nightmare) (day|week|shift|night|morning))\b",
    re.IGNORECASE,
)
CHILDREN = folded(
    r"\b(son|sons|daughter|daughters|kids?|children|child|boy|girl|baby|babies|little one|"
    r"toddler|twins|nephew|niece|grand(son|daughter|child|kid)s?|newborn)\b",
    re.IGNORECASE,
)
# A child's or a pet's first doing of something: "took his first steps", "said mama".
FIRSTS = folded(
    r"\b(first (steps?|words?|tooth|teeth|smile|day)|took (his|her|their) first|"
    r"said (mama|mummy|mommy|dada|daddy|papa|his first|her first)|learn(ed|t) to|walked|"
    r"walking|crawl\w*|rode|potty|toilet|lost (his|her) (first )?tooth|tied (his|her)|"
    r"(read|wrote|counted) (his|her|a|to|the))\b",
    re.IGNORECASE,
)
# A birth in the family: no child's doing yet, so no first steps to compare.
BIRTH = folded(
    r"\b(had (a|our|her|his|their|the) (first |second |third |new )?(baby|babies|twins|triplets|"
    r"little (boy|girl|one))|(baby|little) (boy|girl|one) (arrived|is here|came)|"
    r"had (twins|triplets|kittens|puppies)|gave birth|(is|was) born|became (a|an) \w+|"
    r"newborn|new (nephew|niece|grand\w+)|having (a baby|twins|triplets)|"
    r"(baby|little one) on the way|pregnant)\b",
    re.IGNORECASE,
)
OWN_BIRTH = folded(
    r"^\W*(we|we've|we're|i|i've|i'm|just|our (baby|little|son|daughter|twins|boy|girl|first)|"
    r"my (wife|partner|husband))\b",
    re.IGNORECASE,
)
LAUGHED = re.compile(
    r"\b(lol|lmao|haha\w*|hehe|classic)\b|[\U0001F602\U0001F923\U0001F605\U0001F926]"
)

# Words of disbelief that, beside a good event, are delight ("no way", "still in shock").
DISBELIEF = folded(
    r"\b(no way|(still )?in shock|(still )?can'?t believe( it)?|cannot believe( it)?|unreal|"
    r"speechless|pinch me|shaking|(i'?m |am |literally )?(crying|dead|dying|screaming)|"
    r"(i |we )?(screamed|squealed|shrieked|cried)( so loud)?|"
    r"(happy )?tears|omg|sick|insane|mental|wild|unbelievable|"
    r"(i )?(could|want to|wanna|gonna) (cry|scream|die)|freaking out|losing my mind)\b|"
    r"[\U0001F62D\U0001F480\U0001F979\U0001F972\U0001F631]",
    re.IGNORECASE,
)
# Said of a small matter, the same words are a sigh: "so slow i want to cry", "kill me now".
HYPERBOLE = folded(
    r"\b((i )?(could|want to|wanna|gonna|going to|about to) (cry|scream|die)|kill me( now)?|"
    r"i'?m (dying|dead)|send help|end me|the worst|facepalm)\b|"
    r"[\U0001F62D\U0001F480\U0001F643\U0001F926]",
    re.IGNORECASE,
)
# Strong words that, said of a small matter, are only a sigh ("ugh hate mondays").
SIGHED = frozenset(
    {"hate", "hates", "hating", "loathe", "loathing", "detest", "irritating", "infuriating"}
)
# A thing called a nuisance is one ("my ears always pop on planes, so annoying"): a wry word,
# never the sympathy of a bad day, unless something heavier is told beside it.
ANNOYANCE = folded(
    r"\b(annoying|annoyed|irritating|irritated|frustrating|infuriating|ugh+|argh+|grr+|"
    r"drives me (mad|crazy|nuts|up the wall)|(hates?|hating) me)\b",
    re.IGNORECASE,
)
# Small matters of a day, whatever words they are told in: never more than a wry word.
SMALL_MATTER = folded(
    r"\b(wi-?fi|internet|signal|bus|train|tram|coffee|tea|toast|leftovers|lunch|dinner|milk|"
    r"keys|phone|laptop|printer|charger|battery|queue|traffic|parking|rain|flatmate|roommate|"
    r"housemate|neighbou?rs?|alarm|umbrella|socks|homework|essay|deadline|mondays?|printer|"
    r"update|password|autocorrect|parcel|delivery|hair|shoes?|flight|airport|plane|exam|"
    r"screen|cancelled|canceled|streak|tamagotchi|plant|outage|planes|flights|trains|buses|"
    r"games?|dice|monopoly|quiz|scrabble|chess|"
    # A machine that plays up ("my boiler keeps losing pressure", "the van won't start"): a thing
    # to fix, never a grief.
    rf"{_THINGS}|corsa|fiesta|motor|pressure)\b",
    re.IGNORECASE,
)
# A penalty got: "got a parking ticket", "clamped at the station", "fined 60 quid". Not news
# to congratulate for its "got a", however it is exclaimed.
MISHAP = folded(
    r"\b(?:got|given|slapped with|received|caught with|another) (?:a |an |another |my )?"
    r"(?:parking |speeding |\d+ ?(?:quid|pounds|euro|dollar) )?(?:ticket|fine|penalty)\b|"
    r"\b(?:clamped|towed|fined|ticketed|pulled over|parking ticket|speeding ticket)\b|"
    # A houseplant dying ("bought a plant ... it's already dying"): a rueful sigh, no loss.
    r"\b(?:plant|plants|basil|herbs?|cactus|succulents?|flowers|orchid|tomatoes|seedlings)\b"
    r"[^.!?]{0,60}?[.!?]?\s*[^.!?]{0,30}?\b(?:dying|wilting|dead|died|drooping)\b|"
    # "my landlord is raising the rent again", "bills went up": a cost put up, sighed at.
    r"\b(?:raising|raised|putting up|put up|hiking|hiked|increasing|upping|upped|doubling) "
    r"(?:the |my |our )?(?:rent|bills?|fees?|prices?|premiums?|council tax)\b|"
    r"\b(?:rent|bills?|premiums?|council tax)(?: is| are|'s)? (?:going up|went up|gone up|"
    r"up again|rising|doubled|increasing)\b",
    re.IGNORECASE,
)
# A mishap denied beside a triumph: "nobody got a single one wrong", "didnt mess up a thing".
DENIED_MISHAP = folded(
    r"\b(?:nobody|no one|none of us|not one of us|never|didn'?t|did not|without)\b"
    r"(?:[\w' ]{0,30}?)\b(?:wrong|mistakes?|mess(?:ed)? up|fail\w*|drop(?:ped)?|miss(?:ed)?|"
    r"fell|slip(?:ped)?|crash(?:ed)?|los[te])\b",
    re.IGNORECASE,
)
# Somebody's things taken or eaten: "flatmate ate my leftovers again".
PILFERED = folded(
    r"\b(ate|eaten|nicked|stole|stolen|pinched|finished off|used up) (all )?(my|our)\b|"
    # A pest or the weather had them ("the slugs got my lettuces", "moths got my jumper", "the
    # fox got at our chickens"): taken, not won; not "i got my results", "mum got my sister a
    # puppy" (a gift for someone).
    r"\b(?:(?:the|a|an|some|those|these|next door's) (?:[a-z']+ )?[a-z']+|[a-z']+s)"
    r"(?<!\bi)(?<!\bwe)(?<!\bparents)(?<!\bfriends)(?<!\bkids)(?<!\bgrandparents)"
    r" got (?:at |to )?(all (?:of )?)?(my|our)\b"
    r"(?! (?:mum|mom|dad|sister|brother|son|daughter|kids?|children|boys?|girls?|husband|wife|"
    r"partner|nan|gran|grandma|grandad|friends?)\b)"
    # (not "the bank got my mortgage approved", "the vet got my dog sorted": done for them)
    r"(?![^.!?]{0,30}\b(?:approved|accepted|sorted|fixed|through|back|in|done|signed|passed|"
    r"a deal|an upgrade|a refund|a discount)\b)",
    re.I,
)
# A living thing of theirs taken by a pest ("the fox got my chickens", "the cat got our
# goldfish"): a loss to be sorry for, not a small matter to sigh at.
PREYED = folded(
    r"\bgot (?:at |to )?(?:all (?:of )?)?(?:my|our) (?:[a-z']+ )?(?:chickens?|hens?|chicks|ducks?|"
    r"ducklings|geese|goose|lambs?|rabbits?|bunn(?:y|ies)|guinea pigs?|hamsters?|budgies?|birds?|"
    r"fish|goldfish|koi|cats?|kittens?|puppy|dogs?|tortoise|pets?)\b",
    re.IGNORECASE,
)
# A question asked: a "?", or a clause that opens as questions do ("ok dumb question but why
# ...", "was it hard being ...", "my gran told me of it, how did those work").
# Its own life told back for it to own, a question though no "?" ends it: "you moved out to the
# countryside right", "you grew up in warsaw didn't you"; not "you were right", "you got it right".
TOLD_BACK = (
    r"\b(?:you|u) (?:moved|lived|grew up|went|worked|used to|were born|studied|met|married|"
    r"came|left|started|spent|kept|played|wrote|had)\b[^.?!]*"
    r"(?:\b(?<!\bit )(?<!\bthat )(?<!\bthis )(?<!\ball )right|"
    r"\bdidn'?t (?:you|u)|\bweren'?t (?:you|u))\W*$|"
    # Its own people's lives told back, as a question: "your daughter won a nobel too right",
    # "your wife was a physicist wasn't she".
    r"\byour (?:[\w']+ ){1,2}?(?:won|was|were|became|had|did|got|went|wrote|made|found|studied|"
    r"worked|lived|married|died)\b[^.?!]*"
    r"(?:\b(?<!\bit )(?<!\bthat )(?<!\bthis )(?<!\ball )right|\b(?:didn'?t|wasn'?t|weren'?t|"
    r"hadn'?t) (?:s?he|they|it))\W*$"
)
QUESTION = folded(
    TOLD_BACK
    + r"|\?|\b(dumb|stupid|silly|quick|random|genuine|honest|serious) question\b|\bi wonder\b|"
    r"(?:^|[,;.]\s*|\bbut\s+)surely (?:that|thats|that's|it|its|it's|this|you|u)\b|"
    r"(^|[,;:.!]\s*|\bbut\s+(?:then\s+|like\s+|seriously\s+)?|\bso\s+(?:then\s+)?)"
    r"(why|how|what|where|who|which)(?:'?s)?\s(?!an?\b)"
    # "why does this always happen to me" asks nothing: it sighs.
    r"(?!me\b|does this|do these|is it always|does it always|do i always)|"
    r"(^|[,;:.!]\s*|\bbut\s+)(is|are|was|were|do|does|did|can|could|would|will|should|has|have)\s"
    r"(it|this|that|there|you|u|i|we|they|he|she|anyone|anybody|the|a|an|your|his|her|their)\b|"
    r"(^|[,;:.!]\s*)(is|are)\s\w+ing\b|^\W*(is|are|do|does|can|could|should|would|will)\s|"
    # After a word of chat: "ok was lady macbeth the villain", "wait so did it work".
    r"^\W*(?:(?:ok(?:ay)?|so|wait|also|oh|hmm+|random|totally random|quick one)\W+){1,3}"
    r"(?:is|are|was|were|does|did|can|could|should|would|will)\s"
    r"(?!(?:i|we|he|she|they|you|u)\b\W*(?:$|[.!,]))(?!i\b)|"
    # "uh i asked about chalk lol. does magnesium carbonate actually help grip or not"
    r"[.!]\s+(is|are|does|did|can|could|should|would|was|were)\s+\w+\s+\w+|"
    # "so did you actually drive them yourself", "ok and does it work": asked after a word of
    # chat; not "so do i", "and so did we" (the speaker too).
    r"\b(?:so|and|ok|okay|wait)\s+(?:is|are|was|were|do|does|did|can|could|would|will|should|"
    r"has|have)\s(?:it|this|that|there|you|u|they|he|she|anyone|anybody|your)\b|"
    # "shouldn't smoking be banned everywhere": asked, with no "?"; not "don't forget the cake".
    r"^\W*(?:shouldn'?t|wouldn'?t|couldn'?t|isn'?t|aren'?t)\s+[\w']+\s+(?:be|have|\w+ing)\b|"
    r"^\W*(?:isn'?t|aren'?t)\s+\w+ing\b",
    re.IGNORECASE,
)
# Of oneself: "my", "we're", "mine" ("do you store my messages?" asks of one's own).
FIRST_PERSON = folded(r"\b(i|i'm|im|i've|we|we're|my|mine|our|me|us)\b", re.IGNORECASE)
REPORTED = folded(
    r"\b(said|says|told|tells|read|heard|saw|watched|learn(ed|t)|taught|reckons|thinks)\b", re.I
)
# A worry for someone's health or safety, still unfolding.
WORRY = folded(
    r"\b(hospital\w*|ambulance|a ?& ?e|icu|intensive care|stroke|heart attack|seizure|tests|"
    r"scan|biopsy|lump|tumou?r|mass|growth|vets?'?s?|eating|" + MISSING + r"|fall|fell|accident|"
    r"crash|"
    r"hit by|ran over|run over|broke (my|his|her) \w+|surgery|operation|fever|flu|covid|"
    r"chemo\w*|diagnosed|diabetes|dementia|alzheimer'?s|parkinson'?s|leuk(a)?emia|"
    r"multiple sclerosis|epilepsy|lupus)\b",
    re.IGNORECASE,
)
# A health scare that ended well ("my dad is cancer free!!", "scan came back clear", "mum is
# out of hospital"): good news, whatever grave word is in it.
RECOVERED = folded(
    r"\b((cancer|tumou?r)[- ]free|all clear|in remission|(scan|scans|test|tests|biopsy|results?|"
    r"lump|bloods?)( (came back|was|were|is|are|all|both))+ "
    r"(clear|fine|negative|benign|normal|good|ok)|benign|"
    r"(is|are|'s|'re) (finally |fully |all )?over (the|his|her|their|my|a) (\w+ )?"
    r"(pox|flu|bug|cold|virus|infection|covid|fever|measles|mumps|sickness|illness)|"
    r"(out of|home from|discharged from|left) (the )?hospital|discharged|beat (cancer|it)|"
    r"finished (chemo|radiotherapy|treatment)|(surgery|operation) went (well|fine|great)|"
    # "the cat's fully recovered!!", "wrist has healed", "off the crutches", "home from the ward"
    r"(fully |all |completely )?(recovered|healed)|on the mend|back on (my|his|her|their) feet|"
    r"(off|out of) (the|my|his|her|their) (crutches|cast|sling|wheelchair|neck brace)|"
    r"(stitches|cast|plaster|drip) (are |is |came |come )?(out|off)|"
    r"(home|back) from (the )?(ward|vets?'?s?|hospice)|rang the bell|"
    r"no more (chemo\w*|radiotherapy|treatment|dialysis|injections)|"
    r"(last|final) (chemo\w*|radiotherapy|treatment|session)( done| today| over)|"
    r"(is|are|'s) (home|back home) (now|at last|"
    r"finally|today)|good as new|back to (normal|(his|her|their|my) old self))\b",
    re.IGNORECASE,
)
# A place or a cause named as the setting of news, not as what befell anyone: a bake sale for
# the hospice, the cancer unit's fun run, the funeral parlour's raffle, a new ambulance bay, the
# surgery down the road. "my gran is in hospital" stays grave: a place someone is *in*.
SETTING = folded(
    r"\b(for|towards|to help) (the|our|a|their|my|his|her|its) (\w+'?s? ){0,3}?"
    r"(hospice|hospital|ward|unit|clinic|surgery|charity|a ?& ?e|icu|air ambulance|ambulance)s?\b|"
    r"\b(hospice|hospital|ward|cancer|funeral|ambulance|a ?& ?e|icu|vets?'?s?|surgery)'?s? "
    r"(bake sale|raffle|fundraiser|fund|appeal|charity|fun run|run|walk|staff|nurses?|doctors?|"
    r"porters?|volunteers?|team|crew|paramedics?|bay|bays|station|service|machine|scanner|wing|"
    r"garden|shop|cafe|"
    r"canteen|radio|parlou?r|director'?s?|home|research|trust|quiz|car park|christmas party)\b|"
    r"\bat (the|our|my) (local |gp |doctors'? |new )?(surgery|clinic|practice)\b",
    re.IGNORECASE,
)
PLACES = folded(r"\b(hospitals?|hospices?|wards?|clinics?)\b", re.IGNORECASE)
# Good news that warns of none, whatever place it is told of: money raised, a target hit, the
# best or most ever, a grant won, a trouble gone for good ("no more queueing in the rain").
CHEER = folded(
    r"\b((so|totally|well|honestly|definitely|absolutely|deffo|def|100%) worth it\b(?!\W*\?)|"
    r"(raised|collected) (over |nearly |almost |about |more than |a |£|\$|€|\d|money|"
    r"funds|enough)|made (over |nearly |almost |more than )?(£|\$|€)?\d+ ?(quid|pounds|grand|k)|"
    r"(hit|smashed|beat|beaten|reached|passed|exceeded|doubled|smashing) (its|our|the|their|my|"
    r"his|her) (\w+ )?(target|goal|total|record)|smashed it|(most|best|biggest|highest|fastest) "
    r"([\w']+ ){0,2}ever|(new|all-time|club|school) record|"
    r"record (total|year|crowd|turnout|number)|"
    r"got (the |our |a |some |new )?(funding|grant|go-?ahead|green light|money for|donation)|"
    r"(funding|grant|donation|appeal) (came through|was approved|approved|went through)|"
    r"(were|was|am|is|are|i'?m|we'?re|they'?re) (so )?(made up|chuffed|buzzing|stoked)|"
    r"(rated|graded|judged|voted|named|awarded) (as )?(outstanding|excellent|the best|best|top|"
    r"number one|no\.? ?1)|"
    r"(?<!there's )(?<!theres )(?<!there is )(?<!there are )(?<!it )(?<!this )(?<!we have )"
    r"(?<!i have )(?<!got )(?<!any )"
    r"no more (?!\w+ left\b)(?!(of|than|fun|time|room|money|space)\b)\w+)",
    re.IGNORECASE,
)
# Joy that is nobody's achievement: someone dear coming, a reunion.
VISIT = folded(
    r"\b(visit(ing)?|coming (to|over|home|down|up|round)|come (home|over|to stay)|"
    r"stay(ing)? (with|over)|haven'?t seen|reunion|see (her|him|them) again)\b",
    re.IGNORECASE,
)
# The deaths and losses among grave news, for condolence; the rest (a hospital, a fall, a scan,
# a cat at the vet) is a worry, for concern: no one has died, and "grieve" would presume it.
LOSS = folded(
    r"\b((?<!phone )(?<!battery )(?<!laptop )(?<!computer )(?<!car )died|passed away|"
    rf"{PASSED_ON}|"
    r"funeral|lost (my|our|his|her) \w+|" + PUT_DOWN + r"|"
    r"broke up|breaking up|break-?up|splitting up|split up|divorc\w*|dumped me|got dumped|"
    r"separat(ed|ing)|(left|cheated on) me|"
    + ENDING
    + r"|laid off|let go|(fired|sacked)|redundan\w+|"
    r"closing down|shutting down|(is|are) (closing|shutting))\b",
    re.IGNORECASE,
)

# The weather told in passing: "frosty on the cut today", "cold one at the market this morning,
# hands are numb", "icy roads on the way in", "wet and windy at the match", "miserable
# weather for the car boot". Small talk, no trouble: never sympathy, never a wry word.
WEATHER = folded(
    r"\b(?:frost|frosty|snow(?!\s+(?:globes?|boots|peas|white))|snowing|snowy|snowed|sleet|hail|"
    r"hailing|hailstones|rain|raining|rained|rainy|drizzly|drizzling|windy|blowy|gale|gales|fog|"
    r"foggy|misty|nippy|parky|sunny|scorching|sweltering|muggy|weather|dreich|overcast|"
    r"heatwave)\b|"
    # A word of cold, wet or heat said of the day or the place, not of a cup of tea: "cold one at
    # the market", "freezing in the workshop today", "icy roads", "bit cold out", "so cold!".
    r"\b(?:cold|chilly|freezing|frozen|icy|wet|grey|bitter|boiling|roasting|baking|pouring|"
    r"humid)\b(?=\s+(?:out|outside|today|tonight|this\s+(?:morning|afternoon|evening|week)|one|"
    r"day|morning|night|start|on|at|in|roads?|paths?|pavements?|solid|overnight)\b)|"
    r"(?:^|[,;.!]\s*|\b(?:it'?s|it is|its|bit|a bit|so|proper|properly|bloody|really|very|too|"
    r"absolutely|pretty|well)\s+)(?:cold|chilly|freezing|icy|wet|grey|bitter|boiling|roasting|"
    r"humid)\b(?=\s*(?:[,.!]|$))",
    re.IGNORECASE,
)
# What makes weather a trouble after all: a thing it spoilt ("the rain ruined our bbq"), a
# small mishap at most; and harm it did (a fall, a crash, a flood), which is told as it is.
WEATHER_MISHAP = folded(
    r"\b(?:ruin\w*|cancel\w*|rained off|called off|stuck|stranded|lost|spoilt|spoiled|wrecked|"
    r"soaked|drenched)\b",
    re.IGNORECASE,
)
WEATHER_HARM = folded(
    r"\b(?:fell|fall(?:en)?|slipped|slip|crash\w*|hurt|injur\w*|broke|broken|burst|flood\w*|"
    r"died|dead|power cut|no power|accident|ambulance|hospital|damage\w*|blew (?:down|off|over)|"
    r"came down|leak\w*|hypotherm\w*|frostbite|heatstroke)\b",
    re.IGNORECASE,
)
# How many words a remark on the weather runs to, at most.
WEATHER_WORDS = 16


# Cold or frost indoors is no weather: "its freezing in my flat", "all frosty inside" a fridge.
INDOORS = folded(
    r"\b(?:in|inside)\s+(?:my|the|our|this|his|her|their)\s+(?:flat|house|home|room|bedroom|"
    r"kitchen|office|workshop|studio|classroom|school|car|van|lounge|bathroom|living room|fridge|"
    r"freezer|attic|loft|garage)\b|\binside\b",
    re.IGNORECASE,
)


def weather_told(text: str) -> bool:
    """Whether `text` only remarks on the weather, in passing ("frosty on the cut today",
    "bit nippy at the market this morning, hands are numb"): no question, no trouble that the
    weather did (a fall, a flood, a thing ruined), nothing indoors, and short."""
    return (
        bool(WEATHER.search(text))
        and not INDOORS.search(text)
        and not WEATHER_MISHAP.search(text)
        and not WEATHER_HARM.search(text)
        and not QUESTION.search(text)
        and len(text.split()) <= WEATHER_WORDS
        and not GRAVE_EVENT.search(text)
    )


def weather_spoilt(text: str) -> bool:
    """Whether `text` tells of a thing the weather spoilt and no harm ("the rain ruined our
    bbq", "stuck in the snow for an hour"): a small mishap, never grief."""
    return (
        bool(WEATHER.search(text))
        and bool(WEATHER_MISHAP.search(text))
        and not WEATHER_HARM.search(text)
        and not GRAVE_EVENT.search(text)
    )


# Where the warmth changes, on VADER's compound score (-1 to 1).
# Loneliness told, however lightly ("kind of lonely lately", "homesick", "no friends here yet"):
# never "lonely planet", nor denied ("never lonely with the cats", "not so lonely now").
LONELY = folded(
    r"(?<!never )(?<!not )(?<!n't )(?<!no longer )(?<!less )(?<!never really )(?<!not really )"
    r"(?<!not as )(?<!not so )\b(?:lonely|lonesome|homesick|so alone|all alone|isolated|"
    r"(?:have|got|know) no friends|(?:don'?t|dont|do not) (?:have|know) (?:any ?(?:one|body)|"
    r"any friends|a soul))\b(?! planet| hearts?\b)"
    # (never "i dont know anyone who can help me with calculus")
    r"(?! (?:who|that|else) (?:can|could|knows?|would|will|is|does|might)\b)",
    re.IGNORECASE,
)
GRAVE = -0.45  # at or below: sympathy
RUEFUL = -0.05  # below: a light, wry word for a small annoyance
GOOD = 0.3  # a good event told, with no bad word: congratulations


@lru_cache(maxsize=2)
def _analyzer(*, negative_only: bool = False):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    analyzer.lexicon.update(EVENTS)
    if negative_only:
        analyzer.lexicon = {w: v for w, v in analyzer.lexicon.items() if v < 0}
    return analyzer


def lexicon() -> dict[str, float]:
    """VADER's rated words (with the life events added): the words of feeling in the language."""
    return _analyzer().lexicon


# A case supposed, not told: "if we won 2 million ...", "say we split it", "imagine i quit".
SUPPOSED = folded(
    r"^\W*(?:(?:and|but|so|ok|okay|like)\s+)?(?:what if|even if|if|say|let'?s say|suppose|"
    r"supposing|imagine|assuming|hypothetically)\b",
    re.IGNORECASE,
)


def told(text: str) -> str:
    """What `text` tells, its questions and supposed cases aside: "my dad is in hospital, what
    should I do?" tells "my dad is in hospital"; "ok dumb question but why is the sky dark"
    tells nothing, nor does "if we won 2 million, what would i get a year" (nothing was won)."""
    if not QUESTION.search(text):
        return "" if SUPPOSED.match(text) else text
    clauses = re.split(r"(?<=[,;:.!?])\s+|\s+(?=\b(?:but|so)\b)", text)
    kept = [c for c in clauses if not (QUESTION.search(c.strip()) or SUPPOSED.match(c))]
    return " ".join(kept)


# What a thing does to anyone, said as a general claim ("cold water dips make you ill less
# often", "sugar gives kids headaches"): no news of anyone's, whatever its words.
GENERAL_CLAIM = folded(
    r"\b(?:makes?|keeps?|helps?|stops?|causes?|boosts?|lowers?|raises?|gives?|leaves?|"
    r"prevents?|protects?) (?:you|u|people|kids|children|everyone|anyone|your (?:immune|body|"
    r"heart|skin|brain|health))\b",
    re.IGNORECASE,
)


# Who says a claim ("my friend says ...", "apparently ..."): not who it is about.
CLAIMED_BY = folded(
    r"^.*?\b(?:says|said|reckons|thinks|claims|claimed|swears|told me|read|heard)\b(?: that)?|"
    r"^\W*(?:apparently|supposedly|they say)\b",
    re.IGNORECASE,
)


CLAUSE_BREAK = re.compile(
    r"\s+(?:and|but|so)\s+(?=(?:now\s+)?(?:i|im|i'm|i've|ive|my|me)\b)|[,;.!?]"
)


def general_claim(text: str) -> bool:
    """Whether `text` tells, as a claim of anyone's, what a thing does to anyone ("cold water
    dips make you ill less often", "my friend says ice baths make you ill less often"), of
    nobody's own life ("cold water dips made me ill" is news)."""
    claim = CLAIMED_BY.sub(" ", told(text))
    if not GENERAL_CLAIM.search(claim):
        return False
    # ("my mom swears it gives u cancer and now im paranoid": the claim is its own clause, the
    # speaker's worry after it no news of an illness; rate49 had condolences)
    return any(
        GENERAL_CLAIM.search(clause) and not FIRST_PERSON.search(clause)
        for clause in CLAUSE_BREAK.split(claim)
    )


def is_news(text: str) -> bool:
    """Whether `text` tells of something that happened, to the speaker or someone close, rather
    than asking: a question is news only when, beside it, a life event is told; a general claim
    of what a thing does to anyone ("cold water dips make you ill less often") is no news."""
    if general_claim(text):
        return False
    said = told(text)
    if said == text:
        return True
    if any(p.search(said) for p in (GRAVE_EVENT, GOOD_EVENT, PILFERED, CHEER, RECOVERED)):
        return True
    # "i failed my exam, what do i do": a mishap of one's own, not one heard of ("my teacher
    # said the war ...").
    if not FIRST_PERSON.search(said) or REPORTED.search(said):
        return False
    lexicon = _analyzer().lexicon
    return any(lexicon.get(w, 0) <= -1.5 for w in re.findall(r"[a-z']+", said.lower()))


# How much of a message its mood is read from: what news there is comes first. The scorer
# spells each emoji out in words, in time that grows with the square of their number: a few
# say how it was told, and the rest are left out.
READ_CHARS = 600
READ_EMOJI = 12
EMOJI = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF]")


def _few_emoji(text: str) -> str:
    count = 0

    def keep(found: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return found.group() if count <= READ_EMOJI else ""

    return EMOJI.sub(keep, text)


# A question put only to agree ("isn't that lovely news", "wasn't it a brilliant night"): the
# "not" denies nothing.
RHETORICAL_NOT = folded(
    r"(?P<pre>^\W*(?:@\w+\W+)*|[,.!?;:]\s*|\b(?:and|but|so|oh|wow|aw+|omg|ah)\s+)(?P<be>is|was|are|were)"
    r"n'?t (?P<who>that|it|this|he|she|they|those|these)\b",
    re.IGNORECASE,
)


# (mine43) A disagreement said is a view, no bad news ("I disagree, I think money does buy
# happiness" had got Curie's "That is irritating, Maya, but hardly a catastrophe": rate43):
# its words are not scored.
DISAGREEING = folded(
    r"\b(?:i|we) (?:totally |completely |strongly |respectfully |kinda |kind of |have to |must |"
    r"gotta |really )?(?:disagree|don'?t agree|do not agree|dont agree)\b(?: with (?:you|that|this|"
    r"him|her|them|it|u)\b)?",
    re.IGNORECASE,
)


def valence(text: str) -> float:
    """How good (up to 1) or bad (down to -1) what `text` tells is, as a reply should take it.
    A question tells nothing, whatever its words ("is it really hard", "why are there still
    apes"), unless a life event is told beside it. Only the first `READ_CHARS` are read: the
    sentiment scorer's time grows with the square of the words (5,000 emoji took a minute)."""
    text = things_broke(_few_emoji(text[:READ_CHARS]))
    # "isn't that lovely news", "wasn't it a brilliant night": said, not denied
    text = RHETORICAL_NOT.sub(r"\g<pre>\g<who> \g<be> ", text)
    text = DISAGREEING.sub("", text)
    if not is_news(text):
        return 0.0
    if weather_told(text):
        # The weather told in passing is no trouble: glad of it ("rain on the window, so
        # cosy") or small talk, never sorry.
        return max(_valence(text), 0.0)
    if weather_spoilt(text):
        # "the rain ruined our bbq": a sigh at most, however heavy its words
        return max(min(_analyzer().polarity_scores(text)["compound"], RUEFUL - 0.1), GRAVE + 0.1)
    return _valence(text)


def _valence(text: str) -> float:
    """`valence` of news told, past the readings of the weather."""
    # "raised 900 quid for the hospice": a place named is no trouble befalling anyone.
    text = SETTING.sub(" the place ", told(text) or text)
    if RECOVERED.search(text) and not LOSS.search(text):
        return 0.8  # "my dad is cancer free!!", "the vet says she's fully recovered"
    if GRAVE_EVENT.search(text):
        return -0.8
    if CHEER.search(text):
        return 0.8  # "most ever!!", "got the grant", "no more night shifts"
    # A hospital or a ward named with no one in it ("the hospital let us bring the dog in") is a
    # place, not a worry: someone "in hospital" is `GRAVE_EVENT`'s.
    text = PLACES.sub(" the place ", text)
    if LONELY.search(text):
        # "feeling kind of lonely lately, moved to a new city": never a small mischief to sigh at
        return GRAVE - 0.1
    if WEARY.search(text):
        # "just sat down for the first time today": worn out, not winning.
        return -0.3
    for pattern, said in IDIOMS:
        text = pattern.sub(said, text)
    if PREYED.search(text) and PILFERED.search(text):
        return GRAVE - 0.05  # "the fox got my chickens": sorry, never "small mishaps"
    if MISHAP.search(text):
        return RUEFUL - 0.2  # "got a parking ticket ... unbelievable": a sigh, no congratulations
    # "finished off my milk" is no achievement.
    good_event = bool(GOOD_EVENT.search(text) or JOY.search(text)) and not PILFERED.search(text)
    if good_event:
        # "nobody got a single question wrong", "didnt mess up once": a mishap denied is part of
        # the triumph, no bad word beside it.
        text = DENIED_MISHAP.sub(" ", text)
    small = heavy = False
    if good_event:
        # "got into uni!! no way", "offer came through 😭😭 happy tears", "i could scream":
        # disbelief and tears at good news are delight.
        text = DISBELIEF.sub(" ", text)
    else:
        # "so slow i want to cry", "ate my leftovers again 🙃": a sigh at a small matter.
        # A burglary is no small matter for the laptop taken in it.
        lexicon = _analyzer().lexicon
        # "ugh hate mondays": hating a small matter is a sigh, not a heavy word.
        heavy = any(
            lexicon.get(w, 0) <= -2.0 and w not in SIGHED
            for w in re.findall(r"[a-z']+", text.lower())
        )
        small = bool(
            PILFERED.search(text)
            or HYPERBOLE.search(text)
            or ((SMALL_MATTER.search(text) or ANNOYANCE.search(text)) and not heavy)
        )
        text = HYPERBOLE.sub(" annoyed ", PILFERED.sub(" annoyed ", text))
    scores = _analyzer().polarity_scores(text)
    # A mishap told with a laugh ("dropped my phone in the bath lol") is told lightly.
    if not good_event and LAUGHED.search(text):
        small = True
        laughless = _analyzer().polarity_scores(LAUGHED.sub(" ", text))
        scores = min(scores, laughless, key=lambda score: score["compound"])
    if not good_event and not heavy and ANNOYANCE.search(text) and scores["compound"] >= RUEFUL:
        return RUEFUL - 0.2  # "the neighbours' music drives me up the wall": called a nuisance
    if small and scores["compound"] < -0.05:
        # Never sympathy as for a bad day: a wry word is what a small matter asks.
        return max(scores["compound"], GRAVE + 0.1)
    compound = scores["compound"]
    if scores["neg"] and scores["pos"] and not good_event:
        # A mishap with a cheerful word ("brilliant start to the day") or beside a dear one
        # ("my best friend is moving away") is told for the mishap: it is what the reply
        # answers, as much as it weighs alone.
        return _analyzer(negative_only=True).polarity_scores(text)["compound"]
    if good_event and (not scores["neg"] or compound > 0):
        # "landed her first axel and i screamed so loud the driver stopped to look": a stray
        # word of trouble in good news that outweighs it is told for the news.
        return max(compound, GOOD)
    # Cheerful words alone ("glad it's Friday", "haha") are no news to congratulate.
    return compound if compound < GOOD else min(compound, GOOD - 0.01)


def grave_kind(text: str) -> str:
    """For grave news, what the reply offers: "condolence" for a death or a loss (a breakup, a
    lost job), "concern" for a worry still unfolding (a hospital, a fall, tests, a sick pet),
    "sympathy" for a day that went badly with no such event; "lonely" for loneliness told with
    none of these (the persona's `#lonely` words, where it has them)."""
    if LOSS.search(text):
        return "condolence"
    if WORRY.search(text):
        return "concern"
    if LONELY.search(text) and not GRAVE_EVENT.search(text):
        return "lonely"
    return "condolence" if GRAVE_EVENT.search(text) else "sympathy"


def good_kind(text: str) -> str:
    """For good news, what the reply offers: "glad" (joy shared) for a friend visiting or a
    reunion, a small joy of the day (the children delighted, a night's sleep) or good news of
    someone else (a child's first word, a sister's baby), which are not the speaker's
    achievement; "congrats" for the rest."""
    if BIRTH.search(text) and OWN_BIRTH.match(text):
        return "congrats"  # "our little boy arrived": their own
    if VISIT.search(text) or JOY.search(text) or SOMEONE_ELSE.search(text):
        return "glad"
    if RECOVERED.search(text) and DEAR_ONE.search(text):
        return "glad"  # "mum's scan came back all clear", "grandad's home from the ward"
    return "congrats"


def is_weary(text: str) -> bool:
    """Whether `text` is a worn-out remark ("running on fumes", "back from the gym, dead"),
    for a warm wry word."""
    return bool(WEARY.search(dead_plainly(text))) and not GRAVE_EVENT.search(text)


def glad_for(text: str) -> str:
    """What shared joy is about: "visit" (someone dear coming), "child" (a child's or a
    baby's doing) or "day" (a small joy of the day, or a grown-up's news)."""
    if VISIT.search(text):
        return "visit"
    if CHILDREN.search(text) and FIRSTS.search(text) and not BIRTH.search(text):
        return "child"
    return "day"


# A wish said as a price ("i would pay so much money for that engine", "i'd kill for a coffee"):
# no killing and no loss, and nothing to be sorry for.
WISHED_FOR = folded(
    r"\b(?:i|we)(?:'d| would| will)? (?:honestly |literally |actually )?(?:pay|give|kill|die|sell)"
    r"\b[^.!?]{0,30}?\bfor\b",
    re.IGNORECASE,
)


def mood(text: str) -> str:
    """The reply's warmth for `text`: "grave" (sympathy), "rueful" (a small annoyance), "good"
    (congratulations) or "neutral"."""
    if WISHED_FOR.search(text):
        return "neutral"
    score = valence(text)
    if score <= GRAVE:
        return "grave"
    if score < RUEFUL:
        return "rueful"
    if score >= GOOD:
        return "good"
    return "neutral"
