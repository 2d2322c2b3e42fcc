"""The tone of a message the engine would otherwise misread (rate42 3C and 3E, review42): a
compliment to the room ("ngl ur all kinda wise") is thanked, not asked about; a view of a persona
("i think socrates was just annoying tbh") is taken in good humour, never met as a bad day; news
that is no achievement ("just finished the last season of succession") or is taken back ("we won
the lottery lol jk") is not congratulated; and a well-known misconception asked for agreement
("the sun goes round the earth, right?") is never agreed with: the short truth, in voice."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bots.fold import any_of, folded

# The personas as people call them, and whom each word names.
PERSONA_WORDS = {
    "einstein": "einstein",
    "albert": "einstein",
    "shakespeare": "shakespeare",
    "curie": "curie",
    "marie": "curie",
    "lovelace": "lovelace",
    "ada": "lovelace",
    "socrates": "socrates",
    "darwin": "darwin",
    "aibot": "aibot",
}
_NAMED = r"(?:" + "|".join(PERSONA_WORDS) + r")"
NAMED = folded(rf"(?<![\w@/])@?({_NAMED})(?:'s)?\b", re.IGNORECASE)

# Words of a view of someone: good ones and bad ones.
GOOD = (
    r"(?:(?:real |true |actual |total |absolute )?genius|the best|the goat|goated|a legend|legend|"
    r"underrated|wise|smart|clever|brilliant|amazing|cool|funny|hilarious|iconic|an icon|"
    r"my favou?rite|the real (?:genius|mvp|hero|one)|the smartest|the wisest|the funniest|"
    r"ahead of (?:his|her|their) time|so sweet|lovely|wholesome|great)"
)
BAD = (
    r"(?:annoying|irritating|overrated|boring|dull|smug|pretentious|intense|a bit much|too much|"
    r"insufferable|exhausting|weird|a nerd|a show-?off|full of (?:himself|herself)|rude|mean|"
    r"a pain|a know-?it-?all|stuck up|over the top|kinda mid|mid|cringe|sus)"
)
_HEDGE = r"(?:(?:just|kinda|kind of|sort of|a bit|a little|lowkey|honestly|really|so|pretty|very|"
_HEDGE += r"quite|totally|defo|definitely|lowkey|actually|such)\s+)*"
_VIEW_LEAD = r"(?:i think|i reckon|imo|imho|tbh|honestly|ngl|lowkey|personally|i feel like)"
# "socrates was just annoying", "ur annoying socrates", "einstein's hair was the best part of him"
# A view of the one named, said right after the name: "socrates was just annoying", "curie seems
# a bit intense", "einstein's hair was the best part of him", "shakespeare didn't even write his
# plays"; not "@socrates karaoke is cringe" (a view of karaoke, put to Socrates).
_COPULA = r"(?:is|was|'s|seems?|seemed|sounds?|looks?)"  # of one: "@einstein are ..." asks
VIEW_AFTER_NAME = folded(
    rf"^@?\w+(?:'s\s+\w+)?\s+(?:(?:just|really|honestly|tbh|ngl|imo|lowkey|kinda|always|"
    rf"totally|defo|definitely)\s+)*(?:{_COPULA}\s+(?:like\s+)?{_HEDGE}(?:{GOOD}|{BAD})\b|"
    rf"didn'?t (?:even )?write (?:his|her|their|the) (?:own )?(?:plays|books|work)\b)|"
    rf"^@?\w+(?:'s\s+\w+)?\s+{_COPULA}\s+the (?:best|worst) part of (?:him|her|them)\b",
    re.IGNORECASE,
)
# The same said to the one addressed: "socrates ur annoying", "@curie you're my favourite".
VIEW_TO_YOU = folded(rf"\b(?:ur|you'?re|you are|u r)\s+{_HEDGE}(?:{GOOD}|{BAD})\b", re.IGNORECASE)
BAD_VIEW = folded(
    rf"\b{BAD}\b|\bworst\b|\bdidn'?t (?:even )?write\b|\bbest part of\b|\bhair\b",
    re.IGNORECASE,
)
NOT_GOOD = folded(r"\b(?:not|never|hardly|isn'?t|wasn'?t|aren'?t)\s+(?:\w+\s+)?(?:that\s+|so\s+)?"
                  rf"{GOOD}\b", re.IGNORECASE)  # fmt: skip
VIEW_LEAD = folded(rf"\b{_VIEW_LEAD}\b", re.IGNORECASE)
# A view that one is worth less than one's name ("i think einstein is overrated", "ur kinda mid",
# "einstein isn't that smart"): no charge to plead guilty to, and not agreed with (mend43b).
OVERRATED = folded(r"\b(?:overrated|over-rated|mid)\b", re.IGNORECASE)

# A compliment to the room or to the one spoken to: "ngl ur all kinda wise", "you guys are so
# smart", "love talking to you all, ur the best", "@curie you're my favourite". Not "whats ur
# favourite season" (asked), nor "you're not that smart".
COMPLIMENT = folded(
    rf"\b(?:(?:you|u)(?:'re| are| r)?|ur|youre|y'?all(?: are)?|yall(?: are)?|you (?:guys|lot|all)"
    rf"(?: are)?|(?:this|the) (?:chat|room|group))\s+(?:all\s+|both\s+)?{_HEDGE}(?:{GOOD}|the best|"
    rf"(?:so |really |very )?(?:kind|helpful|fun|good company|great company|the best chat))\b|"
    rf"(?:^\W*|\bi\s+(?:really\s+|just\s+|do\s+)?|\bwe\s+)love (?:talking|chatting|being here|"
    rf"this chat|this room|you all|you guys|y'?all)\b"
    rf"(?!.*\b(?:but|except)\b)|"
    rf"\b(?:best|favou?rite) (?:chat|room|group|people)\b",
    re.IGNORECASE,
)
# The same of the room or the one spoken to, put badly: "ur so annoying lol", "you're all so
# boring", "you guys are kinda pretentious ngl": taken in good humour, never a bad day.
UNCOMPLIMENT = folded(
    rf"\b(?:(?:you|u)(?:'re| are| r)?|ur|youre|y'?all(?: are)?|yall(?: are)?|you (?:guys|lot|all)"
    rf"(?: are)?)\s+(?:all\s+|both\s+)?{_HEDGE}{BAD}\b",
    re.IGNORECASE,
)
HURT = folded(r"\bto me\b|\bhurt|\bupset|\bsad\b|\bcry|:\(|:'\(|😢|😭|😞|💔", re.IGNORECASE)
ASKED = folded(
    r"\?|^\W*(?:what|whats|what's|why|how|who|when|where|which|is|are|do|does|did|can|could|"
    r"would|should|will|was|were|has|have)\b|"
    # after a name: "socrates did the oracle really call you wise", not "curie is amazing"
    rf"^\W*@?{_NAMED}[\s,]+(?:what|whats|what's|why|how|who|when|where|which|do|does|did|can|"
    r"could|would|should|will)\b|"
    # put to it by @: "@einstein are smart speakers a gimmick"
    rf"^\W*@{_NAMED}[\s,]+(?:is|are|was|were|has|have)\b",
    re.IGNORECASE,
)

# News that is no achievement: a show or a book finished.
MEDIA_DONE = folded(
    r"\b(?:just|finally|only just)\s+(?:finished|done with|completed|binged|watched)\b[^.!?]{0,30}?"
    r"\b(?:season|series|episode|show|box ?set|film|movie|book|novel|trilogy|saga|watching|"
    r"reading|binge[- ]?watching|binging|bingeing)\b",
    re.IGNORECASE,
)
# A work of one's own finished ("just finished my first novel", "finished filming my show"): an
# achievement, cheered as ever.
MEDIA_MINE = folded(
    r"\b(?:my (?:first|own|debut|book|novel|film|movie|show|series|thesis)|writing|coaching|"
    r"teaching|directing|filming|editing|recording|producing|wrote|made)\b",
    re.IGNORECASE,
)
# Good news taken back: "we won the lottery lol jk", "i won a million quid, not really"; not
# "i'm not really feeling well" (nothing good told before it), nor "you're kidding".
# "Not really" and "i wish" take it back only standing alone, at the end or as a clause of their
# own ("i won the lottery... not really", "got the job! i wish. anyway"); never qualifying what
# follows ("i got the job, not really what i expected but i'm happy": mend43b).
TAKEN_BACK = folded(
    r"\b(?:jk|j/k|just kidding|just kiddin|only joking|kidding|sike|psych|lol no|"
    r"haha no|in my dreams)\b[\w' ]{0,40}$|"
    r"(?:^|[^\w\s']\s*|\b(?:lol|haha|lmao|jk|ok|well|but)\s+)(?:not really|i wish)\b"
    r"(?:\s*(?:[.!?;…]+|lol|haha+|lmao|😂|🤣|😅|😭|🙃|:\)|:p)\s*)*(?:$|(?<=[.!?;…])\s*\w)",
    re.IGNORECASE,
)
GOOD_NEWS = folded(
    r"\b(?:won|win|winning|got|getting|passed|promoted|promotion|engaged|married|pregnant|"
    r"lottery|jackpot|new job|puppy|kitten|million|bought|buying|raise|pay rise|award|tickets|"
    r"baby|house|holiday|moving|quit)\b",
    re.IGNORECASE,
)
# Good news only wished for: "i wish i'd got the job", "i wish i had won".
WISHED = folded(
    r"^\W*i wish (?:i|we)(?:'d| had| could have)? (?:got|gotten|won|passed|been picked|been "
    r"chosen|made it|landed|had)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Claim:
    """A well-known claim: its pattern, true or not, the short truth, and the words by which a
    persona's own answer is known to say the truth already (`kept`: Darwin's "Not from any monkey
    living now ..." stands)."""

    said: re.Pattern
    true: bool
    truth: str
    kept: re.Pattern


