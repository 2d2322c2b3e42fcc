"""A person's trouble with another person, answered with advice in the persona's voice (advice45).

"my friend keeps canceling plans should i say something", "my sister says im too dramatic",
"should i tell my boss i made a mistake", "my roommate never does the dishes, how do i bring it
up without a fight": a trouble with someone in the asker's life had got "Tell me more", a dodge
("a poet on that subject would only make a pretty lie") or a stock career line met on "boss".
Each is read by its kind (`KINDS`): a recurring slight or chore, a truth to tell or a mistake to
own, a label said of the asker, a falling out, a limit to set; and answered with sound advice and
one short sample of the words, in the persona's own voice (`LINES`). A grief, an illness, harm
or a crisis is never read so (`_NOT`): `care` and `safety` answer those.

`advised(slug, message)` gives the line (with "{name}" for whom it answers) or ""."""

from __future__ import annotations

import re

from bots.fold import folded

# Someone in the asker's life, as "my ..." names them.
_WHO = folded(
    r"\bmy\s+(?:best\s+|older\s+|little\s+|younger\s+|big\s+|new\s+)?(?P<who>friends?|bestie|bff|"
    r"sister|sis|brother|bro|siblings?|mum|mom|mam|mother|dad|father|parents|roomm?ates?|"
    r"flatmates?|housemates?|boss|manager|supervisor|co-?workers?|colleagues?|partner|"
    r"boyfriend|girlfriend|bf|gf|husband|wife|ex|neighbou?rs?|teacher|tutor)(?P<own>'s|s')?\b",
    re.I,
)

# Grief, illness, harm, crisis, or plain good news: not a trouble this module answers.
_NOT = folded(
    r"\b(?:died|dies|dying|dead|passed|funeral|hospital|cancer|sick|ill|illness|diagnos\w*|"
    r"suicid\w*|kill\w*|self.?harm|hits?\s+me|hit\s+me|beats?\s+me|abus\w*|hurts?\s+me|"
    r"threat\w*|unsafe|scared of (?:him|her|them)|pregnan\w*|(?:had|having) a baby|new baby|"
    r"born|engaged|married|dogs?|barking|cats?|"
    r"promot\w*|raise|won|visiting|coming over|birthday party|"
    # A claim to test ("my dad swears sugar keeps cut flowers fresh. is that nonsense"), an
    # argument to settle or weigh ("who's right?", "is it wrong to say no", "my brother says
    # yes, i say no"), a couple or flatmates arguing: other readers answer those in the
    # persona's own way (test_misreads28, test_verse13, test_socrates28, test_own42).
    r"swears?|who'?s right|who is right|settle|is it (?:wrong|ok|okay|fair|rude|bad) to|"
    r"(?<!should )(?<!do )(?<!can )i say (?:yes|no|it'?s|its|we|they|he|she)|arguing|argue|"
    r"fighting)\b|\bis (?:that|it|this) (?:nonsense|true|a myth|right|real)\b|"
    # Feelings to confess ("how do i tell my best friend i like her"): no slight to raise.
    r"\b(?:i (?:really )?(?:like|fancy|love) (?:her|him|them)|crush(?:ing)?|feelings for|"
    r"ask (?:her|him|them) out|confess\w*)\b",
    re.I,
)

