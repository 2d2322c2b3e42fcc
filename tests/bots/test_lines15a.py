"""Everyday questions of a persona's own field, as hobby rooms ask them (round fifteen,
material15a): Einstein, Curie and Darwin answer with a real, specific fact in their own voice,
not "Tell me more", an owning-up or a neighbouring line. Dev set:
tests/bots/dev15_material15a.json."""

import pytest

from tests.bots.test_everyday_messages import CAST, say

FARADAY_ICE = (
    "Ice is slippery because its surface wears a thin, watery film even below freezing, as "
    "Faraday saw in 1850; it is not your weight, for pressure shifts its freezing point hardly at "
    "all."
)
ICY_PAVEMENT = (
    "An icy pavement is slippery even when it looks dry: the top of the ice is a watery skin that "
    "oils your sole, and grit works because it gives the boot something rough to grip."
)
FRICTION = (
    "Friction is two surfaces catching on each other's tiny bumps; dry hands grip a climbing hold "
    "better than sweaty ones because sweat fills the bumps and lets them slide, so climbers chalk "
    "their hands."
)
MICROWAVE = (
    "A microwave heats food by twisting its water molecules back and forth billions of times a "
    "second, and that jostling is the heat; so a dry plate stays cooler than the wet soup on it."
)
SUNSET = (
    "The sky is blue and the sunset red for one reason: air scatters blue light most, so by day "
    "blue comes from all over the sky, and at sunset, through far more air, the blue is lost and "
    "red gets through."
)
STATIC = (
    "A static shock is charge you gathered by rubbing: pulling off a wool jumper moves electrons "
    "about, and when you touch a door handle they jump back at once in a tiny spark."
)
EARS = (
    "Every ten metres of water adds a whole atmosphere of pressure, so a few metres down in a lake "
    "it presses on your eardrum and it hurts; hold your nose and blow gently to even it out."
)
KETTLE = (
    "A kettle sings before it boils because bubbles of steam form on the hot bottom and collapse "
    "with a tiny crack in the cooler water above; once it is all hot, it goes quieter and boils."
)
MIRROR = (
    "A mirror does not really swap left and right: it swaps front and back; we only call it left "
    "and right because we imagine turning round to stand where the reflection is."
)
SAUNA = (
    "In a sauna the metal bolts burn you and the wooden bench does not, though both are equally "
    "hot: metal pours heat into your skin quickly, wood only slowly."
)
MOUNTAIN_TEA = (
    "On a high mountain water boils at about eighty-five degrees instead of a hundred, because the "
    "air presses on it less; so tea made up there tastes weak and eggs take for ever."
)
CAVE_TEMPERATURE = (
    "Deep in a cave the temperature stays the same all year, close to the yearly average of the "
    "land above, because so much rock is a vast blanket that evens out summer and winter."
)
RADON = (
    "Radon is the emanation we saw leaking from radium, and it seeps from the ground too, from "
    "granite most of all; it gathers in basements, cellars and caves, so ventilate and have it "
    "measured."
)
GRANITE = (
    "Granite holds a little uranium, so a granite crag or worktop is very slightly radioactive, "
    "too little to matter to your hands; what matters is the radon it breathes into closed rooms."
)
DENTIST = (
    "A dental X-ray is a very small dose, about what the earth and sky give you in a day or two, "
    "so there is nothing to fear from one; in my war we took far greater doses without a thought."
)
WATCH = (
    "An old watch that glows may well hold radium, but the glowing paint wears out long before the "
    "radium does; keep such a watch closed, and never scratch or open the dial."
)
CHAIN = (
    "A bicycle chain rusts fastest in winter because the roads are salted, and salty water helps "
    "iron join the oxygen far faster than rain does; rinse the chain, dry it and oil it."
)
CARBON_DATING = (
    "Carbon dating came after my time, from Libby in the 1940s: living things take in a little "
    "radioactive carbon, and after death it halves every 5,700 years, so what is left tells the "
    "age."
)
CANCER = (
    "Hospitals treat cancer with radiation because the rays kill cells that divide, and a cancer "
    "divides faster than the healthy flesh around it; in France they called it Curiethérapie."
)
RADIUM_ATOM = (
    "I weighed the atom of radium myself in 1902, from a tenth of a gram of its chloride, and "
    "found 225; that number made the chemists believe in it."
)
COPPER = (
    "Copper roofs and statues turn green because the metal slowly joins with oxygen, water and "
    "carbon dioxide into a green crust, which then protects the copper beneath."
)
PENGUIN = (
    "A penguin does not slip on ice because it walks as a careful man does: short legs, weight low "
    "over its feet, small paces and claws to grip; in a hurry it drops on its belly and toboggans."
)
CAVE_FISH = (
    "Several animals in the caves of Carniola and Kentucky are blind, fish, crabs and insects "
    "among them; in the Origin I put the loss of their eyes wholly down to disuse, in the dark."
)
CAVE_TRACE = (
    "Cave fish keep a trace of an eye under the skin, as a buried record of ancestors that lived "
    "in the light; a useless part is rarely lost all at once."
)
PURR = (
    "A cat purrs when content, but sometimes when hurt or giving birth as well, so a purr is "
    "perhaps less a smile than a signal to its own kind that all is quiet."
)
# (field40: how a cat purrs is answered by how, its voice box, where the line on why was said.)
PURR_HOW = (
    "By twitching the muscles of its voice box some twenty-five times a second, Gwen, so the "
    "vocal folds flutter apart and shut as it breathes both in and out; hence a purr never pauses "
    "for breath."
)
WEEDS = (
    "Weeds grow so well among your veg because they have won the struggle on dug ground for "
    "thousands of years, quick to seed and root; our vegetables were bred for the table, not a "
    "fight."
)
BATS = (
    "Bats steer in the dark by ear: in the 1790s Spallanzani and Jurine found blinded bats flew "
    "well and deafened ones blundered; they call too high for us to hear, and listen for the "
    "return."
)
SLUGS = (
    "Slugs eat a gardener's seedlings, I know, but they also clear rotting leaves and fungi, and "
    "feed thrushes, hedgehogs, toads and beetles; a garden with no slugs would have fewer birds."
)
DOGS = (
    "Every dog from pug to greyhound was made by breeders keeping the pups they liked, generation "
    "after generation; I thought several wild species went into dogs, but it was wolves alone."
)
BEANS = (
    "A runner bean winds round its cane because the tip of its shoot sweeps round in a circle "
    "about once in two hours until it touches a support"
)
WOODPECKER = (
    "A woodpecker does not knock itself senseless because its brain is small and packed tight, its "
    "skull thick and spongy, and its tongue wraps round the back of the skull like a sling."
)