def _claim(pattern: str, true: bool, truth: str, kept: str = r"\bmyth\b|\bnot true\b") -> Claim:
    return Claim(folded(pattern, re.IGNORECASE), true, truth, folded(kept, re.IGNORECASE))


CLAIMS = (
    # (review43: five personas had agreed that the cold gives you a cold)
    _claim(
        r"\b(?:cold weather|the cold|being cold|getting cold|cold air|wet hair|going out with "
        r"wet hair)\b[^.?!]{0,20}\b(?:gives?|give|causes?|cause|makes?|make) (?:you |people |u )?"
        r"(?:a cold|colds|catch a cold|the flu|flu)\b|\bcatch (?:a )?cold (?:from|by|because of|"
        r"if you go out in) (?:the cold|being cold|wet hair|cold weather)\b",
        False,
        "Colds come from viruses, not from the cold itself: we catch more in winter because we "
        "crowd indoors together, where they pass from one to the next.",
        r"\bviruse?s?\b",
    ),
    # (review43: Darwin had doubted it)
    _claim(
        r"\blightning (?:is |bolts? (?:are|is) )?hotter than the (?:surface of the )?sun\b",
        True,
        "A bolt heats the air round it to about 30,000 °C for a few millionths of a second, some "
        "five times hotter than the surface of the Sun.",
        r"\b30,?000\b|\bfive times\b",
    ),
    _claim(
        r"\bsun (?:goes|go|moves|travels|revolves|orbits|goes round|circles)\s*"
        r"(?:a?round|about)?\s*the earth\b|"
        r"\bearth is (?:at )?the cent(?:re|er) of the (?:universe|solar system)\b",
        False,
        "The Earth goes round the Sun, once a year, and turns on its axis once a day; that turning "
        "is why the Sun seems to cross the sky.",
        r"\bearth (?:goes|moves|travels) (?:a?round|about) the sun\b|\borbits the sun\b",
    ),
    _claim(
        r"\b(?:earth|world) is flat\b|\bflat earth\b",
        False,
        "The Earth is round, very nearly a ball: ships sink hull first over the horizon, its "
        "shadow on the Moon in an eclipse is round, and people have sailed and flown all the way "
        "round it.",
        r"\bthe earth is (?:round|a sphere|a globe)\b",
    ),
    _claim(
        r"\b(?:only )?use (?:only )?(?:10|ten) ?(?:%|percent|per cent) of (?:our|your|the|their)"
        r" ?brains?\b",
        False,
        "We use all of our brain, though not all of it at once; scans show every part at work "
        "over a day, and damage almost anywhere costs something.",
        r"\bwe use all of it\b|\bten per ?cent is a myth\b|\bmyth\b",
    ),
    _claim(
        r"\bgoldfish\b.*\b(?:3|three|2|two|5|five)[ -]?(?:second|sec)s?\b",
        False,
        "A goldfish remembers for months, not seconds: goldfish learn the hour of feeding and can "
        "be trained to push a lever for food.",
        r"\bnot a matter of seconds\b|\bfor months\b",
    ),
    _claim(
        r"\blightning (?:never|doesn'?t|does not|can'?t|cannot|won'?t) strikes? (?:the same "
        r"(?:place|spot)|twice)\b",
        False,
        "Lightning often strikes the same place twice: it takes the tallest, best road to the "
        "ground, and the Empire State Building is struck twenty-odd times a year.",
        r"\bit often does\b|\bstruck twenty\b",
    ),
    _claim(
        r"\bbulls? (?:\w+ ){0,3}(?:hate|hates|angry at|angered by|charge at|charges at|go mad at|"
        r"get angry at|gets angry at|can'?t stand|furious at|enraged by|mad at|react to) (?:the "
        r"(?:colou?r )?)?red\b|\bred (?:makes|angers|enrages) (?:a |the )?bulls?\b",
        False,
        "Bulls are red-green colour-blind; it is the cape's movement they charge, not its colour.",
        r"\bcolou?r-?blind\b",
    ),
    _claim(
        r"\bgreat wall\b.*\b(?:visible|see|seen)\b.*\b(?:space|moon|orbit)\b",
        False,
        "The Great Wall cannot be seen with the naked eye from the Moon, and hardly at all from "
        "orbit: it is long but only a few metres wide, and much the colour of the land round it.",
        r"\bnot with the naked eye\b|\bcannot be seen\b",
    ),
    _claim(
        r"\bshav(?:e|es|ing|ed)\b.*\b(?:grows?|grew|come|comes) back\b.*\b(?:thicker|darker|"
        r"faster)\b|\b(?:shaving|shaved hair)\b.*\b(?:thicker|darker)\b",
        False,
        "Shaved hair does not grow back thicker or darker; the cut end is blunt, so it feels "
        "coarser, but the hair is the same.",
    ),
    _claim(
        r"\bblood is blue\b|\b(?:blood|it) (?:in (?:your|our|the) veins )?is blue until\b",
        False,
        "Blood is always red: dark red in the veins, bright red in the arteries; veins only look "
        "blue through the skin.",
    ),
    _claim(
        r"\bcracking (?:your |my |our )?knuckles\b.*\barthritis\b",
        False,
        "Cracking your knuckles does not cause arthritis; the pop is a bubble of gas in the "
        "joint's fluid, and studies find no link.",
        r"\bdoes(?:n't| not) cause arthritis\b|\bno link\b",
    ),
    _claim(
        r"\bsugar (?:makes|gets|turns) (?:kids|children|them) (?:hyper|hyperactive)\b",
        False,
        "Sugar does not make children hyperactive; careful trials find no difference, though a "
        "party full of other children might.",
    ),
    _claim(
        r"\b(?:we|humans|people|man) (?:evolved|came|descended|come) from (?:chimps|chimpanzees|"
        r"monkeys)\b",
        False,
        "We did not come from chimpanzees or monkeys; we share a common ancestor with them, the "
        "chimpanzees some six or seven million years back, and both lines changed since.",
        r"\bnot from any monkey\b|\bcousins, not grandchildren\b|"
        r"\bshare (?:a common )?ancestors?\b",
    ),
    _claim(
        r"\bbats are blind\b|\bblind as a bat\b.*\b(?:true|right|really)\b",
        False,
        "Bats are not blind; many see quite well, and most also find their way by the echoes of "
        "their own calls.",
    ),
    _claim(
        r"\bswallow(?:ed|ing)? (?:chewing )?gum\b.*\b(?:7|seven) years\b",
        False,
        "Swallowed gum does not stay in you for seven years; it passes through in a few days, "
        "like anything else you cannot digest.",
    ),
    _claim(
        r"\bvikings? (?:\w+ )?(?:wore|had|wear) (?:horned|horns)\b",
        False,
        "The Vikings did not wear horned helmets; the horns came from costume designers of the "
        "1870s, for Wagner's operas.",
    ),
    _claim(
        r"\bostrich(?:es)? (?:\w+ )?bur(?:y|ies) (?:their|its) heads?\b",
        False,
        "Ostriches do not bury their heads in the sand; they lie low with the neck flat along the "
        "ground, or run, and from afar the head seems to vanish.",
    ),
    _claim(
        r"\b(?:hair and nails|nails and hair|hair|nails) (?:keep )?grow(?:s|ing)? after (?:you "
        r"die|death)\b",
        False,
        "Hair and nails do not grow after death; the skin dries and draws back, which makes them "
        "look longer.",
    ),
    _claim(
        r"\beinstein failed (?:at )?(?:maths?|math|mathematics)\b",
        False,
        "Einstein did not fail mathematics; he had taught himself calculus by fifteen.",
    ),
    _claim(
        r"\bearth (?:goes|go|moves|travels|revolves|orbits|circles)\s*(?:a?round|about)?\s*"
        r"the sun\b",
        True,
        "The Earth goes round the Sun, once a year, and turns on its axis once a day.",
    ),
    _claim(
        r"\b(?:earth|world) is round\b|\b(?:earth|world) is (?:a )?(?:sphere|ball|globe)\b",
        True,
        "The Earth is round, very nearly a ball, a little fatter at the equator.",
    ),
    _claim(
        r"\bwater boils at (?:100|a hundred) ?(?:degrees|°|c\b)",
        True,
        "At sea level water boils at 100 degrees Celsius; higher up, where the air presses less, "
        "it boils cooler.",
    ),
)
# A claim asked for agreement or told as fact: short, and not a question of why people believe it.
CLAIM_ASKED = folded(
    r"\?|\b(?:right|innit|isn'?t it|is it|don'?t they|doesn'?t it|don'?t we|didn'?t he|true|"
    r"yeah|correct|no)\W*$|^\W*(?:is it true|is it a fact|isn'?t it true|did you know|fun fact)\b",
    re.IGNORECASE,
)
CLAIM_ABOUT = folded(
    r"\b(?:why do (?:people|some|so many)|people (?:who )?(?:think|believe|say)|myth|"
    r"conspiracy|used to (?:think|believe)|believed that|flat earthers?|how do we know|"
    r"how did (?:they|we|people)|prove|disprove|argue|debate|convince|who'?s right|i say|"
    r"(?:he|she|they|dad|mum|mom|husband|wife|mate|friend|teacher) (?:says|said|reckons|thinks))\b",
    re.IGNORECASE,
)
NEGATED_CLAIM = folded(r"\b(?:not|isn'?t|doesn'?t|don'?t|never|no longer)\b", re.IGNORECASE)

