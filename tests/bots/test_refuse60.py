"""Needless refusals and broken templates (refuse60).

- A short piece asked for (an out-of-office, an auto-reply, a war cry or a chant) is written in
  the persona's voice, with the side's name when one is told ("we're the red lions"); no made
  line is ever filled with a placeholder such as "nothing in particular".
- Getting better at something (practice, focus, nerves, motivation, habits) gets a view from
  the persona's own life (`bots.learning`), never "that puzzles me".
- A practical everyday matter with an official place to look it up (passports, visas, a
  licence, bin days, opening hours, a luggage allowance) gets where to check, never a rule.
- A yes or no on figures weighed gets no verdict with a stray line glued on; a sum owned up to
  is declined in the persona's words for a sum it cannot read (Lovelace's "my mother raised me
  on mathematics ... left that one out" is never said of arithmetic).
Health, law and money that need the facts of a case stay owned up to."""

from __future__ import annotations

import re

import pytest

from bots.asks import team_named
from bots.compose import compose_asked
from bots.learning import learning_asked, pointer_asked
from bots.material import index_of
from tests.bots.test_everyday_messages import VOICES, say

SIX = ("einstein", "shakespeare", "curie", "lovelace", "socrates", "darwin")

# (persona, the ask, the reply)
AWAY = [
    (
        "shakespeare",
        "@shakespeare can we get an out of office for the book club chat while we're all in "
        "cornwall? make it dramatic",
        'For the out-of-office message, Maya, take this from my own stock: "We are gone '
        "hence a while, good friend! Speak, and thy words shall keep till we return: parting "
        'is such sweet sorrow."',
    ),
    (
        "einstein",
        "@einstein need an auto reply for my email while im on holiday, something fun",
        'For the auto-reply, Maya, I would write this: "I am away just now, and out of reach '
        "of all equations; your message will keep, and I will answer it gladly when I am "
        'back."',
    ),
    (
        "curie",
        "@curie could you write me an away message for teams, im off till monday",
        'For the away message, Maya, I would write this, simply: "I am away at present and '
        "cannot reply. Your message is safely kept; I will answer it carefully when I "
        'return."',
    ),
    (
        "lovelace",
        "@lovelace write an out-of-office for our group chat pls, we're away till the 12th",
        'For the out-of-office message, Maya, I would set down this: "We are away at '
        "present, and our replies are suspended until our return; your message is stored in "
        'good order and will be answered then."',
    ),
    (
        "socrates",
        "@socrates give us an OOO reply for the society inbox",
        'For the out-of-office message, Maya, I would say only this: "We are away, friend, '
        "and cannot answer; but ask yourself the question meanwhile, and we will examine it "
        'together when we return."',
    ),
    (
        "darwin",
        "@darwin can you do me a holiday autoreply for my work email",
        'For the auto-reply, Maya, I would offer this: "I am away on a voyage of my own and '
        'cannot reply; your message will keep, like a good specimen, until I return."',
    ),
    (
        "shakespeare",
        "@shakespeare can you write us a short out of office message for the group chat, "
        "something dramatic for when people message us while we're away",
        'For the out-of-office message, Maya, take this from my own stock: "Hark! We are '
        "away, good friend, and cannot answer thee; thy words shall wait upon our return, and "
        'be the sweeter for the waiting."',
    ),
    (
        "einstein",
        "@einstein write me an OOO for slack, on paternity leave for 2 weeks",
        'For the out-of-office message, Maya, I would write this: "I am away just now, and '
        "out of reach of all equations; your message will keep, and I will answer it gladly "
        'when I am back."',
    ),
    (
        "darwin",
        "@darwin pls write an auto response for the shop email while we're closed for christmas",
        'For the auto-reply, Maya, I would offer this: "We are away on a voyage of our own '
        'and cannot reply; your message will keep, like a good specimen, until we return."',
    ),
    (
        "socrates",
        "@socrates im away next week, write me something for my out of office",
        'For the out-of-office message, Maya, I would say only this: "I am away, friend, and '
        "cannot answer; but ask yourself the question meanwhile, and we will examine it "
        'together when I return."',
    ),
    (
        "lovelace",
        "@lovelace something for my out of office pls, back on the 3rd",
        'For the out-of-office message, Maya, I would set down this: "I am away at present, '
        "and my replies are suspended until my return; your message is stored in good order "
        'and will be answered then."',
    ),
]

