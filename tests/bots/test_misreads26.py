"""Session 26: misreads of what was asked. Blind raters gave 1 to Socrates answering "is it kinder
to let a proud man do what he wants or stop him for his own good" with a line on guilt ("is it
the deed that troubles you, or being found out?"), a money dilemma with "You ask me about
myself", and Curie disowning thanks said to her and Ada together ("Those thanks are for Ada")
after her own soap answer; 2 to Shakespeare's writing advice for "write us a sign, 4 words max"
and a Latin line for "can u do my english homework".

Socrates weighs the dilemma put (`#dilemma` lines on the thing), and keeps his found-out line for
a deed kept hidden (`HIDDEN_DEED`); "a case where you'd keep it" asks of anyone. Thanks to
several are each one's share (`_thanked_together`); "the thank you post" is a post, by its
determiner (`thanks_given`). Shakespeare writes a sign's words (`sign_line`, from its `#card
sign` lines) within the size asked (`words_at_most`), and declines homework wherever the clause
begins (`YOUR_WORK`)."""

from __future__ import annotations

import pytest

from bots.asks import sign_asked, words_at_most
from bots.engine import HIDDEN_DEED, ChatLine, thanks_given
from tests.bots.test_everyday_messages import CAST, say


def ask(slug: str, text: str, seed: int = 1, theme: str = "Chat", history=()) -> str:
    """`text` put to `slug` by @mention in a room of the whole cast."""
    others = tuple(v for v in CAST if v.slug != slug)
    return say(
        slug, f"@{slug} {text}", author="sam", seed=seed, others=others, theme=theme,
        history=history,
    )  # fmt: skip


FOUND_OUT = "is it the deed that troubles you, or being found out"


# --- Socrates weighs the dilemma put ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "is it kinder to let a proud man do what he wants or stop him for his own good",
        "bit of a dilemma. geoff's back is bad and he says he'll do all the locks anyway. is it "
        "kinder to let a proud man do what he wants or stop him for his own good",
        "my dad insists on driving at 88, should i stop him for his own good or let him",
        "my nan is so stubborn, she wants to climb the ladder herself. do i let her or stop her",
    ],
)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_overruling_someone_for_their_own_good_is_weighed(text, seed):
    reply = ask("socrates", text, seed)
    assert reply.startswith("Whose life is it, Sam?")
    assert "own good is kind only when the harm is grave" in reply
    assert "respect is kinder" in reply


@pytest.mark.parametrize(
    "text",
    [
        "dilemma. the lady on elm st paid us twice by mistake, £240. she hasnt noticed. obviously "
        "we give it back but is there ever a case where you'd keep it",
        "my client paid the invoice twice. do i have to tell him",
        "a customer overpaid by £50 and hasn't noticed, can we keep it?",
    ],
)
def test_money_paid_in_error_is_theirs(text):
    reply = ask("socrates", text)
    assert reply.startswith("Whose money is it, Sam? Still theirs who paid it in error")
    assert "You ask me about myself" not in reply


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "ethics q for my actual study. is it ok to deceive participants a bit if you tell "
            "them everything in the debrief after",
            "Would they agree to it, Sam, if they knew all you know?",
        ),
        (
            "is it wrong to keep a cast member who never learns his lines just because he's "
            "lovely? asking for a friend (fiona)",
            "What do you owe the others, Sam, who did learn their part?",
        ),
        (
            "should we borrow from a friend's mum if she's offering? what's the right thing here",
            "What will you owe besides the money, Sam?",
        ),
        (
            "is it ok to mention in the speech that priya crashed dad's car when she was 17? it's "
            "funny but mum might die",
            "Who is the story for, Sam?",
        ),
        (
            "is it fair that an animal gets worse care because its owner is skint? it eats at me "
            "every week",
            "Fair, Sam? No; but the unfairness is not yours",
        ),
    ],
)
def test_a_dilemma_gets_his_word_on_that_very_thing(text, start):
    assert ask("socrates", text).startswith(start)


@pytest.mark.parametrize(
    "text",
    [
        "is it wrong to give someone extra when you know theyve got 4 kids",
        "is it ok to deceive participants a bit if you tell them everything in the debrief after",
        "is it wrong to keep a cast member who never learns his lines just because he's lovely",
        "is it kinder to let a proud man do what he wants or stop him for his own good",
        "is it right to spend charity money on panels when the hall kitchen needs redoing",
    ],
)
@pytest.mark.parametrize("seed", range(1, 9))
def test_a_deed_done_openly_never_gets_the_found_out_line(text, seed):
    assert FOUND_OUT not in ask("socrates", text, seed)


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("is it wrong if nobody finds out", True),
        ("she hasnt noticed, is it wrong to keep quiet", True),
        ("is it ok to read his texts behind his back", True),
        ("can i get away with it", True),
        ("is it wrong to do it without telling them", True),
        ("is it ok to deceive participants if you tell them everything after", False),
        ("is it kinder to let him or stop him", False),
        ("i noticed the tap drips, is that bad", False),
    ],
)
def test_a_deed_kept_hidden(text, hidden):
    assert bool(HIDDEN_DEED.search(text)) is hidden


