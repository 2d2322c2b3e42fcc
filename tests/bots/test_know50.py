"""Everyday questions that hobby, family, pet, garden, travel and work groups put to each persona
inside its field (know50), each owned up to ("Not one observation of mine bears on that") or
answered with a line on another thing on main, now answered by a `#know` line, short and true
in the persona's voice; and look-alikes that share one word get none of them.

Asked in this session's dev rooms: a field mushroom against a yellow stainer (Darwin), an X-ray
of a hamster (Curie, who gave her X-ray cars' numbers), a nest box for robins ("Tastes vary as
much as finches' beaks"), rabbits and guinea pigs together (a line on a shared cabin), a present
for one who wants nothing (Socrates owned up). Beside them: Einstein on kites, curveballs and a
ball on a hot day; Curie on paracetamol, paracetamol with ibuprofen, antibiotics for a cold, sun
cream and tarnished silver; Darwin on poisonous mushrooms, a lone guinea pig, pruning lavender,
feeding birds in winter, tortoises' lives, frogs and toads, swallows' return; Lovelace on a
Rubik's cube solved, a sat nav's route, square roots by hand, end-to-end encryption, magic
squares, cracked passwords; Socrates on grief, a job offer, an
apology, saying no; Shakespeare on "goodbye", "wherefore", wedding speeches,
eulogies, sonnets, a petard, the name Jessica, limericks. Then Einstein on compasses,
neighbours' noise through walls and
ships' horns; Curie on pregnancy tests, bleach and disinfectant, ibuprofen; Darwin on
hedgehogs' food, tortoises in winter, birds flying in a V; Lovelace on shuffling, bytes
and the 24 game; Socrates on a pet's death, a friend far away, wanting to be
rich; Shakespeare on projecting the voice, words for happy and sad,
and how to say "thou"."""

from __future__ import annotations

import io
from functools import lru_cache

import pytest
from django.core.management import call_command

from bots.know import knowns
from bots.material import index_of
from tests.bots.test_everyday_messages import VOICES, say

