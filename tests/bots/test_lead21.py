"""Session 21's misreadings found in play: a view asked of a proposition ("do you agree phones
should be banned") read as a side taken with the last speaker; a question of doing away with a
thing ("should zoos be banned") leaning the wrong way; a "shouldn't ... be ..." question with no
question mark read as news."""

from __future__ import annotations

import re

import pytest

from bots.engine import _lean
from bots.valence import QUESTION
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import PEOPLE, say

ADA_ON_TASTE = Line(
    "Ada Lovelace",
    "Taste is one variable I never tried to calculate; if it delights you and harms no one, "
    "that is answer enough.",
)


@pytest.mark.parametrize("slug", PEOPLE)
@pytest.mark.parametrize(
    "text",
    [
        "do you agree phones should be banned for the whole weekend?",
        "do u agree that we should all go to bed early tonight",
        "would you agree cats make better pets than dogs?",
    ],
)
def test_a_view_asked_of_what_follows_is_no_side_taken_with_the_last_speaker(slug, text):
    reply = say(slug, f"@{slug} {text}", history=(ADA_ON_TASTE,), seed=0)
    assert "Ada" not in reply and "Lovelace" not in reply, reply


@pytest.mark.parametrize("slug", ["einstein", "curie", "darwin", "socrates", "shakespeare"])
@pytest.mark.parametrize(
    "text", ["do you agree?", "do you agree with her?", "do u agree with that"]
)
def test_agreement_asked_alone_still_takes_up_the_last_speaker(slug, text):
    reply = say(slug, f"@{slug} {text}", history=(ADA_ON_TASTE,), seed=0)
    # (another persona is called by its surname, as people call it: "Lovelace says ...")
    assert reply.startswith("Lovelace says that is answer enough."), reply


def test_socrates_banning_phones_says_yes_with_his_fear_of_the_screen():
    reply = say("socrates", "@socrates do you agree phones should be banned for the weekend?")
    assert reply.startswith("Yes, Maya"), reply
    assert "little screen" in reply


@pytest.mark.parametrize(
    "text, lean",
    [
        ("should phones be banned at dinner", "against"),
        ("should zoos be banned?", "against"),
        ("shouldn't smoking be banned everywhere", "against"),
        ("do we need to get rid of homework", "against"),
        ("phones shouldn't be banned in schools, agree?", "for"),
        ("zoos should not be banned", "for"),
        ("is cramming worth it?", "for"),
        ("is social media ruining us?", "against"),
    ],
)
def test_a_question_of_doing_away_with_a_thing_leans_against_it(text, lean):
    assert _lean(text) == lean


@pytest.mark.parametrize(
    "text, asked",
    [
        ("shouldn't smoking be banned everywhere", True),
        ("wouldnt it have been easier by train", True),
        ("isn't swimming good for your back", True),
        ("don't forget the cake", False),
        ("cant wait for friday", False),
        ("shouldn't have eaten that second slice lol", False),
    ],
)
def test_a_negative_question_without_a_question_mark_is_a_question(text, asked):
    assert bool(QUESTION.search(text)) is asked
    assert bool(re.search(r"\?", text)) is False


# "so did you actually drive them yourself": asked after a word of chat.
@pytest.mark.parametrize(
    "text, asked",
    [
        ("so did you actually drive them yourself or did someone else", True),
        ("ok and does it work in the cold", True),
        ("wait so is it safe", True),
        ("so do i", False),
        ("and so did we lol", False),
        ("ok and then we went home", False),
    ],
)
def test_a_question_after_a_word_of_chat_is_a_question(text, asked):
    assert bool(QUESTION.search(text)) is asked


def test_curie_asked_whether_she_drove_the_x_ray_cars_answers_from_her_war():
    before = (
        Line("bea", "@curie didnt you drive those x-ray cars in ww1? the little curies?"),
        Line(
            "Marie Curie",
            "The petites Curies were motor cars fitted with an X-ray machine and a dynamo run "
            "from the engine; I learned to drive and to mend them, and we took them right up to "
            "the field hospitals.",
        ),
        Line("walt", "wait what, x-ray cars?"),
        Line("bea", "yeah mobile x-ray vans for the front, look it up"),
    )
    for seed in range(3):
        reply = say(
            "curie",
            "@curie so did you actually drive them yourself or did someone else",
            history=before,
            seed=seed,
        )
        assert "I learned to drive" in reply, reply
        assert "X-ray" in reply


