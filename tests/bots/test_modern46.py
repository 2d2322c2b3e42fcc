"""A persona's view asked of a thing of today, answered with its own take (modern46).

"einstein if you were alive today what would you research", "curie do you like iphones lol",
"darwin thoughts on zoos", "shakespeare would you be on dating apps": the shape of the ask and
the category of the thing give the persona's take in voice, from its real life and views, never a
stock line met on one word nor a remark on taste (`bots.modern46`). A thing told as news, a
how-to, a question of fact, a request, the asker's own thing and the persona's own `#know`
answers are left as they were."""

from __future__ import annotations

import pytest

from bots.modern46 import CATEGORIES, TAKES, take
from tests.bots.test_everyday_messages import say

TAKEN = [
    (
        "einstein",
        "einstein if you were alive today what would you research",
        "I would still chase the unified theory I never finished, Maya, and I would want to hear "
        "the gravitational waves I predicted in 1916, which your instruments finally caught in "
        "2015. And I would ask why the universe is speeding up, which nobody in my day suspected.",
    ),
    (
        "curie",
        "curie do you like iphones lol",
        "Your phone talks by radio waves, Maya, the same family of rays as X-rays but far too weak "
        "to harm you, unlike the radium I carried in my pocket. I would use it, and keep it out of "
        "the laboratory while working.",
    ),
    (
        "shakespeare",
        "shakespeare would you write for tv",
        "I wrote for the popular stage, for money and for the crowd, Maya, and television is the "
        "same trade with a bigger house. My eight histories are a series already; give me a "
        "writers' room and a good company.",
    ),
    (
        "darwin",
        "darwin thoughts on zoos",
        "I watched Jenny the orangutan at the London Zoo in 1838, Maya, and saw her sulk like a "
        "child; it helped convince me we are related. A zoo that keeps animals well and teaches "
        "people to look is a good thing.",
    ),
    (
        "shakespeare",
        "does reading u on a kindle on the bus count shakespeare",
        "It counts, Maya: read me on the bus, on a screen, anywhere. But my plays were written to "
        "be heard, so speak a speech aloud now and then; the verse wakes up in the mouth.",
    ),
    (
        "curie",
        "@curie what do you think about vaccines",
        "I would be for them, Maya: I lost my mother to tuberculosis when I was ten, and Pasteur's "
        "work was saving lives in my Paris. Look at the data on how many children no longer die; "
        "that is the whole argument.",
    ),
    (
        "darwin",
        "darwin what do u think of climate change",
        "Species change with the climate over long ages, Maya, moving and adapting as the land "
        "changes. What worries me is the speed now: nature needs time, and a warming this fast "
        "gives it little.",
    ),
    (
        "lovelace",
        "ada would u buy bitcoin",
        "I tried a mathematical system for betting on the horses, Maya, and lost a great deal of "
        "money. So I would tell you: a clever calculation is no protection against a market that "
        "does not care for it.",
    ),
    (
        "einstein",
        "einstein what do you think of space x and rockets to mars",
        "I would have loved to see it, Maya: your satellite navigation must correct its clocks "
        "for both my relativities, or it would drift kilometres a day. To Mars, though, I would "
        "send the young ones.",
    ),
    (
        "socrates",
        "socrates would you use google",
        "Every answer at once, Maya, and no one to ask what the answer means. Writing, I warned "
        "Phaedrus, gives the appearance of wisdom, not its reality; your search gives more of the "
        "appearance, faster.",
    ),
    (
        "einstein",
        "einstein thoughts on nuclear power?",
        "E equals m c squared is why a little uranium gives so much heat, Maya; the same equation "
        "stands behind the bomb I warned Roosevelt the Germans might build first, and I regretted "
        "signing that letter. "
        "Power stations to light cities, yes, with wise people watching them; bombs never.",
    ),
    (
        "shakespeare",
        "shakespeare would you be on dating apps",
        "The course of true love never did run smooth, Maya, and an app will not make it. Romeo "
        "fell for Juliet at one glance across a crowded feast, so swiping is no new haste; only "
        "see the face behind the picture before you swear.",
    ),
    (
        "curie",
        "curie would you work from home",
        "Our work was done in a leaky shed, stirring tons of pitchblende with an iron rod, "
        "Maya; no one can do that from home. For writing and reading, though, a quiet room of "
        "one's own is the best laboratory.",
    ),
    (
        "lovelace",
        "lovelace have you heard of smartphones",
        "A calculating engine in every pocket, Maya, that plays music and weaves pictures: that is "
        "the Engine's promise kept. I should use it daily and still say it originates nothing we "
        "have not ordered it to do.",
    ),
    (
        "socrates",
        "socrates do you like emojis",
        "A picture that makes everyone laugh, Maya, and no one explain why. Aristophanes made a "
        "meme of me in his Clouds; the crowd laughed, and years later the jury remembered.",
    ),
    (
        "darwin",
        "darwin would you play pokemon lol",
        "My game was backgammon with Emma every evening, Maya, and I kept the score for years. A "
        "game where you collect every creature I understand too: at Cambridge I once put a beetle "
        "in my mouth to free a hand for a third.",
    ),
]


