"""No answer to a different question (nonseq38): a blind rater found replies whose opener fits
but whose body is a line on another subject, pulled in by a shared word. Each case, a rewording
and a look-alike that keeps its good reply."""

import pytest

from tests.bots.test_everyday_messages import say, tagged

SEEDS = [1, 2, 3]

LYING = (
    "Lying harms the liar most, for it damages the soul; I would rather suffer an injustice than "
    "do one, and a lie is a small injustice."
)
SPARING = (
    "Before you lie to spare someone pain, ask whether you would thank them for the same lie "
    "when you learned of it later."
)
AWAKE = (
    "If you lie awake thinking, turn the worry into questions you can answer one by one, as I "
    "did in the agora; a night's dread becomes a morning's enquiry."
)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_lie_told_is_no_lying_awake(seed):
    # Was "Well, Maya, let us examine it. If you lie awake thinking, ..." (the deed asked of,
    # "to lie", met by a line on lying awake because the line also says "worry").
    asked = say("socrates", "is it ok to lie to protect someone's feelings?", seed=seed)
    assert asked == (
        f"I am not so sure, Maya; shall we test it, as we would test a coin? {LYING}"
    ), asked
    reworded = say("socrates", "is it alright to lie to spare a friend's feelings?", seed=seed)
    assert reworded == f"A fair question, Maya; let me answer with care. {SPARING}", reworded
    # (lying awake itself keeps its line)
    awake = say("socrates", "i lie awake at night worrying, what should i do", seed=seed)
    assert awake == f"Well, Maya, let us examine it. {AWAKE}", awake


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", ["socrates", "darwin"])
@pytest.mark.parametrize(
    "text", ["how do you know anything is true at all", "how can we be sure anything is true"]
)
def test_whether_anything_is_true_is_no_true_tiger_nor_courage(slug, text, seed):
    # Was "A fair question, Maya. A South American forest has ... a true tiger lives only in
    # Asia." (Darwin) and "... Courage is knowing what is truly to be feared" (Socrates).
    reply = say(slug, text, seed=seed)
    assert "tiger" not in reply and "Courage" not in reply, reply
    if slug == "darwin":
        assert reply in tagged("darwin", "outside"), reply


@pytest.mark.parametrize("seed", SEEDS)
def test_a_truth_asked_of_its_own_life_keeps_its_line(seed):
    reply = say("darwin", "is it true that you nearly didn't go on the beagle", seed=seed)
    assert reply.endswith(
        "Captain FitzRoy nearly refused me a place on the Beagle because of the shape of my "
        "nose, which he thought showed a want of energy."
    ), reply


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("text", ["what can you do?", "so what can you actually do"])
def test_what_it_can_do_is_owned_up_to_as_itself_not_a_random_explainer(text, seed):
    # Was "A lovely question, Maya. Nationalism is an infantile disease", the violin, the
    # greenhouse: a question of itself, with no word of it in its material.
    reply = say("einstein", text, seed=seed)
    own, invite = reply.split("heart. ")
    assert f"{own}heart." in tagged("einstein", "self"), reply
    assert invite in tagged("einstein", "invite"), reply


DISAGREED = {
    "So you disagree with Darwin. Then tell us what the data would look like if you are right.",
    "You doubt Darwin, Maya? Doubt is healthy; now find the measurement that decides.",
}


@pytest.mark.parametrize("seed", SEEDS)
def test_darwin_said_to_be_right_is_still_agreement(seed):
    reply = say("curie", "darwin is right, evolution is slow", seed=seed)
    assert reply in {
        "So you side with Darwin; good, but agreement is not yet proof.",
        "You agree with Darwin, Maya. Then let us check it against the evidence together.",
    }, reply


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    ("slug", "text"),
    [
        # Was "I would say actually mad. It asks more patience of you, ...".
        ("curie", "was hamlet actually mad or just faking it"),
        ("curie", "was napoleon a genius or a tyrant"),
    ],
)
def test_what_a_thing_was_is_never_picked_by_lot(slug, text, seed):
    reply = say(slug, text, seed=seed)
    assert reply in tagged(slug, "outside"), reply


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    "text", ["do you think math is invented or discovered", "is maths invented or discovered"]
)
def test_what_a_thing_is_is_not_decided_by_a_take_on_another_thing(text, seed):
    # Was "I would say invented. Tell me first what creating is: if it is making something new,
    # a machine may do it ...": a take on machines that invent, for mathematics.
    reply = say("socrates", text, seed=seed)
    assert "I would say invented." in reply and "creating" not in reply, reply


TIME_TRAVEL = (
    "Time travel into the future is easy, only move very fast or wait near a black hole; travel "
    "into the past is another matter, and I am not hopeful."
)


