"""What is in the house bot's reach, read by the shape of the question (house48).

rate47 found the house bot refusing or fumbling questions it can answer. Each reader here takes
one kind of question by its shape, so unseen questions of the same kind are answered too:

1. A bill with a tip shared ("split 84.50 between 3 with a 15% tip", "dinner was 96.30, 3 of
   us, 12% tip, how much each"): the tip put on and the total shared, as the room's other sum
   readers say it (`bots.reckon` works the ones without a tip).
2. Which persona to ask about a subject ("which persona should i ask about poetry", "who here
   knows about radioactivity"): the persona whose field it is, from the personas' own files
   (`bots/personas/*.json`: its bio, its fields and topics), the one in the room first.
   What Salon has no feature for ("can i mute a persona", "can the bots see pictures") is
   said plainly, with what Salon does instead.
3. A code question answers the thing asked: the term after "what does", "what is", "how do
   i", "why does" (not a word met in passing) is looked up among short entries for
   JavaScript, Python, SQL, git, CSS, HTML, HTTP and the shell; a language named elsewhere in
   the question must be the entry's.
4. Everyday tech advice (a slow laptop, passwords, backups, phishing), briefly.

Each returns "" when the question is not of its shape, and the house bot reads on.
"""

from __future__ import annotations

import json
import re
from fractions import Fraction
from functools import lru_cache
from pathlib import Path

from bots.lexicon import field_stems
from bots.material import terms
from bots.product import WORD_NUMBERS
from bots.reckon import money, shown_number

PERSONA_DIR = Path(__file__).resolve().parent / "personas"

# ---------------------------------------------------------------------------------------------
# 1. A bill, a tip and the people sharing it.
TIP48 = re.compile(
    r"(?P<pct>\d{1,2}(?:\.\d+)?) ?(?:%|percent|per cent)(?: (?:tip|service|gratuity))?"
)
TIP_SAID48 = re.compile(r"\b(?:tip|tipping|service|gratuity)\b")
SHARED48 = re.compile(
    r"\b(?:between|among|amongst|by|for|across|split|into)\W+(?:the )?(?P<n>\d{1,2}|two|three|"
    r"four|five|six|seven|eight|nine|ten)\b(?![.,]\d| ?%)"
    r"(?: (?:of us|people|ways|friends|persons))?"
    r"|\b(?P<m>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) (?:of us|people|ways|"
    r"friends|persons|guys)\b"
)
CURRENCY48 = re.compile(r" ?(dollars|bucks|usd|pounds|quid|gbp|euros|eur)\b")


AMOUNT48 = re.compile(r"[£$€]?\d{1,6}(?:,\d{3})*(?:\.\d{1,2})?(?![\d%])")


def bill_read48(low: str) -> tuple[str, int, list[re.Match[str]]] | None:
    """From a lowercased bill: the tip's percentage as said, how many share it, and the other
    amounts said; None without one tip or a number sharing."""
    tips = list(TIP48.finditer(low))
    shared = SHARED48.search(low)
    if len(tips) != 1 or not shared:
        return None
    count = shared.group("n") or shared.group("m")
    spans = [tips[0].span(), shared.span()]
    amounts = [m for m in AMOUNT48.finditer(low) if not any(s <= m.start() < e for s, e in spans)]
    return tips[0].group("pct"), WORD_NUMBERS.get(count) or int(count), amounts


def tip_split(text: str) -> str:
    """A bill with a percentage tip shared among people, worked; "" for any other message."""
    low = text.lower()
    if "%" not in low and "percent" not in low and "per cent" not in low:
        return ""
    if not TIP_SAID48.search(low):
        return ""
    read = bill_read48(low)
    if not read:
        return ""
    pct_said, people, amounts = read
    if len(amounts) != 1 or people < 2:
        return ""
    said = amounts[0].group()
    sign = said[0] if said[0] in "£$€" else ""
    if not sign and (named := CURRENCY48.match(low, amounts[0].end())):
        sign = "$" if named.group(1) in ("dollars", "bucks", "usd") else named.group(1)[:1]
        sign = {"p": "£", "q": "£", "g": "£", "e": "€"}.get(sign, sign)
    bill = float(said.lstrip("£$€").replace(",", ""))
    rate = Fraction(pct_said)
    pct = float(rate)
    if bill <= 0 or pct > 50:
        return ""
    total = bill + bill * pct / 100
    each = total / people
    return (
        f"{money(bill, sign)} plus {shown_number(rate)}% tip is {money(total, sign)}; "
        f"between {people} of you, {money(each, sign)} each."
    )


# ---------------------------------------------------------------------------------------------
# 2. The personas and Salon's own features.
# Each persona's field as a person would say it, and how to refer to it, from its bio.
FIELDS48 = {
    "einstein": ("physics (relativity, light, gravity, time and space)", "his"),
    "shakespeare": ("plays and poetry (sonnets, the theatre, words)", "his"),
    "curie": ("chemistry and radioactivity (elements, the laboratory)", "her"),
    "lovelace": ("mathematics and machines (numbers, algorithms, early computing)", "her"),
    "socrates": ("philosophy (right and wrong, justice, how to live)", "his"),
    "darwin": ("natural history (evolution, animals and plants)", "his"),
}


