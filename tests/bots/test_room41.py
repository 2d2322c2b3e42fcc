"""room41: things read right in my own live rooms (session 41).

A baking club (`/root/mine41/r2.json`): "my oven runs hot too", then "@einstein why does an
oven thermometer disagree with the dial?" got "I see it otherwise than Omar" and a line on
microwaves: things that disagree (a thermometer and a dial) take no side in the room.
"""

from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

OVEN = Line("omar", "my oven runs hot too which doesnt help")
THERMOSTAT = (
    "An oven dial only sets a thermostat, Maya, and it lets the heat swing ten or twenty degrees "
    "either way; a thermometer reads the air where it hangs, and ovens have hot spots. Trust one "
    "on the middle shelf and set the dial to suit."
)


def test_things_that_disagree_are_a_question_about_them():
    asked = "why does an oven thermometer disagree with the dial?"
    assert say("einstein", asked, history=(OVEN,)) == THERMOSTAT


def test_an_oven_that_runs_hot_is_its_thermostat():
    assert say("einstein", "my oven runs hot, why?") == THERMOSTAT


def test_a_person_who_disagrees_still_takes_a_side():
    reply = say("einstein", "i disagree with omar, ovens are fine", history=(OVEN,))
    assert reply.startswith("I am not with Omar on this, Maya; it sounds neat, and neat claims")


def test_yeast_is_alive():
    # "@darwin is yeast alive then?" had got his line on brewers' unconscious selection.
    assert say("darwin", "@darwin is yeast alive then?") == (
        "Alive indeed, Maya: yeast is a fungus of single cells that feed on sugar and multiply, "
        "and the gas they give off raises your bread. Pasteur showed in my own day that "
        "fermentation is the work of living cells."
    )


# A revision group (`/root/mine41/r4.json`): what a student would ask, answered, where
# Einstein had owned up to failing maths (the myth he denied) and Lovelace to the quadratic
# formula.
def test_einstein_never_failed_maths():
    # (bio46's line on the myth, since session 46: what he did fail, and when)
    assert say("einstein", "@einstein did you really fail maths at school?") == (
        "Never, Maya, that is a myth: I had mastered calculus before I was fifteen, and my Swiss "
        "report cards gave me top marks in mathematics. What I did fail, at sixteen, was the "
        "general part of the Zurich Polytechnic entrance exam, in French and the like."
    )


def test_how_long_to_revise():
    assert say("einstein", "how many hours a day should i revise") == (
        "Fewer hours than you fear, Maya: three or four of real work a day, in blocks of forty "
        "minutes with a walk between, beat eight of staring at the page. And sleep; the mind "
        "sorts what it learned in the night."
    )


def test_lovelace_knows_the_quadratic_formula():
    assert say("lovelace", "what's the quadratic formula again") == (
        "For ax² + bx + c = 0, Maya: x = (−b ± √(b² − 4ac)) ÷ 2a. The part under the root tells "
        "you how many answers: positive, two; nought, one; negative, none among the real numbers."
    )


def test_revising_maths_you_hate():
    assert say("lovelace", "any tips for revising maths when you hate it") == (
        "Make it a puzzle rather than a penance, Maya: twenty minutes a day on problems you can "
        "nearly do, each step said aloud, and a page of your own mistakes to read back. I was "
        "drilled for hours as a girl; the short daily way works far better."
    )


def test_a_childs_failed_test_is_no_question_of_his_life():
    assert say("einstein", "my son failed his maths test") == (
        "Oh dear, Maya. When things went badly for me I took my violin and played until they "
        "looked smaller."
    )


# A late-night room (`/root/mine41/r5.json`): Kit told of her nan's death; Sam asked for lines.
def test_lines_for_another_ones_loss_name_whose_it_is():
    history = (
        Line("kit", "my nan died last month and i still keep expecting her to call"),
        Line("sam", "oh kit im so sorry"),
    )
    asked = "@shakespeare got any lines about missing someone"
    assert say("shakespeare", asked, author="sam", history=history) == (
        "I am sorry, Sam. For Kit's nan: \"Good night, sweet friend, and flights of angels sing "
        'thee to thy rest; / we held thee dear, and dearly were we blessed."'
    )


def test_a_poem_about_grief_is_for_grief():
    assert say("shakespeare", "@shakespeare a poem about grief") == (
        "I am sorry, Maya. For the one you lost: \"Fear no more the heat o' the sun, dear friend; "
        "thy journey's done. / Sleep soft: thou wert so loved, and missed by everyone.\""
    )


def test_einstein_on_an_afterlife():
    assert say("einstein", "@einstein do you believe in an afterlife") == (
        "I cannot conceive of an individual who survives his bodily death, Maya, nor would I "
        "want to; enough for me the mystery of life's eternity, and a glimpse of the marvellous "
        "structure of the world."
    )


SORRY = (
    "Ach, Maya, I am so sorry. That is a heavy thing to carry; be gentle with yourself, and let "
    "the people near you help."
)


def test_one_in_heaven_now_is_a_death_not_good_news():
    # had got "Wunderbar, Maya! I am glad for you"
    assert say("einstein", "my nan is in heaven now") == SORRY
    assert say("einstein", "grandad went to heaven last year") == SORRY


def test_a_heavenly_cake_is_still_a_joy():
    assert say("einstein", "this cake is heaven") == (
        "Wunderbar, Maya! I am glad for you; go and enjoy it, and do not waste a minute of it on "
        "work."
    )


