"""Personas answer in a live room what they plainly could (know40b): Einstein and Curie asked,
by @mention or by name, of their own field, life, famous works and sayings, era, and what they
would make of modern things.

Before: Einstein owned up to the twin paradox ("You have found a hole in my education"), Gandhi,
smartphones and being wrong, sent free will to Darwin, took a book for physics as the myth that
he failed maths and "what is a black hole" as a reading list, and called nuclear weapons today
"a matter of taste"; Curie owned up to a single mother's years, Chernobyl, a book on science and
Victor Frankenstein's science, said she never met Einstein ("No, not that I noticed"), and called
the radium girls and radiotherapy "no measuring taste". Asked more, Einstein owned up to quantum
physics, the photon, the meaning of life and Oppenheimer, and Curie to whether science was her
passion. Each is now a `#know` line, keyed by the words people use and met by rewordings, not by
look-alikes."""

from __future__ import annotations

import pytest

from bots.material import index_of
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import VOICES, say


def _line(slug: str, opening: str, name: str = "Maya") -> str:
    """The persona's `#know` line opening with `opening`, said to `name`."""
    for line in index_of(VOICES[slug].material).tagged["know"]:
        text = line.partition(":")[2].strip()
        if text.startswith(opening):
            return text.replace("{name}", name)
    raise AssertionError(opening)


