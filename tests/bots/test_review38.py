"""Review38's finds in the day's change, mended: no joke over bad news, no "Guilty" beside a
grief or a question, no vet call for a pet that ate a thing long ago, nearly, or safely, a child
who swallowed what can harm them sent to 111 or 999 (they got "How did that come about?"), "what
is love?" keeps Diotima, a pet put to sleep however named, a toast for her birthday after her
death never Gratiano's mirth, and new lines' keys that caught other senses ("did you play any
sports?", "emma by jane austen", "how many sonnets did petrarch write").
"""

from __future__ import annotations

import pytest

from bots.safety import at_risk
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say


def test_no_joke_over_bad_news():
    assert say("aibot", "/AIBot make me laugh, i just got fired") == (
        "I'm sorry to hear that, Maya. I'm only the house bot, but the room is listening."
    )


def test_a_tax_inside_a_sum_is_never_added_to_it():
    assert "£144" not in say("aibot", "/AIBot £120 including 20% VAT, what is it without?")
    assert say("aibot", "/AIBot what is £50 plus 20% vat") == "£50 plus 20% VAT is £60."


@pytest.mark.parametrize(
    "said",
    [
        "@curie ur a menace, i'm so sorry about your husband",
        "@curie you're obsessed with radium, is that why you got ill?",
        "why do u always answer a question with a question",
    ],
)
def test_no_guilty_beside_a_grief_or_a_question(said):
    slug = "socrates" if said.startswith("why") else "curie"
    assert "Guilty" not in say(slug, said)


@pytest.mark.parametrize(
    "said",
    [
        "my dog ate chocolate once when he was a puppy, he was fine",
        "my cat ate a lily leaf two years ago and the vet saved her",
        "my dog never eats chocolate, he hates it",
        "my dog nearly ate a grape but i grabbed it in time",
        "my dog ate the dog-safe carob chocolate treats i bought",
        "my dog ate raisins and we're at the vet now",
    ],
)
def test_a_pet_that_ate_it_long_ago_nearly_or_safely_is_no_call_to_the_vet(said):
    assert at_risk(said) == ""


@pytest.mark.parametrize(
    "said",
    [
        "my dog ate some sugar free gum",
        "my cat licked bleach off the floor",
        "my parrot ate some avocado",
        "my rabbit ate a tulip bulb",
    ],
)
def test_other_pets_and_poisons_are_sent_to_the_vet(said):
    assert at_risk(said) == "ate"


SWALLOWED = (
    "Maya, ring NHS 111 now, or 999 if they are drowsy, struggling to breathe, or it was a button "
    "battery or a magnet, which need A&E at once. Keep the packet to show them, and don't try to "
    "make them sick."
)


@pytest.mark.parametrize(
    "said",
    [
        "my son swallowed a button battery",
        "my daughter drank some bleach",
        "my toddler ate some of my pills",
        "my 3 year old swallowed a magnet",
        "my toddler ate some wild berries from the hedge",
    ],
)
def test_a_child_who_swallowed_what_can_harm_them_is_sent_to_111_or_999(said):
    assert at_risk(said) == "swallowed"
    assert say("darwin", said) == SWALLOWED
    assert say("aibot", f"/AIBot {said}") == SWALLOWED


@pytest.mark.parametrize(
    "said",
    [
        "the kids ate all the berries at the farm, so fun",
        "my daughter ate the last of the cake",
        "my son put a coin in the slot machine",
    ],
)
def test_a_child_eating_or_playing_is_no_risk(said):
    assert at_risk(said) == ""


def test_what_is_love_keeps_diotima():
    assert say("socrates", "what is love?") == (
        "A fair question, Maya; let me answer with care. Love is the desire to possess the good "
        "for ever, Diotima said, which is why lovers want children, or fame, or wisdom, to outlast "
        "them."
    )


@pytest.mark.parametrize(
    "said",
    ["we had to put our old dog to sleep yesterday", "had to put my cat to sleep this morning"],
)
def test_a_pet_put_to_sleep_by_its_kind_is_a_death(said):
    assert "sorry" in say("einstein", said)


def test_the_girls_put_to_sleep_are_children_at_bedtime():
    assert "sorry" not in say("einstein", "i had to put the girls to sleep early")


