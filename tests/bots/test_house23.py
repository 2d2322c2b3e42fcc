"""The house bot writes small Python programs (session 23, bots/house_code.py): in the dev rooms
"/AIBot can u write a python thing that works out VAT from a gross amount" got "I don't know that
one, I'm afraid ... Ask me how Salon works, or a programming question", "write me a bit of python
that rounds a price to the nearest 5p, the till does it weird" got sympathy, "write a tiny python
thing where i put in who paid what" got "Got it, Leo. Mention a persona with @", and a chord
transposer "I don't know". App questions said with the room's business in them ("so it stays at
the top", "so theyre all in one place", "the message where sue posted the VAT notes") got "I
don't know how to do that in Salon". Every program is run here, and its output checked."""

from __future__ import annotations

import contextlib
import io
import random
import re
import time

import pytest

from bots.engine import HOUSE_CODE_LIMIT
from bots.house import HOUSE_FILES_TOGETHER, HOUSE_SOCIAL, HOUSE_UNKNOWN, faq, house_reply
from bots.house_code import SNIPPETS, code_asked, snippet_for, snippet_reply
from bots.providers import OfflineProvider
from tests.bots.test_everyday_messages import VOICES, say

SNIPPET = {s.id: s for s in SNIPPETS}
ENTRIES = {e.id: e for e in faq().entries}
PIN = ENTRIES["salon-pin"].answers[0]
SEARCH = ENTRIES["salon-search"].answers[0]
FILES = ENTRIES["salon-files"].answers[0]

# What each program prints, run as written (random ones with random.seed(0); the quiz answered
# "copper", "potassium", "natrium", "iron").
RUNS = {
    "vat-from-gross": ("net £124.99, VAT £25.00\n"),
    "vat-add": ("VAT £12.50, total £75.00\n"),
    "percent-change": ("+15.0%\n"),
    "percent-of": ("amy: 74.0%\nraj: 88.0%\n"),
    "settle-up": ("mia pays leo £4.50\nsam pays leo £50.00\nines pays leo £15.50\n"),
    "split-evenly": ("[33.34, 33.33, 33.33]\n[23.76, 23.76, 23.76, 23.76]\n"),
    "discount": ("20.4\n3.06\n"),
    "add-percent": ("97.2\n3.57\n"),
    "round-nearest": ("3.40\n3.50\n1230\n"),
    "transpose-chords": ("['D', 'A', 'Bm', 'G']\n['A', 'Fm', 'C#7']\n"),
    "pace": ("per km: 6:15\nper mile: 10:04\n"),
    "km-miles": ("5 km = 3.11 miles\n26.2 miles = 42.2 km\n"),
    "celsius-fahrenheit": ("180°C = 356°F\n350°F = 177°C\n"),
    "kg-lb": ("23 kg = 50.7 lb\n72 kg = 11 st 5 lb\n"),
    "streaks": (
        "01 Dec to 04 Dec: 4 in a row  <- over 3!\n"
        "08 Dec to 09 Dec: 2 in a row\n"
        "12 Dec to 14 Dec: 3 in a row\n"
    ),
    "date-add": ("radish Sun 10 May 2026\ncarrots Fri 26 Jun 2026\nsquash Fri 31 Jul 2026\n"),
    "rota": (
        "07 Dec - bins: jess, bathroom: kit, kitchen: lena\n"
        "14 Dec - bins: kit, bathroom: lena, kitchen: omar\n"
        "21 Dec - bins: lena, bathroom: omar, kitchen: jess\n"
        "28 Dec - bins: omar, bathroom: jess, kitchen: kit\n"
    ),
    "age": ("36\n13\n"),
    "days-until": ("22 days to Christmas\n32 weeks to the wedding\n"),
    "secret-santa": (
        "ana buys for dee\nben buys for eli\ncy buys for ana\ndee buys for ben\neli buys for cy\n"
    ),
    "random-pairs": ("dee & eli\nana & ben & cy\n"),
    "random-teams": ("team 1: gus, fay, ben, eli\nteam 2: dee, ana, cy\n"),
    "duplicates": ("twice or more: ['rosa', 'dev']\neach once: ['rosa', 'dev', 'kim', 'sam']\n"),
    "sort-names": (
        "['Ben Okafor', 'nadia Ali', 'sue Patel', 'Tom ashworth']\n"
        "['nadia Ali', 'Tom ashworth', 'Ben Okafor', 'sue Patel']\n"
    ),
    "word-count": ("10 words, 41 characters\n[('the', 3), ('mat', 2)]\n"),
    "min-max": ("highest: cy 51, lowest: dee 29\naverage: 39.8\n"),
    "savings": ("4535.95\n2400.0\n"),
    "loan": ("193.33\n100.0\n"),
    "chunks": ("table 1: ana, ben, cy\ntable 2: dee, eli, fay\ntable 3: gus\n"),
    "blanks": ("['ana', 'ben', 'cy', 'dee']\n"),
    "capitalise": ("Jo McDonald\nSean O'Brien\nAnne-Marie Smith\n"),
    "shift-hours": ("7.75\n11.5 hours, £140.42 at £12.21 an hour\n"),
    "durations": ("935 s = 15:35, or 15.6 minutes\n"),
    "timer": ("00:03\n00:02\n00:01\ntime's up!\n"),
    "dice": ("([4, 4], 11)\n([2], 2)\nadvantage: [9, 17] take 17\n"),
    "quiz": (
        "Cu? copper\nK? potassium\nNa? natrium\nFe? iron\nscore: 3/4\ngot wrong: Na is sodium\n"
    ),
    "password": ("14 20\n"),
    "scale-recipe": ("flour g 625.0\nbutter g 312.5\neggs 5.0\nmilk ml 375.0\n"),
}