# Each voice's word for a claim: the one it denies, and the one it agrees with.
DENY = {
    "einstein": "No, {name}, I am afraid not, though many people believe it.",
    "shakespeare": "Nay, {name}, 'tis not so, however often it is said.",
    "curie": "No, {name}; it is widely believed, but the evidence says otherwise.",
    "lovelace": "No, {name}; it is a popular sum, but it does not add up.",
    "socrates": "No, {name}; many believe it, but it does not survive the questioning.",
    "darwin": "I am afraid not, {name}, though it is very widely believed.",
    "aibot": "Actually no, {name}, that's a common myth.",
}
AGREE = {
    "einstein": "Yes, {name}, quite right.",
    "shakespeare": "Ay, {name}, 'tis so.",
    "curie": "Yes, {name}, that is right.",
    "lovelace": "Yes, {name}, that is quite correct.",
    "socrates": "Yes, {name}; that one survives the questioning.",
    "darwin": "Yes, {name}, quite right.",
    "aibot": "Yes, {name}, that's right.",
}
# A view of another persona: a bad word met in good humour, a good one seconded.
OTHER_TEASED = {
    "einstein": "Ha! A bold view, {name}; I have found {who} well worth arguing with, all the "
    "same.",
    "shakespeare": "Ha! A sharp word, {name}; yet {who} has weathered harder critics than thee.",
    "curie": "Ha! Perhaps, {name}; I have found {who} worth listening to, even when I disagree.",
    "lovelace": "Ha! Opinions differ, {name}; I have found {who} well worth the argument.",
    "socrates": "Ha! A bold judgement, {name}; I hope {who} takes it in good part, as I try to.",
    "darwin": "Ha! Tastes vary, {name}; I have found {who} good company all the same.",
    "aibot": "Ha, noted, {name}! I'm sure {who} can take it.",
}
OTHER_PRAISED = {
    "einstein": "A fine word for {who}, {name}, and well deserved.",
    "shakespeare": "A fair word for {who}, {name}, and well bestowed.",
    "curie": "A kind word for {who}, {name}, and a deserved one.",
    "lovelace": "A very just word for {who}, {name}; I should not subtract a thing.",
    "socrates": "A kind word for {who}, {name}; I hope {who} hears it.",
    "darwin": "A kind word for {who}, {name}, and a deserved one.",
    "aibot": "Nice, {name}! {who} would be glad to hear it.",
}
# The house bot's own words, where the personas have theirs in their material.
HOUSE = {
    "praised": "Thank you, {name}, that's kind of you! The personas do the clever bits; I just "
    "keep the lights on.",
    "teased": "Ha, fair enough, {name}! I'll take that in good part.",
    "groan": "Ha! That's a groaner, {name}, and I mean that as a compliment.",
    "hello": "Hello, {name}! I'm always around; ask me anything about Salon.",
}
# A show or a book finished: asked how it was, no cheer.
MEDIA = {
    "einstein": "And was it worth the hours, {name}? A good story is a fine thing to finish, and "
    "a little sad.",
    "shakespeare": "The last act played, {name}! A good ending leaves the house both full and "
    "bereft.",
    "curie": "And did it repay the hours, {name}? I shall not ask you to spoil it.",
    "lovelace": "And did the ending add up, {name}? I shall not ask you to spoil it.",
    "socrates": "And was the ending a good one, {name}? A story is judged by how it ends.",
    "darwin": "And did it end well, {name}? There is a pleasant melancholy in finishing a long "
    "story.",
    "aibot": "Nice, {name}! I hope the ending was worth it. No spoilers from me.",
}
# Good news taken back ("lol jk"): caught out, with a laugh.
FOOLED = {
    "einstein": "Ha! You had me for a moment, {name}; I was about to congratulate you.",
    "shakespeare": "Ha! A jest, {name}, and I was half into my cheering speech.",
    "curie": "Ha! You nearly had me, {name}; I check my results twice for that reason.",
    "lovelace": "Ha! You had me for a moment, {name}; I was already working out your fortune.",
    "socrates": "Ha! You had me, {name}; a good lesson in believing too quickly.",
    "darwin": "Ha! You had me for a moment, {name}; I was about to send my congratulations.",
    "aibot": "Ha, you got me for a second, {name}!",
}
# A view that it is overrated ("i think einstein is overrated"): taken in good humour, neither
# pleaded guilty to nor agreed with.
OVERRATED_SAID = {
    "einstein": "Perhaps, {name}; fame is a strange thing, and I never quite understood why so "
    "much of it landed on me.",
    "shakespeare": "Perchance, {name}; every player has his critics, and the play's the thing, "
    "not the praise.",
    "curie": "Perhaps, {name}; I never cared much for fame. It is the work that matters, not the "
    "one who did it.",
    "lovelace": "Perhaps, {name}; a reputation is a sum I never could balance. Judge the work on "
    "its own figures.",
    "socrates": "Perhaps, {name}; I never claimed to be wise, only to know how little I know.",
    "darwin": "Perhaps, {name}; I only ever set out to look closely at things. Others made the "
    "fuss.",
    "aibot": "Ha, perhaps, {name}! I'll keep trying to earn my keep.",
}
# Good news only wished for ("i wish i'd got the job"): a kind word, no cheer.
WISHED_FOR = {
    "einstein": "Ah, {name}, I hope it comes your way yet.",
    "shakespeare": "Ah, {name}, may the next act bring it thee.",
    "curie": "Ah, {name}; I hope it comes to you yet.",
    "lovelace": "Ah, {name}, I hope the sum comes out your way next time.",
    "socrates": "Ah, {name}; may the gods be kinder next time.",
    "darwin": "Ah, {name}, I hope it comes your way yet.",
    "aibot": "Ah, {name}, I hope it comes your way soon.",
}


