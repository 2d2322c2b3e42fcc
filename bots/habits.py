"""Everyday questions about a persona's own ways and tastes ("do you like rainy days?", "what's
your favourite food?", "morning person?", "do you get nervous?"), answered from its `#life`
lines: whole sentences in its voice, each with a detail of its life (Darwin's walks round the
sandwalk, Einstein's violin). Anyone has an answer to these; a persona owning up to ignorance,
or giving a line on its field, reads as no answer at all.

Each everyday subject is found in the question by its usual words, and a persona's line is on
that subject when it says one of the subject's own words (a line on rain says "rain").
"""

from __future__ import annotations

import re
from functools import lru_cache

from bots.material import RELATED, Index, terms

# subject: (how a question names it, how a line on it says it)
SUBJECTS = {
    "rain": (r"rain\w*|weather|drizzle|snow\w*|storms?|umbrellas?", r"rain\w*|weathers?"),
    "night": (
        r"all[- ]?night(er)?|through the night|late at night|up late|night owl|"
        r"work(ed|ing)? (late|nights)",
        r"nights?",
    ),
    "sleep": (r"sleep\w*|slept|insomnia|naps?|bed ?time|go to bed", r"sleep\w*|slept"),
    "food": (
        r"food|foods|eat|eating|meals?|dish|dishes|dinner|lunch|breakfast|snacks?|hungry|"
        r"sweet tooth|cuisine",
        r"food|eat|ate|sweets|bread|meals?",
    ),
    "cook": (r"cook\w*|bake|baking|kitchen", r"cook\w*"),
    "morning": (
        r"morning person|mornings?|early bird|wake up|get up early|early riser|time of day",
        r"mornings?",
    ),
    "season": (r"seasons?|summer|winter|autumn|spring(time)?", r"summer|winter|spring|autumn"),
    "book": (r"books?|read|reading|novels?|poetry|poems?", r"books?|novels?|poetry"),
    "nervous": (
        r"nervous|anxious|anxiety|stage fright|scared|frighten\w*|afraid|fears?",
        r"nervous|anxious|fear|afraid|uneasy",
    ),
    "school": (
        r"school|student|pupil|grades|exams?|class(es)?|homework|teachers?",
        r"school|student",
    ),
    "pets": (r"pets?|dogs?|cats?|parrots?|pupp(y|ies)|kittens?", r"pets?|dogs?|cats?|parrot"),
    "relax": (
        r"relax\w*|unwind|chill|free time|spare time|day off|hobby|hobbies|for fun|downtime|"
        r"switch off",
        r"relax|rest",
    ),
    "home": (
        r"homesick|home|miss (your )?(country|homeland|family|germany|poland|athens|stratford|"
        r"england|london|paris|warsaw)",
        r"home\w*|missed",
    ),
    "music": (
        r"music|songs?|sing|singing|instruments?|piano|violin|harp|concerts?",
        r"music\w*",
    ),
    "drink": (
        r"coffee|tea|drink\w*|drank|wine|beer|alcohol",
        r"coffee|tea|wine|sack|drank|drink",
    ),
    "travel": (r"travel\w*|holidays?|vacations?|abroad|trips?", r"travel\w*"),
    "exercise": (
        r"sports?|exercise|gym|keep fit|running|swim\w*|football|work ?out",
        r"exercise|sport",
    ),
    "walk": (r"walk\w*|hikes?|hiking|strolls?", r"walk\w*"),
    "colour": (r"colou?rs?", r"colou?rs?"),
    "religion": (
        r"religious|religion|god|gods|church|pray\w*|faith",
        r"god|gods|faith|church|divine",
    ),
    "friends": (r"friends?|lonely|social", r"friends?"),
    "temper": (r"angry|anger|temper|cross|annoyed|lose your cool|mad at", r"temper|angry|anger"),
    "laugh": (r"laugh\w*|funny|humou?r|make you smile", r"laugh\w*"),
    "city": (r"city|cities|countryside|country life|town|urban", r"city|cities|country\w*|towns?"),
    "tidy": (r"tidy|messy|mess|organi[sz]ed|desk", r"tidy|desk|order|mess"),
    "money": (r"money|rich|wealthy|salary|savings", r"money"),
    "language": (
        r"languages?|speak (any )?(french|german|english|latin|greek|polish|spanish|italian)|"
        r"bilingual",
        r"languages?|english|greek|french|polish",
    ),
    "party": (r"part(y|ies)|danc\w*|balls?|nightlife|clubbing", r"part(y|ies)|ball|feast"),
    "place": (
        r"favou?rite place|place you (love|like)|happiest place|where do you (like|love) to go",
        r"place|caputh|stratford|shed|ashley combe|agora|sandwalk",
    ),
    "clothes": (
        r"clothes|wear|wearing|fashion|dress|outfits?|style|socks|shoes",
        r"wear\w*|wore|dress\w*|socks|cloak|clothes",
    ),
    "birthday": (r"birthdays?", r"birthdays?"),
    # A life looked back on, asked by a person or another persona ("did you ever doubt
    # yourself?", "what kept you going?", "do you feel responsible for how your work was used?"):
    # anyone can answer these from their own life, and owning up to them reads as no answer.
    "responsible": (
        r"responsib\w+|(be|been|was|were|get|got) used (for|to)|(your|ur) (work|ideas?|"
        r"discover\w*|inventions?|science|findings|theor\w+) (would |might |could )?(be )?used|"
        r"misuse\w*|in the wrong hands|(what|how) (people|they|others) (did|do) with",
        r"responsib\w+|misuse\w*|used (for|to)",
    ),
    "doubt": (
        r"doubt\w*|second[- ]guess\w*|(had|got|get|getting|gotten) it (all )?wrong|"
        r"(sure|certain|confident) (of yourself|you were right|it would)|self[- ]belief|"
        r"believe in yourself|impostor|imposter|(like )?a fraud|good enough|out of (your|ur) depth",
        r"doubt\w*|unsure|uncertain",
    ),
    "regret": (
        r"regrets?|regretted|do (it|anything|things) differently|change anything|wish you had|"
        r"(would|do) (you|u) change|do it (all )?(again|over)|(big|biggest|worst) mistakes?|"
        r"make a (big |huge )?mistake",
        r"regret\w*",
    ),
    "proud": (
        r"proud\w*|pride|remembered|legacy|greatest (achievement|work)|"
        r"best (thing|work) you (ever )?(did|made|wrote|found|done)",
        r"proud\w*|pride",
    ),
    "hardest": (
        r"hardest|toughest|most difficult|darkest|worst (day|moment|time|year|thing)|"
        r"lowest point",
        r"hardest|darkest|worst",
    ),
    "admired": (
        r"look(ed)? up to|admire\w*|heroe?s?|idols?|inspired (you|u)|role models?|"
        r"influenced (you|u)|who (shaped|influenced) (you|u)",
        r"admired|admire|hero\w*|looked up",
    ),
    "workday": (
        r"(normal|typical|usual|ordinary|average|working) (work(ing)? )?day|daily routine|"
        r"routine|work habits|how (do|did) (you|u) work",
        r"every (day|morning)|each (day|morning)|my days|routine",
    ),
    "persevere": (
        r"keeps? (you|u) going|kept (you|u) going|(want(ed)?|tempted|think|thought|felt|feel)"
        r"( like| of| about)? (to )?(give|giving) up|not give up|never (gave|give) up|"
        r"(think|thought|thinking|consider|considered)( about| of)? "
        r"(quitting|stopping|packing it in)|"
        r"(ever|did (you|u)|want to|wanted to) quit|"
        r"(nobody|no one|noone|no-one) (believe\w*|listen\w*|took (you|u) seriously)|"
        r"keep(ing)? going|motivat\w+",
        r"(gave|give|giving) up|went on|kept on|kept going|carried on|persever\w+",
    ),
    "young": (
        r"younger self|young(er)? (you|u)|if (you|u) (could )?(go|went) back|"
        r"advice (to|for) (the )?(young|yourself)|at (my|our) age",
        r"young\w*",
    ),
    "bored": (r"bored|boring|boredom|bores?", r"bored|boredom|dull"),
    "colleague": (
        r"work(ed|ing)? (with|alongside)|(your|ur) (colleagues?|collaborators?|partners? in \w+)|"
        r"collaborat\w+",
        r"work(ed|ing)? (with|alongside)",
    ),
    "childhood": (
        r"childhood|growing up|grow up|grew up|as a (child|kid|boy|girl)|"
        r"when (you|u) were (little|small|a kid|a child|a boy|a girl|young)",
        r"grew up|as a (boy|girl)|childhood",
    ),
    "happiest": (
        r"best day|happiest|best (moment|time|memory|years?) of (your|ur) life|favou?rite memory|"
        r"best (moment|memory)",
        r"happiest|best day",
    ),
    "obvious": (r"obvious\w*|self[- ]evident|common sense", r"obvious\w*|common sense"),
}
ASKED = {
    subject: re.compile(rf"\b({asked})\b", re.IGNORECASE)
    for subject, (asked, _said) in SUBJECTS.items()
}
SAID = {
    subject: re.compile(rf"\b({said})\b", re.IGNORECASE)
    for subject, (_asked, said) in SUBJECTS.items()
}
# Asked of the persona itself: "do you", "were you", "your favourite", "what makes you laugh",
# "are you a morning person", or a bare "morning person?".
OF_YOU = re.compile(
    r"\b(do|did|were|are|have|had|would|can|could|was|is) (you|u)\b|\byour (favou?rite|fave|fav)\b|"
    r"\b(what|which|who|where|when)\b[^.?!]{0,30}\b(you|u)\b|\bmakes? (you|u)\b|"
    r"\byou\b[^.?!]{0,16}\bperson\b|^\W*[\w-]+( [\w-]+)? person\W*$|"
    r"\b(anything|something|what) (that )?\w+s (you|u)\b|\b(for|to) (you|u)\W*$|"
    r"\b(who|what) (were|was|are|is) (your|ur)\b|\bof (your|ur) life\b|"
    r"^\W*(does|do|did|is|are|would|will|can|has|have)\b.*\b(you|u)\W*$|"
    r"\bwhat was it like\b|\bhow did it feel\b|"
    # Asked bare, as chat asks it: "any regrets?", "ever had doubts?"
    r"^\W*(any|ever (had|have)( any)?) (regrets?|doubts?|heroes|idols|fears?)\b|"
    # Asked of the room, the persona among it: "whats everyone having for lunch"
    r"\b(what|wat|wot|how)('s| is| are| r)? (every(one|body|1)|you lot|u lot|you all|y'?all|"
    r"you guys|u guys|people|folks)\b(?! (should|think|reckon))",
    re.IGNORECASE,
)
# The "you" of a request or of anyone, not the persona's own ways: "can you help me cook",
# "how do you cook rice", "do you think rain is good", "when you travel, ...".
NOT_OF_YOU = re.compile(
    r"\b(do|did|would|will) (you|u) (think|know|reckon|suppose|agree|say|recommend|suggest|mind|"
    r"have (a|any) (good )?(recipes?|tips?|ideas?|advice|recommendations?))\b|"
    r"\b(can|could|will) (you|u) (please )?(help|give|tell|explain|recommend|suggest|show|"
    r"find|make|fix|write|check|teach|send)\b|"
    r"\bhow (do|can|would|should) (you|u)\b"
    r"(?! (spend|like|feel|relax|unwind|celebrate|keep|stay|want to be))|"
    # "when you boil pasta" is anyone's; "when you say something is obvious" is the persona's
    r"^\W*(when|if|whenever|once|before|after|until|while|unless) (you|u)\b"
    r"(?! (say|said|call|called|claim|claimed|write|wrote|were|was)\b)|\bfor me\b|"
    r"\bany(one|body|1) (know|got|have|recommend)\b|"
    r"\b(i|we) should\b",
    re.IGNORECASE,
)


