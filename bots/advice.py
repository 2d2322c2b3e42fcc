"""Everyday practical questions any sensible adult answers in a sentence (advise50).

"is it ok to have a bbq on the road itself?", "how do we get more people to come", "fixed day
each month or rotate?", "are bottle lids worth collecting separately": a persona asked one of
these outside its field gives the plain, common-sense answer, never "I have no data on that".

Each kind is read by the shape of the question (`KINDS`), and where the answer hangs on the
thing asked of (what to bring, how to keep it fresh, what is safe), by that thing too
(`TOPICS`): only when both are read surely is there an answer. Medicine, law, harm to the body
and money sums are never answered here (`UNSAFE`): those stay owned up to or worked out.

`advised(text)` gives the answer's core (one or two plain sentences), or None."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from bots.fold import folded


class Advice(NamedTuple):
    answer: str
    thing: str = ""  # the pattern of the thing the answer is on, when it hangs on one
    fix: bool = False  # a fix about the house, which may be another persona's field (a stain)
    easy: bool = False  # (easy39) an everyday answer any persona's own answer on it comes before


# Chat spellings of the words the readers below key on.
SPELLINGS = {
    "u": "you",
    "ur": "your",
    "ppl": "people",
    "peeps": "people",
    "peple": "people",
    "poeple": "people",
    "wat": "what",
    "wot": "what",
    "shud": "should",
    "shld": "should",
    "wud": "would",
    "cud": "could",
    "r": "are",
    "neighbor": "neighbour",
    "neighbors": "neighbours",
    "nieghbour": "neighbour",
    "nieghbours": "neighbours",
    "neighbour's": "neighbour",
    "neighbours'": "neighbours",
    "bbq's": "bbq",
    "barbeque": "barbecue",
    "barbie": "bbq",
    "saftey": "safety",
    "begginer": "beginner",
    "beginers": "beginners",
    "newbies": "newbie",
    "firsttimer": "first timer",
    "reccomend": "recommend",
    "recomend": "recommend",
    "leftovers": "leftover",
    "left-overs": "leftover",
    "left-over": "leftover",
    "left overs": "leftover",
    "left over": "leftover",
    "drive way": "driveway",
    "hw": "how",
    "tbh": "",
    "pls": "",
    "plz": "",
    "lol": "",
    "haha": "",
}
SPELLING = re.compile(r"(?<![\w'])(?:" + "|".join(map(re.escape, SPELLINGS)) + r")(?![\w'])")

# What is never answered from common sense: the body and medicine, the law, harm done on
# purpose, and sums (worked by the sum readers or owned up to).
UNSAFE = folded(
    r"\b(?:raw|undercooked|pink|pregnan\w*|baby|babies|newborn|allerg\w*|medicin\w*|medication|"
    r"tablets?|pills?|dose|dosage|paracetamol|ibuprofen|symptoms?|rash|pain|ache|fever|"
    r"infect\w*|sick|ill|illness|doctor|gp|nhs|hospital|injur\w*|bleed\w*|legal\w*|illegal|"
    r"law|laws|lawyer|solicitor|sue (?:them|him|her|the|for|you|us|me)|suing|court|police|"
    r"rights|evict\w*|deposit|contract|"
    r"insurance|licen[cs]e|permit|gun|knife|knives|poison\w*|bleach|"
    r"drunk|alcohol|drinking|driving|car seat|gas|carbon monoxide|electrics?|wiring|"
    r"asbestos|mould\w*|mold\w*|chemicals?|"
    r"kill|hurt|fight|hit|revenge|steal\w*|"
    r"rice|chicken|meat|fish|seafood|eggs?|mayo\w*|reheat\w*|"
    # (review34) grief, family and money a family parts over are no club's plain sense; a tap
    # running brown is no worn washer
    r"died|dies|dead|death|funeral|passed away|bereave\w*|grief|grieving|divorc\w*|inherit\w*|"
    r"estate|custody|affair|cheat\w*|girlfriend|boyfriend|husband|wife|partner|marriage|"
    r"married|relationship|argu(?:e|es|ed|ing|ment|ments)|break ?up|split up|"
    r"brown water|water\w* (?:is |was |comes out |looks )?brown|"
    r"rust\w*|discolou?r\w*|(?:mum|dad|nan|gran|grandad|grandma|grandpa|parents)'?s "
    r"(?:house|home|things|stuff|money|estate|ashes))\b|£|\$|€|\d+\s*%",
    re.I,
)
# A question, as asked: with a question mark, or in a question's shape.
ASKED = re.compile(
    r"\?|(?:^|[,.!:;-] ?|\b(?:but|so|and|ok|okay|right|question|one|q)\b,? )(?:any|how|what|whats|"
    r"which|is|are|should|shall|do|does|can|could|would|will|where|when|best)\b|"
    r"\b(?:any (?:tips|ideas|advice|thoughts)|tips|advice|ideas|wondering|thoughts|is it|"
    r"is there|are there|should (?:we|i)|do (?:we|you)|how (?:do|can|should)|what (?:do|should|"
    r"if|shall))\b",
)

WE = r"(?:we|i|you|one|they)"
HOW = (
    rf"(?:\bhow (?:do|can|could|would|should|might|shall|are|'?d)(?: {WE})?(?: ever)?|\bhow to|"
    r"\bbest way (?:to|of)|\bways? to|\b(?:ideas|tips|advice) (?:on |for )?(?:how )?to|"
    rf"\bhow (?:do|would|should) {WE} go about)(?: actually| even| best| possibly)?"
)
PEOPLE = r"(?:people|folk|folks|members|faces|neighbours|punters|players|families|residents)"

SAFE_ASKED = folded(
    r"\b(?:(?:is|would|will) (?:it|that|this) (?:\w+ )?(?:safe|ok|okay|alright|all right|fine|"
    r"dangerous|a bad idea|a problem|risky)|safe to|ok to|okay to|dangerous to|"
    r"(?:is|are|will|would) (?:\w+ ){1,6}?(?:be )?(?:safe|ok|okay|alright|all right|fine|"
    r"dangerous|risky|a fire risk|a hazard)|(?:can|could|should) (?:we|i|you) safely|"
    r"any (?:safety|danger)|fire risk|hazard)\b",
    re.I,
)

# Each kind: its reading, and its answer; the first that reads the question answers it.
KINDS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    (
        "litter",
        re.compile(
            r"\bwhat (?:\w+ )?(?:stops?|would stop|actually stops|works to stop|puts? off) "
            r"(?:people|folk|kids|anyone) (?:from )?(?:dropping|chucking|leaving|throwing) "
            r"(?:litter|rubbish)"
            rf"|{HOW} (?:stop|prevent|cut down on|reduce|discourage) (?:people )?(?:from )?"
            r"(?:(?:dropping |chucking |leaving |throwing )(?:litter|rubbish)|litter(?:ing)?)\b",
        ),
        "Bins right where the litter collects, emptied before they overflow, do most; "
        "people drop far less where the ground is already clean.",
    ),
    (
        "volunteers",
        re.compile(
            rf"{HOW} (?:get|find|recruit|attract|rope in) (?:more |some |new |extra )?"
            r"(?:volunteers|helpers|help(?:ers)?)\b"
            r"|\b(?:not enough|short of|need more|struggl\w+ (?:to get|for)) "
            r"(?:volunteers|helpers)\b"
            r"[^.!]*(?:\?|\bhow\b)",
        ),
        'Ask people one to one for a small, clear job at a set time ("could you do '
        'the teas 2 till 4?"); most say yes to a specific ask and ignore a poster.',
    ),
    (
        "more people",
        re.compile(
            rf"{HOW} (?:get|attract|bring in|pull in|draw in|draw|bring|encourage|tempt|"
            rf"grow|entice) (?:more|new|some new|a few more|loads more|other|different|"
            rf"younger) (?:{PEOPLE}|ppl|ones|turning up|to (?:come|join|turn up))"
            rf"|{HOW} (?:get|make) (?:more )?{PEOPLE} (?:to )?(?:actually )?"
            r"(?:come|turn up|show up|join|come along|sign up)\b"
            rf"|\bwhat (?:\w+ ){{0,4}}?(?:makes|gets|would make|would get|will make|brings|"
            rf"would bring) "
            rf"(?:more )?{PEOPLE} (?:to )?(?:actually )?"
            r"(?:come|turn up|show up|join|come along|sign up|together)\b"
            rf"|\b(?:how|ideas|tips|advice|ways?|any)\b[^?.!]{{0,30}}\b(?:getting|attracting|"
            rf"bringing in|pulling in|drawing in) more (?:{PEOPLE}|ppl)\b"
            rf"|{HOW} (?:grow|build up|boost) (?:the |our |this )?(?:numbers|membership|"
            r"attendance|turnout|group|club)\b"
            r"|\b(?:not|just|only) the same (?:\w+ )?faces\b",
        ),
        "Ask people face to face, not just on a flyer: knock on doors, have each "
        "regular bring one new person, and have someone at the door to welcome "
        "newcomers.",
    ),
    (
        "keep going",
        re.compile(
            rf"{HOW} (?:keep|stop) (?:the |our |this |a |my )?(?:\w+ )?"
            r"(?:group|club|class|choir|team|society|circle|hobby|meet ?up|people|"
            r"momentum|interest|energy|enthusiasm|spirit|"
            r"members|everyone|folk)\s?(?:going|alive|coming back|interested|(?:from )?(?:dropping "
            r"(?:off|out)|drifting (?:off|away)|losing interest|getting bored|giving up|leaving|"
            r"quitting)\b)"
            # "keep it going" of a group named (review34: never of a shop after a death, nor of
            # a couple who argue)
            rf"|{HOW} keep (?:it|things) (?:going|alive)\b(?=.*\b(?:group|club|class|choir|"
            r"team|society|meet ?up|quiz|session|league|circle)s?\b)"
            r"|\bwhat (?:\w+ ){0,4}?keeps? (?:a |the |our |this )?(?:\w+ )?(?:group|club|hobby|"
            r"class|choir|society|meet ?up|it) (?:\w+ ){0,3}?going\b"
            r"|\bkeep (?:people|members|everyone|folk) coming back\b"
            r"|\bkeeping (?:the |our |this |a |my )?(?:\w+ )?(?:group|club|class|choir|team|"
            r"society|"
            r"circle|hobby|meet ?up|it|things|momentum) (?:\w+ )?going\b",
        ),
        "Keep a regular rhythm people can plan round, give everyone a small job so it "
        "feels like theirs, and keep time for a cuppa and a chat afterwards.",
    ),
    (
        "fixed or rotate",
        re.compile(
            r"\b(?:fixed|same|set|regular) (?:\w+ )?(?:day|night|date|evening|time|slot)s?\b"
            r"[^?.!]{0,40}\bor (?:\w+ ){0,3}?(?:rotat\w*|move it (?:around|about|round)|"
            r"chang\w+ it|"
            r"swap\w*|"
            r"alternat\w*|mix it up|vary\w*|different (?:days|nights)|take turns)"
            r"|\brotat\w* (?:the )?(?:days?|nights?|dates?)?[^?.!]{0,20}\bor (?:stick|keep|have) "
            r"(?:to |with )?(?:a |one |the )?(?:fixed|same|set|regular)",
        ),
        "A fixed day, like the first Saturday of the month, is usually best: people "
        "put it in the diary once and it becomes a habit.",
    ),
    (
        "fixed or rotate",
        re.compile(
            r"\b(?:fixed|same|set|regular)\b[^?.!]{0,40}\bor (?:rotat\w*|move it (?:around|about|"
            r"round)|chang\w+ it|alternat\w*|mix it up|vary\w*|take turns)"
            r"(?=[^?!.]*\b(?:days?|nights?|dates?|evenings?|weekdays?|weekends?|week|month|monday|"
            r"tuesday|wednesday|thursday|friday|saturday|sunday)\b|[^?!.]*\b(?:every|each) "
            r"(?:week|month))"
            r"(?<=\w)(?![^?!.]*\b(?:venue|place|pub|house|host|hosts|location|room|hall|who)\b)",
        ),
        "A fixed day, like the first Saturday of the month, is usually best: people put it in "
        "the diary once and it becomes a habit.",
    ),
    (
        "which day",
        re.compile(
            r"\b(?:which|what) (?:day|night|evening) (?:of the week )?(?:is |would be |works |"
            r"'?s )?(?:best|better|good|most popular)\b"
            r"|\bbest (?:day|night|evening) (?:of the week )?(?:to|for)\b"
            r"|\b(?:weekday|weeknight|midweek)s? or (?:a |the )?weekends?\b"
            r"|\bweekends? or (?:a |the )?(?:weekday|weeknight|midweek)s?\b",
        ),
        "Run a quick poll, pick the day most can make, then keep it the same each "
        "time; weekday evenings suit people who work, weekend mornings suit families.",
    ),
    (
        "rain plan",
        re.compile(
            r"\bwhat (?:if|happens if|do (?:we|i|you) do if|shall we do if|should we do if|'?s "
            r"the plan if|about if) (?:it|the weather) (?:\w+ )?(?:rains|pours|is bad|turns|"
            r"is awful|is rubbish|is grim|'?s bad|buckets)"
            r"|\b(?:rain|wet ?weather|bad weather|weather) (?:plan|backup|back ?up|contingency)"
            r"|\bplan b\b[^?.!]{0,30}\b(?:rain|weather|wet)"
            r"|\b(?:the )?plan (?:if|for if|in case) (?:it|the weather) "
            r"(?:rains|pours|turns|is bad)"
            r"|\bin case (?:it|of) rain\w*[^?.!]{0,30}\?"
            r"|(?:^|\b(?:and|but|so|ok) )if (?:it|the weather) (?:rains|pours|turns|is bad)\b"
            r"[^.!]{0,40}\b(?:what|plan|do we|shall we|should we)\b"
            r"|\b(?:backup|back-up|back up|plan b|fallback|contingency)\b[^?.!]{0,30}\b(?:if|in "
            r"case)\b[^?.!]{0,20}\b(?:rain\w*|weather|wet|pours)",
        ),
        "Sort a plan B before the day: gazebos, or a hall or garage you can move "
        "into, and a set time (say 9am) when you decide and tell everyone.",
    ),
    (
        "neighbour",
        re.compile(
            rf"{HOW} (?:politely |nicely |gently )?(?:ask|tell|approach|talk to|speak to|have a "
            r"word with|bring (?:it|this|that) up with|raise (?:it|this) with|complain to|"
            r"mention (?:it|this) to|get) (?:(?:my|our|the|a|next door'?s?) (?:\w+ )?)?"
            r"(?:neighbours?|next door|upstairs|downstairs)\b"
            r"(?![^?.!]*\b(?:hit|threat\w*|harass\w*|abus\w*|violen\w*|attack\w*))",
        ),
        "Knock at a calm moment, say kindly and plainly what the problem is and what "
        "would help, and assume they hadn't realised; most people sort it once asked "
        "nicely.",
    ),
    (
        "complain",
        re.compile(
            rf"{HOW} (?:complain|make a complaint|raise a complaint|send a complaint)"
            r"(?: \w+)? (?:politely|nicely|without (?:being rude|sounding rude|making a fuss|"
            r"falling out|causing a scene))"
            rf"|{HOW} (?:politely|nicely) (?:complain|make a complaint)",
        ),
        "Say calmly what went wrong, when, and what you'd like done about it, to "
        "someone who can fix it; keep to the facts, and follow up by email if need "
        "be.",
    ),
    (
        "costs",
        re.compile(
            rf"{HOW} (?:keep|get) (?:the |our )?(?:costs?|spending|prices?|expenses?|budget) "
            r"(?:down|low|lower|under control)"
            rf"|{HOW} (?:do|run|put on|hold|throw) (?:it|this|(?:the|a|our) (?:\w+ ){{0,2}}\w+) "
            r"(?:on the )?"
            r"(?:cheap(?:ly)?|on a (?:tight |small |shoestring )?budget|for less)"
            rf"|{HOW} (?:\w+ ){{1,4}}?without (?:spending|costing) (?:a fortune|a lot|loads|much|"
            r"the earth|a bomb)"
            rf"|{HOW} (?:save|cut) (?:money|costs)\b(?! on (?:energy|heating|bills|food shop))",
        ),
        "Borrow before you buy (tables, gazebos, urns), make the food "
        "bring-and-share, buy drinks and plates in bulk, and ask local shops for "
        "raffle prizes.",
    ),
    (
        "book early",
        re.compile(
            r"\bhow (?:far (?:in advance|ahead)|early|soon|long before)(?: do| should| shall|"
            r" would)? (?:we|i|you) (?:need to |have to )?(?:book|reserve)\b"
            r"|\bhow (?:far (?:in advance|ahead)|early|soon) (?:to|should (?:we|i) )?(?:book|"
            r"reserve)\b",
        ),
        "Book as soon as the date is fixed: four to six weeks ahead is usually "
        "enough, and two or three months for a Saturday in summer or anything in "
        "December.",
    ),
    (
        "arrive early",
        re.compile(
            r"\bhow (?:early|soon|long before)(?: do| should| shall| would)? (?:we|i|you) "
            r"(?:need to |have to |want to )?(?:get there|get to|arrive|turn up|show up|be there|"
            r"leave|go|rock up)\b(?![^?!.]*\b(?:airport|flights?|plane|trains?|station|ferry|"
            r"check[- ]?in|gate|eurostar|coach|bus|hospital|appointment|exam)\b)"
            r"|\bhow (?:early|soon|long) before (?:\w+ ){1,3}(?:should|do|shall) (?:we|i) "
            r"(?:get there|arrive|turn up|be there)\b"
            r"|\bhow early (?:to|is too early to) (?:get there|arrive|turn up)\b",
        ),
        "Aim to be there fifteen to thirty minutes before the start, to park and settle in; "
        "give yourselves an hour or more if you're setting up tables or a stall.",
    ),
    (
        "leftover money",
        re.compile(
            r"\b(?:do|happens) with (?:the |any |all the )?(?:leftover|spare|extra|surplus) "
            r"(?:money|cash|funds|kitty|pot)\b|\b(?:leftover|spare|surplus) (?:money|cash|"
            r"funds|kitty)\b[^.!]*\b(?:what|how|ideas|should)\b",
        ),
        "Keep it in the kitty toward the next one, or give it to a local cause the group "
        "agrees on; either way, tell everyone where it went.",
    ),
    (
        "leftovers",
        re.compile(
            r"\b(?:do|happens|doing) with (?:the |any |all (?:the |of the |that )?|our |"
            r"those )?(?:leftover|spare|uneaten|extra|surplus) (?:food|cake|cakes|sandwiches|"
            r"buns|bread|snacks|biscuits|scones|sausage rolls|nibbles|buffet|grub|bits)\b"
            r"|\b(?:do|happens|doing) with (?:the |any |all (?:the )?|our )?(?:leftover)\b(?! \w)"
            r"|\bleftover (?:food|cake|cakes|sandwiches|buns|snacks|buffet|grub)\b[^.!]*"
            r"\b(?:what (?:do|shall|should|can)|ideas|where)\b",
        ),
        "Share it out in tubs or foil for people to take home, give anything unopened "
        "to a food bank or community fridge, and chill anything with cream or meat.",
    ),
    (
        "lids",
        re.compile(
            r"\b(?:bottle )?(?:lids|caps|tops)\b[^.!?]{0,50}\b(?:collect\w*|separate\w*|"
            r"recycl\w*|on or off|bin)\b|\b(?:collect\w*|separat\w*|recycl\w*)\b[^.!?]{0,40}"
            r"\b(?:bottle )?(?:lids|bottle caps|bottle tops)\b",
        ),
        "Screw them back on: most councils now want plastic lids left on the empty "
        "bottle to be recycled with it; collect them separately only if a local "
        "scheme asks.",
    ),
    (
        "decide fairly",
        re.compile(
            rf"{HOW} (?:decide|settle|choose|pick|sort (?:it|this|that) out|resolve|agree)"
            r"(?: it| this| that| between (?:them|us|the \w+))? (?:fairly|without a row|"
            r"without falling out|without (?:an |a )?(?:argument|fight|fuss))"
            r"|(?:^|\b(?:what(?:'s| is)?|whats) )(?:the )?fairest way to (?:decide|settle|choose|"
            r"pick|"
            r"sort)\b(?![^?.!]*\b(?:is|are|was) (?:by|to|a|the)\b)"
            r"|\bcan'?t (?:agree|decide)\b[^.!]*\bhow (?:do|should|can) we (?:decide|settle|"
            r"choose|pick|sort)\b",
        ),
        "Agree the method first: lay out the options, one vote each (secret if "
        "feelings run high), go with the majority, and let whoever lost out pick next "
        "time.",
    ),
)

# The yes a fix opens with, for a cause asked after ("is that a washer thing?"); said only when
# a yes or no was asked (`YES_NO_ASKED`).
GUESSED_YES = "Most likely, yes: "
YES_NO_ASKED = re.compile(
    r"(?:^|[,.!?;:-] ?|\b(?:so|but|and|or|ok|like)\b,? )(?:is|isn'?t|are|could|would|does|do|can|"
    r"might|will|was|should) (?:it|that|this|a|an|the|my|our|they|there|its|it'?s|just)\b"
)
# Everyday fixes about the house, each with the thing it is on: a persona's own line on that
# thing (the chemist's on a stain) is kept.
FIXES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    (
        "tap|taps|washer",
        re.compile(
            r"\btaps? (?:\w+ ){0,3}?(?:drips?|dripping|leak\w*|won'?t stop)|\b(?:drip\w*|leak\w*) "
            r"(?:\w+ ){0,2}?taps?\b"
        ),
        "Most likely, yes: a dripping tap is usually a worn washer, or the cartridge on a "
        "quarter-turn tap; turn the water off under the sink first, or a plumber can swap it "
        "in minutes.",
    ),
    (
        "boiler",
        re.compile(
            r"\bboiler(?:'?s)? (?:\w+ ){0,3}?pressure (?:\w+ ){0,3}?(?:drop\w*|low|going down|"
            r"falling|keeps)|\b(?:top|topping) (?:it |the (?:boiler|pressure) )?up\b"
            r"(?=[^?!.]*\bboiler)"
        ),
        "Topping it up to about 1 to 1.5 bar with the filling loop is fine, but if it keeps "
        "dropping there's a leak somewhere, so have a Gas Safe engineer look at it.",
    ),
    (
        "wine|stains?",
        re.compile(
            r"\b(?:get|getting|remove|removing|shift) (?:\w+ ){0,2}?(?:red )?wine (?:stain )?"
            r"(?:out|off)\b|\bred wine (?:stain|on)\b[^?!.]*(?:\?|how|what)"
        ),
        "Blot it at once, don't rub, rinse it from the back with cold water, then work in a "
        "little washing-up liquid or stain remover before washing; hot water sets it.",
    ),
    (
        "wasps?|nests?",
        re.compile(r"\bwasps?'? ?nests?\b"),
        "Leave it if it's out of the way, as the nest dies off in autumn; if it's by a door "
        "or where children play, call the council or a pest controller.",
    ),
    (
        "veg|vegetables|greens|broccoli|peas",
        re.compile(
            r"\b(?:get|make|getting|persuade)\b[^?!.]{0,40}\b(?:toddler|kids?|children|little "
            r"ones?|son|daughter|fussy|picky)\b[^?!.]{0,20}\b(?:eat|try|like)\b[^?!.]*\b(?:"
            r"anything "
            r"green|greens|veg|vegetables|broccoli|peas)\b"
        ),
        "Keep putting a little on the plate beside food they like, with no pressure, eat it "
        "yourself in front of them, and let them help wash or pick it; it can take ten or "
        "more tries.",
    ),
    (
        "lines|script",
        re.compile(
            r"\b(?:learn|learning|memori[sz]e|remember) (?:my |our |the |your |all )?(?:\w+ )?"
            r"(?:lines|script|part|words)\b(?=[^?!.]*\b(?:fast|quick\w*|best way|how|tips|"
            r"advice|trick)\b)|\b(?:how|best way|tips)\b[^?!.]*\blearn (?:my |the |your )?lines\b"
        ),
        "Learn a scene at a time, say them out loud while you walk, record the other parts with "
        "gaps for yours, and test yourself with a card over your lines.",
    ),
)

# (easy39) Everyday kitchen, garden, home and help questions a person would just answer, each
# read by its thing and the ask together; a food one is never of its safety (left out, reheated,
# gone off: `EASY_KEPT_OFF`), and the body, the law and money stay unanswered (`UNSAFE`, with only
# the food's own word, "egg" or "rice", let through).
EASY_KEPT_OFF = re.compile(
    r"\b(?:safe|ok to eat|okay to eat|left out|overnight|out of date|expired|gone off|go off|"
    r"smells?|reheat\w*|leftover|days? old|weeks? old|old|fridge|raw|runny for|pregnan\w*|baby|"
    r"babies|allerg\w*|sick|poison\w*)\b"
)
# An egg for a small child: cooked until the yolk is firm (the safe advice for small children),
# never the runny times. A quail's egg: its own, far shorter times.
FOR_A_CHILD = re.compile(
    r"\b(?:for|to) (?:my |our |a |the |your |her |his |their )?(?:baby|babies|toddlers?|"
    r"child|children|kids?|little ones?|infants?|\d+[- ](?:months?|years?)[- ]old)\b"
)
QUAIL = re.compile(r"\bquails?'? eggs?\b")
EGG_FOR_A_CHILD = (
    "For a small child, boil it until the yolk is firm all through: 9 to 10 minutes for a hen's "
    "egg, about 4 for a quail's; then cool it under the cold tap."
)
QUAIL_EGGS = (
    "Quail eggs are small, so far quicker than a hen's: about two and a half minutes in boiling "
    "water for a soft yolk and 4 for hard-boiled; then cool them in cold water."
)
# A rice dish or another way of cooking it ("rice pudding", "rice paper rolls", "fried rice",
# "risotto", "in a rice cooker"): not the boil-and-drain way, so no answer.
OTHER_RICE = re.compile(
    r"\brice[- ](?:pudding|paper|noodles?|cakes?|cooker|krispies|crispies|wine|vinegar|flour|"
    r"milk|salad|balls?|pilaf|bran|bowls?|wraps?|rolls?)\b"
    r"|\b(?:fried|sushi|sticky|jollof|pilau|pilaf|coconut|spanish|mexican|dirty|special|risotto|"
    r"paella|arborio|instant|microwave|minute|dirty|cajun|chinese|mushroom|rice)\s+rice\b"
    r"|\b(?:rice cooker|instant pot|pressure cooker|slow cooker|microwave|oven|risotto|paella|"
    r"biryani|pudding)\b"
)
EASY: tuple[tuple[str, re.Pattern[str], str], ...] = (
    (
        "egg",
        re.compile(
            r"\b(?:how long|how many minutes|minutes|how do (?:i|you|we)|how to|best way to|"
            r"perfect)\b[^?!.]{0,40}\bboil\w* (?:\w+ ){0,2}?eggs?\b"
            r"|\b(?:soft|hard)[- ]?boiled? eggs?\b[^?!.]{0,30}\b(?:how long|minutes|how do|"
            r"how to)\b"
            r"|\b(?:how long|how to|how do (?:i|you|we)) (?:\w+ ){0,3}?(?:soft|hard)[- ]?boil\w* "
            r"(?:an |a |the )?eggs?\b"
            r"|\beggs?\b[^?!.]{0,20}\bhow long\b[^?!.]{0,20}\bboil"
        ),
        "About 6 minutes in boiling water for a soft, runny yolk, 7 for a jammy one and 9 to 10 "
        "for hard-boiled; then cool it under the cold tap.",
    ),
    (
        "rice",
        re.compile(
            r"\b(?:cook|cooking|make|making|do|boil|boiling)\b[^?!.]{0,30}\brice\b[^?!.]{0,40}"
            r"\b(?:mushy|sticky|soggy|gloopy|gluey|clumpy|stodgy|fluffy|perfect|properly|right)\b"
            r"|\brice\b[^?!.]{0,30}\b(?:always |keeps |goes |going |turns |comes out |ends up )"
            r"(?:\w+ )?(?:mushy|sticky|soggy|gloopy|gluey|clumpy|stodgy)\b"
            r"|\b(?:how (?:do|can|should) (?:i|you|we)|how to|best way to) (?:cook|make|do) "
            r"(?:\w+ )?rice\b"
        ),
        "Rinse it first, boil it in plenty of water like pasta and drain it the moment it's "
        "tender, then let it steam a few minutes in the covered pan.",
    ),
    (
        "tomatoes",
        re.compile(
            r"\b(?:how (?:often|much)|when) (?:\w+ ){0,3}?water(?:ing)? (?:my |the |our )?"
            r"(?:\w+ )?tomato(?:es|e?s)?\b|\bwater(?:ing)? (?:my |the |our )?(?:\w+ )?"
            r"tomato(?:es|e?s)?\b[^?!.]{0,30}\b(?:how often|how much|every day|daily|too much)\b"
        ),
        "Whenever the top inch of soil is dry: daily for pots in hot weather, twice a week in "
        "the ground; water the base, not the leaves, and keep it regular.",
    ),
    (
        "aphids",
        # Only rid of them asked ("how do i get rid of aphids", "my roses are covered in
        # greenfly, help"), never a question of fact ("are aphids insects?", "why are aphids
        # green?", "do ladybirds eat aphids?", "how do aphids breed?").
        re.compile(
            r"\b(?:get rid|rid (?:\w+ )?of|getting rid|(?:how (?:do|can|should|would) (?:i|we|you)|"
            r"how to|best way to|(?:can|should|do) (?:i|we)|want to|trying to|tips (?:to|for|on))"
            r" (?:\w+ ){0,2}?(?:stop|kill|treat|deal with|control|prevent|keep|save|protect|spray|"
            r"remove|get|clear|fight|tackle|shift))\b[^?!.]{0,40}\b(?:aphids?|greenfly|blackfly)\b"
            r"|\b(?:covered in|infested with|infestation of|overrun (?:with|by)|full of|crawling "
            r"with|attacked by|plagued by|swarming with) (?:\w+ )?(?:aphids?|greenfly|blackfly)\b"
            r"|\b(?:aphids?|greenfly|blackfly)\b(?=[^?!.]*\b(?:get rid|rid of|any ideas|help|"
            r"what (?:do|can|should) (?:i|we) do|advice|tips|everywhere|all over|won'?t go)\b)"
        ),
        "Squash them or hose them off with a sharp jet of water, spray weak soapy water if they "
        "come back, and leave the ladybirds to eat the rest.",
    ),
    (
        "shelf",
        re.compile(
            r"\bshel(?:f|ves)\b[^?!.]{0,40}\b(?:wonky|crooked|not (?:straight|level)|uneven|"
            r"lopsided|slopes?|sloping|tilt\w*|skew\w*|sagg\w*|wobbl\w*|on a slant)\b"
            r"|\b(?:wonky|crooked|lopsided|wobbly|sagging|uneven) shel(?:f|ves)\b"
        ),
        "Check it with a spirit level, then refix the low bracket to match, drilling fresh holes "
        "a little way from the old ones and using wall plugs.",
    ),
    (
        "browser",
        re.compile(
            r"^(?=.*\b(?:chrome|firefox|safari|microsoft edge|edge browser|browser|tabs?|"
            r"web ?pages?|websites?)\b)(?=.*\b(?:laptop|computer|pc|mac|macbook|chromebook|"
            r"browser|chrome|firefox|safari|it)\b)(?=.*(?:\?|\b(?:help|ideas?|tips|advice|how|what|why|fix|keeps?|"
            r"always|every time|whenever)\b))"
            r".*\b(?:freez\w*|froze|frozen|hangs|hangs up|hanging|crash\w*|locks? up|locking up|"
            r"grinds? to a halt|stops? responding|not responding)\b"
        ),
        "Close tabs you don't need, turn off browser extensions one by one, update everything "
        "and restart; if it still freezes, turn off hardware acceleration.",
    ),
    (
        "cover letter",
        re.compile(
            r"\b(?:write|writing|help (?:me )?with|tips (?:for|on)|advice (?:for|on)|start|do|"
            r"improve)\b[^?!.]{0,20}\bcover(?:ing)? letters?\b"
            r"|\bcover(?:ing)? letters?\b[^?!.]{0,30}\b(?:help|tips|advice|how|any ideas)\b"
        ),
        "One page: the job and why you want it, two or three concrete things you've done that "
        "match what they ask for, and a line asking for an interview.",
    ),
    (
        "first language",
        re.compile(
            r"\b(?:python|javascript|js)\b[^?!.]{0,10}\bor\b[^?!.]{0,10}\b(?:python|javascript|js)"
            r"\b(?=[^?!.]*\b(?:first|start|begin\w*|learn\w*|new to|newbie|pick up)\b)"
            r"|\b(?:learn|start with|begin with)\b[^?!.]{0,10}\b(?:python|javascript|js)\b"
            r"[^?!.]{0,10}\bor\b[^?!.]{0,10}\b(?:python|javascript|js)\b"
        ),
        "Python first, for most people: its plain, readable code teaches the ideas without fussy "
        "punctuation; JavaScript first if you mainly want web pages.",
    ),
    (
        "interview weakness",
        re.compile(
            # (only in an interview: "weakness in my left arm" is a body's, never a job's)
            r"\bweakness(?:es)?\b[^?!.]{0,60}\b(?:interviews?|job|jobs|cv|hiring)\b|"
            r"\b(?:interviews?|job|jobs|cv|hiring)\b[^?!.]{0,60}\bweakness(?:es)?\b"
        ),
        "Name a real weakness that won't sink the job, then what you are doing about it, with an "
        'example; never "I work too hard", which interviewers hear every day.',
    ),
    (
        "tech without a degree",
        re.compile(
            r"\b(?:get|getting|break|breaking|go|going|move|moving|switch|switching)\s+(?:in)?to\s+"
            r"(?:tech|programming|coding|software|web development|data|it)\b[^?!.]{0,40}"
            r"\b(?:without|no|with no|don'?t have|dont have|never got)\b[^?!.]{0,15}\bdegree\b"
            r"|\b(?:without|no|with no|don'?t have|dont have)\b[^?!.]{0,15}\bdegree\b[^?!.]{0,40}"
            r"\b(?:get|getting|break|breaking|go|going|work|working)\s+(?:in)?(?:to)?\s*"
            r"(?:tech|programming|coding|software|it)\b"
        ),
        "Build two or three small, real projects and put them on GitHub, learn from free courses "
        "such as CS50 or freeCodeCamp, and apply for junior roles and apprenticeships: many "
        "employers care more about what you can show than a degree.",
    ),
)
# The words one of `EASY`'s readings needs.
EASY_WORDS = frozenset(
    """boil boiling boiled egg eggs rice mushy sticky soggy tomato tomatoes tomatos aphid aphids
    quail greenfly blackfly shelf shelves freeze freezing freezes froze frozen hang hangs hanging
    crash crashes crashing crashed lock locks locking responding halt cover python javascript
    js weakness weaknesses degree""".split()  # noqa: SIM905
)
EASY_FOOD = re.compile(r"\b(?:rice|eggs?)\b")


# The words each kind's reading needs, one of them at least: the others are not tried.
KIND_WORDS = {
    kind: frozenset(words.split())
    for kind, words in (
        ("litter", "litter littering rubbish"),
        ("volunteers", "volunteers helpers help"),
        (
            "more people",
            "people folk folks members faces neighbours punters players families residents "
            "numbers membership attendance turnout",
        ),
        ("keep going", "keep keeps keeping stop"),
        ("fixed or rotate", "fixed same set regular"),
        (
            "which day",
            "day night evening weekday weekdays weekend weekends weeknight weeknights midweek",
        ),
        ("rain plan", "rain rains raining pours weather wet"),
        ("neighbour", "neighbour neighbours next upstairs downstairs"),
        ("complain", "complain complaint"),
        (
            "costs",
            "cost costs spending prices expenses budget cheap cheaply money fortune",
        ),
        ("book early", "book reserve"),
        ("arrive early", "early soon before"),
        ("leftover money", "money cash funds kitty"),
        ("leftovers", "leftover spare uneaten extra surplus"),
        ("lids", "lids caps tops"),
        ("decide fairly", "fairly fairest agree decide settle choose pick resolve sort"),
    )
}

# What to bring or pack for a thing.
BRING_ASKED = re.compile(
    r"\bwhat (?:do|should|shall|would|must|can) (?:we|i|you|one|people|everyone) "
    r"(?:\w+ ){0,2}(?:bring|take|pack|carry)\b|\bwhat to (?:bring|take|pack)\b|"
    r"\b(?:packing|kit) list\b|\bwhat'?s? (?:\w+ )?(?:is )?(?:needs?|worth) (?:bringing|packing|"
    r"taking)\b"
)
BRING = (
    (
        r"picnic",
        "A blanket, a cool bag with ice packs for anything that must stay cold, plates, cups "
        "and a knife, a bin bag for the rubbish, and wipes.",
    ),
    (
        r"(?:camping|camp|campsite)",
        "Tent, sleeping bag and mat, a warm layer for the night, a head torch, "
        "waterproofs, and a stove and lighter if cooking; pitch the tent once at home "
        "first.",
    ),
    (
        r"beach|seaside",
        "Sun cream, hats, water, a towel or windbreak, a change of clothes, snacks, and a bag "
        "to bring your rubbish home.",
    ),
    (
        r"(?:walk|hike|ramble|hill walk|trek)",
        "Comfortable broken-in boots, a waterproof, a warm layer, water, snacks, a charged "
        "phone and a map of the route.",
    ),
    (
        r"car ?boot",
        "Plenty of change in coins and fivers, a table and a sheet to lay things on, carrier "
        "bags for buyers, and a flask and snacks for yourself; price things before you go.",
    ),
    (
        r"(?:litter ?pick|clean ?up|beach clean)",
        "Gloves, a litter picker if you have one, strong bin bags, sturdy shoes, and water; "
        "leave needles and glass for the organiser to deal with.",
    ),
    (
        r"(?:bring and share|bring-and-share|potluck|pot luck|street party|bbq|barbecue)",
        "A dish that's easy to eat standing up and labelled with what's in it, a serving "
        "spoon, and a folding chair; drinks and a bin bag never go amiss.",
    ),
    (
        r"festival",
        "Wellies and waterproofs whatever the forecast, sun cream, a power bank, cash, a torch, "
        "earplugs, and loo roll and wipes.",
    ),
)


def _topic(lead: str, table: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    """The thing of `table` said after `lead` ("for the picnic", "keep my bread")."""
    return re.compile(lead + r"(?:\w+ )?(" + "|".join(pattern for pattern, _ in table) + r")s?\b")


BRING_TOPIC = _topic(
    r"\b(?:to|for|on|at) (?:the |a |our |my |this |tomorrow'?s |saturday'?s |sunday'?s )?", BRING
)

# Tips for a first go at something.
FIRST_ASKED = re.compile(
    r"\b(?:tips|advice|pointers|hints|anything i should know|what should i know|"
    r"what do i need to know)\b[^.!]{0,50}\b(?:first[- ]?timers?|beginners?|newbies?|novices?|"
    r"(?:my|our) (?:very )?first|"
    r"first (?:time|go|visit|one)|newcomers?|starting out|just starting)\b"
    r"|\b(?:first[- ]?timers?|beginners?|newbies?|novices?|first time|never done)\b[^.!]{0,60}"
    r"\b(?:tips|advice|pointers|hints|anything i should know|what should i know|"
    r"what do i need to know)\b"
)
FIRST = (
    (
        r"parkrun|park run|5k|fun run",
        "Register beforehand and bring your printed barcode, start near the back, and go at a "
        "pace you could still talk at; walking some of it is perfectly normal.",
    ),
    (
        r"car ?boot",
        "Get there early, price things before you go, bring plenty of change, and expect "
        "haggling: start a little high and be ready to meet in the middle.",
    ),
    (
        r"pub quiz|quiz",
        "Go as a team of four to six with a mix of ages and interests, agree who writes the "
        "answers, and always put something down: a guess scores more than a blank.",
    ),
    (
        r"allotment|veg patch|growing veg",
        "Start small, one bed at a time, grow a few easy things you actually eat "
        "(potatoes, courgettes, beans), and chat to the plot-holders next to you.",
    ),
    (
        r"camping|camp",
        "Pitch the tent once at home first, take more warm layers than you think, pick a "
        "campsite with loos and showers, and arrive with daylight to spare.",
    ),
    (
        r"open mic|open-mic",
        "Pick two songs you know inside out, get your name down early, and tune up before you "
        "go on; the room is on your side, and everyone there was new once.",
    ),
    (
        r"choir|singing",
        "Sit next to a confident singer of your part, follow along without worrying about "
        "every note, and have a pencil for marking your music.",
    ),
)
FIRST_GENERAL = re.compile(
    r"\b(?:meeting|meetings|session|class|club|group|meet ?up|book club|social|committee|"
    r"rehearsal|practice)\b"
)
FIRST_GENERAL_ANSWER = (
    "Arrive a few minutes early, introduce yourself to whoever's running it, and don't worry "
    "about getting everything right first time: everyone there was new once."
)

# How to keep a food fresh, or store it.
FRESH_ASKED = re.compile(
    r"\b(?:how (?:do|can|should|would) (?:you|i|we|one) |how to |best way to |what'?s the "
    r"best way to |any tips (?:for|on) (?:how to )?)"
    r"(?:keep|store|stop)\b"
)
FRESH = (
    (
        r"bread|loaf|sourdough|rolls|baguette",
        "Keep it in a bread bin or a paper or cloth bag at room temperature, not the "
        "fridge, which stales it faster; freeze what you won't eat in two or three "
        "days.",
    ),
    (
        r"herbs|basil|coriander|parsley|mint",
        "Treat soft herbs like flowers: stalks in a glass of water, loosely covered with a bag, "
        "in the fridge (basil stays out on the side), and they last a week or more.",
    ),
    (
        r"lettuce|salad|salad leaves|spinach",
        "Wrap the leaves loosely in kitchen paper in a bag or box in the salad drawer: the paper "
        "soaks up the damp that turns them slimy.",
    ),
    (
        r"bananas?",
        "Keep them out of the fridge and away from other fruit, wrap the stalks in cling film, "
        "and freeze any that go spotty for smoothies or banana bread.",
    ),
    (
        r"tomatoes",
        "Keep them at room temperature out of the sun, stalk up; the fridge dulls their flavour, "
        "so only put really ripe ones in for a day or two.",
    ),
    (
        r"potatoes|spuds",
        "Somewhere cool, dark and dry, in a paper or hessian bag rather than plastic, and away "
        "from onions, which make them sprout.",
    ),
    (
        r"onions",
        "Somewhere cool, dry and airy, in a net or basket rather than the fridge or a plastic "
        "bag, and away from potatoes.",
    ),
    (
        r"cheese",
        "Wrap it in wax or baking paper, then loosely in a bag, and keep it in the fridge "
        "salad drawer; cling film makes it sweat.",
    ),
    (
        r"biscuits|cookies|crackers",
        "In an airtight tin or jar, once they're completely cool, and never in with cake or "
        "bread, whose moisture softens them.",
    ),
    (
        r"sandwiches",
        "Make them as late as you can, keep fillings dry (lettuce and tomato separate if "
        "possible), cover them with a damp clean tea towel or cling film, and keep them cool.",
    ),
    (
        r"flowers|tulips|roses|bouquet",
        "Trim the stems at an angle, strip any leaves below the water, change the water every "
        "couple of days, and keep them out of sun and away from the fruit bowl.",
    ),
    (
        r"avocados?",
        "Leave hard ones in the fruit bowl to ripen, then put them in the fridge once ripe; "
        "keep the stone in a cut half and cover the face.",
    ),
    (
        r"berries|strawberries|raspberries|blueberries",
        "Keep them unwashed in the fridge, spread out in a box lined with kitchen paper, and "
        "only rinse them just before eating.",
    ),
    (
        r"cakes?|sponge|brownies|flapjacks?",
        "Let it cool completely, then keep it in an airtight tin or well wrapped at room "
        "temperature; only cream or fresh fruit cakes need the fridge.",
    ),
)
FRESH_TOPIC = _topic(
    r"\b(?:keep|store|stop) (?:the |my |our |a |your |some |cut |fresh |home ?made |leftover )?",
    FRESH,
)


MENTIONED = re.compile(r"@\w+")

# Food kept from going off, not made crisp or hot: "how do i keep roast potatoes crispy" is
# cooking.
KEPT_FRESH = re.compile(
    r"\b(?:store|storing|stored|fresh\w*|stale|last\w*|longer|going (?:off|bad|brown|soft|"
    r"slimy|stale|limp|black|wrinkly|mushy)|wilt\w*|sprout\w*|ripen\w*|turning brown|browning|"
    r"from going|go(?:es)? (?:off|brown|soft|slimy|stale|limp))\b"
)
# A plant kept growing, not food kept fresh: "how do i keep basil alive on the windowsill".
GROWN = re.compile(
    r"\b(?:alive|grow\w*|plants?|pots?|potted|windowsill|seedlings?|garden|dying|dies|died|"
    r"water(?:ing)? it|slugs?|pests?|aphids?)\b"
)

# Words one of the readers below needs (chat spellings too): a message with none of them is
# read no further.
TOLD = frozenset(
    """safe safely safety saftey ok okay alright fine danger dangerous risk risky hazard problem
    bad people ppl peeps peple poeple folk folks members membership faces neighbours punters
    players families residents numbers attendance turnout grow boost build attract volunteers
    helpers help keep stop fixed same set regular rotate rotating rotation alternate day days
    night nights evening evenings weekday weekdays weekend weekends weeknight midweek rain
    rains raining pours weather wet plan neighbour neighbor neighbors nieghbour nieghbours
    door upstairs downstairs complain complaint cost costs spending prices budget cheap
    cheaply money expenses book booking reserve early soon before leftover leftovers left
    spare extra surplus uneaten lids caps tops litter littering rubbish fairly fairest fair
    decide settle agree bring take pack carry packing kit bringing taking tips advice pointers
    hints know keeps store storing going coming join tap taps boiler wine wasp wasps nest eat
    lines script""".split()  # noqa: SIM905
)
WORD = re.compile(r"[a-z]+")


def _normal(text: str) -> str:
    text = " ".join(MENTIONED.sub(" ", text.lower().replace("’", "'")).split())
    return SPELLING.sub(lambda m: SPELLINGS[m.group(0)], text)


def _answer(table: tuple[tuple[str, str], ...], said: str) -> Advice | None:
    for pattern, answer in table:
        if re.fullmatch(pattern, said):
            return Advice(answer, pattern)
    return None


@lru_cache(maxsize=512)
def advice(text: str) -> Advice | None:
    """The plain answer to the everyday practical question `text` asks, with the thing it is
    on, or None."""
    found_words = WORD.findall(text.lower())
    if not EASY_WORDS.isdisjoint(found_words) and (easy := _easy(_normal(text))):
        return easy
    if TOLD.isdisjoint(found_words):
        return None
    said = _normal(text)
    if not ASKED.search(said):
        return None
    found = _read(said)
    # (the body, the law and harm read last: a long list, and most messages are read as
    # nothing before it)
    return None if found is None or UNSAFE.search(said) else found


def _easy(said: str) -> Advice | None:
    """(easy39) The plain answer to an everyday kitchen, garden, home or help question `said`
    (normalised) asks, or None: never of a food's safety, the body, the law or money."""
    for thing, reading, answer in EASY:
        if reading.search(said):
            child = thing == "egg" and FOR_A_CHILD.search(said)
            kept = FOR_A_CHILD.sub(" ", said) if child else said
            if EASY_KEPT_OFF.search(kept) or UNSAFE.search(EASY_FOOD.sub(" ", kept)):
                return None
            if thing == "rice" and OTHER_RICE.search(said):
                return None
            # (an answer on the very egg asked comes before a persona's own on hen's eggs:
            # not `easy`, and its thing is what its own line would have to name)
            if child:
                return Advice(EGG_FOR_A_CHILD, "small child")
            if thing == "egg" and QUAIL.search(said):
                return Advice(QUAIL_EGGS, "quail")
            return Advice(answer, thing, easy=True)
    return None


