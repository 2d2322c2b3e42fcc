"""Session 30 misreads: a moral deed judged ("is it bad if i ask someone to prom just so i don't
go alone") is examined by the philosopher, never met with a bare "Yes" from a line that shares
two words with the aside; the weather of a day to come is no opinion; a pointer at the message
above ("^ that", "what he said") answers that message; a sleepless night gets plain sympathy,
not a wry word; a request is owned up to without a question back; an objection put back just
after its own words is never agreed to before the opposite; which of two unnamed products is
better is owned up to, never picked."""

from __future__ import annotations

import pytest

from bots.engine import ChatLine as Line
from bots.engine import index_of
from tests.bots.test_everyday_messages import CAST, VOICES, say, tagged
from tests.bots.test_topic25 import ask

OTHERS = {v.slug: tuple(o for o in CAST if o.slug != v.slug) for v in CAST}


def lines(slug: str, kind: str, name: str) -> set[str]:
    return tagged(slug, kind, name=name)


# --- a moral deed judged: examined -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "is it bad if i ask someone to prom just so i don't go alone. asking for a friend",
        "is it wrong to ask someone out just so i'm not alone at the party",
        "would it be bad if i went to prom with a friend just to have a date",
    ],
)
@pytest.mark.parametrize("seed", [1, 2])
def test_a_deed_judged_is_examined_never_a_bare_yes(text, seed):
    reply = ask("socrates", text, seed=seed)
    examining = {
        line.format(name="Sam") for line in index_of(VOICES["socrates"].material).tagged["examine"]
    }
    assert reply in examining, reply
    assert not reply.startswith(("Yes", "No,", "I think not"))


def test_a_line_naming_the_deed_still_answers():
    # "is it ok if i tell my friend her boyfriend is cheating": his own line on that very deed.
    reply = ask("socrates", "is it ok if i tell my friend her boyfriend is cheating")
    assert "Tell your friend, gently and alone" in reply


# --- the weather of a day to come --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "do you think it'll rain on the 27th, i'm not getting my hair done for nothing",
        "will it rain tomorrow",
        "is it going to snow this weekend?",
        "do you reckon it'll be sunny on saturday",
        "think the weather will hold for the bbq on sunday?",
    ],
)
@pytest.mark.parametrize("slug", ["einstein", "curie", "darwin"])
def test_a_forecast_asked_is_foreseen_not_opined(text, slug):
    reply = ask(slug, text)
    assert reply in lines(slug, "foresee", "Sam"), reply
    assert "inclined to think so" not in reply


@pytest.mark.parametrize(
    "text",
    ["is it raining where you are", "do you think the rain will stop my washing drying"],
)
def test_rain_now_or_its_doing_is_no_forecast(text):
    assert ask("einstein", text) not in lines("einstein", "foresee", "Sam")


# --- a pointer at the message above ------------------------------------------------------------


ABOVE = (Line("tom", "why do cats purr when you stroke them"),)


@pytest.mark.parametrize(
    "text", ["@darwin ^ that", "@darwin this ^", "@darwin what he said", "@darwin see above"]
)
def test_a_pointer_answers_the_message_above(text):
    reply = say("darwin", text, author="mei", history=ABOVE, others=OTHERS["darwin"])
    assert "A cat purrs when content" in reply, reply
    assert "Mei" in reply


def test_a_pointer_past_a_persona_answers_the_persons_message():
    history = (
        Line("tom", "is it safe to microwave food in plastic tubs"),
        Line("Albert Einstein", "Ach, Tom, there you have found the edge of my universe."),
    )
    reply = say("curie", "@curie this ^", author="mei", history=history, others=OTHERS["curie"])
    assert "microwave-safe" in reply, reply


@pytest.mark.parametrize("text", ["@darwin that's a good point", "@darwin what did he mean"])
def test_more_than_a_pointer_is_read_as_said(text):
    reply = say("darwin", text, author="mei", history=ABOVE, others=OTHERS["darwin"])
    assert "A cat purrs when content" not in reply