# A greeting that asks who is about ("morning all, who's up early", "hey, anyone around?"):
# greeted back, never a question of fact read in its words ("up early" is no ear defender).
GREETING_ROLL = folded(
    r"^\W*(?:hi+|hey+|hello|hiya|yo|morning|good (?:morning|afternoon|evening)|evening|"
    r"afternoon|gm)\b(?:\W+(?:all|everyone|everybody|folks|guys|y'?all|people|team|gang|lot))*"
    r"\W+(?:who'?s|whos|who is|anyone|anybody|any1)\s+(?:else\s+)?(?:up|around|about|here|"
    r"awake|online|on|in)\b(?:\s+(?:early|late|yet|today|tonight|already|this early|still))?"
    r"\W*$",
    re.IGNORECASE,
)
# Whether it is worth starting to learn something late ("is it worth learning to code at 45?",
# "am i too old to learn piano", "is it too late to start running at 50"): yes, never a matter
# of taste (rate42: "when a thing seems true to me I still want to see it tested. That is a
# matter of taste").
LATE_START = folded(
    r"\b(?:worth|too late|too old|pointless|stupid|silly|possible)\b(?: for me)?(?: to)?\s+"
    r"(?:start(?:ing)? |begin(?:ning)? |tak(?:e|ing) up |tr(?:y|ying) )?(?:learn(?:ing)?|to learn|"
    r"study(?:ing)?|start(?:ing)?|tak(?:e|ing) up|go(?:ing)? back to)\b[^?]{0,40}?"
    r"\b(?:at (?:my age|\d{2}|(?:thirty|forty|fifty|sixty|seventy)\w*)|in my (?:\d0|thirties|"
    r"forties|fifties|sixties|seventies)s?)\b",
    re.IGNORECASE,
)
LATE_LEAD = {
    "einstein": "Never too late, {name}; curiosity has no age limit.",
    "shakespeare": "'Tis never too late to begin, {name}, and a late start is still a start.",
    "curie": "It is never too late to begin, {name}, if you work at it steadily.",
    "lovelace": "Never too late, {name}; a mind is never too old for a new method.",
    "socrates": "Never too late, {name}; I learned the lyre as an old man, and never regretted it.",
    "darwin": "Never too late, {name}; I was still learning new things at seventy.",
    "aibot": "It's never too late, {name}: plenty of people start in their forties, fifties and "
    "beyond. A little every day works best.",
}


