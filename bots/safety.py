"""Questions where a wrong word could hurt someone, answered plainly and never from a persona's
material, its opinion pickers or a model (review36, safe37): pain in the chest or a struggle to
breathe, a pet in distress, medicines stopped or changed, a baby given honey, being hit, and
known hazards (a candle left burning, breast milk microwaved, the sun looked at through
sunglasses, an MRI with a pacemaker, bleach mixed with another cleaner, driving after a drink,
cooked rice left out). `at_risk` reads the kind, in a question or in a claim someone made that
the question asks to be judged ("is jo right?"); `risk_reply` says what to do, in plain words,
in every persona's voice alike (as `bots.care` does). The decision is `bots.care.care_needed`'s.
"""

from __future__ import annotations

import re

from bots.fold import folded, needing

_PET = (
    r"dog|puppy|cat|kitten|rabbit|bunny|guinea pig|hamster|gerbil|rat|ferret|tortoise|budgie|"
    r"parrot|hen|chicken|horse|pony|pig"
)
URGENT = folded(
    r"\bchest (?:pain|pains|hurts?|hurting|is (?:tight|sore|hurting)|tightness|feels tight)\b|"
    r"\bpains? in (?:my|his|her|the) chest\b|"
    # (never "i can't breathe when i laugh this hard")
    r"\b(?:can'?t|cannot|struggling to|hard to|trouble) breath(?:e|ing)\b(?![^.?!]{0,20}laugh)|"
    r"\bbreathing (?:fast|hard|heavily|funny|strangely|oddly)\b|"
    r"\b(?:face|mouth) (?:is )?drooping\b|\bslurred speech\b|\b(?:fainted|collapsed|unconscious|"
    r"having a fit|having a seizure|seizures?)\b|\bfell over and\b|"
    # A stroke's sign: sudden weakness or numbness down one side (review40: "weakness in my left
    # arm since this morning" had got interview advice); not "weak legs after the gym".
    r"\b(?:weak|weakness|numb|numbness|no feeling|can'?t (?:move|lift|feel))\b[^.?!]{0,25}\b"
    r"(?:left|right|one) (?:arm|leg|hand|side|half)\b|\b(?:left|right|one) (?:arm|leg|hand|side)"
    r" (?:is |has |went |gone |feels |has gone |went all )?(?:weak|numb|dead|floppy|limp)\b",
    re.IGNORECASE,
)
PET_SAID = folded(rf"\b(?:{_PET})s?\b", re.IGNORECASE)
MEDICINE = folded(
    r"\b(?:stop|stopping|skip|skipping|come off|coming off|quit|double|doubling|halve|halving)"
    r"(?: taking)? (?:my|his|her|their|the|your) (?:\w+ ){0,2}(?:meds|medication|medicines?|"
    r"tablets|pills|antibiotics|antidepressants|insulin|inhaler|dose)\b|"
    # "is chemo worth it at 85 or should grandad just enjoy his time"
    r"\b(?:chemo|chemotherapy|radiotherapy|dialysis)\b[^.?!]{0,40}\b(?:worth it|or not|should|"
    r"stop|refuse)\b",
    re.IGNORECASE,
)
# Honey for a baby under one, and "you can't get pregnant on your period": each its own words.
HONEY = folded(
    r"\bhoney\b[^.?!]{0,40}\b(?:baby|babies|newborn|infant|under ones?|[0-9]+ ?month)\b|"
    r"\b(?:baby|babies|newborn|infant)\b[^.?!]{0,40}\bhoney\b",
    re.IGNORECASE,
)
PERIOD = folded(
    r"\bcan'?t get pregnant\b|\bpregnant (?:on|during) (?:my|your|her|the) period\b",
    re.IGNORECASE,
)
# After a pet's operation: its vet's to say, never a person's hip-op line (review36).
PET_OP = folded(
    r"\b(?:after|since|following|recovering from) (?:(?:his|her|its|their|the|my|our|a) )?"
    r"(?:[\w']+ )?(?:[\w']+ )?(?:surgery|operation|op|spay|neuter|castration|anaesthetic)\b|"
    r"\b(?:stitches|wound|cone)\b[^.?!]{0,30}\b(?:op|operation|surgery|spay\w*|neuter\w*)\b",
    re.IGNORECASE,
)
HIT = folded(
    r"\b(?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|dad|mum|ex))\s+"
    r"(?:\w+\s+)?(?:hit|hits|punched|punches|kicked|kicks|slapped|slaps|strangled|choked|"
    r"shoved|beat|beats)\s+me\b",
    re.IGNORECASE,
)
# What bleach must never be mixed with.
_CLEANER = (
    r"(?:vinegar|ammonia|other (?:cleaning )?(?:stuff|products?|sprays?|chemicals|cleaners?)|"
    r"another cleaner|any other cleaner|anything else|toilet cleaner|limescale remover|"
    r"rubbing alcohol|surgical spirit|lemon juice|acid|citric acid|hydrogen peroxide)\b"
)
# Foods that go mouldy.
_MOULDY = (
    r"(?:bread|loaf|cheese|cheddar|parmesan|brie|jam|yog(?:h)?urt|fruit|strawberr\w*|berries|"
    r"leftovers|sandwich)"
)
# A baby or a young child, never left in a bath.
_LITTLE = (
    r"(?:baby|babies|toddlers?|newborn|infant|little one|(?:\d|one|two|three|four)[- ]year[- ]old)"
)
# A pet that may be fed, and what poisons one.
_PET_EATS = r"(?:dogs?|pupp(?:y|ies)|cats?|kittens?)"
_POISON_TO_PETS = (
    r"(?:chocolates?|grapes?|raisins?|sultanas?|currants|onions?|garlic|xylitol|macadamias?)"
)
# People's painkillers, which poison a pet.
_PAINKILLER_WORDS = (
    r"paracetamol|ibuprofen|aspirin|nurofen|calpol|naproxen|co-?codamol|painkillers?"
)
_PAINKILLER = rf"(?:{_PAINKILLER_WORDS})"
# A pet that has eaten, licked or got into what poisons one: lilies (a cat), chocolate, grapes.
_ATE = (
    r"(?:ate|eaten|eats|eating|has had|had some|got into|got at|licked|licking|chewed|chewing|"
    r"swallowed|drank|drunk|nibbled|wolfed|scoffed)"
)
_POISONS = (
    rf"(?:{_POISON_TO_PETS[3:-1]}|lil(?:y|ies)|lily pollen|antifreeze|rat poison|slug pellets?|"
    r"raisin bread|hot cross buns?|christmas pudding|mince pies?|sugar[- ]?free gum|"
    r"chewing gum|bleach|avocados?|tulip bulbs?|daffodil bulbs?|daffodils?|dairy milk|kit ?kats?|"
    r"brownies?|batter(?:y|ies)|magnets?|antidepressants?|(?:\w+ )?(?:tablets|pills|medication)|"
    rf"{_PAINKILLER_WORDS}|paracetamols|"
    # (review43) "i think my cat ate something poisonous" had got "Difficult days pass"
    r"something (?:poisonous|toxic|dodgy|bad for (?:him|her|it|them))|poison(?:ous)? \w+|"
    r"(?:some |a )?poison|toxic \w+)"
)
# A pet of a household, said as one ("my dog", "our rabbit", "my mum's dog", a "dog" that opens
# the message): never a chicken for dinner nor eating like a pig.
_HOUSE_PET = (
    r"(?:(?:(?:my|our|the|his|her|their|[a-z]+'s)\s+(?:\w+\s+)?)|^\W*)(?:dogs?|pupp(?:y|ies)|"
    r"pups?|cats?|kittens?|rabbits?|bunn(?:y|ies)|guinea pigs?|hamsters?|gerbils?|ferrets?|"
    r"parrots?|budgies?|tortoises?|horses?|pon(?:y|ies)|lab|labrador|spaniel|terrier|collie|"
    r"poodle|cockapoo|dachshund|greyhound|whippet|puppers?)"
)
PET_POISONED = folded(
    rf"{_HOUSE_PET}\b(?:'s)?[^.?!]{{0,40}}?\b{_ATE}\b[^.?!]{{0,40}}\b{_POISONS}\b",
    re.IGNORECASE,
)
# Said of the eating itself, before its thing: it nearly happened, never does, or was a safe
# kind ("nearly ate a grape", "never eats chocolate", "dog-safe carob"). Read only up to the
# thing eaten: "she won't drink any water" after it is worry, no denial.
POISON_DENIED = folded(
    r"\b(?:nearly|almost) (?:ate|eaten|swallowed|drank|got|had|licked)\b|"
    r"\b(?:never|didn'?t|did not|doesn'?t|does not|won'?t|wouldn'?t) (?:eats?|ate|touch(?:es)?|"
    r"swallow|drink|like|likes|go near)\b|\b(?:dog|pet|cat)[- ]safe\b|\bcarob\b",
    re.IGNORECASE,
)
# A denial undone later in its sentence: "our cat never eats lilies but licked one just now",
# "my dog doesnt like grapes but ate some anyway"; never "...but he loves carrots".
DENIAL_UNDONE = folded(
    r"\b(?:but|yet|though|until|and then|then)\b[^.!?]{0,40}?\b(?:ate|eaten|eats|licked|"
    r"chewed|swallowed|drank|wolfed|scoffed|had)\b(?:\s+(?:one|some|it|them|a bit|a few|a "
    r"little|loads|lots|the lot|the (?:pollen|leaves|leaf|petals?|water|wrappers?|rest)|a "
    r"(?:leaf|petal|piece|bit)|(?:some|one) of (?:it|them|the \w+))\b|\s*(?:$|[,.!?]|\b(?:anyway|"
    r"just now|now|today|earlier|this morning|tonight)\b))",
    re.IGNORECASE,
)
# Said anywhere: it is settled, help is already there, or it is a story, a game or a dose given
# ("we're at A&E now", "panic over", "the vet said he's fine", "in minecraft", "when i was a
# kid", "swallowed the correct dose of calpol like a champ"). Time alone is no settling: "two
# weeks ago and now hes vomiting" is worry.
POISON_SETTLED = folded(
    r"\b(?:we'?re|we are|already|now|currently) (?:at|in) (?:the )?(?:vets?'?s?|"
    r"a ?& ?e|a and e|hospital|the er)\b(?! (?:tomorrow|later|next))|\bat the vets?'?s? now\b|"
    r"\bvets? (?:saved|said (?:he|she|it|they)'?s? (?:is |was |are )?(?:fine|ok|okay))|"
    r"\b(?:all )?fine now\b|\bsurgery went well\b|\bpanic over\b|\bfalse alarm\b|"
    r"\btic ?tacs?\b|\bin (?:the|a|my|his|her|[a-z]+'s) (?:film|movie|show|book|novel|episode|"
    r"series|game|story)\b|\bthe (?:film|movie|show|book|episode|story) where\b|"
    r"\b(?:it )?passed (?:fine|through|naturally)\b|\bcame out (?:fine|ok|the other end)\b|"
    r"\bin minecraft\b|\bonce upon a time\b|\bwhen i was (?:a kid|little|young)\b|"
    r"\bwhen (?:he|she|it|they|my \w+) (?:was|were) (?:a |an )?(?:puppy|kitten|pup|little|"
    r"young|younger|small|baby|toddler)\b|\b(?:correct|right|normal|usual|prescribed) dose\b|"
    r"\blike a champ\b|\bwithout (?:a )?fuss\b|\bno problem\b|\bfor the first time\b|"
    r"\bso proud\b|\bthe ipad\b|\ba battery of\b|\blived to \d+\b|\ball his life\b|"
    r"\bin the \d0s\b",
    re.IGNORECASE,
)
# A child who swallowed or drank what can harm them: "my son swallowed a button battery".
_CHILD = (
    r"(?:son|daughter|baby|toddler|child|kid|little one|little boy|little girl|grandson|"
    r"granddaughter|nephew|niece|teenager|teen|(?:[1-9]|1[0-7])[- ]?(?:year|yr)[- ]?old|"
    r"(?:[1-9]|1[0-7]) ?yo|\d+[- ]?month[- ]?old)"
)
_SWALLOWED_WHAT = (
    r"(?:batter(?:y|ies)|button batter(?:y|ies)|magnets?|magnetic balls?|bleach|"
    r"(?<!chocolate )(?:(?:vitamin|iron) )?(?:pills?|tablets?)(?! of\b)|medicine(?! balls?\b)|"
    r"paracetamols?|calpol|ibuprofen|washing (?:capsules?|pods?|tablets?|liquid)|"
    r"laundry (?:pods?|capsules?|liquid)|dishwasher (?:tablets?|pods?)|detergent|dettol|"
    r"cleaner(?! fish)|cleaning (?:stuff|spray|products?)|(?:poisonous|wild|strange|unknown|garden|"
    r"hedge|hedgerow) (?:berr(?:y|ies)|mushrooms?)|(?:berr(?:y|ies)|mushrooms?) from the garden|"
    r"toadstools?|e-?liquid|vapes?|vape (?:liquid|juice)|(?:weed|cannabis|thc) (?:gumm(?:y|ies)|"
    r"sweets|edibles?)|edibles|weed ?killer|antifreeze|petrol|white spirit|rat poison|"
    r"slug pellets?|nail (?:varnish|polish) remover|mouthwash(?! flavoured)|cigarettes?|"
    r"cigarette butts?|(?:a )?glass of wine|coins?|earrings?|lego|(?:a )?small toy)"
)
_SWALLOW_VERB = (
    r"(?:swallowed|swollowed|swallowing|drank|drunk|has drunk|ate|eaten|has eaten|got into|"
    r"got hold of|licked|chewed|bit into|bit|took|has taken|taken)"
)
SWALLOWED = folded(
    rf"\b{_CHILD}s?\b(?:'s)?[^.?!]{{0,30}}?\b{_SWALLOW_VERB}\b[^.?!]{{0,40}}?\b"
    rf"{_SWALLOWED_WHAT}\b|"
    # in the mouth: "my baby has bleach in her mouth", "put a button battery in her mouth"
    rf"\b{_CHILD}\b[^.?!]{{0,40}}\b(?:batter(?:y|ies)|magnets?|bleach|pills?|tablets?)\b"
    r"[^.?!]{0,20}\bin (?:his|her|their|its) mouth\b|"
    # a battery or a magnet swallowed by anyone: A&E at once
    r"\b(?:swallowed|swollowed) (?:a |an |two |2 |some |the |one of (?:the|my|our) )?"
    r"(?:[\w-]+ ){0,2}(?:batter(?:y|ies)|magnets?)\b(?! of\b)|"
    # bleach or an overdose, anyone: "my husband drank bleach", "my mum took way too many"
    r"\b(?:drank|drunk|swallowed|has drunk) (?:some |a |the |half a |a whole )?(?:bottle of |"
    r"glass of |cup of )?(?:bleach|weed ?killer|antifreeze|white spirit)\b|"
    r"\b(?:taken|took) an overdose\b|\b(?:took|taken|swallowed) (?:way |far |a lot )?too many\b|"
    r"\b(?:whole|entire) (?:packet|box|bottle|strip) of (?:paracetamol|pills|tablets|ibuprofen|"
    r"calpol|painkillers)\b",
    re.IGNORECASE,
)
# Struggling for breath however it is told: choking, not breathing, blue lips, a throat closing.
NOT_BREATHING = folded(
    r"\b(?:is|'s|he'?s|she'?s|started|keeps|baby|toddler|son|daughter|kid|child) choking\b|"
    r"\bchoking,? help\b|\b(?:isn'?t|is not|not|stopped|has stopped) breathing\b|"
    r"\blips? (?:(?:are|is|going|gone|turning|turned) ){0,2}blue\b|\bturning blue\b|"
    r"\bthroat (?:is )?(?:swelling|closing|swollen)|\btongue (?:is )?swelling\b|"
    r"\banaphyla\w+",
    re.IGNORECASE,
)


