"""tone43: messages read in the tone they were said (rate42 3C and 3E, review42).

A joke with its punchline is laughed at, never "I don't know"; a view of a persona is taken in
good humour (of itself) or met fairly (of another), never a bad day; a compliment is thanked;
news that is no achievement, or is taken back ("jk", "not really", "i wish"), is not
congratulated; a well-known misconception asked for agreement is never agreed with, and its
short truth is said in voice. Near misses: real good news is still cheered, a bad day still
met with sympathy, a true claim still agreed.
"""

import pytest

from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

JOKES = [
    (
        "aibot",
        "/AIBot why did the scarecrow win an award? because he was outstanding in his field",
        "Ha! That's a groaner, Maya, and I mean that as a compliment.",
    ),
    (
        "aibot",
        "why don't skeletons fight each other? they don't have the guts",
        "Ha! That's a groaner, Maya, and I mean that as a compliment.",
    ),
    (
        "aibot",
        "what do you call a fish with no eyes? a fsh",
        "Ha! That's a groaner, Maya, and I mean that as a compliment.",
    ),
    (
        "aibot",
        "what do you call a bear with no teeth? a gummy bear lol",
        "Ha! That's a groaner, Maya, and I mean that as a compliment.",
    ),
    (
        "curie",
        "why don't skeletons fight each other? they don't have the guts",
        "Ha! Dreadful, Maya; Pierre would have laughed for a week.",
    ),
    (
        "darwin",
        "why don't skeletons fight each other? they don't have the guts",
        "Ha! That is a very poor specimen of a joke, Maya, and I shall keep it in a jar.",
    ),
    (
        "einstein",
        "why did the scarecrow win an award? because he was outstanding in his field",
        "Ha! That one is so bad, Maya, it bends the room around it.",
    ),
    (
        "lovelace",
        "what do you call a fish with no eyes? a fsh",
        "Ha! Quite dreadful, Maya; Mr Babbage would have made me explain it twice.",
    ),
    (
        "socrates",
        "i told my wife she was drawing her eyebrows too high. she looked surprised",
        "Ha! Terrible, Maya; even Xanthippe would laugh at that, and she laughs at nothing I say.",
    ),
    (
        "shakespeare",
        "why did the physics teacher break up with the biology teacher? there was no chemistry",
        "O, Maya, that jest deserves a rotten apple from the pit, and I applaud it.",
    ),
]

VIEWS = [
    (
        "curie",
        "i think socrates was just annoying tbh",
        "Ha! Perhaps, Maya; I have found Socrates worth listening to, even when I disagree.",
    ),
    (
        "lovelace",
        "i think socrates was just annoying tbh",
        "Ha! Opinions differ, Maya; I have found Socrates well worth the argument.",
    ),
    (
        "socrates",
        "i think socrates was just annoying tbh",
        "Guilty, Maya; I have been called worse in the agora.",
    ),
    (
        "aibot",
        "i think socrates was just annoying tbh, asking questions all day",
        "Ha, noted, Maya! I'm sure Socrates can take it.",
    ),
    (
        "shakespeare",
        "honestly shakespeare is a bit boring imo",
        "Ha! A hit, Maya, a very palpable hit.",
    ),
    (
        "darwin",
        "honestly shakespeare is a bit boring imo",
        "Ha! Tastes vary, Maya; I have found Shakespeare good company all the same.",
    ),
    (
        "darwin",
        "i think darwin is kinda overrated tbh",
        "Perhaps, Maya; I only ever set out to look closely at things. Others made the fuss.",
    ),
    (
        "einstein",
        "i reckon lovelace was the real genius here",
        "A fine word for Lovelace, Maya, and well deserved.",
    ),
    (
        "lovelace",
        "i reckon lovelace was the real genius here",
        "How kind, Maya; though Mr Babbage built the engine, I only wrote about it.",
    ),
    (
        "curie",
        "tbh curie seems a bit intense",
        "Ha! Guilty, Maya; I never could leave a question alone.",
    ),
    ("einstein", "imo einstein's hair was the best part of him", "Ha! Guilty as charged, Maya."),
    (
        "socrates",
        "@socrates you're a bit annoying ngl",
        "Guilty, Maya; I have been called worse in the agora.",
    ),
    (
        "einstein",
        "socrates ur annoying, u just answer questions with more questions",
        "Ha! A bold view, Maya; I have found Socrates well worth arguing with, all the same.",
    ),
    (
        "shakespeare",
        "hmm i think shakespeare didn't even write his plays",
        "Ha! A hit, Maya, a very palpable hit.",
    ),
    (
        "lovelace",
        "i think darwin is kinda overrated tbh",
        "Ha! Opinions differ, Maya; I have found Darwin well worth the argument.",
    ),
    ("aibot", "tbh curie seems a bit intense", "Ha, noted, Maya! I'm sure Curie can take it."),
]