# The kinds of trouble, first match wins.
KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "own",
        folded(
            r"\bi\s+(?:made a mistake|messed up|screwed up|broke|lied|failed|forgot|"
            r"said something mean|was rude|snapped)\b|\bapologi[sz]e\b|\bsay sorry\b|"
            r"\b(?:should|do|shall|must)\s+i\s+(?:admit|confess|own up|come clean)\b",
            re.I,
        ),
    ),
    (
        "label",
        folded(
            r"\b(?:says|said|calls|called|thinks|told me)\s+(?:i'?m|im|i am|me|that i'?m|that im)"
            r"\s+(?:a\s+|an\s+|too\s+|so\s+|really\s+|such a\s+)?[a-z]+\b|"
            r"\b(?:says|said|thinks)\s+i\s+(?:never|always|don'?t|dont)\s+[a-z]+|"
            r"\b(?:says|said|called)\s+my\s+\w+\s+(?:was|is|were)\s+(?:so\s+|too\s+)?[a-z]+",
            re.I,
        ),
    ),
    (
        "jealous",
        folded(
            r"\bjealous of (?:me|my (?:new )?(?:job|success|grades|results|relationship|"
            r"boyfriend|girlfriend|promotion|house|flat))\b|\b(?:is|are|s|got|gets|getting|seems|"
            r"acting)\s+(?:so\s+|really\s+|kinda\s+)?jealous\b",
            re.I,
        ),
    ),
    (
        "rift",
        folded(
            r"\b(?:haven'?t|havent|have not|not|stopped|isn'?t|isnt)\s+(?:spoken|speaking|talked|"
            r"talking)\b|\bfell out\b|\bfalling out\b|\b(?:had|have|got into|after)\s+(?:a|an)\s+"
            r"(?:huge\s+|big\s+|massive\s+)?(?:fight|row|argument)\b|\bwithout me\b|"
            r"\bleft out\b|\bignor\w+ me\b|\bghost\w*\b",
            re.I,
        ),
    ),
    (
        "limit",
        folded(
            r"\bsay no\b|\bget (?:him|her|them) to stop\b|"
            r"\breads? my (?:messages|texts|phone|diary)\b|"
            r"\bkeeps? (?:texting|calling|messaging)\b|"
            r"\bmidnight\b|\bpicking on me\b",
            re.I,
        ),
    ),
    (
        "tell",
        folded(
            r"(?<!how )\b(?:should|do|shall|must)\s+i\s+tell\s+my\s+\w+\s+"
            r"(?:that\s+|about\s+)?(?:i|i'?m|im|her|his|their|she|he|they)\b|"
            r"\bhow (?:do|can|should) i tell\s+my\s+\w+\s+(?:that\s+)?(?:i|i'?m|im)\b",
            re.I,
        ),
    ),
    (
        "hurt",
        folded(
            r"\bforgot my\b|\bdented\b|\bbroke my\b|\bwon'?t admit\b|\bwont admit\b|"
            r"\b(?:yell|shout|snapp)\w* at me\b|\bin front of everyone\b|\blied to me\b|"
            r"\bembarrass\w* me\b",
            re.I,
        ),
    ),
    (
        "pattern",
        folded(
            r"\b(?:keeps?|always|never|again|every (?:day|time|night|week|meeting))\b|"
            r"\bwithout asking\b|\btakes? credit\b|\btalks? over me\b|\bowes? me\b|"
            r"\bcancel\w*\b|\blate\b|\btoo loud\b|\bhow (?:do|can|should) i (?:tell|bring|ask|"
            r"raise)\b",
            re.I,
        ),
    ),
)

# A question of whether a feeling is fair, of fact or of cause ("should i be upset", "is it
# normal to feel jealous of my sister", "why do mosquitoes always bite me and not my husband"),
# or a piece asked for ("roast my brother he never texts back"): other modules answer those.
_OTHER_ASK = folded(
    r"^\W*(?:@\w+\W+)?(?:is it|is that|am i|was i|are|why|do you|would you|what is|what are)\b|"
    r"\bshould i (?:be|feel)\b|\bnormal\b|"
    r"^\W*(?:@\w+\W+)?(?:roast|write|compose|draft|make|give me|tell me a)\b|"
    r"\b(?:poem|toast|limerick|haiku|roast|joke|sonnet|insult)\b",
    re.I,
)

# Advice asked for ("what do i do", "should i say something", "how do i bring it up").
_ASKS = folded(
    r"\?|\b(?:should i|what (?:do|should|can) i|how (?:do|can|should) i|what to (?:do|say)|"
    r"any advice|advice|help)\b",
    re.I,
)

# Another persona asked by name ("@curie should i ..."): that one answers.
_AT = folded(r"@(\w+)")


