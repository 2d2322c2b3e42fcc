"""Personas answer what is their own (session 38, REFUSE_HOOK from a blind rating): questions
put to a persona on its own life, work, friends and rivals, its famous sayings, and everyday
questions squarely in its field, that had a stock refusal ("Down House has answered many
questions for me, Maya, but never that one", "There my mathematics fails me") or a line on
another thing (the splitting of tomatoes for whether a tomato is a fruit). Each is now a
`#know` line in the persona's voice; a question on its own life ("did you", "was your") meets
only a line keyed with a word for "you" (`bots.know._OF_ITS_LIFE`), so each such line has one.
No line names another persona, keys included (it would summon it: tests/bots/test_engine.py),
so Einstein on Curie and Curie on Einstein are left to the persona named. Look-alikes (a wife's
birthday present, Aldous Huxley, plays on at the Globe, a late apology) keep their own
replies."""

from __future__ import annotations

import pytest

from tests.bots.test_everyday_messages import say

MONKEYS = (
    "Not from any monkey living now, Maya: we and the apes share ancestors millions of years "
    "back, and both lines have changed since. I set it out in The Descent of Man, 1871: "
    "cousins, not grandchildren."
)
ATE = (
    "Many, Maya: at Cambridge my Glutton Club ate beasts unknown to the table, and on the "
    "voyage I ate armadillo, puma and Galápagos tortoise. I even dined on a rare rhea before I "
    "saw it was the very bird I was hunting."
)
EMMA = (
    "My cousin Emma Wedgwood, Maya: calm, kind and devout. We married in 1839 and had ten "
    "children. She never shared my doubts on religion, yet nursed me through every illness; I "
    "could not have had a better wife."
)
HUXLEY = (
    "Thomas Henry Huxley was my friend and champion, Maya, called my bulldog: I hated a public "
    "quarrel and he relished one. At Oxford in 1860 he took on Bishop Wilberforce for me, and "
    "he coined the word agnostic."
)
TENNER = (
    "From 2000 the Bank of England put me on its ten-pound note, Maya, beard and all, with a "
    "hummingbird and the Beagle beside me; in 2017 Jane Austen took my place, and rightly."
)
LAMARCK = (
    "Lamarck was right that species change, Maya, and brave to say so in 1809; but he thought "
    "creatures pass on what use gives them, the smith's strong arm to his son. I gave natural "
    "selection the main work."
)
TOMATO = (
    "A fruit, Maya, to a botanist: it grows from the flower and holds the seeds, like a pepper "
    "or a pea pod. To the cook it is a vegetable, and in 1893 the American Supreme Court said "
    "so too, for a tax on imports."
)
DINOSAURS = (
    "Most likely a great rock from space, Maya, 66 million years ago: its crater lies buried "
    "at Chicxulub in Mexico, and a layer of iridium from it runs through rocks worldwide. The "
    "birds are the dinosaurs that came through."
)
NEWTON = (
    "Newton, Maya, without a doubt. He invented the mathematics he needed as he went, and his "
    "laws ruled physics for two hundred years. His picture hung on my study wall, and when my "
    "theory corrected his I wrote: Newton, forgive me."
)
BOHR = (
    "Niels Bohr was a dear friend and my great opponent, Maya: for thirty years we argued over "
    "the quantum theory, he for chance at its heart and I against, and neither convinced the "
    "other. Few people ever gave me such joy by their mere presence."
)
BRAIN = (
    "It was kept, Maya: when I died in 1955 the Princeton pathologist, Thomas Harvey, took my "
    "brain without asking first, and it was studied in slices for decades. The rest of me was "
    "cremated, as I wished."
)
EQUATION = (
    "E = mc², Maya, from 1905: energy equals mass times the speed of light squared. Mass and "
    "energy are one thing, and since that speed squared is enormous, a little mass holds a "
    "great deal of energy."
)
LIESERL = (
    "Lieserl was born to Mileva and me in 1902, before we married, Maya, and I never saw her. "
    "After 1903 she vanishes from our letters, and nobody knows whether she died young or was "
    "given up; I never spoke of her."
)
BUTTERMILK = (
    "Yes, Maya: stir a tablespoon of lemon juice or white vinegar into a cup of ordinary milk "
    "and leave it ten minutes. The acid curdles the milk's proteins and thickens it: plain "
    "chemistry, and it bakes just like buttermilk."
)
RADIATION = (
    "Very likely, Maya: I died in 1934 of aplastic anaemia, my marrow worn out by years of "
    "handling radium bare-handed and the X-rays of the war, before anyone knew to shield "
    "themselves."
)
PIERRE = (
    "Pierre was killed in April 1906, Maya, crossing a street in Paris in the rain: he slipped "
    "and fell under a heavy horse-drawn wagon. I took his chair at the Sorbonne and went on "
    "with our work; it was the only way I knew to bear it."
)
MARIA = (
    "Maria Salomea Skłodowska, Maya, Manya at home in Warsaw. In Paris I became Marie, and "
    "Curie when I married Pierre in 1895; I often signed Skłodowska Curie, to keep my Polish "
    "name."
)
BABBAGE = (
    "Mr Babbage was my dear friend and collaborator, Maya: brilliant, impatient, quarrelsome "
    "with nearly everyone and very kind to me; he called me the Enchantress of Number. I "
    "admired him and argued with him, over my Notes above all, and held my ground."
)
GIRL = (
    "Keep at the work, Maya, whoever says no: read, solve, ask, and show the parents what is "
    "done, not only what is wished. Mary Somerville guided me and Augustus De Morgan taught me "
    "by letter; no university would have me, and a girl today has far more doors."
)
THINK = (
    "I wrote that the Engine has no pretensions to originate anything, Maya: it does whatever "
    "we know how to order it to perform. Yet it might compose elaborate music, if harmony were "
    "set in its cards; a century later Mr Turing answered me by name."
)
MOTHER = (
    "Strict, clever and watchful, Maya: Lady Byron, whom my father called his Princess of "
    "Parallelograms for her mathematics. She raised me on arithmetic and discipline to keep his "
    "poetry out of me, and watched over me all my life, sometimes too closely."
)
LYRE = (
    "Too old to become better, Maya? In old age I took lyre lessons from Connus beside the "
    "schoolboys, who laughed at us both; I went on all the same. The only learning too late is "
    "the learning never begun."
)
METHOD = (
    "It is only asking, Maya: take what someone says they know and question it; where the "
    "answers clash, we both learn we did not know. I called myself a midwife, like my mother, "
    "helping others bring forth wisdom."
)
NOTHING = (
    "Not in those words, Maya. At my trial, as Plato tells it, I said I was wiser than a man "
    "who thought he knew what he did not, because I did not think I knew. The tidy phrase came "
    "later."
)
TRADE = (
    "I learned my father's trade of stonemason, Maya, and served as a soldier when Athens "
    "called; but mostly I talked in the agora and took no fee, so I stayed poor. Philosophy was "
    "never my living, only my life."
)
PLATO = (
    "The best of the young men who followed me, Maya, and the one who wrote it all down: after "
    "my death he set our talks in dialogues where I do the speaking. How much is mine and how "
    "much his, even I could not say."
)
PLAYS = (
    "About thirty-seven or thirty-eight plays, Maya, depending who counts and how the shared "
    "ones are reckoned, and 154 sonnets besides. My fellows Heminges and Condell gathered "
    "thirty-six plays in the First Folio of 1623."
)
# The sonnets asked, the sonnets answered (field47h; it had been the plays' count).
SONNETS = (
    "A hundred and fifty-four, Maya, printed together in 1609, though some were passed among "
    "private friends years before. There are more hidden in the plays: Romeo and Juliet's first "
    "words to each other make a sonnet."
)
MARLOWE = (
    "Kit Marlowe was born the same year as I, Maya, 1564, and was the first star of our stage: "
    "Tamburlaine, Faustus, his mighty line. He was stabbed at Deptford in 1593, at twenty-nine; "
    "I quoted him in As You Like It."
)
DARK_LADY = (
    "Her name I keep, Maya: the Dark Lady of my sonnets, 127 to 152, has been matched to a "
    "dozen women and proven to be none. Let her keep her secret; the sonnets are the better "
    "for it."
)
ACTOR = (
    "Well enough to earn my share, Maya: I acted with my company all my working life, and "
    "stand in the cast lists of Ben Jonson's plays too. Tradition says I played the Ghost in "
    "Hamlet and old Adam in As You Like It."
)