@pytest.mark.parametrize(
    ("slug", "said", "line"),
    [
        ("einstein", "@einstein why is the pavement so slippery when its icy, its not even wet",
         ICY_PAVEMENT),
        ("einstein", "@einstein ice is so slippery, is it cos ur weight melts it?", FARADAY_ICE),
        ("einstein", "@einstein why do my hands grip the holds better when theyre dry, is that "
         "friction or what", FRICTION),
        ("einstein", "@einstein how does a microwave actually heat stuff up", MICROWAVE),
        ("einstein", "@einstein if the sky is blue all day why do sunsets go red", SUNSET),
        ("einstein", "@einstein why do i get a static shock every time i take my wool jumper off",
         STATIC),
        ("einstein", "@einstein why do my ears hurt when i dive down deep in the lake", EARS),
        ("einstein", "@einstein why does the kettle make that singing noise just before it boils",
         KETTLE),
        ("einstein", "@einstein why does a mirror swap left and right but not up and down", MIRROR),
        ("einstein", "@einstein why does the wooden bench feel fine but the metal bolts burn you",
         SAUNA),
        ("einstein", "@einstein someone said water boils cooler up a mountain?? is that why the "
         "tea tasted rubbish", MOUNTAIN_TEA),
        ("einstein", "@einstein why is it always the same temperature deep in a cave",
         CAVE_TEMPERATURE),
        ("curie", "@curie our crag is granite, someone said granite is radioactive, is it",
         GRANITE),
        ("curie", "@curie are dental x rays safe, my son has one tomorrow", DENTIST),
        ("curie", "@curie my grandads old watch glows in the dark a bit, is that radium??", WATCH),
        ("curie", "@curie why does my bike chain go rusty so fast in winter", CHAIN),
        ("curie", "@curie how do they carbon date old stuff", CARBON_DATING),
        ("curie", "@curie why do hospitals use radiation to treat cancer, isnt it what causes it",
         CANCER),
        ("curie", "@curie how would you even weigh an atom, you cant exactly put it on scales",
         RADIUM_ATOM),
        ("curie", "@curie how come my copper bracelet turns my wrist green", COPPER),
        ("darwin", "@darwin how come penguins dont slip over on the ice", PENGUIN),
        ("darwin", "@darwin why are cave fish blind, did they just lose their eyes",
         (CAVE_FISH, CAVE_TRACE)),
        ("darwin", "@darwin how do cats even purr", (PURR_HOW, PURR)),
        ("darwin", "@darwin why do weeds always grow faster than my veg", WEEDS),
        ("darwin", "@darwin how do bats find their way in the pitch dark", BATS),
        ("darwin", "@darwin are slugs actually good for anything", SLUGS),
        ("darwin", "@darwin how did we get from wolves to pugs", DOGS),
        ("darwin", "@darwin why do woodpeckers not get headaches", WOODPECKER),
    ],
)  # fmt: skip
def test_a_field_question_from_a_hobby_room_gets_the_persona_s_own_fact(slug, said, line):
    """`line`: the line the reply ends with (or any of several on the very thing asked)."""
    reply = say(slug, said, author="gwen", others=CAST)
    assert reply.endswith(line), reply


def test_darwin_on_runner_beans_speaks_of_his_climbing_plants():
    reply = say("darwin", "@darwin how do my runner beans know to wind round the cane", others=CAST)
    assert BEANS in reply, reply


def test_the_radon_line_answers_a_worry_about_a_basement():
    reply = say(
        "curie",
        "@curie our workshop is in a basement and someone mentioned radon?? should we worry",
        others=CAST,
    )
    assert RADON[:100] in reply, reply


@pytest.mark.parametrize(
    ("slug", "said", "not_said"),
    [
        # "blind" love is no blind cave fish
        ("darwin", "@darwin shakespeare is talking rubbish lol, love is def blind", "cave"),
        # salt water boiling "faster" is no weed growing faster
        ("darwin", "@darwin does salt make water boil faster?", "Weeds"),
        # words made up are no half-life "in plain words"
        ("curie", "@curie which words did you make up", "Half-life"),
        # salt on ice is Curie's question, not the slipperiness of ice
        ("einstein", "@einstein @curie why does salt make ice melt", "Faraday"),
        # time in the air is time dilation, not the GPS in a phone
        ("einstein", "@einstein does time go slower if you fly high?", "GPS"),
    ],
)  # fmt: skip
def test_a_new_line_is_not_taken_for_one_shared_word_in_another_sense(slug, said, not_said):
    reply = say(slug, said, others=CAST)
    assert not_said not in reply, reply
