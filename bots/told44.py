"""News told to a persona by name, and questions put to it about another person (told44).

Two kinds of message a persona named in it had met with a line that missed:

- News or a story told to it ("@darwin my pigeons keep multiplying on the balcony", "@curie my
  grandma is having radiation therapy"): it had got a bare prompt ("Do tell me more") or a
  line of its own life that misread the news. A line here engages the thing said, from the
  persona's own life or field, briefly; only news it has something of its own to say on is
  met (`TOLD`), never a question.
- A question about another person ("curie how did ada lovelace die", "@einstein what was
  darwin like"): it had got its own death, or a stock line. A line here answers of the person
  asked of (`PEOPLE`); one born after the persona died (or a child then) is owned up to in its
  own words (`AFTER`), never guessed at.

`told(slug, message)` gives the line (with "{name}" for whom it answers) or "".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# How each persona is named when a message is put to it: at the start ("curie, ...",
# "hey @darwin ..."), or as an @mention anywhere.
_CALLED = {
    "einstein": r"albert\s+einstein|einstein|albert",
    "shakespeare": r"william\s+shakespeare|shakespeare|shakey",
    "curie": r"marie\s+curie|curie|marie",
    "lovelace": r"ada\s+lovelace|lovelace|ada",
    "socrates": "socrates",
    "darwin": r"charles\s+darwin|darwin",
    "aibot": r"aibot|ai\s+bot",
}
_TO = {
    slug: re.compile(
        rf"^\W*(?:(?:hey|hi|ok|okay|so|yo|oh|dear|mr|mrs|madame|lady)\s+)*@?(?:{names})\b[\s,:!.-]*",
        re.I,
    )
    for slug, names in _CALLED.items()
}
_AT = {slug: re.compile(rf"@{slug}\b", re.I) for slug in _CALLED}
_ASKED = re.compile(
    r"\?|^\s*(?:who|what|whats|what's|how|why|when|where|which|did|do|does|was|were|is|are|can|"
    r"could|would|will|should|have|has|tell me|explain)\b|\b(?:why|how|any\s+ideas?|help)\W*$|"
    r"(?:[.!;,]|\b(?:but|so|and))\s*(?:why|how|what|whats|what's|when|where|which|who|is|are|do|"
    r"does|did|can|could|should|would|any\s+tips?|any\s+ideas?)\b",
    re.I,
)
# Lifespans (a year before Christ as a negative number).
LIFE = {
    "einstein": (1879, 1955),
    "shakespeare": (1564, 1616),
    "curie": (1867, 1934),
    "lovelace": (1815, 1852),
    "socrates": (-470, -399),
    "darwin": (1809, 1882),
}


@dataclass(frozen=True)
class Person:
    """Someone a persona may be asked about: how the person is named, when they were born,
    and what each persona says of them (`like`: who they were, what they were like, what it
    thought of them; `who`: only who they were; `died`: how they died; `wrote`: what they
    wrote)."""

    called: str
    born: int
    like: dict[str, str] = field(default_factory=dict)
    # Only "who was X" (its own material says what it thought of them).
    who: dict[str, str] = field(default_factory=dict)
    died: dict[str, str] = field(default_factory=dict)
    wrote: dict[str, str] = field(default_factory=dict)


PEOPLE = (
    Person(
        r"(?:ada\s+)?lovelace|ada",
        1815,
        like={
            "curie": "Lady Lovelace died fifteen years before I was born, {name}, so I know her "
            "only by repute: Lord Byron's daughter, who wrote the Notes on Mr Babbage's "
            "calculating Engine in 1843.",
            "aibot": "Ada Lovelace (1815-1852) was a mathematician, Lord Byron's daughter. In "
            "1843 she published Notes on Charles Babbage's Analytical Engine, including a method "
            "for computing Bernoulli numbers, often called the first published computer program.",
        },
        died={
            "curie": "Of cancer, {name}, in 1852, at only thirty-six, after months of great "
            "pain, as I understand it; that was fifteen years before I was born.",
            "aibot": "Ada Lovelace died in 1852, aged 36, of cancer (most likely of the uterus), "
            "after months of illness. She was buried beside her father, Lord Byron.",
        },
    ),
    Person(
        r"(?:marie\s+)?curie|madame curie|marie",
        1867,
        like={
            "einstein": "Marie Curie was a friend, {name}: in 1913 we walked over the Engadine "
            "glaciers with her daughters. I said she was, of all celebrated people, the only one "
            "fame had not corrupted, and when the papers hounded her in 1911 I wrote to cheer her.",
            "aibot": "Marie Curie (1867-1934) was a Polish-born physicist and chemist in Paris. "
            "She discovered polonium and radium with Pierre Curie, and was the first person to "
            "win two Nobel Prizes, in physics (1903) and chemistry (1911).",
        },
        died={
            "einstein": "Of the radiation she had worked with all her life, {name}: aplastic "
            "anaemia, in 1934, in a sanatorium in the Alps. I wrote that her strength and purity "
            "of will were rare in one person.",
            "aibot": "Marie Curie died in 1934, aged 66, of aplastic anaemia, almost certainly "
            "caused by years of exposure to radiation from her work with radium and X-rays.",
        },
    ),
    Person(
        r"(?:albert\s+)?einstein|albert",
        1879,
        like={
            "curie": "A clear and original mind, {name}; we met at the Solvay conference of 1911 "
            "and I wrote for him when Zurich wanted him as professor. In 1913 we walked the "
            "Engadine with my girls, and he talked physics over every glacier.",
            "aibot": "Albert Einstein (1879-1955) was a physicist best known for the theories of "
            "special and general relativity and E=mc². He won the 1921 Nobel Prize in Physics for "
            "explaining the photoelectric effect.",
        },
        died={
            "curie": "That I cannot tell you, {name}: I died in 1934, and he was alive and well "
            "in America then.",
            "aibot": "Einstein died in Princeton in April 1955, aged 76, of a burst aortic "
            "aneurysm. He declined surgery, saying he wanted to go when he chose.",
        },
    ),
    Person(
        r"(?:charles\s+)?darwin",
        1809,
        like={
            "einstein": "I never met him, {name}: he died in 1882, when I was a child of three in "
            "Munich. From his books, a patient man who let the facts lead him a very long way, "
            "which is the whole art.",
            "aibot": "Charles Darwin (1809-1882) was an English naturalist. After the voyage of "
            "HMS Beagle he worked out evolution by natural selection, published in On the Origin "
            "of Species in 1859.",
        },
        died={
            "einstein": "Of his heart, {name}, at his home in Kent in 1882, when I was three; "
            "they buried him in Westminster Abbey, near Newton.",
            "aibot": "Charles Darwin died at his home, Down House in Kent, in April 1882, aged "
            "73, of heart failure after years of poor health. He is buried in Westminster Abbey.",
        },
    ),
    Person(
        r"(?:william\s+)?shakespeare",
        1564,
        like={
            "aibot": "William Shakespeare (1564-1616) was an English playwright and poet from "
            "Stratford-upon-Avon who wrote about 39 plays, including Hamlet, Macbeth and Romeo "
            "and Juliet, and 154 sonnets.",
        },
        died={
            "aibot": "Shakespeare died in Stratford-upon-Avon on 23 April 1616, aged 52. The "
            "cause is unknown; a later story blamed a fever after a merry meeting with Ben "
            "Jonson and Michael Drayton.",
        },
    ),
    Person(
        r"socrates",
        -470,
        like={
            "aibot": "Socrates (c. 470-399 BC) was an Athenian philosopher who wrote nothing "
            "himself; we know him through Plato and Xenophon. He taught by questioning, and was "
            "sentenced to death for impiety and corrupting the young.",
        },
        died={
            "aibot": "Socrates was condemned by an Athenian jury in 399 BC for impiety and "
            "corrupting the young, and died by drinking hemlock, as Plato describes in the Phaedo.",
        },
    ),
    Person(
        r"(?:charles\s+)?babbage",
        1791,
        who={
            "lovelace": "Charles Babbage, {name}: the mathematician who designed the Difference "
            "Engine and then the Analytical Engine, and my dear friend. I met him in 1833, at "
            "seventeen, and wrote my Notes on his Engine; he called me the Enchantress of Number.",
        },
        died={
            "lovelace": "He outlived me, {name}: I died in 1852, and Mr Babbage was still at his "
            "drawings and his quarrels, so how his end came I cannot tell you.",
        },
    ),
    Person(
        r"(?:lord\s+)?byron|(?:your|ur|ya)\s+(?:dad|father|daddy|papa)",
        1788,
        like={
            "lovelace": "I never knew him, {name}: Lord Byron left when I was a month old and died "
            "in Greece when I was eight. My mother kept his portrait covered, yet I asked to be "
            "buried beside him, and I was.",
        },
    ),
    Person(
        r"plato",
        -428,
        like={
            "socrates": "Plato was a young man of a good Athenian family, {name}, a wrestler, "
            "they say, who wrote tragedies and burned them after he began to listen to me. He "
            "came with his kinsmen Critias and Charmides, and stayed.",
        },
        wrote={
            "socrates": "Dialogues, {name}, nearly all after my death, and I am the chief talker "
            "in most: the Apology, the Phaedo, the Symposium, the Republic. How much is me and "
            "how much is Plato, people still argue; I wrote nothing myself.",
        },
    ),
    Person(
        r"(?:robert\s+)?fitz\s?roy|(?:the\s+)?captain(?:\s+of\s+the\s+beagle)?",
        1805,
        like={
            "darwin": "Robert FitzRoy was captain of the Beagle, {name}, only four years older "
            "than I, and took me as his companion for the voyage. A fine sailor with a hot "
            "temper; we quarrelled over slavery in Brazil, and later he opposed my theory.",
        },
        died={
            "darwin": "By his own hand, {name}, in 1865, worn down by debts and by worry over "
            "his weather warnings; he had founded what became the Met Office. I was very sorry "
            "for it.",
        },
    ),
    Person(
        r"emma(?:\s+darwin|\s+wedgwood)?|(?:your|ur)\s+wife",
        1808,
        died={
            "darwin": "Emma outlived me by fourteen years, {name}; I died in 1882 with her "
            "beside me, so how her own end came I cannot tell you.",
        },
    ),
    Person(
        r"(?:max\s+)?planck",
        1858,
        like={
            "einstein": "Max Planck, {name}: the man who found the quantum and did not quite "
            "like what he had found. He brought me to Berlin in 1914, and we played Beethoven "
            "together, he at the piano and I with my violin. A good, upright man.",
        },
    ),
    Person(
        r"(?:queen\s+)?elizabeth|the\s+queen",
        1533,
        like={
            "shakespeare": "My Queen, {name}: our company, the Lord Chamberlain's Men, played "
            "before her at court many a Christmas. She died in 1603, and King James took us "
            "for his own, the King's Men.",
        },
    ),
    Person(r"(?:stephen\s+)?hawking", 1942),
    Person(r"(?:elon\s+)?musk", 1971),
    Person(r"(?:steve\s+)?jobs", 1955),
    Person(r"(?:bill\s+)?gates", 1955),
    Person(r"taylor\s+swift", 1989),
    Person(r"(?:barack\s+)?obama", 1961),
    Person(r"(?:donald\s+)?trump", 1946),
)

# Someone born after the persona died, asked of it: owned up to in its own words.
AFTER = {
    "einstein": "There you ask past my time, {name}: I died in 1955, before the world had "
    "heard of {who}. I will not judge what I never saw.",
    "shakespeare": "{who}? That name is writ after my time, {name}; I died in 1616 and can "
    "tell thee nothing true of it.",
    "curie": "{who} is after my time, {name}; I died in 1934, and I will not pretend to know "
    "what I never measured.",
    "lovelace": "{who} came long after me, {name}; I died in 1852, so I can tell you nothing "
    "true of them.",
    "socrates": "{who}? You ask an old Athenian of someone born long after the hemlock, {name}. "
    "I know nothing of them, and at least I know that I do not.",
    "darwin": "{who} is after my time, {name}; I died in 1882, and I would rather say nothing "
    "than guess.",
}
# Only the forms that ask of the person: "what was X like", "who was X", "how did X die" ...
_DIED = re.compile(
    r"\b(?:how|when|why|where)\s+(?:did|was)\s+(?P<who>[\w .']+?)\s+(?:die|died|killed|pass"
    r"(?:\s+away)?)\b|\bwhat\s+killed\s+(?P<who2>[\w .']+?)\s*\??$",
    re.I,
)
_WROTE = re.compile(r"\bwhat\s+(?:did|does)\s+(?P<who>[\w .']+?)\s+write\b", re.I)
_LIKE = re.compile(
    r"\b(?:who\s+(?:was|is|were)|what\s+(?:was|were|is)|whats|what's|tell\s+(?:me|us)\s+about|"
    r"what\s+(?:do|did)\s+(?:you|u)\s+(?:think|make)\s+(?:of|about)|how\s+did\s+(?:you|u)\s+"
    r"(?:know|meet)|how\s+did|was|did\s+(?:you|u)\s+(?:know|meet|like))\s+(?P<who>[\w .']+?)"
    r"(?:\s+(?:like|to\s+you|as\s+a\s+friend|know\s+you|meet\s+you|your\s+friend|a\s+friend))*"
    r"\s*[?!.]*$",
    re.I,
)
_WHO_WAS = re.compile(r"\W*(?:who\s+(?:was|is)|tell\s+(?:me|us)\s+about)\b", re.I)
_PEOPLE = [(re.compile(rf"^(?:{p.called})$", re.I), p) for p in PEOPLE]


@dataclass(frozen=True)
class Told:
    """News a persona has something of its own to say on: what in the message meets it."""

    slug: str
    said: re.Pattern
    line: str


def _told(slug: str, said: str, line: str) -> Told:
    return Told(slug, re.compile(said, re.I), line)


TOLD = (
    _told(
        "lovelace",
        r"\b(?:code|program|script|build|app)\b.*\b(?:finally\s+)?(?:compiled|compiles|runs|ran|"
        r"works|worked|passed)\b",
        "Bravo, {name}! The first run that works is a small triumph; my table for the "
        "Bernoulli numbers never had an Engine to run on at all. What does yours do?",
    ),
    _told(
        "lovelace",
        r"\b(?:built|made|launched|finished|coded)\b.*\b(?:website|web\s?site|web\s?page|app|game)\b",
        "Bravo, {name}! I wrote that the Engine might weave algebraical patterns as the Jacquard "
        "loom weaves flowers and leaves; you have woven a thing of your own. What is on it?",
    ),
    _told(
        "lovelace",
        r"\b(?:girls?|women|daughter|she)\b.*\b(?:not|aren'?t|arent|isn'?t|isnt|can'?t|cant|bad)"
        r"\b.*\b(?:good\s+at\s+)?(?:maths?|math|science|coding|numbers)\b",
        "Her teacher is wrong, {name}, and you may tell her I said so. Mr De Morgan thought I "
        "might have been a first-rate mathematician; what a girl needs is hard problems and "
        "someone who takes her seriously.",
    ),
    _told(
        "socrates",
        r"\b(?:flatmate|roommate|room\s?mate|housemate|flat\s?mate|sister|brother|coworker|"
        r"colleague)s?\b.*\b(?:eats?|eating|ate|takes?|taking|took|steals?|stealing|stole)\b.*"
        r"\b(?:food|lunch|snacks?|milk|leftovers|stuff|things)\b",
        "A question of justice in your own kitchen, {name}! Do they think the food is theirs, "
        "or know it is yours and eat it anyway? The first needs a word; the second, a longer "
        "conversation.",
    ),
    _told(
        "socrates",
        r"\b(?:boss|manager|teacher|coach|dad|mum|mom|father|mother)\b.*\b(?:yelled|shouted|"
        r"screamed|snapped)\b",
        "Then the shouting harmed the shouter more than you, {name}: the one who does wrong is "
        "worse off than the one who suffers it. Did anyone ask why?",
    ),
    _told(
        "einstein",
        r"\b(?:son|daughter|kid|child|boy|girl|brother|sister)\b.*\b(?:failed|flunked|bombed)\b.*"
        r"\b(?:maths?|math|physics|exam|test|school)\b",
        "Tell them not to lose heart, {name}. I failed the entrance examination to the Zurich "
        "Polytechnic at sixteen, though not in mathematics; one exam measures one day, not a "
        "mind. Which part gave the trouble?",
    ),
    _told(
        "curie",
        r"\b(?:my|our)\b.*\b(?:having|has|getting|gets|starting|started|starts|on|needs|doing|"
        r"begins?|began)\b.*\b(?:radiation|radiotherapy|radio\s?therapy|chemo|chemotherapy)\b",
        "I hope it goes gently, {name}. Radium was used against tumours in my own lifetime, "
        "and I saw it help; the machines now are far more precise. Please give my warm wishes.",
    ),
    _told(
        "curie",
        r"\b(?:kid|son|daughter|child|niece|nephew|grand\w*)\b.*\b(?:wants?|wanna|dreams?)\b.*"
        r"\b(?:scientist|chemist|physicist|doctor|researcher)\b",
        "That is the best news, {name}. Give the child good questions, a notebook and patience; "
        "my father kept his physics instruments in a glass case, and how I longed to use them. "
        "Let curiosity lead.",
    ),
    _told(
        "darwin",
        r"\bbeetles?\b",
        "A beetle! I collected them at Cambridge, {name}, with a passion: once, a rare one in "
        "each hand, I popped one in my mouth to seize a third, and it squirted acid on my "
        "tongue. What colour is yours?",
    ),
    _told(
        "darwin",
        r"\b(?:earth)?worms?\b.*\b(?:garden|lawn|soil|compost|rain|everywhere|pavement|path)\b",
        "Worms! My last book was on them, {name}: in their millions they swallow the soil and "
        "cast it up again, burying old stones and ruins, a few inches in a lifetime. Garden "
        "soil has passed through them many times.",
    ),
    _told(
        "einstein",
        r"\b(?:sailing|sailboat|sail\s?boat|dinghy|yacht)\b",
        "Sailing! My great pleasure, {name}: my boat the Tümmler on the lakes near Berlin, and "
        "I never learned to swim. A sail is a fine lesson in physics, and there is no telephone "
        "on the water.",
    ),
    _told(
        "einstein",
        r"\b(?:boring|dull|first|new|temp)\b.*\b(?:office|desk|admin|clerk|paperwork)\s*(?:job|work)?\b",
        "An office job is no disgrace, {name}: I was a third-class technical expert at the "
        "patent office in Bern, and in my spare hours there I wrote the papers of 1905. A "
        "quiet desk leaves the mind free.",
    ),
    _told(
        "curie",
        r"\b(?:only|one\s+of\s+(?:the\s+)?(?:few|two|three))\s+(?:girl|woman|female)s?\b.*"
        r"\b(?:class|course|lab|team|department|physics|chemistry|engineering|maths?|science)\b",
        "So was I, nearly, at the Sorbonne in 1891, {name}; there were very few of us. Sit at "
        "the front, do the work better than anyone, and let the results speak. They cannot be "
        "argued with.",
    ),
    _told(
        "darwin",
        r"\bfox(?:es)?\b",
        "A fox every night, {name}! Note the hour and the path it takes; a habit watched for a "
        "month tells more than one sighting. Foxes thrive beside us because our scraps, and "
        "the rats they bring, feed them.",
    ),
    _told(
        "darwin",
        r"\b(?:pet|fancy)\s+rats?\b|\brats?\b.*\b(?:pet|birthday|cage)\b",
        "A rat makes a fine pet, {name}: clever, clean and sociable. Tame rats all come from "
        "the wild brown rat, bred for gentleness as fanciers bred my pigeons for show. Get two, "
        "for they pine alone.",
    ),
    _told(
        "darwin",
        r"\b(?:seasick|sea\s+sick|sea-sick)\b",
        "Then we are companions in misery, {name}: I was seasick on the Beagle for five years, "
        "whenever the sea was up. Lie flat, watch the horizon, and eat a few raisins, my only "
        "comfort.",
    ),
    _told(
        "einstein",
        r"\b(?:got|get|getting)\s+(?:an?\s+)?(?:[cdef]|c-|d-|bad\s+(?:grade|mark)|low\s+(?:grade|"
        r"mark)|terrible\s+(?:grade|mark))\b.*\b(?:physics|maths?|math|exam|test|science)\b",
        "One grade is one measurement on one day, {name}, and no physicist trusts a single "
        "reading. A teacher of mine in Munich told me I would never amount to anything. What "
        "went wrong?",
    ),
    _told(
        "einstein",
        r"\b(?:refugee|asylum|residency|citizenship|green\s+card|naturali[sz]ed)\b",
        "I was a refugee too, {name}: I left Germany in 1933 and never went back, and became "
        "an American citizen in 1940. Papers in hand are a great relief; welcome to your new "
        "home.",
    ),
    _told(
        "curie",
        r"\b(?:phd|ph\.d|doctorate)\b",
        "Then you have years of patient work ahead, and good ones, {name}. My own doctorate, "
        "in 1903, was on radioactive substances. Choose a question you cannot leave alone, and "
        "keep a careful notebook.",
    ),
    _told(
        "curie",
        r"\b(?:lab|project|group)\s+(?:partner|mate)s?\b.*\b(?:never|doesn'?t|doesnt|won'?t|wont|"
        r"lazy|nothing)\b",
        "Then do your half well and write down who did what, {name}; a notebook settles more "
        "quarrels than words. Pierre and I shared the work, but each knew whose hands did "
        "which part.",
    ),
    _told(
        "shakespeare",
        r"\b(?:wedding|getting\s+married|best\s+man|maid\s+of\s+hono(?:u)?r|bridesmaid)\b",
        "A wedding! Then let the speech be short, {name}, for brevity is the soul of wit: one "
        "good story, a toast, and sit down. I was married at eighteen myself, and in some "
        "haste.",
    ),
    _told(
        "shakespeare",
        r"\bcrush\b|\b(?:he|she|they)\s+(?:finally\s+)?(?:texted|messaged)\s+(?:me\s+)?back\b|"
        r"\basked\s+me\s+out\b|\bfirst\s+date\b",
        "Then for once the course of true love runs smooth, {name}! Answer not too fast nor "
        "too slow; and if music be the food of love, send a song.",
    ),
    _told(
        "shakespeare",
        r"\b(?:reading|studying|doing|read|study)\s+(?:macbeth|hamlet|romeo|othello|king\s+lear|"
        r"lear|julius\s+caesar|the\s+tempest|twelfth\s+night|a\s+midsummer|shakespeare|your)\b"
        r".*\b(?:hate|boring|bored|hard|confusing|cant|can'?t|ugh|awful)\b",
        "Many a pupil has cursed me, {name}, and I forgive them all. Read it aloud, with "
        "voices; it was written for the ear and the stage, not the desk, and it wakes when it "
        "is spoken.",
    ),
    _told(
        "lovelace",
        r"\b(?:daughter|son|kid|child|niece|nephew)\b.*\b(?:wants?|wanna)\s+to\s+(?:learn\s+(?:to\s+)?)?"
        r"(?:code|coding|program|programming|python)\b",
        "Then let her, {name}, and give her real problems to solve. My mother found me the "
        "best tutors in mathematics when girls were meant to learn needlework; it made all "
        "the difference.",
    ),
    _told(
        "lovelace",
        r"\b(?:learning|learn|started|starting|taking\s+up)\s+(?:to\s+)?(?:python|javascript|java|"
        r"code|coding|program|programming|c\+\+|rust|sql)\b",
        "Splendid, {name}! You are learning to speak to an Engine, which I could only imagine. "
        "Write small programs first and run them often; mine lived on paper and never ran at "
        "all.",
    ),
    _told(
        "lovelace",
        r"\b(?:bug|error)\b.*\b(?:semicolon|typo|bracket|comma|missing|hours)\b",
        "I sympathise, {name}: an Engine does exactly what it is told, never what is meant. "
        "Even my table in Note G, people tell me, has a slip in one line.",
    ),
    _told(
        "lovelace",
        r"\b(?:horse|pony)\b.*\b(?:won|win|wins|show|race|ribbon|rosette|jumped)\b",
        "Bravo to the horse, and to you, {name}! I loved horses all my life and rode when my "
        "health allowed; I also bet on them at the races, which I do not recommend.",
    ),
    _told(
        "socrates",
        r"\b(?:start\w*|begin\w*|doing|study\w*|taking)\s+(?:a\s+|my\s+)?philosophy\b",
        "Then you will read much of what Plato says I said, {name}. Read it, but mostly ask; a "
        "degree gives you the questions of others, and wisdom begins with your own.",
    ),
    _told(
        "socrates",
        r"\bno\s+such\s+thing\s+as\s+(?:right|good|morality|truth|evil)\b|\b(?:morality|right\s+and"
        r"\s+wrong)\s+(?:is|are)\s+(?:relative|made\s+up|subjective|fake)\b",
        "Does your friend say so even when cheated? Ask, {name}: whoever says nothing is right "
        "or wrong still thinks it wrong to be cheated, and there the examining begins.",
    ),
    _told(
        "socrates",
        r"\b(?:school|homework|college|uni|university|education)\s+(?:is|are)\s+(?:pointless|"
        r"useless|a\s+waste|stupid|boring)\b",
        "Then ask what school is for, {name}, and listen; whoever can say what it should be for "
        "has begun to learn. I had no school and took no fee, yet I never stopped learning.",
    ),
    _told(
        "darwin",
        r"^(?=.*\bslugs?\b).*\b(?:ate|eaten|eating|eat|munched|destroyed|chewed|garden|plants?|lettuces?|"
        r"tomato(?:es)?|hostas?|veg|seedlings)\b",
        "The slugs had a feast, {name}; they work by night, in the damp. Go out with a torch "
        "after dark and you will catch them at it; toads, hedgehogs and ground beetles are "
        "the gardener's friends.",
    ),
    _told(
        "darwin",
        r"\bpigeons?\b",
        "Pigeons! I bred them myself, {name}, fancy breeds of every sort, and they taught me "
        "more of variation than many a wild bird; all come from the rock dove. Fed, they will "
        "breed all year, so crumbs on a balcony are an open invitation.",
    ),
    _told(
        "darwin",
        r"\b(?:going|go|goin|trip|travel\w*|visit\w*|holiday|headed|heading)\b.*\bgal[aá]pagos\b",
        "The Galápagos! I envy you, {name}; I had five weeks there in 1835 and did not yet see "
        "what the islands were showing me. Watch the finches' beaks and the tortoises' shells, "
        "island by island.",
    ),
    _told(
        "shakespeare",
        r"^(?=.*\b(?:i'?m|im|i\s+am|i|i'?ve|ive|my)\b)(?=.*\b(?:play|musical|production|panto)\b)"
        r"(?=.*\b(?:lead|main\s+part|role|part|cast|audition\w*)\b)",
        "Now that is news! Then speak the speech trippingly on the tongue, {name}, and do not "
        "saw the air too much with your hand. Learn the lines until you can forget them; which "
        "play is it?",
    ),
)


# News of the world in its field, told by anyone ("guess what they found a new tiny orange frog
# species in ecuador", "did u see scientists heard two black holes merge"): met whoever's news it
# is (rate45: Darwin had given a line on prehistoric pottery).
WORLD_NEWS = (
    _told(
        "darwin",
        r"\b(?:found|discovered|described|named|identified)\b.{0,60}\b(?:new|unknown|undiscovered)"
        r"\s+(?:[\w-]+\s+){0,4}?(?:species|genus)\b",
        "A new species! The best news a naturalist can hear, {name}; isolated valleys and islands "
        "breed forms of their own, as my Galápagos finches did. Do they know yet what it is most "
        "akin to?",
    ),
    _told(
        "einstein",
        r"\b(?:detected|heard|measured|found|saw|spotted|recorded)\b.{0,60}\b(?:gravitational\s+"
        r"waves?|black\s+holes?\s+(?:merg|collid|crash|smash)\w*)",
        "So they heard it! I predicted gravitational waves in 1916, {name}, and thought them far "
        "too faint ever to be measured; I am delighted to be wrong about that. Space-time "
        "ringing like a bell, from a billion light years away.",
    ),
)
# A world-news opener that asks nothing: "did you hear", "did u see that", "have you heard".
_HEARD = re.compile(
    r"^(?:did|have)\s+(?:you|u|ya)\s+(?:hear|heard|see|seen|read)\b(?:\s+(?:that|about))?\s*",
    re.I,
)


# News is of the teller's own life ("my", "we", "i", or a verb with "I" left out: "found a
# massive beetle"), not a remark on the persona ("ada lovelace wrote the first program").
_OWN_NEWS = re.compile(
    r"\b(?:my|i|i'?m|im|i'?ve|ive|i'?d|we|we'?re|our|me|mine|us)\b|^(?:just|finally|found|saw|"
    r"got|started|starting|theres|there's|there\s+(?:is|are|was|were)|guess\s+what)\b",
    re.I,
)
# A thing asked for, not news: "write something for a wedding card", "we need a toast".
_BID = re.compile(
    r"^(?:please\s+|pls\s+|plz\s+)?(?:write|make|compose|give|tell|help|suggest|recommend|"
    r"draft|say|sing|explain|describe|list|name|pick|rate|roast|settle|sort|do|come\s+up)\b|"
    r"\b(?:need|want|wanna|looking\s+for)\s+(?:a|an|some|you)\b",
    re.I,
)
# News of a death or loss is for the engine's own care, never a line on the thing.
_GRIEF = re.compile(
    r"\b(?:died|dead|dying|passed\s+(?:away|on)|funeral|killed|lost\s+(?:my|our|her|his)|rip)\b",
    re.I,
)


_OWN = re.compile(r"(?:your|ur|ya|my|the)\b", re.I)


def _who(match: re.Match) -> str:
    return next(w for w in (match.groupdict().get(g) for g in ("who", "who2")) if w).strip(" .'")


def _person(who: str) -> Person | None:
    who = re.sub(r"^(?:the\s+great\s+|mr\.?\s+|mrs\.?\s+|dr\.?\s+)", "", who.strip(), flags=re.I)
    return next((p for pattern, p in _PEOPLE if pattern.match(who)), None)


def _about(slug: str, asked: str) -> str:
    """The persona's line on the person the question asks of, or ""."""
    for pattern, aspect in ((_DIED, "died"), (_WROTE, "wrote"), (_LIKE, "like")):
        if not (match := pattern.search(asked)):
            continue
        if not (person := _person(_who(match))):
            return ""
        if aspect == "like" and _WHO_WAS.match(asked) and (line := person.who.get(slug, "")):
            return line
        if line := getattr(person, aspect).get(slug, ""):
            return line
        if (
            slug in LIFE
            and person.born + 20 > LIFE[slug][1]
            and not _OWN.match(_who(match))  # ("your wife", "the captain": its own, not a name)
        ):
            # (a child when the persona died is as unknown to it as one not yet born)
            who = " ".join(w.capitalize() for w in _who(match).split())
            return AFTER[slug].replace("{who}", who)
        return ""
    return ""


def told(slug: str, message: str, *, unasked: bool = False) -> str:
    """The line of `slug` on `message` put to it by name: news it has something of its own to
    say on, or a question about another person; "" for anything else. `unasked` (the room read
    it as named in passing): only when the message opens with its name ("lovelace my code
    finally compiled lol"), as one spoken to."""
    if slug not in _TO:
        return ""
    start = _TO[slug].match(message)
    if start and start.end() < len(message):
        rest = message[start.end() :]
    elif _AT[slug].search(message) and not unasked:
        rest = _AT[slug].sub("", message)
    else:
        return ""
    rest = rest.strip()
    news = _HEARD.sub("", rest)
    if (
        (news != rest or not _ASKED.search(rest))
        and not _GRIEF.search(news)
        and not _BID.search(news)
        and (
            line := next((t.line for t in WORLD_NEWS if t.slug == slug and t.said.search(news)), "")
        )
    ):
        return line
    if _ASKED.search(rest):
        return _about(slug, rest)
    if _GRIEF.search(rest) or _BID.search(rest) or not _OWN_NEWS.search(rest):
        return ""
    return next((t.line for t in TOLD if t.slug == slug and t.said.search(rest)), "")