@dataclass(frozen=True)
class Tone:
    """What a message is in tone: its `kind` ("praised", "teased", "other_praised",
    "other_teased", "media", "fooled", "wished", "claim_false", "claim_true", "hello", "late",
    "overrated"),
    whom a view is
    of (`who`), and the truth of a claim (`truth`)."""

    kind: str
    who: str = ""
    truth: str = ""


def bare(text: str) -> str:
    """`text` without a leading `/aibot`."""
    return re.sub(r"^\s*/aibot\b\W*", "", text, flags=re.IGNORECASE)


def for_other(slug: str, text: str) -> bool:
    """Whether `text` is put to someone else: `/aibot` for the house bot, or an @mention of
    another persona only."""
    if re.match(r"^\s*/aibot\b", text, re.IGNORECASE):
        return slug != "aibot"
    mentioned = {PERSONA_WORDS.get(m.lower(), m.lower()) for m in re.findall(r"@(\w+)", text)}
    return bool(mentioned) and slug not in mentioned


# (Any claim's words at all: most messages have none, and are not searched claim by claim.)
_CLAIM_SAID = any_of(claim.said for claim in CLAIMS)


@lru_cache(maxsize=1024)  # asked more than once of one message in a reply
def claim_of(text: str) -> Claim | None:
    """The well-known claim `text` asks to be agreed with (or tells), if any."""
    if len(text.split()) > 18 or CLAIM_ABOUT.search(text) or not _CLAIM_SAID.search(text):
        return None
    for claim in CLAIMS:
        found = claim.said.search(text)
        if found:
            before = text[max(0, found.start() - 12) : found.start()]
            if not claim.true and NEGATED_CLAIM.search(before):
                return None  # "it's not true the earth is flat"
            return claim
    return None


