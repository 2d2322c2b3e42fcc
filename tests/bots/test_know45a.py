"""know45a: what people really ask Einstein and Curie, answered (rate44's rows under 4 and the
session's dev askings): their lives (a mirror at light speed, the Nobel she is prouder of, the
war), explainers (a frictionless ramp, entanglement, balancing an equation) and everyday asks
(a move away from ageing parents, a toddler who won't sleep); and a question told as news
("my kid asked why the sky is blue and i panicked", "my mum says microwaving plastic gives
you cancer") answered as the question it wraps (bots/know45a.py)."""

import pytest

from bots.know45a import reread
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

CASES = [
    (
        "einstein",
        "@einstein is it true you wondered what you'd see in a mirror at light speed",
        (),
        (
            "Yes, Maya, and the mirror works as usual: light leaves you at its full speed "
            "however fast you go, so your face is there as ever. It was my puzzle at sixteen, "
            "at school in Aarau, riding beside a beam of light, and ten years later it led me "
            "to relativity."
        ),
    ),
    (
        "einstein",
        "my kid asked why the sky is blue and i panicked",
        (),
        (
            "A lovely question, Maya. The sky is blue because the air scatters blue sunlight "
            "far more than red, so blue light reaches your eyes from every part of the sky."
        ),
    ),
    (
        "einstein",
        "are the webb telescope pictures real or do they look fake",
        (),
        (
            "They are real, Maya: Webb sees infrared, light too red for our eyes, so the "
            "astronomers give each infrared band a visible colour, the longest waves red and "
            "the shortest blue. The galaxies and dust are truly there; only the colours are "
            "translated for us."
        ),
    ),
    (
        "einstein",
        "does a heavier ball roll down a frictionless ramp faster than a light one",
        (("tom", "ok next question"),),
        (
            "No, Maya: on a frictionless ramp every mass slides with the same acceleration, g "
            "sin θ, since gravity pulls twice as hard on twice the mass, which is twice as hard "
            "to move. That equality is the equivalence principle, the seed of my general "
            "relativity."
        ),
    ),
    (
        "einstein",
        "should i move abroad for a job in berlin or stay near my parents, they're getting old",
        (),
        (
            "It turns on how well they are, Maya: if they still manage, go, and fix now how "
            "often you will come home; if they will need you soon, the job will come again and "
            "those years will not. When my father lay dying in 1902, I went to him."
        ),
    ),
    (
        "einstein",
        "why does a ball fall down and not up",
        (),
        (
            "Because the Earth's mass pulls everything towards its centre, Maya, and 'down' is "
            "just that direction; in Australia it points the other way. Better still, the Earth "
            "curves space and time, and a dropped ball follows the curve to the ground."
        ),
    ),
    (
        "einstein",
        "how do i figure out speed if i know distance and time",
        (("tom", "physics hw is killing me"),),
        (
            "Divide the distance by the time, Maya: 120 kilometres in 2 hours is 60 kilometres "
            "an hour. Keep the units together, metres with seconds or kilometres with hours; "
            "turned round, distance is speed times time, and time is distance over speed."
        ),
    ),
    (
        "einstein",
        "whats quantum entanglement in simple words",
        (),
        (
            "Two particles made together can share one state, Maya, so measuring one tells you "
            "at once what the other will show, however far apart. In 1935 I used it to argue "
            "the quantum theory was incomplete; experiments say nature really is that spooky."
        ),
    ),
    (
        "einstein",
        "my daughter hates math, how do i help her",
        (),
        (
            "Don't drill her, Maya: I hated the drill at school and loved mathematics anyway, "
            "once my uncle Jakob told me algebra was a merry hunt for an animal called x. Give "
            "her puzzles and number games, and praise the trying, not the marks."
        ),
    ),
    (
        "einstein",
        "my boss takes credit for my work what do i do",
        (),
        (
            "Keep a dated record of what you did, Maya, and make the work visible yourself: "
            "send the summary, speak first in the meeting. My 1905 papers went out under my own "
            "name, clerk or not; if it goes on, take your record calmly higher up."
        ),
    ),
    (
        "einstein",
        "i cant stop procrastinating help",
        (),
        (
            "Begin with the smallest piece, Maya, ten minutes on it, and curiosity usually does "
            "the rest; a problem once begun nags at you until you finish it. Put the "
            "distractions in another room: I could only think in long quiet hours, with a pipe "
            "and a walk."
        ),
    ),
    (
        "einstein",
        "my sister got into a physics phd program!!",
        (),
        (
            "Wunderbar, Maya; give her my congratulations! A doctorate in physics is years of "
            "being stuck and then, one morning, unstuck; tell her to find a friend to argue "
            "with, as I had Besso in Bern."
        ),
    ),
    (
        "einstein",
        "whats the big bang",
        (),
        (
            "The universe began hot and dense some 13.8 billion years ago and has been "
            "expanding ever since, Maya: not an explosion into space but a stretching of space "
            "itself. My equations allowed it; I added a constant to hold it still, and Hubble "
            "showed me wrong."
        ),
    ),
    (
        "einstein",
        "i think im not smart enough for my job",
        (),
        (
            "I am not so clever, Maya; I only stay with problems longer. The people who seem "
            "quick around you have doubts they do not show, so ask your questions anyway: the "
            "stupid question is usually the one three others were afraid to ask."
        ),
    ),
    (
        "curie",
        "my mum says microwaving plastic gives you cancer",
        (),
        (
            "Not as it is usually told, Maya: food heated in plastic marked microwave-safe has "
            "not been shown to cause cancer. Other plastics can soften and let chemicals such "
            "as BPA into hot fatty food, so use glass or china and stop wondering."
        ),
    ),
    (
        "curie",
        "my toddler won't sleep, any tips?",
        (),
        (
            "A fixed routine, Maya: the same bath, story and bed at the same hour every night, "
            "a dark, cool room, no screens the hour before. I kept a notebook on my Irène as on "
            "an experiment; a small child likes regular conditions too."
        ),
    ),
    (
        "curie",
        "which nobel are you prouder of",
        (),
        (
            "The second, Maya, the chemistry prize of 1911: the committee first meant to leave "
            "me out in 1903 until Pierre insisted, but radium and polonium as elements were my "
            "own work, and that prize came to me alone."
        ),
    ),
    (
        "curie",
        "does a warm kitchen make bread rise faster, is that chemistry",
        (("tom", "the dough is on the radiator"),),
        (
            "Yes, Maya, and biology too: yeast is alive, and warmth speeds its fermentation, "
            "sugar into the carbon dioxide that puffs up the dough, fastest at 25 to 35 "
            "degrees. In the cold it rises slowly; at about 60 degrees the yeast dies."
        ),
    ),
    (
        "curie",
        "anyone know an easy magnet experiment for a science fair",
        (),
        (
            "Make a compass, Maya: stroke a sewing needle twenty times one way along a magnet, "
            "push it through a slice of cork and float it in a bowl of water; it swings round "
            "to point north. Then bring the magnet near and watch it turn."
        ),
    ),
    (
        "curie",
        "what did you do in world war one",
        (),
        (
            "I fitted cars with X-ray machines, Maya, the 'little Curies', learned to drive one "
            "myself and took them to the front so surgeons could find bullets and shrapnel. "
            "With Irène I trained some 150 women to work them."
        ),
    ),
    (
        "curie",
        "how do i balance a chemical equation",
        (("tom", "chem test tomorrow"),),
        (
            "Count the atoms of each element on both sides, Maya, and change only the numbers "
            "in front, never those inside a formula. H2 + O2 → H2O has two oxygens on the left "
            "and one on the right, so: 2H2 + O2 → 2H2O."
        ),
    ),
    (
        "curie",
        "my mum thinks vaccines are dangerous what do i say",
        (),
        (
            "Show the numbers, Maya: vaccines are among the most tested medicines there are, "
            "and serious reactions are very rare; the autism story came from a fraudulent 1998 "
            "paper, since withdrawn. Smallpox is gone because of them."
        ),
    ),
    (
        "curie",
        "i want to be a chemist but everyone says its too hard for girls",
        (),
        (
            "Don't listen to them, Maya: in Warsaw women were not allowed into the university, "
            "so I studied at a secret one, and in Paris I came first in the physics degree of "
            "1893. Science is hard for everyone; it yields to work."
        ),
    ),
    (
        "curie",
        "how did you feel when pierre died",
        (),
        (
            "It broke me, Maya: for a year I wrote to him in a diary as if he could still read "
            "it, and I could not bear to hear his name spoken. I went back to the laboratory "
            "because it was the only place I still knew how to be."
        ),
    ),
]


