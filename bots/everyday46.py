"""Practical everyday asks far from a persona's field, answered with sound advice (everyday46).

"my cat hasnt eaten since we moved", "my toddler wont eat anything green", "i cant sleep before
exams", "tips for memorising vocab", "my rice always turns to mush", "what should i pack for
iceland in march", "i keep rushing the tempo": the personas had dodged ("I am no cook, I'm
afraid"), asked to be told more, or given a stock line met on one word (rate45: Curie told of
her own fainting from hunger when asked about a toddler; Darwin said why cats sleep when asked
about a cat off its food). Each ask is read by its TOPIC (`TOPICS`: pets, children, sleep, study,
money, cooking, travel, fitness, home, plants, music practice, minor ailments) and by its SHAPE
within the topic (`ADVICE`: not eating, won't stop, how to start, how often, what to pack, ...),
so an unseen ask of the same kind gets a fitting line: the persona's short owning-up or a true
touch of its own life (`LEADS`), then the sound advice a wise friend would give, with a
threshold for a vet or a doctor where one matters. A wage and a rent or spending given in
figures are worked (`_money`).

Never read so (`_GRAVE`): a death, a grief, a crisis, harm or a serious illness (`bots.care`
and `bots.safety` answer those); a trouble with a person (`bots.advice45`); news with no ask.

`advised(slug, message, earlier)` gives the line (with "{name}" for whom it answers) or "";
`earlier`: the room's lines just before, read when `message` only asks "any ideas?"."""

from __future__ import annotations

import re

# Grief, crisis, harm, serious illness or an emergency: never an everyday ask.
_GRAVE = re.compile(
    r"\b(?:died|dies|dead|death|dying|passed away|put down|put to sleep|funeral|grief|grieving|"
    r"cancer|tumou?r|chemo|diagnos\w*|hospital|a&e|emergency|ambulance|seizures?|fits|"
    r"bleeding|blood|vomit\w*|poison\w*|chocolate|hit by|run over|suicid\w*|kill\w*|"
    r"self.?harm|hurt myself|end it|want to die|abus\w*|overdose|depress\w*|eating disorder|"
    r"anorexi\w*|bulimi\w*|pregnan\w*|chest pain|can'?t breathe|cant breathe|lump|"
    r"breathing|fainted|unconscious|not breathing|lethargic|collapsed|limping|bleach|drank|"
    r"swallowed|chok\w*|fever|rash|allerg\w*|lil(?:y|ies)|broken|broke (?:my|her|his) \w+|"
    r"burn\w*|burnt|scald\w*|at the vets?|vets? (?:says|said|thinks)|for days|for a week|"
    r"surgery|operation|x-?rays?)\b",
    re.I,
)

# An ask for advice, or a trouble told ("my rice always turns to mush").
_ASKED = re.compile(
    r"\?|\b(?:how|what|whats|what's|which|when|why|should|shall|can|could|is it|is there|"
    r"tips?|ideas?|advice|help|any(?:one|body)|best way|recommend\w*|suggest\w*|"
    r"always|keeps?|kept|never|wont|won'?t|refuses?|hasn'?t|hasnt|haven'?t|havent|"
    r"cant|can'?t|doesn'?t|doesnt|don'?t|dont|stop|too|every time|each time|normal|"
    r"going (?:yellow|brown)|turning (?:yellow|brown)|dying|wilt\w*|droop\w*)\b",
    re.I,
)

# "any ideas", "what should i do", "help": an ask that leans on the lines before it.
_FOLLOWS = re.compile(
    r"^\W*(?:so\W+|ok\W+|any(?:one|body)?\W+)*(?:any\s+)?(?:ideas?|tips?|advice|help|"
    r"suggestions?|what (?:should|can|do|would) (?:i|we|you)(?: do)?|what now|"
    r"how do (?:i|we) (?:fix|stop|help) (?:it|this|that|her|him|them))\b",
    re.I,
)

# A question of curiosity, not of a trouble of one's own: "why do dogs bark at the postman",
# "why do my legs ache two days after a run" (unless a trouble recurs: "why does my dog keep").
_CURIOUS = re.compile(r"^\W*(?:why|how come|what makes|how do (?:people|they|some))\b", re.I)
_RECURS = re.compile(r"\b(?:keeps?|always|won'?t|wont|never|can'?t|cant|stop)\b", re.I)
# Asked of the persona's own life ("did you practise the violin every day?"), whether a thing is
# safe or true, a sum ("my gym is 32 quid a month, how much is that a year"), a pick ("tea or
# coffee while we revise?"), nerves, or a command to the house bot: not this module's.
_NOT_OURS = re.compile(
    r"\b(?:(?:did|have|were|was) you|your|do you (?:like|play|think|remember|ever))\b|"
    r"\b(?:dangerous|safe|harmful|toxic|poisonous|bad for|true|myth)\b|"
    r"\bhow (?:much|many)\b.*\d|\d.*\bhow (?:much|many)\b|[£$€]|\bquid\b|"
    r"^\W*(?:@\w+\W+)?\w+(?: \w+)? or \w+|\b(?:nervous|anxious|nerves|panic\w*|calm)\b|^\s*/\w+|"
    r"\bhow (?:much|many)\b|\bis it (?:ok|okay|bad|wrong|fine|alright|rude) to\b|\bluck\b|"
    # a view asked or a feeling shared, not a how-to: "is it dumb to spend money on concerts when
    # im broke", "is it wrong that i feel guilty ...", "anyone else ... or just me", "can't
    # sleep, so here i am"
    r"\bis it (?:dumb|stupid|silly|weird|normal|wrong|bad|selfish|lazy|crazy)\b|"
    r"\b(?:guilty|guilt)\b|\bor (?:is it )?just me\b|\bam i the only\b|\bhere i am\b|"
    r"\b(?:fear|afraid|scared|frightened|terrified)\b|"
    r"(?:^|[,.;!?]\s*|\b(?:and|so)\s+)(?:should|can|could|must) (?:i|we)\b(?! do\b)|"
    r"\b(?:caption|poem|song|(?:birthday|greeting|thank you|leaving) card|toast|joke|"
    r"limerick|haiku|write|sign|in one sentence|"
    r"explain|blight|mildew|disease|pests?|aphids?|too old|good idea|rice cooker|recipe)\b|"
    r"\btell (?:my|him|her|them)\b|\bcan (?:someone|anyone|somebody)\b|%|\d+/\d+|"
    r"\b(?:habit|bothered|motivat\w*|lazy|discipline|distracted)\b|"
    r"\b(?:neighbou?r\w*|neighbor\w*|next door|upstairs|downstairs|bring it up|talk to)\b",
    re.I,
)
# An ask is one's own or asks for help in so many words ("did emma get up with the babies?" is
# neither).
_HELP = re.compile(
    r"\b(?:my|our|i|i'?m|im|me|we)\b|\b(?:tips?|ideas?|advice|help|best way|cure|remedy|"
    r"good for|what helps|how (?:do|to|can|should|often|long)|too (?:hot|cold))\b",
    re.I,
)
_OWN = re.compile(r"\b(?:my|our|i|i'?m|im|me|we)\b", re.I)