def test_a_case_where_you_would_do_it_asks_of_anyone_not_of_socrates():
    reply = ask("socrates", "is there ever a case where you'd keep money paid by mistake")
    assert "You ask me about myself" not in reply
    assert "Whose money is it" in reply


# --- thanks said to several, and a thank-you thing ------------------------------------------


SOAP = ChatLine(
    "Marie Curie",
    "Soap and washing-up liquid work on grease because each of their molecules has one end "
    "that loves water and one end that loves grease.",
    own=True,
)


@pytest.mark.parametrize(
    "text",
    [
        "thank u @lovelace @curie lets smash this",
        "thank you @lovelace and @curie",
        "thanks @lovelace, @curie!",
        "cheers @einstein @curie, off to elm st now",
        "thanks @lovelace & @curie x",
    ],
)
def test_a_persona_thanked_with_others_after_helping_takes_its_share(text):
    history = (ChatLine("zara", "@curie will washing up liquid strip the wax"), SOAP)
    reply = say(
        "curie", text, author="maya", history=history,
        others=tuple(v for v in CAST if v.slug != "curie"),
    )  # fmt: skip
    assert "Those thanks are for" not in reply
    assert "not me" not in reply


@pytest.mark.parametrize(
    "text", ["thank you @lovelace and @shakespeare", "thank u @lovelace @shakespeare lets go"]
)
def test_a_persona_thanked_with_others_before_saying_a_word_says_so_lightly(text):
    reply = say("shakespeare", text, others=tuple(v for v in CAST if v.slug != "shakespeare"))
    assert reply == "Nay, Maya, I did little or nothing; yet I am glad all's well that ends well."


@pytest.mark.parametrize(
    "text",
    ["thanks @einstein that helped", "@curie cheers darwin, that was it", "thanks einstein!!"],
)
def test_thanks_for_another_alone_are_still_passed_on(text):
    others = tuple(v for v in CAST if v.slug != "curie")
    history = (ChatLine("Albert Einstein", "@curie knows far more about that than I."),)
    reply = say("curie", text, others=others, history=history)
    assert "not me" in reply or reply == ""


@pytest.mark.parametrize(
    "text",
    [
        "she still wants her name on the thank you post",
        "write a thank you card for the nurses",
        "a lovely thank you card",
        "make a thank-you poster for the hall",
        "im doing the thank you slides tonight",
        "our big thank you banner is up",
        "put it in maya's thank you list",
        "do you think people still write thank you cards",
        "we should send thank you notes to the sponsors",
    ],
)
def test_a_thank_you_thing_is_no_thanks(text):
    assert not thanks_given(text)


@pytest.mark.parametrize(
    "text",
    [
        "thank you so much",
        "thank-you guys",
        "thank you @lovelace and @shakespeare",
        "that worked thank you ada",
        "oh my god thank you so much",
        "thanks!",
        "send a thank you card, thanks ada",
        "thank you all",
        "i just wanted to say thank you ada",
        "thank you guys so much",
    ],
)
def test_thanks_given_are_still_thanks(text):
    assert thanks_given(text)


def test_socrates_is_not_thanked_by_a_thank_you_post():
    text = (
        "problem. ellie said she'd come and now she cant, but she still wants her name on the "
        "thank you post. is that fair if she didnt do anything"
    )
    reply = ask("socrates", text)
    assert "thank me" not in reply.lower()


# --- Shakespeare writes what is asked, at the size asked --------------------------------------


