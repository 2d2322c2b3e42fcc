"""A question of right and wrong put yes or no ("is it ok to cheat on a test?", "would it be
wrong to read my partner's texts", "am I a bad person if I quit my job", "should I return a
wallet I found"): its stance comes from a small vocabulary of deeds, never from a coin toss.

Deceit, cheating, stealing, betrayal, snooping, ghosting, bullying and revenge are wrong (with
mercy for bread stolen by the starving); personal choices (no children, eating meat or not,
quitting a job, divorce, a tattoo) are no wrong but the asker's own call; giving back what was
found and telling the truth kindly are right. The stance is said plainly, on the deed asked
about, then the persona's own `#moral` line on right and wrong (`#moral wrong|choice|right:`).
A judgement of a deed it has no word for is withheld (`withheld`): what it turns on, never a
guessed "yes".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from bots.fold import folded

# The judging words, by which way they ask: "is it wrong to", "is it ok to".
_WRONG_WORDS = (
    r"wrong|bad|selfish|immoral|unethical|evil|cruel|mean|unfair|unkind|a sin|morally wrong|"
    r"horrible|terrible|awful|shady|dodgy|disrespectful"
)
_OK_WORDS = r"ok|okay|o\.k\.|fine|alright|all right|acceptable|right|fair|ethical|allowed"
# How the judgement is asked, the deed after it.
_FRAME = folded(
    r"^\s*(?:(?:hey|hi|so|ok|okay|um|honest question|serious question|genuine question|"
    r"quick question)[,:!]?\s+)*(?:"
    r"(?:is it|would it be|will it be|was it|isn'?t it|is it really|is it actually|"
    r"would it really be|is it morally|is it ever|would it ever be)\s+(?:really |actually |"
    r"morally |even |ever |just )?"
    rf"(?P<word>{_WRONG_WORDS}|{_OK_WORDS})\s+(?:of me |for me |of you |for you )?"
    r"(?:to|if (?:i|you|we|someone|people|u))\s+(?P<deed>[^?]+)"
    r"|(?:am i|would i be|would that make me|does that make me|does it make me)\s+(?:a |an )?"
    r"(?:bad|terrible|horrible|awful|selfish|evil|cruel|mean|monster|jerk|asshole|arsehole|"
    r"bad person|terrible person|horrible person|awful person|selfish person|evil person)"
    r"(?:\s+(?:person|friend|partner|girlfriend|boyfriend|wife|husband|son|daughter))?"
    r"\s+(?:if|for|to)\s+(?P<person>[^?]+)"
    r"|(?:should|shall|must) (?:i|we)\s+(?P<should>[^?]+)"
    r")",
    re.IGNORECASE,
)

# The deeds it has a word on, each with its verdict and what is said of it. The patterns read
# the deed ("cheat on a test", "steal bread if you're starving"), not the frame.
_TEST = r"(?:test|tests|exam|exams|quiz|homework|coursework|assignment|essay|exam paper)"
_PARTNER = (
    r"(?:girlfriend|boyfriend|partner|wife|husband|spouse|fianc[eé]e?|gf|bf|him|her|them|"
    r"my other half)"
)
_KIN = r"(?:partner|girlfriend|boyfriend|wife|husband|spouse|gf|bf|friend|best friend|sister|"
_KIN += r"brother|flatmate|roommate|mum|mom|dad|boss|colleague|coworker|ex)"
_OWNER = rf"(?:(?:my|his|her|their|your|a|the|someone'?s) (?:{_KIN}'?s? )?|(?:his|her|their|your) )"
_DANGER = folded(
    r"\b(?:abus\w*|hit|hits|hurt|hurts|threat\w*|scar(?:y|es me|ed)|unsafe|stalk\w*|harass\w*|"
    r"creep\w*|violent|toxic|manipulat\w*|controlling)\b",
    re.IGNORECASE,
)
# A lie that is no plain deceit: a surprise, a game, a kindness to a child, feelings spared
# (whether that is right is a question the persona weighs, not a verdict of the vocabulary).
_PLAYFUL_LIE = folded(
    r"\b(?:white lie|surprise|santa|father christmas|tooth fairy|easter bunny|party|game|"
    r"poker|april fool|prank|gift|present|feelings|spare|protect\w*|kind|kindness)\b",
    re.IGNORECASE,
)
_CHILD = folded(
    r"\b(?:kids?|child(?:ren)?|son|daughter|teen\w*|toddler|\d+ ?(?:yo|year old))'?s?\b",
    re.IGNORECASE,
)
_HUNGER = folded(
    r"\b(?:starving|starve|hungry|hunger|no food|can'?t afford (?:food|to eat)|to feed|"
    r"to survive|destitute|homeless)\b",
    re.IGNORECASE,
)


class Deed(NamedTuple):
    kind: str  # its key, for tests and the line said
    verdict: str  # "wrong", "choice" (the asker's own call), "right", "mercy"
    said: str  # the verdict said of the deed: "cheating on a test is wrong, ..."
    met: str = ""  # the words the deed was read on ("lie to my boss")


# (mendmoral) Deeds read before the vocabulary, each with a whole reply of its own
# (`Deed.said` with "{name}" and "{word}", the yes or no to the question as asked), never a
# yes by lot nor "whether they would agree to it".
_VIOLENT = {
    "hit": "hitting",
    "hits": "hitting",
    "hitting": "hitting",
    "smack": "smacking",
    "smacking": "smacking",
    "slap": "slapping",
    "slapping": "slapping",
    "punch": "punching",
    "punching": "punching",
    "kick": "kicking",
    "kicking": "kicking",
    "beat": "beating",
    "beating": "beating",
    "hurt": "hurting",
    "hurting": "hurting",
    "harm": "harming",
    "harming": "harming",
    "abuse": "abusing",
    "abusing": "abusing",
    "threaten": "threatening",
    "threatening": "threatening",
    "poison": "poisoning",
    "poisoning": "poisoning",
    "strangle": "strangling",
    "choke": "choking",
    "choking": "choking",
    "attack": "attacking",
    "attacking": "attacking",
    "kill": "killing",
    "killing": "killing",
    "murder": "murdering",
    "stab": "stabbing",
    "shoot": "shooting",
    "torture": "torturing",
    "spank": "spanking",
    "spanking": "spanking",
    "whip": "whipping",
    "rape": "raping",
    "starve": "starving",
    "scald": "scalding",
    "burn": "burning",
    "bite": "biting",
    "headbutt": "headbutting",
    "push": "pushing",
    "shove": "shoving",
}
_PARTNERS = r"wife|husband|partner|girlfriend|boyfriend|gf|bf|spouse|fianc[eé]e?|ex|missus|hubby"
_YOUNG = (
    r"kids?|child|children|son|sons|daughters?|baby|babies|toddlers?|teens?|teenagers?|"
    r"stepson|stepdaughter|stepkids?|grandkids?|grandchild(?:ren)?|nephew|niece|pupils?|boy|girl|"
    r"\d+ ?(?:yo|y/o|yr old|year old|month old)"
)
_ANIMALS = (
    r"dogs?|pupp(?:y|ies)|cats?|kittens?|pets?|horses?|pony|ponies|rabbits?|hamsters?|birds?|"
    r"parrots?|animals?|pigs?|cows?|guinea pigs?|tortoise|goldfish"
)
_PEOPLE = (
    r"mum|mom|mother|dad|father|parents?|brother|sister|siblings?|friends?|best friend|boss|"
    r"colleague|coworker|co-worker|neighbou?rs?|teacher|students?|man|woman|men|women|person|"
    r"people|grandma|granny|grandad|grandpa|nan|cousin|flatmate|roommate|stranger|strangers|"
    r"classmates?|carer|patients?|bully|mother-in-law|father-in-law|in-laws|twin"
)
_HARM = folded(
    rf"\b(?P<verb>{'|'.join(sorted(_VIOLENT, key=len, reverse=True))})\s+"
    r"(?P<who>(?:my|a|an|the|his|her|their|your|our|someone'?s|some|this|that|other)\s+"
    r"(?:[\w-]+'s\s+)?(?:(?:little|old|young|new|own|baby|naughty|stupid|annoying|elderly|"
    r"sick|two|three|\d+ ?(?:yo|year old))\s+)?"
    rf"(?P<noun>{_PARTNERS}|{_YOUNG}|{_ANIMALS}|{_PEOPLE})|someone|somebody|anyone|anybody|"
    r"him|her|them|people|kids|children|animals|dogs|cats)\b(?!'s? (?:feelings|pride|ego|"
    r"chances|career|business|score|record))(?! (?:up|out|off|back|at|to|into|for|harder|too|"
    r"in (?:a|the|at|chess)|on|with (?:divorce|leaving|a lawyer|court)))",
    re.IGNORECASE,
)
_SELF_DEFENCE = folded(
    r"\bself[- ]?defen[cs]e\b|\b(?:defend(?:ing)?|protect(?:ing)?) (?:myself|yourself|ourselves|"
    r"themselves|my family|my kids|my children)\b|\b(?:fight(?:ing)?|hit(?:ting)?|punch(?:ing)?)"
    r" (?:(?:my |his |her |their )?\w+ )?back\b",
    re.IGNORECASE,
)
_IDENTITY = folded(
    r"^\s*(?:be(?:ing)?|com(?:e|ing) out as) (?:a |an )?(?:gay|lesbian|bi|bisexual|trans|"
    r"transgender|queer|non-?binary|asexual|ace|pan|pansexual|intersex|atheist|agnostic|muslim|"
    r"jewish|jew|christian|hindu|sikh|buddhist|pagan|religious|not religious|"
    r"gender ?fluid)\b[^?]*$|"
    r"\b(?:lov(?:e|ing)|dat(?:e|ing)|marry(?:ing)?|kiss(?:ing)?|lik(?:e|ing)|fanc(?:y|ying)) "
    r"(?:someone of |people of )?the same (?:sex|gender)\b",
    re.IGNORECASE,
)
_PREJUDICE = folded(
    r"\b(?:hat(?:e|ing)|despis(?:e|ing)|discriminat\w+ against|be(?:ing)? (?:racist|homophobic|"
    r"transphobic|sexist)) (?:all )?(?:gay|trans|black|white|brown|asian|jewish|muslim|disabled|"
    r"fat|poor|old)? ?(?:people|persons|folk|gays|lesbians|immigrants|refugees|foreigners|jews|"
    r"muslims|christians|atheists|women|men|blacks|whites)\b|\bbe(?:ing)? (?:racist|homophobic|"
    r"transphobic|sexist|bigoted)\b",
    re.IGNORECASE,
)
_LIE_ANY = folded(r"\b(?:lie|lies|lying|lied|deceiv\w+)\b", re.IGNORECASE)
_CUTOFF = folded(
    r"\b(?:cut(?:ting)? (?:off|out|ties|contact)|go(?:ing)? no[- ]contact|block(?:ing)?|"
    r"stop(?:ping)? (?:talking|speaking) to|not (?:see|visit|speak to|talk to)|estrang\w*|"
    r"disown\w*|leav(?:e|ing)|walk(?:ing)? away from|never see|report(?:ing)?)\b",
    re.IGNORECASE,
)
_SUICIDAL = folded(
    r"\b(?:want(?:ing)? to (?:die|be dead|disappear|not (?:be here|exist|wake up|live))|"
    r"wish(?:ing)? (?:i was|i were|to be|i'?d) (?:dead|never born)|kill(?:ing)? myself|"
    r"(?:hurt|harm|cut)(?:ting)? myself|self[- ]harm\w*|suicid\w*|end (?:it all|my life)|"
    r"not want(?:ing)? to (?:live|be alive))\b",
    re.IGNORECASE,
)
_FEELING = folded(
    r"^\s*(?:(?:still|secretly|sometimes|kind of|kinda|really|just|not|never|no longer)\s+)*"
    r"(?:(?:say|saying|admit|admitting|tell (?:him|her|them|people|my \w+)|telling \w+) "
    r"(?:that )?(?:i|i'?m|i am) )?"
    r"(?:feel\w*|felt|hate|hating|resent\w*|love|loving|miss|missing|want|wanting|wish\w*|"
    r"envy|envying|fancy|fancying|grieve|grieving|mourn\w*|cry|crying|care|caring|like|"
    r"dislike|be (?:jealous|envious|angry|mad|furious|sad|happy|glad|relieved|upset|bitter|"
    r"annoyed|resentful|lonely|scared|afraid|attracted|in love|numb|grateful|proud)|"
    r"(?:jealous|envious|angry|mad|sad|happy|glad|relieved|upset|bitter|numb|lonely))\b",
    re.IGNORECASE,
)
_HATED_GROUP = folded(
    r"\b(?:hate|hating|dislike)\s+(?:all\s+)?(?!my\b|him\b|her\b|them\b|it\b|this\b|that\b|"
    r"myself\b|the way\b|how\b|what\b|when\b|being\b|school\b|work\b)\w+",
    re.IGNORECASE,
)
_PET_END = folded(
    r"\b(?:euthani[sz]\w*|put(?:ting)? (?:my |our |the |her |his |a )?(?:\w+ ){0,2}?"
    rf"(?:{_ANIMALS}) (?:down|to sleep)|put(?:ting)? (?:him|her|it) (?:down|to sleep)|"
    rf"ha(?:ve|ving) (?:my |our |the )?(?:\w+ ){{0,2}}?(?:{_ANIMALS}) put (?:down|to sleep))",
    re.IGNORECASE,
)
_DRINK_DRIVE = folded(
    r"\b(?:report\w*|tell\w* the police|call\w* the police|ring\w* the police|turn\w* (?:him|"
    r"her|them) in|grass\w*|snitch\w*|shop(?:ping)?)\b[^?]*\b(?:drink[- ]driv\w*|drunk[- ]"
    r"driv\w*|driv\w* drunk|driv\w* (?:while |when )?(?:drunk|high|stoned|over the limit)|"
    r"drug[- ]driv\w*|dui|dwi)\b",
    re.IGNORECASE,
)
_DIET = folded(
    r"\bcheat(?:ing)? on (?:my |your |the |a )?(?:\w+ )?(?:diet|detox|fast|keto|dry january|"
    r"veganuary|meal plan|calorie count\w*|slimming world|weight watchers)\b|"
    r"\b(?:skip(?:ping)? (?:the gym|a workout|leg day)|hav(?:e|ing) (?:a )?cheat (?:day|meal))\b",
    re.IGNORECASE,
)
_NEED = folded(
    r"\b(?:food|bread|milk|formula|baby milk|nappies|diapers|medicine|medicines|medication|"
    r"meds|insulin|inhaler|antibiotics|groceries|something to eat|a meal|meals|dinner)\b",
    re.IGNORECASE,
)
_DEPENDANT = folded(
    rf"\bfor (?:my|our|a|her|his|their) (?:(?:sick|ill|hungry|poorly|little|newborn) )?"
    rf"(?:{_YOUNG}|family|mum|mom|dad|mother|father|parents?|wife|husband|partner|gran\w*)\b|"
    r"\b(?:sick|ill|dying|hungry|starving) (?:child|kid|baby|son|daughter|mum|mom|dad|wife|"
    r"husband|partner)\b",
    re.IGNORECASE,
)
_MEDICINE = folded(r"\b(?:medicine|medicines|medication|meds|insulin|inhaler|antibiotics)\b", re.I)
# (mendmoral) The rest of the deeds with a whole reply of their own, in order, and whether an
# abuser or a danger must be named with it: hating people for who they are; who someone is (no
# wrong, with the persona's own `#moral identity` line); a lie or a cutting off to be safe from
# someone who hurts; a pet's last kindness; reporting drink driving; a diet (no moral matter).
_WHOLE = (
    (
        "prejudice",
        "wrong",
        _PREJUDICE,
        "{word}, {name}: hating people for who they are is wrong; judge each person by what "
        "they do.",
        False,
    ),
    ("identity", "choice", _IDENTITY, "who you are and whom you love is no wrong", False),
    (
        "shield",
        "right",
        _LIE_ANY,
        "Keeping someone safe comes first, {name}: a lie that hides them from someone who "
        "would hurt them is no wrong. If anyone is in danger, call 999.",
        True,
    ),
    (
        "cutoff",
        "safe",
        _CUTOFF,
        "Protecting yourself from someone who hurts you is no wrong, {name}; you owe them no "
        "explanation, and it helps to tell someone you trust.",
        True,
    ),
    (
        "petend",
        "right",
        _PET_END,
        "{word}, {name}: when a vet advises it, letting an old friend go gently is a "
        "kindness, not a wrong. Ask the vet what they see, and be gentle with yourself.",
        False,
    ),
    (
        "drinkdrive",
        "right",
        _DRINK_DRIVE,
        "{word}, {name}: reporting drink driving is no betrayal; it saves lives, your "
        "friend's perhaps among them.",
        False,
    ),
    (
        "diet",
        "choice",
        _DIET,
        "{word}, {name}: a diet is no moral matter, only your own call; one treat undoes "
        "nothing, so enjoy it and carry on tomorrow.",
        False,
    ),
)
# A feeling word that is no feeling ("miss my flight", "like my friend's post").
_NO_FEELING = folded(
    r"\b(?:miss(?:ing)?|like|liking)\s+(?:(?:my|a|the|an|this|her|his|our|their)\s+)?(?:\w+'s\s+)?"
    r"(?:flight|train|bus|plane|class\w*|lectures?|deadlines?|appointments?|days?|work|school|"
    r"meetings?|weddings?|funerals?|party|parties|birthday|exams?|shifts?|payments?|church|mass|"
    r"practice|training|gym|posts?|photos?|pictures?|tweets?|stor(?:y|ies)|status|comments?)\b",
    re.IGNORECASE,
)
# A wish judged ("want to be rich"), no taste ("want pizza for breakfast").
_WANTED = folded(
    r"\bwant(?:ing)? (?:to be (?:rich|wealthy|famous|successful|loved|alone|happy|left alone|"
    r"married|single|thin|beautiful|powerful)|money|more money|wealth|fame|power)\b",
    re.IGNORECASE,
)
_SWAP = {"my": "your", "our": "your", "me": "you"}


def _harm_said(found: re.Match[str]) -> str:
    """The whole reply to harm done to a person or an animal ("hit my wife"): wrong, plainly,
    and where to get help where it is happening."""
    who = " ".join(_SWAP.get(w.lower(), w.lower()) for w in found["who"].split())
    doing = f"{_VIOLENT[found['verb'].lower()]} {who}"
    noun = (found["noun"] or found["who"]).lower()
    if re.fullmatch(_PARTNERS, noun, re.IGNORECASE):
        return (
            f"{{word}}, {{name}}: {doing} is never ok. If it is happening, the National Domestic "
            "Abuse Helpline is free, 24 hours, on 0808 2000 247; in danger, call 999."
        )
    if re.fullmatch(_YOUNG + "|kids|children", noun, re.IGNORECASE):
        return (
            f"{{word}}, {{name}}: {doing} is never ok; it teaches fear, not better ways. If a "
            "child is being hurt, the NSPCC helpline is 0808 800 5000; in danger, call 999."
        )
    if re.fullmatch(_ANIMALS, noun, re.IGNORECASE):
        return (
            f"{{word}}, {{name}}: {doing} is cruel and never ok; it teaches fear, not better "
            "ways. If an animal is being hurt, the RSPCA's line is 0300 1234 999."
        )
    return f"{{word}}, {{name}}: {doing} is wrong. If anyone is in danger, call 999."


def _whole(deed: str) -> Deed | None:
    """A deed read before the vocabulary, with a whole reply of its own (mendmoral): harm to a
    person or an animal, self-defence, who someone is, a lie or a cutting off to be safe from
    an abuser, a pet's last kindness, reporting drink driving, a diet broken. None otherwise."""
    negated = re.match(r"\s*(?:not|never)\b", deed, re.IGNORECASE)
    if _SUICIDAL.search(deed):
        return None  # a crisis, for bots/safety.py, never a verdict of this vocabulary
    if _SELF_DEFENCE.search(deed):
        return Deed(
            "selfdefence",
            "wrong",
            "The law allows reasonable force to protect yourself or someone else, {name}: no "
            "more than the danger needs. Get away if you can, and call 999.",
            _SELF_DEFENCE.search(deed).group(0),
        )
    harm = _HARM.search(deed)
    if (
        harm
        and not negated
        and not (
            harm["verb"].lower() in ("kill", "killing")
            and re.fullmatch(_ANIMALS, harm["noun"] or "")
        )
    ):
        return Deed("harm", "wrong", _harm_said(harm), harm.group(0))
    # (the danger named of another, not the asker's own "threaten to leave my husband")
    other = re.sub(r"^\s*threat\w*(?: to)?\b", "", deed, flags=re.IGNORECASE)
    for kind, verdict, pattern, said, danger in _WHOLE:
        found = pattern.search(deed)
        if found and (not danger or _DANGER.search(other)):
            return Deed(kind, verdict, said, found.group(0))
    return None