def run(code: str) -> str:
    """What `code` prints, run on its own; the timer's sleep is skipped, and what is typed in
    is echoed after its prompt, as a terminal shows it."""
    random.seed(0)
    out = io.StringIO()
    typed = iter(["copper", "potassium", "natrium", "iron"])

    def typing(prompt: str = "") -> str:
        answer = next(typed)
        print(prompt + answer)
        return answer

    sleep = time.sleep
    time.sleep = lambda _seconds: None
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(code, "<snippet>", "exec"), {"__name__": "__main__", "input": typing})  # noqa: S102
    finally:
        time.sleep = sleep
    return out.getvalue()


def code_of(reply: str) -> str:
    """The program in a reply: its one fenced block."""
    blocks = re.findall(r"\n```python\n(.*?)\n```$", reply, re.DOTALL)
    assert len(blocks) == 1, reply
    return blocks[0]


def test_there_are_at_least_25_snippets_and_each_runs_as_shown():
    assert len(SNIPPETS) >= 25
    assert set(RUNS) == set(SNIPPET)
    for snippet in SNIPPETS:
        assert run(snippet.code) == "".join(RUNS[snippet.id]), snippet.id


def test_a_program_is_said_whole_within_the_house_bots_limit():
    name = ", " + "x" * 30
    assert max(len(snippet_reply(s, name)) for s in SNIPPETS) <= HOUSE_CODE_LIMIT
    reply = say("aibot", "/AIBot write me python to roll 2 dice for monopoly")
    assert reply.count("\n") == len(SNIPPET["dice"].code.splitlines()) + 2


# The dev rooms' requests, exactly as sent, by their senders.
@pytest.mark.parametrize(
    ("author", "text", "snippet"),
    [
        (
            "ben",
            "/AIBot can u write a python thing that works out VAT from a gross amount and gives "
            "me net and vat, rounding to 2dp",
            "vat-from-gross",
        ),
        (
            "finn",
            "/AIBot write me a bit of python that rounds a price to the nearest 5p, the till does "
            "it weird",
            "round-nearest",
        ),
        (
            "leo",
            "/AIBot write a tiny python thing where i put in who paid what and it tells us who "
            "owes who at the end",
            "settle-up",
        ),
        (
            "dev",
            "/AIBot can u write me a tiny python thing that takes a list of chords like "
            "['C','G','Am','F'] and transposes them up a tone",
            "transpose-chords",
        ),
    ],
)
def test_the_dev_rooms_requests_for_code_get_a_program(author, text, snippet):
    reply = say("aibot", text, author=author)
    assert reply == snippet_reply(SNIPPET[snippet], f", {author.title()}")
    assert reply.startswith(f"Here you go, {author.title()}. ")
    assert run(code_of(reply)) == "".join(RUNS[snippet])


