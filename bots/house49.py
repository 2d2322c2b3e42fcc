"""What the house bot can answer however it is worded (house49).

rate48 found the house bot declining code questions whose term came anywhere but straight after
"what does / how do i / why" ("in javascript why does [1, 10, 2].sort() not give 1, 2, 10??",
"GROUP BY keeps failing", "whats the deal with .splice()"). Here:

1. A code term is found anywhere in the question: its own entries (`CODE49`: methods,
   keywords, errors, commands, clauses people ask about), then house48's entries when the
   question shows it is about code (a language named, code written out, "error", "function").
   The language is read from any cue; an entry of another language is never given.
2. How to spell a word ("how do you spell necessary", "spelling of definitely?"): spelt.
3. A bill with a tip and fees shared ("92 plus 20% tip and a 5 delivery fee, 4 of us"): worked.
4. Which persona for a field none of them has ("who here knows about volcanoes", "which persona
   is best for cooking tips"): said plainly, with the nearest one and why.

Each returns "" when the message is not of its kind, and the house bot reads on.
"""

from __future__ import annotations

import re
from difflib import get_close_matches
from fractions import Fraction

from bots.house48 import (
    CODE48,
    COMPILED48,
    ERRORS48,
    LANGS48,
    bill_read48,
    fits48,
    persona_for,
)
from bots.reckon import money, shown_number

