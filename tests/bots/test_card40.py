"""Cards asked with the occasion told earlier in the room (card40): "our old cat tibbs died last
night. 19 years", then "@shakespeare could you write a little message for a card for hilary? from
the club". The card is written for what was told (a death, an illness, a leaving, a baby,
results, a new home, a retirement, an engagement, thanks), in the persona's voice, with what the
room told of it (the pet's name, the baby's name, where they go, the years) and signed by the
sender named; never Gratiano's birthday toast. A card nobody said the occasion of is asked about;
a birthday card, a card whose ask names its occasion, a card told of and a card game are
answered as before."""

from __future__ import annotations

import pytest

from bots import cards
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

# (persona, the lines before it oldest first, who asks, the ask, the reply)
TOLD = [
    (
        "shakespeare",
        [
            ("tom", "awful day, we had to have our dog bailey put to sleep this morning"),
            ("ria", "oh tom no"),
        ],
        "ria",
        "@shakespeare can you write a few words for a card for tom? from all of us",
        (
            'I am sorry, Ria. For Tom: "So sorry about Bailey. A faithful friend and one of the '
            'family; may the happy memories be a comfort, in time. From all of us."'
        ),
    ),
    (
        "darwin",
        [("kim", "nan's dog pip died yesterday, she had him 14 years")],
        "lee",
        "@darwin can u think of something to put inside the card? keep it gentle",
        (
            'For the sympathy card, Lee, I would offer this: "So sorry about Pip. Animals '
            "give us a loyalty we hardly deserve; may the good years be a comfort. 14 years "
            'of love and loyalty."'
        ),
    ),
    (
        "socrates",
        [
            ("jo", "sad news, ken from the allotments passed away on monday"),
            ("bill", "he was a lovely bloke"),
        ],
        "bill",
        "@socrates would you write something for the card, keep it simple",
        (
            'For the sympathy card, Bill, I would say only this: "With deepest sympathy. We '
            'grieve because we loved; know that your friends are with you."'
        ),
    ),
    (
        "shakespeare",
        [("sam", "our neighbour's cat smudge got run over, theyre devastated")],
        "sam",
        "@shakespeare what should i write in the card",
        (
            'For the sympathy card, Sam: "So sorry about Smudge. A faithful friend and one of '
            'the family; may the happy memories be a comfort, in time."'
        ),
    ),
    (
        "curie",
        [
            ("gill", "bad news i'm afraid, dorothy's husband died at the weekend"),
            ("ray", "card's in the office, sign it by friday"),
        ],
        "ray",
        "@curie could you put a few words together for it",
        (
            'For the sympathy card, Ray, I would write this, simply: "With deepest sympathy. Be '
            'gentle with yourself, and know that we are all thinking of you."'
        ),
    ),
    (
        "lovelace",
        [("meg", "update: dad's in hospital after a fall, they think he'll be in a week")],
        "sal",
        "@lovelace could you do a message for his card please",
        (
            'For the get well card, Sal, I would set down this: "Get well soon! Rest, and come '
            'back to us stronger."'
        ),
    ),
    (
        "shakespeare",
        [("kev", "our keeper gaz broke his wrist on sunday, out for 6 weeks")],
        "dee",
        "@shakespeare write us a card message for gaz, make it a bit funny",
        (
            'For Gaz, Dee: "Get well soon, Gaz! The physicians say rest; I say rest, and let '
            'others fetch the tea. We miss you."'
        ),
    ),
    (
        "curie",
        [("abi", "chris is in hospital with his appendix, op went ok")],
        "abi",
        "@curie can you write summat for the card, nothing soppy",
        (
            'For the get well card, Abi, I would write this, simply: "Get well soon, Chris! '
            'Rest properly; the work will wait, and so shall we."'
        ),
    ),
    (
        "darwin",
        [("al", "gran's having her hip replacement on monday")],
        "al",
        "@darwin would you write a line for her card?",
        (
            'For the get well card, Al, I would offer this: "Get well soon! I was ill for half '
            'my life and still got the work done; rest first, though."'
        ),
    ),
    (
        "curie",
        [
            ("pam", "so sue is leaving the choir, she's moving to new zealand in march!"),
            ("raj", "noooo"),
        ],
        "raj",
        "@curie can you write something for her card? from everyone at the choir",
        (
            'For the leaving card, Raj, I would write this, simply: "Good luck in New '
            "Zealand, Sue! I left Warsaw for Paris with very little and never regretted it; "
            'go boldly. From everyone at the choir."'
        ),
    ),
    (
        "shakespeare",
        [("lou", "it's official, mark's leaving us, his last day is friday")],
        "ann",
        "@shakespeare could you write a message for the card",
        (
            "For the leaving card, Ann: \"Go well, Mark! All the world's a stage, and this "
            'is only your exit from ours; may your next entrance be a grand one."'
        ),
    ),
    (
        "lovelace",
        [("ros", "claire's off to australia for good next month 😭")],
        "ros",
        "@lovelace any chance of a few words for the card from the netball lot?",
        (
            'For the leaving card, Ros, I would set down this: "Good luck in Australia! We shall '
            'miss your mind about the place; do write. From the netball lot."'
        ),
    ),
    (
        "einstein",
        [
            ("mo", "jen's leaving for a new job in manchester, friday's her last day"),
            ("li", "card's going round the office"),
        ],
        "li",
        "@einstein can you do us a couple of lines for it?",
        (
            'For the leaving card, Li, I would write this: "Good luck in Manchester! We will '
            'feel the gap here, but a good mind travels well; keep in touch."'
        ),
    ),
    (
        "socrates",
        [("ted", "my sister had her baby last night! little boy called alfie")],
        "ted",
        "@socrates can u write a message for the card",
        (
            'For the new baby card, Ted, I would say only this: "Welcome, Alfie! A whole life of '
            'questions ahead; may you ask good ones."'
        ),
    ),
    (
        "shakespeare",
        [("gem", "sarah had a baby girl on tuesday, both doing well")],
        "ian",
        "@shakespeare we need a message for the card",
        (
            'For the new baby card, Ian: "Congratulations, Sarah! Welcome to the world, '
            "little one! Welcome, small player, to this merry stage: the house is full, and "
            'thou the star of the age."'
        ),
    ),
    (
        "darwin",
        [("ann", "lucy had the baby!! a little girl called rosie, 7lb 2oz"), ("bo", "aww amazing")],
        "bo",
        "@darwin write a message for the card please, nothing soppy",
        (
            'For the new baby card, Bo, I would offer this: "Welcome, Rosie! The finest specimen '
            'of the year; congratulations to you all."'
        ),
    ),
    (
        "einstein",
        [("fi", "my son passed his driving test today!!")],
        "fi",
        "@einstein could you write a message for his card?",
        (
            'For the congratulations card, Fi, I would write this: "Many congratulations! A '
            'splendid result, and relatively speaking, only the beginning."'
        ),
    ),
    (
        "darwin",
        [("al", "bex got her exam results, straight as!")],
        "cy",
        "@darwin can you write something for her card",
        (
            'For the congratulations card, Cy, I would offer this: "Congratulations, Bex! '
            'Well adapted, and well deserved."'
        ),
    ),
    (
        "lovelace",
        [("viv", "liam passed his gcses!! 8 of them"), ("jo", "card and cake on saturday")],
        "viv",
        "@lovelace write something funny in it for him, go on",
        (
            'For the congratulations card, Viv, I would set down this: "Congratulations, '
            'Liam! A result worthy of the Analytical Engine itself."'
        ),
    ),
    (
        "socrates",
        [("jan", "my niece got into cambridge!!"), ("ed", "brilliant")],
        "jan",
        "@socrates can you write a few words for her card",
        (
            'For the congratulations card, Jan, I would say only this: "Congratulations! A good '
            'thing well earned, and deserved."'
        ),
    ),
    (
        "shakespeare",
        [("pat", "we've finally moved house!! new place is lovely")],
        "sue",
        "@shakespeare we're sending them a card, could you write something for it?",
        (
            'For the new home card, Sue: "Congratulations on your new home! May its doors be '
            'ever open to friends, and its roof keep out every storm."'
        ),
    ),
    (
        "einstein",
        [("cat", "sam's just bought her first house, gets the keys friday")],
        "cat",
        "@einstein write a message for her card?",
        (
            'For the new home card, Cat, I would write this: "Congratulations on the new home! '
            'May it be warm in winter, cool in summer, and always full of good conversation."'
        ),
    ),
    (
        "lovelace",
        [("viv", "moira is retiring after 32 years at the practice")],
        "viv",
        "@lovelace could you write a message for her card",
        (
            'For the retirement card, Viv, I would set down this: "Happy retirement, Moira! '
            '32 years well counted; at last, time for the interesting problems."'
        ),
    ),
    (
        "shakespeare",
        [("nic", "big news, dave is retiring at christmas after 25 years")],
        "ola",
        "@shakespeare can you write a message for the card",
        (
            'For the retirement card, Ola: "Happy retirement, Dave! 25 years, and never a '
            "dull act! Thank you for every one of them, and enjoy the retirement you have "
            'more than earned."'
        ),
    ),
    (
        "socrates",
        [("jo", "ray has retired after 40 years on the buses")],
        "jo",
        "@socrates something to put inside his card?",
        (
            'For the retirement card, Jo, I would say only this: "Happy retirement, Ray! 40 '
            'years of work well done; now there is time for long talks and good company."'
        ),
    ),
    (
        "einstein",
        [("kat", "guess what, jess and tom got engaged at the weekend!")],
        "kat",
        "@einstein write a message for their card please",
        (
            'For the engagement card, Kat, I would write this: "Congratulations on your '
            'engagement, Tom! Two bodies in happy orbit; may the attraction only grow."'
        ),
    ),
    (
        "curie",
        [("hal", "lily just told us she's engaged!! he proposed in paris")],
        "hal",
        "@curie can u write something for the card for lily",
        (
            'For the engagement card, Hal, I would write this, simply: "Félicitations, Lily! A '
            'partnership of two is the best laboratory of all; every happiness."'
        ),
    ),
    (
        "shakespeare",
        [("di", "so it's official: priya and tom are engaged!"), ("ed", "about time lol")],
        "di",
        "@shakespeare write a few words for the card pls",
        (
            'For the engagement card, Di: "Congratulations, both of you! The course of true love '
            'never did run smooth, but yours has found its way. Every happiness."'
        ),
    ),
    (
        "socrates",
        [
            (
                "bo",
                (
                    "margaret has been volunteering at the food bank for 10 years, "
                    "we want to thank her"
                ),
            )
        ],
        "bo",
        "@socrates can you write a message for the card",
        (
            'For the thank-you card, Bo, I would say only this: "Thank you, Margaret, from '
            "all of us; you made us better than we were. 10 years: we couldn't have done it "
            'without you."'
        ),
    ),
    (
        "shakespeare",
        [("zed", "the volunteers who painted the scout hut did an amazing job")],
        "zed",
        "@shakespeare could you write a few words for a card for them",
        (
            'For the thank-you card, Zed: "Thank you, with all our hearts. I can no other answer '
            'make but thanks, and thanks, and ever thanks."'
        ),
    ),
    (
        "einstein",
        [("pat", "big thanks to pete who fixed the minibus for free")],
        "pat",
        "@einstein can you write something for a card for pete",
        (
            'For the thank-you card, Pat, I would write this: "Thank you, Pete, from all of us. '
            'You made a hard thing look simple, which is the cleverest trick of all."'
        ),
    ),
    (
        "shakespeare",
        [("amy", "hi all")],
        "bob",
        "@shakespeare could you write a message for a card for tom",
        "With all my heart, Bob; but what is the card for? Tell me the occasion, and I'll pen it.",
    ),
    (
        "darwin",
        [("amy", "morning all")],
        "bob",
        "@darwin can you write something for the card for jan",
        "Gladly, Bob; but what is the card for? Tell me the occasion, and I will write it.",
    ),
    (
        "darwin",
        [("a", "poor mrs hill's tortoise speedy died, she'd had him since 1970")],
        "b",
        "@darwin a few words for a card for mrs hill? nothing too sad",
        (
            'For the sympathy card, B, I would offer this: "So sorry about Speedy, Mrs Hill. '
            'Animals give us a loyalty we hardly deserve; may the good years be a comfort."'
        ),
    ),
    (
        "einstein",
        [("a", "kelly's had her op, all went well"), ("b", "phew")],
        "b",
        "@einstein card for kelly, can you think of something to write",
        (
            'For the get well card, B, I would write this: "Get well soon, Kelly! Rest, do '
            'nothing clever for a while, and come back to us in good order."'
        ),
    ),
    (
        "socrates",
        [("a", "josh got his a level results, he's in at durham!")],
        "b",
        "@socrates got any words for his card?",
        (
            'For the congratulations card, B, I would say only this: "Congratulations, Josh! '
            'A good thing well earned, and deserved."'
        ),
    ),
    (
        "einstein",
        [("a", "we want to thank the lollipop lady, she's been doing it 20 years")],
        "b",
        "@einstein can you write something for the card",
        (
            'For the thank-you card, B, I would write this: "Thank you, from all of us; '
            "kindness is the one constant we can always measure. 20 years: we couldn't have "
            'done it without you."'
        ),
    ),
    (
        "shakespeare",
        [("a", "steve's mum passed last week")],
        "b",
        "@shakespeare what do we write in a card for steve, from the darts team",
        (
            'I am sorry, B. For Steve: "With deepest sympathy. There are no words equal to your '
            'loss; only know that you are in our thoughts, and not alone. From the darts team."'
        ),
    ),
]

