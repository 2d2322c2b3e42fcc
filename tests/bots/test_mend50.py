"""Mended from review33 (mend50): sides asked only between people who spoke, and no pick of a
party or of a yes-or-no; chances said in plain figures; sentences the sides code builds read
right; cards signed only by a plain sender; compounds whose second word is a verb; pay at a
higher rate worked; tips split with the bill, a part paid apart taken off."""

from __future__ import annotations

import pytest

from bots.asks import occasions_of, request_kind
from bots.cards import signed_by
from bots.compounds import modifiers
from bots.odds import chance_joined, chance_of
from bots.opine import claim_of, said_by, vote_asked
from bots.wordsum import tendered_change
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

# --- chances said plainly: no scientific notation, no "100.00%", "certain" only when so ------

CHANCES = [
    (
        "what are the odds of no sixes in 100 rolls?",
        "no sixes in 100 rolls: (5/6)^100 = about 1 in 82,800,000",
    ),
    ("odds of no sixes in 60 rolls", "no sixes in 60 rolls: (5/6)^60 = about 1 in 56,348"),
    (
        "odds of no sixes in 40 rolls",
        "no sixes in 40 rolls: (5/6)^40 = about 1 in 1,470, about 0.068%",
    ),
    (
        "odds of at least one six in 100 rolls?",
        "at least one six in 100 rolls: one less the chance of none, 1 − (5/6)^100 = "
        "all but certain, over 99.999%",
    ),
    (
        "chance of at least one six in 40 rolls",
        "at least one six in 40 rolls: one less the chance of none, 1 − (5/6)^40 = about 99.93%",
    ),
    (
        "whats the chance of at least one head in 20 tosses",
        "at least one head in 20 tosses: 1 − (1/2)^20 = all but certain, over 99.999%",
    ),
    (
        "chance of exactly 1 heads in 30 tosses",
        "exactly 1 head in 30 tosses is 30 of the 1,073,741,824 ways they fall: "
        "30/1,073,741,824, about 1 in 35,800,000",
    ),
    (
        "what are the odds of 90 people sharing a birthday",
        "90 people, 4,005 pairs: one less the chance all 90 birthdays differ, "
        "1 − (365 × 364 × … × 276)/365^90 = all but certain, over 99.999%",
    ),
    (
        "odds of two people sharing a birthday in a room of 366 people",
        # (since mend60: 29 February makes 366 all but certain; review34)
        "366 people sharing a birthday between two of them: certain over 365 days; "
        "with 29 February, all but certain",
    ),
    (
        "odds of 23 people sharing a birthday",
        "23 people, 253 pairs: one less the chance all 23 birthdays differ, "
        "1 − (365 × 364 × … × 343)/365^23 = about 50.7% (better than even)",
    ),
]


@pytest.mark.parametrize(("text", "working"), CHANCES)
def test_a_chance_is_said_in_plain_figures(text: str, working: str) -> None:
    assert chance_of(text) == working
    assert "e-" not in chance_of(text) and "100.00%" not in chance_of(text)


