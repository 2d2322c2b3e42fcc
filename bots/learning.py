"""Two kinds of everyday question a persona outside its field once owned up to (refuse60):

- getting better at something: practice, focus, nerves, motivation, habits ("how does anyone
  actually get better at shooting", "is it just practice?", "how do you stay focused when
  revising", "any tips for nerves before a big match", "how do i make a habit stick"). Each
  persona has a view of these from its own life (Curie's four years of stirring pitchblende,
  Darwin's eight years of barnacles): its `#learn <subject>` line, never "that puzzles me";
- a practical everyday matter with an official or plain place to look it up (passports, visas,
  a driving licence, bin days, opening hours, train times, a luggage allowance): where to
  check, in its voice (its `#pointer` lines, {where} the place), never "you know as much as I",
  and never a rule or a figure of its own.

Health, law and money that need the facts of a case are neither (`_not_ours`): those stay owned
up to. `learning_asked(text)` gives the subject and the skill named; `pointer_asked(text)` the
place to check, or ""."""

from __future__ import annotations

import re

from bots.fold import folded

# A question, not news: "how", "any tips", "is it just", "what's the secret", a question mark.
_ASKED = folded(
    r"\?|\b(?:how|any tips?|tips (?:for|on)|advice|what'?s the (?:secret|trick|best way)|"
    r"best way|is it (?:just|all|only|really)|do you (?:reckon|think)|should i|ideas|"
    r"can (?:i|you|u|anyone|people|one|we)|or is it)\b",
    re.IGNORECASE,
)
# Of the persona's own past, answered from its life elsewhere ("how did you learn the violin").
_OWN_PAST = folded(
    r"\b(?:did|were|was|had) (?:you|u)\b|\bhave (?:you|u) ever\b|\bwhen (?:you|u) (?:were|was)\b",
    re.IGNORECASE,
)
# Health, law, money, and harm, and the troubles of pets and machines: never answered here
# (read by words, which is quicker than one pattern of them all).
_NOT_WORDS = frozenset(
    """meds doctor gp symptom symptoms pain anxiety drug drugs pill pills adhd weight calories
    jab jabs insurance tax taxes benefit benefits loan loans debt debts mortgage pension credit
    lawyer solicitor sue court legal illegal police fine fined asylum custody divorce alcohol
    drink drinking tablet tablets medicine medicines supplement supplements cbd propranolol dog
    dogs cat cats puppy puppies kitten kittens horse horses rabbit rabbits pet pets car cars
    engine battery phone laptop wifi boiler""".split()  # noqa: SIM905
)
_NOT_PREFIXES = (
    "medic",
    "depress",
    "addict",
    "smok",
    "vaping",
    "vape",
    "gambl",
    "therap",
    "diagnos",
    "prescri",
    "diet",
    "injur",
    "pregnan",
    "vaccin",
    "invest",
    "evict",
    "overstay",
    "deport",
)
_NOT_PHRASES = folded(
    r"panic attack|nerve damage|nervous system|trapped nerve|beta[- ]?blocker", re.IGNORECASE
)
_WORDS = re.compile(r"[a-z]+")


def _not_ours(text: str, words: list[str]) -> bool:
    """Whether `text` asks of health, law, money, harm, a pet or a machine (`_NOT_WORDS`)."""
    return any(w in _NOT_WORDS or w.startswith(_NOT_PREFIXES) for w in words) or bool(
        _NOT_PHRASES.search(text)
    )


# Words a question on getting better at something has one of (a quick look before the readers).
_LEARN_HINTS = (
    "nerv",
    "fright",
    "butterfl",
    "jitter",
    "bottle",
    "freez",
    "focus",
    "concentrat",
    "procrastinat",
    "distract",
    "checking",
    "habit",
    "routine",
    "consisten",
    "motivat",
    "going",
    "giv",
    "bother",
    "interest",
    "stick",
    "better",
    "good",
    "decent",
    "great",
    "quicker",
    "faster",
    "improv",
    "practi",
    "talent",
    "natural",
    "born",
    "either",
    "learn",
    "master",
    "pick",
    "long",
)
# And a practical matter with a place to check it.
_POINT_HINTS = (
    "passport",
    "schengen",
    "entry",
    "visa",
    "etias",
    "esta",
    "licen",
    "bin",
    "recycl",
    "parking",
    "council",
    "luggage",
    "baggage",
    "carry",
    "check",
    "boarding",
    "regist",
    "vote",
    "polling",
    "postal",
    "train",
    "rail",
    "bus",
    "timetable",
    "replacement",
    "open",
    "close",
    "shut",
    "hour",
    "time",
)

