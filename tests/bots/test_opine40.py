"""Views asked of the personas, of three kinds (opine40, bots/opine.py), each with look-alikes
that keep their answers.

1. A side between two people who each gave a view ("do you agree with fiona or kayla", "whose
   side are you on", "back me up here, kit is talking rubbish", "rob or me, who's right?"): both
   claims said back, pronouns turned (the asker's as "you say"), the pick named, and a reason
   for it of the kind of value its claim rests on (fairness, what has lasted, time, living
   things), or against a claim that sweeps; the philosopher asks what the other would answer.
2. A question to settle ("what makes a good X, A, B or just C?", "settle this, A or B", "one or
   the other, no fence sitting"): a pick with a reason naming the other options, never the
   stock way of settling, never a bare "I would say patience.".
3. A yes or no of value ("is it lazy to ...", "are X cringe", "is homemade worth more than shop
   bought", "should we ... even if ..."): a plain verdict, the question said back as a
   statement, and one reason that argues for it (the asker's own reason when they gave one).
Look-alikes: one person or no people to side between, a fact either/or, a cause asked, a sum,
two claims to settle, a fact yes/no, harm waved aside by "even if", a worth asked of a thing of
the field, a deed judged, a view told, a choice of two words."""

from __future__ import annotations

import pytest

from bots.opine import claim_of, said_by, value_asked
from tests.bots.test_misreads33 import said_after

SIDED = [
    (
        "darwin",
        [
            ("rob", "dogs should be on leads in the park, the birds nest in the long grass"),
            ("jen", "let them run, a dog needs a proper run every day"),
            ("jen", "@darwin rob or me, who's right?"),
        ],
        (
            "Rob says dogs should be on leads in the park, but I side with you, Jen: "
            "let them run, since a dog needs a proper run every day."
        ),
    ),
    (
        "curie",
        [
            ("amir", "we should split the bill equally, it's fairer"),
            ("beth", "nah everyone pays for what they ordered"),
            ("cal", "@curie do you agree with amir or beth"),
        ],
        (
            "I think Amir is right, Cal; what I have seen points the same way. Beth "
            "says everyone pays for what they ordered, but Amir says you should split"
            " the bill equally, and it's fairer; what is fair to all outlasts what "
            "pleases a few."
        ),
    ),
    (
        "einstein",
        [
            ("nell", "the old clubhouse should stay, it's tradition"),
            ("oz", "its falling apart tbh"),
            ("pip", "@einstein whose side are you on"),
        ],
        (
            "I think Nell is right, Pip, and I would stand by it in any frame of "
            "reference. Oz says it's falling apart, but Nell says the old clubhouse "
            "should stay, and it's tradition; what has lasted this long has already "
            "passed a hard test."
        ),
    ),
    (
        "shakespeare",
        [
            ("kit", "the panto needs updating, the jokes are tired"),
            ("lou", "people love the old jokes, that's the whole point of panto"),
            ("lou", "@shakespeare back me up here, kit is talking rubbish"),
        ],
        (
            "You say people love the old jokes, and that's the whole point of panto, "
            "but Kit says the panto needs updating, and the jokes are tired; I side "
            "with Kit, Lou, for a claim that sweeps so wide seldom holds in every "
            "case."
        ),
    ),
    (
        "lovelace",
        [
            ("sam", "you only get better with practice every day"),
            ("tia", "natural talent counts for more"),
            ("tia", "@lovelace which of us is right, me or sam?"),
        ],
        (
            "Sam is right, I think, Tia; set it out step by step and it holds. You "
            "say natural talent counts for more, but Sam says you only get better "
            "with practice every day; what is done well pays back everyone who hears "
            "or sees it."
        ),
    ),
    (
        "socrates",
        [
            ("ed", "confidence over talent"),
            ("fay", "if you sing badly it's painful for everyone"),
            ("gus", "@socrates ed or fay then, who's right?"),
        ],
        (
            "Fay says if you sing badly it's painful for everyone, but Ed puts "
            "confidence over talent; I side with Ed, Gus, for a thing done gladly and"
            " boldly is worth more than one done well and fearfully."
        ),
    ),
    (
        "socrates",
        [
            ("al", "we should charge a pound for the tea"),
            ("bo", "tea should be free, it's a social club"),
            ("cy", "@socrates who do you agree with"),
        ],
        (
            "Al says you should charge a pound for the tea, but I side with Bo, Cy: "
            "tea should be free, and it's a social club. But what would Al answer to "
            "that?"
        ),
    ),
    (
        "einstein",
        [
            ("al", "the new ref is useless, he never gives anything"),
            ("bo", "hes fine, you just moan about every ref"),
            ("cy", "@einstein al or bo?"),
        ],
        (
            "I think Bo is right, Cy, and I would stand by it in any frame of "
            "reference. Al says the new ref is useless, and he never gives anything, "
            "but Bo says he's fine; a claim that sweeps so wide seldom holds in every"
            " case."
        ),
    ),
]