def _feeling(deed: str) -> Deed | None:
    """A feeling asked about ("feel relieved my abusive dad died", "hate my mother", "say I
    miss him"): no wrong, said kindly. None otherwise."""
    felt = _FEELING.search(deed)
    if not felt or _HATED_GROUP.search(deed) or _SUICIDAL.search(deed) or _NO_FEELING.search(deed):
        return None
    if not (_TOUCHES.search(deed) or _DANGER.search(deed) or _WANTED.search(deed)):
        return None  # a taste ("like pineapple on pizza"), not a feeling judged
    if _DANGER.search(deed):
        said = (
            "{word}, {name}: a feeling is no wrong, and after someone has hurt you, relief or "
            "anger is only human. Be gentle with yourself."
        )
    elif re.match(r"\s*(?:say|saying|admit|admitting|tell|telling)\b", deed, re.IGNORECASE):
        said = "{word}, {name}: a feeling is no wrong, nor is saying it; only what we do can be."
    else:
        said = "{word}, {name}: a feeling is no wrong; only what we do can be. Be gentle with "
        said += "yourself."
    # (met on the whole deed: a persona's own plain answer on it comes first, "Wanting time
    # alone is not selfish")
    return Deed("feeling", "choice", said, deed.strip())


_DEEDS: tuple[tuple[str, str, re.Pattern[str] | object, str], ...] = (
    (
        "infidelity",
        "wrong",
        folded(
            rf"\bcheat(?:ing|ed)? on (?:my |his |her |your |their |a )?{_PARTNER}\b|"
            r"\bhav(?:e|ing) an affair\b|\b(?:be|being) unfaithful\b",
            re.IGNORECASE,
        ),
        "cheating on someone who trusts you is a betrayal; if you want out, tell them first",
    ),
    (
        "test",
        "wrong",
        folded(
            rf"\bcheat(?:ing|ed)? (?:on|in|at|during|for) (?:a |an |the |my |this |our )?"
            rf"(?:\w+ )?{_TEST}\b|\bcopy(?:ing)? (?:someone'?s |a friend'?s |my friend'?s )"
            rf"(?:\w+ )?{_TEST}\b|\bplagiari[sz]\w*",
            re.IGNORECASE,
        ),
        "cheating on a test is wrong, even if nobody finds out: it is a lie about what you know",
    ),
    (
        "keep",
        "wrong",
        folded(
            r"\bkeep(?:ing)? (?:a |an |the |some |this |that )?(?:\w+ ){0,3}?(?:wallet|purse|"
            r"money|cash|phone|ring|bag|card|keys|tenner|fiver|notes?)\b[^?]*\b(?:found|find|"
            r"dropped|left behind|picked up)\b",
            re.IGNORECASE,
        ),
        "keeping what someone lost is a kind of taking; hand it in or look for the owner",
    ),
    (
        "return",
        "right",
        folded(
            r"\b(?:return|give back|giving back|hand in|handing in|hand back|post back|take "
            r"back|returning)\b[^?]*\b(?:found|find|dropped|lost|picked up)\b|\b(?:return|give)"
            r" (?:it|them) back\b",
            re.IGNORECASE,
        ),
        "give it back, or hand it in where you found it; someone is missing it now",
    ),
    (
        "steal",
        "wrong",
        folded(
            r"\b(?:steal(?:ing)?|shoplift(?:ing)?|nick(?:ing)? (?:stuff|things|from)|pinch(?:ing)?"
            r" (?:stuff|things|from)|take (?:money|stuff|things) from)\b(?! (?:a kiss|the show|"
            r"a glance|a look|a moment|someone'?s heart|a base|second base))",
            re.IGNORECASE,
        ),
        "taking what is not yours is wrong, however small it is",
    ),
    (
        "lie",
        "wrong",
        folded(
            r"\b(?:lie|lying|lied) (?:to|on) (?:my|his|her|their|your|a|the|an) "
            r"(?:\w+ )?(?:boss|partner|girlfriend|boyfriend|wife|husband|friend|friends|parents|"
            r"mum|mom|dad|teacher|doctor|manager|family|landlord|employer|cv|resume|résumé|"
            r"application|insurance|claim|taxes)\b|\b(?:lie|lying|lied) to (?:him|her|them|"
            r"people|everyone|my family)\b|\bdeceiv\w+|\bdeceit\w*",
            re.IGNORECASE,
        ),
        "lying to someone who relies on you is wrong, and lies rarely stay small",
    ),
    (
        "deceit",
        "wrong",
        folded(
            r"\b(?:lie|lying|lied) (?:to (?:the )?(?:police|cops|court|judge|officers?|insurers?|"
            r"bank|council|school|uni|university|government|hmrc|irs|taxman|customs|border \w+)\b|"
            r"about (?:my|your|his|her|their|our|the|being|where|what|how)\b|"
            r"on (?:a |an |my |the )?(?:\w+ )?(?:form|profile|dating app|application)\b)",
            re.IGNORECASE,
        ),
        "lying is wrong, and lies rarely stay small",
    ),
    (
        "snoop",
        "wrong",
        folded(
            rf"\b(?:read(?:ing)?|check(?:ing)?|look(?:ing)? (?:at|through)|go(?:ing)? through|"
            rf"snoop(?:ing)? (?:on|through|in)|spy(?:ing)? on) {_OWNER}(?:\w+ )?(?:texts|"
            r"messages|phone|emails|e-mails|diary|dms|whatsapps?|chats|journal)\b|"
            rf"\bsnoop(?:ing)? on (?:my |his |her )?{_KIN}",
            re.IGNORECASE,
        ),
        "reading someone's private messages behind their back is wrong; if you doubt them, ask",
    ),
    (
        "ghost",
        "wrong",
        folded(r"\bghost(?:ing|ed)?\b(?! (?:story|stories|town|hunt\w*|tour))", re.IGNORECASE),
        "vanishing without a word is unkind; one short, honest message is kinder",
    ),
    (
        "revenge",
        "wrong",
        folded(
            r"\b(?:revenge|get(?:ting)? (?:back at|even with)|pay(?:ing)? (?:him|her|them) back)\b",
            re.IGNORECASE,
        ),
        "revenge only makes a second wrong; tell someone who can stop it",
    ),
    (
        "bully",
        "wrong",
        folded(r"\bbully(?:ing)?\b|\bpick(?:ing)? on\b", re.IGNORECASE),
        "bullying is wrong; if it is happening, tell someone who can stop it",
    ),
    (
        "children",
        "choice",
        folded(
            r"\b(?:not (?:want(?:ing)?|hav(?:e|ing))|never (?:want(?:ing)?|hav(?:e|ing))|don'?t "
            r"want|stay(?:ing)? child-?free|be(?:ing)? child-?free) (?:to have )?(?:any )?"
            r"(?:kids|children|a baby|babies|a family)\b",
            re.IGNORECASE,
        ),
        "not wanting children is no wrong and not selfish; it is your own call",
    ),
    (
        "meat",
        "choice",
        folded(
            # Eating meat or not, said plainly, nothing after it ("while pregnant", "every day",
            # "raw": a question of health, not of right and wrong).
            r"(?:\beat(?:ing)? (?:meat|animals)|\b(?:be|being|go|going) (?:vegan|vegetarian|"
            r"veggie)|\bnot eat(?:ing)? meat)\s*[.!]*\s*$",
            re.IGNORECASE,
        ),
        "eating meat or not is your own call; decent people choose both ways",
    ),
    (
        "job",
        "choice",
        folded(
            r"\b(?:quit(?:ting)?|leav(?:e|ing)|resign(?:ing)? from) (?:my|a|the|this) "
            r"(?:\w+ )?(?:job|work|career|post)\b",
            re.IGNORECASE,
        ),
        "leaving a job is no wrong; it is your own call",
    ),
    (
        "divorce",
        "choice",
        folded(
            r"\b(?:divorc\w+|(?:leav(?:e|ing)|end(?:ing)?) (?:my|a|the|our) (?:marriage|husband|"
            r"wife))\b",
            re.IGNORECASE,
        ),
        "ending a marriage is no wrong in itself; it is your own call, and kindness in it matters",
    ),
    (
        "tattoo",
        "choice",
        folded(r"\b(?:tattoo\w*|piercing|pierced|get(?:ting)? inked)\b", re.IGNORECASE),
        "a tattoo or a piercing is no wrong; your body is your own call",
    ),
    (
        "truth",
        "right",
        folded(
            r"\b(?:tell(?:ing)?|say(?:ing)?) (?:(?:him|her|them|my \w+|his \w+|her \w+|the \w+) )?"
            r"the truth\b|\bbe(?:ing)? honest (?:with|to)\b|\bown(?:ing)? up\b",
            re.IGNORECASE,
        ),
        "tell the truth, and tell it kindly",
    ),
)


