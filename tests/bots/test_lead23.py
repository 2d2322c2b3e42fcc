"""Session 23 dev rooms (night nurses on a ward, a D&D group, a GCSE chemistry revision group,
allotment neighbours): a question put after a word of chat was read as news and met with grief
("ok was lady macbeth actually the villain or was it macbeth, i need an argument for my essay":
"I grieve to hear it, Maya"); a goodnight with an apology was a small annoyance; the
philosopher owned up to questions of right and wrong ("is that stealing if it's on the path
side": "On that, I am truly ignorant"); and a #know answer asked about again was said again
word for word."""

from __future__ import annotations

import pytest

from bots import valence
from bots.engine import read, taking_leave
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import VOICES, say, tagged

# --- A question after a word of chat is a question, not news --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ok was lady macbeth the villain or was it macbeth, i need an argument for my essay",
        "wait so did the cake sink because the oven was too cold, im gutted",
        "hmm were the victorians actually that dirty, my teacher said awful things",
        "sorry was that on the chem paper or physics, i'm stressed",
        "also is it bad to leave rice out overnight, my flatmate is disgusting",
        "ok so does stretching before a run actually stop injuries, my knee is killing me",
        "quick one, was the titanic actually unsinkable, the film made me cry",
    ],
)
def test_a_question_after_a_word_of_chat_is_asked_not_told(text):
    reading = read(text, voice=VOICES["shakespeare"], addressed=True)
    assert reading.kind in ("question", "opinion", "personal")


@pytest.mark.parametrize(
    "text",
    [
        "ok was lady macbeth the villain or was it macbeth, i need an argument for my essay",
        "hmm were the victorians actually that dirty, my teacher said awful things",
        "sorry was that on the chem paper or physics",
        "wait so was the villain actually the hero",
    ],
)
def test_a_question_of_nobodys_trouble_is_no_grave_news(text):
    assert valence.mood(text) != "grave"


@pytest.mark.parametrize(
    "text",
    [
        "random but explain how my air fryer works in one sentence im too tired for more",
        "ok explain ionic bonding again im so tired",
        "ok tell me how a fridge works again, i'm shattered",
    ],
)
def test_a_request_after_a_word_of_chat_is_asked_whatever_the_mood(text):
    assert read(text, voice=VOICES["curie"], addressed=True).kind in ("question", "request")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("so was i. gutted", "remark"),
        ("so did we!", "remark"),
        ("and so was i, honestly it was awful", "remark"),
    ],
)
def test_so_said_of_oneself_too_is_no_question(text, kind):
    assert read(text, voice=VOICES["einstein"], addressed=True).kind == kind


def test_a_grave_question_after_a_word_of_chat_keeps_its_news():
    # A death told beside the question is still met as news.
    text = "ok was it my fault, my dog died last night"
    assert valence.mood(text) == "grave"


@pytest.mark.parametrize(
    "text",
    [
        "ok but he was 94 and sad, surely thats allowed",
        "she was crying all day, surely that's normal",
        "but surely it's fine if nobody finds out",
    ],
)
def test_a_point_put_to_be_granted_is_asked(text):
    assert valence.mood(text) == "neutral"
    assert read(text, voice=VOICES["socrates"], addressed=True).kind in ("question", "opinion")


# --- A goodnight with a word more is a goodnight ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "night, sorry about the pressure washer thing",
        "night  night , sorry about the pressure washer thing",
        "night! thanks for putting up with us",
        "night, see u thurs",
    ],
)
def test_a_goodnight_before_a_word_more_takes_leave(text):
    assert taking_leave(text)


@pytest.mark.parametrize(
    "text",
    ["night shifts are killing me", "night buses are the worst", "the night was long, ugh"],
)
def test_night_as_a_word_takes_no_leave(text):
    assert not taking_leave(text)


def test_the_goodnight_is_answered_as_one():
    reply = say("einstein", "night, sorry about the pressure washer thing", seed=0)
    assert reply in tagged("einstein", "bye")


# --- A word of chat before the question is no subject ------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("totally random but can you recommend a decent pressure washer under 100 quid", "random"),
        ("random but whats a good pressure washer", "random"),
        ("off topic but is my fridge too cold", "topic"),
        ("not what i asked but, how come the wifi is worse by the window", "ask"),
    ],
)
def test_a_lead_in_is_no_part_of_what_is_asked(text, lead):
    from bots.engine import LEAD_WORDS, terms

    assert lead not in terms(LEAD_WORDS.sub("", text, count=1))