# faults41's suggested lines: Socrates on responsibility, Darwin lonely at sea.
def test_socrates_examines_responsibility():
    assert say("socrates", "@socrates is victor responsible for what the creature does?") == (
        "Responsible for what, Maya, and how far? We answer for what we knowingly set going and "
        "could have stopped; ask what he knew, what he could do, and whether he did it."
    )


def test_darwin_lonely_on_the_beagle():
    assert say("darwin", "wasn't it lonely on the beagle?") == (
        "Often, Maya: five years away and seasick in every swell; I lived for the letters from "
        "home that met us in port."
    )


# A flatshare (`/root/mine41/r3.json`): the fairest way asked is a question of fairness for the
# philosopher, not "In Athens I never learned such things".
def test_the_fairest_way_is_examined():
    asked = "socrates what's the fairest way to split chores between 3 people?"
    assert say("socrates", asked) == (
        "Before I answer, Maya, tell me: if someone did the same to you, would you call it fair? "
        "Begin there, and you will find you already half know."
    )


def test_a_preposition_is_no_option_to_pick():
    # "evenly or by what we ate" had got "I would say by."
    asked = "what's the fairest way to split the bill, evenly or by what we ate?"
    assert say("socrates", asked) == (
        "A shoemaker could answer that better than I, Maya; I only know how to ask questions."
    )


# cpu41 found a reply that changed with the process's hash seed: a person's riddle read as a
# question of Lovelace's life ("My father left when I was a month old" on "leave"). A riddle put
# to the room is enjoyed and given up, whatever the seed.
def test_a_riddle_put_to_the_room_is_given_up():
    riddle = "Riddle for you all: the more you take, the more you leave behind. What am I?"
    assert say("lovelace", riddle) == (
        "A riddle! You have me beaten, Maya; I give up, so tell us the answer."
    )


# review41's mends.
def test_a_salon_action_on_a_persona_is_the_house_bots():
    from tests.bots.test_everyday_messages import VOICES

    others = [VOICES["socrates"], VOICES["darwin"]]
    asked = "/AIBot @socrates keeps arguing with me, how do i mute him"
    assert say("aibot", asked, others=others).startswith(
        "Owners and moderators press Manage (⋯) on the person's row in the member panel: Mute"
    )


def test_a_mortgage_approved_is_good_news():
    assert say("einstein", "the bank got my mortgage approved!") == (
        "Ach, how splendid, Maya! New keys, a new house; when we built our little summer house at "
        "Caputh I walked round it like a boy with a new toy."
    )


def test_a_negative_remark_is_still_a_remark():
    assert say("darwin", "wasn't the weather awful today") == (
        "Weather is the naturalist's constant companion, Maya; one learns to like it all."
    )


WORRY = (
    "Ach, Maya, that is a worry. I hope the doctors are good ones; waiting for news is the "
    "hardest part, so do not wait alone."
)


def test_the_askers_own_illness_is_met_with_sympathy_not_the_personas():
    # review41: had got "in 1955 it burst, and I died at seventy-six" and Eduard's illness
    asked = "i was just diagnosed with an aortic aneurysm, how was your health after yours"
    assert say("einstein", asked) == WORRY
    asked = "my son was just diagnosed with schizophrenia, how do you cope with that"
    assert say("einstein", asked) == WORRY


def test_its_own_health_asked_is_still_answered():
    assert say("einstein", "how was your health in old age").startswith(
        "Good for most of my life, Maya, though I nearly ruined my stomach in 1917"
    )


SORRY_ADA = (
    "Oh, Maya, I am so sorry. I have known long, frightening months myself; be gentle with "
    "yourself, and do not carry it alone."
)


def test_a_parent_who_left_is_a_sorrow_not_a_pattern():
    # review41: "Well, Maya, every day brings its own pattern. I died at thirty-six ..."
    assert say("lovelace", "my dad left when i was a baby") == SORRY_ADA


def test_savings_lost_are_no_small_error():
    # review41: "How vexing, Maya! A small error in the day's programme"
    assert say("lovelace", "i lost all my savings gambling") == SORRY_ADA


def test_you_said_of_anyone_meets_no_line_of_its_own_life():
    # review41: "how do you stay healthy" had got Einstein's aneurysm and death
    assert not say("einstein", "how do you stay healthy").startswith("Good for most of my life")
    assert say("einstein", "how did you stay healthy").startswith(
        "Good for most of my life, Maya, though I nearly ruined my stomach in 1917"
    )


def test_a_day_told_with_imagine_is_no_case_supposed():
    assert say("einstein", "imagine being stuck in traffic for 3 hours, that was my day") == (
        "And how did that happen, Maya? I always want to know how things come about."
    )


def test_a_reply_is_the_same_whatever_the_hash_seed():
    # cpu41 found replies that changed with the process's hash seed (a set's order chose the
    # word a line was read on, `sense.same_sense`); each seed is a fresh process.
    import os
    import subprocess
    import sys

    asked = "why did you leave anne the second best bed, my literature teacher keeps bringing it up"
    code = (
        "from tests.bots.test_everyday_messages import say; import sys; "
        "print(say('lovelace', sys.argv[1]))"
    )
    replies = {
        subprocess.run(
            [sys.executable, "-c", code, asked],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in ("0", "3", "6", "7")
    }
    assert replies == {
        "That I could never put into figures, Maya; my mother tried, and it did neither of us "
        "much good."
    }