@lru_cache(maxsize=1)
def cast48() -> tuple[tuple[str, str, frozenset[str], frozenset[str]], ...]:
    """(slug, name, stems of its field's name, stems of all its field) of each persona but the
    house bot, from its file."""
    found = []
    for path in sorted(PERSONA_DIR.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("is_house_bot") or data["slug"] not in FIELDS48:
            continue
        style = data.get("style") or {}
        said = " ".join([*style.get("topics", ()), data.get("bio", ""), FIELDS48[data["slug"]][0]])
        stems = frozenset(terms(said)) | field_stems(tuple(style.get("fields", ())))
        own = frozenset(terms(FIELDS48[data["slug"]][0])) | field_stems(
            tuple(style.get("fields", ()))
        )
        found.append((data["slug"], data["name"], own, stems | own))
    return tuple(found)


WHO_FOR48 = re.compile(
    r"\b(?:who|which (?:persona|personas|bot|bots|character|characters|one|of (?:you|them|the "
    r"personas|the bots|these)))\b(?:(?! about| on ).){0,40}?\b(?:ask|talk to|knows?|expert|"
    r"good (?:at|on|with|for)|best (?:at|on|for)|help(?:s)? (?:me )?with|covers?|into)\b"
    r"(?:.*?\b(?:about|on|re|regarding|with|for|in)\b)?(?P<topic>[^?!.]*)"
)
PERSONA_ASKED48 = re.compile(
    r"\b(?:persona|personas|bot|bots|character|characters|of you|should i ask|do i ask|can i ask)\b"
)
CLAUSE48 = re.compile(r"(?:what|when|where|why|how|if|whether|who|which|the answer|it|that|this)\b")
HERE48 = re.compile(r"\s+(?:in )?(?:here|this room|in this chat|then|pls|please)\s*$")
GENERIC48 = frozenset(
    terms("question questions thing things stuff here room persona personas history historical")
)


def persona_for(text: str, expert: tuple[str, str] | None, to: str) -> str:
    """Which persona to ask about a subject: the one whose field it is, the room's own first
    (`expert`); "" when the question is not of that shape or no field covers it."""
    low = text.lower()
    asked = WHO_FOR48.search(low)
    if not asked:
        return ""
    if CLAUSE48.match(asked.group("topic").strip()) or len(asked.group("topic").split()) > 6:
        return ""  # "who knows what time the party starts": a fact asked, not a field
    topic = {t for t in terms(asked.group("topic")) if t not in GENERIC48}
    if not topic:
        return ""
    cast = cast48()

    def weight(term: str) -> Fraction:
        return Fraction(1, max(1, sum(term in stems for *_, stems in cast)))

    scored = sorted(
        (-sum(weight(t) * (2 if t in own else 1) for t in topic if t in stems), slug, name)
        for slug, name, own, stems in cast
    )
    if not scored or scored[0][0] == 0:
        if not PERSONA_ASKED48.search(asked.group(0)):
            return ""  # "who knows a good plumber" asks the people here
        # "which persona knows about volcanoes": no persona's field, said with what theirs are
        subject = re.sub(r"\b(?:my|mine)\b", "your", HERE48.sub("", asked.group("topic")))
        return (
            f"None of the personas has {subject.strip(' ,')} as their field{to}: theirs are "
            "physics (Einstein), plays and poetry (Shakespeare), chemistry (Curie), mathematics "
            "(Lovelace), philosophy (Socrates) and natural history (Darwin)."
        )
    _, slug, name = scored[0]
    if expert and any(s == expert[0] and score < 0 for score, s, _ in scored):
        slug, name = expert[0], next(n for _, s, n in scored if s == expert[0])
    field, their = FIELDS48[slug]
    subject = re.sub(r"\b(?:my|mine)\b", "your", HERE48.sub("", asked.group("topic")))
    subject = subject.strip(" ,")
    about = f" about {subject}" if len(subject) <= 40 else ""
    if expert and expert[0] == slug:
        return (
            f"{name}{to}, who's in this room: {their} field is {field}. Write @{slug} and your "
            f"question{about}."
        )
    return (
        f"{name}{to}: {their} field is {field}. Write @{slug} and your question{about}; a "
        "mention brings a persona into the room unless the owner has turned that off."
    )


PERSONA_MUTED48 = re.compile(
    r"\b(?:mute|muting|silence|hide|block|ignore|turn off|switch off)\b(?:(?!\bme\b).){0,12}"
    r"\b(?:a|one|that|this|just one|only one)(?: of the)? (?:persona|personas|bot|bots|ai|"
    r"character|characters)\b|\b(?:mute|muting|silence|hide|block|ignore)\b (?:einstein|"
    r"shakespeare|curie|lovelace|socrates|darwin)\b"
)
SEEN48 = re.compile(
    r"\b(?:can|do|does|will|could)\b.{0,30}\b(?:personas?|bots?|you|ais?|they|einstein|"
    r"shakespeare|curie|lovelace|socrates|darwin)\b.{0,20}\b(?:see|read|look at|understand|"
    r"view|open|describe)\b.{0,20}\b(?:images?|pictures?|photos?|pics?|attachments?|pdfs?|"
    r"screenshots?|files?|videos?)\b"
)


TIME_ASKED48 = re.compile(
    r"^(?:what(?:'s| is)|whats|wats?) the time\b|^what time is it\b(?! (?:in|for|over)\b)|"
    r"^(?:any(?:one|body) )?(?:got|have) the time\b"
)


def salon_feature(text: str, to: str) -> str:
    """What Salon really does for a thing it has no such feature for; "" otherwise."""
    low = text.lower()
    if TIME_ASKED48.search(low.strip()):
        return (
            f"I can't see a clock where you are{to}: your device shows the time, and each "
            "message here shows when it was sent, in your own time zone."
        )
    if PERSONA_MUTED48.search(low) and re.search(r"\b(?:can|how|is there|way to)\b", low):
        return (
            f"Salon has no mute for one persona{to}: muting is for people (a moderator can mute "
            "a member). The room's owner can take a persona out, by unticking it under "
            '"Personas in this room" in Room settings, or quieten them all with "How chatty '
            'the personas are": Only when mentioned, or Silent.'
        )
    if SEEN48.search(low):
        return (
            f"No{to}: the personas and I read only the words of messages. A picture or file "
            "shows in the room for people, but we can't see what's in it; describe it in words "
            "and we'll take it up."
        )
    return ""


# ---------------------------------------------------------------------------------------------
# 3. A code question, answered by the term it asks about.
# The question's lead: what comes after it, up to the question's end, is what it asks about.
LEAD48 = re.compile(
    r"(?:^|[.!?,;]\s*|\b(?:but|so|and|ok|hey|quick q|question|pls|please|lol|guys|wait|um|"
    r"umm|also|btw|yo|sorry|know|knows|idea|remind me|confused|understand|get|"
    # (a language named first: "in javascript why does [1, 10, 2].sort() not give 1, 2, 10")
    r"in (?:javascript|js|typescript|ts|python|sql|postgres|mysql|css|html|git|bash|shell))\W+)"
    r"(?:(?:can|could|would) (?:you|u|someone|anyone) (?:pls |please )?(?:tell me |explain )?|"
    r"(?:pls|please) |explain |tell me |remind me )?"
    r"(?P<lead>what(?:'s|s| is| are| does| do| do you do| do i do)|wat(?:s| is| does)|"
    r"how (?:do|can|should|would|does|did) (?:i|you|u|we|one|it)|how to|hw do i|"
    r"why (?:does|do|is|are|would|did|can't|cant|won't|wont|doesn't|doesnt|isn't|isnt)|"
    r"(?:what's |whats |what is )?(?:the )?(?:difference|diff) between|explain|"
    r"when (?:do|should|would) (?:i|you)|is there a way to|best way to|is it bad to|"
    r"should i (?:use|always use))\b"
)
HOW48 = re.compile(r"how|hw |is there a way|best way")
# The languages and tools a question may name, as their entries are tagged.
LANGS48 = (
    ("js", re.compile(r"\b(?:javascript|js|node|nodejs|typescript|ts|react|jquery|npm)\b")),
    ("py", re.compile(r"\b(?:python|py|python3|django|pandas|flask|pip)\b")),
    ("sql", re.compile(r"\b(?:sql|mysql|postgres|postgresql|sqlite|mssql|database|db)\b")),
    ("git", re.compile(r"\b(?:git|github|gitlab)\b")),
    ("css", re.compile(r"\bcss\b")),
    ("html", re.compile(r"\bhtml\b")),
    ("sh", re.compile(r"\b(?:bash|shell|terminal|linux|command line|zsh|unix|ubuntu)\b")),
    ("c", re.compile(r"\bin c\b|\bc\+\+|\bcpp\b|\bc programming\b")),
    ("java", re.compile(r"\bjava\b")),
    ("http", re.compile(r"\b(?:http|https|api|rest|status code|web server)\b")),
)
# Which tagged languages an entry of one tag also answers when named.
ALSO48 = {"http": {"js", "py"}, "sh": {"git"}, "any": set()}

# (tags, the asked term, answers unnamed, answer). An entry whose term is a plain word
# ("duplicate", "join") answers only when its language is named; one that names itself
# ("git rebase", "??", "chmod") answers however it is asked.
CODE48: tuple[tuple[str, str, bool, str], ...] = (
    # JavaScript
    (
        "js",
        r"\?\?(?!=)|nullish",
        True,
        "`a ?? b` is JavaScript's nullish coalescing: it gives `b` only when `a` is `null` or "
        '`undefined`. Unlike `a || b`, it keeps `0`, `""` and `false`: `0 ?? 5` is `0`, but '
        "`0 || 5` is `5`.",
    ),
    (
        "js",
        r"\?\.|optional chaining",
        True,
        "`?.` is optional chaining: `user?.address?.city` gives `undefined` instead of throwing "
        "when `user` or `address` is null or undefined. It works on calls too: `obj.method?.()`.",
    ),
    (
        "js",
        r"\basync\b|\bawait\b",
        False,
        "In JavaScript an `async` function always returns a Promise, and `await` pauses it until "
        "a Promise settles, without blocking the page: `const res = await fetch(url);`. Wrap it "
        "in `try`/`catch` to handle a rejected one.",
    ),
    (
        "js",
        r"\.map\b|\bmap\b|\.filter\b|\bfilter\b",
        False,
        "`arr.map(x => x * 2)` makes a new array from each element; `arr.filter(x => x > 0)` "
        "keeps the ones that pass; `arr.reduce((sum, x) => sum + x, 0)` folds them into one "
        "value. None of them changes the original array.",
    ),
    (
        "js",
        r"\breduce\b",
        False,
        "`arr.reduce((acc, x) => acc + x, 0)` walks the array carrying one value along: here a "
        "sum, starting at `0`. Always give the start value, or an empty array throws.",
    ),
    (
        "js",
        r"\.\.\.|\bspread\b|\brest param",
        True,
        '`...` spreads or gathers: `[...a, ...b]` joins arrays, `{...obj, name: "x"}` copies '
        "an object with a change, and `function f(...args)` gathers the arguments into an array.",
    ),
    (
        "js",
        r"=>|arrow function",
        True,
        "`(a, b) => a + b` is an arrow function: a short `function` that returns its expression. "
        "It has no `this` of its own (it uses the surrounding one), which is why it's handy in "
        "callbacks.",
    ),
    (
        "js",
        r"\bthis\b",
        False,
        "In JavaScript `this` is set by how a function is called: `obj.f()` gives `obj`, a plain "
        "`f()` gives `undefined` in strict mode. Arrow functions take `this` from around them, "
        "and `f.bind(obj)` fixes it.",
    ),
    (
        "js",
        r"\bclosures?\b",
        True,
        "A closure is a function that keeps the variables of the scope it was made in: "
        "`function counter() { let n = 0; return () => ++n; }`, and each counter keeps its own "
        "`n` after `counter` has returned.",
    ),
    (
        "js",
        r"json\.parse|json\.stringify",
        True,
        "`JSON.stringify(obj)` turns a value into a JSON string and `JSON.parse(text)` turns it "
        "back; `JSON.stringify(obj, null, 2)` pretty-prints. Dates become strings and functions "
        "are dropped.",
    ),
    (
        "js",
        r"localstorage|sessionstorage",
        True,
        '`localStorage.setItem("k", JSON.stringify(v))` stores a string in the browser for good '
        '(per site); `JSON.parse(localStorage.getItem("k"))` reads it back. `sessionStorage` is '
        "the same but ends with the tab. Never keep secrets there.",
    ),
    (
        "js",
        r"settimeout|setinterval",
        True,
        "`setTimeout(fn, 1000)` runs `fn` once after about a second; `setInterval(fn, 1000)` "
        "every second until `clearInterval(id)`. The delay is a minimum, not a promise: it waits "
        "for the page to be free.",
    ),
    (
        "js",
        r"\btypeof\b",
        True,
        '`typeof x` gives a string naming the type: "number", "string", "boolean", '
        '"undefined", "function", "object". Mind the odd ones: `typeof null` is "object", '
        "and arrays are too, so use `Array.isArray(x)`.",
    ),
    (
        "js",
        r"\bnan\b",
        True,
        '`NaN` (not a number) comes from failed maths like `Number("abc")` or `0/0`. It isn\'t '
        "equal even to itself, so test it with `Number.isNaN(x)`, never `x === NaN`.",
    ),
    (
        "js",
        r"use strict",
        True,
        '`"use strict";` at the top of a script or function turns on strict mode: assigning to '
        "an undeclared variable throws instead of making a global, and `this` in a plain call is "
        "`undefined`. Modules and classes are strict already.",
    ),
    (
        "js",
        r"destructur",
        True,
        "Destructuring unpacks values: `const { name, age } = user;` takes properties, `const "
        "[first, second] = list;` takes items, and `= 0` gives a default: `const { page = 1 } = "
        "opts;`.",
    ),
    (
        "js",
        r"promise\.all",
        True,
        "`await Promise.all([a(), b()])` runs both at once and gives both results in order, but "
        "fails as soon as one fails; `Promise.allSettled` waits for all and tells you which "
        "failed.",
    ),
    (
        "js",
        r"addeventlistener|event listener",
        True,
        '`button.addEventListener("click", e => { ... })` runs the function on each click; '
        "`e.preventDefault()` stops the browser's own action (a form submitting, a link "
        "opening). Remove it with `removeEventListener` and the same function.",
    ),
    (
        "js",
        r"preventdefault|stoppropagation|event bubbl",
        True,
        "`e.preventDefault()` stops the browser's default action (a form submit, a link); "
        "`e.stopPropagation()` stops the event bubbling up to parent elements' listeners. They "
        "do different things, and you rarely need both.",
    ),
    (
        "js",
        r"template literal|template string|backtick",
        False,
        "Template literals use backticks: `` `Hello ${name}, you have ${n} messages` `` puts "
        "values into a string, and they can span lines.",
    ),
    (
        "js",
        r"\bvar\b(?!iable)",
        False,
        "`var` is the old way to declare: it's function-scoped and hoisted, so it leaks out of "
        "blocks. Use `const` by default and `let` when the value changes; both are block-scoped.",
    ),
    (
        "js",
        r"package\.json|package-lock|npm install",
        True,
        "`package.json` lists a project's dependencies and scripts; `npm install` installs them "
        "into `node_modules`, and `package-lock.json` pins the exact versions so everyone gets "
        "the same. Commit both files, not `node_modules`.",
    ),
    (
        "js",
        r"\bdom\b",
        False,
        "The DOM is the page as a tree of objects JavaScript can change: "
        '`document.querySelector("#title").textContent = "Hi"` finds an element and changes '
        "its text.",
    ),
    # Python
    (
        "py",
        r"__init__(?!\.py)|\bself\b",
        False,
        "In a Python class, `__init__` runs when you make an instance and sets it up: `def "
        "__init__(self, name): self.name = name`. `self` is that instance, passed first to every "
        "method automatically.",
    ),
    (
        "py",
        r"__name__|__main__",
        True,
        '`if __name__ == "__main__":` runs its block only when the file is run directly, not '
        "when it's imported, so a module can hold both reusable code and a script.",
    ),
    (
        "py",
        r"\bzip\b",
        False,
        "`zip(a, b)` pairs items up: `for name, score in zip(names, scores):`. It stops at the "
        "shorter list; `dict(zip(keys, values))` builds a dict.",
    ),
    (
        "py",
        r"\brange\b",
        False,
        "`range(5)` counts 0 to 4, `range(1, 6)` 1 to 5, `range(0, 10, 2)` in steps of 2: the end "
        "is never included. It's lazy, so `list(range(5))` to see it.",
    ),
    (
        "py",
        r"\bslic|\[::-1\]|\[1:\]|\[-1\]",
        True,
        "Slicing takes part of a list or string: `s[1:4]` is items 1 to 3, `s[:3]` the first "
        "three, `s[-1]` the last, `s[::-1]` reversed. The end index is never included.",
    ),
    (
        "py",
        r"\bpass\b",
        False,
        "`pass` does nothing: it fills a block Python requires but you haven't written yet, like "
        "`def todo(): pass`.",
    ),
    (
        "py",
        r"\bglobal\b",
        False,
        "Assigning a name inside a function makes it local; `global count` at the top of the "
        "function makes the assignment change the module's `count`. Usually better to return "
        "the new value instead.",
    ),
    (
        "py",
        r"\bnone\b",
        False,
        "`None` is Python's 'no value': what a function returns when it has no `return`. Test it "
        "with `if x is None:`, not `== None`.",
    ),
    (
        "py",
        r"\bdict(?:ionary)?\.get\b|\.get\(",
        False,
        '`d.get("key")` gives `None` instead of a KeyError when the key is missing, and '
        '`d.get("key", 0)` gives your default.',
    ),
    (
        "py",
        r"\bsplit\b.*\bjoin\b|\.join\b|\bjoin a list",
        False,
        "`\"a,b,c\".split(\",\")` gives `['a', 'b', 'c']`, and `\", \".join(words)` glues a "
        "list of strings back into one (every item must be a string: `map(str, nums)` first).",
    ),
    (
        "py",
        r"\binput\b",
        False,
        '`input("Age? ")` waits for a line typed and gives it as a string: `age = '
        'int(input("Age? "))` for a number (it raises ValueError if they type letters).',
    ),
    (
        "py",
        r"\bround\b",
        False,
        "`round(2.675, 2)` rounds to 2 places, but halves go to the even number (`round(2.5)` is "
        '2) and floats aren\'t exact; use `f"{x:.2f}"` to show 2 places, `Decimal` for money.',
    ),
    (
        "py",
        r"(?:python|py) version|version of python",
        True,
        "Run `python --version` (or `python3 --version`) in a terminal; inside Python, `import "
        "sys; print(sys.version)`.",
    ),
    (
        "py",
        r"\bcopy\b|deepcopy",
        False,
        "`b = a` doesn't copy a list, it names the same one. `a.copy()` or `a[:]` makes a shallow "
        "copy; `copy.deepcopy(a)` copies the lists inside it too.",
    ),
    (
        "py",
        r"\bbreak\b|\bcontinue\b",
        False,
        "In a loop, `break` leaves the loop at once and `continue` skips to the next item. A "
        "loop's `else:` runs only if it finished without a `break`.",
    ),
    (
        "py",
        r"\bpathlib\b",
        True,
        '`from pathlib import Path`; `p = Path("data") / "notes.txt"` builds a path, '
        '`p.read_text()` reads it, `p.exists()` checks it, and `Path(".").glob("*.csv")` '
        "lists files.",
    ),
    # SQL
    (
        "sql",
        r"\btop \d+\b|\b(?:highest|biggest|most|best) \w+ by\b",
        False,
        "Group, add up, sort, cut: `SELECT customer_id, SUM(amount) AS total FROM orders GROUP "
        "BY customer_id ORDER BY total DESC LIMIT 3;` (SQL Server writes `SELECT TOP 3 ...`). "
        "Ties at third place are cut arbitrarily; `RANK()` keeps them.",
    ),
    (
        "sql",
        r"duplicat",
        False,
        "Group by the columns that should be unique and keep groups of more than one: `SELECT "
        "email, COUNT(*) FROM users GROUP BY email HAVING COUNT(*) > 1;`. Add columns to the "
        "GROUP BY to match on several.",
    ),
    (
        "sql",
        r"\bhaving\b",
        False,
        "`WHERE` filters rows before grouping; `HAVING` filters groups after: `SELECT city, "
        "COUNT(*) FROM users GROUP BY city HAVING COUNT(*) > 10;`.",
    ),
    (
        "sql",
        r"\bgroup by\b",
        False,
        "`GROUP BY` makes one row per distinct value, for counting or summing: `SELECT city, "
        "COUNT(*) FROM users GROUP BY city;`. Every selected column must be grouped or in an "
        "aggregate.",
    ),
    (
        "sql",
        r"\bnulls?\b",
        False,
        "In SQL, `NULL` means unknown, so `= NULL` is never true: use `WHERE col IS NULL` or `IS "
        "NOT NULL`. `COALESCE(col, 0)` gives 0 where it's NULL.",
    ),
    (
        "sql",
        r"\blike\b|wildcard",
        False,
        "`WHERE name LIKE 'jo%'` matches names starting with \"jo\"; `%` is any run of "
        "characters and `_` one character. It's case-sensitive in some databases (PostgreSQL "
        "has `ILIKE`).",
    ),
    (
        "sql",
        r"\bunion\b",
        False,
        "`UNION` stacks the rows of two SELECTs with the same columns and drops duplicates; "
        "`UNION ALL` keeps them and is faster.",
    ),
    (
        "sql",
        r"\bcte\b|\bwith clause\b",
        True,
        "A CTE names a subquery up front: `WITH recent AS (SELECT * FROM orders WHERE day > "
        "'2024-01-01') SELECT COUNT(*) FROM recent;`. It reads like steps instead of nesting.",
    ),
    (
        "sql",
        r"\bcoalesce\b",
        True,
        "`COALESCE(a, b, 0)` gives the first of its arguments that isn't NULL, so "
        "`COALESCE(nickname, name)` falls back to the name.",
    ),
    (
        "sql",
        r"\bupdate\b|\bdelete\b",
        False,
        "`UPDATE users SET active = 0 WHERE id = 7;` changes rows and `DELETE FROM users WHERE "
        "id = 7;` removes them. Without a WHERE they hit every row, so run the SELECT with that "
        "WHERE first.",
    ),
    (
        "sql",
        r"\blimit\b|\boffset\b|paginat",
        False,
        "`SELECT * FROM posts ORDER BY id DESC LIMIT 10 OFFSET 20;` gives the third page of ten. "
        "Always ORDER BY with LIMIT, or the rows you get aren't fixed.",
    ),
    (
        "sql",
        r"sql injection",
        True,
        "SQL injection is user input run as SQL, like a name of `'; DROP TABLE users; --`. Never "
        "build queries by pasting strings together: pass values as parameters, e.g. "
        '`cur.execute("SELECT * FROM users WHERE id = %s", (uid,))`.',
    ),
    # git
    (
        "git",
        r"\brebase\b",
        False,
        "`git rebase main` replays your branch's commits on top of the latest main, for a "
        "straight history instead of a merge commit. It rewrites those commits, so don't rebase "
        "a branch others have pulled.",
    ),
    (
        "git",
        r"cherry.?pick",
        True,
        "`git cherry-pick <sha>` copies one commit from another branch onto the current one, as "
        "a new commit.",
    ),
    (
        "git",
        r"reset --hard|hard reset",
        True,
        "`git reset --hard` throws away all uncommitted changes, and `git reset --hard HEAD~1` "
        "drops the last commit too. It can't be undone for uncommitted work, so `git stash` "
        "first if unsure.",
    ),
    (
        "git",
        r"\bgit diff\b|\bdiff\b",
        False,
        "`git diff` shows your unstaged changes, `git diff --staged` what's staged for the next "
        "commit, and `git diff main..feature` the difference between two branches.",
    ),
    (
        "git",
        r"\bgit log\b|\blog\b|commit history",
        False,
        "`git log --oneline --graph` shows the history compactly; `git log -p file` shows each "
        "change to one file, and `git log --author=maya` one person's commits.",
    ),
    (
        "git",
        r"\bsquash",
        False,
        "To squash commits into one: `git rebase -i HEAD~3`, then change `pick` to `squash` (or "
        "`s`) on all but the first. Or `git merge --squash branch` to bring a branch in as one "
        "commit.",
    ),
    (
        "git",
        r"force.?push|push --force|push -f",
        True,
        "`git push --force` overwrites the remote branch with yours, deleting commits others "
        "pushed. Prefer `git push --force-with-lease`, which refuses if the remote has moved, "
        "and never force-push a shared branch like main.",
    ),
    (
        "git",
        r"\bclone\b",
        False,
        "`git clone <url>` copies a repository with its whole history into a new folder and sets "
        "it up as `origin`, ready to `git pull`.",
    ),
    (
        "git",
        r"\borigin\b",
        False,
        "`origin` is just the default name for the remote you cloned from; `git remote -v` "
        "shows where it points.",
    ),
    (
        "git",
        r"\bblame\b",
        False,
        "`git blame file` shows, for each line, the last commit and author that changed it; "
        "handy for finding why a line is the way it is.",
    ),
    (
        "git",
        r"\brevert\b",
        False,
        "`git revert <sha>` makes a new commit that undoes an old one, safe on shared branches; "
        "`git reset` moves the branch back instead, rewriting history.",
    ),
    (
        "git",
        r"\bamend\b",
        False,
        "`git commit --amend` replaces the last commit with one including your staged changes "
        "(or a new message with `-m`). Only amend before you've pushed it.",
    ),
    # CSS
    (
        "css",
        r"box.?sizing",
        True,
        "`box-sizing: border-box` makes `width` include padding and border, so a 200px box stays "
        "200px wide. Most sites set `*, *::before, *::after { box-sizing: border-box; }`.",
    ),
    (
        "css",
        r"z.?index",
        True,
        "`z-index` orders overlapping elements (higher is in front), but only on positioned "
        "elements (`position: relative`, `absolute`, `fixed`, `sticky`) or flex and grid "
        "children. Not working? A parent may make its own stacking context.",
    ),
    (
        "css",
        r"position: ?absolute|position absolute|absolute position|position: ?relative|"
        r"position relative",
        True,
        "`position: absolute` places an element relative to its nearest positioned ancestor, so "
        "give the parent `position: relative`; then `top: 0; right: 0;` pins it to that corner.",
    ),
    (
        "css",
        r"\brem\b|\bem\b",
        False,
        "`rem` is relative to the root font size (usually 16px, so `1.5rem` is 24px); `em` to "
        "the element's own font size, which compounds when nested. `rem` is the safer default.",
    ),
    (
        "css",
        r"media quer",
        True,
        "A media query applies CSS at some screen sizes: `@media (max-width: 600px) { .menu { "
        "display: none; } }` hides the menu on narrow screens.",
    ),
    (
        "css",
        r"!important|specificity",
        True,
        "When rules clash, the more specific selector wins (id over class over tag), then the "
        "later one. `!important` overrides that but makes later changes painful; a more specific "
        "selector is better.",
    ),
    (
        "css",
        r"display: ?none|visibility",
        True,
        "`display: none` removes the element from the layout; `visibility: hidden` hides it but "
        "keeps its space. Both hide it from screen readers.",
    ),
    (
        "css",
        r"\bpadding\b|\bmargin\b",
        False,
        "Padding is space inside an element's border (its background covers it); margin is space "
        "outside, between it and its neighbours. Vertical margins of neighbours collapse into "
        "the larger one.",
    ),
    # HTML
    (
        "html",
        r"\balt\b",
        False,
        "The `alt` attribute is an image's text alternative: screen readers read it and it shows "
        'if the image fails to load, e.g. `<img src="dog.jpg" alt="A spaniel asleep">`. Use '
        '`alt=""` for purely decorative images.',
    ),
    (
        "html",
        r"doctype",
        True,
        "`<!DOCTYPE html>` on the first line tells the browser the page is modern HTML, so it "
        "renders in standards mode instead of old quirks mode.",
    ),
    (
        "html",
        r"meta viewport|viewport meta|\bviewport\b",
        False,
        '`<meta name="viewport" content="width=device-width, initial-scale=1">` makes phones '
        "show the page at its real width instead of a zoomed-out desktop page; media queries "
        "need it.",
    ),
    (
        "html",
        r"\bspan\b|\bdiv\b(?!.*\bcent)",
        False,
        "`<div>` is a block (starts on a new line, takes the full width); `<span>` is inline, "
        "inside text. Neither means anything; use `<nav>`, `<main>`, `<button>` when one fits.",
    ),
    (
        "html",
        r"semantic",
        False,
        "Semantic HTML uses tags that say what things are: `<header>`, `<nav>`, `<main>`, "
        "`<article>`, `<button>`. Screen readers and search engines understand the page better "
        "than a pile of `<div>`s.",
    ),
    (
        "html",
        r"\blabel\b",
        False,
        '`<label for="email">Email</label><input id="email">` ties the label to its field: '
        "clicking it focuses the field and screen readers read it.",
    ),
    # HTTP and the web
    (
        "http",
        r"\b401\b.*\b403\b|\b403\b.*\b401\b",
        True,
        "401 Unauthorized means you aren't authenticated: log in or send valid credentials. 403 "
        "Forbidden means the server knows who you are and still says no: you lack permission.",
    ),
    (
        "http",
        r"\b500\b",
        True,
        "500 Internal Server Error means the server's code crashed on the request; the answer "
        "is in the server's logs, not the browser.",
    ),
    (
        "http",
        r"\b502\b|\b503\b|\b504\b",
        True,
        "502 Bad Gateway and 504 Gateway Timeout come from a proxy whose app behind it failed or "
        "was too slow; 503 Service Unavailable means the server is down or overloaded. Check the "
        "app is running and its logs.",
    ),
    (
        "http",
        r"\b301\b|\b302\b",
        True,
        "301 is a permanent redirect (browsers and search engines remember it); 302 a temporary "
        "one. The new address is in the `Location` header.",
    ),
    (
        "http",
        r"\b429\b",
        True,
        "429 Too Many Requests: you hit a rate limit. Slow down and retry later, after the "
        "`Retry-After` header's seconds if it sends one.",
    ),
    (
        "http",
        r"\bget\b.*\bpost\b|\bpost\b.*\bget\b",
        False,
        "GET fetches and should change nothing (its data goes in the URL, so it can be "
        "bookmarked and cached); POST sends data in the body to create or change something.",
    ),
    (
        "http",
        r"\bput\b.*\bpatch\b|\bpatch\b.*\bput\b",
        False,
        "PUT replaces the whole resource with what you send; PATCH changes only the fields you "
        "send.",
    ),
    (
        "any",
        r"\bdns\b",
        True,
        "DNS turns names like example.com into IP addresses, the way a phone book turns names "
        "into numbers. After a DNS change, old answers can be cached for a while (the record's "
        "TTL).",
    ),
    # The shell
    (
        "sh",
        r"\bchmod\b",
        True,
        "`chmod +x script.sh` makes a file executable so you can run it as `./script.sh`. "
        "`chmod 644 file` is read/write for you, read-only for others; `755` adds execute for "
        "everyone.",
    ),
    (
        "sh",
        r"\bgrep\b",
        True,
        '`grep` searches text for a pattern: `grep -rn "TODO" src/` lists every line with '
        "TODO under src, with line numbers; `-i` ignores case, `-v` shows lines that don't match.",
    ),
    (
        "sh",
        r"\bsudo\b",
        True,
        "`sudo` runs one command as the administrator (root), asking for your password: `sudo "
        "apt install git`. Use it only when a command needs it; files made with it end up owned "
        "by root.",
    ),
    (
        "sh",
        r"\bpipe\b|(?<![|])\|(?![|])",
        False,
        "`|` pipes one command's output into the next: `ls | grep .txt` lists only .txt files; "
        "`history | tail -5` shows your last five commands.",
    ),
    (
        "sh",
        r">>|\bredirect",
        False,
        "`cmd > out.txt` writes a command's output to a file, replacing it; `>>` appends; `2>&1` "
        "sends errors there too.",
    ),
    (
        "sh",
        r"&&",
        False,
        "`a && b` runs `b` only if `a` succeeded; `a || b` runs `b` only if it failed; `a ; b` "
        "runs both regardless.",
    ),
    (
        "sh",
        r"rm -rf",
        True,
        "`rm -rf folder` deletes the folder and everything in it, with no bin and no asking. "
        "Double-check the path first; `rm -ri` asks before each file.",
    ),
    (
        "sh",
        r"\bpath\b(?! ?lib)",
        False,
        "`PATH` is the list of folders the shell looks in for commands. `echo $PATH` shows it; "
        'add one with `export PATH="$HOME/bin:$PATH"` in your `~/.bashrc` or `~/.zshrc`.',
    ),
    (
        "sh",
        r"ls -la|\bls -l\b",
        True,
        "`ls -la` lists every file, hidden dotfiles too, with permissions, owner, size and date.",
    ),
    # Across languages
    (
        "any",
        r"0\.1 ?\+ ?0\.2|floating.?point|float(?:s)? (?:aren't|arent|not|inexact)",
        True,
        "Computers store floats in binary, where 0.1 has no exact form (like 1/3 in decimal), so "
        "`0.1 + 0.2` is `0.30000000000000004`. Compare with a tolerance (`math.isclose`) and use "
        "decimals or whole cents for money.",
    ),
    (
        "c",
        r"\bpointers?\b",
        False,
        "A pointer holds the memory address of a value: `int x = 5; int *p = &x;` then `*p` is 5 "
        "and `*p = 7` changes `x`. An uninitialised or freed pointer is a crash waiting; set it "
        "to `NULL`.",
    ),
    (
        "any",
        r"\bnull pointer|null reference|segfault|segmentation fault",
        True,
        "A segfault or null pointer error is reading memory you don't own, most often through a "
        "pointer that is NULL, freed or past an array's end. Run it under a debugger (`gdb`) or "
        "with AddressSanitizer to see the line.",
    ),
    (
        "any",
        r"compiled\b.*\binterpreted|interpreted\b.*\bcompiled",
        True,
        "A compiled language (C, Go, Rust) is turned into machine code before it runs; an "
        "interpreted one (Python, JavaScript) is run by another program as it goes, often with a "
        "compile step inside. The line is blurry today.",
    ),
    (
        "any",
        r"\bstack overflow\b|\bstackoverflow error",
        False,
        "A stack overflow is running out of call stack, nearly always recursion with no base "
        "case, or one too deep. Check the function stops calling itself.",
    ),
)

# More particular entries, tried before `CODE48`'s when both meet the asked term at one place.
PRIOR48: tuple[tuple[str, str, bool, str], ...] = (
    (
        "sql",
        r"(?:delete|remove|get rid of) (?:the )?duplicat",
        False,
        "Keep the first row of each group and delete the rest: `DELETE FROM users WHERE id NOT "
        "IN (SELECT MIN(id) FROM users GROUP BY email);`. Run it as a SELECT first, then add a "
        "UNIQUE constraint so they can't come back.",
    ),
    (
        "git",
        r"undo (?:a |my |the )?git add|unstage|undo (?:a |my |the )?add\b",
        True,
        "`git restore --staged file` takes a file back out of the staging area and keeps your "
        "edits (`git restore --staged .` for all); on old git it's `git reset file`.",
    ),
    (
        "http",
        r"\b404\b",
        True,
        "404 Not Found: the server is up but has nothing at that address. Check the URL's "
        "spelling, path and any trailing slash; on your own site, check the route or that the "
        "file was deployed.",
    ),
    (
        "git",
        r"not a git repository",
        True,
        "`fatal: not a git repository` means the folder you're in (and those above it) has no "
        "`.git`: `cd` into the project's folder, or run `git init` to start a repository there.",
    ),
    (
        "git",
        r"\bbisect\b",
        True,
        "`git bisect` finds the commit that broke something by binary search: `git bisect "
        "start`, `git bisect bad`, `git bisect good <old sha>`, then test each commit it "
        "checks out and say good or bad. `git bisect reset` when done.",
    ),
    (
        "git",
        r"\bgit tag\b|\btags?\b",
        False,
        "`git tag v1.2` names the current commit, usually for a release; `git tag -a v1.2 -m "
        '"msg"` makes an annotated one. Tags aren\'t pushed by default: `git push origin v1.2`.',
    ),
    (
        "css",
        r"(?<!grid or )\bflex(?:box)?\b(?!.*\bgrid\b)",
        True,
        "Flexbox lays children out in a row (or a column with `flex-direction: column`): "
        "`display: flex; gap: 1rem; justify-content: space-between; align-items: center;`. "
        "`flex: 1` on a child makes it take the spare room.",
    ),
    (
        "css",
        r"\bsticky\b",
        False,
        "`position: sticky; top: 0;` keeps an element in the flow until it reaches the top, then "
        "pins it there while its parent scrolls. It fails if a parent has `overflow: hidden`.",
    ),
    (
        "css",
        r"\btransition",
        False,
        "`transition: background-color 0.2s ease;` animates that property whenever it changes, "
        "say on `:hover`. Transform and opacity are the cheapest to animate.",
    ),
    (
        "html",
        r"<br>|<br/>|<br />|\bbr tag",
        True,
        "`<br>` is a line break inside text, as in an address or a poem. For space between "
        "blocks use paragraphs (`<p>`) and CSS margins, not several `<br>`s.",
    ),
    (
        "html",
        r"<a\b|\bhref\b|anchor tag",
        True,
        '`<a href="https://example.com">text</a>` makes a link; `href="#section"` jumps to the '
        'element with that id, and `target="_blank"` opens a new tab.',
    ),
    (
        "html",
        r"\bdefer\b|\basync\b(?=.*script)",
        False,
        '`<script src="app.js" defer></script>` downloads the script without blocking the page '
        "and runs it once the HTML is parsed, in order; `async` runs it as soon as it arrives, "
        "in any order.",
    ),
    (
        "js",
        r"\bforeach\b",
        False,
        "`arr.forEach(x => console.log(x))` runs a function on each item and returns nothing; "
        "use `map` for a new array, and a `for...of` loop if you need `break` or `await`.",
    ),
    (
        "js",
        r"\bsort\b",
        False,
        "`arr.sort()` sorts as strings, so `[10, 9, 1]` becomes `[1, 10, 9]`; for numbers "
        "pass a compare: `arr.sort((a, b) => a - b)`. It sorts in place; `arr.toSorted()` "
        "returns a copy.",
    ),
    (
        "js",
        r"\bparseint\b|string to (?:a )?number|convert (?:a )?string",
        False,
        '`Number("42")` or `parseInt("42", 10)` turns a string into a number; `parseInt` stops '
        'at the first non-digit (`"42px"` gives 42), `Number` gives `NaN` for it.',
    ),
    (
        "js",
        r"\bincludes\b|\bindexof\b",
        False,
        '`arr.includes(3)` and `"hello".includes("ell")` give true or false; `indexOf` gives '
        "the position or -1. `includes` also finds `NaN`.",
    ),
    (
        "js",
        r"\bslice\b|\bsplice\b",
        False,
        "`arr.slice(1, 3)` copies items 1 and 2 and leaves `arr` alone; `arr.splice(1, 2)` "
        "removes two items from position 1 in place (and can insert others).",
    ),
    (
        "sh",
        r"set -e|set -euo",
        True,
        "`set -e` makes a bash script stop at the first command that fails, instead of carrying "
        "on; `set -u` makes an unset variable an error and `set -o pipefail` catches failures "
        "inside pipes. Many scripts start with `set -euo pipefail`.",
    ),
    (
        "sh",
        r"\bexport\b",
        False,
        "`export NAME=value` sets an environment variable that programs started from that shell "
        "see; without `export` it stays in the shell. Put it in `~/.bashrc` or `~/.zshrc` to "
        "keep it.",
    ),
    (
        "sh",
        r"\$\?|exit code|exit status",
        False,
        "Every command ends with an exit code: 0 for success, anything else for failure. `echo "
        "$?` shows the last one, and `&&` or `||` act on it.",
    ),
    (
        "sh",
        r"tail -f|tail -n|head -n|\b(?:tail|head) command",
        False,
        "`tail -n 20 file` shows the last 20 lines, `head -n 20` the first; `tail -f app.log` "
        "keeps following it as lines are added (Ctrl+C to stop).",
    ),
    (
        "sh",
        r"\bkill\b|\bps aux\b",
        False,
        "`ps aux | grep name` finds a process and its PID; `kill PID` asks it to stop and "
        "`kill -9 PID` forces it. `lsof -i :8000` shows what's using a port.",
    ),
    (
        "sh",
        r"\bssh\b",
        True,
        "`ssh user@host` logs into another machine's shell. Make a key with `ssh-keygen -t "
        "ed25519` and copy it over with `ssh-copy-id user@host` to stop typing passwords.",
    ),
    (
        "sh",
        r"\bcurl\b",
        True,
        "`curl https://example.com` fetches a URL; `-i` shows the headers, `-L` follows "
        "redirects, `-o file` saves it, and `-X POST -d '{...}' -H 'Content-Type: "
        "application/json'` sends JSON.",
    ),
    (
        "py",
        r":=|walrus",
        True,
        "`:=` (the walrus) assigns inside an expression: `while (line := f.readline()):` or "
        "`if (n := len(items)) > 10:`. Python 3.8 and later.",
    ),
    (
        "sql",
        r"alter table|add (?:a )?column|rename (?:a )?column",
        False,
        "`ALTER TABLE users ADD COLUMN phone TEXT;` adds a column; `ALTER TABLE users RENAME "
        "COLUMN phone TO mobile;` renames one. On a big table, adding one with a default can "
        "lock it for a while.",
    ),
    (
        "http",
        r"\b20[014]\b",
        True,
        "200 OK means it worked and has a body; 201 Created that something new was made (with "
        "its address in `Location`); 204 No Content that it worked with nothing to send back.",
    ),
)
WRITTEN48 = re.compile(
    r"(?:write|make|code|build|create|generate|program|get) (?:me )?(?:a|an|some)\b"
)
OF_SALON48 = re.compile(r"\b(?:salon|this app|this site|this room|in here|on here)\b")
COMPILED48 = tuple(
    (tag, re.compile(key), alone, answer) for tag, key, alone, answer in PRIOR48 + CODE48
)
# The end of what is asked: the question's own end, or a language named after it ("in sql").
ASKED_END48 = re.compile(r"(?<!\?)\?(?![.?=])|!(?!important)|(?<![?.])\.(?:\s|$)|\n")


def asked_span(low: str) -> tuple[str, int]:
    """What a question asks about: the words after its lead ("what does", "how do i", "why
    does"), to its end, and how many words in the term asked may start: the first few after
    "how do i" ("how do i center a div with flexbox" asks of centring, not of flexbox), a few
    more after "what does" or "why"; ("", 0) without a lead."""
    lead = LEAD48.search(low)
    if not lead:
        return "", 0
    rest = low[lead.end() :]
    end = ASKED_END48.search(rest)
    return (rest[: end.start()] if end else rest), (3 if HOW48.match(lead.group("lead")) else 5)


def fits48(tag: str, alone: bool, named: set[str]) -> bool:
    """Whether an entry of `tag` (answering with no language named: `alone`) answers a question
    naming the languages `named`."""
    if named and tag != "any" and tag not in named and not (ALSO48.get(tag, set()) & named):
        return False
    if not named:
        return alone
    return tag != "any" or alone or bool(named - {"http"})


def code_answer(text: str, program_asked: bool = False) -> str:
    """The entry of `CODE48` for the term `text` asks about, or "". A program asked for ("how
    do i write a script that ...") is the snippets' to answer, not a term's."""
    low = text.lower().strip()
    if OF_SALON48.search(low):
        return ""  # "what's the salon api": Salon's own, the FAQ's to answer
    span, within = asked_span(low)
    if not span or (program_asked and WRITTEN48.match(span.strip())):
        return ""
    named = {tag for tag, pattern in LANGS48 if pattern.search(low)}
    best: tuple[int, int, str] | None = None
    for order, (tag, key, alone, answer) in enumerate(COMPILED48):
        if not fits48(tag, alone, named):
            continue
        found = key.search(span)
        if found and len(span[: found.start()].split()) > within:
            continue  # met after what is asked: "how do i center a div with flexbox"
        if found and (best is None or (found.start(), order) < best[:2]):
            best = (found.start(), order, answer)
    if best:
        return best[2]
    # An error named anywhere ("my python script says IndentationError: unexpected indent on
    # line 12, what does that mean"): what the question asks of is that error, answered by the
    # FAQ's entry on it when the whole question reaches none (a question that does is the
    # FAQ's, as before), else by the few the FAQ lacks (`ERRORS48`).
    named = ERROR_NAMED48.search(text)
    if not named:
        return ""
    from bots.house import faq_match  # (bots.house imports this module)

    if faq_match(text):
        return ""
    if lacking := next((answer for key, answer in ERRORS48 if key.search(low)), ""):
        return lacking
    entry = faq_match(f"what does {named.group(0)} mean")
    return entry.answers[0] if entry else ""


ERROR_NAMED48 = re.compile(
    r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)*Error\b|\bcannot read propert(?:y|ies) of (?:undefined|null)\b|"
    r"\bis not a function\b|\bCORS\b",
    re.IGNORECASE,
)


