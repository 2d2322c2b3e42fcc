"""Runs persona replies on the server's event loop, beside the sockets, never in their way.

A person's saved message schedules `answer_human_message`; it claims the turns the policy
asks for and runs them one after another (personas take turns), then the bounded AI-to-AI
follow-ups. While a persona composes, the room sees it typing and then its reply growing as
a draft; the finished reply is saved and broadcast like any message.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import logging
import re
import time

from channels.db import database_sync_to_async
from django.conf import settings

from bots import cast, context, policy, prompts, services
from bots.care import caring
from bots.engine import HOUSE_CODE_LIMIT
from bots.letters import drafted
from bots.providers import OfflineProvider, ProviderError, provider_for
from chatsite import metrics
from rooms import content, events
from rooms.models import Message

logger = logging.getLogger(__name__)

TYPING_EVERY = 3.0  # seconds between typing signals while a persona composes
# Longest reply of care (`bots.care.care_reply`), past any persona's length: never cut.
CARE_LIMIT = 1000
DRAFT_EVERY = 0.15  # seconds between draft updates while a reply streams
# A Stop reaches the process writing the reply as an event (`rooms.signals.turn_stop_asked`);
# the database is looked at this often for a request whose event was lost.
STOP_CHECK_EVERY = settings.SALON_STOP_CHECK_SECONDS

# Tasks are kept until they finish (the loop holds weak references); streams by turn id, so
# a stop that arrives in this process cancels at once (other processes see the flag).
_tasks: set[asyncio.Task] = set()
_streams: dict[int, asyncio.Task] = {}


def on_human_message(sender, message: Message, **kwargs) -> None:
    """A person's message was saved (`rooms.signals.human_message_saved`): schedule the
    personas' answers, unless the room's cached cast shows that nobody can answer, which
    costs no trip to the database (most messages in most rooms)."""
    state = cast.get(message.room_id)
    # A reply may ask the persona it answers: planning looks that up (replies are few).
    if (
        message.reply_to_id is None
        and state is not None
        and not policy.may_answer(state, message.body, seed=message.pk)
        # "wait really? the patent office?": for the persona that just spoke, in any room
        and not (state.present and context.follows_on(message.body))
    ):
        return
    answer_human_message(message.pk)


def answer_human_message(message_id: int) -> None:
    """Schedule the personas' answers to a person's saved message (returns at once).

    The task runs in a context of its own: one copied from an HTTP request (a text through
    /sms/inbound/, a post through the API) names the request's thread executor, which is gone
    once the answer is sent, and every database call of the reply would fail."""
    task = asyncio.get_running_loop().create_task(
        _answer(message_id), context=contextvars.Context()
    )
    _tasks.add(task)
    task.add_done_callback(_tasks.discard)


# Set when the server stops: no new reply starts, and replies under way end.
_closing = False
RESTARTED = "The server restarted before the reply was finished."


async def shutdown(timeout: float = 5.0) -> None:
    """The server is stopping (a deploy, a restart): end the replies being written here, as
    stopped, with their drafts removed from the room, and give up the turns that had not
    started yet, so that no turn is left "streaming" by a process that is gone."""
    global _closing
    _closing = True
    for stream in list(_streams.values()):
        stream.cancel()
    if _tasks:
        await asyncio.wait(list(_tasks), timeout=timeout)


def cancel_local(turn_id: int) -> None:
    stream = _streams.get(turn_id)
    if stream is not None:
        stream.cancel()


def on_turn_stop_asked(sender, *, turn_id: int, **kwargs) -> None:
    cancel_local(turn_id)


async def _answer(message_id: int) -> None:
    try:
        queue = await events.service_call(services.turns_plan_for_human, message_id=message_id)
    except Exception:
        logger.exception("Planning persona replies to message %s failed", message_id)
        return
    while queue:
        turn_id = queue.pop(0)
        if _closing:
            await database_sync_to_async(services.turn_end)(
                turn_id=turn_id, status=services.BotTurn.Status.STOPPED, error=RESTARTED
            )
            continue
        try:
            if await _run_turn(turn_id):
                follow_ups = await events.service_call(
                    services.turns_plan_for_reply, turn_id=turn_id
                )
                queue = follow_ups + queue
        except asyncio.CancelledError:
            raise
        except Exception as error:
            # One persona's failure ends its turn, not the others' in the queue.
            logger.exception("Persona turn %s failed", turn_id)
            await _failed(turn_id, error)


async def _run_turn(turn_id: int) -> bool:
    """Compose and post one reply; whether a reply was posted."""
    context = await database_sync_to_async(services.turn_begin)(turn_id=turn_id)
    if context is None:
        return False
    started = time.monotonic()
    progress = _Progress()
    stream = asyncio.get_running_loop().create_task(_compose(context, progress))
    _streams[turn_id] = stream
    watcher = asyncio.get_running_loop().create_task(_watch(context, progress, stream))
    try:
        body, provider_name, error = await stream
    except asyncio.CancelledError:
        if asyncio.current_task().cancelling():
            raise  # the runner itself is shutting down
        await _stopped(context, asked=not _closing)
        return False
    finally:
        _streams.pop(turn_id, None)
        watcher.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await watcher
    if body is None:
        await _stopped(context)
        return False
    try:
        await events.service_call(
            services.turn_finish, turn_id=turn_id, body=body, provider=provider_name, error=error
        )
        metrics.persona_replied(provider_name, started)
    finally:
        await events.draft_removed(
            room_id=context.room_id, turn_id=turn_id, user_id=context.persona_user_id
        )
    return True


class _Progress:
    """The reply so far, shared by the stream and its watcher."""

    def __init__(self) -> None:
        self.text = ""
        self.guarded = False  # from a model: checked for leaks of the persona's instructions
        self.labels: re.Pattern[str] | None = None  # the speaker labels a model may write

    def shown(self) -> str:
        """What the room may see of the reply so far: what is saved would follow the content
        rules, and a model's text only as `prompts.draft_text` allows."""
        text = prompts.draft_text(self.text, self.labels) if self.guarded else self.text
        return content.message_text(text.strip()) if text.strip() else ""