# --- no side where none is asked; no vote cast; sentences the sides code builds read right ---
# (the persona, the ask, the lines before it oldest first, the reply)
SIDES = [
    (
        "curie",
        "@curie tories or labour?",
        [],
        (
            "How you vote is yours to decide, Maya, and I will not tell anyone which way "
            "to cast it; weigh what each side has done, not only what it promises."
        ),
    ),
    (
        "darwin",
        "@darwin who should i vote for, labour or the greens?",
        [],
        (
            "How you vote is yours to decide, Maya, and I will not tell anyone which way "
            "to cast it; weigh what each side has done, not only what it promises."
        ),
    ),
    (
        "einstein",
        "@einstein biden or trump, settle it",
        [],
        (
            "How you vote is yours to decide, Maya, and I will not tell anyone which way "
            "to cast it; weigh what each side has done, not only what it promises."
        ),
    ),
    (
        "lovelace",
        "@lovelace should i vote leave or remain",
        [],
        (
            "How you vote is yours to decide, Maya, and I will not tell anyone which way "
            "to cast it; weigh what each side has done, not only what it promises."
        ),
    ),
    (
        "shakespeare",
        "@shakespeare conservatives or lib dems, who gets your vote",
        [],
        (
            "How you vote is yours to decide, Maya, and I will not tell anyone which way "
            "to cast it; weigh what each side has done, not only what it promises."
        ),
    ),
    (
        "curie",
        "@curie settle this once and for all: is he lying or not",
        [],
        (
            "Let the measurement settle it, Maya: agree first what would count as better,"
            " test both the same way, and believe the numbers rather than the louder "
            "voice."
        ),
    ),
    (
        "darwin",
        "@darwin pick one: going out or staying in tonight",
        [],
        (
            "You ask my opinion, Maya; I give it cautiously, as one should. I would say "
            "going out; staying in tonight will keep for another night."
        ),
    ),
    (
        "lovelace",
        "@lovelace pick one: reading or running",
        [],
        (
            "My opinion, Maya? Poetically and precisely, then: I would say running; "
            "reading will keep for another day."
        ),
    ),
    (
        "lovelace",
        "@lovelace settle this: cats or dogs",
        [],
        (
            "My opinion, Maya? Poetically and precisely, then: I would say cats. Cats, I "
            "think: elegant, precise and entirely self-governing, like a well-made "
            "theorem; though I loved my horses more than either."
        ),
    ),
    (
        "lovelace",
        "@lovelace which of them should i get for mum, the scarf or the gloves?",
        [
            ("dan", "my sister says the new cafe is overpriced"),
            ("maya", "i think the cafe is lovely actually"),
        ],
        (
            "You ask what I think, Maya; I think this. I would say the gloves. It has "
            "more poetry in it, and I never trusted a science that had none."
        ),
    ),
    (
        "darwin",
        "@darwin who do you back in the final, arsenal or chelsea?",
        [
            ("dan", "my sister says the new cafe is overpriced"),
            ("maya", "i think the cafe is lovely actually"),
        ],
        (
            "If I may venture a view, Maya: I would say arsenal. I have made a list of "
            "reasons for and against, as I do, and that side was longer."
        ),
    ),
    (
        "curie",
        "@curie are you with the royal society still?",
        [
            ("dan", "my sister says the new cafe is overpriced"),
            ("maya", "i think the cafe is lovely actually"),
        ],
        (
            "I did not spend much time studying myself, Maya; the laboratory was always "
            "more interesting than I was."
        ),
    ),
    (
        "einstein",
        "@einstein which one of us has it right, the bus or the train to york?",
        [("dan", "the train to york is quicker"), ("maya", "nah the bus is fine")],
        (
            "I think Dan is right, Maya, and I would stand by it in any frame of "
            "reference. You say the bus is fine, but Dan says the train to york is "
            "quicker; time is the one thing nobody gets back."
        ),
    ),
    (
        "curie",
        "@curie which of us is right then?",
        [
            ("dan", "my sister says the new cafe is overpriced"),
            ("maya", "i think the cafe is lovely actually"),
        ],
        ("I side with you, Maya: the cafe is lovely actually."),
    ),
    (
        "darwin",
        "@darwin are you with me or dan on this",
        [
            ("dan", "my sister says the new cafe is overpriced"),
            ("maya", "i think the cafe is lovely actually"),
        ],
        ("I side with you, Maya: the cafe is lovely actually."),
    ),
    (
        "lovelace",
        "@lovelace who's right, me or dan?",
        [("dan", "rain over the weekend again"), ("maya", "nah it'll be sunny all weekend")],
        ("I side with you, Maya: it'll be sunny all weekend."),
    ),
    (
        "lovelace",
        "@lovelace who's right, me or dan?",
        [("dan", "honestly confidence over talent"), ("maya", "talent matters more")],
        (
            "Dan puts confidence over talent, but you say talent matters more; I side "
            "with you, Maya, for what is done well pays back everyone who hears or sees "
            "it."
        ),
    ),
    (
        "einstein",
        "@einstein what makes the best roast potatoes, goose fat or oil?",
        [],
        (
            "You ask my opinion, Maya; here it is, for what an old physicist's view is "
            "worth. I would say goose fat: oil will do, but goose fat is what the best "
            "roast potatoes are judged by."
        ),
    ),
    (
        "lovelace",
        "@lovelace what makes someone a good parent, patience or rules?",
        [],
        (
            "You ask what I think, Maya; I think this. I would say rules: "
            "patience will do, but rules are what a good parent is judged by."
        ),
    ),
    (
        "curie",
        "@curie what makes the perfect chips, beef dripping or vegetable oil?",
        [],
        (
            "You ask for my view, Maya. I prefer facts to opinions, but here it is. I "
            "would say beef dripping: vegetable oil will do, but beef dripping is what "
            "the perfect chips are judged by."
        ),
    ),
    (
        "darwin",
        "@darwin what makes a good walking boot, leather or fabric?",
        [],
        (
            "You ask my opinion, Maya; I give it cautiously, as one should. I would say "
            "leather: fabric will do, but leather is what a good walking boot is judged "
            "by."
        ),
    ),
]