_PERSONAS = ("einstein", "shakespeare", "curie", "lovelace", "socrates", "darwin")
_TO = re.compile(r"^\W*@?(" + "|".join(_PERSONAS) + r")\b[\s,:]*", re.I)
_AT = re.compile(r"@(\w+)")


# A cold as an illness ("whats good for a cold", "my head cold"), not a cold garage or sea.
_COLD = (
    r"(?:(?:have|got|caught|getting|with|for|fight\w*|shake|over) (?:a |this |my )?"
    r"(?:bad |nasty |head |chest |summer )?|head |chest |my )cold\b"
)


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


# The topics, first match wins: (topic, its words).
TOPICS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "pets",
        _re(
            r"\b(?:cats?|kitt(?:en|y|ies)s?|dogs?|pupp(?:y|ies)|pup|hamsters?|rabbits?|bunny|"
            r"guinea pigs?|budgies?|parrots?|goldfish|tortoise)\b"
        ),
    ),
    (
        "plants",
        _re(
            r"\b(?:plants?|basil|cact(?:us|i)|succulents?|monstera|orchids?|ferns?|tomato(?:es)?"
            r" plants?|herbs?|houseplants?|seedlings?|pothos|peace lily|spider plant|bonsai|"
            r"aloe|tomato(?:es)?)\b"
        ),
    ),
    (
        "kids",
        _re(
            r"\b(?:toddlers?|kids?|child|children|son|daughter|baby|babies|\d+\s?(?:yo|year old|"
            r"yr old|y/o)|little one|teen(?:ager)?s?|preschooler)\b"
        ),
    ),
    (
        "music",
        _re(
            r"\b(?:tempo|metronome|piano|guitar|violin|cello|drums?|flute|ukulele|saxophone|"
            r"trumpet|keyboard|instrument|scales|chords?|sight.?read\w*)\b"
        ),
    ),
    (
        "money",
        _re(
            r"\b(?:sav(?:e|ing|ings)|budget\w*|broke|debt|credit card|overdraft|rent|salary|"
            r"pay ?day|paycheck|wage|money)\b|\b(?:earn|make|take home)\w*\s+[£$€]?\d"
        ),
    ),
    (
        "cooking",
        _re(
            r"\b(?:rice|pasta|spaghetti|noodles|bread|dough|eggs?|omelett?e|pan|steak|"
            r"chicken|cake|cookies|biscuits|potatoes|roast|sauce|soup|cook\w*|bak(?:e|ing))\b"
        ),
    ),
    (
        "travel",
        _re(
            r"\b(?:(?:pack|packing) for|to pack|should i pack|packing list|suitcase|luggage|"
            r"flight|fly|flying|jet ?lag|trip|holiday|"
            r"vacation|travel\w*|visit(?:ing)?|iceland|norway|scotland|athens|greece|rome|"
            r"italy|spain|egypt|dubai|thailand|japan|lapland|finland|canada)\b"
        ),
    ),
    (
        "sleep",
        _re(
            r"\b(?:sleep\w*|asleep|insomnia|awake|wake up|waking|snooze|nap|tired|bedtime|"
            r"\d+\s?am)\b"
        ),
    ),
    (
        "study",
        _re(
            r"\b(?:procrastinat\w*|revision|revise|revising|studying|study|exams?|homework|"
            r"vocab\w*|"
            r"memori[sz]\w*|flashcards?|focus|concentrat\w*|essay|lectures?|test)\b"
        ),
    ),
    (
        "fitness",
        _re(
            r"\b(?:run|running|jog\w*|gym|workout|exercis\w*|fit|fitter|stretch\w*|"
            r"swim|swimming|push.?ups?|weights|back (?:hurts|ache|pain)|knees?|"
            r"out of breath|posture|sitting all day)\b"
        ),
    ),
    (
        "home",
        _re(
            r"\b(?:mou?ld|oven|carpet|stain|limescale|clean\w*|tidy|messy|clutter\w*|"
            r"laundry|washing|dishes|bathroom|kitchen|flat|house|fridge)\b"
        ),
    ),
    (
        "health",
        _re(
            r"\b(?:hangover|hungover|sore throat|" + _COLD + r"|flu|cough\w*|"
            r"hiccups?|headache|"
            r"blocked nose|runny nose|sneez\w*|sunburn\w*|blisters?)\b"
        ),
    ),
)