# Errors people paste, by name, that the FAQ has no entry for: what each means.
ERRORS48: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(key), answer)
    for key, answer in (
        (
            r"\bnameerror\b|\bis not defined\b",
            "A NameError means Python met a name it doesn't know: a typo, a variable used "
            "before it's given a value, or a module not imported. Check the spelling on the "
            "line the traceback points to.",
        ),
        (
            r"\bzerodivisionerror\b",
            "ZeroDivisionError: something was divided by 0. Check the divisor first "
            "(`if count:`) or catch the error where a zero is expected.",
        ),
        (
            r"\bis not a function\b",
            "`x is not a function`: the thing being called isn't one: a typo, a missing "
            "import or export, or a method called on the wrong type (`.map` on an object).",
        ),
    )
)


# ---------------------------------------------------------------------------------------------
# 4. Everyday tech advice: (what the message is about, the brief advice).
TECH48: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), answer)
    for pattern, answer in (
        (
            r"\b(?:laptop|computer|pc|mac|macbook|desktop|chromebook)\b.{0,40}\b(?:slow|"
            r"sluggish|laggy|lagging|crawling|takes ages)|\b(?:slow|sluggish|laggy)\b"
            r".{0,20}\b(?:laptop|computer|pc|mac|macbook)\b|speed up (?:my |a |an? old )?"
            r"(?:laptop|computer|pc|mac)",
            "Restart it first (a week without one slows most machines), then see what's eating it: "
            "Task Manager on Windows, Activity Monitor on a Mac. Close heavy browser tabs, stop "
            "apps launching at startup, keep 15% of the disk free and install updates. An SSD "
            "is the best upgrade for an old one.",
        ),
        (
            r"\b(?:phone|iphone|android|battery)\b.{0,40}\b(?:dies|dying|drain|draining|"
            r"doesn't last|doesnt last|won't last|wont last|runs out|goes flat|flat so)|"
            r"\bbattery (?:life|tips|saving)\b",
            "Check Settings > Battery to see which app is using it, and turn that one down. "
            "Screen brightness and weak signal drain most; use auto-brightness and low-power "
            "mode. If the battery is years old and still dies fast, a replacement fixes it.",
        ),
        (
            r"\bpassword managers?\b",
            "Yes: a password manager (Bitwarden, 1Password, or the one built into your phone "
            "or browser) makes and remembers a different strong password for every site, so "
            "one leak can't open the rest. Protect it with one long passphrase and two-factor.",
        ),
        (
            r"\b(?:good|strong|secure|safe|better|decent|uncrackable|hard to guess)\b.{0,15}"
            r"\bpass(?:word|words|phrase)s?\b|\bpasswords?\b.{0,20}\b(?:strong|secure|safe "
            r"enough|good enough)\b|\bsame password\b",
            'Length beats cleverness: four or five random words ("marble-tractor-oyster-'
            'lamp") are stronger than "P@ssw0rd1" and easier to remember. Use a different '
            "one for every site, kept in a password manager, and turn on two-factor for "
            "email and banking.",
        ),
        (
            r"\b(?:back ?up|backing up|backups?)\b(?!.{0,40}\b(?:database|db|sql|git|repo|"
            r"room|chat|messages|commit|branch|server)\b).{0,25}\b(?:photos?|pictures?|pics|"
            r"files?|phone|laptop|computer|pc|mac|documents?|stuff|iphone|android|videos?)\b",
            "Yes: keep three copies of anything you'd hate to lose, on two kinds of storage, "
            "one away from home. In practice: turn on your phone's cloud photo backup (iCloud "
            "or Google Photos) and copy to an external drive now and then.",
        ),
        (
            r"\b(?:wifi|wi-fi|internet|broadband)\b.{0,30}\b(?:slow|sluggish|crawling|keeps "
            r"dropping|drops|cutting out|cuts out|disconnect)",
            "Restart the router (off at the plug for 30 seconds). If one device drops, restart "
            "it; if all do, it's the router or the line: try it near the router or on a cable, "
            "and if it's still bad, ask your provider to test the line.",
        ),
        (
            r"\b(?:email|e-mail|text|sms|message|link|call)\b.{0,80}\b(?:legit|real|genuine|a "
            r"scam|scam\b|phishing|suspicious|dodgy|fake)|\bphishing\b|\bis (?:this|it) a scam\b",
            "Treat it as a scam until proved otherwise: real companies don't text or email "
            "links asking you to pay, unlock or confirm details. Don't click; open their app or "
            "type the address yourself. If you already entered details, change that password "
            "now, and call your bank if card details went in.",
        ),
        (
            r"\bantivirus\b|\banti-virus\b|\bnorton\b|\bmcafee\b",
            "On Windows the built-in Microsoft Defender is enough for most people, and Macs "
            "have their own protection; paid antivirus adds little. Updates, a password "
            "manager and care with links and downloads protect you more.",
        ),
        (
            r"\b(?:2fa|two.factor|2-step|two.step|mfa|authenticator app)\b",
            "Turn it on, for email and banking first: with two-factor a stolen password alone "
            "can't get in. An authenticator app or passkey is safer than SMS codes; keep the "
            "backup codes somewhere safe.",
        ),
        (
            r"\b(?:got|been|was|is|were|get|getting) (?:hacked|hijacked|compromised)\b|"
            r"\baccount\b.{0,20}\b(?:hacked|compromised)\b",
            "Change that account's password now (and anywhere you reused it), turn on "
            "two-factor, and check its recovery email and phone weren't changed. Log out other "
            "sessions from its security settings, and warn contacts if it sent messages.",
        ),
        (
            r"\b(?:storage|disk|drive|memory|space)\b.{0,20}\b(?:full|almost full|running out|"
            r"nearly full)\b|\bout of (?:storage|space)\b",
            "See what's taking the room (Settings > Storage on a phone, Storage settings on a "
            "computer): it's usually videos, old downloads and app caches. Move photos to the "
            "cloud or a drive, delete big unused apps, and empty the bin.",
        ),
        (
            r"\b(?:software |system |windows |phone )?updates?\b.{0,20}\b(?:worth|should i|safe|"
            r"necessary|matter|install)\b|\bshould i (?:update|install (?:the )?updates?)\b",
            "Yes, install them: most updates fix security holes that are already being used. "
            "Let them install overnight, and back up first if it's a big version upgrade.",
        ),
        (
            r"\b(?:public|free|cafe|café|hotel|airport)\b.{0,10}\bwi-?fi\b.{0,30}\b(?:safe|"
            r"secure|ok|okay)\b|\bsafe\b.{0,25}\b(?:public|free|cafe|café|hotel|airport) "
            r"wi-?fi\b|\bvpn\b",
            "Public wifi is fine for most things now that sites use HTTPS (the padlock); avoid "
            "logging into banking on a network you don't trust, or use your phone's data. A VPN "
            "hides your traffic from the network but is no magic shield.",
        ),
    )
)
TECH_ASKED48 = re.compile(
    r"\?|\b(?:how|what|should|any|tips?|help|advice|do i|can i|is it|is this|worth|legit|keeps?|so "
    r"slow|too slow|ideas?|full|dies|dying|draining)\b"
)


