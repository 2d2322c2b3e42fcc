"""Known lines are read only when a message holds what their first group needs (bots/know.py
`_candidates`): the index must never hide a line the full reading would meet."""

from __future__ import annotations

import re

import pytest

from bots.know import best_known, knowns

LINES = knowns(
    (
        "=don't_know sleep/sleeping: Sleep line.",
        "=coming_down/=going_down legs/thighs: Downhill line.",
        "=tins best_before/=out_of_date: Tins line.",
        "=leaves garden/lawn: Leaves line.",
        "=off milk: Milk line.",
        "dehumidifier: Dehumidifier line.",
    )
)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("honestly i don't know why i can't sleep lately?", "Sleep line."),
        ("why do my thighs hurt more coming down the hill", "Downhill line."),
        ("'going down' kills my legs, why", "Downhill line."),
        ("are tins ok past the best_before", "Tins line."),
        ("tins out of date by a year, still ok?", "Tins line."),
        ("should i rake the leavesing lawn lol", "Leaves line."),
        ("the leaves all over the garden, compost them?", "Leaves line."),
        ("is milk 'off' if it smells a bit?", "Milk line."),
        ("is a dehumidifier worth it?", "Dehumidifier line."),
    ],
)
def test_a_message_meets_the_line_its_words_key(text, line):
    assert best_known(LINES, text) == line


@pytest.mark.parametrize(
    "text",
    [
        "i know i should sleep",  # "don't know" not said
        "coming round later, legs are fine",  # "coming" with no "down"
        "left the garden gate open",  # no "leaves"
    ],
)
def test_a_message_short_of_a_group_meets_no_line(text):
    assert best_known(LINES, text) == ""


# Thanks that lead into a question: the question is answered as if asked alone, never only
# "you are welcome" (a choir, a running club, a family chat, a work team, a wedding party).
THANKED_THEN_ASKED = [
    (
        "curie",
        "thanks. whats the difference between a smoke alarm and a co one anyway",
        "whats the difference between a smoke alarm and a co one anyway",
    ),
    ("darwin", "cheers darwin! also why do cats purr", "also why do cats purr"),
    (
        "einstein",
        "thanks einstein! and does that mean time goes slower on a plane?",
        "and does that mean time goes slower on a plane?",
    ),
    (
        "darwin",
        "thank u!! sorted the hedgehog house. one more q: do hedgehogs eat slugs",
        "one more q: do hedgehogs eat slugs",
    ),
    (
        "curie",
        "ty curie, the sopranos say hi. is radium why the old watch dials glowed?",
        "is radium why the old watch dials glowed?",
    ),
    # (session 46: Einstein's headwind left out: fallback46 owns up to it with the thing named
    # when asked alone, not after thanks; neither answers a question in his own field)
    (
        "socrates",
        "thanks socrates, very wise. but who decides what is fair in a rota?",
        "but who decides what is fair in a rota?",
    ),
]


@pytest.mark.parametrize(("slug", "text", "question"), THANKED_THEN_ASKED)
def test_thanks_then_a_question_gets_the_answer_to_the_question(slug, text, question):
    from tests.bots.test_everyday_messages import say

    reply = say(slug, text)
    answer = say(slug, question)
    # The thanks acknowledged in a short clause first (mixed32), then the same answer.
    assert reply.endswith(answer) and reply != answer
    assert len(reply) - len(answer) <= 45


@pytest.mark.parametrize(
    ("slug", "text"),
    [
        ("curie", "thanks, that helped"),
        ("darwin", "thanks for asking"),
        ("einstein", "thanks!! what a legend"),
        ("socrates", "thanks, is that right tho"),
        ("curie", "thanks that was so helpful. my nan loved it"),
        ("darwin", "cheers, see you at rehearsal thurs"),
        ("curie", "thanks, will do"),
        ("einstein", "cheers, will try that"),
        ("darwin", "thanks! would love to"),
        ("curie", "thanks, ok no hairspray, will tell mum"),
    ],
)
def test_thanks_with_no_question_after_is_taken_as_thanks(slug, text):
    from bots.engine import read
    from tests.bots.test_everyday_messages import VOICES, say

    assert read(text, voice=VOICES[slug], addressed=True).kind == "thanks"
    assert say(slug, text) != say(slug, "what is the meaning of a good life?")


