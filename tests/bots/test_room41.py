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
