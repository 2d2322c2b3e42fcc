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
import unicodedata
from functools import lru_cache

from bots.fold import folded
from bots.lexicon import kinds
from bots.material import RELATED, STOPWORDS, UNACCENTED, WORD, Index, fixed_words, stem, terms
from bots.sense import _verb
from bots.valence import TOLD_BACK

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
        # ("how do you stay calm before performing?": its nerves before a lecture)
        r"nervous|anxious|anxiety|stage fright|scared|frighten\w*|afraid|fears?|nerves|"
        r"(stay|keep|staying|keeping) (calm|cool|composed)|calm (your|ur|my) nerves|"
        r"public speaking|before (a |an |the |your |ur )?(performance|performing|show|gig|"
        r"lecture|talk|speech|concert)",
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
    # "did you ever own a car?", "did you drive them yourself", "were you a bike person"
    "transport": (
        r"cars?|motor ?cars?|driv(e|es|ing|er)|drove|bikes?|bicycles?|cycling|horses?|"
        r"get(ting)? around",
        r"cars?|driv(e|es|ing)|drove|bicycles?|horses?|rode|barefoot|on foot",
    ),
    "exercise": (
        r"sports?|exercise|gym|keep fit|running|swim\w*|football|work ?out",
        r"exercise|sport",
    ),
    # "did you have a long commute when you worked at the patent office"
    "commute": (
        r"commut\w*|(get|got|getting|go|went|travel\w*|journey) to (work|the office)",
        r"I walked|commut\w*|to work",
    ),
    # "you lived on a ship for 5 years right? was it cramped": its quarters at sea
    "ship": (
        r"cramped|(your|ur) (cabin|bunk|berth|quarters)|(on|aboard) (a|that|your|ur) (ship|boat)|"
        r"where did (you|u) sleep",
        r"cabin|hammock",
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
    # "what was your house in princeton like": where it lived
    "house": (
        r"(your|ur) (house|flat|apartment|garret|home) (in|at|on)\b|where did (you|u) live",
        r"house|flat|garret",
    ),
    # "was your flat in paris cold?": a cold garret, a cold shed, not a cold manner
    "cold": (
        r"cold|freezing|chilly|heating|heated|unheated|warm enough",
        r"so cold|froze|freezing|unheated|the cold\b|"
        r"cold (rooms?|nights?|winters?|flats?|garret|houses?|shed)",
    ),
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
    # "what 3 things would you bring camping", "if you could only pack 3 things": three
    # things of its own named, never a laugh at the question.
    "pack": (
        r"(?:\d|two|three|four|five) (?:things|items)|only (?:pack|bring|take)|"
        r"(?:bring|pack|take)(?: with (?:you|u))? (?:camping|on (?:a|the|your) (?:trip|holiday|"
        r"hike|voyage|journey|camping trip)|to (?:a|the) desert island)",
        r"three things",
    ),
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
        # (not "manage work with a small child": its family)
        r"work(ed|ing)? (with|alongside)(?! (a |an |my |your |ur |the )?(small |little |young |"
        r"new )?(bab(y|ies)|child\w*|kids?|toddlers?)\b)|"
        r"(your|ur) (colleagues?|collaborators?|partners? in \w+)|"
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
    # Its own family: "did emma do the night feeds?", "how did you balance the lab with a
    # baby?", "who watched irene while you worked?" (a name of its family is found in its own
    # lines, `kin`). Its line on its babies, not "I could not say".
    "family": (
        r"(your|ur) (kids?|children|child|bab(y|ies)|daughters?|sons?|wife|husband|family|"
        r"little ones)|night feeds?|childcare|child care|nann(y|ies)|babysit\w*|"
        # ("did you have kids?" is answered from its plain lines, "My children were ...")
        r"nappies|diapers|with (a |an |your |ur )?(new |small |little |young )?"
        r"(bab(y|ies)|child|children|kids?|toddlers?)\b|"
        r"(raise|raising|raised|bring up|bringing up|brought up) (your |the |ur )?"
        r"(kids|children|family)|motherhood|fatherhood|parenting|parenthood|"
        r"(being|as) a (mother|father|mum|mom|dad|parent)",
        r"bab(y|ies)|infants?|children|daughters?|grandfather",
    ),
    # "were you ever into games?", "did you play cards?"
    "games": (
        r"games?|gaming|board ?games?|card games?|(play|played|playing) (cards|chess|draughts)|"
        r"backgammon",
        # (not "cards" alone: the loom's punched cards are no game)
        r"games?|backgammon|chess|draughts|playing cards|cards (every|each|in the) \w+",
    ),
}
ASKED = {
    subject: folded(rf"\b({asked})\b", re.IGNORECASE)
    for subject, (asked, _said) in SUBJECTS.items()
}
SAID = {
    subject: folded(rf"\b({said})\b", re.IGNORECASE) for subject, (_asked, said) in SUBJECTS.items()
}
# Asked of the persona itself: "do you", "were you", "your favourite", "what makes you laugh",
# "are you a morning person", or a bare "morning person?".
OF_YOU = folded(
    r"\b(do|did|were|are|have|had|would|can|could|was|is) (you|u)\b|"
    r"\b(your|ur) (favou?rite|fave|fav)\b|"
    r"\bif (you|u) (could|had to|were|was|only)\b|"  # "if you could only pack 3 things"
    r"\b(what|which|who|where|when)\b[^.?!]{0,30}\b(you|u)\b|"
    # "what makes you laugh", "does rain make you sad"; not "cold plunges make you immune", a
    # claim of anyone
    r"\b(what|which|who|does|do|did|would|will|can|could|that|this|it)\b(\s+[\w']+){0,3}?\s+"
    r"makes? (you|u)\b|"
    r"\byou\b[^.?!]{0,16}\bperson\b|^\W*[\w-]+( [\w-]+)? person\W*$|"
    r"\b(anything|something|what) (that )?\w+s (you|u)\b|\b(for|to) (you|u)\W*$|"
    r"\b(who|what) (were|was|are|is) (your|ur)\b|\bof (your|ur) life\b|"
    r"^\W*(does|do|did|is|are|would|will|can|has|have)\b.*\b(you|u)\W*$|"
    r"\bwhat was it like\b|\bhow did it feel\b|"
    # Its own home asked after: "was your flat in paris cold?", "did ur house have a garden"
    r"\b(was|were|is|did|does) (your|ur) (flat|house|home|room|place|apartment|garret|lab|"
    r"laboratory|study|office|bedroom|city|town|village|street|garden)\b|"
    # Its own life told back for it to own: "you moved out to the countryside right"
    rf"{TOLD_BACK}|"
    # "was it hard being a mother and a scientist": its own life, in the past
    r"\bwas it (hard|easy|difficult|tough|lonely|strange|odd|hard work) (being|to be)\b|"
    # Asked bare, as chat asks it: "any regrets?", "ever had doubts?"
    r"^\W*(any|ever (had|have)( any)?) (regrets?|doubts?|heroes|idols|fears?)\b|"
    # Asked of the room, the persona among it: "whats everyone having for lunch"
    r"\b(what|wat|wot|how)('s| is| are| r)? (every(one|body|1)|you lot|u lot|you all|y'?all|"
    r"you guys|u guys|people|folks)\b(?! (should|think|reckon))",
    re.IGNORECASE,
)
# The "you" of a request or of anyone, not the persona's own ways: "can you help me cook",
# "how do you cook rice", "do you think rain is good", "when you travel, ...".
NOT_OF_YOU = folded(
    r"\b(do|did|would|will) (you|u) (think|know|reckon|suppose|agree|say|recommend|suggest|mind|"
    r"have (a|any) (good )?(recipes?|tips?|ideas?|advice|recommendations?))\b|"
    r"\b(can|could|will) (you|u) (please )?(help|give|tell|explain|recommend|suggest|show|"
    r"find|make|fix|write|check|teach|send)\b|"
    r"\bhow (do|can|would|should) (you|u)\b"
    r"(?! (spend|like|feel|relax|unwind|celebrate|keep|stay|want to be))|"
    # "when you boil pasta" is anyone's; "when you say something is obvious" is the persona's
    r"^\W*(when|if|whenever|once|before|after|until|while|unless) (you|u)\b"
    # ("if you could only pack 3 things" asks the persona's own pick)
    r"(?! (say|said|call|called|claim|claimed|write|wrote|were|was|could|had to|only)\b)|"
    r"\bfor me\b|"
    # "is coffee bad for you": anyone's health, not the persona's drink (review39)
    r"\b(bad|good|healthy|unhealthy|harmful|safe|dangerous|better|worse|ok|okay) for (you|u)\b|"
    r"\bany(one|body|1) (know|got|have|recommend)\b|"
    r"\b(i|we) should\b",
    re.IGNORECASE,
)