SIDED_ALIKE = [
    (
        "socrates",
        [("gus", "@socrates me or the cat, who gets the sofa tonight")],
        (
            "A shoemaker could answer that better than I, Gus; I only know how to ask"
            " questions. Put it to @darwin; I would rather hear that answer examined "
            "than give a poor one."
        ),
    ),
    (
        "curie",
        [
            ("al", "night fishing is the best fishing, the big carp come out"),
            ("bo", "mornings are better, you can see what you're doing"),
            ("bo", "@curie tell al he's wrong"),
        ],
        "Al has it, I believe, Bo; I would only want to measure it once more.",
    ),
    (
        "curie",
        [("tasha", "@curie so is it the beans or the milk or me. honestly be straight")],
        "I have no data on that at all, Tasha, and I will not invent any.",
    ),
]

SETTLED = [
    (
        "socrates",
        [("maya", "what makes a good quiz team, general knowledge or teamwork? @socrates")],
        (
            "I would say teamwork: general knowledge will do, but teamwork is what a "
            "good quiz team is judged by. But what is a good quiz team for, Maya? "
            "Tell me that, and we shall know."
        ),
    ),
    (
        "darwin",
        [("maya", "what makes a good gardener, patience or luck? @darwin")],
        (
            "You ask my opinion, Maya; I give it cautiously, as one should. I would "
            "say luck: patience counts for little without it."
        ),
    ),
    (
        "lovelace",
        [
            (
                "maya",
                (
                    "what makes someone good at darts, practice, nerve or just a steady hand?"
                    " @lovelace"
                ),
            )
        ],
        (
            "You ask what I think, Maya; I think this. I would say a steady "
            "hand: practice and nerve will do, but a steady hand is what counts most."
        ),
    ),
    (
        "einstein",
        [("maya", ("@einstein be honest, what makes a good teacher, patience or knowledge?"))],
        (
            "You ask my opinion, Maya; here it is, for what an old physicist's view "
            "is worth. I would say knowledge: patience counts for little without it."
        ),
    ),
    (
        "curie",
        [("maya", "@curie settle this, is it lasagne or shepherd's pie for sunday?")],
        (
            "You ask for my view, Maya. I prefer facts to opinions, but here it is. I"
            " would say shepherd's pie: lasagne will do, but shepherd's pie I would "
            "miss more."
        ),
    ),
    (
        "shakespeare",
        [
            (
                "maya",
                ("@shakespeare one or the other, no fence sitting: christmas pudding or trifle"),
            )
        ],
        (
            "You would have my mind on it, Maya? Then hear it. I would say trifle: "
            "christmas pudding will do, but trifle I would miss more."
        ),
    ),
    (
        "einstein",
        [("maya", "@einstein once and for all, a real tree or a fake one?")],
        (
            "You ask my opinion, Maya; here it is, for what an old physicist's view "
            "is worth. I would say a real tree: a fake tree will do, but a real tree "
            "I would miss more."
        ),
    ),
    (
        "lovelace",
        [("maya", "what makes a good pub quiz, hard questions or a good laugh? @lovelace")],
        (
            "You ask what I think, Maya; I think this. I would say hard "
            "questions: a good laugh will do, but hard questions are what a good pub "
            "quiz is judged by."
        ),
    ),
]

