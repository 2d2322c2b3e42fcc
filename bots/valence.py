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

# Life events and mishaps, rated on VADER's scale: about -2.5 for what warrants real sympathy,
# about -1 for the small annoyances of a day, +2 for news to congratulate.
EVENTS = {
    # grave
    "hospital": -2.4, "hospitalised": -2.6, "hospitalized": -2.6, "fever": -2.4, "flu": -2.0,
    "covid": -2.0, "cancer": -3.0, "diagnosed": -1.6, "surgery": -1.6, "funeral": -2.8,
    "redundant": -2.6, "burgled": -2.6, "flooded": -2.4, "missing": -2.4, "divorce": -2.4,
    "euthanised": -3.0, "evicted": -2.6, "unemployed": -2.2, "injured": -2.2, "bedridden": -2.4,
    "vanished": -2.2, "gutted": -2.6, "heartbroken": -3.0,
    "depressed": -2.8, "anxious": -1.8,
    # small annoyances
    "spilled": -1.1, "spilt": -1.1, "burnt": -1.1, "burned": -1.1, "forgot": -0.9,
    "jammed": -1.0, "stubbed": -0.9, "late": -0.8, "delayed": -1.0, "drilling": -0.8,
    "dropping": -0.8, "ouch": -0.8, "cracked": -1.2, "crashed": -1.4, "poured": -0.6,
    "soaked": -1.0, "overslept": -1.0, "traffic": -0.6, "queue": -0.4, "noisy": -0.9,
    "leaking": -1.2, "hangover": -1.2, "locked": -0.7,
    "toothache": -1.4, "headache": -1.4, "cold": -0.3, "snoring": -0.8, "barking": -0.8,
    "sleepless": -0.7, "missed": -1.2, "escaped": -1.2,
    # good events
    "graduated": 2.6, "pregnant": 2.2, "expecting": 1.2, "hired": 2.2, "licence": 0.8,
    "license": 0.8, "raise": 1.4, "promotion": 2.2, "finally": 0.9, "marathon": 0.8,
    "birthday": 1.6, "engaged": 2.4, "married": 2.2, "wedding": 2.0, "newborn": 2.4,
    "passed": 1.4,
}  # fmt: skip
# Idioms VADER would read word by word, said as it can read them.
IDIOMS = (
    (re.compile(r"\bpass(ed|es)? away\b", re.I), "died"),
    (re.compile(r"\b(had|have) to be put down\b|\bput (him|her|it) down\b", re.I), "euthanised"),
    (re.compile(r"\blaid off\b|\blet go\b|\blost (my|his|her|our) job\b", re.I), "unemployed"),
    (re.compile(r"\bbroke into\b|\bbroken into\b", re.I), "burgled"),
    (re.compile(r"\bbroke up\b|\bsplit up\b", re.I), "separated sad"),
    (re.compile(r"\b(killing|kill|wasting|waste) (some |a bit of |a few minutes|time)", re.I), ""),
    (re.compile(r"\bcan'?t find\b|\bcouldn'?t find\b", re.I), "missed"),
    (re.compile(r"\bcan'?t sleep\b|\bcouldn'?t sleep\b", re.I), "sleepless"),
    (re.compile(r"\blocked (myself|ourselves) out\b", re.I), "locked"),
    (re.compile(r"\bran out of\b", re.I), "missed"),
    # Woken at night: the hour is the complaint ("drums at 2am").
    (re.compile(r"\bat [1-5] ?(am|a\.m\.)|\bmiddle of the night\b|\ball night\b", re.I), "annoyed"),
    (re.compile(r"\bdidn'?t get (in|into|the)\b|\bturned down\b", re.I), "rejected"),
    (re.compile(r"\bmoving (away|abroad|to)\b.*\bfor good\b", re.I), "miss sad"),
    # A phone or a laptop that "died" is a small annoyance, not a death.
    (
        re.compile(r"\b(phone|battery|laptop|computer|charger|car|tablet) (died|is dead)\b", re.I),
        "annoying",
    ),
    (re.compile(r"\bdead in here\b|\bdead quiet\b", re.I), "quiet"),
    (re.compile(r"\bfair (enough|point)\b|\bcan'?t argue\b", re.I), "okay"),
)
# Grave life events, matched as phrases (a bare "low", "closing" or "fall" says nothing alone):
# health scares, a death, a breakup, a job lost, an accident. Told as news, they need real
# sympathy whatever else the message says ("i'm ok but shaken", "still can't believe it").
GRAVE_EVENT = re.compile(
    r"\b(lump|biopsy|biopsies|tumou?r|cancer|chemo\w*|(had|having|suffered) a (stroke|seizure|"
    r"heart attack|miscarriage)|heart attack|miscarriage|diagnosed|intensive care|icu|a ?& ?e|"
    r"ambulance|(in|to|at) (the )?hospital|hospitali[sz]ed|(more|further) tests|scan (results|"
    r"came back)|(found|find|spotted) a (lump|mass|growth|shadow)|"
    r"(?<!phone )(?<!battery )(?<!laptop )(?<!computer )(?<!car )died|passed away|passed on|"
    r"funeral|lost (my|our|his|her) (mum|mom|mother|dad|"
    r"father|gran\w*|grand\w*|brother|sister|son|daughter|wife|husband|partner|friend|baby|dog|"
    r"cat)|put (him|her|it) down|(had|has) to be put down|"
    r"broke up|breaking up|break-?up|splitting up|split up|divorc\w*|dumped me|got dumped|"
    r"(are|we're|they're|were|have|just|recently) separat(ed|ing)|"
    r"(left|cheated on) me|"
    r"laid off|let go|lost (my|his|her|our) jobs?|(got|been|was|were) (fired|sacked)|"
    r"made redundant|redundan\w+|"
    r"(car|bike|road|bad|serious) (accident|crash)|(an|in an|had an) accident|"
    r"hit by a (car|bus|lorry|truck|van|bike|train)|(ran|run) over|broke (my|his|her) (leg|arm|"
    r"wrist|ankle|hip|back|neck)|(had|took) a (bad |nasty )?fall|after a fall|"
    r"feeling (really |so |very |pretty |quite )?(low|down)|been (really |so |very )?low|"
    r"(at|to) the vets?'?s?|(isn'?t|is not|not|stopped|hasn'?t been|won'?t stop) eating"
    r"(?! (meat|sugar|carbs|gluten|dairy|out))|(went|gone|is) missing|(had|has) (a|another) fall|"
    r"(gran|nan|nana|grandma|grandad|granddad|grandpa|mum|mom|dad|father|mother) fell|"
    r"(is|are) (closing|shutting) (down|for good|next|at the end|in)|closing down|shutting down)\b",
    re.IGNORECASE,
)
# Good events that the lexicon may rate neutral: with no bad word beside them, good news.
GOOD_EVENT = re.compile(
    r"\b(got (a|an|the|my|into|in|engaged|married|promoted|hired)|new job|won|promoted|"
    r"graduated|accepted|adopted|pregnant|expecting|engaged|(my|our) first|for the first time|"
    r"signed|bought (a|our|my)|finished|passed (my|the|our)|a raise|we did it|made it|"
    r"paid off|paying off|had (a|her|his|their|the) (baby|babies|twins|triplets)|had twins|"
    r"gave birth|is born|was born|(new|baby) (nephew|niece|grandchild|grandson|granddaughter)|"
    # An offer, a place or a friend on the way: good news however it is told.
    r"came through|got in(?! late)|(offer|place|visa|loan|mortgage) (came|went) through|"
    r"(i|we) start (on )?(monday|tuesday|wednesday|thursday|friday|tomorrow|next)|"
    r"start(ing)? (my|the|a) new|coming (to|over to|down to|up to) (visit|stay|see)|"
    r"(is|are|'re|'s) visiting|(come|coming) home (for|this|next)|haven'?t seen (her|him|them)|"
    r"said yes|aced|nailed (it|the)|got a first|(got|have) (a|the) (keys|offer|part|role)|"
    r"first (place|prize|steps|words|tooth)|took (his|her|their) first)\b",
    re.IGNORECASE,
)