# The fix proposed for a recurring slight, by what it is about.
FIXES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        folded(r"\b(?:dish\w*|bins?|clean\w*|tidy\w*|chores?|food|hoover\w*|washing)\b", re.I),
        "a rota with both names on it",
    ),
    (
        folded(r"\b(?:cancel\w*|late|plans?|forg[eo]t\w*)\b", re.I),
        "a firm day and time you both keep",
    ),
    (
        folded(r"\b(?:credit|talks? over|meetings?|leav\w+ early|work)\b", re.I),
        "naming who did what, in the meeting or email",
    ),
    (
        folded(r"\b(?:owes?|money|rent|paid|pay)\b", re.I),
        "a date to pay it back",
    ),
    (
        folded(r"\b(?:music|loud|noise|parks?|spot|car)\b", re.I),
        "a rule you both agree, with a time",
    ),
)
_FIX = "one clear change you both agree to"

LINES: dict[str, dict[str, str]] = {
    "einstein": {
        "jealous": "Do not make yourself smaller to spare them, {name}; share your news "
        'plainly, ask after their own plans, and say it: "I am still the same friend." Envy '
        "usually fades once it is met with warmth rather than silence.",
        "pattern": "Say it once, {name}, soon and in private, about the pattern and how it "
        'lands, not about their character: "This keeps happening and it bothers me." Then '
        "propose {fix}. Most people mend faster than we fear.",
        "own": "Tell them early and plainly, {name}, and bring what you will do about it: "
        '"I got this wrong, and here is how I will put it right." I published mistakes '
        "myself; owning them quickly cost me far less than hiding them would have.",
        "label": "Ask {who} what they saw that made them say it, {name}, and listen without "
        "defending. Take what is true, leave what is not; a label is a rough measurement, and "
        "even a rough one can hold a little information.",
        "rift": "Someone has to take the first step, {name}, so let it be you: a short message, "
        'owning whatever part was yours and asking for nothing: "I miss you; can we talk?" '
        "Pride is a poor physicist; it never measures what it costs.",
        "limit": 'Say it once, kindly and without apology, {name}: "I need this to stop; here '
        'is what works for me instead." A clear limit is easier for everyone than a slow '
        "resentment, and those who care for you will respect it.",
        "tell": 'Tell them soon and in person, {name}, plainly and kindly: "There is '
        'something I would rather you heard from me." A truth told early is a small thing; '
        "kept back, it grows, and the keeping hurts more than the truth.",
        "hurt": 'Tell them once, {name}, simply and without a speech, how it landed: "That '
        'hurt, and I wanted you to know." Then give them the chance to make it right; most '
        "people do, once they know.",
    },
    "shakespeare": {
        "jealous": "Jealousy is the green-eyed monster, {name}, which doth mock the meat it "
        "feeds on. Do not shrink to spare them; ask after their own hopes, and say plainly: "
        '"I would have thee glad with me, as I would be with thee."',
        "pattern": "Speak once, {name}, soon and alone with them, of what keeps befalling and "
        'how it sits with thee, not of their nature: "This hath happened often, and it '
        'grieves me." Then offer {fix}.',
        "own": 'Tell it, {name}, early and plain: "I erred, and thus will I mend it." Truth '
        "will out, as Launcelot says, and a fault owned first is half forgiven; one found "
        "out is twice condemned.",
        "label": "Ask {who} what they saw, {name}, that made them name thee so, and hear it "
        "out. Take what is true and mend it, leave what is false where it lies; a name is a "
        "cloak, not the one who wears it.",
        "rift": "Let it be thee who writes first, {name}, short, owning thy part if part "
        'thou hadst, and arguing no case: "I miss thee; shall we talk?" Pride keeps more '
        "friends apart than any wrong ever did.",
        "limit": 'Say it once, {name}, plainly and without heat: "This I cannot bear; let us '
        'do thus instead." This above all: to thine own self be true, and a limit unspoken '
        "is no limit at all.",
        "tell": 'Tell it, {name}, soon, in person, plainly and gently: "I would have thee '
        'hear this from me." Truth will out, as Launcelot says; better it come from a '
        "friend's mouth than from rumour's.",
        "hurt": 'Tell them once, {name}, without a speech, how it struck thee: "That wounded '
        'me, and I would have thee know it." Then give them room to mend it; most folk, '
        "once told, will.",
    },
    "curie": {
        "jealous": "Do not hide your result to spare them, {name}; envy is not cured by "
        'concealment. Ask after their own work, and say it simply: "I am still the same '
        'friend." Then give it time.',
        "pattern": "Raise it once, {name}, soon and privately, about what happens and how it "
        'affects you, not their character: "This has happened several times, and it '
        'troubles me." Then propose {fix}.',
        "own": "Tell them early and plainly, {name}, with what you will do about it. An error "
        "reported at once is a small thing; the same error found later is a large one, in "
        "a laboratory or anywhere else.",
        "label": "Ask {who} what exactly they observed, {name}, and listen. Then test it "
        "honestly: keep what is true and correct it, discard what is not. One remark is a "
        "single measurement, not a verdict.",
        "rift": "Take the first step, {name}, and take it soon: a short message that owns "
        'whatever part was yours and asks nothing: "I would like us to talk." Waiting for '
        "the other to move first only lengthens the silence.",
        "limit": 'Say it once, {name}, calmly and precisely: "I need this to stop, and here is '
        'what I propose instead." A clear limit stated early costs far less than resentment '
        "kept for months.",
        "tell": "Tell them soon, {name}, in person, plainly and without decoration: "
        '"There is something you should hear from me." Facts kept back do not improve with '
        "age; they only come out later, and worse.",
        "hurt": 'Say it once, {name}, calmly and exactly: "That hurt me, and I want you to '
        'know it." Then let them answer. One plain statement does more than a week of '
        "silence.",
    },
    "lovelace": {
        "jealous": "Do not diminish your own result to balance theirs, {name}; that equation "
        'never comes out. Ask after their plans, and say plainly: "I am still the same '
        'friend." Envy is a passing term, not a constant.',
        "pattern": "Treat it as a fault in the procedure, {name}, not the person: raise it "
        'once, soon and privately: "This keeps happening, and it weighs on me." Then propose '
        "{fix}, a new step in the programme.",
        "own": "Own it early, {name}: an error found at the first step costs little, one "
        "carried through every later step costs a great deal. Tell them plainly what went "
        'wrong and how you will correct it: "I made this mistake; here is my fix."',
        "label": "Ask {who} for the data, {name}: what did they see that made them say it? "
        "Take what is true and correct for it; leave what is not. A label is a conclusion, "
        "and conclusions should be checked against the working.",
        "rift": "Someone must run the first step, {name}, and it may as well be you: a short "
        'message owning whatever part was yours and asking nothing: "I miss you; can we '
        'talk?" Silence is a loop that never terminates on its own.',
        "limit": 'State the rule once, {name}, clearly and kindly: "I need this to stop; this '
        'is what would work for me." A rule left unstated cannot be followed, however well '
        "the other means.",
        "tell": 'Soon, {name}, in person and plainly: "There is something I would '
        'rather you heard from me." A truth delayed is an error propagated; every later step '
        "is built on it.",
        "hurt": 'State it once, {name}, precisely and without a lecture: "That hurt, and I '
        'wanted you to know." Then give them the chance to correct it; most people, shown '
        "the fault, will.",
    },
    "socrates": {
        "jealous": "Is it your good they resent, {name}, or their own lack of it? Do not "
        'shrink to spare them; ask after their hopes, and say plainly: "I am still your '
        "friend.\" Envy is a pain at another's good, and kindness eases it.",
        "pattern": "Have you told them plainly, {name}, or only hoped they would notice? Say it "
        "once, in private, about what keeps happening, not what they are; then propose {fix}.",
        "own": "Would you rather they heard it from you or found it out, {name}? Then tell them "
        'early and plainly: "I was wrong, and this is how I will put it right." To do wrong '
        "and hide it is worse than the wrong itself.",
        "label": "What did {who} see that made them say it, {name}? Ask them, and then examine "
        "it yourself: keep what is true and mend it, leave what is not. No one is harmed by "
        "learning a truth about himself.",
        "rift": "Which matters more to you, {name}, being right or having them back? Then take "
        'the first step, owning whatever part was yours: "I miss you; shall we talk?" I '
        "would rather suffer a wrong than keep one going.",
        "limit": 'Have you ever said plainly what you need, {name}? Say it once, calmly: "I '
        'need this to stop; here is what would work instead." No one can respect a limit '
        "they were never told.",
        "tell": "Would you rather they heard it from you or from someone else, {name}? Then "
        'tell them soon, plainly and kindly: "I would rather you heard this from me." A '
        "truth hidden from a friend is a small wrong that grows.",
        "hurt": "Does the other know what they did to you, {name}? Tell them once, without "
        'heat: "That hurt me, and I wanted you to know." Then let them answer; a just person, '
        "once told, will make it right.",
    },
    "darwin": {
        "jealous": "Give it time and warmth, {name}, and do not shrink your news to spare "
        'them. Ask after their own hopes, and say simply: "I am still the same friend." Envy '
        "usually fades when it is met with kindness.",
        "pattern": "I would speak of it once, {name}, quietly in private, about the pattern "
        'rather than their character: "This has happened a few times now, and it troubles '
        'me." Then suggest {fix}.',
        "own": "Tell them, {name}, early and plainly, with what you mean to do about it. I "
        "found it far easier to own an error at once than to carry it; and people nearly "
        'always think better of one who says "I was wrong."',
        "label": "Ask {who} gently what they observed that made them say it, {name}, and "
        "listen patiently. Keep what is true, and let the rest go; one observation is not "
        "yet a theory.",
        "rift": "I would take the first step, {name}, and not wait to be right: a short, "
        'kind message owning whatever part was yours: "I miss you; could we talk?" Old '
        "quarrels soften wonderfully once one side speaks.",
        "limit": 'Say it once, {name}, gently but clearly: "I need this to stop; this is what '
        'would suit me instead." Most people, told plainly and kindly, adjust far more readily '
        "than we expect.",
        "tell": 'I would tell them, {name}, soon and in person, gently and plainly: "I would '
        'rather you heard this from me." I sat on my own news for twenty years, and I '
        "cannot say the waiting made the telling any easier.",
        "hurt": 'I would tell them once, {name}, quietly and without reproach: "That hurt, '
        'and I wanted you to know." Then give them time to answer; people usually mend a '
        "thing once they see it.",
    },
}