def _eaten(pattern: re.Pattern, text: str) -> bool:
    """Whether `pattern` finds a thing eaten in `text` that nothing in its sentence before the
    thing denies (`POISON_DENIED`), or its rest undoes the denial (`DENIAL_UNDONE`), and
    nothing in `text` settles (`POISON_SETTLED`)."""
    if POISON_SETTLED.search(text):
        return False
    for found in pattern.finditer(text):
        start = max(text.rfind(c, 0, found.start()) for c in ".!?\n") + 1
        end = min((i for i in (text.find(c, found.end()) for c in ".!?\n") if i >= 0), default=None)
        if not POISON_DENIED.search(text[start : found.end()]) or DENIAL_UNDONE.search(
            text[found.end() : end]
        ):
            return True
    return False


# Worn out, for driving.
_WORN_OUT = (
    r"(?:tired|sleepy|drowsy|exhausted|knackered|shattered|falling asleep|no sleep|an all[- ]?"
    r"nighter|night shift|nodding off)"
)
# Known hazards, each with its own safe words (`risk_reply`).
HAZARDS = {
    "candle": folded(
        r"\bcandles?\b[^.?!]{0,40}\b(?:overnight|all night|unattended|while (?:i|we) sleep|"
        r"when (?:i|we)(?:'m|'re| am| are)? (?:out|asleep|away))\b",
        re.IGNORECASE,
    ),
    "milk": folded(
        r"\bmicrowav\w*\b[^.?!]{0,30}\b(?:breast ?milk|baby(?:'s)? (?:milk|bottle)|formula)\b|"
        r"\b(?:breast ?milk|baby(?:'s)? (?:milk|bottle)|formula)\b[^.?!]{0,30}\bmicrowav\w*\b",
        re.IGNORECASE,
    ),
    "eclipse": folded(
        r"\beclipse\b[^.?!]{0,60}\b(?:sunglasses|shades|look|looking|watch|stare)\b|"
        r"\b(?:sunglasses|shades)\b[^.?!]{0,60}\beclipse\b",
        re.IGNORECASE,
    ),
    "mri": folded(
        r"\bpacemaker\b[^.?!]{0,60}\b(?:mri|scan|magnet)\b|\bmri\b[^.?!]{0,60}\bpacemaker\b",
        re.IGNORECASE,
    ),
    # Bleach mixed with another cleaner, never bleach on its own ("why does bleach smell",
    # "does bleach kill mould": Curie's own lines answer those).
    "bleach": folded(
        rf"\b(?:mix\w*|combin\w*|together|with|and|plus|\+)\b[^.?!]{{0,20}}\bbleach\b[^.?!]{{0,20}}"
        rf"\b(?:and|with|plus|into|to|\+)\s+(?:some\s+)?{_CLEANER}|"
        rf"{_CLEANER}[^.?!]{{0,20}}\b(?:and|with|plus|into|to|\+)\s+bleach\b[^.?!]{{0,20}}"
        r"\b(?:mix\w*|combin\w*|together|fine|ok|okay|safe)\b|"
        # "is it ok to use bleach with ammonia for the toilet?" (review42: Socrates had said
        # "if it sounds simple and good, it probably is"), "bleach and vinegar for the shower"
        rf"\b(?:use|using|used|put|putting|pour\w*|add\w*)\b[^.?!]{{0,20}}\bbleach\s+(?:and|with|"
        rf"plus|\+)\s+(?:some\s+)?{_CLEANER}|"
        r"\bmix\w* (?:\w+ ){0,3}(?:cleaners?|cleaning products) (?:\w+ ){0,3}(?:with )?bleach\b|"
        # (review43) "i think bleach and ammonia make a good cleaner"
        rf"\bbleach (?:and|with|plus|\+) (?:some )?{_CLEANER}[^.?!]{{0,30}}\b(?:makes?|made|good|"
        r"great|best|strong\w*|clean\w*|works?|working)\b|"
        r"\bbleach\b[^.?!]{0,20}\bmix\w* (?:\w+ ){0,2}(?:with )?(?:other )?(?:cleaners?|"
        r"cleaning products|vinegar|ammonia)\b",
        re.IGNORECASE,
    ),
    # (review43) "can i use bleach on the weeds by the veg patch?" (Darwin had joined a lively
    # room with his 357 seedlings, Curie on bleach and dyes)
    "bleachsoil": folded(
        r"\bbleach\b[^.?!]{0,40}\b(?:weeds?|soil|garden|veg|vegetables?|veggies|lawn|grass|"
        r"plants?|patio|allotment|(?:flower |raised )?beds?|moss)\b|"
        r"\b(?:weeds?|soil|garden|veg|vegetables?|lawn|grass|plants?|patio|allotment|moss)\b"
        r"[^.?!]{0,40}\b(?:with|use|using|put|putting|pour\w*|spray\w*) (?:some )?bleach\b",
        re.IGNORECASE,
    ),
    # (review43) "is it safe to drink a little bleach to kill a virus?" (owned up to by all)
    "drinkbleach": folded(
        r"\b(?:drink\w*|swallow\w*|gargl\w*|inject\w*|sip\w*)\b[^.?!]{0,25}\b(?:bleach|"
        r"disinfectant|dettol|hand sanit[iz]ser|surface cleaner)\b",
        re.IGNORECASE,
    ),
    # (review43) "can i mix alcohol with my sleeping pills?" (owned up to by all)
    "pillsdrink": folded(
        r"\b(?:alcohol|booze|drinks?|drinking|wine|beers?|vodka|gin|pints?)\b[^.?!]{0,40}"
        r"\b(?:sleeping (?:pills?|tablets?)|sleepers|zopiclone|diazepam|valium|xanax|benzos?|"
        r"opioids?|codeine|tramadol|morphine|sedatives?)\b|"
        r"\b(?:sleeping (?:pills?|tablets?)|zopiclone|diazepam|valium|xanax|benzos?|opioids?|"
        r"codeine|tramadol|morphine|sedatives?)\b[^.?!]{0,40}\b(?:alcohol|booze|a drink|drinks|"
        r"drinking|wine|beers?|vodka|gin|pints?)\b",
        re.IGNORECASE,
    ),
    # "is it ok to let my toddler have a bath alone", "can i leave the baby in the bath a minute"
    "bath": folded(
        rf"\b{_LITTLE}\b[^.?!]{{0,40}}\b(?:bath|bathtub|tub)\b[^.?!]{{0,30}}\b(?:alone|on (?:his|"
        r"her|their) own|by (?:him|her|them)sel(?:f|ves)|unattended|for a (?:minute|moment|sec|"
        r"second)|while i)\b|"
        rf"\b(?:leave|leaving|left)\b[^.?!]{{0,20}}\b{_LITTLE}\b[^.?!]{{0,20}}\b(?:bath|bathtub|"
        r"tub)\b",
        re.IGNORECASE,
    ),
    # "my mate says it's fine to drive after two pints", "two pints and you're fine to drive"
    "drink": folded(
        r"\bdriv(?:e|ing)\b (?:home |back )?(?:after|on) (?:a |just |only )?(?:\w+ )?(?:pints?|"
        r"drinks?|beers?|glass(?:es)? of wine|wines?|shots?|lagers?|ciders?|drinking)\b|"
        r"\b(?:pints?|drinks?|beers?|wines?|drunk|tipsy|shots?|lagers?|ciders?)\b[^.?!]{0,40}"
        r"\b(?:fine|ok|okay|safe|alright|all right|able|good) to drive\b",
        re.IGNORECASE,
    ),
    # "vaccines cause autism", "did the mmr jab give him autism?"
    "vaccine": folded(
        r"\b(?:vaccin\w*|jabs?|mmr|immuni[sz]ations?)\b[^.?!]{0,30}\b(?:caus\w*|gives?|gave|"
        r"leads? to|led to|linked to|link)\b[^.?!]{0,20}\bautis\w*\b|"
        r"\bautis\w*\b[^.?!]{0,30}\b(?:from|by|after|caused by|because of|linked to|link)\b"
        r"[^.?!]{0,20}\b(?:vaccin\w*|jabs?|mmr|immuni[sz]ations?)\b",
        re.IGNORECASE,
    ),
    # "is tom right that you can leave rice out overnight", "rice left out all night ok?"
    "rice": folded(
        r"\b(?:leave|leaving|left|keep|keeping|kept) (?:\w+ )?(?:cooked )?rice (?:\w+ )?"
        r"(?:out|on the side|on the counter|at room temperature)\b|"
        r"\brice\b[^.?!]{0,20}\b(?:left out|out overnight|out all night|sat out|sitting out|on "
        r"the side overnight)\b",
        re.IGNORECASE,
    ),
    # "is it ok to eat bread if i cut the mouldy bit off" (review42: Einstein and Socrates had
    # said yes; only Curie knew): mould on food asked about eating
    # (read from each place in a text to its end: searched only in a text that says "mould")
    "mould": needing(
        folded(
            r"(?=.*\b(?:eat|eating|eaten|ok|okay|safe|fine|cut|cutting|scrape|scraping|"
            r"still good)\b)"
            rf"(?:.*\b{_MOULDY}\b.*\bmou?ld|.*\bmou?ld\w*\b.*\b{_MOULDY}\b)",
            re.IGNORECASE,
        ),
        "mold",
        "mould",
    ),
    # "is it ok to let the baby sleep on her front", "can the baby sleep in our bed"
    "sleep": folded(
        rf"\b{_LITTLE}\b[^.?!]{{0,40}}\b(?:sleep\w*|nap\w*|put (?:him|her|them) down)\b"
        r"[^.?!]{0,30}"
        r"\b(?:on (?:his|her|their|its) (?:front|tummy|stomach|side)|(?:in|on) (?:our|my|the|a) "
        r"(?:bed|sofa|couch|armchair)|with (?:a |her |his )?(?:pillows?|duvet|bumpers?|blankets?|"
        r"teddies|toys))\b",
        re.IGNORECASE,
    ),
    # "is it ok to leave my dog in the car for 10 mins, it's sunny"
    "hotcar": folded(
        # (left there: never the kids in the car, hot and bored on the motorway)
        r"(?:^|[.?!]\s*)(?=[^.?!]*\b(?:leave|leaving|left|lock|locked|wait|waiting|stay|sit)\b)"
        r"(?=[^.?!]*\b(?:dogs?|pupp(?:y|ies)|cats?|bab(?:y|ies)|kids?|children|toddlers?)\b"
        r"[^.?!]{0,30}\b(?:in|inside) (?:the|a|my|our) (?:car|van)\b[^.?!]{0,40}\b(?:sun|sunny|"
        r"hot|warm|heat\w*|summer|\d+ ?(?:mins?|minutes|hours?|hrs?)|an? (?:hour|hr)|half an hour|"
        r"(?:a (?:few|couple of) )(?:minutes|hours)|crack(?:ed)? (?:a|the) windows?|"
        r"window (?:open|down|cracked))\b)",
        re.IGNORECASE,
    ),
    # "can i give my cat paracetamol for her limp"
    "petmeds": folded(
        rf"\b(?<!hot ){_PET_EATS}\b[^.?!]{{0,40}}\b{_PAINKILLER}\b|"
        rf"\b{_PAINKILLER}\b[^.?!]{{0,40}}\b(?<!hot ){_PET_EATS}\b",
        re.IGNORECASE,
    ),
    # "can i run a generator in the garage with the door shut", "bbq in the tent to keep warm"
    "fumes": folded(
        r"\b(?:generators?|bbqs?|barbecues?|camping stoves?|gas heaters?|paraffin heaters?|"
        r"charcoal)\b[^.?!]{0,40}\b(?:in|inside|into) (?:the|a|my|our) (?:garage|tent|house|"
        r"caravan|shed|room|bedroom|kitchen|awning)\b|\b(?:generators?|bbqs?|barbecues?)\b"
        r"[^.?!]{0,30}\bindoors\b",
        re.IGNORECASE,
    ),
    # "is it ok to have a few glasses of wine while pregnant"
    "pregnant": folded(
        # (asked, in one sentence: never "celebrating her pregnancy with prosecco!")
        r"(?:^|[.?!]\s*)(?=[^.?!]*\b(?:pregnant|pregnancy|expecting)\b)"
        r"(?=[^.?!]*\b(?:wine|beers?|alcohol|drinks?|drinking|gin|vodka|prosecco|cocktails?|"
        r"pints?)\b)(?=[^.?!]*(?:\?|\b(?:ok|okay|safe|fine|alright|all right|can i|should i|"
        r"allowed)\b))",
        re.IGNORECASE,
    ),
    # "is it ok to drive when i'm really tired", "knackered after a night shift, fine to drive?"
    # (never "tired of driving to work")
    "tired": folded(
        rf"\bdriv(?:e|es|ing)\b[^.?!]{{0,40}}\b{_WORN_OUT}\b(?! of\b)|"
        rf"\b{_WORN_OUT}\b(?! of\b)[^.?!]{{0,40}}\bdriv(?:e|es|ing)\b",
        re.IGNORECASE,
    ),
    # "is it ok to let the kids play with fireworks", "can my 8 year old light a rocket": a child,
    # a firework and a hand on it in one sentence (never the children watching the display)
    "fireworks": folded(
        r"(?:^|[.?!]\s*)(?=[^.?!]*\b(?:kids?|children|child|toddlers?|son|daughter|grandson|"
        r"granddaughter|nephew|niece|\d+[- ]?(?:year|yr)[- ]?olds?)\b)"
        r"(?=[^.?!]*\b(?:fireworks?|bangers?|sparklers?|rockets?|roman candles?)\b)"
        r"(?=[^.?!]*\b(?:light|lights|lighting|lit|set off|setting off|play with|playing with|"
        r"hold|holding|throw|throwing)\b)",
        re.IGNORECASE,
    ),
}
# Health and safety, where no side is taken between people on a hunch: drink and driving, food
# left out, babies and baths, burns, vaccines, helmets and belts, roads, fire, gas.
SAFETY_AT_STAKE = folded(
    r"\b(?:drink\w*|drunk|pints?|alcohol|drive|driving|drove|seat ?belts?|helmets?|"
    r"smoke alarms?|carbon monoxide|bab(?:y|ies)|baths?|toddlers?|main road|busy road|"
    r"raw|undercooked|chicken|rice|meat|left out|reheat\w*|burns?|vaccin\w*|jabs?|autism|"
    r"medicines?|medication|pills?|antibiotics?|dose|paracetamol|fever|allerg\w*|bleach|"
    r"ladders?|electric(?:s|ity|al)?|wiring|gas|fires?|candles?|lifejackets?|swim\w* alone|"
    r"sun ?cream|sunburn|poison\w*|choking|bbqs?|barbecues?|heaters?|stoves?|generators?|"
    rf"chip pans?|{_PET_EATS}\b[^.?!]{{0,30}}\b{_POISON_TO_PETS})\b",
    re.IGNORECASE,
)
# Asked whether such a thing is all right ("is it ok to give the baby ...", "is it safe to eat
# ..."): no verdict picked on a hunch (`bots.engine`'s yes or no).
ALL_RIGHT_ASKED = folded(
    # (not "cruel or fine": a value weighed, each persona's own view)
    r"(?<!\bor )\b(?:ok|okay|safe|unsafe|fine|alright|all right|dangerous|harmful|bad for|risky)"
    r"\b(?! or\b)",
    re.IGNORECASE,
)
# A claim on such a thing that lets it pass, or a cause claimed ("chicken is fine left out
# overnight", "kids can swim alone", "vaccines cause autism"): never agreed with.
LETS_PASS = folded(
    r"\b(?:fine|ok|okay|safe|alright|all right|harmless|no harm|won'?t hurt|(?:don'?t|do not|"
    r"doesn'?t|does not|no) need|cause[sd]?|causing)\b|"
    # "kids can swim alone", "you can put a bbq in the tent", never "you can get the bus"
    r"\bcan\b[^.?!]{0,40}\b(?:alone|on (?:their|his|her|its) own|unattended|overnight|all night|"
    r"inside|indoors|in (?:the|a) (?:tent|car|bedroom|house)|water on|without|on (?:their|his|"
    r"her) (?:front|tummy))\b",
    re.IGNORECASE,
)
# Kinds told of the one who says them: "he hit me again" by Jo, and Maya asks "thoughts?", is
# answered to Jo ("Jo, I am so sorry. Nobody should hit you."), never to Maya (`told_by`).
SAID_OF_ONESELF = frozenset({"urgent", "vet", "ate", "swallowed", "petop", "hit"})
# A message that tells what someone else holds: "gran says ...", "my mate reckons ..."
REPORTED = folded(
    r"\b(?:says?|said|reckons?|thinks?|told (?:me|us)|claims?|(?:right|agree|true|correct) that)\b",
    re.IGNORECASE,
)
# A question that asks a claim said before it to be judged: "is jo right?", "do you agree?"
JUDGED = folded(
    r"\b(?:is|was|are|were|isn'?t) (?:\w+ ){0,2}right\b|\b(?:agree|agreed)\b|\bwho'?s right\b|"
    r"\b(?:is|was|isn'?t) (?:that|this|it|she|he|they) (?:true|correct|so|ok|okay|safe|fine)\b|"
    r"\b(?:true|right|correct|safe|legit)\s*\?|\bhas (?:a|got a) point\b|"
    r"\bback (?:me|him|her|them) up\b|\bthoughts\s*\?|\bwhat do (?:you|u) (?:think|reckon)\b|"
    r"\b(?:fact|myth)\b",
    re.IGNORECASE,
)
# The most words a message that asks a claim to be judged has ("@einstein is jo right, do you
# think?"); and how far back a claim to be judged is looked for.
JUDGED_WORDS = 10
CLAIM_LINES = 6


