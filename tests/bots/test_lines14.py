"""Real lines before mechanism (round fourteen): where a persona answered with a modern legend,
a stitched tip or a line that made no sense for what was said, it now says something of its own
life and work, in its own words."""

from tests.bots.test_everyday_messages import CAST, say

LOVELACE_MUSIC = (
    "Could we write out the science of harmony for it, a machine like the Engine might compose "
    "elaborate and scientific pieces of music of any degree of complexity or extent, as I said in "
    "my Notes of 1843."
)
VILLAINS = (
    "The best villains of my plays are Iago, Richard the Third and Edmund, each a villain who wins "
    "you with his wit before he cuts a throat."
)


def ends(slug: str, said: str, line: str, *, whole: bool = False) -> None:
    """`slug`'s reply to `said` ends with `line` (or, `whole`, is it)."""
    reply = say(slug, said, others=CAST)
    assert reply == line if whole else reply.endswith(line), reply


def test_lovelace_asked_whether_a_machine_could_make_music_gives_her_words_of_1843():
    for said in (
        "@lovelace Could a machine ever write music?",
        "@lovelace can machines make music",
    ):
        reply = say("lovelace", said, others=CAST)
        assert reply.endswith(LOVELACE_MUSIC), reply
        assert "algorithm" not in reply, reply  # no tip on writing algorithms stitched on


def test_shakespeare_names_his_villains():
    reply = say("shakespeare", "@shakespeare who is your best villain", others=CAST)
    assert reply.endswith(VILLAINS), reply
    assert "Tudors" not in reply, reply
    # How to write one: the craft, not only the names (session 45: persona_sample's villain
    # question had got the names alone).
    reply = say("shakespeare", "@shakespeare how do u write a villain", others=CAST)
    assert reply == (
        "Give him wit and a reason, Maya, and let him talk to the audience alone: Iago and "
        "Richard the Third make the house their confidants, so it half-likes them before it "
        "sees the knife."
    ), reply


def test_socrates_on_passing_on_gossip_quotes_the_phaedo_not_the_triple_filter():
    reply = say("socrates", "@socrates how do u stop yourself gossiping at work", others=CAST)
    assert reply.endswith(
        "False words are evil in themselves and infect the soul with evil, I told Crito on my "
        "last day; before you repeat a rumour or a piece of gossip, be sure it is true."
    ), reply
    reply = say(
        "socrates", "@socrates How can I tell whether I am living a good life?", others=CAST
    )
    assert "whether it is kind" not in reply, reply


def test_a_small_trouble_at_night_is_not_told_it_will_pass_by_evening():
    ends(
        "curie",
        "@curie My dog keeps barking at night and I can't sleep.",
        # Nights lost are no small mishap to be measured down (misreads30): since sample39, its
        # help with the dog that keeps them awake.
        "Look for the cause, Maya, as in any experiment: a dog that barks at night is most "
        "often lonely, bored or hearing something outside. A long walk in the evening and its "
        "bed near you usually help; if it is new, ask a vet.",
        whole=True,
    )


def test_darwin_on_what_hobby_rooms_ask_him():
    ends(
        "darwin",
        "@darwin did u know they sent a sheep a duck and a rooster up in a balloon once",
        "In 1783, I have read, the Montgolfiers sent a sheep, a duck and a cock up in a hot-air "
        "balloon to see whether animals could breathe so high; all three came down alive.",
    )
    ends(
        "darwin",
        "@darwin whats the queen bee for tho",
        "In a hive of bees the queen only lays eggs, and thousands of sterile workers never breed; "
        "how selection could shape workers that leave no young was a real difficulty for my "
        "theory.",
    )
    ends(
        "darwin",
        "@darwin are worms good for the veg patch",
        "Earthworms are the best friends a vegetable patch can have: in some fields, I reckoned, "
        "the worms bring up more than ten tons of fine earth an acre every year.",
    )
    ends(
        "darwin",
        "@darwin did you keep pigeons yourself",
        "I kept pigeons of every breed I could buy in a pigeon house at Down, and skinned and "
        "measured them, to show that all of them came from the wild rock pigeon.",
    )