# The words naming each deed itself, by which a persona's own `#take` is on that very deed
# ("Lying harms the liar most" for "is it ok to lie to your boss"); none for a ghost (a take on
# seances is no take on ghosting) nor for most of the asker's own calls (a take on plain food is
# no take on eating meat).
CORE_WORDS = {
    "infidelity": "cheat cheating affair unfaithful",
    "test": "cheat cheating plagiarism",
    "steal": "steal stealing shoplifting theft",
    "lie": "lie lying lies liar",
    "deceit": "lie lying lies liar",
    "snoop": "snoop snooping",
    "revenge": "revenge",
    "bully": "bully bullying",
    "truth": "truth honest honesty",
    # (a take on tattoos is on the very thing: "Wear what you like; I gave up socks")
    "tattoo": "tattoo tattoos piercing piercings",
}


class Moral(NamedTuple):
    deed: Deed | None
    asks: str  # "wrong" (is it wrong to), "ok" (is it ok to), "should", "person" (am I bad)
    strong: bool  # asked with a word that is only moral ("wrong", "immoral", "selfish")
    word: str = ""  # the judging word asked ("selfish"), "person" or "should"


_STRONG = frozenset(
    {"immoral", "unethical", "evil", "selfish", "cruel", "a sin", "morally wrong", "unfair"}
)
# "wrong" or "bad" is of right and wrong when the deed touches someone or is deceit ("is it
# wrong to tell my sister", "a white lie"), not "is it wrong to lie down after eating".
_TOUCHES = folded(
    r"\b(?:someone|somebody|anyone|anybody|people|person|him|her|them|my \w+|his \w+|their "
    r"\w+|friends?|partner|family|kids?|child(?:ren)?|boss|colleague|neighbou?r|stranger|"
    r"lie|lies|lying|lied|cheat\w*|steal\w*|betray\w*|promise|gossip\w*|secret|owe)\b"
    r"(?! (?:down|in bed|on (?:the|my) (?:sofa|couch|bed|floor|back|side)|flat|still))",
    re.IGNORECASE,
)