# (the line's opening words, the persona, a question put to it)
ASKED = [
    ("A kite flies as a wing", "einstein", "why does a kite fly"),
    ("A kite flies as a wing", "einstein", "how do kites stay up in the air"),
    ("A kite flies as a wing", "einstein", "what keeps my daughter's kite up there"),
    ("A kite flies as a wing", "einstein", "how does a kite fly with no engine"),
    ("A cold ball bounces less", "einstein", "why does a tennis ball bounce higher on a hot day"),
    ("A cold ball bounces less", "einstein", "why are the balls so dead and not bouncy in winter"),
    ("A cold ball bounces less", "einstein", "does a cold squash ball bounce less"),
    ("A spinning ball drags", "einstein", "why does a curveball curve"),
    ("A spinning ball drags", "einstein", "how do pitchers throw a curve ball"),
    (
        "X-rays pass through soft flesh",
        "curie",
        (
            "how does an x-ray actually work on something as small as a hamster? do you just turn "
            "it down?"
        ),
    ),
    (
        "X-rays pass through soft flesh",
        "curie",
        "the vet wants to x-ray our rabbit, how does that even work on something so tiny",
    ),
    ("X-rays pass through soft flesh", "curie", "can they xray a budgie? its so small"),
    ("X-rays pass through soft flesh", "curie", "how do vets x-ray a cat"),
    ("Paracetamol works mostly", "curie", "why does paracetamol work on a headache"),
    ("Paracetamol works mostly", "curie", "how does calpol bring a temperature down"),
    ("Paracetamol works mostly", "curie", "what does paracetamol actually do for pain"),
    ("For most adults, yes", "curie", "is it safe to mix paracetamol and ibuprofen"),
    ("For most adults, yes", "curie", "can i take nurofen and paracetamol together"),
    ("For most adults, yes", "curie", "is alternating ibuprofen and paracetamol ok for a bad back"),
    ("For most adults, yes", "curie", "can you have paracetamol and ibuprofen at the same time"),
    ("A cold is a virus", "curie", "why do antibiotics not work on a cold"),
    ("A cold is a virus", "curie", "my gp won't give me antibiotics for flu, why"),
    ("A cold is a virus", "curie", "would antibiotics help with a sore throat from a virus"),
    ("Sun cream holds filters", "curie", "how does sun cream work"),
    ("Sun cream holds filters", "curie", "how does sunscreen actually protect your skin"),
    ("Sun cream holds filters", "curie", "what does suncream do to stop the sun"),
    ("Line a bowl with kitchen foil", "curie", "how do i get tarnish off my grandmother's silver"),
    ("Line a bowl with kitchen foil", "curie", "best way to clean blackened silver cutlery"),
    (
        "Line a bowl with kitchen foil",
        "curie",
        "how can i polish a tarnished silver teapot without scrubbing",
    ),
    (
        "Scratch the cap's edge",
        "darwin",
        (
            "how do you tell a field mushroom from a yellow stainer? everyone says scratch it but "
            "i never see it go yellow"
        ),
    ),
    ("Scratch the cap's edge", "darwin", "is a yellow stainer poisonous"),
    (
        "Scratch the cap's edge",
        "darwin",
        "found mushrooms on the lawn that turn yellow when i scratch them, what are they",
    ),
    (
        "Scratch the cap's edge",
        "darwin",
        "how can i tell if a field mushroom is really a yellow stainer",
    ),
    ("There is no rule of thumb", "darwin", "how do i know if a mushroom is poisonous"),
    ("There is no rule of thumb", "darwin", "is it safe to eat the mushrooms in my garden"),
    ("There is no rule of thumb", "darwin", "how can you tell which toadstools are deadly"),
    ("There is no rule of thumb", "darwin", "can i eat wild mushrooms if they peel"),
    (
        "An open-fronted box suits a robin",
        "darwin",
        (
            "she's obsessed with the robins in her garden, is a nest box a good idea or is it too "
            "late in the year?"
        ),
    ),
    ("An open-fronted box suits a robin", "darwin", "what kind of nest box do robins like"),
    ("An open-fronted box suits a robin", "darwin", "where should i put a robin box"),
    ("An open-fronted box suits a robin", "darwin", "when do robins start nesting"),
    ("Better not", "darwin", "whats your take on rabbits and guinea pigs living together"),
    ("Better not", "darwin", "can a rabbit share a hutch with a guinea pig"),
    ("Better not", "darwin", "should i get a guinea pig as company for my lonely rabbit"),
    ("Better not", "darwin", "is it ok to keep bunnies and guinea pigs together"),
    ("Guinea pigs live in herds", "darwin", "is it ok to keep a single guinea pig"),
    ("Guinea pigs live in herds", "darwin", "will my guinea pig be lonely on its own"),
    ("Guinea pigs live in herds", "darwin", "do guinea pigs need a friend"),
    ("Guinea pigs live in herds", "darwin", "should we get two guinea pigs or just one"),
    ("Straight after it flowers", "darwin", "when should i cut back my lavender"),
    ("Straight after it flowers", "darwin", "how do i prune lavender"),
    ("Straight after it flowers", "darwin", "should i trim the lavender hedge in autumn"),
    ("Sunflower hearts, suet", "darwin", "what should i feed garden birds in winter"),
    (
        "Sunflower hearts, suet",
        "darwin",
        "what food should i put out for the birds when its freezing",
    ),
    ("Sunflower hearts, suet", "darwin", "is bread ok to feed the birds in the snow"),
    ("Longer than we do", "darwin", "how long do tortoises live"),
    ("Longer than we do", "darwin", "whats the lifespan of a pet tortoise"),
    ("Longer than we do", "darwin", "how old can a tortoise get"),
    ("A frog has smooth, wet skin", "darwin", "what's the difference between a frog and a toad"),
    ("A frog has smooth, wet skin", "darwin", "how can i tell if it's a toad or a frog in my pond"),
    ("A frog has smooth, wet skin", "darwin", "frogs vs toads, how do you tell them apart"),
    ("In April", "darwin", "when do swallows come back"),
    ("In April", "darwin", "when do the swallows return from africa"),
    ("In April", "darwin", "are the swallows back yet? when do they usually arrive"),
    ("Layer by layer", "lovelace", "how do i solve a rubik's cube"),
    ("Layer by layer", "lovelace", "whats the easiest method to solve a rubiks cube"),
    ("Layer by layer", "lovelace", "is there a beginner method for the rubiks cube"),
    ("Your sat nav holds the roads", "lovelace", "how does a sat nav find the quickest route"),
    ("Your sat nav holds the roads", "lovelace", "how does google maps work out the fastest way"),
    ("Your sat nav holds the roads", "lovelace", "how does the satnav choose which route to take"),
    ("By guessing and mending the guess", "lovelace", "how does a calculator do square roots"),
    ("By guessing and mending the guess", "lovelace", "how do you work out a square root by hand"),
    (
        "By guessing and mending the guess",
        "lovelace",
        "is there a method to find square roots on paper",
    ),
    (
        "Each phone makes a pair of keys",
        "lovelace",
        "how does encryption on whatsapp keep messages secret",
    ),
    ("Each phone makes a pair of keys", "lovelace", "what does end to end encrypted actually mean"),
    ("Each phone makes a pair of keys", "lovelace", "how does message encryption work"),
    ("Put 1 to 9 in a three-by-three", "lovelace", "how does a magic square work"),
    ("Put 1 to 9 in a three-by-three", "lovelace", "whats the trick to making a magic square"),
    (
        "Put 1 to 9 in a three-by-three",
        "lovelace",
        "my kid has a magic square for homework, any tips",
    ),
    ("Mostly by guessing", "lovelace", "how do passwords get cracked"),
    ("Mostly by guessing", "lovelace", "how do hackers guess passwords"),
    ("Mostly by guessing", "lovelace", "my password was leaked, how do they break them"),
    (
        "What is a gift for",
        "socrates",
        "whats the point of a present if someone genuinely wants nothing?",
    ),
    ("What does a grieving friend need", "socrates", "how do i comfort a friend whose dad died"),
    ("What does a grieving friend need", "socrates", "what do you say to someone who is grieving"),
    (
        "What does a grieving friend need",
        "socrates",
        "my colleague lost her mum, how can i support her",
    ),
    (
        "What does a grieving friend need",
        "socrates",
        "what to write in a card for someone whose husband passed",
    ),
    (
        "Ask what each choice would make of you",
        "socrates",
        "how do i decide whether to take a new job",
    ),
    (
        "Ask what each choice would make of you",
        "socrates",
        "i got offered a job in leeds, should i take it",
    ),
    (
        "Ask what each choice would make of you",
        "socrates",
        "should i quit my job for a better paid one",
    ),
    ("Name the wrong plainly", "socrates", "how do i apologise properly"),
    ("Name the wrong plainly", "socrates", "whats the best way to say sorry to my sister"),
    ("Name the wrong plainly", "socrates", "how do you make a sincere apology"),
    ("Is a yes worth anything", "socrates", "how do i say no to people without feeling guilty"),
    ("Is a yes worth anything", "socrates", "why do i feel so guilty when i say no"),
    ("Is a yes worth anything", "socrates", "how do i stop being a people pleaser"),
    ('Goodbye is "God be with you"', "shakespeare", "where does the word goodbye come from"),
    ('Goodbye is "God be with you"', "shakespeare", "what's the origin of goodbye"),
    ('Goodbye is "God be with you"', "shakespeare", "is goodbye short for something"),
    ('"Wherefore" means why', "shakespeare", "what does wherefore art thou mean"),
    ('"Wherefore" means why', "shakespeare", "what does wherefore mean"),
    ('"Wherefore" means why', "shakespeare", "why does juliet say wherefore"),
    ("Short, {name}: three minutes", "shakespeare", "how do i write a good best man speech"),
    ("Short, {name}: three minutes", "shakespeare", "any tips for a father of the bride speech"),
    ("Short, {name}: three minutes", "shakespeare", "how long should a wedding speech be"),
    ("Say who they were", "shakespeare", "how do i write a eulogy for my gran"),
    ("Say who they were", "shakespeare", "i have to speak at my uncle's funeral, what do i say"),
    ("Say who they were", "shakespeare", "tips for a eulogy?"),
    ("Fourteen lines of ten syllables", "shakespeare", "what's a sonnet"),
    ("Fourteen lines of ten syllables", "shakespeare", "how many lines in a sonnet"),
    ("Fourteen lines of ten syllables", "shakespeare", "how does a sonnet rhyme"),
    (
        "A petard was a small bomb",
        "shakespeare",
        "what does it mean to be hoist by your own petard",
    ),
    ("A petard was a small bomb", "shakespeare", "what is a petard"),
    (
        "A petard was a small bomb",
        "shakespeare",
        "where does hoisted with his own petard come from",
    ),
    ("From my Merchant of Venice", "shakespeare", "where does the name jessica come from"),
    ("From my Merchant of Venice", "shakespeare", "what is the origin of the name jessica"),
    ("From my Merchant of Venice", "shakespeare", "what does jessica mean as a name"),
    ("Five lines rhymed AABBA", "shakespeare", "how do i write a limerick"),
    ("Five lines rhymed AABBA", "shakespeare", "what's a limerick"),
    ("Five lines rhymed AABBA", "shakespeare", "how does a limerick rhyme"),
    ("The needle is a little magnet", "einstein", "how does a compass work"),
    ("The needle is a little magnet", "einstein", "why does a compass always point north"),
    (
        "The needle is a little magnet",
        "einstein",
        "my compass needle swings wrong near the car, why",
    ),
    (
        "Sound shakes the wall itself",
        "einstein",
        "how does noise from the neighbours travel through walls",
    ),
    (
        "Sound shakes the wall itself",
        "einstein",
        "why can i hear my upstairs neighbours' music through the ceiling",
    ),
    (
        "Sound shakes the wall itself",
        "einstein",
        "why does the bass from next door come through the wall but not the words",
    ),
    ("Low notes carry further", "einstein", "why does a ship's horn sound so low"),
    ("Low notes carry further", "einstein", "why are foghorns so deep"),
    ("Low notes carry further", "einstein", "how far can you hear a ferry horn"),
    ("It looks for hCG", "curie", "how does a pregnancy test work"),
    ("It looks for hCG", "curie", "how early can a pregnancy test pick it up"),
    ("It looks for hCG", "curie", "what does the line on a pregnancy test actually detect"),
    (
        "Bleach is one disinfectant",
        "curie",
        "what's the difference between bleach and disinfectant",
    ),
    ("Bleach is one disinfectant", "curie", "is bleach the same as dettol"),
    ("Bleach is one disinfectant", "curie", "bleach vs disinfectant for the bathroom?"),
    ("Ibuprofen blocks the enzymes", "curie", "how do ibuprofen tablets work"),
    ("Ibuprofen blocks the enzymes", "curie", "why does ibuprofen help with swelling"),
    ("Ibuprofen blocks the enzymes", "curie", "how does aspirin work"),
    ("Beetles, caterpillars, earthworms", "darwin", "what do hedgehogs eat"),
    ("Beetles, caterpillars, earthworms", "darwin", "what do hedgehogs eat in the wild"),
    ("Beetles, caterpillars, earthworms", "darwin", "whats a hedgehogs diet"),
    (
        "A healthy Mediterranean tortoise",
        "darwin",
        "what's the best way to look after a tortoise in winter",
    ),
    ("A healthy Mediterranean tortoise", "darwin", "how long should my tortoise hibernate"),
    (
        "A healthy Mediterranean tortoise",
        "darwin",
        "is the fridge method safe for hibernating a tortoise",
    ),
    ("Each bird rides the rising air", "darwin", "why do birds fly in a v"),
    ("Each bird rides the rising air", "darwin", "why do geese fly in a v shape"),
    (
        "Each bird rides the rising air",
        "darwin",
        "what's the point of the v formation ducks fly in",
    ),
    ("Seven riffle shuffles", "lovelace", "how do you shuffle cards fairly"),
    ("Seven riffle shuffles", "lovelace", "how many times do you need to shuffle a deck"),
    ("Seven riffle shuffles", "lovelace", "is one shuffle enough to make the pack random"),
    ("A bit is one choice", "lovelace", "what is a byte"),
    ("A bit is one choice", "lovelace", "how big is a gigabyte really"),
    ("A bit is one choice", "lovelace", "what's the difference between a bit and a byte"),
    ("Work backwards from 24", "lovelace", "what's the trick to the 24 game"),
    ("Work backwards from 24", "lovelace", "any tips for the twenty four game with cards"),
    ("Work backwards from 24", "lovelace", "how do you make 24 from four numbers quickly"),
    ("Grief for an animal is grief", "socrates", "how do i cope with losing my dog"),
    ("Grief for an animal is grief", "socrates", "how do you get over losing a pet"),
    (
        "Grief for an animal is grief",
        "socrates",
        "is it silly to grieve this much for a hamster that died",
    ),
    (
        "Friendship lives on time given",
        "socrates",
        "how do i stay friends with someone who moved away",
    ),
    (
        "Friendship lives on time given",
        "socrates",
        "my best friend emigrated, how do we not drift apart",
    ),
    ("Friendship lives on time given", "socrates", "can a long distance friendship last"),
    ("Wealth is a tool", "socrates", "is it wrong to want to be rich"),
    ("Wealth is a tool", "socrates", "is wanting lots of money greedy"),
    ("Wealth is a tool", "socrates", "is being wealthy wrong"),
    ("Breathe low, from the belly", "shakespeare", "how do i project my voice on stage"),
    ("Breathe low, from the belly", "shakespeare", "how do i make my voice louder on stage"),
    ("Breathe low, from the belly", "shakespeare", "tips for projecting your voice to an audience"),
    ("Glad, merry, blithe", "shakespeare", "what's a good word for happy"),
    ("Glad, merry, blithe", "shakespeare", "another word for joyful?"),
    ("Glad, merry, blithe", "shakespeare", "what's a synonym for happy"),
    ("Sorrowful, woeful", "shakespeare", "what's another word for sad"),
    ("Sorrowful, woeful", "shakespeare", "whats a nicer word for sad"),
    ("Thou rhymes with now", "shakespeare", "how do you pronounce thou"),
    ("Thou rhymes with now", "shakespeare", "how do you say thee and thy"),
    ("Thou rhymes with now", "shakespeare", "does thou rhyme with you or now"),
]