FAVOURITE = frozenset(terms("favourite favorite fave"))
# The people of its family its own lines name ("I married my cousin Emma Wedgwood", "My
# daughter Irène won..."): asked about by name, it is asked of its own life.
KIN_NAMED = re.compile(
    r"\b(?i:my|our)(?: (?i:little|younger|elder|eldest|older|first|second|dear|own))? "
    r"(?i:wife|husband|daughters?|sons?|father|mother|brothers?|sisters?|children|child|baby|"
    r"grandfather|grandmother|uncle|aunt|cousin)\s*,?\s+([A-ZÀ-Þ][\w'-]+)|"
    r"\b(?i:married) (?:(?i:my) (?:(?i:cousin) )?)?([A-ZÀ-Þ][\w'-]+)"
)
NOT_KIN = frozenset("Dr Lord Lady Mr Mrs Miss Sir God".split())  # noqa: SIM905


@lru_cache(maxsize=64)
def _kin(lines: tuple[str, ...]) -> frozenset[str]:
    return frozenset(
        _unaccented(name)
        for line in lines
        for found in KIN_NAMED.findall(line)
        for name in found
        if name and name not in NOT_KIN
    )


@lru_cache(maxsize=64)
def kin(index: Index) -> frozenset[str]:
    """The first names of the persona's family in its own lines, lower case and unaccented
    ("emma", "irene"). (Read once for an index, by its identity: gathering and hashing its
    1,300 lines for `_kin` cost some 10 us at each question of its ways.)"""
    return _kin((*(line.text for line in index.lines), *index.tagged.get("life", ())))