# Within each topic, the shapes of ask: (shape, its words, the advice), first match wins.
NOT_EATING = (
    r"(?:\b(?:not|isn'?t|isnt|hasn'?t|hasnt|won'?t|wont|doesn'?t|doesnt|refus\w*|stopped|off)\s+"
    r"(?:been\s+)?(?:eat\w*|food|touch\w* (?:its|his|her) food)|\bpicky|\bfussy|\bnot hungry)"
)

ADVICE: dict[str, tuple[tuple[str, re.Pattern[str], str], ...]] = {
    "pets": (
        (
            "cat off food",
            _re(r"\b(?:cat|kitt\w*)\b.*" + NOT_EATING + "|" + NOT_EATING + r".*\bcat\b"),
            "A change, a move above all, often puts a cat off food: give her a quiet room and "
            "warm, smelly wet food. But a cat that eats nothing for over a day or two must see "
            "a vet; fasting harms its liver.",
        ),
        (
            "off food",
            _re(NOT_EATING),
            "Stress or a change can put a pet off a meal or two: keep water down and offer its "
            "usual food without fuss. If it refuses everything for over a day, or seems "
            "unwell, see the vet.",
        ),
        (
            "barking",
            _re(
                r"\b(?:bark\w*|howl\w*)\b.*\b(?:night|all day|keeps?|stop|constantly|nonstop|"
                r"neighbou?rs?)\b|\b(?:keeps?|won'?t stop|wont stop|stop)\b.*\b(?:bark|howl)\w*"
            ),
            "A dog that barks on and on is bored, lonely or guarding: a long walk, something to "
            "chew, its bed near yours at night, praise for quiet, and no shouting. If it is "
            "new, see a vet.",
        ),
        (
            "biting",
            _re(
                r"\b(?:pupp(?:y|ies)|pups?|kittens?)\b.*\b(?:bit(?:e|es|ing)|nip\w*|chew\w*|"
                r"mouth\w*)\b"
            ),
            "Puppies explore with their mouths: when teeth touch skin, say ouch, stop the game "
            "a moment and hand it a chew toy instead, the same way every time. Most grow out "
            "of it by about six months.",
        ),
        (
            "scratching",
            _re(r"\bscratch\w*\b"),
            "Scratching keeps a cat's claws in order and marks its ground: put a tall, sturdy "
            "post right by the sofa, praise it there, and cover its favourite corner for a few "
            "weeks.",
        ),
        (
            "pulling",
            _re(r"\b(?:pull\w*|lead|leash|drag\w*)\b"),
            "Stop dead whenever the lead goes tight, walk on only when it slackens, and "
            "reward him when he walks at your side. A little practice every day teaches it in "
            "a few weeks; shouting teaches nothing.",
        ),
        (
            "hamster sleeps",
            _re(r"\bhamsters?\b.*\bsleep\w*\b.*\b(?:normal|ok|okay|worried|worry|should i)\b"),
            "Quite normal: hamsters are night animals, asleep by day and busy from dusk. Let it "
            "sleep, and worry only if it stops eating, loses weight or won't stir at night "
            "either; then a vet should see it.",
        ),
        (
            "sleeps",
            _re(r"\bsleep\w*\b.*\b(?:normal|ok|okay|worried|worry|should i)\b"),
            "Mostly normal: cats sleep twelve to sixteen hours a day, and grown dogs twelve or "
            "more. Worry only if it also stops eating, loses weight or is hard to rouse; then "
            "a vet should see it.",
        ),
    ),
    "kids": (
        (
            "won't eat",
            _re(NOT_EATING + r"|\b(?:eat|try)\b.*\b(?:green|veg\w*|new food|anything)\b"),
            "Put a small taste of it beside food they like, again and again, with no pressure "
            "or bribes; children often need ten tries or more, and seeing you eat it helps "
            "most.",
        ),
        (
            "baby sleep",
            _re(r"\bbab(?:y|ies)\b.*\b(?:sleep\w*|night|wak\w*|bed)\b"),
            "Babies wake at night for months, and that is normal: the same calm routine every "
            "night, a dark room, and down drowsy but awake help it settle. Most sleep longer "
            "from about six months.",
        ),
        (
            "bedtime",
            _re(
                r"^(?!.*\b(?:trip|flight|journey|car|coach|train|plane|holiday)\b).*\b(?:bed|"
                r"bedtime|sleep\w*|night)\b"
            ),
            "The same routine at the same hour every night: bath, story, lights out, no "
            "screens before. If they get up, walk them back calmly, every time; dull and kind "
            "wins.",
        ),
        (
            "tantrum",
            _re(r"\b(?:tantrums?|meltdowns?|screams?|scream\w*|cries|crying|hits|hitting)\b"),
            "Warn them five minutes before you leave and again at one; then stay calm, name "
            "the feeling (you're sad to go, I know), and go anyway. Giving in teaches that "
            "tantrums work.",
        ),
        (
            "reading",
            _re(
                r"\b(?:read(?:ing)? more|to read|into (?:reading|books)|(?:enjoy|love|like|hates?)"
                r" (?:reading|books)|(?:won'?t|wont|doesn'?t|doesnt|never|refuses to) read)\b"
            ),
            "Read together every day, let them choose books about what they love, comics "
            "included, and let them see you reading; never make a book a punishment.",
        ),
        (
            "screens",
            _re(r"\b(?:phone|screen\w*|ipad|tablet|gaming|games|tiktok|youtube)\b"),
            "Agree the limits with them rather than by decree, keep phones out of bedrooms at "
            "night, and keep to the rules yourself; something better to do beats any ban.",
        ),
    ),
    "sleep": (
        (
            "waking",
            _re(r"\b(?:wak\w*|wake)\b.*\b(?:\d+\s?am|night|early|middle)\b"),
            "Don't look at the clock; awake twenty minutes, get up and read something dull in "
            "dim light. Late caffeine and alcohol both cause early waking; if it lasts weeks, "
            "see a doctor.",
        ),
        (
            "staying awake",
            _re(r"\b(?:stay|staying|keep)\b.*\bawake\b"),
            "Sleep enough the night before, above all; then sit near the front, take notes by "
            "hand, keep water with you and move about in the breaks. A heavy lunch makes any "
            "afternoon drowsy.",
        ),
        (
            "can't sleep",
            _re(
                r"\b(?:can'?t|cant|cannot|struggl\w* to|trouble|hard to|never)\s+(?:get to\s+|"
                r"fall\s+)?(?:sleep|asleep)\b|\binsomnia\b|\b(?:sleep\w*|fall\w* asleep) (?:faster|"
                r"better|quicker|easier)\b|\btips for (?:sleep\w*|falling asleep)\b"
            ),
            "Keep the same bedtime and waking time, no caffeine after lunch, no screens late, "
            "a dark, cool room; awake after twenty minutes, get up and read something dull.",
        ),
    ),
    "study": (
        (
            "memorising",
            _re(r"\b(?:memori[sz]\w*|vocab\w*|remember\w*|words|flashcards?)\b"),
            "Test yourself rather than reread: flashcards, a few minutes every day, each word "
            "coming back after a day, then three, then a week. Use each new word aloud in a "
            "sentence of your own.",
        ),
        (
            "focus",
            _re(r"\b(?:focus\w*|concentrat\w*|distract\w*)\b"),
            "Put your phone in another room, work twenty-five minutes on one task and rest "
            "five, at the same desk and hour each day; the first ten minutes are the hardest.",
        ),
        (
            "revising",
            _re(r"^(?!.*\b(?:tonight|tomorrow)\b).*\b(?:revis\w*|exams?|prepare|prep)\b"),
            "Do past papers against the clock, mark them, and spend most of your time on what "
            "you got wrong; short daily sessions beat a cram, and sleep beats a last hour's "
            "reading.",
        ),
    ),
    "money": (
        (
            "card first",
            _re(r"\b(?:credit card|debt|overdraft|loan)\b"),
            "Clear the card first: its interest, often twenty per cent a year or more, is far "
            "more than any savings account pays you. Keep a small cushion for emergencies, pay "
            "off the card, then save.",
        ),
        (
            "saving",
            _re(
                r"\b(?:sav(?:e|ing) (?:money|up|more|anything)|savings|broke|my budget|budgeting|"
                r"spend less|spending)\b(?! on)"
            ),
            "Pay yourself first: the day you're paid, move a fixed sum, even a tenth, into an "
            "account you don't touch. Write down a month's spending to see where it really "
            "goes, and cut what you don't miss.",
        ),
    ),
    "cooking": (
        (
            "mushy rice",
            _re(
                r"\brice\b.*\b(?:mush\w*|sticky|soggy|gluey|stodgy|clump\w*|crunchy|undercooked|"
                r"fluffy|perfect|right)\b|\bhow (?:do|to|should) (?:i|you) cook rice\b"
            ),
            "Rinse it till the water runs clear and use less water, about one and a half cups "
            "to one of white rice; simmer it covered on the lowest heat, unstirred, then rest "
            "it ten minutes.",
        ),
        (
            "sticking pasta",
            _re(
                r"\b(?:pasta|spaghetti|noodles)\b.*\b(?:stick\w*|clump\w*|soggy|mush\w*|"
                r"gluey)\b|\bhow (?:do|to|should) (?:i|you) (?:cook|boil) (?:pasta|spaghetti)\b"
            ),
            "Your biggest pot, plenty of salted water at a rolling boil, and a stir in the "
            "first two minutes, when it sticks; oil in the water does nothing. Drain it "
            "straight into the sauce.",
        ),
        (
            "sticking pan",
            _re(r"\bstick\w*\b"),
            "Heat the pan first, then the oil or butter, then the food, and don't move it until "
            "it lets go by itself; for eggs, a non-stick pan over a medium-low heat with a "
            "little butter is easiest.",
        ),
        (
            "bread",
            _re(
                r"\b(?:bread|dough|loaf)\b.*\b(?:ris\w*|rose|flat|dense|heavy|brick|"
                r"doorstop|proving|prove)\b"
            ),
            "Yeast needs warmth, food and time: water hotter than a bath kills it, salt poured "
            "on it slows it, and old yeast fails. Leave the dough somewhere warm until doubled.",
        ),
    ),
    "travel": (
        (
            "jet lag",
            _re(r"\bjet ?lag\w*\b"),
            "Live on the new clock at once: daylight in the new morning, meals at local times, "
            "and naps of twenty minutes at most. The body shifts about an hour a day, and "
            "flying west is easier than east.",
        ),
        (
            "baby on board",
            _re(
                r"\b(?:baby|babies|toddler|kids?|child)\b.*\b(?:flight|fly|flying|plane)\b|"
                r"\b(?:flight|fly|flying|plane)\b.*\b(?:baby|babies|toddler|kids?|child)\b"
            ),
            "Feed the baby at take-off and landing, since swallowing eases the ears; ask for "
            "a bassinet seat, pack spare clothes for you both and a few toys it has never "
            "seen, and walk the aisle when it fusses.",
        ),
        (
            "pack cold",
            _re(
                r"\b(?:(?:pack|packing) for|to pack|should i pack|packing list|wear|bring|"
                r"clothes|suitcase)\b.*\b(?:iceland|norway|scotland|"
                r"finland|lapland|canada|alaska|sweden|the alps|alps|patagonia|highlands)\b"
            ),
            "Layers rather than bulk: a thermal layer, a fleece and a windproof, waterproof "
            "shell, with a hat, gloves and boots you have already walked in; the weather "
            "there can turn within the hour.",
        ),
        (
            "pack",
            _re(r"\b(?:(?:pack|packing) for|to pack|should i pack|packing list|suitcase)\b"),
            "Look up the average for that month, pack layers rather than bulk, one warm and "
            "one waterproof, and shoes you have walked in; then lay it all out and take half.",
        ),
        (
            "too hot",
            _re(
                r"\btoo (?:hot|warm)\b.*\b(?:june|july|august|jul|aug)\b.*|\b(?:june|july|"
                r"august)\b.*\btoo (?:hot|warm)\b"
            ),
            "It is hot there then, often above thirty degrees by day, but manageable: "
            "sightsee early and in the evening, rest in the shade at midday as the locals do, "
            "and carry water, a hat and sun cream.",
        ),
    ),
    "fitness": (
        (
            "sitting",
            _re(r"\b(?:sitting|desk|chair|posture)\b"),
            "Get up and move every half hour, screen at eye level, feet flat, and walk daily; "
            "a stiff back wants movement. Pain that shoots down a leg or lasts for weeks needs "
            "a doctor.",
        ),
        (
            "sore",
            _re(r"\b(?:hurt\w*|pain\w*|ache\w*|sore)\b"),
            "Ease off before it gets worse: cut the distance, add no more than a tenth a week, "
            "and get shoes that fit you. Pain that swells, or lasts a couple of weeks, needs a "
            "doctor or a physio.",
        ),
        (
            "start running",
            _re(
                r"\b(?:start\w*|begin\w*|get into|beginner|couch|giving up on)\b.*"
                r"\b(?:running|jogging|run|jog)\b|\bout of breath\b|\b(?:running|"
                r"jogging) (?:tips|plan)\b"
            ),
            "Run and walk in turns: a minute jogging, a minute or two walking, for twenty "
            "minutes three times a week, running a little more each week. Go slowly enough to "
            "talk; out of breath only means too fast.",
        ),
        (
            "gym",
            _re(
                r"\b(?:gym|weights|workout|exercis\w*)\b.*\b(?:beginner|start\w*|new to|first "
                r"time|routine|plan)\b|\b(?:beginner|start\w*|new to)\b.*\b(?:gym|weights)\b"
            ),
            "Two or three full-body sessions a week, with a rest day between, is plenty at "
            "first: learn each movement with light weights, and add a little as it gets easy.",
        ),
        (
            "swim",
            _re(r"\b(?:learn\w*|lessons?|can'?t|cant|how (?:do|can) i|teach\w*)\b.*\bswim\w*\b"),
            "Take a few adult lessons in a shallow pool: first get easy breathing out under "
            "water and floating, then kick with a float, and only then add the arms.",
        ),
    ),
    "home": (
        (
            "mould",
            _re(r"\bmou?ld\w*\b"),
            "Wipe it off with a mould spray, gloves on and the window open, then keep the room "
            "dry: the fan on and a window open after every shower. If it keeps coming back, "
            "the damp has a cause to find.",
        ),
        (
            "oven",
            _re(
                r"\b(?:clean\w*|grease|greasy|dirty|burnt|filthy)\b.*\boven\b|"
                r"\boven\b.*\b(?:clean\w*|grease|greasy|dirty|burnt|filthy)\b"
            ),
            "Spread a paste of bicarbonate of soda and water over the cold oven, leave it "
            "overnight, then wipe it off with a damp cloth and a spray of vinegar; it lifts "
            "most baked-on grease without fumes.",
        ),
        (
            "stain",
            _re(
                r"^(?!.*\b(?:limescale|loo|toilet|kettle|shower|bath|wax)\b).*\b(?:stain\w*|wine|"
                r"coffee|juice)\b"
            ),
            "Blot it at once, never rub, rinse it with cold water, then work in a little "
            "washing-up liquid before rinsing again; hot water sets most stains.",
        ),
        (
            "tidy",
            _re(
                r"^(?!.*\bgarden\b).*\b(?:tidy|messy|clutter\w*|keep (?:my|the|our) (?:flat|house|"
                r"room|place|home) clean|cleaning routine)\b"
            ),
            "Ten minutes a day beats a weekend blitz: give everything a home, put things away "
            "as you use them, and never go to bed with dishes in the sink.",
        ),
    ),
    "plants": (
        (
            "water crops",
            _re(
                r"\b(?:tomato\w*|courgettes?|veg\w*|cucumbers?|peppers?)\b.*\bwater\w*\b|"
                r"\bwater\w*\b.*\b(?:tomato\w*|courgettes?|veg\w*|cucumbers?|peppers?)\b"
            ),
            "Tomatoes and other crops want a deep drink at the roots every day or two in "
            "summer, daily in pots in a heatwave, and less when it is cool; water the soil, "
            "not the leaves, in the morning, and evenly, or the fruit splits.",
        ),
        (
            "how often water",
            _re(r"\bwater\w*\b"),
            "Water when the top inch of soil is dry, not by the calendar, and let it drain "
            "through; a cactus wants that only every two or three weeks in summer and hardly "
            "at all in winter.",
        ),
        (
            "basil",
            _re(
                r"^(?!.*\b(?:cut|picked|fresh)\b).*\bbasil\b.*\b(?:dying|dies|die|dead|alive|"
                r"wilt\w*|droop\w*|yellow\w*|keep|grow\w*|limp)\b"
            ),
            "Basil wants a warm, sunny sill, water only when the top of the soil is dry, and "
            "its tops pinched out so it bushes; a supermarket pot is many crowded plants, and "
            "lasts longer split in three.",
        ),
        (
            "crops yellowing",
            _re(r"\b(?:tomato\w*|courgettes?|cucumbers?|peppers?)\b.*\byellow\w*\b"),
            "A few yellow leaves at the bottom are normal as a tomato grows, the old leaves "
            "giving way to the new; many mean hunger or uneven watering, so give a tomato feed "
            "weekly once the fruit sets and water it deeply and evenly.",
        ),
        (
            "outdoor wilting",
            _re(
                r"\b(?:tomato\w*|courgettes?|peppers?|cucumbers?|beans|veg\w*|garden|outside|"
                r"allotment|beds?|hanging baskets?|pots? outside)\b.*\b(?:wilt\w*|droop\w*|limp|"
                r"dying|dry)\b|\b(?:wilt\w*|droop\w*)\b.*\b(?:tomato\w*|garden|outside)\b"
            ),
            "Wilting outdoors is most often thirst, above all in pots: a deep soak at the roots "
            "each morning, not a sprinkle, and mulch to keep it moist. If it wilts in wet soil, "
            "the roots are rotting.",
        ),
        (
            "ailing",
            _re(
                r"\b(?:dying|dies|die|dead|wilt\w*|droop\w*|yellow\w*|brown\w*|limp|"
                r"struggling|sad|rot\w*)\b"
            ),
            "Most houseplants die of too much water, and yellow lower leaves mean too wet: "
            "water only when the top inch of soil is dry, use a pot that drains, and give it "
            "the light it likes.",
        ),
    ),
    "music": (
        (
            "rushing",
            _re(r"\b(?:rush\w*|speed\w* up|faster|tempo|timing|in time|drag\w*)\b"),
            "Practise with a metronome at a speed you can play cleanly, and raise it a few "
            "beats at a time; count aloud, and record yourself, since rushing hides in the "
            "easy bars and just before the hard ones.",
        ),
        (
            "short practice",
            _re(r"\b(?:practi[cs]e|min(?:ute)?s?|day|daily)\b"),
            "Twenty minutes a day is plenty if it is focused: five on scales or warming up, "
            "ten on the one hard passage, slowly, and five playing something you love. Every "
            "day beats once a week for two hours.",
        ),
        (
            "learning",
            _re(r"\b(?:learn\w*|start\w*|adult|how long)\b"),
            "Expect a year or so of daily practice before it sounds pleasant, and a few years "
            "to play well; a teacher from the start saves you bad habits.",
        ),
    ),
    "health": (
        (
            "hangover",
            _re(r"\bhang ?over\w*|\bhungover\b"),
            "No real cure but time: drink water, eat something plain, and sleep it off, and "
            "skip the hair of the dog. Next time eat first and have a glass of water between "
            "drinks.",
        ),
        (
            "hiccups",
            _re(r"\bhiccups?\b"),
            "Most hiccups stop by themselves within minutes; sipping cold water slowly or "
            "holding your breath a moment may help. Hiccups that last more than two days need "
            "a doctor.",
        ),
        (
            "cold",
            _re(
                r"\b(?:sore throat|" + _COLD + r"|flu|cough\w*|"
                r"blocked nose|runny nose)\b"
            ),
            "Rest, drinks, honey and salt-water gargles, and paracetamol if it aches; "
            "antibiotics don't touch a virus. See a doctor if you can't swallow, have a high "
            "fever, or it lasts over a week.",
        ),
    ),
}