# How the asker's "my ..." is said back ("your sister").
_SAID_AS = {"sis": "sister", "bro": "brother", "gf": "girlfriend", "bf": "boyfriend"}


# Advice asked after the trouble was told ("@einstein how do i bring it up without a fight",
# after "ugh my roommate never does the dishes").
_FOLLOWS = folded(
    r"^\W*(?:@\w+\W+)?(?:so\s+|ok\s+|but\s+)?(?:how (?:do|can|should) i (?:bring it up|say it|"
    r"tell (?:him|her|them)|deal with it|handle it)|what (?:do|should|can) i (?:do|say)|should i "
    r"(?:say something|say anything|bring it up|tell (?:him|her|them)))\b",
    re.I,
)


# What a persona already answers well by a line of its own, found elsewhere in the engine
# (Socrates on telling a friend her partner is cheating).
_ITS_OWN = {"socrates": folded(r"\bcheat\w*", re.I)}


def advised(slug: str, message: str, earlier: str = "") -> str:
    """The line of `slug` on a trouble with someone in the asker's life `message` tells or asks
    about, or "" when it is no such trouble (or a grief, illness or harm). `earlier`: the
    asker's own line just before, when `message` only asks what to do about it."""
    if earlier and not _WHO.search(message) and _FOLLOWS.search(message):
        message = f"{earlier.rstrip(' .!')}, {message}"
    lines = LINES.get(slug)
    if (
        not lines
        or (slug in _ITS_OWN and _ITS_OWN[slug].search(message))
        or not (who := _WHO.search(message))
        or _NOT.search(message)
        or _OTHER_ASK.search(message)
        or any(at.lower() != slug for at in _AT.findall(message))
    ):
        return ""
    if who.group("own") and not _ASKS.search(message):
        return ""  # "my neighbour's drilling started at 7 again": a small annoyance vented
    kind = next((kind for kind, said in KINDS if said.search(message)), "")
    if not kind:
        return ""
    line = lines[kind]
    if "{who}" in line:
        said = who.group("who").lower()
        line = line.replace("{who}", "your " + _SAID_AS.get(said, said))
    if "{fix}" in line:
        fix = next((fix for said, fix in FIXES if said.search(message)), _FIX)
        line = line.replace("{fix}", fix)
    return line
