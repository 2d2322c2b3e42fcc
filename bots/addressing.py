"""Whether a person's message speaks *to* a persona or only *of* it, and what it says of it.

"darwin called it, obviously" and "einstein's answer was weirdly moving ngl" talk about a
persona to the room: they do not ask it anything. A name said to it ("darwin, why ...",
"thanks curie", "what do you think, ada?", "@socrates ...") does. Said of it, the remark may
praise it (a brief modest thanks is in order), tease it (a light word back), or neither (it
stays quiet, as for anything it was not asked). Pure functions of the text, shared by the
policy (who answers) and the engine (how).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from bots.fold import folded
from bots.turns import cued

# Words that greet or thank the one named next: "hey darwin", "thanks curie", "ok ada,".
_LEAD = (
    r"(?:hey|hi|hiya|hello|yo|oi|heya|thanks|thank you|thx|ty|cheers|dear|morning|good morning|"
    r"evening|good evening|night|good night|nite|bye|goodbye|welcome|welcome back|sorry|"
    r"ok|okay|so|well|and|but|nice one|bravo|go|come on|ah|oh|wait|listen|right|mr|mrs|miss|"
    r"madame|professor|sir|dr|anyway|anyways|also|now|actually|honestly|seriously|question for|"
    r"quick question|q for)"
)
# Matched against the words since the last sentence's end only (see `_spoken_to`): a pattern
# that also skipped earlier sentences took seconds on a long run of punctuation.
LEAD = folded(rf"^\W*(?:{_LEAD}\W*)+$", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?]\s+")
SENTENCE_START = re.compile(r"(?:^|[.!?]\s+)\W*$")
# After a name that opens a sentence: the question or request put to it.
TO_IT_NEXT = folded(
    r"^(?:\s*[,:;!?]|\s*$|\s+(?:what|why|how|who|where|when|which|whats|what's|hows|how's|do|"
    r"does|did|are|tell|explain|please|pls|plz|quick|any|help|thoughts|settle|u|you|ur|your|"
    r"back (?:me|us) up|"
    r"have you|can you|could you|would you|will you|"
    # A question put to it with the verb first: "curie is it dangerous to ...", "socrates is
    # marriage a good idea", "darwin should i ...", "ada can we ..." (not "socrates is always
    # right", "curie is a legend": said of it).
    r"is (?:it|there|that|this)|are (?:we|they|there)|was (?:it|there)|were you|"
    r"(?:should|can|could|shall|would|will|may|might|must) (?:i|we|it|they|people|one)|"
    r"is (?!(?:a|an|the|so|very|really|just|too|such|not|always|never|quite|probably|"
    r"definitely|clearly|literally|actually|being|still|also|even|like|my|our|your|his|her|"
    r"basically|totally|kinda|lowkey|honestly|seriously|def|deffo|proper|well|pretty|obviously|"
    r"easily|surely|simply|certainly|absolutely|truly|genuinely|officially)\b)"
    r"\w+ (?:a|an|really|actually|ever|always|worth|good|bad|ok|okay|possible|real|true|just|"
    r"healthy|safe|dangerous|normal|wrong|right|better|worse|bad for|good for)\b)\b)",
    re.IGNORECASE,
)
# After a name that opens a sentence, the speaker's own matter told or asked of it ("socrates
# my flatmate keeps eating my food, what do i do", "darwin theres snails on my porch", "curie i
# burned my hand on the pan"): spoken to, not of ("einstein got a nobel", "curie was a legend").
OWN_NEXT = folded(
    # (not words put in its mouth: "darwin i reckon he would love my compost heap")
    r"^\s+(?!i (?:reckon|bet|think|guess|imagine|suppose)\b[^.?!]*\b(?:he|she|they)(?:'d| would)\b)"
    r"(?:my|i|im|i'm|ive|i've|id|i'd|ill|i'll|me|we|we're|weve|we've|our|theres|there's|"
    r"there (?:is|are)|guess what|big news|quick one|random (?:q|question))\b",
    re.IGNORECASE,
)
# Before a name that ends a message, words that make it the object of a remark, not the one
# spoken to: "i agree with darwin", "love that for ada", "ask socrates".
OF_IT_BEFORE = folded(
    r"\b(?:with|to|from|about|like|for|of|by|than|and|or|ask|asked|told|tell|said|says|is|was|"
    r"unlike|at|on|in|as|than|re|vs|sorry|poor|thank|even|that's|thats|so|very|such|pure|"
    r"classic|typical|old)\W*$",
    re.IGNORECASE,
)
# "you", "your" aimed at someone: not the "you" of anyone ("you know", "if you ask me").
YOU = folded(r"\b(?:you|your|yours|yourself|u|ur|you're|youre)\b", re.IGNORECASE)
ANYONE_YOU = folded(
    r"\b(?:(?<!did )(?<!do )you know|(?<!do )you see|you guys|you lot|you all|all of you|y'?all|"
    r"if you ask me|you never know|you'd think|you would think|mind you|bless you|thank you|"
    r"when you|if you|as you|"
    r"once you|until you|unless you|before you|after you|whenever you|while you|because you|"
    r"makes you|make you|gets you|get you|lets you|let you|you can't make (?:this|it) up|"
    # ("you don't need einstein for that": anyone's need, the persona named in passing)
    r"you (?:don'?t|do not|won'?t|wouldn'?t|shouldn'?t) (?:even |really )?need|"
    r"(?:do|would|will|did) you (?:reckon|suppose|guess|figure))\b",
    re.IGNORECASE,
)
# Someone asking the room what the persona would say: "what would darwin say", "ask curie"; not
# one telling of another's asking ("mick asking darwin to name a car"), which only speaks of it.
INVITED = folded(
    r"\b(?:what (?:would|does|do|did|will|might) (?P<a>[\w ]+?) (?:say|think|make|reckon)|"
    r"(?:ask|(?:i'?m|i am|we'?re|just|worth|try|keep) asking|(?<![\w'] )asking|wonder what|bet) "
    r"(?P<b>[\w ]+?)\b|(?P<c>[\w ]+?) (?:would|will|might|could) "
    r"(?:know|tell us|explain|settle)|(?P<d>[\w]+?)(?:'s| has| have) (?:views?|thoughts|take) "
    r"on)",
    re.IGNORECASE,
)

# Praise of the persona or of what it said: "called it", "good point from curie", "love that
# for her", "einstein's answer was weirdly moving".
PRAISE = folded(
    r"\b(?:called it|agree(?:d)?(?: more)? with|side with|"
    r"good (?:point|answer|shout|call|one|take|stuff)|"
    r"great (?:point|answer|take|stuff|one|explanation)|fair point|best answer|nice one|spot on|"
    r"nailed it|so true|"
    r"(?:is|was|were|has been) (?:so |totally |completely |dead )?right|got it right|has a point|"
    r"makes (?:a )?(?:good |fair |great )?points?|love (?:that|this) for (?:him|her|them)|"
    r"love (?:him|her|this guy|this woman|that guy|that woman)|legend(?:ary)?|genius|"
    r"icon(?:ic)?|a gem|underrated|ahead of (?:his|her"
    r"|their) time|(?:much |mad |huge |big |full )?respect(?: to (?:him|her|them))?"
    r"(?: honestly| tbh| fr| though| tho)?\W*$|"
    r"hats off|props to|shout ?out|knows (?:his|her|their) stuff|"
    r"wise|smart|clever|brilliant|amazing|awesome|incredible|impressive|wholesome|"
    # Said of an answer, not of anything: "weirdly moving", not "darwin is moving to ...".
    r"(?:weirdly|so|really|genuinely|actually|quite|very|kinda|pretty) (?:moving|deep|lovely|"
    r"beautiful|interesting|cool)|helpful|useful|insightful|profound|inspiring|"
    r"love it|(?:is|was) a mood|predicted|foresaw|saw (?:it|this|that) coming|built different|"
    r"goated|mind ?blown|blew my mind|didn'?t know that|"
    r"never (?:thought|knew) (?:about|of|that)?|"
    r"til\b|learned something|learnt something|makes sense|fascinating)\b|🙌|👏|❤️|🔥|💯",
    re.IGNORECASE,
)
# Teasing: a joke at the persona's expense, told to the room, laughing or wry.
TEASE = folded(
    r"\b(?:field day|typical|classic (?:\w+ )?(?:move|behaviour|behavior)|"
    r"of course (?:he|she|they) (?:did|would|does)|"
    r"would (?:have )?(?:hate[ds]?|lose it|freak|cringe|scream|judge|be horrified|be appalled|"
    r"despair|faint|cry|weep|roll)|rolling in (?:his|her) grave|nerd|geek|obsessed|can'?t stop|"
    r"won'?t shut up|shut up about|(?:at it|dodging|dodged) again|dodged?|sus|sassy|savage|"
    r"roasted|cheeky|smug|"
    r"questions? with (?:a |another |more )?questions?|a question for a question|"
    r"no straight answer|(?:so |really |well |proper |kinda |bit )?(?:annoying|irritating|"
    r"insufferable|exhausting|a nuisance|a pain)|"
    r"cannot answer anything|can'?t answer anything|boomer|old man|old lady|grandpa|granny|"
    r"love how|straight answer|show[- ]?off|drama queen|so dramatic|unhinged|chaotic|menace|lol|"
    r"lmao|haha\w*|hehe|rofl)\b|"
    r"😂|🤣|😆|😅|🙄",
    re.IGNORECASE,
)
# A side declined: "not sure i agree with socrates", "i dont really agree with darwin", "cant
# agree with einstein there", "not totally with ada on this"; not "couldn't agree more". Shared
# by `regard` (no praise) and the engine's reading of a disagreement.
DECLINED_SIDE = (
    r"\bnot (?:so |too |really |entirely |totally |that )?sure (?:i |we )?(?:agree|buy|believe)|"
    r"\b(?:don't|dont|do not|can't|cant|cannot|couldn't|couldnt|could not|never) (?:really |"
    r"quite |fully |entirely |totally |completely |100% )?(?:agree|side)(?![\w-])(?! more)|"
    # (the persona's own name is gone when it is the one declined: "not totally with on this")
    r"\bnot (?:really |quite |totally |fully |entirely |completely |100% )?with\s+"
    r"(?:\w+(?:'s)?\s+)?(?:on (?:this|that|it)|here|there)"
)
# Praise that is no praise: "not so smart", "hardly a genius", "cool story".
UNPRAISE = folded(
    r"\b(?:not|never|hardly|isn'?t|wasn'?t|aren'?t|no|nowhere near|less|least) (?:\w+ )?"
    r"(?:so |that |very |a |as |the )?(?:right|smart|clever|wise|genius|brilliant|helpful|useful|"
    r"good|great|cool|moving|interesting|deep|the best|legend)\b|\bcool story\b|\boverrated\b|"
    r"\bwrong\b|\bnonsense\b|\brubbish\b|\buseless\b|"
    r"\bdisagree\b|" + DECLINED_SIDE,
    re.IGNORECASE,
)


# A question put to the room, which praise words in it do not make praise.
ASKS = folded(
    r"\?|^\W*(?:who|what|why|how|when|where|which|is|are|was|were|did|does|do|can|could|"
    r"would|should|has|have)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=512)
def _name_pattern(name: str) -> re.Pattern:
    return re.compile(rf"(?<![\w@]){re.escape(name)}(?![\w])", re.IGNORECASE)


# The house bot handing a question put to it on to the persona asked ("That one's for Charles,
# Maya, not me. Over to you, @darwin!"): that persona answers the person's question.
HOUSE_HANDED = folded(r"\bover to you,? @(?P<slug>[a-z][\w-]*)\W*$", re.IGNORECASE)


def house_handed_to(text: str) -> str:
    """The slug of the persona the house bot's `text` hands a question on to, or ""."""
    found = HOUSE_HANDED.search(text)
    return found.group("slug").lower() if found else ""