# A particular of the ask met in a sentence more: (topic, its words, the sentence).
TAILS = (("sleep", _re(r"\bexams?\b"), " One poor night before an exam costs less than you fear."),)

# Each persona's short owning-up, or a true touch of its own life, for each topic.
LEADS: dict[str, dict[str, str]] = {
    "einstein": {
        "pets": "I am no vet, {name}, only a man who loved his cat Tiger.",
        "kids": "Physics is easier than children, {name}, but this much I know.",
        "sleep": "I needed ten hours a night myself, {name}, so I take sleep seriously.",
        "study": "I hated learning by rote at school, {name}, so learn it the way that works.",
        "money": "I was hopeless with money, {name}, but the arithmetic is simple.",
        "cooking": "Elsa did our cooking, {name}, but this much even I know.",
        "travel": "I crossed the Atlantic often enough, {name}, to have learned this.",
        "fitness": "My sport was sailing, {name}, so take this as plain sense.",
        "home": "No physics is needed for that one, {name}.",
        "plants": "I am no gardener, {name}, but this much is sound.",
        "music": "I played the violin all my life, {name}, and fought the same battle.",
        "health": "I am no doctor, {name}, but this much is sound.",
    },
    "shakespeare": {
        "pets": "I keep no beasts but Launce's Crab on the stage, {name}; yet hear plain counsel.",
        "kids": "I had three children, {name}, and was too often in London; but this I learned.",
        "sleep": "Sleep that knits up the ravell'd sleeve of care must be courted, {name}.",
        "study": "A player learns his lines anew each week, {name}, and this is how.",
        "money": "I bought New Place with what the theatre paid me, {name}; heed the sum.",
        "cooking": "Of cookery I know little, {name}, but plain counsel I can give.",
        "travel": "Plain counsel for the road, {name}, and no verse in it.",
        "fitness": "Of sport I can teach thee little, {name}, but here is plain counsel.",
        "home": "Plain counsel, {name}, and no verse in it.",
        "plants": "I wrote more flowers than I grew, {name}; but here is plain counsel.",
        "music": "There is music in every play of mine, {name}, and every player knows this.",
        "health": "I am no physician, {name}, though my son-in-law John Hall was one.",
    },
    "curie": {
        "pets": "Animals were never my study, {name}, but here is sound sense.",
        "kids": "I raised two daughters, Irène and Ève, {name}, and this is what helps.",
        "sleep": "I worked through too many nights myself, {name}; learn from my mistake.",
        "study": "In my Paris garret I learned that method matters more than hours, {name}.",
        "money": "I lived on very little as a student in Paris, {name}, so I know its worth.",
        "cooking": "A kitchen is a laboratory too, {name}.",
        "travel": "Pierre and I toured France on bicycles, {name}; travel rewards method.",
        "fitness": "My own sport was the bicycle, {name}, but method is method.",
        "home": "Method works at home as in the laboratory, {name}.",
        "plants": "Treat it as an experiment, {name}.",
        "music": "My daughter Ève became a concert pianist, {name}, and every teacher says this.",
        "health": "I am a physicist, not a physician, {name}, but this is sound.",
    },
    "lovelace": {
        "pets": "I loved my horses dearly, {name}, though I am no vet.",
        "kids": "I had three children, {name}, and was raised by rule; kindness works better.",
        "sleep": "I was often ill and sleepless, {name}, and learned this much.",
        "study": "My mother had my lessons timed by the quarter-hour, {name}; here is what works.",
        "money": "My wagers on horses cost me dearly, {name}, so heed the arithmetic.",
        "cooking": "No Engine is needed for that, {name}; plain sense will do.",
        "travel": "Plain sense for the journey, {name}.",
        "fitness": "My only exercise was riding, when my health allowed, {name}; but method helps.",
        "home": "No Engine is needed for that, {name}; plain sense will do.",
        "plants": "Treat it as a problem to solve, {name}.",
        "music": "Music and mathematics are near cousins, {name}, and practice is a method.",
        "health": "I was ill much of my life, {name}, and no doctor, but this much I know.",
    },
    "socrates": {
        "pets": "I am no student of animals, {name}, though I swear by the dog; but this is sense.",
        "kids": "I had three sons, {name}, and Xanthippe raised them more than I; this is sound.",
        "sleep": "I once stood thinking all night at Potidaea, {name}, but by choice.",
        "study": "I wrote nothing down, {name}, but a mind learns by being questioned.",
        "money": "I owned almost nothing and was content, {name}; but here is plain sense.",
        "cooking": "Even I know this much, {name}.",
        "travel": "I hardly ever left Athens except to go to war, {name}; but sense says this.",
        "fitness": "I went to the gymnasium to talk, not wrestle, {name}, but this is sound.",
        "home": "Even I know this much, {name}.",
        "plants": "Trees and fields teach me nothing, {name}, but a gardener would say this.",
        "music": "A dream told me to make music late in life, {name}; here is how a player learns.",
        "health": "I am no physician, {name}, but Athens had good ones, and they would say this.",
    },
    "darwin": {
        "pets": "I watched animals all my life, {name}, at home as well as abroad.",
        "kids": "We raised ten children at Down House, {name}, and this is what worked.",
        "sleep": "I was a poor sleeper all my life, {name}, and learned this much.",
        "study": "I was an ordinary scholar at school, {name}, and learned best by method.",
        "money": "I kept careful accounts all my life, {name}.",
        "cooking": "I ate stranger things on the Beagle than I cooked, {name}, but this I know.",
        "travel": "Five years on the Beagle taught me something of travelling, {name}.",
        "fitness": "My exercise was the Sandwalk at Down, round and round each day, {name}.",
        "home": "No notebooks are needed for that, {name}; common sense will do.",
        "plants": "I grew plants for my experiments all my life, {name}.",
        "music": "I loved music but had no ear for it, {name}; still, players say this.",
        "health": "I was unwell for much of my life, {name}, though no doctor.",
    },
}