def test_random_is_no_quantum_randomness():
    # It had answered with "God does not play dice with the universe".
    reply = say("einstein", "totally random but can you recommend a decent pressure washer", seed=0)
    assert "dice" not in reply and "quantum" not in reply


# --- The philosopher examines right and wrong ---------------------------------------------------

EXAMINE = tagged("socrates", "examine")
CHEAT = next(line for line in EXAMINE if "Cheating is" in line)
STEAL = next(line for line in EXAMINE if "ask him before you pick" in line)
OATH = next(line for line in EXAMINE if "An oath or a promise" in line)
FAIR = next(line for line in EXAMINE if line.startswith("Fair to whom"))
GENERAL = EXAMINE - {CHEAT, STEAL, OATH, FAIR}


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("is it cheating if we share answers to the practice papers? theyre not graded", CHEAT),
        ("is it cheating if i use my older sisters old notes for the write up", CHEAT),
        ("honestly is it cheating if my mum helps with my coursework", CHEAT),
        ("is that stealing if the apples hang over onto the pavement", STEAL),
        ("someone takes the milk from the office fridge, is it stealing if it's unlabelled", STEAL),
        ("is it wrong to break the oath if the king turns out to be evil", OATH),
        ("is it wrong to break my oath to the guild if the guild master is corrupt", OATH),
        ("is it unfair that the new guy gets weekends off", FAIR),
    ],
)
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_deed_judged_is_examined_on_that_deed(text, line, seed):
    reply = say("socrates", text, seed=seed)
    if line == FAIR:  # "if someone did the same to you, would you call it fair?" is on it too
        assert reply in {FAIR, *(g for g in GENERAL if "fair" in g)}
    else:
        assert reply == line


@pytest.mark.parametrize(
    "text",
    [
        # (Deeds with a #dilemma line of their own, the white lie to bed 4, the skipped
        # birthday, the free refills and the extra change, are weighed on that deed:
        # tests/bots/test_socrates24.py.)
        "is it wrong that i let the weeds take over my plot",
        "is it wrong to root for the other team",
        "is it wrong that i like the new conductor more than the old one",
        "is it bad that i fed the neighbours cat",
    ],
)
def test_a_deed_it_has_no_take_on_is_examined(text):
    assert say("socrates", text, seed=0) in GENERAL


def test_a_promise_broken_gets_its_take_on_promises():
    reply = say(
        "socrates", "is it wrong to break a promise to my mate if something better comes up"
    )
    assert "A promise is a small law you make for yourself" in reply


def test_a_deed_it_has_a_take_on_gets_its_view():
    reply = say("socrates", "is it ok to lie to your boss", seed=0)
    assert "Lying harms the liar most" in reply


@pytest.mark.parametrize(
    "pressed",
    [
        "ok but what if i rewrite them in my own words?",
        "but he was 94 and sad, surely thats allowed",
        "even if nobody ever finds out?",
        "what if everyone else does it too",
        "ok so is it fine then",
        "but its only a practice paper",
    ],
)
def test_a_point_pressed_back_is_examined_again_with_other_words(pressed):
    earlier = "@socrates is it cheating if i use my older sisters old notes"
    history = (Line("maya", earlier), Line("Socrates", CHEAT, own=True))
    reply = say("socrates", pressed, seed=0, history=history)
    assert reply in GENERAL


def test_a_point_pressed_back_after_no_examination_is_no_cue():
    history = (
        Line("maya", "@socrates what is virtue"),
        Line("Socrates", "Virtue is knowledge, Maya; no one does wrong willingly.", own=True),
    )
    assert say("socrates", "but what about courage", seed=0, history=history) not in EXAMINE


@pytest.mark.parametrize("slug", ["einstein", "curie", "darwin", "lovelace", "shakespeare"])
def test_only_the_philosopher_examines(slug):
    reply = say(slug, "is it cheating if i use my older sisters old notes", seed=0)
    assert not tagged("socrates", "examine") & {reply}
    assert "Whom would it deceive" not in reply


# --- A #know answer asked again is its point, not the same words --------------------------------

MICROWAVE = (
    "A microwave shakes the water in food, Femi, and the waves leave hot and cold spots a few "
    "centimetres apart; that is why the plate turns. Stir halfway, and let it stand a minute so "
    "the heat spreads to the cold middle."
)


@pytest.mark.parametrize(
    "again",
    [
        "so does stirring halfway actually help or is that a myth",
        "wait does stirring really make a difference",
        "so is stirring worth it",
        "does it help to stir it tho",
    ],
)
def test_a_know_answer_asked_again_is_restated(again):
    history = (
        Line(
            "femi", "@einstein why does the staffroom microwave leave my soup frozen in the middle"
        ),
        Line("Albert Einstein", MICROWAVE, own=True),
    )
    reply = say("einstein", again, seed=0, history=history, author="femi")
    assert reply == (
        "As I said, Femi: stir halfway, and let it stand a minute so the heat spreads to the "
        "cold middle."
    )


