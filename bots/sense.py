"""Whether a line of a persona's material, chosen for a word it shares with a message, uses that
word in the sense the message does.

One shared word is a weak reason to say a line: "the school hall has awful acoustics" shares
"school" with "I studied at the Flying University, a secret school", "we launch from the field"
shares "field" with "field hospitals", "my kid hates maths homework" shares "maths" with "I was
never bad at maths". `same_sense` is the one check every way of choosing a line on shared words
makes (remarks, chime-ins, reasons for a verdict, answers, follow-ups): a shared word counts only
when both say it alike (not "ground crew" against "the ground", "field hospitals" against "the
field"), and one such word is enough only when it is what the message is about (its subject: the
head of its first noun phrase, or the first word of a persona's field it names) or what the line
is about, as a word of a field (`bots.lexicon`). Two such words are enough.

No tagger: a word is a noun unless it is one of the common verbs, or reads as one (-ed, -ing);
a noun right before another noun qualifies it ("school hall", "maths homework"). Rough, and
wrong now and then; wrong the safe way, as a line left unsaid rather than one said off the point.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from bots.fold import folded
from bots.lexicon import BEFORE_A_VERB, _every, a_thing, akin
from bots.lexicon import kinds as kinds_of
from bots.lexicon import subject as lexical_subject
from bots.material import STOPWORDS, related, stem, terms
from bots.wordsum import MENTION

# Things that disagree are no side taken: "why does an oven thermometer disagree with the dial"
# is a question about the oven, not "I see it otherwise than Omar" (a lookbehind for each).
THINGS_DISAGREE = (
    "".join(
        f"(?<!{thing} )"
        for pair in [
            "thermometer",
            "clock",
            "scale",
            "dial",
            "gauge",
            "reading",
            "result",
            "source",
            "map",
            "app",
            "number",
            "figure",
            "meter",
            "sensor",
            "forecast",
        ]
        for thing in (pair, f"{pair}s")
    )
    + "(?<!study )(?<!studies )(?<!watch )(?<!watches )"
)
# Two people at odds with each other, put to the persona to settle ("me and gaz disagree",
# "dev and i can't agree"): no side taken, nor any side of theirs for it to take against.
AT_ODDS = folded(
    r"\b(?:me and \w+|\w+ and (?:i|me)|we)\s+(?:both\s+|totally\s+|still\s+)?(?:disagree|"
    r"can'?t agree|cannot agree|don'?t agree|are arguing|keep arguing)\b(?!\s+with\b)",
    re.IGNORECASE,
)
# A question put in the negative, with no "?" ("weren't you scared", "didn't you hate school",
# "isn't that dangerous"); not a bidding ("don't you dare", "don't forget").
NEGATIVE_ASKED = folded(
    r"(?:^|[.!?]\s+)\W*(?:@\w+\W+)*(?:(?:ok(?:ay)?|so|wait|but|and|oh|hmm+|really|honestly)\W+){0,2}"
    r"(?:weren'?t|wasn'?t|didn'?t|don'?t|doesn'?t|isn'?t|aren'?t|haven'?t|hasn'?t|hadn'?t|"
    r"couldn'?t|wouldn'?t|shouldn'?t|won'?t|can'?t)\s+(?:you|u|your)\b"
    # (of the persona only: "wasn't the weather awful today", "don't you think we should order
    # pizza" are remarks and views, as they were read before; review41)
    r"(?!\s+(?:dare|worry|forget|mind|think|reckon|agree)\b)",
    re.IGNORECASE,
)
# A case supposed and put to think through, with no "?" ("what if the earth stopped spinning",
# "imagine if we could live forever", "say you could time travel, where would you go").
SUPPOSED_ASKED = folded(
    r"^\W*(?:@\w+\W+)*(?:(?:ok(?:ay)?|so|but|and|hmm+|like|right|quick one)\W+){0,2}"
    # ("imagine being stuck in traffic for 3 hours, that was my day": a day told, review41)
    r"(?:what if|imagine (?:if|that|you|u|we|a world|there)|suppose|"
    r"supposing|say (?:you|u|we|someone|somebody|there)|let'?s say|hypothetically|"
    r"if (?:you|u) (?:could|had|were|lived|met)|would (?:you|u) rather|wyr)\b",
    re.IGNORECASE,
)
# A question, or a request for a practical answer ("any way to stop ...", "tips for ...").
ASKED = folded(
    r"\?|\b(?:why|how|whats|what's|which|normal|any ideas|any tips|help|what am i doing|"
    r"what are we doing|question|quick q|what helps|what works)\b|"
    r"\b(?:is|are|does|do|can|should) (?:the|it|this|that|my|our|a|an|i|we|they|there)\b|"
    # Opening the message or a sentence of it, after a mention: "... at 6. what causes that".
    r"(?:^|[.!]\s)\W*(?:@\w+\W+)?"
    r"(?:what|when|where|who|is|are|does|do|did|can|could|should|would|will|any|anything|"
    r"tips?|advice|pls|please)\b|"
    r"\b(?:how (?:do|does|can|should|would|long|much|many|often|come)|"
    r"why (?:do|does|is|are|did)|"
    r"any (?:tips?|ideas?|advice|way)|is it (?:ok|okay|safe|bad|normal|fine|true)|"
    r"should (?:i|we)|what (?:do|should|can) (?:i|we)|tips? (?:for|on)|best way)\b|"
    # Of its own life: "what did you eat during exam season lol".
    r"\b(?:did|were|was|have|are|do) (?:you|u)\b|"
    # Asked on from an answer: "wait so is ice bad then", "so is it the beans or the milk".
    r"\b(?:so|then|wait|but) (?:is|are|does|do|should|can)\b|" + SUPPOSED_ASKED.pattern,
    # "what if the earth stopped spinning", "imagine if we could live forever"
    re.IGNORECASE,
)
TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*|[^\sA-Za-z]")
# Words that end a noun phrase (prepositions, conjunctions) or name nothing (adverbs of place
# and time: "pack it away", "back again"), not in `material.STOPWORDS`.
NOT_NOUNS = frozenset(
    """behind near beside besides across along around inside outside without within toward
    towards upon onto among amongst via past than like as whether since unless although across
    beyond beneath underneath throughout despite except per versus vs lol haha away back again
    ago anyway already soon later instead else together apart ahead aside forward forth
    sometimes usually whenever wherever everywhere somewhere anywhere nowhere twice thrice today
    tonight yesterday tomorrow last next two three four five six seven eight nine ten eleven
    twelve twenty thirty forty fifty hundred thousand million cannot cant wont dont didnt doesnt
    isnt arent wasnt werent shouldnt couldnt wouldnt hasnt havent hadnt aren't wasn't weren't
    shouldn't couldn't wouldn't hasn't haven't hadn't may shall whilst nobody somebody anybody
    everybody noone forever
    none i'd i'll i've i'm you'd you'll we'd we'll they'd they'll he'd she'd""".split()  # noqa: SIM905
)
# Common verbs (every form a chat or a persona's line uses): a word after a noun that is one of
# these ends the noun phrase ("the peacock kept", "my kid hates"), never makes it a compound.
_VERBS = """
be is are was were am been being have has had having do does did done make makes made get got
go goes went gone keep kept hate love like want need look seem feel sound smell taste run ran
sit sat stand stood hold held flash think thought know knew say said see saw seen come came take
took taken give gave given find found tell told ask work call try leave left put mean meant let
begin began show hear heard play move live believe bring brought happen write wrote written lose
lost pay paid meet met include continue set learn learnt change lead led understand understood
watch follow stop create speak spoke read allow add spend spent grow grew grown open walk win won
offer remember consider appear buy bought wait serve die send sent expect build built stay fall
fell cut reach kill remain suggest raise pass sell sold require report decide pull explain carry
develop hope drive drove break broke receive agree support hit produce eat ate cover catch caught
draw drew choose chose cause point listen realise realize place close involve increase fly flew
sleep slept bark purr wag sing sang ring rang swim swam climb drink drank cook bake fix clean wash
dry burn burnt shine shone glow float sink sank spin spun turn help use hurt hurts throw threw
wear wore teach taught fight fought feed fed lie lay jump kick push study prove measure matter
arrive return visit beat bite bit hide hid fill sting stings rise rose shake shook smile laugh cry
worry wish wonder love prefer enjoy miss mind refuse seek sought shout share smash forget forgot
forgive notice owe own pick plan pour pray print promise protect reply rest roll rush save scream
search shut sign skip slip sneak solve sort spill spoil stare start steal stole stick stuck suffer
suppose surprise survive swear swore tear tore thank tie touch trust twist vanish warn waste wave
weep wept whisper wipe wonder yell
"""
VERBS = frozenset(_VERBS.split())
# Words that say how a thing is, not what: after a noun they qualify nothing ("a tragedy
# different from a comedy", "is time travel possible").
ADJECTIVES = frozenset(
    """different possible impossible true false real similar alive dead ready necessary free
    right wrong alone good bad better worse best worst big small nice great hard easy fine okay
    ok weird strange normal common rare cheap expensive safe dangerous healthy fair unfair silly
    stupid smart clever funny happy sad lucky busy late early quick slow fast sure certain
    likely enough full empty open closed new old young hot cold warm cool long short high low
    own same whole black white red green blue yellow brown grey gray pink purple dark bright
    giant tiny huge""".split()  # noqa: SIM905
)
ADJECTIVE_ENDINGS = ("ous", "ful", "less", "ive", "able", "ible", "ish")


# Words that name nothing at all ("pack it away", "again"), never shared.
NAMELESS = frozenset(terms("away again ago anyway already soon later instead else together apart"))


def _verb(word: str) -> bool:
    """Whether `word` reads as a verb: one of the common verbs in any form ("hates", "flashing"),
    or a word with a verb's ending ("launched", "ringing")."""
    w = word.lower()
    if w in VERBS:
        return True
    forms = (
        (w[:-1], "s"), (w[:-2], "es"), (w[:-2], "ed"), (w[:-1], "d"), (w[:-3], "ing"),
        (w[:-3] + "e", "ing"), (w[:-4], "ing"),
    )  # fmt: skip
    if any(len(cut) >= 3 and w.endswith(end) and cut in VERBS for cut, end in forms):
        return True
    return len(w) > 4 and w.endswith(("ed", "ing"))


AUXILIARIES = frozenset(
    "do does did can could will would should may might must".split()  # noqa: SIM905
)
DETERMINERS = frozenset(
    "a an the my your his her our their its this that these those some any no every each".split()  # noqa: SIM905
)