def spoken_of(text: str, names: Iterable[str], others: Iterable[str] = ()) -> bool:
    """Whether `text` names the persona called `names` (its slug, name, first name) only in
    the third person: never `@slug`, never as the one spoken to ("darwin, ...", "..., darwin?",
    "hey darwin", "darwin why ...", "@socrates and darwin: ..."), no "you" or "your" aimed at
    someone, and not asking the room what it would say ("what would darwin say?"). `others`:
    the names of the other personas, who may be spoken to along with it. Read once for a
    message and its names, however many times the plan and the reply ask."""
    own = tuple(sorted({n.lower() for n in names if n}))
    return _spoken_of(text, own, tuple(sorted({*own, *(n.lower() for n in others if n)})))


@lru_cache(maxsize=256)
def _spoken_of(text: str, names: tuple[str, ...], everyone: tuple[str, ...]) -> bool:
    names = sorted(names, key=len, reverse=True)
    lowered = text.lower()
    if not any(n.lower() in lowered for n in names):
        return False
    if any(f"@{n.lower()}" in lowered or f"/{n.lower()}" in lowered for n in names):
        return False
    found = [m for n in names for m in _name_pattern(n).finditer(text)]
    if not found:
        return False
    if YOU.search(ANYONE_YOU.sub(" ", text)):
        return False
    invited = INVITED.search(text)
    if (
        invited
        and any(_name_pattern(n).search(g or "") for g in invited.groups() if g for n in names)
        # Not words put in its mouth ("i bet socrates would question the narrator", "shakespeare
        # would tell us the answer is hamlet"): said of it, as a cue (`bots.turns`).
        and not cued(text, names)
    ):
        return False
    listed = _listing(tuple(sorted(everyone, key=len, reverse=True)))
    return not any(_spoken_to(text, m.start(), m.end(), listed) for m in found)


