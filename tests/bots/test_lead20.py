"""Session 20's play-test misreadings: a persona joining another's answer with a line on
nothing the person asked, and a question after a greeting answered as a greeting."""

from __future__ import annotations

import re

import pytest

from bots.engine import past_greeting
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

YEAST = "@curie is yeast chemistry something you ever looked into?"
CURIE_ON_YEAST = (
    "Precisely, Nina, that is what the laboratory is for. Physics and chemistry meet in the "
    "atom, and I was happy to live at that border."
)
EINSTEIN_ON_MILEVA = (
    "Marie, I think you have it right. I met Mileva Marić at the Zurich Polytechnic, the only "
    "woman in our physics section; we read the great physicists together and fell in love "
    "over the books."
)


@pytest.mark.parametrize("seed", range(4))
def test_a_persona_nobody_spoke_to_keeps_off_what_the_person_did_not_ask(seed):
    # The home brewers' room: Einstein took up Curie's "physics" with how he met Mileva, then
    # Curie took up his "books" with her girlhood reading; yeast was left behind.
    asked = Line("nina", YEAST)
    assert say("einstein", CURIE_ON_YEAST, author="Marie Curie", seed=seed, history=[asked]) == ""
    # Nor does another guest take up Einstein's Mileva after that.
    chain = [asked, Line("Marie Curie", CURIE_ON_YEAST)]
    assert (
        say("shakespeare", EINSTEIN_ON_MILEVA, author="Albert Einstein", seed=seed, history=chain)
        == ""
    )


@pytest.mark.parametrize("seed", range(4))
def test_a_point_made_to_the_room_is_any_guests_to_take_up(seed):
    # Asked of nobody in particular, a question is the room's: Einstein may take up Darwin's
    # patience, whatever words he does it in.
    asked = Line("kemal", "whats the secret to actually finishing a big project")
    darwin = (
        "I have found patience worth more than cleverness; eight years of barnacles taught me that."
    )
    reply = say("einstein", darwin, author="Charles Darwin", seed=seed, history=[asked])
    assert "Charles" in reply, reply


@pytest.mark.parametrize("seed", range(4))
def test_asked_by_name_it_still_answers_the_other_persona(seed):
    # Asked a question by name ("Marie, ...?"), Curie answers, whatever the person asked first.
    chain = [Line("nina", YEAST), Line("Marie Curie", CURIE_ON_YEAST)]
    asked = "Marie, did you ever find time for books outside the laboratory?"
    reply = say("curie", asked, author="Albert Einstein", seed=seed, history=chain)
    assert reply.strip()


def test_a_line_on_what_the_person_asked_may_still_join_in():
    # Lightning asked, Curie answering it: Einstein's line on lightning or light bears on it.
    asked = Line("sam", "@curie why does lightning make the air smell funny")
    curie = (
        "The smell after lightning is ozone, Sam: the spark splits oxygen in the air, and the "
        "pieces join in threes."
    )
    replies = [
        say("einstein", curie, author="Marie Curie", seed=seed, history=[asked])
        for seed in range(8)
    ]
    joined = [r for r in replies if r]
    assert joined, replies
    assert all(
        "lightning" in r.lower()
        or "spark" in r.lower()
        or "air" in r.lower()
        or "oxygen" in r.lower()
        or "ozone" in r.lower()
        for r in joined
    ), joined


@pytest.mark.parametrize(
    "text, asked",
    [
        (
            "hi! whats the meaning of a good life, quick version pls",
            "whats the meaning of a good life, quick version pls",
        ),
        ("hey will, whats ur favorite play of yours", "whats ur favorite play of yours"),
        (
            "good morning, do u think competition is good for a hobby like this",
            "do u think competition is good for a hobby like this",
        ),
        ("morning! is radium dangerous", "is radium dangerous"),
        ("good morning socrates, do u think competition is good", "do u think competition is good"),
        ("hello all, anyone know why the sky is blue?", "anyone know why the sky is blue?"),
    ],
)
def test_the_question_after_a_greeting_is_what_is_asked(text, asked):
    assert past_greeting(text) == asked


@pytest.mark.parametrize(
    "text",
    [
        "hi!",
        "hey, how are you?",
        "morning all, what's everyone up to today?",
        "hi everyone, i'm new here",
        "good morning, back again after a long break",
        "hello, anyone around?",
        "evening all, debrief is up on the drive",
        "Morning person or night owl?",
        "good morning to you too, what a day",
    ],
)
def test_a_greeting_that_asks_no_question_stays_a_greeting(text):
    assert past_greeting(text) == text