def moral_asked(text: str) -> Moral | None:
    """The judgement of a deed asked in `text` and the deed, when it is one of its vocabulary
    (or asked with a plainly moral word, `strong`). None for any other question."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    # The sentence that asks.
    asking = next((s for s in re.split(r"(?<=[.!?])\s+", text) if "?" in s), text)
    for sentence in dict.fromkeys((asking, text)):
        frame = _FRAME.search(sentence)
        if frame:
            break
    else:
        # "is cheating wrong?", "is eating meat bad": the deed first.
        first = re.search(
            rf"^\s*(?:is|are)\s+(?P<deed>[^?]{{3,60}}?)\s+(?:really |actually |morally )?"
            rf"(?P<word>{_WRONG_WORDS}|{_OK_WORDS})\s*\??\s*$",
            asking.strip(),
            re.IGNORECASE,
        )
        if not first or re.match(r"(?:it|that|this|he|she|they|there)\b", first["deed"], re.I):
            return None
        return _moral(first["word"].lower(), first["deed"])
    if frame["person"]:
        return _moral("person", frame["person"])
    if frame["should"]:
        return _moral("should", frame["should"])
    return _moral(frame["word"].lower(), frame["deed"])


def _moral(word: str, deed: str) -> Moral | None:
    if word in ("person", "should"):
        asks = word
    elif re.fullmatch(_WRONG_WORDS, word, re.IGNORECASE):
        asks = "wrong"
    else:
        asks = "ok"
    found = _deed(deed)
    if found is None:
        strong = (
            word in _STRONG
            or word == "person"
            or (word in ("wrong", "bad") and bool(_TOUCHES.search(deed)))
        )
        return Moral(None, asks, strong, word) if strong else None
    if found.verdict == "choice" and asks == "should":
        return None  # "should i quit my job": advice on the asker's life, not a judgement
    return Moral(found, asks, word in _STRONG, word)


def _deed(deed: str) -> Deed | None:
    whole = _whole(deed)
    if whole is not None:
        return whole
    # (a deed of the vocabulary first: "want to cheat on my wife" is the deed, not the wish)
    return _vocabulary(deed) or _feeling(deed)


def _vocabulary(deed: str) -> Deed | None:
    negated = re.match(r"\s*(?:not|never)\b", deed, re.IGNORECASE)
    for kind, verdict, pattern, said in _DEEDS:
        found = pattern.search(deed)
        if not found:
            continue
        met = found.group(0)
        if kind == "steal" and _HUNGER.search(deed):
            return Deed("hunger", "mercy", "", met)
        if kind == "steal" and _NEED.search(deed) and _DEPENDANT.search(deed):
            # (mendmoral) food or medicine for a child or someone one cares for: need, not greed
            if _MEDICINE.search(deed):
                return Deed(
                    "medicine",
                    "mercy",
                    "Hard to call it wrong, {name}: medicine taken for someone who needs it is "
                    "need, not greed, and deserves help, not blame; a pharmacist or a GP should "
                    "come first, as they can often help.",
                    met,
                )
            return Deed(
                "need",
                "mercy",
                "Hard to call it wrong, {name}: food taken for someone you must feed is need, "
                "not greed, and deserves help, not blame; a food bank should come first if "
                "there is one.",
                met,
            )
        if kind == "ghost" and _DANGER.search(deed):
            # Cutting off someone who hurt or frightens you is no wrong but safety.
            return Deed(
                "cutoff",
                "safe",
                "You owe no explanation to someone who has hurt or frightened you, {name}; keep "
                "yourself safe, and tell someone you trust",
                met,
            )
        if kind in ("lie", "deceit") and _PLAYFUL_LIE.search(deed):
            return None
        if kind == "snoop" and _CHILD.search(deed):
            return None  # a parent minding a child's phone is another question
        if negated and verdict != "choice":
            # "is it wrong to not return it", "is it ok to never tell the truth": the other way.
            if verdict == "right":
                return Deed(kind, "wrong", said, met)
            return None
        return Deed(kind, verdict, said, met)
    return None


def moral_wish(moral: Moral) -> bool:
    """Whether the deed judged is a wish ("want to be rich"), on which a persona's own plain
    answer ("Wealth is a tool") comes before "a feeling is no wrong"."""
    return moral.deed is not None and bool(_WANTED.search(moral.deed.met))


def moral_yes(moral: Moral) -> bool:
    """Whether the question as asked is answered yes, for the deed's verdict."""
    return _answer(moral) == "yes"