SETTLED_ALIKE = [
    (
        "socrates",
        [("maya", "@socrates is a whale a fish or a mammal")],
        ("A shoemaker could answer that better than I, Maya; I only know how to ask questions."),
    ),
    (
        "darwin",
        [("maya", "@darwin what makes leaves change colour in autumn")],
        (
            "In autumn a tree stops making chlorophyll, the green that catches light,"
            " and takes back what it can, Maya; the yellows and oranges were there "
            "all along under the green, and the reds are made fresh in the dying "
            "leaf."
        ),
    ),
    (
        "lovelace",
        [("maya", "@lovelace settle this: 3 of us paid £45 for the taxi, how much each")],
        (
            "A sum the Engine would take in one turn of its handle, Maya: £45 between"
            " 3 of you is £15 each."
        ),
    ),
    (
        "shakespeare",
        [("maya", "settle it for the cast: is hamlet actually mad or is he faking")],
        (
            'He puts on "an antic disposition" on purpose (Act 1 Scene 5), Maya; but '
            "grief, a ghost and a murdered father push the act close to the truth. "
            "Argue that the line between them is the play's point."
        ),
    ),
]

VALUED = [
    (
        "socrates",
        [("maya", "@socrates is it lazy to buy ready made pastry?")],
        (
            "No, Maya: it is not lazy to buy ready made pastry; laziness is leaving a"
            " thing undone, not doing it an easier way."
        ),
    ),
    (
        "shakespeare",
        [("maya", "@shakespeare are fancy dress parties cringe?")],
        (
            "Nay, Maya: fancy dress parties are not cringe; what is done gladly and "
            "harms nobody is nothing to be ashamed of."
        ),
    ),
    (
        "curie",
        [
            (
                "maya",
                (
                    "@curie do you think homemade jam is worth more than shop bought, even if"
                    " it's runny?"
                ),
            )
        ],
        (
            "Yes, Maya: homemade jam is worth more than shop bought, even if it's "
            "runny; the hours and the care put into a thing are part of what it is "
            "worth."
        ),
    ),
    (
        "darwin",
        [
            (
                "maya",
                (
                    "should we keep the allotment open to beginners even if they make a mess?"
                    " @darwin"
                ),
            )
        ],
        (
            "Yes, Maya: you should keep the allotment open to beginners, even if they"
            " make a mess; a little of that is a fair price for the good of it."
        ),
    ),
    (
        "einstein",
        [("maya", "be honest @einstein, is line dancing a bit naff")],
        (
            "No, Maya: line dancing is not naff; what is done gladly and harms nobody"
            " is nothing to be ashamed of."
        ),
    ),
    (
        "lovelace",
        [("maya", "is it lazy to use a calculator for the club accounts? @lovelace")],
        (
            "No, Maya: it is not lazy to use a calculator for the club accounts; "
            "laziness is leaving a thing undone, not doing it an easier way."
        ),
    ),
    (
        "socrates",
        [("maya", "would you say it's lazy to get a cleaner @socrates")],
        (
            "No, Maya: it is not lazy to get a cleaner; laziness is leaving a thing "
            "undone, not doing it an easier way."
        ),
    ),
    (
        "curie",
        [("maya", ("should i keep going to choir even though i'm the worst singer there @curie"))],
        (
            "Yes, Maya: you should keep going to choir, even though you're the worst "
            "singer there; a little of that is a fair price for the good of it."
        ),
    ),
    (
        "socrates",
        [
            (
                "maya",
                (
                    "should we open the quiz to other pubs even if they beat us? it's meant "
                    "to be fun. @socrates"
                ),
            )
        ],
        (
            "Yes, Maya: you should open the quiz to other pubs, even if they beat "
            "you; as you say, it's meant to be fun."
        ),
    ),
]