@pytest.mark.parametrize("seed", range(3))
def test_greeted_then_asked_the_persona_answers_the_question(seed):
    reply = say("curie", "@curie morning! is radium dangerous", seed=seed)
    assert "radium" in reply.lower(), reply
    # Not "morning" as the thing it talks about, nor dawn at Potidaea.
    competition = say(
        "socrates",
        "@socrates good morning socrates, do u think competition is good for a hobby like this",
        seed=seed,
    )
    assert "compet" in competition.lower(), competition
    assert "morning" not in competition.lower(), competition
    life = say(
        "socrates", "@socrates hi! whats the meaning of a good life, quick version pls", seed=seed
    )
    assert "welcome" not in life.lower(), life


@pytest.mark.parametrize("seed", range(3))
def test_a_line_sharing_only_a_word_in_passing_is_no_answer(seed):
    # Galileo's spanner "dropped" from a mast, for wifi that keeps dropping.
    reply = say(
        "einstein", "@einstein can u help me fix my wifi its dropping every 10 min", seed=seed
    )
    assert "spanner" not in reply and "Galileo" not in reply, reply
    # The fast clock on a moving train, for a journey to plan.
    train = say(
        "einstein", "@einstein is it faster to take the train from paris to berlin", seed=seed
    )
    assert "clock" not in train and "mirrors" not in train, train


def test_the_physics_of_a_thing_is_about_the_thing():
    from bots.sense import subjects

    assert subjects("whats the physics of why i keep peeling off slopers") == {"sloper"}
    assert subjects("whats the chemistry behind a sunburn peeling") == {"sunburn"}
    assert subjects("is physics hard") == {"physic"}
    # Not a first book of physics for why slopers are hard to hold.
    reply = say(
        "einstein",
        "hey @einstein do u climb? whats the physics of why i keep peeling off slopers",
        seed=0,
    )
    assert "Evolution of Physics" not in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "@curie hi! is chalk actually doing anything or is it placebo",
        "uh @curie i asked about chalk lol. does magnesium carbonate actually help grip or not",
    ],
)
def test_climbing_chalk_is_answered_and_a_question_after_a_full_stop_is_asked(text):
    reply = say("curie", text, seed=0)
    assert "magnesium carbonate" in reply and "sweat" in reply, reply
    assert not reply.startswith("Thank you for telling"), reply


@pytest.mark.parametrize(
    "text, words",
    [
        ("whats the most dramatic way to say i flashed a v4", "I flashed a v4"),
        ("what's the most dramatic way to say i flashed a v4 lol", "I flashed a v4"),
        ("give me a dramatic way of saying i quit my job", "I quit my job"),
        ("say 'the bins are out' like shakespeare would", "The bins are out"),
        ("most epic way to say my code compiled first time 😂", "My code compiled first time"),
    ],
)
def test_words_asked_in_high_style_are_the_persons_own(text, words):
    from bots.asks import proclaim_of, request_kind

    assert proclaim_of(text) == words
    assert request_kind(text) == "proclaim"


@pytest.mark.parametrize(
    "text",
    [
        "how do you say hello in french",
        "a dramatic way to end the play",
        "say that dramatically",
        "that was a dramatic finish to say the least",
    ],
)
def test_no_words_to_say_is_no_proclamation(text):
    from bots.asks import proclaim_of

    assert proclaim_of(text) == ""


@pytest.mark.parametrize("seed", range(3))
def test_shakespeare_cries_the_persons_words_aloud(seed):
    reply = say(
        "shakespeare", "@shakespeare whats the most dramatic way to say i flashed a v4", seed=seed
    )
    assert "I flashed a v4!" in reply, reply
    assert reply.count('"') == 2, reply
    # A physicist has no such craft: no proclamation from him.
    einstein = say(
        "einstein", "@einstein whats the most dramatic way to say i flashed a v4", seed=seed
    )
    assert "I flashed a v4" not in einstein, einstein


def test_a_clause_after_the_subject_of_verse_is_cut_not_left_hanging():
    from bots.asks import verse_subject

    text = "can u write a sonnet about a zoom call where everyone is on mute"
    assert verse_subject(text) == "a zoom call"
    reply = say("shakespeare", f"@shakespeare {text}", seed=1)
    assert "zoom call where everyone is" not in reply, reply
    assert "a zoom call" in reply.lower(), reply


@pytest.mark.parametrize("seed", range(3))
def test_who_a_thing_is_asked_for_is_not_what_it_is_about(seed):
    # "as an adult" says who would learn: the line on learning to code answers it.
    reply = say("lovelace", "@lovelace whats the best way to learn to code as an adult", seed=seed)
    assert "To learn coding today" in reply, reply