# ---------------------------------------------------------------------------------------------
# 1. A code term anywhere.
# Languages beyond house48's: a regex asked about.
LANGS49 = (*LANGS48, ("re", re.compile(r"\bregexp?\b|\bregexes\b|\bregular expressions?\b")))
# Shows a message is about code, whatever words are around it.
CODED49 = re.compile(
    r"`|\b[a-z_]\w*\(\)|\b[a-z_]\w*\.[a-z_]\w*\(|\b(?:code|coding|error|exception|function|"
    r"method|syntax|script|compile|compiler|traceback|stack trace|variable|array|string|"
    r"loop|query|regex|commit|branch|repo)\b"
)
# (tag, key found anywhere, answers with no language named, answer): the first in the table
# found wins. A tag ending "!" marks an entry the house FAQ or house48 may already have for
# the usual wordings: read only when they have none (`code_anywhere`).
CODE49: tuple[tuple[str, str, bool, str], ...] = (
    # JavaScript
    (
        "js",
        r"\bnpm\b.{0,20}\b(?:yarn|pnpm)\b|\b(?:yarn|pnpm)\b.{0,20}\bnpm\b",
        True,
        "npm, Yarn and pnpm all install from the same npm registry and read the same "
        "`package.json`; npm comes with Node, and pnpm saves the most disk space. "
        "Pick one for a project and commit its lock file.",
    ),
    (
        "js",
        r"\blet\b.{0,20}\bvar\b|\bvar\b.{0,20}\blet\b",
        False,
        "`var` is function-scoped and hoisted (there, as `undefined`, before its line); `let` "
        "is block-scoped (only inside its `{ }`) and can't be used before its line. Use `let` "
        "or `const`; `var` is the old kind.",
    ),
    (
        "js",
        r"\.reduce\b|\breduce\(",
        True,
        next(answer for tag, key, _, answer in CODE48 if tag == "js" and "reduce" in key),
    ),
    (
        "js",
        r"\.includes\b|\bincludes\(",
        True,
        "`arr.includes(x)` is true when the array holds `x` (compared with `===`, but it finds "
        '`NaN` too); strings have it as well: `"salon".includes("lo")`. For objects, use '
        "`arr.some(o => o.id === id)`.",
    ),
    (
        "js",
        r"\bpromise\b.{0,30}\bpending\b|\bpending\b.{0,30}\bpromise\b",
        True,
        "`Promise { <pending> }` means you logged the promise itself, before it settled: "
        "`await` it inside an `async` function (`const data = await getData();`) or use "
        "`.then(data => ...)`. Its value is never there synchronously.",
    ),
    (
        "js",
        r"\bsettimeout\b.{0,30}\b(?:0|zero|last|after|later|order)\b",
        True,
        "`setTimeout(fn, 0)` doesn't run `fn` at once: it queues it to run after the current "
        "code has finished and after any promise callbacks waiting, so it comes last. That's "
        "the event loop at work.",
    ),
    (
        "js",
        r"\bmap\b.{0,30}\bforeach\b|\bforeach\b.{0,30}\bmap\b",
        True,
        "`arr.map(fn)` returns a new array of what `fn` returns; `arr.forEach(fn)` only runs `fn` "
        "on each item and returns `undefined`. Use `map` when you want the results, `forEach` "
        "for side effects such as logging.",
    ),
    (
        "js",
        r"\.filter\b|\bfilter\(",
        True,
        "`arr.filter(fn)` returns a new array of the items for which `fn` returns true: "
        "`[1, 5, 8].filter(n => n > 3)` gives `[5, 8]`. The original is left alone; `find` "
        "gives only the first match.",
    ),
    (
        "js!",
        r"\bfetch\(|\bfetch\b(?=.{0,40}\b(?:promise|json|api|response|then|await)\b)",
        True,
        "`fetch(url)` returns a Promise of the response, not the data: `const res = await "
        "fetch(url); const data = await res.json();` (or `.then(r => r.json())`). It rejects "
        "only on a network failure, so check `res.ok` for a 404 or a 500.",
    ),
    (
        "js",
        r"json\.parse.{0,60}\b(?:unexpected|token|error|throw|fail)|unexpected token",
        True,
        '`JSON.parse` throws "Unexpected token" when the text isn\'t JSON: often an HTML error '
        "page came back (the `<` at position 0), or it has single quotes or a trailing comma, or "
        "it was already an object. Log the raw text first; with fetch, check `res.ok` before "
        "`res.json()`.",
    ),
    (
        "js",
        r"\bpromise\.all\b",
        True,
        "`await Promise.all([a(), b()])` runs both at once and gives both results in order, but "
        "fails as soon as one fails; `Promise.allSettled` waits for all and tells you which "
        "failed.",
    ),
    (
        "js",
        r"\bawait\b|\basync\b",
        False,
        next(answer for tag, key, _, answer in CODE48 if tag == "js" and "await" in key),
    ),
    (
        "js",
        r"\bis not a function\b",
        True,
        next(answer for key, answer in ERRORS48 if key.search("is not a function")),
    ),
    (
        "js",
        r"\.join\b|\bjoin\(|\bjoin method\b",
        False,
        '`arr.join(", ")` makes one string of an array\'s items with the separator between: '
        '`["a", "b"].join("-")` gives `"a-b"`; with no argument it uses commas.',
    ),
    (
        "js",
        r"\.split\b|\bsplit\(",
        False,
        '`"a,b,c".split(",")` gives `["a", "b", "c"]`; `str.split("")` splits into characters '
        'and `.join(",")` puts an array back together.',
    ),
    (
        "js",
        r"\beresolve\b|unable to resolve dependency tree",
        True,
        "`ERESOLVE unable to resolve dependency tree` means two packages want clashing versions "
        "of a third (often a peer dependency). Read which ones it names and move one to a "
        "matching version; `npm install --legacy-peer-deps` gets past it the way older npm "
        "did, at your own risk.",
    ),
    # Python
    (
        "py",
        r"\btabs?\b.{0,20}\bspaces?\b|\bspaces?\b.{0,20}\btabs?\b",
        False,
        "Use spaces in Python: four a level is the standard (PEP 8), and Python 3 refuses a "
        "block that mixes tabs and spaces ambiguously (TabError). Set your editor to put 4 "
        "spaces for Tab.",
    ),
    (
        "py",
        r"\b(?:remov|delet|pop)\w*\b.{0,40}\b(?:loop|iterat)|\b(?:loop|iterat)\w*\b.{0,40}\b"
        r"(?:remov|delet|skip)",
        False,
        "Removing items from a list while looping over it shifts the rest left, so the loop "
        "skips the next one. Loop over a copy (`for x in items[:]:`) or build a new list: "
        "`items = [x for x in items if keep(x)]`.",
    ),
    (
        "py",
        r"\.sort\(\)?.{0,40}\bnone\b|\bnone\b.{0,40}\.sort\b",
        True,
        "`list.sort()` sorts the list in place and returns `None`, so `x = nums.sort()` leaves "
        "`x` as `None`. Call `nums.sort()` on its own line, or use `sorted(nums)`, which "
        "returns a new list.",
    ),
    (
        "py",
        r"\.pop\b|\bpop\(",
        False,
        "`items.pop()` removes and returns the last item, `items.pop(0)` the first (slow on a "
        "long list: `collections.deque` is quick at both ends). On a dict, `d.pop(key, "
        "default)` removes a key and returns its value.",
    ),
    (
        "py",
        r"\bdict(?:ionary)? comprehensions?\b",
        True,
        "`{k: v for k, v in pairs}` builds a dict in one expression: `{name: len(name) for name "
        "in names}`, and an `if` filters: `{k: v for k, v in d.items() if v}`.",
    ),
    (
        "py",
        r"\b(?:f.?strings?|format\w*)\b.{0,40}\b(?:decimals?|places|dp)\b|\b(?:decimals?|"
        r"places)\b.{0,40}\bf.?strings?\b|:\.2f",
        True,
        '`f"{x:.2f}"` shows `x` with 2 decimal places (`3.14159` gives `3.14`); `{x:,.2f}` adds '
        "thousands commas, and `{x:.0%}` shows a fraction as a percentage.",
    ),
    (
        "py",
        r"\b(?:venv|virtualenv|activate)\b.{0,40}\bwindows\b|\bwindows\b.{0,40}\b(?:venv|"
        r"virtualenv|activate)\b",
        True,
        "On Windows activate it with `.venv\\Scripts\\activate` (in PowerShell, "
        "`.venv\\Scripts\\Activate.ps1`). If PowerShell says running scripts is disabled, run "
        "`Set-ExecutionPolicy -Scope CurrentUser RemoteSigned` once, or use cmd.",
    ),
    (
        "py",
        r"\.items\(\)|\.items\b",
        True,
        "`d.items()` gives a dict's (key, value) pairs, for looping: `for name, age in "
        "ages.items():`. `d.keys()` and `d.values()` give one side each; all three are live "
        "views that follow changes to the dict.",
    ),
    (
        "py!",
        r"\bnonetype\b",
        True,
        "`'NoneType' object is not subscriptable` (or has no attribute ...) means the thing "
        "you index is `None`: often a function that doesn't `return`, or a method like "
        "`list.sort()` that changes the list in place and returns `None`. Print the variable on "
        "that line to see which.",
    ),
    (
        "py",
        r"externally.managed",
        True,
        "`externally-managed-environment` means pip won't install into the system's own Python "
        "(Debian, Ubuntu and Homebrew guard it). Make a virtual environment and install there: "
        "`python3 -m venv .venv`, `source .venv/bin/activate`, then `pip install ...`; for a "
        "command-line tool, `pipx install` it.",
    ),
    (
        "py!",
        r"\bpip3? install\b.{0,60}\b(?:fail|error|not work|doesn'?t work|won'?t)|\b(?:fail|error)"
        r"\w*.{0,40}\bpip3? install\b",
        True,
        'When `pip install` fails, read the last lines of its error: "No matching '
        'distribution" is usually a misspelt name or a Python too old or new for the package; a '
        "permission error means install into a virtual environment (`python -m venv .venv`), "
        "never `sudo pip`. `python -m pip install ...` makes sure it's the pip of the Python you "
        "run.",
    ),
    (
        "py",
        r"\bappend\b.{0,30}\bextend\b|\bextend\b.{0,30}\bappend\b",
        True,
        "`items.append(x)` adds `x` as one item; `items.extend(xs)` adds each item of `xs`. With "
        "`[1, 2]`, `append([3, 4])` gives `[1, 2, [3, 4]]` and `extend([3, 4])` gives "
        "`[1, 2, 3, 4]`.",
    ),
    (
        "py",
        r"\.strip\b|\bstrip\(|\b[lr]strip\b",
        True,
        "`s.strip()` removes whitespace (spaces, tabs, newlines) from both ends of a string; "
        '`lstrip` and `rstrip` do one end. `s.strip("xy")` removes those characters, not that '
        'text: to cut a prefix use `s.removeprefix("x")`.',
    ),
    (
        "py",
        r"\.join\b|\bjoin\(|\bjoin method\b",
        False,
        '`", ".join(items)` joins a list of strings with the string it\'s called on between '
        'them: `"-".join(["a", "b"])` gives `"a-b"`. The items must be strings, so for numbers '
        'write `", ".join(map(str, nums))`.',
    ),
    (
        "py",
        r"\.split\b|\bsplit\(",
        False,
        "`s.split()` with no argument splits on any run of whitespace and drops empty pieces: "
        "`\" a  b \".split()` gives `['a', 'b']`. `s.split(\",\")` splits at every comma "
        "exactly, keeping empty ones; `maxsplit=1` stops after the first.",
    ),
    # SQL
    (
        "sql",
        r"\bunion all\b",
        False,
        "`UNION` stacks two queries' rows and removes duplicates (which costs a sort); `UNION "
        "ALL` keeps every row, duplicates too, and is faster. Both need the same number of "
        "columns, of matching types.",
    ),
    (
        "sql",
        r"\bcount\w*\b.{0,20}\bnulls?\b|\bnulls?\b.{0,20}\bcount",
        False,
        "`COUNT(*)` counts every row but `COUNT(col)` skips NULLs, so `SELECT COUNT(*) - "
        "COUNT(col) FROM t;` counts the NULLs in `col`; `WHERE col IS NULL` finds them.",
    ),
    (
        "sql",
        r"\bjoin\w* (?:3|three|multiple|several|more than two|many) tables\b|\b(?:3|three|"
        r"multiple|several) tables\b.{0,20}\bjoin",
        True,
        "Chain the joins, one `ON` each: `SELECT o.id, c.name, p.title FROM orders o JOIN "
        "customers c ON c.id = o.customer_id JOIN products p ON p.id = o.product_id;`.",
    ),
    (
        "sql",
        r"\bjoin\w*\b.{0,40}\b(?:duplicat|dupes|repeat|doubl|too many rows)|\b(?:duplicat|dupes"
        r"|repeated rows|doubled)\w*\b.{0,40}\bjoin",
        False,
        "A JOIN gives a row once per match, so a row with three matches on the other side comes "
        "out three times. Join on a key that's unique there, aggregate that side first "
        "(`GROUP BY`), or use `SELECT DISTINCT` if the rows really are identical.",
    ),
    (
        "sql",
        r"must appear in the group by|group by clause|\bgroup by\b.{0,40}\b(?:error|fail|wrong|"
        r"problem|not work|complain)|\b(?:error|fail\w*|wrong)\b.{0,40}\bgroup by\b",
        True,
        "With `GROUP BY`, every column you `SELECT` must be in the `GROUP BY` or inside an "
        "aggregate such as `COUNT()`, `SUM()` or `MAX()`: `SELECT country, COUNT(*) FROM users "
        'GROUP BY country;`. That is what "must appear in the GROUP BY clause" asks for.',
    ),
    (
        "sql",
        r"\bhaving\b",
        False,
        "`WHERE` filters rows before they're grouped, `HAVING` filters the groups after: "
        "`SELECT city, COUNT(*) FROM users WHERE active GROUP BY city HAVING COUNT(*) > 10;`. "
        "An aggregate like `COUNT(*)` can only be tested in `HAVING`.",
    ),
    (
        "sql!",
        r"\btop \d{1,3}\b|\btop (?:three|five|ten|n)\b|\b(?:highest|biggest)\b",
        False,
        "Sort and cut: `SELECT customer_id, SUM(total) AS spent FROM orders GROUP BY "
        "customer_id ORDER BY spent DESC LIMIT 3;` gives the top 3 by total spent. SQL Server "
        "writes `SELECT TOP 3 ...` instead of `LIMIT`.",
    ),
    # HTTP
    (
        "http",
        r"\bput\b.{0,20}\bpatch\b|\bpatch\b.{0,20}\bput\b",
        False,
        "PUT replaces the whole resource with what you send (a field left out is gone); PATCH "
        "changes only the fields you send. PUT is idempotent: sending it twice leaves the same "
        "result.",
    ),
    (
        "http",
        r"\b(?:status|error|code|http|got an?|getting an?|what'?s an?|whats an?|what does|"
        r"what is an?|a)\W{1,3}(?:code\W{1,3})?429\b|too many requests",
        True,
        "429 Too Many Requests: you've hit a rate limit. Wait and retry, after the seconds in "
        "the `Retry-After` header if it sends one, and back off between tries.",
    ),
    (
        "http",
        r"\b(?:status|error|code|http|got an?|getting an?|what'?s an?|whats an?|what does|"
        r"what is an?|a)\W{1,3}(?:code\W{1,3})?418\b|i'?m a teapot",
        True,
        "418 I'm a teapot is a joke code from a 1998 April Fools' RFC (the Hyper Text Coffee "
        "Pot Control Protocol): a teapot refusing to brew coffee. A few sites send it to turn "
        "bots away.",
    ),
    (
        "http",
        r"\b401\b.{0,40}\b403\b|\b403\b.{0,40}\b401\b",
        True,
        "401 Unauthorized means you aren't logged in (no credentials, or bad ones: send a valid "
        "token); 403 Forbidden means the server knows who you are but you aren't allowed. "
        "Logging in again fixes a 401, not a 403.",
    ),
    (
        "http",
        r"\b404\b.{0,20}\b410\b|\b410\b.{0,20}\b404\b|\b410 gone\b",
        True,
        "404 Not Found says nothing is at that address (it may come back); 410 Gone says it was "
        "there and was removed for good, so search engines drop it sooner.",
    ),
    (
        "http",
        r"\b500\b(?= (?:error|internal|server|status|response|code))|internal server error",
        True,
        "500 Internal Server Error means the server's own code failed on that request; nothing "
        "in the request itself is to blame as a rule. The real error is in the server's log "
        "(its traceback), so look there first.",
    ),
    (
        "http",
        r"\b50[234]\b(?= (?:error|bad|service|gateway|status|code))|bad gateway|service "
        r"unavailable|gateway time-?out",
        True,
        "502 Bad Gateway and 504 Gateway Timeout mean a proxy in front (nginx, a load balancer) "
        "got no good answer from the app behind it, which is down or too slow; 503 Service "
        "Unavailable means the server is overloaded or in maintenance. Check the app is running "
        "and its logs.",
    ),
    # CSS
    (
        "css",
        r"\bflex-wrap\b",
        True,
        "`flex-wrap: wrap` (on the container) lets items move to a new line, but only when they "
        "can't shrink to fit: give them a `flex-basis` or `min-width` (say `flex: 1 1 200px`), "
        "since by default they shrink instead of wrapping.",
    ),
    (
        "css",
        r"\bz-index\b",
        True,
        next(answer for _, key, _, answer in COMPILED48 if key.pattern == "z.?index"),
    ),
    (
        "css",
        r"\bauto-fit\b|\bauto-fill\b",
        True,
        "`repeat(auto-fill, minmax(200px, 1fr))` makes as many columns as fit, keeping empty "
        "ones when the items run out; `auto-fit` collapses the empty ones so the items stretch "
        "to fill the row. They differ only when there are fewer items than fit.",
    ),
    (
        "css",
        r"\bcent(?:er|re)\w* (?:\w+ )?vertical|\bvertical\w* cent(?:er|re)",
        True,
        "To centre vertically with flexbox, put `display: flex; align-items: center;` on the "
        "parent (for a row) and give the parent a height, say `min-height: 100vh`, or there's "
        "no room to centre in; `justify-content: center` centres the other way.",
    ),
    (
        "css",
        r"justify-content|align-items|justify content|align items",
        True,
        "In a flex container `justify-content` places items along the main axis (across, in a "
        "row) and `align-items` across it (up and down, in a row); with `flex-direction: "
        "column` they swap. `justify-content: center; align-items: center;` centres both ways.",
    ),
    (
        "css",
        r"position: ?(?:absolute|relative|fixed|sticky)|\bposition (?:absolute|relative)\b|"
        r"\babsolute\b.{0,20}\brelative\b|\brelative\b.{0,20}\babsolute\b",
        False,
        "`position: relative` keeps an element in the flow and lets you nudge it with `top` or "
        "`left`; `position: absolute` takes it out of the flow and places it against the "
        "nearest positioned ancestor, which is why the parent usually gets `position: "
        "relative`. `fixed` pins it to the window.",
    ),
    # git
    (
        "git",
        r"\.?gitignore\b.{0,40}\b(?:not|isn'?t|isnt|doesn'?t|doesnt|won'?t|wont|still)\b",
        True,
        "`.gitignore` only keeps untracked files out: a file git already tracks stays tracked. "
        "Run `git rm --cached path/to/file` (it stays on disk), commit, and from then on it's "
        "ignored.",
    ),
    (
        "git",
        r"\bcommit -am\b|\B-am\b",
        False,
        '`git commit -am "msg"` stages every change to files git already tracks, then commits; '
        "`-m` alone commits only what you've `git add`ed. New files need `git add` either way.",
    ),
    (
        "git",
        r"\bmerge\b.{0,20}\bpull\b|\bpull\b.{0,20}\bmerge\b",
        False,
        "`git pull` is `git fetch` (download the remote's new commits) followed by `git merge` "
        "of them into your branch; `git merge other` joins a branch you already have.",
    ),
    (
        "git",
        r"\bstash pop\b.{0,40}\bconflict|\bconflict\w*\b.{0,40}\bstash pop\b",
        True,
        "A `git stash pop` that conflicts keeps the stash: fix the `<<<<<<<` markers in each "
        "file and `git add` them, then `git stash drop` once you're sure nothing is lost.",
    ),
    (
        "git",
        r"\breset --(?:hard|soft|mixed)\b|\b(?:hard|soft) reset\b|\breset\b.{0,20}\b(?:hard|"
        r"soft)\b",
        False,
        "`git reset --soft HEAD~1` undoes the last commit but keeps its changes staged; "
        "`--mixed` (the default) keeps them unstaged; `--hard` throws them away, with any "
        "uncommitted edits. `git reflog` can still find a commit you reset away.",
    ),
    (
        "git",
        r"non.fast.forward|\bpush\w*\b.{0,40}\brejected\b|\brejected\b.{0,40}\bpush|fetch first",
        True,
        "A push is rejected (non-fast-forward) when the remote has commits you don't: `git pull "
        "--rebase` brings them in under yours, fix any conflicts, then push again. Never "
        "`--force` a shared branch to get round it.",
    ),
    (
        "git",
        r"\brebase -i\b|\binteractive rebase\b|\brebase --interactive\b",
        True,
        "`git rebase -i HEAD~3` opens your last three commits in an editor: change `pick` to "
        "`squash` (fold it into the one above), `reword`, `edit` or `drop`, save, and git "
        "rewrites them. Do it only to commits you haven't pushed for others.",
    ),
    (
        "git",
        r"cherry.?pick",
        True,
        "`git cherry-pick <sha>` copies one commit from another branch onto the one you're on, "
        "as a new commit. Find the sha with `git log other-branch`; on a conflict, fix the "
        "files, `git add` them and run `git cherry-pick --continue`.",
    ),
    # regex
    (
        "re",
        r"\be-?mails?\b",
        False,
        "A simple check: `^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$` (something, an @, something, a dot, "
        "something). A fully correct email regex is enormous; to know an address is real, send "
        "it a confirmation email.",
    ),
    (
        "re",
        r"\.\*|\.\+",
        False,
        "In a regex `.` matches any one character (except a newline) and `*` repeats what's "
        "before it zero or more times, so `.*` matches anything, as much as it can; `.*?` "
        "matches as little as it can, and `\\.` is a literal dot.",
    ),
    (
        "re",
        r"\^|\$|\banchors?\b",
        False,
        "In a regex `^` matches the start of the text (of each line, in multiline mode) and `$` "
        "the end: `^\\d+$` matches a string of digits only. Inside brackets it negates: `[^0-9]` "
        "is any character but a digit.",
    ),
    # the shell
    (
        "sh",
        r"2>&1|2> ?/dev/null",
        True,
        "`2>&1` sends error output (stream 2) to wherever normal output (stream 1) goes: "
        "`cmd > log.txt 2>&1` puts both in the file. `2>/dev/null` throws the errors away.",
    ),
    (
        "sh",
        r"\bin the background\b|\bnohup\b",
        False,
        "End a command with `&` to run it in the background (`long_job &`); `jobs` lists them "
        "and `fg` brings one back. `nohup long_job &` keeps it running after you log out, and "
        "Ctrl+Z then `bg` backgrounds one already running.",
    ),
    (
        "sh",
        r"\bchmod\b",
        True,
        next(answer for tag, key, _, answer in CODE48 if "chmod" in key),
    ),
    (
        "sh",
        r"\bgrep\b.{0,30}\bwc\b|\bwc -l\b",
        True,
        "`grep pattern file | wc -l` counts the matching lines (`grep -c pattern file` does it "
        "alone); `|` feeds one command's output into the next one's input.",
    ),
)
COMPILED49 = tuple(
    (tag.rstrip("!"), re.compile(key), alone, answer)
    for tag, key, alone, answer in CODE49
    if not tag.endswith("!")
)
LATER49 = tuple(
    (tag.rstrip("!"), re.compile(key), alone, answer)
    for tag, key, alone, answer in CODE49
    if tag.endswith("!")
)
# Not code at all, whatever it names: Salon's own, or the room.
OF_SALON49 = re.compile(r"\b(?:salon|this app|this site|this room|in here|on here)\b")