VALUED_ALIKE = [
    (
        "socrates",
        [("maya", "@socrates is the pub open on sunday")],
        ("A shoemaker could answer that better than I, Maya; I only know how to ask questions."),
    ),
    (
        "curie",
        [("maya", "should i go to work even if im ill @curie")],
        (
            "Honestly, Maya, I will tell you what I think. Take care of your health "
            "better than I did; I handled radium with bare hands for years, and my "
            "body paid for what we did not yet know."
        ),
    ),
    (
        "darwin",
        [("maya", "@darwin is deadheading actually worth it")],
        (
            "Deadheading stops a plant making seed, Maya, so it makes more flowers "
            "instead: snip each faded flower back to the next leaf or bud. Leave the "
            "last ones in autumn if you want hips and seeds for the birds."
        ),
    ),
    (
        "socrates",
        [("maya", "@socrates is it cheating if we share answers to the practice papers")],
        (
            "Whom would it deceive, Maya? Cheating is a lie about what you can do "
            "alone; if no one is misled about that, it may be only help, and help "
            "among friends is no crime."
        ),
    ),
    (
        "socrates",
        [("maya", "@socrates karaoke is cringe")],
        # (opener47: no "You ask what I think, Maya?" before it; a take told asks nothing)
        (
            "Pleasures differ, and I will not quarrel with a harmless one; I only ask"
            " whether it makes you better or merely busy."
        ),
    ),
    (
        "darwin",
        [("maya", "@darwin are karaoke nights cringe or fun?")],
        (
            "You ask my opinion, Maya; I give it cautiously, as one should. I would "
            "say fun. Tastes vary as much as finches' beaks, and each suits its "
            "owner; so long as it harms no one, I should let it be."
        ),
    ),
]


@pytest.mark.parametrize(("slug", "lines", "reply"), SIDED + SIDED_ALIKE)
def test_a_side_between_two_people_says_both_back_and_why(slug, lines, reply):
    assert said_after(slug, lines) == reply


@pytest.mark.parametrize(("slug", "lines", "reply"), SETTLED + SETTLED_ALIKE)
def test_a_question_to_settle_gets_a_pick_and_why_in_its_own_terms(slug, lines, reply):
    assert said_after(slug, lines) == reply


@pytest.mark.parametrize(("slug", "lines", "reply"), VALUED + VALUED_ALIKE)
def test_a_yes_or_no_of_value_is_said_in_its_own_words_with_a_reason(slug, lines, reply):
    assert said_after(slug, lines) == reply


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("just going for it. confidence over talent", "Ed puts confidence over talent"),
        ("heart over technique every time", "Ed puts heart over technique every time"),
        (
            "nah if you're awful it's painful for everyone",
            "Ed says if you're awful it's painful for everyone",
        ),
        ("if its raining we should cancel", "Ed says if it's raining you should cancel"),
        ("ur meant to rinse them first", "Ed says you're meant to rinse them first"),
    ],
)
def test_a_preference_and_a_condition_are_said_back_whole(text, said):
    claim = claim_of(text)
    assert claim is not None
    assert said_by("Ed", claim) == said


@pytest.mark.parametrize(
    "text",
    [
        "game over",
        "if i win i pay",
        "nah, make it compulsory and fewer folk bother cycling at all",
    ],
)
def test_what_cannot_be_said_back_truly_is_refused(text):
    assert claim_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "is it cheating to use a chess engine",
        "should we go even if it's icy",
        "is a dishwasher worth it",
        "it's lazy to get a cleaner",
        "are karaoke nights cringe or fun",
        "is the pub open on sunday",
    ],
)
def test_no_value_is_read_where_none_is_asked_or_harm_is_waved_aside(text):
    assert value_asked(text) is None