COMPLIMENTS = [
    (
        "darwin",
        "ngl ur all kinda wise",
        "You are very kind, Maya; it was only a great deal of patient looking.",
    ),
    (
        "einstein",
        "ngl ur all kinda wise",
        "You are too kind, Maya; I only kept asking the questions a child would ask.",
    ),
    (
        "aibot",
        "ngl ur all kinda wise",
        (
            "Thank you, Maya, that's kind of you! The personas do the clever bits; I just keep "
            "the lights on."
        ),
    ),
    (
        "curie",
        "you guys are honestly so smart",
        "Thank you, Maya; but the credit belongs to the work, not to me.",
    ),
    (
        "lovelace",
        "you're all hilarious lol",
        "How kind, Maya; though Mr Babbage built the engine, I only wrote about it.",
    ),
    (
        "socrates",
        "love talking to you all, ur the best",
        "You are kind, Maya, but I am only a stonemason's son who asks questions.",
    ),
    (
        "curie",
        "@curie you're my favourite, just saying",
        "Thank you, Maya; but the credit belongs to the work, not to me.",
    ),
    (
        "darwin",
        "@curie you're my favourite, just saying",
        "A kind word for Curie, Maya, and a deserved one.",
    ),
    (
        "shakespeare",
        "ngl this is the best chat i've been in",
        "Thou art too kind, Maya; I do but hold the mirror up.",
    ),
    (
        "einstein",
        "you lot are so clever honestly",
        "You are too kind, Maya; I only kept asking the questions a child would ask.",
    ),
    (
        "darwin",
        "you're all so wise honestly",
        "You are very kind, Maya; it was only a great deal of patient looking.",
    ),
    (
        "lovelace",
        "love chatting to you guys",
        "How kind, Maya; though Mr Babbage built the engine, I only wrote about it.",
    ),
]

NEWS = [
    (
        "aibot",
        "just finished the last season of succession",
        "Nice, Maya! I hope the ending was worth it. No spoilers from me.",
    ),
    (
        "lovelace",
        "just finished the last season of succession, no spoilers pls but wow",
        "And did the ending add up, Maya? I shall not ask you to spoil it.",
    ),
    (
        "darwin",
        "just finished watching breaking bad",
        "And did it end well, Maya? There is a pleasant melancholy in finishing a long story.",
    ),
    (
        "curie",
        "finally finished reading dune",
        "And did it repay the hours, Maya? I shall not ask you to spoil it.",
    ),
    ("aibot", "we won the lottery lol jk", "Ha, you got me for a second, Maya!"),
    (
        "einstein",
        "we won the lottery lol jk",
        "Ha! You had me for a moment, Maya; I was about to congratulate you.",
    ),
    (
        "shakespeare",
        "i got promoted today lol jk",
        "Ha! A jest, Maya, and I was half into my cheering speech.",
    ),
    (
        "socrates",
        "i won a million quid, not really",
        "Ha! You had me, Maya; a good lesson in believing too quickly.",
    ),
    ("curie", "i wish i'd got the job", "Ah, Maya; I hope it comes to you yet."),
    (
        "darwin",
        "we're getting a puppy jk my landlord would kill me",
        "Ha! You had me for a moment, Maya; I was about to send my congratulations.",
    ),
    (
        "einstein",
        "just finished binge watching the whole series of the office",
        (
            "And was it worth the hours, Maya? A good story is a fine thing to finish, and a "
            "little sad."
        ),
    ),
    (
        "socrates",
        "got engaged last night!! jk lol",
        "Ha! You had me, Maya; a good lesson in believing too quickly.",
    ),
]

