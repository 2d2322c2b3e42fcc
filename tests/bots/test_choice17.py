"""Choices put the way people put them in a room: two times ("should we open at 8 or 9 on
saturdays"), a judgement ("is a three strikes rule fair or too harsh"), two deeds ("should we
tell the customer the truth or just say it's on its way"), with or without a question mark. Each
is answered by picking one, said as it was offered ("I would say 9.", "I would call him."), with
a reason that is about the choice or the persona's own reason for choosing, never a line on one
of its words in another sense ("take cards at the stall" is no card game, "one bite of
everything" no bug bite in Argentina)."""

from __future__ import annotations

import pytest

from bots.asks import request_kind
from bots.engine import ASKED_AFTER_LEAD, ChatLine, either_or
from bots.lexicon import field_stems
from bots.sense import roles
from tests.bots.test_everyday_messages import say, starts_with, tagged
from tests.bots.test_opinions import takes_in

SLUGS = ("einstein", "curie", "darwin", "socrates", "shakespeare", "lovelace")


@pytest.mark.parametrize(
    ("text", "options"),
    [
        ("should we open the shop at 8 or 9 on saturdays", ("8", "9")),
        ("meet at 7pm or 8pm?", ("7pm", "8pm")),
        ("is a three strikes rule fair for the volunteers or too harsh", ("fair", "too harsh")),
        ("is it rude to leave a party early or just sensible", ("rude", "sensible")),
        ("is he lazy or just tired", ("lazy", "tired")),
        (
            "do you reckon we should tell the customer the truth about the delay or just say "
            "it's on its way",
            ("tell the customer the truth about the delay", "say it's on its way"),
        ),
        (
            "is it better to make kids try one bite of everything or just let them skip what they"
            " hate?",
            ("make kids try one bite of everything", "let them skip"),
        ),
        ("should i text him or call him", ("text him", "call him")),
        # As before.
        ("tea or coffee", ("tea", "coffee")),
        ("is talent born or made?", ("born", "made")),
        ("would you rather live in the past or the future", ("the past", "the future")),
        ("handwritten notes or typed?", ("handwritten notes", "typed notes")),
        ("cook at home or order takeaway", ("cook at home", "order takeaway")),
    ],
)
def test_the_options_of_a_choice_are_found_by_the_shape_of_the_second(text, options):
    assert either_or(text) == options


@pytest.mark.parametrize(
    "text",
    [
        "we could go by train or bus tomorrow",  # told, not asked
        "i might go at 8 or 9",
        "Should I stay or should I go?",
        "what creature sounds or specimens would make sense together?",
    ],
)
def test_what_offers_no_choice_to_answer_is_still_none(text):
    assert either_or(text) is None


@pytest.mark.parametrize("slug", SLUGS)
def test_two_times_are_a_choice_not_a_yes_or_no(slug):
    # Was "I doubt it, Jo; ... a man who spends his Saturdays in shops has less time ..." and
    # "I think so, Jo, ... I confess I liked a fine shop and a new gown".
    reply = say(slug, f"@{slug} should we open the shop at 8 or 9 on saturdays", author="jo")
    assert "I would say 8." in reply or "I would say 9." in reply, reply
    assert "shop" not in reply.split(".", 1)[1], reply


@pytest.mark.parametrize("slug", SLUGS)
def test_a_deed_is_picked_as_done(slug):
    reply = say(slug, f"@{slug} should i text him or call him", author="jo")
    assert "I would text him." in reply or "I would call him." in reply, reply
    # Was "Take the work you love ...": "call" read as a calling in life.
    assert "work" not in reply, reply


@pytest.mark.parametrize("slug", SLUGS)
def test_none_of_them_advises_the_lie(slug):
    # Einstein, Curie, Darwin and Lovelace owned up ("You have found a hole in my education"),
    # and Darwin and Lovelace, once it was read as a choice, picked "say it's on its way".
    text = (
        f"@{slug} do you reckon we should tell the customer the truth about the delay or just "
        "say it's on its way"
    )
    reply = say(slug, text, author="jo")
    assert "I would tell the customer the truth about the delay." in reply, reply


