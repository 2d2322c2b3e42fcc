"""A small trouble that the persona's field explains is met as a friend who knows would meet it:
a short word of sympathy (#bother), then the plain line that explains it. A nuisance called so
("so annoying", "the dice hate me") is a small matter, never the sympathy of a bad day; and no
line is taken on one word shared, nor a quotation, which explains nothing."""

from __future__ import annotations

import pytest

from bots.material import index_of
from bots.valence import mood
from tests.bots.test_everyday_messages import VOICES, say

SEEDS = [1, 2, 3]


def bothers(slug: str) -> tuple[str, ...]:
    """Its #bother openers, as said to maya."""
    return tuple(
        line.replace("{name}", "Maya") for line in index_of(VOICES[slug].material).tagged["bother"]
    )


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    "slug, text, explained",
    [
        (
            "einstein",
            "my ears always pop on planes, so annoying",
            "Your ears pop on a hill road, in a lift or on a plane because the air pressure "
            "outside changes",
        ),
        # (sample39: "my dog keeps barking at night" gets Darwin's help, not why dogs dream;
        # test_sample39)
    ],
)
def test_a_small_trouble_of_its_field_is_explained_after_a_word_of_sympathy(
    slug, text, explained, seed
):
    reply = say(slug, text, seed=seed)
    assert reply.startswith(bothers(slug)), reply
    assert explained in reply, reply


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    "slug, text, wrong",
    [
        # One word shared: dice are no question of chance when the dice "hate me".
        ("einstein", "lost three games of monopoly in a row tonight, the dice hate me", "dice"),
        ("lovelace", "lost three games of monopoly in a row tonight, the dice hate me", "dice"),
        # A quotation on dogs explains no dog barking at night.
        ("shakespeare", "My dog keeps barking at night and I can't sleep.", "dogs"),
        # Nothing in its field on it: a wry word, no line.
        ("curie", "my flatmate ate my leftovers again and denied it", "leftover"),
        # Two words shared are a pun as often as not: no combination lock, no nettle's glassy
        # hairs, no kettle's white crust, no slow clocks for a night with the baby.
        ("lovelace", "Locked myself out of the house for an hour today.", "combination"),
        ("darwin", "sat on my glasses and snapped them haha", "nettle"),
        ("curie", "spilled juice down my one white shirt 😂", "kettle"),
        ("einstein", "been up since 4 with the baby, running on fumes", "mirrors"),
        ("lovelace", "my printer jammed three times this morning, what is it even for", "loom"),
        ("darwin", "haven't had a hot cup of coffee in about three weeks", "beagle"),
        # A short mishap is met with a wry word, not a lecture on browning.
        ("curie", "I burnt the toast again", "sugars"),
        # Its one dog line is a philosopher's, not an explanation of the barking.
        ("socrates", "My dog keeps barking at night and I can't sleep.", "philosophers"),
    ],
)
def test_no_explaining_on_one_word_or_a_quotation(slug, text, wrong, seed):
    reply = say(slug, text, seed=seed)
    assert not reply.startswith(bothers(slug)), reply
    assert wrong not in reply.lower(), reply


@pytest.mark.parametrize(
    "text",
    [
        "my ears always pop on planes, so annoying",
        "lost three games of monopoly in a row tonight, the dice hate me",
        "argh the printer jammed again",
        "the neighbours' music drives me up the wall",
    ],
)
def test_a_nuisance_called_so_is_a_small_matter(text):
    assert mood(text) == "rueful"


@pytest.mark.parametrize(
    "text",
    [
        "my dog died last night, so frustrating",
        "my mum is in hospital again, its so frustrating",
        "got made redundant today, so annoying",
        "this week has been awful, everything is going wrong",
    ],
)
def test_a_heavy_matter_stays_heavy_however_it_is_called(text):
    assert mood(text) == "grave"