async def _watch(context, progress: _Progress, stream: asyncio.Task) -> None:
    """While a reply streams: show the room its latest text now and then, and stop the stream
    when someone asked to (the request may have reached another process)."""
    shown: str | None = None
    last_stop_check = time.monotonic()
    while True:
        await asyncio.sleep(DRAFT_EVERY)
        # The draft (and its Stop button) shows as soon as words arrive, even before any of
        # them may be shown.
        text = progress.shown() if progress.text else None
        if text is not None and text != shown:
            shown = text
            await _draft(context, shown)
        if time.monotonic() - last_stop_check >= STOP_CHECK_EVERY:
            last_stop_check = time.monotonic()
            if await database_sync_to_async(services.turn_stop_requested)(turn_id=context.turn_id):
                stream.cancel()
                return


async def _failed(turn_id: int, error: Exception) -> None:
    metrics.persona_turns.labels("failed").inc()
    with contextlib.suppress(Exception):
        await database_sync_to_async(services.turn_end)(
            turn_id=turn_id,
            status=services.BotTurn.Status.FAILED,
            error=f"{type(error).__name__}: {error}",
        )
        room_id, writer_id = await database_sync_to_async(services.turn_room_and_writer)(
            turn_id=turn_id
        )
        await events.draft_removed(room_id=room_id, turn_id=turn_id, user_id=writer_id)


async def _stopped(context, *, asked: bool = False) -> None:
    """End a turn that posts nothing; `asked`: someone pressed Stop (the room is told)."""
    metrics.persona_turns.labels("stopped").inc()
    await database_sync_to_async(services.turn_end)(
        turn_id=context.turn_id,
        status=services.BotTurn.Status.STOPPED,
        error=RESTARTED if _closing else "",
    )
    await events.draft_removed(
        room_id=context.room_id,
        turn_id=context.turn_id,
        user_id=context.persona_user_id,
        note=f"{context.persona_name}'s reply was stopped." if asked else "",
    )