# Not changed: a birthday said, the occasion in the ask, a card told of, a card game.
AS_BEFORE = [
    (
        "shakespeare",
        [("amy", "hi all")],
        "bob",
        "@shakespeare could you write something for a card for my teacher, end of term",
        (
            'For your teacher, Bob: "Thank you, with all our hearts. I can no other answer make '
            'but thanks, and thanks, and ever thanks."'
        ),
    ),
    (
        "darwin",
        [("maureen", "its jas's birthday friday!"), ("jas", "shh")],
        "maureen",
        "@darwin could you write something short for the card from the circle?",
        (
            'For the birthday card, Maureen, I would offer this: "Happy birthday, Jas! '
            'Another year, and still evolving nicely."'
        ),
    ),
    (
        "curie",
        [("gus", "our cat died last week"), ("gus", "anyway, ian got the job!")],
        "grace",
        "@curie could you write him a one line good luck message for the card",
        ('For Ian, Grace: "Good luck, Ian! You\'ll be brilliant."'),
    ),
    (
        "shakespeare",
        [("amy", "it's jo's birthday on friday")],
        "amy",
        "@shakespeare could you write a message for her card",
        (
            'For the birthday message, Amy, take this from my own stock: "Happy birthday, '
            'Jo! With mirth and laughter let old wrinkles come."'
        ),
    ),
    (
        "shakespeare",
        [("amy", "our cat tibbs died")],
        "amy",
        "@shakespeare a birthday card for my nan please",
        "Tell me more, Amy; every tale is better for its particulars.",
    ),
    (
        "shakespeare",
        [("amy", "so sorry about the news")],
        "bob",
        "@shakespeare write a get well card for my nan, she broke her hip",
        (
            'For your nan, Bob: "Get well soon! Sleep, that knits up the ravelled sleeve of '
            "care, will do most of the work; we'll send grapes for the rest.\""
        ),
    ),
    (
        "shakespeare",
        [("amy", "sad news, our cat died")],
        "bob",
        "@shakespeare did you get the card?",
        (
            "Hark, Bob, here is my answer. To write a short poem for a card, find one true thing "
            "about the person and say it in four lines that rhyme, the second with the fourth; "
            "cleverness can wait for the next card."
        ),
    ),
    (
        "lovelace",
        [("amy", "sad news, our cat died")],
        "bob",
        "@lovelace whose turn to deal the cards",
        # (opener47: no "Well, Bob, every day brings its own pattern", a remark on news nobody
        # told, before the answer to a question)
        (
            "A fair rota is a rule in a circle: list the names, take them in turn, and whoever "
            "swaps owes the turn back; written down, nobody need argue about whose turn it is."
        ),
    ),
    (
        "shakespeare",
        [("amy", "our cat tibbs died")],
        "bob",
        "@shakespeare can you recommend a good card game for 4",
        "You ask a poet, Bob, and a poet on that subject would only make a pretty lie.",
    ),
    (
        "shakespeare",
        [("amy", "dave is leaving the club")],
        "bob",
        "@shakespeare did you send the card?",
        (
            "Hark, Bob, here is my answer. To write a short poem for a card, find one true thing "
            "about the person and say it in four lines that rhyme, the second with the fourth; "
            "cleverness can wait for the next card."
        ),
    ),
    (
        "einstein",
        [("amy", "our dog died last week")],
        "amy",
        "@einstein why do dogs howl",
        (
            "On animals I am no expert, Amy; our cat Tiger in Princeton sulked whenever it rained, "
            "and I could tell him why but not how to stop it."
        ),
    ),
    (
        "curie",
        [("amy", "dave is retiring next week")],
        "bob",
        "@curie we're playing cards tonight, whose turn is it to deal",
        "A quiet evening is a gift, Bob; I did my best work in hours like these.",
    ),
]