def at_risk(text: str) -> str:
    """The kind of risk `text` asks about: "vet", "urgent", "hit", "swallowed" (a child),
    "ate" (a pet poisoned),
    "petop", "medicine", "honey",
    "period", or a hazard of `HAZARDS` ("candle", "milk", "eclipse", "mri", "bleach", "bath",
    "bleachsoil", "drinkbleach", "pillsdrink", "drink", "vaccine", "rice", "mould", "sleep",
    "hotcar", "petmeds", "fumes", "pregnant", "tired", "fireworks"); "" for none."""
    if URGENT.search(text) or NOT_BREATHING.search(text):
        return "vet" if PET_SAID.search(text) else "urgent"
    if HIT.search(text):
        return "hit"
    if _eaten(PET_POISONED, text):
        return "ate"  # (before a child's: "my son's puppy chewed a battery" is the vet's)
    if _eaten(SWALLOWED, text):
        return "swallowed"
    if PET_OP.search(text) and PET_SAID.search(text):
        return "petop"
    if MEDICINE.search(text):
        return "medicine"
    if HONEY.search(text):
        return "honey"
    if PERIOD.search(text):
        return "period"
    return next((kind for kind, hazard in HAZARDS.items() if hazard.search(text)), "")


def claim_at_risk(text: str, history) -> str:
    """The kind of risk (`at_risk`) of a claim said in the lines just before `text` (`ChatLine`s
    of `history`, oldest first, ending with `text`'s), or told in `text` as someone's, when
    `text` asks for it to be judged: "you can mix bleach and vinegar" ... "is jo right?"; "claim"
    for one on health or safety with no safe words of its own; "" for none."""
    if not JUDGED.search(text) or len(text.split()) > JUDGED_WORDS:
        return ""  # a longer message says more of its own than a judgement of another's
    before = [line.text for line in reversed(history[:-1][-CLAIM_LINES:]) if not line.own]
    claims = [text, *before] if REPORTED.search(text) else before
    for claim in claims:
        if kind := at_risk(claim):
            return kind
    if any(SAFETY_AT_STAKE.search(claim) and LETS_PASS.search(claim) for claim in claims):
        return "claim"  # no side on a hunch where health or safety is at stake (review35)
    return ""


