"""deploy/nginx.conf, run (issue 10, part 7): Debian's nginx on loopback with TLS in front of two
server processes started the README's production way (DEBUG off, behind the HTTPS proxy,
collectstatic, one Redis); two people chat through it while their sockets are on different
processes."""

from __future__ import annotations

import re
import shutil
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from email.message import Message
from pathlib import Path

import pytest
from django.conf import settings
from playwright.sync_api import BrowserContext, Page

from accounts.models import User
from rooms import services
from tests.e2e.room_page import DESKTOP, PASSWORD, PHONE, expect_bodies, expect_live, send
from tests.serving import ARTIFACTS_DIR, ChatServer, _direct, chat_server_process, free_port
from tests.test_scale_out import shared_redis_url

REPO = Path(settings.BASE_DIR)
SITE = REPO / "deploy" / "nginx.conf"
SECRET_KEY = "proxy-test-secret-key-that-is-long-and-random-enough-0123456789abcdef"

# The test's nginx main file: Debian's nginx.conf would include the site the same way.
MAIN = """
daemon off;
worker_processes 1;
pid {dir}/nginx.pid;
error_log {dir}/error.log warn;
events {{ worker_connections 256; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log {dir}/access.log;
    client_body_temp_path {dir}/body;
    proxy_temp_path {dir}/proxy;
    fastcgi_temp_path {dir}/fastcgi;
    uwsgi_temp_path {dir}/uwsgi;
    scgi_temp_path {dir}/scgi;
    include {dir}/salon.conf;
}}
"""


@dataclass
class Proxy:
    """nginx in front of the servers: where a browser goes."""

    url: str
    http_port: int
    servers: tuple[ChatServer, ChatServer]


def nginx_binary() -> str:
    """Debian's nginx, installed (scripts/services.sh) when it is missing."""
    found = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")
    if found is None:
        subprocess.run([str(REPO / "scripts" / "services.sh"), "install", "nginx"], check=True)
        found = shutil.which("nginx", path="/usr/sbin:/usr/bin")
    assert found, "nginx is not installed and could not be installed"
    return found


def site_for(*, https_port: int, http_port: int, ports: tuple[int, int], work: Path) -> str:
    """deploy/nginx.conf with the test's addresses, ports and paths; each replaced text must
    be there exactly once, so that the test follows the file."""
    replacements = {
        "    listen 80;\n": f"    listen 127.0.0.1:{http_port};\n",
        "    listen [::]:80;\n": "",
        "    listen 443 ssl;\n": f"    listen 127.0.0.1:{https_port} ssl;\n",
        "    listen [::]:443 ssl;\n": "",
        "server 127.0.0.1:8001;": f"server 127.0.0.1:{ports[0]};",
        "server 127.0.0.1:8002;": f"server 127.0.0.1:{ports[1]};",
        "/etc/letsencrypt/live/chat.example.org/fullchain.pem": str(work / "cert.pem"),
        "/etc/letsencrypt/live/chat.example.org/privkey.pem": str(work / "key.pem"),
        "/srv/salon/staticfiles/": f"{work / 'static'}/",
    }
    site = SITE.read_text()
    for old, new in replacements.items():
        assert site.count(old) == 1, f"deploy/nginx.conf no longer has {old!r} once"
        site = site.replace(old, new)
    return site


def collect_static(static_root: Path) -> None:
    env = {
        "DEBUG": "false",
        "SECRET_KEY": SECRET_KEY,
        "STATIC_ROOT": str(static_root),
        "DJANGO_SETTINGS_MODULE": "chatsite.settings",
        "PATH": "/usr/bin:/bin",
    }
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=REPO,
        env=env,
        check=True,
        timeout=300,
    )


def self_signed_certificate(work: Path) -> None:
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"]
        + ["-nodes", "-days", "1", "-subj", "/CN=127.0.0.1"]
        + ["-keyout", str(work / "key.pem"), "-out", str(work / "cert.pem")],
        check=True,
        capture_output=True,
        timeout=60,
    )


