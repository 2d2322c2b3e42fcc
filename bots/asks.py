"""Requests to a persona to do something in its craft, and requests for its recommendation.

People ask personas to *do* things: "give us a couple of lines for my new shed", "write my sister
a birthday toast", "name my cat pls" (an occasion: words for it), "what should I read first
about black holes", "any book for a kid who loves beetles" (a recommendation), "could you work
out the best order to water 12 beds with one hose" (a method, step by step), "any tips for
someone always late for the bus" (a tip). Each is answered from the persona's tagged lines:

- `#occasion parting, love: <line>`: words for an occasion of those kinds (OCCASIONS below), a
  real line from the persona's work where one fits; `any` for one that fits every occasion;
- `#offer <opener>`: how it offers those words, with `{what}` (the card, the toast, the occasion);
- `#recommend black holes, space, stars: <line>`: a real book or work it would choose, and why;
  `any` for its choice when no subject is named ("what book would you take to an island");
- `#plan <line>`: its method for a plan or an order of things, with `{thing}` (the beds, the
  houses, the tasks);
- `#tip lateness, late, bus: <line>`: a small human tip on an everyday matter;
- `#verse the cold, cold, winter, frost: <line>`: real lines of its own on a subject, for
  "a couple of lines about a freezing bell tower", "did you ever write about bells"; the first
  word before the colon names the subject when the message names it too long to say back, and
  `any` marks its line for a subject it never wrote on;
- `#versed <opener>`: how it offers lines on a subject, with `{what}` (the subject);
- `#unwritten <opener>`: owning up that it never wrote on {what}, before the nearest it has;
- `#settle <line>`: how it would settle an argument put to it ("settle an argument, is a hot dog
  a sandwich"), said whole;
- `#share <opener>`: a sum of shares worked out ("how many biscuits each of 7 kids gets if we
  have 50"), with `{what}` (the working: "50 biscuits among 7 kids is 7 each, with 1 left over");
- `#pace <opener>`: a pace and a speed worked out ("if i run 5k in 27 minutes whats my pace per
  km"), with `{what}` (the working: "5 km in 27 minutes is 5 minutes 24 seconds a km, or 11.1
  km an hour").

A request it has nothing for (a book on radioactivity asked of Shakespeare) is left to the
engine's other readings: owned up to and handed over.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

from bots.falling import fall_of
from bots.fold import any_of, folded
from bots.journey import journey_of
from bots.know import best_known, knowns
from bots.material import Index, terms
from bots.mnemonic import mnemonic_asked
from bots.naming import name_asked
from bots.reckon import priced, sum_of
from bots.topic import meets_ask
from bots.wordsum import REST_SHARED, word_sum

# Who can be mourned or roasted: a person or a pet, never keys, a phone, a final or a bike.
PETS = (
    "cat|kitten|dog|puppy|pup|hamster|rabbit|tortoise|fish|goldfish|horse|pony|budgie|parrot|"
    "guinea pig"
)
_KIN = (
    r"mum|mom|mam|mother|dad|father|brother|bro|sister|sis|son|daughter|kids?|child|baby|nan|"
    r"nana|nanna|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|uncle|"
    r"aunt|auntie|aunty|cousin|nephew|niece|husband|wife|partner|hubby|bf|gf|boyfriend|"
    r"girlfriend|fianc[eé]e?|friend|mate|bestie|flatmate|roommate|housemate|neighbour|neighbor|"
    r"boss|manager|colleague|coworker|teacher|ex|family|in-?laws?|mother-in-law|pets?"
)
# "my grandad", "our dog", "his little sister": a person or a pet of someone's.
PERSON_OR_PET = rf"(?:(?:{_KIN})s?|(?:{PETS})s?)\b"

# Words asked for, for an occasion: "a couple of lines for my shed", "a toast for my best
# mate's wedding", "something to end the quiz night with", "what should i write in his card".
_WORDS = (
    r"lines?|words|toast|verse|poem|rhyme|quote|quotation|couplet|motto|slogan|caption|speech|"
    r"blessing|inscription|epitaph|sign-?off|message|saying|vows?|"
    # "a short patter for opening a show", "an intro for the raffle"
    r"patter|spiel|intro|introduction|opener|opening lines?"
)
OCCASION_ASKED = folded(
    rf"\b(write|give|need|want|suggest|find|compose|pen|make up|think of|come up with)\b"
    rf"(\W+\w+){{0,4}}?\W+({_WORDS})\b(?=[^.?!]{{0,40}}\b(for|to|on|in|at|about|when|with)\b)|"
    rf"\b(any|some|a few|a couple of|got (?:a|an|any)|have you got (?:a|an|any)|a|an|one|"
    rf"just one|a single) "
    rf"(good |nice |short |little |wise )?"
    # "a 4 line toast for mavis's 80th", "a two-line blessing for the allotment gate"
    rf"(?:(?:\d+|two|three|four|five|six|eight)[- ]?(?:line|liner|word|verse)s? )?"
    rf"({_WORDS})\b(?=[^.?!]{{0,40}}\b(for|to|on|in|at|about|when|with)\b)|"
    r"\b(write|compose|pen|make up) (\w+ ){0,3}?(something|anything)\b(?! (about|of) (you|your))|"
    r"\bsomething (\w+ ){0,2}(to|i could|we could|i can|we can) (say|write|put|read|end|close|"
    r"open|start|sign|toast|cheer|go)\b|"
    # "can you help us write our vows?": vows are words for a wedding, whatever follows.
    r"\b(?:write|writing|help (?:me|us) (?:write|with)) (?:my|our|the|his|her|their|some) "
    r"(?:\w+ )?vows\b|"
    r"\bwhat (should|would|could|do|can|shall) (i|we|you) (write|say|put|read out|toast)\b"
    r"(?! (about|of) (you|yourself|your))|"
    r"\b(help (me|us) |)(to )?name (my|our|her|him|it|the|a|this|these|them)\b|"
    r"\ba name for\b|\bnames? (for|ideas)\b|\bwhat (should|shall|could) (i|we) (call|name)\b",
    re.IGNORECASE,
)
NAMING = folded(
    r"\bname (my|our|her|him|it|the|a|this|these|them)\b|\bnames?\b (for|ideas)|"
    r"\bwhat (should|shall|could) (i|we) (call|name)\b",
    re.IGNORECASE,
)
# An anniversary of two people's ("my parents' ruby anniversary", "a toast for our 40th
# anniversary"), not "a caption for our 5th anniversary" of a tattoo studio, put to the public,
# nor "the anniversary drinks": no words for a married couple.
COUPLES_ANNIVERSARY = (
    r"(?:ruby|golden|silver|pearl|diamond|wedding|parents'?|my|his|her|their|"
    # "nan and grandad's 50th anniversary", "mum and dad's anniversary": a couple's
    r"(?:mum|mom|dad|nan|nana|nanna|gran|granny|grandad|grandpa|grandma|grandparents|"
    r"in-?laws|auntie|aunty|aunt|uncle)'?s|"
    r"(?<!caption for )(?<!post for )(?<!sign for )(?<!banner for )our)(?: \d+\w*)? "
    r"anniversar\w*"
)
# "passed", never of a thing passed: "who passed her exam", "has passed his test", "passed out".
NOT_PASSED_A_THING = (
    r"(?! (?:his|her|their|my|the|a|an|its|our|me|it|them|out|by|through|with|grade|level|"
    r"exams?|tests?|driving)\b)"
)
# An age turned is a birthday told: "my grandmother turns 90 tomorrow", "he's turning forty",
# "she'll be 30 on friday" (not "turn 5 degrees", "is 90 minutes").
AGE_TURNED = (
    r"turn(?:s|ing)? (?:\d{1,3}|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)"
    r"(?! (?:degrees|minutes|mins|seconds|percent|%|times|pages|miles|km|metres|meters)\b)|"
    r"(?:is|will be|'ll be|'s) \d{1,3} (?:tomorrow|today|tonight|on (?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)|this week|next week)"
)
# The occasion the words are for, in the order one is preferred to another when a request names
# two ("a toast to end my retirement party" is a parting before it is a party).
OCCASIONS = {
    "names": r"name|names|call (her|him|it|them)",
    "grief": r"funeral|memorial|eulogy|eulogies|condolences?|sympathy|passed away|headstone|grave|"
    # "a poem about grief", "lines about losing someone"
    r"grief|grieving|bereave\w*|(?:losing|lost) someone|"
    # (never "rip-roaring", "rip off", "rip van winkle", "rip tide")
    r"rip(?![-‐]| (?:off|van|tide|current|curl|cord)\b)|r\.i\.p|passed (?:away|on)|"
    # ("who passed", never "who passed her exam")
    rf"who passed{NOT_PASSED_A_THING}|"
    # A grief with no "died": "my grandad's eulogy", "at his wake", "the wake of my uncle", "my
    # late wife", "the anniversary of my son's death" (not "wake up", "wake-up call", "wake
    # boarding", "the wake behind a boat", "the wake of the storm"). A dying person is alive:
    # no piece in memory is written for them.
    r"(?:his|her|their|the|a|my|our|\w+'s) wake(?![-‐]| (?:up|boarding|board|boarders|surfing|"
    r"behind|of (?:the|a|an|that|this|those|these|it)\b))|"
    r"passed (?:peacefully|suddenly|last night|this morning|yesterday|in (?:his|her|their) sleep)|"
    rf"late (?:{PERSON_OR_PET})|"
    rf"(?:{PERSON_OR_PET}'?s |anniversary of (?:[\w']+ )*?)death(?! metal)|"
    r"death anniversary|deathday|"
    # a death or a loss of a person or a pet ("lost my nan", "our dog died"), not "i lost my
    # keys", "my phone died", "we lost our final"
    rf"lost (?:my|our|his|her|their) (?:[\w'-]+ )?{PERSON_OR_PET}|"
    r"lost (?:him|her)(?=\s*(?:$|[,.;!?]|\b(?:in|on|last|this|at|to|yesterday|recently)\b))|"
    # (a time or a manner after "passed": never "my son passed his exam", "my son passed! so
    # proud"; "my mum who passed" is read above)
    rf"{PERSON_OR_PET}(?: (?:who|that|has|had|just|sadly|finally))* (?:died|passed(?= (?:away|on|"
    r"yesterday|today|last|this|peacefully|suddenly|recently|overnight|in (?:his|her|their) "
    r"sleep)\b))",
    "love": r"wedding|marr\w*|vows?|valentines?|engage\w*|girlfriend|boyfriend|wife|"
    rf"{COUPLES_ANNIVERSARY}|"
    # (not "love it, can you also do one line for ...": delight at the last words)
    r"husband|fianc\w*|love(?! (?:it|that|this|them|u|you guys)\b)|romantic|propos\w*|date",
    "parting": r"leaving( do)?|leaves|goodbye|farewell|sign(ing)?[- ]?off|moving (away|to|abroad)|"
    r"retir\w*|last day|end(ing)?|close( out)?|closing|finish|wrap( up)?|good ?night|"
    r"emigrat\w*|send[- ]off",
    # Words for those who give: "a thank you verse for the card we send to donors", "one line
    # for the sign on the donation bin".
    "giving": r"donat\w*|donors?|charit(?:y|ies)|food ?banks?|fundrais\w*|sponsors?",
    # "a two line poem for the group photo", "caption for our team photo after the 10k"
    "photo": r"photos?|pictures?|pics?|selfies?|photo ?booth|snapshots?",
    "birthday": rf"birthday|bday|b-day|card|\d+(st|nd|rd|th)(?! anniversar)|{AGE_TURNED}|party|"
    r"celebrat\w*|"
    r"toast|cheers|christmas|new year|graduation|graduat\w*",
    # A side's big game: "a team talk for the cup final", "something for the lads before kick off".
    "team": r"team ?talk|teams?|squad|side|lads|cup (game|final|tie|match|run)|final|derby|"
    r"match|game day|big game|kick ?off|half ?time|pre-?match|tournament|league|play-?offs?",
    "courage": r"tests?|exams?|interviews?|nervous|scared|brave|courage|good luck|luck|"
    r"first day|match|race|marathon|audition|cheer (\w+ )?up|big day|driving|worried|job",
    "sea": r"boat|sail\w*|sea|ship|voyage|yacht|canoe|kayak",
    "dreams": r"dreams?|bedroom|sleep|nursery|bed ?time|lullaby",
    "music": r"band'?s?|gig|music|choir|concert|orchestra|songs?",
    "garden": r"garden|allotment|shed|greenhouse|plants?|veg|flowers?",
    # "a good opening line for a short story" is a thing written, no opening to celebrate.
    "spooky": r"ghosts?|ghostly|spooky|scary|creepy|haunted|horror|halloween|eerie|chilling",
    "start": r"start|opening(?! (?:lines?|sentences?|paragraphs?|chapters?|scenes?))|"
    r"open(?! lines?)|begin\w*|launch|kick ?off|new job|new home|new house",
    # (an anniversary of no couple's: "our 5th anniversary" of a studio, with its staff)
    "friends": r"friends?|mates?|bestie|pals?|thank you|thanks|teachers?|colleagues?|team|"
    r"anniversar\w*",
}
OCCASION_SAID = {kind: folded(rf"\b({said})\b", re.IGNORECASE) for kind, said in OCCASIONS.items()}
# What the words are for, said back: "For the retirement card, Marcus: ...".
PURPOSE = folded(
    r"\b((retirement|birthday|leaving|wedding|valentines?|anniversary|christmas|thank[- ]you|"
    r"sympathy|good luck|get well|bedroom|quiz|zoom|team|shed|boat|engagement|group|class) )?"
    r"(card|toast|speech|sign[- ]?off|sign|plaque|poster|wall|caption|gig|call|do|party|meeting|"
    r"photo|picture|selfie|"
    r"mug|cake|banner|invitation|note|letter|headstone|book club|quiz night|night|shed|boat|"
    r"chalkboard|blackboard|menu|leaflet|flyer|"
    r"wedding|funeral|labels?|jars?|stickers?|hoodies?|t-?shirts?|tea towel)\b",
    re.IGNORECASE,
)

# A thing to put the words on, named as what they are for: "for the label on my honey jars".
THING_FOR = folded(
    r"\bfor (?:my|our|the|a|an|his|her|their|this|these) (?:[\w'-]+ ){0,3}?(?:labels?|jars?|"
    r"stickers?|hoodies?|t-?shirts?|tea towels?|mugs?|banners?|signs?|plaques?|posters?|cards?|"
    r"cakes?|invitations?)\b",
    re.IGNORECASE,
)

# A recommendation asked: "what should i read first about black holes", "any book for a kid who
# loves beetles", "which of your plays should i see first", "what would you read aloud to ...".
RECOMMEND_ASKED = folded(
    r"\bwhat (should|would|could|do|can|shall) (i|we|you|my [\w ]{1,20}?|he|she|they|a kid|"
    r"kids|someone) (read|watch|see|listen to|start with)\b|"
    r"\bwhat (book|books|play|plays|novel|poem|poems|film)s? (should|would|could|do|to)\b|"
    r"\bwhat to read\b|\bwhere (do|should|would|can) (i|we|one|you) (start|begin)\b|"
    r"\b(good|first|best|any|a|some|one|your) (book|books|read|reading|novel|play|plays|"
    r"biography|biographies)s? "
    r"(on|about|for|to start|to begin|to read)\b|"
    r"\brecommend\w* (me |us )?(a|any|some|your|one|the)? ?(good |first |best )?"
    r"(books?|reads?|reading|novels?|plays?|poems?|works?|papers?)\b|"
    r"\bwhich of (your|ur|thy) (plays|books|works|papers|dialogues|poems|sonnets)\b|"
    r"\breading list\b|\b(books?|reads?|biograph(?:y|ies)) (for|about) (a|my|our|the|someone|"
    r"kids?|children)\b",
    re.IGNORECASE,
)
# A plan or an order of things worked out: "could you work out the best order to water 12
# beds", "how would you plan a rota for 6 people", "split the bill fairly between 8 of us".
METHOD_ASKED = folded(
    r"\b((work|figure|sort) out (a |an |the )?(best |quickest |fairest |shortest |right )?"
    r"(order|way|route|schedule|plan|rota|timetable|system|who|how to (split|share|divide))|"
    r"sort out who|plan|planning|organi[sz]e|schedule|rota|timetable|"
    r"best order|what order|which order|route|split\w* [\w ]{1,30}?fairly|"
    r"divide [\w ]{1,30}?fairly|share [\w ]{1,30}?fairly|like an algorithm|system for|step by step|"
    r"sequence)\b",
    re.IGNORECASE,
)
METHOD_ASKING = folded(
    r"\b(could|can|would|will) (you|u)\b|\bhow (would|should|do|could) (you|u)\b|"
    r"\bhow (should|would) (i|we)\b|"
    r"\bbest way\b|\bhelp (me|us)\b|\blike an algorithm\b|\bany (ideas|tips)\b|\bwhat's the best\b",
    re.IGNORECASE,
)
# Asked, not told: a question, or a request put as one ("recommend me a book on bees").
ASKED_FORM = folded(
    r"\?|^\W*(?:(?:ok|so|hey|pls|please|plz|also)\W+)*(?:what|which|where|any|anything|got any|"
    r"recommend|suggest|can|could|would|should|do|does|is|are|need|give|tell|name)\b|"
    r"\b(?:recommend\w*|suggest\w*|what should|which should|where should)\b",
    re.IGNORECASE,
)
# "can you believe my train got cancelled, the whole schedule is ruined" asks for no plan.
DISBELIEF = folded(r"\b(?:can|could) (?:you|u) (?:believe|imagine)\b", re.IGNORECASE)
# A plan under a condition is a puzzle with an answer of its own ("a rota so that no two shifts
# clash"), not a request for the persona's way of planning.
CONDITION = folded(r"\b(so that|so no|such that|without (any )?two|no two)\b", re.IGNORECASE)
# The things a plan is about: "12 allotment beds", "30 houses", "3 cats and 2 rabbits".
_PLURAL = r"[a-z]+s|people|children|men|women|sheep|fish|geese|mice"
COUNTED = folded(rf"\b\d+ (?:([a-z]+) )?({_PLURAL})\b(?: and \d+ ({_PLURAL})\b)?", re.IGNORECASE)
NOT_THINGS = frozenset("minutes hours days weeks months years times of us them".split())  # noqa: SIM905
# A tip asked: "any tips for getting up earlier", "advice for a first time gardener", "how do i
# stop procrastinating", "how do i get my kid off his phone".
TIP_ASKED = folded(
    r"\b(tips?|advice|hacks?|tricks?|pointers)\b(?=[^.?!]{0,6}\b(for|on|about|to)\b)|"
    r"\b(any|got|have|give me|some|your) (good )?(tips|advice|hacks|tricks|pointers)\b|"
    r"^\W*how (do|can|should|would) (i|we) (stop|get|keep|stay|make|be|become|deal|cope|handle|"
    r"manage|learn|calm|beat|break|quit|find|wake|focus|motivate|persuade|convince|help|check|"
    r"spot|avoid)\b|"
    # "a list of questions to ask at a viewing", "what should i ask the landlord"
    r"\bquestions? (?:to|i should|we should|(?:should|do|would|could) (?:i|we)) ask\b|"
    r"\bwhat (?:should|do|would) (?:i|we) ask\b|"
    # "can you help me budget for a deposit"
    r"\b(?:can|could) (?:you|u) help (?:me|us) (?:to )?(?:budget|save)\b",
    re.IGNORECASE,
)
# An idea asked for something the people make or run: "any ideas for our science week stall",
# "whats a physics trick we could hide in a puzzle", "how would you make our pub quiz more fun",
# "what could we add to our escape game", "suggestions for a costume party theme", "how would
# you randomise the clues". Not a problem to solve ("any ideas why my bread is flat", "any
# ideas how to fix it"), nor an idea told ("i had an idea for a new kind of battery").
_PROJECT = (
    r"puzzles?|puzzle hunts?|clues?|riddles?|escape (?:rooms?|games?)|treasure hunts?|"
    r"scavenger hunts?|trails?|quiz(?:zes)?|quiz nights?|games?|players|party|parties|weddings?|"
    r"receptions?|birthdays?|halloween|christmas|fetes?|fairs?|stalls?|stands?|booths?|markets?|"
    r"shop windows?|window displays?|shops?|displays?|exhibitions?|exhibits?|museums?|menus?|"
    r"cafes?|cocktail bars?|cocktails?|signs?|posters?|banners?|flyers?|leaflets?|logos?|"
    r"lessons?|class(?:es)?|"
    r"assembl(?:y|ies)|clubs?|camps?|events?|away days?|open days?|sports days?|team days?|"
    # (never "meeting people", "meeting new friends")
    r"teams?|meetings?(?! (?:new )?(?:people|friends|some ?one|any ?one|others)\b)|"
    r"icebreakers?|competitions?|contests?|shows?|prizes?|raffles?|"
    r"fundraisers?|fun runs?|tournaments?|bake sales?|festivals?|performances?|workshops?|"
    r"centrepieces?|centerpieces?|seating|decorations?|themes?|"
    r"murder mystery nights?|murder myster(?:y|ies)|"
    r"mystery nights?|letters?|newsletters?|tours?|activit(?:y|ies)|challenges?|motions?|"
    r"debates?|dinner part(?:y|ies)|(?:quiz|games?|film|movie|karaoke|bingo|open mic|party|"
    r"theme|date|fun) nights?|bookshops?|baker(?:y|ies)|board games?|"
    r"retirements?|"
    r"(?:leaving|retirement|birthday|engagement|christmas|work|office) dos?|"
    r"\d+(?:st|nd|rd|th)s?"
)
PROJECT = folded(rf"\b(?:{_PROJECT})\b", re.IGNORECASE)
# People making or running something, however the thing is named: "we're running a ...".
MAKING = folded(
    r"\b(?:we'?re|we are|i'?m|i am|we'?ll be|were|im)\s+(?:\w+\s+)?(?:running|doing|making|"
    r"planning|putting on|organi[sz]ing|hosting|building|designing|setting up|decorating|"
    r"throwing|holding|starting|opening|writing|creating)\b",
    re.IGNORECASE,
)
IDEA_ASKED = folded(
    r"\b(?:any|got any|have you got any|some|an?|need an?|need|your|give me|give us|fresh|"
    r"new|good|fun|clever|bright|cool|creative|with|for|of)\s+(?:good\s+|fun\s+|fresh\s+|clever\s+|cool\s+|"
    r"creative\s+|bright\s+|new\s+|original\s+)?(?:ideas?|suggestions?|inspiration)\b"
    r"(?!\s+(?:why|where|who|when|whats? wrong|what'?s wrong|what (?:is|went) wrong|"
    r"what caused|how (?:to |i |we |do |can |could )?(?:fix|stop|get rid|solve|repair|clean|"
    r"remove|cure|unblock|cope|deal)))|"
    r"^\W*(?:ideas?|suggestions?)\b(?=\W+(?:for|on|pls|please|\?))|"
    r"\bsuggest(?:ions?)?\s+(?:for|on|something|anything|a|an|some)\b|"
    r"\b(?:help (?:me|us)|can (?:you|u)|could (?:you|u))\s+(?:to\s+)?(?:make|come up with|think "
    r"(?:of|up)|design|dream up|invent)\b|"
    r"\b(?:come up with|think of|think up|dream up)\s+(?:something|anything|a|an|some)\b|"
    r"\bwhat\s+(?:would|could|should)\s+(?:you|u)\s+(?:do|add|put|make|try|use|hide)\b|"
    r"\b(?:tricks?|twists?|gimmicks?|hooks?)\s+(?:we|i|you|u)\s+(?:could|can|might|should)\b|"
    r"\bwhat\s+(?:could|can|should|shall|might|would)\s+(?:we|i)\s+(?:add|do|put|use|include|"
    r"try|hide|build|set up|run|offer|serve|have|make)\b|"
    r"\bhow\s+(?:would|could|should|can|do|might)\s+(?:you|u|we|i)\s+(?:make|keep|get)\s+"
    r"(?:it|this|that|them|our|my|the|a|an|these)\b[^.?!]{0,60}?\b(?:more|less|harder|"
    r"easier|fun|funnier|fairer|solvable|memorable|interesting|exciting|special|stand out|"
    r"eye[- ]catching|different|spookier|scarier|trickier|livelier|pop)\b|"
    r"\bhow\s+(?:would|could|should|can|do|might)\s+(?:you|u|we|i)\s+(?:randomi[sz]e|shuffle|"
    r"hide|disguise|design|theme|decorate|dress up|liven up|spice up|jazz up)\b|"
    r"\bwhat(?:'s|s| is| would be)?\s+(?:a|an|some)\s+(?:good|fun|great|nice|cool|clever|"
    r"original|creative|simple|cheap|easy|fun little|sciencey|physics|chemistry|maths?)\s+"
    r"(?:\w+\s+){0,2}?(?:ideas?|themes?|games?|activit(?:y|ies)|tricks?|twists?|"
    r"centrepieces?|centerpieces?|motions?|riddles?|clues?|puzzles?|icebreakers?|prizes?|"
    r"challenges?|gimmicks?|displays?|hooks?|experiments?|demos?|stunts?|way to (?:decide|"
    r"choose|pick|make|hide|theme|decorate))\b",
    re.IGNORECASE,
)
# Something to hide in what they write: "a backstory letter with a clue hidden in it, can u
# write it", "a poster with a secret message in it".
HIDDEN_ASKED = folded(
    r"\b(?:clue|code|secret|message|answer|riddle)s?\s+hidden\b|"
    r"\bhidden\s+(?:clue|code|message|rule|answer|word)s?\b|"
    r"\bhide\s+(?:a|the|an|our|some)\s+(?:clue|code|message|answer|word)s?\b",
    re.IGNORECASE,
)
# An idea had, not asked for: "i had an idea last night", "we've got loads of ideas for it".
IDEA_TOLD = folded(
    r"\b(?:i|we|they|she|he)(?:'ve|'d| have| had| got| came up with| thought of| just had)\s+"
    r"(?:(?:an?|some|a few|loads of|lots of|good|great|brilliant|new|mad)\s+)*ideas?\b",
    re.IGNORECASE,
)
# A problem to solve, not a thing to make ("any ideas why my bread is flat"); a plan or an order
# of things ("any ideas how to organise our quiz night", "a rota for our cafe staff": a method);
# a place or a present to find ("a good bar in town", "a christmas present for my mum").
IDEA_PROBLEM = folded(
    r"\bideas?\s+(?:why|how come|what'?s (?:wrong|causing|up with))\b|"
    r"\bhow (?:to|do|would|should|could|can) (?:i |we |you |u )?(?:organi[sz]e|plan|schedule)\b|"
    r"\b(?:rotas?|timetables?|schedules?|best order|what order|which order|"
    r"split|divide|step by step|routes?)\b|"
    r"\b(?:in|near|around) (?:town|here|the area|the city|london|manchester|work|me|us|home)\b|"
    # a chore or a trouble to be rid of ("what could i use to clean the windows without
    # streaks", "get sticky stains off the bar top", "getting the baby to sleep through")
    r"\b(?:clean|cleaning|wash|washing|polish|scrub|fix|fixing|repair|unblock|get rid|remove|"
    r"stains?|streaks?|smells?|mould|mold|leaks?|sleep through|stop (?:it|them|him|her)|"
    r"keeps? (?:losing|breaking|crashing|failing|leaking|dying))\b|"
    r"\bto (?:go to|visit|watch|read|see|eat at|stay)\b|\b(?:presents?|gifts?)\b",
    re.IGNORECASE,
)


def idea_asked(text: str) -> bool:
    """Whether `text` asks the persona for an idea for something the people make or run (a
    puzzle, a party, a stall, a lesson): asked in so many words, with the thing named."""
    if IDEA_PROBLEM.search(text) or (IDEA_TOLD.search(text) and "?" not in text):
        return False
    asked = IDEA_ASKED.search(text) or (
        HIDDEN_ASKED.search(text)
        and re.search(r"\b(?:can|could|would|will)\s+(?:you|u)\b|\bneed\b|\bwant\b|\?", text, re.I)
    )
    return bool(asked and (PROJECT.search(text) or MAKING.search(text)))


# The project as the person names it, to say back: "our science week stall at the school fair"
# is "your science week stall"; "a puzzle" is "a puzzle".
PROJECT_NAMED = folded(
    rf"\b(our|my|the|a|an|this|his|her|their)\s+((?:[\w'-]+\s+){{0,3}}?(?:{_PROJECT})"
    rf"(?:\s+(?:{_PROJECT}))*)\b",
    re.IGNORECASE,
)
_NOT_PROJECT_WORD = folded(
    r"\b(?:is|are|was|were|so|and|but|for|with|that|which|to|of|in|on|it|its|we|i|more|less|"
    r"good|really|very|just)\b",
    re.IGNORECASE,
)


def project_of(text: str) -> str:
    """The thing `text` asks an idea for, as the persona says it back ("your escape game", "a
    puzzle"), the person's own first; "that" when it names none it can say."""
    found = [
        m
        for m in PROJECT_NAMED.finditer(text)
        if not _NOT_PROJECT_WORD.search(m.group(2)) and m.group(1).lower() != "this"
    ]
    if not found:
        return "that"
    own = [m for m in found if m.group(1).lower() in ("our", "my")]
    best = (own or found)[0]
    whose = {"our": "your", "my": "your", "the": "the"}.get(best.group(1).lower(), "")
    if not whose:
        whose = best.group(1).lower()
    return f"{whose} {best.group(2).lower()}"


# Words of asking for an idea, not of what it is for ("kids", "party" are).
IDEA_TERMS = frozenset(
    terms("idea ideas suggest suggestion suggestions inspiration could would should good great")
)


# A thing asked to be cut down, not livened up ("how do we make meetings shorter", "meetings
# that don't overrun"): a game or an icebreaker for it is beside the question (misfire41).
CUT_DOWN = folded(
    r"\b(?:shorter|quicker|faster|less long|on time|"
    r"overrun\w*|run(?:s|ning)? over|drag(?:s|ging)? on|cut (?:down|short)|speed (?:up|them up)|"
    r"take less time|wrap (?:up|them up))\b",
    re.IGNORECASE,
)


def idea_line(index: Index, text: str, used: tuple[str, ...] = ()) -> str:
    """The persona's `#idea` line that fits what `text` asks an idea for most (the words before
    its colon the message says most of), one not said already among equals; empty when none
    fits, or when the thing is asked to be cut down (`CUT_DOWN`)."""
    if CUT_DOWN.search(text):
        return ""
    said = set(terms(text)) - IDEA_TERMS
    if re.search(r"\b\d+(?:st|nd|rd|th)\b", text):
        said |= set(terms("birthday party"))  # "my dads 60th"
        text = re.sub(r"\b(\d+(?:st|nd|rd|th))\b", r"\1 birthday party", text)
    # On what the idea is asked for, not a word of what is told beside it ("the last lock was a
    # code ... any trick to spotting the red herrings") nor one that says which thing is meant
    # ("the exam board appeal letter" is no letter with a hidden clue).
    lines = tuple(
        line
        for line in _tagged_lines(index.tagged.get("idea", ()))
        if meets_ask(text, line.about - IDEA_TERMS, _said(line.text), kinds=False)
    )
    # The thing they make counts before what else they say of it ("tips for our sign for the
    # craft fair" is for a sign first).
    made = set(terms(project_of(text).split()[-1]))
    scored = [(len(line.about & said) + 0.5 * bool(line.about & made), line) for line in lines]
    best = max((score for score, _ in scored), default=0)
    if not best:
        return ""
    fits = [line.text for score, line in scored if score == best]
    fresh = [t for t in fits if not any(held(t, u) for u in used)]
    if fresh:
        return fresh[0]
    # All those said: the next best not said, before the first said again.
    rest = sorted(
        (line for score, line in scored if score and not any(held(line.text, u) for u in used)),
        key=lambda line: -len(line.about & said),
    )
    return rest[0].text if rest else fits[0]


# Words of the asking, not of the subject.
ASKING_TERMS = frozenset(
    terms(
        "book books read reading recommend recommendation tips tip advice hacks trick tricks "
        "pointers should would could first best good start begin someone kid kids child "
        "children son daughter nephew niece year old yr loves love likes like want wants "
        "understand learn know"
    )
)


# Lines asked on a subject: "a couple of lines about a freezing ringing chamber", "a poem about
# the rain pls", "got a rhyme for my dog", "write us a little blessing before our picnic", "did
# you ever write anything about church bells", "you ever write about the woods".
# The forms of verse, in one place (those it makes in their own form in FORMS below).
SHANTY, LIMERICK, HAIKU, RAP = r"(?:sea )?shant(?:y|ies)", r"limericks?", r"haikus?", r"raps?"
# Words to shout together: "a two-line chant for the last km", "a war cry for our quiz team".
CHANT = r"chants?|(?:war|battle|rallying) cr(?:y|ies)"
VERSE_FORM = "|".join(
    (r"verses?", r"poems?", r"rhymes?", r"couplets?", r"songs?", r"sonnets?", r"ditty")
    + (r"lullab(?:y|ies)",)
    + (r"ballads?", r"jingles?", r"odes?", SHANTY, LIMERICK, HAIKU, RAP, CHANT)
)
_VERSE_WORDS = rf"lines|poetry|blessing|grace|toast|{VERSE_FORM}"
VERSE_ASKED = folded(
    rf"\b(?:a|an|any|some|few|couple|couple of|got|get|give|write|need|want|share|quote|recite|"
    rf"little|short|nice|good|wee|lil)\W+(?:\w+\W+){{0,2}}?(?:{_VERSE_WORDS})\b|"
    r"\b(?:give|write|need|want|got|share|quote|recite|pen)\W+(?:\w+\W+){0,3}?line\b|"
    # "two line toast for the end of season bbq", "4-line poem for the staffroom wall"
    rf"\b(?:one|two|three|four|five|six|eight|\d+)[- ]?(?:line|liner|lined)s?\W+"
    rf"(?:{_VERSE_WORDS})\b|"
    # "describe the perfect house in one line", "sum up mondays in a sentence"
    r"\b(?:describe|sum up|capture)\W+(?:\w+\W+){1,5}?in (?:one|a|1|a single) "
    r"(?:line|sentence|phrase)\b|"
    rf"^\W*(?:{_VERSE_WORDS})\W+(?:about|on|for)\b|"
    r"(?:\b(?:did|have|had|do)?\W*(?:you|u|ya)\W+|^\W*)(?:ever\W+)?(?:write|wrote|written|pen|penned)\W+"
    r"(?:(?:anything|something|much|any|a|lines?|poems?|verses?|songs?|a line|a poem)\W+)?"
    r"(?:about|on)\b",
    re.IGNORECASE,
)
BLESSING_TERMS = frozenset(terms("blessing grace"))
# Asked for, not told of: "that's a line from macbeth right" asks for none.
VERSE_ASKING = folded(
    r"\?|\b(write|give|got|get|need|want|share|recite|quote|pls|please|plz|go on|ever|could|"
    r"can|would|any chance|fancy|how about|let'?s have|mind|compose|pen|make up|whip up|"
    r"knock up|do (?:us|me)|describe|sum up|capture)\b|"
    # "a haiku about the queue at the post office", said as a request
    # (or after a word before it: "ok one more, a two-line chant for the last km")
    rf"(?:^|[,:]\s)\W*(?:a|an|some|one|another)\s+(?:[\w-]+\s+)?(?:{VERSE_FORM})\s+"
    r"(?:about|on|for|to)\b|"
    # so many lines asked for: "also a 4 line toast for mavis's 80th"
    rf"\b(?:one|two|three|four|five|six|eight|\d+)[- ]?(?:line|liner|lined)s?\W+"
    rf"(?:{_VERSE_WORDS})\s+(?:about|on|for|to)\b",
    re.IGNORECASE,
)
HOW_TO = folded(r"\W*how (do|does|can|could|should|would|did|to)\b", re.IGNORECASE)
# What the lines are about, as said: "about a long journey, driving to scotland tmrw".
_NOT_SUBJECT = (
    r"for|on|before|after|at|in|to|pls|please|plz|would|rn|because|cos|so|that|which|as|when|"
    r"while|its|it's|we|i|me|us|tho|though|today|tonight|tmrw|tomorrow|last|yesterday|this|now|"
    r"lol|haha|again|x+"
)
_WHEN = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|the weekend|weekends?|tonight|today"
VERSE_SUBJECT = folded(
    rf"\b(?:about|on(?!\W+(?:{_WHEN}|then|and on|me|us)\b))\W+"
    rf"((?:(?!(?:{_NOT_SUBJECT})\b)[\w'-]+\W*?){{1,6}})(?=$|[^\w\s'-]|\s+(?:{_NOT_SUBJECT})\b)",
    re.IGNORECASE,
)
# Words of asking for lines, not of their subject.
VERSE_TERMS = frozenset(
    terms(
        "line lines verse verses poem poems poetry rhyme rhymes couplet couplets song songs "
        "sonnet sonnets blessing grace toast ditty write wrote written pen penned give got "
        "little short couple few nice pls plz please tho rn tmrw wee lil anything something"
    )
)


# An argument put to it to settle: "settle an argument, is a hotdog a sandwich", "me and my
# sister are arguing over tea or coffee, settle it", "can you end this debate".
SETTLE_ASKED = folded(
    r"\bsettle (?:an?|this|the|our|a little|a small) (?:argument|debate|dispute|row|bet|"
    r"disagreement|question)\b|\bsettle (?:it|this)\b(?! (?:down|in|up)\b)|"
    r"(?<!the )\b(?:end|decide|resolve) (?:an?|this|the|our) (?:argument|debate|dispute|row)\b|"
    r"(?<!the )\b(?:end|decide|resolve) (?:an?|this|the|our) (?:[\w-]+ ){1,3}?(?:argument|"
    r"debate|dispute)\b|"
    r"\b(?:arguing|argument|debate|disagree\w*)\b[^.?!]{0,80}\bwho(?:'s| is) right\b|"
    # "can you referee the malvolio thing before they come to blows" (not "the referee was")
    r"\b(?:you|u|pls|please|to) referee\b|\breferee (?:this|it|between|for us)\b",
    re.IGNORECASE,
)


def settle_asked(text: str) -> bool:
    """An argument put to settle: asked so (`SETTLE_ASKED`), or its two sides put with "who's
    right" ("omar says write the physics first, i say build levels first. who's right")."""
    return bool(SETTLE_ASKED.search(text) or (SIDE_WANTED.search(text) and sides_put(text)))


# Two sides put, each by whoever holds it: "sue says it's the queen, i say it's the weather",
# "omar thinks physics first but i reckon levels first".
_HOLDER = (
    r"(?P<{0}>\bi|\bmy [a-z]+|"
    r"\b(?!(?:who|which|that|it|everyone|everybody|nobody|no one|one)\b)[a-z]+)"
)
_HOLDS = r"(?:says?|said|thinks?|thought|reckons?|reckoned|swears?|insists?|wants?|prefers?)"
SIDES_PUT = folded(
    _HOLDER.format("first")
    # (a side may run on past a comma: "derek wants the glacier trip, £189 each, and i say")
    + rf" {_HOLDS} (?:that )?(?P<one>[^.;:?!]{{3,60}}?)\s*(?:,|;|\.|\band\b|\bbut\b|\bwhile\b|"
    r"\bwhereas\b)\s*(?:and |but |while |whereas )?"
    + _HOLDER.format("second")
    + rf" {_HOLDS} (?:that )?(?P<two>[^,.;:?!]{{3,60}})",
    re.IGNORECASE,
)
# Asked which side is right: "who's right", "settle it", "which is it".
_RIGHT_ASKED = (
    r"\bwho(?:'?s| is) (?:right|correct|wrong|in the right|in the wrong)\b|"
    r"\bwhich (?:is it|one is right|of us)\b|\bam i (?:wrong|in the wrong|the mug)\b|"
    # "mrs pearce says it's wrong to spend charity money on panels. is she right?"
    r"\b(?:is|was) (?:s?he|they) (?:right|wrong)\b|\bare they (?:right|wrong)\b"
)
# Asked which of two is right, with no side taken: "who's right", "which of us is right", "am i
# wrong" (a question, whatever else the message tells: never an agreement nor good news).
RIGHT_ASKED = folded(_RIGHT_ASKED, re.IGNORECASE)
SIDE_WANTED = folded(_RIGHT_ASKED + r"|\bwho wins\b|\bsettle\b|\bdecide\b|\bjudge\b", re.IGNORECASE)


def sides_put(text: str) -> tuple[str, str] | None:
    """The two sides of an argument put ("Sue says it's the queen", "you say it's the weather"),
    each said back to the one who put it; None when two sides are not put plainly."""
    found = SIDES_PUT.search(text)
    if not found or found["first"].lower() == found["second"].lower():
        return None
    first = _held(found["first"], found.group(0), found["one"])
    return first[0].upper() + first[1:], _held(found["second"], found.group(0), found["two"])


# One side of a dilemma held by someone else, over what the one asking should do: "my mate says
# i should've kept the cash", "dad wants me to stay on the farm", "my boss thinks we ought to".
# (Not "brian wants to come", nor "my colleague said fasting is a diet": no side on the deed.)
_SIDE_HELD = folded(
    _HOLDER.format("holder")
    + r" (?:(?:says?|said|thinks?|thought|reckons?|reckoned|insists?|swears?) (?:that )?"
    r"(?:i|we) (?:should|shouldn'?t|should'?ve|should have|ought|must|need|have to|had to|"
    r"was|were|am|are|'m)\b|wants? (?:me|us) to\b)",
    re.IGNORECASE,
)


# A word quoted in a dispute ("is a layout with a made up town "historically accurate" if every
# train on it is real? colin says no, i say yes"): a few words, in straight or curly quotes.
_WORD_QUOTED = re.compile(r'"([\w\' -]{3,40})"|\u201c([\w\' -]{3,40})\u201d')
_YES_NO_SIDES = folded(r"\b(?:says?|said|reckons?|thinks?) (?:yes|no)\b", re.IGNORECASE)


def disputed_word(text: str) -> str:
    """The word two people quarrel over ("historically accurate"), when the message quotes a
    few words and puts someone else's side on them ("colin says no, i say yes"); else ""."""
    quoted = _WORD_QUOTED.search(text)
    if not quoted or len((word := quoted[1] or quoted[2]).split()) > 4:
        return ""
    put = _YES_NO_SIDES.search(text) or RIGHT_ASKED.search(text) or sides_put(text)
    return word.strip() if put and side_holder(text) else ""


def side_on_deed(text: str) -> bool:
    """Whether someone else's side on what the one asking should do is put ("my wife says we
    should tell her mum"): a dilemma, not a dispute of fact."""
    return bool(_SIDE_HELD.search(text))


def side_holder(text: str) -> str:
    """Who holds the other side of a dilemma the message puts, said back to the one asking
    ("my mate says i should've kept the cash": "your mate"; "colin says no, i say yes. who's
    right": "Colin"), or "" when no one else's side on the deed is put. Any side held counts
    when "who's right" is asked (`RIGHT_ASKED`); else only a view on what the asker should do."""
    found = _SIDE_HELD.search(text)
    if not found and (RIGHT_ASKED.search(text) or _YES_NO_SIDES.search(text)):
        found = re.search(_HOLDER.format("holder") + rf" {_HOLDS}\b", text, re.IGNORECASE)
    if not found or found["holder"].lower() in ("i", "you", "we", "he", "she", "they", "u"):
        return ""
    words = found["holder"].split()
    if len(words) == 1 and re.fullmatch(_KIN, words[0], re.IGNORECASE):
        words = ["my", words[0]]  # "dad wants me to": your dad
    titled = re.search(r"\b(mrs|mr|ms|miss|dr)\.? $", text[: found.start("holder")], re.I)
    if titled:  # "mrs pearce says": Mrs Pearce, not Pearce
        return f"{titled[1].capitalize()} {words[0].capitalize()}"
    said = " ".join(_TO_YOU.get(w.lower(), w.lower()) for w in words)
    return said if said.startswith("your ") else said.capitalize()


_TO_YOU = {"i": "you", "me": "you", "my": "your", "mine": "yours", "i'm": "you're", "im": "you're"}
_TO_YOU.update({"i've": "you've", "ive": "you've", "myself": "yourself", "am": "are"})


def _held(holder: str, said: str, claim: str) -> str:
    """ "Sue says it's the queen", "You say it's the weather": one side, said back."""
    verb = re.search(rf"{re.escape(holder)} ({_HOLDS})", said, re.IGNORECASE)
    verb_said = verb.group(1).lower() if verb else "says"
    who = " ".join(_TO_YOU.get(w.lower(), w) for w in holder.split())
    if who.lower() == "you" and verb_said.endswith("s") and verb_said not in ("says",):
        verb_said = verb_said[:-1]
    elif who.lower() == "you" and verb_said == "says":
        verb_said = "say"
    said_back = " ".join(_TO_YOU.get(w.lower(), w) for w in claim.split())
    who = who if who.lower().startswith(("you", "your ")) else who.capitalize()
    return f"{who} {verb_said} {said_back.strip()}"


# Shares to work out: "how many biscuits each of 7 kids gets if we have 50", "split 85 quid
# between 4 of us", "we have 120 bulbs and 9 beds, how many per bed".
SHARE_ASKED = folded(
    r"\b(?:split|share|divide|divvy)\b|\bhow (?:many|much)\b[^.?!]*\b(?:each|apiece|per)\b|"
    # "what's that each w 8 of us", "whats it pp now"
    r"\bwhat(?:'s|s| is) (?:that|it|this)(?: now)? (?:each|pp|per (?:person|head)|a head)\b|"
    r"\b(?:each|apiece|per \w+)\b[^.?!]*\bif (?:we|i|you|they) (?:have|had|got|get)\b",
    re.IGNORECASE,
)
NUMBER = folded(
    r"(?<![\d.,:/])([£$€])?(\d{1,6})(?![\d.:/%]|,\d)(?:\s+(?:of\s+)?([a-z]+)(?:\s+([a-z]+s)\b)?)?",
    re.IGNORECASE,
)
# Every figure said, as a person writes one ("2,400", "3.5", "10:30" as two): more of them
# than `NUMBER` reads leaves one of them out.
FIGURE_SAID = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*")
PEOPLE = folded(
    r"kids|children|people|friends|guests|mates|players|students|pupils|adults|boys|girls|"
    r"families|teams|grandkids|grandchildren|nephews|nieces|cousins|colleagues|neighbours|"
    r"neighbors|ringers|singers|members|volunteers|helpers|workers|staff|persons|dogs|cats",
    re.IGNORECASE,
)
# A figure of a measure ("5 km in 25 minutes"): a rate, no share. Only with its figure: "£540
# for the day, 23 of us" shares the day's cost.
MEASURED = folded(
    r"\d\s*(?:minutes?|mins?|hours?|hrs?|seconds?|secs?|days?|weeks?|km|miles?|metres?|meters?|"
    r"kg|kilos?|grams?|litres?|liters?|percent|mph)\b|%",
    re.IGNORECASE,
)
# Amounts added together before they are shared: "90 plus 60", "90 + 60", "90 and 60".
ADDED = folded(r"\d\s*(?:\+|plus|and)\s*(?:like\s+|about\s+|another\s+)?[£$€]?\d|\bplus\b", re.I)
# Costs shared: money, though no sign says so ("split costs", "the bill", "the petrol").
COSTS = folded(
    r"\b(?:costs?|bill|fees?|rent|petrol|gas|fuel|price|paid|pay|hire|all in|quoted|deposit|"
    r"for the (?:week|weekend|day|night|trip))\b",
    re.I,
)
MONEY = folded(r"[£$€]|\b(?:pounds?|quid|dollars?|euros?|bucks)\b", re.IGNORECASE)
_NOT_NOUN = frozenset(
    """of us them each if and or we i you they between among per apiece split share shared
    divide divided divvy ways all for in""".split()  # noqa: SIM905 (a word list reads better as text)
)


def _noun(first: str, second: str) -> str:
    """The thing counted: "tulip bulbs" are bulbs, "kids gets" kids."""
    first, second = first.lower(), second.lower()
    return second if second and not first.endswith("s") else first


# A cost by the hour (night, week) for so long, to be multiplied out before it is shared: "4
# hours of room rental at 28 an hour", "3 nights at £90 a night".
RATE_FOR = folded(
    r"(?<![\d.,])(?P<times>\d{1,4})\s+(?P<unit>hour|hr|night|day|week|month)s?\b"
    r"(?P<what>[^.?!\d]{0,40}?)\bat\s+(?P<sign>[£$€])?(?P<price>\d{1,6})(?![\d.,])\s*"
    r"(?:an?|per|/)\s*(?P=unit)\b",
    re.IGNORECASE,
)
# A cost said by the month (week, night): "1850 a month split between 3 people"; shared, it is
# still by the month.
PER_PERIOD = folded(
    r"(?<![\d.,])(?P<sign>[£$€])?(?P<number>\d{1,6})(?![\d.,])\s+(?P<per>(?:a|an|per)\s+"
    r"(?:month|week|year|night|day|hour))\b",
    re.IGNORECASE,
)


# Money paid towards a total already: "we paid the £100 deposit", "£50 already paid".
PAID_AHEAD_SAID = folded(
    r"\b(?:deposits?|already paid|paid already|up ?front|put down|paid (?:the|a|our|my|their)|"
    r"(?:have|'ve|has) paid|in advance)\b",
    re.IGNORECASE,
)


# A count sold for a price: "3 for £1", "6 cans for £4.50".
COUNT_FOR_PRICE = folded(r"\b\d+ (?:[a-z]+ )?for [£$€]\s?\d", re.I)
# Those sharing, the one asking among them: "me and my 2 brothers", "2 mates and me".
WITH_ME = folded(
    r"\b(?:me|myself) and (?:my |our )?(?P<n>\d+) (?:[a-z]+ )?(?:brothers|sisters|friends|mates|"
    r"kids|children|sons|daughters|cousins|colleagues|flatmates|housemates|others|people|pals|"
    r"siblings|of them)\b|"
    r"\b(?P<m>\d+) (?:[a-z]+ )?(?:brothers|sisters|friends|mates|kids|children|sons|daughters|"
    r"cousins|colleagues|flatmates|housemates|others|people|pals|siblings) and (?:me|myself|i)\b",
    re.I,
)


def share_of(text: str) -> str:
    """The working of a share asked for ("50 biscuits among 7 kids is 7 each, with 1 left
    over"), or empty when `text` asks none: two whole numbers, one of things shared by one of
    those they are shared among (people, or what "per" names; else the smaller number). A cost
    by the hour for so long is multiplied out first ("4 hours at 28 an hour is 112, and 112
    between 4 people is 28 each"); one by the month stays by the month ("1850 a month between 3
    people is 616.67 each a month")."""
    # What is left shared, beside a figure that is not it: "nan puts in £10 and the rest is split
    # 3 ways" shares the total less £10, never the £10 (`bots.wordsum`, a follow-up).
    if not SHARE_ASKED.search(text) or REST_SHARED.search(text):
        return ""
    if COUNT_FOR_PRICE.search(text):
        return ""  # "3 for £1, how much each": a price a thing, its own reader's (never 3 each)
    # The one asking is one of those sharing: "between me and my 2 brothers" is among 3.
    text = WITH_ME.sub(lambda m: f"{int(m['n'] or m['m']) + 1} of us", text)
    rate = RATE_FOR.search(text)
    if rate:
        total = int(rate["times"]) * int(rate["price"])
        sign = rate["sign"] or ""
        plural = "s" if rate["times"] != "1" else ""
        article = "an" if rate["unit"][0] in "aeiou" or rate["unit"] == "hour" else "a"
        told = (
            f"{rate['times']} {rate['unit']}{plural} at {sign}{rate['price']} {article} "
            f"{rate['unit']}"
        )
        # ("rent:" said first, for a cost is shared to the penny, and never as a thing counted)
        shared = share_of(f"rent: {text[: rate.start()]} {sign}{total} {text[rate.end() :]}")
        return f"{told} is {sign}{total}, and {shared}" if shared else ""
    period = PER_PERIOD.search(text)
    if period and not MEASURED.search(text[: period.start()] + text[period.end() :]):
        sign = period["sign"] or ""
        shared = share_of(
            f"rent: {text[: period.start()]} {sign}{period['number']} {text[period.end() :]}"
        )
        if shared:
            per = " ".join(period["per"].split()).lower()
            whole = f"{sign}{period['number']}"
            return shared.replace(f"{whole} between", f"{whole} {per} between", 1) + f" {per}"
        return ""
    if MEASURED.search(text):
        return ""  # "5 km in 25 minutes, how many minutes per km" is a rate, not shares
    found = [
        (m.group(1) or "", int(m.group(2)), _noun(m.group(3) or "", m.group(4) or ""))
        for m in NUMBER.finditer(text)
    ]
    if len(FIGURE_SAID.findall(text)) > len(found):
        # "need 2,400 ... got 600 saved ... 6 more paydays": a figure it cannot read (2,400)
        # is not dropped for a share of the others ("600 between 6 is 100 each"): none
        return ""
    costs = COSTS.search(text)
    if len(found) > 2 and PAID_AHEAD_SAID.search(text):
        # "cottage was £600, we paid the £100 deposit": money paid towards the total is no
        # more of it (never "£700 between 5"); worked by the readers of a deposit, or not at all
        return ""
    if len(found) > 2 and (ADDED.search(text) or costs):
        # "site is 90 for the weekend plus like 60 in gas, 4 of us": the amounts added up, then
        # shared among the one count of people.
        among = [f for f in found if f[2] in ("us", "you") or PEOPLE.fullmatch(f[2])]
        # Only amounts are added: "3 pizzas for 36 plus 6 delivery" adds no pizzas.
        counted = [f for f in found if f not in among and f[2].endswith("s") and f[2] != "gas"]
        if len(among) == 1 and not counted:
            rest = [f for f in found if f is not among[0]]
            if any(f[0] for f in rest) and not all(f[0] for f in rest):
                # "£28 each, min order 15, ... split the extra 4 between the 11 of us": sums
                # of money beside bare figures, never all added as money (£73)
                return ""
            sign = next((f[0] for f in rest if f[0]), "")
            found = [(sign, sum(n for _, n, _ in rest), ""), among[0]]
    counts = [f for f in found if not f[0] and (f[2] in ("us", "you") or PEOPLE.fullmatch(f[2]))]
    amounts = [f for f in found if f[0]]
    if len(found) == 3 and len(amounts) == 1 and len(counts) == 2 and min(f[1] for f in counts):
        # "£540 for the day, 23 of us so far ... and how much if we get up to 30 people": the
        # share for each count said, in the order said.
        sign, number, _ = amounts[0]
        first, then = (f"{number / f[1]:.2f}".removesuffix(".00") for f in counts)
        return (
            f"{sign}{number} between {counts[0][1]} of you is {sign}{first} each; "
            f"between {counts[1][1]}, {sign}{then} each"
        )
    if len(found) != 2 or min(n for _, n, _ in found) < 1:
        return ""
    per = re.search(r"\bper ([a-z]+)", text, re.IGNORECASE)
    among = [
        f
        for f in found
        if PEOPLE.fullmatch(f[2])
        or f[2] in ("us", "you")  # "if 5 of us share 3 pizzas": the 5 share, never are shared
        or (per and f[2] and f[2].startswith(per.group(1).lower()))
    ]
    into = re.search(r"\b(?:into|in to)\s(\d+)\s([a-z]+)", text, re.IGNORECASE)
    grouped = [f for f in found if into and not f[0] and f[1] == int(into.group(1))]
    if into and len(grouped) == 1 and grouped[0][2] == into.group(2).lower():
        # "31 players into 4 groups": the groups are what the players are shared among
        among = grouped
    if len(among) == 1:
        by = among[0]
        shared = next(f for f in found if f is not by)
    else:
        shared, by = sorted(found, key=lambda f: -f[1])
    (sign, number, things), (_, count, people) = shared, by
    if things == "ways":
        # "food split 4 ways, drinks between the other 3 of us": two ways of sharing, nothing
        # to share said; never "4 between 3 of you"
        return ""
    if things in _NOT_NOUN or not things.isalpha():
        things = ""
    if not things:
        asked = re.search(r"\bhow many ([a-z]+)", text, re.IGNORECASE)
        things = asked.group(1).lower() if asked and asked.group(1).endswith("s") else ""
    people = "" if people in _NOT_NOUN or people == "us" or not people.isalpha() else people
    whole = f"{sign}{number}" if sign else f"{number} {things}".strip()
    who = f"{count} {people}" if people else f"{count} of you"
    if sign or MONEY.search(text) or costs:
        each = f"{number / count:.2f}".removesuffix(".00")
        return f"{whole} between {who} is {sign}{each} each"
    if number < count:
        thing = things[:-1] if things.endswith("s") else things
        part = Fraction(number, count)
        # "3 pizzas among 5 of you is 3/5 of a pizza each" (3/5 of the pizzas is more than one)
        of = f" of a {thing}" if thing else ""
        return f"{whole} among {who} is {part}{of} each"
    each, left = divmod(number, count)
    if left and EVENLY.search(text):
        # "27 kids into 4 teams as evenly as possible": nobody is left over; some have one more
        one = people[:-1] if people.endswith("s") else people
        groups = [f"{n} {(people if n > 1 else one) or 'of you'}" for n in (left, count - left)]
        return (
            f"{whole} among {who} is {each} each with {left} over, so as evenly as can be: "
            f"{groups[0]} of {each + 1} and {groups[1]} of {each}"
        )
    rest = f", with {left} left over" if left else ", exactly"
    return f"{whole} among {who} is {each} each{rest}"


# A share asked as even as it can be, with nobody left out ("split them into 4 teams as evenly
# as possible"): some get one more, never any left over.
EVENLY = folded(
    r"\bas even(?:ly)? as (?:possible|poss|we can|it can be|can be|you can)\b|\bevenly as\b|"
    r"\bnobody left out\b|\bno ?one left out\b",
    re.IGNORECASE,
)


# A pace or a speed asked: "if i run 5k in 27 minutes whats my pace per km", "10 miles in 1:40,
# how fast is that", "cycled 30 km in 1.5 hours, what speed".
PACE_ASKED = folded(
    r"\b(?:pace|per (?:km|k|mile|kilometre|kilometer)|how fast|speed|mph)\b", re.IGNORECASE
)
DISTANCE = folded(
    # "5k" is a run only before what a run is said with, not "3k files" or "10k followers"
    r"(?<![\d.])(\d+(?:\.\d+)?)\s?(km|kilometres?|kilometers?|miles?|mi|"
    r"k(?=\s*(?:[,.!?;]|$)|\s+(?:in|run|race|walk|jog|today|yesterday|this|last|on|at|and|"
    r"took|whats|what's|how)\b))\b",
    re.IGNORECASE,
)
# The unit a pace is asked in, when it is not the distance's: "3 miles in 45 minutes, whats
# my pace per km", "8 km, how fast is that in mph".
IN_KM = folded(r"\bper (?:km|k|kilomet\w+)\b|\bkm ?/ ?h\b|\bkph\b", re.IGNORECASE)
IN_MILES = folded(r"\bper mile\b|\bmph\b|\bmiles an hour\b", re.IGNORECASE)
KM_A_MILE = 1.609344
DURATION = folded(
    r"\b(?:in|took|takes|of|at)\s+(?:about |around |roughly |under |just under |just over )?"
    r"(?:(\d{1,2}):(\d\d)(?::(\d\d))?|(\d+(?:\.\d+)?)\s?(minutes?|mins?|m|hours?|hrs?|h)\b)",
    re.IGNORECASE,
)


# Words of the person's to be said in high style: "what's the most dramatic way to say i
# flashed a v4", "say 'the bins are out' like shakespeare would". Not "how do you say hello in
# french" (a word in another tongue), nor "a dramatic way to end the play" (nothing to say).
_HIGH_STYLE = (
    r"dramatic(?:ally)?|shakespearean|shakespeare-?y|poetic(?:ally)?|epic|grand|fancy|"
    r"theatrical(?:ly)?|flowery|olde?[- ]timey|old[- ]fashioned|posh|elizabethan"
)
PROCLAIM_ASKED = folded(
    # "whats the most dramatic way to say i flashed a v4", "give me a dramatic way of saying i
    # quit": asked for, never told ("i'd say this is the most epic way to end it").
    rf"(?:^|\b(?:what'?s|whats|what is|give (?:me|us)|gimme|how would (?:you|u)|tell (?:me|us)|"
    rf"got|any)\b)[^.?!]{{0,20}}?\b(?:{_HIGH_STYLE})\s+(?:way\s+)?(?:to|of)\s+say(?:ing)?\s+"
    rf"(?:that\s+)?(?P<said>[^?!.]+)|"
    # "say 'the bins are out' like shakespeare would", said as the request it is.
    rf"^\W*(?:pls\s+|please\s+|can (?:you|u)\s+|could (?:you|u)\s+)?say\s+"
    rf"(?P<quoted>['\"“‘][^'\"”’]+['\"”’]|[^?!.]+?)\s+(?:{_HIGH_STYLE}|like\s+"
    # "like shakespeare would", said to him: his name is gone from what he reads.
    r"(?:shakespeare|a shakespeare play|(?:you\s+|u\s+)?would|in a play)|in (?:shakespearean|"
    r"elizabethan|old) english)\b",
    re.IGNORECASE,
)
# Words never cried aloud for fun: harm to oneself or another, or a person named to be insulted.
NOT_PROCLAIMED = folded(
    r"@|\b(?:kill|die|dying|dead|suicid\w*|hurt|harm|hate|cut myself|end it|murder|stab|shoot|"
    r"stupid|idiot|ugly|fat|loser|useless|worthless)\b",
    re.IGNORECASE,
)
# What trails the words to be said: "lol", "pls", "for me", an emoji.
_PROCLAIM_TAIL = folded(
    r"(?:\s+(?:lol|lmao|haha\w*|pls|plz|please|for me|for us|rn|tho|though|ok|okay))+\W*$",
    re.IGNORECASE,
)


# A way to turn someone down asked for ("is there a dramatic way to say no to a date", "how do
# i turn him down nicely"): a refusal to make, kindly, not the words "no to a date" to cry aloud.
DECLINE_ASKED = folded(
    r"\b(?:way|ways|how)\s+(?:(?:do|can|should|would)\s+(?:i|we|you|u)\s+)?(?:to\s+|of\s+)?"
    r"(?:say(?:ing)?\s+no\b|turn(?:ing)?\s+(?:\w+\s+){0,2}?down\b|declin(?:e|ing)\b|"
    r"reject(?:ing)?\b|let(?:ting)?\s+(?:\w+\s+)?down\s+(?:gently|easy|easily|nicely|kindly)\b)",
    re.IGNORECASE,
)


def decline_asked(text: str) -> bool:
    """Whether `text` asks how to turn someone or something down ("a dramatic way to say no to
    a date")."""
    return bool(DECLINE_ASKED.search(text))


def proclaim_of(text: str) -> str:
    """The words `text` asks to be said in high style, as the person said them with "i" made
    "I" ("i flashed a v4": "I flashed a v4"); "" when it asks none."""
    match = PROCLAIM_ASKED.search(text)
    if not match:
        return ""
    said = (match.group("said") or match.group("quoted") or "").strip()
    said = said.strip("'\"“”‘’ ")
    said = _PROCLAIM_TAIL.sub("", said)
    said = re.sub(r"[^\w'’)]+$", "", said)
    said = re.sub(r"\bi\b", "I", said)
    if not said or len(said) > 80 or len(said.split()) < 2 or NOT_PROCLAIMED.search(said):
        return ""
    if decline_asked(text):
        return ""  # "no to a date" is a refusal to make, not words to cry
    if re.fullmatch(r"(?:it|that|this|so)\b.*", said, re.IGNORECASE) and len(said.split()) < 3:
        return ""
    return said[:1].upper() + said[1:]


def pace_of(text: str) -> str:
    """The pace and speed of a distance in a time ("5 km in 27 minutes is 5 minutes 24 seconds
    a km, or 11.1 km an hour"), or empty when `text` asks none. A clock time after the
    distance ("1:40") is hours and minutes, or minutes and seconds when that is slower than a
    minute a km or a mile ("10k in 55:30")."""
    if not PACE_ASKED.search(text):
        return ""
    far, took = DISTANCE.search(text), DURATION.search(text)
    if not far or not took:
        return ""
    distance = float(far.group(1))
    unit = "km" if far.group(2).lower().startswith("k") else "mile"
    if took.group(1):  # a clock: h:mm(:ss), or m:ss for a short run
        first, second, third = int(took.group(1)), int(took.group(2)), int(took.group(3) or 0)
        # Read as minutes and seconds, faster than a minute a km or a mile is no run: "10
        # miles in 1:40" is hours, "10k in 55:30" minutes ("333 minutes a km" before).
        hours_first = third or first + second / 60 < distance
        minutes = first * 60 + second + third / 60 if hours_first else first + second / 60
    else:
        amount, said = float(took.group(4)), took.group(5).lower()
        minutes = amount * 60 if said.startswith("h") else amount
    if distance <= 0 or minutes <= 0 or distance > 1000 or minutes > 100_000:
        return ""
    units = "km" if unit == "km" else "miles"
    shown = f"{distance:g} {units if distance != 1 else unit}"
    if unit == "mile" and IN_KM.search(text) and not IN_MILES.search(text):
        distance, unit, units = distance * KM_A_MILE, "km", "km"
    elif unit == "km" and IN_MILES.search(text) and not IN_KM.search(text):
        distance, unit, units = distance / KM_A_MILE, "mile", "miles"
    seconds = round(minutes * 60 / distance)
    each = f"{seconds // 60} minutes" + (f" {seconds % 60} seconds" if seconds % 60 else "")
    if IN_KM.search(text) and IN_MILES.search(text):
        # Both asked ("pace per km. and per mile bc my dad only thinks in miles"): the other too.
        other = round(seconds * KM_A_MILE) if unit == "km" else round(seconds / KM_A_MILE)
        each += f" a {unit}, or {other // 60} minutes" + (
            f" {other % 60} seconds" if other % 60 else ""
        )
        unit = "mile" if unit == "km" else "km"
    further = FURTHER.search(text, far.end())
    if further:
        return _at_that_pace(text, further, unit, seconds)
    speed = distance / (minutes / 60)
    # The time as it was said: "1:40", "27 minutes", "1.5 hours".
    spent = took.group(0).split(maxsplit=1)[1].removeprefix("about ").strip()
    if took.group(4):
        spent = f"{float(took.group(4)):g} {took.group(5)}"
    return f"{shown} in {spent} is {each} a {unit}, or {speed:.1f} {units} an hour"


# Another distance after a run's, asked at its pace: "5k in 25 minutes, how long would 8k take".
FURTHER = folded(r"(?<![\d.])(?P<d>\d+(?:\.\d+)?)\s?(?P<u>km|k|kilomet\w+|miles?|mi)\b", re.I)
LONG_ASKED = folded(r"\bhow long\b|\bwhat time would\b", re.I)


def _at_that_pace(text: str, further: re.Match[str], unit: str, seconds: int) -> str:
    """The time another distance takes at a pace of `seconds` a `unit` ("8 km at 5 minutes a km
    is 40 minutes"); "" unless a time is asked of it, in the unit of the pace."""
    other = "km" if further.group("u").lower().startswith("k") else "mile"
    if other != unit or not LONG_ASKED.search(text) or FURTHER.search(text, further.end()):
        return ""
    far = float(further.group("d"))
    total = round(far * seconds / 60)
    hours, mins = divmod(total, 60)
    took = f"{mins} minutes" if not hours else f"{hours} hour{'s' * (hours > 1)} {mins} minutes"
    each = f"{seconds // 60} minutes" + (f" {seconds % 60} seconds" if seconds % 60 else "")
    units = "km" if unit == "km" else "miles"
    return f"{far:g} {units} at {each} a {unit} is {took.removesuffix(' 0 minutes')}"


# A question about what the persona did, not a request of it.
PAST_ASKED = folded(
    r"\W*(why |when |how |what )?(did|were|was|had|didn't) (you|u)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class Tagged:
    about: frozenset[str]  # stems of the words before the colon (`any`: every subject)
    names: tuple[str, ...]  # the words before the colon, as written
    text: str


@lru_cache(maxsize=256)
def _tagged_lines(lines: tuple[str, ...]) -> tuple[Tagged, ...]:
    found = []
    for line in lines:
        about, colon, text = line.partition(":")
        if not colon or not text.strip():
            continue
        names = tuple(n.strip().lower() for n in about.split(","))
        found.append(Tagged(frozenset(terms(about.replace(",", " "))), names, text.strip()))
    return tuple(found)


# Lines that are no verse unless asked for as such: "some of our lines get better at homing"
# (a pigeon fancier's bloodlines), "the lines at the post office". Asked for, they are written
# ("write me a few lines", "a couple of lines about a freezing bell tower").
# ("lines about", "lines for" are written: `LINES_WRITTEN`.)
LINES_ONLY = folded(rf"\b(?:line|{_VERSE_WORDS})\b", re.IGNORECASE)
LINES_WRITTEN = folded(
    r"\b(?:write|wrote|pen|compose|recite|quote|give|share|need|want|do (?:us|me))\b"
    r"|\blines?\s+(?:about|on|for|to)\b|"
    r"\b(?:describe|sum up|capture)\b[^.?!]{1,40}\bin (?:one|a|1|a single) line\b",
    re.IGNORECASE,
)


def other_lines(text: str) -> bool:
    """Whether the only verse word of `text` is "lines" of some other kind (`LINES_ONLY`)."""
    said = [m.group(0).lower() for m in LINES_ONLY.finditer(text)]
    return (
        bool(said) and all(w in ("line", "lines") for w in said) and not LINES_WRITTEN.search(text)
    )


# Cities a working-hours overlap is asked for, with their standard offset from UTC in minutes
# and when their clocks go forward an hour: "eu" and "us" in the northern summer (on different
# dates), "south" in the southern one. Written out, not read from the system's time zones,
# which a slim server may lack.
CITY_ZONES: dict[str, tuple[int, str]] = {
    **dict.fromkeys(
        ("berlin", "paris", "madrid", "rome", "amsterdam", "stockholm", "warsaw", "vienna",
         "prague", "zurich", "brussels", "copenhagen", "oslo", "munich", "barcelona", "milan"),
        (60, "eu"),
    ),
    **dict.fromkeys(("london", "dublin", "lisbon", "edinburgh", "manchester"), (0, "eu")),
    **dict.fromkeys(("athens", "helsinki", "kyiv", "kiev", "bucharest", "sofia"), (120, "eu")),
    **dict.fromkeys(("istanbul", "moscow", "nairobi"), (180, "")),
    "dubai": (240, ""),
    "karachi": (300, ""),
    **dict.fromkeys(
        ("mumbai", "delhi", "new delhi", "bangalore", "bengaluru", "chennai"), (330, "")
    ),
    "dhaka": (360, ""),
    **dict.fromkeys(("bangkok", "jakarta"), (420, "")),
    **dict.fromkeys(
        ("singapore", "hong kong", "beijing", "shanghai", "taipei", "manila", "perth"), (480, "")
    ),
    **dict.fromkeys(("tokyo", "seoul"), (540, "")),
    **dict.fromkeys(("sydney", "melbourne"), (600, "south")),
    "brisbane": (600, ""),
    "auckland": (720, "south"),
    **dict.fromkeys(
        ("new york", "nyc", "boston", "miami", "toronto", "washington", "montreal"), (-300, "us")
    ),
    **dict.fromkeys(("chicago", "austin", "dallas", "houston"), (-360, "us")),
    "denver": (-420, "us"),
    **dict.fromkeys(
        ("los angeles", "san francisco", "seattle", "vancouver", "portland"), (-480, "us")
    ),
    "mexico city": (-360, ""),
    **dict.fromkeys(("sao paulo", "são paulo", "buenos aires"), (-180, "")),
    **dict.fromkeys(("lagos",), (60, "")),
    "johannesburg": (120, ""),
}  # fmt: skip
CITY = folded(
    r"\b(" + "|".join(sorted(map(re.escape, CITY_ZONES), key=len, reverse=True)) + r")\b", re.I
)
OVERLAP_ASKED = folded(
    r"\b(?:time ?zones?|overlap\w*|working hours|office hours|best time (?:to|for) (?:meet|call|"
    r"talk|a call|a meeting)|time difference)\b",
    re.IGNORECASE,
)


def _clock(minutes: int) -> str:
    minutes %= 24 * 60
    return f"{minutes // 60}:{minutes % 60:02d}"


def _hours(minutes: int) -> str:
    hours = minutes / 60
    shown = f"{hours:g}"
    return f"{shown} hour" if hours == 1 else f"{shown} hours"


def overlap_of(text: str) -> str:
    """The overlap of a 9-to-5 working day in two cities a message names, worked out ("Berlin
    is 6 hours ahead of New York for most of the year, so a 9-to-5 day overlaps for 2 hours:
    15:00-17:00 in Berlin is 9:00-11:00 in New York."), or "" when it asks none."""
    if not OVERLAP_ASKED.search(text):
        return ""
    named = list(dict.fromkeys(m.group(1).lower() for m in CITY.finditer(text)))
    if len(named) != 2:
        return ""
    (a, (std_a, dst_a)), (b, (std_b, dst_b)) = ((c, CITY_ZONES[c]) for c in named)

    def offsets(std: int, dst: str) -> tuple[int, int]:  # January, July
        return std + (60 if dst == "south" else 0), std + (60 if dst in ("eu", "us") else 0)

    jan_a, jul_a = offsets(std_a, dst_a)
    jan_b, jul_b = offsets(std_b, dst_b)
    names = {c: "NYC" if c == "nyc" else c.title() for c in (a, b)}
    if jan_a == jan_b and jul_a == jul_b:
        return f"{names[a]} and {names[b]} keep the same time, so the whole working day overlaps."
    east, west = (a, b) if jan_a >= jan_b else (b, a)
    jan, jul = abs(jan_a - jan_b), abs(jul_a - jul_b)
    if jan == jul:
        apart = f"{names[east]} is {_hours(jan)} ahead of {names[west]}"
        if dst_a and dst_b and dst_a != dst_b:
            apart += " for most of the year (their clocks change on different dates)"
    else:
        apart = f"{names[east]} is {_hours(jan)} ahead of {names[west]} in January and " + (
            f"{_hours(jul)} in July"
        )
    gap = jan
    if gap >= 8 * 60:
        return (
            f"{apart}, so their 9-to-5 days don't overlap: 9:00 in {names[west]} is "
            f"{_clock(9 * 60 + gap)} in {names[east]}; someone starts early or stays late."
        )
    return (
        f"{apart}, so a 9-to-5 day overlaps for {_hours(8 * 60 - gap)}: "
        f"{_clock(9 * 60 + gap)}-17:00 in {names[east]} is 9:00-{_clock(17 * 60 - gap)} in "
        f"{names[west]}."
    )


@lru_cache(maxsize=1024)
def request_kind(text: str) -> str:
    """The kind of request `text` makes of the persona: "occasion" (words for an occasion, a
    name), "recommend", "method", "tip", "share", "pace" or "sum" (a sum to work out), among
    others;
    empty when it makes none of these."""
    verse = (
        VERSE_ASKED.search(text)
        and VERSE_ASKING.search(text)
        and not told_only(text)
        and not HOW_TO.match(text)  # "how do i write a sonnet?" asks how, not for lines
        and not heard_only(text)  # "can you recommend some ballads on vinyl"
        and not other_lines(text)  # "are we breeding for it", of "some of our lines"
    )
    if mnemonic_asked(text):
        return "mnemonic"  # "give me a mnemonic for the reactivity series: potassium sodium ..."
    if speech_asked(text) and not PAST_ASKED.match(text):
        return "verse"  # "garrick needs a dramatic speech before the final boss" (`form_of`)
    if verse and (verse_subject(text) or FORM_SAID["ode"].search(text)):
        return "verse"  # "a couple of lines about a freezing bell tower", "ever write on bells"
    if PAST_ASKED.match(text):
        return ""  # "did you make up words on purpose", "why did you insult my friend"
    if decline_asked(text) and re.search(rf"\b(?:{_HIGH_STYLE})\b", text, re.IGNORECASE):
        # "is there a dramatic way to say no to a date" ("how do i say no to my boss" is advice)
        return "decline"
    if proclaim_of(text):
        return "proclaim"  # "whats the most dramatic way to say i flashed a v4"
    if roast_asked(text):
        return "roast"  # "roast my cat in one line", "give me a shakespearean insult"
    if dub_asked(text):
        return "dub"  # "i need a derby name", "our five a side team needs a name pls"
    occasion = OCCASION_ASKED.search(text)
    if (
        occasion
        and (occasions_of(text) or THING_FOR.search(text))
        and not (occasions_of(text)[:1] == ["names"] and NAME_RECALLED.search(text))
        and not _own_doing(text, occasion)
    ):
        # Words asked for an occasion it names, or a thing to put them on ("one line for the
        # label on my honey jars"): not "i need a quote for my car insurance", nor "i'll add a
        # line to the induction notes".
        return "occasion"
    if name_asked(text):
        # "our tavern needs a name, it's in a swampy fishing village", "give us a name for the
        # group chat": a name made up (`bots.naming`), however the thing named is put.
        return "dub"
    if motto_asked(text):
        # "write us a club motto", "any ideas for a catchphrase for our quiz team"; words for a
        # thing to put them on ("a motto for the team hoodies") are the occasion's, above.
        return "motto"
    if verse:
        return "verse"  # "got a rhyme for my dog", "a little blessing before our picnic"
    if fall_of(text):
        return "fall"  # "a ball is dropped from 20m, how long till it hits the ground"
    if settle_asked(text) and word_sum(text):
        return "sum"  # "settle this. 4 of us, a pack of 9 is £4.50 ... how much each a month"
    if settle_asked(text):
        return "settle"
    if priced(text) and sum_of(text):
        # Prices times counts first: "3 pizzas at £12 each" is a price, not £12 shared by 3.
        return "sum"
    if word_sum(text):
        # An everyday word problem (`bots.wordsum`), before shares: "£12 a week on milk between 5
        # of us, how much each per month" is a month's share, not a week's; "how many pizzas for
        # 45 kids if a quarter of them eat 2 each" is 24, not "2/45 of the pizzas each".
        return "sum"
    if share_of(text):
        return "share"  # shares to work out: "50 biscuits among 7 kids"
    if overlap_of(text):
        return "overlap"  # "a good timezone overlap for berlin and new york"
    if journey_of(text):
        return "journey"  # "is it faster to take the train or fly from paris to berlin"
    if pace_of(text):
        return "pace"  # a pace and a speed to work out: "5k in 27 minutes, whats my pace"
    if sum_of(text):
        return "sum"  # a total to work out: "60 cookies at £1 and 40 at £2, what do we make"
    if RECOMMEND_ASKED.search(text) and ASKED_FORM.search(text):
        return "recommend"  # not "went to see a play about the war last night"
    if idea_asked(text):
        return "idea"  # "any ideas for our science week stall", "a trick to hide in a puzzle"
    if (
        METHOD_ASKED.search(text)
        and METHOD_ASKING.search(text)
        and not CONDITION.search(text)
        and not DISBELIEF.search(text)
    ):
        return "method"
    if TIP_ASKED.search(text):
        return "tip"
    return ""


# "i read a lovely poem about the sea today" tells; "a poem about the sea pls" asks.
TOLD = folded(
    r"^\W*(?:i|we|my|our|she|he|they|just|today|yesterday|last)\b"
    r"(?!\s+(?:need|want|wanna|would love|'d love|'d like|would like)\s+(?:a|an|some|one)\s+"
    rf"(?:[\w'-]+\s+){{0,2}}(?:{VERSE_FORM}))"
    r"(?![^.?!]*\b(?:pls|please|plz)\b)",
    re.IGNORECASE,
)


# The words are the speaker's own doing, said in their clause: "i'll add a line to the notes",
# "we wrote a speech for", "ill put a quote on the banner"; not "i (really) need a toast for",
# "i'd love a verse for", "could i have a line for".
OWN_DOING = folded(
    # Not asked: "what should we write on the banner", "can i put a line in his card".
    r"(?<!should )(?<!shall )(?<!could )(?<!would )(?<!can )(?<!do )(?<!did )(?<!might )"
    r"\b(?:i|we|ill)(?:'ll|'ve|'d| will| just| already| also)? (?:\w+ly )?(?:add|added|put|stick|"
    r"stuck|wrote|write|read|use|used|found|print|printed|post|posted|pin|pinned|include|"
    r"included|copy|copied|paste|pasted|borrow|borrowed|nick|nicked|steal|stole)\b",
    re.IGNORECASE,
)


def _own_doing(text: str, occasion: re.Match[str]) -> bool:
    """Whether the words `occasion` found are the speaker's own doing, in their clause."""
    start = max(text.rfind(mark, 0, occasion.start()) for mark in ".!?;,") + 1
    return bool(OWN_DOING.search(text, start, occasion.end()))


# Other words asked for than those just given: "not too dramatic", "shorter pls", "something
# lighter?", "got another?", "hmm maybe less gloomy", "too long for a hoodie".
_TOO = (
    r"(?:dramatic|long|sad|gloomy|dark|grim|serious|formal|wordy|heavy|bleak|fancy|posh|flowery|"
    r"cheesy|soppy|sappy|deep|intense|morbid|old-fashioned|shakespearean|poetic)"
)
ANOTHER_ASKED = folded(
    r"^\W*(?:(?:and|but|ok|okay|hmm+|maybe|also|just|ha+|lol|nice|love it|ooh)\W+){0,3}"
    rf"(?:(?:(?:not|nothing) (?:too|so|that) {_TOO}|less {_TOO}|(?:a bit |bit )?(?:shorter|"
    r"simpler|lighter|happier|funnier|cheerier|plainer)|something (?:else|shorter|simpler|lighter|"
    r"happier|funnier|cheerier)|(?:got |have you got |any )?(?:another|a different) (?:one|line|"
    r"verse|quote|toast)|one more (?:one|line|verse|quote|toast|pls|please)"
    rf"|(?:(?:it'?s|its|that'?s|thats) )?(?:a bit |bit |way |a little )?too {_TOO})\b"
    r"|(?:got |have you got |any )?(?:another|one more)(?: pls| please)?\W*$"
    r"|(?:make it |a bit |bit )?more (?:pirate\w*|rhym\w*|pun\w*|fun|funny|jokes?|silly|cheese|"
    r"cheesy|drama|dramatic|shakespeare\w*|poetic|swagger|sass|sea|nautical)(?: pls| please)?\W*$)",
    re.IGNORECASE,
)


def another_asked(text: str) -> bool:
    """Whether `text` asks for other words than those just given (see ANOTHER_ASKED)."""
    return len(text.split()) <= 14 and bool(ANOTHER_ASKED.search(text))


def told_only(text: str) -> bool:
    """Whether `text` tells of lines rather than asks for them ("i read a poem about the sea")."""
    return bool(TOLD.match(text))


def verse_subject(text: str) -> str:
    """What lines are asked about, as the message says it ("bells", "a long journey"), or
    empty when it names nothing after "about" or "on"."""
    described = DESCRIBED.search(text)
    if described:
        return yours(described.group("thing").lower())  # "describe the perfect house in one line"
    about = re.search(r"\babout\b", text, re.IGNORECASE)  # "about" before any "on"
    before = text[: about.start()] if about else text
    found = VERSE_SUBJECT.search(text[about.start() if about else 0 :])
    if not found and not about and (given := VERSE_FOR.search(text)) and not occasions_of(text):
        # "a short poem for my 1967 mustang, she's red": lines for a thing of theirs are on it.
        return yours(given.group(1).strip(" ,.;:!?-'").lower())
    if not found:
        return ""
    if not about and not ON_SUBJECT.search(before):
        return ""  # "a rap on the door", "ballads on vinyl", "an ode to cheese on toast"
    said = found.group(1).strip(" ,.;:!?-'").lower()
    # "a zoom call where everyone is on mute" is a zoom call: a clause of its own is cut, not
    # left hanging ("a zoom call where everyone is").
    said = re.split(r"\s+(?:where|while|whenever|whose)\b", said)[0]
    return yours(said)  # "For your cat, Priya: ..."


# Lines written for a thing of someone's, with no occasion: "write a poem for my 1967 mustang",
# "compose an ode to our old van". (An occasion named, "a poem for my mum's 60th", is the
# occasion's; "give us a little verse for my first loaf" asks words for it, not on it.)
VERSE_FOR = folded(
    rf"\b(?:write|compose|pen|make up)\b[^.?!]{{0,30}}?\b(?:{_VERSE_WORDS})\W+(?:for|to)\W+"
    r"((?:my|our) (?:[\w'-]+ ){0,3}?[\w'-]+)"
    r"(?=\s*$|\s*[,.;:!?]|\s+(?:she|he|it|they|who|that|which|because|pls|please|plz|lol|"
    r"haha|rn|tho|thx|x)\b)",
    re.IGNORECASE,
)
# A thing to be put in a line: "describe the perfect house in one line", "sum up mondays in a
# sentence".
DESCRIBED = folded(
    r"\b(?:describe|sum up|capture)\W+(?P<thing>(?:[\w']+\W+){0,4}?[\w']+)\W+in (?:one|a|1|"
    r"a single) (?:line|sentence|phrase)\b",
    re.IGNORECASE,
)
# "on" says what lines are on straight after their word, when they are asked for: "give me a
# limerick on my brother's snoring", "did you ever write on bells".
ON_SUBJECT = folded(
    rf"\b(?:(?:write|wrote|written|pen|penned|compose|make up|give (?:me|us)|gimme|pls|please|plz|"
    rf"can (?:you|u)|could (?:you|u))\b[^.?!]{{0,80}}?\b(?:{_VERSE_WORDS})|"
    r"\b(?:write|wrote|written|pen|penned)(?:\W+(?:anything|something|much))?)\W+on\b",
    re.IGNORECASE,
)
# Lines heard, played or looked for, not asked to be written: "any good raps on spotify you
# like?", "want some shanties on the radio tonight?", "a rap on the door at midnight".
HEARD = folded(
    r"\b(?:recommend\w*|listen\w*|hear|heard|playlist|following|follow|worth|"
    r"you (?:like|rate|love|know)|(?:a )?(?:rap|knock|tap)s? (?:on|at) (?:the|my|our) "
    r"(?:door|window|wall|glass|roof)|on (?:the |my |your |our )?(?:radio|spotify|vinyl|stage|"
    r"youtube|insta\w*|tiktok|cassettes?|cds?|tapes?|records?|telly|tv|repeat|phone|list|"
    r"reading list|quiz sheet|bus|train))\b",
    re.IGNORECASE,
)
WRITE_ASKED = folded(
    r"\b(?:write|compose|pen|make up|whip up|knock up|do (?:us|me))\b", re.IGNORECASE
)


def heard_only(text: str) -> bool:
    """Whether `text` speaks of lines heard or played rather than asking for some written."""
    return bool(HEARD.search(text)) and not WRITE_ASKED.search(text)


# A form of verse asked to be made: "write us a sea shanty about ...", "a limerick about ...".
FORMS = {
    "shanty": SHANTY,
    "limerick": LIMERICK,
    "haiku": HAIKU,
    "rap": rf"{RAP}|diss track",
    "chant": CHANT,
    "ode": r"odes? (?:to|for)",  # made as a verse, on what it is to ("an ode to cheese on toast")
}
FORM_SAID = {form: folded(rf"\b(?:{said})\b", re.IGNORECASE) for form, said in FORMS.items()}
# Asked to make it now, not asked what it once wrote ("did you ever write about trains").
MAKE_ASKED = folded(
    r"\b(?:write|compose|pen|make up|make|do|give|needs?|want|got|whip up|knock up|pls|please|plz|"
    r"can|could|would)\b|(?:^|[,:]\s)\W*(?:a|an|some|one)\b",
    re.IGNORECASE,
)
PAST_WRITTEN = folded(
    r"\b(?:ever|did (?:you|u)|have (?:you|u)|had (?:you|u)|wrote|written)\b", re.IGNORECASE
)


def form_of(text: str) -> str:
    """The form of verse `text` asks for: "shanty", "limerick", "haiku", "rap", "speech" (a
    dramatic speech, a pep talk: `speech_asked`), or "verse"."""
    if speech_asked(text):
        return "speech"
    return next((form for form, said in FORM_SAID.items() if said.search(text)), "verse")


# A speech to rouse or steel someone, asked for: "garrick needs a dramatic speech before the final
# boss", "a pep talk for the choir before the concert", "give me a rousing speech for the cup
# final". Not a speech for a wedding, a funeral or a leaving do (words for an occasion), nor
# one told of ("his speech was so long").
SPEECH = folded(
    r"\b(?:(?:dramatic|rousing|epic|stirring|battle|big|inspiring|inspirational|motivational|"
    r"heroic|villain'?s?|final|last|pre-?match|pre-?game|pre-?fight|pre-?battle|team|victory|"
    r"war)\s+(?:\w+\s+)?(?:speech|monologue|soliloquy|address)|pep ?talk|team ?talk|call to arms|"
    r"(?:speech|monologue|soliloquy) (?:before|ahead of) (?:the|a|an|our|his|her|their|my)\b)",
    re.IGNORECASE,
)
SPEECH_NOT = folded(
    r"\b(?:wedding|best man|groom|bride|funeral|eulogy|memorial|retirement|retiring|leaving|"
    r"birthday|anniversary|graduation|award|acceptance|thank you)\b|"
    r"\b(?:was|were|is|are) (?:so |too |really )?(?:long|boring|good|great|amazing|awful)\b",
    re.IGNORECASE,
)
SPEECH_ASKING = folded(
    r"\b(?:needs?|wants?|write|give|got|pls|please|plz|can|could|would|do (?:us|me)|make|"
    r"compose|need|help)\b|\?",
    re.IGNORECASE,
)


def speech_asked(text: str) -> bool:
    """Whether `text` asks for a speech to rouse or steel someone (`SPEECH`), not one for a
    wedding or a funeral, nor one told of."""
    return (
        bool(SPEECH.search(text))
        and bool(SPEECH_ASKING.search(text))
        and not SPEECH_NOT.search(text)
    )


# What a speech is said before: "before the final boss" is "the final boss".
_SAID_BEFORE = (
    r"\s+((?:the|our|my|his|her|their|this|a|an|tonight'?s|tomorrow'?s|\w+'s)\s+"
    r"(?:(?!(?:before|for|at|on|in|pls|please|plz|tonight|tomorrow|and|but|so)\b)[\w'-]+\s?){1,3})"
)
SPEECH_BEFORE = folded(rf"\b(?:before|ahead of){_SAID_BEFORE}", re.IGNORECASE)
SPEECH_FOR = folded(rf"\b(?:for|at){_SAID_BEFORE}", re.IGNORECASE)


# A side's own name, told: "we're the red lions", "we are called the muddy boots", "team is called
# Quizteama Aguilera", "our team's name is the owls"; never one it had ("we were 'the lock ness
# monsters' last time") nor what it is ("we're the worst", "we're playing the reds").
TEAM_NAMED = folded(
    r"(?<!\bwe\s)\b(?:we['\u2019]?re|we are|"
    r"(?:our |the )?(?:team|side|club|squad|crew|band|group)(?:'s| is)(?: name is| called)?|"
    r"(?:our |the )?(?:team|side|club|squad|crew|band|group) name(?:'s| is))"
    r"\s+(?:called\s+|named\s+)?['\"\u2018\u201c]?(?P<name>(?:the\s+)?[\w'-]+(?:\s+(?!(?:and|but|so|"
    r"lol|haha|pls|please|plz|if|for|this|next|on|in|at|who|which|that|then)\b)[\w'-]+){0,3})",
    re.IGNORECASE,
)
_NOT_A_NAME = folded(
    r"^(?:the\s+)?(?:a|an|so|very|really|all|not|just|playing|going|gonna|in|on|at|up|down|off|"
    r"out|back|doing|having|getting|trying|called|worst|best|only|last|first|losing|winning|"
    r"rubbish|terrible|awful|good|bad|top|bottom|underdogs?|favourites?|new|same|one|ones|"
    r"team|side|club|squad|crew|band|group|\d+\w*)\b",
    re.IGNORECASE,
)


# A name it had, not has: "that was our name last time", "we used to be the owls".
PAST_NAME = folded(
    r"\b(?:last (?:time|year|season)|used to|previously|old name|not working|anymore|any more)\b",
    re.IGNORECASE,
)


def team_named(text: str) -> str:
    """The name a side goes by as `text` tells it ("the Red Lions"), capitalised as a name; ""
    when it tells none."""
    found = TEAM_NAMED.search(text)
    if not found or PAST_NAME.search(text):
        return ""
    name = re.split(r"(?:['\u2019](?!\w)|[\"\u201d,.;:!?])", found.group("name"))[0].strip()
    if not name or _NOT_A_NAME.match(name):
        return ""
    # "we're nurses on a ward" tells what they are: a name is called one, or "the" one, or
    # written as a name ("we're Quizteama Aguilera").
    cue = found.group(0)[: found.start("name") - found.start()]
    if not re.search(r"call|nam", cue, re.I) and not re.match(r"the\s|[A-Z]", name):
        return ""
    small = ("the", "of", "and", "a", "an", "in", "on")
    words = name.split()
    return " ".join(
        w.lower() if i and w.lower() in small else (w if w[:1].isupper() else w.capitalize())
        for i, w in enumerate(words)
    ).replace("The ", "the ", 1)


def made_subject(text: str) -> str:
    """What verse to be made is about, said back as a noun phrase ("your air fryer"): the
    subject after "about" or "on", or what an ode is to; cut before a clause of its own."""
    ode = re.search(r"\bodes? (?:to|for) ((?:[\w'-]+ ?){1,8})", text, re.IGNORECASE)
    said = "" if ode else verse_subject(text)
    how = re.search(r"\babout ((?:how|why|when|where|what) [^,.;:!?]+)", text, re.IGNORECASE)
    if how and said.split()[:1] == how.group(1).split()[:1]:
        # "about how i lost my phone on the bus": how you lost your phone
        said = re.split(rf"\s+(?:{_CLAUSE_ENDS}|on|again)\b", how.group(1).lower())[0]
        said = yours(said, every=True)
    if not said:
        # "an ode to cheese on toast"; "about my cat knocking mugs off the table" (too long to
        # say back whole): its words up to a verb or a clause of its own, ending on its noun.
        to = ode or re.search(r"\babout ((?:[\w'-]+ ?){1,8})", text, re.IGNORECASE)
        said = to.group(1).strip().lower() if to else ""
        said = yours(said)
        said = re.split(r"(?<=\w)\s+(?=\w+ing\b)", said, maxsplit=1)[0]
        said = re.split(rf"\s+(?:{_CLAUSE_ENDS})\b", said)[0]
        said = re.sub(r"(?:\s+(?:and|or|but|\w+ly|very|so|really))+$", "", said)
    if not said and form_of(text) == "speech":
        # "a dramatic speech before the final boss": what it is said before (or for).
        found = SPEECH_BEFORE.search(text) or SPEECH_FOR.search(text)
        if found:
            said = re.split(r"\s+(?:lol|he|she|they|who|that)\b", found.group(1).strip().lower())[0]
            # (said to those who go into it: "before their first match" is before yours)
            said = re.sub(r"^their\b", "your", yours(said.strip(" ,.;:!?")))
        said = said or "the fight"
    if not said and form_of(text) != "verse":
        # "a shanty for our sailing club", "a rap for my nephew's birthday": what it is for.
        found = re.search(r"\bfor ((?:my|our|the|his|her|\w+'s) (?:[\w'-]+ ?){1,3})", text, re.I)
        said = yours(found.group(1).strip().lower()) if found else ""
        if form_of(text) == "chant":
            # "a war cry, we're the red lions": a cry for the side by its name, else for "us"
            # (never a filler such as "nothing in particular" put in for what is not said).
            said = team_named(text) or said
        # "give us a limerick": on the company it is asked by (never a filler such as "nothing
        # in particular" put in for what is not said).
        said = said or "this good company"
    said = re.split(r"\s+(?:who|that|which|she|he|they|we|i|pls|please|plz|lol)\b", said)[0]
    # "a chant for the bank party to shout": the bank party, not "the bank party to"
    said = re.split(r"\s+(?:to|as|when|while|at|on)$", said)[0]
    return said.strip()


_CLAUSE_ENDS = r"pls|please|plz|lol|haha|x+|who|that|which|for|in|at|because|cos|so|with|when"


def to_make(text: str) -> bool:
    """Whether `text` asks for verse to be made now ("write me a haiku about monday mornings"),
    not what was written once ("did you ever write about trains")."""
    return bool(MAKE_ASKED.search(text)) and not PAST_WRITTEN.search(text)


def held(line: str, given: str) -> bool:
    """Whether `given` (words already said) holds `line` as it was said, with whatever was put
    in for its fields ("{name}" said as "Priya")."""
    if not given:
        return False
    parts = re.split(r"\{\w+\}", line)
    return bool(re.search(r".{1,60}?".join(map(re.escape, parts)), given, re.DOTALL))


def _pick(lines: list[str], key: str) -> str:
    """One of `lines`, the same for the same `key` and most often another for another key."""
    return lines[sum(map(ord, key)) % len(lines)] if lines else ""


# A coward to be steeled: "he's a cowardly dwarf who found his courage".
COWARD = folded(
    r"\b(?:coward\w*|scared|afraid|terrified|frightened|timid|nervous|wimp\w*|chicken|"
    r"found (?:his|her|their|my) courage)\b",
    re.IGNORECASE,
)


def made_line(index: Index, text: str, given: str = "", *, things: str = "") -> str:
    """Verse of its own making on what `text` asks about, in the form asked for (a shanty, a
    limerick, a haiku, a rap, a chant; else a couplet): one of its `#made <form>` lines, with
    the subject put in for {what}; never one that `given` holds; empty when it makes none.
    `things` (`to_mention`): the things it must name, made into lines that name them all (its
    `#made list` lines), unless another form is asked for."""
    subject = things or made_subject(text)
    if not subject or "grief" in occasions_of(text):
        return ""  # no jingle on a grief
    form = form_of(text)
    form = "list" if " and " in things and form == "verse" else form
    if things and form in ("verse", "list") and re.search(r"\btoasts?\b", text, re.IGNORECASE):
        form = "toast"  # "two line toast for the bbq, has to mention dev's giant marrow"
    tagged = _tagged_lines(index.tagged.get("made", ()))
    if form == "speech":
        # "he's a cowardly dwarf who found his courage": a coward's speech, when it has one; a
        # coward's speech for no coward never.
        coward = bool(COWARD.search(text))
        tagged = tuple(line for line in tagged if ("coward" in line.names) == coward) or tagged
    lines = [line.text for line in tagged if form in line.names] or [
        line.text for line in tagged if "verse" in line.names
    ]
    made = [_made(line, subject) for line in lines]
    fresh = [line for line in made if not held(line, given)]
    return _pick(fresh, subject)


# The things a verse must name: "needs to mention bouncy castle, cakes and raffle", "including
# the tombola and the cake stall", "it has to have the dog and the van in it".
MENTIONING = folded(
    r"\b(?:(?:needs?|has|have|got|ought) to|must|should|gotta)\s+(?:mention|include|name|feature|"
    r"have|say)\s+|\b(?:mentioning|including|featuring|that mentions|that names)\s+",
    re.IGNORECASE,
)
# What ends the list: "..., nothing too cringe", "... but keep it short", "... pls".
_LIST_END = folded(
    r"[.;:!?()]|,\s*(?=(?:nothing|not|but|no|pls|please|plz|lol|make|keep|ideally|if|ty|thanks|"
    r"x+)\b)|\s+(?:but|so|because|cos|if|in it|pls|please|plz|lol|too|as well|ideally)\b",
    re.IGNORECASE,
)
# No thing: a pronoun, a verb of a clause, a feeling ("it has to have heart").
_NO_THING = folded(
    r"\b(?:i|we|you|u|it|they|he|she|is|are|was|be|do|does|that|this|something|anything|"
    r"everything|heart|soul|feeling|vibes?|rhymes?|words?|lines?)\b",
    re.IGNORECASE,
)


def to_mention(text: str) -> str:
    """The things verse asked of it must name, said as a list ("bouncy castle, cakes and
    raffle"), for "a rhyme for the poster, needs to mention bouncy castle, cakes and raffle";
    empty when it names none, or names more than a list of a few short things."""
    found = MENTIONING.search(text)
    if not found:
        return ""
    rest = _LIST_END.split(text[found.end() :], maxsplit=1)[0]
    items = [
        item.strip().lower()
        for item in re.split(r",\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*", rest)
        if item.strip()
    ]
    if not 1 <= len(items) <= 5 or any(
        len(item.split()) > 3 or _NO_THING.search(item) for item in items
    ):
        return ""
    items = [yours(item) for item in items]
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


# Those a toast is raised to, named: "a short toast to end on, to priya and james", "toast to my
# mum and dad"; not "a toast to end on", "a toast to the new year".
TOASTED = folded(
    r"\btoast\b[^.?!]{0,40}?\bto\s+(?P<who>(?:(?:my|our)\s+)?[a-z]+\s+(?:and|&)\s+[a-z]+)\b",
    re.IGNORECASE,
)


def toasted(text: str) -> str:
    """Those the toast `text` asks for is raised to ("Priya and James", "your mum and dad"), or
    ""."""
    found = TOASTED.search(text)
    if not found:
        return ""
    who = re.sub(r"\s*&\s*", " and ", found.group("who").lower())
    if who.startswith(("my ", "our ")):
        return yours(who)
    return " ".join(w if w == "and" else w.capitalize() for w in who.split())


def _made(line: str, subject: str) -> str:
    """A `#made` line with its subject put in, a line that begins with it begun in capitals."""
    made = line.replace("{what}", subject)
    return re.sub(r"(^|/ )([a-z])", lambda m: m.group(1) + m.group(2).upper(), made)


# A roast or an insult asked for: "roast my cat in one line", "insult my flatmate", "give me a
# shakespearean insult", "whats your best insult"; aimed at a person or a pet, never "roast the
# parsnips", "how long do you roast the squash for", "is calling someone a muppet an insult?".
ROAST_ASKED = folded(
    r"(?:^\W*(?:(?:ok|okay|right|lol|haha|so|now|just|quick|go on|and|oi)\W+){0,2}|"
    r"\b(?:can|could|would|will) (?:you|u|ya) (?:pls |please |just )?|"
    r"\b(?:pls|please|plz|go on)\W+)"
    r"(?:roast|insult|diss)\W+"
    rf"(?P<target>me|us|him|her|them|(?:my|our|his|her|their) (?:[\w'-]+ )?{PERSON_OR_PET})|"
    r"\b(?:give|got|need|want|share|teach|tell|throw|hit|write|make|come up with)\s+"
    r"(?:me|us|em)?\s*"
    r"(?:an?|some|your|ur|one|a few)?\s*(?:(?:shakespearean|shakespeare|elizabethan|old|best|"
    r"good|proper|posh|fancy|killer|top|classic|cutting|savage|(?:one|two|2|1)[- ]line|quick|"
    r"short|little|funny|witty)\s+)*insults?\b|"
    r"\bwhat'?s (?:your|ur) (?:best|favourite|favorite|top|finest) insult",
    re.IGNORECASE,
)
# Cooking, not roasting: "can you roast them on the bbq or do they go in the oven".
COOKING = folded(
    r"\b(?:oven|bbq|barbecue|grill|tray|tin|air ?fryer|fry|boil|bake|degrees|mins?|minutes|"
    r"hours?|crispy|skin on|gas mark|recipe|cook\w*|veg\w*|potato\w*|chicken|beef|lamb|pork)\b",
    re.IGNORECASE,
)
# Nothing to jest about: a death, an illness, a body.
GRIEF = folded(
    r"\b(?:(?:my|our|his|her|their) late \w+|died|passed|funeral|rip|memorial|grave|cancer|"
    r"ill|sick|disabled|weight|fat)\b",
    re.IGNORECASE,
)


def roast_asked(text: str) -> bool:
    """Whether `text` asks the persona to roast someone or for an insult (never of a grief, nor
    a question of what was once said, nor cooking)."""
    return (
        bool(ROAST_ASKED.search(text))
        and not PAST_ASKED.match(text)
        and not told_only(text)
        and not GRIEF.search(text)
        and not COOKING.search(text)
    )


def roast_target(text: str) -> str:
    """Who is to be roasted, as the persona says it ("your cat", "your brother", "you"), or
    empty when nobody is named."""
    found = ROAST_ASKED.search(text)
    target = found.group("target") if found else None
    if not target:
        named = re.search(r"\binsults? (?:for|at|about) ((?:my|our|his|her) [\w'-]+)", text, re.I)
        target = named.group(1) if named else ""
    said = target.split()
    if said and said[0].lower() in ("me", "us", "him", "her", "them"):
        said = said[:1]  # "insult me shakespeare style": you
    return yours(" ".join(said).lower(), every=True)


# The person's words as the persona says them back ("my cat": "your cat").
YOURS = {"my": "your", "our": "your", "me": "you", "us": "you", "mine": "yours"}
_YOU = {**YOURS, "i": "you", "we": "you"}


def yours(said: str, *, every: bool = False) -> str:
    """`said` with its first word (`every` word, "i" and "we" too) said back to the person."""
    words = said.split(" ")
    if every:
        return " ".join(_YOU.get(w.lower(), w) for w in words)
    return " ".join([YOURS.get(words[0].lower(), words[0]), *words[1:]]) if said else said


def insult_line(index: Index, text: str, given: str = "") -> str:
    """One of its `#insult` lines (real ones from its work), one `given` does not hold."""
    lines = [line.text for line in _tagged_lines(index.tagged.get("insult", ()))]
    return _pick([line for line in lines if not held(line, given)], roast_target(text) or text)


# A made name asked for: "i need a derby name", "band name ideas", "our team needs a name",
# "can you come up with a name for my podcast"; never "the band names from the 80s", "forgot my
# wifi name", "my cat names all the birds".
_NAME_KINDS = (
    r"derby|skate|team|side|squad|band|group|boat|ship|yacht|quiz|pub quiz|wifi|wi-fi|network|"
    rf"{PETS}|chickens?|podcast|shop|business|stall|stage|drag|gamer|club|choir|car|van|bike|"
    r"plant|allotment|crew"
)
_MAKE_UP = (
    r"need|needs|want|wants|ideas? for|suggest\w*|come up with|think of|give (?:me|us)|gimme|"
    r"got any|any good|help (?:me |us )?(?:pick|choose|with|think of|come up with)|pick|choose"
)
DUB_ASKED = folded(
    rf"\b(?:{_MAKE_UP})\s+(?:(?:a|an|some|good|new|fun|funny|clever|cool|decent|great|my|our)\s+)*"
    rf"(?:[\w'-]+\s+){{0,2}}?(?P<kind>{_NAME_KINDS})(?:\s+[\w-]+)?\s+names?\b(?!'s| is| was| are)|"
    rf"\b(?P<ideas>{_NAME_KINDS})\s+names?\s+ideas?\b|"
    rf"\b(?P<needs>{_NAME_KINDS})\s+(?:needs?|wants?)\s+a\s+(?:new\s+|good\s+)?name\b",
    re.IGNORECASE,
)
# A name to find or recall, not to make up.
NAME_RECALLED = folded(
    r"\b(?:remember|forgot|forget|forgotten|recall|what were|which|change|find|reset|lost|"
    r"read out|the (?:[\w'-]+ ){0,2}names)\b",
    re.IGNORECASE,
)
PET_KIND = folded(rf"{PETS}|chickens?", re.IGNORECASE)


def dub_asked(text: str) -> bool:
    """Whether `text` asks for a name of some kind to be made up."""
    asked = re.search(r"\bneeds? a\b|\bideas?\b|\bhelp\b|\?|\b(?:pls|please|plz)\b", text, re.I)
    found = DUB_ASKED.search(text) and not NAME_RECALLED.search(text)
    return bool(found) and (bool(asked) or not told_only(text))


# Words to live or work by, asked for: "write us a club motto", "we need a slogan for the bake
# sale", "can you think of a catchphrase for our team"; not one told ("our motto is ...") nor
# recalled ("what was that motto again").
MOTTO = (
    r"mottos?|mottoes|slogans?|taglines?|tag lines?|catch ?phrases?|rallying cry|mantras?|"
    r"war cry|battle cry"
)
MOTTO_ASKED = folded(
    # One asked for, as the thing to be made: "write us a club motto", "we need a slogan for the
    # bake sale", "any ideas for a catchphrase"; not "make sure you bring the slogan banners",
    # "what was the motto of the roman army?", "do mottos actually work?".
    rf"\b(?:{_MAKE_UP}|write|make up|do (?=me|us)|have you got)\s*(?:(?:me|us)\s+)?"
    r"(?:(?:a|an|some|our|my|the|new|good|great|fun|short|catchy|club|team)\s+){0,3}"
    rf"(?:[\w'-]+\s+)?(?:{MOTTO})\b(?!\s+(?:banners?|of|t-?shirts?\b))|"
    # "can you do a slogan for the bake sale"
    r"\b(?:can|could|would|will) (?:you|u) (?:pls |please )?(?:do|make|write)\s+(?:(?:me|us)\s+)?"
    rf"(?:a|an|some|our|the)\s+(?:[\w'-]+\s+)?(?:{MOTTO})\b|"
    # "give our club a motto", "pick the team a slogan"
    r"\b(?:give|gimme|find|pick|choose) (?:our|the|my|this) (?:[\w'-]+ ){0,2}?(?:a|an|some) "
    rf"(?:new |good |short |catchy |fun )?(?:{MOTTO})\b|"
    # "give us something to shout at the finish line"
    r"\b(?:give|gimme|need|want|got) (?:me |us )?(?:something|a line|words?) (?:\w+ ){0,2}?"
    r"to (?:shout|chant|yell|holler|roar)\b",
    re.IGNORECASE,
)


# One told of: "our motto is ride or die", "i read a great motto on a mug".
MOTTO_TOLD = folded(
    rf"\b(?:{MOTTO})\s+(?:is|was|'s|are|were|on|says|said)\b|"
    rf"\b(?:read|saw|seen|heard|love|loved|like|liked)\b(?:\s+[\w'-]+){{0,3}}?\s+(?:{MOTTO})\b",
    re.IGNORECASE,
)


def motto_asked(text: str) -> bool:
    """Whether `text` asks for a motto or a slogan to be made up (`MOTTO_ASKED`), not tells of
    one or recalls one ("what was that slogan again")."""
    return bool(
        MOTTO_ASKED.search(text) and not NAME_RECALLED.search(text) and not MOTTO_TOLD.search(text)
    )


def motto_line(index: Index, text: str, given: str = "") -> str:
    """Its `#motto` line for what `text` is about (its `any` ones when none is), never one that
    `given` holds; empty when it has none."""
    said = set(terms(text))
    tagged = [
        line for line in _tagged_lines(index.tagged.get("motto", ())) if not held(line.text, given)
    ]
    lines = [line.text for line in tagged if line.about & said] or [
        line.text for line in tagged if "any" in line.names
    ]
    return _pick(lines, text)


def dub_kind(text: str) -> str:
    """The kind of thing to be named ("team", "band", "cat"), or empty."""
    found = DUB_ASKED.search(text) or re.search(rf"\b(?P<kind>{_NAME_KINDS})\b", text, re.I)
    if not found:
        return ""
    return next((kind for kind in found.groups() if kind), "").lower()


def dub_line(index: Index, text: str, given: str = "", *, anything: bool = True) -> str:
    """Its `#dub` names for the kind of thing `text` asks a name for (its `any` names when it
    has none for that kind, and `anything` will do), with {what} a Latin name of it where the
    line has one; never a line `given` holds; empty when it has none."""
    kind = dub_kind(text)
    latin = latin_name(kind, text)
    # Those not given yet: another name after "another one", its names for anything after its
    # names for the kind.
    tagged = [
        line
        for line in _tagged_lines(index.tagged.get("dub", ()))
        if not held(line.text.replace("{what}", latin), given)
    ]
    lines = [line.text for line in tagged if kind and kind in line.names] or [
        line.text for line in tagged if anything and "any" in line.names
    ]
    return _pick([line.replace("{what}", latin) for line in lines], text)


# Kinds of thing named that say little of what it is ("team" of "our quiz team").
_GENERIC_KINDS = frozenset(("team", "side", "squad", "club", "group", "crew"))


def jesting_line(index: Index, text: str, given: str = "") -> str:
    """Its `#dub` names in jest for the most telling kind of thing `text` names ("quiz" before
    "team" in "our quiz team"), for "funnier"; never a line one of whose names `given` holds;
    empty when it has none."""
    kinds = [k.lower() for k in re.findall(rf"\b(?:{_NAME_KINDS})\b", text, re.IGNORECASE)]
    kinds = sorted(dict.fromkeys(kinds), key=lambda kind: kind in _GENERIC_KINDS)
    lines = _tagged_lines(index.tagged.get("dub", ()))
    for kind in kinds:
        for line in lines:
            said = line.text.replace("{name}", "").replace("{what}", "")
            names = [part.split(",")[0].strip() for part in re.split(r";\s*or\s+", said)]
            if kind in line.names and not any(n and n.lower() in given.lower() for n in names):
                return line.text.replace("{what}", latin_name(kind, text))
    return ""


_EPITHETS = ("invictus", "gloriosus", "magnificus", "indomitus", "formidabilis")


def latin_name(kind: str, text: str) -> str:
    """A naturalist's Latin name for the thing named ("Quizzus pubensis"): its kind as the
    genus, and another word of the message (else a word of praise) as the species."""
    last = (kind or "team").replace("-", "").split()[-1]
    genus = re.sub(r"[aeiouy]+$", "", last).capitalize() + "us"
    words = [
        w
        for w in re.findall(r"[a-z]{3,}", text.lower())
        if w not in ("name", "names", kind) and terms(w) and not re.fullmatch(_NAME_KINDS, w)
    ]
    place = next(
        (w for w in reversed(words) if w not in STOP_LATIN and not set(terms(w)) <= ASKING_TERMS),
        "",
    )
    place = place[:-1] if len(place) > 4 and re.search(r"[^s]s$", place) else place
    species = re.sub(r"[aeiouy]+$", "", place) + "ensis" if place else _pick(list(_EPITHETS), text)
    return f"{genus} {species}"


STOP_LATIN = frozenset(
    "need needs want wants give ideas idea help please pls plz something clever good funny "  # noqa: SIM905
    "new all ones gone taken everything laugh laughs make play plays playing call think "
    "sounds sound our your their".split()
)


def verse_line(index: Index, text: str, given: str = "") -> tuple[str, str]:
    """The persona's `#verse` line on what `text` asks lines about, and the subject to name in
    offering it (as the message says it when short, else the line's own first word); empty
    when it has none on it; never a line that `given` (its answer already) holds."""
    lines = [
        line for line in _tagged_lines(index.tagged.get("verse", ())) if not held(line.text, given)
    ]
    if not lines:
        return "", ""
    said = verse_subject(text)
    subject = set(terms(said or text)) - VERSE_TERMS - ASKING_TERMS
    # Nothing on it: lines fit for what is asked, a blessing or a grace ("a little foraging
    # blessing before saturday"), when it has some.
    best = _most_about(lines, subject) or _most_about(lines, set(terms(text)) & BLESSING_TERMS)
    if not best:
        return "", ""
    line = next(line for line in lines if line.text == best)
    asked = re.search(r"\b(blessing|grace|toast)\b", text, re.IGNORECASE)
    if said and len(said.split()) <= 4:
        what = said
    elif asked and not said:
        what = f"a {asked.group(1).lower()}"  # "For a blessing, Priya, ..."
    else:
        what = line.names[0]
    return best, what


def nearest_verse(index: Index, text: str) -> str:
    """Its lines nearest to a subject it never wrote on: the `#verse` line sharing most words
    with `text`, else its line for `any` subject; empty when it has none."""
    lines = _tagged_lines(index.tagged.get("verse", ()))
    said = set(terms(text)) - VERSE_TERMS - ASKING_TERMS
    shared = [line for line in lines if said & set(terms(line.text))]
    if shared:
        return _by_words(shared, text).text
    general = [line for line in lines if "any" in line.names]
    return general[0].text if general else ""


# Cards that are no greeting card: "a business card", "the card reader", "a yellow card".
OTHER_CARD = folded(
    r"\b(?:bank|credit|debit|sd|sim|memory|id|loyalty|library|business|red|yellow|report|score|"
    r"key|graphics|sound|gift|tarot|playing|green|travel|oyster|railcard|sim|season|place|"
    r"index|flash|cue|trump|wild|calling|membership|store|reward|sd)\s+cards?\b|"
    r"\bcards? (?:reader|machine|payment|number|details|game|games|trick|table|pin|"
    r"terminal|slot)s?\b",
    re.IGNORECASE,
)


def occasions_of(text: str) -> list[str]:
    """The occasions `text` asks words for, most telling first (a name asked for, then grief,
    love, a parting, ...); a card of another kind ("a business card") is no occasion."""
    return list(_occasions(text))


# (Read once for each text: a reply asks it of its message from a score of readers.)
@lru_cache(maxsize=1024)
def _occasions(text: str) -> tuple[str, ...]:
    if NAMING.search(text):
        return ("names",)
    text = OTHER_CARD.sub(" ", text)
    if not _OCCASION_ANY.search(text):
        return ()
    return tuple(
        kind for kind, said in OCCASION_SAID.items() if kind != "names" and said.search(text)
    )


# (Any occasion's words at all: most messages have none, and are not searched kind by kind.)
_OCCASION_ANY = any_of(said for kind, said in OCCASION_SAID.items() if kind != "names")


def purpose_of(text: str) -> str:
    """What the words are for, to say back ("retirement card", "toast"), or "occasion"."""
    # "do" is a do ("the leaving do") only after a word naming which: not "can you also do one
    # line for the sign", whose words are for the sign.
    found = [
        tuple(group or "" for group in match.groups())
        for match in PURPOSE.finditer(text)
        if match.group(3).lower() != "do"
        or match.group(2)
        or re.search(
            r"\b(?:the|a|our|my|his|her|their|this|that|works|office)\s+$",
            text[: match.start()],
            re.I,
        )
    ]
    if not found:
        return "occasion"
    _, modifier, noun = found[-1] if len(found) > 1 and found[0][2] == "night" else found[0]
    noun = re.sub(r"^sign[- ]?off$", "sign-off", noun.lower())
    return f"{modifier.lower()} {noun}".strip()


def thing_of(text: str) -> str:
    """The things a plan is about, as the message counts them ("allotment beds", "cats and
    rabbits"), or "tasks"."""
    for match in COUNTED.finditer(text):
        first, noun, more = (g.lower() if g else "" for g in match.groups())
        if noun in NOT_THINGS or first in ("of",):
            continue
        if first and (first in NOT_THINGS or first.endswith("s") or not first.isalpha()):
            first = ""
        return " ".join(w for w in (first, noun) if w) + (f" and {more}" if more else "")
    return "tasks"


def occasion_line(index: Index, text: str, given: str = "") -> tuple[str, bool]:
    """The persona's `#occasion` line for the occasion `text` asks words for (its line for any
    occasion when none is on it), and whether it is a name (said whole, with no offer); never
    a line that `given` (its answer already) holds."""
    lines = [
        line
        for line in _tagged_lines(index.tagged.get("occasion", ()))
        if not held(line.text, given)
    ]
    if not lines:
        return "", False
    # "a short line for the label, max 12 words": of the lines for it, those whose words fit,
    # while any do.
    size = words_at_most(text)

    def fitting(found: list[Tagged]) -> list[Tagged]:
        return [line for line in found if not size or words_given(line.text) <= size] or found

    kinds = occasions_of(text)
    for kind in kinds:
        on = [line for line in lines if kind in line.names]
        if on:
            return _by_words(fitting(on), text).text, kind == "names"
    if "grief" in kinds:
        return "", False  # (its line for any occasion is a cheer, no words at a wake)
    # (a line kept for a size asked, "short", only when one is)
    general = [
        line for line in lines if "any" in line.names and (size or "short" not in line.names)
    ]
    return (_by_words(fitting(general), text).text, False) if general else ("", False)


def on_occasion(index: Index, line: str, text: str) -> bool:
    """Whether `line`, an `#occasion` line's words, is one for an occasion `text` names, not
    only its line for any occasion."""
    kinds = set(occasions_of(text))
    return any(
        tagged.text == line and kinds & set(tagged.names)
        for tagged in _tagged_lines(index.tagged.get("occasion", ()))
    )


def _by_words(lines: list[Tagged], text: str) -> Tagged:
    """Of `lines`, the one whose other words before the colon `text` says most of ("retirement"
    for a line on moving on), then sharing most words with it; the first among equals."""
    said = set(terms(text))
    return max(lines, key=lambda line: (len(said & line.about), len(said & set(terms(line.text)))))


def recommended(
    index: Index, text: str, ignored: frozenset[str] = frozenset(), *, anything: bool = True
) -> str:
    """The persona's `#recommend` line for what `text` asks a recommendation on: the one whose
    subject words it says most of; its choice for `any` subject when the request names none
    (and `anything` will do); empty when it names one the persona has nothing on."""
    lines = _tagged_lines(index.tagged.get("recommend", ()))
    subject = set(terms(text)) - ASKING_TERMS - ignored
    # On the thing asked of, not a word that says which ("a stomach bug" is no insect).
    best = _most_about(
        tuple(
            line
            for line in lines
            if "any" in line.names or meets_ask(text, line.about - ignored, _said(line.text))
        ),
        subject,
    )
    if best or not anything:
        return best
    if subject - _ANY_SUBJECT:
        return ""
    general = [line for line in lines if "any" in line.names]
    return general[0].text if general else ""


# Words that name no subject of a recommendation ("what would you take to a desert island").
_ANY_SUBJECT = frozenset(
    terms("desert island take bring holiday beach train summer ever favourite one now next")
)


def owned_of_lines(index: Index) -> tuple[str, ...]:
    """The texts of the persona's `#outsideof` lines (owning-ups, as its `#outside` lines are)."""
    return tuple(line.text for line in _tagged_lines(index.tagged.get("outsideof", ())))


def owned_of(index: Index, text: str, ignored: frozenset[str] = frozenset()) -> str:
    """The persona's `#outsideof` line on the everyday subject `text` asks of, far from its
    field ("can you give me a recipe for a quick dinner": its line on cooking), or empty."""
    lines = tuple(
        line
        for line in _tagged_lines(index.tagged.get("outsideof", ()))
        if meets_ask(text, line.about - ignored, _said(line.text))
    )
    return _most_about(lines, set(terms(text)) - ASKING_TERMS - ignored)


def tip(index: Index, text: str, ignored: frozenset[str] = frozenset()) -> str:
    """The persona's `#tip` line on what `text` asks a tip for, or empty."""
    # Only a tip on what is asked of, in the part that asks ("the last lock was a 4 digit code
    # ... any trick to spotting the red herrings": no tip on code), and on the thing itself, not
    # the word that says which ("the gas bill": no tip on gas stoves).
    lines = tuple(
        line
        for line in _tagged_lines(index.tagged.get("tip", ()))
        if meets_ask(text, line.about - ignored, _said(line.text))
    )
    return _most_about(lines, set(terms(text)) - ASKING_TERMS - ignored)


def tip_about(index: Index, text: str, line: str, ignored: frozenset[str] = frozenset()) -> int:
    """How many words of what `text` asks the `#tip` `line` names before its colon."""
    subject = set(terms(text)) - ASKING_TERMS - ignored
    tagged = _tagged_lines(index.tagged.get("tip", ()))
    return max((len(t.about & subject) for t in tagged if t.text == line), default=0)


@lru_cache(maxsize=1024)
def _said(line: str) -> frozenset[str]:
    return frozenset(terms(line))


def _most_about(lines: tuple[Tagged, ...], subject: set[str]) -> str:
    """Of `lines`, the first of those that name most of `subject` before the colon; empty when
    none names any of it."""
    scored = [(len(line.about & subject), line) for line in lines]
    best = max((score for score, _ in scored), default=0)
    return next(line.text for score, line in scored if score == best) if best else ""


# "ok but WHY", "but why though": a question asked again only when it names nothing new of it
# (`engine._asked_again`); "yeah but how was the concert" asks something else.
BUT_WHY = folded(
    r"^\W*(?:(?:ok|okay|fine|yeah|yes|right|sure|sorry|wait|hm+|lol|haha|so)\W+)*but\W+"
    r"(?:then\W+)?(?=(?:why|how)\b)",
    re.IGNORECASE,
)
# A question asked again because it was not answered: "nobody's answered that bit", "you didn't
# answer", "that wasn't the question". Not answered, the answering ends the clause: "you never
# answered my text last night", "no one answered the door" ask nothing again.
_ANSWER_ENDS = r"(?=\s*(?:$|[.,;:!?)@]|(?:tho|though|yet|lol|haha|properly|either|again)\b))"
ANSWER_MISSED = folded(
    r"\b(?:nobody|no ?one|no-one|none of (?:you|u|yous))(?:'s|s| has| have| ever| still| even)* "
    r"(?:really |actually |properly )?(?:answered|answer(?:ed)? (?:it|that|me|the question))\b"
    r"(?: (?:that|this|it|my question|the question|me))?(?: (?:bit|part|one))?" + _ANSWER_ENDS + "|"
    r"\b(?:you|u) (?:didn'?t|did not|didnt|never|still haven'?t|haven'?t) "
    r"(?:really |actually |even )?answer(?:ed)?\b"
    r"(?: (?:that|this|it|my question|the question|me))?(?: (?:bit|part|one))?"
    + _ANSWER_ENDS
    + r"|\b(?:that|this|it) (?:wasn'?t|was not|isn'?t|is not|wasnt|isnt) (?:the|my|what i) "
    r"(?:question|asked|was asking|meant)\b|\bnot what i (?:asked|was asking|meant)\b|"
    r"\b(?:doesn'?t|does not|didn'?t) answer (?:it|that|the question|my question)\b",
    re.IGNORECASE,
)
REASKED = folded(f"{ANSWER_MISSED.pattern}|{BUT_WHY.pattern}", re.IGNORECASE)
# Chatter around a question asked again, that names nothing of it.
_REASK_CHATTER = folded(
    r"\b(?:ok|okay|fine|yeah|yes|right|sure|sorry|wait|lol|haha|lmao|tho|though|then|but|again|"
    r"pls|please|seriously|really|actually|bit|part|still|so|why|how|come|that|this|it|is|was|"
    r"the|question|answer|answered|nobody|anyone|one|you|u|me|my)\b",
    re.IGNORECASE,
)


def reasked(text: str) -> str | None:
    """None when `text` asks nothing again; else what it still says of the question, without
    the words of asking it again ("" when it names nothing: the earlier question is asked):
    "ok fine but then WHY is it slippery, nobody answered that" is "WHY is it slippery"."""
    if not REASKED.search(text):
        return None
    rest = re.sub(r"\s+", " ", REASKED.sub(" ", text)).strip(" ,.;:!?-")
    # Chatter before the question ("tho, why do they die"), and what follows its first
    # sentence ("why though? you just said you never measured it") is no part of it.
    rest = re.sub(r"^(?:(?:tho|though|then|lol|haha|so|and|ok|okay)\W+)+", "", rest, flags=re.I)
    first = re.split(r"[?.!]", rest, maxsplit=1)[0]
    named = _REASK_CHATTER.sub(" ", re.sub(r"[^\w\s']", " ", first))
    return rest if terms(named) else ""


# A beginner's practical question: is it hard, how do I start, can a beginner do it.
BEGINNER = folded(
    r"(?<!why )\b(?:is|would) (?:it|that|this) (?:be )?(?:really |very |too |that |super )?"
    r"(?:hard|difficult|tricky|complicated|doable)\b|"
    r"\bhow (?:hard|difficult|tricky|easy) (?:is|would|will)\b|"
    r"\bhow (?:do|would|should|can|could) (?:i|we|u|you|one) (?:even |actually |best |ever )?"
    r"(?:start|begin|get started|get into|get going)\b|"
    r"\bwhere (?:do|should|would|can|could) (?:i|we|u|one) (?:even |actually )?(?:start|begin)\b|"
    r"\b(?:can|could) (?:a|an) (?:total |complete |absolute )?(?:beginner|newbie|novice|amateur)\b|"
    r"\b(?:as|for) (?:a|an) (?:total |complete |absolute )?(?:beginner|newbie|novice|noob)\b|"
    r"\b(?:total|complete|absolute) (?:beginner|newbie|novice|noob)\b|"
    r"\btoo old to (?:start|learn|begin)\b",
    re.IGNORECASE,
)


def beginner_asked(text: str) -> bool:
    """Whether `text` is a beginner's practical question ("is it hard for a beginner", "how do i
    even start", "i want to learn to code at 52, where do i start")."""
    return bool(BEGINNER.search(text))


# Words for a sign asked of the persona: "write us a sign! like 4 words max", "we need a sign
# for reception", "can you do a sign for the honey stall"; not "sign up", "a sign of rain",
# "my star sign", "sign the card" (a verb), nor "the sign fell down" (told of).
SIGN_ASKED = folded(
    r"\b(?:write|need|want|make|do|give|got|suggest|think of|come up with|design|draft|"
    r"help (?:me|us)(?: with| write)?)\b(?:\s+(?:me|us))?\s+(?:(?:a|an|the|some|our|my)\s+)?"
    # (not "do you notice how ...", "make people sign")
    r"(?:(?!(?:you|u|we|i|they|he|she|it|people|anyone|someone)\b)[\w'-]+\s+){0,3}?"
    # (not "i need to sign the lease": a verb)
    r"(?<!\bto )(?:sign|signs|signage|notice)\b(?!\s+(?:up|off|in|out|of|language)\b)",
    re.IGNORECASE,
)
_COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# A size in words asked: "4 words max", "no more than five words", "in 3 words", "a 4 word sign".
WORDS_AT_MOST = folded(
    # (a sign's few words, not "40 words of notes")
    rf"\b(?P<n>[1-9]|1[0-2]|{'|'.join(_COUNT_WORDS)})[- ]words?\b(?!\s+of\b)|"
    r"\b(?:max|maximum|at most|no more than|under|up to)\s+"
    rf"(?P<m>[1-9]|1[0-2]|{'|'.join(_COUNT_WORDS)})\s+words?\b",
    re.IGNORECASE,
)


# Whether a sign is needed at all, asked: "do we need a sign for the gate?" asks for no words.
SIGN_WHETHER = folded(
    r"^\W*(?:do|does|should|shall) (?:we|i|they) (?:even |really |still )?(?:need|have|want)\b",
    re.IGNORECASE,
)


def sign_asked(text: str) -> bool:
    """Whether `text` asks for the words of a sign (`SIGN_ASKED`), not whether one is needed."""
    return bool(SIGN_ASKED.search(text)) and not SIGN_WHETHER.match(text) and not HOW_TO.match(text)


def words_given(line: str) -> int:
    """How many words `line` gives to be used: those in its quotation marks when it has any
    ("Raise a cup with Sir Toby: \"Dost thou think ...\"": the quotation), else all of it."""
    quoted = re.findall(r"[\"\u201c]([^\"\u201d]+)[\"\u201d]", line)
    return len(" ".join(quoted or [line]).split())


# Words asked to be few, with no count: "a short line of yours", "nothing too long".
SHORT_ASKED = folded(
    r"\b(?:short|shortish|brief|quick|snappy) (?:line|quote|quotation|saying|motto|verse)\b|"
    r"\b(?:nothing|not) (?:too |very |that )?(?:long|wordy)\b|\bkeep it (?:short|brief)\b",
    re.IGNORECASE,
)


def words_at_most(text: str) -> int:
    """The most words `text` allows what it asks for ("like 4 words max": 4), else 0."""
    found = WORDS_AT_MOST.search(text)
    if not found:
        # "a short line", "nothing too long, my hands cramp": a dozen words
        return 12 if SHORT_ASKED.search(text) else 0
    count = (found.group("n") or found.group("m")).lower()
    return int(count) if count.isdigit() else _COUNT_WORDS[count]


def sign_lines(index: Index) -> tuple[str, ...]:
    """Its words for signs: `#card sign` lines, keyed after "sign" as `#know` lines are ("#card
    sign car/wash: Out, Damned Spot!", "#card sign any: ..."), with "sign " taken off. No card
    asked is of the occasion "sign", so no card is written from them."""
    return tuple(
        line.removeprefix("sign ")
        for line in index.tagged.get("card", ())
        if line.startswith("sign ")
    )


# A sign that keeps something out or stops it: "no smoking", "stop people parking", "about
# customers getting in with chips".
FORBIDDING = folded(
    r"\b(?:no|not|don'?t|stop|stopping|keep (?:out|off|away)|without|getting in with|banned|"
    r"ban|allowed|forbidden|please (?:don'?t|do not))\b",
    re.IGNORECASE,
)


# What the sign is for, told in a clause of its own after the asking: "..., it's always left
# open", "..., people keep asking if we're open".
PURPOSE_TOLD = folded(
    r"[,.;:!?-]\s*(?:and |but |cos |because |as )?(?:it'?s|it is|they|they'?re|people|we|we'?re|"
    r"i|i'?m|someone|kids|everyone|nobody|no one|the \w+ (?:is|are|keeps?|gets?|was|were))\b",
    re.IGNORECASE,
)


def sign_line(
    index: Index, text: str, given: str = "", setting: str = "", anything: bool = True
) -> str:
    """The words of its `#sign` line for what the sign is for (keyed as `#know` lines are: "car
    wash", "dogs cats"), within the size asked ("4 words max"); for what the room is for
    (`setting`, its theme: "Charity Car Wash") when the message names no such thing; its `any`
    ones when neither does (unless not `anything`). Not one `given` holds while another fits.
    Empty when none fits."""
    size = words_at_most(text)
    lines = tuple(
        line
        for line in sign_lines(index)
        if not size or len(line.partition(":")[2].split()) <= size
    )
    keyed = tuple(line for line in lines if not line.startswith("any:"))
    asked = SIGN_ASKED.search(text)
    told = PURPOSE_TOLD.search(text, asked.end()) if asked else None
    found = next(
        (
            found
            # (a purpose told is what its words must be on: not "Shut the Door" for "a sign for
            # the door, people keep asking if we're open")
            for said in ((text[told.start() :],) if told else (text, setting))
            if keyed and (found := best_known(knowns(keyed), said, (given,)))
        ),
        "",
    )
    if found or not anything:
        return found
    if FORBIDDING.search(text) or told:
        # A sign against something it has no words for, or for a purpose told that it cannot
        # read ("it's always left open"): never "All Are Welcome".
        return ""
    spare = [line.partition(":")[2].strip() for line in lines if line.startswith("any:")]
    return next((line for line in spare if not held(line, given)), spare[0] if spare else "")


# A number as people write one in a check: "3.9", "£4.50", "3/8", "80p", "2 for £8" (each).
_CHECKED_NUMBER = (
    r"(?:(?P<{0}n>\d{{1,4}}) for )?(?P<{0}s>[£$€])?(?P<{0}v>\d+(?:\.\d+)?)(?:/(?P<{0}d>\d+))?"
    r"(?P<{0}p>p\b)?(?:\s?(?:°\s?[cf]?|c\b|f\b|%|kg\b|g\b|m\b|cm\b|mm\b|km\b|ml\b|l\b))?"
)
# Which way a check compares: the word, and whether the first must be less (-1), more (1),
# at least (2), at most (-2).
_CHECK_WAYS = {
    "under": -1, "below": -1, "less than": -1, "lower than": -1, "smaller than": -1,
    "cheaper than": -1, "fewer than": -1, "shorter than": -1, "lighter than": -1,
    "over": 1, "above": 1, "more than": 1, "higher than": 1, "bigger than": 1,
    "greater than": 1, "larger than": 1, "dearer than": 1, "more expensive than": 1,
    "longer than": 1, "heavier than": 1, "at least": 2, "at most": -2, "no more than": -2,
}  # fmt: skip
_WAY = "|".join(sorted(_CHECK_WAYS, key=len, reverse=True))
# A figure checked against another, asked yes or no: "3.9°C, should be under 4 right?", "is 3/8
# bigger than 1/3", "is £4.50 cheaper than 2 for £8". No other figure between the two.
CHECK_ASKED = folded(
    _CHECKED_NUMBER.format("a")
    + r"(?P<mid>[^\d?!]{0,40}?)\b(?P<way>"
    + _WAY
    + r")\s+"
    + _CHECKED_NUMBER.format("b")
    + r"(?P<tail>[^\d]{0,30})$",
    re.IGNORECASE,
)
# What makes it a question put for a yes or no: "right?", "yeah", "isn't it", "correct?", a "?".
_CHECK_QUESTION = folded(
    r"\?|\b(?:right|yeah|yes|correct|innit|isn'?t it|no|ok|surely)\W*$|^\W*(?:is|are|was|does|"
    r"do|should|would|will|can|isn'?t)\b",
    re.IGNORECASE,
)


def _checked_value(m: re.Match[str], side: str) -> tuple[float, str]:
    """The value of one side of a check, and how to say it ("2 for £8 (£4 each)")."""
    value = float(m.group(f"{side}v"))
    if m.group(f"{side}d"):
        value /= int(m.group(f"{side}d")) or 1
    if m.group(f"{side}p"):
        value /= 100
    said = m.group(0)[m.start(f"{side}v") - m.start(0) : m.end(f"{side}v") - m.start(0)]
    said = (m.group(f"{side}s") or "") + said
    if m.group(f"{side}d"):
        said += f"/{m.group(f'{side}d')}"
    if m.group(f"{side}p"):
        said += "p"
    each = m.group(f"{side}n")
    if each and int(each):
        value /= int(each)
        said = f"{each} for {said} ({_plain(value, m.group(f'{side}s') or '')} each)"
    return value, said


def _plain(value: float, sign: str = "") -> str:
    """A value said plainly: "£4", "£4.50", "0.375", "4"."""
    if sign:
        return f"{sign}{value:,.2f}".replace(".00", "")
    return f"{value:.3f}".rstrip("0").rstrip(".")


def check_of(text: str) -> tuple[bool, str] | None:
    """A figure checked against another, yes or no, worked: (whether it holds, the working:
    "3.9 is under 4, by 0.1"); None when `text` asks no such check ("the table is 3m long",
    "over 4 of us are going"), or says both sides in one figure."""
    clause = re.split(r"(?<=[.!?])\s+|\s*\bbut\b", text.strip())
    for part in clause:
        m = CHECK_ASKED.search(part)
        if not m or not _CHECK_QUESTION.search(part):
            continue
        if len(re.findall(r"\d+(?:[.,/]\d+)*", part)) != len(re.findall(r"\d+(?:[./]\d+)*", m[0])):
            continue  # "will 14 people at £85 be more than £1000": a sum first, not a check
        (a, a_said), (b, b_said) = _checked_value(m, "a"), _checked_value(m, "b")
        way = _CHECK_WAYS[m.group("way").lower()]
        holds = {-1: a < b, 1: a > b, 2: a >= b, -2: a <= b}[way]
        word = m.group("way").lower()
        sign = m.group("as") or m.group("bs") or ""
        gap = abs(a - b)
        if a == b:
            return holds, f"{a_said} and {b_said} are the same"
        by = _plain(gap, sign) if not (m.group("ad") or m.group("bd")) else ""
        said = f"{a_said} is {'' if holds else 'not '}{word} {b_said}"
        if m.group("ad") or m.group("bd"):
            said += f" ({_plain(a)} against {_plain(b)})"
        elif by:
            side = ("cheaper" if a < b else "dearer") if sign else ("under" if a < b else "over")
            by = f"{round(gap * 100)}p" if sign == "£" and gap < 1 else by
            said += f": it is {by} {side}" if not holds else f", by {by}"
        return holds, said
    return None