@lru_cache(maxsize=64)
def _listing(names: tuple[str, ...]) -> re.Pattern:
    """Names and mentions listed together ("@socrates and Marie Curie, then Ada, and")."""
    name = "|".join([r"@[\w.+-]+", *(re.escape(n) for n in names if n)])
    return re.compile(rf"(?:\s*(?:{name}|and|&|\+|,|then|also|too)\s*)+", re.IGNORECASE)


# "einstein is time travel possible": a question asked of it with its comma left out, not a
# remark about it ("einstein is a genius", "darwin is right") (room46).
_IS_IT_ASKED = folded(
    r"^,?\s+(?:is|are)\s+(?!(?:a|an|the|so|such|really|just|literally|always|never|too|very|"
    r"not|my|our|your|his|her|right|wrong|correct|dead|alive|here|there|back|still)\b)"
    r"[\w' ]{2,40}?\s(?:possible|real|true|a (?:thing|myth)|safe|dangerous|normal)\W*$",
    re.IGNORECASE,
)


def _spoken_to(text: str, start: int, end: int, listed: re.Pattern) -> bool:
    """Whether the name at `text[start:end]` is the one spoken to."""
    before, after = text[:start], text[end:]
    # One of several spoken to at once: "@socrates and Einstein: what is light?", "Curie and
    # @darwin: ...", "Ada and Charles, hello".
    head = listed.match(before)
    if (head.end() if head else 0) == len(before):
        tail = listed.match(after)
        listing = before + (tail.group() if tail else "")
        rest = after[tail.end() :] if tail else after
        others = re.sub(r"\b(?:and|then|also|too)\b|[^\w@]", "", listing, flags=re.IGNORECASE)
        if "@" in listing or (others and (TO_IT_NEXT.match(rest) or listing.rstrip()[-1:] == ",")):
            return True
    if re.match(r"['’]s\b", after):
        return False  # "einstein's answer"
    if LEAD.match(before) or LEAD.match(SENTENCE_END.split(before)[-1]):
        return True  # "hey darwin", "thanks, curie", "ok ada what now"
    if SENTENCE_START.search(before) and (
        TO_IT_NEXT.match(after) or OWN_NEXT.match(after) or _IS_IT_ASKED.match(after)
    ):
        return True  # "darwin, why ...", "curie what's that", "socrates?", "ada my code ran"
    if re.match(r"^\W*$", after):
        # Last in the message: "good point darwin", "what now, ada?"; not "agree with darwin".
        return before.rstrip().endswith(",") or not OF_IT_BEFORE.search(before)
    # Between commas: "honestly, curie, that was great".
    return before.rstrip().endswith(",") and bool(re.match(r"^\s*,", after))


def asked_of(text: str) -> bool:
    """Whether a remark naming a persona in the third person asks the room something about it
    ("einstein was a patent clerk first right?", "did darwin ever go back to the galapagos"):
    a question the persona can answer for itself, as anyone would of their own life."""
    return bool(ASKS.search(text) or re.search(r"\b(?:right|innit|no|yeah)\W*$", text, re.I))


def regard(text: str) -> str:
    """What a remark about someone says of them: "praise" ("called it", "good point from
    curie", "weirdly moving"), "tease" ("would have a field day", "typical", "lol"), or ""."""
    if UNPRAISE.search(text):
        return "tease" if TEASE.search(text) else ""
    if PRAISE.search(text) and not ASKS.search(text):
        return "praise"  # not "was einstein a genius or just lucky?", which asks the room
    if TEASE.search(text):
        return "tease"
    return ""


# A person following up the persona's own last answer: asking it to go on ("why though",
# "say more?", "how so"), for a plain verdict on it ("wait so is it safe or not"), or whether
# it holds in another case ("ok but what if the train is late, does your method still work").
_FOLLOW_LEAD = r"^\W*(?:(?:ok|okay|wait|hm+|huh|but|and|so|right|ah|oh|lol|yeah|sorry|hold on)\W+)*"
FOLLOW_MORE = folded(
    _FOLLOW_LEAD + r"(?:why(?: though| tho| is that| so| not)?|how (?:so|come)|say more|"
    r"tell me more|go on|more please|explain|meaning|what do you mean|like what|such as|"
    r"for (?:example|instance)|e\.?g\.?|really|seriously|is that true|how do you know|"
    r"in what way|and then|elaborate|sources?|says who|proof|citation needed|"
    r"(?:can|could) (?:you|u) (?:say|tell (?:us|me)) more|(?:can|could) (?:you|u) (?:explain|"
    r"elaborate)|what'?s (?:your|ur|the) source)\W*$",
    re.IGNORECASE,
)
FOLLOW_VERDICT = folded(
    r"\b(?:or not|yes or no|yay or nay)\W*$|^\W*(?:(?:ok|okay|wait|hm+|huh|but|so)\W+)+"
    r"(?:is|are|was|does|do|should|can) (?:it|they|that|this|he|she|i|we)\b",
    re.IGNORECASE,
)
FOLLOW_CASE = folded(
    r"^\W*(?:(?:ok|okay|wait|hm+|but|and|so|right|yeah|really|seriously)\W+)*"
    r"(?:what if|what about|how about|even (?:if|with|when|for)|and if|but if)\b|"
    r"^\W*(?:really\W+)?even \w+(?: \w+)?\W*$|"
    r"\b(?:does|would|will|can) (?:that|it|this|your \w+) (?:still )?(?:work|apply|hold|help)\b|"
    r"\bstill (?:work|apply|hold)\b",
    re.IGNORECASE,
)
# The words that make a follow-up one, and are none of what it is about.
_FOLLOW_WORDS = """
why though tho say more tell explain mean meaning really seriously true know way wait ok okay
still work works method apply hold help even what about case
"""
FOLLOW_WORDS = frozenset(_FOLLOW_WORDS.split())