FAVOURITE = frozenset(terms("favourite favorite fave"))


@lru_cache(maxsize=512)
def _terms(line: str) -> frozenset[str]:
    return frozenset(terms(line))


def asked_subjects(text: str) -> list[str]:
    """The everyday subjects of a question about the persona's own ways, first named first, or
    none when `text` is no such question."""
    if NOT_OF_YOU.search(text) or re.match(r"\W*why\b", text, re.IGNORECASE):
        return []  # "why did you leave Anne the second-best bed" asks of one deed, not a habit
    # Only the clause that asks it: "..., my literature teacher keeps bringing it up" is an aside.
    asked = " ".join(c for c in re.split(r"[,;:.!?]|\bbut\b", text) if OF_YOU.search(c))
    found = [(match.start(), s) for s, p in ASKED.items() if (match := p.search(asked))]
    return [s for _at, s in sorted(found)]


def own_ways(index: Index, text: str) -> tuple[str, ...]:
    """The persona's `#life` lines (as written, placeholders in) that answer `text`, an everyday
    question about its own ways: those on the subject named first that it has a line on, best
    for the question's other words first; empty when it has none."""
    lines = index.tagged.get("life", ())
    if not lines:
        return ()
    asked = set(terms(text))
    subjects = asked_subjects(text)
    # Its material says just that ("Ovid's Metamorphoses was my favourite book"; asked "is the
    # ada programming language named after you?", "The programming language Ada was named for
    # me"): that line answers better than a word on the subject in general (the languages it
    # spoke). Three words of the question at least, or its word for a favourite.
    favourite = asked & FAVOURITE
    if (
        subjects
        and (favourite or len(asked) >= 3)
        and any(
            all(t in line.counts or line.counts.keys() & set(RELATED.get(t, ())) for t in asked)
            for line in index.lines
        )
    ):
        return ()
    for subject in subjects:
        # A line is on the subject when it names it first ("Rain never stopped my walk"), not
        # in passing ("our cat grew gloomy in the rain"); then by the question's other words.
        scores = {
            line: (-(found.start() // 25), len(asked & _terms(line)))
            for line in lines
            if (found := SAID[subject].search(line))
        }
        if scores:
            best = max(scores.values())
            return tuple(line for line, score in scores.items() if score == best)
    return ()