# Words of disbelief that, beside a good event, are delight ("no way", "still in shock").
DISBELIEF = re.compile(
    r"\b(no way|(still )?in shock|(still )?can'?t believe( it)?|cannot believe( it)?|unreal|"
    r"speechless|pinch me|shaking|(i'?m |am |literally )?(crying|dead|dying|screaming)|"
    r"(happy )?tears|omg|sick|insane|mental|wild|unbelievable|"
    r"(i )?(could|want to|wanna|gonna) (cry|scream|die)|freaking out|losing my mind)\b|"
    r"[\U0001F62D\U0001F480\U0001F979\U0001F972\U0001F631]",
    re.IGNORECASE,
)
# Said of a small matter, the same words are a sigh: "so slow i want to cry", "kill me now".
HYPERBOLE = re.compile(
    r"\b((i )?(could|want to|wanna|gonna|going to|about to) (cry|scream|die)|kill me( now)?|"
    r"i'?m (dying|dead)|send help|end me|the worst)\b|[\U0001F62D\U0001F480\U0001F643]",
    re.IGNORECASE,
)
# Small matters of a day, whatever words they are told in: never more than a wry word.
SMALL_MATTER = re.compile(
    r"\b(wi-?fi|internet|signal|bus|train|tram|coffee|tea|toast|leftovers|lunch|dinner|milk|"
    r"keys|phone|laptop|printer|charger|battery|queue|traffic|parking|rain|flatmate|roommate|"
    r"housemate|neighbou?rs?|alarm|umbrella|socks|homework|essay|deadline|monday|printer|"
    r"update|password|autocorrect|parcel|delivery|hair|shoes?|flight|airport|plane|exam|"
    r"screen|cancelled|canceled)\b",
    re.IGNORECASE,
)
# Somebody's things taken or eaten: "flatmate ate my leftovers again".
PILFERED = re.compile(
    r"\b(ate|eaten|nicked|stole|stolen|pinched|finished off|used up) (all )?(my|our)\b", re.I
)
# A question asked: a "?", or a clause that opens as questions do ("ok dumb question but why
# ...", "was it hard being ...", "my gran told me of it, how did those work").
QUESTION = re.compile(
    r"\?|\b(dumb|stupid|silly|quick|random|genuine|honest|serious) question\b|\bi wonder\b|"
    r"(^|[,;:.!]\s*|\bbut\s+|\bso\s+)(why|how|what|where|who|which)\s(?!an?\b)"
    # "why does this always happen to me" asks nothing: it sighs.
    r"(?!me\b|does this|do these|is it always|does it always|do i always)|"
    r"(^|[,;:.!]\s*|\bbut\s+)(is|are|was|were|do|does|did|can|could|would|will|should|has|have)\s"
    r"(it|this|that|there|you|u|i|we|they|he|she|anyone|anybody|the|a|an|your|his|her|their)\b|"
    r"(^|[,;:.!]\s*)(is|are)\s\w+ing\b|^\W*(is|are|do|does|can|could|should|would|will)\s",
    re.IGNORECASE,
)
FIRST_PERSON = re.compile(r"\b(i|i'm|im|i've|we|we're|my|our|me|us)\b", re.IGNORECASE)
REPORTED = re.compile(
    r"\b(said|says|told|tells|read|heard|saw|watched|learn(ed|t)|taught|reckons|thinks)\b", re.I
)
# A worry for someone's health or safety, still unfolding.
WORRY = re.compile(
    r"\b(hospital\w*|ambulance|a ?& ?e|icu|intensive care|stroke|heart attack|seizure|tests|"
    r"scan|biopsy|lump|tumou?r|mass|growth|vets?'?s?|eating|missing|fall|fell|accident|crash|"
    r"hit by|ran over|run over|broke (my|his|her) \w+|surgery|operation|fever|flu|covid|"
    r"chemo\w*)\b",
    re.IGNORECASE,
)
# Joy that is nobody's achievement: someone dear coming, a reunion.
VISIT = re.compile(
    r"\b(visit(ing)?|coming (to|over|home|down|up|round)|come (home|over|to stay)|"
    r"stay(ing)? (with|over)|haven'?t seen|reunion|see (her|him|them) again)\b",
    re.IGNORECASE,
)
# The deaths and losses among grave news, for condolence; the rest (a hospital, a fall, a scan,
# a cat at the vet) is a worry, for concern: no one has died, and "grieve" would presume it.
LOSS = re.compile(
    r"\b((?<!phone )(?<!battery )(?<!laptop )(?<!computer )(?<!car )died|passed away|passed on|"
    r"funeral|lost (my|our|his|her) \w+|put (him|her|it) down|(had|has) to be put down|"
    r"broke up|breaking up|break-?up|splitting up|split up|divorc\w*|dumped me|got dumped|"
    r"separat(ed|ing)|(left|cheated on) me|laid off|let go|(fired|sacked)|redundan\w+|"
    r"closing down|shutting down|(is|are) (closing|shutting))\b",
    re.IGNORECASE,
)

