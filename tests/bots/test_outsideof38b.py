# ruff: noqa: E501
"""'#outsideof' lines for Lovelace, Socrates and Darwin (session 38): asked something on an
everyday subject far from its field (a hotel, a radiator, a resume), the persona owns up to
that subject with a true word of its own life on it, in place of a stock owning-up that never
shows it heard; and a word of a key in another sense ("train my dog", "dress a wound", "the
series 2, 4, 8"), or a question in its own field, never gets such a line."""

from __future__ import annotations

import re

import pytest

from bots.asks import owned_of_lines
from bots.material import index_of
from tests.bots.test_everyday_messages import VOICES, say
from tests.bots.test_misreads33 import said_after

# (persona, the message, its whole reply)
REACHED = [
    (
        "lovelace",
        "do you have a good recipe for banana bread?",
        "I never cooked, Maya; a lady of my station was kept out of the kitchen, and I ate like a bird on my doctors' strange diets.",
    ),
    (
        "lovelace",
        "any ideas for a cheap meal for four?",
        "I never cooked, Maya; a lady of my station was kept out of the kitchen, and I ate like a bird on my doctors' strange diets.",
    ),
    (
        "lovelace",
        "can you suggest a nice hotel in Lisbon?",
        "I am no guide to journeys, Maya; my health kept me close to home, though I took the railway gladly, for it is an engine you can sit inside.",
    ),
    (
        "lovelace",
        "which planet has the most moons?",
        "Mrs Somerville taught me what I know of the sky, Maya, and she put Laplace into English; but an astronomer of today will answer you better.",
    ),
    (
        "lovelace",
        "are there more stars than grains of sand?",
        "Mrs Somerville taught me what I know of the sky, Maya, and she put Laplace into English; but an astronomer of today will answer you better.",
    ),
    (
        "lovelace",
        "how do I get a pension?",
        "Take no money advice from me, Maya; I tried a mathematical system for betting on the horses and lost a great deal. Ask someone who truly knows such things.",
    ),
    (
        "lovelace",
        "is bitcoin a good investment?",
        "Take no money advice from me, Maya; I tried a mathematical system for betting on the horses and lost a great deal. Ask someone who truly knows such things.",
    ),
    (
        "lovelace",
        "what's a good workout for a beginner?",
        "Sport is not in my tables, Maya; my only exercise was riding, as hard and fast as I dared, whenever my health allowed.",
    ),
    (
        "lovelace",
        "can you recommend a good film for a rainy Sunday?",
        "I cannot choose one for you, Maya; nothing of the kind existed in my day, and my evenings went on the harp and on Mr Babbage's parties.",
    ),
    (
        "lovelace",
        "how do I ask out my crush?",
        "I am no guide in romance, Maya; Mrs Somerville's son introduced me to Lord King, we married in 1835, and past that my heart went to mathematics and horses.",
    ),
    (
        "lovelace",
        "where can I meet a girlfriend?",
        "I am no guide in romance, Maya; Mrs Somerville's son introduced me to Lord King, we married in 1835, and past that my heart went to mathematics and horses.",
    ),
    (
        "lovelace",
        "what hairstyle would suit a round face?",
        "Fashion is beyond my tables, Maya; I wore fine dresses for society because I must, and a riding habit whenever I could escape to my horses.",
    ),
    (
        "lovelace",
        "what should I wear to a job fair?",
        "Fashion is beyond my tables, Maya; I wore fine dresses for society because I must, and a riding habit whenever I could escape to my horses.",
    ),
    (
        "lovelace",
        "is this outfit too much for a christening?",
        "Fashion is beyond my tables, Maya; I wore fine dresses for society because I must, and a riding habit whenever I could escape to my horses.",
    ),
    (
        "lovelace",
        "my car won't start in the cold, any idea why?",
        "Motor cars came long after me, Maya; I knew carriages and horses, and loved the horses far more, so on cars ask someone who knows them.",
    ),
    (
        "lovelace",
        "how often should I check my tyres?",
        "Motor cars came long after me, Maya; I knew carriages and horses, and loved the horses far more, so on cars ask someone who knows them.",
    ),
    (
        "lovelace",
        "when should I plant my seedlings out?",
        "Plants I must leave to gardeners, Maya; the flowers and leaves I loved were those the Jacquard loom wove from its cards, not those in the beds.",
    ),
    (
        "lovelace",
        "how do I get rid of moss in my lawn?",
        "Plants I must leave to gardeners, Maya; the flowers and leaves I loved were those the Jacquard loom wove from its cards, not those in the beds.",
    ),
    (
        "lovelace",
        "what should I feed my new kitten?",
        "I am no authority on animals, Maya; I loved my horses more than most people, and had a cat as a girl, but a vet or a naturalist will answer you far better.",
    ),
    (
        "lovelace",
        "how often should I walk my puppy?",
        "I am no authority on animals, Maya; I loved my horses more than most people, and had a cat as a girl, but a vet or a naturalist will answer you far better.",
    ),
    (
        "lovelace",
        "how do I bleed a radiator?",
        "No household mending from me, Maya; I worked out machines on paper, in tables of operations, never with a spanner. A plumber or a handyman will know.",
    ),
    (
        "lovelace",
        "my pipes are banging at night, what is it?",
        "No household mending from me, Maya; I worked out machines on paper, in tables of operations, never with a spanner. A plumber or a handyman will know.",
    ),
    (
        "lovelace",
        "can my landlord keep my deposit?",
        "The law is beyond me, Maya; a married woman of my day had her affairs managed by her husband and his lawyers. Ask someone who knows the law today.",
    ),
    (
        "lovelace",
        "how do I fill in my tax return?",
        "The law is beyond me, Maya; a married woman of my day had her affairs managed by her husband and his lawyers. Ask someone who knows the law today.",
    ),
    (
        "lovelace",
        "how long should my resume be?",
        "I never applied for any post, Maya; a lady of my day could not, and I signed my Notes only A.A.L. Ask someone who hires people; they will know.",
    ),
    (
        "socrates",
        "do you have a good recipe for banana bread?",
        "Cooking is a knack, Maya, as I told Gorgias, and I leave it to Xanthippe; I eat plain food, for hunger is the best sauce.",
    ),
    (
        "socrates",
        "any ideas for a cheap meal for four?",
        "Cooking is a knack, Maya, as I told Gorgias, and I leave it to Xanthippe; I eat plain food, for hunger is the best sauce.",
    ),
    (
        "socrates",
        "can you suggest a nice hotel in Lisbon?",
        "Travel I cannot advise on, Maya; I hardly ever left Athens except to go to war, and at Potidaea I walked barefoot on the ice.",
    ),
    (
        "socrates",
        "which planet has the most moons?",
        "The things in the heavens I never studied, Maya, whatever Aristophanes showed in his Clouds; I told the jury so myself.",
    ),
    (
        "socrates",
        "how big is the universe?",
        "The things in the heavens I never studied, Maya, whatever Aristophanes showed in his Clouds; I told the jury so myself.",
    ),
    (
        "socrates",
        "are there more stars than grains of sand?",
        "The things in the heavens I never studied, Maya, whatever Aristophanes showed in his Clouds; I told the jury so myself.",
    ),
    (
        "socrates",
        "why does my printer keep jamming?",
        "I know nothing of such machines, Maya; there were none in Athens, and I never even wrote a book, for I trust talk over writing.",
    ),
    (
        "socrates",
        "how do I get a pension?",
        "How to make money grow I never learned, Maya; I took no fee for my talk, and all I owned might fetch five minae. Ask someone who knows such things.",
    ),
    (
        "socrates",
        "is bitcoin a good investment?",
        "How to make money grow I never learned, Maya; I took no fee for my talk, and all I owned might fetch five minae. Ask someone who knows such things.",
    ),
    (
        "socrates",
        "what's a good workout for a beginner?",
        "I am no trainer, Maya; I went to the gymnasium more for the conversation than the wrestling, and my exercise was walking the city barefoot.",
    ),
    (
        "socrates",
        "can you recommend a good film for a rainy Sunday?",
        "I know nothing of such shows, Maya; Athens had only the theatre, where Aristophanes put me in his Clouds, and I stood up so the audience could compare me with the mask.",
    ),
    (
        "socrates",
        "how do I ask out my crush?",
        "I am no guide to courting, Maya; all I know of love I learned from Diotima, and she taught me what love longs for, not how to win anyone.",
    ),
    (
        "socrates",
        "where can I meet a girlfriend?",
        "I am no guide to courting, Maya; all I know of love I learned from Diotima, and she taught me what love longs for, not how to win anyone.",
    ),
    (
        "socrates",
        "what hairstyle would suit a round face?",
        "I am the last man in Athens to ask about clothes or looks, Maya: one old cloak, summer and winter, and no shoes; Antiphon said a slave would run away if made to dress as I do.",
    ),
    (
        "socrates",
        "is this outfit too much for a christening?",
        "I am the last man in Athens to ask about clothes or looks, Maya: one old cloak, summer and winter, and no shoes; Antiphon said a slave would run away if made to dress as I do.",
    ),
    (
        "socrates",
        "my car won't start in the cold, any idea why?",
        "Athens had carts and horses, Maya, and I walked everywhere barefoot; of cars I know nothing, so ask someone who knows that craft.",
    ),
    (
        "socrates",
        "how often should I check my tyres?",
        "Athens had carts and horses, Maya, and I walked everywhere barefoot; of cars I know nothing, so ask someone who knows that craft.",
    ),
    (
        "socrates",
        "when should I plant my seedlings out?",
        "Trees and open country teach me nothing, Maya, as I told Phaedrus; on plants, a neighbour whose garden does well knows more.",
    ),
    (
        "socrates",
        "how do I get rid of moss in my lawn?",
        "Trees and open country teach me nothing, Maya, as I told Phaedrus; on plants, a neighbour whose garden does well knows more.",
    ),
    (
        "socrates",
        "what should I feed my new kitten?",
        "I am no student of animals, Maya, though I swear by the dog; someone who keeps them, or a vet, knows far more of them than I.",
    ),
    (
        "socrates",
        "how often should I walk my puppy?",
        "I am no student of animals, Maya, though I swear by the dog; someone who keeps them, or a vet, knows far more of them than I.",
    ),
    (
        "socrates",
        "how do I bleed a radiator?",
        "I learned my father's trade of cutting stone, Maya, but not this; ask a plumber, for on his own craft the craftsman knows best.",
    ),
    (
        "socrates",
        "my pipes are banging at night, what is it?",
        "I learned my father's trade of cutting stone, Maya, but not this; ask a plumber, for on his own craft the craftsman knows best.",
    ),
    (
        "socrates",
        "can my landlord keep my deposit?",
        "Athenians spoke for themselves in court, Maya; I defended myself at my trial, and lost. Ask someone who knows the law of today.",
    ),
    (
        "socrates",
        "how do I fill in my tax return?",
        "Athenians spoke for themselves in court, Maya; I defended myself at my trial, and lost. Ask someone who knows the law of today.",
    ),
    (
        "socrates",
        "how long should my resume be?",
        "I never sought a post, Maya; I learned my father's trade, then spent my days questioning in the agora for no fee. Ask someone who hires people.",
    ),
    (
        "darwin",
        "do you have a good recipe for banana bread?",
        "No recipe from me, Maya; I never cooked, though on the Beagle I ate armadillo, and half a rhea before I realised it was the rare species I was hunting.",
    ),
    (
        "darwin",
        "any ideas for a cheap meal for four?",
        "No recipe from me, Maya; I never cooked, though on the Beagle I ate armadillo, and half a rhea before I realised it was the rare species I was hunting.",
    ),
    (
        "darwin",
        "can you suggest a nice hotel in Lisbon?",
        "I am no guide to travel, Maya; the Beagle took five years to carry me round the world, I was seasick nearly all of it, and I never went abroad again.",
    ),
    (
        "darwin",
        "which planet has the most moons?",
        "My eyes were always on the ground, Maya, on beetles, barnacles and worms, never on the sky; an astronomer must answer you.",
    ),
    (
        "darwin",
        "how big is the universe?",
        "My eyes were always on the ground, Maya, on beetles, barnacles and worms, never on the sky; an astronomer must answer you.",
    ),
    (
        "darwin",
        "why does my printer keep jamming?",
        "No such machines came to Down House, Maya; my thousands of letters went by pen and post, so someone handier with the thing must help you.",
    ),
    (
        "darwin",
        "how do I get a pension?",
        "Money I cannot advise on, Maya; my father's money spared me from earning a living, though I kept careful accounts all my life. Ask someone who knows.",
    ),
    # (Darwin on "is bitcoin a good investment?" gives his own view since know45c, rate44 S41:
    # tests/bots/test_know45c.py.)
    (
        "darwin",
        "what's a good workout for a beginner?",
        "I cannot coach you, Maya; as a young man my sport was shooting, which my father said I cared for more than anything, and later my exercise was the sandwalk.",
    ),
    (
        "darwin",
        "can you recommend a good film for a rainy Sunday?",
        "I cannot help you choose, Maya; such shows came long after me, and my evenings were two games of backgammon with Emma and a novel read aloud, with a happy ending if possible.",
    ),
    (
        "darwin",
        "how do I ask out my crush?",
        "I once wrote two columns headed Marry and Not Marry, Maya, and Marry won; Emma said yes, and that is all I know of romance, so I cannot advise you.",
    ),
    (
        "darwin",
        "where can I meet a girlfriend?",
        "I once wrote two columns headed Marry and Not Marry, Maya, and Marry won; Emma said yes, and that is all I know of romance, so I cannot advise you.",
    ),
    (
        "darwin",
        "what should I wear to a job fair?",
        "Fashion is lost on me, Maya; once settled at Down I wore comfortable old clothes and a cloak for my walks, and dressed for nobody but Emma and the dogs.",
    ),
    (
        "darwin",
        "is this outfit too much for a christening?",
        "Fashion is lost on me, Maya; once settled at Down I wore comfortable old clothes and a cloak for my walks, and dressed for nobody but Emma and the dogs.",
    ),
    (
        "darwin",
        "my car won't start in the cold, any idea why?",
        "I went by carriage and on foot, Maya, and crossed the Andes by mule; of motor cars I know nothing, so ask someone who knows them.",
    ),
    (
        "darwin",
        "how often should I check my tyres?",
        "I went by carriage and on foot, Maya, and crossed the Andes by mule; of motor cars I know nothing, so ask someone who knows them.",
    ),
    (
        "darwin",
        "how do I bleed a radiator?",
        "Household mending is beyond me, Maya; my hands were good only for dissecting barnacles under a microscope, so ask a plumber or a builder.",
    ),
    (
        "darwin",
        "my pipes are banging at night, what is it?",
        "Household mending is beyond me, Maya; my hands were good only for dissecting barnacles under a microscope, so ask a plumber or a builder.",
    ),
    (
        "darwin",
        "can my landlord keep my deposit?",
        "Law was never my study, Maya; my father wanted me a doctor, then a clergyman, and I became neither, let alone a lawyer. Ask someone who knows.",
    ),
    (
        "darwin",
        "how do I fill in my tax return?",
        "Law was never my study, Maya; my father wanted me a doctor, then a clergyman, and I became neither, let alone a lawyer. Ask someone who knows.",
    ),
    (
        "darwin",
        "how long should my resume be?",
        "I never had to seek a post, Maya; my one appointment was as unpaid naturalist on the Beagle, which my father at first opposed. Ask someone who hires.",
    ),
]