CRIES = [
    (
        "shakespeare",
        "@shakespeare we need a war cry for the tug of war, we're the Mighty Oaks",
        'For the tug of war, Maya, take this from my own stock: "We few, we happy few, we '
        'band of friends: / for the Mighty Oaks, we roar until it ends!"',
    ),
    (
        "shakespeare",
        "@shakespeare chant for our rounders team? team name is the Bat Pack",
        "For the rounders team, Maya, take this from my own stock: \"Cry 'God for the Bat "
        "Pack!' and bring it home: / not one of us shall finish it alone!\"",
    ),
    (
        "einstein",
        "@einstein a battle cry pls, our team is called the Quantum Leapers",
        'For the battle cry, Maya, I would write this: "Stay curious, stick together, and '
        'never stop asking! Come on, Quantum Leapers!"',
    ),
    (
        "curie",
        "@curie give us a war cry, we are the Radium Girls",
        'For the war cry, Maya, I would write this, simply: "Steady work, bright results! '
        'Come on, Radium Girls!"',
    ),
    (
        "darwin",
        "@darwin we're the Galapagos Gang, can you write us a chant",
        'For the chant, Maya, I would offer this: "Slowly, steadily, and all together: that '
        'is how things evolve! Come on, Galapagos Gang!"',
    ),
    (
        "socrates",
        "@socrates a war cry for the quiz, we're called Plato's Cave",
        'For the quiz, Maya, I would say only this: "We know that we know nothing, and we '
        "still know more than you! Come on, Plato's Cave!\"",
    ),
    (
        "lovelace",
        "@lovelace a chant for our netball team? we are the Thunderbolts",
        'For the netball team, Maya, I would set down this: "Weaving victory, one pass at a '
        'time! Come on, Thunderbolts!"',
    ),
    (
        "shakespeare",
        "@shakespeare give us something to shout before the match, we're the Dragons",
        'For the chant, Maya, take this from my own stock: "We few, we happy few, we band of '
        'friends: / for the Dragons, we roar until it ends!"',
    ),
    (
        "einstein",
        "@einstein give us a chant, we're playing the reds on sunday",
        'For the chant, Maya, I would write this: "Stay curious, stick together, and never '
        'stop asking!"',
    ),
]