# (persona, question, the whole reply)
EXACT = [
    (
        "einstein",
        ("einstein any book recs for someone who wants to get into physics but is bad at maths"),
        (
            "Start with one that needs no mathematics, Maya: my little Relativity: The Special "
            "and General Theory, 1916, written for the general reader, or The Evolution of "
            "Physics, which Infeld and I wrote in 1938 with hardly an equation in it."
        ),
    ),
    (
        "einstein",
        "einstein what did you mean by the dice thing",
        (
            "I wrote it to Max Born in 1926, Maya: the quantum theory says an atom decays by pure "
            "chance, and I could not believe the Old One runs the world so; I took chance as a "
            "sign the theory was unfinished. Bohr, they say, told me to stop telling God what to "
            "do."
        ),
    ),
    (
        "einstein",
        "einstein why did you leave germany",
        (
            "I was in California when Hitler came to power in 1933, Maya, and never went back: "
            "the Nazis took my house and boat, burned my books and listed me among enemies 'not "
            "yet hanged'. I feared more for those who could not leave."
        ),
    ),
    (
        "einstein",
        "@einstein what did u think of gandhi",
        (
            "Gandhi I admired above all the statesmen of our time, Maya: he freed a people by "
            "refusing to do wrong, not by force. For his seventieth birthday I wrote that "
            "generations to come would scarce believe such a one ever walked the earth."
        ),
    ),
    (
        "einstein",
        "@einstein did your first wife help with relativity? mileva",
        (
            "Mileva Marić studied physics beside me in Zurich, Maya, and in those years we talked "
            "everything over; in a letter I once called it 'our work on relative motion'. How "
            "much she gave is argued still; the papers carry my name, and the Nobel money went to "
            "her."
        ),
    ),
    (
        "einstein",
        "@einstein what was princeton like",
        (
            "Princeton is a quaint and ceremonious village of puny demigods on stilts, Maya, as I "
            "wrote to the Queen of Belgium in 1933; but it left me in peace, and I walked each "
            "day to the Institute for Advanced Study, in later years with Gödel for company."
        ),
    ),
    (
        "einstein",
        "@einstein how did you even come up with relativity",
        (
            "It began with a picture at sixteen, Maya: what would I see riding beside a beam of "
            "light? It would not let me go for ten years, until in May 1905, after a long talk "
            "with my friend Besso, I saw that time is not the same for everyone."
        ),
    ),
    (
        "einstein",
        "einstein whats a black hole in simple words",
        (
            "A black hole is mass squeezed so small that space and time curve shut round it, "
            "Maya: nothing, not even light, climbs back out past its edge. Schwarzschild found it "
            "in my equations in 1916; I doubted nature would allow such a thing, and I am told "
            "she does."
        ),
    ),
    (
        "einstein",
        "@einstein whats the twin paradox",
        (
            "One twin flies off near the speed of light and comes home, Maya, to find the twin "
            "who stayed has aged more, because moving clocks run slow. No paradox: only the "
            "traveller turns round and feels it; clocks flown in aeroplanes have since shown it, "
            "I am told."
        ),
    ),
    (
        "einstein",
        "einstein did they ever find gravitational waves",
        (
            "I predicted them in 1916 and doubted anyone would ever measure them, Maya; I am told "
            "that in 2015 the LIGO instrument caught the ripple of two black holes merging, a "
            "stretch smaller than a proton across miles of tunnel. I would have liked to see "
            "that."
        ),
    ),
    (
        "einstein",
        "@einstein what would you think of smartphones",
        (
            "In my day a letter took a week and I answered mine by hand, Maya; today, I am told, "
            "everyone carries a radio, a camera and a library in the pocket. Fine physics; I "
            "would only worry it leaves no quiet for thinking, and I needed a great deal of "
            "quiet."
        ),
    ),
    (
        "einstein",
        "@einstein what do you think about nuclear weapons today",
        (
            "The unleashed power of the atom has changed everything save our modes of thinking, "
            "Maya, as I wrote in 1946, and so we drift toward catastrophe. I say it still: such "
            "weapons cannot be made safe, only given up, by nations that accept a law above them."
        ),
    ),
    (
        "einstein",
        "@einstein how did it feel to win the nobel",
        (
            "I was on a ship to Japan when word came in November 1922, Maya, so there was no "
            "fuss; it was for the photoelectric effect, not relativity, which the committee still "
            "thought too bold. In Sweden next summer I spoke on relativity anyway."
        ),
    ),
    (
        "einstein",
        "@einstein is free will real",
        (
            "I do not believe in free will in the philosophers' sense, Maya, and it keeps me from "
            "taking myself or others too seriously. As Schopenhauer put it, a man can do what he "
            "wants but cannot want what he wants; that has consoled me since my youth."
        ),
    ),
    (
        "einstein",
        "@einstein were you lonely",
        (
            "I am truly a lone traveller, Maya, a horse for single harness, as I once wrote: I "
            "never belonged with my whole heart to country, home, friends or even family. Yet "
            "solitude, painful in youth, I found delicious in the years of maturity."
        ),
    ),
    (
        "einstein",
        "@einstein how do you deal with being wrong",
        (
            "Gladly, once I saw it, Maya: in 1922 I said Friedmann's expanding universe was a sum "
            "gone wrong, then found the error was mine and said so in print. Nature is the judge "
            "and does not care who you are; though I own I was slow to give up an idea I loved."
        ),
    ),
    (
        "curie",
        "@curie how did you discover radium",
        (
            "It began with Becquerel's uranium rays, Maya: I found pitchblende ore far more "
            "active than its uranium explained, so something new hid in it. In 1898 we named "
            "polonium, then radium; four years boiling tonnes of ore gave a tenth of a gram."
        ),
    ),
    (
        "curie",
        "curie did you keep radium by your bed",
        (
            "We did not fear it, Maya, for no one yet knew: I carried tubes of radium in my "
            "pocket, kept them in my desk drawer, and loved to see them glow in the shed at "
            "night. My fingers cracked and burned, and still we blamed the work."
        ),
    ),
    (
        "curie",
        "@curie did you know it was killing you",
        (
            "Not for a long time, Maya: I blamed overwork for my tiredness and my cataracts, and "
            "would not have it said that radium hurt me. I died in 1934 of aplastic anaemia, a "
            "failure of the blood that my years among the rays very likely caused."
        ),
    ),
    (
        "curie",
        "@curie whats radioactivity in simple words",
        (
            "Radioactive means the nucleus of an atom is unstable and breaks up by itself, at "
            "random, throwing out alpha, beta or gamma rays, Maya; no heat or chemistry hurries "
            "it. Pierre and I coined the word."
        ),
    ),
    (
        "curie",
        "@curie any advice for girls who want to go into science",
        (
            "We must have perseverance and above all confidence in ourselves, Maya: believe you "
            "are gifted for something, and that it must be attained. Find a teacher who takes you "
            "seriously, keep careful notebooks, and let the work answer."
        ),
    ),
    (
        "curie",
        "curie how did it feel being the only woman in the room",
        (
            "Often the only one, Maya: in 1903 the Nobel committee meant to name Pierre and "
            "Becquerel alone until Pierre insisted on me, and in 1911 the Academy shut its door. "
            "I would not let it trouble me; the electrometer never asked who read it."
        ),
    ),
    (
        "curie",
        "@curie how hard was it being a single mom?",
        (
            "Hard, Maya: Pierre died when Irène was eight and Ève not two, and his father, who "
            "lived with us, helped me raise them until 1910. I filled their days with gymnastics, "
            "gardening and lessons, and began a little school for Irène."
        ),
    ),
    (
        "curie",
        "did your daughter win a nobel too?",
        (
            "Yes, Maya: my Irène won the chemistry prize in 1935 with her husband "
            "Frédéric Joliot, for making new radioactive elements artificially. I "
            "lived to see the discovery in 1934, though not the prize, and it gave me"
            " great joy."
        ),
    ),
    (
        "curie",
        "curie what would you think of women in science today",
        (
            "In my day a woman could not even enter the university in Warsaw, Maya; today, I am "
            "told, women fill the lecture halls and laboratories, and more have won Nobel prizes "
            "in science. I am glad: why waste half the minds?"
        ),
    ),
    (
        "curie",
        "curie the langevin scandal, what happened?",
        (
            "In 1911 the papers printed my letters to Paul Langevin, Pierre's old student, a "
            "married man, Maya, and a crowd came to my house. A friend wrote that I should not "
            "read that hogwash; in December I went to Stockholm for my second prize."
        ),
    ),
    (
        "curie",
        "curie did you ever meet einstein",
        (
            "Yes, Maya: we met at the Solvay congress in Brussels in 1911, and in 1913 we hiked "
            "in the Swiss Alps with our children, he talking all the while of what happens to a "
            "man in a falling lift. He stood by me in the year of the newspapers."
        ),
    ),
    (
        "curie",
        "@curie what do you think about the radium girls",
        (
            "The girls who painted watch dials with radium in America were taught to point their "
            "brushes with their lips, Maya, and by the 1920s their jaws were rotting. Once in the "
            "body, nothing gets it out; their lawsuits won workers protection."
        ),
    ),
    (
        "curie",
        "@curie what do you think of radiotherapy for cancer",
        (
            "Radium was used against tumours within a few years of our finding it, Maya; the "
            "French called it Curietherapy, and my Radium Institute treated patients beside the "
            "laboratory. Radiotherapy today aims far more precisely, and cures many."
        ),
    ),
    (
        "curie",
        "curie what even is an element",
        (
            "An element is a substance of one kind of atom, Maya, which no chemistry splits into "
            "anything simpler: iron, oxygen, gold. Each is set by the number of protons in its "
            "nucleus; we knew close on ninety, polonium and radium two of mine."
        ),
    ),
    (
        "curie",
        "curie would victor's science have made any sense in your day",
        (
            "In Mary Shelley's day Galvani made dead frogs kick with electricity, Maya, and in "
            "1803 Aldini made a hanged man's face twitch in London, so her Victor was not absurd. "
            "By my day we knew a current moves a muscle but does not make life."
        ),
    ),
    (
        "curie",
        "@curie any book recommendations? something about science maybe",
        (
            "Faraday's Chemical History of a Candle, Maya: six lectures for children that teach "
            "more chemistry than many textbooks. And for a life, I wrote Pierre's myself in 1923, "
            "to keep him as he was."
        ),
    ),
    (
        "curie",
        "curie is it true you were buried in a lead coffin",
        (
            "I was buried at Sceaux beside Pierre in 1934, Maya, and in 1995 we were both moved "
            "to the Panthéon in Paris; I am told my remains were measured for radiation before "
            "the move. The talk of a lead coffin I cannot vouch for myself."
        ),
    ),
    (
        "curie",
        "curie did you like marie or maria better",
        (
            "Maria Salomea Skłodowska, Maya, Manya at home in Warsaw. In Paris I became Marie, "
            "and Curie when I married Pierre in 1895; I often signed Skłodowska Curie, to keep my "
            "Polish name."
        ),
    ),
    (
        "curie",
        "@curie what did u think of chernobyl",
        (
            "After my time, Maya: I am told that in 1986 a reactor at Chernobyl in Ukraine ran "
            "out of control and burned, scattering radioactive dust over Europe, and a town was "
            "emptied for good. My old rule holds: measure everything, hide nothing."
        ),
    ),
    (
        "einstein",
        "@einstein what even is spacetime",
        (
            "Space and time are not a fixed stage but one fabric, Maya, spacetime, four "
            "dimensions together: how fast your clock runs depends on how you move. Minkowski "
            "drew that out of my 1905 work; mass curves the fabric, and that curving is gravity."
        ),
    ),
    (
        "einstein",
        "einstein can anything go faster than light?",
        (
            "Nothing that carries mass can reach the speed of light, Maya: the faster it goes, "
            "the more energy each extra bit of speed costs, without end. Nor can a signal outrun "
            "it, or cause would come after effect in some frame; that is the speed limit of the "
            "world."
        ),
    ),
    (
        "einstein",
        "einstein what did you think of oppenheimer",
        (
            "Oppenheimer ran the Institute in Princeton from 1947, Maya, so in a way he was my "
            "chief; a brilliant, restless man. When in 1954 they put his loyalty on trial, I told "
            "him he owed that government nothing and should simply walk away; he did not."
        ),
    ),
    (
        "einstein",
        "einstein what's the meaning of life",
        (
            "The man who regards his own life and that of his fellows as meaningless "
            "is not merely unfortunate but almost disqualified for life, Maya, as I "
            "once wrote. For me the meaning was in understanding a little of the "
            "world and being of use to others."
        ),
    ),
    (
        "einstein",
        "@einstein were you scared of dying",
        (
            "No, Maya. In 1955, in hospital, I refused the operation: it is tasteless to prolong "
            "life artificially; I had done my share, and wanted to go elegantly. My last words "
            "were in German, which the nurse did not understand."
        ),
    ),
    (
        "einstein",
        "einstein what do you think about climate change",
        (
            "After my time, Maya, but the physics is old: carbon dioxide lets sunlight in and "
            "holds heat back, and Arrhenius reckoned in 1896 that doubling it would warm the "
            "Earth several degrees. I am told the thermometers now agree with him."
        ),
    ),
    (
        "einstein",
        "@einstein can you explain quantum physics simply",
        (
            "At the smallest scale energy comes in lumps, quanta, Maya, not a smooth flow; I said "
            "so of light in 1905. And there, so the theory says, nature decides by chance: where "
            "an electron turns up can only be given as odds. That last part I never liked."
        ),
    ),
    (
        "einstein",
        "einstein whats a photon",
        (
            "A photon is a packet of light, Maya, the smallest lump it comes in, its energy set "
            "by its colour: blue carries more than red. I proposed light quanta in 1905 to "
            "explain the photoelectric effect; the name photon came later, in 1926."
        ),
    ),
    (
        "curie",
        "curie why did your hands crack",
        (
            "Radium burns, Maya: handling it bare year after year, my fingertips cracked, "
            "hardened and grew numb and scarred. Pierre tied some to his arm on purpose to study "
            "the wound, which is how doctors first thought of using it on tumours."
        ),
    ),
    (
        "curie",
        "curie what do you think of nuclear bombs",
        (
            "After my time, Maya: the bomb came in 1945, from splitting uranium and "
            "plutonium. Irène's husband Frédéric Joliot, who showed in 1939 that a "
            "chain reaction could be made, campaigned against it after the war; I "
            "would have stood with him."
        ),
    ),
    (
        "curie",
        "curie was science your passion?",
        (
            "I am among those who think science has great beauty, Maya. A scientist in the "
            "laboratory is not only a technician: she is also a child before natural things that "
            "impress her like a fairy tale."
        ),
    ),
    (
        "curie",
        "curie what would you think of the internet",
        (
            "After my time, Maya: in my day a result travelled by journal and letter, and took "
            "weeks. Today, I am told, every paper is a moment away; I would have been glad of it, "
            "if the measurements were as honest as they are quick."
        ),
    ),
]