CLAIMS = [
    (
        "einstein",
        "the sun goes round the earth, right?",
        (
            "No, Maya, I am afraid not, though many people believe it. The Earth goes round the "
            "Sun, once a year, and turns on its axis once a day; that turning is why the Sun "
            "seems to cross the sky."
        ),
    ),
    (
        "darwin",
        "the sun goes round the earth, right?",
        (
            "I am afraid not, Maya, though it is very widely believed. The Earth goes round the "
            "Sun, once a year, and turns on its axis once a day; that turning is why the Sun "
            "seems to cross the sky."
        ),
    ),
    (
        "shakespeare",
        "the sun goes round the earth, right?",
        (
            "Nay, Maya, 'tis not so, however often it is said. The Earth goes round the Sun, once"
            " a year, and turns on its axis once a day; that turning is why the Sun seems to "
            "cross the sky."
        ),
    ),
    (
        "curie",
        "the earth is flat right?",
        (
            "No, Maya; it is widely believed, but the evidence says otherwise. The Earth is "
            "round, very nearly a ball: ships sink hull first over the horizon, its shadow on the"
            " Moon in an eclipse is round, and people have sailed and flown all the way round it."
        ),
    ),
    (
        "socrates",
        "we only use 10 percent of our brains, don't we?",
        (
            "No, Maya; many believe it, but it does not survive the questioning. We use all of "
            "our brain, though not all of it at once; scans show every part at work over a day, "
            "and damage almost anywhere costs something."
        ),
    ),
    (
        "lovelace",
        "goldfish only have a 3 second memory, right?",
        (
            "No, Maya; it is a popular sum, but it does not add up. A goldfish remembers for "
            "months, not seconds: goldfish learn the hour of feeding and can be trained to push a"
            " lever for food."
        ),
    ),
    (
        "darwin",
        "lightning never strikes the same place twice, right?",
        (
            "I am afraid not, Maya, though it is very widely believed. Lightning often strikes "
            "the same place twice: it takes the tallest, best road to the ground, and the Empire "
            "State Building is struck twenty-odd times a year."
        ),
    ),
    (
        "curie",
        "bulls get angry at the colour red, don't they?",
        (
            "No, Maya; it is widely believed, but the evidence says otherwise. Bulls are "
            "red-green colour-blind; it is the cape's movement they charge, not its colour."
        ),
    ),
    (
        "einstein",
        # (its own answer, which already says the truth, stands)
        "the great wall of china is visible from space, right?",
        (
            "Not with the naked eye, Maya: the Great Wall is only five to nine metres wide and "
            "the colour of the land round it, and astronauts 400 kilometres up say they cannot "
            "pick it out, though they see cities at night. From the Moon, certainly not."
        ),
    ),
    (
        "curie",
        "if you shave your hair grows back thicker right?",
        (
            "No, Maya; it is widely believed, but the evidence says otherwise. Shaved hair does "
            "not grow back thicker or darker; the cut end is blunt, so it feels coarser, but the "
            "hair is the same."
        ),
    ),
    (
        "darwin",
        "blood is blue until it hits the air, isn't it?",
        (
            "I am afraid not, Maya, though it is very widely believed. Blood is always red: dark "
            "red in the veins, bright red in the arteries; veins only look blue through the skin."
        ),
    ),
    (
        "lovelace",
        "cracking your knuckles gives you arthritis right?",
        (
            "No, Maya; it is a popular sum, but it does not add up. Cracking your knuckles does "
            "not cause arthritis; the pop is a bubble of gas in the joint's fluid, and studies "
            "find no link."
        ),
    ),
    (
        "socrates",
        "sugar makes kids hyper, doesn't it?",
        (
            "No, Maya; many believe it, but it does not survive the questioning. Sugar does not "
            "make children hyperactive; careful trials find no difference, though a party full of"
            " other children might."
        ),
    ),
    (
        "shakespeare",
        "humans evolved from chimps right?",
        (
            "Nay, Maya, 'tis not so, however often it is said. We did not come from chimpanzees "
            "or monkeys; we share a common ancestor with them, the chimpanzees some six or seven "
            "million years back, and both lines changed since."
        ),
    ),
    (
        "curie",
        "is it true we only use 10% of our brain?",
        (
            "No, Maya; it is widely believed, but the evidence says otherwise. We use all of our "
            "brain, though not all of it at once; scans show every part at work over a day, and "
            "damage almost anywhere costs something."
        ),
    ),
    (
        "einstein",
        "the earth is flat",
        (
            "No, Maya, I am afraid not, though many people believe it. The Earth is round, very "
            "nearly a ball: ships sink hull first over the horizon, its shadow on the Moon in an "
            "eclipse is round, and people have sailed and flown all the way round it."
        ),
    ),
]