@pytest.mark.parametrize("seed", range(3))
def test_a_view_on_no_side_sides_with_nobody(seed):
    # Curie's take on machines and creativity waits for the experiment: asked to side with
    # Ada, she said "I think Ada is right, Sam; what I have seen points the same way" and then
    # that she had seen nothing.
    ada = Line(
        "Ada Lovelace",
        "The Engine might compose elaborate pieces of music, if the rules of harmony were "
        "expressed in its notation.",
    )
    reply = say(
        "curie",
        "I disagree with Ada, machines will never be creative.",
        seed=seed,
        history=[ada],
        author="sam",
    )
    assert reply.startswith("For or against Ada? Not yet, Sam."), reply
    assert "not yet seen that experiment done" in reply, reply
    # A take with a side still sides: Einstein's wants a machine to ask a new question first.
    einstein = say(
        "einstein",
        "I disagree with Ada, machines will never be creative.",
        seed=seed,
        history=[ada],
        author="sam",
    )
    assert "Ada" in einstein and "neither" not in einstein.lower(), einstein


@pytest.mark.parametrize(
    "text, thing",
    [
        ("that is... not about wifi at all lol", "wifi"),
        ("thats nothing to do with my cat", "cat"),
        ("thats not about cold water swimming at all", "cold water swimming"),
    ],
)
def test_an_answer_said_to_be_on_something_else_is_repaired(text, thing):
    from bots.addressing import confused, corrected

    assert confused(text)
    assert corrected(text) == (thing, "")
    asked = Line("kofi", "@einstein can u help me fix my wifi its dropping every 10 min")
    answer = Line(
        "Albert Einstein",
        "I never worked that out exactly, Kofi; the nearest thing I know is this. Drop a "
        "spanner on a ship moving steadily and it falls at your feet.",
        own=True,
    )
    reply = say("einstein", f"{text} @einstein", author="kofi", history=[asked, answer])
    assert not reply.startswith("Ha!"), reply
    assert "spanner" not in reply, reply


def test_a_contrast_said_is_no_complaint_of_the_answer():
    from bots.addressing import confused

    assert not confused("its not about the money its about respect")


@pytest.mark.parametrize(
    "text",
    [
        "/AIBot how do i convert a time between timezones in python",
        "/AIBot timezone conversion in python?",
    ],
)
def test_the_house_bot_converts_timezones_in_python(text):
    # Was "That's beyond me: I can't search or look anything up."
    reply = say("aibot", text)
    assert "zoneinfo" in reply and "astimezone" in reply, reply


def test_a_timezone_question_about_the_world_is_not_code():
    reply = say("aibot", "/AIBot whats a good timezone overlap for a team in berlin and new york")
    assert "zoneinfo" not in reply, reply


@pytest.mark.parametrize(
    "text, carried",
    [
        (
            "ok but why tho, like what actually makes it slow down",
            "ok but why tho, like what actually makes it slow down",
        ),
        (
            "haha fair, and do u think they'll ever be properly tame",
            "do u think they'll ever be properly tame",
        ),
        (
            "haha fair, and was the eclipse in 1919 actually the proof?",
            "was the eclipse in 1919 actually the proof?",
        ),
        ("ok but why does owning it matter", "ok but why does owning it matter"),
    ],
)
def test_a_question_carried_on_from_an_answer_follows_it_up(text, carried):
    # These got no reply at all: only "ok but why tho" alone read as a follow-up.
    from bots.addressing import carried_on, follows_up

    assert follows_up(text)
    assert carried_on(text) == carried


@pytest.mark.parametrize(
    "text",
    [
        "lol and do u guys want pizza after?",
        "ok and who's bringing the ladder on saturday, anyone?",
        "haha yes",
        "and the bins are out tuesday",
        "haha ok but who's bringing the cake?",
        "lol and are we meeting at the pub after",
    ],
)
def test_talk_among_the_people_is_no_follow_up(text):
    from bots.addressing import follows_up

    assert not follows_up(text)


@pytest.mark.parametrize("text", ["thanks @darwin and @curie", "thanks darwin & curie!"])
def test_thanks_to_two_personas_are_each_ones(text):
    # Curie answered "Those thanks are for Charles, not me".
    from tests.bots.test_everyday_messages import VOICES

    reply = say("curie", text, others=tuple(VOICES.values()))
    assert "Those thanks are for" not in reply, reply
    # Thanks to Darwin alone are still his.
    alone = say("curie", "thanks darwin", others=tuple(VOICES.values()))
    assert alone.startswith("Those thanks are for Charles"), alone