def _found(low: str, table, named: set[str]) -> tuple[int, int, str] | None:
    """The entry of `table` found earliest in `low` for the languages `named` (with none
    named, only the entries that answer unnamed)."""
    best = None
    for order, (tag, key, alone, answer) in enumerate(table):
        if not fits48(tag, alone, named):
            continue
        found = key.search(low)
        if found and (best is None or (found.start(), order) < best[:2]):
            best = (found.start(), order, answer)
    return best


_TOP_N = re.compile(r"\btop (\d{1,4}|three|five|ten|twenty)\b")
_TOP_WORDS = {"three": "3", "five": "5", "ten": "10", "twenty": "20"}
# The column summed, when the question lists a table's columns: "orders(id, customer_id, amount)"
_SUMMED = re.compile(
    r"\b(\w+) ?\((?=[^)]*\b(amount|total|price|value|cost|spent|revenue)\b)([^)]*)\)"
)


def fitted_sql(text: str, answer: str) -> str:
    """A top-N entry's query (written for the top 3 by `amount`) for the N the question asks and
    the column its table has: "top 5 customers ... orders(id, customer_id, amount)" gets
    `LIMIT 5` and `SUM(amount)` (rate49 had `LIMIT 3` and `SUM(total)`)."""
    if "LIMIT 3" not in answer:
        return answer
    low = text.lower()
    if (top := _TOP_N.search(low)) and (n := _TOP_WORDS.get(top.group(1), top.group(1))) != "3":
        answer = re.sub(r"\b(LIMIT|TOP|top) 3\b", rf"\g<1> {n}", answer)
        answer = answer.replace("at third place", f"at place {n}")
    if summed := _SUMMED.search(low):
        table, column, columns = summed.groups()
        if column not in ("total", "spent"):
            answer = re.sub(r"SUM\((?:total|amount)\)", f"SUM({column})", answer)
        answer = answer.replace("FROM orders", f"FROM {table}")
        if (key := re.search(r"\b(\w+_id)\b", columns)) and key.group(1) != "customer_id":
            answer = answer.replace("customer_id", key.group(1))
    return answer