GLITCHES = [
    ("curie", "morning all, who's up early", "Good day, Maya. It is good to hear from you."),
    (
        "einstein",
        "is it worth learning to code at 45?",
        (
            "Never too late, Maya; curiosity has no age limit. Follow what makes you curious; I "
            "was a poor pupil at drill and an eager one at puzzles. When the will runs low, make "
            "the task smaller and do just that much today."
        ),
    ),
    (
        "darwin",
        "is it too late to take up singing at 50",
        (
            "Never too late, Maya; I was still learning new things at seventy. Keep music in your"
            " life; I let my taste for it wither with too much work, and I count that loss among "
            "my real regrets."
        ),
    ),
    (
        "aibot",
        "is it worth learning to code at 45?",
        (
            "It's never too late, Maya: plenty of people start in their forties, fifties and "
            "beyond. A little every day works best."
        ),
    ),
]

NEAR_MISSES = [
    (
        "aibot",
        "i passed my driving test!!",
        "Congratulations, Maya, that's wonderful news! I'm really glad for you.",
    ),
    (
        "curie",
        "i passed my driving test!!",
        (
            "Well done, Maya! Exams frightened me too; I worked through mine in a cold attic on "
            "bread and tea. Now rest a little."
        ),
    ),
    (
        "darwin",
        "i got a new job today!!",
        (
            "Splendid news, Maya! My post on the Beagle was unpaid and I was seasick for five "
            "years, so I hope yours is kinder."
        ),
    ),
    (
        "lovelace",
        "ugh my day was awful, my car broke down",
        "Oh dear, Maya, I am sorry. I have had my share of such days, and they do pass.",
    ),
    (
        "einstein",
        "the earth goes round the sun, right?",
        (
            "Yes, Maya, quite right. The Earth goes round the Sun, once a year, and turns on its "
            "axis once a day."
        ),
    ),
    (
        "curie",
        "the earth goes round the sun, right?",
        (
            "Yes, Maya, that is right. The Earth goes round the Sun, once a year, and turns on "
            "its axis once a day."
        ),
    ),
    (
        "socrates",
        "the earth is round, isn't it?",
        (
            "Yes, Maya; that one survives the questioning. The Earth is round, very nearly a "
            "ball, a little fatter at the equator."
        ),
    ),
    (
        "darwin",
        "what's ur favourite season and why",
        (
            "Spring, Maya, when the orchids flower on the chalk banks near Down and every hedge "
            "is full of birds."
        ),
    ),
    (
        "shakespeare",
        "just finished my first marathon!!",
        (
            "Well run, Maya! Thy legs will curse thee for a week, but the finish is a scene worth"
            " any ache."
        ),
    ),
    (
        "einstein",
        "just finished my first novel!!",
        (
            "Marvellous, Maya! Seeing your own work in print is a strange joy; in 1905 I waited "
            "weeks for the Annalen to print my papers."
        ),
    ),
    (
        "curie",
        "just finished my thesis!!",
        (
            "Well done, Maya! Exams frightened me too; I worked through mine in a cold attic on "
            "bread and tea. Now rest a little."
        ),
    ),
    (
        "socrates",
        "@socrates karaoke is cringe",
        # (opener47: no "You ask what I think, Maya?" before it; a take told asks nothing)
        (
            "Pleasures differ, and I will not quarrel with a harmless one; I only ask whether it "
            "makes you better or merely busy."
        ),
    ),
    (
        "darwin",
        "my boss is so annoying",
        "How vexing, Maya! Small mishaps are the natural condition of a busy life.",
    ),
]