# Each persona's shortest opener, for advice too long for its lead.
TAGS = {
    "einstein": "Gladly, {name}.",
    "shakespeare": "Plain counsel, {name}.",
    "curie": "Simply put, {name}.",
    "lovelace": "Plainly, {name}.",
    "socrates": "By the dog, {name}.",
    "darwin": "Well, {name}.",
}

# A wage and the rent, bills or spending paid from it, in figures, and what is left or saved.
_FIGURE = r"[£$€]?\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(k)?\b"
_INCOME = re.compile(
    r"\b(?:earn|make|take home|get paid|bring in|salary is|income is|paid)\w*\s+(?:about\s+|"
    r"around\s+)?" + _FIGURE,
    re.I,
)
_OUTGO = re.compile(
    r"\b(?P<what>rent|mortgage|spend|bills|food|groceries|transport|car|phone|loan|"
    r"insurance|utilities|council tax)\w*\s+(?:is\s+|are\s+|of\s+|costs?\s+|about\s+|"
    r"around\s+)*" + _FIGURE,
    re.I,
)
_NUMBER = re.compile(r"\d+(?:[,.]\d+)*")
_KEPT_ASKED = re.compile(r"\bsav\w*|\bput aside\b|\bleft\b|\bleftover\b|\bspare\b", re.I)
_OTHER_SUM = re.compile(r"%|\bper ?cent|\beach\b|\btimes\b|\bdays?\b|\bweeks\b|\bmonths\b", re.I)