# A question put to a persona who has no answer, when another in the room has its plain answer
# (a `#know` line): handed to that one by @mention, who answers it with that line.
HANDED = [
    (
        "einstein",
        "why do my trainers stink so bad after netball",
        "curie",
        "Smelly shoes are bacteria",
    ),
    ("shakespeare", "why did my cake sink in the middle", "curie", "Usually they are underbaked"),
    ("einstein", "is it safe to reheat rice the next day", "curie", "Cooked rice can carry spores"),
    (
        "socrates",
        "why didnt my bread rise, its like a brick every time",
        "curie",
        None,
    ),
    ("lovelace", "do i need to wash the turkey before it goes in?", "curie", None),
    ("shakespeare", "why do i get a stitch when i run", "darwin", None),
]


def _others(slug):
    from tests.bots.test_everyday_messages import VOICES

    return tuple(v for v in VOICES.values() if v.slug != slug)


@pytest.mark.parametrize(("slug", "question", "expert", "start"), HANDED)
def test_a_question_another_persona_knows_is_handed_to_it_and_answered(
    slug, question, expert, start
):
    from bots.engine import ChatLine
    from bots.know import known
    from bots.material import index_of
    from tests.bots.test_everyday_messages import VOICES, say

    handed = say(slug, question, author="gemma", others=_others(slug))
    assert f"@{expert}" in handed
    history = (ChatLine("gemma", question), ChatLine(VOICES[slug].name, handed))
    answer = say(
        expert, handed, author=VOICES[slug].name, history=history[:1], others=_others(expert)
    )
    line = known(index_of(VOICES[expert].material), question).replace("{name}", "Gemma")
    assert line and answer in (f"Gladly. {line}", line)
    if start:
        assert line.startswith(start)


@pytest.mark.parametrize(
    ("slug", "question"),
    [
        ("einstein", "why does my bread taste of nothing, is it the flour"),
        ("shakespeare", "whats a good name for our netball team"),
        ("darwin", "can you write me a toast for my nan"),
    ],
)
def test_nobody_is_handed_a_question_it_has_no_line_for(slug, question):
    from tests.bots.test_everyday_messages import say

    handed = say(slug, question, author="gemma", others=_others(slug))
    assert "@curie" not in handed


# A line that opens on a question of its own answers that question, not one that shares a
# word or two of its answer ("Was it hard being a woman in science? Yes: ... the Academy shut
# its door on me", for an oven door that doesn't shut).
@pytest.mark.parametrize(
    ("slug", "text"),
    [
        ("curie", "is it actually dangerous if an old gas oven door doesnt shut properly?"),
        ("curie", "is our church hall boiler door meant to be that hot, the choir leans on it"),
        ("curie", "why does the fridge door not shut properly after we moved it"),
        ("lovelace", "was the first bus programmed or just timed? the 8:05 never comes"),
    ],
)
def test_a_line_opening_on_its_own_question_answers_only_that(slug, text):
    from tests.bots.test_everyday_messages import say

    for seed in (0, 1, 2):
        reply = say(slug, text, seed=seed)
        assert "Academy shut its door" not in reply
        assert "Was I the first programmer?" not in reply


def test_its_own_question_asked_gets_the_line_that_opens_on_it():
    from tests.bots.test_everyday_messages import say

    assert "Was it hard being a woman in science? Yes" in say(
        "curie", "was it hard being a woman in science back then?", seed=0
    )


@pytest.mark.parametrize(
    ("slug", "text", "said"),
    [
        ("einstein", "why is the sky blue?", "sky"),
        ("darwin", "why do cats purr", "purr"),
        ("curie", "is radium dangerous to touch?", "radium"),
    ],
)
def test_a_line_on_the_thing_asked_still_answers(slug, text, said):
    from tests.bots.test_everyday_messages import say

    assert said in say(slug, text).lower()