def truth_kept(text: str, reply: str) -> bool:
    """Whether `reply`, a persona's own answer to the claim in `text`, already says its truth
    (and does not open by agreeing)."""
    claim = claim_of(bare(text).strip())
    return bool(
        claim
        and claim.kept.search(reply)
        and not re.match(r"\W*(?:yes|ay|aye|i think so|i would say yes|quite right)\b", reply, re.I)
    )


@lru_cache(maxsize=1024)  # asked more than once of one message in a reply
def tone_of(slug: str, text: str) -> Tone | None:
    """The tone of `text` as `slug` should take it, or None to leave it to the engine."""
    if slug != "aibot" and re.match(r"^\s*/aibot\b", text, re.IGNORECASE):
        return None  # put to the house bot
    text = bare(text).strip()
    if not text:
        return None
    asked = ASKED.search(text)
    view = _view(slug, text) if not asked else None
    if view:
        return view
    if for_other(slug, text):
        return None  # put to another persona by name
    claim = claim_of(text) if slug != "aibot" else None  # (the house bot owns up, or hands on)
    if claim and any(PERSONA_WORDS[m.group(1).lower()] == slug for m in NAMED.finditer(text)):
        # A myth of the one answering ("einstein failed maths right?" put to Einstein): its own
        # reading in the first person, never "Einstein did not fail" of itself (mend43b).
        claim = None
    if claim and (CLAIM_ASKED.search(text) or not claim.true):
        return Tone("claim_true" if claim.true else "claim_false", truth=claim.truth)
    if GREETING_ROLL.match(text):
        return Tone("hello")
    if LATE_START.search(text):
        return Tone("late")
    named = [PERSONA_WORDS[m.group(1).lower()] for m in NAMED.finditer(text)]
    if (
        all(n == slug for n in named)  # to the room, or to it
        and COMPLIMENT.search(text)
        and not asked
        and not NOT_GOOD.search(text)
        and not re.search(r"\b(?:but|not|never|except)\b", text, re.I)
    ):
        return Tone("praised")
    if (
        all(n == slug for n in named)
        and UNCOMPLIMENT.search(text)
        and not asked
        and not HURT.search(text)  # "you are all mean to me :(" is hurt, not a tease
    ):
        return Tone("overrated" if OVERRATED.search(text) else "teased")
    if MEDIA_DONE.search(text) and not asked and not MEDIA_MINE.search(text):
        return Tone("media")
    if WISHED.search(text) and not asked:
        return Tone("wished")
    back = TAKEN_BACK.search(text)
    if back and not asked and GOOD_NEWS.search(text[: back.start()]):
        return Tone("fooled")
    return None