THESEUS = "Athens keeps Theseus' ship plank by new plank"


@pytest.mark.parametrize(
    "text",
    [
        "is a car restored with 80% new parts still the same car? this is an actual fight",
        "if you replace most parts of a car is it still the same car",
        "is it still the same band if only the drummer is left",
        "if you replace every plank of a boat is it still the same boat",
    ],
)
def test_socrates_answers_a_thing_kept_through_new_parts_with_theseus_ship(text):
    assert THESEUS in say("socrates", f"@socrates {text}", seed=0)


def test_a_thing_that_fails_at_its_work_is_still_asked_back():
    reply = say("socrates", "@socrates is a mug that leaks still a mug?", seed=0)
    assert THESEUS not in reply
    assert "mug" in reply


@pytest.mark.django_db
@pytest.mark.parametrize(
    "question, entry",
    [
        ("how do i pin a message in this room so the rota stays at the top", "salon-pin"),
        ("can i pin this", "salon-pin"),
        ("can we make a shared checklist in salon? like who brings what", "salon-checklists"),
        ("is there a todo list or checklist", "salon-checklists"),
        ("can i post photos in a Salon room, and is there a size limit", "salon-files"),
        ("how do i do bullet points in a message", "salon-formatting"),
        (
            "write a tiny python script that counts how many shifts each name has in a list "
            "like ['rosa','dev','rosa','kim']",
            "python-counting",
        ),
        ("write a python script to count votes", "python-counting"),
        (
            "write a little python function that converts miles per gallon to liters per 100 km",
            "python-units",
        ),
        ("which personas can i talk to", "salon-personas"),
        ("whats the difference between a list and a tuple", "python-list-tuple"),
        ("how do i sort a list in python", "python-list-ops"),
    ],
)
def test_the_house_bot_knows_pins_checklists_photos_counting_and_units(question, entry):
    from bots.house import house_intent

    assert house_intent(question) == entry


# Lines for a thing of theirs, with no occasion named, are on the thing.
@pytest.mark.parametrize(
    "text, subject",
    [
        (
            "write a short poem for my 1967 mustang, she's red and she leaks oil",
            "your 1967 mustang",
        ),
        ("write a poem for my cat", "your cat"),
        ("can u write an ode to our old van pls", "your old van"),
        ("a poem for my grandma's 80th", ""),
        ("a poem for my wedding", ""),
        ("give us a toast to my brother lol", ""),
        ("give us a little verse for my first ever decent loaf pls", ""),
    ],
)
def test_a_poem_for_a_thing_of_theirs_is_on_it(text, subject):
    from bots.asks import verse_subject

    assert verse_subject(text) == subject


def test_shakespeare_writes_on_the_mustang_not_a_stock_toast():
    reply = say("shakespeare", "@shakespeare write a short poem for my 1967 mustang, she's red")
    assert "Your 1967 mustang" in reply or "your 1967 mustang" in reply
    assert "Come, fill the hour" not in reply


# How it got about: its own, not a line on brakes or a singer's shower.
@pytest.mark.parametrize(
    "slug, line",
    [
        ("einstein", "I never owned a motor car, Maya, nor learned to drive one"),
        ("curie", "I learned to drive for the war, Maya"),
        ("darwin", "crossed the Andes by mule"),
        ("shakespeare", "from Stratford to London was some three days' ride"),
        ("socrates", "I went barefoot everywhere, Maya"),
    ],
)
@pytest.mark.parametrize(
    "text", ["did you ever own a car?", "you lived til 1955 right, did you ever own a car?"]
)
def test_asked_whether_it_had_a_car_it_tells_how_it_got_about(slug, line, text):
    assert line in say(slug, f"@{slug} {text}", seed=0)