def _said(slug: str, before: list[tuple[str, str]], who: str, ask: str) -> str:
    return say(slug, ask, author=who, history=tuple(Line(a, t) for a, t in before))


@pytest.mark.parametrize(("slug", "before", "who", "ask", "reply"), TOLD)
def test_a_card_is_written_for_the_occasion_told_before(slug, before, who, ask, reply):
    assert _said(slug, before, who, ask) == reply


@pytest.mark.parametrize(("slug", "before", "who", "ask", "reply"), AS_BEFORE)
def test_other_cards_and_card_talk_are_answered_as_before(slug, before, who, ask, reply):
    assert _said(slug, before, who, ask) == reply


def test_the_spent_bridge_club_card_is_for_tibbs_not_a_birthday():
    before = [
        ("hilary", "my sad news, our old cat tibbs died last night. 19 years"),
        ("sue", "oh hilary, im so sorry"),
        ("tariq", "so sorry hilary"),
    ]
    ask = "@shakespeare could you write a little message for a card for hilary? from the club"
    assert _said("shakespeare", before, "sue", ask) == (
        'I am sorry, Sue. For Hilary: "So sorry about Tibbs. 19 years of '
        "faithful love and company, and every one a gift; may the memories be a comfort. From "
        'the club."'
    )


@pytest.mark.parametrize(
    ("told", "kind"),
    [
        ("our rabbit flopsy was put down yesterday", "sympathy"),
        ("mum's been admitted, pneumonia", "getwell"),
        ("he's emigrating to canada in june", "leaving"),
        ("she gave birth at 3am, 8lb 1oz", "baby"),
        ("he only went and proposed!!", "engaged"),
        ("she passed her theory test first time", "congrats"),
        ("they got the keys to their first flat", "home"),
        ("bill retires in june", "retirement"),
        ("huge thanks to the parents who baked for the fete", "thanks"),
        ("im leaving at 6 tonight", ""),
        ("thanks sue!", ""),
        ("we're off to bed", ""),
    ],
)
def test_the_occasion_told(told, kind):
    assert cards.told_occasion(told) == kind


@pytest.mark.parametrize(
    ("told", "particulars"),
    [
        ("our lovely old dog, bertie, died this morning", "in memory of their dog Bertie"),
        ("reg's lab biscuit had to be put down", "in memory of their lab Biscuit"),
        ("our cat has died", ""),  # no name told
        ("he's moving to new zealand next spring", "off to New Zealand"),
        ("she's moving to bristol for work", "off to Bristol"),
        ("she's moving to the coast", ""),  # no place said as a name
        ("he's moving to be nearer his kids", ""),
        ("little girl, called isla, 7lb", "called Isla"),
        ("they had a baby girl", ""),
    ],
)
def test_what_was_told_of_it_is_kept_only_when_read_cleanly(told, particulars):
    said = cards._told_particulars(cards.told_occasion(told), told)
    assert ", ".join(said) == particulars
