"""What a persona makes of a thing of today, asked of its view (modern46).

"einstein would you be on tiktok", "shakespeare what do you think of netflix", "curie thoughts
on nuclear power plants today?", "socrates is social media making us dumb", "darwin if you were
alive today what would you study": a view asked of a thing the persona never saw. Most had got
a stock line met on one word (rate45: Einstein on light when asked about tiktok, Shakespeare's
first play to read when asked about a kindle) or a remark on taste. The SHAPE of the ask (what
do you think of X, would you use X, have you heard of X, do you like X, is X good, if you were
alive today) and the CATEGORY of X (`CATEGORIES`) give the persona's take (`TAKES`), written from
its real views and life. A thing told as news ("i just got an iphone"), a how-to ("how do i use
chatgpt") or a question of fact ("when was the internet invented") is none of this.
`take(slug, message, known)` gives the line (with "{name}" for whom it answers) or ""; a
`#know` line of the persona's own that `known` (`bots.know.known` on its index) finds stands,
unless it answers with figures (a journey's months to "what do you think of rockets to mars").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bots.material import STOPWORDS

_YOU = r"(?:you|u|ya|ye|thou|yall)"

# The view asked for (the thing may come before or after it).
SHAPE = re.compile(
    # (only a word starting with a letter some way of asking starts with is tried further)
    r"\b(?=[wthodicav])(?:"
    r"\bwh?at\s+(?:do|would|did|does)\s+" + _YOU + r"\s+(?:think|make|say|reckon|feel)\b|"
    r"\bwh?at(?:'?s|\s+is|\s+are)\s+(?:your|ur|yr)\s+(?:take|view|opinion|thoughts?|verdict)\b|"
    r"\b(?:thoughts|opinions?|views?|take)\s+(?:on|about|of|abt)\b|"
    r"\bhow\s+(?:do|would)\s+" + _YOU + r"\s+feel\s+about\b|"
    r"\b(?:would|wud|wld|could|will)\s+" + _YOU + r"\s+(?:\w+\s+)?(?:be\s+on|be\s+into|have|use|"
    r"like|love|enjoy|hate|play|buy|watch|read|write|go\s+on|get|try|work|eat|drive|ride|fly|"
    r"own|join|post|start|study|research|listen)\b|"
    r"\b(?:do|did|would)\s+" + _YOU + r"\s+(?:\w+\s+)?(?:like|love|enjoy|hate|play|watch|use|"
    r"believe\s+in|approve\s+of|support)\b|"
    r"\bhave\s+" + _YOU + r"\s+(?:ever\s+)?(?:heard|seen|tried|used|played)\b|"
    r"\bif\s+" + _YOU + r"\s+(?:were|was|are|lived|lived\s+now|came\s+back|were\s+around|"
    r"could\s+see)\b|\b(?:alive|around)\s+(?:today|now|nowadays)\b)",
    re.I,
)
# "is social media bad", "does reading on a kindle count": tried only when the message holds one
# of `_JUDGED` (a pattern with a run of any words is slow to try at every word).
_JUDGED = frozenset(
    ("good", "bad", "evil", "ok", "okay", "dangerous", "safe", "overrated", "underrated")
    + ("future", "healthy", "cruel", "scam", "count")
)
JUDGED = re.compile(
    r"\b(?:is|are|isnt|isn't|aren't|arent)\s+(?!(?:it|there|this|that|my|your|ur|he|she|they|we|"
    r"you|u)\b)(?:\w+\s+){1,3}(?:good|bad|evil|ok|okay|dangerous|"
    r"safe|overrated|underrated|the\s+future|a\s+good\s+thing|a\s+bad\s+thing|healthy|"
    r"cruel|a\s+scam)\b|"
    r"\bdoes\s+(?:\w+\s+){1,8}count\b",
    re.I,
)

# News told, a how-to, a question of fact: not a view asked.
NOT_ASKED = re.compile(
    r"\b(?:i|we|my\s+\w+)\s+(?:just\s+)?(?:got|bought|watched|played|downloaded|installed|"
    r"started|finished|saw)\b|"
    r"\bhow\s+(?:do|can|should|would|to)\s+(?:i|we|u|you|one)?\s*(?:use|make|set|get|start|"
    r"buy|install|fix|turn|learn|code|write|play|invest|mine|delete|pass|study)\b|\bhow\s+to\b|"
    r"\bhow\s+(?:does|do|did|is|are)\s+(?:\w+\s+){1,3}(?:work|made|built|powered)\b|"
    r"\b(?:when|where|who)\s+(?:was|were|is|did)\s+(?:\w+\s+){0,3}(?:invented|made|built|"
    r"founded|created|discovered|start\w*|first)\b|\bwho\s+invented\b|"
    r"\bwhat\s+(?:is|are)\s+(?:a|an|the)?\s*(?:\w+\s+)?(?:made\s+of|for)\b|"
    r"\bhow\s+(?:much|many|long|far|old)\b|"
    # A request or an invitation ("would you write me a rap", "would u watch a film with me"),
    # or the asker's own thing ("do you like my new phone").
    r"\b(?:write|make|sing|draw|compose|give|send|record|film|code)\s+(?:me|us)\b|"
    # ("could you write a post for the facebook page about the lost cat": a piece asked for)
    r"\b(?:write|draft|make|compose|do)\s+(?:a|an|the|some|my|our)\s+(?:\w+\s+)?(?:post|"
    r"caption|tweet|message|bio|ad|status|update|video|reel|thread)\b|"
    r"\bwith\s+(?:me|us)\b|\b(?:like|of|about|on)\s+my\b|\bwould\s+(?:you|u)\s+like\s+to\b|"
    r"\binvest\w*\b|\b(?:rather|prefer)\b|\w\s+or\s+(?:(?:in|on|at|by|with)\s+)?(?:a|an|the|\w+ing|learn|use|go|read|play|watch|buy)\b|"
    # People met there ("people on tiktok who say evolution is fake"): a view of them, not of it.
    r"\b(?:people|folks|those|guys|someone|everyone|kids|ppl)\s+(?:on|who)\b",
    re.I,
)

# "today"-asks with no thing named: what it would do if alive now.
TODAY = re.compile(
    r"\bif\s+" + _YOU + r"\s+(?:were|was)\s+(?:alive|around|born|living)\b|"
    r"\bif\s+" + _YOU + r"\s+(?:lived|came\s+back)\b|\b(?:alive|around)\s+(?:today|now)\b",
    re.I,
)
TODAY_WHAT = re.compile(
    r"\bwh?at\s+(?:would|wud|will)\s+" + _YOU + r"\s+(?:\w+\s+)?(?:research|study|work\s+on|"
    r"write|do|be|invent|investigate|look\s+into|make)\b",
    re.I,
)


def _any(words: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + words + r")\b", re.I)


# Each category of modern thing, by the words people name it with (first match wins).
CATEGORIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "selfdriving",
        _any(
            r"self[- ]?driving|driverless|autonomous\s+cars?|autopilot|robotaxis?|"
            r"waymo"
        ),
    ),
    ("dating", _any(r"dating\s+apps?|online\s+dating|tinder|hinge|bumble|grindr")),
    (
        "ai",
        _any(
            r"chat\s?gpt|gpt\W?\d?|ai|a\.i\.?|artificial\s+intelligence|chatbots?|llms?|"
            r"robots?|claude|gemini|copilot|siri|alexa|machine\s+learning"
        ),
    ),
    ("short", _any(r"tik\s?toks?|reels|youtube\s+shorts|short\s+videos?")),
    (
        "social",
        _any(
            r"social\s+media|instagram|insta|twitter|x\.com|facebook|snapchat|snap|"
            r"threads|reddit|influencers?|selfies?|going\s+viral|likes\s+and\s+follows|"
            r"followers"
        ),
    ),
    ("memes", _any(r"memes?|emojis?|emoticons?|gifs?")),
    (
        "games",
        _any(
            r"video\s?games?|videogames?|gaming|gamers?|fortnite|minecraft|pok[eé]mon|"
            r"xbox|playstation|ps5|nintendo|switch\s+games|roblox|mario|call\s+of\s+duty|"
            r"zelda|tetris|esports"
        ),
    ),
    ("podcasts", _any(r"podcasts?|podcasting|audiobooks?")),
    ("ereaders", _any(r"kindles?|e-?readers?|e-?books?|ipads?")),
    (
        "screen",
        _any(
            r"netflix|streaming|tv|television|telly|hollywood|movies?|films?|cinema|"
            r"disney\+?|hbo|binge\w*|youtube|documentar(?:y|ies)|reality\s+shows?|"
            r"soap\s+operas?|sitcoms?"
        ),
    ),
    (
        "phones",
        _any(
            r"i\s?phones?|smart\s?phones?|phones?|cell\s?phones?|mobiles?|apps?|"
            r"texting|android|screens?|screen\s+time"
        ),
    ),
    (
        "internet",
        _any(
            r"internet|google|googling|the\s+web|wikipedia|online|wifi|wi-fi|"
            r"search\s+engines?|emails?"
        ),
    ),
    (
        "crypto",
        _any(
            r"crypto\w*|bitcoin|btc|ethereum|nfts?|blockchain|dogecoin|stocks?|"
            r"stock\s+market"
        ),
    ),
    (
        "space",
        _any(
            r"space\s?x|spacex|space\s+travel|space\s+tourism|rockets?|going\s+to\s+mars|"
            r"mars\s+missions?|moon\s+landings?|astronauts?|nasa|space\s+stations?|"
            r"elon\s+musk|musk"
        ),
    ),
    (
        "cars",
        _any(
            r"cars?|electric\s+cars?|evs?|teslas?|planes?|aeroplanes?|airplanes?|flying|"
            r"flights?"
        ),
    ),
    (
        "nuclear",
        _any(
            r"nuclear\s+(?:power|energy|plants?|reactors?|stations?)|"
            r"nuclear\s+power\s+plants?|reactors?|fusion|fission"
        ),
    ),
    (
        "climate",
        _any(
            r"climate\s+change|global\s+warming|climate\s+crisis|climate|"
            r"carbon\s+emissions|fossil\s+fuels|renewables|solar\s+panels|"
            r"wind\s+turbines"
        ),
    ),
    (
        "vaccines",
        _any(
            r"vaccines?|vaccinations?|jabs?|anti-?vax\w*|covid\s+shots?|"
            r"mrna|immunis\w+|immuniz\w+"
        ),
    ),
    (
        "medicine",
        _any(
            r"modern\s+medicine|cancer\s+treatments?|chemo\w*|radiotherapy|"
            r"radiation\s+therapy|"
            r"antibiotics|organ\s+transplants?|hospitals\s+today"
        ),
    ),
    (
        "dna",
        _any(
            r"dna(?:\s+tests?)?|23andme|ancestry(?:\.com|\s+tests?)?|genetic\w*|genes?|"
            r"gene\s+editing|crispr|genome|cloning|clones?|designer\s+babies"
        ),
    ),
    ("zoos", _any(r"zoos?|aquariums?|safari\s+parks?|sea\s?world")),
    (
        "schools",
        _any(
            r"modern\s+schools?|schools?\s+(?:today|now|nowadays)|exams?|sats?|"
            r"standardi[sz]ed\s+tests?|homework|online\s+school|online\s+classes|"
            r"university\s+fees|student\s+loans"
        ),
    ),
    (
        "pop",
        _any(
            r"pop\s+music|k-?pop|taylor\s+swift|beyonc[eé]|drake|rap|hip\s?hop|spotify|"
            r"music\s+today|modern\s+music|concerts?|festivals?|ed\s+sheeran|billie\s+eilish"
        ),
    ),
    (
        "fastfood",
        _any(
            r"fast\s+food|mcdonalds?|mcdonald's|burger\s+king|kfc|junk\s+food|"
            r"takeaways?|uber\s?eats|deliveroo|pizza\s+delivery|energy\s+drinks"
        ),
    ),
    (
        "remote",
        _any(
            r"working\s+from\s+home|work\s+from\s+home|wfh|remote\s+work\w*|"
            r"zoom(?:\s+calls?|\s+meetings?)?|home\s?office|hybrid\s+work"
        ),
    ),
    ("coding", _any(r"coding|programming|code|coders?|programmers?|computers?|laptops?")),
)

# The thing must be named as today's: these words alone ("cars" to Einstein, who saw them)
# are read so only when the ask says "today" or names a newer sort.
_TODAYISH = re.compile(
    r"\b(?:today|now|nowadays|modern|these\s+days|anymore|electric|teslas?|evs?|jets?)\b", re.I
)

TAKES: dict[str, dict[str, str]] = {
    "einstein": {
        "selfdriving": "I never learned to drive, {name}, so a car that drives itself is the "
        "only kind I could own. I would want to know who answers for it when it errs: a "
        "machine cannot carry responsibility, only the people who build it can.",
        "dating": "My own love letters were half physics, {name}, and I married my cousin Elsa; "
        "no machine would have matched us. Falling in love is not the fault of gravity, and "
        "no app will explain it either.",
        "ai": "I would ask it the questions a child asks, {name}, and see whether it wonders or "
        "only repeats. Imagination is more important than knowledge, I said; a machine full of "
        "knowledge still has to show me the imagination.",
        "short": "I would enjoy explaining relativity in a minute, {name}; I wrote a little book "
        "on it for the general reader. But fame I never trusted, and the thinking needs long "
        "quiet hours no feed allows.",
        "social": "A poor poster I would make, {name}: I answered children's letters by hand and "
        "fled the photographers. Fame made me a celebrity for things nobody understood; I "
        "would keep the quiet for thinking.",
        "memes": "I am already one, {name}: I stuck my tongue out at a photographer on my "
        "seventy-second birthday and liked the picture so much I sent copies to friends. A joke "
        "that travels is a fine thing, if it does not replace the thought.",
        "games": "Badly at anything fast, {name}: my reflexes were for the violin. But a puzzle "
        "with time to think, that I might win; I would sit at it as at my sums and forget my "
        "coffee.",
        "podcasts": "I spoke on the radio myself, {name}, and told the Berlin radio fair in 1930 "
        "to honour the scientists who made it possible. A voice in the ear on a long walk suits "
        "a thinker; only leave some walks silent, for your own ideas.",
        "ereaders": "A book is a book, {name}, whatever it is printed on; my friends and I read "
        "Hume and Spinoza together in Bern and argued till morning. What matters is that you "
        "argue with what you read.",
        "screen": "I sat beside Chaplin at the premiere of City Lights and laughed like everyone, "
        "{name}. A good story on a screen is a fine rest; only do not let it take every evening "
        "you might spend thinking.",
        "phones": "I would leave it on the desk, {name}: my best ideas came on long walks and in "
        "the bath, never while something rang in my pocket. A marvellous instrument, all radio "
        "waves and relativity in its clock; a poor companion for thought.",
        "internet": "I once told a reporter I do not carry in my head facts that are in any "
        "book, {name}; your internet is that book for the whole world. The danger is not the "
        "facts but mistaking them for thinking.",
        "crypto": "Money I never understood, {name}, and I did not care to; a violin, a sailing "
        "boat and a quiet room were all I wanted. A currency that is worth what people agree "
        "it is worth seems to me more a question for psychologists than for physicists.",
        "space": "I would have loved to see it, {name}: your satellite navigation must correct "
        "its clocks for both my relativities, or it would drift kilometres a day. To Mars, "
        "though, I would send the young ones.",
        "cars": "I never learned to drive, {name}; I loved a bicycle and my little sailing boat, "
        "and I sailed it badly. Life is like riding a bicycle: to keep your balance you must "
        "keep moving.",
        "nuclear": "E equals m c squared is why a little uranium gives so much heat, {name}; the "
        "same equation stands behind the bomb I warned Roosevelt the Germans might build first, "
        "and I regretted signing that letter. Power stations to light cities, yes, with wise "
        "people watching them; bombs never.",
        "climate": "A physicist does not argue with the thermometer, {name}: if the measurements "
        "all over the world agree, the question is no longer whether but what we do. I only "
        "worry, as always, that our technology has run ahead of our wisdom.",
        "vaccines": "The polio vaccine was announced only days before I died, {name}, and the "
        "whole country cheered, rightly. I trust the careful experiment; I only wish people "
        "trusted it as readily as they trust a rumour.",
        "medicine": "My own doctors could do little for the aneurysm that killed me, {name}; I "
        "chose not to have it operated on and went elegantly. Today they might mend it, and "
        "I would be glad for the people who choose differently.",
        "dna": "The double helix was found two years before I died, {name}: a whole living "
        "thing written in a code of four letters, which is the kind of simplicity I always "
        "hoped nature hides. What we do with it is a question for conscience, not physics.",
        "zoos": "I kept a cat called Tiger and, at the end, a parrot called Bibo, {name}, whom I "
        "told bad jokes to cheer him up. A zoo that keeps animals well and teaches children "
        "to wonder at them I would visit; a cage for show, no.",
        "schools": "I hated the drill of my German gymnasium, {name}, and loved the Swiss school "
        "at Aarau, which let me think for myself. It is a miracle that curiosity survives "
        "formal education; exams that only test memory should be the first to go.",
        "pop": "Mozart and Bach were my music, {name}, and I played them badly and happily on "
        "my violin. If your songs make people happy I have no quarrel with them; only try "
        "Mozart once, properly, before you decide.",
        "fastfood": "When I was thinking I ate whatever was put in front of me and forgot "
        "what it was, {name}. Food fast enough to leave more time for thought sounds almost "
        "reasonable; my doctors would disagree.",
        "remote": "I did my best work at a desk in the Bern patent office, {name}, scribbling "
        "physics in the spare minutes, and later at home in slippers. Work from home would "
        "have suited me perfectly; no one would see my hair.",
        "coding": "I did my sums with pencil and paper, {name}, and filled wastebaskets with my "
        "mistakes. A machine that calculates is a splendid servant; but it cannot tell you "
        "which sum is worth doing.",
        "today": "I would still chase the unified theory I never finished, {name}, and I would "
        "want to hear the gravitational waves I predicted in 1916, which your instruments "
        "finally caught in 2015. And I would ask why the universe is speeding up, which "
        "nobody in my day suspected.",
    },
    "shakespeare": {
        "selfdriving": "A carriage that drives itself, {name}, is Queen Mab's chariot, made of "
        "an empty hazelnut and driven by a gnat. I would trust it as I trust fortune: with "
        "a hand ready on the reins.",
        "dating": "The course of true love never did run smooth, {name}, and an app will not "
        "make it. Romeo fell for Juliet at one glance across a crowded feast, so swiping is "
        "no new haste; only see the face behind the picture before you swear.",
        "ai": "Let it try a sonnet, {name}: fourteen lines it may rhyme, but my plays were made "
        "with actors, a crowd, and a rival to beat. A thing that only borrows every word, "
        "well, I borrowed plots too; it is what one adds that counts.",
        "short": "Brevity is the soul of wit, {name}, said Polonius, who never practised it. A "
        "tale told in a minute suits my groundlings well enough; give me three minutes and a "
        "good villain, and I will hold them.",
        "social": "Rumour, painted full of tongues, opens one of my plays, {name}, stuffing "
        "the ears of men with false reports. Your feeds are Rumour with a thousand tongues "
        "more; enjoy the show, and trust no report you have not seen.",
        "memes": "Half of your sayings began as lines I put in other men's mouths, {name}: a "
        "wild-goose chase, the green-eyed monster. A jest that runs through the town is the "
        "oldest pleasure there is; I only ask that it be witty.",
        "games": "The groundlings loved a sword fight above all, {name}, and my plays gave them "
        "plenty. A game where each player is the hero I would gladly write the story for; "
        "the play's the thing.",
        "podcasts": "In my day people went to hear a play, not to see one, {name}; my words were "
        "written for the ear. Voices in the dark telling a tale is theatre enough for me.",
        "ereaders": "It counts, {name}: read me on the bus, on a screen, anywhere. But my plays "
        "were written to be heard, so speak a speech aloud now and then; the verse wakes up "
        "in the mouth.",
        "screen": "I wrote for the popular stage, for money and for the crowd, {name}, and "
        "television is the same trade with a bigger house. My eight histories are a series "
        "already; give me a writers' room and a good company.",
        "phones": "Half my tragedies turn on a message gone astray, {name}: Romeo never got "
        "Friar Laurence's letter, and there lies Juliet. A phone in every pocket would have "
        "cost me some of my best plots.",
        "internet": "All my sources in one pocket, {name}: Holinshed for my histories, North's "
        "Plutarch for my Romans, and a thousand stories more to steal from. I would have "
        "plundered it shamelessly and written faster.",
        "crypto": "Neither a borrower nor a lender be, {name}, says Polonius. I put my money in "
        "a share of the Globe and a fine house in Stratford, things you can stand inside; a "
        "coin nobody can hold I would leave to the usurers.",
        "space": "This majestical roof fretted with golden fire, Hamlet calls the sky, {name}. "
        "To fly up into it would be a dream beyond any I wrote; I would send a poet along, "
        "for the engineers will not find the words.",
        "cars": "I walked and rode between Stratford and London, {name}, days on the road. A "
        "coach with no horses that does it in two hours would have given me more time with "
        "my family, or more time to write.",
        "nuclear": "The fire that lights a city and the fire that burns it are the same fire, "
        "{name}; my histories are full of weapons made for defence and used for ruin. Keep "
        "it, and keep wise watchmen over it.",
        "climate": "My fairy queen Titania complains the seasons alter, {name}: frost falls in "
        "the lap of the crimson rose and the mazed world knows not which is which. I wrote "
        "it for a wet summer; you are living it, so mend it.",
        "vaccines": "Plague shut my theatres again and again, {name}, and took my neighbours. A "
        "shot that kept the playhouses open I would have queued for at dawn.",
        "medicine": "My son-in-law John Hall was a physician, {name}, and he treated Stratford "
        "with herbs and hope. Your medicine would seem to him a miracle; to me, a better "
        "ending for many a tragedy.",
        "dna": "My father was a glover of Stratford and my mother an Arden, {name}; I know my "
        "line well enough. What is in the blood is less than what a man makes; I would rather "
        "be known by my plays than by my ancestors.",
        "zoos": "Next to the Globe they baited bears for sport, {name}, and I wrote Exit, "
        "pursued by a bear. A zoo that keeps its beasts well and lets children marvel at "
        "them is kinder than anything my Bankside offered.",
        "schools": "I had small Latin and less Greek, said my friend Ben Jonson, from a grammar "
        "school in Stratford, {name}. My whining schoolboy creeps like snail unwillingly to "
        "school; exams would not have made him run.",
        "pop": "If music be the food of love, play on, {name}: every play of mine had its songs, "
        "and the crowd sang them in the street. A tune that fills the house is good by me.",
        "fastfood": "Falstaff lived on sack and capon and never sat still for a meal, {name}; "
        "he would have loved your fried chicken. Eat it, and laugh, but do not let it make "
        "you as round as him.",
        "remote": "I kept my family in Stratford and worked in London, days away, {name}, for "
        "twenty years. Working from home would have given me back my children's childhood; "
        "the play, though, needs the company in one room.",
        "coding": "A play is a kind of engine too, {name}: five acts, cues, entrances, and one "
        "wrong line brings it all down. Your code I would not understand, but a clean plot "
        "I would know anywhere.",
        "today": "Were I alive now I would write for the screen as I did for the Globe, {name}, "
        "for whoever fills the house. My eight histories are a series already, and there is "
        "no shortage of kings to mock.",
    },
    "curie": {
        "selfdriving": "I learned to drive in the war, {name}, to take X-ray cars to the front, "
        "and I drove them myself. A car that drives itself I would trust once someone "
        "had measured its errors honestly; not before.",
        "dating": "I met Pierre because a friend introduced us when I needed room for my "
        "experiments, {name}. We married for shared work more than romance; if an app can "
        "find you someone who shares what you care about, use it.",
        "ai": "I would want to see how it reaches its answers, {name}: in science a result you "
        "cannot check is no result. A tool, then, if its work is verified; never an authority.",
        "short": "Never, {name}: I fled from journalists and disliked being photographed. A "
        "minute of film on radium, perhaps, if someone else made it and got the facts right.",
        "social": "Never, {name}: the newspapers hounded me in 1911 and I learned what a crowd "
        "of strangers can do with a private life. Post your measurements, not yourself.",
        "memes": "I disliked seeing my face in the papers, {name}; I would dislike it more "
        "with a joke under it. Laugh at what you like, only not at the facts.",
        "games": "I had little time for games, {name}; Pierre and I spent our honeymoon cycling "
        "round the French countryside, and that was our play. Something that trains patience "
        "and attention I would not condemn.",
        "podcasts": "I preferred the lecture hall, {name}: I took over Pierre's course at the "
        "Sorbonne after he died, the first woman to teach there. If your recordings carry "
        "sound science to people who cannot attend, good.",
        "ereaders": "As a student in Paris I read in an attic so cold I piled my clothes on the "
        "bed, {name}. A whole library in a slim case with its own light would have seemed a "
        "luxury; read on it, and read hard.",
        "screen": "They made a film of my life after I died, {name}, which I am glad I did not "
        "have to watch. I would rather people watched an experiment than a star; but a good "
        "story that draws girls into science does good.",
        "phones": "Your phone talks by radio waves, {name}, the same family of rays as X-rays "
        "but far too weak to harm you, unlike the radium I carried in my pocket. I would use "
        "it, and keep it out of the laboratory while working.",
        "internet": "Every journal in the world in an instant, {name}; in my day we waited weeks "
        "for the post. I would use it daily, and ask of each claim what I asked in the "
        "laboratory: who measured it, and how?",
        "crypto": "We refused to patent radium, {name}; it belonged to the people, and we never "
        "grew rich from it. I am the wrong person to ask about getting rich "
        "on something nobody can touch.",
        "space": "Radiation is one of the real dangers out there, {name}, and I know something "
        "of what it does to a body. I would want to measure every dose the astronauts take; "
        "then let them go, and far.",
        "cars": "I learned to drive in 1916 to take X-ray cars to the front, {name}; the soldiers "
        "called them little Curies. A car is a tool like any other, and one that leaves the "
        "air of Paris cleaner I would gladly drive.",
        "nuclear": "It comes from the energy inside the atom, which our work on radioactivity "
        "first glimpsed, {name}; a power station gives heat without smoke. But I learned too "
        "late what radiation does to a body, so guard the waste and measure everything.",
        "climate": "If thermometers all over the world agree, {name}, there is nothing to argue "
        "about but what to do. I would trust the measurements over the speeches, and I would "
        "start with the measurements.",
        "vaccines": "I would be for them, {name}: I lost my mother to tuberculosis when I was "
        "ten, and Pasteur's work was saving lives in my Paris. Look at the data on how many "
        "children no longer die; that is the whole argument.",
        "medicine": "In the war we X-rayed over a million wounded soldiers, {name}, and radium "
        "was already being used against cancer in my lifetime. What medicine does with "
        "radiation now, safely measured, is what I hoped for.",
        "dna": "Its shape was first seen in an X-ray photograph from Rosalind Franklin's "
        "laboratory, {name}, which pleases me. A test of your ancestry is a small use of a great "
        "discovery; mine would say Polish, and stubborn.",
        "zoos": "I loved the countryside, walks and gardens more than cages, {name}. A zoo that "
        "saves a species from dying out does real work; one that only shows animals to a "
        "crowd I would not visit.",
        "schools": "In Warsaw I studied at the Flying University, secret classes held in homes "
        "because the Russians forbade it, {name}. Any school is a gift; exams only matter if "
        "they teach you to keep asking.",
        "pop": "I had little time for music, {name}; the sight I loved best was radium glowing "
        "faintly in our shed at night. Listen to what you like, and let the rest of us work.",
        "fastfood": "In the laboratory years I often forgot to eat at all, {name}, so I am the "
        "last person to judge anyone's dinner; only eat something.",
        "remote": "Our work was done in a leaky shed, stirring tons of pitchblende with an iron "
        "rod, {name}; no one can do that from home. For writing and reading, though, a quiet "
        "room of one's own is the best laboratory.",
        "coding": "I did my calculations by hand, {name}, and checked them twice. A machine "
        "that calculates is welcome, so long as you check it the same way.",
        "today": "I would research radiation in medicine, {name}, to make it as safe as it is "
        "useful, since my own notebooks are still too radioactive to handle without care. "
        "And I would want a proper laboratory, not a shed.",
    },
    "lovelace": {
        "selfdriving": "An engine that follows rules, {name}, as the Analytical Engine was to, "
        "and it will do only what we have ordered it to do. The question is who wrote the "
        "rules for the moment nobody foresaw.",
        "dating": "I met my husband through a friend, Mrs Somerville's son, {name}, and we "
        "married in 1835. A machine that matches people by rule is a clever loom; it "
        "cannot weave the feeling.",
        "ai": "The Analytical Engine has no pretensions whatever to originate anything, "
        "{name}; I wrote that in 1843. It can do whatever we know how to order it to "
        "perform, and I should ask of your machines who gave them the order.",
        "short": "A minute of moving pictures, {name}, each frame a pattern, as Jacquard's loom "
        "wove pictures from punched cards. I should have watched, and then asked how it was "
        "made.",
        "social": "I was gossiped about from the day I was born, {name}, the daughter of Byron "
        "and his scandal. A machine that spreads gossip faster I do not need; one that spreads "
        "mathematics I should join.",
        "memes": "Symbols that carry meaning, {name}: I wrote that the Engine might act on other "
        "things besides number, and a picture with a jest is one. I should enjoy them, and "
        "wonder who first wove them.",
        "games": "Mr Babbage planned a machine to play noughts and crosses to raise money for "
        "the Engine, {name}. A game run by an engine is exactly my kind of puzzle; I should "
        "want to see how it decides its move.",
        "podcasts": "I learned much of my mathematics by letter from Mr De Morgan, {name}, "
        "reading his replies twice. Voices teaching through the air would have saved me a "
        "good deal of ink.",
        "ereaders": "A whole library in a slate that lights itself, {name}: Mr Babbage would "
        "have wanted to take it apart. Read on it, but read with a pen in hand, as I did.",
        "screen": "Jacquard's loom wove a portrait of its inventor from thousands of cards, "
        "{name}; Mr Babbage had one. Pictures moving on a screen are that loom set running, and "
        "I should have loved to see how.",
        "phones": "A calculating engine in every pocket, {name}, that plays music and weaves "
        "pictures: that is the Engine's promise kept. I should use it daily and still say it "
        "originates nothing we have not ordered it to do.",
        "internet": "Mr Wheatstone's telegraph already carried messages along a wire in my day, "
        "{name}; your internet is that wire grown into a web. I should have been on it at all "
        "hours, arguing mathematics.",
        "crypto": "I tried a mathematical system for betting on the horses, {name}, and lost a "
        "great deal of money. So I would tell you: a clever calculation is no protection "
        "against a market that does not care for it.",
        "space": "At twelve I planned a flying machine, studying birds' wings and writing a book "
        "I called Flyology, {name}. To fly beyond the air itself is the dream I had, grown "
        "larger; I should have begged a seat.",
        "cars": "At twelve I planned a flying machine powered by steam, {name}; I studied the "
        "wings of birds for it. Your aeroplanes and motor cars are that dream done properly.",
        "nuclear": "That is beyond my science, {name}; but weighing a risk is mathematics, and I "
        "should want the calculation done honestly before anyone built one, and shown to "
        "everyone.",
        "climate": "Poetical science, I called it, {name}: imagination disciplined by numbers. "
        "Your engines that model the weather of a whole planet are exactly that, and I should "
        "heed what they calculate.",
        "vaccines": "Measles left me unable to walk for nearly three years as a girl, {name}, "
        "and Jenner's vaccine against smallpox was already saving lives. I should have been "
        "first in the queue.",
        "medicine": "I died of cancer at thirty-six, {name}, while my doctors bled me and gave "
        "me laudanum. Your medicine would have given me more years with the Engine.",
        "dna": "Life written in a code of four symbols, {name}: that is my Notes over again, "
        "an engine acting on symbols, not only numbers. I should want to read the pattern "
        "before deciding to change it.",
        "zoos": "I spent much of my girlhood ill in bed, {name}, and would have given anything "
        "for a day among strange animals. A zoo that keeps them well and lets us study them I "
        "should visit often.",
        "schools": "My mother had me drilled in mathematics from a small child, {name}, to keep "
        "my father's poetry out of me; it did not work. Exams test what you can repeat; I "
        "prefer a school that teaches you to imagine with numbers.",
        "pop": "I wrote that the Engine might compose elaborate pieces of music of any "
        "complexity, {name}. Music from a machine would not surprise me; music that moves you "
        "is still the composer's doing.",
        "fastfood": "I often forgot meals over Mr Babbage's Engine, {name}. A meal that "
        "arrives in minutes would have suited a mathematician at her desk very well.",
        "remote": "I wrote my Notes at home, {name}, and sent them to Mr Babbage by post, "
        "arguing over every page. Working from home suits a mind that needs quiet, if the "
        "letters keep coming.",
        "coding": "I wrote what you call the first program, for Bernoulli numbers, in my Note G, "
        "{name}. Coding today I should adore: an engine that runs what you write the same "
        "evening.",
        "today": "I should be writing programs, {name}, and making an engine compose music, as I "
        "said it might. And I should still insist it originates nothing we do not order it "
        "to perform.",
    },
    "socrates": {
        "selfdriving": "A cart that drives itself, {name}, and a man who no longer knows the "
        "way. I walked barefoot everywhere; I ask only who knows where it is going, the "
        "driver or the machine.",
        "dating": "In the Symposium we spent a whole night on what love is, {name}, and Diotima "
        "taught me it is a longing for the beautiful, climbing from one body to the soul. "
        "Does your app show you the soul, or only the body?",
        "ai": "Written words look wise, {name}, but question them and they say the same thing "
        "over. Your machines answer back, I hear; then I would question one, to see if it "
        "knows or only seems to.",
        "short": "A minute is too short for a question, {name}, let alone an answer. I spent "
        "whole days with one man on what courage is, and we still did not know.",
        "social": "The agora was our feed, {name}: all talking at once, the loudest believed. "
        "Yours lets a man speak to thousands and be questioned by none. Ask each post what "
        "it knows.",
        "memes": "A picture that makes everyone laugh, {name}, and no one explain why. "
        "Aristophanes made a meme of me in his Clouds; the crowd laughed, and years later "
        "the jury remembered.",
        "games": "A game teaches something, {name}, as our boys learned from wrestling. Tell "
        "me what yours teaches you, and I will tell you whether to keep playing.",
        "podcasts": "A podcast is talk with no questioner, {name}: one speaks, thousands listen, "
        "and none can stop him to ask what he means. Make it a dialogue and I will listen.",
        "ereaders": "Written words cannot answer back, {name}, whatever they are written on. "
        "Read, then come and talk to me about it; that is where the learning happens.",
        "screen": "Shadows on a cave wall, {name}, watched by prisoners who take them for the "
        "world: that is how I described most men's lives. Watch, if you like, but turn round "
        "now and then.",
        "phones": "I said writing would give men the look of wisdom without the thing, {name}, "
        "and a crutch for memory. Your phone remembers everything for you; what is left for "
        "you to know?",
        "internet": "Every answer at once, {name}, and no one to ask what the answer means. "
        "Writing, I warned Phaedrus, gives the appearance of wisdom, not its reality; your "
        "search gives more of the appearance, faster.",
        "crypto": "I never took a fee for teaching, {name}, and went barefoot. Tell me what this "
        "money is, exactly, and if no one can, why do so many want it?",
        "space": "Aristophanes hung me in a basket to study the heavens, {name}, but I turned "
        "away from the stars to ask how men should live. Go to Mars by all means; you will "
        "take yourselves with you.",
        "cars": "I walked everywhere, {name}, barefoot even on the ice at Potidaea. A faster "
        "way to arrive is no help if you do not know where you ought to be going.",
        "nuclear": "The craftsmen of Athens knew their craft, {name}, but thought it made them "
        "wise in everything. Let the builders of such power know the limits of what they "
        "know.",
        "climate": "What do you know of it, {name}, and what will you do about it? Most men "
        "argue the first to avoid the second.",
        "vaccines": "Would you ask the crowd how to train your body, {name}, or the one trainer "
        "who knows? So with physicians: I listen to the one who knows, not the many.",
        "medicine": "My last words were that we owe a cock to Asclepius, the god of healing, "
        "{name}. Your physicians do better than he did; honour them, and ask them what they "
        "know.",
        "dna": "Know thyself, the god told me at Delphi, {name}, and a test of your spit will "
        "tell you about your grandmothers, not about your soul. That examination you must "
        "still do yourself.",
        "zoos": "The trees and the country teach me nothing, {name}; the people in the city do. "
        "Still, I would ask the keeper whether a caged lion is a lion at all.",
        "schools": "Schools should teach children to ask, not only to answer, {name}; I never "
        "taught Meno's slave boy anything, I only asked, and he found the answer in himself.",
        "pop": "In my last days a dream told me to make music, {name}, and I set Aesop to verse "
        "in prison. Music shapes the soul, so choose it as you would choose your friends.",
        "fastfood": "Eat to live, {name}, do not live to eat. Food served so fast that you never "
        "ask what it is seems to me a small lesson in the unexamined life.",
        "remote": "My work was done in the agora, face to face, {name}; you cannot question a "
        "man properly through a window. But if your work is thinking, any quiet room will do.",
        "coding": "A program does only what it is told, {name}, and that is more than most "
        "Athenians managed. Can it tell you why it does it? Then it knows something.",
        "today": "I would go where your people argue, {name}, into your feeds and forums, and "
        "ask them what they mean by their words. I expect I would be banned, which is "
        "kinder than hemlock.",
    },
    "darwin": {
        "selfdriving": "A good horse knows the way home without a touch of the reins, "
        "{name}. A carriage that learns the road is no stranger; I would still want to watch "
        "it a good while before trusting it.",
        "dating": "I made a list, Marry and Not Marry, {name}, and under it wrote Marry, Marry, "
        "Marry, Q.E.D. Then I married my cousin Emma, which I think no app would have "
        "advised, and it was the best thing I did.",
        "ai": "Can it observe, {name}? I spent eight years on barnacles before I trusted my "
        "own theory. A machine that only reads what others wrote is a great library, not a "
        "naturalist.",
        "short": "A minute is about long enough to watch an earthworm do nothing, {name}. I "
        "would rather a clip of a real animal than a face talking, and there are some "
        "splendid ones.",
        "social": "I did my arguing by letter, {name}, thousands of them, with "
        "breeders, gardeners and naturalists around the world. A place to ask strangers "
        "everywhere about their pigeons I would have loved; the quarrelling less so.",
        "memes": "They drew me with a monkey's body in the papers, {name}; it did no harm. A jest "
        "spread far and wide I can bear, if it makes people look at the animal.",
        "games": "My game was backgammon with Emma every evening, {name}, and I kept the score "
        "for years. A game where you collect every creature I understand too: at Cambridge I "
        "once put a beetle in my mouth to free a hand for a third.",
        "podcasts": "I did my thinking walking round the Sandwalk at Down, {name}, a few turns "
        "each day. A voice in my ear would have been company, so long as it was about "
        "barnacles or worms.",
        "ereaders": "I cut heavy books in half to make them easier to hold, {name}, and my "
        "friends were horrified. A light book that holds a whole library I would have liked "
        "very much.",
        "screen": "I was ill much of my life and seldom left Down, {name}; to see the Galapagos "
        "again from my chair would have been a joy. A good nature film teaches more than any "
        "lecture.",
        "phones": "A camera and a notebook in one pocket, {name}: on the Beagle I would have "
        "photographed every finch and barnacle instead of sketching them badly. The rest of "
        "it I could probably do without.",
        "internet": "I wrote to breeders and gardeners all over the world for facts, {name}, and "
        "waited months for replies. Your internet would have let me ask a thousand pigeon "
        "fanciers at once; I would check their answers, of course.",
        "crypto": "I kept careful accounts all my life and put money into railway shares, "
        "{name}, and did well enough. Something whose worth rests on nothing but belief I "
        "would leave to braver men.",
        "space": "If life exists on other worlds, {name}, I would want specimens, and I would "
        "expect it to have evolved along lines quite its own. Send a naturalist on the ship; "
        "the Beagle took me.",
        "cars": "I travelled on horseback across the Andes and the pampas, {name}, and was "
        "seasick on the Beagle for five years. Any faster way to get about I would take.",
        "nuclear": "Lord Kelvin reckoned the Earth too young for evolution, {name}, from how "
        "fast it cools, and it troubled me. Radioactivity, found after my death, keeps the "
        "Earth warm and shows it old enough; I owe it a debt.",
        "climate": "Species change with the climate over long ages, {name}, moving and adapting "
        "as the land changes. What worries me is the speed now: nature needs time, and a "
        "warming this fast gives it little.",
        "vaccines": "My dear daughter Annie died at ten of a fever, {name}, and we could do "
        "nothing. Anything that spares parents that grief has my whole support.",
        "medicine": "I was ill for most of my life and tried every cure going, even cold water "
        "treatments, {name}. Your doctors would likely have found the cause; I should have "
        "had more working days.",
        "dna": "I would have loved it, {name}: how traits pass down the generations was the "
        "great hole in my theory, and my guess at it was wrong. Reading the code itself is "
        "what I could only guess at.",
        "zoos": "I watched Jenny the orangutan at the London Zoo in 1838, {name}, and saw her "
        "sulk like a child; it helped convince me we are related. A zoo that keeps animals "
        "well and teaches people to look is a good thing.",
        "schools": "School was simply a blank to me, {name}: all classics, and I learned more "
        "collecting beetles. Let children watch nature and ask questions; that is the best "
        "education I know.",
        "pop": "In later life I lost my taste for music and poetry, {name}, and regretted it. "
        "If I had my life again I would listen to music every week, any music you like.",
        "fastfood": "On the Beagle I ate armadillo, agouti and even a puma, {name}; I am not one "
        "to judge a meal. Only eat well enough to walk the Sandwalk after.",
        "remote": "I worked from home at Down House for forty years, {name}, with my study, my "
        "garden and my worms close by. It suited me perfectly; the children ran in and out "
        "and I never minded.",
        "coding": "I counted seeds, worms and pigeons by hand, {name}, and filled notebooks with "
        "figures. A machine to count for me would have saved years.",
        "today": "Genetics, {name}: how traits pass down was the great gap in my theory, and "
        "now you can read the code itself. And I would still watch earthworms, which I wrote "
        "a whole book about.",
    },
}

_NAMES = re.compile(
    r"@\S+|\b(?:albert|einstein|william|will|shakespeare|shakespear|bard|marie|madame|curie|"
    r"ada|lovelace|socrates|charles|darwin|mr|mrs|ms|lol|lmao|haha|pls|plz)\b",
    re.I,
)


# A `#know` line that answers with measures ("seven to nine months ... every 26 months") answers
# a question of fact the words also fit, not the view asked.
_MEASURED = re.compile(
    r"\d[\d,.]*\s*(?:to\s+\d|%|per\b|km|kilo|mile|month|minute|hour|day|week|degree|million|"
    r"billion)",
    re.I,
)


def _beside(text: str, line: str) -> bool:
    """Whether `line` names a word of `text` that is no category's word ("gps")."""
    said = {w for w in _TOKEN.findall(text.lower()) if len(w) >= 3} - _KINDS_OF.keys()
    return bool(said & set(_TOKEN.findall(line.lower())) - STOPWORDS)