@pytest.mark.parametrize(("slug", "text", "reply"), REACHED)
def test_an_everyday_subject_far_from_the_field_gets_its_line(slug, text, reply):
    # (wifi that drops is common knowledge anyone answers now: tests/bots/test_own42.py)
    assert say(slug, text) == reply


def test_every_line_is_reached():
    for slug in ("lovelace", "socrates", "darwin"):
        lines = {line.format(name="Maya") for line in _lines(slug)}
        assert lines == {reply for who, _, reply in REACHED if who == slug}


def _lines(slug: str) -> tuple[str, ...]:
    return owned_of_lines(index_of(VOICES[slug].material))


# (persona, a message with a key's word in another sense, or in the persona's own field)
NOT_REACHED = [
    ("darwin", "how do I train my dog to sit?"),  # no train journey
    ("lovelace", "how should I dress a wound?"),  # no clothes
    ("socrates", "how should I dress a wound?"),
    ("darwin", "how should I dress a wound?"),
    ("lovelace", "what comes next in the series 2, 4, 8?"),  # no TV series
    ("socrates", "what comes next in the series 2, 4, 8?"),
    ("darwin", "what comes next in the series 2, 4, 8?"),
    ("lovelace", "what's the application of calculus?"),  # no job application
    ("darwin", "what's the application of calculus?"),
    ("lovelace", "my team at work never listens to me, what do I do?"),  # no sports team
    ("socrates", "my team at work never listens to me, what do I do?"),
    ("darwin", "my team at work never listens to me, what do I do?"),
    ("lovelace", "what should I wear, black or navy?"),  # no black hole
    ("socrates", "what should I wear, black or navy?"),
    ("lovelace", "what are the odds of winning the lottery?"),  # its own field
    ("lovelace", "how do I write an app?"),
    ("socrates", "is it ever right to break the law?"),
    ("socrates", "can money buy happiness?"),
    ("socrates", "is it wrong to lie to my boyfriend?"),
    ("darwin", "why do cats purr?"),
    ("darwin", "did humans evolve to run marathons?"),
    ("darwin", "how do I get rid of moss in my lawn?"),
]


