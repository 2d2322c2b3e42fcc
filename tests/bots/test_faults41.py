"""Brief faults41: how a message is read (who is asked, whether it is a question, whether it is
good news). Exact replies, for each fault and its look-alikes, and near misses that keep
today's reply:
1. "/AIBot @darwin ..." is Darwin's: the house bot hands it on ("Over to you, @darwin!") when
   Darwin is in the room, and Darwin answers the person's question as if asked;
2. a question @mentioning another persona is left to it ("That is a question for Einstein");
3. negative questions ("weren't you scared") are questions, not news;
4. supposed cases ("what if ...", "imagine if ...", "say you could ...") are asked;
5. "your daughter won a nobel too right" is no news of the asker's; "the slugs got my
   lettuces" a mishap, "the fox got my chickens" a loss;
6. "why?" after a yes goes on with what was asked (why time slows), "really?" stands by it;
7. "whats ada lovelace day?": her name in a thing's name her lines tell of is what is asked;
8. the house bot corrects no word spelled right ("spell" is no "sell", "recipe" no "recap");
9. "wat r u all up 2 2nite" is its evening; "did anyone watch the match last night??" a
   remark on the evening, as "did you see the match last night?" is, never a decline;
10. "is victor responsible ...", "what's fair for chores" are Socrates' moral questions.
"""

from __future__ import annotations

import pytest

from bots.addressing import house_handed_to
from bots.engine import read
from bots.sense import ASKED, NEGATIVE_ASKED, SUPPOSED_ASKED
from bots.valence import mood
from tests.bots.conftest import frames_until, persona_message, seat
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import CAST, VOICES, say
from tests.bots.test_replies import persona_messages
from tests.rooms.sockets import connected_socket, frame

PERSONAS = tuple(v for v in CAST if not v.is_house_bot)

