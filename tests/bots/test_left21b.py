"""Session 21's leftovers, second part: a persona that laughed or owned up where it should try
(three things to pack, a refusal in high style, the worst parent among its characters), a
greeting before a question, a claim about numbers read as a request for them, and its own life
missed (a camping either-or, Curie's leaking shed, Socrates on sad movies and a pizza
tiebreaker, Lovelace on HAL). Each says its own now; what it said well before, it still does."""

from __future__ import annotations

import pytest

from bots.addressing import FIGURES_ASKED
from bots.asks import proclaim_of, request_kind
from bots.engine import ever_first, past_greeting
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say, starts_with

# --- 4. Three things to pack: named in its own voice, never a laugh ------------------------------


@pytest.mark.parametrize(
    "slug, text, said",
    [
        ("shakespeare",
         "@shakespeare haha and what would you bring camping if you could only pack 3 things",
         "Three things, Maya: my Ovid"),
        ("shakespeare", "@shakespeare what 3 things would you bring camping",
         "Three things, Maya: my Ovid"),
        ("einstein", "@einstein what 3 things would you bring camping",
         "Three things, Maya: my violin"),
        ("darwin", "@darwin what three things would you take to a desert island",
         "a hand lens and a collecting net"),
        ("socrates", "@socrates what would you bring camping", "One cloak, no shoes"),
        ("lovelace", "@lovelace what 3 things would u pack for a trip", "Bernoulli numbers"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("seed", range(2))
def test_three_things_to_pack_are_named(slug, text, said, seed):
    assert said in say(slug, text, seed=seed)


@pytest.mark.parametrize(
    "slug, text, said",
    [
        ("einstein", "@einstein do you take sugar in your coffee", "Coffee, Maya"),
        ("einstein", "@einstein did you ever go camping", "Camping was never for me"),
    ],
)
def test_other_questions_of_its_ways_are_no_packing(slug, text, said):
    reply = say(slug, text, seed=0)
    assert said in reply and "Three things" not in reply


# --- 5. Greetings, figures, refusals, characters ------------------------------------------------


@pytest.mark.parametrize(
    "text, asked",
    [
        ("hi! so is it better to rent or buy", "is it better to rent or buy"),
        ("hello! quick q, do finches still evolve today", "do finches still evolve today"),
        ("hi! so is radium dangerous", "is radium dangerous"),
        ("hello! quick question: is light a wave", "is light a wave"),
        ("hey! ok so whats the best play", "whats the best play"),
        ("hi! whats the meaning of a good life", "whats the meaning of a good life"),
    ],
)
def test_what_leads_into_the_question_after_a_greeting_goes(text, asked):
    assert past_greeting(text) == asked


@pytest.mark.parametrize(
    "text",
    [
        "hi! so glad to be here",
        "hi! ok",
        "morning! so tired today",
        "hi! so what are you all up to",
    ],
)
def test_a_greeting_that_asks_nothing_stays_a_greeting(text):
    assert past_greeting(text) == text


def test_a_question_after_hello_quick_q_is_answered_not_greeted():
    reply = say("curie", "@curie hello! quick q, is radium dangerous", seed=0)
    assert "radium" in reply.lower() or "radiation" in reply.lower(), reply
    assert not starts_with(reply, "curie", "hello"), reply


@pytest.mark.parametrize(
    "text, asked",
    [
        ("but the numbers say otherwise", False),
        ("but the figures show it works", False),
        ("but the numbers?", True),
        ("haha ok but like actual numbers? how far", True),
        ("but numbers tho", True),
        ("ok but in numbers", True),
    ],
)
def test_numbers_said_are_no_numbers_asked(text, asked):
    assert bool(FIGURES_ASKED.search(text)) is asked


@pytest.mark.parametrize("slug", ["socrates", "curie", "einstein"])
def test_the_numbers_saying_otherwise_gets_no_i_have_no_figures(slug):
    name = {"socrates": "Socrates", "curie": "Marie Curie", "einstein": "Albert Einstein"}[slug]
    asked = {"socrates": "@socrates do u think money makes people happier",
             "curie": "@curie is radium dangerous",
             "einstein": "@einstein is time travel possible"}[slug]  # fmt: skip
    first = say(slug, asked, seed=0)
    history = (Line("maya", asked), Line(name, first, own=True))
    reply = say(slug, "but the numbers say otherwise", seed=0, history=history)
    assert "I have no figures for that" not in reply, reply
    pressed = say(slug, "but like actual numbers?", seed=0, history=history)
    assert pressed.startswith("I have no figures for that"), pressed


DECLINES = ("as Olivia answers Orsino", "Thou dost me too much honour")


@pytest.mark.parametrize(
    "text",
    [
        "@shakespeare is there a dramatic way to say no to a date",
        "@shakespeare whats a poetic way of saying no to a second date",
        "@shakespeare give me a dramatic way to turn him down",
    ],
)
@pytest.mark.parametrize("seed", range(2))
def test_a_refusal_in_high_style_is_made_gently_never_cried(text, seed):
    reply = say("shakespeare", text, seed=seed)
    assert any(d in reply for d in DECLINES), reply
    assert "No to a date!" not in reply and "Hark, all the world" not in reply


@pytest.mark.parametrize(
    "text, kind, said",
    [
        ("is there a dramatic way to say no to a date", "decline", ""),
        ("how do i say no to my boss", "", ""),  # advice, not high style
        ("whats the most dramatic way to say i flashed a v4", "proclaim", "I flashed a v4"),
        ("a dramatic way to say i quit", "proclaim", "I quit"),
    ],
)
def test_a_refusal_is_no_words_to_proclaim(text, kind, said):
    assert request_kind(text) == kind and proclaim_of(text) == said


def test_the_words_to_proclaim_are_still_cried():
    reply = say("shakespeare", "@shakespeare whats the most dramatic way to say i flashed a v4")
    assert "I flashed a v4!" in reply


@pytest.mark.parametrize(
    "text, said",
    [
        ("@shakespeare which of your characters is the worst parent", "King Lear"),
        ("@shakespeare which of your characters is most like my ex", "Proteus"),
        ("@shakespeare which of your characters is the most evil", "Iago"),
    ],
)
@pytest.mark.parametrize("seed", range(3))
def test_the_character_named_is_the_one_asked_for(text, said, seed):
    assert said in say("shakespeare", text, seed=seed)


@pytest.mark.parametrize(
    "text",
    [
        "@shakespeare which of your characters would be the best at karaoke",
        "@shakespeare which of ur characters is most like my cat",
    ],
)
@pytest.mark.parametrize("seed", range(3))
def test_a_parent_or_an_ex_is_named_only_when_asked_for(text, seed):
    reply = say("shakespeare", text, seed=seed)
    assert "King Lear" not in reply and "Proteus" not in reply, reply


# --- 6. Its own life ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, first",
    [
        ("and did you ever go camping yourself or were you more of a hotel guy",
         "did you ever go camping yourself"),
        ("did you ever go camping or were you a hotel guy", "did you ever go camping"),
        ("did you ever go to argentina or chile", "did you ever go to argentina or chile"),
        ("have you ever been to paris or rome?", "have you ever been to paris or rome?"),
        ("is it better to rent or buy", "is it better to rent or buy"),
    ],
)  # fmt: skip
def test_the_other_side_of_a_question_of_its_life_is_cut(text, first):
    assert ever_first(text) == first


@pytest.mark.parametrize(
    "text",
    [
        "@einstein and did you ever go camping yourself or were you more of a hotel guy",
        "@einstein did you ever go camping or were you a hotel guy",
    ],
)
@pytest.mark.parametrize("seed", range(2))
def test_einstein_says_camping_was_never_for_him(text, seed):
    assert "Camping was never for me" in say("einstein", text, seed=seed)


@pytest.mark.parametrize(
    "text",
    [
        "@curie ok but was the shed thing true? i read it leaked when it rained",
        "@curie was the shed thing true? i read it leaked when it rained",
        "@curie was the shed thing true? it leaked",
    ],
)
@pytest.mark.parametrize("seed", range(2))
def test_curie_tells_of_her_own_leaking_shed(text, seed):
    reply = say("curie", text, seed=seed)
    assert "shed" in reply and ("leak" in reply), reply
    assert not starts_with(reply, "curie", "outside"), reply


def test_a_story_not_of_its_life_is_not_told_as_its_own():
    reply = say("curie", "@curie was the moon landing real?", seed=0)
    assert "shed" not in reply, reply


@pytest.mark.parametrize("seed", range(2))
def test_socrates_on_sad_movies_speaks_of_tragedy(seed):
    text = "@socrates whats even the point of sad movies? why do we enjoy being sad on purpose"
    reply = say("socrates", text, seed=seed)
    assert "Philebus" in reply and "lawgiver" not in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "@socrates also unrelated but pepperoni or margherita for friday, i need a tiebreaker",
        "@socrates pepperoni or margherita, tiebreaker",
        "@socrates pepperoni or margherita? cant decide",
    ],
)
@pytest.mark.parametrize("seed", range(2))
def test_a_pizza_tiebreaker_is_a_pick(text, seed):
    reply = say("socrates", text, seed=seed)
    assert "I would say margherita" in reply or "I would say pepperoni" in reply, reply
    assert "dread" not in reply