LEARNING = [
    (
        "einstein",
        "@einstein how does anyone actually get better at shooting? i feel like i either have "
        "it or i dont",
        "Practice, Maya, but practice with your whole attention: I was no prodigy; I only "
        "stayed with problems longer than most. A little every day, noticing what went wrong, "
        "beats any amount of waiting for a gift.",
    ),
    (
        "einstein",
        "@einstein how do you get good at the piano? is it talent or just hours?",
        "If you want my view, Maya: I would say hours. Curiosity and hard work over talent: I "
        "have no special talents, I am only passionately curious, and I simply stayed with "
        "problems longer than others did.",
    ),
    (
        "shakespeare",
        "@shakespeare is it talent or practice, being good at football?",
        "Since you ask my judgement, Maya: I would say practice. Work above bare talent, good "
        "friend: a glover's son with small Latin and less Greek, I wrote two plays a year for "
        "twenty years, and the gift is nothing unpractised.",
    ),
    (
        "curie",
        "@curie is it just practice with free throws or is there a trick",
        "Practice and patience, Maya: in our shed we stirred tons of pitchblende for four "
        "years before the radium appeared. Work at it steadily, note what goes wrong each "
        "time, and the improvement comes.",
    ),
    (
        "lovelace",
        "@lovelace how do i stop procrastinating on my dissertation",
        "Break it into operations, Maya, as I did my Notes: the first paragraph, then the "
        "next; the Engine never waits to feel inspired.",
    ),
    (
        "socrates",
        "@socrates how do you stay motivated when no one is watching",
        "I kept on because I had a task, Maya; the oracle at Delphi called me wise, and "
        "whether the jury believed me or not, I had to keep asking what it meant.",
    ),
    (
        "darwin",
        "@darwin hows the best way to make revision a habit",
        "Routine, Maya: I kept the same hours at Down House for forty years, work, walk, "
        "letters, rest, and it carried me through years of ill health. Fix a time, and let "
        "the habit do the remembering.",
    ),
    (
        "einstein",
        "@einstein what's the secret to staying focused on long shifts",
        "Put the distraction out of reach, Maya; I did my best thinking in the quiet of the "
        "patent office and on long walks, with nothing to check but the next idea. Work in "
        "one stretch, then rest.",
    ),
    (
        "darwin",
        "@darwin how do i improve at darts lol",
        "Patience and practice, Maya: I spent eight years on barnacles and was no quicker "
        "than anyone. Work at it a little each day and note what improves; the change is "
        "slow, but it accumulates.",
    ),
    (
        "lovelace",
        "@lovelace any tips for nerves before a big match?",
        "I was often ill and often anxious, Maya; a page of mathematics steadied me better "
        "than any tonic. Find your page, and do it first.",
    ),
    (
        "socrates",
        "@socrates how long does it take to get good at chess?",
        "By doing it, Maya, as a flute player becomes good by playing, not by hearing of "
        "flutes. Practise often, and ask each time what you did badly; that question is the "
        "teacher.",
    ),
    (
        "einstein",
        "@einstein how do i get less nervous before presentations",
        "I failed my first entrance examination to the Polytechnic, Maya, and the world did "
        "not end; take a walk before it, or play a little music.",
    ),
    (
        "curie",
        "@curie how do you make yourself revise when you just cant be bothered",
        "I did not wait to feel like working, Maya; I was a governess for years to pay for my "
        "studies. Set a small task for each day and finish it; the feeling follows the doing.",
    ),
    (
        "socrates",
        "@socrates i keep getting distracted when i study, how do i focus",
        "Stay with the one question, Maya; on campaign at Potidaea I once stood from dawn to "
        "dawn thinking a single problem through. Choose one thing, and let nothing else in "
        "until it is done.",
    ),
    (
        "shakespeare",
        "@shakespeare how do you make practising scales a habit? i always skip it",
        "So many lines a day, Maya, whatever the weather: how use doth breed a habit in a "
        "man, as one of my gentlemen of Verona says. Repeat a thing, and it becomes you.",
    ),
    (
        "darwin",
        "@darwin any tips on how to stop procrastinating",
        "Write a rough sketch first, Maya, as I did in 1842 with thirty-five pages in pencil; "
        "a bad draft is easier to mend than a blank page.",
    ),
]

POINTERS = [
    (
        "curie",
        "@curie do you know anything about passports? i feel like you'd be calm about it",
        "Calmly, Maya: I crossed borders with papers myself, and the calm way is to go to the "
        "source; check the official government passport pages, and the entry rules of where "
        "you are going, which have it as it stands today.",
    ),
    (
        "shakespeare",
        "@shakespeare do i need a visa for the usa if im british",
        "I'll not play the herald with news I know not, Maya; check the official visa page of "
        "the country you are visiting (its government or embassy site), which has the rule as "
        "it stands today, and trust it over any poet.",
    ),
    (
        "einstein",
        "@einstein is my passport ok if it runs out in 2 months? going to spain",
        "I held German, Swiss and American papers in my time, Maya, and never trusted my "
        "memory of the rules; check the official government passport pages, and the entry "
        "rules of where you are going, which have it as it stands today.",
    ),
    (
        "lovelace",
        "@lovelace what time does the tip close on sundays?",
        "I never calculate from a figure I have not verified, Maya; check its own website, or "
        "its listing on a map app, which keeps the opening hours up to date.",
    ),
    (
        "socrates",
        "@socrates how much hand luggage can i take on ryanair?",
        "I know only that I do not know that, Maya; so ask the one who does, and check the "
        "airline's own website, under your booking, which has your allowance exactly.",
    ),
    (
        "darwin",
        "@darwin when is bin day round here",
        "I would go to the primary source, Maya, as I did with every fact I printed; check "
        "your council's website, which has it for your own street.",
    ),
    (
        "curie",
        "@curie do you know how to renew a provisional licence?",
        "Calmly, Maya: the way to settle it is to go to the source; check the official "
        "government page on driving licences, which has the current form and fee.",
    ),
    (
        "socrates",
        "@socrates does anyone know if trains are running on sunday with the strike",
        "I know only that I do not know that, Maya; so ask the one who does, and check the "
        "operator's own site or a journey planner app, which has the live times.",
    ),
    (
        "lovelace",
        "@lovelace do we need an esta for new york?",
        "I never calculate from a figure I have not verified, Maya; check the official visa "
        "page of the country you are visiting (its government or embassy site), which has the "
        "rule as it stands today.",
    ),
    (
        "einstein",
        "@einstein is the library open late on thursdays?",
        "I would not trust my memory on that, Maya, any more than a clock on a moving train; "
        "check its own website, or its listing on a map app, which keeps the opening hours up "
        "to date.",
    ),
    (
        "darwin",
        "@darwin do you know if the library is open on bank holidays?",
        "I would go to the primary source, Maya, as I did with every fact I printed; check "
        "its own website, or its listing on a map app, which keeps the opening hours up to "
        "date.",
    ),
]