@pytest.mark.parametrize(
    "slug, text, kept",
    [
        ("einstein", "@einstein explain why car brakes heat up", "energy of motion"),
        ("curie", "@curie is uranium glass safe", "Uranium glass"),
    ],
)
def test_a_question_on_cars_or_glass_in_its_field_is_still_answered_from_it(slug, text, kept):
    assert kept in say(slug, text, seed=0)


def test_the_shorter_request_is_owned_in_voice_after_an_answer_to_the_same_person():
    before = (
        Line("kim", "@darwin kids ask if humans came from monkeys, how do i say it?"),
        Line(
            "Charles Darwin",
            "A fair question, Kim. Asking why there are still apes if we came from apes is like "
            "asking why your cousins still exist if you are descended from your grandparents.",
            own=True,
        ),
    )
    reply = say(
        "darwin",
        "@darwin ok thats nice but maybe shorter? they lose interest lol",
        author="kim",
        history=before,
    )
    assert reply == (
        "Brevity was never my gift, Kim; I called the Origin a mere abstract, and it ran to "
        "some five hundred pages."
    )
    # A new question put shortly is a question, not "shorter".
    asked = say(
        "darwin",
        "@darwin in one sentence, what is natural selection?",
        author="kim",
        history=before,
    )
    assert "Brevity" not in asked


def test_the_verse_it_gave_is_cut_to_its_first_line_when_asked_shorter():
    before = (
        Line("rosa", "@shakespeare we need a one line motto for the volunteer t-shirts. go"),
        Line(
            "William Shakespeare",
            'For the t-shirts, Rosa, I have just the thing: "Come, fill the hour with mirth and '
            'kindly cheer; the best of days is this, since you are here."',
            own=True,
        ),
        Line("dev", "make it rhyme pls"),
        Line("otto", "the t-shirts are orange btw if that helps"),
        Line("rosa", "lol thats actually good. kim what do u think"),
        Line("kim", "i like it but its a bit long for the back of a shirt"),
    )
    reply = say(
        "shakespeare",
        "@shakespeare shorter version? like 6 words max",
        author="rosa",
        history=before,
    )
    assert reply.endswith("“Come, fill the hour with mirth and kindly cheer.”"), reply


@pytest.mark.parametrize(
    "text, planned",
    [
        ("morning all, who's on the saturday shift at the natural history wing", True),
        ("whos bringing chairs saturday", True),
        ("can someone swap my sunday shift", True),
        ("who's the greatest scientist ever", False),
        ("who is on the other end of a black hole", False),
    ],
)
def test_the_peoples_shifts_and_who_brings_what_are_their_plans(text, planned):
    from bots.addressing import plans

    assert plans(text) is planned


@pytest.mark.parametrize(
    "slug, text, line",
    [
        (
            "curie",
            "@curie did you really keep radium in your desk drawer? someone said that on the tour",
            "My desk drawer held tubes of radium",
        ),
        (
            "einstein",
            "@einstein why do engines run worse in the cold? my triumph hates november",
            "A cold engine runs badly because its oil is as thick as honey",
        ),
    ],
)
def test_a_question_of_its_life_or_field_from_the_car_and_museum_rooms_is_answered(
    slug, text, line
):
    assert line in say(slug, text, seed=0)


@pytest.mark.parametrize(
    "question, entry",
    [
        ("how do i pin the poll so people stop asking what time kickoff is", "salon-pin"),
        ("how do i invite my cousin to this chat, she might come with us", "salon-invite"),
        (
            "can u write me a python thing that picks two random even teams from a list of names",
            "python-random",
        ),
        (
            "how do i mute this chat till saturday, my phone keeps buzzing at work",
            "salon-mute-room",
        ),
        (
            "can you show me a python snippet that shifts letters by 3, like a caesar cipher",
            "python-caesar",
        ),
        ("i got muted, what does that mean", "salon-muted"),
        ("how do i mute a person", "salon-moderation"),
    ],
)
def test_a_question_naming_its_subject_outright_gets_it_whatever_else_it_says(question, entry):
    from bots.house import house_intent

    assert house_intent(question) == entry