# The second set of dev rooms (allotment, D&D, GCSE revision, a night ward), as sent.
@pytest.mark.parametrize(
    ("author", "text", "snippet"),
    [
        (
            "dev",
            "/AIBot can you write me a little python thing where i put in the date i sowed "
            "something and the days to harvest and it tells me the harvest date",
            "date-add",
        ),
        (
            "sam",
            "/AIBot can u write a tiny python dice roller, like i type 2d6+3 and it gives me the "
            "total",
            "dice",
        ),
        (
            "aisha",
            "/AIBot can u write python that quizzes me on element symbols, like it says Na and i "
            "type sodium",
            "quiz",
        ),
        (
            "lou",
            "/AIBot tiny python q, i want a script that takes my shift dates and tells me how "
            "many nights in a row i've got, anything over 3 gets flagged",
            "streaks",
        ),
    ],
)
def test_the_second_dev_rooms_requests_for_code_get_a_program(author, text, snippet):
    reply = say("aibot", text, author=author)
    assert reply == snippet_reply(SNIPPET[snippet], f", {author.title()}")
    assert run(code_of(reply)) == "".join(RUNS[snippet])


def test_asked_more_of_the_program_it_just_wrote_it_shows_the_lines_that_do_it():
    dice = snippet_reply(SNIPPET["dice"], ", Sam")
    reply = house_reply(
        "/AIBot nice, can it also do advantage, roll the d20 twice and show both",
        seed=1,
        name="sam",
        used=(dice,),
    )
    assert reply == (
        "It does that already, Sam; these are the lines:\n```python\n"
        "def roll(spec):\n"
        '    count, sides, plus = re.fullmatch(r"(\\d*)d(\\d+)([+-]\\d+)?", '
        'spec.replace(" ", "")).groups()\n'
        "    dice = [random.randint(1, int(sides)) for _ in range(int(count or 1))]\n"
        "    return dice, sum(dice) + int(plus or 0)\n"
        'print(roll("2d6+3"))\n'
        'print(roll("d20"))\n'
        "advantage = [random.randint(1, 20) for _ in range(2)]\n"
        'print("advantage:", advantage, "take", max(advantage))\n```'
    )
    quiz = snippet_reply(SNIPPET["quiz"], ", Aisha")
    reply = house_reply(
        "/AIBot can it keep score and tell me the ones i got wrong at the end",
        seed=1,
        name="aisha",
        used=(quiz,),
    )
    assert reply == (
        "It does that already, Aisha; these are the lines:\n```python\n"
        "wrong = []\n"
        'wrong.append(f"{q} is {answers[q]}")\n'
        'print(f"score: {len(answers) - len(wrong)}/{len(answers)}")\n'
        'print("got wrong:", ", ".join(wrong) or "none")\n```'
    )
    assert house_reply(
        "/AIBot can it also email the results to my mum", seed=1, name="aisha", used=(quiz,)
    ) == (
        "That one doesn't do that, Aisha, and I'd rather not change it untested; the Python it "
        "would take: `smtplib` with `email.message.EmailMessage`."
    )
    # Not after a program of its own: no follow-up.
    assert not house_reply(
        "/AIBot can it keep score", seed=1, name="aisha", used=(ENTRIES["salon-pin"].answers[0],)
    ).startswith(("It does that already", "That one doesn't"))


def test_the_vat_program_says_what_it_does_and_prints_net_and_vat():
    reply = say("aibot", "/AIBot can u write a python thing that works out VAT from a gross amount")
    assert reply == (
        "Here you go, Maya. VAT out of a gross amount at 20% (change `RATE` for another rate), "
        "rounded to 2dp:\n```python\n"
        "from decimal import Decimal, ROUND_HALF_UP\n\n"
        'RATE = Decimal("20")  # VAT rate in %\n\n'
        "def split_vat(gross):\n"
        "    gross = Decimal(str(gross))\n"
        '    net = (gross * 100 / (100 + RATE)).quantize(Decimal("0.01"), ROUND_HALF_UP)\n'
        "    return net, gross - net\n\n"
        "net, vat = split_vat(149.99)\n"
        'print(f"net £{net}, VAT £{vat}")\n```'
    )
    assert run(code_of(reply)) == "net £124.99, VAT £25.00\n"


