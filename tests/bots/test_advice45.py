"""A person's trouble with someone in their life, answered with advice in voice (advice45).

"my friend keeps canceling plans should i say something", "my sister says im too dramatic",
"should i tell my boss i made a mistake": each persona reads the kind of trouble and gives
sound advice with one short sample of the words, never "Tell me more", a dodge, or a stock
career line met on "boss" (`bots.advice45`). News, facts, field questions, grief and the
persona's own good answers are left as they were."""

from __future__ import annotations

import pytest

from bots.advice45 import LINES, advised
from tests.bots.test_everyday_messages import VOICES, Line, say

ADVISED = [
    (
        "einstein",
        "my friend keeps canceling plans should i say something",
        (
            "Say it once, Maya, soon and in private, about the pattern and how it lands, not "
            'about their character: "This keeps happening and it bothers me." Then propose a '
            "firm day and time you both keep. Most people mend faster than we fear."
        ),
    ),
    (
        "shakespeare",
        "my sister says im too dramatic",
        (
            "Ask your sister what they saw, Maya, that made them name thee so, and hear it "
            "out. Take what is true and mend it, leave what is false where it lies; a name is "
            "a cloak, not the one who wears it."
        ),
    ),
    (
        "curie",
        "should i tell my boss i made a mistake",
        (
            "Tell them early and plainly, Maya, with what you will do about it. An error "
            "reported at once is a small thing; the same error found later is a large one, in "
            "a laboratory or anywhere else."
        ),
    ),
    (
        "lovelace",
        "my roommate never does the dishes, how do i bring it up without a fight",
        (
            "Treat it as a fault in the procedure, Maya, not the person: raise it once, soon "
            'and privately: "This keeps happening, and it weighs on me." Then propose a rota '
            "with both names on it, a new step in the programme."
        ),
    ),
    (
        "darwin",
        "my coworker keeps taking credit for my work what do i do",
        (
            "I would speak of it once, Maya, quietly in private, about the pattern rather "
            'than their character: "This has happened a few times now, and it troubles me." '
            "Then suggest naming who did what, in the meeting or email."
        ),
    ),
    (
        "socrates",
        "my mum calls me lazy all the time",
        (
            "What did your mum see that made them say it, Maya? Ask them, and then examine it "
            "yourself: keep what is true and mend it, leave what is not. No one is harmed by "
            "learning a truth about himself."
        ),
    ),
    (
        "einstein",
        "my brother and i havent spoken in months",
        (
            "Someone has to take the first step, Maya, so let it be you: a short message, "
            'owning whatever part was yours and asking for nothing: "I miss you; can we '
            'talk?" Pride is a poor physicist; it never measures what it costs.'
        ),
    ),
    (
        "shakespeare",
        "my ex keeps texting me what should i say",
        (
            'Say it once, Maya, plainly and without heat: "This I cannot bear; let us do thus '
            'instead." This above all: to thine own self be true, and a limit unspoken is no '
            "limit at all."
        ),
    ),
    (
        "curie",
        "should i tell my friend i dont want to be her bridesmaid",
        (
            'Tell them soon, Maya, in person, plainly and without decoration: "There is '
            'something you should hear from me." Facts kept back do not improve with age; '
            "they only come out later, and worse."
        ),
    ),
    (
        "lovelace",
        "what do i say to my friend who forgot my birthday",
        (
            'State it once, Maya, precisely and without a lecture: "That hurt, and I wanted '
            'you to know." Then give them the chance to correct it; most people, shown the '
            "fault, will."
        ),
    ),
    (
        "darwin",
        "how do i tell my boyfriend i need more space",
        (
            'I would tell them, Maya, soon and in person, gently and plainly: "I would rather '
            'you heard this from me." I sat on my own news for twenty years, and I cannot say '
            "the waiting made the telling any easier."
        ),
    ),
    (
        "socrates",
        "my partner is always late and it drives me mad",
        (
            "Have you told them plainly, Maya, or only hoped they would notice? Say it once, "
            "in private, about what keeps happening, not what they are; then propose a firm "
            "day and time you both keep."
        ),
    ),
    (
        "einstein",
        "my gf says im too clingy",
        (
            "Ask your girlfriend what they saw that made them say it, Maya, and listen "
            "without defending. Take what is true, leave what is not; a label is a rough "
            "measurement, and even a rough one can hold a little information."
        ),
    ),
    (
        "curie",
        "my flatmate never takes the bin out lol what do i do",
        (
            "Raise it once, Maya, soon and privately, about what happens and how it affects "
            'you, not their character: "This has happened several times, and it troubles me." '
            "Then propose a rota with both names on it."
        ),
    ),
    (
        "shakespeare",
        "i broke my roommates lamp should i tell her",
        (
            'Tell it, Maya, early and plain: "I erred, and thus will I mend it." Truth will '
            "out, as Launcelot says, and a fault owned first is half forgiven; one found out "
            "is twice condemned."
        ),
    ),
    (
        "darwin",
        "my friend owes me money and keeps dodging it, how do i ask",
        (
            "I would speak of it once, Maya, quietly in private, about the pattern rather "
            'than their character: "This has happened a few times now, and it troubles me." '
            "Then suggest a date to pay it back."
        ),
    ),
]