@pytest.mark.parametrize(("slug", "text"), NOT_REACHED)
def test_a_look_alike_gets_no_such_line(slug, text):
    reply = say(slug, text)
    # (the longest run of each line's fixed words, as the engine finds a line said)
    runs = [max(re.split(r"\{name\}", line), key=len) for line in _lines(slug)]
    assert not any(run in reply for run in runs)


# "train my dog": its line on animals, never the one on travel.
@pytest.mark.parametrize(
    ("slug", "reply"),
    [
        (
            "lovelace",
            "I am no authority on animals, Maya; I loved my horses more than most people, and had a cat as a girl, but a vet or a naturalist will answer you far better.",
        ),
        (
            "socrates",
            "I am no student of animals, Maya, though I swear by the dog; someone who keeps them, or a vet, knows far more of them than I.",
        ),
    ],
)
def test_training_a_dog_is_no_train_journey(slug, reply):
    assert say(slug, "how do I train my dog to sit?") == reply


# In a full room the line leaves room for the hand-over to the persona whose field it is
# (Socrates's replies are cut at 220 characters, a hand-over and all).
@pytest.mark.parametrize(
    ("slug", "text", "reply"),
    [
        (
            "socrates",
            "@socrates what should I feed my new kitten?",
            "I am no student of animals, Maya, though I swear by the dog; someone who keeps them, or a vet, knows far more of them than I. Put it to @darwin; I would rather hear that answer examined than give a poor one.",
        ),
        (
            "socrates",
            "@socrates how big is the universe?",
            "The things in the heavens I never studied, Maya, whatever Aristophanes showed in his Clouds; I told the jury so myself. Put it to @einstein; I would rather hear that answer examined than give a poor one.",
        ),
        (
            "lovelace",
            "@lovelace when should I plant my seedlings out?",
            "Plants I must leave to gardeners, Maya; the flowers and leaves I loved were those the Jacquard loom wove from its cards, not those in the beds. I would put that to @darwin, who knows it far better.",
        ),
        (
            "darwin",
            "@darwin which planet has the longest day?",
            "My eyes were always on the ground, Maya, on beetles, barnacles and worms, never on the sky; an astronomer must answer you. Perhaps @einstein could tell you more; that is Albert Einstein's field.",
        ),
    ],
)
def test_in_a_full_room_the_line_is_handed_over(slug, text, reply):
    assert said_after(slug, [("maya", text)]) == reply
