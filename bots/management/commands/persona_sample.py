"""Print every seeded persona's offline replies to the same everyday messages, side by side.

Read it after every change to the engine or to a persona's material: it is the quickest way
to hear whether the replies still sound like these characters.
"""

from __future__ import annotations

import textwrap

from django.core.management.base import BaseCommand, CommandError

from bots import policy
from bots.engine import ChatLine, offline_reply
from bots.models import Persona

PERSON = "sam"
# Messages anyone might send, in order, as one conversation. "{field}" is replaced by a
# question in each persona's own field; "{earlier}" lines are said first by another persona.
MESSAGES: tuple[str, ...] = (
    "Hi everyone, I'm new here",
    "Good evening! How is everybody?",
    "{field}",
    "What should I read first if I want to learn about black holes?",
    "Can you give me a recipe for a quick dinner?",
    "Is it actually faster to take the train or to fly from Paris to Berlin?",
    "My dog keeps barking at night and I can't sleep.",
    "I just got a new job at a bakery!",
    "Do you think people spend too much time on their phones?",
    "I disagree with Ada, machines will never be creative.",
    "{persona}",
    "Thanks, that was really helpful!",
    "Good night, all.",
)
FIELD_QUESTIONS = {
    "einstein": "Why does time slow down when you move fast?",
    "shakespeare": "How do you write a good villain for a play?",
    "curie": "How did you find out that radium existed?",
    "lovelace": "Could a machine ever write music?",
    "socrates": "How can I tell whether I am living a good life?",
    "darwin": "Why do birds on different islands look different?",
}
# What another persona says for "{persona}": each answers it (Einstein answers Socrates).
PERSONA_SAYS = ChatLine(
    author="Albert Einstein",
    text="Imagination is more important than knowledge, for knowledge is limited.",
)
SOCRATES_SAYS = ChatLine(
    author="Socrates", text="But is knowledge not what makes imagination worth anything?"
)
EARLIER = ChatLine(
    author="Ada Lovelace",
    text="A machine might compose elaborate pieces of music, if the rules of harmony were "
    "expressed for it.",
)


class Command(BaseCommand):
    help = "Print the seeded personas' offline replies to a fixed set of everyday messages."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--theme", default="Science books", help="The room's theme.")
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, theme: str, seed: int, **options) -> None:
        personas = list(Persona.objects.filter(is_active=True).order_by("pk"))
        if not personas:
            raise CommandError("No personas: run `manage.py seed_personas` first.")
        names = tuple(name for p in personas for name in (p.slug, p.name))
        voices = {p.slug: p.voice() for p in personas}
        self.stdout.write(
            f'Room theme: "{theme}"; {PERSON} mentions each persona in turn\n'
            "and asks AIBot with its command, shown in brackets.\n"
        )
        said: dict[str, list[ChatLine]] = {slug: [] for slug in voices}
        width = max(len(p.name) for p in personas)
        for number, template in enumerate(MESSAGES):
            # Each is asked its own question, shown before its reply.
            shown = template.replace("{field}", "(a question in its own field, as shown)")
            if template == "{persona}":
                # Einstein does not answer himself: he answers Socrates' line.
                shown = (
                    f"({PERSONA_SAYS.author}: {PERSONA_SAYS.text})\n"
                    f"     (to Albert Einstein, {SOCRATES_SAYS.author}: {SOCRATES_SAYS.text})"
                )
            self.stdout.write(f"\n{PERSON}: {shown}")
            for persona in personas:
                if persona.is_house_bot and template == "{persona}":
                    continue  # it answers /AIBot questions, not other personas
                voice = voices[persona.slug]
                text = FIELD_QUESTIONS.get(persona.slug, "Tell me about your work.")
                message = template.replace("{field}", text)
                body = message  # what the room shows
                if persona.is_house_bot:
                    # The house bot answers only its command; the runner hands it what follows
                    # the command (bots.services), and the room keeps the whole message.
                    body = "/AIBot " + template.replace("{field}", "How do I make a room private?")
                    message = policy.aibot_question(body) or ""
                history = said[persona.slug]
                if "Ada" in message and persona.slug != "lovelace":
                    history.append(EARLIER)
                said_by = PERSONA_SAYS if persona.slug != "einstein" else SOCRATES_SAYS
                if template == "{persona}":
                    message = said_by.text
                    if persona.slug == "einstein":
                        # Socrates objects to what Einstein said: Einstein's own line.
                        history.append(
                            ChatLine(author=persona.name, text=PERSONA_SAYS.text, own=True)
                        )
                history.append(said_by if template == "{persona}" else ChatLine(PERSON, body))
                own = [line.text for line in history if line.own]
                reply = offline_reply(
                    voice,
                    message=message,
                    theme=theme,
                    seed=seed * 1000 + number * 10 + persona.pk,
                    avoid=own[-1] if own else None,
                    ignore=names,
                    history=tuple(history[-10:]),
                    others=tuple(v for slug, v in voices.items() if slug != persona.slug),
                )
                history.append(ChatLine(author=persona.name, text=reply, own=True))
                if persona.is_house_bot or template == "{field}":
                    reply = f"[{body}] {reply}"
                lines = textwrap.wrap(reply, 100 - width - 4) or [""]
                self.stdout.write(f"  {persona.name:>{width}}: {lines[0]}")
                for line in lines[1:]:
                    self.stdout.write(f"  {'':>{width}}  {line}")