@pytest.mark.parametrize("slug", SLUGS)
def test_a_reason_on_a_stray_word_of_a_deed_is_no_reason(slug):
    reply = say(slug, f"@{slug} cash only or take cards at the stall", author="jo")
    assert "I would say cash only." in reply or "I would take cards at the stall." in reply
    # Was "Puzzles I could never resist; chess less so" and "Games are mathematics in disguise".
    assert not any(w in reply.lower() for w in ("game", "chess", "backgammon", "solitaire"))
    reply = say(
        slug,
        f"@{slug} is it better to make kids try one bite of everything or just let them skip what"
        " they hate",
        author="jo",
    )
    # Was Darwin's "some think a bug bite in Argentina".
    assert "Argentina" not in reply, reply


@pytest.mark.parametrize("slug", SLUGS)
def test_a_judgement_is_given_in_its_own_word(slug):
    reply = say(slug, f"@{slug} is a three strikes rule fair for the volunteers or too harsh")
    assert "I would say fair." in reply or "I would say too harsh." in reply, reply


def test_a_thing_that_is_also_a_verb_is_still_said_as_a_thing():
    reply = say("shakespeare", "@shakespeare love or money?", author="jo")
    assert "I would love." not in reply and "I would money." not in reply, reply
    assert "I would say love." in reply or "I would say money." in reply, reply


@pytest.mark.parametrize("slug", SLUGS)
def test_a_judgement_is_not_reasoned_from_a_word_in_another_sense(slug):
    # Was "I am inclined to think so, Jo; ... the collisions separate the electric charge."
    reply = say(slug, f"@{slug} is charging for tap water fair or a bit cheeky", author="jo")
    assert "I would say fair." in reply or "I would say a bit cheeky." in reply, reply
    assert "electric" not in reply and "Salt" not in reply, reply


def test_leaving_what_its_take_is_against_is_sensible():
    # Darwin's take is against parties ("even a small party left me shivering"): leaving one
    # early is sensible to him, not rude.
    reply = say("darwin", "@darwin is it rude to leave a party early or just sensible")
    assert "I would say sensible." in reply and "party" in reply, reply


@pytest.mark.parametrize("slug", SLUGS)
def test_a_take_on_the_thing_judged_answers_it_without_a_word_picked(slug):
    # Each has a take on letting a baby cry; that is its answer to "cruel or fine".
    reply = say(slug, f"@{slug} is leaving a baby to cry it out cruel or fine")
    assert not reply.startswith("I would say"), reply
    (take,) = takes_in(slug, reply)
    assert "cry" in take.about, reply


@pytest.mark.parametrize("slug", SLUGS)
def test_a_tip_asked_on_a_thing_is_no_take_on_what_is_done_in_the_asking(slug):
    # Was a take on dress from every persona ("Wear what you like; I gave up socks altogether",
    # "The apparel oft proclaims the man", "Let people adorn themselves as they please").
    reply = say(slug, f"@{slug} how do i stop my glasses fogging up when i wear a mask")
    assert not any("wear" in take.about for take in takes_in(slug, reply)), reply
    # A tip on the matter asked still answers it.
    reply = say(slug, f"@{slug} how do i stop procrastinating on my essay")
    tips = [t.split(":", 1)[1].strip().format(name="Maya") for t in tagged(slug, "tip")]
    assert reply in [t for t in tips if t], reply


def test_cut_flowers_are_no_island_cut_off():
    # "cutes", WordNet's plural of "cutis", stemmed to "cut" and made it a word of natural
    # history; "no longer" was read as a word of "fresh longer". Darwin answered "whats the best
    # way to keep cut flowers fresh longer" with "Islands are nature's laboratories: cut off,
    # their creatures go their own way ... can no longer interbreed".
    assert "cut" not in field_stems(("life",))
    assert "longer" not in roles("each part goes its own way until the two can no longer breed")
    assert "longer" in roles("which lasts longer, a candle or a torch")
    reply = say("darwin", "@darwin whats the best way to keep cut flowers fresh longer")
    assert "Islands" not in reply, reply


MYTHS = (
    "is it true that microwaves make food radioactive?",
    "is it true bananas are radioactive",
    "is it true we only use 10% of our brains",
    "is it true that lightning never strikes the same place twice",
    "fact or myth: goldfish have a three second memory",
)


@pytest.mark.parametrize("slug", SLUGS)
def test_whether_a_claim_is_true_is_no_matter_of_taste(slug):
    # Were "Yes, Jo, I believe so ... There is no measuring taste" (Curie, of lightning), "I
    # believe so, Jo ... Eat plainly and regularly" (Darwin, of radioactive microwaved food),
    # "I think so" to the ten per cent of our brains.
    for text in MYTHS:
        reply = say(slug, f"@{slug} {text}", author="jo")
        assert not starts_with(reply, slug, "yes", name="Jo"), (text, reply)
        assert not starts_with(reply, slug, "no", name="Jo"), (text, reply)
        assert not any(take.text in reply for take in takes_in(slug, reply)), (text, reply)