def _verb_at(tokens: list[str], i: int) -> bool:
    """Whether the word at `i` reads as a verb there: never right after "a", "the", "my" ("a
    fly", "the ring", "my walk")."""
    return _verb(tokens[i]) and not (i and tokens[i - 1].lower() in DETERMINERS)


LY_NOUNS = frozenset(
    "family belly holly jelly lily bully rally reply supply italy july ally".split()  # noqa: SIM905
)


def _content(word: str) -> str:
    """The stem of a word of substance, or "" for a stopword, a verb or a preposition."""
    w = word.lower()
    if w in STOPWORDS or w in NOT_NOUNS or (w.endswith("ly") and w not in LY_NOUNS and len(w) > 4):
        return ""  # "really", "fully": how, not what
    found = terms(w)
    return found[0] if found else ""


def _nounish(word: str) -> bool:
    """Whether `word` may continue a noun phrase as a noun: a word of substance, no verb and
    no word that says how a thing is."""
    w = word.lower()
    return bool(_content(word)) and not _verb(word) and not w.endswith("'s") and not _adjective(w)


def _adjective(word: str) -> bool:
    """Whether `word` says how a thing is ("warm", "harder", "draughty"), not what it is."""
    w = word.lower()
    return w in ADJECTIVES or _compared_how(w) or (len(w) > 5 and w.endswith(ADJECTIVE_ENDINGS))


def _how_word(word: str) -> bool:
    """Whether `word` is a word of how, or one compared ("warm", "harder", "happier", "older");
    unlike `_adjective`, not by its ending alone ("tubeless" may be a noun)."""
    compared = word.endswith("er") and stem(word) in ADJECTIVES
    return word in ADJECTIVES or compared or _compared_how(word)


def _compared_how(word: str) -> bool:
    """Whether `word` compares a word of how ("harder", "bigger"; the doubled letter of
    "bigger" is no "freezer", which is no freer)."""
    doubled = len(word) > 4 and word[-3] == word[-4] and word[:-3] in ADJECTIVES
    return word.endswith("er") and (word[:-2] in ADJECTIVES or doubled)


def _plural(word: str) -> bool:
    """Whether `word` reads as a plural noun, which qualifies no noun after it ("shifts clash",
    "cats purr": a verb follows it); "maths", "physics" and "news" are no plurals."""
    w = word.lower()
    return (
        len(w) > 3
        and w.endswith("s")
        and not w.endswith(("ss", "us", "is", "ics", "'s"))
        and w not in ("maths", "news")
    )