# A follow-up that doubts what was just said ("really?", "source?", "is that true"), not one
# that asks for more of it.
DOUBTED = folded(
    _FOLLOW_LEAD + r"(?:really|seriously|is that (?:true|right|so)|how do you know|sources?|"
    r"says who|proof|citation needed|what'?s (?:your|ur|the) source)\W*$",
    re.IGNORECASE,
)


def follow_up(text: str) -> str:
    """How a short message follows up what was just said to its author: "more" (go on, why),
    "verdict" (so is it or not), "case" (and what if ...), or "" when it does not."""
    if len(text.split()) > 18 or re.search(r"\b(?:what|how) about (?:you|u)\b", text, re.I):
        return ""  # "what about you?" asks about the persona, not about what it said
    if FOLLOW_MORE.search(text):
        return "more"
    if FOLLOW_VERDICT.search(text):
        return "verdict"
    if FOLLOW_CASE.search(text):
        return "case"
    return ""


# The persona who just answered, spoken of as "he" or "she": "he answered my question with a
# question. typical", "her answer was so good".
OF_LAST_SPEAKER = folded(
    r"\b(?:(?:his|her) (?:answer|reply|explanation|point|take|story|line)|(?:he|she) (?:just |"
    r"really |literally |totally |basically )?(?:answered|replied|dodged|explained|called it|"
    r"nailed it|got it|has a point|made a (?:good |great |fair )?point|is right|was right|is so|"
    r"said it|gets it))\b",
    re.IGNORECASE,
)


def of_last_speaker(text: str) -> bool:
    """Whether `text` praises or teases the one who just spoke: as "he" or "she", or only
    praise ("respect honestly", "well put")."""
    return bool(OF_LAST_SPEAKER.search(text)) and bool(regard(text)) or compliment(text)


# The answer just given pressed for the one asked for: "haha ok but that's not what i asked",
# "i meant the client regretting it, not you", "ok but what's the actual answer", "mosquitoes??
# i asked about healing lol", "right. but which ones specifically?", "cute but like concretely?".
PRESSED = folded(
    r"\b(?:that'?s|thats|that is|that was|it'?s|its) not (?:what|the question) i (?:asked|meant"
    r"|mean|said)\b|\bnot what i (?:asked|meant)\b|\b(?:but|no|nah) i (?:mean|meant)\b|"
    r"\bi (?:meant|asked about|was asking(?: about)?|was talking about)\b(?! to\b)|"
    r"\b(?:what'?s|whats|what is) the (?:actual|real) answer\b|"
    r"\bbut (?:like )?(?:concretely|specifically)\b|"
    r"(?:^|[.!?]\s+)but (?:which|what|how|why|where|when)\b[^.!?]{0,80}\?|"
    # "thanks einstein but im not a fridge lol", "who asked about mr wh lol": its answer was
    # about something else.
    r"\bbut (?:i'?m|im|i am|we'?re|we are) not (?:a|an) [\w'-]+|"
    r"^\W*(?:\w+\W+)?who asked (?:about|for)\b|"
    # "i just wanted a number not a lecture", "i only asked for a yes or no": a plain answer
    # asked for, and not given.
    r"\bi (?:(?:just |only |literally )(?:wanted|want|asked for|needed|need)|wanted|asked for) "
    r"(?:a|the|one) (?:number|figure|yes or no|simple answer|straight answer|quick answer|"
    r"short answer|answer)(?=\W*$|\s*[,.!?;]|\s+(?:not|pls|please|lol|mate|tho|though|ffs)\b)|"
    r"\bnot an? (?:lecture|essay|speech|sermon|history lesson|life story|tangent)\b|"
    r"\b(?:that|it) (?:wasn'?t|wasnt|isn'?t|isnt) (?:really |quite |exactly )?"
    r"(?:what i (?:meant|asked|wanted))\b",
    re.IGNORECASE,
)


# The answer just given pressed for figures, after a general one: "haha ok but like actual
# numbers? how far should we be swimming each week", "ok but in numbers?"; not "real numbers"
# (the mathematician's) nor "safety in numbers".
FIGURES_ASKED = folded(
    r"\b(?:actual|exact|rough|concrete|specific|hard) "
    r"(?:numbers|figures|amounts|distances|quantities)\b|"
    # "but like real numbers?", not "but the numbers say otherwise" (a claim of what they say)
    r"\bbut (?:like |the )?(?:real )?(?:numbers|figures)\b"
    r"(?=\s*(?:$|[?!.,]|pls|please|tho|though))|"
    r"\b(?:but|like|ok|okay|so) (?:like )?in (?:actual )?(?:numbers|figures)\b",
    re.IGNORECASE,
)

# One paying an extra part of the split just worked out: "thanks. and what if tom pays an extra
# 30 for the heater?" (rate42 live 01: nobody had answered; `bots.sums43` works it out).
EXTRA_FOLLOW = folded(
    r"^\W*(?:(?:thanks|thank you|cheers|ta|ok|okay|and|so|but|nice|great)\W+)*"
    r"(?:what if|and if|if|say|but if)\s+(?:\w+)\s+(?:pays?|puts? in|chips? in|covers?)\s+"
    r"(?:an?\s+)?(?:extra|more|additional)\s+[£$€]?\d",
    re.IGNORECASE,
)
# The total just worked out, to be shared: "and split between 4 of us?", "split 4 ways?", "and
# between the 4 of us?" (`bots.reckon.total_of` works it out with the question before).
SPLIT_FOLLOW = folded(
    r"^\W*(?:(?:and|so|ok|okay|ok so|cool|nice|and if (?:we|you|u))\W+)?(?:(?:split|divided?|"
    r"shared?)\s+(?:it\s+|that\s+)?)?(?:between|among|by)\s+(?:the\s+)?(?P<n>\d{1,3})"
    r"(?:\s+of\s+(?:us|you|them))?\W*(?:each|then|pls|please)?\W*$|"
    r"^\W*(?:(?:and|so|ok|okay)\W+)?(?:split|divided?|shared?)\s+(?:it\s+|that\s+)?"
    r"(?P<m>\d{1,3})\s+ways\W*$",
    re.IGNORECASE,
)