def wait_for_nginx(process: subprocess.Popen, url: str, log: Path, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            fetch(url)  # any answer will do
            return
        except OSError:
            try:
                code = process.wait(timeout=0.1)
            except subprocess.TimeoutExpired:
                continue
            pytest.fail(f"nginx exited with {code}: {log.read_text() if log.exists() else ''}")
    pytest.fail(f"nginx did not answer {url} within {timeout:g} s")


@pytest.fixture
def proxy(transactional_db: None) -> Iterator[Proxy]:
    nginx = nginx_binary()
    with ExitStack() as stack:
        work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="salon-nginx-")))
        work.chmod(0o755)  # nginx's workers (nobody) read the static files
        collect_static(work / "static")
        self_signed_certificate(work)
        https_port, http_port = free_port(), free_port()
        env = {
            "DEBUG": "false",
            "SECRET_KEY": SECRET_KEY,
            "ALLOWED_HOSTS": "127.0.0.1",
            "BEHIND_HTTPS_PROXY": "true",
            "STATIC_ROOT": str(work / "static"),
            "REDIS_URL": shared_redis_url(),
        }
        servers = (
            stack.enter_context(chat_server_process(label="proxy-1", env=env)),
            stack.enter_context(chat_server_process(label="proxy-2", env=env)),
        )
        ports = (servers[0].port, servers[1].port)
        (work / "salon.conf").write_text(
            site_for(https_port=https_port, http_port=http_port, ports=ports, work=work)
        )
        (work / "nginx.conf").write_text(MAIN.format(dir=work))
        check = subprocess.run(
            [nginx, "-t", "-p", str(work), "-c", str(work / "nginx.conf")],
            capture_output=True,
            text=True,
        )
        assert check.returncode == 0, check.stderr
        process = subprocess.Popen(
            [nginx, "-p", str(work), "-c", str(work / "nginx.conf")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_for_nginx(process, f"http://127.0.0.1:{http_port}/", work / "error.log")
            yield Proxy(url=f"https://127.0.0.1:{https_port}", http_port=http_port, servers=servers)
        finally:
            process.terminate()
            process.wait(timeout=10)
            ARTIFACTS_DIR.mkdir(exist_ok=True)
            for name in ("error.log", "access.log"):
                if (work / name).exists():
                    shutil.copy(work / name, ARTIFACTS_DIR / f"proxy-nginx-{name}")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch(url: str) -> tuple[int, Message, bytes]:
    """Status, headers and body of a GET through nginx (its certificate is the test's own)."""
    context = ssl.create_default_context()
    context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
    opener = urllib.request.build_opener(
        urllib.request.ProxyHandler({}), urllib.request.HTTPSHandler(context=context), _NoRedirect
    )
    try:
        with opener.open(url, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def sockets_open(server: ChatServer) -> int:
    """The process's open sockets, from its own /metrics (on loopback, no token needed)."""
    with _direct.open(f"{server.url}/metrics", timeout=10) as response:
        for line in response.read().decode().splitlines():
            if line.startswith("salon_sockets_open "):
                return int(float(line.split()[1]))
    raise AssertionError("salon_sockets_open is missing")


def sockets_by_process(proxy: Proxy, timeout: float = 10) -> list[int]:
    """Each process's open sockets, once the two pages' sockets add up to two (a reloaded
    page's old socket is closed a moment after its new one opens)."""
    deadline = time.monotonic() + timeout
    while sum(counts := [sockets_open(server) for server in proxy.servers]) != 2:
        if time.monotonic() > deadline:
            pytest.fail(f"Sockets by process after {timeout:g} s: {counts}")
        time.sleep(0.05)
    return counts


def open_room_through(context: BrowserContext, proxy: Proxy, user: User, slug: str) -> Page:
    page = context.new_page()
    page.goto(f"{proxy.url}/accounts/login/")
    page.locator('input[name="username"]').fill(user.username)
    page.locator('input[name="password"]').fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{proxy.url}/")
    page.goto(f"{proxy.url}/rooms/{slug}/")
    expect_live(page)
    return page


def test_two_people_chat_through_nginx_across_two_processes(
    proxy: Proxy, new_context: Callable[..., BrowserContext]
) -> None:
    alice = User.objects.create_user(username="alice", password=PASSWORD)
    bruno = User.objects.create_user(username="bruno", password=PASSWORD)
    room = services.room_create(creator=alice, name="Behind the proxy")
    services.membership_join(room=room, user=bruno)

    # Static files come from disk, with nginx's far-future caching; plain HTTP is sent to
    # HTTPS; /metrics is not served through the balancer; requests carry nginx's id.
    status, headers, body = fetch(f"{proxy.url}/accounts/login/")
    assert status == 200 and b'name="username"' in body
    assert len(headers["X-Request-ID"]) == 32
    assert headers["Strict-Transport-Security"].startswith("max-age=31536000")
    stylesheet = re.search(r'href="(/static/[^"]+\.css)"', body.decode()).group(1)
    status, headers, _ = fetch(proxy.url + stylesheet)
    assert status == 200
    assert headers["Cache-Control"] == "public, max-age=31536000, immutable"
    status, headers, _ = fetch(f"http://127.0.0.1:{proxy.http_port}/rooms/")
    assert (status, headers["Location"]) == (301, "https://127.0.0.1/rooms/")
    assert fetch(f"{proxy.url}/metrics")[0] == 404

    alice_page = open_room_through(
        new_context(viewport=DESKTOP, ignore_https_errors=True), proxy, alice, room.slug
    )
    bruno_context = new_context(
        viewport=PHONE, is_mobile=True, has_touch=True, ignore_https_errors=True
    )
    bruno_page = open_room_through(bruno_context, proxy, bruno, room.slug)
    # nginx takes turns between the processes, request by request: until the two sockets
    # are on different processes, bruno's page reloads, after one more request every other
    # time (how many requests a page load makes, and in which order, may vary).
    for attempt in range(8):
        if sockets_by_process(proxy) == [1, 1]:
            break
        if attempt % 2:
            fetch(f"{proxy.url}/healthz")
        bruno_page.reload()
        expect_live(bruno_page)
    assert sockets_by_process(proxy) == [1, 1]

    send(alice_page, "Can you read me through the proxy?")
    expect_bodies(bruno_page, ["Can you read me through the proxy?"])
    send(bruno_page, "Loud and clear, from the other process.")
    expect_bodies(
        alice_page,
        ["Can you read me through the proxy?", "Loud and clear, from the other process."],
    )
    ARTIFACTS_DIR.mkdir(exist_ok=True)
    alice_page.screenshot(path=ARTIFACTS_DIR / "proxy-chat-desktop.png")
    bruno_page.screenshot(path=ARTIFACTS_DIR / "proxy-chat-phone.png")
