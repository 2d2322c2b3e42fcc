"""A persona asked whether a thing of its own field is safe, or to be done (answer16): "should i
be worried", "is it safe to", "is it ok to" with a thing it has a line on gets that line after an
answering opener, never a view of its taste, a generic way of deciding or a bare "yes"; with a
thing of its field it has nothing on, it owns up plainly."""

import pytest

from tests.bots.test_everyday_messages import say, starts_with, tagged

WATCH = "An old watch that glows may well hold radium, but the glowing paint wears out"
RADON = "have the house measured"
THUNDERSTORM = "The safest place in a thunderstorm is inside a car or a house"
TASTE = ("matter of taste", "Tastes vary", "each to his own", "own humour")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_should_i_be_worried_about_a_thing_of_its_field_is_answered_from_the_field(seed):
    # Was "You ask for my view, Maya. I prefer facts to opinions, but here it is. An old watch
    # that glows ...": an opener asking no view of a question that asked none.
    reply = say(
        "curie",
        "@curie my grandad's old watch glows a bit in the dark, should i be worried",
        seed=seed,
    )
    assert WATCH in reply and starts_with(reply, "curie", "answer"), reply


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_is_it_bad_to_with_a_thing_of_its_field_is_its_line_on_it_not_a_take_on_a_word(seed):
    # Was "Honestly, Maya, I will tell you what I think. Study is worth every hour you give
    # it" (a radon "test" read as an exam).
    reply = say(
        "curie",
        "@curie is it bad to get a radon test for the cellar or is that overkill",
        seed=seed,
    )
    assert RADON in reply and "Study" not in reply, reply


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_is_it_safe_with_a_compound_of_its_field_is_its_line_on_it(seed):
    # Was "There you ask the wrong old man, Maya; I can tell you about light, but that I never
    # learned." though Einstein has a line on thunderstorms.
    reply = say("einstein", "@einstein is it safe to use my phone in a thunderstorm", seed=seed)
    assert THUNDERSTORM in reply and starts_with(reply, "einstein", "answer"), reply


@pytest.mark.parametrize(
    ("slug", "text"),
    [
        # (Bread for ducks has its line since lines26: test_lines26.py.)
        ("darwin", "@darwin is it ok to feed my tortoise strawberries"),
        # (The eclipse through sunglasses is told plainly since review36: test_review36.py.)
    ],
)
def test_a_thing_of_its_field_it_has_nothing_on_is_owned_up_to_not_settled_by_taste(slug, text):
    # Was "I am inclined to think so, Maya, though I should like a good many more examples.
    # Tastes vary as much as finches' beaks" to the ducks: a safety question given a taste.
    reply = say(slug, text)
    assert reply in tagged(slug, "outside"), reply
    assert not any(word in reply for word in TASTE), reply


def test_a_line_with_only_the_thing_in_it_is_no_answer_to_whether_it_is_safe():
    # Darwin's one duck is sent up in a balloon: no word on feeding ducks, so not said.
    reply = say("darwin", "@darwin is it ok to feed the ducks at the pond bread")
    assert "balloon" not in reply, reply


@pytest.mark.parametrize(
    ("slug", "text", "off"),
    [
        # Was "I never measured that exactly, Maya, but this is the nearest result I have.
        # Chemistry is patient work: dissolve, filter, crystallise, and then do it all again."
        # (A bruise and a collision have lines of their own since round sixteen:
        # tests/bots/test_lines16a.py.)
        ("curie", "@curie whats the chemistry of why a sunburn peels", "patient"),
        # Was "I never worked that out exactly, Maya; the nearest thing I know is this. Peace
        # cannot be kept by force; it can only be achieved by understanding."
        ("einstein", "@einstein how much force is in a punch from a boxer", "Peace"),
        # Was "... the nearest I came. It was hard for a woman in maths, as you call it, in my day"
        ("lovelace", "@lovelace whats the maths behind why a bridge doesnt fall down", "woman"),
        # Was "Ach, Maya, now you have found my favourite subject. To get into physics, start
        # with a book of ideas rather than formulas"
        ("einstein", "@einstein whats the physics behind a skateboard ollie", "book"),
    ],
)
def test_a_line_sharing_only_the_fields_name_or_a_word_in_another_sense_is_no_nearest(
    slug, text, off
):
    reply = say(slug, text)
    assert reply in tagged(slug, "outside") and off not in reply, reply


@pytest.mark.parametrize(
    ("slug", "text", "line"),
    [
        # Was "You ask my opinion, Maya; ... Picture a man who never looks up from his little
        # screen": a take on phones for a worry about GPS.
        ("einstein", "@einstein should i worry about the gps on my phone being wrong", "GPS"),
        # Was "I doubt it, Maya; ... Study is worth it, and more than it seems".
        (
            "lovelace",
            "@lovelace is it bad to use a calculator for the maths homework",
            "calculator",
        ),
        # Was "Since you ask my judgement, Maya: Our doubts are traitors".
        ("shakespeare", "@shakespeare should i be worried my sonnet doesnt rhyme", "rhyme"),
    ],
)
def test_a_worry_about_a_thing_of_its_field_is_met_with_its_line_on_that_thing(slug, text, line):
    reply = say(slug, text)
    assert line in reply and starts_with(reply, slug, "answer"), reply


def test_a_line_where_the_thing_is_only_mentioned_is_no_answer_to_a_worry_about_it():
    # Einstein's eclipse is the one of 1919 that proved him right, nothing on looking at one.
    reply = say("einstein", "@einstein is it bad to look at the eclipse through sunglasses")
    assert "dear Lord" not in reply and "Eddington" not in reply, reply


def test_a_line_sharing_the_thing_and_only_what_is_done_to_it_is_no_answer():
    # Was "Let us take it carefully, Maya. I went back to Warsaw often ... and in 1932 I opened
    # the radium institute there myself." ("open" the clock, an institute opened).
    reply = say("curie", "@curie should i open the old radium clock i found")
    assert "Warsaw" not in reply and reply in tagged("curie", "outside"), reply
