"""A chore rota made for the people who ask (`rota_of`).

"can you make us a chore rota for 3 people", "ada can you do a cleaning rota for me tom and sam",
"we need a rota for kitchen, bathroom and bins, there are 4 of us": the jobs are set against the
people for the first week, and everyone moves one job down the list each week, so that after as
many weeks as there are jobs each has done each once. The people are the names said (with "me"
the asker) or, for a count alone, lettered A, B, C; the jobs are those listed, else the usual
ones of a shared house. Two to six people; with more jobs than people, the jobs left over are
paired up so that everyone has a share every week.
"""

from __future__ import annotations

import re

from bots.fold import folded

# A rota, roster or chore chart asked for (not "the rota at work says I'm on", a rota told).
ASKED = folded(
    r"\b(?:make|draw up|do|write|plan|set up|sort out|come up with|need|want|give|suggest|"
    r"help (?:me |us )?(?:with|make|plan|do))\b[^.?!]{0,40}"
    r"\b(?:(?:chores?|cleaning|housework|washing[- ]up|kitchen|house|flat|cooking)\s+)?"
    r"(?:rota|roster|chart|schedule)\b",
    re.IGNORECASE,
)
# Only a rota of chores: not a work shift roster nor a revision timetable.
CHORES = folded(
    r"\b(?:chores?|cleaning|clean|housework|washing[- ]up|dishes|bins?|kitchen|bathroom|hoover\w*|"
    r"vacuum\w*|flat|house|housemates?|flatmates?|cooking|laundry|tidy\w*)\b",
    re.IGNORECASE,
)
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5}
NUMBERS["6"] = 6
COUNT = re.compile(
    r"\b(two|three|four|five|six|[2-6])\s+(?:of us|people|persons|housemates|flatmates|"
    r"roommates|kids|children|of them|adults)\b|\bfor\s+(two|three|four|five|six|[2-6])\b",
    re.IGNORECASE,
)
# The people named: "for me tom and sam", "between maya, tom and sam", "me, jo and priya".
NAMED = re.compile(
    r"\b(?:for|between|among|with)\s+((?:me|[a-z]+)(?:\s*,\s*|\s+and\s+|\s+&\s+|\s+)"
    r"(?:(?:me|[a-z]+)(?:\s*,\s*|\s+and\s+|\s+&\s+|\s+))*?(?:and|&)\s+(?:me|[a-z]+))\b",
    re.IGNORECASE,
)
NOT_NAMES = frozenset(
    [
        "a",
        "an",
        "the",
        "us",
        "of",
        "our",
        "my",
        "people",
        "persons",
        "kitchen",
        "bathroom",
        "bins",
        "chores",
        "cleaning",
        "rota",
        "week",
        "weeks",
        "each",
        "every",
        "all",
        "house",
        "flat",
        "housemates",
        "flatmates",
        "roommates",
        "kids",
        "children",
    ]
)
JOBS = (
    "kitchen",
    "bathroom",
    "hoovering",
    "bins",
    "laundry",
    "shopping",
)
LISTED_JOBS = re.compile(
    r"\b(kitchen|bathroom|bathrooms|toilets?|hoover(?:ing)?|vacuum(?:ing)?|floors|"
    r"bins(?: and recycling)?|recycling|laundry|washing[- ]up|dishes|shopping|cooking|dusting|"
    r"garden|mop(?:ping)?|living room|lounge|ironing|windows|fridge|oven|stairs|hallway|"
    r"tidying|sweeping|cleaning)\b",
    re.IGNORECASE,
)
# Words that may stand by a listed job in a list without being another job ("for 4 of us,
# kitchen and bins", "dishes, bins and hoover please").
BESIDE_JOBS = frozenset(
    re.findall(
        r"\w+",
        "us people housemates flatmates roommates them rota chores jobs please thanks me you week "
        "kids children adults there we i it for between among with each every so that who can "
        "could "
        "all one weekly the a",
    )
)
# A job said as a list item: one to three words ("the big shop", "hoover upstairs").
ITEM = re.compile(r"(?:(?:the|doing the|doing)\s+)?([a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2})")
SEPARATORS = r"\s*,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*|\s*/\s*|\s*;\s*"


