"""A plain question of odds, worked exactly (`bots.odds`), and an everyday question in a
scientist's field answered short and right by a `#know` line (field40).

card_odds: cards, dice, coins, a raffle, birthdays, numbers drawn: the chance as a fraction,
"1 in N" and a percentage, with its working, in the mathematician's voice; a chance no plain
count answers (a poker hand, a die that may be one of two, a birthday matched in a crowd of
untold size) is declined, never answered by another game's chance.

field_dodge: "why does a bowl curve as it slows", "why does a wet finger make a glass ring":
the scientist whose field it is answers in a line; a word of the key said in passing does not
fire it."""

from __future__ import annotations

import pytest

from bots.odds import chance_of
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

# (the ask, the working said)
CHANCES = [
    (
        "@lovelace whats the probability of pulling a king out of a standard deck",
        "a king is 4 of the 52 cards: 4/52 = 1/13, 1 in 13, about 7.7%",
    ),
    (
        "ada what are the chances of drawing a black card?",
        "a black card is 26 of the 52 cards: 26/52 = 1/2, 1 in 2, 50%",
    ),
    (
        "what're the odds of the queen of hearts coming out first",
        "the queen of hearts is 1 of the 52 cards: 1/52, 1 in 52, about 1.9%",
    ),
    (
        "if i draw 2 cards what's the probability theyre both aces",
        "2 aces drawn one after the other: 4/52 × 3/51 = 1/221, 1 in 221, about 0.5%",
    ),
    (
        "odds of pulling 3 hearts from a shuffled deck?",
        "3 hearts drawn one after the other: 13/52 × 12/51 × 11/50 = 11/850, about 1 in 77, "
        "about 1.3%",
    ),
    (
        "odds of drawing two hearts in a row if i put the first one back",
        "2 hearts, the card put back each time: 13/52 × 13/52 = 1/16, 1 in 16, about 6.2%",
    ),
    (
        "whats the chance of snake eyes",
        "two ones with two dice is 1 way of the 36 (1/6 × 1/6): 1/36, 1 in 36, about 2.8%",
    ),
    (
        "chances of getting a double when you roll two dice",
        "a double with two dice is 6 of the 36 ways they fall, one for each face: 6/36 = 1/6, "
        "1 in 6, about 16.7%",
    ),
    (
        "what's the chance of throwing at least one six in four goes",
        "at least one six in 4 rolls: one less the chance of none, 1 − (5/6)^4 = 671/1,296, "
        "about 51.8%",
    ),
    (
        "odds of not rolling a six in 6 throws?",
        "no sixes in 6 rolls: (5/6)^6 = 15,625/46,656, about 1 in 3, about 33.5%",
    ),
    (
        "what are the chances of rolling 2 sixes in a row",
        "2 sixes in a row: (1/6)^2 = 1/36, 1 in 36, about 2.8%",
    ),
    (
        "odds of getting a 6 on a dice",
        "a six on one die is 1 face of 6: 1/6, 1 in 6, about 16.7%",
    ),
    (
        "chance of a coin landing heads 4 times in a row",
        "4 heads in a row: (1/2)^4 = 1/16, 1 in 16, about 6.2%",
    ),
    (
        "if i flip 3 coins what's the chance they're all heads",
        "all 3 heads: (1/2)^3 = 1/8, 1 in 8, 12.5%",
    ),
    (
        "chances of getting exactly 3 heads in 5 tosses?",
        "exactly 3 heads in 5 tosses is 10 of the 32 ways they fall: 10/32 = 5/16, about 1 in "
        "3.2, about 31.2%",
    ),
    (
        "what are the chances of getting at least one tails in 5 flips",
        "at least one tail in 5 tosses: 1 − (1/2)^5 = 31/32, about 96.9%",
    ),
    (
        "we've won the toss 4 times on the trot, what are the odds of winning 4 tosses in a row",
        "4 tosses won in a row, each 1/2: (1/2)^4 = 1/16, 1 in 16, about 6.2%",
    ),
    (
        "we bought 10 raffle tickets out of 500, chances?",
        "10 tickets of 500 for one prize: 10/500 = 1/50, 1 in 50, 2%",
    ),
    (
        "i've got 3 tickets in the raffle and they sold 150, whats my chance of winning",
        "3 tickets of 150 for one prize: 3/150 = 1/50, 1 in 50, 2%",
    ),
    (
        "there are 300 tickets sold and 5 prizes, i bought 6, what are my odds of winning one",
        "6 tickets of 300 with 5 prizes (a ticket wins once): one less the chance none of yours "
        "is drawn, 1 − C(294,5)/C(300,5): about 1 in 10, about 9.7%",
    ),
    (
        "in a room of 40 what are the odds that 2 people have the same birthday",
        "40 people, 780 pairs: one less the chance all 40 birthdays differ, "
        "1 − (365 × 364 × … × 326)/365^40 = about 89.1% (better than even)",
    ),
    (
        "my mate was born on the same day as me, what are the chances of that",
        "one birthday falling on another's, 1 day of 365: 1/365, 1 in 365, about 0.3%",
    ),
    (
        "whats the probability of matching all 6 numbers out of 49",
        "6 numbers of 49 can be chosen 13,983,816 ways, and one of them is drawn: "
        "1/13,983,816, 1 in 13,983,816",
    ),
]