# Share a word with a line above but ask another thing (or nothing): none of the lines.
LOOK_ALIKES = [
    ("einstein", "we flew a kite at the beach on sunday, lovely day"),
    ("einstein", "time to get older and wiser, happy birthday jo"),
    ("einstein", "what time does the bouncy castle open"),
    ("darwin", "why do red kites circle over the motorway"),
    ("curie", "my x-ray appointment is at ten tomorrow"),
    ("curie", "is paracetamol out of date dangerous"),
    ("curie", "i have a cold, should i go to the gym"),
    ("curie", "should i wear sun cream on a cloudy day"),
    ("curie", "why does silver tarnish"),
    ("darwin", "mushroom risotto recipe anyone?"),
    ("darwin", "why are mushrooms closer to animals than plants"),
    ("darwin", "what's better for a 7 year old, a rabbit or a guinea pig"),
    ("darwin", "our guinea pig loves cucumber"),
    ("darwin", "lavender smells lovely in the bedroom"),
    ("darwin", "why do birds sing in winter"),
    ("darwin", "frogs are croaking in the pond every night"),
    ("darwin", "swallows are my favourite birds"),
    ("lovelace", "how many positions does a rubik's cube have"),
    ("lovelace", "the sat nav sent us into a field lol"),
    ("lovelace", "what's the square root of 144"),
    ("lovelace", "what makes a good password"),
    ("socrates", "got her a present for her birthday, a scarf"),
    ("socrates", "what did you say at your trial"),
    ("socrates", "i start my new job on monday, wish me luck"),
    ("socrates", "my friend made me a birthday cake"),
    ("socrates", "sorry i'm late everyone"),
    ("socrates", "is it wrong to break a promise"),
    ("shakespeare", "goodbye everyone, see you next week"),
    ("shakespeare", "what's your favourite sonnet"),
    ("shakespeare", "what's your funniest comedy"),
    ("shakespeare", "what does sonnet 18 mean"),
    ("shakespeare", "jessica is coming to book club tonight"),
    ("shakespeare", "i was at a wedding last weekend, lovely day"),
    ("einstein", "moral compass is what this team needs"),
    ("einstein", "my neighbour is lovely, she brought us a cake"),
    ("einstein", "the ferry leaves at six, don't be late"),
    ("curie", "i passed my driving test today"),
    ("curie", "bleach is on the shopping list"),
    ("curie", "did the ibuprofen make you sleepy"),
    ("darwin", "saw a hedgehog last night on the path"),
    ("darwin", "the ducks on the pond are so cute"),
    ("lovelace", "shuffle the playlist please"),
    ("lovelace", "grab a bite before the show?"),
    ("lovelace", "we're 24 hours from the deadline"),
    ("lovelace", "is it a bit much to ask for a refund"),
    ("lovelace", "can you bite through a walnut"),
    ("socrates", "my dog loves the beach"),
    ("socrates", "we decided on pizza"),
    ("socrates", "my friend moved house last week, the new place is lovely"),
    ("shakespeare", "the project deadline is friday"),
    ("shakespeare", "how do i write a sonnet"),
    ("shakespeare", "write a limerick about my cat"),
    ("socrates", "is it fair if siblings get different pocket money"),
    ("socrates", "is it selfish to say no when a friend asks for help moving house"),
    ("shakespeare", "happy birthday jo!"),
    ("shakespeare", "thou art a villain, sam"),
]


