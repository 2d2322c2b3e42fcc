"""Grief asked about after or beside a death (rate38a, review37's leftovers): advice for a
reading at a funeral gets each persona's own gentle advice (Lovelace had said "Family shapes
you ... I never knew my father, Lord Byron"), and a toast for "her birthday" just after "my wife
passed away last month" is in memory (Shakespeare had given Gratiano's "With mirth and laughter
let old wrinkles come"), never for one called "Birthday".
"""

from __future__ import annotations

import pytest

from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

EULOGY = {
    "einstein": "I am sorry, Maya. Keep it short and true: one story that was only theirs, and "
    "what they gave you. When my friend Besso died I wrote that he had left this strange world "
    "a little ahead of me; plain words carry furthest.",
    "curie": "I am so sorry, Maya. Write it plainly and read it slowly; after Pierre died I wrote "
    "to him in a notebook, and the simplest sentences were the truest. Say what they loved and "
    "what they gave you.",
    "lovelace": "I am sorry, Maya. Order it as a proof: who they were, one story that shows it, "
    "what they leave in you. Print it large, breathe between the parts, and nobody will mind a "
    "pause.",
    "socrates": "I am sorry, Maya. Say what kind of soul they had, not what they owned, and let "
    "the tears come. Death, I told my friends, is a dreamless sleep or a journey to good "
    "company; neither is to be dreaded.",
    "darwin": "I am so sorry, Maya. When my Annie died I wrote down all I remembered of her, her "
    "laugh and her ways, so as not to lose them; do that first, then read the best of it aloud.",
}


@pytest.mark.parametrize("slug", sorted(EULOGY))
@pytest.mark.parametrize(
    "said",
    [
        "any advice for the reading at my father's funeral?",
        "tips for speaking at my nan's funeral?",
        "what should i say in my speech at grandad's funeral",
    ],
)
def test_advice_for_speaking_at_a_funeral_is_its_own_gentle_advice(slug, said):
    assert say(slug, said) == EULOGY[slug]


def test_a_eulogy_for_an_old_car_is_a_joke_laughed_with():
    assert say("darwin", "my mate gave a eulogy for his old car lol") == (
        "Ha! A fine observation, Maya; I shall note it down beside my earthworms."
    )


WIFE = Line("maya", "my wife passed away last month")


@pytest.mark.parametrize(
    ("slug", "piece"),
    [
        (
            "shakespeare",
            '"Good night, sweet friend, and flights of angels sing thee to thy rest; / we held '
            'thee dear, and dearly were we blessed."',
        ),
        (
            "curie",
            '"Rest now, dear friend. You were loved more than words can measure, and you will be '
            'missed every day."',
        ),
    ],
)
def test_a_toast_for_her_birthday_after_her_death_is_in_memory(slug, piece):
    asked = "can you write a toast for her birthday next week"
    assert say(slug, asked, history=(WIFE,)) == f"I am sorry, Maya. For your wife: {piece}"
    told_with = f"{asked}? she passed away last month"
    assert say(slug, told_with) == f"I am sorry, Maya. For the one you lost: {piece}"
