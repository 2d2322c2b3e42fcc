"""Session 38 (outsideof38a): an everyday subject far from Einstein's, Shakespeare's or Curie's
field (a recipe, a hotel, a pension, a printer, a landlord) is owned up to with its `#outsideof`
line, a true word of its own life on that subject, not a stock owning-up that never shows it
heard; and a word of a key used in another sense ("my hard drive", "metals contract", "the star
of the film"), or a question in its own field, never gets one."""

from __future__ import annotations

import pytest

from bots.material import index_of
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import VOICES, say

NAMES = {
    "einstein": "Albert Einstein",
    "shakespeare": "William Shakespeare",
    "curie": "Marie Curie",
}

# (persona, a message of our own, the whole reply Maya gets): every #outsideof line reached.
OWNED = [
    (
        "einstein",
        "What can I make for supper with leftover rice?",
        (
            "Cookery is beyond me, Maya; Elsa did our cooking, and my own art in the kitchen went "
            "no further than boiling water for coffee."
        ),
    ),
    (
        "einstein",
        "Is it legal to record a phone call?",
        (
            "Ask someone who knows the law, Maya; for seven years at the patent office I read "
            "inventors' applications on official forms, but the law itself I never studied."
        ),
    ),
    (
        "einstein",
        "Any ideas for a cheap holiday in Italy?",
        (
            "Where to go I cannot tell you, Maya; my holidays were summers at our little wooden "
            "house in Caputh, with my sailing boat tied up on the lake below."
        ),
    ),
    (
        "einstein",
        "Which printer should I buy for home?",
        (
            "Such machines are beyond me, Maya; at the patent office in Bern I judged other men's "
            "electrical inventions on paper, but the machines of your day I leave to younger heads."
        ),
    ),
    (
        "einstein",
        "How much should I put into my pension?",
        (
            "Money advice I cannot give, Maya; ask someone who knows it. I am told I once used a "
            "cheque for fifteen hundred dollars as a bookmark, which says enough about my accounts."
        ),
    ),
    (
        "einstein",
        "How often should I go to the gym?",
        (
            "Sport I cannot coach, Maya; my one sport was sailing, for hours on the lakes at "
            "Caputh, and I never even learned to swim."
        ),
    ),
    (
        "einstein",
        "Is there a good movie on Netflix tonight?",
        (
            "I am no judge of films or games, Maya; I was Chaplin's guest at the first night of "
            "his City Lights in 1931, but most evenings I would rather play Mozart on my violin."
        ),
    ),
    (
        "einstein",
        "How do I get over a breakup?",
        (
            "On love I am a poor adviser, Maya; I married twice, Mileva and then Elsa, and I was "
            "not always a good husband to either of them."
        ),
    ),
    (
        "einstein",
        "Which clothes should I pack for a week in Iceland?",
        (
            # ask49: what to pack is answered by its kind, not owned up to (rate48)
            "Even a man who forgets his socks can tell you this, Maya. Check the usual weather "
            "for your dates, pack layers rather than bulk, one warm and one waterproof, and "
            "shoes you've already walked in; then lay it all out and take half."
        ),
    ),
    (
        "einstein",
        "is double denim back in fashion?",
        (
            "Ask someone better dressed, Maya; I wore the same grey sweater for years, gave up "
            "socks altogether, and let my hair go its own way."
        ),
    ),
    (
        "einstein",
        "Which car is cheapest to run?",
        (
            "Motor cars I cannot advise on, Maya; I never owned one nor learned to drive, and in "
            "Princeton I walked to the Institute and back every day."
        ),
    ),
    (
        "einstein",
        "Which houseplants survive in a dark flat?",
        (
            "Plants are not my department, Maya; at Mercer Street my study window looked onto the "
            "garden, and I left its growing to nature's own laws."
        ),
    ),
    (
        "einstein",
        # (everyday46: "my kitten keeps scratching the sofa" now gets advice)
        "what do you know about kittens?",
        (
            "On animals I am no expert, Maya; our cat Tiger in Princeton sulked whenever it "
            "rained, and I could tell him why but not how to stop it."
        ),
    ),
    (
        "einstein",
        "Do I need a plumber to move a radiator?",
        (
            "Such work is beyond my hands, Maya; I once wrote that if I were young again I would "
            "be a plumber, for the independence, but I never learned the trade."
        ),
    ),
    (
        "einstein",
        "How do I ask for a promotion?",
        (
            "I am a poor guide to careers, Maya; after my degree no university would have me, and "
            "I got my post at the patent office through my friend Grossmann's father."
        ),
    ),
    (
        "einstein",
        "How long should a lamb stew cook for?",
        (
            "Cookery is beyond me, Maya; Elsa did our cooking, and my own art in the kitchen went "
            "no further than boiling water for coffee."
        ),
    ),
    (
        "einstein",
        "My laptop won't connect to the printer, any ideas?",
        (
            "Such machines are beyond me, Maya; at the patent office in Bern I judged other men's "
            "electrical inventions on paper, but the machines of your day I leave to younger heads."
        ),
    ),
    (
        "shakespeare",
        "What can I make for supper with leftover rice?",
        (
            "Of cookery I know nothing, Maya; the dish I wrote out most fully was the witches' "
            "broth in Macbeth, eye of newt and toe of frog, and I would not serve it."
        ),
    ),
    (
        "shakespeare",
        "Is it legal to record a phone call?",
        (
            "Of such law I know nothing, Maya; ask a lawyer. The one bond I have studied is "
            "Shylock's, a pound of flesh, and Portia undid it on the very letter of it."
        ),
    ),
    (
        "shakespeare",
        "Which airport is best for flights to Spain?",
        (
            "Of such journeys I can tell thee nothing, Maya; I set plays in Venice and Verona "
            "without, so far as anyone knows, ever seeing them, and rode the road between "
            "Stratford and London."
        ),
    ),
    (
        "shakespeare",
        "Could a black hole swallow the Earth?",
        (
            "The heavens I leave to the astronomers, Maya; I only made Cassius say the fault is "
            "not in our stars but in ourselves, and that is all my learning of them."
        ),
    ),
    (
        "shakespeare",
        "Which printer should I buy for home?",
        (
            "Such engines came long after me, Maya; I wrote with a quill by candlelight, and a "
            "printer to me was Richard Field of Stratford, who set my Venus and Adonis in type by "
            "hand."
        ),
    ),
    (
        "shakespeare",
        "How much should I put into my pension?",
        (
            "On money ask one who knows it, Maya, not a poet; my own went into a share of the "
            "Globe and into New Place at Stratford, and there my counsel ends."
        ),
    ),
    (
        "shakespeare",
        "How often should I go to the gym?",
        (
            "Of sport I can teach thee nothing, Maya; football in my day was a brawl in the "
            "street, and in King Lear I made it an insult: you base football player."
        ),
    ),
    (
        "shakespeare",
        "Which clothes should I pack for a week in Iceland?",
        (
            # ask49: what to pack is answered by its kind, not owned up to (rate48)
            "Dress for the weather, not the play, Maya. Check the usual weather for your dates, "
            "pack layers rather than bulk, one warm and one waterproof, and shoes you've already "
            "walked in; then lay it all out and take half."
        ),
    ),
    (
        "shakespeare",
        "is double denim back in fashion?",
        (
            "Fashion is beyond my pen, Maya; I only had Polonius tell his son that the apparel oft "
            "proclaims the man, and left the choosing to the tailors."
        ),
    ),
    (
        "shakespeare",
        "My car keeps stalling at the lights, any idea?",
        (
            "No such carriage ran in my day, Maya; I rode between Stratford and London on "
            "horseback, three or four days each way, and knew no engine but the horse."
        ),
    ),
    (
        "shakespeare",
        "How do I stop slugs eating my seedlings?",
        (
            "I am no gardener, Maya; I only wrote one, in Richard II, who bids his man bind up the "
            "dangling apricocks, and let Hamlet call the world an unweeded garden."
        ),
    ),
    (
        "shakespeare",
        "How often should a puppy go to the vet?",
        (
            "No counsel on beasts from me, Maya; the only dog of mine the world knows is Crab, "
            "whom I gave to Launce in The Two Gentlemen of Verona, and he never shed a tear."
        ),
    ),
    (
        "shakespeare",
        "Do I need a plumber to move a radiator?",
        (
            "No craftsman's counsel from me, Maya; the only tradesmen I know are the ones I wrote, "
            "Quince the carpenter and Snug the joiner, and I set them to acting, not to building."
        ),
    ),
    (
        "shakespeare",
        "How do I ask for a promotion?",
        (
            "I am no judge of careers, Maya; I came to London a glover's son from Stratford, found "
            "work as a player, and rose to be a sharer in the Lord Chamberlain's Men."
        ),
    ),
    (
        "shakespeare",
        "Which hotel is nicest in Venice?",
        (
            "Of such journeys I can tell thee nothing, Maya; I set plays in Venice and Verona "
            "without, so far as anyone knows, ever seeing them, and rode the road between "
            "Stratford and London."
        ),
    ),
    (
        "curie",
        "Can you give me a good pasta recipe?",
        (
            "The kitchen is beyond me, Maya; in my student garret in Paris I lived for weeks on "
            "bread, butter and tea, and studied harder than I ate."
        ),
    ),
    (
        "curie",
        "What does this clause in my contract mean?",
        (
            "Such matters want a lawyer, Maya, not a chemist; when Pierre and I could have "
            "patented our way of making radium, we chose not to, and that is all the law I know."
        ),
    ),
    (
        "curie",
        "Which hotel should I book in Rome?",
        (
            "I cannot tell you where or how to travel today, Maya; in 1891 I went from Warsaw to "
            "Paris by train, in fourth class, sitting across Germany on a folding stool I had "
            "brought."
        ),
    ),
    (
        "curie",
        "Could a black hole swallow the Earth?",
        (
            "Stars were never my study, Maya; the only ones I watched were our radium tubes "
            "glowing in the dark of the shed at night, like faint fairy lights."
        ),
    ),
    (
        "curie",
        "Which printer should I buy for home?",
        (
            "Such machines are not my field, Maya; the instrument I truly knew was the quartz "
            "electrometer Pierre and his brother Jacques devised, and I measured with it for years."
        ),
    ),
    (
        "curie",
        "How much should I put into my pension?",
        (
            "Money advice I cannot give, Maya; ask someone who knows it. In the war I offered my "
            "Nobel medals to be melted down for France, and the bank would not take them."
        ),
    ),
    (
        "curie",
        "How often should I go to the gym?",
        (
            "I am no trainer, Maya; my sport was the bicycle, and Pierre and I spent our honeymoon "
            "riding through the French countryside on two of them."
        ),
    ),
    (
        "curie",
        "Is there a good movie on Netflix tonight?",
        (
            "I cannot guide you there, Maya; my hours went to the laboratory, my notebooks and my "
            "daughters, and I never learned what pleases an audience."
        ),
    ),
    (
        "curie",
        "How do I get over a breakup?",
        (
            "I am no adviser in love, Maya; I met Pierre in 1894 only because I needed room for my "
            "experiments, and a friend thought he might have some."
        ),
    ),
    (
        "curie",
        "Which clothes should I pack for a week in Iceland?",
        (
            # ask49: what to pack is answered by its kind, not owned up to (rate48)
            "Plan by the data, Maya, not by hope. Check the usual weather for your dates, pack "
            "layers rather than bulk, one warm and one waterproof, and shoes you've already "
            "walked in; then lay it all out and take half."
        ),
    ),
    (
        "curie",
        "is double denim back in fashion?",
        (
            "Fashion is not my subject, Maya; for my wedding I chose a dark blue dress that I "
            "could wear afterwards in the laboratory, and I did, for years."
        ),
    ),
    (
        "curie",
        "Which car is cheapest to run?",
        (
            "Cars I cannot advise you on, Maya; ask a mechanic. I learned to drive in the war only "
            "to take my X-ray cars to the front, and that was long ago."
        ),
    ),
    (
        "curie",
        "Which houseplants survive in a dark flat?",
        (
            "Plants were never my science, Maya; I can tell you the atomic weight of radium, but "
            "what a seedling wants I would have to ask a gardener."
        ),
    ),
    (
        "curie",
        # (everyday46: "my kitten keeps scratching the sofa" now gets advice)
        "what do you know about kittens?",
        (
            "Animals were never my study, Maya; my life went to elements and instruments, and a "
            "good vet has learned creatures as carefully as I learned radium."
        ),
    ),
    (
        "curie",
        "Do I need a plumber to move a radiator?",
        (
            "I am no builder, Maya; our laboratory was a leaky shed on the rue Lhomond, and when "
            "it rained the water came through the glass roof onto our work."
        ),
    ),
    (
        "curie",
        "How do I ask for a promotion?",
        (
            "Careers are not my field, Maya; I was a governess for years in the Polish "
            "countryside, to pay my sister's studies in Paris, before my own could begin."
        ),
    ),
    (
        "curie",
        "Which planets can I see tonight?",
        (
            "Stars were never my study, Maya; the only ones I watched were our radium tubes "
            "glowing in the dark of the shed at night, like faint fairy lights."
        ),
    ),
    (
        "curie",
        "My landlord wants to keep my deposit, is that allowed?",
        (
            "Such matters want a lawyer, Maya, not a chemist; when Pierre and I could have "
            "patented our way of making radium, we chose not to, and that is all the law I know."
        ),
    ),
]

