"""What the house bot does in a room when asked to (session 25): "/AIBot flip a coin", "roll
2d6", "pick one: Sam, Jo, Kit", "decide for us: pub or park", "2 teams: ...", "pick a number
between 1 and 10". A request to do something in the room is no programming question: raters
gave 1 to a films-and-chores code snippet for "/AIBot pick who washes the bibs this week" and
"/AIBot can you make us a quiz that keeps score".

Salon has no slash command but /AIBot, and no polls, dice, rotas or games (rooms/, static/js/),
so the bot makes the one-off draws itself, with the reply's seed as its chance (each reply has
its own), and says plainly what it can't do (keep score, run a quiz, keep a rota: it answers
each message on its own and remembers nothing between them) with the nearest thing Salon has.
It draws only from what the message names: it cannot see who is in the room, so a pick
without names asks for them.

Only a request counts: the verb leads the message ("flip a coin", "can you roll a d20", "pls
pick one"), so "i flipped a coin and got heads" or "the quiz last night was great" is chat, and
a program asked for ("python to roll 2 dice") is left to `bots.house_code`.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from functools import cache

from bots.fold import folded

# Asking the bot to do something, as people put it: "flip a coin", "can u pls roll a d20", "we
# need you to pick one", "help us decide".
LEAD = (
    r"^\W*(?:(?:hey|hi|hello|ok|okay|so|right|oi|yo|go on|quick one|pls|please|plz|and|now)"
    r"\W+)*(?:(?:can|could|would|will|wud|cud) (?:you|u|ya)(?: please| pls| plz| just| quickly)? |"
    r"(?:please|pls|plz|just) |(?:i|we) (?:need|want|would like) (?:you |u )?to |"
    r"(?:you|u) |help (?:us|me) |let'?s )?"
)
# Code asked for: "python to roll 2 dice", "a script that picks teams" is bots.house_code's.
PROGRAM = folded(
    r"\b(?:python\w*|py|script|code|coding|function|program|snippet|one[- ]?liner|javascript|"
    r"excel|spreadsheet|formula)\b",
    re.IGNORECASE,
)
COIN = folded(
    LEAD + r"(?:flip|toss|throw|spin) (?:(?:us|me) )?(?:a |the |one )?coins?\b|"
    r"\bheads or tails\b|^\W*coin (?:flip|toss)\b",
    re.IGNORECASE,
)
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
NUMBER_NAMES = {n: w for w, n in NUMBER_WORDS.items() if len(w) > 2}
_COUNT = r"\d|two|three|four|five|six"
DICE = folded(
    LEAD + r"(?:roll|throw|chuck)(?: (?:us|me))?(?: (?P<count>a|an|one|two|three|four|five|six|"
    r"\d{1,2}|the|some))?(?: (?P<sided>\d{1,3})[- ]sided)? (?:dice|die)\b|"
    + LEAD
    + r"(?:roll|throw)?(?: (?:us|me))?(?: an?)? ?(?P<spec>\d{0,2}d\d{1,3})"
    r"(?: ?(?P<sign>[+-]) ?(?P<plus>\d{1,3}))?\b|" + LEAD + r"(?:dice|die) roll\b",
    re.IGNORECASE,
)
NUMBER = folded(
    LEAD + r"(?:(?:pick|choose|give (?:me|us)|think of|generate|draw|get)(?: (?:me|us))? "
    r"(?:a |an )?(?:random )?|(?:a |an )?random )number (?:between|from) (?P<low>\d{1,6}) ?"
    r"(?:and|to|-) ?(?P<high>\d{1,6})\b",
    re.IGNORECASE,
)
# A draw of one of several: "pick one: Sam, Jo, Kit", "pick who washes the bibs", "draw a name
# out of a hat", "choose between the pub and the park".
PICK = folded(
    LEAD + r"(?:pick|choose|select|draw|name)(?: (?:us|me|for (?:us|me)))? (?:one|someone|"
    r"somebody|anyone|a name|names|a person|one person|a winner|the winner|a random|at random|"
    r"randomly|who|which|between|from|out of|one of|for us|for me|the (?:person|name|one)|a "
    r"(?:volunteer|victim))\b|^\W*who (?:should|shall|has to|gets to|is going to|'?s going to) "
    r"(?:wash|do|bring|clean|drive|pay|go first|start|host|cook|buy|make|get|take|collect|tidy|"
    r"lock up|open up|present|speak|read|set up|organi[sz]e|book|sort)\b",
    re.IGNORECASE,
)
# A running order drawn: "randomise the order we present in: ...", "shuffle the speakers".
ORDER = folded(
    LEAD + r"(?:randomi[sz]e|shuffle|mix up|jumble|draw|pick|decide|choose|sort out) (?:us |me )?"
    r"(?:the |a |our |a random )?(?:running |speaking |batting |playing |turn )?(?:order|"
    r"speakers|lineup|line-up)\b",
    re.IGNORECASE,
)
# A choice left to the bot: "decide for us", "you choose: pizza or curry", "make the call".
DECIDE = folded(
    LEAD + r"(?:decide|make (?:the|a) (?:call|choice|decision))(?: for (?:us|me|them))?(?:\s*[:,-]|"
    r"\s+(?:between|which|what|where|who|whether|if|on)\b|\W*$)|"
    r"(?:^|[,.:;!?-] ?)(?:(?:you|u) (?:decide|choose|pick)|decide for (?:us|me)|pick one|"
    r"choose one|(?:pick|choose) for (?:us|me))\W*$",
    re.IGNORECASE,
)
SECRET_SANTA = folded(
    LEAD + r"(?:do|draw|run|organi[sz]e|sort(?: out)?|set up|pick|make)(?: (?:us|me))? (?:a |our "
    r"|the )?(?:secret santa|kris kringle)\b",
    re.IGNORECASE,
)
# Teams drawn: "2 teams: ...", "split us into 3 teams from ...", "pick random teams".
TEAMS = folded(
    LEAD + r"(?:(?P<verb>split|divide|sort|put|make|pick|draw|do|choose|give)(?: (?:us|them|these|"
    r"everyone|people|the group|the lads|the kids|us all))?(?: up)?(?: into| in)? )?"
    rf"(?:(?:the|some|random|even|fair) )?(?:(?P<k>{_COUNT}) )?(?:random )?teams\b",
    re.IGNORECASE,
)
# ...with the names before: "split sam, jo, kit and ana into 2 teams".
TEAMS_OF = folded(
    LEAD + r"(?:split|divide|sort|put) (?P<names>.+?) (?:up )?(?:into|in) "
    rf"(?:(?P<k>{_COUNT}) )?(?:(?:random|even|fair) )?teams\b",
    re.IGNORECASE,
)
# What it can't do: run a quiz or a game, keep score or track, keep a rota.
QUIZ = folded(
    LEAD + r"(?:make|run|host|do|set up|start|give|create|organi[sz]e|write|plan|put on)"
    r"(?: (?:us|me))? (?:(?:a|an|the|our|some|little|quick|pub|fun|family|short) )*(?:quiz|"
    r"quizzes|trivia|games?|bingo|sweepstake)\b"
    # ...not ideas for one: "give me some pub quiz team name ideas".
    r"(?!(?: night)? (?:team|teams|name|names|ideas?|themes?)\b)|"
    + LEAD
    + r"quiz (?:us|me)\b|"
    + LEAD
    + r"(?:be|act as) (?:our|the|a) (?:quiz ?master|host|referee|ref)\b",
    re.IGNORECASE,
)
KEEP_SCORE = folded(
    LEAD + r"(?:keep|track|record)(?: (?:the|our|a|all the))? (?:scores?|points|tally|totals?|"
    r"track|count|record|note)\b|\b(?:that|which|and|to) keeps? (?:the |a )?(?:score|scores|"
    r"tally|track|count)\b",
    re.IGNORECASE,
)
ROTA = folded(
    LEAD + r"(?:make|set up|do|create|draw up|sort(?: out)?|organi[sz]e|work out|plan|keep|run|"
    r"write)(?: (?:us|me))? (?:(?:a|an|the|our|weekly|monthly|fair|new) )*(?:[\w'-]+ ){0,2}"
    r"(?:rota|rotas|roster|rosters)\b|^\W*who(?:'?s|se| is) turn\b",
    re.IGNORECASE,
)

# Where a list of names or choices begins: "pick one: Sam, Jo, Kit", "decide between the pub
# and the park", "pick a winner from Ana, Ben or Cy".
LIST_START = folded(r":\s*|\?\s+(?=\w)|\b(?:between|from|out of|among|amongst|of|either)\s+", re.I)
# The list said before the request: "pizza or curry? you decide", "sam, jo or kit, pick one".
LIST_BEFORE = folded(
    r"^(?P<items>.+?)\s*[,.:;!?-]+\s*(?:(?:you|u) (?:decide|choose|pick)|decide for (?:us|me)|"
    r"pick one|choose one|(?:pick|choose) for (?:us|me)|heads or tails)\W*$",
    re.IGNORECASE,
)
# What follows the last name or choice: "kit to wash the bibs", "the pub for lunch".
AFTER_ITEM = folded(
    r"\s+(?:to|for|who|which|this|next|tonight|today|tomorrow|on|at|so|because|then|please|pls|"
    r"plz|thanks|ta|cheers|lol|x)\b.*$",
    re.IGNORECASE,
)
LINKING = folded(r"\s+(?:or|and|&|n)\s+|\s*/\s*", re.IGNORECASE)
# What may come between "teams" and the names: "2 teams from Sam, Jo, Kit, Ana".
LEADING_WORD = folded(r"^\W*(?:(?:from|of|out of|with|for|between|among)\W+)?", re.I)
LEADING_LINK = folded(r"^(?:and|or|&|maybe|either|then)\s+", re.IGNORECASE)
MOST_ITEMS = 30


def listed(text: str) -> list[str]:
    """The names or choices `text` gives to draw from, as written ("Sam", "the pub"), or []
    when it gives fewer than two, or one longer than four words (no name, no choice)."""
    found = LIST_BEFORE.match(text)
    if found:
        return items_of(found.group("items"))
    start = LIST_START.search(text)
    return items_of(text[start.end() :]) if start else []


def items_of(tail: str) -> list[str]:
    """The names or choices of a list ("sam, jo or kit to wash the bibs": "sam", "jo", "kit"),
    split at commas and the last "and" or "or" ("pizza, fish and chips, or curry" keeps "fish
    and chips"), or at each "or" and "and" when it has no commas; [] unless two to thirty."""
    tail = tail.split("?")[0].strip(" .!")
    parts = re.split(r"\s*[,;]\s*", tail) if "," in tail or ";" in tail else [tail]
    parts[-1:] = LINKING.split(parts[-1])
    items = [LEADING_LINK.sub("", p.strip(" .!'\"")).strip(" .!'\"") for p in parts]
    items = [i for i in items if i]
    if items:
        items[-1] = AFTER_ITEM.sub("", items[-1]) or items[-1]
    if len(items) >= 2:
        # "sam or jo drives": the last is as long as the longest of the rest ("jo").
        longest = max(len(i.split()) for i in items[:-1])
        items[-1] = " ".join(items[-1].split()[:longest])
    if not 2 <= len(items) <= MOST_ITEMS or any(len(i.split()) > 4 for i in items):
        return []
    return items


def _joined(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _an(number: int) -> str:
    """ "an" before 8, 11, 18 and 80-89 (said "an eight", "an eleven"), else "a"."""
    return "an" if str(number).startswith("8") or number in (11, 18) else "a"


# Two ways to say each, so that a second throw is never said in the words of the first.
COIN_SAID = ("{side}{to}: I flipped it just now.", "It came up {side}{to}.")
DIE_SAID = ("{a} {n}{to}, on {die}.", "You rolled {a} {n}{to} ({die}).")
DICE_SAID = (
    "{total}{to}: rolled {rolls}{plus} on {dice}.",
    "{total} in all{to}: {rolls}{plus}, on {dice}.",
)
NUMBER_SAID = (
    "{n}{to}: drawn at random from {low} to {high}.",
    "I drew {n}{to}, from {low} to {high}.",
)
PICKED_SAID = ("{pick}: drawn at random from {all}.", "{pick} it is, drawn at random from {all}.")
ORDER_SAID = ("The order, drawn at random: {order}.", "Drawn at random, the order is {order}.")
ORDER_ASKED = (
    "Give me the names and I'll draw the order at random{to}: /AIBot shuffle the order: Sam, Jo, "
    "Kit. I can't see who's in the room myself."
)
TEAMS_SAID = ("{teams_} (drawn at random).", "I drew them at random. {teams_}.")
NAMES_ASKED = (
    "Give me the names (or the choices) and I'll draw one at random{to}: /AIBot pick one: Sam, "
    "Jo, Kit. I can't see who's in the room myself, and Salon has no picker or rota of its own."
)
CHOICES_ASKED = (
    "Give me the choices and I'll pick one at random{to}: /AIBot decide: pub or park. For a vote "
    "instead, post each option as its own message and everyone reacts to theirs (React)."
)
TEAMS_ASKED = (
    "Give me the names and how many teams{to}, and I'll draw them at random: /AIBot 2 teams: "
    "Sam, Jo, Kit, Ana. I can't see who's in the room myself."
)
SECRET_SANTA_SAID = (
    "Not in here{to}: whatever I draw, the whole room reads, so it wouldn't be secret. Let one "
    "person draw and tell each giver privately (✉ beside them in the member panel), or ask me "
    "for Python that does the draw: /AIBot python for a secret santa."
)
MOST_DICE, MOST_SIDES = 20, 1000

# A joke asked for (session 38: "tell me a joke" got "I don't know that one"): "tell us a joke",
# "got any good jokes?", "give me a programming joke", "joke pls", "make me laugh". Not one to
# write ("write a joke for my best man speech"): the house bot writes no speeches; nor one
# offered ("got a joke for you").
JOKE = folded(
    LEAD + r"(?:tell|give|got|have|know|share|say|hit|do|crack)\b(?: (?:me|us))?"
    r"(?: with)? (?:a |an |another |some |any |one |one more |your (?:best |favou?rite )?)?"
    r"(?:(?:good|funny|quick|short|clean|little|bad|dad|programming|coding|nerdy|geeky|tech|"
    r"computer|python|new|other) )*jokes?\b(?! for (?:you|u|ya)\b)|"
    r"^\W*(?:(?:another|a|one more|any) )?(?:(?:good|funny|programming) )?jokes?\W*"
    r"(?:(?:pls|please|plz|time|anyone)\W*)?$|"
    r"^\W*(?:do|d'?you) (?:you |u )?know any (?:good |funny )?jokes\b|"
    r"^\W*(?:(?:can|could) (?:you|u) )?(?:make (?:me|us) laugh|say something funny)\b",
    re.IGNORECASE,
)
# A joke about something its jokes are not about ("a joke about cats"): it says so first.
JOKE_ABOUT = folded(r"\bjokes? (?:about|on|with) (?P<about>.+)", re.IGNORECASE)
JOKE_SUBJECTS = folded(
    r"\b(?:programm\w*|coding|code|coders?|computers?|python|bugs?|developers?|tech|"
    r"software|bots?|robots?|ai|chats?|group chats?|databases?|sql|binary|nerds?|geeks?)\b",
    re.IGNORECASE,
)
# Its own jokes: short, clean, about code and chat; each said again only after all the others.
JOKES = (
    "Why do programmers prefer dark mode? Because light attracts bugs.",
    "There are 10 kinds of people: those who understand binary and those who don't.",
    "A SQL query walks into a bar, goes up to two tables and asks: mind if I join you?",
    "How many programmers does it take to change a light bulb? None: that's a hardware problem.",
    "I'd tell you a joke about UDP, but you might not get it.",
    "Why did the developer go broke? He used up all his cache.",
    "I tried to start a group chat for people who never reply. Still waiting to hear back.",
)
JOKE_SAID = "Here's one{to}: {joke}"
JOKE_ONLY_MINE = "I only know programming jokes{to}, I'm afraid, but here's one: {joke}"


def joked(text: str, seed: int, to: str, used: Sequence[str], least_used: Callable) -> str:
    """One of its jokes when `text` asks for a joke, or "": chosen by `seed` among those it has
    not told lately (`used`, its recent replies), so never the same twice running."""
    if not JOKE.search(text):
        return ""
    about = JOKE_ABOUT.search(text)
    said = JOKE_ONLY_MINE if about and not JOKE_SUBJECTS.search(about.group("about")) else JOKE_SAID
    # Known by the joke itself, whoever it was told to and however it was led in.
    return least_used(
        [said.format(to=to, joke=joke) for joke in JOKES],
        used,
        # Hashed, as a draw is: Random(n) for neighbouring n (replies' seeds) picks alike.
        random.Random(f"house joke {seed}"),
        ["{lead}" + joke for joke in JOKES],
    )


def _dice(found: re.Match) -> tuple[int, int, int] | None:
    """(how many, sides, plus) of the dice roll asked, or None when it is no fair roll."""
    spec = found.group("spec")
    if spec:
        count, sides = spec.lower().split("d")
        count = int(count or 1)
        plus = int(found.group("plus") or 0) * (-1 if found.group("sign") == "-" else 1)
    else:
        said = (found.group("count") or "a").lower()
        count = int(said) if said.isdigit() else NUMBER_WORDS.get(said, 1)
        if said in ("the", "some") and re.search(r"\bdice\b", found.group(), re.IGNORECASE):
            count = 2  # "roll the dice": a pair, as board games have it
        sides, plus = found.group("sided") or 6, 0
    count, sides = int(count), int(sides)
    if not (1 <= count <= MOST_DICE and 2 <= sides <= MOST_SIDES):
        return None
    return count, sides, plus


def _rolled(spec: tuple[int, int, int], rng: random.Random, pick: Callable, to: str) -> str:
    """The roll of `spec` (how many, sides, plus) said: one die's number, or the total and
    each die."""
    count, sides, plus = spec
    rolls = [rng.randint(1, sides) for _ in range(count)]
    if count == 1 and not plus:
        die = "a six-sided die" if sides == 6 else f"a d{sides}"
        return pick(
            [_sentence(o.format(a=_an(rolls[0]), n=rolls[0], to=to, die=die)) for o in DIE_SAID]
        )
    dice = f"{count}d{sides}" if sides != 6 or plus else f"{NUMBER_NAMES.get(count, count)} dice"
    if plus:
        dice += f"{plus:+d}"
    said = {"total": sum(rolls) + plus, "rolls": _joined([str(r) for r in rolls]), "dice": dice}
    said["plus"] = f" ({'plus' if plus > 0 else 'minus'} {abs(plus)})" if plus else ""
    return pick([o.format(**said, to=to) for o in DICE_SAID])


def _teams(items: list[str], k: int, rng: random.Random, pick: Callable) -> str:
    """`items` dealt at random into `k` teams, said team by team."""
    shuffled = rng.sample(items, len(items))
    said = "; ".join(f"team {i + 1}: {', '.join(shuffled[i::k])}" for i in range(k))
    return pick([o.format(teams=said, teams_=_sentence(said)) for o in TEAMS_SAID])


def _teams_drawn(text: str, draw: Callable, pick: Callable, to: str) -> str:
    """Teams drawn (with the Random `draw()` gives) from the names `text` gives, before
    ("split sam, jo, kit and ana into 2 teams") or after ("2 teams: ..."), the names asked for
    when it gives none, or "" when it asks for no teams."""
    around = TEAMS_OF.search(text)
    items = items_of(around.group("names")) if around else []
    found = around if items else TEAMS.search(text)
    if not found:
        return ""
    after = text[found.end() :]
    if not (items or found.group("verb") or found.group("k") or after.startswith(":")):
        return ""  # "teams are picked on friday" asks for none
    k = found.group("k") or "2"
    k = int(k) if k.isdigit() else NUMBER_WORDS[k.lower()]
    items = items or items_of(LEADING_WORD.sub("", after))
    if k < 2 or len(items) < k:
        return TEAMS_ASKED.format(to=to)
    return _teams(items, k, draw(), pick)


def played(text: str, seed: int, to: str, used: Sequence[str], least_used: Callable) -> str:
    """The house bot's turn at what `text` asks it to do in the room (flip, roll, draw, pick,
    split into teams), or "" when it asks no such thing. `seed` is the reply's chance; `to`
    addresses the asker (", Sam"); `used` holds its recent replies, and `least_used(options,
    used, rng)` picks the wording, so a second throw is never said in the words of the first."""
    if PROGRAM.search(text):
        return ""

    # Drawn from the seed hashed: Random(n) for neighbouring small n gives alike first draws
    # (seeds 1 to 4 all say "heads"), and replies' seeds are neighbours.
    @cache
    def draw() -> random.Random:
        return random.Random(f"house draw {seed}")  # made only for a draw: 12 µs

    def pick(options: Sequence[str]) -> str:
        return least_used(list(options), used, random.Random(seed))

    if SECRET_SANTA.search(text):
        return SECRET_SANTA_SAID.format(to=to)
    if found := DICE.search(text):
        spec = _dice(found)
        return _rolled(spec, draw(), pick, to) if spec else ""
    if found := NUMBER.search(text):
        low, high = sorted((int(found.group("low")), int(found.group("high"))))
        n = draw().randint(low, high)
        return pick([o.format(n=n, low=low, high=high, to=to) for o in NUMBER_SAID])
    if teams := _teams_drawn(text, draw, pick, to):
        return teams
    if ORDER.search(text):
        items = listed(text)
        if not items:
            return ORDER_ASKED.format(to=to)
        order = ", ".join(
            f"{n}. {name}" for n, name in enumerate(draw().sample(items, len(items)), 1)
        )
        return pick([o.format(order=order) for o in ORDER_SAID])
    coin = COIN.search(text)
    if not (coin or PICK.search(text) or DECIDE.search(text)):
        return ""
    items = listed(text)
    if items:
        chosen = draw().choice(items)
        return pick([o.format(pick=_sentence(chosen), all=_joined(items)) for o in PICKED_SAID])
    if coin:
        side = draw().choice(("heads", "tails"))
        return pick([_sentence(o.format(side=side, to=to)) for o in COIN_SAID])
    if not re.search(r"\bwho\b", text, re.I) and re.search(
        r"\b(?:decide|choice|call|which)\b", text, re.I
    ):
        return CHOICES_ASKED.format(to=to)
    return NAMES_ASKED.format(to=to)


def cannot_keep(text: str) -> str:
    """Which of the house bot's "can't" answers `text` asks for: "quiz" (run a quiz or a game),
    "score" (keep score or track of something), "rota" (keep a rota), or ""."""
    if PROGRAM.search(text):
        return ""
    if QUIZ.search(text):
        return "quiz"
    if KEEP_SCORE.search(text):
        return "score"
    if ROTA.search(text):
        return "rota"
    return ""