# Look-alikes: a chance no plain count answers, or no chance of a game at all.
UNWORKED = [
    "whats the chance of a royal flush",
    "odds of a 6 with two dice?",  # one die's six, or a total of six?
    "odds of drawing an ace if the jokers are left in",
    "what are the chances someone here shares my birthday",  # of how many?
    "what's the chance of a heart attack if you play cards all night",
    "what are the chances of a double at the darts tonight",
    "chance of rain for the barbecue tomorrow?",
    "odds we win on saturday, be honest",
    "i bought 3 tickets and my sister bought 4 tickets, whats the chance one of us wins",
    "what are the chances of the king turning up to the opening",
    "whats the chance of 2 aces in my bridge hand",
    "what are the chances of drawing an ace or a king from a deck",  # two kinds: not one's 4/52
    "whats the chance of drawing a heart that's also a face card from a pack",
    "whats the chance of rolling a six or a five",
]


@pytest.mark.parametrize(("ask", "working"), CHANCES)
def test_a_plain_chance_is_worked_exactly(ask, working):
    assert chance_of(ask) == working


@pytest.mark.parametrize("ask", UNWORKED)
def test_no_chance_is_worked_when_no_plain_count_answers_it(ask):
    assert chance_of(ask) == ""


def test_the_mathematician_says_the_chance_in_her_voice():
    reply = say("lovelace", "@lovelace odds of picking a face card from a normal deck?")
    assert reply == (
        "A sum the Engine would take in one turn of its handle, Maya: a face card is 12 of the "
        "52 cards: 12/52 = 3/13, about 1 in 4.3, about 23.1%."
    )


def test_a_chance_asked_of_what_was_said_before_is_worked_from_it():
    history = (Line("jo", "120 tickets sold for the hamper, 2 prizes, a ticket can only win once"),)
    reply = say(
        "lovelace",
        "i've only got the one ticket @lovelace whats my chance of winning",
        history=history,
    )
    assert "1 ticket of 120 with 2 prizes" in reply and "1/60, 1 in 60" in reply


def test_a_card_named_after_a_pack_was_said_is_worked_from_both():
    history = (Line("becca", "doing a card trick at charlie's party saturday"),)
    reply = say("lovelace", "@lovelace whats the chance a kid picks a heart", history=history)
    assert "a heart is 13 of the 52 cards: 13/52 = 1/4, 1 in 4, 25%" in reply


def test_the_lottery_asked_gets_its_one_in_so_many():
    reply = say("lovelace", "what are the odds of winning the lottery")
    assert "1 in 45,057,474 for the Lotto" in reply


def test_a_birthday_matched_before_is_worked_when_its_chance_is_asked():
    history = (Line("jo", "turns out the new lad has the same birthday as me"),)
    reply = say(
        "lovelace", "@lovelace what are the odds of that, ignoring leap years", history=history
    )
    assert "1/365, 1 in 365" in reply


@pytest.mark.parametrize(
    "ask",
    [
        "@lovelace odds of a 6 with two dice?",
        "@lovelace what are the chances someone here shares my birthday",
        "@lovelace odds of being dealt a full house in poker?",
    ],
)
def test_a_chance_unread_is_declined_not_answered_with_another_games(ask):
    reply = say("lovelace", ask)
    for other in ("two sixes", "twenty-three", "fifty-nine", "one in"):
        assert other not in reply


def test_bridge_asked_as_maths_gets_an_answer_from_her_field():
    reply = say(
        "lovelace", "@lovelace is bridge really just maths? like working out who holds which cards"
    )
    assert reply.startswith("Partly, Maya: 52 cards dealt 13 to each of four")


def test_a_bridge_that_stands_up_is_no_card_game():
    reply = say("lovelace", "@lovelace whats the maths behind why a bridge doesnt fall down")
    assert "cards dealt" not in reply


def test_dice_with_no_memory():
    reply = say(
        "lovelace", "@lovelace i've thrown 4 sixes in a row, is a six less likely next time?"
    )
    assert reply.startswith("The dice have no memory, Maya")