def test_knowing_nobody_who_can_help_is_no_loneliness():
    reply = say("lovelace", "i dont know anyone who can help me with calculus")
    assert "lonely" not in reply and "letters were my company" not in reply


WIFE = Line("maya", "my wife passed away last month")


def test_a_toast_for_her_birthday_after_her_death_is_never_mirth():
    reply = say("shakespeare", "what should i say as a toast for her birthday?", history=(WIFE,))
    assert reply == (
        "I am truly sorry, Maya. This is no scene for jests; lean on those who love you, and take "
        "the time you need."
    )
    sister = Line("maya", "my sister turns 40 friday")
    assert "mirth" in say(
        "shakespeare", "what should i say as a toast for her birthday?", history=(sister,)
    )


@pytest.mark.parametrize(
    ("slug", "said", "not_said"),
    [
        ("shakespeare", "did you play any sports?", "Well enough to earn my share"),
        ("shakespeare", "how many sonnets did petrarch write?", "154 sonnets"),
        ("darwin", "did you read emma by jane austen?", "Emma Wedgwood"),
        ("curie", "did pierre ever lose an argument with you?", "Pierre was killed"),
    ],
)
def test_new_lines_are_not_said_to_other_senses_of_their_words(slug, said, not_said):
    assert not_said not in say(slug, said)


# review38b: the first mends' words for "over" read anywhere in a message ("20 minutes ago",
# "won't stop crying") and kept a worried parent or owner from help; any "girl" or "boy" drinking
# vodka, "tablets of chocolate" and a chicken for dinner raised alarms.
@pytest.mark.parametrize(
    "said",
    [
        "my son swallowed a button battery 20 minutes ago",
        "my baby swallowed a battery almost an hour ago",
        "my toddler swallowed a magnet, she doesn't seem in pain",
        "my daughter drank bleach, she won't stop crying",
        "my son ate some of my pills, i didn't see how many",
        "he swallowed a button battery, hes 2",
        "my toddler swallowed a pill off the floor",
        "my daughter drank half a bottle of calpol",
        "my kid ate a laundry pod",
        "my kid ate some of my weed gummies",
    ],
)
def test_worry_told_beside_what_a_child_swallowed_still_gets_111_or_999(said):
    assert at_risk(said) == "swallowed"


@pytest.mark.parametrize(
    "said",
    [
        "my son ate all the tablets of chocolate from the advent calendar",
        "girls night tonight, we drank vodka till 3am",
        "my 30 year old son drank vodka at his wedding",
        "my daughter swallowed her pills for the first time without fuss, so proud!",
        "my nephew ate all the medicine balls at the gym lol",
        "my son ate pills? no, those were tic tacs, panic over",
        "the kid in the film drank bleach and I cried",
        "when my son was little he swallowed a magnet",
        "my son drank bleach by accident, we are at A&E now",
    ],
)
def test_chocolate_tablets_adults_pride_jokes_the_past_and_hospital_are_no_alarm(said):
    assert at_risk(said) == ""


@pytest.mark.parametrize(
    "said",
    [
        "my dog ate chocolate and won't stop shaking",
        "my dog ate chocolate an hour ago",
        "my dog ate grapes, he doesn't seem sick",
        "my dog ate raisins, the vet says bring him in but they're 40 mins away",
        "my dog ate xylitol gum, he hates going to the vet",
    ],
)
def test_worry_told_beside_what_a_pet_ate_still_gets_the_vet(said):
    assert at_risk(said) == "ate"


@pytest.mark.parametrize(
    "said",
    [
        "we had chicken for dinner and the kids had some garlic bread",
        "I ate like a pig and had some chocolate cake after",
        "the rat ate the rat poison, good riddance",
    ],
)
def test_a_dinner_or_a_pest_is_no_pet(said):
    assert at_risk(said) == ""


@pytest.mark.parametrize(
    ("said", "reply"),
    [
        (
            "/AIBot price is £80 inc vat, how much is the vat",
            "£80 with VAT at 20% (the standard UK rate) is £66.67 before VAT and £13.33 of VAT "
            "(divide by 1.2; taking 20% off would be wrong).",
        ),
        ("/AIBot what is £50 with 20% vat", "£50 plus 20% VAT is £60."),
    ],
)
def test_vat_taken_out_or_added_as_before(said, reply):
    assert say("aibot", said) == reply