def test_a_claim_a_line_answers_is_answered_by_it():
    reply = say("curie", "@curie is it true bananas are radioactive", author="jo")
    assert "Bananas are very slightly radioactive because of the potassium in them" in reply
    reply = say("curie", "@curie is it true that microwaves make food radioactive?", author="jo")
    assert "leaves nothing radioactive behind" in reply, reply


@pytest.mark.parametrize("slug", SLUGS)
def test_no_pick_where_a_pick_could_hurt_or_is_a_fact(slug):
    # Found by the session's reviewer: "is it safe to give a dog chocolate or dangerous" and
    # "is the lake ice safe to walk on or risky" were "I would say safe.", "should i take 2 or 4
    # paracetamol" "I would say 4.", "was the battle of hastings in 1066 or 1067" "I would say
    # 1067.", and the lake ice drew a take on taking risks in life.
    for text in (
        "is it safe to give a dog chocolate or dangerous",
        "is the lake ice safe to walk on or risky",
        "should i take 2 or 4 paracetamol",
        "was the battle of hastings in 1066 or 1067",
    ):
        reply = say(slug, f"@{slug} {text}", author="jo")
        assert "I would say" not in reply, (text, reply)
        assert "risk" not in reply.lower(), (text, reply)


@pytest.mark.parametrize(
    ("text", "options"),
    [
        ("should we meet at 7:15 or 7:45?", ("7:15", "7:45")),
        ("does the train leave at 7:15 or 7:45", None),  # the timetable's to say
        ("should i take 2 or 4 paracetamol", ("take 2", "4 paracetamol")),  # no times
        ("was the battle of hastings in 1066 or 1067", None),
        ("are 3 or 4 tables enough", None),
    ],
)
def test_times_are_options_and_amounts_and_dates_are_not(text, options):
    assert either_or(text) == options


@pytest.mark.parametrize(
    "text",
    [
        # Found by the session's reviewer: each drew a party idea ("Put a glass prism where the
        # sun comes in", "Tonic water glows blue ... serve it in the dark", an egg-drop game).
        "what could i use to clean the windows without streaks",
        "any ideas on why our team keeps losing every game",
        "what can i use to get sticky stains off the bar top",
        "any ideas for a good bar near work",
        "any tips for getting the baby to sleep through the night",
    ],
)
def test_a_chore_or_a_trouble_is_no_project_to_give_an_idea_for(text):
    assert request_kind(text) != "idea"
    for slug in SLUGS:
        reply = say(slug, f"@{slug} {text}", author="jo")
        ideas = {t.split(":", 1)[1].strip() for t in tagged(slug, "idea")}
        assert not any(idea in reply for idea in ideas), (slug, text, reply)


@pytest.mark.parametrize(
    "text",
    [
        "any ideas for our science week stall",
        "whats a physics trick we could hide in a puzzle",
        "how would you make our pub quiz more fun",
        "any ideas for a shop window display",
        "any ideas for our office christmas do",
    ],
)
def test_a_project_still_gets_an_idea(text):
    assert request_kind(text) == "idea"


def test_any_ideas_takes_its_project_from_the_people_not_a_persona():
    # After a persona's reply naming prizes, "any ideas?" was "For a prize ...".
    history = (
        ChatLine("Charles Darwin", "I kept a jar of prizes for the children who found beetles."),
    )
    reply = say("curie", "@curie any ideas?", author="jo", history=history)
    ideas = {t.split(":", 1)[1].strip() for t in tagged("curie", "idea")}
    assert not any(idea in reply for idea in ideas), reply
    history = (ChatLine("jo", "we're running a halloween party at the community centre"),)
    reply = say("curie", "@curie any ideas?", author="jo", history=history)
    assert any(idea in reply for idea in ideas), reply


@pytest.mark.parametrize(
    "text",
    ["honestly would love a holiday right now", "also do remember to bring the chairs tomorrow"],
)
def test_a_wish_or_a_bidding_after_a_lead_word_is_no_question(text):
    # Found by the session's reviewer: Socrates owned up to both ("I know nothing of such
    # things"), as to a question he could not answer.
    assert not ASKED_AFTER_LEAD.search(text)
    reply = say("socrates", f"@socrates {text}", author="jo")
    assert not starts_with(reply, "socrates", "outside", name="Jo"), reply