def _amount(match: re.Match[str], first: int) -> float:
    value = float(match.group(first).replace(",", ""))
    return value * 1000 if match.group(first + 1) else value


def _sum(value: float) -> str:
    return f"{value:,.0f}" if value >= 10000 else f"{value:.0f}"


def _money(message: str) -> str:
    """The wage of `message` less the rent, bills or spending it names, and what is left or
    may be saved from it; "" unless every figure is one of those and the rest is asked."""
    outgo = list(_OUTGO.finditer(message))
    if (
        not (income := _INCOME.search(message))
        or not outgo
        or len(_NUMBER.findall(message)) != 1 + len(outgo)
        or not _KEPT_ASKED.search(message)
        or _OTHER_SUM.search(message)
    ):
        return ""
    pay, outs = _amount(income, 1), [_amount(out, 2) for out in outgo]
    left, fifth, tenth = pay - sum(outs), pay / 5, pay / 10
    if left <= 0 or any(out <= 0 for out in outs):
        return ""
    saved = re.search(r"\bsav\w*|\bput aside\b", message, re.I)
    every = "a week" if re.search(r"\bweek(?:ly)?\b", message, re.I) else "a month"
    if len(outs) == 1 and outgo[0].group("what").lower() in ("rent", "mortgage"):
        share = round(100 * outs[0] / pay)
        over = " (more than the half that is usually thought the limit)" if share > 50 else ""
        line = f"Rent takes {share}% of your {_sum(pay)}{over}, which leaves {_sum(left)}. "
    else:
        spent = " and ".join(_sum(out) for out in outs)
        line = f"{_sum(pay)} less {spent} leaves {_sum(left)}. "
    if not saved:
        return line + "Set some of it aside the day you're paid, before it drifts away."
    if left - fifth >= pay * 0.25:
        return line + (
            f"The usual rule is to save a fifth of your pay, {_sum(fifth)} {every}, "
            f"leaving {_sum(left - fifth)} for everything else; move it to savings the "
            "day you're paid."
        )
    if left > tenth * 2:
        return line + (
            f"Start with a tenth, {_sum(tenth)} {every}, moved to savings the day you're "
            f"paid, and work up towards a fifth, {_sum(fifth)}, as you can."
        )
    if left >= tenth:
        return line + (
            f"Saving that {_sum(left)} is a fair start, a tenth or more of your pay; to save "
            "more, write down a month's spending and cut the biggest thing you don't value."
        )
    return line + (
        "That is tight: write down a month's spending and cut the biggest thing you don't "
        "value, then move whatever you free to savings the day you're paid."
    )


