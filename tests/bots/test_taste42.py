"""taste42: a question of fact is never answered as a matter of taste, and a line met on words
means them in the message's sense (rate41 §3.1).

- A why/how question of fact, with a word that judges beside it ("surely it's bad for
  survival"), figures weighed ("28000 yen ... 50000, is the pass worth it"), a view asked in the
  persona's own field, a person's own conduct ("my gf says i never listen"), or harm told, is
  never answered "Tastes vary as much as finches' beaks" (`opine.fact_asked`).
- "Who would win, X or Y" is play, never a pick by lot ("I would say a fight").
- "machines will never be creative", said to the room, is a claim to agree or disagree with,
  with a reason, never a mishap met with sympathy.
- A line on a deed the question asks of as done by another thing ("A seedling bends towards
  the light" for "how does gravity bend light") is on something else (`sense.another_doer`).
- A real matter of taste keeps its reply ("tea or coffee?", "do you prefer cats or dogs")."""

from __future__ import annotations

import pytest

from bots.opine import fact_asked
from bots.sense import another_doer
from tests.bots.test_everyday_messages import say

# The rater's examples (rate41), as the persona now answers them.
EXAMPLES = [
    (
        "einstein",
        "who would win in a fight, einstein or darwin",
        "Ha, Maya! Competition is a poor teacher; at school it made me hate learning, and the "
        "best work I did came from wonder, not from wanting to beat anybody.",
    ),
    (
        "darwin",
        "darwin why do babies cry so much, surely it's bad for survival, attracts predators",
        "I would go about that as I go about everything, Maya: watch the creature patiently, "
        "note what it does and when, and ask what use the habit serves it in the struggle to "
        "live.",
    ),
    (
        "einstein",
        "einstein what do you think of modern physics, string theory etc",
        # field43: his own field, answered from his last thirty years, never owned up to.
        "I spent my last thirty years hunting one theory to unite gravity and electromagnetism, "
        "Maya, and never found it; string theory came after my time, a bold try at the same "
        "game. I would ask it what I ask of any theory: what does it predict that we can test?",
    ),
    (
        "lovelace",
        "the rail pass is 28000 yen and a return ticket is 50000, is the pass worth it",
        "I have all your figures, Maya, but I cannot see for certain how they go together, and a "
        "wrong figure is worse than none; this one I leave unworked.",
    ),
    (
        "darwin",
        "How does gravity actually bend light? I never got that",
        "Down House has answered many questions for me, Maya, but never that one.",
    ),
    (
        "einstein",
        "my gf says i never listen. i think i do. thoughts?",
        # (advice45: it had said "At the patent office I saw every kind of invention, Maya, but
        # nothing of such things; there I am no help.")
        "Ask your girlfriend what they saw that made them say it, Maya, and listen without "
        "defending. Take what is true, leave what is not; a label is a rough measurement, and "
        "even a rough one can hold a little information.",
    ),
    (
        "einstein",
        "machines will never be creative",
        "Yes, Maya, I think so; and when a thing seems true to me I still want to see it tested. "
        "I would want to see a machine ask a new question before I called it creative; "
        "imagination is more than shuffling old pieces, and my ideas came as pictures.",
    ),
    (
        "socrates",
        "machines will never be creative",
        "Tell me first what creating is: if it is making something new, a machine may do it; if "
        "it is knowing that the new thing is good, I think only a soul can do that.",
    ),
    (
        "darwin",
        "Curie, was it worth it, given what radiation did to your health?",
        "The Beagle took me round the world, Maya, and never once near that question; it lies "
        "far from my studies.",
    ),
]