# (the line's opening, persona, a rewording that gets it)
REWORDED = [
    (
        "Start with one that needs no mathematics",
        "einstein",
        "@einstein can you recommend a good book on relativity",
    ),
    (
        "Start with one that needs no mathematics",
        "einstein",
        "what book should i start with for physics",
    ),
    (
        "Start with one that needs no mathematics",
        "einstein",
        "any good book about the universe to recommend?",
    ),
    ("I wrote it to Max Born in 1926", "einstein", "what was the dice quote about?"),
    (
        "I was in California when Hitler came to power",
        "einstein",
        "@einstein weren't you scared when the nazis took over?",
    ),
    ("I was in California when Hitler came to power", "einstein", "why did you flee germany"),
    ("I was in California when Hitler came to power", "einstein", "did you escape the nazis?"),
    ("Gandhi I admired above all", "einstein", "einstein did you like gandhi"),
    ("Gandhi I admired above all", "einstein", "what do you make of gandhi?"),
    ("Mileva Marić studied physics beside me", "einstein", "did mileva help you with relativity?"),
    ("Mileva Marić studied physics beside me", "einstein", "is it true your wife did your maths?"),
    ("Princeton is a quaint and ceremonious village", "einstein", "how was princeton?"),
    (
        "Princeton is a quaint and ceremonious village",
        "einstein",
        "einstein whats princeton like lol",
    ),
    ("It began with a picture at sixteen", "einstein", "how did you think of relativity?"),
    ("It began with a picture at sixteen", "einstein", "what inspired your relativity?"),
    ("A black hole is mass squeezed so small", "einstein", "what happens inside a black hole?"),
    ("A black hole is mass squeezed so small", "einstein", "did you believe in black holes?"),
    (
        "One twin flies off near the speed of light",
        "einstein",
        "if one twin goes into space does she come back younger?",
    ),
    ("One twin flies off near the speed of light", "einstein", "can you explain the twin paradox?"),
    ("I predicted them in 1916", "einstein", "were gravitational waves ever detected?"),
    ("I predicted them in 1916", "einstein", "what did ligo find?"),
    ("In my day a letter took a week", "einstein", "einstein what do you make of phones nowadays?"),
    ("In my day a letter took a week", "einstein", "are we addicted to our phones?"),
    ("The unleashed power of the atom", "einstein", "should nukes be banned?"),
    ("The unleashed power of the atom", "einstein", "are nuclear weapons still a threat?"),
    (
        "I was on a ship to Japan when word came",
        "einstein",
        "how did you feel when you won the nobel prize?",
    ),
    ("I was on a ship to Japan when word came", "einstein", "were you proud of your nobel?"),
    (
        "I do not believe in free will",
        "einstein",
        (
            "einstein didnt you say something about this? a man can do what he wants but not want "
            "what he wants"
        ),
    ),
    ("I do not believe in free will", "einstein", "do we have free will?"),
    ("I do not believe in free will", "einstein", "what did you think of schopenhauer?"),
    ("I am truly a lone traveller", "einstein", "did you like solitude?"),
    ("I am truly a lone traveller", "einstein", "were you an introvert?"),
    ("Gladly, once I saw it", "einstein", "how did you cope with your mistakes?"),
    ("Gladly, once I saw it", "einstein", "did you ever admit you were wrong?"),
    ("It began with Becquerel's uranium rays", "curie", "how was radium discovered?"),
    ("It began with Becquerel's uranium rays", "curie", "how did you find polonium?"),
    ("We did not fear it", "curie", "did you sleep with radium by your bed?"),
    ("Not for a long time", "curie", "were you aware it was harming you?"),
    ("Radioactive means the nucleus", "curie", "what does radioactive actually mean?"),
    ("Radioactive means the nucleus", "curie", "can you explain radioactivity simply?"),
    ("We must have perseverance", "curie", "what advice would you give a young woman in science?"),
    ("We must have perseverance", "curie", "tips for girls who want to do chemistry?"),
    ("Often the only one", "curie", "were you the only woman at the sorbonne?"),
    ("Hard, {name}: Pierre died when Irène", "curie", "was it hard being a single mum?"),
    ("Hard, {name}: Pierre died when Irène", "curie", "how did you raise your daughters alone?"),
    ("Yes, {name}: my Irène won", "curie", "what did irene win the nobel for?"),
    ("Yes, {name}: my Irène won", "curie", "was your daughter a scientist?"),
    ("In my day a woman could not even enter", "curie", "what do you think of women in stem now?"),
    ("In my day a woman could not even enter", "curie", "are there more women scientists today?"),
    ("In 1911 the papers printed my letters", "curie", "what was the langevin affair?"),
    ("In 1911 the papers printed my letters", "curie", "was there a scandal about you in 1911?"),
    ("Yes, {name}: we met at the Solvay congress", "curie", "were you friends with einstein?"),
    ("Yes, {name}: we met at the Solvay congress", "curie", "did you know einstein?"),
    ("The girls who painted watch dials", "curie", "what happened to the radium dial painters?"),
    ("The girls who painted watch dials", "curie", "did you know about the radium girls?"),
    ("Radium was used against tumours", "curie", "was radium used to treat cancer?"),
    ("Radium was used against tumours", "curie", "did radium help cure cancer?"),
    ("An element is a substance of one kind", "curie", "what is an element?"),
    ("An element is a substance of one kind", "curie", "what are elements made of?"),
    ("In Mary Shelley's day Galvani", "curie", "could frankenstein's experiment really work?"),
    ("In Mary Shelley's day Galvani", "curie", "is victor frankenstein's science realistic?"),
    ("Faraday's Chemical History of a Candle", "curie", "can you recommend a good chemistry book?"),
    ("Faraday's Chemical History of a Candle", "curie", "any science books you'd suggest?"),
    ("I was buried at Sceaux beside Pierre", "curie", "are your remains still radioactive?"),
    ("I was buried at Sceaux beside Pierre", "curie", "is your body still radioactive?"),
    ("Maria Salomea Skłodowska", "curie", "did you prefer maria?"),
    ("Maria Salomea Skłodowska", "curie", "what was your polish name?"),
    ("After my time, {name}: I am told that in 1986", "curie", "what happened at chernobyl?"),
    (
        "After my time, {name}: I am told that in 1986",
        "curie",
        "what do you think about chernobyl?",
    ),
    ("Space and time are not a fixed stage", "einstein", "is space and time the same thing?"),
    ("Space and time are not a fixed stage", "einstein", "what is the fabric of space time?"),
    ("Nothing that carries mass can reach", "einstein", "why cant we go faster than light?"),
    ("Nothing that carries mass can reach", "einstein", "is faster than light travel possible?"),
    ("Oppenheimer ran the Institute", "einstein", "did you know oppenheimer?"),
    ("Oppenheimer ran the Institute", "einstein", "what was oppenheimer like?"),
    ("The man who regards his own life", "einstein", "what is the purpose of life?"),
    ("The man who regards his own life", "einstein", "is life worth living?"),
    ("No, {name}. In 1955, in hospital", "einstein", "were you afraid of death?"),
    ("No, {name}. In 1955, in hospital", "einstein", "what were your last words?"),
    ("After my time, {name}, but the physics is old", "einstein", "is global warming real?"),
    (
        "After my time, {name}, but the physics is old",
        "einstein",
        "what do you make of the climate crisis?",
    ),
    ("At the smallest scale energy comes in lumps", "einstein", "what is quantum mechanics?"),
    ("At the smallest scale energy comes in lumps", "einstein", "what does quantum mean?"),
    ("A photon is a packet of light", "einstein", "what are photons?"),
    ("A photon is a packet of light", "einstein", "what are light quanta?"),
    ("Radium burns, {name}", "curie", "why were your hands so scarred?"),
    ("Radium burns, {name}", "curie", "did radium scar your skin?"),
    ("After my time, {name}: the bomb came in 1945", "curie", "what do you think of hiroshima?"),
    ("After my time, {name}: the bomb came in 1945", "curie", "are atomic weapons evil?"),
    ("I am among those who think science has great beauty", "curie", "why did you love science?"),
    (
        "I am among those who think science has great beauty",
        "curie",
        "what did you enjoy about the lab?",
    ),
    ("After my time, {name}: in my day a result", "curie", "what do you make of wikipedia?"),
    ("After my time, {name}: in my day a result", "curie", "would you have liked google?"),
]

