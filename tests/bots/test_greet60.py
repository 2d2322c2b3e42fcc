"""Greetings in a chat (greet60): a hello pretends no kettle, desk or diagrams in the room; a
newcomer who also gives news gets one welcome that takes the news up once, naming them once (a
pet by its name); congratulations fit the news (no "result" for a tortoise, no birthday line
for a house); a hello with a hook about the room ("you must love this group") is answered from
the persona's lines on what the room is for; and two personas answering one message in a row
do not open alike (`before`, the reply just given: `bots.selectors.answered_before`)."""

from __future__ import annotations

import itertools
import re
import uuid

import pytest

from bots import selectors
from bots.engine import DEFAULT_TAGGED, _congrats_lines
from bots.greet import apart, lead_words, pet_called, pet_news, reset_before, set_before
from bots.material import index_of
from rooms import services as room_services
from rooms.models import Membership
from tests.bots.test_everyday_messages import VOICES, say

SLUGS = ("einstein", "shakespeare", "curie", "lovelace", "socrates", "darwin")

# What a hello must not pretend in a chat: a kitchen, a desk, a bench, a tree to sit under.
PLACE = re.compile(
    r"\b(come in|kettle|sit (anywhere|by|down)|seat|chair|table|bench|desk|glassware|diagrams|"
    r"blackboard|tavern is warm|plane tree|walk with me|mind the|barnacles|sandwalk)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("slug", SLUGS)
def test_no_hello_welcome_or_welcome_back_pretends_a_place_in_the_room(slug):
    tagged = index_of(VOICES[slug].material).tagged
    for kind in ("hello", "welcome", "back", "start", "invite"):
        for line in tagged.get(kind, ()):
            assert not PLACE.search(line), line
    for kind in ("hello", "welcome", "invite"):
        for line in DEFAULT_TAGGED[kind]:
            assert not PLACE.search(line), line


def test_the_hellos_the_raters_saw_are_gone_and_the_greeting_is_still_in_voice():
    assert say("einstein", "hi @einstein", author="jess") == (
        "Guten Tag, Jess! Good company is the best thought experiment I know. "
        "What shall we wonder about together?"
    )
    assert say("lovelace", "good morning @lovelace", author="jess", seed=2) == (
        "Good day, Jess! Company is always a welcome interruption. What shall we compute today?"
    )


# A newcomer with news: (persona, author, message, the reply). One welcome naming them, the
# news met once: a pet by its name, a job, a pass, a home, a wedding, a baby; never a second
# stock opener ("Good news, Nisha! I am glad of it.") nor the name again.
NEWCOMER_NEWS = [
    (
        "lovelace",
        "nisha",
        "hi everyone, new here! im nisha, just adopted a 40 year old hermann's called doris "
        "from a lady whos moving into a care home. hi @socrates and @lovelace too",
        "Welcome, Nisha! Congratulations on Doris; a creature to care for makes every day less "
        "like arithmetic.",
    ),
    (
        "darwin",
        "priya",
        "hi all, first time posting! im priya, we just adopted a rescue greyhound called Pepper",
        "Welcome, Priya! Congratulations on Pepper; I have watched creatures all my life, and a "
        "well-kept one repays every care.",
    ),
    (
        "einstein",
        "tom",
        "hello everyone, new here :) im tom and we brought home two kittens named Salt and Pepper",
        "Welcome, Tom! Congratulations on Salt and Pepper; my cat Tiger taught me that an animal "
        "in the house makes every day a little warmer.",
    ),
    (
        "curie",
        "lou",
        "hey, im new - lou here. just got a bearded dragon!",
        "Welcome, Lou. Congratulations on your new bearded dragon; a warm corner and a patient "
        "routine, and the rest will follow.",
    ),
    (
        "socrates",
        "bea",
        "hi everyone im bea, new here, just adopted a 3 year old tabby named Mango",
        "Welcome, Bea! Congratulations on Mango; to care well for another creature is no small "
        "kind of wisdom.",
    ),
    (
        "shakespeare",
        "dev",
        "hi all im dev, new to the group, just started my new job at the library today",
        "Welcome, Dev, new player on our stage, and congratulations! When I became a sharer in "
        "the Lord Chamberlain's Men I had a post and a purse at last; may yours be as full.",
    ),
    (
        "lovelace",
        "amir",
        "hiya, new here, im amir and i just passed my driving test lol",
        "Welcome, Amir, and congratulations! I studied mathematics by letter with Mr De Morgan, "
        "and every exercise he passed felt like a small coronation.",
    ),
    (
        "socrates",
        "jen",
        "hello, im jen, first time here. we just had a baby girl last week!",
        "Welcome, Jen, and congratulations on the baby!",
    ),
    (
        "shakespeare",
        "gus",
        "evening all, new here, gus - we just had twins!",
        "Welcome, Gus, new player on our stage, and congratulations on the twins!",
    ),
    (
        "curie",
        "sam",
        "hi im sam, new here, just moved into my first flat",
        "Welcome, Sam, and congratulations. A house of your own is a fine thing; we had so "
        "little furniture at first that no visitor could stay long.",
    ),
    (
        "einstein",
        "kat",
        "hey everyone im kat, new here, we just got engaged!!",
        "Welcome, Kat! Congratulations on the engagement; marriage is the boldest experiment of "
        "all, and I wish you a long and happy one.",
    ),
    (
        "darwin",
        "rosa",
        "hi all, new here! im rosa and i just finished my first quilt",
        "Welcome, Rosa, and congratulations!",
    ),
    (
        "darwin",
        "ama",
        "hello all, first time here, im ama and we got a puppy yesterday",
        "Welcome, Ama, and congratulations! Our dog Polly would lie in my study all day; I hope "
        "yours is as good a companion.",
    ),
]


@pytest.mark.parametrize(("slug", "author", "text", "expected"), NEWCOMER_NEWS)
def test_a_newcomer_with_news_is_welcomed_once_and_the_news_met_once(slug, author, text, expected):
    reply = say(slug, text, author=author)
    assert reply == expected
    assert reply.count(author.title()) == 1


# Look-alikes: a newcomer with no news is welcomed and asked along as before; one with trouble
# is sympathised with; a child adopted is no pet.
def test_a_newcomer_without_news_or_with_trouble_is_met_as_before():
    assert say("socrates", "hi everyone, new here, im mo!", author="mo") == (
        "Welcome, Mo! A newcomer knows that they know little, which puts them ahead of most of "
        "Athens. And what brings you to our conversation?"
    )
    reply = say("einstein", "hi im new here, name is ola. my dog is ill though", author="ola")
    assert "Congratulations" not in reply
    assert not pet_news("we adopted a little girl called mia")
    assert not pet_news("got the job at the dog shelter!")
    assert not pet_news("my cat got out again")


@pytest.mark.parametrize(
    ("text", "pet"),
    [
        ("just adopted a 40 year old hermann's called doris", "Doris"),
        ("picked up our new rabbit, his name is Biscuit", "Biscuit"),
        ("we got a puppy!!", "your new puppy"),
        ("brought home two kittens named Salt and Pepper", "Salt and Pepper"),
        ("meet our new rescue cat", "your new cat"),
        ("just rescued a greyhound", "your new greyhound"),
    ],
)
def test_a_pet_got_is_told_by_name_or_kind(text, pet):
    assert pet_news(text)
    assert pet_called(text) == pet


# A regular's hello with news: a brief greeting and the news met in words that fit its kind.
HELLO_NEWS = [
    (
        "socrates",
        "morning all! we picked up our new tortoise today, her name is Shelley",
        "Greetings, Jo! Congratulations on Shelley; to care well for another creature is no "
        "small kind of wisdom.",
    ),
    (
        "curie",
        "hiya, we adopted a rabbit called Clover at the weekend",
        "Good day, Jo. Congratulations on Clover; a warm corner and a patient routine, and the "
        "rest will follow.",
    ),
    (
        "einstein",
        "evening folks, brought home a leopard gecko tonight",
        "Ah, Jo, hello! Congratulations on your new leopard gecko; my cat Tiger taught me that "
        "an animal in the house makes every day a little warmer.",
    ),
    (
        "darwin",
        "night all, off to bed, we adopted two hens today called Ginger and Nutmeg",
        "Good evening, Jo; Emma will be calling me to backgammon. Congratulations on Ginger and "
        "Nutmeg; I have watched creatures all my life, and a well-kept one repays every care.",
    ),
    (
        "lovelace",
        "hi @lovelace, just got the keys to our new house!!",
        "How delightful, Jo, hello! How perfectly lovely! A house of your own to arrange just as "
        "you like; I should start with the library.",
    ),
]


@pytest.mark.parametrize(("slug", "text", "expected"), HELLO_NEWS)
def test_a_hello_with_news_meets_it_in_words_of_its_kind(slug, text, expected):
    assert say(slug, text, author="jo") == expected


@pytest.mark.parametrize("slug", SLUGS)
@pytest.mark.parametrize(
    "text",
    [
        "we just got the keys to our first house today!",
        "just adopted a tortoise called Sheldon",
        "we had a baby boy on tuesday",
        "we got engaged last night!!",
    ],
)
def test_no_result_or_birthday_words_for_a_pet_a_home_a_baby_or_a_wedding(slug, text):
    index = index_of(VOICES[slug].material)
    for line in _congrats_lines(index, text) or ():
        assert not re.search(r"\bresults?\b|\bearned|birthday|happy returns|well done", line, re.I)
    if "house" in text:
        for seed in (1, 2, 3, 4):
            assert "birthday" not in say(slug, f"hey all, {text}", author="jo", seed=seed)


def test_a_result_still_gets_words_for_a_result():
    index = index_of(VOICES["lovelace"].material)
    lines = _congrats_lines(index, "we won the quiz!!")
    assert "Congratulations, {name}! That is a result worth writing in the notes." in lines


# A hook in a hello about the room: (persona, theme, message, reply).
HOOKS = [
    (
        "darwin",
        "Tortoise keepers",
        "evening tortoise folk. hello @darwin, you must love this group",
        "Hello, Kemi! I do. I am very fond of tortoises; on the Galápagos I watched the giant "
        "ones for hours, timed how fast they walked, about four miles a day, and rode on their "
        "backs.",
    ),
    (
        "darwin",
        "Birdwatching club",
        "hi @darwin!! bet you love it here, its all finches and pigeons",
        "Good day, Kemi. I do. To the young man on the Beagle I would say: keep every note, "
        "label every finch with its island, and take something for the seasickness.",
    ),
    (
        "darwin",
        "Tortoise keepers",
        "hi @darwin, do you like it here?",
        "Good day, Kemi. Very much so: on the Galápagos I rode on the backs of the giant "
        "tortoises, and found it very hard to keep my seat.",
    ),
    (
        "socrates",
        "Philosophy cafe",
        "evening @socrates, you must enjoy this lot",
        "Greetings, Kemi! I do. I took no fee and taught nothing, so I never had students; but "
        "my favourite of the young men who followed me was Alcibiades: I once said I loved two, "
        "him and philosophy.",
    ),
    (
        "einstein",
        "Amateur physics",
        "morning @einstein, this group is right up your street",
        "Guten Tag, Kemi! I do indeed: to get into physics, start with a book of ideas rather "
        "than formulas; Infeld and I wrote The Evolution of Physics as a first physics book for "
        "exactly that reader.",
    ),
    # Nothing of its own on what the room is for: it hopes so, and came to learn.
    (
        "einstein",
        "Sourdough bakers",
        "hi @einstein, you must love this group",
        "Guten Tag, Kemi! I hope so; I came to learn, and this room is full of things I never "
        "studied.",
    ),
    (
        "socrates",
        "Knitting circle",
        "hello @socrates you'll love it here",
        "Greetings, Kemi! I hope so; I know nothing of it yet, which is the best place to begin.",
    ),
    (
        "shakespeare",
        "Amateur dramatics",
        "hello @shakespeare, this is totally your kind of crowd",
        "Good morrow, Kemi! I hope so, for I came to listen; every company teaches a player "
        "something new.",
    ),
]


@pytest.mark.parametrize(("slug", "theme", "text", "expected"), HOOKS)
def test_a_hook_in_a_hello_is_answered_from_its_lines_on_the_room(slug, theme, text, expected):
    assert say(slug, text, author="kemi", theme=theme) == expected


def test_an_offer_or_a_choice_or_a_plain_hello_is_no_hook():
    for slug, text in (
        ("socrates", "hello @socrates, do you like this one or the blue one?"),
        ("curie", "morning @curie! i love this group"),
        ("lovelace", "hi @lovelace would you like this one?"),
    ):
        reply = say(slug, text, author="kemi", theme="Knitting circle")
        assert not re.search(r"I hope so|I do indeed|Very much|I do, and gladly", reply), reply
    assert say("curie", "morning @curie! i love this group", author="kemi") == (
        "Good day, Kemi. It is good to hear from you."
    )


PAIRS = list(itertools.permutations(SLUGS, 2))
NEWS = [
    ("sian", "hiya @{a} @{b}, sian got the job!! had to tell someone"),
    ("pam", "hey @{a} @{b}, we just got the keys to our first house!"),
    ("ola", "morning @{a} @{b}"),
    ("mo", "hi everyone, new here, im mo! @{a} @{b}"),
    ("tam", "hi @{a} @{b}, we adopted a kitten called Bean!"),
    ("raj", "hello @{a} @{b}, passed my driving test this morning"),
]


def _opening(reply: str, name: str) -> frozenset[str]:
    return lead_words(re.split(r"[.!?;]", reply, maxsplit=1)[0], name)


@pytest.mark.parametrize(("author", "text"), NEWS)
def test_two_personas_answering_one_message_do_not_open_alike(author, text):
    clashes = []
    for first, second in PAIRS:
        message = text.format(a=first, b=second)
        said = say(first, message, author=author)
        reply = say(second, message, author=author, before=said)
        if _opening(said, author.title()) & _opening(reply, author.title()):
            clashes.append((said, reply))
    assert not clashes


def test_the_words_that_just_opened_a_reply_are_kept_apart_only_while_it_stands():
    assert lead_words("Guten Tag, Sian! How splendid! I am truly glad for you.", "Sian") == {
        "guten",
        "tag",
        "splendid",
        "truly",
    }
    options = ["Splendid news, {name}! Tell me all.", "How delightful, {name}! Congratulations!"]
    assert apart(options) == options  # nothing said before
    token = set_before("Guten Tag, Sian! How splendid! I am truly glad for you.", "Sian")
    try:
        assert apart(options) == ["How delightful, {name}! Congratulations!"]
    finally:
        reset_before(token)
    assert apart(options) == options
    # Sian's news, told to Einstein and then to Lovelace: no "Splendid" twice in a row.
    message = "hiya @einstein @lovelace, we won!! sorry, had to tell someone new"
    for seed in range(1, 6):
        said = say("einstein", message, author="sian", seed=seed)
        reply = say("lovelace", message, author="sian", seed=seed, before=said)
        assert not ("plendid" in said and "plendid" in reply), (said, reply)


@pytest.mark.django_db
def test_the_reply_just_given_to_the_same_message_is_what_the_next_persona_reads(
    personas, room, alice
):
    einstein, lovelace = personas["einstein"], personas["lovelace"]
    for persona in (einstein, lovelace):
        Membership.objects.get_or_create(room=room, user=persona.user)

    def post(author, body):
        return room_services.message_post(
            room=room, author=author, body=body, client_id=uuid.uuid4()
        ).message

    trigger = post(alice, "hiya @einstein @lovelace, we won!!")
    assert selectors.answered_before(room=room, trigger=trigger, speaker=lovelace) == ""
    post(einstein.user, "Guten Tag, Alice! How splendid!")
    assert selectors.answered_before(room=room, trigger=trigger, speaker=lovelace) == (
        "Guten Tag, Alice! How splendid!"
    )
    # Its own reply is nothing to keep apart from; once a person spoke, nothing is.
    assert selectors.answered_before(room=room, trigger=trigger, speaker=einstein) == ""
    post(alice, "nice one")
    assert selectors.answered_before(room=room, trigger=trigger, speaker=lovelace) == ""