def tech_advice(text: str) -> str:
    """Brief everyday tech advice for a problem told or asked; "" when none fits."""
    low = text.lower()
    if not TECH_ASKED48.search(low):
        return ""
    for pattern, answer in TECH48:
        if pattern.search(low):
            return answer
    return ""


# ---------------------------------------------------------------------------------------------
# 5. What it does not know, said plainly in one line, with where to ask when that is sure.
HISTORY48 = re.compile(
    r"\b(?:battle|ww1|ww2|wwi|wwii|world war|empire|dynasty|emperor|pharaoh|crusades?|"
    r"civil war|cold war|medieval|ancient (?:rome|greece|egypt))\b"
)
UNKNOWN48 = (
    (
        re.compile(
            r"\b(?:headaches?|migraines?|fever|rash|cough|flu|sore throat|painkillers?|"
            r"ibuprofen|paracetamol|aspirin|medicine|medication|tablets|symptoms?|dose|dosage)\b"
        ),
        "I don't know medicine{to}, and a guess there could hurt: a pharmacist can tell you "
        "what's safe to take, and a doctor if it's bad or keeps coming back.",
    ),
    (
        re.compile(
            r"\b(?:recipe|recipes|cook|cooking|bake|baking|roast|risotto|marinade|oven|"
            r"casserole|stew|sauce)\b"
        ),
        "Cooking is beyond me{to}, I'm afraid, and I'd rather not guess at a recipe; a "
        "recipe site will have one that's been tested.",
    ),
    (
        re.compile(
            r"\b(?:battle|war|ww1|ww2|wwi|wwii|empire|dynasty|revolution|century|ancient|"
            r"medieval|pharaoh|emperor|crusades?|civil war|cold war)\b"
        ),
        "History isn't something I know{to}, and I'd rather not guess a name or a date; a "
        "quick search will have it.",
    ),
)


def owned_up48(reply: str) -> bool:
    """Whether `reply` is one of `unknown_said`'s lines, to anyone."""
    return any(pattern.fullmatch(reply) for pattern in OWNED48)


OWNED48 = tuple(
    re.compile(re.escape(line).replace(re.escape("{to}"), "(?:, [^,:]+)?")) for _, line in UNKNOWN48
)


def unknown_said(text: str, to: str) -> str:
    """One plain line owning up to a question of medicine, cooking or history; "" for others."""
    low = text.lower()
    for pattern, line in UNKNOWN48:
        if pattern.search(low):
            return line.format(to=to)
    return ""


def house48(text: str, to: str, expert: tuple[str, str] | None, program_asked: bool) -> str:
    """What the house bot can answer here (which persona to ask, what Salon has for a feature
    it lacks, a code term asked about, everyday tech advice), or ""."""
    return (
        persona_for(text, expert, to)
        or (unknown_said(text, to) if HISTORY48.search(text.lower()) else "")
        or salon_feature(text, to)
        or code_answer(text, program_asked)
        or tech_advice(text)
    )