# --- Someone's own work asked to be done for them -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "can you do my english lit essay on macbeth lol",
        "can you do my care plan notes for bed 9 pls 😂",
        "do my maths homework for me",
        "can u write my personal statement, its due friday",
        "will you do my tax return this year",
        "pls write my history coursework im begging",
        "could you just finish my lab write up",
        "ok can u fill in my timesheet",
    ],
)
@pytest.mark.parametrize(
    "slug", ["einstein", "curie", "darwin", "lovelace", "shakespeare", "socrates"]
)
def test_work_asked_to_be_done_is_declined_with_help_offered(slug, text):
    assert say(slug, text, seed=0) in tagged(slug, "yourwork")


@pytest.mark.parametrize(
    "text",
    [
        "how do i start my essay",
        "check my essay pls",
        "what should my essay be about",
        "i did my homework already lol",
        "my notes are a mess",
        "can you write a poem for my mum",
        "do my notes make sense to you",
    ],
)
def test_help_with_ones_own_work_is_no_such_request(text):
    assert say("shakespeare", text, seed=0) not in tagged("shakespeare", "yourwork")


# --- A greeting with its name and a question: the question is answered -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "@curie hi miss curie is it true you used to carry radium around in your pocket 💀",
        "@curie hello madame curie is it true you carried radium in your pockets",
        "@curie hey marie is it true you kept radium in your pocket",
        "@curie morning prof curie, did you really carry radium in your pocket",
    ],
)
def test_a_greeting_by_name_before_a_question_gets_the_answer(text):
    reply = say("curie", text, seed=0)
    assert "radium" in reply and "in my pocket" in reply, reply


@pytest.mark.parametrize(
    "text", ["@curie hi marie!", "@curie hello curie", "@curie hi miss curie", "@curie hey madame"]
)
def test_a_greeting_by_name_alone_is_greeted(text):
    reply = say("curie", text, seed=0)
    assert any(reply.startswith(line.split(",")[0]) for line in tagged("curie", "hello"))


# --- The house bot: notifications and leaving, said in the room's own words ---------------------

MUTE = (
    "Salon can't mute a room for you: notifications only come for mentions of you and direct "
    "messages, and Leave stops a room's messages altogether. Moderators can mute a member "
    "(Manage, ⋯), which is another thing."
)
NOTIFICATIONS_OFF = (
    "Press Turn off notifications in the top bar (that's what the button says once they're on), "
    "or block them in your browser's site settings. Mentions still show as an @ badge on the "
    "room in the lobby. Salon has no quiet hours, so at night use your phone's Do Not Disturb."
)
LEAVE = (
    "Press Leave in the room's header; it asks first. In a private room you'd need a new invite "
    "to come back. A room's only owner can't leave while others are in it: make someone else "
    "owner first (Manage, ⋯)."
)


@pytest.mark.parametrize(
    "text",
    [
        "/AIBot how do i stop getting notifs from the year 11 main chat but stay in it",
        "/AIBot how do i turn off notifications for the choir chat, its constant",
        "/AIBot can i stop this chat pinging me at 5am",
        "/AIBot how do i mute this room overnight, maureen posts at 5am",
        "/AIBot any way to snooze the notifications from this room while im on holiday",
    ],
)
def test_notifications_from_a_room_get_the_answer_on_turning_them_off(text):
    assert say("aibot", text, seed=0) in (NOTIFICATIONS_OFF, MUTE)


@pytest.mark.parametrize(
    "text",
    [
        "/AIBot how do i leave the old ward 5 room, i moved 2 years ago and it still pings me",
        "/AIBot how do i get out of the old five a side room",
        "/AIBot how can i leave a room im still in from last year",
        "/AIBot how do i exit the old wedding room",
        "/AIBot how do i leave this room, im never in it",
        "/AIBot how do i quit this room",
    ],
)
def test_leaving_an_old_room_gets_the_answer_on_leaving(text):
    assert say("aibot", text, seed=0) == LEAVE


@pytest.mark.parametrize(
    "text",
    ["/AIBot should i leave my job", "/AIBot how do i leave a comment on a message", "/AIBot bye"],
)
def test_leave_said_of_anything_but_a_room_is_no_question_of_leaving_it(text):
    assert say("aibot", text, seed=0) != LEAVE