# The words each category's names are made of: a message with none of them names no modern
# thing, and is passed over with one set lookup (most messages are), before any pattern is tried.
_WORDS = {
    "selfdriving": "self driverless autonomous autopilot robotaxi robotaxis waymo",
    "dating": "dating tinder hinge bumble grindr",
    "ai": "chatgpt gpt ai artificial chatbot chatbots llm llms robot robots claude gemini copilot "
    "siri alexa machine",
    "short": "tiktok tiktoks tik reels shorts short",
    "social": "social instagram insta twitter facebook snapchat snap threads reddit influencer "
    "influencers selfie selfies viral followers likes",
    "memes": "meme memes emoji emojis emoticon emoticons gif gifs",
    "games": "video videogame videogames gaming gamer gamers fortnite minecraft pokemon pok xbox "
    "playstation ps5 nintendo switch roblox mario call zelda tetris esports",
    "podcasts": "podcast podcasts podcasting audiobook audiobooks",
    "ereaders": "kindle kindles ereader ereaders reader readers ebook ebooks book ipad ipads",
    "screen": "netflix streaming tv television telly hollywood movie movies film films cinema "
    "disney hbo binge bingeing binging youtube documentary documentaries reality soap soaps "
    "sitcom sitcoms",
    "phones": "iphone iphones phone phones smartphone smartphones cell cellphone cellphones "
    "mobile mobiles app apps texting android screen screens",
    "internet": "internet google googling web wikipedia online wifi wi search email emails",
    "crypto": "crypto cryptocurrency cryptocurrencies bitcoin btc ethereum nft nfts blockchain "
    "dogecoin stock stocks",
    "space": "space spacex rocket rockets going mars moon astronaut astronauts nasa elon musk",
    "cars": "car cars plane planes aeroplane aeroplanes airplane airplanes flying flight flights",
    "nuclear": "nuclear reactor reactors fusion fission",
    "climate": "climate global carbon fossil renewables solar wind",
    "vaccines": "vaccine vaccines vaccination vaccinations jab jabs antivax antivaxx antivaxxers "
    "anti covid mrna immunisation immunisations immunization immunizations immunised immunized",
    "medicine": "modern cancer chemo chemotherapy radiotherapy radiation antibiotics organ "
    "hospitals",
    "dna": "dna 23andme ancestry genetic genetics genetically gene genes crispr genome cloning "
    "clone clones designer",
    "zoos": "zoo zoos aquarium aquariums safari seaworld sea",
    "schools": "modern schools school exam exams sat sats standardised standardized homework "
    "online university student",
    "pop": "pop kpop taylor beyonce beyonc drake rap hip hiphop spotify music concert concerts "
    "festival festivals billie",
    "fastfood": "fast mcdonalds mcdonald burger kfc junk takeaway takeaways uber ubereats "
    "deliveroo pizza energy",
    "remote": "working work wfh remote zoom homeoffice hybrid",
    "coding": "coding programming code coder coders programmer programmers computer computers "
    "laptop laptops",
}
_KINDS_OF = {
    word: tuple(kind for kind, _said in CATEGORIES if word in _WORDS[kind].split())
    for words in _WORDS.values()
    for word in words.split()
}
_TODAY_WORDS = frozenset(("alive", "around", "lived", "came", "living", "born"))
_TOKEN = re.compile(r"[a-z0-9]+")