@pytest.mark.parametrize(
    ("text", "theme", "sign"),
    [
        (
            "write us a sign! like 4 words max, big letters, funny",
            "Charity Car Wash",
            "Out, Damned Spot!",
        ),
        ("need a sign for the car wash, 3 words", "Chat", "Out, Damned Spot!"),
        (
            "we need a sign for reception. people keep letting their dogs sniff the cat baskets in "
            "the waiting room. polite but firm",
            "Riverside Vets",
            "Dogs, Please Let Sleeping Cats Lie.",
        ),
        ("can you make us a sign for the honey stall", "Chat", "Sweets to the Sweet: Honey Here!"),
        ("can you make us a sign for the honey stall, 4 words", "Chat", "Sweets to the Sweet"),
        ("write a sign for the door, no more than three words", "Chat", "Shut Thy Door!"),
    ],
)  # fmt: skip
def test_a_sign_asked_is_written_within_its_size(text, theme, sign):
    reply = ask("shakespeare", text, theme=theme)
    assert reply.endswith(f'"{sign}"')
    assert reply.startswith("For the sign, Sam")
    size = words_at_most(text)
    assert not size or len(sign.split()) <= size


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("like 4 words max", 4),
        ("a 3-word slogan", 3),
        ("no more than five words", 5),
        ("in two words", 2),
        ("a long sign please", 0),
        ("we have 40 words of notes", 0),
    ],
)
def test_the_size_asked_in_words(text, size):
    assert words_at_most(text) == size


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("write us a sign! like 4 words max", True),
        ("we need a sign for reception", True),
        ("can you do a funny notice for the staff room", True),
        ("how do i sign up", False),
        ("do you think it's a sign from the gods", False),
        ("need someone to sign off the accounts", False),
        ("is there a sign of rain", False),
    ],
)
def test_a_sign_asked_for(text, asked):
    assert sign_asked(text) is asked


@pytest.mark.parametrize(
    "text",
    [
        "also can u do my english homework. macbeth essay due monday 🙏",
        "hey so can you write my personal statement lol",
        "right, can you do my english essay",
        "ok and will u finish my coursework",
    ],
)
def test_homework_asked_of_the_poet_is_declined_with_help(text):
    reply = ask("shakespeare", text)
    assert reply.startswith("Nay, Sam, I'll not put my words in thy mouth")
    assert "Latin" not in reply


def test_notes_that_only_are_asked_of_are_no_homework():
    assert "not put my words" not in ask("shakespeare", "also do my notes make sense to you")


DODGE = ChatLine(
    "Marie Curie", "That I cannot answer, Kofi; my knowledge ends at the laboratory door.", own=True
)


@pytest.mark.parametrize(
    "text", ["thank u @lovelace @curie lets smash this", "thanks @lovelace and @curie, great day"]
)
def test_thanks_with_others_are_for_all_it_did_in_the_room_not_its_last_word(text):
    history = (
        ChatLine("zara", "@curie will washing up liquid strip the wax"),
        SOAP,
        ChatLine("kofi", "@curie how do we get sap off"),
        DODGE,
    )
    others = tuple(v for v in CAST if v.slug != "curie")
    reply = say("curie", text, history=history, others=others)
    assert reply == "You are welcome, Maya. I am glad it was of use."


def test_thanks_alone_after_a_dodge_are_still_taken_lightly():
    history = (ChatLine("kofi", "@curie how do we get sap off"), DODGE)
    reply = say("curie", "thanks @curie", history=history)
    assert reply.startswith("I did little enough, Maya")


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            "and a short line for the back of the label, like a tiny poem, max 12 words",
            '"Come in, stay long, and leave the merrier." Short, as you asked.',
        ),
        ("a line for the candle label, 10 words", '"How far that little candle throws his beams!"'),
        ("a line for the poster, 8 words max", '"How far that little candle throws his beams!"'),
    ],
)
def test_words_for_an_occasion_keep_the_size_asked(text, line):
    assert ask("shakespeare", text).endswith(line)


def test_with_no_size_asked_its_line_for_any_occasion_is_unchanged():
    assert ask("shakespeare", "a line for the poster").endswith(
        '"Come, fill the hour with mirth and kindly cheer; the best of days is this, since you '
        'are here."'
    )


@pytest.mark.parametrize(
    ("text", "about"),
    [
        (
            "can you help write a letter to the housing association, firm but polite, about the "
            "lift, the mould and the rent rise. signed by 43 households",
            "the lift, the mould and the rent rise",
        ),
        (
            "can you help write a letter to the council about the potholes, firm but polite",
            "the potholes",
        ),
        ("write an email to my boss about a pay rise, nothing too cheeky", "a pay rise"),
    ],
)
def test_a_letter_asked_is_written_on_its_very_things(text, about):
    # (session 26: drafted by bots/letters.py, tested whole in test_lead26.py)
    assert f" write about {about}. " in ask("shakespeare", text)


@pytest.mark.parametrize(
    "text",
    [
        "i got a letter from the council about the bins",
        "write me a love letter",
        "what do you think about the letter he wrote",
    ],
)
def test_a_letter_told_of_or_asked_with_nothing_to_say_is_no_such_letter(text):
    assert "Dear Sir or Madam" not in ask("shakespeare", text)
