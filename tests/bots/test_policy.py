from __future__ import annotations

import pytest

from bots.policy import (
    Candidate,
    Plan,
    RoomState,
    may_answer,
    plan_for_human,
    plan_for_persona,
    summoned,
)

EINSTEIN = Candidate("einstein", "Albert Einstein", 60)
CURIE = Candidate("curie", "Marie Curie", 45)
SOCRATES = Candidate("socrates", "Socrates", 50)
LOVELACE = Candidate("lovelace", "Ada Lovelace", 65)
QUIET = Candidate("quiet", "Quiet Person", 0)
AIBOT = Candidate("aibot", "AIBot", 0, is_house_bot=True)
PRESENT = (EINSTEIN, CURIE, SOCRATES, LOVELACE)


def state(chattiness: str = "normal", **changes) -> RoomState:
    return RoomState(
        **{"chattiness": chattiness, "present": PRESENT, "house_bot": AIBOT, **changes}
    )


@pytest.mark.parametrize(
    ("body", "question"),
    [
        ("/AIBot What is Python?", "What is Python?"),
        ("/aibot   how do websockets work", "how do websockets work"),
        ("/AIBot", ""),
    ],
)
def test_aibot_command_gets_the_house_bot(body, question):
    assert plan_for_human(state(), body, seed=1) == Plan(slugs=("aibot",), question=question)


def test_aibot_command_works_even_in_a_silent_room():
    assert plan_for_human(state("silent"), "/AIBot hi", seed=1).slugs == ("aibot",)


def test_aibot_later_in_a_message_is_a_mention_not_the_command():
    assert plan_for_human(state("mentions"), "ask /AIBot later", seed=1) == Plan(slugs=("aibot",))


def test_mentions_answer_in_order_of_appearance_up_to_three():
    body = "@socrates and Marie Curie, then Ada, and einstein too"
    assert summoned(body, PRESENT) == ["socrates", "curie", "lovelace"]
    assert plan_for_human(state(), body, seed=1).slugs == ("socrates", "curie", "lovelace")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("What would Einstein say?", ["einstein"]),
        ("@curie?", ["curie"]),
        ("marie curie knows", ["curie"]),
        ("Adaptation is not Ada", ["lovelace"]),
        ("adaptation only", []),
        ("the einsteinium element", []),
        ("ping @aibot", []),  # the house bot is not in PRESENT
    ],
)
def test_what_counts_as_summoning(body, expected):
    assert summoned(body, PRESENT) == expected


def test_mentions_are_heard_in_a_mentions_only_room():
    assert plan_for_human(state("mentions"), "Socrates, what is virtue?", seed=3).slugs == (
        "socrates",
    )
    assert plan_for_human(state("mentions"), "what is virtue?", seed=3) == Plan()


def test_silent_room_ignores_mentions():
    assert plan_for_human(state("silent"), "@einstein hello", seed=3) == Plan()


def test_normal_room_at_most_one_answers_and_never_the_last_speaker():
    answered = []
    for seed in range(2000):
        plan = plan_for_human(state(last_persona="lovelace"), "nice weather", seed=seed)
        assert len(plan.slugs) <= 1
        answered.extend(plan.slugs)
    assert "lovelace" not in answered
    counts = {slug: answered.count(slug) for slug in ("einstein", "curie", "socrates")}
    # Chosen by talkativeness: the chattiest answers most, and some messages get no answer.
    assert counts["einstein"] > max(counts["socrates"], counts["curie"])
    assert min(counts.values()) > 0
    assert len(answered) < 2000


def test_lively_room_always_answers_one():
    plans = [plan_for_human(state("lively"), "hello all", seed=seed) for seed in range(50)]
    assert all(len(plan.slugs) == 1 for plan in plans)


def test_policy_is_deterministic_for_a_seed():
    first = [plan_for_human(state(), "hello", seed=s) for s in range(40)]
    again = [plan_for_human(state(), "hello", seed=s) for s in range(40)]
    assert first == again


def test_nobody_talkative_means_no_volunteer():
    quiet_room = state("lively", present=(QUIET,))
    assert plan_for_human(quiet_room, "hello?", seed=1) == Plan()
    assert plan_for_human(quiet_room, "hello Quiet Person", seed=1).slugs == ("quiet",)