NO_MORE = frozenset(("no", "any"))
# Set phrases whose noun names no thing: "at this stage" is no stage, "in my element" no
# element, "a far cry from" no cry, "give me a ring" no ring.
SET_PHRASES = folded(
    r"\bat (?:this|that) (?:stage|point)\b|\bin (?:my|your|his|her|their|our) element\b|"
    r"\ba far cry\b|\bgive (?:me|us|him|her|them) a (?:ring|bell)\b|"
    # "the physics of why i keep peeling off slopers" is about the slopers, by physics.
    r"\b(?:the )?(?:physics|chemistry|biology|science|maths?|mathematics) (?:of|behind)\b|"
    # "whats the point of a leap year", "the meaning of life": about the year, the life.
    r"\bthe (?:point|meaning|purpose) of\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=2048)
def roles(text: str) -> dict[str, frozenset[str]]:
    """Each content word of `text` (stemmed), with how it is said: the stems of the nouns it
    qualifies where it comes right before one ("ground crew": ground -> {crew}), and "" where it
    stands alone ("the ground", "bad at maths:"). Possessives stand alone ("the peacock's tail")."""
    text = SET_PHRASES.sub(" ", text)
    tokens = TOKEN.findall(text)
    found: dict[str, set[str]] = {}
    unsaid: set[str] = set()
    for i, token in enumerate(tokens):
        term = _content(token) if token[:1].isalpha() else ""
        if term and token.lower() == "longer" and i and tokens[i - 1].lower() in NO_MORE:
            unsaid.add(term)  # "no longer", "any longer": not any more, nothing long
            continue
        if not term:
            continue
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        # Only a noun qualifies a noun as part of its name ("ground crew", "maths homework");
        # "missing link", "bad person" are a link and a person of a kind, the word the same.
        # After "a", a word in -s is a verb ("a pigeon bobs its head"), not a plural noun.
        singular = i > 0 and tokens[i - 1].lower() in ("a", "an") and _plural(after)
        # Right after "does", "can": a noun and its verb ("does thunder rumble").
        singular = singular or (i > 0 and tokens[i - 1].lower() in AUXILIARIES)
        qualifies = (
            after[:1].isalpha()
            and _nounish(token)
            and not _plural(token)
            and _nounish(after)
            and not singular
        )
        found.setdefault(term, set()).add(_content(after) if qualifies else "")
    # Words that mean something else together, as the index reads them ("back in time": time
    # travel; "what did you look like": appearance), stand alone.
    for term in set(terms(text)) - found.keys() - NAMELESS - unsaid:
        found[term] = {""}
    return {term: frozenset(said) for term, said in found.items()}


@lru_cache(maxsize=1024)
def subjects(text: str) -> frozenset[str]:
    """What `text` is about, as stems: the head of its first noun phrase ("my kid hates maths
    homework": kid; "the school hall has awful acoustics": hall; "ground crew keep the air out":
    crew), and the first word of any field it names (`lexicon.subject`) unless that word only
    qualifies another ("maths homework" is homework, not maths)."""
    text = SET_PHRASES.sub(" ", text)
    tokens = TOKEN.findall(text)
    found: set[str] = set()
    before = ""
    for i, token in enumerate(tokens):
        if not token[:1].isalpha():
            before = token
            continue
        vocative = i == 0 and i + 1 < len(tokens) and tokens[i + 1] == ","  # "Albert, do you"
        adjective = _adjective(token) and not (
            i + 1 < len(tokens) and tokens[i + 1][:1].isalpha() and _nounish(tokens[i + 1])
        )  # "warm enough": how a thing is, not what
        if (
            _content(token)
            and before.lower() not in BEFORE_A_VERB
            and not _verb_at(tokens, i)
            and not vocative
            and not adjective
        ):
            j = i
            while j + 1 < len(tokens) and tokens[j + 1][:1].isalpha() and _nounish(tokens[j + 1]):
                if tokens[j].lower().endswith("'s") or _plural(tokens[j]):
                    break
                j += 1
            found.add(_content(tokens[j]))
            break
        before = token
    field_word = lexical_subject(text)
    said = roles(text)
    if field_word and "" in said.get(field_word, frozenset({""})):
        found.add(field_word)
    return frozenset(found - {""})


# Everyday words that name no subject: an opinion asked on "time spent on phones" is not about
# what a persona has said of time. Alone, they do not make a question the persona's business.
GENERIC_TERMS = frozenset(
    terms(
        "time times day days year years life lives world way ways man men woman women thing "
        "place part home night week kind person child children family money lot stuff "
        "small big little large enough long short old young whole high low full half next last "
        "anything everything nothing matter matters work works worked working feel feels feeling "
        "felt honestly keep keeps kept"
    )
)
# Words a question is put in, never what it asks of: "any tips for a cat scared of fireworks",
# "how do i get rid of fruit flies", "whats the difference between thee and thou", "is it worth
# it", "random q", "what colour did your radium glow", "is there any chemistry in baking bread".
NOT_ASKED_OF = frozenset(
    terms(
        "tip tips rid question questions chance advice help idea ideas difference point reason "
        "thoughts worth mistake myth fact true truth debate way ways thing things stuff random "
        "colour color story whose less more most least actual joke physics chemistry biology "
        "science maths math mathematics take takes opinion opinions view views verdict"
    )
)
# People, of whom a question asks only as anyone: "do humans share dna with chimps" asks of
# the DNA ("our DNA"), "is it true humans only use ten percent of their brains" of the brain.
PEOPLE_TERMS = frozenset(terms("human humans people person man men woman women mankind"))
# Verbs after which a bare word says how a thing ends up, not what it is: "why does my pint go
# flat", "my bread went hard", "the milk turned sour", "being sick". ("Get" gets things: "get
# rust off".)
BECOMING = frozenset(
    """go goes going went gone turn turns turning turned become becomes becoming became stay
    stays stayed be being been""".split()  # noqa: SIM905
)
# Words after which a word says how much or how ("so far", "too hot", "how long").
DEGREE = frozenset("so too very how really quite".split())  # noqa: SIM905
# Verbs of telling: the noun before one tells, and is not asked of ("tiktok says").
TELLING = frozenset("says said reckons claims swears thinks".split())  # noqa: SIM905
# After a word of amount, what it is an amount of: "half a pineapple", "loads more fuel".
AMOUNT_OF = frozenset("of a an the more less".split())  # noqa: SIM905
# Words that point to a thing said in another part of a message: "all the cows are sitting
# down, does that mean rain", "why do my forks go black, theyre silver". Such parts say one
# thing together, and neither is on the side of the other.
REFERS = folded(
    r"\b(?:it|its|it's|they|them|their|theyre|they're|these|those|this|he|she|his|her)\b|"
    r"^\W*(?:\w+ )?that\b",
    re.IGNORECASE,
)
# Where a message's parts part: "a pen leaked in my shirt pocket, how do i get the ink out"
# asks of the ink.
CLAUSES = re.compile(r"(?<=[,;:.!?])\s+")


def _a_person(term: str) -> bool:
    """Whether `term` names a person (a son, a gran, a boss), who asks or is asked for, never
    what is asked of: "my son got stung by a bee". A pet is asked of ("my dog ate a sock")."""
    return term in PEOPLE_TERMS or term in _kin()


@lru_cache(maxsize=1)
def _kin() -> frozenset[str]:
    """The stems of the words for one's people (`asks._KIN`: "mum", "gran", "flatmate")."""
    from bots.asks import _KIN  # asks imports naming, which imports know, which imports this

    return frozenset(terms(" ".join(re.findall(r"[a-z]+", _KIN)))) - {"pet"}


def _said_how(tokens: list[str], i: int) -> bool:
    """Whether the word at `i` says how a thing is rather than what it is: a word of how on its
    own ("warm enough", "the quickest way"), any word after "so" or "how" ("so far"), or a
    bare word ending its phrase after a verb of becoming ("go flat so fast", not "got glue
    stuck")."""
    w = tokens[i].lower()
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    before = tokens[i - 1].lower() if i else ""
    if after[:1].isalpha() and _nounish(after):
        return False  # "warm water", "fizzy drink": a noun follows, of which it says what kind
    if before in DETERMINERS:
        return False  # "in the cold", "the dark": a thing (`_a_thing_said`)
    if before in DEGREE or _how_word(w):
        return True
    if before in BECOMING and not (after[:1].isalpha() and _content(after)):
        return True
    return w.endswith("est") and len(w) > 5 and bool(_content(w[:-3]))  # "quickest", not "chest"


def _ing_noun(word: str) -> bool:
    """Whether `word`, in "-ing", is no verb's form ("string", "ceiling", "lightning"), as
    `_verb` takes it to be: what comes before "ing" is no common verb, and is short or the
    word names a thing."""
    w = word.lower()
    if not w.endswith("ing"):
        return False
    base = w[:-3]
    if {base, base + "e", base[:-1]} & VERBS:
        return False
    return len(base) <= 4 or a_thing(_content(w))


def _verb_there(tokens: list[str], i: int) -> bool:
    """`_verb_at`, but for a word in "-ing" that is no verb's form (`_ing_noun`) and does
    nothing to a thing after it ("converting my bike" does), or one a thing is set against
    ("faster than sound")."""
    after = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
    noun = _ing_noun(tokens[i]) and after not in DETERMINERS | OWNERS
    than = i > 0 and tokens[i - 1].lower() == "than"
    return _verb_at(tokens, i) and not noun and not than


def _verb_follows(tokens: list[str], i: int) -> bool:
    """Whether a verb comes at `i` or after it, before the sentence ends."""
    for k in range(i, len(tokens)):
        if not tokens[k][:1].isalpha() and tokens[k] not in "'-":
            return False
        if _verb_there(tokens, k):
            return True
    return False


def _aux_before(tokens: list[str], i: int) -> bool:
    """Whether "does", "can" and the like stand before the phrase at `i`, past "the", "my"."""
    while i > 0 and tokens[i - 1].lower() in DETERMINERS | OWNERS:
        i -= 1
    return i > 0 and tokens[i - 1].lower() in AUXILIARIES


@lru_cache(maxsize=1024)
def _noun_phrases(text: str) -> tuple[tuple[tuple[int, int], ...], int]:
    """Where the noun phrases of `text` start and end, in its tokens (`TOKEN`), as `subjects`
    reads them: a word of substance that is no verb and says no how, and the nouns after it;
    and where a verb no list knows is (or -1): asked with "does" or "can", the last word of the
    first phrase, when no verb follows ("why does my ice cream melt so fast": ice cream)."""
    tokens = TOKEN.findall(text)
    found: list[tuple[int, int]] = []
    verb = -1
    before, i = "", 0
    while i < len(tokens):
        token = tokens[i]
        if (
            not token[:1].isalpha()
            or not _content(token)
            or ("'" in token and not token.lower().endswith("'s"))  # "we're", "it'll"
            or before.lower() in BEFORE_A_VERB
            or _verb_there(tokens, i)
            or _said_how(tokens, i)
        ):
            before, i = token, i + 1
            continue
        j = i
        while (
            j + 1 < len(tokens)
            and tokens[j + 1][:1].isalpha()
            and (_nounish(tokens[j + 1]) or _ing_noun(tokens[j + 1]))
        ):
            if tokens[j].lower().endswith("'s") or _plural(tokens[j]):
                break
            j += 1
        # "does my ice cream melt so fast": the verb no list knows, when none follows ("does
        # the fat string on a guitar sound lower" has its "sound").
        verb_after = _verb_follows(tokens, j + 1)
        if not found and j > i and not verb_after and _aux_before(tokens, i):
            verb, j = j, j - 1
        found.append((i, j))
        before, i = tokens[max(j, verb)], max(j, verb) + 1
    return tuple(found), verb


# Words that join things asked of alike: "the urn and the kettle", "fact or myth".
JOINS = frozenset(("and", "or", "&", "vs"))


@lru_cache(maxsize=1024)
def _phrase_focus(text: str) -> tuple[str, ...]:
    """The stem of the head of the first noun phrase of `text` that names what it asks of
    ("my phone battery": battery), with those joined to it ("the urn and the kettle") and what
    it does a thing to ("how do bars get clear ice": ice; not "their heads", its own); () when
    it names none, or only everyday things (`GENERIC_TERMS`). Passed over:
    a word of asking (`NOT_ASKED_OF`), a person, one who tells ("tiktok says"), and a
    part or an amount of a thing ("the bottom of the series")."""
    text = SET_PHRASES.sub(" ", text)
    tokens = TOKEN.findall(text)
    lowered = [t.lower() for t in tokens]
    found: list[str] = []
    last = -1
    for i, j in _noun_phrases(text)[0]:
        after = lowered[j + 1] if j + 1 < len(tokens) else ""
        head = _content(tokens[j])
        kept = [
            term
            for t in tokens[i : j + 1]
            if not _how_word(t.lower()) and (term := _content(t)) and term not in NOT_ASKED_OF
        ]
        if _only_how(tokens[i : j + 1]) or (head in NOT_ASKED_OF and not found):
            # "a massive hot spot": "massive" says how big the spot is; "serious question, we
            # go over the aqueduct": a word put to the asking, as "question" is.
            continue
        between = lowered[last + 1 : i]
        if found:
            # Joined to it ("the urn and the kettle"), or set against it ("light travels faster
            # than sound").
            joined = bool(between) and (between[0] in JOINS or between[-1] == "than")
            # What the thing asked of does, to a thing not its own ("bars get clear ice").
            done = not set(between) & BELONGING and any(_verb(t) for t in between)
            done = done and all(
                _verb(t) or t in DETERMINERS or _adjective(t) or t.endswith("ly") for t in between
            )
            if not (joined or done) or not kept:
                break
        elif (
            not kept
            or _a_person(head)
            or after in TELLING
            or (head in OF_NO_KIND and after in AMOUNT_OF)
        ):
            continue
        found.append(kept[-1])  # its head: "wet hair" is hair, whatever else is wet
        last = j
    # Only everyday words ("the same time every night"): no thing plainly asked of.
    return () if set(found) <= GENERIC_TERMS else tuple(found)


def _only_how(tokens: list[str]) -> bool:
    """Whether a phrase's words all say how a thing is ("massive", "serious"), none what."""
    return all(_adjective(t.lower()) for t in tokens)


@lru_cache(maxsize=1024)
def focus(text: str) -> tuple[str, ...]:
    """What a question asks of, as stems (`_phrase_focus`), read in the part of it that asks:
    "why does my pint go flat so fast": pint; "how do owls turn their heads": owl; "a pen
    leaked in my shirt pocket, how do i get the ink out": ink. A mention ("@curie why do soy
    candles tunnel") names who is asked, not what."""
    text = TAG_APART.sub(r" \1?", MENTION.sub(" ", text))
    parts = CLAUSES.split(text)
    asking = [part for part in parts if ASKED.search(part)] if len(parts) > 1 else []
    if len(asking) > 1:
        # "you play violin right? how do i stop my cymbals sounding so harsh": the check put
        # to the persona first only leads into the question.
        asking = [part for part in asking if not LEAD_CHECK.match(part)] or asking
    if len(asking) > 1:
        # "is there anything cheap that works? or do we just open the window": the other way
        # offered after the question is no thing it asks of.
        asking = [part for part in asking if not OTHER_WAY.match(part)] or asking
    for part in [*asking, text]:
        if found := _phrase_focus(part):
            if part is not text and ASKED_OF_IT.search(part):
                # "there's a fox at the roundabout every night. why isn't it scared of cars":
                # the fox, told before, is what "it" asks of.
                told = " ".join(parts[: parts.index(part)])
                return tuple(dict.fromkeys([*_phrase_focus(told), *found]))
            return found
    return ()


# Another way offered after a question: "or do we just open the window", "or should i bin it".
OTHER_WAY = folded(r"^\W*or\b", re.IGNORECASE)
# A question asked of "it" or "they", a thing told before it: "why isn't it scared of cars",
# "do they come back every year".
ASKED_OF_IT = folded(
    r"^\W*(?:(?:and|but|so|ok)\W+)?(?:(?:why|how come|how)\s+(?:[\w']+\s+)?|"
    r"(?:is|isn't|are|aren't|does|doesn't|do|don't|did|can|will|would)\s+)(?:it|they)\b",
    re.IGNORECASE,
)


# A tag put after a comma ("you know boats, right?"): read with the words it asks of.
TAG_APART = folded(r",\s*(right|yeah|yes|innit|eh|true)\s*\?", re.IGNORECASE)
# A check put to the persona before the question it leads into: "you play violin right?",
# "you're a chemist, yeah?", "u know about boats dont u?". Its thing is why the persona is
# asked, not what is asked.
LEAD_CHECK = folded(
    r"^\W*(?:(?:so|ok|and|hey|oh)\W+)?(?:you|u|ur|you're|youre|you've|youve|you'd|youd)\b"
    r"[^?]{0,60}?(?:\bright|\byeah|\byes|\bno|\binnit|\btrue|"
    r"\b(?:don'?t|didn'?t|aren'?t|weren'?t|haven'?t|wasn'?t|do|did|are|were) (?:you|u))\W*\?\W*$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)
def lead_terms(text: str) -> frozenset[str]:
    """The stems `text` says only in a check put to the persona before its question ("you play
    violin right? how do i stop my cymbals sounding so harsh": violin, play)."""
    parts = CLAUSES.split(TAG_APART.sub(r" \1?", MENTION.sub(" ", text)))
    asking = [part for part in parts if ASKED.search(part)]
    if len(asking) < 2:
        return frozenset()
    lead = {t for part in asking if LEAD_CHECK.match(part) for t in terms(part)}
    rest = {t for part in parts if not LEAD_CHECK.match(part) for t in terms(part)}
    return frozenset(lead - rest)


def names_focus(text: str, line: str) -> bool:
    """Whether `line` names what `text` asks of (`focus`), or `text` asks of nothing."""
    found = focus(text)
    return not found or _names_any(found, set(terms(line)), opening_nouns(line))


def asked_words(text: str) -> str:
    """What a question asks of (`focus`), as it says it: "the iron trough" for "how does an
    iron trough hold all that water", "the birds" for "what birds might we see"; "" for none.
    Said back when the persona owns up to it."""
    found = focus(text)
    if not found:
        return ""
    for part in CLAUSES.split(SET_PHRASES.sub(" ", text)):
        tokens = TOKEN.findall(part)
        for i, j in _noun_phrases(part)[0]:
            after = tokens[j + 1] if j + 1 < len(tokens) else ""
            misread = after[:1].isalpha() and _nounish(after)  # "the wild" of "wild yeasts"
            if _content(tokens[j]) == found[0] and a_thing(found[0]) and not misread:
                if i == j and i and tokens[i - 1].lower() in ("from", "to", "via"):
                    # "from paris to rome": a place, by its name, typed small; never "The paris?"
                    return ""
                if re.search(r"['’]s$", after):
                    return ""  # "mary shelley's crowd": part of a name, never "The mary?"
                said = [t for t in tokens[i : j + 1] if not _how_word(t.lower())]
                # "my car's making a noise": the car, never "the car's"
                return "the " + re.sub(r"['’]s$", "", " ".join(said).lower())
    return ""


def _names_any(found: tuple[str, ...], said: set[str], opening: tuple[str, ...]) -> bool:
    """Whether a line saying `said` names a thing of `found`: itself ("flies" and "a fly",
    which stem apart), a word its life says it in (`material.related`), a compound of it
    ("thunderstorm" for a storm), a thing of its kind ("a barn owl" for owls), or its kind where
    the line opens on it ("Birds ..." for owls; not "the food" said in passing, for honey)."""
    kinds = kinds_of()
    for term in found:
        names = {term, term[:-1] + "y"} if term.endswith("i") else {term}
        if (
            names & said
            or set(related([term])) & said
            or any(term in kinds.get(s, ()) for s in said)
            or set(kinds.get(term, ())) & set(opening)
            or (len(term) >= 4 and any(len(s) - len(term) >= 4 and term in s for s in said))
            # the head of a compound ("seashells" of shells), or the plain word of a degree
            # ("fair" of "the fairest way")
            or (len(term) >= 4 and any(len(s) - len(term) >= 3 and s.endswith(term) for s in said))
            or (term.endswith("est") and term[:-3] in said)
        ):
            return True
    return False


# Where or when a thing is asked of, not what: "my candle burns fast in a draughty room". ("With",
# "from", "of" and "on" say what: "green with grass stains", "a take on dating apps".)
SETTINGS = frozenset("in at under near during after before around".split())  # noqa: SIM905


def _settings(tokens: list[str]) -> set[int]:
    """Where `tokens` say where or when, after a thing named, in a place described ("in a
    cold room", "at a packed gig"): the words of that place. A place only named ("in a
    thunderstorm", "on the ceiling") may be what is asked of, and is not among them."""
    found: set[int] = set()
    named = False
    for i, token in enumerate(tokens):
        if named and token.lower() in SETTINGS:
            j = i + 1
            while j < len(tokens) and tokens[j].lower() in DETERMINERS | OWNERS:
                j += 1
            place = []
            while (
                j < len(tokens)
                and tokens[j][:1].isalpha()
                and _content(tokens[j])
                and not _verb_there(tokens, j)  # "in baking bread" is a deed, no place
            ):
                place.append(j)
                j += 1
            if len(place) >= 2:
                found.update(place)
        named = named or bool(
            token[:1].isalpha() and _content(token) and _nounish(token) and not _verb_at(tokens, i)
        )
    return found


# What a thing is likened to ("evolve like species do", "the way animals do"), the state of
# a thing beside ("with the window open"), a distance from a place ("miles from the sea") and
# how long ("all week"): how, where or when, never what is asked of.
LIKENED = folded(
    # (Likened by a verb of seeming or changing, or with the likened thing's own verb after it;
    # not "the same as normal water", a comparison asked.)
    r"(?:\b(?:smell|taste|sound|look|feel|evolve|act|behave)(?:s|ed|ing)?\s+like|\blike|"
    r"\bthe way)\s+(?:(?:a|an|the|other|real|living|most)\s+)?"
    r"(?P<what>[a-z][\w'-]*(?:\s+(?!(?:do|does|did)\b)[a-z][\w'-]*)?)\s*(?P<own>do|does|did)?"
    r"\s*(?=[,;:.!?]|$)|"
    r"\bwith\s+(?:the|a|an|my|our|your|its|their)\s+(?P<state>[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?"
    r"\s+(?:open|opened|shut|closed|on|off|running|down|up))\b|"
    r"(?<!\bhow )\b(?P<place>(?:miles?|km|kilomet(?:er|re)s?|yards|far|(?:a )?long way)\s+"
    r"(?:away\s+)?from\s+(?:the\s+|a\s+|an\s+|any\s+)?[a-z][\w'-]*)|"
    # When, in passing: "the battery light was on all week", "for days", "every morning".
    r"(?<!\bhow )\b(?P<when>(?:all|every|each|for|most|this|last|(?:the )?whole)\s+"
    r"(?:(?:the|a|few|couple of)\s+)?(?:weeks?|days?|nights?|mornings?|evenings?|months?|years?|"
    r"winter|summer|spring|autumn|time))\b(?!\s+(?:is|are|was|were|of)\b)",
    re.IGNORECASE,
)


def _beside(tokens: list[str]) -> set[int]:
    """Where `tokens` say what a thing is likened to, the state of a thing beside it, how far it
    is from a place or how long (`LIKENED`): the words of that."""
    lowered = [t.lower() for t in tokens]
    text = " ".join(lowered)
    found: set[int] = set()
    for m in LIKENED.finditer(text):
        group = next(g for g in ("what", "state", "place", "when") if m.group(g))
        if group == "what" and (
            LIKENESS_ASKED.search(text[: m.start()])
            or not (m.group("own") or m.group().split()[0] not in ("like", "the"))
        ):
            # "is a dolphin like a fish": the likeness is what is asked; "do u like cats" no
            # likeness at all.
            continue
        if group == "place" and WHERE_TOLD.search(text[: m.start()]):
            continue  # "the new house is 5 miles from a nuclear plant": where it is, told
        said = m.group(group).split()
        start = len(text[: m.start(group)].split())
        found.update(range(start, start + len(said)))
    return found


# Where a thing is, told of it: "the house is 5 miles from", "we live a long way from".
WHERE_TOLD = folded(
    r"\b(?:is|are|was|were|be|being|'s|s|live|lives|living|lived|moved|moving|located|based)"
    r"\s+(?:[\w']+\s+){0,2}$",
    re.IGNORECASE,
)
# A likeness asked of: "is a dolphin like a fish", "are wolves just like dogs".
LIKENESS_ASKED = folded(
    r"(?:^|[,;:.!?]\s*)\W*(?:is|are|was|were|isn't|aren't|am)\b[^,;:.!?]*$", re.IGNORECASE
)


@lru_cache(maxsize=1024)
def beside_terms(text: str) -> frozenset[str]:
    """The stems of the words `text` says only of what a thing is likened to, a state beside it,
    a distance or how long (`LIKENED`): "species" of "do songs evolve like species do", "sea"
    of "miles from the sea", "week" of "on all week". No key of a line is met by them."""
    found: set[str] = set()
    for part in CLAUSES.split(MENTION.sub(" ", text)):
        tokens = TOKEN.findall(part)
        found.update(term for i in _beside(tokens) if (term := _content(tokens[i])))
    return frozenset(found)


def _a_thing_said(tokens: list[str], i: int) -> bool:
    """Whether a word of how names a thing at `i`: after "the" or "a", before no noun ("in
    the cold", "the dark"; not "a warm pub")."""
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    noun_after = after[:1].isalpha() and _nounish(after)
    return i > 0 and tokens[i - 1].lower() in DETERMINERS and not noun_after


def _deed_asked(tokens: list[str], i: int) -> bool:
    """Whether the verb at `i` is the deed a question asks about: "should i lie to my boss",
    "is it rude to cry at a film" (not "how do owls turn their heads")."""
    before = [t.lower() for t in tokens[max(0, i - 2) : i]]
    return before[-1:] == ["to"] or (
        len(before) == 2 and before[0] in MODALS and before[1] in ("i", "we", "you", "u")
    )


def _a_choice(tokens: list[str]) -> bool:
    """Whether a part offers a choice: "play pretty and lose or ugly and win"."""
    return "or" in (t.lower() for t in tokens)


# A question's opening word of what, why or how: "why does my van keep stalling, the engine
# light has been on for days" asks, with or without its mark.
WH_ASKED = folded(r"^\W*(?:why|how|what|whats|what's|which|where|when)\b", re.IGNORECASE)
# A word of asking anywhere in a part: "like what was on the benches" asks on.
WH_ANY = folded(r"\b(?:why|how|what|whats|what's|which|where|when|who)\b|\?", re.IGNORECASE)


@lru_cache(maxsize=1024)
def side_terms(text: str) -> frozenset[str]:
    """The stems of the words `text` says only on the side of what it asks of: a word of how
    ("go flat so fast", "a warm pub", "so far"), a verb ("smell", "sting"), a thing's own part
    ("their heads"), or a place described (`_settings`), wherever it says them. In a part
    that offers a choice ("play pretty and lose or ugly and win") every word is what is
    asked."""
    side: set[str] = set()
    plain: set[str] = set()
    parts = CLAUSES.split(TAG_APART.sub(r" \1?", SET_PHRASES.sub(" ", text)))
    # Asking plainly: a mark, or a question's opening ("hypothesis is that ..." tells).
    asks = ["?" in part or bool(ASKED.match(part)) for part in parts]
    # A check put to the persona before the question ("you play violin right?") only tells.
    leads = [
        sum(asks) > 1 and asking and bool(LEAD_CHECK.match(part))
        for part, asking in zip(parts, asks, strict=True)
    ]
    asks = [asking and not lead for asking, lead in zip(asks, leads, strict=True)]
    # A part that asks of a thing of its own ("what birds might we see"), not one that asks
    # only of what is told beside it ("my supervisor says it is unfalsifiable. is she right").
    # (Nor a choice: "electric scooters: cheating or genius?" asks of the scooters.)
    asks_of_its_own = any(
        "?" in part
        and _phrase_focus(part)
        and not REFERS.search(part)
        and not _a_choice(TOKEN.findall(part))
        for part, asking in zip(parts, asks, strict=True)
        if asking
    )
    # Asked first with no mark ("why does my van keep stalling, the engine light has been on
    # for days"): what follows tells the asker's own case (not what comes before it: "i want to
    # do some kitchen chemistry with my kids, how do we start").
    asked_first = (
        bool(parts)
        and bool(WH_ASKED.match(parts[0]))
        and bool(_phrase_focus(parts[0]))
        and not REFERS.search(parts[0])
    )
    for part, asking, lead in zip(parts, asks, leads, strict=True):
        tokens = TOKEN.findall(part)
        choice = _a_choice(tokens)
        settings = _settings(tokens)
        beside = _beside(tokens)
        phrases, verb = _noun_phrases(part)
        # Beside another part that asks, a part that asks nothing only tells ("want to pack
        # the right book"); and a word only qualifying what is asked of says what it is made
        # of or where it is ("an iron trough", "the flat top"), not what it is.
        told = lead or (
            (asks_of_its_own or (asked_first and not WH_ANY.search(part)))
            and not asking
            and not REFERS.search(part)
        )
        for i, token in enumerate(tokens):
            term = _content(token) if token[:1].isalpha() else ""
            if not term:
                # A word of how in "-ly" says when, though its stem names a thing: "early" is
                # no "ear".
                side.update(terms(token) if token.lower() in ADJECTIVES else ())
                continue
            owned = told or (i > 0 and tokens[i - 1].lower() in BELONGING)
            how = _said_how(tokens, i) or (
                _how_word(token.lower()) and not _a_thing_said(tokens, i)
            )
            done = _verb_there(tokens, i) and not _deed_asked(tokens, i)
            if i in beside:
                side.add(term)  # likened to, or beside it: in a choice too
                continue
            side_word = owned or how or i in (verb, *settings) or done
            (side if side_word and not choice else plain).add(term)
    return frozenset(side - plain)


@lru_cache(maxsize=1024)
def _qualifiers(text: str) -> frozenset[str]:
    """The stems of the words that only qualify the thing a question asks of, in its noun
    phrase: "iron" of "an iron trough", "flat" of "the flat top"."""
    asked_of = set(focus(text))
    found: set[str] = set()
    for part in CLAUSES.split(SET_PHRASES.sub(" ", text)):
        tokens = TOKEN.findall(part)
        for i, j in _noun_phrases(part)[0]:
            if _content(tokens[j]) in asked_of:
                found.update(_content(t) for t in tokens[i:j])
    return frozenset(found - asked_of - {""})


def _names_another(line: str, term: str, asked: set[str]) -> bool:
    """Whether `line` says `term` only right before a noun the question (its words `asked`)
    does not say, naming another thing by it: "a smoke alarm", "a top floor". A word in -s
    after it may be its verb ("Iron rusts", "a smoke alarm chirps"), and names nothing."""
    tokens = TOKEN.findall(line)
    said = [i for i, token in enumerate(tokens) if _content(token) == term]
    return bool(said) and all(
        i + 1 < len(tokens)
        and not _plural(tokens[i])  # "Your ears pop": a verb after a plural
        and not tokens[i].lower().endswith("'s")  # "a polar bear's fur" is the bear's
        and _nounish(after := tokens[i + 1])
        and not after.lower().endswith("s")
        and _content(after) not in asked
        # Another thing, not what is done with it: "a top floor", not "GPS navigation".
        and a_thing(_content(after))
        for i in said
    )


def _opens_alone(line: str) -> bool:
    """Whether the first noun `line` opens on stands alone, naming no other thing before a
    noun after it: "Iron rusts", "Timber rots"; not "A smoke alarm holds ..."."""
    tokens = TOKEN.findall(line)
    i = 1 if tokens and tokens[0].lower() in HEAD_LEADS else 0
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    return not (after[:1].isalpha() and _nounish(after) and not _plural(after))


def _part_of(text: str, term: str) -> bool:
    """Whether `text` says `term` as a part of another thing: "the top of a hill"."""
    if term not in OF_NO_KIND:
        return False  # "the premiere of City Lights" is a premiere, of a film
    tokens = [t.lower() for t in TOKEN.findall(text)]
    return any(
        tokens[i + 1] == "of" and _content(token) == term for i, token in enumerate(tokens[:-1])
    )


def off_focus(
    text: str,
    line: str,
    keys: frozenset[str] = frozenset(),
    on: frozenset[str] | None = None,
) -> bool:
    """Whether `line`, found for the question `text` on words it shares with it (or `on`, the
    words it was found on), is found on side words only (`side_terms`) and names nothing of
    what the question asks of (`focus`), in its words or its `keys` (what a `#know` line is
    keyed by): "why does my pint go flat so fast in a warm pub" and a line keyed for a cold
    flat; "how do owls turn their heads so far" and a pigeon's head, "as far as I can judge"."""
    found = focus(text)
    if not found:
        return False
    said = set(terms(line))
    shared = (set(terms(text)) & said) - GENERIC_TERMS if on is None else on
    side = side_terms(text)
    opening = opening_nouns(line)
    # What is asked of, said in the line only to name another thing ("a smoke alarm" is no
    # coloured smoke, "a top floor" no flat top), or said of another kind (`kinds`).
    asked = set(terms(text))
    naming = {
        t
        for t in found
        if _names_another(line, t, asked)
        # Or, asked of as a thing of a kind, said as a part of another: "the top of a hill" for
        # "the flat top".
        or (bool(kinds(text).get(t)) and _part_of(line, t) and not _part_of(text, t))
    } - keys  # what a line is keyed by, it is about ("a small Christmas tree" of Christmas)
    # A line opening on what the thing asked of is made of, or its kind ("an iron trough",
    # "a timber bridge"), and saying nothing of what the question says happens to it: rust,
    # for how the trough holds its water ("Iron rusts ..."); not the silver, for "why does
    # silver cutlery go black" ("Silver goes black ...").
    qualifying = _qualifiers(text)
    of_its_stuff = (
        bool(opening)
        and all(a_thing(t) for t in found)  # "a trough", not "my cat knock stuff"
        and opening[0] in qualifying
        and _opens_alone(line)
        and not (shared - qualifying) & side
    )
    # One word of the question besides its side words, said after what is asked of, in a line
    # opening on a thing the question never names, is one word in passing unless the line names
    # what is asked of: radium's energy, for "why do dates give you energy"; the Academy's
    # seat, for car seats. Not a word before it, which asks of it ("thoughts on tipping at the
    # pizza place"), nor a line opening on a thing asked ("Silver goes black", for forks that
    # are silver), unless that is the word said in passing, a thing of its own ("a freezer ...
    # when the doors are opening": "A door opens most easily ...").
    main = shared - side
    passing = next(iter(main)) if len(main) == 1 else ""
    own_thing = {passing} if passing and _determined(text, passing) else set()
    # (A line opening on whence opens on the thing it names there: "From an orchid of
    # Madagascar ... a foot long", for shells dug up with the footings.)
    leading = opening or opening_nouns(LEADING_PLACE.sub("", line, count=1))
    in_passing = (
        bool(passing)
        and _said_after(text, found[0], passing)
        and bool(leading)
        # (a thing named only in the check put first, "u play the violin yeah?", is not asked)
        and not set(leading) & (asked - lead_terms(text)) - own_thing
        and a_thing(leading[-1])
        and leading[-1] not in GENERIC_TERMS
    )
    if not shared or not (shared <= side or naming or of_its_stuff or in_passing):
        return False  # found on a thing it names besides ("the grass stains" on the knees)
    asked_of = tuple(t for t in found if t not in naming)
    return not _names_any(asked_of, (said - naming) | keys, opening)


def thing_only(
    text: str, line: str, keys: frozenset[str] = frozenset(), *, deeds: bool = False
) -> bool:
    """Whether `line`, found for the question `text`, says alike only the thing the question
    asks of (`focus`), its side words aside, and nothing of what it asks of it, in its words or
    in those its life says them in (`material.related`): "A young songbird sings badly at
    first ... before his song comes right" for "do songs evolve like species do"; "A black car
    gets hotter in the sun ... the light" for "my car wont start and the battery light came
    on" (a warning light, no sunlight). `keys`: what a `#know` line is keyed by, which it is
    about. A question that names no other thing beside its own ("what is a black hole", "do
    songs evolve") is met by it; with `deeds`, one that says what its thing does is not,
    before any other way it offers ("why does my dog spin three times before lying down" and
    "Time passes no differently for a dog"; not "is that curse even real or did actors make it
    up" and a curse carved on a grave)."""
    found = set(focus(text))
    if not found:
        return False
    asked = set(terms(text))
    side = side_terms(text)
    alike = alike_terms(text, line) | (asked & keys)
    shared = alike - GENERIC_TERMS - beside_terms(text)
    if not shared or not shared <= found:
        return False
    # (Nor what says which of it, before or after: "the plot of my play" asks of a plot.)
    which = {k for t in found for k in kinds(text).get(t, ())}
    rest = asked - found - side - GENERIC_TERMS - NOT_ASKED_OF - _qualifiers(text) - which
    # Judged on another thing it names beside its own ("the battery light"): a word of how or
    # of doing alone ("whats a sonnet exactly", "do i survive") leaves it to the line.
    if deeds:
        first = OTHER_OPTION.split(text, maxsplit=1)[0]
        done = {
            term
            for token in TOKEN.findall(first)
            if (term := _content(token)) and not _adjective(token.lower())
        }
        rest = {t for t in rest if t in done and not _a_person(t)}
    else:
        rest = {t for t in rest if t in phrase_nouns(text) and a_thing(t) and not _a_person(t)}
    if not rest:
        return False
    said = set(terms(line)) | keys
    # What it asks, said in the line in its sense ("flashy males" and "Male birds"; not the
    # battery light and the sunlight a black car takes in), or in words its life says it in.
    met = {t for t in rest & said if t in keys or not said_apart(text, line, t)}
    return not (met or (set(related(sorted(rest))) - rest) & said)


# Whence a line opens, before the thing it names: "From an orchid ..." (not "On a steeper
# slope ...", where the slope is how, and gravity's pull the thing).
LEADING_PLACE = folded(r"^\W*from\s+", re.I)


# Where a question offers another way ("... or did actors make it up").
OTHER_OPTION = folded(r"\bor\b", re.IGNORECASE)


@lru_cache(maxsize=1024)
def phrase_nouns(text: str) -> frozenset[str]:
    """The stems of the words `text` says in its noun phrases (`_noun_phrases`): things named,
    not "back" of "back in 1900"."""
    found: set[str] = set()
    for part in CLAUSES.split(text):
        tokens = TOKEN.findall(part)
        for i, j in _noun_phrases(part)[0]:
            found.update(_content(tokens[k]) for k in range(i, j + 1))
    return frozenset(found - {""})


# A line that opens on a case: "If you smell gas, ...", "When the tide is out, ...".
CASE_OPENING = folded(
    r"^\W*(?:if|when|whenever)\s+(?!i\b|i'\w+)(?P<case>[^,;:.!?]+)", re.IGNORECASE
)


def case_unmet(text: str, line: str) -> bool:
    """Whether `line` opens on a case (`CASE_OPENING`) whose things `text` never names: "If you
    smell gas, open the windows ..." is for gas, not for a back room that smells of damp. A case
    of no thing ("If you lie awake thinking") is met by anyone."""
    opening = CASE_OPENING.match(line)
    if not opening:
        return False
    tokens = TOKEN.findall(opening.group("case"))
    things = {
        term
        for i, token in enumerate(tokens)
        if (term := _content(token))
        and not _verb_at(tokens, i)
        and not (i and tokens[i - 1].lower() in ("to", "you", "we", "i", "they"))
        and a_thing(term)
    } - GENERIC_TERMS
    said = set(terms(text))
    return bool(things) and not things & said and not set(related(sorted(things))) & said


def met_apart(text: str, on: Collection[str]) -> bool:
    """Whether a line found for the question `text` on the words `on` is found on what it asks
    of (`focus`) and, besides, only on words of another part of it: another question after it
    ("how do the bees decide who becomes the queen? is it just the food they get?": a line on
    bees and the food they give us), or a word of how a thing looks told after it ("what kind
    of owl is it, its brown and fluffy": a line on brown coats). The part that asks of the
    thing, and what is told before it, are what a line must be met on."""
    found = set(focus(text))
    extra = set(on) - found - GENERIC_TERMS
    if not found or not extra or len(extra) == len(set(on)):
        return False
    parts = CLAUSES.split(MENTION.sub(" ", text))
    at = next(
        (i for i, part in enumerate(parts) if ASKED.search(part) and found & set(terms(part))),
        None,
    )
    if at is None or len(parts) < 2:
        return False
    if extra & {t for part in parts[: at + 1] for t in terms(part)}:
        return False  # met in the part that asks of it, or in what is told first
    side = side_terms(text)
    later = parts[at + 1 :]
    return all(
        any(t in terms(part) and (ASKED.search(part) or t in side) for part in later) for t in extra
    )


def _determined(text: str, term: str) -> bool:
    """Whether `text` says the stem `term` always right after "a", "the", "my" and the like: a
    thing of its own ("the doors"), not what another is ("they're silver")."""
    tokens = TOKEN.findall(text)
    at = [i for i, token in enumerate(tokens) if _content(token) == term]
    return bool(at) and all(i and tokens[i - 1].lower() in DETERMINERS for i in at)


def _said_after(text: str, first: str, then: str) -> bool:
    """Whether the stem `then` is first said in `text` after the stem `first` is."""
    stems = [stem(t.lower()) for t in TOKEN.findall(text)]
    return first in stems and then in stems and stems.index(then) > stems.index(first)


GENERIC = frozenset()


def alike_terms(message: str, line: str) -> set[str]:
    """The content words (stemmed) `line` shares with `message` and says as it does: not
    "ground" of "ground crew" against "the ground", nor "field" against "field hospitals";
    not "cards" of "my bank cards" against "punched cards" (`kinds`), nor "the bark" of a
    tree against a dog that "barks" (`_said_as`)."""
    said = roles(message)
    in_line = roles(line)
    # Said alone in both, or before a noun in both ("smoke detector", "smoke alarm").
    alike = {
        term
        for term in said.keys() & in_line.keys()
        if said[term] & in_line[term] or (said[term] - {""} and in_line[term] - {""})
    }
    return {term for term in alike if _of_its_kind(term, message, line)}


# Nouns that say which part or how much of a thing, not which kind: "the end of the day", "a
# cup of tea", "the rest of it" name no other thing than the one they qualify.
OF_NO_KIND = frozenset(
    terms(
        "lot lots bit kind sort type piece cup glass part rest end start middle top bottom side "
        "half most some all none one number couple pair bunch load loads way day time species "
        "breed breeds variety varieties"
    )
)


@lru_cache(maxsize=2048)
def kinds(text: str) -> dict[str, frozenset[str]]:
    """The stems of the nouns that say what kind of thing each noun of `text` is, before it
    ("my bank cards": card -> {bank}; "the market cry of the fishmonger": cry -> {market}) or
    after "of" ("a free trial of the streaming thing": trial -> {stream, thing}). A shared word
    of another kind is another thing: a search engine is no Analytical Engine, a sting ray no
    gamma ray, a climbing wall no cell wall, the star of the show no star in the sky."""
    tokens = TOKEN.findall(text)
    found: dict[str, set[str]] = {}
    for i, token in enumerate(tokens):
        head = _content(token) if token[:1].isalpha() else ""
        if not head or i == 0:
            continue
        before = tokens[i - 1]
        # A noun right before it ("bank cards"); a bare verb form after "the" and a singular
        # noun is a noun too ("the market cry", not "the kids cry" nor "the dog barks").
        bare = token.lower() in VERBS and not _plural(token)
        # Right after "a", "the" or "which" a word names a kind, verb or not ("a sting ray",
        # "the climbing wall", "which search engine").
        led = i >= 2 and tokens[i - 2].lower() in KIND_LEADS
        # Not a verb after its doer: "did you discover polonium", "do u reckon ghosts".
        done = i >= 2 and tokens[i - 2].lower() in DOERS
        if (
            i >= 2
            and not done
            and _content(before)
            # A participle says how the thing is, not its kind ("a falling lift", "the
            # missing link"): only "the climbing wall" of a kind the line names otherwise.
            and (_nounish(before) or (led and not _adjective(before)))
            and not _plural(before)
            and not before.lower().endswith("'s")
            and (_nounish(token) or (bare and led and _ends_phrase(tokens, i + 1)))
        ):
            found.setdefault(head, set()).add(_content(before))
        # "X of the Y": Y says which X, unless X is a part or an amount ("a cup of tea").
        if head in OF_NO_KIND or i + 1 >= len(tokens) or tokens[i + 1].lower() != "of":
            continue
        j = i + 2
        while j < len(tokens) and tokens[j].lower() in DETERMINERS:
            j += 1
        of = set()
        while j < len(tokens):
            if kind := _kind_word(tokens[j]):
                of.add(kind)
            elif not (tokens[j].lower() in OF_HOW or _adjective(tokens[j])):
                break  # "the date of the next meeting": past "next" to the meeting
            j += 1
        if of:
            found.setdefault(head, set()).update(of)
    return {head: frozenset(said - {""}) for head, said in found.items()}


OF_NOTHING = frozenset(
    """this that these those them mine yours ours theirs what which there here everything
    anything something nothing everyone anyone someone""".split()  # noqa: SIM905
)


OF_HOW = frozenset("next last first second third new old".split())  # noqa: SIM905


def _ends_phrase(tokens: list[str], i: int) -> bool:
    """Whether the noun phrase ends before `tokens[i]`: at the end, a mark, "of", or a verb of
    being ("the market cry of", "the market cry is"), not an object ("let the baby cry it out")."""
    return i >= len(tokens) or not tokens[i][:1].isalpha() or tokens[i].lower() in PHRASE_ENDS


PHRASE_ENDS = frozenset("of is was are were has had in at on from".split())  # noqa: SIM905


def _kind_word(token: str) -> str:
    """The stem of `token` as a word of kind after "of": a word of substance, or a longer word
    the index passes over ("the star of the show")."""
    w = token.lower()
    if not w[:1].isalpha() or w in OF_NOTHING or w in NOT_NOUNS:
        return ""
    return _content(token) or (w if len(w) >= 4 and w.isalpha() else "")


# Words the personas' material says of things of several kinds, so that the kind a message
# names decides which ("bank cards" are no punched cards, "a search engine" no Analytical
# Engine, "midnight mass" no mass of physics); other words are one thing whatever names them
# ("our club photos" are photos, "a chemistry lab" a lab). Found by reading the material for
# each word in lines on different things.
SEVERAL_KINDS = frozenset(
    terms(
        "card cards engine engines ray rays mass wall walls cell cells star stars stage trial "
        "field scale scales pitch plant plants spring ring bank charge current match bat seal "
        "fire date tip cry bite club bill table glass glasses light wave bond element"
    )
)
DOERS = frozenset("i you u we they he she it did do does".split())  # noqa: SIM905


@lru_cache(maxsize=1024)
def other_kinds(text: str) -> frozenset[str]:
    """The stems of words of several kinds (`SEVERAL_KINDS`) that `text` says of a kind it
    names ("the market cry of the veg man", "the council tip") or only to name another thing
    ("the new card reader", "a tip jar"): a line or a take on the word alone is on another
    thing."""
    said = roles(text)
    named = kinds(text)
    return frozenset(
        term for term in said.keys() & SEVERAL_KINDS if named.get(term) or "" not in said[term]
    )


def _of_its_kind(term: str, message: str, line: str) -> bool:
    """Whether `line` says `term` of the kind of thing `message` says it of (`kinds`): it says
    the kind too, or a word its life says it in, or says nothing of kind where the message says
    nothing; and says it as a thing where the message does, not only as a deed (`_said_as`)."""
    wanted = kinds(message).get(term)
    in_line = roles(line).keys()
    several = term in SEVERAL_KINDS or term in _names(line)
    if wanted and several and not set(related(sorted(wanted))) & in_line:
        return False
    if term in _owned(message) and term in _names(line):
        return False  # "my beagle ate a sock" and "On the Beagle I would eat whatever we caught"
    return not (_said_as(message).get(term) == "thing" and _said_as(line).get(term) == "deed")


KIND_LEADS = DETERMINERS | {"which", "what"}
MODALS = frozenset("can could will would should may might must".split())  # noqa: SIM905
OWNERS = frozenset("my our his her their".split())  # noqa: SIM905


@lru_cache(maxsize=2048)
def _owned(text: str) -> frozenset[str]:
    """The stems of the words `text` says right after "my", "our", "his", "her", "their" in
    lower case ("my beagle", "our engine"): a thing someone has, no named thing ("your
    beagle" may be the ship, asked of its naturalist)."""
    tokens = TOKEN.findall(text)
    return frozenset(
        _content(token)
        for i, token in enumerate(tokens)
        if i and tokens[i - 1].lower() in OWNERS and token.islower() and _content(token)
    )


@lru_cache(maxsize=2048)
def _names(text: str) -> frozenset[str]:
    """The stems of the words `text` says only with a capital, never first in a sentence: the
    names of things ("the Beagle", "the Globe", "the Engine")."""
    tokens = TOKEN.findall(text)
    capital, plain = set(), set()
    for i, token in enumerate(tokens):
        term = _content(token) if token[:1].isalpha() else ""
        if not term or i == 0 or tokens[i - 1] in '.!?;:"':
            continue
        (capital if token[:1].isupper() else plain).add(term)
    return frozenset(capital - plain)


PRONOUNS = frozenset("i you he she it we they who which that".split())  # noqa: SIM905


@lru_cache(maxsize=2048)
def _said_as(text: str) -> dict[str, str]:
    """For each stem of `text` said only one way: "thing" when always right after "a", "the",
    "my" ("the bark on our cherry tree"), "deed" when always a verb's inflected form after its
    doer or "to" ("a dog barks", "when barked at", "it barked"). Other words are not in it."""
    tokens = TOKEN.findall(text)
    ways: dict[str, set[str]] = {}
    for i, token in enumerate(tokens):
        term = _content(token) if token[:1].isalpha() else ""
        if not term:
            continue
        before = tokens[i - 1].lower() if i else ""
        w = token.lower()
        inflected = (
            w not in VERBS
            and _verb(w)
            and not _plural(w)
            or (w.endswith("s") and w[:-1] in VERBS and before not in DETERMINERS)
        )
        after = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        if before in DETERMINERS:
            way = "thing"
        elif inflected and (
            before in PRONOUNS
            or before in ("to", "when")
            # After a noun, a verb's -s or -ed ("a dog barks"), not "-ing" ("single missing").
            or (_nounish(before) and not w.endswith("ing"))
        ):
            way = "deed"
        elif before in MODALS and after in DETERMINERS:
            way = "deed"  # "slow changes can shape the whole face of the earth"
        elif before.endswith("ed") and _verb(before) and not _verb(w) and not _adjective(w):
            way = "thing"  # "a mole that's changed shape"
        else:
            way = ""
        ways.setdefault(term, set()).add(way)
    return {term: next(iter(w)) for term, w in ways.items() if len(w) == 1 and "" not in w}


# Verbs that say nothing of what a thing is about ("saw", "hold", "keep"), unlike "bake" or
# "hate".
LIGHT_VERBS = frozenset(
    """saw see seen seeing hold held holding keep kept keeping look looked looking show showed
    showing find found finding tell told telling call called turn turned start started stop
    stopped run ran sit sat stand stood leave left bring brought set use used try tried need
    needed want wanted seem seemed put let come came take took give gave stay stays stayed
    staying""".split()  # noqa: SIM905
)


@lru_cache(maxsize=1024)
def _verbal(text: str) -> frozenset[str]:
    """The stems of the words of `text` that are light verbs there ("saw", "hold")."""
    tokens = TOKEN.findall(text)
    return frozenset(
        found[0]
        for i, token in enumerate(tokens)
        if token.lower() in LIGHT_VERBS and _verb_at(tokens, i) and (found := terms(token))
    )


def loosely_alike(message: str, line: str) -> set[str]:
    """`alike_terms`, and the words the message says before a noun that the line says alone
    ("the queen bee" and "the queen only lays eggs"); not a word the line says before a noun
    the message says alone ("the field" and "field hospitals"); nor, where the message says it
    only before a noun, a line that does not say that noun ("which search engine" and "the
    search" for a spice)."""
    said = roles(message)
    in_line = roles(line)

    def of_it(term: str) -> bool:
        heads = said[term] - {""}
        return not heads or "" in said[term] or bool(set(related(sorted(heads))) & in_line.keys())

    return alike_terms(message, line) | {
        term
        for term in said.keys() & in_line.keys()
        if "" in in_line[term] and said[term] and of_it(term) and _of_its_kind(term, message, line)
    }


def _first_of(text: str, field: frozenset[str]) -> str:
    """The first word of `text` (stemmed) that is a word of `field` or of any field's lexicon."""
    every = _every()
    return next((t for t in roles(text) if t in field or t in every), "")


HEAD_LEADS = frozenset("the a an some most many all".split())  # noqa: SIM905
HEAD_JOINS = frozenset(("or", "and", ","))
BELONGING = frozenset("their its his her whose".split())  # noqa: SIM905
# How many words of a line are its head, where a thing it names is what it is on.
LINE_HEAD_WORDS = 8


@lru_cache(maxsize=4096)
def opening_nouns(line: str) -> tuple[str, ...]:
    """The stems of the nouns of the noun phrase `line` opens on, its head last ("Bats hang
    upside down": bat; "A microwave oven heats food": microwave, oven; "A dog's wet nose": dog,
    nose), or () when it opens otherwise ("I", "My", "When", "It")."""
    tokens = TOKEN.findall(line)
    i = 1 if tokens and tokens[0].lower() in HEAD_LEADS else 0
    found: list[str] = []
    while i < len(tokens) and tokens[i][:1].isalpha():
        token = tokens[i]
        w = token.lower()
        if w in PRONOUNS or w in OWNERS or w in STOPWORDS and w not in HEAD_JOINS:
            break
        if _adjective(w) or w in HEAD_JOINS:
            i += 1  # "a thicker or slacker string", "wet tiles"
            continue
        possessive = w.endswith("'s")
        if not possessive and (not _nounish(token) or found and _verb_at(tokens, i)):
            break
        term = _content(token[:-2] if possessive else token)
        if not term:
            break
        found.append(term)
        i += 1
        if not possessive and _plural(token):
            break  # "Bats hang": a plural noun ends it
    return tuple(found)


def _free_nouns(text: str) -> frozenset[str]:
    """The stems of `text`'s words said other than right after "their", "its", "his", "her":
    "the oil" and "the fryer", not "their legs" (a bat's)."""
    tokens = TOKEN.findall(text)
    return frozenset(
        term
        for i, token in enumerate(tokens)
        if (term := _content(token)) and not (i and tokens[i - 1].lower() in BELONGING)
    )


# Words said between a doer and its deed ("gravity actually bends", "babies really cry").
BETWEEN_DOER = AUXILIARIES | frozenset(
    "actually really just even still always never ever also only slowly somehow not so".split()  # noqa: SIM905
)


DEED_ENDINGS = ("s", "ed", "ing")


def _doer_of(tokens: list[str], i: int, *, asked: bool = False) -> str:
    """The stem of the thing said to do the deed at `i` ("gravity" in "how does gravity
    actually bend light"), or "" when a person ("i", "you") or nothing named does it; `asked`,
    only as a question puts it, after "does", "do", "can" ("does gravity bend")."""
    j = i - 1
    while j >= 0 and tokens[j].lower() in BETWEEN_DOER - AUXILIARIES:
        j -= 1
    k = j - 1
    while k >= 0 and tokens[k].lower() in DETERMINERS:
        k -= 1  # "does the moon bend"
    if j < 0 or (asked and (k < 0 or tokens[k].lower() not in AUXILIARIES)):
        return ""
    word = tokens[j].lower()
    if word in PRONOUNS or word in STOPWORDS or _adjective(word) or word.endswith("'s"):
        return ""
    return _content(tokens[j])


def another_doer(message: str, line: str) -> bool:
    """Whether `line` tells of a deed `message` asks of as done by another thing (taste42): "A
    seedling bends towards the light" for "how does gravity actually bend light" (gravity, not a
    plant, bends it). The message's doer is named neither in the line nor as its kind; a deed
    done by a person ("i never listen") or by nothing named is no such deed."""
    said, in_line = TOKEN.findall(message), TOKEN.findall(line)
    named, line_terms = set(terms(message)), set(terms(line))
    for i, token in enumerate(said):
        # (a deed of its own, not a common verb that says little: "walk", "feel", "dry")
        common = token.lower() in LIGHT_VERBS or token.lower() in VERBS
        deed = "" if common else _content(token)
        doer = _doer_of(said, i, asked=True) if deed else ""
        if not doer or doer in line_terms:
            continue
        for k, other in enumerate(in_line):
            # The deed said as a verb in the line ("A seedling bends"), not a noun ("a bicycle
            # chain" for "does my bike chain rust").
            inflected = other.lower() != token.lower() and other.lower().endswith(DEED_ENDINGS)
            if k and inflected and _content(other) == deed:
                theirs = _doer_of(in_line, k)
                if theirs and theirs not in named and not akin(doer, theirs):
                    return True
    return False


def another_thing(message: str, line: str) -> bool:
    """Whether `line` opens on a thing `message` names neither itself nor by its kind (either
    way: `lexicon.akin`), while naming none of the message's things in its own right: "Bats
    hang upside down ... their legs are too weak to run" for "why do my legs ache after a run"
    (a bat's legs); not "A liquid at rest lies level ... the oil stays level" for "does the oil
    in the fryer sit level" (the oil, what it is about, named). Nor a line that shares with it
    only things said of other things (`_shares_only_apart`: "a wire" for "the zip wire")."""
    if _shares_only_apart(message, line) or another_doer(message, line):
        return True
    heads = opening_nouns(line)
    if not heads:
        return False  # a line on the persona's own life ("I", "My")
    named = roles(message).keys()
    if any(akin(head, t) for head in heads for t in named):
        return False
    if _in_passing(message, line, named):
        return True
    if not a_thing(heads[-1]):
        return False  # a line on an idea
    about = subjects(message)
    if not any(a_thing(t) for t in about):
        return False  # a message about no thing ("how do you stay kind")
    # Opening on another of its kind ("Cats sleep most of the day ... while a grazing cow must
    # eat", for cows), not beside it ("Midges and mosquitoes bite ...", for mosquitoes).
    opening_words = set(terms(" ".join(TOKEN.findall(line)[:SIBLING_OPENING_WORDS])))
    if not about & opening_words and any(_siblings(h, t) for h in heads for t in about):
        return True
    # Named in its own right: the thing the message is about, two of its things ("a dry
    # track" and "wet, smooth tiles" for trainers that slip), or one at the head of the line
    # ("Actors saying 'break a leg'"); one thing of it said in passing later on is not enough
    # ("a trace of water" in a line on rusting iron, for cold-water swimming).
    shared = {t for t in _free_nouns(line) & named if a_thing(t)}
    early = _free_nouns(" ".join(TOKEN.findall(line)[:LINE_HEAD_WORDS]))
    return not (shared & (about | early) or len(shared) >= 2)


def _in_passing(message: str, line: str, named: Collection[str]) -> bool:
    """Whether `line`, opening on another thing, says the words of `message` (`named`) only in
    a clause that qualifies another, later on ("when the battery is flat", in "A spreadsheet
    beats a paper register ...; but print a copy, for paper still works when the battery is
    flat"), for a car battery that keeps going flat. Not in a clause of its own ("The Engine
    counted in tens; your computers count in binary"), nor its deeds ("how to sort")."""
    shared = (_free_nouns(line) & set(named)) - _infinitives(message) - GENERIC_TERMS
    early = _free_nouns(" ".join(TOKEN.findall(line)[:LINE_HEAD_WORDS]))
    return bool(shared) and not shared & early and not shared & _free_nouns(_unqualified(line))


# A clause that qualifies another: when, if or while it holds.
QUALIFYING_CLAUSE = folded(
    r"\b(?:when|whenever|if|unless|while|until|though|although|once)\b[^;:.!?,]*", re.IGNORECASE
)


def _infinitives(text: str) -> frozenset[str]:
    """The stems of the words `text` says right after "to": deeds ("how to sort a battery")."""
    tokens = TOKEN.findall(text)
    return frozenset(
        term
        for i, token in enumerate(tokens[1:], start=1)
        if tokens[i - 1].lower() == "to" and (term := _content(token))
    )


def _unqualified(line: str) -> str:
    """`line` without its qualifying clauses after the first of it (`QUALIFYING_CLAUSE`)."""
    head = _first_part(line)
    return head + QUALIFYING_CLAUSE.sub(" ", line[len(head) :])


def _first_part(line: str) -> str:
    """`line` up to its first semicolon, colon or dash: the clause it opens on."""
    return re.split(r"[;:\u2014]|\s-\s", line, maxsplit=1)[0]


def said_apart(message: str, line: str, term: str, *, deep: bool = False) -> bool:
    """Whether `message` and `line` say the noun `term` of two things, one naming it with a
    noun the other does not say with it: the question's "zip wire" and "a wire" that carries a
    current, its "golden hour light" and "light speed" (or "an hour"), the doors of a freezer
    and "a car door", a "freezer plant" and a freezer. A line that opens on the thing is on it,
    whatever the question names it with ("honey bees" and "Bees build their comb", "a metal
    bench" and "Metal feels colder than wood")."""
    if term in opening_nouns(line):
        return False
    # (Not "the strongest argument" nor "a falling lift": how it is, not which kind.)
    verbs = {_content(t) for t in TOKEN.findall(message) if _verb(t)}
    asked = {
        k
        for k in kinds(message).get(term, ())
        # "a big old church", "your second language"
        if not k.endswith("est") and k not in verbs and not _adjective(k) and k not in OF_HOW
    }
    if asked:  # "the zip wire": a wire of that kind only (or another kind it names besides)
        named = kinds(line).get(term, frozenset())
        return not (
            named & (asked | set(terms(message)) | set(related(sorted(asked))))
            or _described(line, term)
            # The kind said too, if apart: "In a league ... fresh fixtures" for "the league
            # fixtures" is on them.
            or asked & set(terms(line))
        )
    before = roles(message).get(term, frozenset({""}))
    if "" not in before and not deep:
        # "the freezer plant": said only to name another thing, which the line does not say
        # in its sense ("metal" for "a metal bench" is said of the bench, in a line on benches);
        # the line says it alone ("a freezer"), never to name a thing ("the patent office" is
        # of patents as "a patent clerk" is).
        return roles(line).get(term, frozenset()) <= {""} and all(
            head not in roles(line) or said_apart(message, line, head, deep=True) for head in before
        )
    # "a car door", where the question names no car: another door than its own (not "the
    # finches of each island", which are finches still, nor "Down House" and "a plain house").
    kinds_said = _compounded(line, term)
    tokens = TOKEN.findall(message)
    as_noun = any(_content(t) == term and not _verb_at(tokens, i) for i, t in enumerate(tokens))
    return (
        as_noun  # "the doors", "the open road"; not "can you check that sum"
        and None not in kinds_said
        and any(a_thing(k) for k in kinds_said - set(terms(message)))
    )


def _described(text: str, term: str) -> bool:
    """Whether `text` says how its `term` is, right before it ("a carpeted hall", "a steep
    wire"): a thing set beside the one asked of, in its sense ("the school hall")."""
    tokens = TOKEN.findall(text)
    return any(
        i and _content(token) == term and (_verb(tokens[i - 1]) or _adjective(tokens[i - 1]))
        for i, token in enumerate(tokens)
    )


def _compounded(text: str, term: str) -> set[str | None]:
    """The stems of the nouns `text` says right before the noun `term`, naming a kind of it
    ("car" of "a car door"), and None where it says `term` with none ("the doors")."""
    tokens = TOKEN.findall(text)
    named = kinds(text).get(term, ())
    # (A word of how is no kind: "a caged bird" is a bird.)
    return {
        before
        if (before := _content(tokens[i - 1]) if i else "") in named and _nounish(tokens[i - 1])
        else None
        for i, token in enumerate(tokens)
        if _content(token) == term
    }


# Words of where beside a thing, not in it: "the smell near the freezer plant".
BESIDE = frozenset("near by outside behind beside around at".split())  # noqa: SIM905


@lru_cache(maxsize=1024)
def place_names(text: str) -> frozenset[str]:
    """The stems `text` says only to name a place by another noun, after a word of where
    beside it: "freezer" of "the smell near the freezer plant", a plant and no freezer; not
    "fridge" of "a smell in the fridge door", the fridge's own."""
    tokens = TOKEN.findall(text)
    placed: set[str] = set()
    other: set[str] = set()
    for i, token in enumerate(tokens):
        term = _content(token) if token[:1].isalpha() else ""
        if not term:
            continue
        j = i - 1
        while j >= 0 and tokens[j].lower() in DETERMINERS | OWNERS:
            j -= 1
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        beside = j >= 0 and tokens[j].lower() in BESIDE
        then = tokens[i + 2] if i + 2 < len(tokens) else ""
        # Right before the place's own noun, the last: not "nuclear" of "a nuclear power
        # station", which is nuclear.
        last = not (then[:1].isalpha() and _nounish(then))
        named = after[:1].isalpha() and _nounish(after) and last and not _plural(token)
        (placed if beside and named else other).add(term)
    return frozenset(placed - other)


def _shares_only_apart(message: str, line: str) -> bool:
    """Whether `line` shares with `message` a thing the two say of two things (`said_apart`),
    and nothing else of substance beyond the words that only say how or where (`side_terms`):
    "Electricity in a wire ... as fast as light" for "why do you go faster when the zip wire
    is steeper". A line that shares a thing in its sense besides is on it."""
    shared = loosely_alike(message, line) - GENERIC_TERMS
    apart = {t for t in shared if said_apart(message, line, t)}
    # A deed shared is no side word here, unless a light one: "an app keeps crashing" for "our
    # score app keeps crashing" is on it; "lets the charge stay" for a freezer that stays cold
    # is not.
    tokens = TOKEN.findall(message)
    deeds = {
        _content(t)
        for i, t in enumerate(tokens)
        if _verb_at(tokens, i) and t.lower() not in LIGHT_VERBS
    }
    return bool(apart) and not shared - apart - (side_terms(message) - deeds)


# Kinds whose members are each a thing of their own: a line opening on one is about it, not
# about another of the kind it names in passing (a cat, not the cow it is set beside).
SIBLING_KINDS = frozenset(terms("animal plant element"))
# How many words open a line, for a thing named beside another of its kind ("Midges and
# mosquitoes").
SIBLING_OPENING_WORDS = 4


def _siblings(first: str, second: str) -> bool:
    """Whether two things are different members of one of `SIBLING_KINDS` ("cat" and "cow",
    "ant" and "cow", "radium" and "iron"), neither the kind of the other."""
    found = kinds_of()
    shared = found.get(first, frozenset()) & found.get(second, frozenset())
    return bool(shared & SIBLING_KINDS) and not akin(first, second)


def same_sense(
    message: str, line: str, ignore: frozenset[str] = GENERIC, field: frozenset[str] = GENERIC
) -> bool:
    """Whether `line` is on what `message` says in the sense it says it: two content words
    (not in `ignore`) said alike in both, or one that is what the message is about
    (`subjects`, when it is plainly about anything), or one that is the first word of a field
    (the persona's `field`, or any in `bots.lexicon`) in both: "my daughter is learning the
    violin" and "I played the violin all my life", not a peacock's tail and a cat's; nor, for a
    question, one found on its side words only (`off_focus`: a pigeon's head for owls)."""
    if another_thing(message, line) or (ASKED.search(message) and off_focus(message, line)):
        return False
    everyday = alike_terms(message, line)
    alike = everyday - ignore
    # Two shared verbs ("saw", "hold") say nothing of what either is about.
    if len(alike - _verbal(message)) >= 2:
        return True
    about = subjects(message)
    if everyday & about:
        return True  # what it is about, however everyday a word ("did you have any kids")
    said, in_line = roles(message), roles(line)
    if any(said[t] & about and in_line[t] - {""} for t in everyday):
        return True  # the name of what it is about, said of a kin thing ("patent clerk": office)
    if not alike:
        return False
    # The first of them said in the message, a thing before a verb ("bed", not "leave"), never
    # a set's order, which changes with the process's hash seed (cpu41 found replies that did).
    things = alike - _verbal(message)
    term = next((t for t in terms(message) if t in (things or alike)), min(things or alike))
    # Off the point only when the message is plainly about something the line does not say
    # ("ground crew" keeping the air out, a peacock's tail): a question with no such subject
    # ("why did you never write anything down?") is met on its one word.
    # (The word itself said of another kind is no such word: "the bark" of a tree and a dog
    # that "barks".)
    otherwise = {t for t in about if not _of_its_kind(t, message, line)}
    if not about - ignore or (set(related(sorted(about))) - otherwise) & roles(line).keys():
        return True  # or the line says it in a word its life says it in (a war: a soldier)
    return _first_of(message, field) == term == _first_of(line, field)


def fits(message: str, lines: list[str], ignore: frozenset[str] = GENERIC) -> list[str]:
    """The lines of `lines` on `message` in its sense (`same_sense`), in order."""
    return [line for line in lines if same_sense(message, line, ignore)]