# Claims said back by name: "ur" is "your" before a thing; "over" a place, time or count.
CLAIMS = [
    ("ur wedding was lovely", "Jo says your wedding was lovely"),
    ("ur pudding is too sweet", "Jo says your pudding is too sweet"),
    ("ur evening class sounds fun", "Jo says your evening class sounds fun"),
    ("ur right hand is bigger", "Jo says your right hand is bigger"),
    ("ur cooking is amazing", "Jo says your cooking is amazing"),
    ("ur right about the cafe", "Jo says you're right about the cafe"),
    ("ur cooking tonight", "Jo says you're cooking tonight"),
    ("ur going to love it", "Jo says you're going to love it"),
    ("ur meant to rinse them", "Jo says you're meant to rinse them"),
    ("rain over the weekend again", None),
    ("kids over 12 free", None),
    ("two pints over the limit", None),
    ("sunday roast over at mums", None),
    ("confidence over talent", "Jo puts confidence over talent"),
    ("the team over the individual", "Jo puts the team over the individual"),
    ("heart over technique", "Jo puts heart over technique"),
]


@pytest.mark.parametrize(("text", "said"), CLAIMS)
def test_a_claim_is_said_back_as_meant(text: str, said: str | None) -> None:
    claim = claim_of(text)
    assert (said_by("Jo", claim) if claim else None) == said


# --- a card signed only by a plain sender; a card of another kind is no greeting card --------

SIGNERS = [
    ("write a get well card for my nan, she fell from the church steps", ""),
    ("can you do a leaving card for dave, he is retiring from the band", ""),
    ("a card for jo, she's moving on from the office after 20 years", ""),
    ("a good luck card for my son, he got kicked out from the team", ""),
    ("a card for jen, she got a letter from the choir", ""),
    ("write a card for sue from all of us at the club", "all of us at the club"),
    ("a get well card for tom from the choir", "the choir"),
    ("a card for the vicar from everyone at the church", "everyone at the church"),
    ("sympathy card for dave from the quiz team x", "the quiz team"),
    ("a card for bob from all of us at the office please", "all of us at the office"),
]


@pytest.mark.parametrize(("text", "signer"), SIGNERS)
def test_a_card_is_signed_only_by_a_plain_sender(text: str, signer: str) -> None:
    assert signed_by(text) == signer


@pytest.mark.parametrize(
    "text",
    [
        "what would you put on a business card?",
        "what should i put on the card reader screen",
        "any ideas what to put on my business cards, im a dog groomer",
        "what should i write on my library card",
    ],
)
def test_a_card_of_another_kind_is_no_occasion(text: str) -> None:
    assert occasions_of(text) == []
    assert request_kind(text) != "occasion"


def test_a_birthday_card_is_still_an_occasion() -> None:
    assert occasions_of("what should i write in his birthday card") == ["birthday"]
    assert say("curie", "@curie what would you put on a business card?") == (
        "I did not spend much time studying myself, Maya; the laboratory was always more "
        "interesting than I was."
    )


# --- a thing and what it did is no two-word name: "the sun rose over the sea" -----------------

NAMED = [
    ("the sun rose over the sea", set()),
    ("my dog rose early this morning", set()),
    ("the sun rose", set()),
    ("the old dog rose at six to bark at the postman", set()),
    ("the dog bent down to sniff it", set()),
    ("my dog roses are blooming", {"dog"}),
    ("a dog rose hedge along the lane", {"dog"}),
    ("my dog rose is flowering again", {"dog"}),
    ("i planted a dog rose", {"dog"}),
    ("why do my spider plants keep making babies", {"spider"}),
]


@pytest.mark.parametrize(("text", "said"), NAMED)
def test_a_thing_and_its_deed_is_no_name(text: str, said: set[str]) -> None:
    assert modifiers(text) == said


# --- pay with some hours at a higher rate: "35 hours at £12, 7 of them at double" is worked ---