# Look-alikes of the class, of my own.
LOOK_ALIKES = [
    (
        "socrates",
        "who'd win at chess, lovelace or socrates",
        "Ha, Maya! Competing to win teaches us to argue for victory, as the sophists did; I would "
        "rather we competed only in finding the truth, where the loser gains most.",
    ),
    (
        "curie",
        "who would win a debate, you or einstein",
        "Ha, Maya! A race is good when it is a race for the truth; others chased radioactivity "
        "too, and it made us work faster, but we published everything and patented nothing.",
    ),
    (
        "darwin",
        "who would win in a race, darwin or shakespeare",
        "Ha, Maya! Competition shapes every living thing, but it is not the whole story; I wrote "
        "of the struggle for existence, and also of how sympathy helped our species thrive.",
    ),
    (
        "einstein",
        "who will win the world cup this year",
        "I never think of the future, Maya; it comes soon enough, and it has surprised me every "
        "time.",
    ),
    (
        "lovelace",
        "a yearly pass is 300 dollars and a day ticket is 12, I go 20 times a year, is the pass "
        "worth it",
        "I have all your figures, Maya, but I cannot see for certain how they go together, and a "
        "wrong figure is worse than none; this one I leave unworked.",
    ),
    (
        "darwin",
        "why do cats knead blankets, seems a bad habit",
        "A fair question, Maya. A cat that kneads a soft blanket with its paws is doing what it "
        "did as a kitten at its mother's side to make the milk flow; the grown cat keeps the "
        "habit when it is content.",
    ),
    (
        "curie",
        "why does bread go stale, it's so annoying",
        "Stale bread is not dried out, Maya, but its starch crystallising again as it cools, "
        "fastest in the fridge; keep it in a bread bin, or slice and freeze it. A few minutes in "
        "a hot oven melts the crystals back, for a while.",
    ),
    (
        "einstein",
        "why do we dream, is it a waste of sleep",
        "That one leaves me as puzzled as my cat Tiger on a rainy day, Maya.",
    ),
    (
        "socrates",
        "my husband says i never listen, thoughts?",
        # (advice45: "On that, Maya, I am truly ignorant, and for once I am not being ironic.")
        "What did your husband see that made them say it, Maya? Ask them, and then examine it "
        "yourself: keep what is true and mend it, leave what is not. No one is harmed by learning "
        "a truth about himself.",
    ),
    (
        "lovelace",
        "my gf says i never listen. i think i do. thoughts?",
        # (advice45: "That question has no place in any table I could draw up, Maya.")
        "Ask your girlfriend for the data, Maya: what did they see that made them say it? Take "
        "what is true and correct for it; leave what is not. A label is a conclusion, and "
        "conclusions should be checked against the working.",
    ),
    (
        "shakespeare",
        "Curie, was it worth it, given what radiation did to your health?",
        "You ask a poet, Maya, and a poet on that subject would only make a pretty lie.",
    ),
    (
        "curie",
        "how does the sun bend starlight",
        "I have no data on that at all, Maya, and I will not invent any.",
    ),
]

# Near misses: a real matter of taste keeps its reply.
TASTES = [
    (
        "curie",
        "tea or coffee?",
        "You ask for my view, Maya. I prefer facts to opinions, but here it is. I would say tea. "
        "Tea, I would say; in my Paris garret a pot of tea was both my heating and my supper on "
        "many evenings.",
    ),
    (
        "darwin",
        "do you prefer cats or dogs",
        "Dogs, Maya, if I must pick. I have loved dogs all my life; my pet terrier Polly lay in "
        "her basket by the fire while I worked.",
    ),
    (
        "lovelace",
        "I think Shakespeare is massively overrated tbh",
        "No, Maya, I think not, once both sides of the ledger are set down. Taste is one "
        "variable I never tried to calculate; if it delights you and harms no one, that is "
        "answer enough.",
    ),
    (
        "shakespeare",
        "is it weird that i talk to my plants",
        "Not so fast, good Maya; I have seen that tale end otherwise on many a stage. Every man "
        "to his own humour, say I; the world's a stage, and each may play the part that pleases "
        "him.",
    ),
    (
        "socrates",
        "would you rather be a cat or a dog",
        "I would say a dog. Dogs, by the dog! A good dog is a philosopher: it welcomes those it "
        "knows and barks at strangers, judging only by knowledge and ignorance.",
    ),
    (
        "einstein",
        "do you think math is invented or discovered",
        "You ask my opinion, Maya; here it is, for what an old physicist's view is worth. I would "
        "say invented. That is where my curiosity pulls, and I have always trusted my curiosity "
        "more than my cleverness.",
    ),
    (
        "einstein",
        "is pineapple on pizza acceptable",
        "I would say yes, Maya, though I hold it the way I hold any theory: until an experiment "
        "says otherwise. A treat now and then makes the work go better; I liked a good strudel, "
        "and I would never quarrel with another man's plate.",
    ),
]


@pytest.mark.parametrize(("slug", "text", "reply"), EXAMPLES + LOOK_ALIKES + TASTES)
def test_reply(slug: str, text: str, reply: str) -> None:
    assert say(slug, text) == reply


# Questions of fact, put however they are, and views asked in the same words.
FACTS_ASKED = (
    "darwin why do babies cry so much, surely it's bad for survival",
    "How does gravity actually bend light? I never got that",
    "what happens when you die",
    "what's the difference between a frog and a toad",
    "so how does a fridge work",
)
VIEWS_ASKED = (
    "why do you think people hate mondays",
    "what makes a good teacher",
    "how do you feel about cats",
    "do you think math is invented or discovered",
    "is it ok to lie",
)


def test_fact_asked() -> None:
    assert [t for t in FACTS_ASKED if not fact_asked(t)] == []
    assert [t for t in VIEWS_ASKED if fact_asked(t)] == []


SEEDLING = (
    "A seedling bends towards the light because its tip feels the light and sends word down the "
    "stem; my son Francis and I showed it with little caps of foil."
)


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("How does gravity actually bend light? I never got that", True),
        ("does the sun bend light", True),
        ("why do plants bend towards the light", False),
        ("why do seedlings bend to the light", False),
        ("my gf says i never listen", False),
    ],
)
def test_another_doer(text: str, other: bool) -> None:
    assert another_doer(text, SEEDLING) is other