# (persona, a message whose key word is of another sense, or in its own field).
OTHER = [
    ("einstein", "My hard drive is full, what do I do?"),
    ("shakespeare", "My hard drive is full, what do I do?"),
    ("curie", "My hard drive is full, what do I do?"),
    ("einstein", "How does an electric motor work?"),
    ("shakespeare", "Why does water swirl down the sink?"),
    ("curie", "Why does water swirl down the sink?"),
    ("curie", "Who is the star of the new Bond film?"),
    ("shakespeare", "Why do metals contract in the cold?"),
    ("einstein", "How do I crush garlic without a press?"),
    ("curie", "How fast does light travel?"),
    ("curie", "Why does a film form on hot milk?"),
    ("shakespeare", "What's a good name for my cat?"),
    ("einstein", "Is Schrödinger's cat alive or dead?"),
    ("einstein", "How does a nuclear power plant work?"),
    ("curie", "How does a nuclear power plant work?"),
    ("einstein", "Is the train to Edinburgh quicker than flying?"),
    ("einstein", "My wifi keeps dropping, how do I fix it?"),
    ("curie", "Does wifi cause cancer?"),
    ("einstein", "What did you eat for dinner as a student?"),
    ("curie", "Did you ever have a pet?"),
    ("shakespeare", "Write a sonnet about football"),
    ("einstein", "When will the trains resume after the strike?"),
    ("shakespeare", "Why does hair go grey?"),
]