def _line(slug: str, opening: str) -> str:
    index = index_of(VOICES[slug].material)
    lines = [
        k.text
        for k in knowns(index.tagged.get("know", ()) + index.tagged.get("work", ()))
        if k.text.startswith(opening)
    ]
    assert len(lines) == 1, (slug, opening, lines)
    return lines[0]


@lru_cache(maxsize=1)
def _new() -> frozenset[str]:
    """Every line the questions above are answered with."""
    return frozenset(_line(slug, opening) for opening, slug, _text in ASKED)


def _point(line: str) -> str:
    """What a reply that says `line` holds, whoever it is said to."""
    return line.split("{name}")[-1].strip(" ,.;:")


@pytest.mark.parametrize(("opening", "slug", "text"), ASKED)
def test_an_everyday_question_of_its_field_gets_its_line_whole(opening, slug, text):
    line = _line(slug, opening)
    assert len(line) <= VOICES[slug].max_reply_chars
    assert say(slug, f"@{slug} {text}", seed=1, author="gus") == line.replace("{name}", "Gus")


@pytest.mark.parametrize(("slug", "text"), LOOK_ALIKES)
def test_a_look_alike_gets_none_of_the_lines(slug, text):
    reply = say(slug, f"@{slug} {text}", seed=1, author="gus")
    assert not [line for line in _new() if _point(line) in reply]


def test_persona_sample_says_none_of_the_new_lines(personas):
    out = io.StringIO()
    call_command("persona_sample", stdout=out)
    sample = " ".join(out.getvalue().split())
    assert not [line for line in _new() if _point(line) in sample]