CASES = [  # (slug, message, the whole reply)
    (
        "aibot",
        "/AIBot @darwin what did you eat on the beagle",
        (
            "That one's for Charles, Maya: write @darwin and your question, and Charles will "
            "answer it."
        ),
    ),
    (
        "aibot",
        "/AIBot @socrates what is justice",
        (
            "That one's for Socrates, Maya: write @socrates and your question, and Socrates "
            "will answer it."
        ),
    ),
    (
        "aibot",
        "/AIBot ask @darwin about finches",
        (
            "That one's for Charles, Maya: write @darwin and your question, and Charles will "
            "answer it."
        ),
    ),
    (
        "aibot",
        "/AIBot how do i mute someone",
        (
            "Owners and moderators press Manage (⋯) on the person's row in the member panel: "
            "Mute (5 minutes to a day), Remove from room, or Ban. Owners also Make moderator "
            "or Make owner."
        ),
    ),
    (
        "darwin",
        "@einstein is it true time slows down when you go fast",
        "That is a question for Einstein, Maya; I shall listen with great interest.",
    ),
    (
        "darwin",
        "@lovelace what would you make of smartphones",
        "That is a question for Lovelace, Maya; I shall listen with great interest.",
    ),
    (
        "einstein",
        "@darwin what did you eat on the beagle",
        "That one is for Darwin, I think, Maya; I will listen, and probably learn something.",
    ),
    (
        "shakespeare",
        "@einstein what's your favourite food",
        "That question is Einstein's to answer, Maya; I'll stand in the wings and listen.",
    ),
    (
        "lovelace",
        "@socrates why did you drink the hemlock",
        "That one is for Socrates, I think, Maya; I shall wait for the answer with great interest.",
    ),
    (
        "socrates",
        "@curie were you scared of the radiation",
        (
            "You asked Curie, Maya, not me; and I would rather hear the answer examined than "
            "give it for another."
        ),
    ),
    (
        "darwin",
        "curie did you win two nobels",
        "That is a question for Curie, Maya; I shall listen with great interest.",
    ),
    (
        "darwin",
        "@darwin @einstein what do you both think of god",
        (
            "I was meant to be a clergyman, Maya, but my faith slipped away slowly, and after"
            " my daughter Annie died I could not believe in a kindly design."
        ),
    ),
    (
        "einstein",
        "@socrates and Einstein: what is light?",
        (
            "A lovely question, Maya. Light is fast: about 300,000 kilometres a second, so "
            "light from the Sun is eight minutes old when you see it; Rømer measured it in "
            "1676 from the moons of Jupiter."
        ),
    ),
    (
        "curie",
        "weren't you scared",
        (
            "Here is what I know of it, Maya. People quote me as saying that nothing in life "
            "is to be feared, only understood; I cannot tell you where I wrote it, but I "
            "worked as if it were true."
        ),
    ),
    (
        "shakespeare",
        "didn't you hate school",
        (
            "Hark, Maya, here is my answer. I never went to university; the grammar school in"
            " Stratford and the playhouses of London were my only schools."
        ),
    ),
    (
        "socrates",
        "aren't you afraid of dying",
        (
            "A fair question, Maya; let me answer with care. I am not afraid of dying: death "
            "is either a dreamless sleep, which is a gain, or a journey to where the dead "
            "are, and there I shall question Homer and Odysseus."
        ),
    ),
    (
        "einstein",
        "couldn't you have stayed in germany",
        (
            "A lovely question, Maya. I came to Princeton in 1933, when the Nazis took power "
            "in Germany, and never went back; the Institute for Advanced Study gave me a "
            "quiet room, a blackboard and a pipe's worth of peace."
        ),
    ),
    (
        "lovelace",
        "don't you miss your mother",
        (
            "Ah, Maya, that is exactly my kind of puzzle. My mother pushed mathematics on me "
            "to drive out my father's poetry, and in the end I kept both."
        ),
    ),
    (
        "curie",
        "I wasn't scared",
        "How did that come about, Maya? I like to know the causes of things.",
    ),
    (
        "einstein",
        "say you could time travel, where would you go",
        (
            "A lovely question, Maya. Time travel into the future is easy, only move very "
            "fast or wait near a black hole; travel into the past is another matter, and I am"
            " not hopeful."
        ),
    ),
    (
        "lovelace",
        "imagine you had a modern laptop",
        (
            "Ah, Maya, that is exactly my kind of puzzle. My childhood was lessons, illness "
            "and rules, with a mother who watched for my father in me; my escape was "
            "imagining machines that could fly."
        ),
    ),
    (
        "curie",
        "curie your daughter won a nobel too right",
        (
            "Here is what I know of it, Maya. My daughter Irène won a Nobel Prize of her own,"
            " with her husband, for artificial radioactivity."
        ),
    ),
    (
        "curie",
        "the slugs got my lettuces",
        (
            "How tiresome, Maya. Such things are the price of a busy life; measure them "
            "against a real trouble and they shrink."
        ),
    ),
    (
        "darwin",
        "the fox got my chickens",
        "I am sorry to hear it, Maya; I have had my own share of bad days, and they do pass.",
    ),
    (
        "darwin",
        "the cat got my goldfish",
        "I am sorry to hear it, Maya; I have had my own share of bad days, and they do pass.",
    ),
    (
        "curie",
        "moths got my jumper",
        (
            "How tiresome, Maya. Such things are the price of a busy life; measure them "
            "against a real trouble and they shrink."
        ),
    ),
    (
        "curie",
        "i got my results and passed!",
        "Félicitations, Maya! Now work hard at it, and enjoy it too.",
    ),
    (
        "darwin",
        "I got my dream job",
        "Well done, Maya! Emma and I would drink your health.",
    ),
    (
        "lovelace",
        "whats ada lovelace day?",
        (
            "The second Tuesday of October, Maya, begun in 2009, I am told: a day to tell the"
            " stories of women in science, technology, engineering and mathematics, so that "
            "girls see whom they might become. I am honoured."
        ),
    ),
    (
        "lovelace",
        "when is ada lovelace day",
        (
            "The second Tuesday of October, Maya, begun in 2009, I am told: a day to tell the"
            " stories of women in science, technology, engineering and mathematics, so that "
            "girls see whom they might become. I am honoured."
        ),
    ),
    (
        "lovelace",
        "tell me about ada lovelace day",
        (
            # (know45c: bid to be told, her own line on the day answers it)
            "The second Tuesday of October, Maya, begun in 2009, I am told: a day to tell the "
            "stories of women in science, technology, engineering and mathematics, so that "
            "girls see whom they might become. I am honoured."
        ),
    ),
    (
        "aibot",
        "/AIBot how do you spell necessary",
        "Necessary, Maya: N-E-C-E-S-S-A-R-Y (one c, two s's).",
    ),
    (
        "aibot",
        "/AIBot how do you spell definitely",
        "Definitely, Maya: D-E-F-I-N-I-T-E-L-Y (finite in the middle).",
    ),
    (
        "aibot",
        "/AIBot find me a recipe",
        (
            "Noted, Maya! I'm the house bot, so I'll leave the chatting to the personas; ask "
            "me if you need a hand with Salon."
        ),
    ),
    (
        "aibot",
        "/AIBot sumarise the room",
        (
            "I can't summarise a room, I'm afraid: I don't read the conversation, I only "
            "answer questions about Salon and a little code. Scrolling up is the only recap "
            "there is."
        ),
    ),
    (
        "curie",
        "wat r u all up 2 2nite",
        (
            "Well, thank you: a long day at the bench measuring a sample that will not sit "
            "still, and tonight I am writing up the figures. And you?"
        ),
    ),
    (
        "socrates",
        "wat r u all up 2 2nite",
        (
            "This evening I am at a friend's supper, where we shall drink a little and argue "
            "a great deal. What are you doing?"
        ),
    ),
    (
        "darwin",
        "wat r u up 2 2day",
        (
            "Very well, thank you: three turns of the sandwalk this morning, barnacles all "
            "afternoon, and backgammon with Emma tonight. And you?"
        ),
    ),
    (
        "einstein",
        "whats every1 up to 2nite",
        (
            "Not bad at all: I spent the day losing an argument with a blackboard, and "
            "tonight it is my violin and a pipe. And you?"
        ),
    ),
    (
        "shakespeare",
        "did anyone watch the match last night?? what a finish",
        "I missed it, Maya! Tell us how it went.",
    ),
    (
        "lovelace",
        "did anyone watch the match last night?? what a finish",
        "I missed it, Maya! Tell us how it went.",
    ),
    (
        "curie",
        "anyone catch the eclipse last night",
        "I missed it, Maya! Tell us how it went.",
    ),
    (
        "einstein",
        "did you see the match last night?",
        "A quiet evening suits me, Maya; my best ideas came while nothing at all was happening.",
    ),
    (
        "socrates",
        "what's everyone doing this weekend",
        (
            "The weekend? We Athenians keep no such thing, but there is a festival at the "
            "Piraeus, and I mean to go down and watch the procession. And you?"
        ),
    ),
    (
        "socrates",
        "is victor responsible for what the creature does?",
        (
            # (session 41: his #examine line on responsibility, as faults41 proposed)
            "Responsible for what, Maya, and how far? We answer for what we knowingly set going "
            "and could have stopped; ask what he knew, what he could do, and whether he did it."
        ),
    ),
    (
        "socrates",
        "are parents responsible for what their kids do",
        (
            # (session 41: his #examine line on responsibility, as faults41 proposed)
            "Responsible for what, Maya, and how far? We answer for what we knowingly set going "
            "and could have stopped; ask what he knew, what he could do, and whether he did it."
        ),
    ),
    (
        "socrates",
        "how do we decide what's fair for chores?",
        (
            "Before I answer, Maya, tell me: if someone did the same to you, would you call "
            "it fair? Begin there, and you will find you already half know."
        ),
    ),
    (
        "socrates",
        "what's a fair way to split the bill",
        (
            "A fair question, Maya; let me answer with care. If one flatmate does all the "
            "cleaning and the others only the mess, that is not fair; justice in a house, as "
            "in a city, is each doing his own share."
        ),
    ),
    (
        "socrates",
        "is it fair to punish the whole class",
        (
            "Before I answer, Maya, tell me: if someone did the same to you, would you call "
            "it fair? Begin there, and you will find you already half know."
        ),
    ),
]
EINSTEIN_YES = (
    "I would say yes, Maya, though I hold it the way I hold any theory: until an "
    "experiment says otherwise. It took me eight years to get from the happiest "
    "thought of my life to general relativity; patience did more of that work than "
    "cleverness."
)
FOLLOWS = [  # after Einstein's yes to 'is it true time slows down when you go fast'
    (
        "why?",
        (
            "Let me put it another way, Maya. Why time runs slow for a fast clock, simply: "
            "light bouncing between two mirrors on a moving train travels a longer, slanting "
            "path, and since its speed never changes, each tick takes longer."
        ),
    ),
    (
        "how come?",
        (
            "Let me put it another way, Maya. Why time runs slow for a fast clock, simply: "
            "light bouncing between two mirrors on a moving train travels a longer, slanting "
            "path, and since its speed never changes, each tick takes longer."
        ),
    ),
    (
        "how so?",
        (
            "Let me put it another way, Maya. Why time runs slow for a fast clock, simply: "
            "light bouncing between two mirrors on a moving train travels a longer, slanting "
            "path, and since its speed never changes, each tick takes longer."
        ),
    ),
    (
        "wait really?",
        "Yes, Maya, I think so; and when a thing seems true to me I still want to see it tested.",
    ),
    (
        "seriously?",
        "Yes, Maya, I think so; and when a thing seems true to me I still want to see it tested.",
    ),
]
HANDED = [  # (slug, /AIBot question, the house bot's hand-off, the persona's answer)
    (
        "darwin",
        "/AIBot @darwin what did you eat on the beagle",
        "That one's for Charles, Maya, not me. Over to you, @darwin!",
        (
            "I never cooked, Maya; but on the Beagle I ate armadillo and agouti, and half a "
            "rhea before I realised it was the rare species I was hunting."
        ),
    ),
    (
        "curie",
        "/AIBot Curie did you ever get sick from the radium?",
        "That one's for Marie, Maya, not me. Over to you, @curie!",
        (
            "Not at first, Maya: radium's glow seemed a friend. Pierre strapped some to his "
            "arm on purpose to study the burn, and my fingers cracked and scarred; we thought"
            " it a small price. I would use the tongs and the lead now."
        ),
    ),
    (
        "shakespeare",
        "/AIBot @shakespeare what is your favourite play",
        "That one's for William, Maya, not me. Over to you, @shakespeare!",
        (
            "Ah, Maya, now you speak my language. My favourite of my own plays changes with "
            "my mood: Hamlet when I am thinking, Twelfth Night when I want to laugh, and The "
            "Tempest when I am tired."
        ),
    ),
]