# subject: how a question names it
_ONE = r"(?:i|you|u|we|people|anyone|one|ya|ppl)"
LEARN_SUBJECTS = (
    (
        "nerves",
        rf"nerves|stage fright|butterflies|jitters|{_ONE}\s+(?:get|feel|am|are|'m|'re)\s+"
        r"(?:so\s+|really\s+|too\s+)?nervous|nervous (?:before|about|for)|less nervous|"
        r"(?:calm|steady) (?:my|your|the) nerves|bottle it|freeze up|freezing up",
    ),
    (
        "focus",
        r"(?:stay|staying|keep|keeping|be|get)\s+(?:more\s+)?(?:focus(?:s)?ed|on task)|"
        rf"(?:can'?t|cannot|hard to|trouble|struggle to|{_ONE})\s+(?:focus|concentrate)\b"
        r"(?!\s+(?:the|my|a|your)\s+(?:camera|lens|telescope|microscope|binoculars|eyes?))|"
        r"(?:my|your) (?:focus|concentration)|procrastinat\w*|(?:get|getting) distracted|"
        r"keep checking (?:my|the) phone",
    ),
    (
        "habit",
        r"(?:make|build|form|start|break|keep|kick|get into|stick to|stick with|create)\s+"
        r"(?:(?:a|the|new|good|better|this|that|my|healthy)\s+)*habits?|habits? stick|"
        r"make (?:[\w'-]+\s+){1,3}(?:a|into a) (?:daily\s+)?habit|(?:a|the) habit of|"
        r"(?:a|my|new|morning|evening|daily|study|revision|gym|exercise) routine|"
        rf"{_ONE} (?:stay|be|am|are|'m) consistent|consistency",
    ),
    (
        "motivation",
        rf"motivat\w*|(?:{_ONE}|to|myself|yourself)\s+keep(?:ing)?\s+going|keep at it|"
        rf"(?:{_ONE}|not|stop|never|from)\s+(?:give|giving) up|can'?t be bothered|"
        r"(?:lose|losing) interest|stick with it",
    ),
    (
        "practice",
        r"(?:get|getting|become|becoming|be|being)\s+(?:any\s+|much\s+|a lot\s+|way\s+|a bit\s+)?"
        r"(?:better|good|decent|great|quicker|faster)\s+at|improve (?:at|in)|"
        r"improve (?:my|your) (?:\w+\s+)?(?:skills?|game|technique|form|serve|swing|handwriting|"
        r"playing|drawing|writing|singing|cooking|running|swimming|times?|pace|french|spanish|"
        r"german|italian|maths|english)|"
        r"(?:just|all|only|mostly)\s+(?:about\s+)?practi[cs]e|practi[cs]e makes perfect|"
        r"talent|natural(?:ly)? (?:gifted|good)|born with it|either have it|"
        r"how (?:do|does|can|would|should) (?:i|you|u|anyone|people|one|we) "
        r"(?:learn|master|pick up)|"
        r"how long (?:does|will|would) it take to (?:learn|get good|get better|be good|master)|"
        r"best way to (?:learn|get better|improve)|learn\w* (?:faster|quicker|quickly)",
    ),
)
LEARN_SAID = tuple((subject, folded(rf"\b(?:{said})\b", re.I)) for subject, said in LEARN_SUBJECTS)
# The skill named: "better at shooting", "improve my serve", "learn the guitar".
SKILL = folded(
    r"\b(?:better|good|decent|great|quicker|faster)\s+at\s+(?P<a>[a-z][\w' -]{1,30})|"
    r"\bimprove\s+(?:at\s+|in\s+)?(?:my\s+|your\s+|our\s+)?(?P<b>[a-z][\w' -]{1,30})|"
    r"\b(?:learn|learning|master|pick up)\s+(?:to\s+(?:play\s+)?)?(?P<c>[a-z][\w' -]{1,30})",
    re.IGNORECASE,
)
_SKILL_END = folded(
    r"\s*(?:$|[?.,!;:()-]|\b(?:is|it|its|it's|and|but|or|i|im|i'm|if|fast|faster|quick|quickly|"
    r"properly|lol|haha|pls|please|when|without|so|because|cos|then|any|now|these|this|every)\b)",
    re.IGNORECASE,
)
_NO_SKILL = folded(r"^(?:it|this|that|things?|stuff|anything|something|them|lines)$", re.I)


def learning_asked(text: str) -> tuple[str, str]:
    """The subject (`LEARN_SUBJECTS`) a question on getting better at something asks about, and
    the skill it names ("shooting", "the guitar") or ""; ("", "") for none, for news ("i'm
    getting better at chess"), for the persona's own past, and for health, law or money."""
    words = _WORDS.findall(text.lower())
    if not any(w.startswith(_LEARN_HINTS) for w in words):
        return "", ""
    if not _ASKED.search(text) or _OWN_PAST.search(text) or _not_ours(text, words):
        return "", ""
    subject = next((subject for subject, said in LEARN_SAID if said.search(text)), "")
    if not subject:
        return "", ""
    found = SKILL.search(text)
    skill = ""
    if found:
        said = next(g for g in found.groups() if g is not None)
        skill = _SKILL_END.split(said, maxsplit=1)[0].strip().lower()
        skill = re.sub(r"^(?:my|your|our)\s+", "", skill)
        skill = "" if _NO_SKILL.match(skill) or len(skill.split()) > 3 else skill
    return subject, skill