def fixed_parts(slug: str) -> list[str]:
    """The words of each of the persona's #outsideof lines after its name."""
    lines = index_of(VOICES[slug].material).tagged["outsideof"]
    return [line.split(":", 1)[1].split("{name}", 1)[1] for line in lines]


@pytest.mark.parametrize(("slug", "text", "reply"), OWNED)
def test_everyday_subject_owned_up_with_its_own_life(slug, text, reply):
    assert say(slug, text) == reply


@pytest.mark.parametrize("slug", sorted(NAMES))
def test_every_line_is_reached(slug):
    reached = {reply for who, _text, reply in OWNED if who == slug}
    assert all(any(part in reply for reply in reached) for part in fixed_parts(slug))


@pytest.mark.parametrize(("slug", "text"), OTHER)
def test_other_sense_or_own_field_gets_no_line(slug, text):
    reply = say(slug, text)
    assert not any(part in reply for part in fixed_parts(slug))


@pytest.mark.parametrize(
    ("slug", "first", "then", "reply"),
    [
        (
            "einstein",
            "Which printer should I buy for home?",
            "Which laptop should I buy?",
            "That one leaves me as puzzled as my cat Tiger on a rainy day, Maya.",
        ),
        (
            "curie",
            "Which planets can I see tonight?",
            "What is a comet made of?",
            "I have no data on that at all, Maya, and I will not invent any.",
        ),
    ],
)
def test_line_said_lately_is_not_said_again(slug, first, then, reply):
    said = say(slug, first)
    history = (Line("maya", first), Line(NAMES[slug], said, own=True))
    assert say(slug, then, history=history) == reply