# Confusion at the answer just given: "lol what??", "huh?", "??", "sorry what", "you lost me",
# alone or with what the person was on about ("lol what?? im talking about swimming in 11
# degree water"); never surprise at news ("lol what? he quit?", "what?? no way").
_CONFUSED_LEAD = (
    r"^\W*(?:(?:lol|lmao|haha\w*|ha|um+|uh+|erm*|wait|sorry|ok|okay|hm+|bro|mate|dude|er)\W+)*"
)
CONFUSED_HEAD = folded(
    _CONFUSED_LEAD + r"(?:wh?a+t+|wut|huh+|eh+|come again|wdym|what now|sorry what|"
    r"(?:i'?m|im) (?:lost|confused)|you lost me|i (?:don'?t|dont|do not) (?:get|follow)"
    r"(?: (?:it|that|you|this))?|what (?:are|r) (?:you|u) (?:on|talking) about)"
    r"(?:\s*[?!.]+|(?=\s)|$)",
    re.IGNORECASE,
)
# What the person was on about, after the confusion: "im talking about X", "i meant X".
_RESTATED = folded(
    r"^(?:(?:lol|haha\w*|no|nah|like|um+|i mean)\W+)*"
    r"(?:(?:i'?m|im|i am|i was|we'?re|we are|we were) (?:talking|asking|on) about|"
    r"i (?:meant|mean|asked about|was asking about)|(?:i )?meant|"
    # "lol what? we just want out of a room": what they wanted, said again
    r"(?:i|we) (?:just |only )?(?:want|wanted|need|needed|asked|asked about))\s+"
    r"(?P<thing>.+)$",
    re.IGNORECASE,
)
# "what does that have to do with cold water", "what do knives and snowshoes have to do with
# cold water 😂": the answer's odd thing, and the person's own.
_TO_DO_WITH = folded(
    r"\bwhat (?:does|do|has|have|did|is|are) (?!(?:i|we|you|u|they|he|she)\b)"
    r"(?P<odd>[\w' ,-]{1,60}?) (?:got |have |has )?"
    r"(?:got )?to do with (?P<thing>[^?!.]+)",
    re.IGNORECASE,
)
# "that is... not about wifi at all lol", "thats nothing to do with my cat": the answer was on
# something else, and the person says what they asked about.
_NOT_ABOUT = folded(
    r"\b(?:that'?s|thats|that is|that was|this is)\W+(?:not about|nothing to "
    r"do with) (?:my |the |a |an )?(?P<thing>[\w'-]+(?: [\w'-]+){0,2}?)(?:\s+at all)?"
    r"(?=\W*$|\W+(?:lol|lmao|haha\w*|tho|though|mate)\b|[.!?,])",
    re.IGNORECASE,
)
# What was meant, less what was not: "people not iron, but thanks i guess": "people", "iron".
_MEANT = folded(
    r"\b(?:(?:i'?m|im|i am|i was|we'?re|we are|we were) (?:talking|asking|on) about|"
    r"i (?:meant|mean|asked about|was asking about)|(?<![\w'])meant|"
    r"(?:i|we) (?:just |only )?(?:want|wanted|need|needed)(?! (?:a|the|one) (?:number|figure|"
    r"answer|yes)\b))\s+"
    r"(?P<thing>[^,.;!?]+?)(?:,?\s+(?:not|rather than|instead of)\s+(?P<odd>[^,.;!?]+?))?"
    r"(?=\s*[,.;!?]|\s+(?:but|lol|haha\w*|though|tho)\b|\s*$)",
    re.IGNORECASE,
)


# Its answer, just given, asked for again in plainer words: "ok but like in normal words please",
# "english please", "explain it like im 5", "can you say that simpler". Not "in other words,
# it's broken" (a speaker's own gloss).
PLAINER = folded(
    r"\b(?:in|into|using|with) (?:normal|plain|simple|simpler|regular|human|real|everyday|"
    r"layman'?s?|non[- ]?science|english|basic) (?:words|english|terms|language|speak|person "
    r"words)\b(?!,? (?:it|that|this|we|he|she|they)\b)|"
    r"\b(?:english|human words|normal words|plain english) (?:please|pls|plz|thx|mate)\b|"
    r"\bexplain (?:it |that |this )?(?:simpler,? |more simply,? )?like (?:i'?m|im|i am) (?:five|5|"
    r"ten|10|\d|a child|a kid|an idiot|dumb|stupid|an? (?:\d+|five|ten)[- ]year[- ]old)\b|"
    r"\beli5\b|\bdumb (?:it|that) down\b|"
    r"\b(?:say|put|explain) (?:it|that|this) (?:simpler|more simply|plainer|more plainly|in a "
    r"simpler way)\b|\b(?:simpler|plainer) (?:please|pls|plz|version)\b",
    re.IGNORECASE,
)


def _laugh_only(text: str) -> bool:
    return not re.sub(r"(?:[\W_]|\b(?:lol|lmao|haha\w*|ha|xd|omg)\b)+", "", text, flags=re.I)


def confused(text: str) -> bool:
    """Whether `text`, said just after a persona's answer, says its author could not follow it:
    "lol what??", "huh?", "??", "lol what?? im talking about swimming in 11 degree water",
    "what do knives and snowshoes have to do with cold water 😂"; never "lol what? he quit?" or
    "your english was clumsy??", surprise at what was said rather than at the saying."""
    if len(text.split()) > 24:
        return False
    if re.match(r"^[\s?!.]*\?[\s?!.]*$", text) and text.count("?") >= 2:
        return True  # "??"
    if _TO_DO_WITH.search(text) or _NOT_ABOUT.search(text):
        return True
    head = CONFUSED_HEAD.match(text)
    if not head:
        return False
    rest = text[head.end() :].strip()
    return _laugh_only(rest) or bool(_RESTATED.match(rest))