WAGES = (
    "I never had a job for wages, Maya: my father's money kept me. The nearest was the Beagle, "
    "where I sailed in 1831, at twenty-two, as the captain's companion and naturalist, unpaid."
)
CITIZEN = (
    "In 1940, Maya, seven years after the Nazis drove me from Germany: America had given me a "
    "home at Princeton and the freedom to speak my mind. I kept my Swiss citizenship as well."
)
XENOPHON = (
    "A soldier and a plain man, Maya: he marched home with ten thousand Greeks out of Persia "
    "and wrote it up. He set down my talks too, in his Memorabilia, plainer than Plato; there I "
    "give more advice and ask less."
)

# (persona, question, its whole reply): each question of the rating, or of our own search, and
# a rewording of it.
ANSWERED = [
    ("darwin", "is it true humans came from monkeys", MONKEYS),
    ("darwin", "did we really evolve from apes?", MONKEYS),
    ("darwin", "did man descend from apes?", MONKEYS),
    ("darwin", "did you eat the animals you found", ATE),
    ("darwin", "did you ever eat a tortoise?", ATE),
    ("darwin", "what was your wife like", EMMA),
    ("darwin", "how did you meet your wife emma?", EMMA),
    ("darwin", "who was thomas huxley", HUXLEY),
    ("darwin", "was huxley really your bulldog?", HUXLEY),
    ("darwin", "did you know thomas huxley?", HUXLEY),
    ("darwin", "why are you on the ten pound note", TENNER),
    ("darwin", "were you on the ten pound note?", TENNER),
    ("darwin", "what did you think of lamarck", LAMARCK),
    ("darwin", "was lamarck wrong?", LAMARCK),
    ("darwin", "is a tomato a fruit or a vegetable", TOMATO),
    ("darwin", "tomatoes are a fruit right, not a veg?", TOMATO),
    ("darwin", "what killed the dinosaurs", DINOSAURS),
    ("darwin", "what was your first job", WAGES),
    ("darwin", "did you have a job?", WAGES),
    ("einstein", "why did you become an american citizen", CITIZEN),
    ("einstein", "were you a us citizen?", CITIZEN),
    ("socrates", "what was xenophon like", XENOPHON),
    ("socrates", "did you know xenophon?", XENOPHON),
    ("darwin", "how did the dinosaurs die?", DINOSAURS),
    ("einstein", "who do you think was smarter, newton or you", NEWTON),
    ("einstein", "are you cleverer than newton?", NEWTON),
    ("einstein", "was newton a greater genius than you?", NEWTON),
    ("einstein", "what did you think of bohr", BOHR),
    ("einstein", "were you and bohr friends?", BOHR),
    ("einstein", "what was your brain like, is it true they kept it", BRAIN),
    ("einstein", "what happened to your brain after you died", BRAIN),
    ("einstein", "what is your most famous equation", EQUATION),
    ("einstein", "whats your most famous formula", EQUATION),
    ("einstein", "what was your daughter lieserl", LIESERL),
    ("einstein", "who was lieserl", LIESERL),
    ("curie", "can i make buttermilk with normal milk", BUTTERMILK),
    ("curie", "i don't have buttermilk, what can i use instead?", BUTTERMILK),
    ("curie", "how do i make buttermilk from regular milk", BUTTERMILK),
    ("curie", "did radiation kill you", RADIATION),
    ("curie", "was it the radiation that killed you?", RADIATION),
    ("curie", "what happened to pierre", PIERRE),
    ("curie", "how did pierre die?", PIERRE),
    ("curie", "what was your real name", MARIA),
    ("curie", "what was your polish name", MARIA),
    ("lovelace", "what did you think of charles babbage honestly", BABBAGE),
    ("lovelace", "what was mr babbage like?", BABBAGE),
    ("lovelace", "was babbage your friend?", BABBAGE),
    (
        "lovelace",
        "what would you say to a girl who wants to be a scientist but her parents say no",
        GIRL,
    ),
    ("lovelace", "my daughter wants to study maths but her dad is against it, any advice?", GIRL),
    (
        "lovelace",
        "my parents won't let me do engineering, they say it's for boys. what should i do?",
        GIRL,
    ),
    ("lovelace", "did you think machines could ever think", THINK),
    ("lovelace", "could your engine ever think?", THINK),
    ("lovelace", "what was your mother like", MOTHER),
    ("lovelace", "did you get on with your mum?", MOTHER),
    ("socrates", "is it too late to learn to code at 40", LYRE),
    ("socrates", "am i too old to learn the piano at 55?", LYRE),
    ("socrates", "what is the socratic method", METHOD),
    ("socrates", "can you explain the socratic method?", METHOD),
    ("socrates", "did you really say i know that i know nothing", NOTHING),
    (
        "socrates",
        "is it true you said the only true wisdom is knowing you know nothing?",
        NOTHING,
    ),
    ("socrates", "what did you do for a job", TRADE),
    ("socrates", "what was your job?", TRADE),
    ("socrates", "what was plato like as a student", PLATO),
    ("socrates", "was plato your student?", PLATO),
    ("shakespeare", "how many plays did you write", PLAYS),
    ("shakespeare", "how many sonnets did you write?", SONNETS),
    ("shakespeare", "what did you think of christopher marlowe", MARLOWE),
    ("shakespeare", "were you friends with marlowe?", MARLOWE),
    ("shakespeare", "who was the dark lady", DARK_LADY),
    ("shakespeare", "was the dark lady real?", DARK_LADY),
    ("shakespeare", "were you a good actor", ACTOR),
    ("shakespeare", "did you act in your own plays?", ACTOR),
]