# What is looked up, and where: (how it is named, where to check). The place is said, never the
# rule it gives.
POINTERS = (
    (
        "travel",
        r"passports?|schengen|entry requirements?",
        "the official government passport pages, and the entry rules of where you are going, "
        "which have it as it stands today",
    ),
    (
        "travel",
        r"visas?|etias|esta",
        "the official visa page of the country you are visiting (its government or embassy "
        "site), which has the rule as it stands today",
    ),
    (
        "any",
        r"driving licen[cs]e|provisional licen[cs]e|licen[cs]e renewal|"
        r"renew (?:my|your) licen[cs]e",
        "the official government page on driving licences, which has the current form and fee",
    ),
    (
        "any",
        r"bin days?|bins? (?:day|collection|go out)|recycling (?:day|collection)|"
        r"parking permits?|council",
        "your council's website, which has it for your own street",
    ),
    (
        "any",
        r"luggage|baggage|hand luggage|carry[- ]on|check[- ]in|boarding pass",
        "the airline's own website, under your booking, which has your allowance exactly",
    ),
    (
        "any",
        r"register to vote|polling stations?|postal vote",
        "the official government page on voting, or your council's website",
    ),
    (
        "any",
        r"train times?|trains? (?:are |is )?(?:running|on strike|cancelled|delayed)|"
        r"rail strikes?|trains?\b[^.?!]{0,30}\bstrikes?|"
        r"bus times?|timetables?|replacement bus(?:es)?",
        "the operator's own site or a journey planner app, which has the live times",
    ),
)
_HOURS = folded(
    r"\b(?:what time|when|till when|until when|how late|opening hours|open(?:ing)? times?|"
    r"is (?:it|the \w+) open)\b[^.?!]{0,40}?\b(?:open|opens|close|closes|shut|shuts|"
    r"open till|hours|times?)\b|\bopening hours\b|\bopen on (?:sundays?|bank holidays?)\b",
    re.IGNORECASE,
)
# A place with opening hours, asked whether it is open: "is the museum open on mondays".
_PLACES = (
    r"museum|library|shop|store|tip|dump|recycling centre|post office|bank|pharmacy|chemist|"
    r"gym|pool|leisure centre|cafe|caf\u00e9|pub|restaurant|supermarket|tesco|sainsbury'?s|"
    r"asda|aldi|lidl|morrisons|co-?op|market|gallery|zoo|garden centre|castle|cinema|"
    r"council offices?|"
    r"surgery|vets?|hairdressers?|barbers?|launderette|petrol station|b&q|ikea|argos"
)
_OPEN_ASKED = folded(
    rf"\b(?:is|are|will|does|do)\s+(?:the\s+|our\s+|my\s+|your\s+)?(?:local\s+|nearest\s+|big\s+)?"
    rf"(?:{_PLACES})\b(?:\s+\w+){{0,2}}?\s+(?:be\s+)?(?:open|shut|closed)\b|"
    # "do you know if the museum is open on mondays", "whether the tip's shut today"
    rf"\b(?:the|our|my)\s+(?:local\s+|nearest\s+)?(?:{_PLACES})(?:'s|\s+(?:is|are|will be))\s+"
    r"(?:\w+\s+)?(?:open|shut|closed)\b",
    re.IGNORECASE,
)
_HOURS_WHERE = (
    "its own website, or its listing on a map app, which keeps the opening hours up to date"
)
# Asked of a place to look, or of a rule to know: "do you know anything about passports", "is
# that ok for schengen", "do i need a visa", "how do i renew", "what time does it shut".
_POINT_ASKED = folded(
    r"\?|\b(?:do you know|does anyone know|anyone know|know anything|how do (?:i|we|you)|"
    r"do (?:i|we) need|where do (?:i|we)|is (?:that|it|this) ok|is (?:that|it) enough|"
    r"what time|when is|when do|how long|can (?:i|we))\b",
    re.IGNORECASE,
)
POINTER_SAID = tuple(
    (kind, folded(rf"\b(?:{said})\b", re.I), where) for kind, said, where in POINTERS
)


def pointer_asked(text: str) -> tuple[str, str]:
    """Where to check the practical everyday matter `text` asks about (the kind of its
    `#pointer` lines, "travel" or "any"; and the place), or ("", ""): not asked, health, law or
    money, or nothing with a plain place to look it up."""
    words = _WORDS.findall(text.lower())
    if not any(w.startswith(_POINT_HINTS) for w in words):
        return "", ""
    if not _POINT_ASKED.search(text) or _not_ours(text, words) or _OWN_PAST.search(text):
        return "", ""
    for kind, said, where in POINTER_SAID:
        if said.search(text):
            return kind, where
    if _HOURS.search(text) or _OPEN_ASKED.search(text):
        return "any", _HOURS_WHERE
    return "", ""