# Where the warmth changes, on VADER's compound score (-1 to 1).
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


def told(text: str) -> str:
    """What `text` tells, its questions aside: "my dad is in hospital, what should I do?" tells
    "my dad is in hospital"; "ok dumb question but why is the sky dark" tells nothing."""
    if not QUESTION.search(text):
        return text
    clauses = re.split(r"(?<=[,;:.!?])\s+|\s+(?=\b(?:but|so)\b)", text)
    kept = [c for c in clauses if not QUESTION.search(c.strip())]
    return " ".join(kept)


def is_news(text: str) -> bool:
    """Whether `text` tells of something that happened, to the speaker or someone close, rather
    than asking: a question is news only when, beside it, a life event is told."""
    said = told(text)
    if said == text:
        return True
    if GRAVE_EVENT.search(said) or GOOD_EVENT.search(said) or PILFERED.search(said):
        return True
    # "i failed my exam, what do i do": a mishap of one's own, not one heard of ("my teacher
    # said the war ...").
    if not FIRST_PERSON.search(said) or REPORTED.search(said):
        return False
    lexicon = _analyzer().lexicon
    return any(lexicon.get(w, 0) <= -1.5 for w in re.findall(r"[a-z']+", said.lower()))


def valence(text: str) -> float:
    """How good (up to 1) or bad (down to -1) what `text` tells is, as a reply should take it.
    A question tells nothing, whatever its words ("is it really hard", "why are there still
    apes"), unless a life event is told beside it."""
    if not is_news(text):
        return 0.0
    text = told(text) or text
    if GRAVE_EVENT.search(text):
        return -0.8
    for pattern, said in IDIOMS:
        text = pattern.sub(said, text)
    # "finished off my milk" is no achievement.
    good_event = bool(GOOD_EVENT.search(text)) and not PILFERED.search(text)
    small = False
    if good_event:
        # "got into uni!! no way", "offer came through 😭😭 happy tears", "i could scream":
        # disbelief and tears at good news are delight.
        text = DISBELIEF.sub(" ", text)
    else:
        # "so slow i want to cry", "ate my leftovers again 🙃": a sigh at a small matter.
        # A burglary is no small matter for the laptop taken in it.
        lexicon = _analyzer().lexicon
        heavy = any(lexicon.get(w, 0) <= -2.0 for w in re.findall(r"[a-z']+", text.lower()))
        small = bool(
            PILFERED.search(text)
            or HYPERBOLE.search(text)
            or (SMALL_MATTER.search(text) and not heavy)
        )
        text = HYPERBOLE.sub(" annoyed ", PILFERED.sub(" annoyed ", text))
    scores = _analyzer().polarity_scores(text)
    if small and scores["compound"] < -0.05:
        # Never sympathy as for a bad day: a wry word is what a small matter asks.
        return max(scores["compound"], GRAVE + 0.1)
    compound = scores["compound"]
    if scores["neg"] and scores["pos"] and not good_event:
        # A mishap with a cheerful word ("brilliant start to the day") or beside a dear one
        # ("my best friend is moving away") is told for the mishap: it is what the reply
        # answers, as much as it weighs alone.
        return _analyzer(negative_only=True).polarity_scores(text)["compound"]
    if good_event and not scores["neg"]:
        return max(compound, GOOD)
    # Cheerful words alone ("glad it's Friday", "haha") are no news to congratulate.
    return compound if compound < GOOD else min(compound, GOOD - 0.01)


def grave_kind(text: str) -> str:
    """For grave news, what the reply offers: "condolence" for a death or a loss (a breakup, a
    lost job), "concern" for a worry still unfolding (a hospital, a fall, tests, a sick pet),
    "sympathy" for a day that went badly with no such event."""
    if LOSS.search(text):
        return "condolence"
    if WORRY.search(text):
        return "concern"
    return "condolence" if GRAVE_EVENT.search(text) else "sympathy"


def good_kind(text: str) -> str:
    """For good news, what the reply offers: "glad" (joy shared) for a friend visiting or a
    reunion, which is nobody's achievement; "congrats" for the rest."""
    return "glad" if VISIT.search(text) else "congrats"


def mood(text: str) -> str:
    """The reply's warmth for `text`: "grave" (sympathy), "rueful" (a small annoyance), "good"
    (congratulations) or "neutral"."""
    score = valence(text)
    if score <= GRAVE:
        return "grave"
    if score < RUEFUL:
        return "rueful"
    if score >= GOOD:
        return "good"
    return "neutral"