@pytest.mark.parametrize(("slug", "text", "reply"), ANSWERED)
def test_its_own_is_answered(slug: str, text: str, reply: str) -> None:
    assert say(slug, text) == reply


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_monkeys_answered_whatever_the_seed(seed: int) -> None:
    assert say("darwin", "is it true humans came from monkeys", seed=seed) == MONKEYS


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_splitting_tomatoes_are_watered_steadily(seed: int) -> None:
    reply = say("darwin", "my tomatoes keep splitting, why", seed=seed)
    assert reply.endswith(
        "Tomatoes split and crack from uneven watering, I should think: after a dry spell a "
        "soaking swells the fruit faster than its skin can stretch; water a little every day, "
        "and mulch the soil."
    )


# (persona, a look-alike of a question above, the new reply it must not get)
NOT_ANSWERED = [
    ("darwin", "what should i get my wife for her birthday, any ideas from you?", EMMA),
    ("darwin", "have you read brave new world by aldous huxley", HUXLEY),
    ("darwin", "can you lend me a tenner", TENNER),
    ("darwin", "do monkeys feel emotions like us?", MONKEYS),
    ("darwin", "why do people come to see the monkeys at the zoo?", MONKEYS),
    ("darwin", "why do tomatoes split?", TOMATO),
    ("darwin", "can i grow tomatoes in a pot?", TOMATO),
    ("darwin", "what do you think animals eat in winter?", ATE),
    ("darwin", "why did the dodo go extinct?", DINOSAURS),
    ("darwin", "what was your work on barnacles", WAGES),
    ("einstein", "how do i become a us citizen, can you help?", CITIZEN),
    ("einstein", "what are newton's three laws", NEWTON),
    ("einstein", "how do you keep your brain sharp?", BRAIN),
    ("einstein", "what does e=mc2 mean", EQUATION),
    ("curie", "is buttermilk good for you", BUTTERMILK),
    ("curie", "can radiation from my phone make you sick?", RADIATION),
    ("curie", "how did you meet pierre", PIERRE),
    ("lovelace", "did babbage finish his engine, do you know?", BABBAGE),
    ("lovelace", "my parents say no to a phone, is that fair?", GIRL),
    ("lovelace", "what do you think of my computer?", THINK),
    ("lovelace", "can computers think?", THINK),
    ("lovelace", "do you think machines will ever think for themselves?", THINK),
    ("lovelace", "did you think computers would catch on?", THINK),
    ("lovelace", "my mum is strict, what do you think?", MOTHER),
    ("socrates", "is it too late to apologise to my friend?", LYRE),
    ("socrates", "is it too late to study for my exam tonight?", LYRE),
    ("socrates", "should i quit my job? what do you think", TRADE),
    ("socrates", "i know nothing about wine, what should i buy", NOTHING),
    ("socrates", "can you recommend a good plato book?", PLATO),
    ("shakespeare", "how many acts in a play?", PLAYS),
    ("shakespeare", "how many plays are on at the globe this summer?", PLAYS),
    ("shakespeare", "how do i act better on stage, any tips?", ACTOR),
    ("shakespeare", "what's the dark side of the moon", DARK_LADY),
]


@pytest.mark.parametrize(("slug", "text", "reply"), NOT_ANSWERED)
def test_look_alikes_keep_their_own_replies(slug: str, text: str, reply: str) -> None:
    assert reply not in say(slug, text)