def _answer(moral: Moral) -> str:
    """Yes or no to the question as asked, for the deed's verdict."""
    verdict = moral.deed.verdict
    if moral.asks == "wrong":
        return "yes" if verdict == "wrong" else "no"
    # ("person": "am I a bad person if": no wrong, "no"; a wrong is said otherwise.)
    if moral.asks == "person":
        return "no"
    return "no" if verdict == "wrong" else "yes"


def own_lines(tagged: dict[str, tuple[str, ...]], moral: Moral | None) -> tuple[str, ...]:
    """The persona's `#moral` lines for the deed asked (`#moral snoop:`), else for its verdict
    (`#moral wrong|choice|right|mercy:`), else for a judgement withheld (`#moral weigh:`)."""
    deed = moral.deed if moral else None
    wanted = (deed.kind, deed.verdict) if deed else ("weigh",)
    if deed and ("{name}" in deed.said and deed.kind != "need" or deed.kind == "identity"):
        wanted = (deed.kind,)  # a whole reply of its own, or a persona's own line on it only
    for want in wanted:
        lines = tuple(
            said.strip()
            for key, _, said in (line.partition(":") for line in tagged.get("moral", ()))
            if want in {k.strip() for k in key.split("|")}
        )
        if lines:
            return lines
    return ()