def own_code(text: str, table=COMPILED49) -> str:
    """The entry of `table` (its first found) for the code term `text` asks about wherever it
    stands, or "". Read before house48's, whose terms are wider."""
    low = text.lower()
    if OF_SALON49.search(low) or len(low) > 600:
        return ""
    named = {tag for tag, pattern in LANGS49 if pattern.search(low)}
    for tag, key, alone, answer in table:
        if fits48(tag, alone, named) and key.search(low):
            return fitted_sql(text, answer)
    return ""


def code_anywhere(text: str, faq_match) -> str:
    """When the house FAQ (`faq_match`) has no entry for `text`: the entry of `LATER49`, else
    house48's found earliest, for the code term asked about wherever it stands (house48's only
    when the question shows it is about code); or ""."""
    low = text.lower()
    if OF_SALON49.search(low) or len(low) > 600 or faq_match(text) is not None:
        return ""
    if later := own_code(text, LATER49):
        return later
    named = {tag for tag, pattern in LANGS49 if pattern.search(low)}
    if not named and not CODED49.search(low):
        return ""
    # (house48's entries, found anywhere once the question shows it is about code)
    theirs = _found(low, COMPILED48, named)
    return fitted_sql(text, theirs[2]) if theirs else ""


# ---------------------------------------------------------------------------------------------
# 2. How a word is spelt.
SPELL49 = re.compile(
    r"\b(?:how (?:do|would|should|d'?you) (?:you|u|i|we|one) spell|how(?:'s| is) (?:it )?spelt|"
    r"how(?:'s| is) (?:it )?spelled|spelling of|spell(?: out)?|correct spelling (?:of|for))"
    r"\W{1,4}(?:the word |the )?[\"'`]?(?P<word>[a-z][a-z'-]{1,24})\b"
)
# Words people often ask the spelling of, with what trips them up.
SPELT49 = {
    "necessary": "one c, two s's",
    "unnecessary": "two n's, one c, two s's",
    "accommodate": "two c's, two m's",
    "accommodation": "two c's, two m's",
    "definitely": "finite in the middle",
    "separate": "a rat in the middle",
    "embarrass": "two r's, two s's",
    "embarrassed": "two r's, two s's",
    "occurrence": "two c's, two r's",
    "occurred": "two c's, two r's",
    "occasion": "two c's, one s",
    "receive": "e before i after c",
    "receipt": "a silent p",
    "believe": "i before e",
    "weird": "e before i",
    "restaurant": "a-u-r-a-n-t at the end",
    "rhythm": "no vowel but the y",
    "conscience": "science inside",
    "conscious": "s-c-i in the middle",
    "privilege": "no d, i-l-e-g-e",
    "wednesday": "the d before the n",
    "february": "an r after the b",
    "calendar": "-ar at the end",
    "committee": "two m's, two t's, two e's",
    "commitment": "two m's, one t before the -ment",
    "government": "an n before the m",
    "environment": "an n before the m",
    "millennium": "two l's, two n's",
    "recommend": "one c, two m's",
    "tomorrow": "one m, two r's",
    "until": "one l",
    "beginning": "two n's before -ing",
    "business": "u-s-i",
    "colleague": "two l's",
    "existence": "-ence at the end",
    "foreign": "e before i",
    "guarantee": "u after the g",
    "harass": "one r, two s's",
    "humorous": "humour loses its u",
    "immediately": "two m's",
    "independent": "-ent at the end",
    "knowledge": "a silent k and d",
    "liaison": "i on both sides of the a",
    "library": "an r after the b",
    "maintenance": "t-e-n in the middle",
    "mischievous": "no i after the v",
    "misspell": "two s's, two l's",
    "noticeable": "keeps the e",
    "parliament": "i-a in the middle",
    "possession": "two s's, twice",
    "publicly": "no -ally",
    "questionnaire": "two n's",
    "relevant": "-ant at the end",
    "schedule": "s-c-h",
    "sincerely": "keeps the e",
    "successful": "two c's, two s's, one l",
    "supersede": "ends -sede",
    "surprise": "an r before the p",
    "threshold": "one h after the s",
    "tyranny": "two n's",
    "vacuum": "one c, two u's",
    "vegetable": "g-e-t in the middle",
    "acquire": "a c before the q",
    "address": "two d's, two s's",
    "argument": "no e after the u",
    "apparent": "two p's, -ent",
    "achieve": "i before e",
    "aggressive": "two g's, two s's",
    "amateur": "-eur at the end",
    "broccoli": "two c's, one l",
    "cappuccino": "two p's, two c's",
    "pronunciation": "no o after the n",
    "lieutenant": "l-i-e-u",
    "hierarchy": "i-e",
    "entrepreneur": "-eur at the end",
    "bureaucracy": "b-u-r-e-a-u",
    "conscientious": "science inside",
    "desperate": "-per- in the middle",
    "dilemma": "two m's",
    "grateful": "grate, not great",
    "height": "e before i",
    "ignorance": "-ance at the end",
    "lightning": "no e",
    "medieval": "i-e-v",
    "minuscule": "minus at the start",
    "neighbour": "e before i (neighbor in American spelling)",
    "occasionally": "two c's, one s, two l's",
    "playwright": "wright, as in a maker",
    "piece": "i before e",
    "friend": "i before e",
    "beautiful": "b-e-a-u",
    "because": "a-u-s-e",
    "truly": "no e",
    "exercise": "no c after the x",
    "accidentally": "-ally at the end",
    "acceptable": "-able at the end",
    "quiet": "i before e (quite is another word)",
    "tomato": "no e",
    "potato": "no e",
    "cemetery": "three e's",
    "gauge": "a before u",
    "rhyme": "r-h-y",
    "sergeant": "e-r-g-e-a-n-t",
    "siege": "i before e",
    "withhold": "two h's",
    "disappoint": "one s, two p's",
    "dissatisfied": "two s's at the start",
    "tongue": "-ongue",
    "yacht": "a silent c-h",
    "colonel": "said kernel",
    "pneumonia": "a silent p",
    "psychology": "a silent p",
    "occur": "two c's",
    "environmental": "an n before the m",
    "fluorescent": "u-o, then s-c",
    "jewellery": "jewelry in American spelling",
    "pharaoh": "-aoh at the end",
    "bouquet": "-quet at the end",
    "restaurateur": "no n",
    "cinnamon": "two n's, then one m",
    "spaghetti": "h after the g, two t's",
    "zucchini": "two c's",
}