# --- sleep lost: sympathy, not a wry word ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "My dog keeps barking at night and I can't sleep.",
        "the neighbours' party kept me up all night",
        "haven't slept properly in weeks, the baby is teething",
        "our upstairs neighbours stomp around till 2am and i can't get to sleep",
    ],
)
@pytest.mark.parametrize("slug", ["einstein", "shakespeare", "curie", "lovelace", "socrates"])
def test_sleep_lost_gets_plain_sympathy(text, slug):
    # (its own #sleepless line since session 31; was any #sympathy line that speaks of no grief)
    reply = say(slug, f"@{slug} {text}", author="sam")
    # (sample39: a persona with a plain answer on the barking dog gives that help instead)
    helped = {t.split(": ", 1)[1] for t in lines(slug, "know", "Sam") if "bark" in t.split(": ")[0]}
    assert reply in lines(slug, "sleepless", "Sam") | helped, reply
    assert "teasing" not in reply and "heavy heart" not in reply and "sorrows" not in reply


@pytest.mark.parametrize("text", ["cant sleep again", "Can't sleep, so here I am."])
def test_awake_with_no_trouble_named_is_small_talk(text):
    assert say("einstein", f"@einstein {text}", author="sam") not in lines(
        "einstein", "sympathy", "Sam"
    )


def test_a_small_mishap_is_still_wry():
    assert say("einstein", "@einstein burnt my toast again", author="sam") in lines(
        "einstein", "wry", "Sam"
    )


# --- a request owned up to: no question back ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Can you give me a recipe for a quick dinner?",
        "could you recommend a good hairdresser in leeds",
        "can you send me a knitting pattern for a scarf",
    ],
)
@pytest.mark.parametrize("seed", range(1, 7))
@pytest.mark.parametrize("slug", ["einstein", "socrates"])
def test_a_request_is_owned_up_to_without_a_question_back(text, slug, seed):
    reply = say(slug, f"@{slug} {text}", author="sam", seed=seed, others=OTHERS[slug])
    assert "yourself" not in reply and "puzzled" not in reply, reply


# --- train or plane -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Is it actually faster to take the train or to fly from Paris to Berlin?",
        "quicker to fly or get the train to edinburgh from london?",
        "train or plane to glasgow, which is faster",
    ],
)
def test_train_or_plane_is_answered_door_to_door(text):
    reply = ask("einstein", text)
    assert "door to door" in reply and "amateur" not in reply, reply


# --- an objection put back just after its own words --------------------------------------------

SAID = Line("Albert Einstein", "Imagination is more important than knowledge.", own=True)


@pytest.mark.parametrize(
    "text",
    [
        "But is knowledge not what makes imagination worth anything?",
        "But isn't knowledge what makes imagination worth anything?",
        "but surely knowledge matters more than imagination?",
    ],
)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_an_objection_put_back_is_defended_never_agreed(text, seed):
    reply = say(
        "einstein", text, author="Socrates", seed=seed, history=(SAID,), others=OTHERS["einstein"]
    )
    assert not any(
        reply.startswith(line.split("{")[0])
        for line in (*index_of(VOICES["einstein"].material).tagged["yes"],)
    ), reply
    assert "inclined to think so" not in reply and not reply.startswith(("Yes", "I would say"))
    assert "Imagination comes first for me" in reply


def test_a_plain_question_after_its_words_is_no_objection():
    reply = say(
        "einstein",
        "but is it hard to imagine things?",
        author="Socrates",
        history=(SAID,),
        others=OTHERS["einstein"],
    )
    assert "put it too bluntly" not in reply and "experiments go against me" not in reply


# --- which of two unnamed products is better ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "what's the best energy drink, monster or red bull",
        "which is better, iphone or samsung?",
        "best crisps, walkers or pringles?",
    ],
)
@pytest.mark.parametrize("slug", ["curie", "darwin"])
def test_a_better_product_is_owned_up_to_never_picked(text, slug):
    reply = ask(slug, text)
    assert "I would say" not in reply, reply
    assert any(reply.startswith(line.split("{")[0]) for line in lines(slug, "outside", "Sam"))


@pytest.mark.parametrize(
    "text", ["tea or coffee?", "which is better, cats or dogs?", "pizza or pasta?"]
)
def test_a_taste_or_a_thing_it_knows_is_still_picked(text):
    assert "I would say" in ask("curie", text)