def moral_reply(moral: Moral, name: str, own: Sequence[str], limit: int) -> str:
    """The reply to a judgement asked of a deed: its stance said plainly on the deed, then the
    first of the persona's own lines (`own`, in the order to try) that fits in `limit`
    characters, or what it turns on when the deed is not one it has a word for."""
    name = name or "friend"
    deed = moral.deed
    if deed is None:
        said = f"That turns on who it would hurt, {name}, and whether they would agree to it."
    elif "{name}" in deed.said:
        # (mendmoral) a whole reply of its own: the yes or no to the question as asked
        word = "Yes" if _answer(moral) == "yes" else "No"
        if moral.asks == "person" and deed.verdict == "wrong":
            word = "Plainly"
        said = deed.said.format(name=name, word=word)
        if deed.verdict in ("safe",) and not said.endswith("."):
            said += "."
    elif deed.verdict == "safe":
        # No yes or no, which might read as "no, you may not keep away from them".
        said = deed.said.format(name=name) + "."
    elif deed.verdict == "mercy":
        said = (
            f"Hard to call it wrong, {name}: someone starving who takes bread to live deserves "
            "help, not blame; a food bank should come first if there is one."
        )
    elif moral.asks == "person" and deed.verdict == "wrong":
        said = f"One wrong does not make a bad person, {name}, but {deed.said}."
    else:
        word = "Yes" if _answer(moral) == "yes" else "No"
        said = f"{word}, {name}: {deed.said}."
    fits = next((line for line in own if len(said) + 1 + len(line) <= limit), "")
    return f"{said} {fits}".strip()