def _unaccented(text: str) -> str:
    """`text` in lower case without accents ("Irène" is "irene"), as a chat types it."""
    text = text.lower()
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text.translate(UNACCENTED))
    return "".join(c for c in text if not unicodedata.combining(c))


def _names(family: frozenset[str], text: str) -> list[int]:
    """Where in `text` a name of `family` is said, as a word, and as that one: not "william"
    of "william shakespeare", a name with another surname after it (a word neither little nor
    a verb); "did emma do", "who watched irene while", "emma's" are its own."""
    said = _unaccented(text)
    return [
        m.start()
        for name in family
        for m in re.finditer(rf"\b{re.escape(name)}\b(?:'s\b)?\W*([a-z']*)", said)
        if not m.group(1) or m.group(1) in STOPWORDS or _verb(m.group(1))
    ]


@lru_cache(maxsize=512)
def _terms(line: str) -> frozenset[str]:
    return frozenset(terms(line))


def asked_subjects(text: str, family: frozenset[str] = frozenset()) -> list[str]:
    """The everyday subjects of a question about the persona's own ways, first named first, or
    none when `text` is no such question. `family`: the names of its family (`kin`); a clause
    that names one ("did emma do the night feeds?") is asked of its own life, and its subject
    is its family."""
    if NOT_OF_YOU.search(text) or re.match(r"\W*why\b", text, re.IGNORECASE):
        return []  # "why did you leave Anne the second-best bed" asks of one deed, not a habit
    # Only the clause that asks it: "..., my literature teacher keeps bringing it up" is an aside.
    clauses = re.split(r"[,;:.!?]|\bbut\b", text)
    named = [c for c in clauses if _names(family, c)] if family else []
    # Its family named, the whole question is on its life ("how did emma feel about your
    # ideas, wasn't she religious": religion).
    asked = " ".join(c for c in clauses if named or OF_YOU.search(c))
    found = [(match.start(), s) for s, p in ASKED.items() if (match := p.search(asked))]
    if not found and TASTE_ASKED.search(asked) and (kind := _kind_asked(asked)):
        found.append((0, kind))
    if named and not any(s == "family" for _at, s in found):
        # A name alone makes it its family's only when nothing else is asked: "did you and emma
        # ever argue about religion" is on religion.
        found.append((len(asked), "family"))
    return [s for _at, s in sorted(found)]


# A thing of these kinds asked of the persona is asked of its food or its drink: "what's your
# favourite biscuit" is the food question though "biscuit" is no word of it (bots/kinds.tsv).
# Only its taste in them: "have you ever baked bread" asks of a deed its lines on bread answer.
TASTE_ASKED = folded(r"\b(?:favou?rite|fave|fav|like|love|enjoy|prefer)\b", re.IGNORECASE)
KIND_SUBJECTS = (
    ("drink", frozenset(terms("beverage drink"))),
    ("food", frozenset(terms("food dish"))),
)