def test_the_chord_program_transposes_up_a_tone():
    reply = say("aibot", "/AIBot python to transpose chords up a tone for the capo crowd pls")
    assert run(code_of(reply)) == "['D', 'A', 'Bm', 'G']\n['A', 'Fm', 'C#7']\n"


# Other rooms' requests, as people type them: typos, "pls", "lol", their own business around.
PHRASED = """
streaks | write python that finds the longest streak of days i went to the gym
streaks | can u write a python thing to spot when someone's on more than 3 consecutive shifts on the rota
date-add | write python that adds 90 days to the start date for the probation end date
date-add | python to work out the return date if the library books are due 21 days after i borrowed them
quiz | write me a python thing to test me on my french vocab before the exam
quiz | python to make flashcards for the highway code lol
add-percent | make me a python function that adds a 12.5% service charge to the bill
add-percent | write a bit of python to put a 10% tip on the restaurant bill
age | write me a python script for everyones age from their date of birth
age | write python that works out how old everyone is from their birthdays for the register
blanks | write me some python that strips out the empty rows from the guest list
blanks | write python that removes the blank lines from our sign-up list
capitalise | can u write a python function to capitalise everyones names on the register, half are in lowercase
capitalise | write a python function that puts everyones names in title case for the name badges
celsius-fahrenheit | python to turn the oven temps from fahrenheit into celsius pls, american recipe
celsius-fahrenheit | write me python to change celsius to fahrenheit for my american cousins
chunks | python to split the 40 guests into tables of 8 pls
chunks | write a python snippet that splits the volunteers into groups of 4
days-until | can u write me some python that shows how many days left till the summer fair
days-until | in python how do i work out how many sleeps till christmas
days-until | python script to count the days until the wedding pls
dice | python to roll 2 dice for monopoly night, we lost the dice lol
dice | write me a python dice roller for dnd night, d20 and d6
discount | can u write python for a 10% discount on the uniform shop prices
discount | write a python thing to take 15% off all the prices for the sale pls
duplicates | python to find people who signed up twice on the allotment waiting list
duplicates | write a python thing that finds the duplicate names on the pta volunteer list
durations | write a python script that adds up our song lengths like 3:25 and 4:10 so we know the set length
durations | write python that adds up the lap times like 1:32 and 1:29 in seconds
kg-lb | write a little python thing that converts my baby's weight from kg to pounds
kg-lb | write python to turn stone and pounds into kg for the weigh in lol
km-miles | can you write a python script converting km to miles for the sponsored walk
km-miles | write python to convert miles into km for the charity cycle route
loan | write a python thing to work out the monthly repayments on a car loan
loan | write me a python function for mortgage monthly repayments
min-max | write a python function that finds the highest and lowest score from the pub quiz
min-max | write me python to find the biggest and smallest donation
pace | write a py function for my running pace per mile, did 10k in 52 mins
pace | write a python function that works out my pace per km from my parkrun time
password | can u write python to generate a random password for the club's shared account
password | write python to make a random password for the wifi
percent-change | could you do me a python function for the percent increase from 1200 to 1380 members, the committee wants it
percent-change | write me a python script that tells me the percentage change in the hall hire from last year
percent-of | any chance of a bit of python that works out what percent each kid got out of 50 on the spelling test
percent-of | write a python script that turns our quiz scores into percentages pls
random-pairs | can u make a python script to put the ward staff into random pairs for the fire drill
random-pairs | python to pair up the new nurses with a buddy at random
random-teams | write me a python script that makes random teams for the quiz night
random-teams | write me python to split the 5-a-side lads into random teams lol
rota | can u do a python round robin rota for who hosts book club each month
rota | make me a python rota for the bins so it rotates each week between the 4 of us
round-nearest | can u writ a pyhton script that rouding prices to the nearest 10p for the raffle
round-nearest | code to round the fundraising total to the nearest ten in python?
round-nearest | write me a function in python that rounds to the nearest 50p lol the tuck shop only takes 50ps
savings | python to work out how much my isa grows at 4% over 5 years with 100 a month
savings | write a python script that works out my savings with compound interest if i put in 50 a month
scale-recipe | can you make me a python thing to scale the brownie recipe for 30 portions
scale-recipe | write python that scales a recipe for 4 up to 10 servings for the wedding buffet
secret-santa | write a python thing that does a kris kringle draw for the office
secret-santa | write me a secret santa thing in python where no one gets themselves
settle-up | write me a tiny python thing so we can settle up after the stag do
settle-up | write python so we can work out who paid what for the villa and who owes who
settle-up | write python that works out who owes who after the allotment seed order, everyone paid different bits
shift-hours | python to add up my hours from my shifts this week, start and end times
shift-hours | write python to work out hours worked from clock in and clock out times for the ward, night shifts too
sort-names | can you write a python function to put our setlist songs in alphabetical order
sort-names | python to sort the choir members alphabetically by surname
split-evenly | can someone write a python script that splits the electric bill equally between the 5 flats
split-evenly | python to split the takeaway bill evenly between 6 of us incl tip pls
timer | make me a countdown timer in python for the plank challenge
timer | write a python timer that counts down 60 seconds for the spelling bee
transpose-chords | can you write python to trasnpose the choir parts down a semitone
transpose-chords | give me a python snippet that changes the key of our setlist chords up 3 semitones lol
transpose-chords | python to transpose chords up a tone for the capo crowd pls 🎸
vat-add | can you make a python function that adds vat onto a net price for the quote
vat-add | in python how do i add 20% vat to the price list for the cake stall
vat-from-gross | hey can u write some python that splits a gross figure into net and vat for my bookkeeping homework
vat-from-gross | pls write me some python to take the vat off our invoice totals, they all include 20% lol
word-count | give me some python code that counts the words in my best man speech draft
word-count | write python that gives me the word count of my essay pls, the limit is 2000
"""  # noqa: E501
PHRASINGS = [
    (text.strip(), snippet.strip())
    for snippet, text in (line.split(" | ", 1) for line in PHRASED.strip().splitlines())
]