# (persona, ask, the answer's opening words)
EVERYDAY = [
    ("einstein", "@einstein why do bowls curve at the end, the lawn ones", "A bowl is not round"),
    ("einstein", "what makes my wood veer off as it slows down einstein?", "A bowl is not round"),
    (
        "einstein",
        "@einstein how come a wine glass sings when you run a wet finger round the rim",
        "Your wet finger sticks and slips",
    ),
    (
        "einstein",
        "how does a bicycle not fall over when you ride it",
        "A moving bike stays up",
    ),
    ("einstein", "how come bikes dont fall over", "A moving bike"),
    ("einstein", "why do boomerangs come back to you?", "A boomerang is two spinning wings"),
    ("einstein", "which way does the bath water spiral down the plughole?", "Not the Earth"),
    ("einstein", "why does a mirror flip left and right", "A mirror does not really swap"),
    ("einstein", "why does my teaspoon get so hot in my tea", "Metal passes heat along"),
    ("einstein", "why has my voice gone all croaky after the match", "Your voice is two little"),
    ("einstein", "how come my bedroom door sticks when it's humid", "Wood takes in water"),
    ("einstein", "why does a wet t-shirt go see-through", "Dry cloth is full of air gaps"),
    ("curie", "@curie why does popcorn actually pop", "A popcorn kernel is a drop of water"),
    ("curie", "why do eggs go hard when you fry them", "Egg white is water and coiled-up"),
    ("curie", "why did the prosecco go everywhere when i shook it", "Shaking adds no gas"),
    ("curie", "why don't oil and water mix curie", "Water molecules cling"),
    ("curie", "why does my tap water come out all cloudy", "Usually air"),
    ("curie", "how come the silver spoon went black from my boiled egg", "Egg yolk is rich in"),
    ("curie", "why does mint make your mouth feel cold", "Menthol sets off"),
    ("curie", "why does our kettle get so much limescale", "Hard water carries"),
    ("darwin", "@darwin why do people sneeze", "A sneeze is a reflex"),
    ("darwin", "how does a cat actually make that purring noise", "By twitching the muscles"),
    ("darwin", "why does my stomach growl so loud before lunch", "That is your gut squeezing"),
    ("darwin", "why can't i tickle myself darwin", "Your brain foresees the touch"),
    ("darwin", "why are the seagulls so bold about stealing food", "Gulls steal chips because"),
    ("darwin", "why do i get dark bags under my eyes", "The skin under the eyes"),
    ("darwin", "why do fish swim in schools", "Safety in numbers"),
]


@pytest.mark.parametrize(("slug", "ask", "opening"), EVERYDAY)
def test_an_everyday_question_in_its_field_gets_a_short_right_answer(slug, ask, opening):
    # (a line said without the name may follow an opener: "A lovely question, Maya. A mirror")
    reply = say(slug, ask)
    assert reply.startswith(opening) or f". {opening}" in reply, reply


# Look-alikes: a word of a key said in passing, or asked of another thing.
PASSING = [
    ("einstein", "anyone fancy a bowl at the club saturday? the green is lovely now", "bias"),
    ("einstein", "why does my cricket ball swing more on cloudy days", "bias"),
    ("einstein", "how do i get a splinter of glass out of my finger", "sticks and slips"),
    ("einstein", "where can i buy a cheap bike round here?", "steering the wheel"),
    ("einstein", "why did the bicycle fall over? because it was two tired", "steering the wheel"),
    ("einstein", "should i get a balloon arch for the party?", "rocket"),
    ("curie", "we're making popcorn for movie night, sweet or salted?", "bitterness"),
    ("curie", "we're making popcorn for movie night, anyone want some?", "kernel"),
    ("curie", "what glue should i use for wood", "tiny pit"),
    ("darwin", "bless you! that was a big sneeze", "reflex"),
    ("darwin", "my nan has an appendix operation tomorrow, what should i bring her", "safe house"),
    ("darwin", "what time are the bats out at the nature reserve", "upside"),
]


@pytest.mark.parametrize(("slug", "text", "unsaid"), PASSING)
def test_a_word_of_a_key_said_in_passing_does_not_fire_it(slug, text, unsaid):
    assert unsaid not in say(slug, text)


def test_a_question_outside_every_field_is_not_answered_from_one():
    # (borrow48: the physicist's line on a bowl's bias, relayed as heard, not as her own)
    reply = say("curie", "@curie why does the bowl curve as it slows down")
    assert reply == (
        "Not my own work, Maya, but the answer is known, and it is this. A bowl is not round: "
        "it is shaped with a bias, one side fuller, so it leans as it rolls and curls toward "
        "the biased side."
    )