def _view(slug: str, text: str) -> Tone | None:
    """A view of one persona told ("i think socrates was just annoying tbh", "@curie you're my
    favourite"): of `slug` itself, "teased" or "praised"; of another, "other_teased" or
    "other_praised", with whom it is of."""
    found = list(NAMED.finditer(text))
    named = {PERSONA_WORDS[m.group(1).lower()] for m in found}
    if len(named) != 1 or len(text.split()) > 20:
        return None
    first = found[0]
    lead = text[: first.start()]
    said_of = VIEW_AFTER_NAME.search(text[first.start() :]) and (
        not lead.strip()
        or VIEW_LEAD.search(lead)
        or re.fullmatch(r"\W*(?:hmm+|ok|so|but)?\W*", lead)
    )
    said_to = VIEW_TO_YOU.search(text) and not lead.strip()
    if not (said_of or said_to):
        return None
    (who,) = named
    bad = bool(BAD_VIEW.search(text) or NOT_GOOD.search(text))
    if who == slug:
        if OVERRATED.search(text) or NOT_GOOD.search(text):
            return Tone("overrated", who=who)
        return Tone("teased" if bad else "praised", who=who)
    return Tone("other_teased" if bad else "other_praised", who=first.group(1).capitalize())


def own_words(kind: str, slug: str) -> str:
    """The line of `kind` this module holds for `slug` ("" when its material has the kind)."""
    table = {
        "other_teased": OTHER_TEASED,
        "other_praised": OTHER_PRAISED,
        "media": MEDIA,
        "fooled": FOOLED,
        "wished": WISHED_FOR,
        "overrated": OVERRATED_SAID,
    }.get(kind)
    if table:
        return table.get(slug, "")
    return HOUSE.get(kind, "") if slug == "aibot" else ""