@pytest.mark.parametrize(("slug", "text", "reply"), ADVISED)
def test_a_trouble_with_someone_gets_advice_in_voice(slug, text, reply):
    assert say(slug, text) == reply


# Their cores: what each template says once "{name}", "{who}" and "{fix}" are filled.
CORES = {
    max(part.split("{fix}")[0].split("{who}")[-1].split("{name}"), key=len).strip()
    for lines in LINES.values()
    for part in lines.values()
}

LOOK_ALIKES = [
    "my sister just had a baby!",
    "my friend got into oxford",
    "what is the speed of light",
    "my dad passed away last week",
    "my mum is in hospital with cancer",
    "my brother is visiting this weekend",
    "my boss gave me a raise today",
    "my roommate and i are going to paris",
    "i miss my grandmother so much she died last year",
    "my friend is coming over for dinner tonight",
    "my neighbour's drilling started at 7 again",
    "is it normal to feel jealous of my sister",
    "my girlfriend forgot my birthday, should I be upset",
    "why do mosquitoes always bite me and not my husband",
    "my neighbour's dog barks all night how do i bring it up",
]


@pytest.mark.parametrize("slug", ["einstein", "shakespeare", "curie", "lovelace", "socrates"])
@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_news_facts_grief_and_other_asks_are_left_alone(slug, text):
    assert advised(slug, text) == "" or "dog" in text
    reply = say(slug, text)
    assert not any(core in reply for core in CORES), reply


@pytest.mark.parametrize(
    "text",
    [
        "my friend keeps canceling plans should i say something",
        "my roommate never does the dishes, how do i bring it up without a fight",
        "my coworker keeps taking credit for my work what do i do",
    ],
)
def test_socrates_keeps_his_own_answer(text):
    assert not any(core in say("socrates", text) for core in CORES)


def test_the_house_bot_keeps_its_own():
    assert advised("aibot", "my sister says im too dramatic") == ""


def test_another_persona_asked_by_name_answers_it():
    assert advised("einstein", "@curie my sister says im too dramatic") == ""


@pytest.mark.parametrize(
    "slug", ["einstein", "shakespeare", "curie", "lovelace", "socrates", "darwin"]
)
def test_every_line_fits_the_persona(slug):
    limit = VOICES[slug].max_reply_chars
    for line in LINES[slug].values():
        filled = line.replace("{name}", "Maximilian").replace("{who}", "your girlfriend")
        assert len(filled.replace("{fix}", "naming who did what, in the meeting or email")) <= limit


def test_what_to_do_asked_after_the_trouble_was_told():
    history = (Line("maya", "ugh my roommate never does the dishes"),)
    reply = say("einstein", "@einstein how do i bring it up without a fight", history=history)
    assert reply.startswith("Say it once, Maya, soon and in private, about the pattern")
    assert "a rota with both names on it" in reply