def _kind_asked(asked: str) -> str:
    """The everyday subject ("food", "drink") of the first thing named in `asked` whose kinds make
    it one, or ""."""
    found = kinds()
    for word in terms(asked):
        above = found.get(word, frozenset())
        for subject, marks in KIND_SUBJECTS:
            if above & marks:
                return subject
    return ""


# "were you a hands on dad": what made it a question of its family, as a name does.
PARENTS = frozenset(terms("father mother parent"))


def own_ways(index: Index, text: str) -> tuple[str, ...]:
    """The persona's `#life` lines (as written, placeholders in) that answer `text`, an everyday
    question about its own ways: those on the subject named first that it has a line on, best
    for the question's other words first; empty when it has none."""
    lines = index.tagged.get("life", ())
    if not lines:
        return ()
    asked = set(terms(text))
    family = kin(index)
    subjects = asked_subjects(text, family)
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
        said = SAID[subject]
        if subject == "family" and family:
            # A line naming one of its family is on its family ("Emma", "Irène").
            names = "|".join(sorted(family))
            said = re.compile(rf"{said.pattern}|\b({names})\b", re.IGNORECASE)
        scores = {
            line: (-(found.start() // 25), len(asked & _terms(line)))
            for line in lines
            if (found := said.search(_unaccented(line)))
        }
        if subject == "family":
            # Any line on its family is on it, wherever it names them: the one that says most
            # of what was asked ("the night feeds", "who watched irene") first. The name that
            # made it a family question says nothing of what is asked of them ("did emma do the
            # night feeds?": the nights, not backgammon with Emma); then the words the asked
            # ones are said in ("juggle research and motherhood": help, the laboratory, a baby).
            named = {t for name in family for t in terms(name)} | PARENTS
            of_them = asked - named
            near = {t for a in of_them for t in RELATED.get(a, ())}
            scores = {
                line: (
                    len(of_them & _terms(line)),
                    len(near & _terms(line)),
                    len(asked & named & _terms(line)),  # "what did you and emma do": Emma
                    score[0],
                )
                for line, score in scores.items()
            }
        if scores:
            best = max(scores.values())
            return tuple(line for line, score in scores.items() if score == best)
    return ()


def own_said_plainly(
    index: Index, text: str, used: tuple[str, ...], near: str = ""
) -> tuple[str, ...]:
    """Its plain lines of its own (I, my) on the subject `text` asks of its own ways, named
    early ("London was dirty and noisy, and I fled it for the country"), none said in `used`:
    said when its `#life` lines on it were said in the room already. Those that share most
    words with the question and with `near` (the line said already) first."""
    wanted = set(terms(text)) | set(terms(near))
    for subject in asked_subjects(text, kin(index)):
        said = SAID[subject]
        found = [
            line
            for line in index.lines
            if (m := said.search(_unaccented(line.text)))
            and m.start() < 60
            and OWN_LINE.search(line.text)
            and not any(line.text in u for u in used)
        ]
        if found:
            found.sort(key=lambda line: -len(wanted & line.counts.keys()))
            return tuple(line.text for line in found)
    return ()


# A favourite or a superlative of the persona's own life and work ("what's ur favorite element",
# "the weirdest animal u saw on the beagle", "which of your discoveries are you proudest of",
# "the hardest part of isolating radium"): answered from a line of its life that names the
# thing asked about and says it is the favourite (the strangest, the hardest), never owned up
# to as a question outside its notebooks. What the question calls the best, and the words a
# line says it in:
BEST_SAID = {
    "favourite": r"favou?rite|above all|dearest|happiest|"
    r"(?:love|loved|like|liked) \w+ (?:best|most)",
    "proud": r"proud\w*|pride",
    "great": r"greatest|most important",
    "strange": r"strangest|oddest|weirdest|queerest|surprised me most|most (?:curious|"
    r"extraordinary|remarkable|surprising|astonishing|wonderful|bizarre)",
    "hard": r"hardest|toughest|most difficult",
    "happy": r"happiest|best day",
}
BEST_LINE = {
    family: folded(rf"\b(?:{said})\b", re.IGNORECASE) for family, said in BEST_SAID.items()
}
# "best" alone is a favourite only beside the thing ("Berlin had the best physicists").
BARE_BEST = folded(r"\bbest\b", re.IGNORECASE)
_SUPERLATIVE = (
    r"favou?rite|fave|fav|best|top|greatest|biggest|proudest|weirdest|strangest|oddest|craziest|"
    r"coolest|wildest|hardest|toughest|trickiest|worst|happiest|most (?:proud|difficult|important|"
    r"unusual|bizarre|surprising|interesting|amazing|fascinating|exciting|remarkable|curious|"
    r"extraordinary)"
)
BEST_ASKED = {
    "favourite": (r"favou?rite|fave|fav|top", ("favourite", "best")),
    "best": (r"best", ("favourite", "best")),
    "proud": (r"proudest|most proud|proud", ("proud", "great")),
    "great": (r"greatest|biggest|most important", ("great", "proud")),
    "strange": (
        r"weirdest|strangest|oddest|craziest|wildest|most (?:unusual|bizarre|surprising|"
        r"remarkable|curious|extraordinary)",
        ("strange",),
    ),
    # "the most interesting experiment you ever did": the strangest, or its favourite.
    "interesting": (
        r"coolest|most (?:interesting|amazing|fascinating|exciting)",
        ("strange", "favourite", "best"),
    ),
    "hard": (r"hardest|toughest|trickiest|worst|most difficult", ("hard",)),
    "happy": (r"happiest", ("happy",)),
}
_YOUR = r"(?:your|ur|yr)(?: own| very| all[- ]time| personal| absolute)?"
_THING = r"(?P<thing>[a-z][\w'-]*(?: [a-z][\w'-]*)?)"
_YOU_DID = (
    r"(?:you|u)(?:'ve| have| had|ve)? (?:ever |personally |actually )?(?:saw|seen|wrote|written|"
    r"made|did|done|met|found|drew|taught|ate|read|heard|knew|built|gave|played|sang|discovered|"
    r"invented|came|went|visited|studied|got|had|created|designed|tried|worked|[a-z]{3,}ed)\b"
)
_LIKED = (
    r"(?:proudest|most proud|proud|like best|like most|love best|love most|liked best|"
    r"liked most|loved best|loved most|prefer|enjoy\w* most|rate highest)"
)
# How a superlative of its own is asked, each form named.
BEST_FORMS = {
    name: folded(form, re.IGNORECASE)
    for name, form in (
        # "the hardest part of isolating radium", "your favourite thing about the globe"
        (
            "part",
            rf"\b(?P<sup>{_SUPERLATIVE}) (?:part|bit|thing|stage|step|aspect)s? (?:of|about|in|"
            r"during|on) (?P<of>[^?.!,;:]+)",
        ),
        # "what's ur favorite element", "your proudest discovery", "ur fave character"
        ("your", rf"\b{_YOUR} (?P<sup>{_SUPERLATIVE}) {_THING}"),
        # "the favourite of your plays", "best of all your ideas", "ur fave of all numbers"
        (
            "among",
            rf"\b(?P<sup>{_SUPERLATIVE}) (?:one )?(?:of|among) (?:all )?"
            rf"(?:(?:your|ur|the|[a-z]+'s) )?(?:own )?{_THING}",
        ),
        # "the weirdest animal u saw on the beagle", "favourite character you wrote"
        ("done", rf"\b(?P<sup>{_SUPERLATIVE}) {_THING} (?:that |which |who )?{_YOU_DID}"),
        # "of everything on the beagle what was the weirdest animal": its past, asked
        ("past", rf"\bwhat (?:was|were) the (?P<sup>{_SUPERLATIVE}) {_THING}"),
        # "whats the proudest discovery of your career"
        (
            "of your",
            rf"\b(?P<sup>{_SUPERLATIVE}) {_THING} (?:of|in|from|during) (?:all )?(?:your|ur) ",
        ),
        # "got a favourite number?", "any fave barnacle?"
        (
            "got",
            r"^\W*(?:(?:do|did) )?(?:(?:you|u) )?(?:have|got|any)(?: an?| one)? "
            rf"(?P<sup>favou?rite|fave|fav)s? {_THING}",
        ),
        # "do you have a favourite barnacle", "if you had to pick a favourite element"
        (
            "have",
            rf"\b(?:you|u)(?: \w+){{0,3}} (?:have|had|pick|choose|name|got) (?:an?|one) "
            rf"(?P<sup>favou?rite|fave|fav) {_THING}",
        ),
        # "which of your discoveries are you proudest of", "which of plato's dialogues is ur fave"
        (
            "which of",
            rf"\bwhich (?:one |ones )?of (?:your|ur|yr|[a-z]+'s) (?:own )?(?P<thing>[a-z][\w'-]*) "
            rf"(?:are|r|were|do|did|would|is|was) (?:you|u|your|ur) (?:\w+ )?(?P<sup>{_LIKED}|"
            r"favou?rite|fave|fav|best)",
        ),
        # "which discovery are you proudest of", "which play is your favourite"
        (
            "which liked",
            rf"\bwhich (?P<thing>[a-z][\w'-]*)(?: of (?:yours|urs))? (?:are|r|were|do|did) "
            rf"(?:you|u) (?:\w+ )?(?P<sup>{_LIKED})",
        ),
        (
            "which is",
            r"\bwhich (?P<thing>[a-z][\w'-]*)(?: of (?:yours|urs))? (?:is|was|'s) (?:your|ur) "
            r"(?P<sup>favou?rite|fave|fav)",
        ),
        # "who's the character of yours you like best"
        (
            "of yours",
            rf"\b(?P<thing>[a-z][\w'-]*) of (?:yours|urs|your own|ur own) (?:that |which )?"
            rf"(?:you|u) (?:\w+ )?(?P<sup>{_LIKED})",
        ),
        # "out of all the elements which is ur fav"
        (
            "out of",
            r"\b(?:of|out of|from) (?:all )?(?:the |your |ur )?(?P<thing>[a-z][\w'-]*),? which "
            r"(?:one )?(?:is|was|'s|are|were) (?:your|ur) (?P<sup>favou?rite|fave|fav)",
        ),
        # "fave animal?", said bare
        ("bare", r"^\W*(?P<sup>favou?rite|fave|fav) (?P<thing>[a-z][\w'-]*)\W*$"),
    )
}
SUPERLATIVE_WORDS = frozenset(
    stem(w)
    for w in re.findall(r"[a-z]+", " ".join([_SUPERLATIVE, *(p for p, _ in BEST_ASKED.values())]))
)
# Words after the superlative that end the thing ("favourite play of yours", "weirdest animal u
# saw"), and things that are no thing of a life ("your best guess", "your top tip").
_THING_END = (
    "of you u and or that which who ever in on at to from for is was are were so tho though lol "
    "haha why if but then i me my would could should"
)
THING_END = frozenset(_THING_END.split())
NO_THING = frozenset(
    terms("guess bet tip tips advice way shot option recommendation pick answer suggestion")
)
# A thing with no name of its own ("your favourite thing"), or a time of life: own_ways' subjects
# ("the happiest day of your life", "the toughest thing you've been through").
PLACEHOLDER_THINGS = frozenset(
    terms("thing part bit one moment day time year years memory period stage step aspect")
)
# "your favourite kind of barnacle" is a barnacle.
KIND_OF = re.compile(
    r"^(?:kind|sort|type|species|bit|piece|one|ones)s? of (?:all )?(?:the |your |ur )?"
)
# A thing named in other words, either way round: "favourite creature" finds a line on "a
# favourite animal", a "pupil" the young men who were no "students".
_KIN = """
animal: creature beast
idea: thought concept
discovery: discover discovered found
invention: invent invented machine
equation: formula
play: plays drama
character: part role
student: pupil pupils follower disciple
"""
KIN: dict[str, frozenset[str]] = {}
for _word, _said in (line.split(":") for line in _KIN.strip().splitlines()):
    _kins = {stem(_word), *(stem(w) for w in _said.split())}
    for _one in _kins:
        KIN[_one] = KIN.get(_one, frozenset()) | (_kins - {_one})
# Doings that name no thing of a life: "the hardest part of writing hamlet" is of Hamlet.
_LIGHT_DOINGS = "writing making doing getting learning working starting being having"
LIGHT_DOINGS = frozenset(stem(w) for w in _LIGHT_DOINGS.split())
YOU = re.compile(r"\b(?:you|u|your|ur|yours)\b")
# A part of something asked about, of the persona or as a question ("what was the hardest part
# of relativity", "hardest part of your trial?"), not told ("the best part of winter is ...").
ASKED_PART = re.compile(r"\b(?:you|u|your|ur|yours)\b|\?|^\W*(?:what|whats|which)\b")


def _stems(text: str) -> frozenset[str]:
    """The stems of the words of `text` that name something: `terms`, but "notes" is a note."""
    return frozenset(
        stem(w) for w in WORD.findall(text.lower()) if w not in STOPWORDS and len(w) > 2
    )


def best_asked(text: str) -> tuple[tuple[str, ...], frozenset[str], bool] | None:
    """The superlative `text` asks of the persona's own life or work: the families of words a
    line says it in (`BEST_SAID`), the thing it is about (its stems), and whether any one of
    them will do (a part of something: "the hardest part of writing the notes"); None when it
    asks none."""
    lowered = text.lower().replace("’", "'")
    for name, form in BEST_FORMS.items():
        match = form.search(lowered)
        if not match:
            continue
        asked = match.group("sup")
        families = next(
            (said for pattern, said in BEST_ASKED.values() if re.fullmatch(pattern, asked)),
            ("favourite",),
        )
        if name == "part":
            if not ASKED_PART.search(lowered):
                continue  # "hot take: christmas jumpers are the best part of winter" tells
            things = _stems(match.group("of")) - PLACEHOLDER_THINGS
            things = (things - LIGHT_DOINGS) or things
            if things:
                return families, things, True
            continue
        said = []
        for word in re.findall(r"[a-z][\w'-]*", KIND_OF.sub("", lowered[match.start("thing") :])):
            if word in THING_END or len(said) == 2:
                break
            said.append(word)
        things = _stems(" ".join(said))
        if name == "among" and not YOU.search(lowered):
            continue  # "the best of all the elements for a battery" asks nothing of its own
        if name == "done" and things <= PLACEHOLDER_THINGS:
            # "the strangest thing you saw on the voyage": a thing of the voyage, whatever it was
            things = _stems(lowered[match.end() :]) - SUPERLATIVE_WORDS - PLACEHOLDER_THINGS
            if things:
                return families, things, True
            continue
        if not things or things & PLACEHOLDER_THINGS or things & NO_THING:
            continue
        return families, things, False
    return None


# A line of the persona's own life says "I" or "my".
OWN_LINE = re.compile(r"\b(?:I|my|me|mine)\b")


def _said_key(line: str) -> str:
    """How a line is known in what was said: its longest stretch of fixed words."""
    return fixed_words(line).lower()


def _word_at(line: str, offset: int) -> int:
    """The number of the word of `line` at character `offset`."""
    return len(WORD.findall(line[:offset].lower()))


def own_best(
    index: Index, text: str, used: tuple[str, ...] = (), also: str = ""
) -> tuple[tuple[str, bool, tuple[int, int, int, int]], ...]:
    """The persona's lines that answer `text`, a favourite or a superlative asked of its own
    life or work (`best_asked`): each names the thing and says it is the favourite (the
    strangest, the hardest), best first, as (line, whether a `#life` line, said whole, its
    score); none when it asks none or no line names the thing. `also`: more words to rank them
    by (a follow-up's "hamlet?"); a line already said (in `used`) is not said again."""
    asked = best_asked(text)
    if asked is None:
        return ()
    families, things, any_one = asked
    kin = {t: {t, *KIN.get(t, ())} for t in things}
    wanted = set().union(*kin.values())
    # Ranked by what else the question says ("on the beagle"), not by its superlative.
    ranking = (_stems(text) | _stems(also)) - wanted - SUPERLATIVE_WORDS
    lives = ((line, True) for line in index.tagged.get("life", ()))
    # A plain line of its own life ("If I had to choose a favourite animal it would be the
    # dog"), not one on people at large ("Cooking may be the greatest discovery humans made").
    plain = ((line.text, False) for line in index.lines if OWN_LINE.search(line.text))
    scored: dict[tuple[str, bool], tuple[int, int, int, int]] = {}
    for line, life in (*lives, *plain):
        if any(_said_key(line) in said.lower() for said in used):
            continue
        stems = [stem(w) for w in WORD.findall(line.lower())]
        named = [at for at, s in enumerate(stems) if s in wanted]
        if not named or not (any_one or all(kin[t] & set(stems) for t in things)):
            continue
        said = [
            _word_at(line, m.start())
            for family in families
            if family in BEST_LINE
            for m in BEST_LINE[family].finditer(line)
        ]
        # "best" alone, beside the thing ("The best villains of my plays are Iago").
        beside = [
            at
            for m in BARE_BEST.finditer(line)
            if "best" in families
            and any(abs((at := _word_at(line, m.start())) - i) <= 3 for i in named)
        ]
        if not said and not beside:
            continue
        distance = min(abs(at - i) for at in said or beside for i in named)
        scored[(line, life)] = (
            bool(said),  # "favourite", "strangest": more than a bare "best" beside the thing
            -min(distance // 4, 3),
            len(ranking & set(stems)),
            life,
        )
    ranked = sorted(scored.items(), key=lambda item: item[1], reverse=True)
    return tuple((line, life, score) for (line, life), score in ranked)


# "which of your characters would be the best chess player?", "which of ur plays is most like a
# soap opera": one of its own things named, from its `#among` lines on that kind of thing.
AMONG_ASKED = folded(
    r"\b(?:which|who|what) (?:one |ones )?(?:of|among) (?:all )?(?:your|ur|yr) (?:own )?"
    r"(?P<kind>[a-z]+)\b(?P<rest>.*)|"
    r"\bwhich (?:of )?(?:your|ur|yr) (?:own )?(?P<kind2>[a-z]+)\b(?P<rest2>.*)|"
    r"\bwhich (?P<kind3>[a-z]+)(?: of (?:yours|urs))? (?P<rest3>(?:would|could|might|will|is|was|"
    r"are|were|'d|'s)\b.*)",
    re.IGNORECASE,
)
# What it asks of the one named: to be the best at something, or the most like someone.
AMONG_WHAT = folded(
    r"\b(?:would|could|might|will|is|was|are|were|'d|'s)\b.*\b(?:best|most|better|worst|least|"
    r"likeliest|likely|like|win|survive|make)\b",
    re.IGNORECASE,
)
# Its own favourite ("which of your characters is your favourite") is its own line's to answer;
# one in a work named ("which of your characters in hamlet") is not any of its kind.
AMONG_NOT = folded(
    rf"\b(?:your|ur) (?:favou?rite|fave|fav)\b|\b(?:you|u) (?:\w+ )?{_LIKED}|^\s*(?:in|from)\b",
    re.IGNORECASE,
)


# Words of how an `#among` question asks, not of what it asks for.
AMONG_FILLERS = frozenset(
    """
    would could might will is was are were be the a an of at in most best better worst least
    like my me i you your ur to and or for make win who which what one
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
# The kinds of its things any question of them may be answered from ("characters", "villains").
AMONG_KINDS = frozenset(
    [
        "characters",
        "villains",
        "heroes",
        "heroines",
        "women",
        "men",
        "plays",
        "books",
        "works",
        "inventions",
    ]
)
# Asked for the worst of its own ("the worst parent", "most like my ex", "most evil").
AMONG_BAD = folded(
    r"\b(?:worst|least|evil\w*|cruel\w*|toxic|meanest|nastiest|baddest|villain\w*|liars?|"
    r"cheat\w*|ex|exes|enemy|enemies|annoying|awful|terrible|horrible|bad|selfish)\b",
    re.IGNORECASE,
)


def among_asked(text: str) -> str:
    """The kind of the persona's own things `text` asks which one of would be best at something
    or is most like someone ("characters"), or ""."""
    match = AMONG_ASKED.search(text.lower().replace("’", "'"))
    if not match:
        return ""
    kind = match.group("kind") or match.group("kind2") or match.group("kind3")
    rest = match.group("rest") or match.group("rest2") or match.group("rest3") or ""
    if AMONG_NOT.search(rest) or not AMONG_WHAT.search(rest):
        return ""
    return kind


def own_among(index: Index, text: str) -> tuple[str, ...]:
    """The persona's `#among` lines (as written, placeholders in, without the words before the
    colon) for one of its own things asked about in `text`, or none."""
    kind = among_asked(text)
    if not kind:
        return ()
    wanted = set(terms(kind))
    match = AMONG_ASKED.search(text.lower().replace("’", "'"))
    rest = (
        (match.group("rest") or match.group("rest2") or match.group("rest3") or "") if match else ""
    )
    # What it is asked to be ("the worst parent", "most like my ex"), as a line's kinds name
    # it ("parents", "exes") or its words say it.
    asked = {w for w in re.findall(r"[a-z']+", rest) if w not in AMONG_FILLERS}
    asked |= {w + "s" for w in asked} | {w + "es" for w in asked} | {w.rstrip("s") for w in asked}
    asked_terms = set(terms(" ".join(asked)))
    found, fitting, bad = [], [], []
    for line in index.tagged.get("among", ()):
        head, _, said = line.partition(":")
        if not (said.strip() and wanted & set(terms(head))):
            continue
        kinds = {k.strip() for k in head.split(",")} - {kind}
        if kinds & asked or (asked_terms & set(terms(said)) - wanted):
            fitting.append(said.strip())
        if kinds <= AMONG_KINDS:
            # One for a role of its own ("parents", "exes") only when that role is asked.
            found.append(said.strip())
        if "villains" in kinds:
            bad.append(said.strip())
    # A line naming what is asked answers it; asked for the worst of a kind, its villain does;
    # never a hero for "the worst parent" or "most like my ex".
    if fitting:
        return tuple(fitting)
    if AMONG_BAD.search(rest):
        return tuple(bad)
    return tuple(found)