def corrected(text: str) -> tuple[str, str]:
    """What a correction or a confused word says its author meant, and what it did not mean:
    ("people", "iron") for "i meant people not iron, but thanks", ("cold water", "knives and
    snowshoes") for "what do knives and snowshoes have to do with cold water", ("", "") when it
    says neither."""
    to_do = _TO_DO_WITH.search(text)
    if to_do:
        odd = to_do.group("odd")
        odd = (
            ""
            if re.fullmatch(r"(?:that|this|it|any of (?:that|this)|all that)", odd, re.I)
            else odd
        )
        thing = re.sub(r"[\W_]+$", "", to_do.group("thing"))  # "cold water 😂"
        return thing.strip(), odd.strip()
    meant = _MEANT.search(text)
    if meant:
        return meant.group("thing").strip(), (meant.group("odd") or "").strip()
    not_about = _NOT_ABOUT.search(text)
    if not_about:
        return not_about.group("thing").strip(), ""
    return "", ""


# A question carried on from the answer just given, to the one who gave it: "ok but why tho,
# like what actually makes it slow down", "haha fair, and do u think they'll ever be properly
# tame", "ok but why does owning it matter". Not one put to the room ("lol and do u guys want
# pizza?").
CONTINUED = folded(
    r"^\W*(?:(?:ok|okay|haha\w*|lol|lmao|ah|oh|right|cool|nice|fair|interesting|wait|hm+|huh|"
    r"yeah|true|gotcha|makes sense)\W+)*(?:but|and|so)\W+(?:then\W+)?(?:why|how|what|which|when|"
    r"where|do|does|did|is|are|was|were|can|could|would|will|should|has|have)\b"
    # "haha ok but who's bringing the cake?", "and are we meeting at 7": the people's own plans.
    r"(?![^?!.]*\b(?:bring|bringing|coming|driving|meeting|going|free|booked|sorting)\b)",
    re.IGNORECASE,
)
# A laugh or a nod before a question carried on, which is no remark of its own to take up.
_NODDED = folded(
    r"^\W*(?:(?:ok|okay)\W+)?(?:haha\w*|lol|lmao|fair|cool|nice|true|interesting|gotcha|"
    r"makes sense)\b",
    re.IGNORECASE,
)
TO_THE_ROOM = folded(
    r"\b(?:guys|you all|y'?all|u all|anyone|anybody|everyone|everybody|you lot|folks)\b", re.I
)


# The answer just given taken in ("haha fair, and ...", "ok cool, so ..."), or pushed back on
# ("ok but why ..."): what makes a question carried on one to the persona, not "so did you get
# the job?" or "lol and what did your mum say" among the people.
_ACKNOWLEDGED = folded(
    r"^\W*(?:(?:ok|okay|haha\w*|lol|lmao|ah|oh|hm+|wait|yeah)\W+)*(?:fair|cool|nice|true|"
    r"interesting|gotcha|makes sense|i see|right)\b",
    re.IGNORECASE,
)
_PUSHED_BACK = folded(
    r"^\W*(?:(?:ok|okay|haha\w*|lol|hm+|wait|yeah|right)\W+)*but\W+(?:why|how|"
    # "ok but could you actually play at a party", "ok but is it the watering?": the answer's
    # own point pressed, put back to it (not "ok but are we still on", the people's own).
    r"(?:could|can|did|do|does|would|were|was|is|are|have|had)\s+(?:you|u|it|that|this)\b)",
    re.IGNORECASE,
)


def carried_on(text: str) -> str:
    """The question a `CONTINUED` message carries on with, without the laugh or nod and the
    "and" or "but" before it ("haha fair, and do u think they'll ever be properly tame": "do u
    think they'll ever be properly tame"); `text` itself otherwise."""
    found = CONTINUED.search(text)
    if not found or not _NODDED.match(text):
        return text
    lead = re.match(r"^.*?\b(?:but|and|so)\W+(?:then\W+)?", text[: found.end()], re.I | re.S)
    rest = text[lead.end() :] if lead else text
    return rest if len(rest.split()) >= 3 else text


# Its pick between two things questioned: "ok but why can't it be both", "why not both?",
# "couldn't it be both tho". Not "i like both", "both of us are going".
BOTH_ASKED = folded(
    r"\b(?:why )?(?:can'?t|cant|couldn'?t|cannot|can not) (?:it|they|that|this|we|you|u|one) "
    r"(?:just )?(?:be|have|do|pick|choose) both\b|\bwhy not both\b|"
    r"\b(?:isn'?t|is) it (?:just )?both\b(?=[^.!]*\?)|"
    r"^\W*(?:or |what about |how about )?both\W*\?+\W*$",
    re.IGNORECASE,
)


def follows_up(text: str) -> bool:
    """Whether a person's message, said just after a persona's answer, is to that persona: a
    follow-up of it (`follow_up`), the answer asked for pressed (`PRESSED`, `FIGURES_ASKED`),
    confusion at it (`confused`), or praise or a tease
    of the one who just spoke; never the people's own plans ("so are we still on for sunday?
    2pm?")."""
    told = (
        follow_up(text)
        or BOTH_ASKED.search(text)
        or PRESSED.search(text)
        or FIGURES_ASKED.search(text)
        or SPLIT_FOLLOW.search(text)
        or EXTRA_FOLLOW.search(text)
        or confused(text)
        or of_last_speaker(text)
        or (
            CONTINUED.search(text)
            and (_ACKNOWLEDGED.match(text) or _PUSHED_BACK.match(text))
            and not TO_THE_ROOM.search(text)
            and len(text.split()) <= 24
        )
    )
    told = told or (
        ASKED_ON.match(text) and len(text.split()) <= 10 and not TO_THE_ROOM.search(text)
    )
    told = told or added_asked(text)  # "and put that we have biscuits", after its sign
    return bool(told) and not plans(text) and not OUR_CHOICE.search(text)


