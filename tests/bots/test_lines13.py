"""Material a beekeepers' room found missing: Shakespeare did write of bees, and Einstein knows
the old sum that says a bumblebee cannot fly."""

from tests.bots.test_everyday_messages import CAST, say


def test_shakespeare_asked_whether_he_wrote_of_bees_gives_his_lines_on_them():
    reply = say("shakespeare", "@shakespeare did you ever write about bees?", others=CAST)
    assert reply.startswith("For bees, Maya,"), reply
    assert "Where the bee sucks" in reply or "So work the honey-bees" in reply, reply


def test_einstein_asked_how_a_bumblebee_flies_against_the_sums_answers_it():
    said = "@einstein why can bumblebees fly when the maths says they cant"
    reply = say("einstein", said, others=CAST)
    assert "The old story that a bumblebee cannot fly came from sums" in reply, reply