PAY = [
    (
        "curie",
        "@curie i work 40 hours at £11, 5 of them at double time, how much",
        [],
        (
            "The figures first, then the conclusions, Maya: 40 − 5 is 35 at the normal "
            "rate; 35 hours × £11 is £385; 5 hours at double time (£22) is £110; £385 + "
            "£110 is £495."
        ),
    ),
    (
        "lovelace",
        (
            "@lovelace 35 hours at £12 an hour, 7 of them on sunday at double time, how "
            "much do i get?"
        ),
        [],
        (
            "A sum the Engine would take in one turn of its handle, Maya: 35 − 7 is 28 at"
            " the normal rate; 28 hours × £12 is £336; 7 hours at double time (£24) is "
            "£168; £336 + £168 is £504."
        ),
    ),
    (
        "curie",
        "@curie i worked 40 hours at £11.50, 8 of them at time and a half, what's my pay",
        [],
        (
            "The figures first, then the conclusions, Maya: 40 − 8 is 32 at the normal "
            "rate; 32 hours × £11.50 is £368; 8 hours at time and a half (£17.25) is "
            "£138; £368 + £138 is £506."
        ),
    ),
    (
        "einstein",
        ("@einstein 42 hrs at £15/hr this week, 6 of those were double time, how much will i earn"),
        [],
        (
            "Adding up is the one calculation nobody argues about, Maya: 42 − 6 is 36 at "
            "the normal rate; 36 hours × £15 is £540; 6 hours at double time (£30) is "
            "£180; £540 + £180 is £720."
        ),
    ),
    (
        "darwin",
        "@darwin did 38 hours at £13, 5 of them overtime at time and a half. whats my wage",
        [],
        (
            "I was never much of a mathematician, Maya, but I kept my accounts all my "
            "life: 38 − 5 is 33 at the normal rate; 33 hours × £13 is £429; 5 hours at "
            "time and a half (£19.50) is £97.50; £429 + £97.50 is £526.50."
        ),
    ),
    (
        "curie",
        (
            "@curie 45 hours at £10 an hour, 10 of them at double time and 5 of them at "
            "time and a half, how much do i get"
        ),
        [],
        (
            "The figures first, then the conclusions, Maya: 45 − 15 is 30 at the normal "
            "rate; 30 hours × £10 is £300; 10 hours at double time (£20) is £200; 5 hours"
            " at time and a half (£15) is £75; £300 + £200 + £75 is £575."
        ),
    ),
    (
        "lovelace",
        "@lovelace 30 normal hours, 6 of them double, £12 an hour, how much",
        [],
        (
            "The Engine does exactly what it is told and never guesses, Maya; nor shall "
            "I: tell me how many of the hours are paid at which rate."
        ),
    ),
]


# --- a tip split with the bill; the tip alone when only it is shared; a part paid apart asked ---

TIPS = [
    (
        "curie",
        "@curie 15% tip on £57.60 between 3",
        [],
        (
            "The figures first, then the conclusions, Maya: 15% of £57.60 is £8.64, so "
            "£66.24 with it; £66.24 ÷ 3 is £22.08 each."
        ),
    ),
    (
        "einstein",
        "@einstein bill £57.60, 15% tip, split the bill and tip between 3, how much each",
        [],
        (
            "Adding up is the one calculation nobody argues about, Maya: 15% of £57.60 is"
            " £8.64, so £66.24; among 3 of you, £22.08 each."
        ),
    ),
    (
        "lovelace",
        "@lovelace 15 percent tip on a £42 bill shared by 3 people, how much each",
        [],
        (
            "A sum the Engine would take in one turn of its handle, Maya: 15% of £42 is "
            "£6.30, so £48.30; among 3 of you, £16.10 each."
        ),
    ),
    (
        "darwin",
        "@darwin 15% tip on £57.60, split the tip between 3 of us",
        [],
        (
            "I was never much of a mathematician, Maya, but I kept my accounts all my "
            "life: 15% of £57.60 is £8.64; £8.64 ÷ 3 is £2.88 each."
        ),
    ),
    (
        "curie",
        "@curie i paid the £60 bill, we are splitting the 10% tip between 3, how much each",
        [],
        "The figures first, then the conclusions, Maya: 10% of £60 is £6; £6 ÷ 3 is £2 each.",
    ),
    (
        "einstein",
        "@einstein £45 bill, tip £6, we split the tip 3 ways, how much each",
        [],
        (
            "Adding up is the one calculation nobody argues about, Maya: the tip is £6; "
            "£6 ÷ 3 is £2 each."
        ),
    ),
    (
        "curie",
        ("@curie we're 6 of us, bill £90, £10 tip but jo is paying for the wine so how much each"),
        [],
        (
            "I never guess at a measurement, Maya: tell me which part of the bill each of"
            " you pays, and I will finish it."
        ),
    ),
    (
        "darwin",
        (
            "@darwin bill £90 for 6 of us plus 10% tip but dave had the £15 steak so he "
            "pays that himself, how much each"
        ),
        [],
        (
            "I would rather ask than guess, Maya: tell me which part of the bill each of "
            "you pays, and I will work it out."
        ),
    ),
    (
        "lovelace",
        "@lovelace £100 bill, 10% tip, 4 of us but sam isn't drinking, how much each",
        [],
        (
            "The Engine does exactly what it is told and never guesses, Maya; nor shall "
            "I: tell me which part of the bill each of you pays."
        ),
    ),
    (
        "einstein",
        ("@einstein £64 meal, 10% tip, split 4 ways but mike is getting the drinks, how much each"),
        [],
        (
            "Even a thought experiment needs its numbers, Maya: tell me which part of the"
            " bill each of you pays."
        ),
    ),
    (
        "curie",
        (
            "@curie £75 bill and a £10 tip between 5 but tom is covering his own drinks, "
            "what do we each pay"
        ),
        [],
        (
            "I never guess at a measurement, Maya: tell me which part of the bill each of"
            " you pays, and I will finish it."
        ),
    ),
    (
        "curie",
        (
            "@curie £80 bill plus 10% tip between 4 of us, we're paying for the wine too,"
            " how much each"
        ),
        [],
        (
            "The figures first, then the conclusions, Maya: 10% of £80 is £8, so £88 with"
            " it; £88 ÷ 4 is £22 each."
        ),
    ),
    (
        "darwin",
        "@darwin £64 meal, 10% tip, split 4 ways, how much each",
        [],
        (
            "I was never much of a mathematician, Maya, but I kept my accounts all my "
            "life: 10% of £64 is £6.40, so £70.40; among 4 of you, £17.60 each."
        ),
    ),
]