def test_einstein_on_strings_wind_balloons_and_pitch():
    ends(
        "einstein",
        "@einstein why does the fat string on a guitar sound lower",
        "A thicker or slacker string sounds lower because it vibrates more slowly; on my violin "
        "the G string is the thickest, and tightening a peg raises the note.",
    )
    ends(
        "einstein",
        "@einstein what are overtones",
        "A violin string vibrates not only as a whole but in halves, thirds and quarters at once; "
        "those overtones mixed in are why a violin and a flute playing the same note sound "
        "different.",
    )
    ends(
        "einstein",
        "@einstein why is it windier on the hill than in my garden",
        "Wind is slower near the ground because the ground holds it back: grass, trees and houses "
        "drag on the air, while higher up nothing is in the way, and so the top of a hill is "
        "windier than the garden below.",
    )
    ends(
        "einstein",
        "@einstein why does a hot air balloon go up",
        "A hot-air balloon rises for the reason a cork floats in water: warm air is thinner than "
        "the cold air around it, so the balloon weighs less than the air it pushes aside, and "
        "Archimedes does the rest.",
    )
    ends(
        "einstein",
        "@einstein how does a tuning fork keep the same note",
        "A tuning fork always gives the same note because its two prongs have one natural "
        "frequency, fixed by their length and stiffness; strike it hard or softly and only the "
        "loudness changes, never the pitch.",
    )
    ends(
        "einstein",
        "@einstein whats the difference between pitch and frequency",
        "Pitch is what the ear hears and frequency what the physicist counts: the A an orchestra "
        "tunes to is 440 vibrations a second, and doubling the frequency raises the note an "
        "octave.",
    )


def test_lovelace_on_flyology_the_difference_engine_and_the_loom():
    ends(
        "lovelace",
        "@lovelace did you really try to fly as a kid",
        "As a girl of twelve I truly meant to build a flying machine, Maya: I studied the wings of "
        "birds to get the proportions right, and planned a book of it called Flyology.",
        whole=True,
    )
    ends(
        "lovelace",
        "@lovelace what was babbages difference engine",
        "The Difference Engine was Mr Babbage's first machine, for working out tables by adding "
        "differences; the Analytical Engine, the one I wrote about, could have been set to any "
        "calculation by punched cards.",
    )
    ends(
        "lovelace",
        "@lovelace how did the jacquard loom work",
        "The Jacquard loom was worked by a chain of punched cards, one card for each row of the "
        "pattern; Mr Babbage owned a portrait of Jacquard woven in silk that way, and visitors "
        "took it for an engraving.",
    )


def test_shakespeare_on_music_out_of_tune_and_touring():
    reply = say(
        "shakespeare", "@shakespeare did you write anything about music out of tune", others=CAST
    )
    assert reply.endswith(
        'Richard the Second, in his prison: "How sour sweet music is, when time is broke and no '
        'proportion kept!"'
    ), reply
    ends(
        "shakespeare",
        "@shakespeare did your company ever go on tour",
        "When the plague shut the London playhouses our company went on tour with carts, playing "
        "in inn yards and guildhalls from town to town; that was all the travelling I ever did for "
        "my art.",
    )


def test_curie_on_the_war_cars_and_radium():
    ends(
        "curie",
        "@curie how many xray cars did you have in the war",
        "By the end of the war there were twenty of my X-ray cars and two hundred X-ray posts in "
        "hospitals, and I had trained about a hundred and fifty women to work them.",
    )
    ends(
        "curie",
        "@curie is radium more radioactive than uranium",
        "Radium is about a million times more radioactive than the same weight of uranium, and it "
        "keeps itself warmer than its surroundings, giving off heat without any sign of running "
        "down.",
    )