# (the line's opening, persona, a look-alike that must not get it)
ALIKE = [
    ("Start with one that needs no mathematics", "einstein", "@einstein whats ur favourite book"),
    ("I wrote it to Max Born in 1926", "einstein", "@einstein did u believe in god"),
    ("I was in California when Hitler came to power", "einstein", "what is germany like to visit"),
    (
        "I was in California when Hitler came to power",
        "einstein",
        "@einstein what do you think of berlin?",
    ),
    ("Gandhi I admired above all", "einstein", "@einstein what do you think of churchill?"),
    ("Mileva Marić studied physics beside me", "einstein", "@einstein what was your wife like?"),
    (
        "Princeton is a quaint and ceremonious village",
        "einstein",
        "is princeton a good university to apply to?",
    ),
    (
        "It began with a picture at sixteen",
        "einstein",
        "@einstein what is relativity in simple words?",
    ),
    ("A black hole is mass squeezed so small", "einstein", "why is my black hoodie fading?"),
    (
        "One twin flies off near the speed of light",
        "einstein",
        "@einstein are twins common in your family?",
    ),
    ("I predicted them in 1916", "einstein", "what are waves?"),
    ("In my day a letter took a week", "einstein", "why does my phone die in the cold?"),
    ("The unleashed power of the atom", "einstein", "@einstein do you regret the atomic bomb"),
    (
        "I was on a ship to Japan when word came",
        "einstein",
        "what did you do with the nobel money?",
    ),
    ("I do not believe in free will", "einstein", "is there a will reading tomorrow?"),
    ("I am truly a lone traveller", "einstein", "how do i deal with loneliness at uni?"),
    ("Gladly, once I saw it", "einstein", "@einstein what was ur biggest blunder"),
    ("It began with Becquerel's uranium rays", "curie", "what is radium used for?"),
    ("We did not fear it", "curie", "why do glow sticks glow?"),
    ("Not for a long time", "curie", "do you know how to fix a car battery that keeps dying?"),
    ("Radioactive means the nucleus", "curie", "is my granite worktop radioactive?"),
    ("We must have perseverance", "curie", "any advice for my daughter's wedding?"),
    ("Often the only one", "curie", "is there only one woman on the committee?"),
    ("Hard, {name}: Pierre died when Irène", "curie", "how do i raise my kids to love science?"),
    ("Yes, {name}: my Irène won", "curie", "my daughter won her science fair!"),
    (
        "In my day a woman could not even enter",
        "curie",
        "why are there so few women in engineering?",
    ),
    ("In 1911 the papers printed my letters", "curie", "what is the latest scandal in the news?"),
    ("Yes, {name}: we met at the Solvay congress", "curie", "what did einstein discover?"),
    ("The girls who painted watch dials", "curie", "why do old watches glow?"),
    ("Radium was used against tumours", "curie", "can radiation cause cancer?"),
    ("An element is a substance of one kind", "curie", "curie whats your favourite element lol"),
    ("In Mary Shelley's day Galvani", "curie", "who wrote frankenstein?"),
    ("Faraday's Chemical History of a Candle", "curie", "whats your favourite book?"),
    ("Maria Salomea Skłodowska", "curie", "whats the weather like in poland?"),
    ("After my time, {name}: I am told that in 1986", "curie", "is nuclear power safe?"),
    ("Space and time are not a fixed stage", "einstein", "what time does the space museum open?"),
    ("Nothing that carries mass can reach", "einstein", "which is faster, light or sound?"),
    ("The man who regards his own life", "einstein", "what is the life of a battery?"),
    ("No, {name}. In 1955, in hospital", "einstein", "are you scared of spiders?"),
    (
        "After my time, {name}, but the physics is old",
        "einstein",
        "what is the climate like in princeton?",
    ),
    (
        "At the smallest scale energy comes in lumps",
        "einstein",
        "is quantum a good name for a cat?",
    ),
    ("A photon is a packet of light", "einstein", "can you take a photo of me?"),
    ("Radium burns, {name}", "curie", "why do my hands crack in winter?"),
    ("After my time, {name}: the bomb came in 1945", "curie", "is nuclear power safe?"),
    (
        "I am among those who think science has great beauty",
        "curie",
        "why do people love the beach?",
    ),
    ("After my time, {name}: in my day a result", "curie", "my internet is down again"),
]


