"""The house bot answers what is in its reach (house48, `bots/house48.py`): a tip shared, which
persona to ask, what Salon has for a feature it lacks, a code question by the term it asks
about, everyday tech advice, and one plain line for what it does not know."""

from __future__ import annotations

import pytest

from bots.house import HOUSE_UNKNOWN, house_reply
from bots.house48 import CODE48, TECH48, UNKNOWN48, code_answer, persona_for, tip_split
from tests.bots.test_everyday_messages import say


def ask(text: str) -> str:
    return say("aibot", f"/AIBot {text}")


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        (
            "split 84.50 between 3 with a 15% tip",
            "84.50 plus 15% tip is 97.18; between 3 of you, 32.39 each.",
        ),
        (
            "bill was 120 for 5 of us plus 20% tip how much each",
            "120 plus 20% tip is 144; between 5 of you, 28.80 each.",
        ),
        (
            "dinner came to £62.40, 4 of us, 10% service",
            "£62.40 plus 10% tip is £68.64; between 4 of you, £17.16 each.",
        ),
        (
            "45 quid split three ways with a 10% tip",
            "£45 plus 10% tip is £49.50; between 3 of you, £16.50 each.",
        ),
    ],
)
def test_a_bill_with_a_tip_shared_is_worked(text, reply):
    assert ask(text) == reply


@pytest.mark.parametrize(
    "text",
    [
        "split 84.50 between 3",  # no tip: `bots.reckon`'s
        "15% tip on 48.20?",  # nobody sharing
        "we tipped 15% and it was great, 3 of us went",  # no bill
        "20% off 60 for 2 items",  # no tip
    ],
)
def test_a_sum_without_a_bill_a_tip_and_a_share_is_not_read_as_one(text):
    assert tip_split(text) == ""


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("which persona should i ask about poetry", "shakespeare"),
        ("who should i ask about evolution", "darwin"),
        ("which persona knows about physics", "einstein"),
        ("who here knows about radioactivity", "curie"),
        ("which of you knows maths", "lovelace"),
        ("who is good at philosophy", "socrates"),
        ("who do i ask about black holes", "einstein"),
    ],
)
def test_which_persona_to_ask_names_the_one_whose_field_it_is(text, slug):
    reply = ask(text)
    assert f"Write @{slug} and your question" in reply, reply


def test_the_persona_in_the_room_is_named_as_there():
    reply = persona_for("who would know about bees here", ("darwin", "Charles Darwin"), ", Maya")
    assert reply == (
        "Charles Darwin, Maya, who's in this room: his field is natural history (evolution, "
        "animals and plants). Write @darwin and your question about bees."
    )


@pytest.mark.parametrize(
    "text",
    ["who is coming tonight", "who knows a good plumber", "who won the battle of hastings"],
)
def test_who_else_is_no_persona_asked_for(text):
    assert persona_for(text, None, "") == ""


def test_what_salon_lacks_is_said_plainly_with_what_it_has():
    mute = ask("can i mute a persona")
    assert mute.startswith("Salon has no mute for one persona, Maya: muting is for people")
    assert '"Personas in this room" in Room settings' in mute
    assert ask("can the bots see images").startswith("No, Maya: the personas and I read only")
    assert ask("what's the time").startswith("I can't see a clock where you are, Maya")
    # Stopping a reply mid-way is Salon's Stop, as before.
    assert ask("how do i stop a bot talking").startswith("Press Stop")


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("what does ?? do in javascript", "`a ?? b` is JavaScript's nullish coalescing"),
        ("what does ?. do in js", "`?.` is optional chaining"),
        ("how do i find duplicate rows in sql", "Group by the columns that should be unique"),
        ("what does async await do in javascript", "In JavaScript an `async` function"),
        ("what does chmod +x do", "`chmod +x script.sh` makes a file executable"),
        ("why does 0.1 + 0.2 not equal 0.3", "Computers store floats in binary"),
        ("what does the alt attribute do in html", "The `alt` attribute is an image's text"),
        ("what's the difference between a 401 and a 403", "401 Unauthorized means"),
        ("what does git rebase do", "`git rebase main` replays your branch's commits"),
        ("what is a pointer in c", "A pointer holds the memory address of a value"),
        ("why is my z-index not working", "`z-index` orders overlapping elements"),
    ],
)
def test_a_code_question_answers_the_term_it_asks_about(text, start):
    assert ask(text).startswith(start), ask(text)