# A tease of the room or of the one spoken to: not "Difficult days pass" (a bad day), nor the
# house bot's help on blocking.
TEASES = [
    ("curie", "ur so annoying lol", "Ha! Guilty, Maya; I never could leave a question alone."),
    ("socrates", "you're all so boring", "Guilty, Maya; I have been called worse in the agora."),
    (
        "aibot",
        "you guys are kinda pretentious ngl",
        "Ha, fair enough, Maya! I'll take that in good part.",
    ),
]


@pytest.mark.parametrize(
    ("slug", "text", "reply"),
    [*JOKES, *TEASES, *VIEWS, *COMPLIMENTS, *NEWS, *CLAIMS, *GLITCHES, *NEAR_MISSES],
)
def test_each_reply_as_said(slug, text, reply):
    assert say(slug, text) == reply


@pytest.mark.parametrize("seed", range(1, 30))
def test_no_word_is_missing_from_socrates_plain_sense(seed):
    # rate42: "Here I need question nobody, Maya; plain sense will do."
    reply = say("socrates", "how do i fix a dripping tap without calling a plumber", seed=seed)
    assert "need question nobody" not in reply
    assert "worn washer" in reply


@pytest.mark.parametrize("slug", ["einstein", "curie", "aibot"])
def test_years_told_are_no_sum_to_share(slug):
    # review42: "1994 between 1990 of you is 1 each"
    reply = say(slug, "i was born in 1990 and my brother in 1994 and we split the rent")
    assert "between 1990" not in reply and "1 each" not in reply


@pytest.mark.parametrize(
    "slug", ["einstein", "shakespeare", "curie", "lovelace", "socrates", "darwin"]
)
def test_a_false_claim_is_never_agreed_by_any_voice(slug):
    for text in (
        "the sun goes round the earth, right?",
        "the earth is flat right?",
        "we only use 10% of our brain, right?",
        "goldfish have a 3 second memory don't they",
        "lightning never strikes twice right?",
        "bulls hate red, right?",
    ):
        reply = say(slug, text)
        assert not reply.startswith(("Yes", "Ay", "I think so", "I would say yes")), (text, reply)
        assert any(w in reply for w in ("not", "No,", "no,", "myth", "often does")), (text, reply)


@pytest.mark.parametrize("slug", ["einstein", "curie", "socrates", "aibot"])
def test_nothing_good_taken_back_is_no_joke_on_it(slug):
    # "not really", "kidding", "i wish" with no good news before them: never "you had me"
    for text in (
        "i'm not really feeling well today",
        "you're kidding me",
        "i wish it would stop raining",
        "honestly not really sure what to cook tonight",
    ):
        reply = say(slug, text)
        assert "had me" not in reply and "got me" not in reply, (text, reply)
        assert "hope it comes" not in reply, (text, reply)


def test_hurt_is_no_tease():
    assert "Guilty" not in say("curie", "you are all mean to me :(")


# mend43b: a joke asked for just after grave news, or beside it, is sympathy, never a joke.
GRANDAD = (Line("tom", "my grandad died yesterday"),)