async def _compose(context, progress: _Progress) -> tuple[str | None, str, str]:
    """The reply's text, the provider that wrote it, and any error that made us fall back to
    the offline engine."""
    provider = provider_for(model_override=context.model_override)
    request = context.request
    cares = caring(request.message, request.history, unasked=request.unasked)
    if cares:
        # Care and where to find help, and a risk's safe words ("my chest hurts, a&e or sleep
        # it off?"), are said in our words (`bots.care.care_needed`), never a model's; and
        # just after distress, nobody joins in unasked, with a model or without.
        provider = OfflineProvider()
    typing = asyncio.get_running_loop().create_task(_keep_typing(context))
    try:
        try:
            text = await _stream(context, provider, progress, cares=cares)
            return text, provider.name, ""
        except Exception as error:
            # Whatever went wrong with the model (an error, a timeout, a refusal, a server
            # that speaks the protocol badly), the persona still answers.
            if isinstance(provider, OfflineProvider):
                raise
            reason = str(error) if isinstance(error, ProviderError) else ""
            reason = reason or f"{type(error).__name__}: {error}".rstrip(": ")
            logger.warning(
                "Model reply for turn %s failed (%s); using the offline engine",
                context.turn_id,
                reason,
            )
            text = await _stream(context, OfflineProvider(), progress, cares=cares)
            return text, services.OFFLINE_FALLBACK, reason
    finally:
        typing.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await typing


async def _stream(context, provider, progress: _Progress, *, cares: bool) -> str | None:
    """The reply's text: the offline engine's as it comes, a model's once cleaned
    (`prompts.reply_clean`); a model's reply with nothing usable left raises ProviderError.
    `cares`: the reply is one of care (`bots.care.caring`), never cut short: the crisis lines
    are said whole, whatever the persona's length."""
    request = context.request
    limit = CARE_LIMIT if cares else request.voice.max_reply_chars
    offline = isinstance(provider, OfflineProvider)
    if offline and request.voice.is_house_bot:
        # The offline house bot fits its own replies; a program it writes out is longer.
        limit = max(limit, HOUSE_CODE_LIMIT)
    pace = settings.SALON_OFFLINE_CHUNK_DELAY if offline else 0
    secret = prompts.system_message(request)
    progress.text, progress.guarded = "", not offline
    progress.labels = prompts.speaker_labels(request.voice.name, request.names)
    guard = prompts.LeakGuard(secret)
    async with (
        asyncio.timeout(settings.LLM_TIMEOUT_SECONDS),
        # Closing the stream when we leave it early ends the request to the model server.
        contextlib.aclosing(provider.stream(request)) as chunks,
    ):
        async for chunk in chunks:
            progress.text += chunk
            if progress.guarded:
                if guard.reveals(progress.text):
                    # Forgotten before anything else runs: the draft never shows it.
                    progress.text = ""
                    raise ProviderError("The reply repeated the persona's instructions.")
                if len(progress.text) >= limit + prompts.LABEL_ROOM:
                    break  # enough to cut a reply from, whatever label it starts with
            elif len(progress.text) > limit and not (offline and drafted(progress.text)):
                # (a letter the offline engine drafts is said whole, to be sent: `drafted`)
                progress.text = progress.text[: limit - 1].rsplit(" ", 1)[0] + "…"
                break
            if pace:
                await asyncio.sleep(pace)  # a readable pace for the offline engine's words
    if offline:
        return progress.text.strip() or None
    text = prompts.reply_clean(progress.text, limit=limit, labels=progress.labels, secret=secret)
    if not text:
        progress.text = ""
        raise ProviderError("The model's reply was empty or unreadable.")
    return text


async def _draft(context, text: str) -> None:
    await events.draft_updated(
        room_id=context.room_id,
        turn_id=context.turn_id,
        name=context.persona_name,
        avatar=context.persona_avatar,
        hue=context.persona_hue,
        requested_by_id=context.requested_by_id,
        text=text,
    )


async def _keep_typing(context) -> None:
    while True:
        await events.user_typing(
            room_id=context.room_id, user_id=context.persona_user_id, name=context.persona_name
        )
        await asyncio.sleep(TYPING_EVERY)


async def settle() -> None:
    """Wait until this process's reply tasks, and any they start, are done (tests use it)."""
    while _tasks:
        await asyncio.gather(*list(_tasks), return_exceptions=True)


async def stop() -> None:
    """Cancel this process's reply tasks (tests use it between event loops)."""
    tasks = list(_tasks)
    for task in tasks:
        task.cancel()
    for task in tasks:
        with contextlib.suppress(asyncio.CancelledError):
            await task
    _tasks.clear()
    _streams.clear()