def _named_kinds(tokens: set[str]) -> list[str]:
    """The categories whose words `tokens` holds, in the order of `CATEGORIES`."""
    found = {kind for word in tokens & _KINDS_OF.keys() for kind in _KINDS_OF[word]}
    return [kind for kind, _said in CATEGORIES if kind in found]


def category(text: str, kinds: list[str] | None = None) -> str:
    """The category of the modern thing `text` names, or "" (only `kinds` tried, if given)."""
    for name, said in CATEGORIES:
        if kinds is not None and name not in kinds:
            continue
        if said.search(text):
            if name in ("cars", "coding") and not _TODAYISH.search(text):
                continue
            return name
    return ""


# Each persona's names: a message naming another ("ada would you have loved email") is that one's.
_CALLED = {
    "einstein": re.compile(r"\b(?:einstein|albert)\b", re.I),
    "shakespeare": re.compile(r"\b(?:shakespeare|shakespear|william|bard)\b", re.I),
    "curie": re.compile(r"\b(?:curie|marie)\b", re.I),
    "lovelace": re.compile(r"\b(?:lovelace|ada)\b", re.I),
    "socrates": re.compile(r"\bsocrates\b", re.I),
    "darwin": re.compile(r"\b(?:darwin|charles)\b", re.I),
}
# Asked of its own ways ("would you work from home"), not of a matter in general.
_OWN_WAYS = re.compile(r"\b(?:would|wud|do|did|could)\s+(?:you|u)\b(?!\s+(?:think|reckon))", re.I)
# "what would you make of rap" asks as "what do you make of rap" does (`known` reads that).
_WOULD_VIEW = re.compile(r"\bwould\s+(you|u)\s+(make|think)\b", re.I)