# More than the plain count a chance reader works: declined, never a wrong chance.
UNWORKED_CHANCES = [
    "what are the odds of a double with one die",
    "chance of a double on a single die",
    "probability of heads 4 times in a row when tossing a coin 6 times",
    "odds of 5 tails in a row out of 10 flips",
    "what are the odds of matching 3 numbers out of 6 in a 49 ball draw?",
]


@pytest.mark.parametrize("text", UNWORKED_CHANCES)
def test_a_chance_of_more_than_a_plain_count_is_declined(text: str) -> None:
    assert chance_of(text) == ""


def test_a_plain_pick_of_numbers_is_still_worked() -> None:
    assert chance_of("odds of picking 6 numbers out of 49") == (
        "6 numbers of 49 can be chosen 13,983,816 ways, and one of them is drawn: "
        "1/13,983,816, 1 in 13,983,816"
    )


def test_change_from_a_note_past_any_real_one_is_not_worked() -> None:
    assert (
        tendered_change("paying with a £99999999999999999999 note for a £5 pint, change?") is None
    )
    assert tendered_change("paying with a £20 note for a £5 pint, how much change").working == (
        "£20 − £5 is £15 change"
    )


JOINED = [
    (
        "what are the chances of winning the lottery with 2 tickets?",
        ["we sold 500 raffle tickets"],
        "",
    ),
    ("what are my chances in the tombola with 5 tickets", ["the raffle had 200 tickets"], ""),
    (
        "what are the chances of winning the raffle with 2 tickets?",
        ["we sold 500 raffle tickets at the fete today"],
        "2 tickets of 500 for one prize: 2/500 = 1/250, 1 in 250, 0.4%",
    ),
    (
        "whats my chance of winning with 2 tickets?",
        ["we sold 500 raffle tickets at the fete today"],
        "2 tickets of 500 for one prize: 2/500 = 1/250, 1 in 250, 0.4%",
    ),
]


@pytest.mark.parametrize(("asked", "before", "working"), JOINED)
def test_a_draw_asked_of_is_joined_only_to_one_of_its_kind(asked, before, working) -> None:
    assert chance_joined(asked, before) == working


# Sides, votes and picks; pay at a higher rate; tips (the lists above), each the reply in full.
@pytest.mark.parametrize(("slug", "text", "before", "reply"), SIDES + PAY + TIPS)
def test_the_reply_is_said_right(slug, text, before, reply) -> None:
    history = tuple(Line(author, said) for author, said in before)
    assert say(slug, text, history=history) == reply


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("tories or labour?", True),
        ("who should i vote for, labour or the greens?", True),
        ("should i vote leave or remain", True),
        ("who should i vote for", True),
        ("why did the tories lose the election?", False),
        ("what do you think of labour", False),
        ("is labour or a c-section more painful", False),
        ("leave or remain at the party, what do you reckon", False),
    ],
)
def test_a_vote_is_asked_only_as_a_pick(text: str, asked: bool) -> None:
    assert vote_asked(text) is asked