def listed_jobs(text: str) -> list[str] | None:
    """The jobs `text` lists, exactly as said ("dishes, bins, hoover" after a colon, or "for
    dishes, bins and hoover"); [] when it lists none; None when a list can't be read for sure."""
    low = text.lower()
    asked = ASKED.search(low)
    colon = low.find(":", asked.end() if asked else 0)
    if colon >= 0:
        said = re.split(r"[.?!]", low[colon + 1 :].strip(), maxsplit=1)[0]
        said = re.sub(r"(?:,?\s*(?:please|pls|thanks|thank you|cheers|ta))+\s*$", "", said)
        items = [item.strip() for item in re.split(SEPARATORS, said) if item.strip()]
        jobs = []
        for item in items:
            found = ITEM.fullmatch(item)
            if not found:
                return None
            jobs.append(found.group(1))
        if len(jobs) < 2 and not (jobs and LISTED_JOBS.fullmatch(jobs[0])):
            return None
        return list(dict.fromkeys(job.replace("-", " ") for job in jobs))
    listed = [m.lower().replace("-", " ") for m in LISTED_JOBS.findall(low)]
    if len(listed) < 2:
        return list(dict.fromkeys(listed))
    # a word that is no job beside a job in a list: a job not known here, so no reading of it
    for job in LISTED_JOBS.finditer(low):
        after = re.match(
            r"\s*(?:,|and\b|&|/)\s*(?:(?:the|doing the)\s+)?([a-z]+)", low[job.end() :]
        )
        before = re.search(
            r"\b([a-z]+)\s*(?:,|\band|&|/)\s*(?:(?:the|doing the)\s+)?$", low[: job.start()]
        )
        for word in (after and after.group(1), before and before.group(1)):
            if word and word not in BESIDE_JOBS and not LISTED_JOBS.fullmatch(word):
                return None
    return list(dict.fromkeys(listed))


LETTERS = "ABCDEF"
OFF = "a week off"
# A job done every day, shared out by days rather than rotated weekly.
ONE_A_DAY = frozenset({"washing up", "dishes", "cooking"})
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _people(text: str, asker: str) -> list[str]:
    """The people the rota is for: the names said, else as many letters as the count said."""
    named = NAMED.search(text)
    if named:
        words = [w for w in re.split(r"\s*,\s*|\s+and\s+|\s+&\s+|\s+", named.group(1)) if w]
        if all(w.lower() not in NOT_NAMES and not w.isdigit() for w in words) and len(words) >= 2:
            people = [asker.title() if w.lower() == "me" and asker else w.title() for w in words]
            if "me" not in (w.lower() for w in words) or asker:
                return list(dict.fromkeys(people))
    counted = COUNT.search(text)
    if counted:
        count = NUMBERS[(counted.group(1) or counted.group(2)).lower()]
        return list(LETTERS[:count])
    return []


def _jobs(listed: list[str], count: int) -> list[str]:
    """The jobs listed, else the usual ones; paired up when there are more than `count`
    people can take one each, and a week off when there are fewer."""
    jobs = listed if len(listed) >= 2 else list(JOBS[: max(4, count)])
    # fewer jobs than people: a week off in turn (never a job nobody listed)
    jobs += [OFF] * max(0, count - len(jobs))
    # more jobs than people: shared out in runs as even as they go ("hoovering and bins")
    shares, extra = divmod(len(jobs), count)
    runs, start = [], 0
    for i in range(count):
        size = shares + (1 if i >= count - extra else 0)
        run = jobs[start : start + size]
        runs.append(run[0] if len(run) == 1 else f"{', '.join(run[:-1])} and {run[-1]}")
        start += size
    return runs


def rota_of(text: str, asker: str = "") -> str:
    """The rota `text` asks for ("Week 1: Maya kitchen, Tom bathroom, Sam hoovering; each week
    everyone moves one job down the list, ..."), or "" when it asks for none or says for whom
    too vaguely to make one."""
    if len(text) > 300 or not ASKED.search(text) or not CHORES.search(text):
        return ""
    people = _people(text, asker)
    if not 2 <= len(people) <= 6:
        return ""
    said = listed_jobs(text)
    if said is None:
        return ""  # (a list of jobs not read for sure: no rota with jobs nobody asked for)
    listed = set(said)
    if len(listed) == 1 and listed <= ONE_A_DAY:
        # one daily job ("a washing up rota for the five of us"): a day each, in turn
        days = ", ".join(f"{who} {day}" for who, day in zip(people * 2, DAYS, strict=False))
        return (
            f"{listed.pop()} a day each, {days}, and round again, so the days move on by one "
            "each week"
        )
    jobs = _jobs(said, len(people))
    week = ", ".join(
        f"{who} {'has' if job == OFF else 'on'} {job}"
        for who, job in zip(people, jobs, strict=True)
    )
    last = jobs[-1].replace(OFF, "the week off")
    return (
        f"week 1, {week}; then each week everyone moves one job down the list "
        f"({last} back round to {jobs[0]}), so in {len(jobs)} weeks everyone has done each once"
    )