def test_one_to_one_room_always_answers():
    direct = state("always", present=(CURIE,))
    assert all(plan_for_human(direct, "hm", seed=s).slugs == ("curie",) for s in range(20))


def test_persona_reply_draws_in_the_persona_it_mentions():
    plan = plan_for_persona(
        state(), "What do you think, @socrates?", speaker="einstein", hop=0, max_hops=2, seed=1
    )
    assert plan.slugs == ("socrates",)


def test_persona_never_answers_itself():
    plan = plan_for_persona(
        state(), "As Einstein, I agree with Einstein", speaker="einstein", hop=0, max_hops=2, seed=1
    )
    assert plan == Plan()


@pytest.mark.parametrize(("hop", "answers"), [(0, True), (1, True), (2, False), (5, False)])
def test_ai_to_ai_chains_stop_at_the_hop_limit(hop, answers):
    plan = plan_for_persona(state(), "@curie?", speaker="einstein", hop=hop, max_hops=2, seed=1)
    assert bool(plan.slugs) is answers


def test_lively_room_sometimes_chains_without_a_mention():
    plans = [
        plan_for_persona(state("lively"), "well", speaker="einstein", hop=0, max_hops=2, seed=s)
        for s in range(60)
    ]
    chained = [p.slugs[0] for p in plans if p.slugs]
    assert 0 < len(chained) < 60
    assert "einstein" not in chained
    normal = [
        plan_for_persona(state(), "well", speaker="einstein", hop=0, max_hops=2, seed=s)
        for s in range(60)
    ]
    assert all(p == Plan() for p in normal)


def test_budget_spent_quiets_the_personas():
    spent = state(replies_today=10, daily_budget=10)
    assert plan_for_human(spent, "@einstein hi", seed=1) == Plan(budget_spent=True)
    assert plan_for_human(spent, "/AIBot hi", seed=1) == Plan(question="hi", budget_spent=True)


def test_budget_with_room_for_one_lets_the_first_answer():
    almost = state(replies_today=9, daily_budget=10)
    assert plan_for_human(almost, "@einstein and @curie", seed=1) == Plan(
        slugs=("einstein",), budget_spent=True
    )


# may_answer: the cheap test that lets most messages skip the database ---------------------

BODIES = ("hello all", "/AIBot why?", "Einstein, light?", "@curie hi", "ask aibot", "Marie?")


# (In lively and always rooms with personas, every message may be answered.)
@pytest.mark.parametrize(
    ("chattiness", "present"),
    [
        *[
            (chattiness, present)
            for chattiness in ("silent", "mentions", "normal")
            for present in ((), (QUIET,), PRESENT)
        ],
        ("lively", ()),
        ("lively", (QUIET,)),
        ("always", ()),
    ],
)
def test_may_answer_is_false_only_when_nobody_answers(chattiness, present):
    """Whatever the last speaker and the budget (which only remove answers), a plan with an
    answer never comes from a message that may_answer turned away."""
    turned_away = 0
    for body in BODIES:
        for seed in range(60):
            cheap = state(chattiness, present=present)
            if may_answer(cheap, body, seed=seed):
                continue
            turned_away += 1
            for last in (None, "einstein", "curie"):
                full = state(chattiness, present=present, last_persona=last)
                assert plan_for_human(full, body, seed=seed).slugs == (), (body, seed, last)
    assert turned_away > 0


@pytest.mark.parametrize(
    ("chattiness", "present", "body", "expected"),
    [
        ("normal", (), "hello all", False),  # nobody in the room to answer
        ("normal", (), "/AIBot hello", True),  # the house bot answers anywhere
        ("normal", (), "aibot, hello", True),  # named
        ("silent", PRESENT, "hello all", False),
        ("mentions", PRESENT, "hello all", False),
        ("mentions", PRESENT, "hello Marie", True),
        ("lively", (QUIET,), "hello all", False),  # a quiet persona never speaks up
        ("lively", PRESENT, "hello all", True),
        ("always", (CURIE,), "hello all", True),
    ],
)
def test_may_answer(chattiness, present, body, expected):
    assert may_answer(state(chattiness, present=present), body, seed=3) is expected