# Whether a claim is true, or a thing safe, with only a line on one word of it: owned up to,
# never a verdict resting on that word ("I am inclined to think so" + a jar lid that "grows a
# hair wider", for whether cutting hair makes it grow back thicker).
@pytest.mark.parametrize(
    ("slug", "text"),
    [
        ("einstein", "is it true cutting hair makes it grow back thicker"),
        # (tone43: shaving and knuckles are well-known myths, denied with the truth:
        # tests/bots/test_tone43.py)
        (
            "shakespeare",
            "is it true that cutting your fringe in the new moon makes it grow back thicker",
        ),
        ("einstein", "is it a myth that swimming straight after eating gives you cramp"),
    ],
)
def test_a_claim_with_only_a_word_in_a_line_is_owned_up_to(slug, text):
    from bots.material import index_of
    from tests.bots.test_everyday_messages import VOICES, say
    from tests.bots.test_own20 import owns_up

    tagged = index_of(VOICES[slug].material).tagged
    verdicts = [o.split("{name}")[0] for o in (*tagged.get("yes", ()), *tagged.get("no", ()))]
    for seed in (0, 1, 2):
        reply = say(slug, text, seed=seed)
        assert owns_up(slug, reply), reply
        assert not any(v and reply.startswith(v) for v in verdicts), reply


@pytest.mark.parametrize(
    ("slug", "question"),
    [
        ("darwin", "and is it dangerous to be scrubbing it without a mask"),
        ("darwin", "is it dangerous to sand the old skirting boards without goggles"),
        ("shakespeare", "is it safe to paint the nursery without opening a window"),
    ],
)
def test_a_risk_word_alone_hands_nothing_over(slug, question):
    from tests.bots.test_everyday_messages import say

    reply = say(slug, question, author="steph", others=_others(slug))
    assert "@" not in reply


# A part paid by one, and the rest shared, after a total given: the total less the part,
# shared (christmas at mum's, s24 dev); never the part alone shared ("£10 between 3 of you").
REST = [
    (
        "@lovelace £186 for christmas food, split between 4 households. how much each",
        "@lovelace ok change of plan, nan puts in £10 and the rest is split 3 ways",
        "£186 less the £10 put in is £176; between 3 of you, £58.67 each",
    ),
    (
        "@lovelace the coach for the choir trip is £450, how much each for 30 of us",
        "@lovelace actually the parish council pays £150 and the rest is split 30 ways",
        "£450 less the £150 put in is £300; between 30 of you, £10 each",
    ),
    (
        "@lovelace leaving gift for sue came to £96, how much each",
        "@lovelace the boss chips in £20, the rest split 8 ways?",
        "£96 less the £20 put in is £76; between 8 of you, £9.50 each",
    ),
    (
        "@lovelace pitch hire is £75 for the five a side, how much each",
        "@lovelace dan covers £15 cos he forgot last week, rest is shared 10 ways",
        "£75 less the £15 put in is £60; between 10 of you, £6 each",
    ),
    (
        "@lovelace the cottage is £1,240 for the week",
        "@lovelace mum and dad pay £400 and the rest gets split 4 ways",
        "£1,240 less the £400 put in is £840; between 4 of you, £210 each",
    ),
    (
        "@lovelace stag do house is €900 all in",
        "@lovelace best man puts €120 in and the remainder is divided 6 ways",
        "€900 less the €120 put in is €780; between 6 of you, €130 each",
    ),
]


@pytest.mark.parametrize(("total", "rest", "worked"), REST)
def test_the_rest_shared_after_a_part_paid_is_the_total_less_the_part(total, rest, worked):
    from bots.engine import ChatLine
    from tests.bots.test_everyday_messages import say

    history = (ChatLine("sarah", total),)
    assert worked in say("lovelace", rest, author="beth", history=history, seed=0)


