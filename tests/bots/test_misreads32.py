"""The misreads of the last holdout (/root/h30): hand-overs on one word that is not what the
question is about, lines met on one word of another topic, a garbled invitation and a couple's
toast for a studio's anniversary."""

from __future__ import annotations

import pytest

from bots.engine import ChatLine, offline_reply
from bots.lexicon import lexicon
from scripts.bench_engine import voices

CAST = voices()
BY_SLUG = {voice.slug: voice for voice in CAST}
NAMES = tuple(n for voice in CAST for n in (voice.slug, voice.name))


def reply(slug: str, text: str, seed: int = 1) -> str:
    """What `slug` says to `text` put to it by name, the whole cast in the room."""
    voice = BY_SLUG[slug]
    message = f"@{slug} {text}"
    return offline_reply(
        voice,
        message=message,
        theme="Chat",
        seed=seed,
        ignore=NAMES,
        history=(ChatLine("sam", message),),
        others=tuple(v for v in CAST if v.slug != slug),
    )


# 1. Hand-overs on one word.


def test_a_fish_or_animal_wordnet_lacks_is_the_naturalists():
    assert {"koi", "alpaca", "labradoodl", "cockapoo"} <= lexicon()["life"]


@pytest.mark.parametrize(
    "text",
    [
        "do koi actually swim upstream or is that just the legend?",
        "are koi really that clever or is it a myth?",
        "do alpacas really spit or is that a story people tell?",
    ],
)
def test_an_animal_question_with_a_word_of_stories_is_never_handed_to_the_poet(text):
    said = reply("darwin", text)
    assert "@shakespeare" not in said
    assert "Shakespeare" not in said


@pytest.mark.parametrize(
    "text",
    [
        "if a client wants their ex's name and is clearly drunk, is it our call to refuse?",
        "is it my place to tell her the groom cheated?",
        "should we refuse a customer who is clearly drunk?",
        "is it our job to check their ID?",
        "can we refuse someone a tattoo if they're drunk?",
    ],
)
def test_whose_call_a_deed_is_is_examined_by_the_philosopher(text):
    said = reply("socrates", text)
    assert "@" not in said
    assert "shoemaker" not in said and "Do you know it yourself" not in said
    assert "What's in a name" not in said


@pytest.mark.parametrize("slug", ["darwin", "curie", "einstein"])
def test_a_moral_question_is_handed_to_the_philosopher_not_on_a_word_of_another_field(slug):
    said = reply(
        slug, "if a client wants their ex's name and is clearly drunk, is it our call to refuse?"
    )
    assert "@socrates" in said
    assert "@shakespeare" not in said


@pytest.mark.parametrize(
    "text",
    ["is it our turn to host the quiz?", "is it my round?", "should we get the train or drive?"],
)
def test_a_question_of_turns_or_plans_is_no_moral_question(text):
    assert "@socrates" not in reply("curie", text)


# 2. Lines met on one word of another topic.


@pytest.mark.parametrize(
    ("slug", "text", "wanted", "unwanted"),
    [
        (
            "curie",
            "the old clapper in the vestry has green crusty stuff all over it, is that just the "
            "bronze going off? is it ok to handle",
            ("verdigris", "gloves"),
            ("limescale",),
        ),
        (
            "curie",
            "my brass door knocker has gone all green and crusty, what is it",
            ("verdigris",),
            ("limescale",),
        ),
        (
            "curie",
            "whats actually in black tattoo ink, chemically? people keep asking me if its safe and "
            'i want a better answer than "yeah"',
            ("carbon",),
            ("zinc", "sunscreen", "mineral ones"),
        ),
        ("curie", "what are inks made of", ("carbon",), ("zinc",)),
        (
            "curie",
            "what actually is the blue stuff in screen wash and is it bad that i got it all over "
            "my hands",
            ("methanol", "soap"),
            ("phone",),
        ),
        (
            "einstein",
            "quick physics one. does a heavier bell actually swing slower? our tenor feels like "
            "it takes forever to come round",
            ("pendulum", "length"),
            ("rider", "drag"),
        ),
        (
            "einstein",
            "why does my machine get hotter the longer i run it, is that the motor or friction",
            ("windings", "friction"),
            ("flywheel",),
        ),
        ("einstein", "why does my drill get so hot", ("windings",), ("flywheel",)),
    ],
)
def test_a_question_gets_the_line_on_its_own_thing(slug, text, wanted, unwanted):
    said = reply(slug, text)
    for word in wanted:
        assert word in said, said
    for word in unwanted:
        assert word not in said, said


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("is mineral or chemical sunscreen safer", "zinc oxide"),
        ("how do i get the crusty limescale off my taps", "limescale"),
        ("why is the statue of liberty green", "Statue of Liberty"),
    ],
)
def test_look_alikes_keep_their_lines(text, wanted):
    assert wanted in reply("curie", text)


# 3. A garbled invitation, and a couple's toast for a studio.


@pytest.mark.parametrize(
    "text",
    [
        "dilemma. his ex wife wants to come. his current wife definitely wont want her there. "
        "do we invite her?",
        "do i invite my boss to the party or not",
        "do we invite the neighbours or keep it small?",
    ],
)
def test_whether_to_invite_is_no_invite_written(text):
    said = reply("socrates", text)
    assert "For the invite" not in said and "You're invited" not in said


def test_an_invite_asked_for_is_still_written():
    said = reply("socrates", "can you do us an invite for the bbq on saturday at 2")
    assert "You're invited to the bbq" in said


@pytest.mark.parametrize("slug", ["curie", "shakespeare", "einstein", "lovelace", "darwin"])
def test_a_studios_anniversary_caption_is_no_couples(slug):
    said = reply(
        slug, "can you write a short insta caption for our 5th anniversary, something not cringe"
    )
    assert "For the caption" in said
    for word in ("married", "both", "couple", "two of you", "years together", "birthday"):
        assert word not in said, said


@pytest.mark.parametrize(
    "text",
    ["a toast for my parents ruby anniversary pls", "a toast for my parents' wedding anniversary"],
)
def test_a_couples_anniversary_is_still_love(text):
    said = reply("curie", text)
    assert "couple" in said


@pytest.mark.parametrize("slug", ["curie", "shakespeare"])
def test_a_toast_for_our_anniversary_is_a_couples(slug):
    said = reply(
        slug,
        "it's our 40th anniversary on day 3 of the cruise, could you write a short toast for ray "
        "to read at dinner. he won't write his own",
    )
    assert "couple" in said or "two of you" in said, said