@pytest.mark.parametrize(
    "text",
    [
        "@lovelace in 2001 the computer HAL decides to kill the crew. do you think a machine "
        "could ever actually think for itself like that?",
        "@lovelace could a machine like HAL think for itself?",
        "@lovelace will computers ever think on their own",
    ],
)
@pytest.mark.parametrize("seed", range(2))
def test_lovelace_answers_a_thinking_machine_with_note_g(text, seed):
    reply = say("lovelace", text, seed=seed)
    assert "originate" in reply and "drudgery" not in reply, reply


@pytest.mark.parametrize("seed", range(6))
def test_what_is_told_before_the_question_does_not_pick_the_line(seed):
    """ "HAL decides to kill the crew" before the question: a line on deciding is no answer to
    whether a machine could think for itself."""
    text = (
        "@lovelace in 2001 the computer HAL decides to kill the crew. do you think a machine "
        "could ever actually think for itself like that?"
    )
    reply = say("lovelace", text, seed=seed, author="theo")
    assert "originate" in reply and "drudgery" not in reply, reply


def test_if_you_could_only_pack_asks_its_own_three_things():
    reply = say("curie", "@curie if you could only pack 3 things for a trip what would they be")
    assert reply.startswith("Three things, Maya: a notebook, a good lamp and a bicycle"), reply


def test_on_purpose_is_no_purpose():
    from bots.material import terms

    assert "purpos" not in terms("why do we enjoy being sad on purpose")
    assert "purpos" in terms("what is the purpose of a law")