@pytest.mark.parametrize(("slug", "text", "reply"), TAKEN)
def test_a_view_of_a_thing_of_today_gets_the_personas_take(slug, text, reply):
    assert say(slug, text) == reply


# Its own `#know` line on the very thing stands ("would you have a podcast").
KNOWN = [
    ("socrates", "socrates would you have a podcast", "A podcast is talk with no questioner"),
    ("darwin", "darwin have you heard of dna tests like 23andme", "I would have loved it, Maya"),
    (
        "shakespeare",
        "shakespeare what would you think of hollywood movies of your plays",
        "Moving pictures came long after me",
    ),
    ("lovelace", "lovelace is ai going to take over", "Some jobs, Maya, as the new frames"),
]


@pytest.mark.parametrize(("slug", "text", "opening"), KNOWN)
def test_its_own_know_line_on_the_thing_stands(slug, text, opening):
    assert say(slug, text).startswith(opening)


ALIKE = [
    ("einstein", "einstein i just got an iphone"),
    ("shakespeare", "shakespeare how do i use chatgpt"),
    ("curie", "curie when was the internet invented"),
    ("darwin", "darwin i watched a zoo documentary last night"),
    ("lovelace", "lovelace what do you think of babbage"),
    ("socrates", "socrates what do you think of democracy"),
    ("einstein", "einstein what do you think of quantum mechanics"),
    ("shakespeare", "shakespeare what do you think of hamlet"),
    ("curie", "curie do you like radium"),
    ("darwin", "darwin do you like pigeons"),
    ("lovelace", "lovelace how does bitcoin work"),
    ("socrates", "socrates what is justice"),
    ("einstein", "einstein do you like sailing"),
    ("shakespeare", "shakespeare would you write me a rap"),
    ("curie", "curie do you like my new phone"),
    ("einstein", "einstein what do you think of trains"),
    ("darwin", "darwin what do you think of people on tiktok who say evolution is fake"),
    ("shakespeare", "shakespeare would you watch a film with me"),
]


@pytest.mark.parametrize(("slug", "text"), ALIKE)
def test_news_howto_facts_requests_and_old_things_are_not_read_so(slug, text):
    assert take(slug, text) == ""
    assert say(slug, text) not in {line.replace("{name}", "Maya") for line in TAKES[slug].values()}


def test_every_persona_has_a_take_for_every_category_and_the_house_bot_none():
    kinds = {kind for kind, _said in CATEGORIES} | {"today"}
    assert take("einstein", "einstein what do you think about dating apps") == ""
    for slug in ("einstein", "shakespeare", "curie", "lovelace", "socrates", "darwin"):
        assert set(TAKES[slug]) == kinds, slug
        assert all("{name}" in line for line in TAKES[slug].values()), slug
    assert take("aibot", "aibot what do you think of netflix") == ""


def test_a_room_message_not_put_to_it_is_left_alone():
    assert "television is the same trade" not in say(
        "shakespeare", "what do you think of netflix", unasked=True
    )