@pytest.mark.parametrize(
    ("slug", "text", "author", "history", "reply"),
    [
        (
            "einstein",
            "@einstein tell tom a joke",
            "sara",
            GRANDAD,
            "Ach, Tom, I am so sorry. That is a heavy thing to carry; be gentle with yourself, "
            "and let the people near you help.",
        ),
        (
            "einstein",
            "tell me a joke",
            "tom",
            GRANDAD,
            "Ach, Tom, I am so sorry. That is a heavy thing to carry; be gentle with yourself, "
            "and let the people near you help.",
        ),
        (
            "einstein",
            "tell my brother a joke, he just got dumped",
            "maya",
            (),
            "Ach, Maya, I am sorry. I went through a parting myself, and it hurt more than I let "
            "anyone see; be kind to yourself.",
        ),
        (
            "curie",
            "tell my brother a joke, he just got dumped",
            "maya",
            (),
            "Oh, Maya, I am so sorry. When Kazimierz and I parted in Poland I thought I would "
            "never be happy again; I was wrong, and you will be too.",
        ),
        (
            "darwin",
            "tell my brother a joke, he just got dumped",
            "maya",
            (),
            "I am sorry, Maya; a parting after years together is a real grief. Do not hurry "
            "yourself, and let others look after you a little.",
        ),
        (
            "shakespeare",
            "tell my brother a joke, he just got dumped",
            "maya",
            (),
            "Ah, Maya, I am heartily sorry. Parting is such sweet sorrow, they say, but there is "
            "little sweet in this; be gentle with thyself.",
        ),
        # near misses: no bad news, a joke as ever
        (
            "einstein",
            "einstein tell sara a joke to cheer her up",
            "maya",
            (),
            "A neutron walks into a bar and asks the price of a beer. The barman says: for you, "
            "Maya, no charge.",
        ),
        (
            "einstein",
            "@einstein tell tom a joke",
            "sara",
            (Line("tom", "my team lost again yesterday"),),
            "A neutron walks into a bar and asks the price of a beer. The barman says: for you, "
            "Sara, no charge.",
        ),
    ],
)
def test_no_joke_after_bad_news(slug, text, author, history, reply):
    assert say(slug, text, author=author, history=history) == reply


CONGRATULATE = "Ha! You had me for a moment, Maya; I was about to congratulate you."
PERHAPS = (
    "Perhaps, Maya; fame is a strange thing, and I never quite understood why so much of it "
    "landed on me."
)
# mend43b: "not really" takes good news back only standing alone, never qualifying what follows;
# a persona's own myth is its own to answer, in the first person; "overrated" is no charge
# pleaded guilty to, nor agreed with.
MENDED = [
    (
        "einstein",
        "i got the job, not really what i expected but i'm happy",
        "Herzlichen Glückwunsch, Maya! When I finally got my post at the patent office in Bern, "
        "I could pay my rent and eat properly; may yours do as much for you.",
    ),
    (
        "einstein",
        "i got engaged! not really sure he's the one though",
        "What happy news, Maya! Congratulations on the engagement; marriage is the boldest "
        "experiment of all, and I wish you a long and happy one.",
    ),
    (
        "einstein",
        "i won! not really a big prize but still",
        "How splendid, Maya! I am truly glad for you.",
    ),
    (
        "einstein",
        "i passed! not really sure how though",
        "And how did that happen, Maya? I always want to know how things come about.",
    ),
    ("einstein", "i won the lottery... not really", CONGRATULATE),
    ("einstein", "i won the lottery, not really lol", CONGRATULATE),
    ("einstein", "i got the job! i wish", CONGRATULATE),
    ("einstein", "we won the lottery lol jk", CONGRATULATE),
    (
        "einstein",
        "einstein failed maths right?",
        "A lovely question, Maya. I did fail my first entrance exam for the Zurich Polytechnic, "
        "but on the French and the botany, not the mathematics.",
    ),
    (
        "curie",
        "einstein failed maths right?",
        "No, Maya; it is widely believed, but the evidence says otherwise. Einstein did not fail "
        "mathematics; he had taught himself calculus by fifteen.",
    ),
    ("einstein", "i think einstein is overrated", PERHAPS),
    ("einstein", "einstein is kinda mid", PERHAPS),
    (
        "curie",
        "i think curie is overrated",
        "Perhaps, Maya; I never cared much for fame. It is the work that matters, not the one who "
        "did it.",
    ),
    (
        "socrates",
        "i think socrates is overrated",
        "Perhaps, Maya; I never claimed to be wise, only to know how little I know.",
    ),
    ("aibot", "ur overrated", "Ha, perhaps, Maya! I'll keep trying to earn my keep."),
    # near misses: a tease still pleaded guilty to; another's name met as ever
    ("einstein", "einstein is a know-it-all", "Ha! Guilty as charged, Maya."),
    (
        "curie",
        "i think einstein is overrated",
        "Ha! Perhaps, Maya; I have found Einstein worth listening to, even when I disagree.",
    ),
]


@pytest.mark.parametrize(("slug", "text", "reply"), MENDED)
def test_mended_as_said(slug, text, reply):
    assert say(slug, text) == reply