@pytest.mark.parametrize(("slug", "text", "reply"), AWAY + CRIES + LEARNING + POINTERS)
def test_the_piece_the_view_or_the_place_to_check_is_given(slug, text, reply):
    assert say(slug, text) == reply


@pytest.mark.parametrize(
    ("text", "we"),
    [
        (
            "@einstein can you write an out of office for the lab while we're at the conference",
            True,
        ),
        ("@curie need an auto-reply for my inbox while i'm on leave", False),
        ("@darwin write us an away message for the allotment society chat", True),
        ("@socrates could i have an auto reply for my email, off till tuesday", False),
    ],
)
def test_an_away_message_is_said_as_we_for_a_group_and_as_i_for_one(text, we):
    slug = text.split()[0][1:]
    reply = say(slug, text)
    assert re.search(r'"(?:Hark! )?(?:We|I) (?:are|am)', reply), reply
    assert ('"We are' in reply or '"Hark! We are' in reply or '"We are gone' in reply) == we


@pytest.mark.parametrize(
    "text",
    [
        "i'm out of office till monday btw",
        "@einstein did you get my out of office message?",
        "@curie how do i set up an auto-reply in outlook",
        "the auto reply said she's away till june",
    ],
)
def test_an_away_message_told_of_or_how_to_set_one_up_is_not_written(text):
    assert compose_asked(text) != "away" or "how do" in text
    for slug in ("einstein", "curie"):
        assert "For the auto-reply" not in say(slug, text)
        assert "For the out-of-office" not in say(slug, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("give us a war cry, we're the red lions", "the Red Lions"),
        ("we are called the muddy boots, chant pls", "the Muddy Boots"),
        ("our team's name is the Owls, need a chant", "the Owls"),
        ("battle cry? team name is Quizteama Aguilera", "Quizteama Aguilera"),
        ("we were 'the lock ness monsters' last time and its not working", ""),
        ("we're playing the reds on sunday, give us a chant", ""),
        ("we're the worst team in the league lol", ""),
        ("we used to be the hawks, new war cry?", ""),
        ("motto for the night shift, we're nurses on a ward", ""),
        ("a chant pls, we are students at leeds", ""),
    ],
)
def test_a_side_is_named_only_by_the_name_it_tells_as_its_own(text, name):
    assert team_named(text) == name


PIECES = [
    "@shakespeare give us a war cry",
    "@shakespeare write us a haiku",
    "@shakespeare give us a rap",
    "@shakespeare a limerick please",
    "@shakespeare a shanty pls",
    "@shakespeare can you write us a team name and a little war cry? we were 'the lock ness "
    "monsters' last time and its not working",
    "@shakespeare chant for sunday's match pls",
]


@pytest.mark.parametrize("text", PIECES)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_no_made_line_is_filled_with_a_placeholder(text, seed):
    reply = say("shakespeare", text, seed=seed)
    assert "nothing in particular" not in reply.lower()
    assert "pretty lie" not in reply
    assert not re.search(r"\b(?:on|of|for) us\b,? (?:I never|Maya)", reply)