def test_a_joke_asked_when_bored_is_told():
    assert say("aibot", "/AIBot tell me a joke, i'm bored").startswith("Here's one, Maya:")


@pytest.mark.parametrize(
    ("said", "before"),
    [
        ("any ideas for his birthday party? he's turning 5", "my mum died ten years ago"),
        ("what should i get her for her birthday?", "my grandad died last year"),
    ],
)
def test_a_living_persons_birthday_after_a_death_told_is_no_grief(said, before):
    assert "sorry" not in say("shakespeare", said, history=(Line("maya", before),))


@pytest.mark.parametrize(
    "said",
    [
        "have to put the puppy to sleep in his crate now, he's so tired",
        "need to put my kitten to sleep in the spare room tonight because of fireworks",
    ],
)
def test_a_pets_bedtime_is_no_death(said):
    assert "sorry" not in say("darwin", said)


@pytest.mark.parametrize(
    "said", ["i don't have anyone to talk to", "i don't have any friends at school"]
)
def test_nobody_to_talk_to_is_loneliness(said):
    assert say("curie", said).startswith("I know that loneliness, Maya:")


# review38c: worry said around the thing eaten ("he never eats anything odd normally", "now she
# won't drink any water") is no denial of it; a 2yo, a teen's overdose, bleach drunk by anyone,
# a battery in an adult, choking, blue lips and a swelling throat get help words; a pet said by
# breed or by someone else's ("my mum's dog") gets the vet; a story, a game, a dose given with
# pride or a settled past get none.
@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("my 2yo drank bleach what do i do", "swallowed"),
        ("my son took 10 paracetamol earlier, should i worry?", "swallowed"),
        (
            "my son swallowed a battery. he never eats anything odd normally, should i worry?",
            "swallowed",
        ),
        ("my toddler drank bleach, now she won't drink any water", "swallowed"),
        ("my son swallowed a magnet 2 weeks ago and now hes vomiting", "swallowed"),
        ("grandad swallowed a hearing aid battery", "swallowed"),
        ("my teenage daughter has taken an overdose", "swallowed"),
        ("my husband drank bleach", "swallowed"),
        ("help my baby has bleach in her mouth", "swallowed"),
        ("i'm in hospital with my mum and my toddler just swallowed a magnet at home", "swallowed"),
        ("my baby is choking help", "urgent"),
        ("my sons lips are going blue and he's wheezing", "urgent"),
        ("my daughter ate a peanut and her throat is swelling", "urgent"),
        ("my mum's dog ate a whole bar of chocolate", "ate"),
        ("my spaniel wolfed down a bag of raisins", "ate"),
        ("my dog ate chocolate and now doesnt like being touched", "ate"),
        ("my dog ate chocolate. we're at the vets tomorrow for his jabs anyway", "ate"),
        ("my son's puppy chewed a battery", "ate"),
    ],
)
def test_worry_and_other_wordings_get_help(said, kind):
    assert at_risk(said) == kind


@pytest.mark.parametrize(
    "said",
    [
        "my dog ate chocolate yesterday and the vet said he's fine",
        "our old dog ate chocolate all his life and lived to 16",
        "my kid swallowed a battery in minecraft lol",
        "my grandson loves the film where the boy swallowed a battery",
        "my daughter swallowed the correct dose of calpol",
        "my baby drank her calpol like a champ",
        "i swallowed a battery of questions in my exam today",
        "my son drank some mouthwash flavoured slush at the fair, gross",
        "my son swallowed a magnet two years ago and it passed fine",
        "we're at a&e now, my son swallowed a battery but they've x rayed it",
    ],
)
def test_a_settled_past_a_story_or_a_dose_given_is_no_alarm(said):
    assert at_risk(said) == ""


def test_a_line_that_does_not_say_ring_the_vet_gives_way_to_the_vet_words():
    reply = say("curie", "my dog ate a bar of milk chocolate, should i worry?")
    assert reply == ATE_WORDS


ATE_WORDS = (
    "Maya, that can poison a pet, even a little: ring your vet now, or an out-of-hours vet, even "
    "if it seems well; don't wait for signs, and don't try to make it sick yourself."
)