@pytest.mark.parametrize(("text", "snippet"), PHRASINGS)
def test_a_chatty_request_for_code_gets_its_program(text, snippet):
    assert code_asked(text)
    reply = say("aibot", f"/AIBot {text}")
    assert reply == snippet_reply(SNIPPET[snippet], ", Maya")
    assert run(code_of(reply)) == "".join(RUNS[snippet])


def test_every_snippet_is_reached_by_at_least_two_phrasings():
    reached = [snippet for _text, snippet in PHRASINGS]
    assert all(reached.count(s.id) >= 2 for s in SNIPPETS), [
        s.id for s in SNIPPETS if reached.count(s.id) < 2
    ]


# Asked for code, it never reads the request as a complaint, thanks, news or an opinion asked.
@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        ("thanks! can u also write me python to split the taxi fare evenly", "split-evenly"),
        (
            "ugh im so tired, write me a python thing that rounds prices to the nearest 5p",
            "round-nearest",
        ),
        ("hi all, can someone write python to pick random teams for sunday league", "random-teams"),
        ("what do u think, can you make a python script for our secret santa", "secret-santa"),
    ],
)
def test_a_request_for_code_is_never_read_as_chat(text, snippet):
    assert say("aibot", f"/AIBot {text}") == snippet_reply(SNIPPET[snippet], ", Maya")


# Not requests for code: the snake, a door code, code that broke, a script for a play.
@pytest.mark.parametrize(
    "text",
    [
        "there's a python loose in the reptile house",
        "the zoo keeper let me hold a python today, it was heavy lol",
        "the code for the door is 1234",
        "whats the code for the side gate, the delivery guy is here",
        "my code is broken lol",
        "the VAT on this invoice looks wrong, can someone check",
        "who owes who for the pizza last night?",
        "can we round up to £20 each for the teacher's present",
        "the chords for wonderwall are in the folder",
        "i wrote a script for the nativity, can someone read it",
        "is the function room booked for saturday?",
        "transpose the meeting to thursday pls",
        "do we have the program for saturday",
        "can you make the program for the summer concert",
        "write me a script for the year 6 leavers assembly",
        "the python that escaped last week turned up in a shed",
        "make a program of events for the fete",
        "can you give me the code for the door",
    ],
)
def test_a_message_that_asks_for_no_code_gets_none(text):
    assert not code_asked(text)
    reply = say("aibot", f"/AIBot {text}")
    assert "```" not in reply and not reply.startswith(("Here you go", "I can't write a snippet"))