@pytest.mark.parametrize("slug", SIX)
@pytest.mark.parametrize(
    "text",
    [
        "give us a chant for sunday, we're the Night Owls",
        "a war cry for the relay pls, team is called the Fast Feet",
    ],
)
def test_every_persona_writes_a_cry_that_names_the_side(slug, text):
    reply = say(slug, f"@{slug} {text}")
    name = "Night Owls" if "Owls" in text else "Fast Feet"
    assert name in reply


@pytest.mark.parametrize(
    "text",
    [
        "@shakespeare should i take beta blockers for my nerves before the exam?",
        "@curie my nerves are shot lol",
        "@einstein did you practise the violin every day?",
        "@socrates how do i quit smoking, i keep giving up",
        "@lovelace how do i get better at saving money, im in debt",
        "@darwin im getting better at chess",
        "@curie is anxiety medication any good for focus?",
    ],
)
def test_health_money_news_and_its_own_past_get_no_learning_view(text):
    assert learning_asked(text) == ("", "")
    slug = text.split()[0][1:]
    learned = [
        line.split(":", 1)[1].strip() for line in index_of(VOICES[slug].material).tagged["learn"]
    ]
    reply = say(slug, text)
    assert not any(line.replace("{name}", "Maya") == reply for line in learned)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("how does anyone get better at bowling", "practice"),
        ("is it all practice or are some people just born with it?", "practice"),
        ("tips on staying focused in the library?", "focus"),
        ("how do you deal with butterflies before a gig", "nerves"),
        ("how do i stop giving up on running after 2 weeks", "motivation"),
        ("any advice on building a morning routine?", "habit"),
        ("how do i get better at drawing faces", "practice"),
    ],
)
def test_a_question_on_getting_better_is_read_by_its_subject(text, subject):
    assert learning_asked(text)[0] == subject


@pytest.mark.parametrize(
    "text",
    [
        "@shakespeare can i sue my landlord for the deposit",
        "@einstein do i need jabs for thailand?",
        "@curie how much tax do i pay on my pension",
        "@lovelace my passport finally came!!",
        "@darwin what time shall we meet tomorrow",
        "@socrates will the police fine me for an expired licence?",
    ],
)
def test_law_health_money_and_news_get_no_place_to_check(text):
    assert pointer_asked(text) == ("", "")
    assert "check " not in say(text.split()[0][1:], text)


@pytest.mark.parametrize("slug", SIX)
def test_a_pointer_names_the_place_never_a_rule(slug):
    reply = say(slug, f"@{slug} do you know anything about passports? mine runs out in 3 months")
    assert "official government passport" in reply
    assert not re.search(r"\b\d+ (?:months?|days?)\b", reply)


# Sums weighed as yes or no, and sums asked of the mathematician: no verdict with a stray line,
# and no "mother ... left that one out".
WEIGHED = [
    (
        "lovelace",
        "the pass is £400 each for the 16 days and we're doing about 9 trains. @lovelace is "
        "that actually better than buying tickets as we go if they're about £50 each?",
    ),
    (
        "einstein",
        "@einstein is the £30 membership better than paying £4 a visit if i go twice a week?",
    ),
    ("darwin", "@darwin is it worth paying £12 more for the 2 day ticket at £30?"),
    (
        "lovelace",
        "subs are due. its £5 a week and we've played 7 weeks, plus £12 for the new bibs split "
        "4 ways. @lovelace what does everyone owe?",
    ),
]


@pytest.mark.parametrize(("slug", "text"), WEIGHED)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_figures_weighed_get_no_stray_verdict_and_no_fancies(slug, text, seed):
    reply = say(slug, text, seed=seed)
    assert not re.match(r"(?:Yes|No|It is quite true|I would say)\b", reply), reply
    assert "Taste is one variable" not in reply
    assert "fancies" not in reply
    tagged = index_of(VOICES[slug].material).tagged
    # Worked, or declined: by the mathematician in her words for a sum she cannot read; by the
    # others, owned up to as outside their field.
    declines = (
        tagged["unworked"] if slug == "lovelace" else (*tagged["unworked"], *tagged["outside"])
    )
    worked = re.search(r"£\d", reply)
    assert worked or any(line.replace("{name}", "Maya") == reply for line in declines), reply