@pytest.mark.parametrize(
    "text",
    [
        "is there an api",  # Salon's own, the FAQ's
        "what's the salon api",
        "how do i change my password",
        "what does const do in javascript",  # the FAQ's entry, as before
        "what does ?? do in c#",  # a language it has no entry for
        "i love how this room has a grid of photos",  # no question asked
        "what does a duplicate key mean",  # no language named for a plain word
    ],
)
def test_a_term_met_in_passing_or_in_another_language_is_not_answered(text):
    assert code_answer(text) == ""


def test_each_entry_fits_in_one_reply():
    for *_, answer in CODE48:
        assert len(answer) <= 300, answer
    for _, answer in TECH48:
        assert len(answer) <= 300, answer
    for _, line in UNKNOWN48:
        assert len(line.format(to=", Maya")) <= 300, line


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("my laptop is so slow lately any tips", "Restart it first"),
        ("should i use a password manager", "Yes: a password manager"),
        ("how do i make a good password", "Length beats cleverness"),
        ("should i back up my photos", "Yes: keep three copies"),
        ("got an email saying my bank account is locked click here, legit?", "Treat it as a scam"),
        ("is it worth getting antivirus", "On Windows the built-in Microsoft Defender"),
        ("my phone storage is full", "See what's taking the room"),
    ],
)
def test_everyday_tech_advice_is_given_briefly(text, start):
    assert ask(text).startswith(start), ask(text)


def test_what_it_does_not_know_is_one_plain_line_never_its_menu():
    assert ask("who won the battle of hastings") == (
        "History isn't something I know, Maya, and I'd rather not guess a name or a date; a "
        "quick search will have it."
    )
    assert ask("what's good for a headache").startswith("I don't know medicine, Maya")
    for line in HOUSE_UNKNOWN:
        assert "Salon" not in line and "code" not in line, line
    # With a persona in the room whose field it is, that persona is named.
    said = house_reply("how do whales sleep", seed=1, name="maya", expert=("darwin", "Charles"))
    assert "@darwin" in said


def test_a_subject_no_persona_covers_is_said_so_with_their_fields():
    assert persona_for("which persona knows about volcanoes", None, ", Tom") == (
        "None of the personas has volcanoes as their field, Tom: theirs are physics (Einstein), "
        "plays and poetry (Shakespeare), chemistry (Curie), mathematics (Lovelace), philosophy "
        "(Socrates) and natural history (Darwin)."
    )
    # Asked of the people here, not of the personas: left to the room.
    assert persona_for("who knows a good plumber", None, "") == ""
    assert persona_for("who knows what time the party starts", None, "") == ""


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("how do i delete duplicates in sql", "Keep the first row of each group"),
        ("how do i undo git add", "`git restore --staged file`"),
        ("what does git bisect do", "`git bisect` finds the commit that broke"),
        ("what does `set -e` do in bash", "`set -e` makes a bash script stop"),
        ("why does git say fatal: not a git repository", "`fatal: not a git repository`"),
        ("how do i check my python version", "Run `python --version`"),
        # was the table of every status code
        ("wat does 404 mean", "404 Not Found: the server is up but has nothing"),
    ],
)
def test_the_particular_entry_comes_before_the_general_one(text, start):
    assert ask(text).startswith(start), ask(text)


def test_a_term_after_what_is_asked_is_not_what_is_asked():
    # "how do i center a div with flexbox" asks of centring (the FAQ's), not of flexbox
    assert code_answer("how do i center a div with flexbox") == ""
    assert ask("how do i center a div with flexbox").startswith("Give the parent `display: flex")
