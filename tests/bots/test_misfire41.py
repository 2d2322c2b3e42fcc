"""misfire41: no stock answer on one loose keyword.

Blind raters lost most points on a stock line picked by one loose word of a message, beside the
question: a take on well-paid work for paying off a credit card, the egg-drop game for shorter
meetings, a cat's dead mouse for life made from dead tissue, "Research is slow" for balancing
research with small children, card games for a graphics card, swallows for plants that flower
in spring or autumn, the Engine's music joined unasked to a GPU that sounds like a jet engine,
"know thyself" for "wat r u all up 2 2nite", and a decline for a remark about last night's match.
A line found on one word is on the question only when that word is what it asks of, or with a
second word of it (`bots.loose`); when nothing apt is left the persona owns up, or reacts to a
remark. The same lines still answer where they are apt.
"""

import pytest

from bots.engine import speaks_to
from tests.bots.test_everyday_messages import VOICES, say

MISFIRES = [
    ("curie", "should i pay off my credit card or put money into savings first",
     "Honestly, Maya, I will tell you what I think. Spend little and save for what matters; in "
     "my student years I lived on bread, chocolate and tea, and I was free to study."),
    ("shakespeare", "should i pay off my credit card or put money into savings first",
     "You would have my mind on it, Maya? Then hear it. Spend with care; neither a borrower nor "
     "a lender be, for loan oft loses both itself and friend. I bought New Place only when I "
     "could pay for it."),
    ("einstein", "how do we make meetings shorter? relativity says they feel longer",
     "That one leaves me as puzzled as my cat Tiger on a rainy day, Maya."),
    ("darwin", "could you actually make life from dead tissue?",
     "A barnacle knows as much of that as I do, Maya, and is rather more patient about it."),
    ("curie", "how did you balance research with having small kids",
     "Nothing in my notebooks touches that, Maya; I would have to begin from zero, and measure."),
    ("lovelace", "any tips for a noisy graphics card",
     "There my mathematics fails me, Maya; I simply do not know."),
    ("darwin", "why do some plants flower in spring and others in autumn",
     "Down House has answered many questions for me, Maya, but never that one."),
    ("socrates", "wat r u all up 2 2nite",
     "This evening I am at a friend's supper, where we shall drink a little and argue a great "
     "deal. What are you doing?"),
    # (a remark to the room, read as faults41 reads it when both merged)
    ("lovelace", "did anyone watch the match last night?? what a finish",
     "I missed it, Maya! Tell us how it went."),
]  # fmt: skip


@pytest.mark.parametrize(("slug", "text", "reply"), MISFIRES)
def test_one_loose_word_picks_no_stock_line(slug, text, reply):
    assert say(slug, text) == reply


STOCK = [
    ("curie", "should i pay off my credit card or put money into savings first", "salary"),
    ("shakespeare", "should i pay off my credit card or put money into savings first",
     "work you love"),
    ("einstein", "how do we make meetings shorter? relativity says they feel longer", "egg"),
    ("darwin", "could you actually make life from dead tissue?", "dead mouse"),
    ("curie", "how did you balance research with having small kids", "miracles"),
    ("lovelace", "any tips for a noisy graphics card", "solitaire"),
    ("darwin", "why do some plants flower in spring and others in autumn", "Swallows"),
    ("socrates", "wat r u all up 2 2nite", "know thyself"),
    ("lovelace", "did anyone watch the match last night?? what a finish", "no place in any table"),
    # look-alikes: one of two things balanced, and "you" said of anyone
    ("lovelace", "can you really make a battery from a lemon", "I have tried to calculate myself"),
    ("darwin", "how do you revive a dying houseplant", "never put to myself"),
    ("socrates", "how do you revive a dying houseplant", "Death is one of two things"),
]  # fmt: skip


@pytest.mark.parametrize(("slug", "text", "never"), STOCK)
def test_the_stock_line_is_gone(slug, text, never):
    assert never not in say(slug, text)


def test_the_gpu_that_sounds_like_a_jet_engine_draws_no_engine_unasked():
    """In a lively room Ada Lovelace joined "my gpu is dying though, fans sound like a jet
    engine" with the Engine composing music; now she keeps quiet, and still joins talk of the
    Engine's music."""
    voice = VOICES["lovelace"]
    topics = tuple(voice.style.get("topics", ()))
    gpu = "my gpu is dying though, fans sound like a jet engine"
    assert not speaks_to(voice.material, topics, gpu)
    assert say("lovelace", gpu, author="tom", unasked=True) == ""
    assert speaks_to(
        voice.material, topics, "the analytical engine could have composed music, right?"
    )


APT = [
    ("curie", "should i take the better paid job or the one i love",
     "Take the one you love, Maya; try it for a week and note the result. Take the work you "
     "love over the salary; we refused to patent radium, and I was poor but never once bored."),
    ("darwin", "my cat keeps bringing dead mice in",
     "I see, Maya; nature is full of such surprises. A cat that brings a dead mouse to the door "
     "is doing what its mother did, carrying the catch home to the young; to her, perhaps, you "
     "are a kitten that cannot hunt."),
    ("darwin", "why does my cat bring me dead mice",
     "A fair question, Maya. A cat that brings a dead mouse to the door is doing what its "
     "mother did, carrying the catch home to the young; to her, perhaps, you are a kitten that "
     "cannot hunt."),
    ("einstein", "how do we make our meetings more fun",
     "For your meetings, Maya, a little trick of physics: Give each team ten sheets of paper to "
     "drop an egg two metres without breaking it; physics does the judging, and nobody can "
     "argue with gravity."),
    ("curie", "why do leaves change colour in autumn",
     "Here is what I know of it, Maya. Leaves turn yellow in autumn because the green "
     "chlorophyll is broken down and not replaced, which uncovers yellow substances that were "
     "there all summer; the reds are made fresh in the autumn."),
    ("einstein", "Why does time slow down when you move fast?",
     "A lovely question, Maya. Why time runs slow for a fast clock, simply: light bouncing "
     "between two mirrors on a moving train travels a longer, slanting path, and since its "
     "speed never changes, each tick takes longer."),
]  # fmt: skip


@pytest.mark.parametrize(("slug", "text", "reply"), APT)
def test_the_line_stays_where_it_is_apt(slug, text, reply):
    assert say(slug, text) == reply


DEAD_OTHERWISE = [
    ("curie", "just got back from the gym, dead",
     "Sit down, Maya, and stay sitting a while; I worked too long without rest myself, and it is "
     "no virtue."),
    ("darwin", "i'm dead tired after work every day",
     "Do sit down, Maya; Emma always made me rest between chapters, and she was right."),
]  # fmt: skip


@pytest.mark.parametrize(("slug", "text", "reply"), DEAD_OTHERWISE)
def test_dead_said_of_no_death_gets_no_condolence(slug, text, reply):
    """Before: "I am sorry, Maya. Difficult days pass" and "That is very hard news, Maya, and I
    am truly sorry" for a workout and for being tired; now its word to rest."""
    assert say(slug, text) == reply