def spelt(text: str, to: str) -> str:
    """How a word asked about is spelt: letter by letter, with what trips people up when it is
    a word people often get wrong; "" when no spelling is asked, or of no word it knows."""
    low = text.lower()
    if "spel" not in low:
        return ""
    asked = SPELL49.search(low)
    if not asked:
        return ""
    word = asked.group("word").strip("'-")
    if word not in SPELT49:
        near = get_close_matches(word, SPELT49, n=1, cutoff=0.8)
        if not near:
            return ""
        word = near[0]
    letters = "-".join(word.upper())
    return f"{word[:1].upper()}{word[1:]}{to}: {letters} ({SPELT49[word]})."


# ---------------------------------------------------------------------------------------------
# 3. A bill with a tip and a fee or two, shared.
FEE49 = re.compile(
    r"\b(?:fees?|charge|delivery|parking|corkage|surcharge|booking|cover|service charge|tax)\b"
)


def tip_and_fees(text: str) -> str:
    """A bill, a percentage tip on it and fixed fees ("92 plus 20% tip and a 5 delivery fee,
    4 of us"), shared: worked; "" for any other message."""
    low = text.lower()
    if "%" not in low or not FEE49.search(low) or "tip" not in low:
        return ""
    read = bill_read48(low)
    if not read:
        return ""
    rate, shared, amounts = read
    if len(amounts) < 2 or len(amounts) > 4 or shared < 2:
        return ""
    sign = next((m.group()[0] for m in amounts if m.group()[0] in "£$€"), "")
    values = [float(m.group().lstrip("£$€").replace(",", "")) for m in amounts]
    bill, fees = values[0], values[1:]
    pct = float(rate)
    if bill <= 0 or pct > 50 or any(f >= bill for f in fees):
        return ""
    tip = bill * pct / 100
    total = bill + tip + sum(fees)
    fee_said = " plus ".join(money(f, sign) for f in fees)
    return (
        f"{money(bill, sign)} plus {shown_number(Fraction(rate))}% tip ({money(tip, sign)}) plus "
        f"{fee_said} in fees is {money(total, sign)}; between {shared} of you, "
        f"{money(total / shared, sign)} each (the tip on the bill alone)."
    )