# Words asked added to a piece just written (a sign, a notice): "and put that we have
# biscuits", "can you add that there's free tea", "also say we're open saturdays", to the one
# who wrote it; never "put the kettle on", "say hi to omar", "put that down".
ADDED = folded(
    r"^\W*(?:(?:and|also|oh|ooh|ps|plus|maybe|ok|okay|oh and)\W+){0,2}"
    r"(?:(?:can|could|would) (?:you|u) (?:also |pls |please )?|(?:pls|please|also) )?"
    r"(?:(?:put|add|write|stick|include|mention)(?: (?:on it|in|on there|at the bottom|too|"
    r"as well|also))? (?:on it )?(?:that |"
    r"['\"\u2018\u201c](?=[^'\"\u2019\u201d]+['\"\u2019\u201d]\W*$))|"
    r"say(?: (?:on it|too|as well|also))? (?:that )?)"
    r"(?P<add>(?:[^.?!'\"\u2019\u201d]|(?<=\w)['\u2019](?=\w)){3,60}?)['\"\u2019\u201d]?"
    r"\s*(?:$|[.?!]|\b(?:too|as well|also|on it|at the bottom|pls|please|lol)\b)",
    re.IGNORECASE,
)
# A thing said of something, to go on a sign: "we have biscuits", "kids are welcome".
SAID_OF = folded(
    r"\b(?:is|are|was|were|have|has|had|will|can|get|gets|serve|serves|welcome|provided|"
    r"included|open|closed|needed|wanted)\b|\w(?:'s|'re|'ll)\b",
    re.IGNORECASE,
)


def added_asked(text: str) -> str:
    """What `text` asks added to words just written (`ADDED`), as said ("we have biscuits"):
    something said of something, or a thing free or forbidden ("free parking"); "" else."""
    found = ADDED.match(text)
    if not found or len(text.split()) > 20:
        return ""
    add = re.sub(r"^its\b", "it's", found.group("add").strip(" ,'\""), flags=re.IGNORECASE)
    if not add or len(add.split()) > 10 or re.match(r"(?:that|this|them|something)\b", add, re.I):
        return ""
    if not (SAID_OF.search(add) or re.match(r"(?:free|no)\b", add, re.IGNORECASE)):
        return ""  # ("say hi to omar", "put that down": nothing to put on a sign)
    return add


# The asking carried on with the one who just answered, as a bidding: "and straight line for
# comparison pls", "also for 6 people?", "what about the van?", "same for thursday pls".
ASKED_ON = folded(
    r"^\W*(?:(?:ok(?:ay)?|so|right|oh|wait)\W+)?(?:and|also|plus|what about|how about|same "
    r"(?:for|with|but))\b[^.!]*(?:\?|\b(?:pls|plz|please|for comparison|too|as well)\W*)$",
    re.IGNORECASE,
)


# The people choosing among their own options, said after a persona's answer: "ok but do we get
# the one with the garden or the one near the station", "so should we book the big room", "ok
# and do we do duets this time?". Theirs to settle, not the answer's follow-up ("ok but should
# we worry about it?", "but can we do anything about it" still are).
OUR_CHOICE = folded(
    r"\b(?:do|should|shall|can|could|will|would) we (?:just |still |even |actually )?"
    r"(?:get|take|pick|choose|go (?:for|with)|book|buy|rent|order|do (?!anything|something|it\b|"
    r"that\b|this\b)|sign|bid|offer|invite|split|hire)\b",
    re.IGNORECASE,
)


# People making plans among themselves: a time, a meeting point, who drives or brings what, a
# journey, a list of kit: "ok so meeting point, car park at the north end? 9am?", "kit list: gloves,
# water", "see u all thurs, 7pm sharp". Nothing in them is a subject for a guest to take up.
PLANS = folded(
    r"\b(?:\d{1,2}(?::\d\d)?\s?(?:am|pm)|\d{1,2}:\d\d|\d{1,2}\s?(?:o'?clock|sharp)|"
    r"meet(?:ing)? (?:point|up|at|by|outside|there|here)|meet at|car ?park|parking|park (?:at|"
    r"round|behind|by|outside|in)|(?:kit|packing|shopping|gear) list|i'?ll (?:drive|bring|pick)|"
    r"pick (?:you|u|us|me) up|give (?:you|u|us) a lift|room for \d|bring (?:a|the|some|your|ur|"
    r"snacks|food|water|drinks|gloves|biscuits)|are we still (?:on|doing|going|meeting)|"
    r"still on for|download (?:it|the|that)|before we (?:lose|leave|go|set off|head)|"
    # "who's on the saturday shift", "who's bringing chairs", "swap the rota"
    r"who'?s (?:on|doing|taking|covering|working|free|around|coming|bringing|driving|in) |"
    r"(?:saturday|sunday|weekend|morning|evening|night|next|the|my|your|our) (?:shifts?|rota)|"
    r"(?:train|bus|flight|ferry|coach|taxi|uber|lift|ride) (?:to|from|home|back|is|was|got|gets|"
    r"leaves|left|at)|"
    r"see (?:you|u|ya|everyone|yall|y'all)(?: all)? (?:(?:on |at )?"
    r"(?:mon|tues?|wed|thur?s?|fri|sat|sun|tomorrow|tmrw|later|there|next)\w*|"
    r"at (?!some\b)(?:the )?\w+))\b",  # "see u all at the liberation point": a place
    re.IGNORECASE,
)


def plans(text: str) -> bool:
    """Whether `text` makes the people's plans (`PLANS`)."""
    return bool(PLANS.search(text))


# Praise that leads into a question ("good point @socrates, but who decides what's fair?"):
# the question is what is asked.
PRAISE_LEAD = folded(
    r"^\W*(?:(?:good|great|fair|nice|interesting|excellent|brilliant|solid|valid|strong) "
    r"(?:point|answer|one|take|question|stuff|shout)|love (?:that|this)|(?:so )?true|agreed|"
    r"nailed it|spot on|called it|makes sense|fair enough)\b[^?]*?[,.!;:—-]+\s*"
    r"(?:(?:but|and|so|though|ok|okay|yet|still|now)\b\W*)?",
    re.IGNORECASE,
)


def past_praise(text: str) -> str:
    """`text` without the praise it opens with, when a question follows it; else `text`."""
    lead = PRAISE_LEAD.match(text)
    rest = text[lead.end() :] if lead else ""
    return (
        rest
        if "?" in rest
        or re.match(r"\W*(?:who|what|why|how|when|where|which)\b", rest, re.I)
        and rest
        else text
    )