@pytest.mark.parametrize(
    ("changes", "slugs", "budget_spent", "person_cap_reached"),
    [
        ({}, ("socrates", "curie", "lovelace"), False, False),
        (
            {"person_daily_cap": 10, "person_replies_today": 7},
            ("socrates", "curie", "lovelace"),
            False,
            False,
        ),
        ({"person_daily_cap": 10, "person_replies_today": 8}, ("socrates", "curie"), False, True),
        ({"person_daily_cap": 10, "person_replies_today": 10}, (), False, True),
        ({"person_daily_cap": 10, "person_replies_today": 12}, (), False, True),
        # The room's budget first: the person's cap only speaks for what the room allowed.
        (
            {
                "daily_budget": 5,
                "replies_today": 4,
                "person_daily_cap": 10,
                "person_replies_today": 9,
            },
            ("socrates",),
            True,
            False,
        ),
        (
            {
                "daily_budget": 5,
                "replies_today": 3,
                "person_daily_cap": 10,
                "person_replies_today": 9,
            },
            ("socrates",),
            True,
            True,
        ),
        (
            {
                "daily_budget": 5,
                "replies_today": 5,
                "person_daily_cap": 10,
                "person_replies_today": 10,
            },
            (),
            True,
            False,
        ),
    ],
)
def test_the_rooms_budget_then_the_persons_cap_limit_the_answers(
    changes, slugs, budget_spent, person_cap_reached
):
    body = "@socrates and Marie Curie, then Ada"
    plan = plan_for_human(state(**changes), body, seed=1)
    assert plan == Plan(
        slugs=slugs, budget_spent=budget_spent, person_cap_reached=person_cap_reached
    )


def test_a_person_over_their_cap_gets_no_aibot_and_no_follow_up():
    capped = state(person_daily_cap=3, person_replies_today=3)
    assert plan_for_human(capped, "/AIBot hi", seed=1) == Plan(
        question="hi", person_cap_reached=True
    )
    follow_up = plan_for_persona(
        capped, "Over to you, Einstein", speaker="curie", hop=0, max_hops=2, seed=1
    )
    assert follow_up.slugs == () and follow_up.person_cap_reached


# Mentions that do what they say (issue 9, row 4) ------------------------------------------

DARWIN = Candidate("darwin", "Charles Darwin", 40)


@pytest.mark.parametrize("chattiness", ["mentions", "normal", "lively", "always"])
def test_mentioning_a_persona_not_in_the_room_seats_it_to_answer(chattiness):
    room = state(chattiness, absent=(DARWIN,))
    body = "@Darwin, what did the finches show?"
    assert plan_for_human(room, body, seed=3) == Plan(slugs=("darwin",), seat=("darwin",))
    assert may_answer(room, body, seed=3)


def test_a_persona_called_in_answers_in_order_with_those_present():
    room = state("mentions", absent=(DARWIN,))
    plan = plan_for_human(room, "Curie and @darwin: is life chemistry?", seed=3)
    assert plan == Plan(slugs=("curie", "darwin"), seat=("darwin",))


def test_a_name_alone_does_not_call_a_persona_in():
    room = state("mentions", absent=(DARWIN,))
    assert plan_for_human(room, "What would Darwin say?", seed=3) == Plan()


def test_when_the_room_says_no_the_mention_is_refused_and_nobody_else_answers():
    room = state("lively", absent=(DARWIN,), join_on_mention=False)
    body = "@darwin what did the finches show?"
    assert plan_for_human(room, body, seed=3) == Plan(refused=("darwin",))
    assert may_answer(room, body, seed=3)  # the sender must hear why


def test_a_budget_that_leaves_out_the_called_persona_does_not_seat_it():
    room = state("mentions", absent=(DARWIN,), daily_budget=1)
    plan = plan_for_human(room, "Socrates, and @darwin?", seed=3)
    assert (plan.slugs, plan.seat, plan.budget_spent) == (("socrates",), (), True)


@pytest.mark.parametrize(
    "body", ["@hopper what do you think?", "@bob can you look?", "thanks @alice.smith!"]
)
@pytest.mark.parametrize("chattiness", ["normal", "lively", "always"])
def test_a_message_for_someone_else_is_answered_by_no_persona(body, chattiness):
    """@hopper (nobody), @bob (a person): the personas leave it to them."""
    room = state(chattiness, absent=(DARWIN,))
    for seed in range(20):
        assert plan_for_human(room, body, seed=seed) == Plan()
        assert not may_answer(room, body, seed=seed)


def test_an_address_is_not_a_mention():
    room = state("always")
    assert plan_for_human(room, "write to me@example.org", seed=1).slugs == ("einstein",)


