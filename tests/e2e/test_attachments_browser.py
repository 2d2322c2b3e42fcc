"""Issue 11, part 6 in a real browser: alice (at a desk) picks a photo, watches it upload,
adds a line and sends; bruno (on a phone, in the dark theme) sees it live, then drops a PDF
that alice sees as a chip. After a reload both are still there, the thumbnail opens the full
image (served by the membership-checked view, without its EXIF), and a file of a refused kind
is told to its sender."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw
from playwright.sync_api import BrowserContext, Page, expect

from accounts.models import Theme, User
from rooms import services
from rooms.models import Attachment, Message
from tests.e2e.room_page import DESKTOP, LIVE_MS, PHONE, expect_live, open_room
from tests.e2e.test_hardening_browser import log_in
from tests.serving import ARTIFACTS_DIR, ChatServer


def photo() -> bytes:
    """A 1200x800 'photo' (a sky, a hill, a sun) whose EXIF holds a GPS position."""
    image = Image.new("RGB", (1200, 800))
    draw = ImageDraw.Draw(image)
    for y in range(800):
        draw.line([(0, y), (1200, y)], fill=(90 + y // 8, 150 + y // 10, 230 - y // 12))
    draw.ellipse((820, 120, 980, 280), fill=(255, 214, 90))
    draw.polygon(
        [(0, 800), (0, 560), (380, 420), (760, 600), (1200, 470), (1200, 800)], fill=(60, 130, 70)
    )
    exif = Image.Exif()
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (48.0, 51.0, 24.0)
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=85, exif=exif)
    return out.getvalue()


def loaded_images(page: Page) -> list[int]:
    """The natural widths of the attachment thumbnails on the page (0: not loaded)."""
    return page.eval_on_selector_all(
        "#messages .attachment-image img", "imgs => imgs.map(i => i.complete ? i.naturalWidth : 0)"
    )


def drop_file(page: Page, name: str, mime: str, data: bytes) -> None:
    """Drop a file on the timeline, as dragging it from the desktop does."""
    page.evaluate(
        """([name, mime, bytes]) => {
            const transfer = new DataTransfer();
            transfer.items.add(new File([new Uint8Array(bytes)], name, { type: mime }));
            const target = document.getElementById("timeline");
            for (const type of ["dragover", "drop"]) {
                const init = { dataTransfer: transfer, bubbles: true, cancelable: true };
                target.dispatchEvent(new DragEvent(type, init));
            }
        }""",
        [name, mime, list(data)],
    )


def test_an_image_and_a_file_go_live_to_the_room_and_stay_after_a_reload(
    start_chat_server: Callable[..., ChatServer],
    new_context: Callable[..., BrowserContext],
    tmp_path: Path,
):
    ARTIFACTS_DIR.mkdir(exist_ok=True)
    server = start_chat_server(MEDIA_ROOT=str(tmp_path / "media"))
    alice, bruno = (User.objects.create_user(username=name) for name in ("alice", "bruno"))
    bruno.theme = Theme.DARK  # his screenshots show the dark theme
    bruno.save(update_fields=["theme"])
    room = services.room_create(creator=alice, name="Hiking Club")
    services.membership_join(room=room, user=bruno)

    alice_context = new_context(viewport=DESKTOP)
    log_in(alice_context, server, alice)
    bruno_context = new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    log_in(bruno_context, server, bruno)
    alice_page = open_room(alice_context, server, room)
    bruno_page = open_room(bruno_context, server, room)

    # alice picks the photo: it uploads with a progress bar, then waits in the composer.
    alice_page.locator("#composer-file").set_input_files(
        files=[{"name": "summit.jpg", "mimeType": "image/jpeg", "buffer": photo()}]
    )
    chip = alice_page.locator("#composer-attachment")
    expect(chip).to_be_visible()
    expect(chip.locator(".composer-attachment-name")).to_have_text(
        re.compile(r"^summit\.jpg \(\d+(\.\d)?\xa0KB\)$"), timeout=LIVE_MS
    )
    expect(chip.locator("progress")).to_be_hidden()
    composer = alice_page.locator("#composer-body")
    composer.fill("View from the top")
    composer.press("Enter")
    expect(chip).to_be_hidden()

    # Both see it live: the text and the thumbnail, loaded through the membership check.
    for page in (alice_page, bruno_page):
        message = page.locator("#messages article.message").last
        expect(message.locator(".message-body")).to_have_text("View from the top", timeout=LIVE_MS)
        expect(message.locator(".attachment-image img")).to_have_attribute("alt", "summit.jpg")
        page.wait_for_function(
            "() => [...document.querySelectorAll('#messages .attachment-image img')]"
            ".every(i => i.complete && i.naturalWidth > 0)",
            timeout=LIVE_MS,
        )
    assert loaded_images(bruno_page) == [640]
    attachment = Attachment.objects.get(kind="image")
    assert (attachment.width, attachment.height, attachment.uploader) == (1200, 800, alice)

    # bruno drops a PDF on the timeline and sends it alone: alice sees a chip to download.
    drop_file(bruno_page, "route.pdf", "application/pdf", b"%PDF-1.4 the route")
    expect(bruno_page.locator("#composer-attachment .composer-attachment-name")).to_have_text(
        "route.pdf (18\xa0bytes)", timeout=LIVE_MS
    )
    bruno_page.screenshot(path=ARTIFACTS_DIR / "attachments-phone-composer.png")
    bruno_page.locator("#composer-body").press("Enter")
    file_chip = alice_page.locator("#messages .attachment-file")
    expect(file_chip).to_have_text(re.compile(r"route\.pdf\s*18\xa0bytes"), timeout=LIVE_MS)
    assert Message.objects.filter(author=bruno).get().body == ""
    # Replying to a file alone quotes its name.
    pdf_message = alice_page.locator("#messages article.message").last
    pdf_message.hover()
    pdf_message.get_by_role("button", name="Reply").click()
    expect(alice_page.locator("#composer-reply .composer-reply-text")).to_have_text(
        "Replying to bruno: 📎 route.pdf"
    )
    alice_page.locator(".composer-reply-cancel").click()

    # A kind Salon refuses is told to its sender; nothing is sent.
    drop_file(bruno_page, "evil.svg", "image/svg+xml", b"<svg><script>alert(1)</script></svg>")
    expect(bruno_page.locator("#composer-error")).to_contain_text(
        ".svg files cannot be attached", timeout=LIVE_MS
    )
    expect(bruno_page.locator("#composer-attachment")).to_be_hidden()

    # After a reload, both are still there.
    alice_page.reload()
    expect(alice_page.locator("#messages .attachment-file")).to_have_count(1)
    alice_page.wait_for_function(
        "() => { const i = document.querySelector('#messages .attachment-image img');"
        " return i && i.complete && i.naturalWidth > 0; }",
        timeout=LIVE_MS,
    )
    expect_live(alice_page)
    alice_page.screenshot(path=ARTIFACTS_DIR / "attachments-desktop.png")
    bruno_page.screenshot(path=ARTIFACTS_DIR / "attachments-phone.png")

    # The thumbnail opens the full image, as stored: without its EXIF.
    with alice_context.expect_page() as opened:
        alice_page.locator("#messages .attachment-image").click()
    full = opened.value
    full.wait_for_load_state()
    assert full.url == f"{server.url}/attachments/{attachment.token}/"
    response = alice_context.request.get(full.url)
    assert response.headers["content-type"] == "image/jpeg"
    assert response.headers["x-content-type-options"] == "nosniff"
    with Image.open(io.BytesIO(response.body())) as image:
        assert image.size == (1200, 800) and dict(image.getexif()) == {}


def test_a_pasted_screenshot_is_sent_as_an_image(
    start_chat_server: Callable[..., ChatServer],
    new_context: Callable[..., BrowserContext],
    tmp_path: Path,
):
    server = start_chat_server(MEDIA_ROOT=str(tmp_path / "media"))
    alice = User.objects.create_user(username="alice")
    room = services.room_create(creator=alice, name="Screens")
    context = new_context(viewport=DESKTOP)
    log_in(context, server, alice)
    page = open_room(context, server, room)
    screenshot = io.BytesIO()
    Image.new("RGB", (300, 200), (40, 90, 200)).save(screenshot, format="PNG")

    # What the clipboard holds after a screenshot: a PNG file called image.png.
    page.locator("#composer-body").focus()
    page.evaluate(
        """(bytes) => {
            const transfer = new DataTransfer();
            const file = new File([new Uint8Array(bytes)], "image.png", { type: "image/png" });
            transfer.items.add(file);
            const init = { clipboardData: transfer, bubbles: true, cancelable: true };
            const paste = new ClipboardEvent("paste", init);
            document.getElementById("composer-body").dispatchEvent(paste);
        }""",
        list(screenshot.getvalue()),
    )
    expect(page.locator("#composer-attachment .composer-attachment-name")).to_have_text(
        re.compile(r"^image\.png \(\d+\xa0bytes\)$"), timeout=LIVE_MS
    )
    page.locator("#composer-body").press("Enter")

    image = page.locator("#messages article.message .attachment-image img")
    expect(image).to_have_attribute("alt", "image.png", timeout=LIVE_MS)
    expect(image).to_have_attribute("width", "300")
    assert Message.objects.get().attachments[0]["name"] == "image.png"