@pytest.mark.parametrize(("slug", "message", "reply"), CASES)
def test_read_as_asked(slug, message, reply):
    assert say(slug, message) == reply


@pytest.mark.parametrize(("follow", "reply"), FOLLOWS)
def test_a_follow_up_goes_on_with_what_was_asked(follow, reply):
    history = (
        Line("maya", "@einstein is it true time slows down when you go fast"),
        Line("Albert Einstein", EINSTEIN_YES, own=True),
    )
    assert say("einstein", follow, history=history) == reply


@pytest.mark.parametrize(("slug", "asked", "handed", "answer"), HANDED)
def test_the_house_bot_hands_a_question_on_and_the_persona_answers(slug, asked, handed, answer):
    assert say("aibot", asked, others=PERSONAS) == handed
    assert house_handed_to(handed) == slug
    assert say(slug, handed, author="AIBot", history=(Line("maya", asked),)) == answer


@pytest.mark.parametrize(
    "text",
    [
        "That one's for Charles, Maya: write @darwin and your question, and Charles will "
        "answer it.",
        "Mention a persona with @ (say @darwin) and it answers.",
        "over to you, @darwin, what do you think?",
    ],
)
def test_no_hand_off_but_the_house_bots_own(text):
    assert house_handed_to(text) == ""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("curie your daughter won a nobel too right", "neutral"),
        ("your wife was a physicist wasn't she", "neutral"),
        ("the slugs got my lettuces", "rueful"),
        ("moths got my jumper", "rueful"),
        ("the fox got my chickens", "grave"),
        ("the cat got our goldfish", "grave"),
        # near misses: still good news
        ("i got my results and passed!", "good"),
        ("I got my dream job", "good"),
        ("finally got my keys to the new flat!", "good"),
    ],
)
def test_whose_news(text, want):
    assert mood(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "weren't you scared",
        "didn't you hate school",
        "don't you miss your mother",
        "haven't you ever doubted it",
    ],
)
def test_negative_questions_asked(text):
    # (a question of its own life, "personal", or of anything: asked either way)
    assert NEGATIVE_ASKED.search(text)
    assert read(text, voice=VOICES["curie"], addressed=True).kind in ("question", "personal")