def test_what_the_non_requests_get_is_unchanged():
    remark = {o.format(to=", Maya") for o in HOUSE_SOCIAL["remark"]}
    unknown = set(HOUSE_UNKNOWN)
    assert say("aibot", "/AIBot the code for the door is 1234") in remark
    assert say("aibot", "/AIBot my code is broken lol") == ENTRIES["debugging"].answers[0]
    assert say("aibot", "/AIBot is the function room booked for saturday?") in unknown
    assert say("aibot", "/AIBot there's a python loose in the reptile house") == (
        "I'm sorry to hear that, Maya. I'm only the house bot, but the room is listening."
    )


# A request it has no program for: said honestly, with the pieces it would take, never "I don't
# know ... ask me a programming question".
@pytest.mark.parametrize(
    ("text", "reply"),
    [
        (
            "could you write me a little python script that scrapes the council website for bin "
            "days",
            "I can't write a snippet for that one, Maya: I have none ready, and I'd rather not "
            "hand you untested code. The Python it would take: `datetime.date` and "
            "`urllib.request.urlopen()`.",
        ),
        (
            "write me python that emails everyone the rota every monday",
            "I can't write a snippet for that one, Maya: I have none ready, and I'd rather not "
            "hand you untested code. The Python it would take: `smtplib` with "
            "`email.message.EmailMessage`.",
        ),
        (
            "how do i write a quicksort in python",
            "I can't write a snippet for that one, Maya: I have none ready, and I'd rather not "
            "hand you untested code. The Python it would take: `sorted(..., key=...)`.",
        ),
        (
            "can u write a python thing that plays the music for musical chairs",
            "I can't write a snippet for that one, Maya: I have none ready. I write small "
            "everyday ones: ask me for Python to split a bill, pick random teams or work out VAT.",
        ),
        (
            "python to make the lights in the hall flash",
            "I can't write a snippet for that one, Maya: I have none ready. I write small "
            "everyday ones: ask me for Python to split a bill, pick random teams or work out VAT.",
        ),
        (
            "write python that reads the rota spreadsheet and texts whoever is on",
            "I can't write a snippet for that one, Maya: I have none ready, and I'd rather not "
            "hand you untested code. The Python it would take: `csv.DictReader`.",
        ),
    ],
)
def test_a_request_with_no_program_says_so_and_what_it_would_take(text, reply):
    assert code_asked(text) and snippet_for(text) is None
    said = say("aibot", f"/AIBot {text}")
    assert said == reply
    assert "I don't know" not in said


def test_the_faqs_own_python_answers_still_answer_their_questions():
    assert (
        say("aibot", "/AIBot how do I write a for loop in python")
        == (ENTRIES["python-loop"].answers[0])
    )
    assert say("aibot", "/AIBot write a python function to reverse a list") in (
        ENTRIES["python-list-ops"].answers
    )


# App questions with the room's business in them: kept at the top, files kept together, an old
# message found.
KEPT_AT_TOP = [
    "how do i pin a message in this room? want the watering rota to stay at the top",
    "how do i share the new allergen sheet here so it stays at the top",
    "how do i keep the shift rota at the top of the chat so the new starters see it",
    "can we make the hymn list stay at the top for sunday",
    "is there a way to stick the wedding timeline at the top so the bridesmaids stop asking me",
    "how do i get the raid schedule to stay up the top of the group",
    "can the allotment rules sit at the top of the room permanently?",
    "how can i make the handover notes not get buried under all the chat",
    "where can i put the fixture list so it doesnt get lost, we're 300 msgs deep already",
]
FILES_KEPT = [
    "how do i upload the pdf of the hostel bookings so theyre all in one place",
    "how do i put all the receipts for the stag do in one place so we can split it later",
    "is there a shared folder for the choir's sheet music pdfs",
    "can i upload all the hen do photos together somewhere",
    "how do we store the minutes from each meeting so theyre all together",
    "whats the best way to keep all the match reports pdfs in one place",
    "can we have a files tab for the ward policies",
]
FILE_SENT = [
    "how do i attach the risk assessment pdf for the trip",
    "can i send the seating plan as a pdf in here",
    "how do i put the raffle poster up here for everyone",
    "how do i share the scan of the signed form with the committee",
    "can i post a screenshot of the parking map in the group",
    "how do i send the invoice spreadsheet to the treasurer in this room",
]
OLD_MESSAGE = [
    "is there a way to search this chat for old swap messages, i swear i agreed one with lou back "
    "in march",
    "how do i search this room for the message where sue posted the VAT notes. its from like "
    "october",
    "how do i find the message where mo posted the raid times last week",
    "can i search for the photo sarah sent of the plot map ages ago",
    "how do i dig out the link kev shared in september",
    "is there a way to find the old message with the door code that jen sent",
    "how do i look up what the ward manager said about the bank holiday rota last month",
    "how can i track down the post where someone mentioned the lost property box",
    "how do i search this chat for the hotel address tom posted",
]