def advised(slug: str, message: str, earlier: tuple[str, ...] = (), limit: int = 0) -> str:
    """The line of `slug` on the everyday practical ask `message` (read with `earlier`, the
    room's lines before it, when it only asks "any ideas?"), or "" when it is none."""
    leads = LEADS.get(slug)
    if not leads:
        return ""
    if any(at.lower() in _PERSONAS and at.lower() != slug for at in _AT.findall(message)):
        return ""
    if (to := _TO.match(message)) and to.group(1).lower() != slug:
        return ""
    text = _TO.sub("", message, count=1) if to else message
    if earlier and _FOLLOWS.search(text) and not any(t.search(text) for _, t in TOPICS):
        if any(re.search(r"\d", line) for line in earlier):
            return ""  # ("what do i need on the last one", after the scores: a sum's)
        text = " ".join([*earlier, text])
    topic, _, advice = _reading(text)
    return _fitted(leads[topic], advice, limit, TAGS[slug]) if advice else ""


def _fitted(lead: str, advice: str, limit: int, tag: str) -> str:
    """The lead and the advice within `limit` characters (a name of eight allowed for): the
    lead cut to its owning-up ("I am no vet, {name}.") when whole it is too long; the advice
    after the persona's shortest opener when even that is ("By the dog, {name}. Put a ...")."""
    named = len(advice) + 4  # "{name}" said as a name of eight
    if not limit or len(lead) + 1 + named <= limit:
        return f"{lead} {advice}"
    short = lead.split("{name}")[0] + "{name}."
    if len(short) + 1 + named <= limit:
        return f"{short} {advice}"
    return f"{tag} {advice}"