# ---------------------------------------------------------------------------------------------
# 4. A field none of the personas has, and the nearest.
WHO_HERE49 = re.compile(
    r"\b(?:who|which (?:persona|one|of you|bot|character)|any ?(?:one|body|of you))"
    r"(?: here| in here| in this room)?(?:'s| is)? (?:(?:the )?(?:best|good|expert)|knows?|"
    r"into|a|an)\b"
)
NEAREST49 = (
    (
        re.compile(
            r"\b(?:cook|cooking|cooks|chef|chefs|recipes?|baking|bake|kitchen|cuisine|food)\b"
        ),
        "None of the personas is a cook{to}. The nearest is Marie Curie, a chemist, for the why "
        "of it (why bread rises, why onions brown): write @curie. For a recipe itself, a tested "
        "recipe site is the better bet.",
    ),
    (
        re.compile(r"\b(?:volcano|volcanoes|volcanic|earthquakes?|geology|rocks|lava)\b"),
        "None of the personas is a volcanologist{to}. The nearest is Charles Darwin: he was a "
        "geologist too, and wrote a book on the volcanic islands he saw on the Beagle voyage. "
        "Write @darwin.",
    ),
)


# "who here knows about football": asked of the personas too, not only of the people here.
HERE_ABOUT49 = re.compile(
    r"\bwho (?:here|in here|in this room) (?:knows|is good|is into)"
    r"(?= (?:\w+ ){0,2}about (?!an? |any |some |the best ))"
)


def nearest_persona(text: str, to: str, expert: tuple[str, str] | None = None) -> str:
    """Which persona to ask of a field none of them has, said plainly with the nearest, or
    who knows a field when asked "who here knows about ..."; ""."""
    low = text.lower()
    if not WHO_HERE49.search(low):
        return ""
    if near := next((line.format(to=to) for key, line in NEAREST49 if key.search(low)), ""):
        return near
    here = HERE_ABOUT49.search(low)
    return persona_for(HERE_ABOUT49.sub("which persona knows", low), expert, to) if here else ""


def house49(text: str, to: str, expert: tuple[str, str] | None = None) -> str:
    """What the house bot can answer however it's worded, read before house48: a field none of
    the personas has, a spelling, a bill with a tip and fees, a code term of its own anywhere;
    or "". (house48's code terms found anywhere, `code_anywhere`, are read after house48.)"""
    return (
        nearest_persona(text, to, expert) or spelt(text, to) or tip_and_fees(text) or own_code(text)
    )