@pytest.mark.parametrize(
    "text",
    [
        "what if the earth stopped spinning",
        "imagine if we could live forever",
        "say you could time travel, where would you go",
        "suppose you had never found radium",
        "imagine you had a modern laptop",
        "if you could meet anyone who would it be",
    ],
)
def test_supposed_cases_asked(text):
    assert SUPPOSED_ASKED.match(text) and ASKED.search(text)
    assert read(text, voice=VOICES["curie"], addressed=True).kind in ("question", "personal")


@pytest.mark.parametrize(
    "text", ["I wasn't scared", "don't you dare", "don't forget the cake", "I imagine it was hard"]
)
def test_near_misses_not_asked_so(text):
    assert not NEGATIVE_ASKED.search(text) and not SUPPOSED_ASKED.match(text)
    assert read(text, voice=VOICES["curie"], addressed=True).kind != "question"


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_in_a_room_the_handed_question_reaches_the_persona(room, alice, personas):
    await seat(room, personas["darwin"], personas["curie"])
    socket = await connected_socket(room.slug, alice)

    await socket.send_to(text_data=frame("/AIBot @darwin what did you eat on the beagle"))

    await frames_until(socket, persona_message("Charles Darwin"))
    replies = await persona_messages(room)
    assert [slug for slug, _body in replies] == ["aibot", "darwin"]
    assert house_handed_to(replies[0][1]) == "darwin"
    assert replies[1][1] == (
        "I never cooked, Alice; but on the Beagle I ate armadillo and agouti, and half a rhea "
        "before I realised it was the rare species I was hunting."
    )
    await socket.disconnect()