def _reading(text: str) -> tuple[str, re.Pattern[str] | None, str]:
    """The topic of the everyday ask `text`, the shape of ask it matched (None for a wage
    worked in figures) and the advice on it; empty when it is none."""
    if (
        not _ASKED.search(text)
        or not _HELP.search(text)
        or (_CURIOUS.match(text) and not (_OWN.search(text) and _RECURS.search(text)))
        or (_NOT_OURS.search(text) and not _money(text))
    ):
        return "", None, ""
    grave = _GRAVE.search(text)
    # The ask is in the first question ("what birds will we see? need to pack light").
    text = text.split("?")[0] or text
    for topic, words in TOPICS:
        if not words.search(text):
            continue
        if grave and not (topic == "plants" and grave.group().lower() in ("dying", "dead")):
            return "", None, ""
        if topic == "money" and re.search(r"\d", text):
            # a sum of its own figures: worked here, or left to the sum readers
            return (topic, None, worked) if (worked := _money(text)) else ("", None, "")
        for _, shape, advice in ADVICE[topic]:
            if shape.search(text):
                tail = "".join(
                    more for of, said, more in TAILS if of == topic and said.search(text)
                )
                return topic, shape, advice + tail
    return "", None, ""


def keyed(message: str, line: str, lines: tuple[str, ...], *, tip: bool = False) -> bool:
    """Whether the persona's own `#know` line `line` (one of `lines`, as "keys: line") is keyed
    by a word of the topic `message` is read under: a dog barking at night by "dog", not jet lag
    by a pipe's "lag", nor pasta by a stove's "cooking"; never a wage worked in figures. A `#tip`
    line must be keyed by the words of the very shape of ask; on a study or money ask by its
    first key word (the others are its general ways of working: "write the ending first",
    keyed on "focus" after "procrastinating", is no way to focus)."""
    topic, shape, _ = _reading(_TO.sub("", message, count=1))
    raw = next((said for said in lines if said.endswith(line)), "")
    keys = re.sub(r"[/=_,]", " ", raw[: len(raw) - len(line)])
    if not shape:
        return False
    if tip and topic in ("study", "money"):
        first = keys.split()[0] if keys.split() else ""
        return bool(first) and bool(shape.search(first) or first in message.lower())
    return bool((shape if tip else dict(TOPICS)[topic]).search(keys))