@pytest.mark.parametrize("text", KEPT_AT_TOP)
def test_keeping_something_at_the_top_is_answered_with_pins(text):
    assert say("aibot", f"/AIBot {text}") == PIN


@pytest.mark.parametrize("text", FILES_KEPT)
def test_files_kept_in_one_place_are_answered_with_attaching_and_search(text):
    assert say("aibot", f"/AIBot {text}") == HOUSE_FILES_TOGETHER


def test_the_files_answer_is_what_salon_does():
    assert HOUSE_FILES_TOGETHER == (
        "Press 📎 in the composer (or drop a file on the room) for each one: PDFs, images, text, "
        "ZIP and Office files up to 10 MB, one per message. There's no shared files folder, so "
        "say what each is in its message: the search box in the top bar finds messages by their "
        "words."
    )
    assert len(HOUSE_FILES_TOGETHER) <= VOICES["aibot"].max_reply_chars


@pytest.mark.parametrize("text", FILE_SENT)
def test_a_file_sent_is_answered_with_attaching(text):
    assert say("aibot", f"/AIBot {text}") == FILES


@pytest.mark.parametrize("text", OLD_MESSAGE)
def test_an_old_message_sought_is_answered_with_search(text):
    assert say("aibot", f"/AIBot {text}") == SEARCH


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("how do i find a room about gardening", ENTRIES["salon-join"].answers[0]),
        ("can i upload a video of the concert", ENTRIES["salon-video"].answers[0]),
        ("how do i make a private room for the committee", ENTRIES["salon-private"].answers[0]),
        (
            "how do i tag a user so they see it",
            ENTRIES["salon-mention-person"].answers[0],
        ),
    ],
)
def test_other_app_questions_keep_their_answers(text, reply):
    assert say("aibot", f"/AIBot {text}") == reply


@pytest.mark.parametrize(
    "text",
    [
        "the allergen sheet is at the top of the fridge",
        "sue posted the VAT notes last week, found them",
        "how do we stay at the top of the league this season",
        "how do i get to the top of the hill for the parkrun",
        "i found the message where mo posted the times",
        "the hostel pdfs are all in one place on my laptop",
        "how do i keep on top of the rota lol, i always forget my shifts",
    ],
)
def test_no_app_answer_where_none_is_asked(text):
    assert say("aibot", f"/AIBot {text}") not in {PIN, SEARCH, FILES, HOUSE_FILES_TOGETHER}


def test_the_offline_stream_keeps_a_programs_lines():
    import asyncio

    from bots.providers import ReplyRequest

    request = ReplyRequest(
        voice=VOICES["aibot"],
        system_prompt="",
        theme="",
        message="/AIBot write me python to roll 2 dice for monopoly",
        history=(),
        seed=1,
    )

    async def streamed() -> str:
        return "".join([chunk async for chunk in OfflineProvider().stream(request)])

    assert asyncio.run(streamed()) == snippet_reply(SNIPPET["dice"])


def test_grief_told_beside_an_app_question_gets_sympathy_then_the_answer():
    reply = say(
        "aibot", "/AIBot my nan died and i want to find the voice of the message she sent in june"
    )
    assert reply in {
        f"{sorry} {SEARCH}" for sorry in ("I'm so sorry, Maya.", "I'm sorry to hear that, Maya.")
    }