# Thanks that lead into a question ("thanks. whats the difference between a smoke alarm and a co
# one", "thanks for the peacock info, nias mum wins this one. are there jellyfish at cascais in may
# tho", "cheers! also why do cats purr"): the question is what is asked.
_THANKS_LEAD = folded(
    r"^\W*(?:thanks+|thank (?:you|u)|thankyou|thx|tysm|ty|cheers|ta|much appreciated)\b", re.I
)
# A sentence that asks: opened as a question ("also why ...", "and can i", "one more q: how long").
_ASKS = folded(
    r"^\W*(?:(?:also|and|oh and|so|but|ok|okay|btw|one more (?:q|question|thing)|quick q|"
    r"another (?:q|question))\b\W*)?(?:why|when|where|who|which|whats|what(?!\s+an?\b)|"
    r"how(?!\s+(?:lovely|kind|nice|sweet|cool|great|good)\b)|(?:is|are|do|does|did|can|could|"
    r"should|would|will)\s+(?:i|we|you|u|it|they|there|the|a|an|my|our|your|ur|he|she|that|this|"
    # "do hedgehogs eat slugs": a thing named in the plural; not "will tell mum"
    r"these|those|[a-z]+s)\b)",
    re.IGNORECASE,
)


# A word of a thing asked about: one not of asking alone ("is that right tho", "is it true?").
_THING = folded(
    r"\b(?!(?:also|and|oh|so|but|ok|okay|btw|one|more|quick|another|q|question|thing|why|when|"
    r"where|who|which|whats|what|how|is|are|do|does|did|can|could|should|would|will|i|we|you|u|"
    r"it|they|there|the|a|an|my|our|he|she|that|this|these|those|right|true|sure|correct|really|"
    r"tho|though|then|again|lol|haha|now|too|legit|real|serious|seriously)\b)[a-z]{2,}",
    re.IGNORECASE,
)


def past_thanks(text: str) -> str:
    """`text` from its first sentence that asks, when it opens with thanks and a sentence after
    them asks; else `text`."""
    if not _THANKS_LEAD.match(text):
        return text
    for cut in re.finditer(r"[.!;,:\n]+\s*|\s+(?=(?:also|and also|oh and|btw)\b)", text):
        rest = text[cut.end() :].strip()
        sentence = re.split(r"(?<=[.!;,])\s+", rest, maxsplit=1)[0]
        # "thanks, is that right tho" doubts the answer given; it asks of no thing.
        if (_ASKS.match(sentence) or sentence.endswith("?")) and _THING.search(rest):
            return rest
    return text


# Praise said to the persona, and nothing else: "good point", "great answer @curie", "you're a
# legend", "well said".
COMPLIMENT = folded(
    r"^\W*(?:(?:that'?s|that was|what an?|such an?)\s+)?(?:(?:really|very|so)\s+)?"
    r"(?:(?:good|great|nice|excellent|brilliant|solid|valid|strong|lovely|beautiful|"
    r"wonderful|fantastic|cool|amazing|awesome|interesting|helpful) (?:point|answer|one|take|stuff|"
    r"explanation|shout|reply|thought)s?|well (?:said|put|explained)|love (?:that|this|it)|"
    r"spot on|nailed it|so true|true that|legend|genius|you called it|called it|(?:big )?respect|"
    r"(?:you'?re|ur|youre|you are|u r) (?:a |so |the |such a |an absolute )?(?:legend|genius|"
    r"the best|brilliant|amazing|awesome|wise|smart|right|icon|gem|star))"
    r"(?:\W+(?:tbh|honestly|ngl|lol|haha\w*|fr|man|mate|sir|madam|as always|again|there|"
    r"thanks?|thank you|ty))*\W*$",
    re.IGNORECASE,
)


# Congratulations on what the persona did, said to it: "congrats on the nobel prizes btw. two
# is crazy", "well done on the engine". Not a question ("congrats on the prize, was it hard?").
CONGRATULATED = folded(
    r"^\W*(?:(?:ok|oh|also|and|btw|lol|ha+)\W+)?(?:congrats|congratulations|congratz|well done|"
    r"hats off)\s+(?:on|for)\s+"
    # not news of the one who speaks or another person's ("congrats on the new job sam")
    r"(?!(?:the |your |ur |ya )?(?:new|baby|wedding|engagement|exams?|results|promotion|job|"
    r"graduat\w*|passing|little|twins|house|flat|retirement)\b)[^?]*$",
    re.IGNORECASE,
)


def compliment(text: str) -> bool:
    """Whether `text` (the persona's name taken out) only praises the one it is said to."""
    return bool(COMPLIMENT.match(text) or CONGRATULATED.match(text))


# A few words before the praise: "ha told you. good point, ...", "yeah ok, fair point, ...".
_BEFORE_PRAISE = folded(
    r"^\W*(?:(?:ha+|haha\w*|lol|ok|okay|yeah|yes|yep|right|see|told (?:you|ya|u)|fine|oh|ah|"
    r"hmm+)\W+){1,3}",
    re.IGNORECASE,
)


PRAISING = folded(
    r"\W*(?:(?:good|great|fair|nice|interesting|excellent|brilliant|solid|valid|strong) "
    r"(?:point|answer|one|take|stuff|shout)|love (?:that|this)|spot on|well (?:said|put))\b",
    re.IGNORECASE,
)


def praise_then_told(text: str) -> bool:
    """Whether `text` praises the one it is said to and then says a thing of its own, not a
    question or an objection: "ha told you. good point, the blade pressure isn't nearly enough
    to melt it at -5" (not "good point, but who decides?")."""
    if "?" in text:
        return False
    for start in (text, _BEFORE_PRAISE.sub("", text, count=1)):
        lead = PRAISE_LEAD.match(start)
        # Praise, not a shrug or a word of one's own luck ("fair enough", "makes sense", "true",
        # "parked first try, nailed it").
        if lead and PRAISING.match(start):
            rest = start[lead.end() :]
            before = start[: lead.end()]
            # No objection anywhere: "makes sense, although i still disagree".
            return bool(rest.strip()) and not re.search(
                r"\b(?:but|though|although|yet|still|however|disagree\w*)\b", before + rest, re.I
            )
    return False