# Disagreed with before he has said a word in the room, he says what he holds first (session
# 42: it had been "Perhaps I put it too bluntly", with nothing said to stand by).
DENIED_EINSTEIN = {
    "Let me say what I actually think first, Maya, and then you may disagree with the right "
    f"thing. {TIME_TRAVEL}"
}
# A side denied, however put, is a disagreement: (persona, message, its replies).
DENIED = [
    ("curie", "I think Darwin is totally wrong about evolution being slow", DISAGREED),
    # (was "There is no measuring taste ...": a disagreement not read as one)
    ("curie", "Darwin got it wrong, evolution isn't slow", DISAGREED),
    ("curie", "darwin has it all backwards, evolution is fast", DISAGREED),
    # (was "You agree with me? Then we have two observers in the same frame. ...")
    ("einstein", "i dont agree with einstein, time travel is totally possible", DENIED_EINSTEIN),
    (
        "einstein",
        "i really don't agree with einstein, we will build a time machine",
        DENIED_EINSTEIN,
    ),
]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(("slug", "text", "replies"), DENIED)
def test_a_side_denied_is_a_disagreement(slug, text, replies, seed):
    reply = say(slug, text, seed=seed)
    assert reply in replies, reply


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", ["shakespeare", "curie"])
@pytest.mark.parametrize(
    "text",
    [
        "what should i write in her card",
        "i need to turn 90 degrees, what should i write in the card",
    ],
)
def test_a_card_with_no_occasion_still_asks_it(slug, text, seed):
    reply = say(slug, text, seed=seed)
    assert reply in tagged(slug, "cardwhat"), reply


@pytest.mark.parametrize("seed", SEEDS)
def test_a_place_typed_small_is_never_echoed_as_a_thing(seed):
    # Was "The paris? Give me ten years and a good pipe, ...".
    reply = say("einstein", "what's the best way to get from paris to rome by train", seed=seed)
    assert reply in tagged("einstein", "outside"), reply


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("einstein do you actually believe god plays dice or not", "Einstein"),
        ("darwin, did you really eat an owl", "Darwin"),
    ],
)
def test_a_question_put_to_another_persona_by_name_is_theirs(text, who, seed):
    # Was "Well, Maya, all's well that ends well. Ovid's Metamorphoses was my favourite book".
    reply = say("shakespeare", text, seed=seed)
    assert reply == (
        f"That question is {who}'s to answer, Maya; I'll stand in the wings and listen."
    ), reply


# Replies, whatever the seed (after the opener, if any): birthdays told, and look-alikes
# that keep their good replies.
KEPT = [
    # An age turned is a birthday told (was "With all my heart, Maya; but what is the card
    # for? Tell me the occasion": the occasion was said, her 90th birthday).
    (
        "shakespeare",
        "my grandmother turns 90 tomorrow, what should i write in her card",
        'For the card, Maya: "Happy 90th birthday! Wishing you a wonderful day."',
    ),
    (
        "shakespeare",
        "my son turns 5 on saturday, what do i put in his card",
        'For the card, Maya: "Happy 5th birthday! Wishing you a wonderful day."',
    ),
    (
        "curie",
        "my grandmother turns 90 tomorrow, what should i write in her card",
        "For the card, Maya, I would write this, simply: My wish for anyone: perseverance, "
        "confidence, and some work they love as I loved my laboratory.",
    ),
    (
        "curie",
        "my dad is turning 60 on friday, what should i write in his card",
        "For the card, Maya, I would write this, simply: My wish for anyone: perseverance, "
        "confidence, and some work they love as I loved my laboratory.",
    ),
    (
        "einstein",
        "how have you been lately",
        "Not bad at all: I spent the day losing an argument with a blackboard, and tonight it is "
        "my violin and a pipe. And you?",
    ),
    (
        "curie",
        "tea or coffee?",
        "You ask for my view, Maya. I prefer facts to opinions, but here it is. I would say tea. "
        "Tea, I would say; in my Paris garret a pot of tea was both my heating and my supper on "
        "many evenings.",
    ),
    (
        "socrates",
        "is ai creative or just copying",
        "Both, perhaps, Maya: it can be copying and creative at once. But what do we mean by "
        "'creative': something in the thing itself, or only in how we feel about it?",
    ),
    (
        "einstein",
        "i agree with einstein, time travel to the past is impossible",
        "You are too kind, Maya; I only kept asking the questions a child would ask.",
    ),
    (
        "shakespeare",
        "shakespeare do you believe in ghosts",
        "Did I believe in ghosts? Most of my audience did, and a ghost on the stage must be "
        "believed for an hour; what I believed myself I kept for my prayers.",
    ),
]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(("slug", "text", "kept"), KEPT)
def test_the_reply_is_on_what_was_said(slug, text, kept, seed):
    reply = say(slug, text, seed=seed)
    assert reply == kept or reply.endswith(f". {kept}"), reply