def test_a_second_round_of_hobby_subjects_gets_lines_of_their_own():
    ends(
        "darwin",
        "@darwin why does a cuckoo put its eggs in other nests",
        "The cuckoo laying her eggs in other birds' nests is an instinct I took up in the Origin: "
        "a bird that now and then laid in another's nest left more young, and selection did the "
        "rest.",
    )
    ends(
        "darwin",
        "@darwin any tips for getting bees in the garden",
        "Let a corner of the lawn go to clover and leave it rough, Maya; the humble-bees want "
        "flowers from spring to autumn and an undisturbed bank to nest in.",
    )
    ends(
        "einstein",
        "@einstein how come a bike doesnt fall over when youre moving",
        "A moving bike stays up mostly because the rider keeps steering the wheel under the fall, "
        "as you balance a stick on your finger; a bicycle standing still has nothing to steer "
        "with, and falls.",
    )
    ends(
        "einstein",
        "@einstein what makes a kettle whistle",
        "A kettle whistles because the steam is forced through a small hole and sets the air in "
        "the whistle vibrating, as your breath does in a flute; the harder it boils, the surer the "
        "note.",
    )
    ends(
        "lovelace",
        "@lovelace isnt a knitting pattern basically a program",
        "A knitting pattern is a program in wool: so many stitches, then repeat the row so many "
        "times; in the Engine I called such a repetition a cycle of operations, and the Jacquard "
        "loom did it with cards.",
    )


def test_a_question_on_anger_is_not_met_with_do_not_be_angry_with_me():
    ends(
        "socrates",
        "@socrates how do i stop getting so angry",
        "When I felt myself growing angry I lowered my voice and spoke less; anger is best "
        "answered slowly, once you can ask calmly what was really done to you.",
    )


def test_lovelace_on_algorithms_gives_no_modern_tip():
    for seed in (1, 2, 3):
        reply = say(
            "lovelace", "@lovelace whats an algorithm in simple terms", others=CAST, seed=seed
        )
        assert "understand the problem" not in reply, reply
        assert "algorithm" in reply, reply


def test_a_third_round_of_hobby_subjects_gets_lines_of_their_own():
    ends(
        "shakespeare",
        "@shakespeare how do you write a sonnet then",
        "To write a sonnet, make fourteen lines with a turn: three quatrains build the argument, "
        "and the last couplet closes the door on it.",
    )
    ends(
        "shakespeare",
        "@shakespeare were any of your plays ever banned",
        "None of my plays was banned outright, but the Master of the Revels licensed every one, "
        "and the scene where Richard the Second gives up his crown was left out of the printed "
        "book while the Queen lived.",
    )
    ends(
        "einstein",
        "@einstein why do violins go out of tune when its cold",
        "A violin drifts out of tune in the cold because its wood and its strings shrink by "
        "different amounts with heat and damp, so the strings' tension changes; let it warm in "
        "the room before you tune.",
    )
    ends(
        "einstein",
        "@einstein why does a church bell keep ringing so long after its hit",
        "A bell rings on so long because it is one thick piece of metal that loses its energy very "
        "slowly; struck once, it goes on vibrating, and its hum lasts long after the stroke.",
    )
    ends(
        "einstein",
        "@einstein how can a sailing boat go into the wind",
        "A sailing boat goes against the wind by zigzagging: the sail works like a wing and the "
        "keel stops it sliding sideways, so it moves forward at an angle to the wind; I tacked so "
        "at Caputh, badly.",
    )
    ends(
        "lovelace",
        "@lovelace did you play chess",
        "Chess I will not boast of; but Mr Babbage believed his Analytical Engine could play "
        "chess, and planned a machine for noughts and crosses to raise money for building it.",
    )


def test_a_symphony_is_music():
    ends("lovelace", "@lovelace could a computer ever write a proper symphony", LOVELACE_MUSIC)
    reply = say("einstein", "@einstein whats your favourite symphony", others=CAST)
    assert "Mozart's music" in reply, reply