def _read(said: str) -> Advice | None:
    """The kind and thing of question `said` (normalised) asks, read in turn."""
    for thing, reading, answer in FIXES:
        if reading.search(said):
            if answer.startswith(GUESSED_YES) and not YES_NO_ASKED.search(said):
                # "how do i fix a dripping tap" asks no yes or no: the fix, with no "Most
                # likely, yes" to a question nobody put (review39)
                rest = answer.removeprefix(GUESSED_YES)
                answer = rest[:1].upper() + rest[1:]
            return Advice(answer, thing, fix=True)
    if SAFE_ASKED.search(said):
        # (review34) "is it safe to light a bonfire with petrol", "a ladder near the power
        # lines", "a ladder 6 weeks after my hip replacement" got "Yes, with care": a yes on
        # safety read from a list of the dangers it knows is no yes. Whether a thing is safe is
        # not answered here until it is read whole.
        return None
    words = set(WORD.findall(said))
    for kind, reading, answer in KINDS:
        if not KIND_WORDS[kind].isdisjoint(words) and reading.search(said):
            return Advice(answer)
    if BRING_ASKED.search(said) and (topic := BRING_TOPIC.search(said)):
        return _answer(BRING, topic.group(1))
    if FIRST_ASKED.search(said):
        for pattern, answer in FIRST:
            if re.search(rf"\b(?:{pattern})\b", said):
                return Advice(answer, pattern)
        return Advice(FIRST_GENERAL_ANSWER) if FIRST_GENERAL.search(said) else None
    if (
        FRESH_ASKED.search(said)
        and KEPT_FRESH.search(said)
        and not GROWN.search(said)
        and (topic := FRESH_TOPIC.search(said))
    ):
        return _answer(FRESH, topic.group(1))
    return None


def advised(text: str, own: str = "") -> str | None:
    """The answer's core to `text`, unless `own`, the persona's own line on it (a tip, a plain
    answer), names the thing it is on: "how do i keep basil alive" is the naturalist's own to
    answer on basil; but a line on buses is no answer on litter at the bus stop."""
    found = advice(text)
    if found is None:
        return None
    if own and found.thing and re.search(rf"\b(?:{found.thing})", own.lower()):
        return None
    if own.strip() and found.easy:
        # (easy39) its own answer to the question, whatever it names ("Squash greenfly between
        # finger and thumb", Darwin's own on aphids), comes before the everyday one
        return None
    return found.answer