@pytest.mark.parametrize(
    "rest",
    [
        "@lovelace nan puts in £10 and the rest is split 3 ways",  # no total before
        "@lovelace the rest is split 3 ways, sorted",  # no part paid
    ],
)
def test_the_rest_with_no_total_or_part_is_never_a_share_of_the_part(rest):
    from tests.bots.test_everyday_messages import say

    reply = say("lovelace", rest, author="beth", seed=0)
    assert "£3.33" not in reply and "less the" not in reply


# Figures put to the mathematician with a question are a sum asked, never news to cheer.
@pytest.mark.parametrize(
    "text",
    [
        "@lovelace we've lost 6 won 3 drawn 1. 3 pts for a win 1 for a draw. 4 games left. can "
        "we still get past 9th place if theyre on 16 points",
        "@lovelace we won £45, dan paid £8 entry for the 4 of us. how much does everyone get so "
        "dan isnt out of pocket",
        "@lovelace we're on £1,340, zoe's adding £50, target is £2,000. what % are we at",
        "@lovelace choir won 2nd prize, £120, 14 of us sang and 2 helped. do we split it or "
        "put it in the fund?",
        "@lovelace we scored 31 and 27 in the last two quizzes, are we improving or is that luck",
        "@lovelace won 4 out of 5 darts legs tonight, whats our win rate now over 20 legs",
    ],
)
def test_figures_asked_of_the_mathematician_are_never_cheered(text):
    from bots.material import index_of
    from tests.bots.test_everyday_messages import VOICES, say

    tagged = index_of(VOICES["lovelace"].material).tagged
    cheers = [o.split("{name}")[0] for o in (*tagged["congrats"], *tagged.get("glad", ()))]
    for seed in (0, 1, 2):
        reply = say("lovelace", text, author="ria", seed=seed)
        assert not any(c and reply.startswith(c) for c in cheers), reply
        assert not re.search(r"congratulat|splendid news|how delightful", reply, re.I), reply


@pytest.mark.parametrize(
    "text",
    ["@lovelace we won 3-1 tonight!!", "@lovelace got 18/20 on the picture round 🎉"],
)
def test_news_with_figures_and_no_question_is_still_news(text):
    from bots.engine import read
    from tests.bots.test_everyday_messages import VOICES, say

    reply = say("lovelace", text, author="ria", seed=0)
    assert not reply.startswith("Let us make a method of it")
    assert read(text, voice=VOICES["lovelace"], addressed=True).kind != "question"


# A question of right and wrong without "is it wrong" ("feels dodgy", "to blame", "ethical")
# is examined by Socrates, never owned up to ("I know only that I know nothing, ... literally
# true"), nor handed to the naturalist.
@pytest.mark.parametrize(
    "text",
    [
        "@socrates can we use £240 of the donations for the minibus? its how we get there but it "
        "feels dodgy",
        "@socrates ok but if we DONT say anything and they win the £140 next week, are we partly "
        "to blame?",
        "@socrates also is it even ethical to keep wild caught fish? the cardinals are all wild",
        "@socrates the choir kitty paid for our interval drinks, feels a bit shady tbh?",
        "@socrates if the rota was never sent round, are we really at fault for missing it",
        "@socrates is it ethical to sell the raffle prize we won back to the shop",
    ],
)
def test_a_question_of_right_and_wrong_in_other_words_is_examined(text):
    from bots.material import index_of
    from tests.bots.test_everyday_messages import VOICES, say
    from tests.bots.test_own20 import owns_up

    tagged = index_of(VOICES["socrates"].material).tagged
    examined = [line.split(":", 1)[-1].strip() for line in (*tagged["examine"], *tagged["dilemma"])]
    for seed in (0, 1):
        reply = say("socrates", text, author="sam", seed=seed)
        assert not owns_up("socrates", reply), reply
        assert any(line.format(name="Sam") in reply for line in examined), reply


@pytest.mark.parametrize(
    "text",
    ["@socrates is the dodgy wifi fixed yet", "@socrates my knee feels a bit off today"],
)
def test_dodgy_as_a_thing_is_no_question_of_right_and_wrong(text):
    from bots.engine import MORAL_ASKED

    assert not MORAL_ASKED.search(text)