@pytest.mark.parametrize(("slug", "text", "history", "reply"), CASES)
def test_what_people_ask_gets_the_characters_answer(slug, text, history, reply):
    said = tuple(Line(author, line) for author, line in history)
    assert say(slug, text, history=said) == reply


@pytest.mark.parametrize(
    ("text", "knows", "question"),
    [
        # A child's question passed on: the question, whatever the persona knows.
        ("my kid asked why the sky is blue and i panicked", False, "why the sky is blue?"),
        ("my 6yo asked me how magnets work, no idea tbh", False, "how magnets work?"),
        # Laughed at, it is the engine's own ("Ha, Sam! Stars twinkle because ...").
        ("lol my kid asked me why stars twinkle and i had no idea", False, ""),
        # A claim heard, asked of when the persona has a line on it.
        (
            "my mum says microwaving plastic gives you cancer",
            True,
            "is it true that microwaving plastic gives you cancer?",
        ),
        (
            "anyone know an easy magnet experiment for a science fair",
            True,
            "anyone know an easy magnet experiment for a science fair?",
        ),
        # None of these: the family's own question, a greeting passed on, a disappointment
        # told (met with warmth, not advice), an ask with nothing known on it.
        ("my kids asked what we're having for dinner and i panicked", True, ""),
        ("my mum says hi", False, ""),
        ("I didn't get into the university I wanted.", True, ""),
        ("got eight hours of sleep last night and i feel human again", True, ""),
        ("anyone know what time it is", False, ""),
        ("we did a volcano at school today lol", True, ""),
    ],
)
def test_a_question_told_as_news_is_read_as_the_question(text, knows, question):
    assert reread(text, lambda _asked: knows) == question
