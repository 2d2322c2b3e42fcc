"""yesno44: yes-or-no questions no persona should answer with a guessed "yes" and a stock line.

A question of fact ("is it normal for tomato leaves to go yellow at the bottom?") had got "I
would say yes, Maya, though I hold it the way I hold any theory ... A swimming pool looks
shallower", Curie's "Honestly, Maya, yes ... There is no measuring taste"; a question of feeling
("my boyfriend forgot my birthday. should i be upset?") Lovelace's "Learn whatever teaches you
to see patterns"; "should i be worried that my cat isnt eating" a pick between cats and dogs.
Now: a fact out of its field is owned up to, a feeling or a deed among people gets a considered
view of that very situation, in voice.
"""

import pytest

from bots.yesno44 import _said_back, fact_yes_no, felt, led_by
from tests.bots.test_everyday_messages import say

EVERYONE = ("einstein", "shakespeare", "curie", "lovelace", "socrates", "darwin")
# The leads and stock lines the class was answered with.
GUESSED = (
    "I would say yes",
    "Ay, Maya, so I think",
    "Honestly, Maya, yes",
    "It is quite true, Maya; yes",
    "Yes, Maya, it seems so to me too",
    "There is no measuring taste",
    "Every man to his own humour",
    "Taste is one variable",
    "Pleasures differ",
    "Tastes vary as much",
    "You ask my opinion",
    "You ask what I think",
    "Honestly, Maya, I will tell you what I think",
)


@pytest.mark.parametrize("slug", ["einstein", "shakespeare", "curie", "lovelace", "socrates"])
@pytest.mark.parametrize(
    "text",
    [
        "is it normal for tomato leaves to go yellow at the bottom?",
        "is it normal to feel tired all the time after covid",
        "is it normal for my car to make a clicking noise when i turn",
        "should i be worried that my cat isnt eating",
        "is it ok to microwave plastic containers",
        "is it bad to charge my phone overnight",
    ],
)
def test_a_fact_is_never_a_guessed_yes_nor_a_taste(slug, text):
    reply = say(slug, text)
    assert not any(stock in reply for stock in GUESSED), reply
    assert not reply.startswith(("Yes", "No,", "I doubt it", "I believe so")), reply


EXACT = [
    (
        "curie",
        "is it normal for tomato leaves to go yellow at the bottom?",
        "That I cannot answer, Maya; my knowledge ends at the laboratory door.",
    ),
    (
        # the gardener answers it, on the leaves asked of (not blossom end rot on the fruit)
        "darwin",
        "is it normal for tomato leaves to go yellow at the bottom?",
        "A few yellow leaves at the bottom are normal, Maya: the oldest leaves are shaded, and the "
        "plant draws their nitrogen up to the new growth. Pick them off and feed more; brown "
        "ringed spots would be blight, so water at the roots.",
    ),
    (
        "darwin",
        "should i be worried that my cat isnt eating",
        "A cat that stops eating for more than a day wants a vet, Maya: a fasting cat can soon "
        "develop a fatty liver, which is serious. A dog may skip a meal, but with vomiting, "
        "listlessness or a second day off its food, ring the vet too.",
    ),
    (
        "lovelace",
        "my boyfriend forgot my birthday. should i be upset?",
        "Upset, when your boyfriend forgot your birthday? A little, Maya; the feeling is a fair "
        "result, not an error in the sum. Tell him once that it hurt and see what comes back; "
        "one slip is a single data point, not a pattern.",
    ),
    (
        "darwin",
        "should i be mad that my roommate ate my leftovers",
        "Mad that your roommate ate your leftovers? A little, Maya, and naturally so; we are "
        "social creatures, and a slight is felt keenly. Tell them kindly, once, and then judge "
        "by the habit, not the single act.",
    ),
    (
        # its take on parties (slipping away early) says nothing of the goodbye asked of
        "darwin",
        "is it rude to leave a party without saying bye",
        "Rude to leave a party without saying bye? I would look at how it falls on the other "
        "person, Maya, rather than at custom. If it would hurt them, find a gentler way; if it "
        "would only surprise them, I should not lose sleep over it.",
    ),
]


@pytest.mark.parametrize("slug, text, expected", EXACT)
def test_exact_replies(slug, text, expected):
    assert say(slug, text) == expected


def test_told_after_the_question():
    reply = say("curie", "am i overreacting? my friend didnt invite me to her party")
    assert reply.startswith("Overreacting, when your friend didn't invite you to her party?")


def test_weird_to_text_an_ex_not_owned_up():
    reply = say("shakespeare", "would it be weird if i texted my ex happy birthday")
    assert reply.startswith("Weird if you texted your ex happy birthday? That hangs on how")


def test_own_feeling_is_no_deed():
    reply = say("socrates", "is it weird that i dont like my best friends new boyfriend")
    assert "Who chooses what they feel, Maya? Not I." in reply
    assert "wronged" not in reply


def test_normal_to_feel_jealous():
    assert say("curie", "is it normal to feel jealous of my sister").startswith(
        "Normal to feel jealous of your sister? Quite normal, Maya;"
    )


def test_mentioned_persona_keeps_the_question():
    text = "@curie should i be mad that my sister borrowed my car without asking"
    assert say("einstein", text) == (
        "That one is for Curie, I think, Maya; I will listen, and probably learn something."
    )
    assert say("curie", text).startswith("Mad that your sister borrowed your car without asking?")


@pytest.mark.parametrize("slug", EVERYONE)
def test_too_late_never_a_yes(slug):
    reply = say(slug, "is it too late to learn piano at 40")
    assert "ever too late" in reply or "never begun" in reply, reply


@pytest.mark.parametrize("slug", EVERYONE)
def test_fits_in_the_reply(slug):
    for text in (
        "my boyfriend forgot my birthday. should i be upset?",
        "would it be awkward if i asked my boss for a raise after 2 months",
        "is it rude to not reply to a wedding invite",
    ):
        assert len(felt(slug, text, "Maya", 220)) <= 220


def test_taste_and_danger_left_alone():
    # "is it weird to eat cereal for dinner": a taste, no person wronged; the view of taste
    assert felt("curie", "is it weird to eat cereal for dinner lol", "Maya") == ""
    # the house bot keeps no views
    assert felt("aibot", "should i be upset that my bf forgot my birthday", "Maya") == ""
    # a fire pit is no matter of manners: the engine keeps its caution
    reply = say("lovelace", "is it ok to let the kids light the fire pit themselves")
    assert "surprise" not in reply


def test_reading():
    assert fact_yes_no("is it normal for a dog to eat grass")
    assert fact_yes_no("is it ok to microwave plastic containers")
    assert fact_yes_no("should i be worried my phone gets hot when charging")
    assert not fact_yes_no("is it normal to cry at weddings")
    assert not fact_yes_no("is it weird to eat cereal for dinner")
    assert _said_back("my mum keeps reading my diary") == "your mum keeps reading your diary"
    assert _said_back("you said i was wrong") == ""  # "you" is someone else: not said back
    assert led_by(
        ("Honestly, {name}, yes; I have seen enough.",),
        "Honestly, Maya, yes; I have seen enough. Music",
    )
    assert not led_by(("Honestly, {name}, yes; I have seen enough.",), "Honestly, Maya, no")