# Unasked, a persona speaks only to what its material speaks to (issue 14). -------------------

VIOLINIST = Candidate(
    "einstein",
    "Albert Einstein",
    100,
    material=("I played the violin all my life, and Mozart seemed to me as pure as physics.",),
    topics=("violin", "light"),
)
NATURALIST = Candidate(
    "darwin",
    "Charles Darwin",
    100,
    material=("Earthworms turn over the soil of England; I measured how fast they bury stones.",),
    topics=("worms", "finches"),
)


def test_unasked_only_a_persona_whose_material_speaks_to_the_message_joins_in():
    state = RoomState(chattiness="lively", present=(VIOLINIST, NATURALIST))
    for seed in range(20):
        # The violin and what is done with it (chime17: the word alone is no reason to join).
        plan = plan_for_human(state, "My daughter started playing the violin today", seed=seed)
        assert plan.slugs == ("einstein",)
        said = "My daughter started learning the violin today"
        assert plan_for_human(state, said, seed=seed).slugs == ()
        plan = plan_for_human(state, "The earthworms in our soil are huge this year", seed=seed)
        assert plan.slugs == ("darwin",)
        # Nothing in either's material: nobody chimes in with a non sequitur.
        assert plan_for_human(state, "Anyone watching the match tonight?", seed=seed).slugs == ()


def test_unasked_a_persona_answering_a_persona_must_have_something_on_it():
    state = RoomState(chattiness="lively", present=(VIOLINIST, NATURALIST))
    for seed in range(20):
        plan = plan_for_persona(
            state, "Paris is lovely in spring.", speaker="darwin", hop=0, max_hops=3, seed=seed
        )
        assert plan.slugs == ()


def test_unasked_one_word_of_its_field_in_a_persona_reply_is_not_enough():
    state = RoomState(chattiness="lively", present=(VIOLINIST, NATURALIST))
    said = "My finches would never sing for a violin, however sweet."
    for seed in range(20):
        # Einstein has nothing on finches: one word of his field keeps a polite guest quiet.
        plan = plan_for_persona(state, said, speaker="darwin", hop=0, max_hops=3, seed=seed)
        assert plan.slugs == ()
    # A person's message with that word and what is done with it still draws him in.
    assert any(
        plan_for_human(state, "I never played the violin", seed=seed).slugs == ("einstein",)
        for seed in range(20)
    )


def test_unasked_nobody_takes_up_a_persona_owning_up():
    """Curie's "Nothing in my notebooks touches that, Priya; I would have to begin from zero,
    and measure" drew Lovelace's "Precisely so, Marie. Dividing by zero has no answer": a
    persona owning up says nothing for another to take up. The same words said as a line of
    its own still draw one in."""
    owning = (
        "#outside Nothing in my notebooks touches that, {name}; I would have to begin from zero."
    )
    chemist = Candidate(
        "curie",
        "Marie Curie",
        45,
        material=(owning, "Radium glows faintly blue in the dark."),
    )
    counter = Candidate(
        "lovelace",
        "Ada Lovelace",
        100,
        material=("Dividing by zero has no answer: no number, however large, will do.",),
        topics=("zero", "numbers"),
    )
    state = RoomState(chattiness="lively", present=(chemist, counter))
    said = "Nothing in my notebooks touches that, Priya; I would have to begin from zero."
    told = "Dividing by zero is where my sums ran out, Priya; no number would do."
    joined = 0
    for seed in range(40):
        plan = plan_for_persona(state, said, speaker="curie", hop=0, max_hops=3, seed=seed)
        assert plan.slugs == ()
        plan = plan_for_persona(state, told, speaker="curie", hop=0, max_hops=3, seed=seed)
        joined += plan.slugs == ("lovelace",)
    assert joined > 0


def test_the_house_bot_named_beside_a_mention_is_not_asked():
    """ "@einstein ok aibot sent me to you. how does the moon actually make the tides?" drew the
    house bot's "That one I don't know" after Einstein's answer."""
    room = state("lively")
    said = "@einstein ok aibot sent me to you. how does the moon actually make the tides?"
    assert plan_for_human(room, said, seed=1).slugs == ("einstein",)
    assert plan_for_human(room, "aibot how do i make a room private", seed=1).slugs == ("aibot",)
    assert plan_for_human(room, "@aibot how do i make a room private", seed=1).slugs == ("aibot",)