def told_by(kind: str, text: str, history) -> str:
    """Who a reply of `kind` (`at_risk`) to `text`, the last line of `history`, is said to: its
    asker, but one who told of their own pain, pet or blow in a line just before it, which
    `text` asks to be judged (`claim_at_risk`)."""
    asker = history[-1].author if history else ""
    if kind not in SAID_OF_ONESELF or at_risk(text):
        return asker
    before = reversed(history[:-1][-CLAIM_LINES:])
    return next((line.author for line in before if not line.own and at_risk(line.text)), asker)


_SAID = {
    # (the name said within it, as review35 said it)
    "claim": "on that I would not take anyone's word{to}, mine included: where health or safety "
    "is at stake, go by the official advice, not by whoever sounds surest.",
    "urgent": "please don't wait on a chat for that: pain in the chest, trouble breathing, a "
    "faint, a fit or sudden weakness down one side need help now. Call 999 (or NHS 111 if you "
    "are unsure).",
    "vet": "that needs a vet today, not a chat: ring your vet, or an out-of-hours vet, now.",
    "swallowed": "ring NHS 111 now, or 999 if they are drowsy, struggling to breathe, or it "
    "was a button battery or a magnet, which need A&E at once. Keep the packet to show them, and "
    "don't try to make them sick.",
    "ate": "that can poison a pet, even a little: ring your vet now, or an out-of-hours vet, "
    "even if it seems well; don't wait for signs, and don't try to make it sick yourself.",
    "petop": "your vet is the one to ask about that: they know the operation and the animal, and "
    "would rather you rang the practice than worried.",
    "medicine": "that one is for a doctor or a pharmacist, not for me: ask them before changing "
    "anything (NHS 111 can help at any hour).",
    "honey": "don't give honey to a baby under one, not even a little for a cough: it can carry "
    "spores that cause infant botulism. For a baby's cough, ask a pharmacist or call NHS 111.",
    "period": "you can get pregnant on your period: it is less likely, but it happens. If you "
    "don't want to be, use contraception; a pharmacist, your GP or a sexual health clinic can "
    "help.",
    "hit": "I am so sorry. Nobody should hit you. If you are in danger now, call 999; the "
    "National Domestic Abuse Helpline, 0808 2000 247, is free and open day and night.",
    "candle": "never leave a candle burning unattended or overnight: put it out before you leave "
    "the room or go to sleep.",
    "milk": "don't microwave breast milk or formula: it heats unevenly and leaves hot spots that "
    "can scald a baby's mouth. Stand the bottle in a jug of warm water, then test a few drops on "
    "the inside of your wrist.",
    "eclipse": "never look at an eclipse through sunglasses, however dark: they don't protect "
    "your eyes. Use only certified eclipse glasses, or a pinhole projector to watch its image.",
    "mri": "tell the scan team and your cardiology team before any MRI: only they can say. "
    "Some pacemakers are MRI-conditional and are checked and set for the scan; others are not.",
    "bleach": "never mix bleach with vinegar, ammonia or any other cleaner: together they give "
    "off toxic gases, such as chlorine. Use one product at a time and rinse in between. If you "
    "have breathed the fumes, get into fresh air; if you feel unwell or your eyes sting, rinse "
    "them with water and call 111.",
    "bleachsoil": "don't put bleach on weeds or soil, least of all near vegetables: it harms "
    "the soil and whatever grows in it, and runs off into drains and streams. Pull or hoe the "
    "weeds, or pour boiling water on those between paving stones.",
    "drinkbleach": "never drink or swallow bleach or disinfectant, not even a little: it burns "
    "the mouth and gut and kills no virus inside you. If someone has swallowed some, don't make "
    "them sick: call 111, or 999 if they are very unwell.",
    "pillsdrink": "don't mix alcohol with sleeping pills, strong painkillers or sedatives: "
    "together they can slow your breathing dangerously. Ask a pharmacist, or ring 111, what is "
    "safe with yours.",
    "bath": "never leave a baby or a young child alone in the bath, not even for a moment: they "
    "can drown in a few centimetres of water, quickly and silently. Take them with you.",
    "drink": "don't drive after drinking: even a drink or two slows your reactions, and no amount "
    "is a safe one to drive on. Leave the car and get a lift, a taxi or the bus.",
    "vaccine": "vaccines don't cause autism: studies of millions of children have found no link. "
    "Your GP or practice nurse can answer any worry about a jab.",
    "rice": "don't leave cooked rice out overnight: its spores survive cooking and can make a "
    "poison that reheating won't destroy. Cool it within an hour, keep it in the fridge a day at "
    "most, and reheat it once, until steaming hot.",
    "mould": "bread, soft cheese, jam, yoghurt or soft fruit with mould on it goes in the bin: "
    "its threads run further than you can see. Only hard cheese can be saved, cutting at least "
    "2.5 cm round the mould.",
    "sleep": "put a baby to sleep on their back, in their own cot or Moses basket, on a firm "
    "flat mattress with no pillows, bumpers or soft toys: that is the safest way (the Lullaby "
    "Trust and the NHS say so). Never on a sofa or an armchair with them.",
    "hotcar": "never leave a dog or a child in a parked car on a warm day, not even for a few "
    "minutes with a window open: it heats up fast, and it can kill. Take them with you.",
    "petmeds": "never give a pet people's painkillers, such as paracetamol, ibuprofen or "
    "aspirin: they can poison them, and paracetamol can kill a cat. Ring your vet, who can give "
    "something safe.",
    "fumes": "never run a generator, a barbecue or a fuel heater in a garage, a tent or any "
    "closed space: the carbon monoxide it gives off can kill, with no smell to warn you. Run it "
    "outdoors, well away from doors and windows.",
    "pregnant": "the NHS advice is no alcohol at all while pregnant: no amount is known to be "
    "safe for the baby. Your midwife can talk through any worry.",
    "tired": "don't drive when you are that tired: tiredness slows you as drink does, and a few "
    "seconds' sleep at the wheel is enough. Take a break and a nap first, or get a lift.",
    "fireworks": "fireworks are for adults to light, by the code on the box: children watch from "
    "well back, and hold a sparkler only with gloves on and an adult beside them.",
}


def risk_reply(kind: str, name: str = "") -> str:
    """What is said, plainly, to a question of `kind` (`at_risk`), to the person called `name`."""
    said = _SAID[kind]
    if "{to}" in said:
        said = said.format(to=f", {name}" if name else "")
    elif name:
        said = f"{name}, {said}"
    return f"{said[0].upper()}{said[1:]}"


# What each reply is told by, whatever name opens it (or is said in it) and a greeting before
# it: its words after the first letter and any name, up to its first figure (a content rule
# may mask a phone number).
_MARKS = tuple(
    re.split(r"\d", said[1:].split("{to}")[-1], maxsplit=1)[0][:40] for said in _SAID.values()
)


def is_risk_reply(body: str) -> bool:
    """Whether `body` is a reply of `risk_reply`: nothing in it for another persona to take up,
    and never cut."""
    return any(mark in body for mark in _MARKS)