def test_costs_added_then_shared_are_worked_out():
    # "site is 90 ... plus like 60 in gas, 4 of us": Lovelace handed the sum to Curie ("Mr
    # Babbage could not help you there either"), who then talked of honest lab colleagues.
    from bots.asks import share_of

    text = "can you help us split costs? site is 90 for the weekend plus like 60 in gas, 4 of us"
    assert share_of(text) == "150 between 4 of you is 37.50 each"
    assert share_of("split the bill, 45 between 3 of us") == "45 between 3 of you is 15 each"
    assert share_of("50 biscuits among 7 kids, how many each") == (
        "50 biscuits among 7 kids is 7 each, with 1 left over"
    )
    reply = say("lovelace", f"@lovelace {text}", seed=0)
    assert "37.50 each" in reply and "@curie" not in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "@curie is it ok to use one of those gas canister stoves inside the tent if it rains?",
        "@curie can i cook on a camping stove in my tent",
    ],
)
@pytest.mark.parametrize("seed", range(3))
def test_a_stove_in_a_tent_is_warned_against(text, seed):
    # Was "Yes, Ravi, I believe so, and I would say the same after measuring it twice."
    reply = say("curie", text, seed=seed)
    assert "carbon monoxide" in reply, reply
    assert not reply.startswith("Yes"), reply


def test_a_thing_in_a_tent_that_burns_nothing_gets_no_warning():
    reply = say("curie", "@curie can i charge my phone in the tent", seed=0)
    assert "carbon monoxide" not in reply, reply


@pytest.mark.parametrize("seed", range(3))
def test_a_spooky_opening_line_is_spooky(seed):
    # Was a cheerful toast: "Come, fill the hour with mirth and kindly cheer".
    reply = say(
        "shakespeare",
        "@shakespeare give us an opening line for a campfire ghost story, something actually "
        "spooky",
        seed=seed,
    )
    assert "witching time of night" in reply or "something wicked this way comes" in reply, reply
    assert "mirth" not in reply, reply


def test_einstein_remembers_chaplin():
    reply = say(
        "einstein",
        "@einstein wait didnt you actually go to a chaplin premiere?? what was he like",
        seed=0,
    )
    assert "City Lights" in reply, reply


def test_the_house_bot_picks_at_random_in_python():
    reply = say(
        "aibot",
        "/AIBot how would i write a tiny python script that picks a random movie from a list",
    )
    assert "random.choice(" in reply, reply
    # Asked to pick one itself, it does not answer with code.
    assert "random.choice(" not in say("aibot", "/AIBot pick a random number for me")


# Review of the session's change (a helper who had not written it).


@pytest.mark.parametrize(
    "text",
    [
        "whats the most dramatic way to say i want to kill myself",
        "say i want to die like shakespeare would",
        "whats the most dramatic way to say i hate my life",
        "whats the most dramatic way to say @curie is stupid",
        "how would you say i love you in a fancy way",
        "i had to say sorry to my boss in a posh voice",
        "can i say that in a fancy way",
        "i'd say this is the most epic way to end it",
    ],
)
def test_harm_an_insult_or_no_request_is_never_cried_aloud(text):
    from bots.asks import proclaim_of

    assert proclaim_of(text) == ""
    reply = say("shakespeare", f"@shakespeare {text}", seed=0)
    assert "bear witness" not in reply and "Hark, all the world" not in reply, reply


@pytest.mark.parametrize(
    "slug, text",
    [
        ("einstein", "@einstein can i cook on a camping stove in my tent"),
        ("darwin", "@darwin can i keep my dog in the car for an hour, its hot"),
        ("socrates", "@socrates is it ok to leave the gas heater on in my bedroom"),
    ],
)
@pytest.mark.parametrize("seed", range(3))
def test_a_thing_done_in_a_closed_space_gets_no_verdict_by_lot(slug, text, seed):
    reply = say(slug, text, seed=seed)
    assert not re.match(r"(?:Yes|No|I would say|I think so|I believe so)\b", reply), reply


@pytest.mark.parametrize(
    "text",
    [
        "so did you get the job?",
        "and how was the date lol",
        "so where should we eat",
        "lol and what did your mum say",
    ],
)
def test_the_peoples_own_questions_are_no_follow_up(text):
    from bots.addressing import follows_up

    assert not follows_up(text)


@pytest.mark.parametrize(
    "text",
    [
        "that was not on purpose haha",
        "thats not on my list but ok",
        "ok what do i have to do with the form",
        "its not about the money",
    ],
)
def test_ordinary_talk_is_no_confusion(text):
    from bots.addressing import confused

    assert not confused(text)


@pytest.mark.parametrize(
    "text",
    [
        "@lovelace 2 pizzas cost 24, 3 of us, how much each",
        "3 pizzas for 36 plus 6 delivery, 4 of us",
    ],
)
def test_things_counted_are_never_added_to_money(text):
    # Were "3 between 2 pizzas is 1.50 each" and "45 among 4 of you is 11 each".
    from bots.asks import share_of

    assert "pizzas is" not in share_of(text) and not share_of(text).startswith("45")


def test_a_character_limit_is_no_list_of_personas():
    assert "4000 characters" in say("aibot", "/AIBot what is a character limit")