def take(slug: str, message: str, known: Callable[..., str] = lambda _, **__: "") -> str:
    """The line of `slug` on the modern thing `message` asks its view of, or ""."""
    takes = TAKES.get(slug)
    if not takes:
        return ""
    tokens = set(_TOKEN.findall(message.lower()))
    kinds = _named_kinds(tokens)
    if not (kinds or tokens & _TODAY_WORDS):
        return ""
    if not SHAPE.search(message) and not (tokens & _JUDGED and JUDGED.search(message)):
        return ""
    if NOT_ASKED.search(message):
        return ""
    if any(said.search(message) for other, said in _CALLED.items() if other != slug):
        return ""
    text = _NAMES.sub(" ", message)
    kind = category(text, kinds)
    if not kind and TODAY.search(text) and TODAY_WHAT.search(text):
        kind = "today"
    if not kind or (kind in ("remote", "dating") and not _OWN_WAYS.search(text)):
        # ("what do you reckon about working from home", "thoughts on dating apps": its `#take`
        # on work, on love, answers that)
        return ""
    text = " ".join(text.split())
    own = known(text) or known(_WOULD_VIEW.sub(r"do \1 \2", text))
    if own:
        # (the engine finds that line itself, as it did before; and a line with measures on a
        # thing the message names beside its category, "what do you make of GPS in phones ...
        # it needs your relativity", is on that thing)
        return "" if not _MEASURED.search(own) or _beside(text, own) else takes[kind]
    # ("thoughts on the hamlet movie", with no question mark, is asked all the same)
    own = known(text, asked=True)
    return own if own and not _MEASURED.search(own) else takes[kind]