@pytest.mark.parametrize(("slug", "text", "reply"), EXACT)
def test_asked_of_its_field_or_life_it_answers(slug, text, reply):
    assert say(slug, text) == reply


@pytest.mark.parametrize(("opening", "slug", "text"), REWORDED)
def test_a_rewording_gets_the_same_line(opening, slug, text):
    assert _line(slug, opening) in say(slug, text)


@pytest.mark.parametrize(("opening", "slug", "text"), ALIKE)
def test_a_look_alike_does_not_get_it(opening, slug, text):
    assert _line(slug, opening) not in say(slug, text)


def test_asked_of_the_saying_after_its_answer_on_free_will_it_gives_the_saying():
    asked = "@einstein is free will real"
    first = say("einstein", asked)
    history = (Line("maya", asked), Line("Albert Einstein", first, own=True))
    reply = say(
        "einstein",
        "einstein didnt you say something about this? a man can do what he wants but not want "
        "what he wants",
        author="tom",
        history=history,
    )
    assert reply == (
        "As I said, Tom: as Schopenhauer put it, a man can do what he wants but cannot want what "
        "he wants; that has consoled me since my youth."
    )


@pytest.mark.parametrize(
    ("slug", "name", "asked", "then", "start"),
    [
        (
            "einstein",
            "Albert Einstein",
            "@einstein were you lonely",
            "einstein did u like sailing",
            "A lovely question, Tom. I liked to sail on the lake",
        ),
        (
            "einstein",
            "Albert Einstein",
            "einstein what did you think of oppenheimer",
            "@einstein did you have any pets",
            "Pets, yes, Tom: our cat Tiger",
        ),
    ],
)
def test_a_question_of_its_life_after_a_line_on_a_person_or_itself_is_a_new_question(
    slug, name, asked, then, start
):
    # Its line keyed "you" and the thing first ("you/your/u/ur oppenheimer, oppenheimer"): a
    # follow-up read with that thing ("oppenheimer did you have any pets") does not meet it.
    first = say(slug, asked)
    reply = say(
        slug, then, author="tom", history=(Line("maya", asked), Line(name, first, own=True))
    )
    assert reply.startswith(start)
